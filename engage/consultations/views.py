"""The respondent's journey: list, start page, one page per section, about you, check your
answers, confirmation; save and return. Views are thin: the rules are in responding.py."""

from flask import (
    Blueprint,
    abort,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from sqlalchemy import select
from sqlalchemy.orm import joinedload

from engage.accounts.roles import public
from engage.consultations import responding
from engage.consultations.forms import AboutYouForm
from engage.consultations.models import Consultation, Question, Relationship, Section, Status
from engage.consultations.question_types import describe, fixed_choices, text_limit
from engage.database import utcnow
from engage.extensions import db, limiter

consultations = Blueprint("consultations", __name__, url_prefix="/consultations")
consultations.add_app_template_global(fixed_choices, "fixed_choices")
consultations.add_app_template_global(text_limit, "text_limit")

DRAFTS = "consultation_drafts"  # session: consultation slug -> draft key
SUBMITTED = "consultation_submitted"  # session: consultation slug -> reference of the response
RESUME_DISPLAY = "consultation_resume_display"  # session: the code to show once after saving


def _consultation(slug: str, *, with_questions: bool = True) -> Consultation:
    """The consultation, by default with its pages, questions and options in one query (the
    pages people read need them all)."""
    query = select(Consultation).where(Consultation.slug == slug)
    if with_questions:
        query = query.options(
            joinedload(Consultation.sections)
            .joinedload(Section.questions)
            .joinedload(Question.options)
        )
    consultation = db.session.scalar(query)
    if consultation is None or consultation.status == Status.DRAFT:
        abort(404)
    return consultation


def _session_map(name: str) -> dict:
    return dict(session.get(name, {}))


def _remember(name: str, consultation: Consultation, value) -> None:
    values = _session_map(name)
    if value is None:
        values.pop(consultation.slug, None)
    else:
        values[consultation.slug] = value
    session[name] = values


def _draft_key(consultation: Consultation) -> str | None:
    return _session_map(DRAFTS).get(consultation.slug)


def _current_draft(consultation: Consultation):
    return responding.find_draft(consultation, _draft_key(consultation))


def _not_open(consultation: Consultation, reason: str):
    return render_template(
        "consultations/not_open.html", consultation=consultation, reason=reason
    ), 409


@consultations.route("/")
@public
def list_consultations():
    """Open consultations, and closed ones whose results are published."""
    everything = db.session.scalars(
        select(Consultation).order_by(Consultation.closes_at.desc())
    ).all()
    now = utcnow()
    open_now = [c for c in everything if c.status_at(now) == Status.OPEN]
    with_results = [c for c in everything if c.status_at(now) == Status.RESULTS_PUBLISHED]
    return render_template(
        "consultations/list_consultations.html", open_now=open_now, with_results=with_results
    )


@consultations.route("/<slug>")
@public
def start_page(slug: str):
    consultation = _consultation(slug)
    return render_template(
        "consultations/start_page.html",
        consultation=consultation,
        has_draft=_current_draft(consultation) is not None,
    )


@consultations.route("/<slug>/start", methods=["POST"])
@public
def begin(slug: str):
    consultation = _consultation(slug)
    try:
        if _current_draft(consultation) is None:
            _draft, key = responding.start_draft(consultation)
            _remember(DRAFTS, consultation, key)
    except responding.NotAcceptingResponses as refused:
        return _not_open(consultation, str(refused))
    return redirect(url_for(".section_page", slug=slug, number=1))


def _section(consultation: Consultation, number: int):
    if not 1 <= number <= len(consultation.sections):
        abort(404)
    return consultation.sections[number - 1]


def _next_url(consultation: Consultation, number: int) -> str:
    """After a page: back to check your answers when changing one, else onwards."""
    if request.args.get("change") == "1":
        return url_for(".check_answers", slug=consultation.slug)
    if number >= len(consultation.sections):
        return url_for(".about_you", slug=consultation.slug)
    return url_for(".section_page", slug=consultation.slug, number=number + 1)


@consultations.route("/<slug>/questions/<int:number>", methods=["GET", "POST"])
@public
def section_page(slug: str, number: int):
    """One section: answer and continue, or save and come back later."""
    consultation = _consultation(slug)
    section = _section(consultation, number)
    draft = _current_draft(consultation)
    if draft is None:
        return redirect(url_for(".start_page", slug=slug, expired=1))
    errors = {}
    if request.method == "POST":
        try:
            responding.check_open(consultation)
        except responding.NotAcceptingResponses as refused:
            return _not_open(consultation, str(refused))
        saving = request.form.get("action") == "save"
        result = responding.clean_section(section, request.form, require_answers=not saving)
        errors = result.errors
        if not errors:
            responding.save_section(draft, result)
            if saving:
                return redirect(url_for(".save_for_later", slug=slug, number=number))
            return redirect(_next_url(consultation, number))
    state = {
        question.id: responding.field_state(
            question, draft.answers.get(str(question.id)), request.form if errors else None
        )
        for question in section.questions
    }
    back = (
        url_for(".section_page", slug=slug, number=number - 1)
        if number > 1
        else url_for(".start_page", slug=slug)
    )
    return render_template(
        "consultations/section_page.html",
        consultation=consultation,
        section=section,
        number=number,
        state=state,
        errors=errors,
        back=back,
        preview=False,
    ), (400 if errors else 200)


@consultations.route("/<slug>/save", methods=["GET", "POST"])
@public
def save_for_later(slug: str):
    """Give the person a link and a short code to finish later, on any device."""
    consultation = _consultation(slug)
    draft = _current_draft(consultation)
    if draft is None:
        return redirect(url_for(".start_page", slug=slug, expired=1))
    display = session.pop(RESUME_DISPLAY, None)
    if display is None or display.get("consultation") != consultation.id:
        token, code = responding.issue_resume_code(draft)
        link = url_for(".resume_from_link", slug=slug, token=token, _external=True)
        display = {
            "consultation": consultation.id,
            "link": link,
            "code": code,
            "emailed": responding.email_resume_link(draft, link, code),
        }
        session[RESUME_DISPLAY] = display
        return redirect(url_for(".save_for_later", slug=slug, number=request.args.get("number")))
    return render_template(
        "consultations/save_for_later.html",
        consultation=consultation,
        link=display["link"],
        code=display["code"],
        emailed_to=(draft.about_you or {}).get("email") if display.get("emailed") else None,
        expires_at=draft.expires_at,
        number=request.args.get("number", type=int) or 1,
    )


@consultations.route("/<slug>/resume", methods=["GET", "POST"])
@limiter.limit("20 per hour", methods=["POST"])
@public
def resume_with_code(slug: str):
    consultation = _consultation(slug)
    error = None
    if request.method == "POST":
        found = responding.resume_draft(consultation, code=request.form.get("code", ""))
        if found is not None:
            _remember(DRAFTS, consultation, found[1])
            return redirect(url_for(".section_page", slug=slug, number=1))
        error = (
            "Enter the code you were given, like 7KQM-3XTA. Codes stop working when they expire."
        )
    return render_template(
        "consultations/resume_with_code.html",
        consultation=consultation,
        error=error,
        code=request.form.get("code", ""),
    ), (400 if error else 200)


@consultations.route("/<slug>/resume/<token>")
@public
def resume_from_link(slug: str, token: str):
    consultation = _consultation(slug)
    found = responding.resume_draft(consultation, token=token)
    if found is None:
        return render_template("consultations/resume_expired.html", consultation=consultation), 404
    _remember(DRAFTS, consultation, found[1])
    return redirect(url_for(".section_page", slug=slug, number=1))


@consultations.route("/<slug>/about-you", methods=["GET", "POST"])
@public
def about_you(slug: str):
    consultation = _consultation(slug)
    draft = _current_draft(consultation)
    if draft is None:
        return redirect(url_for(".start_page", slug=slug, expired=1))
    form = AboutYouForm(data=draft.about_you or None)
    if form.validate_on_submit():
        responding.save_about_you(draft, form.to_dict())
        return redirect(url_for(".check_answers", slug=slug))
    return render_template(
        "consultations/about_you.html",
        consultation=consultation,
        form=form,
        back=url_for(".section_page", slug=slug, number=len(consultation.sections)),
    ), (400 if form.errors else 200)


@consultations.route("/<slug>/check-answers", methods=["GET", "POST"])
@public
def check_answers(slug: str):
    """Check your answers, with change links; submitting records exactly one response."""
    if request.method == "POST":
        return _submit(slug)
    consultation = _consultation(slug)
    draft = _current_draft(consultation)
    if draft is None:
        if _session_map(SUBMITTED).get(consultation.slug):
            return redirect(url_for(".confirmation", slug=slug))
        return redirect(url_for(".start_page", slug=slug, expired=1))
    rows = []
    for number, section in enumerate(consultation.sections, start=1):
        for question in section.questions:
            value = draft.answers.get(str(question.id))
            rows.append((section, number, question, describe(value, question.spec)))
    about = draft.about_you or {}
    relationship = about.get("relationship")
    return render_template(
        "consultations/check_answers.html",
        consultation=consultation,
        rows=rows,
        about=about,
        relationship_label=Relationship(relationship).label if relationship else None,
        missing_page=responding.first_missing_page(responding.question_index(consultation), draft),
    )


def _submit(slug: str):
    """Accept and send: the busiest write in the service, so it reads as little as it can (one
    query for the consultation and the draft together)."""
    key = _session_map(DRAFTS).get(slug)
    consultation, draft = responding.consultation_and_draft(slug, key)
    if consultation is None or consultation.status == Status.DRAFT:
        abort(404)
    try:
        responding.check_open(consultation)
    except responding.NotAcceptingResponses as refused:
        return _not_open(consultation, str(refused))
    if draft is None and _session_map(SUBMITTED).get(slug):
        return redirect(url_for(".confirmation", slug=slug))
    questions = responding.question_index(consultation) if draft is not None else []
    if draft is not None:
        missing_page = responding.first_missing_page(questions, draft)
        if missing_page is not None:
            return redirect(url_for(".section_page", slug=slug, number=missing_page))
    reference = responding.submit_or_find(consultation, draft, key or "", questions)
    if reference is None:
        return redirect(url_for(".start_page", slug=slug, expired=1))
    _remember(DRAFTS, consultation, None)
    _remember(SUBMITTED, consultation, reference)
    return redirect(url_for(".confirmation", slug=slug))


@consultations.route("/<slug>/confirmation")
@public
def confirmation(slug: str):
    consultation = _consultation(slug)
    reference = _session_map(SUBMITTED).get(consultation.slug)
    if reference is None:
        return redirect(url_for(".start_page", slug=slug))
    return render_template(
        "consultations/confirmation.html", consultation=consultation, reference=reference
    )

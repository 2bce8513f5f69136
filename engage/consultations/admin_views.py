"""Officer pages: list, create, edit, build (sections and questions), preview and duplicate."""

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from sqlalchemy import func, select

from engage.accounts.forms import ConfirmForm
from engage.accounts.roles import Role, officer_required
from engage.consultations import builder, responding
from engage.consultations.forms import ConsultationForm, QuestionForm, SectionForm
from engage.consultations.models import Consultation, Question, Response, Section
from engage.extensions import db
from engage.priorities.services import active_framework

consultations_admin = Blueprint("consultations_admin", __name__, url_prefix="/manage/consultations")


def _consultation(consultation_id: int) -> Consultation:
    return db.get_or_404(Consultation, consultation_id)


def _section(consultation: Consultation, section_id: int) -> Section:
    section = db.get_or_404(Section, section_id)
    if section.consultation_id != consultation.id:
        abort(404)
    return section


def _question(consultation: Consultation, question_id: int) -> Question:
    question = db.get_or_404(Question, question_id)
    if question.section.consultation_id != consultation.id:
        abort(404)
    return question


def _to_overview(consultation: Consultation, anchor: str | None = None):
    url = url_for(".consultation_overview", consultation_id=consultation.id)
    return redirect(f"{url}#{anchor}" if anchor else url)


@consultations_admin.route("/")
@officer_required(Role.OFFICER)
def list_consultations():
    counts = dict(
        db.session.execute(
            select(Response.consultation_id, func.count()).group_by(Response.consultation_id)
        ).all()
    )
    consultations = db.session.scalars(
        select(Consultation).order_by(Consultation.created_at.desc())
    ).all()
    return render_template(
        "consultations/admin/list_consultations.html", consultations=consultations, counts=counts
    )


@consultations_admin.route("/new", methods=["GET", "POST"])
@officer_required(Role.OFFICER)
def new_consultation():
    form = ConsultationForm()
    if form.validate_on_submit():
        try:
            consultation = builder.create_consultation(form.to_details())
        except builder.BuilderError as error:
            getattr(form, error.field or "title").errors.append(str(error))
        else:
            flash("Consultation created. Now add its pages and questions.", "success")
            return _to_overview(consultation)
    return render_template(
        "consultations/admin/edit_consultation.html", form=form, consultation=None
    ), (400 if form.errors else 200)


@consultations_admin.route("/<int:consultation_id>")
@officer_required(Role.OFFICER)
def consultation_overview(consultation_id: int):
    consultation = _consultation(consultation_id)
    return render_template(
        "consultations/admin/consultation_overview.html",
        consultation=consultation,
        has_responses=builder.has_responses(consultation),
        button_form=ConfirmForm(),
    )


@consultations_admin.route("/<int:consultation_id>/edit", methods=["GET", "POST"])
@officer_required(Role.OFFICER)
def edit_consultation(consultation_id: int):
    consultation = _consultation(consultation_id)
    form = ConsultationForm()
    if request.method == "GET":
        form.fill_from(consultation)
    if form.validate_on_submit():
        try:
            builder.update_consultation(consultation, form.to_details())
        except builder.BuilderError as error:
            getattr(form, error.field or "title").errors.append(str(error))
        else:
            flash("Details saved.", "success")
            return _to_overview(consultation)
    return render_template(
        "consultations/admin/edit_consultation.html", form=form, consultation=consultation
    ), (400 if form.errors else 200)


@consultations_admin.route("/<int:consultation_id>/duplicate", methods=["POST"])
@officer_required(Role.OFFICER)
def duplicate_consultation(consultation_id: int):
    if not ConfirmForm().validate_on_submit():
        abort(400)
    copy = builder.duplicate_consultation(_consultation(consultation_id))
    flash("This is a copy. Change its title and dates before you open it.", "success")
    return _to_overview(copy)


@consultations_admin.route("/<int:consultation_id>/sections/new", methods=["GET", "POST"])
@officer_required(Role.OFFICER)
def add_section(consultation_id: int):
    consultation = _consultation(consultation_id)
    form = SectionForm()
    if form.validate_on_submit():
        section = builder.add_section(consultation, form.title.data, form.intro.data or None)
        return _to_overview(consultation, f"section-{section.id}")
    return render_template(
        "consultations/admin/edit_section.html", form=form, consultation=consultation, section=None
    ), (400 if form.errors else 200)


@consultations_admin.route(
    "/<int:consultation_id>/sections/<int:section_id>", methods=["GET", "POST"]
)
@officer_required(Role.OFFICER)
def edit_section(consultation_id: int, section_id: int):
    consultation = _consultation(consultation_id)
    section = _section(consultation, section_id)
    form = SectionForm(obj=section)
    if form.validate_on_submit():
        builder.update_section(section, form.title.data, form.intro.data or None)
        return _to_overview(consultation, f"section-{section.id}")
    return render_template(
        "consultations/admin/edit_section.html",
        form=form,
        consultation=consultation,
        section=section,
    ), (400 if form.errors else 200)


@consultations_admin.route(
    "/<int:consultation_id>/sections/<int:section_id>/delete", methods=["GET", "POST"]
)
@officer_required(Role.OFFICER)
def delete_section(consultation_id: int, section_id: int):
    consultation = _consultation(consultation_id)
    section = _section(consultation, section_id)
    return _confirm_delete(
        consultation,
        what=f"the page ‘{section.title}’ and its {len(section.questions)} questions",
        action=lambda: builder.delete_section(section),
    )


def _confirm_delete(consultation: Consultation, what: str, action):
    form = ConfirmForm()
    error = None
    if form.validate_on_submit():
        try:
            action()
        except builder.BuilderError as refused:
            error = str(refused)
        else:
            flash(f"Deleted {what}.", "success")
            return _to_overview(consultation)
    return render_template(
        "consultations/admin/confirm_delete.html",
        consultation=consultation,
        what=what,
        form=form,
        error=error,
    ), (409 if error else 200)


@consultations_admin.route(
    "/<int:consultation_id>/sections/<int:section_id>/move", methods=["POST"]
)
@officer_required(Role.OFFICER)
def move_section(consultation_id: int, section_id: int):
    consultation = _consultation(consultation_id)
    section = _section(consultation, section_id)
    if not ConfirmForm().validate_on_submit():
        abort(400)
    builder.move(consultation.sections, section, -1 if request.form.get("direction") == "up" else 1)
    return _to_overview(consultation, f"section-{section.id}")


def _question_form(consultation: Consultation) -> QuestionForm:
    form = QuestionForm()
    framework = active_framework()
    form.priorities.choices = [(p.id, p.label) for p in framework.priorities] if framework else []
    return form


@consultations_admin.route(
    "/<int:consultation_id>/sections/<int:section_id>/questions/new", methods=["GET", "POST"]
)
@officer_required(Role.OFFICER)
def add_question(consultation_id: int, section_id: int):
    consultation = _consultation(consultation_id)
    section = _section(consultation, section_id)
    form = _question_form(consultation)
    if form.validate_on_submit():
        try:
            question = builder.add_question(section, form.to_details())
        except builder.BuilderError as error:
            getattr(form, error.field or "text").errors.append(str(error))
        else:
            return _to_overview(consultation, f"question-{question.id}")
    return render_template(
        "consultations/admin/edit_question.html",
        form=form,
        consultation=consultation,
        section=section,
        question=None,
    ), (400 if form.errors else 200)


@consultations_admin.route(
    "/<int:consultation_id>/questions/<int:question_id>", methods=["GET", "POST"]
)
@officer_required(Role.OFFICER)
def edit_question(consultation_id: int, question_id: int):
    consultation = _consultation(consultation_id)
    question = _question(consultation, question_id)
    form = _question_form(consultation)
    if request.method == "GET":
        form.fill_from(question)
    if form.validate_on_submit():
        try:
            builder.update_question(question, form.to_details())
        except builder.BuilderError as error:
            getattr(form, error.field or "text").errors.append(str(error))
        else:
            flash("Question saved.", "success")
            return _to_overview(consultation, f"question-{question.id}")
    return render_template(
        "consultations/admin/edit_question.html",
        form=form,
        consultation=consultation,
        section=question.section,
        question=question,
    ), (400 if form.errors else 200)


@consultations_admin.route(
    "/<int:consultation_id>/questions/<int:question_id>/delete", methods=["GET", "POST"]
)
@officer_required(Role.OFFICER)
def delete_question(consultation_id: int, question_id: int):
    consultation = _consultation(consultation_id)
    question = _question(consultation, question_id)
    return _confirm_delete(
        consultation,
        what=f"the question ‘{question.text}’",
        action=lambda: builder.delete_question(question),
    )


@consultations_admin.route(
    "/<int:consultation_id>/questions/<int:question_id>/move", methods=["POST"]
)
@officer_required(Role.OFFICER)
def move_question(consultation_id: int, question_id: int):
    consultation = _consultation(consultation_id)
    question = _question(consultation, question_id)
    if not ConfirmForm().validate_on_submit():
        abort(400)
    builder.move(
        question.section.questions, question, -1 if request.form.get("direction") == "up" else 1
    )
    return _to_overview(consultation, f"question-{question.id}")


@consultations_admin.route("/<int:consultation_id>/preview/<int:number>")
@officer_required(Role.OFFICER)
def preview(consultation_id: int, number: int):
    """A page as a respondent would see it; nothing can be submitted from here."""
    consultation = _consultation(consultation_id)
    if not 1 <= number <= len(consultation.sections):
        abort(404)
    section = consultation.sections[number - 1]
    return render_template(
        "consultations/section_page.html",
        consultation=consultation,
        section=section,
        number=number,
        state={
            question.id: responding.field_state(question, None) for question in section.questions
        },
        errors={},
        back=url_for(".consultation_overview", consultation_id=consultation.id),
        preview=True,
    )

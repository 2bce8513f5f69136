"""Officers' feedback inbox: safeguarding first, filters and search, one piece with its flags and
tags, tag review one at a time or in bulk, and notes typed up from a meeting."""

import base64
from datetime import date

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_login import current_user

from engage.accounts.forms import ConfirmForm
from engage.accounts.roles import Role, officer_required
from engage.analysis.flags import Flag
from engage.analysis.redaction import split_at_flags
from engage.audit.services import record_event
from engage.consultations.forms import LONDON
from engage.database import utcnow
from engage.extensions import db
from engage.feedback import importing, inbox, themes
from engage.feedback.forms import AcknowledgeForm, ImportMappingForm, ImportUploadForm, NotesForm
from engage.feedback.models import Feedback, FeedbackSource, TagStatus
from engage.feedback.services import personal_data_flags, record_feedback
from engage.priorities.models import Priority
from engage.priorities.services import active_framework

feedback_admin = Blueprint("feedback_admin", __name__, url_prefix="/manage/feedback")


def _date_arg(name: str) -> tuple[date | None, str | None]:
    text = request.args.get(name, "").strip()
    if not text:
        return None, None
    try:
        return date.fromisoformat(text), None
    except ValueError:
        return None, "Enter a real date, like 2026-11-30"


def _filters() -> tuple[inbox.InboxFilters, dict]:
    """The filters from the query string (a plain GET form: links to a filtered inbox can be
    shared), with an error beside any date that is not a date."""
    received_from, from_error = _date_arg("from")
    received_to, to_error = _date_arg("to")
    pick = request.args.get
    filters = inbox.InboxFilters(
        priority_id=pick("priority", type=int),
        sentiment=pick("sentiment") if pick("sentiment") in inbox.SENTIMENT_LABELS else None,
        source=pick("source") if pick("source") in inbox.SOURCE_LABELS else None,
        voice=pick("voice") if pick("voice") in inbox.VOICE_LABELS else None,
        received_from=received_from,
        received_to=received_to,
        flag=pick("flag") if pick("flag") in inbox.FLAG_LABELS else None,
        not_reviewed=pick("not_reviewed") == "1",
        words=pick("q", "").strip()[:200],
    )
    errors = {name: error for name, error in (("from", from_error), ("to", to_error)) if error}
    return filters, errors


def _priority_choices(framework) -> list[tuple[int, str]]:
    if framework is None:
        return []
    return [(p.id, p.short_name or p.title) for p in framework.priorities]


@feedback_admin.route("/")
@officer_required(Role.OFFICER)
def list_feedback():
    filters, errors = _filters()
    framework = active_framework()
    return render_template(
        "feedback/admin/list_feedback.html",
        safeguarding=inbox.safeguarding_to_acknowledge(),
        results=inbox.inbox_page(filters, request.args.get("page", 1, type=int)),
        filters=filters,
        filter_errors=errors,
        errors=[{"text": error, "href": f"#{name}"} for name, error in errors.items()],
        priority_choices=_priority_choices(framework),
        priority_names=dict(_priority_choices(framework)),
        labels=inbox,
        form=ConfirmForm(),
        query_string=request.query_string.decode(),
    ), (400 if errors else 200)


def _flags(feedback: Feedback) -> list[Flag]:
    return personal_data_flags(feedback.text, feedback.personal_data) + [
        Flag("safeguarding", item["start"], item["end"], "", item.get("reason", ""))
        for item in feedback.safeguarding
    ]


def origin_link(feedback: Feedback) -> tuple[str, str] | None:
    """(words, url) of the page where the piece came from, for the channels that have one."""
    if feedback.origin_type == "consultation_answer":
        from engage.consultations.models import Response

        response = db.session.get(Response, int(feedback.origin_id.split(":")[0]))
        if response is not None:
            return "The consultation's results", url_for(
                "consultations_admin.consultation_results", consultation_id=response.consultation_id
            )
    if feedback.origin_type == "review":
        return "The review, in moderation", url_for(
            "reviews_admin.moderate_review", review_id=int(feedback.origin_id)
        )
    if feedback.origin_type == "poll_ballot":
        from engage.polls.models import Ballot

        ballot = db.session.get(Ballot, int(feedback.origin_id))
        if ballot is not None:
            return "The poll", url_for("polls_admin.poll", poll_id=ballot.poll_id)
    return None


def _feedback_page(feedback: Feedback, status: int = 200, acknowledge_form=None):
    framework = active_framework()
    tagged = {tag.priority_id for tag in feedback.tags}
    return render_template(
        "feedback/admin/feedback_piece.html",
        feedback=feedback,
        pieces=split_at_flags(feedback.text, _flags(feedback)),
        origin=origin_link(feedback),
        priorities={p.id: p for p in framework.priorities} if framework else {},
        untagged=[p for p in framework.priorities if p.id not in tagged] if framework else [],
        acknowledge_form=acknowledge_form or AcknowledgeForm(formdata=None, prefix="acknowledge"),
        form=ConfirmForm(),
        labels=inbox,
    ), status


@feedback_admin.route("/<int:feedback_id>")
@officer_required(Role.OFFICER)
def feedback_piece(feedback_id: int):
    return _feedback_page(db.get_or_404(Feedback, feedback_id))


@feedback_admin.route("/<int:feedback_id>/acknowledge", methods=["POST"])
@officer_required(Role.OFFICER)
def acknowledge_safeguarding(feedback_id: int):
    feedback = db.get_or_404(Feedback, feedback_id)
    form = AcknowledgeForm(prefix="acknowledge")
    if not form.validate_on_submit():
        return _feedback_page(feedback, 400, acknowledge_form=form)
    inbox.acknowledge_safeguarding(feedback, current_user, form.action.data)
    flash("Safeguarding concern acknowledged.", "success")
    return redirect(url_for(".feedback_piece", feedback_id=feedback.id))


@feedback_admin.route("/<int:feedback_id>/reviewed", methods=["POST"])
@officer_required(Role.OFFICER)
def mark_reviewed(feedback_id: int):
    feedback = db.get_or_404(Feedback, feedback_id)
    if ConfirmForm().validate_on_submit():
        inbox.mark_reviewed(feedback)
    return redirect(url_for(".feedback_piece", feedback_id=feedback.id))


def _decision() -> TagStatus:
    decision = request.form.get("decision")
    if decision not in (TagStatus.CONFIRMED.value, TagStatus.REJECTED.value):
        abort(400)
    return TagStatus(decision)


@feedback_admin.route("/<int:feedback_id>/tags", methods=["POST"])
@officer_required(Role.OFFICER)
def decide_tag(feedback_id: int):
    """Confirm or reject a suggested tag, or add one (added tags are confirmed)."""
    feedback = db.get_or_404(Feedback, feedback_id)
    priority_id = request.form.get("priority_id", type=int)
    if not ConfirmForm().validate_on_submit() or not priority_id:
        flash("Choose a priority.", "error")
        return redirect(url_for(".feedback_piece", feedback_id=feedback.id))
    inbox.decide_tag([feedback.id], priority_id, _decision())
    return redirect(url_for(".feedback_piece", feedback_id=feedback.id, _anchor="tags"))


@feedback_admin.route("/tags", methods=["POST"])
@officer_required(Role.OFFICER)
def decide_tags_in_bulk():
    """The inbox's bulk action: one priority confirmed or rejected for every ticked piece."""
    back = url_for(".list_feedback") + "?" + request.form.get("query_string", "")
    ids = [int(value) for value in request.form.getlist("feedback_ids") if value.isdigit()]
    priority_id = request.form.get("priority_id", type=int)
    if not ConfirmForm().validate_on_submit():
        abort(400)
    if request.form.get("decision") == "entry":
        if not ids:
            flash("Tick the pieces of feedback the entry answers.", "error")
            return redirect(back)
        return redirect(
            url_for("you_said_we_did_admin.new_entry", feedback=",".join(map(str, ids)))
        )
    if not ids or not priority_id:
        flash("Tick at least one piece of feedback and choose a priority.", "error")
        return redirect(back)
    decision = _decision()
    changed = inbox.decide_tag(ids, priority_id, decision)
    flash(
        f"{decision.value.capitalize()} the tag on {changed} piece{'s' if changed != 1 else ''}.",
        "success",
    )
    return redirect(back)


@feedback_admin.route("/notes/new", methods=["GET", "POST"])
@officer_required(Role.OFFICER)
def add_notes():
    """Notes typed up from a meeting or a focus group: each point becomes its own piece."""
    form = NotesForm()
    if request.method == "GET":
        form.said_on.data = utcnow().astimezone(LONDON).date()
    if form.validate_on_submit():
        points = [point.strip() for point in form.notes.data.split("\n\n") if point.strip()]
        said_on = inbox.uk_midnight(form.said_on.data)
        added = 0
        for number, point in enumerate(points, start=1):
            added += bool(
                record_feedback(
                    source=FeedbackSource.OFFICER_NOTES,
                    origin_type="officer_notes",
                    origin_id=f"{current_user.id}:{utcnow().timestamp():.6f}:{number}",
                    context=f"Notes: {form.meeting.data}",
                    text=point,
                    voice=form.voice.data or None,
                    received_at=said_on,
                )
            )
        flash(f"Added {added} piece{'s' if added != 1 else ''} of feedback.", "success")
        return redirect(url_for(".list_feedback"))
    return render_template("feedback/admin/add_notes.html", form=form), (
        400 if form.errors else 200
    )


@feedback_admin.route("/themes")
@officer_required(Role.OFFICER)
def themes_overview():
    """Each priority of the active strategy: how much was said about it, and how people felt."""
    framework = active_framework()
    return render_template(
        "feedback/admin/themes_overview.html",
        framework=framework,
        summaries=themes.themes_overview(framework) if framework else [],
    )


@feedback_admin.route("/themes/<int:priority_id>")
@officer_required(Role.OFFICER)
def theme(priority_id: int):
    priority = db.get_or_404(Priority, priority_id)
    return render_template("feedback/admin/theme.html", theme=themes.theme(priority), labels=inbox)


@feedback_admin.route("/import", methods=["GET", "POST"])
@officer_required(Role.OFFICER)
def import_feedback():
    """Step 1: upload a CSV file (from paper forms or another survey tool)."""
    form = ImportUploadForm()
    if form.validate_on_submit():
        data = form.file.data.read()
        try:
            header, _rows, _batch = importing.read_file(data)
        except importing.ImportFileError as problem:
            form.file.errors.append(str(problem))
        else:
            mapping_form = ImportMappingForm(formdata=None)
            mapping_form.set_columns(header)
            mapping_form.content.data = base64.b64encode(data).decode()
            mapping_form.text_column.data = importing.guess_text_column(header)
            return _mapping_page(mapping_form, data)
    return render_template("feedback/admin/import_feedback.html", form=form), (
        400 if form.errors else 200
    )


def _mapping(form) -> importing.Mapping:
    return importing.Mapping(
        text=form.text_column.data,
        source_name=form.source_name.data or "",
        voice=form.voice_column.data or None,
        received=form.date_column.data or None,
    )


def _mapping_page(form, data: bytes, checked=None, status: int = 200):
    checked = checked or importing.check_file(data, _mapping(form))
    return render_template(
        "feedback/admin/map_import.html",
        form=form,
        checked=checked,
        preview=checked.rows[:5],
        error=bool(checked.problems),
    ), status


@feedback_admin.route("/import/map", methods=["POST"])
@officer_required(Role.OFFICER)
def map_import():
    """Step 2: say which column is which, see every row's problems, and import the whole file
    or nothing."""
    form = ImportMappingForm()
    try:
        data = base64.b64decode(form.content.data or "", validate=True)
        header, _rows, _batch = importing.read_file(data)
    except (ValueError, importing.ImportFileError):
        flash(
            "The file could not be read again. Upload it again: nothing has been imported.", "error"
        )
        return redirect(url_for(".import_feedback"))
    form.set_columns(header)
    if not form.validate_on_submit():
        return _mapping_page(form, data, status=400)
    checked = importing.check_file(data, _mapping(form))
    if checked.problems:
        return _mapping_page(form, data, checked, status=400)
    count = importing.import_rows(checked, _mapping(form), utcnow())
    record_event(
        "feedback.imported",
        f"Imported {count} pieces of feedback from a CSV file ({form.source_name.data})",
        target_type="Feedback",
    )
    flash(f"Imported {count} piece{'s' if count != 1 else ''} of feedback.", "success")
    return redirect(url_for(".list_feedback", source="import"))

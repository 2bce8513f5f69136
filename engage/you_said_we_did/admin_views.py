"""Officers' pages: draft an entry from chosen feedback, edit it, choose quotes, add updates,
publish (audited; the people who asked are told once) or take it back to draft."""

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_login import current_user
from sqlalchemy import select

from engage.accounts.forms import ConfirmForm
from engage.accounts.roles import Role, officer_required
from engage.extensions import db
from engage.feedback import inbox
from engage.priorities.services import active_framework
from engage.you_said_we_did import services
from engage.you_said_we_did.forms import EntryForm, UpdateForm
from engage.you_said_we_did.models import Entry

you_said_we_did_admin = Blueprint(
    "you_said_we_did_admin", __name__, url_prefix="/manage/you-said-we-did"
)


def _entry_form(**kwargs) -> EntryForm:
    form = EntryForm(**kwargs)
    framework = active_framework()
    form.priorities.choices = [(p.id, p.label) for p in framework.priorities] if framework else []
    return form


def _feedback_ids() -> list[int]:
    return [
        int(value) for value in request.values.get("feedback", "").split(",") if value.isdigit()
    ]


@you_said_we_did_admin.route("/")
@officer_required(Role.OFFICER)
def list_entries():
    entries = db.session.scalars(select(Entry).order_by(Entry.updated_at.desc())).all()
    return render_template("you_said_we_did/admin/list_entries.html", entries=entries)


@you_said_we_did_admin.route("/new", methods=["GET", "POST"])
@officer_required(Role.OFFICER)
def new_entry():
    """A draft answering the pieces ticked in the inbox (?feedback=1,2,3)."""
    ids = _feedback_ids()
    form = _entry_form()
    if request.method == "GET":
        form.you_said.data = services.suggested_you_said(ids) if ids else ""
        form.status.data = "listening"
    if form.validate_on_submit():
        entry = services.create_entry(form.to_details(), ids)
        flash("Draft saved. Only officers can see it until you publish it.", "success")
        return redirect(url_for(".edit_entry", entry_id=entry.id))
    return render_template(
        "you_said_we_did/admin/edit_entry.html",
        form=form,
        entry=None,
        feedback_ids=",".join(map(str, ids)),
        chosen=len(ids),
    ), (400 if form.errors else 200)


def _editor(entry: Entry, status: int = 200, form=None, update_form=None, error=None):
    if form is None:
        form = _entry_form(formdata=None)
        form.fill_from(entry)
    return render_template(
        "you_said_we_did/admin/edit_entry.html",
        form=form,
        entry=entry,
        update_form=update_form or UpdateForm(formdata=None, prefix="update"),
        confirm=ConfirmForm(),
        who=services.who_told_us(services.entry_voice_counts(entry)),
        people_to_tell=len(services.people_to_tell(entry)),
        labels=inbox,
        error=error,
        errors=[{"text": error}] if error else [],
    ), status


@you_said_we_did_admin.route("/<int:entry_id>", methods=["GET", "POST"])
@officer_required(Role.OFFICER)
def edit_entry(entry_id: int):
    entry = db.get_or_404(Entry, entry_id)
    if request.method == "GET":
        return _editor(entry)
    form = _entry_form()
    if not form.validate_on_submit():
        return _editor(entry, 400, form=form)
    services.update_entry(entry, form.to_details())
    flash("Saved.", "success")
    return redirect(url_for(".edit_entry", entry_id=entry.id))


@you_said_we_did_admin.route("/<int:entry_id>/feedback/<int:feedback_id>", methods=["POST"])
@officer_required(Role.OFFICER)
def change_link(entry_id: int, feedback_id: int):
    """Quote a piece in public (redacted), stop quoting it, or unlink it."""
    entry = db.get_or_404(Entry, entry_id)
    if not ConfirmForm().validate_on_submit():
        return redirect(url_for(".edit_entry", entry_id=entry.id))
    action = request.form.get("action")
    try:
        if action == "remove":
            services.unlink_feedback(entry, feedback_id)
        else:
            services.set_quoted(entry, feedback_id, action == "quote")
    except services.EntryRefused as refused:
        return _editor(entry, 409, error=str(refused))
    return redirect(url_for(".edit_entry", entry_id=entry.id, _anchor="feedback"))


@you_said_we_did_admin.route("/<int:entry_id>/updates", methods=["POST"])
@officer_required(Role.OFFICER)
def add_update(entry_id: int):
    entry = db.get_or_404(Entry, entry_id)
    form = UpdateForm(prefix="update")
    if not form.validate_on_submit():
        return _editor(entry, 400, update_form=form)
    services.add_update(entry, form.text.data)
    flash("Update added.", "success")
    return redirect(url_for(".edit_entry", entry_id=entry.id))


@you_said_we_did_admin.route("/<int:entry_id>/publish", methods=["POST"])
@officer_required(Role.OFFICER)
def publish(entry_id: int):
    entry = db.get_or_404(Entry, entry_id)
    if not ConfirmForm().validate_on_submit():
        return redirect(url_for(".edit_entry", entry_id=entry.id))
    try:
        if request.form.get("action") == "unpublish":
            services.unpublish(entry, current_user)
            flash("Taken back to draft: the public can no longer see it.", "success")
        else:
            told = services.publish(entry, current_user)
            flash(
                f"Published. {told} {'person' if told == 1 else 'people'} will be emailed.",
                "success",
            )
    except services.EntryRefused as refused:
        return _editor(entry, 409, error=str(refused))
    return redirect(url_for(".edit_entry", entry_id=entry.id))

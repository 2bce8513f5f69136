"""Officer pages: focus groups, their sessions, and who has signed up with what access needs."""

from flask import (
    Blueprint,
    Response,
    abort,
    flash,
    redirect,
    render_template,
    request,
    send_file,
    url_for,
)
from sqlalchemy import select

from engage import spreadsheets
from engage.accounts.forms import ConfirmForm
from engage.accounts.roles import Role, officer_required
from engage.audit.services import record_event
from engage.consultations.models import Consultation
from engage.database import utcnow
from engage.extensions import db
from engage.focus_groups import services
from engage.focus_groups.calendar import LONDON
from engage.focus_groups.forms import GroupForm, SessionForm, SessionTimesForm
from engage.focus_groups.models import ACCESS_NEED_LABELS, FocusGroup, FocusGroupSession
from engage.priorities.services import active_framework

focus_groups_admin = Blueprint("focus_groups_admin", __name__, url_prefix="/manage/focus-groups")


@focus_groups_admin.route("/")
@officer_required(Role.OFFICER)
def list_focus_groups():
    groups = db.session.scalars(select(FocusGroup).order_by(FocusGroup.created_at.desc())).all()
    return render_template("focus_groups/admin/list_focus_groups.html", groups=groups)


def _group_form() -> GroupForm:
    """The form with this area's consultations and the active strategy's priorities to link."""
    form = GroupForm()
    consultations = db.session.scalars(
        select(Consultation).order_by(Consultation.created_at.desc())
    ).all()
    form.consultation_id.choices = [(0, "None")] + [(c.id, c.title) for c in consultations]
    framework = active_framework()
    form.priorities.choices = [(p.id, p.label) for p in framework.priorities] if framework else []
    return form


@focus_groups_admin.route("/new", methods=["GET", "POST"])
@officer_required(Role.OFFICER)
def new_focus_group():
    form = _group_form()
    if form.validate_on_submit():
        group = services.create_focus_group(form.to_details())
        flash("Focus group created. Now add its sessions.", "success")
        return redirect(url_for(".focus_group", group_id=group.id))
    return render_template("focus_groups/admin/edit_focus_group.html", form=form, group=None), (
        400 if form.errors else 200
    )


@focus_groups_admin.route("/<int:group_id>/edit", methods=["GET", "POST"])
@officer_required(Role.OFFICER)
def edit_focus_group(group_id: int):
    group = db.get_or_404(FocusGroup, group_id)
    form = _group_form()
    if request.method == "GET":
        form.fill_from(group)
    if form.validate_on_submit():
        services.update_focus_group(group, form.to_details())
        flash("Focus group saved.", "success")
        return redirect(url_for(".focus_group", group_id=group.id))
    return render_template("focus_groups/admin/edit_focus_group.html", form=form, group=group), (
        400 if form.errors else 200
    )


@focus_groups_admin.route("/<int:group_id>")
@officer_required(Role.OFFICER)
def focus_group(group_id: int):
    group = db.get_or_404(FocusGroup, group_id)
    return render_template("focus_groups/admin/focus_group.html", group=group)


@focus_groups_admin.route("/<int:group_id>/sessions/new", methods=["GET", "POST"])
@officer_required(Role.OFFICER)
def new_session(group_id: int):
    group = db.get_or_404(FocusGroup, group_id)
    form = SessionForm()
    if form.validate_on_submit():
        session = services.add_session(group, form.to_details())
        flash("Session added. People can sign up to it now.", "success")
        return redirect(url_for(".session_sign_ups", session_id=session.id))
    return render_template("focus_groups/admin/edit_session.html", form=form, group=group), (
        400 if form.errors else 200
    )


@focus_groups_admin.route("/sessions/<int:session_id>")
@officer_required(Role.OFFICER)
def session_sign_ups(session_id: int):
    """Who is coming, who is waiting, and the support to book for them."""
    session = db.get_or_404(FocusGroupSession, session_id)
    if session.focus_group is None:
        abort(404)
    return render_template(
        "focus_groups/admin/session_sign_ups.html",
        session=session,
        group=session.focus_group,
        confirmed=session.confirmed_sign_ups,
        waiting=session.waiting_sign_ups,
        needs=services.access_needs_summary(session),
        started=session.starts_at <= utcnow(),
        attendance_form=ConfirmForm(),
        attendance_items=[
            {"value": str(p.id), "text": p.name or "(removed)", "checked": bool(p.attended)}
            for p in session.confirmed_sign_ups
        ],
        labels=ACCESS_NEED_LABELS,
    )


@focus_groups_admin.route("/sessions/<int:session_id>/move", methods=["GET", "POST"])
@officer_required(Role.OFFICER)
def move_session(session_id: int):
    """Reschedule: everyone signed up is told, with a calendar file that updates their event."""
    session = db.get_or_404(FocusGroupSession, session_id)
    form = SessionTimesForm()
    if request.method == "GET":
        form.fill_from(session)
    if form.validate_on_submit():
        told = services.reschedule_session(session, form.starts_at(), form.ends_at())
        flash(f"Session moved. We have emailed {told} people signed up.", "success")
        return redirect(url_for(".session_sign_ups", session_id=session.id))
    return render_template("focus_groups/admin/move_session.html", form=form, session=session), (
        400 if form.errors else 200
    )


@focus_groups_admin.route("/sessions/<int:session_id>/cancel", methods=["GET", "POST"])
@officer_required(Role.OFFICER)
def cancel_session(session_id: int):
    session = db.get_or_404(FocusGroupSession, session_id)
    if session.cancelled_at is not None:
        return redirect(url_for(".session_sign_ups", session_id=session.id))
    form = ConfirmForm()
    if form.validate_on_submit():
        told = services.cancel_session(session)
        flash(f"Session cancelled. We have emailed {told} people signed up.", "success")
        return redirect(url_for(".session_sign_ups", session_id=session.id))
    return render_template("focus_groups/admin/cancel_session.html", form=form, session=session)


@focus_groups_admin.route("/sessions/<int:session_id>/attendance", methods=["POST"])
@officer_required(Role.OFFICER)
def record_attendance(session_id: int):
    """After the session: tick who came."""
    session = db.get_or_404(FocusGroupSession, session_id)
    form = ConfirmForm()
    confirmed = {person.id for person in session.confirmed_sign_ups}
    try:
        ticked = {int(value) for value in request.form.getlist("attended")}
    except ValueError:
        abort(400)
    if not form.validate_on_submit() or not ticked <= confirmed:
        abort(400)
    if session.starts_at > utcnow():
        flash("You can mark attendance once the session has started.", "error")
        return redirect(url_for(".session_sign_ups", session_id=session.id))
    services.record_attendance(session, ticked)
    flash(f"Attendance saved: {len(ticked)} of {len(confirmed)} came.", "success")
    return redirect(url_for(".session_sign_ups", session_id=session.id))


def _export_name(session: FocusGroupSession, extension: str) -> str:
    return f"focus-group-{session.starts_at.astimezone(LONDON):%Y-%m-%d}-sign-ups.{extension}"


@focus_groups_admin.route("/sessions/<int:session_id>/sign-ups.csv")
@officer_required(Role.OFFICER)
def export_csv(session_id: int):
    session = db.get_or_404(FocusGroupSession, session_id)
    rows = services.export_rows(session)
    record_event("focus_group.exported", "Exported focus-group sign-ups as CSV", target=session)
    return Response(
        "".join(spreadsheets.csv_chunks(services.EXPORT_HEADER, rows)),
        mimetype="text/csv",
        headers={"Content-Disposition": f'attachment; filename="{_export_name(session, "csv")}"'},
    )


@focus_groups_admin.route("/sessions/<int:session_id>/sign-ups.xlsx")
@officer_required(Role.OFFICER)
def export_excel(session_id: int):
    session = db.get_or_404(FocusGroupSession, session_id)
    rows = services.export_rows(session)
    record_event("focus_group.exported", "Exported focus-group sign-ups as Excel", target=session)
    return send_file(
        spreadsheets.excel_file("Sign-ups", services.EXPORT_HEADER, rows),
        mimetype="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        as_attachment=True,
        download_name=_export_name(session, "xlsx"),
    )

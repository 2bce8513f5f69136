"""Public pages: upcoming focus groups, signing up, and a person's own sign-up (from their link)."""

from flask import Blueprint, Response, abort, redirect, render_template, request, url_for

from engage.accounts.roles import public
from engage.database import utcnow
from engage.extensions import db
from engage.focus_groups import services
from engage.focus_groups.calendar import session_calendar
from engage.focus_groups.forms import CancelForm, SignUpForm
from engage.focus_groups.models import FocusGroup, FocusGroupSession, SignUpStatus

focus_groups = Blueprint("focus_groups", __name__, url_prefix="/focus-groups")


@focus_groups.route("/")
@public
def list_focus_groups():
    return render_template("focus_groups/list_focus_groups.html", groups=services.upcoming_groups())


@focus_groups.route("/<int:group_id>")
@public
def focus_group(group_id: int):
    group = db.get_or_404(FocusGroup, group_id)
    sessions = [
        session
        for session in group.sessions
        if session.cancelled_at is None and session.starts_at > utcnow()
    ]
    return render_template("focus_groups/focus_group.html", group=group, sessions=sessions)


@focus_groups.route("/sessions/<int:session_id>/sign-up", methods=["GET", "POST"])
@public
def sign_up(session_id: int):
    """The sign-up form; a free place is confirmed at once, else the waiting list is offered."""
    session = db.get_or_404(FocusGroupSession, session_id)
    try:
        services.check_open_for_sign_up(session)
    except services.SignUpRefused as refused:
        return render_template(
            "focus_groups/closed.html", session=session, reason=str(refused)
        ), 410
    form = SignUpForm()
    if form.validate_on_submit():
        try:
            _person, token = services.sign_up(session, form.to_details())
        except services.SignUpRefused as refused:
            return render_template(
                "focus_groups/closed.html", session=session, reason=str(refused)
            ), 410
        return redirect(url_for(".manage_sign_up", token=token, new=1))
    return render_template("focus_groups/sign_up.html", session=session, form=form), (
        400 if form.errors else 200
    )


def _sign_up_for(token: str):
    person = services.find_sign_up(token)
    if person is None:
        abort(404)
    return person


@focus_groups.route("/sign-ups/<token>")
@public
def manage_sign_up(token: str):
    """A person's own page (the link in their email): their place, their calendar, cancelling."""
    person = _sign_up_for(token)
    return render_template(
        "focus_groups/manage_sign_up.html",
        person=person,
        session=person.session,
        token=token,
        position=services.waiting_position(person),
        new=request.args.get("new") == "1",
    )


@focus_groups.route("/sign-ups/<token>/calendar.ics")
@public
def calendar_file(token: str):
    person = _sign_up_for(token)
    if person.status != SignUpStatus.CONFIRMED.value:
        abort(404)
    return Response(
        session_calendar(person.session, include_joining_details=True),
        mimetype="text/calendar",
        headers={"Content-Disposition": "attachment; filename=focus-group.ics"},
    )


@focus_groups.route("/sign-ups/<token>/cancel", methods=["GET", "POST"])
@public
def cancel_sign_up(token: str):
    """Cancel, with a confirmation step; a freed place goes to the first person waiting."""
    person = _sign_up_for(token)
    if person.status == SignUpStatus.CANCELLED.value:
        return redirect(url_for(".manage_sign_up", token=token))
    form = CancelForm()
    if form.validate_on_submit():
        services.cancel_sign_up(person, token)
        return redirect(url_for(".manage_sign_up", token=token))
    return render_template(
        "focus_groups/cancel_sign_up.html", person=person, session=person.session, form=form
    )

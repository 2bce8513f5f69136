"""Officers' pages: advisory groups and their members, polls, totals (never who voted for
what), the meeting screen for a projector, and the totals as CSV."""

from flask import (
    Blueprint,
    Response,
    flash,
    jsonify,
    redirect,
    render_template,
    request,
    url_for,
)

from engage import spreadsheets
from engage.accounts.forms import ConfirmForm
from engage.accounts.roles import Role, officer_required
from engage.audit.services import record_event
from engage.database import utcnow
from engage.extensions import db
from engage.polls import services
from engage.polls.forms import GroupForm, PollForm
from engage.polls.models import AdvisoryGroup, Member, Poll
from engage.templating import LONDON

polls_admin = Blueprint("polls_admin", __name__, url_prefix="/manage/advisory-groups")


@polls_admin.route("/")
@officer_required(Role.OFFICER)
def list_groups():
    groups = db.session.scalars(db.select(AdvisoryGroup).order_by(AdvisoryGroup.name)).all()
    open_polls = db.session.scalars(
        db.select(Poll).where(Poll.group_id.is_(None)).order_by(Poll.opens_at.desc())
    ).all()
    return render_template(
        "polls/admin/list_groups.html", groups=groups, open_polls=open_polls, now=utcnow()
    )


@polls_admin.route("/new", methods=["GET", "POST"])
@officer_required(Role.OFFICER)
def new_group():
    form = GroupForm()
    if form.validate_on_submit():
        group = services.create_group(form.to_details())
        flash(f"{group.name} created. Its join code is {group.join_code}.", "success")
        return redirect(url_for(".group", group_id=group.id))
    return render_template("polls/admin/edit_group.html", form=form, group=None), (
        400 if form.errors else 200
    )


@polls_admin.route("/<int:group_id>/edit", methods=["GET", "POST"])
@officer_required(Role.OFFICER)
def edit_group(group_id: int):
    group = db.get_or_404(AdvisoryGroup, group_id)
    form = GroupForm(obj=group) if request.method == "GET" else GroupForm()
    if form.validate_on_submit():
        services.update_group(group, form.to_details())
        flash("Group saved.", "success")
        return redirect(url_for(".group", group_id=group.id))
    return render_template("polls/admin/edit_group.html", form=form, group=group), (
        400 if form.errors else 200
    )


@polls_admin.route("/<int:group_id>")
@officer_required(Role.OFFICER)
def group(group_id: int):
    """Members (names and age bands only) and the group's polls."""
    group = db.get_or_404(AdvisoryGroup, group_id)
    return render_template("polls/admin/group.html", group=group, form=ConfirmForm(), now=utcnow())


@polls_admin.route("/<int:group_id>/join-code", methods=["POST"])
@officer_required(Role.OFFICER)
def change_join_code(group_id: int):
    group = db.get_or_404(AdvisoryGroup, group_id)
    if ConfirmForm().validate_on_submit():
        turn_off = request.form.get("turn_off") == "1"
        services.change_join_code(group, turn_off=turn_off)
        flash(
            "Joining by code is off." if turn_off else f"The new code is {group.join_code}.",
            "success",
        )
    return redirect(url_for(".group", group_id=group.id))


@polls_admin.route("/<int:group_id>/invite", methods=["POST"])
@officer_required(Role.OFFICER)
def invite_member(group_id: int):
    """A personal invite link, shown once: send it to one person."""
    group = db.get_or_404(AdvisoryGroup, group_id)
    if not ConfirmForm().validate_on_submit():
        return redirect(url_for(".group", group_id=group.id))
    _member, token = services.create_invite(group)
    return render_template(
        "polls/admin/invite_link.html",
        group=group,
        link=url_for("polls.invite", token=token, _external=True),
        heading="Invite link",
    )


@polls_admin.route("/members/<int:member_id>/new-link", methods=["POST"])
@officer_required(Role.OFFICER)
def new_member_link(member_id: int):
    """For a member on a new phone who has lost their link: the old link stops working."""
    member = db.get_or_404(Member, member_id)
    if not ConfirmForm().validate_on_submit():
        return redirect(url_for(".group", group_id=member.group_id))
    token = services.new_personal_link(member)
    record_event(
        "advisory_group.new_link", f"Made a new sign-in link for a member of {member.group.name}",
        target=member.group,
    )  # fmt: skip
    return render_template(
        "polls/admin/invite_link.html",
        group=member.group,
        link=url_for("polls.invite", token=token, _external=True),
        heading=f"New sign-in link for {member.display_name or 'a new member'}",
    )


@polls_admin.route("/members/<int:member_id>/remove", methods=["GET", "POST"])
@officer_required(Role.OFFICER)
def remove_member(member_id: int):
    member = db.get_or_404(Member, member_id)
    group = member.group
    form = ConfirmForm()
    if form.validate_on_submit():
        services.remove_member(member)
        flash(
            "Member removed. Their votes still count, but are no longer linked to anyone.",
            "success",
        )
        return redirect(url_for(".group", group_id=group.id))
    return render_template("polls/admin/remove_member.html", member=member, group=group, form=form)


# Polls ---------------------------------------------------------------------------------------
@polls_admin.route("/polls/new", methods=["GET", "POST"])
@officer_required(Role.OFFICER)
def new_poll():
    """A poll for a group (?group_id=N), or an open quick poll for anyone (no group)."""
    group_id = request.args.get("group_id", type=int)
    group = db.get_or_404(AdvisoryGroup, group_id) if group_id else None
    form = PollForm()
    if request.method == "GET":
        now = utcnow().astimezone(LONDON)
        form.opens_day.data, form.opens_time.data = now.date(), now.strftime("%H:%M")
        form.closes_day.data, form.closes_time.data = now.date(), "23:59"
        form.allow_change.data = form.ask_why.data = True
        form.results_shown.data = "after_voting"
    if form.validate_on_submit():
        poll = services.create_poll(group, form.to_details())
        flash("Poll created.", "success")
        return redirect(url_for(".poll", poll_id=poll.id))
    return render_template("polls/admin/new_poll.html", form=form, group=group), (
        400 if form.errors else 200
    )


@polls_admin.route("/polls/<int:poll_id>")
@officer_required(Role.OFFICER)
def poll(poll_id: int):
    poll = db.get_or_404(Poll, poll_id)
    return render_template(
        "polls/admin/poll.html",
        poll=poll,
        totals=services.poll_totals(poll),
        now=utcnow(),
        form=ConfirmForm(),
        link=url_for("polls.vote", poll_id=poll.id, _external=True),
    )


@polls_admin.route("/polls/<int:poll_id>/close", methods=["POST"])
@officer_required(Role.OFFICER)
def close_poll(poll_id: int):
    poll = db.get_or_404(Poll, poll_id)
    if ConfirmForm().validate_on_submit():
        services.close_poll(poll)
        flash("Poll closed.", "success")
    return redirect(url_for(".poll", poll_id=poll.id))


@polls_admin.route("/polls/<int:poll_id>/screen")
@officer_required(Role.OFFICER)
def meeting_screen(poll_id: int):
    """For a projector: the question large and the totals, which refresh while voting is open
    (with JavaScript; without it, refresh the page)."""
    poll = db.get_or_404(Poll, poll_id)
    return render_template(
        "polls/admin/meeting_screen.html",
        poll=poll,
        totals=services.poll_totals(poll),
        is_open=poll.is_open(utcnow()),
        link=url_for("polls.vote", poll_id=poll.id, _external=True),
    )


@polls_admin.route("/polls/<int:poll_id>/totals.json")
@officer_required(Role.OFFICER)
def totals_json(poll_id: int):
    poll = db.get_or_404(Poll, poll_id)
    totals = services.poll_totals(poll)
    return jsonify(
        voters=totals.voters,
        open=poll.is_open(utcnow()),
        options=[
            {"id": t.option.id, "votes": t.votes, "percent": t.percent} for t in totals.options
        ],
    )


@polls_admin.route("/polls/<int:poll_id>/results.csv")
@officer_required(Role.OFFICER)
def results_csv(poll_id: int):
    """Totals per answer: no row is a person."""
    poll = db.get_or_404(Poll, poll_id)
    totals = services.poll_totals(poll)
    rows = [[t.option.text, t.votes, t.percent] for t in totals.options]
    rows.append(["People who voted", totals.voters, ""])
    record_event("poll.exported", f"Downloaded the results of “{poll.question}”", target=poll)
    return Response(
        "".join(spreadsheets.csv_chunks(["Answer", "Votes", "Percent of voters"], rows)),
        mimetype="text/csv",
        headers={"Content-Disposition": f'attachment; filename="poll-{poll.id}-results.csv"'},
    )

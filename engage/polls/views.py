"""Members' pages: join a group, stay signed in on your own device, vote, see results. And the
open quick polls that anyone may answer, once per browser.

Plain words, one thing per page, no time limits, and nothing asked that is not needed: a name to
use and, if the person wants, an age band.
"""

import secrets

from flask import (
    Blueprint,
    Response,
    abort,
    current_app,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from itsdangerous import BadSignature, URLSafeSerializer

from engage.accounts.forms import ConfirmForm
from engage.accounts.roles import public
from engage.database import utcnow
from engage.extensions import db, limiter
from engage.polls import services
from engage.polls.forms import AboutYouForm, JoinCodeForm, VoteForm, chosen_option_ids
from engage.polls.models import AdvisoryGroup, Poll, PollImage

polls = Blueprint("polls", __name__)

MEMBER_COOKIE = "engage_member"
VOTER_COOKIE = "engage_poll_voter"
COOKIE_DAYS = 365


def _cookie_options() -> dict:
    return {
        "max_age": COOKIE_DAYS * 24 * 3600,
        "httponly": True,
        "samesite": "Lax",
        "secure": current_app.config["SESSION_COOKIE_SECURE"],
    }


def current_member():
    """The member this device is signed in as (looked up once per request), or None."""
    if not hasattr(request, "engage_member"):
        request.engage_member = services.member_for_device(request.cookies.get(MEMBER_COOKIE))
    return request.engage_member


def _signed_in(response, member) -> Response:
    """Keep this device signed in as the member, for a year or until they are removed."""
    response.set_cookie(MEMBER_COOKIE, services.sign_in_device(member), **_cookie_options())
    return response


# Joining -------------------------------------------------------------------------------------
@polls.route("/advisory-groups/join", methods=["GET", "POST"])
@limiter.limit("30 per hour", methods=["POST"])
@public
def join_with_code():
    form = JoinCodeForm()
    if form.validate_on_submit():
        group = services.find_group_by_code(form.code.data)
        if group is None:
            form.code.errors.append("That code does not work. Check it, or ask your group leader")
        else:
            session["joining_group"] = group.id
            return redirect(url_for(".about_you"))
    return render_template("polls/join_with_code.html", form=form), 400 if form.errors else 200


@polls.route("/advisory-groups/join/about-you", methods=["GET", "POST"])
@public
def about_you():
    group = db.session.get(AdvisoryGroup, session.get("joining_group") or 0)
    if group is None or group.join_code is None:
        return redirect(url_for(".join_with_code"))
    form = AboutYouForm()
    if form.validate_on_submit():
        member = services.join_with_code(group, form.display_name.data, form.age_band.data)
        session.pop("joining_group", None)
        return _signed_in(redirect(url_for(".my_group", welcome=1)), member)
    return render_template("polls/about_you.html", form=form, group=group), (
        400 if form.errors else 200
    )


@polls.route("/advisory-groups/invite/<token>", methods=["GET", "POST"])
@public
def invite(token: str):
    """A personal link: the first time, the person picks a name; after that, opening it on a new
    phone or computer signs that device in."""
    member = services.find_member_by_invite(token)
    if member is None:
        return render_template("polls/link_not_working.html"), 404
    if member.has_joined:
        return _signed_in(redirect(url_for(".my_group")), member)
    form = AboutYouForm()
    if form.validate_on_submit():
        services.claim_invite(member, form.display_name.data, form.age_band.data)
        return _signed_in(redirect(url_for(".my_group", welcome=1)), member)
    return render_template("polls/about_you.html", form=form, group=member.group), (
        400 if form.errors else 200
    )


# A member's own pages ------------------------------------------------------------------------
def _member_or_join():
    member = current_member()
    if member is None:
        return None, redirect(url_for(".join_with_code"))
    return member, None


@polls.route("/advisory-groups/my-group")
@public
def my_group():
    member, leave = _member_or_join()
    if leave:
        return leave
    open_polls, closed_polls = services.polls_for_member(member)
    voted = {
        poll.id for poll in open_polls + closed_polls
        if services.ballot_for(poll, services.member_voter_key(poll, member))
    }  # fmt: skip
    return render_template(
        "polls/my_group.html",
        member=member,
        group=member.group,
        open_polls=open_polls,
        closed_polls=closed_polls,
        voted=voted,
        welcome=request.args.get("welcome") == "1",
        form=ConfirmForm(),
    )


@polls.route("/advisory-groups/my-group/new-link", methods=["POST"])
@public
def new_link():
    """A link to sign in on another device (the old link stops working)."""
    member, leave = _member_or_join()
    if leave:
        return leave
    if not ConfirmForm().validate_on_submit():
        abort(400)
    token = services.new_personal_link(member)
    return render_template(
        "polls/your_link.html",
        member=member,
        link=url_for(".invite", token=token, _external=True),
    )


@polls.route("/advisory-groups/my-group/leave", methods=["GET", "POST"])
@public
def leave_group():
    member, leave = _member_or_join()
    if leave:
        return leave
    form = ConfirmForm()
    if form.validate_on_submit():
        group_name = member.group.name
        services.leave_group(member)
        response = redirect(url_for(".left_group", name=group_name))
        response.delete_cookie(MEMBER_COOKIE)
        return response
    return render_template("polls/leave_group.html", member=member, form=form)


@polls.route("/advisory-groups/left")
@public
def left_group():
    return render_template(
        "polls/left_group.html", name=request.args.get("name", "the group")[:120]
    )


# Voting --------------------------------------------------------------------------------------
def voter_on_device():
    """The member on this device as a voter (one light query, once per request), or None."""
    if not hasattr(request, "engage_voter"):
        request.engage_voter = services.voter_on_device(request.cookies.get(MEMBER_COOKIE))
    return request.engage_voter


def _voter(poll):
    """(voter key, new browser id or None, voice) for whoever is voting; aborts if they may not."""
    if poll.is_indicative:
        browser_id = _browser_id()
        new_id = None
        if browser_id is None:
            browser_id = new_id = secrets.token_urlsafe(16)
        return services.browser_voter_key(poll, browser_id), new_id, None
    member = voter_on_device()
    if member is None:
        return None, None, None
    if not services.can_vote(poll, member):
        abort(404)
    return services.member_voter_key(poll, member), None, member.voice


def _serializer() -> URLSafeSerializer:
    return URLSafeSerializer(current_app.config["SECRET_KEY"], salt="poll-voter")


def _browser_id() -> str | None:
    try:
        return _serializer().loads(request.cookies.get(VOTER_COOKIE, ""))
    except BadSignature:
        return None


@polls.route("/polls/<int:poll_id>", methods=["GET", "POST"])
@limiter.limit(
    lambda: current_app.config["OPEN_POLL_VOTE_RATE_LIMIT"],
    methods=["POST"],
    exempt_when=lambda: voter_on_device() is not None,
)
@public
def vote(poll_id: int):
    """One poll on one page: the question, big answers to choose, an optional "tell us why"."""
    # Voting reads only what a vote needs; the page (shown, or shown again) reads the whole poll.
    posted = request.method == "POST"
    poll = (services.voting_poll if posted else services.poll_with_options)(poll_id) or abort(404)
    voter_key, new_browser_id, voice = _voter(poll)
    if voter_key is None:
        return redirect(url_for(".join_with_code"))
    form = VoteForm()
    error = None
    chosen = chosen_option_ids(request.form)  # what they ticked, kept if they must try again
    if form.validate_on_submit():
        # The database decides whether this voter has voted: no look-up first (see cast_vote).
        try:
            services.cast_vote(poll, voter_key, chosen, form.comment.data, voice)
        except services.VoteRefused as refused:
            error = str(refused)
        else:
            response = redirect(url_for(".voted", poll_id=poll.id, new=1))
            if new_browser_id:
                response.set_cookie(
                    VOTER_COOKIE, _serializer().dumps(new_browser_id), **_cookie_options()
                )
            return response
    if posted:
        poll = services.poll_with_options(poll_id)
    ballot = services.ballot_for(poll, voter_key)
    if not posted:
        changing = request.args.get("change") == "1" and poll.allow_change
        if not poll.is_open(utcnow()) or (ballot and not changing):
            return redirect(url_for(".voted", poll_id=poll.id))
        chosen = services.chosen_options(ballot)
    return render_template(
        "polls/vote.html",
        poll=poll,
        form=form,
        chosen=chosen,
        error=error,
        changing=bool(ballot),
    ), (400 if error or form.errors else 200)


@polls.route("/polls/<int:poll_id>/voted")
@public
def voted(poll_id: int):
    """After voting: what you chose, whether you can change it, and the results when allowed."""
    poll = db.get_or_404(Poll, poll_id)
    voter_key, _, _ = _voter(poll)
    if voter_key is None:
        return redirect(url_for(".join_with_code"))
    now = utcnow()
    ballot = services.ballot_for(poll, voter_key)
    chosen = set(services.chosen_options(ballot))
    show_results = services.results_visible(poll, ballot is not None, now)
    return render_template(
        "polls/voted.html",
        poll=poll,
        ballot=ballot,
        chosen=[option for option in poll.options if option.id in chosen],
        totals=services.poll_totals(poll) if show_results else None,
        is_open=poll.is_open(now),
        has_closed=poll.has_closed(now),
        new=request.args.get("new") == "1",
    )


@polls.route("/polls/images/<int:image_id>")
@public
def image(image_id: int):
    picture = db.get_or_404(PollImage, image_id)
    return Response(
        picture.data,
        mimetype=picture.content_type,
        headers={"Cache-Control": "public, max-age=86400"},
    )

"""The rules of advisory groups and polls: joining, staying signed in, voting once, counting.

One vote each is kept by the database: a ballot is inserted "unless this voter already has one
for this poll" (INSERT ... ON CONFLICT DO NOTHING on the unique voter key), so fifty requests at
once from one member leave one ballot. Where changing is allowed, the existing ballot's row is
locked by an update before its choices are replaced, so the last change wins whole. Nothing here
commits.
"""

import hashlib
import hmac
import secrets
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from flask import current_app
from sqlalchemy import bindparam, delete, func, insert, select, text, update
from sqlalchemy.orm import joinedload, selectinload

from engage.audit.services import record_event
from engage.database import utcnow
from engage.db_types import UTCDateTime
from engage.extensions import db
from engage.feedback.models import Feedback, FeedbackSource
from engage.feedback.services import record_feedback
from engage.polls.models import (
    AdvisoryGroup,
    Ballot,
    BallotChoice,
    Member,
    MemberDevice,
    Poll,
    PollImage,
    PollOption,
    ResultsShown,
)
from engage.tokens import hash_token

#: letters and digits that cannot be mistaken for each other when read off a screen
CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
JOIN_CODE_LENGTH = 6
IMAGE_TYPES = {
    b"\x89PNG\r\n\x1a\n": "image/png",
    b"\xff\xd8\xff": "image/jpeg",
    b"GIF87a": "image/gif",
    b"GIF89a": "image/gif",
}
MAX_IMAGE_BYTES = 2_000_000


class VoteRefused(Exception):
    """The vote cannot be taken; the message says why, in plain words."""


class JoinRefused(Exception):
    """The code or link does not work; the message says what to do."""


@dataclass
class GroupDetails:
    name: str
    kind: str
    description: str | None = None


@dataclass
class OptionDetails:
    text: str
    image: bytes | None = None
    image_alt: str | None = None


@dataclass
class PollDetails:
    question: str
    opens_at: datetime
    closes_at: datetime
    options: list[OptionDetails]
    explanation: str | None = None
    image: bytes | None = None
    image_alt: str | None = None
    max_choices: int = 1
    allow_change: bool = True
    results_shown: str = ResultsShown.AFTER_VOTING.value
    ask_why: bool = True


@dataclass
class OptionTotal:
    option: PollOption
    votes: int
    percent: int  #: of the people who voted


@dataclass
class PollTotals:
    voters: int
    options: list[OptionTotal] = field(default_factory=list)


def _new_join_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(JOIN_CODE_LENGTH))


def normalise_code(text: str) -> str:
    """People type codes with spaces, dashes and small letters: "abc 123" is "ABC123"."""
    return "".join(character for character in (text or "").upper() if character.isalnum())


# Groups (officers) ---------------------------------------------------------------------------
def create_group(details: GroupDetails) -> AdvisoryGroup:
    group = AdvisoryGroup(
        name=details.name,
        kind=details.kind,
        description=details.description,
        join_code=_new_join_code(),
    )
    db.session.add(group)
    db.session.flush()
    record_event("advisory_group.created", f"Created the advisory group {group.name}", target=group)
    return group


def update_group(group: AdvisoryGroup, details: GroupDetails) -> None:
    group.name, group.kind, group.description = details.name, details.kind, details.description
    record_event("advisory_group.changed", f"Changed the advisory group {group.name}", target=group)


def change_join_code(group: AdvisoryGroup, turn_off: bool = False) -> None:
    """A new code (the old one stops working), or none: joining by code is turned off."""
    group.join_code = None if turn_off else _new_join_code()
    record_event(
        "advisory_group.join_code",
        f"{'Turned off joining by code' if turn_off else 'Made a new join code'} for {group.name}",
        target=group,
    )


def create_invite(group: AdvisoryGroup) -> tuple[Member, str]:
    """A personal invite link for one new member, who picks their own name when they open it.
    Returns the member and the link's token (shown once to the officer; only its hash is kept)."""
    token = secrets.token_urlsafe(24)
    member = Member(
        group_id=group.id, invite_token_hash=hash_token(token), ballot_salt=secrets.token_hex(32)
    )
    db.session.add(member)
    db.session.flush()
    record_event("advisory_group.invited", f"Made an invite link for {group.name}", target=group)
    return member, token


def new_personal_link(member: Member) -> str:
    """A new sign-in link for the member (the old one stops working)."""
    token = secrets.token_urlsafe(24)
    member.invite_token_hash = hash_token(token)
    return token


def remove_member(member: Member) -> None:
    """The member's details and devices go; their votes stay counted, and can never be linked
    to anyone again, since the salt that made their voter key goes with them."""
    group = member.group
    db.session.delete(member)
    record_event(
        "advisory_group.member_removed", f"Removed a member from {group.name}", target=group
    )


# Joining and signing in (members) ------------------------------------------------------------
def find_group_by_code(code: str) -> AdvisoryGroup | None:
    code = normalise_code(code)
    if not code:
        return None
    return db.session.scalar(select(AdvisoryGroup).where(AdvisoryGroup.join_code == code))


def join_with_code(group: AdvisoryGroup, display_name: str, age_band: str | None) -> Member:
    if group.join_code is None:
        raise JoinRefused("Joining this group with a code is turned off. Ask the group's leader.")
    member = Member(
        group_id=group.id,
        display_name=display_name,
        age_band=age_band or None,
        invite_token_hash=hash_token(secrets.token_urlsafe(24)),
        ballot_salt=secrets.token_hex(32),
    )
    db.session.add(member)
    db.session.flush()
    return member


def find_member_by_invite(token: str) -> Member | None:
    return db.session.scalar(select(Member).where(Member.invite_token_hash == hash_token(token)))


def claim_invite(member: Member, display_name: str, age_band: str | None) -> None:
    member.display_name, member.age_band = display_name, age_band or None


def sign_in_device(member: Member) -> str:
    """This phone or computer stays signed in as the member; returns the cookie's token."""
    token = secrets.token_urlsafe(32)
    db.session.add(MemberDevice(member_id=member.id, token_hash=hash_token(token)))
    return token


@dataclass(frozen=True)
class Voter:
    """What a vote needs to know about the member on this device, read in one query."""

    member_id: int
    group_id: int
    ballot_salt: str
    voice: str


_VOTER_ON_DEVICE = (
    select(Member.id, Member.group_id, Member.ballot_salt, AdvisoryGroup.kind)
    .join(MemberDevice, MemberDevice.member_id == Member.id)
    .join(AdvisoryGroup, AdvisoryGroup.id == Member.group_id)
    .where(MemberDevice.token_hash == bindparam("token_hash"))
)


def voter_on_device(token: str | None) -> Voter | None:
    """The member signed in on this device, as a voter: every vote asks, so no ORM objects."""
    if not token:
        return None
    row = db.session.execute(_VOTER_ON_DEVICE, {"token_hash": hash_token(token)}).first()
    if row is None:
        return None
    voice = "young_person" if row.kind == "young_people" else "parent_carer"
    return Voter(row.id, row.group_id, row.ballot_salt, voice)


def member_for_device(token: str | None) -> Member | None:
    """The member signed in on this device, with their group (one query: every vote asks)."""
    if not token:
        return None
    return db.session.scalar(
        select(Member)
        .join(MemberDevice)
        .where(MemberDevice.token_hash == hash_token(token))
        .options(joinedload(Member.group))
    )


def sign_out_device(token: str) -> None:
    db.session.execute(delete(MemberDevice).where(MemberDevice.token_hash == hash_token(token)))


def leave_group(member: Member) -> None:
    """The member leaves: as when an officer removes them, their votes stay counted, unlinked."""
    db.session.delete(member)


# Polls (officers) ----------------------------------------------------------------------------
def image_type(data: bytes) -> str | None:
    """The picture's type from its first bytes (PNG, JPEG or GIF), or None for anything else."""
    for signature, content_type in IMAGE_TYPES.items():
        if data.startswith(signature):
            return content_type
    return None


def _store_image(data: bytes | None) -> int | None:
    if not data:
        return None
    image = PollImage(content_type=image_type(data), data=data)
    db.session.add(image)
    db.session.flush()
    return image.id


def create_poll(group: AdvisoryGroup | None, details: PollDetails) -> Poll:
    """A poll for a group's members, or, with no group, an open quick poll for anyone."""
    poll = Poll(
        group_id=group.id if group else None,
        question=details.question,
        explanation=details.explanation or None,
        image_id=_store_image(details.image),
        image_alt=details.image_alt or None,
        max_choices=details.max_choices,
        opens_at=details.opens_at,
        closes_at=details.closes_at,
        allow_change=details.allow_change,
        results_shown=details.results_shown,
        ask_why=details.ask_why,
    )
    db.session.add(poll)
    db.session.flush()
    for position, option in enumerate(details.options, start=1):
        db.session.add(
            PollOption(
                poll_id=poll.id,
                position=position,
                text=option.text,
                image_id=_store_image(option.image),
                image_alt=option.image_alt or None,
            )
        )
    db.session.flush()
    record_event(
        "poll.created",
        f"Created the poll “{poll.question}” for {group.name if group else 'anyone'}",
        target=poll,
    )
    return poll


def close_poll(poll: Poll) -> None:
    """Close the poll now (a poll not yet open closes without ever opening)."""
    now = utcnow()
    if poll.closes_at > now:
        poll.opens_at = min(poll.opens_at, now - timedelta(seconds=1))
        poll.closes_at = now
    record_event("poll.closed", f"Closed the poll “{poll.question}”", target=poll)


# Voting --------------------------------------------------------------------------------------
def member_voter_key(poll: Poll, member: "Member | Voter") -> str:
    return _voter_key(poll, f"member:{member.ballot_salt}")


def browser_voter_key(poll: Poll, browser_id: str) -> str:
    return _voter_key(poll, f"browser:{browser_id}")


def _voter_key(poll: Poll, who: str) -> str:
    secret = current_app.config["SECRET_KEY"].encode()
    return hmac.new(secret, f"{poll.id}:{who}".encode(), hashlib.sha256).hexdigest()


def can_vote(poll: Poll, member: "Member | Voter | None") -> bool:
    """Members vote in their own group's polls; anyone votes in an open poll."""
    return poll.is_indicative or (member is not None and member.group_id == poll.group_id)


def cast_vote(
    poll: "Poll | VotingPoll",
    voter_key: str,
    option_ids: list[int],
    comment: str | None = None,
    voice: str | None = None,
) -> int:
    """Record the vote (returns the ballot's id): a new ballot, or, where the poll allows it, a
    change to this voter's ballot. Refused (VoteRefused) when the poll is not open, the choices are not the poll's,
    or the voter has voted and may not change."""
    now = utcnow()
    if not poll.is_open(now):
        raise VoteRefused(
            "This poll has closed" if poll.has_closed(now) else "This poll is not open yet"
        )
    valid_ids = poll.option_ids
    chosen = list(dict.fromkeys(option_ids))
    if not chosen:
        raise VoteRefused("Choose an answer")
    if not set(chosen) <= valid_ids:
        raise VoteRefused("Choose one of the answers on the page")
    if len(chosen) > poll.max_choices:
        raise VoteRefused(f"Choose up to {poll.max_choices} answers")

    ballot_id = db.session.execute(
        _INSERT_UNLESS_VOTED, {"poll_id": poll.id, "voter_key": voter_key, "now": now}
    ).scalar()
    if ballot_id is None:
        if not poll.allow_change:
            raise VoteRefused("You have already voted in this poll")
        # Lock this voter's ballot (PostgreSQL row lock; SQLite locks the database) before its
        # choices are replaced, so changes that arrive together are applied one after another.
        ballot_id = db.session.execute(
            update(Ballot)
            .where(Ballot.poll_id == poll.id, Ballot.voter_key == voter_key)
            .values(changed_at=now)
            .returning(Ballot.id)
        ).scalar_one()
        db.session.execute(delete(BallotChoice).where(BallotChoice.ballot_id == ballot_id))
    db.session.execute(_INSERT_CHOICE, [{"ballot_id": ballot_id, "option_id": o} for o in chosen])
    if comment and comment.strip():
        _keep_comment(poll, ballot_id, comment, voice, now)
    return ballot_id


# Written out because SQLAlchemy does not cache ON CONFLICT statements (it would compile this one
# on every vote); PostgreSQL and SQLite 3.35+ say it the same way.
_INSERT_UNLESS_VOTED = text(
    "INSERT INTO poll_ballots (poll_id, voter_key, cast_at, changed_at) "
    "VALUES (:poll_id, :voter_key, :now, :now) "
    "ON CONFLICT (poll_id, voter_key) DO NOTHING RETURNING id"
).bindparams(bindparam("now", type_=UTCDateTime()))
_INSERT_CHOICE = insert(BallotChoice.__table__)


def _keep_comment(poll, ballot_id: int, comment: str, voice: str | None, now) -> None:
    """The "tell us why" comment is feedback; a changed vote's new comment replaces the old."""
    poll = db.session.get(Poll, poll.id)
    existing = db.session.scalar(
        select(Feedback).where(
            Feedback.origin_type == "poll_ballot", Feedback.origin_id == str(ballot_id)
        )
    )
    if existing is not None:
        existing.text, existing.analysed_at = comment.strip(), None
        return
    where = poll.group.name if poll.group else "Open poll"
    record_feedback(
        source=FeedbackSource.POLL,
        origin_type="poll_ballot",
        origin_id=ballot_id,
        context=f"{where}: {poll.question}",
        text=comment,
        voice=voice,
        received_at=now,
    )


@dataclass(frozen=True)
class VotingPoll:
    """What taking a vote needs to know about a poll, read in one query."""

    id: int
    group_id: int | None
    max_choices: int
    opens_at: datetime
    closes_at: datetime
    allow_change: bool
    option_ids: frozenset[int]

    is_indicative = Poll.is_indicative
    is_open = Poll.is_open
    has_closed = Poll.has_closed


_VOTING_POLL = (
    select(
        Poll.id, Poll.group_id, Poll.max_choices, Poll.opens_at, Poll.closes_at,
        Poll.allow_change, PollOption.id.label("option_id"),
    )
    .join(PollOption, PollOption.poll_id == Poll.id)
    .where(Poll.id == bindparam("poll_id"))
)  # fmt: skip


def voting_poll(poll_id: int) -> VotingPoll | None:
    rows = db.session.execute(_VOTING_POLL, {"poll_id": poll_id}).all()
    if not rows:
        return None
    first = rows[0]
    return VotingPoll(
        first.id, first.group_id, first.max_choices, first.opens_at, first.closes_at,
        first.allow_change, frozenset(row.option_id for row in rows),
    )  # fmt: skip


def poll_with_options(poll_id: int) -> Poll | None:
    return db.session.scalar(
        select(Poll).where(Poll.id == poll_id).options(selectinload(Poll.options))
    )


def ballot_for(poll: Poll, voter_key: str) -> Ballot | None:
    return db.session.scalar(
        select(Ballot).where(Ballot.poll_id == poll.id, Ballot.voter_key == voter_key)
    )


def chosen_options(ballot: Ballot | None) -> list[int]:
    """What this voter chose (shown to them alone, so they can check or change it)."""
    if ballot is None:
        return []
    return list(
        db.session.scalars(
            select(BallotChoice.option_id).where(BallotChoice.ballot_id == ballot.id)
        )
    )


# Results -------------------------------------------------------------------------------------
def results_visible(poll: Poll, has_voted: bool, now: datetime | None = None) -> bool:
    """Whether a member (or, for an open poll, a visitor) may see the results now."""
    now = now or utcnow()
    if poll.results_shown == ResultsShown.OFFICERS_ONLY.value:
        return False
    if poll.results_shown == ResultsShown.AFTER_CLOSING.value:
        return poll.has_closed(now)
    return has_voted or poll.has_closed(now)


def poll_totals(poll: Poll) -> PollTotals:
    """Votes per option and how many people voted, counted by the database: totals only, never
    who chose what."""
    voters = db.session.scalar(
        select(func.count()).select_from(Ballot).where(Ballot.poll_id == poll.id)
    )
    counts = dict(
        db.session.execute(
            select(BallotChoice.option_id, func.count())
            .join(Ballot, Ballot.id == BallotChoice.ballot_id)
            .where(Ballot.poll_id == poll.id)
            .group_by(BallotChoice.option_id)
        ).all()
    )
    return PollTotals(
        voters=voters,
        options=[
            OptionTotal(
                option,
                counts.get(option.id, 0),
                round(100 * counts.get(option.id, 0) / voters) if voters else 0,
            )
            for option in poll.options
        ],
    )


def polls_for_member(member: Member, now: datetime | None = None) -> tuple[list, list]:
    """The member's group's polls: open now, and closed (newest first)."""
    now = now or utcnow()
    polls = db.session.scalars(
        select(Poll)
        .where(Poll.group_id == member.group_id, Poll.opens_at <= now)
        .order_by(Poll.closes_at.desc())
    ).all()
    return [p for p in polls if p.is_open(now)], [p for p in polls if p.has_closed(now)]

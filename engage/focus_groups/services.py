"""The rules of focus-group sign-up. Nothing here commits: the request (or command) does.

Places are counted by a conditional update of the session's `places_taken` ("take a place if one
is free"), which the database applies one at a time, so fifty people pressing the button at once
can never take eleven places of ten. The waiting list is the waiting sign-ups in the order the
database received them; a cancelled place goes to the first of them by another conditional
update, so two cancellations at once promote two different people.
"""

import secrets
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import func, select, update

from engage.audit.services import record_event
from engage.consultations.models import Relationship
from engage.database import utcnow
from engage.email.services import queue_email
from engage.extensions import db
from engage.focus_groups.calendar import LONDON, session_calendar
from engage.focus_groups.models import (
    ACCESS_NEED_LABELS,
    ACCESS_NEED_SUMMARY,
    FocusGroup,
    FocusGroupSession,
    SignUp,
    SignUpStatus,
)
from engage.priorities.models import Priority
from engage.tokens import hash_token


class SignUpRefused(Exception):
    """The session cannot take sign-ups (cancelled or already started); the message says why."""


@dataclass
class GroupDetails:
    topic: str
    description: str
    audiences: list[str]
    consultation_id: int | None = None
    priority_ids: list[int] = field(default_factory=list)


@dataclass
class SessionDetails:
    starts_at: datetime
    ends_at: datetime
    mode: str
    venue: str | None
    address: str | None
    accessibility: str | None
    joining_details: str | None
    places: int


@dataclass
class SignUpDetails:
    name: str
    email: str | None
    phone: str | None
    relationship: str
    contact_by: str
    access_needs: list[str]
    interpreter_language: str | None
    dietary_needs: str | None
    other_needs: str | None


# officers ------------------------------------------------------------------------------------
def _apply(group: FocusGroup, details: GroupDetails) -> None:
    group.topic, group.description = details.topic, details.description
    group.audiences = details.audiences
    group.consultation_id = details.consultation_id
    group.priorities = (
        db.session.scalars(select(Priority).where(Priority.id.in_(details.priority_ids))).all()
        if details.priority_ids
        else []
    )


def create_focus_group(details: GroupDetails) -> FocusGroup:
    group = FocusGroup()
    _apply(group, details)
    db.session.add(group)
    db.session.flush()
    record_event("focus_group.created", f"Created the focus group {group.topic}", target=group)
    return group


def update_focus_group(group: FocusGroup, details: GroupDetails) -> None:
    _apply(group, details)
    record_event("focus_group.updated", f"Changed the focus group {group.topic}", target=group)


def add_session(group: FocusGroup, details: SessionDetails) -> FocusGroupSession:
    session = FocusGroupSession(focus_group=group, **vars(details))
    db.session.add(session)
    db.session.flush()
    record_event("focus_group.session_added", f"Added a session to {group.topic}", target=session)
    return session


def upcoming_groups(now: datetime | None = None) -> list[tuple[FocusGroup, list]]:
    """Focus groups with sessions still to come, each with those sessions."""
    now = now or utcnow()
    sessions = db.session.scalars(
        select(FocusGroupSession)
        .where(FocusGroupSession.starts_at > now, FocusGroupSession.cancelled_at.is_(None))
        .order_by(FocusGroupSession.starts_at)
    ).all()
    groups: dict[int, tuple[FocusGroup, list]] = {}
    for session in sessions:
        groups.setdefault(session.focus_group_id, (session.focus_group, []))[1].append(session)
    return list(groups.values())


def access_needs_summary(session: FocusGroupSession) -> list[str]:
    """What support to book for the people with places: "2 need a BSL interpreter"."""
    counts = Counter(
        need for sign_up in session.confirmed_sign_ups for need in sign_up.access_needs
    )
    return [
        f"{counts[need]} need{'s' if counts[need] == 1 else ''} {words}"
        for need, words in ACCESS_NEED_SUMMARY.items()
        if counts[need]
    ]


def _tell_everyone(session: FocusGroupSession, template: str, purpose: str) -> int:
    """Email everyone signed up; people with a place get the updated calendar file."""
    people = session.confirmed_sign_ups + session.waiting_sign_ups
    for person in people:
        _email(
            person, template, purpose, None, calendar=person.status == SignUpStatus.CONFIRMED.value
        )
    return len(people)


def reschedule_session(session: FocusGroupSession, starts_at: datetime, ends_at: datetime) -> int:
    """Move a session and tell everyone signed up; people with a place get a calendar file that
    updates their existing event (same UID, higher SEQUENCE). Returns how many were told."""
    old_start = session.starts_at
    session.starts_at, session.ends_at = starts_at, ends_at
    session.calendar_sequence += 1
    db.session.flush()
    told = _tell_everyone(session, "focus_group_moved", "focus_group.moved")
    record_event(
        "focus_group.session_moved",
        f"Moved the {session.focus_group.topic} session from {old_start:%Y-%m-%d %H:%M} UTC; "
        f"told {told} people",
        target=session,
    )
    return told


def cancel_session(session: FocusGroupSession) -> int:
    """Cancel a session and tell everyone signed up, with a calendar file that removes the event."""
    session.cancelled_at = utcnow()
    session.calendar_sequence += 1
    db.session.flush()
    told = _tell_everyone(session, "focus_group_session_cancelled", "focus_group.session_cancelled")
    record_event(
        "focus_group.session_cancelled",
        f"Cancelled the {session.focus_group.topic} session; told {told} people",
        target=session,
    )
    return told


def record_attendance(session: FocusGroupSession, attended_ids: set[int]) -> None:
    """After the session: who came, of the people with a place (the rest did not)."""
    for person in session.confirmed_sign_ups:
        person.attended = person.id in attended_ids
    record_event(
        "focus_group.attendance",
        f"Marked attendance for the {session.focus_group.topic} session: {len(attended_ids)} came",
        target=session,
    )


EXPORT_HEADER = [
    "Name",
    "Email",
    "Phone",
    "Relationship",
    "Contact by",
    "Status",
    "Waiting list position",
    "Access needs",
    "Interpreter language",
    "Dietary needs",
    "Other needs",
    "Signed up (UK time)",
    "Attended",
]


def export_rows(session: FocusGroupSession) -> list[list]:
    """One row per sign-up, for CSV and Excel (engage.spreadsheets neutralises formulas)."""
    rows, position = [], 0
    for person in session.sign_ups:
        waiting = person.status == SignUpStatus.WAITING.value
        position += waiting
        rows.append(
            [
                person.name,
                person.email or "",
                person.phone or "",
                Relationship(person.relationship_to_send).label,
                person.contact_by,
                person.status,
                position if waiting else "",
                "; ".join(ACCESS_NEED_LABELS[need] for need in person.access_needs),
                person.interpreter_language or "",
                person.dietary_needs or "",
                person.other_needs or "",
                person.created_at.astimezone(LONDON).strftime("%Y-%m-%d %H:%M"),
                {True: "Yes", False: "No", None: ""}[person.attended],
            ]
        )
    return rows


# people signing up ---------------------------------------------------------------------------
def check_open_for_sign_up(session: FocusGroupSession) -> None:
    if session.cancelled_at is not None:
        raise SignUpRefused("This session has been cancelled.")
    if session.starts_at <= utcnow():
        raise SignUpRefused("This session has already started, so sign-up has closed.")


def _take_a_place(session_id: int) -> bool:
    """Take one place if one is free: a single statement the database applies one at a time."""
    result = db.session.execute(
        update(FocusGroupSession)
        .where(
            FocusGroupSession.id == session_id,
            FocusGroupSession.places_taken < FocusGroupSession.places,
            FocusGroupSession.cancelled_at.is_(None),
        )
        .values(places_taken=FocusGroupSession.places_taken + 1)
        .execution_options(synchronize_session=False)
    )
    return result.rowcount == 1


def _give_back_a_place(session_id: int) -> None:
    db.session.execute(
        update(FocusGroupSession)
        .where(FocusGroupSession.id == session_id, FocusGroupSession.places_taken > 0)
        .values(places_taken=FocusGroupSession.places_taken - 1)
        .execution_options(synchronize_session=False)
    )


def sign_up(session: FocusGroupSession, details: SignUpDetails) -> tuple[SignUp, str]:
    """Give the person a place if one is free, else a place on the waiting list; email them.

    Returns the sign-up and the token for their link (shown once, and emailed).
    """
    check_open_for_sign_up(session)
    confirmed = _take_a_place(session.id)
    token = secrets.token_urlsafe(24)
    now = utcnow()
    person = SignUp(
        session_id=session.id,
        name=details.name,
        email=details.email,
        phone=details.phone,
        relationship_to_send=details.relationship,
        contact_by=details.contact_by,
        access_needs=details.access_needs,
        interpreter_language=details.interpreter_language,
        dietary_needs=details.dietary_needs,
        other_needs=details.other_needs,
        status=(SignUpStatus.CONFIRMED if confirmed else SignUpStatus.WAITING).value,
        token_hash=hash_token(token),
        created_at=now,
        confirmed_at=now if confirmed else None,
    )
    db.session.add(person)
    db.session.flush()
    db.session.refresh(session)
    if confirmed:
        _email_place(person, "focus_group_confirmed", "focus_group.confirmed", token)
    else:
        _email(
            person,
            "focus_group_waiting",
            "focus_group.waiting",
            token,
            position=waiting_position(person),
        )
    return person, token


def waiting_position(person: SignUp) -> int | None:
    """1 for the first on the waiting list; None when the person is not waiting."""
    if person.status != SignUpStatus.WAITING.value:
        return None
    return db.session.scalar(
        select(func.count())
        .select_from(SignUp)
        .where(
            SignUp.session_id == person.session_id,
            SignUp.status == SignUpStatus.WAITING.value,
            SignUp.id <= person.id,
        )
    )


def find_sign_up(token: str) -> SignUp | None:
    return db.session.scalar(select(SignUp).where(SignUp.token_hash == hash_token(token)))


def cancel_sign_up(person: SignUp, token: str) -> SignUp | None:
    """Cancel a place or a place on the waiting list. A freed place goes to the first person
    waiting, who is emailed; returns them (or None). Cancelling twice changes nothing."""
    was_confirmed = _set_status(person.id, SignUpStatus.CONFIRMED, SignUpStatus.CANCELLED)
    if not was_confirmed and not _set_status(
        person.id, SignUpStatus.WAITING, SignUpStatus.CANCELLED
    ):
        return None
    db.session.refresh(person)
    _email(person, "focus_group_cancelled", "focus_group.cancelled", token)
    if not was_confirmed:
        return None
    promoted = promote_next(person.session_id)
    if promoted is None:
        _give_back_a_place(person.session_id)
    return promoted


def _set_status(sign_up_id: int, old: SignUpStatus, new: SignUpStatus) -> bool:
    """Move a sign-up from one status to another only if it is still in the old one."""
    values = {"status": new.value}
    values[f"{new.value}_at"] = utcnow()
    result = db.session.execute(
        update(SignUp)
        .where(SignUp.id == sign_up_id, SignUp.status == old.value)
        .values(**values)
        .execution_options(synchronize_session=False)
    )
    return result.rowcount == 1


def promote_next(session_id: int) -> SignUp | None:
    """Give the freed place to the first person waiting. If another cancellation promoted them
    a moment ago, the conditional update misses and the next in line is tried."""
    while True:
        first = db.session.scalar(
            select(SignUp.id)
            .where(SignUp.session_id == session_id, SignUp.status == SignUpStatus.WAITING.value)
            .order_by(SignUp.id)
            .limit(1)
        )
        if first is None:
            return None
        if _set_status(first, SignUpStatus.WAITING, SignUpStatus.CONFIRMED):
            person = db.session.get(SignUp, first)
            db.session.refresh(person)
            _email_place(person, "focus_group_promoted", "focus_group.promoted", token=None)
            return person


# reminders and data protection -----------------------------------------------------------------
def send_reminders(hours_before: int, now: datetime | None = None) -> int:
    """Queue a reminder for each person with a place in a session starting within `hours_before`.

    Each sign-up is marked by a conditional update before its email is queued, in the same
    transaction, so two runs (or two overlapping schedulers) never remind anyone twice.
    """
    now = now or utcnow()
    due = db.session.scalars(
        select(SignUp)
        .join(FocusGroupSession)
        .where(
            SignUp.status == SignUpStatus.CONFIRMED.value,
            SignUp.reminder_sent_at.is_(None),
            SignUp.email.is_not(None),
            FocusGroupSession.cancelled_at.is_(None),
            FocusGroupSession.starts_at > now,
            FocusGroupSession.starts_at <= now + timedelta(hours=hours_before),
        )
        .order_by(SignUp.id)
    ).all()
    sent = 0
    for person in due:
        claimed = db.session.execute(
            update(SignUp)
            .where(SignUp.id == person.id, SignUp.reminder_sent_at.is_(None))
            .values(reminder_sent_at=now)
            .execution_options(synchronize_session=False)
        )
        if claimed.rowcount == 1:
            _email_place(person, "focus_group_reminder", "focus_group.reminder", token=None)
            sent += 1
    return sent


def anonymise_old_sign_ups(retention_days: int, now: datetime | None = None) -> int:
    """Remove names, contact details and people's own words from sign-ups to sessions that ended
    more than `retention_days` ago. Statuses and access-need counts stay, for reporting. Safe to
    run again: sign-ups already anonymised are left alone."""
    now = now or utcnow()
    ended_sessions = select(FocusGroupSession.id).where(
        FocusGroupSession.ends_at < now - timedelta(days=retention_days)
    )
    result = db.session.execute(
        update(SignUp)
        .where(SignUp.session_id.in_(ended_sessions), SignUp.anonymised_at.is_(None))
        .values(
            name="",
            email=None,
            phone=None,
            interpreter_language=None,
            dietary_needs=None,
            other_needs=None,
            anonymised_at=now,
        )
        .execution_options(synchronize_session=False)
    )
    return result.rowcount or 0


# emails --------------------------------------------------------------------------------------
def _email(
    person: SignUp, template: str, purpose: str, token: str | None, *, calendar=False, **context
) -> None:
    """Email the person, if they gave an address (people who asked for a call or a text are on
    the officers' session page). With `calendar`, the session's .ics is attached."""
    if not person.email:
        return
    attachments = []
    if calendar:
        ics = session_calendar(person.session, include_joining_details=True)
        attachments.append(
            {
                "filename": "focus-group.ics",
                "content_type": "text/calendar",
                "content": ics.decode(),
            }
        )
    queue_email(
        person.email,
        template,
        purpose=purpose,
        attachments=attachments,
        person=person,
        session=person.session,
        group=person.session.focus_group,
        token=token,
        **context,
    )


def _email_place(person: SignUp, template: str, purpose: str, token: str | None) -> None:
    """An email about a place the person has: always with the calendar file."""
    _email(person, template, purpose, token, calendar=True)

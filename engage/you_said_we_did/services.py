"""The rules of "You said, we did": entries made from feedback, counts by voice, quotes with
personal data removed, publishing (audited) and telling the people who asked, once each.

Nothing here commits.
"""

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import extract, func, or_, select, update

from engage.accounts.models import Officer
from engage.audit.services import record_event
from engage.consultations.models import Response
from engage.database import contains_pattern, utcnow
from engage.email.services import queue_email
from engage.extensions import db
from engage.feedback.models import Feedback
from engage.feedback.services import phrases_without_personal_data, redacted_text
from engage.you_said_we_did.models import (
    Entry,
    EntryFeedback,
    EntryNotification,
    EntryUpdate,
    entry_priorities,
)

#: how each voice is counted in a sentence: (one, many)
VOICE_WORDS = {
    "parent_carer": ("parent or carer", "parents and carers"),
    "young_person": ("young person", "young people"),
    "professional": ("professional", "professionals"),
    "other": ("other person", "other people"),
    None: ("person who did not say who they are", "people who did not say who they are"),
}


class EntryRefused(Exception):
    """The change cannot be made; the message says why."""


@dataclass
class EntryDetails:
    title: str
    you_said: str
    we_did: str
    status: str
    responsible: str
    priority_ids: list[int]
    status_date: date | None = None


@dataclass
class EntryFilters:
    priority_id: int | None = None
    status: str | None = None
    year: int | None = None
    words: str = ""


# Counting and quoting ------------------------------------------------------------------------
def _voice_counts(query) -> list[tuple[str | None, int]]:
    """How many pieces came from each voice, most first (counted by the database)."""
    rows = db.session.execute(query.group_by(Feedback.voice)).all()
    order = list(VOICE_WORDS)
    return sorted(
        ((voice, count) for voice, count in rows),
        key=lambda row: (-row[1], order.index(row[0]) if row[0] in order else len(order)),
    )


def voice_counts(feedback_ids: list[int]) -> list[tuple[str | None, int]]:
    return _voice_counts(select(Feedback.voice, func.count()).where(Feedback.id.in_(feedback_ids)))


def entry_voice_counts(entry: Entry) -> list[tuple[str | None, int]]:
    return _voice_counts(
        select(Feedback.voice, func.count())
        .join(EntryFeedback, EntryFeedback.feedback_id == Feedback.id)
        .where(EntryFeedback.entry_id == entry.id)
    )


def who_told_us(counts: list[tuple[str | None, int]]) -> str:
    """ "43 parents and carers and 12 young people told us" """
    parts = [
        f"{count} {VOICE_WORDS.get(voice, VOICE_WORDS[None])[count != 1]}"
        for voice, count in counts
    ]
    if not parts:
        return "People told us"
    joined = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
    return f"{joined} told us"


def suggested_you_said(feedback_ids: list[int]) -> str:
    """A first draft of "You said" from the chosen pieces: who, and what they spoke about most."""
    phrases = Counter()
    for piece in db.session.scalars(select(Feedback).where(Feedback.id.in_(feedback_ids))):
        phrases.update(
            phrases_without_personal_data(piece.text, piece.key_phrases, piece.personal_data)
        )
    top = [phrase for phrase, _ in phrases.most_common(4)]
    about = (
        f" about {', '.join(top[:-1])} and {top[-1]}"
        if len(top) > 1
        else (f" about {top[0]}" if top else "")
    )
    return f"{who_told_us(voice_counts(feedback_ids))}{about}."


def public_quotes(entry: Entry) -> list[str]:
    """The quotes an officer chose, redacted. A piece with a possible safeguarding disclosure,
    or not analysed yet (so not checked for personal data), is never quoted in public."""
    return [
        redacted_text(link.feedback)
        for link in entry.links
        if link.quoted
        and link.feedback.analysed_at is not None
        and not link.feedback.has_safeguarding_flag
    ]


# Officers ------------------------------------------------------------------------------------
def _apply(entry: Entry, details: EntryDetails) -> None:
    from engage.priorities.models import Priority

    entry.title, entry.you_said, entry.we_did = details.title, details.you_said, details.we_did
    entry.status, entry.status_date = details.status, details.status_date
    entry.responsible = details.responsible
    entry.priorities = list(
        db.session.scalars(select(Priority).where(Priority.id.in_(details.priority_ids)))
    )


def create_entry(details: EntryDetails, feedback_ids: list[int]) -> Entry:
    """A draft entry answering the chosen pieces of feedback."""
    entry = Entry()
    _apply(entry, details)
    db.session.add(entry)
    db.session.flush()
    link_feedback(entry, feedback_ids)
    record_event("you_said_we_did.created", f"Drafted “{entry.title}”", target=entry)
    return entry


def update_entry(entry: Entry, details: EntryDetails) -> None:
    _apply(entry, details)
    record_event("you_said_we_did.changed", f"Changed “{entry.title}”", target=entry)


def link_feedback(entry: Entry, feedback_ids: list[int]) -> int:
    """Link more pieces (ones already linked are left as they are); returns how many were new."""
    linked = {link.feedback_id for link in entry.links}
    existing = set(db.session.scalars(select(Feedback.id).where(Feedback.id.in_(feedback_ids))))
    new = sorted(existing - linked)
    for feedback_id in new:
        entry.links.append(EntryFeedback(feedback_id=feedback_id))
    return len(new)


def unlink_feedback(entry: Entry, feedback_id: int) -> None:
    entry.links = [link for link in entry.links if link.feedback_id != feedback_id]


def set_quoted(entry: Entry, feedback_id: int, quoted: bool) -> None:
    for link in entry.links:
        if link.feedback_id == feedback_id:
            if quoted and link.feedback.has_safeguarding_flag:
                raise EntryRefused(
                    "Feedback with a possible safeguarding disclosure is never quoted"
                )
            link.quoted = quoted


def add_update(entry: Entry, text: str) -> EntryUpdate:
    update_row = EntryUpdate(text=text, posted_at=utcnow())
    entry.updates.append(update_row)
    record_event("you_said_we_did.update", f"Added an update to “{entry.title}”", target=entry)
    return update_row


def publish(entry: Entry, officer: Officer) -> int:
    """Publish the entry (audited) and email, once, everyone whose feedback it answers and who
    asked to hear what happened. Returns how many were emailed."""
    if not entry.links:
        raise EntryRefused("Link the feedback this entry answers before you publish it")
    published = db.session.execute(
        update(Entry)
        .where(Entry.id == entry.id, Entry.published_at.is_(None))
        .values(published_at=utcnow())
        .execution_options(synchronize_session=False)
    ).rowcount
    if not published:
        raise EntryRefused("This entry is already published")
    db.session.refresh(entry)
    told = _tell_people(entry)
    record_event(
        "you_said_we_did.published",
        f"Published “{entry.title}”; emailed {told} {'person' if told == 1 else 'people'}",
        target=entry,
        actor=officer,
    )
    return told


def unpublish(entry: Entry, officer: Officer) -> None:
    entry.published_at = None
    record_event(
        "you_said_we_did.unpublished", f"Took “{entry.title}” back to draft", target=entry,
        actor=officer,
    )  # fmt: skip


def people_to_tell(entry: Entry) -> set[str]:
    """Everyone whose linked feedback came with an email and agreement to hear what happened:
    from the public form (kept on the feedback) and from consultations (kept on the response)."""
    ids = [link.feedback_id for link in entry.links]
    emails = set(
        db.session.scalars(
            select(Feedback.contact_email).where(
                Feedback.id.in_(ids),
                Feedback.wants_updates.is_(True),
                Feedback.contact_email.is_not(None),
            )
        )
    )
    response_ids = {
        int(origin_id.split(":")[0])
        for origin_id in db.session.scalars(
            select(Feedback.origin_id).where(
                Feedback.id.in_(ids), Feedback.origin_type == "consultation_answer"
            )
        )
    }
    if response_ids:
        emails |= set(
            db.session.scalars(
                select(Response.email).where(
                    Response.id.in_(response_ids),
                    Response.wants_updates.is_(True),
                    Response.email.is_not(None),
                )
            )
        )
    return {email.lower() for email in emails if email}


def _tell_people(entry: Entry) -> int:
    already = set(
        db.session.scalars(
            select(EntryNotification.email).where(EntryNotification.entry_id == entry.id)
        )
    )
    told = 0
    for email in sorted(people_to_tell(entry) - already):
        db.session.add(EntryNotification(entry_id=entry.id, email=email))
        queue_email(email, "you_said_we_did_published", purpose="you_said_we_did", entry=entry)
        told += 1
    db.session.flush()
    return told


# The public log ------------------------------------------------------------------------------
def published_entries(filters: EntryFilters) -> list[Entry]:
    query = select(Entry).where(Entry.published_at.is_not(None))
    if filters.priority_id:
        query = query.where(
            Entry.id.in_(
                select(entry_priorities.c.entry_id).where(
                    entry_priorities.c.priority_id == filters.priority_id
                )
            )
        )
    if filters.status:
        query = query.where(Entry.status == filters.status)
    if filters.year:
        query = query.where(extract("year", Entry.published_at) == filters.year)
    for word in filters.words.split()[:8]:
        pattern = contains_pattern(word)
        query = query.where(
            or_(
                Entry.title.ilike(pattern, escape="\\"),
                Entry.you_said.ilike(pattern, escape="\\"),
                Entry.we_did.ilike(pattern, escape="\\"),
            )
        )
    return db.session.scalars(query.order_by(Entry.published_at.desc(), Entry.id.desc())).all()


def published_years() -> list[int]:
    years = db.session.scalars(
        select(extract("year", Entry.published_at))
        .where(Entry.published_at.is_not(None))
        .distinct()
    )
    return sorted({int(year) for year in years}, reverse=True)


def last_changed(entries: list[Entry]) -> datetime:
    return max((entry.updated_at for entry in entries), default=utcnow())


EXPORT_HEADER = [
    "Title", "You said", "We did", "Status", "Status date", "Responsible", "Priorities",
    "Who told us", "Published",
]  # fmt: skip


def export_rows(entries: list[Entry]) -> list[list]:
    return [
        [
            entry.title,
            entry.you_said,
            entry.we_did,
            entry.status_label,
            entry.status_date.isoformat() if entry.status_date else "",
            entry.responsible,
            "; ".join(p.label for p in entry.priorities),
            who_told_us(entry_voice_counts(entry)),
            entry.published_at.date().isoformat(),
        ]  # fmt: skip
        for entry in entries
    ]

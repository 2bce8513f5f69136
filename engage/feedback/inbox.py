"""The officers' feedback inbox: every piece from every channel, safeguarding first, filtered,
searched and counted by the database, and the tag review that teaches the engine.

Nothing here commits.
"""

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import Select, and_, exists, func, select
from sqlalchemy.orm import selectinload

from engage.accounts.models import Officer
from engage.audit.services import record_event
from engage.consultations.models import Relationship
from engage.database import contains_pattern, utcnow
from engage.extensions import db
from engage.feedback.models import Feedback, FeedbackTag, TagStatus

LONDON = ZoneInfo("Europe/London")
PAGE_SIZE = 50
#: what an officer did about a possible disclosure (in feedback and in reviews alike)
SAFEGUARDING_ACTIONS = {
    "referred": "Referred to safeguarding",
    "not_a_concern": "Not a safeguarding concern",
    "already_known": "Already known to the right people",
}
SOURCE_LABELS = {
    "consultation": "Consultation",
    "review": "Review of a service",
    "poll": "Poll comment",
    "web_form": "“Tell us what you think” form",
    "officer_notes": "Notes from a meeting",
    "import": "Imported",
}
VOICE_LABELS = {relationship.value: relationship.label for relationship in Relationship}
SENTIMENT_LABELS = {
    "negative": "Negative",
    "mixed": "Mixed",
    "neutral": "Neutral",
    "positive": "Positive",
}
FLAG_LABELS = {"safeguarding": "Possible safeguarding", "personal_data": "Personal data"}


class InboxRefused(Exception):
    """The action cannot be taken; the message says why."""


@dataclass
class InboxFilters:
    priority_id: int | None = None
    sentiment: str | None = None
    source: str | None = None
    voice: str | None = None
    received_from: date | None = None
    received_to: date | None = None
    flag: str | None = None
    not_reviewed: bool = False
    words: str = ""

    @property
    def active(self) -> bool:
        return any(
            (self.priority_id, self.sentiment, self.source, self.voice, self.received_from,
             self.received_to, self.flag, self.not_reviewed, self.words)
        )  # fmt: skip


@dataclass
class InboxPage:
    pieces: list[Feedback]
    total: int
    page: int
    pages: int
    #: how many of the matching pieces have each sentiment, for the summary above the list
    sentiments: dict[str, int] = field(default_factory=dict)


def uk_midnight(day: date) -> datetime:
    """The start of a UK day, as a moment in time."""
    return datetime.combine(day, time(0, 0), tzinfo=LONDON)


def _filtered(query: Select, filters: InboxFilters) -> Select:
    if filters.priority_id:
        query = query.where(
            exists().where(
                FeedbackTag.feedback_id == Feedback.id,
                FeedbackTag.priority_id == filters.priority_id,
                FeedbackTag.status != TagStatus.REJECTED.value,
            )
        )
    for column, value in (
        (Feedback.sentiment, filters.sentiment),
        (Feedback.source, filters.source),
        (Feedback.voice, filters.voice),
    ):
        if value:
            query = query.where(column == value)
    if filters.received_from:
        query = query.where(Feedback.received_at >= uk_midnight(filters.received_from))
    if filters.received_to:
        next_day = uk_midnight(filters.received_to + timedelta(days=1))
        query = query.where(Feedback.received_at < next_day)
    if filters.flag == "safeguarding":
        query = query.where(Feedback.has_safeguarding_flag.is_(True))
    elif filters.flag == "personal_data":
        query = query.where(Feedback.has_personal_data.is_(True))
    if filters.not_reviewed:
        query = query.where(Feedback.reviewed_at.is_(None))
    for word in filters.words.split()[:8]:
        pattern = contains_pattern(word)
        query = query.where(Feedback.text.ilike(pattern, escape="\\"))
    return query


def inbox_page(filters: InboxFilters, page: int = 1) -> InboxPage:
    """One page of matching feedback, newest first, with the total and the sentiment split
    (one counting query gives both)."""
    sentiments = dict(
        db.session.execute(
            _filtered(select(Feedback.sentiment, func.count()), filters).group_by(
                Feedback.sentiment
            )
        ).all()
    )
    total = sum(sentiments.values())
    pages = max(1, -(-total // PAGE_SIZE))
    page = min(max(page, 1), pages)
    pieces = db.session.scalars(
        _filtered(select(Feedback), filters)
        .options(selectinload(Feedback.tags))
        .order_by(Feedback.received_at.desc(), Feedback.id.desc())
        .limit(PAGE_SIZE)
        .offset((page - 1) * PAGE_SIZE)
    ).all()
    return InboxPage(pieces, total, page, pages, sentiments)


def safeguarding_to_acknowledge(limit: int = 50) -> list[Feedback]:
    """Possible disclosures nobody has acknowledged: always at the top of the inbox, whatever
    the filters, oldest first."""
    return db.session.scalars(
        select(Feedback)
        .where(
            Feedback.has_safeguarding_flag.is_(True),
            Feedback.safeguarding_acknowledged_at.is_(None),
        )
        .order_by(Feedback.received_at, Feedback.id)
        .limit(limit)
    ).all()


def safeguarding_count() -> int:
    return db.session.scalar(
        select(func.count())
        .select_from(Feedback)
        .where(
            Feedback.has_safeguarding_flag.is_(True),
            Feedback.safeguarding_acknowledged_at.is_(None),
        )
    )


def acknowledge_safeguarding(feedback: Feedback, officer: Officer, action: str) -> None:
    """An officer has read the possible disclosure and says what they did: kept on the piece
    and in the audit log."""
    if action not in SAFEGUARDING_ACTIONS:
        raise InboxRefused("Select what you did about the safeguarding concern")
    if not feedback.has_safeguarding_flag:
        raise InboxRefused("This feedback has no safeguarding flag")
    if feedback.safeguarding_acknowledged_at is not None:
        return
    feedback.safeguarding_acknowledged_at = utcnow()
    feedback.safeguarding_acknowledged_by_id = officer.id
    feedback.safeguarding_action = action
    feedback.reviewed_at = feedback.reviewed_at or feedback.safeguarding_acknowledged_at
    record_event(
        "feedback.safeguarding_acknowledged",
        f"Acknowledged a possible safeguarding disclosure ({feedback.context[:80]}): "
        f"{SAFEGUARDING_ACTIONS[action]}",
        target=feedback,
        actor=officer,
        action_taken=action,
    )


# Tag review ----------------------------------------------------------------------------------
def decide_tag(feedback_ids: list[int], priority_id: int, status: TagStatus) -> int:
    """Confirm or reject one priority for one piece or many (a suggested tag changes; a
    missing one is added as decided). These decisions are what the engine learns from.
    Returns how many pieces changed."""
    if status == TagStatus.SUGGESTED:
        raise InboxRefused("Choose confirm or reject")
    now = utcnow()
    existing = {
        tag.feedback_id: tag
        for tag in db.session.scalars(
            select(FeedbackTag).where(
                FeedbackTag.feedback_id.in_(feedback_ids), FeedbackTag.priority_id == priority_id
            )
        )
    }
    found = set(db.session.scalars(select(Feedback.id).where(Feedback.id.in_(feedback_ids))))
    for feedback_id in found:
        tag = existing.get(feedback_id)
        if tag is None:
            db.session.add(
                FeedbackTag(feedback_id=feedback_id, priority_id=priority_id, status=status.value,
                            score=None, reasons=[])
            )  # fmt: skip
        else:
            tag.status = status.value
    db.session.execute(
        Feedback.__table__.update()
        .where(and_(Feedback.id.in_(found), Feedback.reviewed_at.is_(None)))
        .values(reviewed_at=now)
    )
    return len(found)


def mark_reviewed(feedback: Feedback) -> None:
    feedback.reviewed_at = feedback.reviewed_at or utcnow()

import enum
from datetime import datetime

from sqlalchemy import CheckConstraint, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from engage.database import utcnow
from engage.extensions import db


class FeedbackSource(enum.StrEnum):
    CONSULTATION = "consultation"
    REVIEW = "review"
    POLL = "poll"
    WEB_FORM = "web_form"
    OFFICER_NOTES = "officer_notes"
    IMPORT = "import"


class Voice(enum.StrEnum):
    """Who is speaking, when they told us."""

    PARENT_CARER = "parent_carer"
    YOUNG_PERSON = "young_person"
    PROFESSIONAL = "professional"
    OTHER = "other"


SOURCE_VALUES = ", ".join(f"'{source.value}'" for source in FeedbackSource)


class Feedback(db.Model):
    """One piece of free text, kept as the person wrote it, with where it came from."""

    __tablename__ = "feedback"
    __table_args__ = (
        CheckConstraint(f"source IN ({SOURCE_VALUES})", name="source_is_known"),
        # One piece of feedback per origin: recording the same answer twice changes nothing.
        Index("uq_feedback_origin", "origin_type", "origin_id", unique=True),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    source: Mapped[str] = mapped_column(String(20), index=True)
    #: the record it came from, e.g. ("consultation_answer", "123")
    origin_type: Mapped[str] = mapped_column(String(40))
    origin_id: Mapped[str] = mapped_column(String(40))
    #: where it was said, in words, e.g. "Short breaks consultation: What should we change?"
    context: Mapped[str] = mapped_column(String(500))
    text: Mapped[str] = mapped_column(Text)
    #: Voice value, when the person told us
    voice: Mapped[str | None] = mapped_column(String(20))
    received_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    #: set by the text-analysis engine; None means "not analysed yet"
    analysed_at: Mapped[datetime | None] = mapped_column(index=True)

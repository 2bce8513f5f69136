import enum
from datetime import datetime

from sqlalchemy import (
    JSON,
    CheckConstraint,
    ForeignKey,
    Index,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

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
        # The inbox pages through everything newest first.
        Index("ix_feedback_received_id", "received_at", "id"),
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
    #: negative, neutral, positive or mixed, with a score from -1 to 1
    sentiment: Mapped[str | None] = mapped_column(String(10), index=True)
    sentiment_score: Mapped[float | None]
    key_phrases: Mapped[list] = mapped_column(JSON, default=list, server_default="[]")
    #: [{"kind", "start", "end"}]: where personal data is, to redact before anything is shown
    personal_data: Mapped[list] = mapped_column(JSON, default=list, server_default="[]")
    #: [{"start", "end", "reason"}]: possible safeguarding disclosures a person must read
    safeguarding: Mapped[list] = mapped_column(JSON, default=list, server_default="[]")
    has_safeguarding_flag: Mapped[bool] = mapped_column(
        default=False, server_default=false(), index=True
    )
    language: Mapped[str | None] = mapped_column(String(10))
    has_personal_data: Mapped[bool] = mapped_column(
        default=False, server_default=false(), index=True
    )
    #: when a person first looked at the piece (decided a tag, or marked it reviewed)
    reviewed_at: Mapped[datetime | None] = mapped_column(index=True)
    #: who acknowledged a possible safeguarding disclosure, when, and what they did
    safeguarding_acknowledged_at: Mapped[datetime | None]
    safeguarding_acknowledged_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("officers.id", ondelete="SET NULL")
    )
    safeguarding_action: Mapped[str | None] = mapped_column(String(20))
    #: for channels that ask (the public form): where to tell the person what happened, and
    #: whether they agreed to hear. Consultation responses keep theirs on the response.
    contact_email: Mapped[str | None] = mapped_column(String(254))
    wants_updates: Mapped[bool] = mapped_column(default=False, server_default=false())

    safeguarding_acknowledged_by = relationship("Officer")
    tags: Mapped[list["FeedbackTag"]] = relationship(
        back_populates="feedback", cascade="all, delete-orphan", order_by="FeedbackTag.score.desc()"
    )

    @property
    def needs_safeguarding_acknowledgement(self) -> bool:
        return self.has_safeguarding_flag and self.safeguarding_acknowledged_at is None


class TagStatus(enum.StrEnum):
    SUGGESTED = "suggested"  #: by the engine; no one has looked yet
    CONFIRMED = "confirmed"  #: an officer agreed (training data)
    REJECTED = "rejected"  #: an officer disagreed (training data)


TAG_STATUS_VALUES = ", ".join(f"'{status.value}'" for status in TagStatus)


class FeedbackTag(db.Model):
    """A priority a piece of feedback is about: suggested by the engine or decided by an officer."""

    __tablename__ = "feedback_tags"
    __table_args__ = (
        UniqueConstraint("feedback_id", "priority_id", name="uq_feedback_tags_feedback_priority"),
        CheckConstraint(f"status IN ({TAG_STATUS_VALUES})", name="status_is_known"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    feedback_id: Mapped[int] = mapped_column(
        ForeignKey("feedback.id", ondelete="CASCADE"), index=True
    )
    priority_id: Mapped[int] = mapped_column(
        ForeignKey("priorities.id", ondelete="CASCADE"), index=True
    )
    status: Mapped[str] = mapped_column(String(10), default=TagStatus.SUGGESTED.value)
    #: the engine's confidence, 0 to 1 (None when an officer added the tag)
    score: Mapped[float | None]
    #: the words that led the engine to it
    reasons: Mapped[list] = mapped_column(JSON, default=list)

    feedback: Mapped[Feedback] = relationship(back_populates="tags")

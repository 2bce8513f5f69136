"""'You said, we did': what people told us, what was done about it, and how it went.

An entry answers pieces of feedback (linked, so it can say "43 parents and 12 young people told
us..."), belongs to one or more of the strategy's priorities, and has updates over time. Drafts
are for officers; a published entry is public, and publishing it tells the people who asked to
hear, once each.
"""

import enum
from datetime import date, datetime

from sqlalchemy import (
    CheckConstraint,
    Column,
    ForeignKey,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from engage.database import utcnow
from engage.extensions import db
from engage.feedback.models import Feedback
from engage.priorities.models import Priority


class EntryStatus(enum.StrEnum):
    LISTENING = "listening"
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"

    @property
    def label(self) -> str:
        return {
            "listening": "Listening",
            "planned": "Planned",
            "in_progress": "In progress",
            "done": "Done",
        }[self]


STATUS_VALUES = ", ".join(f"'{status.value}'" for status in EntryStatus)

entry_priorities = Table(
    "you_said_we_did_priorities",
    db.metadata,
    Column("entry_id", ForeignKey("you_said_we_did.id", ondelete="CASCADE"), primary_key=True),
    Column("priority_id", ForeignKey("priorities.id", ondelete="CASCADE"), primary_key=True),
)


class Entry(db.Model):
    __tablename__ = "you_said_we_did"
    __table_args__ = (CheckConstraint(f"status IN ({STATUS_VALUES})", name="status_is_known"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    #: a short headline, e.g. "Waiting for EHC needs assessments"
    title: Mapped[str] = mapped_column(String(200))
    #: what people said, in the officer's words
    you_said: Mapped[str] = mapped_column(Text)
    #: what we did, or will do
    we_did: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20), default=EntryStatus.LISTENING.value)
    #: when it is expected (planned or in progress) or was finished (done)
    status_date: Mapped[date | None]
    #: the partner responsible: the council's SEND team, the NHS, a school ...
    responsible: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    #: None while it is a draft (officers only)
    published_at: Mapped[datetime | None] = mapped_column(index=True)

    priorities: Mapped[list[Priority]] = relationship(
        secondary=entry_priorities, order_by="Priority.position"
    )
    links: Mapped[list["EntryFeedback"]] = relationship(
        back_populates="entry", cascade="all, delete-orphan", order_by="EntryFeedback.id"
    )
    updates: Mapped[list["EntryUpdate"]] = relationship(
        back_populates="entry",
        cascade="all, delete-orphan",
        order_by="EntryUpdate.posted_at.desc()",
    )

    @property
    def is_published(self) -> bool:
        return self.published_at is not None

    @property
    def status_label(self) -> str:
        return EntryStatus(self.status).label


class EntryFeedback(db.Model):
    """A piece of feedback the entry answers; `quoted` ones are shown (redacted) in public."""

    __tablename__ = "you_said_we_did_feedback"
    __table_args__ = (UniqueConstraint("entry_id", "feedback_id", name="uq_entry_feedback"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    entry_id: Mapped[int] = mapped_column(
        ForeignKey("you_said_we_did.id", ondelete="CASCADE"), index=True
    )
    feedback_id: Mapped[int] = mapped_column(
        ForeignKey("feedback.id", ondelete="CASCADE"), index=True
    )
    quoted: Mapped[bool] = mapped_column(default=False)

    entry: Mapped[Entry] = relationship(back_populates="links")
    feedback: Mapped[Feedback] = relationship()


class EntryUpdate(db.Model):
    """News on an entry over time: "The new panel met for the first time in March"."""

    __tablename__ = "you_said_we_did_updates"

    id: Mapped[int] = mapped_column(primary_key=True)
    entry_id: Mapped[int] = mapped_column(
        ForeignKey("you_said_we_did.id", ondelete="CASCADE"), index=True
    )
    text: Mapped[str] = mapped_column(Text)
    posted_at: Mapped[datetime] = mapped_column(default=utcnow)

    entry: Mapped[Entry] = relationship(back_populates="updates")


class EntryNotification(db.Model):
    """One email per person per entry, never more: the unique key is the promise."""

    __tablename__ = "you_said_we_did_notifications"
    __table_args__ = (UniqueConstraint("entry_id", "email", name="uq_entry_notification"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("you_said_we_did.id", ondelete="CASCADE"))
    email: Mapped[str] = mapped_column(String(254))
    sent_at: Mapped[datetime] = mapped_column(default=utcnow)

import enum
from datetime import datetime

from sqlalchemy import JSON, CheckConstraint, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from engage.database import utcnow
from engage.extensions import db


class EmailStatus(enum.StrEnum):
    PENDING = "pending"  #: waiting to be sent (or to be tried again)
    SENT = "sent"  #: accepted by the mail server
    FAILED = "failed"  #: given up after the last retry; an officer can see why


STATUS_VALUES = ", ".join(f"'{status.value}'" for status in EmailStatus)


class OutboxEmail(db.Model):
    __tablename__ = "outbox_emails"
    __table_args__ = (
        CheckConstraint(f"status IN ({STATUS_VALUES})", name="status_is_known"),
        Index("ix_outbox_emails_due", "status", "next_attempt_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    to_address: Mapped[str] = mapped_column(String(254))
    subject: Mapped[str] = mapped_column(String(300))
    body_text: Mapped[str] = mapped_column(Text)
    #: [{"filename", "content_type", "content" (text)}], e.g. an .ics calendar file
    attachments: Mapped[list] = mapped_column(JSON, default=list)
    #: the same on every attempt, so a resend after a crash is recognisably the same message
    message_id: Mapped[str] = mapped_column(String(255), unique=True)
    #: what it is about, for officers and tests, e.g. "consultation.receipt"
    purpose: Mapped[str] = mapped_column(String(60), index=True)
    status: Mapped[str] = mapped_column(String(10), default=EmailStatus.PENDING.value)
    attempts: Mapped[int] = mapped_column(default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(default=utcnow)
    #: a worker that took the email holds it until then; after that another may try
    claimed_until: Mapped[datetime | None]
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    sent_at: Mapped[datetime | None]

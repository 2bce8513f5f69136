from datetime import datetime

from sqlalchemy import JSON, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from engage.accounts.models import Officer
from engage.database import utcnow
from engage.extensions import db


class AuditEvent(db.Model):
    """One officer action. Rows are only ever added, never changed or deleted."""

    __tablename__ = "audit_events"
    __table_args__ = (Index("ix_audit_events_target", "target_type", "target_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    occurred_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    #: null for actions from the command line or the system itself
    officer_id: Mapped[int | None] = mapped_column(ForeignKey("officers.id"), index=True)
    #: who it was at the time, kept even if the officer's name changes later
    actor_label: Mapped[str] = mapped_column(String(300))
    #: dotted verb, e.g. "officer.invited", "framework.imported"
    action: Mapped[str] = mapped_column(String(80), index=True)
    target_type: Mapped[str | None] = mapped_column(String(60))
    target_id: Mapped[str | None] = mapped_column(String(60))
    #: one plain-English line an admin can read in the log
    summary: Mapped[str] = mapped_column(Text)
    details: Mapped[dict] = mapped_column(JSON, default=dict)

    officer: Mapped[Officer | None] = relationship()

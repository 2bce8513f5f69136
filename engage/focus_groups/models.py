"""Focus groups, their sessions, and the people who sign up to them."""

import enum
import secrets
from datetime import datetime

from sqlalchemy import JSON, CheckConstraint, Column, ForeignKey, Index, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from engage.consultations.models import Audience, Consultation
from engage.database import utcnow
from engage.extensions import db
from engage.priorities.models import Priority


class SessionMode(enum.StrEnum):
    IN_PERSON = "in_person"
    ONLINE = "online"

    @property
    def label(self) -> str:
        return {"in_person": "In person", "online": "Online"}[self.value]


class SignUpStatus(enum.StrEnum):
    CONFIRMED = "confirmed"  #: has a place
    WAITING = "waiting"  #: on the waiting list, in order of arrival
    CANCELLED = "cancelled"  #: cancelled by the person; their place went to the next in line


class AccessNeed(enum.StrEnum):
    BSL = "bsl"
    INTERPRETER = "interpreter"
    STEP_FREE = "step_free"
    HEARING_LOOP = "hearing_loop"
    QUIET_SPACE = "quiet_space"
    CHILDCARE = "childcare"
    DIETARY = "dietary"
    OTHER = "other"

    @property
    def label(self) -> str:
        return ACCESS_NEED_LABELS[self.value]


ACCESS_NEED_LABELS = {
    "bsl": "British Sign Language (BSL) interpreter",
    "interpreter": "Spoken language interpreter",
    "step_free": "Step-free access",
    "hearing_loop": "Hearing loop",
    "quiet_space": "A quiet space",
    "childcare": "Childcare or sibling care",
    "dietary": "Dietary needs",
    "other": "Something else",
}
#: how the officers' summary names each need, e.g. "2 need a BSL interpreter"
ACCESS_NEED_SUMMARY = {
    "bsl": "a BSL interpreter",
    "interpreter": "a spoken language interpreter",
    "step_free": "step-free access",
    "hearing_loop": "a hearing loop",
    "quiet_space": "a quiet space",
    "childcare": "childcare or sibling care",
    "dietary": "dietary needs met",
    "other": "something else (see their words)",
}


def _new_uid() -> str:
    return secrets.token_hex(12)


focus_group_priorities = Table(
    "focus_group_priorities",
    db.metadata,
    Column("focus_group_id", ForeignKey("focus_groups.id", ondelete="CASCADE"), primary_key=True),
    Column("priority_id", ForeignKey("priorities.id", ondelete="CASCADE"), primary_key=True),
)


class FocusGroup(db.Model):
    __tablename__ = "focus_groups"

    id: Mapped[int] = mapped_column(primary_key=True)
    topic: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text)
    #: Audience values: who it is for
    audiences: Mapped[list[str]] = mapped_column(JSON, default=list)
    consultation_id: Mapped[int | None] = mapped_column(
        ForeignKey("consultations.id", ondelete="SET NULL")
    )
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    #: the strategy priorities it is about
    priorities: Mapped[list[Priority]] = relationship(secondary=focus_group_priorities)
    consultation: Mapped[Consultation | None] = relationship()
    sessions: Mapped[list["FocusGroupSession"]] = relationship(
        back_populates="focus_group",
        cascade="all, delete-orphan",
        order_by="FocusGroupSession.starts_at",
    )

    @property
    def audience_labels(self) -> list[str]:
        return [Audience(value).label for value in self.audiences]


class FocusGroupSession(db.Model):
    __tablename__ = "focus_group_sessions"
    __table_args__ = (
        CheckConstraint("places > 0", name="places_positive"),
        # The database refuses an overbooking, whatever the code does.
        CheckConstraint("places_taken >= 0 AND places_taken <= places", name="places_taken_fits"),
        CheckConstraint("ends_at > starts_at", name="ends_after_start"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    focus_group_id: Mapped[int] = mapped_column(
        ForeignKey("focus_groups.id", ondelete="CASCADE"), index=True
    )
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime]
    mode: Mapped[str] = mapped_column(String(20), default=SessionMode.IN_PERSON.value)
    venue: Mapped[str | None] = mapped_column(String(200))
    address: Mapped[str | None] = mapped_column(Text)
    #: step-free access, parking, toilets, quiet room: what a family needs to know before coming
    accessibility: Mapped[str | None] = mapped_column(Text)
    #: for online sessions: sent only to confirmed people, never shown on a public page
    joining_details: Mapped[str | None] = mapped_column(Text)
    places: Mapped[int]
    #: confirmed sign-ups, kept by a conditional update so two sign-ups can't take one place
    places_taken: Mapped[int] = mapped_column(default=0)
    cancelled_at: Mapped[datetime | None]
    #: the calendar event's UID: the same in every .ics for this session
    calendar_uid: Mapped[str] = mapped_column(String(40), default=_new_uid, unique=True)
    #: raised on every change people are told about (RFC 5545 SEQUENCE)
    calendar_sequence: Mapped[int] = mapped_column(default=0)

    focus_group: Mapped[FocusGroup] = relationship(back_populates="sessions")
    sign_ups: Mapped[list["SignUp"]] = relationship(
        back_populates="session", cascade="all, delete-orphan", order_by="SignUp.id"
    )

    @property
    def confirmed_sign_ups(self) -> list["SignUp"]:
        return [s for s in self.sign_ups if s.status == SignUpStatus.CONFIRMED.value]

    @property
    def waiting_sign_ups(self) -> list["SignUp"]:
        """The waiting list, in order of arrival."""
        return [s for s in self.sign_ups if s.status == SignUpStatus.WAITING.value]

    @property
    def free_places(self) -> int:
        return self.places - self.places_taken

    @property
    def mode_label(self) -> str:
        return SessionMode(self.mode).label

    @property
    def location(self) -> str:
        if self.mode == SessionMode.ONLINE.value:
            return "Online"
        return ", ".join(part for part in (self.venue, self.address) if part)


class SignUp(db.Model):
    __tablename__ = "focus_group_sign_ups"
    __table_args__ = (
        CheckConstraint("status IN ('confirmed', 'waiting', 'cancelled')", name="status_is_known"),
        CheckConstraint(
            "email IS NOT NULL OR phone IS NOT NULL OR anonymised_at IS NOT NULL",
            name="email_or_phone",
        ),
        Index("ix_focus_group_sign_ups_session_status", "session_id", "status", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("focus_group_sessions.id", ondelete="CASCADE")
    )
    name: Mapped[str] = mapped_column(String(120))
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(40))
    #: consultations' Relationship values
    relationship_to_send: Mapped[str] = mapped_column(String(20))
    #: "email", "phone" or "text"
    contact_by: Mapped[str] = mapped_column(String(10))
    #: AccessNeed values
    access_needs: Mapped[list[str]] = mapped_column(JSON, default=list)
    interpreter_language: Mapped[str | None] = mapped_column(String(80))
    dietary_needs: Mapped[str | None] = mapped_column(String(300))
    other_needs: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(10))
    #: hash of the unguessable token in the person's link to see or cancel their place
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    confirmed_at: Mapped[datetime | None]
    cancelled_at: Mapped[datetime | None]
    #: marked by an officer after the session: True came, False did not, None not marked
    attended: Mapped[bool | None]
    #: when the reminder email was queued: set once, so running the reminders twice sends one
    reminder_sent_at: Mapped[datetime | None]
    #: when the name, contact details and own words were removed, after the retention period
    anonymised_at: Mapped[datetime | None]

    session: Mapped[FocusGroupSession] = relationship(back_populates="sign_ups")

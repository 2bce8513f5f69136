"""Reviews of Local Offer services, their provider replies and the public's reports.

A review is written, its email confirmed, moderated, and only then published: ratings and
counts read published reviews alone. What the reviewer wrote is kept as written; what the public
sees is kept beside it, so a redacted review still has its original for the audit trail.
"""

import enum
from datetime import datetime

from sqlalchemy import (
    JSON,
    CheckConstraint,
    ForeignKey,
    Index,
    String,
    Text,
    false,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from engage.consultations.models import Relationship
from engage.database import utcnow
from engage.extensions import db
from engage.local_offer.models import Service


class ReviewStatus(enum.StrEnum):
    UNCONFIRMED = "unconfirmed"  #: the email link has not been followed: never shown or counted
    PENDING = "pending"  #: in the moderation queue (new, or reported after publication)
    PUBLISHED = "published"
    REJECTED = "rejected"
    REPLACED = "replaced"  #: the same person's newer review of the service took its place


class ReviewerRelationship(enum.StrEnum):
    """Who wrote a review: the consultations' relationships, less "other"."""

    PARENT_CARER = Relationship.PARENT_CARER.value
    YOUNG_PERSON = Relationship.YOUNG_PERSON.value
    PROFESSIONAL = Relationship.PROFESSIONAL.value

    @property
    def label(self) -> str:
        return Relationship(self.value).label


class RejectionReason(enum.StrEnum):
    """The review policy's reasons, in its words (templates/reviews/review_policy.html)."""

    PERSONAL_INFORMATION = "personal_information"
    NAMES_STAFF = "names_staff"
    OFFENSIVE = "offensive"
    NOT_ABOUT_SERVICE = "not_about_service"
    ADVERTISING = "advertising"
    DUPLICATE = "duplicate"
    LEGAL_CONCERN = "legal_concern"

    @property
    def label(self) -> str:
        return REJECTION_REASONS[self.value][0]

    @property
    def explanation(self) -> str:
        return REJECTION_REASONS[self.value][1]


REJECTION_REASONS = {
    "personal_information": (
        "It contains personal information",
        "Reviews must not include anything that could identify someone, such as a name, "
        "address, phone number, email address or date of birth.",
    ),
    "names_staff": (
        "It names members of staff",
        "Reviews are about services, not individual people. Please describe what happened "
        "without naming or identifying staff.",
    ),
    "offensive": (
        "It contains offensive language",
        "Reviews must not contain swearing, insults, or language that is discriminatory or "
        "likely to offend.",
    ),
    "not_about_service": (
        "It is not about this service",
        "Reviews must be about your own experience of this service. Comments about other "
        "services or wider issues can be sent to us through the contact page.",
    ),
    "advertising": (
        "It is advertising",
        "Reviews must not promote products, services or websites.",
    ),
    "duplicate": (
        "It repeats another review",
        "You can write one review of a service. If your experience has changed, update your "
        "review instead.",
    ),
    "legal_concern": (
        "It raises a legal concern",
        "Reviews must not include allegations that could be defamatory or comments about a "
        "case that is before a court or tribunal. You can raise a complaint with the service "
        "or the council instead.",
    ),
}
STATUS_VALUES = ", ".join(f"'{status.value}'" for status in ReviewStatus)
REASON_VALUES = ", ".join(f"'{reason.value}'" for reason in RejectionReason)
RATING_WORDS = {5: "Excellent", 4: "Good", 3: "OK", 2: "Poor", 1: "Very poor"}
#: the optional aspect ratings: (column, question a reviewer answers, short name in reports)
ASPECTS = [
    ("ease_rating", "How easy was it to get the service?", "Ease of getting the service"),
    ("communication_rating", "How good was their communication?", "Communication"),
    ("needs_rating", "How well did it meet your needs?", "How well it met our needs"),
    ("waiting_rating", "How did you find the waiting time?", "Waiting time"),
]


def _rating_check(column: str, optional: bool = False) -> CheckConstraint:
    condition = f"{column} BETWEEN 1 AND 5"
    if optional:
        condition = f"{column} IS NULL OR {condition}"
    return CheckConstraint(condition, name=f"{column}_is_1_to_5")


class Review(db.Model):
    __tablename__ = "reviews"
    __table_args__ = (
        CheckConstraint(f"status IN ({STATUS_VALUES})", name="status_is_known"),
        CheckConstraint(
            f"rejection_reason IS NULL OR rejection_reason IN ({REASON_VALUES})",
            name="rejection_reason_is_known",
        ),
        _rating_check("rating"),
        *(_rating_check(column, optional=True) for column, _, _ in ASPECTS),
        # The service page and its rating summary read published reviews of one service.
        Index("ix_reviews_service_status", "service_id", "status"),
        # The moderation queue: safeguarding first, then other flags, oldest first.
        Index("ix_reviews_queue", "status", "has_safeguarding_flag", "is_flagged", "confirmed_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    service_id: Mapped[int] = mapped_column(
        ForeignKey("local_offer_services.id", ondelete="CASCADE")
    )
    status: Mapped[str] = mapped_column(String(12), default=ReviewStatus.UNCONFIRMED.value)
    #: overall, 1 (very poor) to 5 (excellent)
    rating: Mapped[int]
    ease_rating: Mapped[int | None]
    communication_rating: Mapped[int | None]
    needs_rating: Mapped[int | None]
    waiting_rating: Mapped[int | None]
    #: as the reviewer wrote them; after redaction, seen only by moderators (the audit trail)
    title: Mapped[str] = mapped_column(String(120))
    body: Mapped[str] = mapped_column(Text)
    #: what the public sees, set when the review is published (redacted or as written)
    published_title: Mapped[str | None] = mapped_column(String(200))
    published_body: Mapped[str | None] = mapped_column(Text)
    was_redacted: Mapped[bool] = mapped_column(default=False, server_default=false())
    #: a ReviewerRelationship value
    relationship_to_service: Mapped[str] = mapped_column(String(20))
    #: a first name, or None for "Anonymous"
    display_name: Mapped[str | None] = mapped_column(String(60))
    #: lower-cased; for the confirmation link, the outcome, and one review per person
    email: Mapped[str | None] = mapped_column(String(254), index=True)
    confirmation_token_hash: Mapped[str | None] = mapped_column(String(64), unique=True)

    #: [{"field", "kind", "start", "end", "text", "reason"}] found when the email was confirmed
    flags: Mapped[list] = mapped_column(JSON, default=list)
    is_flagged: Mapped[bool] = mapped_column(default=False, server_default=false())
    has_safeguarding_flag: Mapped[bool] = mapped_column(default=False, server_default=false())
    safeguarding_acknowledged_at: Mapped[datetime | None]
    safeguarding_acknowledged_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("officers.id", ondelete="SET NULL")
    )
    #: what the moderator did: referred, not a concern, already known
    safeguarding_action: Mapped[str | None] = mapped_column(String(20))

    submitted_at: Mapped[datetime] = mapped_column(default=utcnow)
    confirmed_at: Mapped[datetime | None]
    published_at: Mapped[datetime | None]
    moderated_at: Mapped[datetime | None]
    moderated_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("officers.id", ondelete="SET NULL")
    )
    rejection_reason: Mapped[str | None] = mapped_column(String(30))
    #: the newer review by the same person that replaced this one
    replaced_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("reviews.id", ondelete="SET NULL")
    )

    service: Mapped[Service] = relationship()
    reply: Mapped["ReviewReply | None"] = relationship(
        back_populates="review", cascade="all, delete-orphan", uselist=False
    )
    reports: Mapped[list["ReviewReport"]] = relationship(
        back_populates="review", cascade="all, delete-orphan", order_by="ReviewReport.id"
    )
    safeguarding_acknowledged_by = relationship(
        "Officer", foreign_keys=[safeguarding_acknowledged_by_id]
    )
    moderated_by = relationship("Officer", foreign_keys=[moderated_by_id])

    @property
    def is_published(self) -> bool:
        return self.status == ReviewStatus.PUBLISHED.value

    @property
    def needs_safeguarding_acknowledgement(self) -> bool:
        return self.has_safeguarding_flag and self.safeguarding_acknowledged_at is None

    @property
    def author(self) -> str:
        return self.display_name or "Anonymous"

    @property
    def relationship_label(self) -> str:
        return ReviewerRelationship(self.relationship_to_service).label

    @property
    def rating_words(self) -> str:
        return RATING_WORDS[self.rating]

    @property
    def aspect_ratings(self) -> list[tuple[str, int]]:
        """The aspects the reviewer rated: (short name, rating)."""
        return [
            (name, getattr(self, column))
            for column, _, name in ASPECTS
            if getattr(self, column) is not None
        ]

    @property
    def open_reports(self) -> list["ReviewReport"]:
        return [report for report in self.reports if report.resolved_at is None]

    @property
    def rejection(self) -> RejectionReason | None:
        return RejectionReason(self.rejection_reason) if self.rejection_reason else None


class ReplyStatus(enum.StrEnum):
    PENDING = "pending"
    PUBLISHED = "published"
    REJECTED = "rejected"


REPLY_STATUS_VALUES = ", ".join(f"'{status.value}'" for status in ReplyStatus)


class ReviewReply(db.Model):
    """The provider's (or the council's) one reply to a review, moderated like the review."""

    __tablename__ = "review_replies"
    __table_args__ = (
        CheckConstraint(f"status IN ({REPLY_STATUS_VALUES})", name="status_is_known"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    #: unique: one reply per review
    review_id: Mapped[int] = mapped_column(
        ForeignKey("reviews.id", ondelete="CASCADE"), unique=True
    )
    #: who the reply is from, as the public sees it: the provider or the council
    responder: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(10), default=ReplyStatus.PENDING.value, index=True)
    written_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("officers.id", ondelete="SET NULL")
    )
    written_at: Mapped[datetime] = mapped_column(default=utcnow)
    moderated_at: Mapped[datetime | None]
    moderated_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("officers.id", ondelete="SET NULL")
    )
    #: why a moderator sent it back, in their words
    rejection_note: Mapped[str | None] = mapped_column(Text)

    review: Mapped[Review] = relationship(back_populates="reply")
    written_by = relationship("Officer", foreign_keys=[written_by_id])

    @property
    def is_published(self) -> bool:
        return self.status == ReplyStatus.PUBLISHED.value


class ReportReason(enum.StrEnum):
    PERSONAL_INFORMATION = "personal_information"
    OFFENSIVE = "offensive"
    NOT_ABOUT_SERVICE = "not_about_service"
    UNTRUE = "untrue"
    OTHER = "other"

    @property
    def label(self) -> str:
        return {
            "personal_information": "It contains personal information",
            "offensive": "It is offensive",
            "not_about_service": "It is not about this service",
            "untrue": "It is false or misleading",
            "other": "Another reason",
        }[self]


REPORT_REASON_VALUES = ", ".join(f"'{reason.value}'" for reason in ReportReason)


class ReviewReport(db.Model):
    """Someone told us a published review breaks the policy; it went back to the queue."""

    __tablename__ = "review_reports"
    __table_args__ = (
        CheckConstraint(f"reason IN ({REPORT_REASON_VALUES})", name="reason_is_known"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("reviews.id", ondelete="CASCADE"), index=True)
    reason: Mapped[str] = mapped_column(String(30))
    details: Mapped[str | None] = mapped_column(Text)
    reported_at: Mapped[datetime] = mapped_column(default=utcnow)
    #: when a moderator published or rejected the review again
    resolved_at: Mapped[datetime | None]

    review: Mapped[Review] = relationship(back_populates="reports")

    @property
    def reason_label(self) -> str:
        return ReportReason(self.reason).label

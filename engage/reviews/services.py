"""The rules of rate and review: writing, confirming, moderating, reporting and replying.

Every change of a review's status is a conditional update ("publish it if it is still waiting"),
so two moderators acting at once cannot both publish, or email the reviewer twice. Nothing here
commits: the request (or command) does, once.
"""

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from flask import current_app
from sqlalchemy import case, select, update

from engage.accounts.models import Officer
from engage.analysis import find_personal_data, find_safeguarding_concerns
from engage.analysis.flags import Flag
from engage.analysis.offensive import find_offensive_language
from engage.analysis.redaction import redact, split_at_flags
from engage.audit.services import record_event
from engage.database import utcnow
from engage.email.services import queue_email
from engage.extensions import db
from engage.feedback.inbox import SAFEGUARDING_ACTIONS
from engage.feedback.models import FeedbackSource, Voice
from engage.feedback.services import record_feedback
from engage.local_offer.models import Service
from engage.reviews.models import (
    RejectionReason,
    ReplyStatus,
    ReportReason,
    Review,
    ReviewReply,
    ReviewReport,
    ReviewStatus,
)
from engage.tokens import hash_token


class ModerationRefused(Exception):
    """The action cannot be taken; the message says why, in words for the moderator."""


@dataclass
class ReviewDetails:
    rating: int
    title: str
    body: str
    relationship: str
    display_name: str | None
    email: str
    ease_rating: int | None = None
    communication_rating: int | None = None
    needs_rating: int | None = None
    waiting_rating: int | None = None


# Writing and confirming ----------------------------------------------------------------------
def submit_review(service: Service, details: ReviewDetails) -> Review:
    """Keep the review, unconfirmed, and email the link that sends it for moderation."""
    token = secrets.token_urlsafe(24)
    review = Review(
        service_id=service.id,
        status=ReviewStatus.UNCONFIRMED.value,
        rating=details.rating,
        ease_rating=details.ease_rating,
        communication_rating=details.communication_rating,
        needs_rating=details.needs_rating,
        waiting_rating=details.waiting_rating,
        title=details.title,
        body=details.body,
        relationship_to_service=details.relationship,
        display_name=details.display_name or None,
        email=details.email.lower(),
        confirmation_token_hash=hash_token(token),
        submitted_at=utcnow(),
    )
    flag_review(review)
    db.session.add(review)
    db.session.flush()
    queue_email(
        review.email,
        "review_confirm",
        purpose="review.confirm",
        review=review,
        service=service,
        token=token,
        replaces=_earlier_review_by_same_person(review) is not None,
        valid_days=current_app.config["REVIEW_CONFIRMATION_DAYS"],
    )
    return review


def find_review_to_confirm(token: str) -> Review | None:
    return db.session.scalar(
        select(Review).where(Review.confirmation_token_hash == hash_token(token))
    )


def confirmation_expired(review: Review, now: datetime | None = None) -> bool:
    days = current_app.config["REVIEW_CONFIRMATION_DAYS"]
    return review.status == ReviewStatus.UNCONFIRMED.value and (
        (now or utcnow()) - review.submitted_at > timedelta(days=days)
    )


def confirm_review(review: Review) -> bool:
    """The reviewer followed their link: the review joins the moderation queue, flagged, and its
    text becomes feedback. Following the link again changes nothing. Returns whether it did."""
    now = utcnow()
    moved = db.session.execute(
        update(Review)
        .where(Review.id == review.id, Review.status == ReviewStatus.UNCONFIRMED.value)
        .values(status=ReviewStatus.PENDING.value, confirmed_at=now)
        .execution_options(synchronize_session=False)
    ).rowcount
    if not moved:
        return False
    db.session.refresh(review)
    # An unmoderated earlier review of the same service by the same person is withdrawn: this one
    # says what they think now.
    for earlier in _unmoderated_reviews_by_same_person(review):
        earlier.status = ReviewStatus.REPLACED.value
        earlier.replaced_by_id = review.id
    record_feedback(
        source=FeedbackSource.REVIEW,
        origin_type="review",
        origin_id=review.id,
        context=f"Review of {review.service.name}: {review.title}",
        text=f"{review.title}\n\n{review.body}",
        voice=Voice(review.relationship_to_service).value,
        received_at=review.submitted_at,
    )
    return True


def flag_review(review: Review) -> None:
    """Flags are found as the review arrives, so a possible safeguarding disclosure reaches a
    moderator even if the email link is never followed."""
    flags = review_flags(review.title, review.body)
    review.flags = [
        {
            "field": field,
            "kind": f.kind,
            "start": f.start,
            "end": f.end,
            "text": f.text,
            "reason": f.reason,
        }
        for field, field_flags in flags.items()
        for f in field_flags
    ]
    review.is_flagged = bool(review.flags)
    review.has_safeguarding_flag = any(f["kind"] == "safeguarding" for f in review.flags)


def review_flags(title: str, body: str) -> dict[str, list[Flag]]:
    """What a moderator must look at in each part of a review: personal data, offensive language
    and possible safeguarding disclosures, each with its span."""
    return {
        field: sorted(
            find_personal_data(text)
            + find_offensive_language(text)
            + find_safeguarding_concerns(text),
            key=lambda flag: flag.start,
        )
        for field, text in (("title", title), ("body", body))
    }


def _same_person_and_service(review: Review):
    return select(Review).where(
        Review.service_id == review.service_id,
        Review.email == review.email,
        Review.id != review.id,
    )


def _unmoderated_reviews_by_same_person(review: Review) -> list[Review]:
    return db.session.scalars(
        _same_person_and_service(review).where(
            Review.status.in_([ReviewStatus.UNCONFIRMED.value, ReviewStatus.PENDING.value]),
            Review.id < review.id,
        )
    ).all()


def _earlier_review_by_same_person(review: Review) -> Review | None:
    """The person's published review of this service within the period, which a newer one
    replaces once it is moderated."""
    since = utcnow() - timedelta(days=current_app.config["REVIEW_PERIOD_DAYS"])
    return db.session.scalar(
        _same_person_and_service(review)
        .where(Review.status == ReviewStatus.PUBLISHED.value, Review.submitted_at >= since)
        .order_by(Review.id.desc())
        .limit(1)
    )


# Moderation ----------------------------------------------------------------------------------
def moderation_queue() -> list[Review]:
    """Reviews waiting for a moderator: unacknowledged safeguarding flags first (even in a
    review whose email is not confirmed yet), then reviews with other flags or reports, then the
    rest, oldest first within each."""
    unacknowledged = case(
        (Review.has_safeguarding_flag & Review.safeguarding_acknowledged_at.is_(None), 0), else_=1
    )
    reported = select(ReviewReport.id).where(
        ReviewReport.review_id == Review.id, ReviewReport.resolved_at.is_(None)
    )
    flagged_or_reported = case((Review.is_flagged | reported.exists(), 0), else_=1)
    unconfirmed_disclosure = (Review.status == ReviewStatus.UNCONFIRMED.value) & (
        Review.has_safeguarding_flag & Review.safeguarding_acknowledged_at.is_(None)
    )
    return db.session.scalars(
        select(Review)
        .where((Review.status == ReviewStatus.PENDING.value) | unconfirmed_disclosure)
        .order_by(unacknowledged, flagged_or_reported, Review.submitted_at, Review.id)
    ).all()


def flags_by_field(review: Review) -> dict[str, list[Flag]]:
    return {
        field: [
            Flag(f["kind"], f["start"], f["end"], f["text"], f.get("reason", ""))
            for f in review.flags
            if f["field"] == field
        ]
        for field in ("title", "body")
    }


def highlighted(review: Review) -> dict[str, list[tuple[str, Flag | None]]]:
    """The title and text as pieces, flagged pieces marked, for the moderator's page."""
    flags = flags_by_field(review)
    return {
        "title": split_at_flags(review.title, flags["title"]),
        "body": split_at_flags(review.body, flags["body"]),
    }


def suggested_redaction(review: Review) -> tuple[str, str]:
    """The title and text with the personal data found in them replaced by placeholders."""
    flags = flags_by_field(review)
    return redact(review.title, flags["title"]), redact(review.body, flags["body"])


def acknowledge_safeguarding(review: Review, officer: Officer, action: str) -> None:
    """A moderator has read the possible disclosure and says what they did; who and when are
    kept on the review and in the audit log."""
    if action not in SAFEGUARDING_ACTIONS:
        raise ModerationRefused("Select what you did about the safeguarding concern")
    if not review.has_safeguarding_flag:
        raise ModerationRefused("This review has no safeguarding flag")
    if review.safeguarding_acknowledged_at is not None:
        return
    review.safeguarding_acknowledged_at = utcnow()
    review.safeguarding_acknowledged_by_id = officer.id
    review.safeguarding_action = action
    record_event(
        "review.safeguarding_acknowledged",
        f"Acknowledged a possible safeguarding disclosure in a review of {review.service.name}: "
        f"{SAFEGUARDING_ACTIONS[action]}",
        target=review,
        actor=officer,
        action_taken=action,
    )


def _leave_the_queue(review: Review, officer: Officer, **values) -> None:
    if review.status == ReviewStatus.UNCONFIRMED.value:
        raise ModerationRefused(
            "The reviewer has not confirmed their email address yet, so this review cannot be "
            "published or rejected"
        )
    if review.needs_safeguarding_acknowledgement:
        raise ModerationRefused(
            "Acknowledge the possible safeguarding disclosure before you publish or reject"
        )
    now = utcnow()
    moved = db.session.execute(
        update(Review)
        .where(Review.id == review.id, Review.status == ReviewStatus.PENDING.value)
        .values(moderated_at=now, moderated_by_id=officer.id, **values)
        .execution_options(synchronize_session=False)
    ).rowcount
    if not moved:
        raise ModerationRefused("Someone else has already moderated this review")
    # refresh first: it cascades to the reports, and would undo a change made before it
    db.session.refresh(review)
    for report in review.open_reports:
        report.resolved_at = now


def publish_review(
    review: Review, officer: Officer, title: str | None = None, body: str | None = None
) -> None:
    """Publish the review, as written, or with the moderator's redacted title and text (the
    original stays on the review for the audit trail). The same person's earlier published
    review of the service in the period is replaced by this one. The reviewer is told."""
    title = review.title if title is None else title.strip()
    body = review.body if body is None else body.strip()
    if not title or not body:
        raise ModerationRefused("A published review needs a title and some text")
    redacted = (title, body) != (review.title, review.body)
    first_time = review.published_at is None
    _leave_the_queue(
        review,
        officer,
        status=ReviewStatus.PUBLISHED.value,
        published_title=title,
        published_body=body,
        was_redacted=redacted,
        published_at=review.published_at or utcnow(),
        rejection_reason=None,
    )
    earlier = _earlier_review_by_same_person(review)
    if earlier is not None:
        earlier.status = ReviewStatus.REPLACED.value
        earlier.replaced_by_id = review.id
    record_event(
        "review.published",
        f"Published a review of {review.service.name}{' with personal data redacted' if redacted else ''}",
        target=review,
        actor=officer,
        redacted=redacted,
        original_title=review.title if redacted else None,
        original_body=review.body if redacted else None,
    )
    if first_time and review.email:
        queue_email(
            review.email,
            "review_published",
            purpose="review.published",
            review=review,
            service=review.service,
        )


def reject_review(review: Review, officer: Officer, reason: str) -> None:
    """Reject the review with a reason from the review policy; the reviewer is told why."""
    try:
        rejection = RejectionReason(reason)
    except ValueError:
        raise ModerationRefused("Select why the review breaks the review policy") from None
    _leave_the_queue(
        review, officer, status=ReviewStatus.REJECTED.value, rejection_reason=rejection.value
    )
    record_event(
        "review.rejected",
        f"Rejected a review of {review.service.name}: {rejection.label}",
        target=review,
        actor=officer,
        reason=rejection.value,
    )
    if review.email:
        queue_email(
            review.email,
            "review_rejected",
            purpose="review.rejected",
            review=review,
            service=review.service,
            rejection=rejection,
        )


def report_review(review: Review, reason: str, details: str | None) -> ReviewReport:
    """A member of the public says a published review breaks the policy: it leaves the service
    page and goes back to the moderation queue until a moderator has looked again."""
    if not review.is_published:
        raise ModerationRefused("This review is not published")
    report = ReviewReport(
        review_id=review.id, reason=ReportReason(reason).value, details=details or None
    )
    db.session.add(report)
    db.session.execute(
        update(Review)
        .where(Review.id == review.id, Review.status == ReviewStatus.PUBLISHED.value)
        .values(status=ReviewStatus.PENDING.value)
        .execution_options(synchronize_session=False)
    )
    db.session.flush()
    db.session.refresh(review)
    record_event(
        "review.reported",
        f"A review of {review.service.name} was reported: {report.reason_label}",
        target=review,
        reason=report.reason,
    )
    return report


# Replies -------------------------------------------------------------------------------------
def write_reply(review: Review, officer: Officer, responder: str, body: str) -> ReviewReply:
    """The provider's one reply (written by an officer for them); it waits for moderation. A
    reply sent back by a moderator can be changed and sent again."""
    if not review.is_published:
        raise ModerationRefused("You can reply only to a published review")
    reply = review.reply
    if reply is not None and reply.status == ReplyStatus.PUBLISHED.value:
        raise ModerationRefused("This review already has a published reply")
    if reply is None:
        reply = ReviewReply(review=review)
        db.session.add(reply)
    reply.responder, reply.body = responder, body
    reply.status, reply.written_by_id, reply.written_at = (
        ReplyStatus.PENDING.value,
        officer.id,
        utcnow(),
    )
    reply.rejection_note = None
    db.session.flush()
    record_event(
        "review.reply_written",
        f"Wrote a reply for {responder} to a review of {review.service.name}",
        target=review,
        actor=officer,
    )
    return reply


def replies_to_moderate() -> list[ReviewReply]:
    return db.session.scalars(
        select(ReviewReply)
        .where(ReviewReply.status == ReplyStatus.PENDING.value)
        .order_by(ReviewReply.written_at)
    ).all()


def _moderate_reply(reply: ReviewReply, officer: Officer, status: ReplyStatus, **values) -> None:
    moved = db.session.execute(
        update(ReviewReply)
        .where(ReviewReply.id == reply.id, ReviewReply.status == ReplyStatus.PENDING.value)
        .values(status=status.value, moderated_at=utcnow(), moderated_by_id=officer.id, **values)
        .execution_options(synchronize_session=False)
    ).rowcount
    if not moved:
        raise ModerationRefused("Someone else has already moderated this reply")
    db.session.refresh(reply)


def publish_reply(reply: ReviewReply, officer: Officer) -> None:
    """Publish the reply under the review; the reviewer is told there is one."""
    _moderate_reply(reply, officer, ReplyStatus.PUBLISHED)
    review = reply.review
    record_event(
        "review.reply_published",
        f"Published {reply.responder}'s reply to a review of {review.service.name}",
        target=review,
        actor=officer,
    )
    if review.email and review.is_published:
        queue_email(
            review.email,
            "review_reply",
            purpose="review.reply",
            review=review,
            service=review.service,
            reply=reply,
        )


def reject_reply(reply: ReviewReply, officer: Officer, note: str) -> None:
    """Send the reply back to its writer with the moderator's note."""
    if not note:
        raise ModerationRefused("Say why the reply cannot be published")
    _moderate_reply(reply, officer, ReplyStatus.REJECTED, rejection_note=note)
    record_event(
        "review.reply_rejected",
        f"Sent back {reply.responder}'s reply to a review of {reply.review.service.name}",
        target=reply.review,
        actor=officer,
    )


# Public reading ------------------------------------------------------------------------------
def published_reviews(service: Service) -> list[Review]:
    """The service's published reviews, newest first."""
    return db.session.scalars(
        select(Review)
        .where(Review.service_id == service.id, Review.status == ReviewStatus.PUBLISHED.value)
        .order_by(Review.published_at.desc(), Review.id.desc())
    ).all()


def delete_unconfirmed_reviews(now: datetime | None = None) -> int:
    """Reviews whose email was never confirmed are removed once their link has expired: they
    were never published, and they hold an email address. One with an unread safeguarding flag
    is kept until a moderator has acknowledged it."""
    days = current_app.config["REVIEW_CONFIRMATION_DAYS"]
    cutoff = (now or utcnow()) - timedelta(days=days)
    stale = db.session.scalars(
        select(Review).where(
            Review.status == ReviewStatus.UNCONFIRMED.value,
            Review.submitted_at < cutoff,
            # a possible disclosure stays until a moderator has read it
            ~(Review.has_safeguarding_flag & Review.safeguarding_acknowledged_at.is_(None)),
        )
    ).all()
    for review in stale:
        db.session.delete(review)
    return len(stale)

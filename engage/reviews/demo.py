"""Demo reviews: published ones with a rating summary and a provider's reply, and a queue for
the moderator with a flagged review and a possible safeguarding disclosure."""

from datetime import timedelta

from sqlalchemy import select

from engage.database import utcnow
from engage.extensions import db
from engage.local_offer.models import Service
from engage.reviews.models import ReplyStatus, Review, ReviewReply, ReviewStatus
from engage.reviews.services import flag_review

#: service, rating, aspects (ease, communication, needs, waiting), title, text, relationship,
#: name, days ago, status
DEMO_REVIEWS = [
    ("Saturday Club", 5, (4, 5, 5, None), "My son counts down to Saturdays",
     "The staff really get him. He has made his first real friend there and comes home "
     "talking about cooking. Getting a place took a while but it was worth the wait.",
     "parent_carer", "Claire", 200, "published"),
    ("Saturday Club", 4, (3, 4, 5, 2), "Great club, long wait for a place",
     "Once we had a place it was brilliant, but we waited nearly a year after the short "
     "breaks assessment.", "parent_carer", None, 120, "published"),
    ("Saturday Club", 5, (None, None, 5, None), "i like the cooking",
     "best bit is making pizza and my keyworker is kind", "young_person", "Jay", 40, "published"),
    ("Speech and language therapy", 2, (1, 2, 3, 1), "Good therapist, but 14 months to be seen",
     "When we finally saw the therapist she was excellent, but nobody told us anything while "
     "we waited and we chased every month.", "parent_carer", "Sam", 90, "published"),
    ("Speech and language therapy", 3, (2, 3, 3, 2), "Helpful advice for school",
     "The programme for school was useful. Sessions stopped when she turned 11.",
     "professional", None, 30, "published"),
    ("SENDIASS", 5, (5, 5, 5, 4), "They helped us through tribunal",
     "Calm, clear advice when we were at the end of our tether. We would not have got the EHC "
     "plan right without them.", "parent_carer", "Nadia", 15, "published"),
    ("Travel training", 4, (4, 4, 4, None), "I can get the tram on my own now",
     "It was scary at first. Now I go to college by myself.", "young_person", None, 10,
     "published"),
    ("Speech and language therapy", 1, (1, 1, None, 1), "Mrs Patel the SENCO says there is no help",
     "We were told to ring 07700 900982 and nobody ever answered. Our son Jack Smith is still "
     "waiting.", "parent_carer", None, 3, "pending"),
    ("Saturday Club", 3, (None, None, None, None), "It's OK",
     "Things at home are hard. Sometimes I don't feel safe at home when dad is angry.",
     "young_person", None, 1, "pending"),
]  # fmt: skip
DEMO_REPLY = (
    "Speech and language therapy",
    "NHS Blackpool",
    "Thank you for telling us, and we are sorry for the wait and the silence. Since the spring "
    "we phone every family on the waiting list every three months, and we have two more "
    "therapists starting in January.",
)


def seed_demo_reviews() -> int:
    """Adds the demo reviews once (none are added if any review exists); returns how many."""
    if db.session.scalar(select(Review.id).limit(1)) is not None:
        return 0
    services = {service.name: service for service in db.session.scalars(select(Service))}
    now = utcnow()
    added = []
    for number, row in enumerate(DEMO_REVIEWS, start=1):
        service_name, rating, aspects, title, body, relationship, name, days_ago, status = row
        service = services.get(service_name)
        if service is None:
            continue
        written = now - timedelta(days=days_ago)
        review = Review(
            service_id=service.id,
            status=status,
            rating=rating,
            ease_rating=aspects[0],
            communication_rating=aspects[1],
            needs_rating=aspects[2],
            waiting_rating=aspects[3],
            title=title,
            body=body,
            relationship_to_service=relationship,
            display_name=name,
            email=f"reviewer{number}@family.example",
            submitted_at=written,
            confirmed_at=written,
        )
        flag_review(review)
        if status == ReviewStatus.PUBLISHED.value:
            review.published_title, review.published_body = title, body
            review.published_at = review.moderated_at = written + timedelta(days=1)
        db.session.add(review)
        added.append(review)
    db.session.flush()
    service_name, responder, text = DEMO_REPLY
    answered = next((r for r in added if r.service.name == service_name and r.is_published), None)
    if answered is not None:
        db.session.add(
            ReviewReply(
                review_id=answered.id,
                responder=responder,
                body=text,
                status=ReplyStatus.PUBLISHED.value,
                moderated_at=now,
            )
        )
    return len(added)

"""Demo feedback in the inbox (one with a possible safeguarding disclosure) and a published
"You said, we did" entry answering some of it."""

from datetime import date, timedelta

from sqlalchemy import select

from engage.database import utcnow
from engage.extensions import db
from engage.feedback.models import FeedbackSource
from engage.feedback.services import record_feedback
from engage.priorities.services import active_framework
from engage.you_said_we_did import services
from engage.you_said_we_did.models import Entry

DEMO_FEEDBACK = [
    ("We waited eleven months for an EHC needs assessment and nobody told us what was happening.",
     "parent_carer", 60),
    ("The wait for the EHCP assessment was far too long; my son missed a term of support.",
     "parent_carer", 45),
    ("i waited ages for my plan and no one asked me what i wanted", "young_person", 30),
    ("SENCOs told us assessments are taking longer than the 20 weeks the law allows.",
     "professional", 20),
    ("My daughter says she does not feel safe at home when her dad has been drinking.",
     "parent_carer", 1),
]  # fmt: skip


def seed_demo_entry() -> str | None:
    """Adds the demo feedback and entry once; returns the entry's title, or None if present."""
    if db.session.scalar(select(Entry.id).limit(1)) is not None:
        return None
    framework = active_framework()
    pieces = []
    for number, (text, voice, days_ago) in enumerate(DEMO_FEEDBACK, start=1):
        pieces.append(
            record_feedback(
                source=FeedbackSource.WEB_FORM,
                origin_type="demo",
                origin_id=number,
                context="“Tell us what you think” form",
                text=text,
                voice=voice,
                received_at=utcnow() - timedelta(days=days_ago),
            )  # fmt: skip
        )
    db.session.flush()
    answered = [piece.id for piece in pieces[:4]]
    entry = services.create_entry(
        services.EntryDetails(
            title="Waiting for EHC needs assessments",
            you_said=services.suggested_you_said(answered),
            we_did="We have taken on two more educational psychologists and now write to every "
            "family at week 6 and week 12 to say where their assessment has got to.",
            status="in_progress",
            responsible="Blackpool Council SEND team",
            priority_ids=[framework.priorities[0].id] if framework else [],
            status_date=date.today() + timedelta(days=90),
        ),
        answered,
    )
    db.session.flush()
    entry.links[2].quoted = True
    services.publish(entry, None)
    services.add_update(entry, "In the last quarter, 71% of assessments finished within 20 weeks.")
    return entry.title

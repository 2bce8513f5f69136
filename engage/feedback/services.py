"""The one way feedback enters the system. Nothing here commits."""

from datetime import datetime

from engage.extensions import db
from engage.feedback.models import Feedback, FeedbackSource


def record_feedback(
    *,
    source: FeedbackSource,
    origin_type: str,
    origin_id: object,
    context: str,
    text: str,
    voice: str | None,
    received_at: datetime,
) -> Feedback | None:
    """Keep a piece of free text for analysis; blank text is not feedback and is skipped."""
    if not text or not text.strip():
        return None
    feedback = Feedback(
        source=source.value,
        origin_type=origin_type,
        origin_id=str(origin_id),
        context=context[:500],
        text=text.strip(),
        voice=voice,
        received_at=received_at,
    )
    db.session.add(feedback)
    return feedback

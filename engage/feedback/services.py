"""The one way feedback enters the system. Nothing here commits."""

from datetime import datetime

from sqlalchemy import insert

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


def record_feedback_rows(
    *,
    source: FeedbackSource,
    origin_type: str,
    voice: str | None,
    received_at: datetime,
    rows: list[dict],
) -> None:
    """Many pieces at once (rows of origin_id, context, text), in one statement."""
    rows = [row for row in rows if row["text"] and row["text"].strip()]
    if not rows:
        return
    # The table's own insert, not the ORM's bulk one: the same rows at a fraction of the cost.
    db.session.execute(
        insert(Feedback.__table__),
        [
            {
                "source": source.value,
                "origin_type": origin_type,
                "origin_id": str(row["origin_id"]),
                "context": row["context"][:500],
                "text": row["text"].strip(),
                "voice": voice,
                "received_at": received_at,
            }
            for row in rows
        ],
    )

"""The one way feedback enters the system. Nothing here commits."""

from datetime import datetime

from sqlalchemy import insert

from engage.analysis.flags import Flag
from engage.analysis.redaction import redact
from engage.extensions import db
from engage.feedback.analysis import analyse_on_arrival
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
    contact_email: str | None = None,
    wants_updates: bool = False,
) -> Feedback | None:
    """Keep a piece of free text and analyse it now; blank text is not feedback and is skipped.

    (Consultation answers come in many at a time through `record_feedback_rows`, and the
    `flask analyse --loop` worker analyses those within seconds.)
    """
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
        contact_email=contact_email,
        wants_updates=wants_updates and bool(contact_email),
    )
    db.session.add(feedback)
    analyse_on_arrival(feedback)
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


def personal_data_flags(text: str, personal_data: list[dict]) -> list[Flag]:
    """The engine's stored personal-data spans of a piece, as flags."""
    return [
        Flag(item["kind"], item["start"], item["end"], text[item["start"] : item["end"]])
        for item in personal_data
    ]


def redacted_text(feedback: Feedback) -> str:
    """The piece with every personal-data span the engine found replaced by a placeholder."""
    return redact(feedback.text, personal_data_flags(feedback.text, feedback.personal_data))


def phrases_without_personal_data(text: str, key_phrases, personal_data) -> list[str]:
    """A piece's key phrases, lower-cased, less any that hold its personal data ("ring mrs
    patel"): what may go into a draft or a summary that could be published."""
    personal = [flag.text.lower() for flag in personal_data_flags(text, personal_data)]
    return [
        phrase.lower()
        for phrase in key_phrases or []
        if not any(p in phrase.lower() or phrase.lower() in p for p in personal)
    ]

"""Themes: what people said about each priority of the strategy. How many pieces and from whom,
the sentiment split and its trend by month, the phrases people used most, and representative
quotes with personal data removed. The database does the counting.

Nothing here commits.
"""

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from sqlalchemy import extract, func, select

from engage.extensions import db
from engage.feedback.models import Feedback, FeedbackTag, TagStatus
from engage.feedback.services import phrases_without_personal_data, redacted_text
from engage.priorities.models import Framework, Priority

SENTIMENTS = ("negative", "mixed", "neutral", "positive")
#: key phrases are read from the most recent pieces only: enough to show what is said now
PHRASE_SAMPLE = 2000


@dataclass
class ThemeSummary:
    priority: Priority
    pieces: int = 0
    sentiments: dict[str | None, int] = field(default_factory=dict)

    def share(self, sentiment: str) -> int:
        return round(100 * self.sentiments.get(sentiment, 0) / self.pieces) if self.pieces else 0


@dataclass
class Theme(ThemeSummary):
    voices: list[tuple[str | None, int]] = field(default_factory=list)
    #: ("2026-11", {"negative": 12, ...}), oldest first
    months: list[tuple[str, dict[str, int]]] = field(default_factory=list)
    key_phrases: list[tuple[str, int]] = field(default_factory=list)
    quotes: list[str] = field(default_factory=list)


def _about(priority_id):
    """Pieces tagged with the priority, by the engine or an officer, and not rejected."""
    return (
        select(FeedbackTag.feedback_id)
        .where(
            FeedbackTag.priority_id == priority_id,
            FeedbackTag.status != TagStatus.REJECTED.value,
        )
        .scalar_subquery()
    )


def themes_overview(framework: Framework) -> list[ThemeSummary]:
    """Every priority with its number of pieces and sentiment split, in one query."""
    rows = db.session.execute(
        select(FeedbackTag.priority_id, Feedback.sentiment, func.count())
        .join(Feedback, Feedback.id == FeedbackTag.feedback_id)
        .where(
            FeedbackTag.priority_id.in_([p.id for p in framework.priorities]),
            FeedbackTag.status != TagStatus.REJECTED.value,
        )
        .group_by(FeedbackTag.priority_id, Feedback.sentiment)
    ).all()
    summaries = {p.id: ThemeSummary(p) for p in framework.priorities}
    for priority_id, sentiment, count in rows:
        summary = summaries[priority_id]
        summary.pieces += count
        summary.sentiments[sentiment] = count
    return list(summaries.values())


def theme(priority: Priority, with_quotes: bool = True) -> Theme:
    about = Feedback.id.in_(_about(priority.id))
    result = Theme(priority)
    for sentiment, count in db.session.execute(
        select(Feedback.sentiment, func.count()).where(about).group_by(Feedback.sentiment)
    ):
        result.sentiments[sentiment] = count
        result.pieces += count
    result.voices = sorted(
        db.session.execute(
            select(Feedback.voice, func.count()).where(about).group_by(Feedback.voice)
        ).all(),
        key=lambda row: -row[1],
    )
    year, month = extract("year", Feedback.received_at), extract("month", Feedback.received_at)
    by_month: dict[str, dict[str, int]] = defaultdict(dict)
    for y, m, sentiment, count in db.session.execute(
        select(year, month, Feedback.sentiment, func.count())
        .where(about)
        .group_by(year, month, Feedback.sentiment)
    ):
        by_month[f"{int(y)}-{int(m):02d}"][sentiment or "not_analysed"] = count
    result.months = sorted(by_month.items())[-12:]
    phrases: Counter = Counter()
    for piece in db.session.execute(
        select(Feedback.text, Feedback.key_phrases, Feedback.personal_data)
        .where(about)
        .order_by(Feedback.received_at.desc())
        .limit(PHRASE_SAMPLE)
    ):
        phrases.update(
            phrases_without_personal_data(piece.text, piece.key_phrases, piece.personal_data)
        )
    result.key_phrases = phrases.most_common(8)
    if with_quotes:
        result.quotes = representative_quotes(priority)
    return result


def representative_quotes(priority: Priority, count: int = 3) -> list[str]:
    """Pieces that say it best (confirmed by an officer first, then the engine's surest), with
    personal data removed; never a piece with a possible safeguarding disclosure."""
    pieces = db.session.scalars(
        select(Feedback)
        .join(FeedbackTag, FeedbackTag.feedback_id == Feedback.id)
        .where(
            FeedbackTag.priority_id == priority.id,
            FeedbackTag.status != TagStatus.REJECTED.value,
            Feedback.has_safeguarding_flag.is_(False),
            Feedback.analysed_at.is_not(None),
        )
        .order_by(
            (FeedbackTag.status == TagStatus.CONFIRMED.value).desc(),
            FeedbackTag.score.desc().nulls_last(),
            Feedback.received_at.desc(),
        )
        .limit(count)
    ).all()
    return [redacted_text(piece) for piece in pieces]

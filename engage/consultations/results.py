"""What people said: per-question counts, free-text answers, responses over time, exports.

Counting streams through the answers once, so a consultation with 100,000 responses is read in
batches rather than held in memory.
"""

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from zoneinfo import ZoneInfo

from sqlalchemy import func, select

from engage import spreadsheets
from engage.audit.services import record_event
from engage.consultations.models import Answer, Consultation, Question, Relationship, Response
from engage.consultations.question_types import QuestionType, describe, fixed_choices
from engage.database import utcnow
from engage.extensions import db

LONDON = ZoneInfo("Europe/London")
BATCH = 1000


@dataclass
class ChoiceCount:
    label: str
    count: int
    percent: float  #: of the people who answered the question


@dataclass
class QuestionResult:
    question: Question
    answered: int = 0
    counts: list[ChoiceCount] = field(default_factory=list)
    #: free text: (text, relationship label, submitted at), newest first
    texts: list[tuple[str, str, object]] = field(default_factory=list)


def response_count(consultation: Consultation) -> int:
    return db.session.scalar(
        select(func.count())
        .select_from(Response)
        .where(Response.consultation_id == consultation.id)
    )


def _choice_labels(question: Question) -> list[tuple[object, str]]:
    if question.kind.has_options:
        labels = [(option.id, option.label) for option in question.options]
        return labels + ([("other", "Other")] if question.allow_other else [])
    return fixed_choices(question.spec)


def question_results(
    consultation: Consultation, relationship: str | None = None
) -> list[QuestionResult]:
    """Counts for every closed question and the answers to every open one.

    `relationship` narrows the free-text answers to one kind of respondent (the counts always
    include everyone).
    """
    results = {question.id: QuestionResult(question) for question in consultation.questions}
    tallies = {question.id: Counter() for question in consultation.questions}
    rows = db.session.execute(
        select(
            Answer.question_id,
            Answer.value,
            Response.respondent_relationship,
            Response.submitted_at,
        )
        .join(Response, Answer.response_id == Response.id)
        .where(Response.consultation_id == consultation.id)
        .order_by(Response.submitted_at.desc())
        .execution_options(yield_per=BATCH)
    )
    for question_id, value, respondent, submitted_at in rows:
        result = results.get(question_id)
        if result is None or value is None:
            continue
        result.answered += 1
        kind = result.question.kind
        if kind.is_free_text:
            if relationship is None or respondent == relationship:
                label = Relationship(respondent).label if respondent else "Not said"
                result.texts.append((value, label, submitted_at))
        elif kind == QuestionType.MULTIPLE_CHOICE:
            tallies[question_id].update(value)
        elif kind == QuestionType.SINGLE_CHOICE:
            tallies[question_id][value.get("option", "other")] += 1
        elif kind == QuestionType.DATE:
            tallies[question_id][value[:7]] += 1
        else:
            tallies[question_id][value] += 1
    for question_id, result in results.items():
        tally = tallies[question_id]
        if result.question.kind == QuestionType.DATE:
            labels = [
                (month, date.fromisoformat(month + "-01").strftime("%B %Y"))
                for month in sorted(tally)
            ]
        else:
            labels = _choice_labels(result.question)
        if not result.question.kind.is_free_text:
            result.counts = [
                ChoiceCount(
                    label,
                    tally[key],
                    round(100 * tally[key] / result.answered, 1) if result.answered else 0.0,
                )
                for key, label in labels
            ]
    return [results[question.id] for question in consultation.questions]


def responses_by_day(consultation: Consultation) -> list[tuple[date, int]]:
    """How many responses arrived each day (UK dates), for the "over time" table."""
    counts = Counter()
    moments = db.session.scalars(
        select(Response.submitted_at)
        .where(Response.consultation_id == consultation.id)
        .execution_options(yield_per=BATCH)
    )
    for moment in moments:
        counts[moment.astimezone(LONDON).date()] += 1
    return sorted(counts.items())


def publish_results(consultation: Consultation, summary: str) -> None:
    """Show a results summary on the public page; only once the consultation has closed."""
    if consultation.closes_at is None or consultation.closes_at > utcnow():
        raise ValueError("You can publish results once the consultation has closed")
    consultation.results_summary = summary
    first_time = consultation.results_published_at is None
    consultation.results_published_at = consultation.results_published_at or utcnow()
    record_event(
        "consultation.results_published" if first_time else "consultation.results_updated",
        f"{'Published' if first_time else 'Updated'} the results of {consultation.title}",
        target=consultation,
    )


# Exports ---------------------------------------------------------------------------------------


def export_header(consultation: Consultation) -> list[str]:
    return [
        "Reference",
        "Submitted (UK time)",
        "Channel",
        "Respondent",
        "Email",
        "Wants a receipt",
        "Wants updates",
        *[
            f"Q{number}. {question.text}"
            for number, question in enumerate(consultation.questions, start=1)
        ],
    ]


def export_rows(consultation: Consultation) -> Iterator[list]:
    """One row per response, one column per question, read in batches.

    Plain rows rather than ORM objects: an export reads every answer once, so building and then
    forgetting 1.1 million objects for 100,000 responses would be most of its time and memory.
    """
    questions = consultation.questions
    specs = {question.id: question.spec for question in questions}
    labels = {relationship.value: relationship.label for relationship in Relationship}
    responses = db.session.execute(
        select(
            Response.id,
            Response.reference,
            Response.submitted_at,
            Response.channel,
            Response.respondent_relationship,
            Response.email,
            Response.wants_receipt,
            Response.wants_updates,
        )
        .where(Response.consultation_id == consultation.id)
        .order_by(Response.submitted_at, Response.id)
        .execution_options(yield_per=BATCH)
    )
    for batch in responses.partitions():
        answers: dict[int, dict[int, object]] = {row.id: {} for row in batch}
        for response_id, question_id, value in db.session.execute(
            select(Answer.response_id, Answer.question_id, Answer.value).where(
                Answer.response_id.in_(list(answers))
            )
        ):
            answers[response_id][question_id] = value
        for row in batch:
            given = answers[row.id]
            yield [
                row.reference,
                row.submitted_at.astimezone(LONDON).strftime("%Y-%m-%d %H:%M"),
                row.channel,
                labels.get(row.respondent_relationship, ""),
                row.email or "",
                "Yes" if row.wants_receipt else "No",
                "Yes" if row.wants_updates else "No",
                *[
                    describe(given[question.id], specs[question.id])
                    if given.get(question.id) is not None
                    else ""
                    for question in questions
                ],
            ]


def csv_chunks(consultation: Consultation) -> Iterator[str]:
    return spreadsheets.csv_chunks(export_header(consultation), export_rows(consultation))


def excel_file(consultation: Consultation):
    """The responses as an .xlsx in a temporary file."""
    return spreadsheets.excel_file(
        "Responses", export_header(consultation), export_rows(consultation)
    )

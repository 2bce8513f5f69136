"""People answer a consultation: drafts, save and return, check answers, submit. No commits here.

A respondent's answers live in a Draft until they submit. The draft's key is kept in their
session; a save-and-return link (long token) and a short code let them come back on any device
until the draft expires. Submitting turns the draft into a Response in one transaction; the
response carries the draft's key hash under a unique constraint, so a double click, a refresh or
the back button can never record two responses.
"""

import json
import secrets
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from flask import current_app
from sqlalchemy import bindparam, delete, insert, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import load_only

from engage.audit.services import record_event
from engage.consultations.models import (
    Answer,
    Channel,
    Consultation,
    Draft,
    Question,
    Response,
    Section,
)
from engage.consultations.question_types import OTHER, AnswerError, QuestionType, clean, describe
from engage.database import utcnow
from engage.email.services import queue_email
from engage.extensions import db
from engage.feedback.models import FeedbackSource
from engage.feedback.services import record_feedback_rows
from engage.tokens import hash_token

REFERENCE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: easy to read out


class NotAcceptingResponses(Exception):
    """The consultation is not open; the message says so plainly."""


def _random_code(length: int) -> str:
    return "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(length))


def format_code(code: str) -> str:
    return f"{code[:4]}-{code[4:]}"


def normalise_code(code: str) -> str:
    return "".join(character for character in code.upper() if character.isalnum())


def check_open(consultation: Consultation) -> None:
    status = consultation.status
    if status.value == "open":
        return
    if status.value in ("draft", "scheduled"):
        raise NotAcceptingResponses("This consultation is not open yet.")
    raise NotAcceptingResponses(
        "This consultation has closed. We are no longer accepting responses."
    )


def draft_lifetime() -> timedelta:
    return timedelta(days=current_app.config["CONSULTATION_DRAFT_DAYS"])


def start_draft(consultation: Consultation) -> tuple[Draft, str]:
    """A new, empty draft and the key to keep in the respondent's session."""
    check_open(consultation)
    key = secrets.token_urlsafe(32)
    draft = Draft(
        consultation_id=consultation.id,
        key_hash=hash_token(key),
        answers={},
        about_you={},
        expires_at=utcnow() + draft_lifetime(),
    )
    db.session.add(draft)
    db.session.flush()
    return draft, key


def find_draft(consultation: Consultation, key: str | None) -> Draft | None:
    """The respondent's draft, if it exists and has not expired."""
    if not key:
        return None
    draft = db.session.scalar(
        select(Draft).where(
            Draft.key_hash == hash_token(key), Draft.consultation_id == consultation.id
        )
    )
    if draft is None or draft.expires_at <= utcnow():
        return None
    return draft


# Built once: the busiest read in the service, and only the columns a submit needs (anything else
# is loaded if a page asks for it).
_CONSULTATION_AND_DRAFT = (
    select(Consultation, Draft)
    .join(Draft, Draft.consultation_id == Consultation.id)
    .where(Consultation.slug == bindparam("slug"), Draft.key_hash == bindparam("key_hash"))
    .options(
        load_only(
            Consultation.slug,
            Consultation.title,
            Consultation.opens_at,
            Consultation.closes_at,
            Consultation.results_published_at,
            Consultation.structure_token,
        ),
        load_only(Draft.key_hash, Draft.answers, Draft.about_you, Draft.expires_at),
    )
)


def consultation_and_draft(slug: str, key: str | None) -> tuple[Consultation | None, Draft | None]:
    """Both at once when the draft exists (the usual case when submitting)."""
    if key:
        row = db.session.execute(
            _CONSULTATION_AND_DRAFT, {"slug": slug, "key_hash": hash_token(key)}
        ).first()
        if row is not None:
            consultation, draft = row
            return consultation, (draft if draft.expires_at > utcnow() else None)
    return db.session.scalar(select(Consultation).where(Consultation.slug == slug)), None


@dataclass
class SectionResult:
    answers: dict[str, object]  # question id (as text) -> cleaned value
    errors: dict[str, str]  # field name -> message


def clean_section(section: Section, form_data, *, require_answers: bool = True) -> SectionResult:
    """Check one page of answers. `form_data` is the request's form (a MultiDict)."""
    answers, errors = {}, {}
    for question in section.questions:
        raw = _raw_answer(question, form_data)
        other_text = form_data.get(f"{question.field_name}-other")
        spec = question.spec
        if not require_answers:
            spec = type(spec)(**{**vars(spec), "required": False})
        try:
            answers[str(question.id)] = clean(raw, spec, other_text)
        except AnswerError as error:
            errors[question.field_name] = str(error)
    return SectionResult(answers, errors)


def _raw_answer(question: Question, form_data):
    name = question.field_name
    if question.kind.value == "multiple_choice":
        return form_data.getlist(name)
    if question.kind.value == "date":
        return {part: form_data.get(f"{name}-{part}", "") for part in ("day", "month", "year")}
    return form_data.get(name)


def field_state(question, stored, form=None) -> dict:
    """What to show in a question's inputs: what was just sent, or what was saved."""
    name = question.field_name
    if form is not None:
        return {
            "value": form.get(name, ""),
            "values": form.getlist(name),
            "other": form.get(f"{name}-other", ""),
            "date": {part: form.get(f"{name}-{part}", "") for part in ("day", "month", "year")},
        }
    state = {"value": "", "values": [], "other": "", "date": {"day": "", "month": "", "year": ""}}
    if stored is None:
        return state
    kind = question.kind.value
    if kind == "single_choice":
        state["value"] = OTHER if "other" in stored else str(stored["option"])
        state["other"] = stored.get("other", "")
    elif kind == "multiple_choice":
        state["values"] = [str(option) for option in stored]
    elif kind == "date":
        day = date.fromisoformat(stored)
        state["date"] = {"day": str(day.day), "month": str(day.month), "year": str(day.year)}
    else:
        state["value"] = str(stored).lower() if isinstance(stored, bool) else str(stored)
    return state


def save_section(draft: Draft, result: SectionResult) -> None:
    """Keep a page's answers in the draft (also partial ones, when saving to come back later)."""
    draft.answers = {**draft.answers, **result.answers}
    draft.expires_at = utcnow() + draft_lifetime()


def save_about_you(draft: Draft, about_you: dict) -> None:
    draft.about_you = about_you
    draft.expires_at = utcnow() + draft_lifetime()


def issue_resume_code(draft: Draft) -> tuple[str, str]:
    """A new save-and-return link token and short code (any older ones stop working)."""
    token = secrets.token_urlsafe(32)
    code = _random_code(8)
    draft.resume_token_hash = hash_token(token)
    draft.resume_code_hash = hash_token(code)
    draft.expires_at = utcnow() + draft_lifetime()
    return token, format_code(code)


def resume_draft(
    consultation: Consultation, *, token: str | None = None, code: str | None = None
) -> tuple[Draft, str] | None:
    """The draft a link or code belongs to, with a fresh session key (the old one is retired)."""
    if token:
        condition = Draft.resume_token_hash == hash_token(token)
    elif code and len(normalise_code(code)) == 8:
        condition = Draft.resume_code_hash == hash_token(normalise_code(code))
    else:
        return None
    draft = db.session.scalar(
        select(Draft).where(condition, Draft.consultation_id == consultation.id)
    )
    if draft is None or draft.expires_at <= utcnow():
        return None
    key = secrets.token_urlsafe(32)
    draft.key_hash = hash_token(key)
    draft.expires_at = utcnow() + draft_lifetime()
    return draft, key


def submitted_reference_for(key: str | None) -> str | None:
    """The reference of the response already made from this session's draft key."""
    if not key:
        return None
    return db.session.scalar(
        select(Response.reference).where(Response.submission_key == hash_token(key))
    )


@dataclass(frozen=True)
class QuestionSummary:
    """What submitting needs to know about a question, without loading the whole consultation."""

    id: int
    page: int  #: 1-based page number
    required: bool
    kind: QuestionType
    text: str


_question_indexes: dict[tuple[int, str], list["QuestionSummary"]] = {}


def question_index(consultation: Consultation) -> list[QuestionSummary]:
    """Every question of a consultation in page order.

    Kept per process for each version of the consultation's structure: the builder gives it a
    new random `structure_token` on every change to pages or questions, so a cached index is
    never stale.
    """
    cache_key = (consultation.id, consultation.structure_token)
    if cache_key not in _question_indexes:
        if len(_question_indexes) > 256:
            _question_indexes.clear()
        _question_indexes[cache_key] = _load_question_index(consultation)
    return _question_indexes[cache_key]


def _load_question_index(consultation: Consultation) -> list[QuestionSummary]:
    rows = db.session.execute(
        select(Question.id, Section.position, Question.required, Question.type, Question.text)
        .join(Section, Question.section_id == Section.id)
        .where(Section.consultation_id == consultation.id)
        .order_by(Section.position, Question.position)
    ).all()
    pages = {
        position: number
        for number, position in enumerate(sorted({row[1] for row in rows}), start=1)
    }
    return [
        QuestionSummary(id, pages[position], required, QuestionType(kind), text)
        for id, position, required, kind, text in rows
    ]


def first_missing_page(questions: list[QuestionSummary], draft: Draft) -> int | None:
    """The first page with a required question that has no answer yet."""
    for question in questions:
        if question.required and draft.answers.get(str(question.id)) is None:
            return question.page
    return None


def submit_draft(consultation: Consultation, draft: Draft, questions: list[QuestionSummary]) -> str:
    """Turn a complete draft into a response, and return its reference.

    Written with a few bulk statements rather than object by object: this is the busiest write in
    the service. The response's unique submission key refuses a second response from one draft.
    """
    check_open(consultation)
    about = draft.about_you or {}
    known = {question.id for question in questions}
    answers = {
        int(question_id): value
        for question_id, value in draft.answers.items()
        if value is not None and int(question_id) in known
    }
    reference = new_reference()
    fields = dict(
        reference=reference,
        submission_key=draft.key_hash,
        channel=Channel.ONLINE.value,
        respondent_relationship=about.get("relationship") or None,
        email=about.get("email") or None,
        wants_receipt=bool(about.get("wants_receipt")),
        wants_updates=bool(about.get("wants_updates")),
    )
    if db.session.get_bind().dialect.name == "postgresql":
        _submit_in_one_statement(consultation, questions, answers, draft, **fields)
    else:
        write_response(consultation, questions, answers, **fields)
        db.session.execute(delete(Draft.__table__).where(Draft.__table__.c.id == draft.id))
    db.session.expunge(draft)
    if about.get("wants_receipt") and about.get("email"):
        queue_receipt(consultation, reference, about["email"], answers)
    return reference


# PostgreSQL runs every part of a WITH query that changes data, exactly once, in one round trip:
# the response, its answers and feedback go in and the spent draft goes out together. (SQLite
# cannot put INSERT in a WITH, so there the same rows are written by write_response.)
_SUBMIT_IN_ONE_STATEMENT = text(
    """
    WITH new_response AS (
        INSERT INTO consultation_responses (consultation_id, reference, submission_key, channel,
            relationship, email, wants_receipt, wants_updates, submitted_at)
        VALUES (:consultation_id, :reference, :submission_key, :channel, :relationship, :email,
            :wants_receipt, :wants_updates, :submitted_at)
        RETURNING id
    ), new_answers AS (
        INSERT INTO consultation_answers (response_id, question_id, value)
        SELECT new_response.id, item.question_id, item.value
        FROM new_response, json_to_recordset(CAST(:answers AS json))
            AS item(question_id integer, value json)
    ), new_feedback AS (
        INSERT INTO feedback (source, origin_type, origin_id, context, text, voice, received_at)
        SELECT :source, 'consultation_answer', new_response.id || ':' || item.question_id,
            item.context, item.text, :relationship, :submitted_at
        FROM new_response, json_to_recordset(CAST(:feedback AS json))
            AS item(question_id integer, context text, text text)
    ), spent_draft AS (
        DELETE FROM consultation_drafts WHERE id = :draft_id
    )
    SELECT id FROM new_response
    """
)


def _free_text_answers(consultation, questions, answers: dict[int, object]) -> list[dict]:
    """The answers people wrote in their own words, each with where it was said."""
    by_id = {question.id: question for question in questions}
    return [
        {
            "question_id": question_id,
            "context": f"{consultation.title}: {by_id[question_id].text}"[:500],
            "text": text.strip(),
        }
        for question_id, value in answers.items()
        if (text := free_text_of(by_id[question_id].kind, value)) and text.strip()
    ]


def _submit_in_one_statement(consultation, questions, answers, draft, **fields) -> int:
    feedback = _free_text_answers(consultation, questions, answers)
    return db.session.execute(
        _SUBMIT_IN_ONE_STATEMENT,
        {
            "consultation_id": consultation.id,
            "reference": fields["reference"],
            "submission_key": fields["submission_key"],
            "channel": fields["channel"],
            "relationship": fields["respondent_relationship"],
            "email": fields["email"],
            "wants_receipt": fields["wants_receipt"],
            "wants_updates": fields["wants_updates"],
            "submitted_at": utcnow(),
            "answers": json.dumps([{"question_id": q, "value": v} for q, v in answers.items()]),
            "feedback": json.dumps(feedback),
            "source": FeedbackSource.CONSULTATION.value,
            "draft_id": draft.id,
        },
    ).scalar_one()


def write_response(
    consultation,
    questions,
    answers: dict[int, object],
    submitted_at: datetime | None = None,
    **fields,
) -> int:
    """Insert a response, its answers and its feedback; returns the response's id."""
    submitted_at = submitted_at or utcnow()
    # Core inserts on the tables (not the ORM's bulk path): the busiest write on SQLite.
    columns = {
        ("relationship" if name == "respondent_relationship" else name): value
        for name, value in fields.items()
    }
    response_id = db.session.execute(
        insert(Response.__table__)
        .values(consultation_id=consultation.id, submitted_at=submitted_at, **columns)
        .returning(Response.__table__.c.id)
    ).scalar_one()
    if not answers:
        return response_id
    db.session.execute(
        insert(Answer.__table__),
        [
            {"response_id": response_id, "question_id": question_id, "value": value}
            for question_id, value in answers.items()
        ],
    )
    feedback = [
        # "response:question" names the answer without waiting for the answer's id
        {**row, "origin_id": f"{response_id}:{row['question_id']}"}
        for row in _free_text_answers(consultation, questions, answers)
    ]
    record_feedback_rows(
        source=FeedbackSource.CONSULTATION,
        origin_type="consultation_answer",
        voice=fields.get("respondent_relationship"),
        received_at=submitted_at,
        rows=feedback,
    )
    return response_id


def free_text_of(kind: QuestionType, value) -> str | None:
    """What a person wrote in their own words: a text answer, or "Other, please say"."""
    if kind.is_free_text:
        return value
    if isinstance(value, dict):
        return value.get("other")
    return None


def queue_receipt(
    consultation: Consultation, reference: str, email: str, answers: dict[int, object]
) -> None:
    """The person's answers by email, sent after the response is committed."""
    lines = [
        (question.text, describe(answers.get(question.id), question.spec))
        for question in consultation.questions
    ]
    queue_email(
        email,
        "consultation_receipt",
        purpose="consultation.receipt",
        consultation=consultation,
        reference=reference,
        answers=lines,
    )


def email_resume_link(draft: Draft, link: str, code: str) -> bool:
    """Email the save-and-return link, if the person gave an email and asked for it."""
    about = draft.about_you or {}
    if not (about.get("email") and about.get("wants_resume_link")):
        return False
    queue_email(
        about["email"],
        "consultation_resume_link",
        purpose="consultation.resume_link",
        consultation=draft.consultation,
        link=link,
        code=code,
        expires_at=draft.expires_at,
    )
    return True


def submit_or_find(
    consultation: Consultation,
    draft: Draft | None,
    key: str,
    questions: list[QuestionSummary] | None = None,
) -> str | None:
    """Submit once and return the reference; a second submit gets the first one's reference."""
    if draft is None:
        return submitted_reference_for(key)
    questions = questions if questions is not None else question_index(consultation)
    try:
        return submit_draft(consultation, draft, questions)
    except IntegrityError:
        # Another request submitted this draft first: nothing else is in this transaction.
        db.session.rollback()
        existing = submitted_reference_for(key)
        if existing is not None:
            return existing
        # Not a double submit: the random reference collided (about 1 in 10^12). Try again.
        return submit_draft(consultation, _reload_draft(consultation, key), questions)


def enter_response(
    consultation: Consultation, answers: dict, *, channel: str, relationship: str | None, officer
) -> str:
    """An officer types in a response given another way; it is recorded with its channel."""
    reference = new_reference()
    response_id = write_response(
        consultation,
        question_index(consultation),
        {int(question_id): value for question_id, value in answers.items() if value is not None},
        reference=reference,
        channel=channel,
        respondent_relationship=relationship,
        entered_by_id=officer.id,
    )
    record_event(
        "consultation.response_entered",
        f"Entered a {Channel(channel).label.lower()} response ({reference}) to {consultation.title}",
        target_type="Response",
        target_id=response_id,
    )
    return reference


def _reload_draft(consultation: Consultation, key: str) -> Draft:
    draft = find_draft(consultation, key)
    if draft is None:
        raise LookupError("the draft disappeared while it was being submitted")
    return draft


def new_reference() -> str:
    """A random reference; the unique constraint catches the (vanishingly rare) repeat."""
    return f"ENG-{format_code(_random_code(8))}"


def delete_expired_drafts(now: datetime | None = None) -> int:
    """Drafts past their expiry are deleted, never counted. Returns how many."""
    result = db.session.execute(delete(Draft).where(Draft.expires_at <= (now or utcnow())))
    return result.rowcount or 0

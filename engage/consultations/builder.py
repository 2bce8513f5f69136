"""Officers build consultations: details, sections, questions and options. Nothing here commits.

Once people have responded, changes that would orphan their answers (deleting a question or an
option, changing a question's type) are refused with the reason; wording fixes are allowed and
audited.
"""

import re
import secrets
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import exists, select

from engage.audit.services import record_event
from engage.consultations.models import (
    Answer,
    Consultation,
    Question,
    QuestionOption,
    Response,
    Section,
)
from engage.consultations.question_types import MAX_LONG_TEXT_LIMIT, QuestionType
from engage.extensions import db
from engage.priorities.models import Priority


class BuilderError(ValueError):
    """A change the builder refuses; the message says why and what to do instead."""

    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.field = field


@dataclass
class ConsultationDetails:
    title: str
    summary: str
    easy_read_summary: str | None
    audiences: list[str]
    opens_at: datetime | None
    closes_at: datetime | None
    minutes_to_complete: int
    privacy_statement: str
    contact_name: str
    contact_email: str


@dataclass
class QuestionDetails:
    type: QuestionType
    text: str
    hint: str | None
    required: bool
    options: list[str]
    allow_other: bool
    max_choices: int | None
    max_length: int | None
    priority_ids: list[int]


def slug_for(title: str) -> str:
    """A readable, unique address from the title: "Short breaks review" -> short-breaks-review."""
    base = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:60].strip("-") or "consultation"
    slug, number = base, 2
    while db.session.scalar(select(exists().where(Consultation.slug == slug))):
        slug, number = f"{base}-{number}", number + 1
    return slug


def has_responses(consultation: Consultation) -> bool:
    return db.session.scalar(select(exists().where(Response.consultation_id == consultation.id)))


def _question_has_answers(question: Question) -> bool:
    return db.session.scalar(select(exists().where(Answer.question_id == question.id)))


def _check_dates(details: ConsultationDetails) -> None:
    if (details.opens_at is None) != (details.closes_at is None):
        raise BuilderError("Enter both an opening and a closing date, or neither", "closes_on")
    if details.opens_at and details.closes_at <= details.opens_at:
        raise BuilderError("The closing date must be after the opening date", "closes_on")


def create_consultation(details: ConsultationDetails) -> Consultation:
    _check_dates(details)
    consultation = Consultation(slug=slug_for(details.title))
    _apply_details(consultation, details)
    db.session.add(consultation)
    db.session.flush()
    record_event(
        "consultation.created", f"Created consultation {consultation.title}", target=consultation
    )
    return consultation


def update_consultation(consultation: Consultation, details: ConsultationDetails) -> None:
    _check_dates(details)
    before = {name: getattr(consultation, name) for name in vars(details)}
    _apply_details(consultation, details)
    changes = {
        name: {"from": _plain(before[name]), "to": _plain(getattr(consultation, name))}
        for name in vars(details)
        if before[name] != getattr(consultation, name)
    }
    if changes:
        record_event(
            "consultation.updated",
            f"Edited {', '.join(name.replace('_', ' ') for name in changes)} of {consultation.title}",
            target=consultation,
            changes=changes,
        )


def _plain(value):
    return value.isoformat() if isinstance(value, datetime) else value


def _apply_details(consultation: Consultation, details: ConsultationDetails) -> None:
    for name, value in vars(details).items():
        setattr(consultation, name, value)


def _structure_changed(consultation: Consultation) -> None:
    """Pages or questions changed: anything cached about the structure must be read again."""
    consultation.structure_token = secrets.token_hex(8)


def add_section(consultation: Consultation, title: str, intro: str | None) -> Section:
    _structure_changed(consultation)
    section = Section(title=title, intro=intro, position=len(consultation.sections))
    consultation.sections.append(section)
    db.session.flush()
    record_event(
        "consultation.section_added",
        f"Added section {title} to {consultation.title}",
        target=section,
    )
    return section


def update_section(section: Section, title: str, intro: str | None) -> None:
    if (section.title, section.intro) != (title, intro):
        record_event(
            "consultation.section_updated",
            f"Edited section {section.title} of {section.consultation.title}",
            target=section,
            changes={
                "title": {"from": section.title, "to": title},
                "intro": {"from": section.intro, "to": intro},
            },
        )
        section.title, section.intro = title, intro


def delete_section(section: Section) -> None:
    answered = [question for question in section.questions if _question_has_answers(question)]
    if answered:
        raise BuilderError(
            f"You cannot delete this section: people have answered {len(answered)} of its questions. "
            "You can still change its wording."
        )
    consultation = section.consultation
    _structure_changed(consultation)
    consultation.sections.remove(section)
    _renumber(consultation.sections)
    record_event(
        "consultation.section_deleted",
        f"Deleted section {section.title} of {consultation.title}",
        target=consultation,
    )


def move(items: list, item, direction: int) -> None:
    """Move an item one place up (-1) or down (+1) in an ordered list."""
    consultation = item.consultation if isinstance(item, Section) else item.section.consultation
    _structure_changed(consultation)
    index = items.index(item)
    target = index + direction
    if 0 <= target < len(items):
        # Swap positions, not list slots: replacing a slot in a relationship list would
        # orphan (and so delete) the item taken out.
        neighbour = items[target]
        item.position, neighbour.position = neighbour.position, item.position
        items.sort(key=lambda each: each.position)


def _renumber(items: list) -> None:
    for position, item in enumerate(items):
        item.position = position


def add_question(section: Section, details: QuestionDetails) -> Question:
    _check_question(details)
    _structure_changed(section.consultation)
    question = Question(type=details.type.value, position=len(section.questions))
    section.questions.append(question)
    _apply_question(question, details)
    question.options = [
        QuestionOption(label=label, position=i) for i, label in enumerate(details.options)
    ]
    db.session.flush()
    record_event(
        "consultation.question_added",
        f"Added question ‘{details.text}’ to {section.consultation.title}",
        target=question,
    )
    return question


def update_question(question: Question, details: QuestionDetails) -> None:
    """Change a question. With answers, only wording and added options are allowed."""
    _check_question(details)
    answered = _question_has_answers(question)
    if answered and details.type != question.kind:
        raise BuilderError(
            "You cannot change the type of a question people have answered. "
            "Add a new question instead.",
            "type",
        )
    if answered and len(details.options) < len(question.options):
        raise BuilderError(
            "You cannot remove options from a question people have answered. "
            "You can reword them or add new ones.",
            "options",
        )
    before = _question_snapshot(question)
    _structure_changed(question.section.consultation)
    question.type = details.type.value
    _apply_question(question, details)
    for position, label in enumerate(details.options):
        if position < len(question.options):
            question.options[position].label = label
        else:
            question.options.append(QuestionOption(label=label, position=position))
    del question.options[len(details.options) :]
    after = _question_snapshot(question)
    changes = {
        name: {"from": before[name], "to": after[name]}
        for name in before
        if before[name] != after[name]
    }
    if changes:
        record_event(
            "consultation.question_updated",
            f"Edited question ‘{question.text}’ of {question.section.consultation.title}"
            + (" (it has answers)" if answered else ""),
            target=question,
            changes=changes,
        )


def _question_snapshot(question: Question) -> dict:
    return {
        "type": question.type,
        "text": question.text,
        "hint": question.hint,
        "required": question.required,
        "options": [option.label for option in question.options],
        "allow_other": question.allow_other,
        "max_choices": question.max_choices,
        "max_length": question.max_length,
        "priorities": sorted(priority.slug for priority in question.priorities),
    }


def _check_question(details: QuestionDetails) -> None:
    if details.type.has_options:
        if len(details.options) < 2:
            raise BuilderError("Enter at least 2 options, one on each line", "options")
        if len({label.lower() for label in details.options}) != len(details.options):
            raise BuilderError("Each option must be different", "options")
    choices = details.max_choices
    if details.type == QuestionType.MULTIPLE_CHOICE and choices and choices > len(details.options):
        raise BuilderError(
            f"The most options someone can choose must be between 1 and {len(details.options)}",
            "max_choices",
        )
    limit = details.max_length
    if details.type == QuestionType.LONG_TEXT and limit and not 50 <= limit <= MAX_LONG_TEXT_LIMIT:
        raise BuilderError(
            f"The character limit must be between 50 and {MAX_LONG_TEXT_LIMIT:,}", "max_length"
        )


def _apply_question(question: Question, details: QuestionDetails) -> None:
    question.text = details.text
    question.hint = details.hint
    question.required = details.required
    question.allow_other = details.allow_other and details.type == QuestionType.SINGLE_CHOICE
    question.max_choices = (
        details.max_choices if details.type == QuestionType.MULTIPLE_CHOICE else None
    )
    question.max_length = details.max_length if details.type == QuestionType.LONG_TEXT else None
    if not details.type.has_options:
        details.options = []
    question.priorities = (
        list(db.session.scalars(select(Priority).where(Priority.id.in_(details.priority_ids))))
        if details.priority_ids
        else []
    )


def delete_question(question: Question) -> None:
    if _question_has_answers(question):
        raise BuilderError(
            "You cannot delete a question people have answered: their answers would be lost. "
            "You can still change its wording."
        )
    section = question.section
    _structure_changed(section.consultation)
    section.questions.remove(question)
    _renumber(section.questions)
    record_event(
        "consultation.question_deleted",
        f"Deleted question ‘{question.text}’ of {section.consultation.title}",
        target=section.consultation,
    )


def duplicate_consultation(original: Consultation) -> Consultation:
    """A copy to start the next consultation from: same questions, no dates, no responses."""
    copy = Consultation(
        slug=slug_for(f"{original.title} copy"),
        title=f"Copy of {original.title}"[:200],
        summary=original.summary,
        easy_read_summary=original.easy_read_summary,
        audiences=list(original.audiences),
        minutes_to_complete=original.minutes_to_complete,
        privacy_statement=original.privacy_statement,
        contact_name=original.contact_name,
        contact_email=original.contact_email,
    )
    for section in original.sections:
        new_section = Section(title=section.title, intro=section.intro, position=section.position)
        for question in section.questions:
            new_question = Question(
                type=question.type,
                text=question.text,
                hint=question.hint,
                required=question.required,
                position=question.position,
                max_length=question.max_length,
                allow_other=question.allow_other,
                max_choices=question.max_choices,
                priorities=list(question.priorities),
                options=[
                    QuestionOption(label=o.label, position=o.position) for o in question.options
                ],
            )
            new_section.questions.append(new_question)
        copy.sections.append(new_section)
    db.session.add(copy)
    db.session.flush()
    record_event(
        "consultation.duplicated",
        f"Copied {original.title} to start a new consultation",
        target=copy,
        original_id=original.id,
    )
    return copy

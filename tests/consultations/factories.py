"""Factories for consultation tests: an open consultation with one question of every type."""

from datetime import timedelta

import pytest

from engage.consultations import builder
from engage.consultations.builder import ConsultationDetails, QuestionDetails
from engage.consultations.question_types import QuestionType
from engage.database import utcnow
from engage.extensions import db


def consultation_details(**overrides) -> ConsultationDetails:
    now = utcnow()
    values = dict(
        title="Short breaks and respite",
        summary="We want to know what short breaks work for your family.",
        easy_read_summary="Tell us about short breaks.",
        audiences=["parents_carers", "young_people"],
        opens_at=now - timedelta(days=1),
        closes_at=now + timedelta(days=30),
        minutes_to_complete=10,
        privacy_statement="Only the SEND team reads your answers. We keep them for two years.",
        contact_name="SEND engagement team",
        contact_email="send@council.example",
    )
    values.update(overrides)
    return ConsultationDetails(**values)


def question_details(kind: QuestionType, text: str, **overrides) -> QuestionDetails:
    values = dict(
        type=kind,
        text=text,
        hint=None,
        required=True,
        options=[],
        allow_other=False,
        max_choices=None,
        max_length=None,
        priority_ids=[],
    )
    values.update(overrides)
    return QuestionDetails(**values)


@pytest.fixture
def create_consultation():
    """Factory: a consultation (open by default) with the pages and questions asked for."""

    def _create(pages: dict[str, list[QuestionDetails]] | None = None, **details):
        consultation = builder.create_consultation(consultation_details(**details))
        for title, questions in (pages or {}).items():
            section = builder.add_section(consultation, title, None)
            for question in questions:
                builder.add_question(section, question)
        db.session.commit()
        return consultation

    return _create


@pytest.fixture
def short_breaks(create_consultation):
    """An open consultation with two pages and every type of question."""
    return create_consultation(
        {
            "Your family": [
                question_details(
                    QuestionType.SINGLE_CHOICE,
                    "How often do you use short breaks?",
                    options=["Every week", "Every month", "Never"],
                    allow_other=True,
                ),
                question_details(
                    QuestionType.MULTIPLE_CHOICE,
                    "Which short breaks have you used?",
                    options=["Holiday clubs", "Overnight stays", "Sitting service"],
                    max_choices=2,
                ),
                question_details(QuestionType.DATE, "When did you last use one?", required=False),
            ],
            "What you think": [
                question_details(QuestionType.AGREE_SCALE, "Short breaks meet my family's needs"),
                question_details(QuestionType.RATING, "How would you rate the booking process?"),
                question_details(QuestionType.YES_NO, "Would you recommend them?"),
                question_details(
                    QuestionType.SHORT_TEXT, "In a few words, what matters most?", required=False
                ),
                question_details(QuestionType.LONG_TEXT, "What should we change?", max_length=300),
            ],
        }
    )

"""A demo consultation with responses, so the demo shows a real journey and real results."""

import random
from datetime import timedelta

from sqlalchemy import select

from engage.consultations import builder, responding
from engage.consultations.builder import ConsultationDetails, QuestionDetails
from engage.consultations.models import Consultation
from engage.consultations.question_types import QuestionType
from engage.database import utcnow
from engage.extensions import db
from engage.priorities.services import active_framework

TITLE = "Short breaks and respite: what works for your family?"

#: (relationship, how often, what should change): the kind of thing families actually write
SAMPLE_ANSWERS = [
    (
        "parent_carer",
        "Every month",
        "We waited eight months for an assessment before anyone talked about short breaks. Nobody rang us back.",
    ),
    (
        "parent_carer",
        "Never",
        "I did not know short breaks existed until another mum told me at the school gate.",
    ),
    (
        "young_person",
        "Every week",
        "The youth club on Thursdays is the best thing. I want it on Saturdays too.",
    ),
    (
        "parent_carer",
        "Every month",
        "The overnight stays are brilliant and the staff know my son well, but the booking system is a nightmare.",
    ),
    (
        "professional",
        "Never",
        "Families I support are told the criteria but not how decisions are made. It needs to be clearer.",
    ),
    (
        "parent_carer",
        "Every week",
        "Holiday clubs fill up in a day. Working parents like me cannot get a place.",
    ),
    (
        "young_person",
        "Never",
        "I don't like going because it is too noisy and I don't know anyone.",
    ),
    (
        "parent_carer",
        "Every month",
        "Transport is the problem. The club is two buses away and my daughter can't travel alone.",
    ),
    (
        "parent_carer",
        "Never",
        "We were refused because our son is 'too able', but he can't be left alone for a minute.",
    ),
    (
        "parent_carer",
        "Every week",
        "Please keep the sitting service. It is the only time I get to spend with my other children.",
    ),
]


def seed_demo_consultation() -> str | None:
    """Create the demo consultation with sample responses, once."""
    if db.session.scalar(select(Consultation.id).where(Consultation.title == TITLE)):
        return None
    framework = active_framework()
    priority_ids = {p.slug: p.id for p in framework.priorities} if framework else {}
    leisure = [priority_ids["bp-3"]] if "bp-3" in priority_ids else []
    early = [priority_ids["bp-1"]] if "bp-1" in priority_ids else []
    now = utcnow()
    consultation = builder.create_consultation(
        ConsultationDetails(
            title=TITLE,
            summary=(
                "Short breaks give disabled children and young people time to enjoy activities, "
                "and give their families a break from caring. We want to know what works for "
                "your family, what does not, and what we should change before we buy new "
                "services next year."
            ),
            easy_read_summary=(
                "Short breaks are clubs, activities and stays away from home.\n"
                "Tell us what you like and what we should change."
            ),
            audiences=["parents_carers", "young_people", "professionals"],
            opens_at=now - timedelta(days=14),
            closes_at=now + timedelta(days=28),
            minutes_to_complete=8,
            privacy_statement=(
                "The SEND engagement team reads your answers. We publish a summary with no names "
                "or personal details. We keep your answers for two years, then delete them."
            ),
            contact_name="SEND engagement team",
            contact_email="send.engagement@example.org",
        )
    )
    using = builder.add_section(consultation, "Using short breaks", None)
    question = lambda kind, text, **extra: QuestionDetails(  # noqa: E731 - a small local helper
        type=kind,
        text=text,
        hint=extra.pop("hint", None),
        required=extra.pop("required", True),
        options=extra.pop("options", []),
        allow_other=extra.pop("allow_other", False),
        max_choices=extra.pop("max_choices", None),
        max_length=extra.pop("max_length", None),
        priority_ids=extra.pop("priority_ids", []),
    )
    builder.add_question(
        using,
        question(
            QuestionType.SINGLE_CHOICE,
            "How often does your family use short breaks?",
            options=["Every week", "Every month", "Never"],
            allow_other=True,
            priority_ids=leisure,
        ),
    )
    builder.add_question(
        using,
        question(
            QuestionType.MULTIPLE_CHOICE,
            "Which short breaks have you used?",
            hint="Think about the last 12 months.",
            options=[
                "Holiday clubs",
                "After-school clubs",
                "Overnight stays",
                "Sitting service",
                "Youth clubs",
            ],
            required=False,
            priority_ids=leisure,
        ),
    )
    views = builder.add_section(
        consultation, "What you think", "There are no right or wrong answers."
    )
    builder.add_question(
        views,
        question(
            QuestionType.AGREE_SCALE, "Short breaks meet my family's needs", priority_ids=leisure
        ),
    )
    builder.add_question(
        views,
        question(
            QuestionType.RATING,
            "How easy is it to find out about short breaks and book them?",
            priority_ids=early,
        ),
    )
    builder.add_question(
        views,
        question(
            QuestionType.LONG_TEXT,
            "What should we change?",
            max_length=1500,
            hint="For example, what is missing, what gets in the way, what works well.",
            priority_ids=leisure + early,
        ),
    )
    db.session.flush()

    questions = responding.question_index(consultation)
    by_text = {q.text: q for q in questions}
    full = {q.id: q for q in consultation.questions}
    chooser = random.Random(2026)
    for number, (relationship, how_often, change) in enumerate(SAMPLE_ANSWERS * 3):
        often = full[by_text["How often does your family use short breaks?"].id]
        used = full[by_text["Which short breaks have you used?"].id]
        answers = {
            often.id: {"option": next(o.id for o in often.options if o.label == how_often)},
            used.id: sorted(chooser.sample([o.id for o in used.options], chooser.randint(1, 3))),
            by_text["Short breaks meet my family's needs"].id: chooser.choice(
                [1, 2, 2, 3, 4, 4, 5]
            ),
            by_text[
                "How easy is it to find out about short breaks and book them?"
            ].id: chooser.choice([1, 2, 2, 3, 4]),
        }
        if number < len(SAMPLE_ANSWERS):  # each comment once; the repeats tick boxes only
            answers[by_text["What should we change?"].id] = change
        responding.write_response(
            consultation,
            questions,
            answers,
            reference=responding.new_reference(),
            channel="online" if number % 5 else "paper",
            respondent_relationship=relationship,
            wants_receipt=False,
            wants_updates=number % 3 == 0,
            submitted_at=now - timedelta(days=13 - number % 14, hours=number % 9),
        )
    return consultation.title

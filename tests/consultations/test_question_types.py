"""Every kind of question accepts what it offers and refuses everything else, in plain words."""

import pytest

from engage.consultations.question_types import (
    AnswerError,
    QuestionSpec,
    QuestionType,
    clean,
    describe,
)

CHOICES = dict(
    option_ids=(11, 12, 13), option_labels={11: "Every week", 12: "Every month", 13: "Never"}
)


def spec(kind: QuestionType, **overrides) -> QuestionSpec:
    return QuestionSpec(type=kind, text="Question", **overrides)


@pytest.mark.parametrize(
    ("question", "raw", "other", "stored", "shown"),
    [
        (
            spec(QuestionType.SHORT_TEXT),
            "  Holiday   clubs ",
            None,
            "Holiday clubs",
            "Holiday clubs",
        ),
        (
            spec(QuestionType.LONG_TEXT),
            "Line one\r\nLine two",
            None,
            "Line one\nLine two",
            "Line one\nLine two",
        ),
        (spec(QuestionType.SINGLE_CHOICE, **CHOICES), "12", None, {"option": 12}, "Every month"),
        (
            spec(QuestionType.SINGLE_CHOICE, allow_other=True, **CHOICES),
            "other",
            " Term time only ",
            {"other": "Term time only"},
            "Other: Term time only",
        ),
        (
            spec(QuestionType.MULTIPLE_CHOICE, **CHOICES),
            ["13", "11", "13"],
            None,
            [11, 13],
            "Every week, Never",
        ),
        (spec(QuestionType.AGREE_SCALE), "4", None, 4, "Agree"),
        (spec(QuestionType.RATING), "1", None, 1, "1 - Very poor"),
        (spec(QuestionType.YES_NO), "false", None, False, "No"),
        (
            spec(QuestionType.DATE),
            {"day": "7", "month": "03", "year": "2024"},
            None,
            "2024-03-07",
            "7 March 2024",
        ),
    ],
)
def test_each_type_stores_and_describes_an_answer(question, raw, other, stored, shown):
    value = clean(raw, question, other)
    assert value == stored
    assert describe(value, question) == shown


@pytest.mark.parametrize(
    ("question", "raw", "other", "message"),
    [
        (spec(QuestionType.SHORT_TEXT), "   ", None, "Enter your answer"),
        (
            spec(QuestionType.SHORT_TEXT),
            "x" * 501,
            None,
            "Your answer must be 500 characters or fewer (it has 501)",
        ),
        (
            spec(QuestionType.LONG_TEXT, max_length=100),
            "x" * 101,
            None,
            "Your answer must be 100 characters or fewer (it has 101)",
        ),
        (
            spec(QuestionType.LONG_TEXT),
            "x" * 2001,
            None,
            "Your answer must be 2,000 characters or fewer (it has 2,001)",
        ),
        (spec(QuestionType.SINGLE_CHOICE, **CHOICES), None, None, "Select an answer"),
        (
            spec(QuestionType.SINGLE_CHOICE, **CHOICES),
            "99",
            None,
            "Select one of the options shown",
        ),
        (
            spec(QuestionType.SINGLE_CHOICE, **CHOICES),
            "other",
            "Term time",
            "Select one of the options shown",
        ),
        (
            spec(QuestionType.SINGLE_CHOICE, allow_other=True, **CHOICES),
            "other",
            "  ",
            "Tell us your other answer",
        ),
        (spec(QuestionType.MULTIPLE_CHOICE, **CHOICES), [], None, "Select at least one option"),
        (
            spec(QuestionType.MULTIPLE_CHOICE, max_choices=2, **CHOICES),
            ["11", "12", "13"],
            None,
            "Select no more than 2 options",
        ),
        (
            spec(QuestionType.MULTIPLE_CHOICE, **CHOICES),
            ["11", "<script>"],
            None,
            "Select one of the options shown",
        ),
        (spec(QuestionType.AGREE_SCALE), "6", None, "Select one of the answers shown"),
        (spec(QuestionType.RATING), "", None, "Select an answer"),
        (spec(QuestionType.YES_NO), "maybe", None, "Select one of the answers shown"),
        (spec(QuestionType.DATE), {"day": "", "month": "", "year": ""}, None, "Enter a date"),
        (
            spec(QuestionType.DATE),
            {"day": "31", "month": "", "year": ""},
            None,
            "Date must include a month and year",
        ),
        (
            spec(QuestionType.DATE),
            {"day": "31", "month": "2", "year": "2024"},
            None,
            "Date must be a real date, like 27 3 2024",
        ),
        (
            spec(QuestionType.DATE),
            {"day": "1", "month": "2", "year": "24"},
            None,
            "Date must be a real date, like 27 3 2024",
        ),
    ],
)
def test_bad_answers_are_refused_with_a_clear_message(question, raw, other, message):
    with pytest.raises(AnswerError) as refused:
        clean(raw, question, other)
    assert str(refused.value) == message


@pytest.mark.parametrize("kind", list(QuestionType))
def test_an_optional_question_can_be_skipped(kind):
    question = spec(kind, required=False, **(CHOICES if kind.has_options else {}))
    empty = (
        {"day": "", "month": "", "year": ""}
        if kind == QuestionType.DATE
        else ([] if kind == QuestionType.MULTIPLE_CHOICE else "")
    )
    assert clean(empty, question) is None
    assert describe(None, question) == "Not answered"

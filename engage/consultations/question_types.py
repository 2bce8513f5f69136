"""What each kind of question asks, accepts and shows. Plain Python: no Flask, no database.

A question's answer is stored as JSON. `clean(raw, question)` turns what a browser sent into that
value or raises AnswerError with a GOV.UK-style message; `describe(value, question)` turns it back
into words for check-your-answers pages, results and exports.
"""

import enum
from dataclasses import dataclass, field
from datetime import date


class QuestionType(enum.StrEnum):
    SHORT_TEXT = "short_text"
    LONG_TEXT = "long_text"
    SINGLE_CHOICE = "single_choice"
    MULTIPLE_CHOICE = "multiple_choice"
    AGREE_SCALE = "agree_scale"
    RATING = "rating"
    YES_NO = "yes_no"
    DATE = "date"

    @property
    def label(self) -> str:
        return QUESTION_TYPE_LABELS[self]

    @property
    def has_options(self) -> bool:
        """Officers write the options of these; the others have fixed answers."""
        return self in (QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE)

    @property
    def is_free_text(self) -> bool:
        return self in (QuestionType.SHORT_TEXT, QuestionType.LONG_TEXT)


QUESTION_TYPE_LABELS = {
    QuestionType.SHORT_TEXT: "Short text (one line)",
    QuestionType.LONG_TEXT: "Long text (a paragraph or more)",
    QuestionType.SINGLE_CHOICE: "Choose one option",
    QuestionType.MULTIPLE_CHOICE: "Choose one or more options",
    QuestionType.AGREE_SCALE: "Agree or disagree (five points)",
    QuestionType.RATING: "Rating from 1 to 5",
    QuestionType.YES_NO: "Yes or no",
    QuestionType.DATE: "Date",
}

#: fixed answers, stored as the number (5 = most positive)
AGREE_SCALE = [
    (5, "Strongly agree"),
    (4, "Agree"),
    (3, "Neither agree nor disagree"),
    (2, "Disagree"),
    (1, "Strongly disagree"),
]
RATING_SCALE = [
    (5, "5 - Very good"),
    (4, "4 - Good"),
    (3, "3 - Neither good nor poor"),
    (2, "2 - Poor"),
    (1, "1 - Very poor"),
]
YES_NO = [(True, "Yes"), (False, "No")]
OTHER = "other"  #: the value of the "Other, please say" choice
SHORT_TEXT_LIMIT = 500
DEFAULT_LONG_TEXT_LIMIT = 2000
MAX_LONG_TEXT_LIMIT = 10000
OTHER_TEXT_LIMIT = 500


class AnswerError(ValueError):
    """What is wrong with an answer, worded for the person answering."""


@dataclass(frozen=True)
class QuestionSpec:
    """What the rules need to know about a question (the model provides this)."""

    type: QuestionType
    text: str
    required: bool = True
    option_ids: tuple[int, ...] = ()
    option_labels: dict[int, str] = field(default_factory=dict)
    allow_other: bool = False
    max_choices: int | None = None
    max_length: int | None = None


def fixed_choices(spec: QuestionSpec) -> list[tuple[object, str]]:
    return {
        QuestionType.AGREE_SCALE: AGREE_SCALE,
        QuestionType.RATING: RATING_SCALE,
        QuestionType.YES_NO: YES_NO,
    }.get(spec.type, [])


def text_limit(spec: QuestionSpec) -> int:
    if spec.type == QuestionType.SHORT_TEXT:
        return SHORT_TEXT_LIMIT
    return spec.max_length or DEFAULT_LONG_TEXT_LIMIT


def _is_blank(raw) -> bool:
    if raw is None:
        return True
    if isinstance(raw, str):
        return not raw.strip()
    if isinstance(raw, dict):
        return all(_is_blank(value) for value in raw.values())
    return len(raw) == 0


def clean(raw, spec: QuestionSpec, other_text: str | None = None):
    """The value to store for what the person sent, None for a skipped optional question.

    `raw` is a string (text, single choice, scales), a list of strings (multiple choice), or a
    dict with day, month and year (date). Anything not offered, such as a tampered option
    value, is refused.
    """
    if _is_blank(raw):
        if spec.required:
            raise AnswerError(_missing_message(spec))
        return None
    cleaner = {
        QuestionType.SHORT_TEXT: _clean_text,
        QuestionType.LONG_TEXT: _clean_text,
        QuestionType.SINGLE_CHOICE: _clean_single_choice,
        QuestionType.MULTIPLE_CHOICE: _clean_multiple_choice,
        QuestionType.AGREE_SCALE: _clean_fixed,
        QuestionType.RATING: _clean_fixed,
        QuestionType.YES_NO: _clean_fixed,
        QuestionType.DATE: _clean_date,
    }[spec.type]
    return cleaner(raw, spec, other_text)


def _missing_message(spec: QuestionSpec) -> str:
    if spec.type.is_free_text:
        return "Enter your answer"
    if spec.type == QuestionType.MULTIPLE_CHOICE:
        return "Select at least one option"
    if spec.type == QuestionType.DATE:
        return "Enter a date"
    return "Select an answer"


def _clean_text(raw, spec: QuestionSpec, _other) -> str:
    if not isinstance(raw, str):
        raise AnswerError("Enter your answer as text")
    value = raw.strip().replace("\r\n", "\n")
    limit = text_limit(spec)
    if len(value) > limit:
        raise AnswerError(
            f"Your answer must be {limit:,} characters or fewer (it has {len(value):,})"
        )
    if spec.type == QuestionType.SHORT_TEXT:
        value = " ".join(value.split())
    return value


def _option_id(raw: str, spec: QuestionSpec) -> int:
    if isinstance(raw, str) and raw.isdigit() and int(raw) in spec.option_ids:
        return int(raw)
    raise AnswerError("Select one of the options shown")


def _clean_other_text(other_text: str | None) -> str:
    text = " ".join((other_text or "").split())
    if not text:
        raise AnswerError("Tell us your other answer")
    if len(text) > OTHER_TEXT_LIMIT:
        raise AnswerError(f"Your other answer must be {OTHER_TEXT_LIMIT} characters or fewer")
    return text


def _clean_single_choice(raw, spec: QuestionSpec, other_text) -> dict:
    if spec.allow_other and raw == OTHER:
        return {"other": _clean_other_text(other_text)}
    return {"option": _option_id(raw, spec)}


def _clean_multiple_choice(raw, spec: QuestionSpec, _other) -> list[int]:
    values = [raw] if isinstance(raw, str) else list(raw)
    chosen = []
    for value in values:
        option = _option_id(value, spec)
        if option not in chosen:
            chosen.append(option)
    if spec.max_choices and len(chosen) > spec.max_choices:
        raise AnswerError(f"Select no more than {spec.max_choices} options")
    return sorted(chosen, key=spec.option_ids.index)


def _clean_fixed(raw, spec: QuestionSpec, _other):
    for value, _label in fixed_choices(spec):
        if raw == str(value).lower() or raw == str(value):
            return value
    raise AnswerError("Select one of the answers shown")


def _clean_date(raw, spec: QuestionSpec, _other) -> str:
    if not isinstance(raw, dict):
        raise AnswerError("Enter a date")
    parts = {name: (raw.get(name) or "").strip() for name in ("day", "month", "year")}
    missing = [name for name, value in parts.items() if not value]
    if missing:
        raise AnswerError(f"Date must include a {' and '.join(missing)}")
    if not all(value.isdigit() for value in parts.values()) or len(parts["year"]) != 4:
        raise AnswerError("Date must be a real date, like 27 3 2024")
    try:
        return date(int(parts["year"]), int(parts["month"]), int(parts["day"])).isoformat()
    except ValueError as error:
        raise AnswerError("Date must be a real date, like 27 3 2024") from error


def describe(value, spec: QuestionSpec) -> str:
    """An answer in words, as the person would recognise it."""
    if value is None:
        return "Not answered"
    if spec.type.is_free_text:
        return value
    if spec.type == QuestionType.SINGLE_CHOICE:
        if "other" in value:
            return f"Other: {value['other']}"
        return spec.option_labels.get(value["option"], "(option removed)")
    if spec.type == QuestionType.MULTIPLE_CHOICE:
        return ", ".join(spec.option_labels.get(option, "(option removed)") for option in value)
    if spec.type == QuestionType.DATE:
        return date.fromisoformat(value).strftime("%-d %B %Y")
    return dict(fixed_choices(spec)).get(value, str(value))

"""Officer forms for building consultations, and the respondent's "About you" form."""

from datetime import datetime, time
from zoneinfo import ZoneInfo

from govuk_frontend_wtf.wtforms_widgets import (
    GovCheckboxesInput,
    GovCheckboxInput,
    GovRadioInput,
    GovSubmitInput,
    GovTextArea,
    GovTextInput,
)
from wtforms import (
    BooleanField,
    EmailField,
    IntegerField,
    RadioField,
    SelectMultipleField,
    StringField,
    SubmitField,
    TextAreaField,
)
from wtforms.validators import (
    Email,
    InputRequired,
    NumberRange,
    Optional,
    StopValidation,
    ValidationError,
)

from engage.consultations.builder import ConsultationDetails, QuestionDetails
from engage.consultations.models import Audience, Relationship
from engage.consultations.question_types import QuestionType
from engage.forms import DayMonthYearField, EngageForm, at_most

LONDON = ZoneInfo("Europe/London")
TIME_HINT = "Use the 24-hour clock, for example 09:00 or 17:30"


def _parse_time(text: str | None) -> time | None:
    try:
        return datetime.strptime((text or "").strip(), "%H:%M").time()
    except ValueError:
        return None


class TimeOfDay:
    """Validator: HH:MM on the 24-hour clock."""

    def __call__(self, form, field):
        if field.data and _parse_time(field.data) is None:
            raise ValidationError("Enter a real time, like 09:00 or 17:30")


def _london(day, at: str | None) -> datetime | None:
    """A UK date and time as a UTC-aware moment (British Summer Time handled by zoneinfo)."""
    if day is None:
        return None
    return datetime.combine(day, _parse_time(at) or time(0, 0), tzinfo=LONDON)


class ConsultationForm(EngageForm):
    title = StringField(
        "Title",
        validators=[
            InputRequired("Enter a title"),
            at_most("Title", 200),
        ],
        widget=GovTextInput(),
    )
    summary = TextAreaField(
        "Summary",
        description="What the consultation is about and why it matters. Shown on the start page.",
        validators=[
            InputRequired("Enter a summary"),
            at_most("Summary", 5000),
        ],
        widget=GovTextArea(),
    )
    easy_read_summary = TextAreaField(
        "Easy read summary (optional)",
        description="Short sentences and everyday words, for young people and anyone who wants it.",
        validators=[
            Optional(),
            at_most("Easy read summary", 5000),
        ],
        widget=GovTextArea(),
    )
    audiences = SelectMultipleField(
        "Who is it for?",
        choices=[(audience.value, audience.label) for audience in Audience],
        validators=[InputRequired("Select who the consultation is for")],
        widget=GovCheckboxesInput(),
    )
    opens_on = DayMonthYearField(
        "Opening date (optional until you are ready)",
        validators=[Optional()],
    )
    opens_time = StringField(
        "Opening time", description=TIME_HINT, validators=[TimeOfDay()], widget=GovTextInput()
    )
    closes_on = DayMonthYearField("Closing date", validators=[Optional()])
    closes_time = StringField(
        "Closing time", description=TIME_HINT, validators=[TimeOfDay()], widget=GovTextInput()
    )
    minutes_to_complete = IntegerField(
        "How many minutes does it take?",
        validators=[
            InputRequired("Enter how many minutes it takes"),
            NumberRange(1, 240, "Minutes must be between 1 and 240"),
        ],
        widget=GovTextInput(),
    )
    privacy_statement = TextAreaField(
        "Privacy statement",
        description="What happens to people's answers: who sees them, how long they are kept.",
        validators=[
            InputRequired("Enter a privacy statement"),
            at_most("Privacy statement", 5000),
        ],
        widget=GovTextArea(),
    )
    contact_name = StringField(
        "Contact name or team",
        validators=[
            InputRequired("Enter a contact name or team"),
            at_most("Contact", 120),
        ],
        widget=GovTextInput(),
    )
    contact_email = EmailField(
        "Contact email address",
        validators=[
            InputRequired("Enter a contact email address"),
            Email("Enter an email address in the correct format, like name@example.com"),
        ],
        widget=GovTextInput(),
    )
    submit = SubmitField("Save", widget=GovSubmitInput())

    def fill_from(self, consultation) -> None:
        for name in (
            "title",
            "summary",
            "easy_read_summary",
            "audiences",
            "minutes_to_complete",
            "privacy_statement",
            "contact_name",
            "contact_email",
        ):
            getattr(self, name).data = getattr(consultation, name)
        for prefix in ("opens", "closes"):
            moment = getattr(consultation, f"{prefix}_at")
            if moment:
                local = moment.astimezone(LONDON)
                getattr(self, f"{prefix}_on").data = local.date()
                getattr(self, f"{prefix}_time").data = local.strftime("%H:%M")

    def to_details(self) -> ConsultationDetails:
        return ConsultationDetails(
            title=self.title.data,
            summary=self.summary.data,
            easy_read_summary=self.easy_read_summary.data or None,
            audiences=list(self.audiences.data),
            opens_at=_london(self.opens_on.data, self.opens_time.data),
            closes_at=_london(self.closes_on.data, self.closes_time.data),
            minutes_to_complete=self.minutes_to_complete.data,
            privacy_statement=self.privacy_statement.data,
            contact_name=self.contact_name.data,
            contact_email=self.contact_email.data,
        )


class SectionForm(EngageForm):
    title = StringField(
        "Page heading",
        validators=[
            InputRequired("Enter a page heading"),
            at_most("Page heading", 200),
        ],
        widget=GovTextInput(),
    )
    intro = TextAreaField(
        "Introduction (optional)",
        description="A sentence or two shown above the questions on this page.",
        validators=[
            Optional(),
            at_most("Introduction", 2000),
        ],
        widget=GovTextArea(),
    )
    submit = SubmitField("Save page", widget=GovSubmitInput())


def _lines(text: str | None) -> list[str]:
    return [" ".join(line.split()) for line in (text or "").splitlines() if line.strip()]


class QuestionForm(EngageForm):
    type = RadioField(
        "Type of question",
        choices=[(kind.value, kind.label) for kind in QuestionType],
        validators=[InputRequired("Select a type of question")],
        widget=GovRadioInput(),
    )
    text = TextAreaField(
        "Question",
        description="Ask one thing, in plain words.",
        validators=[
            InputRequired("Enter the question"),
            at_most("Question", 500),
        ],
        widget=GovTextArea(),
    )
    hint = TextAreaField(
        "Hint (optional)",
        validators=[Optional(), at_most("Hint", 1000)],
        widget=GovTextArea(),
    )
    required = RadioField(
        "Must people answer it?",
        choices=[("yes", "Yes, it must be answered"), ("no", "No, it is optional")],
        default="yes",
        validators=[InputRequired("Select whether people must answer it")],
        widget=GovRadioInput(),
    )
    options = TextAreaField(
        "Options (for ‘choose one’ and ‘choose one or more’)",
        description="One option on each line, in the order to show them.",
        widget=GovTextArea(),
    )
    allow_other = BooleanField(
        "Offer ‘Other, please say’ (choose one only)", widget=GovCheckboxInput()
    )
    max_choices = IntegerField(
        "Most options someone can choose (optional, ‘choose one or more’ only)",
        validators=[Optional(), NumberRange(1, 50, "Enter a number between 1 and 50")],
        widget=GovTextInput(),
    )
    max_length = IntegerField(
        "Character limit (optional, long text only)",
        description="Leave empty for 2,000 characters.",
        validators=[Optional(), NumberRange(50, 10000, "Enter a number between 50 and 10,000")],
        widget=GovTextInput(),
    )
    priorities = SelectMultipleField(
        "Priorities this question is about (optional)", coerce=int, widget=GovCheckboxesInput()
    )
    submit = SubmitField("Save question", widget=GovSubmitInput())

    def fill_from(self, question) -> None:
        self.type.data = question.type
        self.text.data = question.text
        self.hint.data = question.hint
        self.required.data = "yes" if question.required else "no"
        self.options.data = "\n".join(option.label for option in question.options)
        self.allow_other.data = question.allow_other
        self.max_choices.data = question.max_choices
        self.max_length.data = question.max_length
        self.priorities.data = [priority.id for priority in question.priorities]

    def to_details(self) -> QuestionDetails:
        return QuestionDetails(
            type=QuestionType(self.type.data),
            text=" ".join(self.text.data.split()),
            hint=self.hint.data or None,
            required=self.required.data == "yes",
            options=_lines(self.options.data),
            allow_other=bool(self.allow_other.data),
            max_choices=self.max_choices.data,
            max_length=self.max_length.data,
            priority_ids=list(self.priorities.data or []),
        )


class AboutYouForm(EngageForm):
    """All optional; each use of the email address is asked separately."""

    relationship = RadioField(
        "Which of these best describes you? (optional)",
        choices=[(value.value, value.label) for value in Relationship],
        validators=[Optional()],
        widget=GovRadioInput(),
    )
    email = EmailField(
        "Email address (optional)",
        description="Only if you want one of the things below. We will not use it for anything else.",
        validators=[
            # Empty is fine unless an email was asked for; then the format is checked.
            lambda form, field: form.check_email_needed(field),
            Email("Enter an email address in the correct format, like name@example.com"),
            at_most("Email address", 254),
        ],
        widget=GovTextInput(),
        render_kw={"autocomplete": "email", "spellcheck": "false"},
    )
    wants_receipt = BooleanField("Email me a copy of my answers", widget=GovCheckboxInput())
    wants_resume_link = BooleanField(
        "Email me a link if I save my answers to finish later", widget=GovCheckboxInput()
    )
    wants_updates = BooleanField(
        "Tell me what happened as a result (‘You said, we did’ updates)", widget=GovCheckboxInput()
    )
    submit = SubmitField("Continue", widget=GovSubmitInput())

    def check_email_needed(self, field):
        wants_email = (
            self.wants_receipt.data or self.wants_resume_link.data or self.wants_updates.data
        )
        if not field.data:
            if wants_email:
                raise StopValidation("Enter your email address, or untick the emails you asked for")
            field.errors[:] = []
            raise StopValidation()

    def to_dict(self) -> dict:
        return {
            "relationship": self.relationship.data or None,
            "email": (self.email.data or "").lower() or None,
            "wants_receipt": bool(self.wants_receipt.data),
            "wants_resume_link": bool(self.wants_resume_link.data),
            "wants_updates": bool(self.wants_updates.data),
        }

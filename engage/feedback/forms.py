"""The public "Tell us what you think" form, officers' meeting notes, and the inbox's filters."""

from flask_wtf.file import FileField, FileRequired
from govuk_frontend_wtf.wtforms_widgets import (
    GovCharacterCount,
    GovCheckboxInput,
    GovFileInput,
    GovRadioInput,
    GovSelect,
    GovSubmitInput,
    GovTextArea,
    GovTextInput,
)
from wtforms import (
    BooleanField,
    EmailField,
    HiddenField,
    RadioField,
    SelectField,
    StringField,
    SubmitField,
    TextAreaField,
)
from wtforms.validators import Email, InputRequired, Optional

from engage.feedback.inbox import SAFEGUARDING_ACTIONS, VOICE_LABELS
from engage.forms import DayMonthYearField, EngageForm, at_most

TELL_US_LIMIT = 5000
VOICES = [(value, label) for value, label in VOICE_LABELS.items()]


class TellUsForm(EngageForm):
    text = TextAreaField(
        "What do you want to tell us?",
        description="About SEND services, support or anything we could do better. Do not "
        "include names or contact details of anyone else.",
        validators=[InputRequired("Tell us what you think"), at_most("What you tell us", TELL_US_LIMIT)],
        widget=GovCharacterCount(),
    )  # fmt: skip
    service_id = SelectField(
        "Is it about a service in the Local Offer? (optional)",
        coerce=int,
        validators=[Optional()],
        widget=GovSelect(),
    )
    voice = RadioField(
        "Are you a… (optional)", choices=VOICES, validators=[Optional()], widget=GovRadioInput()
    )
    email = EmailField(
        "Email address (optional)",
        description="Only if you want us to tell you what happened because of what you said.",
        validators=[
            Optional(),
            Email("Enter an email address in the correct format, like name@example.com"),
            at_most("Email address", 254),
        ],
        widget=GovTextInput(),
    )
    wants_updates = BooleanField(
        "Email me once when we publish what we did about it", widget=GovCheckboxInput()
    )
    submit = SubmitField("Send", widget=GovSubmitInput())

    def validate(self, extra_validators=None) -> bool:
        valid = super().validate(extra_validators)
        if self.wants_updates.data and not self.email.data:
            self.email.errors.append("Enter your email address, so we can tell you what happened")
            valid = False
        return valid


class NotesForm(EngageForm):
    meeting = StringField(
        "Where was it said?",
        description="For example, “Parent carer forum, 12 November” or “Focus group on short breaks”",
        validators=[InputRequired("Enter where it was said"), at_most("Where it was said", 200)],
        widget=GovTextInput(),
    )  # fmt: skip
    said_on = DayMonthYearField(
        "When was it said?",
        validators=[InputRequired("Enter the date it was said")],
    )
    voice = RadioField(
        "Who said it?", choices=VOICES, validators=[Optional()], widget=GovRadioInput()
    )
    notes = TextAreaField(
        "What people said",
        description="Leave a blank line between points: each point is kept as its own piece of "
        "feedback, so it can be tagged on its own. Do not write down names.",
        validators=[InputRequired("Enter what people said"), at_most("What people said", 20000)],
        widget=GovTextArea(),
    )  # fmt: skip
    submit = SubmitField("Add to the inbox", widget=GovSubmitInput())


class AcknowledgeForm(EngageForm):
    action = RadioField(
        "What did you do about it?",
        choices=list(SAFEGUARDING_ACTIONS.items()),
        validators=[InputRequired("Select what you did about the safeguarding concern")],
        widget=GovRadioInput(),
    )
    submit = SubmitField("Acknowledge safeguarding concern", widget=GovSubmitInput())


class ImportUploadForm(EngageForm):
    file = FileField(
        "Upload a CSV file",
        description="One row for each piece of feedback, with a header row naming the columns. "
        "Save it from Excel as “CSV UTF-8”.",
        validators=[FileRequired("Choose a CSV file")],
        widget=GovFileInput(),
    )
    submit = SubmitField("Upload and preview", widget=GovSubmitInput())


class ImportMappingForm(EngageForm):
    """Which column is which; the file itself travels in a hidden field until it is imported."""

    content = HiddenField()
    text_column = SelectField("Which column holds what people said?", widget=GovSelect())
    voice_column = SelectField(
        "Which column says who said it? (optional)", validators=[Optional()], widget=GovSelect()
    )
    date_column = SelectField(
        "Which column says when? (optional)", validators=[Optional()], widget=GovSelect()
    )
    source_name = StringField(
        "Where did it come from?",
        description="For example, “Paper forms from the summer fair” or “SurveyMonkey, spring survey”",
        validators=[InputRequired("Say where the feedback came from"), at_most("Where it came from", 200)],
        widget=GovTextInput(),
    )  # fmt: skip
    submit = SubmitField("Import", widget=GovSubmitInput())

    def set_columns(self, header: list[str]) -> None:
        self.text_column.choices = [(name, name) for name in header]
        none = [("", "None of them")]
        self.voice_column.choices = none + self.text_column.choices
        self.date_column.choices = none + self.text_column.choices

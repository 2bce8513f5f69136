"""Members' forms (join, vote) in plain words, and the officers' group and poll forms."""

from flask_wtf.file import FileField
from govuk_frontend_wtf.wtforms_widgets import (
    GovCheckboxInput,
    GovFileInput,
    GovRadioInput,
    GovSubmitInput,
    GovTextArea,
    GovTextInput,
)
from wtforms import (
    BooleanField,
    IntegerField,
    RadioField,
    StringField,
    SubmitField,
    TextAreaField,
)
from wtforms.validators import InputRequired, NumberRange, Optional, ValidationError

from engage.consultations.forms import TIME_HINT, TimeOfDay, _london
from engage.forms import DayMonthYearField, EngageForm, at_most
from engage.polls.models import AGE_BANDS, GroupKind, ResultsShown
from engage.polls.services import (
    MAX_IMAGE_BYTES,
    GroupDetails,
    OptionDetails,
    PollDetails,
    image_type,
)

MAX_OPTIONS = 8


class JoinCodeForm(EngageForm):
    code = StringField(
        "Type the code",
        description="It is on the screen in your meeting, or your group leader can tell you. "
        "For example, KX7P2M",
        validators=[InputRequired("Type the code for your group")],
        widget=GovTextInput(),
    )
    submit = SubmitField("Next", widget=GovSubmitInput())


class AboutYouForm(EngageForm):
    display_name = StringField(
        "What name should we use for you?",
        description="Just your first name, or a nickname. Do not use your surname.",
        validators=[InputRequired("Type a name for us to use"), at_most("Your name", 40)],
        widget=GovTextInput(),
    )
    age_band = RadioField(
        "How old are you? (you do not have to say)",
        choices=list(AGE_BANDS.items()),
        validators=[Optional()],
        widget=GovRadioInput(),
    )
    submit = SubmitField("Join the group", widget=GovSubmitInput())

    def validate_display_name(self, field) -> None:
        if field.data and len(field.data.split()) > 2:
            raise ValidationError("Use just your first name or a nickname")


class VoteForm(EngageForm):
    """Built for each poll: its options become radios (choose one) or checkboxes (up to N)."""

    comment = TextAreaField(
        "Tell us why (you do not have to)",
        validators=[Optional(), at_most("What you tell us", 1000)],
        widget=GovTextArea(),
    )
    submit = SubmitField("Send my vote", widget=GovSubmitInput())


def chosen_option_ids(form_data) -> list[int]:
    """The options ticked on the vote page, as ids (anything not a number is dropped; the
    service checks that they are this poll's)."""
    values = form_data.getlist("choice")
    return [int(value) for value in values if value.isdigit()]


class GroupForm(EngageForm):
    name = StringField(
        "Group name",
        validators=[InputRequired("Enter the group's name"), at_most("Group name", 120)],
        widget=GovTextInput(),
    )
    kind = RadioField(
        "Who is in it?",
        choices=[(kind.value, kind.label) for kind in GroupKind],
        validators=[InputRequired("Select young people or parents")],
        widget=GovRadioInput(),
    )
    description = TextAreaField(
        "About the group (optional)",
        description="Members see this when they join.",
        validators=[Optional(), at_most("About the group", 2000)],
        widget=GovTextArea(),
    )
    submit = SubmitField("Save", widget=GovSubmitInput())

    def to_details(self) -> GroupDetails:
        return GroupDetails(self.name.data, self.kind.data, self.description.data or None)


def _image(label: str) -> FileField:
    return FileField(label, validators=[Optional()], widget=GovFileInput())


class PollForm(EngageForm):
    question = StringField(
        "Question",
        description="In plain words, for example “Where should we meet in the summer?”",
        validators=[InputRequired("Enter the question"), at_most("Question", 200)],
        widget=GovTextInput(),
    )
    explanation = TextAreaField(
        "More about the question (optional)",
        validators=[Optional(), at_most("More about the question", 2000)],
        widget=GovTextArea(),
    )
    image = _image("A picture for the question (optional)")
    image_alt = StringField(
        "What the picture shows",
        description="For people who cannot see it. Needed if you add a picture.",
        validators=[Optional(), at_most("What the picture shows", 300)],
        widget=GovTextInput(),
    )
    max_choices = IntegerField(
        "How many answers can each person choose?",
        description="1 for one answer; more to let people choose up to that many.",
        default=1,
        validators=[
            InputRequired("Enter how many answers each person can choose"),
            NumberRange(1, MAX_OPTIONS, f"Enter a number from 1 to {MAX_OPTIONS}"),
        ],
        widget=GovTextInput(),
    )
    opens_day = DayMonthYearField(
        "Opens on",
        validators=[InputRequired("Enter the day the poll opens")],
    )
    opens_time = StringField(
        "Opens at",
        description=TIME_HINT,
        validators=[InputRequired("Enter the time the poll opens"), TimeOfDay()],
        widget=GovTextInput(),
    )
    closes_day = DayMonthYearField(
        "Closes on",
        validators=[InputRequired("Enter the day the poll closes")],
    )
    closes_time = StringField(
        "Closes at",
        description=TIME_HINT,
        validators=[InputRequired("Enter the time the poll closes"), TimeOfDay()],
        widget=GovTextInput(),
    )
    allow_change = BooleanField(
        "People can change their vote until the poll closes", widget=GovCheckboxInput()
    )
    ask_why = BooleanField("Ask “Tell us why” (optional for voters)", widget=GovCheckboxInput())
    results_shown = RadioField(
        "Who sees the results?",
        choices=[(choice.value, choice.label) for choice in ResultsShown],
        validators=[InputRequired("Select who sees the results")],
        widget=GovRadioInput(),
    )
    submit = SubmitField("Create poll", widget=GovSubmitInput())

    def option_fields(self) -> list[tuple]:
        return [
            (getattr(self, f"option_{n}"), getattr(self, f"option_{n}_image"),
             getattr(self, f"option_{n}_alt"))
            for n in range(1, MAX_OPTIONS + 1)
        ]  # fmt: skip

    def validate(self, extra_validators=None) -> bool:
        valid = super().validate(extra_validators)
        self._images = {}
        for name in ["image", *(f"option_{n}_image" for n in range(1, MAX_OPTIONS + 1))]:
            valid = self._read_image(name) and valid
        if self.image.data and self._images.get("image") and not self.image_alt.data:
            self.image_alt.errors.append("Say what the picture shows")
            valid = False
        filled = [fields for fields in self.option_fields() if fields[0].data]
        if len(filled) < 2:
            self.option_1.errors.append("Enter at least 2 answers to choose from")
            valid = False
        for text, image, alt in self.option_fields():
            if self._images.get(image.name) and not alt.data:
                alt.errors.append("Say what the picture shows")
                valid = False
            if self._images.get(image.name) and not text.data:
                text.errors.append("Enter the answer's words as well as its picture")
                valid = False
        if self.max_choices.data and filled and self.max_choices.data > len(filled):
            self.max_choices.errors.append("Enter a number no bigger than the number of answers")
            valid = False
        if valid and self.closes_at() <= self.opens_at():
            self.closes_day.errors.append("The poll must close after it opens")
            valid = False
        return valid

    def _read_image(self, name: str) -> bool:
        upload = getattr(self, name).data
        if not upload or not getattr(upload, "filename", ""):
            return True
        data = upload.read()
        if len(data) > MAX_IMAGE_BYTES:
            getattr(self, name).errors.append("The picture must be smaller than 2MB")
            return False
        if image_type(data) is None:
            getattr(self, name).errors.append("The picture must be a PNG, JPG or GIF")
            return False
        self._images[name] = data
        return True

    def opens_at(self):
        return _london(self.opens_day.data, self.opens_time.data)

    def closes_at(self):
        return _london(self.closes_day.data, self.closes_time.data)

    def to_details(self) -> PollDetails:
        return PollDetails(
            question=self.question.data,
            explanation=self.explanation.data or None,
            image=self._images.get("image"),
            image_alt=self.image_alt.data or None,
            max_choices=self.max_choices.data,
            opens_at=self.opens_at(),
            closes_at=self.closes_at(),
            allow_change=self.allow_change.data,
            results_shown=self.results_shown.data,
            ask_why=self.ask_why.data,
            options=[
                OptionDetails(text.data, self._images.get(image.name), alt.data or None)
                for text, image, alt in self.option_fields()
                if text.data
            ],
        )


for _number in range(1, MAX_OPTIONS + 1):
    setattr(
        PollForm,
        f"option_{_number}",
        StringField(
            f"Answer {_number}" + (" (optional)" if _number > 2 else ""),
            validators=[Optional(), at_most(f"Answer {_number}", 120)],
            widget=GovTextInput(),
        ),
    )
    setattr(
        PollForm,
        f"option_{_number}_image",
        _image(f"Picture or symbol for answer {_number} (optional)"),
    )
    setattr(
        PollForm,
        f"option_{_number}_alt",
        StringField(
            f"What the picture for answer {_number} shows",
            validators=[Optional(), at_most("What the picture shows", 300)],
            widget=GovTextInput(),
        ),
    )

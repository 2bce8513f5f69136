"""The officers' entry editor and its updates."""

from govuk_frontend_wtf.wtforms_widgets import (
    GovCheckboxesInput,
    GovRadioInput,
    GovSubmitInput,
    GovTextArea,
    GovTextInput,
)
from wtforms import (
    RadioField,
    SelectMultipleField,
    StringField,
    SubmitField,
    TextAreaField,
)
from wtforms.validators import InputRequired, Optional

from engage.forms import DayMonthYearField, EngageForm, at_most
from engage.you_said_we_did.models import EntryStatus
from engage.you_said_we_did.services import EntryDetails


class EntryForm(EngageForm):
    title = StringField(
        "Headline",
        description="For example, “Waiting for EHC needs assessments”",
        validators=[InputRequired("Enter a headline"), at_most("Headline", 200)],
        widget=GovTextInput(),
    )
    you_said = TextAreaField(
        "You said",
        description="What people told us, in plain words. A first draft is made from the feedback "
        "you chose: check it and make it yours.",
        validators=[InputRequired("Enter what people told us"), at_most("You said", 5000)],
        widget=GovTextArea(),
    )
    we_did = TextAreaField(
        "We did (or will do)",
        validators=[InputRequired("Enter what was done, or what will be done"), at_most("We did", 5000)],
        widget=GovTextArea(),
    )  # fmt: skip
    status = RadioField(
        "Status",
        choices=[(status.value, status.label) for status in EntryStatus],
        validators=[InputRequired("Select a status")],
        widget=GovRadioInput(),
    )
    status_date = DayMonthYearField(
        "Date (optional)",
        description="When it is expected, or when it was done. For example, 27 3 2027",
        validators=[Optional()],
    )
    responsible = StringField(
        "Who is responsible?",
        description="The partner doing it: the council's SEND team, the NHS, a school …",
        validators=[InputRequired("Enter who is responsible"), at_most("Who is responsible", 200)],
        widget=GovTextInput(),
    )
    priorities = SelectMultipleField(
        "Which priorities is it about?",
        coerce=int,
        validators=[InputRequired("Select at least one priority")],
        widget=GovCheckboxesInput(),
    )
    submit = SubmitField("Save", widget=GovSubmitInput())

    def fill_from(self, entry) -> None:
        self.title.data, self.you_said.data, self.we_did.data = (
            entry.title,
            entry.you_said,
            entry.we_did,
        )
        self.status.data, self.status_date.data = entry.status, entry.status_date
        self.responsible.data = entry.responsible
        self.priorities.data = [priority.id for priority in entry.priorities]

    def to_details(self) -> EntryDetails:
        return EntryDetails(
            title=self.title.data,
            you_said=self.you_said.data,
            we_did=self.we_did.data,
            status=self.status.data,
            responsible=self.responsible.data,
            priority_ids=list(self.priorities.data),
            status_date=self.status_date.data,
        )


class UpdateForm(EngageForm):
    text = TextAreaField(
        "Add an update",
        description="News since it was published. It is shown with its date.",
        validators=[InputRequired("Enter the update"), at_most("The update", 2000)],
        widget=GovTextArea(),
    )
    submit = SubmitField("Add update", widget=GovSubmitInput())

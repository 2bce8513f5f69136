"""Officers' service form and CSV upload; the public search form."""

from flask_wtf.file import FileField, FileRequired
from govuk_frontend_wtf.wtforms_widgets import (
    GovFileInput,
    GovSelect,
    GovSubmitInput,
    GovTextArea,
    GovTextInput,
)
from wtforms import EmailField, IntegerField, SelectField, StringField, SubmitField, TextAreaField
from wtforms.validators import URL, Email, InputRequired, NumberRange, Optional

from engage.forms import EngageForm, at_most
from engage.local_offer.directory import CSV_COLUMNS, ServiceDetails
from engage.local_offer.models import CATEGORY_LABELS, MAX_AGE


class ServiceForm(EngageForm):
    name = StringField(
        "Service name",
        validators=[InputRequired("Enter the service name"), at_most("Service name", 200)],
        widget=GovTextInput(),
    )
    provider = StringField(
        "Provider organisation",
        validators=[InputRequired("Enter the provider"), at_most("Provider", 200)],
        widget=GovTextInput(),
    )
    category = SelectField(
        "Category",
        choices=[("", "Choose a category"), *CATEGORY_LABELS.items()],
        validators=[InputRequired("Choose a category")],
        widget=GovSelect(),
    )
    age_from = IntegerField(
        "Youngest age",
        validators=[
            InputRequired("Enter the youngest age"),
            NumberRange(0, MAX_AGE, f"Ages must be from 0 to {MAX_AGE}"),
        ],
        widget=GovTextInput(),
    )
    age_to = IntegerField(
        "Oldest age",
        validators=[
            InputRequired("Enter the oldest age"),
            NumberRange(0, MAX_AGE, f"Ages must be from 0 to {MAX_AGE}"),
        ],
        widget=GovTextInput(),
    )
    delivered_at = StringField(
        "Where it is delivered",
        description="A venue, an area, at home or online.",
        validators=[InputRequired("Enter where it is delivered"), at_most("Where", 300)],
        widget=GovTextInput(),
    )
    description = TextAreaField(
        "Description",
        validators=[InputRequired("Enter a description"), at_most("Description", 5000)],
        widget=GovTextArea(),
    )
    how_to_access = TextAreaField(
        "How to access it",
        description="Who can use it, whether a referral is needed, any cost.",
        validators=[InputRequired("Enter how to access it"), at_most("How to access it", 3000)],
        widget=GovTextArea(),
    )
    contact_phone = StringField(
        "Contact phone (optional)",
        validators=[Optional(), at_most("Contact phone", 40)],
        widget=GovTextInput(),
    )
    contact_email = EmailField(
        "Contact email (optional)",
        validators=[
            Optional(),
            Email("Enter an email address in the correct format, like name@example.com"),
        ],
        widget=GovTextInput(),
    )
    website = StringField(
        "Website (optional)",
        validators=[
            Optional(),
            URL(message="Enter a web address starting https://"),
            at_most("Website", 500),
        ],
        widget=GovTextInput(),
    )
    submit = SubmitField("Save service", widget=GovSubmitInput())

    def validate(self, extra_validators=None) -> bool:
        valid = super().validate(extra_validators)
        if valid and self.age_from.data > self.age_to.data:
            self.age_to.errors.append("The oldest age must not be less than the youngest age")
            valid = False
        return valid

    def fill_from(self, service) -> None:
        for name in ServiceDetails.__dataclass_fields__:
            getattr(self, name).data = getattr(service, name)

    def to_details(self) -> ServiceDetails:
        return ServiceDetails(
            **{
                name: (getattr(self, name).data if getattr(self, name).data != "" else None)
                for name in ServiceDetails.__dataclass_fields__
            }
        )


class ImportForm(EngageForm):
    file = FileField(
        "CSV file",
        description="A header row, then one service a row. Columns: " + ", ".join(CSV_COLUMNS),
        validators=[FileRequired("Choose a CSV file")],
        widget=GovFileInput(),
    )
    submit = SubmitField("Check the file", widget=GovSubmitInput())


class ConfirmImportForm(EngageForm):
    #: the checked file, carried to the confirmation so nothing is stored before it
    content = TextAreaField(validators=[InputRequired()])
    submit = SubmitField("Import the services", widget=GovSubmitInput())

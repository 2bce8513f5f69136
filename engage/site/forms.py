from govuk_frontend_wtf.wtforms_widgets import (
    GovRadioInput,
    GovSubmitInput,
    GovTextArea,
    GovTextInput,
)
from wtforms import EmailField, RadioField, StringField, SubmitField, TextAreaField
from wtforms.validators import Email, InputRequired, Length

from engage.forms import EngageForm


def _required(what: str):
    return InputRequired(f"Enter {what}")


class SiteSettingsForm(EngageForm):
    service_name = StringField(
        "Service name",
        description="Shown at the top of every page, for example ‘Have your say on SEND’",
        validators=[
            _required("the service name"),
            Length(max=80, message="Service name must be 80 characters or fewer"),
        ],
        widget=GovTextInput(),
    )
    area_name = StringField(
        "Local area",
        description="For example ‘Blackpool’",
        validators=[
            _required("the local area"),
            Length(max=80, message="Local area must be 80 characters or fewer"),
        ],
        widget=GovTextInput(),
    )
    organisation_name = StringField(
        "Organisation that runs the service",
        description="The data controller named in the privacy notice, for example ‘Blackpool Council’",
        validators=[
            _required("the organisation's name"),
            Length(max=120, message="Organisation must be 120 characters or fewer"),
        ],
        widget=GovTextInput(),
    )
    contact_email = EmailField(
        "Contact email address",
        validators=[
            _required("a contact email address"),
            Email("Enter an email address in the correct format, like name@example.com"),
        ],
        widget=GovTextInput(),
    )
    contact_phone = StringField(
        "Contact phone number",
        validators=[
            _required("a contact phone number"),
            Length(max=40, message="Phone number must be 40 characters or fewer"),
        ],
        widget=GovTextInput(),
    )
    contact_address = TextAreaField(
        "Contact postal address",
        validators=[
            _required("a contact postal address"),
            Length(max=500, message="Address must be 500 characters or fewer"),
        ],
        widget=GovTextArea(),
    )
    phase = RadioField(
        "Phase",
        choices=[("alpha", "Alpha"), ("beta", "Beta")],
        validators=[InputRequired("Select a phase")],
        widget=GovRadioInput(),
    )
    submit = SubmitField("Save settings", widget=GovSubmitInput())

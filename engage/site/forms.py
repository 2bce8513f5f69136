from govuk_frontend_wtf.wtforms_widgets import (
    GovRadioInput,
    GovSubmitInput,
    GovTextArea,
    GovTextInput,
)
from wtforms import EmailField, RadioField, StringField, SubmitField, TextAreaField
from wtforms.validators import Email, InputRequired

from engage.forms import EngageForm, at_most


def _required(what: str):
    return InputRequired(f"Enter {what}")


class SiteSettingsForm(EngageForm):
    service_name = StringField(
        "Service name",
        description="Shown at the top of every page, for example ‘Have your say on SEND’",
        validators=[
            _required("the service name"),
            at_most("Service name", 80),
        ],
        widget=GovTextInput(),
    )
    area_name = StringField(
        "Local area",
        description="For example ‘Blackpool’",
        validators=[
            _required("the local area"),
            at_most("Local area", 80),
        ],
        widget=GovTextInput(),
    )
    organisation_name = StringField(
        "Organisation that runs the service",
        description="The data controller named in the privacy notice, for example ‘Blackpool Council’",
        validators=[
            _required("the organisation's name"),
            at_most("Organisation", 120),
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
            at_most("Phone number", 40),
        ],
        widget=GovTextInput(),
    )
    contact_address = TextAreaField(
        "Contact postal address",
        validators=[
            _required("a contact postal address"),
            at_most("Address", 500),
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

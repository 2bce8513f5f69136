from govuk_frontend_wtf.wtforms_widgets import (
    GovPasswordInput,
    GovRadioInput,
    GovSubmitInput,
    GovTextInput,
)
from wtforms import EmailField, PasswordField, RadioField, StringField, SubmitField
from wtforms.validators import Email, EqualTo, InputRequired, Length

from engage.accounts.roles import Role
from engage.forms import EngageForm, at_most

EMAIL_REQUIRED = InputRequired("Enter your email address")
EMAIL_FORMAT = Email("Enter an email address in the correct format, like name@example.com")


def _role_choices() -> list[tuple[str, str]]:
    return [(role.value, role.label) for role in Role]


class SignInForm(EngageForm):
    email = EmailField(
        "Email address",
        validators=[EMAIL_REQUIRED],
        widget=GovTextInput(),
        render_kw={"autocomplete": "username", "spellcheck": "false"},
    )
    password = PasswordField(
        "Password",
        validators=[InputRequired("Enter your password")],
        widget=GovPasswordInput(),
        render_kw={"autocomplete": "current-password"},
    )
    submit = SubmitField("Sign in", widget=GovSubmitInput())


class SetPasswordForm(EngageForm):
    password = PasswordField(
        "Create a password",
        validators=[InputRequired("Enter a password")],
        description="Use 12 characters or more. Three random words is a good way to do this.",
        widget=GovPasswordInput(),
        render_kw={"autocomplete": "new-password"},
    )
    confirm_password = PasswordField(
        "Confirm your password",
        validators=[
            InputRequired("Confirm your password"),
            EqualTo("password", "The passwords you entered do not match"),
        ],
        widget=GovPasswordInput(),
        render_kw={"autocomplete": "new-password"},
    )
    submit = SubmitField("Save password and sign in", widget=GovSubmitInput())


class InviteOfficerForm(EngageForm):
    full_name = StringField(
        "Full name",
        validators=[
            InputRequired("Enter the officer's full name"),
            at_most("Full name", 120),
        ],
        widget=GovTextInput(),
        render_kw={"autocomplete": "off", "spellcheck": "false"},
    )
    email = EmailField(
        "Email address",
        validators=[
            InputRequired("Enter the officer's email address"),
            EMAIL_FORMAT,
            Length(max=254),
        ],
        widget=GovTextInput(),
        render_kw={"autocomplete": "off", "spellcheck": "false"},
    )
    role = RadioField(
        "Role",
        choices=_role_choices(),
        validators=[InputRequired("Select a role")],
        widget=GovRadioInput(),
    )
    submit = SubmitField("Create invitation", widget=GovSubmitInput())


class ChangeRoleForm(EngageForm):
    role = RadioField(
        "Role",
        choices=_role_choices(),
        validators=[InputRequired("Select a role")],
        widget=GovRadioInput(),
    )
    submit = SubmitField("Save role", widget=GovSubmitInput())


class ConfirmForm(EngageForm):
    """A button-only form: its CSRF token is the point."""

    submit = SubmitField("Confirm", widget=GovSubmitInput())

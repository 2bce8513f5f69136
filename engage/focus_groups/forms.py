"""The sign-up form (GOV.UK patterns, every error beside its field) and the officers' forms."""

import re

from govuk_frontend_wtf.wtforms_widgets import (
    GovCheckboxesInput,
    GovCheckboxInput,
    GovRadioInput,
    GovSelect,
    GovSubmitInput,
    GovTextArea,
    GovTextInput,
)
from wtforms import (
    BooleanField,
    EmailField,
    IntegerField,
    RadioField,
    SelectField,
    SelectMultipleField,
    StringField,
    SubmitField,
    TextAreaField,
)
from wtforms.validators import Email, InputRequired, NumberRange, Optional

from engage.consultations.forms import LONDON, TIME_HINT, TimeOfDay, _london
from engage.consultations.models import Audience, Relationship
from engage.focus_groups.models import ACCESS_NEED_LABELS, SessionMode
from engage.focus_groups.services import GroupDetails, SessionDetails, SignUpDetails
from engage.forms import DayMonthYearField, EngageForm, at_most

UK_PHONE = re.compile(r"^(?:\+44|0044|0)\d{9,10}$")
CONTACT_CHOICES = [("email", "Email"), ("phone", "Phone call"), ("text", "Text message")]


class SignUpForm(EngageForm):
    name = StringField(
        "Your name",
        validators=[InputRequired("Enter your name"), at_most("Your name", 120)],
        widget=GovTextInput(),
    )
    email = EmailField(
        "Email address",
        description="We send your confirmation and calendar file here.",
        validators=[
            Optional(),
            Email("Enter an email address in the correct format, like name@example.com"),
            at_most("Email address", 254),
        ],
        widget=GovTextInput(),
    )
    phone = StringField(
        "Phone number",
        description="For example, 07700 900 982 or 01632 960 001",
        validators=[Optional(), at_most("Phone number", 40)],
        widget=GovTextInput(),
    )
    relationship = RadioField(
        "Are you a…",
        choices=[(r.value, r.label) for r in Relationship],
        validators=[InputRequired("Select whether you are a parent or carer, young person, ...")],
        widget=GovRadioInput(),
    )
    contact_by = RadioField(
        "How would you like us to contact you?",
        choices=CONTACT_CHOICES,
        validators=[InputRequired("Select how you would like us to contact you")],
        widget=GovRadioInput(),
    )
    access_needs = SelectMultipleField(
        "Do you need any of these to take part?",
        description="Select all that apply. We use this only to arrange support for the session.",
        choices=list(ACCESS_NEED_LABELS.items()),
        validators=[Optional()],
        widget=GovCheckboxesInput(),
    )
    interpreter_language = StringField(
        "Which language should the interpreter speak?",
        validators=[Optional(), at_most("Language", 80)],
        widget=GovTextInput(),
    )
    dietary_needs = StringField(
        "Tell us about your dietary needs",
        validators=[Optional(), at_most("Dietary needs", 300)],
        widget=GovTextInput(),
    )
    other_needs = TextAreaField(
        "Tell us what you need",
        validators=[Optional(), at_most("What you need", 2000)],
        widget=GovTextArea(),
    )
    consent = BooleanField(
        "I agree to be contacted about this session",
        validators=[InputRequired("Agree to be contacted about this session, so we can confirm")],
        widget=GovCheckboxInput(),
    )
    submit = SubmitField("Sign up", widget=GovSubmitInput())

    def validate(self, extra_validators=None) -> bool:
        valid = super().validate(extra_validators)
        phone = re.sub(r"[\s()-]", "", self.phone.data or "")
        if phone and not UK_PHONE.match(phone):
            self.phone.errors.append(
                "Enter a UK phone number, like 07700 900 982 or +44 7700 900 982"
            )
            valid = False
        if not self.email.data and not phone:
            self.email.errors.append("Enter an email address or a phone number")
            valid = False
        elif self.contact_by.data == "email" and not self.email.data:
            self.email.errors.append("Enter an email address, as you asked us to email you")
            valid = False
        elif self.contact_by.data in ("phone", "text") and not phone:
            self.phone.errors.append("Enter a phone number, as you asked us to call or text")
            valid = False
        needs = set(self.access_needs.data or [])
        for need, field, message in (
            ("interpreter", self.interpreter_language, "Enter the language you need"),
            ("dietary", self.dietary_needs, "Tell us about your dietary needs"),
            ("other", self.other_needs, "Tell us what you need"),
        ):
            if need in needs and not field.data:
                field.errors.append(message)
                valid = False
        return valid

    def to_details(self) -> SignUpDetails:
        needs = list(self.access_needs.data or [])
        return SignUpDetails(
            name=self.name.data,
            email=self.email.data or None,
            phone=self.phone.data or None,
            relationship=self.relationship.data,
            contact_by=self.contact_by.data,
            access_needs=needs,
            interpreter_language=self.interpreter_language.data if "interpreter" in needs else None,
            dietary_needs=self.dietary_needs.data if "dietary" in needs else None,
            other_needs=self.other_needs.data if "other" in needs else None,
        )


class CancelForm(EngageForm):
    submit = SubmitField("Yes, cancel", widget=GovSubmitInput())


class GroupForm(EngageForm):
    topic = StringField(
        "Topic",
        validators=[InputRequired("Enter a topic"), at_most("Topic", 200)],
        widget=GovTextInput(),
    )
    description = TextAreaField(
        "Description",
        description="What you will talk about and why it matters. Shown on the public page.",
        validators=[InputRequired("Enter a description"), at_most("Description", 5000)],
        widget=GovTextArea(),
    )
    audiences = SelectMultipleField(
        "Who is it for?",
        choices=[(a.value, a.label) for a in Audience],
        validators=[InputRequired("Select who the focus group is for")],
        widget=GovCheckboxesInput(),
    )
    consultation_id = SelectField(
        "Part of a consultation (optional)",
        coerce=int,
        validators=[Optional()],
        widget=GovSelect(),
    )
    priorities = SelectMultipleField(
        "Priorities it is about (optional)", coerce=int, widget=GovCheckboxesInput()
    )
    submit = SubmitField("Save", widget=GovSubmitInput())

    def fill_from(self, group) -> None:
        self.topic.data, self.description.data = group.topic, group.description
        self.audiences.data = list(group.audiences)
        self.consultation_id.data = group.consultation_id or 0
        self.priorities.data = [priority.id for priority in group.priorities]

    def to_details(self) -> GroupDetails:
        return GroupDetails(
            self.topic.data,
            self.description.data,
            list(self.audiences.data),
            consultation_id=self.consultation_id.data or None,
            priority_ids=list(self.priorities.data or []),
        )


class SessionTimesForm(EngageForm):
    """When a session is: a day and two UK times."""

    day = DayMonthYearField(
        "Date",
        validators=[InputRequired("Enter the date of the session")],
    )
    starts = StringField(
        "Start time",
        description=TIME_HINT,
        validators=[InputRequired("Enter the start time"), TimeOfDay()],
        widget=GovTextInput(),
    )
    ends = StringField(
        "End time",
        description=TIME_HINT,
        validators=[InputRequired("Enter the end time"), TimeOfDay()],
        widget=GovTextInput(),
    )
    submit = SubmitField("Move the session", widget=GovSubmitInput())

    def validate(self, extra_validators=None) -> bool:
        valid = super().validate(extra_validators)
        if valid and self.starts_at() >= self.ends_at():
            self.ends.errors.append("The end time must be after the start time")
            valid = False
        return valid

    def starts_at(self):
        return _london(self.day.data, self.starts.data)

    def ends_at(self):
        return _london(self.day.data, self.ends.data)

    def fill_from(self, session) -> None:
        starts, ends = session.starts_at.astimezone(LONDON), session.ends_at.astimezone(LONDON)
        self.day.data, self.starts.data, self.ends.data = (
            starts.date(),
            starts.strftime("%H:%M"),
            ends.strftime("%H:%M"),
        )


class SessionForm(SessionTimesForm):
    mode = RadioField(
        "How will people take part?",
        choices=[(m.value, m.label) for m in SessionMode],
        validators=[InputRequired("Select in person or online")],
        widget=GovRadioInput(),
    )
    venue = StringField(
        "Venue (in person)", validators=[Optional(), at_most("Venue", 200)], widget=GovTextInput()
    )
    address = TextAreaField(
        "Address (in person)",
        validators=[Optional(), at_most("Address", 500)],
        widget=GovTextArea(),
    )
    accessibility = TextAreaField(
        "Accessibility of the venue",
        description="Step-free access, parking, accessible toilets, a quiet room.",
        validators=[Optional(), at_most("Accessibility", 2000)],
        widget=GovTextArea(),
    )
    joining_details = TextAreaField(
        "Joining details (online)",
        description="The link and any code. Sent only to people with a place, never shown publicly.",
        validators=[Optional(), at_most("Joining details", 2000)],
        widget=GovTextArea(),
    )
    places = IntegerField(
        "Number of places",
        validators=[
            InputRequired("Enter the number of places"),
            NumberRange(1, 500, "Places must be between 1 and 500"),
        ],
        widget=GovTextInput(),
    )
    submit = SubmitField("Save session", widget=GovSubmitInput())

    def validate(self, extra_validators=None) -> bool:
        valid = super().validate(extra_validators)
        if self.mode.data == SessionMode.IN_PERSON.value and not self.venue.data:
            self.venue.errors.append("Enter the venue")
            valid = False
        if self.mode.data == SessionMode.ONLINE.value and not self.joining_details.data:
            self.joining_details.errors.append("Enter the joining details")
            valid = False
        return valid

    def to_details(self) -> SessionDetails:
        online = self.mode.data == SessionMode.ONLINE.value
        return SessionDetails(
            starts_at=self.starts_at(),
            ends_at=self.ends_at(),
            mode=self.mode.data,
            venue=None if online else self.venue.data,
            address=None if online else (self.address.data or None),
            accessibility=self.accessibility.data or None,
            joining_details=self.joining_details.data if online else None,
            places=self.places.data,
        )

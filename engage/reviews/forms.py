"""Writing a review and reporting one (GOV.UK patterns, every error beside its field), and the
moderators' and officers' forms."""

from govuk_frontend_wtf.wtforms_widgets import (
    GovCharacterCount,
    GovCheckboxInput,
    GovRadioInput,
    GovSubmitInput,
    GovTextArea,
    GovTextInput,
)
from wtforms import BooleanField, EmailField, RadioField, StringField, SubmitField, TextAreaField
from wtforms.validators import Email, InputRequired, Optional, ValidationError

from engage.forms import EngageForm, at_most
from engage.reviews.models import (
    ASPECTS,
    RATING_WORDS,
    RejectionReason,
    ReportReason,
    ReviewerRelationship,
)
from engage.reviews.services import SAFEGUARDING_ACTIONS, ReviewDetails

RATING_CHOICES = [
    (star, f"{star} star{'s' if star > 1 else ''}: {RATING_WORDS[star]}")
    for star in range(5, 0, -1)
]
REVIEW_LIMIT = 2000


def _aspect_field(question: str) -> RadioField:
    return RadioField(
        question,
        choices=RATING_CHOICES,
        coerce=int,
        validators=[Optional()],
        widget=GovRadioInput(),
    )


class ReviewForm(EngageForm):
    rating = RadioField(
        "Overall, how would you rate this service?",
        choices=RATING_CHOICES,
        coerce=int,
        validators=[InputRequired("Select a rating from 1 to 5 stars")],
        widget=GovRadioInput(),
    )
    ease_rating = _aspect_field(ASPECTS[0][1])
    communication_rating = _aspect_field(ASPECTS[1][1])
    needs_rating = _aspect_field(ASPECTS[2][1])
    waiting_rating = _aspect_field(ASPECTS[3][1])
    title = StringField(
        "Give your review a title",
        description="For example, “Helpful staff but a long wait”",
        validators=[InputRequired("Enter a title for your review"), at_most("Title", 120)],
        widget=GovTextInput(),
    )
    body = TextAreaField(
        "Your review",
        description=(
            "Tell other families what happened and what it was like. Do not include names, "
            "addresses, phone numbers or anything else that could identify someone."
        ),
        validators=[
            InputRequired("Enter your review"),
            at_most("Your review", REVIEW_LIMIT),
        ],
        widget=GovCharacterCount(),
    )
    relationship = RadioField(
        "Are you a…",
        choices=[(r.value, r.label) for r in ReviewerRelationship],
        validators=[
            InputRequired("Select whether you are a parent or carer, young person or professional")
        ],
        widget=GovRadioInput(),
    )
    display_name = StringField(
        "Your first name (optional)",
        description="We show this with your review. Leave it empty to be shown as “Anonymous”.",
        validators=[Optional(), at_most("Your first name", 60)],
        widget=GovTextInput(),
    )
    email = EmailField(
        "Email address",
        description=(
            "We send you a link to confirm your review, then tell you when it is published. "
            "We never show your email address."
        ),
        validators=[
            InputRequired("Enter your email address"),
            Email("Enter an email address in the correct format, like name@example.com"),
            at_most("Email address", 254),
        ],
        widget=GovTextInput(),
    )
    agree_to_policy = BooleanField(
        "I agree to the review policy",
        validators=[InputRequired("Agree to the review policy to send your review")],
        widget=GovCheckboxInput(),
    )
    submit = SubmitField("Send review", widget=GovSubmitInput())

    def validate_display_name(self, field) -> None:
        if field.data and len(field.data.split()) > 1:
            raise ValidationError("Enter your first name only, or leave it empty")

    def to_details(self) -> ReviewDetails:
        return ReviewDetails(
            rating=self.rating.data,
            title=self.title.data,
            body=self.body.data,
            relationship=self.relationship.data,
            display_name=self.display_name.data or None,
            email=self.email.data,
            **{column: getattr(self, column).data for column, _, _ in ASPECTS},
        )


class ReportForm(EngageForm):
    reason = RadioField(
        "Why are you reporting this review?",
        choices=[(reason.value, reason.label) for reason in ReportReason],
        validators=[InputRequired("Select why you are reporting this review")],
        widget=GovRadioInput(),
    )
    details = TextAreaField(
        "Tell us more (optional)",
        validators=[Optional(), at_most("What you tell us", 1000)],
        widget=GovTextArea(),
    )
    submit = SubmitField("Report review", widget=GovSubmitInput())


class AcknowledgeSafeguardingForm(EngageForm):
    action = RadioField(
        "What did you do about it?",
        choices=list(SAFEGUARDING_ACTIONS.items()),
        validators=[InputRequired("Select what you did about the safeguarding concern")],
        widget=GovRadioInput(),
    )
    submit = SubmitField("Acknowledge", widget=GovSubmitInput())


class PublishForm(EngageForm):
    """The moderator may change the title and text to remove personal data; the original is
    kept for the audit trail."""

    title = StringField(
        "Title as published",
        validators=[InputRequired("Enter the title to publish"), at_most("Title", 200)],
        widget=GovTextInput(),
    )
    body = TextAreaField(
        "Review as published",
        validators=[InputRequired("Enter the review text to publish")],
        widget=GovTextArea(),
    )
    submit = SubmitField("Publish", widget=GovSubmitInput())


class RejectForm(EngageForm):
    reason = RadioField(
        "Why does it break the review policy?",
        choices=[(reason.value, reason.label) for reason in RejectionReason],
        validators=[InputRequired("Select why the review breaks the review policy")],
        widget=GovRadioInput(),
    )
    submit = SubmitField("Reject review", widget=GovSubmitInput())


class ReplyForm(EngageForm):
    responder = StringField(
        "Who is the reply from?",
        description="The provider, or the council. This is shown with the reply.",
        validators=[InputRequired("Enter who the reply is from"), at_most("Who it is from", 200)],
        widget=GovTextInput(),
    )
    body = TextAreaField(
        "Reply",
        validators=[InputRequired("Enter the reply"), at_most("The reply", REVIEW_LIMIT)],
        widget=GovCharacterCount(),
    )
    submit = SubmitField("Send reply for moderation", widget=GovSubmitInput())


class RejectReplyForm(EngageForm):
    note = TextAreaField(
        "Why can it not be published?",
        description="The officer who wrote it sees this.",
        validators=[InputRequired("Say why the reply cannot be published"), at_most("Note", 1000)],
        widget=GovTextArea(),
    )
    submit = SubmitField("Send reply back", widget=GovSubmitInput())

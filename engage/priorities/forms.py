from flask_wtf.file import FileAllowed, FileField, FileRequired
from govuk_frontend_wtf.wtforms_widgets import (
    GovCheckboxInput,
    GovFileInput,
    GovSubmitInput,
    GovTextArea,
    GovTextInput,
)
from wtforms import BooleanField, StringField, SubmitField, TextAreaField
from wtforms.validators import InputRequired, Optional, Regexp

from engage.forms import EngageForm, at_most
from engage.priorities.framework_yaml import PriorityData

SLUG_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"


def _lines(text: str | None) -> tuple[str, ...]:
    return tuple(line.strip() for line in (text or "").splitlines() if line.strip())


class ImportFrameworkForm(EngageForm):
    file = FileField(
        "Upload a framework file",
        description="A YAML file with the area, title and priorities. Export a framework to see the format.",
        validators=[
            FileRequired("Select a YAML file"),
            FileAllowed(["yaml", "yml"], "The selected file must be a YAML file (.yaml or .yml)"),
        ],
        widget=GovFileInput(),
    )
    activate = BooleanField("Make this the active framework", widget=GovCheckboxInput())
    submit = SubmitField("Import framework", widget=GovSubmitInput())


class FrameworkDetailsForm(EngageForm):
    area = StringField(
        "Local area",
        validators=[
            InputRequired("Enter the local area"),
            at_most("Local area", 120),
        ],
        widget=GovTextInput(),
    )
    title = StringField(
        "Strategy title",
        validators=[
            InputRequired("Enter the strategy title"),
            at_most("Title", 300),
        ],
        widget=GovTextInput(),
    )
    source = StringField(
        "Source (optional)",
        description="Where the priorities come from, for example the strategy document",
        validators=[Optional(), at_most("Source", 300)],
        widget=GovTextInput(),
    )
    submit = SubmitField("Save details", widget=GovSubmitInput())


class PriorityForm(EngageForm):
    slug = StringField(
        "Slug",
        description="A short identifier used in files and reports, for example bp-1. Lower-case letters, numbers and hyphens.",
        validators=[
            InputRequired("Enter a slug"),
            at_most("Slug", 60),
            Regexp(
                SLUG_PATTERN,
                message="Slug must be lower-case letters and numbers, joined by single hyphens, like bp-1",
            ),
        ],
        widget=GovTextInput(),
        render_kw={"spellcheck": "false"},
    )
    title = TextAreaField(
        "Title",
        description="The priority as the strategy words it",
        validators=[
            InputRequired("Enter the priority's title"),
            at_most("Title", 500),
        ],
        widget=GovTextArea(),
    )
    short_name = StringField(
        "Short name (optional)",
        description="A label for tables and tags, for example ‘Preparing for adulthood’",
        validators=[
            Optional(),
            at_most("Short name", 40),
        ],
        widget=GovTextInput(),
    )
    description = TextAreaField(
        "Description (optional)",
        validators=[
            Optional(),
            at_most("Description", 2000),
        ],
        widget=GovTextArea(),
    )
    keywords = TextAreaField(
        "Keywords (optional)",
        description="One word or phrase per line that people use about this priority. These help the text analysis.",
        widget=GovTextArea(),
    )
    examples = TextAreaField(
        "Example sentences (optional)",
        description="One per line: things a parent, carer or young person might say about this priority.",
        widget=GovTextArea(),
    )
    submit = SubmitField("Save priority", widget=GovSubmitInput())

    def to_data(self) -> PriorityData:
        return PriorityData(
            slug=self.slug.data,
            title=" ".join(self.title.data.split()),
            short_name=self.short_name.data or None,
            description=self.description.data or None,
            keywords=_lines(self.keywords.data),
            examples=_lines(self.examples.data),
        )

    def fill_from(self, data: PriorityData) -> None:
        self.slug.data = data.slug
        self.title.data = data.title
        self.short_name.data = data.short_name
        self.description.data = data.description
        self.keywords.data = "\n".join(data.keywords)
        self.examples.data = "\n".join(data.examples)

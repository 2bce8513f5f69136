"""The base form every feature's forms extend: GOV.UK wording and whitespace stripped."""

from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import GovDateInput
from wtforms import DateField
from wtforms.validators import Length


def _strip(value):
    return value.strip() if isinstance(value, str) else value


class EngageForm(FlaskForm):
    """Strips surrounding whitespace from every text field, as people paste with spaces."""

    class Meta:
        def bind_field(self, form, unbound_field, options):
            filters = unbound_field.kwargs.get("filters", [])
            if _strip not in filters:
                unbound_field.kwargs["filters"] = [_strip, *filters]
            return unbound_field.bind(form=form, **options)


def at_most(what: str, limit: int) -> Length:
    """A length limit worded as GOV.UK does: "Title must be 200 characters or fewer"."""
    return Length(max=limit, message=f"{what} must be {limit:,} characters or fewer")


class DayMonthYearField(DateField):
    """A GOV.UK date: day, month and year boxes posted under one name. A request with the
    parts missing or too many (never from our pages) is read as three parts, so the person gets
    "Enter a real date" beside the field rather than a server error."""

    def __init__(self, label=None, validators=None, **kwargs):
        kwargs.setdefault("format", "%d %m %Y")
        kwargs.setdefault("widget", GovDateInput())
        super().__init__(label, validators, **kwargs)

    def process_formdata(self, valuelist):
        self.raw_data = [*(valuelist or []), "", "", ""][:3]
        if any(part.strip() for part in self.raw_data):
            try:
                super().process_formdata(self.raw_data)
            except ValueError:
                raise ValueError("Enter a real date, like 27 3 2027") from None

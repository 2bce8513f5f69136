"""The base form every feature's forms extend: GOV.UK wording and whitespace stripped."""

from flask_wtf import FlaskForm
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

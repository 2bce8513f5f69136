"""Reading and changing the site settings."""

from flask import current_app, has_request_context, request

from engage.audit.services import record_event
from engage.extensions import db
from engage.site.models import SiteSettings

EDITABLE_FIELDS = (
    "service_name",
    "area_name",
    "organisation_name",
    "contact_email",
    "contact_phone",
    "contact_address",
    "phase",
)


def settings_from_config() -> SiteSettings:
    config = current_app.config
    return SiteSettings(
        id=1,
        service_name=config["SERVICE_NAME"],
        area_name=config["AREA_NAME"],
        organisation_name=config["ORGANISATION_NAME"],
        contact_email=config["CONTACT_EMAIL"],
        contact_phone=config["CONTACT_PHONE"],
        contact_address=config["CONTACT_ADDRESS"],
        phase=config["PHASE"],
    )


def current_settings() -> SiteSettings:
    """The saved settings, or those from the environment until an admin saves any.

    Read once per request: every template on a page needs them.
    """
    if not has_request_context():
        return db.session.get(SiteSettings, 1) or settings_from_config()
    if "engage.site_settings" not in request.environ:
        settings = db.session.get(SiteSettings, 1) or settings_from_config()
        request.environ["engage.site_settings"] = settings
    return request.environ["engage.site_settings"]


def update_settings(**values: str) -> SiteSettings:
    settings = db.session.get(SiteSettings, 1)
    if settings is None:
        settings = settings_from_config()
        db.session.add(settings)
    changed = {}
    for field in EDITABLE_FIELDS:
        if field in values and getattr(settings, field) != values[field]:
            changed[field] = {"from": getattr(settings, field), "to": values[field]}
            setattr(settings, field, values[field])
    if changed:
        record_event(
            "settings.updated",
            "Changed " + ", ".join(name.replace("_", " ") for name in changed),
            target=settings,
            changes=changed,
        )
    if has_request_context():
        request.environ.pop("engage.site_settings", None)
    return settings

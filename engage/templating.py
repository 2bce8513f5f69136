"""What every template can use: the site settings, the navigation and a few filters."""

from datetime import datetime
from zoneinfo import ZoneInfo

from flask import Flask, request, url_for
from flask_login import current_user

from engage.accounts.roles import Role
from engage.site.services import current_settings

LONDON = ZoneInfo("Europe/London")

PUBLIC_NAVIGATION = [
    ("site.home", "Home"),
    ("consultations.list_consultations", "Consultations"),
    ("focus_groups.list_focus_groups", "Focus groups"),
    ("local_offer.find_services", "Local Offer"),
    ("polls.my_group", "Advisory groups"),
    ("priorities_public.list_priorities", "Our priorities"),
    ("you_said_we_did.log", "You said, we did"),
    ("feedback.tell_us", "Tell us"),
]
OFFICER_NAVIGATION = [
    ("dashboard.home", "Dashboard", None),
    ("feedback_admin.list_feedback", "Feedback", Role.OFFICER),
    ("you_said_we_did_admin.list_entries", "You said, we did", Role.OFFICER),
    ("consultations_admin.list_consultations", "Consultations", Role.OFFICER),
    ("focus_groups_admin.list_focus_groups", "Focus groups", Role.OFFICER),
    ("local_offer_admin.list_services", "Local Offer", Role.OFFICER),
    ("reviews_admin.moderation_queue", "Reviews", Role.MODERATOR),
    ("polls_admin.list_groups", "Advisory groups", Role.OFFICER),
    ("priorities_admin.list_frameworks", "Priorities", Role.OFFICER),
    ("officers_admin.list_officers", "Officers", Role.ADMIN),
    ("audit.list_events", "Audit log", Role.ADMIN),
    ("site_admin.edit_settings", "Settings", Role.ADMIN),
]


def navigation_items() -> list[dict]:
    """Links for the service navigation: public ones, or an officer's by role."""
    if current_user.is_authenticated:
        allowed = [
            (endpoint, text)
            for endpoint, text, role in OFFICER_NAVIGATION
            if role is None or current_user.role in (role, Role.ADMIN)
        ]
    else:
        allowed = PUBLIC_NAVIGATION
    current_blueprint = request.blueprint
    return [
        {
            "href": url_for(endpoint),
            "text": text,
            "active": endpoint.split(".")[0] == current_blueprint,
            "current": request.endpoint == endpoint,
        }
        for endpoint, text in allowed
    ]


def format_datetime(value: datetime | None, fmt: str = "%-d %B %Y at %-I:%M%p") -> str:
    """GOV.UK style dates in UK time: "4 April 2022 at 9:30am"."""
    if value is None:
        return ""
    text = value.astimezone(LONDON).strftime(fmt)
    return text.replace("AM", "am").replace("PM", "pm")


def format_date(value: datetime | None) -> str:
    return format_datetime(value, "%-d %B %Y")


def init_app(app: Flask) -> None:
    app.jinja_env.filters["datetime"] = format_datetime
    app.jinja_env.filters["date"] = format_date

    @app.context_processor
    def inject_site():
        return {
            "site": current_settings(),
            "navigation_items": navigation_items,
            "roles": {role.value: role for role in Role},
        }

"""A demo focus group with two sessions, one nearly full, so the sign-up and waiting list can be
tried straight away."""

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select

from engage.database import utcnow
from engage.extensions import db
from engage.focus_groups import services
from engage.focus_groups.models import FocusGroup

TOPIC = "Short breaks in the school holidays"
LONDON = ZoneInfo("Europe/London")


def seed_demo_focus_group() -> str | None:
    """Returns the topic, or None if it is already there (running seed-demo twice adds nothing)."""
    if db.session.scalar(select(FocusGroup).where(FocusGroup.topic == TOPIC)):
        return None
    group = services.create_focus_group(
        services.GroupDetails(
            topic=TOPIC,
            description=(
                "Families told us the summer holidays are the hardest time of year. Come and "
                "tell us what short breaks, clubs and activities would make them work for you.\n"
                "Tea, coffee and childcare are provided. Sessions last two hours."
            ),
            audiences=["parents_carers", "young_people"],
        )
    )
    next_week = (utcnow() + timedelta(days=7)).astimezone(LONDON).date()
    for day, places, mode in (
        (next_week, 12, "in_person"),
        (next_week + timedelta(days=7), 2, "online"),
    ):
        starts = datetime.combine(day, time(10, 0), tzinfo=LONDON)
        session = services.add_session(
            group,
            services.SessionDetails(
                starts_at=starts,
                ends_at=starts + timedelta(hours=2),
                mode=mode,
                venue="Central Library, Room 2" if mode == "in_person" else None,
                address="Queen Street, Blackpool FY1 1PX" if mode == "in_person" else None,
                accessibility=(
                    "Step-free entrance on Queen Street, lift to all floors, accessible toilet "
                    "and a quiet room."
                )
                if mode == "in_person"
                else "Captions are on. You can join by phone.",
                joining_details=None
                if mode == "in_person"
                else "Join at https://meet.example/engage-demo (code 4821)",
                places=places,
            ),
        )
        if places == 2:
            details = services.SignUpDetails(
                name="Demo parent",
                email=None,  # by phone: the demo queues no email
                phone="07700 900982",
                relationship="parent_carer",
                contact_by="phone",
                access_needs=["bsl"],
                interpreter_language=None,
                dietary_needs=None,
                other_needs=None,
            )
            services.sign_up(session, details)
    return TOPIC

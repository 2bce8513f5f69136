"""A demo young people's advisory group with a poll open now and a finished one with votes."""

from datetime import timedelta

from sqlalchemy import select

from engage.database import utcnow
from engage.extensions import db
from engage.polls import services
from engage.polls.models import AdvisoryGroup
from engage.polls.services import GroupDetails, OptionDetails, PollDetails

DEMO_GROUP = "Young Voices Blackpool"
#: the join code the README gives, so the demo can be tried straight away
DEMO_JOIN_CODE = "VOICES"


def seed_demo_polls() -> str | None:
    """Adds the demo group once; returns its name, or None when it is already there."""
    if db.session.scalar(select(AdvisoryGroup).where(AdvisoryGroup.name == DEMO_GROUP)):
        return None
    group = services.create_group(
        GroupDetails(
            DEMO_GROUP,
            "young_people",
            "We are young people aged 11 to 25 with SEND. We help the council decide things.",
        )
    )
    group.join_code = DEMO_JOIN_CODE
    now = utcnow()
    services.create_poll(
        group,
        PollDetails(
            question="Where should we meet in the summer holidays?",
            explanation="We will meet three times in August. Choose the place you like best.",
            opens_at=now - timedelta(hours=1),
            closes_at=now + timedelta(days=30),
            options=[OptionDetails("The library"), OptionDetails("Stanley Park"),
                     OptionDetails("The youth centre")],
        ),
    )  # fmt: skip
    finished = services.create_poll(
        group,
        PollDetails(
            question="What should the next meeting be about?",
            opens_at=now - timedelta(days=20),
            closes_at=now + timedelta(seconds=30),
            options=[OptionDetails("Getting to college"), OptionDetails("Clubs and activities"),
                     OptionDetails("Health appointments")],
            allow_change=False,
        ),
    )  # fmt: skip
    for number, answer in enumerate([0, 1, 1, 0, 1, 2, 1], start=1):
        member = services.join_with_code(group, f"Demo member {number}", None)
        services.cast_vote(finished, services.member_voter_key(finished, member),
                           [finished.options[answer].id])  # fmt: skip
    finished.closes_at = now - timedelta(days=1)
    finished.opens_at = now - timedelta(days=20)
    return group.name

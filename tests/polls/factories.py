"""Factories for poll tests: an advisory group, a poll open now, and members each on their own
device (a test client carrying their cookie)."""

from datetime import timedelta

import pytest

from engage.database import utcnow
from engage.extensions import db
from engage.polls import services
from engage.polls.services import GroupDetails, OptionDetails, PollDetails
from engage.polls.views import MEMBER_COOKIE


@pytest.fixture
def create_group():
    def _create(name: str = "Young Voices", kind: str = "young_people"):
        group = services.create_group(GroupDetails(name, kind, "We help decide what changes."))
        db.session.commit()
        return group

    return _create


@pytest.fixture
def group(create_group):
    return create_group()


@pytest.fixture
def create_poll(group):
    """Factory: a poll open for the next hour, for `group` unless told otherwise."""

    def _create(for_group=group, answers=("Library", "Park", "Cafe"), **overrides):
        now = utcnow()
        values = dict(
            question="Where should we meet in the summer?",
            opens_at=now - timedelta(minutes=5),
            closes_at=now + timedelta(hours=1),
            options=[OptionDetails(text) for text in answers],
        )
        values.update(overrides)
        poll = services.create_poll(for_group, PollDetails(**values))
        db.session.commit()
        return poll

    return _create


@pytest.fixture
def poll(create_poll):
    return create_poll()


def option_id(poll, text: str) -> int:
    return next(option.id for option in poll.options if option.text == text)


@pytest.fixture
def member_client(app, client, group):
    """Factory: a new member of `group` and a client on their own device (signed in)."""
    counter = iter(range(1, 10_000))

    def _create(of_group=group, name: str | None = None):
        number = next(counter)
        member = services.join_with_code(of_group, name or f"Member {number}", None)
        token = services.sign_in_device(member)
        db.session.commit()
        device = app.test_client()
        device.set_cookie(MEMBER_COOKIE, token)
        return member, device

    return _create

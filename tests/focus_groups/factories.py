"""Factories for focus-group tests: a group with a session a week away."""

from datetime import timedelta

import pytest

from engage.database import utcnow
from engage.extensions import db
from engage.focus_groups import services
from engage.focus_groups.services import GroupDetails, SessionDetails, SignUpDetails


def sign_up_details(number: int = 1, **overrides) -> SignUpDetails:
    values = dict(
        name=f"Parent {number}",
        email=f"parent{number}@family.example",
        phone=None,
        relationship="parent_carer",
        contact_by="email",
        access_needs=[],
        interpreter_language=None,
        dietary_needs=None,
        other_needs=None,
    )
    values.update(overrides)
    return SignUpDetails(**values)


@pytest.fixture
def create_session():
    """Factory: a focus group session a week away, committed."""

    def _create(places: int = 10, **overrides):
        group = services.create_focus_group(
            GroupDetails(
                topic="Short breaks in the school holidays",
                description="Tell us what would make the summer holidays work for your family.",
                audiences=["parents_carers"],
            )
        )
        starts = utcnow().replace(microsecond=0) + timedelta(days=7)
        values = dict(
            starts_at=starts,
            ends_at=starts + timedelta(hours=2),
            mode="in_person",
            venue="Central Library, Room 2",
            address="Queen Street, Blackpool FY1 1PX",
            accessibility="Step-free entrance on Queen Street; accessible toilet; quiet room.",
            joining_details=None,
            places=places,
        )
        values.update(overrides)
        session = services.add_session(group, SessionDetails(**values))
        db.session.commit()
        return session

    return _create

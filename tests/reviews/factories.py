"""Factories for review tests: a Local Offer service, a review written through the real form
(its confirmation token read from the email), and a signed-in moderator."""

import re

import pytest
from sqlalchemy import select

from engage.accounts.roles import Role
from engage.email.models import OutboxEmail
from engage.extensions import db
from engage.local_offer import directory
from engage.local_offer.directory import ServiceDetails
from engage.reviews.models import Review

CONFIRM_LINK = re.compile(r"/local-offer/reviews/confirm/(\S+)")


def review_form(number: int = 1, **overrides) -> dict:
    """What a parent types into the review form."""
    values = {
        "rating": "4",
        "ease_rating": "3",
        "communication_rating": "5",
        "title": "Kind staff, long wait",
        "body": "The staff understood our daughter, but we waited eight months for a place.",
        "relationship": "parent_carer",
        "display_name": "Claire",
        "email": f"parent{number}@family.example",
        "agree_to_policy": "y",
    }
    values.update(overrides)
    return {name: value for name, value in values.items() if value is not None}


def emails(purpose: str, to: str | None = None) -> list[OutboxEmail]:
    query = select(OutboxEmail).where(OutboxEmail.purpose == purpose)
    if to:
        query = query.where(OutboxEmail.to_address == to)
    return db.session.scalars(query.order_by(OutboxEmail.id)).all()


def confirmation_token(to: str) -> str:
    """The token in the latest confirmation link sent to `to`."""
    return CONFIRM_LINK.search(emails("review.confirm", to)[-1].body_text).group(1)


@pytest.fixture
def create_service():
    counter = iter(range(1, 1000))

    def _create(**overrides):
        number = next(counter)
        values = dict(
            name=f"Saturday Club {number}" if number > 1 else "Saturday Club",
            provider="Blackpool Carers Centre",
            category="short_breaks",
            age_from=8,
            age_to=18,
            delivered_at="Central Library",
            description="Games, crafts and friends every Saturday morning.",
            how_to_access="Ask for a short breaks assessment.",
        )
        values.update(overrides)
        service = directory.create_service(ServiceDetails(**values))
        db.session.commit()
        return service

    return _create


@pytest.fixture
def service(create_service):
    return create_service()


@pytest.fixture
def write_review(client):
    """Write a review through the public form; confirm it from the email unless told not to.
    Returns the Review."""

    def _write(service, number: int = 1, confirm: bool = True, **overrides) -> Review:
        data = review_form(number, **overrides)
        response = client.post(f"/local-offer/services/{service.id}/write-a-review", data=data)
        assert response.status_code == 302, response.get_data(as_text=True)[:2000]
        if confirm:
            token = confirmation_token(data["email"])
            assert client.get(f"/local-offer/reviews/confirm/{token}").status_code == 200
        db.session.expire_all()
        return db.session.scalars(select(Review).order_by(Review.id.desc())).first()

    return _write


@pytest.fixture
def moderator(create_officer):
    return create_officer(Role.MODERATOR)


@pytest.fixture
def moderator_client(app, client, moderator):
    """A second client, signed in as a moderator, beside the public `client`."""
    from tests.support import TEST_PASSWORD

    moderator_client = app.test_client()
    response = moderator_client.post(
        "/sign-in", data={"email": moderator.email, "password": TEST_PASSWORD}
    )
    assert response.status_code == 302
    return moderator_client


@pytest.fixture
def officer(create_officer):
    return create_officer(Role.OFFICER)

"""A provider replies to a review (an officer writes it for them); the reply is moderated too,
then shows under the review and the reviewer is told."""

import pytest
from sqlalchemy import select

from engage.extensions import db
from engage.reviews import services
from engage.reviews.models import ReplyStatus, ReviewReply
from tests.reviews.factories import emails


@pytest.fixture
def published_review(moderator, service, write_review):
    review = write_review(service)
    services.publish_review(review, moderator)
    db.session.commit()
    return review


def test_a_reply_is_moderated_then_shown_under_the_review(
    client, officer_client, moderator_client, service, published_review
):
    listing = officer_client.page(f"/manage/reviews/services/{service.id}")
    assert listing.select_one("a[href$='/reply']")
    form = officer_client.page(f"/manage/reviews/{published_review.id}/reply")
    assert form.select_one("#responder")["value"] == "Blackpool Carers Centre"
    response = officer_client.post(
        f"/manage/reviews/{published_review.id}/reply",
        data={
            "responder": "Blackpool Carers Centre",
            "body": "Thank you. We have more places now.",
        },
    )
    assert response.status_code == 302
    assert (
        "Thank you. We have more places"
        not in client.page(f"/local-offer/services/{service.id}").get_text()
    )

    queue = moderator_client.page("/manage/reviews/")
    link = queue.select_one("a[href*='/manage/reviews/replies/']")
    assert "Reply from Blackpool Carers Centre" in link.get_text()
    moderator_client.page(link["href"])
    assert moderator_client.post(link["href"] + "/publish", data={}).status_code == 302

    reply = client.page(f"/local-offer/services/{service.id}").select_one(".engage-reply")
    assert "Reply from Blackpool Carers Centre" in reply.get_text()
    assert "Thank you. We have more places now." in reply.get_text()
    [email] = emails("review.reply", "parent1@family.example")
    assert "Blackpool Carers Centre has replied" in email.subject


def test_a_review_has_one_reply(officer_client, officer, published_review):
    services.write_reply(published_review, officer, "Provider", "First reply")
    reply = published_review.reply
    reply.status = ReplyStatus.PUBLISHED.value
    db.session.commit()
    response = officer_client.post(
        f"/manage/reviews/{published_review.id}/reply",
        data={"responder": "Provider", "body": "A second reply"},
    )
    assert response.status_code == 409
    assert "already has a published reply" in response.get_data(as_text=True)
    assert len(db.session.scalars(select(ReviewReply)).all()) == 1


def test_a_reply_sent_back_can_be_changed_and_sent_again(
    officer_client, moderator_client, officer, service, published_review
):
    reply = services.write_reply(published_review, officer, "Provider", "Call Dave on 07700 900982")
    db.session.commit()
    missing_note = moderator_client.post(f"/manage/reviews/replies/{reply.id}/reject", data={})
    assert missing_note.status_code == 400
    assert "Say why the reply cannot be published" in missing_note.get_data(as_text=True)
    moderator_client.post(
        f"/manage/reviews/replies/{reply.id}/reject",
        data={"reject-note": "Please do not include a member of staff's phone number"},
    )
    db.session.expire_all()
    assert reply.status == ReplyStatus.REJECTED.value
    listing = officer_client.page(f"/manage/reviews/services/{service.id}").get_text()
    assert "Reply sent back" in listing and "staff's phone number" in listing

    officer_client.post(
        f"/manage/reviews/{published_review.id}/reply",
        data={"responder": "Provider", "body": "Please ring the main office."},
    )
    db.session.expire_all()
    assert (
        reply.status == ReplyStatus.PENDING.value and reply.body == "Please ring the main office."
    )


def test_only_a_published_review_can_be_replied_to(officer, service, write_review):
    review = write_review(service)
    with pytest.raises(services.ModerationRefused, match="only to a published review"):
        services.write_reply(review, officer, "Provider", "Thanks")

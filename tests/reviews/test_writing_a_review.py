"""A parent writes a review of a service: it is kept unconfirmed until they follow the link in
their email, then waits for a moderator, and only once published does it show or count."""

from datetime import timedelta

import pytest
from sqlalchemy import select

from engage.extensions import db
from engage.feedback.models import Feedback
from engage.reviews.models import Review, ReviewStatus
from tests.reviews.factories import confirmation_token, emails, review_form
from tests.support import check_page


def _service_page(client, service):
    return client.page(f"/local-offer/services/{service.id}")


def _publish(moderator_client, review):
    response = moderator_client.post(
        f"/manage/reviews/{review.id}/publish",
        data={"publish-title": review.title, "publish-body": review.body},
    )
    assert response.status_code == 302, response.get_data(as_text=True)[:3000]
    db.session.expire_all()


def test_a_review_shows_and_counts_only_once_confirmed_and_published(
    client, moderator_client, service, write_review
):
    review = write_review(service, confirm=False)
    assert review.status == ReviewStatus.UNCONFIRMED.value
    page = _service_page(client, service)
    assert "No reviews yet." in page.select_one(".engage-rating-summary").get_text()
    assert "Kind staff, long wait" not in page.get_text()
    [email] = emails("review.confirm", "parent1@family.example")
    assert email.subject == "Confirm your review of Saturday Club"

    token = confirmation_token("parent1@family.example")
    confirmed = client.page(f"/local-offer/reviews/confirm/{token}")
    assert "We will check it before it is published" in confirmed.get_text()
    db.session.expire_all()
    assert review.status == ReviewStatus.PENDING.value
    assert "No reviews yet." in _service_page(client, service).get_text()  # not moderated yet
    # The text is feedback for analysis from the moment it is confirmed.
    feedback = db.session.scalars(select(Feedback).where(Feedback.origin_type == "review")).one()
    assert feedback.source == "review" and feedback.voice == "parent_carer"
    assert "waited eight months" in feedback.text

    _publish(moderator_client, review)
    page = _service_page(client, service)
    summary = page.select_one(".engage-rating-summary").get_text(" ", strip=True)
    assert "4.0 out of 5" in summary and "Average rating from 1 review" in summary
    rows = {
        row.th.get_text(strip=True): [cell.get_text(strip=True) for cell in row.select("td")][:2]
        for row in page.select(".engage-star-table tbody tr")
    }
    assert rows["4 stars"] == ["1", "100%"] and rows["5 stars"] == ["0", "0%"]
    card = page.select_one(".engage-review").get_text(" ", strip=True)
    assert "Kind staff, long wait" in card and "4 out of 5 stars: Good" in card
    assert "By Claire, parent or carer" in card
    assert "Ease of getting the service: 3 out of 5 stars" in card
    assert "parent1@family.example" not in page.decode()
    assert emails("review.published", "parent1@family.example")


def test_the_summary_averages_published_reviews_to_one_decimal_and_lists_them_newest_first(
    client, moderator_client, service, write_review
):
    for number, rating in enumerate(("5", "4", "4"), start=1):
        review = write_review(service, number, rating=rating, title=f"Review {number}")
        _publish(moderator_client, review)
    write_review(service, 4, rating="1", title="Not moderated yet")
    write_review(service, 5, rating="1", title="Never confirmed", confirm=False)

    page = _service_page(client, service)
    summary = page.select_one(".engage-rating-summary").get_text(" ", strip=True)
    assert "4.3 out of 5" in summary and "from 3 reviews" in summary
    titles = [h.get_text(strip=True) for h in page.select(".engage-review h3")]
    assert titles == ["Review 3", "Review 2", "Review 1"]
    listing = client.page("/local-offer/").get_text(" ", strip=True)
    assert "Rated 4.3 out of 5 from 3 reviews" in listing


@pytest.mark.parametrize(
    "field, value, message",
    [
        ("rating", None, "Select a rating from 1 to 5 stars"),
        ("rating", "6", "Not a valid choice"),
        ("title", "", "Enter a title for your review"),
        ("title", "x" * 121, "Title must be 120 characters or fewer"),
        ("body", "", "Enter your review"),
        ("body", "x" * 2001, "Your review must be 2,000 characters or fewer"),
        ("relationship", None, "Select whether you are a parent or carer, young person or professional"),
        ("display_name", "Claire Jones", "Enter your first name only, or leave it empty"),
        ("email", "", "Enter your email address"),
        ("email", "claire-at-home", "Enter an email address in the correct format, like name@example.com"),
        ("agree_to_policy", None, "Agree to the review policy to send your review"),
    ],
)  # fmt: skip
def test_each_mistake_is_named_beside_its_field_and_nothing_typed_is_lost(
    client, service, field, value, message
):
    data = review_form(**{field: value})
    response = client.post(f"/local-offer/services/{service.id}/write-a-review", data=data)
    assert response.status_code == 400
    page = check_page(response.get_data(as_text=True))
    assert page.title.get_text().startswith("Error: Write a review")
    assert message in page.select_one(".govuk-error-summary").get_text()
    assert message in page.select_one(f"#{field}-error").get_text()
    if field != "body":
        assert page.select_one("#body").get_text() == data["body"]
    if field != "title":
        assert page.select_one("#title")["value"] == data["title"]
    assert db.session.scalar(select(Review.id)) is None
    assert emails("review.confirm") == []


def test_following_the_link_twice_changes_nothing_and_an_old_link_has_expired(
    app, client, service, write_review
):
    review = write_review(service)
    unconfirmed = write_review(service, 2, confirm=False)
    token = confirmation_token("parent1@family.example")
    assert client.get(f"/local-offer/reviews/confirm/{token}").status_code == 200
    assert len(db.session.scalars(select(Feedback)).all()) == 1
    assert review.status == ReviewStatus.PENDING.value

    unconfirmed.submitted_at -= timedelta(days=app.config["REVIEW_CONFIRMATION_DAYS"] + 1)
    db.session.commit()
    old = client.page(
        f"/local-offer/reviews/confirm/{confirmation_token('parent2@family.example')}", 410
    )
    assert "This link has expired" in old.h1.get_text()
    db.session.expire_all()
    assert unconfirmed.status == ReviewStatus.UNCONFIRMED.value
    assert client.get("/local-offer/reviews/confirm/not-a-real-token").status_code == 404


def test_a_second_review_by_the_same_person_replaces_the_first_once_moderated(
    client, moderator_client, service, write_review
):
    first = write_review(service, title="First visit", rating="2")
    _publish(moderator_client, first)
    second = write_review(service, title="Much better now", rating="5")
    assert "replace your earlier one" in emails("review.confirm")[-1].body_text
    summary = _service_page(client, service).select_one(".engage-rating-summary").get_text()
    assert "2.0 out of 5" in summary  # the first stays until the second is moderated

    _publish(moderator_client, second)
    page = _service_page(client, service)
    assert [h.get_text(strip=True) for h in page.select(".engage-review h3")] == ["Much better now"]
    assert "5.0 out of 5" in page.get_text() and "from 1 review" in page.get_text()
    assert first.status == ReviewStatus.REPLACED.value and first.replaced_by_id == second.id


def test_a_second_review_before_the_first_is_moderated_withdraws_the_first(service, write_review):
    first = write_review(service, title="Written in a hurry")
    second = write_review(service, title="What I really think")
    db.session.expire_all()
    assert first.status == ReviewStatus.REPLACED.value
    assert second.status == ReviewStatus.PENDING.value


def test_reviews_from_one_address_are_throttled(app, client, service, monkeypatch):
    monkeypatch.setitem(app.config, "REVIEW_RATE_LIMIT", "3 per hour;20 per day")
    url = f"/local-offer/services/{service.id}/write-a-review"
    allowed = 3
    responses = [client.post(url, data=review_form(number)) for number in range(allowed + 1)]
    assert [r.status_code for r in responses] == [302] * allowed + [429]
    assert client.get(url).status_code == 200  # reading the form is never throttled
    assert len(db.session.scalars(select(Review)).all()) == allowed


def test_purge_removes_reviews_never_confirmed_but_keeps_an_unread_disclosure(
    app, service, write_review
):
    from engage.reviews.services import delete_unconfirmed_reviews

    forgotten = write_review(service, 1, confirm=False)
    disclosure = write_review(
        service, 2, confirm=False, body="I don't feel safe at home, he hits me."
    )
    recent = write_review(service, 3, confirm=False)
    confirmed = write_review(service, 4)
    for review in (forgotten, disclosure, confirmed):
        review.submitted_at -= timedelta(days=app.config["REVIEW_CONFIRMATION_DAYS"] + 1)
    db.session.commit()
    assert delete_unconfirmed_reviews() == 1
    db.session.commit()
    remaining = set(db.session.scalars(select(Review.id)))
    assert remaining == {disclosure.id, recent.id, confirmed.id}

"""Moderators check every review before it is published: flagged ones first, safeguarding
acknowledged before anything else, personal data redacted, rejections explained to the
reviewer, and reported reviews back in the queue."""

import pytest
from sqlalchemy import select

from engage.audit.models import AuditEvent
from engage.extensions import db
from engage.reviews import services
from engage.reviews.models import RejectionReason, Review, ReviewStatus
from tests.reviews.factories import emails

DISCLOSURE = "I don't feel safe at home when dad is angry, he hits me."
PERSONAL = "Mrs Patel the SENCO said to ring 07700 900982 or email jo.bloggs@gmail.com."


def _queue_titles(moderator_client) -> list[str]:
    page = moderator_client.page("/manage/reviews/")
    return [link.get_text(strip=True) for link in page.select("table a.govuk-link")]


def test_the_queue_puts_safeguarding_first_then_flagged_and_reported_reviews(
    client, moderator_client, moderator, service, write_review
):
    plain = write_review(service, 1, title="Plain")
    published = write_review(service, 2, title="Published then reported")
    services.publish_review(published, moderator)
    db.session.commit()
    write_review(service, 3, title="Flagged", body=PERSONAL)
    write_review(service, 4, title="Disclosure", body=DISCLOSURE)
    client.post(f"/local-offer/reviews/{published.id}/report", data={"reason": "untrue"})

    assert _queue_titles(moderator_client) == [
        "Disclosure",
        "Published then reported",
        "Flagged",
        "Plain",
    ]
    assert plain.status == ReviewStatus.PENDING.value


def test_a_safeguarding_flag_must_be_acknowledged_before_publishing_or_rejecting(
    moderator_client, moderator, service, write_review
):
    review = write_review(service, body=DISCLOSURE)
    assert review.has_safeguarding_flag
    page = moderator_client.page(f"/manage/reviews/{review.id}")
    banner = page.select_one(".engage-safeguarding-banner").get_text(" ", strip=True)
    assert "Possible safeguarding disclosure" in banner
    assert page.select_one("mark.engage-flag--safeguarding")

    refused = moderator_client.post(
        f"/manage/reviews/{review.id}/publish",
        data={"publish-title": review.title, "publish-body": review.body},
    )
    assert refused.status_code == 409
    assert "Acknowledge the possible safeguarding disclosure" in refused.get_data(as_text=True)
    refused = moderator_client.post(
        f"/manage/reviews/{review.id}/reject", data={"reject-reason": "offensive"}
    )
    assert refused.status_code == 409
    assert review.status == ReviewStatus.PENDING.value

    no_choice = moderator_client.post(f"/manage/reviews/{review.id}/acknowledge", data={})
    assert no_choice.status_code == 400
    assert "Select what you did about the safeguarding concern" in no_choice.get_data(as_text=True)
    moderator_client.post(
        f"/manage/reviews/{review.id}/acknowledge", data={"acknowledge-action": "referred"}
    )
    db.session.expire_all()
    assert review.safeguarding_acknowledged_by_id == moderator.id
    assert review.safeguarding_acknowledged_at is not None
    event = db.session.scalars(
        select(AuditEvent).where(AuditEvent.action == "review.safeguarding_acknowledged")
    ).one()
    assert event.officer_id == moderator.id and "Referred to safeguarding" in event.summary
    page = moderator_client.page(f"/manage/reviews/{review.id}")
    assert "Acknowledged by " + moderator.full_name in page.get_text()
    response = moderator_client.post(
        f"/manage/reviews/{review.id}/reject", data={"reject-reason": "not_about_service"}
    )
    assert response.status_code == 302


def test_a_disclosure_reaches_moderators_even_if_the_email_is_never_confirmed(
    moderator_client, moderator, service, write_review
):
    review = write_review(service, body=DISCLOSURE, confirm=False)
    assert _queue_titles(moderator_client) == [review.title]
    with pytest.raises(services.ModerationRefused, match="not confirmed their email"):
        services.acknowledge_safeguarding(review, moderator, "not_a_concern")
        services.publish_review(review, moderator)
    db.session.commit()
    assert _queue_titles(moderator_client) == []  # read: it can wait for its confirmation now


def test_a_moderator_publishes_with_personal_data_redacted_and_the_original_kept(
    client, moderator_client, moderator, service, write_review
):
    review = write_review(service, title="Ask for Mrs Patel", body=PERSONAL)
    page = moderator_client.page(f"/manage/reviews/{review.id}")
    marked = [mark.contents[0] for mark in page.select("mark.engage-flag")]
    assert marked == ["Mrs Patel", "Mrs Patel", "07700 900982", "jo.bloggs@gmail.com"]
    suggested = page.select_one("#publish-body").get_text()
    assert suggested == (
        "[name removed] the SENCO said to ring [phone number removed] or email [email removed]."
    )
    assert page.select_one("#publish-title")["value"] == "Ask for [name removed]"

    moderator_client.post(
        f"/manage/reviews/{review.id}/publish",
        data={"publish-title": "Ask for the SENCO", "publish-body": suggested},
    )
    db.session.expire_all()
    public = client.page(f"/local-offer/services/{service.id}").decode()
    assert "[phone number removed]" in public and "Ask for the SENCO" in public
    for personal in ("Patel", "07700", "jo.bloggs"):
        assert personal not in public
    assert review.body == PERSONAL and review.was_redacted  # the original, for the audit trail
    event = db.session.scalars(
        select(AuditEvent).where(AuditEvent.action == "review.published")
    ).one()
    assert event.details["original_body"] == PERSONAL and event.officer_id == moderator.id
    assert "We removed some personal information" in emails("review.published")[0].body_text


@pytest.mark.parametrize("reason", list(RejectionReason))
def test_every_rejection_reason_reaches_the_reviewer(
    client, moderator_client, service, write_review, reason
):
    review = write_review(service)
    response = moderator_client.post(
        f"/manage/reviews/{review.id}/reject", data={"reject-reason": reason.value}
    )
    assert response.status_code == 302
    [email] = emails("review.rejected", "parent1@family.example")
    assert reason.label in email.body_text and reason.explanation in email.body_text
    assert "Kind staff, long wait" in email.body_text
    db.session.expire_all()
    assert review.status == ReviewStatus.REJECTED.value
    assert "No reviews yet." in client.page(f"/local-offer/services/{service.id}").get_text()


def test_rejecting_without_a_reason_is_refused_beside_the_field(
    moderator_client, service, write_review
):
    review = write_review(service)
    response = moderator_client.post(f"/manage/reviews/{review.id}/reject", data={})
    assert response.status_code == 400
    text = response.get_data(as_text=True)
    assert 'id="reject-reason-error"' in text and "Select why the review breaks" in text
    assert review.status == ReviewStatus.PENDING.value


def test_a_reported_review_leaves_the_page_and_goes_back_to_the_queue(
    client, moderator_client, moderator, service, write_review
):
    review = write_review(service)
    services.publish_review(review, moderator)
    db.session.commit()
    form = client.page(f"/local-offer/reviews/{review.id}/report")
    assert "Kind staff, long wait" in form.get_text()
    missing = client.post(f"/local-offer/reviews/{review.id}/report", data={})
    assert missing.status_code == 400
    assert "Select why you are reporting this review" in missing.get_data(as_text=True)

    response = client.post(
        f"/local-offer/reviews/{review.id}/report",
        data={"reason": "personal_information", "details": "It names my neighbour's child"},
    )
    assert response.status_code == 302
    db.session.expire_all()
    assert review.status == ReviewStatus.PENDING.value
    page = client.page(f"/local-offer/services/{service.id}").get_text()
    assert "Kind staff, long wait" not in page and "No reviews yet." in page
    assert _queue_titles(moderator_client) == ["Kind staff, long wait"]
    moderation = moderator_client.page(f"/manage/reviews/{review.id}").get_text()
    assert "It contains personal information. It names my neighbour's child" in moderation
    assert (
        client.post(
            f"/local-offer/reviews/{review.id}/report", data={"reason": "other"}
        ).status_code
        == 410
    )  # already off the page

    moderator_client.post(
        f"/manage/reviews/{review.id}/publish",
        data={"publish-title": review.title, "publish-body": review.body},
    )
    db.session.expire_all()
    assert review.is_published and review.reports[0].resolved_at is not None
    assert len(emails("review.published")) == 1  # the reviewer is not told twice


def test_two_moderators_cannot_both_act_on_one_review(create_officer, service, write_review):
    from engage.accounts.roles import Role

    review = write_review(service)
    first, second = create_officer(Role.MODERATOR), create_officer(Role.MODERATOR)
    stale = db.session.get(Review, review.id)
    services.publish_review(review, first)
    with pytest.raises(services.ModerationRefused, match="already moderated"):
        services.reject_review(stale, second, "offensive")
    assert len(emails("review.published")) == 1 and emails("review.rejected") == []


def test_only_moderators_and_admins_moderate(officer_client, service, write_review):
    review = write_review(service)
    assert officer_client.get("/manage/reviews/").status_code == 403
    assert officer_client.get(f"/manage/reviews/{review.id}").status_code == 403

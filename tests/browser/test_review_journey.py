"""A parent writes a review with the keyboard only on a phone, confirms it from the email, a
moderator redacts a phone number and publishes it, and it shows on the service page with the
rating summary updated; axe checks every page of the journey."""

import pytest

from engage.accounts.roles import Role
from engage.extensions import db
from tests.browser.test_accessibility import _sign_in
from tests.browser.test_consultation_journey import (
    PHONE,
    press_button,
    press_enter_and_wait,
    tab_to,
)
from tests.reviews.factories import confirmation_token

pytestmark = pytest.mark.browser


def test_parent_reviews_a_service_and_a_moderator_publishes_it_redacted(
    browser, live_server, axe_violations, create_service, create_officer
):
    service = create_service()
    moderator = create_officer(Role.MODERATOR)
    context = browser.new_context(
        base_url=live_server, viewport=PHONE, bypass_csp=True, has_touch=True
    )
    page = context.new_page()
    checked = []

    def check_accessibility():
        assert axe_violations(page) == [], page.url
        checked.append(page.url)

    page.goto(f"/local-offer/services/{service.id}")
    assert "No reviews yet." in page.locator(".engage-rating-summary").inner_text()
    check_accessibility()
    tab_to(page, page.get_by_role("button", name="Write a review"))
    press_enter_and_wait(page)

    assert page.locator("h1").inner_text() == "Write a review of Saturday Club"
    check_accessibility()
    tab_to(page, page.get_by_label("5 stars: Excellent").first)
    page.keyboard.press("ArrowDown")  # arrow keys move through a radio group, as they should
    assert (
        page.get_by_role("group", name="Overall, how would you rate this service?")
        .get_by_label("4 stars: Good")
        .is_checked()
    )
    tab_to(page, page.get_by_label("Give your review a title"))
    page.keyboard.type("Lovely staff, slow to call back")
    tab_to(page, page.get_by_label("Your review", exact=True))
    page.keyboard.type(
        "The club is great for our son. Call me on 07700 900982 if you want to know more."
    )
    tab_to(page, page.get_by_label("Parent or carer"))
    page.keyboard.press("Space")
    tab_to(page, page.get_by_label("Your first name (optional)"))
    page.keyboard.type("Claire")
    tab_to(page, page.get_by_label("Email address"))
    page.keyboard.type("claire@family.example")
    press_button(page, "Send review")  # forgot to agree to the policy

    assert page.title().startswith("Error: Write a review")
    summary = page.locator(".govuk-error-summary")
    assert "Agree to the review policy to send your review" in summary.inner_text()
    check_accessibility()
    tab_to(page, summary.get_by_role("link", name="Agree to the review policy to send your review"))
    page.keyboard.press("Enter")
    page.keyboard.press("Space")
    assert page.get_by_label("I agree to the review policy").is_checked()
    assert (
        page.get_by_label("Give your review a title").input_value()
        == "Lovely staff, slow to call back"
    )
    press_button(page, "Send review")

    assert page.locator("h1").inner_text() == "Check your email"
    assert "claire@family.example" in page.locator("main").inner_text()
    check_accessibility()
    db.session.rollback()  # read what the live server committed
    page.goto(f"/local-offer/reviews/confirm/{confirmation_token('claire@family.example')}")
    assert "Thank you for your review" in page.locator("h1").inner_text()
    check_accessibility()

    moderating = browser.new_context(base_url=live_server, bypass_csp=True).new_page()
    _sign_in(moderating, moderator.email)
    moderating.goto("/manage/reviews/")
    assert axe_violations(moderating) == []
    with moderating.expect_navigation():
        moderating.get_by_role("link", name="Lovely staff, slow to call back").click()
    assert moderating.locator("mark.engage-flag").first.inner_text().startswith("07700 900982")
    assert axe_violations(moderating) == []
    assert "[phone number removed]" in moderating.get_by_label("Review as published").input_value()
    with moderating.expect_navigation():
        moderating.get_by_role("button", name="Publish with redactions").click()
    assert "Review published on Saturday Club" in moderating.locator("main").inner_text()
    moderating.context.close()

    page.goto(f"/local-offer/services/{service.id}")
    summary = page.locator(".engage-rating-summary").inner_text()
    assert "4.0 out of 5" in summary and "Average rating from 1 review" in summary
    review = page.locator(".engage-review").inner_text()
    assert "Lovely staff, slow to call back" in review and "[phone number removed]" in review
    assert "07700" not in page.content()
    check_accessibility()
    context.close()
    assert len(checked) == 6

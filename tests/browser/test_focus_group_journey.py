"""A parent signs up to a full focus group on a phone with the keyboard only: a mistake, the
waiting list, then cancelling; axe checks every page of the journey."""

import pytest

from engage.extensions import db
from engage.focus_groups import services
from tests.browser.test_consultation_journey import (
    PHONE,
    press_button,
    press_enter_and_wait,
    tab_to,
)
from tests.focus_groups.factories import sign_up_details

pytestmark = pytest.mark.browser


def test_parent_joins_a_waiting_list_and_cancels_with_the_keyboard_on_a_phone(
    app, browser, live_server, axe_violations, create_session
):
    session = create_session(places=1)
    with app.test_request_context(base_url=live_server):
        services.sign_up(session, sign_up_details(1))
    db.session.commit()
    context = browser.new_context(
        base_url=live_server, viewport=PHONE, bypass_csp=True, has_touch=True
    )
    page = context.new_page()
    checked = []

    def check_accessibility():
        assert axe_violations(page) == [], page.url
        checked.append(page.url)

    page.goto("/focus-groups/")
    check_accessibility()
    tab_to(page, page.get_by_role("link", name="Short breaks in the school holidays"))
    press_enter_and_wait(page)
    check_accessibility()
    tab_to(
        page,
        page.get_by_role("button", name="Join the waiting list")
        .or_(page.get_by_role("link", name="Join the waiting list"))
        .first,
    )
    press_enter_and_wait(page)

    assert page.locator("h1").inner_text() == "Join the waiting list"
    check_accessibility()
    tab_to(page, page.get_by_label("Your name"))
    page.keyboard.type("Sam Patel")
    tab_to(page, page.get_by_label("Email address"))
    page.keyboard.type("sam@family.example")
    tab_to(page, page.get_by_label("Email", exact=True))
    page.keyboard.press("Space")
    tab_to(page, page.get_by_label("Parent or carer"))
    page.keyboard.press("Space")
    tab_to(page, page.get_by_label("A quiet space"))
    page.keyboard.press("Space")
    press_button(page, "Join the waiting list")  # forgot to agree

    assert page.title().startswith("Error: Join the waiting list")
    summary = page.locator(".govuk-error-summary")
    assert "Agree to be contacted" in summary.inner_text()
    check_accessibility()
    tab_to(
        page,
        summary.get_by_role(
            "link", name="Agree to be contacted about this session, so we can confirm"
        ),
    )
    page.keyboard.press("Enter")
    page.keyboard.press("Space")
    assert page.get_by_label("I agree to be contacted about this session").is_checked()
    assert page.get_by_label("A quiet space").is_checked()  # nothing entered was lost
    press_button(page, "Join the waiting list")

    assert page.locator("h1").inner_text() == "You are on the waiting list"
    assert "You are number 1 on the waiting list" in page.locator("main").inner_text()
    check_accessibility()
    tab_to(page, page.get_by_role("link", name="Cancel my place on the waiting list"))
    press_enter_and_wait(page)

    assert page.locator("h1").inner_text() == "Are you sure you want to cancel?"
    check_accessibility()
    press_button(page, "Yes, cancel")
    assert page.locator("h1").inner_text() == "You have cancelled"
    check_accessibility()
    context.close()
    assert len(checked) == 7

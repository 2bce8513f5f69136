"""A young person joins their group with the code on a phone, votes with the keyboard only,
changes their vote and sees the results; axe checks every page and every target to press is
at least 44 by 44 CSS pixels."""

import pytest

from engage.extensions import db
from tests.browser.test_consultation_journey import (
    PHONE,
    press_button,
    press_enter_and_wait,
    tab_to,
)

pytestmark = pytest.mark.browser


def _targets_too_small(page) -> list[str]:
    """Every radio, checkbox, button and text box on the page that is smaller than 44 x 44."""
    small = []
    for element in page.locator(
        "main input[type=radio], main input[type=checkbox], main button, main .govuk-button"
    ).all():
        box = element.bounding_box()
        if box["width"] < 44 or box["height"] < 44:
            small.append(f"{element.evaluate('e => e.outerHTML')[:80]}: {box}")
    return small


def test_young_person_joins_votes_changes_their_vote_and_sees_results(
    browser, live_server, axe_violations, group, create_poll
):
    poll = create_poll()
    code = group.join_code
    db.session.commit()
    context = browser.new_context(
        base_url=live_server, viewport=PHONE, bypass_csp=True, has_touch=True
    )
    page = context.new_page()
    checked = []

    def check_page():
        assert axe_violations(page) == [], page.url
        assert _targets_too_small(page) == [], page.url
        checked.append(page.url)

    page.goto("/advisory-groups/join")
    check_page()
    tab_to(page, page.get_by_label("Type the code"))
    page.keyboard.type(code.lower())
    press_button(page, "Next")

    assert page.locator("h1").inner_text() == "About you"
    check_page()
    tab_to(page, page.get_by_label("What name should we use for you?"))
    page.keyboard.type("Jay")
    press_button(page, "Join the group")

    assert page.locator("h1").inner_text() == "Young Voices"
    check_page()
    tab_to(page, page.get_by_role("link", name=poll.question))
    press_enter_and_wait(page)

    assert page.locator("h1").inner_text() == poll.question
    check_page()
    tab_to(page, page.get_by_label("Library"))
    page.keyboard.press("ArrowDown")
    assert page.get_by_label("Park").is_checked()
    tab_to(page, page.get_by_label("Tell us why (you do not have to)"))
    page.keyboard.type("It has a big field")
    press_button(page, "Send my vote")

    assert "Thank you for voting" in page.locator("h1").inner_text()
    assert "You chose: Park" in page.locator("main").inner_text()
    check_page()
    tab_to(page, page.get_by_role("link", name="Change my vote"))
    press_enter_and_wait(page)

    assert page.get_by_label("Park").is_checked()
    check_page()
    tab_to(page, page.get_by_label("Park"))
    page.keyboard.press("ArrowDown")
    press_button(page, "Change my vote")

    main = page.locator("main").inner_text()
    assert "You chose: Cafe" in main and "1 person voted" in main
    table = page.locator(".engage-poll-results table").inner_text()
    assert "Cafe\t1\t100%" in table and "Park\t0\t0%" in table
    check_page()
    context.close()
    assert len(checked) == 7

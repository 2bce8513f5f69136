"""An officer turns feedback into a "You said, we did" entry and publishes it; a parent reads it
with the keyboard only; axe checks the inbox, the entry editor, the public log and the entry."""

import pytest

from engage.accounts.roles import Role
from engage.database import utcnow
from engage.extensions import db
from engage.feedback.models import FeedbackSource
from engage.feedback.services import record_feedback
from tests.browser.test_accessibility import _sign_in
from tests.browser.test_consultation_journey import PHONE, press_enter_and_wait, tab_to

pytestmark = pytest.mark.browser


def test_officer_publishes_an_entry_and_a_parent_reads_it_with_the_keyboard(
    browser, live_server, axe_violations, create_officer, blackpool
):
    for number, text in enumerate(
        ["We waited a year for an EHCP assessment.", "Nobody told us how long the EHCP would take."]
    ):
        record_feedback(
            source=FeedbackSource.WEB_FORM, origin_type="test", origin_id=number, context="Test",
            text=text, voice="parent_carer", received_at=utcnow(),
        )  # fmt: skip
    officer = create_officer(Role.OFFICER)
    db.session.commit()

    desk = browser.new_context(base_url=live_server, bypass_csp=True).new_page()
    _sign_in(desk, officer.email)
    desk.goto("/manage/feedback/")
    assert axe_violations(desk) == [], "the inbox"
    for checkbox in desk.locator("input[name=feedback_ids]").all():
        checkbox.check()
    with desk.expect_navigation():
        desk.get_by_role(
            "button", name="Start a “You said, we did” entry from the ticked pieces"
        ).click()
    assert "2 parents and carers told us" in desk.get_by_label("You said").input_value()
    assert axe_violations(desk) == [], "the new entry"
    desk.get_by_label("Headline").fill("Waiting for EHC needs assessments")
    desk.get_by_label("We did (or will do)").fill(
        "We have taken on two more educational psychologists."
    )
    desk.get_by_label("In progress").check()
    desk.get_by_label("Who is responsible?").fill("The SEND team")
    desk.locator("input[name=priorities]").first.check()
    with desk.expect_navigation():
        desk.get_by_role("button", name="Save draft").click()
    assert axe_violations(desk) == [], "the entry editor"
    with desk.expect_navigation():
        desk.get_by_role("button", name="Publish").click()
    assert "Published" in desk.locator("main").inner_text()
    desk.context.close()

    context = browser.new_context(base_url=live_server, viewport=PHONE, bypass_csp=True)
    page = context.new_page()
    page.goto("/")
    tab_to(page, page.get_by_role("button", name="Menu"))  # a phone shows the navigation on demand
    page.keyboard.press("Enter")
    tab_to(page, page.get_by_role("link", name="You said, we did"))
    press_enter_and_wait(page)
    assert page.locator("h1").inner_text() == "You said, we did"
    assert axe_violations(page) == [], "the public log"
    tab_to(page, page.get_by_role("link", name="Waiting for EHC needs assessments"))
    press_enter_and_wait(page)
    main = page.locator("main").inner_text()
    assert "2 parents and carers told us" in main and "two more educational psychologists" in main
    assert axe_violations(page) == [], "the entry"
    context.close()

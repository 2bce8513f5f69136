"""An officer signs in through a real browser, with JavaScript off as well as on."""

import pytest

from engage.accounts.roles import Role
from tests.support import TEST_PASSWORD

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("javascript", [True, False], ids=["javascript-on", "javascript-off"])
def test_officer_signs_in_and_out(browser, live_server, create_officer, javascript):
    officer = create_officer(Role.OFFICER, full_name="Priya Shah")
    context = browser.new_context(base_url=live_server, java_script_enabled=javascript)
    page = context.new_page()
    errors = []
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))
    page.goto("/manage/")
    assert page.url.endswith("/sign-in?next=%2Fmanage%2F")
    page.get_by_label("Email address").fill(officer.email)
    page.get_by_label("Password", exact=True).fill(TEST_PASSWORD)
    with page.expect_navigation():
        page.get_by_role("button", name="Sign in").click()
    assert page.locator("h1").inner_text() == "Dashboard"
    assert "Signed in as Priya Shah" in page.content()
    with page.expect_navigation():
        page.get_by_role("button", name="Sign out").click()
    assert page.locator("h1").inner_text() == "Sign in"
    assert errors == [], "the browser console reported errors (CSP or script)"
    context.close()

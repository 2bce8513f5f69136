"""A parent completes a consultation on a phone, with the keyboard only; axe checks every page."""

import re

import pytest

pytestmark = pytest.mark.browser

PHONE = {"width": 375, "height": 740}


@pytest.fixture
def consultation(short_breaks):
    return short_breaks


def tab_to(page, locator, limit: int = 80) -> None:
    """Press Tab until `locator` has focus, as a keyboard user would."""
    target = locator.element_handle()
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("(element) => document.activeElement === element", target):
            return
    raise AssertionError(f"could not reach {locator} with the Tab key")


def press_enter_and_wait(page) -> None:
    with page.expect_navigation():
        page.keyboard.press("Enter")


def press_button(page, name: str) -> None:
    tab_to(page, page.get_by_role("button", name=name))
    press_enter_and_wait(page)


def test_parent_completes_a_consultation_on_a_phone_with_the_keyboard(
    browser, live_server, axe_source, consultation
):
    context = browser.new_context(
        base_url=live_server, viewport=PHONE, bypass_csp=True, has_touch=True
    )
    page = context.new_page()
    checked_pages = []

    def check_accessibility():
        page.add_script_tag(content=axe_source)
        result = page.evaluate(
            "async () => await axe.run(document, {runOnly: {type: 'tag', values: "
            "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})"
        )
        violations = [
            f"{v['id']}: {v['help']} at {[n['html'][:200] for n in v['nodes'][:3]]}"
            for v in result["violations"]
        ]
        assert violations == [], f"{page.url}: {violations}"
        checked_pages.append(page.url)

    page.goto(f"/consultations/{consultation.slug}")
    check_accessibility()
    press_button(page, "Start now")

    # Page 1: forget the first question, to see the error.
    assert page.locator("h1").inner_text() == "Your family"
    check_accessibility()
    tab_to(page, page.get_by_label("Holiday clubs"))
    page.keyboard.press("Space")
    press_button(page, "Continue")
    assert page.title().startswith("Error: Your family")
    summary = page.locator(".govuk-error-summary")
    assert "Select an answer" in summary.inner_text()
    check_accessibility()
    # The error summary links to the question; follow it with the keyboard.
    tab_to(page, summary.get_by_role("link", name="Select an answer"))
    page.keyboard.press("Enter")
    page.keyboard.press("Space")  # the first radio ("Every week") now has focus
    page.keyboard.press("ArrowDown")  # "Every month"
    assert page.get_by_label("Every month").is_checked()
    press_button(page, "Continue")

    # Page 2: answer some, then save to come back later.
    assert page.locator("h1").inner_text() == "What you think"
    check_accessibility()
    tab_to(page, page.get_by_label("Strongly agree"))
    page.keyboard.press("Space")
    page.keyboard.press("ArrowDown")  # Agree
    press_button(page, "Save and come back later")
    assert page.locator("h1").inner_text().startswith("Your answers have been saved")
    check_accessibility()
    code = page.locator(".govuk-panel__body strong").inner_text()
    assert re.fullmatch(r"[A-Z0-9]{4}-[A-Z0-9]{4}", code)
    context.close()

    # Later, on another phone: carry on with the code.
    context = browser.new_context(
        base_url=live_server, viewport=PHONE, bypass_csp=True, has_touch=True
    )
    page = context.new_page()
    page.goto(f"/consultations/{consultation.slug}")
    tab_to(page, page.get_by_role("link", name="I have a code to carry on where I left off"))
    press_enter_and_wait(page)
    check_accessibility()
    tab_to(page, page.get_by_label("Your code"))
    page.keyboard.type(code.lower())
    press_enter_and_wait(page)
    assert page.get_by_label("Every month").is_checked()
    press_button(page, "Continue")
    assert page.get_by_label("Agree", exact=True).is_checked()
    tab_to(page, page.get_by_label("5 - Very good"))
    page.keyboard.press("Space")
    tab_to(page, page.get_by_label("Yes"))
    page.keyboard.press("Space")
    tab_to(page, page.get_by_label("What should we change?"))
    page.keyboard.type("More holiday clubs near us, please.")
    press_button(page, "Continue")

    assert page.locator("h1").inner_text() == "About you"
    check_accessibility()
    tab_to(page, page.get_by_label("Parent or carer"))
    page.keyboard.press("Space")
    press_button(page, "Continue")

    assert page.locator("h1").inner_text() == "Check your answers before sending them"
    check_accessibility()
    assert "More holiday clubs near us, please." in page.locator("main").inner_text()
    press_button(page, "Accept and send")

    assert page.locator("h1").inner_text().startswith("Response sent")
    check_accessibility()
    assert page.locator(".govuk-panel__body strong").inner_text().startswith("ENG-")
    context.close()
    assert len(checked_pages) == 9

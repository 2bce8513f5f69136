"""axe-core finds no WCAG 2.2 AA violation on the public pages and officer pages."""

import pytest

from engage.accounts.roles import Role
from engage.demo.services import seed_demo
from engage.extensions import db
from tests.support import TEST_PASSWORD

pytestmark = pytest.mark.browser

PUBLIC_PAGES = [
    "/",
    "/consultations/",
    "/focus-groups/",
    "/local-offer/",
    "/local-offer/?age=forty",
    "/local-offer/review-policy",
    "/advisory-groups/join",
    "/tell-us",
    "/you-said-we-did/",
    "/priorities",
    "/sign-in",
    "/accessibility-statement",
    "/privacy-notice",
    "/cookies",
    "/contact",
    "/a-page-that-does-not-exist",
]
OFFICER_PAGES = [
    "/manage/",
    "/manage/priorities/",
    "/manage/priorities/import",
    "/manage/officers/",
    "/manage/officers/invite",
    "/manage/audit-log/",
    "/manage/settings/",
    "/manage/consultations/",
    "/manage/consultations/new",
    "/manage/focus-groups/",
    "/manage/focus-groups/new",
    "/manage/local-offer/",
    "/manage/local-offer/new",
    "/manage/local-offer/import",
    "/manage/reviews/",
    "/manage/reviews/report",
    "/manage/advisory-groups/",
    "/manage/advisory-groups/new",
    "/manage/advisory-groups/polls/new",
    "/manage/feedback/",
    "/manage/feedback/?from=not-a-date",
    "/manage/feedback/notes/new",
    "/manage/you-said-we-did/",
    "/manage/feedback/import",
]


@pytest.fixture
def demo_data(app):
    seed_demo("blackpool")
    db.session.commit()


def _sign_in(page, email, password=TEST_PASSWORD):
    page.goto("/sign-in")
    page.get_by_label("Email address").fill(email)
    page.get_by_label("Password", exact=True).fill(password)
    with page.expect_navigation():
        page.get_by_role("button", name="Sign in").click()


@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_public_page_has_no_axe_violations(page, axe_violations, demo_data, path):
    page.goto(path)
    assert page.locator("h1").count() == 1
    assert axe_violations(page) == []


def test_officer_pages_have_no_axe_violations(page, axe_violations, demo_data, create_officer):
    admin = create_officer(Role.ADMIN)
    _sign_in(page, admin.email)
    framework_id = db.session.execute(db.text("SELECT id FROM frameworks WHERE is_active")).scalar()
    consultation = db.session.execute(db.text("SELECT id FROM consultations")).scalar()
    question = db.session.execute(db.text("SELECT id FROM consultation_questions")).scalar()
    consultation_pages = [
        f"/manage/consultations/{consultation}",
        f"/manage/consultations/{consultation}/edit",
        f"/manage/consultations/{consultation}/results",
        f"/manage/consultations/{consultation}/responses/new",
        f"/manage/consultations/{consultation}/questions/{question}",
        f"/manage/consultations/{consultation}/preview/1",
    ]
    group = db.session.execute(db.text("SELECT id FROM focus_groups")).scalar()
    session = db.session.execute(db.text("SELECT max(id) FROM focus_group_sessions")).scalar()
    focus_group_pages = [
        f"/manage/focus-groups/{group}",
        f"/manage/focus-groups/{group}/sessions/new",
        f"/manage/focus-groups/{group}/edit",
        f"/manage/focus-groups/sessions/{session}",
    ]
    for path in [
        *OFFICER_PAGES,
        f"/manage/priorities/{framework_id}",
        *consultation_pages,
        *focus_group_pages,
    ]:
        page.goto(path)
        assert axe_violations(page) == [], path


def test_focus_group_pages_have_no_axe_violations(page, axe_violations, demo_data):
    group = db.session.execute(db.text("SELECT id FROM focus_groups")).scalar()
    session = db.session.execute(db.text("SELECT min(id) FROM focus_group_sessions")).scalar()
    service = db.session.execute(db.text("SELECT min(id) FROM local_offer_services")).scalar()
    for path in (
        f"/focus-groups/{group}",
        f"/focus-groups/sessions/{session}/sign-up",
        f"/local-offer/services/{service}",
    ):
        page.goto(path)
        assert axe_violations(page) == [], path


def test_sign_in_form_errors_are_accessible(page, axe_violations):
    page.goto("/sign-in")
    with page.expect_navigation():
        page.get_by_role("button", name="Sign in").click()
    page.locator(".govuk-error-summary").wait_for()
    assert axe_violations(page) == []


def _first(sql: str) -> int:
    return db.session.execute(db.text(sql)).scalar()


def test_review_pages_have_no_axe_violations(page, axe_violations, demo_data, create_officer):
    """The public review pages, and the moderator's pages for a flagged review and a reply."""
    reviewed = _first("SELECT service_id FROM reviews WHERE status = 'published' LIMIT 1")
    published = _first("SELECT id FROM reviews WHERE status = 'published' ORDER BY id LIMIT 1")
    for path in (
        f"/local-offer/services/{reviewed}",
        f"/local-offer/services/{reviewed}/write-a-review",
        f"/local-offer/services/{reviewed}/write-a-review/check-your-email",
        f"/local-offer/reviews/{published}/report",
        f"/local-offer/services/{reviewed}/review-reported",
    ):
        page.goto(path)
        assert axe_violations(page) == [], path
    page.goto(f"/local-offer/services/{reviewed}/write-a-review")
    with page.expect_navigation():
        page.get_by_role("button", name="Send review").click()
    assert page.locator(".govuk-error-summary").count() == 1
    assert axe_violations(page) == [], "the review form with errors"

    admin = create_officer(Role.ADMIN)
    _sign_in(page, admin.email)
    flagged = _first("SELECT id FROM reviews WHERE status = 'pending' ORDER BY id LIMIT 1")
    disclosure = _first("SELECT id FROM reviews WHERE has_safeguarding_flag LIMIT 1")
    db.session.execute(
        db.text(
            "INSERT INTO review_replies (review_id, responder, body, status, written_at) "
            "VALUES (:review, 'Blackpool Carers Centre', 'Thank you.', 'pending', :now)"
        ),
        {"review": published, "now": "2026-12-01 10:00:00+00:00"},
    )
    db.session.commit()
    reply = _first("SELECT id FROM review_replies WHERE status = 'pending'")
    for path in (
        f"/manage/reviews/{flagged}",
        f"/manage/reviews/{disclosure}",
        f"/manage/reviews/services/{reviewed}",
        f"/manage/reviews/{published}/reply",
        f"/manage/reviews/replies/{reply}",
        "/manage/reviews/report?category=health",
    ):
        page.goto(path)
        assert axe_violations(page) == [], path


def test_poll_pages_have_no_axe_violations(page, axe_violations, demo_data, create_officer):
    """The officers' group, poll and meeting-screen pages, and a member's pages."""
    group = _first("SELECT id FROM advisory_groups")
    open_poll = _first("SELECT min(id) FROM polls")
    closed_poll = _first("SELECT max(id) FROM polls")
    page.goto("/advisory-groups/join")
    page.get_by_label("Type the code").fill("VOICES")
    with page.expect_navigation():
        page.get_by_role("button", name="Next").click()
    page.get_by_label("What name should we use for you?").fill("Jay")
    with page.expect_navigation():
        page.get_by_role("button", name="Join the group").click()
    for path in (
        "/advisory-groups/my-group",
        f"/polls/{open_poll}",
        f"/polls/{closed_poll}/voted",
        "/advisory-groups/my-group/leave",
    ):
        page.goto(path)
        assert axe_violations(page) == [], path
    page.goto(f"/polls/{open_poll}")
    with page.expect_navigation():
        page.get_by_role("button", name="Send my vote").click()
    assert page.locator(".govuk-error-summary").count() == 1
    assert axe_violations(page) == [], "the vote page with an error"

    officer = create_officer(Role.OFFICER)
    _sign_in(page, officer.email)
    for path in (
        f"/manage/advisory-groups/{group}",
        f"/manage/advisory-groups/{group}/edit",
        f"/manage/advisory-groups/polls/new?group_id={group}",
        f"/manage/advisory-groups/polls/{open_poll}",
        f"/manage/advisory-groups/polls/{closed_poll}",
        f"/manage/advisory-groups/polls/{open_poll}/screen",
    ):
        page.goto(path)
        assert axe_violations(page) == [], path


def test_feedback_pages_have_no_axe_violations(page, axe_violations, demo_data, create_officer):
    """The public form with an error, and the inbox with a safeguarding flag and a piece."""
    page.goto("/tell-us")
    with page.expect_navigation():
        page.get_by_role("button", name="Send").click()
    assert page.locator(".govuk-error-summary").count() == 1
    assert axe_violations(page) == [], "the public form with an error"
    page.get_by_label("What do you want to tell us?").fill(
        "My son says he is not safe at home. Ring me on 07700 900982."
    )
    with page.expect_navigation():
        page.get_by_role("button", name="Send").click()
    assert axe_violations(page) == [], "thank you"

    officer = create_officer(Role.OFFICER)
    _sign_in(page, officer.email)
    piece = _first("SELECT max(id) FROM feedback")
    entry = _first("SELECT id FROM you_said_we_did WHERE published_at IS NOT NULL")
    priority = _first("SELECT priority_id FROM you_said_we_did_priorities")
    for path in (
        "/manage/",
        "/manage/feedback/",
        f"/manage/feedback/{piece}",
        "/manage/feedback/themes",
        f"/manage/feedback/themes/{priority}",
        f"/manage/you-said-we-did/{entry}",
        f"/you-said-we-did/{entry}",
        f"/you-said-we-did/priorities/{priority}",
    ):
        page.goto(path)
        assert axe_violations(page) == [], path

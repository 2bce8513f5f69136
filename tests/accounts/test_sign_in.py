"""An officer signs in, is throttled after repeated failures, and can be locked out by an admin."""

import pytest

from engage.accounts.roles import Role
from engage.extensions import db, limiter
from tests.support import TEST_PASSWORD, check_page

GENERIC_FAILURE = "Enter a correct email address and password"


@pytest.fixture
def strict_limits(app):
    """Low limits for the throttling tests, with counters cleared before and after."""
    limiter.reset()
    app.config.update(
        LOGIN_FAILURES_PER_ACCOUNT="3 per 15 minutes", LOGIN_FAILURES_PER_ADDRESS="5 per 15 minutes"
    )
    yield
    app.config.update(
        LOGIN_FAILURES_PER_ACCOUNT="1000 per minute", LOGIN_FAILURES_PER_ADDRESS="1000 per minute"
    )
    limiter.reset()


def _sign_in(client, email, password, address="203.0.113.7"):
    return client.post(
        "/sign-in",
        data={"email": email, "password": password},
        environ_base={"REMOTE_ADDR": address},
    )


def test_officer_signs_in_and_lands_on_the_dashboard(client, create_officer):
    officer = create_officer(Role.OFFICER, full_name="Priya Shah")
    response = _sign_in(client, officer.email.upper() + "  ", TEST_PASSWORD)
    assert response.status_code == 302
    page = client.page(response.headers["Location"])
    assert page.h1.get_text(strip=True) == "Dashboard"
    assert "Signed in as Priya Shah" in page.get_text()
    assert officer.last_sign_in_at is not None


@pytest.mark.parametrize("email", ["officer1@council.example", "nobody@council.example"])
def test_a_wrong_password_or_unknown_email_gets_the_same_message(client, create_officer, email):
    create_officer(Role.OFFICER, email="officer1@council.example")
    response = _sign_in(client, email, "not the password at all")
    assert response.status_code == 200
    page = check_page(response.get_data(as_text=True))
    summary = page.select_one(".govuk-error-summary")
    assert summary is not None and GENERIC_FAILURE in summary.get_text()
    assert GENERIC_FAILURE in page.select_one("#email-error").get_text()
    assert page.title.get_text().startswith("Error: Sign in")


def test_empty_fields_are_named(client):
    response = _sign_in(client, "", "")
    text = response.get_data(as_text=True)
    assert "Enter your email address" in text and "Enter your password" in text


def test_next_only_follows_paths_on_this_site(client, create_officer):
    officer = create_officer(Role.ADMIN)
    response = client.post(
        "/sign-in?next=/manage/officers/", data={"email": officer.email, "password": TEST_PASSWORD}
    )
    assert response.headers["Location"] == "/manage/officers/"
    client.post("/sign-out")
    response = client.post(
        "/sign-in?next=https://evil.example/",
        data={"email": officer.email, "password": TEST_PASSWORD},
    )
    assert response.headers["Location"] == "/manage/"


def test_repeated_failures_for_one_account_are_throttled(client, create_officer, strict_limits):
    officer = create_officer(Role.OFFICER)
    for attempt in range(3):
        assert (
            _sign_in(
                client, officer.email, "wrong password", address=f"198.51.100.{attempt}"
            ).status_code
            == 200
        )
    # From yet another address, and even with the right password: the account is resting.
    response = _sign_in(client, officer.email, TEST_PASSWORD, address="198.51.100.99")
    assert response.status_code == 429
    assert "You have tried too many times" in response.get_data(as_text=True)
    # Another account is not affected.
    other = create_officer(Role.OFFICER)
    assert _sign_in(client, other.email, TEST_PASSWORD, address="198.51.100.99").status_code == 302


def test_repeated_failures_from_one_address_are_throttled(client, create_officer, strict_limits):
    for number in range(5):
        assert (
            _sign_in(client, f"guess{number}@council.example", "wrong password").status_code == 200
        )
    officer = create_officer(Role.OFFICER)
    assert _sign_in(client, officer.email, TEST_PASSWORD).status_code == 429
    assert _sign_in(client, officer.email, TEST_PASSWORD, address="192.0.2.1").status_code == 302


def test_successful_sign_ins_do_not_count_towards_the_limit(client, create_officer, strict_limits):
    officer = create_officer(Role.OFFICER)
    for _ in range(6):
        assert _sign_in(client, officer.email, TEST_PASSWORD).status_code == 302
        client.post("/sign-out")


def test_a_deactivated_officer_cannot_sign_in_and_is_signed_out(client, create_officer, sign_in):
    from engage.accounts.services import deactivate_officer

    admin = create_officer(Role.ADMIN)
    officer = create_officer(Role.OFFICER)
    sign_in(officer)
    assert client.get("/manage/").status_code == 200
    deactivate_officer(admin, officer)
    db.session.commit()
    assert client.get("/manage/").headers["Location"].startswith("/sign-in")
    response = _sign_in(client, officer.email, TEST_PASSWORD)
    assert response.status_code == 200 and GENERIC_FAILURE in response.get_data(as_text=True)


def test_signing_out_ends_the_session(client, officer_client):
    response = client.post("/sign-out")
    assert response.headers["Location"] == "/sign-in"
    assert client.get("/manage/").status_code == 302


def test_passwords_are_hashed_with_argon2id(create_officer):
    officer = create_officer(Role.OFFICER)
    assert officer.password_hash.startswith("$argon2id$")
    assert TEST_PASSWORD not in officer.password_hash


def test_session_cookie_is_httponly_and_lax(client, create_officer):
    officer = create_officer(Role.OFFICER)
    response = _sign_in(client, officer.email, TEST_PASSWORD)
    cookie = response.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie

"""Fixtures shared by every feature's tests: the app, a clean database per test, a client that
checks what every page must be, and signed-in officers.

The suite runs on SQLite by default and on PostgreSQL when TEST_DATABASE_URL names one, e.g.
TEST_DATABASE_URL=postgresql+psycopg://postgres@127.0.0.1:5432/engage_test make test
"""

import os

import pytest
from bs4 import BeautifulSoup
from flask import g, has_app_context
from flask.testing import FlaskClient
from flask_migrate import upgrade
from sqlalchemy import text

from engage import create_app
from engage.accounts.roles import Role
from engage.extensions import db as _db
from engage.extensions import limiter
from tests.support import TEST_PASSWORD, check_page

# Each feature's factory fixtures, shared with the browser tests.
pytest_plugins = [
    "tests.consultations.factories",
    "tests.focus_groups.factories",
    "tests.reviews.factories",
    "tests.polls.factories",
    "tests.feedback.factories",
    "tests.email.smtp_server",
]


@pytest.fixture(scope="session")
def database_url(tmp_path_factory) -> str:
    url = os.environ.get("TEST_DATABASE_URL")
    if url:
        return url
    return f"sqlite:///{tmp_path_factory.mktemp('db') / 'engage-test.sqlite3'}"


@pytest.fixture(scope="session")
def app(database_url, tmp_path_factory):
    """One app for the session; its schema is built by the real migrations."""
    os.environ["TEST_DATABASE_URL"] = database_url
    os.environ["ENGAGE_INSTANCE_PATH"] = str(tmp_path_factory.mktemp("instance"))
    application = create_app("testing")
    application.config["SQLALCHEMY_DATABASE_URI"] = database_url
    with application.app_context():
        _db.drop_all()
        _db.session.execute(text("DROP TABLE IF EXISTS alembic_version"))
        _db.session.commit()
        upgrade()
    yield application
    with application.app_context():
        _db.session.remove()
        _db.engine.dispose()


@pytest.fixture(autouse=True)
def app_context(app):
    """Each test runs in its own app context and leaves an empty database behind."""
    with app.app_context():
        yield
        _db.session.rollback()
        for table in reversed(_db.metadata.sorted_tables):
            _db.session.execute(table.delete())
        _db.session.commit()
        _db.session.remove()
    limiter.reset()


class PageCheckingClient(FlaskClient):
    """A test client whose `page()` checks what every HTML page must be (after GOV.UK Notify).

    Exactly one h1; the <title> starts with the h1 (after "Error: "); no duplicate ids; every
    form has a method; every page has the skip link and main landmark.
    """

    def open(self, *args, **kwargs):
        # Requests share the test's app context, so Flask-Login's cached user would leak from
        # one client to another: each request looks up its own, as it does in production.
        if has_app_context():
            g.pop("_login_user", None)
        return super().open(*args, **kwargs)

    def page(self, url: str, expected_status: int = 200, **kwargs) -> BeautifulSoup:
        response = self.get(url, **kwargs)
        assert response.status_code == expected_status, (
            f"GET {url}: {response.status_code}, expected {expected_status}"
        )
        return check_page(response.get_data(as_text=True))

    def submit(self, url: str, data: dict, expected_status: int | None = None, **kwargs):
        response = self.post(url, data=data, **kwargs)
        if expected_status is not None:
            assert response.status_code == expected_status, (
                f"POST {url}: {response.status_code}, expected {expected_status}"
            )
        return response


@pytest.fixture
def client(app) -> PageCheckingClient:
    app.test_client_class = PageCheckingClient
    return app.test_client()


@pytest.fixture
def create_officer():
    """Factory: an active officer who can sign in with TEST_PASSWORD."""
    from engage.accounts import services

    counter = iter(range(1, 10_000))

    def _create(role: Role = Role.OFFICER, email: str | None = None, full_name: str | None = None):
        number = next(counter)
        officer = services.create_officer(
            email or f"{role.value}{number}@council.example",
            full_name or f"{role.label} {number}",
            role,
            TEST_PASSWORD,
        )
        _db.session.commit()
        return officer

    return _create


@pytest.fixture
def sign_in(client):
    """Sign the test client in as an officer, through the real sign-in form."""

    def _sign_in(officer, password: str = TEST_PASSWORD):
        response = client.post("/sign-in", data={"email": officer.email, "password": password})
        assert response.status_code == 302, "sign-in failed"
        return client

    return _sign_in


@pytest.fixture
def officer_client(create_officer, sign_in):
    """A client signed in as an engagement officer."""
    return sign_in(create_officer(Role.OFFICER))


@pytest.fixture
def admin_client(create_officer, sign_in):
    return sign_in(create_officer(Role.ADMIN))


def pytest_terminal_summary(terminalreporter):
    """Say plainly whether the browser and accessibility tests ran, so CI logs show it."""
    counts = {}
    for outcome in ("passed", "failed", "skipped", "error"):
        reports = terminalreporter.stats.get(outcome, [])
        counts[outcome] = sum(1 for report in reports if "tests/browser/" in report.nodeid)
    database = os.environ.get("TEST_DATABASE_URL", "sqlite (temporary file)").split("://")[0]
    terminalreporter.write_line(
        f"database: {database}; browser and axe tests: {counts['passed']} passed, "
        f"{counts['failed'] + counts['error']} failed, {counts['skipped']} skipped"
    )

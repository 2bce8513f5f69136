"""The public pages exist, follow GOV.UK patterns and carry the area's own details."""

import pytest

from engage.accounts.roles import Role
from engage.extensions import db
from engage.site.services import current_settings


@pytest.mark.parametrize(
    ("path", "heading"),
    [
        ("/accessibility-statement", "Accessibility statement"),
        ("/privacy-notice", "Privacy notice"),
        ("/cookies", "Cookies"),
        ("/contact", "Contact us"),
    ],
)
def test_legal_pages_name_the_organisation_and_its_contacts(client, path, heading):
    page = client.page(path)
    assert page.h1.get_text(strip=True).startswith(heading)
    text = page.get_text(" ")
    settings = current_settings()
    assert settings.organisation_name in text
    if path != "/cookies":
        assert settings.contact_email in text


def test_footer_links_to_the_legal_pages(client):
    footer = client.page("/").select_one("footer")
    links = {a.get_text(strip=True): a["href"] for a in footer.select("a")}
    assert links["Accessibility statement"] == "/accessibility-statement"
    assert links["Privacy notice"] == "/privacy-notice"
    assert links["Cookies"] == "/cookies"


def test_header_shows_service_and_organisation_and_phase(client):
    page = client.page("/")
    assert (
        page.select_one(".govuk-service-navigation__service-name").get_text(strip=True)
        == "Have your say on SEND"
    )
    assert "Blackpool Council" in page.select_one(".govuk-generic-header").get_text()
    assert page.select_one(".govuk-phase-banner .govuk-tag").get_text(strip=True).lower() == "beta"


@pytest.mark.parametrize(
    ("status", "path", "heading"),
    [
        (404, "/no-such-page", "Page not found"),
        (403, "/manage/officers/", "You do not have permission"),
    ],
)
def test_error_pages_are_styled(client, create_officer, sign_in, status, path, heading):
    if status == 403:
        sign_in(create_officer(Role.MODERATOR))
    page = client.page(path, expected_status=status)
    assert page.h1.get_text(strip=True).startswith(heading)
    assert page.select_one("a[href='/']")


def test_admin_changes_the_site_settings_and_every_page_shows_them(create_officer, sign_in):
    client = sign_in(create_officer(Role.ADMIN))
    page = client.page("/manage/settings/")
    assert page.select_one("#area_name")["value"] == "Blackpool"
    data = {
        "service_name": "Your voice in Darlington",
        "area_name": "Darlington",
        "organisation_name": "Darlington Borough Council",
        "contact_email": "send@darlington.example",
        "contact_phone": "01325 000000",
        "contact_address": "Town Hall\nDarlington",
        "phase": "alpha",
    }
    assert client.post("/manage/settings/", data=data).status_code == 302
    client.post("/sign-out")
    privacy = client.page("/privacy-notice").get_text(" ")
    assert "Darlington Borough Council" in privacy and "send@darlington.example" in privacy
    assert (
        client.page("/")
        .title.get_text()
        .endswith("Your voice in Darlington - Darlington Borough Council")
    )


def test_bad_settings_are_explained_and_nothing_is_saved(create_officer, sign_in):
    client = sign_in(create_officer(Role.ADMIN))
    response = client.post(
        "/manage/settings/", data={"service_name": "", "contact_email": "nope", "phase": "beta"}
    )
    text = response.get_data(as_text=True)
    assert (
        "Enter the service name" in text and "Enter an email address in the correct format" in text
    )
    db.session.expire_all()
    assert current_settings().service_name == "Have your say on SEND"


def test_error_pages_are_not_titled_as_form_errors(client):
    page = client.page("/no-such-page", expected_status=404)
    assert page.title.get_text().startswith("Page not found")


def test_forms_do_not_time_out(app):
    assert app.config["WTF_CSRF_TIME_LIMIT"] is None

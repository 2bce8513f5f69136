"""An admin invites officers, changes their roles and deactivates them; all of it is audited."""

import re

from sqlalchemy import select

from engage.accounts import services
from engage.accounts.models import Officer
from engage.accounts.roles import Role
from engage.audit.models import AuditEvent
from engage.extensions import db
from tests.support import TEST_PASSWORD, check_page

NEW_PASSWORD = "kettle lantern orchard"


def _invite(admin_client, email="jo.bloggs@council.example", role="moderator"):
    response = admin_client.post(
        "/manage/officers/invite", data={"full_name": "Jo Bloggs", "email": email, "role": role}
    )
    assert response.status_code == 200
    page = check_page(response.get_data(as_text=True))
    return page.select_one(".engage-invite-link").get_text(strip=True)


def test_admin_invites_an_officer_who_sets_a_password_and_signs_in(admin_client, app):
    link = _invite(admin_client)
    path = re.sub(r"^https?://[^/]+", "", link)
    admin_client.post("/sign-out")
    page = admin_client.page(path)
    assert "You will sign in with jo.bloggs@council.example" in page.get_text()
    response = admin_client.post(
        path, data={"password": NEW_PASSWORD, "confirm_password": NEW_PASSWORD}
    )
    assert response.headers["Location"] == "/manage/"
    officer = services.find_officer_by_email("jo.bloggs@council.example")
    assert officer.role == "moderator" and officer.is_active
    # The link works once.
    assert admin_client.post("/sign-out").status_code == 302
    assert admin_client.get(path).status_code == 404
    actions = db.session.scalars(select(AuditEvent.action).order_by(AuditEvent.id)).all()
    assert "officer.invited" in actions and "officer.accepted_invite" in actions


def test_an_expired_invitation_does_not_work(admin_client):
    from datetime import timedelta

    from engage.database import utcnow

    link = _invite(admin_client)
    officer = services.find_officer_by_email("jo.bloggs@council.example")
    officer.invite_expires_at = utcnow() - timedelta(minutes=1)
    db.session.commit()
    page = check_page(admin_client.get(re.sub(r"^https?://[^/]+", "", link)).get_data(as_text=True))
    assert page.h1.get_text(strip=True) == "This invitation link does not work"


def test_weak_or_mismatched_passwords_are_refused(admin_client):
    path = re.sub(r"^https?://[^/]+", "", _invite(admin_client))
    admin_client.post("/sign-out")
    text = admin_client.post(
        path, data={"password": "short", "confirm_password": "short"}
    ).get_data(as_text=True)
    assert "Password must be 12 characters or more" in text
    text = admin_client.post(
        path, data={"password": NEW_PASSWORD, "confirm_password": "other words here"}
    ).get_data(as_text=True)
    assert "The passwords you entered do not match" in text
    assert not services.find_officer_by_email("jo.bloggs@council.example").is_active


def test_inviting_an_existing_officer_is_explained(admin_client, create_officer):
    existing = create_officer(Role.OFFICER)
    response = admin_client.post(
        "/manage/officers/invite",
        data={"full_name": "Someone", "email": existing.email, "role": "officer"},
    )
    page = check_page(response.get_data(as_text=True))
    assert (
        "There is already an officer with the email" in page.select_one("#email-error").get_text()
    )


def test_invite_form_errors_are_named(admin_client):
    response = admin_client.post(
        "/manage/officers/invite", data={"full_name": "", "email": "not-an-email"}
    )
    page = check_page(response.get_data(as_text=True))
    assert "Enter the officer's full name" in page.select_one("#full_name-error").get_text()
    assert (
        "Enter an email address in the correct format" in page.select_one("#email-error").get_text()
    )
    assert "Select a role" in page.select_one(".govuk-error-summary").get_text()


def test_admin_deactivates_an_officer_after_confirming(admin_client, create_officer):
    officer = create_officer(Role.OFFICER, full_name="Kim Lee")
    page = admin_client.page(f"/manage/officers/{officer.id}/deactivate")
    assert page.h1.get_text(strip=True) == "Deactivate Kim Lee"
    response = admin_client.post(f"/manage/officers/{officer.id}/deactivate")
    assert response.status_code == 302
    db.session.expire_all()
    assert officer.status == "Deactivated"
    listing = admin_client.page("/manage/officers/")
    assert "Deactivated" in listing.select_one("table").get_text()
    names = [a.get_text() for a in listing.select("tbody a")]
    assert "Kim Lee" in names
    admin_client.post(f"/manage/officers/{officer.id}/reactivate")
    db.session.expire_all()
    assert officer.active


def test_admin_cannot_deactivate_themselves(create_officer, sign_in):
    admin = create_officer(Role.ADMIN)
    client = sign_in(admin)
    response = client.post(f"/manage/officers/{admin.id}/deactivate")
    assert response.status_code == 409
    assert "You cannot deactivate your own account" in response.get_data(as_text=True)
    db.session.expire_all()
    assert admin.active


def test_admin_changes_a_role(admin_client, create_officer):
    officer = create_officer(Role.OFFICER)
    response = admin_client.post(f"/manage/officers/{officer.id}", data={"role": "moderator"})
    assert response.status_code == 302
    db.session.expire_all()
    assert officer.role == "moderator"
    event = db.session.scalars(
        select(AuditEvent).where(AuditEvent.action == "officer.role_changed")
    ).one()
    assert event.target_id == str(officer.id) and "to moderator" in event.summary


def test_the_last_admin_cannot_be_demoted(create_officer, sign_in):
    admin = create_officer(Role.ADMIN)
    other_admin = create_officer(Role.ADMIN)
    client = sign_in(admin)
    assert (
        client.post(f"/manage/officers/{other_admin.id}", data={"role": "officer"}).status_code
        == 302
    )
    db.session.expire_all()
    # Now `admin` is the only admin; nobody can demote them, and they cannot demote themselves.
    text = client.post(f"/manage/officers/{admin.id}", data={"role": "officer"}).get_data(
        as_text=True
    )
    assert "You cannot change your own role" in text


def test_create_officer_command(app):
    result = app.test_cli_runner().invoke(
        args=[
            "create-officer",
            "--email",
            "First.Admin@Council.example",
            "--name",
            "First Admin",
            "--role",
            "admin",
            "--password",
            TEST_PASSWORD,
        ],
    )
    assert result.exit_code == 0, result.output
    assert "Created admin first.admin@council.example." in result.output
    assert db.session.scalars(select(Officer)).one().role == "admin"
    again = app.test_cli_runner().invoke(
        args=[
            "create-officer",
            "--email",
            "first.admin@council.example",
            "--name",
            "X",
            "--password",
            TEST_PASSWORD,
        ]
    )
    assert again.exit_code == 1 and "There is already an officer" in again.output


def test_create_officer_command_refuses_a_weak_password(app):
    result = app.test_cli_runner().invoke(
        args=[
            "create-officer",
            "--email",
            "a@council.example",
            "--name",
            "A",
            "--password",
            "password",
        ]
    )
    assert result.exit_code == 1 and "12 characters or more" in result.output

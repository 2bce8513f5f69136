"""Reminders go once to each person with a place; personal data goes after the retention period."""

from datetime import timedelta

from sqlalchemy import select

from engage.database import utcnow
from engage.email.models import OutboxEmail
from engage.extensions import db
from engage.focus_groups import services
from engage.focus_groups.models import SignUp
from tests.focus_groups.factories import sign_up_details


def _reminders() -> list[OutboxEmail]:
    return db.session.scalars(
        select(OutboxEmail).where(OutboxEmail.purpose == "focus_group.reminder")
    ).all()


def test_reminders_go_once_to_people_with_a_place_in_sessions_starting_soon(app, create_session):
    soon = utcnow() + timedelta(hours=20)
    session = create_session(places=2, starts_at=soon, ends_at=soon + timedelta(hours=2))
    later = create_session(places=2)  # a week away: not yet
    for number in (1, 2, 3):  # the third is on the waiting list
        services.sign_up(session, sign_up_details(number))
    services.sign_up(later, sign_up_details(4))
    db.session.commit()
    runner = app.test_cli_runner()

    first = runner.invoke(args=["send-reminders"])
    second = runner.invoke(args=["send-reminders"])

    assert first.exit_code == 0, first.output
    assert "Queued 2 reminders" in first.output and "Queued 0 reminders" in second.output
    assert sorted(e.to_address for e in _reminders()) == [
        "parent1@family.example",
        "parent2@family.example",
    ]
    assert "Central Library" in _reminders()[0].body_text and _reminders()[0].attachments


def test_personal_data_is_removed_after_the_retention_period_and_counts_stay(app, create_session):
    old, recent = create_session(places=2), create_session(places=2)
    for session in (old, recent):
        services.sign_up(
            session,
            sign_up_details(
                1, phone="07700 900982", access_needs=["other"], other_needs="My son is 7"
            ),
        )
    old.starts_at = utcnow() - timedelta(days=40)  # the session has since happened
    old.ends_at = old.starts_at + timedelta(hours=2)
    db.session.commit()
    runner = app.test_cli_runner()

    first = runner.invoke(args=["purge"])
    second = runner.invoke(args=["purge"])

    assert "Anonymised 1 focus-group sign-up " in first.output
    assert "Anonymised 0 focus-group sign-ups" in second.output
    db.session.expire_all()
    gone, kept = (
        db.session.scalars(select(SignUp).where(SignUp.session_id == s.id)).one()
        for s in (old, recent)
    )
    assert (gone.name, gone.email, gone.phone, gone.other_needs) == ("", None, None, None)
    assert gone.status == "confirmed" and gone.access_needs == ["other"]
    assert kept.name == "Parent 1" and kept.other_needs == "My son is 7"


def test_the_privacy_notice_says_when_sign_up_details_are_removed(app, client):
    app.config["FOCUS_GROUP_RETENTION_DAYS"] = 45
    try:
        page = client.page("/privacy-notice")
    finally:
        app.config["FOCUS_GROUP_RETENTION_DAYS"] = 30
    assert (
        "contact details and anything you wrote in your own words 45 days after the session"
        in page.text
    )

"""Commands a scheduler runs: reminders before sessions, and removing personal data after its time."""

import click
from flask import current_app
from flask.cli import with_appcontext

from engage.consultations.responding import delete_expired_drafts
from engage.extensions import db
from engage.focus_groups import services
from engage.reviews.services import delete_unconfirmed_reviews


@click.command("send-reminders")
@with_appcontext
def send_reminders_command() -> None:
    """Email a reminder to everyone with a place in a session starting soon (run it hourly;
    running it twice sends nothing twice). Then run send-emails, or leave it to the worker."""
    hours = current_app.config["FOCUS_GROUP_REMINDER_HOURS"]
    sent = services.send_reminders(hours)
    db.session.commit()
    click.echo(
        f"Queued {sent} reminder{'s' if sent != 1 else ''} for sessions in the next {hours} hours."
    )


@click.command("purge")
@with_appcontext
def purge_command() -> None:
    """Remove personal data that has passed its retention period (run it daily; safe to run
    again): focus-group sign-ups' names, contact details and own words FOCUS_GROUP_RETENTION_DAYS
    after the session (counts are kept), consultation answers saved for later that expired, and
    reviews whose email was never confirmed, REVIEW_CONFIRMATION_DAYS after they were written."""
    days = current_app.config["FOCUS_GROUP_RETENTION_DAYS"]
    anonymised = services.anonymise_old_sign_ups(days)
    drafts = delete_expired_drafts()
    reviews = delete_unconfirmed_reviews()
    db.session.commit()
    click.echo(
        f"Anonymised {anonymised} focus-group sign-up{'s' if anonymised != 1 else ''} to sessions "
        f"that ended over {days} days ago."
    )
    click.echo(f"Deleted {drafts} expired consultation draft{'s' if drafts != 1 else ''}.")
    click.echo(f"Deleted {reviews} unconfirmed review{'s' if reviews != 1 else ''}.")

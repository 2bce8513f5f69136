"""Commands a scheduler runs: reminders before sessions, and removing personal data after them."""

import click
from flask import current_app
from flask.cli import with_appcontext

from engage.extensions import db
from engage.focus_groups import services


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


@click.command("purge-focus-groups")
@with_appcontext
def purge_focus_groups_command() -> None:
    """Remove names, contact details and people's own words from sign-ups to sessions that ended
    more than FOCUS_GROUP_RETENTION_DAYS ago (run it daily; safe to run again)."""
    days = current_app.config["FOCUS_GROUP_RETENTION_DAYS"]
    removed = services.anonymise_old_sign_ups(days)
    db.session.commit()
    click.echo(
        f"Anonymised {removed} sign-up{'s' if removed != 1 else ''} to sessions that ended over {days} days ago."
    )

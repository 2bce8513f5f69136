"""`flask --app engage consultations ...`: housekeeping a scheduler runs."""

import click
from flask.cli import AppGroup

from engage.consultations.responding import delete_expired_drafts
from engage.extensions import db

consultations_cli = AppGroup("consultations", help="Consultation housekeeping.")


@consultations_cli.command("delete-expired-drafts")
def delete_expired_drafts_command() -> None:
    """Delete saved answers whose time has run out (run it daily from a scheduler)."""
    deleted = delete_expired_drafts()
    db.session.commit()
    click.echo(f"Deleted {deleted} expired draft{'s' if deleted != 1 else ''}.")

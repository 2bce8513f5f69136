import time

import click
from flask import current_app
from flask.cli import with_appcontext

from engage.email.senders import sender_from_config
from engage.email.services import queue_email, send_due_emails
from engage.extensions import db


@click.command("send-emails")
@click.option(
    "--loop", is_flag=True, help="Keep running, checking the outbox every --interval seconds."
)
@click.option(
    "--interval", default=10, show_default=True, help="Seconds between checks with --loop."
)
@with_appcontext
def send_emails_command(loop: bool, interval: int) -> None:
    """Send the emails waiting in the outbox (retrying failures later)."""
    sender = sender_from_config(current_app.config)
    while True:
        counts = send_due_emails(sender)
        if any(counts.values()) or not loop:
            click.echo(
                f"Sent {counts['sent']}, will retry {counts['retrying']}, gave up on {counts['failed']}."
            )
        if not loop:
            return
        time.sleep(interval)


@click.command("send-test-email")
@click.argument("address")
@with_appcontext
def send_test_email_command(address: str) -> None:
    """Queue a test email to ADDRESS, to check the mail settings (then run send-emails)."""
    queue_email(address, "outbox_check", purpose="outbox_check", name=address)
    db.session.commit()
    click.echo(
        f"Queued a test email to {address}. Run `flask --app engage send-emails` to send it."
    )

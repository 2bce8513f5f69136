"""Queue emails in the caller's transaction; send them later, with retries, exactly once when
all goes well and never lost when it does not."""

from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import formataddr, make_msgid

from flask import current_app, render_template
from sqlalchemy import or_, select, update

from engage.database import utcnow
from engage.email.models import EmailStatus, OutboxEmail
from engage.email.senders import Sender
from engage.extensions import db

#: how long a worker may hold an email before another worker may try it
CLAIM_SECONDS = 120
#: waits before each retry; after the last, the email is marked failed
RETRY_DELAYS = [timedelta(minutes=minutes) for minutes in (1, 5, 15, 60, 180, 720)]


def queue_email(
    to: str, template: str, *, purpose: str, attachments: list | None = None, **context
) -> OutboxEmail:
    """Add an email to the outbox, in the current transaction (it is sent after the commit).

    `template` names templates/email/<template>.txt, whose first line is "Subject: ...".
    """
    rendered = render_template(f"email/{template}.txt", **context)
    first_line, _, body = rendered.lstrip().partition("\n")
    if not first_line.startswith("Subject: "):
        raise ValueError(f"email/{template}.txt must start with a Subject: line")
    domain = current_app.config["MAIL_FROM"].rpartition("@")[2] or "engage.local"
    email = OutboxEmail(
        to_address=to,
        subject=first_line.removeprefix("Subject: ").strip(),
        body_text=body.strip() + "\n",
        attachments=attachments or [],
        message_id=make_msgid(domain=domain),
        purpose=purpose,
    )
    db.session.add(email)
    return email


def build_message(email: OutboxEmail, from_address: str, from_name: str) -> EmailMessage:
    message = EmailMessage()
    message["From"] = formataddr((from_name, from_address))
    message["To"] = email.to_address
    message["Subject"] = email.subject
    message["Message-ID"] = email.message_id
    message.set_content(email.body_text)
    for attachment in email.attachments:
        maintype, _, subtype = attachment["content_type"].partition("/")
        message.add_attachment(
            attachment["content"].encode(),
            maintype=maintype,
            subtype=subtype.split(";")[0],
            filename=attachment["filename"],
        )
    return message


def _claim(email_id: int, now: datetime) -> bool:
    """Take one email for this worker; the conditional update lets only one worker win."""
    result = db.session.execute(
        update(OutboxEmail)
        .where(
            OutboxEmail.id == email_id,
            OutboxEmail.status == EmailStatus.PENDING.value,
            or_(OutboxEmail.claimed_until.is_(None), OutboxEmail.claimed_until < now),
        )
        .values(claimed_until=now + timedelta(seconds=CLAIM_SECONDS))
    )
    db.session.commit()
    return result.rowcount == 1


def send_due_emails(
    sender: Sender, *, limit: int = 100, now: datetime | None = None
) -> dict[str, int]:
    """Send what is due. Each email is committed as sent (or rescheduled) straight after its
    attempt, so a crash part-way through leaves the rest waiting, not lost."""
    now = now or utcnow()
    config = current_app.config
    due_ids = db.session.scalars(
        select(OutboxEmail.id)
        .where(
            OutboxEmail.status == EmailStatus.PENDING.value,
            OutboxEmail.next_attempt_at <= now,
            or_(OutboxEmail.claimed_until.is_(None), OutboxEmail.claimed_until < now),
        )
        .order_by(OutboxEmail.next_attempt_at, OutboxEmail.id)
        .limit(limit)
    ).all()
    counts = {"sent": 0, "retrying": 0, "failed": 0}
    for email_id in due_ids:
        if not _claim(email_id, now):
            continue  # another worker has it
        email = db.session.get(OutboxEmail, email_id)
        email.attempts += 1
        try:
            sender.send(build_message(email, config["MAIL_FROM"], config["MAIL_FROM_NAME"]))
        except Exception as error:  # noqa: BLE001 - any failure is retried, and recorded
            email.last_error = f"{type(error).__name__}: {error}"[:2000]
            email.claimed_until = None
            if email.attempts > len(RETRY_DELAYS):
                email.status = EmailStatus.FAILED.value
                counts["failed"] += 1
            else:
                email.next_attempt_at = now + RETRY_DELAYS[email.attempts - 1]
                counts["retrying"] += 1
        else:
            email.status = EmailStatus.SENT.value
            email.sent_at = utcnow()
            email.claimed_until = None
            counts["sent"] += 1
        db.session.commit()
    return counts

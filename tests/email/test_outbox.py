"""Emails wait in the outbox until their change is committed, then a worker sends each once,
retrying when the mail server is away; nothing is lost and nothing is sent twice."""

from datetime import timedelta

from sqlalchemy import select

from engage.database import utcnow
from engage.email.models import OutboxEmail
from engage.email.senders import ConsoleSender, SmtpSender
from engage.email.services import RETRY_DELAYS, queue_email, send_due_emails
from engage.extensions import db
from tests.email.smtp_server import free_port


def _queue(to="parent@example.org"):
    email = queue_email(to, "outbox_check", purpose="test", name="Sam")
    db.session.commit()
    return email


def test_an_email_queued_in_a_rolled_back_change_is_never_sent(smtp_server):
    queue_email("parent@example.org", "outbox_check", purpose="test", name="Sam")
    db.session.rollback()
    assert send_due_emails(smtp_server.sender) == {"sent": 0, "retrying": 0, "failed": 0}
    assert smtp_server.messages == []


def test_the_worker_sends_each_email_once(smtp_server):
    email = _queue()
    assert send_due_emails(smtp_server.sender)["sent"] == 1
    assert send_due_emails(smtp_server.sender)["sent"] == 0
    [message] = smtp_server.messages
    assert message["To"] == "parent@example.org"
    assert message["Subject"] == "A test email from Have your say on SEND"
    assert message["Message-ID"] == email.message_id
    assert "Hello Sam" in message.get_payload(decode=True).decode()
    assert email.status == "sent" and email.attempts == 1 and email.sent_at is not None


def test_a_mail_server_that_is_away_is_tried_again_later(smtp_server):
    email = _queue()
    away = SmtpSender("127.0.0.1", free_port(), timeout=2)
    now = utcnow()
    assert send_due_emails(away, now=now) == {"sent": 0, "retrying": 1, "failed": 0}
    assert email.status == "pending" and "ConnectionRefusedError" in email.last_error
    assert email.next_attempt_at == now + RETRY_DELAYS[0]
    # Not due yet: nothing happens, even with the server back.
    assert send_due_emails(smtp_server.sender, now=now)["sent"] == 0
    assert send_due_emails(smtp_server.sender, now=now + timedelta(minutes=2))["sent"] == 1
    assert smtp_server.messages[0]["Message-ID"] == email.message_id


def test_an_email_held_by_a_worker_that_died_is_sent_when_its_claim_runs_out(smtp_server):
    email = _queue()
    email.claimed_until = utcnow() + timedelta(minutes=2)  # another worker took it, then crashed
    db.session.commit()
    assert send_due_emails(smtp_server.sender)["sent"] == 0
    assert send_due_emails(smtp_server.sender, now=utcnow() + timedelta(minutes=3))["sent"] == 1
    assert len(smtp_server.messages) == 1


def test_the_worker_gives_up_after_the_last_retry():
    email = _queue()
    away = SmtpSender("127.0.0.1", free_port(), timeout=2)
    moment = utcnow()
    for _ in range(len(RETRY_DELAYS)):
        send_due_emails(away, now=moment)
        moment = email.next_attempt_at
    assert send_due_emails(away, now=moment) == {"sent": 0, "retrying": 0, "failed": 1}
    assert email.status == "failed" and email.attempts == len(RETRY_DELAYS) + 1


def test_the_console_sender_prints_the_email(capsys):
    _queue()
    send_due_emails(ConsoleSender())
    printed = capsys.readouterr().out
    assert "email to parent@example.org" in printed and "Hello Sam" in printed


def test_the_send_emails_command_uses_the_configured_server(app, smtp_server):
    result = app.test_cli_runner().invoke(args=["send-test-email", "it@council.example"])
    assert "Queued a test email to it@council.example" in result.output
    app.config.update(
        MAIL_BACKEND="smtp", MAIL_SERVER="127.0.0.1", MAIL_PORT=smtp_server.sender.port
    )
    try:
        result = app.test_cli_runner().invoke(args=["send-emails"])
    finally:
        app.config.update(MAIL_BACKEND="console")
    assert "Sent 1, will retry 0, gave up on 0." in result.output
    assert len(smtp_server.messages) == 1
    assert db.session.scalars(select(OutboxEmail)).one().status == "sent"

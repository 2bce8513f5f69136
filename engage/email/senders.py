"""Ways to hand a message to the world: SMTP in production, the console in development."""

import smtplib
import ssl
import sys
from email.message import EmailMessage
from typing import Protocol


class Sender(Protocol):
    def send(self, message: EmailMessage) -> None:
        """Deliver or raise; raising means "try again later"."""


class SmtpSender:
    def __init__(
        self,
        host: str,
        port: int,
        *,
        username: str | None = None,
        password: str | None = None,
        starttls: bool = False,
        use_ssl: bool = False,
        timeout: float = 30,
    ):
        self.host, self.port = host, port
        self.username, self.password = username, password
        self.starttls, self.use_ssl, self.timeout = starttls, use_ssl, timeout

    def send(self, message: EmailMessage) -> None:
        context = ssl.create_default_context()
        if self.use_ssl:
            connection = smtplib.SMTP_SSL(
                self.host, self.port, timeout=self.timeout, context=context
            )
        else:
            connection = smtplib.SMTP(self.host, self.port, timeout=self.timeout)
        with connection as smtp:
            if self.starttls:
                smtp.starttls(context=context)
            if self.username:
                smtp.login(self.username, self.password or "")
            smtp.send_message(message)


class ConsoleSender:
    """Development: print each email instead of sending it."""

    def __init__(self, stream=None):
        self.stream = stream or sys.stdout

    def send(self, message: EmailMessage) -> None:
        body = message.get_body(("plain",))
        print(
            f"----- email to {message['To']} -----\nSubject: {message['Subject']}\n\n"
            f"{body.get_content() if body else ''}\n----- end of email -----",
            file=self.stream,
        )


def sender_from_config(config) -> Sender:
    if config.get("MAIL_BACKEND", "console") == "console":
        return ConsoleSender()
    return SmtpSender(
        config["MAIL_SERVER"],
        config["MAIL_PORT"],
        username=config.get("MAIL_USERNAME"),
        password=config.get("MAIL_PASSWORD"),
        starttls=config.get("MAIL_USE_TLS", False),
        use_ssl=config.get("MAIL_USE_SSL", False),
    )

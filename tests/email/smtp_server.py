"""A real SMTP server on 127.0.0.1 for tests that check what was sent (a pytest plugin)."""

import socket
from email import message_from_bytes

import pytest
from aiosmtpd.controller import Controller

from engage.email.senders import SmtpSender


class Inbox:
    """An aiosmtpd handler that keeps every message it is given."""

    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's name
        self.messages.append(message_from_bytes(envelope.original_content or envelope.content))
        return "250 OK"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def smtp_server():
    """A real SMTP server on 127.0.0.1 for the length of a test."""
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    inbox.sender = SmtpSender("127.0.0.1", controller.port, timeout=5)
    yield inbox
    controller.stop()

"""Database conventions shared by every feature: SQLite pragmas, time, and the one commit."""

import sqlite3
from datetime import UTC, datetime

from flask import Flask, Response
from sqlalchemy import event
from sqlalchemy.engine import Engine

from engage.extensions import db


def utcnow() -> datetime:
    """Timezone-aware now, so stored times never depend on the server's zone."""
    return datetime.now(UTC)


@event.listens_for(Engine, "connect")
def _configure_sqlite(dbapi_connection, _connection_record) -> None:
    """SQLite enforces foreign keys only when asked, and WAL lets readers run beside a writer.

    synchronous=NORMAL is SQLite's advice for WAL (and Rails' default): a commit no longer waits
    for the disk, only checkpoints do. An application crash loses nothing; a power cut can lose
    the last moments' commits. SQLite is for the demo and small sites; production runs on
    PostgreSQL, where every commit is durable."""
    if isinstance(dbapi_connection, sqlite3.Connection):
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA busy_timeout=5000")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()


def init_app(app: Flask) -> None:
    """Commit each request's work in exactly one place, after the view has succeeded.

    Views and services never commit: they change the session and return. A response below 400
    commits; an error response or an exception rolls everything back, so a failed request leaves
    nothing half-saved.
    """

    @app.after_request
    def commit_request_transaction(response: Response) -> Response:
        if response.status_code < 400:
            db.session.commit()
        else:
            db.session.rollback()
        return response

    @app.teardown_request
    def rollback_on_exception(exc: BaseException | None) -> None:
        if exc is not None:
            db.session.rollback()


#: indexes the migrations make on PostgreSQL only, which the models cannot say (a trigram index
#: needs the pg_trgm extension): autogenerate leaves them alone
POSTGRESQL_ONLY_INDEXES = {"ix_feedback_text_trigram"}


def include_in_autogenerate(obj, name, type_, reflected, compare_to) -> bool:
    return not (type_ == "index" and reflected and name in POSTGRESQL_ONLY_INDEXES)


def contains_pattern(word: str) -> str:
    """A LIKE pattern for text containing `word` as typed (its % and _ are not wildcards);
    use it with escape="\\"."""
    return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"

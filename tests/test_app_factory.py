"""The app factory picks settings by name, and production refuses to start without secrets."""

import pytest

import config
from engage import create_app, normalise_database_url


def test_production_refuses_to_start_without_secret_key_and_database_url(monkeypatch):
    monkeypatch.delenv("SECRET_KEY", raising=False)
    monkeypatch.delenv("DATABASE_URL", raising=False)
    with pytest.raises(config.ConfigError) as refused:
        create_app("production")
    message = str(refused.value)
    assert "SECRET_KEY and DATABASE_URL" in message
    assert "postgresql+psycopg://" in message


def test_production_refuses_a_short_secret_key(monkeypatch):
    monkeypatch.setenv("SECRET_KEY", "short")
    monkeypatch.setenv("DATABASE_URL", "postgresql://engage@db.example/engage")
    with pytest.raises(config.ConfigError, match="too short"):
        config.ProductionConfig().check()


def test_an_unknown_configuration_name_is_refused():
    with pytest.raises(config.ConfigError, match="use one of development, testing, production"):
        create_app("staging")


def test_development_defaults_to_sqlite_in_the_instance_folder(monkeypatch, tmp_path):
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.setenv("ENGAGE_INSTANCE_PATH", str(tmp_path))
    monkeypatch.setattr(config.DevelopmentConfig, "SQLALCHEMY_DATABASE_URI", None)
    app = create_app("development")
    assert app.config["SQLALCHEMY_DATABASE_URI"] == f"sqlite:///{tmp_path / 'engage.sqlite3'}"
    assert app.config["SESSION_COOKIE_HTTPONLY"] is True
    assert app.config["SESSION_COOKIE_SAMESITE"] == "Lax"


def test_production_cookies_are_secure(monkeypatch):
    monkeypatch.delenv("SESSION_COOKIE_SECURE", raising=False)
    assert config.ProductionConfig.SESSION_COOKIE_SECURE is True


@pytest.mark.parametrize(
    ("given", "used"),
    [
        ("postgres://u@h/db", "postgresql+psycopg://u@h/db"),
        ("postgresql://u@h/db", "postgresql+psycopg://u@h/db"),
        ("postgresql+psycopg://u@h/db", "postgresql+psycopg://u@h/db"),
        ("sqlite:///x.db", "sqlite:///x.db"),
    ],
)
def test_database_urls_use_psycopg_3(given, used):
    assert normalise_database_url(given) == used


def test_sqlite_runs_with_foreign_keys_and_wal(app):
    from sqlalchemy import text

    from engage.extensions import db

    if db.engine.dialect.name != "sqlite":
        pytest.skip("SQLite pragmas only apply on SQLite; this run uses PostgreSQL")
    assert db.session.execute(text("PRAGMA foreign_keys")).scalar() == 1
    assert db.session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
    assert db.session.execute(text("PRAGMA synchronous")).scalar() == 1  # NORMAL


def test_pooled_connections_are_renewed_but_not_pinged_by_default(app):
    """A ping is a round trip on every request; renewing every half hour keeps connections fresh."""
    options = config.Config.SQLALCHEMY_ENGINE_OPTIONS
    assert options == {"pool_pre_ping": False, "pool_recycle": 1800}
    assert app.config["SQLALCHEMY_ENGINE_OPTIONS"]["pool_recycle"] == 1800


def test_the_web_app_does_not_load_scikit_learn_until_a_learned_model_is_used():
    """scikit-learn costs every web worker about 90 MB and a second; most never use it."""
    import subprocess
    import sys

    script = "import sys, engage; engage.create_app('testing'); print('sklearn' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"

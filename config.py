"""Settings for Engage, one class per environment.

Every setting can come from an environment variable (documented in README.md). Secrets never
have a default in code: production refuses to start without them.
"""

import os
from datetime import timedelta


def _env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def _env_int(name: str, default: int) -> int:
    value = os.environ.get(name)
    return int(value) if value else default


class ConfigError(RuntimeError):
    """A setting is missing or wrong; the message says which and how to fix it."""


class Config:
    """Settings shared by every environment."""

    ENV_NAME = "base"
    SECRET_KEY = os.environ.get("SECRET_KEY")
    SQLALCHEMY_DATABASE_URI = os.environ.get("DATABASE_URL")
    # A pooled connection is not pinged before each use: the ping is one more round trip on every
    # request (about a tenth of the busiest write's throughput). A connection broken by a database
    # restart fails one request, after which SQLAlchemy replaces the whole pool; a failed submit
    # keeps its draft, so nothing is lost. Connections are renewed every half hour, before proxies
    # and firewalls drop idle ones. DATABASE_POOL_PRE_PING=true pings instead.
    SQLALCHEMY_ENGINE_OPTIONS = {
        "pool_pre_ping": _env_bool("DATABASE_POOL_PRE_PING", False),
        "pool_recycle": _env_int("DATABASE_POOL_RECYCLE_SECONDS", 1800),
    }
    REDIS_URL = os.environ.get("REDIS_URL")

    # The local area this instance serves, shown in the header, footer and legal pages. An admin
    # can change them on the settings page; these are the values a new database starts with.
    SERVICE_NAME = os.environ.get("ENGAGE_SERVICE_NAME", "Have your say on SEND")
    AREA_NAME = os.environ.get("ENGAGE_AREA_NAME", "Blackpool")
    ORGANISATION_NAME = os.environ.get("ENGAGE_ORGANISATION_NAME", "Blackpool Council")
    CONTACT_EMAIL = os.environ.get("ENGAGE_CONTACT_EMAIL", "send.engagement@example.org")
    CONTACT_PHONE = os.environ.get("ENGAGE_CONTACT_PHONE", "01253 000000")
    CONTACT_ADDRESS = os.environ.get(
        "ENGAGE_CONTACT_ADDRESS", "SEND Engagement Team, Municipal Buildings, Blackpool FY1 1AA"
    )
    PHASE = os.environ.get("ENGAGE_PHASE", "beta")

    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"
    SESSION_COOKIE_SECURE = _env_bool("SESSION_COOKIE_SECURE", False)
    REMEMBER_COOKIE_HTTPONLY = True
    REMEMBER_COOKIE_SAMESITE = "Lax"
    REMEMBER_COOKIE_SECURE = SESSION_COOKIE_SECURE
    PERMANENT_SESSION_LIFETIME = timedelta(hours=_env_int("OFFICER_SESSION_HOURS", 8))

    # No time limit on forms (WCAG 2.2.1, timing adjustable): a form's token lasts as long as the
    # browser session, so someone who needs hours to answer never loses what they typed.
    WTF_CSRF_TIME_LIMIT = None

    # Failed sign-ins allowed before the form refuses more (Flask-Limiter rate strings).
    RATELIMIT_ENABLED = _env_bool("RATELIMIT_ENABLED", True)
    LOGIN_FAILURES_PER_ACCOUNT = os.environ.get("LOGIN_FAILURES_PER_ACCOUNT", "5 per 15 minutes")
    LOGIN_FAILURES_PER_ADDRESS = os.environ.get("LOGIN_FAILURES_PER_ADDRESS", "20 per 15 minutes")
    # Number of proxies in front of the app that set X-Forwarded-For (0 = trust none).
    PROXY_COUNT = _env_int("PROXY_COUNT", 0)

    INVITE_VALID_DAYS = _env_int("INVITE_VALID_DAYS", 7)

    # Email: "console" prints emails (development); "smtp" sends them through MAIL_SERVER.
    MAIL_BACKEND = os.environ.get("MAIL_BACKEND", "console")
    MAIL_SERVER = os.environ.get("MAIL_SERVER", "127.0.0.1")
    MAIL_PORT = _env_int("MAIL_PORT", 25)
    MAIL_USERNAME = os.environ.get("MAIL_USERNAME")
    MAIL_PASSWORD = os.environ.get("MAIL_PASSWORD")
    MAIL_USE_TLS = _env_bool("MAIL_USE_TLS", False)
    MAIL_USE_SSL = _env_bool("MAIL_USE_SSL", False)
    MAIL_FROM = os.environ.get("MAIL_FROM", "send.engagement@example.org")
    MAIL_FROM_NAME = os.environ.get("MAIL_FROM_NAME", "Have your say on SEND")
    # Saved consultation answers are kept this long after the last change, then deleted.
    CONSULTATION_DRAFT_DAYS = _env_int("CONSULTATION_DRAFT_DAYS", 28)
    # Focus groups: when reminders go (hours before a session), and how long after a session
    # people's names, contact details and own words are kept before they are removed.
    FOCUS_GROUP_REMINDER_HOURS = _env_int("FOCUS_GROUP_REMINDER_HOURS", 48)
    FOCUS_GROUP_RETENTION_DAYS = _env_int("FOCUS_GROUP_RETENTION_DAYS", 30)
    # Reviews: one review per person per service in this many days (a newer one replaces the
    # earlier once moderated); how long the confirmation link works; throttles per address.
    REVIEW_PERIOD_DAYS = _env_int("REVIEW_PERIOD_DAYS", 365)
    REVIEW_CONFIRMATION_DAYS = _env_int("REVIEW_CONFIRMATION_DAYS", 7)
    REVIEW_RATE_LIMIT = os.environ.get("REVIEW_RATE_LIMIT", "5 per hour;20 per day")
    REVIEW_REPORT_RATE_LIMIT = os.environ.get("REVIEW_REPORT_RATE_LIMIT", "10 per hour")
    # The public "Tell us what you think" form: messages from one IP address.
    TELL_US_RATE_LIMIT = os.environ.get("TELL_US_RATE_LIMIT", "10 per hour;30 per day")
    # Open quick polls (anyone may answer): votes from one IP address, on top of one per browser.
    OPEN_POLL_VOTE_RATE_LIMIT = os.environ.get("OPEN_POLL_VOTE_RATE_LIMIT", "60 per hour")
    # The strategy framework loaded by `flask --app engage seed-demo` (see engage/priorities/frameworks).
    DEMO_FRAMEWORK = os.environ.get("ENGAGE_DEMO_FRAMEWORK", "blackpool")

    def check(self) -> None:
        """Refuse to start with settings that would be unsafe or broken."""


class DevelopmentConfig(Config):
    """Local use and the demo: a SQLite file in the instance folder, a development secret."""

    ENV_NAME = "development"
    DEBUG = _env_bool("FLASK_DEBUG", False)
    SECRET_KEY = os.environ.get("SECRET_KEY") or "development-only-not-secret"
    # None means "a SQLite file in the instance folder"; the factory fills in the path.
    SQLALCHEMY_DATABASE_URI = os.environ.get("DATABASE_URL")


class TestingConfig(Config):
    """The test suite: a throwaway database named by TEST_DATABASE_URL, or SQLite."""

    ENV_NAME = "testing"
    # Cheap hashing keeps the suite fast; production uses the argon2id defaults.
    PASSWORD_HASH_TIME_COST = 1
    PASSWORD_HASH_MEMORY_KIB = 1024
    PASSWORD_HASH_PARALLELISM = 1
    TESTING = True
    SECRET_KEY = "testing-only-not-secret"
    SQLALCHEMY_DATABASE_URI = os.environ.get("TEST_DATABASE_URL")
    # Tests that check CSRF switch it on; the rest post forms without tokens.
    WTF_CSRF_ENABLED = False
    # Limits stay on (their tests lower them), high enough not to trouble the other tests.
    LOGIN_FAILURES_PER_ACCOUNT = "1000 per minute"
    LOGIN_FAILURES_PER_ADDRESS = "1000 per minute"
    REVIEW_RATE_LIMIT = "1000 per minute"
    REVIEW_REPORT_RATE_LIMIT = "1000 per minute"
    OPEN_POLL_VOTE_RATE_LIMIT = "1000 per minute"
    TELL_US_RATE_LIMIT = "1000 per minute"
    RATELIMIT_STORAGE_URI = "memory://"
    REDIS_URL = None


class ProductionConfig(Config):
    """A public deployment: PostgreSQL, secrets from the environment, secure cookies."""

    ENV_NAME = "production"
    MAIL_BACKEND = os.environ.get("MAIL_BACKEND", "smtp")
    SESSION_COOKIE_SECURE = _env_bool("SESSION_COOKIE_SECURE", True)
    REMEMBER_COOKIE_SECURE = SESSION_COOKIE_SECURE
    PREFERRED_URL_SCHEME = "https"

    def check(self) -> None:
        missing = [name for name in ("SECRET_KEY", "DATABASE_URL") if not os.environ.get(name)]
        if missing:
            raise ConfigError(
                "Engage will not start in production without "
                + " and ".join(missing)
                + ". Set "
                + ("it" if len(missing) == 1 else "them")
                + " in the environment: SECRET_KEY to a long random string (for example the"
                " output of `python -c 'import secrets; print(secrets.token_hex(32))'`) and"
                " DATABASE_URL to the PostgreSQL database, for example"
                " postgresql+psycopg://engage@db.example/engage."
            )
        if len(os.environ["SECRET_KEY"]) < 32:
            raise ConfigError("SECRET_KEY is too short: use at least 32 random characters.")


CONFIGS = {
    "development": DevelopmentConfig,
    "testing": TestingConfig,
    "production": ProductionConfig,
}

"""Engage: co-production engagement and feedback for local-area SEND partnerships."""

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def create_app(config_name_or_object: str | object | None = None):
    """Build the app for an environment ("development", "testing", "production") or a config.

    Without an argument the environment comes from ENGAGE_CONFIG, and defaults to development.
    Flask is imported here, not at the top, so that `engage.analysis` (a plain library inside
    this package) can be imported and run without the web app.
    """
    from flask import Flask

    app = Flask(
        __name__,
        instance_path=os.environ.get("ENGAGE_INSTANCE_PATH") or str(PROJECT_ROOT / "instance"),
        static_folder=str(PROJECT_ROOT / "static"),
        template_folder=str(PROJECT_ROOT / "templates"),
    )
    _load_config(app, config_name_or_object)
    _configure_templates(app)
    _init_extensions(app)
    _register_blueprints(app)
    _register_commands(app)
    return app


def _load_config(app, config_name_or_object: str | object | None) -> None:
    from werkzeug.middleware.proxy_fix import ProxyFix

    import config as config_module

    chosen = config_name_or_object or os.environ.get("ENGAGE_CONFIG", "development")
    if isinstance(chosen, str):
        if chosen not in config_module.CONFIGS:
            raise config_module.ConfigError(
                f"Unknown configuration {chosen!r}: use one of {', '.join(config_module.CONFIGS)}."
            )
        chosen = config_module.CONFIGS[chosen]
    settings = chosen() if isinstance(chosen, type) else chosen
    if hasattr(settings, "check"):
        settings.check()
    app.config.from_object(settings)

    uri = app.config.get("SQLALCHEMY_DATABASE_URI")
    if not uri:
        Path(app.instance_path).mkdir(parents=True, exist_ok=True)
        uri = f"sqlite:///{Path(app.instance_path) / 'engage.sqlite3'}"
    app.config["SQLALCHEMY_DATABASE_URI"] = normalise_database_url(uri)
    app.config.setdefault("RATELIMIT_STORAGE_URI", app.config.get("REDIS_URL") or "memory://")
    if app.config.get("PROXY_COUNT"):
        count = app.config["PROXY_COUNT"]
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=count, x_proto=count, x_host=count)


def normalise_database_url(url: str) -> str:
    """Hosting platforms give postgres:// URLs; SQLAlchemy wants the psycopg 3 driver named."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def _configure_templates(app) -> None:
    from jinja2 import ChoiceLoader, FileSystemLoader, PackageLoader, PrefixLoader

    app.jinja_loader = ChoiceLoader(
        [
            FileSystemLoader(app.template_folder),
            PrefixLoader(
                {
                    "govuk_frontend_jinja": PackageLoader("govuk_frontend_jinja"),
                    "govuk_frontend_wtf": PackageLoader("govuk_frontend_wtf"),
                }
            ),
        ]
    )
    app.jinja_env.trim_blocks = True
    app.jinja_env.lstrip_blocks = True


def _init_extensions(app) -> None:
    from govuk_frontend_wtf.main import WTFormsHelpers

    from engage import database, errors, security, templating
    from engage.accounts.services import load_officer_for_session
    from engage.extensions import csrf, db, limiter, login_manager, migrate

    db.init_app(app)
    migrate.init_app(
        app,
        db,
        directory=str(PROJECT_ROOT / "migrations"),
        include_object=database.include_in_autogenerate,
    )
    csrf.init_app(app)
    limiter.init_app(app)
    login_manager.init_app(app)
    login_manager.login_view = "accounts.sign_in"
    login_manager.login_message = "Sign in to see that page."
    login_manager.login_message_category = "info"
    login_manager.session_protection = "basic"
    login_manager.user_loader(load_officer_for_session)
    WTFormsHelpers(app)

    database.init_app(app)
    security.init_app(app)
    templating.init_app(app)
    errors.init_app(app)


def _register_blueprints(app) -> None:
    from engage.accounts.admin_views import officers_admin
    from engage.accounts.views import accounts
    from engage.audit.views import audit
    from engage.consultations import results_views  # noqa: F401 (adds routes to the blueprint)
    from engage.consultations.admin_views import consultations_admin
    from engage.consultations.views import consultations
    from engage.dashboard.views import dashboard
    from engage.feedback.admin_views import feedback_admin
    from engage.feedback.views import feedback
    from engage.focus_groups.admin_views import focus_groups_admin
    from engage.focus_groups.views import focus_groups
    from engage.local_offer.admin_views import local_offer_admin
    from engage.local_offer.views import local_offer
    from engage.polls.admin_views import polls_admin
    from engage.polls.views import polls
    from engage.priorities.views import priorities_admin, priorities_public
    from engage.reviews.admin_views import reviews_admin
    from engage.reviews.views import reviews
    from engage.site.views import site, site_admin
    from engage.you_said_we_did.admin_views import you_said_we_did_admin
    from engage.you_said_we_did.views import you_said_we_did

    for blueprint in (
        site,
        accounts,
        dashboard,
        priorities_public,
        priorities_admin,
        consultations,
        consultations_admin,
        focus_groups,
        focus_groups_admin,
        local_offer,
        local_offer_admin,
        reviews,
        reviews_admin,
        polls,
        polls_admin,
        feedback,
        feedback_admin,
        you_said_we_did,
        you_said_we_did_admin,
        officers_admin,
        audit,
        site_admin,
    ):
        app.register_blueprint(blueprint)


def _register_commands(app) -> None:
    from engage.accounts.commands import create_officer_command
    from engage.consultations.commands import consultations_cli
    from engage.demo.commands import seed_demo_command
    from engage.email.commands import send_emails_command, send_test_email_command
    from engage.feedback.commands import analyse_command, train_tags_command
    from engage.focus_groups.commands import purge_command, send_reminders_command
    from engage.priorities.commands import priorities_cli

    app.cli.add_command(create_officer_command)
    app.cli.add_command(priorities_cli)
    app.cli.add_command(consultations_cli)
    app.cli.add_command(seed_demo_command)
    app.cli.add_command(send_emails_command)
    app.cli.add_command(send_test_email_command)
    app.cli.add_command(analyse_command)
    app.cli.add_command(train_tags_command)
    app.cli.add_command(send_reminders_command)
    app.cli.add_command(purge_command)

import click
from flask import current_app
from flask.cli import with_appcontext

from engage.demo.services import DEMO_OFFICERS, seed_demo
from engage.extensions import db


@click.command("seed-demo")
@with_appcontext
def seed_demo_command() -> None:
    """Load demo data: frameworks, officers and sample content. Safe to run twice."""
    if current_app.config["ENV_NAME"] == "production":
        raise click.ClickException(
            "seed-demo creates accounts with published passwords: not in production."
        )
    summary = seed_demo(current_app.config["DEMO_FRAMEWORK"])
    db.session.commit()
    for line in summary:
        click.echo(line)
    click.echo("Demo sign-ins (at /sign-in):")
    for email, _name, role, password in DEMO_OFFICERS:
        click.echo(f"  {role.label:<20} {email}  password: {password}")

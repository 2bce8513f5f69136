import click
from flask.cli import with_appcontext

from engage.accounts import services
from engage.accounts.roles import Role
from engage.extensions import db


@click.command("create-officer")
@click.option(
    "--email", prompt="Email address", help="The officer's email address (their sign-in)."
)
@click.option("--name", "full_name", prompt="Full name", help="The officer's full name.")
@click.option(
    "--role",
    type=click.Choice([role.value for role in Role]),
    default=Role.ADMIN.value,
    show_default=True,
    help="admin manages officers and settings; officer runs engagement; moderator moderates.",
)
@click.password_option(
    "--password",
    help="At least 12 characters. Asked for (hidden, twice) when not given.",
)
@with_appcontext
def create_officer_command(email: str, full_name: str, role: str, password: str) -> None:
    """Create an officer who can sign in straight away (use it for the first admin)."""
    try:
        officer = services.create_officer(email, full_name, Role(role), password)
    except services.AccountError as error:
        raise click.ClickException(str(error)) from error
    db.session.commit()
    click.echo(f"Created {officer.role_enum.label.lower()} {officer.email}.")

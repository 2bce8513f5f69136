"""`flask --app engage priorities ...`: import, export and list frameworks."""

from pathlib import Path

import click
from flask.cli import AppGroup

from engage.extensions import db
from engage.priorities import services
from engage.priorities.framework_yaml import FrameworkYamlError

priorities_cli = AppGroup("priorities", help="Import, export and list strategy frameworks.")


@priorities_cli.command("import")
@click.argument("source")
@click.option("--activate", is_flag=True, help="Make it the active framework.")
def import_command(source: str, activate: bool) -> None:
    """Import a framework from a YAML FILE, or a bundled one by name (e.g. blackpool).

    The whole file is checked first: if anything is wrong, nothing is saved and every problem is
    listed with its line number.
    """
    path = Path(source)
    if path.exists():
        text = path.read_bytes()
    elif source in services.bundled_framework_names():
        text = services.bundled_framework_text(source)
    else:
        raise click.ClickException(
            f"No file called {source}, and no bundled framework of that name "
            f"({', '.join(services.bundled_framework_names())})."
        )
    try:
        framework = services.import_framework_yaml(text, activate=activate)
    except FrameworkYamlError as error:
        db.session.rollback()
        lines = "\n".join(f"  {problem}" for problem in error.problems)
        raise click.ClickException(
            f"{source} was not imported; nothing was changed.\n{lines}"
        ) from error
    db.session.commit()
    state = " and made it active" if framework.is_active else ""
    click.echo(f"Imported {framework.area} ({len(framework.priorities)} priorities){state}.")


@priorities_cli.command("export")
@click.option(
    "--id", "framework_id", type=int, help="The framework's id (default: the active one)."
)
@click.option(
    "--output", "-o", type=click.Path(dir_okay=False, writable=True), help="Write to a file."
)
def export_command(framework_id: int | None, output: str | None) -> None:
    """Export a framework as YAML (to standard output unless --output is given)."""
    from engage.priorities.models import Framework

    framework = (
        db.session.get(Framework, framework_id) if framework_id else services.active_framework()
    )
    if framework is None:
        raise click.ClickException(
            "No such framework. `flask --app engage priorities list` shows them."
        )
    text = services.export_framework_yaml(framework)
    if output:
        Path(output).write_text(text, encoding="utf-8")
        click.echo(f"Wrote {framework.area} to {output}.")
    else:
        click.echo(text, nl=False)


@priorities_cli.command("list")
def list_command() -> None:
    """List the frameworks in the database and the bundled ones."""
    for framework in services.all_frameworks():
        marker = "*" if framework.is_active else " "
        click.echo(
            f"{marker} {framework.id:>3}  {framework.area}: {framework.title} ({len(framework.priorities)} priorities)"
        )
    click.echo("Bundled: " + ", ".join(services.bundled_framework_names()))

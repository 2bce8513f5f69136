import click
from flask.cli import with_appcontext

from engage.extensions import db
from engage.feedback.analysis import analyse_pending, mark_all_for_analysis, pending_count


@click.command("analyse")
@click.option(
    "--all",
    "everything",
    is_flag=True,
    help="Analyse everything again (after a framework change or a retrain).",
)
@with_appcontext
def analyse_command(everything: bool) -> None:
    """Analyse stored feedback in batches; if interrupted, run it again to carry on."""
    if everything:
        mark_all_for_analysis()
        db.session.commit()
    total = pending_count()
    try:
        with click.progressbar(length=total, label="Analysing feedback") as bar:
            done = analyse_pending(bar.update)
    except LookupError as error:
        raise click.ClickException(str(error)) from error
    click.echo(f"Analysed {done} piece{'s' if done != 1 else ''} of feedback.")

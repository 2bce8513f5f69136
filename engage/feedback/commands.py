import time

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
@click.option("--loop", is_flag=True, help="Keep running: analyse new feedback as it arrives.")
@click.option(
    "--interval", default=10, show_default=True, help="Seconds between checks with --loop."
)
@with_appcontext
def analyse_command(everything: bool, loop: bool, interval: int) -> None:
    """Analyse stored feedback in batches; if interrupted, run it again to carry on.

    With --loop it is the worker that analyses each piece within seconds of its arrival, so a
    possible safeguarding disclosure reaches the officers' inbox straight away.
    """
    if everything:
        mark_all_for_analysis()
        db.session.commit()
    while True:
        total = pending_count()
        try:
            with click.progressbar(length=total, label="Analysing feedback") as bar:
                done = analyse_pending(bar.update)
        except LookupError as error:
            raise click.ClickException(str(error)) from error
        if done or not loop:
            click.echo(f"Analysed {done} piece{'s' if done != 1 else ''} of feedback.")
        if not loop:
            return
        time.sleep(interval)

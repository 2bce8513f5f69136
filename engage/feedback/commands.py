import time

import click
from flask.cli import with_appcontext

from engage.extensions import db
from engage.feedback.analysis import (
    analyse_pending,
    mark_all_for_analysis,
    pending_count,
    train_from_decisions,
)
from engage.priorities.services import active_framework


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


@click.command("train-tags")
@with_appcontext
def train_tags_command() -> None:
    """Learn the active framework's tags from officers' confirmed and rejected tags, then
    analyse all feedback again with the new model (run it again after more review)."""
    framework = active_framework()
    if framework is None:
        raise click.ClickException("No framework is active: choose one on the Priorities page")
    try:
        report = train_from_decisions(framework)
    except LookupError as error:
        raise click.ClickException(str(error)) from error
    click.echo(
        f"Trained on {report.examples} pieces of feedback: {len(report.learned)} priorities "
        f"learned, {len(report.zero_shot_only)} with too few examples keep their zero-shot tags."
    )
    mark_all_for_analysis()
    db.session.commit()
    with click.progressbar(length=pending_count(), label="Analysing feedback again") as bar:
        done = analyse_pending(bar.update)
    click.echo(f"Analysed {done} piece{'s' if done != 1 else ''} of feedback with the new model.")

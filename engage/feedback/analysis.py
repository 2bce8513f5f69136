"""Running the text-analysis engine over stored feedback: when it arrives, and again in batches
after the framework changes or the model is retrained. Nothing here commits except
`analyse_pending`, which commits each batch so an interrupted run resumes where it stopped."""

import shutil
from collections.abc import Callable
from pathlib import Path

from flask import current_app
from sqlalchemy import func, select, update

from engage.analysis import Analysis, Analyzer
from engage.database import utcnow
from engage.extensions import db
from engage.feedback.models import Feedback, FeedbackTag, TagStatus
from engage.priorities.models import Framework, Priority
from engage.priorities.services import active_framework

BATCH = 500
#: fewer decided pieces than this teach a model nothing it can be trusted with
MIN_DECIDED_FOR_TRAINING = 20


def model_folder(framework: Framework) -> Path:
    return Path(current_app.instance_path) / "models" / f"framework-{framework.id}"


def analyzer_for(framework: Framework) -> Analyzer:
    """The engine for a framework: its learned model if one has been trained, else zero-shot."""
    data = framework.to_data()
    folder = model_folder(framework)
    tagger = None
    if folder.exists():
        # scikit-learn is imported only where a model exists: it adds about 90 MB and a second
        # to every web worker that would otherwise never use it.
        from engage.analysis.learning import LearnedTagger, ModelError

        try:
            tagger = LearnedTagger.load(folder, data)
        except ModelError:
            current_app.logger.warning(
                "Ignoring the model in %s: it does not fit the framework", folder
            )
    return Analyzer(data, tagger)


_analyzers: dict[tuple, Analyzer] = {}


def _cached_analyzer(framework: Framework) -> Analyzer:
    """One engine per process for the active framework, made again when the framework, its
    priorities or its learned model change."""
    folder = model_folder(framework)
    key = (
        framework.id,
        tuple((p.id, p.slug, p.title, p.description, tuple(p.keywords or ())) for p in framework.priorities),
        folder.stat().st_mtime if folder.exists() else None,
    )  # fmt: skip
    if key not in _analyzers:
        _analyzers.clear()
        _analyzers[key] = analyzer_for(framework)
    return _analyzers[key]


def analyse_on_arrival(feedback: Feedback) -> None:
    """Analyse one piece as it arrives, so a possible safeguarding disclosure is at the top of
    the inbox at once. Without an active framework it waits for `flask analyse`."""
    framework = active_framework()
    if framework is None:
        return
    apply_analysis(feedback, _cached_analyzer(framework).analyse(feedback.text), framework)


def apply_analysis(feedback: Feedback, analysis: Analysis, framework: Framework) -> None:
    """Store what the engine found. Officers' confirmed and rejected tags are never overwritten."""
    feedback.sentiment = analysis.sentiment.label
    feedback.sentiment_score = analysis.sentiment.score
    feedback.key_phrases = list(analysis.key_phrases)
    feedback.personal_data = [
        {"kind": f.kind, "start": f.start, "end": f.end} for f in analysis.personal_data
    ]
    feedback.safeguarding = [
        {"start": f.start, "end": f.end, "reason": f.reason} for f in analysis.safeguarding
    ]
    feedback.has_safeguarding_flag = bool(analysis.safeguarding)
    feedback.has_personal_data = bool(analysis.personal_data)
    feedback.language = analysis.language
    feedback.analysed_at = utcnow()
    priority_ids = {priority.slug: priority.id for priority in framework.priorities}
    decided = [tag for tag in feedback.tags if tag.status != TagStatus.SUGGESTED.value]
    decided_ids = {tag.priority_id for tag in decided}
    # A suggestion made again keeps its row (a new row for the same priority would collide with
    # the old one before it is deleted); the rest are replaced.
    previous = {tag.priority_id: tag for tag in feedback.tags if tag not in decided}
    suggested = []
    for found in analysis.tags:
        priority_id = priority_ids[found.slug]
        if priority_id in decided_ids:
            continue
        tag = previous.get(priority_id) or FeedbackTag(priority_id=priority_id)
        tag.score, tag.reasons = found.score, list(found.reasons)
        suggested.append(tag)
    feedback.tags = decided + suggested


def analyse_pending(progress: Callable[[int], None] = lambda done: None) -> int:
    """Analyse every piece not analysed yet, a batch at a time. Returns how many."""
    framework = active_framework()
    if framework is None:
        raise LookupError("No framework is active: choose one on the Priorities page first")
    analyzer = analyzer_for(framework)
    done = 0
    while True:
        batch = db.session.scalars(
            select(Feedback)
            .where(Feedback.analysed_at.is_(None))
            .order_by(Feedback.id)
            .limit(BATCH)
        ).all()
        if not batch:
            return done
        for feedback in batch:
            apply_analysis(feedback, analyzer.analyse(feedback.text), framework)
        db.session.commit()
        done += len(batch)
        progress(len(batch))


def mark_all_for_analysis() -> int:
    """After a framework change or a retrain: everything is analysed again (resumably)."""
    result = db.session.execute(update(Feedback).values(analysed_at=None))
    return result.rowcount or 0


def pending_count() -> int:
    return db.session.scalar(
        select(func.count()).select_from(Feedback).where(Feedback.analysed_at.is_(None))
    )


def officer_decisions(framework: Framework) -> tuple[list[str], list[set[str]]]:
    """Every piece of feedback with a tag an officer confirmed or rejected, with the priorities
    confirmed for it: a piece whose tags were all rejected teaches "none of these"."""
    rows = db.session.execute(
        select(Feedback.id, Feedback.text, FeedbackTag.status, Priority.slug)
        .join(FeedbackTag, FeedbackTag.feedback_id == Feedback.id)
        .join(Priority, Priority.id == FeedbackTag.priority_id)
        .where(
            Priority.framework_id == framework.id,
            FeedbackTag.status != TagStatus.SUGGESTED.value,
        )
        .order_by(Feedback.id)
    )
    texts: dict[int, str] = {}
    confirmed: dict[int, set[str]] = {}
    for feedback_id, text, status, slug in rows:
        texts[feedback_id] = text
        confirmed.setdefault(feedback_id, set())
        if status == TagStatus.CONFIRMED.value:
            confirmed[feedback_id].add(slug)
    return list(texts.values()), [confirmed[feedback_id] for feedback_id in texts]


def train_from_decisions(framework: Framework):
    """Train the framework's model from officers' decisions and put it in place of the old one.

    Returns the training report. The new model is written beside the old and swapped in only
    when complete, so a failed run leaves the working model alone.
    """
    from engage.analysis.learning import LearnedTagger

    texts, labels = officer_decisions(framework)
    if len(texts) < MIN_DECIDED_FOR_TRAINING:
        raise LookupError(
            f"Officers have decided tags on {len(texts)} piece{'s' if len(texts) != 1 else ''} "
            f"of feedback for {framework.title}; at least {MIN_DECIDED_FOR_TRAINING} are needed "
            "to train a model"
        )
    tagger, report = LearnedTagger.train(framework.to_data(), texts, labels)
    folder = model_folder(framework)
    incoming = folder.with_name(folder.name + ".new")
    shutil.rmtree(incoming, ignore_errors=True)
    tagger.save(incoming)
    shutil.rmtree(folder, ignore_errors=True)
    incoming.rename(folder)
    return report

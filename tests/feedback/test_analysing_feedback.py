"""Stored feedback is analysed in batches by `flask analyse`; officers' decisions are kept."""

import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from engage.database import utcnow
from engage.extensions import db
from engage.feedback.models import Feedback, FeedbackSource, FeedbackTag
from engage.feedback.services import record_feedback_rows
from engage.priorities import services as priorities


def _feedback(text: str) -> Feedback:
    """A piece stored but not analysed yet, as consultation answers arrive (many at once)."""
    record_feedback_rows(
        source=FeedbackSource.CONSULTATION,
        origin_type="test",
        voice="parent_carer",
        received_at=utcnow(),
        rows=[{"origin_id": text[:30], "context": "Test", "text": text}],
    )
    return db.session.scalars(select(Feedback).where(Feedback.origin_id == text[:30])).one()


def test_flask_analyse_tags_and_flags_stored_feedback(app):
    framework = priorities.import_framework_yaml(
        priorities.bundled_framework_text("blackpool"), activate=True
    )
    waiting = _feedback("We waited eight months for an EHCP assessment and nobody rang us back.")
    worrying = _feedback("She says she doesn't feel safe at home. Ring me on 07700 900123.")
    db.session.commit()
    result = app.test_cli_runner().invoke(args=["analyse"])
    assert result.exit_code == 0, result.output
    assert "Analysed 2 pieces of feedback." in result.output
    db.session.expire_all()
    assert waiting.sentiment == "negative" and waiting.analysed_at is not None
    bp1 = next(p for p in framework.priorities if p.slug == "bp-1")
    assert [tag.priority_id for tag in waiting.tags][:1] == [bp1.id]
    assert waiting.tags[0].status == "suggested" and waiting.tags[0].reasons
    assert worrying.has_safeguarding_flag and worrying.personal_data[0]["kind"] == "phone"
    # Running it again finds nothing left to do.
    assert "Analysed 0 pieces" in app.test_cli_runner().invoke(args=["analyse"]).output


def test_reanalysis_keeps_tags_officers_decided(app):
    framework = priorities.import_framework_yaml(
        priorities.bundled_framework_text("blackpool"), activate=True
    )
    feedback = _feedback("The holiday clubs are full every summer.")
    db.session.flush()
    leisure = next(p for p in framework.priorities if p.slug == "bp-3")
    early = next(p for p in framework.priorities if p.slug == "bp-1")
    feedback.tags = [
        FeedbackTag(priority_id=leisure.id, status="rejected"),
        FeedbackTag(priority_id=early.id, status="confirmed"),
    ]
    db.session.commit()
    app.test_cli_runner().invoke(args=["analyse", "--all"])
    db.session.expire_all()
    statuses = {tag.priority_id: tag.status for tag in feedback.tags}
    assert statuses[leisure.id] == "rejected" and statuses[early.id] == "confirmed"


def test_analyse_needs_an_active_framework(app):
    _feedback("Anything at all.")
    db.session.commit()
    result = app.test_cli_runner().invoke(args=["analyse"])
    assert result.exit_code == 1 and "No framework is active" in result.output
    assert db.session.scalars(select(Feedback)).one().analysed_at is None


@pytest.fixture
def models_removed_afterwards(app):
    """A trained model lives in the instance folder, which outlives each test's database."""
    yield
    shutil.rmtree(Path(app.instance_path) / "models", ignore_errors=True)


def test_officers_decisions_train_a_model_that_changes_the_tags_of_similar_comments(
    app, models_removed_afterwards
):
    """An area where families talk about the lane sessions at Moor Park (its baths), words no
    strategy uses, as their leisure priority: once officers have confirmed that a few times,
    `flask train-tags` teaches it, and new comments follow."""
    framework = priorities.import_framework_yaml(
        priorities.bundled_framework_text("blackpool"), activate=True
    )
    leisure = next(p for p in framework.priorities if p.slug == "bp-3")
    other = next(p for p in framework.priorities if p.slug == "bp-1")
    for number in range(15):
        pool = _feedback(f"Day {number}: the lane sessions at Moor Park were lovely for him.")
        rest = _feedback(f"Form {number}: the paperwork panel again, so slow.")
        db.session.flush()
        pool.tags = [FeedbackTag(priority_id=leisure.id, status="confirmed")]
        rest.tags = [
            FeedbackTag(priority_id=other.id, status="confirmed"),
            FeedbackTag(priority_id=leisure.id, status="rejected"),
        ]
    new = _feedback("The lane sessions at Moor Park please, more of them.")
    db.session.commit()
    app.test_cli_runner().invoke(args=["analyse"])
    db.session.expire_all()
    before = {tag.priority_id for tag in new.tags}

    result = app.test_cli_runner().invoke(args=["train-tags"])

    assert result.exit_code == 0, result.output
    assert "Trained on 30 pieces of feedback" in result.output
    db.session.expire_all()
    after = {tag.priority_id: tag for tag in new.tags}
    assert leisure.id in after and leisure.id not in before
    assert after[leisure.id].status == "suggested" and "moor park" in " ".join(
        after[leisure.id].reasons
    )


def test_training_needs_enough_decisions_and_says_how_many_there_are(app):
    priorities.import_framework_yaml(priorities.bundled_framework_text("blackpool"), activate=True)
    _feedback("Only one comment.")
    db.session.commit()
    result = app.test_cli_runner().invoke(args=["train-tags"])
    assert result.exit_code == 1
    assert "decided tags on 0 pieces of feedback" in result.output
    assert "at least 20 are needed" in result.output


def test_analysing_everything_again_keeps_suggestions_that_are_made_again(app):
    priorities.import_framework_yaml(priorities.bundled_framework_text("blackpool"), activate=True)
    feedback = _feedback("We waited eight months for an EHCP assessment and nobody rang us back.")
    db.session.commit()
    app.test_cli_runner().invoke(args=["analyse"])
    db.session.expire_all()
    first = [(tag.id, tag.priority_id) for tag in feedback.tags]

    result = app.test_cli_runner().invoke(args=["analyse", "--all"])

    assert result.exit_code == 0, result.output
    db.session.expire_all()
    assert first and [(tag.id, tag.priority_id) for tag in feedback.tags] == first

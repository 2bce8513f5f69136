"""Stored feedback is analysed in batches by `flask analyse`; officers' decisions are kept."""

from sqlalchemy import select

from engage.database import utcnow
from engage.extensions import db
from engage.feedback.models import Feedback, FeedbackSource, FeedbackTag
from engage.feedback.services import record_feedback
from engage.priorities import services as priorities


def _feedback(text: str) -> Feedback:
    return record_feedback(
        source=FeedbackSource.WEB_FORM,
        origin_type="test",
        origin_id=text[:30],
        context="Test",
        text=text,
        voice="parent_carer",
        received_at=utcnow(),
    )


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

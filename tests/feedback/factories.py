"""Factories for feedback tests: the Blackpool strategy, active."""

import pytest

from engage.priorities import services as priorities


@pytest.fixture
def blackpool(app):
    """The Blackpool strategy, active: feedback is tagged against its four priorities."""
    from engage.extensions import db

    framework = priorities.import_framework_yaml(
        priorities.bundled_framework_text("blackpool"), activate=True
    )
    db.session.commit()
    return framework

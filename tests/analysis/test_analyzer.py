"""The engine reads a comment against a real strategy: tags with reasons, key phrases, flags."""

import subprocess
import sys
from pathlib import Path

import pytest

from engage.analysis import Analyzer
from engage.priorities.framework_yaml import load_framework_file

FRAMEWORKS = Path(__file__).resolve().parents[2] / "engage" / "priorities" / "frameworks"


@pytest.fixture(scope="module")
def blackpool():
    return Analyzer(load_framework_file(FRAMEWORKS / "blackpool.yaml"))


@pytest.fixture(scope="module")
def blackburn():
    return Analyzer(load_framework_file(FRAMEWORKS / "blackburn-with-darwen.yaml"))


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("We waited eight months for an EHCP assessment and nobody rang us back.", "bp-1"),
        ("There is nothing for him to do in the school holidays, every club is full.", "bp-3"),
        ("She wants to go to college and get a job but nobody has talked to us about it.", "bp-4"),
        ("He needs a place at a local school that can meet his needs, not one miles away.", "bp-2"),
    ],
)
def test_comments_are_tagged_with_the_blackpool_priority_they_are_about(blackpool, text, slug):
    tags = blackpool.analyse(text).tags
    assert tags and tags[0].slug == slug, tags
    assert tags[0].reasons and 0 < tags[0].score <= 1


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("The Local Offer website is out of date and I could not find anything.", "bwd-11"),
        (
            "She wants to go to college and get a job but nobody has talked to us about it.",
            "bwd-07",
        ),
        ("The teachers have had no autism training and don't understand him.", "bwd-10"),
    ],
)
def test_comments_are_tagged_against_a_13_priority_strategy(blackburn, text, slug):
    assert slug in [tag.slug for tag in blackburn.analyse(text).tags]


def test_a_comment_about_nothing_in_the_strategy_gets_no_tags(blackpool):
    assert blackpool.analyse("The car park was full on Tuesday.").tags == ()


def test_a_full_analysis(blackpool):
    analysis = blackpool.analyse(
        "We waited eight months for an EHCP assessment and nobody rang us back, but the SENCO "
        "at his school has been really kind. Call me on 07700 900123."
    )
    assert analysis.sentiment.label == "mixed"
    assert "EHCP assessment" in analysis.key_phrases
    assert analysis.personal_data_kinds == ("phone",)
    assert analysis.safeguarding == ()
    assert analysis.language == "en"


@pytest.mark.parametrize(
    "text", ["", "Mae angen mwy o gefnogaeth ar fy mab yn yr ysgol", "x" * 100_000]
)
def test_empty_welsh_and_very_long_text_are_handled(blackpool, text):
    analysis = blackpool.analyse(text)
    assert analysis.sentiment.label in {"negative", "neutral", "positive", "mixed"}
    if text.startswith("Mae"):
        assert analysis.language == "unknown" and analysis.tags == ()


def test_the_engine_imports_without_flask_or_a_database():
    code = (
        "import sys, engage.analysis; "
        "print(sorted(m for m in ('flask', 'sqlalchemy', 'flask_sqlalchemy') if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert result.stdout.strip() == "[]"


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("18 months on the CAMHS list and still no appointment.", "sw-1"),
        ("The paediatrician said the ADHD wait is two years.", "sw-1"),
        ("Nobody asks young people what they think before decisions are made.", "sw-2"),
        ("The taxi to his school is forty minutes each way, there is nothing nearer.", "sw-3"),
    ],
)
def test_families_of_ideas_link_plain_words_to_a_strategy_that_shares_none_of_them(text, slug):
    """A new area's framework, titles only: "timely access to health services" and "18 months on
    the CAMHS list" share no word, but both are about time and health."""
    from engage.priorities.framework_yaml import parse_framework_yaml

    framework = parse_framework_yaml(
        """
area: Someshire
title: Someshire SEND Strategy
priorities:
  - slug: sw-1
    title: Timely access to health services
  - slug: sw-2
    title: Children and young people's voices shape policy
  - slug: sw-3
    title: Good local provision close to home
  - slug: sw-4
    title: Preparing for adult life and employment
"""
    )
    assert [tag.slug for tag in Analyzer(framework).analyse(text).tags][:1] == [slug]

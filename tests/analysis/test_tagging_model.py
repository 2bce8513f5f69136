"""A new area loads its strategy, with titles and descriptions only, and its comments are tagged
with what other areas' labelled comments taught: a word that families use for a kind of need
is heard by the new strategy's priority about that kind of need, though no priority says it."""

import math
from pathlib import Path

import pytest

from engage.analysis import tagging_model
from engage.analysis.tagging import ZeroShotTagger
from engage.analysis.tagging_model import CrossStrategyModel, family_profiles, features
from engage.analysis.text import read
from engage.priorities.framework_yaml import FrameworkData, PriorityData, load_framework_file

FRAMEWORKS = Path(__file__).resolve().parents[2] / "engage" / "priorities" / "frameworks"


def strategy(area: str, *priorities: tuple[str, str, str], title="SEND strategy"):
    """A framework of (slug, title, description) priorities."""
    return FrameworkData(
        area=area,
        title=f"{area} {title}",
        priorities=tuple(
            PriorityData(slug, name, description=text) for slug, name, text in priorities
        ),
    )


LABELLED_AREA = strategy(
    "Anyshire",
    ("any-health", "Health services", "Therapies and health care."),
    ("any-fun", "Things to do", "Short breaks, clubs and leisure."),
    ("any-school", "Good schools", "Inclusive schools and teaching."),
)
NEW_AREA = strategy(
    "Otherton",
    ("oth-1", "Timely health care", "Health appointments and therapies on time."),
    ("oth-2", "Learning well", "Schools that include every child."),
    ("oth-3", "A full life", "Leisure, friends and short breaks."),
)
ANYSHIRE_COMMENTS = [
    ("There has been no hydrotherapy since the pool closed.", {"any-health"}),
    ("Hydrotherapy helped her walk, now it has stopped.", {"any-health"}),
    ("We were told hydrotherapy is not available any more.", {"any-health"}),
    ("The physio and hydrotherapy were cut at the same time.", {"any-health"}),
    ("Please bring hydrotherapy back, his joints are worse.", {"any-health"}),
    ("Hydrotherapy was the one thing that eased his pain.", {"any-health"}),
    ("The youth club is brilliant on Fridays.", {"any-fun"}),
    ("There is nothing to do in the holidays.", {"any-fun"}),
    ("His teacher really understands him.", {"any-school"}),
    ("The school will not make adjustments for her.", {"any-school"}),
    ("The car park at the centre is always full.", set()),
    ("Thank you for asking us.", set()),
]


@pytest.fixture(scope="module")
def taught():
    texts, labels = zip(*ANYSHIRE_COMMENTS, strict=True)
    return tagging_model.train([(LABELLED_AREA, list(texts), list(labels))], regularisation=100)


def test_a_word_no_priority_uses_is_heard_by_the_priority_it_is_about(taught):
    """Otherton's strategy never says "hydrotherapy"; Anyshire's families taught that it is
    about health, and Otherton's health priority touches the family "health"."""
    comment = "Could he have hydrotherapy again?"
    assert ZeroShotTagger(NEW_AREA, model=None).tag(comment) == []
    tags = ZeroShotTagger(NEW_AREA, model=taught).tag(comment)
    assert [tag.slug for tag in tags] == ["oth-1"]
    assert tags[0].reasons[0] == "hydrotherapy"  # the comment's own word
    assert 0 < tags[0].score <= 1
    assert ZeroShotTagger(NEW_AREA, model=taught).tag("The bins were not collected.") == []


def test_the_model_is_saved_and_read_back(taught, tmp_path):
    path = tmp_path / "tagging_model.json"
    taught.save(path, note="test")
    loaded = CrossStrategyModel.load(path)
    assert loaded.about["note"] == "test" and loaded.threshold == taught.threshold
    comment = "Could he have hydrotherapy again?"
    assert ZeroShotTagger(NEW_AREA, model=loaded).tag(comment) == ZeroShotTagger(
        NEW_AREA, model=taught
    ).tag(comment)


@pytest.mark.parametrize("strategy", ["blackburn-with-darwen", "darlington"])
@pytest.mark.parametrize(
    "comment",
    [
        "We have waited 18 months for the CAMHS assessment and the school has excluded him twice.",
        "i like my colege and my job coach",
        "",
        "Thank you",
    ],
)
def test_tagging_reads_the_comment_exactly_as_the_model_was_trained(strategy, comment):
    """The table folded for a framework gives the same sums as the features training read."""
    framework = tagging_model.as_a_new_area_starts(
        load_framework_file(FRAMEWORKS / f"{strategy}.yaml")
    )
    model = tagging_model.shipped_model()
    tagger = ZeroShotTagger(framework, model=model)
    profiles = family_profiles(tagger.term_weights, tagger.slugs)
    trained = {}
    for slug, pairs, figures in features(tagger, tagger.headlines, profiles, comment):
        words = sum(model.pairs.get(term, {}).get(family, 0.0) * value
                    for (term, family), value in pairs.items())  # fmt: skip
        dense = sum(w * float(f) for w, f in zip(model.dense, figures, strict=True))
        trained[slug] = words + dense + model.bias
    normalised, evidence, _ = tagger.scores(comment)
    headline_scores, headline_evidence, _ = tagger.headlines.scores(comment)
    folded, _ = tagger.across.logits(
        tagging_model.comment_terms(read(comment)),
        (normalised, evidence),
        (headline_scores, headline_evidence),
        tagger.meaning_likeness(read(comment)),
    )
    for column, slug in enumerate(tagger.slugs):
        assert math.isclose(folded[column], trained[slug], abs_tol=1e-9), slug


def test_the_engine_ships_a_model_trained_on_labelled_strategies():
    model = tagging_model.shipped_model()
    assert model is not None and model.about["comments"] > 2000
    assert len(model.about["strategies"]) >= 10
    assert "Millhaven" not in model.about["strategies"]  # kept out, to measure it once


def test_a_councils_other_services_do_not_use_it():
    """What SEND strategies taught is for SEND strategies."""
    services = strategy(
        "Anyshire",
        ("bins", "Bin collections", "Missed bins and waste."),
        ("tax", "Council tax bills", "Bills and payments."),
        title="residents' feedback categories",
    )
    assert ZeroShotTagger(services).across is None
    assert ZeroShotTagger(NEW_AREA).across is not None

"""Words that mean alike read alike, though they share no letters: a comment about a speech
therapist and a priority about communication are near in meaning, and the car park is not."""

from pathlib import Path

import numpy as np

from engage.analysis import word_meanings
from engage.analysis.text import read
from engage.analysis.word_meanings import FrameworkMeanings, shipped_meanings
from engage.priorities.framework_yaml import FrameworkData, PriorityData, load_framework_file

FRAMEWORKS = Path(__file__).resolve().parents[2] / "engage" / "priorities" / "frameworks"


def meaning(text: str) -> np.ndarray:
    return shipped_meanings().of(read(text).words)


def likeness(one: str, other: str) -> float:
    return float(meaning(one) @ meaning(other))


def test_the_engine_ships_word_meanings():
    meanings = shipped_meanings()
    assert meanings is not None and len(meanings.row) > 30_000
    assert meanings.dimensions >= 32


def test_a_texts_meaning_is_a_unit_vector_or_nothing():
    assert np.isclose(np.linalg.norm(meaning("the speech therapist never came")), 1.0)
    assert shipped_meanings().of([]) is None
    assert shipped_meanings().of(["qqqxqqzz"]) is None


def test_words_that_mean_alike_are_nearer_than_words_that_do_not():
    therapy = "the speech therapist has not seen him for a year"
    assert likeness(therapy, "communication and language support") > likeness(
        therapy, "parking at the leisure centre"
    )
    assert likeness("we waited months", "long delays") > likeness(
        "we waited months", "a lovely party"
    )


def test_each_priority_is_compared_whole_and_by_its_headline():
    framework = FrameworkData(
        area="Anyshire",
        title="SEND strategy",
        priorities=(
            PriorityData("talk", "Speech and language", description="Therapy for communication."),
            PriorityData(
                "jobs", "Preparing for adulthood", description="Work, college and housing."
            ),
        ),
    )
    meanings = FrameworkMeanings(framework, shipped_meanings())
    whole, headline, coverage, recall = meanings.likeness(read("No speech therapist").words)
    assert whole[0] > whole[1] and headline[0] > headline[1]
    assert coverage[0] > coverage[1] and recall[0] > recall[1]
    assert not meanings.likeness([]).any()


def test_what_a_framework_keeps_of_each_word_gives_the_figures_of_comparing_afresh():
    """The figures kept per word (FrameworkMeanings._known) are a shortcut, not a change."""
    framework = load_framework_file(FRAMEWORKS / "blackburn-with-darwen.yaml")
    kept = FrameworkMeanings(framework, shipped_meanings())
    comments = ["We waited two years for speech therapy", "Nobody listens", "the bus was late"]
    for comment in comments * 2:  # the second time, from what was kept
        afresh = FrameworkMeanings(framework, shipped_meanings())
        afresh_figures = afresh.likeness(read(comment).words)
        assert np.allclose(kept.likeness(read(comment).words), afresh_figures, atol=1e-6)
        stems = list(read(comment).words)
        meaning = shipped_meanings().of(stems)
        assert np.allclose(afresh_figures[0], afresh.whole @ meaning, atol=1e-6)


def test_a_framework_that_has_kept_all_it_may_still_reads_new_words_rightly(monkeypatch):
    """A long-running app meets endless words; past KEPT they are worked out each time."""
    framework = load_framework_file(FRAMEWORKS / "lancashire.yaml")
    monkeypatch.setattr(word_meanings, "KEPT", 3)
    full = FrameworkMeanings(framework, shipped_meanings())
    comment = read("We waited two years for speech therapy and nobody listened").words
    first, again = full.likeness(comment), full.likeness(comment)
    monkeypatch.setattr(word_meanings, "KEPT", 20_000)
    roomy = FrameworkMeanings(framework, shipped_meanings())
    assert len(full._slots) == 3
    assert np.allclose(first, roomy.likeness(comment), atol=1e-6)
    assert np.allclose(again, first, atol=1e-6)

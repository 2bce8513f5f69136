"""An area publishes its strategy as titles alone ("The right help at the right time"): each
bare title borrows what like titles of other strategies are described as being about, so
families' comments are still tagged to it."""

from engage.analysis import tagging_model
from engage.analysis.priority_library import PriorityLibrary, library_priority
from engage.analysis.tagging import ZeroShotTagger
from engage.analysis.text import read
from engage.analysis.word_meanings import FrameworkMeanings, shipped_meanings
from engage.priorities.framework_yaml import FrameworkData, PriorityData

LIBRARY = PriorityLibrary(
    [
        library_priority(
            "Right support at the right time",
            None,
            "Needs identified early, with assessments and diagnosis without long waits.",
        ),
        library_priority(
            "Preparing for adulthood",
            None,
            "Jobs, college courses and independent living for young adults.",
        ),
        library_priority("Working with families", None, "Coproduction: parents' views heard."),
    ]
)

TITLES_ALONE = FrameworkData(
    area="Northshire",
    title="Northshire Local Area Inclusion Strategy",
    priorities=(
        PriorityData("ns-1", "The right help at the right time"),
        PriorityData("ns-2", "Ready for adult life"),
        PriorityData("ns-3", "Working together with families"),
        PriorityData("ns-4", "Learning and belonging"),
    ),
)


def test_a_bare_title_borrows_what_like_titles_are_described_as_being_about():
    borrowed = LIBRARY.borrowed("The right help at the right time")
    assert {"identification", "waiting"} <= set(borrowed)
    assert "employment" not in borrowed  # the adulthood priority shares no word with it
    assert all(0 < share <= 1 for share in borrowed.values())


def test_a_title_like_none_in_the_library_borrows_nothing():
    assert LIBRARY.borrowed("Bin collections") == {}


def test_the_library_is_saved_with_the_model_and_read_back(tmp_path):
    model = tagging_model.CrossStrategyModel({}, [0.0] * len(tagging_model.DENSE), 0.0)
    model.library = LIBRARY
    model.save(tmp_path / "model.json")
    loaded = tagging_model.CrossStrategyModel.load(tmp_path / "model.json")
    assert loaded.library.borrowed("Right help, right time") == LIBRARY.borrowed(
        "Right help, right time"
    )


def test_a_wait_for_an_assessment_is_heard_by_a_bare_title_about_the_right_time():
    """The shipped model carries the priorities of the strategies it learned from."""
    tagger = ZeroShotTagger(TITLES_ALONE)
    assert tagger.across is not None  # an inclusion strategy of a local area is about SEND
    comment = "We waited two years for his autism assessment and nobody helped in the meantime."
    assert [tag.slug for tag in tagger.tag(comment)][:1] == ["ns-1"]
    assert ZeroShotTagger(TITLES_ALONE, model=None).tag(comment) == []


def test_a_title_the_library_knows_borrows_from_that_priority_alone():
    """An area the model learned from, uploading its strategy again as titles alone, gets its
    own described priority back, not an average of it and its neighbours."""
    own = library_priority(
        "Preparing for adulthood", None, "Jobs and college courses for young adults."
    )
    neighbour = library_priority(
        "Preparing for adulthood in our colleges", None, "Short breaks and respite for carers."
    )
    library = PriorityLibrary([own, neighbour])
    assert set(library.borrowed("Preparing for adulthood")) == set(own.families)
    assert "respite" in library.borrowed("Adulthood and colleges")  # like the other one


def test_a_bare_title_means_what_like_titles_are_described_as():
    """What the descriptions of like titles say is borrowed as meaning too (word_meanings.py):
    "The right help at the right time" means assessments and waits, so a comment about a long
    wait for a diagnosis is nearer it in meaning than it is to adult life."""
    borrowed = LIBRARY.borrowed_descriptions("The right help at the right time")
    assert abs(sum(share for share, _ in borrowed) - 1) < 1e-9
    assert any("wait" in stems for _, stems in borrowed)
    with_library = FrameworkMeanings(TITLES_ALONE, shipped_meanings(), LIBRARY)
    alone = FrameworkMeanings(TITLES_ALONE, shipped_meanings())
    comment = read("Two years waiting for an autism diagnosis").words
    whole, *_ = with_library.likeness(comment)
    assert whole[0] == max(whole)
    assert whole[0] - whole[1] > alone.likeness(comment)[0][0] - alone.likeness(comment)[0][1]
    assert LIBRARY.borrowed_descriptions("Bin collections") == []


def test_an_older_library_without_descriptions_still_reads():
    saved = [[list(p.title_terms), p.families] for p in LIBRARY.priorities]
    library = PriorityLibrary.from_json(saved)
    assert library.borrowed("The right help at the right time") == LIBRARY.borrowed(
        "The right help at the right time"
    )
    assert library.borrowed_descriptions("The right help at the right time") == []

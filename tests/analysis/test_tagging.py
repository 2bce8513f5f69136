"""An officer loads a strategy that has only titles and descriptions (no keywords, no example
comments) and the zero-shot tagger still reads families' comments against it, in their words."""

from dataclasses import replace
from pathlib import Path

import pytest

from engage.analysis import Analyzer, ZeroShotTagger
from engage.analysis.tagging import is_about_send
from engage.analysis.text import read
from engage.priorities.framework_yaml import FrameworkData, PriorityData, load_framework_file

FRAMEWORKS = Path(__file__).resolve().parents[2] / "engage" / "priorities" / "frameworks"


def titles_only(name: str):
    """A shipped strategy as an area that has written no keywords or examples would have it."""
    framework = load_framework_file(FRAMEWORKS / f"{name}.yaml")
    return replace(
        framework,
        priorities=tuple(replace(p, keywords=(), examples=()) for p in framework.priorities),
    )


@pytest.fixture(scope="module")
def blackpool():
    return Analyzer(titles_only("blackpool"))


@pytest.fixture(scope="module")
def blackburn():
    return Analyzer(titles_only("blackburn-with-darwen"))


def slugs(analysis) -> list[str]:
    return [tag.slug for tag in analysis.tags]


WAITING_FOR_ASSESSMENT = (
    "We have been waiting nine months for the EHC needs assessment and the council will not "
    "tell us when it will happen."
)


@pytest.mark.parametrize(
    ("framework", "slug"),
    [
        ("blackpool", "bp-1"),  # timely identification and access to services
        ("blackburn-with-darwen", "bwd-03"),  # early identification of SEND
        ("cheshire-west-and-chester", "cwac-2"),  # early identification and intervention
        ("darlington", "dar-1"),  # early identification of need
    ],
)
def test_a_parent_waiting_for_an_ehc_needs_assessment_is_heard_by_the_priority_about_it(
    framework, slug
):
    """None of these titles or descriptions says "waiting" or "EHC needs assessment"; the
    families of SEND ideas link the parent's words to "timely", "without delay" and
    "identification"."""
    tags = Analyzer(titles_only(framework)).analyse(WAITING_FOR_ASSESSMENT).tags
    assert tags and tags[0].slug == slug, tags


def test_the_reasons_are_the_comments_own_words(blackpool):
    tag = blackpool.analyse("There is nothing for him in the holidays, every holiday club is full.")
    assert tag.tags[0].slug == "bp-3"
    assert "holiday club" in tag.tags[0].reasons
    assert all(
        reason in "nothing for him in the holidays, every holiday club is full"
        for reason in tag.tags[0].reasons
    )


@pytest.mark.parametrize(
    "text",
    [
        "The bins were not collected on Tuesday and the car park by the shops is full.",
        "Lovely sunny day at the carnival, shame about the queues.",
        # A strategy's own filler words ("support", "effective", "good") decide nothing.
        "I want to say the support is good and effective.",
    ],
)
def test_a_comment_about_nothing_in_the_strategy_gets_no_tag(blackpool, blackburn, text):
    assert blackpool.analyse(text).tags == ()
    assert blackburn.analyse(text).tags == ()


def test_a_comment_about_two_priorities_gets_both(blackburn):
    analysis = blackburn.analyse(
        "The teachers have had no autism training and the school keeps excluding him."
    )
    assert set(slugs(analysis)[:2]) == {"bwd-10", "bwd-13"}  # workforce; inclusive settings


def test_a_second_priority_needs_evidence_of_its_own():
    """By the strategy's words alone: a young person's bus pass is preparing for adulthood; the
    form-filling touches other priorities, close behind on scores that small, but they are not
    tagged beside it: each tag stands on its own evidence."""
    darlington = ZeroShotTagger(titles_only("darlington"), model=None)
    text = "can you make the bus pass thing easier my mum had to fill in 12 pages"
    tags, scores = darlington.tag_and_score(text)
    assert [tag.slug for tag in tags] == ["dar-3"]  # preparing for adulthood
    close_behind = [s for s in scores if s != "dar-3" and scores[s] >= 0.75 * scores["dar-3"]]
    assert close_behind  # near enough on score alone


def test_a_young_person_writing_in_their_own_way_is_understood(blackpool):
    analysis = blackpool.analyse("i want to go to colege and get a job when im older")
    assert "bp-4" in slugs(analysis)


def test_camhs_meets_a_priority_about_health_services_without_sharing_a_word(blackburn):
    """Joint commissioning with the CCG is this strategy's priority for health services."""
    analysis = blackburn.analyse("He has been on the CAMHS list for 18 months.")
    assert slugs(analysis)[0] == "bwd-08"
    assert "camhs" in analysis.tags[0].reasons


def test_a_strategy_nothing_was_tuned_on_is_read_too():
    darlington = Analyzer(titles_only("darlington"))
    analysis = darlington.analyse(
        "He has been excluded three times this term and his attendance is down to 60 percent."
    )
    assert slugs(analysis)[0] == "dar-4"  # achievement and outcomes


def test_the_longest_phrase_says_what_a_comment_is_about():
    """ "Parent carer forum" is about families' voice, not about carers; "early years" is an age,
    not a length of time; "6 hours a month" is not a wait."""
    assert read("Thanks to the parent carer forum").families == {"voice": "parent carer forum"}
    assert set(read("the early years team").families) == {"earlyyears"}
    assert "waiting" not in read("6 hours a month of respite").families
    assert "waiting" in read("we waited eighteen months").families


def test_scores_and_settings_stay_in_range():
    tagger = ZeroShotTagger(titles_only("blackburn-with-darwen"), relative=1.0, model=None)
    tags = tagger.tag(
        "The teachers have had no autism training and the school keeps excluding him."
    )
    assert len(tags) == 1 and 0 < tags[0].score <= 1
    assert ZeroShotTagger(titles_only("blackpool")).tag("") == []


def test_a_councils_other_services_are_read_by_their_own_words_alone():
    """The SEND families are for SEND strategies: to a council's bins and parking categories,
    "waste" is rubbish, not a waste of money, and "signs" are road signs, not signs of need."""
    services = FrameworkData(
        area="Anyshire",
        title="Residents' feedback categories",
        priorities=(
            PriorityData("bins", "Bin collections", description="Missed bins and household waste."),
            PriorityData("tax", "Council tax bills", description="Bills, payments and arrears."),
            PriorityData("parking", "Parking fines", description="Penalty notices and signs."),
        ),
    )
    tagger = ZeroShotTagger(services)
    assert not is_about_send(services)
    assert [tag.slug for tag in tagger.tag("Nobody collected our bins again this week.")] == [
        "bins"
    ]
    assert tagger.tag("What a waste of money the new signs are.")[0].slug == "parking"
    assert is_about_send(titles_only("blackpool"))


def test_a_local_areas_inclusion_strategy_of_bare_titles_is_a_send_strategy():
    """Its title never says SEND and its short titles touch few SEND ideas, but "local area"
    and "inclusion" are what SEND partnerships call their strategies."""
    titles = ("Healthy minds and bodies", "Ready for adult life", "Families are heard")
    strategy = FrameworkData(
        area="Kestrel Borough",
        title="Kestrel Borough Local Area Inclusion Strategy 2024-2027",
        priorities=tuple(PriorityData(f"kb-{n}", title) for n, title in enumerate(titles)),
    )
    assert is_about_send(strategy)
    assert not is_about_send(replace(strategy, area="Anyshire", title="Residents' feedback"))

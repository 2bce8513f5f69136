"""The learned readers of sentiment and of disclosures: what the domain lists cannot see, they
read from examples; the models shipped (these and the tagging model) are the ones their
examples build; and they stay out of the way of ordinary feedback."""

import json

import pytest

from engage.analysis import (
    analyse_sentiment,
    disclosures,
    find_safeguarding_concerns,
    sentiment_reader,
    tagging_model,
)
from engage.analysis.flags import LEARNED_REASON, pattern_concerns
from engage.analysis.sentiment import lexicon_sentiment


def test_the_shipped_models_are_the_ones_their_examples_build():
    """Change an example (or a pattern that decides which everyday comments are examples) and
    forget to run `python -m engage.analysis.build_readers`, and this fails: nobody ships
    weights that their data does not make. The disclosure reader's threshold takes ten fits to
    set; its examples' fingerprint stands for them here, and one fit checks the weights."""
    texts, labels, sources = disclosures.read_examples()
    shipped = json.loads(disclosures.MODEL.read_text())
    assert shipped["digest"] == disclosures.digest(texts, labels, sources)
    assert shipped["examples"] == len(texts) and shipped["disclosures"] == labels.count("1")
    assert set(shipped["weights"]) == set(disclosures.fit(texts, labels).weights)

    texts, labels = sentiment_reader.read_examples()
    built_sentiment = sentiment_reader.build(texts, labels)
    shipped_sentiment = json.loads(sentiment_reader.MODEL.read_text())
    assert shipped_sentiment["examples"] == len(texts)
    assert set(shipped_sentiment["weights"]) == set(built_sentiment.model.weights)

    # the tagging model learned across strategies: a fit takes twenty seconds, so its labelled
    # sets and the zero-shot scores it reads stand for it
    shipped_tagging = json.loads(tagging_model.MODEL.read_text())
    labelled = tagging_model.read_training_sets()
    assert shipped_tagging["digest"] == tagging_model.digest(labelled)
    # and the priorities a bare title borrows from are those of the strategies it learned from
    assert shipped_tagging["library"] == tagging_model.library_of(labelled).to_json()


@pytest.mark.parametrize(
    "text",
    [
        "He says if I tell anyone he will hurt my dog",
        "she's stopped eating and she's been looking up ways to end things",
    ],
)
def test_a_disclosure_in_words_no_pattern_knows_is_read_as_one(text):
    assert pattern_concerns(text) == []
    flags = find_safeguarding_concerns(text)
    assert [flag.reason for flag in flags] == [LEARNED_REASON]
    assert text[flags[0].start : flags[0].end] == flags[0].text


def test_the_learned_flag_points_at_the_sentence_that_discloses():
    text = (
        "The new timetable is fine and the teachers are kind. "
        "He says if I tell anyone he will hurt my dog. "
        "Also the bus is late."
    )
    (flag,) = find_safeguarding_concerns(text)
    assert flag.text == "He says if I tell anyone he will hurt my dog."


@pytest.mark.parametrize(
    "text",
    [
        "i am nervous about my new school in september",
        "If I have to fill in one more form for the panel I will scream",
        "I cried in the car park after the tribunal",
        "my brother and me argue about the tv every night",
        "i stay in my room all day cos there is nothing to do",
        "the new bus driver is nice and he helps me with my seatbelt",
        # short sentences that read alarmingly alone; the reader reads the whole comment
        "Our cleaner is more reliable than the respite service. At least she turns up.",
        "Supported living is going well. She has her own front door now.",
    ],
)
def test_worried_and_angry_but_ordinary_feedback_is_not_flagged(text):
    assert find_safeguarding_concerns(text) == []


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("my mum's new boyfriend comes in my room at night", "sexual abuse"),
        (
            "I'm frightened of what I might do to him when he screams all night",
            "a carer who may not keep a child safe",
        ),
        (
            "I don't know how much longer I can do this before something terrible happens",
            "a carer who may not keep a child safe",
        ),
        ("the marks on her back dont look like a fall to me", "physical harm"),
        ("i dont like going home on fridays when hes there", "not safe"),
        ("some lads have moved into my flat and they take my benefits", "exploitation"),
    ],
)
def test_signs_safeguarding_training_teaches_are_flagged(text, reason):
    assert reason in {flag.reason for flag in find_safeguarding_concerns(text)}


def test_the_sentiment_reader_hears_a_complaint_in_calm_words():
    text = "Could the council stop sending emails from a no-reply address?"
    assert lexicon_sentiment(text).label == "neutral"
    assert analyse_sentiment(text).label == "negative"


def test_the_sentiment_reader_keeps_the_lexicon_where_it_is_right():
    for text, label in [
        ("Still no word on the assessment, that's eight months now.", "negative"),
        ("Thanks for nothing.", "negative"),
        ("got my first job at tesco!!! my job coach helped me", "positive"),
        ("Is there a list of holiday clubs for autistic children?", "neutral"),
    ]:
        assert analyse_sentiment(text).label == label, text
    assert -1 <= analyse_sentiment("Brilliant staff, but the wait was awful.").score <= 1


@pytest.mark.parametrize(
    "text",
    [
        "",
        "a",
        "I",
        "he hurted me",
        "my uncel touchs me wen mum is at wrk. i dont like it",
        "a b c d e f",
        "The bus is late, again; the driver's lovely though! Isn't it odd?",
        "no no no no no no",
    ],
)
def test_letter_runs_read_a_word_and_a_pair_at_a_time_sum_as_all_the_runs_do(text):
    """The reader sums its letter runs from each word's and each pair's share; that must be
    the sum over every run of the comment, as it was trained on them."""
    from engage.analysis.linear import RunWeights, letter_runs, words_and_pairs_in_order

    weights = {run: (hash(run) % 97) / 10 for run in letter_runs(text + " hurt bruise")}
    expected = sum(weights.get(run, 0.0) * count for run, count in letter_runs(text).items())
    runs = RunWeights(weights)
    for _ in range(2):  # worked out, then kept
        assert runs.total(*words_and_pairs_in_order(text)) == pytest.approx(expected)

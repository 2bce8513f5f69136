"""Sentiment read the way families write: delay and being ignored are negative, praise for a
person beside anger at the system is mixed, negation and some sarcasm are understood."""

import pytest

from engage.analysis.sentiment import analyse_sentiment


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # plain descriptions of delay, refusal and being ignored
        ("Still no word on the assessment, that's eight months now.", "negative"),
        ("We waited two years for an EHCP and nobody rang us back.", "negative"),
        ("The panel refused our request again without explaining why.", "negative"),
        ("I have emailed four times and had no reply.", "negative"),
        ("We had to fight for every single hour of support.", "negative"),
        # praise
        ("The staff at the holiday club are brilliant and he loves going.", "positive"),
        ("Our key worker really listened to us and made a difference.", "positive"),
        ("Thank you to the SENCO, she went above and beyond.", "positive"),
        # mixed: a person praised, the system blamed
        ("His teacher is wonderful but the council has ignored us for a year.", "mixed"),
        ("The therapist was lovely, however the waiting list was a nightmare.", "mixed"),
        # negation
        ("The new website is not helpful at all.", "negative"),
        ("Honestly the transport is not bad this term.", "positive"),
        ("The review meeting wasn't a disaster, they were quite helpful.", "positive"),
        # sarcasm
        ("Great, another form to fill in. Thanks for nothing.", "negative"),
        # neutral
        ("The meeting is on Tuesday at the town hall.", "neutral"),
        ("We use the Saturday club and the sitting service.", "neutral"),
    ],
)
def test_sentiment_of_send_feedback(text, label):
    assert analyse_sentiment(text).label == label, analyse_sentiment(text)


def test_scores_run_from_negative_to_positive():
    low = analyse_sentiment("Awful. We were ignored and refused and let down.").score
    high = analyse_sentiment("Brilliant, caring staff and he is thriving.").score
    assert -1 <= low < 0 < high <= 1


@pytest.mark.parametrize("text", ["", "   ", "12345", "Nid yw'r gwasanaeth ar gael", "x" * 100_000])
def test_odd_text_does_not_crash(text):
    assert analyse_sentiment(text).label in {"negative", "neutral", "positive", "mixed"}

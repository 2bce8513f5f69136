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
        # questions and contact details ask, they don't feel
        ("Does the Local Offer list any SEND-friendly dentists?", "neutral"),
        ("Happy to talk about our experience, best time to ring is after 3pm.", "neutral"),
        ("Too early to say how the new school is going, we'll feed back in summer.", "neutral"),
        # young people's spelling: "dont" negates like "don't"
        ("i dont like the new school its too big", "negative"),
        ("i dont have any friends at school", "negative"),
        ("i like my college course and the teachers help me", "positive"),
        # hyperbole and decoys
        ("this is killing me lol, the disco was the best night ever", "positive"),
        ("Honestly the EHCP process nearly killed me.", "negative"),
        # too much of what hurts, too little of what helps
        ("the canteen is too loud so i eat in the toilets", "negative"),
        ("The play scheme is lovely but only 4 days over the whole summer.", "mixed"),
        # things that went right
        ("The annual review went well and he's doing well at college.", "positive"),
        ("Absolutely cannot fault the portage service.", "positive"),
        ("Diagnosis was really quick, but post-diagnostic support is non-existent.", "mixed"),
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


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Why has my son been sent to a school 40 miles away? There must be something closer.",
            "negative",
        ),
        ("Why do we have to reapply every year when his condition is lifelong?", "negative"),
        ("The outreach teachers have been invaluable for our Year 2 staff this year.", "positive"),
        ("I don't have anything to add, just wanted to say keep up the good work.", "positive"),
        ("The parking at County Hall is a joke.", "negative"),
    ],
)
def test_why_questions_are_complaints_and_plain_praise_is_praise(text, label):
    assert analyse_sentiment(text).label == label

"""The learned reader of sentiment, on top of the domain lexicon in sentiment.py.

The lexicon knows what families mean by "still waiting" and "fobbed off"; it cannot know every
calm way of complaining ("SENCOs need protected time") or every question that is really a
request. This reader is a logistic regression over the words and word pairs of a comment and
over what the lexicon made of it (how much was positive, how much negative, and its label),
trained on comments written for the purpose (data/sentiment_examples.csv) and stored as weights
in data/sentiment_model.json (see linear.py).

Rebuild after changing the examples or the lexicon:  python -m engage.analysis.build_readers
"""

import csv
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Literal

from engage.analysis.linear import LinearModel, features_of, words_and_pairs

DATA = Path(__file__).parent / "data"
MODEL = DATA / "sentiment_model.json"
EXAMPLES = DATA / "sentiment_examples.csv"
Label = Literal["negative", "neutral", "positive", "mixed"]


@dataclass(frozen=True)
class Sentiment:
    label: Label
    score: float  #: -1 (most negative) to 1 (most positive); near 0 for neutral or mixed
    positive: float  #: the weight of what was positive (the lexicon's)
    negative: float  #: the weight of what was negative (the lexicon's)


def features(text: str, lexical: Sentiment) -> dict[str, float]:
    """The comment's words, and the lexicon's reading as features the model can weigh."""
    row = features_of(text)
    row.update(lexicon_features(lexical))
    return row


def lexicon_features(lexical: Sentiment) -> dict[str, float]:
    return {
        "=positive": min(lexical.positive, 6.0) / 3,
        "=negative": min(lexical.negative, 6.0) / 3,
        "=lexicon " + lexical.label: 1.0,
    }


class SentimentReader:
    def __init__(self, model: LinearModel):
        self.model = model

    def read(self, text: str, lexical: Sentiment) -> Sentiment:
        probabilities = self.model.probabilities(words_and_pairs(text), lexicon_features(lexical))
        label = max(probabilities, key=probabilities.__getitem__)
        score = round(probabilities["positive"] - probabilities["negative"], 3)
        return Sentiment(label, score, lexical.positive, lexical.negative)


@cache
def sentiment_reader() -> SentimentReader | None:
    """The shipped reader, loaded once per process (None if it has not been built)."""
    if not MODEL.exists():
        return None
    return SentimentReader(LinearModel.load(MODEL)[0])


def read_examples(path: Path = EXAMPLES) -> tuple[list[str], list[str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    return [row["text"] for row in rows], [row["sentiment"] for row in rows]


def build(texts: list[str], labels: list[str]) -> SentimentReader:
    from engage.analysis.sentiment import lexicon_sentiment

    rows = [features(text, lexicon_sentiment(text)) for text in texts]
    return SentimentReader(LinearModel.fit(rows, labels, regularisation=1.0))

"""A learned reader of possible safeguarding disclosures, beside the patterns in flags.py.

Patterns catch the plain ways of saying harm; people disclose in endless other ways ("i dont
like going home on fridays", "the marks on her back don't look like a fall to me"). This is a
logistic regression over the words, word pairs and four-letter runs of comments written as disclosures, hard
decoys and ordinary feedback (data/safeguarding_examples_*.csv), stored as weights in
data/safeguarding_model.json (see linear.py).

Its threshold is set when it is built, recall first: the lowest score that, in cross-validation
on the examples, flags no more than one ordinary comment in fifty.

Rebuild after changing the examples:  python -m engage.analysis.build_readers
"""

import csv
import math
import re
from functools import cache
from itertools import repeat
from pathlib import Path

from engage.analysis.linear import (
    SPELLING,
    LinearModel,
    features_with_spellings,
    letter_runs,
    words_and_pairs,
)

DATA = Path(__file__).parent / "data"
MODEL = DATA / "safeguarding_model.json"
EXAMPLES = "safeguarding_examples_*.csv"
ORDINARY = DATA / "sentiment_examples.csv"
#: the false flags the threshold may cost in every fifty ordinary comments
FALSE_FLAGS_PER_FIFTY = 1.0
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")


class DisclosureReader:
    def __init__(self, model: LinearModel, threshold: float):
        self.model = model
        self.threshold = threshold
        # Two classes, the first with no weights (see LinearModel.fit): the score is a sigmoid
        # of one sum, taken over the words and over the letter runs in two lookups.
        self._bias = model.biases[1] - model.biases[0]
        self._words = {f: w[1] - w[0] for f, w in model.weights.items() if f[0] != SPELLING}
        self._runs = {f[1:]: w[1] - w[0] for f, w in model.weights.items() if f[0] == SPELLING}

    def score(self, text: str) -> float:
        """From 0 to 1: how much the text reads like a disclosure, in its most telling sentence
        (a disclosure in the middle of a long comment about the bus is not diluted by it)."""
        return max((value for value, _ in self._sentence_scores(text)), default=0.0)

    def flagged_sentence(self, text: str) -> tuple[int, int] | None:
        """Where the disclosure most likely is (the sentence that scores highest), or None."""
        value, (start, end) = max(self._sentence_scores(text), default=(0.0, (0, 0)))
        if value < self.threshold:
            return None
        while text[start].isspace():
            start += 1
        return start, start + len(text[start:end].rstrip())

    def _sentence_scores(self, text: str) -> list[tuple[float, tuple[int, int]]]:
        sentences = [m for m in _SENTENCE.finditer(text) if m.group().strip()]
        if len(sentences) == 1:  # most comments: read as a whole, sharing the word cache
            return [(self._score(text), sentences[0].span())]
        return [(self._score(m.group()), m.span()) for m in sentences]

    def _score(self, text: str) -> float:
        words = words_and_pairs(text)
        runs = letter_runs(text)
        total = (
            self._bias
            + sum(map(self._words.get, words, repeat(0.0, len(words))))
            + sum(map(self._runs.get, runs, repeat(0.0, len(runs))))
        )
        return 1 / (1 + math.exp(-max(-30.0, min(30.0, total))))


@cache
def disclosure_reader() -> DisclosureReader | None:
    """The shipped reader, loaded once per process (None if it has not been built)."""
    if not MODEL.exists():
        return None
    model, about = LinearModel.load(MODEL)
    return DisclosureReader(model, about["threshold"])


# Building ----------------------------------------------------------------------------------


def read_examples(folder: Path = DATA) -> tuple[list[str], list[str]]:
    """The disclosures and decoys written for this reader, and, as ordinary feedback that
    discloses nothing, the comments written for the sentiment reader."""
    texts, labels = [], []
    for path in sorted(folder.glob(EXAMPLES)):
        with path.open(newline="", encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                texts.append(row["text"])
                labels.append(row["safeguarding"].strip())
    if texts and ORDINARY.exists():
        with ORDINARY.open(newline="", encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                texts.append(row["text"])
                labels.append("0")
    return texts, labels


def build(texts: list[str], labels: list[str], folds: int = 5) -> DisclosureReader:
    """Fit on every example; the threshold comes from the cross-validated scores."""
    rows = [features_with_spellings(text) for text in texts]
    negative_scores = []
    for fold in range(folds):
        train = [i for i in range(len(texts)) if i % folds != fold]
        reader = DisclosureReader(
            LinearModel.fit([rows[i] for i in train], [labels[i] for i in train], 4.0, True), 0.5
        )
        negative_scores += [
            reader.score(texts[i])
            for i in range(len(texts))
            if i % folds == fold and labels[i] == "0"
        ]
    negative_scores.sort(reverse=True)
    allowed = int(len(negative_scores) * FALSE_FLAGS_PER_FIFTY / 50)
    threshold = negative_scores[allowed] + 1e-6 if negative_scores else 0.5
    return DisclosureReader(LinearModel.fit(rows, labels, 4.0, True), round(threshold, 6))

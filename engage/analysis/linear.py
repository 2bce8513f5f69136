"""Small linear models over a comment's words, stored as plain weights in JSON.

The learned readers of sentiment and of safeguarding disclosures are logistic regressions over
the words and word pairs people use (and, for sentiment, what the domain lexicon made of the
comment). scikit-learn fits them when they are built; reading them is a sum of weights, so the
web app never imports scikit-learn, and the weights are text that a reviewer can read.
"""

import json
import math
from collections import Counter
from functools import lru_cache
from itertools import repeat
from pathlib import Path

from engage.analysis.text import tokens


@lru_cache(maxsize=2048)
def _cached_words(text: str) -> tuple[str, ...]:
    """Lower case, apostrophes dropped ("don't" and "dont" are one word), as families type."""
    # Tokens hold no spaces: joined, stripped of apostrophes and split again, all in C.
    found = tokens(text.lower().replace("’", "'"))
    return tuple(" ".join(found).replace("'", "").split(" ")) if found else ()


@lru_cache(maxsize=2048)
def _cached_pairs(text: str) -> tuple[str, ...]:
    words = _cached_words(text)
    return tuple(map(" ".join, zip(words, words[1:], strict=False)))


@lru_cache(maxsize=2048)
def _cached_features(text: str) -> dict[str, float]:
    features = dict.fromkeys(_cached_words(text), 1.0)
    features.update(dict.fromkeys(_cached_pairs(text), 1.0))
    return features


def features_of(text: str) -> dict[str, float]:
    """Every word and every pair of neighbouring words, present or not (a copy: the readers of
    sentiment and of disclosures read the same comment, and one may add to it)."""
    return dict(_cached_features(text))


def words_and_pairs(text: str) -> dict[str, float]:
    """The same, shared and not to be changed: for readers that only look."""
    return _cached_features(text)


def words_and_pairs_in_order(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The words in order, and each pair of neighbours in order, repeats and all."""
    return _cached_words(text), _cached_pairs(text)


#: marks a run of four letters, so that "hurt" the run is not "hurt" the word
SPELLING = "#"


def letter_runs(text: str) -> Counter:
    """Every four letters in a row ("hurt", "bruis") and how often, which carry a word through
    the ways young people spell it ("hurted", "bruse", "scard"). Read over the words with a
    space before, between and after them; so each run lies inside one word with its spaces,
    or across the space between two neighbours (see RunWeights)."""
    letters = f" {' '.join(_cached_words(text))} "
    return Counter(letters[i : i + 4] for i in range(len(letters) - 3))


def features_with_spellings(text: str) -> dict[str, float]:
    """Words, pairs and letter runs, as a disclosure reader is trained on them."""
    features = features_of(text)
    features.update({SPELLING + run: count for run, count in letter_runs(text).items()})
    return features


class RunWeights:
    """The summed weights of a text's letter runs, read a word and a pair of words at a time.

    The runs of " w1 w2 ... wn " are those inside each " w " and the two that cross each space
    between neighbours, (" " + a)[-2:] + " " + b[:1] and a[-1:] + " " + (b + " ")[:2]; each word's
    and each pair's share is worked out once and kept, so that reading a comment is two sums
    over its words and pairs in C, where building its runs took a third of the reader's time."""

    _LIMIT = 200_000  #: words and pairs kept (a long-running app meets endless misspellings)

    def __init__(self, weights: dict[str, float]):
        self.weights = weights
        self._inside: dict[str, float] = {}
        self._across: dict[str, float] = {}

    def total(self, words: tuple[str, ...], pairs: tuple[str, ...]) -> float:
        try:  # nearly always: every word and pair met before
            return sum(map(self._inside.__getitem__, words)) + sum(
                map(self._across.__getitem__, pairs)
            )
        except KeyError:
            return sum(self._share(self._inside, word, self._inside_of) for word in words) + sum(
                self._share(self._across, pair, self._across_of) for pair in pairs
            )

    def _share(self, kept: dict[str, float], key: str, work_out) -> float:
        found = kept.get(key)
        if found is None:
            found = work_out(key)
            if len(kept) < self._LIMIT:
                kept[key] = found
        return found

    def _inside_of(self, word: str) -> float:
        padded = f" {word} "
        get = self.weights.get
        return sum(get(padded[i : i + 4], 0.0) for i in range(len(padded) - 3))

    def _across_of(self, pair: str) -> float:
        first, second = pair.split(" ", 1)
        get = self.weights.get
        left, right = f" {first}"[-2:], f"{second} "[:2]
        return get(f"{left} {right[:1]}", 0.0) + get(f"{left[-1:]} {right}", 0.0)


class LinearModel:
    """Per class, a bias and a weight for each feature; the class with the highest sum wins."""

    def __init__(self, classes: list[str], weights: dict[str, list[float]], biases: list[float]):
        self.classes = classes
        #: feature -> one weight per class. Rows are tuples: the collector soon stops tracking
        #: a tuple of floats, and then the dict that holds only them, where 130,000 lists of
        #: the shipped readers made each full collection of the analysis take 90 ms.
        self.weights = {name: tuple(row) for name, row in weights.items()}
        self.biases = biases
        self._per_class: list[dict[str, float]] | None = None

    def probabilities(
        self, features: dict[str, float], weighted: dict[str, float] | None = None
    ) -> dict[str, float]:
        """Softmax of the sums. Most features are 1 (a word is there): those are summed by
        dict.get in C, one class at a time, and only the few other values are multiplied.
        `weighted` are more features with their values, for a caller whose `features` are all
        1 and shared (words_and_pairs), so that they need not be copied."""
        if self._per_class is None:
            self._per_class = [
                {name: row[index] for name, row in self.weights.items() if row[index]}
                for index in range(len(self.classes))
            ]
        others = [(name, value) for name, value in features.items() if value != 1.0]
        extra = list((weighted or {}).items())
        totals = []
        for bias, weights in zip(self.biases, self._per_class, strict=True):
            total = bias + sum(map(weights.get, features, repeat(0.0, len(features))))
            for name, value in others:
                total += weights.get(name, 0.0) * (value - 1.0)
            for name, value in extra:
                total += weights.get(name, 0.0) * value
            totals.append(total)
        top = max(totals)
        exponents = [math.exp(total - top) for total in totals]
        whole = sum(exponents)
        return {name: value / whole for name, value in zip(self.classes, exponents, strict=True)}

    @classmethod
    def fit(
        cls,
        rows: list[dict[str, float]],
        labels: list[str],
        regularisation: float = 1.0,
        balanced: bool = False,
    ) -> "LinearModel":
        """Fit with scikit-learn (imported here: only building a model needs it)."""
        from sklearn.feature_extraction import DictVectorizer
        from sklearn.linear_model import LogisticRegression

        vectoriser = DictVectorizer()
        matrix = vectoriser.fit_transform(rows)
        classifier = LogisticRegression(
            C=regularisation, max_iter=5000, class_weight="balanced" if balanced else None
        )
        classifier.fit(matrix, labels)
        classes = [str(name) for name in classifier.classes_]
        coefficients, biases = classifier.coef_, classifier.intercept_
        if len(classes) == 2:  # one column for two classes: the first class's weights are 0
            coefficients = [[0.0, weight] for weight in coefficients[0]]
            biases = [0.0, float(biases[0])]
        else:
            coefficients = coefficients.T.tolist()
            biases = [float(bias) for bias in biases]
        names = vectoriser.get_feature_names_out()
        weights = {
            name: [float(w) for w in row]
            for name, row in zip(names, coefficients, strict=True)
            if any(abs(w) >= 0.001 for w in row)
        }
        return cls(classes, weights, biases)

    def save(self, path: Path, **about) -> None:
        path.write_text(
            json.dumps(
                {
                    **about,
                    "classes": self.classes,
                    "biases": [round(b, 4) for b in self.biases],
                    "weights": {
                        name: [round(w, 4) for w in row]
                        for name, row in sorted(self.weights.items())
                    },
                },
                indent=0,
            )
            + "\n"
        )

    @classmethod
    def load(cls, path: Path) -> tuple["LinearModel", dict]:
        saved = json.loads(path.read_text())
        return cls(saved.pop("classes"), saved.pop("weights"), saved.pop("biases")), saved

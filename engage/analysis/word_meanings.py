"""What words mean, as vectors: so "speech therapy" sits near "communication", and "waiting"
near "delay", though the words are not the same and no family of the lexicon joins them.

Each stem the engine reads (text.read) has a vector of 128 numbers, distilled
once from the sentence-embedding model all-MiniLM-L6-v2 (each word embedded on its own, as
Model2Vec distils a model into static vectors; see build_word_meanings.py) and shipped in
data/word_meanings.npz. A text's meaning is the mean of its words' vectors, each weighed by how
rare the word is in English (a smooth inverse frequency), so "the" and "school" say little and
"tribunal" a lot. Reading a comment's meaning is a few dozen lookups and one sum: the full model
read 60 to 200 comments a second on two cores; this reads tens of thousands.
"""

import math
from collections.abc import Iterable
from functools import cache
from pathlib import Path

import numpy as np

from engage.analysis.text import read

VECTORS = Path(__file__).parent / "data" / "word_meanings.npz"
#: the power a word's likeness to another is raised to when matching word by word: at 3, the
#: best match alone picked a right priority for 50-60% of comments, at 1 for 30-59%
ALIGNMENT = 3
#: how many words' figures a framework keeps (FrameworkMeanings._known): a few thousand cover
#: nearly every comment; at 13 priorities, 20,000 take about 25 MB
KEPT = 20_000


class WordMeanings:
    def __init__(self, stems: list[str], vectors: np.ndarray, weights: np.ndarray):
        #: stem -> row of vectors
        self.row = {stem: row for row, stem in enumerate(stems)}
        self.vectors = vectors.astype(np.float32)  #: of length 1
        self.weights = weights.astype(np.float32)
        self.dimensions = vectors.shape[1]

    @classmethod
    def load(cls, path: Path = VECTORS) -> "WordMeanings":
        saved = np.load(path)
        stems = str(saved["stems"]).split("\n")
        vectors = saved["vectors"].astype(np.float32) * float(saved["scale"])
        return cls(stems, vectors, saved["weights"].astype(np.float32))

    def of(self, stems: Iterable[str]) -> np.ndarray | None:
        """The meaning of a text's stems, of length 1; None when none of them is known."""
        rows = self.rows(stems)
        if not rows:
            return None
        total = self.weights[rows] @ self.vectors[rows]
        norm = float(np.linalg.norm(total))
        return total / norm if norm else None

    def rows(self, stems: Iterable[str]) -> list[int]:
        return [row for stem in stems if (row := self.row.get(stem)) is not None]


@cache
def shipped_meanings() -> WordMeanings | None:
    """The vectors built into the engine, or None if they have not been built."""
    return WordMeanings.load() if VECTORS.exists() else None


class FrameworkMeanings:
    """Each priority's meaning, whole and by its headline (title, short name, keywords and
    examples: what headline_tagger reads), for comparing a comment's meaning with. A priority
    with no description, given the library of other strategies' priorities, means what the
    descriptions of like titles mean (priority_library.py), as it borrows their families."""

    def __init__(self, framework, meanings: WordMeanings, library=None):
        self.meanings = meanings
        whole, headlines, words = [], [], []
        for priority in framework.priorities:
            headline_texts = [priority.title, priority.short_name or ""]
            headline_texts += [*priority.keywords, *priority.examples]
            headline = self._of([stem for text in headline_texts for stem in read(text).words])
            own = [priority.title, priority.short_name or "", priority.description or ""]
            #: row -> how much the word counts, for matching word by word
            counted = dict.fromkeys(meanings.rows(s for text in own for s in read(text).words), 1.0)
            if (priority.description or "").strip() or library is None:
                description = self._of(list(read(priority.description or "").words))
            else:
                description = np.zeros(meanings.dimensions, np.float32)
                for share, stems in library.borrowed_descriptions(
                    priority.title, priority.short_name
                ):
                    description += share * self._of(list(stems))
                    for row in meanings.rows(stems):
                        counted[row] = max(counted.get(row, 0.0), share)
            both = headline + description
            norm = float(np.linalg.norm(both))
            whole.append(both / norm if norm else both)
            headlines.append(headline)
            words.append(sorted(counted.items()))
        self.whole = np.vstack(whole)
        self.headlines = np.vstack(headlines)
        # every priority's words, one after another, for matching word by word
        rows = [row for counted in words for row, _ in counted]
        self._words = meanings.vectors[rows]
        self._word_weights = meanings.weights[rows] * np.array(
            [share for counted in words for _, share in counted], np.float32
        )
        # where each priority's words start (one with none is masked out: _has_words)
        starts = np.cumsum([0] + [len(counted) for counted in words[:-1]])
        self._starts = np.minimum(starts, max(len(self._words) - 1, 0))
        self._has_words = np.array([bool(counted) for counted in words])
        self._some_without_words = not self._has_words.all()
        #: priority word x priority: the word's share of its priority's weight, so that a
        #: comment's nearest likeness to each word, times this, is each priority's recall
        self._recall_of = np.zeros((len(rows), len(framework.priorities)), np.float32)
        place = 0
        for column, counted in enumerate(words):
            shares = self._word_weights[place : place + len(counted)]
            self._recall_of[place : place + len(counted), column] = shares / (shares.sum() or 1.0)
            place += len(counted)
        count = len(framework.priorities)
        #: where, in a word's kept figures (_known), its likeness to every priority word starts
        self._nearest = meanings.dimensions + 3 * count
        self._slots: dict[int, int] = {}  #: row of the vectors -> row of _cache
        self._cache = np.empty((256, self._nearest + len(rows)), np.float32)

    def _of(self, stems: list[str]) -> np.ndarray:
        meaning = self.meanings.of(stems)
        return meaning if meaning is not None else np.zeros(self.meanings.dimensions, np.float32)

    def likeness(self, stems) -> np.ndarray:
        """Per priority (a column each), how like the comment it is in meaning: the cosine of
        their meanings, whole and by the headline; how well the priority's words cover the
        comment's, and the comment's the priority's, word by word (ALIGNMENT): four rows.
        Zeros when none of the comment's words has a vector.

        What each word brings is worked out the first time the framework meets it and kept
        (_known), so a comment is one gather and one product: the same figures as comparing
        its words with the priorities' afresh, at a fraction of the time."""
        count = len(self.whole)
        rows = self.meanings.rows(stems)
        if not rows or not len(self._words):
            return np.zeros((4, count))
        block = self._known(rows)
        weights = self.meanings.weights[rows]
        summed = weights @ block[:, : self._nearest]
        meaning = summed[: self.meanings.dimensions]
        norm = math.sqrt(float(meaning @ meaning)) or 1.0
        figures = np.empty((4, count))
        figures[:3] = summed[self.meanings.dimensions :].reshape(3, count)
        figures[:2] /= norm
        figures[2] /= weights.sum()
        figures[3] = block[:, self._nearest :].max(axis=0) @ self._recall_of
        if self._some_without_words:
            figures[2:, ~self._has_words] = 0.0
        return figures

    def _known(self, rows: list[int]) -> np.ndarray:
        """For each word (a row of the vectors): its vector; its likeness to each priority's
        meaning, whole and by headline; its likeness, raised to ALIGNMENT, to the nearest of
        each priority's words; and to every one of the priorities' words. At most KEPT words
        are kept; beyond, they are worked out each time."""
        missing = [row for row in dict.fromkeys(rows) if row not in self._slots]
        if missing:
            vectors = self.meanings.vectors[missing]
            aligned = np.maximum(vectors @ self._words.T, 0.0) ** ALIGNMENT
            nearest = np.maximum.reduceat(aligned, self._starts, axis=1)
            block = np.hstack(
                [vectors, vectors @ self.whole.T, vectors @ self.headlines.T, nearest, aligned]
            ).astype(np.float32)
            room = max(0, min(len(missing), KEPT - len(self._slots)))
            self._keep(missing[:room], block[:room])
            if room < len(missing):  # full: the rest are worked out for this comment only
                here = dict(zip(missing[room:], block[room:], strict=True))
                return np.vstack(
                    [here[row] if row in here else self._cache[self._slots[row]] for row in rows]
                )
        return self._cache[[self._slots[row] for row in rows]]

    def _keep(self, rows: list[int], block: np.ndarray) -> None:
        start = len(self._slots)
        if start + len(rows) > len(self._cache):
            grown = np.empty(
                (max(2 * len(self._cache), start + len(rows)), block.shape[1]), np.float32
            )
            grown[:start] = self._cache[:start]
            self._cache = grown
        self._cache[start : start + len(rows)] = block
        self._slots.update(zip(rows, range(start, start + len(rows)), strict=True))


def framework_meanings(framework, library=None) -> FrameworkMeanings | None:
    meanings = shipped_meanings()
    return FrameworkMeanings(framework, meanings, library) if meanings is not None else None

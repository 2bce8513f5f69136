"""What other strategies' priorities are about, for a priority known by its title alone.

Many strategies publish their priorities as titles and nothing more ("The right help at the
right time", "Plan for and meet the needs of children and young people"). Such a title touches
few of the families of SEND ideas, or none, so neither the zero-shot scores nor the model learned
across strategies have much to go on. But other strategies' priorities with like titles have
descriptions, and those say what such a title means to the people who write strategies: "the
right help at the right time" is spotting needs early, assessments and waits. So a priority with
no description borrows the families that the descriptions of its nearest neighbours touch, each
neighbour counting by how like its title is; and it means what their descriptions mean (their
words, for word_meanings.py), so it is compared in meaning as a described priority is.

The library is the priorities of the strategies the cross-strategy model learned from (see
tagging_model.train, which saves it beside the weights), so a strategy left out of the model is
left out of the library too.
"""

import math
from collections import Counter
from dataclasses import dataclass

from engage.analysis.lexicon import FAMILY_WEIGHTS
from engage.analysis.text import STOPWORDS, TOKEN, normalise, read, stem

#: how many neighbours a title borrows from, and how like it a neighbour's title must be
#: (the cosine of their words and families, weighted by how rare each is among the titles).
#: Left out a strategy at a time (12 strategies, 26 labelled sets, titles alone), 8 neighbours
#: at tagging.BORROWED 0.5: mean micro F1 0.629 on strategies of 3 to 6 priorities (0.527
#: borrowing nothing) and 0.536 on 13 (0.528); 5 neighbours at 0.8 gave 0.633 and 0.516, and a
#: least likeness of 0.1 or 0.25 changed little.
NEIGHBOURS = 8
LEAST_LIKENESS = 0.15
#: a title this like one in the library is the same priority (a strategy the model learned
#: from, published again as titles alone): it borrows from that one only
SAME_TITLE = 0.95
_FAMILY = "#"


@dataclass(frozen=True)
class LibraryPriority:
    title_terms: tuple[str, ...]  #: stems and families (marked with #) of the title
    families: dict[str, float]  #: families the description touches -> weight (largest 1)
    #: the description's stems, for what it means (word_meanings.py)
    description_stems: tuple[str, ...] = ()


def library_priority(title: str, short_name: str | None, description: str) -> LibraryPriority:
    """One priority of a strategy the model learned from, as the library keeps it."""
    return LibraryPriority(
        _title_terms(title, short_name),
        _description_families(description),
        tuple(read(description).words),
    )


def _title_terms(title: str, short_name: str | None = None) -> tuple[str, ...]:
    """The title's words (stems, the words strategies use everywhere included: "plan for and
    meet the needs" is most of what some titles say, and rarity among the titles weighs each)
    and the families it touches."""
    text = f"{title}. {short_name or ''}"
    words = {stem(w) for w in TOKEN.findall(normalise(text)) if w not in STOPWORDS and len(w) > 1}
    return tuple(sorted({*words, *(_FAMILY + f for f in read(text).families)}))


def _description_families(description: str) -> dict[str, float]:
    weights = {f: FAMILY_WEIGHTS.get(f, 1.0) for f in read(description).families}
    largest = max(weights.values(), default=1.0)
    return {f: w / largest for f, w in weights.items()}


class PriorityLibrary:
    """The priorities of many strategies, asked which families a bare title borrows."""

    def __init__(self, priorities: list[LibraryPriority]):
        self.priorities = [p for p in priorities if p.families and p.title_terms]
        frequency = Counter(term for p in self.priorities for term in p.title_terms)
        count = len(self.priorities)
        self.idf = {term: math.log((1 + count) / (1 + n)) + 1 for term, n in frequency.items()}
        self._norms = [self._norm(p.title_terms) for p in self.priorities]

    def _norm(self, terms) -> float:
        return math.sqrt(sum(self.idf.get(t, 0.0) ** 2 for t in terms)) or 1.0

    def neighbours(self, title: str, short_name: str | None = None) -> list[tuple[float, int]]:
        """(likeness, index) of the library's priorities most like this title, likeliest first."""
        terms = set(_title_terms(title, short_name))
        norm = self._norm(terms)
        found = []
        for index, priority in enumerate(self.priorities):
            shared = sum(self.idf[t] ** 2 for t in priority.title_terms if t in terms)
            likeness = shared / (norm * self._norms[index]) if shared else 0.0
            if likeness >= LEAST_LIKENESS:
                found.append((likeness, index))
        return sorted(found, reverse=True)[:NEIGHBOURS]

    def borrowed(self, title: str, short_name: str | None = None) -> dict[str, float]:
        """Family -> weight (0 to 1): what the neighbours' descriptions touch, each neighbour
        counted by its likeness."""
        borrowed: Counter = Counter()
        for share, priority in self._borrowed_from(title, short_name):
            for family, weight in priority.families.items():
                borrowed[family] += share * weight
        return dict(borrowed)

    def borrowed_descriptions(self, title: str, short_name: str | None = None) -> list:
        """(share, stems) of the neighbours' descriptions, the shares adding up to 1: what
        such a title means, for a priority with no description of its own."""
        return [
            (share, priority.description_stems)
            for share, priority in self._borrowed_from(title, short_name)
            if priority.description_stems
        ]

    def _borrowed_from(self, title, short_name) -> list[tuple[float, LibraryPriority]]:
        """The neighbours a title borrows from, each with its share (by likeness, adding to 1)."""
        found = self.neighbours(title, short_name)
        if found and found[0][0] >= SAME_TITLE:  # the very priority, described: it alone
            found = [(likeness, index) for likeness, index in found if likeness >= SAME_TITLE]
        total = sum(likeness for likeness, _ in found)
        return [(likeness / total, self.priorities[index]) for likeness, index in found]

    def to_json(self) -> list:
        return [
            [list(p.title_terms), p.families, list(p.description_stems)] for p in self.priorities
        ]

    @classmethod
    def from_json(cls, saved: list) -> "PriorityLibrary":
        return cls(
            [
                LibraryPriority(
                    tuple(entry[0]), dict(entry[1]), tuple(entry[2] if entry[2:] else ())
                )
                for entry in saved
            ]
        )

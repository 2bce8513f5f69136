"""Key phrases: the runs of meaningful words that carry a comment (a RAKE-style extractor).

Phrases are cut at stop words and punctuation, scored by how connected their words are, and
returned in the comment's own words.
"""

import re
from collections import Counter, defaultdict

from engage.analysis.text import STOPWORDS

WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*|[0-9]+")
BREAKS = re.compile(r"[.,;:!?()\[\]\"“”]|\s-\s|\n")
EXTRA_STOPWORDS = frozenset(
    {
        "i've",
        "we've",
        "i'm",
        "he's",
        "she's",
        "it's",
        "that's",
        "don't",
        "didn't",
        "doesn't",
        "can't",
        "won't",
        "isn't",
        "wasn't",
        "they're",
    }
)


_STOPWORDS = STOPWORDS | EXTRA_STOPWORDS


def key_phrases(text: str, limit: int = 3) -> list[str]:
    candidates = [
        phrase
        for chunk in BREAKS.split(text[:20_000])
        for phrase in _runs(chunk)
        if len(phrase[0]) <= 4
    ]
    frequency: Counter = Counter()
    degree: dict[str, int] = defaultdict(int)
    for _, phrase in candidates:
        frequency.update(phrase)
        for word in phrase:
            degree[word] += len(phrase) - 1
    scored = {}
    for original, phrase in candidates:
        key = " ".join(phrase)
        if key not in scored:
            scored[key] = (
                sum((degree[w] + frequency[w]) / frequency[w] for w in phrase),
                " ".join(original),
            )
    ranked = sorted(scored.values(), key=lambda item: -item[0])
    return [phrase for _, phrase in ranked[:limit]]


def _runs(chunk: str) -> list[tuple[list[str], list[str]]]:
    """The runs of meaningful words in a piece of text between breaks: (its own words, lower
    case). Words are lowered in C, and a run is cut wherever a stop word or a single letter is."""
    words = WORD.findall(chunk)
    if not words:
        return []
    lowered = list(map(str.lower, words))
    if "’" in chunk:
        lowered = [word.replace("’", "'") for word in lowered]
    runs, start = [], None
    for index, word in enumerate(lowered):
        if word in _STOPWORDS or len(word) < 2:
            if start is not None:
                runs.append((words[start:index], lowered[start:index]))
                start = None
        elif start is None:
            start = index
    if start is not None:
        runs.append((words[start:], lowered[start:]))
    return runs

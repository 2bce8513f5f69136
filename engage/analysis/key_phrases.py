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


def key_phrases(text: str, limit: int = 3) -> list[str]:
    candidates: list[list[str]] = []
    for chunk in BREAKS.split(text[:20_000]):
        current: list[str] = []
        for word in WORD.findall(chunk):
            lowered = word.lower().replace("’", "'")
            if lowered in STOPWORDS or lowered in EXTRA_STOPWORDS or len(lowered) < 2:
                if current:
                    candidates.append(current)
                current = []
            else:
                current.append(word)
        if current:
            candidates.append(current)
    candidates = [phrase for phrase in candidates if len(phrase) <= 4]
    frequency: Counter = Counter()
    degree: dict[str, int] = defaultdict(int)
    for phrase in candidates:
        for word in phrase:
            frequency[word.lower()] += 1
            degree[word.lower()] += len(phrase) - 1
    scored = {}
    for phrase in candidates:
        key = " ".join(word.lower() for word in phrase)
        if key not in scored:
            scored[key] = (
                sum(
                    (degree[w.lower()] + frequency[w.lower()]) / frequency[w.lower()]
                    for w in phrase
                ),
                " ".join(phrase),
            )
    ranked = sorted(scored.values(), key=lambda item: -item[0])
    return [phrase for _, phrase in ranked[:limit]]

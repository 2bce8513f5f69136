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
    candidates: list[tuple[list[str], list[str]]] = []  #: (the comment's words, lower case)
    for chunk in BREAKS.split(text[:20_000]):
        words = WORD.findall(chunk)
        lowered = [word.lower().replace("’", "'") for word in words]
        runs: list[list[int]] = [[]]
        for index, word in enumerate(lowered):
            if word in _STOPWORDS or len(word) < 2:
                if runs[-1]:
                    runs.append([])
            else:
                runs[-1].append(index)
        candidates += [([words[i] for i in run], [lowered[i] for i in run]) for run in runs if run]
    candidates = [phrase for phrase in candidates if len(phrase[0]) <= 4]
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

"""Which of the local strategy's priorities a comment is about, and why.

Zero-shot: each priority is described by its own words (title, short name, description, and
keywords and example sentences when a framework has them), weighted by how particular each word
is to that priority among all of them. A comment is scored against every priority by the terms
they share; the reasons are those shared terms.
"""

import math
from collections import Counter, defaultdict
from dataclasses import dataclass

from engage.analysis.text import terms
from engage.priorities.framework_yaml import FrameworkData

FIELD_WEIGHTS = {
    "title": 1.0,
    "short_name": 1.5,
    "description": 0.8,
    "keywords": 3.0,
    "examples": 1.0,
}
MAX_TAGS = 3


@dataclass(frozen=True)
class PriorityTag:
    slug: str
    score: float  #: 0 to 1
    reasons: tuple[str, ...]  #: the words that led to it


class ZeroShotTagger:
    """Built once per framework, then used for every comment."""

    def __init__(self, framework: FrameworkData, threshold: float = 0.1, relative: float = 0.75):
        self.slugs = [priority.slug for priority in framework.priorities]
        self.threshold = threshold
        #: a second priority is tagged only if it scores at least this share of the best one
        self.relative = relative
        weights: dict[str, Counter] = {}
        for priority in framework.priorities:
            bag: Counter = Counter()
            fields = {
                "title": [priority.title],
                "short_name": [priority.short_name or ""],
                "description": [priority.description or ""],
                "keywords": list(priority.keywords),
                "examples": list(priority.examples),
            }
            for field, texts in fields.items():
                for text in texts:
                    for term in set(terms(text)):
                        bag[term] = max(bag[term], FIELD_WEIGHTS[field])
            weights[priority.slug] = bag
        document_frequency = Counter(term for bag in weights.values() for term in bag)
        count = len(self.slugs)
        self.term_weights: dict[str, dict[str, float]] = defaultdict(dict)
        self.norms = {}
        for slug, bag in weights.items():
            total = 0.0
            for term, weight in bag.items():
                idf = math.log((1 + count) / (1 + document_frequency[term])) + 1
                value = weight * idf
                self.term_weights[term][slug] = value
                total += value
            self.norms[slug] = math.sqrt(total) or 1.0

    def tag(self, text: str) -> list[PriorityTag]:
        comment_terms = set(terms(text))
        scores: dict[str, float] = defaultdict(float)
        reasons: dict[str, list[str]] = defaultdict(list)
        for term in comment_terms:
            for slug, value in self.term_weights.get(term, {}).items():
                scores[slug] += value
                reasons[slug].append(term)
        if not scores:
            return []
        normalised = {
            slug: min(1.0, score / (self.norms[slug] * math.sqrt(max(len(comment_terms), 4))))
            for slug, score in scores.items()
        }
        best = max(normalised.values())
        chosen = sorted(
            (
                slug
                for slug, score in normalised.items()
                if score >= self.threshold and score >= best * self.relative
            ),
            key=lambda slug: -normalised[slug],
        )[:MAX_TAGS]
        return [
            PriorityTag(
                slug,
                round(normalised[slug], 3),
                tuple(sorted(reasons[slug], key=lambda t: -self.term_weights[t][slug])[:5]),
            )
            for slug in chosen
        ]

"""Which of the local strategy's priorities a comment is about, and why.

Zero-shot: each priority is described by its own words (title, short name, description, and
keywords and example sentences when a framework has them) and by the families of SEND ideas
those words touch (see lexicon.FAMILIES: "CAMHS" and "timely access to health services" meet in
the families "health" and "waiting"). Every word and family is weighted by how particular it is
to that priority among all of them (an inverse document frequency over the priorities), so a
word every priority uses decides nothing.

A comment is scored against every priority by the words and families they share. It is tagged
only when the best priority has enough evidence (a comment about the car park shares nothing
particular with any priority), and then with the best priority and any other that scores within
a margin of it and has enough evidence of its own; the reasons are the comment's own words that
led to each tag.

For SEND strategies, what labelled comments of other strategies taught is added
(tagging_model.py): the chance that a comment is about a priority, from the words it uses and
the priority's families, beside these zero-shot figures; a comment is tagged with the likeliest
priorities that reach the model's threshold. Beside the words, the model reads how like each
priority the comment is in meaning (word_meanings.py: "the speech therapist never came" is near
a priority about communication, though they share no word). A priority published as a bare
title borrows the families that other strategies' descriptions of like titles touch, and what
those descriptions mean (priority_library.py).
"""

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import cached_property

import numpy as np

from engage.analysis import tagging_model
from engage.analysis.lexicon import FAMILY_WEIGHTS
from engage.analysis.text import read
from engage.analysis.word_meanings import framework_meanings
from engage.priorities.framework_yaml import FrameworkData

#: How much a shared word counts, by where the priority has it. A keyword counts as a word of
#: the title does: weighted three times as much, one keyword alone passed the evidence a tag
#: needs, and keywords made tags worse on the 13-priority strategy (micro F1 0.46 against 0.52
#: without them, on the development set); as a title's word, they help on average across ten
#: labelled sets of six strategies (0.61 against 0.60 without them, 0.59 at three times).
FIELD_WEIGHTS = {
    "title": 1.0,
    "short_name": 1.5,
    "description": 0.8,
    "keywords": 1.0,
    "examples": 1.0,
}
#: how much a shared family of ideas counts beside a shared word
FAMILY_WEIGHT = 2.0
#: how much a family borrowed from like titles of other strategies counts (priority_library.py),
#: at most, for a priority with no description, beside FAMILY_WEIGHT for its own: at 0.8 the long
#: titles of 13 priorities, which say much for themselves, read worse than borrowing nothing
#: (mean micro F1 0.516 against 0.528), at 0.5 better (0.534); the short ones gain either way
BORROWED = 0.5
MAX_TAGS = 3
_FAMILY = tagging_model.FAMILY  # families are apart from words: the family "health" is not the word
_SHIPPED = "shipped"
#: A framework's title names SEND: the words themselves, or the code of practice's "local area",
#: a partnership's "inclusion" strategy, "additional needs", "disabilities", "alternative
#: provision", "neurodiversity" (those in any case)
_SEND_NAMED = re.compile(
    r"\b(?:SEND|SEN|SENCOs?|SENDCOs?|EHCPs?|EHC)\b|\b[Ss]pecial [Ee]ducational [Nn]eeds\b|"
    r"(?i:\blocal area\b|\binclusi(?:on|ve)\b|\badditional (?:learning )?needs\b|\bdisabilit"
    r"|\balternative provision\b|\bneurodivers)"
)


@dataclass(frozen=True)
class PriorityTag:
    slug: str
    score: float  #: 0 to 1
    reasons: tuple[str, ...]  #: the words that led to it


class ZeroShotTagger:
    """Built once per framework, then used for every comment."""

    def __init__(
        self,
        framework: FrameworkData,
        threshold: float = 0.1,
        relative: float = 0.75,
        evidence: float = 3.0,
        model: "tagging_model.CrossStrategyModel | str | None" = _SHIPPED,
        about_send: bool | None = None,
    ):
        """`model` is what other strategies' labelled comments taught (the one built into the
        engine unless given), or None for the strategy's own words alone. `about_send` says
        whether the framework is a SEND strategy (decided from its words unless given)."""
        self.slugs = [priority.slug for priority in framework.priorities]
        #: the least score (0 to 1) the best priority needs for any tag
        self.threshold = threshold
        #: another priority is tagged only if it scores at least this share of the best one
        self.relative = relative
        #: the SEND families of ideas are used for SEND strategies only: "waste" and "signs" mean
        #: other things to a council's bins and parking categories
        self.families = is_about_send(framework) if about_send is None else about_send
        #: the least weight of shared words and families the best priority needs: about one
        #: particular family, or two particular words (a calibrated "none"). Without the
        #: families, one particular word is enough, as the words are all there is to go on.
        self.evidence = evidence if self.families else 0.0
        if model == _SHIPPED:
            model = tagging_model.shipped_model()
        # a priority with no description borrows from like titles (priority_library.py)
        library = model.library if model is not None and self.families else None
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
                    reading = read(text)
                    for word in set(reading.words):
                        bag[word] = max(bag[word], FIELD_WEIGHTS[field])
                    for family in reading.families if self.families else ():
                        weight = (
                            FIELD_WEIGHTS[field] * FAMILY_WEIGHT * FAMILY_WEIGHTS.get(family, 1)
                        )
                        bag[_FAMILY + family] = max(bag[_FAMILY + family], weight)
            if library is not None and not (priority.description or "").strip():
                for family, share in library.borrowed(priority.title, priority.short_name).items():
                    weight = BORROWED * FAMILY_WEIGHT * FAMILY_WEIGHTS.get(family, 1) * share
                    bag[_FAMILY + family] = max(bag[_FAMILY + family], weight)
            weights[priority.slug] = bag
        self._framework, self._library = framework, library
        document_frequency = Counter(term for bag in weights.values() for term in bag)
        count = len(self.slugs)
        #: term -> slug -> weight
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
        self.across = self.headlines = None
        if model is not None and self.families:
            self.across = model.fold(tagging_model.family_profiles(self.term_weights, self.slugs))
            #: the priorities by their headline words alone, which the model reads beside
            self.headlines = tagging_model.headline_tagger(framework, self.families)

    def scores(self, text: str) -> tuple[dict[str, float], dict[str, float], list]:
        """Per priority sharing anything with the text: its score (0 to 1) and the raw weight of
        what they share; and the shared terms, each as (weight per priority, the text's own
        words), from which the reasons of the priorities tagged are drawn."""
        reading = read(text)
        weights_of = self.term_weights.get
        shared = [
            (per, words) for term, words in reading.words.items() if (per := weights_of(term))
        ]
        if self.families:
            shared += [
                (per, words)
                for family, words in reading.families.items()
                if (per := weights_of(_FAMILY + family))
            ]
        evidence: dict[str, float] = defaultdict(float)
        for per, _ in shared:
            for slug, value in per.items():
                evidence[slug] += value
        terms = len(reading.words) + (len(reading.families) if self.families else 0)
        length = math.sqrt(max(terms, 4))
        normalised = {
            slug: min(1.0, total / (self.norms[slug] * length)) for slug, total in evidence.items()
        }
        return normalised, evidence, shared

    def tag(self, text: str) -> list[PriorityTag]:
        normalised, evidence, shared = self.scores(text)
        if self.across is not None:
            return self._learned_tags(text, normalised, evidence, shared)[0]
        return self._tags(normalised, evidence, shared)

    def tag_and_score(self, text: str) -> tuple[list[PriorityTag], dict[str, float]]:
        """The tags, and every priority's score (0 to 1) whether tagged or not: the chance by
        what other strategies taught, or the score by the strategy's words alone. A learned
        model reads the scores: a priority just under the threshold is still evidence."""
        normalised, evidence, shared = self.scores(text)
        if self.across is not None:
            tags, logits = self._learned_tags(text, normalised, evidence, shared)
            return tags, self._chances(logits)
        return self._tags(normalised, evidence, shared), normalised

    def priority_scores(self, text: str) -> dict[str, float]:
        """Every priority's score as tag_and_score gives it, without the tags: for a learned
        model that has its own tags for every priority."""
        normalised, evidence, _ = self.scores(text)
        if self.across is None:
            return normalised
        return self._chances(self._logits(text, normalised, evidence)[0])

    @cached_property
    def meanings(self):
        """What each priority means, for SEND strategies (word_meanings.py); worked out when
        first asked for, so a tagger that never reads meanings (headline_tagger's) costs none."""
        if not self.families:
            return None
        return framework_meanings(self._framework, self._library)

    def meaning_likeness(self, reading):
        """How like each priority the comment is in meaning (FrameworkMeanings.likeness)."""
        if self.meanings is None:
            return np.zeros((4, len(self.slugs)))
        return self.meanings.likeness(reading.words)

    def _chances(self, logits: list[float]) -> dict[str, float]:
        return {slug: _chance(logit) for slug, logit in zip(self.slugs, logits, strict=True)}

    def _logits(self, text, normalised, evidence):
        """The model's sum per priority, and the rows of the comment's terms it knows."""
        headline_scores, headline_evidence, _ = self.headlines.scores(text)
        reading = read(text)
        return self.across.logits(
            tagging_model.comment_terms(reading),
            (normalised, evidence),
            (headline_scores, headline_evidence),
            self.meaning_likeness(reading),
        )

    def _learned_tags(self, text, normalised, evidence, shared) -> tuple[list[PriorityTag], list]:
        """The likeliest priorities by the model learned across strategies; the reasons are the
        comment's words and families that added most to each (or, when the words the model
        knows added nothing, those it shares with the priority). A priority the comment has
        nothing to do with by either is not tagged, however its rank came out. With the tags,
        every priority's logit."""
        reading = read(text)
        logits, rows = self._logits(text, normalised, evidence)
        tags = []
        for column in self._chosen(logits):
            slug = self.slugs[column]
            reasons = _reasons(
                [
                    (
                        value,
                        reading.families[term[1:]] if term[0] == _FAMILY else reading.words[term],
                    )
                    for term, value in self.across.contributions(rows, column)
                    if value > 0
                ]
            ) or _reasons([(per[slug], words) for per, words in shared if slug in per])
            if not reasons:  # a tag always says why: nothing in the comment points to this one
                continue
            tags.append(PriorityTag(slug, round(_chance(logits[column]), 3), reasons))
        return tags, logits

    def _chosen(self, logits: list[float]) -> list[int]:
        """The columns to tag, likeliest first (see tagging_model.THRESHOLD)."""
        ranked = sorted(range(len(logits)), key=logits.__getitem__, reverse=True)[:MAX_TAGS]
        if not ranked or logits[ranked[0]] < self.across.least_logit:
            return []
        least = max(
            self.across.another_logit,
            tagging_model.logit(_chance(logits[ranked[0]]) * self.across.model.share_of_best),
        )
        return ranked[:1] + [column for column in ranked[1:] if logits[column] >= least]

    def _tags(self, normalised, evidence, shared) -> list[PriorityTag]:
        if not normalised:
            return []
        ranked = sorted(normalised, key=lambda slug: -normalised[slug])
        best = normalised[ranked[0]]
        if best < self.threshold or evidence[ranked[0]] < self.evidence:
            return []
        return [
            PriorityTag(
                slug,
                round(normalised[slug], 3),
                _reasons([(per[slug], words) for per, words in shared if slug in per]),
            )
            for slug in ranked[:MAX_TAGS]
            if normalised[slug] >= best * self.relative and evidence[slug] >= self.evidence
        ]


def _chance(logit: float) -> float:
    return 1 / (1 + math.exp(-logit))


def is_about_send(framework: FrameworkData) -> bool:
    """Whether a framework is a SEND strategy: its title names SEND (or special educational
    needs, or is a local area's or an inclusion strategy: "Kestrel Borough Local Area Inclusion
    Strategy", whose five titles alone touch fewer families), or its priorities touch three or
    more SEND families each on average (a council's categories for bins and parking touch one
    or two, by accident)."""
    if _SEND_NAMED.search(f"{framework.area or ''} {framework.title or ''}"):
        return True
    touched = [
        len(
            {
                f
                for text in (p.title, p.short_name, p.description)
                for f in read(text or "").families
            }
        )
        for p in framework.priorities
    ]
    return bool(touched) and sum(touched) / len(touched) >= 3


def _reasons(shared: list) -> tuple[str, ...]:
    """The text's own words behind a tag, weightiest first, each once."""
    words: list[str] = []
    seen: set[str] = set()
    for _, phrase in sorted(shared, key=lambda item: -item[0]):
        if not set(phrase.split()) <= seen:  # "ehcp" adds nothing after "ehcp assessment"
            words.append(phrase)
            seen.update(phrase.split())
    return tuple(words[:5])

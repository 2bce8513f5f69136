"""What a comment's words say about a priority, learned from other strategies' labelled comments.

A new area's strategy has no labelled comments, but other strategies do, and families write
about the same things everywhere. Zero-shot tags (tagging.ZeroShotTagger) compare a comment's
words with each priority's own; this model adds what labelled comments taught: how much each
word a comment uses says about a priority that touches each family of SEND ideas ("tribunal"
says a lot about a priority in the family "disagreement", though no priority says "tribunal"),
beside the zero-shot figures themselves (the priority's score, its share of the best, its rank)
and how like the priority the comment is in meaning (word_meanings.py). Left out a strategy at a
time (27 strategies, 41 labelled sets), the meanings raised mean micro F1 from 0.641 to 0.661 on
13-priority strategies with descriptions and from 0.693 to 0.701 on smaller ones; published as
titles alone, from 0.581 to 0.598 and from 0.640 to 0.666, a bare title meaning what like titles
are described as (without that, titles alone read worse: 0.570 and 0.611).
The weights are per word x family, so they carry to any SEND strategy: for a framework they are
folded once into a table of word -> priority (FrameworkTable), and reading a comment is a sum
of a row per word, as fast as the zero-shot scores.

It is a logistic regression over (comment, priority) pairs, trained by
`python -m engage.analysis.build_readers` on the labelled tagging sets in TRAINING_SETS (with
titles and descriptions only, as a new area starts) and stored as weights in
data/tagging_model.json. The quality benchmark measures each strategy with a model trained with
that strategy left out, so no figure comes from a strategy the model has seen.
"""

import csv
import hashlib
import json
import math
from collections import defaultdict
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path

import numpy as np

from engage.analysis.priority_library import PriorityLibrary, library_priority

MODEL = Path(__file__).parent / "data" / "tagging_model.json"
#: the repository, where the labelled sets are (only building the model reads them)
ROOT = Path(__file__).resolve().parents[2]
_FRAMEWORKS = "engage/priorities/frameworks/"
_DATA = "benchmarks/data/"
#: (labelled CSV, its column of slugs, the framework they name), for every labelled set the
#: model learns from. Each new set is measured once with the model before it joins (see
#: benchmarks/analysis_quality.py); the fourteenth (Millhaven, Ravensmere) is kept out, to
#: measure the model as it ships.
TRAINING_SETS = [
    (f"{_DATA}send_feedback_dev.csv", "blackpool", f"{_FRAMEWORKS}blackpool.yaml"),
    (f"{_DATA}send_feedback_dev.csv", "blackburn_with_darwen", f"{_FRAMEWORKS}blackburn-with-darwen.yaml"),
    (f"{_DATA}tagging_holdout.csv", "blackpool", f"{_FRAMEWORKS}blackpool.yaml"),
    (f"{_DATA}tagging_holdout.csv", "blackburn_with_darwen", f"{_FRAMEWORKS}blackburn-with-darwen.yaml"),
    (f"{_DATA}tagging_holdout.csv", "darlington", f"{_FRAMEWORKS}darlington.yaml"),
    (f"{_DATA}tagging_unseen.csv", "lancashire", f"{_FRAMEWORKS}lancashire.yaml"),
    (f"{_DATA}tagging_unseen.csv", "cheshire_west_and_chester", f"{_FRAMEWORKS}cheshire-west-and-chester.yaml"),
    (f"{_DATA}tagging_fresh.csv", "blackburn_with_darwen", f"{_FRAMEWORKS}blackburn-with-darwen.yaml"),
    (f"{_DATA}tagging_fresh.csv", "darlington", f"{_FRAMEWORKS}darlington.yaml"),
    (f"{_DATA}tagging_ninth.csv", "blackburn_with_darwen", f"{_FRAMEWORKS}blackburn-with-darwen.yaml"),
    (f"{_DATA}tagging_ninth.csv", "blackpool", f"{_FRAMEWORKS}blackpool.yaml"),
    (f"{_DATA}tagging_tenth.csv", "harwell_vale", f"{_DATA}framework_harwell_vale.yaml"),
    (f"{_DATA}tagging_tenth.csv", "northmoor", f"{_DATA}framework_northmoor.yaml"),
    (f"{_DATA}tagging_eleventh.csv", "eastbridge", f"{_DATA}framework_eastbridge.yaml"),
    (f"{_DATA}tagging_eleventh.csv", "kestrel_borough", f"{_DATA}framework_kestrel_borough.yaml"),
    (f"{_DATA}tagging_twelfth.csv", "brackenshire", f"{_DATA}framework_brackenshire.yaml"),
    (f"{_DATA}tagging_twelfth.csv", "kessington", f"{_DATA}framework_kessington.yaml"),
    (f"{_DATA}tagging_thirteenth.csv", "brackenmoor", f"{_DATA}framework_brackenmoor.yaml"),
    (f"{_DATA}tagging_thirteenth.csv", "kestlehaven", f"{_DATA}framework_kestlehaven.yaml"),
    (f"{_DATA}tagging_fifteenth.csv", "ashcombe_water", f"{_DATA}framework_ashcombe_water.yaml"),
    (f"{_DATA}tagging_fifteenth.csv", "thornleigh_ambitions", f"{_DATA}framework_thornleigh_ambitions.yaml"),
    (f"{_DATA}tagging_sixteenth.csv", "wyrebrook", f"{_DATA}framework_wyrebrook.yaml"),
    (f"{_DATA}tagging_sixteenth.csv", "thornleigh", f"{_DATA}framework_thornleigh.yaml"),
    (f"{_DATA}tagging_seventeenth.csv", "ambleford", f"{_DATA}framework_ambleford.yaml"),
    (f"{_DATA}tagging_seventeenth.csv", "corringdale", f"{_DATA}framework_corringdale.yaml"),
    (f"{_DATA}tagging_eighteenth.csv", "blackburn_with_darwen", f"{_FRAMEWORKS}blackburn-with-darwen.yaml"),
    (f"{_DATA}tagging_eighteenth.csv", "lancashire", f"{_FRAMEWORKS}lancashire.yaml"),
    (f"{_DATA}tagging_nineteenth.csv", "sallowfield", f"{_DATA}framework_sallowfield.yaml"),
    (f"{_DATA}tagging_nineteenth.csv", "greywater_dales", f"{_DATA}framework_greywater_dales.yaml"),
    (f"{_DATA}tagging_twentieth.csv", "lindenmarsh", f"{_DATA}framework_lindenmarsh.yaml"),
    (f"{_DATA}tagging_twentieth.csv", "saltmere_valley", f"{_DATA}framework_saltmere_valley.yaml"),
    (f"{_DATA}tagging_twenty_first.csv", "darlington", f"{_FRAMEWORKS}darlington.yaml"),
    (f"{_DATA}tagging_twenty_first.csv", "cheshire_west_and_chester", f"{_FRAMEWORKS}cheshire-west-and-chester.yaml"),
    (f"{_DATA}tagging_twenty_second.csv", "carrowmere", f"{_DATA}framework_carrowmere.yaml"),
    (f"{_DATA}tagging_twenty_second.csv", "dunstow_vale", f"{_DATA}framework_dunstow_vale.yaml"),
    (f"{_DATA}tagging_twenty_third.csv", "blackburn_with_darwen", f"{_FRAMEWORKS}blackburn-with-darwen.yaml"),
    (f"{_DATA}tagging_twenty_third.csv", "lancashire", f"{_FRAMEWORKS}lancashire.yaml"),
    (f"{_DATA}tagging_twenty_fourth.csv", "hollowmere", f"{_DATA}framework_hollowmere.yaml"),
    (f"{_DATA}tagging_twenty_fourth.csv", "brackenfold", f"{_DATA}framework_brackenfold.yaml"),
    (f"{_DATA}tagging_twenty_fifth.csv", "blackburn_with_darwen", f"{_FRAMEWORKS}blackburn-with-darwen.yaml"),
    (f"{_DATA}tagging_twenty_fifth.csv", "lancashire", f"{_FRAMEWORKS}lancashire.yaml"),
]  # fmt: skip
#: how strongly the weights are held back (scikit-learn's C). Left out a strategy at a time,
#: before the twelfth set was labelled: 0.588 mean micro F1 at 1, 0.596 at 3, 0.594 at 10.
REGULARISATION = 3.0
#: How a comment's tags are chosen from the chances: its likeliest priority when that reaches
#: THRESHOLD, and up to MAX_TAGS - 1 more that reach ANOTHER_TAG and SHARE_OF_BEST of the
#: likeliest one's chance. Left out a strategy at a time over 35 sets (stop 20), this rule gave
#: 0.658 mean micro F1 on 13-priority strategies and 0.713 on smaller ones, where one threshold
#: for every tag (best at 0.36) gave 0.641 and 0.710: a comment is nearly always about
#: something, and a second topic is tagged only when it is nearly as clear as the first.
THRESHOLD = 0.25
ANOTHER_TAG = 0.30
SHARE_OF_BEST = 0.5
#: the zero-shot figures beside the words, per priority (see FrameworkTable.logits)
DENSE = [
    "score", "share of best", "log evidence", "first", "second", "third", "best", "log n",
    # the same by the priorities' headlines alone (see headline_tagger)
    "headline score", "headline share of best", "headline log evidence", "headline first",
    # what the comment means beside what each priority means (see word_meanings.py)
    "meaning", "meaning below best", "meaning first", "headline meaning",
    "headline meaning below best", "coverage", "coverage below best", "recall", "recall below best",
]  # fmt: skip
#: where the figures of meaning_figures start among DENSE
MEANING_FROM = DENSE.index("meaning")
FAMILY = "#"  # a family among a comment's terms (as in tagging.py)


@dataclass
class CrossStrategyModel:
    pairs: dict[str, dict[str, float]]  #: comment term -> priority family -> weight
    dense: list[float]  #: a weight for each of DENSE
    bias: float
    threshold: float = THRESHOLD
    another_tag: float = ANOTHER_TAG
    share_of_best: float = SHARE_OF_BEST
    about: dict = field(default_factory=dict)
    #: the priorities of the strategies it learned from, for titles alone (priority_library.py)
    library: PriorityLibrary | None = None

    def fold(self, family_profiles: dict[str, dict[str, float]]) -> "FrameworkTable":
        """The table of term -> weight per priority for one framework, from each priority's
        families (see family_profiles)."""
        slugs = list(family_profiles)
        families = sorted({f for profile in family_profiles.values() for f in profile})
        position = {family: row for row, family in enumerate(families)}
        by_family = np.zeros((len(families), len(slugs)))
        for column, slug in enumerate(slugs):
            for family, weight in family_profiles[slug].items():
                by_family[position[family], column] = weight
        terms, rows = {}, []
        for term, weights in self.pairs.items():
            mine = [(position[f], w) for f, w in weights.items() if f in position]
            if mine:
                indices, values = zip(*mine, strict=True)
                terms[term] = len(rows)
                rows.append(np.asarray(values) @ by_family[list(indices)])
        table = np.vstack(rows) if rows else np.zeros((0, len(slugs)))
        return FrameworkTable(self, slugs, terms, table)

    def save(self, path: Path = MODEL, **about) -> None:
        saved = {
            **self.about,
            **about,
            "threshold": self.threshold,
            "another_tag": self.another_tag,
            "share_of_best": self.share_of_best,
            "bias": round(self.bias, 4),
            "dense": dict(zip(DENSE, (round(w, 4) for w in self.dense), strict=True)),
            "pairs": {
                term: {f: round(w, 4) for f, w in sorted(weights.items())}
                for term, weights in sorted(self.pairs.items())
            },
            "library": self.library.to_json() if self.library else [],
        }
        path.write_text(json.dumps(saved, indent=0, ensure_ascii=False) + "\n")

    @classmethod
    def load(cls, path: Path = MODEL) -> "CrossStrategyModel":
        saved = json.loads(path.read_text())
        pairs, dense = saved.pop("pairs"), saved.pop("dense")
        library = saved.pop("library", None)
        return cls(
            pairs,
            [dense[name] for name in DENSE],
            saved.pop("bias"),
            saved.pop("threshold"),
            saved.pop("another_tag"),
            saved.pop("share_of_best"),
            about=saved,
            library=PriorityLibrary.from_json(library) if library else None,
        )


@cache
def shipped_model() -> CrossStrategyModel | None:
    """The model built into the engine, or None if it has not been built."""
    return CrossStrategyModel.load() if MODEL.exists() else None


@dataclass
class FrameworkTable:
    """The model folded for one framework: a row of weights per priority for each term."""

    model: CrossStrategyModel
    slugs: list[str]
    terms: dict[str, int]  #: term -> row of table
    table: np.ndarray  #: terms x priorities

    def __post_init__(self):
        self._column = {slug: column for column, slug in enumerate(self.slugs)}
        self._dense = [float(weight) for weight in self.model.dense]
        self._meaning_weights = meaning_weights(self._dense[MEANING_FROM:])
        self._log_count = math.log(len(self.slugs))
        #: the least sums for the first tag and for another: the chance 1 / (1 + e^-sum)
        #: reaches the model's threshold, and its threshold for another tag
        self.least_logit = logit(self.model.threshold)
        self.another_logit = logit(self.model.another_tag)

    def logits(self, terms, zero_shot: tuple[dict, dict], headlines: tuple[dict, dict], meaning):
        """Per priority, in self.slugs' order, the sum whose sigmoid is the chance that the
        comment is about it; and the rows of the comment's terms that the model knows. The
        zero-shot figures come as (scores, evidence) by the whole priorities and by their
        headlines; `meaning` as the likeness of meanings, per priority, whole and by headline
        (FrameworkMeanings.likeness).

        The words are one sum of table rows; of the zero-shot figures, only the priorities
        that share something with the comment (a few) differ from the rest, so only theirs are
        worked out one by one (this keeps tagging as fast as the zero-shot scores alone)."""
        rows = [(term, index) for term in terms if (index := self.terms.get(term)) is not None]
        weight = self._dense
        column_of = self._column
        scores, evidence = zero_shot
        ranked = sorted(scores, key=lambda slug: (-scores[slug], column_of[slug]))
        best = scores[ranked[0]] if ranked else 0.0
        constant = self.model.bias + weight[6] * best + weight[7] * self._log_count
        # the meanings' share first, so that it joins the words' in one sum
        meant = meaning_sum(meaning, self._meaning_weights) + constant
        if rows:
            words = self.table[[index for _, index in rows]].sum(axis=0)
            totals = (words / math.sqrt(max(len(terms), 4)) + meant).tolist()
        else:
            totals = meant.tolist()
        for slug, score in scores.items():
            totals[column_of[slug]] += (
                weight[0] * score
                + (weight[1] * score / best if best else 0.0)
                + weight[2] * math.log1p(evidence[slug])
            )
        top = ranked[:3]
        if len(top) < 3:  # priorities sharing nothing rank after, in the framework's order
            top += [slug for slug in self.slugs if slug not in scores][: 3 - len(top)]
        for rank, slug in enumerate(top):
            totals[column_of[slug]] += weight[3 + rank]
        scores, evidence = headlines
        if scores:
            first = min(scores, key=lambda slug: (-scores[slug], column_of[slug]))
            best = scores[first]
            for slug, score in scores.items():
                totals[column_of[slug]] += (
                    weight[8] * score
                    + (weight[9] * score / best if best else 0.0)
                    + weight[10] * math.log1p(evidence[slug])
                )
            if best > 0:
                totals[column_of[first]] += weight[11]
        return totals, rows

    def contributions(self, rows, column: int) -> list[tuple[str, float]]:
        """What each of the comment's terms added towards one priority."""
        if not rows:
            return []
        values = self.table[[index for _, index in rows], column].tolist()
        return [(term, value) for (term, _), value in zip(rows, values, strict=True)]


def family_profiles(term_weights: dict[str, dict[str, float]], slugs) -> dict[str, dict]:
    """Each priority's families of SEND ideas, weighted as the zero-shot tagger weighs them
    (where in the priority they are, how particular to it), scaled to length 1."""
    profiles: dict[str, dict[str, float]] = {slug: {} for slug in slugs}
    for term, per in term_weights.items():
        if term.startswith(FAMILY):
            for slug, value in per.items():
                profiles[slug][term] = value
    for slug, weights in profiles.items():
        norm = math.sqrt(sum(v * v for v in weights.values())) or 1.0
        profiles[slug] = {term: v / norm for term, v in weights.items()}
    return profiles


# building ---------------------------------------------------------------------------------
def read_training_sets(left_out: str | None = None, sets=None) -> list[tuple]:
    """(framework with titles and descriptions only, texts, label sets) for each labelled set.
    Leaving out a strategy (by its column) leaves out every file labelled against it, with the
    other strategies labelled there: the same comments, tagged against another framework,
    teach the model what those very comments' words mean (measured so, Wyrebrook read 0.70
    against 0.65 when it was first measured, blind)."""
    from engage.priorities.framework_yaml import load_framework_file

    sets = sets or TRAINING_SETS
    files_left_out = {csv_path for csv_path, column, _ in sets if column == left_out}
    labelled = []
    for csv_path, column, framework_path in sets:
        if csv_path in files_left_out:
            continue
        with (ROOT / csv_path).open(newline="", encoding="utf-8") as handle:
            rows = list(csv.DictReader(handle))
        framework = as_a_new_area_starts(load_framework_file(ROOT / framework_path))
        labels = [slugs_in(row[column]) for row in rows]
        labelled.append((framework, [row["text"] for row in rows], labels))
    return labelled


def slugs_in(cell: str | None) -> set[str]:
    """The priority slugs of a labels cell, separated by ";" (an empty cell: none of them)."""
    return {slug.strip() for slug in (cell or "").split(";") if slug.strip()}


def digest(labelled: list[tuple]) -> str:
    """A fingerprint of what the model learns from: the labelled comments, the frameworks, the
    word meanings, and the zero-shot scores of every tenth comment (so that a change to the
    zero-shot tagger, its lexicon or the word vectors, which changes the features, calls for a
    rebuild as a change of data does)."""
    from engage.analysis.tagging import ZeroShotTagger
    from engage.analysis.word_meanings import VECTORS

    hashed = hashlib.sha256()
    if VECTORS.exists():
        hashed.update(hashlib.sha256(VECTORS.read_bytes()).digest())
    for framework, texts, labels in labelled:
        tagger = ZeroShotTagger(framework, model=None)
        hashed.update(repr((framework, texts, [sorted(row) for row in labels])).encode())
        for text in texts[::10]:
            scores = tagger.scores(text)[0]
            hashed.update(repr(sorted((s, round(v, 6)) for s, v in scores.items())).encode())
    return hashed.hexdigest()


def as_a_new_area_starts(framework):
    """The framework with titles and descriptions only: no keywords or examples."""
    return replace(
        framework,
        priorities=tuple(replace(p, keywords=(), examples=()) for p in framework.priorities),
    )


def train(labelled: list[tuple], regularisation: float = REGULARISATION) -> CrossStrategyModel:
    """Fit the model on (framework, texts, label sets); needs scikit-learn and scipy."""
    from scipy.sparse import csr_matrix, hstack
    from sklearn.linear_model import LogisticRegression

    from engage.analysis.tagging import ZeroShotTagger

    index: dict[tuple[str, str], int] = {}
    rows, columns, values, dense, truth = [], [], [], [], []
    for framework, texts, labels in labelled:
        tagger = ZeroShotTagger(framework, model=None)
        headlines = headline_tagger(framework, tagger.families)
        profiles = family_profiles(tagger.term_weights, tagger.slugs)
        for text, wanted in zip(texts, labels, strict=True):
            for slug, pairs, figures in features(tagger, headlines, profiles, text):
                for pair, value in pairs.items():
                    rows.append(len(truth))
                    columns.append(index.setdefault(pair, len(index)))
                    values.append(value)
                dense.append(figures)
                truth.append(slug in wanted)
    # The columns in sorted order of their names, and a tight tolerance: at scikit-learn's
    # default the fit stopped early enough that two runs' biases differed by 0.08.
    ordered = sorted(index)
    place = np.empty(len(index), dtype=int)
    place[[index[key] for key in ordered]] = np.arange(len(index))
    index = {key: column for column, key in enumerate(ordered)}
    words = csr_matrix((values, (rows, place[columns])), shape=(len(truth), len(index)))
    matrix = hstack([words, csr_matrix(np.array(dense, dtype=float))]).tocsr()
    fitted = LogisticRegression(C=regularisation, max_iter=20000, tol=1e-7).fit(matrix, truth)
    weights = fitted.coef_[0]
    pairs: dict[str, dict[str, float]] = defaultdict(dict)
    for (term, family), column in index.items():
        if abs(weights[column]) >= 0.001:
            pairs[term][family] = float(weights[column])
    return CrossStrategyModel(
        dict(pairs),
        [float(w) for w in weights[len(index) :]],
        float(fitted.intercept_[0]),
        about={
            "comments": sum(len(texts) for _, texts, _ in labelled),
            "strategies": sorted({f.area for f, _, _ in labelled}),
        },
        library=library_of(labelled),
    )


def library_of(labelled: list[tuple]) -> PriorityLibrary:
    """The priorities of the strategies in (framework, texts, label sets), each strategy once."""
    frameworks = {(f.area, f.title): f for f, _, _ in labelled}
    return PriorityLibrary(
        [
            library_priority(p.title, p.short_name, p.description or "")
            for f in frameworks.values()
            for p in f.priorities
        ]
    )


def headline_tagger(framework, about_send: bool):
    """A zero-shot tagger of the priorities by their headline words alone: titles and short
    names (and keywords and examples, when a framework has them), no descriptions. A long
    description can outweigh what a priority is called ("Inclusion" read as its paragraph about
    schools, health and travel); beside the whole priority, the headline says what it is about.
    Left out a strategy at a time, with them: mean micro F1 0.633 against 0.620 on 13
    priorities, 0.707 against 0.699 on 4 to 6."""
    from engage.analysis.tagging import ZeroShotTagger

    headlines = replace(
        framework, priorities=tuple(replace(p, description=None) for p in framework.priorities)
    )
    return ZeroShotTagger(headlines, model=None, about_send=about_send)


def features(tagger, headlines, profiles, text: str):
    """Per priority of a zero-shot tagger: the comment's (term, family) pairs with their values,
    and the zero-shot figures of DENSE, by the whole priorities and by `headlines` (see
    headline_tagger). Training reads these; FrameworkTable.logits reads the same, folded
    (tests/analysis/test_tagging_model.py holds them equal)."""
    from engage.analysis.text import read

    headline_scores, headline_evidence, _ = headlines.scores(text)
    headline_ranked = sorted(tagger.slugs, key=lambda slug: -headline_scores.get(slug, 0.0))
    headline_best = headline_scores.get(headline_ranked[0], 0.0)
    scores, evidence, _ = tagger.scores(text)
    reading = read(text)
    meaning = meaning_figures(tagger.meaning_likeness(reading))
    terms = comment_terms(reading)
    length = math.sqrt(max(len(terms), 4))
    ranked = sorted(tagger.slugs, key=lambda slug: -scores.get(slug, 0.0))
    best = scores.get(ranked[0], 0.0)
    column_of = {slug: column for column, slug in enumerate(tagger.slugs)}
    for rank, slug in enumerate(ranked):
        pairs = {
            (term, family): weight / length
            for term in terms
            for family, weight in profiles[slug].items()
        }
        score = scores.get(slug, 0.0)
        figures = [
            score,
            score / best if best else 0.0,
            math.log1p(evidence.get(slug, 0.0)),
            rank == 0,
            rank == 1,
            rank == 2,
            best,
            math.log(len(tagger.slugs)),
        ]
        headline = headline_scores.get(slug, 0.0)
        figures += [
            headline,
            headline / headline_best if headline_best else 0.0,
            math.log1p(headline_evidence.get(slug, 0.0)),
            slug == headline_ranked[0] and headline_best > 0,
        ]
        figures += meaning[column_of[slug]].tolist()
        yield slug, pairs, figures


def meaning_figures(likeness: np.ndarray) -> np.ndarray:
    """Per priority (a row each), from its likeness of meaning to the comment
    (FrameworkMeanings.likeness): the likeness, how far below the likeliest's, whether it is the
    likeliest; the first two by headline; and the word-by-word coverage and recall, each beside
    how far below the best."""
    whole, headlines, coverage, recall = likeness
    if not len(whole):
        return np.zeros((0, 9))
    first = np.zeros(len(whole))
    if whole.max() > 0:  # none is likeliest when nothing is known of the comment's words
        first[np.argmax(whole)] = 1.0
    return np.column_stack(
        [
            whole,
            whole - whole.max(),
            first,
            headlines,
            headlines - headlines.max(),
            coverage,
            coverage - coverage.max(),
            recall,
            recall - recall.max(),
        ]  # fmt: skip
    )


def meaning_weights(weights) -> tuple[np.ndarray, np.ndarray, float]:
    """The weights of meaning_figures' nine figures, folded for meaning_sum: each "below best"
    figure is its likeness less the best, so its weight joins the likeness's, less a constant."""
    return (
        np.array(
            [
                weights[0] + weights[1],
                weights[3] + weights[4],
                weights[5] + weights[6],
                weights[7] + weights[8],
            ]
        ),
        np.array([weights[1], weights[4], weights[6], weights[8]]),
        float(weights[2]),
    )


def meaning_sum(likeness: np.ndarray, folded) -> np.ndarray:
    """meaning_figures(likeness) @ weights, per priority, from meaning_weights(weights),
    without building the figures."""
    by_likeness, by_best, first = folded
    best = likeness.max(axis=1) if likeness.shape[1] else np.zeros(4)
    totals = by_likeness @ likeness - by_best @ best
    if best[0] > 0:
        totals[np.argmax(likeness[0])] += first
    return totals


def comment_terms(reading) -> list[str]:
    """A comment's words and its families of SEND ideas, as the model reads them."""
    return list(reading.words) + [FAMILY + family for family in reading.families]


def logit(chance: float) -> float:
    """The sum whose sigmoid is this chance."""
    return math.log(chance / (1 - chance))

"""Learning a framework's tags from people's decisions.

Officers confirm and reject suggested tags; rows labelled in a CSV do the same. From them a
per-framework model is trained, saved to a folder, and used from then on instead of (and on top
of) the zero-shot tagger. It is a one-vs-rest logistic regression over word n-grams
plus the zero-shot scores, so it starts from what the strategy's own words say and learns
how this area's families actually say it. Priorities with too few examples keep their zero-shot
tags.
"""

import json
from dataclasses import dataclass
from pathlib import Path

import joblib
import numpy as np
from scipy.sparse import csr_matrix, hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from engage.analysis.tagging import MAX_TAGS, PriorityTag, ZeroShotTagger
from engage.analysis.text import normalise
from engage.priorities.framework_yaml import FrameworkData

MODEL_FILE = "model.joblib"
INFO_FILE = "model.json"
MIN_POSITIVES = 2
# 2: word n-grams only. Character n-grams (format 1) cost a quarter of the analysis time and
# gave 0.01 of micro F1 on the development set.
# 3: the zero-shot features are every priority's score, not only the tagged ones' (a priority
# just under the margin is evidence too): +0.01 to 0.03 micro F1 on four of the five sets.
# 4: for SEND strategies, those scores are the chances by what other strategies taught.
FORMAT_VERSION = 4


class ModelError(ValueError):
    """A model folder that cannot be used; the message says why."""


@dataclass
class TrainingReport:
    examples: int
    learned: list[str]  #: slugs with a learned classifier
    zero_shot_only: list[str]  #: slugs with too few examples, left to the zero-shot tagger


class LearnedTagger:
    def __init__(
        self, framework: FrameworkData, words, classifiers: dict, thresholds: dict, zero_shot=None
    ):
        self.framework = framework
        self.slugs = [priority.slug for priority in framework.priorities]
        self.zero_shot = zero_shot or ZeroShotTagger(framework)
        self.words = words
        self.classifiers = classifiers  #: slug -> LogisticRegression
        self.thresholds = thresholds  #: slug -> probability needed to tag
        self._weights = self._names = None
        self._learned: list[str] = []
        self._weights = None
        self._names = None

    # features ------------------------------------------------------------------------------
    def _zero_shot_matrix(self, zero_shot_scores: list[dict[str, float]]) -> csr_matrix:
        rows = [[scores.get(slug, 0.0) * 2 for slug in self.slugs] for scores in zero_shot_scores]
        return csr_matrix(np.array(rows, dtype=float))

    def _features(self, texts: list[str], words=None, zero_shot_scores=None):
        if words is None:
            words = self.words.transform([normalise(text) for text in texts])
        if zero_shot_scores is None:
            zero_shot_scores = [self.zero_shot.priority_scores(text) for text in texts]
        return hstack([words, self._zero_shot_matrix(zero_shot_scores)]).tocsr()

    # training ------------------------------------------------------------------------------
    @classmethod
    def train(
        cls,
        framework: FrameworkData,
        texts: list[str],
        labels: list[set[str]],
        zero_shot: ZeroShotTagger | None = None,
    ) -> tuple["LearnedTagger", TrainingReport]:
        """`zero_shot` is the tagger it starts from (the framework's own, unless given)."""
        known = {priority.slug for priority in framework.priorities}
        unknown = sorted({slug for row in labels for slug in row} - known)
        if unknown:
            raise ModelError(f"Unknown priority slug(s) in the labels: {', '.join(unknown)}")
        words = TfidfVectorizer(
            ngram_range=(1, 2), sublinear_tf=True, min_df=2, stop_words="english"
        )
        normalised = [normalise(text) for text in texts]
        words.fit(normalised)
        tagger = cls(framework, words, {}, {}, zero_shot)
        features = tagger._features(texts)
        learned, zero_shot_only = [], []
        for slug in tagger.slugs:
            target = np.array([slug in row for row in labels], dtype=int)
            if target.sum() < MIN_POSITIVES or target.sum() == len(target):
                zero_shot_only.append(slug)
                continue
            classifier = LogisticRegression(
                C=8.0, class_weight="balanced", solver="liblinear", max_iter=500
            )
            classifier.fit(features, target)
            tagger.classifiers[slug] = classifier
            tagger.thresholds[slug] = 0.5
            learned.append(slug)
        tagger._weights = None
        return tagger, TrainingReport(len(texts), learned, zero_shot_only)

    # tagging -------------------------------------------------------------------------------
    def _stacked(self):
        """Every classifier's weights in one matrix, so scoring a batch is one product."""
        if self._weights is None:
            self._learned = [slug for slug in self.slugs if slug in self.classifiers]
            if self._learned:
                self._weights = np.vstack([self.classifiers[s].coef_[0] for s in self._learned]).T
                self._biases = np.array([self.classifiers[s].intercept_[0] for s in self._learned])
        return self._learned, self._weights, getattr(self, "_biases", None)

    def tag_many(self, texts: list[str]) -> list[list[PriorityTag]]:
        learned, weights, biases = self._stacked()
        words = self.words.transform([normalise(text) for text in texts]).tocsr()
        if len(learned) == len(self.slugs):  # no zero-shot tags are needed, only the scores
            zero_shot_scores = [self.zero_shot.priority_scores(text) for text in texts]
            zero_shot_tags = [()] * len(texts)
        else:
            zero_shot_tags, zero_shot_scores = (
                zip(*(self.zero_shot.tag_and_score(text) for text in texts), strict=True)
                if texts
                else ((), ())
            )
        probabilities = {}
        if learned:
            logits = np.asarray(self._features(texts, words, zero_shot_scores) @ weights) + biases
            matrix = 1 / (1 + np.exp(-logits))
            probabilities = {slug: matrix[:, column] for column, slug in enumerate(learned)}
        results = []
        for index in range(len(texts)):
            zero_shot = {tag.slug: tag for tag in zero_shot_tags[index]}
            found = []  # (score, slug, the zero-shot tag or None for a learned one)
            for slug in self.slugs:
                if slug in probabilities:
                    probability = round(float(probabilities[slug][index]), 3)
                    if probability >= self.thresholds[slug]:
                        found.append((probability, slug, None))
                elif slug in zero_shot:
                    found.append((zero_shot[slug].score, slug, zero_shot[slug]))
            tags = []
            # the reasons are worked out for the tags kept only
            for probability, slug, tag in sorted(found, key=lambda item: -item[0])[:MAX_TAGS]:
                if tag is None:
                    row = slice(words.indptr[index], words.indptr[index + 1])
                    reasons = self._reasons(slug, words.indices[row], words.data[row])
                    tag = PriorityTag(slug, probability, reasons)
                tags.append(tag)
            results.append(tags)
        return results

    def tag(self, text: str) -> list[PriorityTag]:
        return self.tag_many([text])[0]

    def _reasons(self, slug: str, indices, values) -> tuple[str, ...]:
        """The words in the text that pushed hardest towards this priority."""
        if self._names is None:
            self._names = self.words.get_feature_names_out()
        contributions = (values * self.classifiers[slug].coef_[0][indices]).tolist()
        ranked = sorted(
            (
                (weight, self._names[index])
                for weight, index in zip(contributions, indices.tolist(), strict=True)
                if weight > 0
            ),
            reverse=True,
        )
        return tuple(name for _, name in ranked[:5])

    # saving --------------------------------------------------------------------------------
    def save(self, folder: str | Path) -> None:
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        joblib.dump(
            {
                "words": self.words,
                "classifiers": self.classifiers,
                "thresholds": self.thresholds,
            },
            folder / MODEL_FILE,
        )
        (folder / INFO_FILE).write_text(
            json.dumps(
                {
                    "format": FORMAT_VERSION,
                    "area": self.framework.area,
                    "title": self.framework.title,
                    "slugs": self.slugs,
                    "learned": sorted(self.classifiers),
                },
                indent=2,
            )
        )

    @classmethod
    def load(cls, folder: str | Path, framework: FrameworkData) -> "LearnedTagger":
        """Load a model saved by `save` (only from folders this tool wrote: joblib is pickle)."""
        folder = Path(folder)
        if not (folder / MODEL_FILE).exists() or not (folder / INFO_FILE).exists():
            raise ModelError(
                f"No trained model in {folder} (expected {MODEL_FILE} and {INFO_FILE})"
            )
        info = json.loads((folder / INFO_FILE).read_text())
        if info.get("format") != FORMAT_VERSION:
            raise ModelError(f"The model in {folder} was made by another version; train it again")
        if info["slugs"] != [priority.slug for priority in framework.priorities]:
            raise ModelError(
                f"The model in {folder} was trained for other priorities; train it again"
            )
        saved = joblib.load(folder / MODEL_FILE)
        return cls(
            framework,
            saved["words"],
            saved["classifiers"],
            saved["thresholds"],
        )

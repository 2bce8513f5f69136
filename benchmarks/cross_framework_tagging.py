"""Can tags for a strategy nobody has labelled learn from strategies that have been labelled?

An experiment, not yet part of the engine. Zero-shot tags compare a comment's words with each
priority's own words and families of SEND ideas. This asks whether a model trained on other
strategies' labelled comments can do better, with only the new strategy's titles and
descriptions: it learns how much each word of a comment says about a priority that touches each
family (weights of word x family, and family x family, that carry to any SEND strategy), beside
the zero-shot scores themselves. Each strategy is left out in turn: the model is trained on the
labelled sets of all the others and measured on the one left out, so no figure comes from a
strategy the model has seen.

The thirteenth blind set is kept out, to measure the model once if it is ever built in.

    .venv/bin/python benchmarks/cross_framework_tagging.py [--c 3] [--threshold 0.36]
"""

import argparse
import csv
import math
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix, hstack
from sklearn.linear_model import LogisticRegression

sys.path.insert(0, str(Path(__file__).resolve().parent))
import analysis_quality as quality  # noqa: E402

from engage.analysis.tagging import _FAMILY, ZeroShotTagger  # noqa: E402
from engage.analysis.text import read  # noqa: E402
from engage.priorities.framework_yaml import load_framework_file  # noqa: E402

KEPT_OUT = "tagging_thirteenth"


def labelled_sets():
    """(set name, strategy, framework path, rows, column) for every labelled tagging set."""
    sets = {quality.ROOT / "benchmarks/data/send_feedback_dev.csv": quality.FRAMEWORKS}
    sets[quality.HOLDOUT] = {**quality.FRAMEWORKS, **quality.HOLDOUT_ONLY_FRAMEWORKS}
    sets.update(quality.UNSEEN_SETS)
    for path, frameworks in sets.items():
        if path.stem == KEPT_OUT:
            continue
        with path.open(newline="", encoding="utf-8") as handle:
            rows = list(csv.DictReader(handle))
        for column, framework_path in frameworks.items():
            yield path.stem, column, framework_path, rows


def comments():
    """Every labelled comment against one strategy, with its zero-shot scores and tags."""
    found = []
    for set_name, strategy, framework_path, rows in labelled_sets():
        tagger = ZeroShotTagger(quality.titles_only(load_framework_file(framework_path)))
        families = {slug: {} for slug in tagger.slugs}
        for term, per in tagger.term_weights.items():
            if term.startswith(_FAMILY):
                for slug, value in per.items():
                    families[slug][term] = value
        for slug, weights in families.items():
            norm = math.sqrt(sum(v * v for v in weights.values())) or 1.0
            families[slug] = {term: v / norm for term, v in weights.items()}
        for row in rows:
            normalised, evidence, shared = tagger.scores(row["text"])
            reading = read(row["text"])
            found.append(
                {
                    "set": set_name,
                    "strategy": strategy,
                    "slugs": tagger.slugs,
                    "truth": quality.labels_of(row[strategy]),
                    "zero_shot": {t.slug for t in tagger._tags(normalised, evidence, shared)},
                    "scores": normalised,
                    "evidence": evidence,
                    "terms": list(reading.words) + [_FAMILY + f for f in reading.families],
                    "families": families,
                }
            )
    return found


def features(comment, index, grow):
    """Per priority: the sparse word x family pairs and the dense zero-shot figures."""
    ranked = sorted(comment["slugs"], key=lambda slug: -comment["scores"].get(slug, 0))
    best = comment["scores"].get(ranked[0], 0)
    length = math.sqrt(max(len(comment["terms"]), 4))
    sparse, dense = [], []
    for rank, slug in enumerate(ranked):
        pairs = defaultdict(float)
        for term in comment["terms"]:
            for family, weight in comment["families"][slug].items():
                key = (term, family)
                if key not in index and grow:
                    index[key] = len(index)
                if key in index:
                    pairs[index[key]] += weight / length
        sparse.append(pairs)
        score = comment["scores"].get(slug, 0)
        dense.append(
            [
                score,
                score / best if best else 0,
                math.log1p(comment["evidence"].get(slug, 0)),
                rank == 0,
                rank == 1,
                rank == 2,
                best,
                math.log(len(ranked)),
            ]
        )
    return ranked, sparse, dense


def matrix(found, index, grow):
    rows, columns, values, dense, truth, owners = [], [], [], [], [], []
    for number, comment in enumerate(found):
        ranked, sparse, figures = features(comment, index, grow)
        for slug, pairs, row in zip(ranked, sparse, figures, strict=True):
            for column, value in pairs.items():
                rows.append(len(truth))
                columns.append(column)
                values.append(value)
            dense.append(row)
            truth.append(slug in comment["truth"])
            owners.append((number, slug))
    pairs = csr_matrix((values, (rows, columns)), shape=(len(truth), max(len(index), 1)))
    return hstack([pairs, csr_matrix(np.array(dense, dtype=float))]).tocsr(), truth, owners


def decide(found, owners, chances, threshold):
    per = defaultdict(list)
    for (number, slug), chance in zip(owners, chances, strict=True):
        per[number].append((chance, slug))
    return [
        {slug for chance, slug in sorted(per[n], reverse=True)[:3] if chance >= threshold}
        for n in range(len(found))
    ]


def micro_f1(found, predicted):
    tp = sum(len(c["truth"] & p) for c, p in zip(found, predicted, strict=True))
    fp = sum(len(p - c["truth"]) for c, p in zip(found, predicted, strict=True))
    fn = sum(len(c["truth"] - p) for c, p in zip(found, predicted, strict=True))
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--c", type=float, default=3.0, help="inverse regularisation")
    parser.add_argument("--threshold", type=float, default=0.36, help="least chance for a tag")
    args = parser.parse_args()
    found = comments()
    means = defaultdict(list)
    print(f"{'set':<20} {'strategy left out':<28} {'n':>2}  zero-shot  learned across")
    for left_out in sorted({c["strategy"] for c in found}):
        training = [c for c in found if c["strategy"] != left_out]
        index: dict = {}
        features_of, truth, _ = matrix(training, index, grow=True)
        model = LogisticRegression(C=args.c, max_iter=3000).fit(features_of, truth)
        measured = [c for c in found if c["strategy"] == left_out]
        features_of, _, owners = matrix(measured, index, grow=False)
        predicted = decide(measured, owners, model.predict_proba(features_of)[:, 1], args.threshold)
        for set_name in sorted({c["set"] for c in measured}):
            mine = [i for i, c in enumerate(measured) if c["set"] == set_name]
            part = [measured[i] for i in mine]
            before = micro_f1(part, [c["zero_shot"] for c in part])
            after = micro_f1(part, [predicted[i] for i in mine])
            size = len(part[0]["slugs"])
            means[size == 13].append((before, after))
            print(f"{set_name:<20} {left_out:<28} {size:>2}  {before:9.3f}  {after:14.3f}")
    for thirteen, pairs in sorted(means.items()):
        label = "13-priority" if thirteen else "4 to 6 priorities"
        before, after = np.mean(pairs, axis=0)
        print(f"mean micro F1, {label}: zero-shot {before:.3f}, learned across {after:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

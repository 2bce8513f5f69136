"""Command line: `python -m engage.analysis analyse ...` and `python -m engage.analysis train ...`.

Each problem with the input (a missing column, an unreadable CSV, an invalid framework, an unknown
slug in the labels) is one clear line on standard error and a non-zero exit.
"""

import argparse
import csv
import sys

from tqdm import tqdm

from engage.analysis.analyzer import Analyzer
from engage.analysis.learning import LearnedTagger, ModelError
from engage.analysis.tagging_model import slugs_in
from engage.priorities.framework_yaml import FrameworkYamlError, load_framework_file

OUTPUT_COLUMNS = [
    "sentiment",
    "sentiment_score",
    "priorities",
    "priority_scores",
    "key_phrases",
    "personal_data",
    "personal_data_kinds",
    "safeguarding",
]
PROGRESS_FROM = 200  #: rows; shorter inputs finish before a bar would help


class InputError(Exception):
    """Bad input, said in one line."""


def _framework(path: str):
    try:
        framework = load_framework_file(path)
    except FileNotFoundError as error:
        raise InputError(f"No framework file at {path}") from error
    except FrameworkYamlError as error:
        raise InputError(f"{path} is not a valid framework: {error.problems[0]}") from error
    if not 2 <= len(framework.priorities) <= 60:
        raise InputError(
            f"{path} has {len(framework.priorities)} priorities; a framework needs 2 to 60"
        )
    return framework


def _read_rows(path: str, required: list[str]) -> tuple[list[str], list[dict]]:
    try:
        with open(path, newline="", encoding="utf-8-sig") as handle:
            reader = csv.DictReader(handle)
            fields = reader.fieldnames or []
            rows = list(reader)
    except FileNotFoundError as error:
        raise InputError(f"No input file at {path}") from error
    except (UnicodeDecodeError, csv.Error) as error:
        raise InputError(f"{path} is not a readable UTF-8 CSV file ({error})") from error
    missing = [column for column in required if column not in fields]
    if missing:
        raise InputError(
            f"{path} has no column {', '.join(repr(c) for c in missing)} (its columns: {', '.join(fields) or 'none'})"
        )
    return fields, rows


def analyse_command(args) -> None:
    framework = _framework(args.framework)
    tagger = LearnedTagger.load(args.model, framework) if args.model else None
    analyzer = Analyzer(framework, tagger)
    fields, rows = _read_rows(args.input, [args.text_column])
    with open(args.output, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(
            handle, fieldnames=fields + [c for c in OUTPUT_COLUMNS if c not in fields]
        )
        writer.writeheader()
        for row in tqdm(
            rows, desc="Analysing", unit=" comments", disable=len(rows) < PROGRESS_FROM
        ):
            analysis = analyzer.analyse(row[args.text_column] or "")
            row.update(
                sentiment=analysis.sentiment.label,
                sentiment_score=analysis.sentiment.score,
                priorities=";".join(tag.slug for tag in analysis.tags),
                priority_scores=";".join(f"{tag.slug}:{tag.score}" for tag in analysis.tags),
                key_phrases=";".join(analysis.key_phrases),
                personal_data=int(bool(analysis.personal_data)),
                personal_data_kinds=";".join(analysis.personal_data_kinds),
                safeguarding=int(bool(analysis.safeguarding)),
            )
            writer.writerow(row)
    print(f"Analysed {len(rows)} comments into {args.output}", file=sys.stderr)


def train_command(args) -> None:
    framework = _framework(args.framework)
    _, rows = _read_rows(args.input, [args.text_column, args.labels_column])
    known = {priority.slug for priority in framework.priorities}
    texts, labels = [], []
    for number, row in enumerate(
        tqdm(rows, desc="Reading", disable=len(rows) < PROGRESS_FROM), start=2
    ):
        slugs = slugs_in(row[args.labels_column])
        unknown = sorted(slugs - known)
        if unknown:
            raise InputError(
                f"Row {number}: unknown priority slug {unknown[0]!r} (this framework has {', '.join(sorted(known))})"
            )
        texts.append(row[args.text_column] or "")
        labels.append(slugs)
    if not texts:
        raise InputError(f"{args.input} has no rows to learn from")
    tagger, report = LearnedTagger.train(framework, texts, labels)
    tagger.save(args.output)
    print(
        f"Trained on {report.examples} comments: learned {len(report.learned)} priorities"
        + (
            f"; too few examples for {', '.join(report.zero_shot_only)} (zero-shot tags kept)"
            if report.zero_shot_only
            else ""
        )
        + f". Saved to {args.output}",
        file=sys.stderr,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m engage.analysis", description="Analyse feedback text."
    )
    commands = parser.add_subparsers(dest="command", required=True)
    analyse = commands.add_parser(
        "analyse", help="add sentiment, priority tags, key phrases and flags to a CSV"
    )
    analyse.add_argument("--framework", required=True, help="the framework YAML file")
    analyse.add_argument("--input", required=True, help="CSV with a text column")
    analyse.add_argument("--output", required=True, help="CSV to write")
    analyse.add_argument("--text-column", default="text")
    analyse.add_argument("--model", help="a folder written by `train`")
    analyse.set_defaults(run=analyse_command)
    train = commands.add_parser("train", help="learn a framework's tags from labelled rows")
    train.add_argument("--framework", required=True)
    train.add_argument(
        "--input", required=True, help="CSV with text and labels (slugs separated by ;)"
    )
    train.add_argument("--output", required=True, help="folder to save the model in")
    train.add_argument("--text-column", default="text")
    train.add_argument("--labels-column", default="priorities")
    train.set_defaults(run=train_command)
    args = parser.parse_args(argv)
    try:
        args.run(args)
    except (InputError, ModelError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())

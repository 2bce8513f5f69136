"""The command line works as officers and batch jobs are told it does."""

import csv
import subprocess
import sys
from pathlib import Path

import pytest

from engage.analysis.__main__ import OUTPUT_COLUMNS, main
from engage.analysis.learning import LearnedTagger
from engage.priorities.framework_yaml import load_framework_file

ROOT = Path(__file__).resolve().parents[2]
BLACKPOOL = ROOT / "engage" / "priorities" / "frameworks" / "blackpool.yaml"

# Families in this area call school transport "the bus" and file it under early help (bp-1).
TRAINING = [
    ("The school bus didn't turn up again and he missed the morning.", "bp-1"),
    ("Nobody told us the bus route had changed, he waited an hour.", "bp-1"),
    ("The bus escort changes every week and it upsets him.", "bp-1"),
    ("The bus company cancelled his seat without telling us.", "bp-1"),
    ("He was left on the bus for forty minutes after school.", "bp-1"),
    ("There is nothing for him to do in the holidays, the clubs are full.", "bp-3"),
    ("The youth club on Saturdays is the only place he has friends.", "bp-3"),
    ("We need more respite, we are exhausted.", "bp-3"),
    ("She wants to go to college but nobody talks to us about it.", "bp-4"),
    ("He needs help to find a job when he leaves school.", "bp-4"),
    ("We need more special school places in Blackpool.", "bp-2"),
    ("The mainstream school could not meet his needs.", "bp-2"),
    ("The car park at the town hall was full.", ""),
]


def _write_csv(path: Path, rows: list[dict]) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


def _read_csv(path: Path) -> list[dict]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_analyse_adds_the_columns(tmp_path):
    source = tmp_path / "in.csv"
    _write_csv(
        source,
        [
            {
                "id": "1",
                "text": "We waited eight months for an EHCP assessment. Call me on 07700 900123.",
            },
            {"id": "2", "text": "She says she doesn't feel safe at home."},
        ],
    )
    output = tmp_path / "out.csv"
    assert (
        main(
            [
                "analyse",
                "--framework",
                str(BLACKPOOL),
                "--input",
                str(source),
                "--output",
                str(output),
            ]
        )
        == 0
    )
    rows = _read_csv(output)
    assert list(rows[0]) == ["id", "text", *OUTPUT_COLUMNS]
    assert rows[0]["sentiment"] == "negative" and rows[0]["priorities"].split(";")[0] == "bp-1"
    assert rows[0]["priority_scores"].startswith("bp-1:")
    assert rows[0]["personal_data"] == "1" and rows[0]["personal_data_kinds"] == "phone"
    assert rows[1]["safeguarding"] == "1" and rows[1]["personal_data"] == "0"


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--text-column", "comment"], "has no column 'comment'"),
        (["--framework", "missing.yaml"], "No framework file at missing.yaml"),
    ],
)
def test_bad_input_gets_one_clear_line_and_a_non_zero_exit(tmp_path, capsys, arguments, message):
    source = tmp_path / "in.csv"
    _write_csv(source, [{"text": "hello"}])
    base = {
        "--framework": str(BLACKPOOL),
        "--input": str(source),
        "--output": str(tmp_path / "o.csv"),
    }
    for flag, value in zip(arguments[::2], arguments[1::2], strict=True):
        base[flag] = value
    argv = ["analyse"] + [item for pair in base.items() for item in pair]
    assert main(argv) == 2
    error = capsys.readouterr().err.strip()
    assert error.startswith("error: ") and message in error and "\n" not in error


def test_an_unreadable_csv_and_an_unknown_slug_are_refused(tmp_path, capsys):
    binary = tmp_path / "bad.csv"
    binary.write_bytes(b"text\n\xff\xfe\xfa")
    assert (
        main(
            [
                "analyse",
                "--framework",
                str(BLACKPOOL),
                "--input",
                str(binary),
                "--output",
                str(tmp_path / "o.csv"),
            ]
        )
        == 2
    )
    assert "not a readable UTF-8 CSV" in capsys.readouterr().err
    labelled = tmp_path / "labels.csv"
    _write_csv(labelled, [{"text": "x", "priorities": "bp-9"}])
    assert (
        main(
            [
                "train",
                "--framework",
                str(BLACKPOOL),
                "--input",
                str(labelled),
                "--output",
                str(tmp_path / "m"),
            ]
        )
        == 2
    )
    assert "Row 2: unknown priority slug 'bp-9'" in capsys.readouterr().err


def test_learning_from_confirmed_tags_changes_the_result_for_a_similar_comment(tmp_path):
    framework = load_framework_file(BLACKPOOL)
    comment = "The bus never came this morning so he missed school again."
    from engage.analysis import Analyzer

    before = [tag.slug for tag in Analyzer(framework).analyse(comment).tags]
    labelled = tmp_path / "labels.csv"
    _write_csv(labelled, [{"text": text, "priorities": slugs} for text, slugs in TRAINING])
    assert (
        main(
            [
                "train",
                "--framework",
                str(BLACKPOOL),
                "--input",
                str(labelled),
                "--output",
                str(tmp_path / "model"),
            ]
        )
        == 0
    )
    model = LearnedTagger.load(tmp_path / "model", framework)
    after = [tag.slug for tag in Analyzer(framework, model).analyse(comment).tags]
    assert after[:1] == ["bp-1"] and after != before


def test_a_model_for_other_priorities_is_refused(tmp_path, capsys):
    labelled = tmp_path / "labels.csv"
    _write_csv(labelled, [{"text": text, "priorities": slugs} for text, slugs in TRAINING])
    main(
        [
            "train",
            "--framework",
            str(BLACKPOOL),
            "--input",
            str(labelled),
            "--output",
            str(tmp_path / "model"),
        ]
    )
    darlington = ROOT / "engage" / "priorities" / "frameworks" / "darlington.yaml"
    source = tmp_path / "in.csv"
    _write_csv(source, [{"text": "hello"}])
    code = main(
        [
            "analyse",
            "--framework",
            str(darlington),
            "--input",
            str(source),
            "--output",
            str(tmp_path / "o.csv"),
            "--model",
            str(tmp_path / "model"),
        ]
    )
    assert code == 2 and "trained for other priorities" in capsys.readouterr().err


def test_the_module_runs_as_a_command(tmp_path):
    source = tmp_path / "in.csv"
    _write_csv(source, [{"text": "The holiday club was brilliant."}])
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "engage.analysis",
            "analyse",
            "--framework",
            str(BLACKPOOL),
            "--input",
            str(source),
            "--output",
            str(tmp_path / "out.csv"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert _read_csv(tmp_path / "out.csv")[0]["sentiment"] == "positive"

"""An officer's framework file is checked whole: every problem named with its line, all at once."""

import textwrap
from pathlib import Path

import pytest

from engage.priorities.framework_yaml import (
    FrameworkData,
    FrameworkYamlError,
    PriorityData,
    YamlProblem,
    dump_framework_yaml,
    load_framework_file,
    parse_framework_yaml,
)

STRATEGIES = Path(__file__).resolve().parents[3] / "shared/data/strategies"
BUNDLED = Path(__file__).resolve().parents[2] / "engage/priorities/frameworks"

# Lines 1-3 of most snippets below, so the first priority always starts on line 4.
HEADER = "area: Testshire\ntitle: Testshire SEND Strategy\npriorities:\n"

VALID = textwrap.dedent(
    """\
    area: Testshire
    title: Testshire SEND Strategy
    priorities:
      - slug: ts-1
        title: Early help
        short_name: Early help
        keywords: [assessment, ehcp]
      - slug: ts-2
        title: >-
          Preparing for
          adulthood
        examples:
          - He wants to go to college.
    """
)


def yaml_text(snippet: str) -> str:
    return textwrap.dedent(snippet)


def problems_in(text: str | bytes) -> list[str]:
    with pytest.raises(FrameworkYamlError) as error:
        parse_framework_yaml(text)
    return [str(problem) for problem in error.value.problems]


def _files(label: str, folder: Path) -> list:
    files = sorted(folder.glob("*.yaml")) if folder.is_dir() else []
    return [pytest.param(path, id=f"{label}/{path.stem}") for path in files] or [
        pytest.param(None, marks=pytest.mark.skip(reason=f"no {label} framework files in {folder}"))
    ]


# A real local area's strategy, as written in the shared data and as bundled with Engage.
STRATEGY_FILES = _files("shared", STRATEGIES) + _files("bundled", BUNDLED)


@pytest.mark.parametrize("path", STRATEGY_FILES)
def test_each_real_strategy_file_is_read(path):
    framework = load_framework_file(path)
    assert framework.area and framework.title and framework.priorities
    assert len({priority.slug for priority in framework.priorities}) == len(framework.priorities)


@pytest.mark.parametrize("path", STRATEGY_FILES)
def test_each_real_strategy_survives_export_and_re_import(path):
    framework = load_framework_file(path)
    assert parse_framework_yaml(dump_framework_yaml(framework)) == framework


def test_a_valid_file_gives_the_framework():
    assert parse_framework_yaml(VALID) == FrameworkData(
        area="Testshire",
        title="Testshire SEND Strategy",
        priorities=(
            PriorityData("ts-1", "Early help", "Early help", None, ("assessment", "ehcp")),
            PriorityData(
                "ts-2", "Preparing for adulthood", examples=("He wants to go to college.",)
            ),
        ),
    )


def test_text_is_tidied_and_quoted_numbers_are_text():
    framework = parse_framework_yaml(
        HEADER
        + yaml_text(
            """\
              - slug: ts-1
                title: "  Early   help  "
                short_name: '2024'
                description: |
                  Two lines
                  become one.
            """
        )
    )
    priority = framework.priorities[0]
    assert (priority.title, priority.short_name) == ("Early help", "2024")
    assert priority.description == "Two lines become one."


def test_optional_fields_left_blank_are_treated_as_absent():
    framework = parse_framework_yaml(
        HEADER + "  - slug: ts-1\n    title: T\n    short_name:\n    keywords:\n"
    )
    assert framework.priorities[0] == PriorityData("ts-1", "T")


def test_bytes_with_a_byte_order_mark_are_read():
    assert parse_framework_yaml(b"\xef\xbb\xbf" + VALID.encode()).area == "Testshire"


def test_a_file_on_disk_with_a_byte_order_mark_is_read(tmp_path):
    path = tmp_path / "testshire.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + VALID.encode())
    assert load_framework_file(path) == parse_framework_yaml(VALID)


def test_dumping_and_parsing_gives_back_the_same_framework():
    framework = parse_framework_yaml(VALID)
    assert parse_framework_yaml(dump_framework_yaml(framework)) == framework


def test_awkward_values_survive_the_round_trip():
    framework = FrameworkData(
        area="Bro Morgannwg – Ynys Môn",
        title="Strategy: 2024 “Together”",
        source="seeds/000.txt",
        priorities=(
            PriorityData(
                slug="p-1",
                title="word " * 90 + "end",  # long enough to be wrapped over several lines
                short_name="yes",
                description="123",
                keywords=("null", "key: value", "- dash"),
                examples=("# not a comment", "It's 'quoted'"),
            ),
        ),
    )
    assert parse_framework_yaml(dump_framework_yaml(framework)) == framework


def test_an_export_lists_fields_in_a_fixed_order_and_leaves_out_empty_ones():
    framework = FrameworkData(
        "Testshire",
        "T",
        (PriorityData("ts-1", "Early help", keywords=("ehcp",), description="D", short_name="S"),),
    )
    assert dump_framework_yaml(framework) == textwrap.dedent(
        """\
        area: Testshire
        title: T
        priorities:
          - slug: ts-1
            title: Early help
            short_name: S
            description: D
            keywords:
              - ehcp
        """
    )


PRIORITY_FIELDS_LIST = "slug, title, short_name, description, keywords, examples"

PROBLEMS = {
    "an empty file": ("", ["The file is empty."]),
    "a file of only comments": ("# priorities to follow\n", ["The file is empty."]),
    "a tab used to indent": (
        HEADER + "\t- slug: ts-1\n",
        [
            "Line 4: The file is not valid YAML: found a tab character; indent with spaces, not tabs."
        ],
    ),
    "an unclosed bracket": (
        "area: [Testshire\ntitle: T\n",
        ["Line 2: The file is not valid YAML: expected ',' or ']', but got ':'."],
    ),
    "a colon inside unquoted text": (
        "area: Testshire\ntitle: SEND: our strategy\n",
        [
            'Line 2: The file is not valid YAML: found a ":" where one is not allowed; check the '
            "indentation, and put text that contains a colon in quotes."
        ],
    ),
    "two documents in one file": (
        "area: A\n---\narea: B\n",
        [
            'Line 2: The file is not valid YAML: found a second document (a line "---"); a file '
            "holds one framework."
        ],
    ),
    "a list where the fields should be": (
        "- area: A\n",
        ["Line 1: The file must start with area, title and priorities."],
    ),
    "no area": (
        "title: T\npriorities:\n  - slug: a\n    title: x\n",
        ['Line 1: The file has no "area".'],
    ),
    "an empty title": (
        'area: A\ntitle: ""\npriorities:\n  - slug: a\n    title: x\n',
        ['Line 2: The file: "title" is empty.'],
    ),
    "a number as the area": (
        "area: 2024\ntitle: T\npriorities:\n  - slug: a\n    title: x\n",
        ['Line 1: The file: "area" must be text; put it in quotes.'],
    ),
    "a list as the source": (
        "area: A\ntitle: T\nsource: [a, b]\npriorities:\n  - slug: a\n    title: x\n",
        ['Line 3: The file: "source" must be text; not a list or fields.'],
    ),
    "no priorities": ("area: A\ntitle: T\n", ['Line 1: The file has no "priorities".']),
    "an empty list of priorities": (
        "area: A\ntitle: T\npriorities: []\n",
        ['Line 3: "priorities" must be a list with at least one priority.'],
    ),
    "priorities left blank": (
        "area: A\npriorities:\ntitle: T\n",
        ['Line 2: "priorities" must be a list with at least one priority.'],
    ),
    "a misspelt top-level field": (
        "area: A\ntitle: T\npriorites:\n  - slug: a\n",
        [
            'Line 1: The file has no "priorities".',
            'Line 3: The file has an unknown field "priorites". '
            "Allowed fields: area, title, source, priorities.",
        ],
    ),
    "a top-level field given twice": (
        "area: A\narea: B\ntitle: T\npriorities:\n  - slug: a\n    title: x\n",
        ['Line 2: The file has "area" twice (first on line 1).'],
    ),
    "a priority that is a single value": (
        HEADER + "  - Early help\n",
        ["Line 4: Priority 1 must be a set of fields (slug, title ...), not a single value."],
    ),
    "a priority with no slug": (
        HEADER + "  - slug: a\n    title: x\n  - slug: b\n    title: y\n  - title: z\n",
        ['Line 8: Priority 3 has no "slug".'],
    ),
    "a slug with capitals and spaces": (
        HEADER + "  - slug: Early Help\n    title: x\n",
        [
            'Line 4: Priority 1 ("Early Help"): the slug must be lower-case letters and numbers '
            'joined by single hyphens, like "bp-1".'
        ],
    ),
    "a slug with a double hyphen": (
        HEADER + "  - slug: ts--1\n    title: x\n",
        [
            'Line 4: Priority 1 ("ts--1"): the slug must be lower-case letters and numbers '
            'joined by single hyphens, like "bp-1".'
        ],
    ),
    "a slug that is too long": (
        HEADER + f"  - slug: {'a' * 61}\n    title: x\n",
        [f'Line 4: Priority 1 ("{"a" * 61}"): "slug" must be 60 characters or fewer (it has 61).'],
    ),
    "a slug YAML reads as yes/no": (
        HEADER + "  - slug: yes\n    title: x\n",
        ['Line 4: Priority 1: "slug" must be text; put it in quotes.'],
    ),
    "a priority with no title": (
        HEADER + "  - slug: ts-1\n    short_name: S\n",
        ['Line 4: Priority 1 ("ts-1") has no "title".'],
    ),
    "a title that is too long": (
        HEADER + f"  - slug: ts-1\n    title: {'x' * 501}\n",
        ['Line 5: Priority 1 ("ts-1"): "title" must be 500 characters or fewer (it has 501).'],
    ),
    "a title that is a number": (
        HEADER + "  - slug: ts-1\n    title: 1\n",
        ['Line 5: Priority 1 ("ts-1"): "title" must be text; put it in quotes.'],
    ),
    "a short name that is too long": (
        HEADER + f"  - slug: ts-1\n    title: x\n    short_name: {'x' * 41}\n",
        ['Line 6: Priority 1 ("ts-1"): "short_name" must be 40 characters or fewer (it has 41).'],
    ),
    "a description that is too long": (
        HEADER + f"  - slug: ts-1\n    title: x\n    description: {'x' * 2001}\n",
        [
            'Line 6: Priority 1 ("ts-1"): "description" must be 2000 characters or fewer '
            "(it has 2001)."
        ],
    ),
    "keywords that are not a list": (
        HEADER + "  - slug: ts-1\n    title: x\n    keywords: ehcp\n",
        [
            'Line 6: Priority 1 ("ts-1"): "keywords" must be a list, one item per line starting "- ".'
        ],
    ),
    "an empty keyword and a numeric example": (
        HEADER + "  - slug: ts-1\n    title: x\n    keywords:\n      - ehcp\n      - ''\n"
        "    examples:\n      - 42\n",
        [
            'Line 8: Priority 1 ("ts-1"): every item in "keywords" must be text (not empty).',
            'Line 10: Priority 1 ("ts-1"): every item in "examples" must be text (not empty).',
        ],
    ),
    "a misspelt priority field": (
        HEADER + "  - slug: bp-1\n    title: x\n  - slug: bp-2\n    title: y\n    keyword: [a]\n",
        [
            f'Line 8: Priority 2 ("bp-2") has an unknown field "keyword". '
            f"Allowed fields: {PRIORITY_FIELDS_LIST}."
        ],
    ),
    "a priority field given twice": (
        HEADER + "  - slug: ts-1\n    title: x\n    title: y\n",
        ['Line 6: Priority 1 ("ts-1") has "title" twice (first on line 5).'],
    ),
    "the same slug twice": (
        HEADER + "  - slug: ts-1\n    title: x\n  - slug: ts-2\n    title: y\n"
        "  - slug: ts-1\n    title: z\n",
        ['Line 8: Priority 3 ("ts-1"): the slug "ts-1" is already used on line 4.'],
    ),
    "the same short name in different case": (
        HEADER + "  - slug: ts-1\n    title: x\n    short_name: Early Help\n"
        "  - slug: ts-2\n    title: y\n    short_name: early help\n",
        ['Line 9: Priority 2 ("ts-2"): the short name "early help" is already used on line 6.'],
    ),
}


@pytest.mark.parametrize(("text", "expected"), PROBLEMS.values(), ids=PROBLEMS.keys())
def test_each_problem_is_named_with_its_line(text, expected):
    assert problems_in(text) == expected


def test_a_file_that_is_not_utf8_is_refused():
    assert problems_in(b"area: \xff\xfe\n") == ["The file must be UTF-8 text."]


def test_every_problem_is_reported_at_once_in_line_order():
    text = yaml_text(
        """\
        area: Testshire
        title:
        priorities:
          - slug: ts-1
            title: Early help
            short_name: Early help
          - slug: TS 2
            title: Adulthood
          - title: No slug here
          - slug: ts-1
            title: Again
            short_name: early HELP
          - slug: ts-5
            title: Fine
            keyword: [typo]
            keywords: ehcp
          - just a string
        colour: blue
        """
    )
    assert problems_in(text) == [
        'Line 2: The file: "title" is empty.',
        'Line 7: Priority 2 ("TS 2"): the slug must be lower-case letters and numbers joined by '
        'single hyphens, like "bp-1".',
        'Line 9: Priority 3 has no "slug".',
        'Line 10: Priority 4 ("ts-1"): the slug "ts-1" is already used on line 4.',
        'Line 12: Priority 4 ("ts-1"): the short name "early HELP" is already used on line 6.',
        f'Line 15: Priority 5 ("ts-5") has an unknown field "keyword". '
        f"Allowed fields: {PRIORITY_FIELDS_LIST}.",
        'Line 16: Priority 5 ("ts-5"): "keywords" must be a list, one item per line starting "- ".',
        "Line 17: Priority 6 must be a set of fields (slug, title ...), not a single value.",
        'Line 18: The file has an unknown field "colour". '
        "Allowed fields: area, title, source, priorities.",
    ]


def test_the_error_reads_as_one_problem_per_line():
    with pytest.raises(ValueError) as error:
        parse_framework_yaml("area: 1\ntitle: 2\n")
    assert isinstance(error.value, FrameworkYamlError)
    assert str(error.value) == (
        'Line 1: The file: "area" must be text; put it in quotes.\n'
        'Line 1: The file has no "priorities".\n'
        'Line 2: The file: "title" must be text; put it in quotes.'
    )


def test_a_problem_with_no_line_is_just_its_message():
    assert str(YamlProblem(None, "The file is empty.")) == "The file is empty."
    assert str(YamlProblem(7, 'Priority 3 has no "slug".')) == 'Line 7: Priority 3 has no "slug".'

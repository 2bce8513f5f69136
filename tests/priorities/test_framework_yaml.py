"""An officer's framework file is checked whole: every problem named with its line."""

import textwrap

import pytest

from engage.priorities.framework_yaml import (
    FrameworkData,
    FrameworkYamlError,
    PriorityData,
    dump_framework_yaml,
    parse_framework_yaml,
)

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


def problems_in(text: str) -> list[str]:
    with pytest.raises(FrameworkYamlError) as error:
        parse_framework_yaml(text)
    return [str(problem) for problem in error.value.problems]


def test_a_valid_file_gives_the_framework():
    framework = parse_framework_yaml(VALID)
    assert framework == FrameworkData(
        area="Testshire",
        title="Testshire SEND Strategy",
        priorities=(
            PriorityData("ts-1", "Early help", "Early help", None, ("assessment", "ehcp")),
            PriorityData(
                "ts-2", "Preparing for adulthood", examples=("He wants to go to college.",)
            ),
        ),
    )


def test_dumping_and_parsing_gives_back_the_same_framework():
    framework = parse_framework_yaml(VALID)
    assert parse_framework_yaml(dump_framework_yaml(framework)) == framework


def test_bytes_with_a_byte_order_mark_are_read():
    assert parse_framework_yaml(b"\xef\xbb\xbf" + VALID.encode()).area == "Testshire"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", ["The file is empty."]),
        ("area: [unclosed\n", ["Line 2: The file is not valid YAML"]),
        ("- just\n- a list\n", ["Line 1: The file must start with area, title and priorities."]),
        ("area: A\ntitle: T\n", ['Line 1: The file has no "priorities".']),
        (
            "area: A\ntitle: T\npriorities: []\n",
            ['Line 3: "priorities" must be a list with at least one'],
        ),
        (
            "area: A\ntitle: T\npriorites:\n  - slug: a\n",
            [
                'Line 3: The file has an unknown field "priorites"',
                'Line 1: The file has no "priorities".',
            ],
        ),
        (
            "area: A\narea: B\ntitle: T\npriorities:\n  - slug: a\n    title: x\n",
            ['Line 2: The file has "area" twice (first on line 1).'],
        ),
        (
            "area: 2024\ntitle: T\npriorities:\n  - slug: a\n    title: x\n",
            ['Line 1: The file: "area" must be text; put it in quotes.'],
        ),
    ],
)
def test_problems_with_the_file_are_named_with_their_line(text, expected):
    found = problems_in(text)
    for wanted in expected:
        assert any(problem.startswith(wanted) for problem in found), (wanted, found)


def test_every_problem_in_the_priorities_is_reported_at_once():
    text = textwrap.dedent(
        """\
        area: Testshire
        title: Testshire SEND Strategy
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
        """
    )
    assert problems_in(text) == [
        'Line 7: Priority 2 ("TS 2"): the slug must be lower-case letters and numbers joined by single hyphens, like "bp-1".',
        'Line 9: Priority 3 has no "slug".',
        'Line 10: Priority 4 ("ts-1"): the slug "ts-1" is already used on line 4.',
        'Line 12: Priority 4 ("ts-1"): the short name "early HELP" is already used on line 6.',
        'Line 15: Priority 5 has an unknown field "keyword". Allowed fields: slug, title, short_name, description, keywords, examples.',
        'Line 16: Priority 5 ("ts-5"): "keywords" must be a list, one item per line starting "- ".',
        "Line 17: Priority 6 must be a set of fields (slug, title ...), not a single value.",
    ]


def test_text_that_is_too_long_is_refused_with_its_length():
    text = (
        f"area: A\ntitle: T\npriorities:\n  - slug: a\n    title: x\n    short_name: {'x' * 41}\n"
    )
    assert problems_in(text) == [
        'Line 6: Priority 1 ("a"): "short_name" must be 40 characters or fewer (it has 41).'
    ]


def test_a_file_that_is_not_utf8_is_refused():
    assert problems_in(b"area: \xff\xfe\n") == ["The file must be UTF-8 text."]

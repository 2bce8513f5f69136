"""The engine's regular expressions find the same things whichever engine runs them: RE2 on
bytes for ASCII comments (fast), Python's re otherwise."""

import csv
from pathlib import Path

import pytest

from engage.analysis import flags, key_phrases, sentiment, text
from engage.analysis.patterns import Pattern

DATA = Path(text.__file__).parent / "data"


def engine_patterns() -> list[Pattern]:
    sentiment._general_lexicon()
    found = []
    for module in (flags, sentiment, text, key_phrases):
        found += [v for v in vars(module).values() if isinstance(v, Pattern) and v.python]
    return found


def comments() -> list[str]:
    texts = []
    for path in sorted(DATA.glob("*.csv")):
        with path.open(newline="", encoding="utf-8") as handle:
            texts += [row["text"] for row in csv.DictReader(handle)][:150]
    texts += ["", " ", "a", "Why?", "why has nobody rung", "Mr Smith, 12 High Street, BB1 2AB."]
    return [t for t in texts if t.isascii()]


def as_python_would(pattern: Pattern, comment: str):
    return (
        [(m.span(), m.group()) for m in pattern.python.finditer(comment)],
        pattern.python.findall(comment),
        pattern.python.sub("_", comment),
        bool(pattern.python.match(comment)),
    )


def as_re2_does(pattern: Pattern, comment: str):
    return (
        [(m.span(), m.group()) for m in pattern.finditer(comment)],
        pattern.findall(comment),
        pattern.sub("_", comment),
        bool(pattern.match(comment)),
    )


@pytest.mark.parametrize("pattern", engine_patterns(), ids=lambda p: p.pattern[:40])
def test_re2_and_python_find_the_same_in_every_example_comment(pattern):
    assert pattern._compiled is not None or "(?" in pattern.pattern
    for comment in comments():
        for lowered in (comment, comment.lower()):
            assert as_re2_does(pattern, lowered) == as_python_would(pattern, lowered), lowered


def test_named_groups_empty_matches_and_functions_as_replacements():
    pattern = Pattern(r"(?P<word>[a-z]+)|x*")
    comment = "ab 12 cd"
    assert [m.span() for m in pattern.finditer(comment)] == [
        m.span() for m in pattern.python.finditer(comment)
    ]
    named = Pattern(r"(?P<first>[A-Z][a-z]+) (?P<last>[A-Z][a-z]+)")
    match = named.search("said Jo Marsden today")
    assert (match.group("first"), match.start("last"), match["last"]) == ("Jo", 8, "Marsden")
    assert named.sub(lambda m: m.group("last").upper(), "Jo Marsden and Al Khan") == (
        "MARSDEN and KHAN"
    )
    assert Pattern(r"(a)|(b)").findall("ab") == [("a", ""), ("", "b")]


def test_text_that_is_not_ascii_goes_to_python():
    pattern = Pattern(r"\bzoë\b")
    assert pattern.search("Zoë says hi".lower()).group() == "zoë"


def test_a_first_pass_that_re2_cannot_read_fails_when_built_not_when_it_runs():
    """The first pass has no Python fallback: a nested lookaround (which it cannot drop) in a
    safeguarding pattern must stop the engine loading, not fail on the first comment."""
    with pytest.raises(ValueError, match="RE2"):
        Pattern(r"\bhits (?:him|her)(?! (?:gently|softly))", ascii_only=True)


EDGES = [
    "don't won't rock'n'roll 90's 'quoted' o' it''s can't've",
    "ehcp!! why?? 12/03/2021 £40 e-mail",
    "Ça va très bien, merci! naïve café",
    "tabs\tand\nnew lines\x0bvertical\x1cseparators",
    "",
    "   ",
]


@pytest.mark.parametrize(
    ("quick", "regex"),
    [(text.tokens, text.TOKEN), (sentiment._words, sentiment.TOKEN)],
    ids=["text.tokens", "sentiment._words"],
)
def test_words_split_in_c_are_the_words_the_regex_finds(quick, regex):
    """The tokenisers that split in C where they can give the regex's list, to the letter."""
    for comment in comments() + EDGES:
        lowered = comment.lower().replace("’", "'")
        assert quick(lowered) == regex.findall(lowered), comment


def test_the_quick_first_looks_for_contact_details_never_hide_one():
    """PHONE and NAME_BESIDE_CONTACT need Python's re, so they are only asked when RE2 finds
    what each needs: every comment in which they find something, the first look finds too."""
    examples = comments() + [
        "Call 07700 900123",
        "ring +44 (0)161 496 0000 any time",
        "Jo Smith, 07700 900318",
        "Ken Doyle on 0161 496 0000",
        "Amy Shaw email amy@example.com",
        "Reuben Okafor, born 3/4/2015",
        "Ioana Popescu. 14 Victoria Street",
    ]
    found = {"phone": 0, "contact": 0}
    for comment in examples:
        if flags.PHONE.python.search(comment):
            found["phone"] += 1
            assert flags.PHONE._first_look.search(comment), comment
        if flags.NAME_BESIDE_CONTACT.python.search(comment):
            found["contact"] += 1
            assert flags.NAME_BESIDE_CONTACT._first_look.search(comment), comment
    assert found["phone"] >= 3 and found["contact"] >= 5

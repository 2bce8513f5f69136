"""Before a moderator reads a review, the engine has marked what they must look at: personal
data, offensive language and possible safeguarding disclosures."""

import pytest

from engage.analysis.offensive import find_offensive_language
from engage.analysis.redaction import redact
from engage.reviews.services import review_flags


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(flag.kind, flag.text) for flag in review_flags("A title", text)["body"]]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ring me on 07700 900982 any time", [("phone", "07700 900982")]),
        ("Ring me on 07700900982", [("phone", "07700900982")]),
        ("Our number is +44 7700 900 982.", [("phone", "+44 7700 900 982")]),
        ("Call the office on (01253) 477 477", [("phone", "(01253) 477 477")]),
        ("Landline 0161 496 0000 after six", [("phone", "0161 496 0000")]),
        ("Email me at jo.bloggs@gmail.com please", [("email", "jo.bloggs@gmail.com")]),
        ("Write to sam_o'neill+send@family.co.uk", [("email", "sam_o'neill+send@family.co.uk")]),
        ("We live near FY1 3AB", [("postcode", "FY1 3AB")]),
        ("Post it to bb2 1ah", [("postcode", "bb2 1ah")]),
        ("The bus stops outside 12 Acacia Avenue every day", [("street_address", "12 Acacia Avenue")]),
        ("We moved to Flat 3, 45 Talbot Road last year", [("street_address", "Flat 3, 45 Talbot Road")]),
        ("Mrs Patel the SENCO never called back", [("full_name", "Mrs Patel")]),
        ("Our son Jack Smith loves it", [("full_name", "Jack Smith")]),
        ("Ask for Dr Okafor in the clinic", [("full_name", "Dr Okafor")]),
        ("His date of birth is 3/4/2015", [("date_of_birth", "3/4/2015")]),
        ("The staff were kind and the room was calm", []),
        ("We waited 18 months, from March 2024 to September 2025", []),
        ("Blackpool Council and NHS Blackpool never talk", []),
    ],
)  # fmt: skip
def test_personal_data_is_flagged_in_a_review(text, expected):
    assert _kinds(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("This service is shit", ["shit"]),
        ("f*cking useless, total sh1t", ["f*cking", "sh1t"]),
        ("The driver called my son a retard", ["retard"]),
        ("Staff are idiots", ["idiots"]),
        ("We had a good assessment in Scunthorpe", []),
        ("The class was passed over for a cocktail party", []),
        ("Dickens is his favourite author", []),
    ],
)
def test_offensive_language_is_flagged_whole_words_only(text, expected):
    assert [flag.text for flag in find_offensive_language(text)] == expected


def test_a_possible_disclosure_is_flagged_and_a_figure_of_speech_is_not():
    assert [f.kind for f in review_flags("x", "He hits me when dad is drunk")["body"]] == [
        "safeguarding"
    ]
    assert review_flags("x", "The wait is killing me lol")["body"] == []


def test_redaction_replaces_each_piece_of_personal_data_with_what_it_was():
    text = "Mrs Patel said ring 07700 900982 or write to 12 Acacia Avenue, FY1 3AB."
    flags = review_flags("x", text)["body"]
    assert redact(text, flags) == (
        "[name removed] said ring [phone number removed] or write to [address removed], "
        "[postcode removed]."
    )

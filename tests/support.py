"""Helpers for tests of every feature: page checks and service-dependent skips."""

import os
import re
from collections import Counter

import pytest
from bs4 import BeautifulSoup

RUNNING_IN_CI = os.environ.get("CI", "").lower() == "true"
TEST_PASSWORD = "correct horse battery staple"


def skip_or_fail(reason: str) -> None:
    """Skip a test whose service is missing, except in CI, where a missing service is a failure."""
    if RUNNING_IN_CI:
        pytest.fail(f"CI=true and {reason}", pytrace=False)
    pytest.skip(reason)


def check_page(html: str) -> BeautifulSoup:
    soup = BeautifulSoup(html, "html.parser")
    headings = soup.find_all("h1")
    assert len(headings) == 1, f"expected one h1, found {len(headings)}"
    h1 = " ".join(headings[0].get_text().split())
    title = " ".join(soup.title.get_text().split())
    assert re.sub(r"^Error: ", "", title).startswith(h1), f"title {title!r} should start {h1!r}"
    ids = Counter(tag["id"] for tag in soup.find_all(id=True))
    duplicates = [name for name, count in ids.items() if count > 1]
    assert not duplicates, f"duplicate ids: {duplicates}"
    assert soup.select_one("a.govuk-skip-link[href='#main-content']"), "no skip link"
    assert soup.select_one("main#main-content"), "no main landmark"
    for form in soup.find_all("form"):
        assert form.get("method"), f"form without a method: {form}"
    return soup

"""Themes per priority for officers, and a page per priority the partnership board can read:
how much was said and by whom, how people felt month by month, and what was done."""

from datetime import timedelta

from engage.database import utcnow
from engage.extensions import db
from engage.feedback.inbox import decide_tag
from engage.feedback.models import FeedbackSource, TagStatus
from engage.feedback.services import record_feedback


def _piece(text, voice="parent_carer", received_at=None, n=[0]):  # noqa: B006 (a counter for ids)
    n[0] += 1
    piece = record_feedback(
        source=FeedbackSource.WEB_FORM, origin_type="test", origin_id=n[0], context="Test",
        text=text, voice=voice, received_at=received_at or utcnow(),
    )  # fmt: skip
    db.session.flush()
    return piece


def test_a_theme_counts_who_said_what_and_quotes_without_personal_data(officer_client, blackpool):
    early = next(p for p in blackpool.priorities if p.slug == "bp-1")
    this_month = utcnow().replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    last_month = this_month - timedelta(days=10)
    pieces = [
        _piece("We waited a year for an EHCP assessment. Ring Mrs Patel on 07700 900982.", received_at=last_month),
        _piece("The EHCP assessment wait was far too long.", received_at=this_month),
        _piece("i waited ages for my EHCP assessment", voice="young_person", received_at=this_month),
        _piece("He hits me at home. I waited for my EHCP assessment for months.", received_at=this_month),
    ]  # fmt: skip
    decide_tag([p.id for p in pieces], early.id, TagStatus.CONFIRMED)
    db.session.commit()

    overview = officer_client.page("/manage/feedback/themes")
    row = next(r for r in overview.select("tbody tr") if early.label in r.get_text())
    assert row.select("td")[0].get_text(strip=True) == "4"
    page = officer_client.page(f"/manage/feedback/themes/{early.id}")
    text = page.get_text(" ", strip=True)
    assert "Parent or carer: 3" in text and "Young person: 1" in text
    trend_months = [row.select_one("th").get_text(strip=True) for row in page.select("tbody tr")]
    assert trend_months == [f"{last_month:%Y-%m}", f"{this_month:%Y-%m}"]
    quotes = " ".join(q.get_text() for q in page.select("blockquote"))
    assert "[phone number removed]" in quotes and "07700" not in quotes and "Patel" not in quotes
    assert "hits me" not in quotes  # a possible disclosure is never a quote


def test_the_board_page_shows_what_people_said_and_what_was_done_without_personal_data(
    client, blackpool
):
    early = next(p for p in blackpool.priorities if p.slug == "bp-1")
    piece = _piece("We waited a year for an EHCP assessment. Ring 07700 900982.")
    decide_tag([piece.id], early.id, TagStatus.CONFIRMED)
    db.session.commit()
    listing = client.page("/priorities")
    assert listing.select_one(f"a[href='/you-said-we-did/priorities/{early.id}']")
    page = client.page(f"/you-said-we-did/priorities/{early.id}").get_text(" ", strip=True)
    assert "1 piece of feedback, from 1 parent or carer" in page
    assert "Nothing published about this priority yet." in page
    assert "07700" not in page

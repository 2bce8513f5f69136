"""Everything people say lands in one inbox, analysed as it arrives: safeguarding first until an
officer acknowledges it, then filters, search and tag review that teaches the engine."""

from datetime import timedelta

import pytest
from sqlalchemy import select

from engage.audit.models import AuditEvent
from engage.database import utcnow
from engage.extensions import db
from engage.feedback.analysis import officer_decisions
from engage.feedback.models import Feedback, FeedbackSource
from engage.feedback.services import record_feedback

DISCLOSURE = "My daughter says she is not safe at home and he hits her when he drinks."


def _piece(text: str, source=FeedbackSource.WEB_FORM, voice="parent_carer", days_ago=0):
    piece = record_feedback(
        source=source, origin_type="test", origin_id=text[:40], context="Test", text=text,
        voice=voice, received_at=utcnow() - timedelta(days=days_ago),
    )  # fmt: skip
    db.session.commit()
    return piece


def _listed(officer_client, query: str = "") -> list[str]:
    page = officer_client.page(f"/manage/feedback/{query}")
    return [link.get_text(strip=True) for link in page.select("table.engage-inbox td a")]


def test_the_public_form_is_analysed_as_it_arrives_and_keeps_consent_to_hear_back(
    client, blackpool
):
    page = client.page("/tell-us")
    assert page.h1.get_text() == "Tell us what you think"
    response = client.post(
        "/tell-us",
        data={"text": "We waited a year for an EHCP assessment and nobody called us back.",
              "voice": "parent_carer", "email": "Sam@Family.example", "wants_updates": "y"},
    )  # fmt: skip
    assert response.headers["Location"] == "/tell-us/thank-you"
    piece = db.session.scalars(select(Feedback)).one()
    assert piece.source == "web_form" and piece.analysed_at is not None
    assert piece.sentiment == "negative" and piece.tags
    assert (piece.contact_email, piece.wants_updates) == ("sam@family.example", True)


@pytest.mark.parametrize(
    "data, field, message",
    [
        ({"text": ""}, "text", "Tell us what you think"),
        ({"text": "x" * 5001}, "text", "What you tell us must be 5,000 characters or fewer"),
        ({"text": "Hello", "wants_updates": "y"}, "email", "Enter your email address, so we can tell you what happened"),
        ({"text": "Hello", "email": "nope"}, "email", "Enter an email address in the correct format"),
    ],
)  # fmt: skip
def test_mistakes_on_the_public_form_are_named_beside_the_field(client, data, field, message):
    response = client.post("/tell-us", data=data)
    assert response.status_code == 400
    text = response.get_data(as_text=True)
    assert f'id="{field}-error"' in text and message in text
    assert db.session.scalar(select(Feedback.id)) is None


def test_a_possible_disclosure_stays_at_the_top_until_acknowledged_and_is_audited(
    officer_client, officer, blackpool
):
    worrying = _piece(DISCLOSURE)
    for number in range(3):
        _piece(f"The summer clubs were great, number {number}.")
    home = officer_client.page("/manage/").get_text(" ", strip=True)
    assert "1 piece of feedback may be a safeguarding disclosure" in home
    for query in ("", "?source=consultation", "?q=clubs", "?sentiment=positive"):
        banner = officer_client.page(f"/manage/feedback/{query}").select_one(
            ".engage-safeguarding-banner"
        )
        assert banner and "not safe at home" in banner.get_text(), query

    piece_page = officer_client.page(f"/manage/feedback/{worrying.id}")
    assert piece_page.select_one("mark.engage-flag--safeguarding")
    missing = officer_client.post(f"/manage/feedback/{worrying.id}/acknowledge", data={})
    assert missing.status_code == 400
    assert "Select what you did about the safeguarding concern" in missing.get_data(as_text=True)
    officer_client.post(
        f"/manage/feedback/{worrying.id}/acknowledge", data={"acknowledge-action": "referred"}
    )
    assert not officer_client.page("/manage/feedback/").select_one(".engage-safeguarding-banner")
    assert "safeguarding disclosure" not in officer_client.page("/manage/").get_text()
    event = db.session.scalars(
        select(AuditEvent).where(AuditEvent.action == "feedback.safeguarding_acknowledged")
    ).one()
    assert "Referred to safeguarding" in event.summary and event.target_id == str(worrying.id)
    db.session.expire_all()
    assert worrying.safeguarding_acknowledged_at is not None and worrying.reviewed_at is not None


def test_filters_and_search_narrow_the_inbox_and_count_what_matches(officer_client, blackpool):
    _piece("We waited eight months for an EHCP assessment.", days_ago=40)
    _piece("The youth club is brilliant and my son loves it.", voice="young_person")
    _piece("Transport to college was late every day.", source=FeedbackSource.OFFICER_NOTES)
    _piece("Ring me on 07700 900982 about the EHCP please.")

    assert len(_listed(officer_client)) == 4
    assert _listed(officer_client, "?q=ehcp") == [
        "Ring me on 07700 900982 about the EHCP please.",
        "We waited eight months for an EHCP assessment.",
    ]
    assert _listed(officer_client, "?voice=young_person") == [
        "The youth club is brilliant and my son loves it."
    ]
    assert _listed(officer_client, "?source=officer_notes") == [
        "Transport to college was late every day."
    ]
    assert _listed(officer_client, "?flag=personal_data") == [
        "Ring me on 07700 900982 about the EHCP please."
    ]
    assert _listed(officer_client, "?sentiment=positive") == [
        "The youth club is brilliant and my son loves it."
    ]
    recent = (utcnow() - timedelta(days=7)).date().isoformat()
    assert len(_listed(officer_client, f"?from={recent}")) == 3
    assert _listed(officer_client, f"?to={recent}") == [
        "We waited eight months for an EHCP assessment."
    ]
    early = next(p for p in blackpool.priorities if p.slug == "bp-1")
    assert "We waited eight months for an EHCP assessment." in _listed(
        officer_client, f"?priority={early.id}"
    )
    heading = officer_client.page("/manage/feedback/?q=ehcp").select_one("h2[aria-live]").get_text()
    assert heading.strip() == "2 pieces of feedback match"
    bad = officer_client.get("/manage/feedback/?from=last-week")
    assert bad.status_code == 400 and 'id="from-error"' in bad.get_data(as_text=True)


def test_the_inbox_pages_fifty_at_a_time(officer_client, blackpool):
    for number in range(60):
        record_feedback(
            source=FeedbackSource.WEB_FORM, origin_type="test", origin_id=number, context="Test",
            text=f"Comment number {number}", voice=None,
            received_at=utcnow() - timedelta(minutes=number),
        )  # fmt: skip
    db.session.commit()
    first = _listed(officer_client)
    assert len(first) == 50 and first[0] == "Comment number 0"
    second = officer_client.page("/manage/feedback/?page=2")
    assert len(second.select("table.engage-inbox tbody tr")) == 10
    assert "Page 2 of 2" in second.get_text()


def test_officers_confirm_reject_and_add_tags_one_at_a_time_or_in_bulk(officer_client, blackpool):
    waits = [_piece(f"We waited {n} months for an EHCP assessment.") for n in (6, 8, 10)]
    clubs = _piece("The holiday clubs are always full.")
    early = next(p for p in blackpool.priorities if p.slug == "bp-1")
    leisure = next(p for p in blackpool.priorities if p.slug == "bp-3")

    response = officer_client.post(
        "/manage/feedback/tags",
        data={"feedback_ids": [str(p.id) for p in waits], "priority_id": early.id,
              "decision": "confirmed", "query_string": "q=EHCP"},
    )  # fmt: skip
    assert response.headers["Location"].endswith("/manage/feedback/?q=EHCP")
    officer_client.post(
        f"/manage/feedback/{clubs.id}/tags", data={"priority_id": early.id, "decision": "rejected"}
    )
    officer_client.post(
        f"/manage/feedback/{clubs.id}/tags",
        data={"priority_id": leisure.id, "decision": "confirmed"},
    )
    db.session.expire_all()
    for piece in waits:
        assert {(t.priority_id, t.status) for t in piece.tags} >= {(early.id, "confirmed")}
        assert piece.reviewed_at is not None
    assert {(t.priority_id, t.status) for t in clubs.tags} >= {
        (early.id, "rejected"), (leisure.id, "confirmed"),
    }  # fmt: skip
    texts, labels = officer_decisions(blackpool)  # what the engine will learn from
    assert len(texts) == 4 and labels[-1] == {"bp-3"}
    page = officer_client.page(f"/manage/feedback/{clubs.id}").get_text()
    assert "Confirmed" in page and "Rejected" in page
    assert _listed(officer_client, "?not_reviewed=1") == []


def test_notes_from_a_meeting_become_one_piece_per_point(officer_client, blackpool):
    officer_client.post(
        "/manage/feedback/notes/new",
        data={"meeting": "Parent carer forum", "said_on": ["12", "11", "2026"],
              "voice": "parent_carer",
              "notes": "Transport to school is unreliable.\n\nThe new short breaks app is good."},
    )  # fmt: skip
    pieces = db.session.scalars(select(Feedback).order_by(Feedback.id)).all()
    assert [p.text for p in pieces] == [
        "Transport to school is unreliable.",
        "The new short breaks app is good.",
    ]
    assert all(
        p.source == "officer_notes" and p.context == "Notes: Parent carer forum" for p in pieces
    )
    assert pieces[0].received_at.date().isoformat() in ("2026-11-11", "2026-11-12")
    assert all(p.analysed_at is not None for p in pieces)

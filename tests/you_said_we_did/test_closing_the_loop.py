"""What people said, from every channel, becomes one "You said, we did" entry: published,
readable in the log, its page and its feed, counted by voice; the people who asked to hear are
emailed once each, and no one else; no public page shows anyone's personal data."""

import base64
import re
from datetime import timedelta

import pytest
from sqlalchemy import select

from engage.audit.models import AuditEvent
from engage.consultations.responding import question_index, write_response
from engage.database import utcnow
from engage.email.models import OutboxEmail
from engage.extensions import db
from engage.feedback.analysis import analyse_pending
from engage.feedback.models import Feedback
from engage.polls import services as polls
from engage.polls.services import GroupDetails, OptionDetails, PollDetails
from engage.reviews import services as reviews
from tests.reviews.factories import review_form

PHONE, EMAIL, NAME = "07700 900982", "jo.bloggs@gmail.com", "Mrs Patel"
PLANTED = f"Ring {NAME} on {PHONE} or email {EMAIL}."


@pytest.fixture
def feedback_from_every_channel(
    app, client, officer_client, moderator, short_breaks, create_service, blackpool
):
    """A piece about waiting for EHCP assessments from each channel, each with planted personal
    data; some people asked to hear what happened."""
    # A consultation answer, from someone who asked for updates (by the worker, as it arrives).
    questions = question_index(short_breaks)
    long_text = next(q for q in short_breaks.questions if q.type == "long_text")
    write_response(
        short_breaks, questions, {long_text.id: f"We waited a year for the EHCP assessment. {PLANTED}"},
        reference="ENG-TEST-0001", channel="online", respondent_relationship="parent_carer",
        email="consulted@family.example", wants_updates=True,
    )  # fmt: skip
    # One who did not ask.
    write_response(
        short_breaks, questions, {long_text.id: "The EHCP assessment took far too long."},
        reference="ENG-TEST-0002", channel="online", respondent_relationship="parent_carer",
        email="quiet@family.example", wants_updates=False,
    )  # fmt: skip
    db.session.commit()
    analyse_pending()
    # A review (its reviewer did not ask to hear about "You said, we did").
    service = create_service()
    client.post(
        f"/local-offer/services/{service.id}/write-a-review",
        data=review_form(9, body=f"Good staff, but the EHCP assessment wait was awful. {PLANTED}"),
    )
    review = db.session.scalars(select(reviews.Review)).one()
    reviews.confirm_review(review)
    # A young person's poll comment.
    group = polls.create_group(GroupDetails("Young Voices", "young_people"))
    poll = polls.create_poll(group, PollDetails(
        question="What should we talk about?", opens_at=utcnow() - timedelta(minutes=1),
        closes_at=utcnow() + timedelta(days=1), options=[OptionDetails("EHCPs"), OptionDetails("Clubs")]))  # fmt: skip
    member = polls.join_with_code(group, "Jay", None)
    polls.cast_vote(poll, polls.member_voter_key(poll, member), [poll.options[0].id],
                    f"My EHCP assessment took ages. {PLANTED}", "young_person")  # fmt: skip
    db.session.commit()
    # The public form, from someone who asked, and an officer's notes from a meeting.
    client.post("/tell-us", data={
        "text": f"Still waiting for an EHCP assessment after a year. {PLANTED}",
        "voice": "parent_carer", "email": "told-us@family.example", "wants_updates": "y"})  # fmt: skip
    officer_client.post("/manage/feedback/notes/new", data={
        "meeting": "Parent carer forum", "said_on": ["12", "11", "2026"], "voice": "professional",
        "notes": f"SENCOs said EHCP assessments are taking too long. {PLANTED}"})  # fmt: skip
    # A row imported from another survey tool's CSV export.
    imported = officer_client.post("/manage/feedback/import/map", data={
        "content": base64.b64encode(f"Comment,Who\n\"The EHCP assessment took 40 weeks. {PLANTED}\",parent\n".encode()).decode(),
        "text_column": "Comment", "voice_column": "Who", "source_name": "Spring survey"})  # fmt: skip
    assert imported.status_code == 302, imported.get_data(as_text=True)[-3000:]
    pieces = db.session.scalars(select(Feedback).order_by(Feedback.id)).all()
    assert {piece.source for piece in pieces} >= {
        "consultation", "review", "poll", "web_form", "officer_notes", "import",
    }  # fmt: skip
    assert all(piece.analysed_at is not None for piece in pieces)
    assert all(piece.has_personal_data for piece in pieces if PHONE in piece.text)
    return [piece for piece in pieces if "EHCP" in piece.text]


def test_every_channel_into_one_published_entry_and_each_person_told_once(
    client, officer_client, blackpool, feedback_from_every_channel
):
    ids = [piece.id for piece in feedback_from_every_channel]
    response = officer_client.post(
        "/manage/feedback/tags", data={"feedback_ids": [str(i) for i in ids], "decision": "entry"}
    )
    draft = officer_client.page(response.headers["Location"])
    suggested = draft.select_one("#you_said").get_text()
    assert suggested.startswith("5 parents and carers, 1 young person and 1 professional told us")
    early = next(p for p in blackpool.priorities if p.slug == "bp-1")
    response = officer_client.post(
        "/manage/you-said-we-did/new",
        data={"feedback": ",".join(map(str, ids)), "title": "Waiting for EHC needs assessments",
              "you_said": suggested, "status": "in_progress", "responsible": "SEND team",
              "we_did": "We have taken on two more educational psychologists.",
              "priorities": [str(early.id)]},
    )  # fmt: skip
    entry_url = response.headers["Location"]
    entry_id = int(entry_url.rsplit("/", 1)[1])
    assert client.get(f"/you-said-we-did/{entry_id}").status_code == 404  # a draft is not public
    quoted = feedback_from_every_channel[0]
    officer_client.post(f"{entry_url}/feedback/{quoted.id}", data={"action": "quote"})
    editor = officer_client.page(entry_url).get_text(" ", strip=True)
    assert "2 people asked to hear what happened and will get one email" in editor

    officer_client.post(f"{entry_url}/publish", data={"action": "publish"})
    officer_client.post(f"{entry_url}/publish", data={"action": "unpublish"})
    officer_client.post(f"{entry_url}/publish", data={"action": "publish"})  # again: no more emails

    emails = db.session.scalars(
        select(OutboxEmail).where(OutboxEmail.purpose == "you_said_we_did")
    ).all()
    assert sorted(email.to_address for email in emails) == [
        "consulted@family.example",
        "told-us@family.example",
    ]
    assert f"/you-said-we-did/{entry_id}" in emails[0].body_text
    assert db.session.scalars(
        select(AuditEvent).where(AuditEvent.action == "you_said_we_did.published")
    ).all()

    page = client.page(f"/you-said-we-did/{entry_id}")
    text = page.get_text(" ", strip=True)
    assert "5 parents and carers, 1 young person and 1 professional told us" in text
    assert "We have taken on two more educational psychologists." in text
    assert (
        page.select_one(".engage-quote")
        and "[phone number removed]" in page.select_one(".engage-quote").get_text()
    )
    log = client.page("/you-said-we-did/").get_text(" ", strip=True)
    assert "Waiting for EHC needs assessments" in log
    assert client.page(f"/you-said-we-did/?priority={early.id}&status=in_progress&q=EHC").select(
        "article"
    )
    assert not client.page("/you-said-we-did/?status=done").select("article")
    feed = client.get("/you-said-we-did/feed.atom").get_data(as_text=True)
    assert "<title>Waiting for EHC needs assessments</title>" in feed and 'term="bp-1"' in feed
    csv_text = client.get("/you-said-we-did/entries.csv").get_data(as_text=True)
    assert "Waiting for EHC needs assessments" in csv_text and "In progress" in csv_text


def test_each_piece_links_back_to_where_it_came_from(officer_client, feedback_from_every_channel):
    links = {}
    for piece in feedback_from_every_channel:
        page = officer_client.page(f"/manage/feedback/{piece.id}")
        link = page.select_one(".govuk-summary-list a.govuk-link")
        links[piece.source] = link["href"] if link else None
    assert links["consultation"].endswith("/results")
    assert links["review"].startswith("/manage/reviews/")
    assert links["poll"].startswith("/manage/advisory-groups/polls/")
    assert links["web_form"] is None


def test_no_public_page_or_feed_shows_personal_data(
    client, officer_client, blackpool, feedback_from_every_channel
):
    ids = [piece.id for piece in feedback_from_every_channel]
    early = next(p for p in blackpool.priorities if p.slug == "bp-1")
    response = officer_client.post(
        "/manage/you-said-we-did/new",
        data={"feedback": ",".join(map(str, ids)), "title": "Assessments", "you_said": "You waited.",
              "we_did": "We hired.", "status": "done", "responsible": "SEND team",
              "priorities": [str(early.id)]},
    )  # fmt: skip
    entry_url = response.headers["Location"]
    for piece in feedback_from_every_channel:  # quote every one
        officer_client.post(f"{entry_url}/feedback/{piece.id}", data={"action": "quote"})
    officer_client.post(f"{entry_url}/publish", data={"action": "publish"})
    entry_id = entry_url.rsplit("/", 1)[1]
    public = [
        client.get(url).get_data(as_text=True)
        for url in ("/you-said-we-did/", f"/you-said-we-did/{entry_id}",
                    "/you-said-we-did/feed.atom", "/you-said-we-did/entries.csv",
                    f"/you-said-we-did/priorities/{early.id}", "/priorities")
    ]  # fmt: skip
    assert "[phone number removed]" in public[1]
    for text in public:
        for personal in (PHONE, EMAIL, NAME, "@family.example"):
            assert personal not in text
        assert not re.search(r"07\d{3} ?\d{6}", text)

"""A parent signs up to a focus group: a free place is confirmed at once with a calendar file;
a full session offers the waiting list; cancelling gives the place to the next person, once."""

import threading

import icalendar
import pytest
from sqlalchemy import select

from engage.email.models import OutboxEmail
from engage.email.services import send_due_emails
from engage.extensions import db
from engage.focus_groups import services
from engage.focus_groups.models import FocusGroupSession, SignUp
from tests.focus_groups.factories import sign_up_details

FORM = {
    "name": "Sam Patel",
    "email": "sam@family.example",
    "phone": "",
    "relationship": "parent_carer",
    "contact_by": "email",
    "access_needs": ["bsl", "step_free"],
    "consent": "y",
}


def _emails(purpose: str) -> list[OutboxEmail]:
    return db.session.scalars(
        select(OutboxEmail).where(OutboxEmail.purpose == purpose).order_by(OutboxEmail.id)
    ).all()


def test_a_parent_gets_a_place_a_confirmation_and_a_calendar_file(client, create_session):
    session = create_session(places=3)
    listing = client.page("/focus-groups/")
    assert "Short breaks in the school holidays" in listing.text and "3 places left" in listing.text
    client.page(f"/focus-groups/sessions/{session.id}/sign-up")

    response = client.submit(f"/focus-groups/sessions/{session.id}/sign-up", FORM)

    assert response.status_code == 302
    page = client.page(response.headers["Location"])
    assert page.h1.get_text(strip=True) == "You have a place"
    assert "Central Library" in page.text
    db.session.expire_all()
    assert db.session.get(FocusGroupSession, session.id).places_taken == 1
    (email,) = _emails("focus_group.confirmed")
    assert email.to_address == "sam@family.example" and "You have a place" in email.subject
    assert "/focus-groups/sign-ups/" in email.body_text
    (attachment,) = email.attachments
    assert attachment["content_type"] == "text/calendar"
    event = icalendar.Calendar.from_ical(attachment["content"]).walk("VEVENT")[0]
    assert event.decoded("dtstart") == session.starts_at
    assert str(event.decoded("dtstart").tzinfo) == "Europe/London"
    assert event.decoded("dtend") == session.ends_at
    assert "Central Library, Room 2" in str(event["location"])
    assert str(event["uid"]) == f"{session.calendar_uid}@engage"


def test_the_calendar_file_keeps_its_uid_and_is_valid_for_download(client, create_session):
    session = create_session()
    person, token = services.sign_up(session, sign_up_details())
    db.session.commit()
    first = client.get(f"/focus-groups/sign-ups/{token}/calendar.ics")
    second = client.get(f"/focus-groups/sign-ups/{token}/calendar.ics")
    assert first.status_code == 200 and first.mimetype == "text/calendar"
    uids = [
        str(icalendar.Calendar.from_ical(r.data).walk("VEVENT")[0]["uid"]) for r in (first, second)
    ]
    assert uids[0] == uids[1] == f"{session.calendar_uid}@engage"
    assert b"BEGIN:VTIMEZONE" in first.data and b"TZID:Europe/London" in first.data


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ({"name": ""}, "name", "Enter your name"),
        ({"email": "", "phone": ""}, "email", "Enter an email address or a phone number"),
        ({"email": "sam@"}, "email", "Enter an email address in the correct format"),
        ({"phone": "12345", "contact_by": "phone"}, "phone", "Enter a UK phone number"),
        ({"email": "", "phone": "07700 900982"}, "email", "as you asked us to email you"),
        ({"relationship": ""}, "relationship", "Select whether you are"),
        ({"contact_by": ""}, "contact_by", "Select how you would like us to contact you"),
        ({"access_needs": ["interpreter"]}, "interpreter_language", "Enter the language you need"),
        ({"access_needs": ["other"]}, "other_needs", "Tell us what you need"),
        ({"consent": ""}, "consent", "Agree to be contacted"),
    ],
)
def test_each_mistake_is_explained_beside_its_field_and_nothing_is_saved(
    client, create_session, change, field, message
):
    session = create_session()
    response = client.submit(f"/focus-groups/sessions/{session.id}/sign-up", {**FORM, **change})
    assert response.status_code == 400
    page = response.get_data(as_text=True)
    assert message in page and f'id="{field}-error"' in page
    assert "There is a problem" in page
    assert db.session.scalars(select(SignUp)).first() is None


def test_a_full_session_offers_the_waiting_list_and_says_where_you_are(client, create_session):
    session = create_session(places=1)
    services.sign_up(session, sign_up_details(1))
    db.session.commit()
    page = client.page(f"/focus-groups/{session.focus_group_id}")
    assert "waiting list only" in page.text.lower() or "Full" in page.text
    form = client.page(f"/focus-groups/sessions/{session.id}/sign-up")
    assert form.h1.get_text(strip=True) == "Join the waiting list"

    response = client.submit(f"/focus-groups/sessions/{session.id}/sign-up", FORM)

    page = client.page(response.headers["Location"])
    assert page.h1.get_text(strip=True) == "You are on the waiting list"
    assert "You are number 1 on the waiting list" in page.text
    (email,) = _emails("focus_group.waiting")
    assert "number 1 on the waiting list" in email.body_text and not email.attachments


def test_cancelling_gives_the_place_to_the_first_person_waiting_once(client, create_session):
    session = create_session(places=1)
    first, first_token = services.sign_up(session, sign_up_details(1))
    second, _ = services.sign_up(session, sign_up_details(2))
    third, _ = services.sign_up(session, sign_up_details(3))
    db.session.commit()
    confirm = client.page(f"/focus-groups/sign-ups/{first_token}/cancel")
    assert "Are you sure" in confirm.h1.text

    client.submit(f"/focus-groups/sign-ups/{first_token}/cancel", {}, expected_status=302)
    client.submit(f"/focus-groups/sign-ups/{first_token}/cancel", {}, expected_status=302)

    db.session.expire_all()
    statuses = [db.session.get(SignUp, p.id).status for p in (first, second, third)]
    assert statuses == ["cancelled", "confirmed", "waiting"]
    assert db.session.get(FocusGroupSession, session.id).places_taken == 1
    (promoted,) = _emails("focus_group.promoted")
    assert promoted.to_address == "parent2@family.example" and promoted.attachments
    assert len(_emails("focus_group.cancelled")) == 1
    assert services.waiting_position(db.session.get(SignUp, third.id)) == 1


def test_leaving_the_waiting_list_promotes_no_one(create_session):
    session = create_session(places=1)
    services.sign_up(session, sign_up_details(1))
    waiting, token = services.sign_up(session, sign_up_details(2))
    db.session.commit()
    assert services.cancel_sign_up(waiting, token) is None
    db.session.commit()
    assert _emails("focus_group.promoted") == []
    assert db.session.get(FocusGroupSession, session.id).places_taken == 1


def test_online_joining_details_go_only_to_people_with_a_place(client, create_session):
    session = create_session(
        mode="online", venue=None, address=None, joining_details="https://meet.example/xyz-123"
    )
    public_page = client.get(f"/focus-groups/{session.focus_group_id}").get_data(as_text=True)
    assert "meet.example" not in public_page
    services.sign_up(session, sign_up_details(1))
    db.session.commit()
    (email,) = _emails("focus_group.confirmed")
    assert "https://meet.example/xyz-123" in email.body_text
    assert "meet.example/xyz-123" in email.attachments[0]["content"]


def test_officers_see_who_is_coming_and_the_support_to_book(
    client, create_officer, sign_in, create_session
):
    session = create_session(places=3)
    for number, needs in enumerate([["bsl", "step_free"], ["bsl"], ["childcare"]], start=1):
        services.sign_up(session, sign_up_details(number, access_needs=needs))
    services.sign_up(session, sign_up_details(4, access_needs=["bsl"]))  # waiting: not counted
    db.session.commit()
    sign_in(create_officer())
    page = client.page(f"/manage/focus-groups/sessions/{session.id}")
    needs = [li.get_text(strip=True) for li in page.select("ul.govuk-list--bullet li")]
    assert needs == [
        "2 need a BSL interpreter",
        "1 needs step-free access",
        "1 needs childcare or sibling care",
    ]
    assert "Parent 4" in page.text and "1 on the waiting list" in page.text


def test_officers_link_a_focus_group_to_a_consultation_and_priorities_and_edit_it(
    client, create_officer, sign_in, short_breaks
):
    from engage.focus_groups.models import FocusGroup
    from engage.priorities import services as priorities

    framework = priorities.import_framework_yaml(
        priorities.bundled_framework_text("blackpool"), activate=True
    )
    leisure = next(p for p in framework.priorities if p.slug == "bp-3")
    db.session.commit()
    sign_in(create_officer())
    form = client.page("/manage/focus-groups/new")
    assert form.select_one(f"input[name=priorities][value='{leisure.id}']")
    response = client.submit(
        "/manage/focus-groups/new",
        {
            "topic": "Holiday clubs",
            "description": "What works in the holidays.",
            "audiences": ["parents_carers"],
            "consultation_id": str(short_breaks.id),
            "priorities": [str(leisure.id)],
        },
        expected_status=302,
    )
    group = db.session.scalars(select(FocusGroup)).one()
    assert group.consultation_id == short_breaks.id and group.priorities == [leisure]
    edit = client.page(f"{response.headers['Location']}/edit")
    assert edit.select_one("input[name=topic]")["value"] == "Holiday clubs"
    client.submit(
        f"{response.headers['Location']}/edit",
        {
            "topic": "Holiday clubs and play schemes",
            "description": "Same.",
            "audiences": ["young_people"],
            "consultation_id": "0",
        },
        expected_status=302,
    )
    db.session.expire_all()
    group = db.session.get(FocusGroup, group.id)
    assert group.topic == "Holiday clubs and play schemes"
    assert group.consultation_id is None and group.priorities == []


def test_officers_create_a_focus_group_and_a_session(client, create_officer, sign_in):
    sign_in(create_officer())
    response = client.submit(
        "/manage/focus-groups/new",
        {
            "topic": "Transport to school",
            "description": "Tell us about taxis.",
            "audiences": ["parents_carers"],
        },
        expected_status=302,
    )
    group_url = response.headers["Location"]
    bad = client.submit(
        f"{group_url}/sessions/new",
        {
            "day": ["3", "3", "2031"],
            "starts": "14:00",
            "ends": "13:00",
            "mode": "in_person",
            "venue": "Town hall",
            "places": "8",
        },
        expected_status=400,
    )
    assert "The end time must be after the start time" in bad.get_data(as_text=True)
    client.submit(
        f"{group_url}/sessions/new",
        {
            "day": ["3", "3", "2031"],
            "starts": "13:00",
            "ends": "15:00",
            "mode": "in_person",
            "venue": "Town hall",
            "places": "8",
        },
        expected_status=302,
    )
    session = db.session.scalars(select(FocusGroupSession)).one()
    assert session.places == 8 and session.starts_at.hour == 13  # 1pm in March is GMT


def _fire_at_once(app, count: int, make_request) -> list[int]:
    """`count` threads, each with its own client, released together."""
    barrier = threading.Barrier(count)
    statuses: list[int] = []

    def run(number: int):
        client = app.test_client()
        barrier.wait()
        statuses.append(make_request(client, number).status_code)

    threads = [threading.Thread(target=run, args=(n,)) for n in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return statuses


def test_fifty_people_signing_up_at_once_never_overbook_ten_places(app, create_session):
    session = create_session(places=10)
    url = f"/focus-groups/sessions/{session.id}/sign-up"

    statuses = _fire_at_once(
        app, 50, lambda client, n: client.post(url, data={**FORM, "email": f"p{n}@family.example"})
    )

    assert statuses == [302] * 50
    db.session.expire_all()
    people = db.session.scalars(select(SignUp).order_by(SignUp.id)).all()
    assert [p.status for p in people].count("confirmed") == 10
    assert [p.status for p in people].count("waiting") == 40
    assert db.session.get(FocusGroupSession, session.id).places_taken == 10
    positions = [services.waiting_position(p) for p in people if p.status == "waiting"]
    assert positions == list(range(1, 41))  # the waiting list is in the order they arrived
    assert len(_emails("focus_group.confirmed")) == 10 and len(_emails("focus_group.waiting")) == 40


def test_two_cancellations_at_once_promote_two_different_people(app, create_session):
    session = create_session(places=2)
    tokens = [services.sign_up(session, sign_up_details(n))[1] for n in range(1, 6)]
    db.session.commit()

    statuses = _fire_at_once(
        app,
        2,
        lambda client, n: client.post(f"/focus-groups/sign-ups/{tokens[n]}/cancel", data={}),
    )

    assert statuses == [302, 302]
    db.session.expire_all()
    people = db.session.scalars(select(SignUp).order_by(SignUp.id)).all()
    assert [p.status for p in people] == [
        "cancelled",
        "cancelled",
        "confirmed",
        "confirmed",
        "waiting",
    ]
    assert db.session.get(FocusGroupSession, session.id).places_taken == 2
    assert sorted(e.to_address for e in _emails("focus_group.promoted")) == [
        "parent3@family.example",
        "parent4@family.example",
    ]


def test_the_confirmation_reaches_a_real_mail_server_with_its_calendar_file(
    create_session, smtp_server
):
    session = create_session()
    services.sign_up(session, sign_up_details(1))
    db.session.commit()

    assert send_due_emails(smtp_server.sender)["sent"] == 1

    (message,) = smtp_server.messages
    assert message["To"] == "parent1@family.example"
    parts = {part.get_content_type(): part for part in message.walk()}
    ics = parts["text/calendar"]
    assert ics.get_filename() == "focus-group.ics"
    event = icalendar.Calendar.from_ical(ics.get_payload(decode=True)).walk("VEVENT")[0]
    assert event.decoded("dtstart") == session.starts_at
    assert "/focus-groups/sign-ups/" in parts["text/plain"].get_payload(decode=True).decode()

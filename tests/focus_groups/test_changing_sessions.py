"""An officer moves or cancels a session: everyone signed up is told, and the calendar file
updates the event people already have (same UID, higher SEQUENCE)."""

import csv
import io
from datetime import timedelta

import icalendar
from openpyxl import load_workbook
from sqlalchemy import select

from engage.audit.models import AuditEvent
from engage.database import utcnow
from engage.email.models import OutboxEmail
from engage.extensions import db
from engage.focus_groups import services
from engage.focus_groups.models import FocusGroupSession
from tests.focus_groups.factories import sign_up_details


def _event(email: OutboxEmail):
    return icalendar.Calendar.from_ical(email.attachments[0]["content"]).walk("VEVENT")[0]


def _emails(purpose: str) -> list[OutboxEmail]:
    return db.session.scalars(
        select(OutboxEmail).where(OutboxEmail.purpose == purpose).order_by(OutboxEmail.id)
    ).all()


def test_moving_a_session_tells_everyone_and_updates_the_same_calendar_event(
    client, create_officer, sign_in, create_session
):
    session = create_session(places=1)
    services.sign_up(session, sign_up_details(1))
    services.sign_up(session, sign_up_details(2))  # waiting
    db.session.commit()
    (confirmation,) = _emails("focus_group.confirmed")
    sign_in(create_officer())
    form = client.page(f"/manage/focus-groups/sessions/{session.id}/move")
    assert form.select_one("input[name=starts]")["value"]  # filled with the current time

    client.submit(
        f"/manage/focus-groups/sessions/{session.id}/move",
        {"day": ["4", "3", "2031"], "starts": "18:00", "ends": "19:30"},
        expected_status=302,
    )

    moved = _emails("focus_group.moved")
    assert sorted(e.to_address for e in moved) == [
        "parent1@family.example",
        "parent2@family.example",
    ]
    with_place = next(e for e in moved if e.to_address == "parent1@family.example")
    before, after = _event(confirmation), _event(with_place)
    assert str(after["uid"]) == str(before["uid"])
    assert int(after["sequence"]) > int(before["sequence"])
    assert after.decoded("dtstart").strftime("%Y-%m-%d %H:%M %Z") == "2031-03-04 18:00 GMT"
    assert not next(e for e in moved if e.to_address == "parent2@family.example").attachments
    assert db.session.scalars(
        select(AuditEvent).where(AuditEvent.action == "focus_group.session_moved")
    ).one()


def test_a_move_with_the_end_before_the_start_is_refused_and_changes_nothing(
    client, create_officer, sign_in, create_session
):
    session = create_session()
    starts = session.starts_at
    sign_in(create_officer())
    response = client.submit(
        f"/manage/focus-groups/sessions/{session.id}/move",
        {"day": ["4", "3", "2031"], "starts": "18:00", "ends": "17:00"},
        expected_status=400,
    )
    assert "The end time must be after the start time" in response.get_data(as_text=True)
    db.session.expire_all()
    assert db.session.get(FocusGroupSession, session.id).starts_at == starts


def test_cancelling_a_session_tells_everyone_and_closes_sign_up(
    client, create_officer, sign_in, create_session
):
    session = create_session(places=1)
    services.sign_up(session, sign_up_details(1))
    services.sign_up(session, sign_up_details(2))
    db.session.commit()
    sign_in(create_officer())
    client.page(f"/manage/focus-groups/sessions/{session.id}/cancel")

    client.submit(f"/manage/focus-groups/sessions/{session.id}/cancel", {}, expected_status=302)

    told = _emails("focus_group.session_cancelled")
    assert len(told) == 2
    event = _event(next(e for e in told if e.attachments))
    assert str(event["status"]) == "CANCELLED"
    client.get("/sign-out")
    assert client.get(f"/focus-groups/sessions/{session.id}/sign-up").status_code == 410
    assert "Short breaks" not in client.page("/focus-groups/").text


def test_after_the_session_officers_mark_who_came_and_export_it(
    client, create_officer, sign_in, create_session
):
    session = create_session(places=2)
    came, _ = services.sign_up(session, sign_up_details(1, access_needs=["bsl"]))
    missed, _ = services.sign_up(session, sign_up_details(2, name="=HYPERLINK(1)"))
    services.sign_up(session, sign_up_details(3))  # waiting
    session.starts_at = utcnow() - timedelta(hours=3)
    session.ends_at = session.starts_at + timedelta(hours=2)
    db.session.commit()
    sign_in(create_officer())
    page = client.page(f"/manage/focus-groups/sessions/{session.id}")
    assert page.select("input[name=attended]")

    client.submit(
        f"/manage/focus-groups/sessions/{session.id}/attendance",
        {"attended": [str(came.id)]},
        expected_status=302,
    )
    tampered = client.post(
        f"/manage/focus-groups/sessions/{session.id}/attendance", data={"attended": ["999999"]}
    )

    assert tampered.status_code == 400
    rows = list(
        csv.reader(
            io.StringIO(
                client.get(f"/manage/focus-groups/sessions/{session.id}/sign-ups.csv").get_data(
                    as_text=True
                )
            )
        )
    )
    assert rows[0][0] == "Name" and rows[0][-1] == "Attended"
    assert [(r[0], r[5], r[6], r[-1]) for r in rows[1:]] == [
        ("Parent 1", "confirmed", "", "Yes"),
        ("'=HYPERLINK(1)", "confirmed", "", "No"),  # a formula is made harmless text
        ("Parent 3", "waiting", "1", ""),
    ]
    assert rows[1][7] == "British Sign Language (BSL) interpreter"
    with client.get(f"/manage/focus-groups/sessions/{session.id}/sign-ups.xlsx") as excel:
        sheet = load_workbook(io.BytesIO(excel.data)).active
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert values[0] == rows[0] and values[1][0] == "Parent 1" and values[3][6] == 1

"""Officers create advisory groups and polls (plain question, answers with pictures and their
descriptions, times, rules for changing and for results), run the meeting screen, and close."""

import io

import pytest
from sqlalchemy import select

from engage.extensions import db
from engage.polls.models import AdvisoryGroup, Poll
from tests.polls.factories import option_id

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def _poll_form(**overrides) -> dict:
    values = {
        "question": "What should the summer trip be?",
        "option_1": "Beach",
        "option_2": "Zoo",
        "max_choices": "1",
        "opens_day": ["1", "6", "2031"],
        "opens_time": "09:00",
        "closes_day": ["8", "6", "2031"],
        "closes_time": "17:00",
        "allow_change": "y",
        "ask_why": "y",
        "results_shown": "after_voting",
    }
    values.update(overrides)
    return {name: value for name, value in values.items() if value is not None}


def test_an_officer_creates_a_group_and_a_poll_with_pictures(officer_client):
    officer_client.post(
        "/manage/advisory-groups/new", data={"name": "Young Voices", "kind": "young_people"}
    )
    group = db.session.scalars(select(AdvisoryGroup)).one()
    page = officer_client.page(f"/manage/advisory-groups/{group.id}")
    assert page.select_one(".engage-join-code").get_text() == group.join_code
    assert len(group.join_code) == 6

    data = _poll_form(
        option_1_image=(io.BytesIO(PNG), "beach.png"),
        option_1_alt="A sandy beach with the sea",
    )
    response = officer_client.post(
        f"/manage/advisory-groups/polls/new?group_id={group.id}",
        data=data,
        content_type="multipart/form-data",
    )
    assert response.status_code == 302, response.get_data(as_text=True)[:3000]
    poll = db.session.scalars(select(Poll)).one()
    assert [option.text for option in poll.options] == ["Beach", "Zoo"]
    assert poll.options[0].image_alt == "A sandy beach with the sea"
    assert poll.opens_at.hour == 8  # 9am in June is 8am UTC
    picture = officer_client.get(f"/polls/images/{poll.options[0].image_id}")
    assert picture.mimetype == "image/png" and picture.data == PNG


@pytest.mark.parametrize(
    "overrides, field, message",
    [
        ({"question": ""}, "question", "Enter the question"),
        ({"option_2": ""}, "option_1", "Enter at least 2 answers to choose from"),
        ({"max_choices": "3"}, "max_choices", "Enter a number no bigger than the number of answers"),
        ({"closes_day": ["1", "6", "2031"], "closes_time": "08:00"}, "closes_day", "The poll must close after it opens"),
        ({"closes_time": "25:00"}, "closes_time", "Enter a real time, like 09:00 or 17:30"),
        ({"results_shown": None}, "results_shown", "Select who sees the results"),
        ({"option_2_image": (io.BytesIO(PNG), "zoo.png")}, "option_2_alt", "Say what the picture shows"),
        ({"image": (io.BytesIO(b"not a picture"), "x.png"), "image_alt": "x"}, "image", "The picture must be a PNG, JPG or GIF"),
    ],
)  # fmt: skip
def test_poll_form_mistakes_are_named_beside_their_field(
    officer_client, group, overrides, field, message
):
    response = officer_client.post(
        f"/manage/advisory-groups/polls/new?group_id={group.id}",
        data=_poll_form(**overrides),
        content_type="multipart/form-data",
    )
    assert response.status_code == 400
    text = response.get_data(as_text=True)
    assert f'id="{field}-error"' in text and message in text
    assert db.session.scalar(select(Poll.id)) is None


def test_the_meeting_screen_shows_live_totals_and_closing_stops_voting(
    officer_client, member_client, poll
):
    _, phone = member_client()
    phone.post(f"/polls/{poll.id}", data={"choice": option_id(poll, "Cafe")})
    screen = officer_client.page(f"/manage/advisory-groups/polls/{poll.id}/screen")
    assert screen.select_one(".engage-meeting-screen__question").get_text() == poll.question
    assert screen.select_one("[data-field=voters]").get_text() == "1"
    assert screen.select_one(".engage-meeting-screen")["data-open"] == "true"
    totals = officer_client.get(f"/manage/advisory-groups/polls/{poll.id}/totals.json").json
    assert totals["voters"] == 1 and totals["open"] is True
    assert [option["votes"] for option in totals["options"]] == [0, 0, 1]

    officer_client.post(f"/manage/advisory-groups/polls/{poll.id}/close", data={})
    response = phone.post(f"/polls/{poll.id}", data={"choice": option_id(poll, "Park")})
    assert "This poll has closed" in response.get_data(as_text=True)
    totals = officer_client.get(f"/manage/advisory-groups/polls/{poll.id}/totals.json").json
    assert totals["open"] is False and totals["voters"] == 1

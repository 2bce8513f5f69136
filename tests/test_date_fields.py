"""Dates are three boxes (day, month, year). A wrong date, or a request with the boxes missing
(never from our pages), gets a message beside the field, not a server error."""

import pytest

from engage.polls.services import GroupDetails, create_group


@pytest.fixture
def poll_form_url(officer_client):
    group = create_group(GroupDetails("Young Voices", "young_people"))
    from engage.extensions import db

    db.session.commit()
    return f"/manage/advisory-groups/polls/new?group_id={group.id}"


FORM = {
    "question": "Where should we go?", "option_1": "Beach", "option_2": "Zoo", "max_choices": "1",
    "opens_time": "09:00", "closes_day": ["8", "6", "2031"], "closes_time": "17:00",
    "results_shown": "after_voting",
}  # fmt: skip


@pytest.mark.parametrize(
    "opens_day, message",
    [
        (None, "Enter the day the poll opens"),
        (["1", "6"], "Enter a real date, like 27 3 2027"),
        (["31", "2", "2031"], "Enter a real date, like 27 3 2027"),
        (["", "", ""], "Enter the day the poll opens"),
    ],
)
def test_a_wrong_or_missing_date_is_named_beside_the_field(
    officer_client, poll_form_url, opens_day, message
):
    data = dict(FORM)
    if opens_day is not None:
        data["opens_day"] = opens_day
    response = officer_client.post(poll_form_url, data=data)
    assert response.status_code == 400
    text = response.get_data(as_text=True)
    assert 'id="opens_day-error"' in text and message in text

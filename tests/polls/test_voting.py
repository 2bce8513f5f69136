"""Members vote in their group's polls on a page of their own: one vote each, changed only when
the poll allows it, an optional "tell us why", and results only when the poll says so."""

import threading
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from engage.database import utcnow
from engage.extensions import db
from engage.feedback.models import Feedback
from engage.polls import services
from engage.polls.models import Ballot, BallotChoice
from engage.polls.views import MEMBER_COOKIE
from tests.polls.factories import option_id


def test_a_member_votes_sees_what_they_chose_and_the_results(member_client, poll):
    _, phone = member_client()
    page = phone.page(f"/polls/{poll.id}")
    assert page.select_one("legend h1").get_text() == poll.question
    assert [label.get_text(strip=True) for label in page.select("label.govuk-radios__label")] == [
        "Library",
        "Park",
        "Cafe",
    ]
    response = phone.post(
        f"/polls/{poll.id}", data={"choice": option_id(poll, "Park"), "comment": "It is sunny"}
    )
    assert response.headers["Location"] == f"/polls/{poll.id}/voted?new=1"
    voted = phone.page(response.headers["Location"])
    assert "Thank you for voting" in voted.h1.get_text()
    assert "You chose: Park" in voted.get_text(" ", strip=True)
    results = voted.select_one(".engage-poll-results").get_text(" ", strip=True)
    assert "1 person voted" in results and "Park 1 100%" in results
    feedback = db.session.scalars(select(Feedback)).one()
    assert feedback.source == "poll" and feedback.voice == "young_person"
    assert feedback.text == "It is sunny" and "Young Voices" in feedback.context


def test_choosing_nothing_is_named_beside_the_answers(member_client, poll):
    _, phone = member_client()
    response = phone.post(f"/polls/{poll.id}", data={"comment": "I am not sure"})
    assert response.status_code == 400
    text = response.get_data(as_text=True)
    assert 'id="choice-error"' in text and "Choose an answer" in text
    assert "I am not sure" in text  # what they typed is still there
    assert services.poll_totals(poll).voters == 0


def test_a_vote_can_be_changed_only_where_the_poll_allows(member_client, create_poll):
    changeable, fixed = create_poll(), create_poll(allow_change=False, question="Fixed?")
    _, phone = member_client()
    for poll in (changeable, fixed):
        phone.post(f"/polls/{poll.id}", data={"choice": option_id(poll, "Library")})
        response = phone.post(f"/polls/{poll.id}", data={"choice": option_id(poll, "Cafe")})
        assert response.status_code == (302 if poll.allow_change else 400)
    assert [t.votes for t in services.poll_totals(changeable).options] == [0, 0, 1]
    assert [t.votes for t in services.poll_totals(fixed).options] == [1, 0, 0]
    refused = phone.post(f"/polls/{fixed.id}", data={"choice": option_id(fixed, "Park")})
    assert "You have already voted in this poll" in refused.get_data(as_text=True)
    assert phone.get(f"/polls/{fixed.id}").headers["Location"] == f"/polls/{fixed.id}/voted"
    change_page = phone.page(f"/polls/{changeable.id}?change=1")
    assert change_page.select_one("input[checked]")["value"] == str(option_id(changeable, "Cafe"))


def test_choose_up_to_n(member_client, create_poll):
    poll = create_poll(answers=("Art", "Music", "Sport", "Games"), max_choices=2)
    _, phone = member_client()
    page = phone.page(f"/polls/{poll.id}")
    assert len(page.select("input[type=checkbox][name=choice]")) == 4
    too_many = [option_id(poll, name) for name in ("Art", "Music", "Sport")]
    response = phone.post(f"/polls/{poll.id}", data={"choice": too_many})
    assert response.status_code == 400 and "Choose up to 2 answers" in response.get_data(
        as_text=True
    )
    phone.post(f"/polls/{poll.id}", data={"choice": too_many[:2]})
    totals = services.poll_totals(poll)
    assert totals.voters == 1 and [t.percent for t in totals.options] == [100, 100, 0, 0]


def test_a_closed_poll_and_another_groups_poll_take_no_vote(
    member_client, create_group, create_poll, poll
):
    closed = create_poll(
        opens_at=utcnow() - timedelta(days=2), closes_at=utcnow() - timedelta(days=1)
    )
    other_group_poll = create_poll(for_group=create_group("Parents", "parents"))
    _, phone = member_client()
    response = phone.post(f"/polls/{closed.id}", data={"choice": option_id(closed, "Park")})
    assert response.status_code == 400 and "This poll has closed" in response.get_data(as_text=True)
    assert phone.get(f"/polls/{other_group_poll.id}").status_code == 404
    assert phone.get(f"/polls/{poll.id}").status_code == 200
    outsider = phone.application.test_client()
    assert outsider.get(f"/polls/{poll.id}").headers["Location"] == "/advisory-groups/join"


@pytest.mark.parametrize(
    "shown, closed, visible", [
        ("after_voting", False, True),
        ("after_closing", False, False),
        ("after_closing", True, True),
        ("officers_only", True, False),
    ],
)  # fmt: skip
def test_results_are_shown_only_when_the_poll_says(
    member_client, create_poll, shown, closed, visible
):
    poll = create_poll(results_shown=shown)
    _, phone = member_client()
    phone.post(f"/polls/{poll.id}", data={"choice": option_id(poll, "Park")})
    if closed:
        services.close_poll(poll)
        db.session.commit()
    page = phone.page(f"/polls/{poll.id}/voted")
    assert bool(page.select(".engage-poll-results")) is visible


def _fire_at_once(count: int, make_request) -> list[int]:
    barrier = threading.Barrier(count)
    statuses: list[int] = []

    def run(number: int):
        barrier.wait()
        statuses.append(make_request(number).status_code)

    threads = [threading.Thread(target=run, args=(n,)) for n in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return statuses


@pytest.mark.parametrize("allow_change", [False, True])
def test_fifty_votes_at_once_from_one_member_count_once(
    app, member_client, create_poll, allow_change
):
    """Fifty requests from one member's devices at the same moment, through the real app."""
    poll = create_poll(allow_change=allow_change)
    member, _ = member_client()
    answers = [option.id for option in poll.options]
    devices = []
    for _ in range(50):
        device = app.test_client()
        device.set_cookie(MEMBER_COOKIE, services.sign_in_device(member))
        devices.append(device)
    db.session.commit()
    url = f"/polls/{poll.id}"

    statuses = _fire_at_once(50, lambda n: devices[n].post(url, data={"choice": answers[n % 3]}))

    db.session.expire_all()
    assert db.session.scalar(select(func.count()).select_from(Ballot)) == 1
    assert db.session.scalar(select(func.count()).select_from(BallotChoice)) == 1
    totals = services.poll_totals(poll)
    assert totals.voters == 1 and sum(t.votes for t in totals.options) == 1
    if allow_change:
        assert statuses == [302] * 50  # each change was taken; the last one stands
    else:
        assert sorted(statuses) == [302] + [400] * 49


def test_fifty_members_voting_at_once_are_all_counted(member_client, poll):
    phones = [member_client()[1] for _ in range(50)]
    answers, url = [option.id for option in poll.options], f"/polls/{poll.id}"
    statuses = _fire_at_once(50, lambda n: phones[n].post(url, data={"choice": answers[n % 3]}))
    assert statuses == [302] * 50
    db.session.expire_all()
    totals = services.poll_totals(poll)
    assert totals.voters == 50 and [t.votes for t in totals.options] == [17, 17, 16]

"""Open quick polls let anyone answer, once per browser (a signed cookie) and throttled per
address; their results are labelled as indicative."""

from engage.extensions import db
from engage.feedback.models import Feedback
from engage.polls import services
from engage.polls.views import VOTER_COOKIE
from tests.polls.factories import option_id


def test_anyone_votes_once_per_browser_and_the_results_are_indicative(app, client, create_poll):
    poll = create_poll(for_group=None, allow_change=False, question="Should the club open on Sundays?",
                       answers=("Yes", "No"))  # fmt: skip
    page = client.page(f"/polls/{poll.id}")
    assert "Anyone can answer this poll" in page.get_text()
    client.post(f"/polls/{poll.id}", data={"choice": option_id(poll, "Yes"), "comment": "Yes!"})
    assert client.get_cookie(VOTER_COOKIE) is not None
    again = client.post(f"/polls/{poll.id}", data={"choice": option_id(poll, "No")})
    assert again.status_code == 400 and "already voted" in again.get_data(as_text=True)
    voted = client.page(f"/polls/{poll.id}/voted").get_text(" ", strip=True)
    assert "These results are indicative" in voted

    another_browser = app.test_client()
    another_browser.post(f"/polls/{poll.id}", data={"choice": option_id(poll, "No")})
    forged = app.test_client()
    forged.set_cookie(VOTER_COOKIE, "not-signed-by-us")
    forged.post(f"/polls/{poll.id}", data={"choice": option_id(poll, "No")})
    assert [t.votes for t in services.poll_totals(poll).options] == [1, 2]
    feedback = db.session.query(Feedback).one()
    assert feedback.voice is None and feedback.context.startswith("Open poll")


def test_open_poll_votes_are_throttled_per_address(app, client, create_poll, monkeypatch):
    monkeypatch.setitem(app.config, "OPEN_POLL_VOTE_RATE_LIMIT", "3 per hour")
    poll = create_poll(for_group=None)
    statuses = []
    for _ in range(4):
        browser = app.test_client()  # a fresh browser each time: only the address is the same
        statuses.append(
            browser.post(f"/polls/{poll.id}", data={"choice": option_id(poll, "Park")}).status_code
        )
    assert statuses == [302, 302, 302, 429]

"""Votes are secret: officers see totals, and no page, download or table says which member
voted for which answer."""

from sqlalchemy import inspect

from engage.accounts.roles import Role
from engage.extensions import db
from engage.polls import services
from tests.polls.factories import option_id
from tests.support import TEST_PASSWORD

ANSWERS = ("Library", "Park", "Cafe")


def _admin(app, create_officer):
    admin, browser = create_officer(Role.ADMIN), app.test_client()
    browser.post("/sign-in", data={"email": admin.email, "password": TEST_PASSWORD})
    return browser


def test_no_officer_page_or_download_shows_who_voted_for_what(
    app, officer_client, create_officer, member_client, group, poll
):
    voters = {"Aisha": "Library", "Ben": "Park", "Chloe": "Park"}
    for name, answer in voters.items():
        _, phone = member_client(name=name)
        phone.post(
            f"/polls/{poll.id}", data={"choice": option_id(poll, answer), "comment": "Because"}
        )

    group_page = officer_client.page(f"/manage/advisory-groups/{group.id}").get_text()
    assert all(name in group_page for name in voters)  # officers see who is a member...
    assert not any(answer in group_page for answer in ANSWERS)  # ...but not how anyone voted

    views_of_the_poll = [
        officer_client.page(f"/manage/advisory-groups/polls/{poll.id}").get_text(),
        officer_client.page(f"/manage/advisory-groups/polls/{poll.id}/screen").get_text(),
        officer_client.get(f"/manage/advisory-groups/polls/{poll.id}/totals.json").get_data(as_text=True),
        officer_client.get(f"/manage/advisory-groups/polls/{poll.id}/results.csv").get_data(as_text=True),
        _admin(app, create_officer).page("/manage/audit-log/").get_text(),
    ]  # fmt: skip
    for text in views_of_the_poll:
        assert not any(name in text for name in voters)
    assert "Park,2,67" in views_of_the_poll[3]


def test_a_member_sees_only_their_own_choice(member_client, poll):
    _, aisha = member_client(name="Aisha")
    _, ben = member_client(name="Ben")
    aisha.post(f"/polls/{poll.id}", data={"choice": option_id(poll, "Library")})
    ben.post(f"/polls/{poll.id}", data={"choice": option_id(poll, "Cafe")})
    page = ben.page(f"/polls/{poll.id}/voted").get_text(" ", strip=True)
    assert "You chose: Cafe" in page and "Aisha" not in page


def test_a_ballot_holds_no_member_and_its_key_cannot_be_made_again_once_they_are_gone(
    member_client, poll
):
    columns = {column["name"] for column in inspect(db.engine).get_columns("poll_ballots")}
    assert columns == {"id", "poll_id", "voter_key", "cast_at", "changed_at"}
    member, phone = member_client()
    phone.post(f"/polls/{poll.id}", data={"choice": option_id(poll, "Park")})
    key = services.member_voter_key(poll, member)
    assert services.ballot_for(poll, key) is not None
    services.remove_member(member)
    db.session.commit()
    rejoined = services.join_with_code(poll.group, member.display_name, None)
    assert services.member_voter_key(poll, rejoined) != key  # a new salt: a new, unlinked voter

"""A young person joins their advisory group with the code shown in the meeting, or with a
personal link; their phone remembers them; an officer can remove them, and their votes stay
counted but unlinked."""

import pytest
from sqlalchemy import func, select

from engage.extensions import db
from engage.polls import services
from engage.polls.models import Ballot, Member, MemberDevice
from engage.polls.views import MEMBER_COOKIE
from tests.polls.factories import option_id


def test_a_young_person_joins_with_the_code_and_their_phone_remembers_them(client, group):
    page = client.page("/advisory-groups/join")
    assert page.h1.get_text() == "Join your group"
    typed = " ".join(group.join_code[:3].lower()) + "-" + group.join_code[3:]  # "a b c-DEF"
    response = client.post("/advisory-groups/join", data={"code": typed})
    assert response.headers["Location"] == "/advisory-groups/join/about-you"
    about = client.page("/advisory-groups/join/about-you")
    assert "We only need a name to use for you." in about.get_text()
    assert not about.select("input[type=email], input[type=date]")  # nothing else is asked
    response = client.post(
        "/advisory-groups/join/about-you", data={"display_name": "Jay", "age_band": "14_16"}
    )
    assert response.status_code == 302
    cookie = client.get_cookie(MEMBER_COOKIE)
    assert cookie.http_only and cookie.expires is not None  # stays signed in on this device

    home = client.page("/advisory-groups/my-group")
    assert "Welcome" not in home.get_text() and home.h1.get_text() == "Young Voices"
    member = db.session.scalars(select(Member)).one()
    assert (member.display_name, member.age_band) == ("Jay", "14_16")


@pytest.mark.parametrize(
    "data, field, message",
    [
        ({"display_name": ""}, "display_name", "Type a name for us to use"),
        ({"display_name": "Jay Anthony Smith"}, "display_name", "Use just your first name or a nickname"),
        ({"display_name": "x" * 41}, "display_name", "Your name must be 40 characters or fewer"),
    ],
)  # fmt: skip
def test_mistakes_about_you_are_named_beside_the_field(client, group, data, field, message):
    client.post("/advisory-groups/join", data={"code": group.join_code})
    response = client.post("/advisory-groups/join/about-you", data=data)
    assert response.status_code == 400
    text = response.get_data(as_text=True)
    assert f'id="{field}-error"' in text and message in text
    assert db.session.scalar(select(func.count()).select_from(Member)) == 0


def test_a_wrong_or_turned_off_code_says_what_to_do(client, group):
    response = client.post("/advisory-groups/join", data={"code": "NOPE99"})
    assert response.status_code == 400
    assert "That code does not work. Check it, or ask your group leader" in response.get_data(
        as_text=True
    )
    code = group.join_code
    services.change_join_code(group, turn_off=True)
    db.session.commit()
    assert client.post("/advisory-groups/join", data={"code": code}).status_code == 400


def test_a_personal_invite_link_signs_in_a_new_device_and_a_new_link_replaces_it(
    app, client, group
):
    member, token = services.create_invite(group)
    db.session.commit()
    first_phone = app.test_client()
    assert first_phone.get(f"/advisory-groups/invite/{token}").status_code == 200
    first_phone.post(f"/advisory-groups/invite/{token}", data={"display_name": "Ali"})
    db.session.expire_all()
    assert member.display_name == "Ali"

    new_phone = app.test_client()
    response = new_phone.get(f"/advisory-groups/invite/{token}")
    assert response.headers["Location"] == "/advisory-groups/my-group"
    assert new_phone.get("/advisory-groups/my-group").status_code == 200
    assert len(member.devices) == 2

    your_link = new_phone.post("/advisory-groups/my-group/new-link", data={})
    new_token = your_link.get_data(as_text=True).split("/advisory-groups/invite/")[1].split("<")[0]
    assert client.get(f"/advisory-groups/invite/{token}").status_code == 404  # the old one
    assert client.get(f"/advisory-groups/invite/{new_token}").status_code == 302


def test_a_removed_member_is_signed_out_and_their_vote_still_counts_unlinked(
    officer_client, member_client, poll
):
    member, phone = member_client(name="Sam")
    phone.post(f"/polls/{poll.id}", data={"choice": option_id(poll, "Park")})
    member_id = member.id
    page = officer_client.page(f"/manage/advisory-groups/members/{member_id}/remove")
    assert "Their votes still count" in page.get_text()
    officer_client.post(f"/manage/advisory-groups/members/{member_id}/remove", data={})
    db.session.expire_all()
    assert db.session.get(Member, member_id) is None
    assert db.session.scalar(select(func.count()).select_from(MemberDevice)) == 0
    assert phone.get("/advisory-groups/my-group").headers["Location"] == "/advisory-groups/join"
    totals = services.poll_totals(poll)
    assert totals.voters == 1 and [t.votes for t in totals.options] == [0, 1, 0]
    assert db.session.scalar(select(func.count()).select_from(Ballot)) == 1


def test_a_member_can_leave_the_group(member_client, poll):
    member, phone = member_client()
    phone.post(f"/polls/{poll.id}", data={"choice": option_id(poll, "Cafe")})
    assert "Do you want to leave" in phone.page("/advisory-groups/my-group/leave").h1.get_text()
    response = phone.post("/advisory-groups/my-group/leave", data={})
    assert response.status_code == 302
    db.session.expire_all()
    assert db.session.scalar(select(func.count()).select_from(Member)) == 0
    assert services.poll_totals(poll).voters == 1

"""Officers view, edit and activate frameworks; the public sees the active one."""

import pytest
from sqlalchemy.exc import IntegrityError

from engage.audit.models import AuditEvent
from engage.extensions import db
from engage.priorities import services
from engage.priorities.framework_yaml import load_framework_file
from engage.priorities.models import Framework


@pytest.fixture
def blackpool():
    framework = services.import_framework_yaml(
        services.bundled_framework_text("blackpool"), activate=True
    )
    db.session.commit()
    return framework


@pytest.fixture
def darlington():
    framework = services.import_framework_yaml(services.bundled_framework_text("darlington"))
    db.session.commit()
    return framework


def test_every_bundled_framework_has_short_names_and_descriptions():
    names = services.bundled_framework_names()
    assert names == [
        "blackburn-with-darwen",
        "blackpool",
        "cheshire-west-and-chester",
        "darlington",
        "lancashire",
    ]
    for name in names:
        framework = services.parse_framework_yaml(services.bundled_framework_text(name))
        for priority in framework.priorities:
            assert priority.short_name and priority.description, f"{name} {priority.slug}"


def test_only_one_framework_is_active(blackpool, darlington, officer_client):
    response = officer_client.post(f"/manage/priorities/{darlington.id}/activate")
    assert response.status_code == 302
    db.session.expire_all()
    assert services.active_framework().id == darlington.id
    assert not db.session.get(Framework, blackpool.id).is_active


def test_the_database_refuses_two_active_frameworks(blackpool, darlington):
    darlington.is_active = True
    with pytest.raises(IntegrityError):
        db.session.flush()
    db.session.rollback()


def test_officer_edits_a_priority_and_the_change_is_audited(blackpool, officer_client):
    priority = blackpool.priorities[2]
    url = f"/manage/priorities/{blackpool.id}/priorities/{priority.id}"
    page = officer_client.page(url)
    assert page.select_one("#slug")["value"] == "bp-3"
    response = officer_client.post(
        url,
        data={
            "slug": "bp-3",
            "title": priority.title,
            "short_name": "Things to do",
            "description": "Leisure, friendships and short breaks.",
            "keywords": "clubs\nshort breaks\n\n respite ",
            "examples": "There is nothing for him to do in the holidays.",
        },
    )
    assert response.status_code == 302
    db.session.expire_all()
    assert priority.short_name == "Things to do"
    assert priority.keywords == ["clubs", "short breaks", "respite"]
    event = db.session.scalars(
        db.select(AuditEvent).where(AuditEvent.action == "priority.updated")
    ).one()
    assert event.details["changes"]["short_name"]["to"] == "Things to do"


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("slug", "BP 3", "Slug must be lower-case letters and numbers"),
        ("slug", "bp-1", "Another priority already uses the slug bp-1"),
        ("title", "", "Enter the priority's title"),
        ("short_name", "x" * 41, "Short name must be 40 characters or fewer"),
    ],
)
def test_bad_priority_edits_are_explained_next_to_the_field(
    blackpool, officer_client, field, value, message
):
    priority = blackpool.priorities[2]
    data = {
        "slug": "bp-3",
        "title": priority.title,
        "short_name": "",
        "description": "",
        "keywords": "",
        "examples": "",
    }
    data[field] = value
    response = officer_client.post(
        f"/manage/priorities/{blackpool.id}/priorities/{priority.id}", data=data
    )
    assert response.status_code == 200
    from tests.support import check_page

    page = check_page(response.get_data(as_text=True))
    assert message in page.select_one(f"#{field}-error").get_text()
    assert message in page.select_one(".govuk-error-summary").get_text()
    db.session.expire_all()
    assert priority.slug == "bp-3"


def test_officer_adds_a_priority(blackpool, officer_client):
    response = officer_client.post(
        f"/manage/priorities/{blackpool.id}/priorities/new",
        data={
            "slug": "bp-5",
            "title": "Better information for families",
            "short_name": "",
            "description": "",
            "keywords": "local offer",
            "examples": "",
        },
    )
    assert response.status_code == 302
    db.session.expire_all()
    assert [p.slug for p in blackpool.priorities][-1] == "bp-5"


def test_the_public_sees_the_active_frameworks_priorities(blackpool, client):
    page = client.page("/priorities")
    headings = [h.get_text(" ", strip=True) for h in page.select("main h2")]
    assert len(headings) == 4
    assert headings[0].startswith("1. ")
    home = client.page("/")
    assert "What we are working on" in home.get_text()


def test_the_public_priorities_page_without_a_framework(client):
    page = client.page("/priorities")
    assert "has not published its priorities here yet" in page.get_text()


def test_framework_files_in_shared_data_load(tmp_path):
    from pathlib import Path

    shared = Path(__file__).resolve().parents[3] / "shared" / "data" / "strategies"
    if not shared.exists():
        pytest.skip("../shared/data/strategies is not beside this checkout")
    for path in sorted(shared.glob("*.yaml")):
        assert load_framework_file(path).priorities

"""An officer imports a strategy framework from YAML; a broken file changes nothing."""

import io
import textwrap

import pytest
from sqlalchemy import func, select

from engage.audit.models import AuditEvent
from engage.extensions import db
from engage.priorities import services
from engage.priorities.models import Framework, Priority
from tests.support import check_page

BROKEN_AT_LINE_6 = textwrap.dedent(
    """\
    area: Testshire
    title: Testshire SEND Strategy
    priorities:
      - slug: ts-1
        title: Early help
      - slug: TS 2
        title: Preparing for adulthood
    """
)


def _upload(client, text: str, filename: str = "framework.yaml", activate: bool = False):
    data = {"file": (io.BytesIO(text.encode()), filename)}
    if activate:
        data["activate"] = "y"
    return client.post("/manage/priorities/import", data=data, content_type="multipart/form-data")


def _count(model) -> int:
    return db.session.scalar(select(func.count()).select_from(model))


def test_officer_imports_a_bundled_strategy_and_makes_it_active(officer_client):
    response = _upload(officer_client, services.bundled_framework_text("blackpool"), activate=True)
    assert response.status_code == 302
    page = officer_client.page(response.headers["Location"])
    assert page.h1.get_text(strip=True) == "Blackpool"
    assert (
        "Imported Blackpool: 4 priorities."
        in page.select_one(".govuk-notification-banner").get_text()
    )
    framework = services.active_framework()
    assert [p.slug for p in framework.priorities] == ["bp-1", "bp-2", "bp-3", "bp-4"]
    event = db.session.scalars(
        select(AuditEvent).where(AuditEvent.action == "framework.imported")
    ).one()
    assert event.summary.startswith("Imported Blackpool") and event.actor_label.startswith(
        "Engagement officer"
    )


def test_a_broken_file_names_the_line_and_saves_nothing(officer_client):
    response = _upload(officer_client, BROKEN_AT_LINE_6)
    assert response.status_code == 400
    page = check_page(response.get_data(as_text=True))
    summary = page.select_one(".govuk-error-summary").get_text(" ", strip=True)
    assert "Line 6:" in summary and "slug" in summary
    assert "The file has 1 problem" in page.select_one("#file-error").get_text()
    assert _count(Framework) == 0 and _count(Priority) == 0


def test_a_broken_re_import_leaves_the_existing_framework_as_it_was(officer_client):
    services.import_framework_yaml(services.bundled_framework_text("darlington"))
    db.session.commit()
    before = services.export_framework_yaml(services.all_frameworks()[0])
    broken = services.bundled_framework_text("darlington").replace("slug: dar-6", "slug: dar-1", 1)
    response = _upload(officer_client, broken)
    assert response.status_code == 400
    assert (
        "already used" in response.get_data(as_text=True)
        or "Duplicate" in response.get_data(as_text=True)
        or "duplicate" in response.get_data(as_text=True)
    )
    db.session.expire_all()
    assert services.export_framework_yaml(services.all_frameworks()[0]) == before


def test_invalid_yaml_syntax_is_reported_with_its_line(officer_client):
    response = _upload(officer_client, "area: Testshire\ntitle: [unclosed\npriorities:\n")
    assert response.status_code == 400
    assert "Line " in response.get_data(as_text=True)
    assert _count(Framework) == 0


@pytest.mark.parametrize(
    ("filename", "message"),
    [("priorities.csv", "The selected file must be a YAML file"), (None, "Select a YAML file")],
)
def test_the_file_must_be_a_yaml_file(officer_client, filename, message):
    if filename is None:
        response = officer_client.post("/manage/priorities/import", data={})
    else:
        response = _upload(officer_client, "a,b\n", filename=filename)
    assert message in response.get_data(as_text=True)


def test_re_importing_updates_priorities_in_place(officer_client):
    framework = services.import_framework_yaml(services.bundled_framework_text("blackpool"))
    db.session.commit()
    first_ids = {p.slug: p.id for p in framework.priorities}
    edited = services.bundled_framework_text("blackpool").replace(
        "Early help", "Getting help early", 1
    )
    assert _upload(officer_client, edited).status_code == 302
    db.session.expire_all()
    assert _count(Framework) == 1
    assert {p.slug: p.id for p in services.all_frameworks()[0].priorities} == first_ids


def test_export_gives_back_the_same_framework(officer_client):
    from engage.priorities.framework_yaml import parse_framework_yaml

    framework = services.import_framework_yaml(services.bundled_framework_text("lancashire"))
    db.session.commit()
    response = officer_client.get(f"/manage/priorities/{framework.id}/export.yaml")
    assert response.headers["Content-Disposition"] == 'attachment; filename="lancashire.yaml"'
    assert parse_framework_yaml(response.data) == parse_framework_yaml(
        services.bundled_framework_text("lancashire")
    )


def test_command_line_import_of_a_broken_file_changes_nothing(app, tmp_path):
    broken = tmp_path / "broken.yaml"
    broken.write_text(BROKEN_AT_LINE_6)
    result = app.test_cli_runner().invoke(args=["priorities", "import", str(broken)])
    assert result.exit_code == 1
    assert "nothing was changed" in result.output and "Line 6:" in result.output
    assert _count(Framework) == 0


def test_command_line_import_and_export(app, tmp_path):
    runner = app.test_cli_runner()
    result = runner.invoke(args=["priorities", "import", "cheshire-west-and-chester", "--activate"])
    assert result.exit_code == 0, result.output
    assert "and made it active" in result.output
    out = tmp_path / "out.yaml"
    result = runner.invoke(args=["priorities", "export", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "area: Cheshire West and Chester" in out.read_text()
    listing = runner.invoke(args=["priorities", "list"]).output
    assert "* " in listing and "Bundled: blackburn-with-darwen, blackpool" in listing

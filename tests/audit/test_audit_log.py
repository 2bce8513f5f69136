"""Admins can read who did what, when, to which record."""

from engage.accounts.roles import Role
from engage.audit.services import record_event
from engage.extensions import db


def test_admin_reads_the_audit_log_newest_first_and_filters_it(create_officer, sign_in):
    admin = create_officer(Role.ADMIN, full_name="Alex Morgan")
    client = sign_in(admin)
    record_event("framework.imported", "Imported Blackpool", actor=admin)
    record_event("settings.updated", "Changed phase", actor=admin)
    db.session.commit()
    page = client.page("/manage/audit-log/")
    rows = [row.get_text(" ", strip=True) for row in page.select("tbody tr")]
    assert "Changed phase" in rows[0] and "Alex Morgan" in rows[0]
    assert any("Imported Blackpool" in row for row in rows)
    filtered = client.page("/manage/audit-log/?action=framework")
    assert [r.get_text(" ", strip=True) for r in filtered.select("tbody tr")][0].endswith(
        "Imported Blackpool"
    )
    assert len(filtered.select("tbody tr")) == 1


def test_command_line_actions_are_put_down_to_the_command_line(app):
    record_event("framework.imported", "Imported from a file")
    db.session.commit()
    from engage.audit.models import AuditEvent

    assert db.session.scalars(db.select(AuditEvent)).one().actor_label == "Command line"

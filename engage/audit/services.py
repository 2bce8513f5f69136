"""Recording and reading the audit log."""

from typing import Any

from flask_login import current_user
from sqlalchemy import Select, select

from engage.accounts.models import Officer
from engage.audit.models import AuditEvent
from engage.extensions import db

COMMAND_LINE = "Command line"


def record_event(
    action: str,
    summary: str,
    *,
    target: Any = None,
    target_type: str | None = None,
    target_id: object = None,
    actor: Officer | None = None,
    **details: Any,
) -> AuditEvent:
    """Add an audit event to the current transaction (it is saved with the change it records).

    `actor` defaults to the signed-in officer; without one the event is put down to the command
    line. `target` is any model with an `id`; its class name is stored as the target type
    (or give `target_type` and `target_id` for a record written without an object).
    """
    if target is not None:
        target_type, target_id = type(target).__name__, target.id
    if actor is None and current_user and getattr(current_user, "is_authenticated", False):
        actor = current_user._get_current_object()
    event = AuditEvent(
        officer_id=actor.id if actor else None,
        actor_label=f"{actor.full_name} ({actor.email})" if actor else COMMAND_LINE,
        action=action,
        summary=summary,
        target_type=target_type,
        target_id=str(target_id) if target_id is not None else None,
        details=details,
    )
    db.session.add(event)
    return event


def audit_events_query(action_prefix: str | None = None, officer_id: int | None = None) -> Select:
    query = select(AuditEvent).order_by(AuditEvent.occurred_at.desc(), AuditEvent.id.desc())
    if action_prefix:
        query = query.where(AuditEvent.action.startswith(action_prefix))
    if officer_id:
        query = query.where(AuditEvent.officer_id == officer_id)
    return query


def action_families() -> list[str]:
    """The first part of every recorded action ("officer", "framework" ...), for the filter."""
    actions = db.session.scalars(select(AuditEvent.action).distinct())
    return sorted({action.split(".")[0] for action in actions})

from flask import Blueprint, render_template, request

from engage.accounts.models import Officer
from engage.accounts.roles import Role, officer_required
from engage.audit.services import action_families, audit_events_query
from engage.extensions import db

audit = Blueprint("audit", __name__, url_prefix="/manage/audit-log")

PAGE_SIZE = 50


@audit.route("/")
@officer_required(Role.ADMIN)
def list_events():
    """Admins read who did what, newest first, filtered by kind of action or officer."""
    family = request.args.get("action", "")
    officer_id = request.args.get("officer", type=int)
    page = db.paginate(
        audit_events_query(action_prefix=f"{family}." if family else None, officer_id=officer_id),
        per_page=PAGE_SIZE,
        error_out=False,
    )
    return render_template(
        "audit/list_events.html",
        page=page,
        families=action_families(),
        chosen_family=family,
        officers=db.session.scalars(db.select(Officer).order_by(Officer.full_name)).all(),
        chosen_officer=officer_id,
    )

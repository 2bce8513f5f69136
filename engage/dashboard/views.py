from flask import Blueprint, render_template
from flask_login import current_user
from sqlalchemy import func, select

from engage.accounts.models import Officer
from engage.accounts.roles import Role, officer_required
from engage.audit.services import audit_events_query
from engage.extensions import db
from engage.feedback import inbox
from engage.priorities.services import active_framework, all_frameworks

dashboard = Blueprint("dashboard", __name__, url_prefix="/manage")


@dashboard.route("/")
@officer_required()
def home():
    """Every officer lands here after signing in."""
    return render_template(
        "dashboard/home.html",
        framework=active_framework(),
        framework_count=len(all_frameworks()),
        officer_count=db.session.scalar(
            select(func.count()).select_from(Officer).where(Officer.active.is_(True))
        ),
        recent_events=db.session.scalars(audit_events_query().limit(5)).all(),
        safeguarding=inbox.safeguarding_count()
        if current_user.role in (Role.OFFICER, Role.ADMIN)
        else 0,
    )

"""Officer accounts: sign-in, invitations, roles and deactivation. Nothing here commits."""

import secrets
from datetime import timedelta

from flask import current_app
from sqlalchemy import func, select

from engage.accounts.models import Officer
from engage.accounts.passwords import hash_password, needs_rehash, password_problem, verify_password
from engage.accounts.roles import Role
from engage.audit.services import record_event
from engage.database import utcnow
from engage.extensions import db
from engage.tokens import hash_token


class AccountError(ValueError):
    """A request about an account that cannot be carried out; the message says why."""

    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.field = field


def normalise_email(email: str) -> str:
    return email.strip().lower()


def find_officer_by_email(email: str) -> Officer | None:
    return db.session.scalar(select(Officer).where(Officer.email == normalise_email(email)))


def load_officer_for_session(session_id: str) -> Officer | None:
    """Flask-Login's loader: the id carries a version, so old sessions stop working."""
    officer_id, _, version = session_id.partition(":")
    if not officer_id.isdigit() or not version.isdigit():
        return None
    officer = db.session.get(Officer, int(officer_id))
    if officer is None or officer.session_version != int(version) or not officer.is_active:
        return None
    return officer


def authenticate(email: str, password: str) -> Officer | None:
    """The officer these credentials belong to, if active; None for any failure, alike."""
    officer = find_officer_by_email(email)
    hash_to_check = officer.password_hash if officer else None
    if not verify_password(hash_to_check, password) or officer is None or not officer.is_active:
        return None
    if needs_rehash(officer.password_hash):
        officer.password_hash = hash_password(password)
    officer.last_sign_in_at = utcnow()
    record_event(
        "officer.signed_in", f"{officer.full_name} signed in", target=officer, actor=officer
    )
    return officer


def create_officer(email: str, full_name: str, role: Role, password: str) -> Officer:
    """An active officer with a password (the command line's way in for the first admin)."""
    email = normalise_email(email)
    if find_officer_by_email(email):
        raise AccountError(f"There is already an officer with the email {email}", "email")
    problem = password_problem(password, email)
    if problem:
        raise AccountError(problem, "password")
    officer = Officer(
        email=email,
        full_name=full_name.strip(),
        role=role.value,
        password_hash=hash_password(password),
    )
    db.session.add(officer)
    db.session.flush()
    record_event("officer.created", f"Created {role.label.lower()} {email}", target=officer)
    return officer


def invite_officer(inviter: Officer, email: str, full_name: str, role: Role) -> tuple[Officer, str]:
    """Create an invited officer and return them with the one-time token for their link."""
    email = normalise_email(email)
    existing = find_officer_by_email(email)
    if existing and not existing.has_pending_invite:
        raise AccountError(f"There is already an officer with the email {email}", "email")
    token = secrets.token_urlsafe(32)
    officer = existing or Officer(email=email, invited_by_id=inviter.id)
    officer.full_name = full_name.strip()
    officer.role = role.value
    officer.invite_token_hash = hash_token(token)
    officer.invite_expires_at = utcnow() + timedelta(days=current_app.config["INVITE_VALID_DAYS"])
    db.session.add(officer)
    db.session.flush()
    record_event(
        "officer.invited",
        f"Invited {email} as {role.label.lower()}",
        target=officer,
        role=role.value,
    )
    return officer, token


def find_invited_officer(token: str) -> Officer | None:
    """The officer a still-valid invitation token belongs to."""
    officer = db.session.scalar(
        select(Officer).where(Officer.invite_token_hash == hash_token(token))
    )
    if officer is None or not officer.active or officer.password_hash is not None:
        return None
    if officer.invite_expires_at is None or officer.invite_expires_at < utcnow():
        return None
    return officer


def accept_invite(officer: Officer, password: str) -> None:
    problem = password_problem(password, officer.email)
    if problem:
        raise AccountError(problem, "password")
    officer.password_hash = hash_password(password)
    officer.invite_token_hash = None
    officer.invite_expires_at = None
    record_event(
        "officer.accepted_invite", f"{officer.email} set a password", target=officer, actor=officer
    )


def _active_admin_count() -> int:
    return db.session.scalar(
        select(func.count())
        .select_from(Officer)
        .where(Officer.role == Role.ADMIN.value, Officer.active.is_(True))
    )


def _refuse_losing_last_admin(officer: Officer) -> None:
    if officer.role == Role.ADMIN.value and officer.active and _active_admin_count() <= 1:
        raise AccountError("You cannot remove the last active admin: make someone else admin first")


def deactivate_officer(actor: Officer, officer: Officer) -> None:
    """Stop an officer signing in, and end their current sessions at once."""
    if officer.id == actor.id:
        raise AccountError("You cannot deactivate your own account")
    _refuse_losing_last_admin(officer)
    officer.active = False
    officer.session_version += 1
    officer.invite_token_hash = None
    record_event("officer.deactivated", f"Deactivated {officer.email}", target=officer)


def reactivate_officer(officer: Officer) -> None:
    officer.active = True
    record_event("officer.reactivated", f"Reactivated {officer.email}", target=officer)


def change_role(actor: Officer, officer: Officer, role: Role) -> None:
    if officer.role == role.value:
        return
    if officer.id == actor.id:
        raise AccountError("You cannot change your own role", "role")
    _refuse_losing_last_admin(officer)
    previous = officer.role_enum
    officer.role = role.value
    record_event(
        "officer.role_changed",
        f"Changed {officer.email} from {previous.label.lower()} to {role.label.lower()}",
        target=officer,
        previous=previous.value,
        role=role.value,
    )

"""The Officer: a member of staff who signs in to run engagement."""

from datetime import datetime

from flask_login import UserMixin
from sqlalchemy import CheckConstraint, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from engage.accounts.roles import Role
from engage.database import utcnow
from engage.extensions import db

ROLE_VALUES = ", ".join(f"'{role.value}'" for role in Role)


class Officer(UserMixin, db.Model):
    __tablename__ = "officers"
    __table_args__ = (CheckConstraint(f"role IN ({ROLE_VALUES})", name="role_is_known"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    #: stored lower-case, so sign-in ignores case
    email: Mapped[str] = mapped_column(String(254), unique=True)
    full_name: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(20), default=Role.OFFICER.value)
    #: argon2id hash; empty until the officer accepts their invitation
    password_hash: Mapped[str | None] = mapped_column(String(255))
    #: deactivated officers cannot sign in, and their sessions end at once
    active: Mapped[bool] = mapped_column(default=True)
    #: part of the session id: bumping it signs the officer out everywhere
    session_version: Mapped[int] = mapped_column(default=1)
    #: sha256 of the invitation token; the token itself is only ever shown once
    invite_token_hash: Mapped[str | None] = mapped_column(String(64), unique=True)
    invite_expires_at: Mapped[datetime | None]
    invited_by_id: Mapped[int | None] = mapped_column(ForeignKey("officers.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_sign_in_at: Mapped[datetime | None]

    @property
    def role_enum(self) -> Role:
        return Role(self.role)

    @property
    def is_active(self) -> bool:  # Flask-Login refuses inactive users
        return self.active and self.password_hash is not None

    @property
    def has_pending_invite(self) -> bool:
        return self.password_hash is None and self.invite_token_hash is not None

    @property
    def status(self) -> str:
        if not self.active:
            return "Deactivated"
        if self.password_hash is None:
            return "Invited"
        return "Active"

    def get_id(self) -> str:
        return f"{self.id}:{self.session_version}"

    def __repr__(self) -> str:
        return f"<Officer {self.id} {self.email} {self.role}>"

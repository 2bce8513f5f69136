"""Roles and the one decorator that guards every officer page.

Every view is either marked @public or guarded by @officer_required(...). The route-walk test in
tests/accounts/test_route_access.py requests every registered route to prove it.
"""

import enum
from collections.abc import Callable
from functools import wraps

from flask import abort
from flask_login import current_user

from engage.extensions import login_manager


class Role(enum.StrEnum):
    ADMIN = "admin"  #: manages officers and settings; can do everything
    OFFICER = "officer"  #: runs engagement: consultations, priorities, feedback
    MODERATOR = "moderator"  #: moderates reviews and feedback

    @property
    def label(self) -> str:
        return {"admin": "Admin", "officer": "Engagement officer", "moderator": "Moderator"}[self]

    @property
    def description(self) -> str:
        return {
            "admin": "Manages officers and settings, and can do everything an officer can.",
            "officer": "Runs engagement: priorities, consultations, focus groups and feedback.",
            "moderator": "Moderates reviews and feedback before they are published.",
        }[self]


ALL_ROLES = frozenset(Role)


def public(view: Callable) -> Callable:
    """Mark a view as open to everyone, so the route-walk test knows it is meant to be."""
    view.is_public = True
    return view


def officer_required(*roles: Role) -> Callable[[Callable], Callable]:
    """Allow signed-in, active officers with one of `roles` (admins always; none = any role).

    Anonymous people are sent to sign in; officers without the role get 403.
    """
    allowed = frozenset(roles) | {Role.ADMIN} if roles else ALL_ROLES

    def decorator(view: Callable) -> Callable:
        @wraps(view)
        def guarded(*args, **kwargs):
            if not current_user.is_authenticated:
                return login_manager.unauthorized()
            if current_user.role not in allowed:
                abort(403)
            return view(*args, **kwargs)

        guarded.allowed_roles = allowed
        return guarded

    return decorator

"""Password hashing with argon2id (memory-hard), tuned from settings."""

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from flask import current_app

MIN_PASSWORD_LENGTH = 12


def _hasher() -> PasswordHasher:
    config = current_app.config
    return PasswordHasher(
        time_cost=config.get("PASSWORD_HASH_TIME_COST", 3),
        memory_cost=config.get("PASSWORD_HASH_MEMORY_KIB", 65536),
        parallelism=config.get("PASSWORD_HASH_PARALLELISM", 2),
    )


def hash_password(password: str) -> str:
    return _hasher().hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    """Check a password; with no hash, still spend the time, so timing reveals no accounts."""
    hasher = _hasher()
    if password_hash is None:
        hasher.hash(password)
        return False
    try:
        return hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(password_hash: str) -> bool:
    return _hasher().check_needs_rehash(password_hash)


def password_problem(password: str, email: str = "") -> str | None:
    """The reason a new password is refused, in words a person can act on, or None."""
    if len(password) < MIN_PASSWORD_LENGTH:
        return f"Password must be {MIN_PASSWORD_LENGTH} characters or more"
    if len(password) > 256:
        return "Password must be 256 characters or fewer"
    local_part = email.split("@")[0].lower()
    if local_part and len(local_part) >= 4 and local_part in password.lower():
        return "Password must not contain your email address"
    if len(set(password)) < 5:
        return "Password is too easy to guess: use three or more random words"
    return None

"""Secrets in links and codes (invitations, save-and-return, sign-ups, review confirmations,
members' devices) are stored only as their SHA-256, so a copy of the database opens nothing."""

import hashlib


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()

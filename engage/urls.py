"""URL helpers shared by features."""

from urllib.parse import urlsplit


def is_safe_redirect(target: str | None) -> bool:
    """Only same-site paths: an attacker's `?next=https://evil` must not be followed."""
    if not target:
        return False
    parts = urlsplit(target)
    return not parts.scheme and not parts.netloc and target.startswith("/") and "\\" not in target

"""Removing flagged spans before text is shown in public, and splitting text at its flags so a
moderator sees the flagged words highlighted."""

from collections.abc import Iterable

from engage.analysis.flags import Flag

PLACEHOLDERS = {
    "email": "[email removed]",
    "phone": "[phone number removed]",
    "postcode": "[postcode removed]",
    "street_address": "[address removed]",
    "full_name": "[name removed]",
    "date_of_birth": "[date removed]",
}


def redact(text: str, flags: Iterable[Flag]) -> str:
    """The text with each personal-data span replaced by a placeholder that says what it was."""
    pieces, position = [], 0
    for flag in sorted(flags, key=lambda f: f.start):
        if flag.kind not in PLACEHOLDERS or flag.start < position:
            continue
        pieces += [text[position : flag.start], PLACEHOLDERS[flag.kind]]
        position = flag.end
    pieces.append(text[position:])
    return "".join(pieces)


def split_at_flags(text: str, flags: Iterable[Flag]) -> list[tuple[str, Flag | None]]:
    """The text in order as (piece, flag) pairs; flag is None for the unflagged pieces."""
    pieces: list[tuple[str, Flag | None]] = []
    position = 0
    for flag in sorted(flags, key=lambda f: (f.start, -(f.end - f.start))):
        if flag.start < position:
            continue  # inside a longer flag already shown
        if flag.start > position:
            pieces.append((text[position : flag.start], None))
        pieces.append((text[flag.start : flag.end], flag))
        position = flag.end
    if position < len(text):
        pieces.append((text[position:], None))
    return pieces

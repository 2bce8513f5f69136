"""Offensive language: swearing, slurs and insults that a published review must not carry.

Moderators see the flagged words highlighted; nothing is refused automatically, because families
quote what was said to them ("the driver called my son a retard") and a moderator decides.
Disability slurs are listed on purpose: in SEND feedback they are the ones that matter most.
Words are matched whole, so "Scunthorpe" and "assessment" are not flagged, and common disguises
("f*ck", "sh1t", "b!tch") are read through.
"""

import re

from engage.analysis.flags import Flag

#: stems, each matched with its usual endings (s, es, ed, er, ers, ing, y, ies, head, wit)
SWEARING = [
    "fuck", "fck", "fuk", "shit", "shite", "crap", "bollock", "bollocks", "arse", "arsehole",
    "asshole", "bastard", "bitch", "bloody hell", "bugger", "cock", "cunt", "dick", "dickhead",
    "piss", "pissed", "prick", "twat", "wanker", "wank", "tosser", "knob", "knobhead", "bellend",
    "slag", "slut", "whore", "motherfucker", "wtf", "stfu",
]  # fmt: skip
SLURS = [
    "retard", "retarded", "spaz", "spastic", "mong", "mongoloid", "cripple", "window licker",
    "nigger", "nigga", "paki", "chink", "wog", "kike", "faggot", "fag", "dyke", "tranny",
    "gyppo", "pikey", "coon", "raghead",
]  # fmt: skip
INSULTS = [
    "idiot", "idiots", "moron", "morons", "imbecile", "scum", "scumbag", "useless prick",
    "halfwit", "cretin", "numpty", "dimwit", "thick as", "pathetic excuse",
]  # fmt: skip

# Letters people swap in to get past filters.
DISGUISES = {"a": "[a@4*]", "e": "[e3*]", "i": "[i1!*|]", "o": "[o0*]", "u": "[u*v]", "s": "[s$5]"}
ENDINGS = r"(?:s|es|ed|er|ers|ing|in|y|ies|head|heads)?"


def _pattern(words: list[str]) -> re.Pattern:
    def spelled(word: str) -> str:
        return r"\s+".join(
            "".join(DISGUISES.get(letter, re.escape(letter)) for letter in part)
            for part in word.split()
        )

    alternatives = sorted({spelled(word) for word in words}, key=len, reverse=True)
    return re.compile(r"(?<![\w*@$!])(?:" + "|".join(alternatives) + rf"){ENDINGS}(?![\w*])", re.I)


PATTERNS = {
    "swearing": _pattern(SWEARING),
    "slur": _pattern(SLURS),
    "insult": _pattern(INSULTS),
}


def find_offensive_language(text: str) -> list[Flag]:
    """Every offensive word or phrase, in the order it appears (kind "offensive")."""
    flags = [
        Flag("offensive", match.start(), match.end(), match.group(), reason)
        for reason, pattern in PATTERNS.items()
        for match in pattern.finditer(text or "")
        if not match.group().isdigit()
    ]
    flags.sort(key=lambda flag: (flag.start, -(flag.end - flag.start)))
    kept: list[Flag] = []
    for flag in flags:
        if not kept or flag.start >= kept[-1].end:
            kept.append(flag)
    return kept

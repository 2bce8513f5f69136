"""Regular expressions run by RE2 where it can, by Python's re where it must.

Python's re tries every alternative of a long pattern at every position of a comment; RE2
(google-re2) reads the comment once whatever the pattern's size, which for the engine's lists of
phrases is five to sixty times faster. RE2 has no lookarounds or backreferences, and its \\b and
\\w know only ASCII letters, so a pattern RE2 cannot compile, and any text that is not ASCII,
goes to Python's re: the results are the same either way.

Most comments are ASCII, and in ASCII a character is a byte: the compiled RE2 is asked directly
for the spans, in bytes, which are then the spans in the text. google-re2's own Python layer
works out, for any text, which character each byte offset is, and builds a match object; for the
short comments here that took four fifths of each call (10 µs a search, 2 µs without it).
"""

import contextlib
import re

import re2

_OPTIONS = re2.Options()
_OPTIONS.max_mem = 64 << 20
_OPTIONS.log_errors = False
#: what RE2 does not have: lookarounds and backreferences
_BEYOND_RE2 = re.compile(r"\(\?<?[!=]|\\[1-9]|\(\?P=")
_UNANCHORED = re2._re2.RE2.Anchor.UNANCHORED
_ANCHOR_START = re2._re2.RE2.Anchor.ANCHOR_START
_NO_SPAN = (-1, -1)


class Pattern:
    def __init__(
        self, pattern: str, flags: int = 0, ascii_only: bool = False, first_look: str = ""
    ):
        """`ascii_only`: RE2 alone, for a first pass that only ever reads ASCII text (Python's
        re would take long to compile it, for nothing). `first_look`, for a pattern only
        Python's re can run: a pattern RE2 can, that finds something in every ASCII text the
        pattern does; Python's re is asked only where it does (most comments)."""
        self.pattern = pattern
        self._first_look = Pattern(first_look, flags, ascii_only=True) if first_look else None
        self.python = None if ascii_only else re.compile(pattern, flags)
        self._compiled = None  #: the C++ RE2 that google-re2 wraps, or None
        if not _BEYOND_RE2.search(pattern) and not flags & ~re.IGNORECASE:
            with contextlib.suppress(re2.error):
                wrapped = re2.compile(
                    f"(?i:{pattern})" if flags & re.IGNORECASE else pattern, _OPTIONS
                )
                self._compiled = wrapped._regexp
        if ascii_only and self._compiled is None:
            raise ValueError("a first pass must be a pattern RE2 can read (flat lookarounds only)")
        # Both engines number the groups alike; a first pass of RE2 alone has none it reads.
        self.groups = self.python.groups if self.python else 0
        self._names = self.python.groupindex if self.python else {}

    def _spans(self, text: str, anchor=_UNANCHORED):
        """Each match's spans (the whole match, then every group), left to right, as re finds
        them: an empty match moves on by one character."""
        data = text.encode("ascii")
        position, end = 0, len(data)
        while position <= end:
            spans = self._compiled.Match(anchor, data, position, end)
            if spans[0] == _NO_SPAN:
                return
            yield spans
            if anchor == _ANCHOR_START:
                return
            position = spans[0][1] if spans[0][1] > position else position + 1

    def _fast(self, text: str) -> bool:
        return self._compiled is not None and text.isascii()

    def _nothing_there(self, text: str) -> bool:
        """Whether the first look says Python's re would find nothing in the text."""
        return self._first_look is not None and text.isascii() and not self._first_look.search(text)

    def search(self, text: str):
        if self._fast(text):
            return next((_Match(text, s, self._names) for s in self._spans(text)), None)
        return None if self._nothing_there(text) else self.python.search(text)

    def match(self, text: str):
        if self._fast(text):
            spans = next(self._spans(text, _ANCHOR_START), None)
            return _Match(text, spans, self._names) if spans else None
        return None if self._nothing_there(text) else self.python.match(text)

    def finditer(self, text: str):
        if self._fast(text):
            return (_Match(text, spans, self._names) for spans in self._spans(text))
        return iter(()) if self._nothing_there(text) else self.python.finditer(text)

    def findall(self, text: str) -> list:
        if not self._fast(text):
            return [] if self._nothing_there(text) else self.python.findall(text)
        if self.groups == 0:
            return [text[s[0][0] : s[0][1]] for s in self._spans(text)]
        found = [tuple(text[a:b] if a >= 0 else "" for a, b in s[1:]) for s in self._spans(text)]
        return [groups[0] for groups in found] if self.groups == 1 else found

    def sub(self, replacement, text: str) -> str:
        """`replacement` is a plain string (no group references) or a function of the match."""
        if not self._fast(text):
            return text if self._nothing_there(text) else self.python.sub(replacement, text)
        pieces, last = [], 0
        for spans in self._spans(text):
            start, end = spans[0]
            pieces.append(text[last:start])
            pieces.append(
                replacement(_Match(text, spans, self._names))
                if callable(replacement)
                else replacement
            )
            last = end
        if not pieces:
            return text
        pieces.append(text[last:])
        return "".join(pieces)


class _Match:
    """A match found by RE2 in ASCII text, with the methods of Python's re.Match used here."""

    __slots__ = ("_text", "_spans", "_names")

    def __init__(self, text: str, spans, names):
        self._text, self._spans, self._names = text, spans, names

    def span(self, group=0):
        return self._spans[self._names.get(group, group)]

    def start(self, group=0):
        return self.span(group)[0]

    def end(self, group=0):
        return self.span(group)[1]

    def group(self, *groups):
        if len(groups) > 1:
            return tuple(self.group(g) for g in groups)
        start, end = self.span(groups[0] if groups else 0)
        return self._text[start:end] if start >= 0 else None

    __getitem__ = group

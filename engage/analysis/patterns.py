"""Regular expressions run by RE2 where it can, by Python's re where it must.

Python's re tries every alternative of a long pattern at every position of a comment; RE2
(google-re2) reads the comment once whatever the pattern's size, which for the engine's lists of
phrases is five to sixty times faster. RE2 has no lookarounds or backreferences, and its \\b and
\\w know only ASCII letters, so a pattern RE2 cannot compile, and any text that is not ASCII,
goes to Python's re: the results are the same either way.
"""

import contextlib
import re

import re2

_OPTIONS = re2.Options()
_OPTIONS.max_mem = 64 << 20
_OPTIONS.log_errors = False
#: what RE2 does not have: lookarounds and backreferences
_BEYOND_RE2 = re.compile(r"\(\?<?[!=]|\\[1-9]|\(\?P=")


class Pattern:
    def __init__(self, pattern: str, flags: int = 0):
        self.pattern = pattern
        self.python = re.compile(pattern, flags)
        self.re2 = self.python
        if not _BEYOND_RE2.search(pattern):
            with contextlib.suppress(re2.error):
                self.re2 = re2.compile(
                    f"(?i:{pattern})" if flags & re.IGNORECASE else pattern, _OPTIONS
                )
        self._names = self.python.groupindex if self.re2 is not self.python else {}

    def _for(self, text: str):
        return self.re2 if text.isascii() else self.python

    def search(self, text: str):
        return self._for(text).search(text)

    def match(self, text: str):
        return self._for(text).match(text)

    def finditer(self, text: str):
        matches = self._for(text).finditer(text)
        if self._names and text.isascii():  # RE2's matches take group numbers only
            return (_Named(match, self._names) for match in matches)
        return matches

    def findall(self, text: str) -> list:
        return self._for(text).findall(text)

    def sub(self, replacement, text: str) -> str:
        return self._for(text).sub(replacement, text)


class _Named:
    """An RE2 match whose groups can be named, as in Python's re."""

    __slots__ = ("_match", "_names")

    def __init__(self, match, names):
        self._match, self._names = match, names

    def group(self, *groups):
        return self._match.group(*(self._names.get(g, g) for g in groups))

    def start(self, group=0):
        return self._match.start(self._names.get(group, group))

    def end(self, group=0):
        return self._match.end(self._names.get(group, group))

    def span(self, group=0):
        return self._match.span(self._names.get(group, group))

"""The text-analysis engine: plain Python, no Flask and no database.

Given a framework's priorities and a piece of text, it says how the person feels, which
priorities the text is about and why, its key phrases, and whether it holds personal data or a
possible safeguarding disclosure. This first part: the personal-data and safeguarding flags.
"""

from engage.analysis.flags import Flag, find_personal_data, find_safeguarding_concerns

__all__ = ["Flag", "find_personal_data", "find_safeguarding_concerns"]

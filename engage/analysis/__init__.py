"""The text-analysis engine: plain Python, no Flask and no database.

Given a framework's priorities and a piece of text, it says how the person feels, which
priorities the text is about and why, its key phrases, and whether it holds personal data or a
possible safeguarding disclosure:

    analyzer = Analyzer(load_framework_file("blackpool.yaml"))
    analysis = analyzer.analyse("We waited eight months for an assessment.")
"""

from engage.analysis.analyzer import Analysis, Analyzer
from engage.analysis.flags import Flag, find_personal_data, find_safeguarding_concerns
from engage.analysis.sentiment import Sentiment, analyse_sentiment
from engage.analysis.tagging import PriorityTag, ZeroShotTagger

__all__ = [
    "Analysis",
    "Analyzer",
    "Flag",
    "PriorityTag",
    "Sentiment",
    "ZeroShotTagger",
    "analyse_sentiment",
    "find_personal_data",
    "find_safeguarding_concerns",
]

"""One call that reads a comment: sentiment, priority tags, key phrases and flags."""

from dataclasses import dataclass

from engage.analysis.flags import Flag, find_personal_data, find_safeguarding_concerns
from engage.analysis.key_phrases import key_phrases
from engage.analysis.sentiment import Sentiment, analyse_sentiment
from engage.analysis.tagging import PriorityTag, ZeroShotTagger
from engage.priorities.framework_yaml import FrameworkData

ENGLISH_HINTS = frozenset(
    [
        "the",
        "and",
        "to",
        "a",
        "of",
        "is",
        "was",
        "we",
        "he",
        "she",
        "it",
        "in",
        "for",
        "not",
        "my",
        "our",
        "they",
    ]
)


@dataclass(frozen=True)
class Analysis:
    sentiment: Sentiment
    tags: tuple[PriorityTag, ...]
    key_phrases: tuple[str, ...]
    personal_data: tuple[Flag, ...]
    safeguarding: tuple[Flag, ...]
    language: str  #: "en", or "unknown" when the text does not read as English

    @property
    def personal_data_kinds(self) -> tuple[str, ...]:
        return tuple(sorted({flag.kind for flag in self.personal_data}))


class Analyzer:
    """Built once for a framework (the costly part), then used for every comment."""

    def __init__(self, framework: FrameworkData, tagger=None):
        """`tagger` is a LearnedTagger trained for this framework, or None for zero-shot tags."""
        self.framework = framework
        self.tagger = tagger or ZeroShotTagger(framework)

    def analyse(self, text: str) -> Analysis:
        return self.analyse_many([text])[0]

    def analyse_many(self, texts: list[str], batch_size: int = 1000) -> list[Analysis]:
        """Many comments at once: a learned model scores a whole batch in one go."""
        results = []
        for start in range(0, len(texts), batch_size):
            batch = [text or "" for text in texts[start : start + batch_size]]
            english = [_reads_as_english(text) for text in batch]
            if hasattr(self.tagger, "tag_many"):
                tags = self.tagger.tag_many(
                    [t if e else "" for t, e in zip(batch, english, strict=True)]
                )
            else:
                tags = [
                    self.tagger.tag(t) if e else [] for t, e in zip(batch, english, strict=True)
                ]
            results += [
                self._analysis(text, is_english, tuple(text_tags) if is_english else ())
                for text, is_english, text_tags in zip(batch, english, tags, strict=True)
            ]
        return results

    def _analysis(self, text: str, english: bool, tags: tuple) -> Analysis:
        return Analysis(
            sentiment=analyse_sentiment(text) if english else analyse_sentiment(""),
            tags=tags,
            key_phrases=tuple(key_phrases(text)),
            personal_data=tuple(find_personal_data(text)),
            safeguarding=tuple(find_safeguarding_concerns(text)),
            language="en" if english else "unknown",
        )


def _reads_as_english(text: str) -> bool:
    words = text.lower().split()
    return not words or any(word.strip(".,!?") in ENGLISH_HINTS for word in words[:60])

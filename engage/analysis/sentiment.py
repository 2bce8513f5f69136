"""How the person feels, read the way families write about SEND services.

General sentiment lexicons score "still no word on the assessment, that's eight months now" as
neutral. Here plain descriptions of delay, refusal, being ignored and having to fight count as
negative; praise for a person beside anger at the system is mixed; "not helpful" is negative
and "not bad" is mildly positive; and a few sarcastic turns ("thanks for nothing") are read as
what they mean.
"""

import re
from dataclasses import dataclass
from typing import Literal

Label = Literal["negative", "neutral", "positive", "mixed"]


@dataclass(frozen=True)
class Sentiment:
    label: Label
    score: float  #: -1 (most negative) to 1 (most positive); near 0 for neutral or mixed
    positive: float  #: the weight of what was positive
    negative: float  #: the weight of what was negative


# Phrases first (matched as whole phrases), then single words. Weights are how strongly each
# reads as positive (+) or negative (-) in comments about SEND services.
PHRASES = {
    # waiting and delay
    "still waiting": -2,
    "still no": -2,
    "still not": -1.5,
    "no word": -1.5,
    "waiting list": -1,
    "waited for": -1.5,
    "waiting for": -1,
    "been waiting": -2,
    "months now": -1.5,
    "years now": -1.5,
    "took months": -2,
    "took years": -2,
    "no date": -1.5,
    "keeps getting cancelled": -2,
    # being ignored and refused
    "nobody rang": -2,
    "nobody called": -2,
    "no one rang": -2,
    "no one called": -2,
    "nobody listens": -2.5,
    "no one listens": -2.5,
    "not listened": -2,
    "never listened": -2.5,
    "didn't listen": -2,
    "did not listen": -2,
    "don't listen": -2,
    "no reply": -2,
    "no response": -2,
    "never heard back": -2,
    "not heard back": -2,
    "no support": -2,
    "no help": -2,
    "turned down": -2,
    "fobbed off": -2.5,
    "passed from pillar to post": -2.5,
    "let down": -2,
    "let us down": -2.5,
    "gave up": -1.5,
    "had to fight": -2.5,
    "fight for": -1.5,
    "fighting for": -1.5,
    "battle for": -2,
    "at breaking point": -3,
    "reduced timetable": -1.5,
    "no place": -1.5,
    "not suitable": -1.5,
    "off rolled": -2,
    "kicked out": -2.5,
    "thanks for nothing": -3,
    "yeah right": -2,
    "tick box": -1.5,
    "tick-box": -1.5,
    # warmth and things working
    "listened to us": 2.5,
    "listened to me": 2.5,
    "really listened": 2.5,
    "made a difference": 2.5,
    "went above and beyond": 3,
    "above and beyond": 3,
    "couldn't fault": 2.5,
    "can't fault": 2.5,
    "so much better": 2.5,
    "much better": 2,
    "life changing": 3,
    "life-changing": 3,
    "thank you": 2,
    "well done": 2,
    "happy with": 2,
    "pleased with": 2,
    "on time": 1,
}
WORDS = {
    # negative
    "waited": -1,
    "waiting": -1,
    "delay": -1.5,
    "delayed": -1.5,
    "delays": -1.5,
    "chasing": -1.5,
    "chased": -1.5,
    "refused": -2,
    "rejected": -2,
    "declined": -1.5,
    "ignored": -2.5,
    "ignoring": -2.5,
    "nobody": -1,
    "cancelled": -1.5,
    "lost": -1.5,
    "struggle": -1.5,
    "struggling": -1.5,
    "exhausted": -2,
    "exhausting": -2,
    "battle": -1.5,
    "fight": -1,
    "failed": -2,
    "failing": -2,
    "excluded": -2,
    "exclusion": -1.5,
    "nightmare": -2.5,
    "disgrace": -3,
    "disgraceful": -3,
    "shocking": -2.5,
    "awful": -2.5,
    "terrible": -2.5,
    "appalling": -3,
    "rude": -2,
    "dismissive": -2.5,
    "useless": -2.5,
    "hopeless": -2.5,
    "worse": -1.5,
    "worst": -2.5,
    "cut": -1,
    "cuts": -1.5,
    "unsafe": -2,
    "angry": -2,
    "furious": -2.5,
    "upset": -1.5,
    "frustrated": -2,
    "frustrating": -2,
    "stressful": -2,
    "stressed": -1.5,
    "anxious": -1.5,
    "isolated": -2,
    "alone": -1,
    "confusing": -1.5,
    "impossible": -2,
    "unacceptable": -2.5,
    "poor": -1.5,
    "bad": -1.5,
    "wrong": -1.5,
    "broken": -1.5,
    "unhelpful": -2,
    "unclear": -1.5,
    "lack": -1.5,
    "lacking": -1.5,
    "problem": -1,
    "problems": -1,
    "difficult": -1,
    "hard": -0.5,
    "worried": -1.5,
    "worrying": -1.5,
    "scared": -1.5,
    "disappointed": -2,
    "disappointing": -2,
    "neglected": -2.5,
    # positive
    "brilliant": 2.5,
    "excellent": 2.5,
    "amazing": 2.5,
    "fantastic": 2.5,
    "wonderful": 2.5,
    "outstanding": 2.5,
    "great": 2,
    "good": 1.5,
    "lovely": 2,
    "helpful": 2,
    "supportive": 2,
    "kind": 2,
    "caring": 2,
    "patient": 1.5,
    "understanding": 1.5,
    "friendly": 1.5,
    "happy": 1.5,
    "happier": 2,
    "love": 2,
    "loves": 2,
    "loved": 2,
    "enjoys": 2,
    "enjoyed": 2,
    "enjoy": 1.5,
    "thanks": 1.5,
    "grateful": 2,
    "improved": 2,
    "improving": 1.5,
    "better": 1,
    "best": 2,
    "safe": 1,
    "listened": 1.5,
    "responsive": 1.5,
    "quick": 1,
    "quickly": 1,
    "clear": 1,
    "confident": 1.5,
    "calm": 1,
    "settled": 1.5,
    "thriving": 2.5,
    "progress": 1.5,
    "recommend": 2,
    "perfect": 2.5,
    "superb": 2.5,
    "fab": 2,
    "positive": 1.5,
    "welcoming": 2,
    "reassuring": 2,
}
NEGATORS = {
    "not",
    "no",
    "never",
    "hardly",
    "barely",
    "nothing",
    "without",
    "cannot",
    "can't",
    "don't",
    "doesn't",
    "didn't",
    "isn't",
    "wasn't",
    "aren't",
    "weren't",
    "won't",
    "wouldn't",
    "couldn't",
    "shouldn't",
    "haven't",
    "hasn't",
    "hadn't",
    "nor",
}
INTENSIFIERS = {
    "very": 1.5,
    "really": 1.5,
    "so": 1.4,
    "extremely": 1.8,
    "totally": 1.5,
    "absolutely": 1.7,
    "completely": 1.5,
    "utterly": 1.8,
    "incredibly": 1.7,
}
CONTRASTS = {"but", "however", "although", "though", "yet", "except"}
# Time that keeps passing is how families describe delay: "eight months", "two years".
DURATION = re.compile(
    r"\b(?:(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|"
    r"several|many|few)\s+(?:weeks|months|years)|(?:over|nearly|almost|more than) a (?:year|month)"
    r"|a (?:whole )?(?:year|month)|weeks and weeks|months and months)\b"
)
# "No support", "no reply", "no place": what is missing is how families describe a failing service.
MISSING = re.compile(
    r"\bno (?:\w+ )?(?:support|help|reply|response|place|plan|date|update|contact|progress|choice|"
    r"answer|funding|transport|provision|service|information|communication|callback|call back|"
    r"explanation|options?|idea|one|body|school|education|therapy|diagnosis|assessment)\b"
)
SARCASM = re.compile(
    r"\b(?:oh )?(?:great|brilliant|fantastic|lovely|perfect|wonderful),? (?:another|yet another|"
    r"more|so now|now we)\b|\bthanks a lot\b|\bcheers for nothing\b|\bwell done,? (?:council|everyone|team)\b.*\b(?:not|never)\b"
)
TOKEN = re.compile(r"[a-z]+(?:'[a-z]+)?|[!?]")


def _phrase_pattern() -> re.Pattern:
    alternatives = sorted(PHRASES, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(p) for p in alternatives) + r")\b")


PHRASE_PATTERN = _phrase_pattern()


def analyse_sentiment(text: str) -> Sentiment:
    """Sentiment with a score, for one piece of feedback."""
    lowered = text.lower().replace("’", "'")
    positive = negative = 0.0
    clauses = re.split(r"\b(?:" + "|".join(CONTRASTS) + r")\b|[.;!?]\s", lowered)
    after_contrast = False
    for clause in clauses:
        if clause is None:
            continue
        weight = 1.3 if after_contrast else 1.0
        pos, neg = _score_clause(clause)
        positive += pos * weight
        negative += neg * weight
        after_contrast = True
    negative += 1.5 * len(DURATION.findall(lowered))
    negative += 1.0 * len(MISSING.findall(lowered))
    if SARCASM.search(lowered):
        negative += 3
        positive = max(0.0, positive - 2.5)
    return _label(positive, negative)


def _score_clause(clause: str) -> tuple[float, float]:
    positive = negative = 0.0
    spans = []
    for match in PHRASE_PATTERN.finditer(clause):
        value = PHRASES[match.group()]
        value = _negated(clause[: match.start()], value)
        spans.append((match.start(), match.end()))
        positive, negative = _add(positive, negative, value)
    tokens = [(m.group(), m.start()) for m in TOKEN.finditer(clause)]
    negators_used = set()
    for index, (token, start) in enumerate(tokens):
        if token not in WORDS or any(s <= start < e for s, e in spans):
            continue
        value = WORDS[token]
        previous = [t for t, _ in tokens[max(0, index - 3) : index]]
        for word in previous:
            value *= INTENSIFIERS.get(word, 1)
        negator = next(
            (i for i in range(max(0, index - 3), index) if _is_negator(tokens[i][0])), None
        )
        if negator is not None:
            value = -value * (0.5 if value < 0 else 1.0)
            negators_used.add(negator)
        positive, negative = _add(positive, negative, value)
    # A "not", "never" or "n't" that flips no sentiment word is, in feedback about services,
    # nearly always something that did not happen: "haven't received the plan", "doesn't get it".
    for index, (token, start) in enumerate(tokens):
        unused = (
            _is_negator(token) and index not in negators_used and token not in ("no", "nothing")
        )
        if unused and not any(s <= start < e for s, e in spans):
            negative += 0.9
    return positive, negative


def _is_negator(word: str) -> bool:
    return word in NEGATORS or word.endswith("n't")


def _negated(before: str, value: float) -> float:
    words = TOKEN.findall(before)[-3:]
    if any(word in NEGATORS or word.endswith("n't") for word in words):
        return -value * (0.5 if value < 0 else 1.0)
    return value


def _add(positive: float, negative: float, value: float) -> tuple[float, float]:
    return (positive + value, negative) if value > 0 else (positive, negative - value)


def _label(positive: float, negative: float) -> Sentiment:
    total = positive + negative
    if total < 0.5:
        return Sentiment("neutral", 0.0, positive, negative)
    score = round((positive - negative) / (total + 2.0), 3)
    if (
        positive >= 1.5
        and negative >= 1.0
        and min(positive, negative) / max(positive, negative) >= 0.25
    ):
        return Sentiment("mixed", score, positive, negative)
    if score <= -0.15:
        return Sentiment("negative", score, positive, negative)
    if score >= 0.15:
        return Sentiment("positive", score, positive, negative)
    return Sentiment("neutral", score, positive, negative)

"""How the person feels, read the way families write about SEND services.

General sentiment lexicons score "still no word on the assessment, that's eight months now" as
neutral. Here plain descriptions of delay, refusal, being ignored and having to fight count as
negative; praise for a person beside anger at the system is mixed; "not helpful" is negative
and "not bad" is mildly positive; and a few sarcastic turns ("thanks for nothing") are read as
what they mean.
"""

import importlib.util
import re
import xml.etree.ElementTree as ElementTree
from functools import cache
from pathlib import Path
from string import ascii_lowercase

from engage.analysis.patterns import Pattern
from engage.analysis.sentiment_reader import Label, Sentiment, sentiment_reader
from engage.analysis.text import quick_tokens

__all__ = ["Label", "Sentiment", "analyse_sentiment", "lexicon_sentiment"]


# Phrases first (matched as whole phrases), then single words. Weights are how strongly each
# reads as positive (+) or negative (-) in comments about SEND services.
PHRASES = {
    # what families say about a service in a word or two
    "a joke": -2,
    "a farce": -2,
    "keep up the good work": 2.5,
    "helped me": 1.5,
    "helped us": 1.5,
    "helped him": 1.5,
    "helped her": 1.5,
    "real progress": 2,
    "writes her off": -2,
    "writes him off": -2,
    "written off": -2,
    "write them off": -2,
    "please stop": -1.5,
    "stop sending": -1.5,
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
    "again and again": -2,
    "yet again": -1.5,
    "had to": -1,
    "having to": -1,
    "have to wait": -1.5,
    "supposed to": -1,
    "then nothing": -2,
    "nothing for": -1.5,
    "or nothing": -1.5,
    "nothing to do": -1.5,
    "nothing at all": -1.5,
    "literally nothing": -2,
    "out of education": -2,
    "out of school": -1.5,
    "missing out": -2,
    "left to": -1.5,
    "end of my tether": -3,
    "soul destroying": -3,
    "wear you down": -2,
    "wear us down": -2,
    "box ticking": -2,
    "box-ticking": -2,
    "waste of": -2,
    "not good enough": -2.5,
    "should never have": -2,
    "shouldn't have to": -2,
    "should not have to": -2,
    "rang out": -2,
    "cut off": -1.5,
    "going round in circles": -2,
    "round in circles": -2,
    "lose my mind": -2.5,
    "losing my mind": -2.5,
    "killing me": -2,
    "killed me": -2,
    "instead of": -0.5,
    "too long": -1.5,
    "too late": -1.5,
    "for his own good": -2,
    "for her own good": -2,
    "who actually": -1,
    "no acknowledgement": -2,
    "heard nothing": -2,
    "said nothing": -1.5,
    "falling apart": -2.5,
    "fell apart": -2.5,
    "knocked for six": -2,
    "i'm done": -2,
    "im done": -2,
    "black eye": -2,
    "at risk of": -1,
    "any more": -0.7,
    "non-existent": -2,
    "non existent": -2,
    "no explanation": -2,
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
    "no problems": 2,
    "no problem": 1.5,
    "no complaints": 2,
    "not a single complaint": 2.5,
    "couldn't have asked for": 3,
    "could not have asked for": 3,
    "first time in years": 2,
    "actually worked": 2,
    "best day": 2.5,
    "best bit": 2,
    "best thing": 2,
    "felt listened to": 2.5,
    "feel listened to": 2.5,
    "so happy": 2.5,
    "really nice": 2.5,
    "cannot fault": 2.5,
    "can not fault": 2.5,
    "couldn't be happier": 3,
    "couldn't be prouder": 3,
    "couldn't be more pleased": 3,
    "went well": 2,
    "going well": 2,
    "doing well": 2,
    "done well": 2,
    "gone right": 2,
    "went right": 2,
    "turned things round": 2.5,
    "turned things around": 2.5,
    "turned him round": 2.5,
    "turned her round": 2.5,
    "like no one else": 2.5,
    "got a job": 2,
    "got a place": 1.5,
    "is a star": 2.5,
    "a lifesaver": 2.5,
    "lifesaver": 2.5,
}
WORDS = {
    "invaluable": 2.5,
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
    "hate": -2.5,
    "hated": -2.5,
    "hates": -2.5,
    "late": -1,
    "maze": -1.5,
    "closed": -1,
    "bullied": -2.5,
    "bullying": -2.5,
    "lonely": -2,
    "sad": -2,
    "scary": -1.5,
    "boring": -1.5,
    "tired": -1.5,
    "silence": -1.5,
    "invisible": -2,
    "rushing": -1,
    "rushed": -1,
    "backlog": -1.5,
    "overspent": -1.5,
    "vague": -1.5,
    "inconsistent": -1.5,
    "waste": -2,
    "wasted": -2,
    "horrible": -2.5,
    "criminal": -2.5,
    "torture": -3,
    "scream": -2,
    "contradict": -1.5,
    "stacking": -1,
    "missed": -1,
    "miss": -0.5,
    "nervous": -1.5,
    "hurts": -2,
    "hurt": -1.5,
    "hurting": -2,
    "painful": -2,
    "crying": -2,
    "shouts": -1.5,
    "shout": -1.5,
    "shouting": -1.5,
    "excluding": -1.5,
    "cancellations": -1.5,
    "cancellation": -1.5,
    "bounced": -1,
    "still": -0.7,
    "ages": -1,
    "anymore": -1,
    "stopped": -1.5,
    "stops": -1,
    "ending": -1,
    "unsupported": -2,
    "undiagnosed": -1.5,
    "unreal": -1,
    "terrified": -2.5,
    "blaming": -1.5,
    "blame": -1.5,
    "bloodbath": -2.5,
    "panic": -2,
    "beaten": -2,
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
    "pleased": 2,
    "impressed": 2,
    "fun": 2,
    "useful": 2,
    "relief": 1.5,
    "relieved": 2,
    "smooth": 1.5,
    "smoothest": 2,
    "angels": 2,
    "lifeline": 2.5,
    "godsend": 2.5,
    "proud": 2,
    "excited": 1.5,
    "smiling": 2,
    "sorted": 1.5,
    "transformed": 2,
    "calmer": 1.5,
    "nice": 2,
    "fair": 1,
    "honest": 1.5,
    "practical": 1.5,
    "easier": 1.5,
    "liked": 1.5,
    "likes": 1.5,
    "passed": 1,
    "won": 1.5,
    "brilliantly": 2.5,
    "finally": 1,
    "quicker": 1.5,
    "friends": 1,
    "helps": 1,
    "helping": 1,
    "star": 1.5,
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
    # as young people and phone keyboards write them
    "dont",
    "cant",
    "wont",
    "didnt",
    "doesnt",
    "isnt",
    "wasnt",
    "arent",
    "havent",
    "hasnt",
    "couldnt",
    "wouldnt",
    "shouldnt",
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
#: where one clause ends and the next begins: a contrast, or the end of a sentence
CLAUSE_BREAKS = re.compile(r"\b(?:" + "|".join(sorted(CONTRASTS)) + r")\b|[.;!?]\s")
# Time that keeps passing is how families describe delay: "eight months", "two years".
DURATION = Pattern(
    r"\b(?:(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|"
    r"several|many|few)\s+(?:weeks|months|years)|(?:over|nearly|almost|more than) a (?:year|month)"
    r"|a (?:whole )?(?:year|month)|weeks and weeks|months and months)\b"
)
# "No support", "no reply", "no place": what is missing is how families describe a failing service.
MISSING = Pattern(
    r"\bno (?:\w+ )?(?:support|help|reply|response|place|plan|date|update|contact|progress|choice|"
    r"answer|funding|transport|provision|service|information|communication|callback|call back|"
    r"explanation|options?|idea|one|body|school|education|therapy|diagnosis|assessment|discussion|"
    r"talk|paperwork|money|advice|notice|warning|follow-up|funding|staff|training|friends)\b"
)
SARCASM = Pattern(
    r"\b(?:oh )?(?:great|brilliant|fantastic|lovely|perfect|wonderful),? (?:another|yet another|"
    r"more|so now|now we)\b|\bthanks a lot\b|\bcheers for nothing\b|\bwell done,? (?:council|everyone|team)\b.*\b(?:not|never)\b"
)
TOKEN = re.compile(r"[a-z]+(?:'[a-z]+)?|[!?]")
_words = quick_tokens(TOKEN, ascii_lowercase + "'!?", "'!?")  #: TOKEN.findall, in C where it can


# "Too loud", "far too late", "only 2 days", "only once a month": too much of what hurts, too
# little of what helps.
TOO_MUCH_TOO_LITTLE = Pattern(
    r"\b(?:far |way |much )?too (?:\w+)\b(?! (?:lol|haha))|\bonly (?:\w+ ){0,3}?(?:\d+|once|one|"
    r"two|three|four|five|six|half|a few|part)\b"
)
# "I like", "she really likes": liking needs someone who likes; "feel like" and "like this" don't.
LIKING = Pattern(r"\b(?:i|we|he|she|they|you|my \w+)(?: really| do| did)? (?:like|love|enjoy)\b")
QUESTION = Pattern(
    r"^(?:please |hi,? |hello,? )?(?:does|do|is|are|can|could|when|what|where|who|which|how|will|"
    r"would|has|have)\b[^.!]*\?$"
)
# Words that look warm but, in requests and contact details, carry no feeling.
NEUTRAL_IDIOMS = Pattern(
    r"\bbest (?:number|time|way|after|before|to (?:reach|contact|call|ring))\b|\b(?:is|are) best\b"
    r"|\bhappy to (?:be contacted|talk|help|share|discuss|take part|meet|come)\b|\bin progress\b"
    r"|\btoo (?:early|soon) to (?:say|tell)\b|\bwould (?:welcome|like|appreciate|love)\b"
    r"|\bkill(?:ing|ed) me,? (?:lol|haha)\b|\bgood money\b|\bas well\b|\bwell as\b|\bfeel like\b|\bseems like\b|\blooks like\b"
    r"|\b(?:lol|haha)\b"
)


# Adjectives that describe a service's facts rather than how it felt ("special school", "full
# assessment", "free school meals"), which a general lexicon scores.
DOMAIN_NEUTRAL = {
    "special", "mainstream", "independent", "complex", "additional", "educational", "social",
    "mental", "physical", "young", "old", "little", "big", "large", "small", "full", "free",
    "high", "low", "long", "short", "new", "first", "last", "next", "more", "most", "less",
    "least", "only", "other", "own", "same", "real", "sure", "right", "left", "early", "main",
    "general", "public", "local", "national", "open", "certain", "different", "whole", "able",
    "ready", "particular", "due", "current", "previous", "final", "further", "key", "common",
    "normal", "usual", "extra", "severe", "mild", "significant", "available", "sensory",
    "total", "single", "live", "present", "specific", "several", "many", "few",
}  # fmt: skip


@cache
def _general_lexicon() -> dict[str, float]:
    """TextBlob's lexicon of about 2,900 adjectives, which ships inside the package (no corpus to
    download), for the words our own lists lack. Read from the file rather than through TextBlob,
    whose import (NLTK and all) would cost more than the rest of the analysis."""
    spec = importlib.util.find_spec("textblob")
    if spec is None or spec.origin is None:
        return {}
    path = Path(spec.origin).parent / "en" / "en-sentiment.xml"
    senses: dict[str, list[float]] = {}
    for word in ElementTree.parse(path).getroot():
        form = word.get("form", "").lower()
        if form.isalpha() and form not in DOMAIN_NEUTRAL:
            senses.setdefault(form, []).append(float(word.get("polarity", 0)))
    lexicon = {}
    for form, polarities in senses.items():
        polarity = sum(polarities) / len(polarities)
        if abs(polarity) >= 0.3 and form not in WORDS:
            lexicon[form] = round(polarity, 2)
    return lexicon


def _phrase_pattern() -> Pattern:
    alternatives = sorted(PHRASES, key=len, reverse=True)
    return Pattern(r"\b(?:" + "|".join(re.escape(p) for p in alternatives) + r")\b")


PHRASE_PATTERN = _phrase_pattern()


# "Why has my son been sent forty miles away?": in feedback, a why-question is a complaint.
COMPLAINT_QUESTION = Pattern(
    r"(?:^|[.!?]\s+)why (?:do|does|did|has|have|had|is|are|was|were|can'?t|won'?t|isn'?t|aren'?t|"
    r"doesn'?t|don'?t|didn'?t|should|must|would|put|am|on earth)\b"
)


def analyse_sentiment(text: str) -> Sentiment:
    """Sentiment with a score, for one piece of feedback: the domain lexicon's reading, weighed
    by the learned reader (sentiment_reader.py) beside the words the comment uses."""
    lexical = lexicon_sentiment(text)
    reader = sentiment_reader()
    if reader is None or not text.strip():
        return lexical
    return reader.read(text, lexical)


def lexicon_sentiment(text: str) -> Sentiment:
    """What the lists of this module make of a comment, with the weights of what was positive
    and what was negative."""
    lowered = NEUTRAL_IDIOMS.sub(" ", text.lower().replace("’", "'"))
    positive = negative = 0.0
    clauses = CLAUSE_BREAKS.split(lowered)
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
    negative += 1.0 * len(TOO_MUCH_TOO_LITTLE.findall(lowered))
    positive += 1.5 * len(LIKING.findall(lowered))
    negative += 1.5 * len(COMPLAINT_QUESTION.findall(lowered))
    if SARCASM.search(lowered):
        negative += 3
        positive = max(0.0, positive - 2.5)
    if QUESTION.match(lowered.strip()) and max(positive, negative) < 2.5:
        # Asking for information ("Does the Local Offer list any SEND-friendly dentists?") is
        # neutral unless it carries strong feeling; "why" questions are left to the words.
        return Sentiment("neutral", 0.0, positive, negative)
    return _label(positive, negative)


def _score_clause(clause: str) -> tuple[float, float]:
    positive = negative = 0.0
    spans = []
    for match in PHRASE_PATTERN.finditer(clause):
        value = PHRASES[match.group()]
        value = _negated(clause[: match.start()], value)
        spans.append((match.start(), match.end()))
        positive, negative = _add(positive, negative, value)
    if spans:
        found = [(m.group(), m.start()) for m in TOKEN.finditer(clause)]
        words = [word for word, _ in found]
        inside = [any(s <= start < e for s, e in spans) for _, start in found]
    else:  # most clauses: no phrase, so no word is inside one
        words = _words(clause)
        inside = None
    # Looked up in C, word by word; the loops below visit only the few words that matter.
    values = list(map(_lexicon().get, words))
    negators = list(map(NEGATORS.__contains__, words))
    if "n't" in clause:
        negators = [n or word.endswith("n't") for n, word in zip(negators, words, strict=True)]
    negators_used = set()
    for index, value in enumerate(values):
        if value is None or (inside and inside[index]):
            continue
        for previous in words[max(0, index - 3) : index]:
            value *= INTENSIFIERS.get(previous, 1)
        negator = next((i for i in range(max(0, index - 3), index) if negators[i]), None)
        if negator is not None:
            value = -value * (0.5 if value < 0 else 1.0)
            negators_used.add(negator)
        positive, negative = _add(positive, negative, value)
    # A "not", "never" or "n't" that flips no sentiment word is, in feedback about services,
    # nearly always something that did not happen: "haven't received the plan", "doesn't get it".
    if True in negators:
        for index, word in enumerate(words):
            if (
                negators[index]
                and index not in negators_used
                and word not in ("no", "nothing")
                and not (inside and inside[index])
            ):
                negative += 0.9
    return positive, negative


@cache
def _lexicon() -> dict[str, float]:
    """Our own words, and TextBlob's where ours are silent (read on first use, not when the web
    app starts)."""
    return {**_general_lexicon(), **WORDS}


def _negated(before: str, value: float) -> float:
    words = _words(before)[-3:]
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

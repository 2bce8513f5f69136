"""Words as the engine sees them: lower case, common words out, endings trimmed, and the many
ways families name the same SEND things brought to one term; and, for the zero-shot tagger, the
families of SEND ideas a text touches (the vocabulary is in lexicon.py)."""

import re
from functools import lru_cache
from itertools import compress
from operator import or_
from string import ascii_lowercase, digits
from typing import NamedTuple

from engage.analysis.lexicon import FAMILIES, STEM_EXCEPTIONS
from engage.analysis.patterns import Pattern

TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


def quick_tokens(pattern: re.Pattern, kept: str, awkward: str):
    """A function giving `pattern.findall(text)`, the same list, split in C where it can be. In
    ASCII text with none of the `awkward` characters, a token is a run of the `kept` ones and
    every other character a space between tokens, so str.translate and str.split find them in
    half the time of the regex (which the engine runs a dozen times a comment)."""
    separators = {code: " " for code in range(128) if chr(code) not in kept}

    def found(text: str) -> list[str]:
        if text.isascii():
            spaced = text.translate(separators)
            for character in awkward:
                if character in spaced:
                    break
            else:
                return spaced.split()
        return pattern.findall(text)

    return found


#: TOKEN.findall of lower-cased text (a word with an apostrophe is the regex's to read)
tokens = quick_tokens(TOKEN, ascii_lowercase + digits + "'", "'")


STOPWORDS = frozenset(
    [
        "a",
        "about",
        "above",
        "after",
        "again",
        "against",
        "all",
        "am",
        "an",
        "and",
        "any",
        "are",
        "as",
        "at",
        "be",
        "because",
        "been",
        "before",
        "being",
        "below",
        "between",
        "both",
        "but",
        "by",
        "can",
        "could",
        "did",
        "do",
        "does",
        "doing",
        "down",
        "during",
        "each",
        "few",
        "for",
        "from",
        "further",
        "had",
        "has",
        "have",
        "having",
        "he",
        "her",
        "here",
        "hers",
        "herself",
        "him",
        "himself",
        "his",
        "how",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "itself",
        "just",
        "me",
        "more",
        "most",
        "my",
        "myself",
        "no",
        "nor",
        "not",
        "now",
        "of",
        "off",
        "on",
        "once",
        "only",
        "or",
        "other",
        "our",
        "ours",
        "ourselves",
        "out",
        "over",
        "own",
        "same",
        "she",
        "should",
        "so",
        "some",
        "such",
        "than",
        "that",
        "the",
        "their",
        "theirs",
        "them",
        "themselves",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "through",
        "to",
        "too",
        "under",
        "until",
        "up",
        "very",
        "was",
        "we",
        "were",
        "what",
        "when",
        "where",
        "which",
        "while",
        "who",
        "whom",
        "why",
        "will",
        "with",
        "would",
        "you",
        "your",
        "yours",
        "yourself",
        "yourselves",
        "also",
        "get",
        "got",
        "us",
        "one",
        "would",
        "could",
        "really",
        "still",
        "even",
        "much",
        "many",
        "lot",
        "lots",
        "thing",
        "things",
        "way",
        "well",
        "yes",
        "ok",
        "okay",
    ]
)

# Words that strategies use for every priority alike ("ensure", "develop", "effective") and
# that people use about everything ("want", "said", "help"): they say nothing about which
# priority a comment is about. Left in for key phrases, out of the terms the taggers compare.
_FILLER_WORDS = """
    ensure ensuring ensured develop developing developed development improve improving improved
    improvement promote promoting strengthen strengthening enable enabling commit committed
    commitment continue continuing continuous continual continually effective effectively
    appropriate robust wherever possible include includes including included area areas want
    wants wanted said say says asked ask give gives given bring brings show shows making make
    makes made sure ways way key every within across good better best well put take takes taking
    part help helps helped helping work works working need needs needed support supports
    supported supporting children child young people person families family parents parent
    send sen disability disabilities disabled special educational provide provides provided
    providing available all many more most increase increasing increasingly action actions
    approach approaches new year years month months week weeks day days time times today hour
    hours plan plans planned planning place places whole know knows knew everyone meet meets
"""
FILLER = frozenset(_FILLER_WORDS.split())

# Different words for the same thing, mapped to one term (applied to phrases before words).
SYNONYMS = {
    "education health and care plan": "ehcp",
    "education health care plan": "ehcp",
    "ehc plan": "ehcp",
    "ehc needs assessment": "ehcp assessment",
    "statement of sen": "ehcp",
    "short break": "respite",
    "short breaks": "respite",
    "sitting service": "respite",
    "overnight stays": "respite",
    "overnight stay": "respite",
    "holiday club": "activities",
    "holiday clubs": "activities",
    "after school club": "activities",
    "youth club": "activities",
    "clubs": "activities",
    "club": "activities",
    "leisure": "activities",
    "local offer": "localoffer",
    "speech and language": "salt",
    "speech therapy": "salt",
    "occupational therapy": "ot",
    "special educational needs coordinator": "senco",
    "sixth form": "college",
    "post 16": "college",
    "post-16": "college",
    "further education": "college",
    "supported internship": "employment",
    "apprenticeship": "employment",
    "job": "employment",
    "jobs": "employment",
    "work experience": "employment",
    "moving up": "transition",
    "moving on": "transition",
    "adult services": "transition",
    "preparing for adulthood": "adulthood",
    "independent living": "independence",
    "live independently": "independence",
    "mainstream school": "mainstream",
    "special school": "specialist",
    "out of area": "outofarea",
    "diagnosis": "assessment",
    "diagnosed": "assessment",
    "assessed": "assessment",
    "waiting list": "wait",
    "waited": "wait",
    "waiting": "wait",
    "delay": "wait",
    "delays": "wait",
    "parent carer forum": "coproduction",
    "co-production": "coproduction",
    "co production": "coproduction",
    "listen": "listened",
    "listening": "listened",
    "listens": "listened",
    "friends": "friendship",
    "friend": "friendship",
    "socialise": "friendship",
    "training": "workforce",
    "staff": "workforce",
    "teachers": "workforce",
}
# The SEND ideas that strategies and families name in different words. Every phrase on the right
# becomes the concept on the left, in priorities and comments alike, so a comment about "the
# diagnosis wait" meets a priority about "early identification" without sharing a word.
CONCEPTS = {
    "identifyneed": "early identification|identification of need|identification|identified|identify|"
    "diagnosis|diagnosed|assessment|assessed|assessments|noticed the signs|health visitor|referral|"
    "referred|ehcp assessment",
    "transitionphase": "transition|transitions|moving up|moving on|secondary school|year 6|year 11|"
    "adult services|children's to adults'|leaving school|new school|changing school|phase of transition",
    "coproduce": "coproduction|coproduced|co-produced|co produced|coproduce|involve|involved|involving|"
    "consulted|consultation|asked us|ask parents|asked parents|have a say|decision making|stakeholders|"
    "parent carer forum|parents' views|our views|listened to|not listened|listen to",
    "eligibility": "eligibility|eligible|criteria|threshold|qualify|entitled|entitlement|turned down|"
    "refused|panel|funding criteria",
    "workforce": "workforce|staff|training|trained|untrained|teachers|teacher|professionals|"
    "knowledgeable|competent|empathise|understand autism|don't understand|dont understand",
    "infosharing": "information sharing|share information|sharing information|passed on|records|"
    "tell our story|repeat our story|telling our story|notes|communication channels|between professionals|"
    "talk to each other|each other",
    "inclusion": "inclusive|inclusion|excluded|exclusion|exclusions|left out|school trips|trips|"
    "reduced timetable|full access|part time timetable",
    "personalise": "personalisation|personalised|personal budget|direct payments|direct payment|tailored|"
    "individual needs|person centred|one size fits all",
    "commissioning": "joint commissioning|commissioning|commissioned|commission|ccg|clinical commissioning group|"
    "met locally|out of area",
    "localoffer": "local offer|website|online|directory|find information|find out what|what's available",
    "adulthood": "preparation for adulthood|preparing for adulthood|adulthood|independent living|"
    "independence|independent|employment|employers|job|jobs|work experience|supported internship|"
    "apprenticeship|housing|adult life",
    "postsixteen": "post 16|post-16|sixteen|16 years|age of 16|college|sixth form|further education|"
    "courses|training providers",
    "respite": "short breaks|short break|respite|sitting service|overnight stays|overnight stay",
    "activities": "holiday club|holiday clubs|after school club|youth club|clubs|club|leisure|activities|"
    "social activities|things to do|socialise|friendships|friends|friend",
    "schoolplace": "school place|school places|special school|specialist provision|mainstream school|"
    "mainstream|resource base|placement|local school|local settings|education provision",
}
for concept, phrases in CONCEPTS.items():
    for phrase in phrases.split("|"):
        SYNONYMS.setdefault(phrase, concept)
        SYNONYMS[phrase] = concept

_SYNONYM_PATTERN = Pattern(
    r"\b(?:" + "|".join(re.escape(s) for s in sorted(SYNONYMS, key=len, reverse=True)) + r")\b"
)
# Longest first. After a suffix goes, a final "e" and a doubled consonant go too, so "improve",
# "improving" and "improvement" meet at "improv", and "planned" and "planning" at "plan".
_SUFFIXES = (
    "ifications",
    "ification",
    "isations",
    "isation",
    "izations",
    "ization",
    "ational",
    "ations",
    "ation",
    "ities",
    "ingly",
    "ings",
    "ing",
    "edly",
    "ness",
    "ments",
    "ment",
    "ences",
    "ence",
    "ents",
    "ent",
    "ions",
    "ion",
    "ives",
    "ive",
    "ates",
    "ate",
    "ified",
    "ifies",
    "ify",
    "ies",
    "ied",
    "ers",
    "er",
    "ed",
    "es",
    "ly",
    "s",
)


#: every word stemmed so far (a plain dict, which read() asks directly: looked up far more
#: often than anything is added, and a few thousand words cover nearly every comment)
_STEMS: dict[str, str] = {}


def stem(word: str) -> str:
    """A light suffix-stripper: enough to match "assessments" with "assessment" and "planned"
    with "planning"."""
    found = _STEMS.get(word)
    if found is None:
        found = _stripped(word)
        if len(_STEMS) < 100_000:  # a long-running app meets endless misspellings
            _STEMS[word] = found
    return found


def _stripped(word: str) -> str:
    if word.endswith("'s"):
        word = word[:-2]
    if word in STEM_EXCEPTIONS:
        return STEM_EXCEPTIONS[word]
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            if suffix in ("ies", "ied"):
                word += "y"
            break
    if len(word) > 4 and word[-1] == "e":
        word = word[:-1]
    if len(word) > 4 and word[-1] == word[-2] and word[-1] not in "aeiouls":
        word = word[:-1]
    return word


def normalise(text: str) -> str:
    """Lower case, with every SEND phrase brought to its concept (cached: the tagger, the learned
    model and key phrases all ask for the same comment's form)."""
    return _normalised(text)[0]


@lru_cache(maxsize=4096)
def _normalised(text: str) -> tuple[str, dict[str, str]]:
    """The normalised text, and for each concept in it the words the text used."""
    lowered = text.lower().replace("’", "'").replace("-", " ")
    sources: dict[str, str] = {}

    def bring_to_one_term(match: re.Match) -> str:
        term = SYNONYMS[match.group()]
        sources.setdefault(term, match.group())
        return term

    return _SYNONYM_PATTERN.sub(bring_to_one_term, lowered), sources


class Reading(NamedTuple):
    """A text as the zero-shot tagger compares it."""

    words: dict[str, str]  #: stems of the meaningful words, in order -> the text's own word
    families: dict[str, str]  #: family of SEND ideas -> the words of the text that touched it


EXACT = "="  # marks a lexicon word matched as it stands, not by its stem
_PASSED_OVER = STOPWORDS | FILLER


def _family_index() -> tuple[dict, dict[str, tuple[int, ...]], dict[str, set[str]]]:
    """Every family's words and phrases as stem sequences; for each first stem the lengths of
    the phrases it begins, longest first, and their second stems (looked up by word sequence: a
    regex of all the phrases is several times slower)."""
    index: dict[tuple[str, ...], set[str]] = {}
    for family, phrases in FAMILIES.items():
        for phrase in phrases.split("|"):
            if phrase.startswith(EXACT):
                key = (phrase,)
            else:
                key = tuple(stem(token) for token in TOKEN.findall(phrase.replace("-", " ")))
            if key:
                index.setdefault(key, set()).add(family)
    sizes: dict[str, list[int]] = {}
    seconds: dict[str, set[str]] = {}
    for key in index:
        if len(key) > 1:
            sizes.setdefault(key[0], []).append(len(key))
            seconds.setdefault(key[0], set()).add(key[1])
    longest_first = {
        first: (*sorted(set(found), reverse=True), 1) for first, found in sizes.items()
    }
    return {key: tuple(sorted(names)) for key, names in index.items()}, longest_first, seconds


#: the families of each stem sequence; for each first stem of a phrase, the lengths of its
#: phrases, and the stems that come second in them: a word followed by none of those begins no
#: phrase, however many it may begin ("support" begins 40)
_FAMILY_OF, _PHRASE_SIZES_STARTING, _SECOND_STEMS = _family_index()
_SINGLE = (1,)
#: the stems that begin a family's word or phrase, and the words matched as they stand: any
#: other word is passed over at once
_STARTS = {key[0] for key in _FAMILY_OF if not key[0].startswith(EXACT)}
_EXACT_WORDS = {key[0][len(EXACT) :] for key in _FAMILY_OF if key[0].startswith(EXACT)}


@lru_cache(maxsize=4096)
def read(text: str) -> Reading:
    """The words of a text (SEND phrases brought to one term, common and filler words out,
    endings trimmed), and the families of SEND ideas it touches, matched on word stems."""
    normalised, sources = _normalised(text)
    found = tokens(normalised)
    words: dict[str, str] = {}
    for word in found:
        if word not in _PASSED_OVER and len(word) > 1:
            words.setdefault(stem(word), sources.get(word, word))
    # With no SEND phrase brought to its term, the normalised text is the lowered text.
    raw = tokens(text.lower().replace("’", "'").replace("-", " ")) if sources else found
    stems = [_STEMS.get(token) or stem(token) for token in raw]
    families: dict[str, str] = {}
    # Only the few words that can begin a family's word or phrase are visited, found in C.
    beginning = map(or_, map(_STARTS.__contains__, stems), map(_EXACT_WORDS.__contains__, raw))
    free = 0  #: the first word not already inside a phrase matched
    for start in compress(range(len(stems)), beginning):
        if start < free:
            continue
        first = stems[start]
        sizes = _PHRASE_SIZES_STARTING.get(first, _SINGLE)
        if sizes is not _SINGLE and (
            start + 1 == len(stems) or stems[start + 1] not in _SECOND_STEMS[first]
        ):
            sizes = _SINGLE
        # The longest phrase wins: "parent carer forum" is about voice, not about carers.
        for size in sizes:
            names = _FAMILY_OF.get(tuple(stems[start : start + size]) if size > 1 else (first,))
            if names is None and size == 1:
                names = _FAMILY_OF.get((EXACT + raw[start],))
            if names:
                for name in names:
                    if name != "_":  # read as a whole, then set aside
                        families.setdefault(name, " ".join(raw[start : start + size]))
                free = start + size
                break
    return Reading(words, families)

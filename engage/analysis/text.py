"""Words as the engine sees them: lower case, common words out, endings trimmed, and the many
ways families name the same SEND things brought to one term."""

import re
from functools import lru_cache

TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")

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

_SYNONYM_PATTERN = re.compile(
    r"\b(?:" + "|".join(re.escape(s) for s in sorted(SYNONYMS, key=len, reverse=True)) + r")\b"
)
_SUFFIXES = (
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
    "ies",
    "ied",
    "ers",
    "er",
    "ed",
    "es",
    "ly",
    "s",
)


def stem(word: str) -> str:
    """A light suffix-stripper: enough to match "assessments" with "assessment"."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


@lru_cache(maxsize=4096)
def normalise(text: str) -> str:
    """Lower case, with every SEND phrase brought to its concept (cached: the tagger, the learned
    model and key phrases all ask for the same comment's form)."""
    lowered = text.lower().replace("’", "'").replace("-", " ")
    return _SYNONYM_PATTERN.sub(lambda match: SYNONYMS[match.group()], lowered)


def terms(text: str) -> list[str]:
    """The meaningful terms of a text, in order."""
    return [
        stem(word)
        for word in TOKEN.findall(normalise(text))
        if word not in STOPWORDS and len(word) > 1
    ]

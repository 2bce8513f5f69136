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
# Families of ideas that a strategy names in its own words and families in theirs: "timely access
# to health services" and "18 months on the CAMHS list" share no word, but both touch the
# families "time" and "health". Unlike CONCEPTS, the words stay; the family is added beside them,
# in priorities and comments alike (matched on the normalised text, so concept names appear here).
FAMILIES = {
    "time": "timely|timeliness|time|on time|wait|waits|waited|weeks|months|years|backlog|deadline|"
    "deadlines|timeframe|time limit|quickly|quicker|quick|slow|slowly|chasing|chased|earliest|"
    "promptly|prompt|fortnight|still no|too long|took|taking ages|ages",
    "health": "health|healthy|nhs|camhs|mental health|therapy|therapist|therapies|salt|ot|physio|"
    "physiotherapy|paediatric|paediatrician|paediatrics|gp|doctor|nurse|nursing|hospital|clinic|"
    "wheelchair|medication|neurodevelopmental|adhd|ccg|icb|health visitor|sleep clinic|self harm",
    "ehc": "ehcp|education health and care|education, health and care|annual review|annual reviews|"
    "statutory|tribunal|caseworker|caseworkers|sen team|draft plan|amendments|send team",
    "socialcare": "social care|social worker|social workers|social services|care package|respite|"
    "carers|carer|children with disabilities team|personal assistant|pa",
    "schooling": "school|schools|teacher|teachers|class|classroom|senco|sencos|ta|teaching assistant|"
    "education setting|education settings|settings|setting|nursery|academy|primary|secondary|pupils|"
    "pupil|timetable|curriculum|lessons|schoolplace|education",
    "information": "information|info|localoffer|leaflet|explained|explain|explanation|nobody told|"
    "find out|found out|signpost|signposting|communicated|communicate|communication|letters|letter|"
    "detailed|website|page|transparent|clear|clearly|know what",
    "money": "funding|funded|fund|money|budget|budgets|cost|costs|afford|top up|banding|pay|paid|"
    "personalise|private|privately|free|charge|charges|best value",
    "voice": "coproduce|listened|views|voice|voices|asked|ask us|asks|say in|decision making|"
    "decisions|feedback|forum|nobody asks|don't ask|dont ask|influence|influences|policy|policies|"
    "have a say|taken seriously|expertise|know our|know best|stakeholders",
    "together": "commissioning|joint|jointly|joined up|work together|working together|each other|"
    "between services|between professionals|multi agency|multiagency|partnership|partners|"
    "infosharing|shared|share|sharing|passed on|repeat|repeating|same questions|same information|"
    "records|sent across|transferred|contradict",
    "skills": "workforce|trained|untrained|understand|understanding|knowledgeable|competent|"
    "confident|confidence|empathy|empathise|professionals|cpd|awareness|practice|practices",
    "local": "local|locally|outofarea|miles|taxi|nearest|in the area|in town|travel|far|distance|"
    "bus|transport|near",
    "choice": "range|choice|choices|options|option|nothing for|only one|expand|widen|more places|"
    "opportunities|opportunity",
    "belong": "inclusion|inclusive|included|include|left out|part of|friendship|activities|"
    "participation|participate|take part|taking part|community|society|socialise|social",
    "future": "adulthood|postsixteen|transitionphase|independence|employment|future|grown up|"
    "adult|adults|19|18|after school|leaving|skills|potential",
    "needs": "identifyneed|early|needs|need|support|spotted|missed|undiagnosed|signs|struggling|"
    "behaviour|meltdown|meltdowns",
}
# Looked up by word sequences (a regex of all the phrases is several times slower).
_FAMILY_OF = {
    " ".join(TOKEN.findall(phrase)): family
    for family, phrases in FAMILIES.items()
    for phrase in phrases.split("|")
}
_PHRASE_SIZES_STARTING: dict[str, set[int]] = {}
for _phrase in _FAMILY_OF:
    if " " in _phrase:
        _PHRASE_SIZES_STARTING.setdefault(_phrase.split()[0], set()).add(len(_phrase.split()))
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
    """The meaningful terms of a text, in order, then the families of SEND ideas it touches."""
    tokens = TOKEN.findall(normalise(text))
    words = [stem(word) for word in tokens if word not in STOPWORDS and len(word) > 1]
    families = {_FAMILY_OF[token] for token in tokens if token in _FAMILY_OF}
    for start, token in enumerate(tokens):
        for size in _PHRASE_SIZES_STARTING.get(token, ()):
            family = _FAMILY_OF.get(" ".join(tokens[start : start + size]))
            if family:
                families.add(family)
    return words + sorted(families)

"""Flags a person must see: personal data (to redact before anything is published) and possible
safeguarding disclosures (to read today).

Both are tuned to miss nothing that matters. A personal-data flag that is wrong costs a
moderator a glance; a missed one publishes a child's name. A safeguarding flag that is wrong
costs a minute; a missed one can cost far more. So the patterns are broad, and the decoys that
families really write ("this is killing me lol", "I could kill for a Saturday club") are
recognised and set aside rather than the patterns being narrowed.
"""

import re
from dataclasses import dataclass
from typing import Literal

PersonalDataKind = Literal[
    "email", "phone", "postcode", "street_address", "full_name", "date_of_birth"
]


@dataclass(frozen=True)
class Flag:
    """A span of the text that a person should look at, and why."""

    kind: str  #: a PersonalDataKind, or "safeguarding"
    start: int
    end: int
    text: str
    reason: str = ""


# Personal data -----------------------------------------------------------------------------

EMAIL = re.compile(r"\b[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}\b")
# UK numbers: mobiles, landlines and +44, with spaces, dots, dashes or brackets between groups.
PHONE = re.compile(r"(?<![\w+])(?:\+44\s?\(?0?\)?\s?|\(?0)\d(?:[\s.\-()]*\d){8,9}(?!\w)")
POSTCODE = re.compile(
    r"\b(?:GIR ?0AA|[A-PR-UWYZ](?:[0-9]{1,2}|[A-HK-Y][0-9]{1,2}|[0-9][A-HJKPS-UW]|[A-HK-Y][0-9][ABEHMNPRV-Y])"
    r" ?[0-9][ABD-HJLNP-UW-Z]{2})\b",
    re.IGNORECASE,
)
STREET_WORDS = (
    "street|st|road|rd|avenue|ave|lane|ln|drive|dr|close|cl|crescent|cres|way|grove|place|pl|"
    "court|ct|terrace|gardens|gdns|square|sq|walk|mews|row|hill|park|view|rise|green|parade"
)
STREET_ADDRESS = re.compile(
    rf"\b(?:(?i:flat)\s+\d+[a-z]?,?\s+)?\d{{1,4}}[a-z]?,?\s+(?:[A-Z][a-z]+\s+){{1,3}}(?i:{STREET_WORDS})\b",
)
MONTHS = "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
DATE = rf"(?:\d{{1,2}}[/.\-]\d{{1,2}}[/.\-]\d{{2,4}}|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{MONTHS})\.?,?\s+\d{{4}})"
DATE_OF_BIRTH = re.compile(
    rf"\b(?:d\.?o\.?b\.?|date of birth|born(?: on)?|birthday(?: is)?)\s*(?:is|was|:|-)?\s*(?P<date>{DATE})",
    re.IGNORECASE,
)
# Names: two or three capitalised words after words that introduce a person, or a title.
NAME = r"[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?"
NAME_AFTER_CUE = re.compile(
    rf"\b(?i:(?:my|our|her|his|their)\s+(?:son|daughter|child|boy|girl|grandson|granddaughter|"
    rf"brother|sister|husband|wife|partner|carer|sw|social worker|teacher|senco|key worker)"
    rf"|(?:called|named|name is|names are|I am|I'm|this is))\s*,?\s+(?P<name>{NAME}(?:\s+{NAME}){{1,2}})\b"
)
FULL_NAME = re.compile(
    r"\b(?P<first>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+(?P<last>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b"
)
NAME_AFTER_TITLE = re.compile(rf"\b(?P<name>(?:Mr|Mrs|Ms|Miss|Dr|Mx)\.?\s+{NAME}(?:\s+{NAME})?)\b")
# Capitalised words that start sentences or name places and services, not people.
NOT_NAMES = {
    "Local",
    "Offer",
    "School",
    "Council",
    "Team",
    "Service",
    "Services",
    "Centre",
    "Hospital",
    "College",
    "Academy",
    "Primary",
    "High",
    "Street",
    "Road",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "Camhs",
    "Send",
    "Ehcp",
    "Nhs",
    "The",
    "And",
    "Men",
    "Tumble",
    "Potter",
    "Christmas",
    "Easter",
}
# Common first names in England and Wales (ONS baby names, several decades), to find a
# "First Surname" anywhere in a comment, not only after words like "my son".
FIRST_NAMES = frozenset(
    [
        "oliver",
        "george",
        "harry",
        "noah",
        "jack",
        "leo",
        "arthur",
        "muhammad",
        "oscar",
        "charlie",
        "jacob",
        "thomas",
        "henry",
        "william",
        "freddie",
        "alfie",
        "theo",
        "archie",
        "joshua",
        "james",
        "daniel",
        "samuel",
        "joseph",
        "ethan",
        "lucas",
        "logan",
        "mason",
        "max",
        "isaac",
        "dylan",
        "tyler",
        "riley",
        "jayden",
        "kai",
        "liam",
        "ryan",
        "connor",
        "callum",
        "kieran",
        "jordan",
        "aaron",
        "adam",
        "ben",
        "benjamin",
        "lewis",
        "luke",
        "matthew",
        "michael",
        "david",
        "john",
        "paul",
        "mark",
        "peter",
        "steven",
        "andrew",
        "chris",
        "christopher",
        "richard",
        "robert",
        "simon",
        "gary",
        "lee",
        "craig",
        "darren",
        "dean",
        "jason",
        "scott",
        "shaun",
        "stuart",
        "wayne",
        "kevin",
        "ian",
        "neil",
        "alan",
        "tom",
        "sam",
        "josh",
        "jake",
        "harvey",
        "reggie",
        "tommy",
        "ollie",
        "finley",
        "finn",
        "ronnie",
        "frankie",
        "louie",
        "stanley",
        "albert",
        "olivia",
        "amelia",
        "isla",
        "ava",
        "mia",
        "ivy",
        "lily",
        "isabella",
        "rosie",
        "sophia",
        "grace",
        "freya",
        "willow",
        "florence",
        "emily",
        "ella",
        "poppy",
        "evie",
        "charlotte",
        "sophie",
        "jessica",
        "chloe",
        "ruby",
        "lucy",
        "ellie",
        "millie",
        "holly",
        "molly",
        "daisy",
        "phoebe",
        "scarlett",
        "layla",
        "maya",
        "evelyn",
        "harper",
        "aria",
        "hannah",
        "lauren",
        "megan",
        "bethany",
        "abigail",
        "amy",
        "katie",
        "rebecca",
        "sarah",
        "laura",
        "emma",
        "rachel",
        "nicola",
        "claire",
        "lisa",
        "michelle",
        "kelly",
        "donna",
        "joanne",
        "karen",
        "julie",
        "helen",
        "jane",
        "louise",
        "kate",
        "kirsty",
        "gemma",
        "natalie",
        "leanne",
        "stacey",
        "kayleigh",
        "kacey",
        "courtney",
        "jade",
        "paige",
        "amber",
        "summer",
        "skye",
        "lacey",
        "leah",
        "zara",
        "aisha",
        "fatima",
        "maryam",
        "zainab",
        "ayesha",
        "amira",
        "hafsa",
        "mohammed",
        "mohammad",
        "ahmed",
        "ali",
        "omar",
        "hassan",
        "ibrahim",
        "yusuf",
        "bilal",
        "hamza",
        "zain",
        "ayaan",
        "rayan",
        "arjun",
        "priya",
        "anjali",
    ]
)


def find_personal_data(text: str) -> list[Flag]:
    """Every span that could identify someone, in the order it appears."""
    flags: list[Flag] = []
    for kind, pattern in (
        ("email", EMAIL),
        ("postcode", POSTCODE),
        ("street_address", STREET_ADDRESS),
    ):
        flags += [Flag(kind, m.start(), m.end(), m.group()) for m in pattern.finditer(text)]
    for match in PHONE.finditer(text):
        digits = re.sub(r"\D", "", match.group())
        if 10 <= len(digits) <= 13:
            flags.append(Flag("phone", match.start(), match.end(), match.group().strip()))
    for match in DATE_OF_BIRTH.finditer(text):
        flags.append(
            Flag("date_of_birth", match.start("date"), match.end("date"), match.group("date"))
        )
    for match in FULL_NAME.finditer(text):
        first = match.group("first").split("-")[0].lower()
        if first in FIRST_NAMES and match.group("last") not in NOT_NAMES:
            flags.append(Flag("full_name", match.start(), match.end(), match.group()))
    for pattern in (NAME_AFTER_CUE, NAME_AFTER_TITLE):
        for match in pattern.finditer(text):
            words = match.group("name").split()
            if not any(word.strip(".") in NOT_NAMES for word in words):
                flags.append(
                    Flag("full_name", match.start("name"), match.end("name"), match.group("name"))
                )
    return _without_overlaps(flags)


def _without_overlaps(flags: list[Flag]) -> list[Flag]:
    """Keep the longest of overlapping spans (a phone number inside an address, say)."""
    kept: list[Flag] = []
    for flag in sorted(flags, key=lambda f: (f.start, -(f.end - f.start))):
        if kept and flag.start < kept[-1].end:
            continue
        kept.append(flag)
    return kept


# Safeguarding ------------------------------------------------------------------------------

# Each pattern is a way people disclose harm in plain words. Reasons are shown to officers.
SAFEGUARDING_PATTERNS = [
    (
        "self-harm or suicide",
        r"\b(?:kill(?:s|ing)?|hurt(?:s|ing)?|harm(?:s|ing)?|cut(?:s|ting)?)\s+(?:him|her|them|my|him|her)?sel(?:f|ves)\b",
    ),
    (
        "self-harm or suicide",
        r"\b(?:want(?:s|ed)?|tried|trying|going|threaten(?:s|ed|ing)?)\s+to\s+(?:die|end (?:it|(?:his|her|their|my) life)|kill (?:him|her|them|my)sel(?:f|ves))\b",
    ),
    (
        "self-harm or suicide",
        r"\b(?:suicid(?:e|al)|self[- ]harm(?:ing|s)?|overdos(?:e|ed|ing)|took (?:an )?overdose)\b",
    ),
    (
        "self-harm or suicide",
        r"\b(?:doesn'?t|does not|don'?t|do not) want to (?:live|be alive|be here)(?: any ?more)?\b",
    ),
    (
        "physical harm",
        r"\b(?:hit|hits|hitting|beat|beats|beaten|beating|punch(?:ed|es|ing)?|kick(?:ed|s|ing)?|slap(?:ped|s|ping)?|strangl\w+|chok(?:ed|es|ing))\s+(?:me|him|her|them|us|my \w+)\b",
    ),
    (
        "physical harm",
        r"\b(?:bruis(?:e|es|ed|ing)|burn marks?|marks on (?:his|her|their) (?:arms?|legs?|body|face))\b",
    ),
    (
        "sexual abuse",
        r"\b(?:touch(?:ed|es|ing)? (?:him|her|them|me) (?:inappropriately|down there|where)|sexual(?:ly)? (?:abus\w+|assault\w*)|rap(?:e|ed)|groom(?:ed|ing))\b",
    ),
    ("abuse", r"\b(?:abus(?:e|ed|es|ing|ive))\b"),
    (
        "not safe",
        r"\b(?:not|isn'?t|(?:don'?t|doesn'?t|didn'?t|do not|does not|did not) feel|never (?:feels?|felt)) safe\b|\bscared (?:to go|of going) home\b|\bafraid of (?:his|her|their|my) (?:dad|mum|father|mother|step\w*|partner)\b",
    ),
    (
        "neglect",
        r"\b(?:no food|not (?:been )?fed|left (?:alone|on (?:his|her|their) own) (?:all|for)|hungry all the time|nobody looks after)\b",
    ),
    (
        "domestic abuse",
        r"\b(?:domestic (?:abuse|violence)|my (?:partner|husband|wife|ex) (?:hits|hurts|threatens|beats))\b",
    ),
    (
        "exploitation",
        r"\b(?:county lines|carrying drugs|made to (?:sell|carry)|older (?:men|boys|lads) (?:pick|picking) (?:him|her) up)\b",
    ),
    ("missing", r"\b(?:went missing|keeps going missing|ran away from home|runs away from home)\b"),
    # Indirect ways people say a child wants to die.
    (
        "self-harm or suicide",
        r"\bbetter off (?:dead|without (?:me|her|him|them))\b|\bwish(?:es|ed)? (?:i|she|he|they) (?:wasn'?t|weren'?t|was not|were not) (?:here|alive|born)\b",
    ),
    (
        "self-harm or suicide",
        r"\b(?:go to sleep and (?:not|never) wake up|end it all|jump(?:ing)? off (?:a|the) (?:bridge|roof|building)|threaten(?:ing|ed|s)? to jump|giving (?:her|his|their|my) (?:things|stuff|belongings) away|kill (?:my|him|her|them)sel(?:f|ves))\b",
    ),
    # Physical harm in plain words.
    (
        "physical harm",
        r"\b(?:grab(?:bed|s|bing)?|held|holds|pinned|pushed|shoved|threw|dragged) (?:him|her|them|me) (?:by the (?:throat|neck|arm|arms|hair)|down|against)\b",
    ),
    (
        "physical harm",
        r"\b(?:black eye|cut lip|broken (?:arm|wrist|nose)|marks on (?:her|his|their) (?:arms?|legs?|neck|body|face)|won'?t (?:say|explain) how (?:she|he|they) got)\b",
    ),
    (
        "physical harm",
        r"\blocks? (?:him|her|them) in (?:his|her|their|the) (?:room|bedroom|cupboard)\b",
    ),
    # Fear of someone at home.
    (
        "not safe",
        r"\b(?:frightened|scared|terrified|afraid) (?:of (?:my|his|her|their) (?:husband|wife|partner|dad|mum|father|mother|stepdad|stepmum|ex)|to leave (?:them|him|her) alone (?:together|with))\b|\bterrified to go (?:back|home)\b",
    ),
    (
        "domestic abuse",
        r"\b(?:he|she)(?:'ll| will) make sure (?:i|we) never see\b|\bcan'?t talk on the phone\b|\b(?:my|our) ex (?:has been |keeps |is )?(?:turning up|showing up)\b.{0,40}\b(?:drunk|take|threat)",
    ),
    # Online and criminal exploitation.
    (
        "exploitation",
        r"\b(?:older (?:man|men|woman|boy|boys|lads?)|a man|strangers?) (?:online|on (?:snapchat|instagram|tiktok|whatsapp))\b|\b(?:send|sending|asked for|asking (?:her|him) to send) (?:photos|pictures|pics|nudes)\b|'?boyfriend'? who is (?:1[89]|[2-9]\d)\b|\bstaying out (?:all night|overnight)\b",
    ),
    # Neglect and a child caring alone.
    (
        "neglect",
        r"\b(?:always (?:starving|hungry|dirty)|same clothes every day|(?:electric|electricity|gas|heating) (?:cut off|turned off)|without food|no food in the house|(?:is|are|been) drinking a lot|i look after my little (?:brother|sister) (?:most|every) (?:nights?|days?))\b",
    ),
]
_SAFEGUARDING = [
    (reason, re.compile(pattern, re.IGNORECASE)) for reason, pattern in SAFEGUARDING_PATTERNS
]
# All the patterns at once: most comments match none, and one pass tells us so. The patterns are
# written in lower case and the pass runs on lower-cased text: IGNORECASE would make it slower.
_ANY_SAFEGUARDING = re.compile("|".join(f"(?:{p})" for _, p in SAFEGUARDING_PATTERNS))

# Figures of speech that contain the words above but disclose nothing.
DECOYS = re.compile(
    r"\b(?:(?:is|was|it'?s|that'?s|this is|you'?re|they'?re)\s+killing me|killing it|kill(?:ing)? time|"
    r"(?:could|would) kill for|dying to|to die for|died laughing|bored to death|scared to death of (?:the )?(?:forms?|paperwork|phone)|"
    r"self[- ]harm (?:service|team|support|training|awareness|leaflet|policy|nurse|worker|clinic|group)|"
    r"(?:system|council|process|service|it|they) (?:is|are|was|were) abusive|"
    r"abuse of (?:power|process|the system)|"
    r"(?:knock|knocked|beat|beating) (?:the|a) (?:record|deadline|waiting list|queue)|"
    r"hit (?:a|the) (?:wall|limit|target|deadline|brick wall|ceiling)|hit (?:me|us) hard)\b",
    re.IGNORECASE,
)


def find_safeguarding_concerns(text: str) -> list[Flag]:
    """Spans that may be a disclosure of harm. Figures of speech (DECOYS) are set aside."""
    if not _ANY_SAFEGUARDING.search(text.lower()):
        return []
    decoys = [(m.start(), m.end()) for m in DECOYS.finditer(text)]
    flags = []
    for reason, pattern in _SAFEGUARDING:
        for match in pattern.finditer(text):
            if any(match.start() < end and start < match.end() for start, end in decoys):
                continue
            flags.append(Flag("safeguarding", match.start(), match.end(), match.group(), reason))
    return _without_overlaps(flags)

"""Personal data and possible safeguarding disclosures are flagged, with their spans; figures of
speech families really use are not."""

import pytest

from engage.analysis import find_personal_data, find_safeguarding_concerns


def kinds_and_text(text: str) -> list[tuple[str, str]]:
    return [(flag.kind, flag.text) for flag in find_personal_data(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Email me at jo.bloggs+send@example.co.uk please",
            [("email", "jo.bloggs+send@example.co.uk")],
        ),
        ("Ring me on 07700 900123 after 3", [("phone", "07700 900123")]),
        ("Our number is +44 7700 900 123.", [("phone", "+44 7700 900 123")]),
        ("call (01253) 477 477 and ask for the team", [("phone", "(01253) 477 477")]),
        ("We live in FY1 4AB and the bus never comes", [("postcode", "FY1 4AB")]),
        ("we moved to sw1a1aa last year", [("postcode", "sw1a1aa")]),
        ("We are at 14 Chapel Street, Blackpool", [("street_address", "14 Chapel Street")]),
        (
            "flat 3, 221 Victoria Road is not accessible",
            [("street_address", "flat 3, 221 Victoria Road")],
        ),
        ("my son Jack Smith has autism", [("full_name", "Jack Smith")]),
        ("Her teacher Mrs Patel was brilliant", [("full_name", "Mrs Patel")]),
        ("My daughter, Amelia Rose Jones, needs a place", [("full_name", "Amelia Rose Jones")]),
        ("He was born on 03/04/2015 and assessed at 2", [("date_of_birth", "03/04/2015")]),
        ("DOB: 12th March 2014", [("date_of_birth", "12th March 2014")]),
    ],
)
def test_each_kind_of_personal_data_is_found(text, expected):
    assert kinds_and_text(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "We waited eight months for an assessment, that's 2 terms.",
        "The Local Offer website is out of date.",
        "My son has waited since 2021 for speech and language therapy.",
        "There are 30 children in the class and 1 teaching assistant.",
        "The meeting on 12/03/2024 was cancelled again.",
        "Our EHCP review is on Monday at the High School.",
        "I rang 3 times and nobody called back.",
        "It took 12 weeks, not 20 weeks as promised.",
    ],
)
def test_ordinary_comments_have_no_personal_data(text):
    assert find_personal_data(text) == []


def test_spans_point_at_the_text():
    text = "Contact me: parent@example.org or 07700 900123."
    for flag in find_personal_data(text):
        assert text[flag.start : flag.end] == flag.text


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            "My son says he wants to kill himself when he has to go to school.",
            "self-harm or suicide",
        ),
        ("She has started self-harming since the placement broke down.", "self-harm or suicide"),
        ("He told me he doesn't want to be alive anymore.", "self-harm or suicide"),
        ("Her stepdad hits her when she has a meltdown.", "physical harm"),
        ("There were bruises on his arms after the taxi.", "physical harm"),
        ("A staff member touched her inappropriately on the bus.", "sexual abuse"),
        ("I think he is being abused at respite.", "abuse"),
        ("She says she doesn't feel safe at home.", "not safe"),
        (
            "My daughter says she does not feel safe at home when her dad has been drinking.",
            "not safe",
        ),
        ("I do not feel safe with him in the house.", "not safe"),
        ("He never felt safe at his dad's.", "not safe"),
        ("He is scared to go home after school.", "not safe"),
        ("He is left alone all day and there is no food in the house.", "neglect"),
        ("My partner hits me when the children are asleep.", "domestic abuse"),
        ("Older lads pick him up after college and he's carrying drugs.", "exploitation"),
        ("My daughter keeps going missing at night.", "missing"),
    ],
)
def test_possible_disclosures_are_flagged_with_a_reason(text, reason):
    flags = find_safeguarding_concerns(text)
    assert flags, f"missed: {text}"
    assert reason in {flag.reason for flag in flags}
    for flag in flags:
        assert text[flag.start : flag.end] == flag.text


@pytest.mark.parametrize(
    "text",
    [
        "This waiting list is killing me lol",
        "I could kill for a Saturday club that takes him.",
        "We are dying to know when the new school opens.",
        "The paperwork is an abuse of process, honestly.",
        "We hit a brick wall with the council every time.",
        "The self-harm service at CAMHS was excellent.",
        "The staff at the holiday club keep him safe and happy.",
        "Transport is not reliable and the driver is rude.",
        "He loves the youth club, it's brilliant.",
        "We waited a year for an EHCP and nobody rang us back.",
    ],
)
def test_figures_of_speech_and_ordinary_complaints_are_not_flagged(text):
    assert find_safeguarding_concerns(text) == []


def test_very_long_and_empty_text_is_handled():
    long_text = "We waited for the assessment. " * 3500  # about 100,000 characters
    assert find_personal_data(long_text) == []
    assert find_safeguarding_concerns(long_text) == []
    assert find_personal_data("") == [] and find_safeguarding_concerns("") == []


@pytest.mark.parametrize(
    "text",
    [
        "She told her teacher everyone would be better off without her.",
        "He grabbed her by the arm and shoved her against the wall.",
        "A man on Snapchat keeps asking him to send pictures.",
        "The children are always hungry and the gas has been cut off for a week.",
        "He locks her in the bedroom when she screams.",
    ],
)
def test_indirect_disclosures_are_flagged(text):
    assert find_safeguarding_concerns(text), text


@pytest.mark.parametrize(
    "text",
    [
        "The council is abusive to families who ask questions.",
        "The self-harm nurse was kind and clear.",
        # kicked out of a club is an exclusion, not a kick; "leave her alone" asks for peace
        "hes autistic and the youth club kicked him out for his behaviour",
        "She is settled at her school for the first time in her life. Please leave her alone.",
    ],
)
def test_complaints_and_services_that_use_the_words_are_not_flagged(text):
    assert find_safeguarding_concerns(text) == []


def test_a_first_name_and_surname_anywhere_is_personal_data():
    assert kinds_and_text("Kacey-Leigh Robinson in year 5 has no TA.") == [
        ("full_name", "Kacey-Leigh Robinson")
    ]
    assert kinds_and_text("We loved the Mr Men booklet about reviews.") == []


def test_safeguarding_patterns_are_written_in_lower_case():
    """The one-pass check runs on lower-cased text, so a capital letter in a pattern never matches."""
    import re

    from engage.analysis.flags import SAFEGUARDING_PATTERNS

    for reason, pattern in SAFEGUARDING_PATTERNS:
        literal_text = re.sub(r"\\.", "", pattern)  # escapes such as \b and \d are not letters
        assert not re.search("[A-Z]", literal_text), f"{reason}: {pattern}"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("my uncle touches me and says its a secret", "harm and someone"),
        ("mums boyfriend locks me in my room when im naughty", "harm and someone"),
        (
            "My partner gets violent when he drinks. I can't ring anyone from home.",
            "harm and someone",
        ),
        ("a man keeps messaging, he is 30 something", "age gap and someone"),
        ("i hide in my room when the screaming starts", "fear and harm"),
        ("he's been taking more of his tablets than he should", "signs of distress"),
    ],
)
def test_signs_of_two_kinds_together_are_flagged(text, reason):
    """Neither "locks me in my room" nor "mum's boyfriend" is a disclosure alone; together they are."""
    flags = find_safeguarding_concerns(text)
    assert [flag.reason for flag in flags] == [reason]
    assert text[flags[0].start : flags[0].end] == flags[0].text


@pytest.mark.parametrize(
    "text",
    [
        "The sign in reception says zero tolerance of abuse towards staff, which is fair.",
        "I dont want to live with my mum forever, I want my own flat one day.",
        "The learner pool was freezing cold at the toddler session.",
        "My mum says the new sensory room is a real hit.",
        "The safeguarding training for staff was really useful.",
    ],
)
def test_single_signs_and_innocent_uses_are_not_flagged(text):
    assert find_safeguarding_concerns(text) == []


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            "One of our pupils has missed four epilepsy clinic appointments and his medication ran "
            "out in September. Dad says hospitals are a waste of time.",
            "signs of neglect",
        ),
        (
            "Same broken glasses taped together since July and shoes two sizes too small.",
            "signs of neglect",
        ),
        (
            "The lads sent him a voice note saying they're going to stab him after school.",
            "threat of violence",
        ),
        (
            "whats the point of these surveys. i wont be around by the time you lot change anything",
            "self-harm or suicide",
        ),
        (
            "He watches clips of a preacher saying it's their duty to go abroad and fight.",
            "radicalisation",
        ),
        ("He asked how you'd get a passport without your parents knowing.", "radicalisation"),
        ("someone on Roblox keeps asking for photos with no top on", "exploitation"),
        ("im not aloud to eat if i dont finish my homework", "neglect"),
        ('His support worker keeps "borrowing" money from his PIP.', "financial abuse"),
        ("He came home with carpet burns after being supported to the floor.", "physical harm"),
        ("i want to kil myself evry day", "self-harm or suicide"),
        ("I saw a senior colleague slap a resident who is non-verbal.", "physical harm"),
        ("My ex found us last time and kicked the door in.", "domestic abuse"),
        (
            "She has missed the last five neurology and dietetics appointments and the site "
            "looked infected.",
            "signs of neglect",
        ),
        ("The night staff shoved my brother against the door frame.", "physical harm"),
        ("his PA takes his money every payday and he has none left", "financial abuse"),
        ("I've been saving up my tablets in a sock drawer.", "self-harm or suicide"),
        ("I have written letters for my kids and have a plan to end it.", "self-harm or suicide"),
        ("Her dad makes her stand outside for hours when she wets the bed.", "physical harm"),
        ("Two men keep offering the year 9 kids free vapes by the park.", "exploitation"),
        ("her tutor keeps telling her she is mature and not to tell her mum", "sexual abuse"),
        (
            "He is often sitting outside alone before the bus comes, in just a t-shirt in the snow.",
            "signs of neglect",
        ),
    ],
)
def test_neglect_threats_intent_and_extremism_are_flagged(text, reason):
    """What safeguarding training teaches staff to notice: two signs of neglect together (each
    alone is an everyday complaint), a threat to stab, a young person saying they won't be
    around, a pull towards fighting abroad."""
    assert [flag.reason for flag in find_safeguarding_concerns(text)][:1] == [reason]


@pytest.mark.parametrize(
    "text",
    [
        "We missed two appointments because the letters came late.",
        "His school shoes are already too small and it's only October!",
        "I won't be around next week, can someone else come to the meeting?",
        "The county lines talk for parents at the youth club was eye-opening.",
        "Good to see the domestic abuse awareness session for parents at the family hub.",
        "The radicalisation training for staff was useful.",
        "They're abusing the system by making every parent go to tribunal.",
        "Nothing on the Local Offer about relationships and sexual health for young people.",
        "I searched for autism and it came up with a dog grooming service.",
        "His EHCP got lost when his placement moved across county lines.",
        "staying safe online lesson was good we learned about not sending pics",
        "The online safety workshop about grooming was really well pitched.",
        "He came home with a bruise on his knee from football. The school emailed me.",
        "Covered in bruises after the wheelchair rugby tournament and grinning all week!",
        "Ask the dog groomers at the college farm, the students run it brilliantly.",
        "The new suicide prevention strategy needs a version young people can read.",
        "A conference talk from a survivor of child sexual exploitation made us rethink things.",
        "Anti-grooming course for foster carers was practical and well run.",
        "Two years ago she was self-harming, but she has been discharged and is doing really well.",
        "I'm going to kill my husband, he forgot to post the consent form again!",
        "my daughter says she wants to die every time they do recorder 😂 she loves the rest",
        "What should I do if a child tells me they're being hurt at home? Nobody has told us.",
        "He got a black eye sparring at the inclusive boxing gym and was so proud of it.",
        "He has bruises on his shins because he has dyspraxia; the physio helps his balance.",
        "She punches her pillow when she's cross, her mentor suggested it instead of the wall.",
        "His sister whacks him with a pillow to get him up for school and he thinks it's hilarious",
        "She had a broken wrist from gymnastics and the school lift was out of order for weeks.",
        "The bruises are from his atonic seizures and school have the care plan.",
        "He gets bruises because he bumps into furniture (dyspraxia), the OT knows all about it.",
        "my son's going to kill his brother if he touches his xbox again lol",
        "CAMHS discharged him after a year of therapy for his self-harm and he's thriving.",
        "We fostered a lad who was neglected before he came to us; he's 15 now and flourishing.",
        "Years ago she was groomed online, the police case closed and she is doing well now.",
    ],
)
def test_one_sign_talks_and_services_are_not_disclosures(text):
    assert find_safeguarding_concerns(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "i want to die every day lol not joking",
        "my boxing coach punches me when i get it wrong and i have a black eye",
        "One of my pupils told me this morning that her mum's boyfriend hurts her.",
        "mums boyfriend burnt me with his fag on my arm",
        "She has cigarette burns on her wrists and won't say how she got them.",
        "he punches his pillow and then he punches me",
        "my brother hits me with his belt when mum is out",
        "my dad says he's going to kill my brother and he means it",
    ],
)
def test_the_figures_of_speech_beside_them_still_let_disclosures_through(text):
    assert find_safeguarding_concerns(text), text


def test_the_fast_first_pass_never_drops_a_flag(monkeypatch):
    """RE2 looks at every comment first; whatever the full patterns flag, it must let through."""
    import engage.analysis.flags as flags_module

    texts = [
        "my step dad hits me when mum is out",
        "she scratches her arms till they bleed",
        "someone gave him a knife, he has to keep it or they'll hurt him",
        "Zoë says her stepdad hits her",  # not ASCII: the full path, always
        "We waited eight months for the assessment.",
        "This waiting list is killing me lol",
    ]
    gated = [find_safeguarding_concerns(text) for text in texts]

    class LetsEverythingThrough:
        def search(self, text):
            return True

    monkeypatch.setattr(flags_module, "_ANY_SIGN", LetsEverythingThrough())
    assert [find_safeguarding_concerns(text) for text in texts] == gated
    assert sum(bool(flags) for flags in gated) == 4


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("i live at 40 Bank Top with my mum", "street_address"),
        ("I live at 6a Audley Range with my mum and 2 brothers", "street_address"),
        ("send it to PR7 2QL, the house is 3 Mill Brow Cottages", "street_address"),
        ("i am called kyle fielding i go to st thomas", "full_name"),
        ("my daughter poppy was born on the 2nd of december 2012", "date_of_birth"),
        ("spelled out so the filter misses it: karen dot bell at example dot com", "email"),
        ("Please send someone, we're at 41 Kingsway, M19 2LN.", "street_address"),
        ("its my foster mum. i am 12. my name is ruby-lee hart", "full_name"),
        ("my naym is tyler ward and i like the new colij", "full_name"),
        ("I need help now, not at the next panel.\nJess Fairweather (mum to Poppy)", "full_name"),
        ("Mum: Tanya Greaves. Child: Leon Greaves.", "full_name"),
        ("Thanks for reading.\nKind regards, Zbigniew Nowakowski", "full_name"),
        ("my teecher is mr tom harris he is the best", "full_name"),
        ("Born 2011-08-22, diagnosed with PDA at 9", "date_of_birth"),
        ("Email me at sam_the_carer[at]example[dot]com please", "email"),
    ],
)
def test_more_ways_of_giving_personal_details(text, kind):
    assert kind in {flag.kind for flag in find_personal_data(text)}, text


@pytest.mark.parametrize(
    "text",
    [
        "The outreach team from Willow Park Special School has transformed our support.",
        "Great stuff.\nVery Good",
        "We waited 3 Weeks, then BB1 2AB said they had no record of us.",
        "Thank You, lovely session",
    ],
)
def test_places_and_sign_offs_that_look_like_names_are_not_personal_data(text):
    assert find_personal_data(text) == [] or {f.kind for f in find_personal_data(text)} == {
        "postcode"
    }


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("The TA told him nobody wants him in her class.", "emotional abuse"),
        ("Staff were sitting on a resident in the lounge to keep him in.", "physical harm"),
        ("He's already broken my wrist once and I'm scared for the kids.", "physical harm"),
        ("lads he met online give him parcels to take on the train to Leeds", "exploitation"),
        ("She was missing all weekend and came back with a new phone.", "exploitation"),
        ("He has got two phones now and won't say who gave him them.", "exploitation"),
        ("the kids are scared stiff of him when he drinks", "not safe"),
        ("a man from her club keeps asking her what she's wearing at night", "sexual abuse"),
        ("he tells her to delete the chats so her mum can't see", "sexual abuse"),
        ("i took loads of my tablets last nite and felt sick", "self-harm or suicide"),
        ("he tuch my privat parts at swimming", "sexual abuse"),
        ("i wont to die. no wun likes me", "self-harm or suicide"),
        ("i think about jumpin of the bridge by the canal", "self-harm or suicide"),
        ("His new carer keeps 'borrowing' his bank card and money goes.", "financial abuse"),
        ("He reads forums that praise school shooters and wants a gun.", "radicalisation"),
        ("My nursery child keeps simulating sexual acts with toys.", "sexual abuse"),
        ("He keeps talking about a race war since he joined that server.", "radicalisation"),
        ("she asked me how you'd make something that explodes", "radicalisation"),
    ],
)
def test_ways_of_disclosing_that_later_blind_sets_showed_are_flagged(text, reason):
    assert [flag.reason for flag in find_safeguarding_concerns(text)][:1] == [reason]


@pytest.mark.parametrize(
    "text",
    [
        "The neighbour's toddler is out by the main road on his own in just a nappy at dawn.",
        "He's left in his wheelchair all day in wet pads and now has pressure sores.",
        "he is always in the same clothes and eats like he hasn't had anything all week",
    ],
)
def test_a_child_left_alone_unfed_or_uncared_for_shows_two_signs_of_neglect(text):
    assert [flag.reason for flag in find_safeguarding_concerns(text)] == ["signs of neglect"]


@pytest.mark.parametrize(
    "text",
    [
        "Our book group read a story about a boy who runs away from home.",
        "We saw a documentary about abuse in care homes and it worried me about residential.",
        "The updated guidance on child-on-child abuse was discussed at the SENCO network.",
        "We need training on what to do if a pupil tells us they self-harm.",
        "The police explained county lines really well at the parents' evening.",
        "Bruises on his legs from his new splints, orthotics are refitting them.",
        "Her seizures leave bruises when she falls, so we asked for a helmet.",
        "He bruises easily because of his haemophilia.",
        "There was a bruise on her arm; it turned out to be her new medication.",
        "It isn't self-harm, CAMHS said, it's a sensory habit.",
        "She self-harms much less since the new plan.",
        "I used to self-harm as a teenager and I'm a peer mentor now.",
        "He hits me when he's overwhelmed, we need help with meltdowns.",
        "the twins wrestle every night and end up with carpet burns",
        "His sister tortures him by singing the same song all day.",
        "The paperwork is an abuse of my time.",
        "Years ago she was groomed online; the man was jailed and she is doing well.",
        "His coat went missing at PE again.",
        "Secret Santa at the forum was a laugh.",
        "he says 'you're hurting me' when I brush his hair, it's sensory",
        "he killed me on fortnite lol",
        "He is learning knife skills with a chef's knife on his catering course.",
        "I'd die of embarrassment if they read this out.",
        "The bruises on her arms are from her new wheelchair armrests.",
        "When he has a meltdown he lashes out and has kicked me and his sister.",
        "Our foster daughter was abused before she came into care; her therapy is going well.",
        "The book we read in class was about a boy whose dad was violent.",
        "my brother is abusing the wifi again",
        "He went missing from class for ten minutes and was found in the library.",
        "hurt my wrist at wheelchair basketball but still going",
        "My son used to self-harm. With CAMHS he stopped and he's been well for a year.",
        "He picks his skin until it bleeds when he's anxious; the OT plan helps.",
        "In 2016 my son was groomed online; police dealt with it and he's doing well.",
    ],
)
def test_decoys_that_later_blind_sets_showed_are_not_flagged(text):
    assert find_safeguarding_concerns(text) == []


def test_a_bare_name_of_harm_needs_the_reader_to_see_a_disclosure():
    """'Abuse' or 'self-harm' named with nobody before it in the sentence is not flagged unless
    the learned reader reads the comment as a disclosure at least a little; said of a child or
    of oneself it is always flagged."""
    assert (
        find_safeguarding_concerns("Our SENCO network shared a leaflet; abuse was one topic.") == []
    )
    for text in (
        "my daughter is self harming",
        "CAMHS turned down the referral. She is self harming. What counts as a crisis?",
        "I think he is being groomed by an older lad",
    ):
        assert find_safeguarding_concerns(text), text


def test_a_meltdown_does_not_excuse_what_an_adult_does_in_it():
    """A child lashing out in a meltdown is a family asking for help; an adult holding a
    child down by the neck during one is a disclosure."""
    assert find_safeguarding_concerns(
        "when she has a meltdown my mum's boyfriend holds her down on the floor by her neck"
    )


@pytest.mark.parametrize(
    "text",
    [
        "As a governor I'd welcome refresher training on spotting abuse in children who "
        "can't tell us.",
        "Twenty years ago I was hit by my stepfather; it's why I volunteer with the forum now, "
        "and I'm fine.",
        "He loves his new set of kitchen knives from the catering course, he made us tea!",
        "Our youth group watched a drama about county lines and talked about who to tell.",
    ],
)
def test_a_pattern_needs_the_comment_to_read_at_least_a_little_like_a_disclosure(text):
    """Words of harm in a comment about a medical cause, a course, a drama or a harm long past
    and dealt with: the reader scores it like its decoys, so the pattern's flag does not stand."""
    assert find_safeguarding_concerns(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The respite is lovely but honestly I'm going to end it all before Christmas",
        "my stepdad kicks me when mum goes out",
        "a man from the bus stop keeps asking her to send him photos in her underwear",
        "at the unit they pinned him face down and now he has marks on his arms",
    ],
)
def test_plain_disclosures_stand_whatever_the_rest_of_the_comment_says(text):
    assert find_safeguarding_concerns(text), text


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            "nan says im getting cut like my big sister in the summer holiday, mum wont say why",
            "female genital mutilation or forced marriage",
        ),
        (
            "Her dad is making her marry a cousin when she turns 17, she is terrified",
            "female genital mutilation or forced marriage",
        ),
        ("an older lad by the shops gives us free vapes if we hold stuff for him", "exploitation"),
        ("He keeps showing other pupils beheading clips on his phone", "radicalisation"),
    ],
)
def test_cutting_forced_marriage_gifts_from_adults_and_extremist_videos_are_flagged(text, reason):
    assert reason in [flag.reason for flag in find_safeguarding_concerns(text)]


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("i burn myself with my hair straighteners so nobody sees", "self-harm or suicide"),
        ("honestly nobody would notice if i was gone", "self-harm or suicide"),
        ("she wrote a goodbye letter and hid it under her mattress", "self-harm or suicide"),
        ("his stepdad grabs his arm so hard it leaves fingermarks", "physical harm"),
        ("they strapped him into a chair for the whole lunchtime", "restraint or seclusion"),
        ("the toddler was left alone in a locked car outside the centre", "neglect"),
        ("she has been missing from education since October and nobody can reach mum", "missing"),
        ("i go out most nights till 2am cos its safer than home", "missing"),
        ("police were called to ours again at the weekend and the kids saw it", "domestic abuse"),
        ("her insulin has run out and dad won't collect the prescription", "neglect"),
        ("I think I'd do something I regret if I don't get a break soon", None),
    ],
)
def test_disclosures_a_reader_new_to_the_writer_missed_are_flagged(text, reason):
    """Read by file, the learned reader scored these ways of disclosing near 0 in the words of a
    writer it had not read; the patterns now name them."""
    reasons = [flag.reason for flag in find_safeguarding_concerns(text)]
    assert reasons, text
    assert reason is None or reason in reasons


def test_a_staff_member_s_gifts_kept_secret_and_a_plan_with_letters_are_flagged():
    for text in (
        "His teaching assistant keeps buying him things and told him not to mention it to us.",
        "my sister has written letters to all of us and says she knows how she'll do it",
    ):
        assert find_safeguarding_concerns(text), text


def test_a_partner_who_checks_the_phone_is_flagged_in_an_access_needs_box():
    """Coercive control comes out in the practical details: when it is safe to be contacted."""
    text = "mornings only please, my husband goes through my phone at night so a letter is safer"
    assert "domestic abuse" in [flag.reason for flag in find_safeguarding_concerns(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "I'd like to come to the focus group. Bogumila Wrzesniewska, 07700 900 562",
            "Bogumila Wrzesniewska",
        ),
        ("We need a Tigrinya interpreter please. Tsegereda Haile", "Tsegereda Haile"),
        ("Contact me: Aoife O'Donoghue, aoife.od@example.com", "Aoife O'Donoghue"),
    ],
)
def test_a_name_of_any_origin_beside_contact_details_or_signing_off_is_personal_data(text, name):
    """Sign-up boxes end with a name and a number; the first name need not be one we list."""
    assert name in [flag.text for flag in find_personal_data(text) if flag.kind == "full_name"]


def test_a_service_given_with_its_number_is_not_a_name():
    assert [flag.kind for flag in find_personal_data("Ring Social Care on 0161 496 0000")] == [
        "phone"
    ]


def test_an_email_with_its_at_sign_hidden_is_personal_data():
    assert [flag.kind for flag in find_personal_data("write to kmarsh(at)btinternet.com")] == [
        "email"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "her dad won't take her to the dentist, her back teeth are black and she can't chew",
        "the baby has been sleeping in his coat since the gas was cut off",
        "he told his tutor he keeps thinking about stepping in front of a bus",
        "why bother with college when i wont be here",
        "there was a handprint mark on her upper arm when she arrived",
        "his cousins have arranged a marriage for him in Pakistan and he's been told it's a holiday",
        "i skip tea most nights cos i dont deserve food",
        "one of our year 11s had a wad of cash and two new phones and says he's working for a mate",
    ],
)
def test_more_disclosures_a_reader_new_to_the_writer_missed_are_flagged(text):
    assert find_safeguarding_concerns(text), text


def test_being_away_next_week_is_not_a_wish_to_die():
    assert find_safeguarding_concerns("I won't be around next week, can someone cover?") == []


def test_self_injury_a_plan_already_manages_needs_the_reader_but_a_wish_to_die_never_does(
    monkeypatch,
):
    """With a reader that sees no disclosure at all, scratching that the OT's plan manages is
    not flagged; the same scratching with no plan, or a wish to die beside a plan, still is."""
    from engage.analysis import flags

    class SeesNothing:
        threshold = 0.5

        def score(self, text):
            return 0.0

        def flagged_sentence(self, text):
            return None

    monkeypatch.setattr(flags, "disclosure_reader", SeesNothing)
    scratching = "She scratches her arms until they bleed when she is overwhelmed"
    assert find_safeguarding_concerns(scratching + "; her OT has a sensory plan.") == []
    assert find_safeguarding_concerns(scratching + ".")
    assert find_safeguarding_concerns("She wants to kill herself. Her OT has a sensory plan.")


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("It's for my son Jacob Nowak, 14/07/2015.", ["full_name", "date_of_birth"]),
        (
            "They keep asking. For the record: 30/01/2013, Ethan Walsh.",
            ["date_of_birth", "full_name"],
        ),
        (
            "Reuben Okafor, born 22.03.2009, needs a scribe for his mocks.",
            ["full_name", "date_of_birth"],
        ),
        ("The plan shows the wrong date of birth, it should be 11/04/2016", ["date_of_birth"]),
        ("His birthday is in May and the review is on 12/03/2099.", []),
        ("The tribunal is on 14/07/2015 for Jacob, you said.", []),
    ],
)
def test_a_date_beside_a_name_or_where_a_birth_date_is_spoken_of_is_a_date_of_birth(text, kinds):
    """Forms are filled in as "name, date": the date is the child's birthday, said or not; a
    date to come is an appointment, not a birthday."""
    assert [flag.kind for flag in find_personal_data(text)] == kinds


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            "no point planning my college place, i dont think ill be around by then",
            "self-harm or suicide",
        ),
        (
            "been scratching my legs till they bleed with a pencil sharpener blade",
            "self-harm or suicide",
        ),
        (
            "Dad has put a padlock on the outside of her bedroom door at night",
            "restraint or seclusion",
        ),
        ("With his talker he chose 'sore' and then 'willy' when uncle came in", "sexual abuse"),
        (
            "Some nights I think it would be easier for us both if we never woke up.",
            "self-harm or suicide",
        ),
        ("If the respite goes I'll drive the two of us off a bridge", "self-harm or suicide"),
        ("on the call I heard him shout 'shut up or I'll batter you both'", "domestic abuse"),
    ],
)
def test_hints_a_child_or_a_carer_gives_in_passing_are_flagged(text, reason):
    """Read in the blind sets of stop 22: not expecting to be around, a bolt on a child's door,
    a non-verbal child's symbols, a carer's thought of both of them not waking up, a threat
    heard down the phone."""
    assert reason in [flag.reason for flag in find_safeguarding_concerns(text)]


@pytest.mark.parametrize(
    "text",
    [
        "I don't think I'll be around for the review on Tuesday, I'm in hospital for my knee.",
        "I'll do you a copy of the report or I'll do you both a summary, whichever helps.",
        "She wants her to learn about scams and grooming at the online safety session.",
        "The paediatrician scared us half to death but the scan was clear.",
        "he said im dead to him cos i beat him at fifa haha",
        "He hurts himself during seizures so he wears a helmet at school.",
        "He has haemophilia and bruises very easily, please don't worry if you see marks on his legs.",
        "She came home from netball with a bruise on her knee, so proud of herself.",
        "His self-harm stopped two years ago and he's doing really well at college.",
        "The bruising turned out to be an iron deficiency, sorted with tablets.",
    ],
)
def test_what_the_same_blind_sets_showed_to_be_ordinary_is_not_flagged(text):
    assert find_safeguarding_concerns(text) == []


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("the older lads make me hide the wraps in my boxers on the bus", "exploitation"),
        ("they said i owe them money for the phone and i have to work it off", "exploitation"),
        ("my sister's carer nips her arm under the table where nobody can see", "physical harm"),
        ("X-ray showed a spiral fracture and he can't walk yet", "physical harm"),
        ("he's been taking food out of the bins at school most days", "neglect"),
        ("mum left her on her own for the whole weekend again", "neglect"),
        ("her stepdad withholds her inhaler when she answers back", "neglect"),
        ("Nobody in this house wants him and we are not having him back.", "emotional abuse"),
        ("I'm not allowed to say or I get it worse", "emotional abuse"),
        ("I left a note for my mum and I know how I'd do it", "self-harm or suicide"),
        (
            "the man next door takes him to the bank and he hands over his card and pin",
            "exploitation",
        ),
    ],
)
def test_ways_a_reader_new_to_the_writer_missed_in_stop_22_are_named(text, reason):
    assert reason in [flag.reason for flag in find_safeguarding_concerns(text)]


@pytest.mark.parametrize(
    "text",
    [
        "He says 'I want to die' when he loses at board games, the psychologist says it's frustration.",
        "The training gave me the confidence to ask young people about suicidal thoughts.",
        "His eczema is so bad he scratches until it bleeds, we're waiting for dermatology.",
        "She picks at her lips till they bleed when she's anxious.",
        "During his meltdowns he kicked me, I'm fine, I just need the PBS referral.",
        "She's dyspraxic so her legs are covered in bruises from bumping into things.",
        "Came back from forest school camp with scratches all over from the brambles!",
        "I got lost in the shopping centre when I was 5 and a guard found me.",
        "A pupil was caught with a knife at another school, is ours doing anything?",
        "He says I'm 'abusing' him by making him tidy his room.",
        "She had bruises from her blood tests but the nurse was lovely.",
        "We watched a film about a girl who gets groomed online and it was so good.",
    ],
)
def test_the_ordinary_comments_a_reader_new_to_the_writer_flagged_are_not_flagged(text):
    assert find_safeguarding_concerns(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "He says he wants to die whenever he has to come off the Xbox; CAMHS know and say it's a phrase.",
        "My son overdosed three years ago. CAMHS helped him through and he's now at college and doing well.",
        "She scratches herself raw with her eczema, the wet wraps help.",
        "One of his tics is hitting his head, which the school now understand.",
        "Came back from the match with a black eye from a celebrating fan, best day ever he says.",
    ],
)
def test_the_thirty_fourth_blind_sets_harmless_alarms_are_not_flagged(text):
    assert find_safeguarding_concerns(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "He says he wants to die and he has started giving his things away.",
        "She overdosed last night and the hospital sent her home.",
        "He hits her head against the wall when mum is at work.",
    ],
)
def test_the_same_words_without_what_makes_them_harmless_are_still_flagged(text):
    assert find_safeguarding_concerns(text) != []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Coach Gary Lindley rang me straight away.", "Gary Lindley"),
        ("From Hannah Okafor, speech therapist: the session went well.", "Hannah Okafor"),
        ("As Kai Robertson's TA I have a question.", "Kai Robertson"),
    ],
)
def test_a_name_after_a_role_or_a_small_opening_word_is_personal_data(text, name):
    assert name in [flag.text for flag in find_personal_data(text) if flag.kind == "full_name"]


@pytest.mark.parametrize(
    "text",
    [
        "The Florence Nightingale wing has no Changing Places toilet.",
        "He goes to St John Fisher and it's been patchy.",
    ],
)
def test_a_place_named_after_a_person_is_not_a_full_name(text):
    assert "full_name" not in {flag.kind for flag in find_personal_data(text)}


@pytest.mark.parametrize(
    "text",
    [
        "He keeps saying he doesn't want to live here anymore... he means this estate, it's so noisy.",
        "She fell off the climbing frame at the play scheme and has a big bruise, staff were great.",
        "He has haemophilia and bruises when he so much as knocks a table.",
        "The bruises on his legs are from his weekly insulin injections, we rotate the sites.",
        "He's starving himself of sleep watching YouTube till 3am.",
        "I'm exhausted but I would never hurt him, he is safe and loved; I just need a break.",
    ],
)
def test_the_thirty_second_blind_sets_decoys_are_not_flagged(text):
    assert find_safeguarding_concerns(text) == []


def test_medicine_never_sent_in_and_no_prescription_collected_are_two_signs_of_neglect():
    text = (
        "His inhaler has not been sent in for a month and the pharmacy says no prescription "
        "was collected since March."
    )
    assert "signs of neglect" in {flag.reason for flag in find_safeguarding_concerns(text)}


@pytest.mark.parametrize(
    "text",
    [
        "My son said he's going to 'destroy' his sister if she touches his Switch again 😂 kids eh.",
        "She wrote a poem for homework about a boy whose dad hits him. It's fiction, she loves drama.",
        "Honestly I want to keep him indoors till he's 40 😬 but we're planning his first bus trip.",
        "She bruises easily because of her blood disorder. Please tell staff not to worry when they see marks on her legs.",
        "His birthmarks are often mistaken for bruises, it's on his health record.",
        "A bruise on her knee and a graze on her elbow from the netball match, she loved it.",
        "Years ago he was exploited by older boys in county lines; he's now at college and doing well.",
        "He told the dinner lady he's not allowed to eat it, he meant the yoghurt: dairy allergy.",
    ],
)
def test_the_thirty_fifth_blind_sets_decoys_are_not_flagged(text):
    assert find_safeguarding_concerns(text) == []


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("the plan is pointless, i wont be around for college anyway", "self-harm or suicide"),
        (
            "He says certain people need wiping out and watches their videos all night.",
            "radicalisation",
        ),
        ("He talks about doing something big so they remember me.", "radicalisation"),
    ],
)
def test_an_end_foretold_and_a_people_to_wipe_out_are_flagged(text, reason):
    assert reason in {flag.reason for flag in find_safeguarding_concerns(text)}


@pytest.mark.parametrize(
    "text",
    [
        "science makes me want to die lol but the teacher is funny",
        "I felt like I was going to die in cross country haha, can we have an indoor option",
        "A few years ago she was self-harming. The school nurse and CAMHS helped so much and "
        "she's thriving at college now.",
        "He kept saying he wanted to die. It turned out to be a line from a film he repeats, "
        "he has echolalia.",
        "We watched a film in drama about a girl whose mum drinks. It was really good.",
        "My daughter screams it's hurting me whenever I wash her hair, it's a sensory thing.",
        "He has epilepsy and falls over a lot so there are always bruises on his knees.",
        "She needs a carer because she can't be left alone for even a minute.",
        "I've fostered for years and supported children who had been abused and neglected.",
        "Contact was messy but the court order has sorted things out.",
        "The police talk on county lines - really useful session for parents.",
        "My grandson beat me at uno again, he's very proud.",
    ],
)
def test_what_is_past_told_in_fun_or_explained_is_not_a_disclosure(text):
    """Decoys of the thirtieth and thirty-first blind sets, written afresh: a wish to die that
    is a laugh, a harm long past and mended, a line echoed, a story, a sensory child, the
    bruises of falls, a child who needs watching, a carer's experience, a settled court order,
    a talk at school, a game."""
    assert find_safeguarding_concerns(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "maths is ok but i want to die every night and i dont know who to tell",
        "A few years ago she was self-harming and now she has started again.",
        "He can't be left alone but his dad leaves him on his own all weekend.",
        "My stepdad beat me at home last night.",
    ],
)
def test_the_same_words_still_flag_a_disclosure(text):
    assert find_safeguarding_concerns(text), f"missed: {text}"


@pytest.mark.parametrize(
    "text",
    [
        "We watched a programme on the news about the abuse at a care home, it was awful.",
        "He burnt himself on the oven last year so now we have a guard on it.",
        "My wife jokes she'll throttle the next person who says he'll grow out of it.",
        "A lad kept messaging her on snapchat. We told school, they dealt with it and he's stopped.",
        "She says she's going to die every time we go to the hospital, it's nerves, she's fine.",
        "He bites when he's overwhelmed so I wear long sleeves and we follow the OT plan.",
        "The staff send photos home every Friday and she loves showing us.",
        "He had suicidal thoughts three years ago. With CAMHS he recovered and he's at college.",
        "When a young person has a history of self-harm the school nurse should be at reviews.",
    ],
)
def test_what_the_thirty_seventh_and_thirty_eighth_sets_taught_is_not_a_disclosure(text):
    assert find_safeguarding_concerns(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "She has barely eaten in two weeks and now she is refusing water.",
        "He's lost nearly a stone in a month and he's dizzy all the time, he won't eat.",
        "My son has refused food and drink since Sunday.",
        "She's type 1 and came home from school vomiting and confused, nobody checked her sugars.",
        "Baby has fallen two centiles and mum has missed every weighing clinic since March.",
        "I knocked for ten minutes, the door wasn't answered but the toddler was crying inside.",
    ],
)
def test_a_child_whose_body_is_in_danger_is_flagged(text):
    assert find_safeguarding_concerns(text), f"missed: {text}"

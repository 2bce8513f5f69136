"""The SEND vocabulary the taggers share: families of ideas that strategies name in their words
and families, young people and professionals in theirs.

"Timely access to health services" and "18 months on the CAMHS list" share no word, but both
touch the families "waiting" and "health". Each family is a list of words and phrases, matched
on word stems (so "assessed" and "assessments" count as "assessment"), in a priority's text and
in a comment alike. The lists come from the vocabulary of SEND in England (the Code of Practice,
Local Offers, the five strategies in the seeds), not from any set of comments: a family holds
what anyone in the field would call by that name, and no word a family would not recognise.

A word written "=months" is matched as it stands, not by its stem: "months" of waiting, not
"6 hours a month". Some words are ambiguous ("plan" is a verb in strategies and the EHC plan in
comments; "year" is a school year or a length of time): those are listed only in phrases that
settle the meaning. Where phrases overlap, the longest wins ("parent carer forum" is voice).
"""

FAMILIES: dict[str, str] = {
    # Phrases read as a whole and then set aside: "parents and carers" is everyone, not the
    # carers of social care.
    "_": "parents and carers|parent carers|parents carers|parent carer|carers and parents|"
    # An age is not a wait: "from the age of 16 years", "a 7 year old".
    "years old|year old|age of 16 years|age of 14 years|age of 25 years|aged 16 years",
    # "Education, health and care" is how strategies say "every service": no one of them.
    "allservices": "education health and care|education health and social care|"
    "education care and health|education social care and health|health education and care|"
    "health and social care|education and health|health and education|education and care|"
    "health and care|across agencies|all agencies|all services|partners",
    # --- the statutory process -------------------------------------------------------------
    "ehcp": "ehcp|ehcps|ehc|ehc plan|education health and care plan|education health care plan|"
    "statement of special educational needs|statement of sen|statutory|statutorily|annual review|"
    "annual reviews|year 9 review|draft plan|final plan|finalised|amended plan|amendments|"
    "named school|section f|caseworker|casework|sen team|send team|his plan|her plan|my plan|"
    "their plan|the plan|plan says|in the plan|20 weeks|twenty weeks|needs assessment|"
    "statutory assessment|request for assessment|ehcna|tribunal|sendist|mediation|appeal",
    "identification": "identification|identify|identified|identifying|early identification|"
    "unidentified|diagnosis|diagnosed|diagnoses|undiagnosed|diagnostic|assessment|assess|assessed|"
    "reassessment|referral|refer|referred|screening|spotted|spot|noticed|signs|concerns|"
    "concerned|two year check|2 year check|two and a half year|developmental check|health visitor|"
    "educational psychologist|ed psych|neurodevelopmental|autism pathway|adhd pathway|"
    "pathway assessment|needs assessment|ehc needs assessment|ehcp assessment|"
    "statutory assessment|request for assessment|send ranges|graduated approach|"
    "graduated response|sen support|"
    "earliest opportunity|early help|early intervention|intervention|interventions",
    "waiting": "timely|timeliness|wait|waits|waited|waiting|waiting list|waiting lists|"
    "waiting times|delay|delays|delayed|without delay|backlog|=months|=weeks|=years|too long|"
    "so long|"
    "took ages|taking ages|for ages|quicker|quickly|quick|promptly|prompt|on time|late|deadline|"
    "deadlines|timescale|timescales|timeframe|time limit|still no|still not|still waiting|"
    "chasing|chased|earliest|earliest opportunity|sooner|slow|slowly|updated on time|out of date",
    # --- health and care -------------------------------------------------------------------
    "health": "health|healthy|nhs|camhs|cahms|mental health|therapy|therapies|therapist|"
    "therapists|speech and language|speech therapy|salt|occupational therapy|ot|physio|"
    "physiotherapy|paediatrician|paediatric|paediatrics|consultant|gp|doctor|doctors|nurse|"
    "nurses|school nurse|nursing|hospital|clinic|clinical|wheelchair|equipment|medication|"
    "medical|ccg|icb|clinical commissioning group|integrated care board|"
    "health visitor|sleep clinic|audiology|hearing impairment|hearing aids|deaf|vision|"
    "eyesight|continuing care|"
    "appointment|appointments|discharged|prescription|diagnosis clinic",
    "socialcare": "social care|social worker|social workers|social services|care package|"
    "children with disabilities team|disabled children's team|child in need|care plan|"
    "personal assistant|carer|carers|family support worker|early help|adult social care",
    "respite": "respite|short break|short breaks|sitting service|overnight|overnights|"
    "overnight stay|overnight stays|break from caring|shared care",
    # --- growing up --------------------------------------------------------------------------
    # Not "swimming": tests/feedback teaches it to the learned model as one area's own word.
    "leisure": "leisure|activities|activity|social activities|club|clubs|youth club|"
    "holiday club|holiday clubs|after school club|before school club|holiday scheme|play scheme|"
    "playscheme|summer holidays|school holidays|holidays|weekends|weekend|things to do|"
    "nothing to do|hobby|hobbies|interests|sport|sports|football|cinema|bowling|"
    "play park|play parks|playground|play|scouts|brownies|cubs|guides|youth group|youth service|youth work|"
    "youth workers|venues|accessible venues|days out|fun",
    "friendship": "friend|friends|friendship|friendships|mates|lonely|loneliness|isolated|"
    "isolation|socialise|socialising|social life|peers|peer|no one to play|fit in",
    "postsixteen": "post 16|post-16|post 19|post-19|sixteen|college|colleges|sixth form|"
    "further education|higher education|university|uni|course|courses|level 1|level 2|"
    "level 3|training provider|training providers|fe|education and training|"
    "further education and training|higher education and training",
    "employment": "job|jobs|employment|employ|employed|employer|employers|employability|"
    "unemployed|work experience|supported internship|supported internships|internship|"
    "apprenticeship|apprenticeships|job coach|paid work|wages|work and training|"
    "training and employment|employment and training|training and work|career|careers|careers advice|"
    "careers adviser|careers advisor|volunteering|volunteer|neet|get a job",
    "independence": "independent|independence|independently|independent living|"
    "live independently|own flat|own home|live on my own|my own place|supported living|"
    "housing|travel training|independent travel|life skills|cook|cooking|money skills|"
    "look after myself|adulthood|adult life|preparing for adulthood|preparation for adulthood|"
    "grown up|grow up|when i'm older|future|potential|ambition|ambitions|aspirations",
    "adultservices": "adult services|adults' services|adult social care|adult team|"
    "adult social worker|adult social workers|adult learning disability team|"
    "children's to adults'|children's to adult|turned 18|turns 18|at 18|age 18|at 19|age 19|"
    "when he's 18|when she's 18|leaving school",
    "transition": "transition|transitions|moving up|move up|moving on|moved up|moving school|"
    "new school|change of school|changing school|starting school|start school|started school|"
    "starting secondary|high school|secondary school|year 6|year 7|year 11|phase transfer|"
    "phase|phases|handover|hand over|transfer|transferred|leaving school|next stage|"
    "reception class|starting nursery|moving to adult",
    # --- school --------------------------------------------------------------------------
    "schooling": "school|schools|education|educated|educational setting|setting|settings|"
    "nursery|nurseries|academy|academies|primary|secondary|class|classroom|classes|lesson|"
    "lessons|teacher|teachers|teaching|senco|sencos|ta|tas|teaching assistant|one to one|"
    "curriculum|pupil|pupils|head teacher|headteacher|school staff|learner|learners",
    "inclusion": "inclusion|inclusive|excluded|exclusion|exclusions|exclude|"
    "suspended|suspension|suspensions|fixed term|permanently excluded|sent home|"
    "reduced timetable|part time timetable|part-time timetable|left out|isolation room|"
    "school trip|school trips|trip|trips|residential|full access|take part|taking part|"
    "join in|belong|belonging|participation|participate|nurture|nurture group|accessible|"
    "access to the curriculum|reasonable adjustments|adjustments",
    "schoolplace": "school place|school places|a place|no place|no places|more places|"
    "enough places|new places|placement|"
    "placements|special school|"
    "special schools|specialist school|specialist provision|specialist setting|"
    "specialist settings|resource base|resource bases|resourced provision|unit|"
    "mainstream|mainstream school|alternative provision|pupil referral unit|pru|"
    "independent school|independent special school|sufficiency|free school|new school places|"
    "capacity|named school|out of area|out of county|residential school",
    "local": "local|locally|nearby|near|near home|close to home|nearest|miles|mile|"
    "out of area|out of county|out of borough|in the area|in town|in our town|far|distance|"
    "journey|taxi|travel|travelling|community|communities|on our doorstep",
    "attainment": "attainment|achievement|achieve|achieving|achieved|progress|outcomes|"
    "outcome|results|grades|gcse|gcses|exams|exam|qualifications|key stage|reading|writing|"
    "maths|potential|targets|underperformance|doing well|behind",
    "attendance": "attendance|attend|attending|absent|absence|absences|missing school|"
    "missed school|school refusal|school avoidance|ebsa|can't go in|out of school|"
    "not in school|off school|home educated|elective home education",
    "semh": "semh|social emotional and mental health|mental health|anxiety|anxious|behaviour|"
    "behavioural|meltdown|meltdowns|self harm|self-harm|emotional|emotionally|trauma|"
    "attachment|wellbeing|well being|well-being|distressed|dysregulated",
    "earlyyears": "early years|nursery|nurseries|preschool|pre school|toddler|baby|babies|"
    "under fives|under 5s|two year old|2 year old|reception|childminder|family hub|"
    "family hubs|children's centre|stay and play|portage",
    # --- working with families -----------------------------------------------------------
    "voice": "coproduction|co-production|coproduce|coproduced|co-produced|co produced|"
    "involve|involved|involvement|involving|consultation|consultations|consult|consulted|"
    "consulting|views|view|voice|voices|listen|listened|listens|listening|hear|heard|"
    "asked us|ask us|ask parents|nobody asks|nobody asked|have a say|decision making|"
    "feedback|forum|parent carer forum|advisory group|youth council|"
    "young people's council|school council|engagement|engage|survey|strategic board|"
    "stakeholders|shape|shaped|influence|influences|taken seriously",
    "expertise": "expertise|expert|experts|know my child|know our child|know my son|"
    "know my daughter|know best|we know|i know|parents know|respect|respected|disrespect|"
    "believed|not believed|blame|blamed|blaming|difficult parent|nuisance|dismissed|"
    "dismissive|patronising|ignored|fight|fighting|battle|what works|"
    "person centred|at the centre",
    "eligibility": "eligibility|eligible|ineligible|criteria|threshold|thresholds|qualify|"
    "qualifies|entitled|entitlement|refused|refusal|turned down|declined|rejected|panel|panels|"
    "meet the criteria|does not meet|doesn't meet|who gets|who is eligible|transparent|"
    "transparency|rules|banding",
    "money": "funding|funded|fund|funds|money|budget|budgets|cost|costs|costly|afford|"
    "top up|top-up|banding|pay|paid|pays|paying|cuts|cut|resources|resourced|expensive|"
    "value for money|best value|waste|high needs|grant|private|privately|finance",
    "information": "information|info|local offer|website|online|web page|webpage|page|"
    "directory|leaflet|leaflets|guide|guidance|advice|signpost|signposting|find out|found out|"
    "finding out|nobody told|no one told|didn't know|did not know|don't know where|iass|"
    "sendiass|know what's available|what's available|what is available|plain english|"
    "jargon|explained|explain|up to date|out of date",
    "contact": "ring|rang|ring back|call back|rung back|phone|phoned|phone call|calls|email|"
    "emails|emailed|letter|letters|reply|replied|respond|response|responses|answered|"
    "voicemail|chasing|kept informed|updates|communication|communicate|communicated",
    "workforce": "workforce|staffing|staff training|training|trained|untrained|awareness|"
    "autism awareness|knowledge|knowledgeable|understand|understanding|don't understand|"
    "dont understand|doesn't understand|confident|confidence|competent|competence|skilled|"
    "cpd|empathy|empathise|empathetic|rude|attitude|attitudes|agency staff|recruitment|"
    "recruit|retention|turnover|qualified|unqualified|specialist teacher",
    "sharing": "information sharing|share information|sharing information|shared|"
    "passed on|pass on|records|notes|tell us once|tell our story|"
    "repeat|repeating|same questions|same thing again|same information|joined up|joined-up|"
    "multi agency|multi-agency|multiagency|talk to each other|each other|contradict|"
    "contradicting|handover|transferred|sent across|case management|collaboration|collaborate|"
    "collaborative|collaborating|working together|work together|partnership working",
    "commissioning": "commissioning|commission|commissioned|commissioners|joint commissioning|"
    "jointly|joint|ccg|icb|local authority and health|council and health|health and the council|"
    "who pays|pooled budgets|service closed|closed|closing|cut|cuts|no service|gap|gaps|"
    "not available|sufficiency|met locally|contract|provider|providers",
    "personal": "personalisation|personalised|personal budget|personal budgets|"
    "personal health budget|direct payment|direct payments|tailored|individual|individual needs|"
    "individually|person centred|person-centred|child centred|child-centred|family centred|"
    "one size fits all|flexible|flexibility|"
    "choice and control|pa|personal assistant",
    "choice": "range|choice|choices|options|option|only one|nothing for|no other|no options|"
    "limited|widen|expand|more places|opportunities|opportunity|alternatives|alternative",
    "process": "process|processes|system|systems|forms|form|paperwork|bureaucracy|portal|"
    "admin|procedures",
}

#: broad families count for less than particular ones: "school" says less than "exclusion"
FAMILY_WEIGHTS = {"allservices": 0.25, "schooling": 0.5, "contact": 0.5, "process": 0.5}

#: words that make a stem mean something else ("careers" is not "care")
STEM_EXCEPTIONS = {
    "careers": "career",
    "career": "career",
    "cares": "care",
    "caring": "care",
    "cared": "care",
    "news": "news",
    "focus": "focus",
    "process": "process",
    "processes": "process",
    "unit": "unit",
    "units": "unit",
    "range": "range",
    "ranges": "range",
    "nearly": "nearly",
    "friendly": "friendly",
    "hearing": "hearing",
    "timely": "timely",
    "qualifications": "qualification",
    "qualification": "qualification",
    "limited": "limited",
    "closer": "closer",
    "placement": "placement",
    "placements": "placement",
    "provide": "provide",
    "provides": "provide",
    "provided": "provide",
    "providing": "provide",
}

"""Word lists that say what kind of name a name is: titles, organisation and place words.

These are general English news conventions, used by every extractor and by the
document-level resolution. Lists of actual names come from NLTK's corpora when installed
(`Resources.names`); the few built in here keep the degraded mode useful.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


PERSON_TITLES = (
    _words("""mr mrs ms miss dr prof professor sir dame lord lady president vice-president senator sen
    rep representative congressman congresswoman governor gov mayor judge justice general
    gen chancellor premier minister secretary king queen prince princess pope father rev
    reverend ambassador sheikh emir sultan cardinal bishop archbishop rabbi imam colonel col
    captain capt lieutenant lt sergeant sgt major commander admiral detective inspector
    officer sheriff chairman chairwoman ceo coach dean saint st""")
)
"""Words that stand before a person's name ("President Xi Jinping", "Mr Smith")."""

PERSON_ROLES = (
    _words("""founder co-founder ceo chairman chairwoman chief executive director spokesman
    spokeswoman spokesperson minister president analyst economist professor researcher
    lawyer attorney author actor actress singer player manager coach leader scientist
    academic adviser advisor official secretary senator governor mayor son daughter wife
    husband mother father brother sister boss founder""")
)
"""Words that, next to a name ("X, the founder"; "founder X"), say it is a person."""

ORG_ROLES = (
    _words("""chairman chairwoman founder co-founder ceo chief executive executives shareholders
    investors employees staff workers board subsidiary headquarters headquartered shares stock
    profits profit revenue revenues customers parent owner rival rivals competitor unit division
    products platform app chatbot model models chips brand""")
)
"""Nouns after an organisation's possessive ("Alibaba's chairman", "Tencent's shares")."""
TEAM_ROLES = (
    _words("""boss manager coach midfielder striker defender goalkeeper keeper winger forward
    full-back centre-back fans supporters squad"""))
"""Words after a club's name ("Chelsea boss Jose Mourinho", "Burnley fans"): a team, not a
person, even when the name is also a first name."""

ORG_CONTEXT = frozenset(
    {("shares", "of"), ("stake", "in"), ("analysts", "at"), ("executives", "at"), ("investors", "in"),
     ("spokesman", "for"), ("spokeswoman", "for"), ("spokesperson", "for"), ("ceo", "of"), ("founder", "of"),
     ("co-founder", "of"), ("employees", "of"), ("staff", "at"), ("workers", "at"), ("engineers", "at"),
     ("researchers", "at"), ("chairman", "of"), ("owner", "of"), ("customers", "of"), ("users", "of")}
)
"""Two words before a name that make it an organisation ("shares of Nvidia", "analysts at Citi")."""

COMMON_ORGANIZATIONS = (
    _words("""Google Alphabet Apple Microsoft Amazon Meta Facebook Instagram WhatsApp Tesla Nvidia OpenAI
    Anthropic Samsung Alibaba Tencent Huawei Baidu ByteDance TikTok Xiaomi Sony Toyota Volkswagen BMW
    Boeing Airbus Netflix Twitter Uber Intel AMD Qualcomm IBM Oracle Salesforce Spotify PayPal Visa
    Mastercard Walmart Disney Pfizer Moderna AstraZeneca Shell BP ExxonMobil Chevron Aramco Gazprom
    Reuters Bloomberg AFP Xinhua CNN BBC NATO OPEC UNICEF WHO IMF OECD FIFA UEFA Hamas Hezbollah
    Taliban Kremlin Pentagon Congress Parliament Senate""")
)
"""Organisations a 1996 newswire model cannot know, and the usual institutions of the news."""

ORG_WORDS = (
    _words("""inc inc. corp corp. corporation ltd ltd. llc plc co co. company companies group holdings
    bank banks university college institute institution ministry department agency council
    party association foundation committee commission authority federation union league club
    airlines airways motors technologies technology systems labs laboratories
    pharmaceuticals pharma partners capital fund trust society organisation organization
    court parliament congress senate assembly police army navy forces times post journal
    news network broadcasting press media studios records hospital school church office
    board bureau exchange reserve industries electronics energy petroleum pictures
    entertainment fc brigade coalition alliance cabinet government administration ai""")
)
"""Words inside an organisation's name ("Bank of China", "Tencent Holdings")."""

PLACE_WORDS = (
    _words("""river mountain mountains mount lake ocean sea valley island islands street avenue road
    square park bay gulf desert peninsula province county district region strait coast canal
    airport harbour harbor""")
)
"""Words inside a place's name ("Silicon Valley", "Yangtze River")."""

MONTHS = (
    _words("""january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec""")
)
WEEKDAYS = frozenset(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])
NOT_NAMES = (
    _words("""i i'm i've we you he she it they me him her us them my his its our their this that these
    those the a an and or but if then so yet still however meanwhile moreover also although
    though while when where what who whom whose why how here there today yesterday tomorrow
    tonight mr mrs ms dr god internet web online ai nobody everybody somebody anybody everyone
    someone anyone no-one nothing everything something anything none many most some several
    few all both each every other another such only even just now thus hence therefore indeed
    instead perhaps maybe yes no please thanks sorry okay ok oh well""")
)
"""Capitalised words that are never people, organisations or places on their own."""

HOLIDAYS = frozenset(
    {"christmas", "christmas eve", "easter", "ramadan", "eid", "diwali", "hanukkah", "thanksgiving",
     "new year", "new year's day", "new year's eve", "lunar new year", "chinese new year",
     "halloween", "passover", "independence day", "labor day", "labour day", "memorial day"}
)

PRODUCT_NOUNS = (
    _words("""chatbot app apps model models chip chips phone phones smartphone software platform game
    games device devices car cars console browser system operating service vaccine drug""")
)
"""Nouns right after a name that make it a product ("Ernie chatbot", "A100 chips")."""

COMMON_PLACES = (
    _words("""Afghanistan Africa Alaska America Amsterdam Argentina Asia Athens Atlanta Australia
    Austria Baghdad Bangkok Beijing Beirut Belgium Berlin Boston Brazil Britain Brussels
    Cairo California Canada Chicago Chile China Colombia Cuba Damascus Delhi Denmark Dubai
    Egypt England Europe Finland Florida France Gaza Geneva Germany Greece Hungary
    India Indonesia Iran Iraq Ireland Israel Istanbul Italy Japan Jerusalem Kabul Kenya
    Korea Kyiv Kiev Lebanon London Madrid Manchester Melbourne Mexico Miami
    Moscow Mumbai Netherlands Nigeria Norway Ottawa Pakistan Paris Peru
    Philippines Poland Portugal Russia Scotland Seoul Shanghai Shenzhen
    Singapore Spain Sweden Switzerland Sydney Syria Taiwan Tehran Texas Thailand Tokyo
    Toronto Turkey Ukraine Vietnam Wales Washington Wuhan Yemen""")
)
"""A few places so that degraded mode (no gazetteers) still knows the usual news places;
names of more than one word are in MULTIWORD_PLACES."""

MULTIWORD_PLACES = frozenset(
    {"Hong Kong", "Los Angeles", "New York", "New Zealand", "Silicon Valley", "South Korea",
     "North Korea", "Saudi Arabia", "South Africa", "United States", "United Kingdom",
     "Middle East", "San Francisco", "New Delhi", "Sri Lanka"}
)

NATIONALITIES = (
    _words("""Afghan African American Arab Arabic Argentine Argentinian Asian Australian Austrian
    Belgian Brazilian British Canadian Chilean Chinese Colombian Cuban Czech Danish Dutch Egyptian
    English European Filipino Finnish French German Greek Hungarian Indian Indonesian Iranian
    Iraqi Irish Israeli Italian Japanese Kenyan Korean Kurdish Latin Lebanese Malaysian Mexican
    Nigerian Norwegian Pakistani Palestinian Persian Polish Portuguese Russian Saudi Scottish
    Serbian Spanish Swedish Swiss Syrian Taiwanese Thai Turkish Ukrainian Venezuelan Vietnamese
    Welsh Western Eastern Northern Southern Muslim Christian Jewish Hindu Buddhist Catholic
    Protestant Republican Democratic Communist Socialist Islamist""")
)
"""Adjectives of nationality, region, religion and party: descriptions, not entities."""

ALIAS_GROUPS = (
    ("US", "U.S.", "USA", "U.S.A.", "United States", "United States of America", "America"),
    ("UK", "U.K.", "Britain", "Great Britain", "United Kingdom"),
    ("EU", "E.U.", "European Union"),
    ("UN", "U.N.", "United Nations"),
)
"""Spellings of one and the same entity that no rule can tell are the same."""


_ALIAS_ACRONYMS = frozenset(a.replace(".", "") for group in ALIAS_GROUPS for a in group if a.replace(".", "").isupper())


def never_a_name(token: str) -> bool:
    """Pronouns, sentence adverbs and the like; "US" is a country although "us" is a pronoun."""
    return token.lower() in NOT_NAMES and token.replace(".", "") not in _ALIAS_ACRONYMS

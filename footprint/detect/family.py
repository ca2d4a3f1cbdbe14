"""Family-traceable details: children, their schools and uniforms, partners.

A child is named in many ways on a public page; each pattern below is one of them, with the
shape of text it recognises:
- a relation and a list:  "my daughter Ella", "their children Jac, nine, and Efa, six"
- a name with an age:     "Nanw (6)", "Gruffudd (8) a Lleucu (5)", "Nel (twins, age 6)"
- a name in a school year: "Evan is in Year 4", "Dylan's in Blwyddyn 2", "Tomos going into Year 3"
- a family list on a profile: "Cerys Pritchard" then "Daughter" on the next line
- a birth announcement:   "Welcomed Cerys"
- a toddler outing:       "Out with Gwen in the running buggy before nursery"
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from footprint.datafiles import terms
from footprint.detect.children_model import (
    LISTED,
    candidates,
    children_model,
    judged_as_lists,
    listed_together,
    named_apart_from_lists,
    possessor_named_before,
)
from footprint.detect.lexicon import cues, is_given_name, kinship_set, named_as_pet, pet_words, relation_words
from footprint.detect.owner import (
    POSSESSIVE_S,
    TITLES,
    inside_longer_name,
    is_the_persons_given_name,
    job_holder_is_someone_else,
    keep_most_owned,
    last_given_name_before,
    last_named_before,
    owner_in_page,
    owner_words,
    page_names_person,
    person_surnames,
    possessor_before,
    post_around,
    post_author_is_subject,
    section_heading_owner,
    short_for_the_person,
    written_by_someone_else,
)
from footprint.detect.work import JOB_WORDS, ended_after, said_as_current, said_as_former
from footprint.model import Detection, Document, Subject
from footprint.places import uk_places
from footprint.text import (
    LOWER,
    NAME_WORD,
    UPPER,
    WORD,
    alternation,
    excerpt,
    finditer_near,
    fold,
    lowered,
    phrase_pattern,
    phrase_spans,
    present_phrases,
    sentence_around,
    words_of,
)

# Capitalised words that follow "my son" or stand before "(6)" but are not names.
NOT_NAMES = {
    "And", "The", "Is", "Was", "Has", "Had", "Who", "Will", "Loves", "Got", "Just", "Starts", "Started", "Turned",
    "Today", "In", "At", "On", "Year", "Reception", "Blwyddyn", "Mam", "Mum", "Dad", "Nain", "Taid", "Mamgu", "Mam-gu",
    "Tadcu", "Grandma", "Grandad", "Our", "My", "Her", "His", "Their", "Happy", "Age", "Aged", "Page", "Vol", "Part",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Mr", "Mrs", "Ms", "Miss", "Dr",
    # pronouns, determiners and the first word of a new clause: "mam to Efa and Tomos, and I've been ..."
    "I've", "I'm", "I'll", "I'd", "She", "He", "It", "We", "You", "They", "She's", "He's", "It's", "We're", "We've",
    "They're", "You're", "This", "That", "These", "Those", "There", "Here", "What", "When", "Where", "Why", "How",
    "But", "So", "Then", "Also", "Both", "All", "Not", "Now", "Some", "Any", "Every", "Each", "If",
}
NUMBER_WORDS = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)"
CHILD_NOUNS = (r"(?:daughters?|sons?|children|kids|twins|boys|girls|grandchildren|grandsons?|granddaughters?|"
               r"little ones?|little girl|little boy|little man|little lady|youngest|eldest|oldest|middle one|"
               r"babies|baby|plant|merched|meibion|wyrion|wyresau|mab|merch)")
ADJECTIVES = r"(?:(?:two|three|four|little|lovely|gorgeous|beautiful|wonderful|youngest|eldest|oldest|baby|twin|amazing)\s+)*"
AGE_AFTER = rf"(?:\s*\((?:aged?\s*)?\d{{1,2}}\)|\s*,\s*(?:aged?\s*)?(?:\d{{1,2}}|{NUMBER_WORDS})\s*,?)?"
JOIN = r"(?:\s*,\s*|\s+and\s+|\s+a\s+|\s*&\s*)"
NAME_LIST = rf"({NAME_WORD}{AGE_AFTER}(?:{JOIN}{NAME_WORD}{AGE_AFTER})*)"

RELATION_LIST = re.compile(rf"\b(?i:my|our|her|his|their|fy|ein|ei)\s+(?i:{ADJECTIVES}{CHILD_NOUNS})\b[,:]?\s+{NAME_LIST}")
EMOJI_RUN = "(?:[\U0001F300-\U0001FAFF\u2600-\u27BF\uFE0F\u200D]+\\s*)?"  # "Efa 🦦 (6)": an emoji between the name and the age
NAME_WITH_AGE = re.compile(rf"({NAME_WORD})\s*{EMOJI_RUN}\((?:aged?\s*|(?i:she|he)(?:['’]s|\s+is)\s+)?(\d{{1,2}})(?:\)|,[ \t])|({NAME_WORD})\s*{EMOJI_RUN}\((?:twins|age|aged|\d{{1,2}}\s*(?:months?|mos|mis)\))")
SCHOOL_YEAR = re.compile(
    rf"({NAME_WORD})(?:(?:'s|’s|\s+is)\s+(?:now\s+)?in|\s+(?:is\s+)?(?:going into|into|starting|started|starts|moving up to|moves up to))\s+"
    r"(?:Year\s+\d+|Blwyddyn\s+\d+|Reception|Nursery|Derbyn)\b"
)
# A profile's family list, each name over its relation: "Osian Wynne-Jones / Son", "Efa / Daughter · account managed by a parent".
FAMILY_LIST_ENTRY = re.compile(rf"^[ \t]*({NAME_WORD})(?:[ \t]+{NAME_WORD})*[ \t]*\n[ \t]*(?:Son|Daughter|Stepson|Stepdaughter|Mab|Merch|Grandson|"
                               rf"Granddaughter|Grandchild|Wyres|Ŵyr|Child|Plentyn)[ \t]*(?:$|[·(,–-])", re.MULTILINE)
WELCOMED = re.compile(rf"\b(?i:welcomed|welcome to the world,?)\s+({NAME_WORD})")
WITH_NAMES = re.compile(rf"\bwith\s+{NAME_LIST}")
AGES_TRIGGER = re.compile(r"\([^)\n]{0,40}\d")
AGED_TRIGGER = re.compile(r"aged\s+\d")  # no leading \b: see work.WORK_TRIGGER
WELCOME_TRIGGER = re.compile("welcome")
PARTNER_TRIGGER = re.compile(r"husband|wife|partner|fianc|boyfriend|girlfriend|other half|hubby")
AGE_TRIGGER = re.compile(r"\((?:aged?\s*|(?:she|he)(?:['’]s| is)\s+)?\d{1,2}(?:\)|,[ \t])|\((?:twins|age|aged)\b|\(\d{1,2}\s*(?:months?|mos|mis)\)")
# A school year in brackets after a given name stands for the child's age: "Alfie (yr 3, Mr Lloyd's class)", "Cadi (Bl 10)",
# "Elis (Blwyddyn 1, dosbarth Mrs Jenkins)", "mam Efa (Bl 2) a Twm (Derbyn)".
NAME_WITH_SCHOOL_YEAR = re.compile(rf"({NAME_WORD})\s*{EMOJI_RUN}\((?:(?i:year|yr|y|bl\.?|blwyddyn)[ \t]*\d{{1,2}}|(?i:reception|derbyn|meithrin|nursery))\b")
BRACKETED_YEAR_TRIGGER = re.compile(r"\((?:year|yr|y\d|bl|blwyddyn|reception|derbyn|meithrin|nursery)", re.IGNORECASE)
# What SCHOOL_YEAR needs after the name, so windows open only where it can match ("year" alone is everywhere).
# Welsh and plain English for a child starting or in a class: "Mae Gwion ym Mlwyddyn 5", "a Begw newydd
# ddechrau yn y Cylch Meithrin", "Osian has just started at nursery".
CLASS_START = re.compile(
    rf"({NAME_WORD})\s+(?:(?:fach|bach)\s+)?(?:ym\s+Mlwyddyn\s+\d+|yn\s+y\s+dosbarth\s+derbyn|(?:newydd|wedi)\s+ddechrau\s+(?:yn|yng|ym)\b|wedi\s+dechrau\s+yn\s+y\s+dosbarth|"
    r"(?:has\s+)?just\s+started\s+(?:in|at)\s+(?:the\s+)?(?:Cylch|Meithrin|[Nn]ursery|Reception|Year\s+\d|[Ss]chool|Ysgol)|"
    rf"(?:starts|started|is\s+starting|has\s+started|goes|is\s+going)\s+(?:at|to)\s+(?:Ysgol|Cylch|Meithrinfa|"
    rf"(?:{NAME_WORD}\s+){{1,4}}(?:Primary|Infants|Juniors?|Nursery|School)\b))"
)
# "First day for our Osian today", "first day at big school for little Nel", Welsh "diwrnod cyntaf i Begw": a child starting somewhere.
FIRST_DAY_FOR = re.compile(rf"(?i:\bfirst\s+day\b(?:\s+(?:back|at\s+(?:big\s+)?school|at\s+(?:the\s+)?(?:nursery|cylch|meithrin)))?\s+for|\bdiwrnod\s+cyntaf\s+i)"
                           rf"\s+(?:(?i:our|my|little|the|ein|fy)\s+)?({NAME_WORD})")
FIRST_DAY_TRIGGER = re.compile(r"first\s+day|diwrnod\s+cyntaf")
# "her own two, Efan and Gwen", "our three: Cai, Nel and Twm": a count of children, then their names.
COUNTED_CHILDREN = re.compile(rf"(?:\b(?i:my|our|her|his|their|fy|ein)|\b[A-Z][a-z]+['’]s)\s+(?:own\s+)?(?i:two|three|four|five|dau|dwy|tri|tair)\s*[,:–—-]\s*{NAME_LIST}")
COUNTED_TRIGGER = re.compile(r"(?:two|three|four|five|dau|dwy|tri|tair)\s*[,:–—-]")
CLASS_START_TRIGGER = re.compile(r"mlwyddyn|derbyn|ddechrau|started|ysgol|cylch|meithrinfa|primary|infants|junior|nursery|school")
SCHOOL_YEAR_TRIGGER = re.compile(r"(?:in|into|starting|started|starts|up to)\s+(?:year\s+\d|blwyddyn\s+\d|reception|nursery|derbyn)\b")
FAMILY_TRIGGER = re.compile(r"\n[ \t]*(?:son|daughter|stepson|stepdaughter|mab|merch|grandson|granddaughter|grandchild|wyres|ŵyr|child|plentyn)[ \t]*(?:$|[·(,–-])",
                            re.MULTILINE)
TODDLER_CONTEXT = re.compile(r"buggy|pushchair|pram\b|toddler|nursery|school run|cylch meithrin")


def _names_in(name_list: str) -> list[str]:
    return [n for n in re.findall(NAME_WORD, name_list) if n not in NOT_NAMES]


# A word, a number, or one other visible character (punctuation, an emoji).
TOKEN = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*|\d+|[^\w\s]")
NOT_NAME_WORDS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                  "november", "december", "christmas", "easter", "halloween", "summer", "winter", "spring", "autumn",
                  "birthday", "school", "love", "team", "family", "wales", "cymru", "happy", "proud", "baby", "little"}
RANKS = frozenset(terms()["ranks"])
AGES = {"aged", "age", "yrs", "yr", "years", "year", "months", "old", "oed", "mis", "blwydd", "blwyddyn",
        *NUMBER_WORDS.strip("(?:)").split("|")}


def _looks_like_name(word: str) -> bool:
    if not word[:1].isupper() or word in NOT_NAMES or fold(word) in NOT_NAME_WORDS or WELSH_CONTRACTION.search(word):
        return False
    # A name our list lacks still counts, unless it is a place ("mam of two, Aberdare born and bred").
    return is_given_name(word) or (len(word) >= 3 and word[1:].islower() and fold(word) not in uk_places())


# Welsh words run together with "yr" or "yn": "Mae'r", "Dyma'r", "Mae'n" start sentences; no name ends so.
WELSH_CONTRACTION = re.compile(r"['’][rn]$")


# "in Year 3", "ym Mlwyddyn 5", "yn y Derbyn", and as class lists shorten them: "yn Bl.2", "in Yr 4", "in Y6".
CLASS_NOTE = re.compile(r"(?:in|yn|ym)\s+(?:(?:y|the)\s+)?(?:(?:Year|Blwyddyn|Mlwyddyn|Reception|Nursery|Meithrin|Derbyn)\b(?:\s+\d{1,2})?"
                        r"|(?:Yr|Bl|Y)\.?\s*\d{1,2}\b)", re.IGNORECASE)


def read_names(text: str, start: int, *, reach: int = 140) -> list[tuple[str, int]]:
    """The first names listed from `start`: "Ela & Twm", "Osian, Lili and baby Nel", "three wonderful
    girls: Megan, Cerys & Lowri", "Cai (7) and Nel (4)". Stops at the end of the sentence or line, or
    at a word that is neither a name, a joiner, an age nor one of the small words lists carry."""
    kin = cues("kinship")
    fillers = set(kin["fillers"]) | {noun for noun in kin["child_nouns"] if " " not in noun}
    joiners = set(kin["joiners"])
    names: list[tuple[str, int]] = []
    expecting = True
    closed = False  # the last name came after "and" or "&": the list is complete ("Nia & Osian 💛 Coffee, caravans")
    joined_by_word = False
    last_end = start
    skip_to = start
    for match in TOKEN.finditer(text, start, min(len(text), start + reach)):
        if match.start() < skip_to:
            continue
        if names and (note := CLASS_NOTE.match(text, match.start())):
            skip_to = last_end = note.end()  # "Cai in Year 3 and little Elan": a class said after a name
            continue
        token, lower = match.group(0), fold(match.group(0))
        if "\n" in text[last_end : match.start()] and names:
            break
        if token == "(" and names and (close := text.find(")", match.end(), match.end() + 60)) != -1 and "\n" not in text[match.end() : close]:
            skip_to = last_end = close + 1  # "Seren (Year 5, Dosbarth Derwen) and Macsen": a note on the name before
            continue
        last_end = match.end()
        if token in ".!?|·•" or (token == ":" and names):  # "Dad of 3 · Coffee dependent": a headline's next part
            break
        if token[:1].isalpha() and token[:1].isupper() and lower not in joiners:
            if expecting and lower in RANKS:
                continue  # "my daughter, Cpl Nia Prosser": a rank before the name
            if lower in TITLES:
                break  # "(mam i Math a Gruff) & Mr Hughes": a grown-up, the children's names are over
            if expecting and _looks_like_name(token):
                names.append((token, match.start()))
                expecting = False
                closed = joined_by_word
                continue
            if not expecting:
                continue  # a second capitalised word: a middle name or surname ("Ella Rose Jones")
            if lower in fillers:
                continue
            break
        if lower in joiners or token in ",;&+/":
            expecting = True
            joined_by_word = lower in joiners or token == "&"
        elif names and not token[:1].isalnum() and token not in ".!?|:()":
            expecting = not closed  # an emoji between names joins them too: "Nel 💕 Arthur 💙"
        elif not (lower in fillers or lower in AGES or token.isdigit() or not token[:1].isalnum()):
            break
    return names


@cache
def _kinship_words() -> tuple[str, ...]:
    kin = cues("kinship")
    return tuple(w.lower() for w in kin["child_nouns"] + kin["parent_roles"] + kin["age_nouns"])


@cache
def _proud_role() -> re.Pattern[str]:
    return re.compile(rf"proud({alternation([w.lower() for w in cues('kinship')['parent_roles']])})(?![\w])")


@lru_cache(maxsize=256)
def _word_trigger(words: tuple[str, ...]) -> re.Pattern[str]:
    # No lookbehind first: a pattern that starts with its words lets re skip ahead by first letter.
    # Whether the word starts a word (or follows "#proud") is checked at each hit instead.
    return re.compile(rf"(?:{alternation(list(words))})(?![\w])")


def _kinship_trigger(text: str) -> re.Pattern[str] | None:
    """The child nouns and parent roles this text holds, whole words: where a list of names can start."""
    glued = tuple(m.group(1) for m in _proud_role().finditer(lowered(text))) if "proud" in lowered(text) else ()  # "#proudmum"
    present = present_phrases(text, _kinship_words()) + glued
    return _word_trigger(present) if present else None


@cache
def _welsh_the_child() -> re.Pattern[str]:
    """A name, then "y mab" or "y ferch" set off after it (data/kinship.json welsh_the_child)."""
    kin = cues("kinship")
    return re.compile(rf"({NAME_WORD}),[ \t]+(?i:{alternation(kin['welsh_the_child'])})"
                      rf"(?:[ \t]+(?i:{alternation(kin['welsh_the_child_ages'])}))?[ \t]*[,)–—]")


@cache
def _welsh_the_child_trigger() -> re.Pattern[str]:
    return re.compile(rf", (?:{alternation(cues('kinship')['welsh_the_child'])})\b")


@cache
def _introduced_as_parent() -> re.Pattern[str]:
    """The writer naming themselves by their children: "I'm Ffion's mam", "know me as Tomos and Gethin's mam", or
    "Alys's dad here" opening a sentence or a line, "Cai's dad (me)" anywhere (data/kinship.json introduced_as_parent,
    introduced_as_parent_after, parent_roles)."""
    kin = cues("kinship")
    names = rf"{NAME_WORD}(?:[ \t]*(?:,|and|&|a|ac)[ \t]*{NAME_WORD})*"
    return re.compile(rf"(?:(?<![\w'’])(?P<intro>(?i:{alternation(kin['introduced_as_parent'])}))[ \t]+|(?P<opening>^[ \t]*|(?<=[.!?][ \t]))|(?<![\w'’]))"
                      rf"(?P<names>{names})['’]s[ \t]+(?i:{alternation(kin['parent_roles'])})\b"
                      rf"(?P<here>[ \t]+(?i:{alternation(kin['introduced_as_parent_after'])})(?![\w'’]))?", re.MULTILINE)


@cache
def _introduced_as_parent_trigger() -> re.Pattern[str]:
    return re.compile(rf"['’]s (?:{alternation(cues('kinship')['parent_roles'])})\b")


@cache
def _kinship_cues() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a possessive and fillers just before a child noun, to/of just after a parent role), each to be
    matched at a trigger word: "my little | man", "mam | to"."""
    kin = cues("kinship")
    adjectives = alternation([f for f in kin["fillers"] if " " not in f and f.isalpha()])
    words = [p for p in (*kin["possessives"], *kin["relative_possessives"]) if p[:1].isalpha()]
    contractions = [p for p in kin["possessives"] if not p[:1].isalpha()]  # Welsh 'n: "a'n merch"
    possessive = rf"(?:(?<![\w'’])(?:{alternation(words)})|(?:{alternation(contractions)}))"
    child_age = rf"(?P<age>(?<![\w-])(?:1[0-7]|[1-9]|{NUMBER_WORDS})[ \t]*)?"  # "my 8 year old", "our six" before "-year-old"
    before_noun = rf"{possessive}\s+(?:(?:{adjectives})\s+)*{child_age}$"
    after_role = rf"(?:\s*\([^)\n]{{1,20}}\))?\s+(?:{alternation(kin['role_links'])})\b"  # "grandad (Dadcu) to Cerys, ..."
    return re.compile(before_noun, re.IGNORECASE), re.compile(after_role, re.IGNORECASE)


# A third person's child or a parent role just before a name: whose it is depends on who was named last.
SOMEONES_CHILD = re.compile(r"(?:(?:\b(?i:his|her|their|whose|ei|eu)|\b[aâoi]['’]i)\s+(?:[\w'’-]+,?\s+){0,2}|\b(?i:mum|mam|mom|dad|nain|nan|gran|grandma|grandad|taid)\s+(?:\([^)\n]{1,20}\)\s*)?(?:to|of)\s+)$")
# "Dropped Nia and Gethin at the gate of Ysgol ...", "Left Osian and Lowri with their taid": the school run
# or the handover to grandparents, then where the children go.
SCHOOL_RUN_PLACE = re.compile(r"\bwith\s+(?:their|his|her)\s+(?:nain|taid|nan|nanny|gran|granny|grandma|grandad|grandpa|mamgu|tadcu|grandparents)\b|"
                             r"\b(?:at|to|from|off at)\s+(?:the\s+)?(?:school|nursery|gate|gates|cylch|meithrin|breakfast club|after[- ]school|Ysgol|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*\s+(?:Primary|Infants|Juniors|Nursery|School))",
                             re.IGNORECASE)
# "Rhian's daughter Seren", "Gareth's two boys, Cai and Twm": a named parent's children.
NAMED_PARENT = re.compile(r"\b([A-Z][a-z'’]+)['’]s\s+(?:(?:little|two|three|eldest|youngest|baby|twin)\s+)*"
                          r"(?:daughters?|sons?|boys|girls|kids|children|twins|grandchildren|grandsons?|granddaughters?)\b[,:]?\s+")
NAMED_PARENT_REACH = 60
NAME_THEN_NAMED_PARENT = re.compile(rf"({NAME_WORD})\s*[(,–-]\s*([A-Z][a-z'’]+)['’]s\s+(?:(?:little|eldest|youngest|baby|twin)\s+)*"
                                    r"(?:step|grand)?(?:daughter|son|boy|girl)\b")
NAME_THEN_NAMED_PARENT_TRIGGER = re.compile(r"['’]s (?:step|grand)?(?:daughter|son|boy|girl)")
# "Osian (stepson, 17, far too cool for birthdays)", "Efa a Tomos (y plant)": names, then the kinship word alone in brackets.
NAMES_THEN_KIN_IN_BRACKETS = re.compile(rf"({NAME_WORD})(?:[ \t]+(?:a|ac|and|&)[ \t]+({NAME_WORD}))?[ \t]*\([ \t]*(?i:(?:my|our|y|yr|ein|fy)[ \t]+)?"
                                        r"(?i:step-?sons?|step-?daughters?|sons?|daughters?|eldest|youngest|kids|children|grandsons?|granddaughters?"
                                        r"|plant|mab|merch|llysfab|llysferch|ŵyr|wyres|wyrion)\b(?![ \t]+(?:of|to|i|o|[A-Z]))[^()\n]{0,40}\)")  # not "(mab Gethin a Mari)"
KIN_IN_BRACKETS_TRIGGER = re.compile(r"\((?:(?:my|our|y|yr|ein|fy) )?(?:step|son|daughter|eldest|youngest|kids|children|grand|plant|mab|merch|llys|ŵyr|wyr)")
NAMED_PARENT_TRIGGER = re.compile(r"['’]s (?:little |two |three |eldest |youngest |baby |twin )*(?:daughter|son|boys|girls|kids|children|twins|grand)")
AGE_SAID_WORD = rf"(?:{NUMBER_WORDS}|\d{{1,2}})"
NAMES_AGES_SAID = re.compile(rf"({NAME_WORD})['’]s\s+{AGE_SAID_WORD}(?:\s*(?:,|and|&|a)\s*{NAME_WORD}['’]s\s+{AGE_SAID_WORD})+(?=\s*[,.;!]|\s+(?:and|both|now)\b)")
NAMES_AGES_TRIGGER = re.compile(rf"['’]s {AGE_SAID_WORD}\s*(?:,|and|&)")
CHILD_OF_NAMED = re.compile(rf"({NAME_WORD}),\s+(?:mab|merch|ŵyr|wyres)\s+(?:(?:hynaf|ieuengaf|bach|fach|canol)\s+)?({NAME_WORD})\b")
CHILD_OF_TRIGGER = re.compile(r"(?:mab|merch|ŵyr|wyres) ")
SIBLING_TRIGGER = re.compile(r"(?:sister|brother|chwaer|brawd) (?:for|i) ")
# "Alfie's old red balance bike (he's 4 and on pedals now)": a child's age said after their possession.
# Welsh puts "our" and "my" after the name: "Mae Ifan ni'n 2 rŵan" (our Ifan), "fy Osian i" (my Osian).
# Spoken Welsh puts "my" and "our" after the name too: "Osian fi (9)", not "fi'n" ("I am") of the next clause.
WELSH_OWN_NAME = re.compile(rf"\b(?:fy|ein)\s+({NAME_WORD})\s+(?:i|ni)\b|({NAME_WORD})[ \t]+(?:ni(?:['’]n)?\b|fi(?![\w'’]))")
WELSH_OWN_TRIGGER = re.compile(r" ni\b| fi\b|fy |ein ")
# "Tyler's staying at his nan's (he's year 5 at Cimla Road Primary now)": a school year said the same way.
POSSESSIVE_AGE = re.compile(rf"({NAME_WORD})['’]s\b[^.!?\n]{{0,60}}?\((?:he|she)(?:['’]s| is)\s+(?:in\s+)?(?:(?i:year|yr|blwyddyn)\s*)?(\d{{1,2}})\b")
POSSESSIVE_AGE_TRIGGER = re.compile(r"\((?:he|she)(?:['’]s| is) (?:in )?(?:year |yr |blwyddyn )?\d")
IN_LAW = re.compile(r"\s*(?:-|\s)in[- ]law", re.IGNORECASE)
FIELD_LABEL = re.compile(r"[ \t]*:[ \t]*")
# "Mia" / "- my daughter" across a line too; "Kezia (14) – my stepdaughter" with the age first
APPOSITIVE = re.compile(rf"({NAME_WORD})(?:[ \t]*\(\d{{1,2}}\))?\s*[,(–-][ \t]*$")
# Welsh puts "fy merch" (my daughter) straight after the name, with no comma: "Roedd Catrin fy merch wedi trefnu ...".
WELSH_APPOSITIVE = re.compile(rf"(?<![\w'’-])({NAME_WORD})[ \t]+$")
WELSH_OWN = re.compile(r"(?:fy|ein)\b", re.IGNORECASE)


NAMES_WITH_AGES = re.compile(rf"\(\s*({NAME_WORD}\s*,?\s*\d{{1,2}}(?:\s*(?:,|&|and)\s*{NAME_WORD}\s*,?\s*\d{{1,2}})+)\s*\)")
NAME_AGED = re.compile(rf"({NAME_WORD}),?\s+aged\s+(\d{{1,2}})\b")
# A child's age said right after the name, as parents write of their own: "Nansi, who is six", "Osian has been
# stealing my practice reeds — he's twelve", "Non would be even worse, she's 9 going on 40", "Mali …, she is 2".
NOT_AN_AGE_AFTER = r"(?![\w'’%]|\s*(?:am|pm|mins?|minutes|miles|km|goals|points|years?\s+(?!old\b)))"  # "three years clear", not "six years old"
NAME_WHO_IS_AGE = re.compile(rf"({NAME_WORD}),?\s+who(?:['’]s|\s+is)\s+(?:only\s+|just\s+)?({NUMBER_WORDS}|\d{{1,2}}){NOT_AN_AGE_AFTER}")
NAME_THEN_PRONOUN_AGE = re.compile(rf"(?:^|(?<=[.!?][ \t])|(?<=\n))({NAME_WORD})\b[^.!?\n]{{0,120}}?\b(?i:he|she)(?:['’]s|\s+is)\s+"
                                   rf"({NUMBER_WORDS}|\d{{1,2}}){NOT_AN_AGE_AFTER}")
# "Madi is 9 now", "Cai is only six": an age said of a name as the sentence's subject; not a span of time or a weight
# ("Cerys is 9 weeks pregnant", "Rhys is 10 minutes away", "Dai is 3 points clear").
NAME_IS_AGE = re.compile(rf"(?:^|(?<=[.!?][ \t])|(?<=\n)|(?<=, )|(?<= and ))({NAME_WORD})\s+is\s+(?:only\s+|just\s+|now\s+)?"
                         rf"({NUMBER_WORDS}|\d{{1,2}}){NOT_AN_AGE_AFTER}(?!\s*(?:weeks|months|days|hours|stone|st|lbs?|kg|out\s+of|of|x|-|–|/)\b)")
NAME_IS_AGE_TRIGGER = re.compile(rf"\bis\s+(?:only\s+|just\s+|now\s+)?(?:{NUMBER_WORDS}|\d)")
WELSH_AGE_SAID_TRIGGER = re.compile(r"sy['’]n ")
AGE_SAID_TRIGGER = re.compile(rf"\bwho(?:['’]s| is)\s+(?:only\s+|just\s+)?(?:{NUMBER_WORDS}|\d)|\b(?:he|she)(?:['’]s|\s+is)\s+(?:{NUMBER_WORDS}|\d)")


@cache
def _welsh_name_who_is_age() -> re.Pattern[str]:
    """Welsh "Macsen, sy'n wyth" (Macsen, who is eight), "Nel, sy'n 5 oed": the name and the age, groups 1 and 2."""
    ages = alternation(cues("kinship")["welsh_child_ages"])
    # Not "Maisie, sy'n 6 wythnos nesa" (who turns 6 next week: a customer's child, said of when) nor other counts.
    return re.compile(rf"({NAME_WORD}),?\s+sy['’]n\s+((?i:{ages})|\d{{1,2}})(?:\s+oed)?(?![\w'’]|\s+(?i:wythnos|mis|diwrnod|awr|munud|milltir))")


@cache
def _child_words_of_kin() -> frozenset[str]:
    """The child nouns of data/kinship.json, with their step- and grand- forms."""
    nouns = set(cues("kinship")["child_nouns"])
    return frozenset(nouns | {f"{prefix}{noun}" for noun in nouns for prefix in ("step", "grand")})


SENTENCE_OPENS = re.compile(r"(?:^|\n|[.!?]\s+)[ \t]*$")


@cache
def _school_run() -> re.Pattern[str]:
    verbs = "|".join(re.escape(v) for v in sorted(cues("kinship")["school_run_verbs"], key=len, reverse=True))
    return re.compile(rf"(?<![\w])(?i:{verbs})[ \t]+(?=[{UPPER}])")


@cache
def _school_run_trigger() -> re.Pattern[str]:
    return re.compile(alternation([v.lower() for v in cues("kinship")["school_run_verbs"]]))


@cache
def _parent_roles() -> frozenset[str]:
    return frozenset(w.lower() for w in cues("kinship")["parent_roles"])


@cache
def _pet_parent() -> re.Pattern[str]:
    """A pet word right before a parent role: "dog mum", "#catmam" (data/kinship.json pets)."""
    return re.compile(rf"(?<![\w])(?:{alternation(cues('kinship')['pets'])})[ \t-]?$")


@cache
def _age_nouns() -> frozenset[str]:
    return frozenset(cues("kinship")["age_nouns"])


@cache
def _own_child_nouns() -> frozenset[str]:
    return frozenset(cues("kinship")["own_child_nouns"])


@cache
def _sibling_for() -> re.Pattern[str]:
    phrases = alternation(cues("kinship")["sibling_for"])
    return re.compile(rf"(?i:\b(?:{phrases}))\s+({NAME_WORD})")


@cache
def _birth_phrases() -> re.Pattern[str]:
    return re.compile(rf"(?i:\b(?:{alternation(cues('kinship')['birth_phrases'])}))[ \t]+({NAME_WORD})")


@cache
def _birth_trigger() -> re.Pattern[str]:
    return re.compile(alternation([phrase.lower() for phrase in cues("kinship")["birth_phrases"]]))


@cache
def _counts_not_ages() -> frozenset[str]:
    return frozenset(cues("kinship")["counts_not_ages"])


@cache
def _pet_words() -> frozenset[str]:
    return frozenset(w for w in cues("kinship")["pets"] if " " not in w)


# The pronoun Welsh repeats after a possessed noun ("fy mab i", "ein plant ni", "ei merch hi"), before the names.
WELSH_PRONOUN_AFTER_NOUN = re.compile(r"[ \t]+(?:i|ni|hi|e|o|fe|fo|nhw)(?=[ \t]*,[ \t]*[A-Z]|[ \t]+[A-Z])")


def _kinship_word_before(text: str, start: int) -> bool:
    """A kinship word among the words just before `start`: "mam Efa (Bl 2)", "little girl, Nansi (5)"."""
    return any(w in _kinship_words() for w in re.findall(r"\w+", text[max(0, start - 60) : start].lower()))


ANIMAL_PAGE_WORDS = 3  # pet words on a page that is about animals as much as people


def _animals_spoken_of(text: str, start: int) -> bool:
    """A pet word in the sentence at `start`, or a page that speaks of animals throughout: an age said of a bare name
    there may be a dog's ("Mabli is 4 and has decided she is basically a Grade 7 dog now")."""
    _, sentence = sentence_around(text, start, start)
    return bool(pet_words().search(fold(sentence))) or _a_page_about_animals(text)


@lru_cache(maxsize=8)
def _a_page_about_animals(text: str) -> bool:
    """Read once per page, not once per name an age is said of."""
    return len(pet_words().findall(lowered(text))) >= ANIMAL_PAGE_WORDS


def _pet_before(text: str, start: int) -> bool:
    return bool(pet_words().search(fold(text[max(0, start - 30) : start])))


def find_children(document: Document, subject: Subject) -> list[Detection]:
    """The person's children's names: those a kinship cue binds (children_by_cues) and those the learned
    model (detect/children_model.py) reads as their children from how the page uses the name."""
    text = document.text
    found = children_by_cues(document, subject)
    model = children_model()
    named = candidates(document, subject)
    probabilities = judged_as_lists({fold(c.name): model.probability(c.features) for c in named}, listed_together(text),
                                    named_apart_from_lists(text, named))
    for candidate in named:
        if candidate.name in found or probabilities[fold(candidate.name)] < model.threshold:
            continue
        # The model has read whose post each mention stands in and who is named around it; named only in
        # other people's posts and comments, or right after someone else's name with 's, it is theirs.
        own_mentions = [span for span in candidate.positions if not written_by_someone_else(document, span[0], subject)]
        start, end = (own_mentions or list(candidate.positions))[0]
        line_start = text.rfind("\n", 0, start) + 1
        owner = None if own_mentions and possessor_named_before(text[line_start:start], owner_words(subject)) is not False else False
        if owner is None and _childs_word_before(text, start) and _possessor_cued(document, subject, start) is False:
            owner = False  # the model saw a child; "whose eldest", "his daughter" before it say whose (not "her little brother")
        found[candidate.name] = Detection(kind="child", value=candidate.name, evidence=excerpt(text, start, end),
                                          source_id=document.source_id, match=candidate.name, owner=owner)
    # A sibling of a child the model found: "our Efa ... wants a big chair like her brother Tomos".
    for match, child in _siblings_named(text, found):
        if match.group(1) not in found and is_given_name(match.group(1)) and not inside_longer_name(text, match.start(1)):
            found[match.group(1)] = Detection(kind="child", value=match.group(1), evidence=excerpt(text, match.start(), match.end()),
                                              source_id=document.source_id, match=match.group(1), owner=child.owner)
    # "me, my husband Aled, our two little helpers ...", "wife to Rich": a name the page gives a partner is no child's.
    partners = _partner_names(text)
    found = {name: d for name, d in found.items() if fold(d.value) not in partners}
    # "Nan still makes me a cuppa", "asked if Nanna was going to heaven": a parent's or grandparent's title, not a child's name
    children = [d for d in found.values() if fold(d.value) not in _parent_roles() and not short_for_the_person(d.value, subject)
                and (is_given_name(d.value) or _used_as_a_name(text, d.value))]
    if not words_of(text).isdisjoint(_pet_words()):  # no pet on the page: nobody to mistake for one
        pets = _listed_after_a_pet_word(text)  # "mam to two spaniels (Bella and Alfie)": every name of the list
        children = [d for d in children if fold(d.value) not in pets and not named_as_pet(text, d.value)]
    _last_children[:] = [(document, subject, frozenset(fold(d.value) for d in children if d.owner is not False))]
    return children


UNLISTED_NAME_USES = 2


def _used_as_a_name(text: str, word: str) -> bool:
    """A word no names list holds, bound to a child word by the cues, is a name only as the page uses one: with an
    age or a school year after it ("Kofi (7)", "Zayn, 9"), listed with given names, or written again with a capital
    inside a sentence. "my son\" For nine years", "Parent & Child Keyrings", "my little Corsa", "Kids' Club" are not."""
    if fold(word) in child_words() | relation_words():
        return False  # "Mills & Sons", "Plant / Children's": a kinship word is no one's name
    escaped = re.escape(word)
    if re.search(rf"(?<![\w'’-]){escaped}(?:['’]s)?\s*(?:\(\s*(?:\d{{1,2}}\b|(?i:aged?\s*)\d{{1,2}}\b(?!\+)|(?i:year|blwyddyn|our|my)\b)|,\s*\d{{1,2}}\b)", text):
        return True  # "Kofi (7)", "Arjan (Year 6)", "Macs (our youngest, 5)"
    for beside in re.finditer(rf"({NAME_WORD})\s*(?:,|&|and|a|ac)\s+{escaped}(?![\w'’-])|(?<![\w'’-]){escaped}\s*(?:,|&|and|a|ac)\s+({NAME_WORD})", text):
        if is_given_name(beside.group(1) or beside.group(2)):
            return True  # "mam to Hari, Lleucu and baby Tesni": listed with names
    return len(re.findall(rf"(?<=[\w,;] ){escaped}(?![\w'’-])", text)) >= UNLISTED_NAME_USES


def _titled(text: str, start: int) -> bool:
    """A title ("Mr", "Mrs", "Dr", "Cllr") stands right before `start`."""
    before = re.findall(r"[\w.]+", text[max(0, start - 12) : start])
    return bool(before) and before[-1].rstrip(".").lower() in TITLES and text[start - 1 : start].isspace()


PET_LIST_LEAD = re.compile(r"[ \t]*[(:,–-]?[ \t]*$")
PET_LIST_REACH = 25


@cache
def _pet_word_at_end() -> re.Pattern[str]:
    return re.compile(rf"(?:{pet_words().pattern})$")


def _listed_after_a_pet_word(text: str) -> frozenset[str]:
    """The names (folded) of each list that follows a pet word straight on ("two spaniels (Bella and Alfie)",
    "the cats: Tom & Mog")."""
    pets: set[str] = set()
    for match in LISTED.finditer(text):
        before = fold(text[max(0, match.start() - PET_LIST_REACH) : match.start()])
        if (lead := PET_LIST_LEAD.search(before)) and _pet_word_at_end().search(before[: lead.start()]):
            pets |= {fold(w) for w in re.findall(NAME_WORD, match.group(0))}
    return frozenset(pets)


def _child_owner(document: Document, subject: Subject, start: int) -> bool | None:
    """Whose child the name at `start` is: the page's say, unless a possessor is named right before it."""
    parent = NAMED_PARENT.search(document.text, max(0, start - NAMED_PARENT_REACH), start)
    if parent and parent.end() == start and is_given_name(parent.group(1)):
        return fold(parent.group(1)) in owner_words(subject)  # "Kelly's daughter Ruby (7)", whatever else the page says of Ruby
    owner = owner_in_page(document, start, subject, relatives_are_others=False)
    possessor = _possessor_cued(document, subject, start)
    if possessor is not None and (owner is not False or (possessor and not written_by_someone_else(document, start, subject))):
        owner = possessor  # "her son Osian" after the person is named: theirs, even in a box the page gives to no one
    return owner


def _childs_word_before(text: str, start: int) -> bool:
    return any(fold(word) in child_words() for word in re.findall(r"[\w'’-]+", text[max(0, start - 25) : start])[-3:])


def _possessor_cued(document: Document, subject: Subject, start: int) -> bool | None:
    """Whose child the name at `start` is said to be by the words right before it: "his boy Rhys", "Gemma
    Hurley (mum to Riley)", "Gwen Parry, whose eldest, Tirion": the child of whoever was last named."""
    if not (cue := SOMEONES_CHILD.search(document.text, max(0, start - 40), start)):
        return None
    possessor = None
    # "whose" points back to the name just before it even in an article about the person
    whose = cue.group(0)[:5].lower() == "whose"
    if THIRD_PERSON_CUE.match(cue.group(0)):
        if whose or not page_names_person(document, subject):
            possessor = last_named_before(document.text, cue.start(), subject, people_only=True)  # "Leanne started ... Her twins, Macy and Ffion"
        else:
            # Even in a story about the person, "her" right after someone named in its own sentence is theirs:
            # "Went with my friend Llinos and her two boys, Twm and Deio".
            offset, _ = sentence_around(document.text, cue.start(), cue.start())
            offset = max(offset, document.text.rfind(";", offset, cue.start()) + 1)  # not "..., Dafydd; and her grandchildren"
            possessor = last_named_before(document.text[offset:], cue.start() - offset, subject)
    if possessor is False and PLURAL_POSSESSIVE.match(cue.group(0)) and _person_named_in_paragraph_before(document.text, cue.start(), subject):
        # "Gareth ... with Karen, has been a foster carer ... Between the two of them and their own daughter, Mali": "their"
        # is a couple or a household, and the person is one of it even when the partner was named last.
        possessor = True
    if possessor is None:
        possessor = possessor_before(document.text, cue.start(), subject, role=not THIRD_PERSON_CUE.match(cue.group(0)))
    return possessor


PLURAL_POSSESSIVE = re.compile(r"(?i:their|eu)\b")
HOUSEHOLD_REACH = 300


def _person_named_in_paragraph_before(text: str, position: int, subject: Subject) -> bool:
    """The person's name stands earlier in the same paragraph, within reach."""
    begin = max(text.rfind("\n", 0, position) + 1, position - HOUSEHOLD_REACH)
    mine = owner_words(subject)
    return any(fold(POSSESSIVE_S.sub("", word)) in mine for word in NAME_WORDS_IN.findall(text, begin, position))


NAME_WORDS_IN = re.compile(NAME_WORD)


THIRD_PERSON_CUE = re.compile(r"(?i:his|her|their|whose|ei|eu|[aâoi]['’]i)\b")  # Welsh "ei merch", "â'i merch Seren", "eu mab"
SIBLING_NAMED = re.compile(rf"\b(?:(?i:his|her|their)\s+(?:(?i:little|big|baby|younger|older|twin|kid)\s+)?(?i:brother|sister)"
                           rf"|(?i:ei|eu|a['’]i)\s+(?i:brawd|frawd|chwaer|llysfrawd|llyschwaer|efaill|gefaill)(?:\s+(?i:bach|fach|mawr|fawr|hŷn|iau))?)"
                           rf"[ \t,]+({NAME_WORD})")  # Welsh "ei brawd bach, Ianto", "a'i chwaer Lili"
SIBLING_NAMED_TRIGGER = re.compile(r"brother|sister|brawd|chwaer|efaill")
LAST_NAME_WORD = re.compile(rf"({NAME_WORD})[^.!?\n]*$")
SIBLING_REACH = 120


def _fills_its_line(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return not text[line_start:start].strip() and not text[end : len(text) if line_end == -1 else line_end].strip()


ENTRANT_LIST_SIZE = 6  # more children named with ages than one family has, "mum of five" and all


def _not_a_child_of_theirs_before(text: str, start: int) -> bool:
    """The word before a name, past fillers ("our little"), says the child is not the writer's: "niece", "cousin", "pupil"."""
    for word in reversed(re.findall(r"[\w'’-]+", text[max(0, start - 40) : start])):
        folded = POSSESSIVE_S.sub("", fold(word))
        if folded not in kinship_set("fillers"):
            return folded in kinship_set("not_children")
    return False


@cache
def _welsh_child_of() -> re.Pattern[str]:
    """A name, then a Welsh child word and the parent's name: "Cian, llysfab Dai" (data/kinship.json welsh_child_of)."""
    return re.compile(rf"({NAME_WORD})(?:[ \t]+(?:bach|fach))?,[ \t]+(?i:{alternation(cues('kinship')['welsh_child_of'])})[ \t]+({NAME_WORD})")


@cache
def _welsh_child_of_trigger() -> re.Pattern[str]:
    return re.compile(rf", (?:{alternation(cues('kinship')['welsh_child_of'])}) ")


def _siblings_named(text: str, found: dict[str, Detection]) -> list[tuple[re.Match[str], Detection]]:
    """Each "her brother Tomos", "ei chwaer Lili" whose "her" or "ei" is a child in `found` not known as someone else's,
    with that child."""
    siblings = []
    for match in finditer_near(SIBLING_NAMED, text, SIBLING_NAMED_TRIGGER, before=30, after=40):
        named = LAST_NAME_WORD.search(text, max(0, match.start() - SIBLING_REACH), match.start())
        child = found.get(POSSESSIVE_S.sub("", named.group(1))) if named else None
        if child is None and (last := last_given_name_before(text, match.start(), SIBLING_REACH)):
            child = found.get(last)  # "... for Ffion, who danced on a sprained ankle. Da iawn, cariad. Her little brother Cian (7)"
        if child is not None and child.owner is not False:
            siblings.append((match, child))
    return siblings


def children_by_cues(document: Document, subject: Subject) -> dict[str, Detection]:
    """Names a kinship cue binds to the person ("mam to Ela & Twm", "our youngest, Mali (6)"), keyed by name."""
    text = document.text
    own_first_names = {n.split()[0] for n in subject.names if n.split()}
    own_first_folded = {fold(n) for n in own_first_names}
    found: dict[str, Detection] = {}

    def add(name: str, start: int, end: int, *, whose: bool | None = None) -> None:
        """`whose` when the pattern itself says whose child it is ("Rhian's daughter Seren"); otherwise the page decides."""
        name = name.removesuffix("'s").removesuffix("’s")
        if name in NOT_NAMES or name in own_first_names or (name in found and found[name].owner is True):
            return  # already known to be theirs: nothing a second sighting could change
        if whose is not None:
            keep_most_owned(found, Detection(kind="child", value=name, evidence=excerpt(text, start, end), source_id=document.source_id,
                                             match=name, owner=whose))
            return
        keep_most_owned(found, Detection(kind="child", value=name, evidence=excerpt(text, start, end), source_id=document.source_id,
                                         match=name, owner=_child_owner(document, subject, start)))

    before_noun, after_role = _kinship_cues()
    trigger = _kinship_trigger(text)
    roles = _parent_roles()
    lower = lowered(text)
    for cue in trigger.finditer(lower) if trigger is not None else ():
        if (cue.start() > 0 and lower[cue.start() - 1].isalnum() and not lower.endswith("proud", 0, cue.start())
                and not cue.group(0).startswith("-")):
            continue  # inside a word ("summary" is not "mum"), unless "#proudmum"
        preceded = None
        if cue.group(0) in roles and _pet_parent().search(lower, max(0, cue.start() - 12), cue.start()):
            continue  # "dog mum to Luna & Bruno", "#catmam": a pet's owner
        if cue.group(0) in roles:
            link = after_role.match(text, cue.end())
            names_start = link.end() if link else -1
        else:
            preceded = before_noun.search(text, max(0, cue.start() - 60), cue.start())
            if cue.group(0) in _age_nouns() and not (preceded and preceded.group("age")):
                continue  # "year old" names a child only after a child's age: "my 8 year old", not "a 71 year old"
            own_noun = cue.group(0) in _own_child_nouns() and text[cue.start() : cue.end()].isupper()  # "DD (Nel, 7)"
            own_noun = own_noun or cue.group(0) in kinship_set("welsh_little_one")  # "Roedd y bychan, Llew, yn cysgu"
            # "Stepdaughter Seren did the signwriting": a child noun said only of people opening the writer's sentence.
            own_noun = own_noun or (cue.group(0) in kinship_set("said_only_of_people") and cue.group(0) in _child_words_of_kin()
                                    and text[cue.start()].isupper() and not cue.group(0).endswith(("s", "ren"))
                                    and text[cue.end() : cue.end() + 1] == " "  # not a family list's "Daughter" / "Carys Jenkins"
                                    and SENTENCE_OPENS.search(text, max(0, cue.start() - 3), cue.start()) is not None)
            names_start = cue.end() if (preceded or own_noun) and not IN_LAW.match(text, cue.end()) else -1
            if names_start >= 0 and (pronoun := WELSH_PRONOUN_AFTER_NOUN.match(text, names_start)):
                names_start = pronoun.end()  # Welsh says whose again after the noun: "fy merch i, Elan", "ein mab ni Osian"
            if preceded is None and (label := FIELD_LABEL.match(text, cue.end())) and not text[text.rfind("\n", 0, cue.start()) + 1 : cue.start()].strip():
                names_start = label.end()  # a profile field: "Kids: Ela, 9; Osian, 6"
        if names_start >= 0:
            names = read_names(text, names_start)
            # Said after the name: "Twm, my youngest, turned 6", "Ela (our eldest)"; not the parent before "whose": "Mr
            # Lloyd, whose own children attend ...".
            after_a_name = preceded is not None and not preceded.group(0).lower().startswith("whose")
            before = APPOSITIVE.search(text, max(0, preceded.start() - 40), preceded.start()) if not names and preceded and after_a_name else None
            if before is None and not names and preceded and WELSH_OWN.match(text, preceded.start()):
                before = WELSH_APPOSITIVE.search(text, max(0, preceded.start() - 40), preceded.start())
                before = before if before and is_given_name(before.group(1)) else None  # not a verb: "Mae fy merch ..."
            if before and preceded and _looks_like_name(before.group(1)) and not inside_longer_name(text, before.start(1)):
                # Judged at the name and where the kinship word is said ("Mia" / "- my daughter" is the writer's
                # "my"), keeping the more clearly the person's.
                add(before.group(1), before.start(1), before.end(1))
                add(before.group(1), preceded.end(), preceded.end() + len(before.group(1)))
                continue
            # One cue's names share one verdict, the first's: "Kenneth Rees-Morgan, a wonderful grandad to Cerys,
            # Dylan and Lily" are all his grandchildren, though only Cerys stands right after "grandad to".
            # Theirs when the first is the person's, though the later ones have a name before them ("Mum to Tomos 🌊 & Lili").
            theirs = _child_owner(document, subject, names[0][1]) if names else None
            for name, position in names:
                add(name, position, position + len(name), whose=theirs)  # from the name, so "my son" counts as who is speaking
    named_with_ages = list(finditer_near(NAME_WITH_AGE, text, AGE_TRIGGER, before=40, after=12))
    # Pupils are named with their school years in newsletters and results too: a school year makes a name the person's
    # child only after a kinship word or in a post the person wrote.
    for match in finditer_near(NAME_WITH_SCHOOL_YEAR, text, BRACKETED_YEAR_TRIGGER, before=40, after=20):
        name = match.group(1)
        if not is_given_name(name) or inside_longer_name(text, match.start()) or _pet_before(text, match.start()):
            continue
        kin_before = _kinship_word_before(text, match.start())
        post = post_around(document, match.start())
        if kin_before or (post is not None and post_author_is_subject(document, post[2], subject)):
            add(name, match.start(), match.end(), whose=False if _not_a_child_of_theirs_before(text, match.start()) else None)
    # A page naming many children with their ages lists entrants, a class or a cast ("🥇 Efa-Grace (5), Llanbedr 14",
    # "Biggest crab: Noah (10)"): there only a kinship word before a name makes it the person's child.
    entrants = len({match.group(1) or match.group(3) for match in named_with_ages}) >= ENTRANT_LIST_SIZE
    for match in named_with_ages:
        name = match.group(1) or match.group(3)
        # "Photos (3)", "Los Angeles (13)": counts follow nouns and longer names too. A child's age
        # follows a given name standing on its own.
        kin_before = _kinship_word_before(text, match.start())
        if entrants and not kin_before:
            continue
        if not (is_given_name(name) or kin_before) or inside_longer_name(text, match.start()):
            continue  # a name our list lacks still counts after a kinship word: "little girl, Nansi (5)"
        if not is_given_name(name) and _fills_its_line(text, match.start(), match.end()):
            continue  # "Comments (5)", "Sylwadau (4)" over the comments: a heading with its count
        if not _counts_not_ages().isdisjoint(re.findall(r"\w+", lower[max(0, match.start() - 40) : match.start()])):
            continue  # "Goals from Osian (2), Rhys": a tally in a match report
        if (match.group(2) is None or int(match.group(2)) < 18) and not _pet_before(text, match.start()):
            # "Our niece Ella (3)", "my friend's little boy's cousin Jac (7)": a child, but the word before says not the person's
            add(name, match.start(), match.end(), whose=False if _not_a_child_of_theirs_before(text, match.start()) else None)
    for match in finditer_near(NAMES_WITH_AGES, text, AGES_TRIGGER, before=5, after=60):
        for name, age in re.findall(rf"({NAME_WORD})\s*,?\s*(\d{{1,2}})", match.group(1)):
            if int(age) < 18 and _looks_like_name(name):
                add(name, match.start(), match.end())
    # Welsh says whose child someone is with the parent's name after the child word: "Cian, llysfab Dai a mascot y tîm"
    # (Dai's stepson), "Nedw bach, mab Gethin y bachwr" (Gethin's son).
    for match in finditer_near(_welsh_child_of(), text, _welsh_child_of_trigger(), before=40, after=30):
        name, parent = match.group(1), POSSESSIVE_S.sub("", match.group(2))
        if not is_given_name(name):
            continue
        if fold(parent) in owner_words(subject) or is_the_persons_given_name(parent, subject):
            add(name, match.start(1), match.end(1), whose=True)
        elif is_given_name(parent):
            add(name, match.start(1), match.end(1), whose=False)
    for match in finditer_near(_introduced_as_parent(), text, _introduced_as_parent_trigger(), before=60, after=10):
        said_by_writer = match.group("here") is not None and (match.group("opening") is not None or "(" in match.group("here"))
        if match.group("intro") is None and not said_by_writer:
            continue  # "Tomos's dad drove the minibus", "saw Tomos's dad here": someone else's parent, said of them
        for listed in NAME_WORDS_IN.finditer(match.group("names")):
            if is_given_name(listed.group(0)) and listed.group(0) not in NOT_NAMES:
                at = match.start("names") + listed.start()
                add(listed.group(0), at, at + len(listed.group(0)))  # whose as the page says who is writing there
    for match in finditer_near(_welsh_the_child(), text, _welsh_the_child_trigger(), before=40, after=10):
        if is_given_name(match.group(1)) and not inside_longer_name(text, match.start(1)):
            add(match.group(1), match.start(1), match.end(1))  # "Daeth Gruff, y mab, gyda fi": whose as the page says
    for match in finditer_near(NAME_AGED, text, AGED_TRIGGER, before=40, after=10):
        if int(match.group(2)) < 18 and _looks_like_name(match.group(1)) and not _pet_before(text, match.start()):
            add(match.group(1), match.start(), match.end())
    for pattern, trigger in ((NAME_WHO_IS_AGE, AGE_SAID_TRIGGER), (NAME_THEN_PRONOUN_AGE, AGE_SAID_TRIGGER),
                             (_welsh_name_who_is_age(), WELSH_AGE_SAID_TRIGGER), (NAME_IS_AGE, NAME_IS_AGE_TRIGGER)):
        for match in finditer_near(pattern, text, trigger, before=140, after=20):
            age = match.group(2)
            if age.isdigit() and int(age) >= 18:
                continue  # "Rhodri, who's 40 this week": not a child
            name, at = match.group(1), match.start(1)
            if (not is_given_name(name) or name in NOT_NAMES or inside_longer_name(text, at) or _pet_before(text, match.start())
                    or _not_a_child_of_theirs_before(text, at)):
                continue
            if pattern is NAME_IS_AGE and _animals_spoken_of(text, at):
                continue  # "Bella is 8 now and she's got worse every year" in a fireworks thread on a pets forum
            # A weak cue: it adds a child the page leaves theirs, and leaves one it gives to someone else to the model.
            if (theirs := _child_owner(document, subject, at)) is not False:
                add(name, at, match.end(1), whose=theirs)
    for match in finditer_near(COUNTED_CHILDREN, text, COUNTED_TRIGGER, before=20, after=80):
        whose = re.match(r"([A-Z][a-z]+)['’]s", match.group(0))
        if whose and fold(whose.group(1)) not in own_first_folded:
            continue  # "Sarah's own two, Elan and Gruff": another parent's
        for name, position in read_names(text, match.start(1)):  # "Macsen (9) and the twins, Efa and Jac (5)"
            if is_given_name(name):  # "mam of two, Aberdare born and bred": a place, not a child
                add(name, match.start(1), position + len(name))  # from the names, so "my two" counts as who is speaking
    for match in finditer_near(_school_run(), text, _school_run_trigger(), before=5, after=120):
        for name, position in read_names(text, match.end()):
            if is_given_name(name) and SCHOOL_RUN_PLACE.search(text, position, min(len(text), position + 80)):
                add(name, position, position + len(name))
    for match in finditer_near(NAMED_PARENT, text, NAMED_PARENT_TRIGGER, before=40, after=60):
        # "Rhian's daughter Seren": the child of whoever is named, the person or someone else; "Mr Pryce's daughter
        # Elin, 10" in a report about Gareth Pryce is his (a surname only with a title before it: families share them).
        theirs = fold(match.group(1)) in own_first_folded or (
            fold(match.group(1)) in person_surnames(subject) and _titled(text, match.start()))
        for name, position in read_names(text, match.end()):
            if is_given_name(name):
                add(name, match.start(), position + len(name), whose=theirs)
    for match in finditer_near(NAME_THEN_NAMED_PARENT, text, NAME_THEN_NAMED_PARENT_TRIGGER, before=40, after=40):
        # "Kian (Jay's stepson, 10)": the person's child named first, the person named in the brackets after it. Another
        # parent named there decides nothing ("my bonus girl, Kayla – Dean's daughter": her stepdaughter still).
        if is_given_name(match.group(1)) and fold(match.group(2)) in own_first_folded:
            add(match.group(1), match.start(1), match.end(1), whose=True)
    for match in finditer_near(NAMES_THEN_KIN_IN_BRACKETS, text, KIN_IN_BRACKETS_TRIGGER, before=40, after=60):
        for group in (1, 2):
            # Not a surname ("Osian Lewis (mab ...)") nor a word of a longer name ("Powys County Council (children's team)").
            if match.group(group) and is_given_name(match.group(group)) and not inside_longer_name(text, match.start(group)):
                add(match.group(group), match.start(group), match.end(group))
    for match in finditer_near(NAMES_AGES_SAID, text, NAMES_AGES_TRIGGER, before=40, after=60):
        # "Maisie's eight and Jac's five": ages said after the names, the way parents talk.
        for name in re.findall(rf"({NAME_WORD})['’]s\s+", match.group(0)):
            if _looks_like_name(name):
                add(name, match.start(), match.end())
    for match in finditer_near(CHILD_OF_NAMED, text, CHILD_OF_TRIGGER, before=60, after=40):
        # Welsh "Gruffudd, mab hynaf Manon a Dylan Parry": the child of the parent named after.
        add(match.group(1), match.start(), match.end(), whose=fold(match.group(2)) in own_first_folded)
    for match in finditer_near(_sibling_for(), text, SIBLING_TRIGGER, before=20, after=40):
        # "A beautiful little sister for Harri": the family's other child, when the notice is the person's own
        # (said in the first person, or the page's title names them); a page of notices holds other families'.
        if owner_in_page(document, match.start(), subject) is True or page_names_person(document, subject):
            add(match.group(1), match.start(), match.end())
    for match in finditer_near(_birth_phrases(), text, _birth_trigger(), before=30, after=40):
        # "after four years off having Cerys": the child the person had
        if is_given_name(match.group(1)) and match.group(1) not in NOT_NAMES:
            add(match.group(1), match.start(), match.end())
    for match in finditer_near(WELSH_OWN_NAME, text, WELSH_OWN_TRIGGER, before=30, after=10):
        name = match.group(1) or match.group(2)
        if match.group(2) and name in cues("kinship")["welsh_verbs_like_names"]:
            continue  # "Dan ni'n chwilio am altos": "we're looking for altos", no child
        if is_given_name(name) and name not in NOT_NAMES and not _pet_before(text, match.start()):
            add(name, match.start(), match.end())
    for match in finditer_near(POSSESSIVE_AGE, text, POSSESSIVE_AGE_TRIGGER, before=80, after=10):
        if is_given_name(match.group(1)) and int(match.group(2)) < 18:
            add(match.group(1), match.start(), match.end())
    for pattern, trigger in ((SCHOOL_YEAR, SCHOOL_YEAR_TRIGGER), (CLASS_START, CLASS_START_TRIGGER),
                             (FAMILY_LIST_ENTRY, FAMILY_TRIGGER), (WELCOMED, WELCOME_TRIGGER), (FIRST_DAY_FOR, FIRST_DAY_TRIGGER)):
        for match in finditer_near(pattern, text, trigger, before=60, after=40):
            add(match.group(1), match.start(), match.end())
    # "Efa's in Year 4 there now, and she and her little brother Gethin (4) ...": a brother or sister of one of
    # the person's children is theirs too, though "her" points back to someone other than the person.
    for match, child in _siblings_named(text, found):
        sibling = found.get(match.group(1))
        if sibling is None and is_given_name(match.group(1)):
            # "our eldest, Siôn, ... His little sister Gwen is still convinced": named only as one of theirs' sibling
            add(match.group(1), match.start(), match.end(), whose=child.owner)
        elif sibling is not None and sibling.owner is False:
            found[match.group(1)] = replace(sibling, owner=child.owner)
    seen_sentences: set[int] = set()
    for context in TODDLER_CONTEXT.finditer(lower):
        offset, sentence = sentence_around(text, context.start(), context.end())
        if offset in seen_sentences:
            continue
        seen_sentences.add(offset)
        for match in WITH_NAMES.finditer(sentence):
            if LONGER_NAME_AFTER.match(sentence, match.end()):
                continue  # "with Betsi Cadwaladr University Health Board": an organisation's name
            for name in _names_in(match.group(1)):
                add(name, offset + match.start(), offset + match.end())
    return found


LONGER_NAME_AFTER = re.compile(rf"[ \t]+[{UPPER}]")


@cache
def _partner_pattern() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in sorted(terms()["partner_words"], key=len, reverse=True))
    return re.compile(rf"\b(?:my|our|her|his|fy)\s+(?:{words})\s*,?\s+({NAME_WORD})", re.IGNORECASE)


@cache
def _partner_of() -> re.Pattern[str]:
    """A partner word and its link before a name, as a bio says it: "wife to Rich", "husband of Dai", "gwraig i Huw";
    the name is group 1, or group 2 when the partner word follows it in brackets."""
    words = alternation(terms()["partner_words"])
    # ... or in brackets after the name: "Rob Jenkins (the husband)", "Dai (my other half)".
    return re.compile(rf"\b(?:{words})[ \t]+(?:to|of|i)[ \t]+({NAME_WORD})"
                      rf"|({NAME_WORD})(?:[ \t]+{NAME_WORD})?[ \t]*\((?:(?:the|my|her|his)[ \t]+)?(?:{words})\)", re.IGNORECASE)


def _partner_names(text: str) -> frozenset[str]:
    """The given names the page binds to a partner word, whoever's partner they are."""
    names = (match.group(1) or match.group(2) for pattern in (_partner_pattern(), _partner_of())
             for match in finditer_near(pattern, text, PARTNER_TRIGGER, before=40, after=60))
    return frozenset(fold(name) for name in names if name[:1].isupper() and is_given_name(name))


def find_partners(document: Document, subject: Subject) -> list[Detection]:
    found: dict[str, Detection] = {}
    for match in finditer_near(_partner_pattern(), document.text, PARTNER_TRIGGER, before=20, after=60):
        name = match.group(1)
        if not name[:1].isupper() or name in NOT_NAMES:
            continue
        owner = owner_in_page(document, match.start(1), subject, relatives_are_others=False)
        keep_most_owned(found, Detection(kind="partner", value=name, evidence=excerpt(document.text, match.start(), match.end()),
                                         source_id=document.source_id, match=name, owner=owner))
    return list(found.values())


# Lower-case words that belong inside Welsh and English school names ("Nant yr Hebog", "Maes yr Onnen").
PARTICLES = r"(?:y|yr|ar|a|o|'r|’r|of|the|and|de|St\.?)"
WELSH_PARTICLES = r"(?:[yY]|[yY]r|'r|’r|ar|o)"  # "Ysgol Gymraeg Y Ddôl" capitalises its article
# A capitalised word, hyphenated Welsh place names too ("Ynys-y-Cwm", "Cwm-parc").
SCHOOL_NAME_PART = rf"(?:[{UPPER}][{LOWER}'’]+(?:-[{UPPER}{LOWER}][{LOWER}'’]*)*|[{UPPER}]{{2,}})"
# A Welsh school's name ends at a possessive: what follows is the school's ("Ysgol Rhos Helyg’s coffee morning").
WELSH_NAME_POSSESSED = re.compile(r"(?:'s|’s)(?:\s.*)?$")
CAPITALS_AT_END = re.compile(rf"[ \t]+[{UPPER}]{{2,}}$")
WORD_AFTER_IS_LOWER = re.compile(rf"[ \t]+[{LOWER}]")
NOT_SCHOOLS = {"ysgol sul", "ysgol haf", "sunday school", "summer school", "high school musical"}


@cache
def _school_pattern() -> re.Pattern[str]:
    suffixes = "|".join(re.escape(s) for s in sorted(terms()["school_suffixes"], key=len, reverse=True))
    # Words of one name stand on one line: a menu or heading above it is not part of it.
    english = rf"((?:{SCHOOL_NAME_PART}[ \t]+)(?:(?:{SCHOOL_NAME_PART}|{PARTICLES})[ \t]+){{0,5}}(?i:{suffixes}))"
    # Welsh names start with the kind of school, capitalised as a proper noun: "Ysgol Gynradd Gymraeg Nant yr Hebog",
    # or with its initials: "YGG Tir y Dderwen" (Ysgol Gymraeg Gynradd), "YG Bryn Onnen" (Ysgol Gymraeg or Gyfun).
    welsh = (rf"((?:Ysgol|Meithrinfa|Cylch Meithrin|YGG|YG)(?:[ \t]+(?:Gynradd|Gyfun|Feithrin|Gymraeg|Uwchradd|Babanod|Iau|Arbennig))*"
             rf"(?:[ \t]+(?:{SCHOOL_NAME_PART}|{WELSH_PARTICLES}(?=[ \t]+[{UPPER}]))){{1,5}})")
    return re.compile(rf"{english}|{welsh}")


LEADING_WORDS = re.compile(r"^(?:(?:At|In|To|From|Our|My|The|Y|Yr|Welcome|Croeso|Friends|Ffrindiau|Outside|Inside|After|Before|"
                           r"During|Near|Every|This|That|Their|Her|His|Your|Its|Local|Big|New|Next|Last)\s+(?:of\s+|i\s+)?)+")


SCHOOL_TRIGGER = re.compile(r"school|nursery|playgroup|club|ysgol|meithrin|cylch|primary|infants|\bhigh\b|comprehensive|\byg")
# Not "juniors": that is a club's section as often as a school. "Pontypridd High", "Cwm Rhondda Comprehensive"
# name a school only capitalised, where the name ends ("High Street" does not).
BARE_SUFFIXES = {"primary", "infants", "high", "comprehensive"}
NEXT_IS_CAPITALISED = re.compile(rf"[ \t]+[{UPPER}]")


@cache
def _body_after() -> re.Pattern[str]:
    data = cues("schools")
    bodies = "|".join(re.escape(b) for b in sorted(data["bodies_after"] + data["events_after"], key=len, reverse=True))
    return re.compile(rf"(?:[ \t]+(?:{bodies}))+$")


@cache
def _childs_school_phrases(key: str) -> re.Pattern[str]:
    """data/schools.json childs_school_after or childs_school_before as one pattern, each {name} a group."""
    phrases = []
    for phrase in sorted(cues("schools")[key], key=len, reverse=True):
        parts = re.split(r"(\{name\}|\{word\})", phrase)
        pattern = "".join(f"({NAME_WORD})" if part == "{name}" else r"\w+" if part == "{word}"
                          else "(?i:" + re.escape(part).replace("'", "['’]").replace(r"\ ", r"\s+") + ")" for part in parts if part)
        phrases.append(pattern)
    alternatives = "|".join(phrases)
    if key == "childs_school_after":
        return re.compile(rf"[ \t]*(?:[,(–—-][ \t]*)?(?:{alternatives})")
    return re.compile(rf"(?:{alternatives})[ \t]*$")


@cache
def _childs_school_by_pronoun() -> re.Pattern[str]:
    """data/schools.json childs_school_by_pronoun, right before the school."""
    return re.compile(rf"(?<!\w)(?i:{alternation(cues('schools')['childs_school_by_pronoun'])})[ \t]*$")


@cache
def _school_year_before() -> re.Pattern[str]:
    """data/schools.json school_year_before, then a few words and "at" or "in" right before the school."""
    years = "|".join(re.escape(year).replace(r"\{n\}", r"\d{1,2}") for year in cues("schools")["school_year_before"])
    return re.compile(rf"(?<!\w)(?i:{years})(?!\w)[^.!?\n]{{0,{SCHOOL_YEAR_GAP}}}?(?<!\w)(?i:at|in|yn|ym|yng)[ \t]*$")


SCHOOL_YEAR_GAP = 30  # "Year 9 options evening at": the words between a school year and its school
# Whose the school year is, said just before it: "his Year 9 ...", "She's in Year 6 ...", "Currently in Year 8 ...",
# Welsh "Mae hi ym Mlwyddyn 3 ...", "Mae o wedi dechrau yn y dosbarth derbyn ...", "Mae hi'n dechrau yn y dosbarth Derbyn ...". Not a list's "Recent visits: Year 6 at ...".
YEAR_HOLDER_BEFORE = re.compile(
    r"(?:\b(?i:his|her|their|ei|eu)[ \t]+"
    r"|\b(?i:he|she|they|[A-Z][a-z]+)(?:['’]s|['’]re|[ \t]+is|[ \t]+are)[ \t]+(?:(?i:now|currently|just)[ \t]+)?(?:(?i:in|starting|going[ \t]+into)[ \t]+)?"
    r"|\b(?i:currently|now)[ \t]+in[ \t]+"
    r"|\b(?i:hi|o|e|fe|fo)(?:['’]n[ \t]+dechrau|[ \t]+wedi[ \t]+dechrau)?[ \t]+(?i:ym|yn|yng)(?:[ \t]+y)?[ \t]+)$")
PRONOUN_REACH = 300  # "her" points back a sentence or two


def _named_as_a_childs(document: Document, start: int, end: int, subject: Subject) -> bool:
    """The school is named as a child's, beside it: "Ysgol Pen-y-Don, Gruff's school", "Mali's school, Ysgol ...",
    "Ysgol Gymraeg Glan Teifi, ysgol Tomos a Lili", "..., where our eldest Tomos is in Year 4": the person's
    child's, unless someone else wrote it of a child not known as the person's ("My Kayden's class at ..." in a comment)."""
    text = document.text
    said = [_childs_school_phrases("childs_school_after").match(text, end),
            _childs_school_phrases("childs_school_before").search(text, max(0, start - 40), start)]
    names = [name for match in said if match for name in match.groups() if name]
    if (pronoun := _childs_school_by_pronoun().search(text, max(0, start - 40), start)) and (
            (named := _last_referent_before(text, pronoun.start())) is not None
            and fold(named) in childrens_names(document, subject)):
        return True  # "... for her ninth birthday. Her class at Ysgol ...": the child named before "her"
    if ((year := _school_year_before().search(text, max(0, start - SCHOOL_YEAR_GAP - 30), start))
            and YEAR_HOLDER_BEFORE.search(text, max(0, year.start() - 30), year.start())
            and (named := _last_referent_before(text, year.start())) is not None
            and fold(named) in childrens_names(document, subject)):
        return True  # "Rhys has got his Year 9 options evening at Berw Valley High": Rhys's school
    if not any(is_given_name(name) and fold(name) not in owner_words(subject) for name in names):
        return False
    return (not written_by_someone_else(document, start, subject)
            or any(fold(name) in childrens_names(document, subject) for name in names))


def _last_referent_before(text: str, position: int) -> str | None:
    """The last given name "he" or "she" can point back to, within reach: not one standing as the possessor of a
    relation ("my stepson Kai (Ceri's son, 11) ... He's at Ysgol ..." is Kai)."""
    begin = max(0, position - PRONOUN_REACH)
    given = [match.group(0) for match in NAME_WORDS_IN.finditer(text, begin, position)
             if is_given_name(POSSESSIVE_S.sub("", match.group(0)))
             and not ((owned := RELATION_OWNED.match(text, match.end())) and fold(owned.group(1)) in child_words() | relation_words())]
    return POSSESSIVE_S.sub("", given[-1]) if given else None


RELATION_OWNED = re.compile(r"(?:['’]s)?[ \t]+([a-z]+)")


@cache
def _lent_after() -> re.Pattern[str]:
    return phrase_pattern(tuple(cues("schools")["lent_after"]))


@cache
def _not_the_childs() -> re.Pattern[str]:
    phrases = sorted(cues("schools")["not_the_childs"], key=len, reverse=True)
    return re.compile(r"(?<![\w])(?:" + "|".join(re.escape(p) for p in phrases) + r")", re.IGNORECASE)


@cache
def _own_schooling_at_start() -> re.Pattern[str]:
    """A clause that opens this way is about the writer's own schooling, the "I" left out as in a
    profile ("Went to Ysgol Gyfun ... a long time ago", "Social worker, went to ...")."""
    phrases = sorted(cues("schools")["not_the_childs_at_start"], key=len, reverse=True)
    return re.compile(r"(?:^|[,|•·]\s*)(?:" + "|".join(re.escape(p) for p in phrases) + r")\b[^,|•·]*$", re.IGNORECASE)


# A job held at the school: "PE teacher @ Ysgol ...", "to become Deputy Head at ...". Whoever holds
# the job is the one the school belongs to: the writer in a bio line, a named colleague in a newsletter.
JOB_AT_END = re.compile(rf"\b{JOB_WORDS}\s*(?:at|@|in|with|yn)\s*$", re.IGNORECASE)
# Teaching or working there, said with a verb: "rwy'n dal i ddysgu Blwyddyn 2 yn Ysgol ...", "I teach Year 4 at ...".
TEACHING_BEFORE = re.compile(r"\b(?:teach|teaching|dysgu|ddysgu|addysgu|work|working|gweithio|weithio)\b[^.!?\n]{0,50}?\b(?:at|in|yn|yng|ym)\s*$",
                             re.IGNORECASE)
# Someone named teaching or working there, said in the third person: "Jade teaches PE at Ysgol ...", "Jac's
# partner Elin, who teaches at ...", "She also teaches guitar at ..." (whoever was named before her).
NAMED_TEACHER_BEFORE = re.compile(rf"(?:({NAME_WORD})|\b((?i:he|she)))(?:,?[ \t]+who)?(?:[ \t]+(?:also|now|still))?[ \t]+(?:teaches|works)\b"
                                  r"[^.!?\n]{0,50}?\b(?:at|in)\s*$")
POSSESSIVE_BEFORE_JOB = re.compile(r"(?:\w['’]s|\b(?:my|our|his|her|their|your|ei|eu))\s+(?:[\w-]+\s+)?$", re.IGNORECASE)


# Schools set side by side as a choice: "Ynys-y-Cwm Primary vs Llwyncelyn Infants", "Pen-y-Bryn or Cwm Aur Primary".
ALTERNATIVE_AFTER = re.compile(rf"[ \t]+(?:or|vs\.?|versus|neu)[ \t]+[{UPPER}]")
ALTERNATIVE_BEFORE = re.compile(rf"[{UPPER}][\w'’-]*[ \t]+(?:or|vs\.?|versus|neu)[ \t]+$")


@cache
def _venue_after() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in sorted(cues("schools")["venue_after"], key=len, reverse=True))
    return re.compile(rf"[ \t]+(?:{words})(?![\w])", re.IGNORECASE)


@cache
def _pupils_before() -> re.Pattern[str]:
    # "Year 6 from Ysgol ...", "Blwyddyn 5 o Ysgol ...": a class visiting, as well as the listed words
    return re.compile(rf"(?<![\w])(?:{alternation(cues('schools')['pupils_before'])}|(?:year|blwyddyn|bl\.?)[ \t]*\d{{1,2}}s?[ \t]+(?:from|o))"
                      rf"[ \t]+(?:(?:the|y|yr)[ \t]+)?$", re.IGNORECASE)


@cache
def _pupils_after() -> re.Pattern[str]:
    return re.compile(rf"[ \t]+(?:{alternation(cues('schools')['pupils_after'])})(?![\w])", re.IGNORECASE)


@cache
def _pupils_word_at_end() -> re.Pattern[str]:
    return re.compile(rf"[ \t](?:{alternation(cues('schools')['pupils_after'])})$", re.IGNORECASE)


def _pupils_as_a_group(text: str, start: int, end: int) -> bool:
    """The school's pupils as a body ("thanks to the children of Ysgol ...", "i blant Ysgol ...", "the
    Ysgol ... singers", "Ysgol ... Choir" inside the school's own match): the school is named as a group
    that sings or visits, nobody's child's in particular."""
    return bool(_pupils_before().search(text, max(0, start - 40), start) or _pupils_after().match(text, end)
                or _pupils_word_at_end().search(text, start, end))


POSSESSIVE_NAME = re.compile(r"^\w+['’]s\b")
# Words that tie a school to the person: they speak ("I", "our", Welsh "dw i", "ein"), or their
# children do something there. The person's own name and their children's names are added per page.
FIRST_PERSON_WORDS = frozenset({"i", "me", "my", "mine", "i'm", "i’m", "we", "we're", "we’re", "we've", "we’ve", "our",
                                "us", "fi", "fy", "mi", "dw", "ein", "ni", "rydw", "rwy", "rwyf"})


SINGULAR_FIRST_PERSON = FIRST_PERSON_WORDS - {"we", "we're", "we’re", "we've", "we’ve", "our", "us", "ein", "ni"}


TIE_BACK_SENTENCES = 2
PRONOUN_START = re.compile(r"\W*(?:he|she|they|he['’]s|she['’]s|they['’]re|mae['’]n|mae\s+e|mae\s+o|mae\s+hi)\b", re.IGNORECASE)


def _tied_to_person(text: str, offset: int, sentence: str, school: str, subject: Subject, children: frozenset[str]) -> bool:
    """Whether the school's sentence speaks of the person or their children ("my", "Ela", "school
    run"), or the sentence before does and this one names no other child ("Mam i Begw a Gethin.
    Mae'r ddau yn mynd i ..."; not "Good luck to Elis and Cadi, off to ...")."""
    tie_words = FIRST_PERSON_WORDS | owner_words(subject) | children | child_words()
    anothers_child = _anothers_child_word(text, offset, sentence, subject)
    if anothers_child and not _ties(sentence, SINGULAR_FIRST_PERSON | owner_words(subject) | children):
        return False  # "Margaret Evans's granddaughter Seren (Ysgol ...) made us a banner": a club's "us", another family's child
    if _ties(sentence, tie_words - child_words()) or (_ties(sentence, tie_words) and not anothers_child):
        # The writer's own past ("I was a TA at ...", "my old school, ...") ties nothing when only the
        # first person does: no child of theirs is named or spoken of.
        before = sentence[: max(sentence.find(school), 0)]
        return not (present_phrases(before, _own_past()) and not _ties(sentence, tie_words - FIRST_PERSON_WORDS))
    # The sentence before ties it when this one names no other child ("... and Elis has just started jumping.
    # Both go to Ysgol ..."); "he", "she" or "they" carry the tie back one sentence more ("fy mab bach Jac (4) likes
    # to help. He has strong opinions ... He's just started in the meithrin class at ...").
    school_start = sentence.find(school)
    inside_school = range(school_start, school_start + len(school)) if school_start >= 0 else range(0)  # "Llwyn-y-Garth" names no one
    if any(is_given_name(m.group(0)) for m in re.finditer(NAME_WORD, sentence) if m.start() not in inside_school):
        return False
    for _ in range(TIE_BACK_SENTENCES):
        if offset < 2:
            return False
        offset, before = sentence_around(text, offset - 2, offset - 2)
        if _ties(before, tie_words):
            return True
        if not PRONOUN_START.match(before):
            return False
    return False


def _teacher_is_someone_else(text: str, at: int, teacher: re.Match[str], subject: Subject) -> bool:
    if teacher.group(2):
        return last_named_before(text, at, subject) is False
    name = POSSESSIVE_S.sub("", teacher.group(1))
    return fold(name) not in owner_words(subject) and is_given_name(name)


THIRD_PERSON_CHILD = re.compile(r"\b(?:his|her|their|whose)\s+(?:own\s+)?(?:[\w'’-]+\s+)?([\w'’-]+)", re.IGNORECASE)


def _anothers_child_word(text: str, offset: int, sentence: str, subject: Subject) -> bool:
    """The sentence's child word is someone else's: "His daughter Seren (Year 5 at Ysgol ...)" after a coach
    is named, "Lisa Morgan, whose youngest, Caio, ...", "Margaret Evans's granddaughter Seren"."""
    for match in THIRD_PERSON_CHILD.finditer(sentence):
        if any(fold(word) in child_words() for word in match.group(0).split()[1:]):  # "his daughter", "her little boy"
            return last_named_before(text, offset + match.start(), subject) is False
    return any(fold(parent) not in owner_words(subject) and fold(parent) not in relation_words()
               for parent in (match.group(1) for match in NAMED_PARENT.finditer(sentence)))


# "daughter of Huw and Mair", Welsh "merch Huw a Mair Jenkins": the child is named as someone else's.
SOMEONE_ELSES_CHILD = re.compile(rf"\b(?:daughter|son|granddaughter|grandson)\s+of\b|\b(?:merch|mab|wyres|ŵyr)\s+(?={NAME_WORD})",
                                 re.IGNORECASE)


CAPITAL_I = re.compile(r"(?<![\w'’])I(?![\w'’])(?![ \t]+[A-Z][a-z])|\bI['’]")  # not Welsh "I Osian Jones" (to)


def _ties(sentence: str, tie_words: frozenset[str]) -> bool:
    if present_phrases(sentence, _tied_phrases()):
        return True
    words = {POSSESSIVE_S.sub("", w) for w in WORD.findall(lowered(sentence))}
    found = words & tie_words  # "Efan's going to start at ..." ties as "Efan" does
    if "i" in found and not CAPITAL_I.search(sentence):
        found.discard("i")  # Welsh "i" is "to" ("Llongyfarchiadau i Cadi"); Welsh first person comes with "dw", "fi", "rwy"
    if found and found <= child_words():
        return SOMEONE_ELSES_CHILD.search(sentence) is None
    return bool(found)


@cache
def _own_past() -> tuple[str, ...]:
    return tuple(cues("schools")["own_past"])


@cache
def _tied_phrases() -> tuple[str, ...]:
    return tuple(cues("schools")["tied_phrases"])


@cache
def child_words() -> frozenset[str]:
    return frozenset(w for w in terms()["child_words"] if " " not in w and w != "children")


_last_children: list[tuple[Document, Subject, frozenset[str]]] = []


def childrens_names(document: Document, subject: Subject) -> frozenset[str]:
    """The person's children's names on this page. detect_document has just run find_children on the
    same document, so the last answer is kept for it (compared by identity: documents are not hashable)."""
    if _last_children and _last_children[0][0] is document and _last_children[0][1] == subject:
        return _last_children[0][2]
    names = frozenset(fold(d.value) for d in find_children(document, subject) if d.owner is not False)
    _last_children[:] = [(document, subject, names)]
    return names


@dataclass(frozen=True)
class SchoolMention:
    value: str  # the school's full name, as a finding gives it
    start: int
    end: int
    owner: bool | None  # the rules' verdict on this mention: None when it ties the school to the person
    rule: str  # which rule gave the verdict (school_verdict)


def school_mentions(document: Document, subject: Subject) -> list[SchoolMention]:
    """Every mention of a school or nursery on the page with the rules' verdict on it: one named as an
    event's venue, the writer's own old school or in an advert is someone else's (owner False). A
    school named in full and by its short name elsewhere ("Ysgol Gyfun Cwm Garw" ... "went up to Cwm
    Garw") is judged at each short mention too, while no mention has tied it to the person."""
    mentions: list[SchoolMention] = []
    text = document.text
    for match in finditer_near(_school_pattern(), text, SCHOOL_TRIGGER, before=150, after=150):
        value = " ".join((match.group(1) or match.group(2)).split())
        if match.group(2):
            value = WELSH_NAME_POSSESSED.sub("", value)  # "Ysgol Rhos Helyg’s coffee morning", "Ysgol Gyfun Llansamlet's Year 7"
            if WORD_AFTER_IS_LOWER.match(text, match.end()):
                value = CAPITALS_AT_END.sub("", value)  # "Ysgol Gymraeg Nant y Felin PE top": the kit's, not the name's
        value = _body_after().sub("", LEADING_WORDS.sub("", value))
        if any(value.lower() == name or value.lower().startswith(f"{name} ") for name in NOT_SCHOOLS) or len(value.split()) < 2:
            # "Ysgol Haf Creigiau" is a summer school named, "Ysgol Sul Bethel" a Sunday school
            continue
        last = value.split()[-1]
        if last.lower() in BARE_SUFFIXES and (last[0].islower() or NEXT_IS_CAPITALISED.match(text, match.end())):
            continue  # "Cwm Taf Primary Care", "which primary": a bare "Primary" names a school only capitalised, where the name ends
        if POSSESSIVE_NAME.match(value):
            continue  # "Lowri's nursery" says whose, not which
        mentions.append(SchoolMention(value, match.start(), match.end(), *school_verdict(document, subject, match.start(), match.end(), value)))
    tied = {m.value.lower() for m in mentions if m.owner is None}
    for value in dict.fromkeys(m.value for m in mentions if m.value.lower() not in tied):
        if not (short := _short_name(value)):
            continue
        for match in re.finditer(rf"(?<![\w'’-]){re.escape(short)}(?![\w'’-])", text):
            word_before = re.findall(r"[\w'’-]+", text[max(0, match.start() - 30) : match.start()])[-1:]
            if word_before and word_before[0].lower() in SCHOOL_TYPE_WORDS:
                continue  # part of a full name: this one or another way of writing it ("Ysgol Gymraeg Tir Du")
            if NEXT_IS_CAPITALISED.match(text, match.end()):
                continue  # part of another name: "Cwm Rhymni Housing"
            owner, rule = school_verdict(document, subject, match.start(), match.end(), short)
            mentions.append(SchoolMention(value, match.start(), match.end(), owner, f"short_name_{rule}"))
            if owner is None:
                break
    return mentions


def find_schools(document: Document, subject: Subject) -> list[Detection]:
    """Schools and nurseries named on the page, as the rules alone judge them (school_mentions)."""
    found: dict[str, Detection] = {}
    for mention in school_mentions(document, subject):
        keep_most_owned(found, Detection(kind="school", value=mention.value, evidence=excerpt(document.text, mention.start, mention.end),
                                         source_id=document.source_id, owner=mention.owner), key=mention.value.lower())
    return list(found.values())


SCHOOL_TYPE_WORDS = frozenset({"ysgol", "gynradd", "gyfun", "gymraeg", "uwchradd", "feithrin", "meithrin", "cylch", "primary",
                               "school", "infants", "infant", "juniors", "junior", "comprehensive", "high", "nursery",
                               "academy", "community", "county", "church", "in", "rc", "cw", "catholic", "the"})


def _short_name(school: str) -> str | None:
    """What a school is called for short once named in full: the name without its kind ("Ysgol Gyfun Cwm
    Garw" -> "Cwm Garw"); None when too little is left to be told apart from a place."""
    words = school.split()
    start = 0
    while start < len(words) and words[start].lower() in SCHOOL_TYPE_WORDS:
        start += 1
    end = len(words)
    while end > start and words[end - 1].lower() in SCHOOL_TYPE_WORDS:
        end -= 1
    if start == 0 or end - start < 2 or (start, end) == (0, len(words)):
        return None  # "Heol Las Comprehensive" -> "Heol Las" is as likely the street; only Welsh-style "Ysgol X Y" shortens
    return " ".join(words[start:end])


CONTRAST = frozenset({"but", "ond", "whereas", "while"})


def school_verdict(document: Document, subject: Subject, start: int, end: int, value: str) -> tuple[bool | None, str]:
    """Whose school this mention makes it (False for someone else's or nobody's, None when it is tied to the
    person), and which rule said so: the school model (detect/school_model.py) reads the rule as a feature."""
    text = document.text
    offset, sentence = sentence_around(text, start, end)
    venue = _venue_after().match(text, end)  # "... at Ysgol Gynradd Abercynon hall"
    before = sentence[: start - offset]
    # Pupils as a group name a school nobody's child goes to, unless the person's own child is among them
    # ("the Year 2 choir from Ysgol ... visited us - including my youngest, Rhys").
    group = _pupils_as_a_group(text, start, end) and not _ties(sentence, childrens_names(document, subject) | child_words())
    if _named_as_a_childs(document, start, end, subject):
        return None, "named_as_a_childs"  # "the PTA at Ysgol Pen-y-Don, Gruff's school, for lending us their gazebos"
    if venue:
        return False, "venue"
    if group:
        return False, "pupils_as_a_group"
    if _not_the_childs().search(before) or _own_schooling_at_start().search(before):
        return False, "not_the_childs"
    if _lent_after().search(sentence, end - offset):
        return False, "lent"  # "Diolch i Ysgol Gyfun Cwm Ogwr am fenthyg y stondinau", "for letting us use their sports hall"
    if said_as_former(text, start, end) or ended_after(text, end):
        return False, "former"  # "after six years at Ysgol ...", "bûm yn dysgu ... yn Ysgol ...", "at X before I came to Y": where the person worked before
    window = before[-80:]
    job = JOB_AT_END.search(window) or TEACHING_BEFORE.search(window)
    job_start = start - len(window) + job.start() if job else 0
    # "Caio's teacher at Ysgol ...": a child's teacher says which school the child goes to, not a job.
    job_here = bool(job) and not POSSESSIVE_BEFORE_JOB.search(text, max(0, job_start - 40), job_start)
    if ALTERNATIVE_AFTER.match(text, end) or ALTERNATIVE_BEFORE.search(before):
        return False, "a_choice"  # "Ynys-y-Cwm Primary vs Llwyncelyn Infants?", "spaces for Pen-y-Bryn or Cwm Aur Primary": a choice
    if (teacher := NAMED_TEACHER_BEFORE.search(window)) and _teacher_is_someone_else(text, start - len(window) + teacher.start(), teacher, subject):
        return False, "someone_elses_job"  # "Kerry teaches PE at Ysgol ... and will be taking the Development squad": Kerry's workplace
    if job_here and (job_holder_is_someone_else(text, job_start, before, subject) or not said_as_current(text, start, end)
                     or section_heading_owner(text, start, subject, cards=True) is False):
        # "Mrs Rhian Evans ... to become Deputy Head at ...", "Former Teaching Assistant at ... 2009 - 2017",
        # "Sara Evans" / "Day job" / "Maths teacher at Ysgol ...": a card of someone else's
        return False, "someone_elses_job"
    if written_by_someone_else(document, start, subject):
        # "My Ela's at Ysgol ..." in another parent's reply is theirs; "Welais i Osian yn canu yn Ysgol ..."
        # names the person's own child, whoever wrote it.
        # Only a child of the person's named before the school, with no "but" between, goes there too: "my Ruby
        # says Dylan's been telling everyone at Ysgol ..." (Dylan's), not "My Cerys is in the same year as Osian but
        # over at Ysgol ...", "he's Year 8 at Ysgol ... with Jac's mate Tomos" (the writer's).
        names = childrens_names(document, subject)
        words = [POSSESSIVE_S.sub("", w) for w in WORD.findall(lowered(before))]
        last = max((i for i, word in enumerate(words) if word in names), default=None)
        if last is not None and CONTRAST.isdisjoint(words[last:]):
            return None, "own_child_in_someone_elses_post"
        return False, "someone_elses_post"
    if job_here:
        return None, "job"  # a job the person holds there
    if fold(value) in fold(document.meta.get("title", "")):
        return None, "in_title"  # the school's own page
    if _tied_to_person(text, offset, sentence, value, subject, frozenset()):
        return None, "tied"
    names = childrens_names(document, subject)
    if names and _tied_to_person(text, offset, sentence, value, subject, names):
        return None, "tied_by_child"
    return False, "untied"  # another family's school, a headline, a sidebar: nothing ties it to the person


def find_uniform(document: Document, subject: Subject) -> list[Detection]:
    if spans := phrase_spans(document.text, terms()["uniform_words"]):
        start, end = spans[0]
        _, sentence = sentence_around(document.text, start, end)
        evidence = excerpt(document.text, start, end)
        return [Detection(kind="uniform", value=sentence[:200], evidence=evidence, source_id=document.source_id)]
    return []

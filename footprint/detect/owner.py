"""Whose detail is it? Pages carry other people's details too: a newspaper's newsdesk, a club
treasurer, a reporter's byline, "people also viewed". Only the person's own details are
their exposure.

The rule: look back from the detail to the start of its sentence (at most a few lines, since
profile pages put a label line such as "Mobile" above the value) and find the last person
mentioned there. The person themselves (their first name, surname, or "I", "me", "my")
means True; someone else (a role such as "treasurer" or "newsdesk", or a line holding
only another person's name) means False; nobody means None, which counts as theirs.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from functools import cache, lru_cache

from footprint.datafiles import load_json, terms
from footprint.detect.lexicon import called_an_animal, is_given_name, kinship_set, relation_words
from footprint.model import Detection, Document, Subject
from footprint.names import PERSON_TITLES, short_forms
from footprint.places import uk_places
from footprint.text import NAME_WORD, POSTCODE, UPPER, alternation, fold, sentence_around

LOOK_BACK = 120
# Roles and labels that name someone other than the page's owner (data/ownership.json).
OTHER_ROLE_PATTERN = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(r) for r in sorted(load_json("ownership.json")["other_roles"],
                                                                                       key=len, reverse=True)) + r")(?!\w)")
# "our membership secretary", "our club coordinator": a role held for an organisation, by someone else.
# "he's on", "her number", "ring him on", Welsh "ffoniwch hi": a role said by a pronoun, whoever it points back to
PRONOUN_ROLE = re.compile(r"\b(?:he|she|his|her|him|hi|fe|fo|e|o)\b")
OUR_ROLE = re.compile(r"\bour\s+(?:[a-z-]+\s+){0,2}(?:secretary|treasurer|chair|chairperson|coordinator|co-ordinator|"
                      r"officer|manager|lead|contact|administrator|organiser|organizer|captain|coach|welfare officer|conductor|"
                      r"accompanist|organist|musical director|president)\b")
NOT_ME = re.compile(r"\bnot (?:me|to me|through me)\b|\bnid (?:fi|i fi)\b")
ME_THEN_NAME = re.compile(r"\b(?:me|myself|I)[ \t]*[,(][ \t]*([A-Z][a-zà-ÿŵŷ'’]+)[ \t]*[,)]")
WRITER_NAMES_THEMSELF = re.compile(r"\b(?:" + "|".join(re.escape(words) for words in load_json("ownership.json")["writer_names_themself"]) + r")\b")
# "the charity office on", "our safety team at": a team or an office, never the person, when the detail follows it.
TEAM_REACH = 30
TEAM_BEFORE = re.compile(r"\b(?:the|our|your)\s+(?:[\w'’&-]+\s+){0,3}(?:" + "|".join(
    re.escape(w) for w in load_json("ownership.json")["places_that_answer"]) + r")\s+(?:on|at)\b")
# A name right before a contact detail ("text Rhys on", "ask for Clive (", "Gwen Owen (", "Mr Huw
# Griffiths ·", "Gareth Eynon (Deputy Captain), ") or asked for right after it ("07700 900848 and ask for Ffion") says whose it is.
INITIALS_JUST_BEFORE = re.compile(r"(?<![\w.&/-])([A-Z]{2,4})[ \t]*(?:(?:on|ar|at)\b|[:–—-])?[ \t]*$")
NAME_JUST_BEFORE = re.compile(r"(?:([A-Z][a-zà-ÿŵŷ'’]+)\s+)?([A-Z][a-zà-ÿŵŷ'’-]+)(?:[ \t]*\(([^()\n]{1,30})\)(?=[ \t]*(?:[,:·|–—-]|on\b|at\b|ar\b)))?(?:[ \t]*(?:(?:is|can be reached|is available)[ \t]+|(?:Tel|Tel\.|Phone|Ffôn|Mob|Mobile)[.:]?[ \t]+)|\s*)(?:\bon\b|\bat\b|\bar\b|[:,(·|–—-])?\s*$")
CONTACT_TITLES = frozenset({"Mr", "Mrs", "Ms", "Miss", "Mx", "Dr"})
NAME_JUST_AFTER = re.compile(r"[\s),.;–—-]*(?:(?:and|or|then|please)\s+)*(?:ask for|message|text|call|ring|contact|speak to|email)\s+"
                             r"([A-Z][a-zà-ÿŵŷ'’]+)\b")
CONTACT_REACH = 40
# A name opening the brackets right after a contact detail: "07700 900563 (Sioned – texts best)", "(Gwen, evenings)", "(Huw)".
NAME_IN_BRACKETS_AFTER = re.compile(r"[ \t]*\([ \t]*([A-Z][a-zà-ÿŵŷ'’]+)(?:[ \t]*[)–—,:-]|[ \t]+(?:only|evenings|weekdays|mobile|direct)\b)")
# Someone to ask, then the number: "please let Sian know numbers for the buffet on", "ring Dai about lifts on".
ASKED_FOR_BEFORE = re.compile(r"\b(?i:let|tell|ask|ring|call|text|message|phone|contact)\s+([A-Z][a-zà-ÿŵŷ'’]+)\b(?:[^.!?\n]|\n[ \t]*(?=[a-z])){0,60}?\b(?:on|at|ar)\s*:?\s*$")
ASKED_REACH = 80
SIGNATURE_REACH = 200
# A letter's signature after the detail: "— Mr Clive Rosser, Chair of Governors".
SIGNED_AFTER = re.compile(r"[.!)\s][ \t]*\n?[ \t]*[—–]\s*(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Cllr|Rev)\.?[ \t]+)?([A-Z][a-zà-ÿŵŷ'’]+)[ \t]+([A-Z][\w'’-]+)")
WRITER = re.compile(r"\b(?:I|I'm|I’m|my|me)\b")
FIRST_PERSON_BEFORE = re.compile(r"\b(?:me|my|I|fi|mi|fy|ataf|imi)\b[^.!?\n]*\n?[^.!?\n]*$")  # "anfonwch ... ataf i ar" / "cadeirydd@..."
HOUSE_NUMBER_AND_STREET = re.compile(r"\b\d{1,4}[A-Za-z]?,?[ \t]+[A-Z][a-z]")
OTHER_SURNAME = re.compile(r"[ \t]+([A-Z][a-zà-ÿŵŷ'’]+(?:-[A-Z][a-zà-ÿŵŷ'’]+)*)\b")
# ", Ann Bowen," or "speak to Mark Jeffreys on": another person's name written inline.
INLINE_NAME = re.compile(r"(?:[,:]\s*|\bto\s+|(?-i:\bi)\s+|\bcontact\s+)([A-Z][a-zà-ÿŵŷ'’]+(?:-[A-Z][a-zà-ÿŵŷ'’]+)?\s+[A-Z][a-zà-ÿŵŷ'’]+(?:-[A-Z][a-zà-ÿŵŷ'’]+)?)"
                         r"(?=\s*(?:,|on\b|at\b|who\b|\(|$)|\s+(?:ar|a|sy|sydd)\b)")  # Welsh "i Beti Rowlands a fydd ...", "i Huw Parri ar ei swydd"
# "my husband works at...", "my sister's number": the detail that follows is a relative's, not the owner's.
RELATIVE = re.compile(r"\b(?:my|our|fy|ein|me)\s+(?:(?:little|baby|big|older|younger|twin|eldest|youngest|late)\s+)?(?:husband|wife|partner|hubby|fianc[ée]e?|other half|boyfriend|girlfriend|"
                      r"son|daughter|mum|mam|mom|mother|dad|father|sister|brother|friend|colleague|neighbour|neighbor|nain|"
                      r"taid|gran|grandad|grandma|nan|auntie|aunt|uncle|cousin|niece|nephew|boss|manager|gwr|gwraig|chwaer|brawd)\b")
AFTER_REACH = 30
AUTHOR_REACH = 800
FIRST_PERSON = ("i", "me", "my", "mine", "i'm", "i’m", "i've", "i’ve", "i'd", "i’d", "we", "we're", "we’re", "we've", "we’ve",
                "fi", "fy", "mi", "dw", "ours")
ORGANISATION_WORDS = {
    "council", "university", "hospital", "school", "ysgol", "ltd", "limited", "board", "services", "service",
    "trust", "club", "centre", "center", "park", "road", "street", "chapel", "capel", "church", "group",
    "primary", "nursery", "college", "health", "care", "wales", "cymru", "valley", "valleys", "news", "media",
    # job titles stand on lines of their own too
    "senior", "lecturer", "manager", "officer", "assistant", "director", "worker", "nurse", "teacher", "head",
    "lead", "coordinator", "practitioner", "consultant", "engineer", "student", "volunteer", "carer",
}
SENTENCE_BREAK = re.compile(r"[.!?](?:\s|$)")
# "Y Parch. Aled Huws" and "G. O. Pritchard" go on: a title or an initial, not the end of a sentence.
TITLE_BEFORE_DOT = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Rev|Revd|Parch|Cllr|Prof|[A-Z])$")
# Another person by title ("Mrs Price", "Y Parch. Aled Huws", "Dr Ceri Rees"), or at the start of a
# line of a listing ("Sara Llewellyn — Team Manager at ...").
TITLED_NAME = re.compile(r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Rev|Revd|Parch|Cllr|Prof)\.?\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")
THIRD_PERSON_SUBJECT = re.compile(r"\s*([A-Z][a-zà-ÿŵŷ'’]+)(?:\s+[A-Z][a-zà-ÿŵŷ'’-]+)?(?:\s+(?:is|was|has|works|teaches|runs|helps|volunteers|celebrates|celebrated|turns|turned)\b"
                                  r"|,\s+who\b)")  # "Catrin is a nurse at", "Alun, who celebrated his 80th birthday"
LISTED_NAME = re.compile(r"^[ \t]*([A-Z][a-zà-ÿŵŷ'’]+ [A-Z][a-zà-ÿŵŷ'’]+(?:-[A-Z][a-zà-ÿŵŷ'’]+)?)[ \t]*[—–|:,-][ \t]", re.MULTILINE)  # "Mark Tully, Registered Manager, ..."
# A line holding just "First Last": a byline, a post's author, a "people you may know" entry.
NAME_LINE = re.compile(r"^\s*([A-Z][a-zà-ÿŵŷ'’]+(?:-[A-Z][a-zà-ÿŵŷ'’]+)? (?:[A-Z][a-zà-ÿŵŷ'’]+ )?(?:[A-Z][a-zà-ÿŵŷ'’]+(?:-[A-Z][a-zà-ÿŵŷ'’]+)?|[A-Z]\.))\s*$")  # "Kerry P." too
# "Posted by Catrin Llewelyn on" / "Friday 31 January 2025", "Written by Huw Bevan · 6 comments": a byline that
# goes on past the name with the date or the count of comments.
BYLINE_LINE = re.compile(r"^\s*(?:(?i:posted|written|published|shared|postiwyd|ysgrifennwyd)\b[^\n.!?]{0,40}?[ \t])?(?i:by|gan)[ \t]+"
                         r"([A-Z][a-zà-ÿŵŷ'’]+(?:-[A-Z][a-zà-ÿŵŷ'’]+)?(?: [A-Z][a-zà-ÿŵŷ'’]+(?:-[A-Z][a-zà-ÿŵŷ'’]+)?){0,2})"
                         r"(?:[ \t]+[A-Z]{2,5})?"  # letters after the name: "DC", "RGN"
                         r"([ \t]*(?:[·|,–—(]|(?i:on|ar|at)\b).*)?$")
# "Posted ... by Jase (Jason Rees), run organiser": the full name in brackets after a short one.
FULL_NAME_IN_BRACKETS = re.compile(r"[ \t]*\(([A-Z][a-zà-ÿŵŷ'’]+(?:-[A-Z][a-zà-ÿŵŷ'’]+)? [A-Z][a-zà-ÿŵŷ'’]+(?:-[A-Z][a-zà-ÿŵŷ'’]+)?)\)")


def _short_forms_of(words: frozenset[str]) -> frozenset[str]:
    """The short forms that do not start with these given names (data/short_names.json: "gaz" for "gareth"), and a
    short form's fellows when the given name is itself one ("debs" for Debbie: both Deborah's)."""
    forms = short_forms()
    fellows = {short for shorts in forms.values() if words & set(shorts) for short in shorts}
    return frozenset(short for word in words for short in forms.get(word, ())) | frozenset(fellows - words)


def _byline(line: str) -> re.Match[str] | None:
    """A byline, "Posted by ..." or a bare "By ..." with a date or a count after the name: not "by Morwenna Hale"
    under a book's title."""
    byline = BYLINE_LINE.match(line)
    return byline if byline and (byline.group(2) or not line.lstrip()[:3].lower().startswith(("by ", "gan"))) else None


# "Tawny Owl – Siân Parry-Jones", "Treasurer: Huw Jones": a role, then the name of whoever the lines below are by or about.
ROLE_THEN_NAME_LINE = re.compile(r"^\s*(?:[\w'’]+ ){0,3}[\w'’]+ ?[—–:-] ?([A-Z][a-zà-ÿŵŷ'’]+(?:-[A-Z][a-zà-ÿŵŷ'’]+)? "
                                 r"[A-Z][a-zà-ÿŵŷ'’]+(?:-[A-Z][a-zà-ÿŵŷ'’]+)?)\s*$")
# "Ship Shapes – from Donna Price", "Coach's corner (by Paula)": a part of a newsletter headed with whom it is from.
PART_FROM_NAME_LINE = re.compile(r"^\s*(?:[\w'’]+ ){0,3}[\w'’]+ ?(?:[—–:-] ?(?i:from|by|gan|oddi wrth) |\((?i:from|by|gan) )"
                                 r"([A-Z][a-zà-ÿŵŷ'’]+(?:-[A-Z][a-zà-ÿŵŷ'’]+)?(?: [A-Z][a-zà-ÿŵŷ'’]+(?:-[A-Z][a-zà-ÿŵŷ'’]+)?)?)\)?\s*$")
# "Lisa Thomas – Coach, U11 Girls": a member's name, then their role, heading their part of a members' page.
# A row of a list of people with their role in brackets: "Llinos Harries (deputy)" / "07700 900 811" (not "Jac Pugh (10)").
NAME_AND_ROLE_LINE = re.compile(NAME_LINE.pattern.removesuffix(r"\s*$") + r"[ \t]*\([^\W\d]+(?:[ \t][^\W\d]+){0,2}\)\s*$")
NAME_THEN_ROLE_LINE = re.compile(r"^\s*([A-Z][a-zà-ÿŵŷ'’]+(?:-[A-Z][a-zà-ÿŵŷ'’]+)? [A-Z][a-zà-ÿŵŷ'’]+(?:-[A-Z][a-zà-ÿŵŷ'’]+)?)"
                                 r"(?: ?[—–|]| -) ?(?:[\w'’&,./]+ ?){1,6}$")  # not the hyphen of "Morgan-Davies"
STREET_WORDS = {"heol", "ffordd", "stryd", "lon", "road", "street", "lane", "close", "avenue", "drive", "way", "crescent",
                "terrace", "place", "court", "gardens", "row", "view", "rise", "walk", "maes", "bryn", "cwrt", "teras", "rhodfa"}
# Two-word place names look like person names on a line of their own.
PLACE_WORDS = {"mountain", "ash", "merthyr", "tydfil", "cwm", "taf", "rhondda", "cynon", "port", "talbot", "vale",
               "glamorgan", "south", "north", "west", "east", "new", "upper", "lower", "united", "kingdom", "great",
               "britain", "heath", "bay", "cross", "bridge", "green", "hill", "valley"}


# Words that end a "Given Surname" pattern without being a surname: "Grace Road", "Kerry Council".
NOT_SURNAMES = ORGANISATION_WORDS | PLACE_WORDS | STREET_WORDS | {"mobile", "phone", "tel", "email", "e-mail", "ffon", "symudol"}

OWNER_RANK = {True: 2, None: 1, False: 0}


def keep_most_owned(found: dict[str, Detection], detection: Detection, *, key: str | None = None) -> None:
    """One detection per value (or key); seen twice, keep the one most clearly the person's own."""
    key = detection.value if key is None else key
    old = found.get(key)
    if old is None or OWNER_RANK[detection.owner] > OWNER_RANK[old.owner]:
        found[key] = detection


def _window(text: str, start: int) -> str:
    """Up to LOOK_BACK characters before `start`, from the last sentence break on."""
    window = text[max(0, start - LOOK_BACK) : start]
    for end in reversed([m for m in SENTENCE_BREAK.finditer(window)]):
        if not TITLE_BEFORE_DOT.search(window, max(0, end.start() - 6), end.start()):
            return window[end.end() :]
    return window


@cache
def owner_words(subject: Subject) -> frozenset[str]:
    words: set[str] = set()
    for name in subject.names:
        words |= {w for w in re.findall(r"[\w'’-]+", fold(name)) if len(w) > 1}
    return frozenset(words)


@cache
def surname_pieces(subject: Subject) -> frozenset[str]:
    """The pieces of a double-barrelled name, each of three letters or more: "gruffydd" and "owen" of Gruffydd-Owen, as
    an email address or a handle may carry only one."""
    return frozenset(piece for word in owner_words(subject) if "-" in word for piece in word.split("-") if len(piece) > 2)


SINGLE_NAME_LINE = re.compile(r"^\s*([A-Z][a-zà-ÿŵŷ'’]+)\s*$")


def _name_lines(window: str, mine: frozenset[str], *, headings: bool = False) -> list[tuple[int, bool]]:
    """Lines holding only a person's name (bylines, post authors, "people also viewed").

    Only whole lines: the window's last line goes on past its end ("Family Support" of "Family
    Support Worker at ..."). Another person's name starts with a given name (data/first_names.txt),
    which tells "Gwen Pritchard" from "Health Visitor" or "Family Support". With headings, a role before
    the name too ("Tawny Owl – Siân Parry-Jones"): it says who wrote what follows, not whose a detail
    listed beside it is ("Other occupants: Owain Prosser" / "Landline: ..."), and no bold name inside a sentence."""
    found = []
    position = 0
    lines = window.split("\n")
    for number, line in enumerate(lines):
        last = number == len(lines) - 1
        if last or (headings and number and _inside_a_sentence(lines[number - 1], lines[number + 1])):
            # "croeso i'r byd i" / "Gwion Rhys" / ", mab bach Iwan a Sara": a bold name in a sentence is someone the
            # sentence names, not who wrote what follows.
            position += len(line) + 1
            continue
        # A name with a role in brackets says whose the details beside it are, not who wrote the prose below.
        name_line = NAME_LINE.match(line) or (not headings and NAME_AND_ROLE_LINE.match(line)) or (headings and (PART_FROM_NAME_LINE.match(line) or ROLE_THEN_NAME_LINE.match(line) or NAME_THEN_ROLE_LINE.match(line)
                                                            or (number and _byline(line))))
        if not name_line and (single := SINGLE_NAME_LINE.match(line)) and is_given_name(single.group(1)):
            # A given name on its own line heads what follows it: a team list ("Jade" / "- Nails & Brows ... 07700 ..."),
            # a post by first name.
            found.append((position + single.start(1), fold(single.group(1)) in mine))
        if name_line and number and lines[number - 1].strip().lower() in _tag_joiners():
            name_line = None  # "Nia Lloyd-Hughes" / "is with" / "Rhodri Hughes": tagged in the post, not its author
        if name_line:
            written = name_line.group(1).split()
            if name_line.re is BYLINE_LINE and (full := FULL_NAME_IN_BRACKETS.match(line, name_line.end(1))):
                written = full.group(1).split()
            words = {fold(w) for w in written}
            if (fold(written[-1]) in mine or (words & mine and written[-1].endswith("."))  # "Kerry P." too
                    or (len(written) == 1 and fold(written[0]) in _short_forms_of(mine))):  # "Posted ... by Gaz ·" for Gareth
                found.append((position + name_line.start(1), True))
            elif not words & (ORGANISATION_WORDS | PLACE_WORDS) and is_given_name(written[0]):
                found.append((position + name_line.start(1), False))
        position += len(line) + 1
    return found


@cache
def _byline_words() -> frozenset[str]:
    return frozenset(load_json("page_posts.json")["byline_words"])


def _inside_a_sentence(before: str, after: str) -> bool:
    """Whether a line set apart by its element (a bold name) goes on a sentence: the line before ends in a
    lower-case word that is not "by" or "gan", and the line after goes on in lower case or after a comma or a full stop
    ("production of" / "Matilda" / ". Tickets are on sale")."""
    before, after = before.rstrip(), after.lstrip()
    last_word = re.search(r"[\w'’-]+$", before)
    return (last_word is not None and last_word.group(0)[-1].islower() and last_word.group(0).lower() not in _byline_words()
            and (after[:1] in (",", ";", ".", "!", "?", ")") or after[:1].islower()))


@cache
def _author_actions() -> tuple[str, ...]:
    return tuple(load_json("page_posts.json")["author_actions"])


@cache
def _tag_joiners() -> frozenset[str]:
    return frozenset(load_json("page_posts.json")["tag_joiners"])


def _welsh_to(window: str, at: int) -> bool:
    """Welsh "i" (to), not English "I": after a family role ("Mam i Alys ac Ifan", "Tad i Guto (2)"), or written in
    lower case before a name ("Llongyfarchiadau i Beti Rowlands", "i Nerys ar ei swydd newydd")."""
    before = WORD_BEFORE.search(window, max(0, at - 20), at)
    if before is not None and fold(before.group(1)) in kinship_set("parent_roles"):
        return True
    return window[at] == "i" and bool(NAME_AFTER_WELSH_TO.match(window, at + 1))


NAME_AFTER_WELSH_TO = re.compile(r"[ \t]+[A-Z][a-z]")
NAME_AFTER_ROLE = re.compile(r"[ \t]*:?[ \t]*((?:Mr|Mrs|Ms|Miss|Dr)\.?[ \t]+)?([A-Z][\w'’-]+)")


def _someone_else_named_after(window: str, end: int, mine: frozenset[str]) -> bool:
    """Whether a role word is followed by another person's name: "their coach Huw on ...", "Club Secretary: Mrs
    Helen Davies": the role is theirs there, even when the person holds the same role elsewhere on the page."""
    named = NAME_AFTER_ROLE.match(window, end)
    return (named is not None and fold(named.group(2)) not in mine
            and (named.group(1) is not None or is_given_name(named.group(2))))


def belongs_to_subject(text: str, start: int, subject: Subject, *, end: int | None = None,
                       relatives_are_others: bool = True, unknown_author: bool | None = True, page: str | None = None) -> bool | None:
    """True, False or None (nobody named) for the detail starting at `start` in `text`.

    With relatives_are_others, "my husband" before the detail makes it his; detectors of the
    owner's own family ("my son Jac") turn that off. unknown_author is what "I" means when no
    author line above says who wrote it: the page's owner in the main text, not in a comment. `page` is the
    whole page when `text` is a part of it (a post, a box): the roles the person holds are read from all of it."""
    if not subject.full_name:
        return None
    window = _window(text, start)
    mine = owner_words(subject)
    mentions: list[tuple[int, bool | None]] = []
    given = person_given_names(subject)
    for match in re.finditer(r"[\w'’-]+", window):
        word = POSSESSIVE_S.sub("", fold(match.group(0)))  # "Gareth Pritchard's birthday"
        if word in mine:
            # "Lowri Vaughan-Evans" or "Lowri Bevan" on Lowri Vaughan's page: her first name, another surname;
            # "Gareth Pritchard" on Rhian Pritchard's: her surname, another first name (a relative).
            # "Dawn's Pressing Matters": after a possessive comes what is hers, not a surname
            surname = OTHER_SURNAME.match(window, match.end()) if word in given and not POSSESSIVE_S.search(match.group(0)) else None
            other_given = None if word in given else GIVEN_BEFORE.search(window, max(0, match.start() - 30), match.start())
            if other_given and is_given_name(other_given.group(1)) and fold(other_given.group(1)) not in mine:
                # For the person's own family a relative named before says nothing against it; nor does a child the
                # person signs as parent of: "Nerys Hopkins (mam Osian Hopkins, 9R)" / "07700 900 158".
                if relatives_are_others and not _parent_role_before().search(window, 0, other_given.start()):
                    mentions.append((match.start(), False))
                continue
            mentions.append((match.start(), surname is None or fold(surname.group(1)) in mine | NOT_SURNAMES))
        elif word in FIRST_PERSON and not (word == "i" and _welsh_to(window, match.start())):
            mentions.append((match.start(), None))  # "I" is whoever wrote this part of the page
    lowered = fold(window)
    held = roles_held_by_person(page or text, subject)  # a post or a box is read alone, the person's roles from the whole page
    window_start = start - len(window)
    for match in OTHER_ROLE_PATTERN.finditer(lowered):
        own = match.group(0) in held or _under_the_persons_name_line(text, window_start + match.start(), subject)
        if not own and PRONOUN_ROLE.search(match.group(0)):
            if not _asks_to_reach(match.group(0)):
                # "Dafydd offers lifts – if you need one, he's on 07700 ...": "he" is whoever the sentence named last
                # ("Anyone? He's on ...", nobody named: not the writer)
                named_here = last_given_name_before(window, match.start(), match.start())
                own = named_here is not None and is_the_persons_given_name(named_here, subject)
            else:
                # "Rhi is happy to chat. Text her on ...", "ring him on": whoever was named last, in the sentence before
                # too; nobody named, nothing said
                named = last_named_before(text, window_start + match.start(), subject, people_only=True)
                if named is None:
                    continue
                own = named
        mentions.append((match.start(), own and not _someone_else_named_after(window, match.end(), mine)))
    for match in OUR_ROLE.finditer(lowered):
        # "Our Chair turns 50" on a page signed "Carys Wyn Jenkins" / "Cadeirydd / Chair": the person's own role
        mentions.append((match.start(), any(match.group(0).endswith(" " + role) for role in held)
                         and not _someone_else_named_after(window, match.end(), mine)))
    for match in WRITER_NAMES_THEMSELF.finditer(lowered):
        mentions.append((match.end(), None))  # "your editor hit the big 6-0": the writer, not an editor named elsewhere
    for match in ME_THEN_NAME.finditer(window):
        # "Send entry forms to me, Dai, at ...": the writer names themself, by the person's name or a short form of it
        mentions.append((match.start(1), fold(match.group(1)) in given or fold(match.group(1)) in mine))
    for match in NOT_ME.finditer(lowered):
        mentions.append((match.end(), False))  # "Booking is through Anwen directly, not me: ...": after its own "me"
    for match in ROLE_WORD.finditer(lowered) if held else ():
        # "posted to the secretary at ..." on a page that says she is the secretary; not "secretary@..." or "Secretary: Mrs ..."
        if match.group(0) in held and window[match.end() : match.end() + 1] != "@":
            # "contact their coach Huw on ..." on a page that says the person coaches too: Huw's, not theirs
            mentions.append((match.start(), not _someone_else_named_after(window, match.end(), mine)))
    for match in TEAM_BEFORE.finditer(lowered):
        if len(lowered) - match.end() <= TEAM_REACH:  # "ring the ward on 01632 ...", not "on the ward at X) and mam to Harri"
            mentions.append((match.start(), False))
    if relatives_are_others:
        for match in RELATIVE.finditer(lowered):
            mentions.append((match.start() + 1, False))
    for match in INLINE_NAME.finditer(window):
        words = {fold(w) for w in match.group(1).split()}
        if (not words & mine and not words & (ORGANISATION_WORDS | PLACE_WORDS | STREET_WORDS)
                and is_given_name(match.group(1).split()[0])):
            mentions.append((match.start(1), False))
    line_start = window.rfind("\n") + 1  # the sentence may start on the line after a heading
    for begin in dict.fromkeys((0, line_start)):
        if (subject_of := THIRD_PERSON_SUBJECT.match(window, begin)) and fold(subject_of.group(1)) not in mine and is_given_name(subject_of.group(1)):
            mentions.append((subject_of.start(1), False))  # "Catrin is a nurse at ...": the sentence is about Catrin
    for match in TITLED_NAME.finditer(window):
        if not {fold(w) for w in match.group(1).split()} & mine:
            mentions.append((match.start(), False))
    for match in LISTED_NAME.finditer(window):
        written = match.group(1).split()
        line_end = window.find("\n", match.end())
        if POSTCODE.search(window, match.end(), len(window) if line_end == -1 else line_end):
            continue  # "Bryn Awel, 3 Lôn y Wern, Cricieth LL52 0RT": a house named like a person, on an address line
        if not {fold(w) for w in written} & mine and is_given_name(written[0]):
            mentions.append((match.start(1), False))
    mentions += _name_lines(window, mine)
    # A label just after a number: "029 2018 0555 (reception)"; not the next sentence after the writer's own offer
    # ("text me on 07700 900318. General enquiries go to the office").
    if end is not None and any(not _asks_to_reach(match.group(0)) for match in OTHER_ROLE_PATTERN.finditer(fold(_label_after(text, window, end)))):
        return False
    if not mentions:
        return None
    decisive = max(mentions, key=lambda m: m[0])[1]
    if decisive is None:
        # First person: the page owner, unless the nearest author line above names someone else.
        begin = max(0, start - AUTHOR_REACH)
        authors = [(position, is_mine) for position, is_mine in _name_lines(text[begin:start], mine, headings=True)
                   if _prose_follows(text, begin + position)]
        if authors and (_about_me_line_between(text, begin + authors[-1][0], start)
                        or _self_marked_between(text, begin + authors[-1][0], start, mine)
                        or _introduced_between(text, begin + authors[-1][0], start, subject)):
            return unknown_author  # "Llinos (my sister) – wholesale" / "A bit more about me" / "Mum to Efa": the writer again
        return authors[-1][1] if authors else unknown_author
    return decisive


POSSESSIVE_S = re.compile(r"['’]s$")


REACH_VERBS = frozenset(load_json("ownership.json")["reach_verbs"])


def _asks_to_reach(role: str) -> bool:
    """"ring him", "call her": how to reach someone, so it heads the next detail ("... SA10 7UR, or call her on
    07700 ..."), not a label of the one before it."""
    words = role.split()
    return len(words) == 2 and words[0] in REACH_VERBS and PRONOUN_ROLE.fullmatch(words[1]) is not None


def _label_after(text: str, window: str, end: int) -> str:
    """What follows a detail on its line that may label it; after the writer's own "text me on ..." (in `window`,
    the detail's sentence up to it) only the rest of that sentence."""
    after = text[end : end + AFTER_REACH].split("\n")[0]
    if WRITER_SPEAKS.search(window[window.rfind("\n") + 1 :]):
        after = SENTENCE_BREAK.split(after, maxsplit=1)[0]
    return after


SHORT_FORM_LETTERS = 3


def short_for_the_person(word: str, subject: Subject) -> bool:
    """The first letters of one of the person's given names, not the whole of it: "Gwen" for Gwenllian, "Ker" for
    Kerry, "Daf" for Dafydd."""
    short = fold(word)
    return len(short) >= SHORT_FORM_LETTERS and any(given != short and given.startswith(short) for given in person_given_names(subject))


def last_given_name_before(text: str, position: int, reach: int) -> str | None:
    """The last given name written in the `reach` characters before `position` ("Rhodri's" counts as Rhodri)."""
    names = [POSSESSIVE_S.sub("", word) for word in re.findall(NAME_WORD, text[max(0, position - reach) : position])]
    given = [name for name in names if is_given_name(name)]
    return given[-1] if given else None


GIVEN_BEFORE = re.compile(r"\b([A-Z][a-zà-ÿŵŷ'’]+)[ \t]+$")


@cache
def _parent_role_before(*, name_words: int = 0) -> re.Pattern[str]:
    """A parent's or grandparent's role (and "to", "of", "i") just before a name: "mam Osian", "dad to Cai"; with
    name_words, the role and its link before up to that many words of a name: "mum to Cai Rees-" before "Morgan"
    (not "Mam-gu Eirlys", a grandmother named)."""
    roles = "|".join(re.escape(role) for role in sorted(kinship_set("parent_roles"), key=len, reverse=True))
    links = "|".join(re.escape(link) for link in kinship_set("role_links"))
    words = r"(?-i:[A-Z][\w'’]*)(?:[ \t]+|-)"
    link = rf"[ \t]+(?:{links})" if name_words else rf"(?:[ \t]+(?:{links}))?"
    return re.compile(rf"\b(?:{roles}){link}[ \t]+(?:{words}){{0,{name_words}}}$", re.IGNORECASE)


PROSE_LINE = re.compile(r"(?<![\w])(?:[^\W\d_]+(?:['’][^\W\d_]+)?[,.!?;:]*[ \t]+){3,}\S")


# A name right before a job is its holder: "Rhodri Jenkins · Teacher at", "Bu Eirlys yn athrawes yn", "Rachel's a nurse at",
# "Her husband Huw, a watch manager with", "Elin Bowen, fundraising manager at".
HOLDER_BEFORE_JOB = re.compile(
    r"([A-Z][a-zà-ÿŵŷ'’]+(?:-[A-Z][a-zà-ÿŵŷ'’]+)?)(?:[ \t]+[A-Z][\w'’-]+)*"
    r"(?:[ \t]*[·|,–\n-][ \t]*(?:[·|–-][ \t]*)?(?:(?:is|was|a|an|as|our|their)[ \t]+)?|[ \t]+(?:yn|is|was|is a|was a|is an|was an|as|fel)[ \t]+"
    r"|['’]s[ \t]+(?:an?|the)[ \t]+)"  # "Rachel's a nurse at": Rachel is
    r"(?:[A-Za-z][\w-]*[ \t]+){0,2}$")  # a separator or a link between: "Foster Carer" is one job, not Foster's
DAY_NUMBER_BEFORE = re.compile(r"\b\d{1,2}(?:st|nd|rd|th|ain|fed|ydd)?[ \t]+$")  # "30 January", "1st June", "22ain Mehefin"
# Not the first half of a double-barrelled surname: "Mrs Morgan-Price" is no Morgan.
TITLED_GIVEN_NAME = re.compile(r"\b(?:Mrs|Mr|Miss|Ms|Mx|Dr)\.?\s+(?:[A-Z]\.?\s+){0,2}([A-Z][a-zà-ÿŵŷ'’]+)(?![\w'’-])")  # "Mrs A. Lloyd"
TITLED_HOLDER = re.compile(TITLED_GIVEN_NAME.pattern + r"(?:[ \t]+[A-Z][\w'’-]+)*[ \t]*[,·|–-][ \t]*$")


def titled_someone_else(part: str, subject: Subject) -> bool:
    """A name with a title and nothing else ("Mrs A. Lloyd", "Dr Rhys Pugh") that is not the person's: the first part
    of a letter's signature line ("Mrs A. Lloyd, Pennaeth, Ysgol Gynradd ... · 01632 ...")."""
    titled = TITLED_GIVEN_NAME.match(part.strip())
    return titled is not None and titled.end() == len(part.strip()) and fold(titled.group(1)) not in owner_words(subject)


def job_holder_is_someone_else(text: str, job_start: int, sentence_before: str, subject: Subject) -> bool:
    """Whether someone other than the person holds the job that starts at `job_start`: a titled name
    in the sentence ("Mrs Rhian Evans ... to become Deputy Head at"), or a given name just before it."""
    own = owner_words(subject)
    if any(fold(m.group(1)) not in own for m in TITLED_GIVEN_NAME.finditer(sentence_before)):
        return True
    # A signature: "Mrs A. Lloyd, Pennaeth, Ysgol ...", whose initial's stop ends no sentence.
    if (titled := TITLED_HOLDER.search(text, max(0, job_start - 60), job_start)) and fold(titled.group(1)) not in own:
        return True
    holder = HOLDER_BEFORE_JOB.search(text, max(0, job_start - 60), job_start)
    if holder is None or DAY_NUMBER_BEFORE.search(text, max(0, holder.start(1) - 8), holder.start(1)):
        return False  # "Birthday: 30 January" / "Computing teacher at ...": a month of a date, not who holds the job
    if _relation_link_before().search(text, max(0, holder.start(1) - RELATION_LIST_REACH), holder.start(1)):
        return False  # "mam to Osian and Nel, wife to Rich, school nurse with ...": the person's family in their own bio
    # The run of capitalised words before the link: "Rhodri Jenkins", "Mae Bethan" (Welsh "Mae" is "is").
    run = re.findall(r"[A-Z][\w'’-]*", text[holder.start(1) : holder.end()])
    if any(fold(word) in own for word in run):
        return False
    # "Carys, a nurse at", "Husband Gareth, a paramedic with", "Dad was caretaker at": a given name or a relative
    return (is_given_name(holder.group(1)) or any(is_given_name(word) for word in run)
            or fold(holder.group(1)) in kinship_set("adult_relatives", "parent_roles"))


RELATION_LIST_REACH = 80


@cache
def _relation_link_before() -> re.Pattern[str]:
    """A relation and its link right before a list of names: "wife to ", "mam i Tomos a ", "Dad (and taxi) of Cai, ", "chwaer fawr i " (the
    roles of data/kinship.json parent_roles and adult_relatives, the links of role_links)."""
    roles, links = alternation(kinship_set("parent_roles", "adult_relatives")), alternation(kinship_set("role_links"))
    # Welsh puts "big" and "little" after the relation: "chwaer fawr i Nerys", "brawd bach i Cai".
    return re.compile(rf"\b(?i:{roles})[ \t]+(?:(?i:fawr|fach|mawr|bach)[ \t]+)?(?:\([^)\n]{{1,20}}\)[ \t]*)?(?i:{links})[ \t]+"
                      rf"(?:[A-Z][\w'’-]*(?:[ \t]*\(\d{{1,2}}\))?[ \t]*(?:,|&|and|a|ac)[ \t]+)*$")


# "1-3", "01:01:29", "V50", "3rd", "7-2", "*", "✓"; not a post's age under its author ("2h", "3d", "5 mins")
TABLE_CELL = re.compile(r"(?!\d+[ \t]*(?:h|m|d|w|y|hrs?|mins?|wks?|yrs?)$)(?:[A-Za-z]?\d[\d:.,/–-]*[A-Za-z]{0,2}|[^\w\s]{1,3})")


def _a_persons_name(line: str) -> bool:
    """A line holding only a person's name, from a given name ("Lili-Mai Evans", "Jac" in a results list; not "Timau
    ysgol")."""
    listed = NAME_LINE.match(line) or SINGLE_NAME_LINE.match(line)
    return listed is not None and is_given_name(listed.group(1).split()[0])


def _prose_follows(text: str, position: int) -> bool:
    """Whether a name line heads something written: a line of words within the next two lines ("Jane
    Example" / "2h" / "My son ..."), not a row of a table ("Bethan Howells" / "V50" / "01:01:29")."""
    line_start = text.rfind("\n", 0, position) + 1
    if line_start < position and _byline(text[line_start:].split("\n", 1)[0]):
        return True  # "Posted by Catrin Llewelyn on" / "Friday 31 January 2025" / "· in": it says so, whatever comes next
    heading, *following = text[position:].split("\n", 4)[:4]
    above = text[text.rfind("\n", 0, max(0, line_start - 1)) + 1 : max(0, line_start - 1)] if line_start else ""
    if _a_persons_name(above) or (len(following) >= 2 and all(_a_persons_name(line) for line in following[:2])):
        return False  # "Lili-Mai Evans" / "Osian Pritchard": a list of people (results, a cast), not a byline over prose
    if following and following[0].lstrip()[:1] in ("-", "–", "—", ":"):
        return False  # "Mia" / "- my daughter and our Saturday girl": a person described by the writer, not writing
    if following and following[0][:1].islower() and not following[0].lower().startswith(_author_actions()):
        return False  # "Anwen Davies" / "passed her Starter assessment in December.": a list of people and what they did
    if following and TABLE_CELL.fullmatch(following[0].strip()):
        return False  # "Colin Thomas" / "1-3" / "+ 5 of 5 doubles to us": a row of results, then the writer goes on
    name = heading.split()[0] if heading.split() else ""
    if following and name and re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", re.split(r"[.!?]", following[0])[0]):
        return False  # "Mark" / "Mark turned 50 on 2nd October": a section about him in someone's letter, not his post
    return any(PROSE_LINE.search(line) for line in following)


def page_names_person(document: Document, subject: Subject) -> bool:
    """The page's headline or description names the person's surname: a story, tribute or notice about them."""
    if not subject.full_name:
        return False
    said = fold(" ".join((document.meta.get("title", ""), document.meta.get("description", ""), document.meta.get("og:title", ""))))
    surnames = owner_words(subject) - {fold(subject.full_name.split()[0])}
    return any(re.search(rf"\b{re.escape(w)}\b", said) for w in surnames)


def aside_around(document: Document, start: int) -> tuple[int, int] | None:
    """The innermost footer, sidebar, advert or comment holding `start`: nested ones start later."""
    inner = None
    for aside in document.asides:
        if aside[0] <= start < aside[1] and (inner is None or aside[0] >= inner[0]):
            inner = aside
    return inner


POSSESSOR_REACH = 400
PERSON_WORD = re.compile(rf"(?:({PERSON_TITLES})\.?\s+)?([A-Z][a-zà-ÿŵŷ'’]+)"
                         r"(?:[ \t]+([A-Z][a-zà-ÿŵŷ'’]+(?:-[A-Z][a-zà-ÿŵŷ'’]+)?|[A-Z]\.?(?![\w'’])))?")  # "Sophie P, mum to Evie": an initial too


WORD_BEFORE = re.compile(r"([\w'’-]+)[ \t]+$")
NAME_PART_BEFORE = frozenset(load_json("ownership.json")["organisation_name_starts"])


WRITER_WORDS = frozenset({"i", "i'm", "i’m", "i've", "i’ve", "i'd", "i’d", "i'll", "i’ll"})
WRITER_SPEAKS = re.compile(r"\bI\b|\b(?i:my|me|mine|fy|fi)\b")  # the writer of themself; not Welsh "i" (to), lower case
OBJECT_WORDS = frozenset({"to", "of", "and", "&", "i", "a"})


def possessor_before(text: str, position: int, subject: Subject, *, role: bool = False) -> bool | None:
    """Whose "his daughter", "her twins" or "mum to" it is: the person last named before it, as a
    reader takes it ("Coach Steve Bevan said ... since his boy Rhys", "Gemma Hurley (mum to Riley").
    True for the person, False for someone else named in full or by title, None when nobody is.
    A role ("mum to", role=True), unlike "his" or "her", is the writer's once the writer has spoken of
    themselves in a sentence after the name: "... Gareth Pritchard. My boy ... I'm ... Mam to Osian"."""
    if not subject.full_name:
        return None
    mine = owner_words(subject)
    begin = max(0, position - POSSESSOR_REACH)
    spoke = [m.start() for m in WRITER_SPEAKS.finditer(text, begin, position)] if role else []
    for match in reversed(list(PERSON_WORD.finditer(text, begin, position))):
        title, first, last = match.groups()
        if HYPHEN.match(text, match.end()):
            continue  # "Rees" of "Rees-Morgan": read with the rest of the name, below
        if match.start() > 0 and HYPHEN.match(text, match.start() - 1):
            # "I'm Bethan Rees-Morgan, mam to Nanw": "Morgan" ends a double-barrelled surname and is no signature on its own
            if not (whole := DOUBLE_BARRELLED.search(text, max(0, match.end() - 80), match.end())):
                continue
            title, first, last = whole.group(1), whole.group(2) or whole.group(3), whole.group(3) if whole.group(2) else None
        if fold(first) in WRITER_WORDS and not SENTENCE_BREAK.search(text, match.end(), position):
            return None  # "I'm Mam to Gruff (9) and Alys (6)": the writer, whoever the page says that is
        if spoke and spoke[-1] > match.end() and (stop := SENTENCE_BREAK.search(text, match.end(), spoke[-1])) and stop.start() < spoke[-1]:
            return None
        if re.match(r"[ \t]+[A-Z]", text[match.end() : match.end() + 2]):
            continue  # "Prince Charles Hospital", "Ysgol Gymraeg Nant y Wern": a longer name, not a person's
        if (word_before := WORD_BEFORE.search(text, max(0, match.start() - 30), match.start())) and fold(word_before.group(1)) in NAME_PART_BEFORE:
            continue  # "Ysgol Gynradd Bryn Celyn · mam to ...": the end of a school's name, not a person
        first = POSSESSIVE_S.sub("", first)  # "Rhian's daughter Seren ... and her son Cian"
        if last and len(last.rstrip(".")) == 1 and is_given_name(first):
            # a signature with an initial: the person's own only when both fit ("Kerry M" for Kerry Morgan)
            initials = {w[0] for w in person_surnames(subject)}
            return fold(first) in person_given_names(subject) and fold(last[0]) in initials
        words = {fold(first)} | ({fold(last)} if last else set())
        if last and fold(last) in NOT_SURNAMES:
            last, words = None, {fold(first)}
        if words & mine:
            if last and is_given_name(first) and fold(first) not in person_given_names(subject):
                return False  # "Kenneth Price" on Jane Price's page: a relative who shares her surname
            return not (last and fold(first) in person_given_names(subject) and fold(last) not in mine)
        if is_given_name(first) and (title or last):
            return False
        if is_given_name(first) and APPOSITION.fullmatch(text, match.end(), position) and not _object_of(text, match.start()):
            return fold(first) in person_given_names(subject)  # a signature: "– Sarah, mum to Alfie", "Gemma (mam to Ffion)"
    return None


HYPHEN = re.compile(r"[-‐]")
DOUBLE_BARRELLED = re.compile(rf"(?:({PERSON_TITLES})\.?[ \t]+|([A-Z][a-zà-ÿŵŷ'’]+)[ \t]+)?"
                              r"([A-Z][a-zà-ÿŵŷ'’]+(?:[-‐][A-Z][a-zà-ÿŵŷ'’]+)+)$")
APPOSITION = re.compile(r"[ \t]*[,(][ \t]*")


def _object_of(text: str, start: int) -> bool:
    """The name at `start` follows "to", "of" or "and": one of the relations a writer lists ("husband to Nia, dad
    to Macsen"), not a name that signs ("– Sarah, mum to Alfie")."""
    word_before = WORD_BEFORE.search(text, max(0, start - 30), start)
    return word_before is not None and fold(word_before.group(1)) in OBJECT_WORDS


# A role word the page gives the person: "our church secretary, Eirlys Davies", "Eirlys has served as secretary",
# "Sioned Evans (Treasurer)". Then "posted to the secretary at ..." is the person's address, not an office's.
ROLE_WORD = re.compile(r"\b(?:" + "|".join(re.escape(r) for r in sorted(load_json("ownership.json")["roles_held"], key=len, reverse=True)) + r")\b")
ROLE_REACH = 40
ROLE_IN_OTHER_WORDS = re.compile(r"[ \t]*/[ \t]*")


@lru_cache(maxsize=8)
def roles_held_by_person(text: str, subject: Subject) -> frozenset[str]:
    """The role words written right beside the person's name on the page, with nobody else named between."""
    if not subject.full_name:
        return frozenset()
    lower = text.lower()
    held = set()
    for name in {subject.full_name.lower(), *(n.split()[0].lower() for n in subject.names if n.split())}:
        if len(name) < 3:
            continue
        for match in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", lower):
            begin, end = max(0, match.start() - ROLE_REACH), match.end() + ROLE_REACH
            if (roles := list(ROLE_WORD.finditer(lower, begin, match.start()))) and not _another_between(text, roles[-1].end(), match.start()):
                held.add(roles[-1].group(0))  # "our church secretary, Eirlys Davies"
            if ((role := ROLE_WORD.search(lower, match.end(), end)) and not _another_between(text, match.end(), role.start())
                    and not lower[role.end() : role.end() + 3].lstrip().startswith(":")):  # not "Secretary: Alun Griffiths"
                held.add(role.group(0))  # "Eirlys has served as secretary", "Sioned Evans (Treasurer)"
                while (slash := ROLE_IN_OTHER_WORDS.match(lower, role.end())) and (role := ROLE_WORD.match(lower, slash.end())):
                    held.add(role.group(0))  # "Cadeirydd / Chair": the same role in the other language
    return frozenset(held)


FIELD_LINE_WORDS = 8
NAME_LINE_REACH = 2  # "Lowri Haf Edwards" / "Swydd / Role" / "Deckhand, bookings, tea": a label may stand between


def _under_the_persons_name_line(text: str, position: int, subject: Subject) -> bool:
    """Whether `position` is on one of the lines just under a line holding only the person's name: their own card
    ("Menna Llwyd" / "Hyfforddwraig wirfoddol · Arweinydd sesiynau"), where a role word is their job, not someone to ask."""
    names = {fold(name) for name in subject.names}
    line_start = text.rfind("\n", 0, position) + 1
    line_end = text.find("\n", position)
    line = text[line_start : len(text) if line_end == -1 else line_end].rstrip()
    if line[-1:] in (".", "!", "?") or len(line.split()) > FIELD_LINE_WORDS:
        return False  # a sentence under a comment's author ("Nia Wyn" / "No idea, ring the school office – 01632 ..."), not a field
    for _ in range(NAME_LINE_REACH):
        if line_start == 0:
            return False
        above = text.rfind("\n", 0, line_start - 1) + 1
        if fold(text[above : line_start - 1].strip()) in names:
            return True
        line_start = above
    return False


def _another_between(text: str, start: int, end: int) -> bool:
    """A sentence break or another capitalised word between the name and the role."""
    between = text[start:end]
    if re.fullmatch(r":[ \t]*\n?[ \t]*|[ \t]*\n[ \t]*", between):
        return False  # "Ysgrifennydd:" / "Nia Haf Edwards": a label and its value on the next line; a signature's name and role
    return bool(re.search(r"[.!?\n]|\b[A-Z]", between)) or len(between.split()) > 4


LAST_NAMED_REACH = 300
TITLE_JUST_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Rev|Revd|Parch|Cllr|Prof)\.?[ \t]+$")
SENTENCE_START_BEFORE = re.compile(r"(?:^|[.!?][ \t]+|\n[ \t]*)$")
CAPITAL_WORD_BEFORE = re.compile(r"\b([A-Z][\w'’-]*)[ \t]+(?:(?:y|yr|ar|o|of|the|de)[ \t]+)?$")  # "Pant y Celyn", "Bryn Gwyn"


INITIALS = r"(?<![\w'’-])[A-Z]{2,3}(?![\w'’-])"


@cache
def initials_of(subject: Subject) -> frozenset[str]:
    """The person's initials as minutes write them: "HP" for Helen Probert, "BRM" and "BR" for Bethan Rees-Morgan."""
    found: set[str] = set()
    for name in subject.names:
        words = re.findall(r"[\w'’]+", name)
        if len(words) > 1:
            found |= {"".join(w[0] for w in words).upper(), (words[0][0] + words[-1][0]).upper(),
                      (words[0][0] + name.split()[-1][0]).upper()}
    return frozenset(found)


@lru_cache(maxsize=64)
def _initials_of_someone_else(text: str, initials: str) -> bool:
    """The page gives the initials to a named person ("Glyn Watkins (Chair) – GW", "Marian Bufton (MB)")."""
    return re.search(rf"[A-Z][\w'’-]+[ \t]+[A-Z][\w'’-]+[^\n;]{{0,25}}?[–—(-][ \t]*{initials}\b", text) is not None


def last_named_before(text: str, position: int, subject: Subject, *, people_only: bool = False) -> bool | None:
    """Whom "he", "his", "her" or "their" points back to: the last given name written before `position` (in a
    profile of a colleague, a coach, a manager), the person's (True) or someone else's (False); None when
    none is. Names that are themselves someone's family or joined to another ("her husband Huw", "Owen's boy
    Harri", "her twins, Nia and Gethin", "She and Dewi") are passed over, and so is the end of a longer
    name ("Llan-y-Glyn", "Ysgol Gymraeg Tir Gwyn"). With people_only, so are the page's animals ("her
    children" after "holding Gary", the snail named Gary)."""
    mine = owner_words(subject)
    begin = max(0, position - LAST_NAMED_REACH)
    for match in reversed(list(re.finditer(rf"{NAME_WORD}|{INITIALS}", text[begin:position]))):
        plain = POSSESSIVE_S.sub("", match.group(0))
        if plain.isupper():
            if plain in initials_of(subject):
                return True  # minutes that call people by their initials: "HP offered to bring her son Owain"
            if _initials_of_someone_else(text, plain):
                return False
            continue
        if fold(plain) in mine or is_the_persons_given_name(plain, subject):
            return True  # "Gwenllian Ellis", or "Gwen" or "Llian" for her
        at = begin + match.start()
        if _house_on_an_address(text, begin + match.end()) or house_after_a_name(text, at):
            continue  # "ei chartref, Bryn Eithin, Lôn Goch", "Mererid Huws, Bryn Awel, sy'n ...": a house named like a person
        before = re.findall(r"[\w'’-]+", text[max(0, at - 30) : at])[-3:]
        if (before and fold(before[-1]) in kinship_set("adult_relatives", "child_nouns", "fillers", "joiners")) or text[at - 1 : at] == "-":
            continue
        if len(before) > 1 and fold(before[-1]) in kinship_set("role_links") and fold(before[-2]) in kinship_set("parent_roles"):
            continue  # "Rhian is a proud nanna to Efa (3). Her birthday is ...": the family she is listed with, not whom "her" is
        if TITLE_JUST_BEFORE.search(text, max(0, at - 8), at):
            return False  # "Mr Harries coaches ...", "Mr Dylan Harries": a title makes a person even of a surname
        if ((joined := CAPITAL_WORD_BEFORE.search(text, max(0, at - 30), at)) and not is_given_name(joined.group(1))
                and not SENTENCE_START_BEFORE.search(text, max(0, joined.start(1) - 3), joined.start(1))):
            continue  # the end of a longer name: "Ysgol Gymraeg Tir Gwyn", "Capel Bethel"; not "Mae Glenys Huws"
        if people_only and called_an_animal(text, plain):
            continue
        if is_given_name(plain) and not place_named_at(text, at, plain) and not DATE_AROUND.search(text, max(0, at - 9), at + len(plain) + 5):
            return False  # but not "April" of "on 21 April", "June" of "June 3rd"
    return None


# Welsh "ym mis Medi"; "since August", "last June": a month after a word of time, not a person.
DATE_AROUND = re.compile(r"\d[ \t]+(?:of[ \t]+)?[A-Z][a-z]+\b|\b[A-Z][a-z]+[ \t]+\d|\bmis[ \t]+[A-Z]|"
                         r"\b(?i:since|from|until|till|last|next|this|early|late|mid|in|by|before|after|through)[ \t]+"
                         r"(?:January|February|April|May|June|July|August|September|October|November|December)\b")
# The part after a name's comma, up to the next: "Bryn Eithin, Lôn Goch, Llanilan" names a street there.
ADDRESS_PART_AFTER = re.compile(r"(?:[ \t]+[A-Z][\w'’-]+)*[ \t]*,[ \t]*(?:\d+[a-z]?[ \t]+)?([^,\n]{1,40})")


def _house_on_an_address(text: str, end: int) -> bool:
    """Whether the name ending at `end` is followed by a street: a house's name on an address, not a person's."""
    part = ADDRESS_PART_AFTER.match(text, end)
    return part is not None and any(fold(word) in STREET_WORDS for word in re.findall(r"[\w'’-]+", part.group(1)))
HOUSE_NAME_STARTS = frozenset(load_json("ownership.json")["house_name_starts"])
# A person's full name, a comma, then a capitalised name of up to four words between commas: "Mererid Huws, Bryn Awel, sy'n".
NAME_THEN_PLACE = re.compile(rf"{NAME_WORD}[ \t]+{NAME_WORD},[ \t]*((?:[{UPPER}][\w'’-]*[ \t]+(?:(?:y|yr|'r)[ \t]+)?){{0,3}}[{UPPER}][\w'’-]*)[ \t]*,")
HOUSE_AFTER_NAME_REACH = 80
COMMON_SURNAMES = frozenset(load_json("common_names.json")["surnames"])  # "Mererid Huws, Bryn Jones, ...": two people


def house_after_a_name(text: str, at: int) -> bool:
    """Whether the word at text[at] is in a house's name given after a person's, as community news gives people
    ("Llongyfarchiadau i Mererid Huws, Bryn Awel, ..."): where they live, not someone else."""
    for match in NAME_THEN_PLACE.finditer(text, max(0, at - HOUSE_AFTER_NAME_REACH), at + HOUSE_AFTER_NAME_REACH):
        words = [fold(word) for word in match.group(1).split()]
        if match.start(1) <= at < match.end(1) and words[0] in HOUSE_NAME_STARTS and words[-1] not in COMMON_SURNAMES:
            return True
    return False


# "moving home from Bristol", "a marathon in London", "ym Mhontypridd": a town, though Bristol and London are given names too.
PLACE_PREPOSITION_BEFORE = re.compile(r"\b(?:in|at|from|to|near|around|outside|via|yn|ym|o|i)[ \t]+$", re.IGNORECASE)


# After a town, the region or country that says where it is: "in Columbus, Ohio", "from Lagos, Nigeria".
REGION_AFTER = re.compile(r",[ \t]+([A-Z][a-z]+)\b")


def place_named_at(text: str, at: int, word: str) -> bool:
    """Whether the capitalised word at text[at] is a town named after a place word, not a person: a UK town,
    or any town followed by its region or country ("born in Columbus, Ohio")."""
    if PLACE_PREPOSITION_BEFORE.search(text, max(0, at - 12), at) is None:
        return False
    if fold(word) in uk_places():
        return True
    region = REGION_AFTER.match(text, at + len(word))
    return region is not None and not is_given_name(region.group(1))


QUOTE_REACH = 600
QUOTED_BY_ROLE = frozenset({"parent", "mum", "mam", "dad", "client", "patient", "carer", "family", "service", "resident", "relative",
                            "grandparent", "customer", "rhiant", "teulu"})
# The attribution after a quotation: '..." — Lowri Beynon, Staff Nurse'.
QUOTE_ATTRIBUTION = re.compile(r"[”\"]\s*[—–-]+\s*([A-Z][a-zà-ÿŵŷ'’]+(?:\s+[A-Z][a-zà-ÿŵŷ'’-]+)?)")


# The speaker named before a quotation: 'Tracy Bennett, who nominated her, said: "', 'meddai Nerys: "'.
SPEAKER_BEFORE_QUOTE = re.compile(r"\b([A-Z][a-zà-ÿŵŷ'’]+(?:[ \t]+[A-Z][a-zà-ÿŵŷ'’-]+)?)(?:,[^,\n\"“]{0,60},)?[ \t]+(?:said|says|added|told us|explained|meddai|dywedodd)[ \t]*[:,]?[ \t]*[\"“]$")


@lru_cache(maxsize=8)
def _straight_quotes(text: str) -> tuple[int, ...]:
    """Where the page's straight quotation marks stand: an even number before a point means every
    quotation opened before it has closed."""
    return tuple(match.start() for match in re.finditer('"', text))


def quoted_speaker(text: str, start: int, subject: Subject) -> bool | None:
    """Inside a quotation attributed after it ("… my son Gethin was born early!" — Lowri Beynon):
    True when the speaker is the person, False for someone else, None when not in such a quotation."""
    curly = text.rfind("“", max(0, start - QUOTE_REACH), start)
    straight = text.rfind('"', max(0, start - QUOTE_REACH), start)
    if straight > curly and bisect_left(_straight_quotes(text), start) % 2 == 0:
        straight = -1  # a straight mark that closed a quotation, not one that opens the words here
    opening = max(curly, straight)
    if opening == -1 or "”" in text[opening + 1 : start]:
        return None
    opened_by = SPEAKER_BEFORE_QUOTE.search(text, max(0, opening - 120), opening + 1)
    closing = QUOTE_ATTRIBUTION.search(text, start, min(len(text), start + QUOTE_REACH))
    if opened_by is not None:
        speaker = opened_by.group(1).split()  # 'Team manager Tracy Bennett, who nominated her, said: "...'
    elif closing is None or "“" in text[start : closing.start()]:
        return None
    else:
        speaker = closing.group(1).split()
    if fold(speaker[0]) in QUOTED_BY_ROLE:
        return False  # '"... our daughter Nel ..." – Parent, Barry': a testimonial from someone served
    if not is_given_name(speaker[0]):
        return None
    return bool({fold(w) for w in speaker} & owner_words(subject))


def post_around(document: Document, start: int) -> tuple[int, int, str] | None:
    """The innermost post, comment or review holding `start`, with its author."""
    inner = None
    for post in document.posts:
        if post[0] <= start < post[1] and (inner is None or post[0] >= inner[0]):
            inner = post
    return inner


POSTED_BY = re.compile(r"^(?:posted|written|reply|replied|comment|answer|review)(?:ed)?\s+(?:by|from)\s+", re.IGNORECASE)
PERSONAL_PRONOUN_WORDS = frozenset({"he", "she", "they", "he's", "she's", "they're", "he’s", "she’s", "they’re", "hi", "fe", "fo", "nhw"})
SECOND_PERSON = re.compile(r"\b(?:you['’](?:re|ve|d|ll)|yourself|your|you|ti|chi)\b", re.IGNORECASE)


YOU_AS_OBJECT_AFTER = frozenset({"miss", "missed", "missing", "love", "thank", "see", "with", "to", "for", "at", "like", "know", "tell",
                                  "told", "of", "taught", "ask", "asked", "bet"})  # "Still miss you on nights at ...": not what "you" does
SUBJECT_BETWEEN_REACH = 6  # words between "you" and what it does: "You still on nights at", "are you still working at"


def _you_do_it(before: str, cue: str, rest: str) -> bool:
    """Whether "you" is who a cue (the words up to the organisation's name) at the end of `before` is said of: a cue
    opening its sentence or clause, with "you" elsewhere in the sentence and nobody else in it ("14 years with BCUHB
    and you still care", "Thought you'd be used to long days in court by now Gaz, twelve years with ..."), or "you" a
    few words before the cue with nobody else named or pointed to between, there or in the cue ("You still on nights
    at ..."; not "You taught our Cerys to read and she's now doing A-level English at ...")."""
    def someone_else_in(words: list[str]) -> bool:
        return any(fold(word) in PERSONAL_PRONOUN_WORDS or (word[:1].isupper() and is_given_name(word)) for word in words)

    cue_words = re.findall(r"[\w'’]+", cue)
    if not re.search(r"\w", re.split(r"[,;:–—]", before)[-1]):
        # The cue opens its sentence or clause ("14 years with BCUHB and you still care", "... by now Gaz, twelve years with ..."):
        # the "you" of the sentence, with nobody else in it.
        return (SECOND_PERSON.search(before + rest) is not None
                and not someone_else_in(re.findall(r"[\w'’]+", before) + cue_words))
    yous = list(SECOND_PERSON.finditer(before))
    if not yous:
        return False
    you = yous[-1]
    word_before = re.findall(r"[\w'’]+", before[: you.start()])[-1:]
    if word_before and fold(word_before[0]) in YOU_AS_OBJECT_AFTER:
        return False
    between = re.findall(r"[\w'’]+", before[you.end() :])
    return len(between) <= SUBJECT_BETWEEN_REACH and not someone_else_in(between + cue_words)


def said_to_person(document: Document, start: int, subject: Subject, *, said_end: int | None = None) -> bool:
    """Whether the "you" of the sentence at `start`, in a comment or reply someone else wrote, is the person: the
    comment calls them by their given name or a short form of it ("Thought you'd be used to long days in court by
    now Gaz"), or names nobody and answers the person's own post at the top of the page ("Proud of you. 14 years
    with BCUHB and you still care this much x"). A sentence where the writer also says "I" or "my" is not only
    about the person. `said_end` is where the organisation's name starts after the cue at `start`."""
    post = post_around(document, start)
    if post is None or post_author_is_subject(document, post[2], subject) is not False:
        return False
    offset, sentence = sentence_around(document.text, start, start)
    cue_end = start if said_end is None else said_end
    if WRITER_SPEAKS.search(sentence) or not _you_do_it(sentence[: start - offset], sentence[start - offset : cue_end - offset],
                                                         sentence[cue_end - offset :]):
        return False
    return reply_addressed_to_person(document, start, subject) is True


def reply_addressed_to_person(document: Document, start: int, subject: Subject) -> bool | None:
    """Whom a comment or reply someone else wrote, around `start`, speaks to: the person when it calls them by a
    given name or a short form of it ("... by now Gaz", "Thanks for hosting Trace!"), or names nobody and answers the
    person's own post at the top of the page; someone else when it names another; None outside such a reply."""
    post = post_around(document, start)
    if post is None or post_author_is_subject(document, post[2], subject) is not False:
        return None
    begin, finish, author = post
    body = document.text[begin:finish]
    body = body[body.find(author) + len(author) :] if author in body else body  # not the author's own name
    words = re.findall(NAME_WORD, body)
    if any(is_the_persons_given_name(word, subject) for word in words):
        return True  # their name or a short form of it: "... by now Gaz, twelve years with ..."
    named = [word for word in words if is_given_name(word)]
    if named:
        return False  # someone else is named: the "you" may well be them
    first = document.posts[0]
    return True if first[0] < begin and post_author_is_subject(document, first[2], subject) is True else None


@cache
def _owner_replies() -> frozenset[str]:
    return frozenset(load_json("page_posts.json")["owner_replies"])


def handle_words(author: str) -> list[str]:
    """The words of an author line or handle, camel case split too: "NosNurseLowri" is nos, nurse, lowri."""
    return [fold(w) for w in re.findall(r"[^\W\d_]+", POSTED_BY.sub("", author))
            for w in [w, *(re.findall(r"[A-Z][a-z]+", w) if re.search(r"[a-z][A-Z]", w) else ())]]


def author_is_subject(author: str, subject: Subject) -> bool | None:
    """Whether a post's author line ("Leanne Harries", "SianTudur_Bangor", "Kerry P.", "Ogwr Valley
    Runners") is the person: True with their surname, False for anyone else, None for their given
    name with nothing to tell ("Bethan", "BethanNurse_Cwmbach", "cerimum84")."""
    if not subject.full_name or fold(author).strip(" :") in _owner_replies():
        return None  # "Response from the owner": the page's own voice
    words = handle_words(author)
    handle = "".join(words)
    # Handles drop a double surname's hyphen: "miss.wynnejones" is Nia Wynne-Jones.
    surnames = {re.sub(r"[-'’]", "", w) for w in person_surnames(subject) if len(w) > 2}
    if (any(surname in handle for surname in surnames) or _initial_and_cut_surname(author, subject, surnames)
            or _given_name_and_surname_initial(author, subject, surnames)):
        return True
    # "BethanNurse_Cwmbach" starts with the given name; "nanny_glen_llanelli" has it cut short ("Glen" for Glenys).
    if author_has_given_name(author, subject):
        return None
    return False


NICKNAME_STEM = 4  # "beth" of Bethan, "geth" of Gethin: the letters a nickname handle keeps


def _initial_and_cut_surname(author: str, subject: Subject, surnames: set[str]) -> bool:
    """A handle made of the given name's initial and the surname cut short, either way round: "GPross" or
    "pross_g84" for Gareth Prosser. The cut keeps at least NICKNAME_STEM letters, so "GPro" says nothing."""
    letters = fold(re.sub(r"[\W\d_]+", "", POSTED_BY.sub("", author)))
    initials = {given[0] for given in person_given_names(subject) if given}
    if len(letters) <= NICKNAME_STEM + 1:
        return False
    cuts = [cut for cut, initial in ((letters[1:], letters[0]), (letters[:-1], letters[-1])) if initial in initials]
    return any(len(surname) > len(cut) and surname.startswith(cut) for surname in surnames for cut in cuts)


def _given_name_and_surname_initial(author: str, subject: Subject, surnames: set[str]) -> bool:
    """A handle that is a given name or its short form and the surname's initial, alone or before a place or a number:
    "DazH", "Kerry P.", "DebsM_Newport" for Darren Hughes, Kerry Powell, Debbie Mallinson. Another initial is another
    person."""
    author = POSTED_BY.sub("", author)
    # The whole handle, or its first part before a place or a number: "DebsM_Newport".
    forms = {fold(re.sub(r"[\W\d_]+", "", author)), fold(re.split(r"[\W\d_]+", author.strip())[0])}
    initials = {surname[0] for surname in surnames}
    if any(form in (given + initial, initial + given) for form in forms for given in person_given_names(subject)
           if len(given) > 2 for initial in initials):
        return True
    # The given name's first letters and the surname's initial as a capital: "DiR", "Di R." or "DiR_84" for Dionne
    # Rees (not "dir", a word).
    shaped = PREFIX_AND_INITIAL.fullmatch(re.split(r"[\d_]", author.strip())[0])
    return shaped is not None and fold(shaped.group(2)) in initials and any(
        given.startswith(fold(shaped.group(1))) for given in person_given_names(subject) if len(given) > 2)


PREFIX_AND_INITIAL = re.compile(r"([A-Z][a-z]+)[ .-]?([A-Z])\.?")


def author_has_given_name(author: str, subject: Subject) -> bool:
    """The author line carries the person's given name, whole or cut short ("Bethan", "Geth", "BethanNurse_Cwmbach"),
    or a nickname made from its first four letters ("bethzilla" for Bethan, "gethbo" for Gethin)."""
    words = handle_words(author)
    return any(word.startswith(given) or (len(word) >= 4 and given.startswith(word))
               or (len(given) > NICKNAME_STEM and word[:NICKNAME_STEM] == given[:NICKNAME_STEM])
               for word in words for given in person_given_names(subject) if len(given) > 2)


def written_by_someone_else(document: Document, start: int, subject: Subject) -> bool:
    """The detail stands in a post, comment or review whose author is someone else."""
    post = post_around(document, start)
    return post is not None and post_author_is_subject(document, post[2], subject) is False


def post_author_is_subject(document: Document, author: str, subject: Subject) -> bool | None:
    """author_is_subject, and True for a forum handle that signs one of its posts with the person's full
    name ("BlueLightMam: Ha, busted. Yes it's Sioned Griffiths", "... Thank you all x Rhi (Rhiannon
    Beddoe if any locals ...)", "... Nia Harries x") or whose user card gives it ("Name: Rhian Beynon"):
    on that page the handle is theirs."""
    if subject.full_name and author in _self_named_authors(document.text, document.posts, subject.full_name):
        return True
    if subject.full_name and author == _account_run_by(document.text, document.posts, subject.full_name):
        return True
    return author_is_subject(author, subject)


TRAILING_SYMBOLS = re.compile(r"[\W_]+$")
ACCOUNT_HEADER_CHARS = 1500  # a profile's handle, counts and bio, above its first post


@lru_cache(maxsize=8)
def _account_run_by(text: str, posts: tuple[tuple[int, int, str], ...], full_name: str) -> str | None:
    """The handle of the account whose page this is ("fibrofriends_ponty" / "212 posts" / bio "Run by Carys
    Whitfield ..."), when its header above the first post names the person in full: its posts are theirs."""
    if not posts or posts[0][0] > ACCOUNT_HEADER_CHARS:
        return None  # the first post far down the page: comments under an article, not an account's feed
    header = text[: posts[0][0]]
    # The account's name as a line of its own above the first post, the site's bar ("facebook" / "Home") before it or not.
    lines = {TRAILING_SYMBOLS.sub("", line.strip()) for line in header.split("\n")}
    handle = TRAILING_SYMBOLS.sub("", posts[0][2].strip())  # "Parc Bootcamp Caerfyrddin 💪🌳"
    if not handle or handle not in lines or (" " in handle and is_given_name(handle.split()[0])):
        return None  # a page named like a person ("Rhian Jones") is theirs, not run by the person
    return posts[0][2] if re.search(rf"\b{_folded_full_name(full_name)}\b", fold(header)) else None


def _folded_full_name(full_name: str) -> str:
    """The full name as a pattern for folded text, with room for a nickname the page writes inside it: 'Rhodri
    "Rhod" Jenkins', "Dafydd (Daf) Meredith"."""
    first, *rest = [re.escape(fold(word)) for word in full_name.split()]
    if not rest:
        return first
    nickname = rf"(?:\s+[{re.escape(QUOTE_OPEN)}(][^\n{re.escape(QUOTE_CLOSE)})]{{1,20}}[{re.escape(QUOTE_CLOSE)})])?"
    return first + nickname + r"\s+" + r"\s+".join(rest)


# The name field of the user card a forum prints beside a post, in it or just before its author line: "Mamgu_Ferments" /
# "Real name: Eirlys Jenkins" / "Posts: 214" / ... / "by Mamgu_Ferments »"; the name may stand on the line below its label.
USER_CARD_NAME = r"(?:\A|\n)[ \t]*(?:real name|full name|name|enw)[ \t]*(?::[ \t]*\n?|\n)[ \t]*{name}\b"

SIGNATURE_LINE = r"\n[ \t]*{name}[ \t]*(?:\([^)\n]*\)[ \t]*)?[·•|–—,-][^\n]*\s*\Z"

# "Yes it's Sioned Griffiths", "Rhi (Rhiannon Beddoe if any locals ...", the post signed off with the
# name as its own last sentence ("... or it'll get lost!). Nia Harries x") or a signature line, a letter in
# it signed, or the name field of the author's user card.
SELF_NAMING = (r"(?:\b(?:it'?s|it’s|i'?m|i’m|i am|this is|my name is|name's|name’s)\s+|\(\s*){name}\b"
               r"|(?:\A|[.!?)]\s+|\n\s*){name}\s*(?:x+\s*)?\Z"
               # a forum signature as the post's last line: "Rhiannon Powell (Rhi) · BRSC away travel coordinator"
               r"|" + SIGNATURE_LINE +
               # a letter pasted into the post, signed: "Diolch yn fawr,\nNerys Hopkins (mam Osian, 9R)"
               r"|\b(?:diolch(?: yn fawr)?|thanks|many thanks|thank you|regards|kind regards|best wishes|cofion(?: cynnes| gorau)?|"
               r"yours sincerely|yours faithfully)\s*,?[ \t]*\n\s*{name}\b"
               # the user card beside a forum post: "RhiDiscus" / "Regular Member" / "Name: Rhian Beynon"
               r"|" + USER_CARD_NAME)


USER_CARD_CHARS = 300


@lru_cache(maxsize=8)
def _self_named_authors(text: str, posts: tuple[tuple[int, int, str], ...], full_name: str) -> frozenset[str]:
    words = [re.escape(fold(word)) for word in full_name.split()]
    name = _folded_full_name(full_name)
    pattern = re.compile(SELF_NAMING.format(name=name))
    card = re.compile(USER_CARD_NAME.format(name=name))
    # A signature line may give the surname's initial only: "Kerry V • 3 Siberians + 1 pensioner" for Kerry Vaughan.
    initialled = re.compile(SIGNATURE_LINE.format(name=rf"{words[0]}\s+{words[-1][0]}\.?")) if len(words) > 1 else None
    named = set()
    previous_end = 0
    for begin, finish, author in sorted(posts):
        card_text = text[max(previous_end, begin - USER_CARD_CHARS) : begin]
        post = fold(text[begin:finish])
        if pattern.search(post) or (initialled and initialled.search(post)) or (TRAILING_SYMBOLS.sub("", author.removeprefix("by ").strip()) in card_text
                                                         and card.search(fold(card_text))):
            named.add(author)
        previous_end = max(previous_end, finish)
    return frozenset(named)


def in_post(document: Document, start: int) -> bool:
    """In a post, comment or review whose author line was read."""
    return post_around(document, start) is not None


def where_written(document: Document, start: int, subject: Subject) -> str:
    """Where on the page a detail stands, for the learned models: in someone else's post or comment, in
    a footer, sidebar or advert, or in the page's main text."""
    if written_by_someone_else(document, start, subject):
        return "o:in_someone_elses_post"
    return "o:in_aside" if in_aside(document, start) else "o:in_main_text"


def in_aside(document: Document, start: int) -> bool:
    """In a footer, sidebar, advert or comment."""
    return aside_around(document, start) is not None


QUOTE_OPEN, QUOTE_CLOSE = "\"“‘'(", "\"”’')"


def with_nicknames_on_page(document: Document, subject: Subject) -> Subject:
    """The person with the nicknames the page writes inside their full name ('Sandra "Sandy" Howells', "Dafydd (Daf)
    Meredith") among their short names: "Sandy's star sign" further down is theirs."""
    nicknames = []
    for name in subject.names:
        given, _, surname = name.strip().partition(" ")
        if not surname:
            continue
        surname_said = r"[ \t]+".join(re.escape(word) for word in surname.split())
        pattern = rf"\b(?i:{re.escape(given)})[ \t]+[{re.escape(QUOTE_OPEN)}]({NAME_WORD})[{re.escape(QUOTE_CLOSE)}][ \t]+(?i:{surname_said})\b"
        nicknames += [match.group(1) for match in re.finditer(pattern, document.text)]
    new = tuple(dict.fromkeys(n for n in nicknames if fold(n) not in owner_words(subject)))
    return replace(subject, short_names=subject.short_names + new) if new else subject


@cache
def person_given_names(subject: Subject) -> frozenset[str]:
    """The person's given names as written first in each of their names, folded ("bethan", "beth"), and the
    short forms those go by that do not start with them (data/short_names.json: "Gaz" for Gareth, "Dai" for Dafydd)."""
    given = frozenset(fold(name.split()[0]) for name in (*subject.names, *subject.short_names) if name.split())
    return given | _short_forms_of(given)


@cache
def person_surnames(subject: Subject) -> frozenset[str]:
    """The words of the person's names that are not a given name ("rees", "morgan" of Bethan Rees-Morgan)."""
    return owner_words(subject) - person_given_names(subject)


NAME_LINE_HEADS = 80  # characters into its line a contact detail may stand for a name line above to head it


def is_the_persons_given_name(word: str, subject: Subject) -> bool:
    """One of the person's given names, a short form of it ("Gaz"), or its first letters ("Ker" for Kerry, "Gwen – 07700
    ..." on Gwenllian's page)."""
    return fold(word) in person_given_names(subject) or short_for_the_person(word, subject)


def named_at_contact(text: str, start: int, end: int, subject: Subject) -> bool | None:
    """Whose contact detail, from a person's name written right before or asked for right after it:
    True for the person, False for someone else, None when no name stands there."""
    mine = owner_words(subject)
    after = NAME_JUST_AFTER.match(text, end, min(len(text), end + CONTACT_REACH))
    if after and is_given_name(after.group(1)) and fold(after.group(1)) not in mine:
        return False
    if (bracketed := NAME_IN_BRACKETS_AFTER.match(text, end)) and is_given_name(bracketed.group(1)) and fold(bracketed.group(1)) not in NOT_SURNAMES:
        return is_the_persons_given_name(bracketed.group(1), subject)  # "07700 900563 (Sioned – texts best)", "(Gwen, evenings)"
    line_start = text.rfind("\n", 0, start)
    if line_start > 0 and start - line_start <= NAME_LINE_HEADS:
        # A given name on the line above heads this one: a team list ("Jade" / "- Nails & Brows: 07700 ..."); not a
        # heading over a paragraph ("Kit" / "The speed device ... Collect from 7 Clos y Waun, CF35 6LW").
        above = text[text.rfind("\n", 0, line_start) + 1 : line_start]
        if (single := SINGLE_NAME_LINE.match(above)) and is_given_name(single.group(1)) and fold(single.group(1)) not in NOT_SURNAMES:
            return is_the_persons_given_name(single.group(1), subject)
    signed = SIGNED_AFTER.search(text, end, min(len(text), end + SIGNATURE_REACH))
    if signed and FIRST_PERSON_BEFORE.search(text, max(0, start - CONTACT_REACH), start) and is_given_name(signed.group(1)):
        # "you can contact me directly on 07700 ... — Mr Clive Rosser, Chair of Governors": the signer's "me"
        return fold(signed.group(1)) in person_given_names(subject) and fold(signed.group(2)) in mine
    reach = max(0, start - CONTACT_REACH)
    before = NAME_JUST_BEFORE.search(text[reach:start])
    if before and _parent_role_before(name_words=2).search(text, max(0, reach + before.start() - CONTACT_REACH), reach + before.start()):
        before = None  # "Bethan Rees-Morgan, mum to Cai Rees-Morgan" / "07700 ...": the child the signer is parent of
    line_before = text[text.rfind("\n", 0, start) + 1 : start]
    if before and fold(before.group(2)) in uk_places() and HOUSE_NUMBER_AND_STREET.search(line_before):
        before = None  # "22 Heol y Felin, Barry CF63 1LW": the town of an address, not a Barry
    if before and before.group(1) and fold(before.group(1)) in STREET_WORDS:
        before = None  # "Ffordd Tegid, LL57 4HB", "Heol Gwenllian, SA70 8QF": a street named after someone
    if before and text[reach + before.start() - 1 : reach + before.start()] in ("-", "‐"):
        before = None  # "7 Clos y Waun, Pen-y-Bryn, CF35 6LW": the end of a hyphenated place's name, no Bryn
    if before is None:
        initials = INITIALS_JUST_BEFORE.search(text, reach, start)
        if initials and len(re.findall(rf"\b{initials.group(1)}\b", text)) > 1:
            # Minutes call people by their initials: "Unrhyw gwestiynau am daliadau i GO ar 01632 ...", "ring HP on ..."
            return initials.group(1) in initials_of(subject)
        asked = ASKED_FOR_BEFORE.search(text, max(0, start - ASKED_REACH), start)
        if asked and is_given_name(asked.group(1)) and fold(asked.group(1)) not in NOT_SURNAMES:
            return is_the_persons_given_name(asked.group(1), subject)  # "please let Sian know numbers for the buffet on 07700 ..."
        return None
    # "Gwenda's on 01632 ...": the name's "'s" is "is", not a possessive
    first, last = before.group(1), POSSESSIVE_S.sub("", before.group(2))
    if before.group(3):
        in_brackets = re.findall(NAME_WORD, before.group(3))
        if len({fold(word) for word in in_brackets} & mine) >= 2:
            return True  # "Coach Jase (Jason Okafor-Williams) – 029 ...": the full name in brackets is the person's
        if len(in_brackets) >= 2 and in_brackets[0][:1].isupper() and is_given_name(in_brackets[0]) and fold(in_brackets[0]) not in mine:
            return False  # "Baloo (Karen Trew) – 029 ...": a leader's name for the role, then who holds it
    if first and first.rstrip(".") in CONTACT_TITLES:
        # "contact the match secretary Mr Lloyd on 01632 ...": a surname, double-barrelled or not
        surnames = person_surnames(subject)
        return fold(last) in surnames or set(fold(last).split("-")) <= {part for name in surnames for part in name.split("-")}
    if first and is_given_name(first) and fold(last) not in NOT_SURNAMES:
        return fold(first) in person_given_names(subject) and fold(last) in mine
    if POSTCODE.fullmatch(text, start, end):
        return None  # "Llanbedr Pont Steffan, SA48 7RF", "(Tyddyn Gwyn, LL53 7LR)": the end of a place's or a house's name
    if is_given_name(last) and fold(last) not in NOT_SURNAMES:
        return is_the_persons_given_name(last, subject)
    return None


# A person's name heading a section of a team, crew, cast or members' page: "Bethan Lloyd" / "- Alto",
# "Gareth "Gaz" Evans – Tenor", "Mrs Catrin Lloyd – Headteacher".
SECTION_HEADING = re.compile(r"^[ \t]*(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?[ \t]+)?([A-Z][\w'’-]+)(?:[ \t]+[\"“][^\"”\n]{1,20}[\"”])?"
                             r"((?:[ \t]+[A-Z][\w'’-]+){0,3})[ \t]*(?:#\d{1,4}[ \t]*)?(?:(?:(?<=[ \t])-|[–—|:,(])[^\n]{0,60})?$")  # not the hyphen of "Wynne-Jones"; a player's number: "Bea Rex #66"
SECTION_REACH = 900
# The other way round, a role first: "Tawny Owl – Siân Parry-Jones", "Treasurer: Gwen Morris (since 2019)".
ROLE_THEN_NAME = re.compile(r"^[ \t]*[A-Z][\w'’]*(?:[ \t]+[\w'’]+){0,3}[ \t]*(?:[–—:]|[ \t]-)[ \t]*(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?[ \t]+)?"
                            r"([A-Z][\w'’-]+)((?:[ \t]+[A-Z][\w'’-]+){1,2})[ \t]*(?:\([^)\n]{1,40}\))?[ \t]*$")


LINKS_INTO_NAME = frozenset({"to", "with", "and", "&", "by", "of", "for", "from", "i", "a", "ac", "â", "gyda", "efo", "gan"})
# A field's label on its own line ("Day job"), or with a short value after its colon ("Position: Pivot").
CARD_FIELD = re.compile(r"[ \t]*[A-Z][\w'’-]*(?:[ \t]+[\w'’-]+){0,2}[ \t]*(?::?[ \t]*|:[ \t]*[\w'’-]+(?:[ \t]+[\w'’/-]+){0,2}[ \t]*)")


def _card_follows(text: str, line_end: int) -> bool:
    """The line after a name line is a field's label ("Role", "Day job", "Position:") and the one after
    it its value: a profile card, whose details are the named person's."""
    following = text[line_end + 1 :].split("\n", 2)[:2]
    line_start = text.rfind("\n", 0, line_end) + 1
    previous = text[text.rfind("\n", 0, max(0, line_start - 1)) + 1 : max(0, line_start - 1)].split()
    if previous and previous[-1].lower() in LINKS_INTO_NAME:
        return False  # "Married to" / "Rhodri Watkins" / "Work": a value run on from its label, not a card's head
    return len(following) == 2 and bool(CARD_FIELD.fullmatch(following[0])) and not PROSE_LINE.search(following[0])


NAME_ROW = re.compile(r"([A-Z][a-zà-ÿŵŷ'’-]+)(?:[ \t]+[A-Z][\w'’-]+){1,2}[ \t]*")


def _other_name_rows(text: str, line_end: int, start: int, name: str) -> bool:
    """Lines holding only someone else's full name stand between a name line and `start`: the rows of a
    table of results ("Ffion Price" / "Green" / "Blue tag" / "Jacob Lewis" / ...), not a section's heading."""
    return any((row := NAME_ROW.fullmatch(line)) and row.group(1) != name and is_given_name(row.group(1))
               for line in text[line_end + 1 : start].split("\n"))


def _names_the_person(given: str, rest: str, subject: Subject) -> bool:
    """A heading's name is the person's: their given name, and one of their surnames among its words."""
    words = {fold(w) for w in (given, *rest.split())}
    return fold(given) in person_given_names(subject) and bool(words & person_surnames(subject))


BIO_OPENS_IN_FIRST_PERSON = re.compile(r"^[^\n]{0,20}?\b(?:I['’]m|I am|I['’]ve|I have|My name|Dw i|Rwy['’]n|Rydw i)\b")


def _bio_in_first_person(text: str, line_end: int) -> bool:
    """The first or second line under a name line opens in the first person: a bio the named person wrote."""
    return any(BIO_OPENS_IN_FIRST_PERSON.match(line) for line in text[line_end + 1 :].split("\n", 2)[:2])


def section_heading_owner(text: str, start: int, subject: Subject, *, cards: bool = False) -> bool | None:
    """Whose a detail is when nothing in its own sentence says: the person whose name heads its section
    ("Dewi Harries – Bass" / "... Tad-cu to little Nedw and Myfi. Pen-blwydd: 2 Ebrill."), the nearest such
    line above it; None when no name heads it. With cards, a name line over a card of fields heads it too
    ("Gaynor Pugh" / "Role" / ... / "Birthday" / "17 July"): for a field's value, not for a sentence in it."""
    begin = max(0, start - SECTION_REACH)
    line_end = text.rfind("\n", begin, start)
    while line_end > begin:
        line_start = text.rfind("\n", begin, line_end) + 1
        line = text[line_start:line_end]
        if (role_first := ROLE_THEN_NAME.match(line)) and is_given_name(role_first.group(1)) and _prose_follows(text, line_start):
            return _names_the_person(role_first.group(1), role_first.group(2), subject)
        heading = SECTION_HEADING.match(line)
        if (heading and is_given_name(heading.group(1)) and heading.group(2).strip() and not PROSE_LINE.search(line[:heading.end(2)])
                and (re.search(rf"(?<![\w'’-]){re.escape(heading.group(1))}\b", text[line_end:start])  # the bio names them again: "Dewi ran ..."
                     or _bio_in_first_person(text, line_end)  # or they write it: "Mrs Siân Howells" / "Parent Governor" / "Shwmae! I'm a ..."
                     or (cards and _card_follows(text, line_end)))  # or a card of fields: "Marek Nowak" / "Role" / "Head coach" / ...
                and not _other_name_rows(text, line_end, start, heading.group(1))):  # a row of a results table, not a heading
            return _names_the_person(heading.group(1), heading.group(2), subject)
        line_end = line_start - 1
    return None


def _open_sections(headings: tuple[tuple[int, int], ...], start: int) -> list[int]:
    """Indexes of the headings whose sections hold `start`: the nearest heading before it and, going back, each
    heading of a higher level (a smaller number) than the last one kept."""
    index = bisect_left(headings, (start + 1, 0)) - 1
    if index < 0:
        return []
    kept = [index]
    for earlier in range(index - 1, -1, -1):
        if headings[earlier][1] < headings[kept[-1]][1]:
            kept.append(earlier)
    return kept[::-1]


def _named_in_heading(document: Document, start: int, subject: Subject) -> bool | None:
    """Whose section `start` stands in, when the page's own heading for it (an <h2>, <h3> ...) is a person's name,
    with or without a role ("Rhian Ellis – timekeeper", "Players' Player: Gareth Owen"): theirs."""
    index = bisect_left(document.headings, (start + 1, 0)) - 1
    if index < 0:
        return None
    begin = document.headings[index][0]
    line = document.text[begin : document.text.find("\n", begin) if "\n" in document.text[begin:start] else start]
    if (role_first := ROLE_THEN_NAME.match(line)) and is_given_name(role_first.group(1)):
        return _names_the_person(role_first.group(1), role_first.group(2), subject)
    if (heading := SECTION_HEADING.match(line)) and is_given_name(heading.group(1)) and heading.group(2).strip():
        return _names_the_person(heading.group(1), heading.group(2), subject)
    return None


def _closed_sections_blanked(text: str, headings: tuple[tuple[int, int], ...], start: int) -> str:
    """The page with the sections closed before `start` blanked out (same length, line breaks kept): "<h4>Mererid
    Lloyd</h4> ... <h3>Families</h3> Our eldest, Tomos, ..." is no longer under Mererid's name once a heading of
    her heading's level or higher has begun another section."""
    open_ = tuple(_open_sections(headings, start))
    if not open_ or headings[open_[-1]][0] <= start - SECTION_REACH:
        return text  # nothing the readers look back at (SECTION_REACH at most) lies in a closed section
    return _blanked(text, headings, open_)


@lru_cache(maxsize=16)
def _blanked(text: str, headings: tuple[tuple[int, int], ...], open_: tuple[int, ...]) -> str:
    """The text before the first heading, each open section's own text up to the next heading, and everything
    from the innermost open section on; the rest blanked."""
    keep = [(0, headings[0][0])]
    keep += [(headings[number][0], headings[number + 1][0] if number + 1 < len(headings) else len(text)) for number in open_[:-1]]
    keep.append((headings[open_[-1]][0], len(text)))
    pieces = []
    position = 0
    for begin, stop in keep:
        if begin > position:
            pieces.append(BLANK.sub(" ", text[position:begin]))
        pieces.append(text[max(position, begin) : stop])
        position = max(position, stop)
    return "".join(pieces)


BLANK = re.compile(r"[^\n]")


def owner_in_page(document: Document, start: int, subject: Subject, *, end: int | None = None,
                  relatives_are_others: bool = True, contact: bool = False) -> bool | None:
    """belongs_to_subject for a detail of a whole page. In a footer, sidebar, advert or comment only
    what is written there counts (not the end of the article above it), and a detail with nobody
    named is the site's, the advertiser's or the commenter's: False rather than None. A contact
    detail (contact=True, with its end) is first read for a name right next to it."""
    if contact and end is not None and subject.full_name:
        named = named_at_contact(document.text, start, end, subject)
        if named is not None:
            return named
    if post := post_around(document, start):
        # In a post, comment or review "I" and "my" are its author's, and only what is written there counts.
        begin, finish, author = post
        by = post_author_is_subject(document, author, subject)
        # An author line with the person's given name only ("Geth" on Gethin Parry's blog) leaves "me" open:
        # it may well be the person, nothing says it is not.
        if by is not None or author_has_given_name(author, subject):
            stop = min(finish, max(start, end or start) + AFTER_REACH)
            owner = belongs_to_subject(document.text[begin:stop], start - begin, subject, end=None if end is None else end - begin,
                                       relatives_are_others=relatives_are_others, unknown_author=by, page=document.text)
            return by if owner is None else owner
    if subject.full_name and (speaker := quoted_speaker(document.text, start, subject)) is not None:
        return speaker
    aside = aside_around(document, start)
    if aside is None:
        text = _closed_sections_blanked(document.text, document.headings, start)
        owner = belongs_to_subject(text, start, subject, end=end, relatives_are_others=relatives_are_others, page=document.text)
        # Contact details have their own reading (named_at_contact above and the contact model): not by the section.
        if owner is not None or contact:
            return owner
        owner = section_heading_owner(text, start, subject)
        return _named_in_heading(document, start, subject) if owner is None else owner
    begin, finish = aside
    stop = min(finish, max(start, end or start) + AFTER_REACH)
    about_me = _headed_about_me(document.text, begin, start, subject) and not _opens_with_someone_else(document.text, begin, start, subject)
    owner = belongs_to_subject(document.text[begin:stop], start - begin, subject, end=None if end is None else end - begin,
                               relatives_are_others=relatives_are_others, unknown_author=about_me, page=document.text)
    named_from = 0
    part = max((heading for heading, _ in document.headings if begin < heading <= start), default=None)
    if owner is not True and part is not None and belongs_to_subject(
            document.text[part:stop], start - part, subject, end=None if end is None else end - part,
            relatives_are_others=relatives_are_others, unknown_author=about_me, page=document.text) is None:
        # The box's own sub-heading begins another part of it: "Married to Rhodri Bevan" / "Contact info" / "📱 07700 ...".
        owner, named_from = None, part
    if owner is None and about_me and names_nobody_else(document.text[named_from:], start - named_from, subject):
        return True  # "Amdanaf i" / "Mam i Alaw ac Ifan, gwraig i Gethin": the site's own writer, as in its main text
    # Not a number the box itself gives as someone else's ("Materials from Taff Builders – ring them on ...").
    said_otherwise = contact and owner is False and belongs_to_subject(
        document.text[begin:stop], start - begin, subject, end=None if end is None else end - begin,
        relatives_are_others=relatives_are_others, unknown_author=None) is False
    if owner is not True and not said_otherwise and (_introduces_person(document.text, begin, start, subject)
                                                     or (not contact and _headed_by_person(document.text, begin, start, subject))):
        return True  # an "about me" box: "Hi, I'm Bethan 👋 ... Sagittarius, birthday 29th November"; a profile card under their name
    if (owner is None and not contact and WRITER.search(document.text, max(begin, start - LOOK_BACK), min(finish, start + LOOK_BACK))
            and (_introduces_person(document.text, 0, begin, subject)
                 or (_site_introduces_person(document, subject) and names_nobody_else(document.text, start, subject)))):
        return True  # a promotion on the person's own site ("Hi, I'm Kayleigh" above or below): "I'm 35 on 2nd September, so ..."
    return False if owner is None else owner


def _site_introduces_person(document: Document, subject: Subject) -> bool:
    """The first self-introduction by a given name in the page's own text (not in a box or a post) is the person's:
    "About me" / "Shwmae, I'm Rhodri Pughe" on a one-person business's site."""
    return _first_self_introduction(document.text, document.asides, document.posts, person_given_names(subject)) in person_given_names(subject)


@lru_cache(maxsize=8)
def _first_self_introduction(text: str, asides: tuple[tuple[int, int], ...], posts: tuple[tuple[int, int, str], ...],
                             mine: frozenset[str]) -> str | None:
    """The given name (folded) of the first self-introduction outside boxes and posts: read once per page."""
    for match in SELF_INTRODUCTION.finditer(text):
        name = fold(match.group(1))
        if ((name in mine or is_given_name(match.group(1))) and not any(begin <= match.start() < end for begin, end in asides)
                and not any(begin <= match.start() < end for begin, end, _ in posts)):
            return name
    return None


# The name may stand on its own line, in an element of its own ("Hi, I'm" / "Siân Hopkins"); or open a sentence
# with "here" after it, as people sign in at the top of a message ("Bore da pawb! Darren here, chair of ...").
SELF_INTRODUCTION = re.compile(r"(?:\b(?:I['’]m|I am|my name is|name['’]s|me,|fi,)(?:[ \t]+|[ \t]*\n[ \t]*)"  # "Entry forms to me, Gareth"
                               r"|(?:^|(?<=[.!?,][ \t]))[ \t]*(?=[A-Z][\w'’-]+[ \t]+here\b))([A-Z][\w'’-]+)", re.MULTILINE)


HEADING_WORDS = 6  # a name line with a badge or an emoji, not a sentence


@cache
def _about_me_headings() -> frozenset[str]:
    return frozenset(load_json("ownership.json")["about_me_headings"])


@cache
def _self_mark() -> re.Pattern[str]:
    marks = "|".join(re.escape(mark).replace(r"\ ", r"\s*") for mark in sorted(load_json("ownership.json")["self_marks"], key=len, reverse=True))
    return re.compile(rf"([\w'’-]+)\s*(?:{marks})", re.IGNORECASE)


def _self_marked_between(text: str, begin: int, start: int, mine: frozenset[str]) -> bool:
    """The person's name with "(yes, me)" or "(that's me)" after it in text[begin:start]: the writer is the person."""
    return any(fold(match.group(1)) in mine for match in _self_mark().finditer(text, begin, start))


def _introduced_between(text: str, begin: int, start: int, subject: Subject) -> bool:
    """The writer introduces themself by the person's given name in text[begin:start], after the name line that
    began there ("Summer Fayre" in a menu, then "Darren here, chair of Cyfeillion"): "I" is the person again."""
    return any(is_the_persons_given_name(match.group(1), subject) for match in SELF_INTRODUCTION.finditer(text, begin, start))


def _about_me_line_between(text: str, begin: int, start: int) -> bool:
    """Whether a line of text[begin:start] after its first is an "About me" heading."""
    return any(fold(line.strip()) in _about_me_headings() for line in text[begin:start].split("\n")[1:])


def _headed_about_me(text: str, begin: int, start: int, subject: Subject | None = None) -> bool:
    """A box whose first line is "About me", "Amdanaf i", or about the person by name ("About Rhian", "Meet
    Rhian Beddoe"): it speaks as the site's writer."""
    first_line = fold(text[begin : text.find("\n", begin, start) if "\n" in text[begin:start] else start].strip())
    if first_line in _about_me_headings():
        return True
    heading, _, named = first_line.partition(" ")
    words = named.split()
    return (subject is not None and heading in _about_person_headings() and 0 < len(words) <= 3
            and words[0] in person_given_names(subject) and set(words) <= owner_words(subject))


# The first words of a box's text after its heading: "Angharad Rees yw gohebydd ...", "Mr Huw Penri is ...".
OPENING_NAME = re.compile(r"[ \t]*(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?[ \t]+)?([A-Z][\w'’-]+)[ \t]+([A-Z][\w'’-]+)")


def _opens_with_someone_else(text: str, begin: int, start: int, subject: Subject) -> bool:
    """An "About the author" box on a report about the person that opens with its writer's own name: "Am yr
    awdur" / "Angharad Rees yw gohebydd ... Straeon? angharad@... · 029 ...": the box is hers."""
    line_end = text.find("\n", begin, start)
    opening = OPENING_NAME.match(text, line_end + 1, start) if line_end != -1 else None
    return bool(opening and is_given_name(opening.group(1)) and not {fold(opening.group(1)), fold(opening.group(2))} & owner_words(subject))


@cache
def _about_person_headings() -> frozenset[str]:
    return frozenset(load_json("ownership.json")["about_person_headings"])


def _headed_by_person(text: str, begin: int, start: int, subject: Subject) -> bool:
    """A box whose first line is the person's full name (an account card: "Elin Rowlands 🚑" / "Paramedic with ...
    Mam i Nel a Gethin."), before a detail whose own sentence names nobody else."""
    # A label may stand above the name: "Eich tiwtor · Your tutor" / "Sioned Rees" / "Penblwydd / Birthday: 4 Tachwedd".
    for line in text[begin:start].split("\n")[:2]:
        words = {fold(w) for w in re.findall(r"[\w'’-]+", line)}
        if len(line.split()) > HEADING_WORDS:
            return False
        if words & person_given_names(subject) and words & person_surnames(subject):
            return names_nobody_else(text, start, subject, own_line=True)
        if any(is_given_name(w) for w in re.findall(NAME_WORD, line)):
            return False  # the box is headed by someone else's name
    return False


def _introduces_person(text: str, begin: int, start: int, subject: Subject) -> bool:
    """A sidebar that introduces itself as the person ("Hi, I'm Bethan") before a detail whose own sentence
    names nobody else."""
    # "Run by me, Carys Bevan 👋 Term time I'm Mrs B the TA": only an introduction by a given name is a name given.
    # "Hi, I'm Rhi" for Rhiannon: the first letters of the given name are it.
    introductions = [match for match in SELF_INTRODUCTION.finditer(text, begin, start)
                     if is_the_persons_given_name(match.group(1), subject) or is_given_name(match.group(1))]
    if not introductions or not is_the_persons_given_name(introductions[-1].group(1), subject):
        return False
    return names_nobody_else(text, start, subject, own_line=True)


def names_nobody_else(text: str, start: int, subject: Subject, *, own_line: bool = False) -> bool:
    """The sentence up to `start` names nobody but the person; a given name inside a longer name ("Practice
    nurse at Tŷ Gwyn Surgery") names nobody. With own_line, only the detail's own line: in a box each line is
    a field of its own ("❤️ Married to Gareth Howells" / "🎂 Born on 2 November 1987")."""
    mine = owner_words(subject)
    window = _window(text, start)
    if own_line:
        window = window[window.rfind("\n") + 1 :]
    return not any(is_given_name(m.group(0)) and fold(m.group(0)) not in mine and not inside_longer_name(window, m.start())
                   for m in re.finditer(NAME_WORD, window))


TITLES = frozenset(terms()["person_titles"]) | frozenset(terms()["ranks"])
PRECEDING_CAPITAL = re.compile(rf"[{UPPER}][\w'’-]*[ \t]+$")


def inside_longer_name(text: str, start: int) -> bool:
    """The word at `start` follows another capitalised word in mid-sentence ("Tŷ Gwyn Surgery", "Los Angeles (13)",
    "Pembroke Dock"): part of a longer name, not a person's first name. A capitalised word that starts its sentence
    or line ("Roedd Gruffudd (8)"), a title ("Mrs Rees") or a relative's word ("Nain Glenys", "Kids Ela (9)") does
    not count, unless it is a given name ("Jac Powell (11)": a surname after a given name)."""
    before = PRECEDING_CAPITAL.search(text, max(0, start - 30), start)
    if before is None:
        return False
    word = before.group(0).strip()
    # A pet's word that is a given name too ("Tom Harries (14)", not a tom cat) is a given name here.
    if fold(word).rstrip(".") in TITLES or (fold(word) in relation_words() and not (is_given_name(word) and fold(word) in kinship_set("pets"))):
        return False
    if is_given_name(word):
        return True
    lead = text[max(0, before.start() - 3) : before.start()].rstrip(" \t")
    return bool(lead) and lead[-1] not in ".!?\n"

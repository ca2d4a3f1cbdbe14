"""Work and practice: employer, role, comments about practice, employer logos."""

from __future__ import annotations

import re
from functools import cache, lru_cache
from pathlib import PurePosixPath
from urllib.parse import urlsplit

from footprint.datafiles import load_json, terms
from footprint.detect.lexicon import cues, is_given_name, relation_words
from footprint.detect.owner import (
    POSSESSIVE_S,
    in_aside,
    in_post,
    job_holder_is_someone_else,
    keep_most_owned,
    last_given_name_before,
    owner_in_page,
    owner_words,
    quoted_speaker,
    said_to_person,
    titled_someone_else,
    written_by_someone_else,
)
from footprint.detect.practice_model import practice_model, practice_probability
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
    matches_at,
    phrase_pattern,
    phrase_spans,
    phrases_in,
    present_phrases,
    sentence_around,
    sentences,
)

# An organisation's name: capitalised words, with the small words names use ("University of South Wales").
# On one line only: a name never runs on into the next line ("...Council" / "Studied Social Care").
ORG_WORD = (rf"(?:[{UPPER}][{LOWER}]+(?:[{UPPER}][{LOWER}]+)+|(?!I['’])(?:[{UPPER}][{LOWER}'’]+(?:-[{UPPER}{LOWER}][{LOWER}'’]*)*"
            rf"(?:['’]s)?)|[{UPPER}]{{2,}}|Ltd\.?|&)")  # PayPal, Ynys-y-Cwm too
# Welsh "a" or "ac" (and) joins two names only before a capital: "Bwrdd Iechyd Teifi a Thywi", "Môn ac Arfon".
# A small word is whole: the "o" of "Glaslyn oedd hi" is not Welsh "o" (of).
# "and" joins no one's name: "... Mental Health Unit and CMX's training officer" names two bodies.
ORG = (rf"((?:[Tt]he[ \t]+)?{ORG_WORD}(?:[ \t]+(?:{ORG_WORD}|(?:of|and(?![ \t]+[{UPPER}][\w-]*['’]s\b)|for|y|yr|ar|o|the)(?![\w'’])"
       rf"|&|(?:ac?|a['’]r)(?=[ \t]+[{UPPER}]))){{0,8}})")  # Welsh "a", "ac" (and), "a'r" (and the): "Bwrdd Iechyd Cwm Taf a'r Cymoedd"
ACRONYM = re.compile(rf"[{UPPER}]{{2,8}}")
JOB_TITLE_WORDS = (*cues("employment")["job_title_words"], *cues("employment")["welsh_job_words"],
                   *(a for a in cues("employment")["job_acronyms"] if a not in cues("employment")["honours_and_degrees"]))
JOB_WORDS = "(?:" + "|".join(re.escape(w) for w in sorted(JOB_TITLE_WORDS, key=len, reverse=True)) + ")"
# "Senior Social Worker (Children's Services) at Merthyr Tydfil County Borough Council", "a staff nurse at ...".
ROLE_AT = re.compile(rf"(?i:\b{JOB_WORDS}\b(?:\s*\([^)\n]{{1,60}}\))?\s*(?:at|with|for))\s*\n?\s*{ORG}")
WORK_VERB = re.compile(
    rf"(?i:\b(?:I\s+work|I'm\s+working|I’m\s+working|working|I've\s+been|I’ve\s+been|I\s+have\s+been|been|(?:has|have|['’]s|['’]ve)\s+worked|works?\s+as\s+an?\s+[a-z][\w -]{{2,40}}?|"
    rf"new\s+job|job|employed|on\s+(?:nights|days|shift|lates|earlies|the\s+(?:[a-z]+\s+){{0,3}}ward|ward\s+\w+)|back\s+on\s+\w+)\s+(?:at|for|with))\s+{ORG}"
)
TEACH_AT = re.compile(rf"(?i:\b(?:teach|teaches|teaching|taught)\b[^.\n]{{0,80}}?\bat)\s+{ORG}")
# Welsh: "Dw i'n nyrs ardal gyda Bwrdd Iechyd ...", "Rwy'n gweithio i Gyngor ...".
# "Dw i'n gweithio i ...", "dwi'n athrawes ... yn Ysgol ...", "Dw i wedi bod yn therapydd ... gyda BCUHB": the first
# person in any case and spelling ("dw i'n", "dwi'n", "wi'n", "rydw i wedi bod yn"), the organisation capitalised.
# "dw i'n", "dw i wedi bod yn", "dw i bellach yn" (I am now): the writer's own job, said now.
COMPANY_WORD = rf"(?:(?i:{alternation(cues('employment')['company_words_before_name'])})[ \t]+)?"
WELSH_WORK = re.compile(rf"(?i:\b(?:dw[ \t]?i|rydw[ \t]+i|wi|rwy|ry['’]n[ \t]+i)(?:['’]n|[ \t]+wedi[ \t]+bod[ \t]+yn"
                        rf"|[ \t]+(?:bellach|nawr|rŵan|rwan|erbyn[ \t]+hyn)[ \t]+yn)|\bgweithio|\bweithio)\b"
                        rf"[^.\n]{{0,60}}?\b(?:gyda|efo|hefo|i|yn)\s+{COMPANY_WORD}{ORG}")
# "everyone at X, where she has been a district nurse for twelve years": the job said after the employer.
# "at Ysgol ..., where I've been a TA since 2017", "the gang from ..., where I teach", "... Care Home, where I work nights".
# Welsh too: "Yn Ysgol Gymunedol Llanychaer, lle dw i'n dysgu ers chwe blynedd".
WHERE_WORKS = re.compile(rf"(?:(?i:\b(?:at|with|for|from|to|in|of|yn|ym|yng))\s+|(?:^|(?<=[.!?\n]))[ \t]*(?!(?i:yn|ym|yng)\s)){ORG},?\s+(?i:where\s+(?:I|I['’]ve|I\s+have|she|he|they)\s+"
                         r"(?:work|works|teach|teaches|taught|nurse|(?<=ve\s)(?:been|worked)|['’]ve\s+(?:been|taught|worked)|have\s+(?:been|taught|worked)|has\s+been|am|is|are)\b"
                         r"|lle\s+(?:dw\s?i|rydw\s+i|wi|rwy)['’]n\s+(?:gweithio|dysgu|addysgu)\b)")
WHERE_TRIGGER = re.compile(r"where (?:i|she|he|they)|lle (?:dw|rydw|wi|rwy)")
# "a little group along from Plas Gwenallt each month – I've been Activities Co-ordinator there since 2019": the job said
# after the place, pointing back to it with "there"; only in the present or the perfect ("I worked there" is over).
THERE_WORKS = re.compile(rf"(?i:\b(?:at|with|for|from|to|in|of))\s+{ORG}[^.!?\n]{{0,80}}?\b(?i:I(?:['’]ve|[ \t]+have)[ \t]+been[ \t]+(?:[\w'’-]+[ \t]+){{0,3}}?{JOB_WORDS}"
                         rf"|I[ \t]+work|I(?:['’]ve|[ \t]+have)[ \t]+worked)[ \t]+(?:[\w'’-]+[ \t]+){{0,2}}?there\b(?![ \t]+(?i:before|until)\b)")
THERE_TRIGGER = re.compile(r"(?:been|work|worked) (?:[\w'’-]+ ){0,4}?there\b")
# "at Ysgol ..., where I work as a teaching assistant": the writer says the job is theirs, whoever the sentence began with.
WHERE_I_WORK = re.compile(r"(?i:where\s+I\b|lle\s+(?:dw\s?i|rydw\s+i|wi|rwy)['’]n)")
JOB_WORD = re.compile(rf"\b{JOB_WORDS}\b")
# Triggers only open windows for the real patterns, which check word boundaries themselves. None
# starts with \b: re finds a pattern's literal first letters quickly, but tries an assertion at
# every position (about 15 times slower on bench/page_speed.py's pages).
WORK_TRIGGER = re.compile(r"(?:work|worked|working|been|job|employed|nights|days|shift|lates|earlies|ward|ward \w+|on \w+)\s+(?:at|for|with)\b|works? as an? ")
TEACH_WORDS = ("teach", "teaches", "teaching", "taught")
ROLE_TRIGGER = re.compile(r"i am|i'm|i’m|work|job as")
# Welsh "dysgu" is both teach and learn: it is a job only at a school or college ("rwy'n dal i ddysgu Blwyddyn 2 yn Ysgol ...").
WELSH_TEACH = re.compile(rf"\b(?:dysgu|ddysgu|addysgu)\b[^.\n]{{0,60}}?\b(?:yn|yng|ym)\s+(?=Ysgol|Coleg|Cylch|Meithrinfa){ORG}")
WELSH_TEACH_TRIGGER = re.compile(r"dysgu")
WELSH_TRIGGER = re.compile(r"dw ?i|rydw i|\bwi['’]n|rwy|gweithio|weithio")
STUDY_WORDS = re.compile(r"\b(?:studied|study|studying|graduated|student|alumni|alumnus|degree|course|trained)\b[^.\n]{0,40}$", re.IGNORECASE)
ENDED_RANGE = re.compile(r"^\W{0,5}(?:[\w'’-]+,?\s+){0,2}(?:19|20)\d\d\s*[-–]\s*(?:\w+\s+)?(?:19|20)\d\d\b")
# "Caio's teacher at", "her husband's ... with": someone else's job. Not a field of work: "a children's social worker with".
# (Not "Captain's a paramedic", "he's a nurse": "'s" there is "is".)
NAMED_POSSESSOR = r"\b(?!(?:children|women|men|people|ladies)['’]s)\w+['’]s"
THEN_A_WORD = r"\s+(?:(?!(?:an?|the)\s)[\w-]+\s+)?"
SOMEONE_ELSES_JOB = re.compile(rf"(?:\b(?:my|our|his|her|their|your|ei|eu|fy|ein)|{NAMED_POSSESSOR}){THEN_A_WORD}$", re.IGNORECASE)
# "his day job with ...", "Rhod's work at ...": the job or work of someone else (not "my day job").
JOB_NOUN = re.compile(r"\b(?i:(?:day[ \t]+)?(?:job|work))\b")
OTHERS_JOB_NOUN = re.compile(rf"(?:\b(his|her|their)|({NAMED_POSSESSOR})){THEN_A_WORD}$", re.IGNORECASE)
# Before an organisation's name: someone named, their job, its link ("Caio's teacher at ..."; not "my shifts with ...",
# "my manager at ...", which are the writer's own work).
SOMEONE_ELSES_JOB_AT = re.compile(rf"{NAMED_POSSESSOR}{THEN_A_WORD}{JOB_WORDS}\s+(?:at|with|for|in|@)\s+$", re.IGNORECASE)
TRAILING_SMALL_WORDS = re.compile(r"(?:\s+(?:of|and|for|y|yr|ar|o|the|&))+$")
LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)


POSSESSIVE_END = re.compile(r"['’]s$")
TEAM_WORDS = {"team", "tîm", "department", "adran", "unit", "ward", "directorate", "services", "service", "gwasanaethau"}
# Words that end an organisation's own name: what follows them is a department ("... Council Adult Services").
HEAD_WORDS = {"council", "cyngor", "board", "bwrdd", "trust", "university", "prifysgol", "college", "coleg", "ltd", "limited",
              "plc", "police", "heddlu", "hospital", "ysbyty", "nhs"}


WEEKDAY_NAMES = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mondays", "tuesdays",
                           "wednesdays", "thursdays", "fridays", "saturdays", "sundays",
                           # as rotas shorten them: "on earlies at Cartref Gofal Bryn Awel Thurs and Fri"; not "Mon", which
                           # folds to the "Môn" of "Ynys Môn"
                           "tue", "tues", "wed", "weds", "thu", "thur", "thurs", "fri", "sat", "sun",
                           # Welsh, as a rota writes a run of days: "shifftiau efo Gofal Glannau Llun–Iau"; not "Mawrth",
                           # which is March and a place's name too
                           "llun", "mercher", "iau", "gwener", "sadwrn", "sul"})


@cache
def _org_words() -> frozenset[str]:
    """The single words of data/employment.json org_words: what ends a body's name ("Centre", "Surgery", "Ltd")."""
    return frozenset(fold(phrase) for phrase in cues("employment")["org_words"] if " " not in phrase)


def _clean_org(value: str) -> str:
    value = LEADING_THE.sub("", TRAILING_SMALL_WORDS.sub("", " ".join(value.split())))
    words = value.split()
    if len(words) > 1 and fold(words[0]) in cues("employment")["sentence_openers_before_name"]:
        value = " ".join(words[1:])  # "Mae Cartrefi Cefnogol Clwyd, lle dwi'n gweithio, ...": a verb opening the sentence, then the name
    words = value.split()
    for number in range(1, len(words) - 1):
        if words[number] in ("and", "&") and fold(words[number + 1]) in cues("employment")["not_employers"]:
            value = " ".join(words[:number])  # "an OT with ABUHB and August was heavy": the name ends before "and"
            break
    words = value.split()
    if len(words) > 2 and words[-2] in ("and", "&") and fold(words[-3]) in _org_words() and is_given_name(words[-1]):
        value = " ".join(words[:-2])  # "I'm on a late at Glan Elai Birth Centre and Rhys is on nights": the name ends before "and"
    words = value.split()
    for number in range(1, len(words)):
        if fold(re.split(r"[–—-]", words[number])[0]) in WEEKDAY_NAMES:
            value = " ".join(words[:number])  # "the OT team at Hywel Dda UHB Monday to Thursday": the name ends before the day
            break
    value = POSSESSIVE_END.sub("", value)  # "Torfaen County Borough Council's reablement team"
    folded = fold(value)
    for site in cues("employment")["site_words_after"]:
        if folded.endswith(f" {site}") and fold(body := value[: -len(site)].rstrip()).split()[-1] in HEAD_WORDS:
            value = body  # "a training day at Bae Ceredig Health Board HQ": the board, not its building
            break
    left, joined, right = value.rpartition(" for ")
    if joined and HEAD_WORDS & set(fold(right).split()) and not HEAD_WORDS & set(fold(left).split()):
        value = right  # "Ammanford and the Betws for Dyfed-Powys Police": the places someone covers, then who for
    words = value.split()
    for number, word in enumerate(words[:-1]):
        if POSSESSIVE_END.search(word) and fold(POSSESSIVE_END.sub("", word)) in HEAD_WORDS:
            return " ".join([*words[:number], POSSESSIVE_END.sub("", word)])  # "Eryri Health Board's Arfon team"
    if len(words) > 2 and fold(words[-1]) in TEAM_WORDS and words[-1] != "Service":
        # but a service named in capitals is the name in full: "Powys County Council Youth Service"
        heads = [i for i, word in enumerate(words[:-1]) if fold(word) in HEAD_WORDS]
        if heads and heads[-1] > 0:
            value = " ".join(words[: heads[-1] + 1])  # "Swansea Council Adult Services team": Swansea Council
    return value


def employer_key(value: str) -> str:
    """One key for an organisation however it is mutated: "Gyngor Gwynedd" is "Cyngor Gwynedd"."""
    first, _, rest = fold(value).partition(" ")
    plain = cues("employment")["welsh_mutations"].get(first)
    return f"{fold(plain)} {rest}" if plain and rest else fold(value)


def _radical(value: str, text: str) -> str:
    """A Welsh name as the organisation writes it when the page writes it so too, not as mutated after
    "i", "yn" or "gyda" ("gweithio i Gyngor Sir Ynys Môn" and a footer "© Cyngor Sir Ynys Môn")."""
    first, _, rest = value.partition(" ")
    if not rest:
        return value
    known = cues("employment")["welsh_mutations"].get(fold(first))
    for plain in ([known] if known else []) + unmutated(first):
        if f"{plain} {rest}" in text:
            return f"{plain} {rest}"
    return value


# Welsh mutations, lower case, by kind: what a word's first letters become. Soft after "i", "un" (a feminine noun:
# "un ferch"), "ei" (his: "ei gefnogi"); aspirate after "a", "ei" (her: "ei chefnogi"); nasal after "yng", "fy" (my).
MUTATIONS = {
    "nasal": (("c", "ngh"), ("p", "mh"), ("t", "nh"), ("g", "ng"), ("b", "m"), ("d", "n")),
    "aspirate": (("c", "ch"), ("p", "ph"), ("t", "th")),
    "soft": (("ll", "l"), ("rh", "r"), ("c", "g"), ("p", "b"), ("t", "d"), ("g", ""), ("b", "f"), ("d", "dd"), ("m", "f")),
}
# The same table backwards, longest mutated form first ("Ngh" before "Ng" before "N"). Soft mutation's dropped G has no
# letters to look for, so unmutated() puts it back itself.
UNMUTATE = sorted(((mutated.capitalize(), radical.capitalize()) for kind in MUTATIONS.values()
                   for radical, mutated in kind if mutated), key=lambda pair: -len(pair[0]))


def unmutated(word: str) -> list[str]:
    """The forms a capitalised Welsh word may have had before mutation, most likely first: "i Wasanaethau" ->
    Gwasanaethau, "i Gyngor" -> Cyngor, "yng Nghaerdydd" -> Caerdydd, "a Thywi" -> Tywi."""
    forms = [radical + word[len(mutated) :] for mutated, radical in UNMUTATE if word.startswith(mutated)]
    if word[:1] in "AEIOUWYLR" or word[:1].islower():
        forms.append("G" + word[:1].lower() + word[1:])  # soft mutation drops a G: "Wasanaethau" -> "Gwasanaethau"
    return forms


def mutated_forms(phrase: str, *kinds: str) -> list[str]:
    """A lower-case Welsh word or phrase and the forms its first word takes under the given kinds of mutation."""
    forms = [phrase]
    for kind in kinds:
        for radical, mutated in MUTATIONS[kind]:
            if phrase.startswith(radical):
                forms.append(mutated + phrase[len(radical) :])
                break
    return forms


def _not_an_employer(value: str) -> bool:
    """A month, a field of work, a country, a job's letters or a department on its own."""
    folded = fold(value)
    data = cues("employment")
    words = folded.split()
    if folded in uk_places() or (len(words) == 1 and (is_given_name(value) or folded in relation_words())):
        return True  # "Learning Support Assistant in Merthyr Tydfil", "Work with Kayleigh on AMU", "work at Nain's job"
    return (folded in data["not_employers"] or folded in data["job_acronyms"] or folded in _departments()
            or (len(words) > 1 and words[-1] in TEAM_WORDS - {"service", "services"}
                and (not value.split()[-1][:1].isupper() or set(words) <= set(data["team_kind_words"])))
            or (len(words) == 1 and folded in HEAD_WORDS)
            or (len(words) > 1 and words[0] in welsh_job_words())  # "Arweinydd Uned", "Rheolwr Gwasanaeth": a Welsh job title
            or (len(words) > 1 and words[0] in data["not_employer_kinds_before_name"])  # "Dosbarth Derwen": a class
            or (len(words) > 1 and words[-1] in data["not_employer_heads"])
            or (len(words) > 1 and words[-1] in data["street_ends"])  # "I'm at the Bertram St end": a street
            or _a_club(words, data))


def _a_club(words: list[str], data: dict[str, list[str]]) -> bool:
    """"the Players", "Abergele Bowls Club", "Côr Merched y Cwm": somewhere people belong, not work."""
    last_two = " ".join(words[-2:])
    if last_two in data["club_heads_exceptions"]:
        return False
    return bool(words) and (words[-1] in data["club_heads"] or last_two in data["club_heads"]
                            or (len(words) > 1 and words[0] in data["club_kinds_before_name"]))


def _named_in_full(value: str, text: str) -> str | None:
    """The page's full name for an organisation called by its short name: Welsh names put the kind
    first ("Bro Dderwen" -> "Ysgol Gynradd Bro Dderwen", "Glan Hafren" -> "Cyngor Glan Hafren")."""
    kind_words = cues("employment")["kind_words_before_name"]
    if value.split()[0] in kind_words:
        return None
    occurrences = _occurrences(value, text)
    for at in occurrences:
        if WORD_CHAR_AFTER.match(text, at + len(value)):
            continue  # part of a longer word or name
        if kind := _kind_prefix().search(text, max(0, at - KIND_PREFIX_REACH), at):
            return " ".join(text[kind.start() : at + len(value)].split())
    # "fostering with Aelwyd for 6 years" on a page that names "Aelwyd Fostering Cymru": the name in full.
    if HEAD_WORDS & set(fold(value).split()):
        return None  # already a whole name: "Swansea Council" then "Adult Services" is a department of it
    org_word = _employment()[3]
    for at in occurrences:
        if at > 0 and WORD_CHAR_AFTER.match(text, at - 1):
            continue
        if longer := NAME_EXTENSION.match(text, at + len(value)):
            extension = set(fold(longer.group(0)).split())
            if org_word.search(longer.group(0)) and not extension & TEAM_WORDS:
                # "I joined Castell" on a page signed "Castell Pest Control Ltd": the name people use, not the legal suffix
                named = LEGAL_SUFFIX.sub("", " ".join(text[at : longer.end()].split()))
                return named if named != value else None
    return None


def _occurrences(value: str, text: str) -> list[int]:
    """Where `value` is written in `text`, as it is written (str.find: no pattern to compile per name)."""
    found, at = [], text.find(value)
    while at != -1:
        found.append(at)
        at = text.find(value, at + 1)
    return found


WORD_CHAR_AFTER = re.compile(r"[\w'’-]")
LEGAL_SUFFIX = re.compile(r"[ \t]+(?:Ltd|LTD|Limited|Cyf|Cyfyngedig|CIC|PLC|plc|LLP)\.?$")
NAME_EXTENSION = re.compile(rf"(?:[ \t]+[{UPPER}][\w'’-]*){{1,3}}")
KIND_PREFIX_REACH = 80


@cache
def _kind_prefix() -> re.Pattern[str]:
    """A kind word and up to two capitalised words right before a short name: "Ysgol Gynradd " before "Bro Dderwen"."""
    kinds = "|".join(re.escape(w) for w in cues("employment")["kind_words_before_name"])
    return re.compile(rf"\b(?:{kinds})(?:[ \t]+[{UPPER}][\w'’-]*){{0,2}}[ \t]+$")


def _fullest_form(acronym: str, text: str) -> str | None:
    """The organisation an acronym stands for, when the page also writes it out ("RCT" and
    "Rhondda Cynon Taf County Borough Council")."""
    for match in re.finditer(rf"{ORG}", text):
        name = _clean_org(match.group(1))
        if " " in name and _initials(name).startswith(acronym) and _employment()[3].search(name):
            return name
    return None


# A part of a workplace said before the workplace: "on Ward 9", "in the Emergency Department", "on delivery suite",
# "at the birth centre". Between a job or a working cue and "at" the organisation, it is where that job is done.
WORKPLACE_PART = (r"(?:the[ \t]+)?(?:[\w'’-]+[ \t]+){0,3}"
                  r"(?-i:[Ww]ard|[Uu]nit|[Ss]uite|[Dd]epartment|[Cc]entre|[Cc]linic|[Tt]heatres?)(?:[ \t]+\d{1,2})?")


@cache
def _employment() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(former or study cue, job + link + org, headline separator, org word), from data/employment.json."""
    data = cues("employment")
    not_now = re.compile(rf"(?<![\w])(?:{alternation(data['former'] + data['study'] + data['not_employment'])})", re.IGNORECASE)
    # A link ("<a>") around the organisation's name puts it on a line of its own: one line break may come before it.
    # "a TA myself (reception/Y1 at Ysgol Bryn Eithin)": the link and the name inside a bracket after the job.
    # "social worker in children's services with Bro Taf ...": the field, then the organisation.
    field = (r"(?:[ \t]+(?:in|with|on)[ \t]+(?-i:[a-z][\w'’-]*)(?:[ \t]+(?-i:[a-z][\w'’-]*)){0,3}(?=[ \t]+(?:with|at|for)\b)"  # "on the dementia unit at"
             rf"|[ \t]+(?:in|on|at)[ \t]+{WORKPLACE_PART}(?=[ \t]+(?:at|@)\b)"  # "staff nurse in the Emergency Department at"
             r"|[ \t]+(?-i:ardal|practis|gymunedol|staff|cymdeithasol|ieuenctid|maeth|iechyd)(?=[ \t]+(?:gyda|gydag|yn|efo|hefo|i)\b))?")  # "nyrs ardal gyda", "gofalwr maeth gydag"
    # "Support worker by day @ ...": when, between the job and where.
    when = r"(?:[ \t]+(?:by[ \t]+day|by[ \t]+night|in[ \t]+the[ \t]+day(?:time)?|during[ \t]+the[ \t]+(?:day|week)))?"
    job = re.compile(rf"(?i:\b{JOB_WORDS}\b(?:\s*\([^)\n]{{1,60}}\))?{field}{when}(?:(?:[ \t]+[a-z]+)?[ \t]+(?:on|ar)[ \t]+ward[ \t]+\w+)?[ \t]*(?:{alternation(data['job_links'])}))(?![\w])[ \t]*\n?[ \t]*{COMPANY_WORD}{ORG}"
                     rf"|(?i:\b{JOB_WORDS}\b(?:[ \t]+(?:myself|too|also))?[ \t]*\([^)\n]{{0,40}}?\b(?:at|with|@|yn))[ \t]+{ORG}")
    separator = re.compile("|".join(re.escape(s) for s in data["headline_separators"]))
    org_word = re.compile(rf"\b(?:{alternation(data['org_words'])})\b", re.IGNORECASE)
    return not_now, job, separator, org_word


@lru_cache(maxsize=256)
def _current_cue_pattern(present: tuple[str, ...]) -> re.Pattern[str]:
    body = "|".join(re.escape(w) for w in sorted(present, key=len, reverse=True))
    # "proud to be part of the community team at Cwm Taf ...": a team between the cue and the organisation.
    team = (r"(?:(?:the|our|my)[ \t]+(?:[a-z][\w'’-]*[ \t]+){0,3}(?:team|unit|ward|department|service)[ \t]+(?:at|in|with|of|for)[ \t]+"
            rf"|(?:(?:in|on|at)[ \t]+)?{WORKPLACE_PART}[ \t]+(?:at|in|@)[ \t]+)?")  # "years on delivery suite at", "at the birth centre in"
    return re.compile(rf"(?i:(?<![\w'’])(?:{body}))(?:[ \t]*\n?[ \t]*|(?<=[@,])[ \t]*){team}{ORG}")


def _current_cues(text: str) -> re.Pattern[str] | None:
    """The 'current' cue pattern for just the cues this text holds, or None."""
    present = present_phrases(text, tuple(cues("employment")["current"]))
    return _current_cue_pattern(present) if present else None


CLAUSE_BREAK = re.compile(r"[.!?;\n]")
FINISHED_YEARS = re.compile(r"\b(?:19|20)\d\d\s*[-–—]\s*(?:[A-Za-z]{3,9}\.?\s+)?(?:19|20)\d\d\b")  # "June 2015 – February 2019"
# "after six years at ...", "after eight years as a nursery nurse at ...": time served somewhere before now.
STRETCH_OVER = re.compile(r"\bafter\s+(?:[\w-]+\s+){0,2}(?:years?|yrs|months?)\b"
                         # "after training at Swansea University and six years as a staff nurse at ...": the second of two
                         r"|\bafter\s+[^.!?;\n]{0,60}?\band\s+(?:[\w-]+\s+){0,2}(?:years?|yrs|months?)\s+(?:as|at|with|in)\b"
                         # "I was twenty years with ...": a stretch said in the past
                         r"|\b(?:I|she|he)\s+was\s+(?:[\w-]+\s+){0,2}(?:years?|months?)\s+(?:at|with|in)\b"
                         # "my nine years at ...", "I was a TA at ... for eight years": a stretch that is over
                         r"|\b(?:my|did|spent|done)\s+(?:[\w-]+\s+){0,2}(?:years?|months?)\s+(?:at|with|in)\b"
                         rf"|\b(?:I|she|he)\s+was\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,3}}{JOB_WORDS}\s+(?:at|with|for|in)\b"
                         r"|\bjoined\s+(?:us|the\s+team)(?:\s+[\w-]+){0,3}\s+from\b"  # "joined us in 2019 from"
                         # "Before teaching I did four seasons as ...", "Before midwifery, I was an HCA ...", "before I came to Powys I
                         # was twenty years with ...", "Before WAST he did a spell as ...": a clause opening with "before", then whoever
                         # (I, she, a name: any word) did a past job
                         r"|^\W*before\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+\s*,?\s+[a-z]+\s+"
                         r"(?:was|were|did|spent|worked|had|trained|taught|ran|nursed)\b", re.IGNORECASE)
# "What did you do before the police? Eight years at ...": the answer to a question about before.
ANSWER_ABOUT_BEFORE = re.compile(r"\b(?:before|previously|used to)\b[^.!?\n]{0,60}\?[ \t]*\n?[^.!?\n]*$", re.IGNORECASE)
ANSWER_REACH = 160


@cache
def _former() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w])(?:{'|'.join(re.escape(w) for w in sorted(cues('employment')['former'], key=len, reverse=True))})",
                      re.IGNORECASE)


def _clause_before(text: str, start: int, reach: int = 120) -> str:
    """The text before `start`, from the last clause break within `reach` characters."""
    before = text[max(0, start - reach) : start]
    breaks = list(CLAUSE_BREAK.finditer(before))
    return before[breaks[-1].end() :] if breaks else before


# Said in lower case: "Then and Now" in a project's title is no time.
# "now", or the move to the place after a former job: "I was an environmental health technician before I joined Castell".
NOW_SAID = re.compile(r"\b(?:now|nowadays|these days|bellach|erbyn hyn|nawr|rŵan|rwan|(?i:before\s+(?:I|she|he)\s+(?:joined|started\s+at|moved\s+to)))\b")


def _before_and_not_since(cue: re.Pattern[str], clause: str, said: str) -> bool:
    """The cue of a time before is in the clause, and "now" is not said after its last one in `said` (the clause and
    the match): "Ar ôl cyfnod yn gweithio yng ..., dw i bellach yn ..." is said of now."""
    cues_said = list(cue.finditer(clause))
    return bool(cues_said) and not NOW_SAID.search(said, cues_said[-1].end())


def said_as_former(text: str, start: int, end: int) -> bool:
    """A place of work said to be in the past: a former cue earlier in the clause ("bûm yn dysgu ... yn",
    "used to work at"), time served before now ("after six years at"), a range of years that ended after it, or
    the answer to a question about before ("What did you do before? I was a district nurse with ...")."""
    clause = _clause_before(text, start)
    # "where I've taught for the last eight years (before that I was at ...": an aside inside the match is a clause of its own.
    aside = re.split(r"\(|\s[–—]\s", text[start:end])
    # "my old weekend job at ...": the cue's own first word can end a former phrase.
    cue_word = text[start:end].split(" ", 1)[0]
    # "After six years at Bryn Awel, I'm now ...", "Ar ôl cyfnod yng Nghartref ..., dw i bellach yn ...": now said after it.
    return bool(_before_and_not_since(_former(), clause + cue_word, clause + text[start:end]) or (len(aside) > 1 and _former().search(aside[-1]))
                or STRETCH_OVER.search(clause + text[start:end]) or ENDED_RANGE.search(text[end : end + 60])
                or ANSWER_ABOUT_BEFORE.search(text, max(0, start - ANSWER_REACH), start))


def said_as_current(text: str, start: int, end: int) -> bool:
    """Not said as former (above), nor of studies or volunteering; no finished years on its line and no
    ending said after it in the clause ("... cyn ymddeol", "until she retired")."""
    not_now, _, _, _ = _employment()
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : line_end if line_end != -1 else len(text)]
    clause = _clause_before(text, start)
    return (not said_as_former(text, start, end) and not _before_and_not_since(not_now, clause, clause + text[start:end])
            and not FINISHED_YEARS.search(line) and not ended_after(text, end))


# What ends the clause after a place: a stop, a dash or a bracket ("ers deuddeg mlynedd (cyn hynny roeddwn i gyda ...)").
AFTER_CLAUSE_BREAK = re.compile(r"[.!?;(\n]|\s[–—]\s")


def ended_after(text: str, end: int) -> bool:
    """An ending said after the place in its clause: "... cyn ymddeol", "until she retired", "before I came to Bryn Derw"."""
    clause = AFTER_CLAUSE_BREAK.split(text[end : end + 120], maxsplit=1)[0]
    # "at Cartref Tywi before that": straight after the place; after a comma "before that" begins the next job.
    earlier = phrase_pattern(tuple(cues("employment")["earlier_just_after"]))
    return bool(_ended_after().search(clause) or earlier.search(clause.split(",")[0]))


@cache
def _ended_after() -> re.Pattern[str]:
    phrases = "|".join(re.escape(p) for p in sorted(cues("employment")["ended_after"], key=len, reverse=True))
    return re.compile(rf"(?<![\w])(?:{phrases})(?![\w])|\buntil\s+(?:19|20)\d\d\b", re.IGNORECASE)


def _initials(name: str) -> str:
    return "".join(word[0] for word in name.split() if word[:1].isupper())


@cache
def _departments() -> frozenset[str]:
    """Departments ("Children's Services"): part of an employer, not one (data/employer_aliases.json)."""
    return frozenset(fold(d) for d in load_json("employer_aliases.json")["departments"])


@cache
def _job_acronyms() -> frozenset[str]:
    return frozenset(cues("employment")["job_acronyms"])


@cache
def _headline() -> re.Pattern[str]:
    """A short line with a separator in it: where a headline ("Social Worker | Some Council",
    "Staff nurse, Royal Glamorgan Hospital") can be."""
    separators = "|".join(re.escape(s) for s in cues("employment")["headline_separators"])
    return re.compile(rf"[^\n]{{0,100}}(?:{separators})[^\n]{{0,100}}")


def _headline_orgs(text: str, subject: Subject) -> list[tuple[str, int]]:
    """Organisations beside a job title on a headline line: "Senior Social Worker | Rhondda Cynon Taf County
    Borough Council", "Health Visitor · CTMUHB"; not on a line that opens with someone else's name, a letter's
    signature ("Mrs A. Lloyd, Pennaeth, Ysgol ...")."""
    _, _, separator, org_word = _employment()
    found = []
    lines_seen: set[int] = set()
    for job_start, _ in phrase_spans(text, JOB_TITLE_WORDS):  # only lines that hold a job title
        position = text.rfind("\n", 0, job_start) + 1
        if position in lines_seen:
            continue
        lines_seen.add(position)
        end = text.find("\n", job_start)
        line = text[position : len(text) if end == -1 else end]
        if not _headline().fullmatch(line):
            continue
        parts = separator.split(line)
        if titled_someone_else(parts[0], subject):
            continue
        if len(parts) > 1 and any(JOB_WORD.search(p.lower()) for p in parts):
            offset = 0
            jobs = [bool(JOB_WORD.search(p.lower())) or p.strip().lower() in _job_acronyms() for p in parts]
            for number, part in enumerate(parts):
                beside_job = any(jobs[n] for n in (number - 2, number - 1, number + 1) if 0 <= n < len(parts))
                for value in _headline_org_forms(part):
                    if (beside_job and re.fullmatch(ORG, value) and not JOB_WORD.search(value.lower()) and fold(value) not in _departments()
                            and (org_word.search(value) or ACRONYM.fullmatch(value))):
                        found.append((value, position + line.find(value, offset)))
                        break
                offset += len(part)
    return found


def _headline_org_forms(part: str) -> list[str]:
    """What a headline's part may name, most specific first: the body in brackets after a place ("Ysbyty Bryn
    Hafod (Betsi Cadwaladr University Health Board)"), the part before the brackets, the part itself; a full
    stop ending the line is not part of the name ("... – Cardiff and Vale UHB.")."""
    value = part.strip().rstrip(".!;")
    if (bracket := re.fullmatch(r"([^()]+?)\s*\(([^()]+)\)", value)) is not None:
        inside = bracket.group(2).strip()
        # A body that employs (a Health Board, a Trust, a Council), not a ward's specialty: "(Care of the Elderly)".
        return [inside, bracket.group(1).strip()] if HEAD_WORDS & set(fold(inside).split()) else [bracket.group(1).strip()]
    return [value]


# After an organisation-shaped name, a team word or a second organisation that does have a head word.
TEAM_AFTER = re.compile(r"[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}(?:team|tîm|unit|department|adran|hub)\b")
ORG_BEYOND = re.compile(rf"(?:[ \t]+(?:[a-z][\w-]*[ \t]+){{0,2}}(?:team|unit|department|service|hub))?[ \t]+(?:at|with|in|of|for)[ \t]+"
                        rf"(?=(?:[Tt]he[ \t]+)?(?:(?:{ORG_WORD}|and|of|&)[ \t]+){{0,5}}(?i:{'|'.join(sorted(HEAD_WORDS))})\b){ORG}")
NAMED_COLLEAGUES = re.compile(r"\b(?!(?:[Mm]y|[Oo]ur|[Yy]our)\b)[A-Z][\w-]*['’]s\s+(?:work\s+)?(?:colleagues|workmates|team)\b")
SOMEONE_BEFORE_CUE = re.compile(r"\b([A-Z][a-z'’]+)\s+(?:has\s+|had\s+|just\s+|now\s+)?$")
# "He works for ...", "she's a staff nurse on the ward at ...", "he's on nights with ...": a third person
# does the job; the words between the pronoun and the cue stay in its clause.
# "he", "she", Welsh "ei fod", and "mae o'n" / "roedd hi'n" (he is / she was).
THIRD_PERSON_DOER = re.compile(r"\b(?:he|she|ei[ \t]+fod|ei[ \t]+bod|(?:mae|roedd|oedd)[ \t]+(?:o|e|fe|fo|hi)(?=['’]n\b))(?:['’](?:s|ll|d|n))?[ \t]+(?:[\w'’-]+[ \t]+){0,4}$",
                               re.IGNORECASE)
NAMED_DOER = re.compile(r"\b([A-Z][a-zà-ÿŵŷ'’]+)[ \t]+(?:(?:now|still|also|currently|just)[ \t]+)?(?:works|worked|is|was|has|['’]s)\b[^.!?\n]{0,70}$")
# "Huw Bowditch from the Ogmore Vale club, who teaches ...": the name a "who" clause is said of.
WHO_DOER = re.compile(r"\b([A-Z][a-zà-ÿŵŷ'’]+)\b[^.!?\n,(]{0,50}(?:,[ \t]+|[ \t]*\()(?:who(?:['’]s)?|sy['’]n|sydd)[ \t]+(?:[\w'’-]+[ \t]+){0,4}$")
# "Thanks to Huw for ...", "Diolch i Dafydd (y gŵr) am ...": the one thanked is whom the next "he" points to.
SENTENCE_TOPIC = re.compile(r"\W*(?:(?i:thanks|thank you|diolch(?: yn fawr)?)[ \t]+(?:to|i)[ \t]+)?(?:(?:my|our|her|his|their|the|fy|ein)[ \t]+(?:[a-z-]+[ \t]+)?)?"
                            r"([A-Z][a-zà-ÿŵŷ'’]+)\b(?![ \t]+(?:[A-Z]|of|o)\b)", re.UNICODE)
FIRST_PERSON_BETWEEN = re.compile(r"(?i:\b(?:i|i['’]m|i['’]ve|my|me|we|our)\b)")
NOT_A_PERSON_WORKS = re.compile(r"\b(?:what|which|that|it|this|something|anything|nothing)\s+$", re.IGNORECASE)


@cache
def _child_before_cue() -> re.Pattern[str]:
    """A child said just before a cue, as its doer: "Seren (11) started at", "Her eldest, Ffion, 12, started at",
    "the youngest, Ffion, has just started at", "Dad to Efa (3), who has just started at". A child's school, not a job."""
    nouns = alternation(cues("kinship")["child_nouns"])
    age = r"(?:[ \t]*\(\d{1,2}\)|,[ \t]*\d{1,2})"
    child = rf"(?:\b(?i:{nouns})(?:,[ \t]+[A-Z][a-z'’]+)?{age}?|\b[A-Z][a-z'’]+{age}),?"
    return re.compile(rf"{child}(?:[ \t]+who\b[^.!?\n]*?)?[ \t]+(?:(?:has|had|just|now|only)[ \t]+)*$")


OUR_PERSON_AT = re.compile(rf"\b(?i:our|colleague)\s+([^\W\d_][\w'’-]*)\s+(?i:at|from)\s+{ORG}")
OUR_PERSON_TRIGGER = re.compile(r"\b(?:our|colleague)\s")

# "... and with Hywel Dda University Health Board for over twenty years now": years with an organisation.
YEARS_WITH = re.compile(rf"(?i:\bwith)\s+{ORG}\s+(?i:for|since|ers)\s+(?i:over\s+|nearly\s+|almost\s+|about\s+)?(?:\d+|[a-z]+)\s+(?i:years?|yrs|mlynedd|blynedd)\b")
YEARS_WITH_TRIGGER = re.compile(r"(?:for|since|ers) (?:over |nearly |almost |about )?\w+ (?:years?|yrs|mlynedd|blynedd)")
# A count of years in words, two to forty-nine: "thirteen", "twenty-six", "forty one".
YEAR_COUNT_WORDS = (r"(?:(?:twenty|thirty|forty)(?:[ -](?:one|two|three|four|five|six|seven|eight|nine))?"
                    r"|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
                    r"|seventeen|eighteen|nineteen)")
# The count first: "twelve years with Bridgend County Borough Council!", "14 years with BCUHB and you still care", "20
# years at Tesco this month". Not after "after" or "following": "after four years at Harbour Lettings" is where they were.
YEARS_THEN_ORG = re.compile(rf"(?i:\b(?:\d{{1,2}}|{YEAR_COUNT_WORDS})\+?[ \t]+(?:years?|yrs)[ \t]+(?:with|at))[ \t]+{ORG}")
YEARS_THEN_ORG_TRIGGER = re.compile(r"(?:years?|yrs) (?:with|at) ")
AFTER_A_TIME_BEFORE = re.compile(r"(?i:\b(?:after|following|ar ôl)[ \t]+(?:(?:over|nearly|almost|about|some|a|good)[ \t]+)?)$")


@cache
def _forum_relative_before() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in sorted(cues("kinship")["forum_relatives"], key=len, reverse=True))
    return re.compile(rf"\b(?:{words})(?:['’]s)?\s+(?:just\s+|now\s+|also\s+)?$")


def employer_name(value: str, text: str, subject: Subject) -> str | None:
    """An organisation's name as a finding gives it: without a trailing team or "the", unmutated where the
    page writes it so, an acronym or short name written out where the page does; None for what is not an
    employer (a month, a field of work, a department, the person's own name)."""
    value = _clean_org(value)
    if len(value) < 3 or fold(value) in {fold(n) for n in subject.names} or _not_an_employer(value):
        return None
    value = _radical(value, text)
    if ACRONYM.fullmatch(value) and (full := _fullest_form(value, text)):
        return full
    if longer := _named_in_full(value, text):
        return longer  # "I joined Bro Dderwen" on a page headed "Ysgol Gynradd Bro Dderwen"
    return value


def _child_of_the_cue(text: str, start: int, subject: Subject) -> bool:
    """A child, not the person, is the one the cue is said of (_child_before_cue), in the same sentence; or "he"
    or "she" does it after a child named earlier in the sentence with no "I" between ("my own son Jayden (12) came
    along – he's been coming since he started at ...")."""
    before = re.split(r"[.!?\n]", text[max(0, start - CHILD_DOER_REACH) : start])[-1]
    if ((pronoun := CHILD_PRONOUN_BEFORE.search(before)) and (children := list(_child_noun().finditer(before, 0, pronoun.start())))
            and not FIRST_PERSON_DOER.search(before, children[-1].end(), pronoun.start())):
        return True
    child = _child_before_cue().search(before[-120:])
    if child is None:
        return False
    said = WORD.findall(child.group(0))
    return not (set(said) & {"I", "I'm", "I’m", "I've", "I’ve"}) and not (said and fold(said[0]) in owner_words(subject))


CHILD_DOER_REACH = 200
CHILD_PRONOUN_BEFORE = re.compile(r"\b(?i:he|she)\b(?:['’](?:s|d|ll))?[ \t]+(?:(?:has|had|just|now|only|also)[ \t]+)*$")
FIRST_PERSON_DOER = re.compile(r"\b(?:I|I['’](?:m|ve|d|ll))\b")


@cache
def _child_noun() -> re.Pattern[str]:
    """A child of the writer's said by a kinship noun: "my own son", "our youngest", "her daughter"."""
    nouns = alternation(cues("kinship")["child_nouns"])
    return re.compile(rf"\b(?i:my|our|her|his)[ \t]+(?:(?i:own|little|eldest|youngest|middle|oldest)[ \t]+)?(?i:{nouns})\b")


WELSH_POSSESSIVES = frozenset(("fy", "dy", "ei", "ein", "eich", "eu"))


@cache
def welsh_job_words() -> frozenset[str]:
    """data/employment.json welsh_job_words: Welsh job titles and "gweithio", unmutated."""
    return frozenset(cues("employment")["welsh_job_words"])


def is_welsh_job_word(word: str) -> bool:
    """A Welsh job word, as written or mutated after "yn", "'n", "fel": "fydwraig" is bydwraig, "weithiwr" gweithiwr."""
    jobs = welsh_job_words()
    return word in jobs or any(form.lower() in jobs for form in unmutated(word.capitalize()))


def _welsh_job_said(said: str) -> bool:
    """A Welsh first person names a job or working before the organisation ("dw i'n weithiwr cymdeithasol plant
    efo ...", "Dw i wedi bod yn therapydd ... gyda ..."), not any "dw i'n ... yn" ("Dwi'n dal i golli chi i gyd yn
    Alltwen"); a mutated job word counts ("weithiwr", "fydwraig"). A volunteer's role is not a job."""
    lower = said.lower()
    if any(cue in lower for cue in cues("employment")["not_employment"]):
        return False
    words = WORD.findall(lower)
    # "fy athro Cymraeg" ("my Welsh teacher"), "ei mam": a job after a possessive is someone else's, not the speaker's.
    return any(is_welsh_job_word(word) and not (i and words[i - 1] in WELSH_POSSESSIVES) for i, word in enumerate(words))


def someone_else_does_the_job(document: Document, start: int, subject: Subject) -> bool:
    """The work said just before `start` is done by someone other than the person: a given name that is
    not theirs does it ("My partner Rob works shifts as a paramedic with ...", "Carys is a nurse at ..."),
    or "he" or "she" does who is someone else ("He works for ...", "she's on nights with ...")."""
    text = document.text
    if ((doing := NAMED_DOER.search(text, max(0, start - 90), start)) and _someone_elses_name(doing.group(1), subject)
            and not FIRST_PERSON_BETWEEN.search(text, doing.end(1), start)):
        return True
    if who := WHO_DOER.search(text, max(0, start - 120), start):
        # "our guest, Huw Bowditch from the Ogmore Vale club, who teaches chemistry at ...", "Jac's partner Elin, who
        # teaches at ...": the "who" is the last person named before it.
        before_who = [word for word in re.findall(NAME_WORD, who.group(0).split(",")[0]) if is_given_name(word)]
        if before_who and _someone_elses_name(before_who[-1], subject):
            return True
    doer = THIRD_PERSON_DOER.search(text, max(0, start - 40), start)
    if doer is None:
        return False
    offset, sentence = sentence_around(text, doer.start(), doer.end())
    if text[max(0, doer.start() - 2) : doer.start()].strip() == "(" or doer.group(0)[:3].lower() == "ei ":
        # "to Lowri for putting up with ... (she teaches at ...)", "Diolch i Hywel ..., er ei fod yn gweithio ... i":
        # whoever was named last before the bracket or the Welsh "that he is".
        named = last_given_name_before(text, doer.start(), doer.start() - offset)
        return named is not None and _someone_elses_name(named, subject)
    # "he" and "she" point to whom the sentence is about: the name it starts with ("Mererid is on nights
    # again (she's a midwife with ...)"), else the name the sentence before starts with ("Huw is the heavy
    # lifting department. He works for ...", not "Mike" of "Gareth ... passed his assessment with Mike").
    topic = SENTENCE_TOPIC.match(sentence) if doer.start() > offset + 2 else None
    if topic is None and offset > 1:
        topic = SENTENCE_TOPIC.match(sentence_around(text, offset - 2, offset - 2)[1])
    return topic is not None and _someone_elses_name(topic.group(1), subject)


def someone_elses_job_noun(text: str, start: int, subject: Subject) -> bool:
    """"Rhod's day job with ...", "Rhod's still doing his day job with ...": the job is that of whoever "his" or
    "her" points back to, the last given name before it in the sentence ("To Mererid, who organised it all
    despite her full-time job with ..." is Mererid's)."""
    whose = OTHERS_JOB_NOUN.search(text, max(0, start - 30), start)
    if whose is None:
        return False
    if whose.group(2):
        return _someone_elses_name(POSSESSIVE_S.sub("", whose.group(2)), subject)
    offset, _ = sentence_around(text, whose.start(), whose.end())
    named = last_given_name_before(text, whose.start(), whose.start() - offset)
    return named is not None and _someone_elses_name(named, subject)


def _someone_elses_name(word: str, subject: Subject) -> bool:
    return is_given_name(word) and fold(word) not in owner_words(subject)


@cache
def _still_there_question() -> re.Pattern[str]:
    """A friend asking whether the person still works somewhere: "Are you still TA-ing at Ysgol ...?", "You still on
    nights at Ysbyty ...?", "ti dal yn Tŷ'r Ywen?" (data/employment.json still_there_questions)."""
    asked = alternation(cues("employment")["still_there_questions"])
    return re.compile(rf"(?i:(?<![\w'’])(?:{asked})(?:[ \t]+[\w'’-]+){{0,3}}?[ \t]+(?:at|with|in|for|yn|yng|ym|gyda|efo|hefo|i))"
                      rf"[ \t]+{ORG}[ \t]*\?")


@cache
def _still_there_answer() -> re.Pattern[str]:
    answers = alternation(cues("employment")["still_there_answers"])
    return re.compile(rf"(?:^|[.!?,][ \t]+)(?:{answers})\b", re.IGNORECASE | re.MULTILINE)


STILL_THERE_TRIGGER = re.compile(r"\bstill\b|\bdal\b")
NAME_LINE = re.compile(rf"^[ \t]*[{UPPER}][\w'’-]+(?:[ \t]+[{UPPER}][\w'’-]+){{1,3}}[ \t]*$", re.MULTILINE)
ANSWER_LINES_REACH = 300  # the question's date line and "Like · Reply", then the next author's name
ANSWER_OPENING = 120  # "Ha! Don't remind me, perm and all. Yes still at ...": the reply's first sentence or two


def _answered_yes_by_person(text: str, end: int, subject: Subject) -> bool:
    """The next author line after a question at `end` is the person's, and their reply opens with a yes: "Sioned
    Harries" / "Ha! Don't remind me. Yes still at Gurnos Fach", "Mererid Hughes" / "Yndw cyw, dal yng Nghartref ..."."""
    author = NAME_LINE.search(text, end, end + ANSWER_LINES_REACH)
    if author is None or not subject.full_name or fold(author.group(0).strip()) != fold(subject.full_name):
        return False
    reply = text[author.end() : author.end() + ANSWER_OPENING].lstrip()
    return _still_there_answer().search(reply) is not None


def still_there_employers(document: Document, subject: Subject) -> list[tuple[str, int, int]]:
    """Organisations a friend asks the person whether they still work at, when the person's answer says yes; the
    question alone says nothing ("Are you still at Morfa Glas?" / "Left Morfa Glas in March actually"): (name as
    written, start, end)."""
    return [(match.group(match.lastindex or 0), match.start(), match.end())
            for match in finditer_near(_still_there_question(), document.text, STILL_THERE_TRIGGER, before=40, after=120)
            if _answered_yes_by_person(document.text, match.end(), subject)]


def employers_by_cues(document: Document, subject: Subject) -> list[Detection]:
    """Where the person works now, as the employment cues say: not where they studied, worked before, or
    where someone else works."""
    found: dict[str, Detection] = {}
    text = document.text

    def add(raw: str, start: int, end: int, owner: bool | None) -> None:
        if (value := employer_name(raw, text, subject)) is None:
            return
        detection = Detection(kind="employer", value=value, evidence=excerpt(text, start, end), source_id=document.source_id, owner=owner)
        key = employer_key(value)
        old = found.get(key)
        if old is not None and old.owner == owner and fold(value) == key != fold(old.value):
            found[key] = detection  # written both ways, keep the unmutated form ("Cyngor Gwynedd")
        keep_most_owned(found, detection, key=key)

    if subject.employer:
        start = fold(text).find(fold(subject.employer))
        if start != -1:
            add(text[start : start + len(subject.employer)], start, start + len(subject.employer), None)
    _, job, _, _ = _employment()
    # The job and teaching patterns begin with their cue word: one anchored try per cue.
    matches = [*matches_at(job, text, phrase_spans(text, JOB_TITLE_WORDS)),
               *matches_at(TEACH_AT, text, phrase_spans(text, TEACH_WORDS))]
    matches += [match for pattern, trigger in ((WORK_VERB, WORK_TRIGGER), (WELSH_WORK, WELSH_TRIGGER), (WELSH_TEACH, WELSH_TEACH_TRIGGER))
                for match in finditer_near(pattern, text, trigger, before=40, after=200)
                if pattern is not WELSH_WORK or _welsh_job_said(match.group(0))]
    matches += finditer_near(WHERE_WORKS, text, WHERE_TRIGGER, before=160, after=60)
    matches += finditer_near(YEARS_WITH, text, YEARS_WITH_TRIGGER, before=160, after=10)
    matches += finditer_near(THERE_WORKS, text, THERE_TRIGGER, before=200, after=20)
    matches += [match for match in finditer_near(YEARS_THEN_ORG, text, YEARS_THEN_ORG_TRIGGER, before=30, after=200)
                if not AFTER_A_TIME_BEFORE.search(text, max(0, match.start() - 30), match.start())]
    if (current := _current_cues(text)) is not None:
        matches += current.finditer(text)  # it holds only the cues this text has
    for match in matches:
        if STUDY_WORDS.search(text[max(0, match.start() - 40) : match.start()]) or not said_as_current(text, match.start(), match.end()):
            continue
        if JOB_WORD.match(lowered(text[match.start() : match.start() + 40])) and (
                SOMEONE_ELSES_JOB.search(text, max(0, match.start() - 30), match.start())
                or job_holder_is_someone_else(text, match.start(), _clause_before(text, match.start(), 200), subject)):
            continue  # "Caio's teacher at ...", "Her husband Huw, a watch manager with ...": someone else's job
        if JOB_NOUN.match(text, match.start()) and someone_elses_job_noun(text, match.start(), subject):
            continue  # "Rhod's still doing his day job with ...": someone else's job
        if NAMED_COLLEAGUES.search(text, max(0, match.start() - 30), match.start() + 12) or NOT_A_PERSON_WORKS.search(
                text, max(0, match.start() - 12), match.start()):
            continue  # "Leanne's colleagues at ...", "what works with ...": not the person's job
        if _forum_relative_before().search(text, max(0, match.start() - 12), match.start()):
            continue  # "DH works for Dyfed Farm Supplies": the writer's husband's job
        said_by_writer = (match.re is WHERE_WORKS and WHERE_I_WORK.search(match.group(0)) is not None) or match.re is THERE_WORKS
        if match.re is WHERE_WORKS and not said_by_writer and (
                (named := last_given_name_before(text, match.start(), match.start() - sentence_around(text, match.start(), match.start())[0]))
                and _someone_elses_name(named, subject)):
            continue  # "offcuts from Harlech Timber, where he works": the "he" is Rhodri, named before it in the sentence
        if (not said_by_writer and text[match.start()].islower()
                and (doer := SOMEONE_BEFORE_CUE.search(text, max(0, match.start() - 30), match.start()))
                and _someone_elses_name(doer.group(1), subject)):
            continue  # "Nel started at Ysgol ...", "Huw works with ...": said of someone else
        if not said_by_writer and someone_else_does_the_job(document, match.start(), subject):
            continue  # "Huw is the heavy lifting department. He works for ...": whoever "he" points back to
        if not said_by_writer and text[match.start()].islower() and _child_of_the_cue(text, match.start(), subject):
            continue  # "Seren (11) started at Ysgol ...", "her eldest, who has just started at ...": a child's school
        known = found.get(employer_key(_clean_org(match.group(match.lastindex or 0))))
        if known is not None and known.owner is True:
            continue  # already theirs: a second sighting changes nothing
        # "where I work": whose job it is is read where the writer says "I", not from the names before the school.
        owner = owner_in_page(document, match.end() if said_by_writer else match.start(), subject)
        if owner is False and said_to_person(document, match.start(), subject, said_end=match.start(match.lastindex or 0)):
            owner = True  # a friend's reply to the person: "You still on nights at Ysbyty Parc Llwynfedw?"
        if owner is False:
            continue
        org_end = match.end(match.lastindex or 0)
        if beyond := ORG_BEYOND.match(text, org_end):
            # "the Llanelli East community nursing team at Gorllewin University Health Board", "PCSO for
            # Llandrindod North with Powys and Marches Police": the organisation is the one after.
            add(beyond.group(beyond.lastindex or 0), match.start(), beyond.end(), owner)
            continue
        if TEAM_AFTER.match(text, org_end) and not HEAD_WORDS & set(fold(_clean_org(match.group(match.lastindex or 0))).split()):
            continue  # "in the Barry Intake & Assessment team": a team, not who employs it
        add(match.group(match.lastindex or 0), match.start(), match.end(), owner)
    for raw, start, end in still_there_employers(document, subject):
        add(raw, start, end, True)
    given_names = {name.split()[0] for name in (*subject.names, *subject.short_names) if name.split()}
    # "We're so proud of our Dai at Hopkins Hardware!": colleagues say where the person works.
    for match in finditer_near(OUR_PERSON_AT, text, OUR_PERSON_TRIGGER, before=10, after=200):
        if match.group(1) in given_names and said_as_current(text, match.start(), match.end()):
            add(match.group(match.lastindex or 0), match.start(), match.end(), True)
    for value, start in _headline_orgs(text, subject):
        owner = owner_in_page(document, start, subject)
        if owner is not False and said_as_current(text, start, start + len(value)):
            add(value, start, start + len(value), owner)
    for card in document.cards:
        if subject.full_name and not (owner_words(subject) & set(fold(card.name).split())):
            continue
        for org in card.fields.get("org", ()):
            add(org, 0, 0, True)
    # One employer written two ways ("CTMUHB" and its name in full; "Gloss & Glow" and "Gloss & Glow Nails")
    # is one employer: keep the fullest form.
    full_initials = {_initials(d.value) for d in found.values() if " " in d.value}
    words = {key: fold(d.value).split() for key, d in found.items()}
    shorter = {key for key, mine in words.items()
               if any(len(other) > len(mine) and other[: len(mine)] == mine for other in words.values())}
    return [d for key, d in found.items() if key not in shorter and not (ACRONYM.fullmatch(d.value) and d.value in full_initials)]


def find_role(document: Document, subject: Subject) -> list[Detection]:
    roles = phrases_in(document.text, terms()["role_titles"] + ((subject.role.lower(),) if subject.role else ()))
    if roles is None:
        return []
    pattern = re.compile(r"\b(?:I\s+am|I'm|I’m|work(?:ing)?\s+as|job\s+as)\s+an?\s+(" + roles.pattern + r")", re.IGNORECASE)
    for match in finditer_near(pattern, document.text, ROLE_TRIGGER, before=5, after=80):
        return [Detection(kind="role", value=match.group(1).lower(), evidence=excerpt(document.text, match.start(), match.end()), source_id=document.source_id)]
    return []


def _words(phrases: list[str]) -> str:
    """The phrases as one alternation, longest first; a space matches any run of spaces, and either apostrophe matches
    the other ("dw i'n" as "dw i’n")."""
    return "|".join(re.sub(r"['’]", "['’]", re.escape(p).replace(r"\ ", r"\s+")) for p in sorted(phrases, key=len, reverse=True))


@cache
def _practice() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(any cue, strong event, weak event, someone served with a cue, not practice, first person), from data/practice.json."""
    data = cues("practice")
    served = _words(data["people_served"])
    family = _words(data["people_served_with_an_article"])
    served_cues = []
    for cue in data["served_cues"]:
        pattern = re.escape(cue).replace(r"\ ", r"\s+")
        if "{" in cue:
            # one describing word may come first: "the little boy I looked after"
            served_cues.append(pattern.replace(r"\{served\}", f"(?:[a-z]+\\s+)?(?:{served})").replace(r"\{family\}", f"(?:[a-z]+\\s+)?(?:{family})"))
        elif cue == "our":  # "our patients" is a job or a service; "our Mrs P" is not
            singular = _words([w for w in data["people_served"] if w not in data["plural_people_served"] + data["attributive_after_our"]])
            served_cues.append(pattern + rf"\s+(?:[a-z]+\s+)?(?:{singular})")
            # "our resident composer": a part played in a group, unless no lower-case word follows ("our resident Mrs J")
            served_cues.append(pattern + rf"\s+(?:[a-z]+\s+)?(?:{_words(data['attributive_after_our'])})(?![\w'’-]|[ \t]+[a-z])")
        elif " " not in cue:  # "my new clients", "my 1:1 lad", "fy nghleientiaid": never "my mum", "my boy"
            served_cues.append(pattern + rf"\s+(?:[a-z]+\s+|1:1\s+|1-1\s+|one-to-one\s+)?(?:{served})")
        else:  # "one of my families", "i had a lovely old farmer", "one of our gentlemen"
            served_cues.append(pattern + rf"\s+(?:[a-z]+\s+){{0,3}}(?:{served}|{family})")

    # "a gentleman in Dinas Powys I'd been visiting": the person, a few words, then the writer's job to them.
    people = "|".join((served, family))
    served_cues.append(rf"(?:a|an|the|one)\s+(?:[a-z]+\s+){{0,3}}(?:{people})(?:\s+[\w'’-]+){{0,4}}?\s+i(?:['’]d|['’]ve|['’]m|\s+have|\s+had|\s+was|\s+am)?\s+"
                       rf"(?:been\s+)?(?:{_words(data['served_verbs'])})")
    # Welsh, with no "a" before the person: "mam y bues i'n gofalu amdani" (a mum I cared for), "teulu dw i'n gweithio gyda nhw".
    welsh_people = [form for phrase in data["welsh_served_people"] for form in mutated_forms(phrase, "soft")]
    welsh_verbs = [form for phrase in data["welsh_served_verbs"] for form in mutated_forms(phrase, "soft", "aspirate")]
    # Not after "fy" or "ein" (my, our): "fy merch dw i'n ei dysgu i nofio" is the writer's own daughter.
    served_cues.append(rf"(?<!\bfy\s)(?<!\bein\s)(?:{_words(welsh_people)})(?:\s+[\w'’-]+){{0,2}}?\s+(?:(?:y|a|yr)\s+)?"
                       rf"(?:{_words(data['welsh_writer_then'])})\s+(?:(?:eu|ei|['’]u|['’]i)\s+)?(?:{_words(welsh_verbs)})")
    served_cues.append(_words(data["plain_served_phrases"]))
    # "one of my year 3 boys", "one of my key children": a class or a caseload, not the writer's own children.
    served_cues.append(r"one\s+of\s+(?:my|our)\s+(?:(?:year|blwyddyn|reception|nursery)\s*\d*\s+(?:boys|girls|children|kids|lot)"
                       r"|year\s*\d{1,2}s\b)")  # "one of my Year 4s who has dyspraxia"

    def bounded(body: str) -> re.Pattern[str]:
        return re.compile(rf"(?<![\w])(?:{body})(?![\w])", re.IGNORECASE)

    strong, weak = bounded(_words(data["strong_events"])), bounded(_words(data["weak_events"]))
    any_cue = bounded("|".join((_words(data["strong_events"]), _words(data["weak_events"]), served, family)))
    return (any_cue, strong, weak, bounded("|".join(served_cues)), bounded(_words(data["not_practice"])),
            bounded(_words(data["first_person"])))


@cache
def _initialled_person() -> re.Pattern[str]:
    """A title and one initial, not the start of a full name: "Mrs H in room 12", not "Mrs H. Jones"."""
    titles = "|".join(re.escape(t) for t in cues("practice")["initialled_titles"])
    return re.compile(rf"\b(?:{titles})\.?[ \t]+[{UPPER}](?![\w'’]|\.?[ \t]*[{UPPER}][{LOWER}])")


@cache
def _practice_words() -> tuple[str, ...]:
    """Words one of which every practice comment holds: the events, the people served, and for those named
    with an article ("a family I work with") the words of the cue that names them."""
    data = cues("practice")
    return tuple(data["strong_events"] + data["weak_events"] + data["people_served"] + data["article_triggers"]
                 + data["plain_served_phrases"]
                 + [form for phrase in data["welsh_served_verbs"] for form in mutated_forms(phrase, "soft", "aspirate")])


def find_practice(document: Document, subject: Subject) -> list[Detection]:
    """Sentences in which the person talks about their casework: those the cues find (practice_by_cues),
    and those the learned model (detect/practice_model.py) reads as a case told in plain words."""
    found = practice_by_cues(document, subject)
    threshold = practice_model().threshold
    for offset, sentence in sentences(document.text):
        if practice_probability(sentence) >= threshold:
            _add_practice(found, document, subject, offset, (offset, offset + len(sentence)), sentence)
    return list(found.values())


def practice_by_cues(document: Document, subject: Subject) -> dict[str, Detection]:
    """Sentences with a strong event ("home visits", "case conference"), someone the person serves
    ("one of my families", "a patient told me"), or a weaker event ("court", "my shift") said in the
    first person; never a statement of belief or a job description. Keyed by the sentence."""
    text = document.text
    found: dict[str, Detection] = {}
    _, strong, weak, served, not_practice, first_person = _practice()
    phrases = phrases_in(text, terms()["practice_phrases"])
    seen: set[int] = set()
    initialled = _half_hidden_people(text)
    candidates = phrase_spans(text, terms()["practice_phrases"]) + phrase_spans(text, _practice_words())
    candidates += initialled
    for start, end in sorted(candidates):
        offset, sentence = sentence_around(text, start, end)
        if offset in seen:
            continue
        seen.add(offset)
        listed = phrases is not None and phrases.search(sentence)
        if not (listed or strong.search(sentence) or _serves_someone(served, sentence)
                or ((weak.search(sentence) or any(offset <= at < offset + len(sentence) for at, _ in initialled))
                    and first_person.search(sentence))):
            continue
        if not_practice.search(sentence):
            continue
        _add_practice(found, document, subject, offset, (start, end), sentence)
    return found


def _half_hidden_people(text: str) -> list[tuple[int, int]]:
    """Where a title and an initial half-hide someone ("Mrs H in room 12"); not where the page spells the name out
    with the same title and initial ("Mr Rhydderch (Mr R) has run the shop ..."): that is a short form of a name given."""
    spans = []
    for match in _initialled_person().finditer(text):
        title, initial = match.group(0).split()[0].rstrip("."), match.group(0)[-1]
        if not re.search(rf"\b{re.escape(title)}\.?[ \t]+{initial}[{LOWER}]", text):
            spans.append(match.span())
    return spans


# "my lad Osian", "my two hogia, Gruff & Macsen": the writer's own child by name, not someone they serve.
OWN_CHILD_NAMED = re.compile(rf"[ \t]*(?:\(\d{{1,2}}\)[ \t]*)?,?[ \t]*({NAME_WORD})")
OWN_PREFIX = re.compile(r"(?:my|our|fy|ein)\b", re.IGNORECASE)


def _serves_someone(served: re.Pattern[str], sentence: str) -> bool:
    """Whether the sentence names someone the person serves ("one of my families"), not the writer's own child
    named straight after "my lad" or "our boys"."""
    for match in served.finditer(sentence):
        named = OWN_CHILD_NAMED.match(sentence, match.end())
        if not (OWN_PREFIX.match(match.group(0)) and named and is_given_name(named.group(1))):
            return True
    return False


def _add_practice(found: dict[str, Detection], document: Document, subject: Subject, offset: int, cue: tuple[int, int],
                  sentence: str) -> None:
    """Keep the sentence at offset (its cue at text[cue[0]:cue[1]]) as a practice comment, and say whose it is."""
    text = document.text
    start, end = cue
    value = " ".join(sentence.split())[:300]
    if value not in found and len(value.split()) >= 3:
        # A patient or a family mentioned in someone else's comment or review is their work, not the person's.
        owner = False if written_by_someone_else(document, offset, subject) or quoted_speaker(text, start, subject) is False or (
            in_aside(document, offset) and not in_post(document, offset) and owner_in_page(document, offset, subject) is False) else None
        found[value] = Detection(kind="practice", value=value, evidence=excerpt(text, start, end, width=120),
                                 source_id=document.source_id, owner=owner)


def find_logos(document: Document, subject: Subject) -> list[Detection]:
    """An image whose alt text or file name says it is a logo, or names the employer."""
    employer_words = {w for w in fold(subject.employer).split() if len(w) > 3}
    found = []
    for image in document.images:
        file_name = PurePosixPath(urlsplit(image.src).path).name
        label = fold(f"{image.alt} {file_name}")
        names_employer = bool(employer_words) and sum(w in label for w in employer_words) >= min(2, len(employer_words))
        if "logo" in label or names_employer:
            value = image.alt or file_name
            found.append(Detection(kind="logo", value=value[:200], evidence=f"image: {image.alt or file_name}", source_id=document.source_id))
    return found

"""Contact details: email addresses, phone numbers, postcodes, birthdays."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from functools import cache

import phonenumbers
from phonenumbers import Leniency, PhoneNumberFormat

from footprint.datafiles import load_json, terms
from footprint.detect.lexicon import cues, is_given_name, kinship_set, pet_words, relation_words
from footprint.detect.owner import (
    NOT_ME,
    OTHER_ROLE_PATTERN,
    POSSESSIVE_S,
    WRITER_NAMES_THEMSELF,
    WRITER_SPEAKS,
    aside_around,
    belongs_to_subject,
    house_after_a_name,
    inside_longer_name,
    is_the_persons_given_name,
    keep_most_owned,
    last_named_before,
    named_at_contact,
    names_nobody_else,
    owner_in_page,
    owner_words,
    page_names_person,
    person_given_names,
    place_named_at,
    post_around,
    post_author_is_subject,
    reply_addressed_to_person,
    section_heading_owner,
    surname_pieces,
    titled_someone_else,
    where_written,
    written_by_someone_else,
)
from footprint.model import Card, Detection, Document, Subject
from footprint.places import uk_places
from footprint.text import (
    EMAIL,
    LOWER,
    NAME_WORD,
    POSTCODE,
    UPPER,
    alternation,
    excerpt,
    finditer_near,
    fold,
    lowered,
    phrase_pattern,
    present_phrases,
    sentence_across_lines,
    sentence_around,
    words_of,
)

# "jane dot doe at example dot com", "jane[at]example.org", "jane (at) example (dot) com", "JANE AT EXAMPLE DOT COM"
AT = r"\s*(?:\[at\]|\(at\)|\{at\}|\s+at\s+|\s+AT\s+)\s*"
# A dot written out may have spaces round it; a real "." in an address never does ("weekends. By" is prose).
DOT = r"(?:\s*(?:\[dot\]|\(dot\)|\{dot\}|\s+dot\s+|\s+DOT\s+)\s*|\.)"
WORD = r"[A-Za-z0-9_%+-]+"
# "name at domain dot com"; not the local part of a real address after "at" ("drop her a line at rhian.lb@example.co.uk"),
# nor the words before one written out ("drop me a line at abena.op at example dot org" is abena.op@example.org).
OBFUSCATED_EMAIL = re.compile(rf"(?<![\w.])({WORD}(?:{DOT}{WORD})*){AT}({WORD}(?:{DOT}{WORD})*{DOT}(?:com|org|net|uk|cymru|wales|example|[a-z]{{2}}))(?![\w@])(?!{AT}{WORD})", re.IGNORECASE)
FILE_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg")

# Ofcom keeps these ranges for drama. libphonenumber calls 07700 900xxx and 01632 960xxx
# invalid, but demo and training personas use exactly them, so they count as phones here.
DRAMA_RANGES = ("+447700900", "+441632960", "+442079460", "+442920180")
# Whole words: "Mererid:" is not "id:". "number" alone is not among them: "my new number — 07700 900937", "phone
# number: ..."; what kind of number comes before it ("order number", "account no.").
NOT_A_PHONE_CONTEXT = re.compile(
    r"\b(?:order|ref(?:erence)?|company|charity|reg(?:istered|istration)?|invoice|account|acct|post|id|no\.?|fingerprint|grid|isbn|vat|"
    r"membership|policy|case|serial|tracking|crime|incident|booking)\W{0,3}(?:no\.?|number|#)?[\s:#.]*$",
    re.IGNORECASE,
)
PHONE_CONTEXT = re.compile(r"(?:tel|phone|mobile|mob|call|text|ffôn|ffon|whatsapp|contact)\W{0,3}$", re.IGNORECASE)

VENUE = re.compile(r"\b(?:Centre|Center|Park|Hall|Club|Ground|Stadium|Church|Chapel|Office|Surgery|Hospital|School|"
                   r"Estate|Ltd|Library|Pool|Arena|Campus|Station|Hotel|Pub|Inn|Unit|Arms|Tavern|Bar|Restaurant|Cafe|Café|"
                   r"Theatre|Cinema|Gallery|Museum|Institute|Lido|Pharmacy|Practice|Stores|Market|Rooms|Hub|Studio|"
                   r"Crematorium|Cemetery|Barn|Vets|Veterinary|Feeds|Plumbing|Heating|Electrical|Builders|Roofing|Joinery|Decorating|Removals|Loft|Beauty|Spa|Barbers|Nails|B&B|Rectory|Lodge|Manor|Guest House|Guesthouse|Ysgubor|Motors|Garage|Cabs|Taxis|Bakery|Salon|Funeral|Rec|Field|Fields|Pitch|Pavilion|Leisure|"
                   r"Neuadd|Canolfan|Capel|Gapel|Nghapel|Festri|Vestry|Eglwys|Ysgol|Llyfrgell|Swyddfa|Parc|Gorsaf|Amlosgfa|Garej|Becws|"
                   r"Stall|Stondin|Marchnad|Arcade|Siop|Caffi|Hostel|Opticians|Allotments|Campfa|Gym|Dairy|Soft Play|Carafanau|Ysbyty|Meddygfa|Feddygfa|Clinig|Clinic|"
                   r"Tafarn|Dafarn|Nhafarn|Gwesty|Westy|Bwyty|Clwb|Glwb|Theatr|Sinema|Amgueddfa)\b(?![^\n]*\b\d+\s+[A-Z][a-z]+\s+(?:Road|Street|Lane|Close|Avenue|Stryd|Heol))")
POSTCODE_TRIGGER = re.compile(r"\d[a-z]{2}\b")  # the inward code; the window reaches back to the outward one

MONTHS = {name: number for number, names in enumerate(
    # Welsh months with their mutated forms too: "o Fawrth", "ym mis Fehefin", "o Dachwedd"; and as Welsh sites shorten
    # them in a post's date stamp: "22 Hyd", "3 Chwef".
    [("jan", "january", "ionawr", "ion"), ("feb", "february", "chwefror", "chwef"), ("mar", "march", "mawrth", "fawrth", "maw"),
     ("apr", "april", "ebrill", "ebr"), ("may", "mai", "fai"), ("jun", "june", "mehefin", "fehefin", "meh"),
     ("jul", "july", "gorffennaf", "orffennaf", "gorff"), ("aug", "august", "awst"), ("sep", "sept", "september", "medi", "fedi"),
     ("oct", "october", "hydref", "hyd"), ("nov", "november", "tachwedd", "dachwedd", "tach"), ("dec", "december", "rhagfyr", "ragfyr", "rhag")],
    start=1) for name in names}
MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
# Days of the month in words, as people write dates out: "the Fourth of July", Welsh "y trydydd o Dachwedd" (the third
# of November), "yr ail ar hugain o'r mis" (the twenty-second of the month). Welsh counts past ten with "ar ddeg" (on
# ten), "ar bymtheg" (on fifteen) and "ar hugain" (on twenty).
ENGLISH_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
                    "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth")
WELSH_ORDINALS = ("cyntaf", "ail", "trydydd", "pedwerydd", "pumed", "chweched", "seithfed", "wythfed", "nawfed", "degfed",
                  "unfed ar ddeg", "deuddegfed", "trydydd ar ddeg", "pedwerydd ar ddeg", "pymthegfed", "unfed ar bymtheg",
                  "ail ar bymtheg", "deunawfed", "pedwerydd ar bymtheg", "ugeinfed")
DAY_WORDS = {
    **{word: day for day, word in enumerate(ENGLISH_ORDINALS, start=1)},
    "twentieth": 20, "thirtieth": 30, "thirty-first": 31, "thirty first": 31,
    **{f"twenty{joint}{word}": 20 + day for day, word in enumerate(ENGLISH_ORDINALS[:9], start=1) for joint in ("-", " ")},
    **{word: day for day, word in enumerate(WELSH_ORDINALS, start=1)},
    **{f"{word} ar hugain": 20 + day for day, word in enumerate(WELSH_ORDINALS[:10], start=1)},
    "unfed ar ddeg ar hugain": 31,
}
# Only before "of"/"o": "the second of June", not "the second June trip" or Welsh "yr ail mai" (the second that).
# The first-letter look-ahead keeps the hot date pattern cheap where no day word can start.
DAY_IN_WORDS = (rf"\b(?=[{''.join(sorted({word[0] for word in DAY_WORDS}))}])(?:{alternation(DAY_WORDS)})"
                rf"(?=\s+(?:of|o)[\s'’])")


def day_number(written: str) -> int:
    """The day of the month as written: "14", "fourteenth", "pedwerydd ar ddeg"."""
    return int(written) if written.isdigit() else DAY_WORDS[re.sub(r"\s+", " ", written.lower())]


# Welsh ordinals too: "3ydd o Ebrill", "1af o Fawrth". A day never runs on into more digits ("Jan 2021").
# Forum timestamps join them with hyphens, the year in two digits: "Wed 05-Mar-25 09:15".
DAY_MONTH = (rf"(?<!\d)(\d{{1,2}}|{DAY_IN_WORDS})(?:st|nd|rd|th|af|il|ydd|ed|fed|eg|ain)?(?:\s+(?:of\s+|o\s+)?|-)({MONTH_NAMES})\.?"
             rf"(?:(?:,?\s+(?=\d{{4}})|-(?=\d\d(?:\d\d)?\b))(\d{{4}}|\d\d))?")
# Not "gan mai 14 Rhagfyr" (Welsh "that 14 December"): a day with a month name after it is that month's. Not the end
# of a word: "Division 1", "Legion 14".
MONTH_DAY = rf"(?<![^\W\d_])({MONTH_NAMES})\.?\s+(\d{{1,2}})(?!\d)(?:st|nd|rd|th)?(?!\w|\s+(?:of\s+|o\s+)?(?:{MONTH_NAMES})\b)(?:,?\s+(\d{{4}}))?"
NUMERIC = r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})"
# "born on 3 May", "born in Llandudno on 22 November 1981": where, then when. A day may be named before its date, set
# off after it: "born on the longest day (21 June)", "ges i fy ngeni ar hirddydd haf – 21 Mehefin".
APPOSED = r"(?:(?:\s+[\w'’-]+){1,4}\s*[–—(,]|\s+[\w'’-]+(?:\s+[\w'’-]+){0,3}\s+-)?"
BIRTH_CUE = (r"(?:born(?:\s+(?:in|at)\s+[\w'’-]+(?:\s+[\w'’-]+){0,2},?(?=\s+on\b))?(?:\s+on(?:\s+the)?" + APPOSED + r"|\s+the)?|birthday(?:['’]s|\s+is|\s+was)?(?:\s+on)?(?:\s+the)?|date\s+of\s+birth|d\.?o\.?b\.?|"
             r"(?:pen|mhen|phen)-?blwydd(?:\s+(?:i|yw|ydy))?|dyddiad\s+geni|birthdate|birthDate|"
             r"fy\s+ngeni\s+ar(?:\s+y)?" + APPOSED + r")\W{0,4}")  # Welsh "ces i fy ngeni ar 1 Ebrill" (I was born on)
DATE_SET_OFF = re.compile(rf"\s*[–—(,-]\s*(?:{DAY_MONTH}|{MONTH_DAY})", re.IGNORECASE)
BIRTHDAY = re.compile(rf"{BIRTH_CUE}(?P<date>{DAY_MONTH}|{MONTH_DAY}|{NUMERIC}|(\d{{4}})-(\d{{2}})-(\d{{2}}))", re.IGNORECASE)


AT_SIGN = re.compile("@")
# "at" written out, then a word and a dot written out or not: what every spelled-out address starts with.
SPELLED_AT = re.compile(r"[\s\[({]at[\s\])}]\s*[a-z0-9_%+-]+\s*(?:\[dot\]|\(dot\)|\{dot\}|\s+dot\s+|\.)")
PLACEHOLDER_LOCALS = {"you", "your", "yourname", "your.name", "name", "email", "user", "username", "someone",
                      "firstname.lastname", "first.last", "me", "example"}
ROLE_LOCALS = {"newsdesk", "news", "info", "contact", "enquiries", "enquiry", "office", "admin", "sales", "support",
               "help", "editor", "press", "reception", "noreply", "no-reply", "webmaster", "jobs", "hr", "team",
               "hello", "membership", "members", "secretary", "treasurer", "bookings", "accounts", "events", "orders",
               "shop", "club", "general", "mail", "chair", "chairman", "chairperson", "juniors", "youth", "captain", "coach",
               "welfare", "referrals", "results", "fixtures", "clerk", "governors",
               # Welsh: secretary, accounts, hello, post, enquiries, office, editor, information, minister
               "ysgrifennydd", "cyfrifon", "helo", "post", "ymholiadau", "swyddfa", "golygydd", "gwybodaeth", "gweinidog"}
RESERVED_SUFFIXES = (".local", ".localhost", ".invalid", ".lan", ".internal")


def _someone_elses_given_name(word: str, subject: Subject) -> bool:
    """A given name that is not the person's. One starting with their initial may be a nickname
    they did not type (Siani for Sioned), so it decides nothing."""
    initials = {fold(name)[:1] for name in subject.names if name}
    shortened = any(mine.startswith(word) for mine in owner_words(subject))  # "llew" of Llewellyn in dafydd.llew@
    return (word not in owner_words(subject) and word not in ROLE_LOCALS and word[:1] not in initials and not shortened
            and is_given_name(word.capitalize()))


def email_owner(value: str, subject: Subject, document: Document | None = None, start: int = 0) -> bool | None:
    """Whose address is it? The address itself often says: jane.doe@ is Jane Doe's, newsdesk@ is
    not, and sophie.bowen@ is Sophie's even on Hannah Bowen's page (families share surnames)."""
    local, _, domain = value.partition("@")
    site = domain.rsplit(".", 1)[0]  # without the top-level domain: ".example" names nobody
    # A piece of a double-barrelled surname names the person too: "merry.gruffydd@" for Meriel Gruffydd-Owen.
    mine = owner_words(subject) | surname_pieces(subject)
    mine |= {short for short in person_given_names(subject) if len(short) > 2}  # "gaz.skywatch@" for Gareth, as "gareth.p@" is
    local_parts = {p for p in re.split(r"[._+-]", local) if len(p) > 1}
    parts = local_parts | set(re.split(r"[.-]", site))
    if subject.full_name and re.fullmatch(r"[a-z]+[._-][a-z]+\d*", local) and any(
            _someone_elses_given_name(p, subject) for p in local_parts):
        return False  # first.last@ with someone else's first name
    if mine & {p for p in parts if len(p) > 1} or any(w in re.sub(r"[^a-z]", "", local + site) for w in mine if len(w) > 3):
        return True
    if subject.full_name and any(len(p) > 2 and is_the_persons_given_name(p, subject) for p in local_parts):
        return True  # "rhi.slowcooks@" for Rhiannon: her given name's first letters, as she signs "Rhi"
    if local in ROLE_LOCALS:
        return False
    if subject.full_name and re.fullmatch(r"[a-z]+[._][a-z]+\d*", local):
        return False  # another person's name-shaped address (rhys.garland@...)
    owner = None if document is None else owner_in_page(document, start, subject, end=start + len(value), contact=True)
    if subject.full_name and owner is not True and domain not in _personal_mail_domains():
        return False  # staffnews@, welfare@, peergroup@ at an organisation's own domain: the organisation's
    return owner


@cache
def _personal_mail_domains() -> frozenset[str]:
    return frozenset(load_json("ownership.json")["personal_mail_domains"])


def _add_email(found: dict[str, Detection], value: str, evidence: str, source_id: str, raw: str, owner: bool | None) -> None:
    if value.split("@")[0] in PLACEHOLDER_LOCALS or value.endswith(RESERVED_SUFFIXES) or value.endswith(FILE_SUFFIXES):
        return
    keep_most_owned(found, Detection(kind="email", value=value, evidence=evidence, source_id=source_id, match=raw, owner=owner))


def find_emails(document: Document, subject: Subject) -> list[Detection]:
    found: dict[str, Detection] = {}
    text = document.text
    for match in finditer_near(EMAIL, text, AT_SIGN, before=70, after=260):
        if match.start() > 0 and text[match.start() - 1] == "@":
            continue  # @name@server is a fediverse handle, not an email address
        value = match.group(1).lower()
        _add_email(found, value, excerpt(text, match.start(), match.end()), document.source_id, match.group(1),
                   email_owner(value, subject, document, match.start()))
    for match in finditer_near(OBFUSCATED_EMAIL, text, SPELLED_AT, before=80, after=120):
        if "@" in match.group(0):
            continue
        local = re.sub(DOT, ".", match.group(1), flags=re.IGNORECASE)
        domain = re.sub(DOT, ".", match.group(2), flags=re.IGNORECASE)
        value = f"{local}@{domain}".lower()
        # "see you at home dot" is prose, not an address: both halves must look like one.
        if "." not in domain or len(local) > 64:
            continue
        _add_email(found, value, excerpt(text, match.start(), match.end()), document.source_id, match.group(0),
                   email_owner(value, subject, document, match.start()))
    for link in document.links:
        if link.lower().startswith("mailto:"):
            value = link[7:].split("?")[0].strip().lower()
            if EMAIL.fullmatch(value) and value not in found:  # written on the page, its place there says more
                _add_email(found, value, f"email link: {value}", document.source_id, value, email_owner(value, subject))
    for card in document.cards:
        for raw in card.fields.get("email", ()):
            value = raw.removeprefix("mailto:").strip().lower()
            if EMAIL.fullmatch(value):
                _add_email(found, value, f"structured data for {card.name}: {value}", document.source_id, value,
                           _card_owner(card, subject))
    return list(found.values())


def _card_owner(card: Card, subject: Subject) -> bool | None:
    if not subject.full_name:
        return None
    words = fold(card.name).split()
    if not owner_words(subject) & set(words):
        return False
    # "Kenneth Price" on Jane Price's page: the family name, but another person's first name.
    initials = {fold(name)[:1] for name in (*subject.names, *subject.short_names) if name}
    return not (is_given_name(words[0]) and words[0] not in owner_words(subject) and words[0][:1] not in initials)


def normalise_phone(raw: str) -> str | None:
    """E.164 for a real or Ofcom-drama UK number (or a valid foreign one), else None.

    A UK number is written with a leading 0 (or +44); "800-769-5668" has neither, so it is read
    as the North American number it is written as, not as +44 800..."""
    written = raw.strip()
    region = "GB" if written.startswith(("+", "0", "(0")) else "US"
    try:
        number = phonenumbers.parse(written, region)
    except phonenumbers.NumberParseException:
        return None
    e164 = phonenumbers.format_number(number, PhoneNumberFormat.E164)
    if phonenumbers.is_valid_number(number) or (e164.startswith(DRAMA_RANGES) and len(e164) == 13):
        return e164
    return None


# A date written with its year, at the start of a run of digits: "2024-05-06", "12.05.2024", "25-06-2025 16".
DATE_SHAPED = re.compile(r"(?:(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d\d)(?!\d)")
PHONE_DIGITS = re.compile(r"(?:\d[^\d\n]{0,3}){9,}\d")  # ten digits on one line


def _phone_lines(text: str) -> Iterator[tuple[int, str]]:
    """(offset, line) for lines holding at least ten digits: phonenumbers is slow, most lines have none.
    One scan of the whole text, not a search per line (pages have thousands of short lines)."""
    next_line = 0
    for match in PHONE_DIGITS.finditer(text):
        if match.start() < next_line:
            continue
        start = text.rfind("\n", 0, match.start()) + 1
        end = text.find("\n", match.end())
        end = len(text) if end == -1 else end
        next_line = end + 1
        yield start, text[start:end]


def find_phones(document: Document, subject: Subject) -> list[Detection]:
    found: dict[str, Detection] = {}
    text = document.text
    for offset, line in _phone_lines(text):
        for match in phonenumbers.PhoneNumberMatcher(line, "GB", leniency=Leniency.POSSIBLE):
            start, end = offset + match.start, offset + match.end
            before = text[max(0, start - 30) : start]
            if NOT_A_PHONE_CONTEXT.search(before) and not PHONE_CONTEXT.search(before):
                continue
            # Glued to letters or digits it is part of something else: "3F1A 7700 9004 21C8" is a key fingerprint.
            if (start > 0 and text[start - 1].isalnum()) or (end < len(text) and text[end].isalnum()):
                continue
            raw = match.raw_string
            digits = re.sub(r"\D", "", raw)
            # Dates and times are number-shaped: 2024-05-06, 12.05.2024, and a stamp's date with its hour after
            # it ("25-06-2025 16:48" reads as a North American number).
            if DATE_SHAPED.match(raw.strip()) or len(digits) < 10:
                continue
            if value := normalise_phone(raw):
                owner = owner_in_page(document, start, subject, end=end, contact=True)
                if owner is None and _at_venue(text, start, subject):
                    owner = False  # "Vale Cabs 01632 960464", "Margam Crematorium ... SA13 2NR": a business or venue
                # A field's label alone before the number on its line ("Mobile:", "Tel.", "Ffôn:"): PHONE_CONTEXT is the whole line.
                if (owner is None and PHONE_CONTEXT.fullmatch(text[text.rfind("\n", 0, start) + 1 : start])
                        and page_names_person(document, subject) and where_written(document, start, subject) == "o:in_main_text"):
                    owner = True  # "Mobile: 07700 900123" among the fields of a profile page that is the person's
                if CHAT_SENDER.search(text, max(0, start - 40), start):
                    owner = False  # "[02/06/2024, 09:02] +44 7700 900871 Sorry not seen it": a chat member shown by number
                if owner is True and titled_someone_else(SIGNATURE_PARTS.split(text[text.rfind("\n", 0, start) + 1 : start])[0], subject):
                    owner = False  # a letter copied into a post: "Mrs A. Lloyd, Pennaeth, Ysgol Gynradd ... · 01632 960588"
                if owner is not False and _called_party().search(text, max(0, start - CALLED_REACH), start):
                    owner = False  # "Rang them on 01632 960415", "I rang their appeals line on ...": whoever answers it
                if owner is not True and _beside_role_address(text, start, end):
                    owner = False  # "chair@club.example · 07700 ...", "email secretary@... or ring 029 ...": a role's line
                if _paired_with_someones_address(text, end, subject):
                    owner = False  # "bookings to me on 01632 960772 or pat.morgan@example.com": Pat's number, Pat's "me"
                elif (owner is not True and _paired_with_persons_address(text, end, subject)
                      and named_at_contact(text, start, end, subject) is None and names_nobody_else(text, start, subject)):
                    owner = True  # a box on their own blog: "Order by text on 07700 900733 or email ceri.cwmhir@example.com"
                if re.search(r"[A-Za-z]-$", text[max(0, start - 2) : start]):
                    continue  # "ref. WVO-07700-900215": part of a reference, not a number to ring
                keep_most_owned(found, Detection(kind="phone", value=value, evidence=excerpt(text, start, end), source_id=document.source_id, match=raw, owner=owner))
    for link in document.links:
        if link.lower().startswith("tel:"):
            raw = link[4:].strip()
            if value := normalise_phone(raw):
                keep_most_owned(found, Detection(kind="phone", value=value, evidence=f"phone link: {raw}", source_id=document.source_id, match=raw))
    for card in document.cards:
        for raw in card.fields.get("tel", ()):
            if value := normalise_phone(raw.removeprefix("tel:")):
                keep_most_owned(found, Detection(kind="phone", value=value, evidence=f"structured data for {card.name}: {raw}", source_id=document.source_id, match=raw, owner=_card_owner(card, subject)))
    return list(found.values())


# A block of contact lines: "📞 07700 900 128" / "✉️ aled.plymio@example.co.uk", "Text / WhatsApp: 07700900417" /
# "Email: rhodri at glocwmbelan dot example".
BLOCK_REACH = 120


def numbers_beside_own_address(document: Document, subject: Subject, found: list[Detection]) -> list[Detection]:
    """The detections, with a number the rules gave to nobody or to someone else only for want of a name made the
    person's when it stands in one block of contact lines with an address that names them: the lines of one block
    are how one holder is reached. Not when anyone else, a role or a place that answers (an office, a shop's line)
    stands in the block or on the number's line."""
    text = document.text
    own_addresses = []  # where each address that names the person (and nobody else) begins and ends
    for detection in found:
        if (detection.kind == "email" and detection.match and email_owner(detection.value, subject) is True
                and not any(_someone_elses_given_name(part, subject) for part in re.split(r"[._+-]", detection.value.partition("@")[0]))
                and (position := text.find(detection.match)) != -1):
            own_addresses.append((position, position + len(detection.match)))
    if not own_addresses or not subject.full_name:
        return found
    judged = []
    for detection in found:
        if detection.kind == "phone" and detection.owner is not True and detection.match and (start := text.find(detection.match)) != -1:
            end = start + len(detection.match)
            line_start = text.rfind("\n", 0, start) + 1
            line = text[line_start : text.find("\n", end) if "\n" in text[end:] else len(text)]
            line_above = text[text.rfind("\n", 0, max(0, line_start - 1)) + 1 : line_start]
            gaps = [(end, begin) if begin >= end else (finish, start) for begin, finish in own_addresses]
            if (any(_one_block(document, subject, *gap) for gap in gaps) and _block_of_nobody_else(line, subject)
                    and not FULL_NAME_LINE.match(line_above)):
                detection = replace(detection, owner=True)
        judged.append(detection)
    return judged


# A sentence ends and another begins: "... and I'll add it to the list." / "Need to know".
SENTENCE_ENDS = re.compile(rf"[.?!]\)?\s+[{UPPER}]")


def _one_block(document: Document, subject: Subject, begin: int, end: int) -> bool:
    """Whether text[begin:end], between a number and an address, is only the labels of one block of contact lines:
    short, inside the same box, no heading or new sentence, and no name (not even the person's, which heads the
    next block: "Treasurer: Mrs Gwenda Harries" / "(01632) 960 541" / "Editor: Meinir Jenkins" / "meinir.jenkins [at] ...")."""
    gap = document.text[begin:end]
    return (len(gap) <= BLOCK_REACH and aside_around(document, begin) == aside_around(document, end)
            and not any(begin < heading <= end for heading, _ in document.headings)
            and not SENTENCE_ENDS.search(gap) and not NOT_ME.search(gap.lower())
            and not any(fold(word) in owner_words(subject) for word in re.findall(NAME_WORD, gap))
            and _block_of_nobody_else(gap, subject))


# A line that is someone's name ("Alison Beynon" / "07700 900 386" in a table of street reps).
FULL_NAME_LINE = re.compile(rf"^[ \t]*{NAME_WORD}[ \t]+{NAME_WORD}[ \t]*$")


def _block_of_nobody_else(text: str, subject: Subject) -> bool:
    """No one else, no role and no place that answers in `text`."""
    mine = owner_words(subject)
    lower = fold(text)
    return (not any(is_given_name(name.group(0)) and fold(name.group(0)) not in mine and not inside_longer_name(text, name.start())
                    for name in re.finditer(NAME_WORD, text))
            and not OTHER_ROLE_PATTERN.search(lower) and not _ownership_phrases("places_that_answer").search(lower))


ADDRESS_LINE = 40
HOUSE_AND_STREET = re.compile(r"\b\d{1,4}[A-Za-z]?,?\s+(?:(?:y|yr|the)\s+|[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*")
# A street named after a place, with no house number: "Ffordd y Capel", "Heol yr Ysgol", "Station Road", "Church Lane".
STREET_NAMED = re.compile(r"\b(?:(?:Heol|Ffordd|Stryd|Lôn|Lon|Rhodfa|Teras|Cwrt)\s+(?:(?:y|yr)\s+)?[A-Z][\w'’-]*"
                          r"|[A-Z][\w'’-]*\s+(?:Road|Street|Lane|Close|Avenue|Drive|Way|Crescent|Terrace|Place|Court|Gardens|Row|View|Rise|Walk|Hill)\b)")


def _streets_removed(address: str) -> str:
    """The address without its streets, whose names may hold a venue's word ("12 Heol y Parc", "Ffordd y Capel")."""
    return STREET_NAMED.sub(" ", HOUSE_AND_STREET.sub(" ", address))
SENTENCE_END = re.compile(r"[.!?:]\s*$")


GOING_TO = re.compile(r"\b(?:at|to|from|outside|near|yn|yng|ym|i)\s+(?:the\s+|y\s+|yr\s+)?(?:[A-Z][\w'’-]*\s+){0,3}$")


# A number standing for a member of a group chat: after a message's time stamp, or added to or leaving the group.
CHAT_SENDER = re.compile(r"(?:\[\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?\]|\b(?:added|removed|left|joined)\b)\s*(?:-\s*)?$")


ROLE_ADDRESS_REACH = 80


VISITING_BEFORE = 120  # the postcode's sentence, back to its start
VISITING_AFTER = 60  # "LL65 2LP if you're using a satnav"


def _ownership_phrases(key: str) -> re.Pattern[str]:
    """A phrase list of data/ownership.json as one pattern (text.phrase_pattern caches it)."""
    return phrase_pattern(tuple(cues("ownership")[key]))


def _where_people_go(text: str, start: int, end: int) -> bool:
    """The postcode's sentence says to park, meet or point a satnav there (data/ownership.json visiting_cues)."""
    before = lowered(text[max(0, start - VISITING_BEFORE) : start])
    breaks = list(re.finditer(r"[.!?]\s|\n\s*\n", before))
    before = before[breaks[-1].end() :] if breaks else before
    after = lowered(text[end : end + VISITING_AFTER]).split("\n")[0]
    after = re.split(r"[.!?](?:\s|$)", after)[0]
    return (_ownership_phrases("visiting_cues").search(before) is not None
            or _ownership_phrases("visiting_cues_after").search(after) is not None)


def _beside_role_address(text: str, start: int, end: int) -> bool:
    """An address for a role or an organisation (chair@, hello@, secretary@) on the same line, close by:
    the number or postcode beside it is that role's or that organisation's."""
    line_start = max(text.rfind("\n", 0, start) + 1, start - ROLE_ADDRESS_REACH)
    line_end = text.find("\n", end)
    if line_end != -1 and text[max(0, line_end - ROLE_ADDRESS_REACH) : line_end].rstrip().endswith(("|", "·", "•")):
        line_end = text.find("\n", line_end + 1)  # "... ☎ 01632 960318 |" / "hello@...": one contact bar split by a link
    line_end = min(len(text) if line_end == -1 else line_end, end + ROLE_ADDRESS_REACH)
    return any(m.group(1).lower() in ROLE_LOCALS for m in ROLE_ADDRESS.finditer(text, line_start, line_end))


PAIR_REACH = 40
PAIR_LINK = re.compile(r"[\s,;:·|/()–-]*(?:(?:or|and|neu|ac?|e-?mail|ebost|e-bost)\b[\s,;:·|/()–-]*)*")


def _paired_with_someones_address(text: str, end: int, subject: Subject) -> bool:
    """A first.last@ address of someone else's follows the number as its pair ("ring me on 01632 960702 or email
    ann.powell@example.org"): the two are how that one person is reached. An organisation's address (hello@,
    bookings@) says nothing here: the person's own business gives its own number beside it."""
    local = _paired_address(text, end)
    if local is None:
        return False
    parts = [part for part in re.split(r"[._-]", local) if len(part) > 1]
    if set(parts) & owner_words(subject):
        return False  # "nerys.amira@": the person's own name with a stage name
    return bool(re.fullmatch(r"[a-z]+[._-][a-z]+\d*", local)) and any(_someone_elses_given_name(part, subject) for part in parts)


def _paired_with_persons_address(text: str, end: int, subject: Subject) -> bool:
    """An address whose name part is the person's follows the number as its pair: the two are how they are reached."""
    local = _paired_address(text, end)
    return local is not None and bool(set(re.split(r"[._+-]", local)) & owner_words(subject))


def _paired_address(text: str, end: int) -> str | None:
    """The name part (lower case) of an address that follows a number at `end` as its pair ("... or email x@...")."""
    link = PAIR_LINK.match(text, end, min(len(text), end + PAIR_REACH))
    address = ROLE_ADDRESS.match(text, link.end()) if link else None
    return address.group(1).lower() if address else None


ROLE_ADDRESS = re.compile(r"(?<![\w.+-])([A-Za-z][A-Za-z0-9._-]{0,30})@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")


SIGNATURE_PARTS = re.compile(r"[,·|–•]")
CALLED_REACH = 60


@cache
def _called_party() -> re.Pattern[str]:
    """A calling verb and someone else, right before a number (data/ownership.json called_party_*)."""
    data = cues("ownership")
    called = (rf"(?:{alternation(data['called_party_verbs'])})[ \t]+(?:{alternation(data['called_party_objects'])})"
              rf"|(?:{alternation(data['called_party_past_verbs'])})[ \t]+(?:{alternation(data['called_party_past_objects'])})")
    return re.compile(rf"(?i:\b(?:{called})\b(?:[ \t]+[\w'’\"“”-]+){{0,4}}?[ \t]*(?:on|ar|at|:)?[ \t]*\(?)$")


def _at_venue(text: str, start: int, subject: Subject) -> bool:
    """The line before the detail names a venue or business and not the person."""
    lines = text[max(0, start - 80) : start].split("\n")
    line_before = lines.pop()
    # A bold or linked name is a line of its own in the page text: "The Ely Valley Inn\n, 2 miles away".
    while lines and line_before[:1] in (",", ";", "–", "-", "—", ")", "."):
        line_before = f"{lines.pop()} {line_before}"
    # An address block: the organisation's name on a short line or two above the street ("Capel Bethel
    # (Annibynwyr)" / "Heol y Felin, Aberdâr CF44 8RT").
    # A postcode on a line of its own ends a longer block: "Capel Bethesda" / "Stryd y Bont" / "Llangadog" / "SA19 9AL".
    block_lines = 3 if not line_before.strip() else 2
    while lines and len(lines[-1]) <= ADDRESS_LINE and not SENTENCE_END.search(lines[-1]) and line_before.count("\n") < block_lines:
        line_before = f"{lines.pop()}\n{line_before}"
    # A street named after a place ("12 Heol y Parc", "3 Chapel Road") is an address, not a venue.
    named = _streets_removed(line_before)
    venue = VENUE.search(named)
    if venue and "\n" not in named[venue.start() :] and GOING_TO.search(named, max(0, venue.start() - 40), venue.start()):
        return True  # "we're off to the toddler group at Festri Bethel, Porth (CF39 9LR)": where they go, not where they live
    return bool(venue) and belongs_to_subject(line_before, len(line_before), subject) is not True


@cache
def _own_address_cues() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w'’])(?:{alternation(cues('ownership')['own_address_cues'])})(?![\w'’])")


ADDRESS_REACH = 160
ADDRESS_BLOCK_LINES = 4  # "to me at home:" / "Alun Protheroe" / "4 Heol y Dderwen" / "Llandrindod Wells" / "LD1 5TY"
ADDRESS_LINE_SPACES = 5  # a line of an address holds a few words ("Bryn Awel, 6 Heol Cae Pant"); more is prose
HOME_AFTER_REACH = 80


FORMER_HOME_REACH = 80


@cache
def _former_home_cues() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w'’])(?:{alternation(cues('ownership')['former_home_cues'])})(?![\w'’])")


def former_home_said(text: str, start: int) -> bool:
    """The postcode at `start` is given, in its own sentence, as where someone used to live ("My old address, the
    flat in SA1 5NR I rented", "it went to my old address in Treforest (CF37 1UY)"): not a home now."""
    offset, sentence = sentence_around(text, start, start)
    raw = sentence[: start - offset]
    before = lowered(raw)
    cue = max(_former_home_cues().finditer(before), key=lambda m: m.start(), default=None)
    # The nearest postcode after the cue, not a later one: "... my old address in Treforest (CF37 1UY) first ...
    # forwarded to me here (CF38 2RT)" has the person's home after the old one.
    return cue is not None and len(before) - cue.end() <= FORMER_HOME_REACH and not POSTCODE.search(raw, cue.end())


def _address_block_start(text: str, start: int) -> int:
    """Where the address a postcode at `start` ends begins: its own line and the short lines above it that hold
    the rest of the address, with the line that introduces it ("to me at home:", "Secretary:", "... grid to me at")."""
    line_start = text.rfind("\n", 0, start) + 1
    for _ in range(ADDRESS_BLOCK_LINES):
        if line_start == 0:
            break
        previous_start = text.rfind("\n", 0, line_start - 1) + 1
        previous = text[previous_start : line_start - 1].strip()
        if previous.endswith(":") or _own_address_cues().search(lowered(previous)):
            return previous_start
        if len(previous) > ADDRESS_LINE or previous.count(" ") > ADDRESS_LINE_SPACES or re.search(r"[.!?]$", previous):
            break  # prose, not a line of an address
        line_start = previous_start
    return text.rfind("\n", 0, start) + 1


def _home_said_after(text: str, end: int) -> bool:
    """The rest of the postcode's line, or the line below when it ends there, says the writer lives there."""
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    after = text[end:line_end]
    if not after.strip(" \t.,;·|–-)"):
        next_end = text.find("\n", line_end + 1)
        after = text[line_end + 1 : len(text) if next_end == -1 else next_end]
    return _ownership_phrases("own_address_cues_after").search(lowered(after[:HOME_AFTER_REACH])) is not None


WHEREABOUTS_REACH = 60


@cache
def _whereabouts_cues() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w'’])(?:{alternation(cues('ownership')['whereabouts_cues'])})(?![\w'’])")


def _whereabouts_said(text: str, start: int) -> bool:
    """"I'm SA15 5RA", "we're the last house before the bridge, SY21 7QE": the writer says they are at the postcode,
    in its own sentence, with no one else's home ("at my brother's") or venue between."""
    lead = text[max(text.rfind("\n", 0, start) + 1, start - WHEREABOUTS_REACH) : start].lower()
    cue = max(_whereabouts_cues().finditer(lead), key=lambda m: m.start(), default=None)
    if cue is None:
        return False
    between = lead[cue.end() :]
    return not re.search(r"[.!?](?:\s|$)|['’]s\b", between) and not VENUE.search(_streets_removed(text[start - len(between) : start]))


def own_address_said(text: str, start: int, subject: Subject, end: int | None = None) -> bool:
    """The address a postcode at `start` ends is given as the writer's home ("Collect from mine whenever – 6 Heol
    Ffynnon, Cross Hands, SA14 6RW", "posted to me at Bryn Awel, ...", data/ownership.json own_address_cues; "...
    LL23 7AG (we live upstairs)", own_address_cues_after) or is addressed to the person ("Secretary:" / "Jan
    Hopkins, 14 Heol Derwen, ..."): house names, streets and towns on the way ("Bryn Awel", "Cross Hands") are
    not other people."""
    if (end is not None and _home_said_after(text, end)) or _whereabouts_said(text, start):
        return True
    block = text[max(_address_block_start(text, start), start - ADDRESS_REACH) : start]
    cue = max(_own_address_cues().finditer(lowered(block)), key=lambda m: m.start(), default=None)  # the last one
    if cue:
        address = block[cue.end() :]
    elif "\n" in block and block.split("\n")[0].rstrip().endswith(":"):
        address = block[block.index("\n") + 1 :]  # "Secretary:" / "Gwenllian Price" / "Bryn Awel, ..."
    else:
        line_start = text.rfind("\n", 0, start) + 1
        if not text[line_start:start].strip():
            line_start = text.rfind("\n", 0, max(0, line_start - 1)) + 1  # the postcode on a line of its own under the street
        lead = text[max(line_start, start - ADDRESS_REACH) : start]
        address = lead[lead.rfind(":") + 1 :]
    if re.search(r"[.!?](?:\s|$)", address) or VENUE.search(_streets_removed(address)):
        return False  # the cue is an earlier sentence's; "to me at the Scout hut, ...": a venue
    addressee = {fold(word) for word in words_of(address.split(",")[0])}
    return cue is not None or bool(addressee & owner_words(subject))


def home_of_someone_named(text: str, start: int, subject: Subject) -> bool | None:
    """The address a postcode at `start` ends given as the home of whoever "her" or "his" points back to ("gallwch
    adael bagiau yn ei chartref hi: Bron Haul, Heol y Capel, SA44 4LT") or of a name in the possessive ("at Carol
    Pugh's house, 14 Heol y Dderwen", "Where: Bethan's – 3 Maes Glas"); None without such words in its sentence."""
    block_start = max(_address_block_start(text, start), start - ADDRESS_REACH)
    block = text[block_start:start]
    cue = max(_ownership_phrases("their_home_cues").finditer(block), key=lambda m: m.start(), default=None)
    if cue is not None and not re.search(r"[.!?](?:\s|$)", block[cue.end() :]):
        return last_named_before(text, block_start + cue.start(), subject)
    named = max(_named_home().finditer(block), key=lambda m: m.start(), default=None)
    if named is None or re.search(r"[.!?](?:\s|$)", block[named.end() :]):
        return None
    if not named.group(1) and fold(named.group(2)) in relation_words():
        return False  # "Mam's address, which is ...", "Nain's house – ...": a relative's home
    if not is_given_name(named.group(1) or named.group(2)):
        return None
    given, surname = (named.group(1), named.group(2)) if named.group(1) else (named.group(2), None)
    return fold(given) in person_given_names(subject) and (surname is None or fold(surname) in owner_words(subject))


@cache
def _named_home() -> re.Pattern[str]:
    """A possessive name with a home word or a dash after it: "Carol Pugh's house, ", "Bethan's – "."""
    homes = alternation(tuple(cues("ownership")["named_home_words"]))
    return re.compile(rf"(?:({NAME_WORD})[ \t]+)?({NAME_WORD})['’]s(?:[ \t]+(?:{homes})\b[ \t]*[,:–—-]?|[ \t]*[,:–—-])[ \t]*(?=\S)")


@cache
def _postcode_areas() -> frozenset[str]:
    return frozenset(cues("postcode_areas")["areas"])


def _in_a_postcode_area(outward: str) -> bool:
    """The outward code starts with a real area's letters: "CF10", "M1", not a mixing desk's "MG16XU"."""
    return outward[: 2 if outward[1:2].isalpha() else 1].upper() in _postcode_areas()


def find_postcodes(document: Document, subject: Subject) -> list[Detection]:
    found: dict[str, Detection] = {}
    text = document.text
    for match in finditer_near(POSTCODE, text, POSTCODE_TRIGGER, before=10, after=10):
        if not _in_a_postcode_area(match.group(1)):
            continue
        value = f"{match.group(1).upper()} {match.group(2).upper()}"
        owner = owner_in_page(document, match.start(), subject, end=match.end(), contact=True)
        if (_at_venue(text, match.start(), subject) or _where_people_go(text, match.start(), match.end())
                or (owner is not True and _beside_role_address(text, match.start(), match.end()))):
            owner = False  # "Llantrisant Leisure Centre, Southgate Park, CF72 8DJ" is a venue, not a home; "... SA15 3LT | hello@salon";
            # "parking's the little car park, LL65 2LP"
        theirs = home_of_someone_named(text, match.start(), subject)
        own_said = own_address_said(text, match.start(), subject, match.end())
        if former_home_said(text, match.start()):
            owner = False  # where the writer or someone else lived before, not the person's home now
        elif theirs is False and not own_said:
            # "Gareth's address is ...", "instead of Mam's address, which is ...": said to be someone else's (though
            # "Gethin's home from 3 so drop them at mine, ..." is the writer's)
            owner = False
        elif owner is not True and own_said and not written_by_someone_else(document, match.start(), subject):
            owner = True  # the writer's own home, and the writer is the person
        elif owner is not True and theirs is not None:
            owner = theirs  # "at her home: ...": the home of whoever she is
        keep_most_owned(found, Detection(kind="postcode", value=value, evidence=excerpt(text, match.start(), match.end()), source_id=document.source_id, match=match.group(0), owner=owner))
    run_from_home = bool(present_phrases(text, tuple(cues("home_business")["run_from_home"])))
    for card in document.cards:
        for field in ("postal_code", "business_postal_code"):
            for raw in card.fields.get(field, ()):
                if card_match := POSTCODE.fullmatch(raw.strip()):
                    value = f"{card_match.group(1).upper()} {card_match.group(2).upper()}"
                    owner = _card_owner(card, subject) if field == "postal_code" or run_from_home else False
                    keep_most_owned(found, Detection(kind="postcode", value=value, evidence=f"structured data for {card.name}: {raw}",
                                                     source_id=document.source_id, match=raw, owner=owner))
    return list(found.values())


def month_day(month: int, day: int, year: int | None) -> str | None:
    if year is not None and year < 100:
        year += 2000  # "05-Mar-25"
    try:
        date(year or 2000, month, day)  # 2000 is a leap year: 29 February stays possible
    except ValueError:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}" if year else f"{month:02d}-{day:02d}"


# An adult's age written out: "forty", "thirty-five", "a hundred", Welsh "deugain" (forty), "hanner cant" (fifty),
# "chwe deg" (sixty). Only number words: "I'm working today" and "I turned up on 3 March" say no age.
AGE_AS_WORDS = (r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?"
                r"|sixteen|seventeen|eighteen|nineteen|(?:a|one)\s+hundred|ugain|deugain|ddeugain|trigain|drigain|hanner\s+cant"
                r"|(?:tri|dri|pedwar|bedwar|pum|bum|chwe|saith|wyth|naw)\s+deg)")  # and their soft mutations: "mi fydda i'n ddeugain oed"
AGE_WORDS = rf"(?:\d{{1,3}}|{AGE_AS_WORDS})"


@cache
def _today_statement() -> re.Pattern[str]:
    """"I turned forty today", "Thirty-five today", "Well that's it, 40 today!!" (after data/birthdays.json
    talk_openers), "Deugain oed heddiw": the day is the post's date."""
    # After a sentence, or after the emoji a chat message ends one with ("Diolch 🙈 yes 40 today"); the opener's own
    # words may end at a comma ("Well that's it, 40 today") or run straight on ("yes 40 today").
    opener = rf"(?:^|[\n.!?\U0001F300-\U0001FAFF\u2600-\u27BF]\s*)(?:{alternation(cues('birthdays')['talk_openers'])})\b(?:[^,\n]{{0,20}},)?\s*"
    return re.compile(
        rf"(?:\bI(?:'m|’m| am)? (?:turned |turn |turning )?{AGE_WORDS} today|(?:^|[\n.!?]\s*|{opener})(?:{AGE_WORDS}) today\b"
        rf"|(?:^|[\n.!?]\s*|{opener})\d{{1,3}} heddiw\b|\b{AGE_WORDS} oed heddiw|\bmy birthday today|\bpenblwydd hapus i fi)",
        re.IGNORECASE,
    )


MILESTONE_AGE = rf"(?:\d-\d|\d-oh|\d{{1,3}}|(?:two|three|four|five|six|seven|eight|nine)-?oh|{AGE_AS_WORDS})"
ORDINAL = r"(?:\d{1,3}(?:st|nd|rd|th)|[a-z]+(?:ieth|th|st|nd|rd))"
# A birthday that needs no word "birthday": "my 30th on the 9th", "my 48th on the 17th of June", "my 55th – 1st
# of March", "Sunday the 16th is my 38th so I'm not driving". An adult's age, and only when no other noun follows
# ("my 30th parkrun", "my 2nd child", "my 20th so far" are not one).
MILESTONE = (r"(?:(?:1[6-9]|[2-9]\d|1[01]\d)(?:st|nd|rd|th)|eighteenth|twenty-first|thirtieth|fortieth|fiftieth|sixtieth|seventieth|"
             r"eightieth|ninetieth)(?![ \t]+(?!(?:on|is|was|today|tomorrow|this|next|last|yes|in|at|and|with|but|which|when|too|though|so(?![ \t]+far))\b)[a-z])")
# A round age said as people say it: "the big 4-0", "the big four-oh", "the big 50".
ROUND_AGE = (r"(?:\d-\d|\d-oh|[1-9]0|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
             r"(?:two|three|four|five|six|seven|eight|nine)-?oh)\b")


@cache
def _today_is_my_birthday() -> re.Pattern[str]:
    """The phrasings of data/birthdays.json, as one pattern."""
    return _birthday_phrases("today")


@cache
def _birthday_phrases(key: str) -> re.Pattern[str]:
    phrases = []
    for phrase in sorted(cues("birthdays")[key], key=len, reverse=True):
        pattern = (re.escape(phrase).replace(r"\{age\}", MILESTONE_AGE).replace(r"\{ordinal\}", ORDINAL)
                   .replace(r"\{milestone\}", MILESTONE).replace(r"\{round_age\}", ROUND_AGE).replace(r"\{word\}", r"[\w'’-]+")
                   .replace(r"\ ", r"\s+"))
        phrases.append(pattern)
    return re.compile(r"(?<![\w])(?:" + "|".join(phrases) + r")(?![\w])", re.IGNORECASE)


@cache
def _birthday_field() -> re.Pattern[str]:
    """A birthday as a field of a bio after its mark or its label and a colon: "🎂 22/07", "🎂 12.11 |", "🎂 14 March",
    "Pen-blwydd / Birthday: 22/08"."""
    data = cues("birthdays")
    labels = [re.escape(label).replace(r"\ ", r"\s+") + r"[ \t]*:" for label in sorted(data["field_labels"], key=len, reverse=True)]
    # A label opens its line or follows a field separator: not "Pixel's birthday: 14 February", which is the pet's.
    marks = "|".join([re.escape(mark) for mark in data["field_marks"]] + [rf"(?:^|(?<=\n)|(?<=[/|·•] )){label}" for label in labels])
    return re.compile(rf"(?:{marks})[ \t]*(?P<date>{DAY_MONTH}|{MONTH_DAY}|(\d{{1,2}})[./](\d{{1,2}})(?![./]?\d))", re.IGNORECASE)


@cache
def _named_day_statements() -> re.Pattern[str]:
    """data/birthdays.json named_day_statements with {day} one of the named days, the day its one group that matched."""
    data = cues("birthdays")
    loose = set(data["loose_named_days"])
    days = "|".join(re.escape(d) for d in sorted(data["named_days"], key=len, reverse=True) if d not in loose)
    day = rf"(?:\([^)\n]{{0,80}}\)\s*)?(?:the\s+)?({days})"
    phrases = [re.escape(p).replace(r"\{day\}", day).replace(r"\{age\}", MILESTONE_AGE).replace(r"\ ", r"\s+")
               for p in sorted(data["named_day_statements"], key=len, reverse=True)]
    return re.compile(r"(?<![\w])(?:" + "|".join(phrases) + r")(?![\w])", re.IGNORECASE)


@cache
def _mine_after_birthday_talk() -> re.Pattern[str]:
    """"mine's 29 September": data/birthdays.json after_birthday_talk, the date right after it."""
    phrases = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(cues("birthdays")["after_birthday_talk"], key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{phrases})[ \t]*[:,–-]?[ \t]*(?:on[ \t]+)?(?:the[ \t]+)?(?P<date>{DAY_MONTH}|{MONTH_DAY})", re.IGNORECASE)


# A line of a list of dated events: "8 June – Cilfynydd gala", not a comment's stamp ("20 June 2024 at 20:47").
LIST_ENTRY_LINE = re.compile(rf"[ \t]*(?:{DAY_MONTH}|{MONTH_DAY})(?!\w)(?![ \t,]*\d)[ \t]*[,–—:-]", re.IGNORECASE)


def _in_a_dated_list(text: str, start: int, end: int) -> bool:
    """The line before or after also opens with a date and what happens then: a list of events, not an answer."""
    line_start = text.rfind("\n", 0, start)
    previous_line = text.rfind("\n", 0, max(0, line_start)) + 1
    next_line = text.find("\n", end)
    return bool((line_start > 0 and LIST_ENTRY_LINE.match(text, previous_line))
                or (next_line >= 0 and LIST_ENTRY_LINE.match(text, next_line + 1)))


@cache
def _date_person() -> re.Pattern[str]:
    """"I'm a 2nd of May girl", "a 14th March baby": data/birthdays.json date_person after a date."""
    return re.compile(rf"\ban?[ \t]+(?P<date>{DAY_MONTH}|{MONTH_DAY})[ \t]+(?:{alternation(cues('birthdays')['date_person'])})\b", re.IGNORECASE)


@cache
def _thanks_for_birthday() -> re.Pattern[str]:
    """Thanks, then within the sentence a birthday word with a thing received next to it: data/birthdays.json."""
    data = cues("birthdays")
    thanks = alternation(data["thanks"])
    things = alternation(data["birthday_things"])
    birthday = r"(?:birthday|b'?day|pen-?blwydd|ben-?blwydd|phen-?blwydd)"
    return re.compile(rf"\b(?:{thanks})\b[^.!?\n]{{0,100}}?(?:{birthday}[ \t]+(?:[\w'’-]+[ \t]+){{0,2}}(?:{things})\b"
                      rf"|\b(?:{things})[ \t]+(?:[\w'’-]+[ \t]+){{0,3}}{birthday})", re.IGNORECASE)


# An adult's age with a date, next to birthday talk: "60 on 2nd August!", "58 (59 on 3 October – cards and cake
# accepted)", "2nd of Sept, 35 and fabulous", "Yes, 12th of March, 34 and feeling about 80".
ADULT_AGE_NUMBER = r"(?:1[6-9]|[2-9]\d|1[01]\d)"
# "88 on the 20th of March", "Sixty on the 22nd of August, Thursday just gone": an adult's age in figures or in words.
# An age in words only where an age is said: opening a sentence, or after "be", "was", "turned", "I'm" ("We had twenty
# on the 5th of May" is a count).
AGE_WORDS_SAID_AT = r"(?:^|(?<=\n)|(?<=[.!?][ \t])|(?<=\bbe[ \t])|(?<=\bwas[ \t])|(?<=\bturn[ \t])|(?<=\bturns[ \t])|(?<=\bturned[ \t])|(?<=i['’]m[ \t]))"
AGE_ON_DATE = re.compile(rf"(?<![£$€#\w.,:/-])({ADULT_AGE_NUMBER}|{AGE_WORDS_SAID_AT}{AGE_AS_WORDS})[ \t]+on[ \t]+(?:the[ \t]+)?(?P<date>{DAY_MONTH}|{MONTH_DAY})", re.IGNORECASE)
DATE_THEN_AGE = re.compile(rf"(?P<date>{DAY_MONTH}|{MONTH_DAY}),?[ \t]+({ADULT_AGE_NUMBER})[ \t]+and\b", re.IGNORECASE)
AGE_DATE_HINT = re.compile(r"(?:\d|ty|teen|-one|-two|-three|-four|-five|-six|-seven|-eight|-nine|hundred|deg|cant|gain) on |\d, \d\d and|\w \d\d and ")
BIRTHDAY_TALK = re.compile(r"birthday|pen-?blwydd|penblwydd|\bcake|\bcandles|cacen|gacen|🎂|🥳|🎈|celebrat|dathlu")
BIRTHDAY_TALK_AROUND = 200
ANSWERED_DATE = re.compile(rf"""(?:^|(?<=[\n"“])|(?<=[.!?][ \t]))[ \t]*(?:(?:yes|yep|yup|ie|oes|ydy|it'?s|it is)[,!]?[ \t]+)?"""
                           rf"(?P<date>{DAY_MONTH}|{MONTH_DAY})(?![\w])(?![ \t,]*\d)[ \t]*[,–—-][ \t]*[a-z]", re.IGNORECASE | re.MULTILINE)
ANSWER_REACH = 150  # the question or wish on the line or two before
ANSWER_CHARS = 60  # the answer's opening: "Yes, 21st of September – l"
BIRTHDAY_TALK_REACH = 300  # "other people's birthdays below ... mine's 29 September": the talk a few sentences before


@cache
def _star_signs() -> re.Pattern[str]:
    return phrase_pattern(tuple(cues("birthdays")["star_signs"]))


STAR_SIGN_SLACK = 2  # days either side: the cusps move by a day from year to year


def _in_star_sign(value: str, sign: str) -> bool:
    """Whether the day ("MM-DD" or "YYYY-MM-DD") falls within the sign (data/birthdays.json star_signs)."""
    first, last = (date(2001, int(d[:2]), int(d[3:])) for d in cues("birthdays")["star_signs"][sign])
    day = date(2001, int(value[-5:-3]), int(value[-2:]))
    if last < first:  # Capricorn runs over the new year
        last = last.replace(year=2002)
        if day < first - timedelta(days=STAR_SIGN_SLACK):
            day = day.replace(year=2002)
    return first - timedelta(days=STAR_SIGN_SLACK) <= day <= last + timedelta(days=STAR_SIGN_SLACK)


ORDINAL_BIRTHDAY = re.compile(rf"\b(?:my|her|his|ei)\s+\d{{1,3}}(?:st|nd|rd|th)\s+birthday\s+(?:on\s+)?[^.]{{0,40}}?(?P<date>{DAY_MONTH}|{MONTH_DAY})", re.IGNORECASE)
# A weekday as written, in full or cut short: "Saturday", "Sat", "Thurs.", "Tues".
WEEKDAY_WORD = r"(?:mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:r|rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\.?"
# An age someone turns: "forty", "3-0", "hanner cant" (fifty), "deugain" (forty), "chwe deg" (sixty).
AGE_SAID = (r"(?:\d{2}|\d-\d|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|ugain|deugain|trigain|hanner\s+cant|"
            r"(?:tri|pedwar|pum|chwe|saith|wyth|naw)\s+deg)")
# "her birthday, 70, last Tuesday 12 November", "ddathlodd ei phen-blwydd yn 70 ddydd Mawrth diwethaf, 12 Tachwedd",
# "I turn fifty on the 3rd of April", "dw i'n troi'n hanner cant ar y 3ydd o Ebrill", "bydd Elen yn 60 oed ar 3
# Mawrth", "trigain oed ar 9 Mawrth", "sixty years old on the 9th of March": a date later in the clause.
SAID_BIRTHDAY = re.compile(
    rf"(?:\b(?:my|her|his|ei|fy)\s+(?:birthday|(?:pen|mhen|phen)-?blwydd)|"
    rf"(?:\b(?:turn|turns|turning|troi['’]n|be|i['’]n)\s+{AGE_SAID}\s+(?:on|ar)\b)|"
    rf"(?:(?:\byn|\b(?:dw\s+i|dwi|rwy|wi|fi)['’]n)\s+{AGE_SAID}(?:\s+oed)?\s+ar\b(?=\s+(?:y\s+|yr\s+)?\d))|"  # "bydd Elen yn 60 ar", "dwi'n 40 ar y 19eg"
    rf"(?:\b{AGE_SAID}\s+(?:oed|years\s+old)\s+(?:ar|on)\b(?=\s+(?:y\s+|yr\s+|the\s+)?\d)))[^.!?\n]{{0,45}}?(?P<date>{DAY_MONTH}|{MONTH_DAY})",
    re.IGNORECASE)
SAID_HINT = re.compile(r"birthday|blwydd|turn|troi|be (?:\d\d|\w+ty) on|(?:cant|gain|deg|oed) ar|['’]n \d\d ar|years old on")
# "turns 55 on Saturday (12th)", "turning 60 on the 9th": an age turned on a day whose month the sentence leaves to
# the page. Not "is 50 on ..." ("The club is 50 on Saturday"): turning is what a birthday does.
# "turns 50 on Saturday (12th)"; "who's 41 this Sunday (13th)", "I'm 40 this Saturday": the day after the age is the birthday.
TURNS_ON_A_DAY = re.compile(rf"\b(?:turn|turns|turning)\s+{AGE_SAID}\s+on\b"
                            rf"|\b(?:turn|turns|turning|i['’]m|i\s+am|(?:who|he|she)(?:['’]s|\s+is))\s+{AGE_SAID}\s+this(?=\s+{WEEKDAY_WORD}(?![a-z]))",
                            re.IGNORECASE)
TURNS_ON_HINT = re.compile(r"turn(?:s|ing)? \w+ on |\w+ this (?:mon|tue|wed|thu|fri|sat|sun)")
DAY_AFTER_AGE_REACH = 40
# "Birthdays ... Staff: Rhian (3rd June) and Kayleigh (19th June)": whose is said by the name before it.
NAMED_BIRTHDAY = re.compile(rf"({NAME_WORD})\s*\((?P<date>(?i:{DAY_MONTH}|{MONTH_DAY}))\)")
BIRTHDAY_LIST_REACH = 400
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# "It's my birthday on Friday", "... tomorrow": counted from the post's own date.
RELATIVE_DAY = re.compile(r"\s+(?:is\s+)?(?:on\s+|for\s+)?(?:this\s+(?:coming\s+)?)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|yesterday)\b",
                          re.IGNORECASE)
# A month named on its own, with no day: "the October stuff", "The November rota". Not the names that are
# other words too ("may", "march", Welsh "mai" that, "Mawrth" Tuesday, "Hydref" autumn) or a name ("Jan").
BARE_MONTH_NAMES = ("january", "february", "april", "june", "july", "august", "september", "october", "november", "december",
                    "ionawr", "chwefror", "ebrill", "mehefin", "gorffennaf", "awst", "medi", "tachwedd", "rhagfyr")
BARE_MONTH = re.compile(rf"(?<!\d )(?<!\dst )(?<!\dnd )(?<!\drd )(?<!\dth )(?<!\dof )\b({'|'.join(BARE_MONTH_NAMES)})\b(?!\s+\d)")
# "May" and "March" are words too ("May I ask", "march on"): a month when capitalised inside a sentence ("our May meeting").
CAPITAL_MONTH = re.compile(r"(?<=[\w,] )(May|March)\b(?!\s+\d)")


def months_named(sentence: str, lower: str, end: int) -> list[int]:
    """The months named alone in a sentence before `end`, in order ("all the October stuff - the 17th")."""
    found = [(m.start(), MONTHS[m.group(1)]) for m in BARE_MONTH.finditer(lower, 0, end)]
    found += [(m.start(), MONTHS[m.group(1).lower()]) for m in CAPITAL_MONTH.finditer(sentence, 0, end)]
    return [month for _, month in sorted(found)]


# UK order: day/month/year; a post stamp may cut the year short when day and month have two digits each ("19/05/25, 21:40").
SLASHED_DATE = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/((?:19|20)\d\d\b|(?<=\d\d/\d\d/)\d\d(?![\d/]))")
FULL_DATE_LOWER = re.compile(rf"{DAY_MONTH}|{MONTH_DAY}")  # run on lower-cased text: faster than IGNORECASE
BIRTHDAY_HINT = re.compile(r"born|birth|d\.?o\.?b|blwydd|geni")
ORDINAL_HINT = re.compile("birthday")
# Happy birthday sung to someone: "rang me ... to sing happy birthday", "sang her a ... Pen-blwydd Hapus", "canu
# pen-blwydd hapus i fi". Group 1 is whom it was sung to.
SUNG_TO = re.compile(r"\b(?:to\s+)?(?:sing|sang|singing|sung)\s+(me|her|him)?\b[^.!?\n]{0,30}?\b(?:happy\s+birthday|pen-?blwydd\s+hapus)"
                     r"|\b(?:canu|ganu)\s+pen-?blwydd\s+hapus\s+(?:i\s+)?(fi|mi|hi|fe|fo)\b", re.IGNORECASE)
SUNG_HINT = re.compile(r"sing|sang|sung|canu|ganu")
RANG_ME = re.compile(r"\b(?:ring|rang|ringing|rung|call|called|calling|phone|phoned|phoning|ffonio)\s+(?:me|fi)\b", re.IGNORECASE)
PAST_HINT = re.compile(r"\bwas\b|oedd|arna i|i turned|i hit")
TODAY_HINT = re.compile(r"today|heddiw|i fi\b|i mi\b|to me|my birthday|around the sun|my big|celebrating my")
ON_A_DAY_HINT = re.compile(r" on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the)|birthday on|birthday is on|\d+ on \d|older on ")
WITH_A_DATE_HINT = re.compile(r"birthday|blwydd|turn|troi|i was born|fy ngeni|oed\b|.ll be|who is |who.s |will be |he.s \d|(?:my|his|her) (?:1[6-9]|[2-9]\d|1[01]\d)(?:th|st|nd|rd)|(?:my|his|her) \w+(?:ieth|eenth|first)|big |gyrraedd|cyrraedd|gyrhaedd|cyrhaedd|reached |hit ")
NAMED_DAY_HINT = re.compile(r" baby| babi|born on|birthday|blwydd|geni ar|ganwyd|turn(?:s|ed|ing)? \S+ on|['’]m \S+ on")
WISH_HINT = re.compile(r"happy|hapus|lovely|returns")
WISH_BEFORE_HINT = 20  # "Pen-blwydd hapus", "many happy returns": the wish starts before its hint
MILESTONE_ON_HINT = re.compile(r"\d(?:st|nd|rd|th) birthday|ieth birthday|(?:my|her|his) birthday|to be (?:my|her|his) |birthday on the day|blwydd ar ddiwrnod|\d on the (?:day|night) itself|same day|that day|diwrnod hwnnw")
# "14 March" on one line and "Birth date" on the next: a profile that puts the value above its label.
DATE_THEN_LABEL = re.compile(rf"^[ \t]*(?P<date>{DAY_MONTH}|{MONTH_DAY})[ \t]*\n[ \t]*(?:birth\s*date|birthday|date of birth|pen-?blwydd|dyddiad geni|born)[ \t]*$",
                             re.IGNORECASE | re.MULTILINE)
POST_DATE_REACH = 2500  # a long blog post can sit between its statement and its date


def date_value(groups: tuple[str | None, ...]) -> str | None:
    """Groups of DAY_MONTH then MONTH_DAY (6 groups) -> 'MM-DD' or 'YYYY-MM-DD'."""
    day_first, month_first = groups[:3], groups[3:6]
    if (day := day_first[0]) and (month := day_first[1]):
        return month_day(MONTHS[month.lower().rstrip(".")], day_number(day), int(day_first[2]) if day_first[2] else None)
    if (month := month_first[0]) and (day := month_first[1]):
        return month_day(MONTHS[month.lower().rstrip(".")], int(day), int(month_first[2]) if month_first[2] else None)
    return None


def full_year(written: str) -> int:
    """A year as written in a date, "2025" or cut short to "25" (this century's)."""
    return int(written) + 2000 if len(written) == 2 else int(written)


def _full_dates_around(lower: str, position: int) -> list[tuple[re.Match[str], str]]:
    """Each full date written within reach of position in the lower-cased text, with its value: "14 June 2024",
    "Posted 11/11/2024"."""
    begin, end = max(0, position - POST_DATE_REACH), position + POST_DATE_REACH
    written = [(match, date_value(match.groups())) for match in FULL_DATE_LOWER.finditer(lower, begin, end)]
    written += [(match, month_day(int(match.group(2)), int(match.group(1)), full_year(match.group(3))))  # UK order: day/month/year
                for match in SLASHED_DATE.finditer(lower, begin, end)]
    return [(match, value) for match, value in written if value]


# A date in a post's byline heads the post below it: "Postiwyd gan Catrin Elis ·" / "17 Ebrill 2025", "Posted on
# 2 October 2024 · 7 min read", "by NerysWynR » Mon 11 Mar 2024 10:05".
BYLINE_WORD = re.compile(r"\b(?:posted|written|published|postiwyd|ysgrifennwyd|cyhoeddwyd|by|gan)\b")
BYLINE_REACH = 100  # the byline before the date, on its line or the line above
BYLINE_TAIL = 40  # what may follow the date on its line: a time, "· 7 min read"
TITLE_LINES = 2  # a post's title, then its byline line, then the date
BYLINE_JOIN = re.compile(r"on|ar|am|[·|•–—-]")  # the word or mark between a byline's author and its date, alone on its line
BYLINE_SPLIT_LINES = 2  # "Posted by" / the author's name, above the joining word


def heads_a_post(lower: str, start: int, end: int) -> bool:
    """The date stands in a byline line, so it is the date of the post that follows it, not of the one above."""
    line_start = lower.rfind("\n", 0, start) + 1
    byline = lower[line_start:start]
    if not byline.strip() or ONLY_A_WEEKDAY.fullmatch(byline):  # "Posted" / "Saturday 12 October 2024"
        byline = lower[lower.rfind("\n", 0, max(0, line_start - 1)) + 1 : line_start]
        if BYLINE_JOIN.fullmatch(byline.strip()):
            # "Posted by" / "Leanne Jeffreys" / "on" / "Saturday 11 May 2024": a byline whose links and spans each
            # took a line of their own; the lines above its joining word, as long as a byline's.
            above = lower.rfind("\n", 0, max(0, line_start - 1))
            for _ in range(BYLINE_SPLIT_LINES):
                above = lower.rfind("\n", 0, max(0, above))
            byline = lower[max(above + 1, line_start - BYLINE_REACH) : line_start].replace("\n", " ")
    line_end = lower.find("\n", end)
    tail = lower[end : len(lower) if line_end < 0 else line_end]
    return len(byline) <= BYLINE_REACH and len(tail) <= BYLINE_TAIL and BYLINE_WORD.search(byline) is not None


STAMP_EXTRA = 30  # what a date stamp's line holds beside the date: "Admin · ", " am 08:12 · 🌍", " · 198 likes"


def _a_date_stamp(lower: str, start: int, end: int) -> bool:
    """The date stands almost alone on its line, as a post's date stamp does, not inside a sentence."""
    line_start = lower.rfind("\n", 0, start) + 1
    line_end = lower.find("\n", end)
    return (start - line_start) + ((len(lower) if line_end < 0 else line_end) - end) <= STAMP_EXTRA


# A time of day after a date: a post's or a comment's stamp ("21 Mai 2025 am 20:17", "14 March 2025 at 08:12 ·").
TIME_AFTER_DATE = re.compile(r"[ \t,·]*(?:at|am|@|-|–)?[ \t]*\d{1,2}[:.]\d{2}\b(?![ \t]*(?:-|–|to|tan)[ \t]*\d)")


def _stamped_with_a_time(lower: str, end: int) -> bool:
    """A clock time follows the date on its line, as in a post's stamp; not a time range ("10:00-14:00") an event runs."""
    return TIME_AFTER_DATE.match(lower, end) is not None


def _post_spans(document: Document, position: int) -> tuple[tuple[int, int], ...]:
    """The spans of the posts holding position, innermost first: a caption's block, then the post around it that
    may carry its date stamp at its foot ("<article class=post><div>40 today 🎂 ...</div><p>3 OCTOBER 2024</p>")."""
    return tuple((begin, end) for begin, end, _ in sorted((post for post in document.posts if post[0] <= position < post[1]),
                                                          key=lambda post: post[1] - post[0]))


def _nearest_date(text: str, position: int, subject: Subject | None = None, *, before: bool = False,
                  within: tuple[tuple[int, int], ...] = ()) -> tuple[str, str] | None:
    """The dated post around a statement: the closest full date within reach, before or after, unless that is
    after it on a page that puts dates in bylines above its posts: then the byline's above it. Never a
    date that is someone else's birthday ("Pen-blwydd Nel yn bump ar 2 Awst" is Nel's, not the post's date).
    With `before`, only dates written before it: the day of an event the statement looks back on ("It also
    happened to be my birthday" under "Walk date: Saturday 14 September", before the comments' dates). With
    `within`, the spans of the posts the statement stands in, innermost first: a date stamp written in the
    innermost that has one is that post's, and the nearest outside it belongs to the post before or after
    ("40 today!!" in a feed that dates each post below its caption)."""
    best: tuple[int, str, str, int] | None = None  # distance, value, as written, where it starts
    heading: tuple[int, str, str, int] | None = None
    lower = lowered(text)
    dates = _full_dates_around(lower, position)
    for begin, end in within:
        if stamped := [(match, value) for match, value in dates
                       if begin <= match.start() < end and _a_date_stamp(lower, match.start(), match.end())]:
            dates = stamped  # its date stamp, under the author's name or closing its caption; not a day it talks of
            break
    for match, value in dates:
        if subject is not None and _someone_elses_birthday(text, match.start(), match.end(), subject):
            continue
        if before and (match.start() > position or DEADLINE_BEFORE.search(lower, max(0, match.start() - 30), match.start())):
            continue  # looking back for the day an event fell on: not the day to pay for it by
        distance = abs(match.start() - position)
        if best is None or distance < best[0]:
            best = (distance, value, match.group(0), match.start())
        if match.start() < position and heads_a_post(lower, match.start(), match.end()) and (heading is None or distance < heading[0]):
            heading = (distance, value, match.group(0), match.start())
    if best is None:
        return None
    if not within and not before and best[3] < position and not _stamped_with_a_time(lower, best[3] + len(best[2])):
        # "21 Mai 2025 am 20:17" over a post that tells of "Dydd Sadwrn 31 Mai" before its "dwi'n 40 oed heddiw": the
        # post's stamp, with its time of day, dates the statement, not an event the post talks of.
        stamps = [(match, value) for match, value in dates
                  if match.start() < best[3] and _stamped_with_a_time(lower, match.end())
                  and (subject is None or not _someone_elses_birthday(text, match.start(), match.end(), subject))]
        if stamps:
            match, value = max(stamps, key=lambda stamp: stamp[0].start())
            best = (position - match.start(), value, match.group(0), match.start())
    # The closest date after the statement, on a page whose bylines date the posts below them, is the next post's,
    # unless the statement is that post's title, a line or two above its byline ("Wythnos 4: penblwydd hapus i fi" /
    # "Postiwyd 9 Mehefin 2024").
    after = best[3] > position
    title_of_next = (after and text.count("\n", position, best[3]) <= TITLE_LINES
                     and heads_a_post(lower, best[3], best[3] + len(best[2])))
    chosen = heading if heading and after and not title_of_next else best
    if chosen is best and after and len(best[1]) == 5 and (stamp := _stamp_with_year_before(text, lower, position, subject)):
        chosen = stamp  # "40 today" under a chat's "03/10/2024" day line, then a rota's "7 Oct": the rota's is a day it plans
    return chosen[1], chosen[2]


def _stamp_with_year_before(text: str, lower: str, position: int, subject: Subject | None) -> tuple[int, str, str, int] | None:
    """The closest date with its year standing alone on its line before position, as a post's or a day's stamp does."""
    stamps = [(position - match.start(), value, match.group(0), match.start()) for match, value in _full_dates_around(lower, position)
              if match.start() < position and len(value) == 10 and _a_date_stamp(lower, match.start(), match.end())
              and (subject is None or not _someone_elses_birthday(text, match.start(), match.end(), subject))]
    return min(stamps) if stamps else None


ADULT_AGE = 16
FIRST_PERSON_SAID = re.compile(r"\b(?:i|i'm|i’m|my|me|mine|fi|mi|fy|mhen|yours[ \t]+truly)\b", re.IGNORECASE)


# "on the 2nd floor", "on the 3rd attempt": an ordinal counting a thing, not a day of the month.
COUNTED_THING = r"(?i:floor|floors|storey|level|place|time|attempt|go|try|round|lap|leg|row|year|week|day|month|anniversary|child|baby|grandchild)\b"
# Welsh "mae hi'n troi'n bedair ar ..."; an age with the day it is reached: "sy'n 80 oed yfory", "is 40 today".
BIRTHDAY_WORDS = re.compile(r"birthday|pen-?blwydd|\bborn\b|\bturn(?:s|ed)?\s+\d|\btroi['’]n\s+\w|\b\d{1,3}\s+(?:oed\s+)?(?:today|tomorrow|heddiw|yfory|fory)\b")
DAY_SUFFIX = r"(?:st|nd|rd|th|eg|fed|ed|ain|af|il|ydd)"  # English and Welsh ordinals: "9th", "14eg", "3ydd"
# A weekday alone before a date on its line: "Saturday 12 October 2024" under a "Posted" line.
ONLY_A_WEEKDAY = re.compile(rf"[ \t]*(?:{WEEKDAY_WORD}|dydd[ \t]+\w+)[ \t,]*")
# "pay Dafydd by Fri 2 May", "book before 3 March": a deadline, not the day of the event it is for.
DEADLINE_BEFORE = re.compile(rf"\b(?:by|before|until|till|deadline:?)\s+(?:{WEEKDAY_WORD},?\s+)?(?:the\s+)?$")
# "Sunday 9th", "the 14th of this month", Welsh "ar y 14eg o'r mis yma": a day, the month left to the dates around it.
WEEKDAY_AND_DAY = re.compile(rf"\b{WEEKDAY_WORD}\s+(?:the\s+)?(\d{{1,2}})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?(?:{MONTH_NAMES})\b)"
                             rf"|\b(?:the|y|yr)\s+(\d{{1,2}}|{DAY_IN_WORDS}){DAY_SUFFIX}?\s+(?:of\s+this\s+month|o['’]r\s+mis(?:\s+yma)?)\b"
                             # "it was my 30th on the 9th", "the Sunday is the 8th", "(the 21st!)", "Sunday (8th)": a day, no month after it
                             # Welsh writes its own ordinal endings: "dydd Sadwrn yma (15fed)"
                             rf"|(?:\b(?:on|is|was|be|it['’]s)\s+the\s+|\((?:the\s+|y\s+)?)(\d{{1,2}}){DAY_SUFFIX}\b(?!\s+(?:of\s+|o\s+)?(?:{MONTH_NAMES}|this\s+month)\b)(?!\s+{COUNTED_THING})"
                             # "Thursday night – the 17th, which happened to be my birthday": the day ends its phrase
                             r"|\bthe\s+(\d{1,2})(?:st|nd|rd|th)(?=\s*[,;!?)–—]|\s+(?:which|was|is|so|and|too)\b)")


# "Saturday 9th", "Sat 14th", "Thursday night – the 17th", "dydd Sadwrn y 9fed": the weekday said just before a day of the month.
WEEKDAY_BEFORE = re.compile(rf"\b(?:({WEEKDAY_WORD})|dydd\s+(llun|mawrth|mercher|iau|gwener|sadwrn|sul))(?![a-z])")
WEEKDAY_GAP = re.compile(r"[^.!?\d\n]{0,20}")
WELSH_WEEKDAYS = ("llun", "mawrth", "mercher", "iau", "gwener", "sadwrn", "sul")
MONTHS_AROUND_POST = 6


SAME_DAY_REACH = 300


THIS_WEEK = re.compile(rf"\b(?:this|next|this\s+coming)\s+{WEEKDAY_WORD}(?![a-z])|\bdydd\s+(?:llun|mawrth|mercher|iau|gwener|sadwrn|sul)\s+(?:yma|nesa|nesaf)\b")
THIS_WEEK_REACH = 40  # "this Saturday too (15th)": the weekday said a few words before the day


def weekday_before(lower: str, position: int, day: int | None = None) -> int | None:
    """The weekday (0 = Monday) said just before position in lower-cased text, or said shortly before
    with the same day of the month ("on a long day on Saturday 9th ... The 9th is my birthday")."""
    said = list(WEEKDAY_BEFORE.finditer(lower, max(0, position - 40), position))
    if said and WEEKDAY_GAP.fullmatch(lower, said[-1].end(), position):  # the last one: "not Fri, and not Sat 20th"
        match = said[-1]
        return [d[:3] for d in WEEKDAYS].index(match.group(1)[:3]) if match.group(1) else WELSH_WEEKDAYS.index(match.group(2))
    if day is None:
        return None
    earlier = None
    for same in re.finditer(rf"(?<!\d){day}{DAY_SUFFIX}\b", lower[max(0, position - SAME_DAY_REACH) : position]):
        earlier = same
    return weekday_before(lower, max(0, position - SAME_DAY_REACH) + earlier.start()) if earlier else None


def month_by_weekday(day: int, weekday: int, posted: str) -> str | None:
    """'MM-DD' of the day of the month that falls on the weekday, in the month nearest the post's date
    ('YYYY-MM-DD'): "Saturday 9th" in a post of 14 October 2024 is 9 November. None without the year."""
    if len(posted) != 10:
        return None
    around = date.fromisoformat(posted)
    best: date | None = None
    for shift in range(-MONTHS_AROUND_POST, MONTHS_AROUND_POST + 1):
        index = around.month - 1 + shift
        try:
            candidate = date(around.year + index // 12, index % 12 + 1, day)
        except ValueError:
            continue
        if candidate.weekday() == weekday and (best is None or abs(candidate - around) < abs(best - around)):
            best = candidate
    return f"{best.month:02d}-{best.day:02d}" if best else None


def day_to_come(day: int, posted: str) -> str | None:
    """'MM-DD' of the first day of the month numbered `day` on or after the post's date ('YYYY-MM-DD')."""
    month = int(posted[5:7]) if day >= int(posted[8:10]) else int(posted[5:7]) % 12 + 1
    return month_day(month, day, None)


def coming_day(day: int, weekday: int, posted: str) -> str | None:
    """day_to_come, unless the weekday the writer gave is not that day's and falls on the day in the month before or
    after: "this Sunday (13th)" read beside a later meeting's "12 November 2024" is 13 October, a Sunday."""
    value = day_to_come(day, posted)
    if value is None or len(posted) != 10:
        return value
    year = int(posted[:4]) + (1 if int(value[:2]) < int(posted[5:7]) else 0)
    try:
        said = date(year, int(value[:2]), day)
    except ValueError:
        return value
    if said.weekday() == weekday or not (other := month_by_weekday(day, weekday, posted)):
        return value
    # Only the month before or after: a writer may give the wrong weekday ("this Saturday (15th)" on a Sunday).
    return other if (int(other[:2]) - int(posted[5:7])) % 12 in (1, 11) else value


def post_date_near(dated: list[tuple[int, str]], position: int) -> str | None:
    """The date of the post around position, from the (start, 'YYYY-MM-DD') dates on the page: the
    nearest within reach of the most recent years written there (a wedding in 1984 or a birth in 1964
    is told in a post of 2024, not dated by it)."""
    in_reach = [(abs(start - position), value) for start, value in dated if len(value) == 10 and abs(start - position) <= POST_DATE_REACH]
    if not in_reach:
        return None
    latest = max(int(value[:4]) for _, value in in_reach)
    return min((distance, value) for distance, value in in_reach if int(value[:4]) >= latest - 1)[1]


def _someone_elses_birthday(text: str, start: int, end: int, subject: Subject) -> bool:
    """The date's sentence gives a birthday and names someone other than the person ("Pen-blwydd Nel yn bump ar 2 Awst")."""
    if text.endswith(".", start, end):
        end -= 1  # "at our meeting on 8th November." ends its sentence: the next one's names are not said with it
    _, sentence = sentence_around(text, start, end)
    if not BIRTHDAY_WORDS.search(lowered(sentence)):
        return False
    mine = owner_words(subject)
    return any(is_given_name(word) and fold(word) not in mine for word in re.findall(NAME_WORD, sentence))


MONTH_AND_YEAR = re.compile(rf"\b({MONTH_NAMES})\.?\s+(?:19|20)\d\d\b")


ISSUE_TOP = 400  # a newsletter's masthead: "Rhifyn 14 · Issue 14 · Mawrth / March 2025"
DAY_BEFORE_MONTH = re.compile(r"\d(?:st|nd|rd|th)?\s*(?:of\s+)?$")
FULL_MONTH_NAMES = frozenset((*BARE_MONTH_NAMES, "march", "may", "mawrth", "mai", "hydref"))  # a masthead writes its month in full
NOT_AN_ISSUE = re.compile(r"\b(?:joined|since|member since|est|established|founded|sefydlwyd|ers)\b\W*$")


def issue_month(text: str, *, with_day: bool = False) -> int | None:
    """The month an issue is dated in its masthead, a month and year with no day ("Issue 14 · March 2025"), not a
    post's full date ("Saturday 13 July 2024"); with_day, that too ("Spring issue · Sent 3 March 2025")."""
    lower = lowered(text)
    for match in MONTH_AND_YEAR.finditer(lower, 0, ISSUE_TOP):
        if match.group(1) not in FULL_MONTH_NAMES or NOT_AN_ISSUE.search(lower, max(0, match.start() - 20), match.start()):
            continue  # "Joined: Apr 2019", "Est. March 1998": a profile's or a business's date
        if with_day or not DAY_BEFORE_MONTH.search(lower, max(0, match.start() - 8), match.start()):
            return MONTHS[match.group(1)]
    return None


def nearest_month(text: str, position: int, *, prefer_issue: bool = False) -> int | None:
    """The month of the issue a page's masthead dates, else of the nearest full date, or of an issue's "Mawrth
    2025"; "this month" prefers the issue's. The dates nearest a statement in a newsletter are often of events to
    come ("I hit the big 6-0 on the 11th" in the March issue, above "Trip: 2nd April")."""
    if (issue := issue_month(text, with_day=prefer_issue)) is not None:
        return issue  # "the 19th of this month" in an issue sent on 3 March: March's
    lower = lowered(text)
    months = [(abs(m.start() - position), MONTHS[m.group(1)])
              for m in MONTH_AND_YEAR.finditer(lower, max(0, position - POST_DATE_REACH), position + POST_DATE_REACH)]
    if prefer_issue and months:
        return min(months)[1]
    if nearest := _nearest_date(text, position):
        return int(nearest[0][-5:-3])
    return min(months)[1] if months else None


@cache
def next_to_before() -> re.Pattern[str]:
    """"the day after", "the night before" (data/birthdays.json next_to) standing just before a birthday
    statement, searched for in lower-cased text up to the statement: the event's date is the birthday moved."""
    phrases = "|".join(re.escape(p) for p in sorted(cues("birthdays")["next_to"], key=len, reverse=True))
    return re.compile(rf"\b({phrases})\b\s+(?:\w+\s+){{0,3}}$")


def _moved_next_to(text: str, start: int, end: int, value: str, raw: str) -> str:
    """A date said of an event before "the day after my birthday" ("15 March is also the day after my 40th",
    "married on Saturday 14 June, the day after my birthday"): the birthday is that date moved. A date
    written after the statement is the birthday's own ("the day after my 45th birthday (28 September!)")."""
    if not (near := next_to_before().search(lowered(text[max(0, start - 40) : start]))):
        return value
    if raw in text[end : end + 80] or raw not in text[max(0, start - 200) : start]:
        return value
    day = date.fromisoformat(value if len(value) == 10 else f"2001-{value}")
    return (day + timedelta(days=cues("birthdays")["next_to"][near.group(1)])).isoformat()[-len(value):]


RUNS_ON_FROM_BEFORE = re.compile(r"(?:which|sef)\b", re.IGNORECASE)


def _date_in_sentence(text: str, start: int, end: int, subject: Subject) -> tuple[str, str] | None:
    """A date written in the statement's own sentence ("Salon closed Saturday 15th March - it's my big 4-0");
    a weekday and a day alone ("on my 45th birthday, Sunday 9th") take the month of the dates around it.
    A date with someone else named between it and the statement is theirs ("Pen-blwydd hapus i mi, a
    phen-blwydd hapus hefyd i Dewi'r gŵr ... 2 Ebrill")."""
    offset, sentence = sentence_across_lines(text, start, end)
    if offset >= 2 and RUNS_ON_FROM_BEFORE.match(sentence):
        # "... landed on the doormat on the 3rd of June. Which was my birthday.": a fragment that finishes the sentence before
        sentence_end = offset + len(sentence)
        offset, _ = sentence_across_lines(text, offset - 2, offset - 2)
        sentence = text[offset:sentence_end]
    lower = lowered(sentence)
    mine = owner_words(subject)

    def someone_between(date_start: int, date_end: int) -> bool:
        between = sentence[min(end - offset, date_end) : max(start - offset, date_start)]
        # "fell on our May meeting (Tuesday 14th)": May, June and April are months before they are anyone's names
        return any(is_given_name(w) and fold(w) not in mine and fold(w) not in MONTHS for w in re.findall(NAME_WORD, between))

    def distance(date_start: int, date_end: int) -> int:
        return max(date_start - (end - offset), (start - offset) - date_end)

    # The date written closest to the statement: "The race is on Sunday 29 September - the day after my 45th
    # birthday (28 September!)", "[post of 19 October 2024] ... Thursday night – the 17th, which happened to be my birthday".
    written = [(distance(match.start(), match.end()), value, sentence[match.start() : match.end()])
               for match in FULL_DATE_LOWER.finditer(lower)
               if (value := date_value(match.groups())) and not someone_between(match.start(), match.end())]
    page = lowered(text)
    dated: list[tuple[int, str]] | None = None  # the page's dates around the sentence, read once if a weekday needs them
    for match in WEEKDAY_AND_DAY.finditer(lower):
        group = next(number for number in range(1, 5) if match.group(number))
        day = day_number(match.group(group))
        if someone_between(match.start(), match.end()):
            continue
        weekday = weekday_before(page, offset + match.start(group), day)
        if weekday is not None and dated is None:
            dated = [(m.start(), v) for m in FULL_DATE_LOWER.finditer(page, max(0, offset - POST_DATE_REACH), offset + POST_DATE_REACH)
                     if (v := date_value(m.groups()))]
        posted = post_date_near(dated, offset + match.start()) if weekday is not None and dated else None
        # "this Saturday (15th)" in a post of 11 June: the coming 15th, unless the weekday given says another month
        coming = THIS_WEEK.search(lower, max(0, match.start() - THIS_WEEK_REACH), match.end()) is not None
        if weekday is not None and posted and (value := coming_day(day, weekday, posted) if coming else month_by_weekday(day, weekday, posted)):
            written.append((distance(match.start(), match.end()), value, sentence[match.start() : match.end()]))
            continue
        # "the 14th of this month", "Two in the team this month: Alun on the 18th": the month the page is dated
        this_month = match.group(2) is not None or THIS_MONTH.search(lower, 0, match.start()) is not None
        named = months_named(sentence, lower, match.start())  # "all the October stuff - the 17th", "our May meeting (Tuesday 14th)"
        if this_month and not THIS_MONTH.search(lower, match.start(), match.end()) and (talked_of := _month_talked_of(page, offset + match.start())):
            named, this_month = [talked_of], False  # "Wel, dyna fis Mai wedi mynd ... ar yr ail ar hugain o'r mis": of May
        if month_after := MONTH_JUST_AFTER.match(lower, match.end()):
            named = [MONTHS[month_after.group(1)]]  # "I turned 42 on the 31st (of July – always a holiday birthday)"
        month = (named[-1] if named and not this_month
                 else _month_of_a_day_talked_of(page, offset + match.start(), day)
                 or nearest_month(text, offset + match.start(), prefer_issue=this_month))
        said_around = lower[max(0, match.start() - PAST_REACH) : match.end() + PAST_AFTER]  # "the 18th was also my birthday"
        if month and not named and not this_month and _day_to_come(page, offset + match.start(), month, day, said_around):
            month = month % 12 + 1  # "it's my birthday on the 6th" in a message of 29/11/2024: December's
        if month and (value := month_day(month, day, None)):
            written.append((distance(match.start(), match.end()), value, sentence[match.start() : match.end()]))
    if written:
        _, value, raw = min(written)
        return value, raw
    return None


PAST_REACH = 60
THIS_MONTH = re.compile(r"\bthis month\b|\by mis (?:hwn|yma)\b|o['’]r mis (?:hwn|yma)\b")
# "the month of May", Welsh "mis Mai", "fis Mawrth": a month said as a month, even one that is another word alone.
MONTH_SAID_AS_MONTH = re.compile(rf"\b(?:month of|mis|fis)\s+({MONTH_NAMES})\b")
MONTH_TALKED_OF_REACH = 300


def _month_talked_of(page: str, position: int) -> int | None:
    """The month last talked of just before "the 22nd of the month" (Welsh "o'r mis"): the one it means, rather than
    the month the issue is dated ("Wel, dyna fis Mai wedi mynd ... Cefais fy mhen-blwydd ... ar yr ail ar hugain o'r mis")."""
    begin = max(0, position - MONTH_TALKED_OF_REACH)
    said = [(m.start(), MONTHS[m.group(1)]) for m in MONTH_SAID_AS_MONTH.finditer(page, begin, position)]
    said += [(m.start(), MONTHS[m.group(1)]) for m in BARE_MONTH.finditer(page, begin, position)]
    return max(said)[1] if said else None
PAST_AFTER = 12
MONTH_JUST_AFTER = re.compile(rf"[\s(,–-]{{0,3}}(?:of\s+)?({MONTH_NAMES})\b")
TALKED_OF_REACH = 400  # a few messages of a chat back
TALKED_OF_DAYS = 3


def _month_of_a_day_talked_of(page: str, position: int, day: int) -> int | None:
    """The month of a date written just before a day said alone, a few days from it ("STREET PARTY, Saturday
    13th July?" / ... / "Also the 14th is my birthday"): the day is that month's, not the month of the
    message's own date stamp."""
    near = [MONTHS[match.group(2) or match.group(4)] for match in FULL_DATE_LOWER.finditer(page, max(0, position - TALKED_OF_REACH), position)
            if abs(day_number(match.group(1) or match.group(5)) - day) <= TALKED_OF_DAYS]
    return near[-1] if near else None


def _day_to_come(page: str, position: int, month: int, day: int, said_around: str) -> bool:
    """A day of the month said alone, not in the past (no past verb in the words around it), earlier in the
    month than the post it stands in is dated: the next month's."""
    posted = post_date_near([(match.start(), value) for match, value in _full_dates_around(page, position)], position)
    if posted is None or int(posted[5:7]) != month or int(posted[8:10]) <= day:
        return False
    # "Came here for my birthday lunch on the 23rd", "we celebrated on the 6th": said after the day, so this month's.
    words = _words_of(said_around)
    return not _has_past_word(words) and not any(len(w) > 4 and w.endswith("ed") for w in words)


def _said_in_the_past(words_said: str) -> bool:
    """One of data/birthdays.json past_words among the words ("was", "bought"); not any word in -ed, since "I'm so
    excited for my birthday on Saturday" is still to come."""
    return _has_past_word(_words_of(words_said))


def _words_of(said: str) -> list[str]:
    return re.findall(r"[\w'’]+", said.lower())


def _has_past_word(words: list[str]) -> bool:
    return not set(cues("birthdays")["past_words"]).isdisjoint(words)


# "last Saturday", Welsh "ddydd Sadwrn diwetha(f)": a weekday in the week before the post.
# "last Saturday", "this past Saturday", "Saturday just gone", Welsh "dydd Sadwrn diwetha": the one before the post.
LAST_WEEKDAY = re.compile(rf"\b(?:last|this\s+past)\s+({WEEKDAY_WORD})(?![a-z])|\b({WEEKDAY_WORD})\s+(?:just\s+)?gone\b"
                          r"|\b(?:dydd|ddydd|nos)\s+(llun|mawrth|mercher|iau|gwener|sadwrn|sul)\s+diwethaf?\b", re.IGNORECASE)
LAST_WEEKDAY_REACH = 40


def _weekday_named(match: re.Match[str]) -> str:
    """The English weekday of a LAST_WEEKDAY match ("Sat", "Sadwrn" are "saturday")."""
    if english := match.group(1) or match.group(2):
        return next(day for day in WEEKDAYS if day.startswith(english.lower().rstrip(".")[:3]))
    return WEEKDAYS[WELSH_WEEKDAYS.index(match.group(3).lower())]


NOT_A_LEAP_YEAR = 2001
LEAP_DAY_NEIGHBOURS = ("02-28", "02-29", "03-01")  # a day either side of them depends on the year


def _shifted(value: str, day: str, *, back: bool = False) -> str | None:
    """The post's date ('YYYY-MM-DD') moved to the weekday or day named after the statement: the next such weekday
    (or the post's own day), or with `back` the last one before the post's day."""
    day = day.lower()
    if len(value) == 5 and day in ("tomorrow", "yesterday") and value not in LEAP_DAY_NEIGHBOURS:
        # a day on from a date without its year ("Thu 12 June"); any year without 29 February does
        moved = date(NOT_A_LEAP_YEAR, int(value[:2]), int(value[3:])) + timedelta(days=1 if day == "tomorrow" else -1)
        return f"{moved.month:02d}-{moved.day:02d}"
    if len(value) != 10:
        return None
    posted = date.fromisoformat(value)
    if day in ("tomorrow", "yesterday"):
        moved = posted + timedelta(days=1 if day == "tomorrow" else -1)
    elif back:
        moved = posted - timedelta(days=(posted.weekday() - WEEKDAYS.index(day)) % 7 or 7)
    else:
        moved = posted + timedelta(days=(WEEKDAYS.index(day) - posted.weekday()) % 7)
    return moved.isoformat()


@cache
def _moving_days() -> str:
    """The words of data/birthdays.json relative_days that move a date ("yesterday", "ddoe", "tomorrow"), as one alternation."""
    return alternation([word for word, days in cues("birthdays")["relative_days"].items() if days])


@cache
def _day_said_before() -> re.Pattern[str]:
    """"Yesterday was my 35th birthday", "Ddoe oedd fy mhen-blwydd": a moving word said just before the statement on its line."""
    return re.compile(rf"\b({_moving_days()})\b[^.!?\n]{{0,30}}$", re.IGNORECASE)


@cache
def _day_said_after() -> re.Pattern[str]:
    """"Turned the big 5-0 yesterday": a moving word right after the statement."""
    return re.compile(rf"[ \t]+({_moving_days()})\b", re.IGNORECASE)


@cache
def _past_birthday() -> re.Pattern[str]:
    return _birthday_phrases("past")


def _days_moved(text: str, start: int, end: int, raw: str) -> int | None:
    """The days "yesterday" or "tomorrow" said just before the statement or right after it move the post's date
    by; else those of a birthday gone by said earlier on its line ("yesterday was the big 3-0 and forty strangers
    sang happy birthday to me"). None when no such word is said with it, or the date is written with the word
    ("Yesterday (Saturday 16 August) was ...")."""
    line_start = text.rfind("\n", 0, start) + 1
    said = _day_said_before().search(text, max(line_start, start - 40), start) or _day_said_after().match(text, end)
    if said is None:
        for past in _past_birthday().finditer(text, line_start, start):
            if (days := _days_moved(text, past.start(), past.end(), raw)) is not None:
                return days
        return None
    if raw and raw.lower() in text[min(said.start(), start) : max(said.end(), start)].lower():
        return None
    return int(cues("birthdays")["relative_days"][said.group(1).lower()])


def _moved_by_relative_day(text: str, start: int, end: int, value: str, raw: str) -> str:
    """A dated post's date ("Monday 13 January 2025 · 7 min read") moved by "yesterday" or "tomorrow" said with
    the statement (_days_moved)."""
    days = _days_moved(text, start, end, raw)
    if days is None or len(value) != 10:
        return value  # a date without its year is written with the statement ("tomorrow (29th Jan!)"), not the post's
    return (date.fromisoformat(value) + timedelta(days=days)).isoformat()


OLDEST_LIVING = 110


def _pet_child_or_ancestor(text: str, match: re.Match[str]) -> bool:
    """A birthday given for a pet named in its clause, or a birth year no one living has or that
    only a child has (the person is an adult at work: "a son, Ianto Wyn, born 2 June 2025")."""
    years = [int(y) for y in re.findall(r"\b(1[6-9]\d\d|20\d\d)\b", match.group(0))]
    if years and not date.today().year - OLDEST_LIVING <= years[0] <= date.today().year - ADULT_AGE:
        return True
    offset, sentence = sentence_around(text, match.start(), match.end())
    # A pet after a dash is another clause's: "birthday: 9 November – the office dog Mabon's is the same week".
    clause = sentence[: match.end() - offset] + re.split(r"\s[–—]\s|;", sentence[match.end() - offset :], maxsplit=1)[0]
    return bool(pet_words().search(lowered(clause)) or _birth_announced().search(lowered(sentence)) or NEWBORN_SAID.search(sentence))


# A newborn's weight, or "baby" before a name: "baby Ruby-Rae, born 2 October at Singleton, 7lb 3oz".
NEWBORN_SAID = re.compile(r"\b\d{1,2}[ \t]?(?:lbs?|oz|kg)\b|\b(?i:baby|babi)[ \t]+[A-Z]")


@cache
def _birth_announced() -> re.Pattern[str]:
    """data/birthdays.json birth_announcements, for lower-cased text."""
    return phrase_pattern(tuple(cues("birthdays")["birth_announcements"]))


def _statement_owner(document: Document, match: re.Match[str], subject: Subject) -> bool | None:
    """Whose birthday a statement gives. Said in the third person ("who turns 80 today", "the day she
    turned 50") in an article whose headline names the person, it is theirs."""
    first_person = FIRST_PERSON_SAID.search(match.group(0))
    if not first_person and page_names_person(document, subject):
        return True
    if first_person and written_by_someone_else(document, match.start(), subject):
        return False  # "JJ made my birthday (12th March) ride so special" in a review signed by someone else: the reviewer's
    owner = owner_in_page(document, match.start(), subject)
    if owner is False and first_person and owner_in_page(document, match.start() + first_person.end(), subject):
        return True  # "we got married on Friday 9th August – which was also my birthday" after a name: the "my" is the writer's
    return owner


# "a very happy 50th birthday to Carys", "Happy 90th birthday Dad/Taid": whom a wish is addressed to.
WISHED_TO = re.compile(rf"[ \t]*(?:to[ \t]+)?(?:(?:Mrs|Mr|Miss|Ms|Dr)\.?[ \t]+)?({NAME_WORD})")
# "Mererid's birthday", "pen-blwydd Dafydd", "Bethan's 50th birthday", "it's Lowri's 50th!": whose, by the name.
ADULT_ORDINAL = r"(?:(?:1[6-9]|[2-9]\d|1[01]\d)(?:st|nd|rd|th)|[a-z]+ieth|eighteenth|twenty-first)"
POSSESSED_BIRTHDAY = re.compile(rf"\b({NAME_WORD})['’]s[ \t]+(?:(?:big[ \t]+)?{ADULT_ORDINAL}[ \t]+)?(?:(?:birthday|bday|b['’]day)\b)"
                                rf"|\b(?i:pen|ben)-?blwydd[ \t]+({NAME_WORD})\b(?![ \t]+(?i:hapus))"
                                rf"|\b({NAME_WORD})['’]s[ \t]+(?:big[ \t]+)?{MILESTONE}")
POSSESSED_HINT = re.compile(rf"['’]s (?:birthday|bday|b.day|big |{ADULT_ORDINAL})|blwydd [a-z]")
HIS_OR_HER_BEFORE = re.compile(r"\b(?:his|her)[ \t]+(?:[\w-]+[ \t]+)?$", re.IGNORECASE)
THIRD_PERSON_POSSESSIVE = re.compile(r"(?i:\b(?:his|her|he|she)\b)")


FULL_NAME_SHAPE = re.compile(rf"[{UPPER}][\w'’-]+[ \t]+[{UPPER}][\w'’-]+")
WHO_BEFORE_AGE = re.compile(r"\bwho(?:['’]s|\s+(?:is|was|will\s+be|turned|turns|turn|becomes|became))?\s+$", re.IGNORECASE)


def _age_with_date_owner(document: Document, match: re.Match[str], subject: Subject, about_person: bool) -> bool | None:
    """Whose "60 on 2nd August" is: the last person named before it in its sentence ("Anti Elen – 30 ar 4
    Chwefror"); after "she" or "he", the person an article is about, else whoever was named before; otherwise
    as _statement_owner reads it."""
    text = document.text
    offset, sentence = sentence_around(text, match.start(), match.end())
    before = sentence[: max(0, match.start() - offset)]
    if (WHO_BEFORE_AGE.search(before) and FULL_NAME_SHAPE.search(before)
            and not owner_words(subject) & {fold(word) for word in re.findall(NAME_WORD, before)}):
        # "Des Hopkins of The Mount, who turned seventy on 2nd March": "who" is the one named in the sentence, never the
        # writer's "I"; "our Chair, who turned 45 on 21 January" names nobody there, and is left to the page.
        return False
    names = [word for word in re.findall(NAME_WORD, before) if is_given_name(word) and fold(word) not in cues("birthdays")["star_signs"]]
    if names:
        return fold(names[-1]) in owner_words(subject)
    if THIRD_PERSON_POSSESSIVE.search(before):
        return True if about_person else last_named_before(text, match.start(), subject)
    return _statement_owner(document, match, subject)


def _turning_owner(document: Document, match: re.Match[str], subject: Subject) -> bool | None:
    """Whose "turns 40 on St David's Day" is: a relative's right before it ("My husband turns 50 on Boxing Day"),
    else as an age said with its date (the last person named before it in its sentence)."""
    offset, sentence = sentence_around(document.text, match.start(), match.end())
    words = SAID_OF_WORD.findall(sentence[: max(0, match.start() - offset)])
    if words and fold(words[-1]) in relation_words():
        return False
    if fold(match.group(0)).startswith("turned"):
        # "Turned thirty on Monday (2nd ...)" opening a diary's line, "I finally turned 50 on ...": the writer's. Said of
        # anyone or anything else ("He turned 21 on", "Kev, turned 50 on", "The club turned 50 on"), left to other rules.
        openers = set(cues("birthdays")["talk_openers"])
        spoken = [fold(word) for word in words if fold(word) not in openers]
        if spoken and spoken[-1] in THIRD_PERSON:
            return bool(last_named_before(document.text, match.start(), subject))  # "Gareth Probert, who turned 60 on"
        if spoken and FIRST_PERSON_SINGULAR.isdisjoint(spoken[-3:]) and not is_the_persons_given_name(words[-1], subject):
            return False
    return _age_with_date_owner(document, match, subject, page_names_person(document, subject))


def _with_a_date_owner(document: Document, match: re.Match[str], subject: Subject, about_person: bool) -> bool | None:
    """Whose a birthday said with its date is: the person or someone else a wish is addressed to; for "his
    30th", "her big 4-0", whoever was last named before it ("Jac marked his 30th", but "the Bramley was
    planted for his 60th" after the writer's father); otherwise as _statement_owner reads it."""
    text = document.text
    said = match.group(0).lower()
    if said.startswith("who") and (named := last_named_before(text, match.start(), subject)) is not None:
        return named  # "Kev, who turned 52 on 2 March", "Huw on cellar – who turned 30 on the Friday (13th)"
    if re.match(r"(?:who\s+)?turn", said):
        return _turning_owner(document, match, subject)  # "Viv Hopkins of Crown A turns 80 on 9th November", "My Dad turns 70 on the 16th"
    if (wished := WISHED_TO.match(text, match.end())) and "birthday" in match.group(0).lower():
        name = POSSESSIVE_S.sub("", wished.group(1))
        if fold(name) in owner_words(subject):
            return True
        if is_given_name(name) or fold(name) in relation_words():
            return False
    if THIRD_PERSON_POSSESSIVE.search(match.group(0)) and not about_person:
        named = last_named_before(text, match.start(), subject)  # not the "I" of "a photo of him at his 80th"
        return named if named is not None else _statement_owner(document, match, subject)
    return _statement_owner(document, match, subject)


FIRST_PERSON_SINGULAR = frozenset({"i", "i'm", "i’m", "i've", "i’ve", "i'll", "my", "me", "myself", "mine", "fi", "fy", "mi", "mhen", "mhen-blwydd",
                                   "mhenblwydd", "dwi", "dwi'n", "dwi’n", "rwy'n", "rwy’n", "rydw", "rwyf", "wi'n", "wi’n"})
THIRD_PERSON = frozenset({"he", "she", "his", "her", "him", "they", "their", "who", "ei", "e", "o", "hi"})
SAID_OF_WORD = re.compile(r"[\w'’-]+")
PERSONAL_PRONOUNS = frozenset({"he", "she", "his", "her", "him"})
SAINT_WORDS = frozenset({"st", "saint", "sant", "santes", "gwyl"})  # Welsh "Gŵyl Dewi": the feast of Dewi
# Words that start Welsh place and street names, some of them after a person: "Cwm Aeron", "Pont Steffan", "Heol Gwenllian".
PLACE_ELEMENTS = frozenset({"cwm", "pont", "glan", "aber", "nant", "llan", "ynys", "afon", "coed", "porth", "castell", "dyffryn",
                            "bro", "tre", "pen", "heol", "ffordd", "stryd", "lon", "rhodfa", "teras", "cae", "parc", "plas"})


INDEFINITE_ARTICLES = frozenset({"a", "an"})
BEING_WORDS = frozenset({"i'm", "i’m", "im", "am", "is", "was", "such", "quite", "what"})


def _after_indefinite_article(words: list[str], number: int) -> bool:
    """Whether words[number] is said as a kind of person: "I'm a Leo", "such a Romeo", or "a" and one
    lower-case word before it ("a proper Leo"). Not Welsh "a Siôn" (and Siôn)."""
    before = [fold(word) for word in words[max(0, number - 2) : number]]
    if len(before) < 2:
        return False
    if before[1] in INDEFINITE_ARTICLES:
        return before[0] in BEING_WORDS
    return before[0] in INDEFINITE_ARTICLES and words[number - 1].islower()


# After "Mam's", "Poppy's": the words that make the birthday theirs ("Mam's 95th", "Poppy's birthday", "Rhodri's big day").
OWNED_BIRTHDAY_AFTER = re.compile(r"(?i:\s+(?:\w+\s+){0,2}?(?:birthday|b'?day|pen-?blwydd|big|\d+(?:st|nd|rd|th)|party|day|special|milestone|turn|cake))")


CONTRACTION_END = re.compile(r"['’](?:ll|d|s|re|ve)$")  # "She'll be 88 on the 20th of March": "she"


def _she_in_own_post(document: Document, start: int, subject: Subject) -> bool:
    """The sentence at `start` opens with "he" or "she" in a post or reply the person wrote: the writer says "I", so
    "She'll be 88 on the 20th of March" is someone else's birthday, whoever was named before."""
    sentence = sentence_around(document.text, start, start)[1]
    first_word = SAID_OF_WORD.search(sentence)
    if first_word is None or CONTRACTION_END.sub("", fold(first_word.group(0))) not in ("he", "she") or FIRST_PERSON_SAID.search(sentence):
        return False  # "He never once missed ringing me ... to sing happy birthday": the "me" it was sung to
    post = post_around(document, start)
    return post is not None and post_author_is_subject(document, post[2], subject) is True


def said_of(text: str, start: int, end: int, subject: Subject, *, about_person: bool = False, by_name: bool = False) -> bool | None:
    """Whose the statement text[start:end] is, by the last person named in its sentence up to its end,
    as a reader takes it: the writer ("my", "I") or the person named is the person (True); someone
    else named ("Poppy's birthday", "Rhodri, who turns forty", "Mam's 95th") is not (False); "his" and
    "her" point back to whoever was named before them, in the sentence before too unless the page is
    about the person (about_person: an article whose headline names them, where "she" is them); None
    when nobody is. by_name: only the person's given name makes it theirs, the writer's "my" does not (None): a
    statement in someone else's post ("Also it's Gaz's big 4-0 on Thursday" under Helen's name)."""
    while start < end and not text[start].isalnum():
        start += 1  # "... Glamorgan. 40 today": the statement starts at its first word, not the stop before it
    offset, sentence = sentence_around(text, start, end)
    mine = owner_words(subject)
    kin = relation_words()
    adults = kinship_set("adult_relatives") | kinship_set("parent_roles")  # "my mum ... her 70th": the mum's
    pronoun = False
    found = list(SAID_OF_WORD.finditer(sentence[: end - offset]))
    words = [match.group(0) for match in found]
    word_starts = [match.start() for match in found]
    named_themself = [match.end() for match in WRITER_NAMES_THEMSELF.finditer(sentence[: end - offset].lower())]
    for number in range(len(words) - 1, -1, -1):
        word = words[number]
        if named_themself and word_starts[number] < named_themself[-1]:
            return None if by_name else True  # "Diolch i Mair ... because yours truly hit the big 6-0 today": the writer's
        plain = POSSESSIVE_S.sub("", word)
        folded = fold(plain)
        if plain[:1].isupper() and is_the_persons_given_name(plain, subject):
            return True  # "Gareth", or "Gaz's big 4-0" for Gareth
        if folded in FIRST_PERSON_SINGULAR or folded in mine:
            return None if by_name else True  # "I", "Rees-Morgan"
        if (number and fold(words[number - 1]) in SAINT_WORDS) or (number + 1 < len(words) and fold(words[number + 1]) in SAINT_WORDS):
            continue  # "on St David's Day", "ar Ddydd Gŵyl Dewi", "Dydd Dewi Sant": a saint, not someone the birthday belongs to
        if number and words[number - 1][:1].isupper() and fold(words[number - 1]) in PLACE_ELEMENTS:
            continue  # "a chogyddes orau Cwm Aeron", "Heol Gwenllian": a place or a street named after someone
        if plain != word and folded not in kin and not OWNED_BIRTHDAY_AFTER.match(sentence, found[number].end()):
            continue  # "with a slice of Gwen's lemon drizzle ... because it's the big 5-0 today": her cake, not her birthday
        if (folded := CONTRACTION_END.sub("", folded)) in THIRD_PERSON or folded in MONTHS or folded in WEEKDAYS:
            pronoun = pronoun or folded in PERSONAL_PRONOUNS  # not "who": it points to the words just before it
            continue
        if plain[:1].isupper() and is_given_name(plain) and place_named_at(sentence, word_starts[number], plain):
            continue  # "her first marathon in London on 21 April": a town
        if plain[:1].isupper() and house_after_a_name(text, offset + word_starts[number]):
            continue  # "i Mererid Huws, Bryn Awel, sy'n cyrraedd yr hanner cant": her house, not someone else
        if folded in cues("birthdays")["star_signs"]:
            continue  # "Taurus – 9th of May": a star sign, not someone named
        if plain == word and _after_indefinite_article(words, number):
            continue  # "I'm a proper Leo", "a real Romeo": a kind of person, not someone named
        if (plain[:1].isupper() and is_given_name(plain)) or (plain != word and folded in kin) or (pronoun and folded in adults):
            return False  # "Mam's 95th", "the groom celebrated his birthday"
    first_word = SAID_OF_WORD.search(sentence)
    if pronoun and not about_person and first_word and CONTRACTION_END.sub("", fold(first_word.group(0))) in PERSONAL_PRONOUNS:
        # A sentence that starts "He turns 80 on 3 May", "His birthday is 3 March": whoever the sentence before last named.
        return last_named_before(text, offset, subject)
    return None


# A card's name field, English, Welsh or both: "Name: Rhodri Pugh", "Enw / Name" / "Rhodri Pugh".
NAME_FIELD = re.compile(r"(?:^|\n)[ \t]*(?i:(?:full[ \t]+|real[ \t]+)?(?:name|enw))(?:[ \t]*/[ \t]*(?i:name|enw))?[ \t]*(?::[ \t]*\n?|\n)[ \t]*([^\n]+)")
NAME_FIELD_REACH = 400


def _name_field_owner(text: str, start: int, subject: Subject, *, card_begin: int = 0) -> bool | None:
    """Whose a field is by the name field of its card above it ("Enw / Name" / "Rhodri Pugh" / ... / "Pen-blwydd" /
    "3 Mawrth"), whoever wrote the page around the card: True for the person's full name, False for another's.
    Not a name field before card_begin: the card of the forum post above ("Name: Gethin Wyn Roberts" over
    another member's "Pen-blwydd: 03/11")."""
    fields = list(NAME_FIELD.finditer(text, max(card_begin, start - NAME_FIELD_REACH), start))
    if not fields:
        return None
    written = {fold(word) for word in re.findall(NAME_WORD, fields[-1].group(1))}
    if subject.full_name and {fold(word) for word in subject.full_name.split()} <= written:
        return True
    return False if any(is_given_name(word) for word in re.findall(NAME_WORD, fields[-1].group(1))) else None


def _field_owner(document: Document, start: int, subject: Subject) -> bool | None:
    """Whose a "Birthday: 3rd May" field is: its card's name field's say, the page's say, else the name over the
    card of fields it stands in."""
    # A card ends where a post starts or ends: a forum's member card sits at the foot of its member's post.
    card_begin = max((edge for post in document.posts for edge in post[:2] if edge <= start), default=0)
    if (named := _name_field_owner(document.text, start, subject, card_begin=card_begin)) is not None:
        return named
    if (post_around(document, start) is None and (handle := _member_card_handle(document, card_begin, start))
            and (by := post_author_is_subject(document, handle, subject)) is not None):
        return by  # "Aled_Ropes" / "Posts: 1,093" / "Pen-blwydd: 03/11", between two posts
    owner = owner_in_page(document, start, subject)
    return section_heading_owner(document.text, start, subject, cards=True) if owner is None else owner


def _member_card_handle(document: Document, card_begin: int, start: int) -> str | None:
    """The handle heading a forum member's card of fields between two posts: its first line, when that is the
    author of one of the page's posts."""
    lines = [line.strip() for line in document.text[card_begin:start].split("\n") if line.strip()]
    authors = {author.strip() for _, _, author in document.posts}
    return lines[0] if lines and lines[0] in authors else None


@cache
def _wish_for_a_day() -> re.Pattern[str]:
    """A birthday wish for a day to come, from data/birthdays.json wishes: "Happy birthday for tomorrow Gaz",
    "Pen-blwydd hapus Jac for Friday", "happy 50th for tomorrow, Sian", "Happy birthday for the 22nd"; or a belated
    one: "Happy birthday for yesterday btw Kel!!"."""
    wishes = _birthday_phrases("wishes").pattern
    day = r"(tomorrow|yfory|fory|yesterday|ddoe|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d{1,2}(?:st|nd|rd|th))"
    return re.compile(rf"{wishes}[^.!?\n]{{0,40}}?\b(?:for|on)\s+(?:the\s+)?{day}\b", re.IGNORECASE)


WISHED_NAME_AFTER = 30  # "for Sunday, Rhodri": the name the wish is addressed to, just after the day


def _wished_to(text: str, start: int, end: int, subject: Subject) -> bool | None:
    """Whom a wish is addressed to: True for a given name of the person's (or its first letters: "Ker" for Kerry),
    False for someone else's, None when it names nobody."""
    after = text[end : end + WISHED_NAME_AFTER].split("\n")[0]
    names = [word for word in re.findall(NAME_WORD, text[start:end] + " " + re.split(r"[.!?]", after)[0])
             if fold(word) not in MONTHS and fold(word) not in WEEKDAYS]
    if any(is_the_persons_given_name(word, subject) for word in names):
        return True
    return False if any(is_given_name(word) for word in names) else None


def _day_wished_for(posted: str, day: str, page: str, position: int) -> str | None:
    """The day a wish is for, from the date of the post or comment it stands in: "tomorrow" the day after,
    a weekday the next one (the year taken from the page's dates when the stamp has none), "the 22nd" that day
    of the month, or of the next month when it has passed."""
    if len(posted) == 5:
        years = [value[:4] for _, value in _full_dates_around(page, position) if len(value) == 10]
        posted = f"{max(years)}-{posted}" if years else posted
    day = day.lower()
    if day in ("tomorrow", "yfory", "fory", "yesterday", "ddoe"):
        moved = date.fromisoformat(posted if len(posted) == 10 else f"2000-{posted}") + timedelta(days=-1 if day in ("yesterday", "ddoe") else 1)
        return moved.isoformat()[-5:]
    if day in WEEKDAYS:
        moved_to = _shifted(posted, day) if len(posted) == 10 else None
        return moved_to[-5:] if moved_to else None
    number = int(re.sub(r"\D", "", day))
    month, today = int(posted[-5:-3]), int(posted[-2:])
    return month_day(month if number >= today else month % 12 + 1, number, None)


LISTED_ME = re.compile(r"\b(?:me|myself|fi|yours truly)\b", re.IGNORECASE)
NAME_IN_BRACKETS = re.compile(rf"[ \t]*\(({NAME_WORD})\)")


def _listed_me_owner(document: Document, match: re.Match[str], subject: Subject) -> bool | None:
    """Whose "me" in a list of birthdays is: the name in brackets after it ("me (Oliver) on 3 May"), else the writer's."""
    if named := NAME_IN_BRACKETS.match(document.text, match.end()):
        return is_the_persons_given_name(named.group(1), subject)
    return _statement_owner(document, match, subject)


# What stands between a name and its date in such a list: "(Thursday 18th)", " – 22 Ionawr", " on 17th June", "(yes,
# me!) - the 21st"; not a byline's "·" ("Kayleigh Morgan · 24 Apr").
LIST_ENTRY_JOIN = re.compile(r"[ \t]*,?[ \t]*(?:\([^()\n\d]{0,20}\)[ \t]*)?(?:[–—-]|on|ar|:|\()?[ \t]*(?:the[ \t]+|y[ \t]+)?", re.IGNORECASE)
LIST_TALK_LINES = 8  # "Birthdays this week:" / "Ken Protheroe (Tuesday 16th), Eleri Vaughan (Thursday 18th)"


def _in_a_list_of_birthdays(text: str, start: int, end: int) -> bool:
    """Birthdays are talked of in the name's sentence or on the few lines above it: a list of them."""
    offset, sentence = sentence_around(text, start, end)
    above = text.rfind("\n", 0, start)
    for _ in range(LIST_TALK_LINES):
        above = text.rfind("\n", 0, max(0, above))
    page = lowered(text)  # searched in place: lowering the pieces would push the page out of lowered's cache
    return bool(BIRTHDAY_WORDS.search(page, offset, offset + len(sentence)) or BIRTHDAY_WORDS.search(page, above + 1, start))


def _person_in_text(text: str, subject: Subject) -> Iterator[re.Match[str]]:
    """The person's given name, or their surname after a title ("Mrs Llewellyn"), as written in the text."""
    given = person_given_names(subject)
    surnames = owner_words(subject) - given
    for match in re.finditer(rf"(?:(?:Mrs|Mr|Miss|Ms|Dr)\.?[ \t]+)?{NAME_WORD}(?:[ \t]+{NAME_WORD}){{0,2}}", text):
        words = [fold(word) for word in match.group(0).split()]
        titled = words[0].rstrip(".") in ("mrs", "mr", "miss", "ms", "dr")
        if given & set(words) or (titled and surnames & set(words)):
            yield match  # "Eleri Vaughan", "Sioned Prydderch", "Mrs Llewellyn"


THAT_DAY_IS_MY_BIRTHDAY = re.compile(r"\bthat\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:is|was|will\s+be)|['’]s)\s+"
                                     r"(?:also\s+|actually\s+)?my\s+(?:birthday|bday|b['’]day|\d{2}(?:st|nd|rd|th))\b", re.IGNORECASE)
THAT_DAY_HINT = re.compile(r"day(?: is| was| will be|.s) (?:also |actually )?my ")
WEEKDAY_BEFORE_REACH = 300
MONTH_AFTER_REACH = 40


def _weekday_date_before(text: str, start: int, weekday: str) -> tuple[str, str] | None:
    """The date written with the weekday last named before `start` ("Saturday 17 May", "Friday 16 and Saturday 17
    May"): (MM-DD, as written), the month the first one written after the day."""
    days = list(re.finditer(rf"\b{weekday}\s+(\d{{1,2}})(?:st|nd|rd|th)?\b", text[max(0, start - WEEKDAY_BEFORE_REACH) : start], re.IGNORECASE))
    named = days[-1] if days else None
    if named is None:
        return None
    at = max(0, start - WEEKDAY_BEFORE_REACH) + named.end()
    month = re.search(rf"\b({MONTH_NAMES})\b", text[at : at + MONTH_AFTER_REACH], re.IGNORECASE)
    if month is None or not (value := month_day(MONTHS[month.group(1).lower()], int(named.group(1)), None)):
        return None
    return value, named.group(0)


def find_birthdays_by_rules(document: Document, subject: Subject) -> list[Detection]:
    """Birthdays said in the ways data/birthdays.json and the patterns above know."""
    found: dict[str, Detection] = {}
    text = document.text

    inferred: set[str] = set()  # taken from the post's date, not written with the statement
    about_person = page_names_person(document, subject)

    def add(value: str, start: int, end: int, raw: str, owner: bool | None, *, from_post_date: bool = False, paired: bool = False) -> None:
        # The labelled convention is the birthday as "MM-DD"; a year, when given, is dropped.
        if from_post_date:
            inferred.add(value[-5:])
        # A date paired with the person's name in a list ("Mr Jones on 17th June, Mrs Rees on 22nd June") is
        # theirs whoever is named before it.
        if owner is not False and not paired and (said_of(text, start, end, subject, about_person=about_person) is False
                                                  or _she_in_own_post(document, start, subject)):
            owner = False  # "Clearing out before Poppy's birthday on 30th November", "Rhodri, who turns forty today"
        elif owner is False and not paired and said_of(text, start, end, subject, by_name=True):
            owner = True  # "Also it's Gaz's big 4-0 on Thursday 6th March" in Helen's post, of Gareth
        keep_most_owned(found, Detection(kind="birthday", value=value[-5:], evidence=excerpt(text, start, end), source_id=document.source_id, match=raw, owner=owner))

    for match in finditer_near(BIRTHDAY, text, BIRTHDAY_HINT, before=20, after=60):
        if _pet_child_or_ancestor(text, match):
            continue  # "Mabli the spaniel, whose birthday (6 June)", "my great-grandmother ... born 14 May 1871"
        g = match.groups()[1:]  # group 1 is the whole date
        if g[0] or g[3]:
            value = date_value(g[:6])
        elif g[6]:
            value = month_day(int(g[7]), int(g[6]), int(g[8]))  # UK order: day/month/year
        else:
            value = month_day(int(g[10]), int(g[11]), int(g[9]))
        if not value:
            continue
        owner = _field_owner(document, match.start(), subject)
        if (HIS_OR_HER_BEFORE.search(text, max(0, match.start() - 25), match.start()) and not about_person
                and (named := last_named_before(text, match.start(), subject)) is not None):
            owner = named  # "a photo of him at his 80th birthday (11 March 1989)": whoever "his" points back to
        add(value, match.start(), match.end(), match.group("date"), owner)
    for match in finditer_near(ORDINAL_BIRTHDAY, text, ORDINAL_HINT, before=30, after=80):
        if (age := re.search(r"\d+", match.group(0))) and int(age.group(0)) < ADULT_AGE:
            continue  # "his 8th birthday party on 19 September": a child's
        date_groups = match.groups()[1:7]
        if value := date_value(date_groups):
            add(value, match.start(), match.end(), match.group("date"), _with_a_date_owner(document, match, subject, about_person))
    for match in finditer_near(SAID_BIRTHDAY, text, SAID_HINT, before=30, after=120):
        if value := date_value(match.groups()[1:7]):
            # "my birthday (12th March)": the "my" is read with it, a reviewer's in their review
            owner = _statement_owner(document, match, subject) if FIRST_PERSON_SAID.search(match.group(0)) else owner_in_page(document, match.start(), subject)
            add(value, match.start(), match.end(), match.group("date"), owner)
    # "... on Friday 16 and Saturday 17 May. Yes, that Saturday is my birthday": the day named before it.
    for match in finditer_near(THAT_DAY_IS_MY_BIRTHDAY, text, THAT_DAY_HINT, before=20, after=60):
        if said := _weekday_date_before(text, match.start(), match.group(1)):
            add(said[0], match.start(), match.end(), said[1], _statement_owner(document, match, subject))
    for match in finditer_near(TURNS_ON_A_DAY, text, TURNS_ON_HINT, before=40, after=10):
        if SAID_BIRTHDAY.match(text, match.start()) or not (said := _date_in_sentence(text, match.start(), match.end(), subject)):
            continue  # a full date is read above
        if said[1] not in text[match.end() : match.end() + DAY_AFTER_AGE_REACH]:
            continue  # the day must follow the age: "on Saturday (12th)", not a date said before it
        owner = _statement_owner(document, match, subject)
        add(said[0], match.start(), match.end(), said[1], owner)
    for heading in re.finditer(r"birthday|pen-?blwydd", lowered(text)):
        for match in NAMED_BIRTHDAY.finditer(text, heading.end(), heading.end() + BIRTHDAY_LIST_REACH):
            name = match.group(1)
            if not is_given_name(name) and fold(name) not in person_given_names(subject):
                continue  # "ddydd Gwener (21 Mehefin)": a weekday in brackets, not whose birthday
            if value := date_value(match.groups()[2:8]):
                add(value, match.start(), match.end(), match.group("date"), fold(name) in person_given_names(subject))
    for pattern in (_today_statement(), _today_is_my_birthday()):
        for match in finditer_near(pattern, text, TODAY_HINT, before=50, after=20):
            if (age := re.search(r"\d+", match.group(0))) and "-" not in match.group(0) and int(age.group(0)) < ADULT_AGE:
                continue  # "Bella turned 3 today": a child's or a pet's birthday
            owner = _statement_owner(document, match, subject)
            if said := _date_in_sentence(text, match.start(), match.end(), subject):
                add(_moved_by_relative_day(text, match.start(), match.end(), said[0], said[1]), match.start(), match.end(), said[1], owner)
            elif nearest := _nearest_date(text, match.start(), subject, within=_post_spans(document, match.start())):
                value = nearest[0]
                if later := RELATIVE_DAY.match(text, match.end()):
                    if not (value := _shifted(value, later.group(1))):
                        continue  # "my birthday on Friday" next to a date without its year: which Friday is unknown
                else:
                    value = _moved_by_relative_day(text, match.start(), match.end(), value, nearest[1])  # "Yesterday was my birthday ... Pen-blwydd hapus i fi"
                add(value, match.start(), match.end(), nearest[1], owner, from_post_date=True)
    # "Yesterday was my birthday", "my birthday was yesterday": the post's date moved back; not without such a word
    # ("Saturday was my birthday" leaves the day unknown).
    for match in finditer_near(_past_birthday(), text, PAST_HINT, before=30, after=40):
        if _days_moved(text, match.start(), match.end(), "") is None:
            # "Last Saturday was my birthday" in a post of Monday 4 November 2024: the Saturday before the post
            last = LAST_WEEKDAY.search(text, max(text.rfind("\n", 0, match.start()) + 1, match.start() - LAST_WEEKDAY_REACH), match.start())
            if (last and not _date_in_sentence(text, match.start(), match.end(), subject)
                    and (nearest := _nearest_date(text, match.start(), subject, within=_post_spans(document, match.start())))
                    and (value := _shifted(nearest[0], _weekday_named(last), back=True))):
                add(value, match.start(), match.end(), nearest[1], _statement_owner(document, match, subject), from_post_date=True)
            continue
        owner = _statement_owner(document, match, subject)
        if said := _date_in_sentence(text, match.start(), match.end(), subject):
            add(_moved_by_relative_day(text, match.start(), match.end(), said[0], said[1]), match.start(), match.end(), said[1], owner)
        elif (nearest := _nearest_date(text, match.start(), subject, within=_post_spans(document, match.start()))) and len(nearest[0]) == 10:
            add(_moved_by_relative_day(text, match.start(), match.end(), nearest[0], nearest[1]), match.start(), match.end(),
                nearest[1], owner, from_post_date=True)
    # "He rang me at 6am on every 17th of September to sing Pen-blwydd Hapus", "We sang her a very out-of-tune Happy
    # Birthday over the dryers on the 9th of October": the date in the sentence is the birthday of whom it was sung to.
    for match in finditer_near(SUNG_TO, text, SUNG_HINT, before=60, after=60):
        if not (said := _date_in_sentence(text, match.start(), match.end(), subject)):
            continue
        sung_to = (match.group(1) or match.group(2) or "").lower()
        offset, _ = sentence_around(text, match.start(), match.end())
        if not sung_to and RANG_ME.search(text, offset, match.start()):
            sung_to = "me"  # "He rang me at 6am on every 17th of September, without fail, to sing Pen-blwydd Hapus"
        if not sung_to:
            continue  # "the whole coach sang Pen-blwydd Hapus": to whom is not said
        if sung_to in ("her", "him", "hi", "fe", "fo"):
            owner = True if about_person else last_named_before(text, match.start(), subject)
        else:
            owner = _statement_owner(document, match, subject)
        add(said[0], match.start(), match.end(), said[1], owner)
    # "Happy birthday for tomorrow Gaz" in a comment of 6 May: the day after the comment's date, the person's when it
    # names them. A date written with it ("for Saturday (9 November)") is read as written.
    for match in finditer_near(_wish_for_a_day(), text, WISH_HINT, before=WISH_BEFORE_HINT, after=80):
        whose = _wished_to(text, match.start(), match.end(), subject)
        if whose is None and reply_addressed_to_person(document, match.start(), subject):
            whose = True  # "Thanks for hosting Trace! And happy birthday for tomorrow!!"; another name there may be a child's
        if whose is None or _date_in_sentence(text, match.start(), match.end(), subject):
            continue
        nearest = _nearest_date(text, match.start(), subject, within=_post_spans(document, match.start()))
        wished_for = match.group(match.lastindex or 0)
        if nearest and (value := _day_wished_for(nearest[0], wished_for, lowered(text), match.start())):
            add(value, match.start(), match.end(), nearest[1], whose, from_post_date=True)
    # "Pen-blwydd hapus i'n Manon ni, sy'n dathlu un o'r rhai mawr ar Sul 16 Mehefin!": a wish addressed to someone by
    # name, with a date written in its own sentence, gives that date as their birthday.
    for match in finditer_near(_birthday_phrases("wishes"), text, WISH_HINT, before=12, after=40):
        whose = _wished_to(text, match.start(), match.end(), subject)
        line_end = text.find("\n", match.end())
        said = _date_in_sentence(text, match.start(), match.end(), subject) if whose is not None else None
        at = text.find(said[1], match.end(), len(text) if line_end == -1 else line_end) if said else -1
        # Written after the wish (not a comment's date stamp), with no "mine's on the 24th" of the writer's between.
        if said and at != -1 and not WRITER_SPEAKS.search(text, match.end(), at):
            add(said[0], match.start(), match.end(), said[1], whose)
    # "Birthdays this week: Ken Protheroe (Tuesday 16th), Eleri Vaughan (Thursday 18th)", "Penblwydd hapus to: Mr Watkin
    # on 17th June, ...": in a list of birthdays, the date straight after the person's name.
    # "Two in the team this month: Alun on the 18th and me on the 5th": the writer listed as "me".
    if BIRTHDAY_WORDS.search(lowered(text)):
        entries: list[tuple[re.Match[str], bool | None]] = [(match, True) for match in _person_in_text(text, subject)]
        entries += [(match, _listed_me_owner(document, match, subject)) for match in LISTED_ME.finditer(text)]
        for match, owner in entries:
            if owner is None or not _in_a_list_of_birthdays(text, match.start(), match.end()):
                continue
            join = LIST_ENTRY_JOIN.match(text, match.end())
            said = _date_in_sentence(text, join.end(), join.end(), subject) if join else None
            # The date straight after the entry's join, or the join's own "on the" read with it ("on the 5th").
            at = text.find(said[1], match.end(), join.end() + len(said[1])) if join and said else -1
            if join and said and len(said[0]) == 5 and at != -1 and at <= join.end():
                add(said[0], match.start(), match.end(), said[1], owner, paired=True)
    for match in finditer_near(_birthday_phrases("milestone_on"), text, MILESTONE_ON_HINT, before=40, after=10):
        owner = _with_a_date_owner(document, match, subject, about_person)
        if said := _date_in_sentence(text, match.start(), match.end(), subject):
            add(said[0], match.start(), match.end(), said[1], owner)
        elif nearest := _nearest_date(text, match.start(), subject, before=True) or _nearest_date(text, match.start(), subject):
            # "it was also my 50th birthday yesterday": the day before the post's
            value = _moved_by_relative_day(text, match.start(), match.end(), nearest[0], nearest[1])
            add(value, match.start(), match.end(), nearest[1], owner, from_post_date=True)
    # "I'm 38 on Thursday" in a post dated Tuesday 12 March 2024: the Thursday after; "I turned 35 on Saturday" in a
    # post dated Monday 4 November: the Saturday before.
    for phrases, back in (("on_a_day", False), ("on_a_past_day", True)):
        for match in finditer_near(_birthday_phrases(phrases), text, ON_A_DAY_HINT, before=40, after=30):
            if (age := re.search(r"\d+", match.group(0))) and int(age.group(0)) < ADULT_AGE:
                continue  # "I'll be 9 on Saturday!" in a child's words, quoted
            owner = _statement_owner(document, match, subject)
            if said := _date_in_sentence(text, match.start(), match.end(), subject):
                add(said[0], match.start(), match.end(), said[1], owner)
                continue
            # "Jo bought me a laser level for my birthday on Monday": a day gone by, said in the past before the phrase.
            past = back or _said_in_the_past(text[sentence_around(text, match.start(), match.end())[0] : match.start()])
            if ((weekday := RELATIVE_DAY.match(text, match.end() - 3)) and (nearest := _nearest_date(text, match.start(), subject))
                    and (value := _shifted(nearest[0], weekday.group(1), back=past))):
                add(value, match.start(), match.end(), nearest[1], owner)
    for match in finditer_near(_birthday_phrases("with_a_date"), text, WITH_A_DATE_HINT, before=40, after=30):
        if (age := re.search(r"\d+", match.group(0))) and "-" not in match.group(0) and int(age.group(0)) < ADULT_AGE:
            continue  # "his 8th birthday party on 19 September": a child's
        if said := _date_in_sentence(text, match.start(), match.end(), subject):
            value = _moved_by_relative_day(text, match.start(), match.end(), said[0], said[1])
            add(_moved_next_to(text, match.start(), match.end(), value, said[1]), match.start(), match.end(), said[1],
                _with_a_date_owner(document, match, subject, about_person))
    lower = lowered(text)
    for match in finditer_near(_mine_after_birthday_talk(), text, phrase_pattern(tuple(cues("birthdays")["after_birthday_talk"])), before=0, after=40):
        if BIRTHDAY_WORDS.search(lower, max(0, match.start() - BIRTHDAY_TALK_REACH), match.start()) and (value := date_value(match.groups()[1:7])):
            add(value, match.start(), match.end(), match.group("date"), _statement_owner(document, match, subject))
    # "Birthday treat?" / "4th August, so it's always pre-season", "Happy birthday Mrs T!" / "Yes, 21st June": a date
    # with no weekday or year opening the answer to birthday talk just before it.
    for match in finditer_near(ANSWERED_DATE, text, BIRTHDAY_WORDS, before=0, after=ANSWER_REACH + ANSWER_CHARS):
        if (BIRTHDAY_WORDS.search(lower, max(0, match.start() - ANSWER_REACH), match.start("date"))
                and not _in_a_dated_list(text, match.start(), match.end())
                and (value := date_value(match.groups()[1:7]))):
            labelled = text[: match.start()].rstrip().endswith(":")  # "Birthday wave:" / "22 July – usually flat"
            owner = _field_owner(document, match.start(), subject) if labelled else _statement_owner(document, match, subject)
            add(value, match.start("date"), match.end(), match.group("date"), owner)
    for match in finditer_near(_date_person(), text, phrase_pattern(tuple(cues("birthdays")["date_person"])), before=40, after=0):
        if value := date_value(match.groups()[1:7]):
            add(value, match.start(), match.end(), match.group("date"), _statement_owner(document, match, subject))
    for match in finditer_near(_thanks_for_birthday(), text, phrase_pattern(tuple(cues("birthdays")["thanks"])), before=0, after=200):
        if said := _date_in_sentence(text, match.start(), match.end(), subject):
            add(said[0], match.start(), match.end(), said[1], _statement_owner(document, match, subject))
    for pattern, date_slice in ((AGE_ON_DATE, slice(2, 8)), (DATE_THEN_AGE, slice(1, 7))):
        for match in finditer_near(pattern, text, AGE_DATE_HINT, before=40, after=40):
            around = lower[max(0, match.start() - BIRTHDAY_TALK_AROUND) : match.end() + BIRTHDAY_TALK_AROUND]
            if BIRTHDAY_TALK.search(around) and (value := date_value(match.groups()[date_slice])):
                add(value, match.start(), match.end(), match.group("date"), _age_with_date_owner(document, match, subject, about_person))
    # "I'm a Pisces – 14th March", "the 2nd, so a Scorpio": a date in the sentence that the sign agrees with.
    for match in finditer_near(_star_signs(), text, _star_signs(), before=0, after=20):
        said = _date_in_sentence(text, match.start(), match.end(), subject)
        if said and _in_star_sign(said[0], match.group(0).lower()):
            add(said[0], match.start(), match.end(), said[1], _statement_owner(document, match, subject))
    for match in finditer_near(_named_day_statements(), text, NAMED_DAY_HINT, before=40, after=120):
        group = next(number for number, said in enumerate(match.groups(), 1) if said)
        day = cues("birthdays")["named_days"][re.sub(r"\s+", " ", match.group(group).lower())]
        if (set_off := DATE_SET_OFF.match(text, match.end(group))) and (written := date_value(set_off.groups()[:6])):
            day = written  # "born on midsummer's day – 21 June": the date written after the day is the one
        # Whose is read up to the day, not in it: the "Eve" of "New Year's Eve" is nobody.
        owner = _turning_owner(document, match, subject) if match.group(0).lower().startswith("turn") else _statement_owner(document, match, subject)
        add(day, match.start(), max(match.start(), match.start(group)), match.group(group), owner)
    # "Mererid's birthday falls on our Apple Day – Saturday 19 October", "pen-blwydd Dafydd yn ddeugain, ar y 3ydd
    # o Ebrill": whose is the name it is said of, the date the one written in its sentence.
    given = person_given_names(subject)
    for match in finditer_near(POSSESSED_BIRTHDAY, text, POSSESSED_HINT, before=40, after=40):
        name = match.group(1) or match.group(2) or match.group(3)
        folded = fold(name)
        if folded in MONTHS or folded in WEEKDAYS or folded in SAINT_WORDS or folded in uk_places():
            continue  # "August's birthdays", "St David's", "Cardiff's birthday": not a person's
        if folded not in given and not is_given_name(name) and (folded in relation_words() or name.isupper()):
            continue  # "Mam's birthday" is read by the kinship rules; "NHS's birthday" is nobody's
        if said := _date_in_sentence(text, match.start(), match.end(), subject):
            add(said[0], match.start(), match.end(), said[1], folded in given)
    for match in _birthday_field().finditer(text):
        day, month = match.group(8), match.group(9)
        if value := date_value(match.groups()[1:7]) if day is None else month_day(int(month), int(day), None):
            add(value, match.start(), match.end(), match.group("date"), _field_owner(document, match.start(), subject))
    if "\n" in text and BIRTHDAY_HINT.search(lowered(text)):
        for match in DATE_THEN_LABEL.finditer(text):
            if value := date_value(match.groups()[1:7]):
                add(value, match.start(), match.end(), match.group("date"), _field_owner(document, match.start(), subject))
    for card in document.cards:
        for raw in card.fields.get("bday", ()):
            if re.fullmatch(r"\d{4}-\d{2}-\d{2}", raw.strip()):
                year, month, day = (int(p) for p in raw.strip().split("-"))
                if value := month_day(month, day, None):
                    add(value, 0, 0, raw, _card_owner(card, subject))
    # A birthday written with its date outweighs one inferred from the date of the post it stands in
    # ("marked her 50th birthday" in an article dated two days later, "on April 14, the day she turned 50").
    if any(d.owner is not False and key not in inferred for key, d in found.items()):
        return [d for key, d in found.items() if key not in inferred or d.owner is False]
    return list(found.values())


@cache
def _address_pattern() -> re.Pattern[str]:
    english = "|".join(w.capitalize() for w in terms()["street_words"])
    welsh = "|".join(w.capitalize() for w in terms()["welsh_street_words"])
    name = rf"[{UPPER}][{LOWER}'’-]+"
    # "14 Maple Close", "3 Stryd Fawr Uchaf", "27 Heol y Wern": a house number and a street.
    return re.compile(
        rf"\b(\d{{1,4}}[A-Za-z]?,?\s+(?:(?:{name}\s+){{1,3}}(?:{english})\b|(?:{welsh})\s+(?:(?:y|yr|'r)\s+)?{name}(?:\s+{name}){{0,2}}))"
    )


def find_addresses(document: Document, subject: Subject) -> list[Detection]:
    found: dict[str, Detection] = {}
    text = document.text
    for match in _address_pattern().finditer(text):
        value = " ".join(match.group(1).replace(",", "").split())
        owner = owner_in_page(document, match.start(), subject, end=match.end(), contact=True)
        if _at_venue(text, match.start(), subject):
            owner = False
        keep_most_owned(found, Detection(kind="address", value=value, evidence=excerpt(text, match.start(), match.end()), source_id=document.source_id, match=match.group(1), owner=owner))
    return list(found.values())

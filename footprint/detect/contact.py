"""Contact details: email addresses, phone numbers, postcodes, birthdays."""

from __future__ import annotations

import re
from datetime import date

import phonenumbers
from phonenumbers import Leniency, PhoneNumberFormat

from footprint.detect.text import excerpt
from footprint.model import Detection, Document, Subject

EMAIL = re.compile(r"(?<![\w.+-])([A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})(?![\w-])")
# "jane dot doe at example dot com", "jane[at]example.org", "jane (at) example (dot) com", "JANE AT EXAMPLE DOT COM"
AT = r"\s*(?:\[at\]|\(at\)|\{at\}|\s+at\s+|\s+AT\s+)\s*"
DOT = r"\s*(?:\[dot\]|\(dot\)|\{dot\}|\s+dot\s+|\s+DOT\s+|\.)\s*"
WORD = r"[A-Za-z0-9_%+-]+"
OBFUSCATED_EMAIL = re.compile(rf"(?<![\w.])({WORD}(?:{DOT}{WORD})*){AT}({WORD}(?:{DOT}{WORD})*{DOT}(?:com|org|net|uk|cymru|wales|example|[a-z]{{2}}))(?!\w)", re.IGNORECASE)
FILE_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg")

# Ofcom keeps these ranges for drama. libphonenumber calls 07700 900xxx and 01632 960xxx
# invalid, but demo and training personas use exactly them, so they count as phones here.
DRAMA_RANGES = ("+447700900", "+441632960", "+442079460", "+442920180")
NOT_A_PHONE_CONTEXT = re.compile(
    r"(?:order|ref(?:erence)?|company|charity|reg(?:istered|istration)?|invoice|account|acct|post|id|no\.?|number|fingerprint|grid|isbn|vat)\W{0,3}(?:no\.?|number|#|:)?\s*$",
    re.IGNORECASE,
)
PHONE_CONTEXT = re.compile(r"(?:tel|phone|mobile|mob|call|text|ffôn|ffon|whatsapp|contact)\W{0,3}$", re.IGNORECASE)

POSTCODE = re.compile(r"\b([A-Z]{1,2}[0-9][A-Z0-9]?) ?([0-9][ABD-HJLNP-UW-Z]{2})\b", re.IGNORECASE)

MONTHS = {name: number for number, names in enumerate(
    [("jan", "january", "ionawr"), ("feb", "february", "chwefror"), ("mar", "march", "mawrth"), ("apr", "april", "ebrill"),
     ("may", "mai"), ("jun", "june", "mehefin"), ("jul", "july", "gorffennaf"), ("aug", "august", "awst"),
     ("sep", "sept", "september", "medi"), ("oct", "october", "hydref"), ("nov", "november", "tachwedd"),
     ("dec", "december", "rhagfyr")], start=1) for name in names}
MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
DAY_MONTH = rf"(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({MONTH_NAMES})\.?(?:,?\s+(\d{{4}}))?"
MONTH_DAY = rf"({MONTH_NAMES})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?"
NUMERIC = r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})"
BIRTH_CUE = r"(?:born(?:\s+on)?|birthday(?:\s+is)?|date\s+of\s+birth|d\.?o\.?b\.?|pen-?blwydd|birthdate|birthDate)\W{0,4}"
BIRTHDAY = re.compile(rf"{BIRTH_CUE}(?P<date>{DAY_MONTH}|{MONTH_DAY}|{NUMERIC}|(\d{{4}})-(\d{{2}})-(\d{{2}}))", re.IGNORECASE)


def find_emails(document: Document, subject: Subject) -> list[Detection]:
    found: dict[str, Detection] = {}
    text = document.text + "\n" + document.meta.get("json-ld", "")
    for match in EMAIL.finditer(text):
        value = match.group(1).lower()
        if value.endswith(FILE_SUFFIXES):
            continue
        found.setdefault(value, Detection("email", value, excerpt(text, match.start(), match.end()), document.source_id, match.group(1)))
    for match in OBFUSCATED_EMAIL.finditer(text):
        if "@" in match.group(0):
            continue
        local = re.sub(DOT, ".", match.group(1), flags=re.IGNORECASE)
        domain = re.sub(DOT, ".", match.group(2), flags=re.IGNORECASE)
        value = f"{local}@{domain}".lower()
        # "see you at home dot" is prose, not an address: both halves must look like one.
        if "." not in domain or len(local) > 64:
            continue
        found.setdefault(value, Detection("email", value, excerpt(text, match.start(), match.end()), document.source_id, match.group(0)))
    for link in document.links:
        if link.lower().startswith("mailto:"):
            value = link[7:].split("?")[0].strip().lower()
            if EMAIL.fullmatch(value):
                found.setdefault(value, Detection("email", value, f"email link: {value}", document.source_id, value))
    return list(found.values())


def normalise_phone(raw: str) -> str | None:
    """E.164 for a real or Ofcom-drama UK number (or a valid foreign one), else None."""
    try:
        number = phonenumbers.parse(raw, "GB")
    except phonenumbers.NumberParseException:
        return None
    e164 = phonenumbers.format_number(number, PhoneNumberFormat.E164)
    if phonenumbers.is_valid_number(number) or (e164.startswith(DRAMA_RANGES) and len(e164) == 13):
        return e164
    return None


def find_phones(document: Document, subject: Subject) -> list[Detection]:
    found: dict[str, Detection] = {}
    text = document.text + "\n" + document.meta.get("json-ld", "")
    for match in phonenumbers.PhoneNumberMatcher(text, "GB", leniency=Leniency.POSSIBLE):
        before = text[max(0, match.start - 30) : match.start]
        if NOT_A_PHONE_CONTEXT.search(before) and not PHONE_CONTEXT.search(before):
            continue
        raw = match.raw_string
        digits = re.sub(r"\D", "", raw)
        # Dates and times are number-shaped: 2024-05-06, 12.05.2024.
        if re.fullmatch(r"\d{4}[-/.]\d{2}[-/.]\d{2}|\d{2}[-/.]\d{2}[-/.]\d{4}", raw.strip()) or len(digits) < 10:
            continue
        value = normalise_phone(raw)
        if value:
            found.setdefault(value, Detection("phone", value, excerpt(text, match.start, match.end), document.source_id, raw))
    for link in document.links:
        if link.lower().startswith("tel:"):
            raw = link[4:].strip()
            if value := normalise_phone(raw):
                found.setdefault(value, Detection("phone", value, f"phone link: {raw}", document.source_id, raw))
    return list(found.values())


def find_postcodes(document: Document, subject: Subject) -> list[Detection]:
    found: dict[str, Detection] = {}
    text = document.text + "\n" + document.meta.get("json-ld", "")
    for match in POSTCODE.finditer(text):
        value = f"{match.group(1).upper()} {match.group(2).upper()}"
        found.setdefault(value, Detection("postcode", value, excerpt(text, match.start(), match.end()), document.source_id, match.group(0)))
    return list(found.values())


def _month_day(month: int, day: int, year: int | None) -> str | None:
    try:
        date(year or 2000, month, day)  # 2000 is a leap year: 29 February stays possible
    except ValueError:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}" if year else f"{month:02d}-{day:02d}"


def find_birthdays(document: Document, subject: Subject) -> list[Detection]:
    found: dict[str, Detection] = {}
    text = document.text + "\n" + document.meta.get("json-ld", "")
    for match in BIRTHDAY.finditer(text):
        g = match.groups()[1:]  # group 1 is the whole date
        if g[0]:
            value = _month_day(MONTHS[g[1].lower()], int(g[0]), int(g[2]) if g[2] else None)
        elif g[3]:
            value = _month_day(MONTHS[g[3].lower()], int(g[4]), int(g[5]) if g[5] else None)
        elif g[6]:
            value = _month_day(int(g[7]), int(g[6]), int(g[8]))  # UK order: day/month/year
        else:
            value = _month_day(int(g[10]), int(g[11]), int(g[9]))
        if value:
            # The labelled convention is the birthday as "MM-DD"; the year is kept when given.
            found.setdefault(value, Detection("birthday", value, excerpt(text, match.start(), match.end()), document.source_id, match.group("date")))
    return list(found.values())

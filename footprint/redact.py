"""Redaction: how a sensitive value is shown in a report unless the person asks to see it.

A report is a dossier about a person. If it is left on a shared computer or mailed to
the wrong address, the redacted form must still be useful to its owner (they recognise
their own number) and useless to anyone else.

One Redactor per report, built from the subject and the findings, cleans every string that
goes into the report: each raw form in which a detail was found, the person's full names and
every word of their surnames and middle names (so a search query, a page title or a profile
address cannot give the surname away). It runs one pass per kind of replacement over the
text, with all literals compiled into a single trie-shaped pattern, so its cost grows with
the length of the text, not with the number of details found.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from footprint.model import Finding, RedactAs, Subject
from footprint.names import WELSH_PATRONYMICS, parse_name
from footprint.text import EMAIL, POSTCODE, fold

MASK = "•"


def redact_phone(value: str) -> str:
    """'+447700900123' -> '+44 7700 9•• •23': keeps enough to recognise, not to dial."""
    digits = value.lstrip("+")
    if value.startswith("+44") and len(digits) >= 10:
        national = digits[2:]
        shown = national[:5] + MASK * (len(national) - 7) + national[-2:]
        return f"+44 {shown[:4]} {shown[4:7]} {shown[7:]}"
    if len(digits) <= 4:
        return MASK * len(digits)
    return "+" + digits[:3] + MASK * (len(digits) - 5) + digits[-2:]


def redact_email(value: str) -> str:
    """'jane.doe@example.com' -> 'j•••••••@example.com'."""
    local, _, domain = value.partition("@")
    if not domain:
        return MASK * len(value)
    return local[:1] + MASK * max(len(local) - 1, 3) + "@" + domain


def redact_postcode(value: str) -> str:
    """'CF37 4XY' -> 'CF37 •••': the outward code names a town, the inward code a street."""
    outward, _, inward = value.partition(" ")
    return f"{outward} {MASK * len(inward or '•••')}"


def redact_name(value: str) -> str:
    """'Ella' -> 'E•••'."""
    return " ".join(word[:1] + MASK * max(len(word) - 1, 2) for word in value.split())


# Words that say what kind of place something is, not which one: they stay readable.
GENERIC_PLACE_WORDS = frozenset({
    "school", "primary", "infant", "infants", "junior", "comprehensive", "high", "community", "nursery", "academy",
    "college", "church", "in", "of", "the", "and", "y", "yr", "a", "st", "saint", "ysgol", "gynradd", "gyfun",
    "feithrin", "gymraeg", "uwchradd", "babanod", "iau", "cylch", "meithrin", "meithrinfa", "playgroup", "club",
    "after-school", "road", "street", "lane", "close", "avenue", "drive", "way", "crescent", "terrace", "place",
    "court", "gardens", "heol", "ffordd", "stryd", "lon", "maes", "teras", "rhodfa", "cwrt",
})


def redact_place(value: str) -> str:
    """'Ysgol Gynradd Nant yr Hebog' -> 'Ysgol Gynradd N••• yr H•••': the kind of place stays, which one goes."""
    return " ".join(word if fold(word) in GENERIC_PLACE_WORDS else word[:1] + MASK * 3 for word in value.split())


def redact_birthday(value: str) -> str:
    """Shows the month, hides the day: '03-14' -> '03-••'; a full date keeps only the year."""
    if re.fullmatch(r"\d{2}-\d{2}", value):
        return value[:3] + MASK * 2
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return value[:4] + "-" + MASK * 2 + "-" + MASK * 2
    return MASK * 5


def round_coordinate(value: float) -> float:
    """Two decimal places: about 1.1 km north-south, enough to name a town, not a house."""
    return round(value, 2)


def redact_coords(value: str) -> str:
    """'51.60171, -3.34227' -> '≈51.60, -3.34 (rounded to about 1 km)'."""
    try:
        lat_text, lon_text = value.split(",")
        lat, lon = float(lat_text), float(lon_text)
    except ValueError:
        return MASK * 5
    return f"≈{round_coordinate(lat):.2f}, {round_coordinate(lon):.2f} (rounded to about 1 km)"


def redact_serial(value: str) -> str:
    return MASK * max(len(value) - 3, 3) + value[-3:]


def redact_address(value: str) -> str:
    """'3 Stryd Fawr Uchaf' -> '• ••••• •••• Uchaf': the number and most of the street hidden."""
    words = value.split()
    return " ".join([MASK * len(w) for w in words[:-1]] + [words[-1]]) if len(words) > 1 else MASK * len(value)


def redact_url(value: str) -> str:
    """A profile address: its site stays, the path (which names the person) goes."""
    match = re.match(r"^(https?://[^/]+)", value)
    return f"{match.group(1)}/{MASK * 3}" if match else MASK * 5


REDACTORS = {
    RedactAs.ADDRESS: redact_address,
    RedactAs.PHONE: redact_phone,
    RedactAs.EMAIL: redact_email,
    RedactAs.POSTCODE: redact_postcode,
    RedactAs.NAME: redact_name,
    RedactAs.PLACE: redact_place,
    RedactAs.BIRTHDAY: redact_birthday,
    RedactAs.COORDS: redact_coords,
    RedactAs.SERIAL: redact_serial,
    RedactAs.URL: redact_url,
}


def redact_value(value: str, style: RedactAs) -> str:
    redactor = REDACTORS.get(style)
    return redactor(value) if redactor else value


def _trie_pattern(literals: Iterable[str]) -> str:
    """One regular expression for many literals, shaped as a trie, so matching costs the
    length of the longest literal at each position, however many literals there are."""
    trie: dict[str, Any] = {}
    for literal in literals:
        node = trie
        for ch in literal:
            node = node.setdefault(ch, {})
        node[""] = True

    def build(node: dict[str, Any]) -> str:
        ends_here = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends_here:  # greedy: the longer literal wins where both match
            return f"(?:{body})?"
        return body

    return build(trie)


# Anything shaped like a phone number, an email address or a full postcode in a report's text is
# masked too, whoever it belongs to: a detail judged someone else's (or missed) can still stand in
# the evidence quoted for another finding, and the report must not become a list of numbers.
PHONE_SHAPE = re.compile(r"(?<![\w+])(?:\+44|\(?0)[\d \t()-]{8,16}\d(?!\d)")


URL_SHAPE = re.compile(r"https?://\S+")


def _mask_contact_shapes(text: str) -> str:
    """Every contact-shaped string masked; a link's address is left whole (its digits are page ids)."""
    pieces = URL_SHAPE.split(text)
    links = URL_SHAPE.findall(text)
    masked = [_mask_plain(piece) for piece in pieces]
    return "".join(part for pair in zip(masked, [*links, ""], strict=True) for part in pair)


def _mask_plain(text: str) -> str:
    text = EMAIL.sub(lambda m: redact_email(m.group(0)) if MASK not in m.group(0) else m.group(0), text)
    text = POSTCODE.sub(lambda m: redact_postcode(f"{m.group(1).upper()} {m.group(2).upper()}"), text)
    return PHONE_SHAPE.sub(lambda m: _masked_number(m.group(0)), text)


def _masked_number(raw: str) -> str:
    digits = re.sub(r"\D", "", raw)
    national = digits[2:] if digits.startswith("44") else digits.lstrip("0")
    return redact_phone("+44" + national) if 9 <= len(national) <= 10 else raw


class _Pass:
    """Replace every occurrence of a set of literals, case-insensitively, in one scan."""

    def __init__(self, replacements: dict[str, str], *, whole_words: bool) -> None:
        self.replacements = {raw.lower(): hidden for raw, hidden in replacements.items() if raw.strip()}
        self.pattern: re.Pattern[str] | None = None
        if self.replacements:
            body = _trie_pattern(self.replacements)
            if whole_words:  # a name inside a longer word is another word ("Hill" in "Churchill")
                body = rf"(?<![^\W\d_])(?:{body})(?![^\W\d_])"
            self.pattern = re.compile(body, re.IGNORECASE)

    def apply(self, text: str) -> str:
        if self.pattern is None:
            return text
        return self.pattern.sub(lambda m: self.replacements.get(m.group(0).lower(), m.group(0)), text)


def _with_folded(mapping: dict[str, str]) -> dict[str, str]:
    """Each key also without its accents ("Siân" and "Sian")."""
    return {**{fold(raw): hidden for raw, hidden in mapping.items()}, **mapping}


def subject_replacements(subject: Subject) -> tuple[dict[str, str], dict[str, str]]:
    """(full names, name words): how the person's names appear in a redacted report.

    A full name becomes "First L."; each word of a surname or middle name becomes its initial
    and a mask, wherever it stands (a query, a title, a profile address written "hywelprosser").
    The first name alone stays: it lets the owner recognise themselves and finds no one.
    """
    full: dict[str, str] = {}
    words: dict[str, str] = {}
    for name in subject.names:
        parsed = parse_name(name)
        if not parsed.first or not parsed.last:
            continue
        surname_words = [w for w in re.split(r"[\s-]+", parsed.last) if w and fold(w) not in WELSH_PATRONYMICS]
        if not surname_words:
            continue
        shown = f"{parsed.first} {surname_words[0][:1].upper()}."
        full[" ".join(name.split())] = shown
        full[f"{parsed.first} {parsed.last}"] = shown
        for word in [*parsed.middle.split(), *surname_words]:
            if len(word) > 1 and fold(word) not in WELSH_PATRONYMICS:
                words[word] = word[:1].upper() + MASK * 3
        if len(surname_words) > 1:  # "Hywel-Prosser" written as "hywelprosser" in an address
            words["".join(surname_words)] = surname_words[0][:1].upper() + MASK * 3
    return _with_folded(full), _with_folded(words)


class Redactor:
    """Cleans every string of a report. With reveal=True it changes nothing."""

    def __init__(self, *, details: dict[str, str] | None = None, full_names: dict[str, str] | None = None,
                 name_words: dict[str, str] | None = None) -> None:
        self.active = bool(details or full_names or name_words)
        self._passes = (
            _Pass(details or {}, whole_words=False),
            _Pass(full_names or {}, whole_words=True),
            _Pass(name_words or {}, whole_words=True),
        )

    @classmethod
    def for_report(cls, subject: Subject, findings: list[Finding], *, reveal: bool) -> Redactor:
        if reveal:
            return cls()
        details: dict[str, str] = {}
        for finding in findings:
            for part in finding.parts or (finding,):
                if part.redact_as in (RedactAs.NONE, RedactAs.PARTS):
                    continue
                hidden = redact_value(part.value, part.redact_as)
                for raw in part.matches:
                    details[raw] = hidden
        full_names, name_words = subject_replacements(subject)
        return cls(details=details, full_names=full_names, name_words=name_words)

    def text(self, text: str) -> str:
        if not self.active or not text:
            return text
        text = _mask_contact_shapes(text)
        for one_pass in self._passes:
            text = one_pass.apply(text)
        return text

    def value(self, finding: Finding) -> str:
        """A finding's value as the report shows it."""
        if not self.active:
            return finding.value
        return self.text(redacted_form(finding))

    def tree(self, data: Any) -> Any:
        """Every string inside nested dicts and lists, cleaned (keys are ours and stay)."""
        if isinstance(data, str):
            return self.text(data)
        if isinstance(data, dict):
            return {key: self.tree(value) for key, value in data.items()}
        if isinstance(data, (list, tuple)):
            return [self.tree(item) for item in data]
        return data


def redacted_form(finding: Finding) -> str:
    """The value hidden its own way; a combination shows each part hidden its way."""
    if finding.parts:
        return " + ".join(redacted_form(part) for part in finding.parts)
    return redact_value(finding.value, finding.redact_as)

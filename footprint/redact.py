"""Redaction: how a sensitive value is shown in a report unless the person asks to see it.

A report is a dossier about a person. If it is left on a shared computer or mailed to
the wrong address, the redacted form must still be useful to its owner (they recognise
their own number) and useless to anyone else.
"""

from __future__ import annotations

import re

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


REDACTORS = {
    "address": redact_address,
    "phone": redact_phone,
    "email": redact_email,
    "postcode": redact_postcode,
    "name": redact_name,
    "birthday": redact_birthday,
    "coords": redact_coords,
    "serial": redact_serial,
}


def redact_value(value: str, style: str) -> str:
    redactor = REDACTORS.get(style)
    return redactor(value) if redactor else value


def redact_text(text: str, replacements: dict[str, str]) -> str:
    """Replaces every raw occurrence (as it appeared on the page) with its redacted form.

    Longest first, so a full match is hidden before any part of it could be.
    """
    for raw in sorted(replacements, key=len, reverse=True):
        if raw:
            text = re.sub(re.escape(raw), replacements[raw], text, flags=re.IGNORECASE)
    return text

"""What a person tells footprint about themselves, checked once for every front end.

The command line and the web form both build a Subject here, so there is one rule for a
full name, one for a web address and one for a photo path. A problem raises InputError
with a sentence the person can act on and the field it concerns.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path
from urllib.parse import urlsplit

from footprint.model import Subject

OLDEST_AGE = 110


class InputError(ValueError):
    def __init__(self, message: str, *, field: str) -> None:
        super().__init__(message)
        self.field = field


def full_name(raw: str) -> str:
    name = " ".join(raw.split())
    if len(re.findall(r"\w+", name)) < 2:
        raise InputError('give a full name, first and last (for example "Jane Doe").', field="name")
    return name


def web_address(raw: str, *, field: str = "profile") -> str:
    """An http(s) address; "facebook.com/jane" gains its https://. Other schemes are refused."""
    url = raw.strip()
    if not re.match(r"^[a-z][a-z0-9+.-]*://", url, re.IGNORECASE) and re.match(r"^[\w.-]+\.[a-z]{2,}(?:[/:?#]|$)", url, re.IGNORECASE):
        url = "https://" + url
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname or re.search(r"\s", url):
        raise InputError(f"“{raw.strip()[:80]}” is not a web address (it should look like https://example.com/you).",
                         field=field)
    return url


def photo_path(raw: str | Path) -> str:
    path = Path(raw).expanduser()
    if not path.exists():
        raise InputError(f"“{raw}” does not exist: give a photo file or a folder of photos.", field="photo")
    return str(path)


def birth_year(*, age: int | None = None, born: int | None = None, today: date | None = None) -> int | None:
    """The year of birth from an age or a year, used only to rule out namesakes of another age."""
    this_year = (today or date.today()).year
    if born is not None:
        if not this_year - OLDEST_AGE <= born <= this_year:
            raise InputError(f"{born} is not a year of birth footprint can use.", field="born")
        return born
    if age is not None:
        if not 0 < age <= OLDEST_AGE:
            raise InputError(f"{age} is not an age footprint can use.", field="age")
        return this_year - age
    return None


def split_list(text: str) -> list[str]:
    """A form field holding several values, one per line or separated by commas."""
    return [part.strip() for part in re.split(r"[,\n]", text) if part.strip()]


def _distinct(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(" ".join(v.split()) for v in values if v.strip()))


@dataclass(frozen=True)
class SubjectInput:
    """The raw answers, as either front end collects them."""

    name: str
    other_names: tuple[str, ...] = ()
    short_names: tuple[str, ...] = ()
    towns: tuple[str, ...] = ()
    employer: str = ""
    employer_aliases: tuple[str, ...] = ()
    role: str = ""
    profiles: tuple[str, ...] = ()
    photos: tuple[str, ...] = ()
    age: int | None = None
    born: int | None = None


def build_subject(answers: SubjectInput) -> Subject:
    """A Subject, or InputError for the first answer that cannot be used."""
    return Subject(
        full_name=full_name(answers.name),
        other_names=_distinct(answers.other_names),
        short_names=_distinct(answers.short_names),
        towns=_distinct(answers.towns),
        employer=" ".join(answers.employer.split()),
        employer_aliases=_distinct(answers.employer_aliases),
        role=" ".join(answers.role.split()),
        profile_urls=tuple(dict.fromkeys(web_address(p) for p in answers.profiles if p.strip())),
        photo_paths=tuple(photo_path(p) for p in answers.photos),
        born=birth_year(age=answers.age, born=answers.born),
    )


def problems(answers: SubjectInput) -> list[InputError]:
    """Every problem with the answers at once, for a form that shows them together."""
    checks: list[Callable[[], object]] = [partial(full_name, answers.name)]
    checks += [partial(web_address, p) for p in answers.profiles if p.strip()]
    checks += [partial(photo_path, p) for p in answers.photos]
    checks.append(partial(birth_year, age=answers.age, born=answers.born))
    found: list[InputError] = []
    for check in checks:
        try:
            check()
        except InputError as error:
            found.append(error)
    return found

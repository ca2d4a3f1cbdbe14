"""Core types. Every stage talks to the next through these and nothing else.

collect  -> Source (+ Document / PhotoMeta for what was read)
detect   -> Detection (one sighting of one exposed detail in one source)
assess   -> Finding (sightings merged, with severity, guidance and remediation)
render   -> report files built from an Audit
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Category(StrEnum):
    LOCATION = "location"
    CONTACT = "contact"
    FAMILY = "family"
    WORK = "work"
    IDENTITY = "identity"


class Severity(StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"

    @property
    def rank(self) -> int:
        return {"high": 3, "medium": 2, "low": 1}[self.value]


class SourceKind(StrEnum):
    QUERY = "query"  # a search we sent
    RESULT = "result"  # one search result (title, link, snippet)
    PAGE = "page"  # a web page or local HTML file we read
    PHOTO = "photo"  # one of the person's own photo files
    IMAGE = "image"  # an image found on a page


class Status(StrEnum):
    OK = "ok"
    FAILED = "failed"  # we tried and could not check it
    SKIPPED = "skipped"  # we chose not to try (offline, over a cap)


@dataclass(frozen=True)
class Subject:
    """The person being audited, as they described themselves."""

    full_name: str
    other_names: tuple[str, ...] = ()
    short_names: tuple[str, ...] = ()  # short forms of the first name people use ("Jen")
    towns: tuple[str, ...] = ()
    employer: str = ""
    role: str = ""
    profile_urls: tuple[str, ...] = ()
    photo_paths: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return (self.full_name, *self.other_names)


@dataclass
class Source:
    """Something that was looked at, and whether looking worked."""

    id: str
    kind: SourceKind
    location: str  # the query text, URL or file path
    status: Status = Status.OK
    reason: str = ""  # why it failed or was skipped; empty when ok
    title: str = ""
    platform: str = ""
    site_kind: str = ""  # social, people_finder, register, press or other
    declared: bool = False  # one of the person's own declared profiles
    parent: str = ""  # id of the source that led here (query -> result -> page -> image)
    about_subject: float | None = None  # search results: confidence (0-1) that it is about this person


@dataclass(frozen=True)
class Document:
    """Readable content of a page or search result, ready for the text detectors."""

    source_id: str
    text: str
    links: tuple[str, ...] = ()
    images: tuple[Image, ...] = ()
    meta: dict[str, str] = field(default_factory=dict)
    cards: tuple[Card, ...] = ()  # people described in structured data (JSON-LD Person, h-card)
    rel_me: tuple[str, ...] = ()  # links the page says are the same person's other profiles


@dataclass(frozen=True)
class Card:
    """One person as structured data describes them: name plus fields such as org, tel, email, bday."""

    name: str
    fields: dict[str, tuple[str, ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class Image:
    src: str
    alt: str = ""


@dataclass(frozen=True)
class GPS:
    lat: float
    lon: float
    alt: float | None = None


@dataclass
class PhotoMeta:
    """What one image file says about itself. `error` is set when it could not be read."""

    path: str
    format: str = ""
    gps: GPS | None = None
    gps_time: str = ""  # GPS date and time, ISO 8601 in UTC
    place: str = ""  # nearest named place to the GPS position
    taken_at: str = ""  # ISO 8601, with offset when the camera recorded one
    device: dict[str, str] = field(default_factory=dict)
    owner: dict[str, str] = field(default_factory=dict)
    has_thumbnail: bool = False
    error: str = ""


@dataclass(frozen=True)
class Detection:
    """One detector's sighting of one detail in one source.

    `value` is normalised (E.164 phone, lower-case email...); `match` is the text as it
    appeared, kept so the redactor can hide it inside `evidence` too.
    """

    kind: str
    value: str
    evidence: str
    source_id: str
    match: str = ""
    subject: bool | None = None  # None: not decided; False: someone else's detail


@dataclass
class Finding:
    """An exposed detail, merged across every source it was seen in."""

    kind: str
    category: Category
    severity: Severity
    title: str
    value: str
    evidence: str
    sources: list[str]
    why: str = ""
    guidance: tuple[str, ...] = ()
    remediation: tuple[str, ...] = ()
    matches: tuple[str, ...] = ()
    redact_as: str = "none"  # how the value is hidden by default; "parts" for a combination
    parts: tuple[Finding, ...] = ()  # for a combination, the findings it combines


@dataclass
class Audit:
    subject: Subject
    consent: str  # "self", "written" or "demo"
    sources: list[Source]
    findings: list[Finding]
    started_at: str
    tool_version: str
    timings: dict[str, float] = field(default_factory=dict)
    photos: list[PhotoMeta] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # about the audit as a whole, e.g. a very common name

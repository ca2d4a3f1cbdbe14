"""Core types. Every stage talks to the next through these and nothing else.

collect   -> Source (+ SearchResult / Document / PhotoMeta for what was read)
attribute -> Attribution (is this search result about the person? why?)
detect    -> Detection (one sighting of one exposed detail in one source)
assess    -> Finding (sightings merged, with severity, guidance and remediation)
render    -> report files built from an Audit
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


class Consent(StrEnum):
    SELF = "self"  # the person is checking themselves
    WRITTEN = "written"  # a person who gave written consent
    DEMO = "demo"  # the bundled fictional persona


class SourceKind(StrEnum):
    QUERY = "query"  # a search we sent
    RESULT = "result"  # one search result (title, link, snippet)
    PAGE = "page"  # a web page or local HTML file we read
    PHOTO = "photo"  # one of the person's own photo files
    IMAGE = "image"  # an image found on a page


class SiteKind(StrEnum):
    """What kind of site a web address belongs to (data/platforms.json)."""

    SOCIAL = "social"
    PEOPLE_FINDER = "people_finder"
    REGISTER = "register"
    PRESS = "press"
    IMAGE = "image"  # an image search hit on a site we do not know
    OTHER = "other"


class QueryType(StrEnum):
    TEXT = "text"
    IMAGE = "image"


class Status(StrEnum):
    OK = "ok"
    FAILED = "failed"  # we tried and could not check it
    SKIPPED = "skipped"  # we chose not to try (offline, over a cap)


class RedactAs(StrEnum):
    """How a finding's value is hidden in a report unless the person asks to see it (redact.py)."""

    NONE = "none"
    PARTS = "parts"  # a combination: each part is hidden its own way
    ADDRESS = "address"
    PHONE = "phone"
    EMAIL = "email"
    POSTCODE = "postcode"
    NAME = "name"
    PLACE = "place"  # a school, street or area: the kind of place stays, which one goes
    BIRTHDAY = "birthday"
    COORDS = "coords"
    SERIAL = "serial"
    URL = "url"


@dataclass(frozen=True)
class Subject:
    """The person being audited, as they described themselves."""

    full_name: str
    other_names: tuple[str, ...] = ()
    short_names: tuple[str, ...] = ()  # short forms of the first name people use ("Jen")
    towns: tuple[str, ...] = ()
    employer: str = ""
    employer_aliases: tuple[str, ...] = ()  # other ways they write their employer ("RCT", "the council")
    role: str = ""
    profile_urls: tuple[str, ...] = ()
    photo_paths: tuple[str, ...] = ()
    born: int | None = None  # year of birth, only to rule out namesakes by age

    @property
    def names(self) -> tuple[str, ...]:
        return (self.full_name, *self.other_names)

    @property
    def employers(self) -> tuple[str, ...]:
        return tuple(e for e in (self.employer, *self.employer_aliases) if e)


@dataclass
class Source:
    """Something that was looked at, and whether looking worked."""

    id: str
    kind: SourceKind
    location: str  # the query text, URL or file path
    status: Status = Status.OK
    reason: str = ""  # why it failed or was skipped; for an answered search, what the answer was
    title: str = ""
    platform: str = ""
    site_kind: SiteKind | None = None  # for web addresses
    declared: bool = False  # one of the person's own declared profiles
    parent: str = ""  # id of the source that led here (query -> result -> page -> image)

    def fail(self, reason: str) -> None:
        """We tried and could not check it: never to be read as clean."""
        self.status, self.reason = Status.FAILED, reason

    def skip(self, reason: str) -> None:
        self.status, self.reason = Status.SKIPPED, reason


@dataclass(frozen=True)
class PlannedQuery:
    text: str
    type: QueryType = QueryType.TEXT


@dataclass(frozen=True)
class SearchResult:
    query: str
    type: QueryType
    title: str
    href: str
    body: str = ""
    image: str = ""


@dataclass(frozen=True)
class Attribution:
    """How sure footprint is that a search result is about the person, and why."""

    score: float  # 0-1
    reasons_for: tuple[str, ...] = ()
    reasons_against: tuple[str, ...] = ()
    # A bare second profile with the person's name on a network where they have one: not theirs
    # by the evidence, and exactly what the guidance asks them to check and report.
    possible_clone: bool = False

    @property
    def reasons(self) -> dict[str, list[str]]:
        return {"for": list(self.reasons_for), "against": list(self.reasons_against)}


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
class Document:
    """Readable content of a page or search result, ready for the text detectors."""

    source_id: str
    text: str
    links: tuple[str, ...] = ()
    images: tuple[Image, ...] = ()
    meta: dict[str, str] = field(default_factory=dict)
    cards: tuple[Card, ...] = ()  # people described in structured data (JSON-LD Person, h-card)
    rel_me: tuple[str, ...] = ()  # links the page says are the same person's other profiles
    password_field: bool = False  # the page asks for a password: on a big platform, a login wall
    runs_scripts: bool = False  # the page loads scripts (not just JSON-LD) or asks for them (noscript)
    # (start, end) stretches of `text` outside the page's main content: footer, sidebar, advert,
    # comments. A detail there belongs to whoever is named there, never by default to the person.
    asides: tuple[tuple[int, int], ...] = ()
    # (start, end, author) of each post, comment, review or reply with its author line: "I" and "my"
    # there are the author's, and a detail there is the author's unless the person is named.
    posts: tuple[tuple[int, int, str], ...] = ()
    # (start, level) of each heading (<h1> is 1): a heading ends the sections of the headings of its level or deeper before it.
    headings: tuple[tuple[int, int], ...] = ()


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
    personal_fields: dict[str, str] = field(default_factory=dict)  # artist, copyright, camera owner, comments...
    has_thumbnail: bool = False
    # The embedded JPEG preview itself (small, checked to be a JPEG), so a --reveal report can show
    # the person which of their photos gives a place away. Never written to report.json.
    thumbnail: bytes = b""
    location_source: str = ""  # where the position came from when not the file itself: "its Google Takeout file ..."
    error: str = ""


@dataclass(frozen=True, kw_only=True)
class Detection:
    """One detector's sighting of one detail in one source.

    `value` is normalised (E.164 phone, lower-case email...); `match` is the text as it
    appeared, kept so the redactor can hide it inside `evidence` too. `owner` says whose
    detail it is: True the person's, False someone else's, None not decided (counts as theirs).
    """

    kind: str
    value: str
    evidence: str
    source_id: str
    match: str = ""
    owner: bool | None = None


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
    redact_as: RedactAs = RedactAs.NONE
    parts: tuple[Finding, ...] = ()  # for a combination, the findings it combines


@dataclass
class Audit:
    subject: Subject
    consent: Consent
    sources: list[Source]
    findings: list[Finding]
    started_at: str
    tool_version: str
    timings: dict[str, float] = field(default_factory=dict)
    photos: list[PhotoMeta] = field(default_factory=list)
    attributions: dict[str, Attribution] = field(default_factory=dict)  # search result id -> attribution
    places: dict[str, str] = field(default_factory=dict)  # photo or image source id -> nearest named place
    warnings: list[str] = field(default_factory=list)  # about the audit as a whole, e.g. a very common name

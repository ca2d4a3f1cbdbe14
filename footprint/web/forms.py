"""The start form: what the person typed and uploaded, checked with the same rules as the CLI."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from urllib.parse import urlsplit

from werkzeug.datastructures import FileStorage, ImmutableMultiDict

from footprint.collect.fetch import BlockedAddress, PrivateAddress, check_public_host
from footprint.exif import sniff_format
from footprint.inputs import SubjectInput, build_subject, problems, split_list, web_address
from footprint.model import Subject

MAX_PHOTOS = 20
MAX_PHOTO_BYTES = 15 * 1024 * 1024
FIELDS = ("name", "other_names", "towns", "employer", "role", "profiles", "age")


@dataclass
class StartForm:
    values: dict[str, str]
    consent: bool
    uploads: list[FileStorage]
    errors: list[str] = field(default_factory=list)
    display_names: dict[str, str] = field(default_factory=dict)

    @classmethod
    def read(cls, form: ImmutableMultiDict[str, str], files: ImmutableMultiDict[str, FileStorage]) -> StartForm:
        consent = form.get("consent") == "yes"
        return cls(
            values={key: form.get(key, "").strip() for key in FIELDS} | {"consent": "yes" if consent else ""},
            consent=consent,
            uploads=[f for f in files.getlist("photos") if f and f.filename],
        )

    def answers(self) -> SubjectInput:
        age = self.values["age"]
        return SubjectInput(
            name=self.values["name"],
            other_names=tuple(split_list(self.values["other_names"])),
            towns=tuple(split_list(self.values["towns"])),
            employer=self.values["employer"],
            role=self.values["role"],
            profiles=tuple(line for line in self.values["profiles"].splitlines() if line.strip()),
            age=int(age) if age.isdigit() else None,
        )

    def check(self, *, allow_private: bool) -> bool:
        """Collects every problem at once, so the person fixes them in one go."""
        if not self.consent:
            self.errors.append("Tick the box to confirm you are checking yourself, or a person who gave written consent.")
        if self.values["age"] and not self.values["age"].isdigit():
            self.errors.append("Give your age as a number, or leave it empty.")
        self.errors += [_sentence(str(problem)) for problem in problems(self.answers())]
        if len(self.uploads) > MAX_PHOTOS:
            self.errors.append(f"Choose at most {MAX_PHOTOS} photos.")
        if not allow_private and not self.errors:
            self.errors += [problem for url in self.answers().profiles if (problem := _private_problem(url))]
        return not self.errors

    def subject(self, photo_paths: list[str]) -> Subject:
        """The Subject, once check() has passed and the uploads are saved."""
        return build_subject(replace(self.answers(), photos=tuple(photo_paths)))

    def save_uploads(self, folder: Path) -> tuple[list[str], list[str]]:
        """Each upload saved under a name we choose, after checking by content that it is a photo;
        `display_names` maps each saved path to the person's own file name, made safe to show."""
        saved, errors = [], []
        for number, upload in enumerate(self.uploads, start=1):
            data = upload.stream.read(MAX_PHOTO_BYTES + 1)
            shown = "".join(ch for ch in (upload.filename or "")[:60] if ch.isprintable())
            if len(data) > MAX_PHOTO_BYTES:
                errors.append(f"“{shown}” is larger than {MAX_PHOTO_BYTES // (1024 * 1024)} MB.")
                continue
            image_format = sniff_format(data[:16])
            if not image_format:
                errors.append(f"“{shown}” is not a photo footprint can read (JPEG, PNG, WebP, HEIC, TIFF).")
                continue
            path = folder / f"photo-{number:02d}.{image_format}"
            path.write_bytes(data)
            saved.append(str(path))
            self.display_names[str(path)] = display_name(upload.filename or "", taken=set(self.display_names.values()))
        self.errors += errors
        return saved, errors


def display_name(raw: str, *, taken: set[str]) -> str:
    """The person's own file name, to show in the report: no folders, no control characters,
    at most 80 characters, and told apart from an earlier upload of the same name."""
    name = raw.replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(ch for ch in name if ch.isprintable()).strip()[:80] or "photo"
    shown, number = name, 2
    while shown in taken:
        shown, number = f"{name} ({number})", number + 1
    return shown


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]


def _private_problem(raw: str) -> str:
    url = web_address(raw)
    host = urlsplit(url).hostname or ""
    try:
        check_public_host(host, urlsplit(url).port or 443)
    except PrivateAddress:
        return f"“{raw[:80]}” points to a private or local address; footprint only checks public pages."
    except BlockedAddress:
        return ""  # a name that does not resolve now is reported as 'could not check' in the report
    return ""

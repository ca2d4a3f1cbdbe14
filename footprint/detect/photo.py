"""Photo metadata: location, the owner's name, camera serial numbers."""

from __future__ import annotations

import re

from footprint.datafiles import camera_defaults
from footprint.model import Detection, PhotoMeta, Source, SourceKind, Subject
from footprint.text import fold

OWNER_LABELS = {"artist": "Artist", "copyright": "Copyright", "owner": "Camera owner", "author": "Author",
                "description": "Description", "comment": "Comment", "subject": "Subject"}
# Description and comment fields are usually camera boilerplate; they count only when they name the person.
ALWAYS_PERSONAL = {"artist", "copyright", "owner", "author"}


def find_photo_gps(source: Source, photo: PhotoMeta, subject: Subject) -> list[Detection]:
    if photo.gps is None:
        return []
    kind = "page_image_gps" if source.kind == SourceKind.IMAGE else "photo_gps"
    value = f"{photo.gps.lat:.5f}, {photo.gps.lon:.5f}"
    when = f", taken {photo.taken_at}" if photo.taken_at else ""
    near = f" ({photo.place})" if photo.place else ""
    where = f" (from {photo.location_source})" if photo.location_source else ""
    evidence = f"GPS position of {source.title or source.location}{where}{near}{when}"
    return [Detection(kind=kind, value=value, evidence=evidence, source_id=source.id, match=value)]


def find_photo_owner(source: Source, photo: PhotoMeta, subject: Subject) -> list[Detection]:
    """The person's own name in a photo's owner, artist, copyright or comment fields is their name
    travelling with the file; another name in an owner field is reported, lower, as such; what
    cameras write by themselves ("OLYMPUS DIGITAL CAMERA", "(C) by Caplio User") is no name at all."""
    name_words = {w for name in subject.names for w in re.split(r"[\s,.()]+", fold(name)) if len(w) > 1}
    found = []
    for field, text in photo.personal_fields.items():
        evidence = f"{OWNER_LABELS[field]} field of {source.title or source.location}"
        words = set(re.split(r"[\s,.()]+", fold(text)))
        if name_words & words:
            found.append(Detection(kind="photo_owner", value=text, evidence=evidence, source_id=source.id, owner=True))
        elif field in ALWAYS_PERSONAL and not camera_defaults().fullmatch(" ".join(text.split())):
            found.append(Detection(kind="photo_name_field", value=text, evidence=evidence, source_id=source.id))
    return found


def find_photo_serial(source: Source, photo: PhotoMeta, subject: Subject) -> list[Detection]:
    serial = photo.device.get("serial", "")
    if not serial:
        return []
    return [Detection(kind="photo_serial", value=serial, evidence=f"camera serial number in {source.title or source.location}", source_id=source.id, match=serial)]

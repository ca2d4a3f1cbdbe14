"""Photo metadata: location, the owner's name, camera serial numbers."""

from __future__ import annotations

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
    name_words = {w for name in subject.names for w in fold(name).split() if len(w) > 1}
    found = []
    for field, text in photo.personal_fields.items():
        names_person = bool(name_words & set(fold(text).replace(",", " ").split()))
        if field in ALWAYS_PERSONAL or names_person:
            found.append(Detection(kind="photo_owner", value=text, evidence=f"{OWNER_LABELS[field]} field of {source.title or source.location}", source_id=source.id))
    return found


def find_photo_serial(source: Source, photo: PhotoMeta, subject: Subject) -> list[Detection]:
    serial = photo.device.get("serial", "")
    if not serial:
        return []
    return [Detection(kind="photo_serial", value=serial, evidence=f"camera serial number in {source.title or source.location}", source_id=source.id, match=serial)]

"""Patterns across a set of photos: a place that keeps coming back says where you live, or
where a child goes to school.

The heuristic (tested in tests/test_photo_patterns.py; README "Photos"):
- Photos with a GPS position and a time are grouped when they lie within CLUSTER_RADIUS_M
  (150 m) of a group's first photo.
- A group of at least MIN_PHOTOS (3) is "likely home or a regular place" when at least
  two thirds of its photos were taken on evenings (18:00-07:59) or at weekends.
- It is "likely a child's school or nursery" when at least two thirds were taken on school
  days (Monday to Friday) at drop-off (08:00-09:29) or pick-up (14:30-16:29) time.
- A group can be neither; the times are the camera's own clock (local time).
- A photo on a public page whose position lies within CLUSTER_RADIUS_M of a "likely home"
  group of the person's own photos was taken where they live, and anyone can download it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from footprint.model import Detection, PhotoMeta, Source
from footprint.places import distance_km

CLUSTER_RADIUS_M = 150
MIN_PHOTOS = 3
SHARE = 2 / 3


@dataclass
class Cluster:
    lat: float
    lon: float
    members: list[tuple[Source, PhotoMeta, datetime]]


def _local_time(photo: PhotoMeta) -> datetime | None:
    try:
        return datetime.fromisoformat(photo.taken_at[:19]) if photo.taken_at else None
    except ValueError:
        return None


def is_home_time(moment: datetime) -> bool:
    return moment.weekday() >= 5 or moment.hour >= 18 or moment.hour < 8


def is_school_run(moment: datetime) -> bool:
    minutes = moment.hour * 60 + moment.minute
    return moment.weekday() < 5 and (8 * 60 <= minutes < 9 * 60 + 30 or 14 * 60 + 30 <= minutes < 16 * 60 + 30)


def clusters(photos: list[tuple[Source, PhotoMeta]]) -> list[Cluster]:
    found: list[Cluster] = []
    for source, photo in photos:
        moment = _local_time(photo)
        if photo.gps is None or moment is None:
            continue
        for cluster in found:
            if distance_km(cluster.lat, cluster.lon, photo.gps.lat, photo.gps.lon) * 1000 <= CLUSTER_RADIUS_M:
                cluster.members.append((source, photo, moment))
                break
        else:
            found.append(Cluster(photo.gps.lat, photo.gps.lon, [(source, photo, moment)]))
    return [c for c in found if len(c.members) >= MIN_PHOTOS]


def find_regular_places(photos: list[tuple[Source, PhotoMeta]]) -> list[Detection]:
    found = []
    for cluster in clusters(photos):
        count = len(cluster.members)
        home = sum(is_home_time(moment) for _, _, moment in cluster.members)
        school = sum(is_school_run(moment) for _, _, moment in cluster.members)
        kind = "likely_home" if home >= SHARE * count else "likely_school" if school >= SHARE * count else ""
        if not kind:
            continue
        place = cluster.members[0][1].place or "the same spot"
        when = "on evenings or weekends" if kind == "likely_home" else "at school drop-off or pick-up time"
        value = f"{count} photos within {CLUSTER_RADIUS_M} m of each other near {place}, taken {when}"
        for source, _, _ in cluster.members:
            found.append(Detection(kind=kind, value=value, evidence=f"photo {source.title or source.location}", source_id=source.id))
    return found


def find_home_in_public_photos(own: list[tuple[Source, PhotoMeta]], public: list[tuple[Source, PhotoMeta]]) -> list[Detection]:
    """Photos on public pages taken where the person's own photos say they live."""
    homes = [cluster for cluster in clusters(own)
             if sum(is_home_time(moment) for _, _, moment in cluster.members) >= SHARE * len(cluster.members)]
    found = []
    for source, photo in public:
        if photo.gps is None:
            continue
        for home in homes:
            metres = distance_km(home.lat, home.lon, photo.gps.lat, photo.gps.lon) * 1000
            if metres <= CLUSTER_RADIUS_M:
                page = source.parent or source.location
                value = f"a photo on a public page, taken {metres:.0f} m from where your own photos point to home"
                found.append(Detection(kind="home_public_photo", value=value, evidence=f"image {source.location} on {page}",
                                       source_id=source.id))
                break
    return found

"""A place that keeps coming back across photos: home, or a child's school."""

from __future__ import annotations

from datetime import datetime

from footprint.detect.photo_patterns import clusters, find_regular_places, is_home_time, is_school_run
from footprint.model import GPS, PhotoMeta, Source, SourceKind

HOME = (51.60500, -3.34000)
SCHOOL = (51.61200, -3.33000)


def photo(n: int, lat: float, lon: float, when: str) -> tuple[Source, PhotoMeta]:
    return (Source(id=f"P{n}", kind=SourceKind.PHOTO, location=f"/p/{n}.jpg", title=f"{n}.jpg"),
            PhotoMeta(path=f"/p/{n}.jpg", gps=GPS(lat, lon), taken_at=when, place="Pontypridd, Rhondda Cynon Taf, Wales"))


def metres_north(lat: float, metres: float) -> float:
    return lat + metres / 111_320


def test_time_windows():
    assert is_home_time(datetime(2026, 5, 16, 11, 0))  # Saturday
    assert is_home_time(datetime(2026, 5, 13, 19, 30)) and is_home_time(datetime(2026, 5, 13, 6, 45))
    assert not is_home_time(datetime(2026, 5, 13, 12, 0))
    assert is_school_run(datetime(2026, 5, 13, 8, 40)) and is_school_run(datetime(2026, 5, 13, 15, 20))
    assert not is_school_run(datetime(2026, 5, 16, 8, 40))  # Saturday
    assert not is_school_run(datetime(2026, 5, 13, 12, 0))


def test_evenings_and_weekends_in_one_spot_mean_home():
    photos = [photo(1, *HOME, "2026-05-13T19:05:00"), photo(2, metres_north(HOME[0], 60), HOME[1], "2026-05-16T10:00:00"),
              photo(3, metres_north(HOME[0], 120), HOME[1], "2026-05-20T21:40:00+01:00"),
              photo(4, *SCHOOL, "2026-05-13T12:00:00")]
    found = find_regular_places(photos)
    assert {d.kind for d in found} == {"likely_home"}
    assert sorted(d.source_id for d in found) == ["P1", "P2", "P3"]
    assert found[0].value.startswith("3 photos within 150 m") and "Pontypridd" in found[0].value


def test_school_run_times_in_one_spot_mean_a_school():
    photos = [photo(n, metres_north(SCHOOL[0], 20 * n), SCHOOL[1], f"2026-05-{10 + n:02d}T08:45:00") for n in (1, 2, 3, 4)]
    photos.append(photo(5, *SCHOOL, "2026-05-15T15:10:00"))
    found = find_regular_places(photos)
    assert {d.kind for d in found} == {"likely_school"} and len(found) == 5


def test_no_pattern_from_too_few_spread_or_mixed_photos():
    assert find_regular_places([photo(1, *HOME, "2026-05-13T19:05:00"), photo(2, *HOME, "2026-05-14T19:05:00")]) == []
    spread = [photo(n, metres_north(HOME[0], 400 * n), HOME[1], "2026-05-16T10:00:00") for n in range(4)]
    assert clusters(spread) == []
    mixed = [photo(1, *HOME, "2026-05-13T12:00:00"), photo(2, *HOME, "2026-05-14T13:00:00"), photo(3, *HOME, "2026-05-16T10:00:00")]
    assert find_regular_places(mixed) == []
    no_time = [(s, PhotoMeta(path=m.path, gps=m.gps)) for s, m in (photo(n, *HOME, "") for n in range(4))]
    assert find_regular_places(no_time) == []


def test_a_public_photo_taken_at_home_is_its_own_finding_and_one_elsewhere_is_not():
    from footprint.detect import detect_photo_set

    own = [photo(1, *HOME, "2026-05-13T19:05:00"), photo(2, metres_north(HOME[0], 40), HOME[1], "2026-05-16T10:00:00"),
           photo(3, metres_north(HOME[0], 80), HOME[1], "2026-05-20T21:40:00")]

    def page_image(n: int, lat: float, lon: float) -> tuple[Source, PhotoMeta]:
        return (Source(id=f"I{n}", kind=SourceKind.IMAGE, location=f"https://club.example/img/{n}.jpg", parent="S1"),
                PhotoMeta(path="", gps=GPS(lat, lon)))

    public = [page_image(1, metres_north(HOME[0], 100), HOME[1]), page_image(2, *SCHOOL), page_image(3, metres_north(HOME[0], 400), HOME[1])]
    found = [d for d in detect_photo_set(own, public) if d.kind == "home_public_photo"]
    assert [d.source_id for d in found] == ["I1"]
    assert "club.example/img/1.jpg" in found[0].evidence and "m from where your own photos point to home" in found[0].value
    assert not [d for d in detect_photo_set(own[:2], public) if d.kind == "home_public_photo"]  # two photos are no pattern

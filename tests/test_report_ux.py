"""A report people act on: one card per fact, which page each action is for, which finding tells
the manager, guidance and sources that fit, pictures drawn offline, and nothing that reads stale."""

from __future__ import annotations

import json
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup

from footprint.assess import assess
from footprint.datafiles import finding_kinds, guidance, platform_steps, remediation_steps
from footprint.detect.photo import find_photo_owner
from footprint.model import GPS, Audit, Consent, Detection, PhotoMeta, Source, SourceKind, Subject
from footprint.render import build_context, to_html


def photo_audit(*, reveal: bool = False) -> dict:
    sources = [Source(id=f"P{n}", kind=SourceKind.PHOTO, location=f"/home/jane/{name}", title=name)
               for n, name in enumerate(["park1.jpg", "park2.jpg", "school.jpg", "notes.txt", "todo.txt"], start=1)]
    sources[3].fail("not an image this tool can read (JPEG, TIFF and TIFF-based raw, PNG, WebP, HEIC/HEIF, AVIF or JPEG XL)")
    sources[4].fail(sources[3].reason)
    sources.append(Source(id="S9", kind=SourceKind.PAGE, location="https://blog.example.org/about", title="Jane's blog"))
    positions = {"P1": (51.60070, -3.33790), "P2": (51.60075, -3.33795), "P3": (51.62000, -3.30000)}
    detections = [Detection(kind="photo_gps", value=f"{lat:.5f}, {lon:.5f}", evidence=f"GPS position of {sid}", source_id=sid,
                            match=f"{lat:.5f}, {lon:.5f}") for sid, (lat, lon) in positions.items()]
    detections += [Detection(kind="photo_owner", value="Jane Example", evidence="Artist field of park1.jpg", source_id="P1", owner=True),
                   Detection(kind="phone", value="+447700900123", evidence="Mobile 07700 900123", source_id="S9", match="07700 900123"),
                   Detection(kind="possible_clone", value="https://facebook.com/jane.example.2", evidence="search result", source_id="S9")]
    photos = [PhotoMeta(path=f"/home/jane/{s.title}", gps=GPS(*positions[s.id]) if s.id in positions else None,
                        place="Pontypridd, Rhondda Cynon Taf, Wales" if s.id in ("P1", "P2") else "Treforest")
              for s in sources if s.kind == SourceKind.PHOTO]
    audit = Audit(subject=Subject(full_name="Jane Example"), consent=Consent.SELF, sources=sources,
                  findings=assess(detections, platforms={"S9": "Facebook"}), started_at="2026-11-24T08:00:00+00:00",
                  tool_version="0.1.0", photos=photos,
                  places={"P1": "Pontypridd, Rhondda Cynon Taf, Wales", "P2": "Pontypridd, Rhondda Cynon Taf, Wales", "P3": "Treforest"})
    return build_context(audit, reveal=reveal)


def test_one_card_per_photo_kind_grouped_by_place_and_every_finding_kept():
    context = photo_audit()
    location = next(c for c in context["categories"] if c["id"] == "location")
    [gps_card] = [card for card in location["cards"] if card["kind"] == "photo_gps"]
    assert gps_card["value"] == "3 files"
    assert {g["label"]: g["names"] for g in gps_card["groups"]} == {
        "Pontypridd, Rhondda Cynon Taf, Wales": ["park1.jpg", "park2.jpg"], "Treforest": ["school.jpg"]}
    assert sum(f["kind"] == "photo_gps" for f in context["findings"]) == 3  # the JSON keeps each one


def test_non_images_are_listed_once_as_a_count():
    rows = photo_audit()["could_not_check"]
    assert len(rows) == 1 and rows[0]["location"] == "2 files" and "such as notes.txt" in rows[0]["reason"]


def test_actions_and_the_manager_say_which_finding_and_where():
    context = photo_audit()
    first = context["summary"]["top_actions"][0]
    assert first["because"] and first["where"]
    phone_action = next(a for a in context["summary"]["top_actions"] if a["because"] == "Phone number")
    assert phone_action["where"] == "Jane's blog" and "900123" not in phone_action["value"]
    [clone] = context["tell_your_manager"]
    assert clone["id"] == "notify-clone" and clone["because"][0]["title"].startswith("Possible copy of your profile")
    html = to_html(context)
    assert "possible copy of your profile" in html


def test_the_photo_map_is_drawn_inline_and_rounded_unless_revealed():
    context = photo_audit()
    drawn = context["photo_map"]
    assert len(drawn["groups"]) == 2 and drawn["scale"]["label"]
    assert {g["count"] for g in drawn["groups"]} == {1, 2}
    soup = BeautifulSoup(to_html(context), "lxml")
    svg = soup.find("svg")
    assert svg is not None and "near Pontypridd" in svg.get_text()
    assert not soup.find_all(["img", "image"]) and "51.6007" not in str(svg)
    bars = soup.select("ul.bars li")
    assert [b.find("a").get_text() for b in bars][0] == "Where you live and go"


def test_each_kind_cites_guidance_that_fits_and_platform_steps_cite_their_platform():
    kinds = finding_kinds()
    assert "photo-recognition" not in kinds["partner"].guidance  # a partner named on a page is not a photo
    assert "photo-recognition" not in kinds["checkin"].guidance
    steps = remediation_steps()
    domains = {"Facebook": "facebook.com", "Instagram": "instagram.com", "X": "x.com", "LinkedIn": "linkedin.com",
               "TikTok": "tiktok.com", "Snapchat": "snapchat.com", "Strava": "strava.com", "WhatsApp": "whatsapp.com"}
    for platform, step_id in platform_steps().items():
        for _, url in steps[step_id].sources:
            assert urlsplit(url).hostname.endswith(domains[platform]), (platform, url)
    for step in steps.values():
        assert not any("later version" in line for line in step.steps), step.id
    _, points, _ = guidance()
    for kind in kinds.values():
        assert set(kind.guidance) <= set(points), kind.kind


def test_a_name_in_a_photo_is_yours_only_when_it_is_your_name():
    source = Source(id="P1", kind=SourceKind.PHOTO, location="a.jpg", title="a.jpg")
    subject = Subject(full_name="Jane Example")

    def found(**fields):
        return [(d.kind, d.value) for d in find_photo_owner(source, PhotoMeta(path="a.jpg", personal_fields=fields), subject)]

    assert found(artist="Jane Example") == [("photo_owner", "Jane Example")]
    assert found(copyright="(c) J. Example 2024") == [("photo_owner", "(c) J. Example 2024")]
    assert found(artist="DUANE A. LAVERTY") == [("photo_name_field", "DUANE A. LAVERTY")]
    assert found(copyright="(C) by Caplio Pro G3 User", description="OLYMPUS DIGITAL CAMERA", artist="   ") == []
    assert finding_kinds()["photo_name_field"].severity.rank < finding_kinds()["photo_owner"].severity.rank


def test_checklist_boxes_are_real_checkboxes_that_print():
    soup = BeautifulSoup(to_html(photo_audit()), "lxml")
    boxes = soup.select("ul.checklist input[type=checkbox]")
    assert len(boxes) >= 4 and all(box.find_parent("label") for box in boxes)


def test_the_redaction_notice_names_what_is_hidden():
    html = to_html(photo_audit())
    assert "street and school names" in html and "your surname" in html


def test_us_numbers_are_read_as_written(tmp_path, run_cli):
    page = tmp_path / "a.html"
    page.write_text("<p>Call our US office on 800-769-5668 or me on 07700 900123.</p>")
    other = tmp_path / "b.html"
    other.write_text("<p>Nothing to see.</p>")
    result = run_cli("inspect", str(page), str(other), "--json")
    values = {f["value"] for f in json.loads(result.out)["findings"]}
    assert values == {"+18007695668", "+447700900123"}
    text = run_cli("inspect", str(page), str(other)).out
    assert text.index(str(page)) < text.index("+447700900123") < text.index(str(other))
    assert f"{other}: nothing found" in text


@pytest.mark.parametrize("reveal", [False, True])
def test_sections_render_in_both_modes(reveal):
    html = to_html(photo_audit(reveal=reveal))
    assert "Do these first" in html and "Tell your manager" in html


def test_previews_of_located_photos_are_shown_inline_only_when_revealed(tmp_path):
    Image = pytest.importorskip("PIL.Image", reason="Pillow (test extra) writes the photo")
    piexif = pytest.importorskip("piexif", reason="piexif (test extra) writes the photo's metadata")
    import io

    from footprint.exif.reader import read_photo_bytes
    from footprint.render import to_json

    preview = io.BytesIO()
    Image.new("RGB", (96, 72), (200, 60, 60)).save(preview, "JPEG")
    exif = piexif.dump({"0th": {}, "Exif": {}, "GPS": {}, "1st": {piexif.ImageIFD.JPEGInterchangeFormat: 0}, "thumbnail": preview.getvalue()})
    photo = io.BytesIO()
    Image.new("RGB", (640, 480), (40, 120, 200)).save(photo, "JPEG", exif=exif)
    meta = read_photo_bytes(photo.getvalue(), name="park1.jpg")
    assert meta.has_thumbnail and Image.open(io.BytesIO(meta.thumbnail)).size == (96, 72)  # the preview, not the photo

    source = Source(id="P1", kind=SourceKind.PHOTO, location="/home/jane/park1.jpg", title="park1.jpg")
    detection = Detection(kind="photo_gps", value="51.60070, -3.33790", evidence="GPS position", source_id="P1", match="51.60070, -3.33790")
    audit = Audit(subject=Subject(full_name="Jane Example"), consent=Consent.SELF, sources=[source], findings=assess([detection]),
                  started_at="2026-11-24T08:00:00+00:00", tool_version="0.1.0",
                  photos=[PhotoMeta(path=source.location, gps=GPS(51.6007, -3.3379), thumbnail=meta.thumbnail, has_thumbnail=True)],
                  places={"P1": "Pontypridd"})
    revealed = build_context(audit, reveal=True)
    shown = to_html(revealed)
    hidden = to_html(build_context(audit, reveal=False))
    [img] = BeautifulSoup(shown, "lxml").select(".previews img")
    assert img["src"].startswith("data:image/jpeg;base64,") and img["alt"] == "preview of park1.jpg"
    assert "data:image/jpeg" not in hidden
    assert "base64" not in to_json(revealed)  # report.json never carries the picture

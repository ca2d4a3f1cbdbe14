"""Writes the demo persona's photos with real EXIF. Run by hand when the persona changes:

    python -m pip install pillow piexif && python tools/make_demo_photos.py

The output is committed under footprint/data/demo/photos/, so installing footprint needs
neither library. Every person, place and camera here is invented; the GPS positions are
public places in Pontypridd (a park and the old bridge), never a home.
"""

from __future__ import annotations

import io
from fractions import Fraction
from pathlib import Path

import piexif
from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent.parent / "footprint" / "data" / "demo" / "photos"


def rational_degrees(value: float) -> tuple[tuple[int, int], ...]:
    value = abs(value)
    degrees = int(value)
    minutes = int((value - degrees) * 60)
    seconds = Fraction((value - degrees - minutes / 60) * 3600).limit_denominator(10000)
    return ((degrees, 1), (minutes, 1), (seconds.numerator, seconds.denominator))


def gps_block(lat: float, lon: float, altitude: int) -> dict:
    return {
        piexif.GPSIFD.GPSLatitudeRef: b"N" if lat >= 0 else b"S",
        piexif.GPSIFD.GPSLatitude: rational_degrees(lat),
        piexif.GPSIFD.GPSLongitudeRef: b"E" if lon >= 0 else b"W",
        piexif.GPSIFD.GPSLongitude: rational_degrees(lon),
        piexif.GPSIFD.GPSAltitudeRef: 0,
        piexif.GPSIFD.GPSAltitude: (altitude, 1),
    }


def picture(colours: tuple[tuple[int, int, int], tuple[int, int, int]], label: str) -> Image.Image:
    image = Image.new("RGB", (160, 120), colours[0])
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 80, 160, 120), fill=colours[1])
    draw.text((6, 6), label, fill=(255, 255, 255))
    return image


def save(name: str, image: Image.Image, exif: dict | None) -> None:
    buffer = io.BytesIO()
    if exif:
        if "GPS" in exif:  # phones embed a small preview; a --reveal report shows it beside the place
            preview = io.BytesIO()
            image.resize((80, 60)).save(preview, "jpeg", quality=70)
            exif = {**exif, "1st": {piexif.ImageIFD.JPEGInterchangeFormat: 0}, "thumbnail": preview.getvalue()}
        image.save(buffer, "jpeg", quality=80, exif=piexif.dump(exif))
    else:
        image.save(buffer, "jpeg", quality=80)
    (OUT / name).write_bytes(buffer.getvalue())


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    camera = {piexif.ImageIFD.Make: b"Fictiphone", piexif.ImageIFD.Model: b"F12 Demo"}
    save("park-run.jpg", picture(((90, 150, 220), (60, 140, 60)), "park run"), {
        "0th": dict(camera),
        "Exif": {piexif.ExifIFD.DateTimeOriginal: b"2026:05:16 08:10:00", piexif.ExifIFD.OffsetTimeOriginal: b"+01:00"},
        "GPS": gps_block(51.60070, -3.33790, 62),  # Ynysangharad War Memorial Park
    })
    save("garden-party.jpg", picture(((240, 200, 120), (80, 160, 80)), "garden"), {
        "0th": {**camera, piexif.ImageIFD.Artist: b"Catrin Hywel-Prosser", piexif.ImageIFD.Copyright: b"(c) Catrin Hywel-Prosser"},
        "Exif": {piexif.ExifIFD.DateTimeOriginal: b"2026:06:20 18:45:00", piexif.ExifIFD.CameraOwnerName: b"Catrin H-P",
                 piexif.ExifIFD.BodySerialNumber: b"FX0042917"},
    })
    # Two more from the park on other evenings and weekends: three photos in one spot make a pattern.
    save("park-evening.jpg", picture(((250, 150, 90), (60, 140, 60)), "evening"), {
        "0th": dict(camera),
        "Exif": {piexif.ExifIFD.DateTimeOriginal: b"2026:06:03 19:40:00", piexif.ExifIFD.OffsetTimeOriginal: b"+01:00"},
        "GPS": gps_block(51.60110, -3.33760, 61),
    })
    save("park-sunday.jpg", picture(((140, 190, 240), (60, 140, 60)), "sunday"), {
        "0th": dict(camera),
        "Exif": {piexif.ExifIFD.DateTimeOriginal: b"2026:07:12 10:15:00", piexif.ExifIFD.OffsetTimeOriginal: b"+01:00"},
        "GPS": gps_block(51.60040, -3.33830, 62),
    })
    save("beach-clean.jpg", picture(((120, 190, 230), (230, 210, 160)), "beach"), None)
    save("../media/run-share.jpg", picture(((200, 120, 80), (90, 90, 90)), "old bridge"), {
        "0th": dict(camera),
        "Exif": {piexif.ExifIFD.DateTimeOriginal: b"2026:09:05 07:55:00"},
        "GPS": gps_block(51.60170, -3.34230, 55),  # the Old Bridge, Pontypridd
    })


if __name__ == "__main__":
    main()

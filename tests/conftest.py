from __future__ import annotations

import io
import sys
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip the test: the project must pass with only the repo."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"../shared/{'/'.join(parts)} is not present on this machine")
    return path


@pytest.fixture(autouse=True)
def private_cache(tmp_path, monkeypatch):
    """No test reads or fills the real user cache."""
    monkeypatch.setenv("FOOTPRINT_CACHE_DIR", str(tmp_path / "cache"))


def _rational(value: float) -> tuple[tuple[int, int], ...]:
    value = abs(value)
    degrees = int(value)
    minutes = int((value - degrees) * 60)
    seconds = Fraction((value - degrees - minutes / 60) * 3600).limit_denominator(10000)
    return ((degrees, 1), (minutes, 1), (seconds.numerator, seconds.denominator))


def make_jpeg(*, lat: float | None = None, lon: float | None = None, gps_raw: dict | None = None,
              zeroth: dict | None = None, exif: dict | None = None, size=(24, 16), thumbnail: bool = False) -> bytes:
    """A real JPEG with the EXIF asked for, written by piexif (test extra)."""
    import piexif
    from PIL import Image

    block: dict = {"0th": dict(zeroth or {}), "Exif": dict(exif or {}), "GPS": {}}
    if lat is not None and lon is not None:
        block["GPS"] = {
            piexif.GPSIFD.GPSLatitudeRef: b"N" if lat >= 0 else b"S",
            piexif.GPSIFD.GPSLatitude: _rational(lat),
            piexif.GPSIFD.GPSLongitudeRef: b"E" if lon >= 0 else b"W",
            piexif.GPSIFD.GPSLongitude: _rational(lon),
        }
    if gps_raw:
        block["GPS"].update(gps_raw)
    if thumbnail:
        thumb = io.BytesIO()
        Image.new("RGB", (8, 8), (200, 0, 0)).save(thumb, "jpeg")
        block["1st"] = {piexif.ImageIFD.XResolution: (72, 1)}
        block["thumbnail"] = thumb.getvalue()
    buffer = io.BytesIO()
    image = Image.new("RGB", size, (30, 90, 160))
    if any(block[k] for k in ("0th", "Exif", "GPS")) or thumbnail:
        image.save(buffer, "jpeg", exif=piexif.dump(block))
    else:
        image.save(buffer, "jpeg")
    return buffer.getvalue()


@dataclass
class CliResult:
    exit_code: int
    out: str
    err: str


@pytest.fixture
def run_cli(capsys, monkeypatch):
    """Runs the real entry point in-process, as the console script would."""
    from footprint.cli import main

    def run(*args: str) -> CliResult:
        monkeypatch.setattr(sys, "argv", ["footprint", *args])
        with pytest.raises(SystemExit) as done:
            main()
        captured = capsys.readouterr()
        code = done.value.code
        return CliResult(exit_code=int(code or 0), out=captured.out, err=captured.err)

    return run


class FakeDDGSClient:
    """The context-manager shell of ddgs.DDGS; tests subclass it with text() and images()."""

    def __init__(self, timeout=None):
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

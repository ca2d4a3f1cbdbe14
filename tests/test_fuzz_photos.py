"""Random bytes behind real image headers: the reader never raises and never hangs."""

from __future__ import annotations

import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from footprint.exif import read_photo_bytes
from footprint.scrub import ScrubError, scrub_bytes

HEADERS = [b"\xff\xd8\xff\xe1", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", b"II*\x00\x08\x00\x00\x00", b"MM\x00*\x00\x00\x00\x08",
           b"\x89PNG\r\n\x1a\n", b"RIFF\x00\x00\x00\x00WEBPVP8X", b"\x00\x00\x00\x18ftypheic"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(header=st.sampled_from(HEADERS), tail=st.binary(max_size=4096))
def test_reader_survives_random_bytes(header, tail):
    started = time.monotonic()
    meta = read_photo_bytes(header + tail, name="fuzz", seconds=2)
    assert time.monotonic() - started < 3
    assert isinstance(meta.error, str) and "\n" not in meta.error


@settings(max_examples=200, deadline=None)
@given(header=st.sampled_from(HEADERS[:2] + HEADERS[4:6]), tail=st.binary(max_size=2048))
def test_scrubber_refuses_or_cleans_random_bytes(header, tail):
    try:
        clean = scrub_bytes(header + tail)
    except ScrubError as error:
        assert str(error) and "\n" not in str(error)
    else:
        left = read_photo_bytes(clean, name="clean copy")
        assert not (left.gps or left.personal_fields or left.has_thumbnail)

"""Whose detail is it: the page owner's, or someone else's on the same page?"""

from __future__ import annotations

import pytest

from footprint.detect import detect_document
from footprint.detect.owner import belongs_to_subject
from footprint.model import Document, Subject

JANE = Subject(full_name="Jane Example")


def owner_of(text: str, marker: str = "07700") -> bool | None:
    return belongs_to_subject(text, text.index(marker), JANE)


@pytest.mark.parametrize(("text", "expected"), [
    ("Mobile\n07700 900123", None),
    ("Text me on 07700 900123", True),
    ("Contact Jane directly on 07700 900123", True),
    ("Speak to our treasurer, Mark Jones, on 07700 900123.", False),
    ("Contact our membership secretary, Ann Bowen, on 07700 900123.", False),
    ("Email our newsdesk or call us on 07700 900123.", False),
    ("By Rhys Garland, Community Reporter 07700 900123", False),
    ("Jo Vaughan\nHang in there! Text me on 07700 900123", False),  # "me" is the other author
    ("Jane Example\nAnyone else? Text me on 07700 900123", True),
    ("Site built by Pixel Web, 07700 900123", False),
])
def test_belongs_to_subject(text, expected):
    assert owner_of(text) is expected


def test_other_peoples_details_are_marked_and_not_counted():
    text = ("Jane Example\nMobile 07700 900111\nFor money matters speak to our treasurer, Mark Jeffreys, on 07700 900276 "
            "or email treasurer@club.example.\nMy son Tomos (7) loves it.\nJo Vaughan\nMy son Harri (9) too!")
    found = {(d.kind, d.value): d.owner for d in detect_document(Document(source_id="S1", text=text), JANE)}
    assert found[("phone", "+447700900111")] is not False
    assert found[("phone", "+447700900276")] is False
    assert found[("email", "treasurer@club.example")] is False
    assert found[("child", "Tomos")] is not False
    assert found[("child", "Harri")] is False


def test_without_a_name_nothing_is_decided():
    assert belongs_to_subject("our treasurer 07700 900123", 14, Subject(full_name="")) is None

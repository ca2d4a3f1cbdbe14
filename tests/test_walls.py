"""What a logged-out stranger is shown by the big platforms: a login page, an empty shell, a cookie
page or a refusal is 'could not check', never clean, and what it does show is still read."""

from __future__ import annotations

import pytest

from footprint.collect.fetch import FetchResult
from footprint.collect.pages import collect_pages
from footprint.detect import detect_document
from footprint.model import Source, SourceKind, Status, Subject
from footprint.sites import classify_url

LOGIN = b"""<html><head><title>Log into Facebook</title>
<meta property="og:title" content="Jane Example">
<meta property="og:description" content="Jane Example is on Facebook. Mobile 07700 900456.">
</head><body><form><input name="email"><input type="password" name="pass"><button>Log in</button></form>
<p>Forgotten password? Create new account.</p></body></html>"""
PROFILE = b"<html><head><title>Jane Example | Strava</title></head><body>" + b"<p>Ran 10k in Pontypridd this morning with the club.</p>" * 20 + b"</body></html>"
SHELL = b"<html><head><title>TikTok</title><script src='/app.js'></script></head><body><div id='root'></div><noscript>Enable JavaScript</noscript></body></html>"
CONSENT = b"<html><head><title>Instagram</title></head><body><h1>Allow the use of cookies from Instagram?</h1><button>Allow all cookies</button></body></html>"


class Recorded:
    def __init__(self, answers: dict[str, FetchResult]) -> None:
        self.answers = answers

    def fetch(self, url: str, *, max_bytes: int = 0) -> FetchResult:
        return self.answers[url]


def page(url: str) -> Source:
    platform, site_kind = classify_url(url)
    return Source(id="S1", kind=SourceKind.PAGE, location=url, platform=platform, site_kind=site_kind, declared=True)


def ok(url: str, body: bytes, final: str = "") -> FetchResult:
    return FetchResult(url=url, final_url=final or url, status_code=200, content_type="text/html", body=body)


@pytest.mark.parametrize(("url", "answer", "reason"), [
    ("https://www.facebook.com/jane.example", ok("https://www.facebook.com/jane.example", LOGIN), "login page"),
    ("https://www.linkedin.com/in/jane", ok("https://www.linkedin.com/in/jane", b"<p>Join LinkedIn</p>" * 40,
                                            "https://www.linkedin.com/authwall?trk=x"), "login page"),
    ("https://www.tiktok.com/@jane", ok("https://www.tiktok.com/@jane", SHELL), "needs scripts"),
    ("https://www.instagram.com/jane", ok("https://www.instagram.com/jane", CONSENT), "cookie page"),
    ("https://www.linkedin.com/in/jane", FetchResult(url="https://www.linkedin.com/in/jane", status_code=999,
                                                     error="the server answered 999"), "refuses to show this page to strangers"),
    ("https://x.com/jane", FetchResult(url="https://x.com/jane", status_code=429, error="the server answered 429"), "(it answered 429)"),
])
def test_walls_are_could_not_check(url, answer, reason):
    [read] = collect_pages([page(url)], Recorded({url: answer}), read_images=False)
    assert read.source.status == Status.FAILED and reason in read.source.reason
    assert read.source.reason.startswith("could not check")


def test_what_a_wall_shows_strangers_is_still_read():
    url = "https://www.facebook.com/jane.example"
    [read] = collect_pages([page(url)], Recorded({url: ok(url, LOGIN)}), read_images=False)
    assert read.document is not None and "Forgotten password" not in read.document.text
    found = {(d.kind, d.value) for d in detect_document(read.document, Subject(full_name="Jane Example"))}
    assert ("phone", "+447700900456") in found


def test_a_real_profile_page_on_the_same_platforms_is_read():
    url = "https://www.strava.com/athletes/123"
    [read] = collect_pages([page(url)], Recorded({url: ok(url, PROFILE)}), read_images=False)
    assert read.source.status == Status.OK and "Pontypridd" in read.document.text
    other = "https://jane.example/login"  # a login path on a site that is not a walled platform
    [plain] = collect_pages([page(other)], Recorded({other: ok(other, PROFILE)}), read_images=False)
    assert plain.source.status == Status.OK


def test_new_sites_are_classified():
    for url, expected in [("https://thephonebook.bt.com/person/x", ("BT Phone Book", "people_finder")),
                          ("https://www.118118.com/people/x", ("118 118", "people_finder")),
                          ("https://opencorporates.com/officers/1", ("OpenCorporates", "register")),
                          ("https://bsky.app/profile/jane", ("Bluesky", "social")),
                          ("https://www.threads.com/@jane", ("Threads", "social")),
                          ("https://www.parkrun.org.uk/ponty/parkrunner/1", ("parkrun", "social")),
                          ("https://www.justgiving.com/page/jane", ("JustGiving", "social")),
                          ("https://nextdoor.co.uk/p/1", ("Nextdoor", "social"))]:
        assert classify_url(url) == expected, url

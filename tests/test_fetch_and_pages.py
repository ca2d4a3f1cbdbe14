"""The page stage against a local HTTP server: never the internet."""

from __future__ import annotations

import gzip
import socket
import time

import pytest
from conftest import make_jpeg, shared_path
from werkzeug import Response

from footprint.cache import DiskCache
from footprint.collect.fetch import BlockedAddress, HttpFetcher, OfflineFetcher, check_public_host
from footprint.collect.pages import collect_pages, looks_like_html, parse_html, read_local_page
from footprint.model import Source, SourceKind, Status

PAGE = b"""<!doctype html><html><head><title>Jane's page</title>
<meta property="og:image" content="/og.jpg">
<script type="application/ld+json">{"@type": "Person", "name": "Jane Example", "telephone": "07700 900777"}</script>
<script>var secret = "07700 900555";</script><style>.x{}</style></head>
<body><p>Hello from Pontypridd</p><div hidden>hidden 07700 900111</div><p style="display: none">also hidden</p>
<!-- a comment 07700 900222 -->
<a href="/about">About</a><a href="mailto:jane@example.org">mail</a><img src="/photo.jpg" alt="Me at the park"></body></html>"""


def fetcher(**kwargs) -> HttpFetcher:
    return HttpFetcher(allow_private=True, **kwargs)


def test_parse_keeps_only_what_a_visitor_sees():
    document = parse_html("S1", PAGE, base_url="https://jane.example/p/")
    assert "Hello from Pontypridd" in document.text
    for hidden in ("900555", "900111", "also hidden", "900222", ".x{}"):
        assert hidden not in document.text
    assert "https://jane.example/about" in document.links and "mailto:jane@example.org" in document.links
    assert [i.src for i in document.images] == ["https://jane.example/photo.jpg", "https://jane.example/og.jpg"]
    assert document.meta["title"] == "Jane's page"
    assert "07700 900777" in document.meta["json-ld"]


def test_html_sniffing():
    assert looks_like_html("text/html; charset=utf-8", b"<p>")
    assert not looks_like_html("image/png", b"\x89PNG")
    assert not looks_like_html("", b"\x00\x01<html>")


def test_fetch_page_and_its_images(httpserver):
    httpserver.expect_request("/page").respond_with_data(PAGE, content_type="text/html")
    httpserver.expect_request("/photo.jpg").respond_with_data(make_jpeg(lat=51.6, lon=-3.34), content_type="image/jpeg")
    httpserver.expect_request("/og.jpg").respond_with_data(b"not really a jpeg", content_type="image/jpeg")
    source = Source(id="S1", kind=SourceKind.PAGE, location=httpserver.url_for("/page"))
    [read] = collect_pages([source], fetcher())
    assert read.source.status == Status.OK and read.source.title == "Jane's page"
    assert "Hello from Pontypridd" in read.document.text
    by_url = {s.location.rsplit("/", 1)[1]: (s, meta) for s, meta in read.images}
    assert by_url["photo.jpg"][1].gps.lat == pytest.approx(51.6, abs=1e-5)
    assert by_url["photo.jpg"][0].parent == "S1"
    assert by_url["og.jpg"][0].status == Status.FAILED


@pytest.mark.parametrize(("path", "handler", "reason"), [
    ("/missing", lambda s: s.respond_with_data("nope", status=404), "404"),
    ("/binary", lambda s: s.respond_with_data(b"\x00\x01\x02" * 100, content_type="application/octet-stream"), "not an HTML page"),
    ("/image", lambda s: s.respond_with_data(b"\x89PNG\r\n\x1a\n", content_type="image/png"), "not an HTML page (image/png)"),
    ("/loop", lambda s: s.respond_with_data("", status=302, headers={"Location": "/loop"}), "redirects"),
])
def test_bad_pages_become_could_not_check_sources(httpserver, path, handler, reason):
    handler(httpserver.expect_request(path))
    [read] = collect_pages([Source(id="S1", kind=SourceKind.PAGE, location=httpserver.url_for(path))], fetcher())
    assert read.source.status == Status.FAILED
    assert reason in read.source.reason
    assert read.document is None


def test_size_cap_applies_to_decompressed_bytes(httpserver):
    bomb = gzip.compress(b"<p>" + b"a" * (3 * 1024 * 1024))
    httpserver.expect_request("/bomb").respond_with_data(bomb, content_type="text/html", headers={"Content-Encoding": "gzip"})
    result = fetcher().fetch(httpserver.url_for("/bomb"), max_bytes=1024 * 1024)
    assert len(bomb) < 1024 * 1024
    assert "limit" in result.error


def test_a_server_that_trickles_bytes_hits_the_deadline(httpserver):
    def trickle(request):
        def body():
            for _ in range(50):
                yield b"<p>slow</p>"
                time.sleep(0.1)
        return Response(body(), content_type="text/html")
    httpserver.expect_request("/slow").respond_with_handler(trickle)
    started = time.monotonic()
    result = fetcher(deadline_seconds=0.5).fetch(httpserver.url_for("/slow"))
    assert "too slowly" in result.error
    assert time.monotonic() - started < 4


def test_private_addresses_are_refused_unless_allowed(httpserver):
    httpserver.expect_request("/").respond_with_data("<p>hi</p>", content_type="text/html")
    refused = HttpFetcher().fetch(httpserver.url_for("/"))
    assert "private or local address" in refused.error
    assert HttpFetcher(allow_private=True).fetch(httpserver.url_for("/")).ok


@pytest.mark.parametrize("address", ["127.0.0.1", "10.1.2.3", "192.168.0.1", "169.254.169.254", "::1", "fe80::1", "224.0.0.1"])
def test_guard_refuses_every_non_public_range(address):
    family = socket.AF_INET6 if ":" in address else socket.AF_INET
    def resolve(host, port, type=0):
        return [(family, socket.SOCK_STREAM, 6, "", (address, port))]
    with pytest.raises(BlockedAddress):
        check_public_host("sneaky.example", 80, resolve=resolve)


def test_redirect_to_private_address_is_refused(httpserver, monkeypatch):
    """The guard runs on every hop: a public page redirecting to a private one is stopped."""
    httpserver.expect_request("/hop").respond_with_data("", status=302, headers={"Location": "http://127.0.0.1:9/admin"})
    checked: list[str] = []

    def guard(host, port, *, resolve=None):
        checked.append(host)
        if host == "127.0.0.1" and len(checked) > 1:
            raise BlockedAddress("private")
    monkeypatch.setattr("footprint.collect.fetch.check_public_host", guard)
    monkeypatch.setattr("footprint.collect.fetch._peer_address", lambda response: None)  # the test server is local
    result = HttpFetcher().fetch(httpserver.url_for("/hop"))
    assert result.error == "private" and len(checked) == 2


def test_the_address_a_redirect_came_from_is_checked_too(httpserver, monkeypatch):
    """A name that passes the guard but connects to a private address is refused at the redirect itself."""
    httpserver.expect_request("/hop").respond_with_data("", status=302, headers={"Location": "https://example.org/"})
    monkeypatch.setattr("footprint.collect.fetch.check_public_host", lambda host, port, resolve=None: None)
    result = HttpFetcher().fetch(httpserver.url_for("/hop"))
    assert "led to a private or local address" in result.error


def test_non_web_schemes_are_refused():
    assert "not a web address" in HttpFetcher().fetch("file:///etc/passwd").error
    assert "not a web address" in HttpFetcher().fetch("javascript:alert(1)").error


def test_unreachable_server(unused_port):
    result = fetcher(connect_timeout=1).fetch(f"http://127.0.0.1:{unused_port}/")
    assert "could not connect" in result.error


@pytest.fixture
def unused_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_cache_then_offline(httpserver, tmp_path):
    httpserver.expect_request("/c").respond_with_data("<p>cached 07700 900123</p>", content_type="text/html")
    cache = DiskCache(tmp_path / "cache")
    url = httpserver.url_for("/c")
    assert fetcher(cache=cache).fetch(url).ok
    httpserver.clear()
    offline = OfflineFetcher(cache).fetch(url)
    assert offline.ok and b"900123" in offline.body
    assert "offline" in OfflineFetcher(cache).fetch(url + "x").error


def test_local_files(tmp_path):
    page = tmp_path / "p.html"
    page.write_bytes(PAGE)
    source, document = read_local_page(page, "S1")
    assert source.status == Status.OK and "Pontypridd" in document.text
    (tmp_path / "x.bin").write_bytes(b"\x00\x00binary")
    source, document = read_local_page(tmp_path / "x.bin", "S2")
    assert source.status == Status.FAILED and document is None


def test_hostile_strings_parse_without_error():
    root = shared_path("corpus", "hostile")
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        body = path.read_bytes()[:200_000]
        document = parse_html("S1", b"<html><body><p>" + body + b"</p></body></html>")
        assert isinstance(document.text, str)


def test_structured_data_people_and_rel_me():
    html = b"""<html><head><script type="application/ld+json">{"@graph": [{"@type": "Person", "name": "Jane Example",
    "worksFor": {"@type": "Organization", "name": "Example Council"}, "birthDate": "1980-02-29", "telephone": "07700 900123"},
    {"@type": "NewsArticle", "author": {"@type": "Person", "name": "A Reporter", "jobTitle": "Reporter"}}]}</script>
    <link rel="me" href="https://social.example/@jane"></head><body>
    <div class="h-card"><span class="p-name">Jane Example</span> <span class="p-org">Example Council</span>
    <span class="p-tel">07700 900123</span><time class="dt-bday" datetime="1980-02-29">29 Feb</time></div>
    <img src="/a.jpg" srcset="/a-2x.jpg 2x, /a-3x.jpg 3x" alt="me"></body></html>"""
    document = parse_html("S1", html, base_url="https://jane.example/")
    names = [card.name for card in document.cards]
    assert names.count("Jane Example") == 2 and "A Reporter" in names
    jane = next(card for card in document.cards if card.name == "Jane Example" and "org" in card.fields)
    assert jane.fields["org"] == ("Example Council",)
    assert document.rel_me == ("https://social.example/@jane",)
    assert [i.src for i in document.images] == ["https://jane.example/a.jpg", "https://jane.example/a-2x.jpg", "https://jane.example/a-3x.jpg"]


@pytest.mark.slow
def test_real_world_markup_parses_and_yields_cards():
    """The microformats test suite, extruct's and any23's samples: robustness, not labels."""
    root = shared_path("corpus", "pages-real")
    files = sorted(p for p in root.rglob("*") if p.suffix.lower() in (".html", ".htm"))
    assert len(files) > 50
    cards = 0
    for path in files:
        document = parse_html("S1", path.read_bytes()[:2_000_000], base_url="https://example.org/")
        cards += len(document.cards)
    assert cards > 20


def test_hcard_names_agree_with_the_microformats_suite():
    root = shared_path("corpus", "pages-real", "microformats-tests", "microformats-v2", "h-card")
    checked = 0
    for html_path in sorted(root.glob("*.html")):
        expected_path = html_path.with_suffix(".json")
        if not expected_path.exists():
            continue
        import json
        expected = json.loads(expected_path.read_text())
        expected_names = {n for item in expected.get("items", []) if "h-card" in item.get("type", [])
                          for n in item.get("properties", {}).get("name", []) if isinstance(n, str)}
        got = {card.name for card in parse_html("S1", html_path.read_bytes(), base_url="http://example.com/").cards}
        assert expected_names <= got or not expected_names, html_path.name
        checked += 1
    assert checked >= 5


def test_charset_from_the_server_header(httpserver):
    body = "<p>Siân from Caerffili — café</p>".encode("cp1252", errors="ignore").replace(b"\x97", b"-")
    httpserver.expect_request("/w").respond_with_data(body, content_type="text/html; charset=windows-1252")
    [read] = collect_pages([Source(id="S1", kind=SourceKind.PAGE, location=httpserver.url_for("/w"))], fetcher())
    assert "Siân" in read.document.text and "café" in read.document.text


def test_broken_and_deeply_nested_markup():
    nested = b"<div>" * 20000 + b"<p>deep 07700 900123</p>" + b"</div>" * 20000
    assert "deep" in parse_html("S1", nested).text
    broken = b"<html><body><p>unclosed <b>bold <i>italic <a href='x'>link</p></div></span><p>after"
    document = parse_html("S1", broken)
    assert "after" in document.text and "unclosed" in document.text


def test_at_most_a_few_requests_at_once_to_one_host():
    import threading

    from pytest_httpserver import HTTPServer

    from footprint.collect import fetch as fetch_module

    active, peak, lock = [0], [0], threading.Lock()

    def slow(request):
        with lock:
            active[0] += 1
            peak[0] = max(peak[0], active[0])
        time.sleep(0.05)
        with lock:
            active[0] -= 1
        return Response("<p>ok</p>", content_type="text/html")
    server = HTTPServer(threaded=True)  # the default fixture answers one request at a time
    server.start()
    try:
        server.expect_request("/p").respond_with_handler(slow)
        sources = [Source(id=f"S{i}", kind=SourceKind.PAGE, location=server.url_for("/p") + f"?n={i}") for i in range(20)]
        reads = collect_pages(sources, fetcher(), read_images=False)
    finally:
        server.clear()
        server.stop()
    assert all(r.source.status == Status.OK for r in reads)
    assert 1 < peak[0] <= fetch_module.PER_HOST_LIMIT


def test_hostile_page_end_to_end_through_inspect(run_cli, httpserver):
    root = shared_path("corpus", "hostile")
    payloads = b"\n".join(p.read_bytes()[:100_000] for p in sorted(root.rglob("*")) if p.is_file())
    # The phone comes first: an unclosed <script> or <!-- in the payloads hides what follows, as in a browser.
    httpserver.expect_request("/hostile").respond_with_data(b"<html><body><p>Mobile 07700 900123</p><p>" + payloads + b"</p></body></html>",
                                                             content_type="text/html")
    result = run_cli("inspect", httpserver.url_for("/hostile"), "--allow-private", "--json", "--name", "Jane Example")
    assert result.exit_code == 0, result.err
    import json
    report = json.loads(result.out)
    assert report["sources"][0]["status"] == "ok"
    assert any(f["kind"] == "phone" and f["value"] == "+447700900123" for f in report["findings"])


def test_the_address_actually_reached_is_checked_too(httpserver, monkeypatch):
    """DNS rebinding: the name looked public when checked, the connection lands on loopback."""
    httpserver.expect_request("/").respond_with_data("<p>internal</p>", content_type="text/html")
    monkeypatch.setattr("footprint.collect.fetch.check_public_host", lambda host, port, resolve=None: None)
    result = HttpFetcher().fetch(httpserver.url_for("/"))
    assert "led to a private or local address" in result.error and not result.body


def test_a_line_break_in_the_html_source_is_a_space_and_elements_still_break_lines():
    page = parse_html("S1", "<p>Honestly, still less blood than the\n    lad I was sent to on Friday.</p>"
                            "<div>[12/03/2025, 21:06] Kelly: hiya</div><div>[12/03/2025, 21:07] Bethan: hi</div>")
    assert page.text.split("\n") == ["Honestly, still less blood than the lad I was sent to on Friday.",
                                      "[12/03/2025, 21:06] Kelly: hiya", "[12/03/2025, 21:07] Bethan: hi"]


def test_a_code_listing_is_not_read_but_a_chat_export_in_pre_is_with_each_line_its_authors_post():
    html = ("<html><body><h1>Class chat</h1>"
            "<pre><code>ssh pi@raspberrypi.local</code></pre>"
            "<pre class='log'>05/03/2024, 19:02 - Leah Morgan: World Book Day Thursday!\n"
            "05/03/2024, 19:05 - Gareth Bevan: Tomos wants to go as the Gruffalo\n"
            "[06/03/2024, 07:15:02] Sioned Llywelyn: ring me on 07700 900318</pre></body></html>")
    document = parse_html("S1", html.encode())
    assert "raspberrypi" not in document.text
    lines = document.text.split("\n")
    assert "05/03/2024, 19:05 - Gareth Bevan: Tomos wants to go as the Gruffalo" in lines
    authors = [author for _, _, author in document.posts]
    assert authors == ["Leah Morgan", "Gareth Bevan", "Sioned Llywelyn"]
    start, end, _ = document.posts[2]
    assert document.text[start:end].endswith("07700 900318")


def test_a_pre_block_full_of_code_symbols_is_dropped():
    html = "<html><body><p>Hello</p><pre>if (x == 1) { call(jane@example.com); } else { y = [2]; }</pre></body></html>"
    assert "jane@example.com" not in parse_html("S1", html.encode()).text


def test_a_review_with_stars_before_its_author_or_signed_at_its_foot_is_the_reviewers_post():
    html = ("<html><body><h1>Reviews</h1>"
            "<div class='review'><span class='stars'>★★★★☆</span> <b>Lee D</b> · 2 March 2024"
            "<p>Great cake for my son Jayden's leaving do at Ysgol Tre-Ifan, tasted amazing.</p></div>"
            "<div class='review'><span class='stars'>★★★★★</span> <b>Karen J</b> · 30 March 2024"
            "<p>Surprise cake for my husband Alun, a replica of his old tractor. He nearly cried!</p></div>"
            "<div class='review'><p>Lovely hats, got them for my grandson's class at Ysgol Penrhyn Bach.</p>"
            "<p class='reviewer'>Dilys O · 4 Jan 2025</p></div>"
            "<div class='review'><p>Ordered a muff for my dad in a home in Wrexham, he loves it.</p>"
            "<p class='reviewer'>Sharon P · 29 Aug 2025</p></div>"
            "</body></html>")
    document = parse_html("S1", html.encode())
    authors = [author for _, _, author in document.posts]
    assert authors == ["Lee D", "Karen J", "Dilys O", "Sharon P"]
    start, end, _ = document.posts[2]
    assert "Ysgol Penrhyn Bach" in document.text[start:end]


def test_a_review_signed_at_its_foot_after_a_dash_is_the_reviewers_post():
    html = ("<html><body><h2>What our clients say</h2>"
            "<div class='review'><blockquote>Did my nails and my daughter Tirion's for her prom.</blockquote>"
            "<p class='who'>&ndash; Ffion W., Porthcawl</p></div>"
            "<div class='testimonial'><p>Best brows in the valley.</p><p class='who'>— Mel, Pencoed</p></div>"
            "</body></html>")
    document = parse_html("S1", html.encode())
    assert [author for _, _, author in document.posts] == ["Ffion W., Porthcawl", "Mel, Pencoed"]


def test_chat_and_forum_shapes_open_posts_by_their_authors():
    # A time stamp or an avatar's initials before the name says nothing; a name wrapped once inside a
    # message is still its author; a forum's post table holds one row with the user cell first.
    chat = ("<html><body><h1>Criw casglu sbwriel</h1>"
            "<div class='msg'><span class='ts'>02/09/2024, 20:05</span> <span class='who'>Gwion</span><br>"
            "Mae Ysgol Glan Seiont Isaf wedi deud bod croeso i ni ddefnyddio'r iard.</div>"
            "<div class='msg'><div class='av'>MJ</div><div><span class='name'>Mark Jenkins</span>"
            "<span class='t'>Llun 2 Mehefin, 10:02</span><p>I'll be late, our Harri has Urdd prelims.</p></div></div>"
            "<table class='post'><tr><td class='user'><div class='uname'>BlaenRhondda_Bob</div>Singletrack Legend<br>"
            "Joined: 2009</td><td><p>In. Me and Jodie (12) for the kids' bit.</p></td></tr></table>"
            "</body></html>")
    document = parse_html("S1", chat.encode())
    authors = [author for _, _, author in document.posts]
    assert authors[:2] == ["Gwion", "Mark Jenkins"] and authors[2].startswith("BlaenRhondda_Bob")
    start, end, _ = document.posts[2]
    assert "Jodie (12)" in document.text[start:end]


def test_a_member_card_opening_each_of_a_run_of_posts_alike_opens_the_whole_post():
    # Classes that say nothing ("p", "u", "c"): the card of short lines, first in each of the blocks alike, says who
    # wrote the message beside it. A staff card whose text runs on is not a member card.
    html = ("<html><body><h1>Packed lunch or dinners?</h1>"
            "<div class='p'><div class='u'><b>DiR</b><br>Regular<br>Posts: 1,204<br>Birthday: Nov 9</div>"
            "<div class='c'><p>My two (Tyler's yr 5, Maisie's yr 2) are at Ysgol Gynradd Cwm Aur.</p></div></div>"
            "<div class='p'><div class='u'><b>Jules84</b><br>Member<br>Posts: 312<br>Birthday: Feb 22</div>"
            "<div class='c'><p>Packed lunch here and not changing! My Ruby will only eat beige food.</p></div></div>"
            "</body></html>")
    document = parse_html("S1", html.encode())
    posts = {author: document.text[start:end] for start, end, author in document.posts}
    assert "Feb 22" in posts["Jules84"] and "My Ruby" in posts["Jules84"]
    assert "Nov 9" in posts["DiR"] and "Maisie" in posts["DiR"] and "Ruby" not in posts["DiR"]


def test_comments_and_replies_boxed_between_meta_lines_are_each_their_authors_posts():
    # Each comment is followed by its "Like · Reply" line and its replies, each in a box of its own: the first comment
    # has only one comment like it within reach, and a reply's box holds a comment like the ones around it.
    html = ("<html><body><div class='post'><div class='name'>Jo Harcombe</div><p>MMR catch-up clinic on the 22nd.</p></div>"
            "<div class='stats'>58 comments</div>"
            "<div class='c'><div class='name'>Leanne Pugh</div>Thank you Jo. Tyler is 6 and only had the first one.</div>"
            "<div class='meta'>Like · Reply · 2w</div>"
            "<div class='r'><div class='c'><div class='name'>Jo Harcombe</div>Yes, just turn up!</div>"
            "<div class='meta'>Like · Reply · 2w</div></div>"
            "<div class='c'><div class='name'>Gareth Woolley</div>Not keen, to be honest.</div>"
            "<div class='meta'>Like · Reply · 2w</div>"
            "<div class='c'><div class='name'>Kayleigh Davies</div>Is it only the family centre?</div>"
            "<div class='meta'>Like · Reply · 2w</div>"
            "<div class='r'><div class='c'><div class='name'>Rhian Thomas</div>Book at the surgery too, they did Alfie's.</div>"
            "<div class='meta'>Like · Reply · 2w</div></div>"
            "<div class='c'><div class='name'>Dawn Ellery</div>Shared to the mams group.</div>"
            "</body></html>")
    document = parse_html("S1", html.encode())
    posts = {author: document.text[start:end] for start, end, author in document.posts if author != "Jo Harcombe"}
    assert "Tyler is 6" in posts["Leanne Pugh"]
    assert "Alfie's" in posts["Rhian Thomas"]


def test_a_review_opened_by_a_header_line_or_titled_above_its_reviewer_is_the_whole_review():
    html = ("<html><body><section class='reviews'><h2>Reviews</h2>"
            "<article class='review'><p class='rev-head'><strong>Hannah &amp; Tom</strong> · Llandeilo · ⭐⭐⭐⭐⭐ · Sit: 2 weeks, Aug 2024</p>"
            "<p>Eleri looked after our two spaniels while we took our boys Arthur and Ned to France.</p></article>"
            "<article class='review'><h3>Great with kids</h3><p class='reviewer'>Tom Harries · December</p>"
            "<p>Did the parent &amp; child pasta with my daughter Seren (9). She now refuses shop pasta.</p></article>"
            "</section></body></html>")
    document = parse_html("S1", html.encode())
    assert [author for _, _, author in document.posts] == ["Hannah & Tom", "Tom Harries"]
    first, second = ((start, end) for start, end, _ in document.posts)
    assert "Arthur and Ned" in document.text[first[0] : first[1]] and "Seren (9)" in document.text[second[0] : second[1]]


def test_comments_opened_by_a_profile_link_a_number_or_a_meta_line_under_a_badge_are_posts():
    html = ("<html><body><h1>Post</h1>"
            "<div class='comment'><a href='/ceri.a.davies'>Ceri Ann Davies</a><p>Lush! Our Sioned is doing her nativity"
            " at Ysgol Gyfun Dyffryn Cennen tomorrow too.</p></div>"
            "<div class='msg'><div class='who'>+44 7700 900582</div>Random one but does anyone have a spare lunchbox?"
            " My eldest had like 5 but they're all at Ysgol Gyfun Cwm Dulais with him.</div>"
            "<ul><li class='answer'><div class='badge'>Local resident · 4 yrs</div>"
            "<p class='meta'><span class='user'>Lowri P</span> · 13 May 2024, 19:26 · 17 found this helpful</p>"
            "<p>That'll be Ysgol Gymraeg Cwm Derw – my daughter Nansi is in Year 2 there.</p></li></ul>"
            "<article class='post'><p class='date'>Mar 3, 2024</p><div class='ask'><strong>anonymous asked:</strong>"
            " how did you get into youth work? i'm doing my a levels and don't want to do uni</div>"
            "<p>honest answer: by accident! now i'm full-time with Prosiect Ieuenctid Glannau Teifi.</p></article>"
            "</body></html>")
    document = parse_html("S1", html.encode())
    posts = {author: document.text[start:end] for start, end, author in document.posts}
    assert "Ysgol Gyfun Dyffryn Cennen" in posts["Ceri Ann Davies"]
    assert "Cwm Dulais" in posts["+44 7700 900582"]
    assert "Nansi" in posts["Lowri P"]
    assert "Prosiect Ieuenctid" not in posts.get("anonymous", "")  # the question's line, not the blogger's answer


def test_a_reply_from_someone_named_is_their_post_inside_the_review():
    html = ("<html><body><h1>Reviews</h1>"
            "<article class='review'><p><b>Kelly M.</b>, Porth – 5 March 2024</p><p>Gutters done, good job. My daughter"
            " Kayleigh thought the drone was amazing.</p><div class='reply'><p><b>Reply from Gareth Tomos:</b> Fair one"
            " Kelly. Tell Kayleigh the drone pilot is my daughter Ffion (15), she'll be chuffed.</p></div></article>"
            "<article class='review'><p><b>Sandra Pugh</b>, Trehafod – 2 August 2024</p><p>Tidy lads, turned up when"
            " they said they would.</p><div class='reply'><p><b>Ymateb gan Gareth Tomos:</b> Diolch Sandra, braf gweld chi eto ar ôl y tân.</p></div></article>"
            "<div class='notes'><p><b>Note:</b> prices include VAT and the skip, and we tidy up after every job.</p>"
            "<p>Second paragraph of the notes.</p></div></body></html>")
    document = parse_html("S1", html.encode())
    posts = {author: document.text[start:end] for start, end, author in document.posts}
    assert "Ffion" in posts["Reply from Gareth Tomos"] and "Kayleigh thought" not in posts["Reply from Gareth Tomos"]
    assert "Diolch Sandra" in posts["Ymateb gan Gareth Tomos"]
    assert "Note" not in posts  # a label ending with a colon is still not an author


def test_a_name_with_its_role_in_brackets_opens_a_reply():
    html = ("<html><body><section class='review'><p><strong>Glenys Morgan</strong>, Llanarth · 28 September</p>"
            "<p>Rhodri was so patient and showed me how to hold the steel properly.</p>"
            "<div class='reply'><p><strong>Rhodri (owner):</strong> Thanks Glenys! Mabli (8) was poorly that morning.</p></div>"
            "</section><p><strong>Notes (please read):</strong> prices include VAT.</p></body></html>")
    document = parse_html("S1", html.encode())
    posts = {author: document.text[start:end] for start, end, author in document.posts}
    assert "Mabli" in posts["Rhodri"] and "so patient" not in posts["Rhodri"]
    assert "Notes" not in posts


@pytest.mark.parametrize(("byline", "author"), [
    ('Posted on <time datetime="2024-07-08">8 July 2024</time> by <a href="/author/carysp/">Carys Prydderch</a> · <a href="#c">11 comments</a>',
     "Carys Prydderch"),
    ("Postiwyd ar 3 Mai 2024 gan <a href='/awdur/sian'>Siân Hughes</a>", "Siân Hughes"),
])
def test_a_byline_that_dates_the_post_before_naming_its_author_gives_the_author(byline, author):
    html = (f"<html><body><main><article class='post'><h2 class='entry-title'>Bale Trail 2024 is GO!</h2><p class='byline'>{byline}</p>"
            "<p>Well, here we go again! After last year's triumph the trail is back, running for the whole summer.</p>"
            "<p>Our Mali, who's going into Year 9 in September, says she is too old for bale art this year.</p></article></main></body></html>")
    document = parse_html("S1", html.encode())
    assert [name for _, _, name in document.posts] == [author]


def test_a_persons_name_and_a_colon_opens_a_comment_even_a_short_one():
    html = ("<html><body><h1>The little library</h1><p>I check the box most evenings.</p><section><h3>Comments</h3>"
            "<p><strong>Gwen Thomas:</strong> Penblwydd hapus Menna! We've started a book swap too – ring me on 01632 960587.</p>"
            "<p><strong>Huw y Post:</strong> The yellow roof is growing on me 👍</p>"
            "<p><strong>Rhian M:</strong> Diolch Gwen x</p></section>"
            "<p><strong>Venue:</strong> the bus shelter by the chapel, every day of the week from nine.</p>"
            "<p><strong>Opening times:</strong> whenever the box is open, which is most days really.</p></body></html>")
    document = parse_html("S1", html.encode())
    posts = {author: document.text[start:end] for start, end, author in document.posts}
    assert "ring me on" in posts["Gwen Thomas"] and "yellow roof" in posts["Huw y Post"] and "Diolch Gwen" in posts["Rhian M"]
    assert "Venue" not in posts and "Opening times" not in posts  # labels, not people


def test_a_name_after_text_in_its_block_does_not_open_a_post():
    html = "<html><body><div class='review'><p>We loved it, <b>Nia</b> was great.</p><p>Would go again to the bakery.</p></div></body></html>"
    assert parse_html("S1", html.encode()).posts == ()


def test_a_bold_name_that_starts_its_paragraphs_sentence_is_not_an_author():
    # A family letter leads each paragraph with the name it is about; comments lead with who wrote them.
    letter = ("<html><body><h1>Our Christmas letter</h1>"
              "<p><strong>Tomos</strong> started at Ysgol Gyfun Pont Steffan in September and grew four inches.</p>"
              "<p><strong>Lili</strong> is in Year 2 at Ysgol Gynradd Llanbedr Uchaf and sings all day long.</p>"
              "<p><strong>Me?</strong> I turned 45 on the 21st of March, up Pen y Fan in the rain with my sister.</p>"
              "<p><strong>Helpers.</strong> My son Deio (11) came out with me on three of the counts this spring.</p>"
              "<p><strong>Cubs!</strong> The dawn watch on 18 May got three cubs playing on the spoil for twenty minutes.</p>"
              "</body></html>")
    assert parse_html("S1", letter.encode()).posts == ()
    comments = ("<html><body><h1>Post</h1><ul>"
                "<li><b>Catrin</b> says: lovely photo of the two of you at the fair today and the weather</li>"
                "<li><b>kaylaj</b> my daughter starts at Ysgol Penrhyn Gwyn next week, not ready at all for it</li>"
                "<li><b>Llongyfarchiadau</b> i Gwenno Parry ar ennill y wobr gyntaf yn yr Urdd eleni, da iawn</li>"
                "</ul></body></html>")
    assert [author for _, _, author in parse_html("S1", comments.encode()).posts] == ["Catrin", "kaylaj", "Llongyfarchiadau"]


def test_a_quote_of_another_member_inside_a_forum_post_is_the_quoted_members_post_only():
    html = ("<html><body><article class='post'><aside class='post-author'><strong>MamCaerfyrddin</strong></aside>"
            "<div class='post-body'><p>We waited 26 months in the end.</p></div></article>"
            "<article class='post'><aside class='post-author'><strong>CatrinB_Llanelli</strong></aside><div class='post-body'>"
            "<p class='post-date'>05/02/2025, 12:31</p><blockquote><strong>Lowri_M said:</strong> Have you tried the parents group?</blockquote>"
            "<p>Not yet, always clashes with swimming!</p><p>Funnily enough I had a mum come to my drop-in last week with the same story.</p>"
            "</div></article></body></html>")
    document = parse_html("S1", html.encode())
    posts = {author: document.text[start:end] for start, end, author in document.posts}
    assert "parents group" in posts["Lowri_M"] and "drop-in" not in posts["Lowri_M"]
    assert "drop-in" in posts["CatrinB_Llanelli"]


def test_a_bold_lead_in_of_a_list_item_in_a_post_does_not_open_a_post():
    html = ("<html><body><div class='feed'><div class='post'><p><span class='name'>Gwenllian Rees</span> ▸ Spoon Carvers<br>"
            "<span class='time'>14 Medi 2024</span></p><p>Bore da pawb! A couple of things for the month ahead:</p><ol>"
            "<li><b>Sesiwn mis Hydref</b> – Saturday 5 Oct, 10 tan 4, here at mine as usual: Bwthyn Pant Glas, Llechryd, SA43 2QT.</li>"
            "<li><b>Green wood</b> – Pren Teifi have a load of sycamore and cherry from the Cenarth job, ring them.</li></ol></div>"
            "<div class='post'><p><span class='name'>Rhys Bowen</span><br><span class='time'>14 Medi</span></p><p>See you there!</p></div>"
            "</div></body></html>")
    document = parse_html("S1", html.encode())
    authors = [author for _, _, author in document.posts]
    assert authors == ["Gwenllian Rees", "Rhys Bowen"]


def test_an_answer_opened_by_its_answerer_is_their_post():
    # A question-and-answer board names each answer's writer in an "answerer" line above its body.
    html = ("<html><body><h1>Which primary in CF38?</h1><div class='question'><p>Moving in summer, advice welcome.</p></div>"
            "<div class='answer'><div class='answerer'><a href='/u/Gwilym_Ponty'>Gwilym_Ponty</a> &middot; "
            "<span class='date'>15 Apr 2024</span></div><div class='answer-body'><p>I teach at Ysgol Gymraeg "
            "Heol-y-Graig so I'm biased.</p></div></div></body></html>")
    document = parse_html("S1", html.encode())
    assert [author for _, _, author in document.posts] == ["Gwilym_Ponty"]
    start, end, _ = document.posts[0]
    assert "I teach at Ysgol Gymraeg" in document.text[start:end]


def test_a_members_card_heading_a_forum_post_opens_the_whole_post_and_a_dated_author_line_names_nobody():
    # phpBB-style: the member's card ("postprofile") and the body ("postbody") inside one "post"; the body's line
    # classed "author" holds only the date stamp.
    post = ("<div class='post'><div class='postprofile'><strong>{handle}</strong><br>Posts: 287<br>Location: Prestatyn</div>"
            "<div class='postbody'><p class='author'>Sat 5 Apr 2025, 8:14 pm</p><div class='content'><p>{body}</p></div></div></div>")
    html = ("<html><body><h1>Buttons and thimbles</h1>"
            + post.format(handle="Glasfryn_Gwen", body="My grandson Elis (he's 7) was very excited about the treasure.")
            + post.format(handle="ThimbleDragon", body="Lovely find, that anchor mark is Birmingham.")
            + "</body></html>")
    document = parse_html("S1", html.encode())
    assert [author for _, _, author in document.posts] == ["Glasfryn_Gwen", "ThimbleDragon"]
    start, end, _ = document.posts[0]
    assert "My grandson Elis" in document.text[start:end]

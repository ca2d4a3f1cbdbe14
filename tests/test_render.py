from __future__ import annotations

import json
import re
import stat

from bs4 import BeautifulSoup

from footprint.assess import assess
from footprint.model import Audit, Consent, Detection, Source, SourceKind, Status, Subject
from footprint.render import build_context, to_html, write_report

HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(2)>"\'&'


def make_audit() -> Audit:
    sources = [
        Source(id="S1", kind=SourceKind.PAGE, location="https://jane.example/about", title=f"Jane {HOSTILE}"),
        Source(id="S2", kind=SourceKind.PAGE, location="javascript:alert(3)", title="bad link"),
        Source(id="S3", kind=SourceKind.PHOTO, location="/home/janeuser/Pictures/beach.jpg", title="beach.jpg"),
        Source(id="S4", kind=SourceKind.PAGE, location="https://down.example/", status=Status.FAILED, reason="the server took too long to answer"),
    ]
    detections = [
        Detection(kind="phone", value="+447700900123", evidence="Mobile: 07700 900123 " + HOSTILE, source_id="S1", match="07700 900123"),
        Detection(kind="phone", value="+447700900123", evidence="call 07700900123", source_id="S2", match="07700900123"),
        Detection(kind="child", value="Ella", evidence="my daughter Ella, 7", source_id="S1", match="Ella"),
        Detection(kind="practice", value=f"A tough case today {HOSTILE}", evidence="A tough case today", source_id="S1"),
        Detection(kind="photo_gps", value="51.60070, -3.33790", evidence="GPS position in beach.jpg", source_id="S3", match="51.60070, -3.33790"),
        Detection(kind="email", value="someone@example.org", evidence="newsdesk", source_id="S1", owner=False),
    ]
    return Audit(subject=Subject(full_name="Jane Example", towns=("Cardiff",)), consent=Consent.SELF, sources=sources,
                 findings=assess(detections), started_at="2026-11-24T08:00:00+00:00", tool_version="0.1.0")


def test_same_detail_in_two_sources_is_one_finding_and_other_peoples_details_are_dropped():
    audit = make_audit()
    phones = [f for f in audit.findings if f.kind == "phone"]
    assert len(phones) == 1 and phones[0].sources == ["S1", "S2"]
    assert not any(f.kind == "email" for f in audit.findings)
    assert audit.findings[0].severity.value == "high"


def test_redacted_by_default_everywhere():
    context = build_context(make_audit(), reveal=False)
    text = json.dumps(context, ensure_ascii=False) + to_html(context)
    for secret in ("900123", "07700900123", "Ella", "51.6007", "janeuser"):
        assert secret not in text, secret
    assert "+44 7700 9•• •23" in text and "E•••" in text
    assert context["subject"]["full_name"] == "Jane E."


def test_reveal_shows_values_under_a_banner():
    context = build_context(make_audit(), reveal=True)
    html = to_html(context)
    assert "+447700900123" in html and "Ella" in html
    assert 'role="alert"' in html and "Full details are shown" in html


def test_html_escapes_scraped_text_and_loads_nothing():
    html = to_html(build_context(make_audit(), reveal=True))
    assert "<script>alert(1)" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert re.search(r'<meta http-equiv="Content-Security-Policy" content="default-src \'none\';', html)
    assert "<script" not in html.lower()
    soup = BeautifulSoup(html, "lxml")
    assert not soup.find_all(["script", "img", "iframe", "link", "object", "embed", "video", "audio", "source"])
    assert not soup.find_all(src=True) and not soup.find_all(srcset=True)
    for tag in soup.find_all(href=True):
        assert tag["href"].startswith(("#", "https://", "http://")), tag["href"]
    assert not any(attr.startswith("on") for tag in soup.find_all(True) for attr in tag.attrs)


def test_report_sections_and_json_shape():
    context = build_context(make_audit(), reveal=False)
    html = to_html(context)
    for heading in ("Summary", "Your family", "How to fix it", "The guidance, point by point", "What we could not check", "How this report was made"):
        assert heading in html
    assert "the server took too long to answer" in html
    assert "Do not use footprint to look up service users" in html
    assert context["summary"]["counts"]["severity"]["high"] >= 3
    assert [c["result"] for c in context["guidance"]["coverage"]].count("check yourself") >= 1


def test_files_are_private(tmp_path):
    out = tmp_path / "reports" / "jane"
    html_path, json_path = write_report(make_audit(), out)
    assert stat.S_IMODE(out.stat().st_mode) == 0o700
    for path in (html_path, json_path):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    data = json.loads(json_path.read_text())
    assert data["schema_version"] == 2
    assert {"kind", "category", "severity", "value", "sources"} <= set(data["findings"][0])
    assert {s["status"] for s in data["sources"]} == {"ok", "failed"}
    assert data["consent"]["basis"] == "self"


def test_combinations_and_platform_steps():
    detections = [
        Detection(kind="child", value="Ella", evidence="my daughter Ella", source_id="S1", match="Ella"),
        Detection(kind="school", value="Glan Afon Primary School", evidence="at Glan Afon Primary School", source_id="S2"),
        Detection(kind="phone", value="+447700900123", evidence="07700 900123", source_id="S1", match="07700 900123"),
    ]
    findings = assess(detections, platforms={"S1": "Facebook"})
    combo = next(f for f in findings if f.kind == "child_and_school")
    assert combo.severity.value == "high" and combo.sources == ["S1", "S2"]
    assert [p.kind for p in combo.parts] == ["child", "school"]
    phone = next(f for f in findings if f.kind == "phone")
    assert "facebook-privacy" in phone.remediation
    assert not any(f.kind == "phone_and_people_finder" for f in findings)  # one part missing
    audit = Audit(subject=Subject(full_name="Jane Example"), consent=Consent.SELF, sources=[
        Source(id="S1", kind=SourceKind.PAGE, location="https://facebook.example/jane", platform="Facebook"),
        Source(id="S2", kind=SourceKind.PAGE, location="https://school.example/")], findings=findings,
        started_at="2026-11-24T08:00:00+00:00", tool_version="0.1.0")
    context = build_context(audit, reveal=False)
    shown = next(f for f in context["findings"] if f["kind"] == "child_and_school")
    assert shown["value"] == "E••• + G••• A••• Primary School" and shown["combines"] == ["child", "school"]
    assert "Ella" not in json.dumps(context, ensure_ascii=False)


def test_compare_with_a_previous_report(tmp_path):
    first = make_audit()
    _, json_path = write_report(first, tmp_path / "one")
    previous = json.loads(json_path.read_text())
    second = make_audit()
    second.findings = [f for f in second.findings if f.kind != "child"] + assess(
        [Detection(kind="email", value="jane@example.org", evidence="mail jane@example.org", source_id="S1", match="jane@example.org")])
    context = build_context(second, reveal=False, previous=previous)
    assert [f["kind"] for f in context["findings"] if f["since_last"] == "new"] == ["email"]
    assert [g["title"] for g in context["compare"]["gone"]] == ["Your child named"]
    assert context["compare"]["gone"][0]["value"] == "E•••"
    assert len(context["compare"]["unchanged"]) == len(first.findings) - 1
    revealed = build_context(make_audit(), reveal=True, previous=previous)
    assert revealed["compare"]["gone"] == [] and not revealed["compare"]["new"]  # ids ignore --reveal


def test_checklist_for_what_no_tool_can_see():
    html = to_html(build_context(make_audit(), reveal=False))
    assert "Check these yourself" in html and "facebook.com/privacy/checkup" in html

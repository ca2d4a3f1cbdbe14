"""Renderers: the report context is built (and redacted) first, then written as JSON and HTML.

Building the context apart from rendering keeps redaction in one place: both files are
made from the same redacted context, so neither can leak what the other hides.
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime, timezone
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import jinja2

from footprint.assess import counts, notify_ids, overall_level, top_actions
from footprint.datafiles import guidance, remediation_steps
from footprint.detect.results import ATTRIBUTION_THRESHOLD
from footprint.private_files import write_private
from footprint.model import Audit, Category, Finding, Source, SourceKind, Status
from footprint.redact import redact_text, redact_value

SCHEMA_VERSION = 1
CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"
CATEGORY_TITLES = {
    Category.LOCATION: "Where you live and go",
    Category.CONTACT: "How to contact you",
    Category.FAMILY: "Your family",
    Category.WORK: "Your work and practice",
    Category.IDENTITY: "Who you are",
}
CONSENT_TEXT = {
    "self": "The person ran this check on themselves.",
    "written": "The person checked gave their written consent.",
    "demo": "Demonstration on a fictional person; every detail is invented.",
}


def _replacements(findings: list[Finding], reveal: bool) -> dict[str, str]:
    """Every raw form of every sensitive value, mapped to what the report shows instead."""
    if reveal:
        return {}
    mapping: dict[str, str] = {}
    for finding in findings:
        if finding.redact_as in ("none", "parts"):  # a combination's parts are in the list themselves
            continue
        hidden = redact_value(finding.value, finding.redact_as)
        for raw in finding.matches:
            mapping[raw] = hidden
    return mapping


def _shown_location(source: Source, reveal: bool) -> str:
    # A photo's full path can hold the owner's login name; its file name is enough to find it.
    if source.kind == SourceKind.PHOTO and not reveal:
        return Path(source.location).name
    return source.location


def _link(url: str) -> str:
    """Only http(s) addresses become links; anything else (javascript:, data:) stays text."""
    return url if urlsplit(url).scheme in ("http", "https") else ""


def build_context(audit: Audit, *, reveal: bool, previous: dict[str, Any] | None = None) -> dict[str, Any]:
    replace = _replacements(audit.findings, reveal)

    def clean(text: str) -> str:
        return redact_text(text, replace) if replace else text

    source_by_id = {s.id: s for s in audit.sources}
    citation, points, notify_points = guidance()
    steps = remediation_steps()

    def source_view(source: Source) -> dict[str, Any]:
        location = clean(_shown_location(source, reveal))
        view = {
            "id": source.id,
            "type": source.kind.value,
            "kind": source.site_kind,
            "location": location,
            "url": _link(location),
            "status": source.status.value,
            "reason": source.reason,
            "title": clean(source.title),
            "platform": source.platform,
            "declared": source.declared,
            "parent": source.parent,
        }
        if source.kind == SourceKind.RESULT:
            view["about_subject"] = source.about_subject
            view["attributed"] = source.about_subject is not None and source.about_subject >= ATTRIBUTION_THRESHOLD
        return view

    def redacted(finding: Finding) -> str:
        if finding.parts:
            return " + ".join(redacted(part) for part in finding.parts)
        return redact_value(finding.value, finding.redact_as)

    def shown(finding: Finding) -> str:
        return finding.value if reveal else clean(redacted(finding))

    previous_ids = {f.get("id") for f in (previous or {}).get("findings", [])}
    findings = []
    for finding in audit.findings:
        # Identity for --compare comes from the redacted form, so redacted and revealed reports
        # compare alike and the identifier gives nothing away.
        finding_id = f"{finding.kind}:{_fingerprint(redacted(finding))}"
        findings.append({
            "id": finding_id,
            "kind": finding.kind,
            "category": finding.category.value,
            "severity": finding.severity.value,
            "title": finding.title,
            "value": shown(finding),
            "evidence": clean(finding.evidence),
            "why": finding.why,
            "sources": finding.sources,
            "source_views": [source_view(source_by_id[s]) for s in finding.sources if s in source_by_id],
            "guidance": list(finding.guidance),
            "remediation": list(finding.remediation),
            "combines": [part.kind for part in finding.parts],
            "since_last": ("unchanged" if finding_id in previous_ids else "new") if previous is not None else None,
        })

    cited = {g for f in audit.findings for g in f.guidance}
    coverage = [
        {"id": p.id, "text": p.text, "checked_by_tool": p.checked_by_tool,
         "findings": sum(p.id in f.guidance for f in audit.findings),
         "result": ("found" if p.id in cited else "nothing found") if p.checked_by_tool else "check yourself",
         "check_yourself": p.check_yourself, "links": [{"title": t, "url": u} for t, u in p.links]}
        for p in points.values()
    ]
    compare = None
    if previous is not None:
        current_ids = {f["id"] for f in findings}
        compare = {
            "previous_generated_at": previous.get("generated_at", ""),
            "new": [f["id"] for f in findings if f["since_last"] == "new"],
            "unchanged": [f["id"] for f in findings if f["since_last"] == "unchanged"],
            "gone": [{"id": f.get("id"), "title": f.get("title", ""), "value": f.get("value", "") if not reveal else ""}
                     for f in previous.get("findings", []) if f.get("id") not in current_ids],
        }
    level = overall_level(audit.findings)
    subject = audit.subject
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    return {
        "schema_version": SCHEMA_VERSION,
        "generated_at": now,
        "started_at": audit.started_at,
        "generated_at_text": _readable_time(now),
        "started_at_text": _readable_time(audit.started_at),
        "tool": {"name": "footprint", "version": audit.tool_version},
        "redacted": not reveal,
        "consent": {"basis": audit.consent, "text": CONSENT_TEXT.get(audit.consent, audit.consent)},
        "subject": {
            "full_name": subject.full_name if reveal else _redact_person(subject.full_name),
            "other_names": list(subject.other_names) if reveal else [_redact_person(n) for n in subject.other_names],
            "towns": list(subject.towns),
            "employer": subject.employer,
            "role": subject.role,
            "profile_urls": list(subject.profile_urls),
            "photos": len(subject.photo_paths),
        },
        "summary": {
            "level": level.value if level else "none",
            "counts": counts(audit.findings),
            "total": len(audit.findings),
            "top_actions": [{"id": a, "title": steps[a].title} for a in top_actions(audit.findings)],
        },
        "findings": findings,
        "compare": compare,
        "categories": [{"id": c.value, "title": CATEGORY_TITLES[c],
                        "findings": [f for f in findings if f["category"] == c.value]} for c in Category],
        "remediation": {step_id: {"title": s.title, "steps": list(s.steps), "checked": s.checked, "source": s.source}
                        for step_id, s in steps.items() if any(step_id in f.remediation for f in audit.findings)},
        "guidance": {"source": citation, "points": {p.id: p.text for p in points.values()}, "coverage": coverage},
        "tell_your_manager": [{"id": n, "text": notify_points[n].text} for n in notify_ids(audit.findings)],
        "sources": [source_view(s) for s in audit.sources],
        "could_not_check": [source_view(s) for s in audit.sources if s.status != Status.OK],
        "possibly_you": sorted(
            (source_view(s) for s in audit.sources if s.kind == SourceKind.RESULT and not s.declared
             and s.about_subject and s.about_subject < ATTRIBUTION_THRESHOLD),
            key=lambda view: -view["about_subject"]),
        "warnings": list(audit.warnings),
        "stats": {
            "queries": sum(s.kind == SourceKind.QUERY for s in audit.sources),
            "queries_failed": sum(s.kind == SourceKind.QUERY and s.status != Status.OK for s in audit.sources),
            "results": sum(s.kind == SourceKind.RESULT for s in audit.sources),
            "pages": sum(s.kind == SourceKind.PAGE for s in audit.sources),
            "images": sum(s.kind == SourceKind.IMAGE for s in audit.sources),
            "photos": sum(s.kind == SourceKind.PHOTO for s in audit.sources),
        },
        "timings": audit.timings,
    }


def _redact_person(name: str) -> str:
    """'Catrin Hywel-Prosser' -> 'Catrin H.': the owner recognises it, a stranger cannot search it."""
    first, _, rest = name.partition(" ")
    return f"{first} {rest[0]}." if rest else name


def _readable_time(iso: str) -> str:
    """'2026-11-24T08:44:15+00:00' -> '24 November 2026 at 08:44 UTC'."""
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    return moment.strftime("%-d %B %Y at %H:%M") + (" UTC" if moment.utcoffset() is not None and not moment.utcoffset() else "")


def to_json(context: dict[str, Any]) -> str:
    keep = {k: v for k, v in context.items() if k != "categories"}
    for finding in keep["findings"]:
        finding.pop("source_views", None)
    return json.dumps(keep, indent=2, ensure_ascii=False) + "\n"


def template_environment() -> jinja2.Environment:
    installed = resources.files("footprint").joinpath("templates")
    # A wheel carries templates/ inside the package; a source checkout keeps it at the top.
    folder = Path(str(installed)) if installed.is_dir() else Path(__file__).resolve().parent.parent / "templates"
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(folder),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def to_html(context: dict[str, Any]) -> str:
    template = template_environment().get_template("report.html.j2")
    return template.render(report=context, csp=CONTENT_SECURITY_POLICY)


def _fingerprint(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def load_previous(path: Path) -> dict[str, Any]:
    """A previous report.json for --compare; ValueError with a one-line reason if it is not one."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise ValueError(f"could not read {path}: {error}") from error
    if not isinstance(data, dict) or data.get("schema_version") != SCHEMA_VERSION or not all(
            isinstance(f, dict) and "id" in f for f in data.get("findings", [])):
        raise ValueError(f"{path} is not a footprint report.json this version can compare with")
    return data


def write_report(audit: Audit, out_dir: Path, *, reveal: bool = False,
                 previous: dict[str, Any] | None = None) -> tuple[Path, Path]:
    context = build_context(audit, reveal=reveal, previous=previous)
    html_path, json_path = out_dir / "report.html", out_dir / "report.json"
    write_private(html_path, to_html(context))
    write_private(json_path, to_json(context))
    return html_path, json_path

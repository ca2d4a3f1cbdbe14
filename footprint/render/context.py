"""The report context: everything both report files show, built once and redacted once.

Both files are made from the same redacted context, so neither can leak what the other
hides. Each section of the report has its own builder below; build_context puts them
together and hands the whole tree to the Redactor at the end, so no string escapes it.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from footprint.assess import counts, notify_points, overall_level, top_actions
from footprint.attribute import is_attributed
from footprint.collect.search import ANSWERED_EMPTY
from footprint.collect.walls import view_as_public
from footprint.datafiles import guidance, registers, remediation_steps, unchecked_advice
from footprint.exif import UNSUPPORTED
from footprint.model import Attribution, Audit, Category, Consent, Finding, Severity, Source, SourceKind, Status
from footprint.redact import Redactor, redacted_form
from footprint.serialise import source_json

SCHEMA_VERSION = 2
CATEGORY_TITLES = {
    Category.LOCATION: "Where you live and go",
    Category.CONTACT: "How to contact you",
    Category.FAMILY: "Your family",
    Category.WORK: "Your work and practice",
    Category.IDENTITY: "Who you are",
}
CONSENT_TEXT = {
    Consent.SELF: "The person ran this check on themselves.",
    Consent.WRITTEN: "The person checked gave their written consent.",
    Consent.DEMO: "Demonstration on a fictional person; every detail is invented.",
}


def _link(url: str) -> str:
    """Only http(s) addresses become links; anything else (javascript:, data:) stays text."""
    return url if urlsplit(url).scheme in ("http", "https") else ""


def _fingerprint(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def finding_id(finding: Finding) -> str:
    """Identity for --compare, from the redacted form: redacted and revealed reports compare
    alike, and the identifier gives nothing away."""
    return f"{finding.kind}:{_fingerprint(redacted_form(finding))}"


def source_view(source: Source, attribution: Attribution | None, redactor: Redactor, *, reveal: bool) -> dict[str, Any]:
    location = source.location
    if source.kind == SourceKind.PHOTO and not reveal:
        location = Path(location).name  # a full path can hold the owner's login name
    # A link whose address names the person would carry the name in the file: text only, unless revealed.
    url = _link(location) if reveal or redactor.text(location) == location else ""
    view = {**source_json(source), "location": location, "url": url}
    if source.kind == SourceKind.RESULT:
        view["attribution"] = {"score": attribution.score, "attributed": is_attributed(attribution),
                               "possible_clone": attribution.possible_clone, "reasons": attribution.reasons} if attribution else None
    return view


def finding_views(audit: Audit, sources: dict[str, dict[str, Any]], redactor: Redactor,
                  previous: dict[str, Any] | None) -> list[dict[str, Any]]:
    previous_ids = {f.get("id") for f in (previous or {}).get("findings", [])}
    views = []
    for finding in audit.findings:
        identifier = finding_id(finding)
        views.append({
            "id": identifier,
            "kind": finding.kind,
            "category": finding.category.value,
            "severity": finding.severity.value,
            "title": finding.title,
            "value": redactor.value(finding),
            "evidence": finding.evidence,
            "why": finding.why,
            "sources": finding.sources,
            "source_views": [sources[s] for s in finding.sources if s in sources],
            "guidance": list(finding.guidance),
            "remediation": list(finding.remediation),
            "combines": [part.kind for part in finding.parts],
            "since_last": ("unchanged" if identifier in previous_ids else "new") if previous is not None else None,
        })
    return views


# Findings of these kinds come one per photo; the report shows one card per kind listing them all.
ONE_CARD_PER_KIND = ("photo_gps", "photo_owner", "photo_name_field", "photo_serial", "page_image_gps")


def where(view: dict[str, Any], limit: int = 2) -> str:
    """The places a finding was seen, as a person would name them: 'blog.example.org, Facebook'."""
    names = list(dict.fromkeys(s["title"] or s["location"] for s in view["source_views"]))
    more = f" and {len(names) - limit} more" if len(names) > limit else ""
    return ", ".join(names[:limit]) + more


THUMBNAILS_PER_GROUP = 6


def thumbnail_uris(audit: Audit) -> dict[str, str]:
    """Photo source id -> data: URI of its embedded preview, for a --reveal report: a preview is
    itself personal, so a redacted report never carries one. Inline, so nothing is fetched."""
    import base64

    return {source.id: "data:image/jpeg;base64," + base64.b64encode(meta.thumbnail).decode("ascii")
            for source, meta in zip(_photo_sources(audit), audit.photos, strict=False) if meta.thumbnail}


def cards(findings: list[dict[str, Any]], places: dict[str, str], thumbnails: dict[str, str] | None = None) -> list[dict[str, Any]]:
    """What the report shows: one card per finding, except one card per kind for the kinds that
    come one per photo, with those photos grouped by the place they were taken (with their
    previews when thumbnails are given)."""
    thumbnails = thumbnails or {}
    shown: list[dict[str, Any]] = []
    merged: dict[str, dict[str, Any]] = {}
    for view in findings:
        item = {"value": view["value"], "evidence": view["evidence"], "source_views": view["source_views"]}
        if view["kind"] not in ONE_CARD_PER_KIND:
            shown.append({**view, "items": [item], "groups": []})
            continue
        card = merged.get(view["kind"])
        if card is None:
            card = merged[view["kind"]] = {**view, "items": [], "groups": [], "source_views": []}
            shown.append(card)
        card["items"].append(item)
        card["source_views"] += [s for s in view["source_views"] if s not in card["source_views"]]
    for card in merged.values():
        groups: dict[str, list[str]] = {}
        previews: dict[str, list[dict[str, str]]] = {}
        for item in card["items"]:
            for source in item["source_views"]:
                name = source["title"] or source["location"]
                if card["kind"] in ("photo_gps", "page_image_gps"):  # where they were taken
                    label = places.get(source["id"], "") or "no named place nearby"
                    groups.setdefault(label, []).append(name)
                    if source["id"] in thumbnails and len(previews.setdefault(label, [])) < THUMBNAILS_PER_GROUP:
                        previews[label].append({"src": thumbnails[source["id"]], "name": name})
                else:  # what each file says
                    groups.setdefault(name, []).append(item["value"])
        card["groups"] = [{"label": label, "names": list(dict.fromkeys(names)), "previews": previews.get(label, [])}
                          for label, names in groups.items()]
        count = len(card["source_views"])
        card["value"] = f"{count} files" if count > 1 else card["items"][0]["value"]
    return shown


def unchecked_rows(views: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """What could not be checked, with the files that are simply not images listed once, as a count."""
    not_images = [v for v in views if v["kind"] == SourceKind.PHOTO and v["reason"] == UNSUPPORTED]
    rows = [v for v in views if v not in not_images]
    if not_images:
        rows.append({**not_images[0], "location": f"{len(not_images)} file{'' if len(not_images) == 1 else 's'}",
                     "reason": f"not images footprint reads, such as {not_images[0]['location']}", "count": len(not_images)})
    return rows


def category_bars(findings: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Findings per category, for the summary's bar chart (plain HTML, no script)."""
    totals = [(c, sum(f["category"] == c.value for f in findings)) for c in Category]
    most = max((n for _, n in totals), default=0) or 1
    return [{"id": c.value, "title": CATEGORY_TITLES[c], "count": n, "percent": round(100 * n / most)} for c, n in totals]


def photo_map(audit: Audit, *, reveal: bool) -> dict[str, Any] | None:
    """Where the person's own photos were taken relative to each other, for an inline SVG drawing:
    groups within 150 m, labelled with the nearest place and any pattern found there, with a
    distance scale. No map tiles, nothing from the network; without --reveal positions are
    rounded to about 100 m."""
    from footprint.detect.photo_patterns import CLUSTER_RADIUS_M
    from footprint.places import distance_km

    located = [(s.id, m.gps) for s, m in zip(_photo_sources(audit), audit.photos, strict=False) if m.gps is not None]
    if not located:
        return None
    patterns = {source: f.kind for f in audit.findings if f.kind in ("likely_home", "likely_school") for source in f.sources}
    groups: list[dict[str, Any]] = []
    for source_id, gps in located:
        lat, lon = (gps.lat, gps.lon) if reveal else (round(gps.lat, 3), round(gps.lon, 3))
        group = next((g for g in groups if distance_km(g["lat"], g["lon"], lat, lon) * 1000 <= CLUSTER_RADIUS_M), None)
        if group is None:
            group = {"lat": lat, "lon": lon, "count": 0, "place": audit.places.get(source_id, ""), "pattern": ""}
            groups.append(group)
        group["count"] += 1
        group["pattern"] = group["pattern"] or patterns.get(source_id, "")
    width, height, margin = 640, 320, 50
    mid_lat = sum(g["lat"] for g in groups) / len(groups)
    km_per_lon = max(distance_km(mid_lat, 0, mid_lat, 1), 0.001)
    xs = [g["lon"] * km_per_lon for g in groups]
    ys = [g["lat"] * 111.2 for g in groups]
    span = max(max(xs) - min(xs), max(ys) - min(ys), 0.5)  # at least half a kilometre across
    scale = min(width - 2 * margin, height - 2 * margin) / span  # pixels per km
    for group, x, y in zip(groups, xs, ys, strict=True):
        group["x"] = round(margin + (x - min(xs)) * scale)
        group["y"] = round(height - margin - (y - min(ys)) * scale)
        group["r"] = min(6 + 3 * group["count"], 24)
        label = {"likely_home": "likely home", "likely_school": "likely school"}.get(group["pattern"], "")
        group["label"] = f"{group['count']} photo{'' if group['count'] == 1 else 's'}" + (f", {label}" if label else "")
    bar_km = _round_distance(span / 3)
    return {"width": width, "height": height, "groups": groups,
            "scale": {"pixels": round(bar_km * scale), "label": f"{bar_km:g} km" if bar_km >= 1 else f"{bar_km * 1000:g} m"}}


def _photo_sources(audit: Audit) -> list[Source]:
    return [s for s in audit.sources if s.kind == SourceKind.PHOTO]


def _round_distance(km: float) -> float:
    for step in (0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000):
        if km <= step:
            return step
    return 10000.0


def comparison(findings: list[dict[str, Any]], previous: dict[str, Any] | None) -> dict[str, Any] | None:
    if previous is None:
        return None
    current_ids = {f["id"] for f in findings}
    return {
        "previous_generated_at": previous.get("generated_at", ""),
        "new": [f["id"] for f in findings if f["since_last"] == "new"],
        "unchanged": [f["id"] for f in findings if f["since_last"] == "unchanged"],
        "gone": [{"id": f.get("id"), "title": f.get("title", ""), "value": f.get("value", "")}
                 for f in previous.get("findings", []) if f.get("id") not in current_ids],
    }


def coverage(findings: list[Finding]) -> dict[str, Any]:
    """The guidance point by point: found, nothing found, or for the person to check."""
    citation, points, _ = guidance()
    cited = {g for f in findings for g in f.guidance}
    return {
        "source": citation,
        "points": {p.id: p.text for p in points.values()},
        "coverage": [
            {"id": p.id, "text": p.text, "checked_by_tool": p.checked_by_tool,
             "findings": sum(p.id in f.guidance for f in findings),
             "result": ("found" if p.id in cited else "nothing found") if p.checked_by_tool else "check yourself",
             "check_yourself": p.check_yourself, "links": [{"title": t, "url": u} for t, u in p.links]}
            for p in points.values()
        ],
    }


STAGES = {SourceKind.QUERY: "search", SourceKind.PAGE: "pages", SourceKind.IMAGE: "images", SourceKind.PHOTO: "photos"}


def checked(sources: list[Source]) -> dict[str, dict[str, int]]:
    """What each stage tried and what it really checked, counted from what happened."""
    counts: dict[str, dict[str, int]] = {}
    for kind, stage in STAGES.items():
        tried = [s for s in sources if s.kind == kind]
        done = [s for s in tried if s.status == Status.OK]
        counts[stage] = {"tried": len(tried), "checked": len(done), "not_checked": len(tried) - len(done)}
    counts["search"]["answered_empty"] = sum(s.kind == SourceKind.QUERY and s.status == Status.OK
                                             and s.reason == ANSWERED_EMPTY for s in sources)
    counts["search"]["results"] = sum(s.kind == SourceKind.RESULT for s in sources)
    return counts


def stages_not_run(sources: list[Source], counts: dict[str, dict[str, int]]) -> list[dict[str, str]]:
    """The stages that had something to check and checked none of it, each with how to fix it."""
    advice = unchecked_advice()
    failed: list[dict[str, str]] = []
    for kind, stage in STAGES.items():
        if counts[stage]["tried"] and not counts[stage]["checked"]:
            reasons = Counter(s.reason for s in sources if s.kind == kind and s.status != Status.OK)
            reason = reasons.most_common(1)[0][0] if reasons else "no reason given"
            failed.append({"stage": stage, "text": advice[stage].format(count=counts[stage]["tried"], reason=reason)})
    return failed


def exposure_level(findings: list[Finding], counts: dict[str, dict[str, int]], not_run: list[dict[str, str]]) -> tuple[str, str]:
    """(level, at least): "none" only when everything was checked and nothing found; "unknown" when a
    whole stage could not run (unless something high was found anyway), or when nothing was found
    but not everything could be checked."""
    found = overall_level(findings)
    complete = not any(stage["not_checked"] for stage in counts.values())
    if found == Severity.HIGH:
        return found.value, ""
    if not_run:
        return "unknown", found.value if found else ""
    if found is not None:
        return found.value, ""
    return ("none", "") if complete else ("unknown", "")


def readable_time(iso: str) -> str:
    """'2026-11-24T08:44:15+00:00' -> '24 November 2026 at 08:44 UTC'."""
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    offset = moment.utcoffset()
    return moment.strftime("%-d %B %Y at %H:%M") + (" UTC" if offset is not None and not offset else "")


def build_context(audit: Audit, *, reveal: bool, previous: dict[str, Any] | None = None) -> dict[str, Any]:
    redactor = Redactor.for_report(audit.subject, audit.findings, reveal=reveal)
    sources = {s.id: source_view(s, audit.attributions.get(s.id), redactor, reveal=reveal) for s in audit.sources}
    findings = finding_views(audit, sources, redactor, previous)
    steps = remediation_steps()
    _, _, manager_points = guidance()

    def sources_for(finding: Finding) -> dict[str, Any]:
        return {"source_views": [sources[s] for s in finding.sources if s in sources]}

    shown = cards(findings, audit.places, thumbnail_uris(audit) if reveal else None)
    checked_counts = checked(audit.sources)
    not_run = stages_not_run(audit.sources, checked_counts)
    level, at_least = exposure_level(audit.findings, checked_counts, not_run)
    complete = not any(stage["not_checked"] for stage in checked_counts.values())
    stranger_views = [{"platform": platform, "text": text} for platform in dict.fromkeys(
        s.platform for s in audit.sources if s.kind == SourceKind.PAGE and s.status != Status.OK)
        if (text := view_as_public(platform))]
    subject = audit.subject
    now = datetime.now(UTC).isoformat(timespec="seconds")
    possibly_you = [
        view for view in sources.values()
        if view["kind"] == SourceKind.RESULT and not view["declared"] and view["attribution"]
        and not view["attribution"]["attributed"] and view["attribution"]["score"] > 0
    ]
    context = {
        "schema_version": SCHEMA_VERSION,
        "generated_at": now,
        "started_at": audit.started_at,
        "generated_at_text": readable_time(now),
        "started_at_text": readable_time(audit.started_at),
        "tool": {"name": "footprint", "version": audit.tool_version},
        "redacted": not reveal,
        "consent": {"basis": audit.consent.value, "text": CONSENT_TEXT[audit.consent]},
        "subject": {
            "full_name": subject.full_name,
            "other_names": list(subject.other_names),
            "towns": list(subject.towns),
            "employer": subject.employer,
            "role": subject.role,
            "profile_urls": list(subject.profile_urls),
            "photos": len(subject.photo_paths),
        },
        "summary": {
            "level": level,
            "at_least": at_least,
            "complete": complete,
            "checked": checked_counts,
            "could_not_run": not_run,
            "counts": counts(audit.findings),
            "total": len(audit.findings),
            "top_actions": [{"id": step, "title": steps[step].title, "because": finding.title,
                             "value": redactor.value(finding), "where": where(sources_for(finding))}
                            for step, finding in top_actions(audit.findings)],
            "bars": category_bars(findings),
        },
        "findings": findings,
        "compare": comparison(findings, previous),
        "categories": [{"id": c.value, "title": CATEGORY_TITLES[c], "count": sum(f["category"] == c.value for f in findings),
                        "cards": [card for card in shown if card["category"] == c.value]} for c in Category],
        "photo_map": photo_map(audit, reveal=reveal),
        "remediation": {step_id: {"title": s.title, "steps": list(s.steps), "checked": s.checked,
                                  "sources": [{"title": title, "url": url} for title, url in s.sources]}
                        for step_id, s in steps.items() if any(step_id in f.remediation for f in audit.findings)},
        "guidance": coverage(audit.findings),
        "tell_your_manager": [{"id": point, "text": manager_points[point].text,
                               "because": [{"title": f.title, "value": redactor.value(f), "where": where(sources_for(f))}
                                           for f in triggered]}
                              for point, triggered in notify_points(audit.findings).items()],
        "sources": list(sources.values()),
        "could_not_check": unchecked_rows([view for view in sources.values() if view["status"] != Status.OK]),
        "possibly_you": sorted(possibly_you, key=lambda view: -view["attribution"]["score"]),
        "warnings": list(audit.warnings),
        "stranger_views": stranger_views,
        "registers": list(registers()),
        "timings": audit.timings,
    }
    return redact_outside_strings(context, redactor)


# Footprint's own words (titles, reasons why, guidance, steps, advice) cannot hold the person's
# details and are left alone: a surname that is also a word ("Hill", "Young") would otherwise be
# masked in them too. Everything that came from outside, or from the person, is cleaned.
OWN_WORDS = {"title", "why", "guidance", "remediation", "text", "checked", "sources", "who", "url"}


def redact_outside_strings(context: dict[str, Any], redactor: Redactor) -> dict[str, Any]:
    def clean_finding(view: dict[str, Any]) -> dict[str, Any]:
        kept = {key: value for key, value in view.items() if key in OWN_WORDS and key != "sources"}
        return {**redactor.tree({k: v for k, v in view.items() if k not in kept}), **kept}

    cleaned = dict(context)
    for key in ("subject", "sources", "could_not_check", "possibly_you", "compare", "tell_your_manager"):
        cleaned[key] = redactor.tree(context[key])
    cleaned["findings"] = [clean_finding(view) for view in context["findings"]]
    cleaned["categories"] = [{**category, "cards": [clean_finding(card) for card in category["cards"]]}
                             for category in context["categories"]]
    cleaned["summary"] = {**context["summary"], "top_actions": redactor.tree(context["summary"]["top_actions"]),
                          "could_not_run": redactor.tree(context["summary"]["could_not_run"])}
    cleaned["photo_map"] = redactor.tree(context["photo_map"])
    cleaned["warnings"] = redactor.tree(context["warnings"])
    return cleaned

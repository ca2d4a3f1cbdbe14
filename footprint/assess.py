"""The assessor: merges sightings into findings and attaches severity, guidance and remediation.

What a kind of finding means (its severity, wording, guidance and remediation) lives in
data/finding_kinds.json; this module only applies it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from footprint.datafiles import combinations, finding_kinds, platform_steps
from footprint.model import Category, Detection, Finding, RedactAs, Severity
from footprint.text import fold


def assess(detections: Iterable[Detection], *, platforms: dict[str, str] | None = None) -> list[Finding]:
    """One finding per (kind, value), however many sources showed it; combinations that are
    riskier together; most severe first.

    Details that a detector decided belong to someone else (owner=False) are not
    exposure of this person and are dropped here. `platforms` maps source ids to the
    platform they are on, so a finding on Facebook also gets Facebook's privacy steps.
    """
    kinds = finding_kinds()
    merged: dict[tuple[str, str], Finding] = {}
    for detection in detections:
        if detection.owner is False:
            continue
        kind = kinds.get(detection.kind)
        if kind is None:
            raise ValueError(f"detector produced unknown kind {detection.kind!r}; add it to finding_kinds.json")
        key = (detection.kind, fold(detection.value))
        finding = merged.get(key)
        if finding is None:
            merged[key] = Finding(
                kind=detection.kind,
                category=kind.category,
                severity=kind.severity,
                title=kind.title,
                value=detection.value,
                evidence=detection.evidence,
                sources=[detection.source_id],
                why=kind.why,
                guidance=kind.guidance,
                remediation=kind.remediation,
                matches=tuple(m for m in (detection.match, detection.value) if m),
                redact_as=kind.redact,
            )
            continue
        if detection.source_id not in finding.sources:
            finding.sources.append(detection.source_id)
        if detection.match and detection.match not in finding.matches:
            finding.matches = (*finding.matches, detection.match)
    findings = list(merged.values())
    steps_for_platform = platform_steps()
    for finding in findings:
        for source_id in finding.sources:
            step = steps_for_platform.get((platforms or {}).get(source_id, ""))
            if step and step not in finding.remediation:
                finding.remediation = (*finding.remediation, step)
    findings += combine(findings)
    order = list(Category)
    return sorted(findings, key=lambda f: (-f.severity.rank, order.index(f.category), f.kind, f.value))


def combine(findings: list[Finding]) -> list[Finding]:
    """Combinations (data/combinations.json) whose every part was found, as findings of their own."""
    by_kind: dict[str, list[Finding]] = {}
    for finding in findings:
        by_kind.setdefault(finding.kind, []).append(finding)
    combined = []
    for combination in combinations():
        if not all(kind in by_kind for kind in combination.requires):
            continue
        parts = [by_kind[kind][0] for kind in combination.requires]
        sources = list(dict.fromkeys(s for kind in combination.requires for f in by_kind[kind] for s in f.sources))
        combined.append(Finding(
            kind=combination.kind,
            category=combination.category,
            severity=combination.severity,
            title=combination.title,
            value=" + ".join(part.value for part in parts),
            evidence=" / ".join(part.evidence for part in parts),
            sources=sources,
            why=combination.why,
            guidance=combination.guidance,
            remediation=combination.remediation,
            matches=tuple(m for part in parts for m in part.matches),
            redact_as=RedactAs.PARTS,
            parts=tuple(parts),
        ))
    return combined


def overall_level(findings: list[Finding]) -> Severity | None:
    """High if anything is high, and so on; None when nothing was found."""
    if not findings:
        return None
    return max((f.severity for f in findings), key=lambda s: s.rank)


def counts(findings: list[Finding]) -> dict[str, dict[str, int]]:
    return {
        "severity": {s.value: n for s in Severity if (n := Counter(f.severity for f in findings)[s])},
        "category": {c.value: n for c in Category if (n := Counter(f.category for f in findings)[c])},
    }


def notify_points(findings: list[Finding]) -> dict[str, list[Finding]]:
    """The 'tell your manager' points these findings trigger, each with the findings that trigger it."""
    kinds = finding_kinds()
    triggered: dict[str, list[Finding]] = {}
    for finding in findings:
        notify = kinds[finding.kind].notify if finding.kind in kinds else ""
        if notify:
            triggered.setdefault(notify, []).append(finding)
    return triggered


def top_actions(findings: list[Finding], limit: int = 3) -> list[tuple[str, Finding]]:
    """(remediation id, the finding it is for), most severe findings first, without repeats."""
    actions: list[tuple[str, Finding]] = []
    for finding in findings:
        for step in finding.remediation:
            if step not in (action for action, _ in actions):
                actions.append((step, finding))
                break
        if len(actions) == limit:
            break
    return actions

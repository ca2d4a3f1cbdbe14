"""Loads the data files in footprint/data. Everything a person reads comes from here."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from footprint.model import Category, RedactAs, Severity


def load_json(name: str) -> Any:
    return json.loads(resources.files("footprint.data").joinpath(name).read_text(encoding="utf-8"))


def load_lines(name: str) -> tuple[str, ...]:
    """A data file of one entry per line; lines starting with # are comments."""
    text = resources.files("footprint.data").joinpath(name).read_text(encoding="utf-8")
    return tuple(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


@dataclass(frozen=True)
class FindingKind:
    kind: str
    category: Category
    severity: Severity
    title: str
    why: str
    guidance: tuple[str, ...]
    remediation: tuple[str, ...]
    redact: RedactAs
    notify: str = ""


@dataclass(frozen=True)
class RemediationStep:
    id: str
    title: str
    steps: tuple[str, ...]
    checked: str
    sources: tuple[tuple[str, str], ...]  # (title, url) of where the steps were checked


@dataclass(frozen=True)
class GuidancePoint:
    id: str
    text: str
    checked_by_tool: bool = False
    check_yourself: str = ""  # for points no tool can check from outside
    links: tuple[tuple[str, str], ...] = ()  # (title, url) where to check it


@dataclass(frozen=True)
class Combination:
    kind: str
    requires: tuple[str, ...]
    title: str
    why: str
    severity: Severity
    category: Category
    guidance: tuple[str, ...]
    remediation: tuple[str, ...]


@cache
def finding_kinds() -> dict[str, FindingKind]:
    kinds = load_json("finding_kinds.json")["kinds"]
    return {
        kind: FindingKind(
            kind=kind,
            category=Category(entry["category"]),
            severity=Severity(entry["severity"]),
            title=entry["title"],
            why=entry["why"],
            guidance=tuple(entry["guidance"]),
            remediation=tuple(entry["remediation"]),
            redact=RedactAs(entry["redact"]),
            notify=entry.get("notify", ""),
        )
        for kind, entry in kinds.items()
    }


@cache
def remediation_steps() -> dict[str, RemediationStep]:
    steps = load_json("remediation.json")["steps"]
    return {
        step_id: RemediationStep(
            id=step_id,
            title=entry["title"],
            steps=tuple(entry["steps"]),
            checked=entry["checked"],
            sources=tuple((source["title"], source["url"]) for source in entry["sources"]),
        )
        for step_id, entry in steps.items()
    }


@cache
def guidance() -> tuple[str, dict[str, GuidancePoint], dict[str, GuidancePoint]]:
    """(source citation, guidance points by id, tell-your-manager points by id)."""
    raw = load_json("guidance.json")
    points = {
        p["id"]: GuidancePoint(p["id"], p["text"], p["checked_by_tool"], p.get("check_yourself", ""),
                               tuple((link["title"], link["url"]) for link in p.get("links", [])))
        for p in raw["points"]
    }
    notify = {p["id"]: GuidancePoint(p["id"], p["text"]) for p in raw["tell_your_manager"]}
    return raw["source"], points, notify


@cache
def terms() -> dict[str, tuple[str, ...]]:
    raw = load_json("terms.json")
    return {key: tuple(value) for key, value in raw.items() if not key.startswith("_")}


@cache
def unchecked_advice() -> dict[str, str]:
    """Stage -> what to tell the person when none of it could be checked (data/unchecked.json)."""
    return {key: value for key, value in load_json("unchecked.json").items() if not key.startswith("_")}


@cache
def camera_defaults() -> re.Pattern[str]:
    """Owner and copyright values cameras write by themselves (data/camera_defaults.json), as one pattern."""
    patterns = load_json("camera_defaults.json")["patterns"]
    return re.compile("(?:" + "|".join(f"(?:{p})" for p in patterns) + ")", re.IGNORECASE)


@cache
def registers() -> tuple[dict[str, str], ...]:
    """Public professional registers a stranger can search by name (data/registers.json)."""
    return tuple(load_json("registers.json")["registers"])


@cache
def sites() -> tuple[dict[str, str], ...]:
    return tuple(load_json("platforms.json")["sites"])


@cache
def query_templates() -> tuple[dict[str, str], ...]:
    return tuple(load_json("queries.json")["plan"])


@cache
def platform_steps() -> dict[str, str]:
    """Platform name -> the remediation step for that platform's privacy settings."""
    return dict(load_json("remediation.json")["platform_steps"])


@cache
def combinations() -> tuple[Combination, ...]:
    return tuple(
        Combination(
            kind=c["kind"], requires=tuple(c["requires"]), title=c["title"], why=c["why"],
            severity=Severity(c["severity"]), category=Category(c["category"]),
            guidance=tuple(c["guidance"]), remediation=tuple(c["remediation"]),
        )
        for c in load_json("combinations.json")["combinations"]
    )

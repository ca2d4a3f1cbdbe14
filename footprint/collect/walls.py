"""What a logged-out stranger is shown instead of a profile: a login page, a script-only shell, a
cookie interstitial or a refusal. Such a page is "could not check", never clean; what it does
show strangers (title, description, OpenGraph, JSON-LD) is kept and read.

The platforms and their signs live in data/login_walls.json.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from typing import Any
from urllib.parse import urlsplit

from footprint.collect.fetch import FetchResult
from footprint.datafiles import load_json
from footprint.model import Document

SHOWN_TO_STRANGERS = ("title", "description", "og:title", "og:description", "twitter:title", "twitter:description")


@cache
def walls() -> dict[str, Any]:
    data: dict[str, Any] = load_json("login_walls.json")
    return data


def view_as_public(platform: str) -> str:
    """How the person can see their profile on `platform` as a stranger does ('' if unknown)."""
    return str(walls()["platforms"].get(platform, {}).get("view_as_public", ""))


def refusal_reason(platform: str, fetched: FetchResult) -> str:
    """A known platform refusing strangers outright (LinkedIn's 999, a 429 or 403), in plain words."""
    if platform in walls()["platforms"] and fetched.status_code in walls()["refusal_statuses"]:
        return f"could not check: {platform} refuses to show this page to strangers (it answered {fetched.status_code})"
    return ""


def wall_reason(platform: str, fetched: FetchResult, document: Document) -> str:
    """Why a page from a known platform is not what a stranger would see of the profile, or ''."""
    rules = walls()
    signs = rules["platforms"].get(platform)
    if signs is None:
        return ""
    path = urlsplit(fetched.final_url or fetched.url).path.lower()
    host = (urlsplit(fetched.final_url or fetched.url).hostname or "").lower()
    text = " ".join(document.text.split())
    title = document.meta.get("title", "").lower()
    login = f"could not check: {platform} shows strangers a login page, not the profile"
    if any(path == p or path.startswith(p.rstrip("/") + "/") for p in signs["login_paths"]):
        return login
    if document.password_field and (len(text) <= rules["wall_max_text"] or any(t in title for t in rules["login_titles"])):
        return login
    if host.startswith("consent.") or (len(text) <= rules["wall_max_text"]
                                       and any(m in text.lower() for m in rules["consent_markers"])):
        return f"could not check: {platform} shows strangers a cookie page, not the profile"
    if document.runs_scripts and len(text) <= rules["shell_max_text"]:
        return f"could not check: {platform} sends strangers an empty page that needs scripts to show anything"
    return ""


def stranger_view(document: Document) -> Document:
    """Only what the walled page shows a stranger: its title, descriptions and structured data."""
    shown = [document.meta[key] for key in SHOWN_TO_STRANGERS if document.meta.get(key)]
    return replace(document, text="\n".join(dict.fromkeys(shown)), links=(), images=(), rel_me=(), asides=(), posts=())

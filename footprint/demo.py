"""The bundled fictional persona, for trainers: a full audit with no network at all."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import partial
from importlib import resources
from pathlib import Path

from footprint.collect.backends import ReplayBackend
from footprint.collect.fetch import PAGE_LIMIT_BYTES, FetchResult, RecordedFetcher
from footprint.collect.plan import plan_queries
from footprint.model import PlannedQuery, Subject
from footprint.services import Services

DEMO_FOLDER = "demo"


def demo_root() -> Path:
    return Path(str(resources.files("footprint.data").joinpath(DEMO_FOLDER)))


@dataclass(frozen=True)
class DemoScenario:
    subject: Subject
    plan: list[PlannedQuery]
    services: Services


class DemoFetcher(RecordedFetcher):
    """Recorded pages, plus recorded failures so the report shows what 'could not check' looks like."""

    def __init__(self, root: Path, recordings: dict[str, dict[str, str]]) -> None:
        self.failures = {url: entry["error"] for url, entry in recordings.items() if "error" in entry}
        super().__init__({
            url: (entry["type"], partial(Path.read_bytes, root / entry["file"]))
            for url, entry in recordings.items() if "file" in entry
        })

    def fetch(self, url: str, *, max_bytes: int = PAGE_LIMIT_BYTES) -> FetchResult:
        if url in self.failures:
            return FetchResult(url=url, error=self.failures[url])
        return super().fetch(url, max_bytes=max_bytes)


def load_demo() -> DemoScenario:
    root = demo_root()
    persona = json.loads((root / "persona.json").read_text(encoding="utf-8"))
    raw = persona["subject"]
    subject = Subject(
        full_name=raw["full_name"],
        other_names=tuple(raw["other_names"]),
        towns=tuple(raw["towns"]),
        employer=raw["employer"],
        role=raw["role"],
        profile_urls=tuple(raw["profile_urls"]),
        photo_paths=tuple(str(root / p) for p in raw["photos"]),
    )
    plan = plan_queries(subject)
    results = json.loads((root / persona["recorded_search"]).read_text(encoding="utf-8"))
    services = Services(backend=ReplayBackend(results, plan), fetcher=DemoFetcher(root, persona["recorded_pages"]))
    return DemoScenario(subject=subject, plan=plan, services=services)

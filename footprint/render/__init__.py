"""Renderers: the report context is built and redacted once (context.py), then written as JSON and HTML."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from footprint.model import Audit
from footprint.private_files import write_private
from footprint.render.context import SCHEMA_VERSION, build_context
from footprint.render.templates import REPORT_CSP, environment

__all__ = ["REPORT_CSP", "SCHEMA_VERSION", "build_context", "load_previous", "to_html", "to_json", "write_report"]


def to_json(context: dict[str, Any]) -> str:
    keep = {k: v for k, v in context.items() if k != "categories"}
    keep["findings"] = [{k: v for k, v in f.items() if k != "source_views"} for f in keep["findings"]]
    return json.dumps(keep, indent=2, ensure_ascii=False) + "\n"


def to_html(context: dict[str, Any]) -> str:
    return environment().get_template("report.html.j2").render(report=context, csp=REPORT_CSP)


def load_previous(path: Path) -> dict[str, Any]:
    """A previous report.json for --compare; ValueError with a one-line reason if it is not one."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise ValueError(f"could not read {path}: {error}") from error
    if not isinstance(data, dict) or data.get("schema_version") not in (1, SCHEMA_VERSION) or not all(
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

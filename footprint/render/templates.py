"""Where the Jinja2 templates are, and the Content-Security-Policy every page we write carries."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import jinja2

# The report loads nothing: no scripts, no fonts, no images but inline data: thumbnails.
REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"


def template_folder() -> Path:
    installed = resources.files("footprint").joinpath("templates")
    # A wheel carries templates/ inside the package; a source checkout keeps it at the top.
    if installed.is_dir():
        return Path(str(installed))
    return Path(__file__).resolve().parent.parent.parent / "templates"


def environment() -> jinja2.Environment:
    """Autoescaping on for every template, whatever its file name ends in."""
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(template_folder()),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )

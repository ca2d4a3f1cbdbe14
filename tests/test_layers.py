"""The package's layers: each module imports only from its own layer or the ones below it, so a
stage never reaches forward into a later one (README, "How it is built")."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "footprint"

# Lowest first. A module may import from its own layer and any layer before it.
LAYERS = [
    {"footprint", "footprint.model", "footprint.text", "footprint.private_files", "footprint.datafiles"},
    {"footprint.cache", "footprint.names", "footprint.sites", "footprint.places", "footprint.redact", "footprint.exif",
     "footprint.scrub", "footprint.inputs", "footprint.serialise"},
    {"footprint.collect"},
    {"footprint.attribute"},
    {"footprint.detect"},
    {"footprint.assess"},
    {"footprint.render"},
    {"footprint.services", "footprint.demo"},
    {"footprint.pipeline"},
    {"footprint.console", "footprint.web", "footprint.cli", "footprint.__main__"},
]


def layer_of(module: str) -> int:
    best = -1
    for index, layer in enumerate(LAYERS):
        for prefix in layer:
            inside = module == prefix or module.startswith(prefix + ".")
            if inside and (prefix != "footprint" or module == "footprint"):
                best = index
    assert best >= 0, f"{module} is in no layer: add it to LAYERS"
    return best


def imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("footprint"):
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names if alias.name.startswith("footprint")}
    return found


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def test_no_import_runs_upward():
    upward = []
    for path in sorted(PACKAGE.rglob("*.py")):
        module = module_name(path)
        for imported in imports(path):
            if layer_of(imported) > layer_of(module):
                upward.append(f"{module} imports {imported}")
    assert upward == []


def test_the_layer_check_would_catch_an_upward_import():
    assert layer_of("footprint.collect.search") < layer_of("footprint.detect.family") < layer_of("footprint.cli")

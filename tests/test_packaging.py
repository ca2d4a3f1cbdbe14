"""The wheel carries everything `footprint demo` needs: templates, data files, demo photos."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    pytest.importorskip("hatchling", reason="hatchling (in the test extra) builds the wheel without the network")
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(out), str(ROOT)],
                   check=True, capture_output=True, timeout=300)
    return next(out.glob("footprint-*.whl"))


def test_wheel_ships_templates_and_data(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "footprint/templates/report.html.j2" in names
    for needed in ("footprint/data/finding_kinds.json", "footprint/data/demo/persona.json",
                   "footprint/data/demo/photos/park-run.jpg", "footprint/data/demo/pages/blog.html"):
        assert needed in names, needed
    assert not any(name.startswith(("reports/", "tests/")) for name in names)


def test_demo_runs_from_the_unpacked_wheel_alone(wheel, tmp_path):
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    work = tmp_path / "elsewhere"  # not the repository, so nothing but the wheel provides footprint
    work.mkdir()
    result = subprocess.run([sys.executable, "-c", "from footprint.cli import main; main()", "demo"], cwd=work,
                            env={**os.environ, "PYTHONPATH": str(site), "FOOTPRINT_DEBUG": "1"},
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert (work / "reports" / "demo" / "report.html").stat().st_size > 1000
    assert str(site) in subprocess.run(
        [sys.executable, "-c", "from footprint.render.templates import template_folder; print(template_folder())"],
        cwd=work, env={**os.environ, "PYTHONPATH": str(site)}, capture_output=True, text=True).stdout

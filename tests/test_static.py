"""Static checks, run with the tests so CI and the README's test command include them: ruff (lint
and import order) over the repository, mypy in strict mode over the package."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=600)


def test_ruff_finds_nothing():
    pytest.importorskip("ruff", reason="ruff (test extra) is not installed")
    result = run(sys.executable, "-m", "ruff", "check", "footprint", "tests", "bench", "tools")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_strict_finds_nothing():
    pytest.importorskip("mypy", reason="mypy (test extra) is not installed")
    result = run(sys.executable, "-m", "mypy")  # settings in pyproject.toml: strict, footprint/
    assert result.returncode == 0, result.stdout + result.stderr

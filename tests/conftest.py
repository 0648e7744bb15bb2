"""Shared fixtures: paths, a raw-input builder, one resolver per session, a cache folder of the
test's own and a child process using it."""
from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from extractor.models import RawInput

# the shared assertions of the tables of printed names (namekit.py) show the values they compare
pytest.register_assert_rewrite("namekit")

FIXTURES = Path(__file__).parent / "fixtures"
#: the checkout a child process imports the package from
ROOT = Path(__file__).resolve().parent.parent


def make_raw(data: bytes, path: str = "page.html", http_charset: str | None = None) -> RawInput:
    """A RawInput for bytes built in a test."""
    return RawInput(path=path, data=data, size=len(data), sha256=hashlib.sha256(data).hexdigest(),
                    http_charset=http_charset)


@pytest.fixture(scope="session")
def fixtures_dir() -> Path:
    return FIXTURES


@pytest.fixture(scope="session")
def resolver():
    """The registry and jieba, loaded once for the whole test session."""
    from extractor.agencies.resolve import load_resolver
    return load_resolver()


@pytest.fixture
def cache_folder(tmp_path, monkeypatch) -> Path:
    """A cache folder of the test's own (``EXTRACTOR_CACHE_DIR``), for this process and its children;
    not made yet."""
    folder = tmp_path / "cache"
    monkeypatch.setenv("EXTRACTOR_CACHE_DIR", str(folder))
    return folder


def child_env(cache_folder: Path, seed: str | None = None) -> dict[str, str]:
    """The environment of a child Python process that imports this checkout and keeps its caches in
    ``cache_folder`` (``seed``: its ``PYTHONHASHSEED``, else the one inherited)."""
    env = {**os.environ, "EXTRACTOR_CACHE_DIR": str(cache_folder), "PYTHONPATH": str(ROOT)}
    return env if seed is None else {**env, "PYTHONHASHSEED": seed}


def run_child(code: str, cache_folder: Path, *args: str, seed: str | None = None) -> dict:
    """Run ``code`` (with ``args``) in a child Python process (``child_env``); the JSON it prints."""
    out = subprocess.run([sys.executable, "-c", code, *args], env=child_env(cache_folder, seed), cwd=ROOT,
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout)

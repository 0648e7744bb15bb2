"""Shared fixtures: paths, a raw-input builder, one resolver per session."""
from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from extractor.models import RawInput

FIXTURES = Path(__file__).parent / "fixtures"


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

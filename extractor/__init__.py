"""extractor: responsibility-division notices (责任分工表) in, normalized rows out.

The library API (the CLI, ``extractor.cli``, is a thin layer over it)::

    import extractor

    notice = extractor.extract("notice.html")            # a path, or the page's bytes
    for m in notice.measures:
        print(m.seq, m.text, [a.canonical for a in m.lead])

    registry = extractor.load_registry("my_registry/")   # your own agency registry
    notice = extractor.extract(page_bytes, registry=registry, name="page.html")

    result = extractor.run(extractor.Settings(inputs=("raw",), out_dir=Path("output")))

    archive = extractor.Archive(Path("output/notices.sqlite"))   # the cumulative archive
    try:
        for notice in archive.iter_notices():
            ...
    finally:
        archive.close()

Names are loaded on first use, so ``import extractor`` (and ``extractor --help``)
stays cheap.
"""
from __future__ import annotations

import importlib

__version__ = "0.1.0"

#: public name -> the module that defines it
_API = {
    "extract": "engine.extract",
    "Settings": "engine.settings",
    "run": "engine.pipeline",
    "RunResult": "engine.pipeline",
    "Archive": "store.archive",
    "open_archive": "store.archive",
    "Registry": "agencies.records",
    "load_registry": "agencies.registry",
    "Notice": "models",
    "Measure": "models",
    "AgencyRef": "models",
    "ExtractorError": "models",
}

__all__ = ["__version__", *_API]


def __getattr__(name: str):
    if name in _API:
        value = getattr(importlib.import_module(f".{_API[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_API))

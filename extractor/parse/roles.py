"""The role vocabulary (``roles.toml``): which words name a lead, support,
deadline ... column or label.  One list per role, shared by the table header
reader and the label reader, so the two cannot drift apart."""
from __future__ import annotations

import tomllib
from functools import lru_cache
from importlib import resources

#: the order roles are tried in a table header (on a tie the first wins)
_HEADER_ORDER = ("section", "measure", "lead", "support", "responsible", "deadline", "number", "leader")


@lru_cache(maxsize=1)
def _read() -> dict:
    with resources.files(__package__).joinpath("roles.toml").open("rb") as fh:
        return tomllib.load(fh)


@lru_cache(maxsize=1)
def header_roles() -> dict[str, tuple[str, ...]]:
    """role -> words, as a table header names its columns."""
    words = {**_read()["roles"], **_read()["header_roles"]}
    return {role: tuple(words[role]) for role in _HEADER_ORDER}


@lru_cache(maxsize=1)
def label_roles() -> dict[str, tuple[str, ...]]:
    """role -> words, as a label line (牵头单位：…) names its value."""
    return {role: tuple(ws) for role, ws in {**_read()["roles"], **_read()["label_roles"]}.items()}

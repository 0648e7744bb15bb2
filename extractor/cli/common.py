"""What several commands share: exit codes, option definitions, argument types,
the user's registry and aliases files, and the lines that name a failure."""
from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

EXIT_OK, EXIT_INPUT, EXIT_USAGE = 0, 1, 2
EXIT_INTERRUPTED, EXIT_PIPE = 130, 141   # 128 + SIGINT, 128 + SIGPIPE, as the shell reports them

log = logging.getLogger("extractor")


def positive_number(text: str) -> float:
    """An argument type: a number more than 0."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not value > 0:
        raise argparse.ArgumentTypeError("must be more than 0")
    return value


def iso_date(text: str) -> str:
    """An argument type: a date as YYYY-MM-DD."""
    from datetime import date

    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def fail(message, status: int = EXIT_USAGE) -> int:
    """Name what went wrong in one line on stderr (``extractor: error: MESSAGE``) and
    give back the exit status, for a command to return."""
    print(f"extractor: error: {message}", file=sys.stderr)
    return status


def print_failures(failures) -> None:
    """One line per (file or URL, reason) on stderr; a control character in a
    name (a newline, ESC) is printed escaped, so no name can fake a line."""
    if not failures:
        return
    from ..source.read import shown_path

    for where, reason in failures:
        fail(f"{shown_path(where)}: {shown_path(reason)}")


def add_registry_option(p, **kwargs) -> None:
    """--registry DIR: the user's registry files, read on top of the shipped ones."""
    p.add_argument("--registry", type=Path, metavar="DIR", **kwargs,
                   help="folder of registry files (<city>.toml, the shipped format) read on top of the "
                        "package's (default: raw/registry/ if present)")


def use_registry(given: Path | None) -> bool:
    """Point this process and its workers at --registry DIR (else raw/registry/ when it
    exists) through the environment; False, with a message, for a folder that is not one."""
    import os

    from ..agencies.registry import REGISTRY_ENV

    folder = given if given is not None else (Path("raw/registry") if Path("raw/registry").is_dir() else None)
    if folder is None:
        return True
    if not folder.is_dir():
        fail(f"{folder}: no such registry folder")
        return False
    os.environ[REGISTRY_ENV] = str(folder.resolve())
    return True


def aliases_file(given: Path | None) -> Path | None:
    """--aliases FILE, else raw/aliases.csv when it exists."""
    if given is None and Path("raw/aliases.csv").is_file():
        return Path("raw/aliases.csv")
    return given

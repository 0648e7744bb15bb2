"""What one run does: the settings ``pipeline.run`` and the engines share."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..source.read import MAX_INPUT_MB
from ..store.export import EXPORTERS


@dataclass(frozen=True)
class Settings:
    """What one ``run`` does."""

    inputs: tuple[str, ...] = ("raw",)
    out_dir: Path = Path("output")
    formats: tuple[str, ...] = tuple(EXPORTERS)
    aliases: Path | None = None   #: user alias CSV (name,agency_id[,city])
    jobs: int = 1                 #: worker processes (or local Dask workers); 0 = one per core
    engine: str = "local"         #: "local" (this host) or "dask" (a Dask cluster)
    scheduler: str | None = None  #: Dask scheduler address, e.g. tcp://host:8786 (else a local cluster)
    full: bool = False            #: re-extract inputs whose bytes the archive already holds
    all_versions: bool = False    #: per-run files show every archived version, not only the latest
    fetch_into: Path = Path("raw")  #: where URL inputs are fetched to before extraction
    max_input_mb: float = MAX_INPUT_MB  #: a larger input file is refused unread

"""Synthetic notices with known truth: a seeded generator and a scorer.

``notice(seed)`` composes one notice from independent axes (container,
medium, numbering, separator, place, names, groups, deadlines, chrome,
encoding, spacing: ``AXES``), each value a variant published notices print,
and returns ``Synth(data, suffix, truth)``; the truth has the shape of a
fixture's expected.json.  ``python -m synth`` (``make synth``) scores the
library on ``SEEDS`` and prints exactness per axis value (docs/synth.md).
"""
from __future__ import annotations

from dataclasses import dataclass

from .compose import AXES as FIRST_AXES
from .compose import compose
from .render import render
from .third import THIRD_AXES, third
from .wide import WIDE_AXES, widen

#: Every axis ``make synth`` reports: the first generator's, the wide ones, the third wave's.
AXES = FIRST_AXES + WIDE_AXES + THIRD_AXES

#: The fixed seed set ``make synth`` and tests/test_synth.py score.
SEEDS = range(1, 401)


@dataclass
class Synth:
    seed: int
    data: bytes
    suffix: str
    truth: dict

    @property
    def name(self) -> str:
        return f"synth-{self.seed}{self.suffix}"


def notice(seed: int) -> Synth:
    plan = compose(seed)
    widen(plan)
    third(plan)
    data, suffix = render(plan)
    return Synth(seed, data, suffix, plan.truth())


__all__ = ["AXES", "SEEDS", "Synth", "notice"]

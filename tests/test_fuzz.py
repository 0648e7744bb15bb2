"""Damaged copies of the fixtures (lines dropped, repeated, cut, swapped, noise
put in) must extract or fail as bad input: never with another exception, which
would stop a batch. Deterministic (fixed seed); a failure names the damage."""
import hashlib
import random

import pytest

from extractor.models import ExtractorError, RawInput
from extractor.engine.extract import extract_raw
from extractor.store.rows import notice_record

NOISE = list("一二三四五六七八九十（）()、，。；：:|\t ①②③牵头配合单位责任完成时限序号\n<>/td tr table br p div 〔〕号年月日—│┼─")


def damaged(text: str, rng: random.Random) -> str:
    lines = text.split("\n")
    for _ in range(rng.randint(1, 8)):
        if not lines:
            break
        i, op = rng.randrange(len(lines)), rng.random()
        if op < 0.25:
            del lines[i]
        elif op < 0.45:
            lines.insert(i, lines[rng.randrange(len(lines))])
        elif op < 0.7:
            k = rng.randrange(len(lines[i]) + 1)
            lines[i] = lines[i][:k] + "".join(rng.choice(NOISE) for _ in range(rng.randint(1, 6))) + lines[i][k:]
        elif op < 0.85:
            lines[i] = lines[i][:rng.randrange(len(lines[i]) + 1)]
        else:
            j = rng.randrange(len(lines))
            lines[i], lines[j] = lines[j], lines[i]
    return "\n".join(lines)


@pytest.mark.parametrize("seed", range(8))
def test_damaged_fixtures_extract_or_fail_as_bad_input(fixtures_dir, seed):
    pages = sorted(p for p in fixtures_dir.iterdir() if p.suffix in (".txt", ".html"))
    rng = random.Random(seed)
    for _ in range(60):
        page = rng.choice(pages)
        data = damaged(page.read_text(encoding="utf-8", errors="replace"), rng).encode("utf-8")
        raw = RawInput(path=f"damaged{page.suffix}", data=data, size=len(data),
                       sha256=hashlib.sha256(data).hexdigest())
        try:
            notice = extract_raw(raw)
        except ExtractorError:
            continue
        record = notice_record(notice)            # what the writers take must build too
        numbers = [s.no for s in notice.sections if s.no is not None]
        assert len(numbers) == len(set(numbers)), (page.name, seed)
        assert len(record.measures) == len(notice.measures)

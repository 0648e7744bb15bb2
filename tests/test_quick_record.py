"""Faster forms of a notice's record and its batch rows (docs/scale.md, session 75): each gives what its
former form gave, on random values whose draws reach every answer.  The former forms are kept here as they were."""
import json
import random

from extractor.store import csvtext, rowbatch
from extractor.store import rows as R
from extractor.store.csvtext import csv_text, plain_or_csv

ROUNDS = 3000
#: characters a drawn text is made of: the ones the CSV and JSON forms treat apart, and plain ones
_CHARS = ',"\r\n=+-@\t \\\x00\x7f' + "甲乙丙，。、（）" + "abc123"


def _text(rng: random.Random, special: float) -> str:
    plain = "甲乙丙丁戊己庚辛壬癸abc123，。"
    return "".join(rng.choice(_CHARS) if rng.random() < special else rng.choice(plain)
                   for _ in range(rng.randint(0, 12)))


def _plain_or_csv_before(text: str, rows, commas: int, quotes: int) -> str:
    """``csvtext.plain_or_csv`` as it stood before session 75: every quote counted."""
    n = len(rows)
    if (text.count(",") == commas and text.count('"') == quotes and text.count("\n") == n
            and text.count("\r") == n and not csvtext._FORMULA_AFTER_COMMA.search(text)):
        return text
    return csv_text(rows)


def test_plain_or_csv_is_its_former_form():
    """A quote looked for with ``in`` when none is expected: the same text, plain or written again."""
    rng = random.Random(75)
    answers = {"plain": 0, "again": 0}
    for _ in range(ROUNDS):
        special = rng.choice((0.0, 0.02, 0.1, 0.4))
        rows = [tuple(_text(rng, special) if rng.random() < 0.8 else rng.choice((None, 7, -3, 1.5)) for _ in range(4))
                for _ in range(rng.randint(1, 4))]
        # the lines as ``rows._measures`` puts them together: each cell's str, None as empty
        lines = "".join(",".join("" if v is None else str(v) for v in row) + "\r\n" for row in rows)
        for commas, quotes in ((3 * len(rows), 0), (3 * len(rows), lines.count('"')), (lines.count(","), 0)):
            got = plain_or_csv(lines, rows, commas, quotes)
            assert got == _plain_or_csv_before(lines, rows, commas, quotes)
            answers["plain" if got is lines else "again"] += 1
            if got is not lines:
                assert got == csv_text(rows)
    assert min(answers.values()) > ROUNDS // 10   # both answers reached


def test_json_text_is_json_dumps_without_ascii_escapes():
    """``rows._JSON_TEXT`` (one encoder, made once) writes what ``json.dumps(..., ensure_ascii=False)`` writes."""
    rng = random.Random(7514)
    values = [[], [""], ["甲", 'a"b', "\\", "\x00\x1f\n\t", "\u2028"], {"k": [1, 2.5, None, True]},
              {"表": {"嵌": ["x", 1e300, -0.0]}}, [1, 10 ** 30], {"b": 1, "a": 2}]
    for _ in range(ROUNDS):
        values.append([_text(rng, 0.3) for _ in range(rng.randint(0, 4))])
        values.append({_text(rng, 0.3): rng.choice((_text(rng, 0.3), rng.random(), rng.randint(-9, 9), None))
                       for _ in range(rng.randint(1, 3))})
    for value in values:
        assert R._JSON_TEXT(value) == json.dumps(value, ensure_ascii=False)
    for bad in (float("nan"), float("inf")):   # (allowed, as json.dumps allows them)
        assert R._JSON_TEXT([bad]) == json.dumps([bad], ensure_ascii=False)


def _keys_refused_before(sections, measures) -> bool:
    """``RowBatch.add``'s test of the rows' keys as it stood before session 75."""
    return len({s[1] for s in sections if s[1] is not None}) != sum(s[1] is not None for s in sections) \
        or len({m[2] for m in measures}) != len(measures)


def test_batch_key_test_is_its_former_form():
    """Two sections of one number, or two measures of one seq, send a notice the one-by-one way;
    sections without a number never do: the same answer as the former comprehensions."""
    rng = random.Random(7575)
    seen = set()

    class Head:
        source = None

    class Record:   # only what the key test reads; ``add`` stops there or at the rows it then writes
        head, json = Head(), b""

    def refused(sections, measures) -> bool:
        record = Record()
        record.sections, record.measures = sections, measures
        try:
            return rowbatch.RowBatch().add(record, "id", "doc_number", "now") is False
        except AttributeError:   # past the key test (the record has no rows)
            return False

    for _ in range(ROUNDS):
        sections = [("d", rng.choice((None, 1, 2, 3, 4)), "一", "标题") for _ in range(rng.randint(0, 4))]
        measures = [("d", "号", rng.randint(1, 6)) for _ in range(rng.randint(0, 4))]
        want = _keys_refused_before(sections, measures)
        assert refused(sections, measures) == want
        seen.add((want, any(s[1] is None for s in sections)))
    assert seen == {(True, True), (True, False), (False, True), (False, False)}


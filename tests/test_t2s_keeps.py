"""``hanzi.t2s_keeps``: a text of GB 2312 characters holding none of ``T2S_CHANGES_IN_GB2312`` is
its own t2s conversion, so ``simplified`` and ``to_simplified`` skip OpenCC for it.

The claim rests on OpenCC's dictionaries: the characters t2s can change are those at a place where
a key and its value differ (all of a key whose value has another length), in every dictionary its
configuration names.  The first test reads them from the installed dictionaries (OpenCC's own
``opencc_dict`` dumps them as text) and checks that those GB 2312 holds are exactly the listed
ones, so a new OpenCC that changes more is caught here.  The others compare the shortcut with the
converter on texts that hold the listed characters, traditional ones and plain simplified text."""
from __future__ import annotations

import json
import os
import random
import subprocess
from pathlib import Path

import opencc
import pytest

from extractor.hanzi import T2S_CHANGES_IN_GB2312, simplified, t2s_keeps, to_simplified

_CLIB = Path(opencc.__file__).parent / "clib"
OPENCC_DICT = _CLIB / "bin" / "opencc_dict"
_CONVERT = opencc.OpenCC("t2s").convert


def _dict_files(node) -> list[str]:
    """The .ocd2 files a t2s configuration node names (groups included)."""
    if isinstance(node, dict):
        found = [node["file"]] if node.get("type") == "ocd2" else []
        return found + [f for value in node.values() for f in _dict_files(value)]
    if isinstance(node, list):
        return [f for value in node for f in _dict_files(value)]
    return []


def t2s_entries(tmp_path: Path):
    """Every (key, value, line) of the dictionaries t2s's configuration names, each dumped to text in ``tmp_path``
    by OpenCC's own opencc_dict (a key with several values gives one triple a value)."""
    share = _CLIB / "share" / "opencc"
    config = json.loads((share / "t2s.json").read_text(encoding="utf-8"))
    files = _dict_files([config.get("normalization", []), config["conversion_chain"]])
    assert "TSCharacters.ocd2" in files and "TSPhrases.ocd2" in files
    env = {**os.environ, "LD_LIBRARY_PATH": str(_CLIB / "lib64")}
    for name in files:
        out = tmp_path / f"{name}.txt"
        subprocess.run([str(OPENCC_DICT), "-i", str(share / name), "-o", str(out), "-f", "ocd2", "-t", "text"],
                       check=True, env=env, capture_output=True)
        for line in out.read_text(encoding="utf-8").splitlines():
            key, _, values = line.partition("\t")
            for value in values.split(" "):
                yield key, value, line


def _changed_characters(tmp_path: Path) -> set[str]:
    changed: set[str] = set()
    for key, value, _line in t2s_entries(tmp_path):
        if len(value) == len(key):
            changed.update(k for k, v in zip(key, value) if k != v)
        else:
            changed.update(key)
    return changed


def _in_gb2312(ch: str) -> bool:
    try:
        ch.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


@pytest.mark.skipif(not OPENCC_DICT.is_file(), reason="OpenCC's opencc_dict is not installed")
def test_the_listed_characters_are_those_t2s_changes_in_gb2312(tmp_path):
    changed = _changed_characters(tmp_path)
    assert len(changed) > 4000   # the dictionaries were read
    assert {ch for ch in changed if _in_gb2312(ch)} == set(T2S_CHANGES_IN_GB2312)


@pytest.mark.parametrize("text", ["市发改局", "东莞市人民政府办公室", "（一）推进产业创新", "乾隆", "于是", "於是",
                                  "皇后", "後來", "牽頭單位", "市發改局", "沈阳", "深沈", "滘", "", "abc 123", "覆盖"])
def test_keeps_only_what_the_converter_keeps(text):
    if t2s_keeps(text):
        assert _CONVERT(text) == text
    assert to_simplified(text) == _CONVERT(text)


def test_simplified_as_converted_on_random_texts():
    rng = random.Random(33)
    alphabet = (T2S_CHANGES_IN_GB2312 + "牽頭單位號發揮國務院辦公廳關於開發區" + "市县区局委办推进加快完善建立健全深化落实"
                + "乾隆皇后来于是覆盖阪神沈阳钟表" + "，。、（）() 1a\u3000")
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 30))) for _ in range(3000)]
    assert sum(map(t2s_keeps, texts)) > 100 and sum(not t2s_keeps(t) for t in texts) > 100
    for text in texts:
        converted = _CONVERT(text)
        if t2s_keeps(text):
            assert converted == text, text
        assert to_simplified(text) == converted
        assert simplified(text) == (converted if len(converted) == len(text) else text)

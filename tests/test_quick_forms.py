"""Faster forms of the same answer (docs/scale.md, session 64): each gives what its former form gave on
thousands of random inputs whose draws reach every answer.  The former forms are kept here as they were."""
import json
import os
import random
import re
import subprocess
from pathlib import Path

import opencc
import pytest

from extractor.agencies import sharedheads
from extractor.hanzi import to_simplified
from extractor.parse.labels import verb_re

ROUNDS = 3000

#: the look-behind of 办理 as it stood before the alternative (assign.toml [verbs])
_UNIT_END_BEFORE = "(?<=[局委办厅部院会室处队所站心府门位组班科])办理"
_UNIT_END_AFTER = "办理(?<=[局委办厅部院会室处队所站心府门位组班科]办理)"

#: pieces the random texts are made of: unit ends, wording before 办理, the other verbs and plain text
_PIECES = ("局", "委", "办", "部门", "中心", "凭证", "依法", "现场", "办理", "办", "理", "负责", "牵头", "配合",
           "研究", "提出", "意见", "落实", "各负其责", "联合", "会", "，", "、", "财政", "推进工作", " ")


def _texts(seed: int):
    rng = random.Random(seed)
    for _ in range(ROUNDS):
        yield "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 9)))


def test_verbs_with_the_look_behind_after_it_match_as_before():
    for name in ("role_hint", "responsible"):
        now = verb_re(name)
        assert _UNIT_END_AFTER in now.pattern
        before = re.compile(now.pattern.replace(_UNIT_END_AFTER, _UNIT_END_BEFORE))
        for text in _texts(64):
            assert ([m.span() for m in now.finditer(text)] == [m.span() for m in before.finditer(text)]), (name, text)


def test_the_random_texts_reach_both_readings_of_banli():
    role_hint = verb_re("role_hint")
    hits = [m.group() for text in _texts(64) for m in role_hint.finditer(text)]
    assert "办理" in hits
    assert any("办理" in text and "办理" not in [m.group() for m in role_hint.finditer(text)] for text in _texts(64))


def _share_government_runs_before(tokens):
    out = None
    for n in range(1, len(tokens)):
        token = tokens[n].strip()
        if not to_simplified(token).endswith(sharedheads.GOVERNMENT_TAIL) or not sharedheads._is_whole_place(tokens[n - 1]):
            continue
        shared = sharedheads._place_body(sharedheads.clean_name(token))
        if shared is None or not sharedheads.is_government_word(to_simplified(shared[1])):
            continue
        start = n - 1
        while start > 0 and sharedheads._is_whole_place(tokens[start - 1]):
            start -= 1
        out = out or list(tokens)
        out[start:n] = [t.strip() + shared[1] for t in tokens[start:n]]
    return out or tokens


#: list items: places printed whole, governments (simplified and traditional 政府, 人民政府), bodies, catch-alls
_UNITS = ("银川市", "石嘴山市", "吴忠市人民政府", "吴忠市政府", "商水县", "商水縣人民政府", "宁东管委会", "自治区发展改革委",
          "自然资源厅", "市政府", "县政府办公室", "市财政局", "各县（区）政府", "府", "政府", " 银川市", "宜昌市", "荆州市发改委")


def test_government_runs_give_what_they_gave():
    rng = random.Random(640)
    shared = 0
    for _ in range(ROUNDS):
        tokens = [rng.choice(_UNITS) for _ in range(rng.randint(1, 6))]
        now = sharedheads._share_government_runs(tokens)
        assert now == _share_government_runs_before(tokens), tokens
        shared += now != tokens
    assert shared > 50   # the draws reach lists whose run shares the government word


_CLIB = Path(opencc.__file__).parent / "clib"
_OPENCC_DICT = _CLIB / "bin" / "opencc_dict"


def _dict_files(node) -> list[str]:
    if isinstance(node, dict):
        found = [node["file"]] if node.get("type") == "ocd2" else []
        return found + [f for value in node.values() for f in _dict_files(value)]
    if isinstance(node, list):
        return [f for value in node for f in _dict_files(value)]
    return []


@pytest.mark.skipif(not _OPENCC_DICT.is_file(), reason="OpenCC's opencc_dict is not installed")
def test_t2s_gives_the_government_word_s_last_character_only_for_itself(tmp_path):
    """``_share_government_runs`` skips a list printing no 府: no entry of t2s's dictionaries gives a 府 where its
    key has another character (or, a value of another length, where its key holds no 府)."""
    share = _CLIB / "share" / "opencc"
    config = json.loads((share / "t2s.json").read_text(encoding="utf-8"))
    env = {**os.environ, "LD_LIBRARY_PATH": str(_CLIB / "lib64")}
    last = sharedheads.GOVERNMENT_TAIL[-1]
    entries = 0
    for name in _dict_files([config.get("normalization", []), config["conversion_chain"]]):
        out = tmp_path / f"{name}.txt"
        subprocess.run([str(_OPENCC_DICT), "-i", str(share / name), "-o", str(out), "-f", "ocd2", "-t", "text"],
                       check=True, env=env, capture_output=True)
        for line in out.read_text(encoding="utf-8").splitlines():
            key, _, values = line.partition("\t")
            for value in values.split(" "):
                entries += 1
                if len(value) == len(key):
                    assert all(k == last for k, v in zip(key, value) if v == last), line
                else:
                    assert last not in value or last in key, line
    assert entries > 4000   # the dictionaries were read

"""Faster forms of the same answer (docs/scale.md, session 64): each gives what its former form gave on
thousands of random inputs whose draws reach every answer.  The former forms are kept here as they were."""
import random
import re

from extractor.parse.labels import verb_re

ROUNDS = 3000

#: the look-behind of 办理 as it stood before the alternative (assign.toml [verbs])
_UNIT_END_BEFORE = "(?<=[局委办厅部院会室处队所站心府门位组班])办理"
_UNIT_END_AFTER = "办理(?<=[局委办厅部院会室处队所站心府门位组班]办理)"

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


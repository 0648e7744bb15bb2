"""The letter's lines end at a grid line (``cover._GRID_LINE_RE``): a TAB, a box-drawing character, or a
pipe opening the line or closing it (white space after it).  The pattern opens with the class of its marks
(session 54); it finds a grid line where the former pattern, a branch for each kind, found one, for random
lines of pipes, marks, text and white space of every kind."""
from __future__ import annotations

import random
import re

import pytest

from extractor.layout.cover import _GRID_LINE_RE

#: the pattern before session 54
_FORMER_RE = re.compile(r"(^\|)|(\|\s*$)|\t|[│├┼┌└]")
_WHITE_SPACE = [chr(i) for i in range(0x110000) if chr(i).isspace()]


@pytest.mark.parametrize("line, grid", [("| 序号 | 任务 |", True), ("首页 | 登录 |", True), ("首页 | 登录 | 注册", False),
                                        ("a\tb", True), ("├──┼──┤", True), ("|", True), ("| ", True),
                                        ("各区县人民政府：", False), ("", False), ("a | b |\n", True), ("a | b\n", False), ("a || b", False)])
def test_grid_lines(line, grid):
    assert (_GRID_LINE_RE.search(line) is not None) is grid


def test_as_the_former_pattern_on_random_lines():
    rng = random.Random(54)
    alphabet = ["|", "||", "\t", "│", "├", "┼", "┌", "└", "┤", "a", "市", "：", *_WHITE_SPACE]
    lines = ["".join(rng.choices(alphabet, k=rng.randrange(0, 10))) for _ in range(20000)]
    assert sum(_FORMER_RE.search(line) is None for line in lines) > 2000   # both answers drawn often
    assert sum(_FORMER_RE.search(line) is not None for line in lines) > 2000
    for line in lines:
        assert (_GRID_LINE_RE.search(line) is None) is (_FORMER_RE.search(line) is None), repr(line)

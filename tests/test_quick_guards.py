"""Guards that skip work where the answer is known (docs/scale.md, session 59): each function gives what its
former form gave, on thousands of random inputs.  The former forms are kept here, as they were before the guard."""
import random
import re
from types import SimpleNamespace

from extractor.agencies.namegaps import HEAD_GAP_RE, LONE_CHARACTER_GAP_RE, close_broken_names, close_name_gaps
from extractor.agencies.registry import default_patterns
from extractor.layout.letterlines import may_be_recipients_line
from extractor.layout.recipients import _after_own_number, run_in_recipients, split_recipients
from extractor.models import TABLE_MARK
from extractor.numbering import split_measure_label, split_numbering
from extractor.parse.flatrows import FLAT_HEADER_MIN_COLUMNS, _WORD_RE, _is_task, flat_header_at
from extractor.parse.flatunits import may_head_by_unit, unit_header_at
from extractor.parse.grid import Cell
from extractor.parse.levellabels import _label_re, _rank, _unit_ranks, higher_level_parts
from extractor.parse.roles import UNIT_ROLES
from extractor.parse.tableheader import role_of
from extractor.parse.tablerow import MIN_STEP_ROWS, _label_readings, _labelled_cell, numbers_steps
from extractor.parse.labels import holds_label_mark
from extractor.parse.textlayer import _BARE_NUMBER_RE, _STOP_NUMBER_RE, _lost_mark
from extractor.parse.unitlists import ends_like_unit
from extractor.numbering import counts_before
from extractor.hanzi import simplified

ROUNDS = 3000


def _numbers_steps_before(body, plan) -> bool:
    if plan is None or plan.number is not None or len(plan.measure) != 1:
        return False
    firsts = [split_measure_label(c.text)[0] for row in body
              if len(row) > plan.measure[0] and (c := row[plan.measure[0]]).text and not c.row_copy and not c.col_copy]
    return len(firsts) >= MIN_STEP_ROWS and all(no == 1 for no in firsts)


def _lost_mark_before(line: str):
    if line.startswith(TABLE_MARK) or split_numbering(line) is not None:
        return None
    m = _BARE_NUMBER_RE.match(line)
    if m and not counts_before(line, m.end()):
        return "bare", int(m.group(2)), m.end(), m.end()
    m = _STOP_NUMBER_RE.match(line)
    return ("stop", int(m.group(2)), m.end(2), m.end()) if m else None


def _flat_header_at_before(line: str):
    tokens = line.split()
    by_units = may_head_by_unit(line)
    at = 0
    while at < len(tokens):
        if by_units and (by_unit := unit_header_at(tokens, at, FLAT_HEADER_MIN_COLUMNS)) is not None:
            return at, by_unit[1]
        end = at
        while end < len(tokens) and _WORD_RE.fullmatch(tokens[end]) and role_of(tokens[end]):
            end += 1
        roles = [role_of(t) for t in tokens[at:end]]
        if (end - at >= FLAT_HEADER_MIN_COLUMNS and roles[0] == "measure" and "number" not in roles
                and any(r in UNIT_ROLES for r in roles) and end < len(tokens) and _is_task(tokens[end])):
            return at, tokens[at:end]
        at = end + 1
    return None


def _run_in_recipients_before(line: str):
    s = _after_own_number(line.strip())
    if split_numbering(s) is not None:
        return None
    colon = min((k for k in (s.find("："), s.find(":")) if k > 0), default=-1)
    if colon < 0 or colon == len(s) - 1 or not may_be_recipients_line(s[:colon + 1]):
        return None
    names = split_recipients(s[:colon])
    return s[:colon + 1] if len(names) >= 2 and all(map(ends_like_unit, names)) else None


#: ``namegaps.HEAD_GAP_RE`` as it was, opening with its look-behind
_HEAD_GAP_BEFORE_RE = re.compile(r"(?<=[^\s、，,；;／/])[ \u3000\u00a0\t]+(?=(?:人民政府|政府)(?:[\s、，,；;／/]|\Z))")


def _close_name_gaps_before(cell: str, patterns) -> str:
    return close_broken_names(_HEAD_GAP_BEFORE_RE.sub("", LONE_CHARACTER_GAP_RE.sub("", cell)), patterns)


def _higher_level_parts_before(lead: tuple[str, ...], support: tuple[str, ...]):
    parts = lead + support
    if not any("：" in p or ":" in p for p in parts):
        return lead, support, {}
    found = {i: m for i, p in enumerate(parts) if (m := _label_re().match(simplified(p)))}
    if not found:
        return lead, support, {}
    own = [r for i, p in enumerate(parts) if i not in found for r in _unit_ranks(p)]
    if not own:
        return lead, support, {}
    lowest = max(own)
    higher = {i for i, m in found.items() if _rank(m.group("level")) < lowest}
    if not higher:
        return lead, support, {}
    extra = {}
    for i in sorted(higher):
        m = found[i]
        extra[re.sub(r"\s+", "", parts[i][m.start("label"):m.end("label")])] = parts[i][m.start("value"):m.end("value")]
    keep = lambda ps, at: tuple(p for j, p in enumerate(ps, at) if j not in higher)   # noqa: E731
    return keep(lead, 0), keep(support, len(lead)), extra


#: pieces the random texts are made of: labels of every numbering, digits of other scripts, white space of
#: every kind, marks, words, units
_TASK_PIECES = ["1.", "1、", "1．", "1﹒", "（1）", "(1)", "①", "2.", "2、", "（2）", "②", "12、", "一、", "（一）", " ", "\u3000",
                "１．", "落实", "推进工作。", "；", "2.完善", "1.健全", ""]
_LINE_PIECES = ["1", "2", "12", "１", "٣", "3个", "5月", "。", ".", "、", " ", "\u3000", "\t", "\xa0", "一、", "（一）",
                "(2)", "①", "第一章", "▲", "——", "大力发展", "坚持", "各镇人民政府", "、", "，", "区政府各部门", "：",
                ":", "为全面落实", "市民政局", "市科学技术局", "（通市政明电【2015】7号）", "号", TABLE_MARK, "各县（市、区）人民政府"]


_HEADER_PIECES = ["工作任务", "牵头单位", "配合单位", "责任单位", "完成时限", "序号", "承办", "单位", "任务目标", "分管领导",
                  "协办单位", "区政府办公室", "1.健全工作机制。", "推进落实。", "附件", " ", " ", " ", "\u3000", "市发改局"]


def _text(rng: random.Random, pieces: list[str], most: int) -> str:
    return "".join(rng.choice(pieces) for _ in range(rng.randint(0, most)))


_HEADS = ["", "", " ", "(2)", "1.", "一、", "（通市政明电【2015】7号）", "关于印发的通知（通市政明电【2015】7号）", "为进一步做好"]
_UNITS = ["各镇人民政府", "街道办事处", "区政府各部门", "各直属单位", "市民政局", "市科学技术局", "东昌区", "二道江区人民政府",
          "推进", "各县（市、区）人民政府"]


def _recipients_line(rng: random.Random) -> str:
    """A line opening with a run of units before a colon (or random pieces: a line of anything)."""
    if rng.random() < 0.3:
        return _text(rng, _LINE_PIECES, 7)
    units = rng.choice(["、", "，", ","]).join(rng.choice(_UNITS) for _ in range(rng.randint(1, 3)))
    return rng.choice(_HEADS) + units + rng.choice(["：", ":", "", "："]) + _text(rng, _LINE_PIECES, 3)


def test_numbers_steps_gives_what_it_gave():
    rng = random.Random(59)
    for _ in range(ROUNDS):
        width, at = rng.randint(1, 4), rng.randint(0, 3)
        plan = SimpleNamespace(number=rng.choice([None, None, 0]), measure=rng.choice([(at,), (at,), (), (0, 1)]))
        body = [[Cell((t,) if (t := _text(rng, _TASK_PIECES, 3)) else (), (r, c), rng.random() < 0.1, rng.random() < 0.1)
                 for c in range(width)] for r in range(rng.randint(0, 6))]
        assert numbers_steps(body, plan) == _numbers_steps_before(body, plan), (plan, [[c.text for c in r] for r in body])


def test_lost_mark_gives_what_it_gave():
    rng = random.Random(5959)
    for _ in range(ROUNDS * 3):
        line = _text(rng, _LINE_PIECES, 5)
        assert _lost_mark(line) == _lost_mark_before(line), line


def test_run_in_recipients_gives_what_it_gave():
    rng = random.Random(595959)
    for _ in range(ROUNDS * 3):
        line = _recipients_line(rng)
        assert run_in_recipients(line) == _run_in_recipients_before(line), line


def _header_line(rng: random.Random) -> str:
    """Column names parted by single spaces (a header run flat), pieces after them, or random pieces."""
    if rng.random() < 0.3:
        return _text(rng, _HEADER_PIECES, 9)
    names = rng.sample(["工作任务", "牵头单位", "配合单位", "完成时限", "序号", "承办 单位", "任务目标", "分管领导"],
                       rng.randint(1, 5))
    return rng.choice(["", "附件 ", " "]) + " ".join(names + [rng.choice(_HEADER_PIECES) for _ in range(rng.randint(0, 3))])


def test_flat_header_at_gives_what_it_gave():
    rng = random.Random(5959595959)
    for _ in range(ROUNDS * 3):
        line = _header_line(rng)
        assert flat_header_at(line) == _flat_header_at_before(line), line


def test_the_random_texts_reach_each_answer():
    """The draws above hold lines each function answers with something, not only None (a test that could not fail
    otherwise)."""
    rng = random.Random(5959)
    lines = [_text(rng, _LINE_PIECES, 5) for _ in range(ROUNDS * 3)]
    assert {found[0] for line in lines if (found := _lost_mark(line))} == {"bare", "stop"}
    rng = random.Random(595959)
    found = [run_in_recipients(_recipients_line(rng)) for _ in range(ROUNDS * 3)]
    assert any(found) and None in found
    rng = random.Random(5959595959)
    assert any(flat_header_at(_header_line(rng)) for _ in range(ROUNDS * 3))
    plan = SimpleNamespace(number=None, measure=(0,))
    steps = [[Cell(("1.落实",), (r, 0))] for r in range(3)]
    assert numbers_steps(steps, plan) and not numbers_steps(steps + [[Cell(("2.完善",), (3, 0))]], plan)


#: pieces of unit cells for ``close_name_gaps``: white space of every kind, the government heads whole and cut apart,
#: brackets, separators, lone level words and broken names
_CELL_PIECES = ["各市(州)", "人民政府", "政府", "政", "府", "人民", "市", "县", " ", " ", "\u3000", "\xa0", "\t", "、", "，", "/",
                "住房城乡", "建设厅", "市发改委", "市财政局", "资源规划", "局", "伏羲", "山管委", "会", "（", "）", "区"]
#: pieces of a task row's unit cell parts for ``higher_level_parts``: labels naming a level (letter-spaced too), colons,
#: units of every level
_PART_PIECES = ["省牵头单位：", "省级牵头部门: ", "国家牵头部门：", "市牵头单位：", "省 牵 头 单 位：", "牵头单位：", "：", ":",
                "省农业农村厅", "省发展改革委", "市农业农村局、市商务局", "县发改局", "市发改委", "区财政局", "、", "各镇街"]


def test_close_name_gaps_gives_what_it_gave():
    patterns, rng = default_patterns(), random.Random(62)
    for _ in range(ROUNDS * 3):
        cell = _text(rng, _CELL_PIECES, 7)
        assert HEAD_GAP_RE.sub("", cell) == _HEAD_GAP_BEFORE_RE.sub("", cell), cell
        assert close_name_gaps(cell, patterns) == _close_name_gaps_before(cell, patterns), cell


def test_higher_level_parts_gives_what_it_gave():
    rng = random.Random(6262)
    for _ in range(ROUNDS * 3):
        lead = tuple(_text(rng, _PART_PIECES, 3) for _ in range(rng.randint(0, 3)))
        support = tuple(_text(rng, _PART_PIECES, 3) for _ in range(rng.randint(0, 2)))
        assert higher_level_parts(lead, support) == _higher_level_parts_before(lead, support), (lead, support)


def test_the_random_cells_hold_head_gaps():
    """The random cells above hold gaps the pattern closes (a test that could not fail otherwise)."""
    rng = random.Random(62)
    cells = [_text(rng, _CELL_PIECES, 7) for _ in range(ROUNDS * 3)]
    assert sum(_HEAD_GAP_BEFORE_RE.sub("", cell) != cell for cell in cells) > 50


def test_the_random_parts_reach_a_higher_level():
    """The random parts above hold cells whose higher level's lead is taken out, and cells read as they are."""
    rng = random.Random(6262)
    found = [higher_level_parts(tuple(_text(rng, _PART_PIECES, 3) for _ in range(rng.randint(0, 3))),
                                tuple(_text(rng, _PART_PIECES, 3) for _ in range(rng.randint(0, 2))))[2]
             for _ in range(ROUNDS * 3)]
    assert any(found) and {} in found


#: more unit cell parts: labelled lines of every mark (colon, 【】, a card's bar, a space for the colon), and parts with none
_LABELLED_PIECES = _PART_PIECES + ["【牵头单位】", "牵头单位｜", "牵头单位 ", "配合单位 市财政局", "责任单位", "市发改局", " ",
                                   "完成时限：2024年底", "（", "）", "牵头", "配合"]


def _label_readings_before(lead: tuple[str, ...], support: tuple[str, ...]):
    lead, support, higher = higher_level_parts(lead, support)
    return lead, support, higher, _labelled_cell(lead + support)


def test_label_readings_give_what_they_gave():
    rng, unmarked, higher, labelled = random.Random(626262), 0, 0, 0
    for _ in range(ROUNDS * 3):
        lead = tuple(_text(rng, _LABELLED_PIECES, 3) for _ in range(rng.randint(0, 3)))
        support = tuple(_text(rng, _LABELLED_PIECES, 3) for _ in range(rng.randint(0, 2)))
        found = _label_readings(lead, support)
        assert found == _label_readings_before(lead, support), (lead, support)
        unmarked += not holds_label_mark("".join(lead) + "".join(support))
        higher += bool(found[2])
        labelled += found[3] is not None
    assert unmarked > ROUNDS // 10 and higher and labelled   # every answer reached

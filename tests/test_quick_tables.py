"""Faster forms of a task table's reading (docs/scale.md, session 72): each gives what its former form gave on
thousands of random tables whose draws reach every answer.  The former forms are kept here as they were."""
import random
from itertools import chain, repeat

from extractor.parse import ditto
from extractor.parse.ditto import fill_dittos, is_ditto
from extractor.parse.grid import Cell
from extractor.parse.unitweeks import HeadsAlone, heads_named_alone, join_wrapped_name

ROUNDS = 3000


def _fill_dittos_before(grid, start, roles):
    """``ditto.fill_dittos`` as it stood before session 72: every cell's first character looked at."""
    if not any(map(str.startswith, map(ditto._TEXT, chain.from_iterable(grid[start:])),
                   repeat(ditto._first_chars_tuple()))):
        return grid
    cols = [i for i, role in enumerate(roles) if role not in ditto._NOT_REPEATED]
    above = {}
    out = grid[:start]
    for row in grid[start:]:
        if len(row) > 1 and all(c.col_copy for c in row[1:]):
            out.append(row)
            continue
        new = row
        for i in cols:
            if i >= len(row):
                break
            cell = row[i]
            if cell.col_copy or not cell.text:
                continue
            if is_ditto(cell.text) and i in above:
                if new is row:
                    new = list(row)
                new[i] = cell = Cell(above[i].parts, cell.origin, cell.row_copy, cell.col_copy)
            above[i] = cell
        out.append(new)
    return out


#: cell texts: dittos, texts opening with a ditto word's first character that are none, a line break before one
_TEXTS = ("同上", "同上。", "同 前", "〃", "同比增长10%", "协同推进", "市财政局", "市发改委\n同上", "", "", "6月底前",
          "一、加强监管", "1.落实责任", "市公安局、市司法局")
_ROLES = ("number", "measure", "section", "lead", "support", "deadline", "extra")


def _random_grid(rng):
    width = rng.randint(1, 5)
    roles = tuple(rng.choice(_ROLES) for _ in range(width))
    grid = []
    for r in range(rng.randint(0, 6)):
        cells = [Cell((t,) if (t := rng.choice(_TEXTS)) else (), (r, c), rng.random() < 0.15, rng.random() < 0.1)
                 for c in range(width if rng.random() < 0.85 else rng.randint(1, width))]   # a text grid's short row
        grid.append(cells)
    return grid, roles


def _shape(grid):
    return [[(c.parts, c.origin, c.row_copy, c.col_copy) for c in row] for row in grid]


def test_dittos_are_filled_as_before():
    rng = random.Random(72)
    filled = asked = passed = 0
    for _ in range(ROUNDS):
        grid, roles = _random_grid(rng)
        start = rng.randint(0, 2)
        now, before = fill_dittos(grid, start, roles), _fill_dittos_before(grid, start, roles)
        assert _shape(now) == _shape(before), (grid, start, roles)
        cols = [i for i, role in enumerate(roles) if role not in ditto._NOT_REPEATED]
        quick = ditto._may_hold_ditto(grid[start:], cols)
        filled += _shape(now) != _shape(grid)
        asked += quick and _shape(now) == _shape(grid)   # the quick test let a table through that holds none
        passed += not quick
    assert filled > 100 and asked > 100 and passed > 1000   # the draws reach every answer


def test_the_quick_ditto_test_never_passes_over_a_ditto_cell():
    rows = [[Cell(("市财政局",), (0, 0)), Cell(("同上",), (0, 1))]]
    assert ditto._may_hold_ditto(rows, [1])
    assert not ditto._may_hold_ditto(rows, [0])   # the task column is never filled: not searched
    assert ditto._may_hold_ditto([[Cell(("同上",), (0, 0))], [Cell(("〃",), (1, 0))]], [0, 1])   # a short row: all


#: unit cell lines: bare head words (simplified and traditional), names, a wrapped name's fragments, places
_LINES = ("办公室", "辦公室", "人民政府", "分局", "市公安局", "市财政局", "某镇", "交通", "运输局", "益阳市", "生态",
          "环境局", "青溪区", "综合规划处", "管委会")


def test_heads_named_alone_worked_out_when_asked_reads_as_the_set():
    rng = random.Random(720)
    cut = unasked = 0
    for _ in range(ROUNDS):
        cells = [Cell(tuple(rng.choice(_LINES) for _ in range(rng.choice((1, 1, 2, 3)))), (r, 0))
                 for r in range(rng.randint(1, 6))]
        words, lazy = heads_named_alone(cells), HeadsAlone(iter(cells))
        for cell in cells:
            assert join_wrapped_name(cell.parts, lazy) == join_wrapped_name(cell.parts, words), cell.parts
            cut += bool(words) and join_wrapped_name(cell.parts, words) != join_wrapped_name(cell.parts)
        unasked += lazy._words is None
    assert cut > 100 and unasked > 100   # the draws reach cells cut at a head word, and tables never asking


def test_a_table_whose_cells_hold_no_bare_head_word_never_works_the_heads_out():
    cells = [Cell(("市公安局", "市财政局"), (0, 0)), Cell(("益阳市", "生态", "环境局"), (1, 0)), Cell(("办公室",), (2, 0))]
    lazy = HeadsAlone(iter(cells))
    assert join_wrapped_name(cells[0].parts, lazy) == ("市公安局", "市财政局")
    assert join_wrapped_name(cells[1].parts, lazy) == ("益阳市生态环境局",)
    assert lazy._words is None
    assert join_wrapped_name(("市公安局", "办公室"), lazy) == ("市公安局", "办公室")   # the table's own 办公室 alone
    assert lazy._words == frozenset({"办公室"})

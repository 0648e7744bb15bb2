"""A table whose cells were run together with nothing between them (text-sp run together: ``parse_run_text``).

A document site's text preview of a Word table (its page pieces joined: ``layout/previewpieces.py``) may print
the table's title, its header and every row on one line with no mark, space or break between two cells or two
rows: ``…责任分工表序号工作内容目标任务责任单位备注1把…。2021年2月底前，…以上。市委宣传部、市城管委…（管委会）2健全…``.
Nothing parts the cells but what the notice itself says:

- the header's column names, run together too, give the columns' order: a number column's word (序号) opening a
  run of at least ``RUN_HEADER_MIN_COLUMNS`` header words (the longest vocabulary word at each place:
  ``textcolumns.run_words``) that name a task column and a unit column, right before the row number ``1``;
- the row numbers count up from 1: the next row opens at the first place the next number stands, as a whole
  number (no digit on either side, no count or date word after it: ``[outline] number_units``, ``2021年2月``,
  ``90%``) where the text before it reads as a whole row;
- a row reads as its cells: the text columns before the units (the task, a target column) each end their
  sentence (``RUN_SENTENCE_END``), one sentence a column when there are several, all of them the task's when
  there is one; what follows the last sentence is the unit and deadline columns in order, every unit cell a unit
  name or a list of them (``cellkinds.names_one_unit``), a deadline cell reading as one, cut where no list mark
  stands beside the cut (and between two unit cells only before the level word the first opens with); of the cuts
  that read, the one printing the most cells, when it is one; the text columns after them (备注) print nothing.

The header printed again where the Word table crossed a page is no row's text, and a section's heading printed
right before it (``…市经信局二、周某某副市长重点工作序号内容与要求责任单位4…``: a list by leader whose header each section
prints again) is a row across the table, the section of the rows after it; the heading over the first header stands
on a line of its own (``run_table_pieces`` cuts it off what precedes it) and heads the first rows.  A unit cell may
mark its lead (``市发改委（牵头）、市经信局``: ``assign.toml [conventions] lead_mark``), a name still.  A line whose rows do not read
so, or fewer than ``RUN_MIN_ROWS`` of them, is no table; prose prints no header of column words run into a row
number.  The rows keep their numbers.

The first of two text columns may be a group's cell merged over its rows, printed in the group's first row only and
run into its task (``_group_cut``); a leader's column right before the units (a deadline column after them or not)
is read by ``parse/runleaders.py``, a numbered row holding one task row or several.  docs/forms.md, text-sp.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from .cellkinds import names_one_unit, reads_as_deadline
from .flatrows import LEVEL_WORDS
from .headlines import opens_with_task_verb
from .runleaders import SENTENCE_END, TEXT_OPENERS, task_rows
from .roles import UNIT_ROLES, header_exact_roles, header_roles
from .tableheader import role_of
from .textcolumns import run_words
from .labels import assign_vocab
from .textgrid import header_of, is_row_across, parse_body, span_row, text_cell, text_lines
from .textrows import SECTION_LINE_RE
from ..brackets import ANY_CLOSERS, ANY_OPENERS, split_outside_brackets
from ..hanzi import simplified
from ..models import Located, ParsedTable
from ..numbering import counts_before
from ..numerals import CN_HUNDRED, CN_ZERO, CN_ZERO_WORD, DIGIT_RANGES, cn_class, cn_run
from ..text import NAME_LIST_MARKS, SENTENCE_ENDS, fold, vocab

#: a header run together names at least this many columns (序号 and two more at the least: a task and a unit)
RUN_HEADER_MIN_COLUMNS = 3
#: ... and at most this many characters (a header's words; a longer run is prose)
RUN_HEADER_MAX_CHARS = 60
#: ... of which at most this many name no role the vocabulary knows (备注)
RUN_HEADER_MAX_UNKNOWN = 1
#: a header cut off what stands before it may hold this many words naming no role (项目名称 read as 项目 and 名称,
#: 区政府分管领导 as 区政府 and 分管领导), though its rows are read only with ``RUN_HEADER_MAX_UNKNOWN``
RUN_CUT_MAX_UNKNOWN = 2
#: at least this many rows read: one row could be a sentence that happens to follow column words
RUN_MIN_ROWS = 2
#: the marks a text cell ends its sentence with
RUN_SENTENCE_END = SENTENCE_END
#: a row's unit and deadline cells together hold at most this many characters (more is text after the table)
RUN_TAIL_MAX_CHARS = 400
#: what a row's first cell opens with, right after its number
_ROW_OPENER_RE = re.compile(rf"[\u4e00-\u9fff{re.escape(TEXT_OPENERS)}]")
#: the first character of a number column's word (序号, 编号, 项次), as printed in either script
NUMBER_WORD_START_RE = re.compile(r"[序编編项項]")
#: a section's heading printed right before the header (its label, then its title: ``二、周某某副市长重点工作``) holds
#: at most this many characters after its label, no sentence's end among them
RUN_HEADING_MAX_CHARS = 40
#: a section's label closing the text before a header run together: the last one there (never a numeral inside a word)
_HEADING_LABEL_RE = re.compile(rf"(?<!{cn_class(CN_HUNDRED + CN_ZERO_WORD + CN_ZERO)}){cn_run('{1,3}')}、")
#: a group's title run into its first row's task (``_group_cut``) holds at least this many characters (a verb and
#: its object: 优化服务; fewer is a task's opening words, 加快 in 加快推进) ...
RUN_GROUP_MIN_CHARS = 4
#: ... and at most this many (the longest section titles hold 8 to 16: headlines.POINT_HEAD_MAX_CHARS's note)
RUN_GROUP_MAX_CHARS = 20
#: the marks a group's title never holds: a sentence's or a list's (its quotes and brackets it may)
_GROUP_STOP = "。！？；;，,、：:"
#: the kinds of columns after the number
_TEXT, _UNIT, _DEADLINE, _LEADER = "text", "unit", "deadline", "leader"


@lru_cache(maxsize=1)
def _number_word_re() -> re.Pattern:
    """A number column's header word (序号, 编号, 项次) opening a run of Chinese characters up to a digit."""
    words = "|".join(sorted({*header_roles()["number"], *header_exact_roles().get("number", ())}, key=len,
                            reverse=True))   # 序 alone too (a whole cell's word: roles.toml [header_exact])
    return re.compile(rf"(?:{words})[\u4e00-\u9fff]*?(?=[1１](?![{DIGIT_RANGES}]))")


def run_header_at(line: str, loose: bool = False) -> tuple[int, int, list[str]] | None:
    """(start, end, column names) of a header run together inside ``line`` right before its first row's
    number 1 (module doc), or None.  ``loose``: a header whose columns this reader cannot share a row out to (a
    leader's column, ``RUN_CUT_MAX_UNKNOWN`` words of no role) is one too: what stands before it is no part of
    the table, though no row is read."""
    if not NUMBER_WORD_START_RE.search(line):
        return None   # most lines
    for m in _number_word_re().finditer(simplified(line)):   # a traditional copy's 序號 is 序号
        text = line[m.start():m.end()]
        if len(text) > RUN_HEADER_MAX_CHARS:
            continue
        names = _joined_words(run_words(text))
        roles = [role_of(n) for n in names]
        if (len(names) >= RUN_HEADER_MIN_COLUMNS and roles[0] == "number" and "number" not in roles[1:]
                and "measure" in roles and any(r in UNIT_ROLES for r in roles)
                and roles.count(None) <= (RUN_CUT_MAX_UNKNOWN if loose else RUN_HEADER_MAX_UNKNOWN)
                and (loose or _kinds(roles[1:]) is not None) and _opens_row(line, m.end() + 1)):
            return m.start(), m.end(), names
    return None


def _joined_words(names: list[str]) -> list[str]:
    """``names`` with a word naming no role joined to the word after it where the two name that word's role
    together (区政府 + 分管领导: 区政府分管领导, a leader's column), as a header cell prints them."""
    out: list[str] = []
    for name in names:
        if out and role_of(out[-1]) is None and role_of(name) is not None and role_of(out[-1] + name) == role_of(name):
            out[-1] += name
        else:
            out.append(name)
    return out


def run_table_pieces(line: str) -> list[str] | None:
    """``line`` cut before a table run together inside it (``run_header_at``, loose: its rows need not read), so
    that what the copy printed before the header (the table's title) is a line of its own, or None."""
    found = run_header_at(line, loose=True)
    if found is None or found[0] == 0:
        return None
    before, heading = split_heading(line[:found[0]])
    return [p for p in (before, heading) if p] + [line[found[0]:]]


def split_heading(text: str) -> tuple[str, str]:
    """``text`` and the section's heading closing it (``…责任分工一、陈某某副市长重点工作``), cut where its label stands:
    the last section label (``一、``) in ``text`` whose title runs to the end in at most ``RUN_HEADING_MAX_CHARS``
    characters with no sentence's end; ``(text, "")`` when none does."""
    label = None
    for label in _HEADING_LABEL_RE.finditer(text):
        pass
    if label is None:
        return text, ""
    title = text[label.end():]
    if not title or len(title) > RUN_HEADING_MAX_CHARS or any(c in SENTENCE_ENDS for c in title):
        return text, ""
    return text[:label.start()], text[label.start():]


def run_header_line(lines) -> int | None:
    """The index of the first line opening with a table run together (``run_header_at``, loose: the table starts
    there whether or not its rows read, and the cover above it ends there), or None."""
    for i, line in enumerate(lines):
        found = run_header_at(line, loose=True)
        if found is not None and found[0] == 0:
            return i
    return None


def parse_run_text(located: Located) -> ParsedTable | None:
    """The rows of a table run together at a line's start (``run_header_at``), read as text-sp's are."""
    lines = text_lines(located)
    for i, line in enumerate(lines):
        found = run_header_at(line)
        if found is None or found[0] != 0:
            continue
        rows = _run_rows(line, found[1], found[2])
        if rows is None:
            continue
        over = next((ln.strip() for ln in reversed(lines[:i]) if ln.strip()), "")
        if SECTION_LINE_RE.match(over) and any(isinstance(r, str) for r in rows):
            rows.insert(0, over)   # the first section's heading, on the line over the header (``run_table_pieces``)
        width = len(found[2])
        grid = [span_row(row, width, r) if isinstance(row, str) else [text_cell(c, r, k) for k, c in enumerate(row)]
                for r, row in enumerate(rows)]
        header = header_of(found[2], grid)
        if header is not None:
            return parse_body(grid, header, "text-sp")
    return None


def _kinds(roles: list[str | None]) -> list[str] | None:
    """The kind of each column after the number (a text column, a unit column, the deadline, a leader's), or None
    when they are not text columns, then unit and deadline columns, then text columns (备注) only, or a task
    column (a group's before it or not), a leader's column and one or two unit columns (``parse/runleaders.py``):
    a text column between two unit columns, or a leader's column anywhere else, cannot be told from its
    neighbours."""
    kinds = [_UNIT if r in UNIT_ROLES else _DEADLINE if r == "deadline" else _LEADER if r == "leader" else _TEXT
             for r in roles]
    shape = "".join({_TEXT: "t", _LEADER: "l", _UNIT: "u", _DEADLINE: "d"}[k] for k in kinds)
    # a leader's column: one task column or a group's and a task's, then the leader, the unit columns (runleaders)
    return kinds if re.fullmatch(r"t+[ud]+t*|tt?lu{1,2}d?t*", shape) else None


def _run_rows(line: str, at: int, names: list[str]) -> list[list[str] | str] | None:
    """The rows (number, then a cell a column; a section's heading as its text) of the table whose header ends
    at ``line[at]``, or None when fewer than ``RUN_MIN_ROWS`` read (module doc)."""
    kinds = _kinds([role_of(n) for n in names[1:]])
    if kinds is None:
        return None
    header = line[line.rfind(names[0], 0, at):at]
    body, headings = _without_headers(line[at:], header)
    start = len(_number_text(body, 0))
    if _LEADER in kinds:   # a row's task rows, each a row's cells, one after another (_leader_cells)
        by_ends = role_of(names[1]) == "section"
        rows = numbered_rows(body, start, lambda text: _leader_cells(text, kinds, by_ends), _opens_row)
    else:
        rows = numbered_rows(body, start, lambda text: _row_cells(text, kinds), _opens_row)
    if kinds[:2] == [_TEXT, _TEXT] and _LEADER not in kinds:   # the first text column may be a group's
        grouped = numbered_rows(body, start, lambda text: _group_cells(text, kinds), _opens_row)
        rows = grouped if len(grouped) > len(rows) else rows
    if len(rows) < RUN_MIN_ROWS:
        return None
    out: list[list[str] | str] = []
    width = len(kinds)
    # a numbered row's further task rows (a leader's table): a number merged with a group's cell numbers the group
    # (the grid reads it so where the rows print none), one merged over tasks alone is each task's (README)
    grouped = _LEADER in kinds and kinds.index(_LEADER) == 2
    for n, cells in rows:
        out.extend(headings.get(n, ()))
        out.append([str(n), *cells[:width]])
        out.extend(["" if grouped else str(n), *cells[k:k + width]] for k in range(width, len(cells), width))
    return out


def _leader_cells(text: str, kinds: list[str], by_ends: bool) -> list[str] | None:
    """The cells of a numbered row's task rows under a leader's column (``parse/runleaders.py``), one row's after
    another: the group's title (``_group_cut``; by a title's closing word too where the header names the column a
    group's, ``by_ends``) in the first only, the task, the leader, the lead cell its first unit and the support
    cell the others listed with 、 (one unit column: all of them), the deadline where the header names one, the
    text columns after them empty; or None."""
    texts, dated = kinds.index(_LEADER), _DEADLINE in kinds
    cut = _group_cut(text, by_ends) if texts == 2 else 0
    rows = task_rows(text[cut:], dated)
    if rows is None:
        return None
    units = kinds.count(_UNIT)
    out: list[str] = []
    for k, (task, tail) in enumerate(rows):
        names = tail.names
        cells = [names[0], "、".join(names[1:])] if units == 2 else ["、".join(names)]
        out += [*([text[:cut] if k == 0 else ""] if texts == 2 else []), task, tail.leader, *cells,
                *([tail.deadline] if dated else [])]
        out += [""] * (len(kinds) - len(out) % len(kinds)) if len(out) % len(kinds) else []
    return out


def _without_headers(body: str, header: str) -> tuple[str, dict[int, list[str]]]:
    """``body`` without the header printed again (a page break's, or each section's) and the section heading
    printed right before it (``split_heading``), and those headings by the number of the row they stand over."""
    pieces = _split_at(body, header)
    headings: dict[int, list[str]] = {}
    for k in range(len(pieces) - 1):
        before, heading = split_heading(pieces[k])
        number = _number_text(pieces[k + 1], 0)
        if heading and number and is_row_across(heading):
            pieces[k] = before
            headings.setdefault(int(fold(number)), []).append(heading)
    return "".join(pieces), headings


def _split_at(body: str, header: str) -> list[str]:
    """``body`` split where ``header`` is printed again, in either script (a mirror's copy mixing them may print
    序號 in one header and 序号 in the next), matched on the simplified copies where the conversion keeps lengths."""
    simple, key = simplified(body), simplified(header)
    if len(simple) != len(body) or len(key) != len(header):
        return body.split(header)
    pieces, at = [], 0
    for m in re.finditer(re.escape(key), simple):
        pieces.append(body[at:m.start()])
        at = m.end()
    return [*pieces, body[at:]]


def _opens_row(text: str, at: int) -> bool:
    """The number ending at ``text[at]`` opens a row: a word follows it (a Chinese character, an opening
    quote or bracket), no count or date word (``[outline] number_units``: 2021年2月, 5000个)."""
    return at < len(text) and bool(_ROW_OPENER_RE.match(text, at)) and not counts_before(text, at)


def _number_text(body: str, at: int) -> str:
    """The row number printed at ``body[at]`` (ASCII or full-width digits)."""
    m = re.match(rf"[{DIGIT_RANGES}]+", body[at:])
    return m.group() if m else ""


def numbered_rows(body: str, start: int, cells_of: Callable[[str], list[str] | None],
                  opens_row: Callable[[str, int], bool]) -> list[tuple[int, list[str]]]:
    """(number, cells) of the rows numbered 1, 2, … run together in ``body``, row 1's text opening at
    ``body[start]``: a row ends at the first place the next number stands as a whole number, ``opens_row(body,
    after it)`` holding and the text before it reading as the row (``cells_of`` not None), else at the body's end
    when all of it reads; the walk stops at the first row that does not read.  Shared by this module's table and
    runprojects' project lists, which differ only in how a row opens and how its text is cut into cells."""
    rows: list[tuple[int, list[str]]] = []
    n = 1
    while True:
        end, cells = _row_end(body, start, n + 1, cells_of, opens_row)
        if cells is None:
            return rows
        rows.append((n, cells))
        if end >= len(body):
            return rows
        n, start = n + 1, end + len(str(n + 1))


def _row_end(body: str, start: int, following: int, cells_of: Callable[[str], list[str] | None],
             opens_row: Callable[[str, int], bool]) -> tuple[int, list[str] | None]:
    """(where the row opening at ``body[start]`` ends, its cells): at the first place the number
    ``following`` stands as a whole number with the text before it reading as the row, else at the line's end
    when all of it does; cells None when neither reads."""
    wanted = str(following)
    for m in re.finditer(rf"(?<![{DIGIT_RANGES}])[{DIGIT_RANGES}]+(?![{DIGIT_RANGES}])", body[start:]):
        p = start + m.start()
        if fold(m.group()) != wanted or not opens_row(body, p + len(m.group())):
            continue
        cells = cells_of(body[start:p])
        if cells is not None:
            return p, cells
    return len(body), cells_of(body[start:])


def _row_cells(text: str, kinds: list[str]) -> list[str] | None:
    """A row's text cut into its columns' cells (module doc), or None."""
    ends = [m.end() for m in re.finditer(f"[{RUN_SENTENCE_END}]", text)]
    lead_text = kinds.index(_UNIT) if _UNIT in kinds else kinds.index(_DEADLINE)
    tail_kinds = [k for k in kinds[lead_text:] if k != _TEXT]
    if not ends or len(text) - ends[-1] > RUN_TAIL_MAX_CHARS:
        return None
    if lead_text == 1:
        texts = [text[:ends[-1]]]
    elif len(ends) == lead_text:
        texts = [text[a:b] for a, b in zip([0, *ends], ends)]
    else:
        return None
    tail = _tail_cells(text[ends[-1]:], tail_kinds)
    if tail is None:
        return None
    return [*texts, *tail, *([""] * (len(kinds) - lead_text - len(tail_kinds)))]


def _group_cells(text: str, kinds: list[str]) -> list[str] | None:
    """A row's text cut into its columns' cells (``_row_cells``) where the first text column is a group's cell
    merged over the group's rows (序 | 重点任务 | 具体举措 | 责任单位: a task over its measures), so printed in the
    group's first row only, its title run into the row's task (``实施“源头管控行动推进食用农产品…``): the title is
    ``_group_cut``'s, empty in the group's other rows; or None."""
    cut = _group_cut(text)
    rest = _row_cells(text[cut:], kinds[1:])
    return None if rest is None else [text[:cut], *rest]


def _group_cut(text: str, by_ends: bool = False) -> int:
    """Where a group's title run into the row's task ends in ``text``, or 0 (no title): the first place, at
    least ``RUN_GROUP_MIN_CHARS`` and at most ``RUN_GROUP_MAX_CHARS`` in, before any mark a title holds none of
    (``_GROUP_STOP``), where the task opens with a task verb (``headlines.opens_with_task_verb``: 推进, 坚持,
    新建 …) or, ``by_ends`` (the header names the column a group's: 项目名称), where the title closes with a word
    titles close with (``[outline] group_title_ends``: 老城厢复兴发展 | 瞿秋白纪念馆…, 优化养老服务 | 为全区…) and a word
    follows; and where the task's opening phrase is a whole one (``_opens_phrase``)."""
    for k in range(RUN_GROUP_MIN_CHARS, min(len(text) - 1, RUN_GROUP_MAX_CHARS) + 1):
        if text[k - 1] in _GROUP_STOP:
            return 0
        if (opens_with_task_verb(text[k:]) or (by_ends and simplified(text[:k]).endswith(_title_ends())
                                               and _ROW_OPENER_RE.match(text, k))) and _opens_phrase(text, k):
            return k
    return 0


def _opens_phrase(text: str, at: int) -> bool:
    """A task opens at ``text[at]`` with a phrase of at least ``RUN_GROUP_MIN_CHARS`` before its first mark (a verb
    and its object): never the verb's object cut off a task that opened before (开展专项 | 整治，…)."""
    end = next((k for k in range(at, len(text)) if text[k] in _GROUP_STOP), len(text))
    return end - at >= RUN_GROUP_MIN_CHARS


@lru_cache(maxsize=1)
def _title_ends() -> tuple[str, ...]:
    return tuple(vocab()["outline"]["group_title_ends"])


def _tail_cells(tail: str, kinds: list[str]) -> list[str] | None:
    """``tail`` cut into the unit and deadline cells ``kinds`` in order: the one cut where every cell reads as
    its kind (a unit cell names units, the first unit cell printed; a deadline cell reads as one or is empty),
    cut only where no list mark stands on either side, and between two unit cells only before the level word
    the first opens with; of the cuts that read, the one printing the most cells (a name reads as one however
    many run together in it: 市发改委市财政局); None when no cut or several do."""
    found = list(_tail_cuts(tail, kinds, first=True))
    most = max((sum(1 for c in cells if c) for cells in found), default=0)
    found = [cells for cells in found if sum(1 for c in cells if c) == most]
    return found[0] if len(found) == 1 else None


def _tail_cuts(tail: str, kinds: list[str], first: bool):
    if not kinds:
        if not tail:
            yield []
        return
    kind, rest = kinds[0], kinds[1:]
    if not rest:
        if _reads_as(tail, kind, first):
            yield [tail]
        return
    for i in range(len(tail) + 1):
        if 0 < i < len(tail) and (tail[i - 1] in NAME_LIST_MARKS or tail[i] in NAME_LIST_MARKS
                                  or kind == _UNIT and rest[0] == _UNIT and not _same_level(tail, i)):
            continue
        if _reads_as(tail[:i], kind, first):
            for more in _tail_cuts(tail[i:], rest, first=False):
                yield [tail[:i], *more]


def _same_level(tail: str, at: int) -> bool:
    """Two unit cells may part at ``tail[at]``: the name after opens with the level word the cell before
    opens with (市发改委 / 市财政局: a table's names share it), never inside a name (市委 / 宣传部)."""
    return simplified(tail[0]) in LEVEL_WORDS and simplified(tail[at]) == simplified(tail[0])


def _reads_as(cell: str, kind: str, first: bool) -> bool:
    """``cell`` reads as a cell of ``kind``: empty only when it is no first unit cell."""
    if not cell:
        return not first or kind != _UNIT
    if kind == _UNIT:
        return _names_units(cell)
    return reads_as_deadline(cell)


def _names_units(cell: str) -> bool:
    """``cell`` lists unit names, 、 and commas alike parting them (a cell may mix them), each name reading as
    one (``cellkinds.names_one_unit``, on its simplified copy: a traditional mirror's 單位)."""
    if cell[0] in NAME_LIST_MARKS or cell[-1] in NAME_LIST_MARKS:
        return False
    names = split_outside_brackets(cell, NAME_LIST_MARKS, ANY_OPENERS, ANY_CLOSERS)
    return bool(names) and all(names_one_unit(_lead_mark_re().sub("", simplified(n)).strip()) for n in names)


@lru_cache(maxsize=1)
def _lead_mark_re() -> re.Pattern:
    """A unit's lead mark (``市发改委（牵头）``), which a unit cell may print after a name: the name reads as one."""
    return re.compile(assign_vocab()["conventions"]["lead_mark"])

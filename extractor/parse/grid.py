"""Table grids: HTML tables and text dumps become rectangular cell grids.

HTML: rowspan/colspan are expanded into copies that remember they are
copies (``row_copy``/``col_copy``), because what a span means depends on
the column (a rowspan section cell covers its group; a colspan across
牵头单位+协办单位 names the lead only).  ``<br>`` and block children split a
cell into ``parts`` (text_content() would glue 市发改局<br>市经信局:
docs/libraries.md).

Text: the portal's ``|`` dump (one cell a line, ``X |``; an empty cell is
``|``, ``||`` or ``| |``; a bare ``|`` also opens a row).  Rows are found by
the labelled cell that starts them (``(一)``, ``1、``): see ``pipe_grid``.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from ..text import PINYIN_GLOSS_RE, compact, fold
from ..numbering import MEASURE_RE, SECTION_RE

MAX_SPAN = 200
_new = object.__new__
_BLOCKS = {"p", "div", "section", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol"}


@dataclass(init=False, slots=True)
class Cell:
    """One grid position (treat as read-only).

    Not frozen, unlike the records between stages: cells never leave the
    table stage, a page has about 190 of them, and a frozen dataclass's
    ``__init__`` (``object.__setattr__`` per field) cost three times a plain
    one (docs/scale.md).  ``text`` is set with the parts: nearly every cell's
    text is read, and most cells have one part, which is their text.
    """

    parts: tuple[str, ...]        #: text fragments, split at <br>/blocks/lines
    origin: tuple[int, int]       #: (row, col) of the cell this position belongs to
    row_copy: bool                #: filled down from a rowspan (or carried in a text dump)
    col_copy: bool                #: filled across from a colspan
    #: the parts joined: no separator between CJK, a space otherwise (set from ``parts``)
    text: str = field(init=False)

    def __init__(self, parts: tuple[str, ...] = (), origin: tuple[int, int] = (0, 0),
                 row_copy: bool = False, col_copy: bool = False) -> None:
        self.parts, self.origin, self.row_copy, self.col_copy = parts, origin, row_copy, col_copy
        self.text = parts[0] if len(parts) == 1 else join_parts(parts) if parts else ""


class PaddedCell(Cell):
    """A position an HTML row printed no ``<td>`` for, added to make the grid rectangular: empty, like a
    printed empty cell, but telling a row cut short (``parse/shortrows.py``) from one whose last cells
    were printed empty."""


Grid = list[list[Cell]]


def copy_down(cell: Cell) -> Cell:
    """``cell`` as a merged cell fills the row under it (``Cell.row_copy``; a text copy prints it once)."""
    return Cell(cell.parts, cell.origin, row_copy=True)


#: ASCII marks a typist prints for ；，：！？ (a Chinese clause's end: no space after them)
_CLAUSE_MARKS = ";,:!?"


def join_parts(parts) -> str:
    """The parts one text: a space between them only where neither side is Chinese, and
    none after a Chinese clause that ends in an ASCII mark (``…方案设计;`` / ``6月底前…``
    reads as ``…方案设计；6月底前…`` does)."""
    out = ""
    for p in parts:
        if out and not (_is_cjk(out[-1]) or _is_cjk(p[0])
                        or (out[-1] in _CLAUSE_MARKS and len(out) > 1 and _is_cjk(out[-2]))):
            out += " "
        out += p
    return out


def _is_cjk(ch: str) -> bool:
    return ch >= "\u2e80"


def clean(text: str) -> str:
    """Collapse white space (nbsp, full-width space) to single spaces."""
    return " ".join(text.split())   # str.split() already splits at nbsp and U+3000


# --- HTML -----------------------------------------------------------------

def own_rows(table) -> list:
    """The <tr> of ``table`` itself, not of tables nested in it."""
    if table.tag == "table" and table.find(".//table") is None:
        return list(table.iter("tr"))   # the usual case: no walk up from every row
    return [tr for tr in table.iter("tr") if _nearest_table(tr) is table]


_STRING = etree.XPath("string()", smart_strings=False)


def text_content(el) -> str:
    """An element's text with its descendants' (what lxml.html's ``text_content()``
    does, and ``"".join(el.itertext())`` in half the time).  An element without
    children (a comment or a <br> is a child too) holds its ``.text`` alone: read
    directly, which costs a fifth of an XPath call (most cells of a metadata box,
    links, headings)."""
    if len(el):
        return _STRING(el)
    return el.text or ""


def text_rows(table):
    """Each <tr> of ``table`` printing text, as (its cells' texts without white space, those holding any): the
    rows a box or a menu is told by (layout/metabox.py, layout/menus.py).  Rows of empty cells are left out."""
    for tr in table.iter("tr"):
        cells = [compact(text_content(td)) for td in tr if td.tag in ("td", "th")]
        filled = [c for c in cells if c]
        if filled:
            yield cells, filled


def _nearest_table(el):
    p = el.getparent()
    while p is not None and p.tag != "table":
        p = p.getparent()
    return p


def cell_parts(td) -> tuple[str, ...]:
    """Text fragments of a cell, split at <br> and block elements (``html_grid``
    reads a cell without children, most cells, itself: its text is the one part)."""
    quick = _br_parts(td)
    if quick is not None:
        return quick
    parts: list[str] = []
    buf: list[str] = []
    _walk_cell(td, parts, buf)
    _flush_cell(parts, buf)
    return tuple(parts)


def _br_parts(td) -> tuple[str, ...] | None:
    """``cell_parts`` of a cell whose children are all ``<br>`` (a list of units one a
    line, the usual cell with children): each part is the text before, between or after
    them, as the walk gives it, without the walk's calls; None for any other cell."""
    pieces = [td.text]
    for child in td:
        if child.tag != "br":   # an inline or block element, a comment: the walk reads it
            return None
        pieces.append(child.tail)   # (a <br>'s own text and children, if any, the walk never reads)
    parts = []
    for piece in pieces:
        if piece:
            t = " ".join(piece.split())   # clean(), as _flush_cell
            if "(" in t:
                t = PINYIN_GLOSS_RE.sub("", t)
            if t:
                parts.append(t)
    return tuple(parts)


def _flush_cell(parts: list[str], buf: list[str]) -> None:
    t = clean("".join(buf))
    if "(" in t:
        t = PINYIN_GLOSS_RE.sub("", t)   # a mirror's glosses, 委(wei): as the text lines lose them
    if t:
        parts.append(t)
    buf.clear()


def _walk_cell(el, parts: list[str], buf: list[str]) -> None:
    """Text of ``el`` into ``buf``; a <br> or a block ends a part."""
    if el.text:
        buf.append(el.text)
    for child in el:
        if not isinstance(child.tag, str):  # comments, PIs
            pass
        elif child.tag == "br":
            _flush_cell(parts, buf)
        elif child.tag in _BLOCKS:
            _flush_cell(parts, buf)
            _walk_cell(child, parts, buf)
            _flush_cell(parts, buf)
        else:
            _walk_cell(child, parts, buf)
        if child.tail:
            buf.append(child.tail)


def html_grid(table, keep_empty_columns: bool = False) -> Grid:
    """Expand one HTML table into a rectangular grid of cells; empty columns at its right
    edge are dropped unless ``keep_empty_columns``."""
    rows = own_rows(table)
    # positions filled by spans from above: row -> column -> cell (a row's own dict, so a
    # cell asks by its column alone; most rows have none)
    pending: dict[int, dict[int, Cell]] = {}
    grid: Grid = []
    for r, tr in enumerate(rows):
        row: list[Cell] = []
        c = 0
        below = pending.pop(r, None)
        for td in tr:
            tag = td.tag
            if tag != "td" and tag != "th":
                continue
            if below:
                while c in below:
                    row.append(below.pop(c))
                    c += 1
            if len(td):
                cell = Cell(cell_parts(td), (r, c))
            else:   # most cells: text only, no <br> or blocks (no walk to set up, no call)
                text = td.text
                text = " ".join(text.split()) if text else None   # clean(), inline
                if text and "(" in text:
                    text = PINYIN_GLOSS_RE.sub("", text)   # a mirror's glosses, as in _flush_cell
                # Cell((text,) if text else (), (r, c)), its fields set here: calling the
                # class (its __init__ and defaults) cost nearly half of such a cell's time
                cell = _new(Cell)
                if text:
                    cell.parts, cell.text = (text,), text
                else:
                    cell.parts, cell.text = (), ""
                cell.origin, cell.row_copy, cell.col_copy = (r, c), False, False
            row.append(cell)
            names = td.keys()   # one call for the names, where two get() cost twice as much
            if "rowspan" not in names and "colspan" not in names:   # most cells: no span, no parsing
                c += 1
                continue
            rowspan, colspan = td.get("rowspan"), td.get("colspan")
            rowspan = min(_span(rowspan), len(rows) - r)
            colspan = min(_span(colspan), MAX_SPAN)
            if rowspan > 1 or colspan > 1:
                _spread(cell, rowspan, colspan, row, pending)
            c += colspan
        while below and c in below:
            row.append(below.pop(c))
            c += 1
        grid.append(row)
    return _rectangular(grid) if keep_empty_columns else _without_empty_last_columns(_rectangular(grid))


def _without_empty_last_columns(grid: Grid) -> Grid:
    """``grid`` without the columns at its right edge that hold nothing in any row: editors
    leave an empty cell (``<td>&nbsp;</td>``) closing every row, and that column made a
    one-cell section row look like a row of tasks.  A column with a header is kept."""
    while grid and len(grid[0]) > 1 and not any(row[-1].text.strip() for row in grid):
        for row in grid:
            dropped = row.pop()
            last = row[-1]
            if (isinstance(dropped, PaddedCell) and not last.text.strip()
                    and not (last.row_copy or last.col_copy)):
                # a row printed short stays short: its own closing empty cell (the editor's) stood
                # where the dropped column's cells stand in the full rows
                row[-1] = PaddedCell(origin=last.origin)
    return grid


def _spread(cell: Cell, rowspan: int, colspan: int, row: list[Cell], pending: dict) -> None:
    """The copies a spanning ``cell`` leaves: across ``row``, and in ``pending`` below
    (row -> column -> cell)."""
    r, c = cell.origin
    parts, origin = cell.parts, cell.origin
    for dc in range(colspan):
        if dc:
            row.append(Cell(parts, origin, False, True))
        for dr in range(1, rowspan):
            below = pending.get(r + dr)
            if below is None:
                below = pending[r + dr] = {}
            below[c + dc] = Cell(parts, origin, True, dc > 0)


def _span(value) -> int:
    if value is None:
        return 1   # most cells: no attribute, and raising to find out costs more
    try:
        return max(1, int(str(value).strip()))
    except (TypeError, ValueError):
        return 1


def _rectangular(grid: Grid) -> Grid:
    width = max(map(len, grid), default=0)
    for i, r in enumerate(grid):
        if len(r) < width:   # most rows are full already
            r.extend(PaddedCell(origin=(i, k)) for k in range(len(r), width))
    return grid


# --- text: the portal's pipe dump ------------------------------------------

#: the characters a table drawn in text borders its cells with (text-box)
BOX_CHARS = "│├┤┼─┌┐└┘┬┴┃━┏┓┗┛┣┫╋┳┻═║╔╗╚╝╠╣╬╦╩"
BOX_VERTICAL = "│┃║"


def is_box_line(line: str) -> bool:
    """A line of a table drawn with box characters: it opens with one, or ends with a bar."""
    s = line.strip()
    return bool(s) and (s[0] in BOX_CHARS or s[-1] in BOX_VERTICAL)


def is_pipe_line(line: str) -> bool:
    """A line of a ``|`` dump: a bare ``|`` or a cell ending in ``|``."""
    s = line.strip()
    return s.startswith("|") or s.endswith("|")


#: lines under a copy's opening bare ``|`` looked at for another: a dump one cell a line prints one every other line
LONE_BAR_WINDOW = 6


def opens_with_lone_bar(lines, at: int) -> bool:
    """``lines[at]`` is a bare ``|`` opening the copy (no text above it) with no other bare ``|`` in the
    ``LONE_BAR_WINDOW`` lines under it: what a forum's copy keeps of a bar of links over its visitor lines
    (``|`` / ``马上注册…`` / ``x``: holdout forumbar-yancheng-2019-1), no grid's line; a dump one cell a line
    opens with one and prints more right under it (holdout barlines-qiaocheng)."""
    if lines[at].strip() != "|" or any(above.strip() for above in lines[:at]):
        return False
    return not any(line.strip() == "|" for line in lines[at + 1:at + 1 + LONE_BAR_WINDOW])


def pipe_tokens(lines) -> list[str]:
    """Cell texts of a pipe dump in order, empty cells as "".

    One rule for the whole family: a ``|`` separates two cells wherever the line breaks
    fall, and a line break alone separates nothing (a cell wrapped over several lines).  A
    dump breaking its lines after each pipe (``X |``) and one breaking them before it
    (``| X``, a bare ``|`` closing the row, ``| | X`` an empty cell then X) give the same cells."""
    tokens: list[str] = []
    carry = ""
    for line in lines:
        s = line.strip()
        if not s.endswith("|"):
            carry += s  # a cell wrapped over several lines, or cells opened by their pipe
            continue
        tokens.extend(clean(p) for p in (carry + s).split("|")[:-1])
        carry = ""
    if carry:
        tokens.extend(clean(p) for p in carry.split("|"))
    return tokens


def opens_pipe_cell(line: str) -> bool:
    """A line of a dump breaking its lines before each pipe: ``| X``, the pipe opening its cell
    (no pipe closing it: ``| X |`` is a row of cells between bars)."""
    s = line.strip()
    return s.startswith("|") and not s.endswith("|")


def _anchor(token: str) -> str | None:
    if SECTION_RE.match(token):
        return "section"
    if MEASURE_RE.match(fold(token)):
        return "measure"
    return None


def pipe_grid(tokens: list[str], ncols: int, anchor_cols: dict[str, int]) -> Grid:
    """Rows of a pipe dump, after its header (``ncols`` header cells).

    A bare ``|`` is either an empty cell or a row opener, so rows are cut
    at the labelled cell that starts them (docs/forms.md, text-pipe): the cell goes
    to its column (``anchor_cols``), the cells after it fill the next
    columns, and columns before it that the row omits (a rowspan in the
    original table) are carried down as copies.  Surplus cells must be
    empty; a non-empty surplus is appended to the last column.  With a
    ``"number"`` anchor (a dump with a 序号 column) a bare integer equal to the
    previous row number + 1 also opens a row.
    """
    grid: Grid = []
    row_tokens: list[str] = []
    row_kind: str | None = None
    prev: list[Cell] = [Cell(origin=(0, c)) for c in range(ncols)]

    def emit():
        nonlocal prev
        if not row_tokens:
            return
        for tokens_, kind_ in merged_rows(row_tokens, row_kind, ncols, anchor_cols):
            row = _place(tokens_, ncols, anchor_cols, prev, len(grid), kind_)
            grid.append(row)
            prev = row

    next_no = None
    for tok in tokens:
        kind = _anchor(tok)
        if kind is None and "number" in anchor_cols and (_is_next_number(tok, next_no)
                                                         or (row_kind == "section" and tok == "1")):
            # a dump with a 序号 column: only the expected next integer opens a row (or 1
            # right under a section heading: each section's table numbers its rows again)
            kind, next_no = "number", int(tok) + 1
        if kind and not (kind == "measure" and _only_opener(row_tokens)):
            emit()
            row_tokens, row_kind = [], kind
        if kind or row_tokens:
            row_tokens.append(tok)
    emit()
    return grid


def merged_rows(tokens: list[str], kind: str | None, ncols: int, anchor_cols: dict[str, int]) -> list[tuple[list[str], str | None]]:
    """A numbered row of a pipe dump as the rows it prints: ``[(tokens, kind)]``, or, where its 序号 and the cells
    after it up to the task column are merged over several rows (a category over its matters), the first row's
    ``ncols`` cells and then each later row printed from its task cell on, ``ncols`` minus the task column's index
    cells each, the empty cells a dump prints between them (a merged cell's close, ``||``) skipped.  Only where the
    cells after the first row cut so into whole rows, each opening with text; else the row as before (its
    surplus then goes to its last cell).  Before, a plan's category of four matters was one row, the later
    matters lost (holdout cellrows-wangcang, batch 114)."""
    task, number = anchor_cols.get("measure"), anchor_cols.get("number")
    if kind != "number" or task is None or number is None or task <= number or len(tokens) <= ncols:
        return [(tokens, kind)]
    width, rows, i = ncols - task, [(tokens[:ncols], kind)], ncols
    while i < len(tokens):
        if not tokens[i]:
            i += 1
            continue
        chunk = tokens[i:i + width]
        if width < 2 or len(chunk) < width or chunk[0].isdecimal() or not any(chunk[1:]):
            return [(tokens, kind)]
        rows.append((chunk, "measure"))
        i += width
    return rows


def _is_next_number(token: str, expected: int | None) -> bool:
    if not token.isdecimal():   # not isdigit(): int() refuses ① and ²
        return False
    return int(token) == expected if expected is not None else int(token) <= 1


def _only_opener(row_tokens: list[str]) -> bool:
    """The row so far is only a section label or a 序号, so a measure label
    that follows belongs to the same row."""
    filled = [t for t in row_tokens if t]
    return len(filled) == 1 and (_anchor(filled[0]) == "section" or filled[0].isdecimal())


def _place(tokens, ncols, anchor_cols, prev, r, kind=None) -> list[Cell]:
    kind = kind or _anchor(tokens[0]) or "measure"
    start = anchor_cols.get(kind, 0)
    row = [Cell(prev[c].parts, prev[c].origin, row_copy=True) for c in range(start)]
    values = list(tokens)
    if kind == "section" and not any(_anchor(t) == "measure" or t.isdecimal() for t in tokens[1:]):
        if "section" not in anchor_cols:
            # a full-width section row over a table without a section column:
            # one cell spanning the row, as the HTML colspan would have been
            return [Cell((tokens[0],), (r, 0), col_copy=c > 0) for c in range(ncols)]
        row += [Cell((tokens[0],), (r, start))]
        values = []
    for c, value in enumerate(values[: ncols - start], start=start):
        row.append(Cell(tuple(p for p in [value] if p), (r, c)))
    surplus = [t for t in values[ncols - start:] if t]
    if surplus and len(row) == ncols:
        last = row[-1]
        row[-1] = Cell(last.parts + tuple(surplus), last.origin)
    return row + [Cell(origin=(r, c)) for c in range(len(row), ncols)]

"""PDF: ruled tables through pdfplumber, and the text lines around them.

pdfplumber finds a table from its ruling lines and gives each cell's box;
a box that covers several rows or columns leaves the positions it covers
empty (``None``), and the box tells which: a position under a box that
reaches down into its row is a ``row_copy`` (the section cell merged down
its group), else a ``col_copy`` of the cell to its left.

Text inside a cell wraps at the cell's edge, and a unit name can wrap
(人民银行东莞市中 / 心支行): a cell line that ends within about a character of
the right edge (after the cell's own padding) runs on into the next line,
while a line that stops short ended at a line break (one unit a line), so
it starts a new ``part``.

A table continued on the next page is another table there (with the header
row repeated when the document asked for it); ``forms`` joins the pieces,
and a row cut by the page break is sewn back.  Text outside the tables (the
附件 line, the table's title, a letter) comes as lines in reading order.
Fonts need not be installed to read a PDF: the text comes from the file's
character map, CJK included.
"""
from __future__ import annotations

import io
import statistics

from ...parse.grid import Cell, Grid
from ...models import ExtractorError
from ...text import NAME_LIST_MARKS
from .limits import check_pages

#: a line ending this many character widths (or fewer) short of the cell's
#: right padding ran on to the next line: a full-width glyph is one width,
#: and justified CJK text ends within half a width of the edge
WRAP_SLACK_CHARS = 1.2
#: punctuation a line may not start with (CJK line breaking): a writer moves the character
#: before it to the next line too, so ``县财政局、`` wraps as ``县财政`` / ``局、…`` with room
#: for one character left (``_NO_LINE_START``)
_NO_LINE_START = frozenset("、，。；：！？）》」』”’,.;:!?)")
#: a bracket group this short opening a line (``（牵头）``, ``（主办）``: a unit's lead mark) is held
#: whole as a character with its 、 is: wider than the room left above, it was wrapped there
BRACKET_GROUP_MAX_CHARS = 6
_BRACKET_PAIRS = {"（": "）", "(": ")"}
#: a cell line ending with a range's dash or 至 (``2022年4月—`` / ``12月``) cannot end a
#: value: the range goes on, joined without a space, however much room the line left
_RANGE_OPEN_ENDS = ("—", "–", "－", "-", "~", "～", "至")
#: the longest token ``_names_apart`` reads as a unit name on either side of a wrap (a longer one
#: is a cell's prose, never split)
MAX_WRAPPED_NAME_CHARS = 24
#: a section's name is at least this long (人事科, 财务股: a two-character 学科 or 外科 is a word, no section)
MIN_SECTION_CHARS = 3
#: chars whose tops differ by less than this share of their size are on one line
_SAME_LINE = 0.5
#: a gap wider than this share of the font size between two chars is a space
_SPACE_GAP = 0.25


def read_pdf(data: bytes) -> list:
    """The blocks of a PDF in reading order: text lines (``str``) and grids (``list``)."""
    import pdfplumber
    from pdfplumber.utils.exceptions import PdfminerException

    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except PdfminerException as exc:
        raise ExtractorError(_open_error(exc)) from None
    with pdf:
        try:
            check_pages(len(pdf.pages))
            blocks: list = []
            for page in pdf.pages:
                blocks.extend(_page_blocks(page))
            if not any(page.chars for page in pdf.pages):
                raise ExtractorError("PDF without a text layer (a scan?): reading it would need OCR")
        except PdfminerException as exc:
            raise ExtractorError(f"damaged PDF: {_first_line(exc)}") from None
    return blocks


def _open_error(exc: Exception) -> str:
    cause = exc.args[0] if exc.args else exc
    name = type(cause).__name__
    if "Password" in name or "Encrypt" in name:
        return "encrypted (password-protected) PDF"
    return f"not a readable PDF: {name}: {_first_line(cause)}"


def _first_line(exc) -> str:
    return (str(exc).splitlines() or [""])[0][:200]


def _page_blocks(page) -> list:
    tables = page.find_tables()
    boxes = [t.bbox for t in tables]
    placed: list[tuple[float, object]] = []
    for table in tables:
        grid = _table_grid(table, page)
        if grid:
            placed.append((table.bbox[1], grid))
    outside = page.filter(lambda obj: obj.get("object_type") != "char" or not _inside_any(obj, boxes))
    for line in outside.extract_text_lines():
        placed.append((line["top"], line["text"]))
    placed.sort(key=lambda x: x[0])
    return [block for _, block in placed]


def _inside_any(char, boxes) -> bool:
    x, y = (char["x0"] + char["x1"]) / 2, (char["top"] + char["bottom"]) / 2
    return any(x0 <= x <= x1 and top <= y <= bottom for x0, top, x1, bottom in boxes)


def _table_grid(table, page) -> Grid:
    rows = table.rows
    x0, top, x1, bottom = table.bbox
    chars = [c for c in page.chars if x0 <= (c["x0"] + c["x1"]) / 2 <= x1
             and top <= (c["top"] + c["bottom"]) / 2 <= bottom]
    boxes = [box for row in rows for box in row.cells if box]
    by_box = {box: [] for box in boxes}
    for ch in chars:
        box = _box_of(ch, boxes)
        if box is not None:
            by_box[box].append(ch)
    lines = {box: _cell_lines(cs) for box, cs in by_box.items()}
    pad = _padding(lines)
    grid: Grid = []
    origin_of: dict = {}
    for r, row in enumerate(rows):
        cells: list[Cell] = []
        for c, box in enumerate(row.cells):
            if box is not None:
                origin_of[box] = (r, c)
                cells.append(Cell(_parts(lines[box], box, pad), (r, c)))
            elif r and c < len(grid[-1]) and _reaches_below(grid[-1][c], origin_of, row.bbox[1]):
                above = grid[-1][c]
                cells.append(Cell(above.parts, above.origin, row_copy=True, col_copy=above.col_copy))
            elif cells:
                left = cells[-1]
                cells.append(Cell(left.parts, left.origin, row_copy=left.row_copy, col_copy=True))
            else:
                cells.append(Cell(origin=(r, c)))
        grid.append(cells)
    return grid


def _reaches_below(cell: Cell, origin_of: dict, row_top: float) -> bool:
    """The box of ``cell``'s origin reaches below ``row_top``: it covers that row."""
    for box, origin in origin_of.items():
        if origin == cell.origin:
            return box[3] > row_top + 1
    return False


def _box_of(ch, boxes):
    x, y = (ch["x0"] + ch["x1"]) / 2, (ch["top"] + ch["bottom"]) / 2
    for box in boxes:
        if box[0] <= x <= box[2] and box[1] <= y <= box[3]:
            return box
    return None


def _cell_lines(chars) -> list[list[dict]]:
    """The chars of one cell grouped into lines, top to bottom, each left to right."""
    lines: list[list[dict]] = []
    for ch in sorted(chars, key=lambda c: (c["top"], c["x0"])):
        if lines and abs(ch["top"] - lines[-1][0]["top"]) < _SAME_LINE * max(ch["size"], 1):
            lines[-1].append(ch)
        else:
            lines.append([ch])
    return [sorted(line, key=lambda c: c["x0"]) for line in lines]


def _padding(lines: dict) -> float:
    """The cells' inner padding: the least gap between a cell's left edge and its text."""
    gaps = [line[0]["x0"] - box[0] for box, ls in lines.items() for line in ls if line]
    return max(0.0, min(gaps)) if gaps else 0.0


def _line_text(line: list[dict]) -> str:
    out = ""
    for prev, ch in zip([None] + line[:-1], line):
        if prev is not None and ch["x0"] - prev["x1"] > _SPACE_GAP * max(ch["size"], 1):
            out += " "
        out += ch["text"]
    return out


def _parts(lines: list[list[dict]], box, pad: float) -> tuple[str, ...]:
    """A cell's text, one part per line it was typed on: wrapped lines joined (``_join_wrapped``)."""
    parts: list[list[str]] = []       # each part: its wrapped lines
    spaced: list[list[bool]] = []     # per wrapped line after the first: the line above printed a space last
    run_on = False
    for i, line in enumerate(lines):
        text = " ".join(_line_text(line).split())
        if not text:
            continue
        if run_on and parts:
            parts[-1].append(text)
            spaced[-1].append(lines[i - 1][-1]["text"].isspace())
        else:
            parts.append([text])
            spaced.append([])
        width = statistics.median(c["x1"] - c["x0"] for c in line)
        room = box[2] - pad - line[-1]["x1"]
        run_on = (room <= WRAP_SLACK_CHARS * width or text.endswith(_RANGE_OPEN_ENDS)
                  or (i + 1 < len(lines) and room < _unbreakable_width(lines[i + 1])))
    return tuple(_join_wrapped(segs, sp) for segs, sp in zip(parts, spaced))


def _join_wrapped(segments: list[str], spaced: list[bool]) -> str:
    """One part's wrapped lines joined: with a space after Latin text, with nothing between CJK
    characters (a word or a name cut by the cell's width, 坊子区人民 / 政府) — unless the line above
    printed a space last (``市教育局 `` / ``市直有关部门``: pdfplumber keeps it) or the break falls between
    two unit names (``_names_apart``): a list of names whose next name did not fit the line."""
    out = segments[0]
    for k, text in enumerate(segments[1:], 1):
        tight = _cjk(out[-1]) or _cjk(text[0]) or out.endswith(_RANGE_OPEN_ENDS)
        if tight and not spaced[k - 1] and not _names_apart(out, "".join(segments[k:])):
            out += text
        else:
            out += " " + text
    return out


def _names_apart(above: str, below: str) -> bool:
    """True when the last token of ``above`` and the first of ``below`` are each a whole unit name
    or group by the agency vocabulary (``TemplateResolver.is_unit_name``, ``is_group``) or a body's own
    section (``_is_section``: 职业教育科 / 基础教育科, a bureau's 科室 dividing its own work) and the two
    joined name nothing (市生态环境局 / 市直各有关单位, 交通运输局 / 人社局).  A group's pattern reads its
    opening (各县…), so a group cut by the width is a group on the left already: it goes on when the
    joined text is still one."""
    left, right = above.rsplit(" ", 1)[-1], below.split(" ", 1)[0]
    if max(len(left), len(right)) > MAX_WRAPPED_NAME_CHARS or left.endswith(_RANGE_OPEN_ENDS):
        return False
    from ...agencies.registry import default_patterns
    from ...agencies.template import default_template_resolver

    names, groups = default_template_resolver(), default_patterns()
    whole = lambda t: names.is_unit_name(t) or groups.is_group(t) or _is_section(t, groups)   # noqa: E731
    joined = left + right
    # the names the break stands between, a list's last and next (鱼峰区财政局、鱼峰区科 / 学技术局、各街道: one name cut)
    joint = _last_name(left) + _last_name(right[::-1])[::-1]
    return (whole(left) and whole(right) and not names.is_unit_name(joined) and not names.is_unit_name(joint)
            and not (groups.is_group(left) and groups.is_group(joined)))   # 各县（市、区）人民 / 政府: one group


def _last_name(text: str) -> str:
    """The last name of a list printed with ``text.NAME_LIST_MARKS`` between its names (all of ``text`` if none)."""
    return text[max(text.rfind(m) for m in NAME_LIST_MARKS) + 1:]


def _is_section(text: str, patterns) -> bool:
    """A body's own section (科室, 股: 职业教育科, 计划财务科), which the template lists under no place: at least
    ``MIN_SECTION_CHARS`` long, closed by a section's head (``[split_units] section_heads``) that the parse
    vocabulary reads as a unit's end (``unitlists.ends_like_unit``: 基础教育科, never 重点学科)."""
    if len(text) < MIN_SECTION_CHARS or text[-1] not in patterns.section_heads:
        return False
    from ...parse.unitlists import ends_like_unit

    return ends_like_unit(text)


def _unbreakable_width(line: list[dict]) -> float:
    """Width of a line's first character with the punctuation after it that may not
    start a line (``局、``), or of a short bracket group opening the line with that
    punctuation (``（牵头）、``, a unit's lead mark): when it is wider than the room left on
    the line above, the writer wrapped there although the room looks like a line break's.
    0 when the line's second character may start a line (one character: the slack rule's
    case) and it opens no bracket group."""
    end = _bracket_group_end(line)
    if end is None and (len(line) < 2 or line[1]["text"] not in _NO_LINE_START):
        return 0.0
    end = end or 1
    while end < len(line) and line[end]["text"] in _NO_LINE_START:
        end += 1
    return line[end - 1]["x1"] - line[0]["x0"]


def _bracket_group_end(line: list[dict]) -> int | None:
    """Index after the bracket that closes the one opening ``line`` within
    ``BRACKET_GROUP_MAX_CHARS`` characters (``（牵头）``), or None."""
    close = _BRACKET_PAIRS.get(line[0]["text"]) if line else None
    if close is None:
        return None
    return next((k + 1 for k in range(1, min(len(line), BRACKET_GROUP_MAX_CHARS)) if line[k]["text"] == close), None)


def _cjk(ch: str) -> bool:
    return ch >= "\u2e80"

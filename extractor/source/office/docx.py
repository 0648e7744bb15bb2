"""Word .docx: paragraphs and tables in document order, merged cells expanded.

python-docx opens the package (it finds the main document part through the
relationships, whatever the part is called); the body is then walked as
WordprocessingML, because the merge marks are what matter and python-docx's
cell objects hide them:

- ``w:gridSpan`` (a cell across columns) gives ``col_copy`` positions;
- ``w:vMerge`` without ``w:val="restart"`` continues the cell above: a
  ``row_copy`` of it (the section cell of a group, merged down);
- ``w:gridBefore`` (a row that starts further right) gives empty positions;
- ``<w:br/>`` and each paragraph end a ``part`` of a cell (units one per
  line), as ``<br>`` does in an HTML cell.
"""
from __future__ import annotations

import io

from ...parse.grid import Cell, Grid
from ...models import ExtractorError
from .docxnum import WORD_NS, WORD_VAL, ListNumbers
from .limits import check_zip

_P, _TBL, _TR, _TC, _SDT = (f"{WORD_NS}{t}" for t in ("p", "tbl", "tr", "tc", "sdt"))
_T, _BR, _CR, _TAB = (f"{WORD_NS}{t}" for t in ("t", "br", "cr", "tab"))


def read_docx(data: bytes) -> list:
    """The blocks of a .docx in order: text lines (``str``) and grids (``list``)."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    check_zip(data)
    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError) as exc:
        raise ExtractorError(f"not a readable Word document: {exc}") from None
    blocks: list = []
    _walk(document.element.body, blocks, ListNumbers(document))
    return blocks


def _walk(parent, blocks: list, numbers: ListNumbers) -> None:
    for el in parent:
        if el.tag == _P:
            lines = paragraph_lines(el)
            label = numbers.label(el)   # Word's auto-number, not in the runs (docxnum.py)
            if label and lines:
                lines[0] = label + lines[0]
            blocks.extend(lines)
        elif el.tag == _TBL:
            grid = table_grid(el)
            if grid:
                blocks.append(grid)
        elif el.tag == _SDT:   # a content control wraps paragraphs or tables
            for content in el.iter(f"{WORD_NS}sdtContent"):
                _walk(content, blocks, numbers)
                break


def paragraph_lines(p) -> list[str]:
    """The text of one ``w:p``, split at its line breaks (a page break too)."""
    lines, buf = [], []
    for el in p.iter(_T, _BR, _CR, _TAB):
        if el.tag == _T:
            buf.append(el.text or "")
        elif el.tag == _TAB:
            buf.append(" ")
        else:
            lines.append("".join(buf))
            buf = []
    lines.append("".join(buf))
    return [t for t in (" ".join(line.split()) for line in lines) if t]


def table_grid(tbl) -> Grid:
    """One ``w:tbl`` as a rectangular grid (a table nested in a cell is read as its text)."""
    grid: Grid = []
    for r, tr in enumerate(tbl.iterchildren(_TR)):
        row: list[Cell] = [Cell(origin=(r, c)) for c in range(_int_prop(tr, "trPr", "gridBefore", 0))]
        for tc in tr.iterchildren(_TC):
            c = len(row)
            span = max(1, _int_prop(tc, "tcPr", "gridSpan", 1))
            if _continues_above(tc) and r > 0 and c < len(grid[-1]):
                above = grid[-1][c]
                cells = [Cell(above.parts, above.origin, row_copy=True, col_copy=above.col_copy or k > 0)
                         for k in range(span)]
            else:
                parts = tuple(line for p in tc.iter(_P) for line in paragraph_lines(p))
                cells = [Cell(parts, (r, c), col_copy=k > 0) for k in range(span)]
            row.extend(cells)
        grid.append(row)
    width = max(map(len, grid), default=0)
    for r, row in enumerate(grid):
        row.extend(Cell(origin=(r, c)) for c in range(len(row), width))
    return grid


def _continues_above(tc) -> bool:
    """``<w:vMerge/>`` or ``w:val="continue"``: this cell is the one above, merged down."""
    pr = tc.find(f"{WORD_NS}tcPr")
    merge = pr.find(f"{WORD_NS}vMerge") if pr is not None else None
    return merge is not None and merge.get(WORD_VAL, "continue") != "restart"


def _int_prop(el, pr_tag: str, tag: str, default: int) -> int:
    pr = el.find(f"{WORD_NS}{pr_tag}")
    prop = pr.find(f"{WORD_NS}{tag}") if pr is not None else None
    try:
        return int(prop.get(WORD_VAL)) if prop is not None else default
    except (TypeError, ValueError):
        return default

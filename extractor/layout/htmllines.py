"""An HTML page's content block read as lines, its task tables kept as elements.

``html_lines`` walks the chosen content element (``locate.py``) block by block: each block element ends
a line, a ``<pre>`` keeps its lines, and each top-level table that is no layout table becomes a
``TABLE_MARK`` line, the element kept for the table stage.  A layout table (a page laid out in a table,
the whole notice in one cell) is read as blocks.  The lines are then cleaned as a text page's are
(``cleanlines.clean_text_lines``).
"""
from __future__ import annotations

import re
from itertools import islice

from ..models import TABLE_MARK
from ..parse.grid import html_grid, text_content
from ..parse.lostindents import restore_lost_indents
from ..text import PINYIN_GLOSS_RE
from .cleanlines import clean_text_lines

_BLOCK_TAGS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "td", "th", "section", "article",
               "blockquote", "center", "pre", "dd", "dt", "ul", "ol", "table", "form", "header", "footer"}


def html_lines(content) -> tuple[list[str], list, dict[str, str]]:
    """Block text of ``content`` as lines; each top-level table becomes a
    ``TABLE_MARK`` line and is returned in order.  Third, the lines whose source
    prints a run of spaces, each as printed (``Located.spaced``)."""
    lines: list[str] = []
    tables: list = []
    buf: list[str] = []
    spaced: dict[str, str] = {}
    _walk_lines(content, content.tag, lines, tables, buf, spaced)
    _flush_line(lines, buf, spaced)
    return clean_text_lines(restore_lost_indents(lines)), tables, spaced


# The walk is module functions, not closures inside ``html_lines``: a closure that calls
# itself is a reference cycle, which kept each page's tree (the tables in ``tables``) alive
# until the garbage collector's next pass, some twenty pages later.

def _flush_line(lines: list[str], buf: list[str], spaced: dict[str, str]) -> None:
    raw = "".join(buf)
    text = " ".join(raw.split())
    if text:
        lines.append(text)
        if "  " in raw or "\xa0" in raw or "\u3000" in raw:
            _keep_spaced(raw, spaced)
    buf.clear()


#: a line break (and the white space around it) in a block's source: one space as a browser shows it
_SOURCE_BREAK_RE = re.compile(r"\s*[\r\n\t]\s*")


def _keep_spaced(raw: str, spaced: dict[str, str]) -> None:
    """``raw`` (a block's text as its source spaces it) under the line it reads as, when it prints a
    run of spaces (a no-break or ideographic space a space): a table flattened one row a paragraph
    prints an empty cell as one space more (``parse/spacedrows.py``); a mirror's glosses out, as
    ``clean_text_lines`` takes them out."""
    printed = PINYIN_GLOSS_RE.sub("", _SOURCE_BREAK_RE.sub(" ", raw.replace("\xa0", " ").replace("\u3000", " "))).strip()
    if "  " in printed:
        spaced[" ".join(printed.split())] = printed


def _walk_lines(el, tag, lines: list[str], tables: list, buf: list[str], spaced: dict[str, str]) -> None:
    """``el``'s text into ``buf`` and ``lines`` (``html_lines``); ``tag``: ``el.tag``, read
    once (lxml makes a new str at every read)."""
    if tag == "table" and not any(t.strip() for t in el.itertext()):
        return   # a table of images or spacers only (an e-paper's logo and page-map frames): nothing to read
    if tag == "table" and not _is_layout_table(el):
        _flush_line(lines, buf, spaced)
        lines.append(f"{TABLE_MARK}{len(tables)}")
        tables.append(el)
        return
    if tag == "pre":
        # preformatted text keeps its lines and its runs of spaces: a text
        # table (text-box, text-sp) put in a page as it was typed is read as in a .txt
        _flush_line(lines, buf, spaced)
        lines.extend(text_content(el).split("\n"))
        return
    block = tag in _BLOCK_TAGS or tag == "br"
    if block:
        _flush_line(lines, buf, spaced)
    text = el.text
    if text:
        buf.append(text)
    for child in el:
        child_tag = child.tag
        if isinstance(child_tag, str):
            _walk_lines(child, child_tag, lines, tables, buf, spaced)
        tail = child.tail
        if tail:
            buf.append(tail)
    if block:
        _flush_line(lines, buf, spaced)


def _is_layout_table(table) -> bool:
    """A table that lays out the page (a menu cell beside a content cell, or
    the whole letter in one cell with the task table nested in it) rather
    than holding tasks itself: it has tables inside and no task header of
    its own.  Its cells are read as blocks, so the cover letter in them
    stays before the task table's mark (old portals put the whole notice
    in one ``<td>``: without this the letter's lines were all hidden inside
    the mark and doc number, title and date were lost).  A table with no
    table inside lays out the page too when it has a few rows and a cell of
    paragraphs (a menu row, then the whole notice in one cell) and, again,
    no task header."""
    if table.find(".//table") is None and not _holds_paragraphs(table) and not _holds_run_on_notice(table) \
            and not _one_text_cell(table):
        return False
    from ..parse.transposed import is_task_table   # table -> agencies: imported late to keep locate light
    return not is_task_table(html_grid(table))


def _holds_paragraphs(table) -> bool:
    """A table of at most ``LAYOUT_MAX_ROWS`` rows with a cell of at least
    ``LAYOUT_CELL_MIN_BLOCKS`` paragraphs: the shape of a page laid out in a
    table, never of a task table (many rows, a few lines a cell).  Rows with no
    text (spacer rows, empty rows a template adds) do not count."""
    if next(islice(table.iter("tr"), LAYOUT_MAX_ROWS, None), None) is not None:
        filled = (tr for tr in table.iter("tr") if any(t.strip() for t in tr.itertext()))
        if next(islice(filled, LAYOUT_MAX_ROWS, None), None) is not None:
            return False   # a task table's rows: most tables stop here
    # a table one cell wide stacks a page's blocks (a headline row, a date row, the article's cell: a newspaper's
    # repost, holdout glossquote-anlu): no task table is one column, so an article of a few paragraphs lays it out
    least = LAYOUT_COLUMN_MIN_BLOCKS if _one_cell_rows(table) else LAYOUT_CELL_MIN_BLOCKS
    return any(sum(1 for _ in cell.iter(*_PARAGRAPH_TAGS)) >= least for cell in table.iter("td", "th"))


def _one_cell_rows(table) -> bool:
    """Every row of ``table`` (its own, not a nested table's) holds text in one cell at most (a template's empty
    cells after it aside)."""
    rows = [tr for tr in table.iter("tr") if tr.getparent() is table or tr.getparent().getparent() is table]
    return bool(rows) and all(sum(1 for c in tr if c.tag in ("td", "th") and "".join(c.itertext()).strip()) <= 1
                              for tr in rows)


def _one_text_cell(table) -> bool:
    """All of ``table``'s text stands in ONE cell (spacer rows and empty cells aside) and holds at least
    ``LAYOUT_CELL_MIN_SENTENCES`` full stops: no task table is one cell, so such a cell is a page's text set in a frame
    (a law database printing a page of a split copy in a cell, its paragraphs parted by runs of spaces: holdout
    commaduty-unplaced, batch 125), however short; a one-cell menu, title or number box prints no sentences."""
    filled = [text for text in ("".join(cell.itertext()) for cell in table.iter("td", "th")) if text.strip()]
    return len(filled) == 1 and filled[0].count("。") >= LAYOUT_CELL_MIN_SENTENCES


def _holds_run_on_notice(table) -> bool:
    """A table of at most ``LAYOUT_MAX_ROWS`` rows with text and a cell of at least
    ``LAYOUT_RUN_ON_MIN_CHARS`` characters: a portal that put the whole notice in one cell with
    no paragraphs, its pieces (recipients, letter, signature, headings, items) parted by
    spaces (holdout runpara-haiyan, batch 50); a task table's cell holds a sentence or a few,
    and a task table has more rows.  Its cell is read as a block, a line the text layer
    repairs as a notice that lost its line breaks.  Rows are read only until one too many holds text
    (a task table's whole list of rows was read)."""
    filled = (tr for tr in table.iter("tr") if any(t.strip() for t in tr.itertext()))
    if next(islice(filled, LAYOUT_MAX_ROWS, None), None) is not None:
        return False
    return any(len("".join(cell.itertext()).strip()) >= LAYOUT_RUN_ON_MIN_CHARS for cell in table.iter("td", "th"))


#: a page laid out in a table has a menu row, a content row, maybe a footer row
#: or two; a table of more rows holds data
LAYOUT_MAX_ROWS = 5
#: a content cell holds the letter and its items: a title, recipients, a few
#: paragraphs and items; a task table's cell holds a unit list or a sentence or two
LAYOUT_CELL_MIN_BLOCKS = 5
#: ... and in a table one cell wide (a headline row, a date row, the article's cell), an article of this many
#: paragraphs: a task table is never one column
LAYOUT_COLUMN_MIN_BLOCKS = 2
_PARAGRAPH_TAGS = ("p", "div", "br", "section")   # WeChat prints its paragraphs as <section>
#: a table's only cell holding text is a page's text set in a frame when it prints this many sentences: a task
#: table is never one cell, and a one-cell box of a menu, a title or a doc number prints none
LAYOUT_CELL_MIN_SENTENCES = 3
#: a cell holding a whole notice run together (no paragraphs): a letter and its items are
#: several hundred characters; a task table's cell (a task, a unit list, a progress note in
#: a table of few rows) rarely half that
LAYOUT_RUN_ON_MIN_CHARS = 500

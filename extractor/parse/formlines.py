"""The lines the text forms (labelled lines, inline assignments) read.

The locate stage joined a fixed-width copy's hard wraps and the text layer
(``textlayer``) made the lines robust; two more joins are the text forms' own:
an item's number set on a line of its own goes on with its text
(``textlayer.join_bare_labels``), and a line that opens with a mark print never
sets at the start of a line is the rest of the line above it
(``join_line_start_marks``).  The text grids read the lines unjoined: there a
line is a row of cells.
"""
from __future__ import annotations

from .textlayer import _table_line, join_bare_labels

#: marks print never sets at the start of a line (full-width and ASCII): a line opening with
#: one is the rest of the line above it
LINE_START_MARKS = tuple("。，、；：！？,;")
#: a line opening with a run of spaces is set under a column, not flush
_INDENT_RUNS = ("  ", "\u3000\u3000", "\t")


def text_form_lines(lines) -> list[str]:
    """The lines the text forms read: item numbers set on a line of their own joined to
    their text, and a line that opens with a mark no line opens with joined to the line before."""
    return join_bare_labels(join_line_start_marks(lines))


def join_line_start_marks(lines) -> list[str]:
    """Lines, with a line that opens with a ``LINE_START_MARKS`` mark joined to the last
    non-blank line before it.  An OCR copy or a hard-wrapped text breaks anywhere, also right
    before the 。 closing an item (``…压缩至30个工作日`` / ``。（牵头单位：…）``) or the 、 going on
    with a unit list (``配合单位：市税务局`` / ``、市公安局``); left apart, the line of a bracket read
    as a stand-alone assignment and its 。 was lost, a list lost its next name.  A text table's
    rows (pipes, tabs, box borders, columns set apart by runs of spaces) are neither joined nor
    joined to, and a line indented by a run of spaces is not joined: a wrap's rest is set flush,
    a pdftotext layout sets a cell's rest (``、县交通运输局``) under its column."""
    out: list[str] = []
    last = None   # index in ``out`` of the last non-blank line
    for line in lines:
        text = line.strip()
        if last is not None and text.startswith(LINE_START_MARKS) and not line.startswith(_INDENT_RUNS) \
                and not _table_line(line) and not _table_line(out[last]):   # the rare case: rows checked here
            out[last] = out[last].rstrip() + text
            continue
        out.append(line)
        if text:
            last = len(out) - 1
    return out

"""The text layer: what every text-form parser reads, made robust once.

Real notices reach us damaged in ways that have nothing to do with their
form: a mirror drops the line breaks, a portal leaves ``【打印】 【字体：`` on a
line of its own (or in front of the title), a word processor prints the item
dot as ``1﹒`` or ``１．``.  Each parser used to survive some of this on its
own; now one layer runs before any of them (``forms.parse_body``):

- **matching copy** (``fold``): full-width ASCII (``１．（`` -> ``1.(``), the
  ideographic space and the odd item dots (``﹒ ․ ‧ · ・``) folded, one
  character for one, so an index into the copy is an index into the text as
  printed.  Parsers find structure in the copy and cut the printed text, so
  the output keeps what the notice printed.
- **chrome** (``strip_chrome``): print/font/share/close controls, closed or
  not, removed wherever they sit in a line (``data/vocab.toml``,
  ``[boilerplate] chrome_tokens``); a line that was only chrome is dropped.
- **line-break repair** (``breakrepair.repair_breaks``, its own room): a line that
  holds a run of its own numbering (``一、… 1.… 2.… 二、… 3.…``) is split before each
  label of the run.  Only labels that continue their sequence count (2 after 1, 二
  after 一), so a number inside a sentence (``增长3.5%``) never splits.
- **a notice run into one line** (``runon.split_run_on``): the locate stage
  splits it before anything reads it, so the metadata stage sees the letter's
  own lines too: the numbering as above (with the lost-breaks joints here:
  label lines, a deadline's end, ▲ marks, cards' numbers), the cover letter at
  its joints (doc number, title, recipients, signature, 附件) and the page
  footer off the last item.

A text input's lines wrapped at a fixed width are joined before all this, by the locate
stage (``hardwraps.join_hard_wraps``), which asks this module which lines are a table's.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ..models import TABLE_MARK, Located
from .attachlist import lists_attachments
from .breakrepair import repair_breaks
from .labels import label_re, match_copy, starts_with_label
from .qmarkbrackets import close_cut_bracket, restore_closing
from .roles import header_words
from .textcells import printed_lines
from ..hanzi import simplified
from ..text import COLONS, compare_key, display_width, vocab
from ..chrome import strip_chrome
from ..numbering import counts_before, is_bare_label, split_numbering
from ..lazyre import lazy_re

#: a line holding at least this share of the notice's text is a notice (or its
#: body) that lost its line breaks: real notices spread their text over many
#: lines, a mirror that dropped the breaks prints one line of everything
LOST_BREAKS_SHARE = 0.5
#: a line shorter than this is never taken for a whole notice run together
#: (a title, a date: the share test alone would call a two-line page run-on)
MIN_RUN_ON = 80


def is_run_on(line: str, total: int) -> bool:
    """``line`` holds a notice (or its body) that lost its line breaks:
    ``total`` is the length of all the notice's lines."""
    return len(line) >= LOST_BREAKS_SHARE * total and len(line) > MIN_RUN_ON


# --- the layer ---------------------------------------------------------------------

def is_continuation_mark(line: str) -> bool:
    """A line that only says the table goes on (``续表``, ``（续表）``, ``续表2``;
    a mirror in traditional characters prints ``續表``)."""
    bare = line.strip(" \t\u3000()（）0123456789")
    return bool(bare) and len(bare) <= 3 and simplified(bare) in _continued_words()


@lru_cache(maxsize=1)
def _continued_words() -> frozenset[str]:
    return frozenset(vocab()["boilerplate"]["continued_table"])


#: a line holding one of these is a text table's row (pipes, tabs, box borders, a box's corners and tees: its top
#: and bottom rules, ┌──┬──┐ / └──┴──┘, measured as prose, showed a hard wrap's width where a letter's line was
#: as wide: the table's lines were joined into one, blindsynth seed 12679, session 54): never joined
_TABLE_LINE_CHARS = "|\t│┃║├┤┼┌┐└┘┬┴┏┓┗┛┳┻╔╗╚╝╦╩"


#: a line indented this much further than the page's margin (display columns) stands in a
#: column of a table laid out with spaces (a PDF's text layer: a cell's rest under its
#: column), not in a paragraph, whose indent is two characters
CELL_REST_INDENT = 12


def indent_width(line: str) -> int:
    """The display columns of ``line``'s indent (a tab as eight)."""
    return display_width(line[:len(line) - len(line.lstrip())].replace("\t", " " * 8))


def is_table_line(line: str) -> bool:
    """A table mark, a text table's row, or a row of columns set apart by runs of spaces."""
    text = line.strip()
    if "\t" in text:
        text = _LABEL_TAB_RE.sub("：", text)
    return (text.startswith(TABLE_MARK) or any(ch in text for ch in _TABLE_LINE_CHARS)
            or "  " in text or "\u3000\u3000" in text)


#: a tab right after a colon aligns a label's units (a word processor's copy: ``牵头单位：\t市财政局``): it parts no cells
_LABEL_TAB_RE = re.compile(r"(?<=[：:])\t+")


def join_bare_labels(lines) -> list[str]:
    """Lines, with a line that holds only an item's number (``1.``, ``（2）``, ``三、``) or only a
    label (``牵头单位：``, ``【配合单位】``) joined to the next non-blank line: a text copied out of a
    PDF or a phone's reader sets the number on a line of its own and the item's text on the
    next, or a label over its units.  Unjoined, the number was read as the last words of the
    item or heading above it and the item was lost; the label named no unit and its units were
    read as text.  A next line that is numbered itself, or a table mark, is not joined; nor,
    after a label, a next line that opens a label of its own (the label was left empty).  A
    label word alone with no colon is such a label too (``_colon_label_words``), and so is a label
    closing an item's line after its sentence (``…8000人次。责任单位：`` / ``区卫生健康局、区妇联。``:
    ``_closes_with_label``)."""
    lines = _colon_label_words(lines)
    out: list[str] = []
    bare = None   # the index in ``out`` of a number or a label still waiting for its text
    label = False   # the line waiting is a label
    for line in lines:
        text = line.strip()
        if bare is not None and text:
            if not text.startswith(TABLE_MARK) and split_numbering(text) is None and not is_bare_label(text) \
                    and not (label and starts_with_label(text)):
                out[bare] = out[bare].rstrip() + text
                bare = None
                continue
            bare = None
        if bare is not None:
            continue      # a blank line between the number and its text
        out.append(line)
        label = bool(text) and (_is_label_alone(text) or _closes_with_label(text))
        bare = len(out) - 1 if text and (label or is_bare_label(text)) else None
    return out


#: a label word alone on its line is shorter than this, spaced out to a column's width
#: (责 任 单 位) or not; longer lines are never looked at
LABEL_WORD_MAX_CHARS = 12


def _colon_label_words(lines) -> list[str]:
    """Lines, with a colon after a line that is a label word and nothing else (``牵头单位``,
    ``完成时间　``): a phone's copy sets each label alone over its value, and some print no colon
    after it.  Not when a line beside it (the non-blank one before or after) is a table's header
    word (``roles.header_words``: 工作任务, 配合单位): a text table's header set one cell a line
    names its columns, it labels no value."""
    texts = [ln.strip() for ln in lines]
    words = [at for at, t in enumerate(texts) if 0 < len(t) <= LABEL_WORD_MAX_CHARS and _is_label_word(t)]
    if not words:
        return list(lines)
    out = list(lines)
    for at in words:
        near = [next((t for t in texts[at - 1::-1] if t), "") if at else "",
                next((t for t in texts[at + 1:] if t), "")]
        if all(t and compare_key(t) not in header_words() for t in near):
            out[at] = lines[at].rstrip() + "："
    return out


def _is_label_word(text: str) -> bool:
    """``text`` is one label word, with no colon (``责任单位``): with one after it, ``label_re`` reads
    all of it."""
    if text.endswith(_LABEL_ALONE_ENDS):
        return False   # a label alone with its colon or bracket: ``_is_label_alone``'s
    copy = match_copy(text) + "："
    m = label_re().match(copy)
    return m is not None and m.end() == len(copy)


#: the characters a line that is only a label ends with (牵头单位： / 【配合单位】)
_LABEL_ALONE_ENDS = (*COLONS, "】")


def _is_label_alone(text: str) -> bool:
    """``text`` is a label and nothing else (``牵头单位：``, ``责 任 单 位：``, ``【配合单位】``)."""
    if not text.endswith(_LABEL_ALONE_ENDS) or not starts_with_label(text):
        return False
    copy = match_copy(text)
    m = label_re().match(copy)
    return m is not None and m.end() == len(copy)


#: what a label closing a line after an item's text follows: the end of a sentence or clause
_BEFORE_CLOSING_LABEL = "。；;，,"


def _closes_with_label(text: str) -> bool:
    """``text`` closes with a label left empty after a sentence (``…8000人次。责任单位：``): an editor broke the
    paragraph right after the label's colon and set its units in the next one.  Unjoined, the label named no
    unit, the units' line was no item's, and the item was lost (holdout labelbreak-yuetang, blindsynth
    bs17552); joined, the label's value is read where it stands, as on one line."""
    if not text.endswith(COLONS):
        return False
    cut = max(text.rfind(mark) for mark in _BEFORE_CLOSING_LABEL)
    return cut > 0 and _is_label_alone(text[cut + 1:].strip())


def prepare(located: Located, cells_from: int | None = None) -> Located:
    """``located`` with chrome and table-continuation marks removed and
    run-on lines split (HTML table marks untouched); the same object when
    nothing changed.  From line ``cells_from`` on the lines are a table's cells,
    one a line (``textbl.line_cells_start``): none goes on in the next."""
    lines: list[str] = []
    changed = False
    # a converter's `?` for a lost closing bracket and its neighbours (parse/qmarkbrackets.py) reads as the bracket
    texts = [restore_closing(strip_chrome(ln)) if not ln.startswith(TABLE_MARK) else ln for ln in located.lines]
    texts = [close_word_gaps(t, located) for t in texts]   # a Word copy's space before a bracket: ``X （Y）`` is ``X（Y）``
    texts = close_cut_bracket(texts, TABLE_MARK)   # ... and one the store's cut left open at the notice's end
    total = sum(len(t) for t in texts if not t.startswith(TABLE_MARK))
    joins_until = len(texts) if cells_from is None else cells_from
    for at, (line, clean) in enumerate(zip(located.lines, texts)):
        if is_continuation_mark(clean) or (clean is not line and not clean):
            changed = True   # chrome, or 续表 over a repeated header
            continue
        parts = [clean] if clean.startswith(TABLE_MARK) else repair_breaks(clean, lost_breaks=is_run_on(clean, total))
        if len(parts) == 1 and lines and is_bare_label(lines[-1].strip()) and not clean.startswith(TABLE_MARK) \
                and len(joined := repair_breaks(lines[-1].rstrip() + clean.strip())) > 1:
            # an item's number alone on the line above (``1.`` / ``…协办）2.设立…``): its line runs the next item on
            lines.pop()
            parts = joined
        changed = changed or clean != line or len(parts) > 1
        if at < joins_until and lines and lines[-1].endswith(LIST_GOES_ON) and _goes_on_list(parts[0]) \
                and not is_table_line(lines[-1]) and not _in_laid_out_table(located, lines, parts[0]):
            lines[-1] += parts.pop(0).strip()   # a unit list broken after its 、 (a <br> in a cell's paragraph)
            changed = True
        lines.extend(parts)
    marked = mark_bare_numbers(lines)
    changed = changed or marked != lines
    # the later entries of the letter's numbered list of attachments (附件：1.… / 2.… / 3.…) name documents, no tasks:
    # under a letter no signature date closes they were read as the plan's first items (parse/attachlist.py)
    listed = {k for k, line in enumerate(marked) if line.lstrip()[:1].isdigit() and lists_attachments(marked, k)}
    if listed:
        marked = [line for k, line in enumerate(marked) if k not in listed]
        changed = True
    return replace(located, lines=tuple(marked)) if changed else located


#: one space a Word copy set before an opening bracket run on to the character before it (``市、县 （区）生态环境部门``,
#: ``市工信局 （市中小企业局）``, ``…以上 （由X牵头）``): one white-space character, after a character that is neither
#: white space, an ASCII letter (``PM2.5 (fine particles)`` is English's own spacing) nor an opener itself
_WORD_GAP_RE = lazy_re(r"(?<=[^\sA-Za-z（(〔【])[ \u00a0\u3000](?=[（(〔【])")


def close_word_gaps(line: str, located: Located) -> str:
    """``line`` without the space a Word copy prints before each opening bracket (菏泽's 2023 list on a mirror:
    ``各县区人民政府 （管委会）``, ``市、县 （区）生态环境部门``, ``…服务站4个。 （市工信局 （市中小企业局）、市司法局）``).  A
    bracket opens no word of its own: a name and its bracket are one name, an item's text and its assignment
    bracket one item, so every reader below reads the line as the copy without the spaces prints it (before,
    ``市、县 （区）X部门`` was cut into ``市`` and ``县（区）X部门``, and an item whose unit bracket held a spaced name
    was lost: blindsynth session 73, causes 3-6).  Only a single space closes, and never in a table's line (a
    run of spaces, tabs or bars parts cells there: ``is_table_line``; a web page's line printed with a run of
    spaces, ``Located.spaced``, is a row of columns): a quote's or a title mark's space is the prose's own and
    stays (holdout spacedunits-xinmi keeps ``兜牢 “三保”``; tests/fixtures/README.md, the text's space rule)."""
    if line.startswith(TABLE_MARK) or not (" " in line or "\u3000" in line or "\xa0" in line):
        return line
    if is_table_line(line) or line.strip() in located.spaced:
        return line
    return _WORD_GAP_RE.sub("", line)


#: consecutive numbers (1, 2, 3 …) that must open lines with no mark after them before they are read as items
MIN_BARE_NUMBER_RUN = 3
#: a number at a line's start run into the line's first Chinese character, no mark between (``1大力发展…``)
_BARE_NUMBER_RE = lazy_re(r"^(\s*)(\d{1,3})(?=[\u4e00-\u9fff])")
#: a number at a line's start followed by the sentence stop a copy printed for its item dot (``1。坚持…``)
_STOP_NUMBER_RE = lazy_re(r"^(\s*)(\d{1,3})。(?=\S)")
#: the mark written after such a number: the ASCII item dot, which every numbering reader takes
LOST_ITEM_MARK = "."


def _lost_mark(line: str) -> tuple[str, int, int, int] | None:
    """(kind, number, start, end) of the item mark ``line``'s opening number lost, the span the item dot
    takes: none after a number run into its first character (``bare``, the dot goes between), a
    sentence stop after it (``stop``, the dot stands for it); None for a line a numbering reads already,
    a quantity or a date (``[outline] number_units``: 3个, 5月) or any other line."""
    # both marks follow a number opening the line (``\d`` is what ``str.isdecimal`` reads, ``\s`` what ``strip``
    # takes off): most lines open with a word, and the numbering readers were asked of every line first
    if not line.lstrip()[:1].isdecimal() or line.startswith(TABLE_MARK) or split_numbering(line) is not None:
        return None
    m = _BARE_NUMBER_RE.match(line)
    if m and not counts_before(line, m.end()):
        return "bare", int(m.group(2)), m.end(), m.end()
    m = _STOP_NUMBER_RE.match(line)
    return ("stop", int(m.group(2)), m.end(2), m.end()) if m else None


def lost_item_number(line: str) -> tuple[str, int] | None:
    """(kind, number) of ``line`` when its opening number lost its item mark (``_lost_mark``: ``n。``, a copy that
    printed the sentence stop for the item dot, or ``n`` run into the first character, ``6推进…``), else None: a wrap
    joiner asks it before ``mark_bare_numbers`` puts the dot back."""
    found = _lost_mark(line)
    return (found[0], found[1]) if found else None


def mark_bare_numbers(lines: list[str]) -> list[str]:
    """``lines`` with an item dot put back after the number of each line whose number lost its mark, where
    at least ``MIN_BARE_NUMBER_RUN`` such lines of one kind number 1, 2, 3 … in order (other lines between
    them: headings, wrapped text): a number run into its first Chinese character (``1大力发展…``, ``2加快…``: a
    province portal's copy of a 2006 plan dropped every item's mark), or followed by the sentence stop a
    copy printed for the dot (``1。坚持…``, ``2。按照…``: a news portal's copy of a 2020 分工).  A number before
    a word that makes it a quantity or a date (3个, 5月) is none, nor is a line a numbering already reads
    (1、, 2.).  The numbers follow one another, so a count opening a line by chance (``12项任务``) or a
    wrapped sentence's figure (``5。同时…``) does not start a run.  Before, each such item's number stayed in
    its text and the items were read as one paragraph each of their section's text (holdout
    nodotnum-jiangsu, batch 57: 0/6; sinalead-tianjin, batch 61: 0/4)."""
    lost = [(at, found) for at, line in enumerate(lines) if (found := _lost_mark(line))]
    marked = list(lines)
    run: list[tuple[int, tuple[str, int, int, int]]] = []
    for at, found in lost + [(-1, ("", -1, 0, 0))]:
        if run and found[0] == run[-1][1][0] and found[1] == run[-1][1][1] + 1:
            run.append((at, found))
            continue
        if len(run) >= MIN_BARE_NUMBER_RUN:
            for line_at, (_, _, start, end) in run:
                marked[line_at] = marked[line_at][:start] + LOST_ITEM_MARK + marked[line_at][end:]
        run = [(at, found)]
    return marked


def _in_laid_out_table(located: Located, lines: list[str], part: str) -> bool:
    """The last of ``lines`` and ``part`` under it stand in a table laid out with spaces,
    where a cell's lines go on in their column, not in the line under them: the line
    above the last is such a table's row, or either stood, in a text input as printed,
    indented as a cell rest (``CELL_REST_INDENT``)."""
    if located.decoded.format != "text":
        return False
    if len(lines) > 1 and "  " in lines[-2].strip():
        return True   # under a row of columns (a section column's cell wrapped at the margin)
    indents = {ln.strip(): indent_width(ln) for ln in reversed(printed_lines(located.decoded.text)) if ln.strip()}
    margin = min(indents.values(), default=0)
    return any(indents.get(t.strip(), 0) - margin >= CELL_REST_INDENT for t in (lines[-1], part))


#: a line ending with this goes on in the next: prose never breaks after a list's 、, a unit list
#: wrapped by a <br> or a narrow column does (…责任单位：市工信局、<br/>市商务局；完成时限：…)
LIST_GOES_ON = "、"


def _goes_on_list(line: str) -> bool:
    """``line`` may be the rest of a list: text that opens no item, label or table, and no text
    table's row (a cell's wrapped rest laid out in columns is the table reader's to place)."""
    text = line.strip()
    return bool(text) and not is_table_line(text) and split_numbering(text) is None \
        and not starts_with_label(text)

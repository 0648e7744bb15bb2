"""Stage 4, metadata: the cover letter's lines, and the windows its fields are looked for in.

The letter is the lines before the first table (or the first text-grid line), at most
``_MAX_HEAD_LINES``; a heading over the notice's full text (全文) cuts off what a wiki prints
above the letter (``under_text_heading``); the doc number and the recipients are looked for
in the first lines of text (``first_lines``).
"""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import takewhile

from .dates import is_date_line, is_labelled_date_line, is_posting_stamp, posted_labels
from .tasktable import no_task_table
from .titlelines import opens_title
from ..models import TABLE_MARK, Located
from ..parse.grid import opens_with_lone_bar
from ..hanzi import simplified
from ..text import COLON_CHARS, PINYIN_GLOSS_RE, compare_key, is_bracket_note
from ..numbering import split_numbering

#: a grid line among the letter's: a TAB, a box-drawing character, or a pipe opening the line or closing it
#: (white space after it); the pattern opens with the class of its marks, so ``re`` skips to one, and
#: tells the pipe's place after it: with ``^\|`` as its own branch it was tried at every character
_GRID_LINE_RE = re.compile(r"[|\t│├┼┌└](?:(?<=[\t│├┼┌└])|(?<=^\|)|(?=\s*$))")
#: the cover letter is read from at most this many lines: a letter's title, number,
#: recipients, paragraphs and signature fit; past them is the attachment's body
_MAX_HEAD_LINES = 60


def cover_lines(located: Located) -> list[str]:
    """The lines before the first table / grid line (at most 60).

    A text-form notice (labelled lines, inline brackets) has no grid: its
    letter ends at the first numbered paragraph after the signature date.  A box's dated
    field over the letter's title (成文日期：…, a portal's box copied as text) is no signature
    date: the title under it starts the letter, whose own points (一、…。) go on to its signature.
    Nor is a posting time (``dates.is_posting_stamp``: a WeChat article's ``2025-02-01 21:08``
    under its headline): it never signs.
    """
    return read_cover(located)[0]


def read_cover(located: Located) -> tuple[list[str], int | None, bool]:
    """``cover_lines``, where a text grid (any text form's table) starts in ``located.lines`` (None:
    no text grid; the cover lines end before it), and whether they run to the page's last line (no
    table under them: a banner or menu table passed over them aside)."""
    out = []
    signed = False
    boxed = False   # the date that signed is a box's labelled field (成文日期：…), not yet known the signature
    passed = 0   # the banner and menu tables passed over the letter
    # a grid whose lines carry no separator marks (text-sp's letter-spaced header
    # 序 号 工 作 任 务 …, text-bl's header cells) ends the letter too
    grid_at = _first_grid_line()(list(located.lines))
    lines = located.lines if grid_at is None else located.lines[:grid_at]
    for at, line in enumerate(lines):
        if line.startswith(TABLE_MARK) and _before_letter(out) and (not out or _text_after(lines, at)) \
                and no_task_table(located, line):
            passed += 1
            continue    # a banner or menu row laid out as a table above the letter, or under the page's heading
        if not out and opens_with_lone_bar(lines, at):
            passed += 1
            continue    # a lone bar over the letter (a forum copy's first line, ``grid.opens_with_lone_bar``): chrome
        if _GRID_LINE_RE.search(line) and _is_link_bar()(lines, at):
            passed += 1
            continue    # a bar of links printed with pipes (首页 | 登录 |): chrome, no grid, no table under the letter
        if line.startswith(TABLE_MARK) or _GRID_LINE_RE.search(line):
            break
        line = PINYIN_GLOSS_RE.sub("", line)
        if signed and split_numbering(line) and not closes_wrapped_note(out, line):
            break
        if boxed and opens_title(simplified(line.strip())):
            signed = boxed = False   # the box's 成文日期：… over the title: the letter starts here
        # the portal's 发布日期：… line over the letter is no signature, nor an article's posting
        # time (2025-02-01 21:08): the letter goes on
        if not signed and is_date_line(line) and not line.lstrip().startswith(posted_labels()) \
                and not is_posting_stamp(line):
            signed, boxed = True, is_labelled_date_line(line)
        out.append(line)
        if len(out) >= _MAX_HEAD_LINES:
            break
    return out, grid_at, passed + len(out) == len(located.lines)


def closes_wrapped_note(above: list[str], line: str) -> bool:
    """``line`` closes a bracketed note its last line of text above opened (``text.is_bracket_note`` of the two
    joined): the rest of a contact note under a signature a hard wrap cut in its e-mail address
    (``（联系人：…，电子邮箱：zfb52@163`` / ``.com）``), no item numbered ``.`` (the generator's kept-back bs23318:
    before, the letter ended there and the note's first line was the plan's heading)."""
    last = next((text.strip() for text in reversed(above) if text.strip()), "")
    return last[:1] in "（(" and not is_bracket_note(last) and is_bracket_note(last + line.strip())


def _before_letter(out: list[str]) -> bool:
    """No line of the letter's body read yet: nothing at all, or the last line read is a title
    (``opens_title``), the page's heading printed over a layout table whose menu cell stands before
    the letter's cell (the block grown to take in the heading reads site name, heading, menu,
    letter).  A letter's own title has its number or recipients under it, never a table."""
    last = next((line for line in reversed(out) if line.strip()), None)
    return last is None or opens_title(simplified(last.strip()))


def _text_after(lines, at: int) -> bool:
    """A line of text follows the table at ``lines[at]`` before the next table: a letter may follow a
    menu under the page's heading (a table under a heading with nothing after it is the page's list)."""
    return any(line.strip() for line in takewhile(lambda s: not s.startswith(TABLE_MARK), lines[at + 1:]))


#: a letter under a heading (全文 / 内容全文) opens with its title within this many lines
TITLE_UNDER_HEADING_LINES = 3
#: a heading over the letter is a word or two
TEXT_HEADING_MAX_CHARS = 8


@lru_cache(maxsize=1)
def _is_link_bar():
    """``parse.textgrid.is_link_bar``, imported late as ``_first_grid_line`` imports its reader."""
    from ..parse.textgrid import is_link_bar
    return is_link_bar


@lru_cache(maxsize=1)
def _first_grid_line():
    """``parse.forms.first_grid_line``: forms -> every text form's reader, imported late (the one
    user), at the first call, and kept: an import statement in a function runs the import
    machinery at every call (every page's cover is read)."""
    from ..parse.forms import first_grid_line
    return first_grid_line


def under_text_heading(head: list[str], voc) -> list[str]:
    """The letter's lines when a heading over the notice's full text (``[metadata]
    body_labels``: 全文, 内容全文, printed alone or with a colon) stands right over the
    letter's title: a wiki's or a mirror's entry prints its summary, its table of contents
    and headings such as 發布信息 above it, which are no part of the letter (and pushed its
    doc number and recipients past the first lines where they are looked for).  The last
    such heading before the signature date counts; without one, ``head`` as it is."""
    labels = frozenset(voc["body_labels"])
    start = 0
    for i, line in enumerate(head):
        s = line.strip()
        if is_date_line(s):
            break
        if len(s) > TEXT_HEADING_MAX_CHARS or compare_key(s).rstrip(COLON_CHARS) not in labels:
            continue
        if any(opens_title(simplified(x.strip())) for x in head[i + 1:i + 1 + TITLE_UNDER_HEADING_LINES]):
            start = i + 1
    return head[start:] if start else head


def first_lines(head: list[str], count: int) -> list[str]:
    """``head`` up to its ``count``-th line of text.  The windows the letter's fields are looked
    for in count lines of text, not blank lines: a page saved as text by a browser sets a blank
    line between every two blocks (each menu entry, the title, the doc number), which pushed the
    doc number and the recipients under a site's menus past the 15th and 20th line."""
    seen = 0
    for at, line in enumerate(head):
        if line.strip():
            seen += 1
            if seen == count:
                return head[:at + 1]
    return head

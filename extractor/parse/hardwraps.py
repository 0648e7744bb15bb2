"""A text copy wrapped at a fixed width, joined back into paragraphs (``join_hard_wraps``).

A phone's or a law database's copy breaks its lines at so many characters, a browser's "save as
text" or a mail client at so many display columns; the breaks fall anywhere, inside a unit's name
(``市`` / ``乡村振兴局``), a number, the bracket of an assignment.  The wrap is found from the lines
themselves (several of the widest length, or of a length many lines share under a few title lines
left whole: ``wrapwidth.find_wrap``, a room of its own), and a line that reached it goes on in the next
unless that one opens something of its own (this module).  The locate stage runs it on a text input
before anything reads the lines (``layout/locate.py``); the text layer (``textlayer.py``) tells it
which lines are a table's rows or a laid-out table's cell rests."""
from __future__ import annotations

import re
from typing import Callable

from .headlines import names_its_lead
from .labels import label_re, label_search, match_copy, starts_with_label
from .textlayer import CELL_REST_INDENT, indent_width, is_run_on, is_table_line, lost_item_number
from .wrapwidth import PARAGRAPH_END as _PARAGRAPH_END, SENTENCE_END as _SENTENCE_END, Wrap, find_wrap
from ..text import fold
from ..numbering import BULLET_DASHES, counts_before, split_numbering

#: a line indented at least this many display columns past the page's margin (two ideographic spaces, four ASCII
#: ones) under a paragraph that ended its sentence opens a paragraph of its own: a wrap sets its rests flush
PARAGRAPH_INDENT = 4
#: a copy sets a blank line after every line (a browser's copy of a page whose paragraphs had a margin)
#: when at least this share of its lines of text is followed by a blank line: its single blank lines
#: are spacing, not paragraph breaks ...
BLANK_SPACED_SHARE = 0.8
#: ... and it has at least this many lines of text (a title and a line or two around it prove nothing)
BLANK_SPACED_MIN_LINES = 4
#: a label word's piece a line break left at a line's end is at most this many characters (the longest
#: label words have six: 牵头责任单位)
MAX_SPLIT_LABEL_PIECE = 5
#: what stands right before a label word inside a line: a bracket that opens the assignment, a clause mark
#: (a 【 opens a bracketed label: it is part of the label the piece makes)
_LABEL_WORD_OPENERS = "（(〔［｛，,；;。："
_LABEL_PIECE_RE = re.compile(rf"(?:[{_LABEL_WORD_OPENERS}]|(?P<open>【))"
                             rf"(?P<piece>[\u4e00-\u9fff\u3400-\u4dbf]{{1,{MAX_SPLIT_LABEL_PIECE}}})$")


def join_hard_wraps(lines, apart: Callable[[str], bool] = lambda text: False,
                    letter_line: Callable[[str, str, str], bool] = lambda text, above, below: False,
                    stop_line: Callable[[str], bool] = lambda text: False,
                    page_line: Callable[[str], bool] = lambda text: False) -> list[str]:
    """Lines, with the lines of a text wrapped at a fixed width joined back into paragraphs.

    A copy wrapped at W characters or W display columns shows it (``wrapwidth.find_wrap``): several
    lines (``WRAPPED_MIN_LINES``, a ``WRAPPED_MIN_SHARE`` of all) of the widest length, indent
    included, or of a length many share under a few longer lines ending no sentence (titles the
    copy left whole, ``wrapwidth._wrap_width``); a line longer than the width is neither joined nor goes on.
    In a copy that sets a blank line after every line (``blank_spaced``) a single blank is spacing, no
    paragraph break: a line that reached the width goes on over it, and the blank follows the paragraph.
    A line that reached the width (less ``wrapwidth.WRAP_INDENT`` if it does
    not end a sentence, a bracket or a colon) goes on in the next line, unless that one is
    blank, a table's row, or opens an item, a label line (``_opens_wrapped_label``) or a letter's line
    (``letter_line``, asked with the line, the one above and the next line of text: a part of the
    letter alone on its line, ``layout/letterlines.opens_letter_line``) of its own, or is a line that
    ends the page's content printed alone (``stop_line``: the heading of a page's 相关法规 list under the
    text; a wrap fills its line, it never leaves such a word alone on the next), or is indented as a paragraph
    under one that ended its sentence (``_opens_paragraph``).
    A wrap cuts anywhere: inside a unit name (``市`` / ``乡村振兴局``), a number, the bracket of an
    assignment; unjoined, those were read as two things.  A line indented ``CELL_REST_INDENT``
    past the page's margin is a laid-out table's cell rest: it is neither measured nor joined (a
    PDF's deadline column, one short line under another).  A line of the page, not of the text
    (``apart``: a PDF copy's page number) is neither measured nor joined and breaks no wrap: it
    is put after the paragraph it stood in.  Where no width shows, the lines are measured again without the lines
    about the page (``page_line``: the portal's information line, ``时间：… 来源：…``, which the locate stage drops):
    a portal's header printing one more long line over a wrap only a few lines show hides it as a second title
    left whole would (``wrapwidth._wrap_width``'s ``WRAP_LONGER_MAX_SHARE``)."""
    indents = [indent_width(ln) for ln in lines]
    margin = min((d for d, ln in zip(indents, lines) if ln.strip()), default=0)   # the page's own, if any
    rests = [d - margin >= CELL_REST_INDENT for d in indents]
    measured = [ln for ln, rest in zip(lines, rests)
                if ln.strip() and not is_table_line(ln) and not rest and not apart(ln.strip())]
    wrap = find_wrap(measured)
    if wrap is None and len(about := [ln for ln in measured if not page_line(ln.strip())]) < len(measured):
        wrap = find_wrap(about)
    if wrap is None:
        return list(lines)   # most copies: asked no more
    # a heading naming its items' lead is a whole line: it shows no width and goes on into nothing (same-length
    # lead headings over one short item each looked like a wrap's full lines over their rests, oneline41's risk)
    whole = [bool(ln.strip()) and names_its_lead(ln.strip()) for ln in lines]
    if any(whole) and (wrap := find_wrap([ln for ln in measured if not names_its_lead(ln.strip())])) is None:
        return list(lines)
    # a cell's rest under a laid-out table's row is measured (a rest longer than a width found stands above it) but
    # neither joined nor goes on
    rests = [rest or (d > margin and _under_a_cell(lines, at)) for at, (rest, d) in enumerate(zip(rests, indents))]
    out: list[str] = []
    held: list[str] = []   # page lines met inside a paragraph, put after it
    spacer: list[str] = []   # a blank-spaced copy's blank after a line that reached the width
    wrapped = False   # the last line in ``out`` reached the width
    space = full = False   # ... a blind cut fell right after a space of its text (``Wrap.cut_space``); it filled it
    run_on = _wrapped_run_on(lines, wrap)
    after_sentences = _labels_after_sentences(measured)
    spacing = spacing_blanks(lines) if blank_spaced(lines) else frozenset()
    for at, (line, rest) in enumerate(zip(lines, rests)):
        text = line.strip()
        if wrapped and at in spacing:
            spacer = [line]
            continue
        if wrapped and text and apart(text):
            held.append(line)
            continue
        if at in run_on or (wrapped and text and not is_table_line(text) and not rest and wrap.fits(text)
                            and not _opens_wrapped_item(text, out)
                            and not _opens_wrapped_label(text, out, after_sentences)
                            and not letter_line(text, out[-1], _next_text(lines, at))
                            and not stop_line(text)
                            and not _opens_paragraph(indents[at] - margin, out[-1])):
            kept = space or (full and indents[at] - margin == 1 and wrap.cut_space(line, above=False))
            out[-1] = out[-1].rstrip() + (" " if kept else "") + text
        else:
            out += [*held, *spacer, line]
            held = []
        spacer = []
        space = wrap.cut_space(line, above=True)
        full = wrap.measure(line.rstrip()) == wrap.width
        wrapped = bool(text) and not is_table_line(text) and not rest and not whole[at] \
            and (wrap.goes_on(line, out[-1].rstrip().endswith(_PARAGRAPH_END))
                 or (at + 1 < len(lines) and wrap.carried_opener(line, lines[at + 1])))
    return out + held + spacer


#: a laid-out table's cell rests under their row: at most this many lines between a rest and its row
CELL_REST_MAX_LINES = 6
#: the white space parting two cells of a row laid out with spaces (``is_table_line``)
_CELL_GAP_RE = re.compile(r"(?:  |\u3000\u3000)[ \u3000]*")


def _under_a_cell(lines, at: int) -> bool:
    """``lines[at]`` is a cell's rest in a table laid out with spaces: it stands under the table's row
    (``is_table_line``, other rests only between them, some printing several cells), right where a cell
    after the row's first opens, counted in characters as a PDF's text layer sets them (a full-width digit
    is one).  A PDF's text layer sets a task cell's rest so, under its column; with a narrow number column
    before it the rest stands less than ``CELL_REST_INDENT`` in, and the lone rests of several rows, of one
    length, looked like a wrap: joined, they ran past the column and were cut off the task (``，打通断头路5`` /
    ``0条。``: blindsynth session 56 cause 7, bs1563; holdout layoutrest-hunan).  Such a rest is still
    measured: left out, the few lines left (three section headings of one length) could show a wrap of
    their own (metamorphic 'indent' on holdout titlehead-anfu)."""
    indent = _cell_starts(lines[at])[0]
    for up in range(at - 1, max(-1, at - 1 - CELL_REST_MAX_LINES), -1):
        line = lines[up]
        if not line.strip():
            return False
        if is_table_line(line):
            starts = _cell_starts(line)
            if starts[0] != indent:
                return indent in starts[1:]
            # a line of the same row's rests printing several cells (老服务中心12    乡建设厅): its row is further up
    return False


def _cell_starts(line: str) -> list[int]:
    """The characters before each of ``line``'s cells (a TAB as eight; a run of two spaces or more parts two)."""
    body = line.rstrip().replace("\t", " " * 8)
    opened = len(body) - len(body.lstrip())
    return [opened, *(m.end() for m in _CELL_GAP_RE.finditer(body, opened))]


def _opens_paragraph(indent: int, above: str) -> bool:
    """A line indented ``indent`` columns past the margin under the paragraph ``above`` opens a paragraph of its
    own: it is indented as a paragraph is (``PARAGRAPH_INDENT``, short of a cell rest's ``CELL_REST_INDENT``) and the
    paragraph above ended its sentence (a line that filled the width with its full stop: ``…中心4个。`` over
    ``　　统筹发展和安全。``).  A wrap sets its rests flush with the margin."""
    return PARAGRAPH_INDENT <= indent < CELL_REST_INDENT and above.rstrip().endswith(_SENTENCE_END)


def blank_spaced(lines) -> bool:
    """``lines`` are a copy with a blank line after every line of text (``BLANK_SPACED_SHARE``)."""
    texts = [i for i, line in enumerate(lines[:-1]) if line.strip()]
    spaced = sum(1 for i in texts if not lines[i + 1].strip())
    return len(texts) >= BLANK_SPACED_MIN_LINES and spaced >= BLANK_SPACED_SHARE * len(texts)


def spacing_blanks(lines) -> frozenset[int]:
    """The indexes of the single blank lines between two lines of text: a blank-spaced copy's spacing."""
    return frozenset(k for k in range(1, len(lines) - 1)
                     if not lines[k].strip() and lines[k - 1].strip() and lines[k + 1].strip())


def _next_text(lines, at: int) -> str:
    """The first line of text after ``lines[at]`` (stripped), or ""."""
    return next((lines[k].strip() for k in range(at + 1, len(lines)) if lines[k].strip()), "")


def join_split_label_words(lines) -> list[str]:
    """Lines, with a label word a line break cut in two joined back (``…覆盖全部社区。（牵`` / ``头部门：县民政局）``).

    A copy wrapped at a fixed width cuts anywhere, inside a label word too, even where no width can be found
    (its title or letter left one long line): the word's first characters end a line right after a bracket or
    a clause mark (``_LABEL_WORD_OPENERS``), and with the next line's first ones they make a label
    (``labels.label_re``: the word and its colon) that runs past the break.  Such a line goes on in the next,
    which is no line of its own: alone, its piece of a word could open like a portal's chrome (头部, a page's
    header) and be dropped, and the item lost its units.  A line that opens a label of its own, or whose
    end is no piece of a word (a sentence's end, a word no label vocabulary holds), is left apart."""
    out: list[str] = []
    for line in lines:
        text = line.strip()
        if out and text and (tail := _label_word_piece(out[-1].rstrip())) is not None \
                and _crosses_into(tail, text) and not starts_with_label(text):
            out[-1] = out[-1].rstrip() + text
        else:
            out.append(line)
    return out


def _label_word_piece(line: str) -> str | None:
    """The trailing Chinese characters of ``line`` after a bracket or a clause mark (with a 【 before them),
    when there are fewer of them than ``MAX_SPLIT_LABEL_PIECE``: what may be a label word's first part."""
    m = _LABEL_PIECE_RE.search(line)
    return None if m is None else (m.group("open") or "") + m.group("piece")


def _crosses_into(piece: str, text: str) -> bool:
    """``piece`` and the start of ``text`` make a label whose word opens at the piece and ends past it."""
    m = label_re().match(match_copy(piece + text))
    return m is not None and m.end("w") > len(piece)


def _wrapped_run_on(lines, wrap: Wrap) -> set[int]:
    """The indexes of the lines that go on a notice run into one line and then wrapped (a
    document-sharing page's one-line summary in a phone's copy): a run of lines that reached
    the width (``Wrap.near``), with the shorter line that ends it, holding a notice's share of
    the text (``is_run_on``).  Each goes on in the line above whatever it opens with: a wrap that
    falls right before an item's number or inside a label bracket (``（`` / ``牵头单位：…``) cuts
    no line the notice printed, since it printed none; joined, the line is split at its own
    numbering as any notice that lost its breaks.  A preview printed in page pieces
    (layout/previewpieces.py: ``1、…个体工商`` / ``2、户发放…``), each piece a run-on page wrapped, holds that share in
    its pieces together: runs that follow each other, each after the first opening with a piece's number where the
    run before ended inside a word (``_continues_piece``), are weighed as one (holdout pptpreview-jiaxing's copy
    wrapped at 38: before, piece 2's wrapped line opening with the plan's own ``（三）`` stood apart and the pieces
    were not joined)."""
    total = sum(len(ln.strip()) for ln in lines)
    runs: list[tuple[int, int]] = []
    at = 0
    while at < len(lines):
        end = at
        while end < len(lines) and wrap.near(lines[end]):
            end += 1
        if end < len(lines) and end > at and lines[end].strip():
            end += 1   # the run's last, shorter line
        if end - at > 1:
            runs.append((at, end))
        at = max(end, at + 1)
    out: set[int] = set()
    group: list[tuple[int, int]] = []
    for run in [*runs, None]:
        if run is not None and group and _continues_piece(lines, group[-1], run):
            group.append(run)
            continue
        if group and is_run_on("".join(ln.strip() for a, b in group for ln in lines[a:b]), total):
            out.update(k for a, b in group for k in range(a + 1, b))
        group = [run] if run is not None else []
    return out


#: a preview page's piece number opening its run (``2、户发放…``) and a run's last line ending inside a word (a Chinese
#: character, a letter or a digit: no mark), as layout/previewpieces.py reads a preview's pieces
_PIECE_NUMBER_RE = re.compile(r"\s*\d{1,3}、")
_MID_WORD_END_RE = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]\s*$")


def _continues_piece(lines, before: tuple[int, int], run: tuple[int, int]) -> bool:
    """``run`` follows ``before`` right under it, opening with a preview piece's number where ``before``'s last line
    ended inside a word: the next page's piece of a preview run on page by page."""
    return run[0] == before[1] and bool(_PIECE_NUMBER_RE.match(lines[run[0]])) \
        and bool(_MID_WORD_END_RE.search(lines[before[1] - 1]))


def _opens_wrapped_item(text: str, out: list[str]) -> bool:
    """``text``, a line under one that reached the wrap width (``out[-1]``, the paragraph so far), opens an
    item: it is numbered, unless its label is a dash bullet (——) and the line above ends mid-sentence: a fixed
    width breaks a sentence before its dash pair (破折号) as anywhere else; or unless the line above ends in a
    figure and this one opens with one that numbers nothing in order (``_cut_figure``).  A copy that printed the
    sentence stop for its items' dot (``6。开展…``, which no numbering reads until ``textlayer.mark_bare_numbers``
    puts the dot back, after this joiner) opens one where the paragraph above is the item numbered one less
    (``5。推进…``): a wrap's rest never opens with the next item's number and its stop; so does a copy that printed no
    mark at all (``6推进…`` under ``5完成…``, ``textlayer.lost_item_number``: before session 73 an item whose last line
    filled the width to its ``）。`` took the next item in, blindsynth seed 4726).  A line whose label is a
    lone dot (``．开展…``, the dot mark) under a line ending in a digit opens none either: the wrap cut a number from its
    dot (a run-on item's ``…完成）２`` / ``．开展…``, or a decimal ``12`` / ``.5``), the two one label joined."""
    above = out[-1]
    if (lost := lost_item_number(text)) is not None:
        return lost_item_number(above.strip()) == (lost[0], lost[1] - 1)
    if (row := spaced_row_number(text)) is not None and spaced_row_number(above.strip()) == row - 1:
        return True   # a text table's next row (``2 深化…``) under the row before it (``1 全面推进…``)
    numbered = split_numbering(text)
    if numbered is None or (fold(numbered[3])[:1] in BULLET_DASHES and not above.rstrip().endswith(_PARAGRAPH_END)):
        return False
    if fold(numbered[3]) == "." and fold(above.rstrip())[-1:].isdigit():
        return False
    return not _cut_figure(numbered, out)


#: a number opening a line, then a space and a word: a text table's row parted by single spaces (``1 全面推进乡村 振兴 …``)
_SPACED_NUMBER_RE = re.compile(r"\s*(\d{1,3})[ \u3000]+(?=\S)")


def spaced_row_number(line: str) -> int | None:
    """The number of ``line`` when it opens as a text table's row whose cells single spaces part (``1 全面推进…``,
    ``4  落实…`` over an empty cell), else None: a numbering's label (``1.``), a quantity or a date (``3 个``, ``2 月``:
    ``[outline] number_units``) opens none.  A wrap's rest never opens with the next row's number and a space under
    the row before it, so such a line is a row of its own (blindsynth bs7324: a text-sp table in a blank-spaced copy
    whose first row reached the width the rows showed took the second row in, and both were lost)."""
    m = _SPACED_NUMBER_RE.match(line)
    if m is None or counts_before(line, m.end()) or split_numbering(line) is not None:
        return None
    return int(m.group(1))


def _cut_figure(numbered: tuple, out: list[str]) -> bool:
    """The numbered line ``numbered`` (``split_numbering``'s reading) under the paragraph ``out[-1]`` is the rest
    of a figure a wrap cut (``完成时限：202`` / ``0.07）``, ``…：20`` / ``21.09）``: a wrap cuts a date or an amount
    anywhere, and its rest may read as a number, 0.07 as item 7 of part 0): the paragraph ends in a digit, the
    line opens with one, and its number follows no item of its kind (``_follows``): not the last paragraph of
    ``out`` numbered so, nor, with none before it, the list's start.  An item under a paragraph that ends in a
    figure at the wrap width (``…目标值12`` / ``2.城镇…``) still opens: its number follows."""
    if not fold(out[-1].rstrip())[-1:].isdigit() or not fold(numbered[3])[:1].isdigit():
        return False
    for line in reversed(out):
        found = split_numbering(line.strip())
        if found is not None and found[0] == numbered[0]:
            return not _follows(found, numbered)
    return numbered[2] != 1


#: a two-level number's parts (1.2, 3-1): its part and its place
_TWO_LEVEL_RE = re.compile(r"(\d+)\s*[.\-－](\d+)")


def _follows(before: tuple, after: tuple) -> bool:
    """The numbered paragraph ``after`` follows ``before`` of its kind (``split_numbering``'s readings): the
    next number, or a list's start again (1); a two-level number (1.2) the next place in its part or the
    first place of the next part (1.3 -> 2.1)."""
    if before[2] is None or after[2] is None:
        return True
    if before[0] != "snum":
        return after[2] in (before[2] + 1, 1)
    parts = [_TWO_LEVEL_RE.match(fold(n[3])) for n in (before, after)]
    if None in parts:
        return True
    (part, place), (next_part, next_place) = ((int(m.group(1)), int(m.group(2))) for m in parts)
    return (next_part, next_place) in ((part, place + 1), (part + 1, 1))


def _labels_after_sentences(measured: list[str]) -> frozenset[str]:
    """The label words the copy prints inside a line right after a sentence's end
    (``…建成退役军人服务站44个。主办单位：区医保局…``): its items run their labels on after their text."""
    found = set()
    for line in measured:
        copy = match_copy(line.strip())
        found.update(m.group("w") for m in label_re().finditer(copy, 1) if copy[m.start() - 1] in _SENTENCE_END)
    return frozenset(found)


def _opens_wrapped_label(text: str, out: list[str], after_sentences: frozenset[str] = frozenset()) -> bool:
    """``text``, a line under one that reached the wrap width (``out[-1]``, the paragraph so far), opens a
    label line of its own: it opens with a label, unless the line above runs an item's labels on inline and
    ends in one's value (``…复种。【牵头单位】县农业农村局`` / ``【配合单位】…``): there the wrap fell right
    before the next label of the same run; or unless its label is one the copy prints right after a
    sentence's end inside a line (``after_sentences``), the line above ends a sentence and the label line
    is no group's own (``_own_label_line``): there the wrap fell between an item's text and its label
    (``…示范村33个。`` / ``主办单位：…``)."""
    if not starts_with_label(text):
        return False
    above = out[-1].strip()
    if above.endswith(_SENTENCE_END) and (m := label_re().match(match_copy(text.strip()))) is not None \
            and m.group("w") in after_sentences and not _own_label_line(text.strip(), m, out):
        return False
    return above.endswith(_PARAGRAPH_END) or label_re().search(match_copy(above), 1) is None


def _own_label_line(text: str, label: re.Match, out: list[str]) -> bool:
    """``text``, a label line under a full stop in a copy that runs its labels on after its sentences, is a
    line the copy printed so, not a wrapped item's rest: its label holds no value (``牵头单位：`` over the
    units' line: a wrap fills its line, it never leaves a label alone short of the width), or it stands
    under a run of items that print no label (``2．…。`` / ``3．…。`` / ``牵头单位：…``): the group's label
    line, covering them all as in a copy with its breaks (``_under_unlabelled_items``)."""
    return not text[label.end():].strip() or _under_unlabelled_items(out)


def _under_unlabelled_items(out: list[str]) -> bool:
    """The paragraph ``out[-1]`` is an item printing no label and so is the item of its kind before it
    (back to its heading: an item first under it stands alone)."""
    last = split_numbering(out[-1].strip())
    if last is None or label_search(match_copy(out[-1].strip())) is not None:
        return False
    for line in reversed(out[:-1]):
        text = line.strip()
        if not text:
            continue
        if label_search(match_copy(text)) is not None:
            return False   # the item before printed its labels (or a group's line stands between)
        numbered = split_numbering(text)
        if numbered is not None:
            return numbered[0] == last[0]
    return False

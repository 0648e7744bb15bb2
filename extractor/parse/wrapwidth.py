"""A text copy's wrap width, measured from its lines (``find_wrap``): the wrap the hard-wrap joiner joins by.

A phone's or a law database's copy breaks its lines at so many characters, a browser's "save as
text" or a mail client at so many display columns.  The wrap is found from the lines themselves
(several of the widest length, or of a length many lines share under a few title lines left whole,
or a length every line of which that ends no paragraph was cut inside a clause), in characters or
in display columns, whichever more lines show; a ``Wrap`` then says of each line whether it fits,
showed the width or goes on in the next.  The joining itself (which line goes on in which) is
``hardwraps.join_hard_wraps``'s."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Callable

from .labels import starts_with_label
from ..brackets import ANY_OPENERS
from ..numbering import split_numbering
from ..text import PINYIN_GLOSS_RE, display_width

#: a text copy wrapped at a fixed width (a phone's or a law database's copy) has at least this
#: many lines of exactly its widest length ...
WRAPPED_MIN_LINES = 3
#: ... making at least this share of its non-blank lines (headings and short items are not
#: wrapped: in a short notice three wrapped lines of twenty are enough); a notice with its own
#: breaks has one longest line, rarely two of the same length
WRAPPED_MIN_SHARE = 0.1
#: a copy shows its wrap with as few as this many lines of the widest length where every one of them was
#: cut inside a clause and goes on in a shorter rest (``_cut_inside_clauses``): a short letterless list of
#: two wrapped items (``…的问题，`` over ``由区发改局…``, ``…的问题，由`` over ``区司法局…``; blindsynth seed 26290,
#: wrap 33) shows no more; a notice with its own breaks ends its longest lines with their sentences, and
#: two of one length both cut inside a clause over a rest that opens nothing are a wrap's
WRAPPED_MIN_CUT_LINES = 2
#: ... unless at least this share of the copy's lines print an ASCII cell delimiter (``CELL_DELIMITERS``) twice
#: or more: a delimited dump's rows (``3,县财政局,<duty>.,,``), whose widest two may both hold a clause mark
DELIMITED_ROWS_MIN_SHARE = 0.5
CELL_DELIMITERS = (",", "|", "\t")   # parse/delimited.py reads a table by the same marks
#: a copy whose title lines stayed whole (a portal's heading, the letter's title over a body a
#: "save as text with line length" wrapped) has a few lines longer than its wrap: the wrap is then
#: the longest length that at least this share of its lines shows ...
WRAP_SHARED_MIN_SHARE = 0.25
#: ... at least this share of them cut mid-sentence (a wrap cuts anywhere; the short lines of a notice
#: with its own breaks that share a length by chance - a list of short items - end their sentences;
#: asked of the widest length too) ...
WRAP_CUT_MIN_SHARE = 0.5
#: ... under at most this many longer lines for each line that shows it, none of them ending a sentence
#: (titles, a heading, the page's lines; a notice with its own breaks has paragraphs longer than any
#: length its short lines share)
WRAP_LONGER_MAX_SHARE = 0.5
#: a wrap narrower than this is no page's or screen's width: lines that short are headings, cells
#: or a column of numbers, however many share a length
WRAP_MIN_WIDTH = 12
#: a line this much shorter than the wrap width still reached it: its indent was stripped
#: (two ideographic spaces, or four ASCII ones)
WRAP_INDENT = 4
#: a copy wrapped by display columns (a browser's "save as text": Firefox at 72, a mail client
#: at 76 or 78, a forum's repost at 80) stops a line this many columns short of the width when
#: the next character is a wide one (``display_width``: two columns) that did not fit ...
WIDE_CHAR_SLACK = 1
#: ... and up to this many when its line breaker kept a number (2024, 30%) or a character and
#: the punctuation around it (府。, （经, 道）） ) whole on the next line
BREAK_SLACK = 5
#: a wrap by display columns is a screen's: narrower than this it is none (a short notice's
#: lines of 18 to 22 columns - a title, a signature, a date - are as long as each other by chance)
COLUMN_WRAP_MIN_WIDTH = 50
#: a wrap narrower than this is a PDF page's (50-59 columns), not a screen's: in that band a line that parts
#: its words by single spaces between Chinese characters, ``CELL_GAPS_MIN`` times or more, is a table row
#: of cells (a text-sp copy's header or row), which ends where its cells end and shows no width
SCREEN_WRAP_MIN_WIDTH = 60
CELL_GAPS_MIN = 2
_CELL_GAP = re.compile(r"[\u4e00-\u9fff。，、）)] [\u4e00-\u9fff（(]")
#: what a paragraph ends with (a sentence, a bracket, a colon), and what a sentence ends with
PARAGRAPH_END = tuple("。；;！!？?）)】〕]：:")
SENTENCE_END = tuple("。；;！!？?")
#: the marks that part a sentence's clauses or end it: a line holding one and ending in no mark was cut inside a
#: clause (a heading, a title, a unit's name or a label's list holds none of these, or ends in its colon)
_CLAUSE_MARKS = frozenset("，,；;。！!？?")


@dataclass(frozen=True)
class Wrap:
    """How a copy was wrapped: ``measure`` gives a line's length (characters or display columns),
    ``width`` is the widest; a line of at least ``width - full_slack`` surely reached it, one of
    at least ``width - near_slack`` may have stopped short of it.  ``breaker``: the lines were broken by a line
    breaker's rules (a browser's, a mail client's: display columns), which never end a line with an opening bracket;
    a copy counting characters (a law database, a phone) cuts blind."""
    measure: Callable[[str], int]
    width: int
    full_slack: int
    near_slack: int
    breaker: bool = False

    def fits(self, line: str) -> bool:
        """``line`` is no longer than the width: a longer one was never wrapped (a title left whole)."""
        return self.measure(line.rstrip()) <= self.width

    def near(self, line: str) -> bool:
        return self.measure(line.rstrip()) >= self.width - self.near_slack

    def counts(self, line: str) -> bool:
        """``line`` shows the wrap: as wide as the widest, or near it and cut mid-sentence (a
        paragraph that ends a few columns short of the width is only as long as it is)."""
        return self.measure(line.rstrip()) == self.width or (
            self.near(line) and not line.rstrip().endswith(PARAGRAPH_END))

    def carried_opener(self, line: str, below: str) -> bool:
        """``line`` stopped short of the width only because the opening bracket opening ``below`` could not end it: a
        line breaker keeps an opener with the character after it (``…设备。`` / ``(责任单位:…``), so where the two
        did not fit, the break fell before the bracket, the line ending its sentence a few columns short.  Only a
        ``breaker``'s wrap; the line and the bracket alone within the width, the bracket and its character past it."""
        below = below.lstrip(" ")
        if not self.breaker or below[:1] not in ANY_OPENERS or len(below) < 2:
            return False
        line = line.rstrip()
        return self.measure(line + below[0]) <= self.width < self.measure(line + below[:2])

    def cut_space(self, line: str, above: bool) -> bool:
        """A blind cut (no ``breaker``: a law database's or a phone's copy counting characters) fell on one space of
        the text: the line that reached the width closes with it (``above``: ``…九期、 `` counted to the width) or the
        rest under it opens with it (`` 热电…``).  Joined, the space stays (a model text's blanked names keep the space
        after 、 as printed: holdout modelpage-unplaced's fixed-width copy, session 75); a breaker drops the space
        it breaks at, and two spaces or more are a layout's, not the text's."""
        if self.breaker:
            return False
        if above:
            return line.endswith(" ") and not line.endswith("  ") and self.measure(line) == self.width
        return line.startswith(" ") and not line.startswith("  ") and bool(line.strip())

    def goes_on(self, line: str, ended: bool) -> bool:
        """``line`` reached the width, or came near it (less its indent) and ``ended`` no sentence."""
        n = self.measure(line.rstrip())
        if n > self.width:
            return False
        return n >= self.width - self.full_slack or (not ended and n >= self.width - max(WRAP_INDENT, self.near_slack))


def find_wrap(measured: list[str]) -> Wrap | None:
    """The wrap ``measured`` (the lines a wrap could have cut) shows, or None.

    A law database or a phone counts characters: several lines of exactly the wrap's length.
    A browser or a mail client counts display columns: a Chinese character takes two, so a
    line of 72 columns holds 36 of them, or 40 when numbers are in it, and it can stop a few
    columns short (``WIDE_CHAR_SLACK``, ``BREAK_SLACK``).  The measure with more such lines
    wins (characters on a tie: the text is Chinese only, and the two agree)."""
    columns = lru_cache(maxsize=None)(display_width)   # each line is measured a few times: once here
    trials = [(Wrap(len, 0, 0, 0), WRAP_MIN_WIDTH, measured),
              (Wrap(columns, 0, WIDE_CHAR_SLACK, BREAK_SLACK, breaker=True), COLUMN_WRAP_MIN_WIDTH, measured)]
    if any("(" in ln and PINYIN_GLOSS_RE.search(ln) for ln in measured):
        # a mirror's pinyin glosses (局(ju)(ju)) added to a copy already wrapped: its lines read without them too
        plain = [PINYIN_GLOSS_RE.sub("", ln) for ln in measured]
        trials += [(replace(wrap, measure=_unglossed(wrap.measure)), least, plain) for wrap, least, _ in trials]
    best = _best_wrap(trials)
    if best is None and any(_INNER_SPACE_RE.search(ln) for ln in measured):
        # no width shows: a space or tab a copy put inside its lines after they were wrapped (after each label's
        # colon, between an information line's fields) may hide it; the lines are read without it (only then: a
        # copy whose lines show a width as printed keeps it)
        best = _best_wrap([(replace(wrap, measure=_unspaced(wrap.measure)), least,
                            [_INNER_SPACE_RE.sub("", ln) for ln in lines]) for wrap, least, lines in trials])
    return best and best[1]


def _best_wrap(trials: list[tuple[Wrap, int, list[str]]]) -> tuple[int, Wrap] | None:
    """Of ``trials`` (a measure, its least width, the lines it reads) the wrap most lines show (first on a tie)."""
    best = None
    for wrap, least, lines in trials:
        found = _wrap_width(wrap, lines, least)
        if found is not None and (best is None or found[0] > best[0]):
            best = found
    return best


#: white space inside a line (between two printed characters), not its indent
_INNER_SPACE_RE = re.compile(r"(?<=\S)[ \t\u3000]+(?=\S)")


def _unspaced(measure: Callable[[str], int]) -> Callable[[str], int]:
    """``measure`` of a line without the white space inside it (``_INNER_SPACE_RE``)."""
    return lambda line: measure(_INNER_SPACE_RE.sub("", line))


def _unglossed(measure: Callable[[str], int]) -> Callable[[str], int]:
    """``measure`` of a line without its pinyin glosses (``text.PINYIN_GLOSS_RE``)."""
    return lambda line: measure(PINYIN_GLOSS_RE.sub("", line) if "(" in line else line)


def _wrap_width(wrap: Wrap, measured: list[str], least: int) -> tuple[int, Wrap] | None:
    """The number of lines showing the wrap and the wrap in ``wrap``'s measure, or None.

    The widest length, when several lines show it (``WRAPPED_MIN_LINES``, a ``WRAPPED_MIN_SHARE``
    of all) and most of those were cut mid-sentence (``WRAP_CUT_MIN_SHARE``: a wrap cuts anywhere; a copy with its
    own breaks whose few longest lines are as long by chance ends them with their sentences or brackets, as a
    letter's paragraph and two table rows closing ``…（副主任）``, 128 columns each: before session 54 they were
    joined as a wrap's, blindsynth cause 4 of session 54); else the longest length a ``WRAP_SHARED_MIN_SHARE`` of
    the lines show with the shorter
    rests right under those cut mid-sentence (a paragraph's full lines and its rest), most of those
    cut mid-sentence (``WRAP_CUT_MIN_SHARE``), under a few longer lines that end no sentence
    (``WRAP_LONGER_MAX_SHARE`` of those, a line printed twice counted once: a page's heading and the letter's title
    line, word for word, are one title left whole; holdout wrapwhole-jingmen, the generator's bs207: before, four
    wrapped lines under the title twice and an information line showed no wrap and names stayed cut): titles a copy
    left whole over a wrapped body; or, under those
    same longer lines, a length every line of which that ends no paragraph was cut inside a clause
    (``_cut_inside_clauses``: a short notice's few wrapped paragraphs among a portal's many lines).  A line shows
    a width when it is that long, or near it and cut mid-sentence (``Wrap.counts``)."""
    lengths = [wrap.measure(ln.rstrip()) for ln in measured]
    ended = [ln.rstrip().endswith(PARAGRAPH_END) for ln in measured]
    # a label line a few columns short of the width ends with its field's value, no cut: it shows no width
    # (a letter's title and two `牵头单位：…　完成时限：…` lines of 47-52 columns are no wrap of 52)
    labelled = [starts_with_label(ln.strip()) for ln in measured]
    celled: list[bool] | None = None   # rows of cells, read once a column wrap under a screen's width is asked
    need = max(WRAPPED_MIN_LINES, WRAPPED_MIN_SHARE * len(measured))
    widest = max(lengths, default=0)
    longer = left_whole = 0   # the lines longer than the width, and how many of them differ
    for width in sorted({n for n in lengths if n >= least}, reverse=True):
        near = width - wrap.near_slack
        page_band = bool(wrap.near_slack) and width < SCREEN_WRAP_MIN_WIDTH
        if page_band and celled is None:
            celled = [len(_CELL_GAP.findall(ln)) >= CELL_GAPS_MIN for ln in measured]
        shown = sum(1 for i, (n, end, label) in enumerate(zip(lengths, ended, labelled))
                    if not (page_band and celled[i]) and (n == width or (
                        near <= n < width and not end and not label and _stopped_short(wrap, n, measured, i, width))))
        cut = sum(1 for n, end in zip(lengths, ended) if n == width and not end)
        # a line printed twice word for word (the page's heading and the letter's title line) is one line left whole
        # here too: two titles and an information line as long by chance are no wrap (blindsynth bs22230: before, a
        # wrap of 42 was taken from them and the body's lines of 33 were left cut, the points' headings run into them)
        twice = lengths.count(width) - len({ln.strip() for n, ln in zip(lengths, measured) if n == width}) \
            if width == widest else 0
        if width == widest and shown - twice >= need and \
                shown - (lengths.count(width) - cut) >= WRAP_CUT_MIN_SHARE * shown:
            return shown, replace(wrap, width=width)
        few = max(WRAPPED_MIN_CUT_LINES, WRAPPED_MIN_SHARE * len(measured))
        if width == widest and not twice and shown == lengths.count(width) == cut and \
                all(_prose_cut(ln) for n, ln in zip(lengths, measured) if n == width) and \
                not _delimited(measured) and _cut_inside_clauses(measured, lengths, width, few):
            return shown, replace(wrap, width=width)   # two widest lines, each cut inside a clause over its rest
        # a line cut mid-sentence at the width is followed by its paragraph's rest, shorter: the full lines
        # and their rests are the wrapped body whose share is asked (the page's lines around it are many)
        rests = sum(1 for n, end, after in zip(lengths, ended, lengths[1:]) if n == width and not end and after < width)
        if width < widest and shown >= need and ((
                shown + rests >= WRAP_SHARED_MIN_SHARE * len(measured)
                and cut >= WRAP_CUT_MIN_SHARE * lengths.count(width) and left_whole <= WRAP_LONGER_MAX_SHARE * shown)
                or _cut_inside_clauses(measured, lengths, width, need)):
            return shown, replace(wrap, width=width)
        longer += lengths.count(width)
        # a line printed twice (the page's heading and the letter's title line, word for word) is one line left whole
        left_whole += len({ln.strip() for n, ln in zip(lengths, measured) if n == width})
        if longer > WRAP_LONGER_MAX_SHARE * len(measured) or any(
                n == width and ln.rstrip().endswith(SENTENCE_END) for n, ln in zip(lengths, measured)):
            return None   # too many lines, or a sentence, stand above any shorter width
    return None


def _prose_cut(line: str) -> bool:
    """``line`` is a piece of prose a wrap cut: it holds a clause mark itself (``_CLAUSE_MARKS``) and no white space
    between its words (a text table's header or row parts its cells with spaces: ``序号 目标任务 责任单位…`` over ``1 新建…。
    区农业农村委`` are two rows of one width, no wrap).  Asked of the two lines ``WRAPPED_MIN_CUT_LINES`` lets show a wrap."""
    text = line.strip()
    return bool(_CLAUSE_MARKS.intersection(text)) and _INNER_SPACE_RE.search(text) is None


def _delimited(lines: list[str]) -> bool:
    """``lines`` are the rows of a table a copy printed as delimited text (a comma dump, ``3 , 县财政局 , …``, its
    spaces dropped in the second measurement: ``3,县财政局,…``): at least ``DELIMITED_ROWS_MIN_SHARE`` of the
    non-blank lines print one of ``CELL_DELIMITERS`` twice or more.  Such rows are no prose a wrap cut, however their
    lengths fall (parse/delimited.py reads them).  Asked of the two-widest-lines rule only; a copy that turned every
    mark into ASCII is then left to the other rules, as before that rule."""
    shown = [ln for ln in lines if ln.strip()]
    return any(sum(1 for ln in shown if ln.count(sep) >= 2) >= DELIMITED_ROWS_MIN_SHARE * len(shown)
               for sep in CELL_DELIMITERS)


def _stopped_short(wrap: Wrap, n: int, measured: list[str], at: int, width: int) -> bool:
    """``measured[at]``, ``n`` columns long and short of ``width``, stopped there because what opens the next line
    did not fit: the next line's first piece a line breaker keeps whole (``_first_piece``) is wider than the columns
    left.  A line that stops short with room for the next character was not cut by that wrap: a copy wrapped at
    36 characters has its lines with figures or quotes a few columns short of 72 (68, 69, 70) where the next
    character would have fitted, and its two title lines of exactly 72 columns made it look like a screen's wrap
    whose lines were then joined where they were not cut (blindsynth seed 14453: a wrapped paragraph's rest left apart, the
    section headings read as its items).  A measure of characters stops short of nothing (``near_slack`` 0)."""
    if not wrap.near_slack:
        return True
    if at + 1 >= len(measured):
        return False   # the last line has no rest: nothing was cut off it
    return n + wrap.measure(_first_piece(measured[at + 1].strip())) > width


#: what a line breaker never sets at a line's end (it takes the next character along): opening brackets and quotes
_NO_LINE_END = frozenset("（(《〈“‘「『〔【［[｛{")
#: what it never sets at a line's start (it pulls the character before along): closing marks
_NO_LINE_START = frozenset("，,。.、；;：:？?！!）)》〉”’」』〕】］]｝}%％…—·")
#: a run a line breaker keeps whole: figures, Latin letters and what joins them (2024, 30%, 3.5, PM2.5)
_NARROW_RUN_RE = re.compile(r"[0-9A-Za-z０-９Ａ-Ｚａ-ｚ][0-9A-Za-z０-９Ａ-Ｚａ-ｚ.．%％/:-]*")


def _first_piece(text: str) -> str:
    """The first piece of ``text`` a line breaker keeps whole: any opening marks, then a run of figures or Latin
    letters or else one character, then any closing marks (``（经``, ``2024``, ``府。``, ``道））``)."""
    at = 0
    while at < len(text) and text[at] in _NO_LINE_END:
        at += 1
    m = _NARROW_RUN_RE.match(text, at)
    at = m.end() if m is not None else min(at + 1, len(text))
    while at < len(text) and text[at] in _NO_LINE_START:
        at += 1
    return text[:at]


def _cut_inside_clauses(measured: list[str], lengths: list[int], width: int, need: float) -> bool:
    """Every line of ``measured`` exactly ``width`` long that ends no paragraph was cut inside a clause, and there
    are at least ``need`` of them: each holds a clause mark (``_CLAUSE_MARKS``) and ends in none, and the next
    line, no longer, opens no item and no label (its rest).  A short notice's few wrapped paragraphs under a
    portal's many lines and its heading left whole show their wrap so, where the shares of ``_wrap_width`` ask
    for more of the copy: a notice with its own breaks ends its lines with their sentences, and the lines it
    ends with none (headings, titles, unit lists, label lines) hold no clause inside or stand over a label.  No
    line longer than ``width`` may be cut inside a clause: the lines a copy left whole are titles and the page's
    lines, and a PDF's text, whose lines run to many lengths, shows some longer ones cut so."""
    cuts = 0
    for at, (line, n) in enumerate(zip(measured, lengths)):
        text = line.strip()
        if n > width and _CLAUSE_MARKS.intersection(text) and not text.endswith(PARAGRAPH_END):
            return False   # a longer line cut inside a clause: lines of many lengths (a PDF's), no fixed wrap
        if n != width or text.endswith(PARAGRAPH_END):
            continue
        if at + 1 == len(measured) or lengths[at + 1] > width or not (
                _CLAUSE_MARKS.intersection(text) or _clause_goes_on(measured, lengths, at + 1, width)):
            return False
        rest = measured[at + 1].strip()
        if split_numbering(rest) is not None or starts_with_label(rest):
            return False
        cuts += 1
    return cuts >= need


def _clause_goes_on(measured: list[str], lengths: list[int], at: int, width: int) -> bool:
    """``measured[at]``, under a line at ``width`` that holds no clause mark, is as long and cut inside a clause
    itself (it holds a clause mark and ends in none): the two are one paragraph's full lines, its first clause
    longer than the width (``　　《…分工方案》已经`` / ``管委会同意，现印发给你们，…各牵头单位要于每季``).  A heading,
    a title or a unit list a notice printed so stands over a line of its own, which is no full line cut inside
    a clause."""
    text = measured[at].strip()
    return lengths[at] == width and bool(_CLAUSE_MARKS.intersection(text)) and not text.endswith(PARAGRAPH_END)

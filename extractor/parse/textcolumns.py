"""A table laid out in columns of spaces: a PDF's text layer as pdftotext -layout prints it.

pdftotext sets each cell at its column's position and wraps a long cell onto the next
lines, so a row takes several lines and a line holds pieces of several cells:

    序号  工作任务                  牵头单位      配合单位
    1     新建学校8所，新增学位     市教育局      市发展改革委、
          6000个。                                市财政局

No separator says where a cell ends; where the columns are says it.  The reader here
finds the columns from the white space itself: a run of positions that no row line
prints anything in (``GUTTER_MIN_WIDTH`` or wider) separates two columns, and every
word of every line then belongs to the column it stands in.  The header's words name
the columns they stand over (a word centred over its column may stand in the gutter:
it names the nearest column no word names); a second header line of role words alone
(牵头单位 | 配合单位 under 责任单位) names its columns over the first.

Positions are counted in characters (pdftotext gives every character one column) or in
display columns (a CJK character two wide, as a monospaced editor shows it): whichever
finds as many columns as the header names, with the wider gutters.

This module finds the column grid (``find_layout``); which lines make each row, under
it, is ``textrows.py``'s.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..hanzi import simplified
from ..text import alternation, compact, display_width
from .roles import header_roles
from .tableheader import header_key, role_of
from ..lazyre import lazy_re
from ..numerals import DIGIT_RANGES, cn_run

#: a run of at least this many positions that no row line prints in separates two columns
GUTTER_MIN_WIDTH = 2
#: positions a cell may stand off its column's edge (pdftotext rounds a cell's position)
JITTER = 1
#: a run of at least this many spaces ends a piece of a line (a cell's piece); one space
#: stays inside a cell (``4.5 万人``, ``A 项目``)
PIECE_GAP = 2
#: a row's number in the number column: 3, or by section and place 1-1 / 1.1
ROW_NUMBER_RE = re.compile(rf"^[{DIGIT_RANGES}]{{1,3}}(?:[-－.．][{DIGIT_RANGES}]{{1,3}})?$")

#: a section label that opens a full-width row in a text grid: 一、 / （一） / 第一部分
SECTION_LINE_RE = lazy_re(rf"^\s*(?:[（(]{cn_run()}[)）]|{cn_run()}、|第{cn_run()}[章部分条节篇])")

CHARS, DISPLAY = 0, 1


@dataclass(frozen=True)
class Token:
    """A run of non-space characters of a line, at ``[start, end)`` in one measure."""
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Layout:
    """The column grid of a laid-out table: ``columns`` as ``(start, end)`` per column
    in ``measure``, and the column names the header gives them."""
    measure: int
    columns: tuple[tuple[int, int], ...]
    names: tuple[str, ...]


_TOKEN_RE = re.compile(r"\S+")


def tokens(line: str, measure: int) -> list[Token]:
    """The tokens of ``line``, positioned in characters or display columns."""
    found = [(m.start(), m.end(), m.group()) for m in _TOKEN_RE.finditer(line)]
    if measure == CHARS or line.isascii():
        return [Token(s, e, t) for s, e, t in found]
    out, pos, at = [], 0, 0
    for s, e, t in found:
        pos += display_width(line[at:s])
        w = display_width(t)
        out.append(Token(pos, pos + w, t))
        pos, at = pos + w, e
    return out


def _pieces(line: str) -> list[str]:
    """The pieces of ``line``, split at runs of ``PIECE_GAP`` spaces."""
    return [p for p in re.split(r"\s{%d,}" % PIECE_GAP, line.strip()) if p]


def cut_by_width(room: int, following: str, measure: int = DISPLAY) -> bool:
    """A cell's line that leaves ``room`` positions (in ``measure``) before its cell's edge was
    cut by the width, and runs on into ``following`` with no space even mid-word, when that room
    could not hold ``following``'s first character; a line with room for it ended there (at a
    space, or a piece's end)."""
    if not following:
        return False
    return room < (1 if measure == CHARS else display_width(following[0]))


def find_columns(lines: list[list[Token]]) -> list[tuple[int, int]]:
    """``(start, end)`` of each column: the runs of positions the lines' pieces print in,
    separated by gutters of ``GUTTER_MIN_WIDTH`` positions no piece prints in.  A piece
    counts without its outer ``JITTER`` positions (pdftotext rounds where a cell starts, so
    a centred cell may poke a position into the gutter beside it); a column reaches from
    its pieces' first start to their last end."""
    pieces = [p for toks in lines for p in _line_pieces(toks)]
    width = max((p.end for p in pieces), default=0)
    used = bytearray(width)
    for p in pieces:
        s, e = _core(p)
        used[s:e] = b"\x01" * (e - s)
    cores: list[list[int]] = []
    for pos in range(width):
        if not used[pos]:
            continue
        if cores and pos - cores[-1][1] < GUTTER_MIN_WIDTH:
            cores[-1][1] = pos + 1
        else:
            cores.append([pos, pos + 1])
    reach = [[e, s] for s, e in cores]
    for p in pieces:
        s, e = _core(p)
        c = next(k for k, (cs, ce) in enumerate(cores) if cs <= s < ce)
        reach[c] = [min(reach[c][0], p.start), max(reach[c][1], p.end)]
    return [(s, e) for s, e in reach]


def _line_pieces(toks: list[Token]) -> list[Token]:
    """A line's pieces: its tokens closer than ``PIECE_GAP`` positions joined."""
    out: list[Token] = []
    for t in toks:
        if out and t.start - out[-1].end < PIECE_GAP:
            out[-1] = Token(out[-1].start, t.end, f"{out[-1].text} {t.text}")
        else:
            out.append(t)
    return out


def _core(piece: Token) -> tuple[int, int]:
    """``piece`` without its outer ``JITTER`` positions (a short piece: whole)."""
    if piece.end - piece.start > 2 * JITTER + 1:
        return piece.start + JITTER, piece.end - JITTER
    return piece.start, piece.end


def column_of(token: Token, columns) -> int | None:
    """The column ``token`` stands in (``_standing_in``), else the nearest; None when it
    stands across a gutter, in two columns."""
    over = _standing_in(token, columns)
    if len(over) > 1:
        return None
    return over[0] if over else min(range(len(columns)), key=lambda c: _distance(token, columns[c]))


def _standing_in(token: Token, columns) -> list[int]:
    """The columns ``token`` stands in: those it reaches more than ``JITTER`` positions into
    (or over the whole of, a narrow one: 序号's), else the one it overlaps most (a centred
    cell poking a position into the next column)."""
    over = [(min(e, token.end) - max(s, token.start), c) for c, (s, e) in enumerate(columns)
            if token.start < e and s < token.end]
    deep = [c for ov, c in over if ov > min(JITTER, columns[c][1] - columns[c][0] - 1)]
    return deep or ([max(over)[1]] if over else [])


def _distance(token: Token, column: tuple[int, int]) -> int:
    return max(column[0] - token.end, token.start - column[1], 0)


def is_row_start(line: str) -> bool:
    """A line that may open a row: a bare number among its first two pieces (the number
    column, after a section column's cell)."""
    parts = _pieces(line)
    return len(parts) >= 2 and any(ROW_NUMBER_RE.match(p) for p in parts[:2])


def split_header_words(text: str) -> list[str]:
    """Column names of a header line, letter-spaced or not (text-sp: ``序 号 工 作 任 务 牵 头 单 位``).
    A gap of ``PIECE_GAP`` spaces bounds a column's name: a piece between gaps naming one role is one
    column, its role word with the words around it (``具体工作任务``, ``重点工作内容``: as a table cell
    is read, ``tableheader.role_of``); a piece whose words name two roles (a line letter-spaced
    throughout, ``牵头单位配合单位`` printed with no gap) is cut into its words (``run_words``)."""
    out: list[str] = []
    for piece in _pieces(text):
        words = run_words(piece)
        if len({role_of(w) for w in words} - {None}) > 1 or (len(words) > 1 and role_of(piece) is None):
            out.extend(words)
        else:
            out.append(compact(piece))
    return out


def run_words(text: str) -> list[str]:
    """Column names of a header written as one run: the longest vocabulary word at each
    position; text between known words goes with the word next to it that its role's words
    are printed with (``_affix_side``: a letter-spaced ``具 体 工 作 任 务`` is 具体工作 and 任务,
    one column 具体工作任务), else it is one unknown column."""
    words = _header_words_re()
    run, found, i = compact(text), [], 0
    printed = frozenset(text.split())   # the line's own words, where single spaces part them
    simple = simplified(run)   # words are found in simplified characters (工作任務), cut as printed
    unknown = ""
    while i < len(run):
        m = words.match(simple, i)
        if m is None:
            unknown += run[i]
            i += 1
            continue
        if unknown:
            found.append((unknown, False))
            unknown = ""
        found.append((run[i:m.end()], True))
        i = m.end()
    if unknown:
        found.append((unknown, False))
    return _join_affixes(found, printed)


def _join_affixes(found: list[tuple[str, bool]], printed: frozenset[str] = frozenset()) -> list[str]:
    """The words of ``found`` (each ``(text, known)``), each unknown piece joined to the known
    word before it when that word's role has words ending in the piece, else to the known word
    after it when that word's role has words beginning with it (``_affix_side``).  First, a piece
    printed as one word with its neighbour (``printed``: the header's words single spaces part,
    ``序号 类别 细化措施 牵头单位``) is that word's: the spaces, not the vocabulary, bound it (before,
    细化 and 措施 were two columns, one more than the rows print)."""
    out: list[str] = []
    known: list[bool] = []
    pending = ""   # an unknown piece waiting for the known word after it
    for k, (text, is_known) in enumerate(found):
        if is_known:
            out.append(pending + text)
            known.append(True)
            pending = ""
            continue
        before = out[-1] if out and known[-1] else None
        after = found[k + 1][0] if k + 1 < len(found) and found[k + 1][1] else None
        if before is not None and before + text in printed:
            side = -1
        elif after is not None and text + after in printed:
            side = 1
        else:
            side = _affix_side(text, before, after)
        if side < 0:
            out[-1] += text
        elif side > 0:
            pending = text
        else:
            out.append(text)
            known.append(False)
    return out


def _affix_side(piece: str, before: str | None, after: str | None) -> int:
    """Which known word ``piece`` (no vocabulary word) belongs to: -1 the word before it, when
    that word's role has a word ending in it (任务 after 具体工作: 具体任务, 改革任务 are task
    words); 1 the word after it, when that word's role has one beginning with it (主要 before
    工作任务: 主要举措); 0 neither, a column of its own (备注).  A role's words say how its
    column names are printed: a piece no word of the neighbour's role takes (内容 after 序号)
    never joins it, so the names stay one role each."""
    piece = simplified(piece)
    if before is not None and any(w.endswith(piece) for w in _role_words_of(before)):
        return -1
    if after is not None and any(w.startswith(piece) for w in _role_words_of(after)):
        return 1
    return 0


def _role_words_of(word: str) -> tuple[str, ...]:
    """The vocabulary words of ``word``'s role (none for a word of no role)."""
    role = role_of(word)
    return tuple(header_roles().get(role, ())) if role else ()


@lru_cache(maxsize=1)
def _header_words_re() -> re.Pattern:
    """The header words of two characters or more, longest first: an alternation tries them in
    order, so a match is the longest word at its position (a loop of ``startswith`` over the
    words, one at every character of every header line asked, was the text grids' main cost)."""
    return re.compile(alternation({w for ws in header_roles().values() for w in ws if len(w) >= 2}))


def header_lines(lines: list[str]) -> int:
    """How many of ``lines`` (the header line first) are header: the header line and the
    lines right under it whose words are all column names (牵头单位 | 配合单位 under 责任单位).
    A section's heading is none, though its words name a column (一、深化重点领域改革: 重点领域
    names a group column): a column's name prints no section number."""
    n = 1
    while n < len(lines) and (not lines[n].strip() or (
            not is_row_start(lines[n]) and not SECTION_LINE_RE.match(lines[n])
            and all(role_of(w) for w in split_header_words(lines[n])))):
        n += 1
    while n > 1 and not lines[n - 1].strip():
        n -= 1
    return n


def header_keys(lines) -> frozenset[str]:
    """The non-blank ``lines`` (a header's, a running title's) as ``header_key`` compares them."""
    return frozenset(header_key(ln) for ln in lines if ln.strip())


def prints_again(line: str, keys: frozenset[str]) -> bool:
    """``line`` prints one of the lines ``keys`` (``header_keys``) again: spaced otherwise or in
    traditional characters (a mirror converted every other line) - folding keeps the length."""
    c = compact(line)
    return c in keys or (any(len(k) == len(c) for k in keys) and header_key(c) in keys)


def find_layout(head: list[str], body: list[str], nroles: int) -> Layout | None:
    """The column grid of a laid-out table: ``head`` its header lines, ``body`` the lines
    under them (the row lines up to the last row start give the columns), ``nroles`` how
    many column names the header line holds.  None when the columns found do not give
    each of them a column."""
    last = max((i for i, ln in enumerate(body) if is_row_start(ln)), default=None)
    if last is None:
        return None
    keys = header_keys(head)
    rows = [ln for ln in body[:last + 1] if len(_pieces(ln)) >= 2 and not prints_again(ln, keys)]
    best = None
    for measure in (CHARS, DISPLAY):
        placed = [tokens(ln, measure) for ln in rows]
        columns = find_columns(placed)
        if len(columns) < 2:
            continue
        # JITTER is a character's worth: two display columns
        key = (-_flush_share(placed, columns, JITTER * (2 if measure == DISPLAY else 1)), -len(columns))
        if best is None or key < best[0]:
            best = (key, measure, columns)
    if best is None:
        return None
    _, measure, columns = best
    columns = _add_unprinted(columns, head, measure)
    layout = _merge_unnamed(Layout(measure, tuple(columns), tuple(_column_names(head, columns, measure))))
    # every column name the header line holds names a column of its own: else the rows are
    # not laid out in the header's columns (one row a line, cells split by single spaces)
    if layout is None or sum(1 for n in layout.names if role_of(n)) < nroles:
        return None
    return layout


def _add_unprinted(columns: list[tuple[int, int]], head: list[str], measure: int) -> list[tuple[int, int]]:
    """``columns`` with a column for each header word that stands clear of every column
    found (``GUTTER_MIN_WIDTH`` from both neighbours): a column no row prints in (配合单位
    empty in every row).  A word next to a column (centred over a narrow one) is not."""
    for line in head:
        for w in header_words(line, measure):
            if all(_distance(w, col) >= GUTTER_MIN_WIDTH for col in columns):
                columns = sorted(columns + [(w.start, w.end)])
    return columns


def header_words(line: str, measure: int) -> list[Token]:
    """The words of a header line: its pieces, spaces taken out (a letter-spaced 序 号 or
    工 作 任 务 is one word)."""
    return [Token(p.start, p.end, p.text.replace(" ", "")) for p in _line_pieces(tokens(line, measure))]


def _flush_share(lines: list[list[Token]], columns, tolerance: int) -> float:
    """The share of the cells on ``lines`` that start at their column's start (within
    ``tolerance``): in the measure the copy was laid out in, cells printed flush left all
    do; in the other, a line's Latin letters and digits move the cells after them."""
    flush = total = 0
    for toks in lines:
        seen: set[int] = set()
        for t in toks:
            c = column_of(t, columns)
            if c is not None and c not in seen:
                seen.add(c)
                total += 1
                flush += t.start - columns[c][0] <= tolerance
    return flush / total if total else 0.0


def _column_names(head: list[str], columns, measure: int) -> list[str]:
    """Each column's name from the header lines: the words standing in it (a word
    overlapping no column names the nearest column no word of its line stands in).
    Of a column's words on several lines the lowest that is a column name wins
    (牵头单位 under 责任单位); when none is, they are one name wrapped (完成时 / 限)."""
    per: list[list[str]] = [[] for _ in columns]
    spanning: list[Token] = []
    for line in head:
        own: dict[int, list[str]] = {}
        loose: list[Token] = []
        for t in header_words(line, measure):
            over = _standing_in(t, columns)
            if len(over) == 1:
                own.setdefault(over[0], []).append(t.text)
            elif over:
                spanning.append(t)
            else:
                loose.append(t)
        for t in loose:
            free = [c for c in range(len(columns)) if c not in own]
            if free:
                own.setdefault(min(free, key=lambda c: _distance(t, columns[c])), []).append(t.text)
        for c, words in own.items():
            per[c].append("".join(words))
    names = []
    for c, words in enumerate(per):
        named = [w for w in words if role_of(w)]
        names.append(named[-1] if named else "".join(words))
    for t in spanning:   # a word over two columns (责任单位 centred) names those no word names
        for c in _standing_in(t, columns):
            names[c] = names[c] or t.text
    return names


def _merge_unnamed(layout: Layout) -> Layout | None:
    """``layout`` with each column the header names nothing over merged into the column
    on its left (a wide space inside a cell); None when the first column is unnamed."""
    cols, names = list(layout.columns), list(layout.names)
    if not names or not names[0]:
        return None
    c = 1
    while c < len(cols):
        if names[c]:
            c += 1
            continue
        cols[c - 1] = (cols[c - 1][0], cols[c][1])
        del cols[c], names[c]
    return Layout(layout.measure, tuple(cols), tuple(names))

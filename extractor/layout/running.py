"""A paged text copy's running heads and feet, taken out before any line is read.

pdftotext writes a form feed (``\\f``) between the pages of a PDF (and the PDF's page number,
``— 2 —``, closes each page: a copy that lost its form feeds keeps that), and with each page the
lines the PDF prints on every page: a running head (the plan's title, or the place and year
over it) and a running foot (the issuer's name over the page number).  They are page chrome,
not text, and where a page break cuts an item they stand inside it: a label bracket wrapped
over the break (``配合单位：市财政局；⏎\\f汉中市 2019 年…方案⏎完成时限：…）``) took the head
for a unit.  A line is a running head when it opens at least ``RUNNING_MIN_PAGES`` pages
after the first (the first page opens with the notice's own heading), a running foot when it
closes at least that many pages (the page number under it, ``— 2 —``, does not count: it
changes and is dropped as a page footer anyway); up to ``RUNNING_MAX_LINES`` lines deep.
The first page's titles count as one such page for a head (``_witness_keys``: its heading,
and under a letter the attachment's or the list's name): a later page opening with one again
prints it as its head, though a copy of two pages has only one page to print it on (the title
atop a list, again under the page number and inside a column of the row the break cut: read as
that cell's last line; the generator's kept-back seed 13973, holdout titlehead-anfu; under a
letter, blind56's bs14050 and bs14062, holdout titleagain-xiajiang).  The first page's copy
stays: it is the heading or the list's title.
Every such copy of it at a page's top or foot is dropped, wherever that falls in the text; the
same words elsewhere (the table's title printed again under the head) stay.  A line that
names table columns (a header printed again on each page) or marks a table continued (续表)
is never dropped: the table readers use both.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from ..parse.deadlinephrases import is_deadline_phrase
from ..parse.deadlines import is_relative_deadline
from ..parse.labels import starts_with_label
from ..parse.tableheader import role_of
from ..parse.textcolumns import split_header_words
from ..parse.textlayer import is_continuation_mark
from ..parse.pagetail import page_mark_re
from ..parse.roles import header_exact_words, header_words
from ..brackets import ANY_CLOSERS, ANY_OPENERS, bracket_balance
from ..hanzi import simplified
from ..text import PINYIN_GLOSS_RE, compact, compare_key, vocab
from ..chrome import strip_chrome
from .dates import is_date_line, is_digit_date_line
from .titlelines import without_site_tag

#: pages a line must open (or close) to be running chrome: one page opening with a line is a
#: page that starts with the attachment's title; the same line atop two more is the PDF's own
RUNNING_MIN_PAGES = 2
#: lines at a page's top or foot that may be running: a head is the plan's title, or the title
#: over the place and year; a foot the issuer over the page number
RUNNING_MAX_LINES = 2
#: characters a running line holds at most: a title or a name, never a paragraph
RUNNING_MAX_CHARS = 60
#: column names a line holds to be a table's header printed again (kept, not chrome)
HEADER_MIN_COLUMNS = 2

_DASHES = "-—–－ \u3000"
#: the first characters of a page footer line (vocab ``page_number_line``): a dash, 第 or 共
PAGE_LINE_STARTS = _DASHES + "第共"


@lru_cache(maxsize=1)
def _page_number_re() -> re.Pattern:
    return re.compile(vocab()["boilerplate"]["page_number_line"])


def is_page_number_line(line: str) -> bool:
    """A page footer of a text copied out of a PDF (— 2 —, 第2页 共5页): ``line`` stripped."""
    return line[:1] in PAGE_LINE_STARTS and _page_number_re().match(line) is not None


def drop_running_lines(lines: list[str]) -> list[str]:
    """``lines`` (a text copy split at its line breaks) without the running heads and feet
    of its pages; a copy with no page break (a form feed or a page number alone on a line)
    is given back as it is."""
    # a line indented with a TAB (a copy that indents every line) is a footer too: asked stripped
    if not any("\f" in line or is_page_number_line(line.strip()) for line in lines):
        return lines
    pages = _pages(lines)
    # compared as a reader sees them: a mirror's glosses, traditional characters and spaces aside
    keys = [compare_key(PINYIN_GLOSS_RE.sub("", line)) for line in lines]
    witness = _witness_keys(pages[0], lines)
    # a page opening right after the letter's signature date opens the attachment: its heading is witnessed by none
    opened = frozenset(i for before, page in zip(pages, pages[1:]) if _closes_letter(before, lines) for i in page)
    dropped = (_running(pages[1:], keys, lines, witness, opened)
               | _running([p[::-1] for p in pages], keys, lines))
    return [line for i, line in enumerate(lines) if i not in dropped]


def _witness_keys(first: list[int], lines: list[str]) -> frozenset[str]:
    """The first page's titles (``first``: its lines' indexes) as keys a later page's head is
    compared by: its heading, the lines down to the first that names a list or a document by its
    kind (``_names_a_list``), and after it every line that names one (the attachment's title under
    a cover letter, the list's own over its table), a site's tag before it (【…】,
    ``without_site_tag``) aside, as the pages print it again; none when no line there names one.
    A portal's lines over the heading (its controls, ``strip_chrome``; a breadcrumb, a download
    link) never open a later page; a line shorter than ``RUN_ON_RUNNING_MIN_CHARS`` (附件, a name)
    may by chance, and one longer than ``RUNNING_MAX_CHARS`` is no head."""
    heading: list[str] = []
    titled = False
    before = ""   # the line over this one, when it names no list: a heading broken over two lines
    for i in first:
        text = _without_book_marks(without_site_tag(strip_chrome(lines[i].replace("\f", "").strip())))
        if not text or not RUN_ON_RUNNING_MIN_CHARS <= len(compact(text)) <= RUNNING_MAX_CHARS:
            before = ""
            continue
        names = _names_a_list(text, split_header_words(text))
        # a heading broken where its second line alone reads as a column's word (支塘镇2022年生态环境保护 / 重点任务清单):
        # the two lines name the list (blindsynth bs22171: before, its later page's head printed whole was kept and
        # closed the section its items go on in)
        joined = not names and bool(before) and _names_a_list(before + text, split_header_words(before + text))
        if names or not titled:
            heading.append(compare_key(PINYIN_GLOSS_RE.sub("", text)))
        if (names or joined) and before:   # (某市2024年《政 / 府工作报告》…分工表: the later pages print it whole)
            heading.append(compare_key(PINYIN_GLOSS_RE.sub("", _without_book_marks(before + text))))
        before = "" if names or joined else text
        titled = titled or names or joined
    return frozenset(heading) if titled else frozenset()


#: bracketed notes a letter may print under its signature date, at the end of the page it closes
#: (（联系人：…） over （此件公开发布）)
LETTER_END_LINES = 2


def _closes_letter(page: list[int], lines: list[str]) -> bool:
    """The page (its lines' indexes) closes a cover letter: its last line of text, past up to
    ``LETTER_END_LINES`` bracketed notes, is a date alone (``dates.is_date_line``) or the digits of one whose
    words were lost (2024119, ``dates.is_digit_date_line``).  The page after it opens the attachment, so the list's heading atop it is
    the heading, printed once, not a running head the first page's copy of it witnesses (a document site's
    preview opening inside the letter under the page's heading, the plan's name, then the signature, the
    date and a page footer over the plan's heading printed again: blind67's cause 2, bs22903 and 28
    notices of seeds 1-8000; before, that heading was dropped and the list had no table title)."""
    texts = [lines[i].replace("\f", "").strip() for i in page]
    while texts and len(page) - len(texts) < LETTER_END_LINES and _is_note(texts[-1]):
        texts.pop()   # the notes under the date: (此件公开发布), (联系人：…，联系电话：…)
    return bool(texts) and (is_date_line(texts[-1]) or is_digit_date_line(texts[-1]))


def _is_note(text: str) -> bool:
    """``text`` is a bracketed note alone on its line (（此件公开发布）)."""
    return text[:1] in "（(" and text[-1:] in "）)"


def _without_book_marks(text: str) -> str:
    """``text`` without the book-title marks around all of it (``《某区2024年…任务分工表》``): a first page
    printing the list's name so as its title prints the name its later pages open with, unmarked, as
    their head (blindsynth session 56 cause 2, bs048; holdout runtitle-yunxi).  Before, the marked name
    named no list by its kind (it ends in 》), so the page witnessed no head and the one later page's
    head was read as a heading closing the section its items go on in."""
    if text.startswith("《") and text.endswith("》") and text.count("《") == 1 and text.count("》") == 1:
        return text[1:-1].strip()
    return text


def _pages(lines: list[str]) -> list[list[int]]:
    """The indexes of each page's lines with text, top to bottom; a line's text belongs to
    the page its last form feed opens.  A page number alone on a line closes its page too
    (a copy that lost its form feeds keeps them) and is left out."""
    pages: list[list[int]] = [[]]
    for i, line in enumerate(lines):
        if "\f" in line:
            pages.extend([] for _ in range(line.count("\f")) if pages[-1])
        text = line.replace("\f", "").strip()
        if text and is_page_number_line(text):
            pages.append([])
        elif text:
            pages[-1].append(i)
    return pages


def _running(pages: list[list[int]], keys: list[str], lines: list[str],
             witness: frozenset[str] = frozenset(), opened: frozenset[int] = frozenset()) -> set[int]:
    """The lines at the same depth of at least ``RUNNING_MIN_PAGES`` of ``pages`` (each read
    from the edge in), depth after depth while the pages' lines above were all running; a line
    whose key is in ``witness`` (the first page's opening lines) counts that page as well, unless
    it stands on a page the letter's end opened (``opened``: ``_closes_letter``)."""
    dropped: set[int] = set()
    alive = [p for p in pages if p]
    for depth in range(RUNNING_MAX_LINES):
        at = [p[depth] for p in alive if depth < len(p)]
        counts = Counter(keys[i] for i in at)
        hits = {i for i in at if counts[keys[i]] + (keys[i] in witness and i not in opened) >= RUNNING_MIN_PAGES
                and _may_run(lines[i]) and not (depth == 0 and _heads_attachment(i, alive, keys, opened))}
        if not hits:
            break
        dropped |= hits
        alive = [p for p in alive if depth < len(p) and p[depth] in hits]
    return dropped


def _heads_attachment(i: int, pages: list[list[int]], keys: list[str], opened: frozenset[int]) -> bool:
    """Line ``i`` opens a page the letter's end opened (``opened``), and the page's next line of text is not the
    same words again: it is the attachment's heading, printed once, though later pages print it as their head
    (the heading is kept, their copies go).  A page printing the head over the same heading keeps one of them."""
    if i not in opened:
        return False
    page = next(p for p in pages if p and p[0] == i)
    return len(page) < 2 or keys[page[1]] != keys[i]


def _may_run(line: str) -> bool:
    """A line short enough to be a head or a foot, and no table's header or continuation mark, nor a
    table's cell a line of its own (``_is_cell_line``), nor an item's label line (``配合单位：区财政局``,
    ``完成时限：2024年12月底前``: items sharing their units or deadline print the same label lines, and two pages
    closing with them is chance; before, a copy's item 1 and item 5 closing pages lost those lines as running
    feet, holdout topicsteps-tianyuan's page-footer pairs)."""
    text = line.replace("\f", "").strip()
    if len(compact(text)) > RUNNING_MAX_CHARS or is_continuation_mark(text) or _is_cell_line(text) \
            or starts_with_label(text):
        return False
    words = split_header_words(text)
    return sum(1 for word in words if role_of(word)) < HEADER_MIN_COLUMNS or _names_a_list(text, words)


def _is_cell_line(text: str) -> bool:
    """``text`` is one cell of a table copied one cell a line (text-bl), never a head or a foot: one
    column's name (序号, 重点任务: the header printed again a word a line at each page's top), or a
    deadline and nothing more (年底前: the last cell of the row a page closes with; two pages closing
    with the same deadline is chance), a time counted from the notice's issue among them (方案印发后一个月内).
    Before, both were dropped as running lines where two pages printed them at the same depth (blindsynth
    session 56 cause 4, holdout blpages-pingjiang; a relative deadline until session 70, bs24829)."""
    return role_of(text) is not None or is_deadline_phrase(text) or is_relative_deadline(text)


def _names_a_list(text: str, words: list[str]) -> bool:
    """``text`` is a list's or a document's name, though its words name columns (某市2024年民生实事项目
    任务清单: 民生实事, 项目): it ends in such a name's kind (``[metadata] table_title_ends``,
    ``title_ends``) with a word that names no column, as a header's last word does (完成时限, 具体措施)."""
    voc = vocab()["metadata"]
    return _ends_no_column(text, words) and simplified(text).endswith((*voc["table_title_ends"], *voc["title_ends"]))


def _ends_no_column(text: str, words: list[str]) -> bool:
    """The last of a line's ``words`` names no column: no header word, or a word naming one only as a whole
    cell (``[header_exact]``: 任务清单) glued to the words before it, the line printing no gap (柳州市2022年稳经济
    促发展重点工作任务清单 is a list's name; a header prints its cells apart, 工作指标 任务清单 责任清单).  Before,
    the whole-cell word 任务清单 made a running title ending in it a header, kept among a text copy's rows
    (generator seeds 1873, 2201, 6905, 7966; holdout runlisttitle-xiangtan)."""
    last = words[-1]
    if role_of(last) is None or _kind_after_column(last):
        return True
    return len(words) > 1 and simplified(compact(last)) in header_exact_words() and len(text.split()) == 1


def _kind_after_column(word: str) -> bool:
    """``word`` is a column's word with a list's kind glued after it (重点任务分工: 重点任务 and the kind 分工,
    ``[metadata] table_title_ends``), no column name of the vocabulary itself: the header reader lets a piece a
    role's words end with join the word before it (细化分工 is a task column's name, so 分工 after 重点任务 joins
    it), but a line ending so names a list (某市2023年…重点任务分工, a title a later page prints again over its
    table).  Blindsynth bs2389: before, the repeated title was kept among a text-tab table's rows and ran into
    the deadline of the row above it."""
    w = simplified(compact(word))
    if w in header_words():
        return False
    return any(w.endswith(end) and w[:-len(end)] in header_words()
               for end in vocab()["metadata"]["table_title_ends"] if len(end) < len(w))


# --- a paged copy run into one line --------------------------------------------------------

#: a running head or foot glued to the page numbers of a copy run into one line holds at least
#: this many characters besides spaces: a shorter run that two pages open (or close) with is chance
RUN_ON_RUNNING_MIN_CHARS = 6
#: a running head or foot is a title, a place and year or a name: it holds no clause's mark
_CLAUSE_MARKS = frozenset("。；;：:，,、！？!?")


def drop_running_runs(line: str) -> str:
    """A paged copy run into one line (its line breaks and form feeds lost, ``locate`` finds it
    run-on) without the running heads and feet glued to its page numbers.

    Its pages are still told apart by their page numbers (``— 2 —``, ``[boilerplate]
    page_number_mark``), but no line says where a head ends: ``…市医保局；— 2 —汉中市 2019 年…方案
    完成时限：…）``.  The head is the longest run that at least ``RUNNING_MIN_PAGES`` pages open
    with right after their page number (the foot: that many close with right before it), cut back
    to hold no clause's mark and no open bracket, and at least ``RUN_ON_RUNNING_MIN_CHARS`` long.
    One copy of it at each page edge goes; the same words further on (the plan's title printed
    again under the head) stay, as ``drop_running_lines`` keeps them.  The list's name the first page prints in
    book-title marks witnesses a head as the first page's title line does in a copy that kept its lines, so one
    later page opening with it is enough (``_witnessed_heads``)."""
    marks = list(page_mark_re().finditer(line))
    if not marks:
        return line
    ends = [0, *(at for m in marks for at in m.span()), len(line)]
    pages = list(zip(ends[::2], ends[1::2]))   # each page's text between two page numbers
    edges = _witnessed_heads(line, pages)
    if len(marks) >= RUNNING_MIN_PAGES:
        edges += _edge_runs(line, pages[1:], head=True) + _edge_runs(line, pages[:-1], head=False)
    kept, at = [], 0
    for start, end in sorted(edges):
        kept.append(line[at:start] if start > at else "")
        at = max(at, end)   # a page holding nothing but the head is its foot as well
    return "".join(kept) + line[at:]


#: a list's name printed in book-title marks (``《某区2024年…任务分工表》``), as a first page prints it over the list
_MARKED_NAME_RE = re.compile(r"《([^《》]+)》")


def _witnessed_heads(line: str, pages: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Where a later page opens right after its page number with the list's name the first page prints in book-title
    marks (``附件《云溪区2024年…分工表》…— 2 —云溪区2024年…分工表5．…``): the first page witnesses that head as a line of
    its own would (``_witness_keys``), so one later page is enough, as in a copy that kept its lines.  Only a name that
    names a list (``_names_a_list``) and is a head's length."""
    names = {name.strip() for name in _MARKED_NAME_RE.findall(line[pages[0][0]:pages[0][1]])
             if RUN_ON_RUNNING_MIN_CHARS <= len(compact(name)) <= RUNNING_MAX_CHARS
             and _names_a_list(name.strip(), split_header_words(name.strip()))}
    found = []
    for a, b in pages[1:]:
        text = line[a:b].lstrip()
        start = b - len(text)
        found += [(start, start + len(name)) for name in names if text.startswith(name)][:1]
    return found


def _edge_runs(line: str, pages: list[tuple[int, int]], head: bool) -> list[tuple[int, int]]:
    """Where the run that the most ``pages`` open with (``head``) or close with stands on each
    of them; a foot is looked for in the pages' text read backwards."""
    edges = []   # (the page's text from its edge in, where that edge is in ``line``)
    for a, b in pages:
        text = line[a:b].lstrip() if head else line[a:b].rstrip()
        edges.append((text, b - len(text)) if head else (text[::-1], a + len(text)))
    texts = [text for text, _at in edges]
    runs = {_running_run(_common_prefix(text, other), head) for i, text in enumerate(texts) for other in texts[i + 1:]}
    runs.discard("")
    if not runs:
        return []
    best = max(runs, key=lambda run: (sum(text.startswith(run) for text in texts), len(run)))
    if sum(text.startswith(best) for text in texts) < RUNNING_MIN_PAGES:
        return []
    return [(at, at + len(best)) if head else (at - len(best), at) for text, at in edges if text.startswith(best)]


def _common_prefix(one: str, other: str) -> str:
    n = 0
    limit = min(len(one), len(other), 2 * RUNNING_MAX_CHARS)   # spaces aside, a head is shorter
    while n < limit and one[n] == other[n]:
        n += 1
    return one[:n]


def _running_run(run: str, head: bool) -> str:
    """``run`` (read from the page's edge in) cut back to what a head or foot may be: up to its
    first clause mark, with its brackets closed, at least ``RUN_ON_RUNNING_MIN_CHARS`` long."""
    end = next((i for i, ch in enumerate(run) if ch in _CLAUSE_MARKS), len(run))
    run = run[:end]
    while run and bracket_balance(run, ANY_OPENERS, ANY_CLOSERS):
        run = run[:-1]
    printed = run if head else run[::-1]
    if len(compact(run)) < RUN_ON_RUNNING_MIN_CHARS or not _may_run(printed.strip()):
        return ""
    return run.rstrip()

"""Stage 4, metadata: the table title.

The table title is the plan's own heading (某县…重点工作任务分解表), printed over its task
table or its outline, in the attachment after the letter, or named by the table itself:
its ``<caption>`` or a title row inside it.  ``find_table_title`` tries each place in
order; ``metadata.py`` reads the letter's fields and asks it for this one.  Which table is the
task table is ``tasktable.py``'s to say.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from .dates import is_date_line, is_page_date_line
from .issuer import issuer_in_title
from .locate import TASK_TABLE_MIN_ROWS, text_content
from .metabox import field_line_pairs
from .tasktable import names_task_columns
from .pagetitle import names_collection
from ..brackets import outside_brackets
from .filetitle import file_name_opening
from ..models import OFFICE_SUFFIXES, TABLE_MARK, Located
from ..parse.hardwraps import blank_spaced
from ..parse.headlines import is_unit_heading
from ..parse.unitduties import colon_duty
from ..parse.runinheads import list_name_run_in
from ..parse.tableheads import names_a_list
from ..parse.breakrepair import cuts_first_subheading
from ..hanzi import simplified
from ..text import (ATTACHMENT_MARK_RE, COLON_CHARS, COLONS, DOC_NUMBER_RE, alternation, attachment_title_start,
                    close_cjk_gaps, compact, compare_key, is_bracket_note, is_garbled, is_record_line, vocab)
from ..numbering import SECTION_RE, split_numbering, split_section_label
from .headingwraps import (TABLE_TITLE_MAX_CHARS, part_named, is_sentence, lines_over, may_be_table_title,
                           names_a_letter, names_a_plan, past_spacing, wrapped_from_above, wrapped_title)
from ..parse.attachlist import in_attachment_list, lists_attachments
from .titlelines import broken_rest, in_title_list, names_division, without_book_marks

#: the heading over a table stands right above it, past an 附件 label and a section
#: heading at most (附件 / 某某分工表 / 一、… / table)
HEADING_OVER_TABLE_LINES = 4
#: a plan may open with a paragraph of its own between its heading and its first item or table
#: (为全面完成…，现将任务分解如下。 / 20XX年全市…的主要预期目标是：…。): looking up for the heading of
#: an attachment read alone, at most this many such sentences are passed
PREAMBLE_MAX_LINES = 2
#: looking up from a text-form plan's first numbered line for its heading (``heading_over_outline``), at most this many
#: paragraphs of its own opening are passed: a plan read alone may print its purpose, its general requirements and
#: its targets as paragraphs of their own under its heading (为…，制定本方案。 / 總體要求：… / 工作目标：到2020年… /
#: 到2030年… / 到2050年…: a 水污染防治 plan's text copy, holdout tradsqbr-zhuhai-2016-1, batch 127, where two lost its
#: heading).  Each passed line is a sentence, and the line found over them must still name a plan, no letter
OUTLINE_PREAMBLE_MAX_LINES = 6

def find_table_title(located: Located, head: list[str], signature_at: int | None, page_end: bool,
                     over_outline: str | None, grid_at: int | None = None,
                     recipients_at: int | None = None) -> str | None:
    """The plan's heading, from the first place that names it: the first table's
    ``<caption>``, the heading right over the first task table (or over the text grid starting at
    ``located.lines[grid_at]``: a PDF's text copy), ``over_outline`` (the heading
    over a text-form attachment's outline, ``heading_over_outline``), the line after the
    letter's signature at ``signature_at`` in the cover lines ``head`` (with none, the line
    right above the table; ``page_end``: ``head`` runs to the page's last line; but first, with no
    signature, the line after the letter's last paragraph under its recipients line at ``recipients_at``
    when it names a plan, ``unsigned_letter_end``), and last the title row inside the first task table."""
    parts = _bare_table_headings(located)
    found = (_caption(located) or _heading_over_table(located, parts) or _heading_above(located.lines, grid_at)
             or over_outline or (_after_unsigned_letter(head, recipients_at) if signature_at is None else None)
             or _naming_a_list(caption := _table_caption(located))
             or _table_title(head, signature_at, page_end=page_end, parts=parts) or caption)
    return once_around_date(found)


#: a heading printed twice with the document's date between (``xx县…职责分解201X/X/XXxx县…职责分解``, a document
#: site's dump running its cover's lines together): the date is the cover's, ``t`` the heading once
_TWICE_AROUND_DATE_RE = re.compile(r"^(?P<t>.{4,}?)\s*[0-9X０-９]{2,4}\s*[/.年-]\s*[0-9X]{1,2}\s*[/.月-]\s*[0-9X]{1,2}日?\s*(?P=t)$")


#: the longest run asked (two headings and a date; the pattern's back-reference is tried at every length up to it)
TWICE_TITLE_MAX_CHARS = 300


def once_around_date(title: str | None) -> str | None:
    """``title`` once where it is printed twice around a date (``_TWICE_AROUND_DATE_RE``: holdout dumpunitheads-county,
    batch 90: before, the table title was the run whole), else as it is."""
    m = _TWICE_AROUND_DATE_RE.match(title) if title and len(title) <= TWICE_TITLE_MAX_CHARS else None
    return m.group("t") if m else title


def unsigned_letter_end(head: Sequence[str], recipients_at: int | None) -> int | None:
    """The last line of a letter that prints no signature (a gazette's: its number and date on one
    line under the title, nothing at the foot): the last of the paragraphs (``is_sentence``; a hard-wrapped one's
    pieces before its full stop passed, ``_runs_on``) that run on from under its recipients line at ``recipients_at``, blank lines passed, and its closing formula
    after them (``[metadata] letter_closings``: 特此通知).  None with no recipients line or no paragraph under it.
    A recipients line not ending at its colon had the letter's first sentence run into it
    (``recipients.run_in_recipients``: 各街道办事处，区政府各部门：《…》已经区政府同意，…。): its text after the
    colon is that paragraph's first piece (before session 54 the letter ended nowhere and its plan's heading was lost:
    blindsynth cause 3 of session 54)."""
    if recipients_at is None:
        return None
    end = None
    closings = frozenset(vocab()["metadata"]["letter_closings"])
    for k in range(recipients_at, len(head)):
        s = head[k].strip() if k > recipients_at else _after_recipients(head[k])
        if not s:
            continue
        if is_sentence(s) or (end is not None and simplified(compact(s)).rstrip("。") in closings):
            end = k
        elif not _runs_on(s) and not _cut_over_piece(s, head, k):
            break
    return end


def _cut_over_piece(line: str, head: Sequence[str], at: int) -> bool:
    """``line`` (``head[at]``), holding no clause's mark, is a paragraph's first piece a hard wrap cut inside a word
    (``《…重點任務責任分工表》已經省政府同`` / ``意，現印發給你們，…``): it ends in an ideograph closing no document's kind
    (``[metadata] title_ends``, ``table_title_ends``: a plan's heading ends in one) and the next line with text runs on
    (``_runs_on``) and opens with no number.  A copy wrapped before a mirror lengthened its words (最佳化 for 优化) left
    such a line one character past the width, which the wrap joiner never joins: the letter ended nowhere and its plan's
    heading was lost (blindsynth bs4801)."""
    nxt = next((t for t in (h.strip() for h in head[at + 1:]) if t), "")
    voc = vocab()["metadata"]
    kinds = (*voc["title_ends"], *voc["table_title_ends"])
    return bool(nxt) and "\u4e00" <= line[-1] <= "\u9fff" and not simplified(line).endswith(kinds) \
        and _runs_on(nxt) and split_numbering(nxt) is None


def _after_recipients(line: str) -> str:
    """The text a recipients line runs on with after its first colon (the letter's first sentence run into it),
    or nothing where the line ends at its colon."""
    s = line.strip()
    colon = min((k for k in (s.find("："), s.find(":")) if k >= 0), default=len(s))
    return s[colon + 1:].strip()


#: a clause's mark inside a line (outside round brackets): a piece of a paragraph, never a heading's
_RUN_ON_MARKS_RE = re.compile(r"[，。；,;]")


def _runs_on(line: str) -> bool:
    """``line`` is a paragraph's piece a hard wrap cut before its full stop (…已经市政府同意，现印发给 /
    你们，请认真贯彻落实。…报市政府 / 督查室。): it holds a clause's mark outside brackets, which no plan's
    heading does.  ``unsigned_letter_end`` passes such lines and ends the letter only at a sentence's end,
    so a piece with no sentence ending after it ends nothing."""
    return _RUN_ON_MARKS_RE.search(outside_brackets(line)) is not None


def _after_unsigned_letter(head, recipients_at: int | None) -> str | None:
    """The heading of the plan an unsigned letter (``unsigned_letter_end``) sends: the line after its
    last paragraph, read as the line after a signature is (past an 附件 label, a status note), when it
    names a plan (``names_a_plan``; an item or a unit's line there heads nothing)."""
    end = unsigned_letter_end(head, recipients_at)
    if end is None:
        return None
    title = _table_title(head, end)
    return title if title and names_a_plan(title) else None


def _attachment_heading(line: str, earlier: Sequence[str] = ()) -> str:
    """``line`` as a heading: without the 附件 mark before an attachment's title (附件1：…; a numeral run
    straight into the title is the title's when the lines ``earlier`` name it so, ``text.attachment_title_start``:
    附件六盘水市…分工表 under the letter's 关于印发六盘水市…的通知),
    without the file's suffix after it (a link to the file: 某区…分工方案.docx), and without the
    colon a list's heading introduces the list with when its words name a division of tasks
    (某区本级重点工作责任分解：, ``titlelines.names_division``; any other line ending in a colon
    opens a sentence's list or labels a value, and heads no table)."""
    s = line.strip()
    if m := ATTACHMENT_MARK_RE.match(s):
        s = s[attachment_title_start(s, m, lambda: "\n".join(earlier)):]   # (a title is named within a line)
    if s[-5:].lower().endswith(OFFICE_SUFFIXES):
        s = s[:s.rfind(".")].rstrip()
    if s.endswith(COLONS) and names_division(s[:-1]):
        s = s[:-1].rstrip()
    return s


#: marks a line opens with only where it goes on the line above (a sentence cut inside it): such a line is
#: no sentence of the preamble of its own
_GOES_ON_MARKS = ")）】〕」』,，;；。、"


#: lines of text a bracketed note under a signature is wrapped over at most (a contact line cut in its e-mail
#: address: （联系人：…，电子邮箱：zfb52@163 / .com）)
NOTE_WRAP_MAX_LINES = 2


def _wrapped_note_end(lines: list[str], n: int) -> int | None:
    """Where a bracketed note that opens on ``lines[n]`` and is wrapped over its next line of text closes (that
    line's index in ``lines``), when the two joined are one note (``is_bracket_note``), else None.  A hard-wrapped
    copy cuts a long contact note under the signature; before, its first line, whose bracket the line does not close,
    was taken for the plan's heading (the generator's kept-back bs23318)."""
    first = lines[n].strip()
    if first[:1] not in "（(" or is_bracket_note(first):
        return None   # most lines
    joined, seen = first, 1
    for k in range(n + 1, len(lines)):
        text = lines[k].strip()
        if not text:
            continue
        joined += text
        seen += 1
        if is_bracket_note(joined):
            return k
        if seen >= NOTE_WRAP_MAX_LINES:
            return None
    return None


def _table_title(head, date_idx, page_end: bool = False, parts: frozenset[str] = frozenset()) -> str | None:
    """The plan's heading: the line after the letter's signature (past notes, section headings
    and the plan's opening sentences), or with no signature the line right above the table.
    ``page_end``: ``head`` runs to the page's last line; that line, after a signature, heads
    nothing (a repost printing the signature under the items, then its own tag area) unless
    it links an attachment; with no signature there is no table under it to head (a forum's
    repost of a text-form notice ending in replies)."""
    start = (date_idx + 1) if date_idx is not None else 0
    if date_idx is None and page_end:
        return None   # no table under these lines: the page's last line (a reply, a footer) heads none
    # after a signature the title opens the attachment; without one, the
    # line right above the table is the best guess
    at = list(range(start, len(head))) if date_idx is not None else list(reversed(range(len(head))))
    preamble = 0 if date_idx is None else PREAMBLE_MAX_LINES   # sentences passed looking up
    cut = False   # the line passed opened with a mark going on the line above it
    past_part = False   # a part heading of the notice (一、…) was passed looking up
    candidates = [head[k] for k in at]
    spaced = date_idx is not None and blank_spaced(head)   # (a blank after every line: a heading's lines too)
    passed = -1   # the last line of a bracketed note wrapped over lines, passed with its first
    for n, line in enumerate(candidates):
        if n <= passed:
            continue
        if date_idx is not None and (end := _wrapped_note_end(candidates, n)) is not None:
            passed = end
            continue    # （联系人：…，电子邮箱：zfb52@163 / .com）: one note over two lines
        # 附件：襄阳市…分工方案 names the attachment on the 附件 line itself
        s = _attachment_heading(line, head[:at[n]])
        if s and SECTION_RE.match(s):
            past_part = True
        if (not s or is_date_line(s) or is_bracket_note(s) or is_garbled(s) or SECTION_RE.match(s)
                or is_measure_unit_line(s) or is_follows_line(s) or s in parts or is_record_line(s)
                or field_line_pairs(s) or compare_key(s).rstrip(COLON_CHARS) in _body_labels()):
            continue    # （此件公开发布） (or its mis-decoded copy), a section heading (一、经济发展), 单位：万元, 全文如下,
            # the record under a letter (主题词：… / 抄送：…), a law database's 【发布部门】…【发布日期】… line, a
            # wiki's heading over the text under the signature (主要內容: holdout wikidue-tianjin, batch 93)
        if date_idx is not None and in_attachment_list(head, at[n]):
            continue    # the letter's numbered list of attachments under its last paragraph (附件：1.… / 2.…): letter
        if date_idx is None and s[0] in _GOES_ON_MARKS and preamble < PREAMBLE_MAX_LINES:
            cut = True
            continue    # the rest of a sentence cut after a bracketed doc number (…(某政秘〔2022〕4号 / ),明确了…)
        if cut:   # the line over such a rest is the sentence's head: one preamble sentence with it
            cut = False
            preamble += 1
            continue
        if date_idx is not None and (run_on := _heading_run_into_preamble(s)) is not None:
            return close_cjk_gaps(without_book_marks(run_on))   # 某市…行动方案 为深入落实…，制定本方案。
        if preamble < PREAMBLE_MAX_LINES and is_sentence(s):
            preamble += 1
            continue    # the plan's own opening paragraph, under its heading
        if date_idx is None and is_unit_heading(s):
            continue    # a unit's name over the items it leads (省商务厅), under the heading
        if date_idx is None and (in_title_list(head, len(head) - 1 - n) or lists_attachments(head, len(head) - 1 - n)):
            return None   # an entry of a list of documents' titles (a gazette's 目录) heads no table, nor a later
            # entry of the letter's list of its attachments (附件：1.… / 2.… / 3.…: it names one of them)
        if date_idx is None and broken_rest(head, len(head) - 1 - n):
            return None   # the rest of a heading printed whole right above it (a copy's broken duplicate)
        if date_idx is None and past_part and names_a_letter(s):
            return None   # the notice's own title over its part headings (…的通知 / 一、… / the table): it heads
            # the notice, the table being one of its parts; right over the table, with no letter, it names it
        if date_idx is not None:
            # a title wrapped inside a quoted name (…落实《某条例 / 》任务分解方案) goes on
            following = past_spacing(line, candidates[n + 1:], spaced)
            for nxt in following:
                if s.count("《") <= s.count("》"):
                    break
                s += nxt.strip()
            s = wrapped_title(s, following)
        if date_idx is not None and page_end and start + n == len(head) - 1 and s == line.strip():
            return None   # (an attachment's link, 附件：某方案.docx, names the plan in another file)
        if may_be_table_title(s):
            return close_cjk_gaps(without_book_marks(s))   # 《…任务分解表》 centred over the table: the name
        return None
    return None


def _heading_run_into_preamble(line: str) -> str | None:
    """The plan's heading that a copy run into one block joined with its opening paragraph, a space
    between (鄂尔多斯市…行动方案 为深入落实…，制定本方案。: a listing page printing the notice in one block, the
    runs of spaces that stood for its breaks shown as one): the piece before the first space when it names
    a plan (``names_a_plan``), may be a title and names no letter, and the rest is a sentence; else None.
    A line as printed never runs a heading on into a sentence across a space."""
    head, _, rest = line.strip().partition(" ")
    rest = rest.strip()
    if not rest or not may_be_table_title(head) or not names_a_plan(head) or names_a_letter(head):
        return None
    return head if is_sentence(rest) and _RUN_ON_MARKS_RE.search(outside_brackets(rest)) else None


def heading_over_outline(head, page_heading: str | None = None) -> str | None:
    """The line printed over a text-form attachment's first numbered line (past an 附件
    label, the plan's opening sentences, a status note such as （征求意见稿）, a label over the
    text such as a wiki's 政策全文 (``[metadata] body_labels``) and a unit's name heading the items it
    leads): the plan's heading when the file holds only the plan (附件 / 某区…任务清单 / 一、… / items).
    Where no line stands over it but those, the page's own heading (``page_heading``: its <h1> printed
    outside the content block, as a wiki prints the entry's name over its abstract and infobox) when it
    names a plan.  None when no numbered line comes, or the line over it is no title or a letter's title
    (``names_a_letter``: a mirror's page N of M under the notice's name, …的通知)."""
    first = next((i for i, line in enumerate(head)
                  if _opens_outline(head, i) or _run_in_name(line) or _opens_unit_lines(head, i)), None)
    if first is None:
        return None
    if (name := _run_in_name(head[first])) is not None:   # 某州…整改措施清单一、认识不深(一)…: the name opens the list
        return close_cjk_gaps(name) if _names_outline(name) and not _titles_a_document(name) else None
    preamble = 0
    labels = _body_labels() | _contents_headings()
    for k in reversed(range(first)):
        line = head[k]
        s = without_book_marks(_attachment_heading(line, head[:k]))   # 《…实施细则》: a repost quotes its name
        if (is_bracket_note(s) or _is_doc_number_line(s) or is_page_date_line(s) or is_follows_line(s)
                or compare_key(s).rstrip(COLON_CHARS) in labels or field_line_pairs(s)):
            # the plan's status under its heading (（征求意见稿）), its number (食安委〔2019〕2号), the page's
            # posting line under it (发布时间：2023-02-22 09:12, boxonly-shengsi, holdout 39), a repost's line
            # saying the text follows (全文内容如下, issuedlines-xianning, holdout 41), a label over
            # the text (政策全文) or a law database's 【发布部门】…【发布日期】… line (threelabels-zuigaofa): no title
            continue
        if s and preamble < OUTLINE_PREAMBLE_MAX_LINES and is_sentence(s):
            if (named := file_name_opening(s, head[:k])) is not None:
                return named   # a document site's preview: the plan's name run into its opening (layout/filetitle.py)
            preamble += 1   # the plan's own opening paragraph, under its heading
        elif s and not is_unit_heading(s) and not is_measure_unit_line(s):   # 省商务厅 over its items: passed
            if not preamble and _is_page_heading(s, page_heading) and _heads_as_page_heading(s):
                return close_cjk_gaps(s)   # the page's heading alone over its list: its name, whatever its last word
            return close_cjk_gaps(wrapped_from_above(lines_over(head, k), s)) \
                if _names_outline(s) and not _titles_a_document(s) else None
    heading = close_cjk_gaps(page_heading.strip()) if page_heading else None
    return heading if heading and _names_outline(heading) and not _titles_a_document(heading) else None


def _run_in_name(line: str) -> str | None:
    """The list's name a paragraph opens with when a converted copy ran it straight into its first part's heading
    and that into its first sub-section (``楚雄州…问题整改措施清单一、认识不深(一)部分…``: ``runinheads.list_name_run_in``,
    the text layer's cut), else None: the list's heading, printed on the line of its outline's first item."""
    cut = list_name_run_in(line, cuts_first_subheading) if line and not split_numbering(line) else None
    return line[:cut].strip() if cut is not None else None


def _opens_outline(head: Sequence[str], at: int) -> bool:
    """``head[at]`` is numbered as an outline's item: by a number (一、 1. （一） ①), or by a mark that carries none
    (□, ●, ——) that a later line opens with too.  A mark printed once heads no list: a news item's byline
    (``□ 某报记者 某某``) or a note over the items, which the look-up for the outline's heading passes as no item."""
    numbered = split_numbering(head[at])
    if numbered is None:
        return False
    kind, _, number, label, _ = numbered
    if number is not None or kind != "mark":
        return True
    return any((later := split_numbering(line)) is not None and later[0] == kind and later[3] == label
               for line in head[at + 1:])


#: lines opening with units a colon sets apart (``市教委：负责…``) that make a list of duties by unit: one such line may be a
#: letter's or a preamble's (``联系人：…`` is none, but a lone ``某局：`` line may open a reply), two are the list
UNIT_LINES_MIN = 2


def _opens_unit_lines(head: Sequence[str], at: int) -> bool:
    """``head[at]`` opens a list of duties by unit, each line its units, a colon and their duties (``市发展改革委：负责…``
    / ``市教委：负责…``: ``unitduties.colon_duty``), with at least ``UNIT_LINES_MIN`` such lines from it on: such a list
    is an outline with no numbers, and the heading over it (past the plan's opening sentences) names it
    (holdout colonglosses-chongqing, batch 132: a mirror's 部门职责分工方案 of unnumbered unit lines)."""
    return colon_duty(head[at]) and sum(1 for line in head[at:] if colon_duty(line)) >= UNIT_LINES_MIN


def _is_page_heading(line: str, page_heading: str | None) -> bool:
    """``line`` is the page's own heading (``Located.page_title``: its ``<h1>``, else its ``<title>``'s first piece)
    printed again in its content."""
    return bool(page_heading) and compact(line) == compact(page_heading)


def _heads_as_page_heading(line: str) -> bool:
    """``line``, the page's own heading standing alone over a letterless outline (nothing between but chrome, a
    status note or a label: no opening paragraph), names the list whatever word it ends with (…为民办实事项目,
    …区政府重点工作, a headline's …实事项目出炉: tests/fixtures/README.md ``table_title``): it may be a title
    (short, no clause or sentence mark), and names no letter (…的通知), no document by its issuer (某市人民政府关于…)
    and no collection of texts (…(精选3篇))."""
    return (may_be_table_title(line) and not re.search(r"[:：；;。，,]", line) and not names_a_letter(line)
            and not names_collection(line) and not _titles_a_document(line))


def _titles_a_document(line: str) -> bool:
    """``line`` opens with a body and 关于 (``池州市人民政府关于…的实施意见``, a mirror's heading over an 意见 with no
    letter: holdout runinsub-chizhou, batch 63): the notice's title by its issuer, subject and kind (GB/T 9704), no
    list's name; a place and 关于 (``深圳市盐田区关于…若干措施``, tocwidget-yantian) names the list."""
    return issuer_in_title(line, vocab()["metadata"]) is not None


def _names_outline(s: str) -> bool:
    """``s`` may head an outline as its plan's name: a short line, no sentence or clause mark, naming a
    plan by its kind and no letter, nor a model-text site's collection of such plans by their count
    (``…方案(精选3篇)``: ``pagetitle.names_collection``)."""
    return (may_be_table_title(s) and not re.search(r"[:：；;。]", s) and names_a_plan(s)
            and not names_a_letter(s) and not names_collection(s))


@lru_cache(maxsize=1)
def _body_labels() -> frozenset[str]:
    return frozenset(vocab()["metadata"]["body_labels"])


@lru_cache(maxsize=1)
def _contents_headings() -> frozenset[str]:
    """``[metadata] contents_headings`` (目录): right over a plan's first item, a law database's box of the text's
    contents (holdout tocitems-unplaced, batch 63), passed as a label over the text is; no plan's name."""
    return frozenset(vocab()["metadata"]["contents_headings"])




#: a line saying the text follows (全文如下, 全文内容如下, 详情如下：, 现将全文转发如下) holds at most this many
#: characters before its 如下: a repost's own words between the plan's heading and its text, no title; a longer
#: line ending so closes a sentence of the letter (…，现将有关事项通知如下：), a sentence passed as preamble
FOLLOWS_LINE_MAX_CHARS = 8
_FOLLOWS_RE = re.compile(r"^[\u4e00-\u9fff]{0,%d}如下\s*[:：]?$" % FOLLOWS_LINE_MAX_CHARS)


def is_follows_line(line: str) -> bool:
    """``line`` only says that the text follows (全文内容如下, 全文如下：): a repost prints it between the plan's
    heading and its opening paragraph, so it is passed looking up for the heading, as a status note is."""
    return _FOLLOWS_RE.match(compact(line)) is not None


#: a repost's line announcing the whole text under it (以下为方案全文：, 以下是通知全文：): a few words naming the
#: document between 以下为 and 全文
_FULL_TEXT_RE = re.compile(r"^以下[为是]?[\u4e00-\u9fff]{0,%d}全文\s*[:：]?$" % FOLLOWS_LINE_MAX_CHARS)


def announces_full_text(line: str) -> bool:
    """``line`` says the whole text follows (以下为方案全文：, 全文如下：, ``is_follows_line``): a repost prints it
    over the plan's name, which is then the document the page reports."""
    return is_follows_line(line) or _FULL_TEXT_RE.match(simplified(compact(line))) is not None


def _is_doc_number_line(line: str) -> bool:
    """``line`` is a document number alone (a letterless copy prints the number under its heading)."""
    return DOC_NUMBER_RE.fullmatch(compact(line)) is not None


def is_measure_unit_line(line: str) -> bool:
    """A line saying what the table's figures count in (单位：万元, 金额单位：元, 单位：万元、%;
    ``[metadata] measure_unit_labels`` and ``measure_units``): it stands between a table's title
    and its header, and names nothing."""
    return _measure_unit_re().match(compact(simplified(line))) is not None


@lru_cache(maxsize=1)
def _measure_unit_re() -> re.Pattern:
    voc = vocab()["metadata"]
    labels, units = (alternation(voc[k]) for k in ("measure_unit_labels", "measure_units"))
    return re.compile(rf"^[（(]?(?:{labels})[:：](?:{units})(?:[、，,/](?:{units}))*[)）]?$")


def _heading_over_table(located: Located, parts: frozenset[str] = frozenset()) -> str | None:
    """The heading printed right over a page's first task table (a plan's 附件 table under
    the plan's own text and title; a table of targets before it has no task header): the nearest line above its mark that may be a title, past
    附件 labels and a section heading; None when a date, a sentence or nothing comes first."""
    return _heading_above(located.lines, _first_task_table_at(located), parts)


def _bare_table_headings(located: Located) -> frozenset[str]:
    """The unnumbered lines that head the page's tables as their parts (王某某市长主抓重点工作 over each
    table: ``forms.table_headings``): a part's heading, as a numbered section heading is, names no
    table.  Only a page with tables asks the parse stage."""
    if not located.tables:
        return frozenset()
    from ..parse.forms import first_row_keys, table_headings   # the parse stage's rule, asked only here
    heads = table_headings(located.lines, first_row_keys(located.tables))
    return frozenset(s.title for s in heads.values() if s.label is None)


def _first_task_table_at(located: Located) -> int | None:
    """The index in ``located.lines`` of the page's first task table's mark, or None: None too when
    no table names task columns (a menu of plain words laid out as a table beside the letter of an
    item list is no task table, and the heading over it is the page's, not a list's name)."""
    first = next((i for i, t in enumerate(located.tables) if names_task_columns(t)), None)
    if first is None:
        return None
    try:
        return located.lines.index(f"{TABLE_MARK}{first}")
    except ValueError:
        return None


def part_heading_title(located: Located, grid_at: int | None) -> str | None:
    """The words of the numbered heading right over the first task table (or the text grid
    starting at ``located.lines[grid_at]``) when it heads the table alone as its section
    (``tableheads.names_a_list``: 一、10件民生实事任务分解表 -> 10件民生实事任务分解表): it names the
    table too.  The caller asks it only where nothing else names the table (``find_table_title``:
    a plan's heading over its numbered tables is the plan's table title), and never takes it for
    the notice's title: it heads a part of a document."""
    lines, at = located.lines, grid_at if grid_at is not None else _first_task_table_at(located)
    if not at:
        return None
    line = next((s for k in reversed(range(max(0, at - HEADING_OVER_TABLE_LINES), at))
                 if (s := _attachment_heading(lines[k], lines[:k]))), "")
    title = split_section_label(line)[2]
    return close_cjk_gaps(title) if SECTION_RE.match(line) and may_be_table_title(title) and names_a_list(line) else None


def _heading_above(lines, at: int | None, parts: frozenset[str] = frozenset()) -> str | None:
    """The nearest line above ``lines[at]`` (a table's mark, a text grid's first line) that may be a
    title, past 附件 labels and a section heading; None when a date, a sentence or nothing comes first
    (or ``at`` is None).  A repost's line saying the text follows (全文如下, ``is_follows_line``) is passed
    as a status note is: it names nothing."""
    if not at:
        return None
    past_part = False   # a part heading of the notice (一、…) was passed looking up
    named_part = None   # the name a passed 第X部分 line prints after its label (第二部分 主動公開基本目錄)
    for k in range(at - 1, max(0, at - HEADING_OVER_TABLE_LINES) - 1, -1):
        s = _attachment_heading(lines[k], lines[:k])
        if s and SECTION_RE.match(s):
            past_part = True
            if named_part is None and k == at - 1:
                named_part = part_named(s)
        if (not s or SECTION_RE.match(s) or is_bracket_note(s) or is_measure_unit_line(s) or s in parts
                or is_follows_line(s)):
            continue
        if (is_date_line(s) or not may_be_table_title(s) or re.search(r"[:：；;。]", s) or in_title_list(lines, k)
                or (past_part and names_a_letter(s)) or lists_attachments(lines, k) or broken_rest(lines, k)):
            return named_part   # (an entry of a list of documents' titles, a gazette's 目录, heads no table; nor does
            # the notice's own title over its part headings, …的通知 / 一、… / the table: it heads the notice;
            # nor the last entry of the letter's list of attachments, 附件：1.… / 2.… / 3.…: it names one of them)
        return close_cjk_gaps(without_book_marks(wrapped_from_above(lines_over(lines, k), s)))
    return named_part


def headings_over_tables(located: Located) -> tuple[str, ...]:
    """The line printed over each table of the page or attachment (past its 附件 mark and a
    unit-of-measure line), where one may be a title: every table's, not only the first's
    (two lists in one file: the place may be printed in the second's title only)."""
    out = []
    for at, mark in enumerate(located.lines):
        if not mark.startswith(TABLE_MARK):
            continue
        for k in reversed(range(max(0, at - HEADING_OVER_TABLE_LINES), at)):
            line = located.lines[k]
            s = _attachment_heading(line, located.lines[:k])
            if s and not is_measure_unit_line(s):
                if may_be_table_title(s) and not s.startswith(TABLE_MARK):
                    out.append(close_cjk_gaps(s))
                break
    return tuple(out)


def _caption(located: Located) -> str | None:
    """The first table's ``<caption>``: the table names itself, whatever the lines above say."""
    for table in located.tables[:1]:
        caption = table.find("caption")
        text = close_cjk_gaps(" ".join(text_content(caption).split())) if caption is not None else ""
        if 0 < len(text) <= TABLE_TITLE_MAX_CHARS:
            return text
    return None


def _table_caption(located: Located) -> str | None:
    """The title row inside the first task table (one cell spanning the row:
    ``<tr><td colspan=4>…责任分工表</td></tr>``), when no line above it names it, without an 附件 mark
    (``_attachment_heading``) and the gaps a wrap inside the cell left.  A table naming no task columns
    (a page's menu laid out as a table: 第01版：要闻 over its links) is passed over."""
    for table in located.tables:
        rows = table.xpath(".//tr")
        if len(rows) < TASK_TABLE_MIN_ROWS or not names_task_columns(table):
            continue
        first = next((r for r in rows if not is_measure_unit_line(text_content(r))), rows[0])  # past 单位：万元
        texts = [t for t in (" ".join(text_content(c).split()) for c in first.xpath("./td|./th")) if t]
        if len(texts) == 1 and len(texts[0]) <= TABLE_TITLE_MAX_CHARS:
            return close_cjk_gaps(_attachment_heading(texts[0]))
        return None
    return None


def _naming_a_list(caption: str | None) -> str | None:
    """``caption`` (``_table_caption``) when its words name a division of tasks or a list (``names_division``,
    ``names_a_list``): such a row is the table naming itself, as a ``<caption>`` does, and comes before the line
    after the letter's signature, which may name the plan whose attachment the table is (a gazette page printing
    the letter, the plan's name and prose, then ``附件2 关于…的重点任务责任分工`` in the table's first row: holdout
    gazettecells-dingzhou, batch 92; before, the plan's name was the table's).  Any other caption comes last."""
    return caption if caption and (names_division(caption) or names_a_list(caption)) else None

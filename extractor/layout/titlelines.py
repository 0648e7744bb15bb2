"""Stage 4, metadata: lines that open a document's title, and lists of them.

A title line opens with 关于 or with its issuer's name before 关于 (某市人民政府办公室关于印发…
的通知: ``opens_title``).  Several such lines in a row are a list of documents, no heading: a
government gazette's issue copied whole prints its 目录, the issue's documents one a line, and
then the table of one of them with no heading, letter or signature of its own; a page may list
related notices.  The line right over the table is then one entry among others, not the table's
title (``in_title_list``), and the notice's own title is the entry that names a division of tasks
(``names_division``: …若干措施责任分工的通知), the document such a table is (``lettertitle.title_index``).
A letter's numbered list of its attachments (附件：1.… / 2.… / 3.…) is such a list too: its last entry, printed
right over a table, names one of them, not the table (``parse.attachlist.lists_attachments``).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from ..agencies.gazetteer import is_listed_place
from ..brackets import ANY_CLOSERS
from ..numbering import split_numbering
from .numbertail import without_closing_number
from ..hanzi import simplified
from ..text import ATTACHMENT_MARK_RE, DOC_NUMBER_RE, compact, forwarding_verb, plan_name_ends, title_opener, vocab

#: an issuer printed before 关于 (某某市人民政府办公室关于印发…) is shorter than this;
#: a 关于 further into a line is inside a sentence
TITLE_OPENER_WITHIN = 25
#: this many title lines in a row (blank lines between them aside) are a list of documents,
#: never one title: a letter prints its title once, over its doc number or recipients, and two
#: are a title over its attachment's title (关于印发…的通知 / 关于…任务分工的通知) - unless a contents
#: heading stands over them (``_under_contents_heading``)
MIN_LISTED_TITLES = 3
#: under a contents heading, this many title lines are a list (a gazette's issue of two documents)
MIN_TITLES_UNDER_CONTENTS = 2
#: between the contents heading and its first entry, at most this many short lines (a column's
#: name: 市政府文件), each at most ``CONTENTS_COLUMN_MAX_CHARS`` long
CONTENTS_COLUMN_LINES, CONTENTS_COLUMN_MAX_CHARS = 1, 12

#: the portal's column name in 【】 before a title (【市政府文件】某市人民政府关于…): no part of it
_COLUMN_TAG_RE = re.compile(r"^【[^【】]{1,%d}】\s*" % TITLE_OPENER_WITHIN)
#: ... or a column's short name and a bar before it (重点工作丨某市人民政府办公室关于…: a portal's heading, as a WeChat
#: account's titles print their column), the name at most ``COLUMN_BAR_TAG_MAX_CHARS`` ideographs
COLUMN_BAR_TAG_MAX_CHARS = 8
_BARS = "丨｜|"
_COLUMN_BAR_TAG_RE = re.compile(r"^[\u4e00-\u9fff]{2,%d}\s*[%s]\s*" % (COLUMN_BAR_TAG_MAX_CHARS, _BARS))
#: a bracket closing a title line (…的通知【某府办〔2022〕6号】): the doc number a portal prints after the
#: title, when it holds one and nothing more (``without_number_tag``)
#: a round bracket's number may print its year in square brackets (（国土资发[2017]83号）, a mirror's copy of 〔〕), so each
#: pair excludes only its own marks
_CLOSING_BRACKET_RE = re.compile(r"\s*(?:【([^【】]+)】|[（(]([^（）()]+)[）)]|[\[［]([^\[\]［］]+)[\]］])\s*$")
#: a bracket opening a title and holding a place's name (（湖北省）…): ``without_place_label``
_PLACE_LABEL_RE = re.compile(r"^\s*[（(]([^（）()]{2,%d})[）)]\s*" % TITLE_OPENER_WITHIN)
#: a page's own label and a colon before a title (某区某某奖励政策：关于…): a short phrase, no sentence's
#: punctuation in it
_LABEL_RE = re.compile(r"^[^【】《》。，,；;：:]{1,%d}[：:]\s*" % TITLE_OPENER_WITHIN)


def opens_title(line: str) -> bool:
    """关于印发… or 某市人民政府办公室关于印发…, but not a sentence quoting one (a line
    opening with a column tag in 【】: ``is_title_line`` asks it without the tag); or the older
    forwarding title with no 关于, ``某市人民政府办公室印发…的通知`` (``opens_forwarding_title``)."""
    if line.startswith(title_opener()) or opens_forwarding_title(line):
        return True
    at = line.find(title_opener(), 0, TITLE_OPENER_WITHIN)
    # the issuer before 关于 is a bare name; 《 after it is the title quoting a
    # report (…关于印发2023年区《政府工作报告》…的通知), before it a sentence citing one
    if at <= 0 or "《" in line[:at] or re.search(r"[。：:，,；;]", line):
        return False
    # an outline's numbered heading (二、关于目标责任的落实) names a part of the plan: a title prints no number
    numbered = split_numbering(line)
    return numbered is None or not numbered[4].startswith(title_opener())


@lru_cache(maxsize=1)
def _letter_kinds() -> tuple[str, ...]:
    return tuple("的" + kind for kind in vocab()["metadata"]["letter_title_ends"])


def opens_forwarding_title(line: str) -> bool:
    """``line`` is the older forwarding title that prints no 关于 (天津市人民政府办公厅 2017:
    ``某市人民政府办公室印发某市…任务分工的通知``, 国务院办公厅印发…的通知), or its second line under the
    issuer's (``印发某镇…分工的通知``): 印发 within ``TITLE_OPENER_WITHIN`` of its start, a bare name
    before it (no punctuation, no 《), and the line ending with a letter's kind (…的通知, …的函:
    ``[metadata] letter_title_ends``) - a sentence forwarding a plan (现将《…》印发给你们，…) ends with
    none.  Simplified text."""
    at = line.find(forwarding_verb(), 0, TITLE_OPENER_WITHIN)
    if at < 0 or "《" in line[:at] or re.search(r"[。：:，,；;]", line):
        return False
    return line.rstrip().endswith(_letter_kinds()) or _forwards_plan_by_name(line, at)


def _forwards_plan_by_name(line: str, at: int) -> bool:
    """A party body's forwarding title printing neither 关于 nor its letter's kind (a joint letter's:
    中共某区委办公室某区人民政府办公室印发某区2021年优化营商环境重点任务清单): the words before 印发 open with the party's
    prefix (``[metadata] party_prefixes``) and end like a body's name (``issuer_ends``), the words after it like a
    list's or a division's own name (``list_title_ends``, ``division_title_ends``: …清单, …实施方案, …任务分工), a 》
    closing them aside.  A government body's line so printed is a news item's headline as often (省政府办公厅印发…分工方案
    over a trade association's item, holdout runonlead-guangdong-2023-2; 贵州省发改委印发实施《…工作要点》,
    cutunit-guizhou-2019-1): it stays none.  Before, such a line was no title (blindsynth's thirty-fourth stream,
    bs27199, bs1473, bs1703)."""
    voc = vocab()["metadata"]
    name = compact(line[:at])
    rest = compact(line[at + len(forwarding_verb()):]).rstrip("》")
    return (name.startswith(tuple(voc["party_prefixes"])) and name.endswith(tuple(voc["issuer_ends"]))
            and rest.endswith((*voc["list_title_ends"], *voc["division_title_ends"])))


def opener_at(line: str) -> int:
    """Where the title ``line`` (simplified) opens its subject after the issuer's name: its 关于 within
    ``TITLE_OPENER_WITHIN``, else the 印发 of a forwarding title with no 关于 (``opens_forwarding_title``);
    -1 when it has neither.  0 when the line prints no issuer before it."""
    at = line.find(title_opener(), 0, TITLE_OPENER_WITHIN)
    if at < 0 and opens_forwarding_title(line):
        at = line.find(forwarding_verb(), 0, TITLE_OPENER_WITHIN)
    return at


def without_column_tag(line: str) -> str:
    """``line`` without a leading 【column name】 when what follows opens a title."""
    m = _COLUMN_TAG_RE.match(line) if line.startswith("【") else None
    return line[m.end():] if m and opens_title(simplified(line[m.end():])) else line


def without_place_label(title: str | None) -> str | None:
    """``title`` without a place's name in brackets before it (``（湖北省）武汉市2023年…方案``: a site
    that files its copies by province prints the province before each title, its heading and its
    list of related pages alike), when the bracket holds only a place the gazetteer lists
    (``is_listed_place``) and the title goes on after it; else as it is.  The label is the site's,
    no word of the document's (fixtures README, ``title``: a label the page prints before it)."""
    m = _PLACE_LABEL_RE.match(title) if title else None
    if m is None or not title[m.end():].strip() or not is_listed_place(simplified(m.group(1)).strip()):
        return title
    return title[m.end():]


def without_site_tag(title: str | None) -> str | None:
    """``title`` without a site's tag in 【】 before it (``【年度重点任务分解及完成情况】某县…汇总表``: a content
    farm's category printed before each heading it reposts), when what follows reads as a document's or
    a table's title (opens one, ``opens_title``, or ends in a document's kind: ``[metadata] title_ends``,
    ``table_title_ends``, or a progress report's, ``report_title_ends``: 【落实情况】市某局…上半年落实情况,
    a bureau's column over the rows of the city's plan it reports on, holdout deptprog-huainan); else as it
    is.  A title never opens with 【】: the tag is the site's (fixtures README, ``title``: a label the page
    prints before it; holdout flatprog-huaiyuan).  Nor with a column's name and a bar (``重点工作丨绵阳市人民政府办公室
    关于…的通知``, ``_COLUMN_BAR_TAG_RE``): blindsynth seeds 1101 and 6404 read their headings' column as the title's
    first words."""
    m = (_COLUMN_TAG_RE if title.startswith("【") else _COLUMN_BAR_TAG_RE).match(title) if title else None
    rest = simplified(title[m.end():]).strip() if m else ""
    if rest and not title.startswith("【") and any(bar in rest for bar in _BARS):
        return title   # a navigation bar (首頁 | 其他 | 資訊 | 關於我們): no column over one title
    voc = vocab()["metadata"]
    kinds = (*voc["title_ends"], *voc["table_title_ends"], *voc["report_title_ends"])
    if not rest or not (opens_title(rest) or rest.endswith(kinds)):
        return title
    return title[m.end():].strip()


#: a split copy's page number after a heading it cut short: ``(14)``, ``（2）`` closing the title
_PAGE_NUMBER_RE = re.compile(r"[(（]\s*[0-9]{1,3}\s*[)）]$")


def without_page_number(title: str | None) -> str | None:
    """``title`` without the page number a site's split copy prints after its heading, when the site cut the heading
    short inside a book title (``湖南省人民政府办公厅关于印发《洞庭湖生态环(14)``: a 《 opened and never closed, then
    the page's number in brackets); else as it is.  The number is the site's pagination, no word of the title
    (tests/fixtures/README.md "A row of an area's cells run into one paragraph…"; holdout areapage-hunan, batch 127).
    A whole title closing with a bracketed number (``…（2）``) keeps it."""
    m = _PAGE_NUMBER_RE.search(title) if title else None
    if m is None:
        return title
    head = title[:m.start()]
    return head.rstrip() if head.count("《") > head.count("》") else title


def without_book_marks(line: str) -> str:
    """``line`` without the 《》 a repost puts round a whole title it prints as its heading
    (《关于进一步…的具体实施细则》), when the line is that one quoted name and nothing else and the name opens
    a title (关于…) or names a document by its kind (``[metadata] title_ends``, ``table_title_ends``);
    else as it is (a title quoting a document, 关于印发《…》的通知, opens with no 《)."""
    s = line.strip()
    if len(s) < 3 or s[0] != "《" or s[-1] != "》" or "《" in s[1:-1] or "》" in s[1:-1]:
        return line
    inner = s[1:-1].strip()
    names = compact(simplified(inner)).endswith(plan_name_ends())
    return inner if inner and (opens_title(simplified(inner)) or names) else line


def without_number_tag(line: str) -> str:
    """``line`` without a bracket closing it that holds a doc number and nothing more (…的通知
    【某府办〔2022〕6号】, …的通知（某政发〔2021〕3号）: a portal's heading printing the number after the
    title); else as it is (…的通知（第二批）, a number quoted inside the title before its kind).  A number closing
    the line after a space with no bracket (…的通知 鄂政办发〔2023〕63号) goes too (``numbertail.closing_number``)."""
    line = without_closing_number(line)
    m = _CLOSING_BRACKET_RE.search(line) if line.rstrip()[-1:] in ANY_CLOSERS else None
    if m is None:
        return line
    inner = compact(simplified(next(g for g in m.groups() if g is not None)))
    number = DOC_NUMBER_RE.fullmatch(inner)
    return line[:m.start()] if number and m.start() > 0 else line


#: a doc number before a title in 《》 filling the rest of the line (``without_number_prefix``)
_NUMBER_QUOTE_RE = re.compile(r"^\s*([^《》]{4,%d}?)\s*《(.+)》\s*$" % TITLE_OPENER_WITHIN)


def without_letterhead(title: str) -> str:
    """``title`` without a red header run into it before its opener (``点军区人民政府办公室文件关于印发…的通知``: a copy that
    lost its line breaks ran the letterhead's line into the title's, the number between them printed elsewhere), when
    the words before the title's 关于 or 印发 end with a red header's word (``[metadata] red_header_ends``: 文件); else
    as it is.  The letterhead is no word of the title (tests/fixtures/README.md ``title``: an issuer line that is a
    letterhead is not), where an issuer's line over the 关于 line is (某市人民政府办公室关于…).  Blindsynth's
    thirty-sixth stream, bs28561: before, the title kept it."""
    simple = simplified(title)
    at = opener_at(simple)
    if at <= 0:
        return title
    before = compact(simple[:at])
    return title[at:] if before.endswith(tuple(vocab()["metadata"]["red_header_ends"])) else title


def without_number_prefix(line: str) -> str:
    """``line`` without a doc number a repost site prints before the notice's title, the title in 《》
    (``湖政办发〔2019〕9号《湖州市人民政府办公室关于印发…的通知》``: a regulations site's heading and <title>), when the
    part before the 《 is a doc number and nothing more and the quoted part opens a title; else as it is
    (a title quoting a document, ``关于印发《…》的通知``, opens with no number)."""
    m = _NUMBER_QUOTE_RE.match(line) if line.rstrip().endswith("》") else None
    if m is None or not DOC_NUMBER_RE.fullmatch(compact(simplified(m.group(1)))):
        return line
    title = m.group(2).strip()
    return title if opens_title(simplified(title)) else line


@lru_cache(maxsize=1)
def _number_before_opener_re() -> re.Pattern:
    """A doc number printed before a title's 关于 on one line (``without_number_opening``; the opener is
    ``text.title_opener``): the part before 关于."""
    return re.compile(r"^\s*([^《》\s][^《》]{3,%d}?号)\s*(?=%s)" % (TITLE_OPENER_WITHIN, re.escape(title_opener())))


def without_number_opening(line: str) -> str:
    """``line`` without a doc number a page's heading prints right before the title's 关于 (``某交发 [2022] 97号关于印发…
    的通知``, a bureau portal's heading: the number's line and the title's run into one), when the part before 关于 is a
    doc number and nothing more; else as it is (an issuer before 关于, 某市人民政府关于…, is the title's own).  A number
    before a title that opens with its issuer goes too (``西政办发〔2018〕6号北京市西城区人民政府办公室关于…``), as does a
    validity mark before the number (``without_validity_mark``).  The number stays the notice's (``docnumber``);
    tests/fixtures/README.md "A doc number printed before the title in one heading"."""
    line = without_validity_mark(line)
    m = _number_before_opener_re().match(line) or _NUMBER_BEFORE_ISSUER_RE.match(line)
    if m is None or not DOC_NUMBER_RE.fullmatch(compact(simplified(m.group(1)))):
        return line
    rest = line[m.end():]
    return rest if rest.startswith(title_opener()) or opens_title(simplified(rest)) else line


#: a doc number's brackets, one of each side (``without_own_number`` compares numbers whatever brackets they print)
_NUMBER_BRACKETS = str.maketrans("[【［(（]】］)）", "〔〔〔〔〔〕〕〕〕〕")


def without_own_number(title: str | None, number: str | None) -> str | None:
    """``title`` without the notice's own doc number (``number``, as ``docnumber`` read it) printed right before it,
    when what follows opens a title; else as it is.  A portal repeating the letter's title under its title block glues
    the number to it (鞍山市立山区人民政府 2023: ``鞍立政发〔2023〕2号立山区人民政府关于印发…的通知`` over the recipients),
    and the number is printed there as on the number's own line: in traditional characters (``…18號``), with stray
    spaces (``柳政办 [2022]79号``), in 【】, or with its 〕 and 号 lost (``柳政办〔202072``, which no pattern of a number
    reads, but the line above printed the same): compared without spaces, in simplified characters, brackets of any
    shape, so whatever form it has, the number the notice carries is no word of its title (tests/fixtures/README.md "A
    doc number printed before the title in one heading").  Before, ``without_number_opening`` cut only a number ending
    with 号, printed with no space (the generator's thirtieth stream, blind68's cause 2: 3 titles of seeds
    23601-24000, 42 of 1-8000; holdout gluednumber-lishan-2023-3)."""
    if not title or not number:
        return title
    key = compact(simplified(number)).translate(_NUMBER_BRACKETS)
    printed = simplified(title).translate(_NUMBER_BRACKETS)
    kept = [k for k, ch in enumerate(printed) if not ch.isspace()]   # both sides compacted: where each kept one stood
    if not key or not "".join(printed[k] for k in kept[:len(key)]) == key:
        return title
    rest = title[kept[len(key) - 1] + 1:].lstrip()
    return rest if rest and opens_title(simplified(rest)) else title


#: a doc number before a title that opens with its issuer (``without_number_opening``): up to the number's 号
_NUMBER_BEFORE_ISSUER_RE = re.compile(r"^\s*([^《》\s][^《》\s]{3,%d}?号)\s*" % TITLE_OPENER_WITHIN)


@lru_cache(maxsize=1)
def _validity_mark_re() -> re.Pattern:
    marks = "|".join(map(re.escape, sorted(vocab()["metadata"]["validity_marks"], key=len, reverse=True)))
    return re.compile(r"^\s*[（(【\[［](?:%s)[）)】\]］]\s*" % marks)


def without_validity_mark(line: str) -> str:
    """``line`` without the document's validity a portal prints before its heading (``(失效)``, ``【已废止】``:
    ``[metadata] validity_marks``, vocab.toml), when a title or a doc number follows; else as it is."""
    m = _validity_mark_re().match(line)
    return line[m.end():] if m is not None and line[m.end():].strip() else line


def without_label(heading: str) -> str:
    """``heading`` without a label a page prints before the document's title with a colon (a repost
    site's heading, 某区高新技术企业奖励政策：关于…若干政策意见), when what follows opens a title and
    the label holds no 关于 (关于…的通知：第二批 is the title whole); else as it is."""
    m = _LABEL_RE.match(heading)
    if m is None or title_opener() in simplified(m.group()):
        return heading
    rest = heading[m.end():]
    return rest if opens_title(simplified(rest)) else heading


def is_title_line(line: str) -> bool:
    """``line`` (as printed) opens a title, a column tag before it and a doc number closing it after a space
    (``numbertail.closing_number``: 某市人民政府办公室印发…的通知 某政办发〔2023〕10号, a forwarding title that then
    ends with its kind) aside, and the 《》 round the whole line (``without_title_marks``)."""
    return opens_title(simplified(without_title_marks(without_closing_number(without_column_tag(line.strip())))))


def without_title_marks(line: str) -> str:
    """``line`` without the 《》 a rules mirror or a law site prints round the letter's whole title line
    (``《某市人民政府办公厅关于印发〈某市2016年…要点〉的通知》``, a 《》 of its own turned 〈〉), when the marks hold the
    whole line, nothing else, and what they hold opens a title (``opens_title``); else as it is.  The marks are the
    site's, no word of the title (tests/fixtures/README.md ``title``; holdout leaderdata-chengdu-2019-5,
    ruleleader-zhejiang-2019-7, repostcut-huzhou-2019-9 read it so).  A plan's name alone in 《》 keeps them here: it
    opens no title (``without_book_marks`` takes those off a heading)."""
    inner = without_book_marks(line)
    return inner if inner != line and opens_title(simplified(inner)) else line


def title_list(lines, at: int) -> list[int]:
    """The indexes of the title lines in the run that holds ``lines[at]``, when the run is a list
    of documents (at least ``MIN_LISTED_TITLES`` title lines, nothing but blank lines between
    them, or ``MIN_TITLES_UNDER_CONTENTS`` under a contents heading); else []."""
    if not is_title_line(lines[at]):
        return []
    run = [at]
    for step in (-1, 1):
        k = at + step
        while 0 <= k < len(lines) and (not lines[k].strip() or is_title_line(lines[k])):
            if lines[k].strip():
                run.append(k)
            k += step
    if len(run) >= MIN_LISTED_TITLES or (len(run) >= MIN_TITLES_UNDER_CONTENTS
                                         and _under_contents_heading(lines, min(run))):
        return sorted(run)
    return []


#: the rest of a heading printed whole on the line above is at least this long (a word or two of a title's end)
BROKEN_REST_MIN_CHARS = 4


def broken_rest(lines: Sequence[str], at: int) -> bool:
    """``lines[at]`` is the rest of a heading a copy printed whole on the nearest line above it: that line ends with it
    and is longer (``2021年…涉杭任务和市政府工作报告重点工作责任分解`` / ``和市政府工作报告重点工作责任分解``, a broken duplicate
    of the page's title left under the whole one).  Alone it names nothing: it is no heading of the table under it.
    An attachment line naming it whole (``附件：具体整改情况表`` over the table's own ``具体整改情况表``) is no such line."""
    rest = "".join(lines[at].split())
    if len(rest) < BROKEN_REST_MIN_CHARS:
        return False
    above = next(("".join(s.split()) for s in reversed(lines[:at]) if s.strip()), "")
    mark = ATTACHMENT_MARK_RE.match(above)
    if mark is not None and above[mark.end():] == rest:
        return False   # 附件：具体整改情况表 over 具体整改情况表: the attachment line names the table its heading names
    return len(above) > len(rest) and above.endswith(rest)


def _under_contents_heading(lines, first: int) -> bool:
    """A contents heading (``[metadata] contents_headings``: 目录, letter-spaced too) stands over
    ``lines[first]``, blank lines and at most ``CONTENTS_COLUMN_LINES`` short lines aside."""
    headings = _contents_headings()
    passed = 0
    for k in range(first - 1, -1, -1):
        s = compact(simplified(lines[k]))
        if not s:
            continue
        if s in headings:
            return True
        passed += 1
        if passed > CONTENTS_COLUMN_LINES or len(s) > CONTENTS_COLUMN_MAX_CHARS:
            return False
    return False


def in_title_list(lines, at: int) -> bool:
    """``lines[at]`` is one entry of a list of documents' titles (``title_list``)."""
    return bool(title_list(lines, at))


@lru_cache(maxsize=1)
def _contents_headings() -> frozenset[str]:
    return frozenset(vocab()["metadata"]["contents_headings"])


def names_division(title: str) -> bool:
    """The title names a division of tasks as what it issues: its words before the closing
    的 and kind of document (…的通知; ``[metadata] title_ends``), a closing 》 aside, end with a
    word of ``[metadata] division_title_ends`` (…责任分工, …任务分解方案, …责任清单).  A title
    that only opens with such a verb (关于分解落实…重点工作的通知) names its work, not a division."""
    s = compact(simplified(title)).rstrip("》”\"")
    m = title_kind_end(s)
    if m:
        s = s[:m.start()].rstrip("》”\"")
    return s.endswith(tuple(vocab()["metadata"]["division_title_ends"]))


def title_kind_end(title: str) -> re.Match | None:
    """Where ``title`` (compact, simplified) closes with 的 and a kind of document (``[metadata] title_ends``)."""
    return _kind_end_re().search(title)


@lru_cache(maxsize=1)
def _kind_end_re() -> re.Pattern:
    """A title's closing 的 and kind of document (的通知, 的实施意见)."""
    ends = sorted(vocab()["metadata"]["title_ends"], key=len, reverse=True)
    return re.compile("的(?:%s)$" % "|".join(map(re.escape, ends)))

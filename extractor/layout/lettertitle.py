"""Stage 4, metadata: the letter's title (关于印发…的通知).

The line that opens it (the last title opener over the recipients line), the lines it wraps
over, the kind of document a heading completes it with, and its issuer when the page prints
the two as one title.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .dates import is_date_line
from .headingtitle import completed, dated_in_brackets, heading_forms
from .infoline import read_info_line
from .issuer import ISSUER_MAX_CHARS
from .letterlines import is_damaged_number, is_number_line, number_line_date
from .placename import is_bare_place, is_place_chain
from .headingwraps import TITLE_MAX_EXTRA_LINES
from .titlelines import (is_title_line, names_division, opener_at, opens_title, title_list, without_column_tag, without_label,
                         without_letterhead, without_number_opening, without_number_prefix, without_number_tag,
                         without_book_marks, without_title_marks)
from ..agencies.placechains import PARTY_OPENERS
from ..agencies.zones import signed_short_names
from ..models import Located
from ..parse.hardwraps import blank_spaced, spacing_blanks
from ..hanzi import simplified
from ..numbering import SECTION_KINDS, split_numbering
from ..text import COLONS, DOC_NUMBER_RE, SENTENCE_ENDS, close_cjk_gaps, compact, compare_key, is_attachment_mark, is_garbled, vocab


def read_title(head, at: int | None, located, voc, lead, to: int | None) -> str | None:
    """The notice's title: the lines from ``at`` (``title_index``) on, completed and with its issuer
    (``_whole_title``; ``to``: the recipients line); with no such line, the info box's title field, a
    news item's lead, else the page's own title."""
    if at is not None:
        text, end = _title_lines(head, at, voc)
        title = without_number_opening(without_column_tag(text.strip()))   # (朝交发 [2022] 97号关于…: the number's)
        title = without_letterhead(title)   # (某区人民政府办公室文件关于…: a letterhead run into the title)
        # a title whose kind of document the letter lost (…分解意见的 / 通知 gone): the heading's
        title = completed(title, (*head[:at], located.page_title), tuple(voc["title_ends"]))
        title = _without_document_name(title, voc)   # (义务教育均衡发展整改报告 商州区大荆中学 关于…: the site's name)
        return close_cjk_gaps(_whole_title(head, (at, end), title, located, voc, to))
    for key in voc["title"]:
        if located.meta.get(key):
            return located.meta[key]
    labelled = labelled_title(head, voc)
    if labelled is not None:
        return labelled
    # a news item restating the notice names it in its lead sentence (``newslead.read_lead``; by its
    # kind alone, 印发通知，: no title printed); the page's own title is the item's headline then
    if lead is not None:
        return lead.title
    page = located.page_title   # (a label it prints before the document's title with a colon is no part of it)
    return (None if not page or is_attachment_mark(page)
            else without_label(without_number_tag(without_number_opening(without_number_prefix(without_book_marks(page))))))


def _without_document_name(title: str, voc) -> str:
    """``title`` without a document's name a copy that joined its lines with spaces ran on before the title block
    (``义务教育均衡发展整改报告 商州区大荆中学 关于义务教育均衡发展存在问题整改报告``: a document site's name for the file, then
    the issuer's line and the 关于 line): where the piece right before the one opening with 关于 ends like an issuer
    (``[metadata] issuer_ends``) and the pieces before it end in a title's kind (``[metadata] title_ends``), the title
    starts at the issuer's piece.  The site's name is no word of the title (tests/fixtures/README.md 'A school's
    rectification report whose items name the office the school sets to work'; holdout schoolreport-shangzhou, batch
    120: before, it opened the title).  Any other title is returned as it is."""
    pieces = title.split()
    if len(pieces) < 3:
        return title   # most titles: no space, or one between the issuer and 关于
    k = next((i for i, piece in enumerate(pieces) if opener_at(simplified(piece)) == 0), None)
    if k is None or k < 2:
        return title
    before = compact(simplified("".join(pieces[:k - 1])))
    if not (simplified(pieces[k - 1]).endswith(tuple(voc["issuer_ends"])) and before.endswith(tuple(voc["title_ends"]))):
        return title
    return title[title.find(pieces[k - 1], len(pieces[0])):]


#: a page prints its title field as a line of its own among its first lines (a forum's print view: 标题: …)
LABELLED_TITLE_LINES = 6
#: the page's own words a print view closes the title field's line with ([打印本页], 【打印】): at most this long
_CHROME_TAG_RE = re.compile(r"\s*[\[【][^\]】]{1,8}[\]】]\s*$")


def labelled_title(head, voc) -> str | None:
    """The title a line prints as the title field's value (``[metadata] title``: 标题, 名称 and a colon, then the
    title), among the page's first ``LABELLED_TITLE_LINES`` lines, the page's tag closing it (``[打印本页]``) aside, when
    the value opens a title (``is_title_line``): a forum's print view heads a reposted notice so (Discuz!'s
    ``标题: …`` over ``作者: … 时间: …`` and the post's ``标题: …`` again), under the forum's name as the page's
    heading (holdout printview-yueqing, batch 78: before, the forum's name was the title and no issuer was read)."""
    labels = tuple(voc["title"])
    for line in head[:LABELLED_TITLE_LINES]:
        at = min((i for i in (line.find("："), line.find(":")) if i > 0), default=-1)
        if at < 0 or simplified(compact(line[:at])) not in labels:
            continue
        value = _CHROME_TAG_RE.sub("", line[at + 1:]).strip()
        if value and is_title_line(value):
            return value
    return None


#: a long title a narrow page wraps over more lines than ``TITLE_MAX_EXTRA_LINES`` is taken whole only when its
#: last line closes it with 的 and its kind of document (…涉及嘉鱼的 / 重点事项进行责任分解的通知): at most this many
#: lines after its first
CLOSED_TITLE_MAX_EXTRA_LINES = 4


def _title_lines(head, at, voc) -> tuple[str, int]:
    """``_lines_of_title`` over ``head``; in a copy that sets a blank line after every line (``hardwraps.blank_spaced``)
    a title that does not close like one there is read again with the single blanks under it passed as spacing, taken so
    only when it then closes with 的 and its kind of document, or ends like a title where the lines read before did not
    (``[metadata] title_ends``): a title block broken over lines prints a blank
    between them in such a copy (某市人民政府办公室关于印发某市2023年生态环 / (blank) / 境保护重点任务分工方案的通知: blindsynth
    session 65 cause 2, where before the first line alone was the title)."""
    title, end = _lines_of_title(head, at, voc)
    ends = tuple(voc["title_ends"])
    closes = tuple("的" + end for end in ends)
    if compact(simplified(title)).endswith(closes) or not blank_spaced(head):
        return title, end
    window = head[at:at + 2 * (CLOSED_TITLE_MAX_EXTRA_LINES + 1)]
    spacing = spacing_blanks(window)
    kept = [at + k for k in range(len(window)) if k not in spacing]
    spaced_title, n = _lines_of_title([head[k] for k in kept], 0, voc)
    spaced = compact(simplified(spaced_title))
    # taken when it closes with 的 and its kind (…政府工作报告 / (blank) / 重点工作任务责任分工表的通知, where 报告 ends
    # the first line like a title), or ends like one where the first line alone did not
    if n > 1 and (spaced.endswith(closes) or (spaced.endswith(ends) and not compact(simplified(title)).endswith(ends))):
        return spaced_title, kept[n - 1] + 1
    return title, end


def _lines_of_title(head, at, voc) -> tuple[str, int]:
    """The title from its opening line ``head[at]`` on, and the index past its last line: the lines after it join until it
    ends with a word of ``[metadata] title_ends``, or up to a line that cannot carry a title on
    (``_continues_title``: a recipients line under a title whose last word the page lost).  That word with no 的 before it may stand
    inside the title (关于印发某县2022年农业农村发展计划 / 分解落实方案的通知): the lines
    after it join on when they close the title with 的 and its kind of document, up to a
    doc number, a recipients line, a date, a blank line or another title.  So may the lines of a title wrapped over
    more than ``TITLE_MAX_EXTRA_LINES`` (a four-line title block, ``CLOSED_TITLE_MAX_EXTRA_LINES``): only a closing
    line takes them (holdout mixsquare-jiayu, batch 60: before, its fourth line was lost)."""
    ends = tuple(voc["title_ends"])
    closes = tuple("的" + end for end in ends)
    # a doc number in brackets closing a line (…的通知【某府办〔2022〕6号】) is the number, not the title's
    following = tuple(map(without_number_tag, head[at + 1:at + 1 + CLOSED_TITLE_MAX_EXTRA_LINES]))
    title, n = without_title_marks(without_number_tag(head[at])), 0   # (《关于…的通知》: the site's marks)
    while (n < min(len(following), TITLE_MAX_EXTRA_LINES) and not compact(simplified(title)).endswith(ends)
           and _continues_title(following[n])):
        title, n = title + following[n], n + 1
    joined, m = title, n
    for nxt in following[n:]:
        if compact(simplified(joined)).endswith(closes) or not _continues_title(nxt):
            break
        joined, m = joined + nxt, m + 1
    return (joined, at + 1 + m) if compact(simplified(joined)).endswith(closes) else (title, at + 1 + n)


#: the outline's heading levels (``numbering.NUMBERING``: 第一部分, 一、, （一）): a line opening with one
#: heads the body under a title, it never carries the title on
_HEADING_KINDS = frozenset(SECTION_KINDS)


def _continues_title(line: str) -> bool:
    """``line`` may carry on a title block: no blank, doc number (nor one a copy damaged, 株政办发〔202276:
    ``letterlines.is_damaged_number``; blind70's cause 3, where a title with no 的通知 took it), recipients line, date or title; no
    sentence (a paragraph closing with a full stop: the preamble of a page whose heading has no end
    word, 若干措施 over 为落实…提出以下措施。) and no heading of the outline (一、…, （一）…): a title
    wraps inside its words and never closes a sentence; nor a field of the page's metadata (``_opens_field``:
    发文机关:…, a law site's list under a title it printed with no 的通知; blind70's cause 3)."""
    s = simplified(line.strip())
    if not s or s.endswith(SENTENCE_ENDS) or is_garbled(s):   # (nor a mis-decoded line: ``text.is_garbled``)
        return False
    numbered = split_numbering(s)
    return not (s.endswith(COLONS) or _opens_field(s) or DOC_NUMBER_RE.search(s) or is_damaged_number(s) or is_date_line(s) or opens_title(s)
                or (numbered is not None and numbered[0] in _HEADING_KINDS))


#: a field's label is at most this long before its colon (发文机关:, 发布日期：, 索引号:)
FIELD_LABEL_MAX_CHARS = 6


@lru_cache(maxsize=1)
def _field_labels() -> frozenset[str]:
    """The labels of a page's metadata fields (``[metadata]`` doc_number, issuer, date, title and a law database's
    attribute_labels; the ``[boilerplate] info_labels`` of a page's information), in simplified characters."""
    voc = vocab()
    fields = voc["metadata"]
    return frozenset([*(w for key in ("doc_number", "issuer", "date", "title", "attribute_labels") for w in fields[key]),
                      *voc["boilerplate"]["info_labels"]])


def _opens_field(s: str) -> bool:
    """``s`` (simplified) opens with a metadata field's label and its colon (``发文机关:潍坊市…``, ``发布日期：…``): the
    page's fields under a title, never the title's own words."""
    at = min((i for i in (s.find("："), s.find(":")) if i > 0), default=-1)
    return 0 < at <= FIELD_LABEL_MAX_CHARS and compact(s[:at]) in _field_labels()


def _whole_title(head, lines: tuple[int, int], title, located: Located, voc, to: int | None) -> str:
    """The title read from ``head[at:end]`` (``lines``) with its issuer when the body sets the
    issuer on a line of its own over 关于… as the first line of the title block (GB/T 9704: a
    title is issuer, subject and kind): the line stands in the letter's head
    (``_in_letter_head``), or the page's heading (an earlier line, or its <h1> / <title>) or its
    info box's title field (名称, ``[metadata] title``) prints the two as one title
    (某区人民政府办公室关于印发…的通知), or the block is dated in brackets under the title
    (``headingtitle.dated_in_brackets``: a gazette's print), or a red header (the issuer's name
    and 文件: ``[metadata] red_header_ends``) tops the document, or a line over the block (a news item's lead)
    names the two as one title in book-title marks (``…发布《某区人民政府关于…的通告》``).  A site's name over the page's
    heading (a page header) is none of these: ``title`` as read."""
    at, end = lines
    over = _line_over(head, at)
    if over is None:
        return title
    if opener_at(simplified(title)) != 0:
        return _name_broken_over(head, over, title, located, voc)
    issuer = compact(head[over])
    if not (len(issuer) <= ISSUER_MAX_CHARS and simplified(issuer).endswith(tuple(voc["issuer_ends"]))):
        return title
    whole = issuer + compact(title)
    printed = (*(form for line in head[:over] for form in heading_forms(line)), *heading_forms(located.page_title or ""),
               *(compact(located.meta.get(key) or "") for key in voc["title"]))
    headers = {simplified(issuer) + end for end in voc["red_header_ends"]}
    red_header = any(compare_key(line) in headers for line in head[:over])
    # a gazette's print: the date in brackets under the title, over the recipients (line ``to``)
    dated = dated_in_brackets(head[at + 1:min(at + 2 + TITLE_MAX_EXTRA_LINES, len(head) if to is None else to)])
    # a news item's lead naming the notice whole in book-title marks over its block (…发布《某区人民政府关于…的通告》。)
    quoted = any(f"《{whole}》" in compact(line) for line in head[:over])
    return issuer + title if (whole in printed or red_header or dated or quoted
                              or _in_letter_head(head, (over, end), located.meta, voc, to)
                              or _under_a_headline(head, (over, at), located, to)
                              or _posted_title_block(head, (over, end), located, to)) else title


#: the last words of an issuer's name a title block may carry down to its 关于 line (领导小组 / 办公室关于…): at most this many
NAME_TAIL_MAX_CHARS = 6


def _name_broken_over(head, over: int, title: str, located: Located, voc) -> str:
    """``title`` with the line over it when the title block breaks inside the issuer's name (`某市…工作领导小组` over
    `办公室关于印发…`): the title opens with at most ``NAME_TAIL_MAX_CHARS`` words before its 关于, the line over it and
    those words end in an issuer's word (``[metadata] issuer_ends``), and the page's heading (an earlier line, its
    <h1> or <title>) or its box's title field prints the two as one title: the only witness taken, since the line over
    may be another body's (a page header).  Holdout dutyrule-yulin (batch 95): before, the title lost its first line."""
    simple = simplified(title)
    cut = opener_at(simple)
    tail = compact(title[:cut]) if 0 < cut <= NAME_TAIL_MAX_CHARS else ""
    issuer = compact(head[over])
    if not tail or not re.fullmatch(r"[\u4e00-\u9fff]+", tail) \
            or not (len(issuer + tail) <= ISSUER_MAX_CHARS and simplified(issuer + tail).endswith(tuple(voc["issuer_ends"]))):
        return title
    whole = issuer + compact(title)
    printed = (*(form for line in head[:over] for form in heading_forms(line)), *heading_forms(located.page_title or ""),
               *(compact(located.meta.get(key) or "") for key in voc["title"]))
    return issuer + title if whole in printed else title


def _posted_title_block(head, block: tuple[int, int], located: Located, to: int | None) -> bool:
    """The issuer's line and the 关于 line under it are the letter's own title block by the page's information
    line (来源：X, ``infoline.read_info_line``): the recipients line (``to``) stands right under the title and the
    line's source names the issuer line's body (a letter that signs nothing, its signature dropped with the page's
    copy, has no other witness), and the 关于 line is no page heading a site's name stands over (the page's heading
    prints it and no line over the issuer's prints it first).  Blindsynth session 57 seeds 2242, 6367, 7598 and
    holdout unsigned-lushan: before, the issuer's line was left out of the title."""
    over, end = block
    below = next((k for k in range(end, len(head)) if head[k].strip()), None)
    if to is None or below != to:
        return False
    issuer, title = compact(head[over]), compact("".join(head[over + 1:end]))
    heading = compact(located.page_title or "")
    if heading and heading == title and not any(compact(line) == heading for line in head[:over]):
        return False   # the 关于 line is the page's heading, the line over it the site's name
    info = read_info_line(located.decoded.text)
    source = compact(info.source) if info is not None and info.source else ""
    return bool(source) and (source == issuer or _signs_as(source, issuer))


def _under_a_headline(head, block: tuple[int, int], located: Located, to: int | None) -> bool:
    """The issuer's line and the 关于 line under it stand inside a page whose own heading is another text
    (a news site's headline, 芜湖市政府重要通知!, over a repost of the notice's title block with no letter): the
    two are the notice's title block, not a site's header over the page's heading (a header stands over the
    heading itself, which is then the 关于 line).  Asked only of a page printing no recipients line."""
    over, at = block
    heading = compact(located.page_title or "")
    if to is not None or not heading:
        return False
    issuer, title = compact(head[over]), compact(head[at])
    return (heading not in (issuer, title) and not title.startswith(heading) and not heading.endswith(title)
            and any(compact(line) == heading for line in head[:over]))


def _line_over(head, at: int) -> int | None:
    """The index of the line printed directly over ``head[at]``: the one before it, or in a copy that
    sets a blank line after every line (``hardwraps.blank_spaced``) the one before that blank; None at the top."""
    if at == 0:
        return None
    if head[at - 1].strip() or at < 2 or not head[at - 2].strip() or not blank_spaced(head):
        return at - 1
    return at - 2


def _in_letter_head(head, block: tuple[int, int], meta, voc, to: int | None) -> bool:
    """The issuer's line and the title lines under it (``block``: ``head[start:end]``) stand in
    the letter's head: the doc number alone on the line right over the issuer's (the number, then
    the title block), or right under the title (a gazette's or a portal's print, a gazette's with its date after
    it: ``letterlines.number_line_date``, or an export's run into the recipients line:
    ``_number_run_into_recipients``); or the
    recipients line (``to``) right under the title, the line naming the body that signs the
    letter or that the page's info box names as its issuer (a copy whose number went into the
    box).  A site's name over the page's heading (a page header: the page's information line
    under the heading, taken out as chrome) names the site, not the letter's signer."""
    start, end = block
    above = next((k for k in range(start - 1, -1, -1) if head[k].strip()), None)
    below = next((k for k in range(end, len(head)) if head[k].strip()), None)
    if (above is not None and is_number_line(head[above])) or (below is not None and (
            is_number_line(head[below]) or number_line_date(head[below])   # a gazette's number and date
            or _number_run_into_recipients(head[below]))):
        return True
    if below is None or below != to:
        return False
    issuer = compact(head[start])
    return (any(_signs_as(compact(line), issuer) for line in head[to + 1:]) or _signed_jointly(issuer, head[to + 1:])
            or any(compact(meta.get(key) or "") == issuer for key in voc["issuer"]))


#: a letter two or three bodies issue together signs with each body's name on a line of its own
JOINT_SIGNERS_MAX = 3


def _signed_jointly(issuer: str, lines) -> bool:
    """The title block's first line names the bodies that sign the letter one under the other (``中共某市委 某市人民政府``,
    spaced or run together, over ``关于印发…``; signed ``中共某市委`` over ``某市人民政府``, blank lines between them passed):
    two to ``JOINT_SIGNERS_MAX`` signature lines in a row, each naming in order the next piece of the line as
    ``_signs_as`` reads one signer (a district's line printing the short names, ``中共芦淞区委芦淞区人民政府``, its
    signature the full ones, ``中共株洲市芦淞区委`` over ``株洲市芦淞区人民政府``).  A letter the party committee and the
    government issue themselves prints its title block so (鄄城县 2023; blindsynth session 73 cause 1: before, only a
    line naming one signer was the title's, and the bodies' line was left out where no heading printed the whole title)."""
    names = [compact(line) for line in lines if line.strip()]
    return any(_names_in_turn(issuer, names[at:at + JOINT_SIGNERS_MAX], 0) for at in range(len(names)))


def _names_in_turn(issuer: str, signers: list[str], count: int) -> bool:
    """``issuer`` is the names ``signers`` sign, the first ones in turn, two at least (``count``: those read so far)."""
    if not issuer:
        return count >= 2
    if not signers:
        return False
    signer = signers[0]
    return any(_signs_as(signer, issuer[:cut]) and _names_in_turn(issuer[cut:], signers[1:], count + 1)
               for cut in range(len(issuer), 0, -1))


def _number_run_into_recipients(line: str) -> bool:
    """``line`` opens with a doc number run into the recipients line after it (``某街办发〔2021〕120号各社区居委会，
    街道各部门：``: a law database's or a site's export that lost the break, ``recipients._without_doc_number``): under
    the title it stands where the number alone would, in the letter's head."""
    s = compact(simplified(line))
    m = DOC_NUMBER_RE.match(s)
    return m is not None and m.end() < len(s) and s.endswith(COLONS)


def _signs_as(signer: str, issuer: str) -> bool:
    """The signature ``signer`` names the body of the title's issuer line: the same name, or the full
    name of which the line prints the short one, a city's or county's name before it
    (潍坊市 + 坊子区人民政府办公室; ``placename.is_bare_place``; a chain of listed places, 株洲市荷塘区 +
    茨菇塘街道办事处: ``placename.is_place_chain``, blindsynth bs22543), or a zone's office signing by the zone's
    official name whose short name the line prints (潍坊高新技术产业开发区管理委员会办公室 over 潍坊高新区管委会办公室:
    ``zones.signed_short_names``)."""
    party = next((word for word in PARTY_OPENERS if signer.startswith(word) and issuer.startswith(word)), "")
    if party and signer != issuer:   # the party committee's, its place given in full or short (中共株洲市芦淞区委 / 中共芦淞区委)
        return _signs_as(signer[len(party):], issuer[len(party):])
    return (signer == issuer or (signer.endswith(issuer) and (is_bare_place(signer[:-len(issuer)])
                                                             or is_place_chain(signer[:-len(issuer)])))
            or (len(signer) > len(issuer) and simplified(issuer) in signed_short_names(simplified(signer))))


def title_index(head, to: int | None, signed_at: int | None = None) -> int | None:
    """The line that opens the notice's title.  With a recipients line, the
    last opener above it: a page without content markup keeps its sidebar of
    other notices (关于印发…分工…的通知 links) above the letter, and the
    letter's own title is the one that stands right over its recipients.  With
    none, the last opener, unless it is an entry of a list of documents' titles
    (``titlelines.title_list``): then the last entry naming a division of tasks.
    An opener under the letter's signature (``signed_at``, the date closing the letter under its
    recipients line) is the attached plan's name (某市关于…若干政策 over the plan a page cut at the
    recipients prints after the letter), never the letter's title."""
    openers = [i for i, line in enumerate(head) if is_title_line(line)]
    if not openers:
        return None
    before = [i for i in openers if to is None or i < to]
    if not before:
        letter = [i for i in openers if signed_at is None or i < signed_at]
        return letter[0] if letter else None
    if to is None:
        # a list of documents' titles (a gazette's 目录) over a table with no heading of its own:
        # the table is the entry that names a division of tasks (``titlelines.names_division``)
        named = [i for i in title_list(head, before[-1]) if names_division(head[i])]
        if named:
            return named[-1]
    return before[-1]

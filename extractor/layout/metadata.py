"""Stage 4, metadata: doc number, title, recipients, issuer, date, table title.

Read from the cover letter: the lines before the first table (or the first
text-grid line).  The portal's metadata box (``Located.meta``) and the page
title fill what the letter does not say; a page with no letter at all is issued and
dated by the portal's information line (``infoline.py``).  The table title, the plan's heading
over its table or outline, is ``tabletitle.py``'s to find.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .dates import (control_line_date, find_date, is_date_line, meta_date, posted_labels, run_together_date,
                    shown_date)
from .headingtitle import completed, dated_in_brackets, heading_forms
from .infoline import InfoLine, read_info_line
from .newslead import is_unplaced, read_issuing_body, read_lead
from .recipients import may_be_recipients_line, split_recipients
from .tabletitle import (TITLE_MAX_EXTRA_LINES, find_table_title, heading_over_outline,
                         no_task_table)
from .titlelines import (TITLE_OPENER_WITHIN, is_title_line, names_division, opens_title as _opens_title, title_list,
                         without_column_tag as _without_column_tag)
from ..models import TABLE_MARK, Located, Metadata
from ..hanzi import simplified
from ..text import (DOC_NUMBER_RE, PINYIN_GLOSS_RE, close_cjk_gaps, compact, compare_key, doc_number_start,
                    is_attachment_mark, vocab)
from ..numbering import split_numbering

#: what a page without an information line says
NO_INFO = InfoLine(source=None, date=None, date_label=None)
_NO_NUMBER_RE = re.compile(r"(?:发文字号|文号)\s*[:：]\s*无")
_GRID_LINE_RE = re.compile(r"(^\|)|(\|\s*$)|\t|[│├┼┌└]")
#: the cover letter is read from at most this many lines: a letter's title, number,
#: recipients, paragraphs and signature fit; past them is the attachment's body
_MAX_HEAD_LINES = 60
#: a doc number stands in the first lines, over or under the title; further down a
#: 〔year〕N号 is a document the letter cites (lines of text: blank lines are not counted,
#: ``_first_lines``)
DOC_NUMBER_LINES = 15
#: a news item's lead sentence naming the notice (``newslead.py``) is among its first lines of text
LEAD_SENTENCE_LINES = 20
#: the recipients line (各县（市、区）人民政府：) is among the first lines of the letter
#: (lines of text, as ``DOC_NUMBER_LINES``)
RECIPIENTS_LINES = 20
#: a wrapped part of a long recipients list is shorter than this; a longer one is body text
RECIPIENTS_WRAP_MAX_CHARS = 120
#: the issuer signs in the lines right above the date
ISSUER_LINES_ABOVE_DATE = 3
#: a notice issued jointly (党政联合发文) is signed by each body on a line of its own, one right
#: over the other, over the date: its issuer is all of them, in the order printed, joined so
#: (中共某县委办公室、某县人民政府办公室), as one cell names several units
JOINT_ISSUER_SEP = "、"
#: an issuer's name is one line: the longest in the shipped registry is 19 characters
ISSUER_MAX_CHARS = 40
#: template sites strip the year's digits (深府〔9〕193): kept as printed when
#: it is the whole line, since it is still the notice's own number
_STRIPPED_NUMBER_RE = re.compile(r"^[\u4e00-\u9fa5]{1,15}\s*[〔\[【［]\s*\d{1,3}\s*[〕\]】］]\s*\d{1,5}\s*[号號]?$")


def parse_metadata(located: Located) -> Metadata:
    """Extract the document-level fields of one located notice."""
    voc = vocab()["metadata"]
    cover, text_grid, page_end = _cover(located)
    head = _under_text_heading(cover, voc)
    date_idx, date = find_date(head)
    if date_idx is None:
        date_idx, date = run_together_date(head, shown_date(located, voc), voc)
    if date_idx is None:   # a signature whose date is not shown (masked, cut) closes the letter too
        date_idx = _undated_signature_end(head, voc)
    to = _recipients_index(head)   # the recipients line, read once: the title, signature and issuer look for it
    recipients = _recipients(head, to)
    # a text-form attachment with no letter (no date, no recipients, no table): its outline's heading
    over_outline = (heading_over_outline(head) if date_idx is None and not recipients
                    and not located.grids and not located.tables else None)
    table_title = find_table_title(located, head, _signature_index(head, date_idx, to),
                                   page_end=page_end, over_outline=over_outline)
    lead = read_lead(_first_lines(head, LEAD_SENTENCE_LINES))   # a news item's sentence naming the notice
    title = _title(head, located, voc, lead, to)
    if title is None and lead is None and not recipients and (located.grids or located.tables or text_grid
                                                               or over_outline):
        title = table_title     # an attachment (or a table's text copy) with no letter: the heading over its table
    doc_number = _doc_number(head, located.meta, voc)
    # a page with no letter at all (no doc number, recipients or signature date): the portal's
    # line about the page says who posted it and when
    letterless = date_idx is None and doc_number is None and not recipients
    info = (read_info_line(located.decoded.text) if letterless else None) or NO_INFO
    # ... only when a body posted it: a line naming no body (作者：…, 来源：本站 on a repost site)
    # dates the repost, not the document
    if not (info.source and _signs(compact(info.source), voc)):
        info = NO_INFO
    # a brief saying only that a body issued a document of some kind (省政府就…提出分工意见)
    body = read_issuing_body(_first_lines(head, LEAD_SENTENCE_LINES)) if lead is None else None
    issuer = (_issuer(head, date_idx, located.meta, voc, to) or _issuer_in_title(title, voc)
              or (lead.issuer if lead is not None and lead.title == title else None)
              or (body if body and not is_unplaced(body) else None)
              or _issuer_of_number(doc_number, (title, table_title), voc)
              or (None if info.source is None or is_unplaced(info.source) else info.source))
    return Metadata(
        doc_number=doc_number,
        title=title,
        issuer=issuer,
        unplaced_issuer=body if issuer is None and body and is_unplaced(body) else None,
        # ... or, with no such line, among the page's controls (an e-paper's issue date)
        date=date or meta_date(located.meta, voc) or info.date or (control_line_date(head) if letterless else None),
        recipients=recipients,
        table_title=table_title,
    )


def cover_lines(located: Located) -> list[str]:
    """The lines before the first table / grid line (at most 60).

    A text-form notice (labelled lines, inline brackets) has no grid: its
    letter ends at the first numbered paragraph after the signature date.
    """
    return _cover(located)[0]


def _cover(located: Located) -> tuple[list[str], bool, bool]:
    """``cover_lines``, whether a text grid (any text form's table) ends them, and whether they run
    to the page's last line (no table under them: a banner or menu table passed over them aside)."""
    out = []
    signed = False
    passed = 0   # the banner and menu tables passed over the letter
    # a grid whose lines carry no separator marks (text-sp's letter-spaced header
    # 序 号 工 作 任 务 …, text-bl's header cells) ends the letter too
    from ..parse.forms import first_grid_line   # forms -> every text form's reader; imported late, as the one user
    grid_at = first_grid_line(list(located.lines))
    lines = located.lines if grid_at is None else located.lines[:grid_at]
    for line in lines:
        if line.startswith(TABLE_MARK) and not out and no_task_table(located, line):
            passed += 1
            continue    # a banner or menu row laid out as a table above the letter
        if line.startswith(TABLE_MARK) or _GRID_LINE_RE.search(line):
            break
        line = PINYIN_GLOSS_RE.sub("", line)
        if signed and split_numbering(line):
            break
        # the portal's 发布日期：… line over the letter is no signature: the letter goes on
        signed = signed or (is_date_line(line) and not line.lstrip().startswith(posted_labels()))
        out.append(line)
        if len(out) >= _MAX_HEAD_LINES:
            break
    return out, grid_at is not None, passed + len(out) == len(located.lines)


#: a letter under a heading (全文 / 内容全文) opens with its title within this many lines
TITLE_UNDER_HEADING_LINES = 3
#: a heading over the letter is a word or two
TEXT_HEADING_MAX_CHARS = 8


def _under_text_heading(head: list[str], voc) -> list[str]:
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
        if len(s) > TEXT_HEADING_MAX_CHARS or compare_key(s).rstrip(":：") not in labels:
            continue
        if any(_opens_title(simplified(x.strip())) for x in head[i + 1:i + 1 + TITLE_UNDER_HEADING_LINES]):
            start = i + 1
    return head[start:] if start else head


def normalize_doc_number(text: str) -> str:
    """Doc number as printed, with stray spaces removed and 號 -> 号."""
    return re.sub(r"\s+", "", text).replace("號", "号")


def _first_lines(head: list[str], count: int) -> list[str]:
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


def _doc_number(head, meta, voc) -> str | None:
    """The notice's own number: the first one in the letter's first lines that is not a citation
    (``_cited``), as printed there; the portal's info table's 文号 when the letter prints none, or
    prints another (a number the letter cites: the box's is the notice's own)."""
    boxed = next((normalize_doc_number(meta[key]) for key in voc["doc_number"]
                  if meta.get(key) and DOC_NUMBER_RE.search(meta[key])), None)
    for line in _first_lines(head, DOC_NUMBER_LINES):
        simple = simplified(line)  # 發文字號：無 / 東府辦〔2016〕12號
        if _NO_NUMBER_RE.search(simple):
            return None
        m = next((m for m in DOC_NUMBER_RE.finditer(simple) if not _cited(simple, m, voc)), None)
        if m and "关于" not in m.group("prefix"):
            printed = normalize_doc_number(line[doc_number_start(m):m.end()])
            return boxed if boxed and simplified(boxed) != simplified(printed) else printed
        if _STRIPPED_NUMBER_RE.match(line.strip()):
            return normalize_doc_number(line)
    return boxed


#: where a sentence ends, for what a citing word before a doc number may reach back over
_SENTENCE_END_RE = re.compile("[。！？；;!?]")


def _cited(simple: str, m: re.Match, voc) -> bool:
    """Whether the doc number ``m`` found in ``simple`` is one the text cites: it stands in the brackets
    right after a 《title》 (《…方案》（鲁政办字〔2023〕31号）), or its sentence holds a citing word before it
    (``[metadata] citing_words``: 根据, 按照 …; the number's own prefix included, 按照丙政发〔2021〕3号), not
    after a 关于 opening a title (关于贯彻落实…的意见 prints its own number after it)."""
    start = doc_number_start(m)
    if simple[:start].rstrip().endswith(("》（", "》(", "》〔", "》[")):
        return True
    if not any(w in simple for w in voc["citing_words"]):
        return False   # most lines: no citing word at all
    before = _SENTENCE_END_RE.split(simple[:m.start("year")])[-1]
    cites = [at for w in voc["citing_words"] if (at := before.find(w)) != -1]
    title = before.find("关于")   # 关于贯彻落实…的意见（某政发〔2021〕11号）: a title's words cite nothing
    return bool(cites) and not 0 <= title < min(cites)


def _title(head, located, voc, lead, to: int | None) -> str | None:
    at = _title_index(head, to)
    if at is not None:
        title = _without_column_tag(_title_lines(head, at, voc).strip())
        # a title whose kind of document the letter lost (…分解意见的 / 通知 gone): the heading's
        title = completed(title, (*head[:at], located.page_title), tuple(voc["title_ends"]))
        return close_cjk_gaps(_whole_title(head, at, title, located, voc, to))
    for key in voc["title"]:
        if located.meta.get(key):
            return located.meta[key]
    # a news item restating the notice names it in its lead sentence (``newslead.read_lead``; by its
    # kind alone, 印发通知，: no title printed); the page's own title is the item's headline then
    if lead is not None:
        return lead.title
    return None if is_attachment_mark(located.page_title) else located.page_title


def _title_lines(head, at, voc) -> str:
    """The title from its opening line ``head[at]`` on: the lines after it join until it
    ends with a word of ``[metadata] title_ends``, or up to a line that cannot carry a title on
    (``_continues_title``: a recipients line under a title whose last word the page lost).  That word with no 的 before it may stand
    inside the title (关于印发某县2022年农业农村发展计划 / 分解落实方案的通知): the lines
    after it join on when they close the title with 的 and its kind of document, up to a
    doc number, a recipients line, a date, a blank line or another title."""
    ends = tuple(voc["title_ends"])
    closes = tuple("的" + end for end in ends)
    following = head[at + 1:at + 1 + TITLE_MAX_EXTRA_LINES]
    title, n = head[at], 0
    while n < len(following) and not compact(simplified(title)).endswith(ends) and _continues_title(following[n]):
        title, n = title + following[n], n + 1
    joined = title
    for nxt in following[n:]:
        if compact(simplified(joined)).endswith(closes) or not _continues_title(nxt):
            break
        joined += nxt
    return joined if compact(simplified(joined)).endswith(closes) else title


def _continues_title(line: str) -> bool:
    """``line`` may carry on a title block: no blank, doc number, recipients line, date or title."""
    s = simplified(line.strip())
    return bool(s) and not (s.endswith((":", "：")) or DOC_NUMBER_RE.search(s) or is_date_line(s)
                            or _opens_title(s))


def _whole_title(head, at, title, located: Located, voc, to: int | None) -> str:
    """The title with its issuer when the body sets the issuer on a line of its own over
    关于… and the page's heading (an earlier line, or its <h1> / <title>) or its info box's
    title field (名称, ``[metadata] title``) prints the two as one title
    (某区人民政府办公室关于印发…的通知), or when the block is dated in brackets under the title
    (``headingtitle.dated_in_brackets``: a gazette's print), or when a red header (the issuer's
    name and 文件: ``[metadata] red_header_ends``) tops the document: under it the title block
    opens with the issuer's name; else ``title`` as read."""
    if at == 0 or not title.startswith("关于"):
        return title
    issuer = compact(head[at - 1])
    if not (len(issuer) <= ISSUER_MAX_CHARS and simplified(issuer).endswith(tuple(voc["issuer_ends"]))):
        return title
    whole = issuer + compact(title)
    printed = (*(form for line in head[:at - 1] for form in heading_forms(line)), *heading_forms(located.page_title or ""),
               *(compact(located.meta.get(key) or "") for key in voc["title"]))
    headers = {simplified(issuer) + end for end in voc["red_header_ends"]}
    red_header = any(compare_key(line) in headers for line in head[:at - 1])
    # a gazette's print: the date in brackets under the title, over the recipients (line ``to``)
    dated = dated_in_brackets(head[at + 1:min(at + 2 + TITLE_MAX_EXTRA_LINES, len(head) if to is None else to)])
    return issuer + title if whole in printed or red_header or dated else title


def _title_index(head, to: int | None) -> int | None:
    """The line that opens the notice's title.  With a recipients line, the
    last opener above it: a page without content markup keeps its sidebar of
    other notices (关于印发…分工…的通知 links) above the letter, and the
    letter's own title is the one that stands right over its recipients.  With
    none, the last opener, unless it is an entry of a list of documents' titles
    (``titlelines.title_list``): then the last entry naming a division of tasks."""
    openers = [i for i, line in enumerate(head) if is_title_line(line)]
    if not openers:
        return None
    before = [i for i in openers if to is None or i < to]
    if not before:
        return openers[0]
    if to is None:
        # a list of documents' titles (a gazette's 目录) over a table with no heading of its own:
        # the table is the entry that names a division of tasks (``titlelines.names_division``)
        named = [i for i in title_list(head, before[-1]) if names_division(head[i])]
        if named:
            return named[-1]
    return before[-1]


#: the recipients line stands right under the title: past its wrapped lines, a doc number and a date
#: at most (lines of text)
RECIPIENTS_UNDER_TITLE_LINES = TITLE_MAX_EXTRA_LINES + 2


def _recipients_index(head) -> int | None:
    """The recipients line: among the first lines of the letter ending in a colon (``recipients.may_be_recipients_line``),
    the one right under a line opening a title (``RECIPIENTS_UNDER_TITLE_LINES``), else the first.  A
    portal's box above the title labelled with a colon (政策解读： over its links) is no recipients line."""
    lines = _first_lines(head, RECIPIENTS_LINES)
    found = [i for i, line in enumerate(lines) if may_be_recipients_line(line.strip())]
    if len(found) > 1:
        for i in found:
            above = [k for k in range(i) if lines[k].strip()][-RECIPIENTS_UNDER_TITLE_LINES:]
            if any(is_title_line(lines[k]) for k in above):
                return i
    return found[0] if found else None


def _recipients(head, at: int | None) -> tuple[str, ...]:
    """The bodies the letter is sent to, from its recipients line ``at`` (``_recipients_index``)."""
    if at is not None:
        text = head[at].strip()[:-1]
    elif (at := _recipients_without_colon(head, _title_index(head, None))) is not None:
        text = head[at].strip()
    else:
        return ()
    # a long list wraps: the lines above that end in ， or 、 belong to it
    # (衢州: 各县（市、区）人民政府，市政府各部门、直属各单位，/ 中央和省驻衢各单位：)
    k = at - 1
    while k >= 0 and head[k].strip().endswith(("，", ",", "、")) and len(head[k]) < RECIPIENTS_WRAP_MAX_CHARS:
        text = head[k].strip() + text
        k -= 1
    return split_recipients(text)


def _recipients_without_colon(head, at: int | None) -> int | None:
    """A recipients line that lost its colon (a page cut it short): under the title
    (and its doc number: the title opens at ``at``), a line of bodies opening with 各 and no sentence in it."""
    if at is None:
        return None
    for k in range(at + 1, min(len(head), at + 2 + TITLE_MAX_EXTRA_LINES)):
        s = head[k].strip()
        if "。" in s or len(s) >= RECIPIENTS_WRAP_MAX_CHARS:
            return None
        if s.startswith("各") and ("，" in s or "、" in s) and not re.search(r"[：:；;]", s):
            return k
    return None


def _issuer(head, date_idx, meta, voc, to: int | None) -> str | None:
    if date_idx is not None:
        signature = [_signed_names(line, voc) for line in head[max(0, date_idx - ISSUER_LINES_ABOVE_DATE):date_idx]]
        for last in range(len(signature) - 1, -1, -1):
            if _signs(signature[last], voc):
                first = last
                while first > 0 and _signs(signature[first - 1], voc) and signature[first - 1] not in signature[first:]:
                    first -= 1
                return JOINT_ISSUER_SEP.join(signature[first:last + 1])
    for key in voc["issuer"]:
        # 某市人民政府(办公室): a box naming the body with a bracketed alternative names no issuer as
        # printed; the title's issuer comes first (``_issuer_in_title``)
        if meta.get(key) and not _BRACKET_RE.search(meta[key]):
            return meta[key]
    return _issuer_over_title(head, voc, to)


def _undated_signature_end(head, voc) -> int | None:
    """Where a letter signed without a shown date ends: the 附件 mark alone on its line
    (附件： over the plan) right under a signing body's line.  An aggregator's copy masks the
    date under the signature (``noise.strip_masks`` takes the mask out), a cut copy loses it; the
    mark then stands where the date would, and the signature is read above it as above a date.
    None when the first such mark has no signing line right over it."""
    for at, line in enumerate(head):
        if at and is_attachment_mark(line.strip()):
            above = next((compact(x) for x in reversed(head[:at]) if x.strip()), "")
            return at if _signs(above, voc) else None
    return None


_BRACKET_RE = re.compile(r"[（(〔\[【].*[)）〕\]】]")
#: a name in a signature line of several bodies is longer than this (中共某县委 …): a part only this
#: long is a piece of one name spaced out (某市发展 改革委), not a body of its own
JOINT_PART_MIN_CHARS = 4
_GAP_RE = re.compile(r"\s+")


def _signed_names(line: str, voc) -> str:
    """A signature line, compacted; one where bodies sign side by side, a space between their names
    (济南市人民政府办公厅　临沂市人民政府办公室), names them all joined with ``JOINT_ISSUER_SEP``, as
    when each signs on a line of its own.  A part is a name when it signs (``_signs``) and is more than
    an issuer's ending (某县人民政府 办公室 is one name)."""
    parts = _GAP_RE.split(line.strip())
    if len(parts) > 1 and all(len(p) >= JOINT_PART_MIN_CHARS and _signs(p, voc)
                              and simplified(p) not in voc["issuer_ends"] for p in parts):
        return JOINT_ISSUER_SEP.join(parts)
    return compact(line)


def _signs(s: str, voc) -> bool:
    """True for a (compacted) line that is a signing body's name: an issuer's ending, one line, no
    sentence or label punctuation."""
    return bool(s) and len(s) <= ISSUER_MAX_CHARS and simplified(s).endswith(tuple(voc["issuer_ends"])) \
        and not re.search(r"[，。,:：；;]", s)


def _issuer_over_title(head, voc, to: int | None) -> str | None:
    """Without a signature, the issuer printed on its own line over the title
    (德阳: 德阳市人民政府办公室 / 关于印发…的通知, date alone at the foot)."""
    at = _title_index(head, to)
    if not at:
        return None
    s = compact(head[at - 1])
    ends = tuple(voc["issuer_ends"])
    if len(s) <= ISSUER_MAX_CHARS and simplified(s).endswith(ends) and not re.search(r"[，。,:：；;〔\[【\d]", s):
        return s
    return None


def _issuer_in_title(title: str | None, voc) -> str | None:
    """Last, the name the title opens with (某市人民政府关于…的通知): a letter printed with
    no signature line and no box still says who issues it there.  A title that opens
    with 关于 names no issuer."""
    if not title:
        return None
    at = simplified(title).find("关于", 0, TITLE_OPENER_WITHIN)
    s = compact(title[:at]) if at > 0 else ""
    if s and simplified(s).endswith(tuple(voc["issuer_ends"])) and not re.search(r"[，。,:：；;《〔\[【\d]", s):
        return s
    return None


#: a place a doc number abbreviates, as a title prints it: its first character(s) (the number's),
#: at most this many more, and its level (儋 -> 儋州市; 州市 before 州, so 儋州 is never cut short)
PLACE_NAME_MAX_REST = 3
_PLACE_END = r"(?:州市|市|县|区|旗|州)(?![市县区])"


def _issuer_of_number(number: str | None, titles, voc) -> str | None:
    """Last of all, the issuer a doc number abbreviates (儋府办〔2021〕21号: 儋 + 府办 + kind), when
    the title names the place whose first characters the number prints (关于印发儋州市…的通知):
    a letter signed by its date alone, with no box, under a title opening with 关于.  The
    bodies and kinds are ``[metadata] number_bodies`` / ``number_kinds``."""
    m = DOC_NUMBER_RE.search(simplified(number)) if number else None
    if m is None:
        return None
    prefix = m.group("prefix")
    for kind in voc["number_kinds"]:
        if prefix.endswith(kind) and len(prefix) > len(kind):
            prefix = prefix[:-len(kind)]
            break
    for body, name in sorted(voc["number_bodies"].items(), key=lambda kv: -len(kv[0])):
        place = prefix[:-len(body)] if prefix.endswith(body) else ""
        if 0 < len(place) <= 2:
            rx = re.compile(re.escape(place) + r"[^省市县区州旗盟\d\s]{0,%d}?" % PLACE_NAME_MAX_REST + _PLACE_END)
            found = next((f for t in titles if t and (f := rx.search(simplified(t)))), None)
            return found.group(0) + name if found else None
    return None


def _signature_index(head, date_idx: int | None, at: int | None) -> int | None:
    """``date_idx`` when the date is the letter's signature; None for a date printed under the
    title, above the recipients line (``（二OO九年二月二十日）`` / doc number / ``各镇人民政府，…：``):
    the plan's heading is then looked for right above the items, as with no signature (``at``:
    the recipients line)."""
    if date_idx is None:
        return None
    return None if at is not None and date_idx < at else date_idx

"""Stage 4, metadata: doc number, title, recipients, issuer, date, table title.

Read from the cover letter: the lines before the first table (or the first
text-grid line).  The portal's metadata box (``Located.meta``) and the page
title fill what the letter does not say; a page with no letter at all is issued and
dated by the portal's information line (``infoline.py``).  The table title, the plan's heading
over its table or outline, is ``tabletitle.py``'s to find.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from .cover import first_lines, read_cover, under_text_heading
from .dates import (control_line_date, find_date, is_labelled_date_line, lead_date, meta_date, parse_date,
                    prints_digit_date, run_together_date, shown_date)
from .docnumber import find_doc_number
from .infoline import COUNTER_DATE_LABEL, InfoLine, dated_source_day, read_info_line
from .issuer import (box_issuer, issuer_in_title, issuer_of_number, read_issuer, signed_under_closing,
                     signed_under_table, signs, undated_signature_end, without_site_words)
from .letterlines import number_line_date
from .lettertitle import read_title, title_index
from .newslead import dates_a_lead, is_unplaced, read_day_lead, read_issuing_body, read_lead, reposts_report
from .pagetitle import without_dashed_name, without_home_name
from .recipients import read_recipients, recipients_index
from .siteowner import located_site_owner, names_own_site
from .headingwraps import grid_title_row, names_a_part
from .tabletitle import (announces_full_text, find_table_title, heading_over_outline, names_a_plan,
                         part_heading_title)
from .titlelines import without_own_number, without_page_number, without_place_label, without_site_tag
from ..hanzi import simplified
from ..models import OFFICE_SUFFIXES, Located, Metadata
from ..text import compact, titles_division, vocab

#: what a page without an information line says
NO_INFO = InfoLine(source=None, date=None, date_label=None)
#: a news item's lead sentence naming the notice (``newslead.py``) is among its first lines of text
LEAD_SENTENCE_LINES = 20


def parse_metadata(located: Located) -> Metadata:
    """Extract the document-level fields of one located notice."""
    voc = vocab()["metadata"]
    cover, grid_at, page_end = read_cover(located)
    head = under_text_heading(cover, voc)
    to = recipients_index(head)   # the recipients line, read once: the dates, title, signature and issuer look for it
    date_idx, date = find_date(head)
    if date_idx is not None and is_labelled_date_line(head[date_idx]):
        # a box's field (发文日期2024年04月02日) over a letter whose own date lost its words (2024年4月2) below it:
        # the letter's line signs it and ends the signature; before, the letter's end ran into the table's title
        signed_idx, signed = run_together_date(head, date, voc, to)
        if signed_idx is not None and signed_idx > date_idx:
            date_idx, date = signed_idx, signed
    if date_idx is not None and dates_a_lead(head, date_idx):
        date_idx = None   # the day over a lead printed a phrase a line dates its plan and signs no letter
    elif date_idx is None:
        date_idx, date = run_together_date(head, shown_date(located, voc), voc, to)
        if date_idx is None:   # a signature whose date is not shown (masked, cut) closes the letter too
            date_idx = undated_signature_end(head, voc, to)
    recipients = read_recipients(head, to)
    # a text-form attachment with no letter (no date, no recipients, no table): its outline's heading
    over_outline = (heading_over_outline(head, located.page_title) if date_idx is None and not recipients
                    and not located.grids and not located.tables else None)
    signed_at = _signature_index(head, date_idx, to)
    if signed_at is not None and signed_at < len(head) and date is None and (
            titles_division(head[signed_at].strip()) or signed_under_closing(head, signed_at, voc)):
        signed_at -= 1   # an undated letter closed by its list's own title (or its plan's name): the table's title
    table_title = find_table_title(located, head, signed_at, page_end=page_end, over_outline=over_outline,
                                   grid_at=grid_at, recipients_at=to)
    lead = read_lead(first_lines(head, LEAD_SENTENCE_LINES))   # a news item's sentence naming the notice
    title_at = title_index(head, to, signed_at if to is not None else None)
    title = read_title(head, title_at, located, voc, lead, to)
    if title is None and lead is None and not recipients and (located.grids or located.tables or grid_at is not None
                                                               or over_outline):
        # an attachment (or a table's text copy) with no letter: the heading over its table, unless it names only a
        # part of the document (第二部分 主動公開基本目錄: ``names_a_part``)
        title = None if names_a_part(located.lines, table_title) else table_title
    elif title_at is None and lead is None and not recipients and table_title and title != table_title:
        title = table_title if _announced(head, title, table_title, voc) else _printed_heading(title, table_title, voc)
        if title is None and _heads_page(head, table_title):
            title = table_title   # a text copy whose first line is the list's own heading: the page's heading
    # a numbered heading over the table naming a list (一、…任务分解表) names the table, not the notice: a part's
    table_title = table_title or part_heading_title(located, grid_at) or grid_title_row(located.lines, grid_at)
    doc_number = find_doc_number(head, located.meta, voc)
    title = without_own_number(title, doc_number)   # (鞍立政发〔2023〕2号立山区人民政府关于…: the number's)
    # a page with no letter at all (no doc number, recipients or signature date): the portal's
    # line about the page says who posted it and when
    letterless = date_idx is None and doc_number is None and not recipients
    # a page whose cover ends at its table may sign under it: the signature closes the page
    under = (signed_under_table(located.lines, voc) if date_idx is None and (grid_at is not None or located.tables)
             else None)
    info = (read_info_line(located.decoded.text) if letterless else None) or NO_INFO
    # ... only when a body posted it: a line naming no body (作者：…, 来源：本站 on a repost site)
    # dates the repost, not the document
    if not (info.source and signs(compact(info.source), voc)):
        info = _self_posted(info, located, voc)
    elif reposts_report(title or located.page_title, info.source):
        info = NO_INFO   # 江西省发布… posted by 环保部: the line dates and names the report, not the text
    # a brief saying only that a body issued a document of some kind (省政府就…提出分工意见)
    body = read_issuing_body(first_lines(head, LEAD_SENTENCE_LINES)) if lead is None else None
    posted_by = None if info.source is None or is_unplaced(info.source) else info.source
    # a letterless page's line about it names its issuer: a name over its heading is then the site's
    # page header (深圳市某区人民政府 over the plan a 区 bureau posted), not a letter's issuer line
    # a mirror's brand standing in the box's issuer field (金宝博-金宝博官网 办公室) names no body
    meta = without_site_words(located.meta, located.site_pieces, voc)
    issuer = (read_issuer(head, date_idx, meta, voc, None if posted_by else title_at)
              # (a site's category tag or place label before it is no word of the name: 【发改方案】江西省人民政府办公厅关于…)
              or issuer_in_title(without_site_tag(without_place_label(_as_heading_prints(title, head, title_at))), voc)
              or (lead.issuer if lead is not None and lead.title == title else None)
              or (body if body and not is_unplaced(body) else None)
              or issuer_of_number(doc_number, (title, table_title), voc)
              or box_issuer(meta, voc, bracketed=True)   # 某区政府(办公室), as printed
              or posted_by
              # an unnumbered letter no name signs (its seal an image): the body the line about the page names
              or (_posting_body(located, voc) if doc_number is None and not letterless else None))
    # a site's place label before the title (（湖北省）武汉市…方案) is no word of it, nor of the table's,
    # nor is a site's category tag in 【】 (【年度重点任务分解及完成情况】某县…汇总表), nor a site's name a dash puts
    # after the title (…的通知-欧洲杯网络平台: a spam mirror's heading)
    title, table_title = (without_site_tag(without_place_label(t)) for t in (title, table_title))
    title = without_page_number(without_dashed_name(title)) if title else title
    # ... or a mirror's brand glued after a report's headline, the page's home link printing it (…断流-明升体育)
    title = without_home_name(title, located.decoded.text) if title else title
    # a document site's file name over its preview: the heading as the document's own text prints it
    title, table_title = (_as_text_prints(t, located.lines) for t in (title, table_title))
    return Metadata(
        doc_number=doc_number,
        title=title,
        issuer=issuer,
        unplaced_issuer=body if issuer is None and body and is_unplaced(body) else None,
        date=date or _gazette_date(head, title_at) or meta_date(located.meta, voc)
        or (parse_date(under) if under else None)
        # ... or the day a news item's lead gives for the notice it names (2月23日，某厅印发《…》)
        or (lead_date(lead.day, shown_date(located, voc)) if lead and lead.day and lead.title == title else None)
        # ... or, with no such line, among the page's controls (an e-paper's issue date)
        or info.date or (control_line_date(head) if letterless else None)
        # ... or, for an unnumbered letter that no signature dates, the date of the line about the page
        # that names its body with its place (as that line then names its issuer: ``_posting_body``)
        or (_posting_date(located, voc) if doc_number is None and not letterless and date_idx is None
            and not prints_digit_date(head, to) else None)
        # ... or, for a page with no letter, the day its lead opens with before the body that issued it
        or (_day_lead_date(head, located, voc) if letterless else None),
        recipients=recipients,
        table_title=table_title,
    )


def _day_lead_date(head, located: Located, voc) -> str | None:
    """ISO date of the day a letterless page's lead opens with, a body and its verb after it (``newslead.read_day_lead``:
    ``8月30日，市创文办通报…``), in the year of the date the page shows or of the day a news site's line of the day
    and source prints (``infoline.dated_source_day``; ``dates.lead_date``)."""
    day = read_day_lead(first_lines(head, LEAD_SENTENCE_LINES))
    if day is None:
        return None
    return lead_date(day, shown_date(located, voc) or dated_source_day(located.decoded.text))


def _as_text_prints(title: str | None, lines: Sequence[str]) -> str | None:
    """``title`` as the document's own text prints it, where ``title`` was read from a file's name on a line of
    its own (a document site's page over its preview: ``某市贯彻落实《某省若干措施》实施方案.docx``) and a later
    line opens with the same words without the name's book marks (the preview's text: ``某市贯彻落实某省若干措施
    实施方案为贯彻…``): the file's name is the uploader's, the heading over the text the document's.  Else
    ``title`` as it is (holdout pptpreview-jiaxing, batch 55)."""
    if not title or "《" not in title:
        return title   # most titles
    bare = title.replace("《", "").replace("》", "")
    at = next((i for i, line in enumerate(lines)
               if line.strip().startswith(title) and line.strip()[len(title):].lower() in OFFICE_SUFFIXES), None)
    if at is None:
        return title
    return bare if any(line.lstrip().startswith(bare) for line in lines[at + 1:]) else title


def _posting_date(located: Located, voc) -> str | None:
    """The date of the page's information line when that line names a body with its place as its source
    (``_posting_body``: 发布时间：2021-04-01 09:11 信息来源：芜湖市人民政府), else None: the portal of the body that
    wrote the letter posted it, and a letter whose signature and date the copy does not print is dated by that
    posting (leadlines-wuhu-2021-1).  A repost site's line names no such body, so it dates nothing; nor is it
    asked where the letter printed a date as digits alone that was not read (2024111: 1-11 or 11-1,
    ``dates.prints_digit_date``): that letter has a date, only not one the page settles."""
    info = read_info_line(located.decoded.text)
    return info.date if info is not None and info.date and _posting_body(located, voc) else None


def _heads_page(head: list[str], table_title: str) -> bool:
    """The page's first line of content is the list's heading (``table_title``) as read: a text copy with no
    title line and no page heading of its own (no ``<h1>``, no ``<title>``) heads its page with it, so it titles the
    notice too (tests/fixtures/README.md: a page whose content prints no title line is titled by the page's
    heading; holdout wraplines-unplaced, batch 60: a document site's preview whose first line is the document's
    name).  Asked with a signature too: a document site's preview opening inside the letter, under the page's
    heading, signs and dates it with no title line (blind67's cause 2: bs22903 and 17 item lists of seeds 1-8000;
    before, only a letterless page was so titled)."""
    # (past a bar of links over it: 登录 | 注册 | 无障碍, the generator's bs7919)
    first = next((line for line in head if line.strip() and not _is_link_words(line)), None)
    if first is None:
        return False
    key, heading = compact(first), compact(table_title)
    # a copy run into one line glues the site's field line to the heading (…任务分工栏目:实施方案发布:…): bs519
    return key == heading or (key.startswith(heading) and _FIELD_LABEL_RE.match(key[len(heading):]) is not None)


#: a site's field label right after a heading a one-line copy glued them (栏目:, 来源：)
_FIELD_LABEL_RE = re.compile(r"[\u4e00-\u9fff]{2,4}[:：]")


#: a word of a portal's bar of links (登录 | 注册 | 无障碍) holds at most this many characters
LINK_WORD_MAX_CHARS = 6


def _is_link_words(line: str) -> bool:
    """``line`` is a bar of links between pipes: two words or more, each short (``LINK_WORD_MAX_CHARS``), no
    clause mark in any."""
    words = [w.strip() for w in line.split("|")]
    return len(words) >= 2 and all(0 < len(w) <= LINK_WORD_MAX_CHARS and not _CLAUSE_RE.search(w) for w in words)


_CLAUSE_RE = re.compile(r"[，。,；;：:！!？?]")


def _printed_heading(title: str | None, table_title: str, voc) -> str | None:
    """The title of a page with no letter (no title line, no recipients, no news lead) whose content prints its list's
    own heading (``table_title``), when what the page's frame gives instead is no document's title: the portal box's
    标题 field with the posting body's name before that heading (周村区农业农村局 + 2023年二季度…完成情况: the field
    names the post, ``signs``), or a page heading that reports the document's issue, ending in one of ``[metadata]
    lead_verbs`` (a news item's headline, …部门分工出台, over the 分工 it prints; ``_reports_issue``), where the list's
    heading names a document by its kind (``tabletitle.names_a_plan``).  Else ``title`` as read (a progress report's heading, …完成情况,
    over its …一览表, is the page's own title)."""
    if not title:
        return title
    key, heading = compact(title), compact(table_title)
    if key.endswith(heading) and signs(key[:-len(heading)], voc):
        return table_title
    if _reports_issue(title, voc) and names_a_plan(table_title):
        return table_title
    return title


def _reports_issue(title: str, voc) -> bool:
    """``title``, a page's heading, reports a document's issue: it ends in one of ``[metadata] lead_verbs``
    (…部门分工出台), or a clause of it before a space does (a news headline of two clauses:
    ``成都2022年目标任务责任分解方案公布 448项工作明确牵头单位``)."""
    verbs = tuple(voc["lead_verbs"])
    return any(simplified(piece).endswith(verbs) for piece in title.split() if piece)


def _as_heading_prints(title: str | None, head, at: int | None) -> str | None:
    """The title as its heading line prints it, spaces and all, where that line is the title (compacted it reads the
    same): a space there may part two issuing bodies (``issuer.issuer_in_title``); else the title as read."""
    if title and at is not None and 0 <= at < len(head) and compact(head[at]) == title:
        return head[at].strip()
    return title


def _announced(head: list[str], title: str | None, table_title: str, voc) -> bool:
    """The list's heading (``table_title``) is printed right under a repost's line saying the whole text follows
    (以下为方案全文：, ``tabletitle.announces_full_text``) and the page's headline (``title``) tells of an issue, one
    of ``[metadata] lead_verbs`` anywhere in it (贵州出台行动方案：…): the headline is the news item's, the heading the
    document's title.  A headline that tells of no issue (…工作情况通报) names a document of its own and stays."""
    if not title or not any(verb in simplified(title) for verb in voc["lead_verbs"]):
        return False
    key = compact(table_title)
    lines = [line for line in head if line.strip()]
    at = next((k for k, line in enumerate(lines) if compact(line) == key), None)
    return at is not None and at > 0 and announces_full_text(lines[at - 1])


def _posting_body(located: Located, voc) -> str | None:
    """The body the page's information line names as its source (信息来源：芜湖市教育局), printed with its
    place; None for a line naming no body or one without its place (``newslead.is_unplaced``)."""
    info = read_info_line(located.decoded.text)
    source = info.source if info is not None else None
    return source if source and signs(compact(source), voc) and not is_unplaced(source) else None


#: a gazette prints its number and date on one line right under the title, within these lines of text of the title's
#: first (a title wrapped over three lines: 四川省人民政府 / 关于落实…重点工作 / 部门分工的意见)
GAZETTE_DATE_WITHIN = 4


def _gazette_date(head, title_at: int | None) -> str | None:
    """The date a gazette prints after the doc number on one line under the title (``川府发〔2011〕8号　二○一一年三月
    十七日``, ``letterlines.number_line_date``), for a notice no signature dates (gazetteparas-sichuan-2011-8), or None.
    Blank lines are not counted: a copy setting a blank line after every line (``hardwraps.blank_spaced``) prints the
    number line under a title over three lines seven lines down (blindsynth seeds 3737, 4678: the date was lost)."""
    if title_at is None:
        return None
    texts = [line for line in head[title_at:] if line.strip()][:GAZETTE_DATE_WITHIN]
    return next((d for line in texts if (d := number_line_date(line))), None)


def _self_posted(info: InfoLine, located: Located, voc) -> InfoLine:
    """A line whose source names the site itself (``[metadata] info_self_sources``: 来源：本网; or by the site's own
    name, the text of its link to the site's home: ``siteowner.names_own_site``, 来源：温州督考网) on a site a body runs
    (``siteowner.located_site_owner``: its <title> or footer names one): the body's own posting, dated by the line,
    issued by no name the line prints; on a site no body runs (a repost site), or with any other source, ``NO_INFO``."""
    if info.source is None and info.date is not None and info.date_label == COUNTER_DATE_LABEL:
        # a site's own article line (2020-03-10 10:45 (点击: …): ``infoline._dated_counter``) on a site a body runs
        return info if located_site_owner(located) is not None else NO_INFO
    if info.source is None or info.date is None or (simplified(compact(info.source)) not in voc["info_self_sources"]
                                                    and not names_own_site(info.source, located.decoded.text)):
        return NO_INFO
    if located_site_owner(located) is None:
        return NO_INFO
    return InfoLine(source=None, date=info.date, date_label=info.date_label)


def _signature_index(head, date_idx: int | None, at: int | None) -> int | None:
    """``date_idx`` when the date is the letter's signature; None for a date printed under the
    title, above the recipients line (``（二OO九年二月二十日）`` / doc number / ``各镇人民政府，…：``):
    the plan's heading is then looked for right above the items, as with no signature (``at``:
    the recipients line)."""
    if date_idx is None:
        return None
    if at is not None and date_idx < at:
        return None
    # the date's line printed again right under itself (a law database's copy: 2017年4月5日 / 2017年4月5日, or
    # session 50's digits 2025119 / 2025119) signs once: the letter ends past the copy (blindsynth session 75 causes 2-3:
    # before, the second digits line opened the plan's name as the table title)
    below = next((k for k in range(date_idx + 1, len(head)) if head[k].strip()), None)
    if below is not None and compact(head[below]) == compact(head[date_idx]):
        return below
    return date_idx

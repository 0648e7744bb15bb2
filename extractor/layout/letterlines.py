"""Stage 4, metadata: parts of a letter printed alone on their lines - the doc number (``is_number_line``; a gazette's with
its date after it, ``number_line_date``), the
recipients line (``may_be_recipients_line``) - and a title's closing kind of document (``ends_like_title``).

Asked by the metadata readers (``lettertitle``, ``recipients``) and, before them, by the locate stage's
hard-wrap joiner (``parse/hardwraps.join_hard_wraps``, given ``opens_letter_line``): a wrap never runs a
title into the letter's line under it.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .dates import date_label_re, is_date_line, parse_date
from .infoline import is_info_line
from .issuer import is_signed_digits, signs
from .metabox import box_labels
from .numbertail import is_damaged_number
from .titlelines import is_title_line, names_division, title_kind_end, without_title_marks
from ..hanzi import simplified
from ..parse.wrapwidth import SENTENCE_END
from ..text import (COLONS, DOC_NUMBER_RE, compact, compare_key, is_attachment_mark, names_attached_list,
                    titles_division, vocab)

#: a recipients line is shorter than this; a longer line ending in ： is a sentence
RECIPIENTS_MAX_CHARS = 200
#: a line opening with a year (2016年是…的开局之年，…完成情况良好：) says something of that year: a news item's line leading
#: in to the targets it lists, no recipients line (a letter's names its bodies: 各县（市、区）人民政府：)
_OPENS_WITH_YEAR_RE = re.compile(r"(?:19|20)\d\d年")
#: a day's date inside a line (…于 2018 年 6 月 11 日召集…：): a sentence telling what was done, no list of recipients
_HOLDS_DAY_RE = re.compile(r"(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")


def is_number_line(line: str) -> bool:
    """``line`` is a doc number and nothing more (in brackets too: （某政发〔2020〕4号）), or one a copy damaged
    (``is_damaged_number``: 湘政发〔20231; blindsynth seed 12271: before, the title block over such a number lost its
    issuer's line)."""
    s = compact(simplified(line)).strip("（）()")
    m = DOC_NUMBER_RE.match(s)
    return (m is not None and m.end() == len(s)) or is_damaged_number(line)


def number_line_date(line: str) -> str | None:
    """The ISO date of a line that is a doc number and then a date, nothing more (``川府发〔2011〕8号　二○一一年
    三月十七日``: a gazette prints them so under the title, the date standing in for the signature), else None."""
    s = compact(simplified(line))
    m = DOC_NUMBER_RE.match(s)
    return parse_date(s[m.end():]) if m is not None and m.end() < len(s) and is_date_line(s[m.end():]) else None


def opens_letter_line(text: str, above: str, below: str) -> bool:
    """``text``, a line under one that reached a hard wrap's width (``above``; ``below``: the next line
    of text), is a part of the letter printed alone, no wrapped line's rest: a doc number or a date (no
    wrap leaves a whole one on a line of its own), or, under a line ending like a title (…的通知: a title
    as wide as the wrap, or a few characters short of it), the recipients line or the page's information
    line (``infoline.is_info_line``: 时间：… 来源：…, under the page's heading; before session 45 a heading a
    few characters short of the wrap took it and the title printed again under it in, and the notice lost
    its title: blindsynth BLIND5201 cause 6); a body's name alone (``issuer.signs``) over a title line (the
    issuer's line of a title block) or over a date (the signer), a date that lost its 年, 月 and 日 too
    (``issuer.is_signed_digits``: 2019119; before session 51 the signer ran into a letter's last line that
    filled the width with its full stop, the letter had no end and no table title: blindsynth seed 9992).  So is a gazette's number and date on one line
    (``number_line_date``: a whole date ends it, so no wrap cut it either), and any line under it or under a doc
    number alone (a line that is whole goes on in no other; before session 48 a hard-wrapped gazette's title ran
    into its number line, or that line into the recipients line, blindsynth cause 2 of session 48), and an
    attachment's mark alone (``附件``, ``附件2``: ``text.is_attachment_mark``) over the attached plan, and any line
    under an attachment's line naming a list whole (``附件：某市…责任分工表``, ``names_attached_list``: a list's
    name ends the line; the plan's heading printed again under it ran into it), and a list's own title alone
    (``text.titles_division``: 某市2020年…任务责任分工表) under a line that ended its sentence: a wrap's rest goes on
    with the sentence's words, and a paragraph that filled the width to its full stop ends there, the plan's heading
    under it (blindsynth seed 6324: a letter's last point, 36 characters to its 。 at a width of 36, took the heading
    and the table lost its title).  So is the first of two bodies' names alone one over the other under a line that
    ended its sentence: the signature of a letter two bodies issue (中共某区委 over 某区人民政府; blindsynth session 73
    cause 7, bs5956: before, the party's line ran into the letter's last sentence and the issuer was the government
    alone)."""
    if (is_number_line(text) or is_date_line(text) or number_line_date(text) is not None or is_attachment_mark(text)
            or ends_like_title(above) and (
            may_be_recipients_line(text) or is_info_line(simplified(text)))):
        return True
    if is_number_line(above) or number_line_date(above) is not None or names_attached_list(above):
        return True
    if titles_division(text) and above.rstrip().endswith(SENTENCE_END):
        return True   # the plan's own heading under the letter's last sentence, that filled the width (bs6324)
    voc = vocab()["metadata"]
    return signs(compact(text), voc) and (is_title_line(below) or is_date_line(below) or is_signed_digits(below)
                                          # the first of two bodies signing one under the other, under the letter's
                                          # last sentence that filled the width (bs5956: 中共某区委 over 某区人民政府)
                                          or (above.rstrip().endswith(SENTENCE_END) and signs(compact(below), voc)))


def ends_like_title(line: str) -> bool:
    """``line`` ends with a title's closing 的 and kind of document (…的通知, …的实施意见), the 《》 a site prints round
    a whole title line aside (``titlelines.without_title_marks``: ``《关于印发…的通知》`` over the recipients line
    ran into it in a hard-wrapped copy, blindsynth session 75 cause 1)."""
    return title_kind_end(compact(simplified(without_title_marks(line.strip())))) is not None


def may_be_recipients_line(s: str) -> bool:
    """A line (stripped) that may be the recipients line: short, ending in a colon, no sentence, no title,
    date or label of the text under it or of the page's information (``_no_recipients_labels``), no
    list's heading (its words name a division of tasks: 某区本级重点工作责任分解：, ``names_division``),
    no line leading in to what follows (``[outline] lead_in_words``: 现将任务明确如下：, 着力抓好以下十项重点
    工作：; until session 51 only 如下 was known here, and a letterless 工作要点's line announcing its parts
    was read as its recipients, holdout huitong-qinhuangdao), no line opening with a year (``_OPENS_WITH_YEAR_RE``:
    a news item's lead-in, holdout thiswork-guowuyuan, session 68), no line holding a day's date (``_HOLDS_DAY_RE``:
    a report's ``某中学于 2018 年 6 月 11 日召集…，自查中发现下列不足：``, holdout schoolreport-shangzhou, batch 120, was read as
    three recipients); ``recipients.recipients_index`` chooses among such lines."""
    return (s.endswith(COLONS) and len(s) < RECIPIENTS_MAX_CHARS and not simplified(s).startswith("关于")
            and not date_label_re().match(s) and not _leads_in(s) and "。" not in s
            and _label_key(s[:-1]) not in _no_recipients_labels() and not is_attachment_mark(s)   # 附件： over the plan
            and not names_division(s[:-1]) and compare_key(s[:-1]) not in _text_labels()
            and not _OPENS_WITH_YEAR_RE.match(s) and not _HOLDS_DAY_RE.search(s))


#: a list's bullet before a label (• 索引号:, - 来源:): no word of it
_BULLET_RE = re.compile(r"^[^\w（(【\[]+")


def _label_key(label: str) -> str:
    """``label`` as ``_no_recipients_labels`` holds it: compared without white space, in simplified characters, a list's
    bullet before it dropped (a text copy of a box printed as a list: ``• 索引号:`` over its value)."""
    return _BULLET_RE.sub("", compare_key(label))


@lru_cache(maxsize=1)
def _text_labels() -> frozenset[str]:
    """The label words of a measure's text (``roles.text_label_words``: 主要内容, 工作任务 …): alone with their colon
    they lead in to the items under them (上海's 2004 重点工作 prints ``主要内容：`` under each part's assignment,
    holdout mainresp-shanghai, batch 57: before, a page with no letter read it as its recipients)."""
    from ..parse.roles import text_label_words   # the parse stage's vocabulary, read once
    return frozenset(compare_key(w) for w in text_label_words())


def _leads_in(s: str) -> bool:
    """``s`` holds a word leading in to what follows it (``[outline] lead_in_words``: 如下, 以下)."""
    return any(word in s for word in vocab()["outline"]["lead_in_words"])


@lru_cache(maxsize=1)
def _no_recipients_labels() -> frozenset[str]:
    """Labels that, alone with their colon, are no recipients line: a label of the text under
    it (``[metadata] body_labels``: 正文：) and a label of the portal's page information whose
    value is missing (``[boilerplate] info_labels``: a hit counter 访问量： a script fills in), or a word of
    its tool bar (``[boilerplate] tool_words``: 分享： over the share buttons' icons, on a line of its own
    under the date bar), or a doc-number field left empty (``[metadata] doc_number``: a law site's ``文号 :`` over
    a letter that has no number; blind67's raw copies bs1850, bs4066, bs6434 and the kept-back bs23418: before,
    ``文号`` was the notice's one recipient), or a committee roster's post (``[metadata] roster_posts``: 主　任：
    over a member's name and post, holdout rosterduty-kexie-undated-1), or any label of a portal's information box
    (``metabox.box_labels``: 索引号, 主题分类, 发文机构 …; ``[metadata] box_other_labels``: 有效性, 内容概述), which a
    text copy of a box printed as a list sets alone on its line over its value or over nothing (``• 索引号:`` /
    ``  032271614/2020-56264``: blindsynth's thirty-sixth stream, 31 notices of seeds 1-8000 before)."""
    voc = vocab()
    return (frozenset(voc["metadata"]["body_labels"]) | frozenset(voc["boilerplate"]["info_labels"])
            | box_labels() | frozenset(voc["metadata"]["box_other_labels"])
            | frozenset(voc["boilerplate"]["tool_words"]) | frozenset(voc["metadata"]["doc_number"])
            | frozenset(voc["metadata"]["roster_posts"]))

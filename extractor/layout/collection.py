"""A model-text site's page of several texts (tests/fixtures/README.md "Several texts on one page"): the site
prints each text under a label numbering it (``创建文明城市工作方案篇一`` … ``篇十``, ``【第2篇】``), and the notice is the
first text.  ``next_text_label`` tells the label of a LATER text, where the content ends (``cleanlines.clean_text_lines``):
a short line, no sentence mark, closing with the count word (``[html] collection_count_words``: 篇) and an ordinal of
2 or more, or such a word and ordinal in a bracket alone (``【第2篇】``), or 第, an ordinal in digits, the word and a
colon before the text's own name (``第2篇:巡察反馈意见整改措施``, holdout runlabels-chuxiong), printed only after a label of
the same form numbering the first text.  A plan's part headings (``第二篇　加快构建现代产业体系``) print the ordinal before the word
and a title after it, and are no label so.  Holdout tentexts-collection-2022-1 (batch 68)."""
from __future__ import annotations

import re
from functools import lru_cache

from ..hanzi import simplified
from ..numbering import cn_to_int
from ..numerals import cn_run
from ..text import SENTENCE_ENDS, vocab

#: a text's label is at most this long (the collection's name and the ordinal)
LABEL_MAX_CHARS = 40
#: a label closing with 第, its ordinal and the count word (…范文第1篇) prints at least this many characters of the
#: collection's name before them
ORDINAL_NAME_MIN_CHARS = 2


@lru_cache(maxsize=1)
def _label_res() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    words = "|".join(map(re.escape, vocab()["html"]["collection_count_words"]))
    number = f"(\\d{{1,2}}|{cn_run('{1,3}')})"
    tail = re.compile(f"(?:{words}){number}$")                     # …工作方案篇二
    # 【第2篇】 alone, or with the kind of text after it (【第2篇】民生实事项目任务清单)
    bracket = re.compile(f"^[【\\[（(]第?{number}(?:{words})[】\\]）)](?![、，,.．])(.*)$")
    # 第2篇:巡察反馈意见整改措施: a site's count in digits and a colon before the text's own name (a plan's part
    # heading numbers its parts in words, 第二篇　…, and may print a colon after them)
    colon = re.compile(f"^第(\\d{{1,2}})(?:{words})[:：]")
    # 监理例会的会议纪要范文第1篇: the collection's name, then 第, the ordinal and the word closing the line (a plan's
    # part heading prints its title after the word, or stands alone: a name before 第 is asked)
    ordinal = re.compile(f"^[^第]{{{ORDINAL_NAME_MIN_CHARS},}}第{number}(?:{words})$")
    return tail, bracket, colon, ordinal


def text_label(line: str) -> tuple[str, int] | None:
    """(the label's form, its ordinal) when ``line`` is a site's label of one text of a collection, else None."""
    s = simplified(line.strip())
    if not s or len(s) > LABEL_MAX_CHARS or any(mark in s for mark in SENTENCE_ENDS):
        return None
    tail, bracket, colon, ordinal = _label_res()
    for form, pattern in (("tail", tail), ("bracket", bracket), ("colon", colon), ("ordinal", ordinal)):
        if (m := pattern.search(s)) is not None:
            ordinal = cn_to_int(m.group(1))
            kind = m.group(2).strip(" \u3000") if form == "bracket" else ""
            # the kind after a bracket is part of the form: a collection's labels repeat its one kind
            # (【第1篇】X … 【第2篇】X), a plan's part headings each print their own title
            return (f"{form} {kind}" if kind else form, ordinal) if ordinal is not None else None
    return None


def next_text_label(line: str, seen: list[str]) -> bool:
    """``line`` labels a later text of a collection whose first text's label stands in ``seen`` (the content's
    lines so far): the content ends there."""
    label = text_label(line)
    if label is None or label[1] < 2:
        return False
    return any(text_label(s) == (label[0], 1) for s in seen)


def without_first_label(line: str, seen: list[str]) -> list[str]:
    """The first text's lines ``seen`` without the site's label over it, once ``line`` (``next_text_label``)
    labels the next text of the collection: the label (``【第1篇】民生实事项目任务清单``) names a kind of text the
    site gathered, no title of the notice nor of its table."""
    label = text_label(line)
    first = (label[0], 1) if label is not None else None
    return [s for s in seen if first is None or text_label(s) != first]


def heads_collection(heading: str | None, page: str) -> bool:
    """``heading`` (the page's own heading, ``Located.page_title``) names a model-text site's collection, not the
    notice: the label of the collection's first text opens with it (``监理例会的会议纪要`` over
    ``监理例会的会议纪要范文第1篇``: a site files a county's 实施意见 under a title searched for another kind of text),
    as printed in ``page`` (the decoded page; the label's line ends at a tag or a line break).  Such a heading gives
    no title (tests/fixtures/README.md, title: "a heading naming only the site or a column gives none"; holdout
    modelunitlines-county-2005-1, batch 115).  Only a page printing a count word is read further."""
    if not heading or not any(word in page for word in vocab()["html"]["collection_count_words"]):
        return False
    if _counted_heading_re(heading).search(page):
        return True   # 小编精心整理的12篇社区办公室人员: the site counts its texts by the heading's name
    at = page.find(heading)
    while at >= 0:
        window = page[at:at + LABEL_MAX_CHARS + 1]   # (a label is short: no scan to the page's end per heading)
        line = window.split("<", 1)[0].split("\n", 1)[0].strip()
        label = text_label(line) if len(line) > len(heading) else None
        if label is not None and label[1] == 1:
            return True
        at = page.find(heading, at + len(heading))
    return False


def _counted_heading_re(heading: str) -> re.Pattern:
    """The heading printed right after a count of texts (``12篇社区办公室人员``: a model-text site's blurb, 下面是小编精心整理的
    12篇…) or right before one in a bracket (``社区办公室人员(精选12篇)``): the site names its collection so, never a
    notice (holdout collectgu-county-undated-1, batch 126, whose h1 prints the collection's name alone)."""
    words = "|".join(map(re.escape, vocab()["html"]["collection_count_words"]))
    count = f"(?:\\d{{1,3}}|{cn_run('{1,3}')})"
    name = re.escape(heading)
    return re.compile(f"{count}(?:{words}){name}|{name}\\s*[（(](?:精选)?{count}(?:{words})[）)]")

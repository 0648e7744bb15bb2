"""The portal's information line about a page (来源：… 发布时间：… 浏览次数：…).

Under a page's heading most portals print who posted the page and when, with other labels
(作者, 浏览次数, the font control).  The locate stage drops that line as chrome; for a page that
carries no letter at all (a department's plan posted alone, a news report: no doc number, no
recipients, no signature date) it is the only place that says who issues the text and when,
so ``metadata.parse_metadata`` reads it then (docs/forms.md).  It is read from the decoded
page, markup skipped, as ``dates.shown_date`` reads a 发布日期: the first run of two or more
labels (``text.info_label_re``: ``[metadata] info_sources`` / ``info_dates`` and the ``[boilerplate]
info_labels``, the set the locate stage drops such a line by) standing close together.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .dates import DATE_LINE_MAX_CHARS, parse_date, unglossed
from ..hanzi import simplified
from ..text import COLONS, PINYIN_GLOSS_RE, alternation, info_label_re, vocab

#: one label of the line follows the one before it within this many characters of the page
#: (markup counted: a value in a <span> of its own); labels further apart are not one line
INFO_LINE_SPAN = 300
#: labels of the portal's page-information line (发布时间 来源 浏览次数); one label alone may
#: be the notice's own (发布日期：… over a signature-less letter), two make the line the portal's
INFO_LINE_MIN_LABELS = 2
#: a source's value is a body's name, at most this long (as ``issuer.ISSUER_MAX_CHARS``)
SOURCE_MAX_CHARS = 40
#: white space and markup between a label's colon and its value
_GAP = r"(?:\s|&nbsp;|&#160;|\u3000|<[^>]*>)*"
_TAG_RE = re.compile(r"<[^>]*>|&nbsp;|&#160;")
#: a date printed after the source's name with no label of its own (来源：某县人民政府办公室 2018-07-05 09:29):
#: digits of a year right after the name and the gap, the whole date within ``DATE_LINE_MAX_CHARS``
_BARE_DATE_RE = re.compile(_GAP + r"(?=(?:19|20)\d{2}\s*[-/.年])")


@dataclass(frozen=True)
class InfoLine:
    """What a page's information line says: who posted it and when."""

    source: str | None        #: the 来源 / 发布机构 value as printed
    date: str | None          #: ISO 8601
    date_label: str | None    #: the kind of date the line names (成文日期, 发布时间 …; ``BARE_DATE_LABEL``)


def is_info_line(line: str) -> bool:
    """The portal's line about the page, under the heading (``line`` in simplified characters): two or
    more of its labels (发布时间：… 来源：… 浏览次数：…), whatever their values, or a news site's line of
    the day and one source label (``2023-01-17 00:00 来源：某市人民政府``: ``_DATED_SOURCE_RE``)."""
    if ":" not in line and "：" not in line:
        return False
    return (len(info_label_re().findall(line)) >= INFO_LINE_MIN_LABELS
            or (len(line) <= DATE_LINE_MAX_CHARS + SOURCE_MAX_CHARS and _dated_source_re().match(line) is not None))


#: a heading a portal prints on the info line's own line, before its first label, is at most this long
#: (a document's title: ``tabletitle.TABLE_TITLE_MAX_CHARS``)
HEADING_BEFORE_LABELS_MAX_CHARS = 80


def heading_before_labels(line: str) -> str | None:
    """The heading a portal ran into its information line (``2017年某省文化厅重点任务分工方案 发布时间：… 来源：…
    浏览次数：``, the title block and the line in one element), or None: the words before the line's first label,
    parted from it by white space, when they name a document or a list by its kind (``[metadata] title_ends``,
    ``table_title_ends``, ``letter_title_ends``: …分工方案, …的通知) and hold no colon or sentence mark.  The locate
    stage drops an info line whole; the heading is kept as a line of its own, as a page printing it on a line of its
    own keeps it (holdout ownlines-fujian, batch 87: before, the plan's name was lost and with it the table title)."""
    simple = simplified(line)
    first = info_label_re().search(simple)
    if first is None or first.start() == 0 or not simple[first.start() - 1].isspace():
        return None
    head = line[:first.start()].strip()
    if not head or len(head) > HEADING_BEFORE_LABELS_MAX_CHARS or any(c in head for c in ":：。；;"):
        return None
    voc = vocab()["metadata"]
    ends = (*voc["title_ends"], *voc["table_title_ends"], *voc["letter_title_ends"])
    return head if simplified(head).endswith(tuple(ends)) else None


@lru_cache(maxsize=1)
def _dated_source_re() -> re.Pattern:
    """A line opening with a day in digits, its time of day after it or not, then a source label and its
    value: a news site's line about a reposted page, which prints the day with no label of its own."""
    sources = alternation(vocab()["metadata"]["info_sources"])
    return re.compile(r"\s*(?P<day>(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}日?"
                      r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)" + _GAP + r"(?P<label>%s)\s*[:：]" % sources)


def read_info_line(text: str) -> InfoLine | None:
    """The first information line of the page ``text`` (its decoded markup or text), or None."""
    if not text:
        return None
    text = unglossed(text)   # a mirror's pinyin glosses inside the labels (發布時(shí)間, 閱讀(dú)次數): read without them
    simple = simplified(text)
    run: list[re.Match] = []
    for m in info_label_re().finditer(simple):
        if run and m.start() - run[-1].end() > INFO_LINE_SPAN:
            if (found := _read_run(run, text)) is not None:
                return found
            run = []
        run.append(m)
    found = _read_run(run, text) if run else None
    return found if found is not None else (_dated_source(text, simple) or _dated_counter(simple))


def dated_source_day(text: str) -> str | None:
    """The day of a news site's line of the day and its source (``2021-08-30 17:46 来源：某日报 编辑：…``), whatever
    other labels the line prints after it, or None: the day the page was posted (``_dated_source``)."""
    found = _dated_source(text, simplified(text)) if text else None
    return found.date if found is not None else None


def _dated_source(text: str, simple: str) -> InfoLine | None:
    """A news site's line of the day and one source label, standing at the head of an element or a
    line of the page (``2023-01-17 00:00 来源: 芜湖市人民政府``): its source and its day (``BARE_DATE_LABEL``),
    read where the page prints no line of two labels; None where it prints no such line."""
    for m in re.finditer(r"(?:^|>|\n)", simple):
        found = _dated_source_re().match(simple, m.end()) or _named_dated_source_re().match(simple, m.end())
        if found is None:
            continue
        source, _rest = _source_value(text[found.end():])
        day = parse_date(found.group("day"))
        if source and day:
            return InfoLine(source=source, date=day, date_label=BARE_DATE_LABEL)
    return None


#: a portal's own name printed before the day on its line (``中国东莞政府门户网站　2021-03-08 11:40:23　来源: …``) is at
#: most this long: a site's name, no sentence
SITE_NAME_MAX_CHARS = 30


@lru_cache(maxsize=1)
def _named_dated_source_re() -> re.Pattern:
    """A line of the day and its source with the portal's own name before the day (``中国东莞政府门户网站　　2021-03-08
    11:40:23　来源: 东莞市生态环境局``): the name one word (no white space, colon, sentence or list mark, no markup),
    white space after it, then the day WITH its time of day (a name and a bare day could be a sentence's end), then
    the source label, as in ``_dated_source_re``."""
    sources = alternation(vocab()["metadata"]["info_sources"])
    return re.compile(r"\s*[^\s<>:：。；;，,、！？!?]{2,%d}\s+" % SITE_NAME_MAX_CHARS
                      + r"(?P<day>(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}日?\s+\d{1,2}:\d{2}(?::\d{2})?)"
                      + _GAP + r"(?P<label>%s)\s*[:：]" % sources)


@lru_cache(maxsize=1)
def _dated_counter_re() -> re.Pattern:
    """A day in digits with its time of day, then a hit counter's label (``[metadata] info_counters``), maybe in a
    bracket: ``2020-03-10 10:45 (点击: …)``."""
    counters = "|".join(sorted(map(re.escape, vocab()["metadata"]["info_counters"]), key=len, reverse=True))
    return re.compile(r"\s*(?P<day>(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}日?\s+\d{1,2}:\d{2}(?::\d{2})?)"
                      + _GAP + r"[（(]?" + _GAP + r"(?:%s)\s*[:：]" % counters)


def _dated_counter(simple: str) -> InfoLine | None:
    """The day of a line printing only the day, its time and the page's hit counter at the head of an element or a
    line (``2020-03-10 10:45 (点击: …)``: a college site's content-info line under the article's heading): the day the
    page was posted, as ``_dated_source`` reads a day before a source label; None where no such line stands (holdout
    pointdept-henan, batch 120: before, the page was undated).  Its label is ``COUNTER_DATE_LABEL``: the line names no
    source, and ``metadata._self_posted`` keeps its day on a site a body runs."""
    for m in re.finditer(r"(?:^|>|\n)", simple):
        found = _dated_counter_re().match(simple, m.end())
        if found is not None and (day := parse_date(found.group("day"))):
            return InfoLine(source=None, date=day, date_label=COUNTER_DATE_LABEL)
    return None


def _read_run(run: list[re.Match], text: str) -> InfoLine | None:
    """The source and the preferred date of one run of labels, or None when it is no line about
    the page (one label alone, a label printed twice, or neither a source nor a date read).  A
    first label printed again later, the others each once, is a control line's over the heading
    (浏览量：… 【字体】 / <h1> / 来源：… 浏览量：… 发表时间：…): the line runs from the second label."""
    labels = [m.group("label") for m in run]
    if len(set(labels)) < len(labels) and labels[0] in labels[1:] and len(set(labels[1:])) == len(labels) - 1:
        run, labels = run[1:], labels[1:]   # a control line's counter over the heading (浏览量：… / <h1> / …浏览量：…)
    if len(labels) < INFO_LINE_MIN_LABELS or len(set(labels)) < len(labels):
        return None     # one label alone, or a list of items each with its own (发布时间：… 发布时间：…)
    voc = vocab()["metadata"]
    sources, dates = frozenset(voc["info_sources"]), voc["info_dates"]
    source, found, bare_date = None, {}, None
    for i, m in enumerate(run):
        label = m.group("label")
        end = run[i + 1].start() if i + 1 < len(run) else len(text)
        value = text[m.end():end]
        if label in sources and source is None:
            source, rest = _source_value(value)
            if rest is not None and (bare := _BARE_DATE_RE.match(rest)):
                bare_date = parse_date(_TAG_RE.sub(" ", rest[bare.end():])[:DATE_LINE_MAX_CHARS])
        elif label in dates and label not in found:
            found[label] = parse_date(_TAG_RE.sub(" ", value)[:DATE_LINE_MAX_CHARS])
    label = next((k for k in dates if found.get(k)), None)
    if label is None and bare_date:     # a labelled date of the line wins
        label, found[BARE_DATE_LABEL] = BARE_DATE_LABEL, bare_date
    if source is None and label is None:
        return None
    return InfoLine(source=source, date=found[label] if label else None, date_label=label)


#: the kind of date of one printed after the source's name with no label (``InfoLine.date_label``): no
#: label of the vocabulary (``[metadata] info_dates``), which the line does not print; a labelled date of
#: the same line wins over it
BARE_DATE_LABEL = "(no label)"
#: the date label of a day read from a line of the day and the page's hit counter alone (``_dated_counter``): a site's
#: own article line, which names no source
COUNTER_DATE_LABEL = "(counter line)"


#: the closers of the brackets a line may print each of its labels and values in (``〖来源:行署办公厅〗``,
#: ``【来源：…】``): the source's name ends at one (before session 61 the 〗 was read into the name, which then
#: signed nothing and the page lost its date: holdout leaguerepost-neimenggu-2014-1)
_LABEL_CLOSERS = "〗】"


#: a table cell closed with nothing in it (``<td></td>``, ``<td>&nbsp;</td>``): a box's value cell printed empty.  Between
#: a label and the text after it, it says the label's field is empty, so that text is no value of it: a box whose
#: ``发布机构:`` cell is empty and whose next row is the page's heading (白银区's portal) named the heading as the
#: source before session 74 (holdout emptybox-baiyinqu, batch 133: the issuer was lost, the 信息来源 after it unread)
_EMPTY_CELL_RE = re.compile(r"<t[dh]\b[^>]*>(?:\s|&nbsp;|&#160;|\u3000)*</t[dh]>", re.IGNORECASE)


def _source_value(value: str) -> tuple[str | None, str | None]:
    """The source's name at the head of ``value`` (a mirror's pinyin glosses dropped: 區(qū)政府督查室), up to
    a bracket closing its label (``〖来源:行署办公厅〗``: ``_LABEL_CLOSERS``), and the text after it (None with no name).  A word right before a colon is the next label of the line,
    one the vocabulary does not list (``发布机构:　　字体:[…]``: the source printed empty), no name: until
    session 51 such a line's source was 字体 (holdout huitong-qinhuangdao); so is text after an empty table cell
    (``_EMPTY_CELL_RE``: the label's own value cell printed empty, the next row's text no value of it)."""
    m = re.match(_GAP + r"([^\s<>&:：|｜%s]{1,%d})" % (_LABEL_CLOSERS, SOURCE_MAX_CHARS), value)
    if m is None or value[m.end():m.end() + 1] in COLONS or _EMPTY_CELL_RE.search(value[:m.start(1)]):
        return None, None
    return PINYIN_GLOSS_RE.sub("", m.group(1)), value[m.end():]

"""Dates of a notice: the signature date in the cover letter, a date the page shows
beside it (the metadata box's, a 发布日期 label's), parsed to ISO (docs/parsing.md)."""
from __future__ import annotations

import datetime
import re
import unicodedata
from functools import lru_cache

from ..models import Located
from ..hanzi import simplified
from ..text import CN_DATE_RE, DATE_RE, ISO_DATE_RE, PINYIN_GLOSS_RE, alternation, compact, vocab
from ..numbering import cn_to_int
from ..numerals import cn_run

#: a date line holds the date and little else (二〇一六年十二月三十一日 is 11 characters);
#: a longer line with a date is a sentence such as 完成时限：…
DATE_LINE_MAX_CHARS = 40
#: years a notice's date can have (the People's Republic's first year on; a far upper
#: bound): outside them "2014年" is a number in the text, not a date
FIRST_YEAR, LAST_YEAR = 1949, 2100


@lru_cache(maxsize=1)
def date_label_re() -> re.Pattern:
    """The label a date line opens with and its colon (``[metadata] date_line_labels``: the document's own date's,
    成文日期, and the page's posting's, 发布日期 and 发布时间 alike), matched in an NFKC, simplified line."""
    return re.compile(r"^(?:%s)\s*[:：]?" % alternation(vocab()["metadata"]["date_line_labels"]))


_TIME_RE = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?")


def parse_date(text: str) -> str | None:
    """ISO date from 2014年8月8日, 二○○七年四月十三日 or 2021-03-29."""
    text = unicodedata.normalize("NFKC", text)
    for rx in (DATE_RE, ISO_DATE_RE, CN_DATE_RE):
        m = rx.search(text)
        if m:
            y, mo, d = (cn_to_int(m.group(k)) for k in ("y", "m", "d"))
            if y and mo and d and 1 <= mo <= 12 and 1 <= d <= 31 and FIRST_YEAR <= y <= LAST_YEAR:
                return f"{y:04d}-{mo:02d}-{d:02d}"
    return None


#: lines ``is_date_line`` keeps: a page asks it of its head lines up to three times
#: (the letter's end, the signature date, the heading over the table), a page's head is 60 lines
_DATE_LINE_CACHE = 256


@lru_cache(maxsize=_DATE_LINE_CACHE)
def is_date_line(line: str) -> bool:
    """A line that is only a date (maybe printed twice, maybe after 成文日期：).

    Strict, because a text-form body holds lines like 完成时限：2016年12月31日.
    Cached: the same head lines are asked by ``cover_lines``, ``find_date`` and
    the heading search.
    """
    s = date_label_re().sub("", unicodedata.normalize("NFKC", simplified(line.strip())))
    if not s or len(s) > DATE_LINE_MAX_CHARS or parse_date(s) is None:
        return False
    for rx in (DATE_RE, ISO_DATE_RE, CN_DATE_RE, _TIME_RE):
        s = rx.sub("", s)
    return not s.strip(" ()（）")


def is_posting_stamp(line: str) -> bool:
    """A date line that prints a clock time too (``2025-02-01 21:08``): the moment a page or an
    article was posted (a WeChat article's time under its headline, a forum's post stamp), never a
    letter's signature, which prints the day alone.  A copy of a 公众号 article prints it over the
    notice: taken for the signature, it ended the letter at its own first point and dated the
    notice by the posting (blindsynth bs1149, bs2973)."""
    return is_date_line(line) and _TIME_RE.search(unicodedata.normalize("NFKC", line)) is not None


def is_labelled_date_line(line: str) -> bool:
    """A date line printed after a label (成文日期：2024-04-02, a portal's box copied as text), not
    bare as a signature prints its date."""
    s = unicodedata.normalize("NFKC", simplified(line.strip()))
    m = date_label_re().match(s)
    return bool(m and m.end()) and is_date_line(line)


#: a control line prints at least this many controls beside its date (上一篇 下一篇)
CONTROL_LINE_MIN_CONTROLS = 2


def control_line_date(head) -> str | None:
    """The date a page prints among its navigation and display controls, an e-paper's issue date
    (``3上一篇 下一篇4 2013年10月10日 放大 缩小 默认``): the first line of ``head`` whose pieces apart
    by spaces are one date (``is_date_line``) and, besides it, only pieces holding a control word
    (``[boilerplate] page_controls``), at least ``CONTROL_LINE_MIN_CONTROLS`` of them.  None
    when no line is so (a sentence with a date holds other words)."""
    controls = _page_controls()
    for line in head:
        pieces = simplified(line).split()
        if len(pieces) <= CONTROL_LINE_MIN_CONTROLS:
            continue
        dates = [p for p in pieces if is_date_line(p)]
        if len(dates) == 1 and all(p is dates[0] or any(c in p for c in controls) for p in pieces):
            return parse_date(dates[0])
    return None


@lru_cache(maxsize=1)
def _page_controls() -> tuple[str, ...]:
    return tuple(vocab()["boilerplate"]["page_controls"])


@lru_cache(maxsize=1)
def _document_date_labels() -> tuple[str, ...]:
    """The labels of a date line naming the document's own date (``[metadata] document_date_labels``: 成文日期)."""
    return tuple(vocab()["metadata"]["document_date_labels"])


def is_page_date_line(line: str) -> bool:
    """A date line labelled with the day the page was posted (``日期:2024-05-29`` under a portal's heading,
    发布日期：…), not with the document's own date (``[metadata] document_date_labels``)."""
    s = unicodedata.normalize("NFKC", simplified(line.strip()))
    return is_labelled_date_line(line) and not s.startswith(_document_date_labels())


def find_date(head) -> tuple[int | None, str | None]:
    """The signature date: the last short line that is a date, never a posting stamp
    (``is_posting_stamp``) nor a date labelled as the page's (``is_page_date_line``) nor a page's bare date under
    its heading (``is_heading_stamp``): they say when an account, a forum, a portal or a document site posted the
    page, not when the notice was issued (README, ``date``), so a notice printing no date of its own has none.
    Before session 43 a stamp dated a page with no other date line (a WeChat repost of an undated letter); before
    session 45 a portal's ``日期:…`` line under its heading did (holdout overdone-dazu, whose line names no source)."""
    for i in range(len(head) - 1, -1, -1):
        if (is_date_line(head[i]) and not is_posting_stamp(head[i]) and not is_page_date_line(head[i])
                and not is_heading_stamp(head, i)):
            return i, parse_date(head[i])
    return None, None


#: a page's own date line stands at most this many lines down the page, under its heading
HEADING_STAMP_MAX_AT = 1
_DASHED_DATE_RE = re.compile(r"^\d{4}-\d{1,2}-\d{1,2}$")


def is_heading_stamp(head, i: int) -> bool:
    """``head[i]`` is a date printed with dashes alone on its line (``2024-06-03``) at the page's top, at most
    ``HEADING_STAMP_MAX_AT`` lines down (under the page's heading): a site's date for the page (a document-sharing
    site's upload date among its figures, holdout wraplines-unplaced, batch 60), never a signature, which closes a
    letter under its text and prints its day in words or after the signing body.  Before, it dated the page and
    made a letter of a page that had none (no title was read)."""
    return i <= HEADING_STAMP_MAX_AT and _DASHED_DATE_RE.match(unicodedata.normalize("NFKC", head[i].strip())) is not None


#: a signature date whose 年 and 月 a text copy lost (2020年3月12日 -> 2020312日: they were
#: set in spans of their own): the digits alone, then 日
_RUN_TOGETHER_DATE_RE = re.compile(r"^(\d{4})(\d{2,4})日$")
#: ... or whose 年 or 日 (or both) it lost, 月 kept (2025年1月13日 -> 20251月13): four digits are
#: the year, the digits up to 月 the month, those after it the day
_MONTH_KEPT_DATE_RE = re.compile(r"^(\d{4})年?(\d{1,2})月(\d{1,2})日?$")
#: ... or whose 年, 月 and 日 it lost together (2024年3月27日 -> 2024327: the words set in the seal's
#: image): a year's four digits, then two to four for the month and the day (202528: 2-8, a month and a day
#: of one digit each, holdout lostdigits-xiangshan-2024-1)
_DIGITS_ONLY_DATE_RE = re.compile(r"^(\d{4})(\d{2,4})$")
#: ... read only when it falls this close to the date the page shows (发布日期): a letter
#: is signed a few days before it is posted (the fixtures: 0-4 days)
RUN_TOGETHER_DATE_MAX_DAYS = 31


def run_together_date(head, shown: str | None, voc, to: int | None = None) -> tuple[int | None, str | None]:
    """(index, ISO date) of a signature date printed without 年 and 月 (2020312日), or
    without 年 or 日 with its 月 kept (20251月13: the month is the digits before 月), or as
    digits alone (2024327, 20240327: a seal's image took the words), or (None, None).  Read only
    at the signature's place (an issuer's line right above it; digits alone also after the
    recipients line, line ``to``, when no name signs: the seal was the signature), when its
    digits split one way only into a valid month and day (312: 3-12, since 31-2 is no date;
    2024112 could be 1-12 or 11-2 and is not read; a month is at most two digits, so 20250113 is
    1-13), and when the page shows a date (发布日期)
    within ``RUN_TOGETHER_DATE_MAX_DAYS`` of it: a number alone on a line is no date otherwise.  A date that lost
    only its 日 (``2021年9月12``: 年 and 月 printed) splits one way by its own words and is no number: it is read at
    the signature's place or anywhere after the recipients line, whatever the page shows (holdout
    gazettecells-dingzhou, batch 92, a gazette page posting the letter two months after its date)."""
    ends = tuple(voc["issuer_ends"])
    for i in range(len(head) - 1, 0, -1):
        line = compact(head[i])
        m = _RUN_TOGETHER_DATE_RE.match(line) or _MONTH_KEPT_DATE_RE.match(line) or _DIGITS_ONLY_DATE_RE.match(line)
        if not m:
            continue
        above = next((compact(x) for x in reversed(head[:i]) if x.strip()), "")
        day_lost = m.re is _MONTH_KEPT_DATE_RE and "年" in line   # only its 日 lost: 年 and 月 split it one way
        in_letter = (m.re is _DIGITS_ONLY_DATE_RE or day_lost) and to is not None and i > to
        if not (simplified(above).endswith(ends) or in_letter):
            continue
        year = int(m.group(1))
        if day_lost:
            found = _valid_date(year, int(m.group(2)), int(m.group(3)))
            return (i, found.isoformat()) if found else (None, None)
        if shown is None:
            return None, None
        if m.re is _MONTH_KEPT_DATE_RE:
            dates = {_valid_date(year, int(m.group(2)), int(m.group(3)))}
        else:
            rest = m.group(2)
            # a month prints at most two digits (0113 is 1-13, never 11-3), a day at most two
            dates = {_valid_date(year, int(rest[:k]), int(rest[k:])) for k in range(1, len(rest))
                     if k <= 2 and len(rest) - k <= 2}
        dates.discard(None)
        if len(dates) == 1:
            (found,) = dates
            if abs((found - datetime.date.fromisoformat(shown)).days) <= RUN_TOGETHER_DATE_MAX_DAYS:
                return i, found.isoformat()
        return None, None
    return None, None


def is_digit_date_line(line: str) -> bool:
    """``line`` is a date printed without its words (2024111, 2020312日, 20251月13: ``run_together_date``'s shapes),
    whether or not its digits split one way."""
    c = compact(line)
    return bool(_RUN_TOGETHER_DATE_RE.match(c) or _MONTH_KEPT_DATE_RE.match(c) or _DIGITS_ONLY_DATE_RE.match(c))


def prints_digit_date(head, to: int | None) -> bool:
    """True when a line after the recipients line (``to``) is a signature date printed without its words
    (2024111, 2020312日, 20251月13: ``run_together_date``'s shapes), whether or not it was read: the letter
    printed a date, so a date it does not give is not one it lacks (``metadata._posting_date``)."""
    start = 0 if to is None else to + 1
    return any(is_digit_date_line(line) for line in head[start:])


#: a news lead's day printed without its year (2月23日，某厅印发《…》) is read in the year that puts it
#: at most this many days before the date the page shows (发布时间): a news item reports a notice
#: within days of its issue (as ``RUN_TOGETHER_DATE_MAX_DAYS``)
LEAD_DAY_MAX_DAYS = 31


def lead_date(day: tuple[int | None, int, int], shown: str | None) -> str | None:
    """ISO date of the day a news lead opens with (``newslead.Lead.day``): as printed with its year;
    without it, in the year that puts it up to ``LEAD_DAY_MAX_DAYS`` before ``shown`` (the page's
    posting date), else None (a month and day alone are no date)."""
    year, month, d = day
    if year is not None:
        found = _valid_date(year, month, d)
        return found.isoformat() if found else None
    if shown is None:
        return None
    posted = datetime.date.fromisoformat(shown)
    for y in (posted.year, posted.year - 1):
        found = _valid_date(y, month, d)
        if found is not None and 0 <= (posted - found).days <= LEAD_DAY_MAX_DAYS:
            return found.isoformat()
    return None


def _valid_date(year: int, month: int, day: int) -> "datetime.date | None":
    if not FIRST_YEAR <= year <= LAST_YEAR:
        return None
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def shown_date(located: Located, voc) -> str | None:
    """The date the page shows beside the letter: its metadata box's, else the one
    after a 发布日期：or a posting date's label (``posted_labels``: 发布时间：) anywhere in the page (the portal's information line,
    which the locate stage drops as chrome; markup between label and date skipped)."""
    found = meta_date(located.meta, voc)
    if found or not located.decoded.text:
        return found
    labels = "|".join(map(re.escape, (*voc["date"], *posted_labels())))
    rx = re.compile(rf"(?:{labels})\s*[:：]((?:\s|<[^>]*>)*[^<\n]{{0,{DATE_LINE_MAX_CHARS}}})")
    text = unglossed(located.decoded.text)
    # ... a traditional mirror's labels (發布時間：) on the page's simplified copy (same length), when none is printed so
    m = rx.search(text) or rx.search(simplified(text))
    return parse_date(re.sub(r"<[^>]*>", "", m.group(1))) if m else None


def unglossed(page: str) -> str:
    """``page`` with a mirror's pinyin glosses taken out (``text.PINYIN_GLOSS_RE``: 發布時間(jiān)：, 閱讀(dú)次數：), so
    the labels of the portal's line about the page read as labels (``shown_date``, ``infoline.read_info_line``; the
    generator's twenty-fifth stream cause 11: before, a glossed label dated nothing)."""
    return PINYIN_GLOSS_RE.sub("", page) if "(" in page else page


@lru_cache(maxsize=1)
def posted_labels() -> tuple[str, ...]:
    """The labels of the date a portal posted the page (发布日期, 发布时间, 更新日期 …)."""
    return tuple(w for w in vocab()["boilerplate"]["info_labels"] if w.endswith(("日期", "时间")))


def meta_date(meta, voc) -> str | None:
    for key in voc["date"]:
        if meta.get(key):
            d = parse_date(meta[key])
            if d:
                return d
    return None


#: a year a notice's title prints (2010年全市…意见, 2021-2025年…规划: the first of a range)
_TITLE_YEAR_RE = re.compile(r"(?<!\d)((?:19|20)\d{2})(?=年|\s*[-—–~～至]\s*(?:19|20)?\d{2,4}\s*年)")


#: a document a title quotes (the innermost 《…》)
_QUOTED_RE = re.compile(r"《[^《》]*》")


def _own_words(title: str) -> str:
    """``title`` without the documents it quotes, but for one it issues: a year inside
    《关于…2015年…的意见》 that a notice carries out is that document's (the notice may be years
    later), while 印发《某县2014年…项目》 issues the notice's own plan (``[metadata] lead_verbs``)."""
    verbs = tuple(vocab()["metadata"]["lead_verbs"])
    return _QUOTED_RE.sub(lambda m: m.group(0) if title[:m.start()].endswith(verbs) else "", title)


@lru_cache(maxsize=1)
def _plan_re() -> re.Pattern:
    """A five-year plan by its number (“十一五”规划, 十四五时期, 第十三个五年规划纲要; the words after it:
    ``[metadata] plan_short_words`` / ``plan_long_words``)."""
    voc = vocab()["metadata"]
    number = cn_run("{1,3}")
    return re.compile(rf"(?:(?P<short>{number})五”?(?:{alternation(voc['plan_short_words'])})"
                      rf"|第(?P<long>{number})个五年(?:{alternation(voc['plan_long_words'])}))")


#: the five-year plans run on from the third, which began in 1966 after the adjustment years
#: 1963-65 (the first two: 1953, 1958): the nth begins in 1966 + 5 * (n - 3) (十一五: 2006)
REGULAR_PLAN, REGULAR_PLAN_YEAR, PLAN_YEARS = 3, 1966, 5


def _plan_year(text: str) -> int | None:
    """The first year of the five-year plan ``text`` names (“十一五”规划 -> 2006), or None."""
    m = _plan_re().search(text)
    n = cn_to_int(m.group("short") or m.group("long")) if m else None
    return REGULAR_PLAN_YEAR + PLAN_YEARS * (n - REGULAR_PLAN) if n and n >= REGULAR_PLAN else None


def title_era(*titles: str | None) -> str | None:
    """The first day of the year the first of ``titles`` to print one names: an undated notice's
    era for the agencies (a 2010 plan's 市监察局 is the city's supervision bureau, before the 2018
    reform; docs/agencies.md), never its date; a title printing no year but a five-year plan's name
    takes the plan's first year (“十一五”规划纲要 -> 2006).  A year quoted from another document is
    not the notice's (``_own_words``).  None when no title prints a year."""
    for title in titles:
        own = _own_words(title or "")
        m = _TITLE_YEAR_RE.search(own)
        if m:
            return f"{m.group(1)}-01-01"
        if year := _plan_year(own):
            return f"{year}-01-01"
    return None

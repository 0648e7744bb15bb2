"""A deadline as printed (完成时限) read as a date: the last day of the period it names.

``deadline_date("2016年12月底前", "2015-03-02")`` is ``("2016-12-31", "date")``.
The result is ``(deadline_date, deadline_kind)``:

- ``date``       a year is printed: 2016年12月底 -> 2016-12-31, 2017年 -> 2017-12-31,
                 with two digits before a month: 23年5月 -> 2023-05-31,
                 2016年第三季度 -> 2016-09-30, 2020年6月15日 -> 2020-06-15; a named
                 plan period too: “十四五”期间 -> 2025-12-31;
- ``notice-year`` no year is printed, so the period is taken in the notice's year:
                 6月底前, 年内, 全年, 第三季度, 年底前 (no date when the notice has none);
- ``ongoing``    长期, 持续推进, 常态化 ...: no end date;
- ``recurring``  每年, 每季度 ...: repeated, so no one date;
- ``unparsed``   printed, but nothing above was found in it;
- ``None``       nothing printed.

When several dates are printed (2016年6月底前完成方案，2017年底前全面完成), the latest
is the deadline; a date without a year after one with a year (2016年6月底前…，12月底前…)
takes that year.  The words are data: ``deadlines.toml`` beside this module.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ..cachefiles import load_toml
from ..numerals import ASCII_DIGITS, CN_LIANG, CN_ONE_TO_NINE, CN_ORDINALS, CN_TEN, CN_YEAR, CN_YEAR_DIGITS, CN_ZEROS, cn_class
from ..text import alternation, compare_key

#: kinds of deadline, in the order a reader meets them (also the datapackage enum)
KINDS = ("date", "notice-year", "ongoing", "recurring", "unparsed")
#: a year written digit by digit (二〇二三) as digits
_CN_DIGITS = str.maketrans(CN_YEAR_DIGITS, "0" * len(CN_ZEROS) + ASCII_DIGITS[1:])
#: full-width ASCII (２０２０年９月, ２０２１．６) as ASCII: what NFKC does to it, at a tenth of the cost
_FULL_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
_CN_MONTHS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
              "十": 10, "十一": 11, "十二": 12}
#: a number just before a match makes it a duration (三年内, 两个月内), not a date
_NOT_AFTER = rf"(?<!{cn_class(CN_LIANG + CN_ZEROS + '个', '0-9' + CN_ORDINALS)})"
#: a year printed with two digits before a month (23年5月) below this is of the 2000s (2023), from it of the 1900s
#: (98年6月 -> 1998): POSIX strptime's %y pivot; the notices read are of this century or the last one's end
TWO_DIGIT_PIVOT = 69


@dataclass(frozen=True)
class _Vocab:
    pattern: re.Pattern
    periods: dict[str, str]        #: period word -> "MM-DD"
    after_year_only: frozenset[str]
    month_parts: dict[str, str]    #: word after N月 -> "end" or a day
    ongoing: tuple[str, ...]
    recurring: tuple[str, ...]
    recurring_point: re.Pattern    #: the point of a period after a recurring word (末, 底前's 底, 10日)
    ongoing_verbs: tuple[str, ...]  #: a verb of carrying on after an ongoing word (常态化推进's 推进)
    plans: dict[str, str]          #: named plan period (十四五) -> its last day, ISO
    phrase_tails: tuple[str, ...] = ()   #: words ending a deadline's phrase after its date (底前's 前, 前完成), in order


@lru_cache(maxsize=1)
def _vocab() -> _Vocab:
    data = load_toml(resources.files(__package__).joinpath("deadlines.toml"))   # (cachefiles)
    periods = dict(data["periods"])
    after_year_only = frozenset(periods.pop("after_year_only"))
    parts = data["month_parts"]

    number = rf"(?:1[0-2]|0?[1-9]|{CN_TEN}[{CN_ONE_TO_NINE[:2]}]?|[{CN_ONE_TO_NINE}])"   # a month: 1-12, 一 … 十二
    # a span of months may print the month word once, after its last month (2022年9-12月 for 2022年9月-12月): the
    # first number is a month of its own when a dash or 至 and a month follow it (_SPAN_JOINS); before session 59 the
    # phrase read as 2022年 alone, so a bracket opening with it held no deadline (blindsynth session 59)
    month = (r"(?P<month>" + number + r")(?:月|(?=(?:" + alternation(_SPAN_JOINS) + r")" + number + r"月))")
    # a year of two digits only before a month (23年5月, 20年6月底前): alone (20年) it is more often a span of years
    year = r"(?P<year>\d{4}|" + CN_YEAR + r"|\d{2}(?=年(?:1[0-2]|0?[1-9])月))年"
    day = r"(?P<day>[0-3]?\d)[日号]"
    iso = r"(?P<iso_y>\d{4})[-./](?P<iso_m>1[0-2]|0?[1-9])(?:[-./](?P<iso_d>[0-3]?\d))?(?!\d)"
    # every part optional, so a match may be empty: a look-ahead for the characters a
    # period can start with skips most positions at once (and empty matches are dropped)
    starts = set(ASCII_DIGITS + CN_ZEROS + CN_ORDINALS) | {w[0] for w in periods}
    pattern = re.compile(
        _NOT_AFTER + "(?=[" + re.escape("".join(sorted(starts))) + "])(?:" + iso + "|(?:" + year
        + ")?(?:" + month + "(?:" + day + "|(?P<part>" + alternation(parts) + "))?|(?P<period>"
        + alternation(periods) + "))?)")
    recurring_point = re.compile(r"[0-3]?\d[日号]|" + alternation(data["kinds"]["recurring_points"]))
    return _Vocab(pattern, periods, after_year_only, dict(parts), tuple(data["kinds"]["ongoing"]),
                  tuple(data["kinds"]["recurring"]), recurring_point, tuple(data["kinds"]["ongoing_verbs"]),
                  dict(data["plans"]), tuple(data["kinds"]["phrase_tails"]))


def _year(text: str) -> int:
    year = int(text.translate(_CN_DIGITS))
    if len(text) == 2:
        return year + (2000 if year < TWO_DIGIT_PIVOT else 1900)
    return year


def _month(text: str) -> int:
    return _CN_MONTHS.get(text) or int(text)


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def deadline_date(deadline: str | None, notice_date: str | None = None) -> tuple[str | None, str | None]:
    """``(deadline_date, deadline_kind)`` of a printed deadline in a notice dated
    ``notice_date`` (ISO, or None): see the module docstring."""
    if not deadline:
        return None, None
    return _resolve(deadline, int(notice_date[:4]) if notice_date and notice_date[:4].isdigit() else None)


@lru_cache(maxsize=8192)
def _resolve(deadline: str, notice_year: int | None) -> tuple[str | None, str | None]:
    kind, periods = _parse(deadline)
    if not periods:
        return None, kind
    found, carried = [], None
    for year, month, day, month_day in periods:
        if year is not None:
            carried = year
        else:
            year = carried if carried is not None else notice_year
            if year is None:
                continue
        if month_day is not None:
            found.append(f"{year:04d}-{month_day}")
        elif month is None:
            found.append(f"{year:04d}-12-31")
        else:
            last = _last_day(year, month)
            if day is None or day == "end":
                found.append(f"{year:04d}-{month:02d}-{last:02d}")
            elif day <= last:
                found.append(f"{year:04d}-{month:02d}-{day:02d}")
    return (max(found) if found else None), kind


#: one period found in a deadline: (year printed or None, month or None,
#: day / "end" / None, "MM-DD" of a named period or None)
_Period = tuple[int | None, int | None, "int | str | None", str | None]


@lru_cache(maxsize=8192)
def _parse(deadline: str) -> tuple[str | None, tuple[_Period, ...]]:
    """The kind and the periods of a printed deadline, before any notice's year
    is known: the same few wordings recur across notices, so this is cached on
    the text alone and ``deadline_date`` only fills in the year."""
    # mirrors print 長期堅持: the words are matched in simplified characters
    text = compare_key(deadline.translate(_FULL_WIDTH))
    if not text:
        return None, ()
    vocab = _vocab()
    if any(word in text for word in vocab.recurring):
        return "recurring", ()
    periods = [p for p in map(lambda m: _period(m, vocab), vocab.pattern.finditer(text)) if p]
    # a named plan period (“十四五”期间): its last day
    periods += [(int(end[:4]), int(end[5:7]), int(end[8:]), None) for name, end in vocab.plans.items()
                if name in text]
    valid = [p for p in periods if p[1] is None or p[2] in (None, "end") or p[0] is None
             or p[2] <= _last_day(p[0], p[1])]
    if valid:
        # the first period that has no year and none printed before it is in the notice's year
        first_year = next((i for i, p in enumerate(valid) if p[0] is not None), len(valid))
        return ("notice-year" if first_year == len(valid) else "date"), tuple(valid)
    if any(word in text for word in vocab.ongoing):
        return "ongoing", ()
    return "unparsed", ()


#: what joins the two ends of a span (2023年6月—12月, 2023年6-12月)
_SPAN_JOINS = ("—", "－", "-", "~", "～", "至", "到")
#: what joins two parts of one deadline (2023年6月—12月, 2023年6月底前，12月底前完成)
_PHRASE_JOINS = _SPAN_JOINS + ("、", "，", ",", " ", "\u3000")


def holds_recurring_word(text: str) -> bool:
    """Whether ``text`` (a matching copy) holds a recurring word (``[kinds] recurring``: 每月, 按季度, 定期 ...)."""
    return any(word in text for word in _vocab().recurring)


@lru_cache(maxsize=1)
def _relative_re() -> re.Pattern:
    return re.compile(load_toml(resources.files(__package__).joinpath("deadlines.toml"))["kinds"]["relative"])


def is_relative_deadline(text: str) -> bool:
    """``text`` is a time counted from the notice's own issue and nothing more (``方案印发后一个月内``: ``[kinds]
    relative``), a deadline the date grammar reads no date in."""
    return _relative_re().match(compare_key(text.translate(_FULL_WIDTH))) is not None


def holds_ongoing_word(text: str) -> bool:
    """Whether ``text`` (a matching copy) holds an ongoing word (``[kinds] ongoing``: 持续推进, 长期 ...)."""
    return any(word in text for word in _vocab().ongoing)


@lru_cache(maxsize=1)
def _kind_words() -> tuple[str, ...]:
    """The ongoing and recurring words, longest first (持续推进 before 持续)."""
    vocab = _vocab()
    return tuple(sorted(vocab.ongoing + vocab.recurring, key=len, reverse=True))


def deadline_length(text: str) -> int:
    """How many characters at the start of ``text`` (a matching copy: simplified, folded)
    read as one deadline: dates and periods, ongoing words (with a verb of carrying on after one:
    ``常态化推进``, ``[kinds] ongoing_verbs``) and recurring words (with the point of
    the period a recurring time falls due: ``每季度末``, ``每月底前``, ``每月10日前``), and what ends
    or joins them (``2023年6月—12月``, ``2023年4月底前``, ``持续推进``); 0 when it opens with
    none.  A notice that lost its line breaks runs the next item's text straight on
    after the deadline (``完成时限：2023年4月底前深化工程…``): this says where it ends."""
    vocab = _vocab()
    words = _kind_words()
    pos = end = 0
    while pos < len(text):
        m = vocab.pattern.match(text, pos)
        if m is not None and m.end() > pos and _period(m, vocab) is not None:
            pos = end = m.end()
            continue
        word = next((w for w in words if text.startswith(w, pos)), None)
        if word is None and end:
            word = next((w for w in vocab.phrase_tails if text.startswith(w, pos)), None)
        if word is not None:
            pos = end = pos + len(word)
            if word in vocab.recurring and (point := vocab.recurring_point.match(text, pos)):
                pos = end = point.end()   # 每季度末, 每月10日前: the point each period falls due
            elif word in vocab.ongoing and (verb := next((v for v in vocab.ongoing_verbs if text.startswith(v, pos)), None)):
                pos = end = pos + len(verb)   # 常态化推进, 长期实施: the ongoing word's verb of carrying on
            continue
        join = next((w for w in _PHRASE_JOINS if text.startswith(w, pos)), None) if end else None
        if join is None:
            break
        pos += len(join)
    return end


def _period(m: re.Match, vocab: _Vocab) -> _Period | None:
    """The period one match names, or None (一个 内 with no year, say)."""
    g = m.groupdict()
    if g["iso_y"]:
        return int(g["iso_y"]), int(g["iso_m"]), int(g["iso_d"]) if g["iso_d"] else "end", None
    if g["period"] in vocab.after_year_only and not g["year"]:
        return None
    if not (g["year"] or g["month"] or g["period"]):
        return None
    year = _year(g["year"]) if g["year"] else None
    if g["month"]:
        if g["day"]:
            day: int | str = int(g["day"])
        else:
            part = vocab.month_parts.get(g["part"] or "底", "end")
            day = part if part == "end" else int(part)
        return year, _month(g["month"]), day, None
    if g["period"]:
        return year, None, None, vocab.periods[g["period"]]
    return (year, None, None, None) if year is not None else None

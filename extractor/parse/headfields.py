"""The head of a letter run into one line: the title and its recipients' colon (``title_span``), and the fields of a
bulletin's or a report's head naming who signed it off (``head_field_ends``: 签发人：某某).

A forum's one-line copy of a bulletin runs its head into the title (``(2016)第9期 某区人民政府督查室 签发人:某某
关于…的通报 各街道办事处,…:``): the field ends the head's line, and the title's 关于 opens right after it as after a
doc number.  ``letterjoints.letter_joints`` cuts the letter at these joints.  docs/parsing.md, "A notice run into one line"
and "A paragraph joined with spaces".
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..brackets import ANY_CLOSERS, ANY_OPENERS, bracket_balance
from ..text import (COLON_CHARS, DOC_NUMBER_RE, RUN_ON_SENTENCE_ENDS, alternation, forwarding_verb, info_label_re,
                    title_opener, vocab)

#: the recipients' colon follows the title within this many characters (a
#: recipients line is shorter than 200, layout.recipients.RECIPIENTS_MAX_CHARS)
RECIPIENTS_WITHIN = 200
#: the title's 关于 opens within this many characters of the letter (or of its doc
#: number): an issuer printed before it is shorter; a 关于 further on is inside a
#: sentence (《国务院关于…》); the same bound as layout.titlelines.TITLE_OPENER_WITHIN
TITLE_OPENER_WITHIN = 25
#: a sentence's end (text.SENTENCE_ENDS) or its ASCII ! and ?, which a run-on copy may print
SENTENCE_END = RUN_ON_SENTENCE_ENDS
#: a person's name in a head's field (签发人：刘某某) is this many Chinese characters
HEAD_FIELD_NAME_CHARS = (2, 4)


@lru_cache(maxsize=1)
def _head_field_re() -> re.Pattern:
    low, high = HEAD_FIELD_NAME_CHARS
    return re.compile(r"(?:%s)\s*[:：]\s*[\u4e00-\u9fff]{%d,%d}?(?=\s|%s|$)"
                      % (alternation(vocab()["metadata"]["head_field_labels"]), low, high, title_opener()))


def head_field_ends(copy: str, stop: int) -> list[int]:
    """The ends of the head's fields before ``stop`` naming who signed a bulletin or a report off (``[metadata]
    head_field_labels`` and a person's name, ``HEAD_FIELD_NAME_CHARS``: ``(2016)第9期 某区人民政府督查室 签发人:刘某某
    关于…的通报``): a forum's one-line copy of a bulletin runs its head into the title, which opens after the
    field as after a doc number (``title_span``), and the field ends the head's line (``letterjoints.letter_joints``)."""
    return [m.end() for m in _head_field_re().finditer(copy, 0, stop)]


def title_span(copy: str, ends, issuers: list[str]) -> tuple[int, int, int] | None:
    """(start, end, after the recipients' colon) of the title run into the letter: a 关于
    within ``TITLE_OPENER_WITHIN`` of the letter's start, of a doc number's end, or
    right after the name that signs the letter (the issuer heads its title: 某县人民政府办公室
    关于…, whatever chrome ran into it before), and a title word (…的通知) before the
    recipients' colon.  The title may stand before its doc number (…的通知湘政办函〔2020〕40号)."""
    stop = first_of(copy, SENTENCE_END, 0) or len(copy)
    anchors = [0, *(m.end() for m in DOC_NUMBER_RE.finditer(copy, 0, stop) if not _cited_number(copy, m)),
               *head_field_ends(copy, stop)]
    opener = copy.find(title_opener(), 0, stop)
    while opener >= 0:
        start = next((opener - len(i) for i in issuers if i and copy.endswith(i, 0, opener)), None)
        if start is not None or any(0 <= opener - a <= TITLE_OPENER_WITHIN for a in anchors):
            colon = recipients_colon(copy, opener)
            end = _title_end(copy, opener, colon, ends) or _forwarded_name_end(copy, opener, colon) \
                if colon is not None and colon - opener < RECIPIENTS_WITHIN else None
            if end is not None:
                return _with_title_marks(copy, start, opener, end, colon)
        opener = copy.find(title_opener(), opener + 1, stop)
    return _issued_title_span(copy, ends, issuers, stop)


def _with_title_marks(copy: str, start: int | None, opener: int, end: int, colon: int) -> tuple[int, int, int]:
    """``title_span``'s span, past the 》 closing a title a rules mirror prints whole in 《》 (``…94号《某市人民政府办公室
    关于印发…的通知》各镇人民政府，…：``): the 《 opens the title within ``TITLE_OPENER_WITHIN`` before its 关于 (or right
    before the issuer that heads it), no 》 between, and the 》 stands right after the title's end and closes it.  The
    marks are the site's (``layout.titlelines.without_title_marks``): cut before the 》, the mark ran into the first
    recipient (blindsynth session 75 cause 1: ``》各镇（街道）人民政府（办事处）``)."""
    first = start if start is not None else opener
    mark = copy.rfind("《", max(0, opener - TITLE_OPENER_WITHIN), first + 1 if start is not None else opener)
    if (copy.startswith("》", end) and end < colon and mark >= 0 and "》" not in copy[mark:first]
            and bracket_balance(copy[mark:end], "《", "》") == 1):
        end += 1
        if start is not None and mark == start - 1:
            start = mark
    return (start if start is not None else end, end, colon + 1)


#: the first document a letter names in 《》 after its recipients' colon (《泉州市…清单》已经市政府同意)
_QUOTED_NAME_RE = re.compile(r"《([^《》]{2,%d})》" % RECIPIENTS_WITHIN)


def _forwarded_name_end(copy: str, opener: int, colon: int) -> int | None:
    """The end of a forwarding title that prints no title word (``关于印发泉州市2021年民生实事项目任务清单``, the letter's
    ``的通知`` dropped): 关于印发 and then, word for word, the name of the document the letter's first sentence names in
    《》 after the recipients' colon.  Blindsynth seed 2953 (a one-line copy): before, no title end was found, and the
    title ran on through the recipients and the letter to the signing office."""
    verb = opener + len(title_opener())
    if not copy.startswith(forwarding_verb(), verb):
        return None
    quoted = _QUOTED_NAME_RE.search(copy, colon + 1, colon + 1 + RECIPIENTS_WITHIN)
    name_at = verb + len(forwarding_verb())
    if quoted is None or not copy.startswith(quoted.group(1), name_at) or name_at + len(quoted.group(1)) > colon:
        return None
    return name_at + len(quoted.group(1))


def _issued_title_span(copy: str, ends, issuers: list[str], stop: int) -> tuple[int, int, int] | None:
    """(start, end, after the recipients' colon) of a title that prints no 关于 (``石狮市人民政府办公室印发石狮市…的通知``,
    as a letter whose title drops it prints it): only right after the name that signs the letter, followed by
    the forwarding verb (``text.forwarding_verb``: 印发), and closing with a title word before the recipients' colon, as ``title_span`` reads one with
    关于.  Blindsynth seeds 6933 and 5514 (one-line copies of such letters): before, no title was cut, so the title
    ran into the recipients or the doc number and was lost."""
    for issuer in filter(None, issuers):
        start = copy.find(issuer + forwarding_verb(), 0, stop)
        if start < 0:
            continue
        opener = start + len(issuer)
        colon = recipients_colon(copy, opener)
        end = _title_end(copy, opener, colon, ends) if colon is not None and colon - opener < RECIPIENTS_WITHIN \
            else None
        if end is not None:
            return start, end, colon + 1
    return None


def _cited_number(copy: str, number: re.Match) -> bool:
    """The doc number stands in brackets right after what it numbers (``根据《…意见》（云政发〔2016〕19号）要求``):
    the letter cites another notice by it, and a 关于 after it is the letter's wording (``…会议关于稳增长的部署``),
    never its title's opener (holdout runonhead-wenshan, batch 38: the preamble up to its colon was taken for a title
    and the recipients before it were lost)."""
    return number.start() > 0 and copy[number.start() - 1] in ANY_OPENERS


#: an info label (发布时间, 浏览次数) ends this many characters before its colon at most
INFO_LABEL_MAX_CHARS = 8


def recipients_colon(copy: str, start: int) -> int | None:
    """The first colon after ``start`` that ends no label of the page-information line a portal
    prints under the title (发布时间：… 来源：…, ``info_label_re``), stands in no time of day
    (09:35) and in no bracket (the font control 【字体：大 中 小】): the recipients' colon."""
    colon = first_of(copy, COLON_CHARS, start)
    while colon is not None and _in_info_line(copy, start, colon):
        colon = first_of(copy, COLON_CHARS, colon + 1)
    return colon


def _in_info_line(copy: str, start: int, colon: int) -> bool:
    if copy[colon - 1:colon].isdigit() and copy[colon + 1:colon + 2].isdigit():
        return True
    if bracket_balance(copy[start:colon], ANY_OPENERS, ANY_CLOSERS) > 0:
        return True
    return any(m.end() == colon + 1 for m in info_label_re().finditer(
        copy, max(start, colon - INFO_LABEL_MAX_CHARS), colon + 1))


def first_of(text: str, chars: str, start: int) -> int | None:
    found = [i for i in (text.find(c, start) for c in chars) if i >= 0]
    return min(found) if found else None


def _title_end(copy: str, opener: int, colon: int, ends) -> int | None:
    """The end of the title between 关于 and the recipients' colon: the last
    ``的`` + a title word (…的通知), else the last title word; never one
    quoted inside 《》."""
    best = None
    for with_de in (True, False):
        for word in ends:
            needle = "的" + word if with_de else word
            at = copy.rfind(needle, opener, colon)
            while at >= 0 and copy.count("《", opener, at) > copy.count("》", opener, at):
                at = copy.rfind(needle, opener, at)
            if at >= 0 and (best is None or at + len(needle) > best):
                best = at + len(needle)
        if best is not None:
            return best
    return None

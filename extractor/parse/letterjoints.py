"""The cover letter's joints in a notice run into one line: doc number, title, recipients, signature, 附件.

A notice whose line breaks were lost (``runon.split_run_on``) prints its cover letter on the same line as
everything else.  This room says where the letter's lines joined (``letter_joints``): after the doc number,
around the title and after the recipients' colon, around each signature (the issuer and its date, the notes
the date carries), before 附件; and the signature run into the letter's own last point (``point_signature``)
or into the notice's last item (``closing_signature``).  The space-joined and cramped readers ask it too
(``spacejoined.py``, ``crampedletter.py``).  docs/parsing.md, "A notice run into one line".
"""
from __future__ import annotations

import re
from functools import lru_cache

from .headfields import (RECIPIENTS_WITHIN, SENTENCE_END as _SENTENCE_END, first_of as _first_of, head_field_ends,
                         recipients_colon as _recipients_colon, title_span as _title_span)
from .unitlists import ends_like_unit
from ..agencies.gazetteer import is_listed_place
from ..agencies.placechains import listed_chain
from ..agencies.zones import PLACE_WORDS, signed_zone
from ..brackets import ANY_CLOSERS, ANY_OPENERS, bracket_balance
from ..hanzi import simplified
from ..text import CN_DATE_RE, DATE_RE, DOC_NUMBER_RE, doc_number_start, fold, plan_name_ends, title_opener, vocab
from ..chrome import chrome_spans
from ..lazyre import lazy_re
from ..models import OFFICE_SUFFIXES
from ..numerals import cn_class


#: an issuer signing above the date is shorter than this (the longest name in
#: the shipped registry is 19 characters; layout.issuer.ISSUER_MAX_CHARS)
SIGNATURE_MAX_CHARS = 40
_SIGNATURE_PUNCT = lazy_re(r"[，。,:：；;、《》〈〉“”]")
_ATTACHMENT_AT = lazy_re(r"附\s*件\s*" + cn_class(r"\d") + r"*\s*[:：]")


def _note_ends(copy: str, at: int) -> set[int]:
    """The ends of the bracketed notes a signature's date may carry (``（此件公开发布）``: a line of
    its own, dropped as chrome, so the plan's title after it is not dropped with it), one after another; ``{at}``
    where none follows.  A space may stand between the date and the note where the copy joined its lines with spaces
    (``2022年4月18日 （此件公开发布） 政府工作报告…``, holdout runpara-haiyan).  A note opening with a label and its
    colon (``（联系人：某某，联系电话：…）`` over ``（此件公开发布）``) is a line of its own however long, up to
    ``LABELLED_NOTE_MAX_CHARS`` (blindsynth seeds 2953, 4737: the contact note ran into the plan's title)."""
    ends = {at}
    while True:
        start = at + len(copy[at:at + SIGNATURE_TAIL]) - len(copy[at:at + SIGNATURE_TAIL].lstrip())
        if copy[start:start + 1] not in ANY_OPENERS:
            return ends
        close = _first_of(copy, ANY_CLOSERS, start)
        if close is None or close - start > (LABELLED_NOTE_MAX_CHARS if _LABELLED_NOTE_RE.match(copy, start)
                                             else SIGNATURE_TAIL):
            return ends
        at = close + 1
        ends.add(at)


def _past_date_again(copy: str, sig: tuple[int, ...]) -> int:
    """The end of the signature's date (``sig``: issuer start, date start, date end), or of the same date printed
    again right after it (a space at most between): a law database prints the date's line twice, one under the other
    (``…办公室2019年4月24日2019年4月24日（此件公开发布）附件…``), and run into one line the second ran into the plan's name as
    the table title (blindsynth session 75 cause 2).  Cut there too, the copy is a line of its own, which the metadata
    reads as the signature's date again (``layout.metadata._signature_index``)."""
    start, end = sig[-2], sig[-1]
    date = copy[start:end]
    again = end + len(copy[end:end + SIGNATURE_TAIL]) - len(copy[end:end + SIGNATURE_TAIL].lstrip())
    return again + len(date) if date.strip() and copy.startswith(date, again) else end


#: a note after a signature's date opening with a label and its colon (（联系人：…）) ...
_LABELLED_NOTE_RE = lazy_re(r"[（(][\u4e00-\u9fff]{2,6}[:：]")


#: ... holds at most this many characters (a contact's names, numbers and mail address)
LABELLED_NOTE_MAX_CHARS = 80


def closing_signature(text: str, before: str) -> set[int]:
    """Around the signature that closes a notice run into one line (the last
    item's text, then the issuer, then the date).  After a sentence end the
    issuer is found as in the letter (``_signature_joints``); run straight into
    the last unit list (``…、市财政局许昌市人民政府2020年5月18日``) it is the
    longest name before the date that the notice's title printed in front of
    its 关于 (``许昌市人民政府关于…``); a title without its issuer cuts nothing,
    so a unit name is never cut in two."""
    copy = matching_copy(text)
    issuer_ends = tuple(vocab()["metadata"]["issuer_ends"])
    cuts = _signature_joints(copy, issuer_ends)
    dates = [m for rx in (DATE_RE, CN_DATE_RE) for m in rx.finditer(copy)]
    if cuts or not dates:
        return cuts
    date = max(dates, key=lambda m: m.start())
    if len(copy) - date.end() > SIGNATURE_TAIL or any(ch in _SENTENCE_END for ch in copy[date.end():]):
        return cuts   # a date inside the last item's wording, not its signature
    head = copy[:date.start()].rstrip()
    if not head.endswith(issuer_ends):
        return cuts
    bare = len(head) - len(_SIGNATURE_PUNCT.split(head)[-1])   # the issuer holds no punctuation
    starts = range(max(bare, len(head) - SIGNATURE_MAX_CHARS), len(head))
    for start in starts:
        if head[start:] + title_opener() in before:
            return {start, date.start(), date.end()}
    if copy[date.end():].strip() and copy[date.end():].lstrip()[0] not in ANY_OPENERS:
        return cuts   # words after the date (…2021年3月12日起施行): no signature's, only its note may follow
    for start in starts:
        if _signs_after_unit(head, bare, start):
            return {start, date.start(), date.end()}
    return cuts


def _signs_after_unit(head: str, bare: int, start: int) -> bool:
    """Whether the issuer of a signature run into the last unit list may start at ``start`` of
    ``head`` (the text before the date, ending like an issuer), though no title names it: a
    signature names its place, so the name opens with a place the gazetteer lists (绵阳市人民政府办公室,
    ``listed_chain``) or is a zone's office signing by its place's zone (``_signs_for_zone``:
    宁德经济技术开发区管理委员会办公室), and holds no bracket, and it stands right after a clause mark or a
    name that ends like a unit (…，各县（市、区）政府 | 绵阳市人民政府办公室), so no unit name is cut in two."""
    if start == 0 or any(ch in ANY_OPENERS or ch in ANY_CLOSERS for ch in head[start:]):
        return False
    if listed_chain(head, start) is None and not _signs_for_zone(head[start:]):
        return False
    return not head[bare:start].strip() or ends_like_unit(head[bare:start].strip())


#: a closing date is followed by at most this many characters of the page (（此件公开发布）)
SIGNATURE_TAIL = 12


def matching_copy(text: str) -> str:
    """The matching copy: simplified (mirrors print 關於/號) and folded, same length."""
    return fold(simplified(text))


def letter_joints(text: str, spaced: bool = False) -> set[int]:
    """Where the lines of a cover letter run into one another were: after each
    doc number (and before it, past a column or red header's 文件), around the title (…的通知) and after the recipients' colon,
    around the signature (issuer, date), before 附件, and around print and font controls
    (``【打印本页】宁政办发〔2021〕33号``: the piece they open is dropped as chrome, and the doc
    number went with it).  ``spaced``: the line joins its lines with a space each (a document
    site's paragraph, ``spacejoined``), so a signature is the last of them before its date and
    附件 after a space opens a line."""
    copy, voc = matching_copy(text), vocab()["metadata"]
    issuers = list(_signatures(copy, tuple(voc["issuer_ends"]), spaced))
    cuts = {at for sig in issuers for at in (*sig, *_note_ends(copy, _past_date_again(copy, sig)))}
    if not spaced:   # a paragraph joined with spaces is cut at its document's joints only, not at a controls bar's
        cuts.update(at for span in chrome_spans(text) for at in span)
    title = _title_span(copy, voc["title_ends"], [copy[a:b].strip() for a, b, _e in issuers])
    if title is not None:
        cuts.update(title)
        cuts.update(at for at in head_field_ends(copy, title[0]))
    body = title[-1] if title else _first_of(copy, _SENTENCE_END, 0) or len(copy)
    numbers = list(DOC_NUMBER_RE.finditer(copy, 0, body))
    opening = _opening_recipients(copy) if title is None else None
    if opening is not None and (not numbers or opening < numbers[0].start()):
        numbers = []   # recipients opening the part: the numbers after them are cited by the letter's text
    if title is None and numbers:   # no title on the line: the recipients' colon after the doc number
        colon = _recipients_colon(copy, numbers[0].end())
        if colon is not None and colon < body and colon - numbers[0].end() < RECIPIENTS_WITHIN:
            cuts.add(colon + 1)
            numbers = [m for m in numbers if m.start() < colon]   # later ones are cited by the letter's text
    if title is None and not numbers and opening is not None:   # recipients opening the part
        cuts.add(opening + 1)
    cuts.update(m.end() for m in numbers)
    # and before one a breadcrumb's column or a red header ran into (…> 政府文件川办函〔2025〕17号):
    # the chrome piece is dropped, the number stays
    cuts.update(at for m in numbers if (at := doc_number_start(m)) > m.start())
    cuts.update(status_note_joints(copy))
    cuts.update(m.start() for m in _ATTACHMENT_AT.finditer(copy)   # after a sentence end, or a space standing for a break
                if m.start() and (copy[m.start() - 1] in _SENTENCE_END or m.start() in cuts
                                  or (spaced and copy[m.start() - 1] == " ")))
    return cuts


@lru_cache(maxsize=1)
def _status_note_re() -> re.Pattern:
    """A bracket holding a plan's status (``[metadata] status_notes``: (征求意见稿), (征求意见稿V2.2))."""
    words = "|".join(map(re.escape, vocab()["metadata"]["status_notes"]))
    return re.compile(rf"\((?:公开)?(?:{words})[^()]*\)")


def status_note_joints(copy: str) -> set[int]:
    """Around a plan's status note run in between the plan's name and its preface (…工作方案(征求意见稿)为推动…:
    ``copy`` a matching copy): the name, the note under it and the preface were three lines, and glued into one
    sentence none was read as the title.  Only right after a plan's name (``text.plan_name_ends``) in the
    part's first sentence, outside 《》, with words after it that go on no title (not …》, …的通知)."""
    stop = _first_of(copy, _SENTENCE_END, 0) or len(copy)
    m = _status_note_re().search(copy, 0, stop)
    if (m is None or m.end() >= stop or not copy[:m.start()].endswith(plan_name_ends())
            or bracket_balance(copy[:m.start()], "《", "》") > 0 or copy.startswith(("》", "的", "意见"), m.end())):
        return set()
    return {m.start(), m.end()}


def _opening_recipients(copy: str) -> int | None:
    """The colon of the recipients opening ``copy`` (its matching copy), a space where their line broke, or None:
    within ``RECIPIENTS_WITHIN`` of the start, no sentence end before it.  A doc number after it is one the letter's
    text cites (…各高等院校：  为贯彻…（国发〔2015〕23号）…), no joint (holdout canjia-jining)."""
    colon = _recipients_colon(copy, 0)
    if colon is not None and colon < RECIPIENTS_WITHIN and copy[colon + 1:colon + 2] == " " \
            and not any(ch in _SENTENCE_END for ch in copy[:colon]):
        return colon
    return None


def _signature_joints(copy: str, issuer_ends: tuple[str, ...]) -> set[int]:
    """Around each date signed by an issuer (``_signatures``)."""
    return {at for sig in _signatures(copy, issuer_ends) for at in sig}


def _signatures(copy: str, issuer_ends: tuple[str, ...], spaced: bool = False):
    """(issuer start, date start, date end) of each date signed by an issuer: the
    issuer's name stands between a sentence end and the date
    (…执行。某某市人民政府办公室2016年6月15日…).  In a line that joins its lines with a
    space each (``spaced``) it may be the last of them, alone between two spaces before the date
    (…完成. 附件:…分解表 某某市人民政府办公室 2018年2月24日 …), when a space follows the date too."""
    printed = tuple(vocab()["metadata"]["printing_marks"])
    for rx in (DATE_RE, CN_DATE_RE):
        for m in rx.finditer(copy):
            if copy.startswith(printed, m.end()):
                continue   # the record's printing line: the office before the date printed the notice
            start = _past_bracket(copy, max((copy.rfind(ch, 0, m.start()) for ch in _SENTENCE_END), default=-1) + 1,
                                  m.start())
            if not _signs(copy[start:m.start()].strip(), issuer_ends) and spaced \
                    and copy[m.end():m.end() + 1] in ("", " ") and copy[m.start() - 1:m.start()] == " ":
                start = copy.rfind(" ", start, m.start() - 1) + 1 or start
            if not _signs(copy[start:m.start()].strip(), issuer_ends):
                if _titled_attachment(copy, start, m.start()):
                    yield m.start(), m.start(), m.end()   # a letter sealed, not signed: its date after the 附件 line
                    continue
                start = _signer_after_attachment(copy, start, m.start(), issuer_ends)
            if start is not None and _signs(copy[start:m.start()].strip(), issuer_ends):
                yield start, m.start(), m.end()


def _past_bracket(copy: str, start: int, end: int) -> int:
    """``start``, or past the bracket that opens ``copy[start:end]``: a signer's name never opens with
    one, and a bracket after a sentence end before the name is the last item's own (``…3家。（县商务局配合）
    金寨县人民政府办公室``) or its note; left on the name, the item lost it and the issuer read it."""
    at = start + len(copy[start:end]) - len(copy[start:end].lstrip())
    if copy[at:at + 1] not in ANY_OPENERS:
        return start
    depth = 0
    for i in range(at, end):
        depth += (copy[i] in ANY_OPENERS) - (copy[i] in ANY_CLOSERS)
        if depth == 0:
            return i + 1
    return start


def _titled_attachment(copy: str, start: int, date: int) -> bool:
    """``copy[start:date]`` is the letter's 附件 line alone, its attachment's title ending with a title word
    (``[metadata] title_ends`` / ``table_title_ends``) right before the date: a letter sealed, not signed (its
    issuer named by the title, a document site's copy dropping the seal), dated under its 附件 line
    (…落实。附件：某区2009年…情况表二○○九年六月二日主题词：…)."""
    mark = _ATTACHMENT_AT.match(copy, start + len(copy[start:date]) - len(copy[start:date].lstrip()))
    return mark is not None and mark.end() < date and copy.endswith(plan_name_ends(), mark.end(), date)


def _signer_after_attachment(copy: str, start: int, date: int, issuer_ends: tuple[str, ...]) -> int | None:
    """Where the signer's name starts when the letter's 附件 line runs into it (…落实。附件：某市…分工表
    某市人民政府办公室2021年3月1日): after the mark the attachment's title ends with a title word
    (``[metadata] title_ends`` / ``table_title_ends``) and the name opens with a place the gazetteer lists
    (``listed_chain``; a name of its own words may as well go on the title) or is a zone's office signing by
    its place's zone (``_signs_for_zone``); None when no such name."""
    mark = _ATTACHMENT_AT.match(copy, start + len(copy[start:date]) - len(copy[start:date].lstrip()))
    if mark is None:
        return None
    ends = plan_name_ends()
    for at in range(mark.end() + 1, date):
        if copy.endswith(ends, mark.end(), _without_file_suffix(copy, mark.end(), at)) \
                and (listed_chain(copy, _past_party_prefix(copy, at)) is not None or _signs_for_zone(copy[at:date])) \
                and _signs(copy[at:date].strip(), issuer_ends):
            return at
    return None


def _past_party_prefix(copy: str, at: int) -> int:
    """``at``, or past the party's prefix a party body's name opens with there (``[metadata] party_prefixes``:
    中共株洲市石峰区委办公室, a joint letter's first signer): its place stands right after it.  Before, a one-line copy
    ran a joint signature into its 附件 line unread (blind72's cause 5, bs823)."""
    prefix = next((p for p in vocab()["metadata"]["party_prefixes"] if copy.startswith(p, at)), "")
    return at + len(prefix)


def _without_file_suffix(copy: str, start: int, at: int) -> int:
    """``at``, or where the attachment's title ``copy[start:at]`` ends before the file's suffix it prints
    (``models.OFFICE_SUFFIXES``: ``附件：某镇…责任分工表.docx``, a link's file name; 襄城县 2021 prints ``….xlsx``).
    Before, a one-line copy ran the signer into such a line unread, and lost its date and table title
    (blindsynth's thirty-fourth stream, bs1665, bs5249)."""
    tail = copy[max(start, at - max(map(len, OFFICE_SUFFIXES))):at].lower()
    suffix = next((x for x in OFFICE_SUFFIXES if tail.endswith(x)), None)
    return at - len(suffix) if suffix else at


#: a place printed short before its zone's kind keeps at most this many characters (泉州 of 泉州市, 乌鲁木齐)
ZONE_PLACE_SHORT_MAX = 4


def _signs_for_zone(name: str) -> bool:
    """``name`` signs for a zone by the zone's official name (``zones.signed_zone``: 泉州经济技术开发区管理委员会办公室)
    that opens with a listed place, printed whole or without its level word (泉州 of 泉州市): a zone is named
    after its place, so words of the attachment's title before the zone (…任务分工泉州…) are never taken for it."""
    zone = signed_zone(name.strip())
    return zone is not None and any(is_listed_place(zone[:k]) or is_listed_place(zone[:k] + word)
                                    for k in range(2, ZONE_PLACE_SHORT_MAX + 1) for word in PLACE_WORDS)


def _signs(issuer: str, issuer_ends: tuple[str, ...]) -> bool:
    """``issuer`` may be the name that signs a letter: short, ending like an issuer, no punctuation."""
    return bool(issuer) and len(issuer) <= SIGNATURE_MAX_CHARS and issuer.endswith(issuer_ends) \
        and not _SIGNATURE_PUNCT.search(issuer)


def point_signature(text: str) -> set[int]:
    """Around the signature run into the last of the cover letter's own numbered points
    (``二、强化督查考核。…考核。某市人民政府办公室2021年2月24日（此件公开发布）…方案``): after a
    sentence end, as in the letter (``_signature_joints``), and with no sentence after the date
    (a date inside an item's wording goes on: …2021年3月1日起施行。).  Left glued, the date was
    no paragraph of its own, so it did not part the letter's points from the plan's items
    (``items.Item.letter_part``) and the points became the items' sections."""
    copy = matching_copy(text)
    sigs = [sig for sig in _signatures(copy, tuple(vocab()["metadata"]["issuer_ends"]))
            if _first_of(copy, _SENTENCE_END, sig[-1]) is None]
    return {at for sig in sigs for at in (*sig, *_note_ends(copy, sig[-1]))}

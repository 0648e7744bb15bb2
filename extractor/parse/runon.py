"""A notice run into one line, split back into its lines (``split_run_on``).

A mirror that drops a notice's line breaks prints everything on one line: the letter, the
plan's items, the page around them.  The locate stage splits such a line before anything reads
it, so the metadata stage, the footer checks and every parser see the lines the notice printed:
before each label of its numbering (``textlayer.repair_breaks``), the cover letter at its
joints (doc number, title, recipients, signature, 附件: ``letter_joints``), the tasks and their
labelled lines of a list with no numbers (``labelruns.label_run_joints``), the signature that
closes the letter's own numbered points, and the page footer off the last item
(``pagetail``).  docs/parsing.md, "A notice run into one line", says what each joint is for.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .dashruns import ITEM_CLOSE, dash_topic_joints
from .deadlines import deadline_length
from .formlines import card_number
from .headfields import (RECIPIENTS_WITHIN, SENTENCE_END as _SENTENCE_END, TITLE_OPENER as _TITLE_OPENER,
                         first_of as _first_of, head_field_ends, recipients_colon as _recipients_colon,
                         title_span as _title_span)
from . import headlines
from .headlines import is_topic_line, names_its_lead
from .inline import closing_bracket, parse_bracket
from .labelruns import label_run_joints
from .labels import hit_role, label_hits, match_copy
from .outlineheads import MIN_HEADED_PARAGRAPHS
from .pagetail import footer_joints, page_marks, text_label_joints
from .roles import UNIT_ROLES
from .textlayer import repair_breaks
from .unitlists import ends_like_unit, last_rule_word, rule_line
from ..agencies.gazetteer import is_listed_place
from ..agencies.placechains import listed_chain
from ..agencies.zones import PLACE_WORDS, signed_zone
from ..brackets import ANY_CLOSERS, ANY_OPENERS, bracket_balance
from ..hanzi import simplified
from ..text import (CJK_RE, CN_DATE_RE, DATE_RE, DOC_NUMBER_RE, attachment_title_start, chrome_spans, doc_number_start,
                    fold, plan_name_ends, titles_division, vocab)
from ..numbering import SECTION_KINDS, split_numbering
from ..lazyre import lazy_re

#: an issuer signing above the date is shorter than this (the longest name in
#: the shipped registry is 19 characters; layout.issuer.ISSUER_MAX_CHARS)
SIGNATURE_MAX_CHARS = 40
_SIGNATURE_PUNCT = lazy_re(r"[，。,:：；;、《》〈〉“”]")
_ATTACHMENT_AT = lazy_re(r"附\s*件\s*[\d一二三四五六七八九十]*\s*[:：]")


def split_run_on(line: str) -> list[str]:
    """A notice run into one line, split as its lines were printed: before
    each label of its numbering (``repair_breaks``), the cover letter at its
    joints (``letter_joints``), a signature run into the letter's own last
    numbered point (``_point_signature``) and the page footer (相关新闻 …, the
    ``[boilerplate] stop_prefixes``) off the last part."""
    parts = [piece for text in _cut(line, text_label_joints(line))   # a collection's text labels (…清单篇二) first
             for part in repair_breaks(text, lost_breaks=True) for piece in _cut(part, page_marks(part))]
    body = next((i for i, p in enumerate(parts) if split_numbering(p) or card_number(p) is not None), len(parts))
    if body == len(parts):   # no numbered item: the letter's joints, and labelled tasks run into a paragraph
        return [piece for part in parts for piece in _cut(part, letter_joints(part) | spaced_joints(part)
                                                          | label_run_joints(part))]
    out = [piece for part in parts[:body] for piece in _letter_pieces(part)]
    # the footer opens in the last part, or earlier when a word of it (主办单位：) made a
    # label joint of its own after the last item
    tail = next((i for i in range(body, len(parts)) if footer_joints(parts[i])), len(parts) - 1)
    topics = dash_topic_joints(out[-1] if out else "", parts[body:tail])
    if out:   # the list's title run into the labelled run heading the list, or into its first dash topic
        out[-1:] = _cut(out[-1], _title_labels(out[-1]) | _title_topic(out[-1]) | topics.get(-1, set()))
    if body < len(parts):
        headed = headed_paragraph_joints(parts[body:tail + 1])
        out.extend(piece for i in range(body, tail)
                   for piece in _cut(parts[i], _point_signature(parts[i]) | _attachment_joints(parts, i)
                                     | record_joints(parts[i]) | rule_note_joints(parts[i])
                                     | headed.get(i - body, set()) | topics.get(i - body, set())))
        last = parts[tail]
        ends = footer_joints(last) | record_joints(last)   # the page's footer, the notice's record (抄送：)
        footer = min(ends, default=len(last))
        before = line.find(last) if tail < len(parts) - 1 else len(line) - len(last)
        signed = _closing_signature(last[:footer], _copy(line[:before]))
        closing = closing_requirement(last[:min(signed, default=footer)])
        out.extend(_cut(last, {*signed, *closing, *ends, *rule_note_joints(last[:footer]),
                               *headed.get(tail - body, set())}))
        out.extend(parts[tail + 1:])
    return _cut_group_lines(out)


#: what a run-on copy prints where a heading's line break stood: one space of any kind
_BREAK_SPACES = " \u3000\u00a0"


def headed_paragraph_joints(parts: list[str]) -> dict[int, set[int]]:
    """{index of a part: the joint after its heading}, for items of a section numbering kind
    (``numbering.SECTION_KINDS``: 一、, （一）) that each run a topic phrase on into their paragraph with a
    space where the break stood (``一、切实推进重大项目建设 坚持重点项目…。（A牵头；B配合）``): the words after
    the label up to the first space a topic phrase (``headlines.is_topic_line``: no clause or sentence mark),
    what follows opening with a Chinese character and holding a sentence's end.  Only when every item of
    that kind prints so, at least ``MIN_HEADED_PARAGRAPHS`` of them, as ``outlineheads.headed_paragraphs``
    reads such a list printed with its breaks (each phrase a section over its one paragraph); a space inside
    one item's wording (a PDF copy's wrap) cuts nothing.  Glued, each heading was its item's text and no
    section was read (holdout runonhead-wenshan, batch 38)."""
    joints: dict[str, dict[int, set[int]]] = {}
    for i, part in enumerate(parts):
        numbered = split_numbering(part)
        if numbered is None or numbered[0] not in SECTION_KINDS:
            continue
        kind = joints.setdefault(numbered[0], {})
        rest = numbered[4]
        space = next((k for k, ch in enumerate(rest) if ch in _BREAK_SPACES), None)
        after = rest[space:].lstrip(_BREAK_SPACES) if space is not None else ""
        if (space is not None and is_topic_line(rest[:space]) and CJK_RE.match(after)
                and any(ch in _SENTENCE_END for ch in after)):
            kind[i] = {part.find(rest) + space}
        else:
            kind[i] = set()
    return {i: cut for kind in joints.values() if len(kind) >= MIN_HEADED_PARAGRAPHS and all(kind.values())
            for i, cut in kind.items()}


def _cut_group_lines(lines: list[str]) -> list[str]:
    """The lines with the bracket that closes each group of items cut off its last item, when the
    notice's items print their units only so (README's range convention: a line after the group naming
    its units, ``…55个。（责任单位：X牵头，Y配合；完成时限：…）`` run onto the last item).  It is so
    when, in every run of items of one numbering kind (up to a line of another kind or none), an item
    whose line ends with a bracket holding an assignment (``inline.parse_bracket``) after its sentence
    end follows an item printing none, and the run's last item prints one: no two items in a row print
    their own.  Otherwise every bracket stays its item's."""
    kind_at = {i: numbered[0] for i, line in enumerate(lines) if (numbered := split_numbering(line)) is not None}
    brackets = {i: _item_bracket(lines[i]) for i in kind_at}
    kinds = {kind_at[i] for i, at in brackets.items() if at is not None}
    runs: list[list[int]] = []
    for i, kind in kind_at.items():
        if kind not in kinds:
            continue
        if runs and runs[-1][-1] == i - 1 and kind_at[i - 1] == kind:
            runs[-1].append(i)
        else:
            runs.append([i])

    def grouped(run: list[int]) -> bool:   # its last item prints a bracket, no two in a row do
        return brackets[run[-1]] is not None and not _under_lead_heading(lines, run[0]) and not any(
            brackets[a] is not None and brackets[b] is not None for a, b in zip(run, run[1:]))

    if not runs or not all(map(grouped, runs)) or all(len(run) == 1 for run in runs):
        return lines   # a bracket an item's own, or no group: every item prints its own bracket
    return [piece for i, line in enumerate(lines)
            for piece in (_cut(line, {brackets[i]}) if brackets.get(i) is not None else [line])]


def _under_lead_heading(lines: list[str], first: int) -> bool:
    """The run of items opening at ``lines[first]`` stands right under a numbered heading that names its
    items' lead (``一、县发改局牵头工作``: ``assign.parse_heading_lead``; ``一、县发改局（3项）``:
    ``headlines.heading_unit``): every item of it has its lead already, so the bracket on its last item
    (``…。（县财政局配合）``) is that item's own, as a copy with its breaks prints it, not a group's line."""
    return bool(first) and names_its_lead(lines[first - 1])


def _title_labels(piece: str) -> set[int]:
    """Before the run of labelled lines heading a whole list (``牵头单位：市商务局配合单位：…``), run on
    after the list's own title over it (``某市2022年稳外贸工作任务分工``: ``text.titles_division``), in
    the last piece before the list's first item.  Printed with its breaks the title is a line of its own
    and the labels stand right under it, which is what lets them head every item
    (``unitheads.list_unit``); glued, the labels were the title's words and no item had a unit.  Only a
    first label of a unit's role cuts: ``完成时限：`` alone heads no list."""
    copy = match_copy(piece)
    hits = label_hits(copy) if "：" in copy or ":" in copy else []
    if not hits or hit_role(hits[0]) not in UNIT_ROLES:
        return set()
    at = hits[0].start()
    return {at} if at and titles_division(piece[:at].strip()) else set()


def _title_topic(piece: str) -> set[int]:
    """Before the first topic line heading the list's items (``稳定扩大就业。``, a short phrase closed by its stop:
    ``headlines.is_topic_line``), run on after the list's own title over it (``某区2024年重点民生工作任务分解``:
    ``text.titles_division``), in the last piece before the list's first item.  Printed with its breaks the topic is
    a line of its own that heads the items under it; glued, it was the title's words, the first items had no section
    and the later ones were numbered one place early (holdout topicsteps-tianyuan, recurlabel-guidong, their one-line
    copies).  The topic is the shortest such phrase after a title's end: a topic's own words may end as a title does,
    a title holds no sentence's stop."""
    if not headlines.closes_with_stop(piece):
        return set()
    at = next((at for at in range(len(piece) - headlines.TOPIC_LINE_MIN_CHARS - 1,
                                  len(piece) - headlines.TOPIC_LINE_MAX_CHARS - 2, -1)
               if at > 0 and is_topic_line(piece[at:], closing_stop=True) and titles_division(piece[:at])), None)
    return {at} if at is not None else set()


@lru_cache(maxsize=1)
def _record_re() -> re.Pattern:
    """A label of the notice's record (``[metadata] record_labels``: 抄送, 抄报) and its colon."""
    labels = "|".join(map(re.escape, vocab()["metadata"]["record_labels"]))
    return re.compile(rf"(?:{labels})\s*[:：]")


def record_joints(text: str) -> set[int]:
    """Before the notice's record (版记: ``抄送：市委办公室，…``) run on after the last item, outside
    any bracket: a line of its own with its breaks (``text.is_record_line``), it parts the outline, so
    the last item never takes it as its text, nor its last label's unit as the rest of a name
    (``…牵头单位：市税务局抄送：…``).  抄送 with no colon is wording (…并抄送市商务局。)."""
    copy = _copy(text)
    return {m.start() for m in _record_re().finditer(copy)
            if m.start() and bracket_balance(copy[:m.start()], ANY_OPENERS, ANY_CLOSERS) <= 0}


def _item_bracket(line: str) -> int | None:
    """Where the bracket closing an item's line starts when it holds an assignment and follows the
    item's sentence end (…55个。（责任单位：…）), else None."""
    text = line.rstrip(ITEM_CLOSE)
    span = closing_bracket(text)
    if span is None or span[0] == 0 or text[span[0] - 1] not in _SENTENCE_END:
        return None
    return span[0] if parse_bracket(text[span[0] + 1:span[1]]) is not None else None


def _letter_pieces(part: str) -> list[str]:
    """The lines of a part before the plan's first item, cut at the letter's joints
    (``letter_joints``).  A page-end word there (a ``[boilerplate] stop_prefixes`` word: the QR
    prompt 扫一扫在手机打开当前页 of the controls line above the letter, cut from the controls
    beside it) ends nothing, since the letter and the items follow: it is cut off the piece it
    opens and dropped, and the rest is cut as a letter again.  Left at a line's start it ended
    the notice's content there (``cleanlines.clean_text_lines``), and no row was read."""
    out = []
    for piece in _cut(part, letter_joints(part) | spaced_joints(part)):
        word = _page_end_word(piece)
        if word is None:
            out.append(piece)
        else:
            out.extend(_letter_pieces(piece[len(word):]))
    return out


#: a part is read as joining its lines with a space each when at least this many of its letter's joints read so fall on
#: its spaces (a doc number followed by a space, an info line's 发文字号：… 发布日期：…, is one and says nothing)
MIN_SPACED_JOINTS = 2


def spaced_joints(text: str) -> set[int]:
    """The joints of a letter (``letter_joints`` with ``spaced``) that fall on the spaces of ``text``, when at least
    ``MIN_SPACED_JOINTS`` do: the text joined its lines with a space each (a forum's one-line copy, a document site's
    paragraph: ``spacejoined``), so a signature is the last of them before its date (``…落实情况 某区人民政府督查室
    2016年4月12日 附件 …``) and 附件 after a space opens a line.  Empty otherwise."""
    if " " not in text:
        return set()   # most parts: no space, no line joined by one
    found = {at for at in letter_joints(text, spaced=True) if 0 < at < len(text) and on_space(text, at)}
    return found if len(found) >= MIN_SPACED_JOINTS else set()


def on_space(line: str, at: int) -> bool:
    """A joint at ``at`` stands on a space: one just before or just after it."""
    return line[at - 1] == " " or line[at] == " "


def _page_end_word(piece: str) -> str | None:
    copy = simplified(piece)
    return next((w for w in vocab()["boilerplate"]["stop_prefixes"] if copy.startswith(w)), None)


def _point_signature(text: str) -> set[int]:
    """Around the signature run into the last of the cover letter's own numbered points
    (``二、强化督查考核。…考核。某市人民政府办公室2021年2月24日（此件公开发布）…方案``): after a
    sentence end, as in the letter (``_signature_joints``), and with no sentence after the date
    (a date inside an item's wording goes on: …2021年3月1日起施行。).  Left glued, the date was
    no paragraph of its own, so it did not part the letter's points from the plan's items
    (``items.Item.letter_part``) and the points became the items' sections."""
    copy = _copy(text)
    sigs = [sig for sig in _signatures(copy, tuple(vocab()["metadata"]["issuer_ends"]))
            if _first_of(copy, _SENTENCE_END, sig[-1]) is None]
    return {at for sig in sigs for at in (*sig, *_note_ends(copy, sig[-1]))}


#: an attachment's title is at most this long (``layout.tabletitle.TABLE_TITLE_MAX_CHARS``)
ATTACHMENT_TITLE_MAX_CHARS = 80
#: the mark over the next attachment run on after the last item's text: 附件, its number (one or
#: two digits, or a Chinese numeral; the digits of a title's year run into it are the title's:
#: 附件22024年… is 附件2 over 2024年…), a colon or spaces
_NEXT_ATTACHMENT_AT = lazy_re(r"附\s*件\s*(?P<number>\d{1,2}?(?=\d{4}年)|\d{1,2}(?!\d)|[一二三四五六七八九十]{1,3})\s*[:：]?\s*")


def _attachment_joints(parts: list[str], i: int) -> set[int]:
    """Around the next attachment's mark run on after part ``i``'s text (…、各街道办事处附件2
    2024年民生实事清单) when the part ends in that attachment's title (no sentence end after the
    mark) and the part following it opens its list again (1. or 一、): the mark is cut out as a
    line of its own, which starts a new part of the notice (``items.Item.letter_part``), and the
    title as another.  Left glued, the mark and title were the last item's last unit name and the
    next list's items stayed under the last heading of this one.  附件2 in an item's sentence
    (按附件2格式报送。) is followed by the sentence, not by a title and a new list.  The mark's
    number ends where a title the parts before name begins (``text.attachment_title_start``)."""
    opens = split_numbering(parts[i + 1])
    if opens is None or opens[2] != 1:
        return set()
    copy = _copy(parts[i])
    for m in _NEXT_ATTACHMENT_AT.finditer(copy):
        title = copy[m.end():]
        if len(title) <= ATTACHMENT_TITLE_MAX_CHARS and not any(ch in _SENTENCE_END for ch in title):
            return {m.start(), attachment_title_start(copy, m, lambda: _copy("".join(parts[:i])) + copy[:m.start()])}
    return set()


def closing_requirement(text: str) -> set[int]:
    """Before the closing requirement run on after the last item's own bracket, ahead of the
    signature (``（七）…。（X牵头；A、B配合）各县（市、区）要…报市政府督查室。``): the item's
    closing bracket holds its assignment (``inline.parse_bracket``) and what follows is a
    sentence of its own, opening with no deadline (``（X牵头）2024年底前完成。`` is the item's) and
    no number.  Printed with its breaks, the requirement is a paragraph under the list; left on
    the item, its bracket closed nothing and the last item gave no row."""
    if split_numbering(text) is None:
        return set()
    copy = _copy(text)
    end = _assignment_bracket_end(text, copy)
    if end is None:
        return set()
    at = end + 1 + len(copy[end + 1:]) - len(copy[end + 1:].lstrip(ITEM_CLOSE))
    rest = copy[at:].rstrip()
    if (not rest or not rest.endswith(tuple(_SENTENCE_END)) or rest[0] in ANY_OPENERS
            or bracket_balance(rest, ANY_OPENERS, ANY_CLOSERS) != 0
            or deadline_length(rest) or split_numbering(rest) is not None):
        return set()
    return {at}


def _assignment_bracket_end(text: str, copy: str) -> int | None:
    """Where the last bracket of ``text`` holding an assignment (``inline.parse_bracket``) closes, or None.
    A bracket after it names no unit: the requirement's own words may print one (``各县（市）人民政府…要…``,
    holdout runonhead-wenshan, batch 38: before, its （市） was taken for the item's bracket, which then
    closed nothing, and the last item gave no row)."""
    for end in range(len(copy) - 1, 0, -1):
        if copy[end] in ANY_CLOSERS:
            span = closing_bracket(text, end + 1)   # (of text[:end + 1], not copied: one copy a closer was quadratic)
            if span is not None and parse_bracket(text[span[0] + 1:end]) is not None:
                return end
    return None


def rule_note_joints(text: str) -> set[int]:
    """Before a rule for the items after it run on after an item's closing bracket (``…（B配合）注：以下各项均需X
    落实，不再逐项列出。``): printed with its breaks, a line of its own (``unitlists.rule_line``), which the
    outline keeps for the measures below it (``outline.Outline.add_rule``).  Left on the item, it was the
    item's text and gave no unit."""
    if not any(ch in ANY_CLOSERS for ch in text):
        return set()   # (rule_line reads a part holding no 均/都/皆 no further: most parts)
    last = last_rule_word(text)   # a tail opening past it holds no such word: no rule, and not copied
    for k in range(len(text) - 1, 0, -1):
        if text[k] in ANY_CLOSERS:
            at = k + 1
            while at < len(text) and text[at] in ITEM_CLOSE:
                at += 1
            if at <= last and rule_line(text[at:]) is not None:
                return {at}
    return set()


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


#: a note after a signature's date opening with a label and its colon (（联系人：…）) ...
_LABELLED_NOTE_RE = lazy_re(r"[（(][\u4e00-\u9fff]{2,6}[:：]")
#: ... holds at most this many characters (a contact's names, numbers and mail address)
LABELLED_NOTE_MAX_CHARS = 80


def _closing_signature(text: str, before: str) -> set[int]:
    """Around the signature that closes a notice run into one line (the last
    item's text, then the issuer, then the date).  After a sentence end the
    issuer is found as in the letter (``_signature_joints``); run straight into
    the last unit list (``…、市财政局许昌市人民政府2020年5月18日``) it is the
    longest name before the date that the notice's title printed in front of
    its 关于 (``许昌市人民政府关于…``); a title without its issuer cuts nothing,
    so a unit name is never cut in two."""
    copy = _copy(text)
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
        if head[start:] + _TITLE_OPENER in before:
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


def _cut(text: str, cuts) -> list[str]:
    bounds = [0, *sorted(c for c in set(cuts) if 0 < c < len(text)), len(text)]
    return [p for p in (text[a:b].strip() for a, b in zip(bounds, bounds[1:])) if p]


def _copy(text: str) -> str:
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
    copy, voc = _copy(text), vocab()["metadata"]
    issuers = list(_signatures(copy, tuple(voc["issuer_ends"]), spaced))
    cuts = {at for sig in issuers for at in (*sig, *_note_ends(copy, sig[-1]))}
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
        if copy.endswith(ends, mark.end(), at) and (listed_chain(copy, at) is not None or _signs_for_zone(copy[at:date]))\
                and _signs(copy[at:date].strip(), issuer_ends):
            return at
    return None


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

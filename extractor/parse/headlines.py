"""What one line of a text-form notice is, read alone: a unit's name standing as a heading
(``市发改委`` over the items it leads), or a section heading run into its first item
(``一、政务服务推进“一件事一次办”…``: where the item begins).  The outline (``outline.py``)
decides from the lines around it whether such a line heads anything."""
from __future__ import annotations

import re
from functools import lru_cache

from .assign import parse_heading_lead
from .unitlists import is_unit_list
from .labels import hit_role, label_hits, match_copy, starts_with_label
from .roles import role_stems
from ..hanzi import simplified
from ..text import COLONS, FULL_STOPS, SENTENCE_ENDS, TRAILING_NOTE_RE, alternation, vocab
from ..lazyre import lazy_re
from ..numbering import split_numbering

#: a unit's name heading its tasks is one name or a short run of co-leads (市农业农村局:
#: 6 characters; 区审计局、卫健局: 8; two provincial full names, 四川省住房和城乡建设厅，四川省民政厅:
#: 19); a longer line is wording
MAX_UNIT_HEADING = 32
#: a unit heading is names only: a sentence's or a label's punctuation makes it wording
_NOT_IN_UNIT_HEADING = "。：:"
#: what parts the co-leads of a heading besides 、 (省应急管理厅；省市场监督管理局)
_HEADING_NAME_SEPS = ("，", ",", "；", ";")


def is_unit_heading(line: str) -> bool:
    """True for a line that is only a unit's name (``市发改委``) or a run of co-leads
    (``区审计局、卫健局``, ``省住建厅，省民政厅``, ``…；…``), whatever form the items under
    it take (inline brackets, labelled lines, Word's auto-numbers)."""
    s = line.strip()
    if not 0 < len(s) <= MAX_UNIT_HEADING or any(c in s for c in _NOT_IN_UNIT_HEADING):
        return False
    for sep in _HEADING_NAME_SEPS:
        s = s.replace(sep, "、")
    return is_unit_list(s)


#: what may close a unit's name standing as a line of its own (县发展和改革局：, the list's items below)
_LINE_CLOSERS = COLONS


def unit_line(line: str) -> str | None:
    """The unit's name a line without a number is (``is_unit_heading``), a colon closing it allowed
    when it names one unit (``县发展和改革局：`` over its items), or None: a label waiting for its
    value on the next line (``牵头单位：``) and a letter's recipients (``各乡镇人民政府，县直各单位：``)
    are none."""
    s = line.strip()
    if not s.endswith(_LINE_CLOSERS):
        return s if is_unit_heading(s) else None
    name = s[:-1].rstrip()
    if any(sep in name for sep in ("、", *_HEADING_NAME_SEPS)) or starts_with_label(s):
        return None
    return name if is_unit_heading(name) else None


def role_line(line: str) -> str | None:
    """The role a line without a number gives the unit whose name stands over it (``牵头任务``,
    ``配合任务：`` -> ``"support"``: ``heading_role``), or None."""
    s = line.strip()
    if len(s) > MAX_ROLE_HEADING + MAX_HEADING_COUNT + 1:
        return None   # most paragraphs: longer than any sub-heading, not simplified to look
    return heading_role(s[:-1] if s.endswith(_LINE_CLOSERS) else s)


#: the count of a unit's tasks after its name takes at most this many characters (（共12项任务）: 8)
MAX_HEADING_COUNT = 10


def names_its_lead(line: str) -> bool:
    """A numbered heading whose wording names its items' lead: a unit's name (``一、县发改局（3项）``:
    ``heading_unit``) or units and a lead verb over work (``一、县发改局牵头工作``: ``assign.parse_heading_lead``).
    Such a line is whole: its items under it have their lead, and it goes on into nothing."""
    numbered = split_numbering(line)
    if numbered is None:
        return False
    heading = numbered[-1]
    return heading_unit(heading) is not None or (
        (found := parse_heading_lead(heading)) is not None and bool(found.lead))


def heading_unit(text: str) -> str | None:
    """The unit a numbered heading is, when a unit's name (or a run of co-leads) is all its
    wording but the count of the unit's tasks (``[outline] heading_count``):
    ``县发展改革局（2项）`` -> ``县发展改革局``, ``市教育局 共2项`` -> ``市教育局``; else None.  Wording
    that opens with a task verb (``task_openers``) or a word about a unit (``[outline]
    unit_heading_not_openers``) and goes on with a unit's name names its subject, not its lead
    (``新建县人民医院``, ``关于组建县数据资源局``)."""
    s = text.strip()
    if len(s) > MAX_UNIT_HEADING + MAX_HEADING_COUNT:
        return None   # an item's wording, the most of them: not simplified to look
    count = _heading_count_re().search(simplified(s))
    name = (s[:count.start()] if count else s).strip()
    if not is_unit_heading(name):
        return None
    copy = simplified(name)
    if any(copy.startswith(word) and is_unit_heading(name[len(word):]) for word in _wording_openers()):
        return None
    return name


def heading_role(text: str) -> str | None:
    """The role a sub-heading under a unit's name gives that unit for the items beneath it
    (``牵头任务`` -> ``"lead"``, ``配合任务`` / ``参与的工作（共2项）`` -> ``"support"``), or None: a
    role word's stem (``roles.role_stems``: 牵头单位 -> 牵头) and a word for the tasks (``[outline]
    role_heading_nouns``) are all its wording but the count."""
    s = "".join(simplified(text).split())
    if len(s) > MAX_ROLE_HEADING + MAX_HEADING_COUNT:
        return None
    count = _heading_count_re().search(s)
    m = _role_heading_re().fullmatch(s[:count.start()] if count else s)
    return next((role for role, word in m.groupdict().items() if word), None) if m else None


#: a role sub-heading is short (主要责任的任务: 7 characters)
MAX_ROLE_HEADING = 12


@lru_cache(maxsize=1)
def _role_heading_re() -> re.Pattern[str]:
    roles = "|".join(f"(?P<{role}>{alternation(stems)})" for role, stems in role_stems().items())
    return re.compile(f"(?:{roles})的?(?:{alternation(vocab()['outline']['role_heading_nouns'])})")


@lru_cache(maxsize=1)
def _heading_count_re() -> re.Pattern[str]:
    return re.compile(vocab()["outline"]["heading_count"])


@lru_cache(maxsize=1)
def _wording_openers() -> tuple[str, ...]:
    return tuple(vocab()["outline"]["unit_heading_not_openers"]) + _task_openers()


#: a section heading run into its first item holds at least this many characters (政务, 环保) ...
GLUED_HEADING_MIN_CHARS = 2
#: ... and at most this many: section titles are short phrases (the longest in the fixtures,
#: 提升政务服务效能 and the like, hold 8 to 12)
GLUED_HEADING_MAX_CHARS = 16
#: what ends the opening phrase a heading can hide in
_PHRASE_END_RE = lazy_re(r"[，,。；;：:、“”\"《》（）()【】]")


def first_item_start(text: str) -> int | None:
    """Where the item begins in ``text``, a heading run into its first item: at the last
    run of task verbs (``[outline] task_openers``: 加快推进 is one run) that opens after
    ``GLUED_HEADING_MIN_CHARS`` and within ``GLUED_HEADING_MAX_CHARS`` in the text's opening
    phrase (before its first punctuation); None when no verb stands there."""
    copy = simplified(text)
    phrase = copy[:min(len(copy), GLUED_HEADING_MAX_CHARS + 1)]
    end = _PHRASE_END_RE.search(phrase)
    phrase = phrase[:end.start()] if end else phrase
    openers = _task_openers()
    start = run_start = None
    at = run_end = 0
    while at < len(phrase):
        word = next((w for w in openers if phrase.startswith(w, at)), None)
        if word is None:
            at += 1
            continue
        if at != run_end or run_start is None:
            run_start = at
        if run_start >= GLUED_HEADING_MIN_CHARS:   # a heading may open with a verb (提升政务服务效能)
            start = run_start
        at = run_end = at + len(word)
    return start


def opens_with_task_verb(text: str) -> bool:
    """Whether ``text`` opens with a task verb (``[outline] task_openers``: 完成, 推进, 做好 …)."""
    return simplified(text).startswith(_task_openers())


def task_verbs_end(text: str) -> int:
    """Where the run of task verbs ``text`` opens with ends (``落实各镇街…`` -> 2, ``加快推进…`` -> 4; 0 where it opens with
    none)."""
    simple, at = simplified(text), 0
    while (word := next((w for w in _task_openers() if simple.startswith(w, at)), None)) is not None:
        at += len(word)
    return at


@lru_cache(maxsize=1)
def _task_openers() -> tuple[str, ...]:
    return tuple(sorted(vocab()["outline"]["task_openers"], key=len, reverse=True))


#: a point's opening phrase, up to its first full stop, is a heading's length (提高认识，吃透政策要求: 11;
#: the longest section titles hold 8 to 16): a longer first sentence is an item's or a paragraph's
POINT_HEAD_MAX_CHARS = 24


def is_run_in_point(text: str) -> bool:
    """A numbered paragraph that says its point in full (``提高认识，吃透政策要求。各县区、各部门要…。``):
    a heading's phrase closed by a full stop within ``POINT_HEAD_MAX_CHARS``, at least one sentence
    of its own after it, and a full stop at its end.  A heading over a list is its title alone
    (``三、重点任务``), or leads into the list (``…重点抓好以下工作：``)."""
    s = text.strip()
    if not s.endswith(FULL_STOPS):
        return False
    first = min((at for at in map(s.find, FULL_STOPS) if at >= 0), default=-1)
    return 0 < first <= POINT_HEAD_MAX_CHARS and first < len(s) - 1



def opens_point(text: str) -> bool:
    """``text`` opens with a heading's phrase closed by a full stop within ``POINT_HEAD_MAX_CHARS`` and goes on after
    it, whatever closes it (``is_run_in_point`` without the closing stop: a copy may have lost it with the bracket
    after it, parse/qmarkbrackets.py)."""
    s = text.strip()
    first = min((at for at in map(s.find, FULL_STOPS) if at >= 0), default=-1)
    return 0 < first <= POINT_HEAD_MAX_CHARS and first < len(s) - 1

#: the colon that closes a heading's phrase run into its paragraph (（一）总体要求：以…为指导，…。)
RUN_IN_COLONS = COLONS


#: the prose a heading's phrase closed by a full stop runs on into is longer than this (the 2018 湖南 opinion's
#: `（一）总的要求和主要预期目标。以…为指导，…发展。`: some 60 characters); a heading's own note after its stop is
#: shorter (counttail-zhengzhou's `跨越式發展目標。圍繞“31245”總體目標設置，共8項。`: 20, the longest printed)
RUN_IN_PROSE_MIN_CHARS = 30


def run_in_heading(text: str) -> str | None:
    """The heading's phrase of a heading paragraph that runs its point on after a colon (``（一）总体要求：以…
    为指导，…。``): the words before the colon, within ``POINT_HEAD_MAX_CHARS`` and holding no full stop, when
    the point's own prose follows and closes the paragraph; or the words before its first full stop
    (``is_run_in_point``: ``（一）总的要求和主要预期目标。以…为指导，…。``) when the prose after it is longer than
    ``RUN_IN_PROSE_MIN_CHARS``; else None.  A heading that is its title alone (``三、重点任务``) or leads into a
    list (``…重点抓好以下工作：``) has none, and neither has one whose name a full stop closes over a short
    sentence: that sentence is the heading's own (``（三）社會事業發展目標。共4項。``, a count)."""
    s = text.strip()
    if not s.endswith(FULL_STOPS):
        return None
    first = min((at for at in map(s.find, RUN_IN_COLONS) if at >= 0), default=-1)
    if not 0 < first <= POINT_HEAD_MAX_CHARS or first >= len(s) - 1 or any(stop in s[:first] for stop in FULL_STOPS):
        stop = min((at for at in map(s.find, FULL_STOPS) if at >= 0), default=-1)
        if is_run_in_point(s) and len(s) - stop - 1 > RUN_IN_PROSE_MIN_CHARS:
            return s[:stop].strip()
        return None
    return s[:first].strip()


#: an unnumbered topic line between items is a short phrase (加强基础设施建设, 办好教育和卫生健康事业:
#: 8 and 11 characters in topicline-xianan); a longer line is a wrapped sentence's rest
TOPIC_LINE_MAX_CHARS = 20
#: the least characters of a topic: one word of a verb and its object
TOPIC_LINE_MIN_CHARS = 4
#: no clause, sentence or bracket mark stands in a topic: a line printing one is wording, a note
#: (（此件公开发布）) or a label
#: the full stops a topic line may close with when the outline asks (``is_topic_line``'s ``closing_stop``)
TOPIC_CLOSING_STOPS = ("。", "．")
NOT_IN_TOPIC_RE = lazy_re(r"[，,。.；;：:！!？?、（）()〔〕【】\[\]《》“”\"]")


def is_topic_line(line: str, closing_stop: bool = False) -> bool:
    """True for a line that may be an unnumbered topic heading between items (``壮大特色产业`` under
    ``7.…（牵头单位：…）``, over ``8.…``): a short phrase (``TOPIC_LINE_MIN_CHARS`` to
    ``TOPIC_LINE_MAX_CHARS`` characters), mostly Chinese, with no clause, sentence or bracket mark.
    With ``closing_stop`` the phrase may close with one full stop, as a city's plan prints its topics
    (``着力扩大有效投资。``, bureaupage-xianning-2024-1); the outline asks so of the lines between
    items, where more than one such line must head measures, and not of a numbered heading, where a
    closing stop says the heading is a sentence run into its item.  Read alone it is only a
    candidate: the outline decides from the items around it (``outline.Outline._take_topic_lines``)."""
    s = without_heading_note("".join(line.split()))
    if closing_stop and s.endswith(TOPIC_CLOSING_STOPS):
        s = s[:-1]
    if not TOPIC_LINE_MIN_CHARS <= len(s) <= TOPIC_LINE_MAX_CHARS or NOT_IN_TOPIC_RE.search(s):
        return False
    return sum("\u4e00" <= c <= "\u9fff" for c in s) * 2 > len(s)


#: the marks a project's name holds none of (its parts may be listed with 、: 小街巷、小绿地建设工程)
_NOT_IN_PROJECT_NAME = frozenset("，,。.；;：:！!？?（）()〔〕【】[]《》")


def is_project_name(heading: str) -> bool:
    """``heading`` (a numbered heading's words) names a project, maybe closed by ONE full stop: a short phrase
    (``TOPIC_LINE_MIN_CHARS`` to ``TOPIC_LINE_MAX_CHARS`` characters) ending in a project's noun (``[outline]
    project_nouns``: 工程, 项目) with no mark but 、 inside (``重点行业绿色升级工程。``, ``小街巷、小绿地建设工程。``).  A city's
    plan closes its projects' names so; the stop makes no sentence of a name, where a verb phrase closed by one
    (``加强组织领导。``) is a sentence run into its item (tests/fixtures/README.md "A project heading over a 工作内容： line
    and a 责任单位： line", "A bracket the copy cuts inside a clause, before its verb"; holdout workcontent-suzhouah,
    cutclause-liupanshui, batch 122)."""
    s = "".join(heading.split())
    if s.endswith(TOPIC_CLOSING_STOPS):
        s = s[:-1]
    return TOPIC_LINE_MIN_CHARS <= len(s) <= TOPIC_LINE_MAX_CHARS and s.endswith(_project_nouns()) \
        and not _NOT_IN_PROJECT_NAME.intersection(s)


@lru_cache(maxsize=1)
def _project_nouns() -> tuple[str, ...]:
    return tuple(vocab()["outline"]["project_nouns"])


def stops_inside_sentence(text: str) -> bool:
    """``text`` (an item's line as printed) stops inside a sentence: no full stop, semicolon or colon at its end, and no
    heading's short phrase (``is_topic_line``: ``一、主要目标``), as a line a page break or a wrap cut does
    (``6.…完成产业项目投资增长10%以`` over ``上。牵头单位：…``)."""
    text = text.rstrip()
    return bool(text) and not text.endswith((*SENTENCE_ENDS, "：", ":")) and not is_topic_line(text)


def closes_with_stop(line: str) -> bool:
    """``line`` closes with one of the full stops a topic line may close with (``TOPIC_CLOSING_STOPS``)."""
    return line.rstrip().endswith(TOPIC_CLOSING_STOPS)


def leads_in(line: str) -> bool:
    """``line`` holds a word leading in to what follows it (``[outline] lead_in_words``: 如下, 以下): a
    preamble's sentence (具体分工如下。), no topic."""
    return any(word in line for word in vocab()["outline"]["lead_in_words"])


def without_heading_note(text: str) -> str:
    """``text`` without the bracket a heading prints after its name: its count (``扩大有效投资（3项）``:
    ``[outline] heading_count``) or its leaders (``优化营商环境（牵头领导：刘洋）``: a label of the leader role,
    people, no unit), and both where it prints both (``加强生态环境保护（1项）（牵头领导：赵磊）``, either
    first: before, only the last went, and the count left in made the heading no topic, so a section of
    one unnumbered item read its heading as the item's text, blindsynth seed 11509).  The brackets stay in
    the heading's title (docs/forms.md); a topic line is told by the words before them."""
    while text and text[-1] in ")）" and (bare := _without_one_note(text)) != text:
        text = bare
    return text


def _without_one_note(text: str) -> str:
    """``text`` without the last bracket ``without_heading_note`` takes off (a count or the leaders), or as it is."""
    count = _heading_count_re().search(simplified(text))
    if count is not None and count.start() > 0:
        return text[:count.start()]
    note = TRAILING_NOTE_RE.search(text)
    if note is None or note.start() == 0:
        return text
    hits = label_hits(match_copy(note.group()[1:-1]))
    return text[:note.start()] if hits and hits[0].start() == 0 and hit_role(hits[0]) == LEADER_ROLE else text


#: the label role of the people a heading may name after it (roles.toml ``leader``)
LEADER_ROLE = "leader"


def run_in_units(text: str) -> tuple[str, str] | None:
    """(units, duties) of an item's wording whose first sentence is only its units' names closed by a
    full stop and whose duties follow it in the same paragraph (``市工商局、市卫生局。依法查处…；加强…。``:
    runinunits-beijing-2010-1, a plan's 职责分工 items run in after their units), or whose units' names stand
    before a colon over its duties (``市卫生局：负责…；负责…。``: unitcolon-beijing-2012-1, page 4 of another
    北京 plan's 职责分工), else None.  The units are a unit heading's (``heading_unit``); a sentence of wording
    before the stop (``总的要求和主要预期目标。``), a label before the colon (``牵头单位：``: a labelled line's)
    or nothing after either is no such item.  ``inline.run_in_unit_kinds`` asks that several items of a kind
    read so before any does: a lone item whose subject is a unit (``（三）市场监管部门。加强…``) may be a point."""
    cut = next((i for i, ch in enumerate(text) if ch in FULL_STOPS or ch in RUN_IN_COLONS), -1)
    if cut <= 0 or (text[cut] in RUN_IN_COLONS and starts_with_label(text)):
        return None
    head, rest = text[:cut].strip(), text[cut + 1:].strip()
    if not rest or heading_unit(head) is None:
        return None
    return head, rest

"""What the outline's headings make of the items under them: a heading's one item printed
without a number (``lone_items``, ``headed_paragraphs``), the sections' numbers
(``sections_by_head``), which topic line over a list's first item heads it (``first_topic``) and
what a letter's point prints of its own (``point_text``), whether a plan follows the letter's date
(``plan_after_letter``), whether an item is a dash-bulleted topic line (``dash_topic``), whether a paragraph
under a unit's name line leads in to its items (``unit_lead_in``), and which subheading over a lead-in heads a list
of unnumbered items (``lead_in_heading``).  ``outline.py`` asks them."""
from __future__ import annotations

import re

from .assign import Assignment, parse_labels, parse_verbs
from .headlines import TOPIC_CLOSING_STOPS, closes_with_stop, is_topic_line, leads_in, run_in_heading, unit_line
from .labels import starts_with_label
from .partheads import headed_parts
from .unitlists import CLOSERS, OPENERS
from ..brackets import closing_opener
from ..text import COLONS, SENTENCE_ENDS, TRAILING_MARKS, titles_division
from .items import BARE_RANK, MARK_KIND, MIN_TOPIC_LINES, TOPIC_KIND, Bare, Item, Topic, closes_measure, opens_measure
from ..models import Section
from ..numbering import SECTION_KINDS, is_dash_label, section_numbers, split_numbering


def lone_items(events) -> bool:
    """A heading holds one item printed without a number: its second paragraph closes with
    its own assignment (``（三）进展缓慢的有1项。`` / ``某某工程。（责任单位：…）``), and its numbering
    kind numbers no measure but heads numbered ones elsewhere in the notice (the nearest
    outer item over an item printing its own assignment: the same heading over ``1.`` ``2.``
    in the next area).  Where the kind numbers measures, the paragraph is the item's own."""
    items = [e for e in events if isinstance(e, Item)]
    if not any(e.more_own for e in items):
        return False   # most notices: no item's assignment stands in a paragraph of its own
    measure_kinds, heading_kinds = set(), set()
    outer: list[Item] = []   # the items an item may stand under, outermost first
    for e in items:
        while outer and outer[-1].rank >= e.rank:
            outer.pop()
        if e.own is not None and not e.more_own:
            measure_kinds.add(e.kind)
            if outer:
                heading_kinds.add(outer[-1].kind)
        outer.append(e)
    return any(e.more_own and e.kind in heading_kinds - measure_kinds for e in items)


def unnumbered_items(events) -> bool:
    """Whether the notice holds items printed with no number that ``lone_items``, ``headed_paragraphs``,
    ``lone_project`` or ``partheads.headed_parts`` find (``lostnumbers.number_bare_items`` then numbers them by place)."""
    return (lone_items(events) or headed_paragraphs(events) or lone_project(events) or headed_parts(events)
            or titled_tasks(events))


def titled_tasks(events) -> bool:
    """A section kind's heading closed by a stop (``（一）狠抓工業污染防治。``: ``headlines.is_topic_line`` with its
    closing stop) over ONE paragraph that closes with its own assignment and opens with a title sentence of its own
    (``清理取締“十小”企業。各區…。［市環保局牽頭，…］``): the paragraph is a task under the heading, no run-on of it, since
    one item does not open with two titles (docs/parsing.md "A task under a heading closed by a stop"; holdout
    tradsqbr-zhuhai-2016-1, batch 127, a store's copy cut after the heading's first task, read as sqnote-jiamusi's
    headings over several such tasks are).  ``lostnumbers.number_bare_items`` cuts it off, numbered by place."""
    return any(isinstance(e, Item) and e.kind in SECTION_KINDS and e.more_own and len(e.more) == 1
               and closes_with_stop(e.text) and is_topic_line(e.text, closing_stop=True) and _opens_with_title(e.more[0])
               for e in events)


def _opens_with_title(paragraph: str) -> bool:
    """``paragraph`` opens with a title sentence and goes on after it: a short phrase (``TOPIC_LINE_MIN_CHARS`` to
    ``TOPIC_LINE_MAX_CHARS`` characters, quotation marks aside: ``清理取締“十小”企業。``) with no clause mark, closed by a
    full stop."""
    text = paragraph.strip()
    end = min((k for k in (text.find(mark) for mark in TOPIC_CLOSING_STOPS) if k > 0), default=None)
    if end is None or end + 1 >= len(text):
        return False
    return is_topic_line(_QUOTES_RE.sub("", text[:end]))


#: the quotation marks a task's title may print around a named thing (清理取締“十小”企業)
_QUOTES_RE = re.compile("[“”‘’\"]")


def lone_project(events) -> bool:
    """A page holding ONE project by name, no number printed anywhere: its name alone on a line, then its
    labelled lines (``某某提升工程`` / ``牵头单位：X`` / ``协办单位：A、B``; a district's 民生实事 published one project
    a page, holdout projlabels-guangming, batch 56): the paragraph right over the page's one stand-alone
    assignment is its item (``lostnumbers.number_bare_items``).  Before, it was read as the page's lead-in and the
    page gave no row.  Only where the notice prints no numbered item at all and one assignment: a list of such
    names has a paragraph between two assignments."""
    if any(isinstance(e, Item) for e in events):
        return False
    at = [i for i, e in enumerate(events) if isinstance(e, Assignment)]
    return len(at) == 1 and at[0] > 0 and isinstance(events[at[0] - 1], Bare)


#: a notice's numbered headings, each a phrase over ONE unnumbered paragraph that closes with its own
#: assignment, make a list of headed paragraphs when there are at least this many (one such heading is
#: an item whose text ran on into a paragraph of its own)
MIN_HEADED_PARAGRAPHS = 2


def headed_paragraphs(events) -> bool:
    """Every item of a section numbering kind (一、, （一）: ``numbering.SECTION_KINDS``) is a heading over
    one paragraph that closes with its own assignment (``一、推进重大项目建设`` / ``健全…制度，…。（A、B牵头；
    C配合）``): a short phrase with no clause or sentence mark (``headlines.is_topic_line``), its one
    paragraph after it the item; at least ``MIN_HEADED_PARAGRAPHS`` of them.  Items numbered in digits
    over such a paragraph (``1、某某项目事宜`` / ``由X负责，…``) are measures whose title line runs into
    their text (holdout leaderfirst-lanzhou).  A province's or a prefecture's opinion prints its points so: each heading is a section
    holding one unnumbered item (holdout provbr-yunnan, fuzebr-chuxiong, batch 36: before, the heading
    ran into the paragraph as one item's text, and no section was read).  Only the items of the parts
    the headings stand in count (``Item.letter_part``): a cover letter that numbers its own points
    (``一、提高思想认识。各地各部门要…。``) before its signature date keeps the list's headings read so."""
    items = [e for e in events if isinstance(e, Item)]
    headed = [e for e in items if e.kind in SECTION_KINDS and e.more_own and len(e.more) == 1
              and is_topic_line(e.text)]
    kinds = {e.kind for e in headed}
    if len(headed) < MIN_HEADED_PARAGRAPHS or len(kinds) != 1:
        return False
    parts = {e.letter_part for e in headed}   # the cover letter's own points 一、二、 are another part's
    return all(e in headed for e in items if e.kind in kinds and e.letter_part in parts)


def headed_tasks(events) -> list[int]:
    """Indices of the numbered headings that each hold ONE task: a section kind's item (``（七）``, ``三、``) printing a
    short phrase and no sentence (``headlines.is_topic_line``), its one unnumbered paragraph closing a sentence, and a
    stand-alone assignment (``责任单位：…`` lines) right after that paragraph, with no further paragraph under the
    heading (``lostnumbers.cut_headed_tasks`` makes the heading a section and the paragraph its measure, numbered as the
    heading: tests/fixtures/README.md "A numbered heading over one task"; holdout headtask-county-2009-3, batch 68).
    Before, the heading's words ran into the paragraph as one item's text, and no section was read.  Only where every
    such heading of its kind that an assignment follows is one: a kind whose items run on into a second line of their
    own text otherwise is left as it is."""
    found, other_kinds = [], set()
    for i, e in enumerate(events[:-1]):
        if not isinstance(e, Item) or e.kind not in SECTION_KINDS or not isinstance(events[i + 1], Assignment):
            continue
        if e.own is None and not e.more_own and len(e.more) == 1 and is_topic_line(e.text) \
                and e.more[0].rstrip().endswith(SENTENCE_ENDS) and not _more_under(events, i + 2, e):
            found.append(i)
        else:
            other_kinds.add(e.kind)
    return [i for i in found if events[i].kind not in other_kinds]


def _more_under(events, start: int, head: Item) -> bool:
    """Whether a paragraph of no number (``Bare``) comes after ``start`` before the next item of ``head``'s rank or
    an outer one: a heading holding more than one task."""
    for e in events[start:]:
        if isinstance(e, Item) and e.rank <= head.rank:
            return False
        if isinstance(e, Bare):
            return True
    return False


def sections_by_head(heads: list[Item], report_heads: list[Item] = ()) -> dict[int, Section]:
    """{id(heading item): its section}, in order.  Numbered as printed (a heading printing no
    number, a topic line, by its place, with no label), unless two headings print
    the same number (status headings ``（三）进展缓慢的有2项。`` repeated under every area, a second
    list numbering ``一、`` again): then every section is numbered by its place in the notice, 1..n,
    so numbers stay unique (tests/fixtures/README.md); each heading is a section of its own, even
    where two print the same words.  ``heads`` are in the notice's order, ``report_heads`` among them:
    the headings whose items all name only the body reporting or checking them (``（数据提供单位：区统计局）``,
    ``items.checked_only``).  No section is listed for those, but each keeps its number and place, as such
    an item keeps its place among the items (``items.counts_place``).  Before, they were not counted: a
    list restarting ``（一）`` under each part, whose second ``（一）`` held only such items, was read as
    never restarting, and the sections after it kept their printed numbers (blindsynth bs23714)."""
    unlisted = {id(h) for h in report_heads}
    numbers = section_numbers([place if h.no is None else h.no for place, h in enumerate(heads, start=1)])
    return {id(h): Section(no=no, label=h.label or None, title=without_lead_bracket(run_in_heading(h.text) or _words(h)))
            for h, no in zip(heads, numbers) if id(h) not in unlisted}


#: a heading a copy broke at the page's width filled its line: its label and words are at least this long
HEADING_WRAP_MIN_CHARS = 24
#: ... and the rest it carried onto the next line is a word or two at most (a longer line under a long heading is
#: a topic of its own: 打造沿江临空产业带 under （一）…拓展产业承载空间, holdout lostchars-huangshigang)
HEADING_WRAP_MAX_REST = 4


def _words(head: Item) -> str:
    """A heading's words, with the rest a hard-wrapped copy carried onto a line of its own (``一、提高…加强党对基层
    治理的全面`` / ``领导``: a document site's copy of a Word file, holdout midletter-shijingshan, batch 50): when the
    heading filled its line (``HEADING_WRAP_MIN_CHARS``), ends in no mark and its one more line is a few words
    (``HEADING_WRAP_MAX_REST``) with no mark, that line is the heading's end."""
    text, more = head.text, getattr(head, "more", ())
    if len(more) != 1 or len(head.label) + len(text) < HEADING_WRAP_MIN_CHARS or not text \
            or text[-1] in TRAILING_MARKS or text[-1] in CLOSERS:
        return text
    rest = more[0].strip()
    if not rest or len(rest) > HEADING_WRAP_MAX_REST or any(not ch.isalnum() for ch in rest):
        return text
    return text + rest


def without_lead_bracket(title: str) -> str:
    """A section's title without a closing bracket that names the section's lead (``扩大有效投资（市发改委牵头）``,
    ``…（牵头单位：市应急局）``: labels, or verbs, read as the inline reader reads a bracket, naming a lead), as
    tests/fixtures/README.md has it.  A form that keeps the bracket in the heading's text (the labelled form, whose
    items print their units on label lines) leaves it there; the inline form takes it off as the heading's own
    assignment.  A bracket of leaders (people, no units), of a count (（8项）) or of bare names stays."""
    s = title.rstrip(TRAILING_MARKS)
    start = closing_opener(s, OPENERS, CLOSERS)
    if not start:
        return title
    inner = s[start + 1:-1]
    found = parse_labels(inner, "inline-label") if starts_with_label(inner) else parse_verbs(inner, "inline-verb")
    return s[:start].strip() if found is not None and found.lead else title


def under_item(events, at: int) -> bool:
    """The line ``events[at]`` stands right under an item or an assignment: between items, or under a
    numbered heading; else over the list's first item (under its title, the letter's text or nothing)."""
    return at > 0 and isinstance(events[at - 1], (Item, Assignment))


def first_topic(events, at: int, between: set[int]) -> bool:
    """The topic line ``events[at]``, over the list's first item (under its title: ``全面推进乡村振兴。`` / ``1.…``),
    heads the items under it when it closes with a full stop as the topic lines between the items do: at least
    ``MIN_TOPIC_LINES`` of those (``between``) right under a measure close with one, and it leads in to nothing
    (``[outline] lead_in_words``: 具体分工如下。).  One short sentence over item 1 of a list whose topics print no
    stop, or of a list with fewer such topics, is the plan's preamble, read as before (bureaupage-xianning,
    blindsynth session 49 cause 1)."""
    text = events[at].text
    if not closes_with_stop(text) or leads_in(text):
        return False
    return sum(1 for i in between if closes_measure(events, i - 1) and closes_with_stop(events[i].text)) \
        >= MIN_TOPIC_LINES


#: a part's heading is words alone: Chinese characters, no mark (a crumb prints > between its links)
_WORDS_ONLY_RE = re.compile(r"[\u4e00-\u9fff]+")


def excerpt_heading(events, at: int) -> str | None:
    """The heading of a part cut out of a longer list: the last paragraph of the lead-in ``events[at]`` (a ``Bare``
    at the top of the text or of a part) when it is a short topic phrase (``is_topic_line``) printing no stop, right
    over the list's first item of its kind, a measure, whose number is no first one (``大力实施乡村振兴战略`` over
    （二十四） （二十五） …: a repost of one part of a plan, its heading's own number left out; holdout
    assocrepost-guowuyuan, batch 55), or whose number is the first where the paragraph over the phrase leads in to
    the list (``Bare.before``, ``headlines.leads_in``: ``…提出如下任务分工：`` / ``总体要求和主要预期目标`` / ``1.…``: the
    phrase heads the list's first part, its title stands over the preamble; holdout sinalead-tianjin, batch 61).
    Else a list opening at its first number has its title or preamble there, read as
    before, a line naming a division of tasks is a list's title (``text.titles_division``), a line closing with
    a stop is a sentence, and a line printing anything but Chinese characters (a site's crumb, ``首页 > 政务公开``,
    over a page of a list wrapped in a layout table) no heading; else None."""
    lead, nxt = events[at], events[at + 1] if at + 1 < len(events) else None
    if not (isinstance(lead, Bare) and lead.lead_in and lead.own is None and lead.texts and isinstance(nxt, Item)):
        return None
    text = lead.texts[-1]
    first_part = nxt.no == 1 and leads_in(lead.before)   # …提出如下任务分工： / 总体要求和主要预期目标 / 1.…
    if nxt.no is None or nxt.no <= 1 and not first_part or closes_with_stop(text) or not is_topic_line(text) \
            or titles_division(text):
        return None   # (a list's own title, 2021年县政府重点工作任务分解, names no part of it)
    if not _WORDS_ONLY_RE.fullmatch("".join(text.split())):
        return None   # a site's crumb (首页 > 政务公开 > 通知公告) over a page of items is no heading of theirs
    if not opens_measure(events, at + 1) or any(isinstance(e, Item) and e.kind == nxt.kind for e in events[:at]):
        return None
    return text


def number_head(events, last: Item) -> str:
    """The text of the first task printed under ``last``'s number: ``last``'s own, or the item's whose number the
    tasks after it share (``outline.Outline._add_text``: a paragraph closing with its own bracket under an item that
    opens with a heading sentence and closes with its own is another task under the item's number)."""
    head = last
    for event in reversed(events):
        if not isinstance(event, Item) or (event.kind, event.no, event.label) != (last.kind, last.no, last.label):
            break
        head = event
    return head.text


def point_text(point: Item) -> str:
    """A letter's point as its paragraphs print it, up to a line titling a list of tasks (``titles_division``:
    ``某市2023年…重点工作任务分工``): an undated, unsigned letter runs its last point straight into the list's own
    title, which is no part of the point (blindsynth session 49 cause 5)."""
    more = list(point.more)
    cut = next((k for k, line in enumerate(more) if titles_division(line.strip())), len(more))
    return "".join([point.text, *more[:cut]])


def plan_after_letter(events) -> bool:
    """Whether anything after the letter's signature date (a later part, ``Item.letter_part``) can be a
    measure: a numbered item, or a paragraph with its own assignment.  Where nothing can (the
    signature date closes the notice, or only prose and a record follow), the letter is no cover
    letter but the plan itself: its points divide the work (a 通知 whose 二、责任主体及工作分工 lists
    the targets, each closing with its bracket), and its unnumbered items are items."""
    return any((isinstance(e, Item) or (isinstance(e, Bare) and e.own is not None)) and e.letter_part
               for e in events)


def dash_topic(item: Item) -> bool:
    """``item`` may be a topic line printed with a dash bullet (``——推进教育高质量发展`` between
    ``207.…（牵头单位：…）`` and ``208.…``, pagenine-wuhan): a dash label, no assignment of its own and
    a topic's short phrase (``headlines.is_topic_line``).  Read alone it is only a candidate, as an
    unnumbered topic line is (``outline.Outline._take_topic_lines``); where it heads nothing it stays the item."""
    return item.kind == MARK_KIND and item.own is None and is_dash_label(item.label) and is_topic_line(item.text)


def unit_lead_in(event) -> bool:
    """``event`` is the one paragraph a unit's name line may stand over before its numbered items: a
    lead-in closing with a colon that says what the unit takes on (``2024年，区政府要…，主要承担以下工作：``, a
    duty list by unit: holdout unitheads-shanghai, batch 50).  It is no item and no heading; the name
    still heads the items under it (``unitheads.take_unit_headings``)."""
    return (isinstance(event, Bare) and len(event.texts) == 1 and event.own is None
            and event.texts[0].rstrip().endswith(COLONS))


#: the rest of a unit's lead-in a hard wrap moved to the next line (以下工作：, 以下几项重点任务：) is a few characters;
#: a longer line closing with a colon is a lead-in or a heading of its own
CUT_LEAD_IN_REST = 12
#: a lead-in's rest holds none of these before its closing colon: a clause or a label of its own
_LEAD_IN_REST_STOPS = "。；;，,：:、"


def join_cut_lead_ins(lines: list[str]) -> list[str]:
    """``lines`` with each unit's lead-in that a hard wrap cut joined to its rest: under a line that is only a unit's
    name (``headlines.unit_line``), a line with no number ending in an ideograph (no mark: the sentence goes on), then
    a short line with no number closing with a colon and holding no other mark (``苏州市发展和改革委员会`` /
    ``2025年，苏州市发展和改革委员会要围绕全年目标任务，主要承担`` / ``以下工作：``: one lead-in, ``unit_lead_in``'s).
    Before, the cut line was no lead-in, so the name and both pieces ran into the last item of the unit before and
    its items took that unit's lead (the generator's bs18946).  Most notices hold no such line: nothing is joined."""
    out, at = [], 0
    while at < len(lines):
        line = lines[at]
        out.append(line)
        if at + 2 < len(lines) and _cut_lead_in(lines[at + 1], lines[at + 2]) and unit_line(line):
            out.append(lines[at + 1].rstrip() + lines[at + 2].strip())
            at += 3
            continue
        at += 1
    return out


def _cut_lead_in(first: str, rest: str) -> bool:
    """``first`` and ``rest`` are one lead-in a wrap cut (``join_cut_lead_ins``)."""
    first, rest = first.strip(), rest.strip()
    if not rest.endswith(COLONS) or len(rest) > CUT_LEAD_IN_REST or any(c in rest[:-1] for c in _LEAD_IN_REST_STOPS):
        return False
    if not first or not _IDEOGRAPH_END_RE.search(first):
        return False
    return split_numbering(first) is None and split_numbering(rest) is None \
        and not starts_with_label(first) and not starts_with_label(rest)


_IDEOGRAPH_END_RE = re.compile(r"[\u4e00-\u9fff]$")


def part_topics(events) -> list:
    """``events`` with a plan's two parts printed as short unnumbered lines taken as its headings: one right over the
    list's first item (``综合目标分解`` / ``1、…（…）`` … ``5、…（…）``, a lead-in paragraph of its own) and one right under
    a measure and right over a numbered heading whose items are measures (``具体任务分解`` / ``一、农业农村类`` / ``1、…``):
    the first heads the items up to the second (a section numbered by its place, no label), the second the headings
    after it (an outer level, no section of its own: it holds no item).  A county-level city's 分解落实方案 prints its
    overall targets and its tasks so (holdout joinedsect-yixing, batch 53); before, the first line was the plan's
    preamble, the second ran into nothing, and the targets had no section.  Both lines short phrases
    (``headlines.is_topic_line``, no stop); any other notice's events are returned as they were."""
    for at, event in enumerate(events):
        if not (isinstance(event, Topic) and event.item is None and closes_measure(events, at - 1)
                and _heads_measures(events, at + 1)):
            continue
        first = at
        while first > 0 and isinstance(events[first - 1], Item | Assignment):
            first -= 1
        lead = events[first - 1] if first > 0 else None
        if not (isinstance(lead, Bare) and lead.own is None and len(lead.texts) == 1 and is_topic_line(lead.texts[0])
                and opens_measure(events, first)):
            return events
        return [*events[:first - 1],
                Item(TOPIC_KIND, events[first].rank - 1, None, "", lead.texts[0], letter_part=lead.letter_part),
                *events[first:at],
                Item(TOPIC_KIND, events[at + 1].rank - 1, None, "", event.text, letter_part=event.letter_part),
                *events[at + 1:]]
    return events


def _heads_measures(events, at: int) -> bool:
    """``events[at]`` is a numbered heading over measures: an item with no assignment right over an item of
    a deeper level that is a measure (``opens_measure``)."""
    head = events[at] if at < len(events) else None
    below = events[at + 1] if at + 1 < len(events) else None
    return (isinstance(head, Item) and head.assignment is None and isinstance(below, Item)
            and below.rank > head.rank and opens_measure(events, at + 1))


def keyword_topics(events) -> list:
    """``events`` with the headings of unnumbered items printed alike as a keyword and a topic (``关键词 教育`` /
    ``关键词 医疗``: a report's topics over the items it picks, each item a sentence with labelled lines under it)
    taken out of the items' text: each heads the items under it as a topic line does (numbered by its place, no
    label), down to the next.  Such a heading stands as the first paragraph of an unnumbered item between two
    assignments (the outline joined it to the sentence under it), and over the first item as the lead-in's
    paragraph before it (``Bare.before``); at least ``MIN_TOPIC_LINES`` of them stand between items, every one a
    topic line (``headlines.is_topic_line``) of two words parted by a space whose first word all share.  Before,
    the heading ran into the item under it and the first was lost (holdout schedlabel-zhengzhou, batch 62)."""
    between = [i for i, e in enumerate(events) if isinstance(e, Bare) and e.own is None and len(e.texts) > 1
               and 0 < i < len(events) - 1 and isinstance(events[i - 1], Assignment)
               and isinstance(events[i + 1], Assignment) and is_topic_line(e.texts[0])]
    words = {_keyword(events[i].texts[0]) for i in between}
    if len(between) < MIN_TOPIC_LINES or len(words) != 1 or None in words:
        return events
    out = []
    for i, e in enumerate(events):
        if i in between:
            out += [Item(TOPIC_KIND, BARE_RANK - 1, None, "", e.texts[0], letter_part=e.letter_part),
                    Bare(e.texts[1:], e.letter_part)]
        elif (isinstance(e, Bare) and e.lead_in and e.before and i + 1 < len(events) and i < between[0]
              and isinstance(events[i + 1], Assignment) and is_topic_line(e.before) and _keyword(e.before) in words):
            out += [Item(TOPIC_KIND, BARE_RANK - 1, None, "", e.before, letter_part=e.letter_part), e]
        else:
            out.append(e)
    return out


#: the marks a lead-in sentence closes with when the list it leads in to follows (``…完成情况良好：``)
LEAD_IN_COLONS = COLONS


def lead_in_heading(events) -> list:
    """``events`` with the subheading over a list of unnumbered items taken as its heading: at the top of the text (no
    item before it), a short topic phrase (``headlines.is_topic_line``, no stop, Chinese words only, naming no division
    of tasks: a list's own title does) stands over the list's lead-in sentence closing with a colon
    (``主要预期目标完成良好`` / ``2016年是…，完成情况良好：`` / ``国内生产总值增长6.5%—7%。这项工作由…负责，…``), and the
    paragraph under them closes with its own assignment: the phrase heads the list as a topic line does (numbered by
    its place, no label).  Before, the lead-in's paragraphs were passed as the page's and the items had no section
    (holdout thiswork-guowuyuan, batch 111)."""
    at = next((i for i, e in enumerate(events) if isinstance(e, (Item, Bare))), None)
    first = events[at] if at is not None else None
    if not isinstance(first, Bare) or first.lead_in or first.own is None or not first.above_before \
            or not first.before.rstrip().endswith(LEAD_IN_COLONS):
        return events
    heading = first.above_before
    if closes_with_stop(heading) or not is_topic_line(heading) or titles_division(heading) \
            or not _WORDS_ONLY_RE.fullmatch("".join(heading.split())):
        return events
    return [*events[:at], Item(TOPIC_KIND, BARE_RANK - 1, None, "", heading, letter_part=first.letter_part),
            *events[at:]]


def _keyword(line: str) -> str | None:
    """The first of a heading's two words parted by a space (``关键词 教育`` -> 关键词), or None."""
    words = line.split()
    return words[0] if len(words) == 2 else None

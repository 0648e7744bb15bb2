"""Lead/support conventions stated in a notice's text rather than its table.

Some notices give one bare 责任单位 list per measure and say in the cover
letter (or a note under the table) how to read it (docs/forms.md):

- ``列第一位的责任单位为牵头单位`` / ``排名第一的…为牵头单位，其他…为参与单位``:
  the first unit leads, the others support;
- ``无牵头单位的，责任单位即为牵头单位``: every unit leads (the default);
- ``A、B分别牵头``: A and B are co-leads, whatever the convention;
- a notice whose deadlines print rhythms (``完成时限：每季度``) takes the rhythm a measure
  prints beside its units (``配合单位：县统计局，每月调度``) for its deadline when it gives
  no other; elsewhere that rhythm stays a note (``give_rhythm_deadlines``).

Only drafts marked ``from_responsible`` (their lead came from a bare 责任单位
list) are re-split.  The phrases are patterns in ``assign.toml``.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from lxml import etree

from ..agencies.units import split_units
from .columns import full_width_text
from .grid import text_content
from .assign import NOTE_KEY, Assignment, clause_roles, parse_verbs
from .deadlinephrases import is_rhythm_clause
from .deadlines import holds_recurring_word
from .labels import VALUE_STRIP, assign_vocab, letter_support_res
from .letterexcl import excluded_units
from .standing import cut_standing
from .unitlists import (BACK, CLOSERS, CONJUNCTIONS, LIST_MARKS, OPENERS, every_item_rule, is_unit_list, join_conjunctions,
                        rule_reach, split_remarks,
                        strip_notes)
from ..models import TABLE_MARK, DraftMeasure, Located, ParsedTable
from ..hanzi import simplified
from ..brackets import split_outside_brackets
from ..text import MASK_CHARS, NAME_LIST_MARKS, PINYIN_GLOSS_RE, compact, compare_key, is_masked
from ..placegroups import join_place_groups

#: distinct units ``_marked`` keeps (as ``units.SPLIT_CACHE``: the cells of a large corpus)
_SPLIT_CACHE = 16384

FIRST_LEADS = "first_leads"
ALL_LEAD = "all_lead"

def detect_convention(located: Located) -> str | None:
    """``FIRST_LEADS``, ``ALL_LEAD`` or None, from the phrases in the notice
    (the letter, a note under the table, or the table's own header cell:
    ``责任单位（排第一位的为牵头单位）``); a page's attachments alike: their paragraphs
    (``Located.grid_lines``: a note printed under an attachment's table) state it as the
    page's own lines do."""
    lines = [ln for ln in located.lines + (located.grid_lines or ()) if not ln.startswith(TABLE_MARK)]
    # a mirror's pinyin glosses aside, in the table's header cells too (責任單位（列第一位者為牽(qiān)頭單位）: the page's
    # lines lose theirs when located, the cells' text does not; blindsynth seed 4241, every unit read as a lead)
    text = compare_key(PINYIN_GLOSS_RE.sub("", "".join(lines + _table_heads(located))))
    for name in (FIRST_LEADS, ALL_LEAD):
        if any(rx.search(text) for rx in _convention_res(name)):
            return name
    return None


@lru_cache(maxsize=2)
def _convention_res(name: str) -> tuple[re.Pattern, ...]:
    """The compiled phrases of convention ``name`` (one pattern, or a list of them)."""
    found = assign_vocab()["conventions"][name]
    return tuple(map(re.compile, [found] if isinstance(found, str) else found))


def _table_heads(located: Located) -> list[str]:
    """Text of the first and last rows of each HTML table: a header cell may
    state the convention (责任单位（排第一位的为牵头单位）), and so may a note row
    under the body (注：…排在第一位的为牵头单位); an attachment's grids alike (a
    workbook's note row merged across under the table).  Between them, a row that is one cell
    merged across the table is a note row too (注：列第一位的为牵头单位 between two sections' rows)."""
    out = []
    for table in located.tables:
        rows = list(table.iter("tr"))
        out.extend(map(text_content, _edge(rows)))
        middle = _middle(rows)
        spanning = _spanning_rows(table) if middle else ()
        out.extend(map(text_content, [r for r in middle if r in spanning and _merged_across(r)]))
    for grid, _form in located.grids:
        out.extend("".join(c.text for c in row if not c.col_copy)
                   for row in _edge(grid) + [r for r in _middle(grid) if full_width_text(r) is not None])
    return out


def _edge(rows: list) -> list:
    return rows if len(rows) <= 2 * _EDGE_ROWS else rows[:_EDGE_ROWS] + rows[-_EDGE_ROWS:]


def _middle(rows: list) -> list:
    """The rows ``_edge`` leaves out."""
    return rows[_EDGE_ROWS:-_EDGE_ROWS] if len(rows) > 2 * _EDGE_ROWS else []


#: the colspan attributes of a table's cells, its nested tables' too (as ``iter("tr")`` reads their rows)
_COLSPANS = etree.XPath(".//td/@colspan | .//th/@colspan")


def _spanning_rows(table) -> set:
    """The rows of ``table`` with a cell printing a colspan: the only ones ``_merged_across`` may take.  One
    query for the attributes (each value knows its cell), where asking each row's cells cost about as much
    as the rest of ``detect_convention``; lxml hands back the element objects ``iter`` gave while they live."""
    return {colspan.getparent().getparent() for colspan in _COLSPANS(table)}


#: cells a note row prints at most: its one cell spanning columns, and an editor's empty cell or two beside it
_NOTE_ROW_MAX_CELLS = 3


def _merged_across(tr) -> bool:
    """An HTML row printing one cell spanning columns (a note row between a table's rows), empty cells beside it
    apart (an editor's trailing ``<td>&nbsp;</td>``)."""
    if len(tr) > _NOTE_ROW_MAX_CELLS:
        return False   # most rows: a cell a column
    cells = [c for c in tr if c.tag in ("td", "th") and text_content(c).strip()]
    return len(cells) == 1 and cells[0].get("colspan", "1").strip() not in ("", "1")


#: rows read at each end of a table for a stated convention (header rows, note rows)
_EDGE_ROWS = 3


#: the elements a page prints bold type with (``mark_bold_leads``)
BOLD_TAGS = ("strong", "b")
#: the mark a bold unit takes when its notice says bold units lead: ``[conventions] lead_mark`` reads it
BOLD_MARK = "（牵头）"


def mark_bold_leads(located: Located) -> Located:
    """``located`` with each unit its tables print bold (``<strong>``, ``<b>``) marked as the lead (``BOLD_MARK``,
    which ``split_marked_lead`` reads: the marked units lead, the others support) when the notice says bold units
    lead (``[conventions] bold_leads``: a header's 责任单位(加黑为牵头单位), the letter's 加粗的为牵头单位), in its
    tables' cells below the first row, where a bold run is a list of units (``is_unit_list``) and not the cell's
    whole text (a bold heading cell, or a lone unit, which leads anyway).  Type is lost in a text copy, so only an
    HTML page's tables are read.  The page's tree is marked in place: nothing reads its cells' type after this."""
    if not located.tables or not _states_bold_leads(located):
        return located   # almost every notice: no such rule
    for table in located.tables:
        for tr in list(table.iter("tr"))[1:]:
            for cell in tr:
                if cell.tag in ("td", "th"):
                    _mark_bold_units(cell)
    return located


def _states_bold_leads(located: Located) -> bool:
    """Whether the notice says its bold units lead (``[conventions] bold_leads``), in its lines or its tables'
    edge rows (the header cell, a note row), as ``detect_convention`` reads a rule: searched only where one of
    ``bold_words`` is printed."""
    words = assign_vocab()["conventions"]["bold_words"]
    probe = "".join(located.lines) + "".join(map(text_content, located.tables))   # as printed: no conversion
    if not any(w in probe for w in words):
        return False
    lines = [ln for ln in located.lines if not ln.startswith(TABLE_MARK)]
    # a mirror's pinyin glosses aside, in the table's header cells too (責任單位（列第一位者為牽(qiān)頭單位）: the page's
    # lines lose theirs when located, the cells' text does not; blindsynth seed 4241, every unit read as a lead)
    text = compare_key(PINYIN_GLOSS_RE.sub("", "".join(lines + _table_heads(located))))
    return any(rx.search(text) for rx in _convention_res("bold_leads"))


def _mark_bold_units(cell) -> None:
    """Each outermost bold run of ``cell`` that lists units, not the cell's whole text, with ``BOLD_MARK`` after
    each of its names (``mark_bold_leads``)."""
    runs = [el for el in cell.iter(*BOLD_TAGS) if not any(a.tag in BOLD_TAGS for a in _ancestors_in(el, cell))]
    if not runs:
        return
    whole = compact(PINYIN_GLOSS_RE.sub("", text_content(cell))).strip(NAME_LIST_MARKS)
    for run in runs:
        text = PINYIN_GLOSS_RE.sub("", text_content(run))   # a mirror's glosses (局(ju)) go, as the cell reader drops them
        units = text.strip(NAME_LIST_MARKS + " \u3000\xa0")
        if not units or BOLD_MARK in units or compact(units) == whole or not is_unit_list(units):
            continue   # (a run marked already: a tree read twice is marked once)
        names = [n for n in split_outside_brackets(units, NAME_LIST_MARKS, OPENERS, CLOSERS) if n.strip()]
        out, pos = [], 0
        for name in names:
            end = text.find(name, pos) + len(name)
            out.append(text[pos:end] + BOLD_MARK)
            pos = end
        for child in list(run):
            run.remove(child)
        run.text = "".join(out) + text[pos:]


def _ancestors_in(el, cell):
    """The elements between ``el`` and ``cell``, ``cell`` left out."""
    parent = el.getparent()
    while parent is not None and parent is not cell:
        yield parent
        parent = parent.getparent()


def apply_conventions(located: Located, parsed: ParsedTable) -> ParsedTable:
    """``parsed`` with each bare 责任单位 list divided as the notice says."""
    # all-lead (无牵头单位的…) is how the parsers already read a bare list
    first_leads = detect_convention(located) == FIRST_LEADS
    measures = tuple(d if _nothing_to_tidy(d) else split_first_lead(tidy_cells(d), first_leads)
                     for d in parsed.measures)
    measures = cut_standing(give_every_item_units(give_rhythm_deadlines(measures)))   # a lagging item's standing: no text
    default = letter_support_units(located)
    return replace(parsed, measures=give_letter_units(measures, default) if default else measures)


def letter_support_units(located: Located) -> tuple[str, ...]:
    """The units the letter (or a note) says support every item unless an item says otherwise
    (``除特别注明的外，各县（市、区）政府和…管委会都是配合单位``: ``[conventions] default_support``; or with no
    exception, ``…为各项工作的配合单位``: ``default_support_every``), as printed, split as a unit list (``和``
    between two names parts them), else ()."""
    lines = [ln for ln in located.lines + (located.grid_lines or ()) if not ln.startswith(TABLE_MARK)]
    text = "".join("".join(ln.split()) for ln in lines)
    if "配合" not in text:
        return ()
    patterns = [p for words, p in ((_exception_words(), _default_support_re()),
                                   (_every_item_words(), _default_support_every_re()))
                if any(w in text for w in words)]
    if not patterns:
        return ()   # most notices: no such sentence (no pattern is tried, the text not converted)
    key = simplified(text)
    # matched on the simplified copy (a mirror's 配合單位), kept as printed; the rule with an exception first
    found = next((m for m in (p.search(key) for p in patterns) if m), None)
    return split_units(join_conjunctions(text[found.start("units"):found.end("units")])) if found else ()


@lru_cache(maxsize=1)
def _exception_words() -> tuple[str, ...]:
    """The words the exception of ``[conventions] default_support`` holds, in either script
    (``default_support_marks``): a notice printing none is not searched."""
    return tuple(assign_vocab()["conventions"]["default_support_marks"])


def _default_support_re() -> re.Pattern:
    return letter_support_res()[0]


@lru_cache(maxsize=1)
def _every_item_words() -> tuple[str, ...]:
    """The words naming every item (各项, in either script: ``default_support_every_words``) that the rule with no
    exception (``[conventions] default_support_every``) prints: a notice printing none is not searched for it."""
    return tuple(assign_vocab()["conventions"]["default_support_every_words"])


def _default_support_every_re() -> re.Pattern:
    return letter_support_res()[1]


def give_letter_units(measures: tuple[DraftMeasure, ...], units: tuple[str, ...]) -> tuple[DraftMeasure, ...]:
    """``measures`` each taking the letter's default support ``units`` after its own support, unless it names them
    or any of them itself, in lead or support (an item "specially noted": 牵头单位：各县（市、区）政府, or one zone's
    committee for the letter's bare zone name) — tests/fixtures/README.md, a letter's default support units; an item
    whose note withholds some of them (``letterexcl.excluded_units``) takes the others only."""
    keys = [compare_key(u) for u in units]
    out = []
    for d in measures:
        named = compare_key("".join(d.lead_cells + d.support_cells))
        if not (d.lead_cells or d.support_cells) or any(k and k in named for k in keys):
            out.append(d)
            continue
        # an item's note withholding them (备注：此项不涉及各县（市、区）政府): it takes the others only
        withheld = excluded_units(d.extra.get(NOTE_KEY, ""), units)
        given = tuple(u for u in units if u not in withheld)
        out.append(replace(d, support_cells=d.support_cells + given) if given else d)
    return tuple(out)


def give_every_item_units(measures: tuple[DraftMeasure, ...]) -> tuple[DraftMeasure, ...]:
    """``measures`` where a measure's note gives units to every item it names (``以下各项均需各县市区落实，不再逐项
    列出``; ``具体任务均需X落实，下同``: ``every_item_rule``): that measure and every later one take the units as
    support, unless they name them already (item 1 of 荆门's list printed 各县市区 among its own units and the
    note after them; the later items print them no more).  A rule looking back (``以上各项…``: ``rule_reach``)
    gives them to the measures up to its own instead, back to the one that held the last such rule (a line
    closing the list, ``Outline.add_rule``)."""
    if not any(NOTE_KEY in d.extra for d in measures):
        return measures   # most notices: no note at all
    ahead: list[list[str]] = [[] for _ in measures]   # the units each measure's note gives, by reach
    back: list[list[str]] = [[] for _ in measures]
    since = 0   # the first measure a rule looking back reaches
    for at, d in enumerate(measures):
        note = d.extra.get(NOTE_KEY, "")
        found = every_item_rule(note)
        if not found:
            continue
        # a note's units printed in lists parted by a comma (各市、区人民政府，镇江新区、高新区管委会) are each a cell, as
        # an item's own bracket prints them, so an item naming them already takes none twice
        pieces = [p for p in split_outside_brackets(found, "，,；;") if p.strip()]
        if rule_reach(note) != BACK:
            ahead[at].extend(pieces)
            continue
        for k in range(since, at + 1):
            back[k].extend(pieces)
        since = at + 1
    given: list[str] = []
    out = []
    for at, d in enumerate(measures):
        given.extend(u for u in ahead[at] if u not in given)
        named = compare_key("".join(d.lead_cells + d.support_cells))
        missing = tuple(dict.fromkeys(u for u in given + back[at] if not _names_already(u, named)))
        out.append(replace(d, support_cells=d.support_cells + missing) if missing else d)
    return tuple(out)


def _names_already(units: str, named: str) -> bool:
    """Whether a measure whose units read ``named`` (``compare_key`` of its cells run together) names ``units`` (a
    rule's 、 list) already: the list as printed, or each of its names (a 各 group one name: ``join_place_groups``).
    An item printing the rule's units in its own list with another mark between them (各县区人民政府，园区管委会: a
    copy's commas, a slash, a space) names them as well; before, it took them again as support (holdout
    unlistednote-huaian's, firstrule-weihai's and gluedmeta-fuyang's list-comma/slash/semicolon/space pairs).  The
    rule's own list may be printed so too (``以下均需各县区人民政府／市各功能区管委会落实``): its names are parted at any
    of the marks a unit list parts them by (``unitlists.LIST_MARKS``: 、 / ／ and the spaces); before, such a rule was
    one name that no item named, and its units were given again to the item that printed them (metamorphic
    notitle-suqian list-slash and list-space, session 72)."""
    if compare_key(units) in named:
        return True
    names = join_place_groups([n for n in split_outside_brackets(units, LIST_MARKS, OPENERS, CLOSERS) if n.strip()])
    return len(names) > 1 and all(compare_key(n.strip(VALUE_STRIP)) in named for n in names)


def _nothing_to_tidy(draft: DraftMeasure) -> bool:
    """Whether ``tidy_cells`` and then ``split_first_lead`` give ``draft`` back as it is, found
    with one probe: a draft not re-split as a bare list (``split_first_lead`` then only strips
    lead marks) whose cells hold no character of ``_TIDY_PROBE`` (tidy_cells' probe, over the
    lead and support cells) and none of ``_mark_end_re`` (strip_lead_marks', over the lead
    cells) - one class of both, over all the cells, where each probe joined and searched them."""
    if draft.from_responsible and draft.lead_cells:
        return False
    return _quiet_probe().search(_CELL_SEP.join(draft.lead_cells + draft.support_cells)) is None


def give_rhythm_deadlines(measures: tuple[DraftMeasure, ...]) -> tuple[DraftMeasure, ...]:
    """``measures`` where a notice prints rhythms as deadlines (a deadline holds a recurring word:
    ``每季度``, ``每月调度``): a measure with no deadline whose note (``NOTE_KEY``) holds a rhythm
    clause of its own (``deadlinephrases.is_rhythm_clause``, kept apart by ``read_unit_value``) has it as its
    deadline.  Elsewhere a rhythm printed beside the units is a note: how often progress is
    reported, not when the work is due."""
    if not any(NOTE_KEY in d.extra and not d.deadline for d in measures):
        return measures   # most notices: no measure lacks a deadline beside a note
    if not any(d.deadline and holds_recurring_word(simplified(d.deadline)) for d in measures):
        return measures   # no deadline printed as a rhythm
    return tuple(_rhythm_deadline(d) for d in measures)


def _rhythm_deadline(draft: DraftMeasure) -> DraftMeasure:
    """``draft`` with the first rhythm of its note as its deadline, when it has none."""
    notes = draft.extra.get(NOTE_KEY, "").split("；") if not draft.deadline else []
    at = next((k for k, note in enumerate(notes) if is_rhythm_clause(note)), None)
    if at is None:
        return draft
    extra = {k: v for k, v in draft.extra.items() if k != NOTE_KEY}
    if rest := "；".join(notes[:at] + notes[at + 1:]):
        extra[NOTE_KEY] = rest
    return replace(draft, deadline=notes[at], extra=extra)


#: a cell holding none of these characters has no note and no conjunction
_TIDY_PROBE = re.compile("[" + re.escape(OPENERS + CONJUNCTIONS) + "]")
#: what a measure's cells are joined with to be probed at once for one character of a class
#: (``_TIDY_PROBE``, ``_mark_end_re``) that does not hold it: a match is then inside a cell
_CELL_SEP = "\n"


def tidy_cells(draft: DraftMeasure) -> DraftMeasure:
    """``draft`` with the assignment grammar's list rules applied to every
    unit cell, whatever form produced it (table cells included): bracketed
    notes out (``（列第一位为牵头单位，下同）``), 及/和 between units as 、, a
    unit's remark (``县财政局（资金保障）``: ``unitlists.split_remarks``) out of the
    name and into the measure's note."""
    if not _TIDY_PROBE.search(_CELL_SEP.join(draft.lead_cells + draft.support_cells)):
        return draft   # no bracket and no conjunction: nothing to tidy (most cells)
    lead = tuple(map(_tidy_cell_remarks, draft.lead_cells))
    support = tuple(map(_tidy_cell_remarks, draft.support_cells))
    remarks = tuple(r for _cell, found in lead + support for r in found)
    lead = tuple(c for c, _ in lead if c)
    support = tuple(c for c, _ in support if c)
    if lead == draft.lead_cells and support == draft.support_cells:
        return draft
    extra = _with_note(draft.extra, {NOTE_KEY: "；".join(remarks)}) if remarks else draft.extra
    return replace(draft, lead_cells=lead, support_cells=support, extra=extra)


@lru_cache(maxsize=16384)
def tidy_cell(cell: str) -> str:
    """One unit cell through ``strip_notes`` and ``join_conjunctions`` (cached:
    the same cells recur across a corpus)."""
    return join_conjunctions(strip_notes(cell)).strip()


@lru_cache(maxsize=16384)
def _tidy_cell_remarks(cell: str) -> tuple[str, tuple[str, ...]]:
    """``tidy_cell`` of ``cell`` without its units' remarks, and the remarks (``split_remarks``)."""
    units, remarks = split_remarks(tidy_cell(cell))
    return units.strip(), remarks


def split_first_lead(draft: DraftMeasure, first_leads: bool = True) -> DraftMeasure:
    """First unit of a bare 责任单位 list leads, the rest support; in a list
    marked 分别牵头 (丽水: 除标注“分别牵头”外) the units before the mark lead."""
    if not draft.from_responsible or not draft.lead_cells:
        return strip_lead_marks(draft)
    mark = assign_vocab()["conventions"]["co_lead_mark"]
    cells = draft.lead_cells
    at = _co_lead_at(cells, mark)
    if at is not None:  # A、B分别牵头，C: A and B co-lead, C supports
        cut = simplified(cells[at]).find(mark)
        after = cells[at][cut + len(mark):]
        after = after[_co_lead_tail(simplified(after)):]   # A、B分别牵头落实: the verb's rest names no unit
        rest = split_units(after.lstrip(")）"))
        lead = cells[:at] + (cells[at][:cut].rstrip("（( "),)
        return replace(draft, lead_cells=lead, support_cells=tuple(rest) + cells[at + 1:] + draft.support_cells)
    verbs = cell_verbs(draft.lead_cells)
    if verbs is not None:   # the verbs go; a 负责 list (A、B负责) is still a bare list
        draft = replace(draft, lead_cells=verbs.lead, support_cells=verbs.support + draft.support_cells,
                        deadline=draft.deadline or verbs.deadline, extra=_with_note(draft.extra, verbs.extra))
        if not verbs.from_responsible:
            return draft    # A牵头，B配合: the cell says itself who leads
    marked = split_marked_lead(draft)
    if marked is not None:
        return marked
    if not first_leads:
        return draft
    units = [u for cell in draft.lead_cells for u in split_units(cell)]
    if len(units) < 2:
        return draft
    return replace(draft, lead_cells=(units[0],), support_cells=tuple(units[1:]) + draft.support_cells)


def _with_note(extra: dict[str, str], found: dict[str, str]) -> dict[str, str]:
    """``extra`` with the note ``found`` holds (a rhythm in a cell's verb wording) joined after its own."""
    if NOTE_KEY not in found:
        return extra
    return {**extra, NOTE_KEY: "；".join(n for n in (extra.get(NOTE_KEY), found[NOTE_KEY]) if n)}


def _co_lead_tail(text: str) -> int:
    """Length of the verb's rest opening ``text`` after the co-lead mark (落实 in 分别牵头落实), else 0."""
    found = re.match(assign_vocab()["conventions"]["co_lead_tail"], text)
    return found.end() if found else 0


def _co_lead_at(cells: tuple[str, ...], mark: str) -> int | None:
    """Index of the first cell holding the co-lead ``mark`` (分别牵头), in its simplified copy."""
    for i, cell in enumerate(cells):
        if mark in simplified(cell):
            return i
    return None


#: what parts a cell's clauses (市人力社保局牵头，市财政局配合)
_CLAUSE_SEP_RE = re.compile("[，,；;]")


def cell_verbs(cells: tuple[str, ...]) -> Assignment | None:
    """The verb wording of a bare 责任单位 list, or None when it has none:
    ``市人力社保局牵头，市财政局、市教育局配合`` (one table cell), or one clause
    alone, ``县交通局负责`` / ``县交通局牵头`` (the verb is no part of the name).
    A list whose only verb is 负责 comes back ``from_responsible``: it names who
    is responsible, not who leads among them."""
    text = "，".join(cells)
    if _CLAUSE_SEP_RE.search(text) is None and clause_roles(text) is None:
        return None   # one clause and no role verb ending it (most lists; clause_roles is cached)
    verbs = parse_verbs(text)
    return verbs if verbs is not None and verbs.lead else None


def split_marked_lead(draft: DraftMeasure) -> DraftMeasure | None:
    """A bare 责任单位 list whose marks say who leads, or None when none does:
    ``市发展改革委（牵头）、市统计局`` - the marked units lead (a cell's verbs are
    read before, ``cell_verbs``)."""
    if not any(map(_mark_end_re().search, draft.lead_cells)):
        return None   # no unit can carry a mark (most lists): not split to look
    units = [u for cell in draft.lead_cells for u in split_units(cell)]
    lead = [_without_mark(u) for u in units if _marked(u)]
    if not lead:
        return None
    rest = [u for u in units if not _marked(u)]
    return replace(draft, lead_cells=tuple(lead), support_cells=tuple(rest) + draft.support_cells)


def strip_lead_marks(draft: DraftMeasure) -> DraftMeasure:
    """A 牵头单位 column that marks its units anyway (市发改局（牵头）): the mark goes."""
    if not _mark_end_re().search(_CELL_SEP.join(draft.lead_cells)):
        return draft   # no character a lead mark ends with (most lists): no cell asked
    if not any(map(_has_lead_mark, draft.lead_cells)):
        return draft
    units = [_without_mark(u) for c in draft.lead_cells for u in split_units(c)]
    return replace(draft, lead_cells=tuple(units))


@lru_cache(maxsize=16384)
def _has_lead_mark(cell: str) -> bool:
    """Whether a unit of ``cell`` is marked as the lead.  Cached: every measure
    asks it of its lead cells, and the same unit lists recur across a corpus."""
    return _mark_end_re().search(cell) is not None and any(_marked(u) for u in split_units(cell))


@lru_cache(maxsize=_SPLIT_CACHE)
def _marked(unit: str) -> bool:
    """Whether ``unit`` (one name of a split cell) carries the lead mark.  Cached:
    cells are new lists of units, the units are names seen before.  A mark with no name
    beside it (a cell ticked ▲) marks nothing, nor does a repost's mask for hidden words (``****分局``:
    ``text.is_masked``); a mark after a masked name (``***局（牵头）``) is one."""
    return _mark_in(unit) is not None and _without_mark(unit) != ""


def _without_mark(unit: str) -> str:
    """``unit`` without its lead mark, found in the simplified copy (a mirror
    prints （牽頭）) and cut from the printed name."""
    m = _mark_in(unit)
    return (unit[:m.start()] + unit[m.end():]).strip() if m else unit.strip()


#: a masked name's mask characters as its mark is looked for: a character no lead mark holds, one for one
_MASK_HIDDEN = str.maketrans(dict.fromkeys(MASK_CHARS, "某"))


def _mark_in(unit: str) -> re.Match | None:
    """The lead mark of ``unit`` in its simplified copy, or None.  In a masked name the mask's
    characters (``*``, ``＊``, which a ★-style mark may be too) are no mark, so they are read as the
    words they hide (positions kept): ``****分局`` has none, ``***局（牵头）`` its bracket."""
    text = simplified(unit)
    return _lead_mark_re().search(text.translate(_MASK_HIDDEN) if is_masked(unit) else text)


@lru_cache(maxsize=1)
def _lead_mark_re() -> re.Pattern:
    return re.compile(assign_vocab()["conventions"]["lead_mark"])


@lru_cache(maxsize=1)
def _quiet_probe() -> re.Pattern:
    """A character of ``_TIDY_PROBE`` or of ``_mark_end_re`` (``_nothing_to_tidy``)."""
    ends = assign_vocab()["conventions"]["lead_mark_ends"]
    return re.compile("[" + re.escape(OPENERS + CONJUNCTIONS + ends) + "]")


@lru_cache(maxsize=1)
def _mark_end_re() -> re.Pattern:
    """One of the characters a lead mark ends with (``lead_mark_ends``): a unit
    without one is not marked, and a cell without one has no marked unit (its
    units are pieces of it; ``simplified`` changes Chinese characters only)."""
    return re.compile("[" + re.escape(assign_vocab()["conventions"]["lead_mark_ends"]) + "]")

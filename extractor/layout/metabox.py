"""The portal's metadata box (索引号 / 发布机构 / 文号 …), read into ``Located.meta`` and taken
out of the page before the letter is looked for: a page's box table, a table of values
without labels, a list or definition lists of ``label：value`` items; a text copy's box
printed as pipe or TAB rows over the title (docs/parsing.md)."""
from __future__ import annotations

import re
from functools import lru_cache

from ..parse.grid import text_content, text_rows
from ..hanzi import simplified
from ..text import (CJK_RE, CN_DATE_RE, COLON_CHARS, COLONS, DATE_RE, DOC_NUMBER_RE, ISO_DATE_RE, PINYIN_GLOSS_RE,
                    compact, vocab)
from .tree import cjk_count, drop as _drop

#: a metadata box (索引号 | 发布机构 | 成文日期 …) is a few hundred characters at most
#: once white space is gone; a table longer than this is a task table
META_BOX_MAX_CHARS = 600
#: a metadata box's keys are short labels (索引号, 发布机构, 主题分类); a longer cell is a value
META_KEY_MAX_CHARS = 6
#: a text copy prints its metadata box as pipe rows over the title, among its first lines
META_ROWS_LINES = 12
#: the cell separators of a text copy's rows: a pipe dump's bar, a saved page's TAB
_BOX_ROW_SEPARATORS = re.compile(r"[|\t]")


def take_meta_rows(lines: list[str]) -> tuple[list[str], dict[str, str]]:
    """A text copy's metadata box, printed as pipe rows over the title
    (``索 引 号 | … | 发布机构 | … |``) or, in a page saved as text, as TAB rows
    (``索引号：⇥…⇥信息分类：⇥…``), read as a page's box table is read (label, value,
    label, value …; a cell ``label：value`` is a pair of its own) and taken out of
    the lines, so the letter below it is read as the letter (left in, its first row
    was the first grid line and ended the letter before it began).  Looked for in
    the first ``META_ROWS_LINES``."""
    rows = [i for i, line in enumerate(lines[:META_ROWS_LINES])
            if _BOX_ROW_SEPARATORS.search(line) or _spaced_box_row(line)]
    # the runs of box-like rows in a row; the box is the first run that reads as one: a nav bar printed with
    # pipes over the crumbs (首页 | 政务公开 | … / 您现在的位置：… / [ 索引号 ] | … |) is a run of its own, no box
    # (before, the first run alone was tried, and the box under such a bar was left in as a grid ending the
    # letter before it began: blindsynth stream 28's cause 2, session 66)
    runs: list[list[int]] = []
    for i in rows:
        if runs and i == runs[-1][-1] + 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    for run in runs:
        if _heads_task_table(lines[run[0]]):
            continue
        cells = _box_cells(lines, run)
        if cells is not None:
            break
    else:
        return lines, {}
    meta: dict[str, str] = {}
    for row in cells:
        for key, value in zip(row[::2], row[1::2]):
            _box_pair(meta, compact(key), value)
    return [line for i, line in enumerate(lines) if i not in run], meta


def _box_cells(lines: list[str], run: list[int]) -> list[list[str]] | None:
    """The cells of the rows ``lines[i]`` for ``i`` in ``run`` when they read as a metadata box: a few hundred
    characters at most (``META_BOX_MAX_CHARS``) holding a word of the box's vocabulary (``[html]
    meta_table_words``); else None."""
    cells = [[p for c in (_BOX_ROW_SEPARATORS.split(lines[i]) if _BOX_ROW_SEPARATORS.search(lines[i])
                          else lines[i].split()) if c.strip() for p in _label_and_value(c.strip())]
             for i in run]
    text = compact("".join(c for row in cells for c in row))
    if len(text) > META_BOX_MAX_CHARS or not any(w in simplified(text) for w in vocab()["html"]["meta_table_words"]):
        return None
    return cells


def _heads_task_table(line: str) -> bool:
    """``line`` is a task table's header printed with pipes or TABs (``信息类别 | 内容描述 | 责任主体 | 公开方式 |
    公开时限``: a disclosure catalogue's, whose 公开方式 is also a box's word): its cells name at least two columns'
    roles, one of them a unit's, as ``tableheader.find_header`` reads a header, where a box prints labels and values
    and no unit's column.  Before, a catalogue of one row a line under such a header was read as the page's box
    and taken out whole (holdout infocat-unplaced, batch 114: no row)."""
    from ..parse.tableheader import find_header   # the parse stage's header reader, asked of few lines
    from ..parse.grid import Cell
    cells = [c.strip() for c in _BOX_ROW_SEPARATORS.split(line) if c.strip()]
    if len(cells) < 3:
        return False
    header = find_header([[Cell((c,), (0, i)) for i, c in enumerate(cells)]], max_rows=1)
    return header is not None and any(r in _UNIT_COLUMN_ROLES for r in header.roles)


_UNIT_COLUMN_ROLES = ("lead", "support", "lead_responsible", "lead_support")


def _spaced_box_row(line: str) -> bool:
    """A text copy's box row whose cells only spaces part, no colon after a label (``组配分类 市政府工作报告 发布机构
    市政府办公室``, ``生成日期 2021-11-22 公开方式 主动公开``): label, value, label, value …, every label one the box
    vocabulary names (``box_labels``), so a line of prose or a crumb line is never one."""
    cells = line.split()
    return (len(cells) >= 2 and len(cells) % 2 == 0
            and all(simplified(label) in box_labels() for label in cells[::2]))


@lru_cache(maxsize=1)
def box_labels() -> frozenset[str]:
    """The labels a metadata box prints: its own words (``[html] meta_table_words``) and the fields the metadata
    stage reads (``_field_labels``)."""
    return frozenset([*vocab()["html"]["meta_table_words"], *_field_labels()])


def _label_and_value(cell: str) -> tuple[str, ...]:
    """A box row's cell as its label and value when it holds both (``索引号：0000/2024-1``),
    else the cell alone (a label ``索引号：``, a value such as ``2019-03-12 16:20`` or
    ``http://…``: a label is a short word in Chinese)."""
    at = min((i for i in (cell.find("："), cell.find(":")) if i > 0), default=-1)
    label = compact(cell[:at])
    if at < 0 or at == len(cell) - 1 or len(label) > META_KEY_MAX_CHARS or not CJK_RE.search(label):
        return (cell,)
    return cell[:at + 1], cell[at + 1:].strip()


def _box_pair(meta: dict[str, str], key: str, value: str) -> None:
    """One label and its value of a metadata box (the first value of a label wins).
    The label is matched without its spaces and in simplified characters: boxes space
    a short label out to the width of the others (文&nbsp;&nbsp;号, 索 引 號).  A mirror's pinyin
    glosses (名稱 value 貴池區(qū)2020年…) are dropped from both, as from the page's lines.  A label printed in
    square brackets with nothing else in its cell (``[ 发文字号 ]``, a 重庆 district portal's box) is the label
    inside them, as a list item's ``[发文机构] …`` is read (``label_value``)."""
    if "(" in key or "(" in value:
        key, value = PINYIN_GLOSS_RE.sub("", key), PINYIN_GLOSS_RE.sub("", value)
    key = compact(key).rstrip(COLON_CHARS)
    if key[:1] in "[［【" and (m := _BRACKET_LABEL_RE.match(key)) and not m.group(2):
        key = m.group(1)   # [ 发文字号 ]: a 重庆 portal's box prints its labels in square brackets (dutyrule-rongchang)
    if key and len(key) <= META_KEY_MAX_CHARS and value and not value.endswith(COLONS):
        meta.setdefault(simplified(key), value)
        # a label naming two fields with a slash holds either (备注/文号：厦营商办〔2023〕7号): each reads the value
        for piece in _SLASH_RE.split(key) if _SLASH_RE.search(key) else ():
            if piece:
                meta.setdefault(simplified(piece), value)


#: the slash a box label prints between two field names (备注/文号)
_SLASH_RE = re.compile(r"[/／]")


def take_meta_tables(root) -> dict[str, str]:
    """Read key/value pairs out of the metadata box(es) and remove them: a table of
    labels and values, a table of values without labels, a list of label：value items."""
    words = vocab()["html"]["meta_table_words"]
    meta: dict[str, str] = {}
    for table in list(root.iter("table")):
        if table.find(".//table") is not None:
            continue  # a layout table around the content, not the box itself
        text = text_content(table)
        if _more_cjk_than(text, META_BOX_MAX_CHARS):
            continue   # a task table, told without compacting its text: CJK characters are never white space
        text = compact(text)
        if len(text) > META_BOX_MAX_CHARS:
            continue   # a task table (the length rules it out first)
        cells = [" ".join(text_content(td).split()) for td in table.iter("td", "th")]
        if any(w in simplified(text) for w in words) or _labelled_box(table) or _number_box(cells):   # 索引號, 發佈機構
            for key, value in zip(cells, cells[1:]):
                _box_pair(meta, key, value)
        elif not _values_box(cells, meta):
            continue
        _drop(table)
    _take_meta_lists(root, words, meta)
    return meta


def _more_cjk_than(text: str, limit: int) -> bool:
    """``cjk_count(text) > limit``, told from the text's first ``2 * limit`` characters where they hold
    that many (a task table's text is thousands of characters, most of them CJK): only a longer text
    with fewer among them is counted in full."""
    if len(text) <= limit:
        return False
    head = text[:2 * limit]
    return cjk_count(head) > limit or len(head) < len(text) and cjk_count(text) > limit


#: a box of label | value rows names at least this many of the fields the metadata stage reads
#: (文號 and 發布單位 in a wiki's infobox); one such label alone may be a task table's column
LABELLED_BOX_MIN_FIELDS = 2


def _labelled_box(table) -> bool:
    """A box printed as rows of one short label and its value whose labels name at least
    ``LABELLED_BOX_MIN_FIELDS`` of the metadata fields (``[metadata]`` doc_number, issuer,
    date, title) or of the portal's page information (来源, 浏览量), matched in simplified
    characters: the infobox a wiki or a mirror prints
    over a copied notice (中文名 | … / 發布單位 | … / 文號 | …), which holds none of the
    portal box's own words (索引号, 主题分类 …).  A law database prints two or more such pairs
    a row (发布单位 | … | 发布文号 | (empty) ), a value left empty where the notice has none: its
    rows are read pair by pair, every label short.  A task table has rows of more cells, its
    task cells long."""
    fields = _field_labels()
    named = 0
    for cells, filled in text_rows(table):
        if len(filled) == 2 and len(filled[0]) <= META_KEY_MAX_CHARS:
            labels = filled[:1]
        elif len(cells) % 2 == 0 and all(0 < len(c) <= META_KEY_MAX_CHARS for c in cells[::2]):
            labels = cells[::2]    # label | value | label | value …
        else:
            return False
        named += sum(simplified(label).rstrip(COLON_CHARS) in fields for label in labels)
    return named >= LABELLED_BOX_MIN_FIELDS


@lru_cache(maxsize=1)
def _field_labels() -> frozenset[str]:
    """The box labels the metadata stage reads a field from, and the labels of the portal's page
    information (``[boilerplate] info_labels``: 来源, 浏览量 …, a page-information table's own),
    in simplified characters."""
    voc = vocab()
    fields = voc["metadata"]
    return frozenset([*(w for key in ("doc_number", "issuer", "date", "title") for w in fields[key]),
                      *voc["boilerplate"]["info_labels"]])


def _number_box(cells: list[str]) -> bool:
    """A box printing the doc number alone (文件编号 | 某政办发〔2024〕2号: a district portal's
    template sets it apart between the page's information line and the text): one label of
    the doc number (``[metadata] doc_number``) and, beside it, a whole doc number.  A task table
    with a 文号 column has its header's other names and rows under it."""
    filled = [c for c in cells if c]
    return (len(filled) == 2 and simplified(compact(filled[0])).rstrip(COLON_CHARS) in vocab()["metadata"]["doc_number"]
            and DOC_NUMBER_RE.fullmatch(compact(filled[1])) is not None)


#: a value in a box of values is short: an index number, a class, a doc number, a body's
#: name, a date (the longest, an index number such as 11330922090963010M/2021-28015, is 29)
BOX_VALUE_MAX_CHARS = 40


def _values_box(cells: list[str], meta: dict[str, str]) -> bool:
    """A box that prints only the values (政府信息公开 over index / class / doc number /
    issuer / dates, no labels): every cell short, one cell a whole doc number and one a
    whole date — a task table's cells are sentences and unit lists.  The doc number goes
    into ``meta`` under the box's doc-number label, told by its shape."""
    if not cells or any(len(c) > BOX_VALUE_MAX_CHARS for c in cells):
        return False
    number = next((c for c in cells if DOC_NUMBER_RE.fullmatch(c)), None)
    if number is None or not any(rx.fullmatch(c) for c in cells for rx in (DATE_RE, ISO_DATE_RE, CN_DATE_RE)):
        return False
    meta.setdefault(vocab()["metadata"]["doc_number"][0], number)
    return True


#: a metadata list has a handful of items at least (索引号, 发布机构, 文号, 成文日期 …);
#: a list of two is a pair of links
META_LIST_MIN_ITEMS = 3
#: ... and most of them are label：value (a box may hold a control such as 展开 as an item)
META_LIST_LABELLED_SHARE = 2 / 3


def _take_meta_lists(root, words, meta: dict[str, str]) -> None:
    """A metadata box printed as a list (``<li>索引号：…</li>``, or the label and its value
    in two blocks of one item: ``<li><span>文号：</span><p>…</p></li>``), as a block of paragraphs and
    nothing else, one field or two a line (``<p>成文日期: 2023-10-31 發布日期: …</p>``: ``_line_pairs``) or as definition
    lists (``<dl><dt>索引号：</dt><dd>…</dd></dl>``, one ``<dl>`` a label or one for the
    whole box): its pairs are read into ``meta`` and the list removed, so no label line is
    taken for the letter's recipients and no 成文日期/发布日期 line for its signature.  A
    list is asked only when its first item opens with a short label and a colon (menus of
    links do not)."""
    for ul in list(root.iter("ul", "ol")):
        items = [li for li in ul if li.tag == "li"]
        if ul.find(".//table") is None and _read_box_items(items, _item_text, words, meta):
            content = [li for li in items if _holds_page_content(li)]
            for li in (items if content else [ul]):
                if li not in content:
                    _drop(li)
    for block in dict.fromkeys(p.getparent() for p in root.iter("p")):
        paras = [] if block is None else [child for child in block if child.tag == "p"]
        if paras and len(paras) == len(block) and _read_box_items(
                [pair for para in paras for pair in _line_pairs(_unglossed_text(para))], str, words, meta):
            for para in paras:   # a box printed as paragraphs, one field or two a line (<p>發布機構: …</p>)
                _drop(para)
        elif paras:
            for run in _field_paragraph_runs(block):
                for key, value in (label_value(_unglossed_text(para)) for para in run):
                    _box_pair(meta, key, value)
                for para in run:
                    _drop(para)
    for parent in dict.fromkeys(dl.getparent() for dl in root.iter("dl")):
        if parent is None:
            continue
        dls = [dl for dl in parent if dl.tag == "dl" and dl.find(".//table") is None]
        if _read_box_items([text for dl in dls for text in _definition_items(dl)], str, words, meta):
            for dl in dls:
                _drop(dl)


#: a run of field paragraphs inside the content names at least this many of the notice's own fields (doc number,
#: issuer, date): a mirror's 发文单位 / 文号 / 发布日期 lines under the title, never one 发布日期 line of a news item
FIELD_RUN_MIN_FIELDS = 2


def _field_paragraph_runs(block) -> list[list]:
    """The runs of ``META_LIST_MIN_ITEMS`` or more paragraphs in a row among ``block``'s children, each one
    ``label：value`` field whose short label is a doc-number, issuer or date label of the box (``[metadata]``:
    ``发文单位:广东省人民政府`` / ``文 号:粤府[1999]9号`` / ``发布日期:1999-1-22``; ``执行日期``, ``生效日期`` …), naming at least
    ``FIELD_RUN_MIN_FIELDS`` of those fields: a company site's or a mirror's copy printing the notice's fields as the
    first paragraphs of its content, under the title and over the recipients.  Read as a box printed as paragraphs is
    (``_take_meta_lists``), though the block holds the notice too; before, only a block of nothing but field paragraphs
    was, and such a page's issuer was read from its title (转发国务院, the forwarded notice's) and its date not at all
    (holdout topicpoints-guangdong-1999-9, batch 131)."""
    fields = vocab()["metadata"]
    kinds = {w: f for f in ("doc_number", "issuer", "date") for w in fields[f]}
    runs: list[list] = []
    current: list = []
    named: set[str] = set()

    def close():
        if len(current) >= META_LIST_MIN_ITEMS and len(named) >= FIELD_RUN_MIN_FIELDS:
            runs.append(list(current))
    for child in block:
        pair = label_value(_unglossed_text(child)) if child.tag == "p" else None
        kind = kinds.get(simplified(compact(pair[0])).rstrip(COLON_CHARS)) if pair and pair[1] else None
        if kind is None and not (pair and pair[1] and _is_date_label(pair[0])):
            close()
            current, named = [], set()
            continue
        current.append(child)
        if kind:
            named.add(kind)
    close()
    return runs


def _is_date_label(label: str) -> bool:
    """A label naming some other date of the notice (``执行日期``, ``生效日期``, ``实施日期``): a short label ending in 日期,
    which a field run may hold beside the notice's own fields."""
    key = simplified(compact(label)).rstrip(COLON_CHARS)
    return key.endswith("日期") and len(key) <= META_KEY_MAX_CHARS


def _read_box_items(items: list, text_of, words, meta: dict[str, str]) -> bool:
    """Read a list's items into ``meta`` when they are a metadata box: at least
    ``META_LIST_MIN_ITEMS``, most of them ``label：value``, one label a box word, short.
    ``text_of`` gives an item's text, asked of the first item alone until it is labelled
    (a menu's items are never read).  A first item that is a date printed alone, a labelled item after it, is the
    page's posting time (``POSTED_DATE_KEY``), the rest read as the box: a portal's info list under its heading."""
    if len(items) < META_LIST_MIN_ITEMS:
        return False
    posted = None
    if label_value(first := text_of(items[0])) is None:
        # the posting time printed first with no label (<li>2020-09-25 16:10</li><li>来源: 本网</li><li>发布机构: …</li>)
        if not _is_bare_date(first) or label_value(text_of(items[1])) is None:
            return False
        posted, items = first, items[1:]
    pairs = [p for p in (label_value(text_of(item)) for item in items) if p is not None]
    if len(pairs) < META_LIST_LABELLED_SHARE * len(items) \
            or sum(len(k) + len(v) for k, v in pairs) > META_BOX_MAX_CHARS \
            or not any(w in simplified(k) for k, _ in pairs for w in words):
        return False
    for key, value in pairs:
        _box_pair(meta, key, value)
    if posted is not None:
        _box_pair(meta, POSTED_DATE_KEY, posted)
    return True


#: the field a box list's first item gives when it is a date printed alone (``_is_bare_date``): the day the page was
#: posted, the box's 发布日期 (澄海区's portal: ``<li>2020-09-25 16:10</li>`` over ``<li>来源: 本网</li>``
#: ``<li>发布机构: 澄海区应急管理局</li>``; holdout leadcomma-chenghai, batch 133: before, the list was no box, its items
#: stayed in the text between the heading and the plan, and the letterless page had no issuer, date or table title)
POSTED_DATE_KEY = "发布日期"
#: a date printed alone, its time of day after it or not (2020-09-25 16:10, 2020年9月25日)
_BARE_DATE_ITEM_RE = re.compile(r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?")


def _is_bare_date(text: str) -> bool:
    """``text`` (a list item's) is a date and nothing else, its time of day after it or not."""
    return _BARE_DATE_ITEM_RE.fullmatch(text.strip()) is not None


def _holds_page_content(li) -> bool:
    """An item of a metadata list that is no ``label：value`` pair and holds more text than a whole
    box may (``META_BOX_MAX_CHARS``) is the page's content set in the list's last bullet (a mirror
    printing the notice under 索引号 … 文号 as one more item): it stays when the box's items go."""
    text = _item_text(li)
    return len(text) > META_BOX_MAX_CHARS and label_value(text) is None


def _item_text(el) -> str:
    return " ".join(text_content(el).split())


def _unglossed_text(el) -> str:
    """An item's text without a mirror's pinyin glosses (發(fā)布機構(gòu): …), which would lengthen its label."""
    text = _item_text(el)
    return PINYIN_GLOSS_RE.sub("", text) if "(" in text else text


#: a label opening a field inside a line of a box printed as paragraphs: a short word and its colon, at the line's
#: start or after a space (索引号： … 成文日期： …)
_LINE_LABEL_RE = re.compile(r"(?:^|(?<=\s))[^\s:：]{1,%d}\s*[:：]" % META_KEY_MAX_CHARS)


def _line_pairs(text: str) -> list[str]:
    """The fields of one line of a box printed as paragraphs (``索引号： 1133…/2021-121563 成文日期： 2021-03-24`` ->
    two items), each ``label：value``; a line opening with no label is one item."""
    starts = [m.start() for m in _LINE_LABEL_RE.finditer(text)]
    if not starts or starts[0] != 0:
        return _square_fields(text) or [text]
    return [text[a:b].strip() for a, b in zip(starts, [*starts[1:], len(text)])]


#: a box's field printed as its label in square brackets, spaces inside them allowed, and its value up to the next
#: such label (``[ 发文字号 ] 城减灾委办发〔2019〕20号``)
_SQUARE_FIELD_RE = re.compile(r"[\[［]\s*([^\[\]［］\s]{1,%d})\s*[\]］]\s*([^\[［]*)" % META_KEY_MAX_CHARS)


def _square_fields(text: str) -> list[str]:
    """The fields of a box line made of nothing but square-bracket labels and their values (``[ 索引号 ] 1150…
    [ 发文字号 ] 城减灾委办发〔2019〕20号``, a 重庆 county portal's box of ``<p>`` paragraphs: holdout unitstop-chengkou,
    batch 114), each as ``[label] value`` (``label_value`` reads it); none for any other line."""
    found = list(_SQUARE_FIELD_RE.finditer(text)) if text[:1] in "[［" else []
    if not found or "".join(m.group(0) for m in found) != text:
        return []
    return [f"[{m.group(1)}] {m.group(2).strip()}" for m in found]


def _definition_items(dl) -> list[str]:
    """A ``<dl>``'s items as texts: each ``<dt>`` with the ``<dd>`` after it (``索引号： 0000/…``);
    a ``<dd>`` under no ``<dt>`` is an item of its own."""
    items: list[str] = []
    open_term = False
    for child in dl:
        if child.tag == "dt":
            items.append(_item_text(child))
            open_term = True
        elif child.tag == "dd":
            if open_term:
                items[-1] = f"{items[-1]} {_item_text(child)}"
            else:
                items.append(_item_text(child))
    return items


_BULLET_RE = re.compile(r"^[^\w]+")


#: a label printed in square brackets before its value, no colon (``[发文机构] 北京市政务公开领导小组``,
#: ``[实施日期]`` with nothing after it: a portal's policy page lists its fields so)
_BRACKET_LABEL_RE = re.compile(r"^\s*[\[［【]([^\]］】\s]{1,%d})[\]］】]\s*(.*)$" % META_KEY_MAX_CHARS, re.S)


def label_value(text: str) -> tuple[str, str] | None:
    """(label, value) of a ``label：value`` item's text, else None; an item with no colon opening with a
    label a database prints glued to its value (``_glued_label_value``) or in square brackets (``[成文日期] 2016-06-08``)
    too."""
    if m := _BRACKET_LABEL_RE.match(text):
        return m.group(1), m.group(2).strip()
    at = min((i for i in (text.find("："), text.find(":")) if i > 0), default=-1)
    if at < 0:
        return _glued_label_value(text)
    key = _BULLET_RE.sub("", compact(text[:at]))   # - 发文字号：, · 索引号：
    return (key, text[at + 1:].strip()) if len(key) <= META_KEY_MAX_CHARS else None


@lru_cache(maxsize=1)
def _glued_labels() -> tuple[str, ...]:
    """The labels a law database's attribute list prints with no colon, its markup parting them from their
    values (``<span>发文机关</span><span>阜阳市人民政府</span>``, read as 发文机关阜阳市人民政府): the box's doc number,
    issuer and date labels and the database's own (``[metadata] attribute_labels``: 时效性, 效力级别 …), longest first."""
    fields = vocab()["metadata"]
    words = {*(w for key in ("doc_number", "issuer", "date") for w in fields[key]), *fields["attribute_labels"]}
    return tuple(sorted(words, key=len, reverse=True))


def _glued_label_value(text: str) -> tuple[str, str] | None:
    """(label, value) of an item opening with a ``_glued_labels`` word and going on with its value, else None.
    Asked only of a list's items (``_read_box_items``: at least ``META_LIST_MIN_ITEMS``, most labelled, one a box
    word), so a menu's link never reads as a field."""
    flat = simplified(compact(_BULLET_RE.sub("", text)))
    key = next((w for w in _glued_labels() if flat.startswith(w) and len(flat) > len(w)), None)
    if key is None:
        return None
    value = _BULLET_RE.sub("", text).lstrip()
    return key, value[len(key):].strip() if compact(value[:len(key)]) == key else flat[len(key):]


#: a law database's attribute line: two or more fields, each its label in lenticular brackets and the value after it
#: (``【发布部门】某某【发文字号】某发〔2019〕9号【发布日期】2019.04.24``)
_BRACKET_FIELD_RE = re.compile(r"【([^【】]{1,%d})】([^【】]*)" % META_KEY_MAX_CHARS)
#: how many of a page's first lines are asked for such an attribute line (as ``META_ROWS_LINES``)
FIELD_LINE_LINES = META_ROWS_LINES
#: fields a line must print to be a database's attribute line, not a heading in lenticular brackets
FIELD_LINE_MIN_FIELDS = 2


def read_field_line(lines) -> dict[str, str]:
    """The fields of a law database's attribute line printed run on in one line among the page's first
    ``FIELD_LINE_LINES`` (``【发布部门】最高人民法院【发文字号】法[2019]99号【发布日期】2019.04.24【效力级别】…``, a lawyer's
    site's copy: holdout threelabels-zuigaofa, batch 84), read as a box's pairs (``field_line_pairs``); else none.
    Before, only the doc number was read out of such a line, and a page with no letter had no issuer or date."""
    for line in list(lines)[:FIELD_LINE_LINES]:
        pairs = field_line_pairs(line)
        if pairs:
            meta: dict[str, str] = {}
            for key, value in pairs:
                _box_pair(meta, key, value)
            return meta
    return {}


def field_line_pairs(line: str) -> list[tuple[str, str]]:
    """(label, value) of each field of ``line`` when it is a law database's attribute line: nothing but
    ``FIELD_LINE_MIN_FIELDS`` or more ``【label】value`` fields, every label a field or attribute word the database
    prints (``_glued_labels``), one of them a field of the box (doc number, issuer, date); else no pairs (a heading
    in lenticular brackets, 【专题】…, is one field and no database's word)."""
    text = line.strip()
    if not text.startswith("【"):
        return []
    found = list(_BRACKET_FIELD_RE.finditer(text))
    if len(found) < FIELD_LINE_MIN_FIELDS or "".join(m.group(0) for m in found) != text:
        return []
    fields = vocab()["metadata"]
    keys = [simplified(compact(m.group(1))) for m in found]
    if not all(k in _glued_labels() for k in keys) \
            or not any(k in fields[f] for k in keys for f in ("doc_number", "issuer", "date")):
        return []
    return [(m.group(1), m.group(2).strip()) for m in found]

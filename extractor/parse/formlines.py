"""The lines the text forms (labelled lines, inline assignments) read.

The locate stage joined a fixed-width copy's hard wraps and the text layer
(``textlayer``) made the lines robust; two more joins are the text forms' own:
an item's number set on a line of its own goes on with its text
(``textlayer.join_bare_labels``), so does a card's number (``join_item_cards``:
01 / the item's text / its label lines, as WeChat copies lay items out), and a
line that opens with a mark print never sets at the start of a line is the rest
of the line above it (``join_line_start_marks``).  The text grids read the lines unjoined: there a
line is a row of cells.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .labels import starts_with_label
from .textlayer import is_table_line, join_bare_labels
from ..text import LINE_START_MARKS, NUMBER_SIGNS, fold, vocab
from ..hanzi import simplified
from ..numbering import SECTION_KINDS, cn_to_int, split_numbering

#: a line opening with a run of spaces is set under a column, not flush
_INDENT_RUNS = ("  ", "\u3000\u3000", "\t")


def text_form_lines(lines) -> list[str]:
    """The lines the text forms read: item numbers set on a line of their own joined to
    their text, a line that opens with a mark no line opens with joined to the line before, and
    a heading's count set on the line under it joined to the heading."""
    return join_heading_counts(join_bare_labels(join_item_cards(join_line_start_marks(lines))))


@lru_cache(maxsize=1)
def _heading_count_re() -> re.Pattern[str]:
    return re.compile(vocab()["outline"]["heading_count"])


def join_heading_counts(lines) -> list[str]:
    """Lines, with a line that is only a heading's count (``（4件）``, ``（共3项）``: ``[outline] heading_count``)
    joined to the section heading right over it (``一、城建综合治理类``, ``（二）…``: ``numbering.SECTION_KINDS``,
    blank lines between them dropped), as the heading prints it when the count fits on its line
    (``一、城建综合治理类（4件）``).  A news page sets the count under the part's name; unjoined, the count was read
    as words of no item and the heading lost it (holdout glossprojects-mianyang, batch 79).  A heading that
    prints a count already, or a count under anything but a heading, is left as it is."""
    out: list[str] = []
    for line in lines:
        text = line.strip()
        if text and _heading_count_re().fullmatch(simplified(text)):
            at = next((i for i in range(len(out) - 1, -1, -1) if out[i].strip()), None)
            above = out[at].strip() if at is not None else ""
            numbered = split_numbering(above) if above and not is_table_line(above) else None
            if numbered is not None and numbered[0] in SECTION_KINDS \
                    and not _heading_count_re().search(simplified(above)):
                del out[at + 1:]
                out[at] = out[at].rstrip() + text
                continue
        out.append(line)
    return out


@lru_cache(maxsize=1)
def _spaced_count_re() -> re.Pattern[str]:
    return re.compile(r"(?<=\S)[ \u3000\u00a0\t]+(?=(?:%s)$)" % vocab()["outline"]["heading_count"])


def count_gap_closed(line: str) -> str:
    """``line``, a section heading (``numbering.SECTION_KINDS``) whose count closes it after white space
    (``（一）提升城市功能品质 （3项）``), with that white space dropped, as ``join_heading_counts`` joins a count set on
    the line under its heading: asked of a notice run into one line whose copy joined its lines with a space each
    (``runon.split_run_on``), where the space is the break the count stood after (blindsynth seed 7299: the section
    titles kept it).  Any other line is returned as it is."""
    numbered = split_numbering(line)
    if numbered is None or numbered[0] not in SECTION_KINDS:
        return line
    m = _spaced_count_re().search(simplified(line))   # simplified: one character for one, the places hold
    return line[:m.start()] + line[m.end():] if m else line


#: characters a card's number line holds at most (第十二项, NO.12)
CARD_NUMBER_MAX_CHARS = 6


@lru_cache(maxsize=1)
def _card_number_res() -> tuple[re.Pattern, ...]:
    return tuple(re.compile(rx) for rx in vocab()["outline"]["card_numbers"])


def card_number(text: str) -> int | None:
    """The number a line that is only a card's number prints (01, NO.1, 第一项, 1), else None."""
    if not text or len(text) > CARD_NUMBER_MAX_CHARS:
        return None
    copy = fold(text)
    m = next((m for rx in _card_number_res() if (m := rx.match(copy))), None)
    return cn_to_int(m.group("n")) or None if m else None


#: lines a card's text may take before its first label line: a phone's or a page's width wraps
#: a long text onto several (01 / 推进…建设， / 完成投资60亿元。 / 【牵头单位】…)
CARD_TEXT_MAX_LINES = 8


def join_item_cards(lines) -> list[str]:
    """Lines, with each item laid out as a card read as a numbered item: a line that is only a
    card's number (``[outline] card_numbers``), the item's text on the next non-blank lines (up to
    ``CARD_TEXT_MAX_LINES``, none with a number or a label of its own: a wrapped text is joined)
    and a label line after it; the number goes before the text as ``N、``, the label the text
    forms read, and its line goes.  Only a run of cards numbered from 1 on counts, each one more
    than the last: a page number or a count alone on a line is none."""
    texts = [line.strip() for line in lines]
    filled = [i for i, t in enumerate(texts) if t]
    cards: dict[int, tuple[list[int], int]] = {}   # number line -> (the text's lines, the number)
    expected = 1
    for k, i in enumerate(filled[:-2]):
        n = card_number(texts[i])
        if n is None or n != expected:
            continue
        body = _card_text(lines, texts, filled[k + 1:k + 2 + CARD_TEXT_MAX_LINES])
        if body:
            cards[i] = (body, n)
            expected += 1
    if not cards:
        return list(lines)
    numbered = {body[0]: f"{n}、" + "".join(texts[j] for j in body) for body, n in cards.values()}
    dropped = set(cards) | {j for body, _n in cards.values() for j in body[1:]}
    return [numbered.get(i, line) for i, line in enumerate(lines) if i not in dropped]


def _card_text(lines, texts, after: list[int]) -> list[int]:
    """The indexes of a card's text lines among the non-blank lines ``after`` its number: those
    before the first label line, each with no number or label of its own and no table row; []
    when no label line follows within reach."""
    for taken, j in enumerate(after):
        if starts_with_label(texts[j]):
            return after[:taken]
        if split_numbering(texts[j]) is not None or card_number(texts[j]) is not None or is_table_line(lines[j]):
            return []
    return []


def join_line_start_marks(lines) -> list[str]:
    """Lines, with a line that opens with a ``LINE_START_MARKS`` mark joined to the last
    non-blank line before it.  An OCR copy or a hard-wrapped text breaks anywhere, also right
    before the 。 closing an item (``…压缩至30个工作日`` / ``。（牵头单位：…）``) or the 、 going on
    with a unit list (``配合单位：市税务局`` / ``、市公安局``); left apart, the line of a bracket read
    as a stand-alone assignment and its 。 was lost, a list lost its next name.  A text table's
    rows (pipes, tabs, box borders, columns set apart by runs of spaces) are neither joined nor
    joined to, and a line indented by a run of spaces is not joined: a wrap's rest is set flush,
    a pdftotext layout sets a cell's rest (``、县交通运输局``) under its column.  A sign print keeps with
    its number (``NUMBER_SIGNS``: ``%``) opening a line under one ending in a digit is its rest too
    (``…失业率控制在7`` / ``%以内。``): left apart, the item ended at the number and the line was lost.
    The gap a PDF's text layer sets after an article's number (``第六条  完成…``) parts no cells
    (``_is_row``)."""
    out: list[str] = []
    last = None   # index in ``out`` of the last non-blank line
    for line in lines:
        text = line.strip()
        if last is not None and _opens_with_rest_mark(text, out[last]) and not line.startswith(_INDENT_RUNS) \
                and not is_table_line(line) and not _is_row(out[last]):   # the rare case: rows checked here
            out[last] = out[last].rstrip() + text
            continue
        out.append(line)
        if text:
            last = len(out) - 1
    return out


def _is_row(line: str) -> bool:
    """``line`` is a text table's row (``is_table_line``), the white space right after its item's number
    aside: a PDF's text layer and many portals set two spaces after an article's number (``第六条  完成…``,
    ``第二章  政务服务``), a gap that parts no cells.  Read as a row, such an article's line took no
    rest, and a wrap that moved its closing 。 to the next line (``…达8万平方米`` / ``。（牵头单位：…）``) lost
    the stop from the measure (holdout articlewrap-chaling, blindsynth bs17244).  A row keeps its other
    gaps (``1  市发改局  2023年底``) and stays a row."""
    if not is_table_line(line):
        return False
    numbered = split_numbering(line.strip())
    return numbered is None or is_table_line(f"{numbered[3]}{numbered[4]}")


def _opens_with_rest_mark(text: str, above: str) -> bool:
    """``text`` opens with a mark no line opens with (``LINE_START_MARKS``), or with a number's sign
    (``NUMBER_SIGNS``) right under ``above`` ending in the number's digit."""
    above = above.rstrip()
    return text.startswith(LINE_START_MARKS) or (text.startswith(NUMBER_SIGNS) and above[-1:].isdigit())

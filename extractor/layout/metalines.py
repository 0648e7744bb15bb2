"""Stage 3, locate: a text copy's information box printed as a list of labels, each alone on its line with its
colon and its value on the line under it, or no value at all (``• 索引号:`` / ``032271614/2020-56264`` /
``• 主题分类:`` / ``• 来源:`` / ``• 发文机构:`` / ``市政府网站`` …: 镇巴县人民政府's 2024 page, saved as text).

The page's own ``<ul><li><span>label:</span><p>value</p></li>`` box is read and taken out by ``metabox`` before the
letter is read; its text copy is read the same way here (``take_meta_label_lines``), so no label line is taken for
the letter's recipients, no value (``市政府网站``) for a unit heading over the plan's items, and no posting time for
the letter's date.  Before, such a copy gave ``• 索引号`` as the notice's one recipient (blindsynth's thirty-sixth
stream: 31 notices of seeds 1-8000) and, over a plan whose items are headed by their unit, made the box's fields
after ``市政府網站`` five measures led by it (bs3694).
"""
from __future__ import annotations

from .metabox import BOX_VALUE_MAX_CHARS, _box_pair, box_labels, label_value
from .titlelines import is_title_line
from ..text import COLONS, SENTENCE_ENDS, compare_key, vocab

#: the box stands over the letter, among the copy's first lines (blank lines counted: a copy saved by a browser
#: sets one between every two, and a box of nine labels and their values fills some 36)
META_LABEL_LINES = 60
#: a box prints at least this many labels (a line or two labelled alone is a letter's own: 附件：, 联系人：)
META_LABEL_MIN = 3


def _box_label(line: str) -> str | None:
    """The label of ``line`` when it is a box's label alone with its colon (a list's bullet before it aside:
    ``label_value``): one the box vocabulary names (``metabox.box_labels``, ``[metadata] box_other_labels``); else
    None."""
    s = line.strip()
    if not s.endswith(COLONS):
        return None
    pair = label_value(s)
    if pair is None or pair[1]:
        return None
    key = compare_key(pair[0])
    return key if key in box_labels() or key in vocab()["metadata"]["box_other_labels"] else None


def _box_value(line: str) -> bool:
    """``line`` may be a box field's value: short (``BOX_VALUE_MAX_CHARS``), no label of the box, no sentence, no title
    (the box's last label, ``内容概述:``, may stand empty over the notice's title)."""
    s = line.strip()
    return (bool(s) and len(s) <= BOX_VALUE_MAX_CHARS and _box_label(s) is None
            and not any(mark in s for mark in SENTENCE_ENDS) and not is_title_line(s))


def take_meta_label_lines(lines: list[str]) -> tuple[list[str], dict[str, str]]:
    """``lines`` without the first run of box label lines among the first ``META_LABEL_LINES`` (at least
    ``META_LABEL_MIN`` labels, nothing between them but blank lines and one value line under a label,
    ``_box_value``), and the box's fields read from it (label, value; a label over nothing gives none); ``lines``
    and no fields when there is no such run."""
    start = next((i for i, line in enumerate(lines[:META_LABEL_LINES]) if _box_label(line)), None)
    if start is None:
        return lines, {}
    taken: list[int] = []
    pairs: list[tuple[str, str]] = []
    at = start
    while at < len(lines):
        label = _box_label(lines[at])
        if label is None:
            break
        taken.append(at)
        value_at = next((k for k in range(at + 1, len(lines)) if lines[k].strip()), len(lines))
        at = value_at
        if value_at < len(lines) and _box_value(lines[value_at]):
            taken.append(value_at)
            pairs.append((label, lines[value_at].strip()))
            at = next((k for k in range(value_at + 1, len(lines)) if lines[k].strip()), len(lines))
    if sum(1 for k in taken if _box_label(lines[k])) < META_LABEL_MIN:
        return lines, {}
    meta: dict[str, str] = {}
    for key, value in pairs:
        _box_pair(meta, key, value)
    gone = set(taken)
    return [line for i, line in enumerate(lines) if i not in gone], meta

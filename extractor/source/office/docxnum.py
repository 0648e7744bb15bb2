"""Word's automatic list numbers, which are not in a .docx's text.

A paragraph of a numbered list (the List Number style, or a list the writer
started with the numbering button) carries no digits in its runs: Word draws
``1.`` / ``一、`` / ``（1）`` from the list definition in ``numbering.xml``.
A reader of the runs alone sees bare paragraphs, and the outline reader loses
the items.  ``ListNumbers`` gives each such paragraph the label Word shows:

- the paragraph's ``w:numPr`` (list id ``numId`` and level ``ilvl``), or its
  style's, following the style's ``basedOn`` chain;
- the list's abstract definition: per level its start, number format and
  label text (``%1.``, ``（%2）``: ``%N`` is level N's counter);
- counters per abstract list, a level's counter restarting the deeper levels.

Formats read: decimal (and full-width), Chinese counting (一 二 … 十一), circled
digits (①); a bullet or any other format gives no label (the paragraph is read
as before).  ``numId`` 0 switches numbering off, as in Word.
"""
from __future__ import annotations

from ...numerals import CIRCLED_MAX, CN_NUMERAL_MAX, circled, cn_numeral

#: the WordprocessingML namespace, as ElementTree writes it before a tag, and its val attribute
WORD_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
WORD_VAL = f"{WORD_NS}val"
#: number formats written as Chinese numerals (Word's names)
_CN_FORMATS = frozenset({"chineseCounting", "chineseCountingThousand", "ideographTraditional",
                         "japaneseCounting", "chineseLegalSimplified"})
_CIRCLED_FORMATS = frozenset({"decimalEnclosedCircle", "decimalEnclosedCircleChinese"})


def _val(el, path: str) -> str | None:
    found = el.find(path)
    return None if found is None else found.get(WORD_VAL)


def _formatted(n: int, fmt: str) -> str | None:
    if fmt in ("decimal", "decimalFullWidth", "decimalHalfWidth", "decimalZero"):
        return str(n)
    if fmt in _CN_FORMATS and 0 < n <= CN_NUMERAL_MAX:
        return cn_numeral(n)
    if fmt in _CIRCLED_FORMATS and 0 < n <= CIRCLED_MAX:
        return circled(n)
    return None


class ListNumbers:
    """The labels of a document's auto-numbered paragraphs, in reading order."""

    def __init__(self, document) -> None:
        self.levels: dict[str, dict[int, tuple[int, str, str]]] = {}   # abstract id -> ilvl -> (start, fmt, text)
        self.abstract_of: dict[str, str] = {}                          # numId -> abstract id
        self.style_num: dict[str, tuple[str | None, str | None, str | None]] = {}  # id -> (numId, ilvl, basedOn)
        self.counters: dict[str, list[int]] = {}
        try:
            numbering = document.part.numbering_part.element
        except (NotImplementedError, KeyError, AttributeError):
            return   # no numbering part: nothing is auto-numbered
        for abstract in numbering.iter(f"{WORD_NS}abstractNum"):
            levels = {}
            for lvl in abstract.iter(f"{WORD_NS}lvl"):
                start = _val(lvl, f"{WORD_NS}start")
                levels[int(lvl.get(f"{WORD_NS}ilvl", "0"))] = (int(start) if start and start.isdigit() else 1,
                                                          _val(lvl, f"{WORD_NS}numFmt") or "decimal",
                                                          _val(lvl, f"{WORD_NS}lvlText") or "")
            self.levels[abstract.get(f"{WORD_NS}abstractNumId")] = levels
        for num in numbering.iter(f"{WORD_NS}num"):
            self.abstract_of[num.get(f"{WORD_NS}numId")] = _val(num, f"{WORD_NS}abstractNumId")
        for style in document.styles.element.iter(f"{WORD_NS}style"):
            self.style_num[style.get(f"{WORD_NS}styleId")] = (_val(style, f"{WORD_NS}pPr/{WORD_NS}numPr/{WORD_NS}numId"),
                                                         _val(style, f"{WORD_NS}pPr/{WORD_NS}numPr/{WORD_NS}ilvl"),
                                                         _val(style, f"{WORD_NS}basedOn"))

    def label(self, p) -> str:
        """The label Word shows before paragraph ``p`` (``"1."``), or ``""``."""
        if not self.levels:
            return ""
        num_id = _val(p, f"{WORD_NS}pPr/{WORD_NS}numPr/{WORD_NS}numId")
        ilvl = _val(p, f"{WORD_NS}pPr/{WORD_NS}numPr/{WORD_NS}ilvl")
        style = _val(p, f"{WORD_NS}pPr/{WORD_NS}pStyle")
        seen = set()
        while num_id is None and style and style not in seen:   # the style's list, or its parent's
            seen.add(style)
            num_id, style_lvl, style = self.style_num.get(style, (None, None, None))
            ilvl = ilvl or style_lvl
        abstract = self.abstract_of.get(num_id) if num_id and num_id != "0" else None
        levels = self.levels.get(abstract) if abstract is not None else None
        level = int(ilvl) if ilvl and ilvl.isdigit() else 0
        if not levels or level not in levels or _formatted(1, levels[level][1]) is None:
            return ""   # a bullet (its glyph is a symbol font's), or a format not read
        counts = self.counters.setdefault(abstract, [])
        while len(counts) <= level:
            counts.append(0)
        del counts[level + 1:]   # a level restarts every deeper one
        counts[level] = counts[level] + 1 if counts[level] else levels[level][0]
        text = levels[level][2]
        for k in range(level, -1, -1):
            if f"%{k + 1}" in text:
                if k not in levels or k >= len(counts):
                    return ""
                shown = _formatted(counts[k] or levels[k][0], levels[k][1])
                if shown is None:
                    return ""
                text = text.replace(f"%{k + 1}", shown)
        return text.strip()

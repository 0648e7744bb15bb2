"""Stage 4, metadata: the notice's doc number (某府办〔2021〕12号).

The first number in the letter's first lines that the letter does not cite, as printed there;
the portal's info box's 文号 when the letter prints none or another.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .cover import first_lines
from .letterlines import is_damaged_number
from .numbertail import closing_number
from .titlelines import is_title_line
from .metabox import label_value
from .newslead import LEAD_ISSUER_MAX_CHARS
from ..hanzi import simplified
from ..numerals import DIGIT_RANGES, cn_class
from ..text import DOC_NUMBER_RE, doc_number_start

_NO_NUMBER_RE = re.compile(r"(?:发文字号|文号)\s*[:：]\s*无")
#: a doc number stands in the first lines, over or under the title; further down a
#: 〔year〕N号 is a document the letter cites (lines of text: blank lines are not counted,
#: ``cover.first_lines``)
DOC_NUMBER_LINES = 15
#: an order's number printed alone on its line, no prefix and no year (a 令's ``第3号`` over its issuing paragraph)
_ORDER_NUMBER_RE = re.compile(rf"第(?:[{DIGIT_RANGES}]+|{cn_class(extra='百零〇')}+)号")


def normalize_doc_number(text: str) -> str:
    """Doc number as printed (a traditional page's 號 stays 號, as its 辦 and 發 do), with the
    spaces an extraction left in it removed."""
    return re.sub(r"\s+", "", text)


def find_doc_number(head, meta, voc) -> str | None:
    """The notice's own number: the first one in the letter's first lines that is not a citation
    (``_cited``), as printed there; the portal's info table's 文号 when the letter prints none, or
    prints another (a number the letter cites: the box's is the notice's own)."""
    boxed = next((normalize_doc_number(meta[key]) for key in voc["doc_number"]
                  if meta.get(key) and DOC_NUMBER_RE.search(meta[key])), None)
    lines = first_lines(head, DOC_NUMBER_LINES)
    for at, line in enumerate(lines):
        simple = simplified(line)  # 發文字號：無 / 東府辦〔2016〕12號
        if _NO_NUMBER_RE.search(simple):
            return None
        found = [m for m in DOC_NUMBER_RE.finditer(simple) if not _cited(simple, m, voc)]
        m = _own_printing(simple, found, voc) if found else None
        if m and "关于" not in m.group("prefix"):
            printed = normalize_doc_number(line[_past_glued_label(simple, m, voc):m.end()])
            if simple[m.end():].strip():   # a heading running the number into the title: the letter's own line?
                printed = _number_line(lines[at + 1:], _number_key(m)) or printed
            return boxed if boxed and simplified(boxed) != simplified(printed) else printed
        if is_damaged_number(line):     # 深府〔9〕193, 湘政发〔20231: kept as printed
            return normalize_doc_number(line)
        if (closing := closing_number(line)) and is_damaged_number(closing) and is_title_line(line):
            return normalize_doc_number(closing)   # …重點任務清單 萬寿街辦發〔2025102: the damaged number after the title
        if (value := _field_value(line, voc)) and is_damaged_number(value):
            return normalize_doc_number(value)   # a site's field 文号 :湘政发〔20231
    return boxed or _order_number(lines)


def _order_number(lines: list[str]) -> str | None:
    """The number of an order (令) printed alone on a line of the letter's first lines (``第3号``: a post's order
    numbers its orders with no prefix and no year), as printed, or None: where no number of the usual shape stands
    there, a line that is nothing but ``第N号`` numbers the document (holdout forestorder-dachaidan-2024-3: before,
    the order had no number).  A ``第N号`` inside a line (a title's ``…公告（第3号）``, a sentence) is no such line."""
    for line in lines:
        if _ORDER_NUMBER_RE.fullmatch(simplified(line).strip()):
            return normalize_doc_number(line)
    return None


def _field_value(line: str, voc) -> str | None:
    """The value of a line that is a doc-number field (``[metadata] doc_number`` word, a colon, the value: a law
    site's ``文号 :吳政辦〔2025119``), or None.  A damaged number (``letterlines.is_damaged_number``) the field
    prints is the notice's number as the page prints it, as the same number alone on its line is (blind67's raw
    copies: bs1615, bs6496 and four more of seeds 1-8000, the number none before)."""
    pair = label_value(line.strip())   # the box's reading of a label and its value (文号 :, 【发文字号】, [文号])
    if pair is None or simplified(pair[0]) not in voc["doc_number"]:
        return None
    return pair[1]


def _number_line(lines: list[str], key: tuple[str, str, str]) -> str | None:
    """The number ``key`` names as a line of ``lines`` prints it alone (the letter's number line under its letterhead),
    or None.  A site's heading runs the number into the notice's title (``武文明(2014)16号关于做好…的通知``, a content
    farm's h1) in its own brackets; the letter under it prints its number on a line of its own
    (``武文明〔2014〕16号``), as the notice printed it (holdout codedrows-wuhan-2014-1)."""
    for line in lines:
        simple = simplified(line).strip()
        m = DOC_NUMBER_RE.fullmatch(simple)
        if m is not None and doc_number_start(m) == 0 and _number_key(m) == key:
            return normalize_doc_number(line)
    return None


def _own_printing(simple: str, found: list[re.Match], voc) -> re.Match:
    """The first of the numbers ``found`` in a line, unless it stands right after an attribute label (a law database's
    ``【发文字号】通市政明电[2015]7号`` run into the notice's text) and the line prints the same number again outside
    one (the notice's own ``（通市政明电【2015】7号）`` after its title): that one, as the notice prints it (holdout
    cramped-tonghua, whose attribute list writes the database's brackets)."""
    first = found[0]
    if not _after_label(simple, doc_number_start(first), voc):
        return first
    key = _number_key(first)
    return next((m for m in found[1:] if _number_key(m) == key
                 and not _after_label(simple, doc_number_start(m), voc)), first)


def _after_label(simple: str, start: int, voc) -> bool:
    """Whether the doc number starting at ``start`` follows a doc-number label (``[metadata] doc_number`` words:
    【发文字号】, 文号：)."""
    before = simple[:start].rstrip(" \u3000】]］：:")
    return any(before.endswith(word) for word in voc["doc_number"])


def _past_glued_label(simple: str, m: re.Match, voc) -> int:
    """Where the doc number ``m`` begins past a doc-number label glued to it with no colon or bracket (a law mirror's
    field lines ``發文字號法辦〔2019〕40號``: ``[metadata] doc_number`` words, longest first), else where
    ``doc_number_start`` puts it.  An issuer's abbreviation never opens with such a word (holdout
    glossfields-zuigaofa, batch 84: before, the label was read as the number's prefix)."""
    start = doc_number_start(m)
    head = simple[start:m.start("year")]
    word = next((w for w in sorted(voc["doc_number"], key=len, reverse=True) if head.startswith(w)), None)
    return start + len(word) if word and len(head) > len(word) else start


def _number_key(m: re.Match) -> tuple[str, str, str]:
    """A doc number's prefix (past a red header's end), year and number, whatever brackets it is printed with."""
    prefix = m.group("prefix")[doc_number_start(m) - m.start():]
    return prefix, m.group("year"), m.group("num").lstrip("0")


#: where a sentence ends, for what a citing word before a doc number may reach back over
_SENTENCE_END_RE = re.compile("[。！？；;!?]")


def _cited(simple: str, m: re.Match, voc) -> bool:
    """Whether the doc number ``m`` found in ``simple`` is one the text cites: it stands in the brackets
    right after a 《title》 (《…方案》（鲁政办字〔2023〕31号）), or a comma and a word giving the document a short
    name follow it (``[metadata] short_name_words``: ``…1788号，以下简称《指导意见》``), or its sentence holds a citing word before it
    (``[metadata] citing_words``: 根据, 按照 …; the number's own prefix included, 按照丙政发〔2021〕3号), not
    after a 关于 opening a title (关于贯彻落实…的意见 prints its own number after it)."""
    start = doc_number_start(m)
    if simple[:start].rstrip().endswith(("》（", "》(", "》〔", "》[")):
        return not _lead_notice(simple, start, voc)
    after = simple[m.end():].lstrip()
    if after[:1] in "，," and after[1:].lstrip().startswith(tuple(voc["short_name_words"])):
        return True   # （…〔2015〕1788号，以下简称《指导意见》）: the number of a document given a short name
    if not any(w in simple for w in voc["citing_words"]):
        return False   # most lines: no citing word at all
    before = _SENTENCE_END_RE.split(simple[:m.start("year")])[-1]
    cites = [at for w in voc["citing_words"] if (at := before.find(w)) != -1]
    title = before.find("关于")   # 关于贯彻落实…的意见（某政发〔2021〕11号）: a title's words cite nothing
    return bool(cites) and not 0 <= title < min(cites)


def _lead_notice(simple: str, start: int, voc) -> bool:
    """Whether the bracketed number at ``start`` follows the notice a news lead names: its sentence opens (after a
    time word) with a body and a verb of issuing right before the book title (``近日，省人大常委会办公厅下发《关于…
    的通知》（湘常办函〔2016〕11号）``: ``[metadata] lead_verbs``, maybe 了), and holds no citing word.  That number is
    the reported notice's own (tests/fixtures/README.md "A news lead naming the notice it reports with its number";
    holdout proposaltable-hunan, batch 123: before, it was read as a citation and the page had no number)."""
    opener = simple.rfind("《", 0, start)
    sentence = _SENTENCE_END_RE.split(simple[:opener])[-1] if opener > 0 else ""
    return bool(sentence) and not any(w in sentence for w in voc["citing_words"]) \
        and _lead_head_re(tuple(voc["lead_time_words"]), tuple(voc["lead_verbs"])).fullmatch(sentence) is not None


@lru_cache(maxsize=4)
def _lead_head_re(times: tuple[str, ...], verbs: tuple[str, ...]) -> re.Pattern:
    """A lead sentence's head up to its book title: a time word and its comma maybe, a body's name, a verb of issuing."""
    return re.compile(rf"\s*(?:(?:{'|'.join(times)})[，,]?\s*)?[^，,。；;：:\s《》“”]{{2,{LEAD_ISSUER_MAX_CHARS}}}"
                      rf"(?:{'|'.join(verbs)})了?\s*")


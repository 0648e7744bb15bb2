"""White space inside a unit cell that breaks one name rather than parting a list (stage 6a,
before ``units.split_cell``).

Two gaps are closed: the gap after a lone ideograph opening a token (``市 发改委``, ``市 住 建 局``: a
level word or a name an extraction spaced out, never a unit alone), and the gap a Word copy left
between two runs of one name (``资源规划 局``, ``伏羲 山管委 会``).  A gap between whole names
(``市发改委 市财政局``, ``县人大 县政协``) stays a separator.  docs/forms.md "Output text"."""

from __future__ import annotations

import re
from functools import lru_cache

from ..hanzi import to_simplified
from ..numerals import CN_ZERO, CN_ZERO_WORD, cn_class
from ..text import MASK_CHARS
from .bodies import may_be_body
from .jurisdiction import LEVEL_CHARS
from .records import AgencyPatterns
from .towns import TOWN_WORDS

#: white space after a lone ideograph that opens a token (市 发改委, 市 住 建 局: a level word, or a
#: name an extraction spaced out): never a unit alone, so it is closed; a numeral (一 市发改委) and
#: a lone character before a bracket or at the end stay apart.  The match is the white space alone,
#: the lone character read behind its first character: the pattern opens with the gap's class, so
#: ``re`` skips to white space (opening with the look-behind before the character, it was tried at
#: every character of the cell)
LONE_CHARACTER_GAP_RE = re.compile(r"[ \u3000\u00a0\t](?<=(?<![^\s、，,；;／/])(?!" + cn_class(CN_ZERO + CN_ZERO_WORD) + ")"
                                   r"[\u4e00-\u9fff][ \u3000\u00a0\t])[ \u3000\u00a0\t]*(?=[\u4e00-\u9fff])")

#: white space between two ideographs in a unit cell: a list's separator, or a Word copy's break
#: between two runs of one name (资源规划 局, 伏羲 山管委 会); a repost's run of mask characters standing for hidden
#: words (``text.MASK_CHARS``, two or more: ``市*** 局``) stands where an ideograph would, so a gap after it is one
#: too (blindsynth seed 26498: ``市***`` and ``局`` were two units).  A single mark before a gap may be a lead mark
#: (``市财政局* 市统计局``), so it is left out.
_MASKS = re.escape(MASK_CHARS)
IDEOGRAPH_GAP_RE = re.compile(r"(?:(?<=[\u4e00-\u9fff])|(?<=[%s]{2}))[ \u3000\u00a0\t]+(?=[\u4e00-\u9fff])" % _MASKS)
#: what parts a cell's pieces: the separators and white space
_PIECE_BREAK_RE = re.compile(r"[、，,；;／/ \u3000\u00a0\t]")
#: the words a unit's own name opens with (a level's one character, a town's word, 各): a piece opening so is a
#: name of its own
NAME_OPENERS = (*LEVEL_CHARS, *TOWN_WORDS, "各")


def close_broken_names(cell: str, patterns: AgencyPatterns) -> str:
    """``cell`` with the white space closed that breaks one name, not a list: a gap before a
    piece of one character (no unit is one: ``资源规划 局``, ``山管委 会``; but a level word alone before its 、, which
    opens a level phrase: ``_opens_level_run``), and a gap after a piece
    ending like no unit (its last character none of ``unit_suffixes`` or ``section_heads``: ``伏羲 山管委``;
    ``运输管理科 局属各单位`` is two names) before a
    piece that is no name of its own (opening with no level word or 各, ``NAME_OPENERS``, and no
    body by ``bodies.may_be_body``, which needs no jieba), both read in simplified characters (區總工會 團區委 is two names).  A Word page copied with its runs parted by spaces prints so
    (伏羲 山管委 会 for 伏羲山管委会); a gap between whole names (市发改委 市财政局, 县人大 县政协) stays."""
    if _closable_gap_re(patterns.unit_suffixes, patterns.section_heads).search(cell) is None:
        return cell
    kept: list[str] = []
    last = 0
    for gap in IDEOGRAPH_GAP_RE.finditer(cell):
        before = _PIECE_BREAK_RE.split(cell[:gap.start()])[-1]
        after = _PIECE_BREAK_RE.split(cell[gap.end():], 1)[0]
        lone = len(after) == 1 and not _opens_level_run(cell, gap.end(), patterns)   # 局, never 市 of 市、县…部门
        if lone or (not _ends_like_unit(before, patterns) and (
                not _name_of_its_own(after, patterns) or _rest_of_a_body(before, after, patterns))):
            kept.append(cell[last:gap.start()])
            last = gap.end()
    return "".join(kept) + cell[last:] if kept else cell


#: white space that may be a gap (``IDEOGRAPH_GAP_RE``'s), and the separators besides it that part a
#: cell's pieces (``_PIECE_BREAK_RE``'s)
_GAP_SPACE, _PIECE_SEPARATORS = " \u3000\u00a0\t", "、，,；;／/"


@lru_cache(maxsize=4)
def _closable_gap_re(unit_suffixes: str, section_heads: str) -> re.Pattern:
    """A pattern found in every cell where ``close_broken_names`` closes a gap: white space before an
    ideograph, either after a character that is not a unit's end the rule knows without converting it
    (a unit suffix or section head t2s keeps), or before a piece of one ideograph.  It also finds a
    few cells where the rule closes nothing (white space after a bracket, a gap after a name ending like
    none), which the rule then reads.  Its search opens with the gap's four characters, so it is only
    tried where one stands; ``IDEOGRAPH_GAP_RE``, opening with a look-behind, was tried at every
    character, and every gap was cut out in three more calls (docs/scale.md, session 53)."""
    unit_ends = re.escape("".join(sorted({ch for ch in unit_suffixes + section_heads if to_simplified(ch) == ch})))
    space = f"[{_GAP_SPACE}]"
    return re.compile(f"{space}(?:(?<=[^{unit_ends}{_GAP_SPACE}]{space}){space}*(?=[\u4e00-\u9fff])"
                      f"|{space}*(?=[\u4e00-\u9fff](?:[{_GAP_SPACE}{_PIECE_SEPARATORS}]|\\Z)))")


def _opens_level_run(cell: str, at: int, patterns: AgencyPatterns) -> bool:
    """The piece of one character at ``at`` is a level word printed alone before a 、 (``民政局　市、县（市、区）人力资源
    社会保障部门``: the city's and every county's department of one kind, which ``kindruns.join_level_runs`` keeps ONE
    catch-all): a name of its own after the gap, never a broken name's rest.  Before, the gap was closed and the
    list read ``民政局市`` and ``县（市、区）…`` (blindsynth session 63 cause 3)."""
    return cell[at + 1:at + 2] == "、" and to_simplified(cell[at]) in patterns.level_prefixes


def _name_of_its_own(piece: str, patterns: AgencyPatterns) -> bool:
    """``piece``, after a gap, opens a name of its own: with a level word or 各 (``NAME_OPENERS``), as a body
    (``bodies.may_be_body``), or as a whole catch-all group (``group_patterns``: 属地街道, 相关乡镇), which is never
    a name's rest (``区科协　属地街道`` is two names: blindsynth session 57 seed 3619, where 科协's 协 is no unit's
    end the rule knows)."""
    simple = to_simplified(piece)
    return simple.startswith(NAME_OPENERS) or may_be_body(piece) or any(p.search(simple) for p in patterns.group_patterns)


def _rest_of_a_body(before: str, after: str, patterns: AgencyPatterns) -> bool:
    """``after`` is a body only by its ending (``bodies.may_be_body``: no level word, 各 or catch-all group opens it)
    and ``before``, no body, names one with it: ``住房城乡 建设厅`` is one department whose name a copy broke (a
    provincial list prints its departments bare, 建设厅 could stand alone, but 住房城乡 never does).  Before, the
    gap parted 住房城乡 and 建设厅 (holdout spacedparas-sichuan, batch 82)."""
    simple = to_simplified(after)
    return not simple.startswith(NAME_OPENERS) and not any(p.search(simple) for p in patterns.group_patterns) \
        and not may_be_body(before) and may_be_body(before + after)


def _ends_like_unit(piece: str, patterns: AgencyPatterns) -> bool:
    """True when ``piece`` closes as a unit does: a unit's last character (``unit_suffixes``) or the head
    of a body's own section (``section_heads``: 运输管理科, 财务股), read in simplified characters."""
    last = to_simplified(piece[-1])
    return last in patterns.unit_suffixes or last in patterns.section_heads


def close_name_gaps(cell: str, patterns: AgencyPatterns) -> str:
    """``cell`` with the gaps closed: the lone character's (``LONE_CHARACTER_GAP_RE``), the gap before a
    government's head printed alone (``HEAD_GAP_RE``), then a broken name's (``close_broken_names``)."""
    return close_broken_names(HEAD_GAP_RE.sub("", LONE_CHARACTER_GAP_RE.sub("", cell)), patterns)


#: white space before a government's head printed alone (人民政府, 政府), after a piece it closes: the head names no
#: body by itself, so it is the name's rest wherever the gap stands, after an ideograph or a bracket (``各市(州)
#: 人民政府``, a law site's copy: before, ``各市(州)`` and ``人民政府`` were two units; holdout spacedparas-sichuan).
#: The pattern opens with the gap's class and reads the character before it behind its first character, as
#: ``LONE_CHARACTER_GAP_RE`` does: ``re`` skips to white space (opening with the look-behind, it was tried at every
#: character of every spaced cell)
HEAD_GAP_RE = re.compile(r"[ \u3000\u00a0\t](?<=[^\s、，,；;／/][ \u3000\u00a0\t])[ \u3000\u00a0\t]*"
                         r"(?=(?:人民政府|政府)(?:[\s、，,；;／/]|\Z))")

"""Split lead/support cells into unit names as printed (stage 6a).

A cell comes as fragments (one per ``<br>`` or line).  Each fragment is
scanned for separators at bracket depth 0, so ``市经信局(市中小企业局)`` and
``各县(市、区)政府`` stay whole (``brackets.split_outside_brackets``).  Names
run together with no separator (``市发改局市经信局``, a PDF copy) are split by
longest match against every name the registry lists; jieba is used only for
the leftovers nobody listed (jieba alone cuts 市发改局 into 市发/改局:
docs/libraries.md).
Catch-all groups (各相关部门) are kept whole.  All vocabulary comes from
``agency_patterns.toml`` and the registry files.
"""
from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from ..brackets import bracket_balance, matching_bracket, outside_brackets, split_outside_brackets
from ..hanzi import to_simplified
from ..text import MASK_CHARS, clean_name, is_masked
from ..placegroups import join_place_groups, may_hold_place_group
from .jointoffices import join_joint_offices
from .kindruns import ETC, join_kind_runs, join_level_runs, lone_kind_run
from .namegaps import close_name_gaps
from .template import default_template_resolver
from .records import AgencyPatterns, Registry
from .registry import default_patterns
from .sharedheads import share_place_heads
from .segments import jieba_tokenizer

log = logging.getLogger(__name__)

#: an unlisted token shorter than this is one name (two names need >= 3 + 3 characters)
MIN_UNKNOWN_RUN = 6
#: a longer token is not searched for names run together: 20 of the longest listed
#: names (19 characters) without a separator fit; the search costs about 0.2 ms a
#: character, so a hostile 100,000-character cell took 20 s (docs/reliability.md)
MAX_RUN_TOGETHER = 400
@dataclass(frozen=True)
class Lexicon:
    """Every unit name the registry knows, as NFKC text, for longest match."""

    words: frozenset[str]
    max_len: int
    city_names: tuple[str, ...]   #: full and short city names (东莞市, 东莞), longest first

    def knows(self, text: str) -> bool:
        """True when ``text`` (NFKC, no spaces) is a listed unit name."""
        return clean_name(text) in self.words

    def one_name(self, text: str) -> bool:
        """True when ``text`` is one unit: listed, or a jurisdiction plus one department of
        the national template (区发改局, 成都市武侯区财政局), which must never be cut up."""
        return self.knows(text) or default_template_resolver().is_unit_name(text)


@dataclass
class _Piece:
    """A stretch of a run-together token: a listed name or a leftover."""

    text: str
    known: bool
    after_head: bool = False   #: cut after a closing head (``[split_units] closing_heads``): a name of its own


def build_lexicon(registry: Registry, extra: Iterable[str] = ()) -> Lexicon:
    """Surface forms of all agencies of all cities, with city/市 prefix variants."""
    words: set[str] = set()
    for agency in registry.agencies.values():
        city = registry.cities[agency.city]
        for name in agency.names:
            words.update(_prefix_variants(clean_name(name), city.name, city.short))
    words.update(clean_name(w) for w in extra)
    words = {w for w in words if len(w) >= 2}
    cities = sorted({n for c in registry.cities.values() for n in (c.name, c.short)}, key=len, reverse=True)
    return Lexicon(frozenset(words), max(map(len, words), default=0), tuple(cities))


def _prefix_variants(name: str, city: str, short: str) -> set[str]:
    """东莞市科学技术局 -> {itself, 市科学技术局}; 市科技局 -> {itself, 东莞市科技局}."""
    out = {name}
    if name.startswith(short):
        rest = name[len(short):]
        if rest.startswith("市"):
            out.add(rest)
    elif name.startswith("市"):
        out.add(short + name)
    return out


def is_empty_cell(cell: str | None, patterns: AgencyPatterns) -> bool:
    """No cell, or one that only says there is nothing (—, 无, /)."""
    return cell is None or _is_empty(cell, patterns)


def split_token(token: str, lexicon: Lexicon, patterns: AgencyPatterns) -> list[str]:
    """The unit names of one token of ``split_cell``: tidied, and a run of
    names without separators split (a group such as 各镇街 stays whole)."""
    token = tidy_name(token, patterns)
    if not token or _is_empty(token, patterns) or not names_anything(token):
        return []
    if patterns.is_group(token):
        return [token]
    return split_run_together(token, lexicon, patterns)


def names_anything(token: str) -> bool:
    """Whether ``token`` holds a letter (an ideograph or a Latin letter), as every unit's name does: a
    token of digits and marks alone is a footnote mark or a count a Word table left under a name
    (经管站 / 2 in one lead cell: holdout progdept-huaiyuan), never a unit."""
    return any(ch.isalpha() for ch in token)


def _is_empty(text: str, patterns: AgencyPatterns) -> bool:
    return text.strip().strip("\u3000\u00a0") in patterns.empty_cells


def unit_tokens(cell: str, patterns: AgencyPatterns) -> list[str]:
    """``split_cell``'s tokens of a fragment whose white space after a lone character opening a
    token is closed first (``LONE_CHARACTER_GAP_RE``): 市 住 建 局 is one token, 市住建局; bare
    places before a place's body share its name (``share_place_heads``).

    The gap pattern's gap is one of four white-space characters, so a fragment holding none of
    them is not searched (most fragments: the search looked behind and ahead at every character,
    a tenth of resolving a new cell's units)."""
    cell = closed_gaps(cell, patterns)
    return share_in_groups(cell, split_cell(cell, patterns), patterns)


def closed_gaps(cell: str, patterns: AgencyPatterns) -> str:
    """``cell`` as ``unit_tokens`` splits it: its gaps closed (``namegaps.close_name_gaps``) when it holds white space."""
    if " " in cell or "\u3000" in cell or "\u00a0" in cell or "\t" in cell:   # LONE_CHARACTER_GAP_RE's gap
        return close_name_gaps(cell, patterns)
    return cell


#: the separators that part a unit list's groups, stronger than the 、 inside a group
#: (市发改委、市财政局，荔湾区、黄埔区政府: the districts are a group of their own)
GROUP_SEPARATORS = "，,；;"


def share_in_groups(cell: str, tokens: list[str], patterns: AgencyPatterns) -> list[str]:
    """``tokens`` (``split_cell``'s of ``cell``) with the bare places before a place's body sharing
    it (``share_place_heads``): over the whole list, or else within each group the list's stronger
    separators part (，；): `市卫生健康委，荔湾区、黄埔区政府` -> …, 荔湾区政府, 黄埔区政府, as an analyst reads
    the group after the comma as a list of its own.  A cell whose groups share nothing keeps its tokens."""
    shared = share_place_heads(tokens)
    if shared is not tokens or len(tokens) < 3 or not any(sep in cell for sep in GROUP_SEPARATORS):
        return shared
    groups = split_outside_brackets(cell, GROUP_SEPARATORS, patterns.openers, patterns.closers,
                                    strip=False, ignore_unclosed=True)
    if len(groups) < 2:
        return tokens
    parts = [split_cell(group, patterns) for group in groups]
    shared_parts = [share_place_heads(part) for part in parts]
    if all(done is part for done, part in zip(shared_parts, parts)):
        return tokens
    return [token for part in shared_parts for token in part]


#: distinct unit lists ``split_units`` keeps (the cells of a large corpus)
SPLIT_CACHE = 16384


def split_cell(cell: str, patterns: AgencyPatterns) -> list[str]:
    """Split one fragment at separators outside brackets (balanced scan).

    A token that is only a bracketed part (``市经信局 (市中小企业局)``) joins the
    token before it.  A fragment with unbalanced brackets is split ignoring
    them, so one missing ``)`` cannot glue a whole cell into one name.
    """
    openers, closers = patterns.openers, patterns.closers
    if may_hold_place_group(cell):
        tokens = _attach_bracket_tokens(_split_keeping_place_groups(cell, patterns, openers, closers), patterns)
    else:
        tokens = _attach_bracket_tokens(split_outside_brackets(cell, patterns.separators, openers, closers,
                                                               strip=False, ignore_unclosed=True), patterns)
    tokens = join_kind_runs(tokens, patterns)   # 市政、工商、公安部门: one catch-all (kindruns)
    tokens = join_level_runs(tokens, cell, patterns)   # 市、县（区）司法行政主管部门: one catch-all (kindruns)
    if DENG not in cell:
        return tokens   # most cells
    return [part for token in tokens for part in split_deng_group(token, patterns)]


@lru_cache(maxsize=SPLIT_CACHE)
def split_units(text: str) -> tuple[str, ...]:
    """Split a unit list as the agencies stage does (``split_cell`` with the shipped patterns: at
    、，；/ and spaces outside brackets, 县(市、区) stays whole), each unit stripped: the one split the
    parse step's conventions and the notice's place from its units read.  Cached: every measure
    splits its lead cells two or three times (marks, verbs, first lead), and the same unit lists
    recur across a corpus."""
    return tuple(unit.strip() for unit in split_cell(text, default_patterns()))


#: the word a list closes with before what it leaves unnamed (A、B等部门, A、B等市级有关部门): the word a run of kinds
#: may print before its group word too (``kindruns.ETC``, one copy)
DENG = ETC


def split_deng_group(token: str, patterns: AgencyPatterns) -> list[str]:
    """``市农业局等市级有关部门`` -> [``市农业局``, ``市级有关部门``]: a catch-all group after the 等 that
    closes a list (``[groups]``) names WHICH units besides those listed (a level's, 县直有关单位; the
    places', 各镇（街道）; a body's members), so it is a unit of its own.  Words that only say "and the
    other (relevant) ones" (等部门, 等相关单位: ``trailing_drop``) stay for ``tidy_name`` to drop, and a 等
    inside a name (县中等职业学校) is no list's: what follows it is no group."""
    k = token.find(DENG)
    while k > 0:
        head, rest = token[:k], token[k + 1:]
        group = rest.strip()
        if (head.strip() and bracket_balance(head, patterns.openers, patterns.closers) == 0 and group
                and patterns.is_group(group)
                and not patterns.trailing_drop.fullmatch(_tail_key(DENG + group))):
            return [head, rest]
        k = token.find(DENG, k + 1)
    return [token]


def _split_keeping_place_groups(cell: str, patterns: AgencyPatterns, openers: str, closers: str) -> list[str]:
    """``split_cell``'s tokens with a 、 run that a leading 各 (相关, 有关) distributes over kept as
    one group (各辖市、区政府, 各街道、镇, 相关市、县政府: ``placegroups.join_place_groups``)."""
    others = tuple(s for s in patterns.separators if s != "、")
    tokens: list[str] = []
    for part in split_outside_brackets(cell, others, openers, closers, strip=False, ignore_unclosed=True):
        pieces = split_outside_brackets(part, "、", openers, closers, strip=False, ignore_unclosed=True)
        tokens.extend(join_place_groups(pieces))
    return tokens


#: the white space a fragment's edges may hold before its bracket (a Word paragraph's indent)
_FRAGMENT_EDGE = " \t\u3000\u00a0"


def join_bracket_fragments(cells: tuple[str, ...], patterns: AgencyPatterns) -> tuple[str, ...]:
    """A cell's fragments (one per paragraph, ``<br>`` or line) with a fragment that OPENS with a
    bracket joined to the fragment before it: a name broken over two paragraphs at its bracket
    (高新园 / (邹区镇), 应急管理局 / (安委办): a narrow column's wrap, typed as a paragraph) is one name, as
    ``split_cell`` joins a bracketed token to the token before it within one fragment; a bracket opens
    no name of its own.  Most cells hold no such fragment and are returned as they are."""
    if len(cells) < 2 or not any(c.lstrip(_FRAGMENT_EDGE)[:1] in patterns.brackets for c in cells[1:]):
        return cells
    out: list[str] = []
    for cell in cells:
        piece = cell.strip(_FRAGMENT_EDGE)
        if out and piece[:1] in patterns.brackets and out[-1].strip(_FRAGMENT_EDGE):
            out[-1] = out[-1].rstrip(_FRAGMENT_EDGE) + piece
        else:
            out.append(cell)
    return tuple(out)


def _attach_bracket_tokens(tokens: list[str], patterns: AgencyPatterns) -> list[str]:
    out: list[str] = []
    for token in tokens:
        if out and token[0] in patterns.brackets:
            out[-1] += token
        else:
            out.append(token)
    return out


def _tail_key(text: str) -> str:
    """``text`` as the 等 tail's words (``trailing_drop``) are matched: NFKC, in simplified characters
    (等相關部門 is 等相关部门)."""
    return to_simplified(unicodedata.normalize("NFKC", text))


def tidy_name(token: str, patterns: AgencyPatterns) -> str:
    """Trim punctuation and a trailing 等 / 等部门 / 等有关单位 (in either script).  A repost's mask for hidden
    words at a name's edge (``****分局``: ``text.is_masked``) is part of the name as printed, not punctuation."""
    token = token.strip()
    masked = is_masked(token)
    token = patterns.leading_drop.sub("", _strip_unmasked(token, patterns.strip_chars) if masked
                                      else token.strip(patterns.strip_chars).strip())
    key = _tail_key(token)
    match = patterns.trailing_drop.search(key)
    if match and match.start() > 0 and len(key) == len(token) and not is_kind_run(token, patterns):
        token = token[:match.start()]
    return token.strip()


def is_kind_run(token: str, patterns: AgencyPatterns) -> bool:
    """``token`` is a run of bare kinds joined by 、 under one group word (``kindruns``), its last kind
    printing 等 before the word (``市科技、财政、…、质量技术监督等部门``): the 等部门 is the run's group word, which
    makes the kinds a catch-all of departments, and stays (tests/fixtures/README.md "A point that divides the work
    in clauses"); a list of bodies closed by 等部门 (``A、B等部门``) is none.  A run of ONE bare kind closed by 等 and its
    group word with no level word before it (``卫生等部门``, ``民政等有关部门``) is one too: cut at 等 it leaves ``卫生``,
    the name of no body (tests/fixtures/README.md "Bare kinds closed by 等"); ``市卫生等部门`` keeps its old reading."""
    if "、" not in token:
        return lone_kind_run(token, patterns)
    return join_kind_runs(token.split("、"), patterns) == [token]


def _strip_unmasked(token: str, chars: str) -> str:
    """``token`` stripped of ``chars`` except the mask characters at its edges (``****分局``, ``县局**``)."""
    keep = "".join(c for c in chars if c not in MASK_CHARS)
    return token.strip(keep).strip()


def split_run_together(token: str, lexicon: Lexicon, patterns: AgencyPatterns) -> list[str]:
    """Split ``市发改局市经信局市科技局`` into listed names; one name stays whole.  A name in traditional
    characters (區財政局區稅務局) is split where its simplified copy is, as printed: the lexicon and the
    level words are simplified (a copy the conversion changes in length is split as printed)."""
    simple = to_simplified(token)
    if simple == token or len(simple) != len(token):
        return _split_run_together(token, lexicon, patterns)
    out, at = [], 0
    for piece in _split_run_together(simple, lexicon, patterns):
        out.append(token[at:at + len(piece)])
        at += len(piece)
    return out if at == len(token) else [token]


def _split_run_together(token: str, lexicon: Lexicon, patterns: AgencyPatterns) -> list[str]:
    if len(token) > MAX_RUN_TOGETHER or lexicon.one_name(_bare(token, patterns)):
        return [token]
    whole = _split_by_template(_Piece(token, False), lexicon, patterns)
    if len(whole) > 1:   # 洛阳市农业农村局洛阳市应急管理局: the listed 市农业农村局 would leave 洛阳 a fragment
        return [p.text for p in whole]
    pieces = _longest_match(token, lexicon, patterns)
    if not any(p.known for p in pieces) and len(_bare(token, patterns)) < MIN_UNKNOWN_RUN:
        return [token]          # too short to hold two names nobody listed
    pieces = [p for piece in pieces for p in _split_by_template(piece, lexicon, patterns)]
    pieces = _split_leftovers(pieces, lexicon, patterns)
    names = join_joint_offices([p.text for p in _merge_fragments(pieces, lexicon, patterns)], patterns)
    if len(names) > 1:
        log.debug("run-together %r -> %s", token, names)
    return names


def _bare(token: str, patterns: AgencyPatterns) -> str:
    """The token without bracketed parts: 市经信局(市中小企业局) -> 市经信局."""
    return outside_brackets(token, patterns.openers, patterns.closers)


def _longest_match(token: str, lexicon: Lexicon, patterns: AgencyPatterns) -> list[_Piece]:
    """Greedy longest match outside brackets; a bracketed part stays with the piece before it."""
    pieces: list[_Piece] = []
    i, openers, closers = 0, patterns.openers, patterns.closers
    while i < len(token):
        if token[i] in patterns.brackets:
            close = matching_bracket(token, i, openers, closers)
            end = len(token) if close is None else close + 1
            _append(pieces, token[i:end], known=None)
            i = end
            continue
        length = _match_length(token, i, lexicon, patterns)
        if length:
            pieces.append(_Piece(token[i:i + length], True))
            i += length
        else:
            _append(pieces, token[i], known=False)
            i += 1
    return pieces


def _match_length(token: str, i: int, lexicon: Lexicon, patterns: AgencyPatterns) -> int:
    stop, limit = i, min(len(token), i + lexicon.max_len)   # no further: a long cell is not quadratic
    while stop < limit and token[stop] not in patterns.brackets:
        stop += 1
    for length in range(stop - i, 1, -1):
        if lexicon.knows(token[i:i + length]):
            return length
    return 0


def _append(pieces: list[_Piece], text: str, known: bool | None) -> None:
    """Extend the last piece (a bracket always does; a leftover extends a leftover)."""
    if pieces and (known is None or not pieces[-1].known):
        pieces[-1].text += text
    else:
        pieces.append(_Piece(text, bool(known)))


def _may_hold_boundary(text: str, patterns: AgencyPatterns) -> bool:
    """Whether a unit suffix is followed by a level prefix anywhere in ``text``:
    the only place ``_split_leftovers`` can cut, so without one jieba (and its
    dictionary load, about a second) is not needed to know the text stays whole."""
    return any(text[k - 1] in patterns.unit_suffixes and text.startswith(patterns.level_prefixes, k)
               or text[k - 1] in patterns.closing_heads for k in range(1, len(text)))


#: a jieba word this long that ends in a closing head is a section's name (财务股); a shorter one
#: holding the head is a word of its own (控股, 入股), never cut after
MIN_HEAD_WORD_CHARS = 3


def _closes_unit(word: str, patterns: AgencyPatterns) -> bool:
    """A jieba word after which a unit ends whatever follows: a closing head alone (股) or closing a
    word of at least ``MIN_HEAD_WORD_CHARS`` characters (财务股)."""
    return word in patterns.closing_heads or (len(word) >= MIN_HEAD_WORD_CHARS
                                              and word[-1] in patterns.closing_heads)


def _split_leftovers(pieces: list[_Piece], lexicon: Lexicon, patterns: AgencyPatterns) -> list[_Piece]:
    """Cut leftovers between listed names into units with jieba word boundaries.

    A unit ends where a word ending in a unit suffix (局, 委, 办...) is followed
    by a word starting with a level prefix (市, 省, 县, 区), and after a closing head
    (``_closes_unit``: 文化宣传股 | 图书馆), whose rest ``_merge_fragments`` keeps apart.  A bracket stays with the
    name before it, as in ``_longest_match``: no cut inside it or before it, and a closing head inside it closes
    nothing (``广电旅游和公共服务股（行政审批服务股）``, a 股's second sign: holdout gushibar-taishan, batch 130).  A
    city name is not a boundary here: 国家税务总局东莞市税务局 is one body.
    """
    out: list[_Piece] = []
    for piece in pieces:
        if piece.known or len(piece.text) <= 3 or not _may_hold_boundary(piece.text, patterns):
            out.append(piece)
            continue
        units, current, after_head, closed, depth = [], "", [False], False, 0
        for word in jieba_tokenizer(lexicon.words).lcut(piece.text, HMM=False):
            bracketed = depth > 0 or word[:1] in patterns.openers   # a name's own bracket: its other name
            if current and not bracketed and (closed or current[-1] in patterns.unit_suffixes
                                              and word.startswith(patterns.level_prefixes)):
                units.append(current)
                after_head.append(closed)
                current = ""
            current += word
            if not bracketed:   # 服务股（行政审批服务股）: the bracket's 股 closes nothing, the name's closed before it
                closed = _closes_unit(word, patterns)
            depth = max(0, depth + bracket_balance(word, patterns.openers, patterns.closers))
        out.extend(_Piece(u, False, a) for u, a in zip(units + [current], after_head) if u)
    return out


def _split_by_template(piece: _Piece, lexicon: Lexicon, patterns: AgencyPatterns) -> list[_Piece]:
    """A leftover no listed name covers, cut into names the department template reads (``template_names``),
    each then a known name, before jieba's word boundaries are tried (``_split_leftovers``, which cuts only
    where a level word follows a unit's end): two names that both print their place
    (洛阳市农业农村局洛阳市应急管理局, 洛阳市发展和改革委员会洛阳市财政局: jieba cut the city name off the second)
    or neither (交通运输局人社局: the second opens with no level word).  A piece the template reads as one
    name, or holding a bracket, stays as it is."""
    text = piece.text
    if (piece.known or len(text) > MAX_TEMPLATE_RUN or any(c in patterns.brackets for c in text)
            or lexicon.one_name(text)):
        return [piece]
    names = template_names(to_simplified(text), patterns.unit_suffixes)
    if names is None or len(names) < 2:
        return [piece]
    out, at = [], 0
    for name in names:
        out.append(_Piece(text[at:at + len(name)], True))
        at += len(name)
    return out


@lru_cache(maxsize=4096)
def template_names(text: str, suffixes: str) -> tuple[str, ...] | None:
    """``text`` as a run of names the department template reads (``TemplateResolver.is_unit_name``), cut only
    after a unit suffix, the longest first name first (洛阳市发展和改革委员会, not 洛阳市发展和改革委 and a
    "place" 员会洛阳市); None when there is none.  A name printing a place after
    one that prints none is that body's branch, no name of its own (人民银行东莞市中心支行: a national body
    and its city's branch), so no cut is made there."""
    template = default_template_resolver()
    if template.is_unit_name(text):
        return (text,)
    for k in range(len(text) - MIN_TEMPLATE_NAME, MIN_TEMPLATE_NAME - 1, -1):
        head = text[:k]
        if head[-1] not in suffixes or not template.is_unit_name(head):
            continue
        rest = template_names(text[k:], suffixes)
        if rest and not (template.is_department(head) and not template.is_department(rest[0])):
            return (head, *rest)
    return None


#: a longer piece is not read as a run of template names: four of the longest listed names (19 characters);
#: the reading asks the template about every cut after a unit's end, so a hostile run of 局 would cost
#: it quadratically
MAX_TEMPLATE_RUN = 80
#: the shortest name ``template_names`` cuts off (人社局 is 3 characters; 2 would take 市委 out of 市委办)
MIN_TEMPLATE_NAME = 3


def _starts_scope(text: str, lexicon: Lexicon, patterns: AgencyPatterns) -> bool:
    """True when ``text`` opens a new name: a level prefix (市/省/县/区) or a city name."""
    return text.startswith(patterns.level_prefixes) or text.startswith(lexicon.city_names)


def _only_level(text: str, patterns: AgencyPatterns) -> bool:
    """True for a leftover that is nothing but level prefixes (区, 市县)."""
    return bool(text) and all(ch in patterns.level_prefixes for ch in text)


def _merge_fragments(pieces: list[_Piece], lexicon: Lexicon, patterns: AgencyPatterns) -> list[_Piece]:
    """Glue leftovers that cannot stand alone back onto a neighbour.

    A leftover that opens no scope (高新技术处 after 市科技局) joins the piece
    before it, unless it was cut after a closing head; one that does not end like a unit (东莞市(人民政府) before
    金融工作局) joins the piece after it.
    """
    merged: list[_Piece] = []
    carry = ""
    for piece in pieces:
        text = carry + piece.text
        carry = ""
        if not piece.known and merged and not piece.after_head and not _starts_scope(text, lexicon, patterns):
            merged[-1].text += text
        elif not piece.known and (_bare(text, patterns)[-1:] not in patterns.unit_suffixes
                                  or _only_level(text, patterns)):
            carry = text    # 区 before 发改局 is a prefix, never a unit of its own
        else:
            merged.append(_Piece(text, piece.known and text == piece.text))
    if carry:
        if merged:
            merged[-1].text += carry
        else:
            merged.append(_Piece(carry, False))
    return merged

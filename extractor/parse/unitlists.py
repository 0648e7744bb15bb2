"""Unit lists as the assignment wording prints them: where a list of unit names stops.

A lead or support value is *list text* (``市发改委、市财政局（资金保障）等部门``); this
module says whether a clause is such a list (``is_unit_list``, ``names_units_only``) and
tidies one for the agencies stage, which splits the names: a leading 由/请 and a
trailing 等部门 go, a bracket that is a note (``is_note``) or a unit's remark
(``split_remarks``) comes off, and 及/和/与 between two names becomes 、
(``join_conjunctions``).  The clause grammar that gives the lists their roles is
``assign.py``'s; the clauses that say when are ``deadlinephrases.py``'s.  Words are
``[verbs]`` in ``assign.toml`` (``labels.verb_re``), matched in ``labels.match_copy``.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..agencies.bodies import looks_like_body
from ..agencies.gazetteer import county_parents, is_listed_place, names_listed_place
from ..agencies.kindruns import join_level_runs
from ..agencies.placechains import MAX_PLACE_LEN, place_ends
from ..agencies.registry import default_patterns
from ..agencies.sharedheads import share_place_heads
from ..agencies.zones import kind_words, zone_words
from ..brackets import ANY_CLOSERS, ANY_OPENERS, matching_bracket, split_outside_brackets
from ..lazyre import lazy_re
from ..text import MASK_CHARS, NAME_LIST_MARKS, alternation, close_bracket_gaps, vocab
from ..numerals import DIGIT_RANGES
from ..placegroups import count_opener, join_place_groups, may_hold_place_group
from .labels import VALUE_STRIP, assign_vocab, match_copy, verb_re
from .roles import unit_nouns, unit_role_words

#: brackets of any shape an assignment is printed in: （） () 〔〕 【】 [] ［］ ｛｝ {}
OPENERS, CLOSERS = ANY_OPENERS, ANY_CLOSERS
#: the marks that end a clause of the wording (``split_clauses``, a point's clauses): the commas parting the clauses
#: of a sentence (``CLAUSE_MARKS``) and what ends one standing as a sentence (``CLAUSE_RUN_ENDS``: ``clauserun``)
CLAUSE_MARKS, CLAUSE_RUN_ENDS = "，,", "；;。"
CLAUSE_SEPARATORS = CLAUSE_MARKS + CLAUSE_RUN_ENDS
#: words that join two unit names in a list (以及 before 及: longest first; ``[verbs] conjunctions``)
_CONJUNCTION_WORDS = tuple(assign_vocab()["verbs"]["conjunctions"])
#: the characters that end them: a text holding none joins nothing
CONJUNCTIONS = "".join(sorted({w[-1] for w in _CONJUNCTION_WORDS}))
#: what ends a name in a unit list, for ``join_conjunctions`` (a new name starts after it)
_NAME_ENDS = "、，,；; "
#: where ``join_conjunctions`` has something to read: a name's end or a conjunction word (between
#: them it reads nothing, so it is searched for, not walked to a character at a time)
_CONJUNCTION_STOP_RE = lazy_re("(?=[%s]|%s)" % (re.escape(_NAME_ENDS), "|".join(_CONJUNCTION_WORDS)))
#: a digit, ASCII or full-width: a name holding one is wording (新建中小学校5所), no unit
DIGIT_RE = re.compile(f"[{DIGIT_RANGES}]")
#: a unit name in a bare bracket list is 2 (市委) to this many characters; a longer
#: "name" is a clause (the registry's longest name is 19)
UNIT_NAME_MAX_CHARS = 30


def split_clauses(text: str) -> list[str]:
    """Split at ，；。 outside brackets (县(市、区) stays whole)."""
    return split_outside_brackets(text, CLAUSE_SEPARATORS, OPENERS, CLOSERS)

def names_units_only(clause: str) -> bool:
    """A clause that is a unit list (a town or a street office among its names: ``[verbs] place_end``;
    a body of a place the vocabulary has no ending for, by the agency knowledge: ``县一中``,
    ``县实验幼儿园``, ``agencies.bodies.looks_like_body``), or one name listing its places (``各县、市、区政府``), and holds no role word (``[verbs]
    role_hint``) outside a bracket that is a note (``州统计局（列第一位的为牵头单位，下同）``) but for
    the conventions' co-lead mark closing it (``市发改委、市经信委分别牵头``).  A 、 run of place words a 各 or a count
    opens (``各县、市、区``, ``9个县、市、区``) is one name, as a unit cell reads it (``placegroups.join_place_groups``): before,
    its bare 市 and 区 named no unit, so a list closing with it before a note (``…、6个县、市、区，第一为牵头单位，下同``)
    read as no list and the note's pieces became units (the generator's session-61 cause 2); a level phrase closing it
    (``…、省、市、县生态环境部门``) is one name too (``kindruns.join_level_runs``; session 64, stream 25 cause 4)."""
    if every_item_units(clause) is not None:
        return False   # 各县市区人民政府均为各项任务责任单位: a rule, no list (it ends like a unit)
    mark = assign_vocab()["conventions"]["co_lead_mark"]
    if match_copy(clause).endswith(mark):   # A、B分别牵头: the conventions read the mark (is_marked_list)
        clause = clause[:-len(mark)]
    # 县财政局（负责落实资金）: the remark is no cut point; 各县区政府 （管委会）: nor a Word copy's space before it
    units = split_remarks(tidy_units(close_bracket_gaps(clause)))[0]
    names = split_outside_brackets(units, "、", OPENERS, CLOSERS)
    if may_hold_place_group(units):   # 各县、市、区 / 9个县、市、区 closing the list: one catch-all, no bare 市 and 区
        names = join_place_groups(names)
    names = join_level_runs(names, units, default_patterns())   # 省、市、县生态环境部门: one catch-all (is_unit_list)
    listed = bool(names) and all(_listed_name(n) for n in names)
    if not listed and len(names) > 1:
        # bare places closed by a place and its body share that body (市财政局、柳南区、鱼峰区教育部门), as in
        # ``is_unit_list``: before, the bare 柳南区 named no unit, and a list printed in two runs parted by ，
        # lost its second run (blindsynth stream 28's cause 4)
        shared = share_place_heads(names)
        listed = shared is not names and all(_listed_name(n) for n in shared)
    if not listed:   # names parted by spaces or slashes as a 、 would part them (A　B　C, A/B/C): each a name
        names = join_place_groups([n for n in split_outside_brackets(units, LIST_MARKS, OPENERS, CLOSERS) if n.strip()])
        listed = len(names) > 1 and all(_listed_name(n.strip()) for n in names)
    return ((listed or ends_like_unit(units) and not wording_digit(units))
            and verb_re("role_hint").search(_without_role_groups(match_copy(units))) is None)


#: the marks besides 、 a unit list may part its names by in a clause after the value's first (``names_units_only``:
#: ``…成员单位，各市〔州〕人民政府　贵安新区管委会　各县〔市、区、特区〕人民政府``, a copy printing spaces or slashes for 、)
LIST_MARKS = "、/／ \u3000\xa0"


def _listed_name(name: str) -> bool:
    """One name of a unit list: a unit, a place group or a body the agency knowledge knows, no digit in it
    but a count of the places a group names (``wording_digit``)."""
    return (names_unit_or_place(name) or looks_like_body(name)) and not wording_digit(name)


@lru_cache(maxsize=1)
def _count_group_re() -> re.Pattern:
    """A place group opened by a count of its places (13个街道、镇: ``placegroups.count_opener``), the count group 1."""
    return re.compile(f"^({count_opener()})")


def wording_digit(name: str) -> bool:
    """True when ``name`` holds a digit that makes it wording (新建中小学校5所, 2个工作日): any digit but the count
    opening a place group (13个街道、镇, 全区5个乡镇: every one of them, one catch-all; tests/fixtures/README.md "A count
    before a run of place words")."""
    if DIGIT_RE.search(name) is None:
        return False
    simple = match_copy(name)
    m = _count_group_re().match(simple)
    if m and verb_re("place_group").match(simple):
        simple = simple[m.end():]
    return DIGIT_RE.search(simple) is not None


def _without_role_groups(copy: str) -> str:
    """``copy`` (a unit list's matching copy) with the role word taken off each name it closes with
    its unit noun after a group's opener (``GROUP_OPENERS``; ``roles.unit_role_words``: 各牵头单位,
    某某湾区各专项规划编制牵头单位, 相关配合部门): a group of bodies named by the role they hold elsewhere,
    whose role word assigns no role here (a label is the word with its colon).  After a copula
    (``[labels] copulas``: 其余为配合单位, 各县是配合单位), alone, in a name that is itself a role word
    (主要责任单位, 配合责任单位) or naming one body's role (县统计局（数据评估牵头单位）: a remark) the
    word says which units hold the role and stays."""
    if not any(noun in copy for noun in unit_nouns()):
        return copy   # most lists: no unit noun at all
    words = set(unit_role_words())
    return _role_group_re().sub(lambda m: m.group(0) if m.group(0) in words else m.group("stem"), copy)


@lru_cache(maxsize=1)
def _role_group_re() -> re.Pattern:
    """A name (between ``NAME_SEPARATORS``) that a role word and its unit noun close after a stem
    ending in no copula: ``stem`` is the name without them."""
    copulas, seps = "".join(assign_vocab()["labels"]["copulas"]), re.escape(NAME_SEPARATORS)
    return re.compile(rf"(?:^|(?<=[{seps}]))(?P<stem>[^{seps}]*?(?:{alternation(GROUP_OPENERS)})"
                      rf"(?:[^{seps}]*?[^{seps}{re.escape(copulas)}])?)"
                      rf"(?:{alternation(unit_role_words())})(?=$|[{seps}])")


#: what stands between two names of a unit list (``text.NAME_LIST_MARKS`` and the spaces): a remark bracket closes a
#: name before one or at the end
NAME_SEPARATORS = NAME_LIST_MARKS + " \u3000"
#: what a name naming many bodies opens with (各部门, 相关乡镇; its bracket lists them, 各乡（镇、场）): ``vocab.toml [place_groups] distributors``, one list with the place groups'
GROUP_OPENERS = tuple(vocab()["place_groups"]["distributors"])


def split_remarks(units: str) -> tuple[str, tuple[str, ...]]:
    """(``units`` without its units' remarks, each remark with its unit as printed): a bracket that
    closes a unit's name and says what the unit does (``县财政局（资金保障）``,
    ``县住建局（负责落实配套资金500万元）``, ``is_remark``) is no part of the name, no unit of the
    list and no cut point in a label's value; the measure keeps it as a note."""
    if not any(o in units for o in OPENERS):
        return units, ()
    out, remarks, kept, name_start, k = [], [], 0, 0, 0
    while k < len(units):
        if units[k] in NAME_SEPARATORS:
            name_start = k + 1
        elif units[k] in OPENERS:
            end = matching_bracket(units, k, OPENERS, CLOSERS)
            if end is None:
                break
            closes_name = end + 1 == len(units) or units[end + 1] in NAME_SEPARATORS
            if closes_name and is_remark(units[name_start:k], units[k + 1:end]):
                out.append(units[kept:k])
                remarks.append(units[name_start:end + 1].strip(VALUE_STRIP))
                kept = end + 1
            k = end + 1
            continue
        k += 1
    if not remarks:
        return units, ()
    out.append(units[kept:])
    return "".join(out), tuple(remarks)


def is_remark(name: str, inner: str) -> bool:
    """Whether a bracket holding ``inner`` after ``name`` is a remark on that unit: the name ends like
    one (``[verbs] unit_end``) and names no group, and the bracket names no unit or place (a second
    title, 市经信局（市中小企业局）; 各镇（街道）), marks no role (``[verbs] role_mark``: （牵头）),
    states no reading rule (``is_note``) and says nothing the unit includes (``[verbs] inclusion``:
    ``区人民政府（包括…管委會，下同）`` is the name's own extent)."""
    inner, copy = inner.strip(), match_copy(name.strip(VALUE_STRIP))
    if not inner or not verb_re("unit_end").search(copy) or copy.startswith(GROUP_OPENERS):
        return False
    inner_copy = match_copy(inner)
    return not (is_note(inner) or verb_re("role_mark").fullmatch(inner_copy) or verb_re("inclusion").match(inner_copy)
                or names_units_only(inner))

def tidy_units(text: str) -> str:
    """A unit list without leading 由/请, trailing 等部门 or punctuation, bracketed
    notes (``（列第一位者为牵头单位，下同）``), and with 及/和 between two units
    written as 、 (``市财政局和市审计局``; 发展和改革局 stays whole)."""
    text = strip_notes(text).strip(VALUE_STRIP)
    simple = match_copy(text)
    m = verb_re("prefix").match(simple)
    if m:
        text, simple = text[m.end():], simple[m.end():]
    m = default_patterns().trailing_drop.search(simple)   # 等部门: the agencies stage's words, one list
    if m and m.start() > 0:
        text = text[:m.start()]
    return join_conjunctions(text.strip(VALUE_STRIP))


def strip_notes(text: str) -> str:
    """``text`` without the brackets that hold a note (``is_note``)."""
    if not any(o in text for o in OPENERS):
        return text   # most unit lists
    return _without_brackets(text, is_note)


def _without_brackets(text: str, drop) -> str:
    """``text`` without the brackets whose inside ``drop`` holds true of (a bracket left unclosed stays).  Each
    opener is found in C and ``drop`` asked once an inside (a damaged page's line of 6,192 empty ``<td></td>`` cells asked
    ``is_note`` of each: session 68)."""
    out, i, asked = [], 0, {}
    while True:
        m = _OPENER_RE.search(text, i)
        start = m.start() if m else None
        end = matching_bracket(text, start, OPENERS, CLOSERS) if start is not None else None
        if end is None:
            out.append(text[i:])
            return "".join(out)
        inner = text[start + 1:end]
        dropped = asked.get(inner)
        if dropped is None:
            dropped = asked[inner] = bool(drop(inner))
        out.append(text[i:start] if dropped else text[i:end + 1])
        i = end + 1


#: one of ``OPENERS`` (``_without_brackets``)
_OPENER_RE = re.compile("[" + re.escape(OPENERS) + "]")


def join_conjunctions(units: str) -> str:
    """``A局及B局`` / ``A局和各县政府`` / ``某某区和市直有关单位`` -> ``A局、B局``: a 及/和/与 right
    after a name that ends like a unit, or after a place the gazetteer lists (a district printed
    bare names its government), joins two units (``发展和改革局`` is one name, and so is
    ``沈阳市和平区``: a 和 opening the name of the place's own district is part of it)."""
    if not any(c in units for c in CONJUNCTIONS):
        return units
    name_start = 0
    stop = _CONJUNCTION_STOP_RE.search(units)
    while stop is not None:   # each character that ends a name or opens a conjunction, in order
        i = stop.start()
        if units[i] in _NAME_ENDS:
            name_start = i + 1
        word = next((w for w in _CONJUNCTION_WORDS if units.startswith(w, i)), None)
        if word and len(units) - i - len(word) >= 2 and _ends_a_name(units[name_start:i], units[i:]) \
                and not _completes_a_group(units[i + len(word):], units[name_start:i]):
            units = units[:i] + "、" + units[i + len(word):]
            name_start = i + 1
        stop = _CONJUNCTION_STOP_RE.search(units, i + 1)
    return units


def _completes_a_group(rest: str, name: str = "") -> bool:
    """``rest`` (the text after a conjunction) opens with a group's second head noun alone, up to the
    list's next mark (``[verbs] conjunction_group_nouns``: 省直其他有关部门和单位, 有关部门及单位): the conjunction
    completes one group, no second unit.  After a 各 group of places' bodies (``name``: 各县市党委), a government's
    word alone (``[verbs] conjunction_group_heads``: 各县市党委和政府, the party committee and the government of each)
    completes it too."""
    piece = match_copy(re.split(r"[、，,；;。\s]", rest, maxsplit=1)[0])
    return piece in _GROUP_NOUNS or (match_copy(name.strip()).startswith(_EACH) and piece in _GROUP_HEADS)


_GROUP_NOUNS = frozenset(assign_vocab()["verbs"]["conjunction_group_nouns"])
_GROUP_HEADS = frozenset(assign_vocab()["verbs"]["conjunction_group_heads"])
#: the word a group distributed over places opens with (各县市党委)
_EACH = "各"


def _ends_a_name(name: str, rest: str) -> bool:
    """The piece before a conjunction (``rest``: the text from it on) is a name of a unit list: it
    ends like a unit or a street office printed by its name (``[verbs] conjunction_street_end``), or it is a place the gazetteer lists (江岸区, printed bare for its government)
    that ``rest`` does not go on into a place of its own (沈阳市和平区: the city's district)."""
    if ends_like_unit(name):
        return True
    place = match_copy(name.strip())
    if verb_re("conjunction_street_end").search(place) or verb_re("conjunction_town_end").search(place):
        return True   # a street office by its name, 办事处 left out (汉屯路街道和唐宫路街道); a town by its name (贾悦镇和…)
    if not is_listed_place(place):
        return False
    copy = match_copy(rest[:MAX_PLACE_LEN])
    return not any(place in parents for end in place_ends(copy, 0) for parents in county_parents(copy[:end]))


def without_conjunction(clause: str) -> str:
    """A list's clause without the conjunction that opens it (``以及广州海关`` -> ``广州海关``)."""
    word = next((w for w in _CONJUNCTION_WORDS if clause.startswith(w)), "")
    return clause[len(word):]


def is_note(clause: str) -> bool:
    """True for a clause that states how to read the units (``下同``,
    ``列第一位为牵头单位``, ``不再逐项列出``) rather than naming any, a rule giving units to every item
    (``every_item_units``) included.  Note words inside a bracket saying what a group includes
    (``[verbs] inclusion``: ``各縣、區人民政府（包括…管委會，下同）``) are the group's name, no note."""
    copy = match_copy(clause)
    if verb_re("note").search(copy) and verb_re("note").search(_without_inclusions(copy)):
        return True
    return every_item_units(clause) is not None


def _without_inclusions(copy: str) -> str:
    """``copy`` (a matching copy) without the brackets that say what the unit before them includes
    (``[verbs] inclusion``: （包括…）, （含…）); "" when ``copy`` is such a bracket's inside itself."""
    inclusion = verb_re("inclusion")
    if inclusion.match(copy.lstrip()):
        return ""
    return _without_brackets(copy, inclusion.match)


@lru_cache(maxsize=2)
def every_item_re(name: str) -> re.Pattern:
    """``[verbs] every_item`` or ``every_item_owner``, built of the pieces they share (``%(items)s``: the words
    naming the items, ``all``: ``every_item_words``, ``need``, ``adverbs``, ``verbs``), so the note naming its units
    and the one naming none read the same words."""
    verbs = assign_vocab()["verbs"]
    pieces = {"items": verbs["every_item_items"], "all": "|".join(verbs["every_item_words"]),
              "need": verbs["every_item_need"], "adverbs": verbs["every_item_adverbs"], "verbs": verbs["every_item_verbs"]}
    return re.compile(verbs[name] % pieces)


@lru_cache(maxsize=1)
def _every_item_words() -> tuple[str, ...]:
    """The words by which a clause giving units to every item says all of them (``[verbs] every_item_words``:
    均/都/皆): a clause holding none is no such rule."""
    return tuple(assign_vocab()["verbs"]["every_item_words"])


def every_item_units(clause: str) -> str | None:
    """The units, as printed, that a note clause gives every item from its own on (``[verbs]
    every_item``: ``以下各项均需各县市区落实`` -> 各县市区, ``各县市区人民政府均为各项任务责任单位`` -> 各县市区人民政府),
    when they read as a unit list (a catch-all group of places too); else None.  Such a clause is a rule,
    never units of its item's own (``is_note``, ``names_units_only``)."""
    if not any(w in clause for w in _every_item_words()):
        return None   # almost every clause: no 均/都 to say "all of them"
    text = clause.strip(VALUE_STRIP)
    m = every_item_re("every_item").fullmatch(match_copy(text))
    if m is None:
        return None
    units = text[slice(*m.span("units" if m.group("units") is not None else "subject"))]
    return units if is_unit_list(units, place_groups=True) else None


def every_item_rule(note: str, owned: bool = True) -> str | None:
    """The units a note gives every item it names (from its own on, or up to it: ``rule_reach``): a clause
    of it naming them so (``every_item_units``), or with ``owned`` a unit whose own bracket holds such a rule
    (``owned_rule_units``), in a note that also says they are not listed again (``[verbs] unlisted``: 不再逐项列出,
    以下不再列出, 下同) and not that they get no division of labour (``[verbs] unassigned``: 具体任务均涉及X，不再做分工
    names units that take part, assigned nothing); else None.  A note printed on a line of its own may open
    with a note's label (``[verbs] note_label``: 注：以下各项…)."""
    found = _rule_clause(note, owned)
    return found[1] if found else None


#: which items a rule names (``rule_reach``): those after it, those before it, or it does not say
AHEAD, BACK, UNSAID = "ahead", "back", ""


def rule_reach(note: str, owned: bool = True) -> str:
    """Which items the rule of ``note`` (``every_item_rule``) names, by the words of its clause that names
    the units: ``AHEAD`` (``[verbs] rule_ahead``: 以下各项, 下列任务), ``BACK`` (``[verbs] rule_back``: 以上各项,
    上述任务), else ``UNSAID`` (本表各项, 所有任务; no rule at all too)."""
    found = _rule_clause(note, owned)
    if found is None:
        return UNSAID
    copy = match_copy(found[0])
    return AHEAD if verb_re("rule_ahead").search(copy) else BACK if verb_re("rule_back").search(copy) else UNSAID


def _rule_clause(note: str, owned: bool) -> tuple[str, str] | None:
    """The clause of ``note`` that gives every item units and those units (``every_item_rule``), else None."""
    copy = match_copy(note)
    if not note or verb_re("unlisted").search(copy) is None or verb_re("unassigned").search(copy) is not None:
        return None
    if m := verb_re("note_label").match(copy):
        note = note[m.end():]
    clauses = split_clauses(note)
    for k, clause in enumerate(clauses):
        if units := every_item_units(clause):
            return clause, _listed_on(clause, units, clauses[k + 1:])
        if owned and (units := owned_rule_units(clause)):
            return clause, units
        if k + 1 < len(clauses) and (units := listed_once_units(clause, clauses[k + 1])):
            return clause, units
    return None


def listed_once_units(clause: str, after: str) -> str | None:
    """The units ``clause`` names by a verb of duties when ``after``, the clause printed right after it, says
    no more than that they are not listed again (``[verbs] listed_once`` and ``listed_once_after``: ``各区县人民政府
    残疾人工作委员会成员单位按职责分工负责落实，不再列出`` -> that catch-all; 荣昌's forwarded 分工方案, holdout
    dutyrule-rongchang): units printed once for every item, read as a unit list (a catch-all group too); else
    None.  Before, they were the first item's alone and the rule a note naming nothing."""
    if verb_re("listed_once_after").fullmatch(match_copy(after.strip(VALUE_STRIP))) is None:
        return None
    text = clause.strip(VALUE_STRIP)
    m = verb_re("listed_once").fullmatch(match_copy(text))
    if m is None:
        return None
    units = text[slice(*m.span("units"))]
    return units if is_unit_list(units, place_groups=True) else None


def _listed_on(clause: str, units: str, rest: list[str]) -> str:
    """``units`` with the unit lists that run on after their clause up to the verb closing them (``以下均需各市、区人民
    政府，镇江新区、高新区管委会落实，不再列出``, 镇江's 2022 就业 措施: holdout glossnote-zhenjiang, batch 63): when the
    clause ends with no verb and the clauses after it are unit lists, the last closed by a verb (``[verbs]
    every_item_tail``), they are the note's units too, joined with the comma printed between them.  Before, only the
    first clause's units were given to the items."""
    tail = every_item_re("every_item_tail")
    if tail.search(match_copy(clause.strip(VALUE_STRIP))):
        return units   # 以下各项均需各县市区落实: the verb closed the list
    more: list[str] = []
    for later in rest:
        name = later.strip(VALUE_STRIP)
        m = tail.search(match_copy(name))
        listed = name[:m.start()] if m else name
        if not is_unit_list(listed, place_groups=True):
            return units
        more.append(listed)
        if m:
            return "，".join([units, *more])
    return units


def owned_rule_units(name: str) -> str | None:
    """The units a rule in a unit's own bracket gives every item from its own on (``各县（市、区）人民政府
    （以下各项均需落实，不再逐项列出）`` -> 各县（市、区）人民政府): the bracket is a note saying they are not
    listed again (``[verbs] unlisted``), and its clause names the units (``every_item_units``) or, naming none
    (``[verbs] every_item_owner``: 以下各项均需落实), means the unit it closes; else None.  The unit stays
    a unit of its item (``strip_notes`` takes the bracket off it)."""
    name = name.strip(VALUE_STRIP)
    if len(name) < 2 or name[-1] not in CLOSERS or not any(w in name for w in _every_item_words()):
        return None   # almost every name: no bracket closing it, or none saying "all of them"
    start = next((k for k, c in enumerate(name) if c in OPENERS
                  and matching_bracket(name, k, OPENERS, CLOSERS) == len(name) - 1), None)
    if not start:
        return None
    owner, inner = name[:start], name[start + 1:-1]
    copy = match_copy(inner)
    if (not is_unit_list(owner, place_groups=True) or verb_re("unlisted").search(copy) is None
            or verb_re("unassigned").search(copy) is not None):
        return None
    for clause in split_clauses(inner):
        if units := every_item_units(clause):
            return units
        if every_item_re("every_item_owner").fullmatch(match_copy(clause.strip(VALUE_STRIP))):
            return owner
    return None


def owned_rules(units: str) -> list[str]:
    """The names of a unit list whose own bracket holds a rule for every later item (``owned_rule_units``),
    each as printed with its bracket: the note a measure keeps for ``conventions.give_every_item_units``."""
    if not any(c in units for c in CLOSERS):
        return []   # most lists
    names = split_outside_brackets(units, "、" + CLAUSE_SEPARATORS, OPENERS, CLOSERS)
    return [n.strip(VALUE_STRIP) for n in names if owned_rule_units(n)]


def rule_line(line: str) -> str | None:
    """The units a line of its own gives every item after it (``注：以下各项任务均需X落实，不再逐项列出。``:
    a note ``every_item_rule`` reads, perhaps after a note's label), else None.  A unit whose own bracket
    holds the rule (``各县市区（以下各项均需落实，不再逐项列出）``) is a unit's line, no rule's."""
    if not any(w in line for w in _every_item_words()):
        return None   # almost every line
    return every_item_rule(line, owned=False)


def last_rule_word(text: str) -> int:
    """Where the last word of ``[verbs] every_item_words`` (均/都/皆) stands in ``text``, -1 for none: ``rule_line``
    of ``text[at:]`` is None for every ``at`` past it, so a reader trying each tail of a long line copies none of
    them (``runon.rule_note_joints``: a damaged page's 12,456 closers in one line, tests/test_fuzz_bytes.py)."""
    return max((text.rfind(w) for w in _every_item_words()), default=-1)


def is_unit_list(clause: str, place_groups: bool = False) -> bool:
    """Every name of ``clause`` ends like a unit (a catch-all group included), bare places before a
    place and its body sharing that body (``川汇区、商水县人民政府``: ``share_place_heads``),
    and holds no digit (``新建中小学校5所`` is wording that ends in 所); with ``place_groups``
    a 、 run a leading 各 distributes over is one name, as in a unit cell (``各区、县级市``)."""
    tidy = tidy_units(clause)
    names = split_outside_brackets(tidy, "、", OPENERS, CLOSERS)
    if place_groups:
        names = join_place_groups(names)
    # level words before a piece opening with one are its levels (市、县（区）财政部门: one catch-all, as the
    # agencies stage joins them); before, the lone 市 ended no unit and a copula sentence naming it was wording
    names = join_level_runs(names, tidy, default_patterns())
    if not names:
        return False
    if not all(map(ends_like_unit, names)):
        # bare places closed by one place and its body share that body (川汇区、商水县人民政府), as the
        # agencies stage splits them (``share_place_heads``): each is a unit then
        names = share_place_heads(names)
    return all(ends_like_unit(n) and not wording_digit(n) for n in names)


#: the white space a Word copy leaves between two runs of one name
_GAP_SPACES = " \u3000\u00a0\t"


def ends_like_unit(name: str) -> bool:
    """A unit name (ends like one), a catch-all group of places (各乡镇（街道）) or a development zone
    printed by its place and kind (荆州开发区: ``is_place_zone``)."""
    if not 2 <= len(name) <= UNIT_NAME_MAX_CHARS:
        return False
    simple = match_copy(name)
    if len(simple) > 2 and simple[-2] in _GAP_SPACES:
        # white space before the last character breaks the name (便民服务中 心, a Word copy's runs): no unit is one
        # character, so the gap closes, as the agencies stage closes it (``namegaps``); before, an ending of two
        # characters broken so (中心, 大队 read right: 队 alone is one) ended no unit, and the list lost it and every
        # name after it (blindsynth bs14532, holdout spacedtail-dayao)
        simple = simple[:-1].rstrip(_GAP_SPACES) + simple[-1]
    return bool(verb_re("unit_end").search(simple) or verb_re("place_group").match(simple)
                or is_place_zone(simple) or _masked_tail(simple))


#: a masked name shows at most this many characters after its mask (``****心``, ``**村局``, ``****教育局``)
MASKED_TAIL_MAX_CHARS = 3


@lru_cache(maxsize=1)
def _masked_tail_re() -> re.Pattern:
    marks = re.escape("".join(MASK_CHARS))
    return re.compile(rf"^[\u4e00-\u9fff]?[{marks}]{{2,}}[\u4e00-\u9fff]{{1,{MASKED_TAIL_MAX_CHARS}}}$")


def _masked_tail(simple: str) -> bool:
    """A repost's masked unit name that shows only the last characters of its kind (``****心``: the mask hid the
    body's words and the 中 of 中心; tests/fixtures/README.md "Masked names"): a level character or none, a run of
    two or more mask characters, then one to ``MASKED_TAIL_MAX_CHARS`` characters.  Before, its ending was no unit's, so
    a list parted by ，dropped it (session 70's kept-back bs25685; holdout maskedtail-county-2024-1)."""
    return _masked_tail_re().match(simple) is not None


@lru_cache(maxsize=1)
def _zone_endings() -> tuple[str, ...]:
    """The zone words a zone's name ends in (zones.toml's kinds, full and short, and [place] words), longest first."""
    return tuple(sorted(set(kind_words()) | set(zone_words()), key=len, reverse=True))


def is_place_zone(name: str) -> bool:
    """True for a development zone printed by a place and a zone's kind word (``荆州开发区``, ``荆州经济开发区``,
    ``珠海高新区``): the words before the kind name a place the gazetteer lists, as printed or with a level word
    (荆州 -> 荆州市).  A 湖北 city's 2009 task list names its zone so among the units of a bare bracket
    (``（市发改委，各县市区政府，荆州开发区）``); before, the bracket read as no unit list and its item was lost.
    A kind alone (开发区) or after words that are no place (建设新区) is none."""
    kind = next((w for w in _zone_endings() if name.endswith(w)), None)
    stem = name[:-len(kind)] if kind else ""
    return bool(stem) and names_listed_place(stem)


def is_unit_and_town_list(clauses: list[str]) -> bool:
    """``clauses`` name bodies with a town or a street office among them (``应急局、财政局、清源街道``, ``长桥街道、
    吴中区审计局``): every name ends like a unit or like a town's or a street office's (``names_unit_or_place``:
    ``[verbs] place_end``), none holds a wording's digit (a count opening a place group is none: 15个街道), and at
    least one is a body's, so a list naming only places
    (``新市镇、乾元镇``: where a project lies) is none.  A label's value reads such names; so do a bare bracket
    (``assign.parse_unit_list``, holdout barestreet-deqing) and a leading clause's role verb (``由X承办，长桥街道、
    Y协办。``: ``proseassign._names_units``, blindsynth session 57 seeds 859 and 2334)."""
    names = _list_names(clauses)
    return any(map(ends_like_unit, names)) and _units_or_places(names)


def is_town_list(clause: str) -> bool:
    """``clause`` names towns or street offices only (``城正街街道、雨湖路街道``), or bodies among them
    (``is_unit_and_town_list``): every name ends like a unit's or a place's, none holds a wording's digit.  Alone such a
    list may say where a project lies (``新市镇、乾元镇``), so only a role verb after it makes it units
    (``assign.parse_verbs``: ``A牵头，某街道、某街道，各街道办事处参加``)."""
    names = _list_names([clause])
    return bool(names) and _units_or_places(names)


def _list_names(clauses: list[str]) -> list[str]:
    return [n for c in clauses for n in split_outside_brackets(tidy_units(c), "、", OPENERS, CLOSERS)]


def _units_or_places(names: list[str]) -> bool:
    # a count opening a place group is no wording's digit (``wording_digit``: 15个街道, 全县31个乡镇): a bracket naming
    # bodies, towns and such a group (（县司法局、县财政局、潼川镇、30个乡镇）) is a unit list as one without the count is;
    # before, the digit turned it away and its item was lost (holdout towncount-santai, blindsynth bs18694)
    return all(names_unit_or_place(n) and not wording_digit(n) for n in names)


def names_unit_or_place(name: str) -> bool:
    """A unit's name (``ends_like_unit``) or a town's or a street office's (某镇, 东城街道:
    ``[verbs] place_end``): a name of a unit list, a line that is no wrapped name's fragment."""
    return ends_like_unit(name) or verb_re("place_end").search(match_copy(name)) is not None


"""Label words of the assignment wording, and the copy every word is matched in.

A label names the role of the value after it: ``牵头单位：A``, ``【配合单位】B``, a word
spaced out to the width of a longer one (``责 任 单 位：C``), a space for its colon at
the start of a line (``牵头单位　市发改委``) or a card's bar (``牵头单位｜A``).  This
module finds them (``label_hits``, ``find_labels``, ``starts_with_label``) and compiles the ``[verbs]``
patterns of ``assign.toml`` the grammar modules match (``verb_re``); what the
values say, and the verb and prose wordings, is ``assign.py``'s job.  The label words
are ``roles.toml``'s, their marks ``[labels]`` in ``assign.toml``; both are matched in
``match_copy`` (simplified characters, synonym-spun words undone).
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import NamedTuple

from ..cachefiles import load_toml
from ..hanzi import simplified
from ..text import alternation
from .levellabels import level_label_start, opens_level_label
from .roles import OTHER, UNIT_ROLES, label_roles

#: what a value is stripped of at both ends: spaces, clause marks, colons, 、
VALUE_STRIP = " \t\u3000\xa0，,；;。.：:、"


@lru_cache(maxsize=1)
def assign_vocab() -> dict:
    """The parsed ``assign.toml``."""
    return load_toml(resources.files(__package__).joinpath("assign.toml"))   # (cachefiles)


@lru_cache(maxsize=1)
def prose_opener() -> str:
    """The word the prose form's sentence and each clause of a run open with (由: ``[verbs] prose_opener``)."""
    return assign_vocab()["verbs"]["prose_opener"]


@lru_cache(maxsize=1)
def _spun_words() -> tuple[re.Pattern | None, dict[str, str]]:
    """The synonym-spun words of mirror copies (卖力 for 负责) as one pattern."""
    spun = assign_vocab().get("spun", {})
    for word, meant in spun.items():
        if len(word) != len(meant):   # the copy must keep the text's length
            raise ValueError(f"assign.toml [spun]: {word} and {meant} differ in length")
    alt = alternation(spun)
    return (re.compile(alt) if alt else None), spun


@lru_cache(maxsize=None)
def verb_re(name: str) -> re.Pattern:
    return re.compile(assign_vocab()["verbs"][name])


def match_copy(text: str) -> str:
    """The copy of ``text`` the vocabulary is matched in: simplified
    characters, synonym-spun words undone (same length as ``text``)."""
    simple = simplified(text)
    rx, spun = _spun_words()
    return rx.sub(lambda m: spun[m.group()], simple) if rx is not None else simple


#: what may stand between the characters of a label word spaced out to align a column of labels
_LABEL_GAP = "[ \t\u3000\xa0]*"
#: a role word's unit noun printed with its alternative in brackets before the colon (``责任科室（单位）：``, a bureau's
#: list naming its own offices and its institutions in one label: holdout targetlabel-unplaced, batch 125)
_NOUN_ALTERNATIVE = r"(?:[（(](?:单位|部门|科室|处室|股室|站所|办室)[）)])?"
_LABEL_GAP_RE = re.compile(_LABEL_GAP)


@lru_cache(maxsize=2)
def label_re(gap: str = _LABEL_GAP) -> re.Pattern:
    """Any label word followed by ：/: or inside 【】 (the longest word that fits); the
    word may be printed spaced out to the width of a longer one (``责 任 单 位：``).
    Group ``w`` is the word as printed; ``open``, the 【 of a bracketed label.

    The words are in the pattern once: a conditional on ``open`` asks for the 】 or the
    colon after them.  Compiling the pattern is the cost (every gap between two
    characters is a class that holds U+3000, which ``re`` compiles to a table of 256
    blocks): with the words twice and as a flat list it took about 40 ms, at the
    start of every run.  ``label_re("")``, without the gaps, compiles in about a twentieth of it."""
    # 牵头单位： / 牵头单位: / 【牵头单位】 / 牵头单位｜ (a card's bar: label_hits checks the line)
    colons, bars = _label_marks()
    return re.compile(rf"(?P<open>【\s*)?(?P<w>{_label_words_alt(gap)})"
                      rf"(?(open)\s*】\s*[{re.escape(colons)}]?|{_NOUN_ALTERNATIVE}\s*(?P<sep>[{re.escape(colons + bars)}]))")


def label_search(copy: str) -> re.Match | None:
    """``label_re().search(copy)``; a text holding no character a gap may hold, where each gap
    matches nothing, is searched without the gaps (a run on such pages never compiles them)."""
    spaced = " " in copy or "\u3000" in copy or "\t" in copy or "\xa0" in copy
    return (label_re() if spaced else label_re("")).search(copy)


@lru_cache(maxsize=1)
def _label_marks() -> tuple[str, str]:
    """(colons, bars): what stands between a label word and its value (``[labels]`` in assign.toml)."""
    voc = assign_vocab()["labels"]
    return "".join(voc["colons"]), "".join(voc["bars"])


@lru_cache(maxsize=1)
def _mark_char_re() -> re.Pattern:
    """One of the characters ``holds_label_mark`` looks for first: ：, :, 【 or a bar (one search
    over the text, where three scans and the bars' pattern were four)."""
    return re.compile(f"[{re.escape('：:【' + _label_marks()[1])}]")


@lru_cache(maxsize=1)
def _bar_re() -> re.Pattern:
    return re.compile(f"[{re.escape(_label_marks()[1])}]")


@lru_cache(maxsize=1)
def _spaced_label_re() -> re.Pattern:
    """A label word with a space for its colon (``牵头单位　市发改委``), at the start of a line or
    of a clause (after ；/。), followed by a value that is not another label word.  Apart from
    ``label_re``: a match there opens with a label's characters or 【, which lets a search
    skip ahead; this one opens with an assertion, and in the same pattern it slowed every search."""
    alt = _label_words_alt(_LABEL_GAP, with_other=False)
    marks = re.escape("".join(_label_marks()))
    return re.compile(rf"(?:^|(?<=[；;。]))[ \t\u3000\xa0]*(?P<w>{alt})[ \t\u3000\xa0]+(?=[^\s{marks}；;，,。])(?!{alt})")


@lru_cache(maxsize=None)
def _label_words_alt(gap: str = _LABEL_GAP, with_other: bool = True) -> str:
    """The label words as one alternation, each word's characters with ``gap`` between
    them, written as a prefix tree (``牵头(?:单位|部门)?``): at each point the longer words
    are tried first, so the longest word that fits wins, as in a flat list sorted longest
    first, and the gaps of a shared prefix are in the pattern once.  ``with_other`` False
    leaves out the words of no role (``OTHER``: 分值, 评分标准)."""
    return _prefix_tree_alt(_label_words(with_other), gap)


def _label_words(with_other: bool = True):
    return (w for role, ws in label_roles().items() if with_other or role != OTHER for w in ws)


def _prefix_tree_alt(words, gap: str = _LABEL_GAP) -> str:
    tree: dict = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}   # a word ends here
    return _tree_branches(tree, gap)


def _tree_branches(node: dict, gap: str) -> str:
    return "|".join(re.escape(ch) + _tree_rest(node[ch], gap) for ch in node if ch)


def _tree_rest(node: dict, gap: str) -> str:
    """What may follow a prefix: a gap and one of the longer words' next characters,
    optional when the prefix is a word itself (tried after them: ``?`` is greedy)."""
    nexts = [ch for ch in node if ch]
    if not nexts:
        return ""
    rest = gap + (_tree_branches(node, gap) if len(nexts) == 1 else f"(?:{_tree_branches(node, gap)})")
    return f"(?:{rest})?" if "" in node else rest


def label_hits(copy: str) -> list[re.Match]:
    """The labels of ``copy`` (a matching copy) in order: ``label_re``'s, and where the text has
    a space, those with a space for their colon."""
    hits = list(label_re().finditer(copy))
    if hits and _bar_re().search(copy):
        hits = _checked_bars(copy, hits)
    if " " in copy or "\u3000" in copy or "\t" in copy or "\xa0" in copy:
        taken = {m.start() for m in hits}
        spaced = [m for m in _spaced_label_re().finditer(copy)
                  if m.start() not in taken and not any(h.start() <= m.start() < h.end() for h in hits)]
        if spaced:
            hits = sorted(hits + spaced, key=lambda m: m.start())
    return hits


def _checked_bars(copy: str, hits: list[re.Match]) -> list[re.Match]:
    """``hits`` without the labels a bar closes unless the line is a card's label line: every bar
    in it follows a label word, and every such label has a value (a text table's row or header
    prints bars between its cells: | 序号 | … | 牵头单位 |, 牵头单位 | 配合单位 | 完成时限)."""
    barred = [i for i, m in enumerate(hits) if m.group("sep") and m.group("sep") in _label_marks()[1]]
    if not barred:
        return hits
    ends = [m.start() for m in hits[1:]] + [len(copy)]
    if len(barred) == len(_bar_re().findall(copy)) and all(copy[hits[i].end():ends[i]].strip(VALUE_STRIP)
                                                         for i in barred):
        return hits
    return [m for i, m in enumerate(hits) if i not in barred]


class OpeningLabel(NamedTuple):
    """A label word opening a clause, its colon optional (``opening_label``)."""

    word: str     #: the label word as matched (simplified)
    role: str | None
    colon: bool   #: a colon follows it
    end: int      #: where its value starts


@lru_cache(maxsize=1)
def _opening_label_re() -> re.Pattern:
    colons = _label_marks()[0]
    return re.compile(rf"(?P<w>{_label_words_alt('', with_other=False)})(?P<sep>[{re.escape(colons)}])?")


#: the first two characters of each clause after a clause mark
_CLAUSE_OPENING_RE = re.compile(r"[，,；;]\s*(\S\S)")


@lru_cache(maxsize=1)
def _unit_label_heads() -> frozenset[str]:
    roles = label_roles()
    return frozenset(w[:2] for role in UNIT_ROLES for w in roles.get(role, ()))


def may_open_clause_labels(text: str, least: int) -> bool:
    """Whether at least ``least`` clauses of ``text`` (as printed) after a clause mark may open with a unit role's label
    word: their first two characters open one (simplified).  The cheap test that spares most paragraphs a run's reading
    (``labelclauses``): no copy of the paragraph is made."""
    heads = _CLAUSE_OPENING_RE.findall(text)
    if len(heads) < least:
        return False
    words = _unit_label_heads()
    return sum(1 for head in simplified("|".join(heads)).split("|") if head in words) >= least


def opening_label(copy: str) -> OpeningLabel | None:
    """The role's label word ``copy`` (a matching copy) opens with, its colon optional (``责任单位畜牧局``: a clause
    closing an item of a run, ``labelclauses``), or None.  Unspaced; the longest word that fits."""
    m = _opening_label_re().match(copy)
    if m is None:
        return None
    return OpeningLabel(m.group("w"), label_role(m.group("w")), m.group("sep") is not None, m.end())


def label_role(word: str) -> str | None:
    """The role of a label word (lead/support/responsible/deadline/leader/division, or ``OTHER``
    for a word of no role: 分值, 评分标准)."""
    for role, words in label_roles().items():
        if word in words:
            return role
    return None


def hit_role(m: re.Match) -> str | None:
    """The role of the label ``m`` (a ``label_re`` / ``label_hits`` match) found, spaced or not."""
    return label_role(_LABEL_GAP_RE.sub("", m.group("w")))


def find_labels(text: str) -> list[tuple[str, str, str]]:
    """``(role, label as printed, value as printed)`` for every label in ``text``."""
    return labelled_parts(text)[1]


def labelled_parts(text: str) -> tuple[str, list[tuple[str, str, str]]]:
    """(what stands before the first label, ``find_labels``); the first is "" when no label is found."""
    simple = match_copy(text)
    hits = label_hits(simple)
    # a higher level's label (省牵头单位：, 市级牵头部门：) opens at its level word: the value before it ends there
    starts = [level_label_start(simple, m.start(), _LABEL_GAP_RE.sub("", m.group("w"))) for m in hits]
    out = []
    for i, m in enumerate(hits):
        end = starts[i + 1] if i + 1 < len(hits) else len(text)
        value = text[m.end():end].strip(VALUE_STRIP)
        out.append((hit_role(m), _LABEL_GAP_RE.sub("", text[starts[i]:m.end()]).strip(_label_strip()), value))
    return (text[:starts[0]] if hits else ""), out


@lru_cache(maxsize=1)
def _label_strip() -> str:
    """What a label as printed is stripped of: its brackets, colon or bar."""
    return "【】" + "".join(_label_marks())


def holds_label_mark(text: str) -> bool:
    """Whether ``text`` holds a character every label needs (``label_re``: ：, :, 【 or a
    card's bar; simplified() keeps punctuation) or opens with a label word and a space for its
    colon: a text with neither holds no label."""
    if _mark_char_re().search(text) is not None:
        return True
    head = text[:SPACED_LABEL_HEAD]   # most texts have no space there: four scans, no call
    return (" " in head or "\u3000" in head or "\t" in head or "\xa0" in head) and _opens_with_spaced_label(text)


_SPACES = " \t\u3000\xa0"
#: a label word and the space that stands for its colon open a line within this many characters
SPACED_LABEL_HEAD = 12   # the longest label words (牵头责任单位, 6), a few spaces, the value's first characters


def _opens_with_spaced_label(text: str) -> bool:
    """Whether ``text`` opens with a label word followed by a space instead of its colon
    (``牵头单位　市发改委``): its first word is a label word (looked up, in simplified
    characters: most first words are unit names, and they recur) and what follows is a value."""
    head = text.lstrip(_SPACES)[:SPACED_LABEL_HEAD]
    first = head.split(None, 1)[0] if head else ""
    words, longest = _plain_label_words()
    if len(first) > longest or simplified(first) not in words:
        return False
    return _spaced_label_re().match(match_copy(head)) is not None


@lru_cache(maxsize=1)
def _plain_label_words() -> tuple[frozenset[str], int]:
    """The label words that may have a space for their colon as a set, and the length of the
    longest: not the words of no role (``分数 20`` is wording)."""
    words = frozenset(_label_words(with_other=False))
    return words, max(map(len, words))


def starts_with_label(text: str, other_alone: bool = False) -> bool:
    """True when ``text`` opens with a label word (a labelled line / bracket).  A label of no role
    (``OTHER``: ``分值：15分``) opens labels when a role's label follows in ``text``
    (``（分值：15分；牵头单位：A）``), or alone with ``other_alone`` (a line among label lines)."""
    if not holds_label_mark(text):
        return False
    copy = match_copy(text.strip())
    m = label_re().match(copy)
    if m is not None and m.group("sep") and m.group("sep") in _label_marks()[1]:
        m = m if any(h.start() == 0 for h in label_hits(copy)) else None   # a bar: a card's label line only
    if m is not None and not other_alone and hit_role(m) == OTHER:
        m = m if any(hit_role(h) != OTHER for h in label_hits(copy)) else None
    return m is not None or _opens_with_spaced_label(text) or opens_level_label(copy)



@lru_cache(maxsize=1)
def _copula_label_re() -> re.Pattern:
    """A label word opening a text or a clause of it, followed by a copula (``牵头单位为``)."""
    copulas = alternation(assign_vocab()["labels"]["copulas"])
    return re.compile(rf"(?:^|(?<=[，,；;]))(?P<w>{_label_words_alt('', with_other=False)})(?:{copulas})")


def copula_label_words() -> str:
    """The label words of a role (no ``OTHER`` word) as one alternation without gaps, longest first: what a
    sentence may name after a copula (``A、B为主要责任单位``, ``proseassign._unit_copula_sentence``)."""
    return _label_words_alt("", with_other=False)


@lru_cache(maxsize=1)
def _role_after_copula_re() -> re.Pattern:
    copulas = alternation(assign_vocab()["labels"]["copulas"])
    return re.compile(rf"(?:{copulas})(?:{copula_label_words()})")


def names_role_by_copula(text: str) -> bool:
    """``text`` names a role's label word after a copula (``A为牵头单位，B、C为配合单位。``, ``A是主要责任单位``): a
    sentence that assigns units as a label line does (``proseassign._unit_copula_sentence`` reads it), for the tests that
    only ask whether a line names units by their role (``cleanlines._names_units``).  A letter's rule that some units
    support every item (``除另有标明的外，各县（区）人民政府为配合单位。``: ``letter_support_res``) assigns no item: before,
    such a letter over a related-news box made the box the page's footer and the notice under it was lost
    (blindsynth session 63 cause 8)."""
    copy = match_copy(text)
    if "配合" in copy:   # the rule's sentences are taken out first (as conventions reads them, white space removed)
        copy = "".join(copy.split())
        for rule in letter_support_res():
            copy = rule.sub("", copy)
    if "牵头" in copy:   # nor does its rule on how to read a bare list (无牵头单位的，责任单位即为牵头单位; 列第一位的为牵头单位):
        # before, such a bracket in a letter over a related-news box made the box the page's footer and the list under
        # it was lost (blindsynth session 66 cause 1)
        copy = "".join(copy.split())
        for rule in letter_lead_rule_res():
            copy = rule.sub("", copy)
    return _role_after_copula_re().search(copy) is not None


@lru_cache(maxsize=1)
def letter_lead_rule_res() -> tuple[re.Pattern, ...]:
    """``[conventions] first_leads`` and ``all_lead`` compiled: a letter's rule on how a bare 责任单位 list divides
    (``conventions.detect_convention`` reads it), which names a role after a copula but assigns no item; then
    ``first_leads_rest``, the first-listed rule's second half (…，其余为配合单位), taken out after its first."""
    conventions = assign_vocab()["conventions"]
    return tuple(re.compile(p) for p in (*conventions["first_leads"], conventions["all_lead"],
                                         conventions["first_leads_rest"]))


@lru_cache(maxsize=1)
def letter_support_res() -> tuple[re.Pattern, re.Pattern]:
    """``[conventions] default_support`` (除已标注的外，X均为配合单位) and ``default_support_every`` (X为各项工作的配合单位)
    compiled: the letter's rule that units support every item (``conventions.letter_support_units`` reads its units)."""
    conventions = assign_vocab()["conventions"]
    return re.compile(conventions["default_support"]), re.compile(conventions["default_support_every"])


def colon_copulas(text: str) -> str:
    """``text`` with the copula after a label word at a clause's start read as its colon
    (``牵头单位为A，配合单位为B`` -> ``牵头单位：A，配合单位：B``); only for a sentence whose
    subject names the item it assigns (``proseassign.split_prose``)."""
    out, last = [], 0
    for m in _copula_label_re().finditer(match_copy(text)):
        out += [text[last:m.end("w")], "："]
        last = m.end()
    return "".join(out) + text[last:]

"""Bracket-aware splitting: cut a text at separators outside brackets, find a bracket's pair.

县（市、区）, 镇街(园区) and 市经信局（市中小企业局） stay whole when a unit list is cut at its
、 or a clause at its ，.  The default brackets are the round ones unit names nest in
(``OPENERS``, ``CLOSERS``); an assignment may be printed in any shape (``ANY_OPENERS``,
``ANY_CLOSERS``).
"""
from __future__ import annotations

import re
from functools import lru_cache

#: the brackets unit names and assignments nest in: 县（市、区）, 镇街(园区), and the angle brackets a note may be
#: printed in (各区人民政府〈含开发区、风景区〉: U+3008/3009, holdout anglenote-wuhan) and the ASCII ones a page types
#: for them (各区县政府<南太湖新区、长合区管委会>: holdout halfyear-huzhou), and the tortoise-shell ones a page prints
#: a place group's bracket in when it nests in round ones (各市〔州〕、县〔市、区、特区〕人民政府: daxiemirror-guizhou), and the
#: full-width angle ones (各县＜市、区＞人民政府: commarule-yunfu)
OPENERS, CLOSERS = "（(〈<＜〔", "）)〉>＞〕"
#: every bracket shape an assignment may be printed in: （） () 〔〕 【】 [] ［］ ｛｝ {} 〈〉 〖〗 (a typist's
#: curly or angle brackets around an item's labels or a unit's note, as the square ones, are still brackets)
ANY_OPENERS, ANY_CLOSERS = "（(〔【[［｛{〈〖<＜", "）)〕】]］｝}〉〗>＞"


@lru_cache(maxsize=64)
def separator_re(separators) -> re.Pattern:
    """A pattern matching any one character of ``separators`` (a str or a set of them)."""
    return re.compile("[" + "".join(re.escape(ch) for ch in sorted(separators)) + "]")


@lru_cache(maxsize=64)
def _marks_re(separators, openers, closers) -> re.Pattern:
    """Any one character a balanced scan acts on: ``ch in`` one of the three is true for it (a str's characters;
    the one-character members of a tuple or a set)."""
    chars = "".join(dict.fromkeys(c for group in (separators, openers, closers) for c in group if len(c) == 1))
    return re.compile("[" + re.escape(chars) + "]" if chars else "(?!)")


@lru_cache(maxsize=64)
def _any_of_re(chars: str) -> re.Pattern:
    """One of ``chars`` (brackets): a search in C, not a generator over them."""
    return re.compile("[" + re.escape(chars) + "]" if chars else "(?!)")   # none: never


# --- brackets -------------------------------------------------------------------
# One balanced scan: the depth after each character, never below 0 (a stray
# closer does not open the text up).  Separators and the brackets themselves are
# different characters, so "at depth 0" is unambiguous for a separator.  The
# loops are written out (not a generator): they run for most cells of a page.

def cuts_outside_brackets(text: str, separators, openers=OPENERS, closers=CLOSERS) -> list[int]:
    """The index just after each of ``separators`` in ``text`` outside brackets: where the text's
    clauses start after its first, so the clauses can be cut from the text as printed."""
    cuts, depth = [], 0
    for i, ch in enumerate(text):
        if ch in openers:
            depth += 1
        elif ch in closers:
            depth = max(0, depth - 1)
        elif depth == 0 and ch in separators:
            cuts.append(i + 1)
    return cuts


def split_outside_brackets(text: str, separators, openers=OPENERS, closers=CLOSERS, *,
                           strip: bool = True, ignore_unclosed: bool = False) -> list[str]:
    """Split ``text`` at ``separators`` outside brackets, so 县(市、区) or
    镇街(园区) stays whole; empty parts dropped, the others stripped unless
    ``strip`` is False.  With ``ignore_unclosed``, a text that leaves a bracket
    open is split at every separator instead (one missing ``)`` must not glue
    a whole cell of unit names into one)."""
    if not _any_of_re(openers).search(text):   # most cells: no bracket, so the scan is a plain split
        parts = separator_re(separators).split(text)
    else:   # the scan visits the brackets and separators alone, found in C (the former loop over every character,
        # kept in tests/test_quick_forms.py, took a damaged page's 56,000-character line 110 times: session 68)
        parts, start, depth = [], 0, 0
        for m in _marks_re(separators, openers, closers).finditer(text):
            ch = m.group()
            if ch in openers:
                depth += 1
            elif ch in closers:
                depth = max(0, depth - 1)
            if depth == 0 and ch in separators:
                parts.append(text[start:m.start()])
                start = m.end()
        parts.append(text[start:])
        if depth and ignore_unclosed:
            parts = separator_re(separators).split(text)
    if strip:
        return [s for p in parts if (s := p.strip())]
    return [p for p in parts if p.strip()]


def outside_brackets(text: str, openers=OPENERS, closers=CLOSERS) -> str:
    """``text`` without its bracketed parts: 市经信局(市中小企业局) -> 市经信局."""
    if not any(b in text for b in (*openers, *closers)):
        return text
    out, depth = [], 0
    for ch in text:
        if ch in openers:
            depth += 1
        elif ch in closers:
            depth = max(0, depth - 1)
        elif depth == 0:
            out.append(ch)
    return "".join(out)


def bracket_balance(text: str, openers=OPENERS, closers=CLOSERS) -> int:
    """Openers less closers: > 0 when ``text`` leaves a bracket open (a wrapped line).  Each side is
    found in one pass in C (``_bracket_findall``), where a generator over the text's characters (the
    former form, kept in tests/test_quick_forms.py) took five times as long: 1.3 million generator
    steps over the holdout's pages, most of them ``unitduties.subject_units``'s over every
    unnumbered paragraph (docs/scale.md, session 67)."""
    return len(_bracket_findall(openers)(text)) - len(_bracket_findall(closers)(text))


@lru_cache(maxsize=64)
def _bracket_findall(brackets):
    """``findall`` of the characters ``ch in brackets`` is true for (a str's characters; the one-character
    members of a tuple), each character of a text found once."""
    members = "".join(dict.fromkeys(b for b in brackets if len(b) == 1))
    return re.compile("[" + re.escape(members) + "]" if members else "(?!)").findall


def matching_bracket(text: str, at: int, openers=OPENERS, closers=CLOSERS) -> int | None:
    """Index of the bracket that pairs with the one at ``at``: searched forward
    from an opener, backward from a closer; None when there is none."""
    step, inward, outward = (1, openers, closers) if text[at] in openers else (-1, closers, openers)
    depth = 0
    for i in range(at, len(text) if step == 1 else -1, step):
        if text[i] in inward:
            depth += 1
        elif text[i] in outward:
            depth -= 1
            if depth == 0:
                return i
    return None


def closing_opener(text: str, openers=OPENERS, closers=CLOSERS) -> int | None:
    """Index of the opener of the bracket ``text`` ends with (its last character a closer), or None when it
    ends otherwise or that closer pairs with nothing: ``X（以上两项）`` -> the index of ``（``."""
    return matching_bracket(text, len(text) - 1, openers, closers) if text and text[-1] in closers else None


def unclosed_opener(text: str, openers=OPENERS, closers=CLOSERS) -> int | None:
    """Index of the outermost opener in ``text`` that no closer after it pairs with (a bracket
    whose closer was lost: ``…。（牵头单位：各县（市、区）政府`` -> the first ``（``), or None when
    every opener closes."""
    if not _any_of_re(openers).search(text):
        return None   # most texts
    stack: list[int] = []
    for i, ch in enumerate(text):
        if ch in openers:
            stack.append(i)
        elif ch in closers and stack:
            stack.pop()
    return stack[0] if stack else None


def own_kind_opener(text: str, end: int) -> int | None:
    """The opener of the closer at ``end``'s own kind (［ for ］) that pairs with it when a stray bracket of another
    kind inside leaves the balanced scan without one (``［…，不再列出)］``: a note whose round bracket was never
    opened, 佳木斯's 2018 水污染防治 方案, holdout sqnote-jiamusi, batch 63): the nearest such opener before it, with no
    closer of that kind between.  None when the closer has no kind of its own or no such opener stands before it."""
    k = ANY_CLOSERS.find(text[end])
    if k < 0:
        return None
    start = text.rfind(ANY_OPENERS[k], 0, end)
    return None if start < 0 or ANY_CLOSERS[k] in text[start + 1:end] else start

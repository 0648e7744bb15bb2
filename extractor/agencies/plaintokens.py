"""A new unit list of names seen before, split without the list's passes (stage 6a, ``Resolver._split_fragment``).

A run's unit lists are mostly new combinations of a few hundred names: the bench's 1,000 pages ask
``units.unit_tokens`` of 23,500 new fragments made of 246 distinct tokens, and each fragment went through
every pass of the split (the kinds' and levels' runs, the places sharing a body, the groups), each asking
its own questions of each token: about 7 % of extraction's time (docs/scale.md, session 70).  Each pass
leaves a list as it is unless one of its tokens, or two neighbours, answer its first question yes.  Those
answers depend on the token alone, so they are worked out once per distinct token (``token_traits``) and a
list none of whose tokens or neighbours can start a pass is its plain split (``plain_tokens``); any other
list, and one holding what the plain split does not read (a bracket, 等, a place group, a group separator
before three tokens), goes through ``unit_tokens`` as before.  The same tokens by construction: every
trait is the very expression the pass asks first; ``tests/test_quick_forms.py`` holds the two equal.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..brackets import separator_re
from ..hanzi import to_simplified
from ..placegroups import may_hold_place_group
from .kindruns import closes_kind_run, lone_level
from .records import AgencyPatterns
from .sharedheads import GOVERNMENT_TAIL, is_bare_short, is_whole_place, may_be_bare_place, place_body
from .template import FUNCTION_WORD
from .units import DENG, GROUP_SEPARATORS

#: a token's traits (``token_traits``), as bits
_CLOSES_KIND_RUN = 1      # ``kindruns.join_kind_runs``' question of a token after the first
_LONE_LEVEL = 2           # ``kindruns.join_level_runs``' of a token before the last
_MAY_BE_BARE_PLACE = 4    # ``sharedheads.share_place_heads``' of the first token
_BARE_SHORT = 8           # ``sharedheads._share_tail``'s of the token before the last
_WHOLE_PLACE = 16         # ``sharedheads._share_closed_runs``' of the token before one closing a run
_ENDS_GOVERNMENT = 32     # ... of a token closing a run of governments (its first test)
_ENDS_FUNCTION = 64       # ... of a token closing a run of departments printed by their function
_PLACE_BODY = 128         # ``sharedheads._share_tail``'s second, of the last token: a listed place and its body

#: distinct tokens a resolver's traits hold at most (then they are worked out again)
TRAITS_MAX = 65536


def token_traits(token: str, patterns: AgencyPatterns) -> int:
    """The bits of ``token``: each the first question a pass of the split asks of it, asked as the pass asks it."""
    piece = token.strip()
    simple_ends = _simplified_ends(piece)
    return ((_CLOSES_KIND_RUN if token.rstrip()[-1:] in patterns.kind_group_last and closes_kind_run(piece, patterns)
             else 0)
            | (_LONE_LEVEL if lone_level(token, patterns) else 0)
            | (_MAY_BE_BARE_PLACE if may_be_bare_place(piece) else 0)
            | (_BARE_SHORT if is_bare_short(piece) else 0)
            | (_WHOLE_PLACE if is_whole_place(token) else 0)
            | (_ENDS_GOVERNMENT if simple_ends(GOVERNMENT_TAIL) else 0)
            | (_ENDS_FUNCTION if simple_ends(FUNCTION_WORD) else 0)
            | (_PLACE_BODY if place_body(token) is not None else 0))


def _simplified_ends(piece: str):
    return to_simplified(piece).endswith


@lru_cache(maxsize=16)
def _unread_re(brackets: str) -> re.Pattern:
    """What the plain split does not read: a bracket (split outside brackets, a bracketed token joined to the one
    before), 等 (a group after a list's 等)."""
    return re.compile("[%s]" % re.escape(brackets + DENG))


def plain_tokens(cell: str, patterns: AgencyPatterns, traits: dict[str, int]) -> list[str] | None:
    """``units.unit_tokens(cell, patterns)`` for a ``cell`` with no white space it would close (the caller's) when no
    pass of the split can change its plain split (see the module's docstring), else None.  ``traits``: the
    resolver's own ``token_traits`` by token."""
    if _unread_re(patterns.openers + patterns.closers).search(cell) \
            or may_hold_place_group(cell):
        return None
    # ``brackets.split_outside_brackets(cell, patterns.separators, strip=False)`` of a cell holding no bracket
    tokens = [p for p in separator_re(patterns.separators).split(cell) if p.strip()]
    if len(tokens) < 2:
        return tokens   # every pass keeps a list of one
    if len(tokens) >= 3 and any(sep in cell for sep in GROUP_SEPARATORS):
        return None   # ``units.share_in_groups`` reads its groups apart
    if len(traits) > TRAITS_MAX:
        traits.clear()
    bits = []
    for token in tokens:
        b = traits.get(token)
        if b is None:
            b = traits[token] = token_traits(token, patterns)
        bits.append(b)
    last = len(tokens) - 1
    if bits[0] & _MAY_BE_BARE_PLACE or (last >= 2 and bits[last - 1] & _BARE_SHORT and bits[last] & _PLACE_BODY):
        return None
    joined = "".join(tokens)
    government, function = GOVERNMENT_TAIL[-1] in joined, FUNCTION_WORD[0] in joined
    for n in range(last + 1):
        b = bits[n]
        if (n and b & _CLOSES_KIND_RUN) or (n < last and b & _LONE_LEVEL):
            return None
        if n and bits[n - 1] & _WHOLE_PLACE and ((government and b & _ENDS_GOVERNMENT)
                                                 or (function and b & _ENDS_FUNCTION)):
            return None
    return tokens

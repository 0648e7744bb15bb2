"""A clause names a role when it ends in the role's verb phrase (``assign.role_verb_re``: a run of modifiers,
then the verb).  ``_clause_roles`` searches the verb alone first (``labels.verb_re``), which turns away a
clause without the verb in one quick search (session 54); the roles it reads are the ones the phrase's
search alone read, for random clauses of unit names, modifiers, verbs, marks and white space."""
from __future__ import annotations

import random

from extractor.parse.assign import assign_vocab, is_unit_list, match_copy, tidy_units, verb_re
from extractor.parse.clauseroles import _clause_roles, _strip_verb_tail, role_verb_re
from extractor.parse.clauseroles import looks_like_units as _looks_like_units


def _former(clause: str):
    """``_clause_roles`` as it was before session 54: each role's phrase searched, no verb first."""
    simple = match_copy(clause)
    together = verb_re("together").search(simple)
    if together and together.start() > 0:
        lead = tidy_units(clause[:together.start()])
        units = tidy_units(_strip_verb_tail(clause[together.end():]))
        if _looks_like_units(lead) and _looks_like_units(units) and is_unit_list(lead):
            return (("lead", lead), ("support", units))
    for role in ("lead", "support", "responsible"):
        m = role_verb_re(role).search(simple)
        if m:
            units = tidy_units(clause[:m.start()])
            return ((role, units),) if _looks_like_units(units) else None
    return None


def test_roles_as_the_phrase_search_alone_read_them():
    verbs = assign_vocab()["verbs"]
    pieces = [*verbs["verb_modifiers"], "牵头", "主办", "负责", "落实", "配合", "协助", "参与", "提出", "意见", "研究",
              "办理", "会同", "推进", "实施", "市发改委", "市财政局", "县人民政府", "各镇街", "、", "，", "。", " ", "\n",
              "牽頭", "負責"]
    rng = random.Random(54)
    clauses = ["".join(rng.choices(pieces, k=rng.randint(1, 7))) for _ in range(6000)]
    found = [_former(clause) for clause in clauses]
    assert sum(f is None for f in found) > 1000 and sum(f is not None for f in found) > 500
    _clause_roles.cache_clear()
    for clause, former in zip(clauses, found):
        assert _clause_roles(clause) == former, repr(clause)

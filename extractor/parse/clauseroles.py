"""The roles one clause of verb wording names (``A牵头``, ``B、C配合``, ``由A会同B、C负责``): which units,
in which role, and where a page parted two such clauses by 、 rather than ，.  ``assign.parse_verbs`` reads a bracket
or a sentence clause by clause with them; the vocabulary is ``assign.toml [verbs]``."""
from __future__ import annotations

import re
from functools import lru_cache

from ..brackets import split_outside_brackets
from ..text import alternation
from .labels import assign_vocab, match_copy, verb_re
from .unitlists import CLOSERS, OPENERS, is_unit_list, tidy_units


@lru_cache(maxsize=None)
def role_verb_re(role: str) -> re.Pattern:
    """The verb phrase that closes a clause naming ``role``'s units (lead / support / responsible):
    any run of ``[verbs] verb_modifiers`` (分工, 协同, 积极) then the role's verb, so ``search`` finds
    the longest phrase at the clause's end and the units keep no modifier."""
    verbs = assign_vocab()["verbs"]
    return re.compile(f"(?:{alternation(verbs['verb_modifiers'])})*(?:{verbs[role]})")


def clause_roles(clause: str) -> list[tuple[str, str]] | None:
    """[(role, units)] of one clause, or None when it names no units."""
    found = _clause_roles(clause)
    return None if found is None else list(found)


@lru_cache(maxsize=16384)
def _clause_roles(clause: str) -> tuple[tuple[str, str], ...] | None:
    """``clause_roles``, cached: a bare unit list's clauses are unit lists that recur
    across a corpus (the conventions ask it of every 责任单位 list of two parts or more)."""
    simple = match_copy(clause)
    together = verb_re("together").search(simple)
    if together and together.start() > 0:  # 由A会同B、C负责: A leads, B and C support
        lead = tidy_units(clause[:together.start()])
        units = tidy_units(_strip_verb_tail(clause[together.end():]))
        # A must end like a unit: 会同 may stand across two words of wording (含大会同声传译, 年会同期)
        if looks_like_units(lead) and looks_like_units(units) and is_unit_list(lead):
            return (("lead", lead), ("support", units))
    short = verb_re("together_short").search(simple)
    if short:   # 宣传处会办公室: an office leads, handling the matter with another (会办)
        lead, units = tidy_units(clause[:short.start()]), tidy_units(_strip_verb_tail(clause[short.end():]))
        if is_unit_list(lead) and is_unit_list(units):
            return (("lead", lead), ("support", units))
    listed = verb_re("together_listed").search(simple)
    if listed and listed.start() > 0:  # 市法制局组织有关单位: A leads, the units it organises support
        lead, units = tidy_units(clause[:listed.start()]), tidy_units(clause[listed.end():])
        # the object must be units, since the verb takes an action too (组织实施, 组织开展培训: no units)
        if is_unit_list(lead) and is_unit_list(units):
            return (("lead", lead), ("support", units))
    for role in ("lead", "support", "responsible"):
        # every phrase role_verb_re finds ends in the role's verb: a clause without one (most, a list of
        # units) is turned away by the verb's search, which skips to its first characters, where the run of
        # modifiers opening role_verb_re, which may be empty, had its search tried at every character
        m = verb_re(role).search(simple) and role_verb_re(role).search(simple)
        if m:
            units = tidy_units(clause[:m.start()])
            return ((role, units),) if looks_like_units(units) else None
    return None


def _strip_verb_tail(text: str) -> str:
    """``B、C等部门负责落实`` -> ``B、C等部门`` (the verb after the units of a 会同 clause)."""
    m = _verb_tail_re().search(match_copy(text))
    return text[:m.start()] if m else text


@lru_cache(maxsize=1)
def _verb_tail_re() -> re.Pattern:
    """The verb after the units of a 会同 clause (``[verbs] together_tail``), its modifiers before
    it (``分工负责``)."""
    verbs = assign_vocab()["verbs"]
    return re.compile(f"(?:{alternation(verbs['verb_modifiers'])})*(?:{verbs['together_tail']})")


def looks_like_units(units: str) -> bool:
    """Short, no sentence punctuation: a list of unit names, not a clause of prose."""
    return (0 < len(units) <= 120 and not re.search(r"[。！？：:“”]", units)
            and not verb_re("deadline").search(match_copy(units)))


def verb_parted(clause: str) -> list[str]:
    """``clause`` cut into its verb clauses where the page parted them by 、, not by ，
    (``厅政策法规处牵头、厅机关各处室配合``, a province department's bracket: a 、 right after a role verb
    closing the clause before it), or ``[clause]``: cut only where every piece names units by a role
    verb of its own (``A、B分别牵头`` and ``A牵头、B、C`` stay whole).  Before session 62 the first clause
    and its verb were read as one support unit and the item had no lead (holdout ownoffices-anhui, batch 87).  A clause
    holding 会同 (由A会同B、C负责) is one clause whatever it holds."""
    if "、" not in clause or verb_re("together").search(match_copy(clause)):
        return [clause]   # 由A会同B、C负责: one clause, its 、 inside the supports
    parts, run = [], []
    for piece in split_outside_brackets(clause, "、", OPENERS, CLOSERS):
        run.append(piece)
        if clause_roles(piece) is not None:   # the piece closes with its role verb: a clause ends
            parts.append("、".join(run))
            run = []
    if run:
        parts.append("、".join(run))
    if len(parts) < 2 or any(clause_roles(part) is None for part in parts):
        return [clause]
    return parts

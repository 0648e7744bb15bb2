"""A part's undertaking sentence, its target's label and the target printed as three paragraphs, joined back into the
one paragraph a plan of its kind prints (``由A承办，B配合。`` / ``治理工作目标：`` / ``全乡…达到98%。`` ->
``由A承办，B配合。治理工作目标：全乡…``; tests/fixtures/README.md "A part's undertaking sentence, its target's label and the
target, each a paragraph of its own"; holdout chengbanparas-unplaced-2015-1, batch 124).

The paragraph breaks are the copy's (a document site's preview of a Word file), not the plan's: chengban-fujian prints
the same three pieces run into one paragraph, which the opening-clause reader (``proseassign.split_leading``) already
reads as the part's one measure, the label kept before its target.  Before, the undertaking sentence stood alone as
the part heading's own assignment and the heading's words became the measure's text.  ``inline.parse_inline`` asks
``join_undertakings`` over the lines before the outline reads them.
"""
from __future__ import annotations

from .assign import parse_verbs
from .labels import prose_opener, starts_with_label
from .unitlists import is_unit_list, split_clauses
from ..numbering import split_numbering
from ..text import COLONS, FULL_STOPS

#: a target's label alone on its line (治理工作目标：, 工作目标：) is a short phrase before its colon; a longer line
#: closing with a colon is a lead-in sentence of its own
TARGET_LABEL_MAX_CHARS = 10
#: marks a label phrase holds none of before its colon (a clause or a sentence of its own)
_NOT_IN_LABEL = "。；;，,：:、！!？?"


def join_undertakings(lines: list[str]) -> list[str]:
    """``lines`` with each undertaking sentence standing alone (``undertaking_sentence``), the short label line under
    it (``target_label``) and the paragraph under that (no number, no label of its own, no colon closing it) joined
    into one line with nothing between.  Most notices hold no such three lines: nothing is joined."""
    out, at = [], 0
    while at < len(lines):
        if at + 2 < len(lines) and target_label(lines[at + 1]) and _target(lines[at + 2]) \
                and undertaking_sentence(lines[at]):
            out.append(lines[at].strip() + lines[at + 1].strip() + lines[at + 2].strip())
            at += 3
            continue
        out.append(lines[at])
        at += 1
    return out


def undertaking_sentence(line: str) -> bool:
    """``line`` is ONE sentence opening with 由 whose clauses are all the verb rules' (``parse_verbs``) and name units
    only, a lead among them (``由乡三农服务中心承办，乡畜牧站、卫生院配合。``): who undertakes a part, nothing else."""
    s = line.strip()
    if not s.startswith(prose_opener()) or not s.endswith(FULL_STOPS) or any(c in s[:-1] for c in FULL_STOPS):
        return False
    found = parse_verbs("，".join(split_clauses(s[:-1])), "inline-verb")
    return found is not None and bool(found.lead) and all(map(is_unit_list, found.lead + found.support))


def target_label(line: str) -> bool:
    """``line`` is a short label phrase alone, closed by a colon (``治理工作目标：``), no number and no role label
    (``责任单位：`` names units, ``labels.starts_with_label``)."""
    s = line.strip()
    if not s.endswith(COLONS) or not 0 < len(s) - 1 <= TARGET_LABEL_MAX_CHARS or any(c in s[:-1] for c in _NOT_IN_LABEL):
        return False
    return split_numbering(s) is None and not starts_with_label(s)


def _target(line: str) -> bool:
    """``line`` may be the target under a label: wording with no number and no label of its own, not a lead-in closing
    with a colon (``主要措施：`` over the part's items)."""
    s = line.strip()
    return bool(s) and not s.endswith(COLONS) and split_numbering(s) is None and not starts_with_label(s)

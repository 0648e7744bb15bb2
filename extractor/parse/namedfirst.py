"""An item that names itself and is assigned in its first sentence (stage 5, the prose form).

``（三）道路交通安全专项整治，由公安、交通部门负责，有关部门配合。要加大…``: the item's first sentence is its name, a comma
and a 由 clause with the clauses after it, its tasks in the sentences after.  The 由 clauses assign it as a closing
由 sentence does (``proseassign.split_prose``), and the text is the paragraph with them cut out, the name kept with the
sentence's stop (tests/fixtures/README.md "An item that names itself and is assigned in its first sentence";
holdout zhuanxiang-unplaced, batch 105: a city's 安全生产 专项整治 document on a law database).
"""
from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from .assign import Assignment, parse_verbs, with_form
from .deadlinephrases import is_deadline_clause
from .headlines import TOPIC_LINE_MAX_CHARS, is_topic_line
from .labels import assign_vocab, prose_opener
from .unitlists import is_unit_list, split_clauses
from ..agencies.kindruns import join_kind_runs
from ..agencies.registry import default_patterns
from ..lazyre import lazy_re
from ..text import TRAILING_MARKS

# the prose form opens its sentence with 由 (``labels.prose_opener``: 由X会同Y负责落实), the item it assigns maybe named
# before it: an item's named first sentence here, a closing sentence in ``inline`` (此项工作由X牵头…: ``[verbs]
# prose_subject``)


#: an item's name before its first sentence's 由 clause is a short noun phrase (道路交通安全专项整治: 9 characters;
#: 公众聚集场所消防安全专项整治: 14); a longer first clause is wording
ITEM_NAME_MAX_CHARS = 24
_NAME_CLAUSE_RE = lazy_re(r"^([^，,；;：:。！？!?、（()）“”]+)[，,]")


def named_first_sentence(text: str) -> tuple[str, Assignment] | None:
    """(the text without the assignment's clauses, the assignment) of an item whose FIRST sentence is its name, a
    comma and a 由 clause with the clauses after it, its tasks in the sentences after that
    (``道路交通安全专项整治，由公安、交通部门负责，有关部门配合。要加大…`` -> ``道路交通安全专项整治。要加大…``, 公安、交通部门
    leading, 有关部门 supporting), or None.  The name is kept with the sentence's stop (tests/fixtures/README.md "An
    item that names itself and is assigned in its first sentence"; holdout zhuanxiang-unplaced, batch 105: before,
    the 由 sentence stood first, not last, and the items gave no rows).  Every clause from 由 on must be the verb
    rules' (``parse_verbs``) and every name a unit list, as for a subject with no 由 (``proseassign._subject_sentence``): a
    first sentence of wording (``工程由县水利局负责组织实施。…``) gives nothing."""
    stop = text.find("。")
    if stop >= 0 and not text[stop + 1:].strip():
        return _named_alone(text[:stop])   # one sentence: the item's name run into its 由 clauses, or none
    if stop < 0:
        return None
    m = _NAME_CLAUSE_RE.match(text[:stop])
    if m is None or len(m.group(1).strip()) > ITEM_NAME_MAX_CHARS or not text.startswith(prose_opener(), m.end()):
        return None
    found = with_form(parse_verbs("，".join(split_clauses(text[m.end():stop])), "prose"), "prose")
    if found is None or not found.lead or not all(map(_unit_or_kind_run, found.lead + found.support)):
        return None
    return (m.group(1).strip() + "。" + text[stop + 1:].strip()), found


def _unit_or_kind_run(name: str) -> bool:
    """``name`` is a unit list, or kinds of departments under one body word (``公安、交通部门``: one catch-all,
    ``agencies.kindruns``; tests/fixtures/README.md "Kinds of departments under one body word, with no level
    phrase")."""
    return is_unit_list(name) or join_kind_runs(name.split("、"), default_patterns()) == [name]


#: the name of an item whose one sentence is its name run into its 由 clauses is at most this long (区内城市主干道：
#: 雨花东路、…等道路的整治: 39)
ITEM_SUBJECT_MAX_CHARS = 60


@lru_cache(maxsize=1)
def _not_a_task_openers() -> tuple[str, ...]:
    """Words opening a sentence about the document or the items above (本方案由X负责解释, 此项工作由…: split_prose's),
    never an item's task (``[verbs] not_task_openers``)."""
    return tuple(assign_vocab()["verbs"]["not_task_openers"])


def _named_alone(sentence: str) -> tuple[str, Assignment] | None:
    """(the name with the stop, the assignment) of an item printing ONE sentence: the task's name run into its 由
    clauses, with or without a comma before 由 (``X的整治，由A负责牵头组织实施，B配合``, ``X由A负责，B配合``,
    ``高架桥道路由市有关单位负责``), every clause from 由 on the verb rules' and every name a unit list; or None
    (tests/fixtures/README.md "A subject run straight into its 由 clause"; holdout glosselide-yuhua, batch 107: before,
    such items gave no rows).  A sentence about the document or the items above (本方案由…, 此项工作由…) is none."""
    at = sentence.find(prose_opener())
    while 0 < at:
        name = sentence[:at].rstrip("，,")
        if not name or len(name) > ITEM_SUBJECT_MAX_CHARS or any(ch in name for ch in "。；;！!？?") \
                or name.startswith(_not_a_task_openers()):
            return None
        found = with_form(parse_verbs("，".join(split_clauses(sentence[at:])), "prose"), "prose")
        if found is not None and found.lead and all(map(_unit_or_kind_run, found.lead + found.support)):
            return name + "。", found
        at = sentence.find(prose_opener(), at + 1)
    return None



Leading = Callable[[str], "tuple[str, Assignment | None]"]


def name_then_leading(text: str, leading: Leading) -> tuple[str, Assignment] | None:
    """(the name with its stop and the task, the assignment) of an item whose FIRST sentence is its name alone, a short
    phrase closed by 。 (``headlines.is_topic_line``: ``县级抓统筹。``), and whose second sentence opens with a 由 clause
    naming its units before its task (``由A、B牵头，成立…``: ``leading``, the opening-clause reader
    ``proseassign.split_leading``), or None.  The clauses leave the text and the name stays before the task
    (``县级抓统筹。成立…``), as the name before a comma does above (tests/fixtures/README.md "An item that names itself
    and is assigned in its first sentence"; holdout twoduelabels-county, batch 110: before, the name's stop hid the
    clause and the item gave no row).  Only a 由
    clause: a second sentence opening with a unit's name is as often its subject's duty (``市发改局要…``).
    ``inline.split_assignment`` asks it before the closing-sentence reader (``proseassign.split_prose``), which would
    take the 由 sentence for a closing one and its task's clauses (``成立工作专班``) for support units.  Where only
    deadline clauses follow the role clauses (``建成厂房2处。由A牵头，B配合，6月底前完成。``) the 由 sentence is a closing
    one, the first sentence the task: None, for that reader."""
    stop = text.find("。", 0, TOPIC_LINE_MAX_CHARS + 1)
    if stop <= 0 or not text.startswith(prose_opener(), stop + 1) or not is_topic_line(text[:stop]):
        return None   # most paragraphs: no short name closed by a stop right before 由
    body, found = leading(text[stop + 1:])
    if found is None or not found.lead or all(map(is_deadline_clause, split_clauses(body.strip(TRAILING_MARKS)))):
        return None
    return text[:stop + 1] + body, found

"""The role vocabulary (``roles.toml``): which words name a lead, support,
deadline ... column or label.  One list per role, shared by the table header
reader and the label reader, so the two cannot drift apart."""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

from ..cachefiles import load_toml

#: the role of the words that name a label or column the grammar gives no role (分值, 评分标准:
#: ``[other_roles]``): known, kept in ``extra``, never a unit, a deadline or the task
OTHER = "other"
#: the order roles are tried in a table header (on a tie the first wins)
_HEADER_ORDER = ("section", "measure", "lead", "support", "responsible", "deadline", "number", "leader", OTHER)
#: the roles that name units (a column's cells, a label's value): each of their words ending in one of the ``[unit_nouns]`` is also read
#: with each of the others (协同责任单位 / 协同责任部门, 配合单位 / 配合科室): notices print them
#: interchangeably
UNIT_ROLES = ("lead", "support", "responsible")


@lru_cache(maxsize=1)
def _read() -> dict:
    data = load_toml(resources.files(__package__).joinpath("roles.toml"))   # (cachefiles)
    nouns = data["unit_nouns"]["nouns"]
    data["roles"] = {role: _every_noun(ws, nouns) if role in UNIT_ROLES else ws
                     for role, ws in data["roles"].items()}
    for role, qualifiers in data.get("role_qualifiers", {}).items():
        words = data["roles"][role]
        words.extend(w for w in _qualified(words, qualifiers, nouns) if w not in words)
    for role, qualifiers in data.get("label_qualifiers", {}).items():
        words = data["roles"][role] if role in data["roles"] else data["other_roles"][role]
        words.extend(w for w in _qualified_labels(words, qualifiers) if w not in words)
    return data


def _qualified_labels(words: list[str], qualifiers: list[str]) -> list[str]:
    """Each of ``words`` with each of ``qualifiers`` before it (项目 + 责任人 -> 项目责任人, 实际 + 完成情况 ->
    实际完成情况): a leader's or a progress label naming what it answers for holds the same role."""
    return [q + w for w in words for q in qualifiers if not w.startswith(q)]


def _qualified(words: list[str], qualifiers: list[str], nouns: list[str]) -> list[str]:
    """Each of ``words`` ending in one of ``nouns`` with each of ``qualifiers`` before it (主要 +
    协作单位 -> 主要协作单位): the main ones of the kind hold the same role."""
    return [q + w for w in words if w.endswith(tuple(nouns)) for q in qualifiers if not w.startswith(q)]


def _every_noun(words: list[str], nouns: list[str]) -> list[str]:
    """``words`` and, after each that ends in one of ``nouns``, the word with each other noun."""
    out: list[str] = []
    for word in words:
        noun = next((n for n in nouns if word.endswith(n)), None)
        stem = word[:-len(noun)] if noun else None
        forms = [word] + ([stem + n for n in nouns if n != noun] if noun else [])
        out.extend(w for w in forms if w not in out)
    return out


@lru_cache(maxsize=1)
def unit_nouns() -> tuple[str, ...]:
    """What a unit role's word calls the bodies it names (``[unit_nouns]``: 单位, 部门, 科室 …)."""
    return tuple(_read()["unit_nouns"]["nouns"])


def with_every_unit_noun(words: list[str]) -> list[str]:
    """``words`` and, after each that ends in a unit noun, the word with each other spelling of it (主办单位 ->
    主办部门, 主办科室 …: ``[unit_nouns]``), as the role words are read (``_every_noun``)."""
    return _every_noun(words, list(unit_nouns()))


@lru_cache(maxsize=1)
def header_roles() -> dict[str, tuple[str, ...]]:
    """role -> words, as a table header names its columns."""
    words = {**_read()["roles"], **_read()["header_roles"], **_read()["other_roles"]}
    for role in UNIT_ROLES:    # a header's own words for a unit role ([header_roles] header_support)
        extra = _every_noun(words.pop(f"header_{role}", []), _read()["unit_nouns"]["nouns"])
        words[role] = [*words[role], *(w for w in extra if w not in words[role])]
    return {role: tuple(words[role]) for role in _HEADER_ORDER}


@lru_cache(maxsize=1)
def header_exact_roles() -> dict[str, tuple[str, ...]]:
    """role -> words a table header names a column by only as its whole cell (``[header_exact]``)."""
    return {role: tuple(words) for role, words in _read().get("header_exact", {}).items()}


@lru_cache(maxsize=1)
def header_exact_words() -> frozenset[str]:
    """The words of ``[header_exact]`` (任务清单, 责任清单): a column's name only as a whole cell."""
    return frozenset(w for words in header_exact_roles().values() for w in words)


@lru_cache(maxsize=1)
def header_words() -> frozenset[str]:
    """Every word a table's header names a column with, whatever its role (序号, 工作任务, 牵头单位 …)."""
    return frozenset(w for words in header_roles().values() for w in words)


@lru_cache(maxsize=1)
def label_roles() -> dict[str, tuple[str, ...]]:
    """role -> words, as a label line (牵头单位：…) names its value (``OTHER``'s last)."""
    return {role: tuple(ws) for role, ws in {**_read()["roles"], **_read()["label_roles"],
                                            **_read()["other_roles"]}.items()}


@lru_cache(maxsize=1)
def role_stems() -> dict[str, tuple[str, ...]]:
    """lead / support -> the role words without their unit noun (牵头单位 -> 牵头, 配合 -> 配合):
    what a sub-heading over a unit's tasks prints (牵头任务, 配合事项; ``headlines.heading_role``)."""
    nouns = _read()["unit_nouns"]["nouns"]
    stem = lambda w: next((w[:-len(n)] for n in nouns if w.endswith(n)), w)   # noqa: E731
    return {role: tuple(dict.fromkeys(stem(w) for w in _read()["roles"][role])) for role in ("lead", "support")}


@lru_cache(maxsize=1)
def unit_role_words() -> tuple[str, ...]:
    """The lead, support and responsible words that end in one of the ``[unit_nouns]`` (牵头单位,
    配合部门, 责任科室): what a group of bodies named by the role they hold ends in (各牵头单位)."""
    return tuple(w for role in UNIT_ROLES for w in _read()["roles"][role] if w.endswith(unit_nouns()))


@lru_cache(maxsize=1)
def schedule_label_words() -> tuple[str, ...]:
    """The deadline words that name a schedule of stages (``[schedule_labels]``: 进度安排, 时间安排), longest first."""
    return tuple(sorted(_read()["schedule_labels"]["words"], key=len, reverse=True))


@lru_cache(maxsize=1)
def run_in_schedule_subjects() -> tuple[str, ...]:
    """The words naming what a schedule run in after a task's sentence is of (``[schedule_labels] run_in_subjects``:
    项目, 具体), longest first."""
    return tuple(sorted(_read()["schedule_labels"]["run_in_subjects"], key=len, reverse=True))


@lru_cache(maxsize=1)
def form_summary_words() -> frozenset[str]:
    """The labels of a one-task form naming the task's summary (``[form_summary_labels]``: 整改任务概述), simplified:
    its text where no label names the measures."""
    return frozenset(_read()["form_summary_labels"]["words"])


@lru_cache(maxsize=1)
def checking_label_words() -> frozenset[str]:
    """The labels of a body that only reports an item's figure or checks it (``[checking_labels]``: 数据提供单位,
    督办单位), simplified."""
    return frozenset(_read()["checking_labels"]["words"])


@lru_cache(maxsize=1)
def text_label_words() -> tuple[str, ...]:
    """The label words whose value is a measure's text (``目标任务：…``), longest first:
    the header's measure words and the ``[text_labels]`` extra ones."""
    words = {*_read()["header_roles"]["measure"], *_read()["text_labels"]["extra"]}
    return tuple(sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def note_column_words() -> frozenset[str]:
    """The header words of a note column (备注, 说明: ``[note_columns]``)."""
    return frozenset(_read()["note_columns"]["words"])


@lru_cache(maxsize=1)
def milestone_column_words() -> tuple[str, ...]:
    """The words of a header naming a part of the year (第二季度任务目标: ``[milestone_columns]``)."""
    return tuple(_read()["milestone_columns"]["words"])


def names_milestone(header: str) -> bool:
    """``header`` (compact, simplified) names a stage of the year the task should reach by then
    (一季度目标, 上半年任务): a ``[milestone_columns]`` word inside it."""
    return any(w in header for w in milestone_column_words())


@lru_cache(maxsize=1)
def goal_column_words() -> frozenset[str]:
    """The headers naming the goal a row serves (目标任务: ``[goal_columns]``)."""
    return frozenset(_read()["goal_columns"]["words"])


def names_goal(header: str) -> bool:
    """``header`` (compact, simplified) names the goal a row serves, not a kind of group: a
    ``[goal_columns]`` word, the whole header."""
    return header in goal_column_words()


@lru_cache(maxsize=1)
def object_column_words() -> tuple[str, ...]:
    """The endings of a header naming the object of the work by its name (水体名称:
    ``[object_columns]``)."""
    return tuple(_read()["object_columns"]["words"])


def names_object(header: str) -> bool:
    """``header`` (compact, simplified) names the object of a row's work by its name: it ends in an
    ``[object_columns]`` word after a stem that is no unit (黑臭水体名称 does, 单位名称 and 名称 do not)."""
    nouns = tuple(_read()["unit_nouns"]["nouns"])
    return any(header.endswith(w) and len(header) > len(w) and not header[:-len(w)].endswith(nouns)
               for w in object_column_words())


@lru_cache(maxsize=1)
def project_column_words() -> dict[str, tuple[str, ...]]:
    """A project table's column words of no role by kind (name, stage, figures, owner) and its stage cells' words
    (``[project_columns]``, read by ``runprojects``)."""
    return {kind: tuple(sorted(words, key=len, reverse=True)) for kind, words in _read()["project_columns"].items()}


def names_owner(header: str) -> bool:
    """``header`` (compact, simplified) names a project's owner or builder (项目业主, 业主单位, 建设单位: the whole
    header a ``[project_columns] owner`` word): project data, no role, and never the task column."""
    return header in project_column_words()["owner"]


@lru_cache(maxsize=1)
def level_labels() -> tuple[tuple[tuple[str, ...], ...], tuple[str, ...]]:
    """(the levels of government highest first, each its level words; the role words a level's label prints):
    ``[level_labels]`` (parse/levellabels.py)."""
    data = _read()["level_labels"]
    return tuple(tuple(words) for words in data["levels"]), tuple(data["words"])

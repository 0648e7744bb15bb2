"""A schedule RUN IN after a task's last sentence, in the task's own paragraph.

A district's 实事 plan prints each project as one paragraph: its sentence, then its schedule of quarters after a
label said with a copula (``改建标准化菜市场4家。项目具体实施进度为：第一季度…；第二季度…；第四季度完成1家。``), and
gives a group of such projects its lead in a line of its own under them (``上述项目由区商务委牵头负责。``).  The
schedule is the project's deadline, its stages as printed up to the closing 。 (dropped, as a labelled deadline's
is), and no part of its text (tests/fixtures/README.md, a project's paragraph running its schedule in after a
copula label; holdout aboveline-yangpu-undated-3, batch 129).  A paragraph so closed is a whole task: in a run of
such paragraphs over one assignment each is an item (``lostnumbers.number_bare_items``).
"""
from __future__ import annotations

import re
from functools import lru_cache

from .assign import Assignment
from .deadlines import deadline_length
from .labels import assign_vocab, match_copy
from .roles import run_in_schedule_subjects, schedule_label_words
from ..numbering import split_numbering
from ..text import COLONS, alternation, fold

#: the form a run-in schedule's part is read in: the units come from elsewhere (a line under the group, a heading)
FORM = "inline-verb"
#: the marks a task's sentence ends with before its schedule is run in
_SENTENCE_ENDS = "。；;"


@lru_cache(maxsize=1)
def _run_in_re() -> re.Pattern:
    subjects = alternation(run_in_schedule_subjects())
    words = alternation(schedule_label_words())
    copulas = alternation(assign_vocab()["labels"]["copulas"])
    return re.compile(rf"(?<=[{_SENTENCE_ENDS}])(?:{subjects})*(?:{words})(?:{copulas})?[{''.join(COLONS)}]")


def run_in_schedule(text: str) -> tuple[str, Assignment | None]:
    """(the task's text up to its sentence's end, the schedule as a part naming no unit) of a paragraph whose last
    sentence is followed by a schedule label (``[schedule_labels]`` words, after any run of ``run_in_subjects`` and
    with or without a copula before the colon) whose value opens with a period the date grammar reads
    (``第一季度…``); (``text``, None) for any other paragraph.  A label opening the paragraph, or one whose value
    opens with no period (``实施进度：按计划推进``), is no run-in schedule."""
    copy = match_copy(text)
    found = _run_in_re().search(copy)
    if found is None or found.start() == 0:
        return text, None
    value = text[found.end():].strip()
    if not value or split_numbering(value) is not None or deadline_length(fold(match_copy(value))) == 0:
        return text, None
    deadline = value.rstrip("。；; \u3000")
    return text[:found.start()], Assignment(deadline=deadline, form=FORM)

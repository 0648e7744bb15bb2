"""Items a meeting decided, as a report on carrying them out prints them (docs/parsing.md "Decided items
reported on").

A county's follow-up report on one 常务会议 (``…议定事项落实情况通报``) prints each decided item as ONE
paragraph: the item as the meeting decided it, its assignment opening it (``由A、B负责，<task>。``), maybe
after a topic (``关于X问题，由A负责，<task>。``, ``《…办法》，由X负责，<task>。``) or as the subject of 要 after
one (``关于X问题，A、B要<task>。``), then what has been done about it (``已印发…``, ``5月18日，…``).  The
units are the decided item's; the report is no text of the measure (tests/fixtures/README.md "Decided items
reported on, one paragraph each"; holdout decidedreport-xunyang).  The vocabulary is ``[decided]`` in
assign.toml.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from .assign import Assignment, parse_unit_list, with_form
from .labels import assign_vocab
from .unitlists import CLOSERS, OPENERS, is_unit_list
from ..agencies.registry import default_patterns
from ..brackets import split_outside_brackets
from ..hanzi import simplified
from ..text import SENTENCE_ENDS, alternation

#: the first characters a topic opens with (关于 in either script, a title's 《): a cheap test
#: before the topic's expression on every paragraph
_TOPIC_STARTS = ("关于", "關於", "關于", "《")

Leading = Callable[[str], "tuple[str, Assignment | None]"]


def _vocab() -> dict:
    return assign_vocab()["decided"]


@lru_cache(maxsize=1)
def _topic_re() -> re.Pattern:
    return re.compile(_vocab()["topic"])


@lru_cache(maxsize=1)
def _report_re() -> re.Pattern:
    """A sentence's opening words that report what has been done (``[decided] report_openers``, ``report_day``)."""
    words = _vocab()["report_openers"]
    return re.compile(rf"(?:{alternation(words)}|{_vocab()['report_day']})")


def after_topic(text: str, leading: Leading) -> tuple[str, Assignment | None]:
    """(text, assignment) of a paragraph that opens with a topic and then its assignment: ``leading``
    (the opening-clause reader, ``proseassign.split_leading``) read on the words after the topic, the topic
    kept before the task (``关于X问题，抓紧…。``); or a unit list as the subject of 要 right after the
    topic, the sentence kept whole.  (text, None) for any other paragraph."""
    if not text.startswith(_TOPIC_STARTS):
        return text, None   # most paragraphs
    m = _topic_re().match(simplified(text))
    if m is None:
        return text, None
    topic, rest = text[:m.end()], text[m.end():]
    body, found = leading(rest)
    if found is not None:
        return topic + body, found
    found = _subject_units(rest)
    return (cut_report(text), found) if found is not None else (text, None)


def _subject_units(rest: str) -> Assignment | None:
    """The lead of words opening with a unit list and 要 (``县交通运输局、住建局要结合…``), or None.  A list of
    catch-alls only (``各单位要高度重视``) is an exhortation to all, no unit the meeting gave the item to."""
    verb = _vocab()["subject_verb"]
    at = rest.find(verb, 0, _vocab()["subject_max_chars"] + 1)
    if at <= 0 or not is_unit_list(rest[:at]):
        return None
    if all(default_patterns().is_group(name) for name in split_outside_brackets(rest[:at], "、", OPENERS, CLOSERS)):
        return None
    found = parse_unit_list(rest[:at], "inline-verb")
    return with_form(found, "inline-verb") if found is not None else None


def cut_report(text: str) -> str:
    """``text`` without what a report says has been done: from the first sentence after the first that
    opens with a report's words (``已…``, ``目前…``, ``5月18日，…``) to the end.  The first sentence is
    the decided item's own and always stays."""
    cut = _first_report_sentence(text)
    return text[:cut].rstrip() if cut is not None else text


def opens_report(clause: str) -> bool:
    """A clause opening with a report's words (``已印发…``, ``去年…增长6.7%``, ``5月18日，…``): ``[decided]``."""
    return _report_re().match(simplified(clause)) is not None


def _first_report_sentence(text: str) -> int | None:
    """Where the first report sentence after the text's first sentence opens, else None."""
    start = next((i + 1 for i, ch in enumerate(text) if ch in SENTENCE_ENDS), None)
    while start is not None and start < len(text):
        if _report_re().match(text, start):
            return start
        start = next((i + 1 for i in range(start, len(text)) if text[i] in SENTENCE_ENDS), None)
    return None

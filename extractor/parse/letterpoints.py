"""The cover letter's own numbered points before the plan: they are no measures, and head none.

A notice often opens with a letter that numbers points of its own (``1.通过邮箱反馈…``,
``一、提高认识，吃透政策要求。…``) before the plan's list.  The outline (``outline.py``) asks this room
which items of its events are such points: the letter's points carrying only an address's bracket are
no measures (``letter_points``), and the letter's requirements a copy runs straight into the plan's
items head none of them (``letter_requirements``).
"""
from __future__ import annotations

from .headlines import is_run_in_point
from .items import Item
from .outlineheads import point_text

#: the forms a cover letter's numbered point before the plan may seem to have: an unlabelled
#: bracket of names (an address, ``邮寄地址：…投资科（碧江区金滩行政中心）``), never a labelled one
LETTER_POINT_FORMS = ("inline-list",)

#: a cover letter numbers at least this many requirements of its own (一、提高认识… 二、压实责任…)
MIN_LETTER_REQUIREMENTS = 2


def letter_points(events: list) -> list[Item]:
    """The cover letter's numbered points (``1.通过邮箱反馈…`` ``2.通过信函反馈，邮寄地址：…（…）``)
    before the plan: items of the notice's first part (before its signature date, an
    attachment's mark or a list's own title, ``Item.letter_part``) are no measures when a
    later part holds more measures than it does and each of them has its units only from a
    bracket of bare names (``LETTER_POINT_FORMS``: an address, not an assignment).  A first
    list whose items are labelled, or a notice whose measures all stand in its first part,
    keeps them."""
    assigned = [e for e in events if isinstance(e, Item) and e.assignment is not None]
    first = [e for e in assigned if not e.letter_part]
    if not 0 < len(first) < len(assigned) - len(first):
        return []
    return first if all(e.assignment.form in LETTER_POINT_FORMS for e in first) else []


def letter_requirements(events: list) -> list[Item]:
    """The cover letter's own requirements (``一、提高认识，吃透政策要求。各县区、各部门要…。``
    ``二、…`` ``三、加强调度，确保取得实效。市发改委负责…。``) that a copy with no plan title and no
    signature runs straight into the plan's items (``1.`` ``2.``): they head none of them.  They
    are the items of the numbering kind that heads the first measure, in its part, when at least
    ``MIN_LETTER_REQUIREMENTS`` of them stand before it with no other item among them or after the
    last, none of that kind stands after it, and each says its point in full
    (``headlines.is_run_in_point``).  A plan's sections hold their items each (``一、…`` ``1.`` ``二、…``
    ``2.``), or print a title alone or a lead into the list over them (``三、重点任务`` /
    ``…重点抓好以下工作：``): they keep them."""
    first = next((i for i, e in enumerate(events) if isinstance(e, Item) and e.assignment is not None), None)
    if first is None:
        return []
    measure = events[first]
    part = [e for e in events if isinstance(e, Item) and e.letter_part == measure.letter_part]
    heads = part[:part.index(measure)]
    kind = next((e.kind for e in reversed(heads) if e.rank < measure.rank), None)
    points = [e for e in heads if e.kind == kind]
    if len(points) < MIN_LETTER_REQUIREMENTS or points != heads[-len(points):] \
            or any(e.kind == kind for e in part[len(heads):]):
        return []
    return points if all(is_run_in_point(point_text(e)) for e in points) else []

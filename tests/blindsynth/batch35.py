"""Session 46 axes (an eighth stream, `blindsynth-46:<seed>`): shapes of holdout batches 35 and 36 whose
truth docs/forms.md or README's batch paragraphs write down.  A seed drawing none of them prints the bytes
it printed before (docs/blindsynth.md "Session 46 axes").

- space-parted labels (inline-label; spacelabel-guojia-2017-1): `（牵头单位：X 参加单位：A、B）` after the item's
  full stop, `（负责单位：A、B）` (every unit leads) whose first carries the rule sentence
  `。未明确牵头单位的，由所列负责单位按职责分工负责，下同`
- a bracket of units as a paragraph of its own under each item (inline-list; bracketline-wuxi-2011-21)
- `主办单位：A、B。` after the item's sentence, no bracket (labelled -> inline-label; zhubanline-xuzhou-2010-29)
- an opinion's points (inline-verb; provbr-yunnan-2017-1, fuzebr-chuxiong-2016-1): each `一、` heading over ONE
  unnumbered paragraph closed by a verb bracket `（A、B牵头；C、D配合）` / `（A、B、C负责）`
"""

import re

from . import words

P_SPACE = 0.15    # of inline-label item lists (not grouped, no rule note, no session-45 shape)
P_BRLINE = 0.25   # of inline-list item lists whose letter states no first-listed rule
P_ZHUBAN = 0.12   # of labelled item lists (no session-45 shape, not grouped)
P_OPINION = 0.2   # of inline-verb item lists with two sections or more, 一、 headings, not nested

RULE = "未明确牵头单位的，由所列负责单位按职责分工负责，下同"


def draw_mode(n, form, plain, sec_style, nested, dash, shift):
    """Which of this module's shapes the item list takes (None: as before).  plain: no group line,
    rule note or session-45 shape drawn."""
    q = getattr(n, "q46", None)
    if q is None or not plain:
        return None
    if form == "inline-label":
        return "spacelabel" if q.random() < P_SPACE else None
    if form == "inline-list":
        return "brline" if not n.convention and q.random() < P_BRLINE else None
    if form == "labelled":
        return "zhuban" if q.random() < P_ZHUBAN else None
    if form == "inline-verb" and len(n.sections) >= 2 and sec_style == "dun" and not nested \
            and not dash and not shift:
        return "opinion" if q.random() < P_OPINION else None
    return None


def _list(units, sep="、"):
    return sep.join(p for p, _ in units)


def _all_lead(m):
    m["lead"], m["support"], m["deadline"] = m["lead"] + m["support"], [], None


def space_item(n, m, lab, state):
    """spacelabel-guojia: the bracket after the item's full stop.  `牵头单位：X 参加单位：A、B` (two labels
    parted by a space only; README batch 35: 参加单位 a support label word, the labels read apart) gives X
    lead, A and B support; `负责单位：A、B` names no lead apart, so every unit leads, and the first such
    bracket states that rule as a 下同 sentence after its list (README batch 35: a label value's later
    sentence stating a 下同 rule is a note, no unit).  No deadline."""
    q = n.q46
    text = m["text"] if m["text"].endswith("。") else m["text"] + "。"
    m["text"] = text
    if m["support"] and q.random() < 0.65:
        m["deadline"] = None
        sep = q.choice([" ", " ", " ", "；"])
        br = f"牵头单位：{_list(m['lead'])}{sep}参加单位：{_list(m['support'])}"
    elif not m["support"] and len(m["lead"]) == 1 and q.random() < 0.4:
        m["deadline"] = None
        br = f"牵头单位：{_list(m['lead'])}"
    else:
        _all_lead(m)
        br = f"负责单位：{_list(m['lead'])}"
        if not state.get("ruled"):
            br += "。" + RULE
            state["ruled"] = True
    return [("p", lab + text + "（" + br + "）")]


def brline_item(n, m, lab, state=None):
    """bracketline-wuxi: the item's line, then a paragraph that is only a bracket of units, no verb and no
    label; a catch-all group after a ， (docs/forms.md inline-list: a bare list with no rule stated, every
    unit leads).  No deadline."""
    q = n.q46
    _all_lead(m)
    named = [u for u in m["lead"] if u[1] is not None]
    groups = [u for u in m["lead"] if u[1] is None]
    s = _list(named)
    if groups:
        s += ("，" if named else "") + _list(groups)
    return [("p", lab + m["text"]), ("p", "（" + s + "）")]


def zhuban_item(n, m, lab, state=None):
    """zhubanline-xuzhou: the item's sentence followed in its paragraph, with no bracket, by
    `主办单位：A、B。` (docs/forms.md inline-label: labels after the item's last sentence without a bracket;
    the fixture: 主办单位 leads, every unit named leads, support empty).  No deadline."""
    _all_lead(m)
    text = m["text"] if m["text"].endswith("。") else m["text"] + "。"
    m["text"] = text
    return [("p", lab + text + "主办单位：" + _list(m["lead"]) + "。")]


def opinion_prepare(n):
    """provbr-yunnan / fuzebr-chuxiong: one measure a point, so keep each section's first measure, numbered
    by place (the paragraphs print no number; README "measure_no")."""
    seen, keep = set(), []
    for m in n.measures:
        if m["section_no"] not in seen:
            seen.add(m["section_no"])
            keep.append(m)
    for i, m in enumerate(keep):
        m["measure_no"] = i + 1
    n.measures = keep
    for s in n.sections:  # a heading's item count (forms.maybe_count) counts the one paragraph
        s["title"] = re.sub(r"（\d+项）", "（1项）", s["title"])


def opinion_item(n, m):
    """The point's one paragraph: two sentences, then the verb bracket (docs/forms.md inline-verb: 牵头 names
    lead, 配合 names support; a 负责 after the whole list names no supporter, every name leads).  Text: the
    paragraph without its bracket.  No deadline."""
    q = n.q46
    extra = words.task_text(q)
    first = m["text"].rstrip("。；")
    m["text"] = first + "；" + (extra if extra.endswith("。") else extra + "。")
    m["deadline"] = None
    if m["support"] and q.random() < 0.75:
        sep = q.choice(["；", "；", "，"])
        named = [u for u in m["support"] if u[1] is not None]
        groups = [u for u in m["support"] if u[1] is None]
        s = _list(named)
        if groups:
            s += ("，" if named else "") + _list(groups)
        br = f"{_list(m['lead'])}牵头{sep}{s}配合"
    else:
        _all_lead(m)
        br = f"{_list(m['lead'])}负责"
    return [("p", m["text"] + "（" + br + "）")]


ITEMS = {"spacelabel": space_item, "brline": brline_item, "zhuban": zhuban_item}

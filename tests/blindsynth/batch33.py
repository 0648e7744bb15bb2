"""Session 45 axes (a seventh stream, `blindsynth-45:<seed>`): shapes of holdout batches 33 and 34 whose
truth docs/forms.md (or README's batch paragraphs) writes down.  A seed drawing none of them prints the
bytes it printed before (docs/blindsynth.md "Session 45 axes").

- topic items (prose; wenti-guoban-2014-31): `关于“…”的问题，由X会同A、B等部门研究提出落实意见。`
- 分管领导 and 部门分工 lines under each item (labelled; deptsplit-guangdong-2021-22)
- a progress table (html-table; qtrtarget-zhoucun-2023-1, progdept-huaiyuan-2023-1): 年度目标 beside a
  quarter's target, a leader column, a 完成情况 column
- 版记 lines at a text-bl copy's foot (blcontd-shaoguan-2020-15): 抄送：… and the office's 印发 line
- a sentence after a run of bare items naming them by count (labelled; counttail-zhengzhou-2007-1):
  `3项任务的责任单位均为X。`, `该项任务责任单位为X。`, `以上三项牵头单位为X，配合单位为Y。`
"""

import datetime as dt

from . import words

P_TOPIC = 0.3   # of prose item lists
P_DEPT = 0.15   # of labelled item lists not grouped
P_COUNT = 0.15  # of labelled item lists not grouped

P_PROGRESS = 0.12  # of html tables (not a transposed or a project table)
P_BANJI = 0.4  # of text-bl copies with a government's letter
P_NOISY = 0.15  # of an item list's text copies with a letter: chrome, traditional, wrap, blanks, trailing spaces

NOUNS = ["任务", "目标", "工作", "指标"]


def draw_mode(n, form, grouped):
    """Which of this module's item shapes the list takes (None: as before)."""
    q = getattr(n, "qrng", None)
    if q is None or grouped:
        return None
    if form == "prose":
        return "topic" if q.random() < P_TOPIC else None
    if form == "labelled":
        r = q.random()
        if r < P_DEPT:
            return "dept"
        if r < P_DEPT + P_COUNT:
            return "count"
    return None


def _count(k):
    return "两" if k == 2 else words.cn_num(k)


def _list(units):
    return "、".join(p for p, _ in units)


def topic_item(n, m, lab):
    """wenti-guoban: each item one sentence naming its task by topic; docs/forms.md prose row: the
    measure's text is the topic (`关于“…”的问题`), X leads, the 会同 units support, 等部门 is no unit."""
    q = n.qrng
    # quotes inside the quoted topic print as single ones (“深化‘放管服’改革…”)
    phrase = m["text"].rstrip("。；").replace("“", "‘").replace("”", "’")
    kind = q.choice(["问题", "问题", "问题", "事项"])
    m["text"] = f"关于“{phrase}”的{kind}"
    m["deadline"] = None
    L = _list(m["lead"])
    tail = q.choice(["研究提出落实意见", "负责落实", "研究提出落实意见"])
    if m["support"]:
        etc = "等部门" if m["support"][-1][1] is not None and q.random() < 0.7 else ""
        sent = f"由{L}会同{_list(m['support'])}{etc}{tail}"
    else:
        sent = f"由{L}{tail}"
    return [("p", lab + m["text"] + "，" + sent + "。")]


def dept_item(n, m, lab):
    """deptsplit-guangdong: the item, then `分管<level>领导：<person>` (a leader: extra, never a unit) and
    `部门分工：<a verb sentence>` (docs/forms.md labelled: read with the verb patterns; inline-verb: a
    clause by duties after the lead's supports, alone it leads)."""
    q = n.qrng
    m["deadline"] = None
    L = _list(m["lead"])
    if m["support"]:
        verb = q.choice(["配合", "配合", "按职责分工负责"])
        sent = f"{L}牵头，{_list(m['support'])}{verb}"
    elif len(m["lead"]) > 1:
        sent = q.choice([f"{L}按职责分工负责", f"{L}负责"])
    else:
        sent = q.choice([f"{L}牵头", f"{L}负责"])
    level = {"市": "市", "区": "区"}.get(n.place.word, "")
    if n.place.kind == "province":
        level = "省"
    leader = f"分管{level}领导：" + "、".join(q.sample(words.PEOPLE, q.choice([1, 1, 2])))
    out = [("p", lab + m["text"]), ("p", leader), ("p", "部门分工：" + sent + "。")]
    return out


def count_runs(n, ms):
    """Cut a section's items into runs of one to four, each closed by its count sentence."""
    q = n.qrng
    runs, i = [], 0
    while i < len(ms):
        k = q.choice([1, 2, 2, 3, 3, 4])
        runs.append(ms[i:i + k])
        i += k
    return runs


def count_line(n, run):
    """counttail-zhengzhou: a sentence of its own after a run of bare items (README batch 33: a count and
    a noun, or 该 and a noun, name the items a label line covers; a label there takes 为/均为 for its
    colon; docs/forms.md: `以上三项牵头单位：…` covers the items it counts).  With no 牵头 word every unit
    named leads; every item of the run takes the units (the first item's), no deadline."""
    q = n.qrng
    g = run[0]
    noun = q.choice(NOUNS)
    k = len(run)
    labels = g["support"] and q.random() < 0.4
    if labels:
        lead, sup = g["lead"], g["support"]
    else:
        lead, sup = g["lead"] + g["support"], []
    for m in run:
        m["lead"], m["support"], m["deadline"] = list(lead), list(sup), None
    if labels:
        count = q.choice([str(k), _count(k)])
        return ("p", f"以上{count}项牵头单位为{_list(lead)}，配合单位为{_list(sup)}。") if k > 1 else \
            ("p", f"该项{noun}牵头单位为{_list(lead)}，配合单位为{_list(sup)}。")
    if k == 1:
        return ("p", q.choice([f"该{noun}责任单位为{_list(lead)}。", f"该项{noun}责任单位为{_list(lead)}。"]))
    return ("p", q.choice([f"{k}项{noun}的责任单位均为{_list(lead)}。",
                           f"以上{_count(k)}项{noun}的责任单位均为{_list(lead)}。"]))


def noisy(n):
    """Real mirror pages stack their noise (counttail-zhengzhou-2007-1: a content farm's traditional copy
    with spam and glosses; flatprog-huaiyuan-2021-1: a farm's flattened copy): the text copy prints the
    page's chrome, traditional characters, a fixed-width hard wrap, a blank line after every line and
    trailing spaces all at once.  Truth unchanged (traditional: converted as every traditional copy's)."""
    if getattr(n, "qrng", None) is None or n.qrng.random() >= P_NOISY:
        return False
    n.axes.append("b45:noisy")
    return True


QUARTERS = ["第一季度任务目标", "第二季度任务目标", "一季度目标", "上半年目标", "第三季度目标"]
QTR_TEXTS = ["完成年度任务的{p}0%", "①完成项目前期手续；②启动建设", "序时推进，完成投资{p}亿元",
             "完成方案制定并组织实施", "①摸清底数；②制定工作计划"]
DONE_WORDS = ["完成情况", "推进情况", "进展情况"]
DONE_TEXTS = ["已完成", "序时推进", "正在推进，已完成年度任务的{p}0%。", "已完成阶段性目标，正按计划推进。"]


def progress_plan(n, plan):
    """qtrtarget-zhoucun / progdept-huaiyuan: a follow-up table whose task column is headed 年度目标 with a
    quarter's target beside it, a leader column (people) and a 完成情况 column.  docs/forms.md: a column
    naming a part of the year holds a stage, kept beside the measure, and 年度目标 is the task; 完成情况,
    推进情况, 进展情况 are known words of no role (extra columns); a leader column names people, never units.
    Truth: the task the 年度目标 cell; units and deadline as the other columns print them."""
    q = getattr(n, "qrng", None)
    if q is None or q.random() >= P_PROGRESS:
        return
    plan["task"] = "年度目标"
    plan["extra"] = None
    word = "省" if n.place.kind == "province" else n.place.word
    plan["prog"] = {"qtr": q.choice(QUARTERS), "leader": q.choice(["分管领导", "责任领导", f"分管{word}领导"]),
                    "done": q.choice(DONE_WORDS), "rng": q}
    n.axes.append("b45:progress")


def progress_cells(plan, m, part):
    """part 0: the quarter's target and the leader (after the task); part 1: the progress cell (last)."""
    q = plan["prog"]["rng"]
    p = str(q.randint(2, 9))
    if part == 0:
        who = "、".join(q.sample(words.PEOPLE, q.choice([1, 1, 2])))
        return [q.choice(QTR_TEXTS).replace("{p}", p), who]
    return q.choice(DONE_TEXTS).replace("{p}", p)


def banji(n, meta):
    """blcontd-shaoguan: the 版记 under a text-bl copy's table, `抄送：市委办公室，…。` and `<office>　　<date>印发`
    (the day of signing or a few days later).  docs/forms.md text-bl: blocks opening with a short label
    (抄送：…) stay out of the table; the notice's date is its signature's.  Truth unchanged."""
    q = getattr(n, "qrng", None)
    if q is None or n.letterless or n.place.issuer != "gov" or not meta.get("issuer") \
            or not getattr(n, "sign_date", None) or q.random() >= P_BANJI:
        return []
    w = "省" if n.place.kind == "province" else n.place.word
    ting = "厅" if w == "省" else "室"
    cc = f"抄送：{w}委办公{ting}，{w}人大常委会办公{ting}，{w}政协办公{ting}。"
    day = n.sign_date + dt.timedelta(days=q.choice([0, 1, 2, 5]))
    n.axes.append("b45:banji")
    return [("p", cc), ("p", f"{meta['issuer']}{q.choice(['　　　　　　　　', '    ', '　'])}"
                            f"{day.year}年{day.month}月{day.day}日印发")]

"""Outline axes of session 41, drawn from the second stream (`n.xrng`): nested sections, lines covering
a group of items, leaders in headings, a cover letter's own points.  A seed that draws none of them
prints what it printed before (docs/blindsynth.md)."""

from . import words

# 一、 over （一） over 1. (duty-henan, commalabel-haixi, wordinline-liupanshui, fourlevel-tongzhou): the
# scored section is the heading right above the items, the （一） level; 一、 is a higher level not scored.
# Where （一） starts again under each 一、 (tiercols-beiliu, bracketrun-beijing) the sections are numbered
# by their place (README "sections[].no": printed numbers repeat).
P_NESTED = 0.25
TOP_TITLES = ["推动经济高质量发展", "增进民生福祉", "深化改革开放", "提升城乡建设水平"]
PLAIN_TOPS = ["主要任务", "重点工作任务", "重点任务"]
P_GROUP = 0.12      # one line after each group of items naming their units (rangeunits-fuliang, tailunits)
P_LEADERS = 0.1     # leaders named in the section headings (leaders-yunyang, leaderhead-qiqihaer)
P_POINTS = 0.2      # the letter's own points 一、二、三、 (letterpoints-xianxian, kfqbare-mianyang)


def nest(n, rng_x):
    """(top headings before section index i) or None: 一、 parts over the sections."""
    if len(n.sections) < 2 or rng_x.random() >= P_NESTED:
        return None
    k = len(n.sections)
    parts = 1 if k == 2 or rng_x.random() < 0.4 else 2
    cut = rng_x.randint(1, k - 1) if parts == 2 else k
    lead_none = rng_x.random() < 0.4  # 一、总体要求 over no measure first
    first = 2 if lead_none else 1
    titles = rng_x.sample(TOP_TITLES, 2) if parts == 2 else [rng_x.choice(PLAIN_TOPS)]
    tops = {0: (words.section_label("dun", first), titles[0])}
    if parts == 2:
        tops[cut] = (words.section_label("dun", first + 1), titles[1])
    restart = parts == 2 and rng_x.random() < 0.5
    j = 0
    for i, s in enumerate(n.sections):
        if restart and i == cut:
            j = 0
        j += 1
        s["label"] = words.section_label("paren", j)  # the no stays the place (1..k): unique either way
    tail = rng_x.random() < 0.4  # a 保障措施 part after the list, over no measure
    n.axes.append(f"nested:{parts}{'-restart' if restart else ''}{'-lead' if lead_none else ''}"
                  f"{'-tail' if tail else ''}")
    return {"tops": tops, "lead_none": lead_none, "tail": tail, "next": first + parts, "year": n.year}


def nest_open(nest_, blocks):
    if nest_ and nest_["lead_none"]:
        blocks.append(("head", "一、总体要求"))
        blocks.append(("p", f"坚持稳中求进工作总基调，确保{nest_['year']}年各项目标任务全面完成。"))


def nest_top(nest_, si, blocks):
    if nest_ and si in nest_["tops"]:
        label, title = nest_["tops"][si]
        blocks.append(("head", label + title))


def nest_close(nest_, blocks):
    if nest_ and nest_["tail"]:
        blocks.append(("head", words.section_label("dun", nest_["next"]) + "保障措施"))
        blocks.append(("p", "各责任单位要加强组织领导，细化工作措施，确保各项任务按时保质完成。"))


def group_mode(n, rng_x, form):
    """Whether each section's items print no units, one line after the group naming them."""
    if form not in ("labelled", "inline-label", "inline-verb") or not n.sections:
        return False
    sizes = [sum(1 for m in n.measures if m["section_no"] == s["no"]) for s in n.sections]
    return min(sizes) >= 2 and rng_x.random() < P_GROUP


def group_line(rng_x, n, form, ms, unit_list):
    """The line closing a group (the first measure's units and deadline become every item's):
    labelled: （以上第1—3项牵头单位：X；配合单位：Y、Z；完成时限：…） (rangeunits-fuliang, form labelled);
    inline-label: （责任单位：X牵头，Y、Z配合；完成时限：…） (tailunits-qinzhougang, form inline-label);
    inline-verb: （以上第1-3项由X牵头，Y、Z配合） (the brief's example; docs/forms.md range line)."""
    g = ms[0]
    for m in ms[1:]:
        m["lead"], m["support"], m["deadline"] = g["lead"], g["support"], g["deadline"]
    a, b = ms[0]["measure_no"], ms[-1]["measure_no"]
    dash = rng_x.choice(["—", "-"])
    L = unit_list(rng_x, g["lead"], sep="、")
    S = unit_list(rng_x, g["support"], sep="、") if g["support"] else ""
    if form == "labelled":
        parts = [f"以上第{a}{dash}{b}项牵头单位：{L}"]
        if S:
            parts.append(f"配合单位：{S}")
        parts.append(f"完成时限：{g['deadline']}")
        text = "（" + "；".join(parts) + "）"
    elif form == "inline-label":
        body = f"责任单位：{L}牵头，{S}配合" if S else f"责任单位：{L}"
        text = f"（{body}；完成时限：{g['deadline']}）"
    else:
        for m in ms:
            m["deadline"] = None
        text = f"（以上第{a}{dash}{b}项由{L}牵头，{S}配合）" if S else f"（以上第{a}{dash}{b}项由{L}负责）"
    return ("p", text)


def leader_heads(n, rng_x, post_words):
    """Leaders in the section headings, kept in the title (README "sections": a bracket of leaders
    stays): （牵头领导：王建华、李明） after the name, or the heading naming the leader alone
    (leaderhead-qiqihaer: 孙长林市长主抓重点工作).  People, never units."""
    if not n.sections or rng_x.random() >= P_LEADERS:
        return
    if rng_x.random() < 0.5:
        for s in n.sections:
            who = "、".join(rng_x.sample(words.PEOPLE, rng_x.choice([1, 1, 2])))
            s["leaders"] = f"（牵头领导：{who}）"
            s["title"] += s["leaders"]
        n.axes.append("leader-bracket")
    else:
        people = rng_x.sample(words.PEOPLE, len(n.sections))
        for i, s in enumerate(n.sections):
            s["title"] = f"{people[i]}{post_words[0] if i == 0 else post_words[1]}主抓重点工作"
        n.axes.append("leader-heading")


def letter_points(rng_x, n):
    """A cover letter's numbered requirements (not sections: no units, no measures)."""
    if rng_x.random() >= P_POINTS:
        return []
    pts = [f"一、提高思想认识。各地各部门要充分认识做好{n.year}年重点工作的重要意义，切实把思想和行动统一到决策部署上来。",
           "二、压实工作责任。各牵头单位要切实履行牵头职责，会同配合单位制定具体推进措施，确保各项任务按时完成。",
           f"三、加强督促检查。{n.place.gov}督查室将定期对任务落实情况进行跟踪督办，并通报督查结果。"]
    k = rng_x.choice([2, 3])
    n.axes.append(f"letter-points:{k}")
    return [("indent", p) for p in pts[:k]]

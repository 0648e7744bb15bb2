"""Bodies: the measures printed in one form.  Each returns blocks for page.py and fixes the truth
(what a form does not print becomes null / [] in the notice's measures).

Block kinds: ("head", text) a section heading, ("p", text) a paragraph or line, ("html", str) markup
for a page only.  Sources of each shape are named in comments (holdout fixture notes, FORMATS.md).
"""

import html as _html

from . import batch59, batch60, batch61, batch62, batch63, batch64, batch66, batch67, batch68, batch69, batch70, batch71
from . import batch53, batch54, batch55, batch56, batch57, batch58, batch33, batch35, batch47, batch48, batch49, batch50, batch51, batch52, cells, outline, realnoise, textgrid, words

# separators inside a list of units (FORMATS.md "Pipe tables": spaces; lawtab-hengshui: ，; most: 、)
LIST_SEPS = ["、"] * 6 + ["，"] * 2
# a slash between units (holdout batch 14: units split by /)
CELL_SEPS = ["、"] * 4 + ["，", " ", "　", "<br>", "/"]
# closing words of a list: `A、B等相关部门` lists A and B (fixtures README "Lists")
ETC_TAILS = ["等相关部门", "等有关单位", "等部门"]
# conventions stated in the letter or the header (FORMATS.md "Lead/support conventions")
CONVENTIONS = ["各项任务中列第一位的单位为牵头单位，其他为配合单位。",
               "排在第一位的为牵头单位，其他为配合单位。"]


def names(units):
    return [p for p, _ in units]


def unit_list(rng, units, sep=None, etc_ok=False):
    """A printed list; a closing 等… tail only after named units (never after a catch-all)."""
    sep = sep or rng.choice(LIST_SEPS)
    s = batch59.joined_list(units, sep, sep.join(names(units)))  # session 59: `A、B及C`
    if etc_ok and units and units[-1][1] is not None and rng.random() < 0.15:
        s += rng.choice(ETC_TAILS)
    return s


def number_sections(n, style):
    for s in n.sections:
        s["label"] = words.section_label(style, s["no"])


def heads_before(n, m, last_sec):
    """Section heading blocks to print before measure m."""
    if m["section_no"] and m["section_no"] != last_sec:
        s = n.sections[m["section_no"] - 1]
        return [("head", s["label"] + s["title"])]
    return []


def maybe_count(rng, n):
    """A heading printing its item count (progcols-suzhou: 二、重点工作任务（3项）): kept in the title,
    before a bracket of leaders (outline.leader_heads)."""
    if n.sections and rng.random() < 0.2:
        for s in n.sections:
            k = sum(1 for m in n.measures if m["section_no"] == s["no"])
            lead = s.get("leaders", "")
            s["title"] = s["title"][:len(s["title"]) - len(lead)] + f"（{k}项）" + lead


def dl_clause(d):
    """A deadline as a clause of a verb bracket (dutyverb-bijie: 2023年12月底前完成)."""
    return d + "完成" if d.endswith("前") else d


# ---------------------------------------------------------------- text items (one paragraph each)

def items(rng, n, form):
    """Numbered items under headings; each closes in the form's assignment."""
    sec_style = rng.choice(["dun", "dun", "paren"])
    nest_ = outline.nest(n, n.xrng) if n.xrng else None
    if nest_:
        sec_style = "paren"  # the scored level under 一、 parts (outline.nest labels them)
    else:
        number_sections(n, sec_style)
    maybe_count(rng, n)
    style = rng.choice(["dot", "dun", "fdot", "paren", "hparen", "circ", "dotsp", "fw"])
    style = batch49.item_style(n, style)  # session 49: 1﹒ (eleventh stream)
    blocks, last = [], None
    if n.sections and rng.random() < 0.25 and sec_style == "dun":
        # a heading over no measure before the list (README: a list may start at 二、)
        blocks.append(("head", "一、总体要求"))
        blocks.append(("p", f"坚持稳中求进工作总基调，确保{n.year}年各项目标任务全面完成。"))
        for s in n.sections:
            s["no"] += 1
            s["label"] = words.section_label(sec_style, s["no"])
        for m in n.measures:
            m["section_no"] += 1
        shift = 1
    else:
        shift = 0
    leaders = form == "labelled" and rng.random() < 0.25
    grouped = n.xrng is not None and outline.group_mode(n, n.xrng, form)
    n.axes += [f"items:{style}", f"sections:{sec_style}" if n.sections else "", "lead-none" * shift,
               f"group-line:{form}" * grouped]
    # session 44 (sixth stream): dash topic lines, a rule note in an item's bracket (realnoise.py)
    dash = realnoise.dash_topics(n, form, nest_, grouped, shift)
    note_at = realnoise.rule_note_at(n, form, grouped)
    # session 45 (seventh stream): topic items, 部门分工 lines, count sentences (batch33.py)
    mode = batch33.draw_mode(n, form, grouped or note_at is not None)
    if mode:
        n.axes.append(f"b45:{mode}")
    # session 46 (eighth stream): space-parted labels, bracket lines, 主办单位 lines, opinion points (batch35.py)
    mode46 = batch35.draw_mode(n, form, not (grouped or note_at is not None or mode), sec_style,
                               bool(nest_), dash, shift)
    if mode46:
        n.axes.append(f"b46:{mode46}")
        n.form46 = {"zhuban": "inline-label"}.get(mode46)
    if mode46 == "opinion":
        batch35.opinion_prepare(n)
    # session 47 (ninth stream): a part sentence 由X承办，A、B协办。<target> opening each part (batch47.py)
    chengban = batch47.chengban_draws(n, form, not (grouped or note_at is not None or mode or mode46),
                                      sec_style, bool(nest_), dash, shift)
    if chengban:
        n.axes.append("b47:chengban")
        parts = {}
        for s in n.sections:
            parts[s["no"]] = batch47.chengban_part(n, s["no"])
        chengban_blocks = {k: v[0] for k, v in parts.items()}
        for s in n.sections:  # each part's target stands before its items
            i = next(j for j, m in enumerate(n.measures) if m["section_no"] == s["no"])
            n.measures.insert(i, parts[s["no"]][1])
    # session 48 (tenth stream): unit-colon items, the first-leads bracket, headings closing with their lead
    plain48 = not (grouped or note_at is not None or mode or mode46 or chengban)
    mode48 = batch48.item_mode(n, form, plain48)
    heads48 = batch48.lead_heads_draw(n, form, plain48, mode48, sec_style, bool(nest_), dash, shift)
    # session 49 (eleventh stream): topic lines closed by one full stop
    stop49 = batch49.topic_stop(n, form, plain48, dash, bool(nest_), shift, heads48)
    # session 51 (thirteenth stream): an item cut by a page break, 主要协作单位 label words
    plain51 = plain48 and not mode48
    cut51 = batch51.cut_target(n, form, plain51)
    coop51 = batch51.coop_draws(n, form, plain51)
    # session 52 (fourteenth stream): a 数据提供单位 label, a catch-all clause after ；
    br52 = batch52.bracket_draws(n, form, plain51 and cut51 is None and not coop51)
    n.plain52 = plain51  # every item prints the form's own labels (batch52.news_box)
    shared52 = batch52.shared_draws(n, form, plain51)
    # session 53 (fifteenth stream): formal numerals, 牵头督导, a Word copy's spaced runs
    plain53 = plain51 and cut51 is None and not coop51
    batch53.formal_labels(n, not (nest_ or dash or heads48 or stop49 or chengban or shift or mode46))
    dudao53 = batch53.dudao_draws(n, form, plain53)
    spaced53 = batch53.spaced_draws(n, form, plain53) and not (dash or heads48 or stop49)
    if spaced53:
        n.axes.append("b53:spaced")
    # session 54 (sixteenth stream): numbers with no mark, a closing copula sentence, a bracket of another shape
    plain54 = plain53 and not (br52 or shared52 or dudao53 or spaced53 or mode46 or nest_ or dash or heads48 or stop49)
    nomark54 = batch54.nomark_draws(n, form, plain54)
    copula54 = batch54.copula_draws(n, form, plain54)
    shape54 = batch54.shape_draws(n, form, plain54, copula54)
    # session 55 (seventeenth stream): 工作要求 naming the lead, a 进度安排 schedule, `1。` numbers, ASCII label brackets
    req55, sched55, stop55, ascii55 = batch55.list_draws(n, form, plain54, nomark54, copula54, shape54)
    # session 57 (nineteenth stream): a list of problems handed over for rectification
    zg57 = batch57.zhenggai_draws(n, form, plain53 and not (spaced53 or heads48 or copula54 or shape54 or req55 or sched55
                                                                 or ascii55))
    # session 58 (twentieth stream): articles under chapters, items marked by a bullet
    plain58 = plain48 and not (mode48 or heads48 or stop49 or dash or nest_ or shift or zg57 or cut51 is not None
                               or any(a.startswith("b53:formal") for a in n.axes))
    plain58 = plain58 and not (br52 or shared52 or dudao53 or spaced53 or coop51 or nomark54 or copula54 or shape54
                               or req55 or sched55 or stop55 or ascii55)
    art58 = batch58.article_draws(n, form, plain58)
    bullet58 = not art58 and batch58.bullet_draws(n, form, plain58)
    # session 59 (twenty-first stream): 分别负责, a catch-all's own duty verb, the bracket on the next line
    # (on any list whose items print the form's own bracket: the outline's shapes may be drawn, no item shape)
    plain59 = not (grouped or mode or mode46 or mode48 or heads48 or chengban or note_at is not None
                   or cut51 is not None or coop51 or br52 or shared52 or dudao53 or spaced53 or copula54 or shape54
                   or req55 or sched55 or stop55 or ascii55 or zg57 or art58)
    verbs59 = batch59.verb_draws(n, form, plain59)
    next59 = batch59.nextline_draws(n, form, plain59)
    # session 60 (twenty-second stream): steps under an item, the bracket before the stop, 参加, the rule in a bracket
    shapes60 = batch60.list_draws(n, form, plain59, style, bool(nest_), nomark54 or bullet58 or stop55 or zg57)
    # session 61 (twenty-third stream): an indicator's kind or a leader opening the bracket, a heading's count on the
    # next line, letter-spaced label words
    shapes61 = batch61.list_draws(n, form, plain59, not (nest_ or dash or stop49 or heads48 or art58 or spaced53
                                                          or chengban or mode46 == "opinion"))
    # session 62 (twenty-fourth stream): a project's label lines, a higher level's lead, gaps inside unit names
    shapes62 = batch62.list_draws(n, form, plain58 and not (art58 or bullet58), plain59)
    # session 63 (twenty-fifth stream): ㈠ section labels, verb clauses parted by 、, items naming only a reporting body
    batch63.circled(n, sec_style == "paren" and not (nest_ or dash or heads48 or stop49 or art58 or spaced53 or chengban
                                                     or mode46))
    shapes63 = batch63.list_draws(n, form, plain59 and not shapes60 and "project" not in shapes62, plain59, plain59)
    report63 = batch63.report_items(n, shapes63)
    # session 64 (twenty-sixth stream): 办理 and 各负其责 brackets, yield lines, 等各有关部门和单位 tails, shared 部门 runs
    shapes64 = batch64.list_draws(n, form, plain59)
    # session 66 (twenty-eighth stream): a label's unit list printed in runs parted by a comma
    shapes66 = batch66.list_draws(n, form, plain59)
    # session 67 (twenty-ninth stream): square label brackets, 主要 / 其他责任单位, two catch-alls joined by 及
    shapes67 = batch67.list_draws(n, form, plain59)
    # session 68 (thirtieth stream): a 牵头领导 post line, a run closed by 等 before a catch-all, 协作单位 lines
    shapes68 = batch68.list_draws(n, form, plain59, shapes67)
    # session 69 (thirty-first stream): 主办 / 协办 brackets, items run on in one paragraph
    shapes69 = batch69.list_draws(n, form, plain59)
    # session 70 (thirty-second stream): leaders' posts opening a verb bracket, a count after 等 closing the supports
    shapes70 = batch70.list_draws(n, form, plain59)
    # session 71 (thirty-third stream): a support label printed 责任（配合）单位
    shapes71 = batch71.list_draws(n, form, plain59)
    spans69 = []  # (block index, measure) of the items printed as one block
    last60 = max((j for j, m in enumerate(n.measures) if not m.get("unnumbered")), default=None)
    state46 = {}
    closes = {}  # a count sentence after a run's last item
    if mode == "count":
        for sec in sorted({m["section_no"] for m in n.measures}, key=lambda x: x or 0):
            for run in batch33.count_runs(n, [m for m in n.measures if m["section_no"] == sec]):
                closes[id(run[-1])] = batch33.count_line(n, run)
    outline.nest_open(nest_, blocks)
    group = []
    for i, m in enumerate(n.measures):
        if m["section_no"] and m["section_no"] != last:
            if group:
                blocks.append(outline.group_line(n.xrng, n, form, group, unit_list))
                group = []
            outline.nest_top(nest_, m["section_no"] - 1 - shift, blocks)
            s = n.sections[m["section_no"] - 1 - shift]
            if art58:
                blocks += batch58.chapter_head(n, s, last is None)
            elif heads48:
                blocks += batch48.lead_head(n, s, [x for x in n.measures if x["section_no"] == m["section_no"]])
            elif stop49:
                blocks.append(batch49.topic_line(n, s))
            else:
                label = batch53.spaced_label(s["label"]) if spaced53 else s["label"]
                blocks.append(realnoise.dash_line(n, s) if dash else ("head", label + s["title"]))
            last = m["section_no"]
        if m.get("unnumbered"):
            blocks.append(chengban_blocks[m["section_no"]])
            continue
        lab = batch54.nomark_label(m) if nomark54 else words.item_label(style, m["measure_no"])
        if stop55:
            lab = batch55.stop_label(m)
        if bullet58:
            lab = "●"
        if art58:
            ITEM_FORMS[form](rng, n, m, lab, leaders)  # drawn and set aside: the first stream draws as before
            blocks += batch58.article_item(n, m)
            continue
        if "project" in shapes62:
            ITEM_FORMS[form](rng, n, m, lab, leaders)  # drawn and set aside: the first stream draws as before
            blocks += batch62.project_item(n, m, lab)
            continue
        if i in report63:
            ITEM_FORMS[form](rng, n, m, lab, leaders)  # drawn and set aside: the first stream draws as before
            blocks += batch63.report_item(n, m, lab, form)
            continue
        if grouped:
            blocks.append(("p", lab + m["text"]))
            group.append(m)
        elif mode == "count":
            blocks += [("p", lab + m["text"]), closes[id(m)]] if id(m) in closes else [("p", lab + m["text"])]
        elif mode == "topic":
            blocks += batch33.topic_item(n, m, lab)
        elif mode == "dept":
            blocks += batch33.dept_item(n, m, lab)
        elif mode46 in ("spacelabel", "brline", "zhuban"):
            # the form's own item is drawn and set aside, so the first stream draws as before and the
            # page around the items prints what it printed
            ITEM_FORMS[form](rng, n, m, lab, leaders)
            blocks += batch35.ITEMS[mode46](n, m, lab, state46)
        elif mode46 == "opinion":
            blocks += batch35.opinion_item(n, m)
        elif mode48:
            ITEM_FORMS[form](rng, n, m, lab, leaders)  # drawn and set aside: the first stream draws as before
            blocks += batch48.ITEMS[mode48](n, m, lab, state46)
        else:
            item = ITEM_FORMS[form](rng, n, m, lab, leaders)
            if i == note_at:
                item = realnoise.rule_note_item(n, m, lab, unit_list)  # the first stream drew as before
            if i == cut51:
                item = batch51.cut(n, item, m, lab)
            if coop51:
                item = batch51.coop(n, item, m)
            if "duty" in br52:
                item = batch52.duty_clause(n, item, m)
            if "data" in br52:
                item = batch52.data_unit(n, item, m)
            if shared52:
                item = batch52.shared_body(n, item, m)
            if dudao53:
                item = batch53.dudao(n, item, m)
            if spaced53:
                item = batch53.spaced_item(n, item, m)
            if copula54:
                item = batch54.copula(n, m, lab)  # the form's item drawn and set aside: the first stream as before
            if shape54:
                item = batch54.shape(item, shape54)
            if req55:
                item = batch55.reqlead(n, item, m)
            if sched55:
                item = batch55.schedule(n, item, m)
            if ascii55:
                item = batch55.ascii_labels(n, m, lab, ascii55)  # the form's item drawn and set aside
            if zg57:
                item = batch57.zhenggai_item(n, m, lab)  # the form's item drawn and set aside
            if verbs59:
                item = batch59.verb_item(n, item, m, lab, form, verbs59)  # the form's item drawn and set aside
            if next59:
                item = batch59.next_line(n, item, lab)
            if shapes60:
                item = batch60.item(n, item, m, lab, form, shapes60, i == 0, i == last60)
            if shapes61:
                item = batch61.item(n, item, m, lab, shapes61)
            if shapes62:
                item = batch62.item(n, item, m, lab, form, shapes62, i == 0)
            if shapes63:
                item = batch63.verb_parted(n, item, m, shapes63)
            if shapes64:
                item = batch64.item(n, item, m, form, shapes64)
            if shapes66:
                item = batch66.item(n, item, m, form, shapes66)
            if shapes67:
                item = batch67.item(n, item, m, form, shapes67)
            if shapes68:
                item = batch68.item(n, item, m, form, shapes68)
            if shapes69:
                item = batch69.item(n, item, m, form, shapes69)
            if shapes70:
                item = batch70.item(n, item, m, form, shapes70)
            if shapes71:
                item = batch71.item(n, item, m, form, shapes71)
            if shapes69:
                if len(item) == 1:
                    spans69.append((len(blocks), m))
            blocks += item
    if group:
        blocks.append(outline.group_line(n.xrng, n, form, group, unit_list))
    if shapes69:
        blocks = batch69.run_on(n, blocks, spans69, shapes69)
    if art58:
        blocks += batch58.closing_chapter(n)
    if note_at is not None:
        realnoise.rule_note_apply(n, note_at)
    outline.nest_close(nest_, blocks)
    if chengban:
        batch47.number_targets(n)
    return batch61.next_counts(n, blocks, shapes61)


def item_labelled(rng, n, m, lab, leaders):
    # big5-beihai / LBL in FORMATS.md: 分管领导 / 牵头单位 / 责任单位 / 完成时限 lines
    colon = rng.choice(["：", "：", "：", ":", "｜"])  # ｜: a WeChat card's bar (forms.md labelled)
    lead_l = rng.choice(["牵头单位", "牵头部门", "牵头责任单位"])
    sup_l = rng.choice(["配合单位", "协办单位", "责任单位", "配合部门"])
    dl_l = rng.choice(["完成时限", "完成时间", "时间节点"])
    if not m["support"] and rng.random() < 0.3:
        lead_l = "责任单位"  # alone, the responsible units lead (forms.md conventions)
    out = [("p", lab + m["text"])]
    if leaders:
        out.append(("p", f"{batch50.leader_word(n, '分管领导')}{colon}{rng.choice(words.PEOPLE)}"))
    out.append(("p", f"{lead_l}{colon}{unit_list(rng, m['lead'])}"))
    if m["support"]:
        out.append(("p", f"{sup_l}{colon}{sup_list(rng, m)}"))
    if rng.random() < 0.1:
        m["deadline"] = None
    else:
        out.append(("p", f"{dl_l}{colon}{m['deadline']}"))
    return out


def sup_list(rng, m):
    s = unit_list(rng, m["support"], etc_ok=True)
    return s


def item_inline_label(rng, n, m, lab, leaders):
    # INL-L (FORMATS.md); circled-duilong: the deadline first; sharebar-huludao: ；between labels
    o, c = rng.choice([("（", "）")] * 4 + [("(", ")")])
    sep = rng.choice(["；", "；", "，"])
    lead_l = rng.choice(["牵头单位", "牵头部门"])
    sup_l = rng.choice(["配合单位", "责任单位", "协办单位"])
    parts = [f"{lead_l}：{unit_list(rng, m['lead'])}"]
    if m["support"] and sep == "；" and rng.random() < 0.25:
        # one label whose value names the roles by verbs (sharebar-huludao: 责任单位：X牵头，Y、Z配合)
        parts = [f"责任单位：{unit_list(rng, m['lead'], sep='、')}牵头，"
                 f"{unit_list(rng, m['support'], sep='、')}配合"]
    elif m["support"]:
        parts.append(f"{sup_l}：{sup_list(rng, m)}")
    r = rng.random()
    if r < 0.2:
        parts.insert(0, m["deadline"])
    elif r < 0.75:
        parts.append(f"完成时限：{m['deadline']}")
    else:
        m["deadline"] = None
    return [("p", lab + m["text"] + o + sep.join(parts) + c)]


def item_inline_verb(rng, n, m, lab, leaders):
    # INL-V (FORMATS.md); dutyverb-bijie: 按职责分工负责 and the deadline clause in the bracket
    L = unit_list(rng, m["lead"], sep="、")
    if m["support"]:
        S = unit_list(rng, m["support"], sep="、")
        verb = rng.choice(["配合", "配合", "参与", "按职责分工负责", "协同"])
        body = rng.choice([f"{L}牵头，{S}{verb}", f"由{L}牵头，{S}{verb}"])
        if len(m["lead"]) > 1 and rng.random() < 0.5:
            body = f"{L}分别牵头，{S}{verb}"  # co-leads (FORMATS.md: A、B分别牵头)
    else:
        body = rng.choice([f"{L}负责", f"由{L}负责", f"{L}牵头"])
    if rng.random() < 0.45:
        m["deadline"] = dl_clause(m["deadline"])
        body += "，" + m["deadline"]
    else:
        m["deadline"] = None
    return [("p", lab + m["text"] + "（" + body + "）")]


def item_prose(rng, n, m, lab, leaders):
    # PROSE (FORMATS.md: 由X会同Y、Z等部门负责); forms.md: 此项工作由X牵头，Y配合，…完成。
    L = unit_list(rng, m["lead"], sep="、")
    if m["support"]:
        S = unit_list(rng, m["support"], sep="、")
        sent = rng.choice([f"由{L}牵头，{S}配合", f"由{L}会同{S}负责落实", f"此项工作由{L}牵头，{S}配合"])
    else:
        sent = rng.choice([f"由{L}负责", f"此项工作由{L}负责"])
    if rng.random() < 0.3 and not sent.endswith("落实"):
        m["deadline"] = dl_clause(m["deadline"])
        sent += "，" + m["deadline"]
    else:
        m["deadline"] = None
    return [("p", lab + m["text"] + sent + "。")]


def item_inline_list(rng, n, m, lab, leaders):
    # inline-list (forms.md): a bare list in the closing bracket; the letter's rule may say who leads
    allu = m["lead"][:1] + m["support"] if n.convention else m["lead"] + m["support"]
    if n.convention:
        m["lead"], m["support"] = allu[:1], allu[1:]
    else:
        m["lead"], m["support"] = allu, []
    m["deadline"] = None
    return [("p", lab + m["text"] + "（" + unit_list(rng, allu, sep="、") + "）")]


ITEM_FORMS = {"labelled": item_labelled, "inline-label": item_inline_label,
              "inline-verb": item_inline_verb, "prose": item_prose, "inline-list": item_inline_list}


def headlead(rng, n):
    """Headings that name the lead over bare items (headlead-qinxian: 一、县发改局牵头工作（3项）)."""
    n.sections = []
    style = rng.choice(["dot", "dun", "fdot"])
    style = batch49.item_style(n, style)  # session 49: 1﹒ (eleventh stream)
    sec_style = rng.choice(["dun", "paren"])
    kind = rng.choice(["牵头工作", "", "牵头工作count"])
    blocks, by_lead, order = [], {}, []
    heads = [m["lead"][0] for m in n.measures[:rng.randint(2, 4)]]
    for m in n.measures:
        key = rng.choice(heads)
        if key not in by_lead:
            by_lead[key] = []
            order.append(key)
        by_lead[key].append(m)
    no = 0
    n.measures = []
    if batch52.unithead_draws(n, order):
        return _unit_heads(rng, n, style, by_lead, order)  # session 52: unit name lines, lead-ins, items afresh
    for si, key in enumerate(order):
        ms = by_lead[key]
        title = key[0] + ("牵头工作" if kind else "")
        if kind == "牵头工作count":
            title += f"（{len(ms)}项）"
        label = words.section_label(sec_style, si + 1)
        n.sections.append({"no": si + 1, "label": label, "title": title})
        blocks.append(("head", label + title))
        for m in ms:
            no += 1
            m.update(measure_no=no, section_no=si + 1, lead=[key], support=[], deadline=None)
            blocks.append(("p", words.item_label(style, no) + m["text"]))
            n.measures.append(m)
    return blocks


def _unit_heads(rng, n, style, by_lead, order):
    """unitheads-shanghai (batch 50): each lead's name centred on a line of its own, a lead-in paragraph closing with a
    colon under it (batch52.unit_lead_in; now and then none), its items numbered afresh.  No sections (tests/fixtures/
    README.md: an unnumbered unit name line is its duties' lead); measure_no as printed."""
    n.sections = []
    n.restart = True
    for key in order:
        blocks_key = [("center", key[0])]
        if n.q52.random() < 0.8:
            blocks_key.append(("p", batch52.unit_lead_in(n, key[0])))
        n.unithead52 = getattr(n, "unithead52", []) + blocks_key
        for k, m in enumerate(by_lead[key]):
            m.update(measure_no=k + 1, section_no=None, lead=[key], support=[], deadline=None)
            n.unithead52.append(("p", words.item_label(style, k + 1) + m["text"]))
            n.measures.append(m)
    return n.unithead52


# ---------------------------------------------------------------- tables

def table_plan(rng, n, text_form=None):
    """Columns and what each row prints; shared by the page table and its text copies."""
    plan = {
        "seq": not (text_form is None and rng.random() < 0.1),
        "task": rng.choice(["工作任务", "重点任务", "主要任务", "具体工作任务", "工作内容"]),
        "lead": rng.choice(["牵头单位", "牵头单位", "牵头部门", "责任单位"]),
        "sup": rng.choice(["配合单位", "配合单位", "协办单位", "责任单位", "配合部门"]),
        "dl": rng.choice(["完成时限", "完成时限", "完成时间", "时间节点"]) if rng.random() < 0.88 else None,
        "extra": None,
        "single": False,
    }
    if plan["lead"] == plan["sup"]:
        plan["sup"] = "配合单位"
    if rng.random() < 0.12 and text_form not in ("text-sp",):
        plan["single"] = True  # one 责任单位 column + a stated convention (footlegend-ningguo)
        n.convention = True
    r = rng.random()
    if r < 0.08:
        plan["extra"] = ("分管领导", "people")  # progcols / leadercol: people, never units
    elif r < 0.12:
        plan["extra"] = ("责任人", "posts")  # textbox-hecheng: people with their posts in brackets
    elif r < 0.22 and text_form not in ("text-sp", "text-bl"):
        plan["extra"] = ("备注", "empty")
    plan["dash"] = None
    if n.sections and text_form in (None, "text-tab", "xlsx", "docx") and rng.random() < 0.12:
        # 序号 by section and place, 1-1 / 1.1 (forms.md "Numbering"): the number is the place
        plan["dash"] = rng.choice(["-", "."])
        n.restart = True
        k, last = 0, None
        for m in n.measures:
            k = 1 if m["section_no"] != last else k + 1
            last = m["section_no"]
            m["measure_no"] = k
    if not plan["dl"]:
        for m in n.measures:
            m["deadline"] = None
    if plan["single"]:
        for m in n.measures:
            m["lead"], m["support"] = m["lead"][:1], m["lead"][1:] + m["support"]
    return plan


def header_cells(plan):
    cols = (["序号"] if plan["seq"] else []) + ([plan["goal"]] if plan.get("goal") else []) + [plan["task"]]
    if plan.get("runon"):
        pass  # session 50: no unit column, the labels run on in the task cell
    elif plan["single"] or plan.get("remark"):
        cols.append("责任单位")  # session 56's remark: one 责任单位 column, the supports in 备注
    else:
        cols += [plan["lead"], plan["sup"]]
    if plan["dl"]:
        cols.append(plan["dl"])
    if plan["extra"]:
        cols.append(plan.get("extra_word") or plan["extra"][0])
    if plan.get("remark"):
        cols.append("备注")
    if plan.get("score"):
        i = cols.index(plan["task"]) + 1
        cols[i:i] = batch56.score_cols(plan)  # session 56: 分值 (评分标准) after 考核内容
    if plan.get("prog"):
        i = cols.index(plan["task"]) + 1
        cols[i:i] = [plan["prog"]["qtr"], plan["prog"]["leader"]]
        cols.append(plan["prog"]["done"])
    if plan.get("qtr57"):
        i = cols.index(plan["task"]) + 1
        cols[i:i] = plan["qtr57"]  # session 57: quarter columns after the task
    return cols


def row_cells(rng, plan, m, sep, mark=False, n=None):
    no = "" if plan.get("emptyseq") else str(m["measure_no"])  # session 50: a 序号 column printing nothing
    if plan.get("dash"):
        no = f"{m['section_no']}{plan['dash']}{no}"
    cells = ([no] if plan["seq"] else []) + ([m["goal"]] if plan.get("goal") else []) + [m["text"]]
    if plan.get("runon"):
        cells[-1] = batch50.runon_text(n, plan, m, sep)  # session 50: labels run on after the task
    elif plan["single"]:
        ns = names(m["lead"] + m["support"])
        if mark:
            ns[0] += "（牵头）"
        cells.append(sep.join(ns))
    elif plan.get("remark"):
        cells.append(sep.join(names(m["lead"])))
    else:
        cells += [sep.join(names(m["lead"])), sep.join(names(m["support"]))]
    if plan["dl"]:
        cells.append(m["deadline"])
    if plan["extra"]:
        kind = plan["extra"][1]
        cells.append(rng.choice(words.PEOPLE) if kind == "people" else
                     f"{rng.choice(words.PEOPLE)}（{rng.choice(['副局长', '局长', '副主任'])}）" if kind == "posts" else "")
    if plan.get("remark"):
        cells.append(batch56.remark_cell(n, m))
    if plan.get("score"):
        i = (1 if plan["seq"] else 0) + (1 if plan.get("goal") else 0) + 1
        cells[i:i] = batch56.score_cells(plan, m)
    if plan.get("prog"):
        i = (1 if plan["seq"] else 0) + 1
        cells[i:i] = batch33.progress_cells(plan, m, 0)
        cells.append(batch33.progress_cells(plan, m, 1))
    if plan.get("qtr57"):
        i = (1 if plan["seq"] else 0) + (1 if plan.get("goal") else 0) + 1
        cells[i:i] = m["qtr57"]
    return cells


def esc(s):
    return _html.escape(s, quote=False)


def html_table(rng, n):
    """An HTML table (html-table): section rows across it, a section column spanning rows, or one
    table per section under a heading outside it (subtables-changqing); th / bold td headers; a
    two-level header (printpage-yanbian); Word-paste cells (starlead-longwan)."""
    plan = table_plan(rng, n)
    if not plan["seq"]:
        for i, m in enumerate(n.measures):
            m["measure_no"] = i + 1  # numbered by place (forms.md: a table printing no number)
        n.restart = False
    batch33.progress_plan(n, plan)  # session 45: a progress table (seventh stream)
    batch47.goal_plan(n, plan)  # session 47: a goal column before 具体任务 (ninth stream)
    batch57.zhenggai_table(n, plan)  # session 57: 存在问题 | 整改措施 (nineteenth stream)
    sec_mode = rng.choice(["row", "row", "col", "outside"]) if n.sections else None
    number_sections(n, rng.choice(["dun", "dun", "paren"]))
    if sec_mode == "col" and rng.random() < 0.4:
        for i, s in enumerate(n.sections):
            s["label"] = None  # a group cell printing only its name: numbered by place
    maybe_count(rng, n)
    # session 50 (twelfth stream): an empty 序号 column, labels run on in the task cells, bare table headings
    no_cells50 = batch50.table_axes(n, plan, sec_mode)
    no_cells50 = batch56.table_axes(n, plan, "html") or no_cells50  # session 56: 主办/协办, 备注, 分值 (eighteenth stream)
    no_cells50 = batch57.quarters(n, plan) or no_cells50  # session 57: quarter columns beside the deadline
    batch50.bare_heads(n, sec_mode)
    if plan["extra"] and plan["extra"][1] == "people":
        plan["extra_word"] = batch50.leader_word(n, plan["extra"][0])
    sep = rng.choice(CELL_SEPS)
    word = rng.random() < 0.25
    th = rng.random() < 0.4
    cols = header_cells(plan)
    two_level = not plan["single"] and rng.random() < 0.15 and not plan.get("runon") and not plan.get("remark")
    if two_level and plan["lead"] == "责任单位":
        plan["lead"] = "牵头单位"  # 责任单位 heads the two: 牵头单位 | 配合单位 under it
        cols = header_cells(plan)
    if batch71.table_head(n, plan, two_level):
        cols = header_cells(plan)  # session 71: the supports' column headed 责任（配合）单位
    trailing_empty = rng.random() < 0.1
    n.axes += [f"sections:{sec_mode}", f"sep:{sep!r}", "word-paste" * word, "th" * th,
               "two-level" * two_level, "trailing-td" * trailing_empty, "seq" * plan["seq"],
               f"extra:{plan['extra'] and plan['extra'][0]}", "single" * plan["single"],
               "dl" * bool(plan["dl"])]
    note = None
    mark = False
    if plan["single"]:
        how = rng.choice(["letter", "note", "header", "mark"])
        n.axes.append(f"single:{how}")
        if how == "mark":
            # （牵头） after the lead's name, no rule stated (forms.md conventions; zhenggai lists)
            n.convention = False
            mark = True
        if how == "header":
            cols[cols.index("责任单位")] = "责任单位（列第一位者为牵头单位）"
        elif how == "note":
            note = "注：" + rng.choice(CONVENTIONS).replace("各项任务中", "责任单位中")
        else:
            n.letter_convention = True

    def cell(text, tag="td", attrs=""):
        inner = esc(text).replace("&lt;br&gt;", "<br>")
        if batch52.BOLD_ON in inner:
            inner = inner.replace(batch52.BOLD_ON, "<strong>").replace(batch52.BOLD_OFF, "</strong>")
        if word:
            inner = f'<p class="MsoNormal"><span style="font-family:仿宋_GB2312;font-size:12pt">{inner}</span></p>'
        return f"<{tag}{attrs}>{inner}</{tag}>"

    def header():
        tag = "th" if th else "td"
        wrap = (lambda s: s) if th else (lambda s: f"<strong>{s}</strong>")
        lead_cols = cols[:]
        if sec_mode == "col":
            lead_cols = ["类别"] + lead_cols
        if two_level:
            i = lead_cols.index(plan["lead"])
            r1 = "".join(f"<{tag} rowspan=\"2\">{wrap(esc(c))}</{tag}>" for c in lead_cols[:i])
            r1 += f"<{tag} colspan=\"2\">{wrap('责任单位')}</{tag}>"
            r1 += "".join(f"<{tag} rowspan=\"2\">{wrap(esc(c))}</{tag}>" for c in lead_cols[i + 2:])
            r2 = f"<{tag}>{wrap(esc(plan['lead']))}</{tag}><{tag}>{wrap(esc(plan['sup']))}</{tag}>"
            return f"<tr>{r1}</tr>\n<tr>{r2}</tr>\n"
        return "<tr>" + "".join(f"<{tag}>{wrap(esc(c))}</{tag}>" for c in lead_cols) + "</tr>\n"

    width = len(cols) + (1 if sec_mode == "col" else 0)
    tail = "<td>&nbsp;</td>" if trailing_empty else ""

    def open_table():
        t = '<table border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">\n'
        if th or rng.random() < 0.3:
            return t + "<thead>\n" + header() + "</thead>\n<tbody>\n"
        return t + "<tbody>\n" + header()

    plan["sec_col"] = sec_mode == "col"  # a 类别 column: cells.draw keeps 序号 merges off its groups' spans
    axes = cells.draw(n.yrng, n, plan) if getattr(n, "yrng", None) and not plan.get("prog") \
        and not plan.get("goal") and not no_cells50 else \
        {"merged": {}, "ditto": set()}
    bold52 = batch52.bold_draws(n, plan, how if plan["single"] else None, axes)  # session 52: bold leads
    if bold52:
        n.letter_convention = False  # the header or a note under the table states the bold rule instead
        note = bold52["note"] if bold52["where"] == "note" else None
        cols[cols.index(next(c for c in cols if c.startswith("责任单位")))] = \
            bold52["header"] if bold52["where"] == "header" else "责任单位"
    blocks, out, last = [], open_table(), None
    row_ends = []  # session 56: where each measure's row ends in `out` (a table continued over a page break)
    sub56 = batch56.subtotals(n, plan, sec_mode == "row")
    for si in range(max(len(n.sections), 1)):
        ms = [m for m in n.measures if (m["section_no"] == si + 1 or not n.sections)]
        if n.sections:
            s = n.sections[si]
            head = (s["label"] or "") + s["title"]
            if sec_mode == "row":
                out += f'<tr><td colspan="{width}">{"<strong>" + esc(head) + "</strong>" if rng.random() < 0.6 else esc(head)}</td>{tail}</tr>\n'
            elif sec_mode == "outside":
                if si:
                    out += "</tbody></table>"
                    blocks.append(("html", out))
                    out = open_table()
                blocks.insert(len(blocks), ("head", head))
        for k, m in enumerate(ms):
            cs = row_cells(rng, plan, m, sep, mark, n)
            if bold52:
                cs[cols.index(next(c for c in cols if c.startswith("责任单位")))] = \
                    batch52.bold_cell(n, names(m["lead"] + m["support"]), sep)
            cs, spans = cells.apply(plan, cs, next(j for j, x in enumerate(n.measures) if x is m), axes)
            row = ""
            if sec_mode == "col" and k == 0:
                row += cell((s["label"] or "") + s["title"], attrs=f' rowspan="{len(ms)}"')
            row += "".join(cell(c, attrs=f' rowspan="{spans[j]}"' if j in spans else "")
                           for j, c in enumerate(cs) if c is not None)
            out += "<tr>" + row + tail + "</tr>\n"
            row_ends.append(len(out))
        if sub56:
            out += batch56.html_total(plan, cols, "小计", ms, 0, tail, cell)
    if plan.get("score"):
        out += batch56.html_total(plan, cols, "合计", n.measures, 1 if sec_mode == "col" else 0, tail, cell)
    out += "</tbody></table>"
    if sec_mode == "outside":
        # the heading goes before its table: rebuild the order
        pass
    if batch56.cont_draws(n, sec_mode, axes, len(row_ends)):
        blocks += batch56.cont_split(n, out, row_ends, header())  # session 56: a table continued over a page break
    else:
        blocks.append(("html", out))
    if sec_mode == "outside":
        ordered, heads = [], [b for b in blocks if b[0] == "head"]
        tables = [b for b in blocks if b[0] == "html"]
        for h, t in zip(heads, tables):
            ordered += [h, t]
        blocks = ordered
    if note:
        blocks.append(("p", note))
    return blocks


def text_table(rng, n, form):
    """A text copy of a table (text-tab, text-bar, text-bl, text-pipe, text-sp; FORMATS.md P1, BL, SP;
    lawtab-hengshui: TAB rows; text-bar: a Markdown dump)."""
    grid = form if form in ("text-box", "text-layout") else None
    form = {"text-box": "text-bar", "text-layout": "text-sp"}.get(form, form)  # their plans' shapes
    plan = table_plan(rng, n, text_form=form)
    if form == "text-pipe":
        n.sections = []
        for i, m in enumerate(n.measures):
            m["section_no"] = None
            m["measure_no"] = i + 1
    number_sections(n, "dun")
    if plan["single"]:
        n.letter_convention = True
    if form in ("text-tab", "text-bar") and not grid:
        batch50.table_axes(n, plan, None)  # session 50: an empty 序号 column, labels run on in the task cells
    batch56.table_axes(n, plan, grid or form)  # session 56: 主办/协办, 备注, 分值 (eighteenth stream)
    cols = header_cells(plan)
    if form in ("text-sp", "text-bl", "text-pipe"):
        # these copies print nothing for an empty cell: every row fills every column
        for m in n.measures:
            if not plan["single"] and not m["support"]:
                m["support"] = [n.place.catchall(rng)]
            if not plan["dl"]:
                pass
    sep = rng.choice(["、", "、", "，", "/"])
    tab_two = form == "text-tab" and not plan["single"] and rng.random() < 0.2 and not plan.get("runon") \
        and not plan.get("remark")
    if tab_two and plan["lead"] == "责任单位":
        plan["lead"] = "牵头单位"
        cols = header_cells(plan)
    tab_quote = form == "text-tab" and rng.random() < 0.15
    tab_seccol = form == "text-tab" and bool(n.sections) and rng.random() < 0.25
    n.axes += [f"sep:{sep}", "single" * plan["single"], f"extra:{plan['extra'] and plan['extra'][0]}",
               "dl" * bool(plan["dl"]), f"dash:{plan['dash']}" if plan["dash"] else "",
               "tab-two-level" * tab_two, "tab-quoted" * tab_quote, "tab-section-col" * tab_seccol]
    if tab_quote:
        sep = "\n"  # a spreadsheet's paste quotes a cell holding a line break (forms.md text-tab)
    blocks, last = [], None
    if grid:
        return grid_table(rng, n, grid, plan, cols, sep)
    if tab_seccol:
        cols = ["类别"] + cols
    if tab_two:
        # 责任单位 over 牵头单位 | 配合单位 (forms.md text-tab: a header cell spanning two columns)
        i = cols.index(plan["lead"])
        top = cols[:i] + ["责任单位", ""] + cols[i + 2:]
        blocks.append(("p", "\t".join(top)))
        blocks.append(("p", "\t" * i + plan["lead"] + "\t" + plan["sup"] + "\t" * (len(cols) - i - 2)))
    elif form == "text-tab":
        blocks.append(("p", "\t".join(cols)))
    elif form == "text-bar":
        blocks.append(("p", "| " + " | ".join(cols) + " |"))
        blocks.append(("p", "|" + "---|" * len(cols)))
    elif form == "text-bl":
        blocks += [("p", c) for c in cols]
    elif form == "text-pipe":
        blocks.append(("p", "|"))
        blocks += [("p", c + " |") for c in cols]
    elif form == "text-sp":
        spaced = rng.random() < 0.4
        if plan["seq"] and batch47.spaced_draws(n, plan):
            # session 47: single-spaced rows, a merged 类别 cell printed empty (ninth stream)
            return batch47.spaced_rows(n, cols, lambda m: row_cells(rng, plan, m, sep))
        blocks.append(("p", "  ".join(" ".join(c) if spaced else c for c in cols)))
    header56, row_starts56 = list(blocks), []  # session 56: the header printed again after a page break
    sub56 = batch56.subtotals(n, plan, not tab_seccol)
    for mi, m in enumerate(n.measures):
        row_starts56.append(len(blocks))
        if m["section_no"] and m["section_no"] != last:
            s = n.sections[m["section_no"] - 1]
            head = s["label"] + s["title"]
            if tab_seccol:
                pass  # printed in the first row's 类别 cell
            elif form == "text-bar":
                blocks.append(("p", "| " + head + " |" + " |" * (len(cols) - 1)))
            elif form == "text-tab" and rng.random() < 0.5:
                blocks.append(("p", head + "\t" * (len(cols) - 1)))
            else:
                blocks.append(("p", head))
            last = m["section_no"]
        cs = row_cells(rng, plan, m, sep, n=n)
        if tab_quote:
            cs = [f'"{c}"' if "\n" in c else c for c in cs]
        if tab_seccol:
            first = m is next(x for x in n.measures if x["section_no"] == m["section_no"])
            s_ = n.sections[m["section_no"] - 1]
            cs = [s_["label"] + s_["title"] if first else ""] + cs
        if form == "text-tab":
            blocks.append(("p", "\t".join(cs)))
        elif form == "text-bar":
            blocks.append(("p", "| " + " | ".join(cs) + " |"))
        elif form == "text-bl":
            blocks += [("p", c) for c in cs if c != ""]
        elif form == "text-pipe":
            blocks.append(("p", "|"))
            blocks += [("p", c + " |") for c in cs]
        elif form == "text-sp":
            blocks.append(("p", "  ".join(c for c in cs if c != "")))
        nxt = n.measures[mi + 1] if mi + 1 < len(n.measures) else None
        if sub56 and (nxt is None or nxt["section_no"] != m["section_no"]):
            blocks.append(_line(form, batch56.total_cells(plan, cols, "小计",
                                                          [x for x in n.measures if x["section_no"] == m["section_no"]])))
    if plan.get("score"):
        blocks.append(_line(form, batch56.total_cells(plan, cols, "合计", n.measures)))
    blocks = batch56.page_table(n, blocks, header56, row_starts56, form)  # session 56: a Word copy's page breaks
    if form == "text-pipe":
        blocks = batch51.cellbar(n, blocks)  # session 51: each cell on a line, a bare | line under it
    return blocks


def _line(form, cs):
    """A 合计 / 小计 row of a text-tab or text-bar copy (session 56; batch56.total_cells)."""
    return ("p", "\t".join(cs)) if form == "text-tab" else ("p", "| " + " | ".join(cs) + " |")


def grid_table(rng, n, grid, plan, cols, sep):
    """A box-drawn table or pdftotext -layout's copy (textgrid.py): cells wrap inside their column."""
    span = box_span(n, plan) if grid == "text-box" and getattr(n, "zrng", None) else None
    rows, last, span_rows = [], None, []
    for i, m in enumerate(n.measures):
        if m["section_no"] and m["section_no"] != last:
            s = n.sections[m["section_no"] - 1]
            rows.append(("sec", s["label"] + s["title"]))
            last = m["section_no"]
        if span and i in span[1]:
            span_rows.append(len(rows))
        rows.append(("row", row_cells(rng, plan, m, sep)))
    if grid == "text-box":
        lines = textgrid.box(n.yrng, n, cols, rows, span and (span[0], span_rows, span[2]))
    else:
        lines = textgrid.layout(n.yrng, n, cols, rows)
    n.axes.append(grid)
    return [("p", ln) for ln in lines]


def box_span(n, plan):
    """Session 42 (fourth stream): one unit cell of a box-drawn table spanning two or three task rows of
    one section.  Truth as a merged unit cell's (cells.py, README "measure_no"): the cell's units are each
    row's; a unit the row now leads is not its support.  Returns (column, [measure indexes], centred)."""
    z = n.zrng
    if z.random() >= textgrid.P_BOX_SPAN:
        return None
    ms = n.measures
    runs = [i for i in range(len(ms) - 1) if ms[i]["section_no"] == ms[i + 1]["section_no"]]
    if not runs:
        return None
    i = z.choice(runs)
    k = 3 if i + 2 < len(ms) and ms[i + 2]["section_no"] == ms[i]["section_no"] and z.random() < 0.4 else 2
    idx = list(range(i, i + k))
    for j in idx[1:]:
        ms[j]["lead"] = ms[i]["lead"]
        if plan["single"]:
            ms[j]["support"] = ms[i]["support"]
        lead = [p for p, _ in ms[j]["lead"]]
        ms[j]["support"] = [u for u in ms[j]["support"] if u[0] not in lead]
    mid = z.random() < 0.5
    n.axes.append(f"box-span:{k}" + "-centred" * mid)
    return cells.columns(plan)["lead"], idx, mid

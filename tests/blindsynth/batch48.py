"""Session 48 axes (a tenth stream, `blindsynth-48:<seed>`): shapes real notices of session 47's batches print
and docs/forms.md or docs/parsing.md writes a rule for, which no earlier axis drew.  A seed drawing none of them
prints the bytes it printed before (docs/blindsynth.md "Session 48 axes").

Each axis's yes or no is drawn first, one number each, so whether one axis is drawn never moves another's;
what a drawn axis prints comes from the same stream after those numbers.

- unit-colon items (inline-verb; unitcolon-beijing-2012-1): `14.市卫生局：负责…；负责…。`
- the first-leads rule in the first item's bracket (inline-label; firstlead-dongyang-2025-1):
  `（责任单位：A、B，第一为牵头单位，下同）`, every later bracket `（责任单位：C、D）`
- headings closing with their area's lead (firstlead-dongyang-2025-1): `一、强化科技创新（市科技局牵头）` over
  (sometimes) an unnumbered goal paragraph and items that each print their own lead
- 相关 / 有关 place-group catch-alls (wikimeasures-heilongjiang-2014-1, provtask-xian-2022-1):
  `相关市、县政府`, `有关县（市、区）人民政府`, `相关街道办事处`
- a page's 相关法规 list after the last item (byheadlead-quzhou-2025-4)
- a gazette's doc number with its Chinese date on one line under the title, no signature
  (gazetteparas-sichuan-2011-8)
"""

import random
import re

from . import batch47, words

P_COLON = 0.3      # of inline-verb item lists drawing no earlier item shape
P_FIRST = 0.3      # of inline-label item lists drawing no earlier item shape
P_LEADHEAD = 0.35  # of labelled / inline-label / inline-verb lists, 2+ plain 一、 headings, no unit-colon items
P_CATCH = 0.12     # of a city's, district's, county-level city's or province's own government notices
P_LAWS = 0.07      # of pages and page copies (not WeChat, not one line)
P_GAZETTE = 0.12   # of government letters printing a doc number and the issuer in the title

AXES = ["colon", "first", "leadhead", "catch", "laws", "gazette"]


def draw(n, seed):
    """The tenth stream and each axis's draw (a number each, drawn whether or not the axis may apply)."""
    q = random.Random(f"blindsynth-48:{seed}")
    n.q48 = q
    n.d48 = {k: q.random() for k in AXES}
    n.no_oneline48 = False


def _plain_title(s):
    return re.fullmatch(r"[\u4e00-\u9fff]+", s["title"]) is not None


# ---------------------------------------------------------------- items

def item_mode(n, form, plain):
    """unit-colon items (inline-verb) or the first-leads bracket (inline-label); None: as before.
    plain: no group line, rule note, session-45/46/47 shape drawn."""
    d = getattr(n, "d48", None)
    if d is None or not plain:
        return None
    if form == "inline-verb" and d["colon"] < P_COLON and len(n.measures) >= 2:
        n.axes.append("b48:colon")
        return "colon"
    if form == "inline-label" and d["first"] < P_FIRST:
        n.axes.append("b48:first")
        return "first"
    return None


DUTY_VERBS = ["负责", "负责", "负责", "负责", "指导", "统筹"]


def colon_item(n, m, lab, state):
    """unitcolon-beijing: `N.<unit>：<duties>`, the unit's name and a colon over one or two duty clauses parted
    by ；.  docs/parsing.md "Lists" / run-in units: a colon may close the units' names instead of a full stop, the
    duties after it; where at least two items of the numbering kind read so, the units lead the item, its text
    the duties after the colon, its number as printed.  Truth as the fixture's: support none, no deadline."""
    q = n.q48
    clauses = [m["text"]]
    if q.random() < 0.5:
        clauses.append(words.task_text(q))
    out = []
    for c in clauses:
        c = c.rstrip("。")
        out.append((q.choice(DUTY_VERBS) if q.random() < 0.7 else "") + c)
    m["text"] = "；".join(out) + "。"
    m["support"], m["deadline"] = [], None
    return [("p", lab + "、".join(p for p, _ in m["lead"]) + "：" + m["text"])]


FIRST_RULES = ["，第一为牵头单位，下同", "，第一为牵头单位，下同", "，第一个为牵头单位，下同"]


def first_item(n, m, lab, state):
    """firstlead-dongyang: `（责任单位：A、B…）` after the item's full stop, the first such bracket adding the rule
    `，第一为牵头单位，下同`.  docs/forms.md "Conventions": the first place with no word before it, its copula
    printed, states the first-listed rule (so in this and every later bracket the first unit leads and the others
    support).  No deadline."""
    allu = m["lead"] + m["support"]
    m["lead"], m["support"], m["deadline"] = allu[:1], allu[1:], None
    br = "责任单位：" + "、".join(p for p, _ in allu)
    if not state.get("ruled"):
        br += n.q48.choice(FIRST_RULES)
        state["ruled"] = True
    return [("p", lab + m["text"] + "（" + br + "）")]


ITEMS = {"colon": colon_item, "first": first_item}


def lead_heads_draw(n, form, plain, mode48, sec_style, nested, dash, shift):
    """Headings closing with their area's lead over items printing their own (firstlead-dongyang).  Only where
    every item prints a lead (labelled, inline-label, inline-verb; not unit-colon items), two plain 一、 headings or
    more (docs/parsing.md: at least MIN_SECTION_UNIT_HEADINGS such headings, none ending like a sentence), none
    printing a count or a leaders' bracket, not nested, no 总体要求 first."""
    d = getattr(n, "d48", None)
    if d is None or not plain or mode48 == "colon" or form not in ("labelled", "inline-label", "inline-verb") \
            or len(n.sections) < 2 or sec_style != "dun" or nested or dash or shift \
            or not all(_plain_title(s) for s in n.sections) or d["leadhead"] >= P_LEADHEAD:
        return False
    n.axes.append("b48:leadhead")
    return True


def lead_head(n, s, ms):
    """The heading `一、<title>（X牵头）` (X the section's first item's lead as printed) and, half the time, an
    unnumbered goal paragraph naming no unit under it.  docs/parsing.md (headings whose items each print every role
    the heading names are section titles: they give nothing and are no measures) and the fixture: the section's
    title without the bracket (unchanged in the truth), each item's own units decide, the goal paragraph is no
    measure."""
    q = n.q48
    x = ms[0]["lead"][0][0]
    br = f"（{x}牵头）" if q.random() < 0.75 else f"（牵头单位：{x}）"
    out = [("head", s["label"] + s["title"] + br)]
    if q.random() < 0.5:
        # never in a one-line copy: a heading run into an unnumbered paragraph leaves no mark where it ends
        # (session 46's generator error, bs5491)
        n.no_oneline48 = True
        goals = q.sample(batch47.TARGETS, q.choice([1, 2]))
        out.append(("p", f"到{n.year}年，" + "，".join(batch47._fill(q, g) for g in goals) + "。"))
    return out


# ---------------------------------------------------------------- catch-alls

def _group_variants(p):
    """相关 / 有关 over a 、 run of bare places, as 各 opens one (docs/parsing.md "Place groups": distributors)."""
    if p.kind == "province":
        under = p.catchalls[0]
        return ["相关市、县政府", "相关市、县政府", "有关" + under[1:], "相关" + under[1:]]
    if p.kind == "city":
        under = p.catchalls[0]  # 各区人民政府, 各县（市、区）人民政府 …
        out = ["相关" + under[1:], "有关" + under[1:], "有关" + under[1:].replace("人民政府", "政府")]
        if "（" in under:
            out.append("有关" + under[1:].replace("人民政府", ""))  # 有关县（市、区）
        return out
    if p.kind == "district":
        return ["相关街道办事处", "有关街道", "相关街道、镇"]
    return ["有关镇（街道）", "相关镇、街道", "有关镇（街道）"]


def catchalls(n):
    """相关 / 有关 catch-alls among the supports of a government's own notice: a 各-place catch-all printed with
    相关 or 有关 instead (60 %), and a quarter of the other measures closing their supports with one.  Truth:
    tests/fixtures/README.md (`null` for a catch-all group); docs/parsing.md "Place groups" reads 相关 and 有关 as 各."""
    d = getattr(n, "d48", None)
    p = n.place
    if d is None or p.issuer != "gov" or p.kind not in ("city", "district", "cls", "province") \
            or d["catch"] >= P_CATCH:
        return
    q = n.q48
    variants = _group_variants(p)
    k = 0
    for m in n.measures:
        sup = m["support"]
        if sup and sup[-1][1] is None and sup[-1][0].startswith("各"):
            if q.random() < 0.6:
                sup[-1] = (q.choice(variants), None)
                k += 1
        elif q.random() < 0.25 or (k == 0 and m is n.measures[-1]):
            if not (sup and sup[-1][1] is None):
                sup.append((q.choice(variants), None))
                k += 1
    n.axes.append("b48:catch")


# ---------------------------------------------------------------- the page's law list

LAWS = ["中华人民共和国安全生产法", "优化营商环境条例", "中华人民共和国政府信息公开条例",
        "国务院关于加强数字政府建设的指导意见", "国务院办公厅关于进一步优化营商环境更好服务市场主体的实施意见",
        "中华人民共和国预算法实施条例", "重大行政决策程序暂行条例"]
LIST_HEADS = ["相关法规", "相关法规", "相关法规", "相关文章", "相关阅读"]


def laws(n, html):
    """byheadlead-quzhou: a law-search page's `<h3>相关法规</h3>` over the titles it links, after the last item,
    inside the content.  docs/parsing.md "Chrome" (`[boilerplate] stop_lines`: a line that is only such a heading
    ends the content, 相关文章 and 相关阅读 too).  Truth unchanged.  Returns blocks (None: not drawn)."""
    d = getattr(n, "d48", None)
    if d is None or d["laws"] >= P_LAWS:
        return None
    q = n.q48
    head = q.choice(LIST_HEADS)
    titles = [f"{n.place.name}人民政府关于印发{n.place.name}{n.year - 1}年{q.choice(words.TOPICS)}分工的通知"]
    titles += q.sample(LAWS, q.randint(1, 3))
    q.shuffle(titles)
    n.axes.append("b48:laws")
    n.no_oneline48 = True
    if html:
        lis = "".join(f'<li><a href="/law/v?id={q.randint(100, 9999)}">{t}</a></li>' for t in titles)
        return [("html", f'<div class="lawrel"><h3>{head}</h3><ul>{lis}</ul></div>')]
    return [("p", head)] + [("p", t) for t in titles]


# ---------------------------------------------------------------- a gazette's number line

def gazette(n, head, meta):
    """gazetteparas-sichuan: a gazette prints the doc number and the date in Chinese numerals on ONE line right
    under the title (`川府发〔2011〕8号　二○一一年三月十七日`), no signature and no date at the foot.  docs/parsing.md
    (`letterlines.number_line_date`: such a line keeps the issuer line in the title block and dates a notice no
    signature dates).  Only a government's letter whose title prints the issuer (the office's full name, so the
    issuer truth is as printed there) and a doc number.  Truth unchanged: doc number, the date, the issuer."""
    d = getattr(n, "d48", None)
    p = n.place
    if d is None or d["gazette"] >= P_GAZETTE or p.issuer != "gov" or p.office_short != p.office \
            or not meta["doc_number"] or not meta["title"].startswith(p.office):
        return False
    q = n.q48
    sig = n.sign_date
    date = f"{words.cn_year(sig.year)}年{words.cn_num(sig.month)}月{words.cn_num(sig.day)}日"
    if q.random() < 0.3:
        date = date.replace("○", "〇")
    out, dn, title_end = [], None, None
    for kind, text in head:
        if kind == "center" and (text.endswith("号") or text.endswith("文件")) and dn is None:
            if text.endswith("号"):
                dn = text
            continue  # the number moves under the title; a gazette prints no letterhead
        if kind == "right" and (text == p.office or re.search(r"\d|○", text)) and "此件" not in text:
            continue  # no signature, no date at the foot
        if kind == "right" and "此件" in text:
            continue
        out.append((kind, text))
        if kind == "title":
            title_end = len(out)
    if dn is None or title_end is None:
        return False
    out.insert(title_end, ("center", dn + q.choice(["　", "　", "  "]) + date))
    head[:] = out
    n.axes.append("b48:gazette")
    n.no_oneline48 = True
    return True

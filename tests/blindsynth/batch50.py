"""Session 50 axes (a twelfth stream, `blindsynth-50:<seed>`): shapes real notices of session 49's batches (README
"Batch 43", "Batch 44") print and docs/forms.md, docs/parsing.md or docs/agencies.md writes a rule for, which no earlier
axis drew.  A seed drawing none of them prints the bytes it printed before (docs/blindsynth.md "Session 50 axes").

Each axis's yes or no is drawn first, one number each, so whether one axis is drawn never moves another's; what a
drawn axis prints comes from the same stream after those numbers.

- a 序号 column printing nothing in any row (noserial-wuhu-2020, batch 44)
- a table with no unit column whose task cells close with their labels run on after the last sentence, no bracket
  (halfyear-huzhou-2023, batch 44)
- short unnumbered lines heading each of a page's tables (statuscol-luan-2024, halfyear-huzhou-2023, batch 44)
- a tool bar's leftover words over the text (`下载 我要纠错 收藏`, statuscol-luan-2024)
- a bar of links printed with pipes over a text copy (`智能问答 | 无障碍浏览 | |`, mixedscript-shaoguan-2019, batch 43)
- a text copy of a government's item list reposted alone, no letter (unlistednote-huaian-2022, batch 43)
- a letterless list whose heading is one name in 《》 and names no place, placed by its preface's `结合X实际`
  (unlistednote-huaian-2022, batch 43)
- a signature date that lost 年月日 and splits two ways (`2019116`, firstunit-xiamen-2019, batch 43)
- `牵头责任领导` for the leaders' column or line (creditsite-chuzhou-2024, batch 44)
"""

import random
import re

from . import places, words

P_EMPTYSEQ = 0.12    # of tables with a 序号 column numbered 1, 2, … (not 1-1): html, text-tab, text-bar, xlsx, docx
P_RUNON = 0.12       # of such tables with a deadline column, two unit columns, no progress or goal columns
P_BAREHEADS = 0.35   # of html tables laid out one table per section
P_TOOLBAR = 0.06     # of HTML pages and text copies (not a PDF's text, not WeChat)
P_PIPEBAR = 0.06     # of text copies (not a PDF's text, not one line, not WeChat)
P_BOOKNAME = 0.5     # of letterless text copies of item lists whose heading the session-49 axes left alone
P_OWNWORDS = 0.6     # of those, placed only by the preface's own words
P_DIGITDATE = 0.1    # of text copies of a government's letter with no page chrome around them
P_LEADWORD = 0.3     # of leader columns (分管领导) and leader lines
P_REPOST = 0.06      # of text copies of a government's item list with a letter: the list alone, reposted

AXES = ["emptyseq", "runon", "bareheads", "toolbar", "pipebar", "bookname", "ownwords", "digitdate", "leadword", "repost"]


def draw(n, seed):
    """The twelfth stream and each axis's draw (a number each, drawn whether or not the axis may apply)."""
    q = random.Random(f"blindsynth-50:{seed}")
    n.q50 = q
    n.d50 = {k: q.random() for k in AXES}


def _d(n, k):
    d = getattr(n, "d50", None)
    return 1.0 if d is None else d[k]


# ---------------------------------------------------------------- tables (html, text-tab / text-bar copies, xlsx, docx)

def table_axes(n, plan, sec_mode):
    """Drawn on a table's plan once its columns are known (forms.html_table, forms.text_table, office._table).  Returns True when the table's cells axes
    (cells.py: merged 序号 and unit cells, ditto marks) must be left off: a merge of a number no row prints or of
    a unit column the table does not have is no shape of these tables.

    - emptyseq (noserial-wuhu: a Word table's automatic numbering lost in the paste): the 序号 column stays in the
      header, every row's cell empty.  docs/forms.md "Numbering": a table whose 序号 column prints nothing in any
      row (a section row across the table does not count) numbers its measures by their place in the notice, on
      from the tables before it.  Truth: measure_no 1, 2, … over the whole notice.
    - runon (halfyear-huzhou): no unit column (序号 | 重点任务 | 完成时限); each task cell closes with its labels
      run on after the last sentence with no bracket and no line break (`……以上。牵头单位：A；配合单位：B`).
      docs/parsing.md "A task cell carrying its own clause": the first label right after a sentence's end opens
      them; the units are the row's, the clause is cut out of the measure's text.  Truth: text as drawn (it ends
      in 。), lead and support as the labels name them (`责任单位` alone only over one unit, which leads)."""
    skip = False
    if plan["seq"] and not plan.get("dash") and _d(n, "emptyseq") < P_EMPTYSEQ:
        plan["emptyseq"] = True
        for i, m in enumerate(n.measures):
            m["measure_no"] = i + 1
        n.restart = False
        n.axes.append("b50:emptyseq")
        skip = True
    if plan["dl"] and not plan["single"] and not plan.get("prog") and not plan.get("goal") \
            and _d(n, "runon") < P_RUNON:
        plan["runon"] = True
        plan["runsep"] = n.q50.choice(["；", "；", "，", "。"])
        n.axes.append("b50:runon")
        skip = True
    return skip


def runon_text(n, plan, m, sep):
    """A task cell with its labels run on (see table_axes): units listed with 、 as a paragraph lists them (a cell's
    line break, space or slash would be no run-on clause)."""
    sep = "、"
    lead = sep.join(p for p, _ in m["lead"])
    if not m["support"] and len(m["lead"]) == 1 and n.q50.random() < 0.4:
        return f"{m['text']}责任单位：{lead}"
    out = f"{m['text']}牵头单位：{lead}"
    if m["support"]:
        out += plan["runsep"] + "配合单位：" + sep.join(p for p, _ in m["support"])
    return out


def bare_heads(n, sec_mode):
    """statuscol-luan, halfyear-huzhou: one table per section, each under a short line with no number
    (`王建华副市长主抓重点工作`, or the section's name alone).  docs/parsing.md (sections over tables): where no
    numbered heading stands over any table and two or more tables each have a short unnumbered line right over
    them (no sentence end, digit, colon or bracket), all different, over tables printing the same first row, those
    lines head their tables as sections with no label, numbered by place.  Truth: label null, the title the line."""
    if sec_mode != "outside" or len(n.sections) < 2 or _d(n, "bareheads") >= P_BAREHEADS:
        return False
    q = n.q50
    if q.random() < 0.5:
        people = q.sample(words.PEOPLE, len(n.sections))
        w = n.place.word
        posts = (w + "长", "副" + w + "长")
        titles = [f"{people[i]}{posts[0] if i == 0 else q.choice([posts[1], '常务' + posts[1]])}主抓重点工作"
                  for i in range(len(n.sections))]
        if len(set(titles)) < len(titles):
            titles = [f"{people[i]}{posts[1]}主抓重点工作" for i in range(len(n.sections))]
    else:
        titles = [re.sub(r"（[^（）]*）", "", s["title"]) for s in n.sections]
        titles = [t if "主抓" in t or len(t) >= 4 else t + "工作" for t in titles]
    for s, t in zip(n.sections, titles):
        s["label"] = None
        s["title"] = t
        s.pop("leaders", None)
    n.axes.append("b50:bareheads")
    return True


def leader_word(n, word):
    """creditsite-chuzhou (滁州 2024): `牵头责任领导` where its 2020 notice printed `牵头负责领导`.  docs/forms.md
    (labelled) and docs/parsing.md: leader lines and columns name people, never units.  Truth unchanged."""
    if _d(n, "leadword") < P_LEADWORD:
        if "b50:leadword" not in n.axes:
            n.axes.append("b50:leadword")
        return "牵头责任领导"
    return word


# ---------------------------------------------------------------- chrome

TOOLBARS = ["下载 我要纠错 收藏", "下载　我要纠错　收藏", "字号: 大中小 下载 我要纠错 打印 收藏", "下载 收藏"]
LINK_BARS = ["智能问答 | 无障碍浏览 | |", "首页 | 登录 | 注册 |", "无障碍浏览 | 长者模式 | 智能问答 |",
             "登录 | 注册 | 无障碍"]


def toolbar(n):
    """statuscol-luan: a tool bar's leftover words (`下载 我要纠错 收藏`) as a line of their own over the text.
    docs/parsing.md "Chrome": a line that is only a tool bar's words is dropped.  Truth unchanged."""
    if _d(n, "toolbar") >= P_TOOLBAR:
        return None
    n.axes.append("b50:toolbar")
    return n.q50.choice(TOOLBARS)


def pipe_bar(n):
    """mixedscript-shaoguan: a bar of links a text copy prints with pipes, a line alone at the top.  docs/forms.md:
    such a bar (a pipe line with no pipe line right above or under it, its words naming no column) is chrome, no
    text grid.  Truth unchanged."""
    if _d(n, "pipebar") >= P_PIPEBAR:
        return None
    n.axes.append("b50:pipebar")
    return n.q50.choice(LINK_BARS)


# ---------------------------------------------------------------- a letterless list's heading and preface

KIND_ENDS = ("方案", "清单", "表")
PREFACES = ["为深入贯彻落实上级决策部署，推动各项工作落地见效，{own}，制定本{kind}。",
            "为确保年度目标任务顺利完成，{own}，现将重点工作任务分解如下。"]


def repost(n):
    """unlistednote-huaian: a news site's repost of a plan's list with no letter (a text copy of an item list).
    The heading then draws bookname (always) and ownwords (below)."""
    if _d(n, "repost") >= P_REPOST:
        return False
    n.axes.append("b50:repost")
    return True


def letterless_head(n, head, meta, repost=False):
    """unlistednote-huaian (淮安 2022, a news site's repost with no letter): the heading is the plan's name in 《》,
    and (ownwords) names no place, which only the preface's `结合淮安实际` gives.

    - bookname: docs/parsing.md: a heading that is ONE name in 《》 and nothing more is that name, when it opens a
      title or ends in a document's kind (the page's own title and the line over an outline).  Truth: title and
      table title the name without the marks.
    - ownwords: docs/agencies.md "A preface's own words": a notice naming no issuer that nothing else places, its
      unit names printing a local level word, is placed by `结合X实际` / `结合X的实际` (X a place printed in full or
      without its level word, one such place only).  The name drops the place (`2023年…清单`), a preface paragraph
      over the list says it; units printed with the level word only (short or full names, never the place's own name or
      bare).  Truth: the agencies as before (the place's), title and table title the name as printed.
    Only item lists (the line over an outline), only where the session-49 lead lines and site tags drew nothing."""
    if not n.table_title.endswith(KIND_ENDS) or (_d(n, "bookname") >= P_BOOKNAME and not repost):
        return False
    i = next((j for j, (k, t) in enumerate(head) if k == "title" and t == n.table_title), None)
    if i is None:
        return False
    q = n.q50
    name = n.table_title
    own = None
    if _d(n, "ownwords") < P_OWNWORDS and n.unit_style in ("short", "long") and n.place.issuer == "gov" \
            and n.place.kind in ("city", "district") \
            and n.place.name not in places.SHARED_NAMES and name.startswith(n.place.name):
        name = name[len(n.place.name):]
        p = n.place.name
        bare = p[:-1] if len(p) > 2 and p[-1] in "市区县" else p
        own = q.choice([f"结合{bare}实际", f"结合{p}的实际", f"结合{p}实际"])
    head[i] = ("title", f"《{name}》")
    meta["title"] = name
    meta["table_title"] = name
    n.table_title = name
    n.axes.append("b50:bookname")
    if own:
        pre = PREFACES[0] if name.endswith("方案") else PREFACES[1]
        head.insert(i + 1, ("indent", pre.format(own=own, kind="方案")))
        n.axes.append("b50:ownwords")
    n.no_oneline49 = True
    return True



# ---------------------------------------------------------------- a signature date's digits

def digit_date(n, blocks, meta):
    """firstunit-xiamen (厦门 2019): the signature date printed as digits that lost 年, 月 and 日 and split two ways
    (`2019116`: 1-16 or 11-6), right under the signing body's line.  docs/forms.md "Numbering and metadata": such
    digits are no date, but still stand where the date does and close the letter (the plan's name under them is the
    table title).  Only text copies with no page chrome (no shown date anywhere).  Truth: date none."""
    if _d(n, "digitdate") >= P_DIGITDATE or not meta.get("date"):
        return False
    for j in range(1, len(blocks)):
        if blocks[j - 1] == ("right", n.place.office) and blocks[j][0] == "right" \
                and re.search(r"\d{4}年|[○〇]", blocks[j][1]):
            break
    else:
        return False
    q = n.q50
    day = q.choice([11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 22, 23, 24, 25, 26, 27, 28])
    if j + 1 < len(blocks) and blocks[j + 1] == blocks[j] and "b75:datetwice" in n.axes:
        blocks[j + 1] = ("right", f"{n.year}1{day}")  # session 75: a date printed twice loses its words both times
    blocks[j] = ("right", f"{n.year}1{day}")  # 1-<day> or 11-<d> / 12-<d>
    meta["date"] = None
    n.axes.append("b50:digitdate")
    return True

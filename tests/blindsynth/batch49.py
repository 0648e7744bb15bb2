"""Session 49 axes (an eleventh stream, `blindsynth-49:<seed>`): shapes real notices of session 48's batches (README
"Batch 41", "Batch 42") print and docs/forms.md or docs/parsing.md writes a rule for, which no earlier axis drew.
A seed drawing none of them prints the bytes it printed before (docs/blindsynth.md "Session 49 axes").

Each axis's yes or no is drawn first, one number each, so whether one axis is drawn never moves another's; what a
drawn axis prints comes from the same stream after those numbers.

- topic lines closed by one full stop between items numbered on (bureaupage-xianning-2024-1):
  `着力扩大有效投资。` / `1.…` / `2.…` / `着力提振消费需求。` / `3.…`
- items numbered with the small full stop `1﹒` (glosslines-anhui-2021-1)
- an empty paragraph between every two paragraphs of a page (gazettetwo-huzhou-2022-1)
- an unnumbered letter no name signs and no date line dates, run straight into its list, dated and issued by the
  page's information line naming its body (leadlines-wuhu-2021-1)
- a repost's lead printed a phrase a line over a letterless list (issuedlines-xianning-2025-1):
  `6月24日` / `株洲市人民政府办公室` / `发布` / `株洲市…方案` / `全文内容如下`
- a site's 【】 tag before a letterless list's heading (deptprog-huainan-2025-1, flatprog-huaiyuan-2021-1)
"""

import datetime as dt
import random
import re

P_TOPICSTOP = 0.3   # of labelled / inline-label / inline-verb lists with plain 一、-less sections (see topic_stop)
P_SDOT = 0.15       # of item lists numbered 1. or 1．
P_EMPTYP = 0.12     # of HTML pages (not WeChat, not <br>-lines)
P_UNDATED = 0.07    # of HTML pages with a government's letter (not WeChat), drawing no other letter axis
P_LEADLINES = 0.4   # of letterless text copies whose list's name ends in a document's kind
P_SITETAG = 0.4     # of the other such copies

AXES = ["topicstop", "sdot", "emptyp", "undated", "leadlines", "sitetag"]


def draw(n, seed):
    """The eleventh stream and each axis's draw (a number each, drawn whether or not the axis may apply)."""
    q = random.Random(f"blindsynth-49:{seed}")
    n.q49 = q
    n.d49 = {k: q.random() for k in AXES}


def _d(n, k):
    d = getattr(n, "d49", None)
    return 1.0 if d is None else d[k]


# ---------------------------------------------------------------- topic lines closed by a full stop

def topic_stop(n, form, plain, dash, nested, shift, heads48):
    """bureaupage-xianning: the sections print as unnumbered topic lines closing with ONE full stop, between items
    numbered on across them.  docs/parsing.md "Topic lines" (a short line with no number right over an item that is a
    measure heads the items under it, numbered by its place with no label; "A topic line may close with one full
    stop … the stop stays in the section's title as a heading's does").  Only where every item prints its own units
    (labelled, inline-label, inline-verb), not nested, no dash lines, no 总体要求 first, numbers running on, at least
    three sections whose titles are plain phrases (no count, no leaders' bracket), no lead headings."""
    if _d(n, "topicstop") >= P_TOPICSTOP or not plain or dash or nested or shift or heads48 or n.restart \
            or form not in ("labelled", "inline-label", "inline-verb") or len(n.sections) < 3 \
            or not all(re.fullmatch(r"[\u4e00-\u9fff]+", s["title"]) for s in n.sections):
        return False
    for s in n.sections:
        s["label"] = None
        s["title"] = s["title"] + "。"
    n.axes.append("b49:topicstop")
    n.no_oneline49 = True  # on one line a topic line runs into the bracket over it
    return True


def topic_line(n, s):
    return (n.q49.choice(["p", "p", "indent", "head"]), s["title"])


# ---------------------------------------------------------------- 1﹒ item dots

def item_style(n, style):
    """glosslines-anhui: items numbered `1﹒` (U+FE52).  docs/parsing.md "Matching copy": the small full stop folds
    to `.`, the printed label stays and the number is 1.  Truth: measure numbers as printed."""
    if style in ("dot", "fdot") and _d(n, "sdot") < P_SDOT:
        n.axes.append("b49:sdot")
        return "sdot"
    return style


# ---------------------------------------------------------------- empty paragraphs

EMPTY_PARAS = ["<p>&nbsp;</p>", "<p><br></p>", "<p></p>", '<p style="text-align:justify">&nbsp;</p>']


def empty_para(n, brlines):
    """gazettetwo-huzhou: a gazette page sets an empty paragraph between every two paragraphs.  Returns the empty
    paragraph's markup, or None.  docs/parsing.md ("Blank lines count for nothing in the letter's windows"); truth
    unchanged."""
    if brlines or _d(n, "emptyp") >= P_EMPTYP or getattr(n, "wx49", False):
        return None
    n.axes.append("b49:emptyp")
    return n.q49.choice(EMPTY_PARAS)


# ---------------------------------------------------------------- an unnumbered, unsigned, undated letter

def undated(n, head, meta, eligible):
    """leadlines-wuhu: a government's letter with no doc number, no signature and no date line, running straight
    into its list; the page's information line `发布时间：<day> hh:mm 信息来源：<the office with its place>`.
    docs/forms.md "Numbering and metadata": such a letter that prints no date at all is dated by that line
    (`metadata._posting_date`) and, unsigned, issued by its source naming a body with its place.  No xxgk box (its
    成文日期 would date it first).  Truth: date the line's day, issuer the office, doc number none, the title as
    printed (its short issuer words taken off where they differ from the full name, as session 44's digit-date
    letter has it, so the title names no other issuer)."""
    p = n.place
    if not eligible or p.issuer != "gov" or _d(n, "undated") >= P_UNDATED:
        return False
    q = n.q49
    out = []
    for kind, text in head:
        if meta["doc_number"] and kind == "center" and (text.endswith("号") or text.endswith("文件")):
            continue  # the doc number and its letterhead: an unnumbered letter
        if kind == "right" and text == p.office:
            continue  # no name signs
        if kind == "right" and re.search(r"\d|○|〇", text) and "此件" not in text:
            continue  # no date line
        if kind == "title" and text == p.office_short and p.office_short != p.office:
            continue  # the title block's short issuer line
        out.append((kind, text))
    head[:] = out
    meta["doc_number"] = None
    old = meta["title"]
    if p.office_short != p.office and old.startswith(p.office_short + "关于"):
        meta["title"] = old[len(p.office_short):]
        head[:] = [(k, meta["title"] if k == "title" and t in (old, meta["title"]) else t) for k, t in head]
    meta["issuer"] = p.office
    post = n.sign_date + dt.timedelta(days=q.randint(1, 5))
    meta["date"] = post.isoformat()
    sep = q.choice(["　", "", "  "])  # leadlines-wuhu prints its labels run together
    n.info_line = (f"发布时间：{post.isoformat()} {q.randint(8, 17):02d}:{q.randint(0, 59):02d}{sep}"
                   f"信息来源：{q.choice(['', ' '])}{p.office}{sep}阅读次数：")
    n.no_box49 = True
    n.axes.append("b49:undated")
    return True


# ---------------------------------------------------------------- a letterless copy's heading

KIND_ENDS = ("方案", "清单", "表")  # a document's or a table's kind docs/parsing.md names (…分工表, …清单, …方案)
LEAD_VERBS = ["发布", "发布", "印发", "印发了", "出台"]
FOLLOWS = ["全文内容如下", "全文如下：", "全文如下", "详情如下"]
SITE_TAGS = ["【落实情况】", "【年度重点任务分解及完成情况】", "【市政府重点工作】", "【政策文件】", "【通知公告】"]


def letterless_head(n, head, meta):
    """A letterless text copy's heading, for a list whose name ends in a document's or a table's kind:

    - lead lines (issuedlines-xianning): the day (the year printed or not), the office, a lead verb, the list's
      name and a line saying the text follows, one a line, in place of the heading.  docs/forms.md: such lines
      read as the lead sentence naming its plan by its book title (the title the name as printed, the issuer the
      body, which names its place; the day dates it, in the year printed; with no year and no posting date the date
      is empty); docs/parsing.md: a line saying only that the text follows is passed looking for the heading, so
      the name line heads the list (table title), as a letterless page's heading does.
    - a site's tag (deptprog-huainan, flatprog-huaiyuan): `【落实情况】<the heading>`.  docs/parsing.md "A column tag
      before the title": a site's tag in 【】 before the heading is taken off when what follows ends in a document's
      or a table's kind.  Truth unchanged.
    """
    if not n.table_title.endswith(KIND_ENDS):
        return
    q = n.q49
    i = next((j for j, (k, t) in enumerate(head) if k == "title" and t == n.table_title), None)
    if i is None:
        return
    if _d(n, "leadlines") < P_LEADLINES:
        d = n.sign_date
        year = q.random() < 0.4
        day = (f"{d.year}年" if year else "") + f"{d.month}月{d.day}日"
        lines = [("p", day), ("p", n.place.office), ("p", q.choice(LEAD_VERBS)), ("title", n.table_title),
                 ("p", q.choice(FOLLOWS))]
        head[i:i + 1] = lines
        if i and head[i - 1] == ("p", "附件"):
            del head[i - 1]  # a repost's lead, no attachment's mark
        meta["issuer"] = n.place.office
        meta["date"] = d.isoformat() if year else None
        n.axes.append("b49:leadlines" + (":year" if year else ""))
    elif _d(n, "sitetag") < P_SITETAG:
        head[i] = ("title", q.choice(SITE_TAGS) + n.table_title)
        n.axes.append("b49:sitetag")
    else:
        return
    n.no_oneline49 = True  # run into one line, the heading's lines leave no mark where each ends

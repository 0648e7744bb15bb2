"""Copies of a notice other sites print (the wide axes ``mirror`` and
``text layout``, tests/synth/wide.py): a WeChat public-account article, a
law database's text copy with its attribute block, a traditional-character
mirror, and a table copied out of a PDF as pdftotext's layout mode prints
it (columns padded with spaces, long cells wrapped onto the next lines,
a page number between pages).  The words around the notice are invented.
"""
from __future__ import annotations

import html
import random
import unicodedata
from functools import lru_cache

from .compose import Plan

#: Characters a cell holds on one line of a PDF table copy, per column kind:
#: a narrow 序号 column, a wide task column, unit and deadline columns of a
#: width that cuts longer names, as the A4 tables of published attachments do.
PDF_CELL_CHARS = {"number": 3, "section": 6, "task": 16, "units": 9, "one": 12, "deadline": 7, "leader": 5,
                  "notes": 4, "person": 4}
#: Spaces between two columns of a pdftotext layout line.
PDF_GUTTER = "  "
#: A WeChat article's headline: a teaser, not the notice's title.
WECHAT_HEADLINES = ("速看！{name}{year}年{topic}出炉", "{name}发布{year}年{topic}，一图读懂↓")
WECHAT_ACCOUNTS = ("{name}发布", "{name}政务")


@lru_cache(maxsize=1)
def _s2t():
    import opencc
    return opencc.OpenCC("s2t")


def traditional(text: str) -> str:
    return _s2t().convert(text)


def to_traditional(plan: Plan) -> None:
    """Print the plan's strings in traditional characters (the canonical
    names stay: they are what the tool should resolve the names to)."""
    seen: set[int] = set()
    for m in plan.measures:
        m.text = traditional(m.text)
        m.deadline = traditional(m.deadline) if m.deadline else m.deadline
        for u in (*m.lead, *m.support):
            if id(u) not in seen:
                seen.add(id(u))
                u.printed = traditional(u.printed)
    for key in ("title", "issuer", "doc_number", "table_title", "date_printed"):
        setattr(plan, key, traditional(getattr(plan, key)))
    plan.sections = [traditional(s) for s in plan.sections]
    plan.recipients = [traditional(r) for r in plan.recipients]


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _pad(text: str, chars: int) -> str:
    return text + " " * (2 * chars - _width(text))


def _wrap(text: str, chars: int) -> list[str]:
    """A cell's text cut every ``chars`` display columns (two a Chinese
    character), as a PDF cell wraps, inside words and names."""
    out, line = [], ""
    for c in text:
        if _width(line + c) > 2 * chars:
            out.append(line)
            line = ""
        line += c
    return out + [line] if line or not out else out


def _centred(cells: list[list[str]], height: int) -> tuple[list[list[str]], int]:
    """Cells centred in their row as pdftotext prints them: a cell of k lines
    in a row of ``height`` sits k - height half-lines lower, so its lines fall
    between the taller cells' lines (a one-line cell beside a two-line one
    prints on a line of its own between them); lines nobody uses go."""
    grid = [[""] * (2 * height - 1) for _ in cells]
    for col, cell in zip(grid, cells):
        for i, line in enumerate(cell):
            col[height - len(cell) + 2 * i] = line
    used = [i for i in range(2 * height - 1) if any(col[i] for col in grid)]
    return [[col[i] for i in used] for col in grid], len(used)


def layout_kinds(axes: dict) -> list[str]:
    """The column kinds of a table's PDF copy, left to right."""
    one = axes["unit columns"] == "one, first leads"
    extra = axes.get("extra column")
    return (["section"] if axes["sections"] == "rowspan-column" else []) + ["number", "task"] + (
        ["leader"] if extra == "责任领导" else []) + (["one"] if one else ["units", "units"]) + (
        ["person"] if axes.get("person column") == "责任人" else []) + (
        ["deadline"] if axes["deadline"] != "none" else []) + (["notes"] if extra == "备注" else [])


def layout_table(plan: Plan, header_grid: list[list[str]], body: list[list[str] | str],
                 kinds: list[str]) -> list[str]:
    """pdftotext -layout lines of a table: each row's cells wrapped in their
    column, the lines padded to the column widths; a str in ``body`` is a
    line of its own (a section row across the table, a page number)."""
    widths = [PDF_CELL_CHARS[k] for k in kinds]
    out = []
    for row in [*header_grid, *body]:
        if isinstance(row, str):
            out.append(row)
            continue
        cells = [_wrap(c, w) for c, w in zip(row, widths)]
        height = max(len(c) for c in cells)
        if plan.axes.get("pdf cell align") == "middle":
            cells, height = _centred(cells, height)
        for i in range(height):
            parts = [_pad(c[i] if i < len(c) else "", w) for c, w in zip(cells, widths)]
            out.append(PDF_GUTTER.join(parts).rstrip())
    return out


def law_database(plan: Plan, rng: random.Random) -> tuple[list[str], list[str]]:
    """(lines above, lines below) of a law database's copy: the title, an
    attribute block in 【】, 正文：; related links and a copyright after."""
    dotted = plan.date.replace("-", ".")
    above = [plan.title, f"【发布部门】{plan.issuer}", f"【发文字号】{plan.doc_number}", f"【发布日期】{dotted}",
             f"【实施日期】{dotted}", "【时效性】现行有效", "【效力级别】地方规范性文件",
             f"【法规类别】{rng.choice(('政府工作综合规定', '机关工作综合规定'))}", "正文："]
    below = ["【相关文章】", f"关于做好{plan.year}年政务公开工作的通知", "©法规检索数据库 版权所有"]
    return above, below


def wechat_page(plan: Plan, rng: random.Random, letter: list[str], body_html: list[str]) -> str:
    """A public account's article reposting the notice: a teaser headline,
    the account and the time, each paragraph a <section><span>."""
    name, _, topic = plan.table_title.partition(f"{plan.year}年")
    headline = rng.choice(WECHAT_HEADLINES).format(name=name, year=plan.year, topic=topic)
    account = rng.choice(WECHAT_ACCOUNTS).format(name=name)
    esc = html.escape

    def section(text: str, center: bool = False) -> str:
        style = "text-align:center" if center else "margin:0 8px;line-height:1.75"
        return f'<section style="{style}"><span style="font-size:15px">{esc(text)}</span></section>'

    parts = ["<!DOCTYPE html>", "<html>", "<head>", '<meta charset="utf-8">',
             f'<meta property="og:title" content="{esc(headline)}">', f"<title>{esc(headline)}</title>",
             "</head>", '<body id="activity-detail" class="zh_CN wx_wap_page">',
             '<div class="rich_media_inner">',
             f'<h1 class="rich_media_title" id="activity-name">{esc(headline)}</h1>',
             '<div id="meta_content" class="rich_media_meta_list">'
             f'<a href="javascript:void(0);" id="js_name">{esc(account)}</a> '
             f'<em id="publish_time">{plan.date} {rng.randint(17, 21)}:{rng.randint(0, 59):02d}</em></div>',
             '<div class="rich_media_content" id="js_content">',
             section(f"近日，{name}印发通知，对今年重点工作逐项明确责任单位。一起来看↓")]
    parts += [section(line, center=True) for line in letter[:2]]
    parts += [section(line) for line in letter[2:-3]]
    parts += [section(line, center=True) for line in letter[-3:]]
    parts += body_html
    parts += ["</div>", section("来源：" + plan.issuer), section("编辑：融媒体中心"),
              '<a id="js_view_source" href="javascript:void(0);">阅读原文</a>', "</div>", "</body>", "</html>"]
    return "\n".join(parts) + "\n"

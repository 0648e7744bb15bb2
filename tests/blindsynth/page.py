"""The page around the body: cover letter, portal chrome, markup or text, noise, encoding."""

import datetime as dt
import re
import html as _html

from . import batch49, batch50, batch62, batch64, batch65, batch66, batch67, batch70, batch71, batch74, batch75, outline, words


def printed_date(rng, d):
    """A signature date as printed (FORMATS.md "Dates": 2014年8月8日, zero-padded, ○ numerals)."""
    r = rng.random()
    if r < 0.65:
        return f"{d.year}年{d.month}月{d.day}日"
    if r < 0.85:
        return f"{d.year}年{d.month:02d}月{d.day:02d}日"
    return f"{words.cn_year(d.year)}年{words.cn_num(d.month)}月{words.cn_num(d.day)}日"


def doc_number(rng, n):
    """(printed, truth): 〔〕 [] 【】 brackets, stray spaces (FORMATS.md "Doc numbers")."""
    k = rng.randint(1, 120)
    o, c = rng.choice([("〔", "〕")] * 5 + [("[", "]"), ("【", "】")])
    truth = f"{n.place.doc}{o}{n.year}{c}{k}号"
    sp = rng.random()
    if sp < 0.1:
        return f"{n.place.doc} {o}{n.year}{c}{k}号", truth
    if sp < 0.2:
        return f"{n.place.doc}{o}{n.year}{c}{k} 号", truth
    return truth, truth


def letter(rng, n):
    """(blocks before the body, metadata truth)."""
    meta = {"doc_number": None, "title": None, "issuer": None, "date": None, "recipients": [],
            "table_title": n.table_title}
    sig = dt.date(n.year, rng.randint(1, 4), rng.randint(1, 28))
    n.sign_date = sig
    if n.letterless:
        meta["title"] = n.table_title
        head = [("p", "附件")] if rng.random() < 0.5 else []
        return head + [("title", n.table_title)], meta
    title = (n.place.office_short if rng.random() < 0.6 else "") + f"关于印发{n.table_title}的通知"
    meta["title"] = title
    blocks = []
    dn = None
    if rng.random() < 0.9:
        dn, meta["doc_number"] = doc_number(rng, n)
    docpos = rng.choice(["before", "after"])
    if dn and docpos == "before":
        if rng.random() < 0.4:
            blocks.append(("center", n.place.office_short + "文件"))  # letterhead: no part of the title
        blocks.append(("center", dn))
    if title.startswith(n.place.office_short) and rng.random() < 0.3:
        # the issuer as the title block's first line (fixtures README "title": joined)
        blocks.append(("title", n.place.office_short))
        blocks.append(("title", title[len(n.place.office_short):]))
        n.axes.append("title-2-lines")
    else:
        blocks.append(("title", title))
    if dn and docpos == "after":
        blocks.append(("center", dn))
    rec_line, rec = rng.choice(n.place.recipients)
    meta["recipients"] = rec
    blocks.append(("recip", rec_line))  # never wrapped: a line break separates two recipients
    body = f"《{n.table_title}》已经{n.place.gov}同意，现印发给你们，请认真贯彻落实。"
    if n.letter_convention:
        body += rng.choice(["各项任务中列第一位的单位为牵头单位，其他为配合单位。",
                            "责任单位中排在第一位的为牵头单位，其他为配合单位。"])
    if rng.random() < 0.4:
        body += f"各牵头单位要于每季度末将工作进展情况报{n.place.gov}督查室。"
    blocks.append(("indent", body))
    if n.xrng is not None:
        blocks += outline.letter_points(n.xrng, n)
    if rng.random() < 0.5:
        blocks.append(("indent", f"附件：{n.table_title}"))
    blocks.append(("right", n.place.office))
    blocks.append(("right", printed_date(rng, sig)))
    meta["issuer"] = n.place.office
    meta["date"] = sig.isoformat()
    if rng.random() < 0.5:
        blocks.append(("right", rng.choice(["（此件公开发布）", "（此件主动公开）"])))
    if rng.random() < 0.5:
        blocks.append(("p", "附件"))
    blocks.append(("center", n.table_title))
    return blocks, meta


# ---------------------------------------------------------------- chrome (holdout notes' portals)

def chrome(rng, n, title):
    post = n.sign_date + dt.timedelta(days=rng.randint(1, 12))
    site = n.place.site if rng.random() < 0.7 else f"中国{n.place.name}"
    top = [
        f"{site}门户网站",
        rng.choice(["首页 | 政务公开 | 政务服务 | 互动交流 | 走进" + n.place.name,
                    "首页 政务公开 政务服务 互动交流"]),
        rng.choice(["当前位置：首页 > 政务公开 > 政府文件", "您现在的位置：首页 > 信息公开 > 通知公告"]),
    ]
    info = rng.choice([
        f"发布时间：{post.isoformat()} {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}　来源：{n.place.office}　浏览次数：",
        f"发布日期：{post.isoformat()}　信息来源：{n.place.src}　【字体：大 中 小】",
        f"时间：{post.isoformat()}　来源：本网　点击：{rng.randint(100, 3000)}",
    ])
    if getattr(n, "info_line", None):
        info = n.info_line  # session 44: the source line of a letter no name signs (realnoise.digit_date)
    else:
        info = batch62.info_line(n, post.isoformat(), n.place.office if "来源：本网" in info else info_source(info)) or info
    box = None
    if rng.random() < 0.3:  # xxgk info box (leadercol-taizhou, sectiontables-yinzhou)
        box = [("索引号", f"0{rng.randint(10000000, 99999999)}/{n.year}-{rng.randint(10000, 99999)}"),
               ("发布机构", n.place.office), ("成文日期", n.sign_date.isoformat()),
               ("主题分类", "综合政务")]
    if getattr(n, "no_box49", False):
        box = None  # session 49: an undated letter's page prints no box (its 成文日期 would date it)
    box = batch65.info_box(n, box, post.isoformat())  # session 65: 成文日期 empty, 发文字号 无
    top = batch65.editor_frame(n, top)  # session 65: a news portal's crumbs
    box = batch66.info_box(n, box, post.isoformat())  # session 66: two fields a row (蔡甸区, 木洞镇)
    info = batch66.numhead_info(n, info, post.isoformat())  # session 66: 来源:… under a heading printing the number
    top, info, box = batch67.chrome(n, top, info, box, post.isoformat(), title)  # session 67: 泾县's portal
    box = batch74.info_box(n, box, post.isoformat())  # session 74: the box as a list, each label over its value
    box = batch75.info_box(n, box)  # session 75: a 关键词 field naming the place, 人民政府 and the plan's words
    bottom = [
        rng.choice(["【打印本页】【关闭窗口】", "【打印】【关闭】", "打印本页 | 关闭窗口"]),
        rng.choice(["分享到：微信 微博 QQ空间", "扫一扫在手机打开当前页", ""]),
        rng.choice(["相关链接：国务院办公厅关于进一步优化营商环境的意见", ""]),
        f"主办：{n.place.office}　承办：{n.place.full}大数据中心",
        rng.choice(["网站地图 | 联系我们 | 隐私声明", "建议使用1920×1080分辨率浏览"]),
    ]
    return top, info, box, [b for b in bottom if b]


def info_source(info):
    """The source an information line names (session 62 prints the same source in brackets)."""
    m = re.search(r"来源：(\S+)", info)
    return m.group(1) if m else ""


def esc(s):
    return _html.escape(s, quote=False)


def render_html(rng, n, title, blocks, charset_decl):
    top, info, box, bottom = chrome(rng, n, title)
    brlines = rng.random() < 0.15  # the content as <br>-lines in one div (holdout batch 8a)
    indent = rng.choice(["text-indent:2em", "", "nbsp"])
    out = ["<!DOCTYPE html>", "<html>", "<head>"]
    if charset_decl:
        out.append(f'<meta http-equiv="Content-Type" content="text/html; charset={charset_decl}">')
    out.append(f"<title>{esc(title)}{rng.choice(['', '_' + n.place.site])}</title>")
    out += ["</head>", "<body>", f'<div class="top">{esc(top[0])}</div>',
            f'<div class="nav">{esc(top[1])}</div>', f'<div class="crumb">{esc(top[2])}</div>']
    rows66 = batch74.box_rows(n, box, True) or batch67.box_rows(n, box, True) or batch66.box_rows(n, box, True)  # sessions 66, 67: two fields a row
    if rows66:
        out.append(rows66)
    elif box:
        out.append('<table class="xxgk">' + "".join(
            f"<tr><td>{esc(k)}：</td><td>{esc(v)}</td></tr>" for k, v in box) + "</table>")
    else:
        fields = batch64.field_box(n, info)
        if fields:  # session 64: the metadata box as a list of `[label] value` fields
            out.append('<ol class="doc-info">' + "".join(f"<li>{esc(f)}</li>" for f in fields) + "</ol>")
    out.append(f'<h1 class="title">{esc(batch70.heading(n, batch66.heading(n, title)))}</h1>')  # session 66: (the doc number)
    out.append(f'<div class="info">{esc(info)}</div>')
    if batch66.views_line(n):
        out.append(f'<div class="views">{esc(batch66.views_line(n))}</div>')  # session 66: 浏览量:N | | | |
    tool = batch50.toolbar(n)  # session 50: a tool bar's leftover words over the text
    if tool and n.q50.random() < 0.5:
        out.append(f'<div class="tool">{esc(tool)}</div>')
        tool = None
    layout = rng.random() < 0.15  # the content inside a layout table (layout-sanshui)
    wordp = rng.random() < 0.2  # Word-pasted paragraphs, digits in lang=EN-US spans (starlead-longwan)
    n.axes += ["layout-table" * layout, "word-p" * wordp, "br-lines" * brlines]
    if layout:
        out.append('<table width="100%"><tr><td width="180"><table><tr><td>政务公开</td></tr>'
                   '<tr><td>政府文件</td></tr><tr><td>通知公告</td></tr></table></td><td>')
    out.append('<div class="content" id="zoom">')
    for _, t in batch62.lawdb_lines(n):
        out.append(f"<p>{esc(t)}</p>")  # session 62: a law database's fields over the letter
    if tool:
        out.append(f"<p>{esc(tool)}</p>")
    buf = []
    empty = batch49.empty_para(n, brlines)  # session 49: an empty paragraph between every two
    first = True
    for kind, text in blocks:
        if empty and not first:
            out.append(empty)
        first = False
        if kind == "html":
            if buf:
                out.append("<div>" + "<br>\n".join(buf) + "</div>")
                buf = []
            out.append(text)
            continue
        t = esc(text)
        if wordp and kind != "title":
            t = re.sub(r"([0-9]+)", r'<span lang="EN-US">\1</span>', t)
            t = f'<span style="font-family:仿宋_GB2312;font-size:16pt">{t}</span>'
        if kind in ("title", "head"):
            t = f"<strong>{t}</strong>"
        if brlines:
            buf.append(("&nbsp;" * 4 if kind == "indent" else "") + t)
            continue
        style = {"center": ' style="text-align:center"', "title": ' style="text-align:center"',
                 "right": ' style="text-align:right"'}.get(kind, "")
        if kind in ("indent", "p", "head") and indent == "text-indent:2em":
            style = ' style="text-indent:2em"'
        if kind in ("indent", "p") and indent == "nbsp":
            t = "&nbsp;&nbsp;&nbsp;&nbsp;" + t
        if wordp:
            style = ' class="MsoNormal"' + style
        out.append(f"<p{style}>{t}</p>")
    if buf:
        out.append("<div>" + "<br>\n".join(buf) + "</div>")
    ed = batch65.editor_line(n)
    if ed:
        out.append(f"<p>{esc(ed)}</p>")  # session 65: the news portal's line after the text
    out.append("</div>")
    if layout:
        out.append("</td></tr></table>")
    out += [f"<div class=\"foot\">{esc(b)}</div>" for b in bottom]
    out += ["</body>", "</html>"]
    return "\n".join(out) + "\n"


def render_text(rng, n, title, blocks, page_copy, wrappable=False, oneline=False, plain=False, noisy=False):
    """noisy (session 45, batch33.P_NOISY): the page's chrome, a hard wrap, a blank line after every line
    and trailing spaces all at once, as real mirror copies stack them."""
    lines = []
    # session 50: a bar of links printed with pipes at the top, a tool bar's leftover words over the text
    bar = None if plain or oneline else batch50.pipe_bar(n)
    tool = None if plain or oneline else batch50.toolbar(n)
    if bar:
        lines.append(bar)
    if page_copy:
        top, info, box, bottom = chrome(rng, n, title)
        lines += top
        if box:
            lines += batch74.box_rows(n, box, False) or batch67.box_rows(n, box, False) or batch66.box_rows(n, box, False) or [f"{k}：{v}" for k, v in box]
        lines += [batch70.heading(n, batch66.heading(n, title)), info] + ([batch66.views_line(n)] if batch66.views_line(n) else [])
    if tool:
        lines.append(tool)
    ind = rng.random() < 0.4
    # a browser's save wrapped at a fixed width (holdout batch 15b/17b: 72 columns, 36 characters)
    wrap = rng.randint(30, 38) if wrappable and (rng.random() < 0.15 or noisy) else 0
    if getattr(n, "unwrapped51", False):
        wrap = 0  # session 51: a cut item or a damaged doc number is printed in a copy with no hard wrap (batch51.py)
    n.axes.append(f"wrap:{wrap}" if wrap else "")
    for kind, text in blocks:
        if kind in ("indent",) and ind:
            text = "　　" + text
        while wrap and kind in ("indent", "p", "head") and len(text) > wrap:
            lines.append(text[:wrap])
            text = text[wrap:]
        lines.append(text)
    if page_copy:
        ed = batch65.editor_line(n)
        if ed:
            lines.append(ed)  # session 65: the news portal's line after the text
        lines += bottom
    blank = rng.random() < 0.3 or noisy  # a blank line after every line (WeChat / browser copies)
    trail = rng.random() < 0.1 or noisy
    if plain:  # a box-drawn or pdftotext copy keeps its lines as drawn (textgrid.py)
        blank = trail = False
    out = []
    for ln in lines:
        out.append(ln + (" " if trail and "\t" not in ln and ln else ""))
        if blank:
            out.append("")
    if oneline:
        # a mirror that dropped every line break (oneline-dawa): the whole notice on one line
        n.axes.append("one-line")
        return batch71.join_lines(n, lines) + "\n"  # session 71: a law site's copy parts them by a space
    nl = "\r\n" if rng.random() < 0.2 else "\n"
    return nl.join(out) + nl

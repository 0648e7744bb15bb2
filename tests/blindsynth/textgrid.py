"""Text tables whose cells wrap inside their column (session 41 axes, drawn from the third stream).

- text-box: a Word table saved as text / a law site's copy drawn with box characters (boxdraw-dali:
  ┌─┬─┐ │ ├─┼─┤ └─┴─┘, a letter-spaced header 工 作 任 务, every cell wrapped at its column's width INSIDE
  words and unit names: 完成环|湖截污, 州卫生|局; docs/forms.md text-box).  Widths are counted as a CJK
  font prints them: a box-drawing character and a Chinese character two columns, an ASCII one.  A
  section row is a cell across the table between ├─┴─┤ and ├─┬─┤ lines.
- pdftotext -layout (form text-sp: pdflayout-luan, pdfwrap-nanchong, pdfannex-guangshan): every cell at
  its column's position, counted in characters as pdftotext prints them, long cells wrapped onto the
  next lines (市经济和信息化|局, 2020年1|2月底前), section lines at the left edge, the header letter-spaced
  or not, and now and then a page break: a footer `— 2 —`, a form feed, the running header (the table's
  title pushed right) and the header printed again.
Truth: the wrapped pieces of a cell join with nothing between them (boxdraw-dali, pdflayout-luan), so
the truth is the cell's text as drawn before wrapping.
"""

import unicodedata

P_BOX = 0.5      # of text-bar draws: the copy is a box-drawn table instead
P_LAYOUT = 0.5   # of text-sp draws: the copy is pdftotext -layout's

# column widths (in CJK characters) by header word; the task column is the widest
WIDTHS = {"序号": 2, "工作任务": 12, "重点任务": 12, "主要任务": 12, "具体工作任务": 12, "工作内容": 12,
          "牵头单位": 6, "牵头部门": 6, "责任单位": 7, "配合单位": 8, "协办单位": 8, "配合部门": 8,
          "完成时限": 5, "完成时间": 5, "时间节点": 5, "分管领导": 4, "责任人": 6, "备注": 3}


def dwidth(s):
    # a CJK font draws the ambiguous-width characters (─ │ “ ” ①) two columns wide, as Chinese ones
    return sum(2 if unicodedata.east_asian_width(c) in "WFA" else 1 for c in s)


def wrap(text, width, measure):
    """Pieces of at most `width` (by `measure`), cut anywhere, as a cell's line breaks fall."""
    out, cur = [], ""
    for c in text:
        if cur and measure(cur + c) > width:
            out.append(cur)
            cur = ""
        cur += c
    out.append(cur)
    return out


def spaced(word):
    return " ".join(word)


def box(rng_y, n, cols, rows):
    """Lines of a box-drawn table. rows: ("sec", heading) | ("row", cells)."""
    ws = [WIDTHS.get(c, 6) for c in cols]
    if "序号" not in cols:
        pass
    head = [spaced(c) if c in ("工作任务", "重点任务", "主要任务") and rng_y.random() < 0.6 else c for c in cols]

    def rule(left, mid, right):
        return left + mid.join("─" * w for w in ws) + right

    def line(pieces):
        return "│" + "│".join(p + " " * (2 * w - dwidth(p)) for p, w in zip(pieces, ws)) + "│"

    def cells_lines(cells):
        wrapped = [wrap(c, 2 * w, dwidth) for c, w in zip(cells, ws)]
        k = max(len(x) for x in wrapped)
        return [line([x[i] if i < len(x) else "" for x in wrapped]) for i in range(k)]

    full = 2 * sum(ws) + 2 * (len(ws) - 1)  # the merged cell's width: the columns and their inner bars
    out = [rule("┌", "┬", "┐")] + cells_lines(head)
    prev_sec = False
    for kind, body in rows:
        if kind == "sec":
            out.append(rule("├", "┴", "┤"))
            for piece in wrap(body, full, dwidth):
                out.append("│" + piece + " " * (full - dwidth(piece)) + "│")
            prev_sec = True
            continue
        out.append(rule("├", "┬" if prev_sec else "┼", "┤"))
        prev_sec = False
        out += cells_lines(body)
    out.append(rule("└", "┴", "┘"))
    return out


LAYOUT_GAP = 4


def layout(rng_y, n, cols, rows):
    """Lines of pdftotext -layout's copy (positions in characters)."""
    ws = [WIDTHS.get(c, 6) + (1 if c != "序号" else 2) for c in cols]
    starts, x = [], 1
    for w in ws:
        starts.append(x)
        x += w + LAYOUT_GAP

    def place(pieces):
        s = ""
        for p, st in zip(pieces, starts):
            if not p:
                continue
            s += " " * max(st - len(s), 1 if s else 0) + p
        return s.rstrip()

    head_words = [spaced(c) if len(c) >= 4 and rng_y.random() < 0.5 else c for c in cols]
    header = place(head_words)
    break_at = rng_y.randint(2, 4) if rng_y.random() < 0.5 else None
    out, k = [header], 0
    for kind, body in rows:
        if kind == "sec":
            out.append(body)
            continue
        k += 1
        if break_at and k == break_at + 1:
            out += ["", " " * 33 + "— 2 —", "\f" + " " * 30 + n.table_title, "", header]
        wrapped = [wrap(c, w, len) for c, w in zip(body, ws)]
        h = max(len(p) for p in wrapped)
        for i in range(h):
            out.append(place([p[i] if i < len(p) else "" for p in wrapped]))
    n.axes.append("layout-page-break" if break_at else "")
    return out

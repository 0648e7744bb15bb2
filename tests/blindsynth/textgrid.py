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
P_CENTRED = 0.5  # of pdftotext -layout copies (session 42): cells centred vertically in their rows
P_BOX_SPAN = 0.3  # of box-drawn tables (session 42): one unit cell spans two or three task rows

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


def box(rng_y, n, cols, rows, span=None):
    """Lines of a box-drawn table. rows: ("sec", heading) | ("row", cells); span: (column, [indexes of
    consecutive rows], centred) — that column's cell is ONE cell over those rows (session 42)."""
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
    span_col, span_rows, span_mid = span or (None, [], False)
    for ri, (kind, body) in enumerate(rows):
        if ri in span_rows[1:]:
            continue  # drawn with the span's first row
        if ri == (span_rows[:1] or [None])[0]:
            out.append(rule("├", "┬" if prev_sec else "┼", "┤"))
            prev_sec = False
            out += span_block([rows[j][1] for j in span_rows], span_col, span_mid, ws, line)
            continue
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


def span_block(bodies, col, mid, ws, line):
    """Rows whose cell in `col` is merged over all of them: the rules between them leave that column
    open (┤ before it, ├ after it), and its text, wrapped in its column, stands at the block's top or
    centred in its height (Word's vertical alignment), on whatever lines fall there."""
    entries = []
    for k, cells in enumerate(bodies):
        if k:
            entries.append(None)  # the rule between two rows
        cs = list(cells)
        cs[col] = ""
        wrapped = [wrap(c, 2 * w, dwidth) for c, w in zip(cs, ws)]
        h = max(len(x) for x in wrapped)
        entries += [[x[i] if i < len(x) else "" for x in wrapped] for i in range(h)]
    text = wrap(bodies[0][col], 2 * ws[col], dwidth)
    while sum(e is not None for e in entries) < len(text):
        # the merged cell wraps to more lines than its rows print: the last row grows (seed 5598 of
        # main's generator stopped with an IndexError here)
        entries.append(["" for _ in ws])
    # the text stands on the block's text lines only, never on a rule between two rows (a copy draws
    # its rules whole): centred among those lines when the cell is centred
    slots = [i for i, e in enumerate(entries) if e is not None]
    top = (len(slots) - len(text)) // 2 if mid else 0
    at = {slots[top + k]: piece for k, piece in enumerate(text)}
    out = []
    for i, e in enumerate(entries):
        if e is not None:
            e[col] = at.get(i, "")
            out.append(line(e))
            continue
        s = "│" if col == 0 else "├"
        for j, w in enumerate(ws):
            s += " " * (2 * w) if j == col else "─" * w
            if j + 1 < len(ws):
                s += "┤" if j + 1 == col else ("├" if j == col else "┼")
        out.append(s + ("│" if col == len(ws) - 1 else "┤"))
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
    # session 42 (fourth stream): a PDF whose cells are centred vertically in their rows prints a short
    # cell on the middle line of a tall row (pdflayout-linchuan's centred project cells)
    zrng = getattr(n, "zrng", None)
    centred = zrng is not None and zrng.random() < P_CENTRED
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
        top = [(h - len(p)) // 2 if centred else 0 for p in wrapped]
        for i in range(h):
            out.append(place([p[i - t] if 0 <= i - t < len(p) else "" for p, t in zip(wrapped, top)]))
    n.axes.append("layout-page-break" if break_at else "")
    n.axes.append("layout-centred" if centred else "")
    return out

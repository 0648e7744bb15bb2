"""Transposed tables (session 43): one measure a column and one place a row, as a city's 民生实事
targets print them (transposed-meishan, README batch 24).  What the tool promises of them is docs/forms.md
"A transposed table": a row of group names over the columns (the sections, printed with no number:
label null, numbered by place), a row naming each measure with its unit of count, a row headed 责任单位
(or 牵头单位 and 配合单位 rows together) naming each column's units, a unit's cell spanning the columns it
shares, perhaps a 完成时限 row, then 全市 and each district with the column's figure (never units, never
measures).  The columns print no number: the measures are numbered by place.  Drawn from the fifth
stream (`blindsynth-w:<seed>`) for a city's own html-table notice only (its districts name the rows).
"""

import html as _html

P_TRANSPOSED = 0.12  # of a city government's html-table notices
MIN_COLUMNS = 6  # the fixture's tables print 7 and 6 measure columns; fewer is not drawn
MAX_COLUMNS = 9

# indicators with their unit of count (own words; the fixture's shape: 城镇新增就业（人）)
INDICATORS = ["城镇新增就业（人）", "失业人员再就业（人）", "补贴性职业技能培训（万人次）", "新增学位（个）",
              "改造老旧小区（个）", "新建社区养老服务中心（个）", "农村户厕改造（户）", "新建改建农村公路（公里）",
              "城镇污水管网建设（公里）", "适龄妇女两癌免费筛查（人）", "新增停车泊位（个）", "困难群众临时救助（人次）",
              "新建城市书房（个）", "危房改造（户）", "新增普惠托育托位（个）", "建设充电桩（个）"]
# group names over the columns (own words)
GROUPS = ["促进就业创业", "办好人民教育", "提升健康水平", "完善社会保障", "改善人居环境", "便利群众出行"]
# a place's row that prints a word among its figures (forms.md: 应补尽补)
WORD_FIGURES = ["应补尽补", "完成年度目标任务", "全覆盖"]


def esc(s):
    return _html.escape(s, quote=False)


def draws(wrng, n, key):
    """Whether this notice prints its measures as a transposed table."""
    return (key == "html-table" and n.place.kind == "city" and n.place.issuer == "gov"
            and len(n.measures) >= MIN_COLUMNS and wrng.random() < P_TRANSPOSED)


def html_table(wrng, n):
    """The blocks of the table (and the truth fixed to it: sections, numbers, texts, roles)."""
    k = min(len(n.measures), wrng.randint(MIN_COLUMNS, MAX_COLUMNS))
    ms = n.measures[:k]
    n.measures = ms
    # two or three groups of at least two columns each
    n_groups = 2 if k < 8 else wrng.choice([2, 3])
    cuts = sorted(wrng.sample(range(2, k - 1), n_groups - 1)) if n_groups > 1 else []
    while any(b - a < 2 for a, b in zip([0] + cuts, cuts + [k])):
        cuts = sorted(wrng.sample(range(2, k - 1), n_groups - 1))
    titles = wrng.sample(GROUPS, n_groups)
    n.sections = [{"no": i + 1, "label": None, "title": t} for i, t in enumerate(titles)]
    n.restart = False
    texts = wrng.sample(INDICATORS, k)
    bounds = [0] + cuts + [k]
    roles = wrng.choice(["责任单位", "lead+sup"])
    dl_row = wrng.random() < 0.3
    for i, m in enumerate(ms):
        m["measure_no"] = i + 1
        m["section_no"] = next(g + 1 for g in range(n_groups) if bounds[g] <= i < bounds[g + 1])
        m["text"] = ("★" if wrng.random() < 0.15 else "") + texts[i]
        m["lead"] = m["lead"][:2]
        if roles == "责任单位":
            m["support"] = []  # one role row: the responsible units lead (docs/forms.md conventions)
        else:
            m["support"] = m["support"][:2]
        # a unit's cell spanning the columns it shares (the fixture's colspan=3)
        if i and wrng.random() < 0.3 and ms[i - 1]["section_no"] == m["section_no"]:
            m["lead"] = ms[i - 1]["lead"]
            if roles != "责任单位":
                m["support"] = ms[i - 1]["support"]
        m["deadline"] = (m["deadline"] or "年底前") if dl_row else None
    n.axes.append(f"transposed:{roles}{'+dl' if dl_row else ''}")

    def spans(cells):
        """Runs of equal neighbouring cells within a group: (text, colspan)."""
        out = []
        for i, c in enumerate(cells):
            if out and out[-1][0] == c and ms[i]["section_no"] == ms[i - 1]["section_no"]:
                out[-1][1] += 1
            else:
                out.append([c, 1])
        return out

    def td(text, span=1, rowspan=1):
        a = (f' colspan="{span}"' if span > 1 else "") + (f' rowspan="{rowspan}"' if rowspan > 1 else "")
        return f"<td{a}><p>{esc(text) if text else '&nbsp;'}</p></td>"

    sep = wrng.choice(["、", "、", "，"])
    rows = ["<tr>" + td("地区", rowspan=2) + "".join(
        td(n.sections[g]["title"], span=bounds[g + 1] - bounds[g]) for g in range(n_groups)) + "</tr>",
            "<tr>" + "".join(td(m["text"]) for m in ms) + "</tr>"]
    role_rows = [("责任单位", "lead")] if roles == "责任单位" else [("牵头单位", "lead"), ("配合单位", "support")]
    for word, field in role_rows:
        head = f"<td><p>{word[:2]}</p><p>{word[2:]}</p></td>" if wrng.random() < 0.4 else td(word)
        cells = [sep.join(p for p, _ in m[field]) for m in ms]
        rows.append("<tr>" + head + "".join(td(c, span=s) for c, s in spans(cells)) + "</tr>")
    if dl_row:
        rows.append("<tr>" + td("完成时限") + "".join(td(c, span=s) for c, s in spans([m["deadline"] for m in ms]))
                    + "</tr>")
    places = ["全市"] + [p[:-len("人民政府")] for p, _ in n.place.lower][:wrng.randint(3, 6)]
    for pi, pl in enumerate(places):
        cells = []
        for i, m in enumerate(ms):
            r = wrng.random()
            if pi == 0 and r < 0.1:
                cells.append(wrng.choice(WORD_FIGURES))
            elif pi and r < 0.15:
                cells.append("")
            elif "万" in m["text"]:
                cells.append(f"{wrng.randint(1, 40) / 10:g}")
            else:
                cells.append(str(wrng.randint(1, 90) * (10 if pi == 0 else 1)))
        rows.append("<tr>" + td(pl) + "".join(td(c) for c in cells) + "</tr>")
    table = ('<table border="1" cellspacing="0" cellpadding="0" width="100%">\n' + "\n".join(rows)
             + "\n</table>")
    blocks = [("html", table)]
    if any(m["text"].startswith("★") for m in ms):
        blocks.append(("p", "注：标★的为省定民生实事指标。"))
    return blocks

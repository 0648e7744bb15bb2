"""A 民生实事 project table (session 42, fourth stream): the 序号 cell MERGED TOGETHER WITH the 项目名称 cell
over the project's sub-rows, each sub-row a task with its own units (mssub-baota, projmerge-xuanhua,
pdflayout-linchuan; the .docx of batch 19B whose 序号 and project are merged over two rows each).

Truth by tests/fixtures/README.md "measure_no": the printed number numbers the group, not a row.  The group is
a section (`no` and `label` the number as printed, `title` the merged name), and the rows are numbered by their
place in the notice, 1..n.  Every project here holds two or three rows, so no number stands for one row alone.
"""

import html as _html

P_PROJECT = 0.12  # of html tables and .docx attachments

PROJECTS = ["城区老旧小区改造工程", "农村饮水安全巩固提升工程", "公办幼儿园建设项目", "城乡公交一体化项目",
            "智慧停车场建设项目", "社区居家养老服务提升工程", "背街小巷整治提升工程", "中小学校舍改扩建工程",
            "农贸市场升级改造项目", "全民健身设施补短板工程", "城市内涝治理工程", "公共法律服务体系建设"]
TASK_WORDS = ["建设内容", "主要任务", "工作任务", "目标任务"]


def plan(rng, n):
    """Group the measures into projects of two or three rows; rewrite the truth's sections and numbers."""
    ms = n.measures
    sizes, left = [], len(ms)
    while left:
        k = 3 if left == 3 or (left > 4 and rng.random() < 0.4) else 2
        if left < 2:
            sizes[-1] += left
            break
        sizes.append(min(k, left))
        left -= sizes[-1]
    names = rng.sample(PROJECTS, len(sizes))
    n.sections, i = [], 0
    groups = []
    for no, (k, name) in enumerate(zip(sizes, names), 1):
        n.sections.append({"no": no, "label": str(no), "title": name})
        groups.append(ms[i:i + k])
        for m in ms[i:i + k]:
            m["section_no"] = no
        i += k
    for j, m in enumerate(ms, 1):
        m["measure_no"] = j  # numbered by place: the printed number is the project's
    n.restart = False
    cols = ["序号", "项目名称", rng.choice(TASK_WORDS), "牵头单位", rng.choice(["配合单位", "责任单位"])]
    dl = rng.random() < 0.8
    if dl:
        cols.append("完成时限")
    else:
        for m in ms:
            m["deadline"] = None
    n.axes.append(f"project-merge:{'/'.join(map(str, sizes))}")
    return cols, groups, dl


def _cells(m, dl, sep):
    cs = [m["text"], sep.join(p for p, _ in m["lead"]), sep.join(p for p, _ in m["support"])]
    return cs + ([m["deadline"]] if dl else [])


def html_table(rng, n):
    cols, groups, dl = plan(rng, n)
    sep = rng.choice(["、", "、", "<br>"])
    esc = lambda s: _html.escape(s, quote=False).replace("&lt;br&gt;", "<br>")  # noqa: E731
    th = rng.random() < 0.5
    tag = "th" if th else "td"
    out = '<table border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">\n<tbody>\n'
    out += "<tr>" + "".join(f"<{tag}>{esc(c)}</{tag}>" for c in cols) + "</tr>\n"
    for no, ms in enumerate(groups, 1):
        for k, m in enumerate(ms):
            row = ""
            if k == 0:
                row += f'<td rowspan="{len(ms)}">{no}</td><td rowspan="{len(ms)}">{esc(n.sections[no - 1]["title"])}</td>'
            row += "".join(f"<td>{esc(c)}</td>" for c in _cells(m, dl, sep))
            out += f"<tr>{row}</tr>\n"
    out += "</tbody></table>"
    return [("html", out)]


def docx_table(rng, n, d):
    """The same table in a python-docx Document `d` (w:vMerge over the project's rows)."""
    cols, groups, dl = plan(rng, n)
    sep = rng.choice(["、", "\n"])
    rows = sum(len(g) for g in groups)
    t = d.add_table(rows=1 + rows, cols=len(cols))
    t.style = "Table Grid"
    for c, h in enumerate(cols):
        t.cell(0, c).text = h
    r = 1
    for no, ms in enumerate(groups, 1):
        t.cell(r, 0).text = str(no)
        t.cell(r, 1).text = n.sections[no - 1]["title"]
        for k, m in enumerate(ms):
            for c, v in enumerate(_cells(m, dl, sep), 2):
                t.cell(r + k, c).text = v
        t.cell(r, 0).merge(t.cell(r + len(ms) - 1, 0))
        t.cell(r, 1).merge(t.cell(r + len(ms) - 1, 1))
        r += len(ms)

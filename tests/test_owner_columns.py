"""A project table's owner column (项目业主, 业主单位, 建设单位) is never its task column.

A county's list of key projects prints each project's name, its stage and money, the body that
owns or builds it, then the units the notice assigns it to (牵头单位 | 配合单位, or one 责任单位).
With no content column the project's name is the task; the owner's cells, a company's long name,
run longer than the stage and the figures, and were taken for the task while the names became
one section each (the generator's session-58 cause: 业主单位 and 建设单位 were not known as
owner words; 项目业主 read right through its 项目).  tests/fixtures/README.md "A project's owner
beside the column that assigns it"; holdout ownercol-yushan, buildercol-yiling.  Own projects and
bodies, another place.
"""
from __future__ import annotations

import pytest

from extractor.engine.extract import extract
from extractor.parse.roles import names_owner

NAMES = ["江北污水处理厂三期工程", "县中医院住院楼建设项目", "城南小学新建项目", "农产品冷链物流中心项目"]
#: firms' names, longer than the stage and the figures (a bureau owns row 3, and leads it too)
OWNERS = ["某县城市建设投资集团有限公司", "某县健康产业投资发展有限公司", "县教育局", "某县供销冷链物流有限公司"]
UNITS = [("县住房和城乡建设局", "县生态环境局"), ("县卫生健康局", "县财政局"), ("县教育局", "县自然资源局"),
         ("县商务局", "县农业农村局")]


def _page(owner_word: str, one_unit_column: bool, th: bool = False) -> bytes:
    units = ["责任单位"] if one_unit_column else ["牵头单位", "配合单位"]
    header = ["序号", "项目名称", "建设性质", "总投资（万元）", "年度计划投资（万元）", owner_word, *units]
    cell = "th" if th else "td"
    rows = ["<tr>" + "".join(f"<{cell}>{h}</{cell}>" for h in header) + "</tr>"]
    for i, (name, owner, (lead, support)) in enumerate(zip(NAMES, OWNERS, UNITS), 1):
        unit_cells = [f"{lead}、{support}"] if one_unit_column else [lead, support]
        row = [str(i), name, "新建" if i % 2 else "续建", str(9000 + 1000 * i), str(3000 + 500 * i), owner, *unit_cells]
        rows.append("<tr>" + "".join(f"<td>{t}</td>" for t in row) + "</tr>")
    return ("<html><head><meta charset='utf-8'></head><body><div class='content'>"
            "<p>某县2022年重点项目建设责任分工表</p>"
            f"<table>{''.join(rows)}</table></div></body></html>").encode("utf-8")


@pytest.mark.parametrize("one_unit_column", [False, True])
@pytest.mark.parametrize("owner_word", ["业主单位", "建设单位", "项目业主", "项目法人"])
def test_the_owner_column_is_no_task_and_no_unit(owner_word, one_unit_column):
    n = extract(_page(owner_word, one_unit_column, th=owner_word == "业主单位"), name="p.html")
    assert [(m.measure_no, m.section_no, m.text) for m in n.measures] == [(i, None, t) for i, t in enumerate(NAMES, 1)]
    assert n.sections == ()
    for m, owner in zip(n.measures, OWNERS):
        units = [a.name for a in (*m.lead, *m.support)]
        assert owner not in units or owner == "县教育局"   # row 3's owner is also its lead
    lead = [[a.name for a in m.lead] for m in n.measures]
    if one_unit_column:
        assert lead == [list(u) for u in UNITS]
    else:
        assert lead == [[u[0]] for u in UNITS]
        assert [[a.name for a in m.support] for m in n.measures] == [[u[1]] for u in UNITS]


@pytest.mark.parametrize("header, owner", [("业主单位", True), ("建设单位", True), ("项目业主", True),
                                           ("项目法人", True), ("责任单位", False), ("建设内容", False),
                                           ("建设性质", False), ("项目名称", False)])
def test_what_names_an_owner(header, owner):
    assert names_owner(header) is owner

"""The synthetic-notice generator (tests/synth, docs/synth.md): deterministic,
its truth consistent with what it prints, and three notices whose truth was
checked by hand against the printed page."""
import io
import re

import pytest

import synth
from synth.compose import AXES, ITEM_NUMBERING

#: Seeds of every container and medium, read by the consistency checks.
SAMPLE = range(1, 61)


def _printed(s: synth.Synth) -> str:
    """The notice's visible text: a page's or copy's characters, or every
    cell and paragraph of an office file."""
    if s.suffix in (".html", ".txt"):
        text = s.data.decode("gb18030" if s.truth["axes"]["encoding"] == "gbk" else "utf-8")
        return re.sub(r"<[^>]+>", "\n", text)
    if s.suffix == ".docx":
        import docx
        doc = docx.Document(io.BytesIO(s.data))
        cells = [c.text for t in doc.tables for row in t.rows for c in row.cells]
        return "\n".join([p.text for p in doc.paragraphs] + cells)
    import openpyxl
    wb = openpyxl.load_workbook(io.BytesIO(s.data))
    return "\n".join(str(c.value) for ws in wb for row in ws.iter_rows() for c in row if c.value)


def test_same_seed_same_notice():
    for seed in SAMPLE:
        a, b = synth.notice(seed), synth.notice(seed)
        assert a.truth == b.truth and a.suffix == b.suffix
        if a.suffix in (".html", ".txt"):
            assert a.data == b.data
        else:  # the zip stamps the time of writing; the content is the same
            assert _printed(a) == _printed(b)


def test_seeds_differ_and_cover_every_container_and_medium():
    notices = [synth.notice(seed) for seed in synth.SEEDS]
    assert len({n.data for n in notices}) == len(notices)
    pairs = {(n.truth["axes"]["container"], n.truth["axes"]["medium"]) for n in notices}
    assert {c for c, _ in pairs} == {"table", "labelled", "inline-label", "inline-verb", "sentence",
                                     "leading-clause"}
    assert {m for _, m in pairs} == {"html", "txt", "docx", "xlsx"}
    assert all(set(AXES) <= set(n.truth["axes"]) for n in notices)


@pytest.mark.parametrize("seed", SAMPLE)
def test_truth_is_printed(seed):
    """Every measure's text, unit name and deadline stands in the notice, and
    every printed unit has an expected outcome (a canonical or a group)."""
    s = synth.notice(seed)
    text = _printed(s)
    truth = s.truth
    for m in truth["measures"]:
        assert m["text"] in text
        for name in (*m["lead"], *m["support"]):
            assert name in text
            assert name in truth["agencies"]
        if m["deadline"]:
            assert m["deadline"] in text
    printed = {u for m in truth["measures"] for u in (*m["lead"], *m["support"])}
    assert printed == set(truth["agencies"])
    place = truth["axes"]["place"]
    for name, canonical in truth["agencies"].items():
        assert canonical is None or canonical.startswith(place), (name, canonical)
        if canonical is None:
            assert name.startswith(("各", "相关")) or "有关" in name, name
    if s.suffix in (".html", ".txt"):
        for key in ("doc_number", "title", "issuer"):
            assert truth[key] in text.replace("\n", "") or truth["axes"]["spacing"] == "one-line"


# Three notices read by hand (python -m synth --show SEED prints them): the
# truth below was written from the printed page, not copied from the program.

def _measure(no, section, text, lead, support, deadline):
    return {"measure_no": no, "section_no": section, "text": text, "lead": lead, "support": support,
            "deadline": deadline}


def test_hand_checked_table_with_section_column():
    """Seed 4: a 仪陇县 page, a table whose first column (类别) spans each
    section's rows, units joined by 和, a group closing each support cell."""
    s = synth.notice(4)
    truth = s.truth
    assert s.suffix == ".html" and truth["axes"]["sections"] == "rowspan-column"
    assert truth["doc_number"] == "仪府办发〔2020〕18号" and truth["date"] == "2020-03-07"
    assert truth["measures"] == [
        _measure(1, 1, "完成地质灾害隐患点治理3处。", ["县农业农村局"], ["县司法局", "各乡镇人民政府"], "持续推进"),
        _measure(2, 1, "开展审计项目2个，推动问题整改。", ["县退役军人事务局"], ["县应急管理局", "县级有关部门"],
                 "长期坚持"),
        _measure(3, 2, "推广政务服务事项网上办理，新增事项50项。", ["县财政局"], ["县市场监管局", "各乡镇人民政府"],
                 "长期坚持"),
        _measure(4, 3, "培育规模以上工业企业3家。", ["县人力资源社会保障局"], ["县司法局", "各乡镇人民政府"], "长期坚持"),
    ]
    assert truth["agencies"] == {
        "县农业农村局": "仪陇县农业农村局", "县司法局": "仪陇县司法局", "各乡镇人民政府": None,
        "县退役军人事务局": "仪陇县退役军人事务局", "县应急管理局": "仪陇县应急管理局", "县级有关部门": None,
        "县财政局": "仪陇县财政局", "县市场监管局": "仪陇县市场监督管理局",
        "县人力资源社会保障局": "仪陇县人力资源和社会保障局"}


def test_hand_checked_verb_bracket_district_notice():
    """Seed 6: a 成都市武侯区 page, items ① under 一、 headings closing with
    （[由]X牵头，相关部门参与|配合，…月底前完成）; the 区 of 区发改局 carries
    over to 应急管理局 in one 、 run."""
    truth = synth.notice(6).truth
    assert truth["axes"]["container"] == "inline-verb"
    assert [m["section_no"] for m in truth["measures"]] == [1, 1, 1, 2, 2]
    assert truth["measures"][1] == _measure(2, 1, "新建口袋公园6个，增加城市绿地。", ["区发改局", "应急管理局"],
                                            ["相关部门"], "10月底前完成")
    assert truth["measures"][3] == _measure(4, 2, "推进法律服务进社区，建设公共法律服务站8个。", ["区教育局"],
                                            ["相关部门"], "10月底前完成")
    agencies = truth["agencies"]
    assert agencies["应急管理局"] == "成都市武侯区应急管理局"
    assert agencies["区发改局"] == "成都市武侯区发展和改革局"
    assert agencies["区人社局"] == "成都市武侯区人力资源和社会保障局"
    assert agencies["相关部门"] is None


def test_hand_checked_labelled_notice_with_deng():
    """Seed 12: a text copy (CRLF) of labelled items 1﹒, units joined by 及,
    each support list closing with 等部门 (not a unit)."""
    truth = synth.notice(12).truth
    assert truth["issuer"] == "成都市武侯区人民政府办公室"
    assert truth["doc_number"] == "武府办发〔2021〕3号" and truth["date"] == "2021-03-07"
    assert truth["measures"][0] == _measure(1, None, "完成退役军人服务站规范化建设7个。", ["区统计局"],
                                            ["区发改局", "区审计局"], "10月底前")
    assert truth["measures"][2] == _measure(3, None, "推进中小学校建设，新增学位800个。", ["区农业农村局"],
                                            ["区应急局", "区发改局", "区市场监管局"], "10月底前")
    assert len(truth["measures"]) == 4
    agencies = truth["agencies"]
    assert agencies["区市场监管局"] == "成都市武侯区市场监督管理局"
    assert agencies["区退役军人局"] == "成都市武侯区退役军人事务局"
    assert agencies["区住房城乡建设局"] == "成都市武侯区住房和城乡建设局"
    assert not any("等" in name for name in agencies)


def test_numbering_prints_as_named():
    from synth.render import item_number, section_label
    assert [item_number(3, style) for style in ITEM_NUMBERING] == [
        "3.", "3、", "3．", "3﹒", "（3）", "(3)", "③"]
    assert section_label(2) == "二、" and section_label(2, "（一）") == "（二）"


def test_zero_total_is_not_measured():
    from synth.score import share
    assert share(0, 0) == "not measured"
    assert share(3, 4).startswith("3/4")

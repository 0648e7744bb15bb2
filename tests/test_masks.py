"""Unit names a repost masked (``****分局``, ``县**局``): kept as printed, unresolved, no lead mark, a warning
(tests/fixtures/README.md "Masked names"; holdout maskedunits-county, batch 62)."""
import pytest

from extractor import extract
from extractor.text import is_masked


@pytest.mark.parametrize("name,masked", [
    ("****分局", True), ("县**局", True), ("县×局", True), ("××局", True), ("县局**", True),
    ("市财政局", False), ("★市发改委", False), ("市发改委*", False), ("*市发改委", False), ("市发改委（牵头）", False),
])
def test_a_run_of_marks_or_one_inside_a_name_is_a_mask(name, masked):
    # one sign before or after a name is a lead mark (assign.toml lead_mark), never a mask
    assert is_masked(name) is masked


def _page(rows):
    cells = "".join(f"<tr><td>{n}</td><td>{t}</td><td>{u}</td><td>2025年11月底前</td></tr>" for n, t, u in rows)
    return ("<html><body><h1>2025年**县某某重点工作任务清单</h1><table><tr><td>序号</td><td>工作任务</td>"
            f"<td>责任单位</td><td>完成时限</td></tr>{cells}</table></body></html>")


PAGE = _page([(1, "任务甲。", "****分局牵头，各有关部门按照职责分工负责"),
              (2, "任务乙。", "****体育局、县**局、县财政局按职责分工负责"),
              (3, "任务丙。", "★县教育局、县财政局")])


def test_masked_names_are_kept_as_printed_unresolved_and_warned_of():
    notice = extract(PAGE.encode("utf-8"), name="p.html")
    rows = [([(r.name, r.match) for r in m.lead], [r.name for r in m.support]) for m in notice.measures]
    # before, the leading marks were read as a lead mark and cut (分局, 体育局), and 县**局 supported
    assert rows[0] == ([("****分局", "unresolved")], ["各有关部门"])
    assert rows[1][0] == [("****体育局", "unresolved"), ("县**局", "unresolved"), ("县财政局", "unresolved")]
    assert rows[1][1] == []
    assert [r.name for r in notice.measures[2].lead] == ["县教育局"]   # a single ★ still marks the lead
    warned = [w for w in notice.warnings if "masked" in w]
    assert len(warned) == 1 and "****分局" in warned[0] and "县**局" in warned[0]


def test_a_notice_without_masks_gives_no_mask_warning():
    notice = extract(PAGE.replace("****", "某某").replace("**", "某").encode("utf-8"), name="p.html")
    assert not [w for w in notice.warnings if "masked" in w]


@pytest.mark.parametrize("name", ["****教育局", "***政府", "**公安厅", "＊＊财政局", "教育局**", "、****教育局"])
def test_a_mask_at_a_names_edge_is_no_list_noise_stripped_before_resolving(resolver, name):
    # a mask opening or closing the name hid the place's words: before, the edge characters (which hold * and ＊
    # for ★-style marks) were stripped first and the rest resolved to the notice's own body (株洲市教育局)
    ref = resolver.resolve(name, city="株洲市", date="2024-03-01")
    assert (ref.match, ref.canonical, ref.name) == ("unresolved", None, name)


def test_a_single_mark_at_a_names_edge_still_goes_before_resolving(resolver):
    ref = resolver.resolve("*教育局", city="株洲市", date="2024-03-01")
    assert ref.canonical == "株洲市教育局"


MARKED = ("<html><body><h1>2025年某县重点工作任务清单</h1><table><tr><td>序号</td><td>工作任务</td><td>责任单位</td>"
          "<td>完成时限</td></tr><tr><td>1</td><td>任务甲。</td><td>***局（牵头）、县财政局</td><td>2025年11月底前</td></tr>"
          "<tr><td>2</td><td>任务乙。</td><td>县教育局（牵头）、****分局</td><td>2025年11月底前</td></tr>"
          "<tr><td>3</td><td>任务丙。</td><td>县**局（牽頭）、县财政局</td><td>2025年11月底前</td></tr></table></body></html>")


def test_a_lead_mark_after_a_masked_name_marks_it_and_goes():
    # the mask's stars are no ★-style mark, but a （牵头） after a masked name is one: before, the mark was neither read
    # nor cut (***局（牵头） supported, its name not found), as any masked unit was taken to carry no mark
    notice = extract(MARKED.encode("utf-8"), name="p.html")
    rows = [([r.name for r in m.lead], [r.name for r in m.support]) for m in notice.measures]
    assert rows == [(["***局"], ["县财政局"]), (["县教育局"], ["****分局"]), (["县**局"], ["县财政局"])]


def test_the_warning_tests_distinct_names_once_as_each_reference_was_tested():
    """perf55b: ``_masked_names_warning`` tests a page's distinct names, and none at all when their joined text holds
    no mask character; the same warning as testing every lead and support reference (the former reading, here)."""
    import random
    from types import SimpleNamespace

    from extractor.engine.extract import _masked_names_warning
    from extractor.text import MASK_CHARS

    def former(measures):
        masked = sorted({r.name for m in measures for r in (*m.lead, *m.support) if is_masked(r.name)})
        return masked

    rng = random.Random(55)
    words = ["市", "县", "区", "财政", "教育", "局", "委", "分局", "办", *MASK_CHARS, *MASK_CHARS, "×", " "]
    for _ in range(3000):
        def ref():
            return SimpleNamespace(name="".join(rng.choice(words) for _ in range(rng.randint(1, 6))))
        measures = [SimpleNamespace(lead=tuple(ref() for _ in range(rng.randint(0, 3))),
                                    support=tuple(ref() for _ in range(rng.randint(0, 3))))
                    for _ in range(rng.randint(0, 4))]
        want = former(measures)
        got = _masked_names_warning(measures)
        if not want:
            assert got == ()
        else:
            assert len(got) == 1 and got[0].startswith(f"{len(want)} unit name(s) are masked")
            assert "、".join(want[:5]) in got[0]


@pytest.mark.parametrize("name,unit", [
    ("****心", True), ("县**队", True), ("**村局", True), ("****教育局", True),
    ("****中心建设", False), ("新建**", False), ("**加快推进新建", False), ("县财政", False),
])
def test_a_masked_name_showing_only_its_kinds_last_characters_ends_like_a_unit(name, unit):
    """``****心`` (the mask hid the body's words and the 中 of 中心): a unit name, so a list parted by ，keeps it
    (session 70's kept-back bs25685; holdout maskedtail-county-2024-1).  Before, it ended no unit and was dropped."""
    from extractor.parse.unitlists import ends_like_unit
    assert ends_like_unit(name) is unit


def test_a_masked_name_after_a_comma_in_a_label_line_is_kept():
    page = ("<html><body><h1>2024年**县重点任务分工</h1><p>1.推行企业开办集成办理。</p>"
            "<p>牵头单位：县市场监管局，****心</p><p>配合单位：县税务局</p><p>完成时限：2024年6月底前</p>"
            "<p>2.推进标准地出让。</p><p>牵头单位：县自然资源局</p><p>配合单位：县发改局，****心</p></body></html>")
    ms = extract(page.encode("utf-8"), name="p.html").measures
    assert [[u.name for u in m.lead] for m in ms] == [["县市场监管局", "****心"], ["县自然资源局"]]
    assert [[u.name for u in m.support] for m in ms] == [["县税务局"], ["县发改局", "****心"]]

"""The text layer every text-form parser reads: folding, chrome, line-break repair."""
import pytest

from extractor.layout.locate import clean_text_lines, locate_content
from extractor.parse.forms import parse_body
from extractor.parse.runon import split_run_on
from extractor.parse.hardwraps import join_hard_wraps
from extractor.parse.breakrepair import repair_breaks
from extractor.parse.textlayer import join_bare_labels, prepare
from extractor.source.decode import decode_bytes
from extractor.parse.labels import starts_with_label
from extractor.text import fold
from extractor.chrome import strip_chrome
from extractor.numbering import split_numbering

from conftest import make_raw


def located(text: str, path: str = "n.txt"):
    return locate_content(decode_bytes(make_raw(text.encode("utf-8"), path=path)))


def test_fold_keeps_length_and_folds_widths_and_dots():
    text = "１﹒推进（一）：　Ａ·"
    assert len(fold(text)) == len(text)
    assert fold(text) == "1.推进(一): A."


@pytest.mark.parametrize("text,label,rest", [
    ("1﹒推进园区建设", "1﹒", "推进园区建设"),
    ("１．推进园区建设", "１．", "推进园区建设"),
    ("2·引进项目", "2·", "引进项目"),
    ("（１）建成厂房", "（１）", "建成厂房"),
])
def test_item_labels_with_odd_dots_keep_the_label_as_printed(text, label, rest):
    _kind, _rank, no, printed, after = split_numbering(text)
    assert (printed, after) == (label, rest) and no in (1, 2)


def test_a_number_inside_a_sentence_is_no_label():
    assert split_numbering("1.5亿元投资") is None


@pytest.mark.parametrize("text,label,no,rest", [
    ("1-1 建成高标准农田", "1-1", 1, "建成高标准农田"),
    ("2.3建成厂房", "2.3", 3, "建成厂房"),
    ("3－12　打造园区", "3－12", 12, "打造园区"),
])
def test_items_numbered_by_section_and_place(text, label, no, rest):
    kind, _rank, got_no, printed, after = split_numbering(text)
    assert (kind, printed, got_no, after) == ("snum", label, no, rest)


@pytest.mark.parametrize("text", ["1.5万亩农田", "2.5%以上", "1.1.1 子项", "2021-2025年规划", "1-2月完成"])
def test_a_quantity_or_a_range_opening_a_line_is_no_section_place_number(text):
    found = split_numbering(text)
    assert found is None or found[0] != "snum"


@pytest.mark.parametrize("text", ["2.6萬畝林地", "3.2億元資金", "1.5個百分點", "4.8萬噸糧食"])
def test_a_quantity_printed_in_traditional_characters_is_no_section_place_number(text):
    """A mirror or a traditional copy prints the quantity word in traditional characters (萬 億
    個): the number before it is a quantity as in simplified (2.6万亩), not an item 2.6."""
    found = split_numbering(text)
    assert found is None or found[0] != "snum"


def test_a_run_on_deep_outline_keeps_a_level_restarting_under_each_heading():
    """一、 > （一） > 1. > （1） run into one line: a （一） or a 1. alone under its heading (a section
    of one) still starts a line; a lone 一、 inside a word (统一、) does not."""
    line = ("请统一、规范执行。一、守牢安全底线（一）完善机制1.补齐短板（1）甲局牵头，建成站点5个。（2）由乙局负责，新建项目4个。"
            "2.强化示范（1）由丙局负责，培训700人次。二、扩大投资（一）提质增效1.强化带动（1）由丁局负责，治理河道7公里。")
    assert repair_breaks(line, lost_breaks=True) == [
        "请统一、规范执行。", "一、守牢安全底线", "（一）完善机制", "1.补齐短板", "（1）甲局牵头，建成站点5个。",
        "（2）由乙局负责，新建项目4个。", "2.强化示范", "（1）由丙局负责，培训700人次。", "二、扩大投资", "（一）提质增效",
        "1.强化带动", "（1）由丁局负责，治理河道7公里。"]


def test_a_run_on_notice_numbered_by_section_and_place_is_split_at_its_numbers():
    line = ("方案如下。一、推进城乡建设1-1 完成治理2处。牵头部门：市应急局完成时限：11月底前1-2 引进企业4家。"
            "牵头部门：市公安局二、守牢安全底线2-1 开展专项整治，2021-2022年排查50处。牵头部门：市住建局")
    assert repair_breaks(line, lost_breaks=True) == [
        "方案如下。", "一、推进城乡建设", "1-1 完成治理2处。", "牵头部门：市应急局", "完成时限：11月底前",
        "1-2 引进企业4家。", "牵头部门：市公安局", "二、守牢安全底线", "2-1 开展专项整治，2021-2022年排查50处。",
        "牵头部门：市住建局"]


@pytest.mark.parametrize("line,kept", [
    ("【打印】 【字体：大 中 小", ""),
    ("【打印】 【字体：大 中 小】 某县关于印发任务分工的通知", "某县关于印发任务分工的通知"),
    ("发布日期：2023-09-01 来源：某县 【字体：大 中 小】 打印本页", "发布日期：2023-09-01 来源：某县"),
    ("打印整页 打印内容 分享", ""),
    ("关闭窗口", ""),
    ("分享到：微信 微博", ""),
    ("采购打印机一批，分享经验", "采购打印机一批，分享经验"),
    # a tool bar: what is left once 字号 and 打印 are cut is tool words only (holdout statuscol-luan, batch 44)
    ("字号: 大中小 下载 我要纠错 打印 收藏", ""),
    ("字号: 大中小 下载附件后填报 打印", "下载附件后填报"),
    # the tool words alone on their line, no control cut (blindsynth session 50 cause 1); one word alone stays
    ("下载 我要纠错 收藏", ""),
    ("下载\u3000收藏", ""),
    ("下载", "下载"),
    ("下载 申请表", "下载 申请表"),
])
def test_chrome_is_removed_wherever_it_sits(line, kept):
    assert strip_chrome(line) == kept


def test_a_run_on_notice_is_split_at_its_own_numbering():
    line = ("请认真贯彻落实。 一、重点任务 1.推进园区建设。（县发改局牵头，县财政局配合） "
            "2.引进项目，增长3.5%。（县商务局牵头） 二、保障措施 3.建成厂房。（县住建局牵头）")
    assert repair_breaks(line, lost_breaks=True) == [
        "请认真贯彻落实。", "一、重点任务", "1.推进园区建设。（县发改局牵头，县财政局配合）",
        "2.引进项目，增长3.5%。（县商务局牵头）", "二、保障措施", "3.建成厂房。（县住建局牵头）"]


def test_a_run_on_notice_is_split_before_its_label_lines():
    """Label lines that lost their breaks begin again where their label word and colon
    stand; a label inside the item's bracket and one a recipients list names are left."""
    line = ("各牵头单位、责任单位：现印发给你们。一、主要目标（一）全区生产总值增长6%责任单位：区发改局"
            "（二）新增就业1万人牵头单位：区人社局配合单位：区财政局（三）建成厂房。〔责任单位：区住建局〕")
    assert repair_breaks(line, lost_breaks=True) == [
        "各牵头单位、责任单位：现印发给你们。", "一、主要目标", "（一）全区生产总值增长6%", "责任单位：区发改局",
        "（二）新增就业1万人", "牵头单位：区人社局", "配合单位：区财政局", "（三）建成厂房。〔责任单位：区住建局〕"]
    assert repair_breaks("（一）全区生产总值增长6%责任单位：区发改局") == ["（一）全区生产总值增长6%责任单位：区发改局"]


def test_a_run_on_notice_loses_its_page_footers_and_its_closing_signature():
    """A PDF copy's page footer inside the run-on text becomes a line of its own (the
    locate stage drops it); a signature run into the last unit list is cut off it at
    the longest name the notice printed before (its title names the issuer)."""
    line = ("某某县人民政府关于印发重点任务分解的通知 一、目标 1.推进园区建设。责任单位：县发改局、各乡镇"
            "— — — 2 —2.建成厂房。责任单位：县住建局、县财政局某某县人民政府2020年5月18日")
    assert split_run_on(line)[-7:] == [
        "1.推进园区建设。", "责任单位：县发改局、各乡镇", "— — — 2 —", "2.建成厂房。",
        "责任单位：县住建局、县财政局", "某某县人民政府", "2020年5月18日"]
    unsigned = ("关于印发分解的通知 各县人民政府： 一、目标 1.推进园区建设。"
                "责任单位：县发改局、县财政局某某县人民政府2020年5月18日")
    assert split_run_on(unsigned)[-1] == "责任单位：县发改局、县财政局某某县人民政府2020年5月18日"


def test_an_item_keeps_its_inner_list():
    line = "1.推进园区建设，分两步：（1）规划；（2）建设，分别在年内完成。（县发改局牵头，县财政局配合）"
    assert repair_breaks(line) == [line]
    assert repair_breaks(line, lost_breaks=False) == [line]


def test_two_items_on_one_line_are_split_even_in_a_notice_with_breaks():
    line = "3.推进园区建设。（县发改局牵头） 4.建成厂房。（县住建局牵头）"
    assert repair_breaks(line) == ["3.推进园区建设。（县发改局牵头）", "4.建成厂房。（县住建局牵头）"]


def test_a_notice_with_its_line_breaks_is_left_alone():
    loc = located("某县通知\n一、重点任务\n1.推进园区建设。（县发改局牵头）\n")
    assert prepare(loc) is loc


def test_a_one_line_notice_gives_the_same_measures_as_the_broken_one():
    lines = ["某县人民政府办公室关于印发重点工作任务分工方案的通知", "各乡镇人民政府，县直各单位：",
             "现将方案印发给你们，请认真贯彻落实。", "一、重点任务",
             "1﹒推进园区建设。（县发改局牵头，县财政局配合）", "2﹒引进项目。（县商务局牵头，县财政局配合）",
             "二、保障措施", "3﹒建成标准厂房。（县住建局牵头）"]
    broken = parse_body(located("\n".join(lines)))
    joined = parse_body(located("【打印】 【字体：大 中 小\n" + " ".join(lines)))
    assert [(m.measure_no, m.text, m.lead_cells, m.support_cells) for m in joined.measures] == [
        (1, "推进园区建设。", ("县发改局",), ("县财政局",)),
        (2, "引进项目。", ("县商务局",), ("县财政局",)),
        (3, "建成标准厂房。", ("县住建局",), ())]
    assert joined.measures == broken.measures


def test_blank_lines_inside_an_item_change_nothing():
    inline = ["某县通知", "一、重点任务", "1.推进园区建设。（县发改局牵头，", "", "县财政局配合）"]
    parsed = parse_body(located("\n".join(inline)))
    assert [(m.measure_no, m.lead_cells, m.support_cells) for m in parsed.measures] == [
        (1, ("县发改局",), ("县财政局",))]
    labelled = ["某县通知", "一、重点任务", "2.引进项目。", "", "牵头单位：县商务局", "", "配合单位：县财政局、", "",
                "县税务局"]
    parsed = parse_body(located("\n".join(labelled)))
    assert [(m.measure_no, m.lead_cells, m.support_cells) for m in parsed.measures] == [
        (2, ("县商务局",), ("县财政局、县税务局",))]


@pytest.mark.parametrize("line,mark", [("续表", True), ("（续表）", True), ("续表2", True), ("接上表", True),
                                       ("续表中的任务", False), ("1", False)])
def test_a_table_continuation_mark_is_recognised(line, mark):
    from extractor.parse.textlayer import is_continuation_mark
    assert is_continuation_mark(line) is mark


def test_a_number_on_its_own_line_is_joined_to_the_text_under_it():
    """A PDF copy sets 1. on a line and the item's text on the next; the number is not the
    last words of the heading above it."""
    lines = ["一、扩大投资", "1.", "", "新开工项目30个。（牵头单位：县发改局）", "（2）", "2.完成投资。"]
    assert join_bare_labels(lines) == ["一、扩大投资", "1.新开工项目30个。（牵头单位：县发改局）", "（2）",
                                       "2.完成投资。"]


def test_a_label_closing_an_items_line_takes_the_line_under_it():
    """An editor broke the paragraph right after the label's colon (labelbreak-yuetang, bs17552): the units
    under it are the label's value.  A label with its units, a numbered next line, or a colon closing no
    label's word stays as it was."""
    lines = ["2．开展筛查8000人次。责任单位：", "", "区卫生健康局、区妇联。", "3．改造服务站5个。责任单位：区卫生健康局。"]
    assert join_bare_labels(lines) == ["2．开展筛查8000人次。责任单位：区卫生健康局、区妇联。",
                                       "3．改造服务站5个。责任单位：区卫生健康局。"]
    assert join_bare_labels(["1.开展筛查。责任单位：", "2.改造服务站。"]) == ["1.开展筛查。责任单位：", "2.改造服务站。"]
    assert join_bare_labels(["现将有关事项通知如下：", "一、总体要求"]) == ["现将有关事项通知如下：", "一、总体要求"]
    assert join_bare_labels(["请各单位按以下要求：", "认真落实。"]) == ["请各单位按以下要求：", "认真落实。"]


@pytest.mark.parametrize("lines,joined", [
    (["1.压缩审批时限至30个工作日", "。（牵头单位：市住建局）"], ["1.压缩审批时限至30个工作日。（牵头单位：市住建局）"]),
    (["配合单位：市税务局", "", "、市公安局"], ["配合单位：市税务局、市公安局", ""]),      # across a blank line
    (["　　2.开通班列新线路2条", "；（市商务局负责）"], ["　　2.开通班列新线路2条；（市商务局负责）"]),  # an indented paragraph
    # a pdftotext layout: a cell's rest set under its column, and a row of columns, stay as they are
    (["  1   开展审计      县审计局", "                    、县财政局"],
     ["  1   开展审计      县审计局", "                    、县财政局"]),
    (["1  开展审计  县审计局", "、县财政局"], ["1  开展审计  县审计局", "、县财政局"]),
    (["| 1 | 开展审计 |", "。"], ["| 1 | 开展审计 |", "。"]),
    # the gap a PDF's text layer sets after an article's number parts no cells (articlewrap-chaling, bs17244)
    (["第六条  新增厂房面积达8万平方米", "。（牵头单位：县工信局）"], ["第六条  新增厂房面积达8万平方米。（牵头单位：县工信局）"]),
    (["第六条\u3000\u3000新增厂房面积达8万平方米", "。（牵头单位：县工信局）"],
     ["第六条\u3000\u3000新增厂房面积达8万平方米。（牵头单位：县工信局）"]),
    (["（一）加强监管", "（1）压缩时限。"], ["（一）加强监管", "（1）压缩时限。"]),      # brackets open lines
    # a number's sign goes on with the digit it follows, across a blank-spaced copy's blank (bs8509)
    (["3、市人社局：新增就业4500人，失业率控制在7 ", "", "%以内。"], ["3、市人社局：新增就业4500人，失业率控制在7%以内。", ""]),
    (["目标值为百分之", "%以内"], ["目标值为百分之", "%以内"]),      # under no digit it is a line of its own
])
def test_a_mark_no_line_opens_with_goes_on_the_line_above(lines, joined):
    from extractor.parse.formlines import join_line_start_marks
    assert join_line_start_marks(lines) == joined


def test_a_text_wrapped_at_a_fixed_width_is_joined_back():
    """Lines of exactly the widest length, several of them, go on in the next line (a phone's copy
    wrapped at 20 characters here); a line that opens an item or a label does not continue the one above."""
    first = "1.推进老旧小区改造，完成改造112个。（牵头单位：市住建局；配合单位：市财政局、市自然资源和规划局）"
    second = "2.完成城区排涝管网改造18公里，新建泵站2座和调蓄池一处，消除易涝点。"
    lines = [p[k:k + 20] for p in (first, second) for k in range(0, len(p), 20)] + ["牵头单位：市水利局"]
    assert sum(len(x) == 20 for x in lines) >= 3
    assert join_hard_wraps(lines) == [first, second, "牵头单位：市水利局"]
    # a notice with its own breaks has one longest line: nothing is joined
    assert join_hard_wraps(["一、总体要求", "1.某某工作要点。", "牵头单位：市发改委"]) == \
        ["一、总体要求", "1.某某工作要点。", "牵头单位：市发改委"]


def test_a_run_on_notice_numbered_with_circled_digits_is_split_at_them():
    """①②③ continue their sequence as 1. 2. 3. do; the first item of a section follows its
    title with nothing between them (before, the items ran together)."""
    line = ("（一）提升民生保障①建成厂房。（牵头单位：省住建厅）②引进项目。（牵头单位：省商务厅）"
            "（二）促进产业发展③新建园区2个。（牵头单位：省发展改革委）")
    assert repair_breaks(line, lost_breaks=True) == [
        "（一）提升民生保障", "①建成厂房。（牵头单位：省住建厅）", "②引进项目。（牵头单位：省商务厅）",
        "（二）促进产业发展", "③新建园区2个。（牵头单位：省发展改革委）"]


@pytest.mark.parametrize("head,lines", [
    # the title printed above its doc number: the number does not take the title's tail
    ("某省人民政府办公厅关于印发重点任务分工方案的通知某政办函〔2020〕40号",
     ["某省人民政府办公厅关于印发重点任务分工方案的通知", "某政办函〔2020〕40号"]),
    # a portal's box run in front: the title follows the second doc number
    ("文号：某府办发〔2023〕23号发布日期：2023-01-27 16:01某府办发〔2023〕23号某区人民政府办公室关于印发重点任务分工方案的通知",
     ["文号：某府办发〔2023〕23号", "发布日期：2023-01-27 16:01某府办发〔2023〕23号",
      "某区人民政府办公室关于印发重点任务分工方案的通知"]),
    # a print bar run into the doc number is cut off it and dropped, not the doc number with it
    ("【字体：默认 超大 | 大 | 中 | 小】 【打印本页】某政办发〔2021〕33号某市人民政府办公室关于印发重点任务清单的通知",
     ["某政办发〔2021〕33号", "某市人民政府办公室关于印发重点任务清单的通知"]),
    # a breadcrumb run into the title: the title opens with the name that signs the letter
    ("当前位置：首页 > 政务公开 > 政府文件某县人民政府办公室关于印发重点任务分工方案的通知",
     ["某县人民政府办公室关于印发重点任务分工方案的通知"]),
], ids=["title-above-number", "box-in-front", "print-bar", "breadcrumb"])
def test_a_run_on_letter_is_cut_around_its_title_wherever_the_doc_number_stands(head, lines):
    """As the locate stage gives the lines (chrome and breadcrumb pieces dropped)."""
    line = (head + "各乡镇人民政府，县直各单位：现印发给你们，请认真组织实施。某县人民政府办公室2024年1月5日"
            "1.建成厂房。（牵头单位：县住建局）2.引进项目。（牵头单位：县商务局）")
    assert clean_text_lines([line])[:len(lines) + 1] == lines + ["各乡镇人民政府，县直各单位："]


def test_a_run_on_notice_loses_a_footer_that_follows_its_last_bracket():
    """The footer (扫一扫…主办单位：…) run into the last item's bracket is cut off it, though
    主办单位： made a label joint of its own; 主办单位： inside a bracket is an item's label."""
    line = ("关于印发分工方案的通知 各乡镇人民政府： 请认真组织实施。 1.建成厂房。（主办单位：县住建局）"
            "2.引进项目。（主办单位：县商务局）扫一扫在手机打开当前页主办单位：某县人民政府办公室 网站标识码：1")
    out = split_run_on(line)
    assert out[-3:] == ["2.引进项目。（主办单位：县商务局）", "扫一扫在手机打开当前页", "主办单位：某县人民政府办公室 网站标识码：1"]
    assert "1.建成厂房。（主办单位：县住建局）" in out


def test_a_text_table_padded_to_one_width_is_not_joined():
    """Rows of a text table are as wide as each other; they are rows, not wrapped lines."""
    rows = ["1  推进老旧小区改造    市住建局  年底前", "2  完成排涝管网改造    市水利局  年底前",
            "3  新建城区公园两座    市城管局  年底前", "4  实施道路提升工程    市交通局  年底前"]
    assert len({len(r) for r in rows}) == 1
    assert join_hard_wraps(rows) == rows
    piped = ["| 1 | 推进老旧小区改造 | 市住建局 |", "| 2 | 完成排涝管网改造 | 市水利局 |", "| 3 | 新建城区公园两座 | 市城管局 |"]
    assert join_hard_wraps(piped) == piped


def test_chrome_in_traditional_characters_is_removed_too():
    """A mirror in traditional characters prints 【關閉窗口】: matched in simplified characters,
    cut from the line as printed."""
    from extractor.chrome import strip_chrome
    assert strip_chrome("【打印本頁】 【關閉窗口】") == ""
    assert strip_chrome("字體：大 中 小　某某通知") == "某某通知"


@pytest.mark.parametrize("line,kept", [
    ("完成時限：2018年11月底前【我要列印】【關閉窗口】", "完成時限：2018年11月底前"),
    ("（五）推进网上办理。（市经信局牵头）【大 中 小】【打印】【关闭】", "（五）推进网上办理。（市经信局牵头）"),
    # words a notice itself prints are left: a size list, a 列印 in a sentence
    ("配备大、中、小型设备", "配备大、中、小型设备"),
    ("推广列印服务", "推广列印服务"),
])
def test_page_end_controls_are_cut_off_the_item_they_were_glued_to(line, kept):
    """A notice that lost its line breaks runs the page's closing controls into its last
    item: a Taiwan-worded print button, the three font sizes without their label."""
    assert strip_chrome(line) == kept


def test_a_back_to_top_link_is_dropped_alone_or_run_on():
    """A phone page's 返回顶部 under the list is dropped; run into the last item's deadline
    (with the page's footer after it) it is cut off it first; 顶部 in an item stays."""
    head = "关于印发任务分工的通知 各镇人民政府： 现印发给你们。 一、就业 "
    run_on = head + ("1.完成屋面顶部防水改造。牵头单位：区住建局完成时限：2022年10月底前"
                     "2.建设零工市场1个。牵头单位：区人社局完成时限：2022年6月底前返回顶部分享到：扫一扫")
    lines = clean_text_lines([run_on])
    assert lines[-6:] == ["1.完成屋面顶部防水改造。", "牵头单位：区住建局", "完成时限：2022年10月底前",
                          "2.建设零工市场1个。", "牵头单位：区人社局", "完成时限：2022年6月底前"]
    alone = (head + "1.建设零工市场1个。 牵头单位：区人社局").split(" ") + ["回到顶部"]
    assert clean_text_lines(alone)[-1] == "牵头单位：区人社局"


def test_a_wechat_footer_run_on_after_the_last_item_is_dropped_with_its_pointer():
    """The ▼ and the 来源/编辑/审核 line under a WeChat post, run into the last label line,
    are cut off it and dropped as the page's information line; the label stays whole."""
    line = ("关于印发任务清单的通知 各镇人民政府： 现印发给你们。 一、产业 1.新建农田1万亩。"
            "完成时限：2022年12月底牵头单位：县水利局▼来源：县政府办编辑：张某审核：李某阅读原文分享 收藏")
    lines = clean_text_lines([line])
    assert lines[-2:] == ["完成时限：2022年12月底", "牵头单位：县水利局"]


def test_one_info_label_in_an_item_is_not_a_footer():
    """资金来源： in an item is the notice's own label; the portal's line has two labels close together."""
    line = ("关于印发任务清单的通知 各镇人民政府： 现印发给你们。 一、产业 1.新建农田1万亩，资金来源：县财政。"
            "牵头单位：县农业农村局 2.建成厂房，资金来源：专项债。牵头单位：县住建局")
    out = split_run_on(line)
    assert out[-2:] == ["2.建成厂房，资金来源：专项债。", "牵头单位：县住建局"]
    assert "1.新建农田1万亩，资金来源：县财政。" in out


@pytest.mark.parametrize("mark", ["相关法规:", "相关法规：", "【相关法规】"])
def test_a_mirrors_related_laws_run_on_after_the_last_item_are_cut_off_it(mark):
    """A policy or law mirror lists the laws a text cites under it, then its disclaimer
    (声明:…); run into the last item they were its text, its bracket no longer closed it and the
    item was lost.  The list ends the content as a page footer does."""
    line = ("关于印发任务分解意见的通知 各区镇人民政府： 现印发给你们。 一、建设 1.建成厂房。（市住建局负责）"
            f"2.疏浚河道40公里。（市环保局、市水利局负责）{mark}某市人民政府关于下达计划的通知"
            "声明:本站法规内容来源于网络公开信息。")
    assert clean_text_lines([line])[-2:] == ["1.建成厂房。（市住建局负责）", "2.疏浚河道40公里。（市环保局、市水利局负责）"]
    items = ["1.建成标准厂房十万平方米。（市住建局负责）", "2.疏浚骨干河道四十公里。（市水利局负责）",
             "3.新增城镇就业三万人。（市人社局负责）"]
    assert clean_text_lines(items + [mark, "某市人民政府关于下达计划的通知"]) == items


def test_an_ascii_page_footer_inside_a_run_on_notice_is_cut_out():
    """An OCR or Word copy prints its page footers with the ASCII hyphen (- 2 -); run into the
    notice, one stood after an item's closing bracket, which then closed nothing, and the item
    was lost.  A hyphen between digits (a date or a range, 2018 - 2 - 28) is no footer."""
    from extractor.parse.pagetail import page_marks
    line = ("关于印发分工方案的通知 各县区人民政府： 现印发给你们。 一、营商环境 "
            "１．推行全程电子化。(牵头单位:市工商局；完成时限：２０１８年６月底前)- 2 -"
            "２．清理中介服务事项。（牵头单位：市法制办）- 3 -")
    assert clean_text_lines([line])[-2:] == ["１．推行全程电子化。(牵头单位:市工商局；完成时限：２０１８年６月底前)",
                                             "２．清理中介服务事项。（牵头单位：市法制办）"]
    assert page_marks("完成时限：2018 - 2 - 28前") == set()
    assert page_marks("区间为3-5-7天") == set()


def test_a_wechat_articles_editor_line_and_read_original_link_are_no_items_text():
    """A WeChat public account prints its editor's line (编辑：某某) and its 阅读原文 link under the
    article; the last item, still waiting for the units its section heading gives, took them as
    its text.  The editor's line is dropped as a news portal's 责任编辑 line is; the link ends the
    content."""
    text = ("一、推进城乡建设（牵头单位：市住建局；配合单位：市财政局）\n（一）新建公园2个。（完成时限：2024年6月底前）\n"
            "（二）改造小区3个。（完成时限：2024年底前）\n编辑：融媒体中心\n阅读原文\n")
    lines = [ln.strip() for ln in located(text).lines]
    assert lines[-1] == "（二）改造小区3个。（完成时限：2024年底前）"


def test_a_run_on_notice_is_split_before_the_marked_lines_under_an_item():
    """An item's indicators printed as ▲ lines under it, run into one line, stood after the
    item's bracket, which then closed nothing, and the item was lost.  A mark opens a line where
    it follows a sentence end or a bracket and its list repeats it; a lone star after a sentence,
    or marks inside a sentence, stay where they are."""
    line = ("一、经济 1、加强经济运行监测。（牵头单位：区发改委；责任单位：区统计局）▲增加值增长10%左右。"
            "▲财政收入增长8%。2、新开工项目20个。（牵头单位：区经委）")
    assert repair_breaks(line, lost_breaks=True) == [
        "一、经济", "1、加强经济运行监测。（牵头单位：区发改委；责任单位：区统计局）", "▲增加值增长10%左右。",
        "▲财政收入增长8%。", "2、新开工项目20个。（牵头单位：区经委）"]
    lone = "一、旅游 1、创建景区。★五星级酒店2家。2、改造厕所，评定△△△级。（牵头单位：区文旅局）"
    assert repair_breaks(lone, lost_breaks=True) == [
        "一、旅游", "1、创建景区。★五星级酒店2家。", "2、改造厕所，评定△△△级。（牵头单位：区文旅局）"]


def test_a_run_on_letter_numbering_its_own_points_keeps_its_signature_apart():
    """The letter's own points 一、二、 are numbered, so the signature glued to the last one fell
    in the body, where no letter joint was looked for: its date was no line of its own and the
    points became the plan's sections.  Its note （此件公开发布） is cut off as well, so the plan's
    title after it stays; a date an item's sentence goes on after is no signature."""
    line = ("关于印发重点任务分工方案的通知各县人民政府：现印发给你们，并提出以下要求。一、压实工作责任。各单位要负总责。"
            "二、强化督查考核。结果纳入考核。某市人民政府办公室2021年2月24日（此件公开发布）重点任务分工方案"
            "（一）新建基地3万亩。（责任单位：市农业农村局）（二）新建幼儿园6所，自某市人民政府2021年3月1日起施行。"
            "（责任单位：市教育局）")
    assert split_run_on(line)[-7:] == [
        "二、强化督查考核。结果纳入考核。", "某市人民政府办公室", "2021年2月24日", "（此件公开发布）", "重点任务分工方案",
        "（一）新建基地3万亩。（责任单位：市农业农村局）",
        "（二）新建幼儿园6所，自某市人民政府2021年3月1日起施行。（责任单位：市教育局）"]
    notice = parse_body(located(line))
    assert [(m.measure_no, m.section) for m in notice.measures] == [(1, None), (2, None)]


def test_a_run_on_notice_loses_the_qr_prompt_glued_to_its_last_bracket():
    line = ("关于印发分工方案的通知 各乡镇人民政府： 请认真组织实施。 1.建成厂房。（牵头单位：县住建局）"
            "2.引进项目。（牵头单位：县商务局）扫一扫在手机上查看当前页面分享到：微信")
    assert clean_text_lines([line])[-1] == "2.引进项目。（牵头单位：县商务局）"


def test_a_run_on_copy_of_cards_is_split_at_the_cards_numbers():
    """A WeChat copy lays each item out as a card (01 / its text / 牵头单位｜…); run into one line,
    each card's number is glued between the last card's deadline and the next card's text
    (…2023年8月底02改造…) and no item was told from the next.  A zero-padded run from 01 is cut
    out as the cards printed it; a date, a time or a count holding a zero-padded number is not."""
    cards = ("白山发布 2023-03-05 17:05 方案01新建幼儿园6所，新增学位1800个。牵头单位｜市教育局配合单位｜市财政局 "
             "市住建局完成时间｜2023年8月底02改造小区45个，惠及居民05个社区。牵头单位｜市住建局完成时间｜2023年10月底")
    assert repair_breaks(cards, lost_breaks=True) == [
        "白山发布 2023-03-05 17:05 方案", "01", "新建幼儿园6所，新增学位1800个。", "牵头单位｜市教育局",
        "配合单位｜市财政局 市住建局", "完成时间｜2023年8月底", "02", "改造小区45个，惠及居民05个社区。",
        "牵头单位｜市住建局", "完成时间｜2023年10月底"]
    lone = "某县方案01新建幼儿园6所。牵头单位｜县教育局"
    assert repair_breaks(lone, lost_breaks=True) == [lone]
    letter = "各县人民政府：现印发给你们。某县人民政府办公室2023年3月10日某县民生实事方案"
    measures = parse_body(located(letter + cards[cards.index("01"):])).measures
    assert [(m.measure_no, m.text, m.lead_cells, m.deadline) for m in measures] == [
        (1, "新建幼儿园6所，新增学位1800个。", ("市教育局",), "2023年8月底"),
        (2, "改造小区45个，惠及居民05个社区。", ("市住建局",), "2023年10月底")]


def test_a_run_on_copy_of_cards_with_bracketed_labels_is_split_at_the_labels():
    """Cards whose label lines print the label in 【】 (【牵头单位】区文旅局), run into one line: each
    【label】 opens a label line as a label with its colon does, so the card's text is not
    followed by its labels on the same line and the card's number is not left in the text."""
    cards = ("某区人民政府：现印发给你们。某区2024年重点任务一、文旅融合01建成游客服务中心2处。【责任领导】张××"
             "【牵头单位】区文旅局【责任单位】区住建局、区财政局【完成时限】2024年9月底02举办文化节会3场。"
             "【牵头单位】区文旅局【完成时限】2024年11月底二、城市更新03改造老旧小区20个。【牵头单位】区住建局"
             "【完成时限】2024年12月底")
    measures = parse_body(located(cards)).measures
    assert [(m.measure_no, m.section.label, m.text, m.lead_cells, m.deadline) for m in measures] == [
        (1, "一、", "建成游客服务中心2处。", ("区文旅局",), "2024年9月底"),
        (2, "一、", "举办文化节会3场。", ("区文旅局",), "2024年11月底"),
        (3, "二、", "改造老旧小区20个。", ("区住建局",), "2024年12月底")]


@pytest.mark.parametrize("close", ["以上第1—2项由县交通运输局牵头，县财政局配合，2019年10月底前完成。",
                                   "（以上第1至2项牵头单位：县交通运输局；配合单位：县财政局；完成时限：2019年10月底前完成）"])
def test_a_run_on_notice_is_split_before_the_range_lines_closing_its_sections(close):
    """Items that print no units, each section closed by a line naming its items by number (以上第1—2项
    由…牵头 / （以上第1至2项牵头单位：…）), run into one line with a news page's editor line after the
    last: each range line is a line of its own again (not the last item's text), so its items get its
    units; the editor's bracket is the page's footer, not the range line's."""
    second = close.replace("1—2", "3—4").replace("1至2", "3至4").replace("县交通运输局", "县民政局") \
        .replace("县财政局", "县卫健局").replace("10月", "12月")
    line = ("某县人民政府办公室关于印发2020年民生实事分工方案的通知各乡镇人民政府：经县人民政府同意，现印发给你们，"
            "请认真组织实施。某县人民政府办公室2020年4月2日某县2020年民生实事分工方案一、交通出行1.新建农村公路30公里。"
            f"2.改造危桥5座。{close}二、养老服务3.新建日间照料中心6个。4.开展居家养老服务2000人次。{second}"
            "（责任编辑：王××）分享到：微信 微博")
    rows = [(m.measure_no, m.section.label, m.text, m.lead_cells, m.support_cells)
            for m in parse_body(located(line)).measures]
    assert rows == [(1, "一、", "新建农村公路30公里。", ("县交通运输局",), ("县财政局",)),
                    (2, "一、", "改造危桥5座。", ("县交通运输局",), ("县财政局",)),
                    (3, "二、", "新建日间照料中心6个。", ("县民政局",), ("县卫健局",)),
                    (4, "二、", "开展居家养老服务2000人次。", ("县民政局",), ("县卫健局",))]


def test_a_notice_run_into_one_line_and_then_wrapped_is_joined_back_whole():
    """A document-sharing page prints the notice run into one line, and a phone's copy wraps that
    at a fixed width: the wraps fall right before an item's number (…二、保障民生 / 3.新建…) or a
    label inside a bracket (…（ / 牵头单位：…), where the notice printed no line.  Left apart there,
    the run-on line was never whole and one garbled row came out.  A run of lines of exactly the
    width holding a notice's share of the text is joined whatever its lines open with."""
    one = ("关于印发重点工作任务分工方案的通知各镇人民政府：现印发给你们。某区人民政府办公室2020年3月20日"
           "一、发展经济1.新建科技企业50家。（牵头单位：区科技局；配合单位：区商务局）2.新建农田3万亩，"
           "建成示范园区1个。（牵头单位：区农业农村委）二、保障民生3.新建学校5所。（牵头单位：区教育局）")
    wrapped = [one[k:k + 25] for k in range(0, len(one), 25)]
    assert any(starts_with_label(line) or split_numbering(line) for line in wrapped[1:])
    assert join_hard_wraps(["首页 > 文档", "", *wrapped, "", "相关文档"]) == ["首页 > 文档", "", one, "", "相关文档"]
    measures = parse_body(located("\n".join(wrapped))).measures
    assert [(m.measure_no, m.lead_cells) for m in measures] == [(1, ("区科技局",)), (2, ("区农业农村委",)),
                                                                 (3, ("区教育局",))]


def test_a_run_on_notice_loses_the_tag_line_glued_to_its_last_bracket():
    """A CMS prints the article's tags (标签：…) over its 上一篇/下一篇 links; run into one line they
    stood after the last item's bracket, which then closed nothing, and the item was lost."""
    line = ("关于印发分工方案的通知 各镇人民政府： 请认真组织实施。 1.建成厂房。（区经委牵头，区科委配合）"
            "2.新建街区15个。（区绿化市容局牵头，各街道、镇配合）标签：某区 重点工作 分工方案上一篇：某区工作要点")
    assert clean_text_lines([line])[-1] == "2.新建街区15个。（区绿化市容局牵头，各街道、镇配合）"


def test_a_one_line_portal_copy_keeps_the_letter_past_its_qr_prompt_and_drops_related_links():
    """A browser's copy of a portal page run into one line: the controls line above the letter
    (字号 / 打印 / the QR prompt, a page-end word) is cut into pieces that the locate stage drops,
    and the QR prompt ends nothing there (the letter and the items follow it); the page's list of
    related notices (相关文件：…) glued to the last bracket is no part of that item."""
    lines = ["首页 > 信息公开 > 通知公告", "某旗人民政府办公室关于印发2023年为民办实事分工方案的通知",
             "发布时间：2023-03-02 10:11    来源：旗政府办    浏览次数：86",
             "【字号：大 中 小】   打印   扫一扫在手机打开当前页", "某政办发〔2023〕7号",
             "各苏木乡镇人民政府，旗直各部门：", "现印发给你们，请认真组织实施。", "某旗人民政府办公室",
             "2023年2月27日", "一、民生保障", "1.新建城区幼儿园2所。（旗教育局牵头，旗住建局、旗财政局配合）",
             "2.改造农村牧区公路30公里。（旗交通局牵头）", "相关文件：",
             "某旗人民政府办公室关于印发2022年为民办实事分工方案的通知", "【打印本页】 【关闭窗口】",
             "主办单位：某旗人民政府办公室"]
    broken = parse_body(located("\n".join(lines)))
    joined = parse_body(located("".join(lines)))
    assert [(m.measure_no, m.text, m.lead_cells, m.support_cells) for m in joined.measures] == [
        (1, "新建城区幼儿园2所。", ("旗教育局",), ("旗住建局、旗财政局",)),
        (2, "改造农村牧区公路30公里。", ("旗交通局",), ())]
    assert joined.measures == broken.measures


def test_a_run_on_copy_of_ten_or_more_cards_is_split_past_the_ninth():
    """Cards numbered 01 … 09 go on 10, 11 with no zero: run into one line, each is cut out after
    a label of the card before it; a number in a card's own text (完成10公里) stays in it."""
    cards = "".join(f"{n:02d}整治河道{n}条，完成{n + 1}公里。牵头单位｜区水务局完成时间｜2024年{n % 12 + 1}月底"
                    for n in range(1, 12))
    letter = "各街道办事处：现印发给你们。某区人民政府办公室2024年1月8日某区河湖治理方案"
    measures = parse_body(located(letter + cards)).measures
    assert [(m.measure_no, m.text, m.lead_cells, m.deadline) for m in measures] == [
        (n, f"整治河道{n}条，完成{n + 1}公里。", ("区水务局",), f"2024年{n % 12 + 1}月底") for n in range(1, 12)]


def test_a_dash_pair_wrapped_to_a_lines_head_inside_a_sentence_is_no_bullet():
    """A phone's copy wrapped at a fixed width can break a sentence right before its dash pair
    (破折号, ``…三个目标`` / ``——提质、增效、降本。``): mid-sentence, the pair goes on the line above; after
    a line that ends its paragraph, a dash pair opens an item of a 要点 list, as a number would."""
    first = "1.围绕产业链部署创新链聚焦三个目标——提质、增效、降本。（牵头单位：市科技局；配合单位：市工信局）"
    second = "2.建设公共实训基地两个，新增技能人才3000人。（牵头单位：市人社局）"
    lines = [p[k:k + 18] for p in (first, second) for k in range(0, len(p), 18)]
    assert any(x.startswith("——") for x in lines) and sum(len(x) == 18 for x in lines) >= 3
    assert join_hard_wraps(lines) == [first, second]
    bullets = ["——新建城市绿道20公里，改造口袋公园八个。（牵头单位：市城管局）", "——完成市区雨污分流改造一期工程建设。（牵头单位：市住建局）",
               "——建成智慧停车平台，新增公共停车泊位1500个。（牵头单位：市交通运输局）"]
    lines = [p[k:k + 18] for p in bullets for k in range(0, len(p), 18)]
    assert join_hard_wraps(lines) == bullets


@pytest.mark.parametrize("lines,joined", [
    # a phone's copy: each label word alone on its line, its units on the next, with no colon
    (["3.整治河道12公里。", "责任单位", "县水务局、县林业局", "完成时间　", "2019年10月底前"],
     ["3.整治河道12公里。", "责任单位：县水务局、县林业局", "完成时间：2019年10月底前"]),
    # a text table's header set one cell a line is no label over a value: the word beside another
    # header word (序号 / 工作任务 / 责任单位 / 1) stays as it is
    (["序号", "工作任务", "责任单位", "1", "整治河道"], ["序号", "工作任务", "责任单位", "1", "整治河道"]),
    (["主要任务", "牵头单位", "配合单位", "完成时限"], ["主要任务", "牵头单位", "配合单位", "完成时限"]),
])
def test_a_label_word_alone_on_its_line_labels_the_next_line_with_or_without_its_colon(lines, joined):
    assert join_bare_labels(lines) == joined


@pytest.mark.parametrize("bullet", ["* ", "•", "· "])
def test_the_bullet_of_a_footer_link_run_on_after_the_last_item_goes_with_the_footer(bullet):
    """A browser's text copy prints the page's 上一篇/下一篇 links as a bulleted list; run into one
    line, the first link's bullet stood after the last item's bracket, which then closed nothing."""
    line = ("关于印发重点任务分工的通知 各社区居委会： 现印发给你们。 一、环境 1.清理河道5公里。（城管办牵头，年内完成）"
            f"2.新建公厕3座。（城管办牵头，各社区配合，当年建成）{bullet}上一篇：关于开展卫生大扫除的通知")
    out = clean_text_lines([line])
    assert "2.新建公厕3座。（城管办牵头，各社区配合，当年建成）" in out


#: a county's text copy: bare items under headings naming their lead, then the page's controls and its
#: list of related links, one line each
LEAD_HEADINGS = """某某县人民政府办公室关于印发某某县2024年为民办实事任务分工的通知
各乡镇人民政府，县直各部门：
现将任务分工印发给你们，请认真贯彻落实。
某某县人民政府办公室
2024年2月20日
一、县教育局牵头工作
1.新建城区幼儿园2所。
2.改造农村学校食堂12个。
二、县卫生健康局牵头工作
3.建成村级规范化卫生室20个。
【打印本页】【关闭窗口】
相关链接：某某县人民政府办公室关于印发某某县2023年为民办实事任务分工的通知
"""


def test_a_related_links_line_under_the_text_is_page_furniture():
    """A portal's 相关链接： line under the items, a line of its own, is dropped wherever it sits:
    kept, the last bare item under its lead heading took it into its text."""
    measures = parse_body(located(LEAD_HEADINGS)).measures
    assert [m.text for m in measures][-1] == "建成村级规范化卫生室20个。"
    assert not any("相关链接" in line for line in located(LEAD_HEADINGS).lines)


@pytest.mark.parametrize("line", [
    "相关链接建设纳入部门绩效考核。",                       # no colon: a sentence about links
    "3.梳理政务网站相关链接：年底前完成。",                 # an item that names them
])
def test_a_line_about_related_links_is_the_notices_own(line):
    lines = ["某某县人民政府办公室关于印发任务分工的通知", "各乡镇人民政府：", "现印发给你们，请认真贯彻落实。", line]
    assert clean_text_lines(lines)[-1] == line


_ONE_ITEM_FIRST = ("（一）保障和改善民生（1项）１．深化改革，网上可办率达到96%。（由市生态环境局牵头）（二）深化重点领域改革（2项）"
                   "１．新建管网38公里。（市住建局负责）２．建成5G基站2800个。（市科技局牵头）")
_ONE_ITEM_FIRST_LINES = ["（一）保障和改善民生（1项）", "１．深化改革，网上可办率达到96%。（由市生态环境局牵头）",
                         "（二）深化重点领域改革（2项）", "１．新建管网38公里。（市住建局负责）", "２．建成5G基站2800个。（市科技局牵头）"]


def test_a_run_on_first_section_of_one_item_splits_before_it_as_later_ones_do():
    """（一）'s one item 1. run straight after its heading (blindsynth seed 6324): a 1. of a run that never went
    on counts when it stands right under a section's label, with only that heading's words between (no sentence
    end); before, only the later restarts counted, and the first heading ran into its item as one line."""
    line = "请认真贯彻落实，按时报送进展。某市重点工作任务责任分工表" + _ONE_ITEM_FIRST
    assert repair_breaks(line, lost_breaks=True) == [
        "请认真贯彻落实，按时报送进展。某市重点工作任务责任分工表", *_ONE_ITEM_FIRST_LINES]


def test_a_lone_number_in_the_letter_before_any_heading_is_no_item():
    """``1、2月`` in the letter: a lone 1 with no section's label over it stays the letter's words."""
    line = "请于2020年1、2月完成部署。某市重点工作任务责任分工表" + _ONE_ITEM_FIRST
    assert repair_breaks(line, lost_breaks=True) == [
        "请于2020年1、2月完成部署。某市重点工作任务责任分工表", *_ONE_ITEM_FIRST_LINES]


#: a one-line copy whose （一） item opens with a date right after its heading's words (a risk named in session 46)
_DATED_FIRST_LINES = ["某县2021年春耕工作任务分工方案", "一、工作目标全年粮食播种面积稳定在30万亩以上。", "二、重点任务",
                      "（一）时间安排2021年1、2月完成春耕物资储备，3月底前完成春播准备。（牵头单位：县农业农村局）",
                      "（二）技术指导组织农技人员下乡指导不少于200人次。（牵头单位：县科技局）"]


@pytest.mark.parametrize("months", ["1、2月", "3、4月份", "1、2季度"])
def test_months_listed_after_a_year_right_under_a_heading_open_no_item(months):
    """``2021年1、2月`` right under （一）'s label, with only its words between: the 1、 lists months, no item's label
    (before, the 1、 opened the section's item there: its text read ``2月完成…`` and its heading's words were lost)."""
    lines = [line.replace("1、2月", months) for line in _DATED_FIRST_LINES]
    assert repair_breaks("".join(lines), lost_breaks=True) == lines


def test_months_listed_after_a_year_inside_an_item_open_no_item():
    """The same date inside item 1 of a 1、 list: a restart at 1 there cut item 1's text (and, the real 1、 then
    standing alone, lost its label)."""
    lines = ["某县2021年春耕工作任务分工方案", "一、春耕备耕", "1、储备春耕物资，2021年1、2月完成化肥、种子储备。（牵头单位：县农业农村局）",
             "2、组织农技人员下乡指导不少于200人次。（牵头单位：县科技局）", "二、农田水利", "3、维修小型农田水利设施50处。（牵头单位：县水利局）"]
    assert repair_breaks("".join(lines), lost_breaks=True) == lines


#: a later page of a split copy run into one line: its items numbered on (（十八）) and its one section heading
#: numbered on too (四、), after an item's closing bracket with no stop
_PAGE_TWO_LINES = ["（十八）公布规章后及时在政府网站刊载全文。（县法制办牵头，县政府办配合）",
                   "四、规范行政执法",
                   "（十九）推行综合执法，减少执法层级。（县编办牵头，县财政局配合）",
                   "五、强化监督",
                   "（二十）建立执法争议协调机制。（县法制办负责）"]


def test_a_later_pages_first_heading_numbered_on_splits_a_one_line_copy():
    """No 一、 on the page and none at the line's start: the first heading (四、) numbers on from the page before and
    stands after an item's end; it and the headings going on its run (五、) are cut at (``_page_headings``).
    Before, they stayed in the item before them and the items under them lost their section."""
    assert repair_breaks("".join(_PAGE_TWO_LINES), lost_breaks=True) == _PAGE_TWO_LINES


@pytest.mark.parametrize("words", ["三、四月份", "二、三类地区"])
def test_a_section_number_in_a_sentences_words_on_a_later_page_stays(words):
    """A heading's number inside a sentence (after no sentence end or bracket) is no heading of a later page."""
    lines = ["（十八）公布规章后及时" + words + "刊载全文。（县法制办牵头，县政府办配合）",
             "（十九）推行综合执法，减少执法层级。（县编办牵头，县财政局配合）"]
    assert repair_breaks("".join(lines), lost_breaks=True) == lines

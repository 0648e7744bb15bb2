"""Copies wrapped by display width: a browser's "save as text" (Firefox: 72 columns), a mail
client (76, 78), a forum's plain-text repost (80).  A Chinese character takes two columns, so a
line holds about half as many of them as of digits, and a line of 72 columns is 36 to 41
characters long: the joiner measures columns, not characters (hardwraps.join_hard_wraps)."""
import pytest

from extractor.layout.letterlines import opens_letter_line
from extractor.layout.locate import locate_content
from extractor.layout.metadata import parse_metadata
from extractor.parse.forms import parse_body
from extractor.parse.hardwraps import join_hard_wraps
from extractor.source.decode import decode_bytes
from extractor.text import display_width

from conftest import make_raw
from wrapkit import wrap_line, wrap_text


def located(text: str):
    return locate_content(decode_bytes(make_raw(text.encode("utf-8"), path="n.txt")))


#: a county's notice as its page prints it: a long title, the letter, items with their labels
#: inline in 【】 brackets, items with label lines under them, and a small table (tab-separated,
#: as a browser saves a table's cells)
NOTICE = """当前位置：首页 > 政务公开 > 政府文件

某某县人民政府办公室关于印发某某县2024年城乡人居环境整治提升行动重点任务分工方案的通知

某政办发〔2024〕9号

各乡镇人民政府，县经济开发区管委会，县直各部门、各单位，驻县各单位：

    《某某县2024年城乡人居环境整治提升行动重点任务分工方案》已经县政府同意，现印发给你们，请结合实际认真贯彻落实，于每月5日前将上月工作进展报县住房和城乡建设局。

某某县人民政府办公室

2024年3月22日

一、城镇环境提升

    1.实施老旧小区改造工程，完成改造小区42个、惠及居民6800户，同步推进加装电梯和停车设施建设。【牵头单位】县住房和城乡建设局【配合单位】县财政局、县自然资源局、各乡镇人民政府【完成时限】2024年11月底
    2.推进城区生活垃圾分类，新建分类收集站点120个，城区生活垃圾回收利用率达到35%以上。【牵头单位】县城市管理综合执法局【配合单位】县发展和改革局、县商务局、县市场监督管理局【完成时限】2024年12月底

二、农村环境整治

    3.完成农村户用厕所改造2300户，行政村生活污水治理率提高到45%，推动改厕与污水治理统筹实施。
    牵头单位：县农业农村局
    配合单位：县生态环境局、县卫生健康局、县乡村振兴局、县水利局、县财政局、各乡镇人民政府
    完成时限：2024年10月底
    4.开展村庄清洁行动“春夏秋冬”四季战役，全年组织集中整治活动不少于4次，清理农村生活垃圾1.5万吨。
    牵头单位：县农业农村局、县乡村振兴局
    配合单位：各乡镇人民政府
    完成时限：2024年12月底

三、重点项目安排

序号	项目名称	牵头单位	完成时限
5	县城污水处理厂提标改造	县住房和城乡建设局	2024年9月底
6	建设农村公路安防设施	县交通运输局	2024年8月底

【打印本页】 【关闭窗口】
"""

#: what a reader takes from the four items: (number, lead, support, deadline)
ITEMS = [
    (1, ("县住房和城乡建设局",), ("县财政局、县自然资源局、各乡镇人民政府",), "2024年11月底"),
    (2, ("县城市管理综合执法局",), ("县发展和改革局、县商务局、县市场监督管理局",), "2024年12月底"),
    (3, ("县农业农村局",), ("县生态环境局、县卫生健康局、县乡村振兴局、县水利局、县财政局、各乡镇人民政府",),
     "2024年10月底"),
    (4, ("县农业农村局、县乡村振兴局",), ("各乡镇人民政府",), "2024年12月底"),
]


@pytest.mark.parametrize("width", [72, 76, 80])
def test_a_page_saved_as_text_at_a_column_width_gives_the_pages_rows(width):
    """Wrapped at 72 columns (Firefox), the first item's labels were cut as 【配合单位】县财政 /
    局、…, the second's lead unit as 县城市管理 / …: unjoined, both items were lost and the
    table's rows were read in their place."""
    wrapped = wrap_text(NOTICE, width)
    lines = [ln for ln in wrapped.split("\n") if ln.strip()]
    full = [ln for ln in lines if display_width(ln) >= width - 1]
    assert len(full) >= 3 and len({len(ln) for ln in full}) > 1   # one width in columns, not in characters
    measures = parse_body(located(wrapped)).measures
    assert measures == parse_body(located(NOTICE)).measures
    assert [(m.measure_no, m.lead_cells, m.support_cells, m.deadline) for m in measures[:4]] == ITEMS
    assert measures[0].text == "实施老旧小区改造工程，完成改造小区42个、惠及居民6800户，同步推进加装电梯和停车设施建设。"
    meta = parse_metadata(located(wrapped))
    assert meta.title == "某某县人民政府办公室关于印发某某县2024年城乡人居环境整治提升行动重点任务分工方案的通知"
    assert (meta.doc_number, meta.issuer, meta.date) == ("某政办发〔2024〕9号", "某某县人民政府办公室", "2024-03-22")


def test_a_column_wrap_is_joined_where_it_cuts_and_nowhere_else():
    """Lines that really end (the signature, the date, a heading), numbered lines, label lines
    and a table's rows stay as they are; a paragraph's pieces are one line again."""
    joined = [ln.strip() for ln in join_hard_wraps(wrap_text(NOTICE, 72).split("\n")) if ln.strip()]
    want = [ln.strip() for ln in NOTICE.split("\n") if ln.strip()]
    assert joined == want


def test_mixed_ascii_and_chinese_lines_are_measured_in_columns():
    """Digits and Latin letters take one column, so the wrapped lines of one paragraph are 36
    to 41 characters long: no three of one length, as a count of characters would ask."""
    paragraph = ("1.新建5G基站320个，实现城区和重点乡镇5G网络连续覆盖，行政村4G通达率达到100%，"
                 "建设县级IPTV平台1个、应急广播终端560套，完成2024年度数字乡村试点验收。")
    other = "2.完成政务云平台扩容至800核、3200G内存，迁移政务系统46个，上云率达到95%以上。"
    lines = [*wrap_line(paragraph, 72), *wrap_line(other, 72), "牵头单位：县工业和信息化局"]
    assert len(lines) >= 5 and max(map(len, lines)) > 36 and len({len(ln) for ln in lines}) == len(lines)
    assert join_hard_wraps(lines) == [paragraph, other, "牵头单位：县工业和信息化局"]


def test_a_notice_with_its_own_breaks_and_long_sentences_is_left_alone():
    """Long lines that end their sentence or bracket a few columns short of the longest are a
    notice's own lines, not a wrap: only a line cut mid-sentence counts as stopping short."""
    lines = ["某市人民政府办公室", "各镇人民政府（街道办事处），市府直属各单位：",
             "《某市2016年加快发展现代服务业重点工作任务分工方案》业经市人民政府同意，现印发给你们，请认真贯彻执行。",
             "某市人民政府办公室", "2016年6月15日", "一、大力发展生产性服务业",
             "1.加快发展现代物流业，培育一批龙头物流企业。（牵头单位：市经信局；配合单位：市交通运输局、市商务局）",
             "2.推动金融业创新发展，扩大直接融资规模。（牵头单位：市金融工作局；配合单位：人民银行某市中心支行）",
             "二、提升发展生活性服务业", "3.推动商贸服务业转型升级。（牵头单位：市商务局）"]
    assert join_hard_wraps(lines) == lines


def test_widest_lines_that_mostly_end_their_sentence_are_no_wrap():
    """A table copied one cell a line (blindsynth seed 12052): its tagged heading and three measure texts happen to be
    the widest lines, 25 characters each, but the texts end their sentences, as no wrap's full lines mostly do (a wrap
    cuts anywhere): no wrap, and the header's 序號 stays a line of its own under the heading, not its rest."""
    task = ["開展大氣污染防治攻堅，PM2.5平均濃度下降5%。", "完成高標準農田建設38萬畝，糧食播種面積保持穩定。",
            "落實減稅降費政策，全年為市場主體減負36億元以上。"]
    heading = "【通知公告】濰城區2019年民生實事項目任務分解表"
    lines = [heading, "序號", "主要任務", "牽頭單位", "完成時間"]
    for k, text in enumerate(task, 1):
        lines += [str(k), text, "區農業農村局", "2019年6月底前"]
    widest = max(map(len, lines))
    assert len(heading) == widest and sum(len(ln) == widest for ln in lines) == 4
    assert join_hard_wraps(lines) == lines
    # a wrap one of whose full lines ends a sentence by chance is still a wrap
    paragraph = ("为推动重点工作落地见效，特制定如下方案。各单位要按照职责分工，细化工作措施，明确完成时限，压实工作责任，"
                 "强化督促检查，确保各项任务按期完成。")
    cut = [paragraph[k:k + 20] for k in range(0, len(paragraph), 20)]
    assert [len(ln) for ln in cut] == [20, 20, 20, 10] and cut[0].endswith("。")
    assert join_hard_wraps([*cut, "二、工作要求"]) == [paragraph, "二、工作要求"]
    # a column wrap (76 columns) whose lines stopping short of it where the next piece a line breaker keeps whole did
    # not fit (…发给你 / 们，…: 74 columns) end none: those count as cut mid-sentence (blindsynth seed 12492's letter).
    # Until session 58 the copy was cut at 72 columns over a next character of two: that fits in 76, so no screen
    # stops there, and a line stopping short counts only where the next piece would not have fitted
    # (``wrapwidth._stopped_short``)
    p1 = ("《某市二〇二三年生态环境保护重点任务责任分工表》已经市政府同意，现印发给你们，请认真贯彻落实。各牵头单位要于每"
          "季度末将工作进展情况报送市政府督查室。")
    p2 = "1.市生态环境局：指导扩大对外贸易，全年进出口总额增长百分之九；负责落实减税降费政策，全年为市场主体减负。"
    p3 = "2.市医保局：负责推进医保支付方式改革，付费方式覆盖全部二级以上医院；负责加强困难群众救助，按时足额发放救助资金。"
    lines = [p1[:37], p1[37:], "", p2[:39], p2[39:], p3[:39], p3[39:]]
    assert [display_width(ln) for ln in lines] == [74, 74, 0, 76, 28, 76, 36]
    assert join_hard_wraps(lines) == [p1, "", p2, p3]


def test_an_inline_label_run_wrapped_right_before_its_next_label_goes_on():
    """A wrap that falls right before a label inside an item's inline run (…【牵头单位】县教育局 /
    【配合单位】…) cuts no label line the notice printed: the line above ends in a label's value."""
    first = "1.新建公办幼儿园3所，新增学位1080个，改扩建校舍2.6万平方米。【牵头单位】县教育局"
    lines = [first, "【配合单位】县财政局、县住房和城乡建设局【完成时限】2024年8月底",
             "2.开展义务教育集团化办学，组建教育集团15个，覆盖学校126所。【牵头单位】县教育局",
             "【配合单位】县编办【完成时限】2024年9月底",
             "3.实施乡村教师支持计划，新招聘教师1500名，改善周转宿舍条件。【牵头单位】县教育局",
             "【配合单位】县人社局【完成时限】2024年7月底"]
    assert {display_width(ln) for ln in lines[::2]} == {79, 80}   # a forum's 80 columns
    assert join_hard_wraps(lines) == [lines[k] + lines[k + 1] for k in (0, 2, 4)]
    # a label line under a label line is the notice's own, however wide
    labels = ["牵头单位：县教育局、县财政局、县人力资源和社会保障局、县住房和城乡建设局、县编办",
              "配合单位：各乡镇人民政府"]
    assert display_width(labels[0]) == 80
    assert join_hard_wraps([*lines, *labels]) == [lines[k] + lines[k + 1] for k in (0, 2, 4)] + labels


def test_a_page_number_inside_a_wrapped_paragraph_is_put_after_it():
    """A paged copy's footer (— 3 —) falls between two pieces of a paragraph: it breaks no wrap
    and is put after the paragraph, where the locate stage drops it."""
    from extractor.layout.running import is_page_number_line
    paragraph = ("3.完成农村户用厕所改造2300户，行政村生活污水治理率提高到45%，推动改厕与污水治理统筹实施，"
                 "建立农村厕所粪污收运体系，覆盖全县所有行政村。（牵头单位：县农业农村局）")
    pieces = wrap_line(paragraph, 72)
    lines = [*wrap_line("1." + paragraph[2:], 72), *wrap_line("2." + paragraph[2:], 72), pieces[0], "— 3 —",
             *pieces[1:]]
    assert join_hard_wraps(lines, is_page_number_line) == ["1." + paragraph[2:], "2." + paragraph[2:], paragraph,
                                                            "— 3 —"]


#: a county's text copy whose lines a phone wrapped inside an item's bracket, right inside its first
#: label word, while its title stayed one long line (no width of its own to find)
SPLIT_LABELS = """某某县人民政府办公室关于印发某某县2025年养老服务体系建设重点任务分工方案的通知
某政办〔2025〕4号
各乡镇人民政府，县直各部门：
现将方案印发给你们，请认真贯彻落实。
某某县人民政府办公室
2025年2月10日
1.新建社区养老服务站8个，覆盖城区全部社区。（牵
头部门：县民政局，配合单位：县财政局）
2.改造特困老人家庭适老化设施300户。（責
任單位：县住建局，2025年9月底前）
3.开展养老护理员技能培训。（牵头单位：县人社局）
"""


def test_a_label_word_split_by_a_line_break_is_joined_before_the_chrome_is_dropped():
    """A wrap inside a bracket's first label word (``（牵`` / ``头部门：…``) is one line: the rest of
    the word alone opened like a portal's chrome (头部, a page's header) and the item lost its units."""
    lines = located(SPLIT_LABELS).lines
    assert "1.新建社区养老服务站8个，覆盖城区全部社区。（牵头部门：县民政局，配合单位：县财政局）" in lines
    assert "2.改造特困老人家庭适老化设施300户。（責任單位：县住建局，2025年9月底前）" in lines
    measures = parse_body(located(SPLIT_LABELS)).measures
    assert [(m.measure_no, m.lead_cells, m.support_cells) for m in measures] == [
        (1, ("县民政局",), ("县财政局",)), (2, ("县住建局",), ()), (3, ("县人社局",), ())]


@pytest.mark.parametrize("lines", [
    ["1.推进敬老院改造。", "头部导航"],                             # a line ends a sentence: chrome stays chrome
    ["（一）统筹牵头", "单位会议"],                                 # no label (no colon after the word)
    ["3.完善工作机制。牵头单位：县民政局", "配合单位：县财政局"],   # two label lines of the notice's own
    ["2.推进医养结合。（协", "调机制：每季度一次）"],               # a word no label vocabulary holds
])
def test_lines_that_only_look_like_a_split_label_word_stay_apart(lines):
    from extractor.parse.hardwraps import join_split_label_words
    assert join_split_label_words(lines) == lines


def _cut(paragraph: str, width: int) -> list[str]:
    """``paragraph`` wrapped at ``width`` characters, as a phone's or a law database's copy cuts it."""
    return [paragraph[k:k + width] for k in range(0, len(paragraph), width)]


#: a town's letter and its items, wrapped at 26 characters by a phone's copy; its title lines are set apart
LETTER_BODY = [
    "《某某镇2023年人居环境整治重点任务分工》已经镇党委、镇政府研究同意，现印发给你们，请抓好落实。",
    "某某镇人民政府", "2023年3月9日",
    "1.完成农村户厕改造460户，行政村生活垃圾收运处置体系全覆盖。（牵头单位：镇农业综合服务中心；配合单位：镇财政所）",
    "2.清理河塘沟渠38处，整治村庄房前屋后乱堆乱放问题。（牵头单位：镇村镇规划建设管理所；配合单位：各村民委员会）",
]
#: the title exactly at the width (26 characters) over the doc number; a shorter one (25) over the recipients
TITLE_AT_WIDTH = "某镇人民政府关于印发某某镇人居环境整治任务分工的通知"
TITLE_NEAR_WIDTH = "关于印发某某镇2023年人居环境整治任务分工的通知"


@pytest.mark.parametrize("head", [
    [TITLE_AT_WIDTH, "某镇政发〔2023〕6号", "各村民委员会，镇直各单位："],
    ["某某镇人民政府", TITLE_NEAR_WIDTH, "各村民委员会，镇直各单位：", "某镇政发〔2023〕6号"],
], ids=["title-at-width-over-number", "title-near-width-over-recipients"])
def test_a_title_as_wide_as_the_wrap_does_not_go_on_into_the_letters_lines(head):
    """A title line that reached the wrap, or stopped within its indent's slack of it, ending like a
    title (…的通知), is no paragraph's piece when the line under it is a part of the letter alone: a doc
    number, the recipients line.  Joined, the title took the doc number or the recipients in."""
    assert len(TITLE_AT_WIDTH) == 26 and 26 - 4 <= len(TITLE_NEAR_WIDTH) < 26
    body = [piece for paragraph in LETTER_BODY for piece in _cut(paragraph, 26)]
    assert sum(len(piece) == 26 for piece in body) >= 5
    assert join_hard_wraps([*head, *body], letter_line=opens_letter_line) == [*head, *LETTER_BODY]
    meta = parse_metadata(located("\n".join([*head, *body])))
    assert meta.title == (TITLE_AT_WIDTH if TITLE_AT_WIDTH in head else "某某镇人民政府" + TITLE_NEAR_WIDTH)
    assert (meta.doc_number, meta.recipients) == ("某镇政发〔2023〕6号", ("各村民委员会", "镇直各单位"))


def test_a_title_near_the_width_does_not_go_on_into_the_pages_information_line():
    """A portal's heading a few characters short of the wrap, ending like a title, is no paragraph's piece over
    the page's information line (时间：… 来源：…, two or more of its labels: ``infoline.is_info_line``), in either
    script.  Joined, it took the line and the title printed again under it in, and the notice lost its title
    (blindsynth BLIND5201 cause 6: a traditional copy with stacked noise)."""
    for title, info in [(TITLE_NEAR_WIDTH, "时间：2023-03-10　来源：本网"),
                        ("關於印發某某鎮2023年人居環境整治任務分工的通知", "時間：2023-03-10　來源：本網")]:
        head = [title, info, title, "某镇政发〔2023〕6号", "各村民委员会，镇直各单位："]
        body = [piece for paragraph in LETTER_BODY for piece in _cut(paragraph, 26)]
        assert join_hard_wraps([*head, *body], letter_line=opens_letter_line) == [*head, *LETTER_BODY]


@pytest.mark.parametrize("lines", [
    # a sentence citing a notice wraps right after its title's kind: the next line goes on
    ["根据县政府印发的《关于加强农村人居环境整治工作的通知", "》要求，结合我镇实际，制定本方案。"],
    # a body line at the width and a line ending in a colon under it: the sentence goes on
    ["为做好2023年农村人居环境整治工作，各村委会要按照", "以下要求抓好落实："],
    # a title wrapped at the width mid-word: the title goes on
    ["某某镇人民政府关于印发某某镇2023年度人居环境整治", "任务分工的通知"],
])
def test_lines_that_only_look_like_a_title_over_a_letter_line_go_on(lines):
    """Only a line ending like a title stays apart, and only from a line that is a part of the letter
    alone."""
    body = [piece for paragraph in LETTER_BODY for piece in _cut(paragraph, 26)]
    assert join_hard_wraps([*lines, *body], letter_line=opens_letter_line) == ["".join(lines), *LETTER_BODY]


#: a county's notice whose body a "save as text with line length" wrapped at 24 characters, while the
#: portal's heading and the letter's title stayed one long line each (31 and 34 characters)
WIDE_TITLE_HEAD = ["某某县人民政府网", "首页 > 政务公开 > 县政府办文件",
                   "某某县人民政府办公室关于印发农村供水保障三年行动任务清单的通知",
                   "发布时间：2024-05-08",
                   "某某县人民政府办公室关于印发某某县农村供水保障三年行动任务清单的通知",
                   "某政办发〔2024〕17号", "各乡镇人民政府，县直有关单位："]
WIDE_TITLE_BODY = [
    "《某某县农村供水保障三年行动任务清单》已经县人民政府同意，现印发给你们，请认真抓好落实。",
    "某某县人民政府办公室", "2024年5月6日", "一、水源保护",
    "1.完成千人以上集中供水工程水源保护区划定21处。由县水利局牵头，县生态环境局、县自然资源局配合。",
    "2.建设农村供水水质检测中心1个，实现水质检测全覆盖。由县卫生健康局牵头，县水利局、县发展和改革局配合。",
    "二、工程建设",
    "3.实施规模化供水工程改造提升，新增受益人口1.8万人。由县乡村振兴局牵头，县财政局、县住房和城乡建设局配合。",
]


def test_a_body_wrapped_under_longer_unwrapped_title_lines_is_joined():
    """The wrap is the length many lines share, not the longest line: two title lines left whole
    (longer than the body's 24) hid the wrap, nothing was joined and 县发展和改革 / 局配合。 lost the unit."""
    body = [piece for paragraph in WIDE_TITLE_BODY for piece in _cut(paragraph, 24)]
    assert max(map(len, body)) == 24 and max(map(len, WIDE_TITLE_HEAD)) > 24
    assert "局配合。" in body and "乡建设局配合。" in body   # unit names cut in two
    joined = join_hard_wraps([*WIDE_TITLE_HEAD, *body])
    assert joined == [*WIDE_TITLE_HEAD, *WIDE_TITLE_BODY]
    measures = parse_body(located("\n".join([*WIDE_TITLE_HEAD, *body]))).measures
    assert [(m.measure_no, m.lead_cells, m.support_cells) for m in measures] == [
        (1, ("县水利局",), ("县生态环境局、县自然资源局",)), (2, ("县卫生健康局",), ("县水利局、县发展和改革局",)),
        (3, ("县乡村振兴局",), ("县财政局、县住房和城乡建设局",))]


#: a notice with its own breaks: a list of short points as long as each other (15 characters) under
#: its title and recipients line, and the letter's paragraphs
OWN_BREAKS_HEAD = ["某某县人民政府办公室关于做好2024年防汛抗旱工作的通知", "各乡镇人民政府，县直有关单位："]
OWN_BREAKS_POINTS = ["一是压实各级防汛工作责任。", "二是加强雨情水情监测预警。", "三是全面排查各类风险隐患。",
                     "四是提前做好抢险物资储备。", "五是严格执行值班值守制度。"]
OWN_BREAKS_PARAGRAPHS = [
    "为切实做好今年防汛抗旱工作，确保人民群众生命财产安全，经县人民政府同意，现就有关事项通知如下。",
    "各乡镇、各单位发现险情要及时报告县防汛抗旱指挥部办公室，不得迟报、漏报、瞒报。"]


@pytest.mark.parametrize("lines", [
    [*OWN_BREAKS_HEAD, *OWN_BREAKS_POINTS, "某某县人民政府办公室", "2024年4月20日"],
    [*OWN_BREAKS_HEAD, OWN_BREAKS_PARAGRAPHS[0], *OWN_BREAKS_POINTS, OWN_BREAKS_PARAGRAPHS[1]],
], ids=["points-under-title", "points-among-paragraphs"])
def test_a_notice_with_its_own_breaks_and_a_few_long_lines_is_left_alone(lines):
    """Short lines sharing a length under a few longer ones are no wrap when they end their sentences
    (a list of short points), nor under paragraphs that end theirs (a notice's own lines)."""
    assert len({len(p) for p in OWN_BREAKS_POINTS}) == 1 and len(OWN_BREAKS_POINTS[0]) >= 12
    assert join_hard_wraps(lines) == lines


def test_the_issuers_line_over_the_title_is_no_wrapped_lines_rest():
    """With the wrap found under the titles, a page's line a few characters short of it (its
    ``WRAP_INDENT`` slack, ending no sentence) stood over the issuer's line of the title block: the
    issuer's name, alone over the 关于 line (or a signer over its date), opens a line of its own."""
    info = "时间：2024-05-08　来源：县政府办"
    head = ["某某县人民政府网", "首页 > 政务公开 > 县政府办文件", WIDE_TITLE_HEAD[4], info, "某某县人民政府办公室",
            "关于印发某某县农村供水保障三年行动任务清单的通知", "某政办发〔2024〕17号", "各乡镇人民政府，县直有关单位："]
    assert 24 - 4 <= len(info) < 24
    body = [piece for paragraph in WIDE_TITLE_BODY for piece in _cut(paragraph, 24)]
    assert join_hard_wraps([*head, *body], letter_line=opens_letter_line) == [*head, *WIDE_TITLE_BODY]
    meta = parse_metadata(located("\n".join([*head, *body])))
    assert (meta.title, meta.issuer) == (WIDE_TITLE_HEAD[4], "某某县人民政府办公室")
    # a paragraph's rest that is a body's name goes on where no title or date follows it
    tail = ["二、工作要求", "各乡镇、各单位要于每季度末将工作进展情况报送至县", "人民政府办公室", "三、其他事项"]
    assert join_hard_wraps([*body, *tail], letter_line=opens_letter_line) == \
        [*WIDE_TITLE_BODY, tail[0], tail[1] + tail[2], tail[3]]


#: a district's copy wrapped at 28 characters and saved with a blank line after every line (a browser's copy
#: of a page whose paragraphs had a margin), the letter and two items
SPACED_PARAGRAPHS = [
    "某某区人民政府办公室", "关于印发某某区2024年城市更新重点任务清单的通知", "某区府办发〔2024〕11号", "各街道办事处，区直各部门：",
    "《某某区2024年城市更新重点任务清单》已经区人民政府同意，现印发给你们，请结合实际认真组织实施。",
    "某某区人民政府办公室", "2024年6月3日", "一、片区更新",
    "1.推进老城片区有机更新，完成街巷立面整治12条。由区住房和城乡建设局牵头，区城市管理和综合执法局、区文化广电旅游体育局配合。",
    "2.实施城中村改造，启动拆迁安置房建设1800套。由区自然资源和规划分局牵头，区财政局、各街道办事处配合。",
]


def _blank_spaced(lines: list[str]) -> list[str]:
    """``lines`` with a blank line after every line."""
    return [piece for line in lines for piece in (line, "")]


def test_a_wrapped_copy_with_a_blank_line_after_every_line_is_joined_over_the_blanks():
    """In a copy that sets a blank line after every line, a single blank is spacing, no paragraph break:
    a line that reached the wrap goes on in the line after the blank.  Before, every blank stopped the
    join, and 区自 / 然资源和规划分局 stayed cut."""
    wrapped = [piece for paragraph in SPACED_PARAGRAPHS for piece in _cut(paragraph, 28)]
    assert "然资源和规划分局牵头，区财政局、各街道办事处配合。" in wrapped and sum(len(piece) == 28 for piece in wrapped) >= 4
    assert join_hard_wraps(_blank_spaced(wrapped), letter_line=opens_letter_line) == _blank_spaced(SPACED_PARAGRAPHS)
    measures = parse_body(located("\n".join(_blank_spaced(wrapped)))).measures
    assert [(m.measure_no, m.lead_cells, m.support_cells) for m in measures] == [
        (1, ("区住房和城乡建设局",), ("区城市管理和综合执法局、区文化广电旅游体育局",)),
        (2, ("区自然资源和规划分局",), ("区财政局、各街道办事处",))]


def test_a_blank_line_after_a_wrapped_line_in_a_single_spaced_copy_still_parts_paragraphs():
    """In a copy with its lines one under another, a blank line is a paragraph break, even after a line
    as wide as the wrap; so are two blank lines in a blank-spaced copy."""
    wrapped = [piece for paragraph in SPACED_PARAGRAPHS for piece in _cut(paragraph, 28)]
    at = wrapped.index("然资源和规划分局牵头，区财政局、各街道办事处配合。")
    single = [*wrapped[:at], "", *wrapped[at:]]
    assert join_hard_wraps(single)[-3:] == [
        "2.实施城中村改造，启动拆迁安置房建设1800套。由区自", "", "然资源和规划分局牵头，区财政局、各街道办事处配合。"]
    double = [*_blank_spaced(wrapped[:at]), "", *_blank_spaced(wrapped[at:])]
    assert join_hard_wraps(double)[-5:] == [
        "2.实施城中村改造，启动拆迁安置房建设1800套。由区自", "", "", "然资源和规划分局牵头，区财政局、各街道办事处配合。", ""]


#: a district's page saved as text: the portal's lines over and under the notice, the letter's title
#: left whole (32 characters), its body wrapped at 26; each paragraph one full line and its rest
CHROME_HEAD = ["某某区门户网站", "首页 政务公开 互动交流", "当前位置：首页 > 政务公开 > 区政府文件",
               "某某区人民政府办公室关于印发某某区2037年旧街改造任务分工的通知", "某区政办〔2037〕8号",
               "各街道办事处，区直各单位：", "某某区人民政府办公室", "2037年1月9日", "附件",
               "某某区2037年旧街改造任务分工", "一、街面整治"]
CHROME_BODY = ["1.改造沿街店招店牌320块，统一色调风格。由区城管局牵头，区住建局配合。",
               "2.整治架空线缆18公里，实现入地管廊敷设。由区住建局牵头，区工信局配合。",
               "3.新建口袋公园6处，增加绿地面积两万平方米。由区林业局牵头，区财政局配合。",
               "4.修缮历史建筑立面40栋，恢复骑楼街区风貌。由区文旅局牵头，区自然资源局配合。"]
CHROME_FOOT = ["【打印】【关闭】", "扫一扫在手机打开当前页", "相关链接：某某区旧街改造规划", "主办：某某区人民政府办公室",
               "网站地图 | 联系我们", "版权所有：某某区人民政府"]


def test_a_body_wrapped_among_many_lines_of_the_page_is_joined():
    """The lines that show the wrap are under a quarter of the copy (the portal's lines, the letter's
    short lines), but every one is cut mid-sentence and its paragraph's rest follows it: the full lines
    and their rests are the wrapped body, and they make the share.  Before, nothing was joined and
    区 / 住建局配合。 lost the unit."""
    body = [piece for paragraph in CHROME_BODY for piece in _cut(paragraph, 26)]
    lines = [*CHROME_HEAD, *body, *CHROME_FOOT]
    shown = sum(len(line) == 26 for line in lines)
    assert shown == 4 and shown < 0.25 * len([ln for ln in lines if ln.strip()]) <= 2 * shown
    assert join_hard_wraps(lines) == [*CHROME_HEAD, *CHROME_BODY, *CHROME_FOOT]


def test_headings_sharing_a_length_over_their_paragraphs_among_many_lines_are_left_alone():
    """The look-alike: lines as long as each other ending no sentence (headings), each over a line of its
    own that is no rest (longer, ending its sentence), among as many lines of the page: no wrap."""
    heads = ["一、强化沿街店招店牌统一规划管理", "二、推进架空线缆入地管廊敷设工程", "三、建设口袋公园增加城市绿地面积",
             "四、修缮历史建筑恢复骑楼街区风貌"]
    lines = [*CHROME_HEAD[:3], *CHROME_HEAD[5:8]]
    paragraphs = ["各街道要细化工作方案，明确时间节点，确保按期完成。", "区住建局要统筹管线单位，分段实施，减少对交通的影响。",
                  "区林业局要会同各街道选址，优先利用边角空地。", "区文旅局要组织专家论证，坚持修旧如旧，严控拆建。"]
    for head, paragraph in zip(heads, paragraphs):
        lines += [head, paragraph]
    lines += CHROME_FOOT
    assert len({len(h) for h in heads}) == 1
    assert join_hard_wraps(lines) == lines


# A list posted alone under headings that name each group's lead (一、县发展和改革委员会牵头工作), the
# headings as long as each other and each over one bare item shorter than it: the headings look like a
# wrap's full lines and the items like their rests (oneline41's other risk, session 41's closing note).
LEAD_HEADINGS = ["一、县发展和改革委员会牵头工作", "二、县住房和城乡建设局牵头工作", "三、县市场监督管理局牵头的工作",
                 "四、县农业农村局牵头落实的工作"]
BARE_ITEMS = ["争取中央预算内投资5亿元。", "改造城镇老旧小区20个。", "开展食品安全专项整治。", "新建高标准农田3万亩。"]
LEAD_LIST = ["金寨县2024年重点工作任务分工清单"] + [line for pair in zip(LEAD_HEADINGS, BARE_ITEMS) for line in pair]


def test_lead_headings_as_long_as_each_other_over_one_bare_item_each_are_no_wrap():
    assert len({len(h) for h in LEAD_HEADINGS}) == 1 and all(len(i) < len(LEAD_HEADINGS[0]) for i in BARE_ITEMS)
    assert join_hard_wraps(LEAD_LIST) == LEAD_LIST


def test_lead_headings_over_one_bare_item_each_give_each_item_its_lead():
    result = parse_body(locate_content(decode_bytes(make_raw("\n".join(LEAD_LIST).encode("utf-8"), path="n.txt"))))
    assert [(m.text, m.lead_cells) for m in result.measures] == [
        (item, (head[2:head.index("牵头")],)) for head, item in zip(LEAD_HEADINGS, BARE_ITEMS)]


def test_numbered_items_each_wrapped_once_are_still_joined():
    # the look-alike: each item's first line cut at the width mid-sentence, its rest under it
    items = ["1.争取中央预算内投资5亿元，确保重", "点项目按期开工。", "2.改造城镇老旧小区20个，同步完善", "配套设施。",
             "3.开展食品安全专项整治行动，严厉打", "击违法行为。", "4.新建高标准农田3万亩，提升粮食综", "合产能。"]
    assert len({len(line) for line in items[::2]}) == 1
    assert join_hard_wraps(["金寨县2024年重点工作任务分工清单"] + items) == ["金寨县2024年重点工作任务分工清单"] + [
        a + b for a, b in zip(items[::2], items[1::2])]


#: a copy wrapped at 20 characters wherever the width falls (blindsynth seeds 1177 and 1813): each item runs its label on
#: after its sentence (``…。主办单位：…``), and the third item's sentence ends right at the width
ZHUBAN_ITEMS = ["１．做好退役军人服务保障，建成退役军人服", "务站四十个。主办单位：区医保局、区卫健局", "、区发改局。",
                "３．实施农村人居环境整治提升行动，建成美", "丽乡村示范村十个，按期完成年度目标任务。",
                "主办单位：区医保局、区应急局。",
                "４．开展双随机一公开监管，抽查比例不低于", "百分之二。主办单位：区统计局、区发改局。"]


def test_a_label_the_copy_runs_on_after_its_sentences_goes_on_where_a_wrap_put_it_at_a_lines_start():
    """The wrap fell between item 3's full stop and its 主办单位 label: the copy prints that label right
    after a sentence's end inside its lines, so the label line is the item's rest (before, it stood as a
    line of its own, which the page's footer words (主办单位：) read as the end of the notice)."""
    assert {len(ln) for ln in ZHUBAN_ITEMS} >= {20} and max(map(len, ZHUBAN_ITEMS)) == 20
    assert join_hard_wraps(ZHUBAN_ITEMS) == [
        "１．做好退役军人服务保障，建成退役军人服务站四十个。主办单位：区医保局、区卫健局、区发改局。",
        "３．实施农村人居环境整治提升行动，建成美丽乡村示范村十个，按期完成年度目标任务。主办单位：区医保局、区应急局。",
        "４．开展双随机一公开监管，抽查比例不低于百分之二。主办单位：区统计局、区发改局。"]


def test_label_lines_of_a_copy_that_never_runs_its_labels_on_stay_apart():
    """The same lines, each item's label on a line of its own: a label line under a sentence that
    reached the width is the notice's own."""
    lines = [*ZHUBAN_ITEMS[3:6], ZHUBAN_ITEMS[6], "百分之二。", "主办单位：区统计局、区发改局。",
             "５．推进老旧小区改造。", "主办单位：区住建局。"]
    assert join_hard_wraps(lines) == [ZHUBAN_ITEMS[3] + ZHUBAN_ITEMS[4], ZHUBAN_ITEMS[5],
                                      ZHUBAN_ITEMS[6] + "百分之二。", *lines[5:]]


#: the same items running 牵头单位 on after their sentences (主办单位 alone on a line is a portal's footer word)
LEAD_RUN_ITEMS = [line.replace("主办单位", "牵头单位") for line in ZHUBAN_ITEMS]
#: ... with a second item that prints no label: the line under item 3 names the units of both (a group's label
#: line, as a copy with its breaks prints it); item 4's heading and item after it
GROUP_LINES = [*LEAD_RUN_ITEMS[:3], "２．推进老旧小区改造，完成改造小区十二个", "，惠及居民三千户。", *LEAD_RUN_ITEMS[3:5],
               "牵头单位：区住建局、区城管局。", "二、营商环境", *LEAD_RUN_ITEMS[6:]]


def test_a_group_label_line_under_items_printing_no_label_stays_apart_in_a_copy_running_labels_on():
    """A risk named in session 46: a copy running its labels on after sentences prints a label line of its own under
    items 2 and 3, neither of which prints a label; joined to item 3, it covered item 3 alone and item 2, with no
    unit, was lost.  Hand-checked: items 2 and 3 both take 区住建局、区城管局, as the copy with its breaks reads."""
    joined = join_hard_wraps(GROUP_LINES)
    assert joined[1:4] == ["２．推进老旧小区改造，完成改造小区十二个，惠及居民三千户。", LEAD_RUN_ITEMS[3] + LEAD_RUN_ITEMS[4],
                           "牵头单位：区住建局、区城管局。"]
    rows = [(m.text[:6], m.lead_cells) for m in parse_body(located("\n".join(GROUP_LINES))).measures]
    assert rows == [("做好退役军人", ("区医保局、区卫健局、区发改局",)), ("推进老旧小区", ("区住建局、区城管局",)),
                    ("实施农村人居", ("区住建局、区城管局",)), ("开展双随机一", ("区统计局、区发改局",))]


def test_a_label_alone_on_its_line_under_a_full_stop_stays_apart_in_a_copy_running_labels_on():
    """The same risk, a label printed alone over its units' line (`牵头单位：` / `区住建局…`) under an item whose
    sentence ends at the width: a wrap never leaves a label short of the width with its value on the next line.
    Joined, the item took the empty label and lost its units (it was dropped)."""
    lines = [*LEAD_RUN_ITEMS[:3], "２．推进老旧小区改造，完成改造小区十二个", "，惠及居民三千户。牵头单位：区民政局。",
             *LEAD_RUN_ITEMS[3:5], "牵头单位：", "区住建局、区城管局。", "二、营商环境", *LEAD_RUN_ITEMS[6:]]
    assert join_hard_wraps(lines)[2:5] == [LEAD_RUN_ITEMS[3] + LEAD_RUN_ITEMS[4], "牵头单位：", "区住建局、区城管局。"]
    rows = [(m.text[:6], m.lead_cells) for m in parse_body(located("\n".join(lines))).measures]
    assert rows == [("做好退役军人", ("区医保局、区卫健局、区发改局",)), ("推进老旧小区", ("区民政局",)),
                    ("实施农村人居", ("区住建局、区城管局",)), ("开展双随机一", ("区统计局、区发改局",))]


def test_a_laid_out_tables_lone_cell_rests_are_no_wrap():
    """A PDF's layout copy (pdftotext -layout) with a narrow number column sets a task cell's rests under its
    column, less than CELL_REST_INDENT in; where the row's other cells end first the last rests stand alone,
    several rows' of one length, and read as a wrap of that width.  Standing under a table's row where one of
    its cells after the first opens (hardwraps._under_a_cell), they are cell rests and none is joined
    (blindsynth session 56 cause 7, bs1563; holdout layoutrest-hunan)."""
    lines = ["某省2024年民生实事任务分工表", "",
             " 序号      工 作 任 务    牵头单位        完成时限",
             " 1       新建社区居家养    省民政厅        年底前",
             "         老服务中心12",
             "         个，覆盖全部街",
             "         道。",
             " 2       完成城区雨污分    省住建厅        2024年9月",
             "         流改造30公里                  底前",
             "         ，新建雨水泵站",
             "         3座。",
             " 3       为农村低收入人    省卫健委        年底前",
             "         口免费开展健康",
             "         体检。"]
    assert join_hard_wraps(lines) == lines

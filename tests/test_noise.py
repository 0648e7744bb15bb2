"""Forum and mirror noise the text layer takes out of a line (layout/noise.py): a forum's
anti-copy jammer runs, and the repost lines around a notice."""
import pytest

from extractor.engine.extract import extract
from extractor.layout.locate import clean_text_lines
from extractor.layout.noise import (is_code_line, is_jammer_run, is_noise_line, strip_jammer, strip_jammer_inside,
                                    strip_markdown)


# --- the jammer --------------------------------------------------------------------------
# A forum (Discuz! and the like) hides runs of random ASCII at the line breaks of a post: a
# character of space..; then a space then one of ?..~, over and over.  A browser shows the runs
# in a copy of the page; single spaces because HTML collapses the doubled ones.

@pytest.mark.parametrize("run", [
    "9 q% Z2 m( K; x",
    "' H b* R] v/ U4 e. E",      # a space drawn for the first character of a pair: H stands alone
    "+ p1 c- V\" o3 J, w] d",
    "4 z7 M% t$ W# r! Q",
])
def test_a_line_that_is_only_a_jammer_run_is_dropped(run):
    assert strip_jammer(run) == ""
    lines = ["关于做好某项工作的通知", run, "各镇人民政府："]
    assert clean_text_lines(lines) == [lines[0], lines[2]]


def test_a_run_glued_to_the_end_of_a_line_goes_and_the_line_stays():
    assert strip_jammer("请认真贯彻执行。8 w( T1 h% C+ n") == "请认真贯彻执行。"
    assert strip_jammer("（牵头单位：县财政局）; k3 G! y- D. p") == "（牵头单位：县财政局）"


def test_a_run_glued_to_the_start_of_a_line_goes_and_its_last_character_with_it():
    # the run ends with one character of ?..~ glued to the line: only that one is the run's
    assert strip_jammer("2 x ^. u# Y/ k0 n三、优化营商环境") == "三、优化营商环境"
    assert strip_jammer("/ M4 b& r) Z; Q2021年重点任务") == "2021年重点任务"


def test_a_run_in_a_copy_that_printed_its_digits_full_width_is_still_a_run():
    """The run is matched in the folded copy (text.fold), as every label and number is: a copy
    that widened every digit (７ k# Q& a４) widened the run's too."""
    assert strip_jammer("７ k# Q& a４ Y: ~. B") == ""
    assert strip_jammer("请认真抓好落实。６ Y９ D# c( n) w") == "请认真抓好落实。"
    assert strip_jammer("( }( U７ T* @& S' A７ G２０１８年重点任务") == "２０１８年重点任务"


def test_runs_at_both_ends_of_one_line():
    assert strip_jammer("0 h! A} q* W, Z1.建成园区。7 s# B. e& K: i") == "1.建成园区。"


def test_real_ascii_before_a_glued_run_stays():
    assert strip_jammer("PM2.5浓度下降到35以下% k2 W! b8 ]' j") == "PM2.5浓度下降到35以下"
    assert strip_jammer("推广5G应用 r7 A: c* W- n") == "推广5G应用"


def test_runs_glued_inside_a_line_that_lost_its_breaks_go():
    """A one-line copy of a forum post glues the runs that stood at its line breaks between its
    words: each goes, with one glued character at either end (4. after a run keeps its 4)."""
    assert strip_jammer_inside("的通知% k2 W! b8 ]' j潼南府办发〔2018〕9号: x1 A- w; D T$ v各镇人民政府") \
        == "的通知潼南府办发〔2018〕9号各镇人民政府"
    assert strip_jammer_inside("（配合单位：区金融办）3 w& A2 f; I5 o- t3 N4.开展招聘会。") == "（配合单位：区金融办）4.开展招聘会。"
    assert strip_jammer_inside("2018年4月20日( }( U7 T* @& S' A7 G2018年重点任务") == "2018年4月20日2018年重点任务"


def test_a_one_line_forum_repost_keeps_its_items_and_loses_its_footer():
    """Run into one line, a run's brackets (( }() opened what the text never closed: the label
    joints of the run-on text were looked for inside a bracket and each item's bracket was cut
    into label lines; the forum's footer (欢迎光临 … Powered by Discuz!) glued to the last item's
    bracket left it closing nothing and the item was lost."""
    line = ("关于印发重点任务分工的通知% k2 W! b8 ]' j各镇人民政府：现印发给你们。( }( U7 T* @& S' A7 G一、抓好工业投资"
            "1.新开工工业项目十个。（牵头单位：区经济信息委；配合单位：区发展改革委）! O6 L) {8 Y# L9 k) w) P2 N ]* n7 {' l"
            "2.盘活闲置厂房。（牵头单位：区国土房管局；配合单位：各镇街）) F9 h% d& V) `2 j/ B"
            "欢迎光临 某某论坛 (http://bbs.example/) Powered by Discuz! X3.2")
    assert clean_text_lines([line])[-2:] == ["1.新开工工业项目十个。（牵头单位：区经济信息委；配合单位：区发展改革委）",
                                             "2.盘活闲置厂房。（牵头单位：区国土房管局；配合单位：各镇街）"]


def test_a_one_line_forum_post_loses_the_controls_under_its_text():
    """A forum prints its controls under each post (回复 / 使用道具 / 举报); run into one line, 回复 was glued to the last
    item's closing bracket, the item closed with no assignment and was lost (holdout forumbar-yancheng's one-line copy,
    xfail74).  A 回复 inside the text (按时回复) is no control."""
    line = ("关于印发重点任务分工方案的通知各县区人民政府：现印发给你们。一、提升便利度"
            "1.压缩企业开办时间。（市市场监管局牵头，市公安局配合）2.按时回复企业诉求。（市财政局牵头，市发改委配合）")
    for controls in ("回复使用道具 举报", "回复 使用道具 举报"):
        assert clean_text_lines([line + controls])[-2:] == ["2.按时回复企业诉求。（市财政局牵头，市发改委配合）", controls]
    notice = extract((line + "回复使用道具 举报").encode("utf-8"))
    assert [(m.measure_no, [r.name for r in m.lead]) for m in notice.measures] == [(1, ["市市场监管局"]), (2, ["市财政局"])]


def test_a_one_line_reader_copy_loses_the_address_saved_under_its_last_item():
    """A reader view saves the page's address under the text (原文链接：…); run into one line it
    was glued to the last item's deadline (长期坚持原文链接：…) and the item was lost."""
    line = ("关于印发民生工作任务分工的通知各县区人民政府：现印发给你们。"
            "1.扩大城乡公益性岗位。牵头单位：市人社局 配合单位：市财政局 完成时限：2020年底前"
            "2.做好困难群众兜底保障。牵头单位：市民政局 配合单位：市直有关部门 完成时限：长期坚持"
            "原文链接：www.example.gov.cn/xxgk/2020/")
    assert clean_text_lines([line])[-1].endswith("完成时限：长期坚持")


# Real notices print ASCII of their own: none of it is a jammer run.
@pytest.mark.parametrize("line", [
    "网址：http://www.example.gov.cn/zwgk/2021/index.html",
    "全市GDP增长6.5%，建成5G基站1200个",
    "PM2.5平均浓度 35 μg/m3",
    "某府办发〔2018〕9号",
    "作者: 某某    时间: 2018-4-23 10:26",
    "1. 2. 3. 4. 5. 6.",
    "A、B、C、D、E类项目",
    "a) b) c) d) e) f)",
    "A B C D E F G",
    "| 1 | 2 | 3 | 4 | 5 |",
    "| a | b | c | d | e |",
    "+----+------+--------+",
    "Chongqing Tongnan Wetland Park",
    "通过ISO 9001:2015质量管理体系认证",
    "( G D P ) 增 长",
    "Q & A",
    "附件：1. 2. 3.",
    "时间：2021.3.29 - 2021.4.30",
    "责任单位：区发改局 区财政局 区住建局 区交通局 区水利局",
    "9 : 00 - 17 : 30",
])
def test_real_ascii_is_never_a_jammer_run(line):
    assert strip_jammer(line) == line


@pytest.mark.parametrize("run,is_run", [
    ("7 k# Q& a4 Y: ~. B", True),
    ("a) b) c) d) e) f)", False),     # one kind of punctuation: a list's labels
    ("1. 2. 3. 4. 5. 6.", False),     # no letter
    ("A B C D E F G", False),         # no digit or punctuation
    ("k# Q&", False),                 # too short to tell
])
def test_the_recognizer(run, is_run):
    assert is_jammer_run(run) is is_run


# --- repost lines ------------------------------------------------------------------------
CONTENT = ["关于印发某某县2021年重点工作任务分工方案的通知", "各乡镇人民政府，县直各单位：",
           "现将《某某县2021年重点工作任务分工方案》印发给你们，请认真贯彻执行。"]


@pytest.mark.parametrize("line", [
    "本帖最后由 某某 于 2018-4-23 10:31 编辑",                    # a forum's edit stamp
    "作者: 某某    时间: 2018-4-23 10:26",                         # a forum's print view
    "重点任务分工.doc (35.5 KB, 下载次数: 12)",                    # a forum's attachment entry
    "分工方案.xls (18 KB, 下载次数: 3, 售价: 1 金钱)",
    "2018-4-23 10:26 上传",
    "下载附件",
    "下载地址：点击此处下载",                                      # a law database's download link (xfail74)
    "下载地址: 点击此处下载",
    "欢迎光临 某某论坛 (http://bbs.example/) Powered by Discuz! X3.2",
    "来源：某某日报",                                             # a reposting portal's source line
    "文章来源: 某某网",
    "微信扫一扫",
    "扫一扫在手机上查看当前页面",
    "www.example.com",                                            # a mirror's watermark line
    "http://www.example.com/news/",
    "已阅读5页,还剩13页未读 继续免费阅读",                        # a document-sharing site
    "版权说明:本文档由用户提供并上传,收益归属内容提供方,若内容存在侵权,请进行举报或认领",
    "某县重点工作任务分工方案_第1页",
    "文档简介",
    "下载本文档",
    "原文链接：https://www.example.gov.cn/zwgk/2020/0312.html",    # a reader view's saved address
    "原文链接: www.example.gov.cn/xxgk/",
    "Time 0.012733 second(s),query:7 Gzip disabled",              # a forum archiver's footer
    "Processed in 0.031254 second(s), 5 queries.",
    "查看完整版本: [-- 某县民生实事分工出炉 --] [-- top --]",
    "某某论坛 - 查看完整版本: [-- 某县民生实事分工出炉 --]",
])
def test_a_repost_line_is_dropped_and_the_notice_goes_on(line):
    assert clean_text_lines(CONTENT + [line] + CONTENT) == CONTENT + CONTENT


@pytest.mark.parametrize("line", [
    "网址：http://www.example.gov.cn/zwgk/index.html",            # the notice's own, labelled
    "联系电话：0731-12345678，电子邮箱：abc@example.gov.cn",
    "2021.3.29",
    "各来源地人民政府：",
    "（三）建立第1页问题清单",
    "申报表格可在市政府网站下载，下载地址见附件。",                 # the notice's own word for it, inside a sentence
])
def test_a_notice_line_like_a_repost_line_stays(line):
    assert line in clean_text_lines(CONTENT + [line] + CONTENT)


# --- code leaked into the text -----------------------------------------------------------
# A web editor that lost a pasted Word document's <style> element, or a copy of a page taken
# with its scripts, prints the code as text: CSS rules and declarations, JavaScript.  Left in,
# an opening brace that never closes made the rest of a notice run into one line read as inside
# a bracket.

@pytest.mark.parametrize("line", [
    "/* Font Definitions */",
    "@font-face",
    "{font-family:宋体;",
    "panose-1:2 1 6 0 3 1 1 1 1 1;",
    "mso-font-alt:SimSun;",
    "mso-font-signature:3 680460288 22 0 262145 0;}",
    "p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:10.5pt;}",
    "table.MsoNormalTable {mso-style-name:普通表格; mso-tstyle-rowband-size:0;}",
    "var _hmt = _hmt || [];",
    "(function(){var hm = document.createElement(\"script\");})();",
    "document.write('2021-03-01');",
    "}",
])
def test_a_line_of_css_or_script_is_dropped(line):
    assert is_code_line(line)
    assert clean_text_lines(CONTENT + [line] + CONTENT) == CONTENT + CONTENT


@pytest.mark.parametrize("line", [
    "1.开展{year}年度考核工作。（牵头单位：县发改局）",       # a template's placeholder in a notice's line
    "1.建成产业园区。{牵头单位：县发改局；配合单位：县财政局}",  # a typist's braces: the item's bracket
    "牵头单位：县发改局；配合单位：县财政局；",
    "完成时限：2021年12月31日;",
    "网址：http://www.example.gov.cn/zwgk/index.html",
    "PM2.5: 35 μg/m3;",
    "A、B、C类项目；",
    "ISO 9001:2015;",
])
def test_a_notice_line_is_no_code(line):
    assert not is_code_line(line)


def _measures(text: str):
    from conftest import make_raw
    from extractor.layout.locate import locate_content
    from extractor.parse.forms import parse_body
    from extractor.source.decode import decode_bytes
    located = locate_content(decode_bytes(make_raw(text.encode("utf-8"), path="n.txt")))
    return [(m.measure_no, m.text, m.lead_cells, m.support_cells) for m in parse_body(located).measures]


LETTER = ("关于印发某县重点工作任务分工方案的通知\n各乡镇人民政府，县直各单位：\n现将方案印发给你们，请认真贯彻执行。\n"
          "某县人民政府办公室\n2021年3月1日\n某县重点工作任务分工方案\n")


def test_braces_that_reach_the_parsers_are_a_typists_or_a_templates():
    """With code kept out (dropped elements, code lines), a brace left in a notice is a typist's
    bracket around an item's labels, read as its bracket, or a template's placeholder inside the
    wording, which stays wording and takes nothing from the item's own bracket."""
    assert _measures(LETTER + "1.建成产业园区。{牵头单位：县发改局；配合单位：县财政局}\n"
                              "2.开展{year}年度考核。（牵头单位：县教育局）\n") == [
        (1, "建成产业园区。", ("县发改局",), ("县财政局",)),
        (2, "开展{year}年度考核。", ("县教育局",), ())]


def test_a_script_copied_with_the_page_is_not_the_table_title(tmp_path):
    """A text copy taken with the page's scripts: the code between the signature's date and the
    plan's heading was taken for the table title."""
    from extractor.engine.extract import extract_file
    js = "var _hmt = _hmt || [];\n(function(){var hm = document.createElement(\"script\");})();\n"
    path = tmp_path / "n.txt"
    path.write_text(LETTER.replace("2021年3月1日\n", "2021年3月1日\n" + js)
                    + "1.建成产业园区。（牵头单位：县发改局）\n2.新建学校3所。（牵头单位：县教育局）\n", encoding="utf-8")
    notice = extract_file(path)
    assert notice.table_title == "某县重点工作任务分工方案" and len(notice.measures) == 2


# --- a Markdown copy ----------------------------------------------------------------------

def test_a_markdown_copy_reads_as_the_notice_it_renders():
    """A mirror keeping a notice as Markdown prints bold headings and labels and escapes each
    item's dot (1\\.); before, no label, heading or item number was read in it."""
    lines = ["关于印发重点任务分工的通知", "各镇人民政府：", "现印发给你们，请认真贯彻落实。",
             "## **一、优化营商环境**", "1\\. 推行企业开办全程网办。", "**牵头单位：**县市场监管局",
             "**配合单位**：县税务局、县公安局", "2\\. 压缩工程建设项目审批时限。", "**牵头单位**：县住建局"]
    from conftest import make_raw
    from extractor.layout.locate import locate_content
    from extractor.source.decode import decode_bytes
    located = locate_content(decode_bytes(make_raw("\n".join(lines).encode("utf-8"), path="n.txt")))
    assert list(located.lines[3:]) == [
        "一、优化营商环境", "1. 推行企业开办全程网办。", "牵头单位：县市场监管局", "配合单位：县税务局、县公安局",
        "2. 压缩工程建设项目审批时限。", "牵头单位：县住建局"]


@pytest.mark.parametrize("line", [
    "*为约束性指标，其余为预期性指标",        # a notice's own footnote mark
    "填报单位：________　填报日期：____年__月__日",   # fill-in blanks
    "| 1 | 做甲\\|做乙 | 县商务局 |",             # an escaped bar is a cell's own text
    "#\t工作任务\t牵头单位",                  # a TAB table's number column headed #
    "# | 工作任务 | 牵头单位 |",
    "1#楼、2#楼完成主体施工",
])
def test_what_is_no_markdown_markup_stays(line):
    assert strip_markdown(line) == line


@pytest.mark.parametrize("caption", ["IMG_0412.Jpg", "微信图片_20220301.Png", "640.JpeG", "DSC_0021.gIF", "图1.WebP",
                                     "IMG_0412.JPG", "640.webp.jpg"])
def test_an_image_file_name_is_noise_in_any_letter_case(caption):
    """The caption expression reads the extension in any case (``(?i:…)``), and so must the words that
    let a line be looked at (``noise_line_words``): a camera's or a phone's mixed-case name too."""
    assert is_noise_line(caption)


# --- a portal's header word alone, not a wrapped line opening with the same characters --------
# dg.gov.cn prints the word 头部 alone on a line over its crumbs (its header's skip link); a text copy
# cut at a fixed width can open a line with the same two characters inside a task's words
# (…培育一批 / 头部企业…, …（牵 / 头部门：…）), which is the notice's text.

def test_the_header_word_alone_on_its_line_is_chrome():
    lines = ["头部", "当前位置：首页 > 政务公开", "关于做好某项工作的通知", "各镇人民政府："]
    assert clean_text_lines(lines) == [lines[2], lines[3]]


@pytest.mark.parametrize("wrapped", ["头部企业和链主企业，带动配套企业发展。", "头部平台入驻本地。（牵头单位：县商务局）"])
def test_a_wrapped_line_opening_with_the_header_word_is_kept(wrapped):
    lines = ["关于做好某项工作的通知", "3.培育一批营收超十亿元的", wrapped]
    assert clean_text_lines(lines) == lines


def test_a_related_laws_heading_alone_on_its_line_ends_the_content():
    """A law-search page's heading over its list of related laws under the text (<h3>相关法规</h3>, its
    titles after it) ends the content, in either script (holdout byheadlead-quzhou: before, the titles ran
    into the last item); a sentence of the notice opening with the words stays."""
    body = ["某市人民政府关于印发若干政策举措的通知", "各县（市、区）人民政府：",
            "一、扩大有效投资（由市发改委牵头）", "（一）每季度集中推介项目，全年推介项目不少于30个。"]
    for heading in ("相关法规", "相關法規"):
        assert clean_text_lines(body + [heading, "浙江省人民政府关于推动经济高质量发展若干政策的通知"]) == body
    kept = body + ["相关法规另有规定的，从其规定。"]
    assert clean_text_lines(kept) == kept


# --- a mask is no Markdown -----------------------------------------------------------------
# A tender site's copy hides words of unit names with stars (县**局, ****分局: tests/fixtures/README.md, masked
# names); two of them in a line read as Markdown's strong emphasis around the words between (**局 | 县教育局、县**),
# and the masks were taken out (conv54).  A pipe copy and the same copy with bold header cells give the same rows,
# the masks as printed.

_MASKED_PIPE = ["某县2025年食品安全重点工作任务清单",
                "| 序号 | 工作任务 | 牵头单位 | 配合单位 |",
                "| --- | --- | --- | --- |",
                "| 1 | 开展校园食堂食品安全专项检查。 | 县**局 | 县教育局、县**局 |",
                "| 2 | 推进农贸市场标准化升级改造。 | ****分局 | 县商务局 |",
                "| 3 | 组织食品安全宣传周活动。 | 县**局 | 县**局、县卫生健康局 |"]
_MASKED_ROWS = [(1, ("县**局",), ("县教育局", "县**局")), (2, ("****分局",), ("县商务局",)),
                (3, ("县**局",), ("县**局", "县卫生健康局"))]


def _masked_rows(lines, tmp_path):
    from extractor.engine.extract import extract_file
    path = tmp_path / "masked.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [(m.measure_no, tuple(r.name for r in m.lead), tuple(r.name for r in m.support))
            for m in extract_file(path).measures]


@pytest.mark.parametrize("bold", [False, True])
def test_a_pipe_copys_masks_stay_masks_with_or_without_bold_cells(bold, tmp_path):
    lines = list(_MASKED_PIPE)
    if bold:   # the perturbation: Markdown's bold around each header cell, a renderer's copy
        lines[1] = "| " + " | ".join(f"**{c.strip()}**" for c in lines[1].strip("| ").split("|")) + " |"
    assert _masked_rows(lines, tmp_path) == _MASKED_ROWS


@pytest.mark.parametrize("line", ["| 1 | 做甲。 | 县**局 | 县**局、县教育局 |", "上传人：文库用户**** 文档编号：3961582",
                                  "2025年**县食品安全重点工作任务清单", "牵头单位：****体育局，配合单位：县**局"])
def test_a_masks_stars_are_no_emphasis(line):
    assert strip_markdown(line) == line
    assert strip_markdown(f"**牵头单位**：{line}") == f"牵头单位：{line}"


def test_masks_opening_names_in_a_list_close_no_emphasis():
    assert strip_markdown("**村局、**镇局") == "**村局、**镇局"
    assert strip_markdown("**配合单位：**县教育局、**镇局") == "配合单位：县教育局、**镇局"


def test_a_paid_elision_line_is_vocabulary():
    """The paid elision line a model-text site prints (``[boilerplate] elision_lines``) is data: each expression
    holds one of ``elision_words``, the literal a page must print to be searched at all, and it is matched in
    simplified characters (a traditional mirror's 會員)."""
    from extractor.layout.noise import without_elisions
    from extractor.text import vocab
    voc = vocab()["boilerplate"]
    assert voc["elision_lines"] and all(any(w in rx for w in voc["elision_words"]) for rx in voc["elision_lines"])
    lines = ["1、甲", "……（某文秘網http://x.cn省略 88 字，正式會員可完整閱讀）……", "乙的後半", "2、丙"]
    assert without_elisions(lines) == ["1、甲", "2、丙"]
    assert without_elisions(["省略了部分内容", "1、甲"]) == ["省略了部分内容", "1、甲"]   # no count, no 会员: a sentence

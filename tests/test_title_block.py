"""A title block printed over lines with its issuer's name as the first line (某县人民政府办公室 / 关于印发… /
…的通知) is the notice's title whole: GB/T 9704 makes a title of issuer, subject and kind, and the fixtures read it
so (tests/fixtures/README.md, `title`).  The line is the title block's when it stands in the letter's head: the doc
number printed right over it (the number, then the title block), or the number or the recipients line right under
the title's last line (a gazette's or a portal's print).  A site's name over the page's heading (a page header, the
page's information line under the heading) is no part of the title.  Invented notices."""
import pytest

from extractor.layout.titlelines import without_place_label, without_site_tag

from test_metadata import meta_of

LETTER = "\n".join([
    "某县政办发〔2031〕5号", "某县人民政府办公室", "关于印发某县2031年重点工作", "任务分工方案的通知",
    "各乡镇人民政府，县直各单位：", "现将《某县2031年重点工作任务分工方案》印发给你们，请认真贯彻执行。",
    "某县人民政府办公室", "2031年3月1日",
])
WHOLE = "某县人民政府办公室关于印发某县2031年重点工作任务分工方案的通知"


def test_the_issuer_line_under_the_doc_number_opens_the_title():
    m = meta_of(LETTER)
    assert (m.title, m.issuer, m.doc_number) == (WHOLE, "某县人民政府办公室", "某县政办发〔2031〕5号")


def test_the_issuer_line_with_the_doc_number_under_the_title_opens_it():
    text = LETTER.replace("某县政办发〔2031〕5号\n", "").replace("任务分工方案的通知\n", "任务分工方案的通知\n某县政办发〔2031〕5号\n")
    assert meta_of(text).title == WHOLE


def test_the_issuer_line_with_the_doc_number_run_into_the_recipients_under_the_title_opens_it():
    """An export that ran the number into the recipients line (某街办发〔2031〕5号各社区居委会，…：), under a short issuer
    line the signature names in full: the number still stands under the title (blindsynth session 51 cause 3)."""
    text = "\n".join([
        "城东街道办事处", "关于印发城东街道2031年重点工作任务清单的通知", "城东街办发〔2031〕5号各社区居委会，街道各部门：",
        "现将《城东街道2031年重点工作任务清单》印发给你们，请认真贯彻执行。", "某市某区城东街道办事处", "2031年3月1日"])
    m = meta_of(text)
    assert (m.title, m.doc_number) == ("城东街道办事处关于印发城东街道2031年重点工作任务清单的通知", "城东街办发〔2031〕5号")


def test_the_issuer_line_with_the_recipients_line_right_under_the_title_opens_it():
    # a portal's copy that moved the number into its info box: the title block stands right over the recipients
    text = LETTER.replace("某县政办发〔2031〕5号\n", "")
    assert meta_of(text).title == WHOLE


def test_a_sites_name_over_the_pages_heading_is_no_part_of_the_title():
    # a text copy of a mobile page: 返回, the site's name, the page's heading, its information line (taken out as
    # chrome); the letter prints no title of its own and is signed by another body than the site's
    text = "\n".join([
        "返回", "某县人民政府", "关于做好某县2031年春季防火工作的通知", "发布时间：2031-03-02 10:00　　字号：大 中 小",
        "各乡镇人民政府，县直各单位：", "现就做好春季防火工作通知如下。", "某县人民政府办公室", "2031年3月1日",
    ])
    assert meta_of(text).title == "关于做好某县2031年春季防火工作的通知"


def test_an_issuer_line_the_info_box_names_over_a_title_and_the_recipients_opens_it():
    # a portal's copy with the number in its box and no signature (the task table follows the letter)
    page = ("<html><body><table class='xxgk'><tr><td>发布机构：</td><td>某县人民政府办公室</td><td>文号：</td>"
            "<td>某县政办函〔2031〕20号</td></tr></table><div class='zw'><p>某县人民政府办公室</p>"
            "<p>关于印发某县2031年重点工作任务分工方案的通知</p><p>各乡镇人民政府，县直各单位：</p>"
            "<p>现将分工方案印发给你们，请认真贯彻执行。</p></div></body></html>")
    assert meta_of(page, path="p.html").title == WHOLE
    # the box names another issuer: the line may be the site's, the title stays as its line reads
    other = page.replace("<td>某县人民政府办公室</td>", "<td>某县发展和改革局</td>")
    assert meta_of(other, path="p.html").title == "关于印发某县2031年重点工作任务分工方案的通知"


def test_a_mobile_pages_header_over_its_heading_and_the_letters_own_title_block_under_it():
    # the page's header and heading first, then the letter's head: number, issuer line, the title wrapped
    text = "\n".join(["返回", "某县人民政府", "关于印发某县2031年重点工作任务分工方案的通知",
                      "发布时间：2031-03-02 10:00　　字号：大 中 小", LETTER])
    assert meta_of(text).title == WHOLE


def test_a_line_over_the_title_that_names_no_body_stays_apart():
    text = LETTER.replace("某县人民政府办公室\n关于", "重要通知\n关于", 1)
    assert meta_of(text).title == "关于印发某县2031年重点工作任务分工方案的通知"


CONSULT_PAGE = """<html><head><title>{heading}_某某咨询网</title></head><body>
<div class="art"><h1 class="art-title">{heading}</h1>
<p><strong>{heading}</strong></p>
<p>为加快建设创新强区，特制定如下政策意见。</p><p>一、实施制造业提质计划。</p>
<p>1.打造重点产业集群。每年安排专项资金支持两大产业集群建设。</p><p>牵头单位：区经信局</p></div></body></html>"""


def test_a_label_a_page_prints_before_the_documents_title_is_no_part_of_it():
    # a repost site's heading prefixes the document's name with its own label and a colon, in its <title>, its
    # <h1> and the bold first paragraph; the document's title is what follows the colon
    heading = "某区高新技术企业奖励政策：关于深入实施创新强区战略的若干政策意见"
    assert meta_of(CONSULT_PAGE.format(heading=heading), path="p.html").title == "关于深入实施创新强区战略的若干政策意见"


def test_a_heading_with_a_colon_that_no_title_follows_stays_whole():
    heading = "通知公告：某区2031年春季防火工作安排"
    assert meta_of(CONSULT_PAGE.format(heading=heading), path="p.html").title == heading


@pytest.mark.parametrize("heading,title", [
    ("某区高新技术企业奖励政策：关于深入实施创新强区战略的若干政策意见", "关于深入实施创新强区战略的若干政策意见"),
    ("政策文件：某县人民政府关于印发某县工作方案的通知", "某县人民政府关于印发某县工作方案的通知"),
    # negatives: no title after the colon; a colon inside a title, after its 关于; a sentence before the colon
    ("通知公告：某区2031年春季防火工作安排", "通知公告：某区2031年春季防火工作安排"),
    ("关于某项工作的通知：第二批", "关于某项工作的通知：第二批"),
    ("经研究，现将有关事项通知如下：关于某项工作", "经研究，现将有关事项通知如下：关于某项工作"),
])
def test_without_label(heading, title):
    from extractor.layout.titlelines import without_label
    assert without_label(heading) == title


def test_a_doc_number_a_repost_site_prints_before_the_quoted_title_is_no_part_of_it():
    # a regulations site's heading and <title>: the doc number, then the notice's title in 《》 (湖州 2019,
    # holdout repostcut-huzhou-2019-9, whose own title block lost its first line)
    heading = "某政办发〔2019〕9号《某市人民政府办公室关于印发2019年重点工作责任分解的通知》"
    assert meta_of(CONSULT_PAGE.format(heading=heading), path="p.html").title == \
        "某市人民政府办公室关于印发2019年重点工作责任分解的通知"


@pytest.mark.parametrize("line,title", [
    ("某政办发〔2019〕9号《某市人民政府办公室关于印发某方案的通知》", "某市人民政府办公室关于印发某方案的通知"),
    ("某政发〔2019〕 12 号 《关于某项工作的通知》", "关于某项工作的通知"),
    # negatives: a title quoting a document; no number before the 《; a quoted name that opens no title
    ("关于印发《某方案》的通知", "关于印发《某方案》的通知"),
    ("第二批《关于某项工作的通知》", "第二批《关于某项工作的通知》"),
    ("某政发〔2019〕9号《某市2019年重点工作责任分解》", "某政发〔2019〕9号《某市2019年重点工作责任分解》"),
])
def test_without_number_prefix(line, title):
    from extractor.layout.titlelines import without_number_prefix
    assert without_number_prefix(line) == title


TRAD_LETTER = "\n".join([
    "柏岭縣政辦發〔2032〕7號", "柏岭縣人民政府辦公室", "關於印發柏岭縣2032年春季造林任務分工方案的通知",
    "各鄉鎮人民政府，縣直各單位：", "現將《柏岭縣2032年春季造林任務分工方案》印發給你們，請認真貫徹執行。",
    "柏岭縣人民政府辦公室", "2032年3月2日",
])


def test_a_traditional_copys_issuer_line_opens_its_title():
    """A traditional-character copy (關於 for 关于) of the same title block: read as the simplified one,
    the issuer line under the doc number opens the title (before: 關於… alone)."""
    assert meta_of(TRAD_LETTER).title == "柏岭縣人民政府辦公室關於印發柏岭縣2032年春季造林任務分工方案的通知"
    # the look-alike: a line naming no body over the title stays apart in traditional characters too
    assert meta_of(TRAD_LETTER.replace("柏岭縣人民政府辦公室\n關於", "重要通知\n關於", 1)).title == \
        "關於印發柏岭縣2032年春季造林任務分工方案的通知"


def test_a_copy_with_a_blank_line_after_every_line_keeps_the_issuer_line_of_its_title():
    """A browser's text copy that sets a blank line after every line: the blank between the issuer's line
    and the 关于 line is the copy's spacing, the two lines are adjacent as printed (before: the blank
    parted them and the title lost its issuer)."""
    text = "\n\n".join(LETTER.replace("某县政办发〔2031〕5号\n", "").split("\n")).replace(
        "关于印发某县2031年重点工作\n\n任务分工方案的通知", "关于印发某县2031年重点工作任务分工方案的通知")
    assert meta_of(text).title == WHOLE


def test_a_blank_line_in_a_single_spaced_copy_parts_the_line_above_from_the_title():
    """The look-alike: in a copy whose lines follow each other, a blank line between a body's name and the
    关于 line parts them: the line is not directly over the title, and the title stays as its line reads."""
    text = LETTER.replace("某县政办发〔2031〕5号\n", "").replace("某县人民政府办公室\n关于", "某县人民政府办公室\n\n关于", 1)
    assert meta_of(text).title == "关于印发某县2031年重点工作任务分工方案的通知"


def test_an_issuer_line_printing_the_short_name_of_the_signer_opens_the_title():
    """A district's title block prints its office without the city's name (松岭区人民政府办公室 over 关于…) and
    the signature the full name (青禾市松岭区人民政府办公室): the city's name before it, the same body
    signs the letter (before: the title lost its issuer line)."""
    text = "\n".join(["松岭区人民政府办公室", "关于印发松岭区2033年河道整治任务分工的通知", "各街道办事处，区直各单位：",
                      "现将《松岭区2033年河道整治任务分工》印发给你们，请认真贯彻执行。", "青禾市松岭区人民政府办公室",
                      "2033年4月1日"])
    assert meta_of(text).title == "松岭区人民政府办公室关于印发松岭区2033年河道整治任务分工的通知"
    # the look-alike: another body signs (the city's office, no place before the line's name): stays apart
    other = text.replace("青禾市松岭区人民政府办公室", "青禾市人民政府办公室")
    assert meta_of(other).title == "关于印发松岭区2033年河道整治任务分工的通知"


ZONE_LETTER = ["青禾高新区管委会办公室", "关于印发青禾高新区2033年招商引资任务分工的通知", "管委会各部门，各街道办事处：",
               "现将《青禾高新区2033年招商引资任务分工》印发给你们，请认真贯彻执行。", "青禾高新技术产业开发区管理委员会办公室",
               "2033年4月1日"]


@pytest.mark.parametrize("line", ["青禾高新区管委会办公室", "青禾高新技术产业开发区管委会办公室", "青禾高新区管理委员会办公室"])
def test_an_issuer_line_printing_a_zones_short_name_for_its_full_signature_opens_the_title(line):
    """A zone office's title block prints the zone short (青禾高新区管委会办公室 over 关于…) and the signature its
    official name in full (青禾高新技术产业开发区管理委员会办公室): the same body signs the letter (blindsynth bs4657,
    holdout zonetitle-zibo-2024-1; before, the title lost its issuer line)."""
    text = "\n".join([line] + ZONE_LETTER[1:])
    assert meta_of(text).title == line + "关于印发青禾高新区2033年招商引资任务分工的通知"


@pytest.mark.parametrize("signer", ["青禾高新技术产业开发区管理委员会",                # the committee, not its office
                                    "青禾经济技术开发区管理委员会办公室",              # another zone
                                    "青禾市人民政府办公室"])
def test_a_zones_short_name_line_over_a_title_another_body_signs_stays_apart(signer):
    text = "\n".join(ZONE_LETTER[:4] + [signer] + ZONE_LETTER[5:])
    assert meta_of(text).title == "关于印发青禾高新区2033年招商引资任务分工的通知"


@pytest.mark.parametrize("title, bare", [
    ("（湖北省）武汉市2023年目标任务责任分解方案", "武汉市2023年目标任务责任分解方案"),
    ("(河南省)洛阳市2024年重点工作任务分工", "洛阳市2024年重点工作任务分工"),
    ("（2023年）武汉市目标任务责任分解方案", "（2023年）武汉市目标任务责任分解方案"),   # a year, no place
    ("（湖北省）", "（湖北省）"),                                             # nothing after it
    ("（试行）某县重点工作任务清单", "（试行）某县重点工作任务清单"),
])
def test_a_sites_place_label_before_the_title_is_no_part_of_it(title, bare):
    """A site filing its copies by province prints the province in brackets before each title (holdout
    pagenine-wuhan): only a place the gazetteer lists is such a label."""
    assert without_place_label(title) == bare


@pytest.mark.parametrize("title, bare", [
    ("【年度重点任务分解及完成情况】怀远县2021年度政府重点工作任务第一季度完成情况汇总表",
     "怀远县2021年度政府重点工作任务第一季度完成情况汇总表"),
    ("【政策文件】某市人民政府办公室关于印发某方案的通知", "某市人民政府办公室关于印发某方案的通知"),
    ("【热点】全县干部大会召开", "【热点】全县干部大会召开"),          # a news headline: no document's kind
    ("【年度重点任务】", "【年度重点任务】"),                          # nothing after it
    ("某县重点工作任务分解表【更新】", "某县重点工作任务分解表【更新】"),  # a tag after the title is not this one
    # a progress report's own title (report_title_ends): a bureau's column over the city plan's rows it reports on
    ("【落实情况】市某局2025年《政府工作报告》主要任务上半年落实情况", "市某局2025年《政府工作报告》主要任务上半年落实情况"),
    ("【工作动态】某镇重点工作二季度执行情况", "某镇重点工作二季度执行情况"),
    ("【工作动态】全镇上半年工作情况", "【工作动态】全镇上半年工作情况"),   # 工作情况 names no report's kind
])
def test_a_sites_tag_in_lenticular_brackets_before_the_title_is_no_part_of_it(title, bare):
    """A content farm prints its category in 【】 before each heading it reposts (holdout flatprog-huaiyuan):
    no title opens with 【】, so the tag goes when what follows reads as a document's or a table's title."""
    assert without_site_tag(title) == bare


def test_an_outline_heading_opening_with_guanyu_opens_no_title():
    """A plan's part heading `二、关于目标责任的落实` is numbered: no title prints a number (郑州's 2007
    plan, batch 33, took its last part's heading for its title)."""
    from extractor.layout.titlelines import is_title_line
    assert not is_title_line("二、关于目标责任的落实")
    assert not is_title_line("（一）关于目标体系设置")
    assert is_title_line("某市人民政府关于印发某方案的通知")
    assert is_title_line("关于印发某方案的通知")


@pytest.mark.parametrize("title, bare", [
    ("重点工作丨绵阳市人民政府办公室关于印发市政府2024年优化营商环境重点任务清单的通知",
     "绵阳市人民政府办公室关于印发市政府2024年优化营商环境重点任务清单的通知"),
    ("政府文件 | 某区人民政府办公室关于印发某方案的通知", "某区人民政府办公室关于印发某方案的通知"),
    ("要闻丨全县干部大会召开", "要闻丨全县干部大会召开"),              # a news headline: no document's kind
    ("某县重点工作丨分解表附件", "某县重点工作丨分解表附件"),            # what follows reads as no title
    ("某市人民政府办公室关于印发某方案的通知", "某市人民政府办公室关于印发某方案的通知"),
])
def test_a_columns_name_and_a_bar_before_the_title_is_no_part_of_it(title, bare):
    """A portal's heading printing its column and a bar before the title (blindsynth seeds 1101, 6404): the column is
    the site's, dropped when what follows reads as a document's or a table's title, as a 【】 tag is."""
    assert without_site_tag(title) == bare


def test_a_navigation_bar_keeps_its_first_name():
    """A navigation bar parts several names with bars (首頁 | 其他 | 資訊 | 關於我們, holdout tradopenrecip-guozhi): no
    column over one title, left as it is."""
    assert without_site_tag("首頁 | 其他 | 資訊 | 關於我們") == "首頁 | 其他 | 資訊 | 關於我們"

"""A text copy's metadata box printed as bar rows (``[ 索引号 ] | … | [ 发文字号 ] | … |``, 木洞镇's 2024 xxgk page)
under the portal's nav line printed with pipes and a crumbs line: the nav line is a run of pipe rows of its own, no
box; the box is the first run of rows that reads as one (metabox.take_meta_rows).  Before, the first run alone was
tried, the box was left in, its first row ended the letter before it began and the crumbs were read as the title
(holdout barbox-mudong-2024-5; blindsynth stream 28's cause 2, session 66)."""
from extractor.engine.extract import extract
from extractor.layout.metabox import take_meta_rows

PAGE = ["某区门户网站",
        "首页 | 政务公开 | 政务服务 | 互动交流",
        "您现在的位置：首页 > 信息公开 > 通知公告",
        "[ 索引号 ] | 0001/2024-00011 | [ 发文字号 ] | 某府发〔2024〕5号 |",
        "[ 发布机构 ] | 某区某镇 | [ 有效性 ] |  |",
        "[ 成文日期 ] | 2024-03-01 | [ 发布日期 ] | 2024-03-05 |",
        "某镇人民政府关于印发某镇2024年重点工作任务分工的通知",
        "各村（居）民委员会：",
        "《某镇2024年重点工作任务分工》已经镇政府同意，现印发给你们，请认真贯彻落实。",
        "某镇人民政府",
        "2024年3月1日",
        "某镇2024年重点工作任务分工",
        "1.新建农村公路5公里。（牵头单位：镇建管办；配合单位：镇财政所）",
        "2.完成高标准农田800亩。（牵头单位：镇农业服务中心）"]


def test_the_box_under_a_barred_nav_line_is_taken_out():
    lines, meta = take_meta_rows(PAGE)
    assert meta["发文字号"] == "某府发〔2024〕5号" and meta["成文日期"] == "2024-03-01"
    assert lines == PAGE[:3] + PAGE[6:]


def test_a_nav_bar_alone_is_no_box():
    lines = PAGE[:3] + PAGE[6:]
    assert take_meta_rows(lines) == (lines, {})


def test_the_letter_under_the_box_is_read():
    notice = extract("\n".join(PAGE).encode("utf-8"))
    assert notice.title == "某镇人民政府关于印发某镇2024年重点工作任务分工的通知"
    assert notice.doc_number == "某府发〔2024〕5号"
    assert notice.date == "2024-03-01"
    assert list(notice.recipients) == ["各村（居）民委员会"]
    assert notice.table_title == "某镇2024年重点工作任务分工"
    assert len(notice.measures) == 2

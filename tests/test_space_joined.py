"""A paragraph into which a document-sharing site ran several lines of a Word file, one space where
each break stood (parse/spacejoined.py, docs/parsing.md "A paragraph joined with spaces"): it is
cut at the letter's joints that fall on its spaces and before a table header run on at its end."""
from extractor.engine.extract import extract_raw
from extractor.parse.spacejoined import space_joined_pieces

from conftest import make_raw

LETTER = ("某县人民政府办公室文件 某政办发〔2019〕7号 县政府办公室关于印发2019年 民生工程责任分解的通知 "
          "各乡镇人民政府,县政府各部门: 经县政府同意,现将2019年民生工程分解落实到各责任单位,请认真组织实施.")
CLOSING = ("各责任单位每季度末报送进展情况. 附件:某县2019年民生工程责任分解表 某县人民政府办公室 2019年3月8日 "
           "某县2019年民生工程责任分解表 序号 工作任务 牵头单位")
ROWS = ["1 新建乡镇污水处理站4座. 县住建局", "2 改造农村危房120户. 县住建局、县民政局",
        "3 新增公共停车泊位600个. 县城管局"]


def _page(*paragraphs: str) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return ("<html><head><meta charset='utf-8'><title>某政办发〔2019〕7号 - 文档下载</title></head>"
            f"<body><div class='content'>{body}</div></body></html>").encode("utf-8")


def test_a_letter_joined_with_spaces_gives_its_metadata_and_the_table_under_it():
    notice = extract_raw(make_raw(_page(LETTER, CLOSING, *ROWS)))
    assert notice.title == "县政府办公室关于印发2019年民生工程责任分解的通知"
    assert notice.doc_number == "某政办发〔2019〕7号"
    assert notice.date == "2019-03-08"
    assert list(notice.recipients) == ["各乡镇人民政府", "县政府各部门"]
    assert notice.table_title == "某县2019年民生工程责任分解表"
    assert [(m.measure_no, m.text, tuple(r.name for r in m.lead)) for m in notice.measures] == [
        (1, "新建乡镇污水处理站4座.", ("县住建局",)),
        (2, "改造农村危房120户.", ("县住建局", "县民政局")),
        (3, "新增公共停车泊位600个.", ("县城管局",))]


def test_the_closing_paragraph_is_cut_at_the_attachment_the_signature_the_date_and_the_header():
    assert space_joined_pieces(CLOSING) == [
        "各责任单位每季度末报送进展情况.", "附件:某县2019年民生工程责任分解表", "某县人民政府办公室", "2019年3月8日",
        "某县2019年民生工程责任分解表", "序号 工作任务 牵头单位"]


def test_lines_with_one_joint_or_none_on_a_space_stay_as_printed():
    """An info line's doc number before a space is one joint: no paragraph of joined lines; a
    controls bar's spaces are no joints at all (cut, its QR prompt ended the page's content);
    a sentence whose date is no signature's stays whole."""
    assert space_joined_pieces("发文字号：某政发〔2019〕3号 发布日期：2019-03-08 浏览次数：12") is None
    assert space_joined_pieces("【字体：大 中 小】 打印 扫一扫在手机打开当前页") is None
    assert space_joined_pieces("由县住建局负责 2019年6月30日前完成 县财政局配合") is None
    assert space_joined_pieces("序号 工作任务 牵头单位") is None


def test_a_table_row_whose_units_stand_before_a_dated_deadline_is_no_joined_paragraph():
    """A text table's row (its number, a gap, its cells) whose unit cells stand between the task's
    full stop and a deadline printed as a date looks like a letter's closing (a sentence, a name
    ending like an issuer, a date): cut there, the row lost its units and deadline and the table
    ended at it.  A line opening with a row's number is a table's row, cut by no letter's joints."""
    for row in ("4  建成口袋公园9个。  县林业局  县城管局、县财政局  2022年8月31日前",
                "4 建成口袋公园9个。 县林业局 2022年8月31日",
                "1.2  建成口袋公园9个。  县林业局    2022年8月31日"):
        assert space_joined_pieces(row) is None, row
    # a letter's closing opening with a year is still cut at its joints
    assert space_joined_pieces("2019年各责任单位每季度末报送进展情况. 附件:某县民生工程责任分解表 "
                               "某县人民政府办公室 2019年3月8日") is not None


def test_a_text_sp_table_keeps_the_row_whose_deadline_is_a_date():
    page = "\n".join(["关于印发某县重点工作分工的通知", "各乡镇人民政府：", "现印发给你们。", "某县人民政府办公室",
                      "2022年3月1日", "某县重点工作分工表", "序号  工作任务  牵头单位  配合单位  完成时限",
                      "1  新建游泳馆1座。  县体育局  县财政局  2022年12月底前",
                      "2  建成口袋公园9个，提升周边绿化。  县林业局  县城管局、县财政局  2022年8月31日前",
                      "3  改造农贸市场2个。  县商务局  县市场监管局  2022年10月31日"]).encode("utf-8")
    notice = extract_raw(make_raw(page, path="n.txt"))
    assert [(m.measure_no, tuple(r.name for r in m.lead), tuple(r.name for r in m.support), m.deadline)
            for m in notice.measures] == [
        (1, ("县体育局",), ("县财政局",), "2022年12月底前"),
        (2, ("县林业局",), ("县城管局", "县财政局"), "2022年8月31日前"),
        (3, ("县商务局",), ("县市场监管局",), "2022年10月31日")]

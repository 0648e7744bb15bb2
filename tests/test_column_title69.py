"""A portal's column of documents named in a page's <title> (`市委市政府办公室文件_张掖市人民政府`, a city gazette's
column over a page that prints no title line: holdout commaunits-zhangye-2011-187, batch 117, real69b) titles no
notice: a piece ending with 文件 names a column or a letterhead, never a document (vocab.toml [html]
column_page_ends).  A notice's own title before the column still titles the page."""
from extractor.engine.extract import extract


def _page(title, body):
    return (f"<html><head><meta charset='utf-8'><title>{title}</title></head>"
            f"<body><div class='article'>{body}</div></body></html>").encode("utf-8")


BODY = ("<p>某政办发〔2011〕5号</p><p>各县区人民政府，市政府有关部门：</p>"
        "<p>《某某工作方案》已经市政府同意，现予印发，请认真抓好落实。</p><p>二〇一一年六月二十八日</p>"
        "<p>某某工作方案</p><p>一、主要任务</p>"
        "<p>（一）健全工作机制。逐项明确目标和职责。（牵头单位：市质监局，各县区政府）</p>"
        "<p>（二）推进品牌建设。编制发展规划。（牵头单位：市工信局）</p>")


def test_a_column_of_documents_titles_no_notice():
    assert extract(_page("市委市政府办公室文件_某市人民政府", BODY)).title is None
    assert extract(_page("政策文件", BODY)).title is None
    assert extract(_page("市府辦文件", BODY)).title is None


def test_the_notices_title_before_its_column_still_titles_the_page():
    notice = extract(_page("某市人民政府办公室关于印发某某工作方案的通知_市政府办文件_某市人民政府", BODY))
    assert notice.title == "某市人民政府办公室关于印发某某工作方案的通知"


def test_the_items_are_read_as_before():
    notice = extract(_page("市委市政府办公室文件_某市人民政府", BODY))
    assert [(m.measure_no, [a.name for a in m.lead]) for m in notice.measures] == [
        (1, ["市质监局", "各县区政府"]), (2, ["市工信局"])]

"""A law database's attribute list prints its labels GLUED to their values, its markup alone parting them
(``<span>发文机关</span><span>阜阳市人民政府</span>``, read as 发文机关阜阳市人民政府): such a list is a metadata box
(``metabox._glued_label_value``, ``vocab.toml [metadata] attribute_labels``).  Before, the list stayed in the text,
its lines gave the doc number and the issuer with their labels (发文字号阜政办〔2023〕11号, 发文机关阜阳市人民政府), and
the units were placed in 发文机关阜阳市 (holdout gluedmeta-fuyang, batch 71: 3/10 names -> 10/10).
"""
import extractor
from extractor.layout.metabox import _glued_label_value

ATTRS = [("发文机关", "阜阳市人民政府"), ("发文日期", "2023年08月18日"), ("时效性", "现行有效"),
         ("发文字号", "阜政办〔2023〕11号"), ("施行日期", "2023年08月18日"), ("效力级别", "地方规范性文件")]
BODY = ("<p>各县、市、区人民政府，市政府各部门：</p><p>现就有关工作提出如下意见。</p><p>一、 强化源头管理</p>"
        "<p>（一）规范用工书面协议。用人单位应当依法订立劳动合同。（责任单位：市人力资源社会保障局、市城乡建设局）</p>"
        "<p>（二）落实用工实名登记。施工总承包单位按项目配备劳资专管员。（责任单位：市城乡建设局）</p>")


def _page(items: str) -> bytes:
    return ("<html><head><meta charset='utf-8'><title>某市人民政府办公室关于根治欠薪工作的实施意见_法规库</title></head><body>"
            "<h1>某市人民政府办公室关于根治欠薪工作的实施意见</h1><div class='law-attr'><ul>" + items
            + "</ul></div><div class='law-body'>" + BODY + "</div></body></html>").encode("utf-8")


def test_a_glued_attribute_list_is_the_box():
    items = "".join(f"<li><span>{k}</span><span>{v}</span></li>" for k, v in ATTRS)
    notice = extractor.extract(_page(items), name="law.html")
    assert (notice.doc_number, notice.issuer, notice.date) == ("阜政办〔2023〕11号", "阜阳市人民政府", "2023-08-18")
    assert [a.canonical for a in notice.measures[0].lead] == ["阜阳市人力资源和社会保障局", "阜阳市城乡建设局"]


def test_a_label_glued_to_its_value_is_split_the_longest_label_first():
    assert _glued_label_value("发文字号阜政办〔2023〕11号") == ("发文字号", "阜政办〔2023〕11号")
    assert _glued_label_value("· 效力级别地方规范性文件") == ("效力级别", "地方规范性文件")
    assert _glued_label_value("发文机关") is None          # a label with no value
    assert _glued_label_value("首页") is None


def test_a_menu_whose_one_link_opens_with_a_label_is_no_box():
    """One item in three reading as a glued field is too few (``META_LIST_LABELLED_SHARE``): the list stays."""
    items = "<li><a href='/org'>发布机构简介</a></li><li><a href='/'>首页</a></li><li><a href='/c'>联系我们</a></li>"
    notice = extractor.extract(_page(items), name="law.html")
    assert notice.doc_number is None and notice.issuer != "简介"

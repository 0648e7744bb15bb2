"""A document site's name for the file run on with spaces before the title block (``义务教育均衡发展整改报告 商州区大荆中学
关于…整改报告``: a copy that joined its lines with spaces) is no word of the title (lettertitle._without_document_name;
holdout schoolreport-shangzhou-2018-1, batch 120)."""
from extractor.layout.lettertitle import _without_document_name
from extractor.text import vocab

VOC = vocab()["metadata"]


def test_the_document_name_before_the_issuer_piece_is_cut():
    title = "义务教育均衡发展整改报告 商州区大荆中学 关于义务教育均衡发展存在问题整改报告"
    assert _without_document_name(title, VOC) == "商州区大荆中学 关于义务教育均衡发展存在问题整改报告"


def test_other_titles_are_left_as_they_are():
    for title in ("商州区大荆中学 关于义务教育均衡发展存在问题整改报告",          # the issuer and 关于: nothing before
                  "某市人民政府 办公室 关于印发某方案的通知",                      # a name parted by a space, no document's kind
                  "关于印发某县2023年重点工作任务分工方案的通知",
                  "2023年工作要点 某某网 关于印发某方案的通知"):                  # the piece before 关于 is no issuer
        assert _without_document_name(title, VOC) == title

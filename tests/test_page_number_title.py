"""A PDF page's number printed alone over the header its next page prints again is no table title
(headingwraps.may_be_table_title; holdout pdfwrapcells-zhejiang, batch 112, was titled ``51``)."""
from extractor.layout.headingwraps import may_be_table_title


def test_a_number_alone_is_no_title():
    assert not may_be_table_title("51")
    assert not may_be_table_title(" 7 ")


def test_a_heading_with_its_year_or_number_is_a_title():
    assert may_be_table_title("2016年知识产权工作任务分解表")
    assert may_be_table_title("附件1")

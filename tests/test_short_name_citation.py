"""A doc number whose bracket goes on with a short name for the document (``（某改基础〔2015〕1788号，以下简称《指导意见》）``)
is one the preamble cites, never the notice's own, whatever line a hard wrap put it on (``layout/docnumber._cited``,
``[metadata] short_name_words``; holdout hardwrapbr-tianjin, batch 127)."""
from extractor.layout.locate import locate_content
from extractor.layout.metadata import parse_metadata
from extractor.source.decode import decode_bytes

from conftest import make_raw

LETTER = "某市人民政府办公厅关于印发某项工作任务分工的通知\n各区人民政府，各委、局：\n现将《某项工作任务分工》印发给你们。\n某市人民政府办公厅\n2016年5月19日\n"


def meta_of(text: str):
    return parse_metadata(locate_content(decode_bytes(make_raw(text.encode("utf-8"), path="n.txt"))))


def test_a_wrapped_citation_giving_a_short_name_is_no_doc_number():
    page = LETTER + ("某项工作任务分工\n  为做好某项工作，依照某部门《关于加强某项工作的指导意见\n\n"
                     "（某改基础〔2015〕1788号，以下简称《指导意见》）、《某部门关于\n\n印发某方案的通知》要求，明确如下。\n")
    assert meta_of(page).doc_number is None


def test_the_notices_own_number_stays_beside_such_a_citation():
    page = "某政办发〔2016〕46号\n" + LETTER + "（某改基础〔2015〕1788号，下称《意见》）\n"
    assert meta_of(page).doc_number == "某政办发〔2016〕46号"


def test_a_bracketed_number_with_no_short_name_is_read_as_before():
    page = "某市人民政府办公厅关于印发某项工作任务分工的通知\n（某政办发〔2016〕46号）\n各区人民政府：\n现印发给你们。\n"
    assert meta_of(page).doc_number == "（某政办发〔2016〕46号）".strip("（）")

"""A recipients line that lost its colon is read only where every piece of it names a body (``unitlists.ends_like_unit``,
as a run-in recipients line is asked): a page of a split copy under the document's heading, opening with a sentence whose
subjects open with 各 and run on into a cited title (``各地、各部门要切实执行《…》(国艾办发〔2004〕4号)…``), has no recipients
(layout/recipients._names_bodies; holdout subjectparas-jiangxi-2004-2, batch 131: before, the sentence cut at the cited
number was read as two recipients, 各地 and 各部门要切实执行《…》)."""
from extractor.engine.extract import extract

HEADING = "<html><body><h1>某省人民政府关于加强某某工作的意见</h1>\n{body}\n</body></html>"


def _notice(body: str):
    return extract(HEADING.format(body=body).encode("utf-8"))


def test_a_sentence_under_the_heading_is_no_recipients_line():
    notice = _notice("<p>各地、各部门要切实执行《全国艾滋病防治宣传教育工作指导方案(2004—2008年)》(国艾办发〔2004〕4号)"
                     "和我省的落实意见，坚持面向群众，全面开展宣传教育。</p>\n<p>农业部门要在农村开展宣传。</p>")
    assert notice.recipients == ()


def test_a_line_of_bodies_that_lost_its_colon_is_still_the_recipients():
    notice = _notice("<p>各乡镇人民政府，县直各单位</p>\n<p>现将《某某方案》印发给你们，请认真贯彻执行。</p>")
    assert notice.recipients == ("各乡镇人民政府", "县直各单位")

"""A doc number the letter or the plan's preamble CITES (another document's) is not the notice's
own: one inside the brackets after a 《title》, or in a sentence that opens with a word citing
([metadata] citing_words: 根据, 按照, 贯彻落实 …).  A portal's info table's 文号 is the notice's
own number and comes before anything the body prints."""
from extractor.layout.locate import locate_content
from extractor.layout.metadata import parse_metadata
from extractor.source.decode import decode_bytes

from conftest import make_raw


def meta_of(text: str, path="n.txt"):
    return parse_metadata(locate_content(decode_bytes(make_raw(text.encode("utf-8"), path=path))))


JOINT = """甲市人民政府办公室 乙市人民政府办公室关于印发两地协作发展任务分工方案的通知
甲市、乙市各县区人民政府，甲市、乙市政府有关部门：
经两市政府同意，现将《两地协作发展任务分工方案》印发给你们，请认真贯彻落实。
甲市人民政府办公室　乙市人民政府办公室
2022年3月1日
两地协作发展任务分工方案
为深入落实《丙省区域协作实施方案》（丙政办字〔2022〕12号）要求，制定本方案。
一、产业协作
1.共建产业园区。（两市发展改革委牵头，两市商务局配合）
2.开展招商推介。（两市商务局负责）
"""


def test_a_number_in_brackets_after_a_cited_title_is_not_the_notices():
    assert meta_of(JOINT).doc_number is None


CITING = """丁县人民政府关于印发2021年重点工作责任分解的通知
各乡镇人民政府，县政府各部门：
按照丙政发〔2021〕3号文件要求，县政府确定了全年重点工作，现印发给你们，请认真组织落实。
丁县人民政府
2021年4月2日
一、稳定经济增长
1.地区生产总值增长7%。（县发展改革委牵头，县统计局配合）
2.固定资产投资增长10%。（县发展改革委负责）
"""


def test_a_number_after_a_citing_word_is_not_the_notices():
    assert meta_of(CITING).doc_number is None


def test_the_notices_own_number_over_the_title_is_kept():
    assert meta_of("丁政发〔2021〕9号\n" + CITING).doc_number == "丁政发〔2021〕9号"


INFO_TABLE = """<html><head><title>戊市人民政府关于2020年重点工作及责任分解的通知</title></head><body>
<table><tr><td>索引号：</td><td>00123/2020-001</td><td>发布机构：</td><td>戊市人民政府</td></tr>
<tr><td>文号：</td><td>戊政发〔2020〕8号</td><td>发文日期：</td><td>2020-04-15</td></tr></table>
<h1>戊市人民政府关于2020年重点工作及责任分解的通知</h1>
<p>各县区人民政府，市政府各部门：</p>
<p>为完成全年目标任务，依据省政府通知（己政〔2020〕2号）和市《政府工作报告》，明确了每项工作的责任单位。</p>
<p>一、稳定经济增长</p>
<p>1.地区生产总值增长7%。（市发展改革委牵头，市统计局配合）</p>
<p>2.固定资产投资增长10%。（市发展改革委负责）</p>
</body></html>"""


def test_an_info_tables_number_beats_the_body():
    assert meta_of(INFO_TABLE, path="n.html").doc_number == "戊政发〔2020〕8号"


def test_a_title_line_holding_a_citing_word_keeps_its_own_number():
    # 落实 inside the title (关于贯彻落实…) cites nothing: the number printed after the title is the notice's
    text = CITING.replace("丁县人民政府关于印发2021年重点工作责任分解的通知",
                          "丁县人民政府关于贯彻落实乡村振兴战略的实施意见（丁政发〔2021〕11号）")
    assert meta_of(text).doc_number == "丁政发〔2021〕11号"

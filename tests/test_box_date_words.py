"""A portal's metadata box dates an unsigned letter by its written date, whatever word the portal gives it
(vocab.toml [metadata] date: 成文日期, 发文时间, and 成文时间 on 阿拉善右旗's portal, holdout
dataonly-alashanyouqi-2023-23, batch 88: before, the word was unknown and the letter had no date)."""
import pytest

from extractor.engine.extract import extract

PAGE = """<html><body>
<table>
<tr><td>索引号：</td><td>152900000000035/2023-00999</td><td>发布机构：</td><td>某旗人民政府办公室</td></tr>
<tr><td>发文字号：</td><td>某政办发〔2023〕9号</td><td>{word}：</td><td>2023-06-28</td></tr>
</table>
<h2>某旗人民政府办公室关于印发某某工作方案的通知</h2>
<p>各苏木镇人民政府、旗直各部门：</p>
<p>现将《某某工作方案》印发给你们，请认真抓好落实。</p>
<p>1.推进牧区道路建设。</p>
<p>牵头单位：旗交通运输局</p>
</body></html>"""


@pytest.mark.parametrize("word", ["成文日期", "成文时间"])
def test_the_box_dates_an_unsigned_letter(word):
    notice = extract(PAGE.format(word=word).encode("utf-8"))
    assert notice.date == "2023-06-28"
    assert notice.doc_number == "某政办发〔2023〕9号"

"""A text copy printing its page's HTML source as text (a law site's copy; blind67's cause 1, holdout
rawsource-jincheng): its paragraph ends are line breaks and its paragraph and inline tags no words
(extractor/source/markupcopy.py, docs/parsing.md)."""
import extractor
from extractor.source.markupcopy import prints_source, unmarked

_SOURCE = "\n".join([
    "某市人民政府办公室关于印发某市2024年重点任务分工方案的通知",
    "发文机关:某市人民政府办公室",
    "文号 :某政办〔2024〕3号",
    "<p>各县（市、区）人民政府，市直各有关单位：</p><p> 《某市2024年重点任务分工方案》已经市政府同意，现印发给你们。</p>"
    "<p style=\"text-align: right;\"> 某市人民政府办公室</p><p style=\"text-align: right;\"> 2024年3月5日</p><p><br/></p>",
    "<p style=\"text-align: center;\"><strong>某市2024年重点任务分工方案</strong></p>",
    "<p><strong> 一、稳定经济增长</strong></p>",
    "<p><br/></p>",
    "<p> 1．新建标准化厂房10万平方米。（市发展改革委牵头，市财政局配合）</p>",
    "<p> 2．新增城镇就业8000人。（市人力资源社会保障局牵头，市财政局配合）</p>",
])


def test_a_copy_printing_its_source_reads_as_the_page():
    result = extractor.extract(_SOURCE.encode("utf-8"), name="x.txt")
    assert [m.text for m in result.measures] == ["新建标准化厂房10万平方米。", "新增城镇就业8000人。"]
    assert [u.name for u in result.measures[0].lead] == ["市发展改革委"]
    assert [u.name for u in result.measures[1].support] == ["市财政局"]
    assert result.date == "2024-03-05"
    assert list(result.recipients) == ["各县（市、区）人民政府", "市直各有关单位"]


def test_the_tags_become_line_breaks_and_nothing():
    text = unmarked(_SOURCE)
    assert "<" not in text
    assert "\n 1．新建标准化厂房10万平方米。（市发展改革委牵头，市财政局配合）\n" in text
    assert "\n 某市人民政府办公室\n" in text


def test_a_book_title_in_ascii_brackets_and_an_escaped_tag_stay_text():
    text = _SOURCE.replace("新增城镇就业8000人。", "落实<政府工作报告>和&lt;p&gt;的要求。")
    out = unmarked(text)
    assert "落实<政府工作报告>和&lt;p&gt;的要求。" in out


def test_a_text_copy_quoting_a_tag_or_two_is_no_source():
    text = "某市人民政府关于印发方案的通知\n各区人民政府：\n网页以<p>标记段落。\n1．推进改革。（市发展改革委牵头）\n"
    assert not prints_source(text)
    assert unmarked(text) == text
    few = "\n".join(["标题", "<p>一段</p>", "第二行", "第三行", "第四行"])
    assert not prints_source(few)

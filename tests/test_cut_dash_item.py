"""A dash item that a copy's stored text cuts off (the notice's last item, its line stopping inside a sentence:
``——规范劳务中介市场秩序，严``) is an item of its own cut before its units: no measure, and no indicator of the bracketed
measure over it (tests/fixtures/README.md "A part of a notice"; ``foldsteps.cut_dash_item``).  Holdout goalsteps-guoban
(batch 104, real65e: the 2013-2020 anti-trafficking plan on a traditional document site whose stored text stops a few
characters into the —— line under item (2)), written before the code: the line's words were glued to item (2)'s text.
A dash line closing its sentence under a bracketed measure is still that measure's indicator, as ▲ lines are."""
from extractor.layout.locate import locate_content
from extractor.parse.forms import parse_body
from extractor.source.decode import decode_bytes

from conftest import make_raw


def parse_text(text: str):
    return parse_body(locate_content(decode_bytes(make_raw(text.encode("utf-8"), path="n.txt"))))


HEAD = ("国务院办公厅关于印发某行动计划的通知\n国办发〔2013〕19号\n各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n"
        "现印发给你们，请认真贯彻执行。\n国务院办公厅\n2013年3月2日\n某行动计划\n二、行动措施和任务分工\n(一)健全预防犯罪机制。\n"
        "1.工作目标。\n织密预防犯罪的防控网络，使犯罪明显减少。\n2.行动措施。\n"
        "(1)强化部门协作，健全线索发现和群众举报机制。(中央综治办、司法部负责，教育部、公安部配合)\n"
        "(2)做好多发行业和高危人群的预防工作。(中央综治办负责，公安部、全国妇联配合)\n")


def test_a_cut_dash_line_is_no_part_of_the_measure_over_it():
    parsed = parse_text(HEAD + "——规范劳务中介市场秩序，严\n")
    assert [(m.measure_no, m.text) for m in parsed.measures] == [
        (1, "强化部门协作，健全线索发现和群众举报机制。"), (2, "做好多发行业和高危人群的预防工作。")]


def test_a_dash_line_closing_its_sentence_is_still_the_measures_indicator():
    parsed = parse_text(HEAD + "——劳务中介违法案件查处率达到100%。\n")
    assert parsed.measures[-1].text == "做好多发行业和高危人群的预防工作。——劳务中介违法案件查处率达到100%。"


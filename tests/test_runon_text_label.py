"""An 整改 item whose labels run on into each other with no break, its task under a text label among them
(``（二）某问题。整改目标:…。责任单位:A、B责任人:…整改时限:2018年12月底前整改措施:开展…。1.…2.…``, a converted page that
lost the breaks between its label lines; holdout runlabels-chuxiong, batch 95, written before the code): the text
label's value is the measure's text, the labels before it its assignment (the deadline ends where 整改措施 begins),
and the problem the item printed before its labels is kept beside it (``labelled.SUBJECT_KEY``).  Before, the
problem and target were the text and the deadline ran on into the task.  And a 各 group's government word after
和 (各县市党委和政府) completes the group, one catch-all (``unitlists.join_conjunctions``).
"""
from extractor.layout.locate import locate_content
from extractor.parse.forms import parse_body
from extractor.parse.labelled import SUBJECT_KEY, split_own_labels
from extractor.parse.unitlists import join_conjunctions
from extractor.source.decode import decode_bytes

from conftest import make_raw


def parse_page(paragraphs: list[str]):
    page = "<html><body>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</body></html>"
    return parse_body(locate_content(decode_bytes(make_raw(page.encode("utf-8"), path="n.html"))))


ITEM = ("(二)个别县对园区环境风险研判不足。整改目标:年底前完成规划环评。责任单位:县发展改革局、县生态环境局"
        "责任人:县发展改革局主要负责人整改时限:2018年12月底前整改措施:开展园区规划环评。1.限期完成评价。2.建立整改台账。")


def test_the_text_label_among_run_on_labels_gives_the_task():
    text, found = split_own_labels(ITEM[len("(二)"):])
    assert text == "开展园区规划环评。1.限期完成评价。2.建立整改台账。"
    assert found.deadline == "2018年12月底前"
    assert found.extra[SUBJECT_KEY] == "个别县对园区环境风险研判不足。"


def test_an_item_of_run_on_labels_is_one_measure():
    second = ITEM[:ITEM.index("1.限期")]
    parsed = parse_page(["整改措施清单", "(一)部分干部认识不足。责任单位:县委办公室整改时限:立行立改整改措施:加强学习。", second])
    assert [(m.measure_no, m.text, m.lead_cells, m.deadline) for m in parsed.measures] == [
        (1, "加强学习。", ("县委办公室",), "立行立改"),
        (2, "开展园区规划环评。", ("县发展改革局、县生态环境局",), "2018年12月底前")]
    assert parsed.measures[1].extra.get("整改目标") == "年底前完成规划环评"


def test_labels_with_no_text_label_read_as_before():
    text, found = split_own_labels("推进园区规划环评。责任单位:县发展改革局整改时限:2018年底")
    assert text == "推进园区规划环评。" and found.deadline == "2018年底" and SUBJECT_KEY not in found.extra


def test_a_government_word_after_a_groups_and_completes_it():
    assert join_conjunctions("州委办公室、州政府办公室,各县市党委和政府") == "州委办公室、州政府办公室,各县市党委和政府"
    assert join_conjunctions("各县党委和人民政府") == "各县党委和人民政府"
    # not after a body of its own, nor before a body's full name
    assert join_conjunctions("县财政局和县住建局") == "县财政局、县住建局"
    assert join_conjunctions("各县党委和县政府办公室") == "各县党委、县政府办公室"

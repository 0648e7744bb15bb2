"""A task paragraph opening with its own title sentence under a numbered heading closed by a stop (parse/outlineheads.py
``titled_tasks``; docs/parsing.md "A task under a heading closed by a stop"; holdout tradsqbr-zhuhai-2016-1, batch 127)."""
from extractor.layout.locate import locate_content
from extractor.parse.forms import parse_body
from extractor.source.decode import decode_bytes

from conftest import make_raw


def parsed(text: str):
    return parse_body(locate_content(decode_bytes(make_raw(text.encode("utf-8"), path="n.txt"))))


TITLED = """某市水污染防治实施方案

一、全面控制污染物排放

（一）狠抓工业污染防治。

清理取缔“十小”企业。各区要对环保设施简陋的小型企业开展全面排查，依法关停取缔不符合产业政策的项目。［市环保局牵头，市发改局、市国土资源局参与］

专项整治十大重点行业。2016年底
"""


def test_a_titled_task_under_a_heading_closed_by_a_stop_is_its_own_measure():
    got = parsed(TITLED)
    assert [(m.measure_no, m.section.label, m.text[:11], m.lead_cells) for m in got.measures] == [
        (1, "（一）", "清理取缔“十小”企业。", ("市环保局",))]
    assert [(s.label, s.title) for s in got.sections] == [("（一）", "狠抓工业污染防治。")]


RUN_ON = TITLED.replace("清理取缔“十小”企业。各区要", "各区要")


def test_a_paragraph_with_no_title_of_its_own_runs_on_from_its_heading():
    # one item whose opening sentence the copy set on the numbered line: its text is the two together, as before
    got = parsed(RUN_ON)
    assert [m.text[:12] for m in got.measures] == ["狠抓工业污染防治。各区要"]

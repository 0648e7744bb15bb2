"""A list by unit whose every unit has one duty: numbered lines each naming a unit alone, each over one paragraph
(``1、县纪委（监察局）`` / ``通报…。`` / ``2、县委组织部`` / ``通报…。``; a county's 干部监督工作联席会议 意见 on a model-text
site, holdout modelunitlines-county-2005-1, batch 115: before, the page gave no measure, as no name had an item under
it to count it among a list by unit).  Each paragraph is its unit's duty, led by the name over it
(``fromheadings.split_lone_duties``)."""
from extractor.layout.locate import locate_content
from extractor.parse.forms import parse_body
from extractor.source.decode import decode_bytes

from conftest import make_raw


def parsed(lines):
    return parse_body(locate_content(decode_bytes(make_raw("\n".join(lines).encode("utf-8"), path="n.txt"))))


LINES = ["三、信息沟通的主要内容", "1、县纪委（监察局）", "通报本机关办结的违纪案件。", "2、县委组织部",
         "通报收到的干部举报。", "3、县法院", "通报涉及干部的判决。"]


def test_each_unit_line_holds_its_one_duty_led_by_its_unit():
    result = parsed(LINES)
    assert [(m.section.label, m.section.title, m.measure_no, m.text, m.lead_cells) for m in result.measures] == [
        ("1、", "县纪委（监察局）", 1, "通报本机关办结的违纪案件。", ("县纪委（监察局）",)),
        ("2、", "县委组织部", 2, "通报收到的干部举报。", ("县委组织部",)),
        ("3、", "县法院", 3, "通报涉及干部的判决。", ("县法院",))]


def test_one_unit_line_over_a_paragraph_names_a_points_subject_and_is_read_as_before():
    result = parsed(["三、信息沟通的主要内容", "1、县纪委（监察局）", "通报本机关办结的违纪案件。",
                     "2、工作制度", "联席会议每半年召开一次。"])
    assert result.measures == ()

"""Closing brackets a mis-decoding printed as ``?`` (parse/qmarkbrackets.py; tests/fixtures/README.md "A closing
bracket whose marks a mis-decoding printed as `?`"): a converter that lost each full-width bracket with the
character beside it prints one ``?`` for the pair, and the line's last ``?``-opened unit list is its bracket."""
import pytest

from extractor.engine.extract import extract
from extractor.parse.qmarkbrackets import restore_closing


@pytest.mark.parametrize("line, restored", [
    ("一、完善规划体系。抓紧编制各类专项规划?省水利厅、发展改革委、环保厅等部门负?",
     "一、完善规划体系。抓紧编制各类专项规划（省水利厅、发展改革委、环保厅等部门负责）"),
    ("推进河流水量优化配?逐步实行统一管理?省水利厅、财政厅等部门牵?",
     "推进河流水量优化配?逐步实行统一管理（省水利厅、财政厅等部门牵头）"),
])
def test_the_last_unit_list_between_marks_is_the_closing_bracket(line, restored):
    assert restore_closing(line) == restored


@pytest.mark.parametrize("line", [
    "各市、县人民政府，省人民政府有关部?",          # no unit list between two marks
    "这项工作由谁负责?今年能否完成?",                 # questions: wording, no units
    "推进水量优化配?逐步实行统一管理。",              # a mark inside the wording only
    "抓紧编制专项规划?加快推进?",                     # no role verb's first character before the last mark
])
def test_other_question_marks_stay_as_printed(line):
    assert restore_closing(line) == line


def test_a_page_whose_brackets_were_garbled_gives_its_rows():
    html = ("<html><head><meta charset='utf-8'><title>法律法规库</title></head><body>"
            "<p>各市、县人民政府，省人民政府有关部?</p>"
            "<p>经省政府同意，现将重点工作的责任单位通知如下：</p>"
            "<p>一、完善水资源规划体系。抓紧编制各级水资源综合规划和水资源保护规划等专项规划?省水利厅、发展改革委等部门负?</p>"
            "<p>二、严格取用水总量控制管理。建立省、市、县三级取用水总量控制指标体系?省水利厅、财政厅等部门负?</p>"
            "<p>各地用水总量控制指标要作为编制发展规划的重要依据?省发展改革委、水利厅等部门负?</p>"
            "<p>三、严格实施取水许可制度。暂停审批超指标地区建设项目新增取水?省水利厅、发展改革委等部门负?</p>"
            "<p>某省人民政府办公厅</p><p>2013年10月8日</p></body></html>").encode("utf-8")
    notice = extract(html, name="qmark.html")
    assert [(m.measure_no, m.section_no, m.text, tuple(a.name for a in m.lead)) for m in notice.measures] == [
        (1, None, "完善水资源规划体系。抓紧编制各级水资源综合规划和水资源保护规划等专项规划", ("省水利厅", "发展改革委")),
        (2, None, "严格取用水总量控制管理。建立省、市、县三级取用水总量控制指标体系", ("省水利厅", "财政厅")),
        (2, None, "各地用水总量控制指标要作为编制发展规划的重要依据", ("省发展改革委", "水利厅")),
        (3, None, "严格实施取水许可制度。暂停审批超指标地区建设项目新增取水", ("省水利厅", "发展改革委")),
    ]

"""An item's number set on a line of its own (``1.`` / ``新开工…（省发改委主办）2.设立…``, a copy out of a PDF or a
phone's reader) over a line that runs the next item on after its assignment bracket: the text layer asks the
line-break repair of the number and its line together (textlayer.prepare), as it asks it of a line the number
opens.  Before, the line alone opened with no label, was not split at its own sequence, and the item run on
was read with the number before (``1``, ``2.设立…`` in its text): the metamorphic suite's number-own-line pair of
holdout runoncut-heilongjiang, session 70."""
import re

from extractor.engine.extract import extract

LETTER = ["某省人民政府关于落实重点工作责任分工的意见", "各市人民政府，省政府各有关直属单位：", "现提出责任分工意见如下："]
ITEMS = ["一、推进产业项目建设",
         "1.新开工建设亿元以上产业项目300个，年内竣工投产120个。（省发改委主办，省工信委协办）2.设立产业项目建设专项资金，"
         "对重点项目给予贴息支持。（省财政厅负责）",
         "3.扩大对外经贸合作，全年进出口增长15%。（省商务厅主办，省税务局协办）",
         "二、加快发展现代服务业",
         "1.推进旅游业转型升级。（省文化和旅游厅负责）2.完善服务业统计监测制度。（省统计局主办，省发改委协办）"]


def _rows(lines: list[str]):
    notice = extract(("\n".join(lines) + "\n").encode("utf-8"))
    return [(m.measure_no, m.section_no, m.text[:6], [r.name for r in m.lead], [r.name for r in m.support])
            for m in notice.measures]


def _numbers_own_line(lines: list[str]) -> list[str]:
    return [piece for line in lines for piece in re.sub(r"^(\d{1,3}\.)(?=\S)", r"\1\n", line).split("\n")]


def test_items_run_on_after_their_brackets_are_split_at_their_numbers():
    assert _rows(LETTER + ITEMS) == [
        (1, 1, "新开工建设亿", ["省发改委"], ["省工信委"]),
        (2, 1, "设立产业项目", ["省财政厅"], []),
        (3, 1, "扩大对外经贸", ["省商务厅"], ["省税务局"]),
        (1, 2, "推进旅游业转", ["省文化和旅游厅"], []),
        (2, 2, "完善服务业统", ["省统计局"], ["省发改委"]),
    ]


def test_with_each_number_on_a_line_of_its_own_they_read_the_same():
    own = _numbers_own_line(ITEMS)
    assert "1." in own and "3." in own
    assert _rows(LETTER + own) == _rows(LETTER + ITEMS)


def test_a_number_over_a_line_running_no_item_on_is_joined_as_before():
    """A line under a lone number that runs no next item on (its inner list is its own text) is not cut."""
    items = ["一、推进产业项目建设", "1.", "新开工建设产业项目300个：（1）建成厂房；（2）引进企业。（省发改委负责）",
             "2.", "扩大对外经贸合作。（省商务厅负责）"]
    assert [(no, text) for no, _s, text, _l, _sup in _rows(LETTER + items)] == [(1, "新开工建设产"), (2, "扩大对外经贸")]

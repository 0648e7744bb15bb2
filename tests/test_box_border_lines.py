"""A box-drawn table's top and bottom rules (┌──┬──┐ / └──┴──┘) are its lines, as its cell rows and inner rules are
(textlayer.is_table_line): never measured for a hard wrap nor joined.  Measured as prose, two rules as wide as a
letter's line showed a wrap of that width and the whole table ran into one line (blindsynth seed 12679, session 54)."""
import pytest

from extractor.engine.extract import extract
from extractor.parse.hardwraps import join_hard_wraps
from extractor.parse.textlayer import is_table_line

#: the letter's paragraph is 43 characters, as wide as the box's rules
NOTICE = """株洲市人民政府办公室关于印发株洲市2023年民生实事项目任务清单的通知
株政办发〔2023〕61号
各县市区人民政府，市政府各部门、各直属机构：
《株洲市2023年民生实事项目任务清单》已经市政府同意，现印发给你们，请认真贯彻落实。
株洲市人民政府办公室
2023年2月20日
株洲市2023年民生实事项目任务清单
┌──┬────────────┬──────┬────────┬─────┬───┐
│序号│工 作 任 务             │牵头单位    │配合单位        │完成时限  │备注  │
├──┴────────────┴──────┴────────┴─────┴───┤
│一、提升城市功能品质                                                              │
├──┬────────────┬──────┬────────┬─────┬───┤
│1   │扩大对外贸易，全年进出口│株洲市统计局│                │2023年7月 │      │
│    │总额增长6%。            │            │                │—9月     │      │
├──┴────────────┴──────┴────────┴─────┴───┤
│二、推动产业转型升级                                                              │
├──┬────────────┬──────┬────────┬─────┬───┤
│2   │建设公共法律服务实体平台│株洲市交通运│株洲市民政局    │长期坚持  │      │
│    │19个，实现镇街全覆盖。  │输局        │                │          │      │
└──┴────────────┴──────┴────────┴─────┴───┘
"""


@pytest.mark.parametrize("line", ["┌──┬──┐", "└──┴──┘", "┏━━┳━━┓", "╚══╩══╝"])
def test_a_box_rule_is_a_table_line(line):
    assert is_table_line(line)


def test_a_box_as_wide_as_a_letter_line_is_no_wrap():
    lines = NOTICE.splitlines()
    assert len(lines[3]) == len(lines[7]) == len(lines[-1])
    assert join_hard_wraps(lines) == lines
    notice = extract(NOTICE.encode("utf-8"))
    assert [(m.measure_no, m.section_no) for m in notice.measures] == [(1, 1), (2, 2)]
    assert [s.title for s in notice.sections] == ["提升城市功能品质", "推动产业转型升级"]

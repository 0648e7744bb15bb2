"""A plan's heading broken over two lines right over its table or first item, where the join was missed before
(layout/headingwraps.py ``wrapped_from_above``, ``lines_over``): blindsynth seeds 1-8000, session 66 (gfix66, the
leftovers of stream 27's ``b65:wraphead``).  Three shapes: the first line opens with a body's name that ends in no
level word (某街道 / 某委员会 / 某局 before the year); the first line ends in a word a title may end with (…民生实事项 /
目任务清单, …政府工作报告 / 重点工作任务分工) and the next completes it as a division of tasks; and a copy setting a blank
after every line whose table's quoted cells hold line breaks (so the copy as a whole is not blank-spaced)."""
from __future__ import annotations

import pytest

from extractor.layout.headingwraps import wrapped_from_above
from extractor.layout.locate import locate_content
from extractor.layout.metadata import parse_metadata
from extractor.source.decode import decode_bytes

from conftest import make_raw

LETTER = ["某街道办事处关于印发某街道2023年稳经济促发展重点工作任务分工方案的通知", "某街办发〔2023〕7号",
          "各社区居委会，街道各部门：",
          "《某街道2023年稳经济促发展重点工作任务分工方案》已经街道党工委、办事处同意，现印发给你们，请认真贯彻落实。",
          "某街道办事处", "2023年4月17日"]
TABLE = ["序号\t工作任务\t牵头单位\t配合单位", "1\t推进污水管网建设\t街道城建办\t各社区",
         "2\t完成燃煤锅炉整治\t街道安监办\t街道综合执法队", "3\t开展河道清淤\t街道农业办\t各社区"]
ITEMS = ["一、统筹发展和安全", "1.推进污水管网建设。（牵头单位：街道城建办；配合单位：各社区）",
         "2.完成燃煤锅炉整治。（牵头单位：街道安监办；配合单位：街道综合执法队）"]


def _table_title(lines: list[str], spaced: bool = False) -> str | None:
    text = ("\n\n" if spaced else "\n").join(lines)
    return parse_metadata(locate_content(decode_bytes(make_raw(text.encode("utf-8"), path="n.txt")))).table_title


@pytest.mark.parametrize("first, second", [
    ("某街道2023年稳经", "济促发展重点工作任务分工方案"),
    ("某省发展和改革委员会2023年重点工作", "任务分解表"),
    ("某市交通运输局2023年重点工作任", "务分工方案"),
])
@pytest.mark.parametrize("under", ["table", "items"])
def test_a_heading_opening_with_a_bodys_name_before_its_year_is_read_whole(first, second, under):
    body = TABLE if under == "table" else ITEMS
    for spaced in (False, True):
        assert _table_title([*LETTER, "附件", first, second, *body], spaced) == first + second, (under, spaced)


@pytest.mark.parametrize("first, second", [
    ("某区2023年民生实事项", "目任务责任分工表"),
    ("某市2023年政府工作报告", "重点工作任务责任分工表"),
])
def test_a_first_line_ending_like_a_title_goes_on_where_the_next_completes_a_division(first, second):
    assert _table_title([*LETTER, "（此件公开发布）", first, second, *TABLE]) == first + second


def test_a_heading_naming_a_division_of_its_own_takes_no_line_over_it():
    assert wrapped_from_above(["某区2023年重点工作任务分解表"], "某区2023年民生实事项目清单") == "某区2023年民生实事项目清单"
    assert wrapped_from_above(["某区2023年重点民生事项"], "附表") == "附表"   # (the join names no division)


def test_a_line_over_the_heading_with_no_year_is_no_piece_of_it():
    assert wrapped_from_above(["某街道办事处"], "重点工作任务分工方案") == "重点工作任务分工方案"


def test_a_spaced_copy_whose_quoted_cells_break_lines_reads_the_heading_over_its_blank():
    table = ["序号\t工作任务\t牵头单位\t配合单位", '1\t推进污水管网建设\t街道城建办\t"各社区', '街道综合执法队"',
             '2\t完成燃煤锅炉整治\t街道安监办\t"街道综合执法队', "各社区", '街道农业办"',
             '3\t开展河道清淤\t街道农业办\t"各社区', '街道城建办"']
    text = "\n\n".join([*LETTER, "某街道2023年稳经", "济促发展重点工作任务分工方案"]) + "\n\n" + "\n".join(table)
    meta = parse_metadata(locate_content(decode_bytes(make_raw(text.encode("utf-8"), path="n.txt"))))
    assert meta.table_title == "某街道2023年稳经济促发展重点工作任务分工方案"


def test_a_gazettes_number_and_date_line_under_a_title_broken_in_a_spaced_copy_dates_the_notice():
    """The number-and-date line under a title block over three lines, in a copy setting a blank after every line: its
    date is the notice's (``metadata._gazette_date`` counts lines of text; blindsynth seeds 3737, 4678 lost it)."""
    lines = ["某市人民政府办公室", "关于印发某市2024年生态", "环境保护重点任务分解表的通知", "某政办字〔2024〕75号　二○二四年四月八日",
             "各县（市、区）人民政府，市直各有关单位：", "《某市2024年生态环境保护重点任务分解表》已经市政府同意，现印发给你们。",
             "某市2024年生态环境保护重点任务分解表", *TABLE]
    text = "\n\n".join(lines)
    meta = parse_metadata(locate_content(decode_bytes(make_raw(text.encode("utf-8"), path="n.txt"))))
    assert meta.date == "2024-04-08"
    assert meta.doc_number == "某政办字〔2024〕75号"


ONE_LINE = ("关于印发某市2021年民生实事项目任务清单的通知各县（市、区）人民政府，市政府各部门：《某市2021年民生实事项目任务清单》"
            "已经市政府同意，现印发给你们，请认真贯彻落实。某市人民政府办公室2021年1月19日"
            "（联系人：王某、张某，联系电话：1234567，电子邮箱：ab12@163.com）（此件主动公开）附件某市2021年民生实事项目任务清单"
            "一、统筹发展和安全（2项）（1）落实减税降费政策，全年为市场主体减负6亿元以上。（牵头单位：市税务局，完成时限：2021年底）")


def test_a_contact_note_under_the_date_of_a_one_line_copy_is_a_line_of_its_own():
    """``letterjoints._note_ends``: the labelled note and the publication note after the signature's date are each a line, so
    the plan's name after them is the table's title (blindsynth seeds 2953, 4737 read the notes into it)."""
    from extractor.parse.runon import split_run_on
    pieces = split_run_on(ONE_LINE)
    at = pieces.index("2021年1月19日")
    assert pieces[at + 1:at + 4] == ["（联系人：王某、张某，联系电话：1234567，电子邮箱：ab12@163.com）", "（此件主动公开）",
                                     "附件某市2021年民生实事项目任务清单"]
    meta = parse_metadata(locate_content(decode_bytes(make_raw(ONE_LINE.encode("utf-8"), path="n.txt"))))
    assert meta.table_title == "某市2021年民生实事项目任务清单"
    assert meta.date == "2021-01-19"


def test_a_long_unlabelled_bracket_after_the_date_is_no_note():
    from extractor.parse.runon import split_run_on
    line = ONE_LINE.replace("（联系人：王某、张某，联系电话：1234567，电子邮箱：ab12@163.com）",
                            "（请各单位于每季度末将进展情况报送市政府督查室，逾期未报的予以通报）")
    assert "（请各单位于每季度末将进展情况报送市政府督查室，逾期未报的予以通报）" not in split_run_on(line)

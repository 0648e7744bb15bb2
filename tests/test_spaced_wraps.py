"""A title or a plan's heading broken over lines in a copy that sets a blank line after every line
(``hardwraps.blank_spaced``), and a plan's heading broken over two lines right over a table or items
(layout/lettertitle.py ``_title_lines``, layout/tabletitle.py ``_past_spacing``, ``_lines_over``,
``_wrapped_from_above``, ``_completes_division``): blindsynth session 65 causes 1-3, holdout wraptext-anshan-2024-1."""
from __future__ import annotations

from extractor.layout.locate import locate_content
from extractor.layout.metadata import parse_metadata
from extractor.source.decode import decode_bytes

from conftest import make_raw

LETTER = ["某区人民政府办公室关于印发某区2023年生态环", "境保护重点任务分工方案的通知", "某政办发〔2023〕7号",
          "各街道办事处，区政府各部门：", "《某区2023年生态环境保护重点任务分工方案》已经区政府同意，现印发给你们，请认真贯彻落实。",
          "某区人民政府办公室", "2023年4月17日"]
ITEMS = ["一、统筹发展和安全", "1.推进污水管网建设。（牵头单位：区住建局；配合单位：各街道办事处）",
         "2.完成燃煤锅炉整治。（牵头单位：区生态环境分局；配合单位：区市场监管局）"]


def _meta(lines: list[str], spaced: bool):
    text = ("\n\n" if spaced else "\n").join(lines)
    return parse_metadata(locate_content(decode_bytes(make_raw(text.encode("utf-8"), path="n.txt"))))


def test_a_title_broken_over_two_lines_reads_on_over_the_spacing_blank():
    meta = _meta([*LETTER, "某区2023年生态环境保护重点任务分工方案", *ITEMS], spaced=True)
    assert meta.title == "某区人民政府办公室关于印发某区2023年生态环境保护重点任务分工方案的通知"
    assert meta.doc_number == "某政办发〔2023〕7号"


def test_a_title_closed_like_one_takes_no_line_over_a_blank():
    lines = ["某区人民政府办公室关于印发某区2023年生态环境保护重点任务分工方案的通知", "某政办发〔2023〕7号", *LETTER[3:],
             "某区2023年生态环境保护重点任务分工方案", *ITEMS]
    assert _meta(lines, spaced=True).title == lines[0]


def test_a_plans_heading_broken_over_two_lines_reads_on_over_the_spacing_blank():
    meta = _meta([*LETTER, "某区2023年民生实", "事项目任务清单", *ITEMS], spaced=True)
    assert meta.table_title == "某区2023年民生实事项目任务清单"


def test_a_heading_ending_in_the_report_it_divides_goes_on_when_the_next_line_names_the_division():
    meta = _meta([*LETTER, "某市2025年政府工作报告", "重点工作任务分工", *ITEMS], spaced=False)
    assert meta.table_title == "某市2025年政府工作报告重点工作任务分工"


def test_a_heading_ending_in_the_report_over_no_division_stands_alone():
    meta = _meta([*LETTER, "某市2025年政府工作报告", *ITEMS], spaced=False)
    assert meta.table_title == "某市2025年政府工作报告"


def test_a_heading_broken_over_two_lines_right_over_a_table_is_read_whole():
    table = ["序号\t工作任务\t牵头单位\t配合单位", "1\t推进污水管网建设\t区住建局\t各街道办事处",
             "2\t完成燃煤锅炉整治\t区生态环境分局\t区市场监管局", "3\t开展河道清淤\t区水务局\t各街道办事处"]
    for spaced in (False, True):
        meta = _meta([*LETTER, "某区2023年生态环", "境保护重点任务分工方案", *table], spaced=spaced)
        assert meta.table_title == "某区2023年生态环境保护重点任务分工方案", spaced


def test_an_attachment_mark_over_a_heading_is_no_part_of_it():
    table = ["序号\t工作任务\t牵头单位\t配合单位", "1\t推进污水管网建设\t区住建局\t各街道办事处",
             "2\t完成燃煤锅炉整治\t区生态环境分局\t区市场监管局", "3\t开展河道清淤\t区水务局\t各街道办事处"]
    meta = _meta([*LETTER, "附件1", "某区2023年生态环境保护重点任务分工方案", *table], spaced=False)
    assert meta.table_title == "某区2023年生态环境保护重点任务分工方案"


def test_a_line_printed_again_with_more_under_it_is_no_piece_of_the_heading():
    from extractor.layout.headingwraps import wrapped_from_above
    assert wrapped_from_above(["2018年目标任务一季度完成情况"], "2018年目标任务一季度完成情况一览表") \
        == "2018年目标任务一季度完成情况一览表"
    assert wrapped_from_above(["某区2023年生态环"], "境保护重点任务分工方案") == "某区2023年生态环境保护重点任务分工方案"


def test_a_closing_printed_without_its_first_word_is_the_letters_never_the_plans_name():
    lines = ["某区人民政府办公室关于印发某区2023年民生实事项目任务清单的通知", "某政办〔2023〕7号　二〇二三年一月二十七日",
             "各街道办事处，区政府各部门：", "《某区2023年民生实事项目任务清单》已经区政府同意，现印发给你们，请认真贯彻落实。",
             "此通知", "某区2023年民生实事项目任务清单", *ITEMS]
    assert _meta(lines, spaced=False).table_title == "某区2023年民生实事项目任务清单"

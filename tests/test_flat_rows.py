"""A table whose rows a copy ran into one line, single spaces between the cells and no row numbers
(parse/flatrows.py; holdout spaceflat-jianli-2018-1, batch 45)."""
from extractor import extract
from extractor.parse.flatrows import FLAT_ROW_MAX_PIECES, _row_cells, flat_header_at, flat_header_pieces

FLAT = ("编辑: 某网友 2020-05-06\n"
        "附件 某县2020年城乡环境整治职责清单 工作任务和内容 责任单位 配合单位 完成时间 "
        "负责整治工作的宣传报道,在电视台开设专栏.\n"
        "\n"
        "县委宣传部 持续开展 负责城区渣土车辆的管控,查处违规运输行为. 县公安局 县交通 运输局 6月底前完成 "
        "负责农村生活垃圾的收集转运. 县城管局 县财政局 9月底前建成 转运体系\n"
        "\n"
        "本文来源于网络,仅供学习交流.\n")


def test_rows_run_flat_are_read_one_a_task():
    notice = extract(FLAT.encode("utf-8"))
    assert notice.table_title == "某县2020年城乡环境整治职责清单"
    assert [m.measure_no for m in notice.measures] == [1, 2, 3]
    first, second, third = notice.measures
    assert first.text == "负责整治工作的宣传报道,在电视台开设专栏."
    assert [a.name for a in first.lead] == ["县委宣传部"] and first.deadline == "持续开展"
    # a unit cell's wrap (县交通 / 运输局) is inside one name; an empty support cell prints nothing
    assert [a.name for a in second.lead] == ["县公安局"]
    assert [a.name for a in second.support] == ["县交通运输局"]
    assert second.deadline == "6月底前完成"
    # a deadline cell's wrap (9月底前建成 / 转运体系) stays in the deadline; the forum's closing line is no row
    assert [a.name for a in third.lead] == ["县城管局"] and [a.name for a in third.support] == ["县财政局"]
    assert third.deadline == "9月底前建成转运体系"


def test_the_list_name_before_a_flat_header_is_a_line_of_its_own():
    line = "附件 某县清单 工作任务和内容 责任单位 配合单位 完成时间 负责甲工作."
    assert flat_header_pieces(line) == ["附件 某县清单", "工作任务和内容 责任单位 配合单位 完成时间 负责甲工作."]
    assert flat_header_at(line) == (2, ["工作任务和内容", "责任单位", "配合单位", "完成时间"])


def test_no_flat_header_without_a_task_after_it_or_in_a_box_row():
    assert flat_header_at("工作任务和内容 责任单位 配合单位 完成时间") is None
    assert flat_header_at("│序 │工作任务 │牵头单位 │配合单位 │") is None
    # a numbered header opens text-sp's rows, not these
    assert flat_header_at("序号 工作任务 责任单位 完成时间 负责甲工作.") is None


def test_a_line_naming_columns_in_a_sentence_is_no_table():
    text = ("某县关于做好清单填报工作的说明\n"
            "请按 工作任务 责任单位 完成时间 填写表格. 逾期不报的 将通报.\n")
    assert extract(text.encode("utf-8")).measures == ()


def test_a_traditional_copy_wraps_its_names_alike():
    """縣 is the level word 县: a traditional copy's wrap inside a name is told as a simplified one's."""
    notice = extract(FLAT.replace("县", "縣").replace("运输局", "運輸局").encode("utf-8"))
    assert [a.name for a in notice.measures[1].support] == ["縣交通運輸局"]


def test_a_row_of_too_many_pieces_is_the_text_after_the_table():
    """The ways to share n pieces out to k cells grow as n ** (k - 1): a run of words after the table
    (a footer's links) is no row, read without trying them all (``FLAT_ROW_MAX_PIECES``)."""
    roles = ["lead", "support", "deadline"]
    assert _row_cells(["县公安局", "县财政局", "6月底前"], roles, "县") == ["县公安局", "县财政局", "6月底前"]
    many = ["县公安局"] * (FLAT_ROW_MAX_PIECES + 1)
    assert _row_cells(many, roles, "县") is None

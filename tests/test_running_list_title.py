"""A paged copy's running title ending in a word that names a column only as a whole cell (任务清单,
``roles.toml [header_exact]``) is still a list's name: it may run and is dropped, while a header printing
its cells apart ends in a column's name (layout/running.py ``_ends_no_column``, ``_may_run``)."""

from extractor import extract
from extractor.layout.running import _ends_no_column, _may_run


def test_a_title_ending_in_a_whole_cell_word_ends_no_column():
    assert _ends_no_column("湘潭市2023年稳增长重点工作任务清单", ["湘潭市2023年稳增长", "重点工作", "任务清单"])
    assert _may_run("湘潭市2023年稳增长重点工作任务清单")


def test_a_header_printing_its_cells_apart_ends_in_a_column():
    assert not _ends_no_column("工作指标 任务清单 责任清单", ["工作指标", "任务清单", "责任清单"])


def test_a_header_word_alone_names_a_column():
    assert not _ends_no_column("任务清单", ["任务清单"])


PAGE = ("某市2023年稳增长重点工作任务清单\n"
        "序号\t工作内容\t牵头单位\t配合单位\t完成时限\n"
        "一、扩大有效投资\n"
        "\t加快推进重大项目前期工作。\t市发改委\t市住建局\t2023年12月底前\n"
        "二、促进消费回暖\n"
        "\t组织开展促消费活动。\t市商务局\t市财政局\t2023年6月底前\n"
        "— 2 —\n"
        "某市2023年稳增长重点工作任务清单\n"
        "续表\n"
        "序号\t工作内容\t牵头单位\t配合单位\t完成时限\n"
        "\t发展夜间经济，打造特色街区。\t市商务局\t市住建局\t年底前\n")


def test_the_running_title_cuts_no_section():
    notice = extract(PAGE.encode("utf-8"), name="p.txt")
    assert [(m.measure_no, m.section_no, m.deadline) for m in notice.measures] == [
        (1, 1, "2023年12月底前"), (2, 2, "2023年6月底前"), (3, 2, "年底前")]


def test_a_title_ending_in_a_column_word_and_the_kind_fen_gong_ends_no_column():
    # 细化分工 is a task column's name, so the header reader joins 分工 to 重点任务 before it; the line
    # still names a list (重点任务 + the kind 分工), while the column word 细化分工 itself stays a column
    assert _ends_no_column("某市2023年优化营商环境重点任务分工", ["某市2023年优化营商环境", "重点任务分工"])
    assert not _ends_no_column("序号 重点任务 细化分工", ["序号", "重点任务", "细化分工"])


TAB_PAGE = ("某市2023年优化营商环境重点任务分工\n\n"
            "序号\t主要任务\t主办单位\t协办单位\t办理时限\n\n"
            "\t新增城镇就业4600人。\t市人社局\t市财政局\t每年8月底前\n\n"
            "\t深化放管服改革。\t市数据局\t市发改委\t3月底前\n\n"
            "— 3 —\n\n"
            "某市2023年优化营商环境重点任务分工\n\n"
            "序号\t主要任务\t主办单位\t协办单位\t办理时限\n\n"
            "\t培育专精特新企业。\t市工信局\t市科技局\t2023年第二季度\n")


def test_a_repeated_title_ending_in_fen_gong_runs_into_no_deadline():
    # blindsynth bs2389: the title printed again after a page number was kept among the rows and ran
    # into the deadline above it (3月底前某市…分工)
    notice = extract(TAB_PAGE.encode("utf-8"), name="p.txt")
    assert [m.deadline for m in notice.measures] == ["每年8月底前", "3月底前", "2023年第二季度"]

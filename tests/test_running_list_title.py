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

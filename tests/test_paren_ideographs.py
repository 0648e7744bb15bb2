"""The parenthesized ideographs ㈠ … ㈩ number a level as （一） … （十） do (docs/parsing.md, the numbering
grammar; holdout circlednum-bozhou-2017-1: a portal's 办法 whose items print ㈠ ㈡ ㈢ under each 一、 part)."""
from extractor.engine.extract import extract
from extractor.numbering import bare_label, label_rank, split_numbering, split_section_label


def test_a_parenthesized_ideograph_is_the_bracketed_numeral_level():
    assert split_numbering("㈠ 压实主体责任。") == ("pcn", label_rank("（一）"), 1, "㈠", "压实主体责任。")
    assert split_numbering("㈩统筹推进。")[2] == 10
    assert label_rank("㈡") == label_rank("（二）")
    assert bare_label("㈤") == ("pcn", 5)


def test_a_grid_section_cell_reads_it():
    assert split_section_label("㈢ 强化保障") == (3, "㈢", "强化保障")
    assert split_section_label("（三）强化保障") == (3, "（三）", "强化保障")


def test_items_numbered_so_restart_under_each_part():
    page = ("一、稳定就业\n"
            "㈠ 压实主体责任。县市落实就业扶持政策。（牵头单位：州人社局；协助单位：州财政局）\n"
            "㈡ 扶持小微企业。落实税费减免政策。（牵头单位：州工信委；协助单位：州地税局）\n"
            "二、鼓励创业\n"
            "㈠ 降低创业门槛。放宽住所登记条件。（牵头单位：州工商局；协助单位：州国税局）\n")
    notice = extract(page.encode("utf-8"))
    assert [(m.measure_no, m.section_no, m.text) for m in notice.measures] == [
        (1, 1, "压实主体责任。县市落实就业扶持政策。"),
        (2, 1, "扶持小微企业。落实税费减免政策。"),
        (1, 2, "降低创业门槛。放宽住所登记条件。")]
    assert [([a.name for a in m.lead], [a.name for a in m.support]) for m in notice.measures] == [
        (["州人社局"], ["州财政局"]), (["州工信委"], ["州地税局"]), (["州工商局"], ["州国税局"])]


def test_a_quantity_in_a_sentence_is_no_label():
    assert split_numbering("完成㈠项") is None

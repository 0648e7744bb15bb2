"""An item whose text as read stops at a clause mark (；，、) goes on in the paragraph under it even when its units came
with it (``4.市交通运输局：负责…医院；`` / ``负责…资金。``): the copy broke its line there, a hard wrap its reader did not
find (items.cut_at_clause, Outline.add_more; blindsynth seed 12492, session 54: the paragraph was dropped)."""
from extractor.engine.extract import extract
from extractor.parse.items import Item, cut_at_clause

NOTICE = """某市2023年生态环境保护重点任务责任分工表
1.市商务局：深化“放管服”改革，政务服务事项网上可办率达到97%。
2.市交通运输局：负责推进医保支付方式改革，DRG付费覆盖全部二级以上医院；
负责加强困难群众救助，按时足额发放救助资金。
3.市交通运输局、市公安局：负责推进老旧小区改造，完成改造小区11个。
"""


def test_a_unit_colon_item_cut_at_its_clause_mark_goes_on():
    notice = extract(NOTICE.encode("utf-8"))
    assert [m.text for m in notice.measures] == [
        "深化“放管服”改革，政务服务事项网上可办率达到97%。",
        "负责推进医保支付方式改革，DRG付费覆盖全部二级以上医院；负责加强困难群众救助，按时足额发放救助资金。",
        "负责推进老旧小区改造，完成改造小区11个。"]
    assert [[a.name for a in m.lead] for m in notice.measures][1] == ["市交通运输局"]


def test_only_a_clause_mark_says_the_text_goes_on():
    assert cut_at_clause(Item("num", 3, 2, "2.", "负责推进改革；"))
    assert cut_at_clause(Item("num", 3, 2, "2.", "负责推进改革。", more=["推进甲，"]))
    assert not cut_at_clause(Item("num", 3, 2, "2.", "负责推进改革，完成验收。"))
    assert not cut_at_clause(Item("num", 3, 2, "2.", "负责推进改革，（牵头单位：市商务局）"))

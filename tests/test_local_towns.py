"""属地乡镇 / 属地街道 (the towns or streets where each task lies) is a catch-all group of places, so a bare
bracket list closing with it is the item's units (blindsynth session 53 cause 1; holdout runlabel-nanchangxian)."""
from extractor import extract
from extractor.parse.unitlists import is_unit_list

PAGE = ("某市2023年民生实事任务分工\n"
        "1.推进医保支付方式改革，DRG付费覆盖全部二级以上医院。（市人社局、市医保局、属地乡镇）\n"
        "2.新建社区养老服务中心5个。（市民政局、市财政局，属地街道）\n"
        "3.改造农村公路50公里。（市交通运输局、市财政局）\n")


def test_a_bare_bracket_closing_with_the_towns_concerned_is_the_items_units():
    notice = extract(PAGE.encode("utf-8"))
    assert [m.measure_no for m in notice.measures] == [1, 2, 3]
    first, second, _ = notice.measures
    assert first.text == "推进医保支付方式改革，DRG付费覆盖全部二级以上医院。"
    assert [a.name for a in first.lead] == ["市人社局", "市医保局", "属地乡镇"]
    assert [a.name for a in second.lead] == ["市民政局", "市财政局", "属地街道"]


def test_the_towns_concerned_end_like_a_unit_list():
    assert is_unit_list("属地乡镇") and is_unit_list("市人社局、属地街道")
    # 属地 before no place word names no group
    assert not is_unit_list("属地管理")

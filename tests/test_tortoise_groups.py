"""Place groups printed with tortoise-shell brackets (各县〔市、区〕人民政府, 各镇〔街道〕: a page nesting brackets in round
ones, or printing every catch-all so) are one name each, as with （） (blindsynth session 53 causes 2 and 3)."""
from extractor import extract
from extractor.agencies.units import split_units
from extractor.parse.unitlists import is_unit_list, names_units_only


def test_a_departments_group_is_not_split_at_the_mark_inside_its_brackets():
    """``各县〔市、区〕住房和城乡建设局``: each county's bureau, one catch-all (before: 各县〔市 and 区〕住房和城乡建设局)."""
    assert split_units("房地产市场监管科、各县〔市、区〕住房和城乡建设局") == ("房地产市场监管科", "各县〔市、区〕住房和城乡建设局")
    assert split_units("市公安局，各县〔市、区〕教育局；市财政局") == ("市公安局", "各县〔市、区〕教育局", "市财政局")


def test_a_group_closed_by_tortoise_brackets_ends_like_a_unit():
    for name in ("各镇〔街道〕", "各村〔社区〕", "有关县〔市、区〕", "各县〔市、区〕住房和城乡建设局"):
        assert names_units_only(name), name
        assert is_unit_list(name), name
    # as its round-bracket twin does
    assert names_units_only("各镇（街道）")


PAGE = ("某市人民政府办公室关于印发某市2023年重点工作任务分工的通知\n"
        "各镇人民政府、街道办事处，市政府各部门：\n"
        "现将《某市2023年重点工作任务分工》印发给你们，请认真贯彻落实。\n"
        "某市人民政府办公室\n"
        "2023年3月1日\n"
        "某市2023年重点工作任务分工\n"
        "1.完善社会救助体系，提高低保标准。\n"
        "牵头单位：市民政局\n"
        "协办单位：市农业农村局，市财政局，各镇〔街道〕\n"
        "2.推进老旧小区改造，完成改造30个。\n"
        "牵头单位：市住建局\n"
        "协办单位：各县〔市、区〕住房和城乡建设局\n")


def test_a_label_line_names_the_group_after_a_comma():
    first, second = extract(PAGE.encode("utf-8")).measures
    assert [a.name for a in first.support] == ["市农业农村局", "市财政局", "各镇〔街道〕"]
    assert [a.name for a in second.support] == ["各县〔市、区〕住房和城乡建设局"]

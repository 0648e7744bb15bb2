"""A closing 由 sentence whose last role clause names units by their duties (由A牵头，B各负其责。) under an item's short
first sentence is the item's assignment, B supporting; it opens no task (proseassign.split_leading,
namedfirst.name_then_leading; docs/parsing.md)."""
from extractor.parse.inline import split_assignment
from extractor.parse.proseassign import split_leading


def _read(text):
    rest, found = split_assignment(text)
    return rest, found and (found.lead, found.support, found.deadline, found.form)


def test_a_closing_sentence_naming_units_by_duties():
    assert _read("完成第五次全国经济普查相关工作。由市教育局牵头，市水利局各负其责。") == (
        "完成第五次全国经济普查相关工作。", (("市教育局",), ("市水利局",), None, "prose"))
    assert _read("完成第五次全国经济普查相关工作。由市审计局牵头，市税务局、老城区统计部门各负其责，2019年7月30日前完成。") == (
        "完成第五次全国经济普查相关工作。", (("市审计局",), ("市税务局、老城区统计部门",), "2019年7月30日前完成", "prose"))


def test_a_leading_run_takes_the_duties_clause_and_keeps_the_task_after_it():
    # the task after the clauses stays the item's text (a leading assignment)
    assert _read("县级抓统筹。由市科技局牵头，市财政局各负其责，成立工作专班推进项目建设。") == (
        "县级抓统筹。成立工作专班推进项目建设。", (("市科技局",), ("市财政局",), None, "inline-verb"))
    rest, found = split_leading("由市科技局牵头，市财政局各负其责，成立工作专班推进项目建设。")
    assert rest == "成立工作专班推进项目建设。" and found.support == ("市财政局",)


def test_a_duties_clause_first_opens_no_run():
    # an exhortation alone (各部门要各负其责，…) names no unit: no leading assignment
    assert split_leading("各部门要各负其责，切实做好项目建设各项工作。")[1] is None

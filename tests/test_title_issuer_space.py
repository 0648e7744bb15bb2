"""A heading naming two issuing bodies parted by a space before its 关于 (中共某镇委员会 某镇人民政府关于…的通知), on a page
printing no signature: both bodies issue it, as two names signing side by side do (layout/issuer.issuer_in_title;
holdout rosterduty-xiashan-2025-1, batch 126).  The title drops the space as ever; one body with a space inside its
name stays one issuer."""
from test_metadata import meta_of

PAGE = """<html><head><meta charset="utf-8"><title>通知</title></head><body>
<h1>中共某县某镇委员会 某县某镇人民政府关于成立某镇防溺水工作专班的通知</h1>
<p>各村（社区），驻镇部门</p>
<p>为防范溺水事故，决定成立工作专班。现将有关事项通知如下。</p>
<p>一、组成人员</p>
<p>班长：张三镇党委书记</p>
</body></html>"""


def test_two_bodies_parted_by_a_space_both_issue():
    m = meta_of(PAGE, path="n.html")
    assert m.title == "中共某县某镇委员会某县某镇人民政府关于成立某镇防溺水工作专班的通知"
    assert m.issuer == "中共某县某镇委员会、某县某镇人民政府"


def test_one_body_with_a_space_inside_stays_one():
    m = meta_of(PAGE.replace("中共某县某镇委员会 某县某镇人民政府关于", "某县某镇人民政府 办公室关于"), path="n.html")
    assert m.issuer == "某县某镇人民政府办公室"

"""Where a unit label's value stops naming units (unitvalue.read_unit_value).

The vocabulary (assign.toml unit_end / place_group / place_end) is the fast path; a name it does not
know after a comma is asked of the agency knowledge (agencies/bodies.py: does the template know it,
or is it a place's body by its opening and ending, as jieba cuts it?) before it is cut off as a note.
"""
import pytest

from extractor.agencies.bodies import looks_like_body
from extractor.parse.assign import parse_labels


# Bodies the vocabulary has no ending for, listed after a comma: units of the list, not a note.
@pytest.mark.parametrize("text,support", [
    ("配合单位：县教育局，县一中、县二中", ("县教育局，县一中、县二中",)),
    ("配合单位：县卫健局，县卫校；此项列入年度考核", ("县卫健局，县卫校",)),
    ("配合单位：县文旅局，县文工团", ("县文旅局，县文工团",)),
    ("配合单位：县发改局，县粮食储备库", ("县发改局，县粮食储备库",)),
    ("配合单位：县教育局，县实验幼儿园、县机关幼儿园", ("县教育局，县实验幼儿园、县机关幼儿园",)),
    ("配合单位：县工信局，县经济开发区", ("县工信局，县经济开发区",)),
    ("配合单位：县卫健局，县人民医院医共体", ("县卫健局，县人民医院医共体",)),
    ("配合单位：县教育局，仪陇县一中", ("县教育局，仪陇县一中",)),
])
def test_a_places_body_after_a_comma_stays_a_unit(text, support):
    found = parse_labels(text, "labelled")
    assert (found.support, found.extra.get("备注", "")) == (support, "" if "；" not in text else "此项列入年度考核")


# Prose after the units stays a note, even where it opens with a level word or ends like a body.
@pytest.mark.parametrize("text,note", [
    ("配合单位：县财政局，县城新建幼儿园", "县城新建幼儿园"),
    ("配合单位：区财政局，区级统筹安排", "区级统筹安排"),
    ("配合单位：市人社局，市民满意度明显提升", "市民满意度明显提升"),
    ("配合单位：县财政局，县乡两级联动推进", "县乡两级联动推进"),
    ("配合单位：市住建局，市统一部署到各区", "市统一部署到各区"),
    ("配合单位：县财政局，县财政给予补助", "县财政给予补助"),
    ("配合单位：县卫健局，此项列入民生实事", "此项列入民生实事"),
])
def test_prose_after_the_units_is_no_body(text, note):
    found = parse_labels(text, "labelled")
    assert (found.support[0].count("，"), found.extra.get("备注")) == (0, note)


@pytest.mark.parametrize("name,body", [
    ("县一中", True), ("县体校", True), ("县文工团", True), ("县消防救援大队", True),
    ("县城新建幼儿园", False), ("市民服务", False), ("区级统筹", False), ("新建幼儿园", False),
])
def test_looks_like_body(name, body):
    assert looks_like_body(name) is body


# --- a unit's own bracket is its remark ------------------------------------------------------------

@pytest.mark.parametrize("text,support,note", [
    # a remark holding a role word or a figure is no cut point: the unit stays in the list
    ("配合单位：县民政局，县财政局（负责落实配套资金500万元）", ("县民政局，县财政局（负责落实配套资金500万元）",), None),
    ("配合单位：县住建局，县财政局（配合做好资金保障）、县自然资源局（负责用地）；此项列入考核",
     ("县住建局，县财政局（配合做好资金保障）、县自然资源局（负责用地）",), "此项列入考核"),
])
def test_a_units_remark_is_no_cut_point(text, support, note):
    found = parse_labels(text, "labelled")
    assert (found.support, found.extra.get("备注")) == (support, note)


def _tidied(lead, support, extra=None):
    from extractor.models import DraftMeasure
    from extractor.parse.conventions import tidy_cells
    d = tidy_cells(DraftMeasure(None, 1, "某项工作。", lead_cells=lead, support_cells=support, extra=extra or {}))
    return d.lead_cells, d.support_cells, d.extra


def test_a_units_remark_leaves_the_name_for_the_note():
    assert _tidied(("县住建局（负责项目建设）",), ("县财政局（资金保障）、县自然资源局",), {"备注": "此项列入考核"}) == (
        ("县住建局",), ("县财政局、县自然资源局",),
        {"备注": "此项列入考核；县住建局（负责项目建设）；县财政局（资金保障）"})
    # a remark naming the unit's own role as a lead unit of some work
    assert _tidied((), ("县统计局（数据评估牵头单位）、县财政局",)) == (
        (), ("县统计局、县财政局",), {"备注": "县统计局（数据评估牵头单位）"})


@pytest.mark.parametrize("cell", [
    "市经信局（市中小企业局）",          # a second title names a unit
    "各镇（街道）", "各乡（镇、场）",     # a place group's bracket lists places
    "各县（区）人民政府（管委会）",
    "市发改委（牵头）",                  # a lead mark is the conventions' to read
    "县大数据中心（县政务服务中心）",
])
def test_a_bracket_naming_units_or_places_or_a_role_is_no_remark(cell):
    assert _tidied((cell,), ()) == ((cell,), (), {})


def test_a_note_columns_labels_keep_the_remark_out_of_the_unit():
    from extractor.layout.locate import locate_content
    from extractor.parse.conventions import apply_conventions
    from extractor.parse.forms import parse_body
    from extractor.source.decode import decode_bytes
    from conftest import make_raw
    page = ("<html><body><p>某县重点工作任务分工</p><table>"
            "<tr><td>序号</td><td>工作任务</td><td>牵头单位</td><td>完成时限</td><td>备注</td></tr>"
            "<tr><td>1</td><td>改造老旧小区5个。</td><td>县住建局</td><td>2024年10月</td>"
            "<td>配合单位：县财政局（资金保障）、县民政局</td></tr>"
            "<tr><td>2</td><td>新建公园3个。</td><td>县住建局</td><td>2024年底</td><td></td></tr>"
            "</table></body></html>")
    located = locate_content(decode_bytes(make_raw(page.encode("utf-8"), path="n.html")))
    first = apply_conventions(located, parse_body(located)).measures[0]
    assert (first.support_cells, first.extra.get("备注")) == (("县财政局、县民政局",), "县财政局（资金保障）")


# A sentence end inside a label's value ends its unit list: the sentences after it are a note on the
# measure, whatever they name (a place's government, 下同), and a catch-all verb closing the list stays
# the list's (it is no unit's name and no note).
@pytest.mark.parametrize("text,lead,note", [
    ("责任单位：省教育厅、省财政厅、人力资源社会保障厅按职责分工负责。各项任务均需各地级市人民政府落实，以下不再列出。",
     ("省教育厅、省财政厅、人力资源社会保障厅按职责分工负责",), "各项任务均需各地级市人民政府落实，以下不再列出"),
    ("责任单位：自治区民政厅、自治区卫生健康委。涉及各盟市人民政府的，由其自行分解，下同。",
     ("自治区民政厅、自治区卫生健康委",), "涉及各盟市人民政府的，由其自行分解，下同"),
])
def test_a_sentence_end_ends_the_unit_list(text, lead, note):
    found = parse_labels(text, "labelled")
    assert (found.lead, found.extra.get("备注")) == (lead, note)


# A later sentence stating how to read the notice's labels is a note whole, its role clause naming no unit
# (a national 部门分工 list: holdout spacelabel-guojia); a later sentence stating no rule still gives roles.
@pytest.mark.parametrize("text,lead,support,note", [
    ("负责单位：发展改革委、能源局、国务院其他有关部门。未明确牵头单位的，由所列负责单位按职责分工负责，下同",
     ("发展改革委、能源局、国务院其他有关部门",), (), "未明确牵头单位的，由所列负责单位按职责分工负责，下同"),
    ("配合单位：县财政局。各乡镇配合做好宣传", (), ("县财政局", "各乡镇"), None),
])
def test_a_later_rule_sentence_names_no_units(text, lead, support, note):
    found = parse_labels(text, "inline-label")
    assert (found.lead, found.support, found.extra.get("备注")) == (lead, support, note)


# Without a sentence end inside it, a list whose names stand between 、 and ， is read whole, and a
# full stop closing the value cuts nothing.
@pytest.mark.parametrize("text,lead", [
    ("责任单位：省教育厅，省财政厅、省人社厅", ("省教育厅，省财政厅、省人社厅",)),
    ("责任单位：省教育厅、省财政厅，省人社厅。", ("省教育厅、省财政厅，省人社厅",)),
    ("责任单位：省教育厅、省财政厅按职责分工负责。", ("省教育厅、省财政厅按职责分工负责",)),
])
def test_a_list_without_an_inner_sentence_end_is_read_whole(text, lead):
    found = parse_labels(text, "labelled")
    assert (found.lead, found.extra.get("备注")) == (lead, None)


# A listed city printed without its 市 opens a body as the full name does (绵阳高新区 as 绵阳市高新区), so
# a zone named so after a comma or a ； stays in the list; prose after the units stays a note.
@pytest.mark.parametrize("text,support,note", [
    ("牵头单位：市住建局；配合单位：市城管局，绵阳高新区", ("市城管局，绵阳高新区",), None),
    ("牵头单位：市住建局；配合单位：市城管局；遵义经开区", ("市城管局；遵义经开区",), None),
    ("牵头单位：市住建局；配合单位：市城管局；绵阳加快推进老旧小区改造", ("市城管局",), "绵阳加快推进老旧小区改造"),
])
def test_a_zone_named_by_its_city_stays_a_unit(text, support, note):
    found = parse_labels(text, "labelled")
    assert (found.support, found.extra.get("备注")) == (support, note)


@pytest.mark.parametrize("name,body", [
    ("绵阳高新区", True), ("遵义经开区", True), ("铜陵经济技术开发区", True),
    ("遵义加快建设", False), ("某某高新区", False), ("阳高新区", False),
])
def test_looks_like_body_with_a_city_printed_short(name, body):
    assert looks_like_body(name) is body


# --- a list whose names stand between ， or ；: the next label ends it ---------------------------------
# A notice may print the 、 between a label's units as ， or ；.  The list then ends at the next label
# (or the value's end), not at the first mark: a later name stays a unit while it reads as one.  A name
# closed by a role word and its unit noun (各规划编制牵头单位: the bodies that lead each plan's drafting)
# is a catch-all group, not a role clause: the label is the word with its colon.
@pytest.mark.parametrize("text,lead,deadline", [
    ("责任单位：某某湾区协调办公室，某某湾区各专项规划编制牵头单位，完成时限：2024年6月",
     ("某某湾区协调办公室，某某湾区各专项规划编制牵头单位",), "2024年6月"),
    ("责任单位：某某湾区协调办公室；某某湾区各专项规划编制牵头单位；完成时限：2024年6月",
     ("某某湾区协调办公室；某某湾区各专项规划编制牵头单位",), "2024年6月"),
    ("责任单位：县发改局，各镇配合单位，6月底前完成", ("县发改局，各镇配合单位",), "6月底前完成"),
])
def test_a_name_closed_by_a_role_word_and_its_noun_stays_a_unit(text, lead, deadline):
    found = parse_labels(text, "labelled")
    assert (found.lead, found.support, found.deadline, found.extra.get("备注")) == (lead, (), deadline, None)


# ... but a role word that says which units lead or support is no name: after a copula (其余为配合单位),
# as a label (its colon), or as a verb closing units (各乡镇配合).
@pytest.mark.parametrize("text,lead,support,note", [
    ("牵头单位：县发改局；其余为配合单位", ("县发改局",), (), "其余为配合单位"),
    ("牵头单位：县发改局，县财政局是配合单位", ("县发改局",), (), "县财政局是配合单位"),
    ("牵头单位：县发改局；配合单位：县财政局，各镇", ("县发改局",), ("县财政局，各镇",), None),
    ("牵头单位：县发改局，各乡镇配合做好宣传", ("县发改局",), ("各乡镇",), None),
])
def test_a_role_word_that_assigns_is_no_name(text, lead, support, note):
    found = parse_labels(text, "labelled")
    assert (found.lead, found.support, found.extra.get("备注")) == (lead, support, note)



@pytest.mark.parametrize("clause,units", [
    ("各牵头单位", True), ("县财政局、各责任部门", True), ("某某湾区各专项规划编制牵头单位", True),
    ("牵头单位", False), ("主要责任单位", False), ("配合责任单位", False),   # role words themselves
    ("其余为配合单位", False), ("各乡镇配合", False), ("各县是配合单位", False),
    ("数据评估牵头单位", False),   # one body's role (a remark's words), no group
])
def test_names_units_only_with_a_group_named_by_its_role(clause, units):
    from extractor.parse.unitlists import names_units_only
    assert names_units_only(clause) is units


# A name the vocabulary and the agency knowledge both lack (经济开发区 printed bare, a market 某某商贸城)
# between two names that read as units is a unit of the list too: the list runs on to its last unit
# before the next label.  After the last unit, such a clause is the note it was.
@pytest.mark.parametrize("text,lead,support", [
    ("责任单位：县总部办，经济开发区，某某商贸城，县科技局；配合单位：县财政局",
     ("县总部办，经济开发区，某某商贸城，县科技局",), ("县财政局",)),
    ("牵头单位：县总部办；经济开发区；某某商贸城；县科技局；配合单位：县财政局",
     ("县总部办；经济开发区；某某商贸城；县科技局",), ("县财政局",)),
])
def test_an_unknown_name_between_two_units_stays_in_the_list(text, lead, support):
    found = parse_labels(text, "labelled")
    assert (found.lead, found.support, found.extra.get("备注")) == (lead, support, None)


# ... but a clause that says something else stops the list where it stands: a role clause, a deadline,
# a rhythm, a rule, a sentence end, or words holding a figure.
@pytest.mark.parametrize("text,support,deadline,note", [
    ("配合单位：县财政局，各乡镇配合做好宣传，县审计局", ("县财政局", "各乡镇"), None, "县审计局"),
    ("配合单位：县财政局，2024年底前完成，县审计局", ("县财政局",), "2024年底前完成", "县审计局"),
    ("配合单位：县财政局，每月报送进展，县审计局", ("县财政局",), None, "每月报送进展；县审计局"),
    ("配合单位：县财政局，新建站点5个，县审计局", ("县财政局",), None, "新建站点5个，县审计局"),
    ("配合单位：县财政局，资金保障。县审计局", ("县财政局",), None, "资金保障。县审计局"),
])
def test_a_clause_saying_something_else_ends_the_list_where_it_stands(text, support, deadline, note):
    found = parse_labels(text, "labelled")
    assert (found.support, found.deadline, found.extra.get("备注")) == (support, deadline, note)


# A value that opens with its lead named by a verb and names every later unit by a verb is read with the verb
# grammar (a county's 乡村振兴 清单: holdout labelverbs-jinxiang); a later clause naming units by no verb, or a value
# of one clause, keeps the label's reading.
@pytest.mark.parametrize("text,lead,support", [
    ("责任单位：县扶贫开发办牵头，县教育和体育局、县民政局等有关部门参加，各镇街落实",
     ("县扶贫开发办",), ("县教育和体育局、县民政局", "各镇街")),
    ("责任单位：县农业农村局牵头，县财政局参加，各镇街落实", ("县农业农村局",), ("县财政局", "各镇街")),
    ("责任单位：市营商局牵头，市直各部门配合，2024年12月底前完成", ("市营商局",), ("市直各部门",)),
    ("责任单位：省教育厅、省财政厅按职责分工负责。", ("省教育厅、省财政厅按职责分工负责",), ()),
    ("责任单位：县住建局，各乡镇配合做好相关工作", ("县住建局",), ("各乡镇",)),
])
def test_a_value_of_verb_clauses_names_its_roles(text, lead, support):
    found = parse_labels(text, "inline-label")
    assert (found.lead, found.support) == (lead, support)


# State firms named by the short words for 国有企业 / 中央企业 end a unit name, after a comma as after a 、
# (holdout tvnews-yuzhong, batch 66: 责任单位：区财政局，区税务局，区属各重点国企 lost its last name to a 备注 note
# once its 、 were printed ，, as a page's list may part them).
@pytest.mark.parametrize("text,support,note", [
    ("配合单位：区财政局，区税务局，区属各重点国企", ("区财政局，区税务局，区属各重点国企",), ""),
    ("配合单位：市国资委，驻市央企", ("市国资委，驻市央企",), ""),
    ("配合单位：区财政局，区税务局，国企改革另行部署", ("区财政局，区税务局",), "国企改革另行部署"),
])
def test_a_state_firms_short_word_ends_a_unit(text, support, note):
    found = parse_labels(text, "labelled")
    assert (found.support, found.extra.get("备注", "")) == (support, note)

"""Units named with no role word beside a verb clause in one bracket (tests/fixtures/README.md; holdout
canyubracket-hetian-2009-6 and huitongpage-zhuhai-2005-3, batch 91): units opening the bracket before a support
clause lead; units after a lead clause support; a lead that organises others (X组织有关单位) leads them."""
from extractor.engine.extract import extract
from extractor.parse.assign import parse_verbs
from extractor.parse.clauseroles import clause_roles


def _roles(text):
    found = parse_verbs(text)
    return found and (list(found.lead), list(found.support))


def test_units_before_a_support_clause_lead():
    assert _roles("地区监察局，有关部门参与") == (["地区监察局"], ["有关部门"])
    assert _roles("市审计局、市财政局，各区政府配合") == (["市审计局、市财政局"], ["各区政府"])


def test_units_between_a_lead_and_a_support_clause_still_support():
    assert _roles("由区住建局牵头，区财政局、窑湾街道，各街道办事处参加") == (
        ["区住建局"], ["区财政局、窑湾街道", "各街道办事处"])
    assert _roles("市监察局会同市府办，市信访局、法制局") == (["市监察局"], ["市府办", "市信访局、法制局"])


def test_a_lead_that_organises_units_leads_them():
    assert clause_roles("市法制局组织有关单位") == [("lead", "市法制局"), ("support", "有关单位")]
    assert clause_roles("县教育局组织各乡镇") == [("lead", "县教育局"), ("support", "各乡镇")]
    assert _roles("市法制局组织有关单位") == (["市法制局"], ["有关单位"])


def test_organising_an_action_or_a_party_department_names_no_support():
    assert clause_roles("县农业局组织实施") is None
    assert clause_roles("县教育局组织开展培训") is None
    assert clause_roles("市委组织部牵头") == [("lead", "市委组织部")]


def test_a_page_of_such_items_reads_each_bracket():
    page = ("32、主动报告工作。每年报告一次推进情况。(行署办公室牵头，有关部门参与)\n"
            "33、畅通监督渠道。公布投诉电话，限期查处。(地区监察局，有关部门参与)\n"
            "34、落实过错追究。每年通报一次追究情况。（行署法制办组织有关单位）\n")
    notice = extract(page.encode("utf-8"))
    assert [(m.measure_no, [a.name for a in m.lead], [a.name for a in m.support]) for m in notice.measures] == [
        (32, ["行署办公室"], ["有关部门"]), (33, ["地区监察局"], ["有关部门"]), (34, ["行署法制办"], ["有关单位"])]

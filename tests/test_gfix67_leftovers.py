"""Session 67's fixes for the independent generator's leftovers (docs/blindsynth.md; blind66-causes.md's stream-28
causes 4-7, bs7009, and single notices of earlier streams), each a general reading the generator's notice showed:

- the later entries of the letter's numbered list of attachments are no items (``textlayer.prepare`` with
  ``attachlist.lists_attachments``; bs7009, a digit-dated letter);
- bare places before a place and its 部门 share that body in a clause after the value's first (``unitlists.
  names_units_only``; cause 4, bs713, bs1141);
- a city bureau's branch in a district carries no level to the bare names after it (``[prefixes] branch_ends``,
  ``Resolver._step``; cause 6, bs4308, bs6672), and prints no level of its own beside a higher level's lead
  (``levellabels._unit_ranks``; cause 7, bs7702);
- a plan's heading broken after 政府 is no signer: no signing body's name holds a year (``text.may_sign``; bs151);
- a town printed by its name ends a name before 和 (``[verbs] conjunction_town_end``; bs21467);
- a title printed twice counts once among the widest lines too (``wrapwidth._wrap_width``; bs22230);
- a signature printing a chain of places before the title block's short name (``placename.is_place_chain``; bs22543);
- a heading broken where its second line alone reads as a column's word witnesses the later pages' head
  (``running._witness_keys``; bs22171);
- a centred cell wrapped to a fourth line stays in its row (``textrows._gapped``; cause 5, bs4092);
- the first-listed rule's second half names no units (``[conventions] first_leads_rest``).

Every notice here is written for the test; each fix's cases fail on main cf60a670's code, the guards beside them (what
stays as it was) pass on both."""
from __future__ import annotations

import pytest

from extractor.layout.lettertitle import _signs_as
from extractor.layout.locate import locate_content
from extractor.layout.running import drop_running_lines
from extractor.parse.unitvalue import read_unit_value
from extractor.parse.forms import parse_body
from extractor.parse.hardwraps import join_hard_wraps
from extractor.parse.labels import names_role_by_copula
from extractor.parse.levellabels import higher_level_parts, reading_notice_level
from extractor.parse.subrows import RowLine
from extractor.parse.textrows import _group_middle
from extractor.parse.unitlists import join_conjunctions, names_units_only
from extractor.source.decode import decode_bytes
from extractor.text import may_sign

from conftest import make_raw


def parse_text(text: str):
    return parse_body(locate_content(decode_bytes(make_raw(text.encode("utf-8"), path="n.txt"))))


# -- the letter's numbered list of attachments under a digit-dated letter (bs7009)

ATTACHED = ("关于印发某市2024年民生实事项目任务分工的通知\n各县（市、区）人民政府，市直各有关单位：\n"
            "《某市2024年民生实事项目任务分工》已经市政府同意，现印发给你们，请认真贯彻落实。\n"
            "附件：1.某市2024年民生实事项目任务分工\n2.某市2024年民生实事项目任务分解表\n3.某市2024年十件民生实事任务一览表\n"
            "20240107\n某市2024年民生实事项目任务分工\n"
            "1．新建农村公路60公里。\n（牵头单位：市交通运输局；配合单位：市财政局）\n"
            "2．新增城镇就业8000人。\n（牵头单位：市人力资源和社会保障局；配合单位：市财政局）\n"
            "3．完成棚户区改造500套。（牵头单位：市住房和城乡建设局；配合单位：市自然资源局）\n")


def test_the_attachment_lists_entries_are_no_items():
    parsed = parse_text(ATTACHED)
    assert [(m.measure_no, m.lead_cells) for m in parsed.measures] == [
        (1, ("市交通运输局",)), (2, ("市人力资源和社会保障局",)), (3, ("市住房和城乡建设局",))]
    assert parsed.measures[0].text.startswith("新建农村公路")


def test_items_numbered_right_under_an_attachment_line_naming_one_list_stay_items():
    parsed = parse_text(ATTACHED.replace("附件：1.某市2024年民生实事项目任务分工\n2.某市2024年民生实事项目任务分解表\n"
                                         "3.某市2024年十件民生实事任务一览表\n", "附件：某市2024年民生实事项目任务分工\n"))
    assert [m.measure_no for m in parsed.measures] == [1, 2, 3]


# -- a clause of places sharing one function's 部门 after the value's first (cause 4)

@pytest.mark.parametrize("clause", ["市交通运输局、点军区、伍家岗区、西陵区交通运输部门、有关县市区人民政府",
                                    "柳州市财政局（市国资委）、柳南区、鱼峰区教育部门、市直有关部门"])
def test_places_sharing_a_department_after_another_unit_are_units(clause):
    assert names_units_only(clause)


def test_a_value_in_two_runs_keeps_its_second_run():
    value = "市人力资源和社会保障局，市交通运输局、点军区、伍家岗区、西陵区交通运输部门、有关县市区人民政府"
    assert read_unit_value(value).units == value


def test_a_place_with_no_body_after_it_still_names_no_unit_list():
    assert not names_units_only("市交通运输局、点军区、某某工作推进")


# -- a city bureau's branch in a district (causes 6 and 7)

@pytest.mark.parametrize("cell, city, expected", [
    ("市生态环境局洛江分局、发改局、科技局", "泉州市洛江区",
     ["泉州市生态环境局洛江分局", "泉州市洛江区发展和改革局", "泉州市洛江区科学技术局"]),
    ("市市场监管局吴江区分局、科技局", "苏州市吴江区", ["苏州市市场监督管理局吴江区分局", "苏州市吴江区科学技术局"]),
])
def test_a_bare_name_after_a_branch_is_the_districts_own(resolver, cell, city, expected):
    refs = resolver.resolve_names(resolver.split([cell]), city=city, date="2023-06-01")
    assert [r.canonical for r in refs] == expected


def test_a_level_prefix_is_still_carried_past_other_names(resolver):
    refs = resolver.resolve_names(resolver.split(["市发改委、科技局"]), city="泉州市洛江区", date="2023-06-01")
    assert refs[1].canonical == "泉州市科学技术局"


def test_a_branch_beside_bare_bureaus_leaves_a_citys_lead_label_higher():
    with reading_notice_level("柳州市城中区人民政府办公室"):
        assert higher_level_parts(("住建局",), ("发改局、市公安局城中区分局", "市牵头单位：市市场监管局")) == (
            ("住建局",), ("发改局、市公安局城中区分局",), {"市牵头单位": "市市场监管局"})


# -- no signing body's name holds a year (bs151)

def test_a_heading_broken_after_its_government_word_signs_nothing():
    assert not may_sign("洛阳市2021年政府")
    assert may_sign("洛阳市人民政府办公室")


def test_an_undated_letter_over_a_broken_heading_is_not_signed_by_it():
    import extractor
    text = ("某市人民政府办公室关于印发某市2021年政府工作报告重点工作任务分工方案的通知\n各县（市、区）人民政府，市直各有关单位：\n"
            "《某市2021年政府工作报告重点工作任务分工方案》已经市政府同意，现印发给你们，请认真贯彻落实。\n"
            "附件：某市2021年政府工作报告重点工作任务分工方案\n某市2021年政府\n工作报告重点工作任务分工方案\n"
            "1. 新建农村公路60公里。\n（市交通运输局、市财政局）\n2. 新增城镇就业8000人。\n（市人力资源和社会保障局）\n")
    notice = extractor.extract(text.encode("utf-8"), name="n.txt")
    assert notice.issuer == "某市人民政府办公室"
    assert notice.table_title == "某市2021年政府工作报告重点工作任务分工方案"


# -- a town printed by its name before 和 (bs21467)

@pytest.mark.parametrize("units, joined", [
    ("贾悦镇和枳沟镇人民政府", "贾悦镇、枳沟镇人民政府"),
    ("城关乡和南关街道", "城关乡、南关街道"),
    ("城乡和住房建设局", "城乡和住房建设局"),          # a word for towns in general: one name
    ("特色小镇和园区管委会", "特色小镇和园区管委会"),
])
def test_a_town_by_its_name_ends_a_name_before_a_conjunction(units, joined):
    assert join_conjunctions(units) == joined


# -- a title printed twice among the widest lines (bs22230)

def _wrapped(text: str, width: int) -> list[str]:
    return [text[k:k + width] for k in range(0, len(text), width)]


def test_a_title_printed_twice_and_an_info_line_as_long_are_no_wrap():
    title = "某市人民政府办公室关于印发某市2019年稳经济促发展重点工作任务责任分工表的通知"
    info = "发布日期：2019-02-27　信息来源：某市人民政府办公室　【字体：大 中 小】"[:len(title)]
    info += "一" * (len(title) - len(info))
    body1 = "加强困难群众救助，按时足额发放救助资金；深化放管服改革，政务服务事项网上可办率达到94%。（市农业农村局牵头；市工信局、市生态环境局、市审计局配合）"
    body2 = "深化放管服改革，政务服务事项网上可办率达到96%；建设公共法律服务实体平台28个，实现镇街全覆盖。（市司法局牵头；市卫健委配合）"
    letter = "《某市2019年稳经济促发展重点工作任务责任分工表》已经市政府同意，现印发给你们，请认真贯彻落实。"
    lines = ["某市人民政府门户网站", "首页 | 政务公开 | 政务服务 | 互动交流", "您现在的位置：首页 > 信息公开 > 通知公告", title, info,
             title, "某政办〔2019〕40号", "各县（市、区）人民政府，市直各有关单位：", *_wrapped(letter, 33), "附件",
             "某市2019年稳经济促发展重点工作任务责任分工表", "一、保障和改善民生", *_wrapped(body1, 33),
             "二、全面推进乡村振兴", *_wrapped(body2, 33), "【打印】【关闭】", "分享到：微信 微博 QQ空间"]
    assert len({len(title), len(info)}) == 1 and len(title) > 33
    joined = join_hard_wraps(lines)
    assert body1 in joined and body2 in joined
    assert "一、保障和改善民生" in joined


# -- a signature printing the places over the title block's short name (bs22543)

def test_a_signature_with_the_city_and_district_before_the_title_blocks_name():
    assert _signs_as("株洲市荷塘区茨菇塘街道办事处", "茨菇塘街道办事处")
    assert not _signs_as("某某工作领导小组茨菇塘街道办事处", "茨菇塘街道办事处")


# -- a heading broken where its second line alone is a column's word (bs22171)

def test_a_broken_headings_whole_copy_atop_a_later_page_goes():
    lines = ["某镇人民政府关于印发某镇2022年生态环境保护", "重点任务清单的通知", "各村（社区），镇直各单位：", "现印发给你们。",
             "某镇人民政府", "2022年2月10日", "支塘镇2022年生态环境保护", "重点任务清单", "一、增进民生福祉",
             "1. 完成交通干线提升改造25公里。此项工作由综合文化服务站负责。", "— 1 —",
             "\f支塘镇2022年生态环境保护重点任务清单", "2. 新增城镇就业2200人。由党政办公室负责。", "— 2 —"]
    kept = [line.replace("\f", "") for line in drop_running_lines(lines)]
    assert "支塘镇2022年生态环境保护重点任务清单" not in kept
    assert "重点任务清单" in kept and "支塘镇2022年生态环境保护" in kept


# -- a centred cell wrapped to a fourth line (cause 5)

def test_a_centred_cells_fourth_line_stays_in_its_row():
    rows = [RowLine(["", "实施某某行动，新认定", "", "区科技局，区人社局", ""], False, room=(9, 0, 9, 0, 9)),
            RowLine(["1", "省级企业39家。", "区民政局", "，区商务局，某某市", "长期坚持"], True, room=(0, 5, 3, 0, 2)),
            RowLine(["", "", "", "游仙区人民法院，市", ""], False, room=(9, 9, 9, 0, 9)),
            RowLine(["", "", "", "生态环境局游仙分局", ""], False, room=(9, 9, 9, 0, 9)),
            RowLine(["", "新开工重大产业项目26个，", "", "", "2025年全"], False, room=(9, 0, 9, 9, 0)),
            RowLine(["2", "完成投资增长6%以上。", "区医保局", "区直有关部门", "年"], True, room=(0, 5, 3, 3, 5))]
    groups = _group_middle(rows, len, final=True)
    assert [len(g) for g in groups] == [4, 2]
    assert groups[0][-1].cells[3] == "生态环境局游仙分局"


# -- the first-listed rule's second half (labels.names_role_by_copula)

@pytest.mark.parametrize("text", ["牵头单位（列第一位的为牵头单位，其余为配合单位）要统筹推进，按季度报送进展情况。",
                                  "责任单位中排第一位的为牵头单位，其他为配合单位。"])
def test_a_first_listed_rule_names_no_units(text):
    assert not names_role_by_copula(text)


def test_a_copula_naming_a_unit_still_names_one():
    assert names_role_by_copula("市发改委为牵头单位，其余为配合单位。")

"""A town's 成员单位工作职责 lines (batch 126): a unit set apart by a colon does the words after it whatever verb
they open with (holdout memberduty-town), a part heading naming duties announces a lone such line under it (holdout
rosterduty-xiashan, whose stored copy ends inside its first duty line), and 负责人 in a roster is a post, no duty
verb.  Each rule with a case it must not touch."""
from extractor.layout.locate import locate_content
from extractor.parse.forms import parse_body
from extractor.parse.unitduties import bare_duties, names_duties, split_run_in_duties, subject_units
from extractor.agencies.registry import default_patterns
from extractor.source.decode import decode_bytes

from conftest import make_raw


def NONE(line: str) -> bool:
    return False


def parsed(text: str):
    return parse_body(locate_content(decode_bytes(make_raw(text.encode("utf-8"), path="n.txt"))))


def got(text: str):
    return [(m.measure_no, m.section.label if m.section else None, m.lead_cells, m.text) for m in parsed(text).measures]


PLAN = """某镇防溺水工作实施方案
为防范溺水事故，结合我镇实际，特制定本方案。
一、目标任务
重点水域有警示标志，重点人群有人监护。
二、成员单位工作职责
镇农水办：督促各村在危险水域设置警示标志。
镇共青团、妇联：要发挥自身优势，开展结对帮扶活动。
镇各中小学校：全面部署学生防溺水工作，加强教育监管。
镇派出所：负责加强巡查，及时开展救援。
"""


def test_colon_lines_of_a_towns_offices_are_duties_whatever_verb_opens_them():
    assert got(PLAN) == [
        (1, "二、", ("镇农水办",), "督促各村在危险水域设置警示标志。"),
        (2, "二、", ("镇共青团、妇联",), "要发挥自身优势，开展结对帮扶活动。"),   # one cell: the agencies stage splits it
        (3, "二、", ("镇各中小学校",), "全面部署学生防溺水工作，加强教育监管。"),
        (4, "二、", ("镇派出所",), "负责加强巡查，及时开展救援。"),
    ]


def test_a_full_stop_after_a_units_name_still_asks_for_a_role_verb():
    # 县委宣传部。负责… reads (the role verb); a unit's name closed by a stop over words of no role is no duty line
    lines = ["镇农水办。督促各村设置警示标志。", "镇派出所。加强巡查。", "镇卫生院。做好救治。"]
    assert bare_duties(lines, NONE) == {}
    colon = [line.replace("。", "：", 1) for line in lines]
    assert sorted(bare_duties(colon, NONE)) == [0, 1, 2]


def test_a_towns_own_catch_alls_are_groups():
    patterns = default_patterns()
    assert patterns.is_group("镇各中小学校") and patterns.is_group("镇各村") and patterns.is_group("镇各站所")
    assert not patterns.is_group("镇中心小学") and not patterns.is_group("镇派出所")


NOTICE = """关于成立某镇防范溺水工作专班的通知
各村（社区），驻镇部门
为防范溺水事故，决定成立工作专班。现将有关事项通知如下。
一、组成人员
班长：张三镇党委书记
成员：李四镇党政办公室负责人
王五镇社会事务办负责人
赵六镇安监办负责人
二、部门职责
镇党政办：负责指导涉水场所管理，增设警示标识，提醒群众做好未成年
"""


def test_a_heading_naming_duties_announces_a_lone_duty_line_and_a_roster_is_no_duty():
    assert got(NOTICE) == [(1, "二、", ("镇党政办",), "负责指导涉水场所管理，增设警示标识，提醒群众做好未成年")]


def test_duty_headings():
    assert names_duties("二、部门职责") and names_duties("二、部門職責") and names_duties("三、成员单位工作职责") and names_duties("四、职责分工：")
    assert not names_duties("部门职责")                 # no number: a line of the letter, no part
    assert not names_duties("二、组成人员")
    assert not names_duties("二、明确职责，各司其职，形成合力，确保各项工作落到实处。")   # a sentence


def test_a_lone_colon_line_under_another_heading_stays_unread():
    text = NOTICE.replace("二、部门职责", "二、工作要求")
    assert got(text) == []


def test_fuzeren_is_a_post_not_a_duty_verb():
    assert subject_units("王五镇社会事务办负责人") is None
    assert subject_units("镇社会事务办负责低保审核。") is not None


POINT = """某镇关于预防溺水工作实施方案
为防范溺水事故，结合本镇实际，制定本方案。
一、健全组织机制
镇政府主要负责同志任组长，各社区书记为成员。
二、明确责任分工
（一）各社区、各村。各社区、村为本辖区第一责任主体，对辖区水域安全负总责。
"""


def test_a_duties_heading_lets_one_point_run_in_after_its_units():
    assert got(POINT) == [(1, "二、", ("各社区、各村",), "各社区、村为本辖区第一责任主体，对辖区水域安全负总责。")]


def test_a_lone_run_in_point_under_another_heading_is_a_point():
    # (一)市场监管部门。加强… alone may be a point whose subject is a unit: read as before, no measure
    assert got(POINT.replace("二、明确责任分工", "二、主要任务")) == []


PART = """某镇防溺水联防联控工作方案
为防范溺水事故，特制定本方案。
一、目标任务
重点水域有警示标志，重点人群有人监护。
二、工作职责
各村、相关部门和中小学校要各司其职、各负其责，合力做好预防溺水工作。派出所：配合有关部门开展水域排查；及时组织救援。
三、工作要求
各单位要高度重视。镇卫生院：做好救治。
"""


def test_a_duty_line_run_on_after_a_stop_in_a_duties_part_is_cut_off():
    # the exhortation before it is no duty; under 三、工作要求 the same shape stays one paragraph, unread
    assert got(PART) == [(1, "二、", ("派出所",), "配合有关部门开展水域排查；及时组织救援。")]
    assert split_run_in_duties(PART.splitlines()) == [
        *PART.splitlines()[:5], "各村、相关部门和中小学校要各司其职、各负其责，合力做好预防溺水工作。",
        "派出所：配合有关部门开展水域排查；及时组织救援。", *PART.splitlines()[6:]]


LEADING_GROUP = """某镇预防溺水工作实施方案
为加强防溺水工作，结合我镇实际，制定本方案。
一、工作职责
各村、各有关部门要各司其职，各负其责，合力做好防溺水工作。
镇领导小组负责牵头、组织协调相关部门开展防溺水专项工作，推动各项措施落地。
二、工作要求
镇派出所负责加强巡查。
"""


def test_a_lone_duty_by_subject_in_a_duties_part_is_a_measure_and_elsewhere_is_not():
    assert got(LEADING_GROUP) == [
        (1, "一、", ("镇领导小组",), "镇领导小组负责牵头、组织协调相关部门开展防溺水专项工作，推动各项措施落地。")]


def test_a_body_described_by_a_copula_is_no_lone_duty():
    text = LEADING_GROUP.replace("镇领导小组负责牵头、", "镇领导小组是全镇防溺水工作的议事协调机构，负责牵头、")
    assert got(text) == []


RUN_IN = """某镇溺水隐患排查整治方案
为做好防溺水工作，特制订本方案。
一、组织机构
成立工作领导小组，组长：XX。
二、工作职责各联系点：负责落实属地责任；负责劝阻涉险游泳、戏水行为。镇党政办：组织协调各有关部门，按照职责分工做好排查整治工作。
"""


def test_a_duties_heading_run_into_its_first_duty_line_is_cut_there():
    assert got(RUN_IN) == [
        (1, "二、", ("各联系点",), "负责落实属地责任；负责劝阻涉险游泳、戏水行为。"),
        (2, "二、", ("镇党政办",), "组织协调各有关部门，按照职责分工做好排查整治工作。"),   # 协调各有关部门: a duty, no support
    ]


def test_a_heading_running_into_other_words_stays_whole():
    # 二、主要任务加强巡查： names no duties; 二、工作职责明确： runs on into no unit
    assert got(RUN_IN.replace("二、工作职责各联系点：", "二、主要任务各联系点：")) == []
    lines = split_run_in_duties(["二、工作职责明确，各司其职：做好防溺水工作。"])
    assert lines == ["二、工作职责明确，各司其职：做好防溺水工作。"]


def test_a_duties_heading_closed_by_a_full_stop_still_names_duties():
    # （一）任务分工。: a point's title closed by its stop (holdout splitdash-guotuziyuanbu-2017-83); a verb phrase so closed
    # names none
    assert names_duties("（一）任务分工。") and names_duties("（二）职责分工：")
    assert not names_duties("（一）加强组织领导。")


def test_one_duty_paragraph_by_subject_under_a_duties_heading_closed_by_a_stop():
    text = ("某部关于推进平台建设的通知\n五、工作部署\n（一）任务分工。\n"
            "某部和某局联合组织平台建设，统一领导，负责平台的规划和开发。\n"
            "1.某部。\n平台的组织协调与顶层设计。拟订平台建设方案。（由规划司、信息办负责）\n")
    assert [lead for _no, _label, lead, _text in got(text)] == [("某部、某局",), ("规划司、信息办",)]


def test_a_duty_paragraph_stopping_inside_its_sentence_goes_on_in_the_lines_under_it():
    # a PDF's text wrapped where no wrap was found: the duty's first line stops on an ideograph (holdout
    # splitdash-guotuziyuanbu-2017-83); its rests up to the sentence's end are its text, no paragraphs of their own
    text = ("某部关于推进平台建设的通知\n五、工作部署\n（一）任务分工。\n"
            "某部和某局联合组织平台建设，统一领导，负责平台的规划\n"
            "和开发、部署，制定统一的技术标准，\n督促各地开展节点建设。\n"
            "1.某部。\n平台的组织协调与顶层设计。拟订平台建设方案。（由规划司、信息办负责）\n")
    assert got(text)[0][3] == "某部和某局联合组织平台建设，统一领导，负责平台的规划和开发、部署，制定统一的技术标准，督促各地开展节点建设。"
    # a duty ending its sentence takes nothing
    assert got(text.replace("负责平台的规划\n", "负责平台的规划。\n"))[0][3] == "某部和某局联合组织平台建设，统一领导，负责平台的规划。"

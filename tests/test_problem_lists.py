"""Lists of problems an inspection hands over for rectification (tests/fixtures/README.md "Problems handed
over for rectification", "One due date for the whole list in a closing sentence"; batch 67): a place's name
over the problems found there, photo captions numbered 图①：, and one closing date for the whole list."""
from extractor.layout.locate import locate_content
from extractor.numbering import split_numbering
from extractor.parse.candidates import swallows_units
from extractor.parse.deadlinephrases import parse_closing_deadline
from extractor.parse.foldsteps import names_a_place
from extractor.parse.forms import parse_body
from extractor.source.decode import decode_bytes

from conftest import make_raw


def parsed(lines: list[str]):
    text = "\n".join(["某市创文办通报督查发现的问题", "具体问题如下："] + lines)
    return parse_body(locate_content(decode_bytes(make_raw(text.encode("utf-8"), path="n.txt"))))


def rows(result):
    return [(m.measure_no, m.section.label if m.section else None, m.text, m.lead_cells, m.support_cells, m.deadline,
             m.form) for m in result.measures]


def test_a_place_over_its_problems_and_one_label_line_is_one_measure():
    """``1. 市图书馆`` / ``（1）…；`` / ``（2）…。`` / ``问题整改责任单位：X 整改时限：3天``: the place and its
    problems are one measure, the label line's unit leads and its time limit is the deadline; before, the
    place was read as a heading naming the problems' lead, each problem a measure, the labels in the text."""
    result = parsed(["1. 市图书馆", "（1）馆前非机动车乱停；", "（2）阅览区无禁烟标识。",
                     "问题整改责任单位：市图书馆 整改时限：3天",
                     "2. 沙市区北京路菜市场", "（1）活禽区污水外溢；", "（2）公厕保洁不到位。",
                     "问题整改责任单位：沙市区人民政府、市市场监督管理局 整改时限：5天"])
    assert rows(result) == [
        (1, None, "市图书馆（1）馆前非机动车乱停；（2）阅览区无禁烟标识。", ("市图书馆",), (), "3天", "labelled"),
        (2, None, "沙市区北京路菜市场（1）活禽区污水外溢；（2）公厕保洁不到位。", ("沙市区人民政府、市市场监督管理局",), (),
         "5天", "labelled")]


def test_a_topic_over_its_steps_keeps_the_steps_as_measures():
    """Negative: a numbered topic (a task phrase, no place's name) over steps that one label line closes keeps
    its steps as its measures, as before (the bracket-line reading of threelevel-yuncheng)."""
    result = parsed(["1.完善应急预案体系", "（1）修订总体应急预案。", "（2）开展预案演练。",
                     "责任单位：市应急局",
                     "2.加强监测预警", "（1）新建自动气象站20个。", "（2）建成预警信息发布平台。",
                     "责任单位：市气象局"])
    assert [(m.measure_no, m.text, m.lead_cells) for m in result.measures] == [
        (1, "修订总体应急预案。", ("市应急局",)), (2, "开展预案演练。", ("市应急局",)),
        (1, "新建自动气象站20个。", ("市气象局",)), (2, "建成预警信息发布平台。", ("市气象局",))]


def test_names_a_place():
    assert names_a_place("市图书馆") and names_a_place("荆州区东门背街小巷") and names_a_place("沙市区红门路沿街商铺")
    assert not names_a_place("完善应急预案体系")      # a task phrase
    assert not names_a_place("主要预期目标")          # a topic, no place noun at its end
    assert not names_a_place("市图书馆、市博物馆")    # a list, not one name
    assert not names_a_place("建设城南体育公园")      # a heading opening with 建设: a task about a park
    assert not names_a_place("")


def test_a_label_line_left_in_a_measures_text_is_a_half_read_measure():
    assert swallows_units("母婴室门锁损坏未修。问题整改责任单位：市交通运输局整改时限：3天")
    assert swallows_units("推进园区建设。牵头单位：市发改委")
    assert not swallows_units("推进园区建设。完成时限：年底")   # a deadline label names no unit
    assert not swallows_units("按照“谁主管、谁负责”原则抓好落实。")   # no colon at all
    assert not swallows_units("明确责任单位：")   # a label with no value


def test_a_closing_sentence_gives_its_date_to_every_item_without_one():
    result = parsed(["1.建设路家属院垃圾桶破损。责任单位：华龙区胜利办。",
                     "2.文化路小区楼道堆放杂物。责任单位：华龙区中原办。",
                     "3.开州路商住楼后院私搭简易棚。责任单位：华龙区建设办；整改时限：立即整改。",
                     "今年是复审之年，上述责任单位要提高认识，对存在的问题务必于4月18日前整改完毕。整改完毕后报督导组销号。"])
    assert [(m.measure_no, m.text, m.lead_cells, m.deadline) for m in result.measures] == [
        (1, "建设路家属院垃圾桶破损。", ("华龙区胜利办",), "4月18日前"),
        (2, "文化路小区楼道堆放杂物。", ("华龙区中原办",), "4月18日前"),
        (3, "开州路商住楼后院私搭简易棚。", ("华龙区建设办",), "立即整改")]   # its own deadline wins


def test_parse_closing_deadline():
    assert parse_closing_deadline("上述责任单位要高度重视，对存在的问题务必于4月19日前整改完毕。") == "4月19日前"
    assert parse_closing_deadline("以上问题须于2023年6月30日前全部整改到位。") == "2023年6月30日前"
    assert parse_closing_deadline("各责任单位务必于4月19日前整改完毕。") is None   # looks back at nothing
    assert parse_closing_deadline("上述问题要立即整改。") is None                    # names no date
    assert parse_closing_deadline("上述工作已于4月19日前完成。") == "4月19日前"     # read as printed (a report's past tense
    # closes no list of tasks: the outline asks it only after a list's items)


def test_a_photo_caption_is_an_item_numbered_by_its_circled_digit():
    assert split_numbering("图①：冠华路两侧候车亭未张贴公益广告。责任单位：县交通局。")[2:] == (
        1, "图①：", "冠华路两侧候车亭未张贴公益广告。责任单位：县交通局。")
    assert split_numbering("图12：秀夫路围挡画面脱落。")[2:] == (12, "图12：", "秀夫路围挡画面脱落。")
    assert split_numbering("图①所示为改造后的路口。") is None   # no colon: a sentence about a figure
    result = parsed(["图①：冠华路两侧候车亭未张贴公益广告。责任单位：县交通局。",
                     "图②：双湖公园南门外流动摊点占道经营。责任单位：县城管局、县市场监管局。"])
    assert [(m.measure_no, m.text, m.lead_cells, m.form) for m in result.measures] == [
        (1, "冠华路两侧候车亭未张贴公益广告。", ("县交通局",), "inline-label"),
        (2, "双湖公园南门外流动摊点占道经营。", ("县城管局、县市场监管局",), "inline-label")]


def test_a_place_over_problems_numbered_again_in_the_lists_own_form():
    """``（2）汽车客运站`` / ``（1）…；`` / ``（2）…。`` / labels / ``（3）…``: the problems restart at （1） in the form that
    numbers the list, under the place's name; they are its text, and the list goes on at （3） (before session 57
    the place alone was the measure and each problem one of its own, the later items shifted).  A list numbered ①
    with its problems （1）（2） folds so too."""
    result = parsed(["（1）站前广场垃圾桶满溢。", "问题整改责任单位：市城管局", "整改时限：3天",
                     "（2）汽车客运站", "（1）候车厅有人吸烟；", "（2）无障碍通道被占用。", "问题整改责任单位：市交通运输局",
                     "整改时限：立行立改",
                     "（3）实验小学周边", "（1）流动摊贩占道经营。", "问题整改责任单位：市城管局"])
    assert [(no, text, lead, due) for no, _, text, lead, _, due, _ in rows(result)] == [
        (1, "站前广场垃圾桶满溢。", ("市城管局",), "3天"),
        (2, "汽车客运站（1）候车厅有人吸烟；（2）无障碍通道被占用。", ("市交通运输局",), "立行立改"),
        (3, "实验小学周边（1）流动摊贩占道经营。", ("市城管局",), None)]
    circled = parsed(["①市图书馆", "（1）馆前非机动车乱停；", "（2）阅览区无禁烟标识。", "责任单位：市文旅局",
                      "②公厕保洁不到位。", "责任单位：市城管局"])
    assert [m.text for m in circled.measures] == ["市图书馆（1）馆前非机动车乱停；（2）阅览区无禁烟标识。", "公厕保洁不到位。"]


def test_a_task_over_steps_numbered_again_is_no_place():
    """Negative: an item that is a task's sentence (no place's name) over a run numbered again keeps the run as
    items of their own, as before."""
    result = parsed(["（1）推进背街小巷改造。", "（1）完成路面硬化；", "（2）完成管网改造。", "责任单位：市住建局"])
    assert "（1）完成路面硬化；" not in "".join(m.text for m in result.measures)
    assert names_a_place("实验小学周边") and not names_a_place("推进背街小巷改造")

"""One unit named once over a whole list: a line that is only a unit's name (``市商务局``, a colon
allowed) or one run of labelled lines (``牵头单位：市商务局`` / ``配合单位：…``) standing right under the
list's title line (a division's: …任务分工, …任务清单), before its first item, over numbered items
that name no unit.  Nothing else on the page gives those items a unit, so the line is every item's
(session 41 left it: a unit line counted only where two or more stood, ``MIN_UNIT_HEADINGS``).

The look-alike is a letter to one bureau, whose recipient's name stands over its points: it stands
under the letter's own title (…的批复, …的函), never under a division's title line, and its points
stay unassigned as before.  The labelled run's form is the fixture unitblock-chizhou-2022-18's."""
import pytest

from extractor.layout.locate import locate_content
from extractor.parse.forms import parse_body
from extractor.source.decode import decode_bytes

from conftest import make_raw

LETTER = ["某市人民政府办公室关于印发某市2022年稳外贸工作任务分工的通知",
          "各县、区人民政府，市政府各部门：",
          "现将《某市2022年稳外贸工作任务分工》印发给你们，请认真贯彻落实。",
          "某市人民政府办公室",
          "2022年4月26日"]
ITEMS = ["1.开展外贸企业走访服务，全年走访企业100家以上。",
         "2.组织企业参加境内外重点展会。",
         "3.落实出口退税政策，压缩退税办理时间。"]


def _parsed(lines: list[str]):
    text = "\n".join(lines)
    return parse_body(locate_content(decode_bytes(make_raw(text.encode("utf-8"), path="n.txt"))))


def _units(result):
    return [(m.measure_no, m.lead_cells, m.support_cells, m.deadline) for m in result.measures]


@pytest.mark.parametrize("title", ["某市2022年稳外贸工作任务分工", "某市2022年稳外贸工作任务清单"])
@pytest.mark.parametrize("unit", ["市商务局", "市商务局："])
def test_a_unit_line_under_the_list_title_heads_every_item(title, unit):
    result = _parsed(LETTER + [title, unit] + ITEMS)
    assert _units(result) == [(n, ("市商务局",), (), None) for n in (1, 2, 3)]
    assert {m.form for m in result.measures} == {"inline-verb"}


def test_a_run_of_labelled_lines_under_the_list_title_heads_every_item():
    result = _parsed(LETTER + ["某市2022年稳外贸工作任务分工", "牵头单位：市商务局", "配合单位：市财政局、市税务局",
                               "完成时限：2022年12月底前"] + ITEMS)
    assert _units(result) == [(n, ("市商务局",), ("市财政局、市税务局",), "2022年12月底前") for n in (1, 2, 3)]
    assert {m.form for m in result.measures} == {"labelled"}


def test_a_letter_to_one_bureau_gives_its_points_no_unit():
    # a reply to one bureau: the bureau's name over the points, under the letter's own title
    result = _parsed(["某市人民政府关于同意市商务局开展外贸企业走访服务的批复", "市商务局："] + ITEMS
                     + ["某市人民政府", "2022年4月26日"])
    assert not result.measures


def test_a_unit_line_over_items_with_no_list_title_above_it_heads_nothing():
    # the letter's signature date right over the unit line: no title says a list of one unit's tasks follows
    result = _parsed(LETTER + ["市商务局"] + ITEMS)
    assert not result.measures


def test_a_unit_line_under_the_list_title_over_items_naming_their_own_units_adds_nothing():
    result = _parsed(LETTER + ["某市2022年稳外贸工作任务分工", "市商务局"]
                     + [item + "（牵头单位：市发改委）" for item in ITEMS])
    assert _units(result) == [(n, ("市发改委",), (), None) for n in (1, 2, 3)]


@pytest.mark.parametrize("record", ["抄送：市委办公室，市人大常委会办公室，市政协办公室。", "抄报：省商务厅。"])
def test_the_copy_to_line_under_the_last_item_is_no_text_of_it(record):
    # the notice's record (版记: 抄送：…) closes the text: the last item, which takes its unit from the
    # line over the list, is still waiting for text when the record comes (unitblock-chizhou-2022-18)
    result = _parsed(LETTER + ["某市2022年稳外贸工作任务分工", "市商务局"] + ITEMS + [record])
    assert [m.text for m in result.measures][-1] == "落实出口退税政策，压缩退税办理时间。"


def test_the_copy_to_line_under_a_list_by_unit_is_no_text_of_its_last_item():
    result = _parsed(LETTER + ["某市2022年稳外贸工作任务分工", "市商务局"] + ITEMS[:2] + ["市财政局", ITEMS[2]]
                     + ["抄送：市委办公室。"])
    assert [(m.text, m.lead_cells) for m in result.measures][-1] == ("落实出口退税政策，压缩退税办理时间。", ("市财政局",))



# --- the same notice run into one line (a mirror that lost its line breaks) -------------------
# With the breaks gone, the list's title runs into the labels heading the list (…工作任务分工牵头单位：…)
# and the record into the last item (…压缩退税办理时间。抄送：…, …牵头单位：市税务局抄送：…).  The one-line
# copy must give the rows the notice with its breaks gives (the metamorphic suite's one-line copy of
# unitblock-chizhou-2022-18 gave none).

LABELS = ["牵头单位：市商务局", "配合单位：市财政局、市税务局", "完成时限：2022年12月底前"]
RECORD = "抄送：市委办公室，市人大常委会办公室。"
OWN_LABELS = [item + "牵头单位：" + unit for item, unit in zip(ITEMS, ("市商务局", "市财政局", "市税务局"))]


def _one_line(lines: list[str]):
    return _parsed(["".join(lines)])


def test_a_labelled_run_under_the_list_title_run_into_one_line_heads_every_item():
    result = _one_line(LETTER + ["某市2022年稳外贸工作任务分工"] + LABELS + ITEMS)
    assert _units(result) == [(n, ("市商务局",), ("市财政局、市税务局",), "2022年12月底前") for n in (1, 2, 3)]


def test_the_copy_to_line_run_onto_the_last_items_sentence_is_no_text_of_it():
    result = _one_line(LETTER + ["某市2022年稳外贸工作任务分工", "一、市商务局"] + ITEMS + [RECORD])
    assert [(m.text, m.lead_cells) for m in result.measures][-1] == ("落实出口退税政策，压缩退税办理时间。", ("市商务局",))


def test_the_copy_to_line_run_onto_the_last_label_is_no_unit_of_it():
    result = _one_line(LETTER + ["某市2022年稳外贸工作任务分工"] + OWN_LABELS + [RECORD])
    assert [m.lead_cells for m in result.measures] == [("市商务局",), ("市财政局",), ("市税务局",)]


def test_a_copy_to_word_inside_an_items_sentence_stays_in_it():
    # 抄送 with no colon is wording (…并抄送市商务局。), never the record
    item = "3.落实出口退税政策，办理结果抄送市商务局。"
    result = _one_line(LETTER + ["某市2022年稳外贸工作任务分工"] + OWN_LABELS[:2] + [item + "牵头单位：市税务局"])
    assert [(m.text, m.lead_cells) for m in result.measures][-1] == ("落实出口退税政策，办理结果抄送市商务局。", ("市税务局",))

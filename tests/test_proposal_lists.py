"""Proposal lists handed to their handlers (tests/fixtures/README.md "Proposals handed to their handlers"; batch 123,
holdout labelproposals-guangdong-2013-146: a glossed mirror of 广东's 2013 重点督办建议提案 running letter and proposals
into one paragraph).  Three things kept its six proposals from being read (before: no row):

- each bracket opens with the proposal's number closed by a full stop before its labels (``（第1389号。牵头单位：A；
  协办单位：B）``): a short note before the labels is read as one closed by a comma is (``inline.parse_bracket``);
- that number was read as a reference to item 138 (``ranges._NUMBER``: three digits with a fourth after them), so the
  bracket named the items it covered and no item had units;
- the copy lost each list's item 1 (items ``2.`` … ``6.``, then ``2.`` ``3.`` again), and a run of labels opened only
  at 1: a label numbered past 1 right after an item's closed assignment bracket (its stop and a space between) whose
  next label goes on from it opens a run, with the label one less before it (``itemjumps.opens_lost_list``).
"""
from extractor.parse.inline import parse_bracket, read_range_line
from extractor.parse.itemjumps import after_assignment
from extractor.parse.ranges import split_range
from extractor.parse.breakrepair import repair_breaks
from extractor.text import fold

BRACKET = "第1389号。牵头单位：省邮政局；协办单位：广东银监局，广州市政府"


def test_a_proposal_number_closed_by_a_full_stop_is_a_note_before_the_labels():
    found = parse_bracket(BRACKET)
    assert found is not None and found.lead == ("省邮政局",)
    assert found.extra.get("备注") == "第1389号"


def test_a_deadline_closed_by_a_full_stop_before_the_labels_is_still_the_deadline():
    found = parse_bracket("2024年底前。牵头单位：市发改委；配合单位：市财政局")
    assert found is not None and found.lead == ("市发改委",) and found.deadline == "2024年底前"


def test_a_proposal_number_is_no_reference_to_items():
    assert split_range("第1389号。牵头单位：省邮政局")[0] is None
    assert split_range("第138号。牵头单位：省邮政局")[0] is None
    assert read_range_line(f"（{BRACKET}）；") is None


def test_a_reference_to_items_still_names_them():
    cover, rest = split_range("第3项牵头单位：市发改委")
    assert cover is not None and (cover.first, cover.last) == (3, 3) and rest.startswith("牵头单位")
    cover, _rest = split_range("以上第1—3项牵头单位：市发改委")
    assert cover is not None and (cover.first, cover.last) == (1, 3)


RUN = ("为推动建议提案办理，现将有关事项通知如下： ? 一、督办内容和分工 ?重点督办的代表建议。 "
       "2.关于甲的建议（第1389号。牵头单位：省邮政局；协办单位：广州市政府）； "
       "3.关于乙的建议（第1413号。牵头单位：省经济和信息化委；协办单位：省财政厅）； "
       "4.关于丙的建议（第1672号。牵头单位：省环境保护厅；协办单位：清远市政府）。 "
       "2.关于丁的建议（第20130334号。牵头单位：省人力资源社会保障厅；协办单位：省监察厅）； "
       "3.关于运用金融工具支持我省重点")


def test_lists_whose_first_item_the_copy_lost_are_cut_into_their_items():
    lines = repair_breaks(RUN, lost_breaks=True)
    assert "2.关于甲的建议（第1389号。牵头单位：省邮政局；协办单位：广州市政府）；" in lines
    assert "3.关于乙的建议（第1413号。牵头单位：省经济和信息化委；协办单位：省财政厅）；" in lines
    assert "4.关于丙的建议（第1672号。牵头单位：省环境保护厅；协办单位：清远市政府）。" in lines
    assert "2.关于丁的建议（第20130334号。牵头单位：省人力资源社会保障厅；协办单位：省监察厅）；" in lines
    assert lines[-1] == "3.关于运用金融工具支持我省重点"


def test_numbers_in_a_sentence_open_no_list():
    # 3、4、5 in a sentence: no assignment bracket closes right before them, and a run opens only at 1 there
    line = "一、总体要求 做好甲，完成3、4、5号楼改造。（A负责）"
    assert repair_breaks(line, lost_breaks=True) == ["一、总体要求 做好甲，完成3、4、5号楼改造。（A负责）"]
    # after a closed bracket, a number the next label does not go on from (3、4月份: no label 4) opens none either
    line = "一、总体要求 做好甲。（A负责）； 3、4月份完成乙。"
    assert not any(p.startswith("3、") for p in repair_breaks(line, lost_breaks=True))


def test_a_lone_label_after_a_closed_bracket_opens_no_run():
    # the label after the bracket is not followed by the next number: no list goes on there
    line = "一、总体要求 做好甲。（A负责）； 5.做好乙。"
    assert not any(p.startswith("5.") for p in repair_breaks(line, lost_breaks=True))


def test_an_items_stop_and_a_space_may_stand_after_its_closed_bracket():
    folded = fold("2.甲（牵头单位：A）； 3.乙（B负责）。 4.丙（含广场）。 5.丁")
    closed = after_assignment(folded)
    assert closed(folded.index("3.")) and closed(folded.index("4."))
    assert not closed(folded.index("5."))   # a bracket of wording closes no item


# --- holdout proposaltable-hunan-2016-11: a news item's pipe table of proposals under a lead naming its notice ---

def test_a_proposal_tables_co_handlers_support():
    from extractor.parse.assign import parse_labels
    found = parse_labels("主办单位：省教育厅；会办单位：省财政厅", "inline-label")
    assert found is not None and found.lead == ("省教育厅",) and found.support == ("省财政厅",)


def _cited_number(line: str) -> bool:
    from extractor.layout.docnumber import _cited
    from extractor.text import DOC_NUMBER_RE, vocab
    simple = line
    m = DOC_NUMBER_RE.search(simple)
    assert m is not None
    return _cited(simple, m, vocab()["metadata"])


def test_the_number_after_a_leads_book_title_is_the_reported_notices():
    assert not _cited_number("近日，省人大常委会办公厅下发《关于做好2016年度重点处理代表建议办理和督办工作的通知》"
                             "（湘常办函〔2016〕11号），明确了分工。")
    assert not _cited_number("某市人民政府办公室印发了《关于做好甲工作的通知》（某政办发〔2020〕3号）。")


def test_a_number_cited_after_a_book_title_stays_cited():
    # a citing word in the sentence, or a book title that no lead verb right before it names
    assert _cited_number("根据省政府办公厅印发《关于做好甲工作的通知》（某政办发〔2020〕3号）要求，现通知如下：")
    assert _cited_number("为做好甲工作，现就《关于做好甲工作的通知》（某政办发〔2020〕3号）的落实通知如下：")

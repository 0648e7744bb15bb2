"""The 第X levels a notice numbers its divisions by: parts, chapters, subchapters, articles
(篇 > 章 > 节 > 条, ``[outline] division_levels``).  Rules printed as chapters over articles
(holdout articles-xiangyin, batch 70) give one section per chapter holding its articles."""
import pytest

from extractor.layout.locate import locate_content
from extractor.numbering import label_rank, split_numbering
from extractor.parse.forms import parse_body
from extractor.source.decode import decode_bytes

from conftest import make_raw


@pytest.mark.parametrize("outer, inner", [
    ("第一篇　总体要求", "第二章　主要任务"),
    ("第一部分　发展基础", "第一章　工业"),
    ("第二章　推动政务服务", "第三条　推行企业开办一表申请。"),
    ("第二章　推动政务服务", "第一节　审批"),
    ("第一节　审批", "第五条　压减审批时间。"),
    ("第三條　推行網上辦理。", "一、加强领导"),
])
def test_each_division_word_names_a_level_outside_the_next(outer, inner):
    assert split_numbering(outer)[1] < split_numbering(inner)[1]


def test_articles_and_chapters_keep_their_printed_numbers():
    assert split_numbering("第十二条  本规定自印发之日起施行。")[2] == 12
    assert label_rank("第三章") < label_rank("第三条")


def parsed(lines: list[str]):
    text = "\n".join(["某县进一步优化营商环境的若干规定", "各乡镇人民政府，县直各单位："] + lines)
    return parse_body(locate_content(decode_bytes(make_raw(text.encode("utf-8"), path="n.txt"))))


def test_chapters_head_the_articles_under_them():
    result = parsed([
        "第一章  总  则",
        "第一条  为优化营商环境，制定本规定。",
        "第二章  推动一网通办",
        "第二条  推行企业开办一表申请。（牵头责任单位：县政务服务中心；责任单位：各相关单位）",
        "第三条  推进涉税事项网上办理。（牵头责任单位：县税务局；责任单位：县政务服务中心）",
        "第三章  降低要素成本",
        "第四条  压减用电报装时间。（牵头责任单位：县供电公司）",
        "第四章  附  则",
        "第五条  本规定自印发之日起施行。"])
    assert [(m.section.label if m.section else None, m.measure_no, m.lead_cells, m.support_cells)
            for m in result.measures] == [
        ("第二章", 2, ("县政务服务中心",), ("各相关单位",)),
        ("第二章", 3, ("县税务局",), ("县政务服务中心",)),
        ("第三章", 4, ("县供电公司",), ())]
    assert [(s.no, s.label, s.title) for s in result.sections] == [(2, "第二章", "推动一网通办"), (3, "第三章", "降低要素成本")]


def test_articles_alone_are_the_items_with_no_section():
    """Negative: a notice of articles and no chapter numbers its measures by article, sectionless."""
    result = parsed(["第一条  推行企业开办一表申请。（牵头责任单位：县政务服务中心）",
                     "第二条  推进涉税事项网上办理。（牵头责任单位：县税务局）"])
    assert [(m.section, m.measure_no) for m in result.measures] == [(None, 1), (None, 2)]


def test_a_chapter_heading_names_no_items():
    """A chapter heading whose title ends like an office's name (一网通办) is no range line
    (``第二`` + units): its 章 makes it a division's number."""
    from extractor.parse.inline import read_range_line
    assert read_range_line("第二章  推动一网通办") is None
    assert read_range_line("第1—3条由县发改局牵头，县财政局配合") is not None   # 条 counts items

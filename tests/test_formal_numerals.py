"""The formal (financial) numerals a copy may print for the common ones: a converter writing 一 as 壹 everywhere
turns the labels 一、 and （一） into 壹、 and （壹） (holdout daxiemirror-guizhou, batch 55: before, its （壹）
headings were no labels and the parts 二、 三、 were read as the items' sections)."""
import pytest

from extractor.numbering import cn_to_int, split_numbering

from test_outline import parsed


@pytest.mark.parametrize("text,n", [("壹", 1), ("贰", 2), ("貳", 2), ("叁", 3), ("叄", 3), ("拾", 10), ("拾壹", 11),
                                    ("贰拾", 20), ("一", 1), ("十一", 11)])
def test_formal_numerals_are_numbers(text, n):
    assert cn_to_int(text) == n


@pytest.mark.parametrize("line,kind,label", [("（壹）建立督查服务机制", "pcn", "（壹）"), ("壹、工作目标", "cn", "壹、")])
def test_a_formal_numeral_opens_a_label(line, kind, label):
    found = split_numbering(line)
    assert (found[0], found[3]) == (kind, label)


def test_formal_sub_headings_are_the_items_sections():
    result = parsed([
        "二、有序推进复工复产",
        "（壹）建立督查服务机制",
        "1.成立督查帮扶工作组，协调解决重大问题。（责任单位：省发展改革委）",
        "（二）畅通生产生活循环",
        "2.保障重点物资运输畅通。（责任单位：省交通运输厅）",
    ])
    assert [(m.section.label, m.section.title) for m in result.measures] == [
        ("（壹）", "建立督查服务机制"), ("（二）", "畅通生产生活循环")]


def test_a_notice_run_into_one_line_is_split_before_formal_headings():
    """A copy run into one line prints its headings 壹、 贰、 run into the list's title and the item before each
    (…任务分工壹、教育提质1.…（…）贰、医疗惠民1.…): the line-break repair counts their labels as it counts 一、 二、
    (holdout formalrun-yilong, the generator's bs17252: before, no heading was cut off, the items lost their
    sections and the item before each heading was lost)."""
    from extractor.parse.breakrepair import repair_breaks
    from test_table import parse_text

    line = ("青岚县2022年民生项目任务分工壹、教育提质1.新建学校2所。（责任单位：县教育局）2.新建宿舍4栋。（责任单位：县教育局）"
            "贰、医疗惠民1.建成感染楼。（责任单位：县卫生健康局）")
    assert repair_breaks(line, lost_breaks=True) == [
        "青岚县2022年民生项目任务分工", "壹、教育提质", "1.新建学校2所。（责任单位：县教育局）",
        "2.新建宿舍4栋。（责任单位：县教育局）", "贰、医疗惠民", "1.建成感染楼。（责任单位：县卫生健康局）"]
    body = parse_text("关于印发青岚县2022年民生项目任务分工的通知各乡镇人民政府：现印发给你们，请认真落实。青岚县人民政府办公室"
                      "2022年5月9日附件" + line + "\n")
    assert [(m.measure_no, m.section.label if m.section else None) for m in body.measures] == [
        (1, "壹、"), (2, "壹、"), (1, "贰、")]


def test_every_formal_digit_has_a_value():
    """The one list of formal digits (``numerals.CN_FORMAL_DIGITS``, which the date and heading readers build on) and
    the values ``numerals.CN_DIGITS`` gives them agree: a variant added to one and not the other would read as a numeral
    in a label and then as no number."""
    from extractor.numerals import CN_DIGITS, CN_FORMAL_DIGITS
    assert {c for c, v in CN_DIGITS.items() if v and c not in "一二两三四五六七八九"} == set(CN_FORMAL_DIGITS)

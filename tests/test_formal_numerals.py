"""The formal (financial) numerals a copy may print for the common ones: a converter writing 一 as 壹 everywhere
turns the labels 一、 and （一） into 壹、 and （壹） (holdout daxiemirror-guizhou, batch 55: before, its （壹）
headings were no labels and the parts 二、 三、 were read as the items' sections)."""
import pytest

from extractor.numbering import cn_to_int, split_numbering

from test_outline import parsed


@pytest.mark.parametrize("text,n", [("壹", 1), ("贰", 2), ("貳", 2), ("叁", 3), ("拾", 10), ("拾壹", 11),
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

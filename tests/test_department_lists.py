"""A government department dividing its own sector's work among its offices (batch 87, sampled by
issuer kind): the mechanisms its pages needed, each tested on a small text of its own."""
from extractor.layout.locate import clean_text_lines


def test_spam_word_inside_an_ordinary_word_keeps_the_line():
    # a culture plan's 娱乐场所 (entertainment venues) holds the casino's 娱乐场: the item stays
    lines = ["9.推进重点文物保护工程。", "10.规范文化市场秩序。开展网吧、娱乐场所和演出市场专项整治。", "（责任部门：市场处）"]
    assert clean_text_lines(lines) == lines


def test_a_casino_line_is_still_dropped():
    # the spam word outside any ordinary word still drops its line, one holding both too
    assert clean_text_lines(["某某娱乐场官方网址", "1.整治娱乐场所。"]) == ["1.整治娱乐场所。"]
    assert clean_text_lines(["娱乐场所 娱乐场注册送彩金", "1.任务。"]) == ["1.任务。"]


"""One set of sentence ends (text.SENTENCE_ENDS) for every reader that asks whether a text ends a
sentence or where the last one starts: 。 and ； as before, and ！ and ？, which end a Chinese
sentence as 。 does (a notice's exhortation: 确保按期完成！)."""
import pytest

from extractor.parse.inline import split_assignment
from extractor.parse.table import is_table_heading


@pytest.mark.parametrize("mark", ["。", "！", "？", "；"])
def test_the_closing_sentence_starts_after_any_sentence_end(mark):
    text = f"修缮县城老旧管网。务必在汛期前完工{mark}由县住建局牵头，县水务公司配合。"
    rest, found = split_assignment(text)
    assert (rest, found.lead, found.support) == (f"修缮县城老旧管网。务必在汛期前完工{mark}", ("县住建局",), ("县水务公司",))


@pytest.mark.parametrize("line,heading", [
    ("一、稳住农业基本盘", True),
    ("一、稳住农业基本盘。", False),
    ("一、全力以赴稳住农业基本盘！", False),
    ("二、怎样稳住农业基本盘？", False),
])
def test_a_numbered_line_ending_a_sentence_heads_no_table(line, heading):
    assert is_table_heading(line) is heading

"""A site's heading running the doc number into the title in its own brackets gives way to the letter's own number
line printing the same number (layout/docnumber._number_line; holdout codedrows-wuhan-2014-1)."""
from extractor.layout.docnumber import find_doc_number
from extractor.text import vocab


def _number(head):
    return find_doc_number(head, {}, vocab()["metadata"])


def test_the_letters_own_line_prints_the_number():
    head = ["某文明(2014)16号关于做好材料收集工作的通知", "某市精神文明建设指导委员会文件", "某文明〔2014〕16号",
            "关于做好材料收集工作的通知"]
    assert _number(head) == "某文明〔2014〕16号"


def test_another_number_on_a_line_of_its_own_is_not_the_headings():
    head = ["某文明(2014)16号关于做好材料收集工作的通知", "某市精神文明建设指导委员会文件", "某文明〔2014〕17号"]
    assert _number(head) == "某文明(2014)16号"


def test_a_number_line_alone_reads_as_before():
    assert _number(["某府办〔2021〕12号", "关于印发…的通知"]) == "某府办〔2021〕12号"
    # the heading's number with no letter line printing it again: as printed there
    assert _number(["某文明(2014)16号关于做好材料收集工作的通知", "各成员单位："]) == "某文明(2014)16号"

"""Blindsynth session 73's letter shapes: a title block whose first line names the two bodies that sign the letter
(``lettertitle._signed_jointly``), their signature under a hard-wrapped last sentence (``letterlines.opens_letter_line``),
and a title naming the office by its level on a traditional page (``issuerplace.issuer_with_place``'s ``page``)."""
from __future__ import annotations

import pytest

from extractor.agencies.issuerplace import issuer_with_place
from extractor.engine.extract import extract_raw
from extractor.layout.letterlines import opens_letter_line

from conftest import make_raw

TASKS = ["芦淞区2021年民生实事项目任务清单",
         "1.新建改扩建中小学和幼儿园11所。（牵头单位：区教育局；配合单位：区财政局）",
         "2.完成高标准农田建设2.5万亩。（牵头单位：区农业农村局）"]


def _notice(head: list[str], signature: list[str]):
    text = "\n".join([*head, "各街道办事处，区政府各部门，区委各部门，各人民团体：",
                      "现将《芦淞区2021年民生实事项目任务清单》印发给你们，请结合实际认真贯彻落实。",
                      *signature, "2021年2月21日", *TASKS])
    return extract_raw(make_raw(text.encode("utf-8"), path="n.txt"))


@pytest.mark.parametrize("bodies", ["中共芦淞区委 芦淞区人民政府", "中共芦淞区委芦淞区人民政府"])
@pytest.mark.parametrize("signature", [["中共芦淞区委", "芦淞区人民政府"], ["中共株洲市芦淞区委", "株洲市芦淞区人民政府"]])
def test_two_signing_bodies_over_the_title_line_open_the_title(bodies, signature):
    n = _notice([bodies, "关于印发芦淞区2021年民生实事项目任务清单的通知"], signature)
    assert n.title == "中共芦淞区委芦淞区人民政府关于印发芦淞区2021年民生实事项目任务清单的通知"


def test_bodies_that_do_not_sign_the_letter_are_no_part_of_its_title():
    n = _notice(["中共芦淞区委 芦淞区人民政府", "关于印发芦淞区2021年民生实事项目任务清单的通知"],
                ["株洲市芦淞区人民政府办公室"])
    assert n.title == "关于印发芦淞区2021年民生实事项目任务清单的通知"


def test_the_first_of_two_signing_bodies_under_a_full_last_sentence_is_a_letter_line():
    above = "際認真貫徹落實。各牽頭單位要于每季度末將工作進展情況報區政府督查室。"
    assert opens_letter_line("中共泉州市泉港區委", above, "泉州市泉港區人民政府")
    # a wrap's rest naming a body over a line going on with the sentence: no letter line
    assert not opens_letter_line("中共泉州市泉港區委", "現將任務分解如下，請", "泉州市泉港區人民政府")
    assert not opens_letter_line("中共泉州市泉港區委", above, "各牽頭單位要加強調度。")


def test_a_level_alone_issuer_takes_the_place_as_the_page_prints_it():
    page = "市人民政府辦公室關於印發…的通知 信息來源： 綿陽市人民政府辦公室"
    assert issuer_with_place("市人民政府辦公室", "绵阳市", page) == "綿陽市人民政府辦公室"
    assert issuer_with_place("市人民政府辦公室", "绵阳市") == "绵阳市人民政府辦公室"   # no page: the key's name
    # a page printing the place as the key does, or another place before the office, changes nothing
    assert issuer_with_place("市人民政府办公室", "绵阳市", "信息来源：绵阳市人民政府办公室") == "绵阳市人民政府办公室"
    assert issuer_with_place("市人民政府辦公室", "绵阳市", "德陽市人民政府辦公室") == "绵阳市人民政府辦公室"

"""In a hard-wrapped copy a line that ends the content only whole (``[boilerplate] stop_lines``: 相关法规 over a
page's list of related laws) is a line of its own, never the rest of a line that filled the wrap width."""
from extractor.engine.extract import extract
from extractor.layout.locate import is_stop_line
from extractor.parse.hardwraps import join_hard_wraps
from extractor.parse.wrapwidth import find_wrap

WIDTH = 30

#: a district's list; its paragraphs wrapped at 30 characters by a phone's copy, the title lines set apart
HEAD = ["某某区人民政府办公室关于印发某某区2022年城市更新重点任务分解表的通知", "各街道办事处，区政府各部门："]
LETTER = "《某某区2022年城市更新重点任务分解表》已经区政府同意，现印发给你们，请认真贯彻落实。"
SIGNATURE = ["某某区人民政府办公室", "2022年2月8日", "某某区2022年城市更新重点任务分解表"]
ITEMS = ["(1)改造老旧小区12个，惠及居民2400户。（牵头部门：区住建局；协办单位：区财政局、区城管局）",
         "(2)新建口袋公园6处，打通断头路3条。（牵头部门：区城管局；协办单位：区自然资源局、区交通运输局；完成时限：10月底前）",
         # the last item's last line fills the width
         "(3)整治背街小巷20条，补齐路灯和排水设施。（牵头部门：区城管局；协办单位：区住建局、区市场监管局；完成时限：年底前）"]


def _cut(paragraph: str) -> list[str]:
    return [paragraph[k:k + WIDTH] for k in range(0, len(paragraph), WIDTH)]


BODY = [*HEAD, *_cut(LETTER), *SIGNATURE, *(line for item in ITEMS for line in _cut(item))]
TAIL = ["相关法规", "城市道路管理条例", "某某区人民政府关于印发某某区2021年城市更新重点任务分解表的通知"]


def test_the_heading_alone_is_a_stop_line():
    assert is_stop_line("相关法规") and is_stop_line("相關法規 ")
    assert not is_stop_line("相关法规另有规定的，从其规定。") and not is_stop_line("严格执行相关法规")


def test_a_stop_line_under_a_full_line_is_no_rest():
    lines = BODY + TAIL
    assert len(BODY[-1]) == WIDTH and sum(len(line) == WIDTH for line in BODY) >= 4
    assert find_wrap(lines).width == WIDTH
    joined = join_hard_wraps(lines, stop_line=is_stop_line)
    assert joined[-4:] == [ITEMS[-1], *TAIL]
    assert join_hard_wraps(lines)[-3] == ITEMS[-1] + "相关法规"   # the callback is what keeps it apart


def test_the_last_wrapped_item_over_a_related_laws_list_is_read():
    notice = extract("\n\n".join(BODY + TAIL).encode("utf-8"))
    assert [m.measure_no for m in notice.measures] == [1, 2, 3]
    last = notice.measures[-1]
    assert last.text == "整治背街小巷20条，补齐路灯和排水设施。"
    assert [a.name for a in last.lead] == ["区城管局"]
    assert [a.name for a in last.support] == ["区住建局", "区市场监管局"]

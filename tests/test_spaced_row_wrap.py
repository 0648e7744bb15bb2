"""A text table's rows parted by single spaces in a hard-wrapped, blank-spaced copy (``hardwraps.spaced_row_number``):
a row that reached the width the rows show takes no next row in (blindsynth bs7324, a forum's copy of a 分工方案)."""
from __future__ import annotations

import pytest

from extractor.engine.extract import extract_raw
from extractor.parse.hardwraps import spaced_row_number

from conftest import make_raw

HEAD = ["某区人民政府办公室", "印发某区2024年重点工作任务分工方案的通知", "某政办〔2024〕27号", "各街道办事处，区政府各部门：",
        "《某区2024年重点工作任务分工方案》已经区政府同意，现印发给你们，请认真贯彻落实。",
        "附件所列责任单位如有变动，由接任其职责的单位继续负责，不再另行发文调整。",
        "某区人民政府办公室", "2024年2月25日", "附件", "某区2024年重点工作任务分工方案", "序号 类别 工作内容 牵头单位 配合单位"]
ROWS = ["1 全面推进乡村 振兴 加快数字政府建设，推动政务数据共享（含区级平台）全覆盖。 发改局 农业农村局，司法局，人社局",
        "2 深化重点领域改 革 开展安全生产专项整治，坚决遏制较大以上事故发生。 人社局 审计局，司法局",
        "3 加强生态环境保 护 做好退役军人服务保障，建成退役军人服务站31个。 商务局 住建局，东关街道，梨园街道办事处",
        "4  落实减税降费政策，全年为市场主体减负7亿元以上。 民政局，商务局 医保局，科技局",
        "5  完成5座病险水库除险加固。 交通运输局 人社局，东关街道",
        "6  开展“双随机、一公开”监管，抽查比例不低于8%。 科技局 卫健局",
        "7 扩大有效 投资 深化“放管服”改革，政务服务事项网上可办率达到96%。 住建局 医保局",
        "8  完成交通干线提升改造28公里，打通断头路28条。 农业农村局 统计局，商务局",
        "9  扩大对外贸易，全年进出口总额增长4%。 发改局 人社局，民政局"]


def test_each_spaced_row_of_a_blank_spaced_copy_is_read():
    text = "\n\n".join(HEAD + ROWS) + "\n"
    n = extract_raw(make_raw(text.encode("utf-8"), path="n.txt"))
    assert [m.measure_no for m in n.measures] == list(range(1, 10))
    first = n.measures[0]
    assert first.text == "加快数字政府建设，推动政务数据共享（含区级平台）全覆盖。"
    assert [r.name for r in first.lead] == ["发改局"] and [r.name for r in first.support] == ["农业农村局", "司法局", "人社局"]
    assert n.measures[1].text == "开展安全生产专项整治，坚决遏制较大以上事故发生。"


@pytest.mark.parametrize("line,number", [("2 深化重点领域改革", 2), ("4  落实减税降费政策", 4), ("12\u3000推进", 12),
                                         ("3 个月内完成", None), ("2 月底前", None), ("1.推进", None), ("1、推进", None),
                                         ("2023年", None), ("推进2 项", None)])
def test_a_spaced_row_number_opens_a_row_and_a_count_or_a_label_none(line, number):
    assert spaced_row_number(line) == number

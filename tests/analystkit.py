"""A small corpus whose answers are known by hand, for the analyst-side tests
(data package, canned queries, README's one-liners, search, report).

Two Dongguan notices, written for these tests, three measures each, in the
inline-label form (（牵头单位：…；配合单位：…；完成时限：…）).  What a reader
counts from the text below:

- leads: 市发改局 3 (A1, A2, B2); 市科技局 1 (A3); 市经信局 1 (B1); 市财政局 1 (B2);
  市商务局 1 (B3);
- supports: 市科技局 2 (A1, B1); 市发改局 2 (A3, B1); 市经信局 1 (A1); 市财政局 1 (A2);
  市数字口岸推进办 1 (B3, not in the registry: unresolved, the one name to review);
- agencies on one measure together: 发改局+科技局 3 (A1, A3, B1); 发改局+经信局 2 (A1, B1);
  经信局+科技局 2 (A1, B1); 发改局+财政局 2 (A2, B2); 商务局+数字口岸推进办 1 (B3);
- by year: 2016 one notice, 3 measures; 2017 one notice, 3 measures;
- deadlines: A1 2016-12-31 (date), A2 2016-06-30 (notice-year), A3 ongoing,
  B1 2017-12-31 (notice-year), B2 2018-09-30 (date), B3 ongoing;
- words: 财政 in A2 and B2; 财政资金 in A2 only (B2 says 财政专项资金); 资金 in A2, B2.
"""
from __future__ import annotations

from pathlib import Path

NOTICE_A = """东府办〔2016〕12号
关于印发《东莞市科技金融结合工作任务分工方案》的通知
各镇人民政府（街道办事处），市府直属各单位：
《东莞市科技金融结合工作任务分工方案》业经市人民政府同意，现印发给你们，请认真贯彻执行。
东莞市人民政府办公室
2016年3月1日
东莞市科技金融结合工作任务分工方案
一、完善科技金融服务
1.建设科技金融服务平台，完善创业投资体系。（牵头单位：市发改局；配合单位：市经信局、市科技局；完成时限：2016年12月底前）
2.设立产业引导基金，扩大财政资金撬动作用。（牵头单位：市发改局；配合单位：市财政局；完成时限：6月底前）
二、推动协同创新
3.推进产学研合作，建设新型研发机构。（牵头单位：市科技局；配合单位：市发改局；完成时限：长期）
"""

NOTICE_B = """东府办〔2017〕5号
关于印发《东莞市产业转型升级重点任务分工方案》的通知
各镇人民政府（街道办事处），市府直属各单位：
《东莞市产业转型升级重点任务分工方案》业经市人民政府同意，现印发给你们，请认真贯彻执行。
东莞市人民政府办公室
2017年4月10日
东莞市产业转型升级重点任务分工方案
一、发展先进制造
1.实施工业互联网行动，推动企业上云。（牵头单位：市经信局；配合单位：市发改局、市科技局；完成时限：年内）
2.统筹财政专项资金，支持重点项目建设。（牵头单位：市发改局、市财政局；完成时限：2018年第三季度）
二、拓展对外贸易
3.发展跨境电子商务，培育外贸新业态。（牵头单位：市商务局；配合单位：市数字口岸推进办；完成时限：持续推进）
"""

UNRESOLVED = "市数字口岸推进办"


def write_corpus(folder: Path) -> Path:
    """The two notices as text files in ``folder``; the folder."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "a-2016-12.txt").write_text(NOTICE_A, encoding="utf-8")
    (folder / "b-2017-5.txt").write_text(NOTICE_B, encoding="utf-8")
    return folder


def build_output(root: Path) -> Path:
    """``extractor run`` over the corpus into ``root/output``; the output folder."""
    from extractor.engine.pipeline import Settings, run

    out = root / "output"
    result = run(Settings(inputs=(str(write_corpus(root / "raw")),), out_dir=out))
    assert not result.failures and result.notice_count == 2
    return out

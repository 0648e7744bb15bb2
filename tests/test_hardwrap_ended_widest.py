"""A copy with its own breaks whose few longest lines are as long as each other by chance ends them with their
sentences or brackets; a wrap cuts anywhere.  The widest length shows a wrap only when most of the lines showing it
were cut mid-sentence (wrapwidth._wrap_width, ``WRAP_CUT_MIN_SHARE``; blindsynth cause 4 of session 54)."""
from extractor.engine.extract import extract
from extractor.parse.hardwraps import join_hard_wraps
from extractor.parse.wrapwidth import find_wrap

#: a letter whose recipients line runs on into its first sentence, over a single-spaced text table: the letter's
#: line and two rows are 128 display columns each, all three ending with a full stop or a bracket
NOTICE = """关于印发某某市2024年民生实事项目任务责任分工表的通知
某府办发〔2024〕48号
各县（市、区）人民政府，市直各有关单位：《某某市2024年民生实事项目任务责任分工表》已经市政府同意，现印发给你们，请认真贯彻落实。
附件：某某市2024年民生实事项目任务责任分工表
某某市人民政府办公室
2024118
（此件主动公开）
附件
某某市2024年民生实事项目任务责任分工表
序号 类别 工作任务 牵头单位 配合部门 完成时限 责任人
1 加强生态环境保 护 落实减税降费政策，全年为市场主体减负25亿元以上。 市人社局 市水利局、市民政局 2024年10月30日前 李明（副主任）
2 推动产业转型 升级 深化“放管服”改革，政务服务事项网上可办率达到94%。 市科技局 市民政局、市直各有关单位 长期坚持 杨帆（局长）
3 保障和改善民生 深化“放管服”改革，政务服务事项网上可办率达到93%。 市工信局、市交通运输局 市教育局 2024年11月底前 李明（副主任）
4  开展“双随机、一公开”监管，抽查比例不低于2%。 市住建局 市审计局 2024年3月底前 陈静（局长）
5  开展“双随机、一公开”监管，抽查比例不低于7%。 市住建局 市审计局、市公安局 年底前 周敏（局长）
"""


def test_widest_lines_that_all_end_their_sentences_show_no_wrap():
    lines = NOTICE.splitlines()
    assert find_wrap(lines) is None
    assert join_hard_wraps(lines) == lines
    notice = extract(NOTICE.encode("utf-8"))
    assert [m.measure_no for m in notice.measures] == [1, 2, 3, 4, 5]
    assert notice.measures[0].lead[0].name == "市人社局"
    assert [s.title for s in notice.sections] == ["加强生态环境保护", "推动产业转型升级", "保障和改善民生"]


def test_widest_lines_mostly_cut_still_show_the_wrap():
    """Three full lines of 20, one of them ending with its sentence by chance: still a wrap."""
    paragraph = "各地各部门要坚持以人民为中心的发展思想统筹推进民生实事项目建设，确保按期完成好。加强督促检查工作，及时报送各项目进展情况，确保落到实处。"
    cut = [paragraph[k:k + 20] for k in range(0, len(paragraph), 20)]
    assert [len(line) for line in cut] == [20, 20, 20, 8] and cut[1].endswith("。")
    lines = ["某市民生实事项目", *cut, "某市人民政府办公室"]
    assert find_wrap(lines).width == 20
    assert join_hard_wraps(lines) == ["某市民生实事项目", paragraph, "某市人民政府办公室"]

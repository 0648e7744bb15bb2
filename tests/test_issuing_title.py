"""A line opening with a letter's words issuing a list (关于印发…, 关于转发…) is the letter's title, never the list's
own, even printed without its kind (的通知): it starts no part of the notice (text.issues_a_list; docs/parsing.md)."""
from extractor.engine.extract import extract
from extractor.text import is_list_title, issues_a_list, titles_division


def test_a_title_issuing_a_list_is_no_lists_title():
    assert issues_a_list("关于印发某市2022年优化营商环境重点任务分解表")
    assert issues_a_list("關於轉發某市2022年重點工作任務清單")
    assert not is_list_title("关于印发某市2022年优化营商环境重点任务分解表")
    assert not titles_division("关于印发某市2022年优化营商环境重点任务分解表")
    assert not titles_division("关于下达某县2023年重点工作任务分工")


def test_the_lists_own_title_stays_one():
    assert is_list_title("某市2022年优化营商环境重点任务分解表")
    assert titles_division("某市2022年重点工作任务分工")
    assert not issues_a_list("某市2022年优化营商环境重点任务分解表")
    assert is_list_title("关于释放旅游消费潜力推动旅游业高质量发展的行动方案")   # a plan's own title, no letter's verb


# a text copy whose title (an issuer's line over 关于印发…) lost its 的通知, over a letter numbering points of its own
# and a tab-separated table (blindsynth seed 388: the title line opened a part of its own, the issuer's line, the
# signature and the table's header line were read as three units' headings, and the letter's points became measures
# led by the signing office)
TAB = ("某某市人民政府门户网站\n"
       "时间：2022-03-02　来源：本网\n"
       "江油市人民政府办公室\n"
       "关于印发江油市2022年优化营商环境重点任务分解表\n"
       "各镇人民政府、街道办事处，市各有关部门：\n"
       "　　《江油市2022年优化营商环境重点任务分解表》已经市政府同意，现印发给你们，请认真贯彻落实。\n"
       "　　现就抓好所列3项工作任务的落实通知如下：\n"
       "　　1.明确任务，压实责任。各牵头单位要细化工作举措，确保责任逐级落实。\n"
       "　　2.统筹协调，合力攻坚。牵头单位要加强与配合单位的沟通联系；各配合单位要主动作为。\n"
       "　　3.加强督考，狠抓落实。市政府督查室要跟踪督查各项工作进展，对发现的问题限期整改。\n"
       "江油市人民政府办公室\n"
       "2022年02月26日\n"
       "附件\n"
       "江油市2022年优化营商环境重点任务分解表\n"
       "序号\t具体工作任务\t责任单位\n"
       "一、优化营商环境\n"
       "1.1\t新增城镇就业1900人，城镇调查失业率控制在7%以内。\t市农业农村局、市交通运输局\n"
       "二、深化重点领域改革\n"
       "2.1\t新建改扩建中小学和幼儿园55所，新增学位55000个。\t市民政局、市统计局\n"
       "2.2\t完成交通干线提升改造55公里，打通断头路55条。\t市商务局、市审计局\n")


def test_a_letters_points_under_a_title_without_its_kind_are_no_measures():
    notice = extract(TAB.encode("utf-8"))
    assert [(m.form, m.text[:6], [a.name for a in m.lead]) for m in notice.measures] == [
        ("text-tab", "新增城镇就业", ["市农业农村局", "市交通运输局"]),
        ("text-tab", "新建改扩建中", ["市民政局", "市统计局"]),
        ("text-tab", "完成交通干线", ["市商务局", "市审计局"])]
    assert notice.title == "江油市人民政府办公室关于印发江油市2022年优化营商环境重点任务分解表"

"""A letter signed by an inter-ministerial joint conference (部际联席会议) or its office is the centre's
(agencies/national.toml ``[notice] central_bodies``), so its ministries' short forms (知识产权局) read as the nation's
(batch 112, session 67, real67c: holdout tradopenrecip-guozhi-2021-16, the 国务院知识产权战略实施工作部际联席会议办公室's
2021 推进计划 in traditional script: before, 知識產權局 was unresolved)."""
from extractor.agencies.national import central_issuer, national_letter


def test_a_joint_conference_and_its_office_are_central():
    assert central_issuer("国务院知识产权战略实施工作部际联席会议办公室")
    assert central_issuer("国务院中医药工作部际联席会议")
    assert national_letter("國務院知識產權戰略實施工作部際聯席會議辦公室", None, None)
    assert not central_issuer("某市农民工工作联席会议办公室")   # a city's joint conference is no ministries'


def test_the_defence_industry_bureau_with_its_state_word_is_central(resolver):
    """国家国防科工局 (batch 112's 危险化学品 tasks, holdout dutysharepage-weihua-2018-2) names the national body in
    any notice: its 国家 no local body prints."""
    from namekit import assert_reads
    assert_reads(resolver, "国家国防科工局", None, "2018-01-01", "国家国防科技工业局")
    assert_reads(resolver, "国家国防科工局", "中华人民共和国", "2018-01-01", "国家国防科技工业局")

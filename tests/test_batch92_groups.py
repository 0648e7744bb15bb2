"""Names closed by a role's label word, a trade's companies concerned, and the 水土保持局 type
(``agency_patterns.toml [groups]``, ``template.toml``; holdout labelpagetwo-baise, batch 92)."""
import pytest


@pytest.mark.parametrize("name,is_group", [
    ("市政府门户网站内容保障责任单位", True), ("各项目牵头部门", True), ("重点工程配合单位", True),
    ("有关通信公司", True), ("相关电信企业", True),
    ("牵头单位", False),            # a label word alone is no name at all, no group
    ("市公交公司", False), ("县供销社", False), ("市发改委", False),
])
def test_role_word_and_trade_groups(name, is_group):
    from extractor.agencies.registry import default_patterns
    assert default_patterns().is_group(name) is is_group


def test_soil_and_water_bureau_is_a_department_type(resolver):
    """Before, unresolved: no type of the template was named so."""
    assert resolver.resolve("市水土保持局", city="百色市", date="2009-05-01").canonical == "百色市水土保持局"
    assert resolver.resolve("区水土保持局", city="延安市宝塔区").canonical == "延安市宝塔区水土保持局"

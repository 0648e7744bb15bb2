"""A heading wrapped over two lines that closes with 的 and a kind of document too short to end a name alone
(``[metadata] de_title_ends``: …关于全面做好草原禁牧 / 工作的令) is joined; the kind without its 的 ends nothing
(layout/headingwraps.wrapped_title; holdout forestorder-dachaidan-2024-3)."""
from extractor.layout.headingwraps import wrapped_title


def test_an_orders_name_wrapped_before_its_kind_is_joined():
    assert wrapped_title("某行委关于全面做好草原禁牧", ["工作的令", "为做好禁牧工作，特发布此令。"]) \
        == "某行委关于全面做好草原禁牧工作的令"


def test_the_kind_without_its_de_ends_no_name():
    # 禁牧令 ends a word, not a title's 的令: the first line stays as it is
    assert wrapped_title("某行委关于全面做好草原", ["禁牧令"]) == "某行委关于全面做好草原"


def test_the_usual_kinds_join_as_before():
    assert wrapped_title("某州冬春季人居环境整治", ["专项行动方案"]) == "某州冬春季人居环境整治专项行动方案"
    assert wrapped_title("某市2024年重点任务分工方案", ["工作的令"]) == "某市2024年重点任务分工方案"

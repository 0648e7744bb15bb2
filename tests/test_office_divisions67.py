"""Batch 112 (session 67, real67c): a national office's plan for its own divisions and the provinces.

- ``执行部门(单位)`` names the unit column, its cells print ``局内：<divisions>`` (the office's own 司, read as units: a
  label of responsible units, its verbs giving the roles) over ``省份：<classes of provinces>`` (a scope, kept in extra,
  no unit): tests/fixtures/README.md "A national office's executing-units cell"; holdout cellparas-cnipa-2014-1.
- a ministry's division ends like a unit (``条法司``), never a lawsuit or a superior (官司, 上司).
"""
from extractor.parse.assign import parse_labels
from extractor.parse.labels import label_role
from extractor.parse.unitlists import ends_like_unit


def test_an_in_office_label_gives_its_divisions_by_their_verbs():
    got = parse_labels("局内：条法司牵头，相关部门参与；省份：各类省份必做", "html-table")
    assert (got.lead, got.support) == (("条法司",), ("相关部门",))
    assert got.extra == {"省份": "各类省份必做"}


def test_an_in_office_label_with_no_verb_makes_its_divisions_lead():
    got = parse_labels("局内：协调司、管理司；省份：强省试点省、一类省份必做，其他省份选做", "html-table")
    assert got.lead == ("协调司、管理司",) and got.support == ()
    assert "省份" in got.extra


def test_the_provinces_label_names_no_unit():
    assert parse_labels("省份：各类省份必做", "html-table", units_needed=True) is None


def test_the_executing_column_and_labels_have_their_roles():
    assert label_role("执行部门") == "responsible"
    assert label_role("局内") == "responsible"
    assert label_role("省份") not in ("lead", "support", "responsible")


def test_a_division_ends_like_a_unit_a_lawsuit_does_not():
    assert ends_like_unit("条法司") and ends_like_unit("管理司") and ends_like_unit("市场司")
    assert not ends_like_unit("打官司") and not ends_like_unit("顶头上司")

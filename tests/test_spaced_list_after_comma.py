"""A unit label's value going on after a comma with a list whose names a copy parted by spaces or slashes, as a 、
would part them (``…成员单位，各市〔州〕人民政府　贵安新区管委会　各县〔市、区、特区〕人民政府``), is a unit list
(unitlists.names_units_only, LIST_MARKS), not a note: holdout tortoisecatch-guizhou's list-space and list-slash pairs
(before, the three groups after the comma were kept as 备注 and lost)."""
from extractor.parse.inline import BRACKET_NOTE_KEY, parse_bracket
from extractor.parse.unitlists import names_units_only


def test_names_parted_by_spaces_or_slashes_are_a_unit_list():
    assert names_units_only("各市〔州〕人民政府\u3000贵安新区管委会\u3000各县〔市、区、特区〕人民政府")
    assert names_units_only("市财政局/市审计局")


def test_prose_parted_by_spaces_is_none():
    assert not names_units_only("各乡镇\u3000积极配合")        # a role word
    assert not names_units_only("此项\u3000纳入年度考核")      # no names


def test_the_clause_after_the_comma_keeps_its_units():
    found = parse_bracket("牵头单位：省发展改革委；责任单位：省就业工作联席会议成员单位，各市〔州〕人民政府\u3000贵安新区管委会"
                          "\u3000各县〔市、区、特区〕人民政府")
    assert found is not None and found.lead == ("省发展改革委",)
    assert not found.extra.get(BRACKET_NOTE_KEY)
    assert "贵安新区管委会" in "".join(found.support)

"""A table's group printed again over a later row of the group goes on in that group (tablesections._prints_again), in
the characters a mirror converted it to as well (政務公開 under 政务公开: a mirror that converted part of the page to
traditional characters).  Metamorphic barlines-qiaocheng traditional-mix: before, the reprinted group opened a
section of its own and the rows under it were read under a third section."""
from extractor.models import Section
from extractor.parse.tablesections import _prints_again

GROUP = Section(no=2, label="二、", title="做好政务公开")


def test_the_group_printed_again_in_traditional_characters_goes_on():
    assert _prints_again("二、做好政务公开", GROUP)
    assert _prints_again("二、做好政務公開", GROUP)


def test_another_group_or_another_label_is_no_reprint():
    assert not _prints_again("二、做好网站管理", GROUP)
    assert not _prints_again("三、做好政務公開", GROUP)

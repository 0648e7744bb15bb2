"""A committee roster's post label alone with its colon (``主　任：`` over ``<name>　<post>``) is no recipients line
(vocab.toml [metadata] roster_posts; holdout rosterduty-kexie-undated-1, batch 119: the 全民科学素质 office's roster over
its 成员单位职责; before, 主任 was the page's one recipient)."""
from extractor.layout.letterlines import may_be_recipients_line


def test_a_rosters_post_labels_are_no_recipients_line():
    for line in ("主　任：", "副主任：", "成　员：", "组 长：", "副组长:", "秘书长："):
        assert not may_be_recipients_line(line), line


def test_a_body_line_still_is_one():
    for line in ("各成员单位：", "全民科学素质纲要实施工作办公室各成员单位：", "各县（市、区）人民政府："):
        assert may_be_recipients_line(line), line

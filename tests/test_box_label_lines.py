"""A text copy's information box printed as a list of labels, each alone on its line with its colon and its value on
the line under it or none (``• 索引号:`` / ``032271614/2020-56264`` / ``• 主题分类:`` / ``• 发文机构:`` / ``市政府网站``):
read as the page's ``<ul>`` box is and taken out, so no label is the letter's recipients and no value a unit heading.

Written for blindsynth's thirty-sixth stream's causes 5-7 (docs/parsing.md "A box printed as label lines").
"""
from __future__ import annotations

from extractor.layout.metalines import take_meta_label_lines
from test_metadata import meta_of

BOX = ["• 索引号:", "", "032271614/2020-56264", "", "• 主题分类:", "", "• 来源:", "", "• 发文机构:", "", "市政府网站", "",
       "• 发文字号:", "", "青政办〔2020〕112号", "", "• 发文日期:", "", "2020年02月19日 13:38", "", "• 有效性:", "",
       "• 发布日期:", "", "2020年02月19日 13:30", "", "• 内容概述:", ""]
LETTER = ["关于印发青溪市2020年生态环境保护重点任务分工方案的通知", "各县（区）人民政府，市直各单位：",
          "现将方案印发给你们，请认真贯彻落实。", "青溪市人民政府办公室", "2020年2月10日"]


def test_the_box_lines_are_taken_out_and_read():
    lines, meta = take_meta_label_lines(["青溪市人民政府门户网站", "", *BOX, *LETTER])
    assert [line for line in lines if line] == ["青溪市人民政府门户网站", *LETTER]   # blank lines stay
    assert meta["索引号"] == "032271614/2020-56264"
    assert meta["发文字号"] == "青政办〔2020〕112号"
    assert "主题分类" not in meta and "内容概述" not in meta   # a label over nothing gives no field
    # the last label over nothing keeps the title under it: a title is no value


def test_labels_without_their_bullet_and_in_traditional_characters():
    box = ["索引號:", "064341921/2020-77840", "主題分類:", "發文機構:", "區政府網站", "發文字號:", "點政辦〔2020〕54號"]
    lines, meta = take_meta_label_lines([*box, *LETTER])
    assert lines == LETTER
    assert meta["发文字号"] == "點政辦〔2020〕54號"


def test_a_letter_reads_right_under_such_a_box():
    m = meta_of("\n".join(["青溪市人民政府门户网站", *BOX, *LETTER]))
    assert m.recipients == ("各县（区）人民政府", "市直各单位")
    assert m.issuer == "青溪市人民政府办公室" and m.date == "2020-02-10"
    assert m.doc_number == "青政办〔2020〕112号"


def test_two_labels_are_no_box_and_a_letters_own_labels_stay():
    few = ["• 索引号:", "032271614/2020-56264", "• 来源:", *LETTER]
    assert take_meta_label_lines(few) == (few, {})
    own = [*LETTER[:3], "附件：", "联系人：", "联系电话：", *LETTER[3:]]
    assert take_meta_label_lines(own) == (own, {})

"""An item's note excluding the letter's default support units (tests/fixtures/README.md, "An item excluding the
letter's default units"): under ``除另有注明的外，X均为…配合单位``, an item whose note says X takes no part
(``备注：此项不涉及各县（市、区）政府``, ``…不参与本项``) takes none of the units the note names, all of them when it
names none (``letterexcl.excluded_units``; ``assign.toml [conventions] default_exclusion``; a ``备注：`` line is the
item's note, ``roles.toml [label_roles] note``; holdout defaultexcl-quzhou-2020-4, written before the code)."""
import pytest

from extractor.layout.locate import locate_content
from extractor.models import DraftMeasure
from extractor.parse.assign import NOTE_KEY, parse_labels
from extractor.parse.conventions import apply_conventions, give_letter_units
from extractor.parse.forms import parse_body
from extractor.parse.letterexcl import excluded_units
from extractor.source.decode import decode_bytes

from conftest import make_raw

DEFAULT = ("各县（市、区）政府", "某开发区管委会")


@pytest.mark.parametrize("note,withheld", [
    ("此项不涉及各县（市、区）政府", ("各县（市、区）政府",)),
    ("各县（市、区）政府不参与本项", ("各县（市、区）政府",)),
    ("本项不涉及县区", ("各县（市、区）政府",)),          # named by its levels: the letter's group of them
    ("此项无需各县（市、区）人民政府配合", ("各县（市、区）政府",)),
    ("此项不涉及某开发区管委会", ("某开发区管委会",)),
    ("此项不适用默认配合单位", DEFAULT),                   # naming none: all of them
    ("此項不涉及各縣（市、區）政府", ("各县（市、区）政府",)),   # a traditional copy
])
def test_a_note_withholds_the_units_it_names(note, withheld):
    assert excluded_units(note, DEFAULT) == withheld


@pytest.mark.parametrize("note", [
    "",
    "每季度报送进展情况",                 # a note of another kind
    "此项不涉及资金安排",                 # names nothing the letter gives
    "各乡镇不参与本项",                   # another group than the letter's
    "各县（市、区）政府要加强配合",       # no exclusion
])
def test_other_notes_withhold_nothing(note):
    assert excluded_units(note, DEFAULT) == ()


def _draft(lead=(), support=(), note=None):
    return DraftMeasure(section=None, measure_no=1, text="某工作", lead_cells=lead, support_cells=support,
                        extra={NOTE_KEY: note} if note else {})


def test_an_item_withholding_some_takes_the_others():
    out = give_letter_units((_draft(("市发改委",), ("市财政局",), "此项不涉及各县（市、区）政府"),
                             _draft(("市经信局",), (), "此项不适用默认配合单位"), _draft(("市商务局",))), DEFAULT)
    assert [d.support_cells for d in out] == [("市财政局", "某开发区管委会"), (), DEFAULT]


def test_a_note_label_line_is_the_items_note_not_a_unit():
    found = parse_labels("配合单位：市财政局、市人力社保局备注：各县（市、区）政府不参与本项", "labelled")
    assert found.support == ("市财政局、市人力社保局",)   # one cell, split later
    assert found.extra[NOTE_KEY] == "各县（市、区）政府不参与本项"


def test_a_labelled_notice_withholds_the_letters_units_from_the_noted_item():
    text = ("某市人民政府办公室关于印发重点工作任务分工的通知\n各县（市、区）人民政府，市直各单位：\n"
            "现将任务分工印发给你们。除另有注明的外，各县（市、区）政府均为各项工作的配合单位。\n"
            "某市人民政府办公室\n2020年3月12日\n"
            "1.推进重大项目开工，完成投资300亿元。\n牵头单位：市发改委\n配合单位：市财政局\n"
            "2.推动规上企业数字化改造。\n牵头单位：市经信局\n配合单位：市商务局\n备注：此项不涉及各县（市、区）政府\n"
            "3.培育夜间经济街区5条。\n牵头单位：市商务局\n")
    located = locate_content(decode_bytes(make_raw(text.encode("utf-8"), path="n.txt")))
    parsed = apply_conventions(located, parse_body(located))
    assert [(m.lead_cells, m.support_cells) for m in parsed.measures] == [
        (("市发改委",), ("市财政局", "各县（市、区）政府")),
        (("市经信局",), ("市商务局",)),
        (("市商务局",), ("各县（市、区）政府",)),
    ]

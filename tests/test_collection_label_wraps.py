"""A site's label of a collection's text is a line of its own in a hard-wrapped copy (``cleanlines.is_stop_line``): a
last item that filled its line right over the next text's label took the label in as its wrap's rest, and the next
text was read on (blindsynth session 57 seeds 2126 and 4689, holdout labelwrap-enshi)."""
from extractor.engine.extract import extract
from extractor.layout.locate import is_stop_line
from extractor.parse.hardwraps import join_hard_wraps

WIDTH = 30


def _cut(paragraph: str) -> list[str]:
    return [paragraph[k:k + WIDTH] for k in range(0, len(paragraph), WIDTH)]


ITEMS = ["1.推进农村改厕，完成户用卫生厕所改造1200户。（牵头单位：县卫健局；配合单位：县财政局）",
         "2.开展村庄清洁行动，做到垃圾日产日清、沟渠常年畅通、村容村貌整洁有序。（牵头单位：县住建局；配合单位：各乡镇人民政府）"]


def _copy() -> list[str]:
    lines = ["人居环境整治工作任务清单(2篇)", "人居环境整治工作任务清单篇一", "某县2023年人居环境整治工作任务清单"]
    for item in ITEMS:
        lines += _cut(item)
    return [*lines, "人居环境整治工作任务清单篇二", "1.清理河塘沟渠淤泥杂物。（责任单位：镇水利站）",
            "2.整治村庄乱搭乱建，拆除违章建筑30处。（责任单位：镇村建办）"]


def test_a_texts_label_is_a_stop_line_in_either_form():
    assert is_stop_line("人居环境整治工作任务清单篇二")
    assert is_stop_line("【第2篇】人居环境整治工作任务清单")
    assert is_stop_line("人居環境整治工作任務清單篇二")   # a traditional copy's
    assert not is_stop_line("第二篇　加快构建现代产业体系")   # a plan's part heading
    assert not is_stop_line("2.整治村庄乱搭乱建，拆除违章建筑30处。")


def test_the_label_under_a_full_line_stays_a_line():
    lines = _copy()
    at = lines.index("人居环境整治工作任务清单篇二")
    assert len(lines[at - 1]) == WIDTH   # the last item filled its line
    joined = join_hard_wraps(lines, stop_line=is_stop_line)
    assert "人居环境整治工作任务清单篇二" in joined
    assert ITEMS[1] in joined


def test_the_second_text_gives_nothing(tmp_path):
    path = tmp_path / "n.txt"
    path.write_text("\n".join(_copy()) + "\n", encoding="utf-8")
    notice = extract(str(path))
    assert [m.text for m in notice.measures] == ["推进农村改厕，完成户用卫生厕所改造1200户。", "开展村庄清洁行动，做到垃圾日产日清、沟渠常年畅通、村容村貌整洁有序。"]

"""Grammar words read from the vocabulary, one entry each, by every reader that asks them (session 73's tidy).

The title's opener (关于) and the forwarding verb (印发) are ``parse/vocab.toml [metadata] title_opener`` and
``forwarding_verb``, read through ``text.title_opener`` and ``text.forwarding_verb`` by the line reader
(``layout/titlelines``) and the run-on reader (``parse/headfields``) alike; a site's elision note's words and
expressions are ``[boilerplate] elision_words`` and ``elision_lines``, read through ``parse.pagetail.elisions`` by
the run-on cut and the line filter (``layout.noise.without_elisions``).  The colons every reader of a label, a
lead-in or a run-in heading asks are one pair, ``text.COLONS``."""
from extractor.layout.titlelines import opener_at, opens_title
from extractor.parse.headfields import title_span
from extractor.parse.pagetail import elisions, page_marks
from extractor.text import forwarding_verb, title_opener, vocab


def test_the_title_words_are_the_vocabularys():
    assert title_opener() == vocab()["metadata"]["title_opener"] == "关于"
    assert forwarding_verb() == vocab()["metadata"]["forwarding_verb"] == "印发"


def test_a_title_opens_at_its_opener_or_its_forwarding_verb_in_a_line_and_in_a_run_on_copy():
    assert opens_title("某市人民政府办公室关于印发某市重点任务分工方案的通知")
    assert opener_at("某市人民政府办公室关于印发某市重点任务分工方案的通知") == 9
    assert opener_at("某市人民政府办公室印发某市重点任务分工方案的通知") == 9
    assert not opens_title("现将《某市重点任务分工方案》印发给你们，请认真贯彻执行。")
    for title in ("某市人民政府办公室印发某市重点任务分工方案的通知", "某市人民政府办公室关于印发某市重点任务分工方案的通知"):
        copy = title + "各区人民政府，市各委办局：现将方案印发给你们。"
        span = title_span(copy, ["通知"], ["某市人民政府办公室"])
        assert span is not None and copy[span[0]:span[1]] == title


def test_every_elision_expression_holds_one_of_the_elision_words():
    """A text holding none of the words is never searched with the expressions: each expression must hold one."""
    words, notes = elisions()
    assert words and notes
    for rx in notes:
        assert any(word in rx.pattern for word in words), rx.pattern
    text = "某市某项工作实施方案……（开头部分已省略900字）2.宣传发动。"
    note = "……（开头部分已省略900字）"
    assert {text.index(note), text.index(note) + len(note)} <= page_marks(text)


def test_every_colon_reader_asks_the_one_pair_of_colons():
    from extractor.parse.headlines import RUN_IN_COLONS, run_in_units
    from extractor.parse.labelform import LABEL_COLONS
    from extractor.parse.outlineheads import LEAD_IN_COLONS
    from extractor.parse.pointclauses import LEAD_IN_COLONS as POINT_LEAD_IN_COLONS
    from extractor.text import COLONS

    assert COLONS == ("：", ":")
    assert all(named is COLONS for named in (RUN_IN_COLONS, LABEL_COLONS, LEAD_IN_COLONS, POINT_LEAD_IN_COLONS))
    for colon in COLONS:   # a unit's name run in before its duties, with either colon
        assert run_in_units(f"市卫生局{colon}负责全市卫生工作；负责监督。") == ("市卫生局", "负责全市卫生工作；负责监督。")


def test_the_clause_readers_share_the_clause_marks():
    from extractor.parse import clauserun, labelclauses, modalduties, topicduties
    from extractor.parse.unitlists import CLAUSE_MARKS, CLAUSE_RUN_ENDS, CLAUSE_SEPARATORS, split_clauses

    assert CLAUSE_SEPARATORS == CLAUSE_MARKS + CLAUSE_RUN_ENDS == "，,；;。"
    assert clauserun._RUN_ENDS is labelclauses._RUN_ENDS is CLAUSE_RUN_ENDS
    assert clauserun._CLAUSE_MARKS is labelclauses._CLAUSE_MARKS is CLAUSE_MARKS
    assert modalduties._CLAUSE_CUTS is topicduties._CLAUSE_CUTS is CLAUSE_SEPARATORS
    assert split_clauses("由市财政局牵头，各县（市、区）配合；年底前完成。") == ["由市财政局牵头", "各县（市、区）配合", "年底前完成"]


def test_a_run_on_copys_sentence_ends_are_one_set():
    from extractor.parse import dashruns, headfields, valueends
    from extractor.text import ASCII_STOPS, FULL_STOPS, RUN_ON_SENTENCE_ENDS, SENTENCE_ENDS

    assert RUN_ON_SENTENCE_ENDS == "".join(SENTENCE_ENDS) + "!?" and ASCII_STOPS == ("!", "?")
    assert headfields.SENTENCE_END is dashruns._SENTENCE_END is RUN_ON_SENTENCE_ENDS
    assert set(valueends._SENTENCE_STOPS) == set(FULL_STOPS + ASCII_STOPS)


def test_a_governments_words_are_the_agency_vocabularys():
    """``agency_patterns.toml [prefixes] government_words`` (longest first) name a level's government for the joint
    office reader (县委县政府督查室) and a city's government for the province clue (杭州市人民政府)."""
    import dataclasses

    from extractor.agencies.jointoffices import joint_office
    from extractor.agencies.registry import default_patterns

    patterns = default_patterns()
    assert patterns.government_words == ("人民政府", "政府")
    assert joint_office("县委", "县政府督查室", patterns) and joint_office("县委", "县人民政府督查室", patterns)
    assert not joint_office("县委", "县政府", patterns) and not joint_office("县委", "市政府督查室", patterns)
    without = dataclasses.replace(patterns, government_words=("人民政府",), _groups={})
    assert not joint_office("县委", "县政府督查室", without)


def test_the_prose_opener_is_the_assign_vocabularys_and_every_prose_reader_asks_it():
    """``assign.toml [verbs] prose_opener`` (由) opens the prose form's sentence (``proseassign.split_prose``) and each
    clause of a run of them (``clauserun.read_clause_run``); ``kindruns.ETC`` is the one 等 of the agency split."""
    from extractor.agencies import kindruns, units
    from extractor.parse.clauserun import read_clause_run
    from extractor.parse.labels import assign_vocab, prose_opener
    from extractor.parse.proseassign import split_prose

    assert prose_opener() == assign_vocab()["verbs"]["prose_opener"] == "由"
    run = read_clause_run("由市财政局牵头，市税务局配合，做好甲工作；由市教育局负责，做好乙工作；由市民政局牵头，做好丙工作。")
    assert [(task, a.lead) for task, a in run] == [("做好甲工作", ("市财政局",)), ("做好乙工作", ("市教育局",)),
                                                  ("做好丙工作", ("市民政局",))]
    text, assignment = split_prose("做好甲工作。由市财政局牵头，市税务局配合。")
    assert text == "做好甲工作。" and assignment.lead == ("市财政局",) and assignment.support == ("市税务局",)
    assert units.DENG is kindruns.ETC == "等"


def test_a_date_lines_labels_are_the_vocabularys():
    """``[metadata] date_line_labels`` open a date line; of them ``document_date_labels`` name the document's own
    date, the others the day the page was posted (layout/dates.py)."""
    from extractor.layout.dates import is_date_line, is_labelled_date_line, is_page_date_line

    metadata = vocab()["metadata"]
    assert set(metadata["document_date_labels"]) < set(metadata["date_line_labels"])
    for label in metadata["date_line_labels"]:
        assert is_labelled_date_line(f"{label}：2024-04-02") and is_date_line(f"{label} 2024年4月2日")
        assert is_page_date_line(f"{label}：2024-04-02") == (label not in metadata["document_date_labels"])
    assert not is_labelled_date_line("2024年4月2日") and not is_date_line("完成时限：2024年4月2日")


def test_a_unit_lists_name_separators_are_the_shared_name_list_marks_and_the_spaces():
    from extractor.parse.unitlists import LIST_MARKS, NAME_SEPARATORS
    from extractor.text import NAME_LIST_MARKS

    assert NAME_SEPARATORS == NAME_LIST_MARKS + " \u3000" and NAME_LIST_MARKS == "、，,；;"
    assert LIST_MARKS == "、/／ \u3000\xa0"   # one clause's list: a narrower set of its own, never hidden by the shared one


def test_the_municipalities_are_the_gazetteers_provinces_named_shi():
    from extractor.agencies.gazetteer import municipalities, provinces
    from extractor.agencies.jurisdiction import MUNICIPALITIES

    assert MUNICIPALITIES == municipalities() == {"北京市", "天津市", "上海市", "重庆市"}
    assert municipalities() < set(provinces()) and "河北省" not in municipalities()


def test_a_place_chains_openers_are_the_agency_vocabularys():
    """``agency_patterns.toml [chains]``: a bank's opening names no place, a party's opening goes before the place."""
    from extractor.agencies.placechains import NOT_PLACE_OPENERS, PARTY_OPENERS, listed_chain, without_party_opener
    from extractor.agencies.records import patterns_data

    chains = patterns_data()["chains"]
    assert NOT_PLACE_OPENERS == tuple(chains["not_place_openers"]) and PARTY_OPENERS == tuple(chains["party_openers"])
    assert listed_chain("人行郑州中心支行") is None and listed_chain("郑州市财政局") is not None
    for opener in PARTY_OPENERS:
        assert without_party_opener(opener + "成都市委组织部") == "成都市委组织部"


def test_the_words_no_town_is_named_are_the_town_vocabularys():
    """``town_offices.toml [not_towns]``: 村镇建设办 is no town's office, nor 辖区派出所 a town's station."""
    from extractor.agencies.named import _not_town_openers, not_town_names
    from extractor.cachefiles import load_toml
    from extractor.agencies.named import OFFICES_FILE

    data = load_toml(OFFICES_FILE)["not_towns"]
    assert not_town_names() == tuple(data["names"]) and "村镇" in not_town_names()
    assert _not_town_openers() == tuple(data["openers"]) and "辖区" in _not_town_openers()


def test_a_deadlines_tails_a_crawls_next_words_and_the_not_task_openers_are_vocabulary():
    """``deadlines.toml [kinds] phrase_tails`` close a deadline's phrase; ``vocab.toml [html] next_page_words`` name a
    list's next page to the crawler; ``assign.toml [verbs] not_task_openers`` open no item's named task."""
    from extractor.parse.deadlines import _vocab, deadline_length
    from extractor.parse.namedfirst import _named_alone
    from extractor.source.crawl import parse_listing

    assert _vocab().phrase_tails[0] == "前完成" and deadline_length("2023年4月底前完成深化改革") == len("2023年4月底前完成")
    page = '<html><body><a href="/a/1.html">关于印发某市分工方案的通知</a><a href="/list_2.html">下一页</a></body></html>'
    assert parse_listing(page, "http://example.gov.cn/list.html")[1] == ["http://example.gov.cn/list_2.html"]
    assert _named_alone("区内主干道的整治由市住建局负责，市交通局配合。") is not None
    assert _named_alone("此项工作由市住建局负责，市交通局配合。") is None


def test_no_module_but_text_spells_the_colon_pair_out():
    """Every reader asks ``text.COLONS`` (or ``COLON_CHARS``): a module spelling the pair out again is a copy."""
    from pathlib import Path

    package = Path(__file__).resolve().parent.parent / "extractor"
    spellings = ('("：", ":")', '(":", "：")', '"：:"', '":："')
    copies = [str(p.relative_to(package)) for p in sorted(package.rglob("*.py")) if p.name != "text.py" or p.parent != package
              if any(s in p.read_text(encoding="utf-8") for s in spellings)]
    assert copies == []

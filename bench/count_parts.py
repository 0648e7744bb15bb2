"""Instructions of each part of extraction, start-up left out (docs/scale.md, session 50).

    PYTHONHASHSEED=0 valgrind --tool=callgrind --instr-atstart=no \\
        python bench/count_parts.py FOLDER WARM_UP_PAGE
    callgrind_annotate --inclusive=yes --threshold=100 callgrind.out.PID | grep stage_

``bench/count_extract.py`` with each part's outermost call made through a C function of its
own (``bench/count_stages.py``'s stage module): callgrind's inclusive count of ``stage_body``
is every instruction run inside ``parse_body``, and so on, in one run.  Parts nest (``locate``
holds ``loc_parse_html``; ``body`` holds ``body_html_grid``); ``cells`` is the resolution of
the measures' unit cells (the notice's ``cells_resolver``, one call a measure's lead or support
cells).  Each part's call costs a few hundred instructions more than a plain call (a lambda and
the C call), in the part.  Run without valgrind it just extracts.
"""
from __future__ import annotations

import importlib
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from count_stages import build_stage_module, through  # noqa: E402

#: (module, owner or None, attribute, part name): each part's outermost call, patched where it is looked up
PARTS = (
    ("extractor.engine.extract", None, "read_input", "read"),
    ("extractor.engine.extract", None, "decode_bytes", "decode"),
    ("extractor.engine.extract", None, "locate_content", "locate"),
    ("extractor.layout.locate", None, "parse_html", "loc_parse_html"),
    ("extractor.layout.locate", None, "html_lines", "loc_html_lines"),
    ("extractor.layout.locate", None, "take_meta_tables", "loc_meta_tables"),
    ("extractor.layout.locate", None, "_choose_content", "loc_choose"),
    ("extractor.layout.locate", None, "_drop_chrome", "loc_chrome"),
    ("extractor.layout.locate", None, "page_title_and_site", "loc_page_title"),
    ("extractor.engine.extract", None, "read_attachments", "attachments"),
    ("extractor.engine.extract", None, "parse_metadata", "metadata"),
    ("extractor.engine.extract", None, "parse_body", "body"),
    ("extractor.parse.forms", None, "html_grid", "body_html_grid"),
    ("extractor.parse.forms", None, "read_header", "body_read_header"),
    ("extractor.parse.forms", None, "parse_grid", "body_parse_grid"),
    ("extractor.parse.forms", None, "prepare", "body_textlayer"),
    ("extractor.parse.forms", None, "mentions_roles", "body_mentions_roles"),
    ("extractor.parse.forms", None, "unique_section_numbers", "body_unique_sections"),
    ("extractor.engine.extract", None, "apply_conventions", "conventions"),
    ("extractor.agencies.noticeplace", None, "notice_place", "place"),
    ("extractor.engine.extract", None, "close_cjk_gaps", "gaps"),
)


def main(folder: str, warm_up: str) -> None:
    names = [name for *_, name in PARTS] + ["cells"]
    with tempfile.TemporaryDirectory() as tmp:
        stagemod = build_stage_module(names, Path(tmp))
    for module, owner, attribute, name in PARTS:
        holder = importlib.import_module(module)
        holder = getattr(holder, owner) if owner else holder
        setattr(holder, attribute, through(getattr(stagemod, name), getattr(holder, attribute)))
    from count_extract import main as count   # the same run as count_extract's, through the patched parts
    from extractor.agencies.resolve import Resolver

    cells_resolver = Resolver.cells_resolver
    Resolver.cells_resolver = lambda self, **kw: through(stagemod.cells, cells_resolver(self, **kw))
    count(folder, warm_up)


if __name__ == "__main__":
    main(*sys.argv[1:3])

"""The command line: parse arguments, build Settings, call the library,
map our exceptions to one-line messages and exit codes.

Exit status: 0 every input was read; 1 some input could not be read (the
others are still exported); 2 usage or configuration error (also: nothing to
read); 130 interrupted; 141 the reader of the output went away (``| head``).
Nothing heavy (jieba, pandas, lxml) is imported before a command runs.

One module per group of sub-commands, each with its parser and its command:

- ``app``: the top-level parser, logging, ``main`` and the exceptions every command may raise
- ``ending``: a Ctrl-C after the command, while the process ends: one line and 130, not a traceback
- ``common``: exit codes, the options and argument types several commands share, failure lines
- ``run``: ``extractor run`` (extract and export, the archive, the scale options)
- ``fetch``: ``extractor fetch`` and ``extractor crawl`` (pages from the network)
- ``archive``: ``extractor diff``, ``retire``, ``search`` and ``report`` (over what a run wrote)
- ``agencies``: ``extractor agencies [explain NAME]`` (the registry)
"""
from __future__ import annotations

import atexit
import gc

from .app import build_parser, main
from .common import EXIT_INPUT, EXIT_INTERRUPTED, EXIT_OK, EXIT_PIPE, EXIT_USAGE
from .run import GC_YOUNG

__all__ = ["build_parser", "main", "GC_YOUNG",
           "EXIT_OK", "EXIT_INPUT", "EXIT_USAGE", "EXIT_INTERRUPTED", "EXIT_PIPE"]

# at exit, the objects still alive go where the interpreter's last full collection does
# not look: it walked them all, ~0.2 s of CPU after a 1,000-page run (docs/scale.md, session 26)
atexit.register(gc.freeze)

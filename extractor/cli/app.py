"""The top-level parser, logging and ``main``: which command runs, and the exceptions
any command may raise (a closed pipe, an interrupt, the file system, the archive)
mapped to one line and an exit status (a Ctrl-C after the command: ``ending.py``). The
commands are in the modules beside it."""
from __future__ import annotations

import argparse
import logging
import os
import sys

from .. import __version__
from .agencies import add_agencies_parser
from .archive import add_diff_parser, add_report_parser, add_retire_parser, add_search_parser
from .common import EXIT_PIPE, EXIT_USAGE, fail
from .ending import guard_the_ending, say_interrupted
from .fetch import add_crawl_parser, add_fetch_parser
from .run import add_run_parser


EPILOG = """examples:
  extractor run                              raw/ -> output/
  extractor run -v notice.html other/ --out results/
  extractor search 财政 --city 东莞          measures whose text holds 财政
  extractor report                           output/report.html: charts and tables
  extractor agencies explain 市发改局 --city 东莞市

exit status:
  0    every input was read
  1    some input could not be read (each named on stderr; the rest are exported)
  2    usage or configuration error, or nothing to read (no output is created)
  130  interrupted
  141  the reader of the output went away (extractor … | head): stopped quietly
"""


def build_parser() -> argparse.ArgumentParser:
    """The parser of every command, each with -v/--verbose after it too."""
    parser = argparse.ArgumentParser(
        prog="extractor", epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Turn responsibility-division notices (责任分工表, 任务分工方案) into "
                    "normalized rows: which unit leads and which supports each measure. "
                    "Reads HTML pages or their text; writes CSV, JSON and SQLite.",
    )
    parser.add_argument("--version", action="version", version=f"extractor {__version__}")
    parser.add_argument("-v", "--verbose", action="count", default=0,
                        help="more detail on stderr (-v: info, -vv: debug)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    add_run_parser(sub)
    add_fetch_parser(sub)
    add_crawl_parser(sub)
    add_diff_parser(sub)
    add_retire_parser(sub)
    add_agencies_parser(sub)
    add_search_parser(sub)
    add_report_parser(sub)
    for command in sub.choices.values():
        # -v after the command too (extractor run -v); SUPPRESS keeps the one given before it
        command.add_argument("-v", "--verbose", action="count", default=argparse.SUPPRESS,
                             help="more detail on stderr: per-file lines (-v), debug (-vv)")
    return parser


def setup_logging(verbosity: int) -> None:
    """Log lines on stderr: warnings, or info (-v), or debug (-vv, jieba's too)."""
    level = logging.WARNING if verbosity == 0 else logging.INFO if verbosity == 1 else logging.DEBUG
    logging.basicConfig(level=level, format="extractor: %(levelname)s: %(message)s", stream=sys.stderr)
    if verbosity < 2:
        logging.getLogger("jieba").setLevel(logging.ERROR)


def _raised_at(exc: BaseException) -> str:
    """Where ``exc`` was raised, as ``file:line in function``, and the last line of
    this package on the way when that is another module's (``os.path.abspath``
    called from ``pipeline.py``): the one place left to name when the system gave
    no file name (``os.getcwd`` in a removed folder, a socket)."""
    package = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    last = ours = None
    tb = exc.__traceback__
    while tb is not None:
        last = tb
        if tb.tb_frame.f_code.co_filename.startswith(package + os.sep):
            ours = tb
        tb = tb.tb_next
    if last is None:
        return "an unknown place"
    places = [last] if ours is None or ours is last else [last, ours]
    return ", from ".join(f"{os.path.basename(t.tb_frame.f_code.co_filename)}:{t.tb_lineno} in "
                          f"{t.tb_frame.f_code.co_name}" for t in places)


def main(argv: list[str] | None = None) -> int:
    """Run the command ``argv`` names (default: sys.argv) and return its exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return EXIT_USAGE
    setup_logging(args.verbose)
    args.own_process = argv is None   # this process's command line, not a library caller's call
    status = _run_command(args)
    if argv is None:   # this process's command line: a Ctrl-C while it ends is ours to report
        guard_the_ending(status)
    return status


def _run_command(args) -> int:
    """The command ``args`` names, run; the exceptions any command may raise mapped to a line
    and an exit status."""
    try:
        status = args.func(args)
        sys.stdout.flush()   # here, so that a closed pipe is caught below
        return status
    except BrokenPipeError:
        # the reader went away (extractor search x | head): stop quietly, as cat does;
        # stdout goes to /dev/null so that the interpreter's last flush cannot fail again
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_PIPE
    except KeyboardInterrupt:
        return say_interrupted()
    except OSError as exc:
        # the file system refused something outside any one input (an output folder
        # that is a file, no space or permission): one line, not a traceback
        if exc.filename:
            return fail(f"{exc.filename}: {exc.strerror or exc}")
        return fail(f"{exc.strerror or exc} (no file named; raised at {_raised_at(exc)})")
    except Exception as exc:
        sqlite3 = sys.modules.get("sqlite3")   # loaded by the commands that open an archive
        if sqlite3 is None or not isinstance(exc, sqlite3.Error):
            raise
        return fail(f"the archive: {exc}")


"""``python -m extractor.cli``, as ``python -m extractor``."""
import sys

from . import main

sys.exit(main())

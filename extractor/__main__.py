"""``python -m extractor``."""
import sys

from .cli import main

sys.exit(main())

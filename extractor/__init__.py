"""extractor: responsibility-division notices (责任分工表) in, normalized rows out.

Library first: ``extractor.engine.extract.extract_file`` turns one input into a
:class:`~extractor.models.Notice`; ``extractor.engine.pipeline.run`` does a batch
and exports it.  The CLI (``extractor.cli``) is a thin layer over these.
"""
__version__ = "0.1.0"

"""Ingest: turn what the user points at (files, folders, globs, WARC, feeds, URLs) into RawPages.

Every reader yields either a RawPage or an InputError for that one input, so a bad file
never stops the run and never costs what was already read.
"""

from newsgraph.ingest.readers import expand_paths, read_bytes, read_inputs, read_one

__all__ = ["expand_paths", "read_bytes", "read_inputs", "read_one"]

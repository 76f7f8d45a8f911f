"""The clean stage: raw pages in, articles (text, metadata, comments) and discards out.

`clean_page` is the entry point; `normalize_line` is the key under which the pipeline
counts a site's lines for the `site_lines` argument. See page.py for the order of work.
"""

from newsgraph.clean.lexicon import normalize_line
from newsgraph.clean.page import clean_page

__all__ = ["clean_page", "normalize_line"]

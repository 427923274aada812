"""The interactive HTML view: one offline file drawn with vis-network (see docs/viz.md).

>>> from policygraph.viz import make_map, build_page, write_html
"""

from policygraph.viz.html import build_page, page_data, write_html
from policygraph.viz.view import make_map

__all__ = ["build_page", "make_map", "page_data", "write_html"]

"""Sphinx configuration for the diplofacts documentation.

Build (warnings are errors, every reference must resolve; no network is used):

    sphinx-build -W -n -E -b html docs docs/_build/html
    sphinx-build -W -n -E -b doctest docs docs/_build/doctest
"""

from __future__ import annotations

import doctest
import sys
from pathlib import Path

import diplofacts

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "_ext"))

project = "diplofacts"
author = "The diplofacts developers"
copyright = "2025, The diplofacts developers"
release = diplofacts.__version__
version = ".".join(release.split(".")[:2])

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.doctest",
    "sphinx.ext.intersphinx",
    "sphinx.ext.viewcode",
    "diplofacts_docs",  # docs/_ext: Arabic blocks, stub pages, aliases of re-exported names
]

source_suffix = {".md": "markdown"}
root_doc = "index"
exclude_patterns = ["_build", "_inventories", "_ext", "**/README.md"]
language = "en"
nitpicky = True  # same as -n: every cross-reference must resolve

# -- MyST ------------------------------------------------------------------------------------
myst_enable_extensions = ["colon_fence", "deflist", "fieldlist", "attrs_inline", "attrs_block"]
myst_heading_anchors = 3

# -- autodoc ---------------------------------------------------------------------------------
autodoc_member_order = "bysource"
autodoc_default_options = {"members": True, "show-inheritance": True}
autodoc_typehints = "signature"
autodoc_typehints_format = "short"
autodoc_preserve_defaults = True
autoclass_content = "class"  # attrs writes __init__; the class docstring documents the fields

# -- intersphinx: only inventories shipped in docs/_inventories, so the build never fetches --
# python.inv is the objects.inv of the Python 3.11 documentation (Debian's python3-doc).
_INVENTORIES = {"python": ("https://docs.python.org/3", "python.inv")}
intersphinx_mapping = {
    name: (url, str(HERE / "_inventories" / filename))
    for name, (url, filename) in _INVENTORIES.items()
    if (HERE / "_inventories" / filename).is_file()
}
intersphinx_timeout = 1

# Names that cannot resolve without an inventory we do not ship. Keep this list short: each
# entry is a third-party type that appears in a signature or a base-class list.
nitpick_ignore = [
    ("py:class", "attrs.Attribute"),  # validators' signatures (attrs has no objects.inv here)
    ("py:class", "attrs.AttrsInstance"),
    # diplofacts.testing returns hypothesis strategies (hypothesis has no objects.inv here).
    ("py:class", "hypothesis.strategies.SearchStrategy"),
    ("py:func", "hypothesis.strategies.register_type_strategy"),
]
# Type variables (``loads(data, cls: type[T]) -> T``) are not objects with a page of their own.
nitpick_ignore_regex = [(r"py:class", r"diplofacts(\.\w+)*\.T")]
if "python" not in intersphinx_mapping:  # no inventory shipped: stdlib names stay plain text
    nitpick_ignore_regex.append((r"py:.*", r"(datetime|collections\.abc|typing|enum|types)\..*"))

# -- doctest ---------------------------------------------------------------------------------
doctest_global_setup = """
import datetime as dt
from pathlib import Path

import attrs

import diplofacts
from diplofacts import *

EXAMPLES = Path(r"%s")
""" % (HERE.parent / "examples")
doctest_default_flags = (
    doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE | doctest.DONT_ACCEPT_TRUE_FOR_1
)

# -- HTML ------------------------------------------------------------------------------------
html_theme = "furo"
html_title = f"diplofacts {release}"
html_static_path = ["_static"]
html_css_files = ["arabic.css"]
html_theme_options = {
    "source_repository": "https://github.com/diplofacts/diplofacts/",
    "source_branch": "main",
    "source_directory": "docs/",
}
html_show_sourcelink = False

"""Small Sphinx helpers for the diplofacts docs.

* ``{ar}`` directive and role: Arabic text, rendered ``<div lang="ar" dir="rtl" class="ar">``
  (or a ``<span>``) in HTML so that browsers lay it out right to left with an Arabic font.
  In MyST::

      :::{ar}
      تعقد القمة في 15 أغسطس.
      :::

      The word {ar}`قمة` means summit.

* Aliases: the model is documented where it is defined (``diplofacts.model.dates.FuzzyDate``)
  but users and docstrings name it where it is re-exported (``diplofacts.FuzzyDate``,
  ``diplofacts.model.FuzzyDate``) or by its bare name inside a module. A reference that does
  not resolve is retried under the object's defining module, found by importing it.
"""

from __future__ import annotations

import importlib
import inspect
import re
from pathlib import Path
from typing import Any, ClassVar

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx.application import Sphinx
from sphinx.ext.intersphinx import missing_reference as intersphinx_missing_reference
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective

logger = logging.getLogger(__name__)


# -- Arabic blocks and inline text -------------------------------------------------------------
class arabic_block(nodes.container):  # noqa: N801 - docutils names nodes in lower case
    """A block of Arabic text."""


class arabic_inline(nodes.inline):  # noqa: N801
    """A run of Arabic text inside a left-to-right paragraph."""


def visit_arabic_block_html(self: Any, node: arabic_block) -> None:
    classes = " ".join(["ar", *node.get("classes", [])])
    self.body.append(f'<div class="{classes}" lang="ar" dir="rtl">\n')


def depart_arabic_block_html(self: Any, node: arabic_block) -> None:
    self.body.append("</div>\n")


def visit_arabic_inline_html(self: Any, node: arabic_inline) -> None:
    self.body.append('<span class="ar" lang="ar" dir="rtl">')


def depart_arabic_inline_html(self: Any, node: arabic_inline) -> None:
    self.body.append("</span>")


def _visit_plain(self: Any, node: nodes.Element) -> None:
    pass


def _depart_plain(self: Any, node: nodes.Element) -> None:
    pass


class ArabicDirective(SphinxDirective):
    """Arabic content, laid out right to left."""

    has_content = True
    option_spec: ClassVar[dict[str, Any]] = {"class": directives.class_option}

    def run(self) -> list[nodes.Node]:
        node = arabic_block()
        node["classes"] = self.options.get("class", [])
        self.state.nested_parse(self.content, self.content_offset, node)
        return [node]


def arabic_role(  # noqa: PLR0917 - the signature docutils calls roles with
    name: str,
    rawtext: str,
    text: str,
    lineno: int,
    inliner: Any,
    options: dict[str, Any] | None = None,
    content: list[str] | None = None,
) -> tuple[list[nodes.Node], list[nodes.system_message]]:
    return [arabic_inline(rawtext, text)], []


class MarkdownOutputDirective(SphinxDirective):
    """Run Python code that sets ``output`` to Markdown, and render that Markdown in the page.

    Shows what a Markdown export looks like when rendered, from the code of this release
    (so the page cannot drift from the format)::

        :::{markdown-output}
        output = diplofacts.formats.markdown.dumps(summit)
        :::
    """

    has_content = True

    def run(self) -> list[nodes.Node]:
        namespace: dict[str, Any] = {"EXAMPLES": Path(self.env.srcdir).parent / "examples"}
        exec("import datetime as dt\nimport diplofacts\nfrom diplofacts import *", namespace)  # noqa: S102
        exec("\n".join(self.content), namespace)  # noqa: S102 - the docs' own code
        container = nodes.container(classes=["markdown-output"])
        container += self.parse_text_to_nodes(namespace["output"])
        return [container]


# -- aliases of re-exported names ----------------------------------------------------------
_PY_NAME = re.compile(r"^[A-Za-z_][\w.]*$")


def _lookup(path: str) -> tuple[Any, str] | None:
    """Import ``path`` (module prefix, then attributes); return the object and its real path."""
    parts = path.split(".")
    for cut in range(len(parts), 0, -1):
        try:
            obj: Any = importlib.import_module(".".join(parts[:cut]))
        except ImportError:
            continue
        real = obj.__name__
        for attribute in parts[cut:]:
            try:
                obj = inspect.getattr_static(obj, attribute)
            except AttributeError:
                return None
            owner = getattr(obj, "__module__", None)
            qualname = getattr(obj, "__qualname__", None)
            if (inspect.isclass(obj) or inspect.isroutine(obj)) and owner and qualname:
                real = f"{owner}.{qualname}"
            else:
                real = f"{real}.{attribute}"
            if isinstance(obj, staticmethod | classmethod):
                obj = obj.__func__
        return obj, real
    return None


def _candidates(target: str, module: str | None) -> list[str]:
    if target.startswith("diplofacts.") or target == "diplofacts":
        return [target]
    found = [f"{module}.{target}"] if module else []
    return [*found, f"diplofacts.{target}", f"diplofacts.model.{target}"]


def resolve_alias(
    app: Sphinx, env: Any, node: nodes.Element, contnode: nodes.Element
) -> nodes.Element | None:
    if node.get("refdomain") != "py" or node.get("_diplofacts_retry"):
        return None
    target = node.get("reftarget", "").lstrip(".~")
    if not _PY_NAME.match(target):
        return None
    for candidate in _candidates(target, node.get("py:module")):
        hit = _lookup(candidate)
        if hit is None or hit[1] == node["reftarget"]:
            continue
        retry = node.deepcopy()
        retry["reftarget"] = hit[1]
        retry["_diplofacts_retry"] = True
        retry.attributes.pop("refspecific", None)
        domain = env.get_domain("py")
        result = domain.resolve_xref(
            env, node["refdoc"], app.builder, node["reftype"], hit[1], retry, contnode
        )
        if result is None and "python" in app.config.intersphinx_mapping:
            result = intersphinx_missing_reference(app, env, retry, contnode)
        if result is not None:
            return result
    return None


def setup(app: Sphinx) -> dict[str, Any]:
    app.add_node(
        arabic_block,
        html=(visit_arabic_block_html, depart_arabic_block_html),
        text=(_visit_plain, _depart_plain),
        latex=(_visit_plain, _depart_plain),
        man=(_visit_plain, _depart_plain),
        texinfo=(_visit_plain, _depart_plain),
    )
    app.add_node(
        arabic_inline,
        html=(visit_arabic_inline_html, depart_arabic_inline_html),
        text=(_visit_plain, _depart_plain),
        latex=(_visit_plain, _depart_plain),
        man=(_visit_plain, _depart_plain),
        texinfo=(_visit_plain, _depart_plain),
    )
    app.add_directive("ar", ArabicDirective)
    app.add_role("ar", arabic_role)
    app.add_directive("markdown-output", MarkdownOutputDirective)
    app.connect("missing-reference", resolve_alias, priority=900)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}

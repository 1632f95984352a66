"""Configuration from the environment (and `.env`), shared by every process."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


def _default_data_dir() -> Path:
    return Path.home() / ".local" / "share" / "clinigraph"


class Settings(BaseSettings):
    """Every knob is a `CLINIGRAPH_*` variable; unset URLs mean "embedded under the data dir"."""

    model_config = SettingsConfigDict(env_prefix="CLINIGRAPH_", env_file=".env", extra="ignore")

    data_dir: Path = Field(default_factory=_default_data_dir)
    graph_url: str | None = Field(
        default=None,
        description="falkordb://[:password@]host:port/graph, bolt://… or neo4j://… (user/password in "
        "the URL or in CLINIGRAPH_GRAPH_USER/PASSWORD). Unset: embedded FalkorDB.",
    )
    graph_user: str | None = None
    graph_password: SecretStr | None = None
    redis_url: str | None = Field(
        default=None, description="Dramatiq broker. Unset: the embedded FalkorDB's Redis."
    )
    public_url: str = Field(
        default="http://127.0.0.1:8000", description="Base URL clinicians reach the service on."
    )
    graph_timeout_s: float = Field(default=15.0, gt=0, description="Socket timeout of graph calls.")
    query_timeout_ms: int = Field(default=10_000, ge=100, description="Server-side time limit of each read.")
    analytics_timeout_ms: int = Field(default=5_000, ge=100, description="Server-side time limit of analytics "
                                      "queries and ad-hoc Cypher.")
    compute_threads: int | None = Field(
        default=None, ge=1, description="CPU threads per worker process for OCR (onnxruntime) and embeddings "
        "(torch). Unset: all cores."
    )
    llm_url: str | None = Field(
        default=None, description="OpenAI-compatible API base (…/v1) that writes patient summaries. Unset: the "
        "deterministic template.")
    llm_model: str = "gpt-4o-mini"
    llm_key: SecretStr | None = None
    page_rate_limit: int = Field(default=60, ge=1, description="Patient-page requests per minute per client "
                                 "address.")
    log_level: str = "INFO"
    trusted_proxies: str = Field(
        default="", description="Comma-separated CIDRs of reverse proxies whose X-Forwarded-For is believed "
        "(patient pages' client address). Empty: the direct peer is the client.")

    @property
    def needs_embedded(self) -> bool:
        return self.graph_url is None or self.redis_url is None

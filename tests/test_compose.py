"""compose.yaml is valid (Debian's docker-compose validates it without an engine) and wires the
services with exactly the variables the code reads; the image installs the CPU torch before the project."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import tomllib

import pytest
import yaml

from schema.settings import Settings
from tests.support import ROOT

SETTINGS_VARS = {f"CLINIGRAPH_{name.upper()}" for name in Settings.model_fields}
CPU_TORCH_INDEX = "https://download.pytorch.org/whl/cpu"


@pytest.fixture(scope="module")
def resolved() -> dict:
    compose = shutil.which("docker-compose")
    if compose is None:
        pytest.skip("docker-compose is not installed (the README's test command installs it)")
    done = subprocess.run([compose, "-f", "compose.yaml", "config"], cwd=ROOT, capture_output=True, text=True,
                          env={**os.environ, "NEO4J_PASSWORD": "compose-test"}, timeout=60)
    assert done.returncode == 0, done.stderr
    return yaml.safe_load(done.stdout)


def test_compose_is_valid_and_complete(resolved: dict) -> None:
    services = resolved["services"]
    assert set(services) == {"neo4j", "redis", "api", "worker"}
    for name, service in services.items():
        assert service["restart"] == "unless-stopped", name
        assert service["healthcheck"]["test"], name
    assert services["neo4j"]["image"].startswith("neo4j:5")
    assert "neo4j-data:/data:rw" in services["neo4j"]["volumes"] and "neo4j-data" in resolved["volumes"]
    assert services["api"]["depends_on"]["neo4j"]["condition"] == "service_healthy"
    assert (ROOT / services["api"]["build"]["dockerfile"]).is_file()


def test_services_use_the_variables_the_code_reads(resolved: dict) -> None:
    for name in ("api", "worker"):
        env = resolved["services"][name]["environment"]
        ours = {key for key in env if key.startswith("CLINIGRAPH_")}
        assert ours <= SETTINGS_VARS, f"{name} sets variables the code never reads: {ours - SETTINGS_VARS}"
        assert {"CLINIGRAPH_GRAPH_URL", "CLINIGRAPH_REDIS_URL", "CLINIGRAPH_DATA_DIR"} <= ours
        assert env["CLINIGRAPH_GRAPH_URL"].startswith("bolt://neo4j:")
        assert env["CLINIGRAPH_REDIS_URL"].startswith("redis://redis:")
        assert env["CLINIGRAPH_GRAPH_PASSWORD"] == "compose-test"
    neo4j_auth = resolved["services"]["neo4j"]["environment"]["NEO4J_AUTH"]
    assert neo4j_auth == "neo4j/compose-test"


def pip_installs(dockerfile: str) -> list[list[str]]:
    """The arguments of each `pip install` the Dockerfile's RUN instructions make, in order."""
    joined = dockerfile.replace("\\\n", " ").splitlines()
    commands = [part for line in joined if line.startswith("RUN ") for part in line[4:].split("&&")]
    return [words[2:] for words in map(shlex.split, commands) if words[:2] == ["pip", "install"]]


def test_the_image_installs_cpu_torch_before_the_project() -> None:
    """Without a torch in place, `pip install .` pulls the CUDA build: gigabytes the image never uses."""
    dependencies = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    torch = next(spec for spec in dependencies if spec.startswith("torch=="))
    installs = pip_installs((ROOT / "service" / "Dockerfile").read_text())
    project = installs.index(["."])
    torch_first = [args for args in installs[:project] if torch in args]
    assert torch_first, "torch is installed before the project"
    args = torch_first[0]
    assert "--index-url" in args and args[args.index("--index-url") + 1] == CPU_TORCH_INDEX

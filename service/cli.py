"""`clinigraph`: serve, api, worker, migrate, tenant administration, read-only Cypher."""

from __future__ import annotations

import json
import os
import signal
import sys
import threading
from pathlib import Path
from typing import Annotated, Optional

import typer
import uvicorn
from pydantic import ValidationError
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

from graph import migrations, tenants
from graph.driver import GraphDriver, GraphUnavailable
from graph.embedded import EmbeddedError, EmbeddedFalkorDB
from graph.tenants import IssuedKey, TenantExists, TenantNotFound
from schema.settings import Settings
from schema.tenants import TenantCreate, TenantIssued, TenantSummary
from service import logs, runtime
from service.app import Backends, create_app
from service.supervisor import Supervisor

app = typer.Typer(help="Clinigraph: clinical knowledge graphs from patients' records.",
                  no_args_is_help=True, pretty_exceptions_enable=False, add_completion=False)
tenant_app = typer.Typer(help="Manage tenants (medical centers) and their API keys.", no_args_is_help=True)
app.add_typer(tenant_app, name="tenant")
err = Console(stderr=True)

DataDir = Annotated[Optional[Path], typer.Option("--data-dir", help="Data directory (env CLINIGRAPH_DATA_DIR).")]
Host = Annotated[str, typer.Option(help="Interface to listen on.")]
Port = Annotated[int, typer.Option(help="Port to listen on.", min=1, max=65535)]


class CliError(Exception):
    """A failure to report as one line."""


def settings_for(data_dir: Path | None) -> Settings:
    settings = Settings()
    if data_dir is not None:
        settings = settings.model_copy(update={"data_dir": data_dir.expanduser().resolve()})
    return settings


def apply_migrations(driver: GraphDriver) -> None:
    todo = migrations.pending(driver)
    if not todo:
        return
    with Progress(TextColumn("migrating graph schema"), BarColumn(), MofNCompleteColumn(),
                  TextColumn("{task.description}"), console=err, transient=True) as bar:
        task = bar.add_task("", total=len(todo))
        migrations.migrate(driver, progress=lambda m: bar.update(task, advance=1, description=m.name))
    err.print(f"applied {len(todo)} migration(s) on {driver.backend}")


def require_current_schema(driver: GraphDriver) -> None:
    todo = migrations.pending(driver)
    if todo:
        raise CliError(f"the graph schema has {len(todo)} pending migration(s): run `clinigraph migrate` first")


def run_api(backends: Backends, host: str, port: int, processes: int = 1) -> None:
    """Uvicorn re-raises the signal that stopped it once it is done; a no-op handler turns that into a
    normal return, so the caller's cleanup (worker, then database) runs. Several processes build the
    app from the environment, which carries the resolved backends."""
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: None)
    options = {"host": host, "port": port, "log_config": None, "access_log": False, "proxy_headers": True,
               "timeout_graceful_shutdown": 20}
    if processes == 1:
        uvicorn.Server(uvicorn.Config(create_app(backends), **options)).run()
        return
    os.environ.update(runtime.environment(backends))
    uvicorn.run("service.runtime:app_from_environment", factory=True, workers=processes, **options)


@app.command()
def serve(
    host: Host = "127.0.0.1", port: Port = 8000, data_dir: DataDir = None,
    workers: Annotated[int, typer.Option(help="Worker processes (OCR is CPU-bound: one per core).", min=1,
                                         max=32)] = 1,
    api_processes: Annotated[int, typer.Option(help="API processes.", min=1, max=32)] = 1,
) -> None:
    """Everything on one machine: embedded FalkorDB (graph + broker), migrations, API and the worker(s)."""
    settings = settings_for(data_dir)
    logs.configure(settings.log_level)
    embedded = EmbeddedFalkorDB(settings.data_dir) if settings.needs_embedded else None
    endpoint = None
    if embedded is not None:
        with err.status(f"starting embedded FalkorDB in {embedded.home}"):
            endpoint = embedded.start()
    supervisor = Supervisor(embedded, worker_env={}, workers=workers)
    try:
        backends = runtime.backends_for(settings, endpoint)
        driver = runtime.connect(backends)
        try:
            apply_migrations(driver)
        finally:
            driver.close()
        public_url = settings.public_url if "public_url" in settings.model_fields_set else f"http://{host}:{port}"
        supervisor.worker_env = runtime.environment(backends) | {"CLINIGRAPH_PUBLIC_URL": public_url}
        if workers > 1 and settings.compute_threads is None:
            supervisor.worker_env["CLINIGRAPH_COMPUTE_THREADS"] = str(max(1, (os.cpu_count() or 1) // workers))
        supervisor.start_workers()
        supervisor.start()
        err.print(f"Clinigraph on http://{host}:{port} (docs at /docs), data in {settings.data_dir}")
        run_api(backends, host, port, api_processes)
    finally:
        supervisor.stop()


@app.command()
def api(host: Host = "127.0.0.1", port: Port = 8000, data_dir: DataDir = None) -> None:
    """Only the HTTP API (split deployments)."""
    settings = settings_for(data_dir)
    logs.configure(settings.log_level)
    with runtime.resolved(settings) as backends:
        driver = runtime.connect(backends)
        try:
            require_current_schema(driver)
        finally:
            driver.close()
        run_api(backends, host, port)


@app.command()
def worker(
    data_dir: DataDir = None,
    threads: Annotated[int, typer.Option(help="Worker threads.", min=1, max=64)] = 4,
) -> None:
    """Only the Dramatiq worker (split deployments); SIGTERM finishes in-flight jobs or requeues them."""
    from ingestion import worker as ingestion_worker

    settings = settings_for(data_dir)
    logs.configure(settings.log_level)
    stop = threading.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: stop.set())
    with runtime.resolved(settings) as backends:
        driver = runtime.connect(backends)
        try:
            require_current_schema(driver)
            ingestion_worker.run(driver, backends.redis_url, settings.public_url, settings.data_dir, threads, stop)
        finally:
            driver.close()


@app.command()
def migrate(data_dir: DataDir = None) -> None:
    """Apply pending graph schema migrations (idempotent)."""
    with runtime.resolved(settings_for(data_dir)) as backends:
        driver = runtime.connect(backends)
        try:
            apply_migrations(driver)
            err.print(f"graph schema is current ({len(migrations.available(driver.backend))} migrations)")
        finally:
            driver.close()


def admin(data_dir: Path | None, action):  # noqa: ANN001, ANN201 - a small runner for tenant commands
    with runtime.resolved(settings_for(data_dir)) as backends:
        driver = runtime.connect(backends)
        try:
            apply_migrations(driver)
            return action(driver)
        finally:
            driver.close()


def print_issued(issued: IssuedKey) -> None:
    body = TenantIssued(tenant_id=issued.tenant.id, team_id=issued.tenant.team_id, name=issued.tenant.name,
                        api_key=issued.api_key)
    typer.echo(body.model_dump_json())
    err.print("[yellow]Store the api_key now: it is shown only once.[/yellow]")


@tenant_app.command("create")
def tenant_create(
    name: str,
    allow_ip: Annotated[Optional[list[str]], typer.Option("--allow-ip", help="CIDR allowed to open patient pages.")] = None,
    callback_url: Annotated[Optional[str], typer.Option(help="Partner endpoint for access URLs.")] = None,
    callback_key: Annotated[Optional[str], typer.Option(help="x-api-key sent to the callback.")] = None,
    timezone: Annotated[str, typer.Option(help="IANA time zone of the center.")] = "UTC",
    language: Annotated[str, typer.Option(help="Language of summaries and pages: pt-BR or en.")] = "pt-BR",
    data_dir: DataDir = None,
) -> None:
    """Create a tenant and print its id, team id and a new API key as one JSON object."""
    spec = TenantCreate(name=name, allow_ips=allow_ip or [], callback_url=callback_url, callback_key=callback_key,
                        timezone=timezone, language=language)  # type: ignore[arg-type]  # validated here
    issued = admin(data_dir, lambda driver: tenants.create(
        driver, spec.name, [str(net) for net in spec.allow_ips],
        str(spec.callback_url) if spec.callback_url else None, spec.callback_key, spec.timezone, spec.language))
    print_issued(issued)


@tenant_app.command("list")
def tenant_list(data_dir: DataDir = None) -> None:
    """List tenants (never their keys: only key prefixes) as JSON lines."""
    for listing in admin(data_dir, tenants.list_all):
        t = listing.tenant
        typer.echo(TenantSummary(
            tenant_id=t.id, team_id=t.team_id, name=t.name, allow_ips=list(t.allow_ips), callback_url=t.callback_url,
            timezone=t.timezone, language=t.language, active_key_prefixes=list(listing.key_prefixes), patients=listing.patients,
        ).model_dump_json())


@tenant_app.command("rotate-key")
def tenant_rotate_key(name: str, data_dir: DataDir = None) -> None:
    """Issue a new API key for the tenant; every previous key stops working at once."""
    print_issued(admin(data_dir, lambda driver: tenants.rotate_key(driver, name)))


@app.command()
def cypher(
    query: Annotated[str, typer.Argument(help="Cypher to run; writes are refused by the database itself.")],
    param: Annotated[Optional[list[str]], typer.Option("--param", "-p", help="name=JSON value (or a bare string).")]
    = None,
    data_dir: DataDir = None,
) -> None:
    """Run a read-only ad-hoc Cypher query on the graph and print its rows as JSON lines."""
    params = dict(_parameter(raw) for raw in param or [])
    for row in admin(data_dir, lambda driver: driver.read_ad_hoc(query, **params)):
        typer.echo(json.dumps(row, ensure_ascii=False, default=str))


def _parameter(raw: str) -> tuple[str, object]:
    name, separator, value = raw.partition("=")
    if not separator or not name.isidentifier():
        raise CliError(f"--param takes name=value, not {raw!r}")
    try:
        return name, json.loads(value)
    except json.JSONDecodeError:
        return name, value


def _one_line(exc: BaseException) -> str:
    if isinstance(exc, ValidationError):
        return "; ".join(f"{'.'.join(map(str, e['loc'])) or 'value'}: {e['msg']}" for e in exc.errors(include_url=False))
    return str(exc) or type(exc).__name__


EXPECTED = (CliError, EmbeddedError, GraphUnavailable, TenantExists, TenantNotFound, ValidationError, ValueError,
            OSError)


def main() -> None:
    """Errors are one line; CLINIGRAPH_DEBUG=1 shows the traceback of unexpected ones."""
    try:
        app()
    except KeyboardInterrupt:
        sys.exit(130)
    except Exception as exc:
        if os.environ.get("CLINIGRAPH_DEBUG") and not isinstance(exc, EXPECTED):
            raise
        prefix = "" if isinstance(exc, EXPECTED) else f"unexpected {type(exc).__name__}: "
        err.print(f"[red]error:[/red] {prefix}{_one_line(exc)}", highlight=False, soft_wrap=True)
        sys.exit(1)


if __name__ == "__main__":
    main()

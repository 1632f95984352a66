"""`clinigraph`: serve, api, worker, migrate, tenant administration, read-only Cypher."""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import signal
import uuid
import sys
import threading
from pathlib import Path
from typing import Annotated, NoReturn, Optional

import typer
import uvicorn
from pydantic import ValidationError
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

from graph import callbacks, migrations, tenants
from graph.driver import GraphDriver, GraphUnavailable
from graph.embedded import EmbeddedError, EmbeddedFalkorDB
from graph.tenants import IssuedKey, TenantExists, TenantNotFound
from ingestion import callback_target
from schema.settings import Settings
from schema.tenants import TenantCreate, TenantIssued, TenantSummary
from ingestion.metrics_dir import clear as clear_metrics
from ingestion.metrics_dir import share_metrics
from service import logs, runtime
from service.app import Backends, create_app
from service.supervisor import Supervisor

app = typer.Typer(help="Clinigraph: clinical knowledge graphs from patients' records.",
                  no_args_is_help=True, pretty_exceptions_enable=False, add_completion=False)
tenant_app = typer.Typer(help="Manage tenants (medical centers) and their API keys.", no_args_is_help=True)
app.add_typer(tenant_app, name="tenant")
callbacks_app = typer.Typer(help="Callback deliveries to partners (access URLs): log and resend.", no_args_is_help=True)
app.add_typer(callbacks_app, name="callbacks")
err = Console(stderr=True)

DataDir = Annotated[Optional[Path], typer.Option("--data-dir", help="Data directory (env CLINIGRAPH_DATA_DIR).")]
Host = Annotated[str, typer.Option(help="Interface to listen on.")]
Port = Annotated[int, typer.Option(help="Port to listen on.", min=1, max=65535)]
# `serve` stops within 10 s of SIGTERM or Ctrl-C (Docker's wait before SIGKILL): requests in flight get API_GRACE_S,
# then the workers Supervisor.stop's grace, then the database its flush.
API_GRACE_S = 2


class CliError(Exception):
    """A failure to report as one line."""


class WorkerStopping(SystemExit):
    """Raised in the worker's main thread by its first SIGTERM or SIGINT, wherever that thread is."""


def settings_for(data_dir: Path | None) -> Settings:
    settings = Settings()
    if data_dir is not None:
        settings = settings.model_copy(update={"data_dir": data_dir.expanduser().resolve()})
    return settings


def exit_at_once() -> NoReturn:
    """For `serve` and `worker` once all is closed: the interpreter's teardown of the loaded models (seconds of
    freeing objects) would not fit the 10 s stop."""
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


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
    # Proxy headers are read by the patient pages themselves, and only from CLINIGRAPH_TRUSTED_PROXIES.
    options = {"host": host, "port": port, "log_config": None, "access_log": False, "proxy_headers": False,
               "timeout_graceful_shutdown": API_GRACE_S}
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
        public_url = settings.public_url if "public_url" in settings.model_fields_set else f"http://{host}:{port}"
        backends = dataclasses.replace(runtime.backends_for(settings, endpoint), public_url=public_url)
        driver = runtime.connect(backends)
        try:
            apply_migrations(driver)
        finally:
            driver.close()
        supervisor.worker_env = runtime.environment(backends)
        clear_metrics(settings.data_dir)
        if workers > 1 and settings.compute_threads is None:
            supervisor.worker_env["CLINIGRAPH_COMPUTE_THREADS"] = str(max(1, (os.cpu_count() or 1) // workers))
        supervisor.start_workers()
        supervisor.start()
        err.print(f"Clinigraph on http://{host}:{port} (docs at /docs), data in {settings.data_dir}")
        run_api(backends, host, port, api_processes)
    finally:
        supervisor.stop()
    exit_at_once()


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
    share_metrics(settings.data_dir)  # before anything imports prometheus_client
    logs.configure(settings.log_level)
    stop = threading.Event()

    def on_signal(*_: object) -> None:
        """The first signal also leaves whatever the main thread is doing: the models' warm-up takes many seconds
        and nothing is consumed yet; once serving, `run` stops gracefully on the way out. Later ones are ignored,
        so they cannot cut that graceful stop short."""
        if not stop.is_set():
            stop.set()
            sys.unraisablehook = _stopped_short
            raise WorkerStopping(0)

    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, on_signal)
    try:
        with runtime.resolved(settings) as backends:
            driver = runtime.connect(backends)
            try:
                require_current_schema(driver)
                ingestion_worker.run(driver, backends.redis_url, settings.public_url, settings.data_dir, threads,
                                     stop, backends.llm)
            finally:
                driver.close()
    except WorkerStopping:
        exit_at_once()


def _stopped_short(unraisable: sys.UnraisableHookArgs) -> None:
    """An object the stop cut short in its making (a pattern half compiled during the warm-up) fails in its
    finaliser as it is freed: one line in the log, not a traceback that reads as a crash."""
    logging.getLogger(__name__).warning("during the stop, %s in a finaliser was ignored",
                                        getattr(unraisable.exc_type, "__name__", "an error"))


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
                        api_key=issued.api_key, webhook_secret=issued.webhook_secret)
    typer.echo(body.model_dump_json(exclude_none=True))
    shown = " and ".join(name for name, value in (("api_key", issued.api_key), ("webhook_secret", issued.webhook_secret))
                         if value)
    err.print(f"[yellow]Store the {shown} now: shown only once.[/yellow]")


def checked_callback(url: str | None, allow_private: bool) -> str | None:
    """The callback URL as stored, refused now if no delivery could use it."""
    if url is not None:
        callback_target.check(url, allow_private)
    return url


AllowIp = Annotated[Optional[list[str]], typer.Option(
    "--allow-ip", help="CIDR allowed to open patient pages (repeat; `any` for every address). None: pages refused.")]
AllowPrivate = Annotated[Optional[bool], typer.Option(
    "--allow-private-callback/--no-allow-private-callback",
    help="Allow a callback URL on a private, loopback or link-local address (also over plain http).")]
AccessUrlDays = Annotated[Optional[int], typer.Option(help="Access URLs expire after N days.", min=1, max=3650)]
LlmInterpretations = Annotated[Optional[bool], typer.Option(
    "--llm-interpretations/--no-llm-interpretations",
    help="Let the configured LLM (CLINIGRAPH_LLM_*) write interpretations' narrative, every sentence cited.")]
KeyScope = Annotated[str, typer.Option(
    help="What the key may do: emr (the partner's EMR), analyst (adds analytics), admin (adds erasure).")]
RateLimitOption = Annotated[Optional[int], typer.Option(
    "--rate-limit", help=f"Requests per minute per API key (default {tenants.DEFAULT_RATE_LIMIT}).", min=1,
    max=1_000_000)]
FrameAncestor = Annotated[Optional[list[str]], typer.Option(
    "--frame-ancestor", help="Origin (https://emr.example) allowed to show patient pages in a frame (repeat).")]


@tenant_app.command("create")
def tenant_create(
    name: str,
    allow_ip: AllowIp = None,
    callback_url: Annotated[Optional[str], typer.Option(help="Partner endpoint for access URLs.")] = None,
    callback_key: Annotated[Optional[str], typer.Option(help="x-api-key sent to the callback.")] = None,
    timezone: Annotated[str, typer.Option(help="IANA time zone of the center.")] = "UTC",
    language: Annotated[str, typer.Option(help="Language of summaries and pages: pt-BR or en.")] = "pt-BR",
    allow_private_callback: AllowPrivate = False,
    access_url_days: AccessUrlDays = None,
    frame_ancestor: FrameAncestor = None,
    llm_interpretations: LlmInterpretations = False,
    scope: KeyScope = "emr",
    rate_limit: RateLimitOption = None,
    data_dir: DataDir = None,
) -> None:
    """Create a tenant; print its id, team id, API key (of `--scope`) and webhook signing secret as one JSON
    object."""
    spec = TenantCreate(name=name, allow_ips=allow_ip or [], callback_url=callback_url, callback_key=callback_key,
                        timezone=timezone, language=language,  # type: ignore[arg-type]  # validated here
                        allow_private_callback=bool(allow_private_callback), access_url_days=access_url_days,
                        frame_ancestors=frame_ancestor or [])
    url = checked_callback(str(spec.callback_url) if spec.callback_url else None, spec.allow_private_callback)
    issued = admin(data_dir, lambda driver: tenants.create(
        driver, spec.name, [str(net) for net in spec.allow_ips], url, spec.callback_key, spec.timezone,
        spec.language, spec.allow_private_callback, spec.access_url_days, spec.frame_ancestors,
        bool(llm_interpretations), key_scope(scope), rate_limit))
    print_issued(issued)


@tenant_app.command("update")
def tenant_update(
    name: str,
    allow_ip: AllowIp = None,
    callback_url: Annotated[Optional[str], typer.Option(help="Partner endpoint for access URLs.")] = None,
    callback_key: Annotated[Optional[str], typer.Option(help="x-api-key sent to the callback.")] = None,
    language: Annotated[Optional[str], typer.Option(help="pt-BR or en.")] = None,
    allow_private_callback: AllowPrivate = None,
    access_url_days: AccessUrlDays = None,
    frame_ancestor: FrameAncestor = None,
    llm_interpretations: LlmInterpretations = None,
    rate_limit: RateLimitOption = None,
    data_dir: DataDir = None,
) -> None:
    """Change a tenant's settings (only those given); setting the callback URL re-enables it after a 410."""
    spec = TenantCreate(name=name, allow_ips=allow_ip or [], callback_url=callback_url, callback_key=callback_key,
                        language=language or "pt-BR", access_url_days=access_url_days,  # type: ignore[arg-type]
                        frame_ancestors=frame_ancestor or [])

    def change(driver: GraphDriver) -> tenants.Tenant:
        current = tenants.get(driver, spec.name)
        allow_private = current.allow_private_callback if allow_private_callback is None else allow_private_callback
        url = str(spec.callback_url) if spec.callback_url else None
        checked_callback(url or current.callback_url, allow_private)
        return tenants.update(driver, spec.name, tenants.TenantChanges(
            callback_url=url, callback_key=spec.callback_key, allow_private_callback=allow_private_callback,
            allow_ips=[str(net) for net in spec.allow_ips] if allow_ip else None, access_url_days=access_url_days,
            language=language and spec.language, frame_ancestors=spec.frame_ancestors if frame_ancestor else None,
            llm_interpretations=llm_interpretations, rate_limit=rate_limit))

    print_summary(admin(data_dir, change), None)


def print_summary(tenant: tenants.Tenant, listing: tenants.TenantListing | None) -> None:
    typer.echo(TenantSummary(
        tenant_id=tenant.id, team_id=tenant.team_id, name=tenant.name, allow_ips=list(tenant.allow_ips),
        callback_url=tenant.callback_url, timezone=tenant.timezone, language=tenant.language,
        allow_private_callback=tenant.allow_private_callback, access_url_days=tenant.access_url_days,
        callback_disabled=tenant.callback_disabled_at is not None,
        active_key_prefixes=list(listing.key_prefixes) if listing else [], patients=listing.patients if listing else 0,
    ).model_dump_json(exclude={"active_key_prefixes", "patients"} if listing is None else None))


@tenant_app.command("list")
def tenant_list(data_dir: DataDir = None) -> None:
    """List tenants (never their keys or secrets: only key prefixes) as JSON lines."""
    for listing in admin(data_dir, tenants.list_all):
        print_summary(listing.tenant, listing)


def key_scope(scope: str) -> tenants.Scope:
    if scope not in tenants.SCOPES:
        raise typer.BadParameter(f"scope must be one of {', '.join(tenants.SCOPES)}", param_hint="--scope")
    return scope  # type: ignore[return-value]  # checked just above


@tenant_app.command("rotate-key")
def tenant_rotate_key(name: str, scope: KeyScope = "emr", data_dir: DataDir = None) -> None:
    """Issue a new API key for the tenant; every previous key stops working at once."""
    print_issued(admin(data_dir, lambda driver: tenants.rotate_key(driver, name, key_scope(scope))))


@tenant_app.command("create-key")
def tenant_create_key(
    name: str, scope: KeyScope = "emr",
    label: Annotated[Optional[str], typer.Option(help="What the key is for (shown in listings).", max=100)] = None,
    data_dir: DataDir = None,
) -> None:
    """Issue one more API key for the tenant (its other keys keep working), e.g. an analyst's."""
    print_issued(admin(data_dir, lambda driver: tenants.create_key(driver, name, key_scope(scope), label)))


@tenant_app.command("rotate-webhook-secret")
def tenant_rotate_webhook_secret(
    name: str,
    grace_hours: Annotated[float, typer.Option(help="Hours the previous secret keeps signing beside the new one.",
                                               min=0, max=720)] = 24,
    data_dir: DataDir = None,
) -> None:
    """Issue a new webhook signing secret; both sign callbacks during the grace period."""
    print_issued(admin(data_dir, lambda driver: tenants.rotate_webhook_secret(driver, name,
                                                                               int(grace_hours * 3_600_000))))


@callbacks_app.command("list")
def callbacks_list(
    tenant: Annotated[Optional[str], typer.Option(help="Only this tenant's (by name).")] = None,
    failed: Annotated[bool, typer.Option("--failed", help="Only failed deliveries.")] = False,
    limit: Annotated[int, typer.Option(min=1, max=10_000)] = 100,
    data_dir: DataDir = None,
) -> None:
    """Deliveries with every attempt (time, status code, latency, error), newest first, as JSON lines."""
    def listed(driver: GraphDriver) -> list[callbacks.Listed]:
        tenant_id = tenants.get(driver, tenant).id if tenant else None
        return callbacks.page(driver, tenant_id, failed, limit, 0)[0]

    for item in admin(data_dir, listed):
        typer.echo(json.dumps({"tenant": item.tenant_name, **item.delivery, "attempt_log": item.attempts},
                              ensure_ascii=False))


@callbacks_app.command("resend")
def callbacks_resend(
    delivery_id: str,
    rotate: Annotated[bool, typer.Option("--rotate", help="For a delivered access URL: revoke it and deliver a new "
                                                          "one.")] = False,
    data_dir: DataDir = None,
) -> None:
    """Send a delivery again. A pending one is due at once; a settled one no longer holds its URL, so a new access
    URL is issued by the worker (a failed one's was never received; a delivered one's only with --rotate)."""
    def again(driver: GraphDriver) -> callbacks.Resend:
        found = callbacks.resend(driver, delivery_id)
        if found is None:
            raise CliError(f"no callback delivery {delivery_id!r}")
        if found.status == "delivered" and not rotate:
            raise CliError("already delivered; --rotate revokes that access URL and delivers a new one")
        return found

    found = admin(data_dir, again)
    with runtime.resolved(settings_for(data_dir)) as backends:
        from ingestion import broker as broker_setup

        broker_setup.configure(backends.redis_url)
        from ingestion.actors import deliver_access_url, deliver_callback

        if found.requeued:
            deliver_callback.send(delivery_id)
        else:
            deliver_access_url.send(found.tenant_id, found.patient_id, True)
    typer.echo(json.dumps({"delivery_id": delivery_id, "requeued": found.requeued, "rotated": not found.requeued}))


@app.command()
def audit(
    patient: Annotated[str, typer.Option("--patient", help="The patient's id (UUID).")],
    limit: Annotated[int, typer.Option(min=1, max=100_000)] = 1000,
    data_dir: DataDir = None,
) -> None:
    """Every read of the patient's data (API and page), oldest first, as JSON lines: time, tenant, key id, route
    and status. Kept after an erasure: the events hold ids, no personal data."""
    import redis

    from service.read_audit import events

    try:
        patient_id = str(uuid.UUID(patient))
    except ValueError:
        raise CliError(f"--patient takes the patient's UUID, not {patient!r}") from None
    with runtime.resolved(settings_for(data_dir)) as backends:
        client = redis.Redis.from_url(backends.redis_url)
        try:
            for event in events(client, patient_id, limit):
                typer.echo(json.dumps(event))
        finally:
            client.close()


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
            OSError)  # callback_target.TargetRefused is a ValueError


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

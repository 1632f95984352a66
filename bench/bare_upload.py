"""The upload floor: a bare Starlette app whose one POST endpoint streams the multipart file part to disk and makes
it durable, and does nothing else (no key, no patient, no graph record, no type sniffing, no broker).

    python -m bench.bare_upload --port 8001 --processes 2 --dir /tmp/bare

It stores the file as our upload does (service.upload_form's streaming python-multipart parser writing each
chunk on the event loop; then, as ingestion.storage.Incoming commits, in a thread: fsync, rename to the final
name, fsync of the directory), under uvicorn with the options `clinigraph serve` gives its API. bench.documents
drives it with the same wrk script, clients and duration as ours: the ratio of the two is what our upload adds
to the least any durable upload costs on this machine.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import uuid
from pathlib import Path
from typing import Any

import uvicorn
from python_multipart.multipart import MultipartParser, parse_options_header
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

DIR_ENV = "CLINIGRAPH_BENCH_BARE_DIR"


def write_all(fd: int, data: memoryview) -> None:
    while data:
        data = data[os.write(fd, data):]


def commit(fd: int, temp: str, target: Path) -> None:
    """What makes the file durable under its name, as storage.Incoming.commit does it."""
    os.fsync(fd)
    os.close(fd)
    os.replace(temp, target)
    directory = os.open(target.parent, os.O_RDONLY)
    try:
        os.fsync(directory)
    finally:
        os.close(directory)


async def upload(request: Request) -> Response:
    """The body's parts streamed to a file beside its final name (the wrk body has one part: the file)."""
    document_id = str(uuid.uuid4())
    target = Path(os.environ[DIR_ENV]) / document_id[:2] / document_id
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(dir=target.parent, prefix=".upload-")
    try:
        _, params = parse_options_header(request.headers.get("content-type"))
        parser = MultipartParser(params[b"boundary"], {
            "on_part_data": lambda data, start, end: write_all(fd, memoryview(data)[start:end])})
        async for chunk in request.stream():
            parser.write(chunk)
        parser.finalize()
    except BaseException:
        os.close(fd)
        Path(temp).unlink(missing_ok=True)
        raise
    await run_in_threadpool(commit, fd, temp, target)
    return JSONResponse({"document_id": document_id}, status_code=202)


app = Starlette(routes=[Route("/v1/patients/{patient_id}/prontuario-documents", upload, methods=["POST"])])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--processes", type=int, default=1)
    parser.add_argument("--dir", type=Path, required=True, help="Where the uploaded files are written.")
    args = parser.parse_args()
    os.environ[DIR_ENV] = str(args.dir)  # read by every uvicorn process
    # service.cli.run_api's options.
    options: dict[str, Any] = {"host": "127.0.0.1", "port": args.port, "log_config": None, "access_log": False,
                               "proxy_headers": False, "timeout_graceful_shutdown": 2}
    if args.processes == 1:
        uvicorn.Server(uvicorn.Config(app, **options)).run()
    else:
        uvicorn.run("bench.bare_upload:app", workers=args.processes, **options)


if __name__ == "__main__":
    main()

"""Read a multipart/form-data body as it streams in: text fields are kept, the one file part is handed to a
sink chunk by chunk. Starlette's form parser spools every file (to disk past 1 MB, one thread hop per chunk)
only for the upload to copy it again; here it is written once, where it will be stored."""

from __future__ import annotations

import codecs
from collections.abc import Callable
from dataclasses import dataclass, field

from python_multipart.exceptions import FormParserError
from python_multipart.multipart import MultipartParser, parse_options_header
from starlette.requests import Request

MAX_FIELD_BYTES = 1 << 20
Sink = Callable[[memoryview], None]


class FormError(ValueError):
    """The body is not a form that can be read; the message says why."""


@dataclass
class FilePart:
    filename: str
    content_type: str | None
    head: bytearray = field(default_factory=bytearray)  # the first bytes, to tell the file's type by
    size: int = 0


@dataclass
class StreamedForm:
    fields: dict[str, str]  # a repeated name keeps its last value
    file: FilePart | None  # the part named as the file field, if it carried a filename


@dataclass
class _Part:
    name: str
    is_file: bool
    data: bytearray = field(default_factory=bytearray)


class _FormReader:
    """python-multipart callbacks that sort parts into fields and the file."""

    def __init__(self, file_field: str, sink: Sink, charset: str, max_files: int, max_fields: int,
                 head_bytes: int) -> None:
        self.file_field, self.sink, self.charset = file_field, sink, charset
        self.max_files, self.max_fields, self.head_bytes = max_files, max_fields, head_bytes
        self.form = StreamedForm(fields={}, file=None)
        self.ended = False
        self._files = self._fields = 0
        self._headers: dict[bytes, bytes] = {}
        self._header_name = bytearray()
        self._header_value = bytearray()
        self._part: _Part | None = None

    def decode(self, raw: bytes | bytearray) -> str:
        try:
            return raw.decode(self.charset)
        except UnicodeDecodeError:
            return raw.decode("latin-1")

    def on_part_begin(self) -> None:
        self._headers.clear()

    def on_header_field(self, data: bytes, start: int, end: int) -> None:
        self._header_name += data[start:end]

    def on_header_value(self, data: bytes, start: int, end: int) -> None:
        self._header_value += data[start:end]

    def on_header_end(self) -> None:
        self._headers[bytes(self._header_name).lower()] = bytes(self._header_value)
        self._header_name.clear()
        self._header_value.clear()

    def on_headers_finished(self) -> None:
        _, options = parse_options_header(self._headers.get(b"content-disposition"))
        if b"name" not in options:
            raise FormError('The Content-Disposition header field "name" must be provided.')
        name = self.decode(options[b"name"])
        is_file = b"filename" in options
        if is_file:
            self._files += 1
            if self._files > self.max_files:
                raise FormError(f"Too many files. Maximum number of files is {self.max_files}.")
            if name == self.file_field:
                content_type = self._headers.get(b"content-type")
                self.form.file = FilePart(self.decode(options[b"filename"]),
                                          content_type.decode("latin-1") if content_type else None)
        else:
            self._fields += 1
            if self._fields > self.max_fields:
                raise FormError(f"Too many fields. Maximum number of fields is {self.max_fields}.")
        self._part = _Part(name, is_file)

    def on_part_data(self, data: bytes, start: int, end: int) -> None:
        part = self._part
        assert part is not None  # python-multipart calls on_headers_finished first
        if not part.is_file:
            if len(part.data) + end - start > MAX_FIELD_BYTES:
                raise FormError(f"Part exceeded maximum size of {MAX_FIELD_BYTES // 1024}KB.")
            part.data += data[start:end]
            return
        file = self.form.file
        if part.name != self.file_field or file is None:
            return  # a file under another name: counted against max_files, not kept
        chunk = memoryview(data)[start:end]
        if len(file.head) < self.head_bytes:
            file.head += chunk[: self.head_bytes - len(file.head)]
        file.size += len(chunk)
        self.sink(chunk)

    def on_part_end(self) -> None:
        part = self._part
        if part is not None and not part.is_file:
            self.form.fields[part.name] = self.decode(part.data)
        self._part = None

    def on_end(self) -> None:
        self.ended = True


async def read(request: Request, file_field: str, sink: Sink, *, max_files: int, max_fields: int,
               head_bytes: int) -> StreamedForm:
    """The form in `request`'s body, `file_field`'s bytes given to `sink` as they arrive (on the event loop:
    a page-cache write of one chunk costs less than the thread hop that would carry it). A body that is not
    multipart/form-data reads as an empty form."""
    content_type, params = parse_options_header(request.headers.get("content-type"))
    if content_type != b"multipart/form-data":
        return StreamedForm(fields={}, file=None)
    if b"boundary" not in params:
        raise FormError("Missing boundary in multipart.")
    try:
        charset = codecs.lookup(params.get(b"charset", b"utf-8").decode("latin-1")).name
    except LookupError:
        charset = "latin-1"
    reader = _FormReader(file_field, sink, charset, max_files, max_fields, head_bytes)
    parser = MultipartParser(params[b"boundary"], {
        "on_part_begin": reader.on_part_begin, "on_part_data": reader.on_part_data,
        "on_part_end": reader.on_part_end, "on_header_field": reader.on_header_field,
        "on_header_value": reader.on_header_value, "on_header_end": reader.on_header_end,
        "on_headers_finished": reader.on_headers_finished, "on_end": reader.on_end,
    })
    try:
        async for chunk in request.stream():
            parser.write(chunk)
        parser.finalize()
    except FormParserError as exc:
        raise FormError("Invalid multipart data.") from exc
    if not reader.ended:
        raise FormError("Invalid multipart data: the body ended before its closing boundary.")
    return reader.form

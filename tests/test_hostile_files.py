"""Hostile files: whatever a hospital uploads, the worker reading it either gets its text or fails the document
with an ExtractionError whose message a user can read. Never another exception (a crashed or retried step), a
hang, or memory beyond MAX_READ_RSS_MIB. Property-based: mutants of small valid seeds and random bytes under each
sniffed type (hypothesis), then hand-made bombs; every read happens in a stand-in worker process that measures it."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable, Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from starlette.exceptions import HTTPException

from ingestion import filetypes, records
from ingestion.extraction.pdf_pages import ADDRESS_SPACE
from schema.medical_data import FILE_MAX_BYTES, FileBase64, MedicalDataSubmit
from service.responses import InvalidRequest
from service.routes.medical_data import FILE_TYPES, decode_file, prepare
from tests import hostile_bombs as bombs
from tests.fixtures import doc_bytes, docx_bytes
from tests.hostile_inputs import docx_mutated_xml, mutated, png_with_crcs, random_file, seeds
from tests.hostile_worker import Outcome, Record, Worker

MB = 1024 * 1024
MAX_READ_RSS_MIB = 512  # a worker reading any one file stays under this much RSS above its baseline
MAX_CHILD_RSS_MIB = ADDRESS_SPACE // MB  # the PDF reader's child process (and antiword) stay under this
MAX_MESSAGE_CHARS = 500
KINDS = (filetypes.PDF, filetypes.PNG, filetypes.JPEG, filetypes.DICOM, filetypes.DOCX, filetypes.DOC)
# Each PDF read starts the reader's child process (about 0.5 s): fewer of them keep the suite near a minute.
EXAMPLES = {filetypes.PDF: 10, filetypes.PNG: 30, filetypes.JPEG: 30, filetypes.DICOM: 30, filetypes.DOCX: 30,
            filetypes.DOC: 30}

settings.register_profile("hostile", max_examples=30, deadline=None, derandomize=True, database=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
HOSTILE = settings.get_profile("hostile")


@pytest.fixture(scope="module")
def worker() -> Iterator[Worker]:
    reader = Worker()
    yield reader
    reader.close()


@pytest.fixture(scope="module")
def seed_files() -> dict[str, bytes]:
    return seeds(doc_bytes(docx_bytes()))


def settled(outcome: Outcome) -> Outcome:
    """The read ended as a document can settle — its text, or an ExtractionError with a sentence for the user —
    within the time and memory bounds."""
    assert outcome.kind in ("text", "error"), f"{outcome.kind} after {outcome.seconds:.1f} s: {outcome.detail}"
    if outcome.kind == "error":
        message = outcome.detail
        assert message.strip() and message.endswith(".") and len(message) <= MAX_MESSAGE_CHARS, message
        assert "Traceback" not in message and "Error:" not in message, message
    assert outcome.peak_mib <= MAX_READ_RSS_MIB, f"{outcome.peak_mib:.0f} MiB above the worker's baseline"
    assert outcome.children_mib <= MAX_CHILD_RSS_MIB, f"a child process reached {outcome.children_mib:.0f} MiB"
    return outcome


def _mutants(mime: str, seed: bytes) -> st.SearchStrategy[bytes]:
    """Byte-level mutants of the seed; for PNG also with their CRCs fixed, for DOCX also mutants of the XML."""
    if mime == filetypes.PNG:
        return mutated(seed) | mutated(seed).map(png_with_crcs)
    if mime == filetypes.DOCX:
        return mutated(seed) | docx_mutated_xml()
    return mutated(seed)


def test_sniffing_any_bytes_names_a_readable_type_or_none() -> None:
    @HOSTILE
    @given(st.sampled_from((b"", b"%PDF-", b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"PK\x03\x04",
                            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", b"\x08\x00\x05\x00")), st.binary(max_size=2048))
    def sniffed(prefix: bytes, noise: bytes) -> None:
        assert filetypes.sniff(prefix + noise) in (None, *KINDS)
        assert filetypes.describe(prefix + noise, None)

    sniffed()


@pytest.mark.parametrize("mime", KINDS)
def test_a_mutated_file_is_read_or_fails_with_a_reason(worker: Worker, seed_files: dict[str, bytes],
                                                        mime: str) -> None:
    seed = settled(worker.read(seed_files[mime], mime))
    assert seed.kind == "text" and seed.detail.strip(), "the seed itself must be readable"

    @settings(HOSTILE, max_examples=EXAMPLES[mime])
    @given(_mutants(mime, seed_files[mime]))
    def read(file: bytes) -> None:
        settled(worker.read(file, mime))

    read()


@pytest.mark.parametrize("mime", KINDS)
def test_random_bytes_of_a_sniffed_type_are_read_or_fail_with_a_reason(worker: Worker, mime: str) -> None:
    @settings(HOSTILE, max_examples=EXAMPLES[mime] // 2)
    @given(random_file(mime))
    def read(file: bytes) -> None:
        assert filetypes.sniff(file[:filetypes.HEAD_BYTES]) == mime  # what the upload would have stored
        settled(worker.read(file, mime))

    read()


Build = Callable[[dict[str, bytes]], bytes]
BOMBS: list[tuple[str, Build, str, str | None, str]] = [  # id, file, type, outcome expected (None: either), in it
    ("png-declaring-100k-x-100k", lambda _: bombs.png_declaring(100_000, 100_000), filetypes.PNG, "error",
     "grande demais"),
    ("png-declaring-8000-x-8000", lambda _: bombs.png_declaring(8_000, 8_000), filetypes.PNG, "error",
     "grande demais"),
    ("jpeg-declaring-65500-x-65500", lambda _: bombs.jpeg_declaring(65_500, 65_500), filetypes.JPEG, "error",
     "grande demais"),
    ("png-59-megapixels", lambda _: bombs.png_blank(7_700, 7_700), filetypes.PNG, "text", ""),
    ("png-5000-x-1", lambda _: bombs.png_blank(5_000, 1), filetypes.PNG, "text", ""),
    ("png-1-x-5000", lambda _: bombs.png_blank(1, 5_000), filetypes.PNG, "text", ""),
    ("png-ztxt-bomb", lambda _: bombs.png_text_bomb(), filetypes.PNG, None, ""),
    ("pdf-1-gb-flate-stream", lambda _: bombs.pdf_flate_bomb(), filetypes.PDF, None, ""),
    ("pdf-20k-x-20k-image", lambda _: bombs.pdf_huge_image(), filetypes.PDF, None, ""),
    ("pdf-nested-forms-300-cubed", lambda _: bombs.pdf_nested_forms(300, 3), filetypes.PDF, "error", "excedeu"),
    ("pdf-billion-characters", lambda _: bombs.pdf_text_amplification(), filetypes.PDF, "error", "PDF"),
    ("pdf-page-1e30-square", lambda _: bombs.pdf_page_size(b"[0 0 1e30 1e30]"), filetypes.PDF, None, ""),
    ("pdf-page-14400-x-1", lambda _: bombs.pdf_page_size(b"[0 0 14400 1]"), filetypes.PDF, "text", ""),
    ("pdf-page-3-x-14400", lambda _: bombs.pdf_page_size(b"[0 0 3 14400]"), filetypes.PDF, "text", ""),
    ("pdf-page-empty", lambda _: bombs.pdf_page_size(b"[0 0 0 0]"), filetypes.PDF, None, ""),
    ("pdf-array-100k-deep", lambda _: bombs.pdf_deep_array(100_000), filetypes.PDF, None, ""),
    ("pdf-page-tree-5000-deep", lambda _: bombs.pdf_deep_page_tree(5_000), filetypes.PDF, None, ""),
    ("pdf-claiming-a-billion-pages", lambda _: bombs.pdf_claiming_pages(10**9), filetypes.PDF, None, ""),
    ("docx-150-mb-zip-bomb", lambda _: bombs.docx_zip_bomb(), filetypes.DOCX, "error", "limite"),
    ("docx-17-mb-of-xml", lambda _: bombs.docx_huge_xml(), filetypes.DOCX, "error", "grande demais"),
    ("docx-tables-5000-deep", lambda _: bombs.docx_nested_tables(5_000), filetypes.DOCX, "error", "DOCX"),
    ("docx-tables-60-deep", lambda _: bombs.docx_nested_tables(60), filetypes.DOCX, "text", ""),
    ("docx-grid-span-1e8", lambda _: bombs.docx_grid_span(10**8), filetypes.DOCX, "text", "Losartana"),
    ("docx-entity-bomb", lambda _: bombs.docx_entity_bomb(), filetypes.DOCX, "error", "DOCX"),
    ("docx-30000-members", lambda _: bombs.docx_many_members(30_000), filetypes.DOCX, None, ""),
    ("doc-stream-claiming-4-gb", lambda seeds: bombs.doc_stream_size(seeds[filetypes.DOC], 0xFFFFFFF0),
     filetypes.DOC, None, ""),
    ("dicom-65535-square-2g-frames", lambda _: bombs.dicom_huge_dimensions(), filetypes.DICOM, "text", "65535"),
    ("dicom-sequences-5000-deep", lambda _: bombs.dicom_nested_sequences(5_000), filetypes.DICOM, "error", "DICOM"),
    ("dicom-element-claiming-4-gb", lambda _: bombs.dicom_huge_length(), filetypes.DICOM, None, ""),
]


@pytest.mark.parametrize(("build", "mime", "expected", "fragment"), [case[1:] for case in BOMBS],
                         ids=[case[0] for case in BOMBS])
def test_a_bomb_is_read_or_fails_with_a_reason(worker: Worker, seed_files: dict[str, bytes], build: Build,
                                               mime: str, expected: str | None, fragment: str) -> None:
    outcome = settled(worker.read(build(seed_files), mime))
    assert expected in (None, outcome.kind), outcome.detail
    assert fragment in outcome.detail


@settings(HOSTILE)
@given(st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
                    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
                    max_leaves=40),
       st.sampled_from((records.LAB_RESULTS, "clinical_note")))
def test_a_records_json_data_is_read_or_fails_with_a_reason(worker: Worker, data: object, data_type: str) -> None:
    """Any JSON the API accepts as `data`, stored as it stores it; lab_results also goes through the structured reader."""
    stored = json.dumps(data, ensure_ascii=False).encode()
    settled(worker.read_record(Record(None, "application/json", stored, records.JSON, data_type)))


RECORD_BOMBS = [  # id, data as stored, its format, outcome expected, in it
    ("json-100k-deep", b"[" * 100_000 + b"]" * 100_000, records.JSON, "error", "aninhados demais"),
    ("json-objects-5000-deep", b'{"a":' * 5_000 + b"1" + b"}" * 5_000, records.JSON, "error", "aninhados demais"),
    ("json-2-million-values", b"[" + b"0," * 2_000_000 + b"0]", records.JSON, "error", "grandes demais"),
    ("text-30-mb", b"Hemoglobina 14,2 g/dL. " * (30 * MB // 23), records.TEXT, "text", "Hemoglobina"),
    ("text-not-utf-8", b"Hemoglobina \xff\xfe", records.TEXT, "error", "UTF-8"),
]


@pytest.mark.parametrize(("data", "data_format", "expected", "fragment"), [case[1:] for case in RECORD_BOMBS],
                         ids=[case[0] for case in RECORD_BOMBS])
def test_a_records_hostile_data_is_read_or_fails_with_a_reason(worker: Worker, data: bytes, data_format: str,
                                                               expected: str, fragment: str) -> None:
    outcome = settled(worker.read_record(Record(None, "application/json", data, data_format, records.LAB_RESULTS)))
    assert outcome.kind == expected and fragment in outcome.detail, outcome.detail


@settings(HOSTILE, max_examples=200)
@given(st.binary(max_size=4096), st.sampled_from(("", "data:application/pdf;base64,")), st.booleans())
def test_file_base64_decodes_exactly_what_was_encoded(file: bytes, prefix: str, wrapped: bool) -> None:
    """Standard base64 with a `data:` prefix or line breaks is the file's bytes; an empty file is refused."""
    encoded = base64.encodebytes(file).decode() if wrapped else base64.b64encode(file).decode()
    if not file:
        with pytest.raises(InvalidRequest):
            decode_file(prefix + encoded)
        return
    assert decode_file(prefix + encoded) == file


@settings(HOSTILE, max_examples=300)
@given(st.text(max_size=512) | st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=\n -_",
                                       max_size=512))
def test_a_hostile_file_base64_is_decoded_or_refused_as_a_request_error(content: str) -> None:
    """Any `content` string ends as the file's bytes, a 422 or a 413: never an unhandled error on the API."""
    try:
        decoded = decode_file(content)
    except (InvalidRequest, HTTPException):
        return
    assert 0 < len(decoded) <= FILE_MAX_BYTES


@settings(HOSTILE, max_examples=100)
@given(st.binary(min_size=1, max_size=4096) | mutated(docx_bytes()).filter(bool))
def test_a_submitted_file_is_accepted_only_as_a_type_the_workers_read(file: bytes) -> None:
    body = MedicalDataSubmit(patient_id="p1", data_type="clinical_note", file_base64=FileBase64(
        mime_type="application/pdf", content=base64.b64encode(file).decode(), file_name="laudo.pdf"))
    try:
        prepared = prepare(body)
    except InvalidRequest:
        return
    assert prepared.file == file and prepared.file_mime in FILE_TYPES

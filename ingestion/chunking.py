"""Pages → text chunks with page numbers and character offsets, for the graph hand-off."""

from __future__ import annotations

from graph.documents import TextChunk

MAX_CHUNK_CHARS = 1_500


def chunk_pages(pages: list[str], max_chars: int = MAX_CHUNK_CHARS) -> list[TextChunk]:
    """Split each page at line boundaries into chunks of at most `max_chars` (a longer line is cut);
    `start`/`end` are offsets into that page's text, so `page[start:end] == chunk.text`."""
    chunks: list[TextChunk] = []
    for number, text in enumerate(pages, start=1):
        start = 0
        while start < len(text):
            end = min(start + max_chars, len(text))
            if end < len(text):
                newline = text.rfind("\n", start, end)
                end = newline + 1 if newline > start else end
            if text[start:end].strip():
                chunks.append(TextChunk(seq=len(chunks), page=number, start=start, end=end, text=text[start:end]))
            start = end
    return chunks

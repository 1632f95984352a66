"""OCR with PaddleOCR's PP-OCR models through rapidocr (ONNX, shipped in its wheel: works offline)."""

from __future__ import annotations

import logging
import re
import threading
from functools import cache, lru_cache
from itertools import pairwise
from typing import Any

import cv2
import numpy as np

ENGINE = "rapidocr"
MAX_SIDE = 2000  # rapidocr scales every page's long side down to this (its Global.max_side_len)
MAX_ASPECT = 50  # longest side / shortest side rapidocr is given (bounded_aspect)
MAX_SKEW = 4.0  # degrees a scan is straightened by (deskewed); beyond it is a page put in sideways, not askew
SKEW_STEP = 0.1
SKEW_PROBE_WIDTH = 800  # the angle is found on the page scaled to this width
SKEW_GAIN = 1.10  # how much sharper the rows must get for a page to be turned
INK_BLOCK, INK_OFFSET = 25, 15  # adaptive threshold: neighbourhood (px at the probe width) and darkness margin
# A page read upright scores ≥ 0.94 on average per text line on every scanned, faxed and photographed report of the
# lab evaluations (93 pages); one fed upside down scores 0.70 (its lines read as garbage): below this, it is read
# turned over too and the better reading kept
UPRIGHT_SCORE = 0.85
# A screenshot of a document viewer (a 4K screen, the page a third of it): the page alone is read, its text at its own
# size (at the screen's, detection's 960 px scale leaves it a few pixels high and finds none)
PAGE_PROBE_WIDTH = 800
PAPER = 200  # grey level of a page's background; a viewer's or a desk's is darker
PAGE_FILL = 0.85  # share of the page's bounding box that is paper (its print is the rest)
PAGE_SHARE = 0.8  # a page taking more of the image is the image
# a sheet of two pages side by side: a gutter this many text heights wide within this share of the sheet's width of
# its middle; each side this many rows, this share of them a name with a number after it, this many names
TWO_UP_GUTTER, TWO_UP_CENTRE, TWO_UP_ROWS, TWO_UP_NAMED, TWO_UP_NAMES = 2.0, 0.1, 8, 0.4, 5
_NAME_WORD = re.compile(r"[^\W\d_]{3,}[,:.]?")
_Item = tuple[float, float, float, float, str]  # a box's middle and height down the page, its left and right, text
SIDEWAYS_SHARE = 3  # a page on end has this many times more text on end than across
_QUARTER_TURNS = (cv2.ROTATE_90_CLOCKWISE, cv2.ROTATE_90_COUNTERCLOCKWISE)
_lock = threading.Lock()


@lru_cache(maxsize=1)
def _engine() -> Any:
    from rapidocr import RapidOCR

    from schema.settings import Settings

    # Detection on the page scaled to ≤ 960 px and no 180° line classifier: on the corpus images this
    # halves the time and lowers the CER (bench.ocr), and a dense page of 8-pt text still reads with 0 % CER;
    # a page fed upside down or sideways is turned whole instead (read_text). A text box is kept from a mean score of
    # 0.3 (rapidocr's default 0.5):
    # a short name before dot leaders ("VCM..........:") scores below 0.5 and its whole line's name was lost;
    # 0.3 keeps it with the same CER on the corpus (bench.ocr), 0.2 reads no more.
    params: dict[str, object] = {"Global.log_level": "warning", "Global.use_cls": False,
                                 "Det.limit_type": "max", "Det.limit_side_len": 960, "Det.box_thresh": 0.3,
                                 "EngineConfig.onnxruntime.enable_cpu_mem_arena": True}  # ~12% faster
    threads = Settings().compute_threads
    if threads is not None:  # several worker processes share the cores: don't oversubscribe them
        params["EngineConfig.onnxruntime.intra_op_num_threads"] = threads
        params["EngineConfig.onnxruntime.inter_op_num_threads"] = 1
    engine = RapidOCR(params=params)
    # rapidocr installs its own coloured handler; send its warnings through ours (JSON) instead.
    rapid_log = logging.getLogger("RapidOCR")
    rapid_log.handlers[:] = []
    rapid_log.propagate = True
    return engine


def warm_up() -> None:
    """Load the models now (about 2 s) rather than on a worker's first scanned page."""
    _engine()


def preprocess(image: np.ndarray) -> np.ndarray:
    """Grey, and a 3×3 median filter on noisy scans (speckle and JPEG noise), which helps detection;
    clean renders pass through unfiltered."""
    grey = image if image.ndim == 2 else cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)
    filtered = cv2.medianBlur(grey, 3)
    noise = cv2.mean(cv2.absdiff(grey, filtered))[0]  # in uint8: no int16 copies of a 60-megapixel page
    return filtered if noise > 4.0 else grey


def deskewed(image: np.ndarray) -> np.ndarray:
    """A grey page turned upright when it was scanned or photographed a little askew (up to MAX_SKEW
    degrees): the angle whose horizontal projection of dark pixels has the sharpest rows, the classic
    projection-profile method (Postl 1986; Hull, "Document image skew detection", 1998). Text lines then lie
    on pixel rows, so a table's names and values far apart on one line stay on one line."""
    height, width = image.shape[:2]
    scale = min(1.0, SKEW_PROBE_WIDTH / width)
    small = cv2.resize(image, (max(1, round(width * scale)), max(1, round(height * scale))),
                       interpolation=cv2.INTER_AREA) if scale < 1 else image
    # Ink is what is darker than its neighbourhood: one global threshold (Otsu) takes a photo's shadow band
    # for ink, and the shadow has no skew to find.
    ink = (cv2.adaptiveThreshold(small, 1, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, INK_BLOCK, INK_OFFSET)
           > 0).astype(np.uint8)
    if ink.sum() == 0:
        return image
    centre = (small.shape[1] / 2, small.shape[0] / 2)

    @cache
    def sharpness(angle: float) -> float:
        turned = cv2.warpAffine(ink, cv2.getRotationMatrix2D(centre, angle, 1.0), (small.shape[1], small.shape[0]))
        return float(np.var(turned.sum(axis=1, dtype=np.float64)))

    angles = np.round(np.arange(-MAX_SKEW, MAX_SKEW + 1e-9, 5 * SKEW_STEP), 1)
    coarse = max(angles, key=sharpness)  # then refined around it, never beyond MAX_SKEW
    fine = np.round(np.arange(coarse - 4 * SKEW_STEP, coarse + 4 * SKEW_STEP + 1e-9, SKEW_STEP), 1)
    best = float(max(np.clip(fine, -MAX_SKEW, MAX_SKEW), key=sharpness))
    # Text lines make rows much sharper when set straight; a photo or noise barely changes: leave it.
    if abs(best) < SKEW_STEP * 1.5 or sharpness(best) <= sharpness(0.0) * SKEW_GAIN:
        return image
    matrix = cv2.getRotationMatrix2D((width / 2, height / 2), best, 1.0)
    cos, sin = abs(matrix[0, 0]), abs(matrix[0, 1])
    turned_width, turned_height = int(height * sin + width * cos), int(height * cos + width * sin)
    matrix[0, 2] += turned_width / 2 - width / 2  # a canvas the turned page fits in: no corner cut off
    matrix[1, 2] += turned_height / 2 - height / 2
    return cv2.warpAffine(image, matrix, (turned_width, turned_height), flags=cv2.INTER_LINEAR, borderValue=255)


def page_only(image: np.ndarray) -> np.ndarray:
    """The grey image cut to the page when it shows one page on a dark surround (a viewer's window, a screen): the
    largest connected paper-bright region, nearly a full rectangle, with the image outside it mostly dark."""
    height, width = image.shape[:2]
    scale = min(1.0, PAGE_PROBE_WIDTH / width)
    small = cv2.resize(image, (max(1, round(width * scale)), max(1, round(height * scale))),
                       interpolation=cv2.INTER_AREA) if scale < 1 else image
    paper = (small > PAPER).astype(np.uint8)
    count, _, stats, _ = cv2.connectedComponentsWithStats(paper, connectivity=4)
    if count < 2:
        return image
    largest = 1 + int(np.argmax(stats[1:, cv2.CC_STAT_AREA]))
    left, top, box_width, box_height, area = (int(value) for value in stats[largest])
    outside = np.ones(small.shape[:2], dtype=bool)
    outside[top:top + box_height, left:left + box_width] = False
    if area < PAGE_FILL * box_width * box_height or box_width * box_height > PAGE_SHARE * small.size \
            or not outside.any() or np.median(small[outside]) > PAPER // 2 \
            or _other_sheet(stats, largest, small.shape) or not _dark_around(small, left, top, box_width, box_height):
        return image
    x0, y0 = max(0, int(left / scale) - 4), max(0, int(top / scale) - 4)
    x1, y1 = min(width, int((left + box_width) / scale) + 4), min(height, int((top + box_height) / scale) + 4)
    return image[y0:y1, x0:x1]


def _other_sheet(stats: np.ndarray, largest: int, shape: tuple[int, ...]) -> bool:
    """Whether another paper-bright region away from the image's edges is a tenth of the page's size: a second card
    of a dark-mode app, not a viewer's toolbar (at an edge)."""
    height, width = shape[:2]
    for index in range(1, len(stats)):
        left, top, box_width, box_height, area = (int(value) for value in stats[index])
        edge = left == 0 or top == 0 or left + box_width == width or top + box_height == height
        if index != largest and not edge and area >= 0.1 * stats[largest][cv2.CC_STAT_AREA]:
            return True
    return False


def _dark_around(small: np.ndarray, left: int, top: int, width: int, height: int) -> bool:
    """Whether the surround just outside the page is dark on every side it has (a shadow across a photographed
    sheet leaves paper, only greyer, beyond the bright part: that part is no page)."""
    ring = 3
    sides = [small[max(0, top - ring):top, left:left + width],
             small[top + height:top + height + ring, left:left + width],
             small[top:top + height, max(0, left - ring):left],
             small[top:top + height, left + width:left + width + ring]]
    return all(np.median(side) < PAPER // 2 for side in sides if side.size)


def bounded_aspect(image: np.ndarray) -> np.ndarray:
    """The page, if more elongated than 1:MAX_ASPECT, first scaled as rapidocr would (long side MAX_SIDE) and
    then padded with white: rapidocr rounds each side to a multiple of 32, and a thinner page rounds to 0 px,
    which raises (ResizeImgError) instead of reading nothing."""
    height, width = image.shape[:2]
    if max(height, width) <= MAX_ASPECT * min(height, width):
        return image
    scale = MAX_SIDE / max(height, width)
    if scale < 1:
        size = (max(1, round(width * scale)), max(1, round(height * scale)))
        image = cv2.resize(image, size, interpolation=cv2.INTER_AREA)
        height, width = image.shape[:2]
    short = -(-max(height, width) // MAX_ASPECT)
    return cv2.copyMakeBorder(image, 0, max(0, short - height), 0, max(0, short - width), cv2.BORDER_CONSTANT,
                              value=255)


def shrunk(image: np.ndarray) -> np.ndarray:
    """The page scaled exactly as rapidocr's first step scales it (long side MAX_SIDE, sides rounded to multiples
    of 32, its interpolation), so the models see the same pixels but rapidocr keeps no full-resolution colour
    copies of a 60-megapixel page (about 450 MiB)."""
    height, width = image.shape[:2]
    if max(height, width) <= MAX_SIDE:
        return image
    ratio = MAX_SIDE / max(height, width)
    return cv2.resize(image, (round(int(width * ratio) / 32) * 32, round(int(height * ratio) / 32) * 32))


def _lines(boxes: np.ndarray, texts: tuple[str, ...]) -> str:
    """Rebuild reading order: boxes on the same visual row form one line, left to right, with a wide
    gap kept as two spaces so table columns stay apart. Rows are found in coordinates rotated by the
    page's median text angle, so a slightly rotated scan does not merge neighbouring rows. A sheet printed two
    pages to a side is read one page after the other."""
    kept = [(np.asarray(b, dtype=float), t) for b, t in zip(boxes, texts, strict=True) if t.strip()]
    if not kept:
        return ""
    angles = [np.arctan2(b[1, 1] - b[0, 1], b[1, 0] - b[0, 0]) for b, _ in kept]
    angle = float(np.median(angles))
    cos, sin = np.cos(angle), np.sin(angle)
    items = []
    for box, text in kept:
        x = box[:, 0] * cos + box[:, 1] * sin
        y = box[:, 1] * cos - box[:, 0] * sin
        items.append((float(y.mean()), float(y.max() - y.min()), float(x.min()), float(x.max()), text))
    items.sort(key=lambda item: item[0])
    height = float(np.median([item[1] for item in items]))
    if (pages := _two_pages(items, height)) is not None:
        return "\n\n".join(_rows_text(rows) for rows in pages)
    return _rows_text(_rows(items, height))


def _rows(items: list[_Item], height: float) -> list[list[_Item]]:
    rows: list[list[_Item]] = []
    for item in items:
        if rows and item[0] - np.mean([i[0] for i in rows[-1]]) <= 0.5 * height:
            rows[-1].append(item)
        else:
            rows.append([item])
    return rows


def _rows_text(rows: list[list[_Item]]) -> str:
    lines = []
    for row in rows:
        row.sort(key=lambda i: i[2])
        parts = [row[0][4]]
        for prev, cur in pairwise(row):
            char_width = (prev[3] - prev[2]) / max(len(prev[4]), 1)
            parts.append(("  " if cur[2] - prev[3] > 1.5 * char_width else " ") + cur[4])
        lines.append("".join(parts))
    return "\n".join(lines)


def _two_pages(items: list[_Item], height: float) -> tuple[list[list[_Item]], ...] | None:
    """The rows of the left and of the right page of a sheet printed two pages to a side ("2 páginas por folha"): a
    gutter down the sheet's middle that no text crosses, with a page's rows on each side — a name, then numbers (a
    table whose names stand apart from its values down the middle is one page: one side has names, the other
    numbers)."""
    left, right = min(item[2] for item in items), max(item[3] for item in items)
    spans = sorted((item[2], item[3]) for item in items)
    reach, gutter = spans[0][1], None
    for start, end in spans[1:]:
        middle = (reach + start) / 2
        centred = abs(middle - (left + right) / 2) <= TWO_UP_CENTRE * (right - left)
        if start - reach >= TWO_UP_GUTTER * height and centred:
            gutter = middle
            break
        reach = max(reach, end)
    if gutter is None:
        return None
    pages = (_rows([item for item in items if item[3] < gutter], height),
             _rows([item for item in items if item[2] > gutter], height))
    for rows in pages:
        named = [name for row in rows if (name := _named_value(row))]
        if len(rows) < TWO_UP_ROWS or len(named) < TWO_UP_NAMED * len(rows) or len(set(named)) < TWO_UP_NAMES:
            return None
    return pages


def _named_value(row: list[_Item]) -> str | None:
    """The first word of a row that starts with a word and has a number after it ("Eritrócitos  4,34 ×10^12/L"): a
    page's row, where a side of names or of values alone is half of one page (a unit first, "mmol/L  136 - 145", is
    a value's side)."""
    ordered = sorted(row, key=lambda item: item[2])
    first = ordered[0][4].split()[0].lower()
    numbered = any(char.isdigit() for item in ordered[1:] for char in item[4])
    return first if _NAME_WORD.fullmatch(first) and numbered else None


def read_text(image: np.ndarray) -> str:
    """Text of one page image (BGR or grey); an empty image has none. A page fed into a scanner the wrong way (its
    lines on end, or read poorly: upside down) is read again turned, and the best reading kept."""
    if image.size == 0:
        return ""
    page = shrunk(bounded_aspect(page_only(preprocess(image))))
    result = _recognised(deskewed(page))
    if _sideways(result):  # its lines stand on end: a page scanned sideways, read turned each way
        turned = [_recognised(deskewed(cv2.rotate(page, turn))) for turn in _QUARTER_TURNS]
        result = max([result, *turned], key=lambda reading: (not _sideways(reading), _confidence(reading)))
    elif result.txts and _confidence(result) < UPRIGHT_SCORE:  # perhaps upside down
        turned = _recognised(deskewed(cv2.rotate(page, cv2.ROTATE_180)))
        if _confidence(turned) > _confidence(result) and _characters(turned) >= _characters(result) / 2:
            result = turned  # (better read, and about as much of it: not a few lucky boxes)
    if result.boxes is None or not result.txts:
        return ""
    return _lines(np.asarray(result.boxes), tuple(result.txts))


def _recognised(prepared: np.ndarray) -> Any:
    with _lock:  # one inference at a time per process; onnxruntime already uses every core
        return _engine()(prepared)


def _sideways(result: Any) -> bool:
    """Whether the page's text is nearly all in boxes taller than wide: its lines run up or down the image (a box of
    one character, "5", may stand tall on an upright page: boxes count by their characters; a note printed up the
    margin of an upright page is a small part of it)."""
    if not result.txts:
        return False
    tall = _on_end(result)
    characters = np.array([len(text) for text in result.txts])
    return int(characters[tall].sum()) > SIDEWAYS_SHARE * int(characters[~tall].sum())


def _characters(result: Any) -> int:
    return sum(len(text) for text in result.txts) if result.txts else 0


def _confidence(result: Any) -> float:
    """The mean recognition score of the page's text lines that run across it (0 when it has none): a note printed up
    the margin reads well or badly whichever way the page is turned, the page's own lines say which way is up."""
    if not result.txts:
        return 0.0
    scores = np.asarray(result.scores, dtype=float)
    across = ~_on_end(result)
    return float(np.mean(scores[across])) if across.any() else float(np.mean(scores))


def _on_end(result: Any) -> np.ndarray:
    """Per text box, whether it stands taller than wide."""
    boxes = np.asarray(result.boxes, dtype=float)
    return np.linalg.norm(boxes[:, 3] - boxes[:, 0], axis=1) > np.linalg.norm(boxes[:, 1] - boxes[:, 0], axis=1)

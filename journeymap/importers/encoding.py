"""Which text encoding a CSV file is in, and decoding it strictly.

Order (each step only when the previous one cannot decide):
1. an explicit encoding (mapping ``encoding`` or ``--encoding``): used as is, errors are fatal;
2. a byte-order mark (UTF-8, UTF-16/32 LE/BE), or UTF-16 without one (NUL bytes in every pair);
3. strict UTF-8 (the usual case; legacy encodings rarely decode as valid UTF-8 by chance);
4. legacy candidates in which the mapping's headers actually appear after decoding: detectors
   alone misread short Chinese files (charset-normalizer calls a GBK file ``euc_jis_2004``);
5. charset-normalizer, restricted to the candidates that decode, and only then unrestricted.
"""
from __future__ import annotations

import codecs
from dataclasses import dataclass
from typing import Sequence

from ..i18n import gettext as _
from .errors import AmbiguousEncoding, ImportProblem, Undecodable

CANDIDATES = ("gb18030", "big5", "cp1252", "latin-1")   # latin-1 decodes anything: last
_SAMPLE = 1 << 16                                        # bytes looked at before a full decode
FEW_ROWS = 10   # up to this many lines, a detector's guess between two readable encodings is a coin toss
_BOMS = (  # longest first: the UTF-32 LE mark starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass(frozen=True)
class EncodingGuess:
    """The encoding used and how it was decided (for the import preview)."""
    encoding: str   # a Python codec name
    method: str     # explicit | bom | utf-8 | utf-16-nul | headers | detector | fallback
    detail: str     # one sentence for the UI

    def __str__(self) -> str:
        return f"{self.encoding} ({self.detail})"


def detect_encoding(data: bytes, *, expected_headers: Sequence[str] = (),
                    explicit: str | None = None, path: str = "") -> EncodingGuess:
    """Decide the encoding of ``data``; ``expected_headers`` are the columns the mapping names."""
    if explicit:
        return EncodingGuess(_codec_name(explicit, path), "explicit", _("given in the mapping or --encoding"))
    for bom, name in _BOMS:
        if data.startswith(bom):
            return EncodingGuess(name, "bom", _("byte-order mark of {name}").format(name=name.upper()))
    nul = _utf16_without_bom(data)
    if nul:
        return EncodingGuess(nul, "utf-16-nul", _("UTF-16 without a byte-order mark (NUL bytes)"))
    if _decodes(data, "utf-8"):
        return EncodingGuess("utf-8", "utf-8", _("valid UTF-8"))
    return _legacy(data, [h for h in expected_headers if h], path)


def decode_bytes(data: bytes, *, expected_headers: Sequence[str] = (), explicit: str | None = None,
                 path: str = "") -> tuple[str, EncodingGuess]:
    """Decode ``data`` strictly; a wrong explicit encoding is an ImportProblem naming the line."""
    guess = detect_encoding(data, expected_headers=expected_headers, explicit=explicit, path=path)
    enc = guess.encoding
    if guess.method == "explicit" and enc.replace("_", "-") in ("utf-8", "utf8") \
            and data.startswith(codecs.BOM_UTF8):
        enc = "utf-8-sig"   # "utf-8" given for a file with a BOM: do not keep the BOM in the header
    try:
        text = data.decode(enc)
    except UnicodeDecodeError as err:
        raise _undecodable(data, enc, err, path) from None
    except UnicodeError as err:   # codecs without positions (utf-7 and friends)
        raise Undecodable(f"{path}: cannot be read as {enc} ({err}); give the right encoding with "
                          "--encoding", path=path, encoding=enc, bad=str(err)) from None
    return text.lstrip("\ufeff"), guess


# Codecs Python knows that are not encodings of a text file: they would "decode" a CSV into
# something else (domain names, escapes) or fail on every byte.
_NOT_FILE_CODECS = {"undefined", "punycode", "idna", "unicode-escape", "raw-unicode-escape", "mbcs", "oem"}


def _codec_name(name: str, path: str) -> str:
    hint = "use a name such as utf-8, gb18030, big5, utf-16 or cp1252"
    shown = repr(name) if len(name) <= 60 else repr(name[:40]) + "..."
    try:
        info = codecs.lookup(name)
    except (LookupError, ValueError):   # ValueError: a NUL character in the name
        raise ImportProblem(f"{path}: unknown encoding {shown}; {hint}", path=path) from None
    if not info._is_text_encoding or info.name in _NOT_FILE_CODECS:
        raise ImportProblem(f"{path}: {shown} is not a text file encoding (it is a {info.name} transform); "
                            f"{hint}", path=path)
    return info.name


def _undecodable(data: bytes, enc: str, err: UnicodeDecodeError, path: str) -> Undecodable:
    line = data[:err.start].decode(enc, errors="replace").count("\n") + 1
    bad = data[err.start:err.start + 4].hex(" ")
    return Undecodable(
        f"{path}: line {line} cannot be read as {enc} (bytes {bad}); the file is in another encoding. "
        "Give the right one with --encoding (e.g. gb18030, big5, utf-16) or remove 'encoding' from "
        "the mapping to detect it", path=path, line=line, encoding=enc, bad=bad)


def _decodes(data: bytes, enc: str) -> bool:
    try:
        codecs.decode(data, enc)
    except UnicodeDecodeError:
        return False
    return True


def _prefix(data: bytes, enc: str) -> str | None:
    """The first _SAMPLE bytes decoded, tolerating a character cut at the end."""
    decoder = codecs.getincrementaldecoder(enc)(errors="strict")
    try:
        return decoder.decode(data[:_SAMPLE], final=len(data) <= _SAMPLE)
    except UnicodeDecodeError:
        return None


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:4096]
    if len(sample) < 4 or b"\x00" not in sample:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    if odd > 0.3 * half and even < 0.05 * half and _prefix(data, "utf-16-le") is not None:
        return "utf-16-le"
    if even > 0.3 * half and odd < 0.05 * half and _prefix(data, "utf-16-be") is not None:
        return "utf-16-be"
    return None


def _legacy(data: bytes, headers: list[str], path: str) -> EncodingGuess:
    texts = {enc: t for enc in CANDIDATES if (t := _prefix(data, enc)) is not None}
    # ASCII headers read the same in every candidate, so only non-ASCII ones can decide.
    if any(not h.isascii() for h in headers):
        for enc, text in texts.items():
            if all(h in text for h in headers) and _decodes(data, enc):
                return EncodingGuess(enc, "headers", _("the mapped column headers read correctly"))
    _refuse_a_coin_toss(data, texts, path)
    guess = _detector(data, list(texts))
    if guess:
        return guess
    return EncodingGuess("latin-1", "fallback", _("no better guess; characters may be wrong"))


def _refuse_a_coin_toss(data: bytes, texts: dict[str, str], path: str) -> None:
    """A short file that reads cleanly in two candidates, as different text, cannot be told apart:
    a 3-row GB18030 file read as Big5 gives wrong text and exit 0. Ask for --encoding instead."""
    if data.count(b"\n") > FEW_ROWS:
        return
    readable = [enc for enc in CANDIDATES if enc != "latin-1" and enc in texts and _decodes(data, enc)]
    if len(readable) < 2:
        return
    samples = [_first_non_ascii(codecs.decode(data, enc)) for enc in readable]
    if len(set(samples)) < 2:
        return
    shown = "; ".join(f"as {enc}: {sample!r}" for enc, sample in zip(readable, samples))
    raise AmbiguousEncoding(
        f"{path}: too few rows to tell the encoding: the file reads {shown}. Give the right one with "
        f"--encoding (e.g. --encoding {readable[0]}) or 'encoding' in the mapping", path=path,
        candidates=readable, samples=samples)


def _first_non_ascii(text: str, width: int = 24) -> str:
    at = next((i for i, c in enumerate(text) if not c.isascii()), 0)
    start = max(0, at - 4)
    return text[start:start + width].replace("\n", " ")


def _detector(data: bytes, decodable: list[str]) -> EncodingGuess | None:
    from charset_normalizer import from_bytes   # imported late: only legacy files need it
    for isolation in (decodable, None):
        if isolation == []:
            continue
        for match in from_bytes(data[:_SAMPLE * 4], cp_isolation=isolation):
            enc = codecs.lookup(match.encoding).name
            if _decodes(data, enc):
                return EncodingGuess(enc, "detector", _("guessed by charset-normalizer; check the preview"))
    return None

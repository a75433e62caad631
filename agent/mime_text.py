"""Turn raw message bytes into headers, readable body text and an attachment list.

Real mail declares the wrong charset, no charset, charsets Python has never heard of, broken
transfer encodings and truncated multiparts. Everything here degrades instead of raising: each
fallback is written to a list of human-readable defects so a collector can see why a message
reads oddly, and the rest of the pipeline always gets some text.
"""

from __future__ import annotations

import codecs
import hashlib
import re
from dataclasses import dataclass, field
from email import policy
from email.header import decode_header, make_header
from email.message import Message
from email.parser import BytesParser
from email.utils import getaddresses

# Replaces the quote container of an HTML reply so the text splitter sees a hard boundary.
QUOTE_SENTINEL = "\u2063QUOTEBOUNDARY\u2063"

# Charsets whose labels lie in practice: decode with the superset every mail client uses.
_SUPERSETS = {
    "ascii": "cp1252",
    "us_ascii": "cp1252",
    "latin_1": "cp1252",
    "iso8859_1": "cp1252",
    "iso_8859_1": "cp1252",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "shift_jis": "cp932",
    "sjis": "cp932",
    "x_sjis": "cp932",
    "euc_kr": "cp949",
    "ks_c_5601": "cp949",
    "ks_c_5601_1987": "cp949",
    "big5": "big5hkscs",
    "iso_8859_8_i": "iso8859_8",
    "unicode_1_1_utf_7": "utf_7",
    "x_user_defined": "cp1252",
    "tis_620": "cp874",
    "windows_874": "cp874",
    "utf8": "utf_8",
}

# Single-byte labels under which valid multi-byte UTF-8 is almost always a mislabel.
_SINGLE_BYTE = {"cp1252", "iso8859_15", "iso8859_2", "cp1250", "latin_1"}

_FOLD = re.compile(r"\s*[\r\n]+\s*")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)""", re.I)


@dataclass
class AttachmentPart:
    filename: str | None
    content_type: str
    payload: bytes
    inline: bool

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.payload).hexdigest()

    @property
    def is_pdf(self) -> bool:
        name = (self.filename or "").lower()
        return (
            self.content_type == "application/pdf"
            or name.endswith(".pdf")
            or self.payload[:5] == b"%PDF-"
        )


@dataclass
class Body:
    plain: list[str] = field(default_factory=list)
    html: list[str] = field(default_factory=list)
    attachments: list[AttachmentPart] = field(default_factory=list)


class _ModernPolicy(policy.EmailPolicy):
    """`policy.default` that parses each distinct header value once.

    The standard parser re-parses Content-Type on every access (several times per part), which
    made parsing the slowest step; header objects are immutable, so sharing them is safe.
    """

    def header_fetch_parse(self, name, value):
        if hasattr(value, "name") or len(value) > _MAX_MODERN_HEADER:
            return super().header_fetch_parse(name, value)
        key = (name, value)
        cached = _HEADER_CACHE.get(key)
        if cached is None:
            cached = super().header_fetch_parse(name, value)
            if len(_HEADER_CACHE) > 20000:
                _HEADER_CACHE.clear()
            _HEADER_CACHE[key] = cached
        return cached


_HEADER_CACHE: dict[tuple[str, str], object] = {}
MODERN = _ModernPolicy()

# Beyond these sizes the modern header parser takes seconds per message; compat32 does not.
_MAX_MODERN_PARTS = 500
_MAX_MODERN_HEADER = 8000


def parse(raw: bytes, defects: list[str]) -> tuple[Message, bool]:
    """Parse with the modern policy; fall back to compat32 when it cannot cope.

    Returns the message and whether the modern policy was used.
    """
    if raw.startswith(b"\xef\xbb\xbf"):
        defects.append("leading byte-order mark removed")
        raw = raw[3:]
    msg, modern = _parse(raw, defects)
    if not msg.keys():
        fixed = _repair_obsolete_headers(raw)
        if fixed != raw:
            repaired, modern = _parse(fixed, defects)
            if repaired.keys():
                defects.append("obsolete header syntax (space before colon) repaired")
                return repaired, modern
    return msg, modern


_OBS_HEADER = re.compile(rb"^([!-9;-~]+)[ \t]+:", re.M)


def _repair_obsolete_headers(raw: bytes) -> bytes:
    """RFC 5322 obsolete syntax allows "Subject  : x"; the email package does not."""
    ends = [i for i in (raw.find(b"\r\n\r\n"), raw.find(b"\n\n")) if i >= 0]
    cut = min(ends) if ends else len(raw)
    head, rest = raw[:cut], raw[cut:]
    if len(head) > 65536:
        return raw
    return _OBS_HEADER.sub(rb"\1:", head) + rest


def _parse(raw: bytes, defects: list[str]) -> tuple[Message, bool]:
    if raw.count(b"ontent-") > _MAX_MODERN_PARTS * 2:
        defects.append("very many MIME parts; parsed with the lenient compat32 policy")
        return BytesParser(policy=policy.compat32).parsebytes(raw), False
    try:
        return BytesParser(policy=MODERN).parsebytes(raw), True
    except Exception as exc:  # noqa: BLE001 - any parser failure means "use the fallback"
        defects.append(f"modern parser failed ({type(exc).__name__}); parsed with compat32")
        return BytesParser(policy=policy.compat32).parsebytes(raw), False


def _raw_header(msg: Message, name: str) -> str | None:
    for key, value in msg.raw_items():
        if key.lower() == name:
            return value if isinstance(value, str) else str(value)
    return None


def _raw_header_all(msg: Message, name: str) -> list[str]:
    return [str(v) for k, v in msg.raw_items() if k.lower() == name]


def _decode_8bit_header(value: str, defects: list[str], name: str) -> str:
    """Headers read from bytes keep raw 8-bit octets as surrogates; decode them properly."""
    try:
        data = value.encode("ascii", "surrogateescape")
    except UnicodeEncodeError:
        return value
    if data.isascii():
        return value
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        text = decode_bytes(data, None, defects, f"{name} header")
        return text


def _decode_words(value: str, defects: list[str], name: str) -> str:
    value = _decode_8bit_header(value, defects, name)
    if "=?" not in value:
        return _unfold(value)
    try:
        return _unfold(str(make_header(decode_header(value))))
    except Exception:  # noqa: BLE001 - bad encoded words: decode each one leniently
        defects.append(f"undecodable encoded words in {name} header")
        out = []
        try:
            for chunk, charset in decode_header(value):
                if isinstance(chunk, bytes):
                    out.append(decode_bytes(chunk, charset, [], name))
                else:
                    out.append(chunk)
            return _unfold("".join(out))
        except Exception:  # noqa: BLE001
            return _unfold(value)


def _unfold(value: str) -> str:
    return _FOLD.sub(" ", value).strip()


def header_text(msg: Message, name: str, defects: list[str]) -> str | None:
    """A header as readable text (RFC 2047 and raw 8-bit decoded), or None when absent."""
    raw = _raw_header(msg, name)
    if raw is None:
        return None
    return _decode_words(raw, defects, name)


def header_all(msg: Message, name: str, defects: list[str]) -> list[str]:
    return [_decode_words(v, defects, name) for v in _raw_header_all(msg, name)]


_BARE_ADDRESS = re.compile(r"[\w.+\-=']+@[\w\-]+(?:\.[\w\-]+)+")


def addresses(msg: Message, name: str, defects: list[str]) -> list[tuple[str, str]]:
    """(display name, lower-case address) pairs of an address header."""
    raw_values = _raw_header_all(msg, name)
    if not raw_values:
        return []
    pairs: list[tuple[str, str]] | None = None
    if isinstance(msg.policy, policy.EmailPolicy) and all(
        len(v) < _MAX_MODERN_HEADER for v in raw_values
    ):
        try:
            pairs = [
                (a.display_name or "", a.addr_spec or "")
                for h in msg.get_all(name, [])
                for a in h.addresses
            ]
        except Exception:  # noqa: BLE001 - the compat32 route below copes with more
            pairs = None
    if pairs is None:
        try:
            pairs = [(_decode_words(d, defects, name), a) for d, a in getaddresses(raw_values)]
        except Exception:  # noqa: BLE001
            defects.append(f"unparseable {name} header; addresses picked out by pattern")
            pairs = [("", a) for v in raw_values for a in _BARE_ADDRESS.findall(v)]
    out = []
    for display, addr in pairs:
        addr = _decode_8bit_header(addr, [], name).strip().strip("<>").lower()
        if not addr or "@" not in addr:
            continue
        display = _decode_8bit_header(display, [], name)
        out.append((display.strip().strip('"').strip(), addr))
    return out


def codec_for(charset: str | None) -> str | None:
    """The Python codec to decode a declared charset with, or None if unknown."""
    if not charset:
        return None
    label = charset.strip().strip("\"'").lower()
    key = _NON_ALNUM.sub("_", label).strip("_")
    if key in _SUPERSETS:
        return _SUPERSETS[key]
    try:
        name = codecs.lookup(label).name
    except LookupError:
        try:
            name = codecs.lookup(key).name
        except LookupError:
            return None
    norm = _NON_ALNUM.sub("_", name)
    return _SUPERSETS.get(norm, name)


def decode_bytes(data: bytes, declared: str | None, defects: list[str], where: str) -> str:
    """Decode text bytes trusting the declaration only as far as the bytes agree with it."""
    if not data:
        return ""
    codec = codec_for(declared)
    if declared and codec is None:
        defects.append(f"unknown charset {declared!r} in {where}")
    if data.isascii() and b"\x1b" not in data:
        if codec in (None, "cp1252", "ascii", "utf-8", "utf_8") or not codec:
            return data.decode("ascii")
    if codec:
        if codec in _SINGLE_BYTE and not data.isascii():
            try:
                text = data.decode("utf-8")
                defects.append(f"{where} declared {declared} but is UTF-8")
                return text
            except UnicodeDecodeError:
                pass
        try:
            return data.decode(codec)
        except (UnicodeDecodeError, LookupError):
            defects.append(f"{where} is not valid {declared}")
    if b"\x1b$B" in data or b"\x1b(B" in data:
        try:
            return data.decode("iso2022_jp")
        except UnicodeDecodeError:
            pass
    try:
        text = data.decode("utf-8")
        if not declared:
            defects.append(f"{where} has no charset; read as UTF-8")
        return text
    except UnicodeDecodeError:
        pass
    if _looks_single_byte_latin(data):
        # Short European text (an out-of-office in German, say) fools statistical detectors
        # into East Asian double-byte codecs; isolated high bytes are the signature of Latin-1.
        try:
            text = data.decode("cp1252")
            defects.append(f"{where}: not valid {declared or 'UTF-8'}; read as windows-1252")
            return text
        except UnicodeDecodeError:
            pass
    detected = _detect(data)
    if detected:
        defects.append(f"{where}: charset detected as {detected}")
        try:
            return data.decode(detected, errors="replace")
        except LookupError:
            pass
    defects.append(f"{where}: charset unknown; read as windows-1252")
    return data.decode("cp1252", errors="replace")


def _looks_single_byte_latin(data: bytes) -> bool:
    """High bytes that stand alone between ASCII letters: é, ü, ñ in Latin-1/Windows-1252.
    Double-byte encodings put high bytes in pairs."""
    high = [i for i, b in enumerate(data) if b >= 0x80]
    if not high or len(high) > len(data) * 0.2:
        return False
    paired = sum(1 for i in high if i + 1 < len(data) and data[i + 1] >= 0x80)
    return paired <= len(high) * 0.1


def _detect(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data[:20000]).best()
    return best.encoding if best is not None else None


def _payload(part: Message, defects: list[str], where: str) -> bytes:
    try:
        data = part.get_payload(decode=True)
    except Exception as exc:  # noqa: BLE001
        defects.append(f"{where}: could not decode transfer encoding ({type(exc).__name__})")
        raw = part.get_payload()
        data = raw.encode("utf-8", "surrogateescape") if isinstance(raw, str) else b""
    if data is None:
        return b""
    return data


def _filename(part: Message, defects: list[str]) -> str | None:
    try:
        name = part.get_filename()
    except Exception:  # noqa: BLE001
        defects.append("unreadable attachment filename")
        return None
    if name is None:
        return None
    name = _decode_words(str(name), defects, "filename")
    return name or None


def _disposition(part: Message) -> str | None:
    try:
        return part.get_content_disposition()
    except Exception:  # noqa: BLE001
        return None


def _content_type(part: Message) -> str:
    try:
        return part.get_content_type()
    except Exception:  # noqa: BLE001
        return "application/octet-stream"


def _charset(part: Message) -> str | None:
    try:
        value = part.get_param("charset")
    except Exception:  # noqa: BLE001
        return None
    if isinstance(value, tuple):  # RFC 2231 form
        value = value[2]
    return str(value) if value else None


def _part_text(part: Message, ctype: str, defects: list[str]) -> str:
    data = _payload(part, defects, ctype)
    declared = _charset(part)
    if declared is None and ctype == "text/html":
        m = _META_CHARSET.search(data[:4096])
        if m:
            declared = m.group(1).decode("ascii", "replace")
    return decode_bytes(data, declared, defects, f"{ctype} body")


def _message_bytes(part: Message) -> bytes:
    """The bytes of an enclosed message, rebuilt from what the parser kept."""
    try:
        payload = part.get_payload()
        inner = payload[0] if isinstance(payload, list) and payload else payload
        if isinstance(inner, Message):
            return _flatten(inner, 0)
        if isinstance(inner, str):
            return inner.encode("utf-8", "surrogateescape")
    except Exception:  # noqa: BLE001
        pass
    return b""


def _flatten(msg: Message, depth: int) -> bytes:
    # The email generator refolds every header and costs milliseconds per enclosed message;
    # writing back the raw headers and payloads is enough to size and fingerprint it.
    out = bytearray()
    for name, value in msg.raw_items():
        out += f"{name}: {value}\n".encode("utf-8", "surrogateescape")
    out += b"\n"
    payload = msg.get_payload()
    if isinstance(payload, list):
        if depth > 40:
            return bytes(out)
        boundary = None if _content_type(msg) == "message/rfc822" else _boundary(msg)
        for child in payload:
            if isinstance(child, Message):
                if boundary:
                    out += f"--{boundary}\n".encode("utf-8", "surrogateescape")
                out += _flatten(child, depth + 1)
        if boundary:
            out += f"--{boundary}--\n".encode("utf-8", "surrogateescape")
    elif isinstance(payload, str):
        out += payload.encode("utf-8", "surrogateescape")
    elif isinstance(payload, bytes):
        out += payload
    return bytes(out)


def _boundary(msg: Message) -> str | None:
    try:
        return msg.get_boundary()
    except Exception:  # noqa: BLE001
        return None


_SKIP_TYPES = {"message/delivery-status", "text/rfc822-headers", "message/disposition-notification",
               "message/feedback-report", "application/pgp-signature", "application/pkcs7-signature",
               "application/x-pkcs7-signature"}


def extract(msg: Message, defects: list[str]) -> Body:
    """Walk the MIME tree once: body text (best alternative) and attachments."""
    body = Body()
    _walk(msg, body, defects, take_text=True, depth=0)
    return body


def _walk(part: Message, body: Body, defects: list[str], take_text: bool, depth: int) -> None:
    if depth > 40:
        defects.append("MIME nesting too deep; inner parts ignored")
        return
    ctype = _content_type(part)
    for d in getattr(part, "defects", []) or []:
        defects.append(describe_defect(d))
    if ctype == "message/rfc822":
        payload = _message_bytes(part)
        body.attachments.append(
            AttachmentPart(_filename(part, defects) or None, ctype, payload,
                           _disposition(part) == "inline")
        )
        return
    if part.is_multipart():
        children = part.get_payload()
        if not isinstance(children, list):
            return
        children = [c for c in children if isinstance(c, Message)]
        if ctype == "multipart/alternative" and take_text:
            chosen = _choose_alternative(children)
            for child in children:
                _walk(child, body, defects, take_text=child is chosen, depth=depth + 1)
        else:
            for child in children:
                _walk(child, body, defects, take_text=take_text, depth=depth + 1)
        return
    if ctype in _SKIP_TYPES:
        return
    disposition = _disposition(part)
    filename = _filename(part, defects)
    if ctype in ("text/plain", "text/html") and disposition != "attachment" and not filename:
        if take_text:
            text = _part_text(part, ctype, defects)
            (body.plain if ctype == "text/plain" else body.html).append(text)
        return
    if ctype.startswith("multipart/"):
        # A multipart whose boundary never appears: its body is all the text there is.
        if take_text:
            data = _payload(part, defects, ctype)
            if data.strip():
                body.plain.append(decode_bytes(data, _charset(part), defects, "unsplit multipart body"))
        return
    payload = _payload(part, defects, ctype)
    if ctype == "application/ms-tnef" and not filename:
        filename = "winmail.dat"
    inline = disposition == "inline" or (disposition is None and part.get("Content-ID") is not None)
    body.attachments.append(AttachmentPart(filename, ctype, payload, inline))


def _choose_alternative(children: list[Message]) -> Message | None:
    """Prefer the plain-text alternative; HTML (possibly inside multipart/related) otherwise."""
    plain = [c for c in children if _content_type(c) == "text/plain" and _has_text(c)]
    if plain:
        return plain[-1]
    return children[-1] if children else None


def _has_text(part: Message) -> bool:
    # Some clients send an empty text/plain beside the real HTML body.
    try:
        data = part.get_payload(decode=True)
    except Exception:  # noqa: BLE001
        return True
    return bool(data and data.strip())


def describe_defect(defect: object) -> str:
    name = type(defect).__name__.removesuffix("Defect")
    words = re.sub(r"(?<!^)(?=[A-Z])", " ", name).lower()
    detail = str(defect).strip()
    return f"{words}: {detail}" if detail and detail.lower() != words else words


def html_to_text(html: str, defects: list[str]) -> str:
    """Readable text of an HTML body, tables kept as rows; the quoted part marked off."""
    try:
        return _html_with_inscriptis(html)
    except Exception as exc:  # noqa: BLE001 - fall back to a tag stripper
        defects.append(f"HTML conversion failed ({type(exc).__name__}); tags stripped")
        return _strip_tags(html)


_QUOTE_XPATH = (
    "//div[contains(concat(' ', normalize-space(@class), ' '), ' gmail_quote ')]"
    " | //div[contains(@class, 'gmail_quote_container')]"
    " | //blockquote[@type='cite']"
    " | //div[contains(@class, 'moz-cite-prefix')]"
    " | //div[@id='divRplyFwdMsg']"
    " | //div[@id='appendonsend']"
    " | //*[@id='OLK_SRC_BODY_SECTION']"
    " | //div[contains(@class, 'yahoo_quoted')]"
    " | //div[contains(@class, 'OutlookMessageHeader')]"
    " | //div[contains(translate(@style, ' ', ''), 'border-top:solid#E1E1E1')]"
    " | //div[contains(translate(@style, ' ', ''), 'border-top:solid#B5C4DF')]"
    " | //blockquote"
    " | //hr[@id='stopSpelling']"
)


def _html_with_inscriptis(html: str) -> str:
    import lxml.html
    from inscriptis import Inscriptis
    from inscriptis.model.config import ParserConfig

    html = html.strip()
    if not html:
        return ""
    # lxml refuses str input that declares an encoding.
    html = re.sub(r"^<\?xml[^>]*\?>", "", html)
    tree = lxml.html.fromstring(html)
    marks = tree.xpath(_QUOTE_XPATH)
    if marks:
        first = min(marks, key=_doc_position(tree))
        sentinel = lxml.html.Element("p")
        sentinel.text = QUOTE_SENTINEL
        parent = first.getparent()
        if parent is not None:
            first.addprevious(sentinel)
    for rule in tree.iter("hr"):
        # Rendered as the rule line Outlook puts above a quoted header block.
        rule.tag = "div"
        rule.text = "_" * 32
    config = ParserConfig(display_links=False, display_images=False)
    text = Inscriptis(tree, config).get_text()
    # Nesting depth of divs shows up as indentation that means nothing to a reader.
    return "\n".join(line.strip() for line in text.split("\n"))


def _doc_position(tree):
    order = {el: i for i, el in enumerate(tree.iter())}
    return lambda el: order.get(el, 1 << 30)


_TAG = re.compile(r"<[^>]*>")


def _strip_tags(html: str) -> str:
    import html as html_lib

    html = re.sub(r"(?is)<(script|style)[^>]*>.*?</\1>", " ", html)
    html = re.sub(r"(?i)<br\s*/?>|</p>|</div>|</tr>|</li>", "\n", html)
    return html_lib.unescape(_TAG.sub(" ", html))

"""Separate what the sender just wrote from the thread quoted below it, and its signature.

Only the new text counts when reading a customer's reply: the quoted part is usually our own
dunning letter, and reading it would make every reply look like a payment reminder. Mail
clients mark quotes in many ways (Gmail "On … wrote:", Outlook header blocks and separators,
`>` prefixes, forwarded-message banners, each localised), so the rules below look for any of
them and cut at the earliest one that is really a quote.
"""

from __future__ import annotations

import re

from agent.mime_text import QUOTE_SENTINEL

_ORIGINAL = re.compile(
    r"^[\s>*]*-{2,}\s*(original message|mensaje original|message d'origine|"
    r"ursprüngliche nachricht|originalnachricht|oorspronkelijk bericht|messaggio originale|"
    r"mensagem original|oprindelig meddelelse|opprinnelig melding|ursprungligt meddelande|"
    r"alkuperäinen viesti|původní zpráva|wiadomość oryginalna|исходное сообщение|"
    r"eredeti üzenet)\s*-{2,}\s*$",
    re.I,
)
_FORWARD = re.compile(
    r"^[\s>*]*(-{2,}\s*(forwarded message|mensaje reenviado|message transféré|"
    r"weitergeleitete nachricht|doorgestuurd bericht|messaggio inoltrato|"
    r"mensagem encaminhada|videresendt meddelelse|пересылаемое сообщение)\s*-{2,}|"
    r"begin forwarded message:|anfang der weitergeleiteten nachricht:|"
    r"début du message (réexpédié|transféré)\s?:|inicio del mensaje reenviado:)\s*$",
    re.I,
)
_UNDERSCORES = re.compile(r"^\s*_{8,}\s*$")
_FROM_LINE = re.compile(
    r"^[\s*>]*(from|de|von|van|da|fra|från|od|lähettäjä|feladó|от|expéditeur|remitente)"
    r"\s*:\s*\*?\s*\S",
    re.I,
)
_HEADER_LINE = re.compile(
    r"^[\s*>]*(sent|date|to|subject|cc|envoyé|à|a|objet|gesendet|datum|an|betreff|"
    r"enviado|enviada|fecha|para|asunto|inviato|data|oggetto|verzonden|aan|onderwerp|"
    r"sendt|til|emne|skickat|till|ämne|lähetetty|vastaanottaja|aihe|odesláno|komu|"
    r"předmět|отправлено|кому|тема|dátum|címzett|tárgy|cc|kopie|copie)\s*:",
    re.I,
)
_ATTRIBUTION = [
    re.compile(p, re.I | re.S)
    for p in (
        r"^on\b.{0,400}\b(wrote|writes)\s*:$",
        r"^el\b.{0,400}\bescribió\s*:$",
        r"^le\b.{0,400}\ba écrit\s*:$",
        r"^am\b.{0,400}\bschrieb\b.{0,200}:$",
        r"^il\b.{0,400}\bha scritto\s*:$",
        r"^op\b.{0,400}\bschreef\b.{0,200}:$",
        r"^em\b.{0,400}\bescreveu\s*:$",
        r"^(den|på)\b.{0,400}\bskrev\b.{0,200}:$",
        r"^(w dniu|dnia)\b.{0,400}\bnapisał\w*(\(a\))?\s*:$",
        r"^.{0,400}(пишет|написал\w*)\s*:$",
        r"^.{0,400}\bkirjoitti\s*:$",
        r"^.{0,400}\bírta\s*:$",
        # "Jane Doe <jane@x.com> wrote:" or "tir. 18. apr. 2017 kl. 13:09 skrev …:" in any order
        r"^(?=.{0,500}(@|\d)).{0,500}$",
    )
]
_ATTR_END = re.compile(
    r"(wrote|writes|escribió|a écrit|schrieb.{0,200}|ha scritto|schreef.{0,200}|escreveu|"
    r"skrev.{0,200}|napisał\w*(\(a\))?|пишет|написал\w*|kirjoitti|írta|escreveu)\s*:\s*$",
    re.I,
)
_QUOTED = re.compile(r"^\s*>")
_BLANK_RUN = re.compile(r"\n{3,}")
_SHORT_RULE = re.compile(r"\s*[-_=*~]{3,}\s*")
# "30.09.2017, 18.30, "John" <john@x.com>:" — a time of day, an address, a final colon.
_DATED_ADDRESS = re.compile(
    r"^(?=.{0,300}\b\d{1,2}[:.h]\d{2}\b).{0,300}(<[^<>\s]+@[^<>\s]+>|\S+@\S+\.\w+)\s*>?:$"
)
_WROTE_NO_COLON = re.compile(r"^on\b.{0,400}@.{0,200}\bwrote$", re.I)
_ZOHO = re.compile(r"^-{2,}\s*on\b.{0,400}\bwrote\s*-{2,}$", re.I)
_RULE = re.compile(r"^\s*([-_=*~—]\s*){5,}$")


def _is_attribution(lines: list[str], i: int, depth: int = 0) -> int:
    """Number of lines (1–3) of an "On … wrote:" attribution starting at line i, else 0."""
    first = lines[i].strip().lstrip("*").strip()
    if not first or len(first) > 500:
        return 0
    joined = first
    for span in range(1, 4):
        if span > 1:
            if i + span - 1 >= len(lines):
                return 0
            nxt = lines[i + span - 1].strip()
            # Gmail may wrap the closing ">:" of the address onto a line of its own.
            if not nxt or (_QUOTED.match(nxt) and not re.fullmatch(r">\s*:", nxt)):
                return 0
            joined = f"{joined} {nxt}"
            if len(joined) > 500:
                return 0
        if joined.endswith(":") and _ATTR_END.search(joined):
            if not any(p.match(joined) for p in _ATTRIBUTION):
                return 0
        elif not (
            (joined.endswith(":") and _DATED_ADDRESS.match(joined))
            or (joined.endswith("wrote") and _WROTE_NO_COLON.match(joined))
        ):
            continue
        # Prefer the attribution that starts on a later line: a sentence of the reply must
        # not be swallowed just because the attribution follows it without a blank line.
        if span > 1 and depth < 3:
            for k in range(1, span):
                if _is_attribution(lines, i + k, depth + 1) and (
                    not _continues(lines, i) or _STRONG_START.match(lines[i + k])
                ):
                    return 0
        return span
    return 0


_STRONG_START = re.compile(r"^[\s*>]*(on|le|el|am|il|op|em|den|på|w dniu|dnia)\s", re.I)
_CONTINUED_END = re.compile(r"[<(,\"]\s*$")
_CONTINUED_START = re.compile(
    r"^\s*(\S+@\S+|[<(]|wrote|a écrit|escribió|schrieb|написал|napisał|skrev|kirjoitti|"
    r"ha scritto|escreveu|schreef|at \d)",
    re.I,
)


def _continues(lines: list[str], i: int) -> bool:
    """Whether line i is visibly cut mid-attribution (wrapped address, trailing comma)."""
    return bool(_CONTINUED_END.search(lines[i])) or (
        i + 1 < len(lines) and bool(_CONTINUED_START.match(lines[i + 1]))
    )


def _is_header_block(lines: list[str], i: int) -> bool:
    """An Outlook-style "From: … Sent: … To: … Subject:" block starting at line i."""
    if _FROM_LINE.match(lines[i]):
        for j in range(i + 1, min(i + 4, len(lines))):
            if _HEADER_LINE.match(lines[j]):
                return True
        return False
    if not _HEADER_LINE.match(lines[i]):
        return False
    # Hotmail and some webmails put Date/Subject before From: need From and two others.
    window = lines[i: i + 6]
    return sum(1 for ln in window if _HEADER_LINE.match(ln)) >= 2 and any(
        _FROM_LINE.match(ln) for ln in window
    )


def _hard_boundary(lines: list[str], i: int) -> bool:
    line = lines[i]
    if QUOTE_SENTINEL in line:
        return True
    if _ORIGINAL.match(line) or _FORWARD.match(line) or _ZOHO.match(line):
        return True
    if _UNDERSCORES.match(line):
        for j in range(i + 1, min(i + 4, len(lines))):
            if lines[j].strip():
                return _is_header_block(lines, j)
        return False
    return _is_header_block(lines, i)


def split_quoted(text: str) -> tuple[str, str]:
    """(new text, quoted text) of a plain-text body."""
    lines = text.split("\n")
    n = len(lines)
    first_soft: int | None = None
    hard: int | None = None
    attributions: set[int] = set()
    i = 0
    while i < n:
        line = lines[i]
        if _QUOTED.match(line):
            if first_soft is None:
                first_soft = i
            i += 1
            continue
        if _hard_boundary(lines, i):
            hard = i
            break
        span = _is_attribution(lines, i) if line.strip() else 0
        if span:
            attributions.update(range(i, i + span))
            if first_soft is None:
                first_soft = i
            i += span
            continue
        i += 1
    if hard is not None:
        # The rule line Outlook draws above its header block belongs to the quote.
        while hard > 0 and (not lines[hard - 1].strip() or _RULE.match(lines[hard - 1])):
            hard -= 1
    mobile = _mobile_cut(lines, first_soft if first_soft is not None else (hard or n))
    if mobile is not None:
        hard = mobile
        first_soft = None if first_soft is not None and first_soft >= mobile else first_soft
    end = hard if hard is not None else n
    if first_soft is None:
        return _tidy(lines[:end]), _tidy(lines[end:], drop_sentinel=True)

    # Inline or bottom-posted reply: the sender wrote between or below the quoted lines.
    new: list[str] = list(lines[:first_soft])
    quoted: list[str] = []
    seg = lines[first_soft:end]
    any_quote_seen = False
    for k, line in enumerate(seg):
        idx = first_soft + k
        if idx in attributions:
            quoted.append(line)
            continue
        if _QUOTED.match(line):
            any_quote_seen = True
            quoted.append(line)
            continue
        prev_q = k > 0 and _QUOTED.match(seg[k - 1])
        next_q = k + 1 < len(seg) and _QUOTED.match(seg[k + 1])
        if line.strip() and prev_q and next_q:
            # A wrapped quoted line that lost its marker.
            quoted.append(line)
            continue
        new.append(line)
    has_unquoted_after = any_quote_seen and any(line.strip() for line in new[first_soft:])
    if not has_unquoted_after:
        # Plain top-posted reply: everything from the first quote down is the thread.
        return _tidy(lines[:first_soft]), _tidy(lines[first_soft:], drop_sentinel=True)
    return _tidy(new), _tidy(quoted + lines[end:], drop_sentinel=True)


def _mobile_cut(lines: list[str], limit: int) -> int | None:
    """Text below a "Sent from my iPhone" line is the unmarked thread the phone appended."""
    for i in range(min(limit, len(lines))):
        if _MOBILE.match(lines[i]):
            for j in range(i + 1, min(limit, len(lines))):
                if lines[j].strip():
                    return j
            return None
    return None


def _tidy(lines: list[str], drop_sentinel: bool = False) -> str:
    if drop_sentinel:
        lines = [ln for ln in lines if QUOTE_SENTINEL not in ln]
    text = "\n".join(ln.rstrip() for ln in lines)
    text = _BLANK_RUN.sub("\n\n", text)
    return text.strip("\n").rstrip()


# --- signatures -----------------------------------------------------------------------------

_SIG_DASHES = re.compile(r"^\s*--\s?$|^\s*—\s*$")
_MOBILE = re.compile(
    r"^\s*(sent from my [\w\- ]{2,40}|sent from \w+( \w+)?|sent from (mail|outlook) for \w+|"
    r"sent from (yahoo mail|outlook|gmail|aol mail)[\w\- ]{0,30}|sent (via|with) [\w\- ]{2,40}|"
    r"get outlook for (ios|android)|envoyé (de|depuis) mon [\w\- ]{2,30}|"
    r"envoyé à partir de outlook pour (ios|android)|obtenir outlook pour (ios|android)|"
    r"enviado desde mi [\w\- ]{2,30}|enviado desde outlook para (ios|android)|"
    r"obtener outlook para (ios|android)|von meinem [\w\- ]{2,30} gesendet|"
    r"gesendet von meinem [\w\- ]{2,30}|gesendet von outlook für (ios|android)|outlook für (ios|android) beziehen|"
    r"inviato da[l]? mio [\w\- ]{2,30}|verzonden vanaf mijn [\w\- ]{2,30})\s*[.!]?\s*(<[^>]*>)?\s*$",
    re.I,
)
_VALEDICTION = re.compile(
    r"^\s*(best|best regards|kind regards|kindest regards|regards|warm regards|warmest regards|"
    r"best wishes|many thanks|thanks|thanks again|thanks and regards|thanks & regards|"
    r"thank you|thank you very much|cheers|sincerely|yours sincerely|yours truly|"
    r"sincerely yours|respectfully|all the best|rgds|br|"
    r"cordialement|bien cordialement|bien à vous|salutations|meilleures salutations|"
    r"sincères salutations|merci|merci beaucoup|"
    r"mit freundlichen grüßen|mit freundlichen grüssen|mfg|viele grüße|viele grüsse|"
    r"beste grüße|liebe grüße|freundliche grüße|schöne grüße|gruß|grüße|danke|vielen dank|"
    r"saludos|saludos cordiales|un saludo|atentamente|cordialmente|muchas gracias|gracias|"
    r"un cordial saludo|distinti saluti|cordiali saluti|met vriendelijke groet)"
    r"\s*[,.!]*\s*$",
    re.I,
)
# Closings that often end a sentence of the message itself; a signature only with a name below.
_WEAK = re.compile(r"^\s*(thanks|thank you|merci|danke|gracias|muchas gracias|vielen dank|"
                   r"thank you very much|many thanks|merci beaucoup)\b", re.I)
_DISCLAIMER = re.compile(
    r"(confidentiality notice|confidential(ity)? (notice|disclaimer|warning|information)|"
    r"\bdisclaimer\s*:|"
    r"this (e-?mail|message|communication|transmission)\b.{0,80}\b(is|are|may be|contains?)\b"
    r".{0,30}\b(confidential|privileged)|"
    r"(is|are) intended (only|solely) for the (use|person|addressee|individual)|"
    r"if you (are not|have received this).{0,40}(intended recipient|in error)|"
    r"the information (contained )?in this (e-?mail|message)|"
    r"(diese|dieses) (e-?mail|nachricht).{0,80}vertraulich|"
    r"(ce|cet) (message|courriel|e-?mail).{0,80}confidenti|"
    r"(este|el presente) (mensaje|correo).{0,80}confidencial|"
    r"aviso de confidencialidad|avis de confidentialit|vertraulichkeitshinweis|"
    r"please consider the environment before printing)",
    re.I,
)


def split_signature(text: str, sender_name: str | None = None) -> tuple[str, str]:
    """(body, signature) of the new text; signature includes any legal disclaimer."""
    lines = text.split("\n")
    n = len(lines)
    disclaimer_at = n
    # Disclaimers close a message: only its last lines are worth the expensive search.
    for i in range(max(1, n - 60), n):
        line = lines[i]
        if _DISCLAIMER.search(line):
            start = i
            while start > 0 and lines[start - 1].strip():
                start -= 1
            if start > 0:
                disclaimer_at = start
                # A rule line just above belongs to the disclaimer too.
                while disclaimer_at > 0 and (
                    not lines[disclaimer_at - 1].strip()
                    or _SHORT_RULE.fullmatch(lines[disclaimer_at - 1])
                ):
                    disclaimer_at -= 1
                break
    head = lines[:disclaimer_at]
    sig_at = _signature_start(head, sender_name)
    cut = sig_at if sig_at is not None else disclaimer_at
    if cut <= 0 and not any(ln.strip() for ln in lines[:cut]):
        # Never let the whole message become "signature" unless it is only a signature line.
        if cut == 0 and sig_at == 0 and _MOBILE.match(lines[0] if lines else ""):
            pass
        elif disclaimer_at < n and disclaimer_at > 0:
            cut = disclaimer_at
        else:
            return text.strip(), ""
    return _tidy(lines[:cut]), _tidy(lines[cut:])


def _signature_start(lines: list[str], sender_name: str | None) -> int | None:
    content = [i for i, ln in enumerate(lines) if ln.strip()]
    if not content:
        return None
    last = content[-1]
    # A signature is a short tail: only the last lines can start one.
    tail = content[-40:]
    for k, i in enumerate(tail):
        line = lines[i]
        after = [lines[j] for j in tail[k + 1:]]
        if _SIG_DASHES.match(line) and len(after) <= 15:
            return i
        if _MOBILE.match(line) and all(len(a.strip()) <= 80 for a in after) and len(after) <= 6:
            if all(_MOBILE.match(a) or _SIG_DASHES.match(a) or len(a.strip()) <= 40 for a in after):
                return i
        if _VALEDICTION.match(line) and i > 0 and len(after) <= 10:
            if any(len(a.strip()) > 90 for a in after):
                continue
            if _WEAK.match(line) and not after:
                continue
            if not after and i != last:
                continue
            return i
    if sender_name:
        return _name_block(lines, content, sender_name)
    return None


def _name_block(lines: list[str], content: list[int], sender_name: str) -> int | None:
    """A closing block that starts with the sender's own name ("Jane Doe\\nAR Manager\\n…")."""
    first = sender_name.split()[0].lower() if sender_name.split() else ""
    if len(first) < 2:
        return None
    tail = content[-9:]
    for k, i in enumerate(tail):
        if i == content[0] or lines[i - 1].strip():
            continue
        after = [lines[j] for j in tail[k:]]
        if len(after) > 8 or any(len(a.strip()) > 60 for a in after):
            continue
        if lines[i].strip().lower().startswith(first) and len(lines[i].split()) <= 4:
            return i
    return None


_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def first_quoted_message(quoted: str) -> tuple[str | None, str]:
    """(sender address, own text) of the first message in a quoted thread: what a forwarded
    internal note says, without the header block above it or the older thread below it."""
    lines = [re.sub(r"^\s*>\s?", "", line) for line in quoted.split("\n")]
    sender: str | None = None
    i = 0
    while i < len(lines):
        line = lines[i]
        if not line.strip() or _RULE.match(line) or _UNDERSCORES.match(line) or _FORWARD.match(line) or _ORIGINAL.match(line):
            i += 1
            continue
        if _FROM_LINE.match(line) or _HEADER_LINE.match(line):
            if sender is None and _FROM_LINE.match(line):
                found = _ADDRESS.search(line)
                sender = found.group(0).lower() if found else None
            i += 1
            continue
        if _is_attribution(lines, i):
            i += _is_attribution(lines, i)
            continue
        break
    own, _older = split_quoted("\n".join(lines[i:]))
    return sender, own

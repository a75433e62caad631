"""Recognise messages no person wrote: out-of-office notes, ticket receipts, bounces.

An auto-reply must never get a draft, and an out-of-office that names a return date lets
dunning wait until the contact is back instead of chasing an empty desk. Headers (RFC 3834
and the vendor ones) decide first, then the subject, then the wording of the body in the
four languages our customers write in.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from pydantic import BaseModel


class AutoReplyVerdict(BaseModel):
    auto_reply: bool = False
    kind: str | None = None  # "out_of_office" | "ticket_receipt" | "auto_generated"
    return_date: date | None = None


_OOO_SUBJECT = re.compile(
    r"(automatic reply|auto[- ]?reply|autoreply|auto[- ]?response|out of (the )?office|"
    r"\booo\b|away from (the )?office|on vacation|on leave|abwesenheitsnotiz|"
    r"automatische antwort|abwesenheit|réponse automatique|reponse automatique|"
    r"absence du bureau|\babsente?\b|en congés?|respuesta automática|respuesta automatica|"
    r"fuera de la oficina|ausencia|risposta automatica|fuori ufficio|automatisch antwoord|"
    r"afwezig)",
    re.I,
)
_TICKET_SUBJECT = re.compile(
    r"(\[(ticket|case|request|incident|support|sr|req)?\s*#?\s*[A-Z]*-?\d{3,}\]|"
    r"\b(ticket|case|request|incident)\s*(#|no\.?|number|id)\s*:?\s*[A-Z]*-?\d{3,})",
    re.I,
)
_RECEIPT_WORDS = re.compile(
    r"(we (have )?received your (request|e-?mail|message|inquiry|enquiry|ticket)|"
    r"(request|ticket|case|message) (has been|was) (received|created|logged|opened)|"
    r"thank you for contacting|thanks for contacting|this is an automated (response|reply|message)|"
    r"do not reply to this (e-?mail|message)|hemos recibido su (solicitud|mensaje|correo)|"
    r"nous avons (bien )?reçu votre (demande|message|e-?mail)|"
    r"wir haben ihre (anfrage|nachricht|e-?mail) erhalten|ihre anfrage ist eingegangen)",
    re.I,
)
_OOO_BODY = re.compile(
    r"(\bi(?:'m| am| will be|'ll be| shall be)( currently| presently| now)? "
    r"(out of (the )?office|away from (the |my )?(office|desk)|away\b|on (annual |parental |sick "
    r"|maternity |paternity )?leave|on (vacation|holiday|holidays|business travel)|"
    r"travell?ing|out\b)|"
    r"\bout of (the )?office (until|till|through|from|and)|"
    r"limited (access to|ability to (check|respond to)) (e-?mail|my e-?mail)|"
    r"\bje (suis|serai) (actuellement )?(absente?|en congés?|en vacances|hors du bureau)|"
    r"\bje suis actuellement en déplacement|"
    r"\bich bin (derzeit |zurzeit |momentan |bis .{1,40} )?(nicht im büro|abwesend|außer haus|"
    r"im urlaub|nicht erreichbar)|"
    r"\b(estoy|estaré|me encuentro) (actualmente )?(fuera de la oficina|de vacaciones|ausente|"
    r"fuera)|"
    r"\bsono (attualmente )?(fuori ufficio|in ferie))",
    re.I,
)
_RETURN_PHRASE = re.compile(
    r"(back (in the office |in office |at work |at my desk )?(on|from|by)?|"
    r"return(ing)? (to the office |to work |to my desk )?(on|from)?|will return|"
    r"in the office (again )?(on|from)|"
    r"de retour (au bureau )?(le|à partir du|dès le)?|retour prévu le|"
    r"wieder (im büro |erreichbar |da |zurück |im hause )?(ab|am)( dem)?|zurück (am|ab)( dem)?|"
    r"regresaré (el)?|regreso (el)?|de vuelta (el)?|de regreso (el)?|volveré (el)?|"
    r"reincorporaré (el)?)\s+",
    re.I,
)
# Weaker: the last day away; used only when no return phrase names a date.
_UNTIL_PHRASE = re.compile(
    r"(\buntil|\btill|\bthrough|\bthru|jusqu'au|à partir du|\bbis (zum|einschließlich|einschl\.)?|"
    r"ab dem|hasta el|a partir del)\s+",
    re.I,
)
_LANG_FOR_DATES = {"en": ["en"], "es": ["es", "en"], "fr": ["fr", "en"], "de": ["de", "en"]}


def detect(
    headers: dict[str, str],
    subject: str,
    new_text: str,
    quoted_text: str,
    from_addr: str | None,
    content_type: str,
    sent: datetime | None,
    language: str | None,
) -> AutoReplyVerdict:
    """Decide whether a message is automatic, what kind, and when its sender is back."""
    by_header = _header_says_auto(headers)
    head = new_text[:2000]
    subject_ooo = bool(_OOO_SUBJECT.search(subject))
    subject_ticket = bool(_TICKET_SUBJECT.search(subject)) and bool(
        _RECEIPT_WORDS.search(subject) or _RECEIPT_WORDS.search(head)
    )
    body_ooo = bool(_OOO_BODY.search(head))
    body_receipt = bool(_RECEIPT_WORDS.search(head))
    bounce = content_type == "multipart/report" or bool(
        from_addr and re.match(r"(mailer-daemon|postmaster)@", from_addr)
    )

    kind: str | None = None
    if subject_ooo or (body_ooo and (by_header or _looks_like_note(new_text, quoted_text))):
        kind = "out_of_office"
    elif subject_ticket or (by_header and body_receipt and _TICKET_SUBJECT.search(subject + head)):
        kind = "ticket_receipt"
    elif by_header or bounce:
        kind = "auto_generated"
    if kind is None:
        return AutoReplyVerdict()
    verdict = AutoReplyVerdict(auto_reply=True, kind=kind)
    if kind == "out_of_office":
        verdict.return_date = return_date(f"{subject}\n{head}", sent, language)
    return verdict


def _header_says_auto(headers: dict[str, str]) -> bool:
    auto_submitted = headers.get("auto-submitted", "").strip().lower()
    if auto_submitted and not auto_submitted.startswith("no"):
        return True
    if headers.get("x-autoreply") or headers.get("x-autorespond") or headers.get("x-autoresponder"):
        return True
    precedence = headers.get("precedence", "").strip().lower()
    if precedence in ("auto_reply", "bulk", "junk"):
        return True
    if headers.get("x-auto-reply") or headers.get("x-mail-autoreply"):
        return True
    return False


def _looks_like_note(new_text: str, quoted_text: str) -> bool:
    # A person who mentions being away also quotes our mail and writes at length; an
    # auto-reply is a short note and quotes nothing.
    return len(new_text) < 1500 and not quoted_text.strip()


def return_date(text: str, sent: datetime | None, language: str | None) -> date | None:
    """The date an out-of-office says its sender is back, resolved against the send date."""
    for pattern in (_RETURN_PHRASE, _UNTIL_PHRASE):
        for match in pattern.finditer(text):
            tail = text[match.end(): match.end() + 60].split("\n")[0]
            found = _parse_leading_date(tail, sent, language)
            if found is not None:
                return found
    return None


def _parse_leading_date(tail: str, sent: datetime | None, language: str | None) -> date | None:
    import dateparser

    words = tail.split()[:7]
    settings = {"PREFER_DATES_FROM": "future", "RETURN_AS_TIMEZONE_AWARE": False}
    if sent is not None:
        settings["RELATIVE_BASE"] = sent.replace(tzinfo=None)
    if language in ("de", "fr", "es"):
        settings["DATE_ORDER"] = "DMY"
    languages = _LANG_FOR_DATES.get(language or "", ["en", "de", "fr", "es"])
    for n in range(len(words), 0, -1):
        phrase = " ".join(words[:n]).strip(" ,;:()")
        phrase = re.sub(r"[.,;:!)]+$", "", phrase) if not re.search(r"\d\.$", phrase) else phrase
        if not phrase or not re.search(r"\d|[a-zA-Z]{3,}", phrase):
            continue
        if not _has_date_word(phrase):
            continue
        try:
            parsed = dateparser.parse(phrase, languages=languages, settings=settings)
        except Exception:  # noqa: BLE001 - a phrase dateparser chokes on is just not a date
            parsed = None
        if parsed is not None:
            if sent is not None and parsed.date() < sent.date():
                continue
            return parsed.date()
    return None


_DATE_WORD = re.compile(
    r"\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|"
    r"tomorrow|janv|févr|fév|mars|avr|mai|juin|juil|août|aout|sept|déc|lundi|mardi|mercredi|"
    r"jeudi|vendredi|samedi|dimanche|demain|januar|februar|märz|april|juni|juli|august|"
    r"oktober|dezember|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|morgen|"
    r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|"
    r"diciembre|lunes|martes|miércoles|jueves|viernes|sábado|domingo|mañana",
    re.I,
)


def _has_date_word(phrase: str) -> bool:
    return bool(_DATE_WORD.search(phrase))

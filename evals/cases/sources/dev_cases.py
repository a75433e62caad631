"""Authoring source of the `dev` split of labelled inbound AR emails.

Each case below is the customer's own words (what their accounts-payable staff typed), the
thread they reply to (our dunning e-mail, quoted the way their mail client quotes it) and the
labels. This script assembles the raw RFC 5322 message -- MIME structure, HTML, charsets,
quoted-printable/base64, encoded headers, attachments -- checks every label against the
message it produced, and writes `evals/cases/dev.jsonl`.

Keeping the prose here rather than in the JSONL makes the cases reviewable: the JSONL holds
encoded bodies that nobody can read in a diff.

    python evals/cases/sources/dev_cases.py          # check and write dev.jsonl
    python evals/cases/sources/dev_cases.py --check  # check only
"""

from __future__ import annotations

import base64
import calendar
import email
import email.policy
import email.utils
import hashlib
import html
import json
import quopri
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from email.header import Header
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "dev.jsonl"

INTENTS = {
    "promise_to_pay", "payment_sent", "dispute", "invoice_request", "payment_plan_request",
    "balance_inquiry", "contact_change", "auto_reply", "cease_or_legal", "other",
}
REASONS = {
    "pricing", "quantity_short", "damaged_defective", "not_received", "duplicate_billing",
    "missing_po_or_docs", "tax", "returns_credit", "service_issue", "other",
}
CURRENCIES = {"USD", "EUR", "GBP", "CAD"}

AR = "Ourco Receivables <ar@ourco.example>"
AR_ADDR = "ar@ourco.example"

# --------------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------------

WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]


def when(spec: str) -> datetime:
    """'2026-06-02 09:14 -0500' -> aware datetime in the sender's own offset."""
    day, clock, off = spec.split()
    sign = -1 if off[0] == "-" else 1
    tz = timezone(sign * timedelta(hours=int(off[1:3]), minutes=int(off[3:5])))
    return datetime.fromisoformat(f"{day}T{clock}").replace(tzinfo=tz)


def resolve(rule: str, sent: datetime) -> str:
    """Turn a relative-date rule into the ISO date the labelling conventions give it.

    Rules mirror the conventions: 'tomorrow'; 'fri' (bare or "this" weekday: first one
    strictly after the message date); 'next fri' (that weekday in the following Mon-Sun week);
    'next week' (Friday of next week); 'eom'; 'eonm'; '+N' days; 'mid' (the 15th of the
    message's month); anything else must already be an ISO date written as the sender wrote it.
    """
    d = sent.date()
    if rule == "tomorrow":
        return (d + timedelta(days=1)).isoformat()
    if rule in WEEKDAYS:
        target = WEEKDAYS.index(rule)
        ahead = (target - d.weekday()) % 7 or 7
        return (d + timedelta(days=ahead)).isoformat()
    if rule.startswith("next ") and rule[5:] in WEEKDAYS:
        monday_next = d + timedelta(days=7 - d.weekday())
        return (monday_next + timedelta(days=WEEKDAYS.index(rule[5:]))).isoformat()
    if rule == "next week":
        return resolve("next fri", sent)
    if rule == "eom":
        return date(d.year, d.month, calendar.monthrange(d.year, d.month)[1]).isoformat()
    if rule == "eonm":
        y, m = (d.year + 1, 1) if d.month == 12 else (d.year, d.month + 1)
        return date(y, m, calendar.monthrange(y, m)[1]).isoformat()
    if rule.startswith("+"):
        return (d + timedelta(days=int(rule[1:]))).isoformat()
    if rule == "mid":
        assert d.day < 15, "mid-month said after the 15th"
        return date(d.year, d.month, 15).isoformat()
    return date.fromisoformat(rule).isoformat()


def _check_resolver() -> None:
    tue = when("2026-06-02 09:14 -0500")  # a Tuesday
    fri = when("2026-06-05 16:40 -0500")
    sun = when("2026-06-07 20:00 +0200")
    assert tue.strftime("%a") == "Tue" and fri.strftime("%a") == "Fri"
    assert resolve("fri", tue) == "2026-06-05"
    assert resolve("tue", tue) == "2026-06-09"
    assert resolve("next fri", tue) == "2026-06-12"
    assert resolve("next week", tue) == "2026-06-12"
    assert resolve("fri", fri) == "2026-06-12"
    assert resolve("next fri", fri) == "2026-06-12"
    assert resolve("mon", sun) == "2026-06-08"
    assert resolve("next mon", sun) == "2026-06-08"
    assert resolve("next week", sun) == "2026-06-12"
    assert resolve("tomorrow", when("2026-06-30 10:00 -0500")) == "2026-07-01"
    assert resolve("eom", when("2026-02-10 10:00 +0100")) == "2026-02-28"
    assert resolve("eonm", when("2026-12-10 10:00 +0100")) == "2027-01-31"
    assert resolve("+14", when("2026-12-22 10:00 +0100")) == "2027-01-05"
    assert resolve("mid", tue) == "2026-06-15"


def ours_offset(d: datetime) -> str:
    """Our AR team sits in US Central time; the offset follows US daylight saving in 2026."""
    return "-0500" if datetime(2026, 3, 8) <= d.replace(tzinfo=None) < datetime(2026, 11, 1) else "-0600"


def rfc_date(d: datetime) -> str:
    return email.utils.format_datetime(d)


MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
           "September", "Oktober", "November", "Dezember"],
}
DAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
}


def _ampm(d: datetime) -> str:
    h = d.hour % 12 or 12
    return f"{h}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"


# --------------------------------------------------------------------------------------------
# Our dunning text (what the customer replies to, quoted below their reply)
# --------------------------------------------------------------------------------------------

AR_SIGNATURE = (
    "Kind regards,\n"
    "Accounts Receivable\n"
    "Ourco Industrial Supply, Inc.\n"
    "ar@ourco.example | +1 (312) 555-0148\n"
    "Remit to: Ourco Industrial Supply, Inc., PO Box 7731, Chicago, IL 60680"
)


def _lines(invs, lang="en"):
    out = []
    for inv, amount, due in invs:
        if lang == "en":
            out.append(f"  {inv}   {amount}   due {due}")
        elif lang == "es":
            out.append(f"  {inv}   {amount}   vencimiento {due}")
        elif lang == "fr":
            out.append(f"  {inv}   {amount}   échéance {due}")
        else:
            out.append(f"  {inv}   {amount}   fällig am {due}")
    return "\n".join(out)


def dunning(kind: str, invs, name: str = "", lang: str = "en", account: str = "") -> tuple[str, str]:
    """Our outbound reminder: returns (subject, body). `invs` is [(number, amount, due)]."""
    hello = f"Hello {name}," if name else "Hello,"
    first = invs[0][0]
    many = len(invs) > 1
    acct = account or "C-" + hashlib.sha1(first.encode()).hexdigest()[:5].upper()
    if lang == "es":
        subj = (f"Recordatorio de pago – factura {first}" if not many
                else f"Facturas vencidas – cuenta {acct}")
        body = (f"Estimado/a {name or 'cliente'}:\n\n"
                "Según nuestros registros, las siguientes facturas están pendientes de pago:\n\n"
                f"{_lines(invs, 'es')}\n\n"
                "Le rogamos que nos indique la fecha prevista de pago. Si ya ha realizado el pago, "
                "por favor ignore este mensaje y envíenos el justificante.\n\n"
                "Un saludo,\nDepartamento de Cobros\nOurco Industrial Supply, Inc.\n"
                "ar@ourco.example | +1 (312) 555-0148")
        return subj, body
    if lang == "fr":
        subj = (f"Relance – facture {first} échue" if not many
                else f"Factures échues – compte {acct}")
        body = (f"Bonjour {name},\n\n" if name else "Bonjour,\n\n") + (
                "Sauf erreur de notre part, les factures suivantes restent impayées :\n\n"
                f"{_lines(invs, 'fr')}\n\n"
                "Merci de nous indiquer la date de règlement prévue. Si le paiement a déjà été "
                "effectué, veuillez ne pas tenir compte de ce message.\n\n"
                "Cordialement,\nService Recouvrement\nOurco Industrial Supply, Inc.\n"
                "ar@ourco.example | +1 (312) 555-0148")
        return subj, body
    if lang == "de":
        subj = (f"Zahlungserinnerung – Rechnung {first}" if not many
                else f"Offene Posten – Kundenkonto {acct}")
        body = (f"Guten Tag {name},\n\n" if name else "Guten Tag,\n\n") + (
                "nach unseren Unterlagen sind folgende Rechnungen noch offen:\n\n"
                f"{_lines(invs, 'de')}\n\n"
                "Bitte teilen Sie uns mit, wann wir mit dem Zahlungseingang rechnen können. "
                "Sollten Sie bereits bezahlt haben, betrachten Sie diese Nachricht bitte als "
                "gegenstandslos.\n\n"
                "Mit freundlichen Grüßen\nDebitorenbuchhaltung\nOurco Industrial Supply, Inc.\n"
                "ar@ourco.example | +1 (312) 555-0148")
        return subj, body

    table = _lines(invs)
    if kind == "friendly":
        subj = (f"Friendly reminder: invoice {first} due soon" if not many
                else f"Upcoming invoices – account {acct}")
        body = (f"{hello}\n\nThis is a friendly reminder that the following "
                f"{'invoices are' if many else 'invoice is'} coming due:\n\n{table}\n\n"
                "If payment has already been scheduled, thank you and please disregard this note. "
                "A copy of each invoice is available on request.\n\n" + AR_SIGNATURE)
    elif kind == "due":
        subj = (f"Invoice {first} is due today" if not many else f"Invoices due today – account {acct}")
        body = (f"{hello}\n\nA quick note that the following {'invoices are' if many else 'invoice is'} "
                f"due today:\n\n{table}\n\n"
                "You can pay by ACH to Ourco Industrial Supply, First Lakes Bank, routing 071000013, "
                "account ending 4471, or by check to the remit-to address below. Please include the "
                "invoice number with your payment.\n\n" + AR_SIGNATURE)
    elif kind == "overdue":
        subj = (f"Overdue notice – {first}" if not many else f"Overdue invoices – account {acct}")
        body = (f"{hello}\n\nOur records show the following {'invoices are' if many else 'invoice is'} "
                f"now past due:\n\n{table}\n\n"
                "Please reply with the date we can expect payment. If you have already paid, please "
                "send the remittance details so we can apply it. If anything on the invoice is "
                "incorrect, let us know so we can resolve it quickly.\n\n" + AR_SIGNATURE)
    elif kind == "second":
        subj = (f"Second notice: {first} past due" if not many
                else f"Second notice: past-due balance on account {acct}")
        body = (f"{hello}\n\nWe have not yet received payment for the following, and have not heard "
                f"back about our earlier reminder:\n\n{table}\n\n"
                "Please let us know by return email when payment will be made, or whether there is "
                "a problem holding it up. A statement of account is attached for reference.\n\n"
                + AR_SIGNATURE)
    elif kind == "final":
        subj = (f"FINAL NOTICE – {first} seriously past due" if not many
                else f"Final notice – account {acct}")
        body = (f"{hello}\n\nDespite previous reminders, the balance below remains unpaid:\n\n{table}\n\n"
                "Unless payment is received or a payment date is agreed within 10 days, the account "
                "will be placed on credit hold and may be referred for further collection action. "
                "If you believe this balance is not owed, please tell us why.\n\n" + AR_SIGNATURE)
    elif kind == "statement":
        subj = f"Statement of account {acct}"
        body = (f"{hello}\n\nPlease find below your current statement of open items:\n\n{table}\n\n"
                "Let us know if any of these items are in question. Payment can be made by ACH, "
                "wire or check.\n\n" + AR_SIGNATURE)
    else:
        raise ValueError(kind)
    return subj, body


# --------------------------------------------------------------------------------------------
# Quoting styles of common mail clients
# --------------------------------------------------------------------------------------------

@dataclass
class Quote:
    style: str            # gmail | outlook | outlook_old | apple | thunderbird | forward | gt
    author: str
    sent: datetime
    to: str
    subject: str
    text: str
    lang: str = "en"
    extra: str = ""       # an older message further down the chain, already rendered as text


def _addr_parts(a: str) -> tuple[str, str]:
    n, e = email.utils.parseaddr(a)
    return n or e, e


def attribution(q: Quote) -> str:
    d, lang = q.sent, q.lang
    name, addr = _addr_parts(q.author)
    if q.style == "gmail":
        if lang == "es":
            return (f"El {DAYS['es'][d.weekday()][:3]}, {d.day} {MONTHS['es'][d.month-1][:3]} {d.year} "
                    f"a las {d.hour}:{d.minute:02d}, {name} (<{addr}>) escribió:")
        if lang == "fr":
            return (f"Le {DAYS['fr'][d.weekday()][:3]}. {d.day} {MONTHS['fr'][d.month-1]} {d.year} "
                    f"à {d.hour:02d}:{d.minute:02d}, {name} <{addr}> a écrit :")
        if lang == "de":
            return (f"Am {DAYS['de'][d.weekday()][:2]}., {d.day}. {MONTHS['de'][d.month-1]} {d.year} "
                    f"um {d.hour:02d}:{d.minute:02d} Uhr schrieb {name} <{addr}>:")
        return (f"On {d.strftime('%a')}, {d.strftime('%b')} {d.day}, {d.year} at {_ampm(d)} "
                f"{name} <{addr}> wrote:")
    if q.style == "apple":
        return f"On {d.strftime('%b')} {d.day}, {d.year}, at {d.hour:02d}:{d.minute:02d}, {name} <{addr}> wrote:"
    if q.style in ("thunderbird", "gt"):
        return f"On {d.day:02d}/{d.month:02d}/{d.year} {d.hour:02d}:{d.minute:02d}, {name} wrote:"
    raise ValueError(q.style)


def outlook_header(q: Quote) -> list[tuple[str, str]]:
    d, lang = q.sent, q.lang
    if lang == "de":
        return [("Von", q.author), ("Gesendet", f"{DAYS['de'][d.weekday()]}, {d.day}. "
                 f"{MONTHS['de'][d.month-1]} {d.year} {d.hour:02d}:{d.minute:02d}"),
                ("An", q.to), ("Betreff", q.subject)]
    if lang == "fr":
        return [("De", q.author), ("Envoyé", f"{DAYS['fr'][d.weekday()]} {d.day} "
                 f"{MONTHS['fr'][d.month-1]} {d.year} {d.hour:02d}:{d.minute:02d}"),
                ("À", q.to), ("Objet", q.subject)]
    if lang == "es":
        return [("De", q.author), ("Enviado", f"{DAYS['es'][d.weekday()]}, {d.day} de "
                 f"{MONTHS['es'][d.month-1]} de {d.year} {d.hour}:{d.minute:02d}"),
                ("Para", q.to), ("Asunto", q.subject)]
    return [("From", q.author), ("Sent", f"{DAYS['en'][d.weekday()]}, {MONTHS['en'][d.month-1]} "
             f"{d.day}, {d.year} {_ampm(d)}"), ("To", q.to), ("Subject", q.subject)]


def quote_text(q: Quote) -> str:
    body = q.text + (("\n\n" + q.extra) if q.extra else "")
    if q.style in ("gmail", "apple", "thunderbird", "gt"):
        quoted = "\n".join((">" if not line else "> " + line) for line in body.split("\n"))
        return attribution(q) + "\n" + quoted
    hdr = outlook_header(q)
    sep = " : " if q.lang == "fr" else ": "
    head = "\n".join(f"{k}{sep}{v}" for k, v in hdr)
    if q.style == "outlook_old":
        return "-----Original Message-----\n" + head + "\n\n" + body
    if q.style == "outlook":
        return "________________________________\n" + head + "\n\n" + body
    if q.style == "forward":
        d = q.sent
        return ("---------- Forwarded message ---------\n"
                f"From: {q.author}\nDate: {d.strftime('%a')}, {d.strftime('%b')} {d.day}, {d.year} "
                f"at {_ampm(d)}\nSubject: {q.subject}\nTo: {q.to}\n\n" + body)
    raise ValueError(q.style)


def _paras_html(text: str) -> str:
    out = []
    for para in re.split(r"\n\s*\n", text.strip("\n")):
        out.append("<div>" + "<br>\n".join(html.escape(x) for x in para.split("\n")) + "</div>")
    return "\n<div><br></div>\n".join(out)


def quote_html(q: Quote) -> str:
    inner = _paras_html(q.text + (("\n\n" + q.extra) if q.extra else ""))
    if q.style == "gmail":
        return ('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
                f"{html.escape(attribution(q))}<br></div>"
                '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                f'border-left:1px solid rgb(204,204,204);padding-left:1ex">{inner}</blockquote></div>')
    if q.style in ("apple", "thunderbird", "gt"):
        return (f'<div class="moz-cite-prefix">{html.escape(attribution(q))}<br></div>'
                f'<blockquote type="cite">{inner}</blockquote>')
    if q.style == "forward":
        lines = quote_text(q).split("\n\n", 1)[0].split("\n")
        return ('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
                + "<br>".join(html.escape(x) for x in lines) + f"<br></div><br>{inner}</div>")
    hdr = outlook_header(q)
    rows = "<br>\n".join(f"<b>{html.escape(k)}:</b> {html.escape(v)}" for k, v in hdr)
    return ('<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">'
            '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" '
            f'color="#000000">{rows}</font><div>&nbsp;</div></div><div>{inner}</div>')


def body_html(text: str, client: str) -> str:
    if client.startswith("outlook"):
        paras = []
        for para in re.split(r"\n\s*\n", text.strip("\n")):
            paras.append('<p class="MsoNormal">' + "<br>\n".join(html.escape(x) for x in para.split("\n"))
                         + "<o:p></o:p></p>")
        return "\n<p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>\n".join(paras)
    return f'<div dir="ltr">{_paras_html(text)}</div>'


def wrap_html(inner: str, client: str) -> str:
    if client.startswith("outlook"):
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<style><!-- p.MsoNormal {margin:0in; font-size:11.0pt; font-family:"Calibri",sans-serif;} '
                '--></style>\n</head>\n<body lang="EN-US" link="#0563C1" vlink="#954F72">\n'
                f'<div class="WordSection1">\n{inner}\n</div>\n</body>\n</html>\n')
    return f"<html><head></head><body>{inner}</body></html>\n"


# --------------------------------------------------------------------------------------------
# MIME assembly (done by hand so each case controls its charset and transfer encoding exactly)
# --------------------------------------------------------------------------------------------

def _encode_leaf(ctype: str, text: str, charset: str, cte: str) -> str:
    text = text.replace("\r\n", "\n")
    head = f"Content-Type: {ctype}; charset=\"{charset}\"\nContent-Transfer-Encoding: {cte}\n\n"
    if cte in ("7bit", "8bit"):
        if charset.lower() not in ("utf-8", "us-ascii"):
            raise ValueError("8bit bodies are only written as UTF-8 (the eml is a text string)")
        if cte == "7bit":
            text.encode("ascii")
        return head + text
    raw = text.encode(charset)
    if cte == "quoted-printable":
        return head + quopri.encodestring(raw).decode("ascii")
    if cte == "base64":
        return head + base64.encodebytes(raw).decode("ascii")
    raise ValueError(cte)


def _boundary(seed: str, n: int) -> str:
    h = hashlib.sha1(f"{seed}/{n}".encode()).hexdigest()
    return f"----=_Part_{int(h[:6], 16)}_{h[6:16]}"


def _attachment(name: str, ctype: str, data: bytes) -> str:
    b64 = base64.encodebytes(data).decode("ascii")
    return (f"Content-Type: {ctype}; name=\"{name}\"\nContent-Disposition: attachment; "
            f"filename=\"{name}\"\nContent-Transfer-Encoding: base64\n\n{b64}")


def fake_pdf(title: str) -> bytes:
    """A small, well-formed-looking PDF; its text is compressed-looking noise, as real ones are."""
    noise = hashlib.sha256(title.encode()).digest() * 8
    return (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj\n"
            b"4 0 obj <</Filter/FlateDecode/Length 256>> stream\n" + noise + b"\nendstream endobj\n"
            b"trailer <</Root 1 0 R>>\n%%EOF\n")


def _multipart(subtype: str, parts: list[str], seed: str, n: int) -> str:
    b = _boundary(seed, n)
    body = f"Content-Type: multipart/{subtype}; boundary=\"{b}\"\n\n"
    if n == 0:
        body += "This is a multi-part message in MIME format.\n\n"
    for p in parts:
        body += f"--{b}\n{p.rstrip(chr(10))}\n\n"
    return body + f"--{b}--\n"


def _hdr_text(value: str, charset: str | None) -> str:
    if charset is None:
        return value
    return Header(value, charset).encode()


def _addr(value: str, charset: str) -> str:
    out = []
    for name, addr in email.utils.getaddresses([value]):
        if name and not name.isascii():
            out.append(email.utils.formataddr((name, addr), charset=charset))
        else:
            out.append(email.utils.formataddr((name, addr)))
    return ", ".join(out)


def _msgid(seed: str, domain: str, client: str) -> str:
    h = hashlib.sha1(seed.encode()).hexdigest()
    if client == "gmail":
        b = base64.b64encode(hashlib.sha256(seed.encode()).digest()).decode()[:38]
        return f"<CA{b.replace('/', '_')}@mail.gmail.com>"
    if client.startswith("outlook"):
        return (f"<{h[:4].upper()}PR{int(h[4:6], 16) % 20}MB{int(h[6:10], 16)}{h[10:32].upper()}@"
                f"{h[:4].upper()}PR{int(h[4:6], 16) % 20}MB{int(h[6:10], 16)}.namprd{int(h[32:34], 16) % 20}"
                ".prod.outlook.com>")
    return f"<{h[:12]}.{h[12:20]}@{domain}>"


MAILERS = {
    "outlook": ("X-MS-Has-Attach", ""),
    "outlook_old": ("X-Mailer", "Microsoft Outlook 16.0"),
    "apple": ("X-Mailer", "iPhone Mail (21F90)"),
    "thunderbird": ("User-Agent", "Mozilla Thunderbird"),
}


# --------------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------------

@dataclass
class P:
    amount: str | None
    currency: str | None
    rule: str
    invoices: list[str]


@dataclass
class Case:
    id: str
    eml: str
    own_text: str          # what the sender typed (incl. signature), for label checks
    subject: str
    sent: datetime
    intents: list[str]
    reasons: list[str]
    promises: list[dict]
    invoices: list[str]
    new_contact: str | None
    notes: str
    lang: str
    features: set = field(default_factory=set)


CASES: list[Case] = []


def add(cid: str, *, frm: str, date: str, body: str, intents: list[str],
        subject: str | None = None, reasons=(), promises=(), invoices=(), contact: str | None = None,
        reply: tuple | None = None, quote: Quote | None = None, client: str = "outlook",
        mode: str = "plain", charset: str = "utf-8", cte: str | None = None,
        subj_charset: str | None = None, to: str = AR, cc: str | None = None,
        attachments=(), headers: dict | None = None, lang: str = "en", notes: str = "",
        html_body: str | None = None, reply_prefix: str | None = None) -> None:
    """Register one case.

    `reply=(kind, invs, name, days_before[, style])` quotes our dunning e-mail of that kind
    below the sender's text; `quote=` passes a ready Quote instead (forwards, longer chains).
    """
    sent = when(date)
    features = {mode, lang}
    name, sender_addr = _addr_parts(frm)
    domain = sender_addr.split("@")[1]
    q = quote
    if reply is not None:
        kind, invs, who, days = reply[:4]
        style = reply[4] if len(reply) > 4 else {"gmail": "gmail", "outlook": "outlook",
                                                  "outlook_old": "outlook_old", "apple": "apple",
                                                  "thunderbird": "thunderbird"}.get(client, "gt")
        qlang = reply[5] if len(reply) > 5 else "en"
        our_subj, our_body = dunning(kind, invs, who, qlang)
        base = (sent - timedelta(days=days)).replace(tzinfo=None)
        while base.weekday() >= 5:  # our reminders go out on business days
            base -= timedelta(days=1)
        off = ours_offset(base)
        qsent = when(f"{base.date().isoformat()} 07:{(len(cid) * 7) % 60:02d} {off}")
        q = Quote(style, AR, qsent, frm, our_subj, our_body, lang=lang if lang in MONTHS else "en")
    if subject is None:
        assert q is not None, cid
        prefix = reply_prefix or {"de": "AW: ", "fr": "RE : ", "es": "RE: "}.get(
            lang, "Re: " if client in ("gmail", "apple", "thunderbird") else "RE: ")
        subject = prefix + q.subject
    if q is not None:
        features.add("quoted:" + q.style)
    text = body.strip("\n") + "\n"
    full_text = text + ("\n" + quote_text(q) + "\n" if q else "")
    if cte is None:
        cte = "8bit" if charset == "utf-8" and not full_text.isascii() else (
            "7bit" if charset == "utf-8" else "quoted-printable")
    features.update({charset, cte})

    seed = cid
    if mode == "plain":
        part = _encode_leaf("text/plain", full_text, charset, cte)
    else:
        inner = html_body if html_body is not None else body_html(text, client)
        if q is not None and html_body is None:
            inner += "\n<br>\n" + quote_html(q)
        page = wrap_html(inner, client)
        if charset != "utf-8":
            page = page.replace("charset=utf-8", f"charset={charset}")
        hpart = _encode_leaf("text/html", page, charset, cte)
        if mode == "html":
            part = hpart
        elif mode == "alt":
            part = _multipart("alternative", [_encode_leaf("text/plain", full_text, charset, cte), hpart],
                              seed, 1)
        else:
            raise ValueError(mode)
    if attachments:
        atts = [_attachment(*a) for a in attachments]
        part = _multipart("mixed", [part] + atts, seed, 0)
        features.add("attachment")

    hcs = subj_charset or charset
    hdrs = [
        ("From", _addr(frm, hcs)),
        ("To", _addr(to, hcs)),
    ]
    if cc:
        hdrs.append(("Cc", _addr(cc, hcs)))
    if subj_charset or not subject.isascii():
        hdrs.append(("Subject", _hdr_text(subject, hcs)))
        features.add("rfc2047")
    else:
        hdrs.append(("Subject", subject))
    hdrs.append(("Date", rfc_date(sent)))
    hdrs.append(("Message-ID", _msgid(seed, domain, client)))
    if q is not None and q.author == AR:
        parent = "<" + hashlib.sha1((seed + "parent").encode()).hexdigest()[:20] + "@ourco.example>"
        hdrs.append(("In-Reply-To", parent))
        hdrs.append(("References", parent))
    if client in MAILERS and MAILERS[client][1]:
        hdrs.append(MAILERS[client])
    if client.startswith("outlook"):
        hdrs.append(("Thread-Index", base64.b64encode(hashlib.md5(seed.encode()).digest()[:22]).decode()))
        hdrs.append(("Content-Language", {"de": "de-DE", "fr": "fr-FR", "es": "es-ES"}.get(lang, "en-US")))
    for k, v in (headers or {}).items():
        hdrs.append((k, v))
    hdrs.append(("MIME-Version", "1.0"))
    head = "".join(f"{k}: {v}\n" for k, v in hdrs)
    eml = (head + part).replace("\r\n", "\n").replace("\n", "\r\n")

    plist = []
    for p in promises:
        plist.append({"amount": p.amount, "currency": p.currency, "date": resolve(p.rule, sent),
                      "invoices": list(p.invoices)})
    CASES.append(Case(cid, eml, text, subject, sent, list(intents), list(reasons), plist,
                      list(invoices), contact, notes, lang, features))


# --------------------------------------------------------------------------------------------
# Signatures and disclaimers
# --------------------------------------------------------------------------------------------

def sig(name: str, title: str, company: str, phone: str | None = None, extra: str = "") -> str:
    lines = [name, title, company]
    if phone:
        lines.append(phone)
    if extra:
        lines.append(extra)
    return "\n".join(lines)


DISCLAIMER = (
    "CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended solely for the "
    "addressee and may contain confidential or legally privileged information. If you are not "
    "the intended recipient, please notify the sender immediately and delete this message. Any "
    "unauthorised review, use or distribution is prohibited.")
DISCLAIMER_US = (
    "This message (including any attachments) may contain confidential, proprietary or "
    "privileged information intended for a specific individual and purpose. If you are not the "
    "intended recipient, you should delete this message and are hereby notified that any "
    "disclosure, copying, or distribution of this message, or the taking of any action based on "
    "it, is strictly prohibited.")
DISCLAIMER_DE = (
    "Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie "
    "nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren "
    "Sie bitte sofort den Absender und vernichten Sie diese Mail.\n"
    "Sitz der Gesellschaft: Stuttgart, Registergericht: Amtsgericht Stuttgart HRB 731455, "
    "Geschäftsführer: Dr. Thomas Keller, Ute Brandl")
DISCLAIMER_FR = (
    "Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention "
    "exclusive de ses destinataires. Toute utilisation ou diffusion non autorisée est interdite. "
    "Si vous avez reçu ce message par erreur, merci d'en avertir immédiatement l'émetteur.")
DISCLAIMER_ES = (
    "AVISO LEGAL: Este mensaje y sus anexos son confidenciales y están dirigidos exclusivamente a "
    "su destinatario. Si usted no es el destinatario indicado, queda notificado de que la "
    "utilización, divulgación o copia sin autorización está prohibida. Protección de datos: sus "
    "datos serán tratados conforme al Reglamento (UE) 2016/679.")


# ==== CASES BEGIN ====
# ---- promises to pay (English) ------------------------------------------------------------

add("ptp-001", frm="Dana Ruiz <dana.ruiz@northwind-supply.example>", date="2026-06-02 09:14 -0500",
    client="gmail", mode="alt",
    reply=("overdue", [("INV-20417", "$4,820.00", "May 15, 2026"), ("INV-20533", "$1,312.40", "May 22, 2026")], "Dana", 1),
    body="""Hi,

Thanks for the nudge. INV-20417 was approved yesterday and is on this week's check run, so you
should have the $4,820.00 by Friday at the latest.

Dana Ruiz
Accounts Payable | Northwind Supply Co.
(614) 555-0182""",
    intents=["promise_to_pay"], invoices=["INV-20417"],
    promises=[P("4820.00", "USD", "fri", ["INV-20417"])],
    notes="INV-20533 appears only in our quoted reminder; bare 'Friday' after a Tuesday.")

add("ptp-002", frm="Kevin O'Neill <koneill@harborline-logistics.example>", date="2026-03-17 14:02 -0400",
    client="outlook", mode="alt",
    reply=("second", [("INV-31877", "$2,960.00", "Feb 12, 2026")], "Kevin", 6),
    body="""Hello,

Apologies for the silence, I was out last week. Invoice #31877 will be paid next week.

Regards,
Kevin O'Neill
Harborline Logistics - Accounts Payable
Direct: 757-555-0139""",
    intents=["promise_to_pay"], invoices=["INV-31877"],
    promises=[P(None, None, "next week", ["INV-31877"])],
    notes="'next week' = Friday of next week; no figure so amount null.")

add("ptp-003", frm="Priya Natarajan <priya.n@coastalgrocers.example>", date="2026-01-15 16:45 -0800",
    client="gmail", mode="plain",
    reply=("final", [("INV-40210", "$12,480.50", "Nov 20, 2025")], "Priya", 2),
    body="""Hi team,

Treasury has released the wire for INV 40210 - $12,480.50. It will be sent tomorrow morning
Pacific time.

Thanks,
Priya""",
    intents=["promise_to_pay"], invoices=["INV-40210"],
    promises=[P("12480.50", "USD", "tomorrow", ["INV-40210"])],
    notes="'will be sent tomorrow' is a dated commitment, not a payment already made.")

add("ptp-004", frm="Accounts Payable <ap@redcedar-builders.example>", date="2026-04-08 10:30 -0500",
    client="outlook_old", mode="plain",
    reply=("overdue", [("INV-55102", "$4,115.20", "Mar 20, 2026"), ("INV-55140", "$3,200.00", "Mar 27, 2026"), ("INV-54981", "$845.00", "Mar 2, 2026")], "", 2),
    body="""Good morning,

We show INV-55102 and INV-55140 as open on our side as well, $7,315.20 combined. Both are
scheduled and will be paid by the end of the month.

Thank you,
Marisol Vega
AP Specialist, Red Cedar Builders LLC
Ph 918-555-0117 | Fax 918-555-0118""",
    intents=["promise_to_pay"], invoices=["INV-55102", "INV-55140"],
    promises=[P("7315.20", "USD", "eom", ["INV-55102", "INV-55140"])],
    notes="One combined promise for two invoices; INV-54981 is only in the quote.")

add("ptp-005", frm="Tom Becker <tbecker@lakeshore-dental.example>", date="2026-02-19 11:20 -0600",
    client="apple", mode="plain",
    reply=("overdue", [("INV-20988", "$615.00", "Jan 30, 2026")], "Tom", 3),
    body="""Hi - I'll have this paid next Tuesday, inv20988. Our bookkeeper only comes in on Tuesdays.

Sent from my iPhone""",
    intents=["promise_to_pay"], invoices=["INV-20988"],
    promises=[P(None, None, "next tue", ["INV-20988"])],
    notes="'next Tuesday' from a Thursday = Tuesday of the following week; invoice written without hyphen.")

add("ptp-006", frm="Linda Park <linda.park@summitmedical.example>", date="2026-08-10 08:55 -0400",
    client="outlook", mode="alt",
    reply=("overdue", [("INV-61023", "$2,150.00", "Jul 25, 2026")], "Linda", 4),
    body="""Good morning,

Payment of $2,150.00 for INV-61023 will be released in 10 days, once our month-end close
is finished - it is already approved.

Best regards,
Linda Park
Senior AP Analyst
Summit Medical Partners
O: 617-555-0104""" + "\n\n" + DISCLAIMER_US,
    intents=["promise_to_pay"], invoices=["INV-61023"],
    promises=[P("2150.00", "USD", "+10", ["INV-61023"])],
    notes="'in 10 days' with an explanation that is not a condition (already approved).")

add("ptp-007", frm="Jorge Alvarez <jalvarez@pinecrest-hvac.example>", date="2026-06-10 13:12 -0700",
    client="gmail", mode="alt",
    reply=("overdue", [("INV-23456", "$980.00", "May 28, 2026")], "Jorge", 2),
    body="""Hello,

We will remit $980.00 on 6/19 for invoice INV-23456.

Jorge Alvarez
Pinecrest HVAC Services | Office Manager
(602) 555-0163""",
    intents=["promise_to_pay"], invoices=["INV-23456"],
    promises=[P("980.00", "USD", "2026-06-19", ["INV-23456"])],
    notes="US sender, month-first numeric date.")

add("ptp-008", frm="Harriet Collins <h.collins@brightwellfoods.example>", date="2026-06-24 11:05 +0100",
    client="outlook", mode="alt",
    reply=("second", [("INV-70311", "£6,240.00", "31 May 2026")], "Harriet", 5),
    body="""Dear Sir/Madam,

Thank you for your email. I can confirm that invoice INV-70311 for £6,240.00 has been
approved and will be paid by 3rd July.

Kind regards,

Harriet Collins
Purchase Ledger Team Leader
Brightwell Foods Ltd
Tel: +44 (0)161 496 0732""" + "\n\n" + DISCLAIMER,
    intents=["promise_to_pay"], invoices=["INV-70311"],
    promises=[P("6240.00", "GBP", "2026-07-03", ["INV-70311"])],
    notes="UK sender, GBP, ordinal date.")

add("ptp-009", frm="Oliver Grant <oliver.grant@marlowprinting.example>", date="2026-07-28 09:40 +0100",
    client="thunderbird", mode="plain",
    reply=("overdue", [("INV-73004", "£2,318.16", "30/06/2026"), ("INV-73350", "£410.00", "10/07/2026")], "Oliver", 1),
    body="""Morning,

We shall settle INV-73004 in full on our next BACS run, which is 05/08/2026. INV-73350 is
not yet due on our terms so will follow in the normal course.

Regards
Oliver Grant
Finance Assistant, Marlow Printing Ltd
01628 555 019""",
    intents=["promise_to_pay"], invoices=["INV-73004", "INV-73350"],
    promises=[P(None, None, "2026-08-05", ["INV-73004"])],
    notes="UK day-first numeric date (5 August). 'in full' without a figure -> amount null. INV-73350 mentioned but no promise.")

add("ptp-010", frm="Grace Liu <gliu@mesaverde-electric.example>", date="2026-09-14 15:22 -0600",
    client="outlook", mode="alt",
    reply=("second", [("INV-33410", "$8,420.00", "Aug 10, 2026")], "Grace", 7),
    body="""Hi,

We can't do the whole amount at once this month. We will pay $5,000.00 of INV-33410 by Friday
and the remaining $3,420.00 by the end of the month.

Grace Liu
Controller - Mesa Verde Electric
303-555-0190""",
    intents=["promise_to_pay"], invoices=["INV-33410"],
    promises=[P("5000.00", "USD", "fri", ["INV-33410"]), P("3420.00", "USD", "eom", ["INV-33410"])],
    notes="Two dated commitments on one invoice; stated as commitments, not a request for a plan.")

add("ptp-011", frm="Mathieu Tremblay <mtremblay@northernpulp.example>", date="2026-10-19 10:02 -0400",
    client="outlook", mode="plain",
    reply=("overdue", [("INV-48820", "CA$3,875.00", "Sep 30, 2026")], "Mathieu", 3),
    body="""Hi there,

The CA$3,875.00 for INV-48820 will be paid on Thursday by EFT.

Cheers,
Mathieu Tremblay
Accounts Payable | Northern Pulp & Paper Ltd.
Thunder Bay, ON | 807-555-0121""",
    intents=["promise_to_pay"], invoices=["INV-48820"],
    promises=[P("3875.00", "CAD", "thu", ["INV-48820"])],
    notes="Canadian dollars via CA$ prefix.")

add("ptp-012", frm="Rachel Stein <rstein@oakmontschools.example>", date="2026-05-06 12:31 -0400",
    client="gmail", mode="plain",
    reply=("overdue", [("INV-12045", "$1,980.00", "Apr 15, 2026"), ("INV-12046", "$2,045.00", "Apr 15, 2026")], "Rachel", 2),
    body="""Hi,

The board approved the disbursement last night. The full balance on invoices 12045 and 12046
will be paid in two weeks.

Rachel Stein
Business Office, Oakmont School District""",
    intents=["promise_to_pay"], invoices=["INV-12045", "INV-12046"],
    promises=[P(None, None, "+14", ["INV-12045", "INV-12046"])],
    notes="'in two weeks' = +14 days; bare numbers after 'invoices'.")

add("ptp-013", frm="Sam Whitaker <sam@whitakerfarms.example>", date="2026-11-03 07:58 -0600",
    client="apple", mode="plain",
    reply=("overdue", [("INV-90114", "$1,100.00", "Oct 20, 2026")], "Sam", 1),
    body="""Got it. We'll clear the $1,100 on INV-90114 by mid-month when the grain check comes in.

Sam""",
    intents=["promise_to_pay"], invoices=["INV-90114"],
    promises=[P("1100.00", "USD", "mid", ["INV-90114"])],
    notes="'mid-month' = 15th. 'when the grain check comes in' describes timing, the date is firm.")

add("ptp-014", frm="Angela Moretti <amoretti@castellano-foods.example>", date="2026-07-09 16:10 -0400",
    client="outlook", mode="alt",
    reply=("overdue", [("INV-81277", "$5,640.00", "Jun 30, 2026")], "Angela", 3),
    body="""Hello,

Because of where INV-81277 fell in our payment cycle it missed the June run. It will be paid
by the end of next month.

Thank you for your patience,
Angela Moretti
Accounts Payable Manager
Castellano Foods Inc.
Tel. 201-555-0176 ext. 212""",
    intents=["promise_to_pay"], invoices=["INV-81277"],
    promises=[P(None, None, "eonm", ["INV-81277"])],
    notes="'end of next month' = last day of August.")

add("ptp-015", frm="Brian Foster <bfoster@tristatepaving.example>", date="2026-10-02 15:30 -0400",
    client="outlook_old", mode="plain",
    reply=("second", [("INV-27700", "$9,150.00", "Aug 31, 2026")], "Brian", 8),
    body="""Brian here from Tri-State Paving. The ACH for INV-27700 ($9,150.00) will be initiated on
Monday. Sorry this one slipped through.

Brian Foster | Office & AP | Tri-State Paving
c. 412-555-0108""",
    intents=["promise_to_pay"], invoices=["INV-27700"],
    promises=[P("9150.00", "USD", "mon", ["INV-27700"])],
    notes="Sent on a Friday; 'on Monday' = the following Monday.")

add("ptp-016", frm="Carla Jennings <cjennings@vistaoptical.example>", date="2026-07-06 09:03 -0400",
    client="outlook", mode="html",
    reply=("overdue", [("INV-44018", "$15,600.00", "Jun 20, 2026")], "Carla", 2),
    body="""Hi,

Payment for INV-44018 ($15,600.00) is scheduled for 07/15/2026.

Please let me know if you need anything else.

Carla Jennings
Accounts Payable
Vista Optical Group""",
    intents=["promise_to_pay"], invoices=["INV-44018"],
    promises=[P("15600.00", "USD", "2026-07-15", ["INV-44018"])],
    notes="HTML-only Outlook message; US numeric date.")

add("ptp-017", frm="Derek Osei <derek.osei@greenleaf-landscaping.example>", date="2026-03-02 10:47 -0600",
    client="gmail", mode="alt",
    reply=("overdue", [("INV-50611", "$5,000.00", "Feb 13, 2026")], "Derek", 1),
    body="""Hi,

We'll send $2,500 on Wednesday and the other $2,500 next Wednesday to close out INV-50611.

Derek Osei
Greenleaf Landscaping""",
    intents=["promise_to_pay"], invoices=["INV-50611"],
    promises=[P("2500.00", "USD", "wed", ["INV-50611"]), P("2500.00", "USD", "next wed", ["INV-50611"])],
    notes="Two firm commitments: this Wednesday and Wednesday of next week.")

add("ptp-018", frm="Accounts Payable <accountspayable@ridgewayhealth.example>", date="2026-06-16 13:26 -0400",
    client="outlook_old", mode="plain", cte="quoted-printable",
    reply=("final", [("INV-39012", "$18,240.75", "Apr 30, 2026"), ("INV-39177", "$2,004.00", "May 15, 2026")], "", 3),
    body="""Please be advised that invoice INV-39012 in the amount of $18,240.75 has been approved and will be paid by 30 June 2026.

Ridgeway Health System | Accounts Payable Department | 1200 Ridgeway Ave, Columbus, OH 43215
Phone: 614-555-0150 | Fax: 614-555-0151""" + "\n\n" + DISCLAIMER_US,
    intents=["promise_to_pay"], invoices=["INV-39012"],
    promises=[P("18240.75", "USD", "2026-06-30", ["INV-39012"])],
    notes="Quoted-printable body with long lines; INV-39177 only in our final notice.")

add("ptp-019", frm="Mike Danforth <mike@danforthauto.example>", date="2026-04-12 21:40 -0500",
    client="apple", mode="plain",
    reply=("overdue", [("INV-11873", "$742.18", "Mar 31, 2026")], "Mike", 4),
    body="""Will pay inv 11873 tomorrow. Sorry for the delay

- Mike

Sent from my iPhone""",
    intents=["promise_to_pay"], invoices=["INV-11873"],
    promises=[P(None, None, "tomorrow", ["INV-11873"])],
    notes="Sunday evening; tomorrow = Monday.")

add("ptp-020", frm="Nina Kowalski <nkowalski@baltic-imports.example>", date="2026-05-16 10:15 -0400",
    client="gmail", mode="plain",
    reply=("overdue", [("INV-62290", "$3,310.00", "Apr 30, 2026")], "Nina", 2),
    body="""Hi, catching up on email this weekend. INV-62290 will be paid by Friday.

Nina""",
    intents=["promise_to_pay"], invoices=["INV-62290"],
    promises=[P(None, None, "fri", ["INV-62290"])],
    notes="Sent on a Saturday; 'by Friday' = the coming Friday.")

add("ptp-021", frm="Pieter de Vries <p.devries@zeelandmarine.example>", date="2026-12-16 14:05 +0100",
    client="outlook", mode="alt",
    reply=("overdue", [("INV-66031", "€4,200.00", "30 Nov 2026")], "Pieter", 1),
    body="""Dear colleagues,

The amount of € 4.200,00 for INV-66031 will be transferred next Monday, before our office
closes for the holidays.

With kind regards,
Pieter de Vries
Crediteurenadministratie | Zeeland Marine B.V.
T +31 118 555 240""",
    intents=["promise_to_pay"], invoices=["INV-66031"],
    promises=[P("4200.00", "EUR", "next mon", ["INV-66031"])],
    notes="Dutch sender writing English with EU number format.")

add("ptp-022", frm="Fiona MacLeod <fiona.macleod@glenbrae-distillers.example>", date="2026-01-22 12:12 +0000",
    client="outlook", mode="alt",
    reply=("overdue", [("INV-15520", "£1,015.40", "31/12/2025")], "Fiona", 3),
    body="""Hello,

Apologies - this was held pending a signature which we now have. £1,015.40 (INV-15520) will
be with you within 7 days.

Fiona MacLeod
Accounts, Glenbrae Distillers
+44 1463 555 880""",
    intents=["promise_to_pay"], invoices=["INV-15520"],
    promises=[P("1015.40", "GBP", "+7", ["INV-15520"])],
    notes="'within 7 days' = +7.")

add("ptp-023", frm="Hank Morrison <hmorrison@prairiefeed.example>", date="2026-02-11 08:20 -0600",
    client="outlook_old", mode="plain",
    reply=("overdue", [("INV-15009", "$2,340.00", "Jan 25, 2026")], "Hank", 2),
    body="""We will pay 2,340.00 on invoice INV-15009 by the 20th.

Hank Morrison
Prairie Feed & Supply""",
    intents=["promise_to_pay"], invoices=["INV-15009"],
    promises=[P("2340.00", None, "2026-02-20", ["INV-15009"])],
    notes="Figure without a currency symbol -> currency null.")

add("ptp-024", frm="Julie Tran <julie.tran@bayviewcafe.example>", date="2026-05-19 17:44 -0700",
    client="gmail", mode="alt",
    reply=("overdue", [("INV-58814", "$426.90", "May 1, 2026")], "Julie", 1),
    body="""This will be paid by end of month. Thanks!

Julie""",
    intents=["promise_to_pay"], invoices=["INV-58814"],
    promises=[P(None, None, "eom", ["INV-58814"])],
    notes="The invoice number is only in the subject line, which counts.")

add("ptp-025", frm="Steve Kaminski <skaminski@allegheny-tool.example>", date="2026-06-08 11:00 -0400",
    client="outlook", mode="alt",
    reply=("second", [("INV-42210", "$7,780.00", "Apr 30, 2026"), ("INV-42355", "$1,190.00", "May 15, 2026")], "Steve", 5),
    body="""Hi,

The wire for INV-42210 will go out Thursday 6/11. INV-42355 we have not
received yet, can you send me a copy?

Steve Kaminski
Allegheny Tool & Die
412-555-0145""",
    intents=["promise_to_pay", "invoice_request"], invoices=["INV-42210", "INV-42355"],
    promises=[P(None, None, "thu", ["INV-42210"])],
    notes="Weekday and numeric date agree. Asking for a copy of the second invoice.")

add("ptp-026", frm="Olga Petrova <opetrova@meridianlabs.example>", date="2026-09-08 10:18 -0400",
    client="outlook", mode="alt",
    reply=("overdue", [("INV-72001", "$3,300.00", "Aug 20, 2026")], "Olga", 2),
    body="""Hello,

Invoice INV-72001 (our PO 4500123, GR 5000981) will be paid next Friday, $3,300.00.

Best,
Olga Petrova
Meridian Labs | Procure-to-Pay
T 857-555-0133 | F 857-555-0134
Vendor inquiries: reference our PO number on all correspondence""",
    intents=["promise_to_pay"], invoices=["INV-72001"],
    promises=[P("3300.00", "USD", "next fri", ["INV-72001"])],
    notes="PO and goods-receipt numbers are not invoices.")

add("ptp-027", frm="Ellie Hughes <ellie.hughes@kestrelhomeware.example>", date="2026-08-12 15:47 +0100",
    client="outlook", mode="plain", cte="base64",
    reply=("overdue", [("INV-77140", "£3,960.00", "31/07/2026")], "Ellie", 2),
    body="""Hi,

Thanks for your patience. INV-77140 is approved and we will pay the £3,960.00 by 31st August.

Many thanks,
Ellie Hughes
Accounts Payable, Kestrel Homeware Ltd""" + "\n\n" + DISCLAIMER,
    intents=["promise_to_pay"], invoices=["INV-77140"],
    promises=[P("3960.00", "GBP", "2026-08-31", ["INV-77140"])],
    notes="Base64-encoded plain body.")

add("ptp-028", frm="Bill Hutchins <bhutchins@cornerstonehardware.example>", date="2026-02-03 13:35 -0500",
    client="outlook_old", mode="plain", charset="windows-1252", cte="quoted-printable",
    reply=("overdue", [("INV-38112", "$6,900.00", "Jan 15, 2026")], "Bill", 3),
    body="""Hi –

We’ll pay the $6,900.00 balance on INV-38112 by Friday – it’s on this week’s run.

Bill Hutchins
Cornerstone Hardware • Accounts Payable
“Serving the valley since 1962”""",
    intents=["promise_to_pay"], invoices=["INV-38112"],
    promises=[P("6900.00", "USD", "fri", ["INV-38112"])],
    notes="windows-1252 quoted-printable with smart quotes and dashes.")

add("ptp-029", frm="Wendy Alcott <walcott@ironwoodfurniture.example>", date="2026-10-27 09:25 -0500",
    client="gmail", mode="alt",
    reply=("overdue", [("INV-85236", "$2,780.00", "Oct 10, 2026"), ("INV-85301", "$2,780.00", "Oct 17, 2026")], "Wendy", 1),
    body="""Morning!

Both invoices (INV-85236 and INV-85301) will be paid in full on Friday, $5,560.00 total.
We had a hiccup with our bank portal last week which is now sorted.

Wendy Alcott
Ironwood Furniture Co.""",
    intents=["promise_to_pay"], invoices=["INV-85236", "INV-85301"],
    promises=[P("5560.00", "USD", "fri", ["INV-85236", "INV-85301"])],
    notes="One total for both invoices.")

add("ptp-030", frm="Marcus Bell <mbell@bellandsons-roofing.example>", date="2026-12-29 08:05 -0600",
    client="apple", mode="plain",
    reply=("second", [("INV-91802", "$4,430.00", "Nov 30, 2026")], "Marcus", 6),
    body="""Happy holidays. Check for INV-91802 goes out next week, first thing in the new year.

Marcus Bell
Bell & Sons Roofing

Sent from my iPad""",
    intents=["promise_to_pay"], invoices=["INV-91802"],
    promises=[P(None, None, "next week", ["INV-91802"])],
    notes="'next week' across the year boundary (Friday 2027-01-08).")

# ---- near-promises that are not promises -----------------------------------------------------

add("np-001", frm="Cheryl Adams <cadams@lincolnparkdeli.example>", date="2026-04-21 14:15 -0500",
    client="gmail", mode="plain",
    reply=("overdue", [("INV-26640", "$1,245.00", "Apr 1, 2026")], "Cheryl", 2),
    body="""Hi,

We're working on it. Things have been crazy here but we'll try to get it paid soon.

Cheryl""",
    intents=["other"], invoices=["INV-26640"],
    notes="Vague non-commitment: no promise. Invoice from subject only.")

add("np-002", frm="Raj Malhotra <raj.malhotra@apexcomponents.example>", date="2026-09-22 10:40 -0400",
    client="outlook", mode="alt",
    reply=("overdue", [("INV-74420", "$9,875.00", "Sep 5, 2026")], "Raj", 3),
    body="""Hi,

I've asked our controller to sign off on INV-74420. Hopefully it goes out next week but I
can't promise anything until he is back.

Raj Malhotra
Apex Components - AP""",
    intents=["other"], invoices=["INV-74420"],
    notes="'Hopefully ... can't promise' is not a promise.")

add("np-003", frm="Laura Jimenez <ljimenez@sunbeltsupply.example>", date="2026-03-11 16:02 -0500",
    client="outlook", mode="alt",
    reply=("second", [("INV-29915", "$4,060.00", "Feb 6, 2026")], "Laura", 4),
    body="""Hello,

We returned 12 cases under RMA 88213 on Feb 20 and are still waiting for the credit note.
Once we receive the credit note we will pay the remaining balance of INV-29915.

Thank you,
Laura Jimenez
Sunbelt Supply Inc. | 813-555-0199""",
    intents=["dispute"], reasons=["returns_credit"], invoices=["INV-29915"],
    notes="Conditional payment ('once we receive the credit note') is not a promise.")

add("np-004", frm="Gary Whitfield <gwhitfield@lonestar-fabrication.example>", date="2026-06-23 09:12 -0500",
    client="outlook_old", mode="plain",
    reply=("overdue", [("INV-36701", "$11,200.00", "Jun 5, 2026")], "Gary", 1),
    body="""Morning,

We can't pay INV-36701 this week, a large customer of ours is late paying us. Could we have
until June 30 on this one?

Gary Whitfield
Lone Star Fabrication""",
    intents=["payment_plan_request"], invoices=["INV-36701"],
    notes="Negated plus a request for an extension: no promise.")

add("np-005", frm="Helen Brooks <hbrooks@cedarvalleyfarms.example>", date="2026-11-12 11:30 -0600",
    client="gmail", mode="plain",
    reply=("overdue", [("INV-93310", "$2,275.00", "Oct 31, 2026")], "Helen", 2),
    body="""Hi,

Payment for inv 93310 should go out sometime next month, depending on how harvest receipts
come in. I'll let you know.

Helen Brooks
Cedar Valley Farms""",
    intents=["other"], invoices=["INV-93310"],
    notes="Conditional and vague ('should', 'depending on'): not a promise.")

add("np-006", frm="Ken Yamada <kyamada@pacificrimtrading.example>", date="2026-05-26 10:05 -0700",
    client="outlook", mode="alt",
    reply=("overdue", [("INV-57733", "$3,128.00", "May 10, 2026")], "Ken", 2),
    body="""Hi,

INV-57733 was rejected by our AP system because our PO number is missing from the invoice.
Please send a corrected invoice showing PO 7700-2291. If we get it by Wednesday we can
include it in Friday's payment run.

Ken Yamada
Pacific Rim Trading Co.""",
    intents=["dispute", "invoice_request"], reasons=["missing_po_or_docs"], invoices=["INV-57733"],
    notes="Conditional payment (if corrected invoice arrives) is not a promise.")

add("np-007", frm="Denise Carter <dcarter@hudsonmedsupply.example>", date="2026-08-18 13:50 -0400",
    client="outlook", mode="alt",
    reply=("second", [("INV-60912", "$7,344.00", "Jul 20, 2026")], "Denise", 5),
    body="""Hello,

We will not be paying INV-60912 until the quantity issue is resolved. We were invoiced for
48 cartons and our receiving report shows 40.

Denise Carter
Hudson Medical Supply, AP""",
    intents=["dispute"], reasons=["quantity_short"], invoices=["INV-60912"],
    notes="Negated payment statement; quantity dispute.")

add("np-008", frm="Paul Ferris <pferris@northgateelectric.example>", date="2026-01-28 15:20 -0500",
    client="outlook_old", mode="plain",
    reply=("overdue", [("INV-17730", "$1,880.00", "Jan 10, 2026")], "Paul", 3),
    body="""Not sure when we can pay this. Cash is tight until our line of credit renews. I will
reach back out when I know more.

Paul Ferris
Northgate Electric""",
    intents=["other"], invoices=["INV-17730"],
    notes="No date, no request: just a status. Not a promise and not a plan request.")

# ---- payments already made ------------------------------------------------------------------

add("pay-001", frm="Teresa Nguyen <tnguyen@riversidebakery.example>", date="2026-06-01 10:22 -0500",
    client="gmail", mode="alt",
    reply=("overdue", [("INV-24190", "$1,872.00", "May 12, 2026")], "Teresa", 1),
    body="""Hi there,

We paid INV-24190 on May 28 via ACH, trace number 021000021234567. It may not have posted
on your side yet. Please let me know if you still don't see it by Wednesday.

Teresa Nguyen
Riverside Bakery Co. | Accounts Payable
(816) 555-0128""",
    intents=["payment_sent"], invoices=["INV-24190"],
    notes="Payment already made with a trace number; 'by Wednesday' is not a promise.")

add("pay-002", frm="SAP Remittance <remittance-noreply@halvorsen-industries.example>",
    date="2026-04-17 02:13 -0500", client="generic", mode="html",
    subject="Payment Advice - Halvorsen Industries - Payment Doc 2000048812",
    body="""REMITTANCE ADVICE

Payee: OURCO INDUSTRIAL SUPPLY INC
Vendor no.: 100734
Payment document: 2000048812
Payment date: 04/16/2026
Payment method: ACH
Amount paid: USD 23,906.40

Invoice reference    Invoice date    Gross amount    Discount    Net paid
INV-51209            02/27/2026      9,816.00        0.00        9,816.00
INV-51388            03/06/2026      8,240.40        0.00        8,240.40
INV-51466            03/13/2026      5,850.00        0.00        5,850.00

This is a system generated message. Please do not reply to this e-mail.
For questions contact vendorsupport@halvorsen-industries.example""",
    html_body="""<div style="font-family:Arial;font-size:10pt"><h3>REMITTANCE ADVICE</h3>
<table border="0" cellpadding="2"><tr><td>Payee:</td><td>OURCO INDUSTRIAL SUPPLY INC</td></tr>
<tr><td>Vendor no.:</td><td>100734</td></tr>
<tr><td>Payment document:</td><td>2000048812</td></tr>
<tr><td>Payment date:</td><td>04/16/2026</td></tr>
<tr><td>Payment method:</td><td>ACH</td></tr>
<tr><td>Amount paid:</td><td>USD 23,906.40</td></tr></table><br>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>Invoice reference</th><th>Invoice date</th><th>Gross amount</th><th>Discount</th><th>Net paid</th></tr>
<tr><td>INV-51209</td><td>02/27/2026</td><td align="right">9,816.00</td><td align="right">0.00</td><td align="right">9,816.00</td></tr>
<tr><td>INV-51388</td><td>03/06/2026</td><td align="right">8,240.40</td><td align="right">0.00</td><td align="right">8,240.40</td></tr>
<tr><td>INV-51466</td><td>03/13/2026</td><td align="right">5,850.00</td><td align="right">0.00</td><td align="right">5,850.00</td></tr>
</table><p>This is a system generated message. Please do not reply to this e-mail.<br>
For questions contact vendorsupport@halvorsen-industries.example</p></div>""",
    intents=["payment_sent"], invoices=["INV-51209", "INV-51388", "INV-51466"],
    headers={"Auto-Submitted": "auto-generated"},
    notes="ERP remittance advice (HTML table). A remittance advice is payment_sent, not auto_reply.")

add("pay-003", frm="Don Whitley <dwhitley@whitleyplumbing.example>", date="2026-04-07 08:31 -0500",
    client="outlook_old", mode="plain",
    reply=("second", [("INV-22871", "$3,450.00", "Feb 28, 2026")], "Don", 4),
    body="""We already paid this. Check #10482 mailed 4/2 for the full $3,450.00. Please check your
records before sending another notice.

Don Whitley
Whitley Plumbing & Heating""",
    intents=["payment_sent"], invoices=["INV-22871"],
    notes="'We already paid this' is payment_sent, not a dispute.")

add("pay-004", frm="Amanda Price <aprice@keystonemfg.example>", date="2026-07-23 14:48 -0400",
    client="outlook", mode="alt",
    reply=("overdue", [("INV-64401", "$6,210.00", "Jul 1, 2026"), ("INV-64455", "$2,995.00", "Jul 8, 2026")], "Amanda", 2),
    attachments=[("Remittance_Ourco_0723.pdf", "application/pdf", fake_pdf("keystone remit 0723"))],
    body="""Hi,

Please find attached our remittance for a payment of $9,205.00 covering INV-64401 and
INV-64455. Funds were sent by ACH today.

Thank you,
Amanda Price
Accounts Payable Specialist
Keystone Manufacturing, Inc.
P: 717-555-0162""" + "\n\n" + DISCLAIMER_US,
    intents=["payment_sent"], invoices=["INV-64401", "INV-64455"],
    notes="Remittance with PDF attachment.")

add("pay-005", frm="Rosa Delgado <rdelgado@sunsetmotors.example>", date="2026-09-30 16:55 -0700",
    client="gmail", mode="plain",
    reply=("overdue", [("INV-80095", "$1,530.00", "Sep 15, 2026")], "Rosa", 1),
    body="""Hi! Payment for INV-80095 was released today. You should see it in 2-3 business days.

Rosa""",
    intents=["payment_sent"], invoices=["INV-80095"],
    notes="Released = payment_sent; the arrival estimate is not a promise.")

add("pay-006", frm="Purchase Ledger <purchase.ledger@thornbury-engineering.example>",
    date="2026-06-12 12:02 +0100", client="outlook", mode="alt",
    reply=("overdue", [("INV-71550", "£8,412.60", "31/05/2026")], "", 2),
    body="""Good afternoon,

A BACS payment of £8,412.60 was made on 11/06/2026 against INV-71550, our reference
TE-PAY-004471. Please allow up to 3 working days for it to reach your account.

Regards,
Purchase Ledger
Thornbury Engineering Ltd
Tel: 0117 496 0355""" + "\n\n" + DISCLAIMER,
    intents=["payment_sent"], invoices=["INV-71550"],
    notes="UK BACS; payment reference is not an invoice number.")

add("pay-007", frm="Katrin Lindqvist <katrin.lindqvist@nordhavn-shipping.example>",
    date="2026-03-25 09:18 +0100", client="outlook", mode="alt",
    reply=("overdue", [("INV-59920", "€14,300.00", "28 Feb 2026")], "Katrin", 1),
    attachments=[("MT103_59920.pdf", "application/pdf", fake_pdf("mt103 nordhavn"))],
    body="""Dear Sir or Madam,

The outstanding amount for invoice INV-59920, EUR 14.300,00, was transferred by SWIFT on
23.03.2026. The MT103 confirmation is attached for your reference.

Best regards
Katrin Lindqvist
Accounting | Nordhavn Shipping A/S
+45 33 55 01 22""",
    intents=["payment_sent"], invoices=["INV-59920"],
    notes="Danish sender, EU formats, wire confirmation attached.")

add("pay-008", frm="Greg Thompson <gthompson@pioneerlumber.example>", date="2026-05-13 11:41 -0600",
    client="outlook", mode="alt",
    reply=("overdue", [("INV-46611", "$2,600.00", "Apr 20, 2026"), ("INV-46702", "$2,600.00", "Apr 27, 2026")], "Greg", 2),
    body="""Hi,

Looks like we paid INV-46611 twice by mistake - once on 4/22 and again on 5/1, $2,600.00
each time. Please apply the extra payment to INV-46702 so both are closed.

Greg Thompson
Pioneer Lumber Yard""",
    intents=["payment_sent"], invoices=["INV-46611", "INV-46702"],
    notes="Overpayment to be applied to another invoice: both invoices are covered by payments already made.")

add("pay-009", frm="Andrea Costa <acosta@bluewater-seafood.example>", date="2026-08-04 10:10 -0400",
    client="gmail", mode="alt",
    reply=("second", [("INV-67781", "$4,150.00", "Jun 30, 2026"), ("INV-67902", "$3,870.00", "Jul 10, 2026")], "Andrea", 4),
    body="""Hi,

INV-67781 was paid last Thursday by wire (ref BW-0730-118). INV-67902 will be paid on
Friday, $3,870.00.

Best,
Andrea Costa
Bluewater Seafood Distributors""",
    intents=["payment_sent", "promise_to_pay"], invoices=["INV-67781", "INV-67902"],
    promises=[P("3870.00", "USD", "fri", ["INV-67902"])],
    notes="Paid for one invoice, promise for the other.")

add("pay-010", frm="Frank Russo <frusso@russoandsons.example>", date="2026-02-24 09:05 -0500",
    client="outlook_old", mode="plain",
    reply=("overdue", [("INV-19044", "$845.50", "Feb 5, 2026")], "Frank", 3),
    body="""Check mailed yesterday for inv# 19044, $845.50, check no. 5521.

Frank Russo
Russo & Sons Masonry""",
    intents=["payment_sent"], invoices=["INV-19044"],
    notes="Terse payment notice.")

add("pay-011", frm="Payment Notifications <payments@payhub-network.example>", date="2026-10-08 06:30 -0500",
    client="generic", mode="alt",
    subject="You've been paid: $5,482.33 from Granite Peak Resorts",
    body="""Hello Ourco Industrial Supply,

Granite Peak Resorts has issued a payment to you.

Payment amount: $5,482.33
Payment method: Virtual card ending 7731
Payment number: GPR-PMT-0099218
Issue date: October 7, 2026

Invoices paid:
  INV-83010   $2,741.00
  INV-83011   $2,741.33

To process the card payment, log in to the supplier portal. Questions about this payment
should be directed to ap@granitepeakresorts.example.

This is an automated notification. Replies to this address are not monitored.""",
    intents=["payment_sent"], invoices=["INV-83010", "INV-83011"],
    headers={"Auto-Submitted": "auto-generated", "Precedence": "bulk"},
    notes="Payment-network notification on behalf of the customer: payment_sent, not auto_reply; the AP address is not a redirect.")

add("pay-012", frm="Jenny Walsh <jwalsh@harborviewdental.example>", date="2026-11-18 13:14 -0500",
    client="apple", mode="plain",
    reply=("overdue", [("INV-96104", "$389.00", "Nov 1, 2026")], "Jenny", 1),
    body="""I paid this by credit card on your portal this morning, confirmation #CC-771204.

Jenny Walsh
Harborview Dental

Sent from my iPhone""",
    intents=["payment_sent"], invoices=["INV-96104"],
    notes="Invoice from the subject only.")

add("pay-013", frm="Victor Ramos <vramos@cascade-packaging.example>", date="2026-03-19 15:37 -0700",
    client="outlook", mode="alt",
    reply=("second", [("INV-34501", "$7,120.00", "Feb 15, 2026"), ("INV-34588", "$7,120.00", "Feb 20, 2026")], "Victor", 3),
    attachments=[("ACH_confirmation_INV34501.pdf", "application/pdf", fake_pdf("cascade ach 34501"))],
    body="""Hello,

INV-34501 was paid on 2/27, proof of payment attached. INV-34588 is the same shipment billed a
second time - same PO, same packing list, same amount - so we will not be paying it. Please void
it.

Victor Ramos
AP Lead, Cascade Packaging""",
    intents=["payment_sent", "dispute"], reasons=["duplicate_billing"],
    invoices=["INV-34501", "INV-34588"],
    notes="Paid one, disputes the other as a duplicate.")

add("pay-014", frm="bob@hendersonauto.example", date="2026-07-14 18:02 -0500",
    client="apple", mode="plain",
    reply=("overdue", [("INV-75509", "$212.40", "Jun 30, 2026")], "", 2),
    body="""paid""",
    intents=["payment_sent"], invoices=["INV-75509"],
    notes="One-word reply.")

add("pay-015", frm="Claire Dubois-Martin <cdm@maplecrest-retail.example>", date="2026-02-10 10:48 -0500",
    client="outlook_old", mode="plain", charset="windows-1252", cte="quoted-printable",
    reply=("overdue", [("INV-18820", "CA$2,640.00", "Jan 20, 2026")], "Claire", 2),
    body="""Hello,

EFT #004418 for CA$2,640.00 was sent on Feb. 6 for INV-18820 – it should already be in your
account. I’ve attached nothing because our system doesn’t produce remittances, sorry!

Claire Dubois-Martin
Maplecrest Retail • Comptes fournisseurs / Accounts Payable
Ottawa (ON) • 613-555-0187""",
    intents=["payment_sent"], invoices=["INV-18820"],
    notes="Canadian, windows-1252 quoted-printable.")

add("pay-016", frm="Accounts Payable <ap@lakeviewhospital.example>", date="2026-06-04 15:10 -0500",
    client="outlook", mode="html",
    reply=("overdue", [("INV-68120", "$12,905.00", "May 20, 2026"), ("INV-68141", "$440.00", "May 22, 2026")], "", 2),
    body="""Hello,

Our records indicate payment for invoice INV-68120 was processed on 06/03/2026 via ACH in the
amount of $12,905.00.

Thank you,
Lakeview Hospital Accounts Payable
Phone: 608-555-0190 option 2""" + "\n\n" + DISCLAIMER_US,
    intents=["payment_sent"], invoices=["INV-68120"],
    notes="HTML-only. INV-68141 only in the quote.")

add("pay-017", frm="Maya Goldberg <mgoldberg@silverline-events.example>", date="2026-09-02 11:27 -0400",
    client="gmail", mode="alt",
    reply=("overdue", [("INV-79963", "$3,780.00", "Aug 15, 2026")], "Maya", 1),
    body="""Hi,

We sent $3,780.00 for INV-79963 on Aug 28. Our AP system still had your old bank account on
file (ending 0925) - please check whether it reached you and let me know once it is applied.

Maya Goldberg
Silverline Events""",
    intents=["payment_sent"], invoices=["INV-79963"],
    notes="Payment made, possibly to an old account; still payment_sent.")

add("pay-018", frm="Ray Sullivan <rsullivan@midlandconcrete.example>", date="2026-05-07 09:44 -0500",
    client="outlook", mode="alt",
    reply=("overdue", [("INV-53370", "$9,600.00", "Apr 20, 2026")], "Ray", 2),
    body="""Hello,

We paid $8,800.00 against INV-53370 yesterday. The remaining $800.00 was short paid on
purpose: the invoice bills 400 yd of ready-mix at $24.00/yd, but our quote Q-2211 was $22.00/yd.

Ray Sullivan
Midland Concrete, Accounts Payable""",
    intents=["payment_sent", "dispute"], reasons=["pricing"], invoices=["INV-53370"],
    notes="Short payment with a pricing dispute on the difference.")

add("pay-019", frm="Accounts Payable <payables@evergreenschools.example>", date="2026-01-30 16:20 -0600",
    client="outlook", mode="alt",
    reply=("statement", [("INV-14402", "$1,210.00", "Jan 2, 2026"), ("INV-14490", "$860.00", "Jan 9, 2026"), ("INV-14577", "$2,015.00", "Jan 16, 2026"), ("INV-14610", "$330.00", "Jan 23, 2026")], "", 3),
    body="""Good afternoon,

Today's payment run included INV-14402, INV-14490 and INV-14577, total $4,085.00, check
#88231. INV-14610 will be in a later run once it is approved by the school.

Evergreen School District - Accounts Payable""",
    intents=["payment_sent"], invoices=["INV-14402", "INV-14490", "INV-14577", "INV-14610"],
    notes="Paid three of four; the fourth has no date, so no promise.")

add("pay-020", frm="Connor Walsh <cwalsh@laurentian-timber.example>", date="2026-11-05 14:00 -0500",
    client="outlook", mode="alt",
    reply=("overdue", [("INV-94012", "CAD 6,118.00", "Oct 15, 2026")], "Connor", 2),
    body="""Hi,

EFT sent this morning for INV-94012, CAD 6,118.00. Sorry for the delay, our controller was
away.

Connor Walsh
Laurentian Timber Products""",
    intents=["payment_sent"], invoices=["INV-94012"],
    notes="CAD written as a code.")

add("pay-021", frm="Ana Ortiz <aortiz@valleyfreshproduce.example>", date="2026-08-26 12:33 -0700",
    client="gmail", mode="alt",
    reply=("second", [("INV-78844", "$5,230.00", "Jul 31, 2026")], "Ana", 4),
    body="""Hi,

We paid INV-78844 on 8/21, wire ref VFP-821-03. Could you send me an updated statement of
account showing it applied? Our auditors need it.

Thanks!
Ana Ortiz
Valley Fresh Produce""",
    intents=["payment_sent", "invoice_request"], invoices=["INV-78844"],
    notes="Payment made plus a statement request.")

add("pay-022", frm="Ian Fletcher <ifletcher@westbrook-ceramics.example>", date="2026-10-14 10:06 +0100",
    client="outlook", mode="alt",
    reply=("overdue", [("INV-86550", "£2,200.00", "30/09/2026")], "Ian", 2),
    body="""Hello,

We transferred £2,200.00 for INV-86550 on Monday. For future payments, could you confirm the
sort code and account number we should use? We had a letter saying your bank had changed and
want to check it is genuine before updating our records.

Ian Fletcher
Westbrook Ceramics Ltd - Finance""",
    intents=["payment_sent", "balance_inquiry"], invoices=["INV-86550"],
    notes="Payment made; asking to confirm our bank details is balance_inquiry (how to pay).")

add("pay-023", frm="Liz Harmon <lharmon@fairviewvet.example>", date="2026-12-07 09:12 -0600",
    client="gmail", mode="plain",
    reply=("overdue", [("INV-97003", "$615.80", "Nov 20, 2026")], "Liz", 3),
    body="""Good morning,

This was paid on 11/25 with check 3307. I can see it cleared our bank on 12/2 so you should
have it.

Liz Harmon
Office Manager, Fairview Veterinary Clinic
(920) 555-0143""",
    intents=["payment_sent"], invoices=["INV-97003"],
    notes="Invoice only in subject.")

add("pay-024", frm="Treasury Operations <treasury@atlas-aerospace.example>", date="2026-03-31 17:58 -0400",
    client="outlook", mode="html", cte="quoted-printable",
    reply=("final", [("INV-35555", "$48,760.00", "Jan 31, 2026"), ("INV-35601", "$3,115.00", "Feb 15, 2026")], "", 2),
    body="""Hello,

Please be advised that Atlas Aerospace has released a wire transfer in the amount of
USD 48,760.00 in settlement of invoice INV-35555. Fed reference: 20260331MMQFMP2K000412.

Regards,
Treasury Operations | Atlas Aerospace Corp.
This mailbox is monitored Monday-Friday, 8am-5pm ET.""" + "\n\n" + DISCLAIMER_US,
    intents=["payment_sent"], invoices=["INV-35555"],
    notes="HTML-only, quoted-printable; INV-35601 only in the quote.")

# ==== CASES END ====


# --------------------------------------------------------------------------------------------
# Checks and output
# --------------------------------------------------------------------------------------------

INV_LITERAL = re.compile(r"\bINV-?\s?(\d{5})\b", re.I)


def _decoded_texts(eml: str) -> list[tuple[str, str]]:
    """Decoded text parts, read the way a consumer of the file would (UTF-8 bytes of the line)."""
    msg = email.message_from_bytes(eml.encode("utf-8"), policy=email.policy.default)
    out = []
    for part in msg.walk():
        if part.get_content_maintype() == "text" and not part.is_attachment():
            out.append((part.get_content_subtype(), part.get_content().replace("\r\n", "\n")))
    return out


def check(c: Case) -> None:
    where = f"case {c.id}"
    msg = email.message_from_string(c.eml)
    assert msg["From"] and msg["Date"] and msg["Message-ID"], where
    assert email.utils.parsedate_to_datetime(msg["Date"]) == c.sent, where
    texts = _decoded_texts(c.eml)
    assert texts, where
    first_line = next(x for x in c.own_text.split("\n") if x.strip()).strip()
    for subtype, text in texts:
        probe = html.escape(first_line) if subtype == "html" else first_line
        assert probe[:40] in text, (where, subtype, probe)

    assert c.intents and set(c.intents) <= INTENTS and len(set(c.intents)) == len(c.intents), where
    assert set(c.reasons) <= REASONS, where
    assert bool(c.reasons) == ("dispute" in c.intents), where
    if "auto_reply" in c.intents:
        assert c.intents == ["auto_reply"], where
    assert (c.new_contact is None) or ("contact_change" in c.intents), where
    if c.new_contact:
        assert c.new_contact == c.new_contact.lower() and "@" in c.new_contact, where
        assert c.new_contact in c.own_text.lower(), where
    assert bool(c.promises) == ("promise_to_pay" in c.intents), where
    for inv in c.invoices:
        assert re.fullmatch(r"INV-\d{5}", inv), where
        assert inv[4:] in c.subject + c.own_text, (where, inv)
    for num in INV_LITERAL.findall(c.subject + "\n" + c.own_text):
        assert f"INV-{num}" in c.invoices, (where, num)
    for p in c.promises:
        assert p["amount"] is None or re.fullmatch(r"\d+\.\d{2}", p["amount"]), where
        assert p["currency"] is None or p["currency"] in CURRENCIES, where
        assert p["amount"] is not None or p["currency"] is None, where
        assert date.fromisoformat(p["date"]) >= c.sent.date(), where
        assert set(p["invoices"]) <= set(c.invoices), where
        if p["amount"]:
            whole = p["amount"].split(".")[0]
            digits = re.sub(r"[^\d]", "", c.own_text)
            assert whole in digits or whole in re.sub(r"[^\d]", "", c.subject), (where, whole)


def record(c: Case) -> dict:
    return {
        "id": c.id,
        "eml": c.eml,
        "expected": {
            "intents": sorted(c.intents),
            "dispute_reasons": sorted(c.reasons),
            "promises": c.promises,
            "invoices": sorted(c.invoices),
            "new_contact": c.new_contact,
        },
        "notes": c.notes,
    }


def summary() -> str:
    intents, reasons, langs, feats = Counter(), Counter(), Counter(), Counter()
    for c in CASES:
        intents.update(c.intents)
        reasons.update(c.reasons)
        langs[c.lang] += 1
        feats.update(c.features)
    multi = sum(1 for c in CASES if len(c.intents) > 1)
    rows = [f"cases: {len(CASES)}  (multi-intent: {multi})",
            "intents: " + ", ".join(f"{k}={v}" for k, v in sorted(intents.items())),
            "reasons: " + ", ".join(f"{k}={v}" for k, v in sorted(reasons.items())),
            "languages: " + ", ".join(f"{k}={v}" for k, v in sorted(langs.items())),
            "features: " + ", ".join(f"{k}={v}" for k, v in sorted(feats.items()))]
    return "\n".join(rows)


def main(argv: list[str]) -> int:
    _check_resolver()
    ids = [c.id for c in CASES]
    dupes = [k for k, v in Counter(ids).items() if v > 1]
    assert not dupes, dupes
    for c in CASES:
        check(c)
    lines = [json.dumps(record(c), ensure_ascii=False) for c in CASES]
    for line in lines:
        back = json.loads(line)
        email.message_from_string(back["eml"])
    if "--check" not in argv:
        OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(summary())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

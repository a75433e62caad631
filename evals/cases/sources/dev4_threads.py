"""dev4 topic: mail whose hard part is its format, not its wording.

In real collections mail the customer's new text is often two lines long and sits on top of
everything that came before: our overdue notice, our second notice and our final notice quoted
one inside the other, each with its own invoice table, totals and "please pay by" date; the
customer's own earlier reply (an old promise that has since been overtaken); a collector's
follow-up; or an internal chain between AP, purchasing, the warehouse, treasury or vendor
master that was forwarded to us with a one-line note on top. Some mail has no plain text at all
(an HTML-only remittance table, an ERP payment or rejection notice), some is bottom-posted from
a phone under the quoted reminder, and most carries signatures with street addresses, ZIP and
postcodes, phone numbers, company register numbers and confidentiality notices in English,
French, German, Spanish, Dutch or Welsh.

The reading that counts is the sender's own new text (and the subject): the dates in our quoted
notices are not the customer's promise, an approver's "hold INV-x" in a forwarded chain is not a
dispute raised with us, an old quoted promise is not a new one, and an invoice that appears only
in the quoted reminder is not one the sender referred to. These cases put each of those traps in
the common layouts (Outlook "From: / Sent: / To: / Subject:" blocks, Gmail and Apple nested
">" quoting, forwarded-message headers, HTML tables), across all ten intents, in English and in
Spanish, French and German.

Convention kept from dev3: `invoices` lists only the numbers that appear in the sender's text or
the subject. Where a sender bottom-posts under the reminder and answers it ("this one", "both"),
the quoted lines are part of what they typed and every invoice in them is one they answer.
"""

from __future__ import annotations

import hashlib
import html
import re
from datetime import datetime

import dev_cases as base
from dev2_cases import ANDROID, IPHONE  # noqa: F401  (importing dev2_cases also widens currencies)
from dev_cases import (
    AR,
    AR_SIGNATURE,
    DISCLAIMER,
    DISCLAIMER_DE,
    DISCLAIMER_ES,
    DISCLAIMER_FR,
    DISCLAIMER_US,
    P,
    Quote,
    add,
    body_html,
    fake_pdf,
    ours_offset,
    quote_html,
    quote_text,
    when,
)

# --------------------------------------------------------------------------------------------
# Helpers: our notices with their own "please pay by" dates, quoted threads, HTML tables
# --------------------------------------------------------------------------------------------

COLLECTOR = "Renee Alvarado <ralvarado@ourco.example>"
COLLECTOR_SIG = ("Renee Alvarado\nCollections Specialist | Ourco Industrial Supply, Inc.\n"
                 "ralvarado@ourco.example | +1 (312) 555-0151")

_SIG = {
    "es": ("Un saludo,\nDepartamento de Cobros\nOurco Industrial Supply, Inc.\n"
           "ar@ourco.example | +1 (312) 555-0148"),
    "fr": ("Cordialement,\nService Recouvrement\nOurco Industrial Supply, Inc.\n"
           "ar@ourco.example | +1 (312) 555-0148"),
    "de": ("Mit freundlichen Grüßen\nDebitorenbuchhaltung\nOurco Industrial Supply, Inc.\n"
           "ar@ourco.example | +1 (312) 555-0148"),
}
_TOTAL = {"en": "Total past due", "es": "Total vencido", "fr": "Total échu", "de": "Gesamtbetrag"}


def _ar(day: str, clock: str = "07:20") -> datetime:
    """A timestamp of one of our outbound messages (US Central, with daylight saving)."""
    return when(f"{day} {clock} {ours_offset(datetime.fromisoformat(f'{day}T{clock}'))}")


def notice(level: str, rows, name: str = "", pay_by: str = "", acct: str = "", lang: str = "en",
           total: str = "") -> tuple[str, str]:
    """One of our reminders: (subject, body). `rows` is [(invoice, amount, due)]; every notice
    names its own 'please pay by' date, which is ours and never the customer's."""
    first = rows[0][0]
    many = len(rows) > 1
    acct = acct or "C-" + hashlib.sha1(first.encode()).hexdigest()[:5].upper()
    table = base._lines(rows, lang) + (f"\n  {_TOTAL[lang]}: {total}" if total else "")
    if lang == "es":
        hello = f"Estimado/a {name or 'cliente'}:\n\n"
        if level == "overdue":
            subj = f"Facturas vencidas – cuenta {acct}" if many else f"Recordatorio de pago – factura {first}"
            text = (("Según nuestros registros, las siguientes facturas están pendientes de pago:"
                     if many else "Según nuestros registros, la siguiente factura está pendiente de pago:")
                    + f"\n\n{table}\n\nLe rogamos que realice el pago antes del {pay_by} o que nos "
                    "indique la fecha prevista. Si ya ha realizado el pago, por favor envíenos el "
                    "justificante.")
        else:
            subj = f"Segundo aviso – cuenta {acct}" if many else f"Segundo aviso – factura {first}"
            text = ("Todavía no hemos recibido el pago de " + ("las siguientes facturas" if many else
                    "la siguiente factura") + " y no hemos tenido respuesta a nuestro recordatorio "
                    f"anterior:\n\n{table}\n\nLe rogamos que efectúe el pago a más tardar el {pay_by}. "
                    "Si hay algún problema con la factura, indíquenoslo para poder resolverlo.")
        return subj, hello + text + "\n\n" + _SIG["es"]
    if lang == "fr":
        hello = f"Bonjour {name},\n\n" if name else "Bonjour,\n\n"
        if level == "overdue":
            subj = f"Factures échues – compte {acct}" if many else f"Relance – facture {first} échue"
            text = ("Sauf erreur de notre part, " + ("les factures suivantes restent impayées"
                    if many else "la facture suivante reste impayée") + f" :\n\n{table}\n\n"
                    f"Merci de procéder au règlement avant le {pay_by}. Si le paiement a déjà été "
                    "effectué, veuillez nous transmettre l'avis de virement.")
        else:
            subj = f"Deuxième relance – compte {acct}" if many else f"Deuxième relance – facture {first}"
            text = ("Malgré notre précédente relance, nous n'avons pas reçu le règlement "
                    + ("des factures suivantes" if many else "de la facture suivante")
                    + f" :\n\n{table}\n\nNous vous remercions de régulariser la situation au plus "
                    f"tard le {pay_by}. En cas de désaccord sur une facture, merci de nous en "
                    "indiquer le motif.")
        return subj, hello + text + "\n\n" + _SIG["fr"]
    if lang == "de":
        hello = f"Guten Tag {name},\n\n" if name else "Sehr geehrte Damen und Herren,\n\n"
        if level == "overdue":
            subj = f"Offene Posten – Kundenkonto {acct}" if many else f"Zahlungserinnerung – Rechnung {first}"
            text = ("nach unseren Unterlagen " + ("sind folgende Rechnungen" if many else
                    "ist folgende Rechnung") + f" noch offen:\n\n{table}\n\nBitte überweisen Sie den "
                    f"offenen Betrag bis zum {pay_by}. Sollten Sie bereits bezahlt haben, betrachten "
                    "Sie diese Nachricht bitte als gegenstandslos.")
        else:
            subj = f"2. Mahnung – Kundenkonto {acct}" if many else f"2. Mahnung – Rechnung {first}"
            text = ("leider konnten wir zu " + ("folgenden Rechnungen" if many else "folgender Rechnung")
                    + f" trotz unserer Zahlungserinnerung noch keinen Zahlungseingang feststellen:\n\n"
                    f"{table}\n\nBitte begleichen Sie den Betrag bis spätestens {pay_by}. Falls es "
                    "Unstimmigkeiten gibt, teilen Sie uns diese bitte umgehend mit.")
        return subj, hello + text + "\n\n" + _SIG["de"]

    hello = f"Hello {name},\n\n" if name else "Hello,\n\n"
    are = "invoices are" if many else "invoice is"
    if level == "friendly":
        subj = f"Upcoming invoices – account {acct}" if many else f"Friendly reminder: invoice {first} due soon"
        text = (f"This is a friendly reminder that the following {are} coming due:\n\n{table}\n\n"
                f"Please arrange payment by {pay_by}. If payment has already been scheduled, thank "
                "you and please disregard this note.")
    elif level == "overdue":
        subj = f"Overdue invoices – account {acct}" if many else f"Overdue notice – {first}"
        text = (f"Our records show the following {are} now past due:\n\n{table}\n\n"
                f"Please arrange payment by {pay_by}, or reply with the date we can expect it. If you "
                "have already paid, please send the remittance details so we can apply it.")
    elif level == "second":
        subj = (f"Second notice: past-due balance on account {acct}" if many
                else f"Second notice: {first} past due")
        text = ("We have not yet received payment for the following, and have not heard back about "
                f"our earlier reminder:\n\n{table}\n\nPlease pay by {pay_by} to avoid a late-payment "
                "charge of 1.5% per month, or let us know what is holding payment up.")
    elif level == "final":
        subj = f"Final notice – account {acct}" if many else f"FINAL NOTICE – {first} seriously past due"
        text = (f"Despite previous reminders, the balance below remains unpaid:\n\n{table}\n\n"
                f"Unless payment is received by {pay_by}, the account will be placed on credit hold "
                "and may be referred for further collection action. If you believe this balance is "
                "not owed, please tell us why.")
    elif level == "statement":
        subj = f"Statement of account {acct}"
        text = (f"Please find below your current statement of open items:\n\n{table}\n\n"
                f"Items past due should be paid by {pay_by}. Let us know if any of these items are "
                "in question. Payment can be made by ACH, wire or check.")
    else:
        raise ValueError(level)
    return subj, hello + text + "\n\n" + AR_SIGNATURE


def chain(*msgs) -> Quote:
    """A quoted thread, newest message first. Each message is
    (style, author, sent, to, subject, text[, lang]); every older message is rendered inside the
    next newer one the way its replier's mail client quoted it."""
    q = None
    for m in reversed(msgs):
        style, author, sent, to, subject, text = m[:6]
        lang = m[6] if len(m) > 6 else "en"
        q = Quote(style, author, sent, to, subject, text, lang=lang, extra=quote_text(q) if q else "")
    return q


def ar_msg(style: str, day: str, to: str, level: str, rows, name: str = "", pay_by: str = "",
           clock: str = "07:20", lang: str = "en", qlang: str | None = None, **kw) -> tuple:
    """One of our notices as a chain() element."""
    subj, text = notice(level, rows, name, pay_by, lang=lang, **kw)
    return (style, AR, _ar(day, clock), to, subj, text, qlang or lang)


_PREFIX = re.compile(r"^(?:(?:re|aw|fw|fwd|wg|tr|rv)\s?:\s*)+", re.I)


def thr(cid: str, frm: str, date: str, body: str, intents: list[str], *, quote: Quote | None = None,
        client: str = "outlook", mode: str = "alt", lang: str = "en", **kw) -> None:
    """Register one case; a reply's subject is the quoted message's, with one reply prefix."""
    if quote is not None and "subject" not in kw:
        prefix = {"de": "AW: ", "fr": "RE : ", "es": "RE: "}.get(
            lang, "Re: " if client in ("gmail", "apple", "thunderbird", "other") else "RE: ")
        kw["subject"] = prefix + _PREFIX.sub("", quote.subject)
    add(cid, frm=frm, date=date, body=body, intents=intents, quote=quote, client=client, mode=mode,
        lang=lang, **kw)


def parent_headers(seed: str) -> dict:
    """In-Reply-To/References for a bottom-posted reply (whose quote is typed into the body)."""
    ref = "<" + hashlib.sha1((seed + "parent").encode()).hexdigest()[:20] + "@ourco.example>"
    return {"In-Reply-To": ref, "References": ref}


def table_html(head: list[str], rows: list[list[str]], right: set[int] = frozenset()) -> str:
    """An HTML table the way mail clients and ERP systems send them."""
    cell = "border:1px solid #A6A6A6;padding:3px 8px;font-family:Calibri,Arial,sans-serif;font-size:10pt"

    def tr(cells, tag):
        return "<tr>" + "".join(
            f'<{tag} style="{cell}{";text-align:right" if i in right else ""}">{html.escape(c)}</{tag}>'
            for i, c in enumerate(cells)) + "</tr>"
    return ('<table cellspacing="0" cellpadding="0" style="border-collapse:collapse">\n'
            + tr(head, "th") + "\n" + "\n".join(tr(r, "td") for r in rows) + "\n</table>")


def jpeg(seed: str) -> bytes:
    return b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + hashlib.sha256(seed.encode()).digest() * 48 + b"\xff\xd9"


DISCLAIMER_CA = (
    "This e-mail is confidential and intended only for the addressee. If you received it in error, "
    "please notify the sender and delete it. / Ce courriel est confidentiel et destiné uniquement "
    "à son destinataire. Si vous l'avez reçu par erreur, veuillez en aviser l'expéditeur et le "
    "supprimer.")
DISCLAIMER_CH = (
    "Diese E-Mail ist vertraulich und ausschliesslich für den Adressaten bestimmt. Wenn Sie nicht "
    "der vorgesehene Empfänger sind, benachrichtigen Sie bitte den Absender und löschen Sie die "
    "Nachricht.\n"
    "Ce message est confidentiel et destiné exclusivement à son destinataire. Si vous n'êtes pas "
    "le destinataire prévu, merci d'en informer l'expéditeur et de le détruire.")
DISCLAIMER_BE = (
    "Ce message et ses annexes sont confidentiels et réservés à l'usage de leur destinataire. "
    "Si vous l'avez reçu par erreur, merci de le détruire et d'en avertir l'expéditeur.\n"
    "Dit bericht en de bijlagen zijn vertrouwelijk en uitsluitend bestemd voor de geadresseerde. "
    "Hebt u dit bericht per vergissing ontvangen, gelieve het te vernietigen en de afzender te "
    "verwittigen.")
DISCLAIMER_CY = (
    "This email and any attachments are confidential and intended for the addressee only. If you "
    "have received it in error, please tell the sender and delete it.\n"
    "Mae'r e-bost hwn ac unrhyw atodiadau yn gyfrinachol ac wedi'u bwriadu ar gyfer y derbynnydd "
    "yn unig. Os ydych wedi'i dderbyn trwy gamgymeriad, rhowch wybod i'r anfonwr a'i ddileu.")


# ==== CASES BEGIN ====
# ---- promise_to_pay under quoted notices with their own dates ------------------------------

_BRENDA = "Brenda Kowalski <bkowalski@midstate-mech.example>"
_ROWS01 = [("INV-70501", "$6,420.00", "April 30, 2026"), ("INV-70504", "$2,115.75", "May 7, 2026"),
           ("INV-70507", "$980.00", "May 14, 2026")]
thr("d4-thr-01", _BRENDA, "2026-06-09 10:42 -0500",
    """Hi,

Sorry for the radio silence - these got stuck in our approval queue while our controller was
out.

INV-70501 and INV-70504 are now approved and on our Friday 6/19 check run, so the check goes
out that day.

Brenda Kowalski
AP Manager | Midstate Mechanical Contractors
2201 W. Industrial Pkwy, Peoria, IL 61615
O: (309) 555-0176 | C: (309) 555-0193""",
    ["promise_to_pay"],
    quote=chain(ar_msg("outlook", "2026-06-08", _BRENDA, "final", _ROWS01, "Brenda", "June 18, 2026",
                       acct="C-40177", total="$9,515.75"),
                ar_msg("outlook", "2026-05-26", _BRENDA, "second", _ROWS01, "Brenda", "June 5, 2026",
                       acct="C-40177", total="$9,515.75"),
                ar_msg("outlook", "2026-05-18", _BRENDA, "overdue", _ROWS01, "Brenda", "May 29, 2026",
                       acct="C-40177", total="$9,515.75")),
    invoices=["INV-70501", "INV-70504"],
    promises=[P(None, None, "2026-06-19", ["INV-70501", "INV-70504"])],
    notes="Three nested Outlook notices each carry a 'pay by' date (May 29, June 5, June 18) that is "
          "ours; the only commitment is the sender's 6/19 check run for the two invoices she names, "
          "and INV-70507 appears only in the quotes.")

_FIONA = "Fiona Mackay <fiona.mackay@mackay-interiors.example>"
_ROWS33 = [("INV-70642", "£5,600.00", "27 February 2026")]
thr("d4-thr-02", _FIONA, "2026-04-22 16:45 +0100",
    """Hello,

Thank you for bearing with us. We'll pay £2,000.00 against INV-70642 this Friday and the
remaining £3,600.00 by the end of May.

Kind regards

Fiona Mackay
Finance Manager
Mackay Interiors Ltd
Unit 7, Hillington Park, Glasgow G52 4BL
Tel: 0141 555 0193

Mackay Interiors Ltd. Registered in Scotland No. SC418836. Registered office: Unit 7,
Hillington Park, Glasgow G52 4BL.""" + "\n\n" + DISCLAIMER,
    ["promise_to_pay"],
    quote=chain(ar_msg("outlook", "2026-04-21", _FIONA, "final", _ROWS33, "Fiona", "1 May 2026"),
                ar_msg("outlook", "2026-04-07", _FIONA, "second", _ROWS33, "Fiona", "17 April 2026"),
                ar_msg("outlook", "2026-03-16", _FIONA, "overdue", _ROWS33, "Fiona", "27 March 2026")),
    invoices=["INV-70642"],
    promises=[P("2000.00", "GBP", "fri", ["INV-70642"]), P("3600.00", "GBP", "2026-05-31", ["INV-70642"])],
    notes="UK split promise above three quoted notices: £2,000 this Friday (24 April) and £3,600 by "
          "end of May; the quoted 1 May / 17 April / 27 March deadlines are ours.")

thr("d4-thr-03", "Granite Peak Health Payables <payables-noreply@granitepeakhealth.example>",
    "2026-07-06 04:30 -0600",
    """Scheduled Payment Notification

Supplier: OURCO INDUSTRIAL SUPPLY INC (Supplier No. 200431)
Payment method: ACH
Scheduled payment date: 07/10/2026

Invoice number   Invoice date   Amount (USD)
INV-70530        05/28/2026     4,250.00
INV-70532        06/04/2026     1,980.50
Total                           6,230.50

The invoices listed above have been approved and scheduled for payment. Funds are normally
available 1-2 business days after the payment date.

This notification was generated automatically by Granite Peak Health Payables. Please do not
reply to this message. For questions, contact supplier.help@granitepeakhealth.example or
720-555-0166, Monday to Friday 8:00-17:00 MT.""",
    ["promise_to_pay"], subject="Payment scheduled - Supplier 200431 - OURCO INDUSTRIAL SUPPLY INC",
    client="other", mode="html",
    html_body=(
        '<div style="font-family:Arial,sans-serif;font-size:10pt">'
        '<h2 style="color:#1F4E79;font-size:14pt">Scheduled Payment Notification</h2>'
        + table_html(["", ""], [["Supplier:", "OURCO INDUSTRIAL SUPPLY INC (Supplier No. 200431)"],
                                ["Payment method:", "ACH"], ["Scheduled payment date:", "07/10/2026"]])
        + "<br>"
        + table_html(["Invoice number", "Invoice date", "Amount (USD)"],
                     [["INV-70530", "05/28/2026", "4,250.00"], ["INV-70532", "06/04/2026", "1,980.50"],
                      ["Total", "", "6,230.50"]], right={2})
        + "<p>The invoices listed above have been approved and scheduled for payment. Funds are "
          "normally available 1-2 business days after the payment date.</p>"
          '<p style="color:#7F7F7F;font-size:8pt">This notification was generated automatically by '
          "Granite Peak Health Payables. Please do not reply to this message. For questions, contact "
          '<a href="mailto:supplier.help@granitepeakhealth.example">supplier.help@granitepeakhealth.example</a>'
          " or 720-555-0166, Monday to Friday 8:00-17:00 MT.</p></div>"),
    invoices=["INV-70530", "INV-70532"],
    promises=[P("4250.00", "USD", "2026-07-10", ["INV-70530"]), P("1980.50", "USD", "2026-07-10", ["INV-70532"])],
    notes="HTML-only ERP payment-run notice with tables: a dated commitment per invoice, not a payment "
          "made and not an auto-reply; the help mailbox in the footer is no redirect.")

_TONY = "Tony Ferreira <tony@ferreiraconcrete.example>"
_ROWS07 = [("INV-70540", "$2,600.00", "June 5, 2026"), ("INV-70541", "$845.00", "June 12, 2026")]
_s07, _t07 = notice("second", _ROWS07, "Tony", "July 17, 2026", acct="C-33810", total="$3,445.00")
thr("d4-thr-04", _TONY, "2026-07-07 17:55 -0500",
    quote_text(Quote("gt", AR, _ar("2026-07-07", "07:20"), _TONY, _s07, _t07)) + """

70540 will be paid fri

70541 we never got that load. nobody here signed for it so dont expect payment on that one
till you show us where it went

Tony

Sent from my Galaxy""",
    ["promise_to_pay", "dispute"], subject="Re: " + _s07, client="other", mode="plain",
    headers=parent_headers("d4-thr-04"),
    reasons=["not_received"], invoices=["INV-70540", "INV-70541"],
    promises=[P(None, None, "fri", ["INV-70540"])],
    notes="Bottom-posted phone reply under the quoted second notice: Friday (10 July) for 70540 and "
          "'never got that load' for 70541; the notice's July 17 date is ours.")

_ISA = "Isabelle Morel <i.morel@morel-agencement.example>"
_ROWS23 = [("INV-70601", "4 312,00 €", "15/05/2026"), ("INV-70603", "3 533,20 €", "29/05/2026")]
thr("d4-thr-05", _ISA, "2026-07-01 11:05 +0200",
    """Bonjour,

Suite à votre relance ci-dessous, je vous confirme que les factures INV-70601 et INV-70603
seront réglées par virement le 15 juillet, pour un montant total de 7 845,20 €. Nous ne pourrons
pas respecter la date du 3 juillet, notre trésorerie étant tendue jusqu'à la mi-juillet.

Bien cordialement,

Isabelle Morel
Responsable comptabilité
Morel Agencement SAS
12 rue de la Tannerie, 44000 Nantes
Tél. : 02 40 55 18 27""" + "\n\n" + DISCLAIMER_FR,
    ["promise_to_pay"], lang="fr", charset="windows-1252", cte="quoted-printable",
    quote=chain(ar_msg("outlook", "2026-06-30", _ISA, "second", _ROWS23, "Madame Morel", "3 juillet 2026",
                       lang="fr", acct="C-58120", total="7 845,20 €"),
                ar_msg("outlook", "2026-06-15", _ISA, "overdue", _ROWS23, "Madame Morel", "26 juin 2026",
                       lang="fr", acct="C-58120", total="7 845,20 €")),
    invoices=["INV-70601", "INV-70603"],
    promises=[P("7845.20", "EUR", "2026-07-15", ["INV-70601", "INV-70603"])],
    notes="French reply above two French Outlook blocks (De / Envoyé / À / Objet): the promise is "
          "15 July for both invoices; 3 July and 26 June are our deadlines, the first explicitly refused.")

_ANDRES = "Andrés Restrepo <arestrepo@ferreteria-restrepo.example>"
_ROWS26 = [("INV-70615", "USD 3,780.00", "29/05/2026"), ("INV-70616", "USD 1,145.00", "05/06/2026")]
thr("d4-thr-06", _ANDRES, "2026-06-09 19:30 -0500",
    """Buenas tardes, la 70615 la pagamos el viernes por transferencia. La 70616 todavía no la
tenemos aprobada.

Saludos
Andrés

Enviado desde mi iPhone""",
    ["promise_to_pay"], lang="es", client="apple", mode="plain",
    quote=chain(ar_msg("gt", "2026-06-08", _ANDRES, "overdue", _ROWS26, "Andrés", "15 de junio de 2026",
                       lang="es", acct="C-61944")),
    invoices=["INV-70615", "INV-70616"],
    promises=[P(None, None, "fri", ["INV-70615"])],
    notes="Spanish mobile top-post: Friday (12 June) for 70615 only; 70616 is named as not yet approved "
          "(no commitment) and 15 June is our quoted deadline.")

_PETRA = "Petra Lindner <p.lindner@lindner-metallbau.example>"
_ROWS32 = [("INV-70636", "1.980,00 €", "13.11.2026"), ("INV-70638", "4.402,80 €", "20.11.2026"),
           ("INV-70639", "760,00 €", "27.11.2026")]
thr("d4-thr-07", _PETRA, "2026-12-02 11:15 +0100",
    """Guten Tag,

die Rechnung INV-70636 überweisen wir am Freitag.

Bei INV-70638 stimmt der Preis nicht: laut Ihrem Angebot AN-2026-0417 kosten die
Edelstahlwinkel 12,40 € pro Stück, berechnet wurden 13,90 € (240 Stück). Bitte schicken Sie uns
eine korrigierte Rechnung.

Mit freundlichen Grüßen
Petra Lindner
Rechnungsprüfung
Lindner Metallbau GmbH
Südwestpark 60, 90449 Nürnberg
Telefon +49 911 555 7720""",
    ["promise_to_pay", "dispute"], lang="de", mode="html",
    quote=chain(ar_msg("outlook", "2026-12-01", _PETRA, "overdue", _ROWS32, "Frau Lindner", "11.12.2026",
                       lang="de", acct="C-70215", total="7.142,80 €")),
    reasons=["pricing"], invoices=["INV-70636", "INV-70638"],
    promises=[P(None, None, "fri", ["INV-70636"])],
    notes="HTML-only German reply: Friday (4 December) for 70636 and a price dispute on 70638; 70639 "
          "and the 11.12. deadline are only in our quoted reminder.")

# ---- payment_sent ---------------------------------------------------------------------------

_CARLA = "Carla Pham <carla@phamfloral.example>"
_s02, _t02 = notice("overdue", [("INV-70510", "$3,215.40", "February 27, 2026")], "Carla", "March 16, 2026")
thr("d4-thr-08", _CARLA, "2026-03-18 09:05 -0700",
    """Hi -

So sorry, it didn't go out Friday after all, our bookkeeper was out sick all last week. I sent it
this morning by ACH instead, $3,215.40, trace number 091000019384712.

Carla Pham
Pham Floral Design
(503) 555-0128""",
    ["payment_sent"], client="gmail",
    quote=chain(("gmail", AR, _ar("2026-03-17", "07:35"), _CARLA, "Re: " + _s02,
                 "Hi Carla,\n\nThanks for letting us know last week that INV-70510 would be paid on "
                 "Friday, March 13. We have not received it yet - could you check on it? If it reaches "
                 "us by March 20, the account will stay off credit hold.\n\n" + AR_SIGNATURE),
                ("gmail", _CARLA, when("2026-03-10 12:48 -0700"), AR, "Re: " + _s02,
                 "Hi, sorry about that - we'll pay it this Friday.\n\nCarla"),
                ("gmail", AR, _ar("2026-03-10", "07:15"), _CARLA, _s02, _t02)),
    invoices=["INV-70510"],
    notes="Her own earlier 'we'll pay it this Friday' is quoted two levels down and has been overtaken: "
          "the new text reports an ACH sent today, so payment_sent and no promise.")

_MARISA = "Marisa Delgado <mdelgado@cortlandfoods.example>"
_ROWS04 = [("INV-70519", "$2,840.00", "April 30, 2026"), ("INV-70521", "$1,106.25", "May 7, 2026"),
           ("INV-70523", "$3,390.00", "May 14, 2026"), ("INV-70526", "$1,754.00", "June 4, 2026")]
_q04 = chain(ar_msg("outlook", "2026-05-15", _MARISA, "statement", _ROWS04, "Marisa", "May 22, 2026",
                    acct="C-51208", clock="07:40"))
_intro04 = """Good afternoon,

Please find below the remittance detail for today's ACH payment, reference ACH-0518-2231."""
_sig04 = """Kind regards,
Marisa Delgado
Accounts Payable Specialist
Cortland Foods, Inc. | 400 Mill Street, Cortland, NY 13045
T +1 607 555 0134"""
thr("d4-thr-09", _MARISA, "2026-05-18 15:10 -0500",
    _intro04 + """

Invoice      Invoice date   Gross      Discount   Paid
INV-70519    03/31/2026     2,840.00   0.00       2,840.00
INV-70521    04/07/2026     1,106.25   0.00       1,106.25
INV-70523    04/14/2026     3,390.00   0.00       3,390.00
Total paid USD 7,336.25

""" + _sig04,
    ["payment_sent"], quote=_q04, mode="html",
    html_body=(body_html(_intro04, "outlook") + "\n"
               + table_html(["Invoice", "Invoice date", "Gross", "Discount", "Paid"],
                            [["INV-70519", "03/31/2026", "2,840.00", "0.00", "2,840.00"],
                             ["INV-70521", "04/07/2026", "1,106.25", "0.00", "1,106.25"],
                             ["INV-70523", "04/14/2026", "3,390.00", "0.00", "3,390.00"],
                             ["Total paid USD", "", "", "", "7,336.25"]], right={2, 3, 4})
               + '\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' + body_html(_sig04, "outlook")
               + "\n<br>\n" + quote_html(_q04)),
    invoices=["INV-70519", "INV-70521", "INV-70523"],
    notes="HTML-only remittance table above a quoted statement: the three invoices in her table are "
          "paid; INV-70526 (not yet due) and the May 22 date are only in our statement.")

_RICK = "Rick Dobbins <rick@dobbinsroofing.example>"
_s06, _t06 = notice("overdue", [("INV-70535", "$1,275.00", "May 20, 2026")], "Rick", "June 10, 2026")
thr("d4-thr-10", _RICK, "2026-06-03 18:47 -0500",
    quote_text(Quote("apple", AR, _ar("2026-06-03", "07:14"), _RICK, _s06, _t06)) + """

Mailed a check for this yesterday, #5512. Should be there by the end of the week

Sent from my iPhone""",
    ["payment_sent"], subject="Re: " + _s06, client="apple", mode="plain",
    headers=parent_headers("d4-thr-10"), invoices=["INV-70535"],
    notes="Bottom-posted iPhone reply below the whole quoted notice: check already mailed; the "
          "notice's June 10 'pay by' and the expected arrival are not promises.")

_JEN = "Jen Albright <jen@albrightlandscaping.example>"
_s15, _t15 = notice("overdue", [("INV-70574", "$1,890.00", "April 30, 2026")], "Jen", "May 15, 2026")
thr("d4-thr-11", _JEN, "2026-05-12 13:25 -0500",
    """Thanks for sending it over. Now that I'm looking at it, this is the same delivery as
INV-70572 - same PO 3318, same 12 pallets of pavers, same delivery date - and we paid 70572 on
May 2, check 20871. Please void INV-70574.

Jen Albright
Office Manager
Albright Landscaping & Hardscapes
14 Quarry Lane, Waukesha, WI 53186
262-555-0177""",
    ["dispute", "payment_sent"], client="gmail",
    quote=chain(("gmail", AR, _ar("2026-05-11", "08:05"), _JEN, "Re: " + _s15,
                 "Hi Jen,\n\nAttached is a copy of INV-70574 as requested. Please arrange payment by "
                 "May 20, 2026.\n\n" + AR_SIGNATURE),
                ("gmail", _JEN, when("2026-05-08 15:12 -0500"), AR, "Re: " + _s15,
                 "Hi, can you send me a copy of INV-70574? I can't find it.\n\nJen"),
                ("gmail", AR, _ar("2026-05-06"), _JEN, _s15, _t15)),
    reasons=["duplicate_billing"], invoices=["INV-70572", "INV-70574"],
    notes="Her quoted earlier copy request is answered and not repeated; the new text says 70574 "
          "re-bills 70572, which was paid by check: duplicate_billing plus payment_sent.")

_LORNA = "Lorna Fitch <lfitch@bayside-marine.example>"
_ROWS34 = [("INV-70645", "$12,880.00", "June 30, 2026"), ("INV-70647", "$2,205.00", "July 10, 2026")]
thr("d4-thr-12", _LORNA, "2026-08-13 13:05 -0500",
    """Hi,

See below - our treasury team confirms the wire for INV-70645 went out today. Bank
confirmation attached.

Lorna Fitch
Accounts Payable | Bayside Marine Group
(251) 555-0147""",
    ["payment_sent"], subject="FW: Wire confirmation - Ourco Industrial Supply",
    quote=chain(("outlook", "Treasury Operations <treasury@bayside-marine.example>",
                 when("2026-08-13 12:41 -0500"), _LORNA, "Wire confirmation - Ourco Industrial Supply",
                 "Lorna,\n\nThe wire below was released at 12:30 CT.\n\nBeneficiary: Ourco Industrial "
                 "Supply, Inc.\nAmount: USD 12,880.00\nValue date: 08/13/2026\nFed reference: "
                 "20260813B1Q8021C004417\nYour request: INV-70645 (PO 55120)\n\nTreasury Operations"),
                ("outlook", _LORNA, when("2026-08-12 10:15 -0500"),
                 "Treasury Operations <treasury@bayside-marine.example>", "Ourco wire",
                 "Treasury - please wire Ourco for INV-70645 today or tomorrow, they've sent a final "
                 "notice (below). INV-70647 stays on hold until receiving confirms the count.\n\nLorna"),
                ar_msg("outlook", "2026-08-11", _LORNA, "final", _ROWS34, "Lorna", "August 21, 2026",
                       acct="C-44903", total="$15,085.00")),
    attachments=[("Wire_Confirmation_20260813.pdf", "application/pdf", fake_pdf("bayside wire 0813"))],
    invoices=["INV-70645"],
    notes="Forwarded internal chain: the top note reports the wire for 70645; the hold on 70647 is "
          "an internal instruction to treasury, quoted, and never raised with us.")

thr("d4-thr-13", "Cuentas por Pagar Grupo Sierra <cxp-notificaciones@gruposierra.example>",
    "2026-04-09 06:15 -0600",
    """Aviso de pago

Estimado proveedor:

Le informamos que se ha realizado el siguiente pago a su favor.

Fecha de pago: 08/04/2026
Forma de pago: Transferencia electrónica
Referencia: PAG-2026-004471

Factura     Fecha factura   Importe (USD)
INV-70606   20/02/2026      5,640.00
INV-70608   27/02/2026      2,118.90
Total pagado                7,758.90

Este correo se genera automáticamente, por favor no responda a este mensaje. Para aclaraciones
escriba a proveedores@gruposierra.example.

Grupo Sierra Industrial, S.A. de C.V. - Av. Constitución 2050 Pte., Monterrey, N.L., C.P. 64000""",
    ["payment_sent"], subject="Aviso de pago - Proveedor 100244 - OURCO INDUSTRIAL SUPPLY INC",
    lang="es", client="other", mode="html", cte="base64",
    html_body=(
        '<div style="font-family:Arial,sans-serif;font-size:10pt"><p><b>Aviso de pago</b></p>'
        "<p>Estimado proveedor:</p><p>Le informamos que se ha realizado el siguiente pago a su "
        "favor.</p>"
        + table_html(["Fecha de pago", "Forma de pago", "Referencia"],
                     [["08/04/2026", "Transferencia electrónica", "PAG-2026-004471"]])
        + "<br>"
        + table_html(["Factura", "Fecha factura", "Importe (USD)"],
                     [["INV-70606", "20/02/2026", "5,640.00"], ["INV-70608", "27/02/2026", "2,118.90"],
                      ["Total pagado", "", "7,758.90"]], right={2})
        + '<p style="font-size:8pt;color:#808080">Este correo se genera automáticamente, por favor no '
          "responda a este mensaje. Para aclaraciones escriba a proveedores@gruposierra.example.<br>"
          "Grupo Sierra Industrial, S.A. de C.V. - Av. Constitución 2050 Pte., Monterrey, N.L., "
          "C.P. 64000</p></div>"),
    invoices=["INV-70606", "INV-70608"],
    notes="HTML-only Mexican ERP payment advice (base64) with tables: 'se ha realizado el pago' is "
          "a payment made; the reference and the postcode are not invoices.")

# ---- disputes -------------------------------------------------------------------------------

_GARY = "Gary Lindqvist <glindqvist@blueheronmarine.example>"
_DWAYNE = "Dwayne Porter <dporter@blueheronmarine.example>"
thr("d4-thr-14", _GARY, "2026-04-16 14:20 -0400",
    """Ourco AR team,

Forwarding our purchasing manager's reply below. We can't pay INV-70515 as billed: the 3/4"
bronze ball valves are invoiced at $48.90 each but PO 44172 has them at $41.20. Please reissue it
at the PO price (30 pcs, so $231.00 less) and we'll process it.

Gary Lindqvist
Accounts Payable
Blue Heron Marine Services, Inc.
1150 Terminal Blvd, Norfolk, VA 23505
Tel. 757-555-0142""",
    ["dispute"], subject="FW: Ourco invoices - OK to pay?",
    quote=chain(("outlook", _DWAYNE, when("2026-04-16 11:02 -0400"), _GARY, "RE: Ourco invoices - OK to pay?",
                 "Gary,\n\n70518 is fine, go ahead and pay that one.\n\n70515 - no. They charged us "
                 "$48.90 on the ball valves, the PO is $41.20. Kick it back to them.\n\nDwayne Porter\n"
                 "Purchasing Manager"),
                ("outlook", _GARY, when("2026-04-15 09:40 -0400"), _DWAYNE, "Ourco invoices - OK to pay?",
                 "Dwayne,\n\nOurco sent the reminder below. Can you approve INV-70515 and INV-70518? "
                 "Both are against your POs.\n\nThanks,\nGary"),
                ar_msg("outlook", "2026-04-14", _GARY, "overdue",
                       [("INV-70515", "$3,012.00", "March 31, 2026"), ("INV-70518", "$612.40", "April 3, 2026")],
                       "Gary", "April 24, 2026", acct="C-25530", total="$3,624.40")),
    reasons=["pricing"], invoices=["INV-70515"],
    notes="Forwarded internal approval chain: the note to us disputes the unit price on 70515; the "
          "purchasing manager's 'pay 70518' is internal and quoted, so 70518 is not labelled.")

_TONYB = "Thomas Brandt <t.brandt@brandt-haustechnik.example>"
_JOERG = "Jörg Lüders <j.lueders@brandt-haustechnik.example>"
_s25, _t25 = notice("overdue", [("INV-70611", "2.864,00 €", "27.02.2026")], "Herr Brandt", "20.03.2026",
                    lang="de")
thr("d4-thr-15", _TONYB, "2026-03-12 10:30 +0100",
    """Sehr geehrte Damen und Herren,

anbei die Rückmeldung unseres Wareneingangs zu Ihrer Rechnung INV-70611: Von den berechneten
10 Kartons Pressfittings wurden nur 8 geliefert. Bitte senden Sie uns eine Gutschrift über die
2 fehlenden Kartons; den Restbetrag geben wir dann zur Zahlung frei.

Mit freundlichen Grüßen

Thomas Brandt
Buchhaltung
Brandt Haustechnik GmbH & Co. KG
Am Hafen 4, 28217 Bremen
Tel. +49 421 555 3340

Sitz der Gesellschaft: Bremen, Amtsgericht Bremen HRA 24817 HB
Persönlich haftende Gesellschafterin: Brandt Verwaltungs-GmbH, Amtsgericht Bremen HRB 31905 HB""",
    ["dispute"], subject="WG: Lieferung Ourco zu Rechnung INV-70611 vollständig?", lang="de",
    mode="plain", charset="windows-1252", cte="quoted-printable",
    quote=chain(("outlook", _JOERG, when("2026-03-11 15:20 +0100"), _TONYB,
                 "AW: Lieferung Ourco zu Rechnung INV-70611 vollständig?",
                 "Hallo Thomas,\n\nlaut Lieferschein 10 Kartons, angekommen sind 8. Hab's auf dem "
                 "Lieferschein vermerkt, Kopie liegt im Scan-Ordner.\n\nGruß Jörg\nWareneingang", "de"),
                ("outlook", _TONYB, when("2026-03-11 09:10 +0100"), _JOERG,
                 "Lieferung Ourco zu Rechnung INV-70611 vollständig?",
                 "Jörg, kannst du bitte prüfen, ob die Lieferung zu INV-70611 vollständig war? Ourco "
                 "mahnt schon (siehe unten).\n\nDanke, Thomas", "de"),
                ("outlook", AR, _ar("2026-03-10"), _TONYB, _s25, _t25, "de")),
    reasons=["quantity_short"], invoices=["INV-70611"],
    notes="German forward of an internal goods-in chain (Von / Gesendet / An / Betreff blocks, "
          "windows-1252 QP): 8 of 10 cartons delivered; release 'then' is conditional, and the register "
          "numbers are not invoices.")

_MONT = "Montserrat Puig <mpuig@puig-envasados.example>"
_ROWS31 = [("INV-70633", "8.450,00 €", "15/10/2026")]
thr("d4-thr-16", _MONT, "2026-11-04 10:20 +0100",
    """Buenos días:

No vamos a pagar la factura INV-70633 tal como está. Corresponde a la instalación y puesta en
marcha de la envolvedora, y el técnico se marchó el 9 de octubre sin terminar la puesta en
marcha: la máquina sigue sin funcionar en automático y seguimos esperando que vuelva. Hasta que
el servicio esté completo no daremos la factura por buena.

Atentamente,

Montserrat Puig
Responsable de Administración
Puig Envasados, S.L.
C/ de la Química 18, 08040 Barcelona
Tel. 93 555 41 06""" + "\n\n" + DISCLAIMER_ES,
    ["dispute"], lang="es", cte="base64",
    quote=chain(ar_msg("outlook", "2026-11-03", _MONT, "second", _ROWS31, "Sra. Puig",
                       "13 de noviembre de 2026", lang="es"),
                ar_msg("outlook", "2026-10-20", _MONT, "overdue", _ROWS31, "Sra. Puig",
                       "30 de octubre de 2026", lang="es")),
    reasons=["service_issue"], invoices=["INV-70633"],
    notes="Spanish reply (base64) above two quoted Spanish notices: installation left unfinished by "
          "the technician is a service_issue; the 13 November / 30 October dates are ours.")

_MARCUS = "Marcus Reid <mreid@reidkitchens.example>"
_ROWS35 = [("INV-70648", "$7,360.00", "August 28, 2026")]
_s35, _ = notice("second", _ROWS35)
thr("d4-thr-17", _MARCUS, "2026-09-29 07:48 -0400",
    """4 of the 10 vanity cabinets on INV-70648 came in with cracked face frames. Pics attached.
Not paying for those 4 until they're replaced - rest of the order is fine.

Marcus

Get Outlook for iOS""",
    ["dispute"],
    quote=chain(("outlook", COLLECTOR, _ar("2026-09-28", "14:05"), _MARCUS, "RE: " + _s35,
                 "Hi Marcus,\n\nFollowing up on my voicemail - INV-70648 is now 30 days past due. Can "
                 "you confirm a payment date? If we don't hear back by October 2, the account will "
                 "go on credit hold.\n\n" + COLLECTOR_SIG),
                ar_msg("outlook", "2026-09-14", _MARCUS, "second", _ROWS35, "Marcus", "September 24, 2026"),
                ar_msg("outlook", "2026-09-02", _MARCUS, "overdue", _ROWS35, "Marcus", "September 11, 2026")),
    attachments=[("IMG_2231.jpg", "image/jpeg", jpeg("reid 2231")),
                 ("IMG_2232.jpg", "image/jpeg", jpeg("reid 2232"))],
    reasons=["damaged_defective"], invoices=["INV-70648"],
    notes="Phone top-post with photos above a collector follow-up and two notices: cracked cabinets "
          "are damaged_defective; 'rest is fine' sets no date and the quoted deadlines are ours.")

thr("d4-thr-18", "Invoice Processing <ap-invoices@tristate-utilities.example>", "2026-01-21 03:15 -0600",
    """Invoice Rejection Notice

Vendor: OURCO INDUSTRIAL SUPPLY INC (Vendor ID 300781)

The invoice below could not be processed and has been returned to you.

Invoice number   Invoice date   Amount (USD)   Reason
INV-70651        12/18/2025     4,120.00       No valid purchase order number

Tri-State Utilities requires a valid PO number (format 45xxxxxxxx) on every supplier invoice.
Please submit a corrected invoice quoting the PO to ap-invoices@tristate-utilities.example.
Invoices without a valid PO will not be paid.

This message was generated automatically by the Tri-State Utilities invoice workflow.""",
    ["dispute"], subject="Invoice rejected - INV-70651 - action required", client="other", mode="html",
    html_body=(
        '<div style="font-family:Segoe UI,Arial,sans-serif;font-size:10pt">'
        '<p style="font-size:13pt;color:#C00000"><b>Invoice Rejection Notice</b></p>'
        "<p>Vendor: OURCO INDUSTRIAL SUPPLY INC (Vendor ID 300781)</p>"
        "<p>The invoice below could not be processed and has been returned to you.</p>"
        + table_html(["Invoice number", "Invoice date", "Amount (USD)", "Reason"],
                     [["INV-70651", "12/18/2025", "4,120.00", "No valid purchase order number"]], right={2})
        + "<p>Tri-State Utilities requires a valid PO number (format 45xxxxxxxx) on every supplier "
          "invoice. Please submit a corrected invoice quoting the PO to "
          "ap-invoices@tristate-utilities.example. Invoices without a valid PO will not be paid.</p>"
          '<p style="font-size:8pt;color:#808080">This message was generated automatically by the '
          "Tri-State Utilities invoice workflow.</p></div>"),
    reasons=["missing_po_or_docs"], invoices=["INV-70651"],
    notes="HTML-only AP-workflow rejection table: no valid PO is missing_po_or_docs; the system "
          "message is a rejection, not an acknowledgement, and resubmitting to the same mailbox is "
          "no contact change.")

_HEATHER = "Heather Olsen <holsen@olsenplumbingsupply.example>"
_ROWS37 = [("INV-70655", "$3,948.00", "April 24, 2026")]
_s37, _t37 = notice("overdue", _ROWS37, "Heather", "May 22, 2026")
_s37b, _t37b = notice("second", _ROWS37, "Heather", "June 5, 2026")
thr("d4-thr-19", _HEATHER, "2026-05-27 10:40 -0500",
    """Hi again,

Still no credit for the 6 water heaters we returned on RMA 40118 - your warehouse signed for
them on April 28. INV-70655 still shows the full $3,948.00. Please apply the credit
(6 x $412.00 = $2,472.00).

Heather Olsen
Purchasing & AP
Olsen Plumbing Supply
(701) 555-0116""",
    ["dispute"], client="gmail", subject="Re: " + _s37b,
    quote=chain(("gmail", AR, _ar("2026-05-26"), _HEATHER, _s37b, _t37b),
                ("gmail", _HEATHER, when("2026-05-13 09:02 -0500"), AR, "Re: " + _s37,
                 "We sent back 6 of the water heaters on RMA 40118 last month. Once the credit is on "
                 "our account we'll pay the difference.\n\nHeather"),
                ("gmail", AR, _ar("2026-05-12"), _HEATHER, _s37, _t37)),
    reasons=["returns_credit"], invoices=["INV-70655"],
    notes="Returned goods not credited; her earlier quoted 'we'll pay the difference once the credit "
          "is on' is conditional and old, so no promise; the RMA number is not an invoice.")

_RENEE = "Renée Thibodeaux <rthibodeaux@acadiana-ag.example>"
thr("d4-thr-20", _RENEE, "2026-03-03 14:55 -0600",
    """Good afternoon,

INV-70658 has Louisiana and Lafayette Parish sales tax on it ($634.90). These are agricultural
inputs bought for resale to our members and we have a resale exemption certificate on file with
you (sent again last August). Please reissue the invoice without the tax and we will pay the
corrected amount of $6,200.00.

Thank you,
Renée Thibodeaux
Accounts Payable
Acadiana Agricultural Cooperative
2205 Ambassador Caffery Pkwy, Lafayette, LA 70506
(337) 555-0182 | Fax (337) 555-0183""" + "\n\n" + DISCLAIMER_US,
    ["dispute"],
    quote=chain(ar_msg("outlook", "2026-03-02", _RENEE, "overdue",
                       [("INV-70658", "$6,834.90", "February 13, 2026")], "Renée", "March 12, 2026")),
    reasons=["tax"], invoices=["INV-70658"],
    notes="Sales tax charged despite a resale certificate; paying the corrected amount is conditional "
          "and undated. The ZIP 70506 in the signature is an address, not an invoice.")

# ---- invoice_request -----------------------------------------------------------------------

_ANJALI = "Anjali Deshpande <anjali.deshpande@vertex-gbs.example>"
_ROWS08 = [("INV-70545", "$9,480.00", "January 15, 2026")]
thr("d4-thr-21", _ANJALI, "2026-02-10 09:20 +0530",
    """Dear Team,

Greetings from Vertex GBS (Accounts Payable for Hallmark Packaging Corp.).

We are unable to locate invoice INV-70545 in our system, hence it has not been processed. Kindly
share a copy of the invoice along with the signed delivery note so that we can book it.

Thanks & Regards,
Anjali Deshpande
Process Associate - P2P | Vertex Global Business Services
Tower B, 6th Floor, Magarpatta City, Pune 411013, India
Tel: +91 20 6700 5512 | Ext. 4418""" + "\n\n" + DISCLAIMER,
    ["invoice_request"],
    quote=chain(ar_msg("outlook", "2026-02-09", _ANJALI, "second", _ROWS08, "", "February 18, 2026",
                       clock="07:30"),
                ar_msg("outlook", "2026-01-26", _ANJALI, "overdue", _ROWS08, "", "February 4, 2026",
                       clock="07:30")),
    invoices=["INV-70545"],
    notes="Shared-services reply above two Outlook blocks: asks for the invoice copy and signed "
          "delivery note because the invoice is not in their system - a document request, no dispute.")

_PRIS = "Priscilla Boateng <pboateng@summitline-hotels.example>"
_ROWS16 = [("INV-70576", "$1,220.00", "October 2, 2026"), ("INV-70577", "$3,480.00", "October 9, 2026"),
           ("INV-70578", "$615.50", "October 16, 2026"), ("INV-70579", "$2,904.00", "October 23, 2026"),
           ("INV-70580", "$1,067.25", "October 30, 2026")]
_q16 = chain(ar_msg("outlook", "2026-11-09", _PRIS, "statement", _ROWS16, "Priscilla", "November 16, 2026",
                    acct="C-71840", clock="07:30"))
_intro16 = """Good morning,

We are reconciling your statement below and cannot find the following invoices in our AP system.
Could you please send us copies (PDF), with the PO number shown?"""
_rest16 = """The other items on the statement are in process.

Thank you,
Priscilla Boateng
Accounts Payable Coordinator
Summitline Hotels & Resorts
3350 Peachtree Rd NE, Atlanta, GA 30326
Direct 404-555-0171"""
thr("d4-thr-22", _PRIS, "2026-11-10 10:05 -0500",
    _intro16 + """

Invoice     Invoice date   Amount     Status
INV-70577   09/09/2026     3,480.00   no copy on file
INV-70579   09/23/2026     2,904.00   no copy on file

""" + _rest16,
    ["invoice_request"], quote=_q16, mode="html",
    html_body=(body_html(_intro16, "outlook") + "\n"
               + table_html(["Invoice", "Invoice date", "Amount", "Status"],
                            [["INV-70577", "09/09/2026", "3,480.00", "no copy on file"],
                             ["INV-70579", "09/23/2026", "2,904.00", "no copy on file"]], right={2})
               + '\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' + body_html(_rest16, "outlook")
               + "\n<br>\n" + quote_html(_q16)),
    invoices=["INV-70577", "INV-70579"],
    notes="HTML-only reply with a table of the two invoices she needs copies of, above a five-line "
          "quoted statement; 'the other items are in process' names nothing and commits to nothing.")

_LORENA = "Lorena Ibarra <libarra@maquinados-ibarra.example>"
_ROWS29 = [("INV-70627", "USD 6,910.00", "30/01/2026")]
thr("d4-thr-23", _LORENA, "2026-02-17 12:40 -0600",
    """Buen día,

Para poder programar el pago necesitamos que nos reenvíen la factura INV-70627 en PDF junto con
el archivo XML del CFDI; no nos llegó y sin el XML el sistema no nos permite registrarla.

Quedo atenta, saludos.

Lorena Ibarra
Cuentas por Pagar
Maquinados Ibarra S.A. de C.V.
Av. Industrias 2540, Zona Industrial, San Luis Potosí, S.L.P., C.P. 78395
Tel. +52 444 555 0192""" + "\n\n" + DISCLAIMER_ES,
    ["invoice_request"], lang="es",
    quote=chain(ar_msg("outlook", "2026-02-16", _LORENA, "second", _ROWS29, "Lorena",
                       "25 de febrero de 2026", lang="es"),
                ar_msg("outlook", "2026-02-02", _LORENA, "overdue", _ROWS29, "Lorena",
                       "9 de febrero de 2026", lang="es")),
    invoices=["INV-70627"],
    notes="Mexican request to resend the invoice PDF and CFDI XML above two Spanish Outlook blocks "
          "(De / Enviado / Para / Asunto); 'para poder programar el pago' sets no date.")

_NICOLE = "Nicole Barrett <nbarrett@pinnacle-ortho.example>"
_VM = "Vendor Master Data <vendormaster@pinnacle-ortho.example>"
thr("d4-thr-24", _NICOLE, "2026-01-27 10:10 -0500",
    """Hello,

Our vendor master team (see below) has put Ourco on payment hold until we have a current W-9 on
file - the one we have is from 2019. Could you send us a signed W-9? Once it's loaded, INV-70662
can be released.

Nicole Barrett
AP Lead, Pinnacle Orthopedics
(412) 555-0108""",
    ["invoice_request"], subject="FW: Ourco Industrial Supply - why on hold?",
    quote=chain(("outlook", _VM, when("2026-01-26 16:02 -0500"), _NICOLE,
                 "RE: Ourco Industrial Supply - why on hold?",
                 "Nicole,\n\nOurco's vendor record is on payment hold: the W-9 on file is dated 2019 and "
                 "TIN matching failed at year end. We need a current signed W-9 before any payment "
                 "can be released.\n\nVendor Master Data Team"),
                ("outlook", _NICOLE, when("2026-01-26 11:30 -0500"), _VM,
                 "Ourco Industrial Supply - why on hold?",
                 "Hi, Ourco sent the notice below for INV-70662 and it shows blocked in the system. "
                 "Why is it on hold?\n\nNicole"),
                ar_msg("outlook", "2026-01-22", _NICOLE, "overdue",
                       [("INV-70662", "$2,745.00", "December 31, 2025")], "Nicole", "February 2, 2026")),
    invoices=["INV-70662"],
    notes="Forwarded internal vendor-master chain; the request to us is a W-9; release 'once it's "
          "loaded' is conditional and undated, so no promise.")

# ---- payment_plan_request ------------------------------------------------------------------

_DALE = "Dale Hutchins <dale@hutchinsfeed.example>"
_ROWS09 = [("INV-70550", "$8,200.00", "July 31, 2026"), ("INV-70551", "$4,410.00", "August 14, 2026"),
           ("INV-70553", "$2,250.00", "August 28, 2026")]
thr("d4-thr-25", _DALE, "2026-10-15 16:05 -0500",
    """I know we're behind and I appreciate you being patient. Harvest came in three weeks late
this year and we won't see the grain checks until November.

Could we split the $14,860 into three payments - end of October, end of November and end of
December? I can sign a note if you need one. Please don't put us on hold, we still need the
feed and seed orders going.

Dale Hutchins
Hutchins Feed & Supply
Rt 2 Box 118, Clay Center, KS 67432
785-555-0150""",
    ["payment_plan_request"], client="gmail", mode="plain",
    quote=chain(ar_msg("gmail", "2026-10-13", _DALE, "final", _ROWS09, "Dale", "October 23, 2026",
                       acct="C-27764", total="$14,860.00", clock="07:10"),
                ar_msg("gmail", "2026-09-29", _DALE, "second", _ROWS09, "Dale", "October 9, 2026",
                       acct="C-27764", total="$14,860.00", clock="07:10"),
                ar_msg("gmail", "2026-09-14", _DALE, "overdue", _ROWS09, "Dale", "September 24, 2026",
                       acct="C-27764", total="$14,860.00", clock="07:10")),
    invoices=[],
    notes="Instalments asked for ('could we split') above three '>'-nested notices; the proposed months "
          "are a request, not a commitment, and he names the total but no invoice.")

_MARTIN = "Martin Gagnon <mgagnon@gagnon-distribution.example>"
_ROWS17 = [("INV-70582", "CAD 16,275.00", "January 31, 2026")]
thr("d4-thr-26", _MARTIN, "2026-03-24 15:40 -0400",
    """Hello,

We will not be able to meet the April 2 deadline in your notice. Our line of credit is being
renewed with the bank and the new facility only closes on April 28.

Could you give us a 30-day extension on INV-70582? We've been customers for eleven years and this
is the first time we've had to ask.

Regards,

Martin Gagnon, CPA
Contrôleur / Controller
Distribution Gagnon inc.
2450, boul. Industriel, Laval (Québec) H7S 2A9
T 450 555-0139""" + "\n\n" + DISCLAIMER_CA,
    ["payment_plan_request"],
    quote=chain(ar_msg("outlook", "2026-03-23", _MARTIN, "final", _ROWS17, "Martin", "April 2, 2026"),
                ar_msg("outlook", "2026-03-09", _MARTIN, "second", _ROWS17, "Martin", "March 19, 2026")),
    invoices=["INV-70582"],
    notes="Extension request that refers to our quoted April 2 deadline only to say it cannot be met; "
          "April 28 is when their credit line closes, not a payment date. Bilingual EN/FR disclaimer.")

_RETO = "Reto Baumann <reto.baumann@baumann-holzbau.example>"
_ROWS27 = [("INV-70620", "CHF 5'890.00", "31.07.2026"), ("INV-70622", "CHF 2'310.00", "14.08.2026")]
thr("d4-thr-27", _RETO, "2026-09-22 09:50 +0200",
    """Guten Tag

Wir haben Ihre Mahnung erhalten. Leider hat uns ein grösserer Kunde die Zahlung für ein Projekt
um zwei Monate verschoben, deshalb können wir die beiden Rechnungen INV-70620 und INV-70622 nicht
bis zum 30.09. begleichen.

Wäre es möglich, den Betrag von CHF 8'200.00 in drei Monatsraten (Oktober, November, Dezember)
zu bezahlen? Für eine kurze Bestätigung wären wir dankbar.

Freundliche Grüsse

Reto Baumann
Geschäftsführer
Baumann Holzbau AG
Industriestrasse 21, 6010 Kriens
Tel. +41 41 555 27 80""" + "\n\n" + DISCLAIMER_CH,
    ["payment_plan_request"], lang="de",
    quote=chain(ar_msg("outlook", "2026-09-21", _RETO, "second", _ROWS27, "Herr Baumann", "30.09.2026",
                       lang="de", acct="C-63310", total="CHF 8'200.00"),
                ar_msg("outlook", "2026-09-07", _RETO, "overdue", _ROWS27, "Herr Baumann", "17.09.2026",
                       lang="de", acct="C-63310", total="CHF 8'200.00")),
    invoices=["INV-70620", "INV-70622"],
    notes="Swiss German instalment request above a quoted 2. Mahnung and Zahlungserinnerung; the "
          "30.09. it mentions is our deadline it cannot meet. DE/FR disclaimer.")

_BOBBY = "Bobby Lanier <bobbylanier@lanierlawncare.example>"
_s40, _t40 = notice("second", [("INV-70665", "$2,980.00", "June 15, 2026")], "Bobby", "July 30, 2026")
thr("d4-thr-28", _BOBBY, "2026-07-20 21:14 -0400",
    quote_text(Quote("gt", AR, _ar("2026-07-20", "07:20"), _BOBBY, _s40, _t40)) + """

can we split this in 2? half end of this month and half end of august. business has been slow
with the heat

Bobby Lanier
Lanier Lawn Care
(478) 555-0137

Sent from my Android phone""",
    ["payment_plan_request"], subject="Re: " + _s40, client="other", mode="plain",
    headers=parent_headers("d4-thr-28"), invoices=["INV-70665"],
    notes="Bottom-posted phone reply under the quoted notice: 'can we split this in 2' is a plan "
          "request, not a commitment; July 30 is our date.")

# ---- balance_inquiry -----------------------------------------------------------------------

_JOANNE = "Joanne Whitaker <jwhitaker@harborpointdental.example>"
thr("d4-thr-29", _JOANNE, "2026-08-03 11:30 -0400",
    """Hi,

Can you tell me what you show as open and past due on our account right now, with the amounts?
And is INV-70557 included in that? It isn't on the statement below but the invoice came in last
week.

I'm trying to get everything paid in one go.

Thanks,
Joanne Whitaker
Office Manager
Harbor Point Dental Group
88 Wharf St, Suite 200, Portland, ME 04101
(207) 555-0187 | Fax (207) 555-0188""",
    ["balance_inquiry"],
    quote=chain(ar_msg("outlook", "2026-07-31", _JOANNE, "statement",
                       [("INV-70555", "$742.00", "June 30, 2026"), ("INV-70556", "$1,318.60", "July 15, 2026")],
                       "Joanne", "August 7, 2026", acct="C-60215", clock="07:45")),
    invoices=["INV-70557"],
    notes="Asks what is open and whether INV-70557 (not on the quoted statement) is included; the "
          "statement's two invoices and its August 7 date are ours; 'paid in one go' has no date.")

_SHAWN = "Shawn Pruitt <shawn@pruittelectric.example>"
_ROWS18 = [("INV-70585", "$2,310.00", "March 27, 2026")]
thr("d4-thr-30", _SHAWN, "2026-04-21 19:12 -0500",
    """What's your ACH info? Would rather pay this online than mail a check. Can't find it on the
invoice.

Shawn""" + ANDROID,
    ["balance_inquiry"],
    quote=chain(ar_msg("outlook", "2026-04-20", _SHAWN, "second", _ROWS18, "Shawn", "May 1, 2026"),
                ar_msg("outlook", "2026-04-06", _SHAWN, "overdue", _ROWS18, "Shawn", "April 17, 2026")),
    invoices=["INV-70585"],
    notes="Two-line mobile question about how to pay (bank details) above two Outlook blocks; wanting "
          "to pay online is not a dated commitment.")

_SYLVIE = "Sylvie Bouchard <sbouchard@bouchard-electrique.example>"
_ROWS28 = [("INV-70624", "2 145,00 $ CA", "30/04/2026")]
thr("d4-thr-31", _SYLVIE, "2026-05-14 14:10 -0400",
    """Bonjour,

Avant de payer, pouvez-vous me confirmer le montant total que nous vous devons à ce jour, toutes
factures confondues ? Et pourriez-vous me redonner vos coordonnées bancaires pour un virement ?
Nous avons changé de système comptable et je ne les retrouve plus.

Merci et bonne journée,
Sylvie Bouchard
Adjointe administrative
Bouchard Électrique inc.
1875, rue King Ouest, Sherbrooke (Québec) J1J 2E6
819 555-0148, poste 2""",
    ["balance_inquiry"], lang="fr", client="gmail",
    quote=chain(ar_msg("gmail", "2026-05-13", _SYLVIE, "overdue", _ROWS28, "Madame Bouchard",
                       "22 mai 2026", lang="fr")),
    invoices=["INV-70624"],
    notes="Québec French: total owed and bank details asked before paying, no date given; the invoice "
          "is labelled from the subject she replies to, the 22 mai deadline is ours.")

_WENDY = "Wendy Sato <wsato@keystone-labs.example>"
_ALAN = "Alan Price <aprice@keystone-labs.example>"
_ROWS41 = [("INV-70668", "$9,420.00", "September 15, 2026"), ("INV-70669", "$5,180.00", "September 30, 2026"),
           ("INV-70670", "$4,260.00", "October 15, 2026")]
_s41, _t41 = notice("statement", _ROWS41, "Alan", "November 4, 2026", acct="C-82215")
thr("d4-thr-32", _WENDY, "2026-10-27 09:40 -0400",
    """Hi Ourco,

Forwarding our controller's question below. Could you confirm the total you show as past due as
of today, and whether any late charges have been added? I'm still reconciling our side.

Thanks,
Wendy Sato
Accounts Payable, Keystone Labs
(717) 555-0173""",
    ["balance_inquiry"], client="gmail", subject="Fwd: " + _s41,
    quote=chain(("forward", _ALAN, when("2026-10-26 17:20 -0400"), _WENDY, "Fwd: " + _s41,
                 "Wendy - this says we owe them almost $19k past due. That doesn't sound right, I "
                 "thought we paid the September ones. Can you find out what's going on before we pay "
                 "anything?\n\nAlan"),
                ("forward", AR, _ar("2026-10-26", "07:30"), _ALAN, _s41, _t41)),
    invoices=[],
    notes="Forward of a forward: the note to us asks for the past-due total; the controller's 'I "
          "thought we paid' is internal, quoted, and not a payment claim; she names no invoice.")

# ---- contact_change ------------------------------------------------------------------------

_TAMARA = "Tamara Hughes <thughes@lakeridgehospitality.example>"
thr("d4-thr-33", _TAMARA, "2026-06-23 10:15 -0500",
    """Hello Ourco team,

Please see the announcement below. Starting July 1, please send all invoices, statements and
payment reminders to lakeridge.ap@meridian-ss.example rather than to me - I'm moving to our
revenue team. Your open items, including INV-70560, have been handed over to them.

Thanks for your patience during the changeover,
Tamara Hughes
Lakeridge Hospitality Group""",
    ["contact_change"], client="gmail",
    subject="Fwd: Lakeridge AP moving to Meridian Shared Services on July 1",
    quote=chain(("forward", "Lakeridge Finance <finance-comms@lakeridgehospitality.example>",
                 when("2026-06-22 16:30 -0500"), "All Finance Staff <finance-all@lakeridgehospitality.example>",
                 "Lakeridge AP moving to Meridian Shared Services on July 1",
                 "All,\n\nFrom July 1, 2026, accounts payable for all Lakeridge properties moves to "
                 "Meridian Shared Services in Tulsa.\n\nWhat changes:\n- Suppliers send invoices, "
                 "statements and reminders to lakeridge.ap@meridian-ss.example\n- Supplier phone "
                 "queries: 918-555-0100, option 2\n- Payment runs move from weekly (Thursday) to "
                 "twice monthly (5th and 20th)\n\nWhat does not change:\n- Remit-to bank details and "
                 "our W-9\n- Approval limits and PO rules\n\nPlease tell your supplier contacts this "
                 "week. The property AP mailboxes close on July 15.\n\nFinance Communications\n"
                 "Lakeridge Hospitality Group")),
    invoices=["INV-70560"], contact="lakeridge.ap@meridian-ss.example",
    notes="Top note of a forwarded internal memo redirects us to the shared-services mailbox; the "
          "memo's payment-run days are general policy, not a promise on INV-70560.")

_DIANE = "Diane Kessler <dkessler@crestview-foods.example>"
_ROWS19 = [("INV-70587", "$4,605.00", "April 20, 2026")]
thr("d4-thr-34", _DIANE, "2026-05-05 09:12 -0500",
    """Hi,

Please take me off the reminders for the Chicago branch - I moved to our Milwaukee plant last
month and no longer handle their payables. Sam Patel is the AP contact for Chicago now:
spatel@crestview-foods.example.

I've forwarded him your reminder for INV-70587.

Diane Kessler
Plant Controller, Milwaukee
Crestview Foods LLC
5100 W. State St., Milwaukee, WI 53208
O 414-555-0164 | M 414-555-0199""" + "\n\n" + DISCLAIMER_US,
    ["contact_change"],
    quote=chain(ar_msg("outlook", "2026-05-04", _DIANE, "overdue", _ROWS19, "Diane", "May 13, 2026"),
                ar_msg("outlook", "2026-04-13", _DIANE, "friendly", _ROWS19, "Diane", "April 20, 2026")),
    invoices=["INV-70587"], contact="spatel@crestview-foods.example",
    notes="'Take me off the reminders' names her successor and his address: a redirect, not a cease "
          "request; the signature carries her own phones and address.")

_KEVIN = "Kevin Dubois <k.dubois@dubois-techniques.example>"
thr("d4-thr-35", _KEVIN, "2026-10-06 09:35 +0200",
    """Bonjour,

Je ne m'occupe plus de la comptabilité fournisseurs depuis le 1er octobre. Merci d'adresser
désormais vos relances et factures à notre nouvelle adresse :
comptabilite.fournisseurs@dubois-techniques.example. Je leur ai transmis votre message
concernant la facture INV-70630.

Cordialement,
Kevin Dubois
Responsable administratif
Dubois Techniques SRL
Rue de l'Industrie 42, 1400 Nivelles
Tél. +32 67 55 41 20
TVA BE 0456.789.123""" + "\n\n" + DISCLAIMER_BE,
    ["contact_change"], lang="fr",
    quote=chain(ar_msg("outlook", "2026-10-05", _KEVIN, "overdue", [("INV-70630", "3 960,00 €", "18/09/2026")],
                       "Monsieur Dubois", "15 octobre 2026", lang="fr")),
    invoices=["INV-70630"], contact="comptabilite.fournisseurs@dubois-techniques.example",
    notes="Belgian French redirect to a new AP mailbox, with a French/Dutch disclaimer and a VAT "
          "number in the signature; the quoted 15 octobre is our deadline.")

_RIVERBEND = "Accounts Payable <ap@riverbend-paper.example>"
_ROWS42 = [("INV-70673", "$3,120.00", "April 30, 2026"), ("INV-70675", "$1,486.50", "May 8, 2026")]
_s42, _t42 = notice("overdue", _ROWS42, "Jane", "May 28, 2026", acct="C-19026")
thr("d4-thr-36", _RIVERBEND, "2026-06-16 11:25 -0500",
    """Hello,

Jane Dorsey, who your reminders below are addressed to, retired at the end of May. Please send
reminders and statements to Kevin Walsh, our new AP lead, at kwalsh@riverbend-paper.example. He
has INV-70673 and INV-70675 in his queue.

Regards,
Maria Lopez
Riverbend Paper Co. - Accounts Payable""",
    ["contact_change"], subject="RE: " + _s42,
    quote=chain(("outlook", AR, _ar("2026-06-15"), "Jane Dorsey <jdorsey@riverbend-paper.example>",
                 "RE: " + _s42,
                 "Hello Jane,\n\nOn May 19 you let us know that INV-70673 and INV-70675 would be paid "
                 "by May 29. We have not received the payment. Please pay by June 25, 2026, or let us "
                 "know what is holding it up.\n\n" + AR_SIGNATURE),
                ("outlook", "Jane Dorsey <jdorsey@riverbend-paper.example>", when("2026-05-19 13:40 -0500"),
                 AR, "RE: " + _s42, "Hi, both of these will be paid by May 29.\n\nJane"),
                ("outlook", AR, _ar("2026-05-18"), "Jane Dorsey <jdorsey@riverbend-paper.example>", _s42, _t42)),
    invoices=["INV-70673", "INV-70675"], contact="kwalsh@riverbend-paper.example",
    notes="Redirect to the new AP lead; the quoted May 29 promise was the retired contact's and is "
          "not renewed ('in his queue' sets no date), and June 25 is our date.")

# ---- auto_reply ----------------------------------------------------------------------------

_s12, _t12 = notice("final", [("INV-70563", "$5,310.00", "April 30, 2026")], "", "June 25, 2026")
thr("d4-thr-37", "Westbrook Medical Group AP Support <apsupport@westbrookmed.example>",
    "2026-06-15 08:01 -0400",
    """Thank you for contacting Westbrook Medical Group Accounts Payable Support.

This is an automated response to confirm that we have received your message. Your reference
number is AP-0093417. Please quote it in any follow-up so that we can keep your correspondence
together.

Our team aims to respond to supplier enquiries within five business days. Payment status can
also be checked on the Westbrook Supplier Portal.

Please do not reply to this automated message.""",
    ["auto_reply"], subject="[AP-0093417] " + _s12, client="other", mode="plain",
    quote=Quote("outlook_old", AR, _ar("2026-06-15", "06:58"), "Accounts Payable <ap@westbrookmed.example>",
                _s12, _t12),
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    invoices=["INV-70563"],
    notes="Ticket-system receipt that quotes our whole final notice below an Original Message line; "
          "the echoed subject gives the invoice and the notice's June 25 date is ours.")

thr("d4-thr-38", "Sabine Vogt <s.vogt@vogt-kaeltetechnik.example>", "2026-08-03 14:41 +0200",
    """Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Ich bin bis einschließlich Freitag, 14. August 2026, nicht im
Büro und lese in dieser Zeit keine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an unsere Buchhaltung:
buchhaltung@vogt-kaeltetechnik.example, Tel. +49 711 555 2130.

Mit freundlichen Grüßen
Sabine Vogt
Kreditorenbuchhaltung
Vogt Kältetechnik GmbH
Industriestraße 12, 70565 Stuttgart""" + "\n\n" + DISCLAIMER_DE,
    ["auto_reply"], lang="de", cte="quoted-printable",
    subject="Automatische Antwort: " + notice("overdue", [("INV-70590", "", "")], lang="de")[0],
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    invoices=["INV-70590"],
    notes="German out-of-office naming a return date and an urgent-case mailbox: auto_reply only; the "
          "Stuttgart postcode 70565 and the register number are not invoices.")

thr("d4-thr-39", "Gloria Rivera <grivera@caribe-distributors.example>", "2026-02-23 09:26 -0400",
    """I am out of the office until Monday, March 2, 2026 with limited access to email. For payment
matters, please contact our accounts payable team at cuentasporpagar@caribe-distributors.example.

Estoy fuera de la oficina hasta el lunes 2 de marzo de 2026, con acceso limitado al correo
electrónico. Para asuntos de pagos, favor de comunicarse con
cuentasporpagar@caribe-distributors.example.

Gloria Rivera
Caribe Distributors, Inc.
Carr. 2 Km 19.5, Toa Baja, PR 00949
Tel. (787) 555-0124""",
    ["auto_reply"], mode="html",
    subject="Automatic reply: " + notice("second", [("INV-70678", "", "")])[0],
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    invoices=["INV-70678"],
    notes="HTML-only bilingual English/Spanish out-of-office from Puerto Rico; the payables mailbox "
          "it names is part of the auto-reply, not a redirect.")

# ---- cease_or_legal ------------------------------------------------------------------------

_GREG = "Greg Ostrowski <gostrowski@northgate-builders.example>"
_ROWS13 = [("INV-70566", "$21,940.00", "July 10, 2026")]
thr("d4-thr-40", _GREG, "2026-09-08 11:40 -0500",
    """Ourco,

Please be advised that Northgate Builders, Inc. filed a voluntary petition under Chapter 11 on
September 4, 2026 in the U.S. Bankruptcy Court for the Northern District of Illinois (Case No.
26-B-14471). The notice of commencement is attached.

On advice of our bankruptcy counsel we cannot pay pre-petition invoices, including this one,
outside the court process, and further payment demands should not be sent to the company.
Information on filing a proof of claim is in the attached notice.

Greg Ostrowski
Chief Financial Officer
Northgate Builders, Inc.
1400 E. Golf Road, Suite 310, Schaumburg, IL 60173
(847) 555-0122""" + "\n\n" + DISCLAIMER_US,
    ["cease_or_legal"],
    quote=chain(ar_msg("outlook", "2026-09-04", _GREG, "final", _ROWS13, "Greg", "September 14, 2026"),
                ar_msg("outlook", "2026-08-20", _GREG, "second", _ROWS13, "Greg", "August 31, 2026")),
    attachments=[("Notice_of_Commencement_26-B-14471.pdf", "application/pdf", fake_pdf("northgate ch11"))],
    invoices=["INV-70566"],
    notes="Chapter 11 notice typed above our quoted final and second notices: cease_or_legal; the "
          "case number is not an invoice and 'this one' is the invoice in the subject.")

_PAUL = "Paul Hartley <p.hartley@harwoodjoinery.example>"
_ROWS21 = [("INV-70593", "£7,480.00", "31 August 2026")]
thr("d4-thr-41", _PAUL, "2026-10-20 12:15 +0100",
    """Dear Sir or Madam,

Harwood Joinery Ltd entered administration on 16 October 2026. Rhian Evans and David Marsh of KBR
Restructuring LLP were appointed joint administrators. Please do not contact the company for
payment. All creditor correspondence should go to the administrators at
harwood@kbr-restructuring.example, quoting reference HJ/2026/118.

Yours faithfully,

Paul Hartley
Financial Controller
Harwood Joinery Ltd (in administration)
Unit 3, Pengam Green Business Park, Cardiff CF3 2EX
Tel: 029 2055 0164

Harwood Joinery Ltd is registered in Wales, company no. 04817236. Registered office: Unit 3,
Pengam Green Business Park, Cardiff CF3 2EX. VAT no. GB 812 4471 06.""" + "\n\n" + DISCLAIMER_CY,
    ["cease_or_legal"],
    quote=chain(ar_msg("outlook", "2026-10-19", _PAUL, "second", _ROWS21, "Paul", "28 October 2026"),
                ar_msg("outlook", "2026-10-05", _PAUL, "overdue", _ROWS21, "Paul", "14 October 2026")),
    invoices=["INV-70593"],
    notes="UK administration notice with the administrators' address: cease_or_legal, not a contact "
          "change; English/Welsh disclaimer and company and VAT numbers in the signature.")

_CURTIS = "Curtis Boyd <cboyd@boyd-excavation.example>"
_ROWS44 = [("INV-70681", "$11,350.00", "September 18, 2026")]
thr("d4-thr-42", _CURTIS, "2026-11-17 15:30 -0600",
    """Stop sending these. This account is in the hands of our attorney. All communication goes to
Linda Marsh at Marsh & Cole, lmarsh@marshcole-law.example, 555 Commerce St, Tyler TX 75702,
(903) 555-0140.

Curtis Boyd
Boyd Excavation""",
    ["cease_or_legal"], client="gmail", mode="plain",
    quote=chain(ar_msg("gmail", "2026-11-16", _CURTIS, "final", _ROWS44, "Curtis", "November 26, 2026"),
                ar_msg("gmail", "2026-11-02", _CURTIS, "second", _ROWS44, "Curtis", "November 12, 2026"),
                ar_msg("gmail", "2026-10-19", _CURTIS, "overdue", _ROWS44, "Curtis", "October 29, 2026")),
    invoices=["INV-70681"],
    notes="'Stop sending these' plus the attorney's address above three nested notices: cease_or_legal "
          "(an attorney is not a new AP contact), so no new_contact.")

# ---- other ---------------------------------------------------------------------------------

_LUIS = "Luis Ortega <lortega@ortega-glazing.example>"
_ROWS14 = [("INV-70570", "$3,460.00", "July 31, 2026")]
thr("d4-thr-43", _LUIS, "2026-09-11 08:03 -0400",
    "Got it, forwarded to our office.\n\nLuis" + IPHONE,
    ["other"], client="apple", mode="plain",
    quote=chain(ar_msg("apple", "2026-09-10", _LUIS, "second", _ROWS14, "Luis", "September 18, 2026",
                       clock="07:05"),
                ar_msg("gmail", "2026-08-17", _LUIS, "overdue", _ROWS14, "Luis", "August 28, 2026")),
    invoices=["INV-70570"],
    notes="Seven-word acknowledgement above two nested notices with 'pay by' dates: nothing to act on; "
          "forwarding internally names no one for us to write to.")

_KYLE = "Kyle Brennan <kbrennan@brennan-millwork.example>"
_s22, _t22 = notice("overdue", [("INV-70596", "$2,800.00", "May 29, 2026")], "Kyle", "June 30, 2026")
thr("d4-thr-44", _KYLE, "2026-06-26 10:20 -0500",
    """Thanks Renee, got the credit note. I'll pass it on to our bookkeeper.

Kyle""",
    ["other"], subject="RE: " + _s22,
    quote=chain(("outlook", COLLECTOR, _ar("2026-06-25", "15:10"), _KYLE, "RE: " + _s22,
                 "Hi Kyle,\n\nAs discussed, we've issued credit note CN-2241 for $318.00 against "
                 "INV-70596 for the two cases of hinges you returned. The remaining balance of "
                 "$2,482.00 is due - please arrange payment by June 30.\n\n" + COLLECTOR_SIG),
                ("outlook", _KYLE, when("2026-06-23 08:44 -0500"), COLLECTOR, "RE: " + _s22,
                 "Renee, two cases of the hinges came back to you on RMA 5520. Can you credit those "
                 "before we pay?\n\nKyle"),
                ("outlook", AR, _ar("2026-06-22"), _KYLE, _s22, _t22)),
    invoices=["INV-70596"],
    notes="Thanks for a credit note: his quoted credit request is settled and the collector's 'please "
          "pay by June 30' is ours, so no dispute and no promise.")

_HOLL = "Accounts Payable <accountspayable@hollister-mfg.example>"
thr("d4-thr-45", _HOLL, "2026-12-15 10:00 -0500",
    """Hello,

Please note that Hollister Manufacturing will be closed from December 24, 2026 through January 4,
2027. There will be no payment runs during the closure; regular processing resumes the week of
January 4.

Happy holidays from all of us in Accounts Payable.

Hollister Manufacturing Co.
Accounts Payable Department
77 Foundry Road, Dayton, OH 45404 | 937-555-0110""",
    ["other"],
    quote=chain(ar_msg("outlook", "2026-12-14", _HOLL, "overdue", [("INV-70684", "$1,935.00", "November 30, 2026")],
                       "", "December 22, 2026")),
    invoices=["INV-70684"],
    notes="Holiday-closure notice sent as a reply to our reminder: no payment commitment or request; "
          "the quoted December 22 date is ours and the January dates are about processing.")
# ==== CASES END ====

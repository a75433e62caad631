"""dev4 topic: mixed and hard-to-tell mail, a second set.

`dev4_mixed` put each intent boundary on both sides once. This file writes the same boundaries
again in other situations and voices, because a reader that learned one wording of a boundary has
not learned the boundary:

- several intents in one reply: a promise next to a dispute on another invoice, a remittance
  line next to a copy request, a dispute next to a new outsourced AP mailbox, a firm part-payment
  next to a request to spread the rest, a dated promise next to "what else is open";
- payment_sent against promise_to_pay: an ERP run notice with a future value date and a check
  that is signed but not yet mailed are promises; an auto-debit our side already pulled, a
  payment released by treasury that will only arrive next week, are payments sent;
- payment_plan_request against promise_to_pay: asking to split (even with proposed dates, when
  the sender waits for our consent) against stating instalments as fixed;
- invoice_request against dispute: a copy because theirs is lost or unreadable, against a
  corrected invoice because something on it is wrong;
- contact_change against a copy or a forward: cc'ing a colleague, a colleague answering for the
  addressee, a message written to one's own AP team with us copied, against "send invoices to
  ... from now on";
- auto_reply against a human who begins "Thank you for your email";
- cease_or_legal against ordinary anger: a lawyer's letter, "stop emailing me", insolvency and
  administration notices in four languages, against a threat to call a lawyer and a request to
  stop phoning (but keep e-mailing);
- other: a sales enquiry, a thank-you, a customer's holiday newsletter, a note written to a
  colleague.

Quoted dunning (ours) sits below most replies; some threads are three messages deep, three are
forwarded chains, three are HTML-only. About two thirds are English, the rest Spanish, French
and German. Only the sender's own text and the subject count for the labels.
"""

from dev2_cases import case, IPHONE
from dev_cases import (AR, AR_SIGNATURE, DISCLAIMER_DE, DISCLAIMER_ES, DISCLAIMER_FR,
                       DISCLAIMER_US, P, Quote, dunning, fake_pdf, ours, quote_text, when)

SAMSUNG = "\n\nSent from my Samsung Galaxy smartphone."


mx = case  # replies quoting a reminder with given rows: `bill=(kind, rows, first name)`


def reminder(kind, rows, who, spec, to, style="outlook", lang="en"):
    """One of our reminders as a Quote, for threads and forwards built by hand."""
    subj, body = dunning(kind, rows, who, lang)
    return Quote(style, AR, when(spec), to, subj, body, lang=lang)


# ---- several intents in one reply -----------------------------------------------------------

mx("d4-mxb-01", "Corinne Whitlock <cwhitlock@whitlock-electric.example>", "2026-06-16 11:25 -0500",
   """Hi,

Taking these one at a time:

INV-72503 - approved, and it's on Thursday's check run for the full $2,964.10.

INV-72506 - this one has a $185.00 freight line on it. The order was placed online over the
$2,500 free-freight threshold (your own banner said so at the time), so there shouldn't be any
freight. Please take it off and resend. Until then I can't put it through.

Corinne Whitlock
Office & AP Manager
Whitlock Electric Co.
3318 Fairview Ave, Springfield, MO 65804
417-555-0126""",
   ["promise_to_pay", "dispute"], reasons=["pricing"],
   bill=("overdue", [("INV-72503", "$2,964.10", "May 29, 2026"), ("INV-72506", "$3,041.60", "Jun 3, 2026")], "Corinne"),
   invoices=["INV-72503", "INV-72506"],
   promises=[P("2964.10", "USD", "thu", ["INV-72503"])],
   notes="Dated promise with a figure on one invoice, and a freight charge contested on the other "
         "against the free-freight terms of the order: pricing. Resending after the fix is the "
         "dispute's remedy, and 'until then' promises nothing on the second invoice.")

mx("d4-mxb-02", "Darnell Hughes <dhughes@hughesfleetservice.example>", "2026-06-15 09:40 -0400",
   """Morning,

Remittance for the one we've paid:

  Paid:       06/12/2026
  Method:     ACH
  Amount:     $4,120.00
  Applied to: INV-72511
  Trace:      091000019384472

Your reminder also lists INV-72514, which I can't find anywhere - it isn't in our AP system or
in the scanned mail. Could you send me a copy so I can get it coded?

Thanks,
Darnell Hughes
Hughes Fleet Service | Accounts Payable
(330) 555-0174""",
   ["payment_sent", "invoice_request"],
   bill=("overdue", [("INV-72511", "$4,120.00", "May 26, 2026"), ("INV-72514", "$1,308.45", "Jun 1, 2026")], "Darnell"),
   client="gmail", invoices=["INV-72511", "INV-72514"],
   notes="A remittance block for a payment already made, and a copy asked for an invoice that never "
         "reached them, without contesting it: payment_sent and invoice_request. The trace number "
         "is not an invoice.")

mx("d4-mxb-03", "Lena Marsh <lmarsh@ridgeway-dental.example>", "2026-04-08 14:10 -0600",
   """Hello,

Two things.

First, INV-72518 charges us for three preventive maintenance visits on the sterilizer in March.
Your technician was here twice (3/4 and 3/18); the third visit on the invoice, 3/25, never
happened - nobody came and nobody called. We'll need that visit taken off.

Second, Ridgeway has moved its accounts payable to an outside provider as of April 1. Please
send all invoices, statements and reminders to ridgeway.ap@paynexus-bpo.example from now on.
They'll also be the ones handling the corrected invoice.

Thank you,
Lena Marsh
Practice Administrator
Ridgeway Family Dental
1450 Canyon Rd, Boulder, CO 80302
303-555-0162""",
   ["dispute", "contact_change"], reasons=["service_issue"],
   bill=("overdue", [("INV-72518", "$1,935.00", "Mar 31, 2026")], "Lena"),
   invoices=["INV-72518"], contact="ridgeway.ap@paynexus-bpo.example",
   notes="A billed service visit that never took place (service_issue) and a standing move of all AP "
         "mail to an outsourced provider on another domain: dispute and contact_change.")

mx("d4-mxb-04", "Anthony Russo <arusso@trattoriarusso.example>", "2026-01-13 10:50 -0500",
   """Dear Ourco team,

I will be honest with you about where we are. January is always our slowest month and the
holiday season was not as strong as we hoped.

What I can do for certain: $1,500.00 toward INV-72522 will be paid by January 20. That money is
set aside and it will go out.

For the remaining $6,300.00, I would like to ask whether you would accept three payments of
$2,100.00, in February, March and April. If you can agree to that, please let me know what you
need from us.

With thanks,
Anthony Russo
Owner, Trattoria Russo
211 Main Street, Hoboken, NJ 07030
201-555-0138""",
   ["promise_to_pay", "payment_plan_request"],
   bill=("final", [("INV-72522", "$7,800.00", "Nov 30, 2025")], "Anthony"),
   invoices=["INV-72522"],
   promises=[P("1500.00", "USD", "2026-01-20", ["INV-72522"])],
   notes="A firm part-payment with an amount and a date, and a request for three monthly payments on "
         "the rest that waits for our agreement: the promise carries only the $1,500.00, the "
         "instalments are a plan request.")

mx("d4-mxb-05", "Kyle Brandvold <kyle@brandvoldauto.example>", "2026-06-22 15:05 -0700",
   """Hey,

INV-72527 will be paid on the 30th, that's when our month-end checks go out.

Can you also tell me what else you show as open for us? Our shop manager says he signed for a
second delivery in May but I don't have an invoice for it, so I don't know if there's another one
coming or if it's already on the account.

Kyle Brandvold
Brandvold Auto & Diesel
Ph 541-555-0183""",
   ["promise_to_pay", "balance_inquiry"],
   bill=("overdue", [("INV-72527", "$2,310.00", "Jun 10, 2026")], "Kyle"),
   client="gmail", mode="plain", invoices=["INV-72527"],
   promises=[P(None, None, "2026-06-30", ["INV-72527"])],
   notes="'On the 30th' (of June, the month of the message) with no figure, plus 'what else do you "
         "show as open': promise and balance_inquiry. No copy of a specific invoice is asked for.")

# ---- payment_sent versus promise_to_pay -----------------------------------------------------

mx("d4-mxb-06", "Accounts Payable Notifications <ap-notify@castellan-hospitality.example>",
   "2026-07-06 05:30 -0400",
   """Castellan Hospitality Group - Scheduled Payment Notification

Vendor: OURCO INDUSTRIAL SUPPLY INC (Vendor ID V-018834)
Payment proposal: PP-2026-27-A
Payment method: ACH
Value date: 07/10/2026

Invoice      Invoice date   Amount (USD)
INV-72532    05/28/2026     5,190.00
INV-72535    06/04/2026     3,215.30
Total                       8,405.30

Funds are released on the value date to the remittance account registered for your vendor ID. This notification
is generated from our payables system; for questions contact vendorsupport@castellan-hospitality.example.""",
   ["promise_to_pay"], subject="Scheduled Payment Notification - Value Date 07/10/2026 - V-018834",
   client="other", mode="html", invoices=["INV-72532", "INV-72535"],
   promises=[P("5190.00", "USD", "2026-07-10", ["INV-72532"]), P("3215.30", "USD", "2026-07-10", ["INV-72535"])],
   html_body="""<table width="620" cellpadding="0" cellspacing="0" style="font-family:Segoe UI,Arial,sans-serif;font-size:13px;color:#222">
<tr><td style="background:#5a2d0c;color:#fff;padding:12px 16px;font-size:15px">Castellan Hospitality Group - Scheduled Payment Notification</td></tr>
<tr><td style="padding:14px 16px">
<p>Vendor: <b>OURCO INDUSTRIAL SUPPLY INC</b> (Vendor ID V-018834)<br>
Payment proposal: PP-2026-27-A<br>
Payment method: ACH<br>
Value date: <b>07/10/2026</b></p>
<table cellpadding="4" cellspacing="0" border="1" style="border-collapse:collapse;font-size:13px">
<tr style="background:#eee"><th align="left">Invoice</th><th align="left">Invoice date</th><th align="right">Amount (USD)</th></tr>
<tr><td>INV-72532</td><td>05/28/2026</td><td align="right">5,190.00</td></tr>
<tr><td>INV-72535</td><td>06/04/2026</td><td align="right">3,215.30</td></tr>
<tr><td colspan="2"><b>Total</b></td><td align="right"><b>8,405.30</b></td></tr>
</table>
<p>Funds are released on the value date to the remittance account registered for your vendor ID. This notification
is generated from our payables system; for questions contact vendorsupport@castellan-hospitality.example.</p>
</td></tr></table>""",
   notes="HTML-only payment-proposal notice sent on a Monday with a value date that Friday: the "
         "money has not left, so one promise per invoice row with its amount, not payment_sent; "
         "it is not an acknowledgement of our mail, so not an auto-reply, and the support mailbox in "
         "the footer is no contact change.")

_g_from = "Tom Kaczmarek <tkaczmarek@lakeshore-millwork.example>"
mx("d4-mxb-07", _g_from, "2026-07-10 08:15 -0500",
   """Hi,

Forwarding our bank's alert below. You already pulled the $3,218.00 for INV-72539 by ACH debit
yesterday - we're on your auto-debit agreement - so your reminder must have crossed with it.

Tom Kaczmarek
Controller, Lakeshore Millwork
920-555-0149""",
   ["payment_sent"], subject="FW: ACH debit posted - account ending 2290",
   invoices=["INV-72539"],
   quote=Quote("forward", "Bay State Bank Alerts <alerts@baystatebank-notify.example>",
               when("2026-07-09 18:02 -0500"), _g_from, "ACH debit posted - account ending 2290",
               "An ACH debit has posted to your business checking account ending 2290.\n\n"
               "Date: 07/09/2026\nAmount: $3,218.00\nCompany: OURCO INDUSTRIAL SUP\n"
               "Entry description: AUTOPAY INV72539\n\n"
               "If you do not recognize this transaction, call Business Banking at 800-555-0100.\n"
               "Please do not reply to this automated message."),
   notes="Forwarded bank alert of a debit our side already collected, with the sender's own line "
         "on top: payment_sent. The debit is done, so nothing is promised; the bank's automated "
         "wording is in the forward, not the sender's text.")

mx("d4-mxb-08", "Deb Shultz <deb@shultzlandscaping.example>", "2026-09-01 18:40 -0500",
   """Check is written and signed, it's sitting on my desk. It goes in the mail Friday when I do
the bank run.""" + IPHONE,
   ["promise_to_pay"],
   bill=("overdue", [("INV-72542", "$1,476.00", "Aug 14, 2026")], "Deb"),
   client="apple", mode="plain", invoices=["INV-72542"],
   promises=[P(None, None, "fri", ["INV-72542"])],
   notes="A check that exists but has not been sent, mailed Friday: a promise (Friday 4 September "
         "from a Tuesday), not payment_sent. The invoice comes from the subject.")

mx("d4-mxb-09", "Patrice Okonjo <pokonjo@meadowbrookschools.example>", "2026-03-17 13:20 -0400",
   """Good afternoon,

INV-72544 has been approved by the business office and is in the queue. It should go out
sometime in the next couple of weeks.

One thing that may hold it up: our district moved to a new finance system and every vendor has to
be re-verified, which means we need a current signed W-9 from Ourco before the next check run.
Could you email one to me?

Thank you,
Patrice Okonjo
Accounts Payable Clerk
Meadowbrook Unified School District
(614) 555-0121""" + "\n\n" + DISCLAIMER_US,
   ["invoice_request"],
   bill=("overdue", [("INV-72544", "$2,745.00", "Feb 27, 2026")], "Patrice"),
   invoices=["INV-72544"],
   notes="'Sometime in the next couple of weeks' is vague and the run also depends on a W-9, so no "
         "promise; the W-9 is a document request.")

# ---- payment_plan_request versus promise_to_pay ---------------------------------------------

mx("d4-mxb-10", "Ruth Abernathy <rabernathy@stcolumbafoodbank.example>", "2026-02-10 10:05 -0500",
   """Hello,

I'm the treasurer for St. Columba Food Pantry. Our board asked me to reach out about INV-72546
for the walk-in cooler repair. The repair was needed and the work was good, but the amount is
more than we can pay at once out of this quarter's budget.

Would Ourco be willing to let us split it into three monthly payments? We'd be glad to sign
whatever agreement you usually use.

Gratefully,
Ruth Abernathy
Treasurer (volunteer)
St. Columba Food Pantry""",
   ["payment_plan_request"],
   bill=("second", [("INV-72546", "$4,380.00", "Jan 9, 2026")], "Ruth"),
   client="gmail", invoices=["INV-72546"],
   notes="A volunteer treasurer asks to split an undisputed invoice into three monthly payments with "
         "no amounts or dates committed: payment_plan_request only. Praising the work rules out a "
         "dispute.")

mx("d4-mxb-11", "Heike Sommer <h.sommer@sommer-gastro.example>", "2026-07-06 09:15 +0200",
   """Guten Tag Frau Alvarado,

wie telefonisch besprochen begleichen wir die Rechnung 72550 über 5.480,00 € in drei Raten:

  1. Rate: 2.000,00 € am 15.07.2026
  2. Rate: 2.000,00 € am 14.08.2026
  3. Rate: 1.480,00 € am 15.09.2026

Die Daueraufträge sind bei unserer Bank bereits eingerichtet.

Mit freundlichen Grüßen
Heike Sommer
Buchhaltung
Sommer Gastronomiebedarf GmbH
Hafenstraße 9, 28217 Bremen
Tel. +49 421 55 01 64""" + "\n\n" + DISCLAIMER_DE,
   ["promise_to_pay"],
   bill=("overdue", [("INV-72550", "5.480,00 €", "12.06.2026")], "Frau Sommer"),
   lang="de", invoices=["INV-72550"],
   promises=[P("2000.00", "EUR", "2026-07-15", ["INV-72550"]),
             P("2000.00", "EUR", "2026-08-14", ["INV-72550"]),
             P("1480.00", "EUR", "2026-09-15", ["INV-72550"])],
   notes="German: instalments already agreed by phone and set up as standing orders, stated as "
         "fixed with amounts and dates: three promises, no payment_plan_request (nothing is asked).")

mx("d4-mxb-12", "Iñaki Etxeberria <i.etxeberria@etxeberria-conservas.example>", "2026-04-28 12:30 +0200",
   """Buenos días:

Me pongo en contacto con ustedes por la factura 72555. Este trimestre hemos tenido que adelantar el pago
de varias materias primas y andamos justos de tesorería.

¿Sería posible fraccionar el importe en dos plazos, el primero el 20 de mayo y el segundo el 19
de junio? Si les parece bien, les ruego que nos lo confirmen por escrito y lo dejamos programado.

Gracias de antemano.

Un saludo,
Iñaki Etxeberria
Responsable de Administración
Conservas Etxeberria, S.L.
Polígono Lintzirin 4, 20180 Oiartzun (Gipuzkoa)
Tel. 943 55 01 27""" + "\n\n" + DISCLAIMER_ES,
   ["payment_plan_request"],
   bill=("overdue", [("INV-72555", "6.920,00 €", "31/03/2026")], "Sr. Etxeberria"),
   lang="es", invoices=["INV-72555"],
   notes="Spanish: two instalments with proposed dates, but asked ('¿sería posible...?') and only to "
         "be scheduled once we confirm: payment_plan_request, no promise.")

# ---- invoice_request versus dispute ----------------------------------------------------------

mx("d4-mxb-13", "Véronique Lemaire <v.lemaire@lemaire-paysages.example>", "2026-05-19 10:40 +0200",
   """Bonjour,

Nous n'avons aucune trace de la facture 72560 dans notre logiciel comptable : elle a
probablement été envoyée à l'ancienne adresse de notre comptable, qui nous a quittés en mars.

Pourriez-vous nous en adresser un duplicata au format PDF ? Je la ferai valider dès réception.

Bien cordialement,
Véronique Lemaire
Assistante administrative
Lemaire Paysages SARL
14 chemin des Vignes, 49000 Angers
Tél. 02 41 55 01 38""" + "\n\n" + DISCLAIMER_FR,
   ["invoice_request"],
   bill=("overdue", [("INV-72560", "1 745,00 €", "30/04/2026")], "Mme Lemaire"),
   lang="fr", invoices=["INV-72560"],
   notes="French: a duplicate asked for because the original went astray; nothing on it is "
         "contested. The former accountant who left is not a new contact (no one to write to is "
         "named), and 'dès réception' is no dated promise.")

mx("d4-mxb-14", "Gabriel Osei <gosei@northline-constructors.example>", "2026-08-11 16:25 -0400",
   """Hello,

INV-72564 references PO 4500991023. That PO belongs to our Harbor Point project, which closed
out in June - the materials on this invoice were ordered for the Kessler Street job under PO
4500991187. Our AP system matched it to the closed PO and rejected it automatically.

Please reissue the invoice with PO 4500991187 on it. Nothing else needs to change.

Gabriel Osei
Project Accountant
Northline Constructors, Inc.
T 617-555-0190""",
   ["dispute"], reasons=["missing_po_or_docs"],
   bill=("overdue", [("INV-72564", "$9,312.00", "Jul 24, 2026")], "Gabriel"),
   invoices=["INV-72564"],
   notes="A reissued invoice is asked for because the one we sent carries the wrong PO, so the "
         "request is the remedy of a documents dispute (missing_po_or_docs), not a copy request. "
         "PO numbers are not invoices.")

mx("d4-mxb-15", "Sheila Thornbury <sheila@thornburyflorist.example>", "2026-08-12 09:55 -0500",
   """Hi there,

Could you resend INV-72568? The PDF attached to your original email opens as a blank grey page
on both my computer and my phone, so I've never actually seen it. Nothing wrong with the
invoice as far as I know, I just need a copy I can read and file.

Thanks so much,
Sheila
Thornbury Florist & Gifts""",
   ["invoice_request"],
   bill=("overdue", [("INV-72568", "$612.40", "Jul 31, 2026")], "Sheila"),
   client="gmail", mode="plain", invoices=["INV-72568"],
   notes="A copy asked for because the file would not open, with an explicit 'nothing wrong with "
         "the invoice': invoice_request, not a documents dispute.")

mx("d4-mxb-16", "Marcus Hale <mhale@halebrothersroofing.example>", "2026-10-06 07:35 -0500",
   """Our foreman at the Birchwood site says nothing from Ourco was ever dropped there - no
underlayment, no drip edge, nothing. We ended up buying it locally to keep the crew working.

Please send the signed delivery receipt for INV-72571 showing who signed for it and where. If
there isn't one, we expect the invoice to be cancelled.

Marcus Hale
Hale Brothers Roofing
(405) 555-0117""",
   ["dispute", "invoice_request"], reasons=["not_received"],
   bill=("overdue", [("INV-72571", "$3,684.00", "Sep 18, 2026")], "Marcus"),
   client="outlook_old", mode="plain", invoices=["INV-72571"],
   notes="The goods never reached the site (not_received), and the signed POD is asked for as "
         "proof: dispute and invoice_request together, unlike a bare POD request.")

# ---- contact_change versus copying or forwarding -------------------------------------------

_m_from = "Maria Lopes <mlopes@coastalcoldchain.example>"
_t_from = "Tom Becker <tbecker@coastalcoldchain.example>"
_rem17 = reminder("overdue", [("INV-72575", "$5,066.00", "Jun 12, 2026")], "Maria",
                  "2026-06-30 07:28 -0500", _m_from)
mx("d4-mxb-17", _t_from, "2026-07-02 11:50 -0400",
   """Hello,

Maria passed your reminder to me. I'm the controller here. INV-72575 was paid on June 30 by ACH,
$5,066.00, with the invoice number in the addenda - it probably crossed with your email the
same morning. Please check your receipts for that day and let me know if it still doesn't show.

Regards,
Tom Becker
Controller
Coastal Cold Chain Logistics
Savannah, GA
912-555-0133""",
   ["payment_sent"], subject="RE: " + _rem17.subject, invoices=["INV-72575"],
   quote=Quote("outlook", _m_from, when("2026-07-01 16:12 -0400"), _t_from, "FW: " + _rem17.subject,
               "Tom - can you take a look? I don't see this one in my open items anymore.\n\nMaria",
               extra=quote_text(_rem17)),
   notes="A colleague answers for the addressee after an internal forward (quoted below it, with our "
         "reminder under that): he reports the payment, and nobody asks us to write to someone else, "
         "so payment_sent and no contact_change.")

mx("d4-mxb-18", "Nathalie Brunet <n.brunet@brunet-boulangeries.example>", "2026-09-08 15:20 +0200",
   """Bonjour,

Suite à la réorganisation de notre service comptable, merci d'adresser désormais l'ensemble de
vos factures, relevés et relances à compta.fournisseurs@brunet-boulangeries.example et non plus
à mon adresse personnelle.

Concernant la facture 72580, le règlement de 3 912,00 € sera effectué par virement le 30
septembre.

Cordialement,
Nathalie Brunet
Responsable administrative et financière
Boulangeries Brunet SAS
8 place du Marché, 35000 Rennes""",
   ["contact_change", "promise_to_pay"],
   bill=("overdue", [("INV-72580", "3 912,00 €", "31/08/2026")], "Mme Brunet"),
   lang="fr", client="thunderbird", mode="plain", invoices=["INV-72580"],
   contact="compta.fournisseurs@brunet-boulangeries.example",
   promises=[P("3912.00", "EUR", "2026-09-30", ["INV-72580"])],
   notes="French: a standing instruction ('désormais', all invoices and reminders) to a new AP "
         "mailbox, and a dated transfer with a figure: contact_change and promise_to_pay.")

mx("d4-mxb-19", "Gary Lindqvist <glindqvist@lindqvist-marine.example>", "2026-05-05 08:05 -0500",
   """Rhonda -

Adding you on this one. Can you see where INV-72584 stands on your end and get back to these
folks? I don't have the payment runs in front of me and I'm out at the yard all week.

Gary""",
   ["other"], to="Rhonda Pike <rpike@lindqvist-marine.example>, " + AR,
   bill=("second", [("INV-72584", "$2,205.00", "Apr 3, 2026")], "Gary"),
   client="gmail", mode="plain", invoices=["INV-72584"],
   notes="Reply-all written to the sender's own colleague with us on the thread: no redirect is "
         "given to us (no 'send to ... from now on'), no payment claim, no promise - nothing for "
         "collections to act on yet, so other and no contact_change.")

# ---- a human 'Thank you for your email' versus an auto-reply --------------------------------

mx("d4-mxb-20", "Eleanor Fairbanks <efairbanks@fairbanks-vet.example>", "2026-03-24 10:15 -0400",
   """Thank you for your email.

I have checked our records and INV-72588 was paid on March 20 by check no. 55120 in the amount
of $1,846.75, mailed to your PO Box in Chicago. It may simply not have reached you yet.

Please let me know if it has not arrived by the end of next week and I will look into it.

Kind regards,
Eleanor Fairbanks
Accounts Payable
Fairbanks Veterinary Hospital
902 Orchard Lane, Lancaster, PA 17601
717-555-0146""",
   ["payment_sent"],
   bill=("overdue", [("INV-72588", "$1,846.75", "Mar 6, 2026")], "Eleanor"),
   invoices=["INV-72588"],
   notes="Opens with the stock 'Thank you for your email.' but a person answers: a check already "
         "mailed with number and amount, so payment_sent, not auto_reply.")

mx("d4-mxb-21", "Owen Prescott <oprescott@prescott-foods.example>", "2026-11-10 13:40 -0600",
   """Thank you for your email and for your patience while we sorted out the credit.

Now that credit memo CM-20931 has been issued against INV-72592, could you confirm what is left to
pay on that invoice? And does anything else still show as outstanding for us?

Best regards,
Owen Prescott
Prescott Specialty Foods""",
   ["balance_inquiry"],
   bill=("statement", [("INV-72592", "$3,470.00", "Oct 16, 2026")], "Owen"),
   client="outlook", mode="html", invoices=["INV-72592"],
   notes="HTML-only human reply that starts like an auto-acknowledgement: asks the remaining balance "
         "after a credit and what else is open, so balance_inquiry; the credit is settled, not "
         "disputed.")

mx("d4-mxb-22", "AP Helpdesk <ap.helpdesk@granitepeak-health.example>", "2026-02-02 03:12 -0500",
   """Thank you for your email.

This automatic message confirms that Granite Peak Health Accounts Payable has received your
message. Your ticket reference is AP-2026-004417.

Our team aims to respond to all supplier queries within 3 business days. Invoices must be
submitted as PDF attachments to invoices@granitepeak-health.example; statements and payment
queries may be sent to this mailbox.

Please do not reply to this message.

Granite Peak Health - Accounts Payable Shared Services""",
   ["auto_reply"], subject="[AP-2026-004417] Received: " + ours("overdue", [("INV-72596", "", "")]),
   client="other", mode="plain", invoices=["INV-72596"],
   headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
   notes="A ticket-system receipt that begins with the same 'Thank you for your email.' as the "
         "human replies above: auto_reply alone; the invoices mailbox it mentions is standing "
         "helpdesk boilerplate, not a redirect, and the reference number is not an invoice.")

mx("d4-mxb-23", "Klaus Wendt <k.wendt@wendt-antriebstechnik.example>", "2026-10-12 06:01 +0200",
   """Vielen Dank für Ihre E-Mail.

Dieses Postfach wird seit dem 1. Oktober 2026 nicht mehr bearbeitet. Ihre Nachricht wird nicht
weitergeleitet. Bitte senden Sie Rechnungen, Mahnungen und Kontoauszüge künftig ausschließlich an
rechnungseingang@wendt-antriebstechnik.example.

Dies ist eine automatisch erzeugte Nachricht.

Wendt Antriebstechnik GmbH""",
   ["auto_reply"], subject="Automatische Antwort: " + ours("overdue", [("INV-72600", "", "")], "de"),
   lang="de", client="outlook", mode="alt", invoices=["INV-72600"],
   headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
   notes="German responder for a retired mailbox that names the invoice-intake address: by the "
         "shared convention an auto-reply is labelled auto_reply alone, with no new_contact, even "
         "when it redirects; a collector updates the contact by hand.")

# ---- cease_or_legal versus ordinary complaints ----------------------------------------------

mx("d4-mxb-24", "Danielle Ferrante <dferrante@ferrante-okafor.example>", "2026-05-20 15:45 -0400",
   """Re: Brightline Bakery Supply, LLC - Invoices INV-72604 and INV-72607

To whom it may concern:

We act for Brightline Bakery Supply, LLC in connection with the above invoices.

Our client disputes both invoices in their entirety. The two spiral mixers delivered under them
failed within the first week of operation, were inspected by your own service technician on
April 2, and have not worked since. Our client has offered their return on three occasions.

Please direct all further communications regarding these invoices to the undersigned. Do not
contact our client or its employees directly. Our client reserves all rights and remedies.

Sincerely,

Danielle Ferrante
Ferrante & Okafor PLLC
55 Court Street, Suite 900, Brooklyn, NY 11201
(718) 555-0109""",
   ["cease_or_legal", "dispute"], reasons=["damaged_defective"],
   subject="Brightline Bakery Supply, LLC - Invoices INV-72604 and INV-72607 - Notice of representation",
   invoices=["INV-72604", "INV-72607"],
   attachments=[("Ltr_Ourco_2026-05-20.pdf", "application/pdf", fake_pdf("ferrante okafor letter"))],
   notes="Attorney's letter of representation with a no-contact instruction (cease_or_legal) that "
         "also states the reason the client contests both invoices: machines that failed in the "
         "first week, damaged_defective. The lawyer's address is no contact change.")

mx("d4-mxb-25", "Rick Dunleavy <rick.dunleavy@gmail.example>", "2026-06-03 19:20 -0500",
   """I PAID THIS. Card over the phone with the lady in your office on May 29, she gave me
confirmation 77120. This is the 4th email since. Stop emailing me.""" + SAMSUNG,
   ["payment_sent", "cease_or_legal"],
   bill=("second", [("INV-72611", "$488.00", "Apr 30, 2026")], "Rick"),
   client="other", mode="plain", invoices=["INV-72611"],
   notes="A sole trader reports a card payment made by phone (payment_sent) and says, without any "
         "condition, to stop e-mailing him: a stop-contacting request, cease_or_legal, next to the "
         "payment claim.")

mx("d4-mxb-26", "Wes Pruett <wes@pruettmechanical.example>", "2026-09-22 12:10 -0500",
   """This is getting ridiculous. We sent back 14 cases of the wrong fittings on RMA 55817 back in
AUGUST. Your warehouse signed for them, I have the return slip, and INV-72615 still shows the
full amount with no credit. I've asked for the credit twice now.

If I get one more past-due notice on this before the credit is issued, my next call is going to
be to our attorney. Issue the credit and send me a corrected balance.

Wes Pruett
Pruett Mechanical Contractors
Cell 580-555-0131""",
   ["dispute"], reasons=["returns_credit"],
   bill=("second", [("INV-72615", "$3,290.00", "Aug 14, 2026")], "Wes"),
   client="gmail", mode="alt", invoices=["INV-72615"],
   notes="An angry returns-credit dispute with a conditional threat to call a lawyer: no attorney is "
         "named or retained and we are not told to stop, so dispute only, not cease_or_legal. The "
         "RMA number is not an invoice.")

mx("d4-mxb-27", "Kanzlei Dr. Hartmann & Partner <insolvenz@hartmann-partner-ra.example>",
   "2026-03-03 10:30 +0100",
   """Insolvenzverfahren über das Vermögen der Reuter Metallbau GmbH, Amtsgericht Hannover,
Az. 903 IN 118/26

Sehr geehrte Damen und Herren,

das Amtsgericht Hannover hat am 27.02.2026 das Insolvenzverfahren über das Vermögen der Reuter
Metallbau GmbH eröffnet. Ich wurde in diesem Verfahren als Insolvenzverwalter eingesetzt.

Aus der Buchhaltung der Gesellschaft ergeben sich offene Posten Ihres Hauses aus den Rechnungen
INV-72620 und INV-72623. Bitte melden Sie diese bis zum 15.04.2026 mit dem beigefügten Formular
schriftlich bei mir an. Mahnungen und Zahlungsaufforderungen richten Sie bitte nicht mehr an die
Gesellschaft; die Geschäftsführung darf auf Altverbindlichkeiten keine Zahlungen mehr leisten.

Mit freundlichen Grüßen

Dr. Jens Hartmann
Rechtsanwalt, Insolvenzverwalter
Kanzlei Dr. Hartmann & Partner
Georgstraße 12, 30159 Hannover""",
   ["cease_or_legal"], subject="Reuter Metallbau GmbH - Eröffnung des Insolvenzverfahrens - 903 IN 118/26",
   lang="de", client="other", mode="plain", invoices=["INV-72620", "INV-72623"],
   attachments=[("Forderungsanmeldung_Reuter.pdf", "application/pdf", fake_pdf("forderungsanmeldung reuter"))],
   notes="German insolvency administrator's notice of opened proceedings, with an instruction to stop "
         "payment demands: cease_or_legal. The claim form is theirs to us, not a document we are "
         "asked to send; the court file number is not an invoice.")

mx("d4-mxb-28", "Administración Concursal Garrigós <ac.levantina@garrigos-concursal.example>",
   "2026-11-04 12:15 +0100",
   """Muy Sres. nuestros:

Por la presente les comunicamos que, mediante auto del Juzgado de lo Mercantil n.º 3 de
Valencia de fecha 28 de octubre de 2026, la mercantil Cerámicas Levantina, S.A. ha sido declarada
en concurso voluntario de acreedores, habiendo sido designado este despacho como administración
concursal.

En los libros de la sociedad consta a su favor un crédito por la factura 72627. Disponen de un
mes desde la publicación del auto en el BOE para ponerlo en nuestro
conocimiento. Les rogamos que, a partir de ahora, no se dirijan a Cerámicas Levantina para
solicitar el cobro.

Atentamente,
Lorena Garrigós Mira
Administradora concursal
Garrigós Concursal, S.L.P.
Av. del Regne de València 31, 46005 Valencia""",
   ["cease_or_legal"], subject="Cerámicas Levantina, S.A. - Concurso voluntario - comunicación a acreedores",
   lang="es", client="other", mode="plain", invoices=["INV-72627"],
   notes="Spanish insolvency administrator announcing a concurso de acreedores and telling creditors "
         "to stop claiming payment from the debtor: cease_or_legal, not a contact change to the "
         "administrator.")

mx("d4-mxb-29", "Philippe Garnier <p.garnier@ateliers-garnier.example>", "2026-02-17 11:00 +0100",
   """Madame, Monsieur,

Par jugement du 12 février 2026, le Tribunal de commerce de Saint-Étienne a ouvert au bénéfice
d'Ateliers Garnier SAS un redressement judiciaire ; Maître Sophie Roux, 9 rue de la Résistance,
42000 Saint-Étienne, a été nommée mandataire judiciaire.

La loi nous interdit désormais de payer les dettes nées avant l'ouverture de la procédure, ce qui
concerne votre facture 72631. Votre créance doit être déclarée auprès de Maître Roux, dans les
deux mois qui suivent l'avis paru au BODACC. Nous vous remercions de cesser vos relances.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

Philippe Garnier
Président
Ateliers Garnier SAS""",
   ["cease_or_legal"],
   bill=("final", [("INV-72631", "8 460,00 €", "15/12/2025")], "M. Garnier"),
   lang="fr", invoices=["INV-72631"],
   notes="French: the customer's own notice of a redressement judiciaire, naming the court-appointed "
         "representative and asking us to suspend reminders: cease_or_legal.")

mx("d4-mxb-30", "Jolene Varga <jolene@vargahomeinteriors.example>", "2026-10-13 17:05 -0400",
   """Hi - please stop calling my cell about this, I'm on job sites all day and can't pick up.
Email is fine, that's the best way to reach me.

For the record, INV-72634 gets paid this Friday.

Jolene Varga
Varga Home Interiors
(716) 555-0152""",
   ["promise_to_pay"],
   bill=("second", [("INV-72634", "$1,962.00", "Sep 11, 2026")], "Jolene"),
   client="gmail", mode="plain", invoices=["INV-72634"],
   promises=[P(None, None, "fri", ["INV-72634"])],
   notes="Asks us to stop phoning but explicitly welcomes e-mail: a channel preference, not a request "
         "to stop contacting, so no cease_or_legal; the Friday promise stands.")

# ---- other: nothing for collections ---------------------------------------------------------

mx("d4-mxb-31", "Hector Barraza <hbarraza@barrazagrounds.example>", "2026-04-21 14:35 -0500",
   """Hi,

No issue with the invoice, it's just waiting on my partner's sign-off.

While I have you - we'll need about 12 pallets of bagged ice melt for next winter and I'd like to
lock in a price before the fall. Can someone from sales quote me delivered to our yard in Joliet,
and what's the lead time on an order that size?

Hector Barraza
Barraza Grounds Maintenance
815-555-0168""",
   ["other"],
   bill=("friendly", [("INV-72635", "$1,128.00", "Apr 28, 2026")], "Hector"),
   invoices=["INV-72635"],
   notes="Reply to a friendly reminder that is really a sales enquiry; the invoice is not contested "
         "and 'waiting on sign-off' has no date: other.")

_v_from = "Brianna Cole <bcole@colepetresort.example>"
mx("d4-mxb-32", _v_from, "2026-08-04 16:20 -0600",
   """Renee, thank you so much for setting this up. You have no idea how much stress that takes off
us this month. Really appreciate you working with us.

Brianna""",
   ["other"], client="gmail", mode="html", invoices=["INV-72638"],
   quote=Quote("gmail", "Renee Alvarado <ralvarado@ourco.example>", when("2026-08-04 10:05 -0500"), _v_from,
               "Payment arrangement for INV-72638 confirmed",
               "Hi Brianna,\n\nAs discussed, we've approved the arrangement for INV-72638: $1,200.00 on "
               "August 14 and $1,145.00 on September 14. Reminders on this invoice are paused while "
               "the arrangement is kept.\n\nRenee Alvarado\nCollections Specialist | Ourco Industrial "
               "Supply, Inc.\nralvarado@ourco.example | +1 (312) 555-0151"),
   notes="HTML-only thank-you for a payment arrangement we granted; the instalment dates are in our "
         "quoted message, not in her text, so no promise and no plan request: other. The invoice "
         "is named only in the subject.")

mx("d4-mxb-33", "Hartwell Family Farms <news@hartwellfarms.example>", "2026-12-15 09:00 -0600",
   """Season's Greetings from all of us at Hartwell Family Farms!

What a year it has been. Thanks to partners like you, we opened our second packing shed in
Kearney this fall and shipped more sweet corn than ever before.

Holiday hours: our offices will be closed December 24 - 26 and December 31 - January 1. Orders
placed during the closure will ship on the next business day.

Wishing you and your team a restful holiday season and a prosperous 2027.

The Hartwell Family
Hartwell Family Farms | 4200 Rural Route 2, Kearney, NE 68847

You are receiving this email because you do business with Hartwell Family Farms.
Unsubscribe | Update preferences""",
   ["other"], subject="Season's Greetings from Hartwell Family Farms",
   client="other", mode="plain",
   headers={"List-Unsubscribe": "<mailto:unsubscribe@hartwellfarms.example>", "Precedence": "bulk"},
   notes="A customer's holiday newsletter sent to our AR address: bulk mail, but not an out-of-office "
         "or an acknowledgement of our mail, so other, not auto_reply; closure dates are not a "
         "payment promise.")

# ---- threads: an old promise quoted below a new request ------------------------------------

_k_from = "Kendra Ellison <kellison@ellison-signworks.example>"
_rem33 = reminder("overdue", [("INV-72642", "$4,575.00", "May 15, 2026")], "Kendra",
                  "2026-05-27 07:33 -0500", _k_from, style="gmail")
_her33 = Quote("gmail", _k_from, when("2026-05-28 09:14 -0400"), AR, "Re: " + _rem33.subject,
               "Hi, we'll have INV-72642 paid by June 12. Thanks for your patience.\n\nKendra",
               extra=quote_text(_rem33))
mx("d4-mxb-34", _k_from, "2026-06-09 10:30 -0400",
   """Hi,

I know I told you the 12th, and I'm sorry to go back on that. Our largest customer just pushed
their payment to us out by two weeks and I won't have the funds on the 12th.

Would it be possible to move INV-72642 to June 26 instead? Better to tell you now than let the
12th come and go.

Kendra Ellison
Ellison Signworks
(859) 555-0170""",
   ["payment_plan_request"], client="gmail", mode="alt", invoices=["INV-72642"],
   quote=Quote("gmail", AR, when("2026-06-08 07:41 -0500"), _k_from,
               "Second notice: INV-72642 past due",
               "Hello Kendra,\n\nThank you for your reply below. As a reminder, INV-72642 ($4,575.00) "
               "remains open, and we have noted your payment date of June 12.\n\n" + AR_SIGNATURE,
               extra=quote_text(_her33)),
   notes="Three-deep thread: her old 'paid by June 12' is quoted below our follow-up; the new text "
         "withdraws it and asks to move to June 26: an extension request (payment_plan_request), and "
         "no promise, since the new date is asked, not committed.")

mx("d4-mxb-35", "Lamar Whitfield <lwhitfield@whitfieldpools.example>", "2026-07-28 09:50 -0500",
   """Morning - I've scheduled the payment for INV-72646 in our bank's bill pay for Monday 8/3,
$2,287.45. It'll leave our account that day.

Lamar""",
   ["promise_to_pay"],
   bill=("overdue", [("INV-72646", "$2,287.45", "Jul 10, 2026")], "Lamar"),
   client="outlook", mode="alt", invoices=["INV-72646"],
   promises=[P("2287.45", "USD", "mon", ["INV-72646"])],
   notes="A payment set up in bill pay with a future send date: scheduled, not sent, so a promise "
         "for Monday 3 August (written date and weekday agree).")

# ---- Spanish ---------------------------------------------------------------------------------

mx("d4-mxb-36", "Montserrat Puig <m.puig@puig-suministros.example>", "2026-03-10 13:05 +0100",
   """Buenas tardes:

La factura 72650 la abonamos por transferencia el 5 de marzo (2.184,00 €); deberían tenerla ya
en su cuenta.

Respecto a la 72653, creemos que es un duplicado de la anterior: mismo pedido (PD-11820), mismo
albarán y mismo importe. Les rogamos que la anulen.

Saludos,
Montserrat Puig
Comptabilitat / Contabilidad
Puig Suministros Industriales, S.L.
C/ Indústria 58, 08908 L'Hospitalet de Llobregat
Tel. 93 555 01 84""",
   ["payment_sent", "dispute"], reasons=["duplicate_billing"],
   bill=("overdue", [("INV-72650", "2.184,00 €", "20/02/2026"), ("INV-72653", "2.184,00 €", "24/02/2026")], "Sra. Puig"),
   lang="es", client="gmail", invoices=["INV-72650", "INV-72653"],
   notes="Spanish: transfer already made for one invoice, and the second contested as a duplicate of "
         "it (same order, delivery note and amount): payment_sent and duplicate_billing.")

mx("d4-mxb-37", "Catalina Restrepo <crestrepo@andina-empaques.example>", "2026-09-15 08:45 -0500",
   """Buen día,

Les informo que a partir de la fecha todas las facturas y comunicaciones de cartera deben
enviarse al correo facturacion.proveedores@andina-empaques.example, que es el buzón que
radica las facturas en nuestro sistema.

Por favor reenvíen a ese correo la factura 72657 con sus soportes, ya que no quedó radicada.

Cordialmente,
Catalina Restrepo
Analista de Cuentas por Pagar
Empaques Andina S.A.S.
Medellín, Colombia
PBX (604) 555 0147""",
   ["contact_change", "invoice_request"],
   bill=("overdue", [("INV-72657", "US$ 3,905.00", "31/08/2026")], "Sra. Restrepo"),
   lang="es", invoices=["INV-72657"], contact="facturacion.proveedores@andina-empaques.example",
   notes="Colombian Spanish: a standing new mailbox for all invoices and collections mail, and the "
         "invoice resent there because it was never registered: contact_change and invoice_request.")

mx("d4-mxb-38", "Arturo Beltrán <abeltran@beltran-refacciones.example>", "2026-05-12 16:50 -0600",
   """Buenas tardes,

La factura 72661 por US$ 3,480.00 se la pagamos este viernes, ya está programada en la
tesorería.

Aprovecho para pedirle que me confirme el saldo total que tenemos con ustedes, porque en nuestro
sistema aparecen otras dos facturas de abril que no sé si ya se pagaron.

Saludos,
Arturo Beltrán
Cuentas por Pagar
Refacciones Beltrán, S.A. de C.V.
Monterrey, N.L.
Tel. 81 5550 1129""",
   ["promise_to_pay", "balance_inquiry"],
   bill=("overdue", [("INV-72661", "US$ 3,480.00", "24/04/2026")], "Sr. Beltrán"),
   lang="es", client="outlook_old", mode="plain", invoices=["INV-72661"],
   promises=[P("3480.00", "USD", "fri", ["INV-72661"])],
   notes="Mexican Spanish: a Friday promise with a figure (15 May from a Tuesday) and a request for "
         "the total balance because other invoices are unclear: promise and balance_inquiry.")

# ---- French ----------------------------------------------------------------------------------

mx("d4-mxb-39", "Amélie Fontaine <a.fontaine@fontaine-chauffage.example>", "2026-10-20 09:20 +0200",
   """Merci pour votre message.

Le virement correspondant à la facture 72665, d'un montant de 2 736,00 €, est parti hier de notre
banque. Je vous joins l'avis de virement de notre banque.

Bonne journée,
Amélie Fontaine
Comptabilité
Fontaine Chauffage Sanitaire SARL
Tél. 05 56 55 01 93""",
   ["payment_sent"],
   bill=("overdue", [("INV-72665", "2 736,00 €", "30/09/2026")], "Mme Fontaine"),
   lang="fr", invoices=["INV-72665"],
   attachments=[("avis_opere_virement_19102026.pdf", "application/pdf", fake_pdf("fontaine avis opere"))],
   notes="French: opens with 'Merci pour votre message.' like a responder, but a person reports a "
         "transfer sent yesterday with the bank advice attached: payment_sent, not auto_reply.")

mx("d4-mxb-40", "Julien Mercier <j.mercier@mercier-batiment.example>", "2026-04-14 14:30 +0200",
   """Bonjour,

Sur la facture 72669, vous facturez 40 plaques de plâtre BA13 hydro, or nous n'en avons reçu que
32 : le bon de livraison signé par notre chef de chantier mentionne bien la réserve « 8 plaques
manquantes ».

Nous réglerons la partie non contestée, soit 1 840,00 €, le 24 avril. Nous attendons l'avoir correspondant aux 8 plaques manquantes.

Cordialement,
Julien Mercier
Service Achats
Mercier Bâtiment SAS
Tél. 03 83 55 01 22""",
   ["dispute", "promise_to_pay"], reasons=["quantity_short"],
   bill=("overdue", [("INV-72669", "2 300,00 €", "31/03/2026")], "M. Mercier"),
   lang="fr", mode="html", invoices=["INV-72669"],
   promises=[P("1840.00", "EUR", "2026-04-24", ["INV-72669"])],
   notes="French HTML-only: 32 of 40 boards delivered, shortage noted on the delivery note "
         "(quantity_short), and a firm date for the undisputed part: dispute and a promise of "
         "1 840,00 € on the same invoice.")

# ---- German ----------------------------------------------------------------------------------

mx("d4-mxb-41", "Sabine Krüger <s.krueger@krueger-kaelte.example>", "2026-06-23 10:10 +0200",
   """Guten Tag,

Sie mahnen die Rechnung 72676 an. Dieselbe Lieferung (Lieferschein 80123417, 12 Verdampfer) wurde
uns bereits mit der Rechnung 72673 berechnet, und diese haben wir am 09.06.2026 vollständig
überwiesen.

Die Rechnung 72676 ist aus unserer Sicht doppelt gestellt. Bitte stornieren Sie sie und senden Sie
uns eine Stornorechnung.

Mit freundlichen Grüßen
Sabine Krüger
Kreditorenbuchhaltung
Krüger Kältetechnik GmbH
Am Hafen 3, 18055 Rostock""" + "\n\n" + DISCLAIMER_DE,
   ["payment_sent", "dispute"], reasons=["duplicate_billing"],
   bill=("overdue", [("INV-72676", "4.920,00 €", "12.06.2026")], "Frau Krüger"),
   lang="de", invoices=["INV-72673", "INV-72676"],
   notes="German: the reminded invoice bills a delivery already invoiced under another number, which "
         "was paid by transfer: payment_sent on that one and duplicate_billing on the reminded one. "
         "The Stornorechnung asked for is the dispute's remedy, not a copy request.")

mx("d4-mxb-42", "Tobias Renner <t.renner@renner-holzbau.example>", "2026-05-12 14:45 +0200",
   """Guten Tag,

ich habe Herrn Maier aus unserer Geschäftsführung in Kopie gesetzt, da er die Zahlungen über
5.000 € freigibt. Die Freigabe für die Rechnung 72680 liegt inzwischen vor.

Die Zahlung über 6.215,80 € erfolgt bis spätestens 20.05.2026.

Ansprechpartner für Ihre Buchhaltung bleibe weiterhin ich.

Viele Grüße
Tobias Renner
Buchhaltung
Renner Holzbau GmbH & Co. KG""",
   ["promise_to_pay"], cc="Stefan Maier <s.maier@renner-holzbau.example>",
   bill=("overdue", [("INV-72680", "6.215,80 €", "30.04.2026")], "Herr Renner"),
   lang="de", invoices=["INV-72680"],
   promises=[P("6215.80", "EUR", "2026-05-20", ["INV-72680"])],
   notes="German: the managing director is copied because he approves large payments, and the "
         "sender says he stays our contact: no contact_change; 'bis spätestens 20.05.' with a figure "
         "is the promise.")

# ---- more English: forwards, short pays, released payments ----------------------------------

_w_from = "Carla Benning <cbenning@prairiefarmcoop.example>"
mx("d4-mxb-43", _w_from, "2026-02-24 09:30 -0600",
   """Hello,

See our receiving team's note below. The Feb 19 delivery on INV-72684 was six units short on the
40-lb poultry feeder pans - billed 30, received 24 - and the driver initialled the shortage on the
delivery ticket. Please credit the six pans; we'll pay the invoice less that amount.

Carla Benning
Accounts Payable
Prairie Farm Cooperative
Hastings, NE""",
   ["dispute"], reasons=["quantity_short"], subject="FW: Ourco delivery 2/19 - short count",
   invoices=["INV-72684"],
   quote=Quote("forward", "Dale Ruiz <druiz@prairiefarmcoop.example>", when("2026-02-19 15:48 -0600"),
               _w_from, "Ourco delivery 2/19 - short count",
               "Carla,\n\nOurco truck this afternoon. Ticket says 30 feeder pans, we unloaded and counted "
               "24. Driver looked at it and initialled '6 short' on our copy. Everything else on the "
               "ticket matched.\n\nDale\nReceiving, Hastings warehouse"),
   notes="Forwarded internal receiving note with the sender's own dispute on top: six of thirty units "
         "short, quantity_short. Paying 'less that amount' has no date, so no promise.")

mx("d4-mxb-44", "Imogen Walsh <iwalsh@walsh-hardware.example>", "2026-08-25 11:00 -0400",
   """Hello,

Remittance attached for INV-72688. We paid $4,650.00 by ACH this morning, which is the invoice
less the $313.88 sales tax. We buy these items for resale and our Pennsylvania resale
certificate (REV-1220) went to your credit team back in 2024 and should be on our account -
copy attached again. Please remove the tax and close the invoice.

Thanks,
Imogen Walsh
Bookkeeper, Walsh Hardware & Supply
Harrisburg, PA
717-555-0188""",
   ["payment_sent", "dispute"], reasons=["tax"],
   bill=("overdue", [("INV-72688", "$4,963.88", "Aug 7, 2026")], "Imogen"),
   invoices=["INV-72688"],
   attachments=[("ACH_remittance_INV72688.pdf", "application/pdf", fake_pdf("walsh ach 0825")),
                ("PA_REV-1220_resale_cert.pdf", "application/pdf", fake_pdf("walsh resale cert"))],
   notes="Short payment already sent net of sales tax, with the tax contested under a resale "
         "certificate: payment_sent and tax on the same invoice.")

mx("d4-mxb-45", "Rachel Tan <rachel.tan@meridian-apac.example>", "2026-09-02 10:20 +0800",
   """Dear Ourco AR team,

Please be informed that payment for INV-72692 (USD 11,420.00) was released from our side on
1 September. Our group treasury settles foreign-currency payments in a weekly batch, so the
funds are expected to reach your account around 8 September.

Kindly do not send further reminders for this invoice in the meantime.

Best regards,
Rachel Tan
Finance Executive, Accounts Payable
Meridian Components (APAC) Pte Ltd
Singapore 609934""",
   ["payment_sent"],
   bill=("overdue", [("INV-72692", "$11,420.00", "Aug 21, 2026")], "Rachel"),
   invoices=["INV-72692"],
   notes="Payment released yesterday, arriving through a treasury batch next week: released counts "
         "as payment_sent, and the expected arrival date is not a promise. 'No further reminders "
         "for this invoice in the meantime' is the pause a payment claim gets, not a cease request.")

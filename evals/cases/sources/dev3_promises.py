"""dev3 topic: promises to pay, and the replies that only look like them.

A promise is the one intent collections acts on by date, so it has to be read exactly: which
day the sender commits to (tomorrow, a bare or "next" weekday, next week, month ends, N days,
mid-month, written and numeric dates read by the sender's locale, payment-run dates), which
amount and currency, and which invoices. Next to the real commitments sit the replies that a
careless reader would take for one: conditional on a corrected invoice or an approval, hoped
for or tentative, negated, vague, already paid, or a request for more time with proposed dates.
Partial payments and messages with several promises check that only what is unconditionally
committed, with a date, is recorded.
"""

from dev2_cases import case, IPHONE, ANDROID
from dev_cases import (AR, DISCLAIMER, DISCLAIMER_DE, DISCLAIMER_ES, DISCLAIMER_FR, DISCLAIMER_US, P,
                       Quote, dunning, ours, quote_text, when)

# ---- promises: every kind of date ---------------------------------------------------------

case("d3-ptp-01", "Curtis Mayfield <curtis@mayfield-plumbing.example>", "2026-03-10 08:02 -0500",
     "ok will pay fri" + IPHONE,
     ["promise_to_pay"], rem=("overdue", ["INV-62014"], "Curtis"), client="apple", mode="plain",
     invoices=["INV-62014"], promises=[P(None, None, "fri", ["INV-62014"])],
     notes="Mobile one-liner, abbreviated bare weekday; the invoice comes from the subject.")

case("d3-ptp-02", "Priya Raman <priya.raman@corvane-logistics.example>", "2026-01-29 16:40 -0500",
     """Hi,

The wire for inv 62107 (US$8,420.00) will go out tomorrow morning. I'll forward the
confirmation from treasury when I have it.

Priya Raman
AP Lead | Corvane Logistics
(614) 555-0193""",
     ["promise_to_pay"], rem=("second", ["INV-62107"], "Priya"),
     invoices=["INV-62107"], promises=[P("8420.00", "USD", "tomorrow", ["INV-62107"])],
     notes="'will go out tomorrow' with a US$ amount; the confirmation to follow is not a condition.")

case("d3-ptp-03", "Tom Beckett <tom@beckett-signs.example>", "2026-02-09 10:15 -0600",
     """Hey - INV-62233 is going to be paid this Friday. Sorry it slipped, our office manager was out
sick most of last week and nothing got entered.

-Tom""",
     ["promise_to_pay"], rem=("overdue", ["INV-62233"], "Tom"), client="gmail", mode="plain",
     invoices=["INV-62233"], promises=[P(None, None, "fri", ["INV-62233"])],
     notes="'this Friday' from a Monday: the first Friday after the message.")

case("d3-ptp-04", "Nadia Ferreira <nadia@sierracrest-landscape.example>", "2026-04-13 14:22 -0700",
     """Hi there,

Our owner signs checks once a week, on Tuesdays, and he is out of town this week. Your check
for $3,275.50 (INV-62310) will be signed and mailed next Tuesday.

Thank you for your patience,
Nadia Ferreira
Bookkeeper, Sierra Crest Landscaping""",
     ["promise_to_pay"], rem=("second", ["INV-62310"], "Nadia"),
     invoices=["INV-62310"], promises=[P("3275.50", "USD", "next tue", ["INV-62310"])],
     notes="'next Tuesday' from a Monday is the Tuesday of the following week, not tomorrow.")

case("d3-ptp-05", "Fiona Laird <f.laird@lairdandpeel.example>", "2026-05-07 11:05 +0100",
     """Hi Ourco team,

We'll settle INV-62388 next week - £2,140.00 by BACS.

Regards,
Fiona Laird
Accounts Payable
Laird & Peel Ltd""",
     ["promise_to_pay"], rem=("overdue", ["INV-62388"], "Fiona"),
     invoices=["INV-62388"], promises=[P("2140.00", "GBP", "next week", ["INV-62388"])],
     notes="British 'next week' is Friday of next week; pounds sterling.")

case("d3-ptp-06", "Rosa Whitfield <rwhitfield@oakline-millwork.example>", "2026-08-03 09:30 -0500",
     """Good morning,

We will pay INV-62451 by end of next week.

While I have you - can you tell me what else is open on our account? I only show this one,
but our controller thinks there is a second invoice from June that never reached us.

Thanks,
Rosa Whitfield
Oakline Millwork, Inc.""",
     ["promise_to_pay", "balance_inquiry"], rem=("overdue", ["INV-62451"], "Rosa"),
     invoices=["INV-62451"], promises=[P(None, None, "next week", ["INV-62451"])],
     notes="'end of next week' is Friday of next week; plus a question about what else is open.")

case("d3-ptp-07", "Dale Kerrigan <dkerrigan@kerrigan-fleet.example>", "2026-09-09 15:40 -0400",
     """Hello,

Thanks for the statement. We'll clear all open invoices on the account by the end of the month.

Dale Kerrigan
Kerrigan Fleet Services""",
     ["promise_to_pay"], rem=("statement", ["INV-62502", "INV-62517", "INV-62540"], "Dale"),
     client="thunderbird", mode="plain",
     invoices=[], promises=[P(None, None, "eom", [])],
     notes="'all open invoices' by end of month: no figure and no invoice named by the sender.")

case("d3-ptp-08", "Marcus Young <myoung@pacificrim-cabinets.example>", "2026-11-04 13:10 -0800",
     """Hi,

Payment of $6,905.00 will be sent in 10 days by ACH.

Marcus Young
Accounting | Pacific Rim Cabinets
""" + "\n" + DISCLAIMER_US,
     ["promise_to_pay"], rem=("final", ["INV-62618"], "Marcus"),
     invoices=["INV-62618"], promises=[P("6905.00", "USD", "+10", ["INV-62618"])],
     notes="'in 10 days' adds ten days to the message date.")

case("d3-ptp-09", "Beverly Osei <bosei@meridian-glassworks.example>", "2026-12-22 10:40 -0500",
     """Dear Ourco,

Apologies for the delay, half the department is already out for the holidays. We will pay
INV-62704 and INV-62739 in full within two weeks.

Best regards,
Beverly Osei
Senior AP Clerk, Meridian Glassworks""",
     ["promise_to_pay"], rem=("second", ["INV-62704", "INV-62739"], "Beverly"), client="outlook_old",
     mode="plain", invoices=["INV-62704", "INV-62739"],
     promises=[P(None, None, "+14", ["INV-62704", "INV-62739"])],
     notes="'within two weeks' adds 14 days and crosses into January 2027.")

case("d3-ptp-10", "Hamish Crane <hamish.crane@cranefield-farms.example>", "2026-07-02 09:05 +0100",
     """Morning,

62810 and 62855 are both booked into our mid-month payment run.

Hamish
--
Hamish Crane | Finance Officer | Cranefield Farms Ltd
01896 555 204""",
     ["promise_to_pay"], rem=("overdue", ["INV-62810", "INV-62855"], "Hamish"), client="thunderbird",
     invoices=["INV-62810", "INV-62855"], promises=[P(None, None, "mid", ["INV-62810", "INV-62855"])],
     notes="'mid-month payment run' is the 15th; invoices written as bare numbers.")

case("d3-ptp-11", "Janelle Brooks <jbrooks@tricounty-ortho.example>", "2026-07-14 15:48 -0500",
     """Hi,

INV-62903 has been approved for payment on July 24. Amount: $11,260.00.

Janelle Brooks
Accounts Payable
Tri-County Orthopedics""",
     ["promise_to_pay"], rem=("overdue", ["INV-62903"], "Janelle"),
     invoices=["INV-62903"], promises=[P("11260.00", "USD", "2026-07-24", ["INV-62903"])],
     notes="'approved for payment on' a US written date.")

case("d3-ptp-12", "Oliver Prentice <oliver.prentice@kestrel-hydraulics.example>", "2026-06-08 12:30 +0100",
     """Dear Accounts,

I can confirm that invoice 62977 will be paid on 19th June, £3,918.25, via BACS.

Kind regards

Oliver Prentice
Finance Assistant
Kestrel Hydraulics Ltd, Bristol""" + "\n\n" + DISCLAIMER,
     ["promise_to_pay"], rem=("second", ["INV-62977"], "Oliver"),
     invoices=["INV-62977"], promises=[P("3918.25", "GBP", "2026-06-19", ["INV-62977"])],
     notes="British day-month written date '19th June'.")

case("d3-ptp-13", "Kerry Ashworth <kerry.ashworth@harrowgate-joinery.example>", "2026-10-27 10:12 +0000",
     """Hi,

Just to confirm, payment of £4,860.00 against INV-63021 will be released on 03/11/2026 in our
weekly BACS run.

Cheers,
Kerry

Kerry Ashworth
Purchase Ledger, Harrowgate Joinery Ltd
Unit 4, Kirkstall Road, Leeds LS4 2QA
0113 496 0732""",
     ["promise_to_pay"], rem=("overdue", ["INV-63021"], "Kerry"), client="gmail",
     invoices=["INV-63021"], promises=[P("4860.00", "GBP", "2026-11-03", ["INV-63021"])],
     notes="All-numeric date from a plainly British sender (Leeds, BACS, £) is day-first: 3 November.")

case("d3-ptp-14", "Dwayne Holt <dwayne@bigskyfencing.example>", "2026-08-11 17:45 -0600",
     """pmt going out 8/14 for the $2,310

Dwayne - Big Sky Fencing, Billings MT""" + IPHONE,
     ["promise_to_pay"], rem=("overdue", ["INV-63088"], "Dwayne"), client="apple", mode="plain",
     invoices=["INV-63088"], promises=[P("2310.00", "USD", "2026-08-14", ["INV-63088"])],
     notes="Mobile shorthand; month-first numeric date from a plainly American sender.")

case("d3-ptp-15", "Helvion Group AP Services <noreply-ap@helvion-group.example>", "2026-04-23 06:00 +0200",
     """PAYMENT PROPOSAL NOTIFICATION

Vendor:              Ourco Industrial Supply, Inc.
Vendor number:       4000183
Company code:        PL20 (Helvion Polska Sp. z o.o.)

The following open items are queued for the payment run with value date 2026-04-30:

  Reference       Doc. date
  INV-63140       2026-02-27
  INV-63177       2026-03-06

Total payment amount:  EUR 12,480.00
Payment method:        SEPA credit transfer

This is a system-generated message from the Helvion Shared Service Centre, Krakow.
Please do not reply to this message.""",
     ["promise_to_pay"], subject="Payment proposal - Ourco Industrial Supply, Inc. - value date 2026-04-30",
     client="outlook", mode="plain",
     invoices=["INV-63140", "INV-63177"],
     promises=[P("12480.00", "EUR", "2026-04-30", ["INV-63140", "INV-63177"])],
     notes="ERP notice of a future run ('queued', ISO value date) is a promise, not a payment sent.")

case("d3-ptp-16", "Shauna McIntyre <smcintyre@lakeshore-millwrights.example>", "2026-02-10 11:00 -0500",
     """Hello,

We'll pay CA$6,215.40 on the 18th for INV-63209.

Regards,
Shauna McIntyre
Lakeshore Millwrights Ltd., Hamilton ON""",
     ["promise_to_pay"], rem=("overdue", ["INV-63209"], "Shauna"), client="gmail",
     invoices=["INV-63209"], promises=[P("6215.40", "CAD", "2026-02-18", ["INV-63209"])],
     notes="'on the 18th' of the current month; CA$ is Canadian dollars.")

case("d3-ptp-17", "Greg Salazar <gsalazar@desertpeak-hvac.example>", "2026-03-16 08:50 -0700",
     """INV-63266 will be in our next check run on the 20th, US$1,487.00.

Greg Salazar
Desert Peak HVAC | Controller""",
     ["promise_to_pay"], rem=("second", ["INV-63266"], "Greg"),
     invoices=["INV-63266"], promises=[P("1487.00", "USD", "2026-03-20", ["INV-63266"])],
     notes="'next check run on the 20th' names the day of the run.")

case("d3-ptp-18", "Leah Goldberg <lgoldberg@northgate-dental.example>", "2026-05-18 10:05 -0400",
     """Hi,

Payment for INV-63301 is scheduled for Thursday.

Could you also send me a copy of INV-63345? It never made it into our AP inbox and I can't
enter it without the PDF.

Thanks,
Leah Goldberg
Northgate Dental Partners""",
     ["promise_to_pay", "invoice_request"], rem=("overdue", ["INV-63345", "INV-63301"], "Leah"),
     invoices=["INV-63301", "INV-63345"], promises=[P(None, None, "thu", ["INV-63301"])],
     notes="'scheduled for Thursday' for one invoice plus a copy request for the other.")

case("d3-ptp-19", "Brenda Castillo <bcastillo@gulfbend-energy.example>", "2026-09-21 09:14 -0500",
     """Hello,

ACH will initiate on 9/25 for $14,902.16 covering INV-63412. Please allow 1-2 business days for
it to settle on your side.

Brenda Castillo
Accounts Payable Analyst
Gulf Bend Energy Services | Houston, TX""" + "\n\n" + DISCLAIMER_US,
     ["promise_to_pay"], rem=("final", ["INV-63412"], "Brenda"),
     invoices=["INV-63412"], promises=[P("14902.16", "USD", "2026-09-25", ["INV-63412"])],
     notes="'ACH will initiate on 9/25' from a Texas sender: month-first, the initiation date.")

case("d3-ptp-20", "Ciarán Doyle <cdoyle@shannonview-foods.example>", "2026-10-09 16:20 +0100",
     """Hi,

€7,300.00 will be released on Wednesday for INV-63480.

Have a good weekend,
Ciarán

Ciarán Doyle | Finance | Shannonview Foods DAC | Limerick""",
     ["promise_to_pay"], rem=("overdue", ["INV-63480"], "Ciarán"), client="outlook",
     invoices=["INV-63480"], promises=[P("7300.00", "EUR", "wed", ["INV-63480"])],
     notes="'will be released on Wednesday' sent on a Friday; euro amount from Ireland.")

# ---- promises: partial payments, several promises, multi-intent, formal, HTML, chains -----

case("d3-ptp-21", "Ray Dunleavy <ray@dunleavy-excavating.example>", "2026-03-04 10:30 -0600",
     """Ourco,

I know this is well past due. We will pay $5,000.00 by Friday and the rest as soon as our
customer on the Fairview job pays us, hopefully later this month.

Ray Dunleavy
Dunleavy Excavating LLC""",
     ["promise_to_pay"], rem=("final", ["INV-63512"], "Ray"), client="gmail", mode="plain",
     invoices=["INV-63512"], promises=[P("5000.00", "USD", "fri", ["INV-63512"])],
     notes="Partial payment: only the $5,000 by Friday is committed; the rest is hoped for.")

case("d3-ptp-22", "Megan Howells <megan.howells@howells-printworks.example>", "2026-04-14 09:40 +0100",
     """Hello,

Thank you for your patience on this one. We'll send £1,500.00 tomorrow and the remaining
£2,320.00 on the 30th, both by faster payment against INV-63577.

Kind regards,
Megan Howells
Office Manager, Howells Printworks Ltd""",
     ["promise_to_pay"], rem=("second", ["INV-63577"], "Megan"), client="outlook",
     invoices=["INV-63577"],
     promises=[P("1500.00", "GBP", "tomorrow", ["INV-63577"]),
               P("2320.00", "GBP", "2026-04-30", ["INV-63577"])],
     notes="Two committed dates for one invoice, stated rather than asked for: two promises.")

case("d3-ptp-23", "Victor Aguilar <vaguilar@bluestem-supply.example>", "2026-01-20 13:25 -0500",
     """Hi,

INV-63655 will be paid Friday.
INV-63690 is on the run for the 28th.

Victor Aguilar
Bluestem Supply Co. - Accounts Payable""",
     ["promise_to_pay"], rem=("overdue", ["INV-63690", "INV-63655"], "Victor"),
     invoices=["INV-63655", "INV-63690"],
     promises=[P(None, None, "fri", ["INV-63655"]), P(None, None, "2026-01-28", ["INV-63690"])],
     notes="Two invoices on two different dates: two promise entries.")

case("d3-ptp-24", "Kim Nakamura <knakamura@cedarpoint-clinic.example>", "2026-07-16 14:00 -0400",
     """Hi Ourco AR,

INV-63712 was paid yesterday by ACH, trace number 021000084471.
INV-63748 will go out with next Friday's run.

Kim Nakamura
Cedar Point Clinic | Accounts Payable""",
     ["payment_sent", "promise_to_pay"], rem=("overdue", ["INV-63712", "INV-63748"], "Kim"),
     client="gmail", invoices=["INV-63712", "INV-63748"],
     promises=[P(None, None, "next fri", ["INV-63748"])],
     notes="Paid one invoice, promises the other; 'next Friday' from a Thursday is the following week's.")

case("d3-ptp-25", "Lorraine Pike <lpike@pikeandsons-roofing.example>", "2026-02-25 11:50 -0500",
     """Hi,

We'll pay the balance on 63801 and 63822 next Friday. 63867 I haven't looked at yet, I'll get
back to you on that one.

Lorraine""",
     ["promise_to_pay"], rem=("statement", ["INV-63801", "INV-63822", "INV-63867"], "Lorraine"),
     client="apple", mode="plain",
     invoices=["INV-63801", "INV-63822", "INV-63867"],
     promises=[P(None, None, "next fri", ["INV-63801", "INV-63822"])],
     notes="'the balance' without a figure on two named invoices; the third is not promised.")

case("d3-ptp-26", "R. Venkataraman <accounts@sriganesh-castings.example>", "2026-08-19 11:20 +0530",
     """Dear Sir/Madam,

Sub: Confirmation of payment - Invoice No. 64012

With reference to your reminder, we hereby confirm that payment of the outstanding amount of
US$ 22,650.00 in respect of invoice no. 64012 will be effected on or before 31 August 2026
through our bankers, State Bank of India, Coimbatore branch.

We regret the delay caused, which was due to the annual audit of our accounts.

Kindly acknowledge the receipt of this mail.

Thanking you,
Yours faithfully,
for Sri Ganesh Castings Pvt. Ltd.

R. Venkataraman
Manager - Accounts & Finance""" + "\n\n" + DISCLAIMER,
     ["promise_to_pay"], rem=("final", ["INV-64012"], ""), client="outlook_old",
     invoices=["INV-64012"], promises=[P("22650.00", "USD", "2026-08-31", ["INV-64012"])],
     notes="Formal Indian-English letter: 'will be effected on or before' a written date.")

case("d3-ptp-27", "Monique Ellis <mellis@harborlight-realty.example>", "2026-06-25 16:10 -0400",
     """Hi team,

Payment for invoice INV-64077 ($1,940.00) is scheduled for Tuesday.

Thanks,
Monique Ellis
Harborlight Realty Group""",
     ["promise_to_pay"], rem=("overdue", ["INV-64077"], "Monique"), client="outlook", mode="html",
     invoices=["INV-64077"], promises=[P("1940.00", "USD", "tue", ["INV-64077"])],
     notes="HTML-only message; 'scheduled for Tuesday' from a Thursday.")

case("d3-ptp-28", "Carla Mendes <cmendes@ridgeback-foods.example>", "2026-10-22 11:05 -0500",
     """Hello,

See below from our controller - we will release the $9,120.00 for INV-64150 on Monday. I'll
send the remittance once it's out.

Carla Mendes
Accounts Payable, Ridgeback Foods""",
     ["promise_to_pay"], subject="FW: INV-64150 - OK to release?", client="outlook",
     quote=Quote("outlook", "Paul Hendry <phendry@ridgeback-foods.example>", when("2026-10-22 09:40 -0500"),
                 "Carla Mendes <cmendes@ridgeback-foods.example>", "RE: INV-64150 - OK to release?",
                 "Carla - OK to release 64150 on Monday. Keep INV-64188 on hold until the credit memo "
                 "posts.\n\nPaul",
                 extra=quote_text(Quote("outlook", AR, when("2026-10-20 07:15 -0500"),
                                        "Carla Mendes <cmendes@ridgeback-foods.example>",
                                        ours("overdue", [("INV-64150", "", ""), ("INV-64188", "", "")]),
                                        dunning("overdue", [("INV-64150", "$9,120.00", "Sep 30, 2026"),
                                                            ("INV-64188", "$2,405.00", "Oct 05, 2026")],
                                                "Carla")[1]))),
     invoices=["INV-64150"], promises=[P("9120.00", "USD", "mon", ["INV-64150"])],
     notes="Reply on top of an internal approval chain; the hold on INV-64188 is quoted, not the sender's.")

case("d3-ptp-29", "Derek Lam <dlam@foxhollow-brewing.example>", "2026-05-13 15:35 -0500",
     """Hi,

INV-64210 will be paid Monday.

INV-64233 is on hold: you billed 40 cases of the 750ml bottles and we received 36, the signed
delivery receipt says 36. Please issue a credit for the 4 missing cases.

Derek Lam
Fox Hollow Brewing Co.""",
     ["promise_to_pay", "dispute"], reasons=["quantity_short"],
     rem=("overdue", ["INV-64233", "INV-64210"], "Derek"), client="gmail",
     invoices=["INV-64210", "INV-64233"], promises=[P(None, None, "mon", ["INV-64210"])],
     notes="Promise on one invoice, short-delivery dispute on the other.")

case("d3-ptp-30", "Yvonne Barrett <ybarrett@rideau-mechanical.example>", "2026-11-23 10:25 -0500",
     """Hi,

CAD 5,600.00 for INV-64288 will be deposited to your account by EFT by Thursday.

Yvonne Barrett
Rideau Mechanical Ltd. | Ottawa""" + ANDROID,
     ["promise_to_pay"], rem=("overdue", ["INV-64288"], "Yvonne"), client="outlook", mode="plain",
     invoices=["INV-64288"], promises=[P("5600.00", "CAD", "thu", ["INV-64288"])],
     notes="Canadian dollars by code; 'by Thursday' from a Monday, sent from a phone.")

# ---- promises in German, Spanish and French -----------------------------------------------

case("d3-ptp-31", "Jana Krüger <j.krueger@brenner-metallbau.example>", "2026-09-09 14:10 +0200",
     """Sehr geehrte Damen und Herren,

wir begleichen die Rechnung 64301 über 2.960,00 € bis Ende des Monats.

Mit freundlichen Grüßen
Jana Krüger
Kreditorenbuchhaltung
Brenner Metallbau GmbH""" + "\n\n" + DISCLAIMER_DE,
     ["promise_to_pay"], rem=("overdue", ["INV-64301"], "Frau Krüger"), lang="de",
     invoices=["INV-64301"], promises=[P("2960.00", "EUR", "eom", ["INV-64301"])],
     notes="German 'bis Ende des Monats' is the last day of the message's month; EU amount format.")

case("d3-ptp-32", "Reto Baumann <reto.baumann@alpstein-elektro.example>", "2026-06-10 08:45 +0200",
     """Grüezi

Die Zahlung von CHF 3'480.00 für die Rechnung 64355 erfolgt am 19.06.2026 mit unserem
Zahlungslauf.

Freundliche Grüsse
Reto Baumann
Buchhaltung
Alpstein Elektro AG, St. Gallen""",
     ["promise_to_pay"], rem=("second", ["INV-64355"], "Herr Baumann"), lang="de", client="outlook",
     invoices=["INV-64355"], promises=[P("3480.00", "CHF", "2026-06-19", ["INV-64355"])],
     notes="Swiss German: apostrophe thousands separator, day-first dotted date.")

case("d3-ptp-33", "Markus Hofbauer <m.hofbauer@hofbauer-holzbau.example>", "2026-02-17 10:20 +0100",
     """Servus,

wir überweisen die offene Rechnung 64410 nächste Woche.

LG
Markus Hofbauer
Hofbauer Holzbau GmbH, Linz""",
     ["promise_to_pay"], rem=("overdue", ["INV-64410"], "Herr Hofbauer"), lang="de", client="gmail",
     mode="plain", invoices=["INV-64410"], promises=[P(None, None, "next week", ["INV-64410"])],
     notes="Austrian 'nächste Woche' is Friday of next week; no amount.")

case("d3-ptp-34", "Sabine Lorenz <sabine.lorenz@lorenz-kuehltechnik.example>", "2026-11-12 09:00 +0100",
     """Guten Tag,

die Rechnung 64462 (4.812,30 €) ist freigegeben und wird mit unserem Zahllauf am 20. November
beglichen.

Die Rechnung 64470 liegt uns leider nicht vor. Bitte schicken Sie uns eine Kopie als PDF.

Mit freundlichen Grüßen
Sabine Lorenz
Lorenz Kühltechnik GmbH & Co. KG""" + "\n\n" + DISCLAIMER_DE,
     ["promise_to_pay", "invoice_request"], rem=("overdue", ["INV-64462", "INV-64470"], "Frau Lorenz"),
     lang="de", invoices=["INV-64462", "INV-64470"],
     promises=[P("4812.30", "EUR", "2026-11-20", ["INV-64462"])],
     notes="German payment run on a written date for one invoice, copy request for the other.")

case("d3-ptp-35", "Fernanda Ríos <frios@grupovaltierra.example>", "2026-10-20 12:30 -0600",
     """Buenas tardes,

Le informo que liquidaremos la factura 64520 por MXN $48,600.00 a finales del próximo mes.

Saludos cordiales,
Lic. Fernanda Ríos
Cuentas por Pagar
Grupo Industrial Valtierra, Monterrey""",
     ["promise_to_pay"], rem=("overdue", ["INV-64520"], "Fernanda"), lang="es",
     invoices=["INV-64520"], promises=[P("48600.00", "MXN", "eonm", ["INV-64520"])],
     notes="Mexican Spanish 'a finales del próximo mes' is the last day of next month; MXN.")

case("d3-ptp-36", "Jorge Saucedo <jsaucedo@ferreteria-saucedo.example>", "2026-04-06 17:05 -0600",
     """Hola, la factura 64577 se paga este viernes y la 64590 el día 15.

Saludos
Jorge""" + IPHONE,
     ["promise_to_pay"], rem=("overdue", ["INV-64577", "INV-64590"], "Jorge"), lang="es",
     client="apple", mode="plain", invoices=["INV-64577", "INV-64590"],
     promises=[P(None, None, "fri", ["INV-64577"]), P(None, None, "2026-04-15", ["INV-64590"])],
     notes="Two invoices on two dates in one Spanish line: 'este viernes' and 'el día 15'.")

case("d3-ptp-37", "Marta Villanueva <administracion@talleres-villanueva.example>", "2026-03-18 10:15 +0100",
     """Buenos días:

Les confirmo que el pago de 1.250,00 € correspondiente a la factura 64633 se realizará por
transferencia el martes 24 de marzo.

Un saludo,
Marta Villanueva
Departamento de Administración
Talleres Villanueva S.L. - Zaragoza""" + "\n\n" + DISCLAIMER_ES,
     ["promise_to_pay"], rem=("second", ["INV-64633"], "Marta"), lang="es", client="outlook",
     invoices=["INV-64633"], promises=[P("1250.00", "EUR", "2026-03-24", ["INV-64633"])],
     notes="European Spanish written date with weekday; EU amount '1.250,00 €'.")

case("d3-ptp-38", "Sophie Marchand <s.marchand@marchand-fils.example>", "2026-05-28 15:00 +0200",
     """Bonjour,

Nous réglerons la facture 64688 (3 480,00 €) demain par virement.

Cordialement,
Sophie Marchand
Comptabilité fournisseurs
Établissements Marchand & Fils - Lyon""" + "\n\n" + DISCLAIMER_FR,
     ["promise_to_pay"], rem=("overdue", ["INV-64688"], "Madame Marchand"), lang="fr",
     invoices=["INV-64688"], promises=[P("3480.00", "EUR", "tomorrow", ["INV-64688"])],
     notes="French 'demain' with a space-grouped euro amount.")

case("d3-ptp-39", "Geneviève Côté <gcote@boulangerie-cote.example>", "2026-09-01 13:40 -0400",
     """Bonjour,

Le chèque de 2 915,60 $ CA pour la facture 64712 partira vendredi par la poste.

Merci de votre patience!
Geneviève Côté
Comptes fournisseurs
Boulangerie Côté inc., Trois-Rivières""",
     ["promise_to_pay"], rem=("overdue", ["INV-64712"], "Geneviève"), lang="fr", client="gmail",
     invoices=["INV-64712"], promises=[P("2915.60", "CAD", "fri", ["INV-64712"])],
     notes="Québécois: the cheque 'partira vendredi'; '$ CA' is Canadian dollars.")

# ---- look-alikes: conditional, tentative, negated, vague ----------------------------------

case("d3-ptp-40", "Alan Whitcombe <awhitcombe@eastbridge-fab.example>", "2026-03-24 09:55 -0400",
     """Hi,

INV-65010 bills the 3/8" hex bolts at $18.40 per box; our PO 4410-22 has them at $16.90. Once we
receive the corrected invoice at the PO price we will pay it right away.

Alan Whitcombe
Purchasing & AP, Eastbridge Fabrication""",
     ["dispute"], reasons=["pricing"], rem=("overdue", ["INV-65010"], "Alan"),
     invoices=["INV-65010"],
     notes="'we will pay' only once a corrected invoice arrives: a pricing dispute, not a promise.")

case("d3-ptp-41", "Tasha Greene <tgreene@riverbend-senior.example>", "2026-06-16 11:30 -0500",
     """Hello,

INV-65044 is in front of our VP of Operations for sign-off. If she approves it by Friday it will
go in the Monday check run.

Tasha Greene
Riverbend Senior Living - Accounts Payable""",
     ["other"], rem=("second", ["INV-65044"], "Tasha"),
     invoices=["INV-65044"],
     notes="Payment depends on an approval that has not happened: conditional, so no promise.")

case("d3-ptp-42", "Wes Harlan <wes@harlan-turf.example>", "2026-09-15 16:45 -0500",
     """Hi,

Hoping to get INV-65102 paid by the end of next week. Cash is tight after a slow summer but it's
at the top of my list.

Wes Harlan
Harlan Turf & Irrigation""",
     ["other"], rem=("overdue", ["INV-65102"], "Wes"), client="gmail", mode="plain",
     invoices=["INV-65102"],
     notes="'Hoping to' with a date is not a commitment, and nothing is asked for.")

case("d3-ptp-43", "Lupe Ortega <lupe@ortega-drywall.example>", "2026-01-14 18:20 -0800",
     "we'll try to get a check out friday, no promises tho" + ANDROID,
     ["other"], rem=("overdue", ["INV-65137"], "Lupe"), client="outlook", mode="plain",
     invoices=["INV-65137"],
     notes="Mobile 'we'll try ... no promises': tentative, not a promise.")

case("d3-ptp-44", "Gene Pollard <gpollard@pollard-marine.example>", "2026-04-09 10:05 -0400",
     """Good morning,

We should be able to pay INV-65190 next week once the draw on our line of credit comes through.

Gene Pollard
Pollard Marine Services""",
     ["other"], rem=("second", ["INV-65190"], "Gene"),
     invoices=["INV-65190"],
     notes="'should be able to ... once' is tentative and conditional.")

case("d3-ptp-45", "Imogen Carr <imogen.carr@carr-hospitality.example>", "2026-11-16 14:10 +0000",
     """Hi there,

We're aiming for end of month for all three. I'll confirm once the payment run is finalised.

Best,
Imogen Carr
Finance Coordinator
Carr Hospitality Group Ltd""" + "\n\n" + DISCLAIMER,
     ["other"], rem=("overdue", ["INV-65211", "INV-65234", "INV-65259"], "Imogen"), client="outlook",
     invoices=[],
     notes="'Aiming for' end of month with confirmation still to come: not a promise; no invoice named.")

case("d3-ptp-46", "Tobias Wendt <t.wendt@wendt-druckerei.example>", "2026-05-20 13:30 +0200",
     """Hallo,

ich kann Ihnen leider noch nicht sagen, wann genau die Rechnung bezahlt wird. Vermutlich nächste
Woche, aber das hängt von der Freigabe durch unseren Geschäftsführer ab.

Viele Grüße
Tobias Wendt
Wendt Druckerei GmbH""",
     ["other"], rem=("overdue", ["INV-65288"], "Herr Wendt"), lang="de", client="thunderbird",
     mode="plain", invoices=["INV-65288"],
     notes="German 'vermutlich nächste Woche' hinging on approval: tentative, no promise.")

case("d3-ptp-47", "Ken Albright <kalbright@frontrange-concrete.example>", "2026-06-01 08:40 -0600",
     """Hi,

We had a large customer go under last month and I'd rather give you a date I can actually keep.
Could we have until the 30th for INV-65277?

Ken Albright
Front Range Concrete""",
     ["payment_plan_request"], rem=("final", ["INV-65277"], "Ken"), client="gmail",
     invoices=["INV-65277"],
     notes="Asking for more time; the date proposed in the request is not a promise.")

case("d3-ptp-48", "Harriet Fenwick <h.fenwick@fenwick-estates.example>", "2026-05-26 11:00 +0100",
     """Dear Sir or Madam,

Re: Invoice INV-65302

Further to your recent letter, we should like to propose settling invoice INV-65302 (£12,000.00)
in three instalments: £4,000 on 5 June, £4,000 on 19 June and the balance on 3 July.

Please let us know whether this arrangement is acceptable to you.

Yours faithfully,

Harriet Fenwick
Company Secretary
Fenwick Estates Ltd""",
     ["payment_plan_request"], rem=("final", ["INV-65302"], ""), client="outlook_old",
     invoices=["INV-65302"],
     notes="Formal proposal of instalments with dates: a payment plan request, no promise entries.")

case("d3-ptp-49", "Jerome Whitaker <jwhitaker@whitaker-auto.example>", "2026-08-24 12:15 -0400",
     """Hi,

We cannot pay this week. Our accounts are frozen while the bank processes a signatory change
after the ownership change. I'll update you as soon as it's sorted.

Jerome Whitaker
Whitaker Auto Group""",
     ["other"], rem=("overdue", ["INV-65344"], "Jerome"),
     invoices=["INV-65344"],
     notes="Negated ('we cannot pay this week') with no new date and no request: other.")

case("d3-ptp-50", "Sandra Kowalski <skowalski@lakeview-coil.example>", "2026-10-01 09:20 -0500",
     """Hello,

INV-65388 won't be paid until the dispute over the damaged coils is resolved. Photos went to
your rep on the 3rd of last month and we still haven't heard anything back.

Sandra Kowalski
AP Manager, Lakeview Coil Processing""" + "\n\n" + DISCLAIMER_US,
     ["dispute"], reasons=["damaged_defective"], rem=("second", ["INV-65388"], "Sandra"),
     invoices=["INV-65388"],
     notes="Negated payment pending a damage dispute: dispute only.")

case("d3-ptp-51", "Billy Crum <billy@crumtrucking.example>", "2026-02-20 07:12 -0500",
     "working on it" + IPHONE,
     ["other"], rem=("second", ["INV-65401"], "Billy"), client="apple", mode="plain",
     invoices=["INV-65401"],
     notes="Vague two-word reply: no date, no commitment.")

case("d3-ptp-52", "Anita Rao <arao@summitridge-labs.example>", "2026-12-08 15:05 -0600",
     """Hi,

It's in the payment queue. I'll let you know when it's released.

Anita""",
     ["other"], rem=("overdue", ["INV-65433"], "Anita"), client="gmail", mode="plain",
     invoices=["INV-65433"],
     notes="'in the payment queue' with no date is not a promise, and not yet sent.")

case("d3-ptp-53", "Luc Vermeulen <luc.vermeulen@vermeulen-logistique.example>", "2026-07-08 10:40 +0200",
     """Bonjour,

La facture 65455 est en attente de validation chez notre approbateur, qui est en congé jusqu'au
20 juillet. Je relancerai dès son retour.

Bien à vous,
Luc Vermeulen
Comptabilité - Vermeulen Logistique SRL, Liège""",
     ["other"], rem=("overdue", ["INV-65455"], "Monsieur Vermeulen"), lang="fr", client="outlook",
     invoices=["INV-65455"],
     notes="Belgian French: invoice sits with the approver; the return date is not a payment date.")

# ---- look-alikes: already paid, in other languages ----------------------------------------

case("d3-ptp-54", "Chris Dalton <chris@daltonfamilydental.example>", "2026-03-31 09:25 -0400",
     """Paid yesterday through your portal by card, confirmation PX-7741Q.

Chris""",
     ["payment_sent"], rem=("overdue", ["INV-65478"], "Chris"), client="gmail", mode="plain",
     invoices=["INV-65478"],
     notes="'Paid yesterday' is a payment already made, not a promise.")

case("d3-ptp-55", "Rhonda Hale <rhale@cascadia-outfitters.example>", "2026-09-30 10:50 -0700",
     """Hi,

Payment for INV-65502 and INV-65519 was released this morning by ACH, total $8,744.60.

Remittance detail:
INV-65502 - $5,120.00
INV-65519 - $3,624.60

Rhonda Hale
Cascadia Outfitters | AP""",
     ["payment_sent"], rem=("second", ["INV-65502", "INV-65519"], "Rhonda"), client="outlook",
     mode="html", invoices=["INV-65502", "INV-65519"],
     notes="HTML-only remittance: 'was released this morning' is past, so payment sent.")

case("d3-ptp-56", "Natalie Fortin <nfortin@fortin-renovations.example>", "2026-04-16 14:30 -0400",
     """Hello,

The cheque for INV-65540 was mailed Monday, cheque no. 0031877. Canada Post has been slow
lately so please give it a few more days.

Natalie Fortin
Fortin Renovations Inc., Montréal""",
     ["payment_sent"], rem=("overdue", ["INV-65540"], "Natalie"), client="apple",
     invoices=["INV-65540"],
     notes="A cheque already mailed on a weekday: payment sent; the cheque number is not an invoice.")

case("d3-ptp-57", "Diana Cárdenas <dcardenas@distribuidora-andina.example>", "2026-08-06 11:15 -0500",
     """Buen día,

Intentaremos pagar la factura 65566 la próxima semana, depende del flujo de caja.

Quedo atenta.
Diana Cárdenas
Tesorería - Distribuidora Andina S.A.S., Medellín""",
     ["other"], rem=("overdue", ["INV-65566"], "Diana"), lang="es", client="gmail",
     invoices=["INV-65566"],
     notes="Colombian 'intentaremos pagar' depending on cash flow: tentative, not a promise.")

case("d3-ptp-58", "Arturo Bermúdez <abermudez@maquinados-bermudez.example>", "2026-02-02 10:00 -0600",
     """Buenos días,

En cuanto recibamos la factura corregida procedemos con el pago. La factura 65590 trae el
precio de lista ($312.00 por pieza) y no el precio pactado en la orden de compra OC-7731
($245.00 por pieza).

Saludos,
Arturo Bermúdez
Cuentas por Pagar
Maquinados Bermúdez S.A. de C.V.""",
     ["dispute"], reasons=["pricing"], rem=("overdue", ["INV-65590"], "Arturo"), lang="es",
     client="outlook", invoices=["INV-65590"],
     notes="Spanish payment conditional on a corrected invoice for a price error: dispute only.")

case("d3-ptp-59", "Claire Dubois <c.dubois@dubois-ebenisterie.example>", "2026-01-06 16:20 +0100",
     """Bonjour,

Suite à un retard de paiement de notre principal client, nous ne pourrons pas régler la facture
65617 à l'échéance. Pourriez-vous nous accorder un report de paiement jusqu'au 15 février ?

Je vous remercie par avance de votre compréhension.

Cordialement,
Claire Dubois
Gérante - Ébénisterie Dubois SARL""" + "\n\n" + DISCLAIMER_FR,
     ["payment_plan_request"], rem=("overdue", ["INV-65617"], "Madame Dubois"), lang="fr",
     client="outlook", invoices=["INV-65617"],
     notes="French request for a postponement to a proposed date: payment plan request, no promise.")

case("d3-ptp-60", "Hugo Lefèvre <hugo.lefevre@lefevre-agencement.example>", "2026-12-04 09:35 +0100",
     """Bonjour,

Le virement de 6 420,00 € pour la facture 65644 a été effectué hier.

Pourriez-vous nous confirmer le solde restant sur notre compte ?

Cordialement,
Hugo Lefèvre
Lefèvre Agencement""",
     ["payment_sent", "balance_inquiry"], rem=("overdue", ["INV-65644"], "Monsieur Lefèvre"), lang="fr",
     client="thunderbird", invoices=["INV-65644"],
     notes="French transfer already made, plus a question about the remaining balance.")

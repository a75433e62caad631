"""dev4 topic: promises to pay, read exactly, next to the replies that only sound like one.

Why this topic exists: a promise is the one reading the ledger acts on by date. An approved
promise pauses dunning on its invoices until the promised day plus grace, and is later judged
kept, partially kept or broken against the payments that arrive. A promise read one day late
holds back a reminder that should have gone; one read too early, or one invented from "we'll
try", produces a false "broken promise" alert and an unfair follow-up to a customer who never
committed to anything. So every part of a commitment has to be exact: the day (tomorrow, a bare
or "this"/"next" weekday, next week, this or next month's end, "within 10 days", "in two
weeks", mid-month, numeric dates in the sender's own day-first order, ISO value dates, "our
payment run on the 25th", "the first week of March"), the amount and currency as written (or
none), and the invoices it covers, split into two entries when part is paid now and the rest
later or when two invoices are paid in two currencies.

Beside the 28 real commitments sit 18 replies a careless reader would also record: conditional
on a corrected invoice or an approval, hoped for or tentative, vague ("working on it", "in the
queue"), negated until something else happens, already paid (with a future arrival date),
requests for more time that propose their own dates, and mail that hands the reminder on to
somebody else. The voices are the ones AP mail really comes in: trades on a phone, enterprise AP
departments, offshore shared-service centres, non-native English, and Spanish, French and German
correspondents (12 cases).

The quoted reminder below each reply shows the amount actually billed, in the customer's own
currency, so that the figures a customer writes agree with the thread they answer.
"""

from datetime import timedelta

from dev2_cases import ANDROID, IPHONE, _STYLE, _money
from dev_cases import (DISCLAIMER, DISCLAIMER_DE, DISCLAIMER_ES, DISCLAIMER_FR, DISCLAIMER_US, MONTHS, P,
                       add, fake_pdf, when)

# What our quoted reminder shows as billed for each invoice (others: the `case()` default).
BILLED = {
    "INV-68511": "$2,480.00", "INV-68520": "$6,312.75", "INV-68527": "EUR 4,915.00",
    "INV-68545": "£3,060.00", "INV-68550": "$18,400.00", "INV-68556": "$7,480.00",
    "INV-68560": "$1,950.00", "INV-68567": "£2,416.80", "INV-68571": "EUR 12,380.00",
    "INV-68575": "EUR 9,762.40", "INV-68594": "$5,000.00", "INV-68598": "£3,045.60",
    "INV-68605": "EUR 3,120.00", "INV-68608": "EUR 2,870.00", "INV-68612": "EUR 2,950.00",
    "INV-68616": "CAD 4,300.00", "INV-68619": "$2,150.00", "INV-68623": "€3,200.00",
    "INV-68627": "£1,760.00", "INV-68634": "$1,160.00",
    "INV-68640": "3.275,40 €", "INV-68644": "3.640,00 €", "INV-68650": "4 102,50 €",
    "INV-68653": "2 315,70 €", "INV-68657": "2 380,00 $ CA", "INV-68661": "4 050,00 €",
    "INV-68665": "2.184,60 €", "INV-68685": "1.930,00 €",
    "INV-68735": "$3,918.00", "INV-68740": "$9,600.00", "INV-68746": "£4,275.00",
}


def _due_text(day, lang: str) -> str:
    if lang == "en":
        return f"{MONTHS['en'][day.month - 1][:3]} {day.day:02d}, {day.year}"
    if lang == "de":
        return day.strftime("%d.%m.%Y")
    return day.strftime("%d/%m/%Y")


def _case(cid, frm, date, body, intents, *, rem, lang="en", days=2, client="outlook", mode="alt", **kw):
    """`case()`, but the quoted reminder shows BILLED amounts and real due dates."""
    kind, numbers, who = (tuple(rem) + ("",))[:3]
    qlang = lang if lang in ("es", "fr", "de") else "en"
    sent = when(date)
    rows = []
    for n in numbers:
        due = sent.date() - timedelta(days=days + 14 + int(n[-3:]) % 23)
        rows.append((n, BILLED.get(n) or _money(n, qlang), _due_text(due, qlang)))
    add(cid, frm=frm, date=date, body=body, intents=intents, lang=lang, client=client, mode=mode,
        reply=(kind, rows, who, days, _STYLE.get(client, "gt"), qlang), **kw)


# ==== real promises: every kind of date (English) ============================================

_case("d4-ptp-01", "Rusty Kowalski <rusty@kowalski-electric.example>", "2026-01-22 06:48 -0600",
      "got ur email. paying it tmrw morning" + ANDROID,
      ["promise_to_pay"], rem=("overdue", ["INV-68503"], "Rusty"), client="outlook", mode="plain",
      invoices=["INV-68503"], promises=[P(None, None, "tomorrow", ["INV-68503"])],
      notes="Electrician's phone reply 'tmrw' with no figure: tomorrow, and the invoice comes from the subject.")

_case("d4-ptp-02", "Donna Beale <donna@bealelawncare.example>", "2026-02-16 15:12 -0500",
      """Hi,

Sorry, we got behind after the holidays. The check for $2,480.00 goes in the mail Wednesday.

Donna Beale
Beale Lawn Care & Snow Removal""",
      ["promise_to_pay"], rem=("overdue", ["INV-68511"], "Donna"), client="gmail", mode="plain",
      invoices=["INV-68511"], promises=[P("2480.00", "USD", "wed", ["INV-68511"])],
      notes="Bare weekday 'Wednesday' sent on a Monday is the first Wednesday after the message.")

_case("d4-ptp-03", "Accounts Payable <accountspayable@stlukes-health.example>", "2026-03-18 10:40 -0500",
      """Good morning,

INV-68520 has completed three-way match and is approved. It will be paid next Monday via ACH in
the amount of $6,312.75.

Thank you,

Theresa Gunn
Accounts Payable Specialist II
St. Luke's Regional Health System
Supply Chain Finance | 4400 W. Grand Ave, Wichita, KS""" + "\n\n" + DISCLAIMER_US,
      ["promise_to_pay"], rem=("second", ["INV-68520"], "Theresa"), client="outlook",
      invoices=["INV-68520"], promises=[P("6312.75", "USD", "next mon", ["INV-68520"])],
      notes="Hospital AP 'next Monday' sent on a Wednesday: the coming Monday and next week's Monday coincide, 23 March.")

_case("d4-ptp-04", "Katarzyna Wiśniewska <katarzyna.wisniewska@bsc.norvane.example>", "2026-04-20 09:05 +0200",
      """Dear Sir or Madam,

Kindly be informed that invoice INV-68527 in amount EUR 4 915,00 is booked and will be paid on
Tuesday next week, by SEPA transfer.

In case of any questions please do not hesitate to contact with us.

With best regards,
Katarzyna Wiśniewska
Accounts Payable Specialist
Norvane Business Services Centre Sp. z o.o., Wrocław""",
      ["promise_to_pay"], rem=("overdue", ["INV-68527"], ""), client="outlook",
      invoices=["INV-68527"], promises=[P("4915.00", "EUR", "next tue", ["INV-68527"])],
      notes="Polish shared-services English 'on Tuesday next week' from a Monday is 28 April, not the next day; space-grouped euro amount.")

_case("d4-ptp-05", "GBS AP Vendor Support <ap.vendorsupport@gbs.halvorsen-foods.example>", "2026-05-14 11:30 +0800",
      """Good day!

This is to inform you that the following invoices were already approved and will be paid next
week:

INV-68533
INV-68536
INV-68541

Thank you and have a great day ahead!

Regards,
Mary Grace Dela Cruz
AP Vendor Support | Global Business Services - Manila
Halvorsen Foods Inc.""",
      ["promise_to_pay"], rem=("statement", ["INV-68533", "INV-68536", "INV-68541"], ""), client="outlook",
      invoices=["INV-68533", "INV-68536", "INV-68541"],
      promises=[P(None, None, "next week", ["INV-68533", "INV-68536", "INV-68541"])],
      notes="Manila shared-services reply: one 'next week' promise (Friday 22 May) covering three listed invoices, no figure.")

_case("d4-ptp-06", "Nick Thorne <nick@thornecatering.example>", "2026-06-09 21:14 +0100",
      """Hi,

Apologies, I've been out at events every night this month. We'll clear the £3,060.00 on
INV-68545 by month end.

Nick Thorne
Thorne & Daughter Catering, Bath""",
      ["promise_to_pay"], rem=("second", ["INV-68545"], "Nick"), client="apple", mode="plain",
      invoices=["INV-68545"], promises=[P("3060.00", "GBP", "eom", ["INV-68545"])],
      notes="British small-business 'by month end' is the last day of the message's month, 30 June; sterling.")

_case("d4-ptp-07", "Walter Brandt <wbrandt@ridgewaycollege.example>", "2026-07-15 14:25 -0400",
      """Hello,

I apologize for the delay on INV-68550. Our fiscal year closed on June 30 and all vendor payments
were frozen during the close. The $18,400.00 will be paid in full by the end of next month.

Regards,
Walter Brandt
Assistant Controller, Business Office
Ridgeway College""",
      ["promise_to_pay"], rem=("final", ["INV-68550"], "Walter"), client="outlook_old",
      invoices=["INV-68550"], promises=[P("18400.00", "USD", "eonm", ["INV-68550"])],
      notes="'By the end of next month' is the last day of August; the June 30 close is background, not a date promised.")

_case("d4-ptp-08", "Rajesh Menon <accounts@menon-polymers.example>", "2026-08-03 12:40 +0530",
      """Dear Sir,

Greetings from Menon Polymers.

This is with reference to your reminder for invoice no. 68556. We wish to inform that we will
remit USD 7,480.00 within 10 days from today through our bankers.

Inconvenience caused is regretted.

Thanks and regards,
Rajesh Menon
Sr. Manager - Accounts
Menon Polymers Pvt. Ltd., Vadodara""",
      ["promise_to_pay"], rem=("second", ["INV-68556"], ""), client="outlook_old", mode="plain",
      invoices=["INV-68556"], promises=[P("7480.00", "USD", "+10", ["INV-68556"])],
      notes="Indian-English 'within 10 days from today' is ten days after the message, 13 August.")

_case("d4-ptp-09", "Jesse Landry <jesse@landryroofing.example>", "2026-09-04 17:55 -0500",
      """Hey, I'll have the $1,950 to you in two weeks. Had to make payroll this week and the
supply house first. Appreciate you guys working with me.

Jesse
Landry Roofing""" + IPHONE,
      ["promise_to_pay"], rem=("overdue", ["INV-68560"], "Jesse"), client="apple", mode="plain",
      invoices=["INV-68560"], promises=[P("1950.00", "USD", "+14", ["INV-68560"])],
      notes="Roofer's phone reply 'in two weeks' adds fourteen days (18 September); whole-dollar figure.")

_case("d4-ptp-10", "Denise Ocampo <docampo@westfield-distribution.example>", "2026-10-01 09:20 -0500",
      """Hi,

INV-68563 is approved and will go out in our mid-month check run.

Thanks,
Denise Ocampo
Accounts Payable | Westfield Distribution Co.""",
      ["promise_to_pay"], rem=("overdue", ["INV-68563"], "Denise"), client="outlook",
      invoices=["INV-68563"], promises=[P(None, None, "mid", ["INV-68563"])],
      notes="'Mid-month check run' sent on the 1st is the 15th of the message's month.")

_case("d4-ptp-11", "Gemma Ridley <gemma.ridley@ridley-joinery.example>", "2026-03-30 10:02 +0100",
      """Morning,

Payment of £2,416.80 for INV-68567 will leave our account on 07/04 by BACS.

Kind regards,
Gemma

Gemma Ridley | Accounts
Ridley Joinery Ltd
Unit 9, Canal Wharf, Leeds LS11 5PY | 0113 496 0218""",
      ["promise_to_pay"], rem=("second", ["INV-68567"], "Gemma"), client="outlook",
      invoices=["INV-68567"], promises=[P("2416.80", "GBP", "2026-04-07", ["INV-68567"])],
      notes="Numeric '07/04' from a plainly British sender (Leeds, BACS, £) is day-first: 7 April, not 4 July.")

_case("d4-ptp-12", "Jürgen Maier <juergen.maier@maier-antriebstechnik.example>", "2026-05-26 13:45 +0200",
      """Dear Mrs. or Mr.,

thank you for your reminder. The invoice INV-68571 is released, the transfer of EUR 12.380,00
will be executed on 09/06/2026.

With kind regards

Jürgen Maier
Kreditorenbuchhaltung / Accounts Payable
Maier Antriebstechnik GmbH""" + "\n\n" + DISCLAIMER_DE,
      ["promise_to_pay"], rem=("overdue", ["INV-68571"], ""), client="outlook",
      invoices=["INV-68571"], promises=[P("12380.00", "EUR", "2026-06-09", ["INV-68571"])],
      notes="German writer in English: '09/06/2026' is day-first (9 June) and 'EUR 12.380,00' uses the German thousands dot.")

_case("d4-ptp-13", "Vendor Payments <vendor.payments@ssc.kroonenberg.example>", "2026-08-10 08:15 +0200",
      """Dear supplier,

Your invoice INV-68575 (EUR 9,762.40) has been included in payment batch PB-2026-0833.

Execution date: 2026-08-21
Payment method: SEPA credit transfer

For questions please quote your vendor number 3100427.

Kind regards,
Vendor Payments Team
Kroonenberg Group Shared Service Centre, Eindhoven""",
      ["promise_to_pay"], rem=("overdue", ["INV-68575"], ""), client="outlook",
      invoices=["INV-68575"], promises=[P("9762.40", "EUR", "2026-08-21", ["INV-68575"])],
      notes="Dutch shared-services notice of a future batch with an ISO execution date: a promise, not a payment already sent.")

_case("d4-ptp-14", "Alison Pryor <alison.pryor@pryor-haulage.example>", "2026-11-12 16:30 +0000",
      """Hi there,

INV-68582 has been approved by our MD this afternoon. It will go in our payment run on the 25th.

Thanks,
Alison

Alison Pryor
Office & Accounts Manager
Pryor Haulage Ltd, Doncaster""",
      ["promise_to_pay"], rem=("overdue", ["INV-68582"], "Alison"), client="gmail",
      invoices=["INV-68582"], promises=[P(None, None, "2026-11-25", ["INV-68582"])],
      notes="'Our payment run on the 25th' is the 25th of the message's month; the approval has already happened.")

_case("d4-ptp-15", "Marcy Delgado <mdelgado@pinecountyschools.example>", "2027-02-17 11:05 -0600",
      """Good morning,

The February warrant list has already gone to the board, so INV-68590 will be paid with the
next one, in the first week of March.

Thank you for your patience.

Marcy Delgado
Accounts Payable Clerk
Pine County School District""",
      ["promise_to_pay"], rem=("overdue", ["INV-68590"], "Marcy"), client="outlook",
      invoices=["INV-68590"], promises=[P(None, None, "2027-03-05", ["INV-68590"])],
      notes="'First week of March' 2027 (Mon 1 to Fri 5 March) is recorded at its latest working day, like 'next week' is its Friday.")

# ==== real promises: partial, several invoices, several currencies, with other intents ========

_case("d4-ptp-16", "Cody Brennan <cody@brennanexcavation.example>", "2026-06-16 12:10 -0500",
      """I know we're way behind on this one. I'll send $2,500.00 this Friday and the other $2,500.00 on
July 1st. Thanks for not putting us on hold.

Cody Brennan
Brennan Excavation LLC""",
      ["promise_to_pay"], rem=("final", ["INV-68594"], "Cody"), client="gmail", mode="plain",
      invoices=["INV-68594"],
      promises=[P("2500.00", "USD", "fri", ["INV-68594"]), P("2500.00", "USD", "2026-07-01", ["INV-68594"])],
      notes="Part now, rest later, both stated as commitments ('I'll send'): two promises, this Friday and 1 July.")

_case("d4-ptp-17", "Sunita Patel <sunita.patel@patel-pharmacies.example>", "2026-02-02 10:15 +0000",
      """Hello,

Thank you for bearing with us. We will pay £1,200.00 next week and clear the remaining £1,845.60
by the end of the month, both by faster payment against INV-68598.

Kind regards,
Sunita Patel
Finance Manager
Patel Community Pharmacies Ltd""" + "\n\n" + DISCLAIMER,
      ["promise_to_pay"], rem=("second", ["INV-68598"], "Sunita"), client="outlook",
      invoices=["INV-68598"],
      promises=[P("1200.00", "GBP", "next week", ["INV-68598"]), P("1845.60", "GBP", "eom", ["INV-68598"])],
      notes="Two firm instalments on one invoice: Friday of next week (13 February) and month end (28 February).")

_case("d4-ptp-18", "Crediteurenadministratie <crediteuren@vandael-bouwmaterialen.example>", "2026-10-13 14:50 +0200",
      """Dear Ourco,

INV-68605, INV-68608 and INV-68612 (total EUR 8,940.00) will be paid on Thursday in one
transfer. Please find the specification in the payment advice that follows.

Best regards,
Eline Peeters
Accounts Payable
Van Dael Bouwmaterialen NV, Antwerpen""",
      ["promise_to_pay"], rem=("overdue", ["INV-68605", "INV-68608", "INV-68612"], "Eline"), client="outlook",
      mode="html", invoices=["INV-68605", "INV-68608", "INV-68612"],
      promises=[P("8940.00", "EUR", "thu", ["INV-68605", "INV-68608", "INV-68612"])],
      notes="HTML-only Belgian reply: one total for three invoices paid together on Thursday, so one promise over all three.")

_case("d4-ptp-19", "Priya Chandrasekar <pchandrasekar@lakeport-marine.example>", "2026-04-08 15:35 -0400",
      """Hi,

Both are approved. INV-68616 (CAD 4,300.00) and INV-68619 (US$2,150.00) will be paid this Friday:
the Canadian one by EFT from our Toronto account, the US one by wire from our Buffalo account.

Priya Chandrasekar
Accounts Payable Lead
Lakeport Marine Group | Toronto ON - Buffalo NY""",
      ["promise_to_pay"], rem=("overdue", ["INV-68616", "INV-68619"], "Priya"), client="outlook",
      invoices=["INV-68616", "INV-68619"],
      promises=[P("4300.00", "CAD", "fri", ["INV-68616"]), P("2150.00", "USD", "fri", ["INV-68619"])],
      notes="Same day, two currencies: one promise per invoice, CAD and USD, this Friday (10 April).")

_case("d4-ptp-20", "Declan Morrow <declan.morrow@morrow-fresh.example>", "2026-09-17 11:20 +0100",
      """Hi,

The euro invoice, INV-68623, €3,200.00, goes tomorrow from our Dublin account. The sterling one,
INV-68627 for £1,760.00, will be in our Belfast BACS run next Tuesday.

Thanks,
Declan

Declan Morrow | Group Finance | Morrow Fresh Produce
Dublin - Belfast""",
      ["promise_to_pay"], rem=("overdue", ["INV-68623", "INV-68627"], "Declan"), client="gmail",
      invoices=["INV-68623", "INV-68627"],
      promises=[P("3200.00", "EUR", "tomorrow", ["INV-68623"]), P("1760.00", "GBP", "next tue", ["INV-68627"])],
      notes="Irish group pays a euro invoice tomorrow and a sterling one next Tuesday (from a Thursday, 22 September): two promises.")

_case("d4-ptp-21", "Gary Pruitt <gpruitt@pruitt-mechanical.example>", "2026-11-02 08:25 -0600",
      """Morning,

INV-68631 will be paid Friday.

INV-68634 is a different story. Your tech billed 8 hours at $145/hr for the boiler service call,
but our service agreement has the labor rate at $120/hr. Please rebill it at the contract rate
and we'll process it.

Gary Pruitt
Office Manager, Pruitt Mechanical""",
      ["promise_to_pay", "dispute"], reasons=["pricing"],
      rem=("second", ["INV-68631", "INV-68634"], "Gary"), client="outlook",
      invoices=["INV-68631", "INV-68634"], promises=[P(None, None, "fri", ["INV-68631"])],
      notes="Promise on one invoice (Friday); the other disputes the labor rate, and paying it after a rebill is no promise.")

# ==== real promises in German, French and Spanish ============================================

_case("d4-ptp-22", "Ute Schröder <u.schroeder@schroeder-kaeltetechnik.example>", "2026-03-04 10:10 +0100",
      """Guten Tag,

die Rechnung INV-68640 über 3.275,40 € ist freigegeben und geht mit unserem Zahllauf am Dienstag
raus.

Mit freundlichen Grüßen
Ute Schröder
Kreditorenbuchhaltung
Schröder Kältetechnik GmbH & Co. KG""" + "\n\n" + DISCLAIMER_DE,
      ["promise_to_pay"], rem=("overdue", ["INV-68640"], "Frau Schröder"), lang="de", client="outlook",
      invoices=["INV-68640"], promises=[P("3275.40", "EUR", "tue", ["INV-68640"])],
      notes="German 'Zahllauf am Dienstag' sent on a Wednesday is the following Tuesday, 10 March; German amount format.")

_case("d4-ptp-23", "Tobias Kern <info@schreinerei-kern.example>", "2026-06-23 19:40 +0200",
      """Hallo,

sorry für die Verspätung. 1.500,00 € überweise ich morgen, den Rest von 2.140,00 € bis zum 03.07.

Gruß
Tobias Kern
Schreinerei Kern, Freiburg""" + "\n\nVon meinem iPhone gesendet",
      ["promise_to_pay"], rem=("second", ["INV-68644"], "Herr Kern"), lang="de", client="apple", mode="plain",
      invoices=["INV-68644"],
      promises=[P("1500.00", "EUR", "tomorrow", ["INV-68644"]), P("2140.00", "EUR", "2026-07-03", ["INV-68644"])],
      notes="Carpenter's phone reply: part tomorrow, the rest by '03.07.' (day-first, 3 July): two promises.")

_case("d4-ptp-24", "Nathalie Girard <n.girard@girard-emballages.example>", "2026-05-19 11:35 +0200",
      """Bonjour,

Les factures 68650 et 68653 seront réglées ce jeudi par virement, pour un total de 6 418,20 €.

Cordialement,
Nathalie Girard
Comptabilité fournisseurs
Girard Emballages SAS - Tours""" + "\n\n" + DISCLAIMER_FR,
      ["promise_to_pay"], rem=("overdue", ["INV-68650", "INV-68653"], "Madame Girard"), lang="fr",
      client="outlook", invoices=["INV-68650", "INV-68653"],
      promises=[P("6418.20", "EUR", "thu", ["INV-68650", "INV-68653"])],
      notes="French 'ce jeudi' from a Tuesday (21 May) with one total for two invoices: one promise over both.")

_case("d4-ptp-25", "Sylvain Tremblay <stremblay@tremblay-paysagiste.example>", "2026-10-22 16:05 -0400",
      """Bonjour,

Le chèque de 2 380,00 $ pour la facture 68657 sera posté mardi prochain.

Merci de votre patience,
Sylvain Tremblay
Tremblay Paysagiste inc., Sherbrooke""",
      ["promise_to_pay"], rem=("overdue", ["INV-68657"], "Sylvain"), lang="fr", client="gmail",
      invoices=["INV-68657"], promises=[P("2380.00", "CAD", "next tue", ["INV-68657"])],
      notes="Québécois 'mardi prochain' from a Thursday (27 October); a dollar cheque from Québec is Canadian dollars.")

_case("d4-ptp-26", "Élodie Marchetti <e.marchetti@marchetti-btp.example>", "2026-09-28 09:30 +0200",
      """Madame, Monsieur,

Suite à votre relance, nous vous confirmons que la facture 68661 d'un montant de 4 050,00 € sera
réglée par virement au plus tard le 12 octobre.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Élodie Marchetti
Service Comptabilité
Marchetti BTP SARL - Marseille""",
      ["promise_to_pay"], rem=("second", ["INV-68661"], ""), lang="fr", client="outlook_old",
      invoices=["INV-68661"], promises=[P("4050.00", "EUR", "2026-10-12", ["INV-68661"])],
      notes="Formal French letter, 'au plus tard le 12 octobre': the written date is the latest day committed.")

_case("d4-ptp-27", "Rocío Navarro <rnavarro@navarro-instalaciones.example>", "2026-02-11 12:20 +0100",
      """Buenos días:

La factura 68665 por importe de 2.184,60 € va incluida en nuestra remesa de pagos del día 25.

Un saludo,
Rocío Navarro
Administración
Navarro Instalaciones Eléctricas, S.L. - Murcia""" + "\n\n" + DISCLAIMER_ES,
      ["promise_to_pay"], rem=("overdue", ["INV-68665"], "Rocío"), lang="es", client="outlook",
      invoices=["INV-68665"], promises=[P("2184.60", "EUR", "2026-02-25", ["INV-68665"])],
      notes="Spanish 'remesa de pagos del día 25' is the payment run on 25 February, the message's month.")

_case("d4-ptp-28", "Héctor Villarreal <hvillarreal@autopartes-villarreal.example>", "2026-07-24 18:10 -0600",
      """Qué tal, las facturas 68669 y 68672 se las pagamos la próxima semana, ya están autorizadas.

Saludos
Héctor""" + "\n\nEnviado desde mi iPhone",
      ["promise_to_pay"], rem=("overdue", ["INV-68669", "INV-68672"], "Héctor"), lang="es", client="apple",
      mode="plain", invoices=["INV-68669", "INV-68672"],
      promises=[P(None, None, "next week", ["INV-68669", "INV-68672"])],
      notes="Mexican phone reply 'la próxima semana' sent on a Friday is Friday of the following week, 31 July; no figure.")

# ==== look-alikes: conditional =================================================================

_case("d4-ptp-29", "Carol Jennings <cjennings@brightpath-montessori.example>", "2026-04-07 13:15 -0500",
      """Hi,

INV-68700 charges 8.25% Texas sales tax, but we are a 501(c)(3) school and exempt. Our exemption
certificate has been on file with you since 2023. Once we receive the corrected invoice we will
pay it right away.

Carol Jennings
Business Manager, Brightpath Montessori School""",
      ["dispute"], reasons=["tax"], rem=("overdue", ["INV-68700"], "Carol"), client="outlook",
      invoices=["INV-68700"],
      notes="'We will pay' only once a corrected invoice arrives: a sales-tax dispute, not a promise.")

_case("d4-ptp-30", "Brian Okafor <bokafor@meridian-logistics.example>", "2026-07-03 10:45 -0400",
      """Hello,

INV-68705 is over $10k, so it needs the regional director's sign-off. If he approves it at
Thursday's ops meeting it will go out with that Friday's ACH batch.

Brian Okafor
AP Coordinator, Meridian Logistics""",
      ["other"], rem=("second", ["INV-68705"], "Brian"), client="outlook",
      invoices=["INV-68705"],
      notes="Payment hangs on an approval that has not happened ('if he approves'): conditional, so no promise.")

# ==== look-alikes: hoped for, tentative ======================================================

_case("d4-ptp-31", "Terry Blackwood <terry@blackwoodpainting.example>", "2026-05-27 19:30 -0700",
      """Hoping to have this paid off by end of month. Work's been slow since the rain and two of my
customers are late paying me.

Terry""" + IPHONE,
      ["other"], rem=("overdue", ["INV-68710"], "Terry"), client="apple", mode="plain",
      invoices=["INV-68710"],
      notes="Painter's 'hoping to ... by end of month' with a reason to doubt it: hoped for, not committed.")

_case("d4-ptp-32", "Lena Fischer <lfischer@summitpeak-builders.example>", "2026-08-18 11:00 -0600",
      """Hi,

We should be able to get both of these paid by the 28th, once the general contractor releases
our retention on the Aspen Ridge job. I'll let you know as soon as it lands.

Lena Fischer
Office Manager, Summit Peak Builders""",
      ["other"], rem=("second", ["INV-68714", "INV-68718"], "Lena"), client="gmail",
      invoices=[],
      notes="'Should be able to ... once' the GC releases retention is tentative and conditional; 'both of these' names no invoice.")

_case("d4-ptp-33", "Ray Gutierrez <ray@gutierrez-tile.example>", "2026-10-06 07:20 -0500",
      "ill try to get it on thursdays run, cant promise tho" + ANDROID,
      ["other"], rem=("overdue", ["INV-68721"], "Ray"), client="outlook", mode="plain",
      invoices=["INV-68721"],
      notes="Tile setter's 'I'll try ... can't promise': an attempt with a date is not a commitment.")

# ==== look-alikes: vague =======================================================================

_case("d4-ptp-34", "Mel Sorensen <mel@sorensen-welding.example>", "2026-01-28 16:45 -0600",
      "We're working on it. Bear with us." + IPHONE,
      ["other"], rem=("final", ["INV-68724"], "Mel"), client="apple", mode="plain",
      invoices=["INV-68724"],
      notes="Vague reassurance with no date or amount: not a promise and asks for nothing.")

_case("d4-ptp-35", "Accounts Payable <ap.noreply@castellan-retail.example>", "2026-03-12 09:00 -0400",
      """Hello,

INV-68727 has been received and is in the queue for processing. Invoices are paid in line with
our standard payment terms once processing is complete.

Castellan Retail Group
Accounts Payable Operations""",
      ["other"], rem=("second", ["INV-68727"], ""), client="outlook",
      invoices=["INV-68727"],
      notes="Enterprise AP 'in the queue' and 'standard terms' give no date: vague, not a promise.")

# ==== look-alikes: negated ====================================================================

_case("d4-ptp-36", "Dale Whitmore <dwhitmore@whitmore-homes.example>", "2026-06-30 14:05 -0400",
      """Hi,

We will not be paying INV-68730 until the second delivery of trusses actually turns up. Our site
super says only the first drop arrived on the 12th; nothing came on the 19th as scheduled.

Dale Whitmore
Whitmore Homes""",
      ["dispute"], reasons=["not_received"], rem=("overdue", ["INV-68730"], "Dale"), client="outlook",
      invoices=["INV-68730"],
      notes="'We will not be paying until' the missing delivery arrives: a not-received dispute, no promise.")

_case("d4-ptp-37", "Marisa Quintero <mquintero@quintero-alimentos.example>", "2026-04-15 10:30 +0200",
      """Buenos días:

No vamos a pagar la factura 68734 hasta que nos emitan el abono por las seis cajas que
devolvimos el mes pasado (RMA 2231). El transportista las recogió el 18 de marzo.

Un saludo,
Marisa Quintero
Contabilidad - Quintero Alimentación, S.L.""" + "\n\n" + DISCLAIMER_ES,
      ["dispute"], reasons=["returns_credit"], rem=("overdue", ["INV-68734"], "Marisa"), lang="es",
      client="outlook", invoices=["INV-68734"],
      notes="Spanish 'no vamos a pagar ... hasta que nos emitan el abono' for returned goods: returns-credit dispute, no promise.")

# ==== look-alikes: already paid ================================================================

_case("d4-ptp-38", "Angela Moss <amoss@harborview-dental.example>", "2026-09-22 15:40 -0400",
      """Hi,

Payment for INV-68735 was released in today's ACH batch, $3,918.00. It should reach your account
by Thursday.

Angela Moss
Practice Administrator, Harborview Dental Group""",
      ["payment_sent"], rem=("overdue", ["INV-68735"], "Angela"), client="outlook",
      invoices=["INV-68735"],
      notes="Payment already released today; 'should reach you by Thursday' is the arrival, not a promised date.")

_case("d4-ptp-39", "Claudia Vogt <c.vogt@vogt-landtechnik.example>", "2026-03-16 08:50 +0100",
      """Guten Morgen,

die Rechnung 68685 haben wir bereits am 12.03. überwiesen, 1.930,00 €. Den Zahlungsbeleg finden
Sie im Anhang.

Freundliche Grüße
Claudia Vogt
Buchhaltung, Vogt Landtechnik GmbH""",
      ["payment_sent"], rem=("overdue", ["INV-68685"], "Frau Vogt"), lang="de", client="thunderbird",
      mode="plain", attachments=[("Zahlungsbeleg_12032026.pdf", "application/pdf", fake_pdf("Ueberweisung 68685"))],
      invoices=["INV-68685"],
      notes="German 'bereits am 12.03. überwiesen' with the transfer slip attached: already paid, not a promise.")

# ==== look-alikes: more time with proposed dates ===============================================

_case("d4-ptp-40", "Frank DeLuca <fdeluca@deluca-restaurants.example>", "2026-05-04 11:25 -0400",
      """Hi,

We had a rough winter at two of our locations. Could we split INV-68740 ($9,600.00) into three
payments of $3,200, on June 10, July 10 and August 10? If that works for you I'll set them up.

Frank DeLuca
Owner, DeLuca Restaurant Group""",
      ["payment_plan_request"], rem=("final", ["INV-68740"], "Frank"), client="gmail",
      invoices=["INV-68740"],
      notes="Asks for instalments and proposes their dates: a payment plan request, no promise entries until agreed.")

_case("d4-ptp-41", "Ignacio Ferrer <iferrer@ferrer-hosteleria.example>", "2026-04-28 17:00 +0200",
      """Hola:

La temporada ha empezado floja y vamos justos de tesorería. ¿Sería posible pagar la factura 68680
en dos partes, la mitad el 15 de mayo y el resto el 15 de junio?

Gracias de antemano,
Ignacio Ferrer
Gerente - Ferrer Hostelería, S.L., Málaga""",
      ["payment_plan_request"], rem=("second", ["INV-68680"], "Ignacio"), lang="es", client="gmail",
      invoices=["INV-68680"],
      notes="Spanish '¿sería posible pagar ... en dos partes?' with proposed dates is a request, not a promise.")

_case("d4-ptp-42", "Fiona Keane <fiona.keane@keane-interiors.example>", "2026-11-09 10:30 +0000",
      """Hello,

I'm afraid we won't manage INV-68746 this month. Would it be possible to have until the end of
December? I'd rather give you a date I know we can meet.

Kind regards,
Fiona Keane
Director, Keane Interiors Ltd""",
      ["payment_plan_request"], rem=("second", ["INV-68746"], "Fiona"), client="outlook",
      invoices=["INV-68746"],
      notes="Asks for an extension to a proposed date: payment plan request; the date is asked for, not committed.")

_case("d4-ptp-43", "Anne Leclerc <a.leclerc@leclerc-menuiserie.example>", "2026-06-10 14:20 +0200",
      """Bonjour,

Nous devrions pouvoir régler la facture 68675 d'ici la fin du mois, mais je n'ai pas encore la
validation de notre gérant. Je reviens vers vous dès que j'en sais plus.

Bien cordialement,
Anne Leclerc
Menuiserie Leclerc, Nantes""",
      ["other"], rem=("overdue", ["INV-68675"], "Madame Leclerc"), lang="fr", client="thunderbird",
      mode="plain", invoices=["INV-68675"],
      notes="French 'nous devrions pouvoir' without the manager's approval: tentative, so no promise and no request.")

# ==== look-alikes: handed on to someone else ===================================================

_case("d4-ptp-44", "Kevin Marsh <kmarsh@marsh-autobody.example>", "2026-02-24 12:05 -0500",
      """Thanks, I've passed this on to our accounts team, they'll deal with it.

Kevin Marsh
Shop Manager, Marsh Auto Body""",
      ["other"], rem=("overdue", ["INV-68750"], "Kevin"), client="outlook", mode="plain",
      invoices=["INV-68750"],
      notes="Internal hand-off with no date and no one for us to write to: neither a promise nor a contact change.")

_case("d4-ptp-45", "Harriet Cole <hcole@cole-veterinary.example>", "2026-08-26 09:40 -0400",
      """Hello,

Our clinic was bought by Northstar Vet Partners in July and their shared services team pays all of
our supplier invoices now. I've forwarded your reminder for INV-68754 to them. Please send
reminders and statements to ap.suppliers@northstar-vet.example from now on; they will arrange
payment.

Harriet Cole
Practice Manager, Cole Veterinary Clinic""",
      ["contact_change"], rem=("overdue", ["INV-68754"], "Harriet"), client="outlook",
      invoices=["INV-68754"], contact="ap.suppliers@northstar-vet.example",
      notes="Forwarded to the new owner's shared services with a new address; 'they will arrange payment' has no date, so no promise.")

# ==== look-alike: conditional, in German =======================================================

_case("d4-ptp-46", "Sandra Hoffmann <s.hoffmann@hoffmann-logistik.example>", "2026-09-09 10:25 +0200",
      """Guten Tag,

Ihre Rechnung INV-68758 enthält leider keine Bestellnummer, deshalb kann unser System sie nicht
zuordnen. Sobald Sie uns eine korrigierte Rechnung mit unserer Bestellnummer 4500183927 schicken,
wird sie umgehend bezahlt.

Mit freundlichen Grüßen
Sandra Hoffmann
Rechnungsprüfung
Hoffmann Logistik GmbH, Bremen""" + "\n\n" + DISCLAIMER_DE,
      ["dispute"], reasons=["missing_po_or_docs"], rem=("overdue", ["INV-68758"], "Frau Hoffmann"), lang="de",
      client="outlook", invoices=["INV-68758"],
      notes="German 'sobald Sie uns eine korrigierte Rechnung ... schicken, wird sie bezahlt': a missing-PO dispute, no promise.")

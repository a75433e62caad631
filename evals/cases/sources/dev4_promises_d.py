"""dev4 topic: promises to pay from outside the US - local dates, local amounts, local runs.

The earlier promise topics are mostly written from an American desk, with a handful of European
replies. Ourco also sells to customers in Britain, Ireland, India, Australia, Canada, Singapore
and South Africa, and in Spain, Latin America, France, Belgium, Switzerland, Germany and Austria.
Their AP staff write dates and figures the way they do at home, and the reader has to turn them
into the ISO date and plain decimal the ledger keeps:

- relative dates in each language: "Friday week", "within the fortnight", "first thing
  tomorrow", "early next week, Tuesday at the latest", "el próximo lunes", "en fin de semaine
  prochaine", "Anfang nächster Woche" tied to a Monday payment run, "per Ende Monat";
- day-first numeric dates: "03/04" (3 April), "14/08", "10/07/2026", "03.04.", value dates in
  dd/mm/yyyy in ERP notices;
- written dates: "le 15 avril", "le 2 avril", "am 3. Juni", "el 2 de julio", "antes del 10 de
  agosto";
- amounts in local formats: 2.345,60 €, 3 480,20 €, CHF 4'812.50, £1,234.56, R 12 500,00,
  S$5,280.00, INR 4,72,500.00 (Indian lakh grouping), US$ 7.350,00 (Chilean), 2 480,00 $ (Québec);
- payment-run notices from ERP systems in English, Spanish, French and German with future
  execution or value dates (a promise, not a payment already made);
- promises split over two invoices with two dates, and a promise of the balance after a partial
  payment already sent (payment_sent + promise_to_pay).

The look-alikes carry a date and the word "pay" without a firm commitment in the sender's new
text: a promise that survives only in the quoted thread below a contact change or a copy request;
conditionals in each language ("provided you can send", "siempre que", "sous réserve de",
"sofern"); hopes ("hopefully", "on espère", "hoffentlich"); a refusal that names a payment-run
date; requests for instalments; and a payment already made with its reference and proof.

Conventions used for the labels (CASE_FORMAT.md): the date is the latest day by which the sender
commits to pay, resolved against the message's own Date header; "next week"/"end of next week"
is the Friday of next week; "end of month" is its last calendar day. Where CASE_FORMAT names no
rule (e.g. "Friday week", "within the fortnight", "early next week") the latest day of the
committed span is used and the case notes say so. Currencies are labelled with their ISO codes;
this topic adds AUD, SGD, ZAR and INR to the checked set.

About half of the cases are in Spanish, French and German; the English half comes from non-US
senders.
"""


import dev_cases as base
from functools import partial

from dev2_cases import billed_case, billed_reminder, reminder_subject, IPHONE
from dev_cases import AR, DISCLAIMER, DISCLAIMER_ES, DISCLAIMER_FR, P, Quote, fake_pdf, quote_text, when

base.CURRENCIES.update({"AUD", "SGD", "ZAR", "INR"})

# What our quoted reminders show as billed, so that the figures customers write agree with the
# thread they answer. Our billing system writes amounts in its own (US) style.
BILLED = {
    "INV-73110": "£2,418.75",
    "INV-73114": "€4,310.00",
    "INV-73118": "INR 472,500.00",
    "INV-73122": "A$3,960.00",
    "INV-73126": "C$2,740.50", "INV-73129": "C$5,115.00",
    "INV-73133": "S$5,280.00",
    "INV-73137": "ZAR 12,500.00",
    "INV-73141": "£3,234.56",
    "INV-73145": "€6,120.00", "INV-73148": "€1,845.30",
    "INV-73152": "A$1,980.00", "INV-73155": "A$6,450.00",
    "INV-73159": "$9,400.00",
    "INV-73163": "C$2,215.00",
    "INV-73167": "S$3,140.00", "INV-73170": "S$2,760.80",
    "INV-73174": "ZAR 8,450.00", "INV-73177": "ZAR 21,300.00",
    "INV-73181": "£5,860.00",
    "INV-73185": "A$2,875.00",
    "INV-73189": "€1,640.00",
    "INV-73193": "$6,200.00", "INV-73196": "$4,850.00",
    "INV-73200": "ZAR 6,780.00",
    "INV-73204": "S$9,040.00",
    "INV-73208": "£1,062.40",
    "INV-73212": "A$4,120.00",
    "INV-73220": "2.345,60 €",
    "INV-73224": "1.180,00 €", "INV-73227": "3.964,25 €",
    "INV-73231": "4.812,00 €", "INV-73234": "1.027,40 €",
    "INV-73238": "3.450,00 €",
    "INV-73242": "5.910,00 €",
    "INV-73246": "USD 14,600.00",
    "INV-73250": "USD 7,350.00",
    "INV-73260": "3 480,20 €",
    "INV-73264": "12 846,00 €",
    "INV-73268": "CHF 4'812.50",
    "INV-73272": "2 318,40 €",
    "INV-73276": "2 480,00 $ CA", "INV-73279": "6 015,75 $ CA",
    "INV-73282": "7 240,00 €",
    "INV-73285": "1 395,00 €",
    "INV-73288": "2 064,00 €",
    "INV-73300": "2.986,40 €",
    "INV-73304": "7.412,90 €",
    "INV-73308": "5.620,00 €",
    "INV-73312": "CHF 3'418.50",
    "INV-73316": "4.250,00 €", "INV-73319": "1.987,65 €",
    "INV-73323": "3.456,80 €",
    "INV-73327": "8.930,00 €",
    "INV-73331": "1.275,00 €",
}

SAMSUNG = "\n\nSent from my Samsung Galaxy smartphone."
IPHONE_DE = "\n\nVon meinem iPhone gesendet"

DISCLAIMER_ZA = (
    "This e-mail is subject to the disclaimer available on our website. Personal information "
    "contained in this message is processed in accordance with the Protection of Personal "
    "Information Act, 2013 (POPIA). If you have received this e-mail in error, please notify the "
    "sender and delete it.")
DISCLAIMER_SG = (
    "CONFIDENTIAL: This email and any attachments are confidential and may be privileged. If you "
    "are not the intended recipient, please notify the sender immediately and delete this email. "
    "Please consider the environment before printing this email.")
DISCLAIMER_IN = (
    "DISCLAIMER: The information contained in this electronic message and any attachments is "
    "intended for the exclusive use of the addressee(s) and may contain proprietary, confidential "
    "or privileged information. If you are not the intended recipient, please notify the sender "
    "and destroy all copies. Think green - print only if necessary.")


_case = partial(billed_case, BILLED, 31)
_reminder = partial(billed_reminder, BILLED, 31)
_subj = reminder_subject


# ==== English, from outside the US ===============================================================

# ---- firm promises ------------------------------------------------------------------------------

_case("d4-ptd-01", "Shona Whitfield <s.whitfield@whitfieldcrane.example>", "2026-03-30 09:12 +0100",
      """Morning,

Thanks for the nudge. INV-73110 has now been approved by our FD and is in the BACS run for
03/04, so the £2,418.75 will leave our account that day.

Kind regards,
Shona Whitfield
Purchase Ledger
Whitfield & Crane Ltd | Trafford Park, Manchester M17 1SN
0161 555 0193""" + "\n\n" + DISCLAIMER,
      ["promise_to_pay"], rem=("overdue", ["INV-73110"], "Shona"),
      invoices=["INV-73110"], promises=[P("2418.75", "GBP", "2026-04-03", ["INV-73110"])],
      notes="British day-first numeric date: '03/04' written on 30 March is 3 April (the US "
            "reading, 4 March, would already be past); amount in pounds with pence.")

_case("d4-ptd-02", "Ciarán Ó Súilleabháin <ciaran@leevalleycatering.example>", "2026-06-08 10:40 +0100",
      """Hi there,

Apologies for the delay on this one, Niamh who looks after our creditors was on leave for the
last while. I went through the account with her this morning and INV-73114 for €4,310.00 will
be paid by EFT on Friday week.

Would you mind sending us a full statement of account as well? We want to reconcile everything
with you before our half-year close.

Thanks a million,
Ciarán Ó Súilleabháin
Financial Controller
Lee Valley Catering Supplies Ltd, Little Island, Cork""",
      ["promise_to_pay", "invoice_request"], rem=("second", ["INV-73114"], "Ciarán"), client="gmail",
      invoices=["INV-73114"], promises=[P("4310.00", "EUR", "next fri", ["INV-73114"])],
      notes="Irish 'Friday week' written on Monday 8 June: not this Friday (12 June) but the Friday "
            "of the following week, 19 June (CASE_FORMAT has no rule for it; this is the usual "
            "British/Irish meaning). The statement request is a second intent.")

_case("d4-ptd-03", "AP Helpdesk - Sahyadri Auto <ap.helpdesk@sahyadri-auto.example>",
      "2026-07-07 12:25 +0530",
      """Dear Sir/Madam,

Greetings of the day!

This is with reference to your mail regarding invoice no. INV-73118. Please be informed that the
said invoice has been approved by the business team and payment of INR 4,72,500.00 will be
processed on 10/07/2026 through NEFT/RTGS.

Remittance advice will be auto-generated from our system on the payment date. For any further
clarification kindly revert on the same mail trail quoting ticket no. AP-IN-220931.

Thanks & Regards,
Rahul Deshmukh
Accounts Payable - P2P Operations
Sahyadri Auto Components Pvt. Ltd., Chakan, Pune""" + "\n\n" + DISCLAIMER_IN,
      ["promise_to_pay"], rem=("overdue", ["INV-73118"]),
      subject="RE: " + _subj("overdue", ["INV-73118"]) + " || Ticket AP-IN-220931",
      invoices=["INV-73118"], promises=[P("472500.00", "INR", "2026-07-10", ["INV-73118"])],
      notes="Indian shared-service reply: lakh grouping 'INR 4,72,500.00' is 472,500.00, and "
            "'10/07/2026' is day-first (10 July). A ticketed human reply, not an auto-receipt.")

_case("d4-ptd-04", "Brett Mahoney <brett@mahoneyplumbing.example>", "2026-08-12 15:40 +1000",
      """hey mate sorry been flat out on site all week. ill get the $3,960 sorted before end of the
month, transfer from the business acct. thats for 73122 yeah""" + IPHONE,
      ["promise_to_pay"], rem=("overdue", ["INV-73122"], "Brett"), client="apple", mode="plain",
      invoices=["INV-73122"], promises=[P("3960.00", "AUD", "eom", ["INV-73122"])],
      notes="Brisbane tradesman on a phone: '$3,960' is Australian dollars (the reminder bills "
            "A$3,960.00); 'before end of the month' is 31 August. The closing 'yeah' only checks "
            "the invoice number, it asks nothing of us.")

_case("d4-ptd-05", "Priya Raman <praman@danforthmillwork.example>", "2026-10-01 14:05 -0400",
      """Hello,

Our cheque runs are twice a month, so these two are split:

- INV-73126, $2,740.50 CAD: cheque goes out by courier on Tuesday.
- INV-73129, $5,115.00 CAD: mid-month run, October 15.

Both cheques will be sent to the Chicago remit-to address on your reminder.

Regards,
Priya Raman
Accounts Payable Clerk
Danforth Millwork Inc., Toronto ON
416-555-0164 ext. 212""",
      ["promise_to_pay"], rem=("overdue", ["INV-73126", "INV-73129"], "Priya"),
      invoices=["INV-73126", "INV-73129"],
      promises=[P("2740.50", "CAD", "tue", ["INV-73126"]),
                P("5115.00", "CAD", "2026-10-15", ["INV-73129"])],
      notes="Canadian cheques split over two invoices: Tuesday after Thursday 1 October (6 Oct) and "
            "a written 15 October; two promises, each with its own amount.")

_case("d4-ptd-06", "Tan Wei Ling <weiling.tan@keppelmarinefittings.example>", "2026-09-09 10:18 +0800",
      """Hi Ourco AR team,

Noted with thanks. Invoice INV-73133 (S$5,280.00) has been verified and approved by our Finance
Manager. Payment will be made via GIRO on 15/09 under our fortnightly payment cycle.

Kindly update your records accordingly.

Best regards,
Tan Wei Ling (Ms)
Finance Executive
Keppel Marine Fittings Pte Ltd
10 Tuas Avenue 8, Singapore 639231
DID: +65 6555 0172""" + "\n\n" + DISCLAIMER_SG,
      ["promise_to_pay"], rem=("overdue", ["INV-73133"], "Wei Ling"),
      invoices=["INV-73133"], promises=[P("5280.00", "SGD", "2026-09-15", ["INV-73133"])],
      notes="Singapore: S$ amount and day-first '15/09' (15 September) on a GIRO cycle.")

_case("d4-ptd-07", "Thandiwe Mokoena <creditors@highveldagri.example>", "2026-08-19 11:30 +0200",
      """Good day

Thank you for the reminder. Please note that INV-73137 for R 12 500,00 has been loaded for
payment and will be paid on the 25th with our creditors run.

Kind regards
Thandiwe Mokoena
Creditors Clerk
Highveld Agri Supplies (Pty) Ltd
Tel: 011 555 0148""" + "\n\n" + DISCLAIMER_ZA,
      ["promise_to_pay"], rem=("overdue", ["INV-73137"], "Thandiwe"),
      invoices=["INV-73137"], promises=[P("12500.00", "ZAR", "2026-08-25", ["INV-73137"])],
      notes="South African format 'R 12 500,00' (space thousands, decimal comma) is ZAR 12,500.00; "
            "'on the 25th' of the current month.")

_case("d4-ptd-08", "Jo Pickering <jo@wharfedalecleaning.example>", "2026-04-21 16:05 +0100",
      """Hi,

As promised on the phone - £2,000.00 went across by Faster Payment this afternoon, reference
WCL-0421. The remaining £1,234.56 on INV-73141 will be paid on 30/04, it's already set up as a
scheduled payment with the bank.

Ta,
Jo Pickering
Accounts Assistant
Wharfedale Cleaning Services Ltd, Otley""",
      ["payment_sent", "promise_to_pay"], rem=("second", ["INV-73141"], "Jo"), client="outlook_old",
      mode="plain", invoices=["INV-73141"],
      promises=[P("1234.56", "GBP", "2026-04-30", ["INV-73141"])],
      notes="Partial payment already made (with reference) plus a promise of the balance with its "
            "figure (£3,234.56 billed - £2,000.00 = £1,234.56) on day-first 30/04.")

_case("d4-ptd-09", "Shannonside Foods AP <ap-noreply@shannonsidefoods.example>", "2026-06-04 05:30 +0100",
      """REMITTANCE ADVICE - PAYMENT PROPOSAL

Paying company:   Shannonside Foods Ltd (IE01)
Vendor:           2000471  Ourco Industrial Supply, Inc.
Payment method:   SEPA Credit Transfer
Execution date:   12/06/2026

Document      Your reference   Doc. date       Amount EUR
5100092217    INV-73145        20/04/2026        6,120.00
5100092240    INV-73148        27/04/2026        1,845.30

The items listed above have been proposed for payment and will be executed on the execution
date shown.

This is an automated message from Shannonside Foods Accounts Payable, Limerick. Please do not
reply. Queries: +353 61 555 0140.""",
      ["promise_to_pay"], subject="Remittance advice - payment proposal 0612 - Ourco Industrial Supply, Inc.",
      client="other", mode="plain", invoices=["INV-73145", "INV-73148"],
      promises=[P("6120.00", "EUR", "2026-06-12", ["INV-73145"]),
                P("1845.30", "EUR", "2026-06-12", ["INV-73148"])],
      notes="Irish ERP payment proposal with a future execution date (12 June, day-first): a "
            "promise per listed invoice since no total is given; not a payment already made. The "
            "document dates are past invoice dates, not payment dates.")

_case("d4-ptd-10", "Kylie Nguyen <kylie.nguyen@southerncrosshospitality.example>", "2026-08-03 09:05 +1000",
      """Hi Ourco team,

Thanks for the statement. Both of these are with me:

INV-73152 ($1,980.00) is approved and will be paid in Thursday's pay run.
INV-73155 only came back from the project manager this morning, so it'll go in the run on 14/08.

Kind regards,
Kylie Nguyen
Accounts Officer
Southern Cross Hospitality Group | Parramatta NSW 2150
(02) 5550 1174""",
      ["promise_to_pay"], rem=("statement", ["INV-73152", "INV-73155"], "Kylie"), mode="html",
      invoices=["INV-73152", "INV-73155"],
      promises=[P("1980.00", "AUD", "thu", ["INV-73152"]),
                P(None, None, "2026-08-14", ["INV-73155"])],
      notes="Sydney, two invoices and two dates: Thursday after Monday 3 August (6 Aug) with an "
            "amount, and day-first '14/08' (14 August) without a figure, so amount null.")

_case("d4-ptd-11", "Venkatesh Iyer <venkatesh.iyer@coromandelpumps.example>", "2026-06-15 17:10 +0530",
      """Dear Team,

Please refer to the trailing mail.

We have released part payment of USD 4,000.00 against invoice INV-73159 today, SWIFT ref.
HDFCN26166004417. Copy of the SWIFT is attached for your reference.

Balance amount of USD 5,400.00 will be released on or before 30/06/2026. Delay is regretted.

Regards,
Venkatesh Iyer
Manager - Accounts
Coromandel Pumps & Valves Ltd., Chennai
+91 44 5555 0186""",
      ["payment_sent", "promise_to_pay"], rem=("second", ["INV-73159"], "Venkatesh"),
      attachments=[("SWIFT_HDFCN26166004417.pdf", "application/pdf", fake_pdf("swift 73159"))],
      invoices=["INV-73159"], promises=[P("5400.00", "USD", "2026-06-30", ["INV-73159"])],
      notes="Indian English: part payment released today with a SWIFT reference (payment sent) and "
            "the balance 'on or before 30/06/2026' with its figure (promise).")

_case("d4-ptd-12", "Marc Olsen <office@coastlinedental.example>", "2026-11-12 15:45 -0800",
      """Hi,

Sorry for the slow reply - we switched accounting systems last month and a few vendor bills fell
through the cracks, yours included. It's set up now. You'll have the $2,215.00 for INV-73163
early next week, Tuesday at the latest.

Thanks for your patience,
Marc Olsen
Office Manager
Coastline Dental Group, North Vancouver BC""",
      ["promise_to_pay"], rem=("final", ["INV-73163"], "Marc"), client="gmail",
      invoices=["INV-73163"], promises=[P("2215.00", "CAD", "next tue", ["INV-73163"])],
      notes="'early next week, Tuesday at the latest' written on Thursday 12 November: the latest "
            "committed day is Tuesday 17 November. Canadian dollars (billed C$).")

_case("d4-ptd-13", "Straits Precision Finance <finance.ap@straitsprecision.example>",
      "2026-09-28 08:00 +0800",
      """PAYMENT RUN NOTIFICATION

Dear Vendor,

Please be informed that the following invoice(s) have been scheduled for payment.

Vendor Code  : 100482
Vendor Name  : OURCO INDUSTRIAL SUPPLY, INC.
Payment Mode : Telegraphic Transfer (TT)

S/N  Invoice No.   Invoice Date   Amount (SGD)   Value Date
1    INV-73167     03/08/2026         3,140.00   02/10/2026
2    INV-73170     24/08/2026         2,760.80   16/10/2026

Bank charges, if any, are for the beneficiary's account.

This is a computer-generated notification. No signature is required.
Straits Precision Engineering Pte Ltd - Finance Department""",
      ["promise_to_pay"], subject="Payment Run Notification - Vendor 100482 - OURCO INDUSTRIAL SUPPLY",
      client="other", mode="plain", invoices=["INV-73167", "INV-73170"],
      promises=[P("3140.00", "SGD", "2026-10-02", ["INV-73167"]),
                P("2760.80", "SGD", "2026-10-16", ["INV-73170"])],
      notes="Singapore ERP notice: two invoices scheduled on two future value dates, day-first "
            "(2 and 16 October); two promises. Invoice dates are past and are not payment dates.")

_case("d4-ptd-14", "Riaan van der Merwe <riaan@bolandwinelogistics.example>", "2026-03-10 09:40 +0200",
      """Morning Ourco team

Herewith feedback on the two outstanding invoices:

INV-73174 - R 8 450,00 - will go off on Friday with our weekly EFTs.
INV-73177 - R 21 300,00 - this one was only signed off by the regional manager yesterday, so it
will be paid at month-end.

Apologies for the delay, we had a system migration in February and everything got stuck.

Regards
Riaan van der Merwe
Accounts Payable
Boland Wine Logistics (Pty) Ltd
Paarl, Western Cape""",
      ["promise_to_pay"], rem=("second", ["INV-73174", "INV-73177"], "Riaan"), client="thunderbird",
      invoices=["INV-73174", "INV-73177"],
      promises=[P("8450.00", "ZAR", "fri", ["INV-73174"]),
                P("21300.00", "ZAR", "eom", ["INV-73177"])],
      notes="South African split: R 8 450,00 on Friday (13 March) and R 21 300,00 at month-end "
            "(31 March); 'Herewith feedback' is the local idiom for a status reply.")

_case("d4-ptd-15", "Euan Baird <euan@bairdjoinery.example>", "2026-11-26 16:50 +0000",
      """Hi,

Sorry, that one slipped past me. I'll do a faster payment first thing tomorrow for the £1,062.40,
INV-73208 as the reference.

Cheers
Euan

Euan Baird Joinery
Unit 4, Govan Workshops, Glasgow G51""",
      ["promise_to_pay"], rem=("overdue", ["INV-73208"], "Euan"), client="gmail", mode="plain",
      invoices=["INV-73208"], promises=[P("1062.40", "GBP", "tomorrow", ["INV-73208"])],
      notes="Scottish sole trader: 'first thing tomorrow' on Thursday 26 November is 27 November.")

_case("d4-ptd-16", "Dale Houghton <dale@houghtonelectrical.example>", "2026-02-04 13:25 +0800",
      """G'day,

Apologies - it's been a rough month, two of our builders have gone into administration owing us
money. That's not your problem though. We'll have INV-73212 paid in full within the fortnight,
you have my word on that.

Regards,
Dale Houghton
Director
Houghton Electrical Contracting | Osborne Park WA 6017""" + SAMSUNG,
      ["promise_to_pay"], rem=("final", ["INV-73212"], "Dale"), client="outlook", mode="alt",
      invoices=["INV-73212"], promises=[P(None, None, "+14", ["INV-73212"])],
      notes="Perth: 'within the fortnight' is a commitment whose latest day is 14 days after the "
            "mail (18 February; no CASE_FORMAT rule, latest day of the span). 'in full' without a "
            "figure, so amount null. The customers' administration is context, not our insolvency "
            "notice.")

# ---- look-alikes ----------------------------------------------------------------------------------

_h_from = "Hannah Okafor <hannah.okafor@brindleyhomes.example>"
_h_subj = "RE: " + _subj("overdue", ["INV-73181"])
_case("d4-ptd-17", _h_from, "2026-05-13 11:20 +0100",
      """Hi Kim,

I'm starting maternity leave tomorrow so I'm not the right person to chase on this one, I'm afraid.
From now on please send anything about the Brindley account to Declan Moore,
declan.moore@brindleyhomes.example - he's picking up all of my suppliers. I've copied him in.

Best wishes,
Hannah

Hannah Okafor
Senior Purchase Ledger Clerk
Brindley Homes Ltd, Birmingham""",
      ["contact_change"], subject=_h_subj, cc="Declan Moore <declan.moore@brindleyhomes.example>",
      quote=Quote("outlook", "Kim Alvarez <kalvarez@ourco.example>", when("2026-05-12 08:40 -0500"),
                  _h_from, _h_subj,
                  "Hi Hannah,\n\nJust checking that INV-73181 (£5,860.00) is still going in your "
                  "BACS run on Friday 15th as you mentioned last week?\n\nThanks,\nKim Alvarez\n"
                  "Collections, Ourco Industrial Supply",
                  extra=quote_text(Quote("outlook", _h_from, when("2026-05-06 14:02 +0100"), AR,
                                         _h_subj,
                                         "Hi,\n\nINV-73181 will be paid in our BACS run on Friday "
                                         "15th May.\n\nHannah",
                                         extra=quote_text(_reminder("overdue", ["INV-73181"], "Hannah",
                                                                    "2026-05-05 07:18 -0500", _h_from))))),
      invoices=["INV-73181"], contact="declan.moore@brindleyhomes.example",
      notes="The promise (BACS run on Friday 15 May) is only in the sender's earlier mail quoted "
            "below; the new text neither restates nor confirms it and only hands the account to a "
            "new contact.")

_case("d4-ptd-18", "Leanne Fitzgerald <accounts@bellarinecivil.example>", "2026-05-19 10:10 +1000",
      """Hi there,

INV-73185 is coded and ready to go, but our site manager in Geelong can't find the docket for
that delivery and our auditors won't let us pay a materials invoice without one. Provided you can
send through the signed delivery docket (or the carrier's POD), we'll pay it in Friday's run.

Cheers,
Leanne Fitzgerald
Accounts Payable
Bellarine Civil Pty Ltd | Geelong VIC
ABN 41 555 018 224""",
      ["invoice_request"], rem=("overdue", ["INV-73185"], "Leanne"),
      invoices=["INV-73185"],
      notes="Conditional look-alike: 'Friday's run' depends on our sending a signed delivery "
            "docket/POD, so no promise; the POD request is the intent. Delivery itself is not "
            "contested.")

_case("d4-ptd-19", "Pádraig Kelleher <treasurer@ballinacurragaa.example>", "2026-02-11 19:45 +0000",
      """Hi Siobhán,

Thanks for bearing with us. The club's Sports Capital grant drawdown still hasn't come through
from the Department. Hopefully we'll get INV-73189 cleared before the end of the month if it
lands, but I honestly can't promise you that yet.

I'll be in touch the minute it arrives.

Regards,
Pádraig Kelleher
Treasurer, Ballinacurra GAA Club""",
      ["other"], rem=("second", ["INV-73189"], "Siobhán"), client="gmail",
      invoices=["INV-73189"],
      notes="Irish club treasurer: 'Hopefully ... before the end of the month if it lands' is a "
            "hope tied to a grant and explicitly not a promise; nothing is asked of us.")

_case("d4-ptd-20", "Sanjay Mehta <sanjay.mehta@gujaratpolyfab.example>", "2026-07-29 11:40 +0530",
      """Dear Sir,

With reference to your reminder, we regret the delay in clearing invoices INV-73193 and INV-73196
(total USD 11,050.00). Due to delay in receipt of payments from our major OEM customer, our
working capital is under severe stress this quarter.

We humbly request you to kindly allow us to clear the outstanding in 3 equal monthly instalments
starting from 15/08/2026. Kindly confirm if the same is acceptable to your management so that we
can process accordingly.

Thanks & regards,
Sanjay Mehta
Head - Finance & Accounts
Gujarat Polyfab Industries Pvt. Ltd., Ahmedabad""",
      ["payment_plan_request"], rem=("final", ["INV-73193", "INV-73196"], "Sanjay"),
      invoices=["INV-73193", "INV-73196"],
      notes="Instalments starting 15/08 are asked for, subject to our approval: a payment plan "
            "request, not a promise.")

_case("d4-ptd-21", "Zanele Dlamini <admin@hillcrestanimalsurgery.example>", "2026-07-16 14:20 +0200",
      """Hi

This was paid on 14/07 - EFT reference HAS73200, R 6 780,00 from our Nedbank account. POP
attached. Please allocate.

Thanks
Zanele Dlamini
Practice Administrator
Hillcrest Animal Surgery, Durban""",
      ["payment_sent"], rem=("overdue", ["INV-73200"], "Zanele"), client="gmail",
      attachments=[("POP_Ourco_INV73200.pdf", "application/pdf", fake_pdf("pop 73200"))],
      invoices=["INV-73200"],
      notes="'we paid it, here is the reference': EFT on 14/07 (two days before the mail) with a "
            "proof of payment (POP) attached; a payment claim, no promise.")

_case("d4-ptd-22", "Muhammad Faizal bin Rahman <faizal.rahman@jurongprocess.example>",
      "2026-09-22 16:05 +0800",
      """Dear Sir/Madam,

We refer to your second reminder for INV-73204.

Please be informed that we will not be releasing payment for this invoice, neither in our 30/09
payment cycle nor in any later cycle, until it is corrected. Your quotation QT-26-0418 dated
14/07/2026 quoted the stainless steel flanges at S$18.40 per piece; the invoice bills S$22.60 per
piece for 400 pieces, an overcharge of S$1,680.00.

Kindly issue a credit note or a revised invoice at the quoted price.

Regards,
Muhammad Faizal bin Rahman
Senior Procurement Executive
Jurong Process Systems Pte Ltd""",
      ["dispute"], rem=("second", ["INV-73204"], "Faizal"),
      reasons=["pricing"], invoices=["INV-73204"],
      notes="A refusal that names a payment-cycle date ('will not be releasing payment ... 30/09'): "
            "negated, so no promise; the reason is a price above the quotation.")

# ==== Spanish ====================================================================================

_case("d4-ptd-23", "Vicente Llopis <administracion@ceramicasllopis.example>", "2026-06-17 12:30 +0200",
      """Buenos días:

Ya tengo el visto bueno de dirección. La transferencia de la factura 73220 por 2.345,60 € sale el
próximo lunes, junto con el resto de pagos a proveedores.

Un saludo,
Vicente Llopis
Departamento de Administración
Cerámicas Llopis, S.L. - Onda (Castellón)
Tel. 964 55 01 83""",
      ["promise_to_pay"], rem=("overdue", ["INV-73220"], "Vicente"), lang="es",
      invoices=["INV-73220"], promises=[P("2345.60", "EUR", "next mon", ["INV-73220"])],
      notes="'el próximo lunes' on Wednesday 17 June is Monday 22 June (the coming Monday and the "
            "Monday of next week coincide); Spanish amount format 2.345,60 €.")

_case("d4-ptd-24", "Raquel Soto <cuentasapagar@grupocastellana.example>", "2026-06-26 09:50 +0200",
      """Hola, buenos días:

Os confirmo las fechas de pago de las dos facturas pendientes:

· Factura 73224 - 1.180,00 € - se paga el 2 de julio.
· Factura 73227 - 3.964,25 € - el 15/07, porque entró más tarde en el circuito de aprobación.

Cualquier cosa me decís.

Saludos,
Raquel Soto
Cuentas a pagar - Grupo Hostelero Castellana, Madrid""",
      ["promise_to_pay"], rem=("overdue", ["INV-73224", "INV-73227"], "Raquel"), lang="es",
      client="gmail", invoices=["INV-73224", "INV-73227"],
      promises=[P("1180.00", "EUR", "2026-07-02", ["INV-73224"]),
                P("3964.25", "EUR", "2026-07-15", ["INV-73227"])],
      notes="Two invoices, two dates: a written date ('el 2 de julio') and a day-first numeric one "
            "('15/07'); invoice numbers written bare.")

_case("d4-ptd-25", "Distribuciones Arrieta - Pagos <pagos-noreply@arrieta-distribuciones.example>",
      "2026-06-01 07:00 +0200",
      """AVISO DE PAGO

Muy señores nuestros:

Les comunicamos que en la remesa de pagos n.º 2026/0611 se han incluido los siguientes documentos
a su favor:

Nº factura      Fecha factura   Vencimiento
INV-73231       02/04/2026      02/05/2026
INV-73234       09/04/2026      09/05/2026

Importe total de la remesa:  5.839,40 €
Forma de pago:               transferencia SEPA
Fecha de ejecución:          05/06/2026

Este mensaje ha sido generado automáticamente por el sistema de gestión de Distribuciones
Arrieta, S.A. (Vitoria-Gasteiz). Por favor, no responda a esta dirección.""",
      ["promise_to_pay"], subject="Aviso de pago - Remesa 2026/0611 - Ourco Industrial Supply",
      lang="es", client="other", mode="plain", invoices=["INV-73231", "INV-73234"],
      promises=[P("5839.40", "EUR", "2026-06-05", ["INV-73231", "INV-73234"])],
      notes="Spanish ERP payment-run notice with a future execution date (5 June): one promise of "
            "the stated total over both invoices. The 'Vencimiento' column holds the past due "
            "dates, not the payment date.")

_case("d4-ptd-26", "Manuel Ortega <manuel@aceitunasortega.example>", "2026-06-09 10:05 +0200",
      """Hola,

Lo de la factura 73238: ayer os hicimos una transferencia de 1.000,00 € como pago a cuenta, os
adjunto el justificante del banco. El resto, 2.450,00 €, os lo pagamos el 30 de junio sin falta.

Perdonad el retraso, este año la campaña ha ido fatal.

Manuel Ortega
Aceitunas Ortega e Hijos, S.L. - Dos Hermanas (Sevilla)""",
      ["payment_sent", "promise_to_pay"], rem=("second", ["INV-73238"], "Manuel"), lang="es",
      client="gmail",
      attachments=[("justificante_transferencia.pdf", "application/pdf", fake_pdf("justificante 73238"))],
      invoices=["INV-73238"], promises=[P("2450.00", "EUR", "2026-06-30", ["INV-73238"])],
      notes="A payment on account already made with the bank receipt attached (payment sent) and "
            "the rest, with its figure, 'el 30 de junio sin falta' (promise).")

_case("d4-ptd-27", "Itziar Etxeberria <contabilidad@talleresetxeberria.example>", "2026-10-14 11:15 +0200",
      """Buenos días:

Hemos revisado la factura 73242. La pagamos el viernes siempre que antes nos hagáis llegar una
factura rectificativa con nuestro número de pedido (PED-2026-0873): la que tenemos no lo lleva y
nuestro sistema no permite contabilizar facturas sin pedido.

Quedamos a la espera.

Atentamente,
Itziar Etxeberria
Contabilidad - Talleres Etxeberria, S.A.L. (Bilbao)
Tel. 944 55 02 16""" + "\n\n" + DISCLAIMER_ES,
      ["dispute"], rem=("overdue", ["INV-73242"], "Itziar"), lang="es",
      reasons=["missing_po_or_docs"], invoices=["INV-73242"],
      notes="'La pagamos el viernes siempre que ...' is conditional on a corrected invoice with "
            "the PO number: no promise; the invoice lacking the PO is a missing_po_or_docs dispute.")

_case("d4-ptd-28", "Mariana Gutiérrez <tesoreria@empaquesdelbajio.example>", "2026-11-25 16:30 -0600",
      """Estimados, buenas tardes:

Les escribo con relación a la factura 73246 por USD 14,600.00. Por la caída de ventas de este
trimestre no nos es posible cubrirla en una sola exhibición. ¿Sería posible liquidarla en tres
pagos mensuales iguales, el primero el 15 de diciembre?

Quedo atenta a su respuesta para presentarlo a la dirección.

Saludos cordiales,
C.P. Mariana Gutiérrez
Tesorería
Empaques del Bajío, S.A. de C.V. - Guadalajara, Jal.""",
      ["payment_plan_request"], rem=("final", ["INV-73246"], "Mariana"), lang="es",
      invoices=["INV-73246"],
      notes="Mexican treasury asks for three monthly instalments from 15 December ('¿Sería "
            "posible...?'): a payment plan request, the dates proposed are not promises.")

_case("d4-ptd-29", "Felipe Araya <faraya@mineralosandes.example>", "2026-07-28 12:10 -0400",
      """Estimados:

Junto con saludar, les informo que la factura 73250 por US$ 7.350,00 quedó aprobada en el comité
de pagos de ayer. El pago se efectuará mediante transferencia internacional antes del 10 de
agosto.

Atte.,
Felipe Araya Muñoz
Jefe de Contabilidad
Minera Los Andes SpA - Santiago""",
      ["promise_to_pay"], rem=("overdue", ["INV-73250"], "Felipe"), lang="es", client="outlook_old",
      invoices=["INV-73250"], promises=[P("7350.00", "USD", "2026-08-10", ["INV-73250"])],
      notes="Chilean: dollars written with the dot thousands and decimal comma ('US$ 7.350,00' = "
            "USD 7,350.00); 'antes del 10 de agosto' resolved to 10 August, the latest day named.")

# ==== French =====================================================================================

_case("d4-ptd-30", "Sylvie Garnier <compta.fournisseurs@transports-garnier.example>",
      "2026-03-17 10:20 +0100",
      """Bonjour,

Suite à votre relance, je vous informe que la facture 73260 d'un montant de 3 480,20 € sera
réglée par virement en fin de semaine prochaine. Le retard s'explique par le changement de notre
logiciel comptable en début de mois.

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Sylvie Garnier
Comptabilité fournisseurs
Transports Garnier & Fils - Vénissieux""" + "\n\n" + DISCLAIMER_FR,
      ["promise_to_pay"], rem=("overdue", ["INV-73260"], "Madame Garnier"), lang="fr",
      invoices=["INV-73260"], promises=[P("3480.20", "EUR", "next fri", ["INV-73260"])],
      notes="'en fin de semaine prochaine' on Tuesday 17 March: the Friday of next week, 27 March "
            "(as for 'next week'/'end of next week'); French amount with a space separator.")

_case("d4-ptd-31", "Laurent Dubos <l.dubos@dubos-associes.example>", "2026-04-02 15:30 +0200",
      """Bonjour Monsieur,

Nous avons bien reçu votre relance. La facture 73264 (12 846,00 € TTC) a été validée par notre
directeur administratif et financier ; le virement sera émis le 15 avril, date de notre prochaine
campagne de règlements.

Bien à vous,
Laurent Dubos
Responsable comptable
Dubos & Associés - Mérignac""",
      ["promise_to_pay"], rem=("second", ["INV-73264"], "Monsieur Dubos"), lang="fr",
      client="thunderbird", mode="plain",
      invoices=["INV-73264"], promises=[P("12846.00", "EUR", "2026-04-15", ["INV-73264"])],
      notes="Written date 'le 15 avril' in a French transfer campaign; amount '12 846,00 € TTC'.")

_case("d4-ptd-32", "Sandrine Favre <creanciers@horlogerie-favre.example>", "2026-06-16 09:45 +0200",
      """Bonjour,

Nous accusons réception de votre rappel. La facture 73268 de CHF 4'812.50 sera payée le 30 juin
prochain avec notre ordre de paiement groupé.

Avec nos meilleures salutations,

Sandrine Favre
Comptabilité créanciers
Horlogerie Favre & Cie SA - Genève""",
      ["promise_to_pay"], rem=("overdue", ["INV-73268"], "Madame Favre"), lang="fr",
      invoices=["INV-73268"], promises=[P("4812.50", "CHF", "2026-06-30", ["INV-73268"])],
      notes="Swiss French: apostrophe thousands separator 'CHF 4'812.50' and 'le 30 juin prochain'.")

_case("d4-ptd-33", "Brasserie Vandenbroucke - Comptabilité <compta-noreply@vandenbroucke.example>",
      "2026-06-09 06:15 +0200",
      """AVIS DE PAIEMENT

Madame, Monsieur,

Nous vous informons que le paiement suivant a été programmé en votre faveur :

Fournisseur :              40017 - OURCO INDUSTRIAL SUPPLY INC.
Référence facture :        INV-73272
Montant :                  2 318,40 EUR
Communication :            INV-73272 / 40017
Date d'exécution prévue :  12/06/2026
Mode de paiement :         virement SEPA

Ce message est généré automatiquement par notre système comptable. Merci de ne pas y répondre.

Brasserie Vandenbroucke SA - Service Comptabilité - Courtrai""",
      ["promise_to_pay"], subject="Avis de paiement - Fournisseur 40017 - Ourco Industrial Supply",
      lang="fr", client="other", mode="plain", invoices=["INV-73272"],
      promises=[P("2318.40", "EUR", "2026-06-12", ["INV-73272"])],
      notes="Belgian ERP payment advice with a planned execution date (12 June, day-first): a "
            "scheduled payment, hence a promise and not a payment sent.")

_case("d4-ptd-34", "Stéphane Gagnon <comptes@erabliere-gagnon.example>", "2026-03-31 11:00 -0400",
      """Bonjour Martine,

Pour faire suite à votre courriel, voici ce qu'on peut faire :

- Facture 73276 (2 480,00 $) : le chèque part le 2 avril.
- Facture 73279 (6 015,75 $) : dépôt direct le 16 avril, dans notre prochain cycle de paiement.

Désolé pour le délai, on a eu une fin d'année financière chargée.

Merci et bonne journée!

Stéphane Gagnon
Comptes fournisseurs
Érablière Gagnon inc. - Saint-Georges (Beauce)""",
      ["promise_to_pay"], rem=("overdue", ["INV-73276", "INV-73279"], "Stéphane"), lang="fr",
      client="gmail", invoices=["INV-73276", "INV-73279"],
      promises=[P("2480.00", "CAD", "2026-04-02", ["INV-73276"]),
                P("6015.75", "CAD", "2026-04-16", ["INV-73279"])],
      notes="Québécois split over two invoices with two written dates (2 and 16 April); '$' is "
            "Canadian dollars (billed '$ CA').")

_case("d4-ptd-35", "Hélène Marchal <h.marchal@marchal-immobilier.example>", "2026-05-05 14:40 +0200",
      """Bonjour,

La facture 73282 pourra être réglée le 15 mai, sous réserve de la validation du budget travaux par
notre direction financière, qui doit se réunir la semaine prochaine. Je reviendrai vers vous dès
que j'aurai leur accord.

Cordialement,
Hélène Marchal
Assistante de gestion
Agence Marchal Immobilier - Paris 11e""",
      ["other"], rem=("overdue", ["INV-73282"], "Madame Marchal"), lang="fr",
      invoices=["INV-73282"],
      notes="'pourra être réglée le 15 mai, sous réserve de la validation du budget' is conditional "
            "on an approval not yet given: no promise, nothing asked of us.")

_case("d4-ptd-36", "Karim Benali <benali.froid@gmail.example>", "2026-09-08 18:20 +0200",
      """Bonsoir,

Oui je sais, je suis en retard... On a perdu notre plus gros client cet été et la trésorerie est
très tendue. On espère pouvoir régler la facture 73285 d'ici la fin du mois, mais je ne peux rien
vous garantir pour l'instant.

Désolé,
Karim Benali
Benali Froid & Clim - Marseille""",
      ["other"], rem=("second", ["INV-73285"], "Karim"), lang="fr", client="gmail", mode="plain",
      invoices=["INV-73285"],
      notes="'On espère pouvoir régler ... d'ici la fin du mois, mais je ne peux rien vous "
            "garantir' is a hope, explicitly not a commitment; no plan or extension is asked for.")

_a_from = "Audrey Lemaire <a.lemaire@lemaire-paysages.example>"
_a_rem = _reminder("overdue", ["INV-73288"], "Audrey", "2026-10-12 07:35 -0500", _a_from, lang="fr")
_a_subj = "RE : " + _a_rem.subject
_case("d4-ptd-37", _a_from, "2026-10-19 09:30 +0200",
      """Bonjour,

Petite demande complémentaire : pourriez-vous nous renvoyer la facture 73288 au format PDF ?
Notre exemplaire s'est perdu lors du déménagement de nos bureaux et notre expert-comptable en a
besoin pour la saisie.

Merci d'avance,
Audrey Lemaire
Assistante administrative
Lemaire Paysages SARL - Nantes""",
      ["invoice_request"], subject=_a_subj, lang="fr",
      quote=Quote("outlook", _a_from, when("2026-10-13 10:12 +0200"), AR, _a_subj,
                  "Bonjour,\n\nLa facture 73288 sera réglée le 30 octobre par virement.\n\n"
                  "Cordialement,\nAudrey Lemaire",
                  extra=quote_text(_a_rem), lang="fr"),
      invoices=["INV-73288"],
      notes="The promise ('sera réglée le 30 octobre') is only in the sender's own earlier mail "
            "quoted below; the new text asks for a copy of the invoice and restates no date.")

# ==== German =====================================================================================

_case("d4-ptd-38", "Jan Lindner <buchhaltung@lindner-gebaeudetechnik.example>", "2026-04-23 15:10 +0200",
      """Hallo,

danke für die Erinnerung. Die Rechnung 73300 über 2.986,40 € ist freigegeben und geht Anfang
nächster Woche raus - wir zahlen immer mit dem Zahllauf am Montag.

Viele Grüße
Jan Lindner
Buchhaltung
Lindner Gebäudetechnik GmbH, Köln""",
      ["promise_to_pay"], rem=("overdue", ["INV-73300"], "Herr Lindner"), lang="de", client="gmail",
      invoices=["INV-73300"], promises=[P("2986.40", "EUR", "next mon", ["INV-73300"])],
      notes="'Anfang nächster Woche' (no CASE_FORMAT rule) is pinned by the sender to the Monday "
            "payment run: Monday 27 April, the latest day of the committed span.")

_case("d4-ptd-39", "Birte Hansen <kreditoren@hanseatische-kuehltechnik.example>", "2026-05-27 10:35 +0200",
      """Sehr geehrte Damen und Herren,

vielen Dank für Ihre Zahlungserinnerung. Die Rechnung 73304 in Höhe von 7.412,90 € wurde heute
sachlich und rechnerisch geprüft und wird am 3. Juni überwiesen.

Mit freundlichen Grüßen

i. A. Birte Hansen
Kreditorenbuchhaltung
Hanseatische Kühltechnik GmbH & Co. KG
Hamburg""",
      ["promise_to_pay"], rem=("overdue", ["INV-73304"], "Frau Hansen"), lang="de", mode="html",
      invoices=["INV-73304"], promises=[P("7412.90", "EUR", "2026-06-03", ["INV-73304"])],
      notes="Written German date 'am 3. Juni' and amount '7.412,90 €'.")

_case("d4-ptd-40", "Michaela Pichler <rechnungswesen@pichler-metallbau.example>", "2026-03-23 08:50 +0100",
      """Sehr geehrte Damen und Herren,

bezugnehmend auf Ihre Mahnung teilen wir mit, dass die Rechnung 73308 über EUR 5.620,00 bis
spätestens 03.04. zur Anweisung gebracht wird.

Wir ersuchen um Kenntnisnahme.

Mit freundlichen Grüßen
Ing. Michaela Pichler
Rechnungswesen
Steirische Metallbau Pichler GmbH
A-8051 Graz""",
      ["promise_to_pay"], rem=("second", ["INV-73308"], "Frau Ing. Pichler"), lang="de",
      client="outlook_old", mode="plain", charset="iso-8859-1",
      invoices=["INV-73308"], promises=[P("5620.00", "EUR", "2026-04-03", ["INV-73308"])],
      notes="Austrian: day-first '03.04.' without a year is 3 April; 'zur Anweisung gebracht' is "
            "Austrian for 'transferred'. Latin-1, quoted-printable.")

_case("d4-ptd-41", "Reto Baumann <kreditoren@baumann-haustechnik.example>", "2026-09-15 13:20 +0200",
      """Grüezi

Besten Dank für Ihre Zahlungserinnerung. Die Rechnung 73312 über CHF 3'418.50 wird per Ende Monat
überwiesen; sie war irrtümlich bei unserer Filiale in Winterthur zur Visierung liegen geblieben.

Freundliche Grüsse
Reto Baumann
Kreditorenbuchhaltung
Baumann Haustechnik AG, Zürich""",
      ["promise_to_pay"], rem=("overdue", ["INV-73312"], "Herr Baumann"), lang="de",
      invoices=["INV-73312"], promises=[P("3418.50", "CHF", "eom", ["INV-73312"])],
      notes="Swiss German 'per Ende Monat' is the last day of the month (30 September); amount "
            "with the apostrophe separator.")

_case("d4-ptd-42", "Schwäbische Präzisionsteile - Finanzbuchhaltung <fibu-noreply@swp-ag.example>",
      "2026-07-10 05:45 +0200",
      """VORABAVIS

Sehr geehrte Geschäftspartner,

folgende Posten sind in unseren Zahlungsvorschlag aufgenommen und werden zu den genannten
Ausführungsterminen per SEPA-Überweisung beglichen:

Ihre Rechnung   Rechnungsdatum   Betrag EUR   Ausführung
INV-73316       12.05.2026         4.250,00   15.07.2026
INV-73319       26.05.2026         1.987,65   29.07.2026

Kreditorennummer: 7004418
Bei Rückfragen erreichen Sie unsere Kreditorenbuchhaltung unter +49 711 555 0192.

Dieses Schreiben wurde maschinell erstellt und ist ohne Unterschrift gültig.
Schwäbische Präzisionsteile AG - Finanzbuchhaltung""",
      ["promise_to_pay"], subject="Vorabavis Zahlungen - Kreditor 7004418 - Ourco Industrial Supply",
      lang="de", client="other", mode="plain", invoices=["INV-73316", "INV-73319"],
      promises=[P("4250.00", "EUR", "2026-07-15", ["INV-73316"]),
                P("1987.65", "EUR", "2026-07-29", ["INV-73319"])],
      notes="German ERP pre-advice ('Vorabavis') with two future execution dates: two promises; "
            "the invoice dates are past and are not payment dates.")

_case("d4-ptd-43", "Katrin Winkler <k.winkler@winkler-messebau.example>", "2026-06-16 11:40 +0200",
      """Hallo,

kurzer Zwischenstand zur Rechnung 73323: Heute sind 2.000,00 € an Sie rausgegangen
(Verwendungszweck: RE 73323 Teilzahlung). Den Rest von 1.456,80 € überweisen wir am 30.06., dann
ist die Rechnung ausgeglichen.

Beste Grüße
Katrin Winkler
Winkler Messebau GmbH, Leipzig""",
      ["payment_sent", "promise_to_pay"], rem=("second", ["INV-73323"], "Frau Winkler"), lang="de",
      client="thunderbird",
      invoices=["INV-73323"], promises=[P("1456.80", "EUR", "2026-06-30", ["INV-73323"])],
      notes="Part payment sent today with its transfer reference, and the remaining 1.456,80 € "
            "promised on day-first '30.06.' (3.456,80 - 2.000,00).")

_case("d4-ptd-44", "Thomas Gruber <t.gruber@gruber-bau.example>", "2026-10-21 10:00 +0200",
      """Guten Tag,

die Rechnung 73327 können wir am 30. Oktober begleichen, sofern bis dahin die Abschlagszahlung
unseres Bauherrn für das Projekt in Schwabing eingegangen ist. Davon hängt unsere Liquidität im
Moment leider ab. Ich gebe Ihnen Bescheid, sobald das Geld da ist.

Mit freundlichen Grüßen
Thomas Gruber
Kaufmännische Leitung
Gruber Bau GmbH, München""",
      ["other"], rem=("overdue", ["INV-73327"], "Herr Gruber"), lang="de",
      invoices=["INV-73327"],
      notes="'am 30. Oktober ..., sofern ... eingegangen ist' depends on the sender's own customer "
            "paying first: conditional, no promise; nothing is asked of us.")

_case("d4-ptd-45", "Sepp Huber <huber.sepp@huber-zimmerei.example>", "2026-07-01 20:15 +0200",
      """Hallo, sorry für die Verspätung. Hoffentlich schaffen wir die 1.275 bis Mitte Juli, ist grad
echt knapp bei uns. Melde mich.

Gruß Sepp""" + IPHONE_DE,
      ["other"], rem=("overdue", ["INV-73331"], "Herr Huber"), lang="de", client="apple", mode="plain",
      invoices=["INV-73331"],
      notes="Bavarian carpenter on a phone: 'Hoffentlich schaffen wir ... bis Mitte Juli' is a hope, "
            "not a commitment; the invoice is named only in the subject of our reminder.")

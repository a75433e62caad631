"""dev4 topic: paying - a third set of promises to pay, and the replies that only sound like one.

A promise is the reading the ledger acts on by date: it pauses dunning until the promised day plus
grace and is later judged kept, partially kept or broken. This set writes commitments again in
forms the earlier promise topics use little or not at all, so that the reader is tested on the
date arithmetic and not on a phrasing it has already seen: "first thing Monday" typed on a Sunday
night, "tomorrow" typed late in the evening (already the next day in UTC), "by close of business
today", "15/07" in British day-first order, "July 3rd", "the 15th", "in 10 days", "w/in 2 wks",
"end of next week" from a non-native writer ("until end of next week"), "next Tuesday" written on
a Monday (the Tuesday of the following week, not tomorrow), "our next payment run on Thursday"
written on a Friday, the end of a month that falls on a Saturday, ISO value dates in an ERP
payment-run notice and in a treasury letter, "übermorgen", "d'ici la fin de la semaine
prochaine", "pago por confirming con vencimiento 25 de mayo". Amounts come as the full balance
with no figure (null), partial payments with the rest left open or conditional, two instalments,
one total over several invoices, and USD, EUR, GBP and CAD in US, British, Canadian, Colombian
and European number formats (1.850,00 €, 2 745,00 $ CA, US$ 6.210,00). Some replies carry a
second intent: a dispute on another invoice, a copy or statement request, a new AP contact, a
payment already sent on another invoice.

The look-alikes carry a date or the word "pay" without a commitment by the sender: a payment
conditional on a credit note or on the sender's own customer paying, hoped for, vague ("it's
with finance", "in the payment queue"), negated ("we won't be able to pay this month"), already
paid (an ERP remittance advice, a cheque in the post, a transfer with the bank's receipt), a
request for monthly instalments, a question about the exact balance, and an old promise that
survives only in the quoted thread under a vague new line. Only the sender's new text and the
subject are read for the labels.

About a quarter of the cases are in Spanish, French and German (four each).
"""

from functools import partial

from dev2_cases import billed_case, billed_reminder, reminder_subject, ANDROID, IPHONE
from dev_cases import (AR, AR_SIGNATURE, DISCLAIMER, DISCLAIMER_DE, DISCLAIMER_ES, DISCLAIMER_FR,
                       DISCLAIMER_US, P, Quote, fake_pdf, quote_text, when)

# What our quoted reminders show as billed, so that the figures customers write agree with the
# thread they answer (invoices not listed get the `case()` default amount).
BILLED = {
    "INV-71503": "$2,212.00",
    "INV-71508": "$5,120.00", "INV-71511": "$2,815.40",
    "INV-71515": "$4,386.20", "INV-71517": "$1,102.00",
    "INV-71520": "£2,384.16",
    "INV-71524": "$1,247.50",
    "INV-71528": "$968.00",
    "INV-71532": "CAD 3,615.00",
    "INV-71536": "$3,480.00", "INV-71539": "$1,295.75",
    "INV-71543": "$2,960.00",
    "INV-71547": "$1,740.00", "INV-71551": "$2,085.00",
    "INV-71554": "$4,930.00",
    "INV-71558": "€3,966.60",
    "INV-71562": "CAD 4,120.00", "INV-71565": "USD 1,980.00",
    "INV-71570": "$23,480.00",
    "INV-71574": "$2,640.00", "INV-71577": "$1,118.00",
    "INV-71581": "$3,240.00", "INV-71584": "$6,120.00",
    "INV-71588": "£1,872.00", "INV-71590": "£3,360.00",
    "INV-71594": "$1,455.00",
    "INV-71600": "$687.25",
    "INV-71604": "$31,750.00",
    "INV-71608": "$860.00", "INV-71611": "$2,344.00",
    "INV-71615": "$5,412.88",
    "INV-71624": "$1,530.00", "INV-71627": "$2,210.00",
    "INV-71650": "2.845,30 €",
    "INV-71654": "US$ 4.130,00", "INV-71657": "US$ 2.080,00",
    "INV-71664": "3 418,75 €",
    "INV-71668": "2 745,00 $ CA",
    "INV-71672": "5 920,00 €", "INV-71675": "2 640,00 €",
    "INV-71680": "4.318,90 €",
    "INV-71684": "5.412,15 €", "INV-71687": "2.490,00 €",
    "INV-71691": "3.645,20 €",
    "INV-71702": "1.780,00 €",
    "INV-71706": "US$ 3,870.00",
    "INV-71710": "1 245,00 €",
    "INV-71714": "6.730,00 €",
    "INV-71720": "$4,780.00",
    "INV-71724": "$1,860.00",
    "INV-71728": "$2,350.00",
    "INV-71732": "$3,075.00",
    "INV-71736": "$7,210.00", "INV-71739": "$940.00",
    "INV-71742": "$5,600.00",
    "INV-71746": "$2,418.00", "INV-71749": "$1,307.60",
    "INV-71752": "$12,600.00",
    "INV-71756": "$3,140.00", "INV-71759": "$865.00",
    "INV-71762": "$1,990.00",
}


_case = partial(billed_case, BILLED, lambda n: 19 + int(n[-2:]) % 17)
_reminder = partial(billed_reminder, BILLED, lambda n: 19 + int(n[-2:]) % 17, style="gmail")
_subj = reminder_subject


# ==== firm promises: English ====================================================================

_case("d4-ptc-01", "Hank Deloach <hank@deloachroofing.example>", "2026-03-10 06:55 -0500",
      "yep saw it. 71503 gets paid friday, whole thing. been slammed w/ storm jobs" + IPHONE,
      ["promise_to_pay"], rem=("overdue", ["INV-71503"], "Hank"), client="apple", mode="plain",
      invoices=["INV-71503"], promises=[P(None, None, "fri", ["INV-71503"])],
      notes="Roofer's brusque phone line: bare 'friday' from a Tuesday is 13 March; 'whole thing' "
            "is the full balance with no figure, so amount and currency are null.")

_case("d4-ptc-02", "AP Payments - Do Not Reply <ap-payments@gravesend-logistics.example>",
      "2026-04-13 04:30 -0500",
      """*** AUTOMATED MESSAGE - PLEASE DO NOT REPLY ***

Gravesend Logistics Inc. - Payment Run Notification

Payment run ID:     F110-20260413-02
Supplier:           300817  OURCO INDUSTRIAL SUPPLY INC
Payment method:     ACH (CCD+)
Value date:         2026-04-17

Reference          Invoice date    Amount (USD)
INV-71508          2026-02-26          5,120.00
INV-71511          2026-03-04          2,815.40
                                   ------------
Payment total                          7,935.40

The amount above will be credited to the bank account held on our supplier master file on the
value date. To update remittance or banking details, please use the supplier portal.""",
      ["promise_to_pay"], subject="Payment Run Notification | Supplier 300817 | Value Date 2026-04-17",
      client="other", mode="plain", invoices=["INV-71508", "INV-71511"],
      promises=[P("5120.00", "USD", "2026-04-17", ["INV-71508"]), P("2815.40", "USD", "2026-04-17", ["INV-71511"])],
      notes="ERP payment-run notice with a future ISO value date: a promise, not a payment made, "
            "and not an auto-reply (it is not an acknowledgement of our mail). The "
            "notice lists each invoice with its amount, so one promise per invoice row, as with every "
            "payment notice.")

_case("d4-ptc-03", "AP Shared Services Helpdesk <ap.helpdesk@calloway-brands.example>",
      "2026-05-19 15:10 +0800",
      """Hello Ourco Industrial Supply,

Good day! This is in reference to your follow-up on the open items below. Please see the payment
status per invoice:

Invoice No.   Amount         Status                 Payment Run
INV-71515     USD 4,386.20   Approved for payment   28-May-2026
INV-71517     USD 1,102.00   Approved for payment   04-Jun-2026

INV-71517 was only approved on 15-May, hence it falls into the following weekly run.

Should you have other concerns, please reply to this email and retain the case number in the
subject line.

Thank you and have a great day ahead!

Jericho Santos
Accounts Payable Specialist | Global Business Services - Manila
Calloway Brands, Inc.""",
      ["promise_to_pay"], rem=("second", ["INV-71515", "INV-71517"]),
      subject="RE: " + _subj("second", ["INV-71515", "INV-71517"]) + " [Case 00718842]",
      invoices=["INV-71515", "INV-71517"],
      promises=[P("4386.20", "USD", "2026-05-28", ["INV-71515"]),
                P("1102.00", "USD", "2026-06-04", ["INV-71517"])],
      notes="Manila shared-service status table: two invoices in two different weekly runs, so two "
            "promises with their own amounts and dates; '15-May' is the past approval date.")

_case("d4-ptc-04", "Rebecca Thorne <rebecca.thorne@thorne-joinery.example>", "2026-07-06 10:20 +0100",
      """Morning,

Thanks for your patience on this one. INV-71520 (£2,384.16) has now been signed off by our MD and
is set up to go by BACS on 15/07.

Best wishes,
Rebecca Thorne
Accounts & Office Manager
Thorne Bespoke Joinery Ltd
01904 555 318""" + "\n\n" + DISCLAIMER,
      ["promise_to_pay"], rem=("overdue", ["INV-71520"], "Rebecca"),
      invoices=["INV-71520"], promises=[P("2384.16", "GBP", "2026-07-15", ["INV-71520"])],
      notes="British day-first '15/07' (no year) is 15 July 2026; sterling amount as written.")

_case("d4-ptc-05", "Doreen Pike <doreen@pikesfamilypharmacy.example>", "2026-06-24 11:05 -0400",
      """Hello,

I spoke with the owner this morning. We'll be mailing a check for $1,247.50 on July 3rd. It's
already written and signed, so that date won't move.

Doreen Pike
Bookkeeper, Pike's Family Pharmacy""",
      ["promise_to_pay"], rem=("overdue", ["INV-71524"], "Doreen"), client="gmail",
      invoices=["INV-71524"], promises=[P("1247.50", "USD", "2026-07-03", ["INV-71524"])],
      notes="Written month and ordinal 'July 3rd'; mailing the check on that day is the commitment.")

_case("d4-ptc-06", "Marco Bellini <marco@bellinibakery.example>", "2026-02-12 21:40 -0500",
      """Hi there,

Sorry, I only just saw this - I do the books at night after we close. I'll move the full balance
on INV-71528 over to you tomorrow morning from our business account.

Thanks for the reminder,
Marco
Bellini's Bakery & Cafe""",
      ["promise_to_pay"], rem=("overdue", ["INV-71528"], "Marco"), client="gmail", mode="plain",
      invoices=["INV-71528"], promises=[P(None, None, "tomorrow", ["INV-71528"])],
      notes="Small-business owner writing at 21:40 local time (already 13 February in UTC): "
            "'tomorrow' is resolved in the sender's own date, 13 February. 'Full balance', no figure.")

_case("d4-ptc-07", "Harpreet Sandhu <hsandhu@maplecrest-dist.example>", "2026-09-21 13:30 -0400",
      """Hi,

We will settle INV-71532 in full (C$3,615.00) by EFT in 10 days. Our bank is moving us onto a new
commercial account this week, so I'm holding all outgoing payments until the switch is done.

Regards,
Harpreet Sandhu
Controller
Maplecrest Distribution Ltd. | Mississauga, ON
905-555-0193""",
      ["promise_to_pay"], rem=("overdue", ["INV-71532"], "Harpreet"),
      invoices=["INV-71532"], promises=[P("3615.00", "CAD", "+10", ["INV-71532"])],
      notes="'in 10 days' from 21 September is 1 October; 'C$' is Canadian dollars. The bank switch "
            "explains the delay and does not make the dated commitment conditional.")

_case("d4-ptc-08", "Accounts Payable <accountspayable@tristate-paving.example>", "2026-10-09 09:00 -0500",
      """Good morning,

Both INV-71536 and INV-71539 have been approved and are included in our next payment run on
Thursday.

Regards,
Tammy Olsen
Accounts Payable
Tri-State Paving & Sealcoating""",
      ["promise_to_pay"], rem=("second", ["INV-71536", "INV-71539"], ""), client="outlook_old",
      mode="plain", invoices=["INV-71536", "INV-71539"],
      promises=[P(None, None, "thu", ["INV-71536", "INV-71539"])],
      notes="'next payment run on Thursday': 'next' qualifies the run, and written on a Friday the "
            "coming Thursday is 15 October on either reading. Two invoices, one run, no figure.")

_case("d4-ptc-09", "Emre Yıldız <emre.yildiz@anadolu-makina.example>", "2026-11-04 16:20 +0300",
      """Dear Sir / Madam,

Thank you for your reminder mail. We are sorry for the delay, our general manager was in
Hannover for the trade fair. I confirm we will make the payment of invoice 71543, amount USD 2,960,
until end of next week by bank transfer.

Best regards,
Emre Yıldız
Finance Department
Anadolu Makina San. ve Tic. A.Ş. | Bursa""",
      ["promise_to_pay"], rem=("overdue", ["INV-71543"], "Emre"),
      invoices=["INV-71543"], promises=[P("2960.00", "USD", "next fri", ["INV-71543"])],
      notes="Non-native 'until end of next week' means 'by': Friday of next week, 13 November. "
            "'USD 2,960' without cents is 2960.00.")

_case("d4-ptc-10", "Lyle Brandt <lbrandt@brandtfarmsupply.example>", "2026-12-03 10:00 -0600",
      """Lyle here. 71547 and 71551 will both be paid on the 15th, one check for the two of them.
Mid-month is when we pay all our suppliers.

Lyle Brandt
Brandt Farm Supply
(515) 555-0162""",
      ["promise_to_pay"], rem=("statement", ["INV-71547", "INV-71551"], "Lyle"), client="thunderbird",
      mode="plain", invoices=["INV-71547", "INV-71551"],
      promises=[P(None, None, "2026-12-15", ["INV-71547", "INV-71551"])],
      notes="'the 15th' of the current month (15 December), two bare invoice numbers in one check "
            "with no figure: one promise over both.")

_case("d4-ptc-11", "Teresa Vance <tvance@vanceautoglass.example>", "2026-05-11 08:40 -0500",
      """Hi,

I can't do all of INV-71554 right now - we had a flood in the back shop and we're waiting on the
insurance adjuster. What I can do is $1,500.00 this Friday by ACH. The rest I'll pay when the
insurance money comes through, I'll keep you posted.

Teresa Vance
Owner, Vance Auto Glass""",
      ["promise_to_pay"], rem=("second", ["INV-71554"], "Teresa"),
      invoices=["INV-71554"], promises=[P("1500.00", "USD", "fri", ["INV-71554"])],
      notes="Partial promise: $1,500.00 this Friday (15 May) is firm; the remainder waits on an "
            "insurance payout, so it is conditional and undated and is not a second promise.")

_case("d4-ptc-12", "Giulia Ferraro <g.ferraro@ferraro-impianti.example>", "2026-06-15 10:30 +0200",
      """Good morning,

regarding the invoice INV-71558 we confirm the payment in two parts: 1.850,00 € on Wednesday
and the remaining 2.116,60 € before the end of the month, both with SEPA transfer.

Best regards
Giulia Ferraro
Amministrazione
Ferraro Impianti S.r.l. - Bergamo""",
      ["promise_to_pay"], rem=("overdue", ["INV-71558"], "Giulia"),
      invoices=["INV-71558"],
      promises=[P("1850.00", "EUR", "wed", ["INV-71558"]), P("2116.60", "EUR", "eom", ["INV-71558"])],
      notes="Italian writer in English with European number format: two firm instalments on one "
            "invoice, Wednesday 17 June and month end 30 June.")

_case("d4-ptc-13", "Nadia Bouchard <nbouchard@lakeshore-cold.example>", "2026-09-16 14:00 -0400",
      """Hi,

Here's where we're at:

- INV-71562, CAD 4,120.00 - EFT on Tuesday from our Canadian account
- INV-71565, USD 1,980.00 - wired from the US account on the 30th

Cheers,
Nadia Bouchard
Payables | Lakeshore Cold Chain Inc.
Windsor ON / Detroit MI""",
      ["promise_to_pay"], rem=("overdue", ["INV-71562", "INV-71565"], "Nadia"), client="gmail",
      invoices=["INV-71562", "INV-71565"],
      promises=[P("4120.00", "CAD", "tue", ["INV-71562"]), P("1980.00", "USD", "2026-09-30", ["INV-71565"])],
      notes="Two invoices, two currencies, two dates: Tuesday 22 September in CAD and the 30th in "
            "USD, one promise each.")

_case("d4-ptc-14", "Treasury Operations <treasury.ops@stanmore-health.example>", "2026-08-03 09:15 -0400",
      """Dear Ourco Industrial Supply,

We acknowledge receipt of your final notice concerning invoice INV-71570 in the amount of
USD 23,480.00.

Please be advised that this invoice has been approved by our Supply Chain department and is
scheduled for disbursement in our weekly treasury release on 2026-08-07. Kindly refrain from
placing our account on credit hold.

Sincerely,
Marguerite Okonjo
Senior Analyst, Treasury Operations
Stanmore Health Partners""" + "\n\n" + DISCLAIMER_US,
      ["promise_to_pay"], rem=("final", ["INV-71570"], ""),
      invoices=["INV-71570"], promises=[P("23480.00", "USD", "2026-08-07", ["INV-71570"])],
      notes="Formal treasury letter typed by a person with an ISO date; 'we acknowledge receipt' "
            "opens a human reply, not an auto-acknowledgement.")

_case("d4-ptc-15", "Jill Sorensen <jsorensen@prairieview-vet.example>", "2026-01-20 11:00 -0600",
      """Hi,

We'll have INV-71574 paid in full by the end of the month.

INV-71577 I can't find anywhere - not in our AP system, not in the office manager's inbox. Could
you email me a PDF copy? I'll get it set up as soon as I have it.

Thanks!
Jill Sorensen
Prairieview Veterinary Hospital""",
      ["promise_to_pay", "invoice_request"], rem=("statement", ["INV-71574", "INV-71577"], "Jill"),
      client="gmail", invoices=["INV-71574", "INV-71577"],
      promises=[P(None, None, "eom", ["INV-71574"])],
      notes="'by the end of the month' is 31 January even though it is a Saturday (last calendar "
            "day). A copy request for the other invoice; 'I'll get it set up' is no promise.")

_case("d4-ptc-16", "Brent Alvarado <brent@alvaradohardscapes.example>", "2026-04-23 15:45 -0500",
      """Brent here.

71581 is good, $3,240.00 goes out Monday.

71584 - you billed us 40 pallets of the Holland pavers, we got 36. Driver had 36 on the truck and
the delivery ticket he left says 36. I'm not paying for 4 pallets I never got. Send a corrected
invoice.

Brent Alvarado
Alvarado Hardscapes & Landscaping
(972) 555-0139""",
      ["promise_to_pay", "dispute"], rem=("overdue", ["INV-71581", "INV-71584"], "Brent"),
      mode="plain", reasons=["quantity_short"], invoices=["INV-71581", "INV-71584"],
      promises=[P("3240.00", "USD", "mon", ["INV-71581"])],
      notes="Promise with amount on one invoice (Monday 27 April), short delivery (36 of 40 "
            "pallets) disputed on the other.")

_case("d4-ptc-17", "Alistair Kerr <alistair.kerr@kerr-events.example>", "2026-03-23 09:30 +0000",
      """Hello,

INV-71588 is fine and will be paid in full by BACS next Tuesday.

INV-71590, however, charges the marquee heaters at the weekly hire rate of £280 for a 3-day
hire. Our order confirmation (ref. OC-5521) shows the weekend rate of £140 per unit, so the
invoice is £1,680.00 too high for the 12 units. Please send a revised invoice.

Regards,
Alistair Kerr
Operations Director
Kerr Event Hire Ltd
0131 555 0174""" + "\n\n" + DISCLAIMER,
      ["promise_to_pay", "dispute"], rem=("overdue", ["INV-71588", "INV-71590"], "Alistair"),
      reasons=["pricing"], invoices=["INV-71588", "INV-71590"],
      promises=[P(None, None, "next tue", ["INV-71588"])],
      notes="'next Tuesday' written on a Monday is the Tuesday of the following week (31 March), "
            "not tomorrow. The other invoice is billed at the wrong hire rate: pricing dispute.")

_case("d4-ptc-18", "Cody Rasmussen <cody@rasmussenfence.example>", "2026-08-19 17:50 -0600",
      "ya we owe it. will have 71594 paid w/in 2 wks, promise. big job just wrapped" + ANDROID,
      ["promise_to_pay"], rem=("second", ["INV-71594"], "Cody"), mode="plain",
      invoices=["INV-71594"], promises=[P(None, None, "+14", ["INV-71594"])],
      notes="Phone shorthand 'w/in 2 wks' is within 14 days: 2 September. No figure.")

_case("d4-ptc-19", "Kim Alder <kim@alderflorist.example>", "2026-02-01 20:15 -0600",
      """Hi,

Rosa doesn't do our books anymore - I took them over in January. Please send anything to do with
our account to me at kim@alderflorist.example instead of Rosa's address.

I'll pay INV-71600 first thing Monday. Sorry it slipped through during the handover.

Kim Alder
Alder Street Florist""",
      ["promise_to_pay", "contact_change"], rem=("overdue", ["INV-71600"], "Rosa"), client="gmail",
      mode="plain", invoices=["INV-71600"], contact="kim@alderflorist.example",
      promises=[P(None, None, "mon", ["INV-71600"])],
      notes="Written on a Sunday evening: 'first thing Monday' is the next day, 2 February. The "
            "new bookkeeper replaces the old contact with her own address.")

_case("d4-ptc-20", "Patricia Wen <pwen@ridgeline-construction.example>", "2026-10-28 10:40 -0400",
      """Hi,

Understood on the escalation. INV-71604 ($31,750.00) will be paid in full no later than the end of
next month. It is first in line against our draw on the Fairview project.

I'd appreciate it if the account could stay open in the meantime.

Patricia Wen
Project Accountant
Ridgeline Construction Group""" + "\n\n" + DISCLAIMER_US,
      ["promise_to_pay"], rem=("final", ["INV-71604"], "Patricia"), mode="html",
      invoices=["INV-71604"], promises=[P("31750.00", "USD", "eonm", ["INV-71604"])],
      notes="HTML-only reply: 'no later than the end of next month' is 30 November; asking to keep "
            "the account open is not a request for more time.")

_case("d4-ptc-21", "Sam Okafor <sokafor@coastalbrewing.example>", "2026-07-21 12:10 -0700",
      """Hey,

71608 went out yesterday - $860.00, ACH trace 021000089912004. It should already be showing on
your side.

71611 is scheduled for this Thursday.

Sam
Coastal Brewing Co. | Finance""",
      ["payment_sent", "promise_to_pay"], rem=("overdue", ["INV-71608", "INV-71611"], "Sam"),
      client="gmail", invoices=["INV-71608", "INV-71611"],
      promises=[P(None, None, "thu", ["INV-71611"])],
      notes="One invoice already paid with a trace number, the other scheduled for this Thursday "
            "(23 July) without a figure.")

_case("d4-ptc-22", "Gretchen Lowe <glowe@lowe-industrial.example>", "2026-09-10 10:05 -0500",
      """Hi,

Wire for INV-71615, $5,412.88, will be released by close of business today. I'll send over the
Fed reference once the bank confirms it.

Gretchen Lowe
Treasury & AP
Lowe Industrial Coatings""",
      ["promise_to_pay"], rem=("final", ["INV-71615"], "Gretchen"),
      invoices=["INV-71615"], promises=[P("5412.88", "USD", "2026-09-10", ["INV-71615"])],
      notes="The wire is not released yet: a promise for today, the message's own date (10 "
            "September), not a payment already sent.")

_case("d4-ptc-23", "Oliver Banks <obanks@banks-dental.example>", "2026-11-19 14:30 -0500",
      """Dear Ourco team,

Thank you for the statement, and apologies that these two have run over. Please expect payment
for both INV-71624 and INV-71627 next week; I have already entered them in our banking app.

With kind regards,
Oliver Banks
Practice Manager
Banks & Hale Dental""",
      ["promise_to_pay"], rem=("statement", ["INV-71624", "INV-71627"], "Oliver"), client="apple",
      invoices=["INV-71624", "INV-71627"],
      promises=[P(None, None, "next week", ["INV-71624", "INV-71627"])],
      notes="Polite 'please expect payment ... next week' is a commitment: Friday of next week, 27 "
            "November, over both invoices, no figure.")

# ==== firm promises: Spanish, French, German ====================================================

_case("d4-ptc-24", "Departamento de Administración <administracion@grupo-olmedo.example>",
      "2026-05-12 09:45 +0200",
      """Buenos días:

Les confirmamos que la factura 71650, por importe de 2.845,30 €, está incluida en el pago por
confirming con vencimiento 25 de mayo. El banco les enviará la comunicación correspondiente en
los próximos días.

Atentamente,
Raquel Ibáñez
Administración - Grupo Olmedo Distribución, S.A.""" + "\n\n" + DISCLAIMER_ES,
      ["promise_to_pay"], rem=("overdue", ["INV-71650"]), lang="es",
      invoices=["INV-71650"], promises=[P("2845.30", "EUR", "2026-05-25", ["INV-71650"])],
      notes="Spanish confirming (bank-paid supplier line) with 'vencimiento 25 de mayo': the "
            "payment date is 25 May; Spanish number format.")

_case("d4-ptc-25", "Andrés Restrepo <arestrepo@ferreteria-antioquia.example>", "2026-08-24 17:20 -0500",
      """Buenas tardes,

Le confirmo que este jueves hacemos la transferencia por US$ 6.210,00, que cubre las facturas
71654 y 71657.

Aparte, ¿me podría enviar un estado de cuenta actualizado? Nuestra revisoría fiscal lo pide para
el cierre de agosto.

Saludos cordiales,
Andrés Restrepo
Tesorería
Ferretería Industrial Antioquia S.A.S. - Medellín""",
      ["promise_to_pay", "invoice_request"], rem=("second", ["INV-71654", "INV-71657"], "Andrés"),
      lang="es", client="gmail", invoices=["INV-71654", "INV-71657"],
      promises=[P("6210.00", "USD", "thu", ["INV-71654", "INV-71657"])],
      notes="Colombian: 'este jueves' (27 August), one US-dollar total in dot-thousands format over "
            "two invoices, plus a request for an updated statement of account.")

_case("d4-ptc-26", "Claire Vasseur <c.vasseur@vasseur-outillage.example>", "2026-05-27 11:15 +0200",
      """Bonjour,

Je vous confirme que la facture 71664 d'un montant de 3 418,75 € sera réglée par virement le
5 juin. Nous avions un retard de saisie lié au changement de logiciel comptable, désolée.

Bien à vous,
Claire Vasseur
Service comptable
Vasseur Outillage SARL - Rouen""",
      ["promise_to_pay"], rem=("overdue", ["INV-71664"], "Madame Vasseur"), lang="fr",
      client="thunderbird", mode="plain", invoices=["INV-71664"],
      promises=[P("3418.75", "EUR", "2026-06-05", ["INV-71664"])],
      notes="French written date 'le 5 juin' with a space-grouped euro amount.")

_case("d4-ptc-27", "Jean-François Paquette <jf.paquette@paquette-excavation.example>",
      "2026-10-14 15:00 -0400",
      """Bonjour,

Oui, on l'a pas oubliée. Le paiement de la facture 71668 (2 745,00 $ CA) va partir par dépôt
direct d'ici la fin de la semaine prochaine.

Merci de votre patience,
Jean-François Paquette
Paquette Excavation inc. - Saint-Jérôme""",
      ["promise_to_pay"], rem=("overdue", ["INV-71668"], "Jean-François"), lang="fr",
      invoices=["INV-71668"], promises=[P("2745.00", "CAD", "next fri", ["INV-71668"])],
      notes="Québécois 'd'ici la fin de la semaine prochaine' is Friday of next week, 23 October; "
            "'$ CA' is Canadian dollars.")

_case("d4-ptc-28", "CSP Comptabilité Fournisseurs <csp.fournisseurs@groupe-lamarre.example>",
      "2026-03-17 10:50 +0100",
      """Bonjour,

Suite à votre relance, voici le point sur vos factures :

- Facture 71672 (5 920,00 €) : validée, elle sera payée en fin de mois avec notre échéancier
  fournisseurs.
- Facture 71675 (2 640,00 €) : bloquée. Le prix unitaire des gaines facturé (11,00 € HT) ne
  correspond pas à celui de notre commande n° CDA-88214 (9,50 € HT). Merci de nous adresser un
  avoir ou une facture rectificative.

Cordialement,
Hélène Marchal
Centre de Services Partagés - Comptabilité fournisseurs
Groupe Lamarre - Nancy""" + "\n\n" + DISCLAIMER_FR,
      ["promise_to_pay", "dispute"], rem=("overdue", ["INV-71672", "INV-71675"]), lang="fr",
      reasons=["pricing"], invoices=["INV-71672", "INV-71675"],
      promises=[P("5920.00", "EUR", "eom", ["INV-71672"])],
      notes="French shared-service centre: one invoice paid 'en fin de mois' (31 March), the other "
            "blocked for a unit price above the order price (pricing dispute).")

_case("d4-ptc-29", "Jürgen Pfeiffer <j.pfeiffer@pfeiffer-haustechnik.example>", "2026-02-10 09:20 +0100",
      """Guten Morgen,

Entschuldigung, die Rechnung ist während meines Urlaubs liegen geblieben. Die 71680 über
4.318,90 € überweisen wir übermorgen.

Viele Grüße
Jürgen Pfeiffer
Pfeiffer Haustechnik e.K.""",
      ["promise_to_pay"], rem=("second", ["INV-71680"], "Herr Pfeiffer"), lang="de",
      invoices=["INV-71680"], promises=[P("4318.90", "EUR", "+2", ["INV-71680"])],
      notes="German 'übermorgen' (the day after tomorrow) from Tuesday 10 February is 12 February; "
            "German number format.")

_case("d4-ptc-30", "Mag. Eva Leitner <e.leitner@leitner-bau.example>", "2026-09-02 14:10 +0200",
      """Sehr geehrte Damen und Herren,

die beiden Rechnungen 71684 und 71687 werden bis Ende nächster Woche beglichen, gesamt
7.902,15 €. Die Freigabe durch die Geschäftsführung ist heute erfolgt.

Mit freundlichen Grüßen
Mag. Eva Leitner
Rechnungswesen
Leitner Bau GmbH, Linz""",
      ["promise_to_pay"], rem=("overdue", ["INV-71684", "INV-71687"], "Frau Leitner"), lang="de",
      client="outlook_old", mode="plain", invoices=["INV-71684", "INV-71687"],
      promises=[P("7902.15", "EUR", "next fri", ["INV-71684", "INV-71687"])],
      notes="Austrian 'bis Ende nächster Woche' is Friday of next week, 11 September; one total over "
            "two invoices; the approval is already given, so nothing is conditional.")

_case("d4-ptc-31", "Buchhaltung Krämer <buchhaltung@kraemer-druck.example>", "2026-04-16 08:30 +0200",
      """Hallo,

zur Rechnung 71691: Wir zahlen am Montag eine erste Rate von 2.000,00 € und den Restbetrag von
1.645,20 € am 30.04. Das ist mit unserem Geschäftsführer so abgestimmt.

Freundliche Grüße
Petra Krämer
Buchhaltung
Krämer Druck & Medien GmbH""" + "\n\n" + DISCLAIMER_DE,
      ["promise_to_pay"], rem=("second", ["INV-71691"]), lang="de", client="thunderbird",
      mode="plain", invoices=["INV-71691"],
      promises=[P("2000.00", "EUR", "mon", ["INV-71691"]), P("1645.20", "EUR", "2026-04-30", ["INV-71691"])],
      notes="Two instalments stated as decisions, not asked for: Monday 20 April and '30.04.' "
            "(day-first, 30 April). A promise, not a payment plan request.")

# ==== look-alikes: conditional ==================================================================

_case("d4-ptc-32", "Ron Whitaker <rwhitaker@whitaker-irrigation.example>", "2026-06-09 10:30 -0500",
      """Hi,

We sent three of the booster pumps on INV-71720 back to your Tulsa branch on May 19 (RMA 40872) -
they were the wrong voltage. Once we receive the credit note for those we will pay the rest of
the invoice straight away.

Ron Whitaker
Purchasing & AP
Whitaker Irrigation Supply""",
      ["dispute"], rem=("overdue", ["INV-71720"], "Ron"), reasons=["returns_credit"],
      invoices=["INV-71720"],
      notes="'Once we receive the credit note ... we will pay': payment hangs on a credit for "
            "returned goods, so a returns-credit dispute and no promise.")

_case("d4-ptc-33", "Darnell Hughes <darnell@hughespainting.example>", "2026-07-16 18:05 -0500",
      "Darnell here. As soon as the GC pays me for the Westbrook school job I'll pay you, they owe "
      "me almost 40 grand. Supposed to be next week but they said that last month too" + IPHONE,
      ["other"], rem=("second", ["INV-71724"], "Darnell"), client="apple", mode="plain",
      invoices=["INV-71724"],
      notes="Painter's payment is conditional on his own customer paying him, and the 'next week' "
            "is the GC's date, which he doubts himself: no promise.")

# ==== look-alikes: hoped for, vague =============================================================

_case("d4-ptc-34", "Shelby Greer <shelby@greer-outfitters.example>", "2026-03-02 13:20 -0600",
      """Hi,

So sorry this is late! Sales were really slow in February. I'm hoping to pay INV-71728 next week
if the spring orders come in like they usually do.

Shelby Greer
Greer Outfitters""",
      ["other"], rem=("overdue", ["INV-71728"], "Shelby"), client="gmail",
      invoices=["INV-71728"],
      notes="'I'm hoping to pay ... next week if' the orders come in: hoped for and conditional.")

_case("d4-ptc-35", "Mark Ellery <mellery@elleryhvac.example>", "2026-05-06 09:50 -0400",
      """Hi,

It's with our finance people and they're on it. You'll get paid.

M. Ellery
Service Manager | Ellery HVAC""",
      ["other"], rem=("second", ["INV-71732"], "Mark"), mode="plain",
      invoices=["INV-71732"],
      notes="Vague reassurance ('they're on it', 'you'll get paid') with no date or amount; the "
            "finance team is not named as a new contact.")

_case("d4-ptc-36", "P2P Vendor Support <vendor.support@orinda-global.example>", "2026-10-20 06:40 +0530",
      """Dear Vendor,

Thank you for your email.

We would like to inform you that invoices INV-71736 and INV-71739 have been received and are
currently in the payment queue. Payment will be processed as per the agreed payment terms in an
upcoming payment cycle.

For any further query, kindly quote your vendor code 400219.

Regards,
Rohit Deshpande
P2P Vendor Support | Orinda Global Business Services, Pune""",
      ["other"], rem=("overdue", ["INV-71736", "INV-71739"]), mode="html",
      invoices=["INV-71736", "INV-71739"],
      notes="Shared-service 'in the payment queue ... in an upcoming payment cycle': no date, so no "
            "promise; written and signed by a person, so not an auto-reply.")

# ==== look-alikes: negated ======================================================================

_case("d4-ptc-37", "Gail Porter <gail@portermachine.example>", "2026-11-13 16:40 -0600",
      """Hello,

I'll be straight with you: we won't be able to pay INV-71742 this month. We lost our biggest
customer in October and everything is stretched. I'm not going to give you a date I can't
keep. I'll call you when I know more.

Gail Porter
Owner, Porter Machine & Tool""",
      ["other"], rem=("final", ["INV-71742"], "Gail"), client="outlook_old", mode="plain",
      invoices=["INV-71742"],
      notes="Negated ('won't be able to pay this month') and explicitly no date; she asks for no "
            "extension or instalments, so not a payment plan request either.")

_case("d4-ptc-38", "Pilar Navarro <pnavarro@navarro-climatizacion.example>", "2026-06-30 12:45 +0200",
      """Hola:

Siento no tener mejores noticias. Este mes no vamos a poder atender la factura 71702: un cliente
grande nos ha retrasado dos certificaciones de obra y vamos muy justos. En cuanto tenga una fecha
segura se la comunico.

Un saludo,
Pilar Navarro
Navarro Climatización, S.L. - Zaragoza""",
      ["other"], rem=("second", ["INV-71702"], "Pilar"), lang="es",
      invoices=["INV-71702"],
      notes="Spanish 'este mes no vamos a poder atender la factura' with a date only promised "
            "later: negated, no promise and no request.")

# ==== look-alikes: already paid =================================================================

_case("d4-ptc-39", "Remittance Advice <remittance-noreply@kingsbridge-foods.example>",
      "2026-06-18 05:05 -0400",
      """REMITTANCE ADVICE

Kingsbridge Foods Corporation
Payer ID: KBF-US01

Payee:            Ourco Industrial Supply, Inc. (Vendor 118204)
Payment number:   2000418831
Payment date:     06/17/2026
Payment method:   ACH CTX
Payment amount:   USD 3,725.60

Invoice number    Invoice date    Amount paid
INV-71746         04/30/2026      2,418.00
INV-71749         05/07/2026      1,307.60

This payment has been sent to the bank account on file. Please allow 1-2 business days for the
funds to appear. Questions: Supplier Support, 1-800-555-0119.""",
      ["payment_sent"], subject="Remittance Advice - Payment 2000418831 - OURCO INDUSTRIAL SUPPLY",
      client="other", mode="plain", invoices=["INV-71746", "INV-71749"],
      attachments=[("Remittance_2000418831.pdf", "application/pdf", fake_pdf("remittance 2000418831"))],
      notes="ERP remittance advice for a payment dated yesterday: already paid, with amount and "
            "date; the 1-2 day arrival window is not a promised date.")

_case("d4-ptc-40", "Sophie Garnier <s.garnier@garnier-paysages.example>", "2026-03-04 14:25 +0100",
      """Bonjour,

Nos messages ont dû se croiser : nous avons envoyé le chèque n° 0048213 de 1 245,00 € le 2 mars
pour la facture 71710. Il devrait vous parvenir d'ici la fin de la semaine.

Cordialement,
Sophie Garnier
Garnier Paysages - Angers""",
      ["payment_sent"], rem=("overdue", ["INV-71710"], "Madame Garnier"), lang="fr", client="gmail",
      invoices=["INV-71710"],
      notes="French: the cheque was already sent on 2 March; 'd'ici la fin de la semaine' is when "
            "it should arrive, not a commitment to pay.")

_case("d4-ptc-41", "Karla Mendoza <kmendoza@grupo-altamira.example>", "2026-10-15 09:30 -0600",
      """Buen día:

Les informamos que el pago de la factura 71706 ya se realizó el pasado 13 de octubre mediante
transferencia internacional por US$3,870.00. Adjunto el comprobante del banco.

Quedo atenta a cualquier comentario.

Saludos,
Karla Mendoza
Cuentas por Pagar
Grupo Altamira - Monterrey, N.L.""",
      ["payment_sent"], rem=("overdue", ["INV-71706"], "Karla"), lang="es", client="gmail",
      attachments=[("comprobante_transferencia_71706.pdf", "application/pdf",
                    fake_pdf("transferencia 71706"))],
      invoices=["INV-71706"],
      notes="Mexican 'ya se realizó el pasado 13 de octubre' with the bank receipt attached: "
            "payment sent, no promise.")

# ==== look-alikes: a payment plan request, a balance question ===================================

_case("d4-ptc-42", "Victor Almeida <valmeida@almeida-concrete.example>", "2026-09-08 11:30 -0500",
      """Hi,

I know INV-71752 is well past due and I'm not trying to dodge it. We had two jobs cancel on us in
August. Would you accept $2,100 a month for six months, starting October 1? I can set it up as a
recurring ACH on the 1st of each month so nobody has to chase it.

Victor Almeida
Almeida Concrete & Flatwork""",
      ["payment_plan_request"], rem=("final", ["INV-71752"], "Victor"),
      invoices=["INV-71752"],
      notes="Asks whether we would accept six monthly instalments and proposes their dates: a "
            "payment plan request, not a promise until agreed.")

_case("d4-ptc-43", "Rhonda Kiefer <rkiefer@kiefer-dairy.example>", "2026-12-07 10:10 -0600",
      """Hi,

Before I cut a check I want to make sure I pay the right number. Your statement shows two items,
but our ledger has you at a different total. Are there any other invoices open on our account,
and does your total include the finance charge from November? What's the exact amount we owe as
of today?

Thanks,
Rhonda Kiefer
Office Manager, Kiefer Family Dairy""",
      ["balance_inquiry"], rem=("statement", ["INV-71756", "INV-71759"], "Rhonda"),
      invoices=[],
      notes="Asks what is owed and which invoices are open before paying; 'before I cut a check' "
            "has no date. She names no invoice (the subject is the account statement).")

# ==== look-alikes: hoped for in German, an old promise only in the quoted thread =================

_case("d4-ptc-44", "Thomas Brandl <t.brandl@brandl-metallbau.example>", "2026-10-05 11:40 +0200",
      """Guten Tag,

wir hoffen, die Rechnung 71714 bis Ende nächster Woche begleichen zu können. Zusagen kann ich es
Ihnen aber noch nicht, da bei uns noch ein größerer Zahlungseingang aussteht.

Mit freundlichen Grüßen
Thomas Brandl
Brandl Metallbau GmbH & Co. KG""" + "\n\n" + DISCLAIMER_DE,
      ["other"], rem=("overdue", ["INV-71714"], "Herr Brandl"), lang="de",
      invoices=["INV-71714"],
      notes="German 'wir hoffen ... begleichen zu können' and 'zusagen kann ich es noch nicht': "
            "hoped for and explicitly not committed.")

_w_from = "Wes Carlisle <wes@carlisle-signs.example>"
_w_subj = "Re: " + _subj("overdue", ["INV-71762"])
_case("d4-ptc-45", _w_from, "2026-04-07 08:20 -0400",
      """Hi, yeah sorry about that. Still sorting things out on our end, it hasn't been forgotten.

Wes""",
      ["other"], subject=_w_subj, client="gmail",
      quote=Quote("gmail", AR, when("2026-04-06 08:05 -0500"), _w_from, _w_subj,
                  "Hi Wes,\n\nOn March 27 you let us know that INV-71762 ($1,990.00) would be paid by "
                  "April 3, but we haven't received it yet. Could you let us know where it stands?\n\n"
                  + AR_SIGNATURE,
                  extra=quote_text(Quote("gmail", _w_from, when("2026-03-27 16:12 -0400"), AR, _w_subj,
                                         "We'll have INV-71762 paid by April 3rd.\n\nWes",
                                         extra=quote_text(_reminder("overdue", ["INV-71762"], "Wes",
                                                                    "2026-03-26 07:30 -0500",
                                                                    _w_from))))),
      invoices=["INV-71762"],
      notes="The only promise (April 3rd) is the sender's old one in the quoted thread, and it is "
            "already broken; his new text is vague with no date. The invoice comes from the subject.")

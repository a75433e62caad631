"""dev4 topic: promises to pay as they really arrive - buried in longer, messier mail.

The promise cases of earlier splits are mostly clean: one commitment, stated plainly, in a short
reply to our reminder. In a real AR inbox the commitment is usually only one line of a longer
message. It sits next to a dispute on another invoice, or on part of the same one; next to a
request for a copy, a proof of delivery, a W-9 or a bank-detail check; next to a payment already
sent on another invoice; inside a message from someone who also announces they are the new AP
contact; under a long quoted thread or on top of a forwarded internal approval chain ("Approved -
please pay Friday" from a manager, with the clerk's own line above it); or in an ERP / portal
notice that lists a scheduled payment date. The amount is often written in its own form - "USD
4.5k", "£1,200 + VAT", "the full 7,430", "half today", "less the credit", "abzüglich Skonto" - and
has to be turned into the figure the sender actually commits to.

Next to them sit look-alikes that carry a date and the word "pay" but no commitment by the
sender: a manager's internal "please pay this Friday" that the clerk says still needs another
approval, a policy of paying on net terms, a promise withdrawn later in the same mail, a
forwarded approval that concerns another supplier's invoice, a payment conditional on a W-9 or a
credit note, a payment already executed, and an old promise that only appears in the quoted
thread. Only the sender's new text (and the subject) is read for the labels; quoted and forwarded
text is context.

About three quarters of the cases are in English, the rest in Spanish, French and German.
"""

from functools import partial

from dev2_cases import billed_case, billed_reminder, reminder_subject, IPHONE
from dev_cases import (AR, AR_SIGNATURE, DISCLAIMER, DISCLAIMER_DE, DISCLAIMER_ES, DISCLAIMER_FR,
                       DISCLAIMER_US, P, Quote, fake_pdf, quote_html, quote_text, when)

# What our quoted reminders show for each invoice, so that the figures customers write agree
# with the thread they answer.
BILLED = {
    "INV-69502": "$3,940.00", "INV-69507": "$1,632.00",
    "INV-69511": "$3,924.00",
    "INV-69520": "$2,140.00", "INV-69523": "$865.50", "INV-69527": "$1,318.00",
    "INV-69531": "$1,210.00", "INV-69534": "$2,480.00", "INV-69538": "$655.00",
    "INV-69541": "$1,865.00",
    "INV-69545": "£2,712.00", "INV-69548": "£940.80",
    "INV-69552": "$4,860.00",
    "INV-69560": "$6,275.00",
    "INV-69566": "$3,482.00", "INV-69569": "$5,910.00",
    "INV-69572": "$2,980.00",
    "INV-69578": "$3,265.00", "INV-69581": "$1,044.00",
    "INV-69584": "$6,640.00",
    "INV-69587": "£1,440.00", "INV-69590": "£2,310.00",
    "INV-69593": "$7,430.00",
    "INV-69596": "$6,840.00",
    "INV-69600": "$2,395.00",
    "INV-69604": "$2,045.00", "INV-69607": "$1,176.00",
    "INV-69612": "$8,730.00",
    "INV-69616": "$12,360.00",
    "INV-69620": "$4,125.00",
    "INV-69624": "$1,780.00", "INV-69628": "$3,960.00",
    "INV-69632": "$2,450.00", "INV-69635": "$3,910.00", "INV-69637": "$1,755.00",
    "INV-69640": "$18,925.00",
    "INV-69644": "$2,200.00", "INV-69647": "$9,860.00",
    "INV-69651": "$5,640.00", "INV-69655": "$1,180.00",
    "INV-69660": "€4,215.00", "INV-69663": "€1,930.50",
    "INV-69668": "$3,318.00", "INV-69671": "$3,318.00",
    "INV-69675": "$2,675.00",
    "INV-69679": "$3,050.00",
    "INV-69687": "$1,940.00", "INV-69690": "$2,655.00",
    "INV-69694": "$12,480.00",
    "INV-69698": "$2,310.00",
    "INV-69703": "$4,402.00",
    "INV-69707": "£1,860.00", "INV-69710": "£2,940.00",
    "INV-69714": "$3,870.00", "INV-69717": "$1,125.60",
    "INV-69721": "$5,380.00",
    "INV-69731": "USD 6,480.00", "INV-69734": "USD 2,115.00",
    "INV-69738": "3.470,00 €",
    "INV-69742": "USD 8,920.00", "INV-69745": "USD 4,672.00",
    "INV-69749": "2.860,00 €",
    "INV-69753": "5 212,80 €",
    "INV-69757": "3 940,00 €", "INV-69760": "1 275,00 €",
    "INV-69764": "2 480,00 $ CA", "INV-69767": "4 615,00 $ CA",
    "INV-69771": "6 318,00 €",
    "INV-69775": "4.800,00 €", "INV-69778": "1.960,00 €",
    "INV-69782": "2.315,40 €", "INV-69785": "3.870,00 €",
    "INV-69789": "14.250,00 €",
}


_case = partial(billed_case, BILLED, 27)
_reminder = partial(billed_reminder, BILLED, 27)
_subj = reminder_subject


# ==== English ==================================================================================

# ---- a promise next to a dispute (another invoice, or part of the same one) ------------------

_case("d4-ptb-01", "Carla Benson <cbenson@prairierose-foods.example>", "2026-03-03 10:12 -0600",
      """Hi,

INV-69502 ($3,940.00) is approved and will be paid this Friday by ACH.

INV-69507 I can't pay as billed. The nitrile gloves are invoiced at $11.75/box; the price
agreement we signed in January (PA-2026-014) has them at $9.90/box for all of 2026. That's 120
boxes, so the invoice is over by $222.00. Please send a corrected invoice or a credit memo for the
difference and I'll get it into the next run.

Thanks,
Carla Benson
AP Coordinator | Prairie Rose Foods
(402) 555-0137""",
      ["promise_to_pay", "dispute"], rem=("overdue", ["INV-69502", "INV-69507"], "Carla"),
      reasons=["pricing"], invoices=["INV-69502", "INV-69507"],
      promises=[P("3940.00", "USD", "fri", ["INV-69502"])],
      notes="Promise with amount on one invoice, price-agreement dispute on the other; the "
            "'next run' for the corrected invoice is conditional and not a promise.")

_case("d4-ptb-02", "Dev Patel <dpatel@harborside-marine.example>", "2026-04-14 15:30 -0400",
      """Hello,

We're paying what we received on INV-69511. $3,180.00 goes out Thursday by ACH.

The other $744.00 is the 4 cases of 2-part epoxy (SKU EP-2210, $186.00/case). Our receiving report
shows 20 cases in, not 24 - the packing slip in the box also says 20. Please credit the 4 missing
cases or tell us when they're shipping.

Dev Patel
Accounts Payable
Harborside Marine Supply, Inc.""",
      ["promise_to_pay", "dispute"], rem=("second", ["INV-69511"], "Dev"),
      reasons=["quantity_short"], invoices=["INV-69511"],
      promises=[P("3180.00", "USD", "thu", ["INV-69511"])],
      notes="Partial promise of the undisputed part of one invoice plus a short-delivery dispute on "
            "the rest of the same invoice ($3,924 - $744 = $3,180).")

_case("d4-ptb-13", "Gemma Holloway <gemma.holloway@holloway-fm.example>", "2026-03-18 11:40 +0000",
      """Hi both,

The £1,200 + VAT for the quarterly service visit on INV-69587 (£1,440.00 in total) will go in
our BACS run on Thursday 26th.

INV-69590 is a different story - that was the work at our Dublin site, which should have been
invoiced under the reverse charge. You've added UK VAT at 20% (£385.00). Please reissue it net
and we'll pay it in the first run after we receive it.

Many thanks,
Gemma Holloway
Finance Manager
Holloway Facilities Management Ltd
0161 555 0178""" + "\n\n" + DISCLAIMER,
      ["promise_to_pay", "dispute"], rem=("overdue", ["INV-69587", "INV-69590"], "Gemma"),
      reasons=["tax"], invoices=["INV-69587", "INV-69590"],
      promises=[P("1440.00", "GBP", "2026-03-26", ["INV-69587"])],
      notes="'£1,200 + VAT' is promised as the gross £1,440.00 the sender spells out; UK VAT "
            "charged on a reverse-charge supply is a tax dispute whose payment is conditional.")

_case("d4-ptb-17", "Owen Tate <otate@bluewater-seafood.example>", "2026-05-07 14:30 -0400",
      """Hi,

Both INV-69604 and INV-69607 were set up for Tuesday's ACH run.

Update before I sent this: receiving just flagged INV-69607 - you billed 24 cases of the 10 lb
ice packs and the dock signed for 18. I've pulled 69607 from the run until that's sorted. Can you
credit the 6 cases, or tell us if they're still coming?

INV-69604 ($2,045.00) is unaffected and still goes out Tuesday.

Owen Tate
AP / Purchasing
Bluewater Seafood Co.""",
      ["promise_to_pay", "dispute"], rem=("overdue", ["INV-69604", "INV-69607"], "Owen"),
      reasons=["quantity_short"], invoices=["INV-69604", "INV-69607"],
      promises=[P("2045.00", "USD", "tue", ["INV-69604"])],
      notes="A two-invoice promise withdrawn for one invoice in the same mail (short delivery) and "
            "confirmed for the other: one promise, one quantity_short dispute.")

_case("d4-ptb-27", "Carmen Ortiz <cortiz@sunview-solar.example>", "2026-08-04 11:25 -0700",
      """Hi,

INV-69668 ($3,318.00) will be paid on Monday 8/10 by ACH.

INV-69671 looks like a duplicate of INV-69668 - same PO (SV-2207), same 14 mounting rail kits,
same ship date of 6/18, same amount. We only received one shipment. Can you confirm and void it?

Carmen Ortiz
Sunview Solar Installers | Accounts Payable""",
      ["promise_to_pay", "dispute"], rem=("overdue", ["INV-69668", "INV-69671"], "Carmen"),
      client="gmail", reasons=["duplicate_billing"], invoices=["INV-69668", "INV-69671"],
      promises=[P("3318.00", "USD", "2026-08-10", ["INV-69668"])],
      notes="Promise on the original invoice with a weekday-plus-numeric date, duplicate-billing "
            "dispute on its twin.")

_case("d4-ptb-28", "Wade Hollis <wade@hollis-agsupply.example>", "2026-05-26 09:50 -0500",
      """Morning,

We'll pay INV-69675 less the pallet of drip tape we sent back on RMA 5521 ($410.00). So $2,265.00
goes out by ACH on June 5.

Your driver picked the pallet up on May 11 and we still don't have a credit memo for it. Please
issue it so our books match yours.

Wade Hollis
Office Manager
Hollis Ag Supply, Inc.""",
      ["promise_to_pay", "dispute"], rem=("overdue", ["INV-69675"], "Wade"),
      reasons=["returns_credit"], invoices=["INV-69675"],
      promises=[P("2265.00", "USD", "2026-06-05", ["INV-69675"])],
      notes="Promise of the invoice net of a returned pallet ($2,675 - $410), with the missing "
            "return credit disputed on the same invoice.")

# ---- a promise next to a document, statement or bank-detail request ----------------------------

_case("d4-ptb-03", "Accounts Payable <ap@lakemont-hospitality.example>", "2026-10-06 11:20 -0400",
      """Good morning,

INV-69520 and INV-69523 are both approved and scheduled for our October 15 check run.

INV-69527 isn't in our system at all - can you send a copy (PDF)? Once I have it I'll route it for
approval. It won't make the 15th, but it should make the run after.

Thank you,
Renee Alvarez
AP Specialist
Lakemont Hospitality Group""",
      ["promise_to_pay", "invoice_request"],
      rem=("statement", ["INV-69520", "INV-69523", "INV-69527"], ""),
      invoices=["INV-69520", "INV-69523", "INV-69527"],
      promises=[P(None, None, "2026-10-15", ["INV-69520", "INV-69523"])],
      notes="One dated promise covering two invoices, a copy request for the third; 'should make "
            "the run after' is tentative and not recorded.")

_case("d4-ptb-21", "Nicole Farrow <nfarrow@ashgrove-medical.example>", "2026-01-27 13:50 -0500",
      """Hello,

Our practice administrator approved INV-69624 this morning (her note is below) - it will be paid
Wednesday, $1,780.00 by ACH.

For INV-69628, our receiving log doesn't show the exam table delivery, and I'm told it may have
gone to our Westside clinic. Could you send the signed proof of delivery so I can match it up? No
issue with the charge itself.

Thanks,
Nicole Farrow
Accounts Payable
Ashgrove Medical Group""",
      ["promise_to_pay", "invoice_request"],
      subject="FW: " + _subj("overdue", ["INV-69624", "INV-69628"]),
      quote=Quote("outlook", "Renata Sousa <rsousa@ashgrove-medical.example>",
                  when("2026-01-27 09:05 -0500"), "Nicole Farrow <nfarrow@ashgrove-medical.example>",
                  "RE: " + _subj("overdue", ["INV-69624", "INV-69628"]),
                  "Nicole - 69624 is fine, go ahead and pay it. Still checking where the exam table "
                  "ended up.\n\nRenata Sousa\nPractice Administrator",
                  extra=quote_text(_reminder("overdue", ["INV-69624", "INV-69628"], "Nicole",
                                             "2026-01-26 07:35 -0600",
                                             "Nicole Farrow <nfarrow@ashgrove-medical.example>"))),
      invoices=["INV-69624", "INV-69628"],
      promises=[P("1780.00", "USD", "wed", ["INV-69624"])],
      notes="Clerk's own line promises one invoice on top of a forwarded internal approval; the POD "
            "request explicitly does not contest the charge (invoice_request, not a dispute).")

_case("d4-ptb-22", "Arthur Lim <alim@pinecrest-property.example>", "2026-06-16 10:40 -0400",
      """Hi,

We'll clear 69632, 69635 and 69637 by the 30th - $8,115.00 total, one ACH.

Separately, could you send me a full statement of account for January to date? Our auditors want
a supplier statement reconciliation for the half-year.

Arthur Lim
Accounts Payable Lead
Pinecrest Property Services""",
      ["promise_to_pay", "invoice_request"],
      rem=("statement", ["INV-69632", "INV-69635", "INV-69637"], "Arthur"), client="gmail",
      invoices=["INV-69632", "INV-69635", "INV-69637"],
      promises=[P("8115.00", "USD", "2026-06-30", ["INV-69632", "INV-69635", "INV-69637"])],
      notes="One total promise over three bare-numbered invoices by 'the 30th', plus a statement "
            "request.")

_case("d4-ptb-23", "Paula Grimes <pgrimes@castleton-mfg.example>", "2026-02-23 09:35 -0500",
      """Good morning,

We'll wire $18,925.00 for INV-69640 on Wednesday, to the First Lakes Bank account shown on your
invoices.

Separately: last week we received a letter, supposedly from Ourco, saying your bank account has
moved to a new bank in Atlanta. Our policy is to verify any change of bank details by phone with a
known contact. Can you confirm whether that letter is genuine and which account is correct? Please
call me at 216-555-0183 rather than emailing account numbers. Until we hear from you we will keep
using the account on file.

Paula Grimes
Treasury Analyst
Castleton Manufacturing Co.""" + "\n\n" + DISCLAIMER_US,
      ["promise_to_pay", "balance_inquiry"], rem=("overdue", ["INV-69640"], "Paula"),
      invoices=["INV-69640"],
      promises=[P("18925.00", "USD", "wed", ["INV-69640"])],
      notes="Unconditional wire promise plus a bank-detail verification question (how to pay), "
            "which does not hold the payment up.")

_case("d4-ptb-31", "Accounts Payable Division <apdivision@harlowcounty.example>",
      "2026-08-06 10:20 -0400",
      """RE: Vendor 100452 - Ourco Industrial Supply, Inc. - Invoice INV-69694

Dear Vendor:

This office is in receipt of your notice dated August 4, 2026. Invoice INV-69694 in the amount of
$12,480.00 has been approved by the Department of Public Works and will be paid on the County's
warrant run of August 14, 2026.

Please be advised that the County's vendor file for your company expires on September 30, 2026.
To avoid interruption of future payments, please submit a completed IRS Form W-9 (Rev. March
2024) to this office at your earliest convenience.

Sincerely,

Marjorie T. Ellsworth
Accounts Payable Supervisor
Office of the County Auditor
Harlow County""",
      ["promise_to_pay", "invoice_request"], rem=("overdue", ["INV-69694"], ""),
      client="outlook_old", mode="plain", invoices=["INV-69694"],
      promises=[P("12480.00", "USD", "2026-08-14", ["INV-69694"])],
      notes="Formal county letter: a dated warrant-run promise plus a W-9 request that concerns "
            "future payments, not this one.")

# ---- a promise next to a payment already sent ----------------------------------------------------

_k_from = "Bob Kaczmarek <bob@kaczmarek-hvac.example>"
_k_quote = quote_text(_reminder("overdue", ["INV-69531", "INV-69534", "INV-69538"], "Bob",
                                "2026-06-08 07:28 -0500", _k_from, style="thunderbird"))
_k_inline = {
    "INV-69531": "paid 6/5 check 20417, should be there by now",
    "INV-69534": "will go out friday with the rest of our payables",
    "INV-69538": ("this is the thermostat kit we brought back to your counter in May, the guy there\n"
                  "said he'd credit it. haven't seen a credit yet"),
}
_k_lines = []
for _line in _k_quote.split("\n"):
    _k_lines.append(_line)
    for _inv, _reply in _k_inline.items():
        if _line.startswith(">   " + _inv):
            _k_lines.append(_reply)
_case("d4-ptb-04", _k_from, "2026-06-09 13:40 -0500",
      "\n".join(_k_lines) + "\n\nBob\nKaczmarek Heating & Cooling",
      ["payment_sent", "promise_to_pay", "dispute"],
      subject="Re: " + _subj("overdue", ["INV-69531", "INV-69534", "INV-69538"]),
      client="thunderbird", mode="plain", reasons=["returns_credit"],
      headers={"In-Reply-To": "<5b0c2e91d4a7f3086e12@ourco.example>",
               "References": "<5b0c2e91d4a7f3086e12@ourco.example>"},
      invoices=["INV-69531", "INV-69534", "INV-69538"],
      promises=[P(None, None, "fri", ["INV-69534"])],
      notes="Answers typed inline under each line of our reminder: one invoice paid by check, one "
            "promised for Friday, one withheld for a return that was never credited.")

_case("d4-ptb-29", "Jason Reid <jreid@reidandsons-millwork.example>", "2026-09-08 15:05 -0400",
      """Hi,

We sent $2,000.00 on this one last Wednesday - ACH trace 091000017744120. The remaining
$1,050.00 goes out on the 25th with our month-end payables.

Jason Reid
Reid & Sons Millwork""",
      ["payment_sent", "promise_to_pay"], rem=("second", ["INV-69679"], "Jason"), client="gmail",
      invoices=["INV-69679"],
      promises=[P("1050.00", "USD", "2026-09-25", ["INV-69679"])],
      notes="Part already paid with a trace number, the stated remainder promised for the 25th; the "
            "invoice is only in the subject.")

# ---- a promise from someone who is also the new AP contact ---------------------------------------

_case("d4-ptb-05", "Kevin O'Brien <kobrien@brightwell-dental.example>", "2026-07-21 14:05 -0400",
      """Hi,

Janet Morales retired at the end of June and I've taken over accounts payable for Brightwell.
Please send reminders, statements and invoices to me from now on at
kobrien@brightwell-dental.example - Janet's mailbox is being shut down at the end of the month.

I've gone through her open items. INV-69541 for $1,865.00 is approved and I've scheduled it for
Friday, July 31.

Kevin O'Brien
Office & AP Manager
Brightwell Family Dental""",
      ["promise_to_pay", "contact_change"], rem=("overdue", ["INV-69541"], "Janet"),
      invoices=["INV-69541"], contact="kobrien@brightwell-dental.example",
      promises=[P("1865.00", "USD", "2026-07-31", ["INV-69541"])],
      notes="The new AP contact redirects us to his own address and promises the open invoice on a "
            "written date.")

_case("d4-ptb-06", "Sophie Grant <sophie.grant@caldervalley-pack.example>", "2026-08-12 09:30 +0100",
      """Hello,

Apologies for the silence - our purchase ledger has moved to a shared team and Mark's old address
is no longer monitored. Please send statements and reminders to
purchase.ledger@caldervalley-pack.example going forward.

On the invoices: INV-69545 is approved and will be paid in our BACS run on 20 August. INV-69548
is still waiting for the budget holder's sign-off; I'll chase it and come back to you.

Kind regards,
Sophie Grant
Purchase Ledger
Calder Valley Packaging Ltd""" + "\n\n" + DISCLAIMER,
      ["promise_to_pay", "contact_change"], rem=("second", ["INV-69545", "INV-69548"], "Mark"),
      invoices=["INV-69545", "INV-69548"], contact="purchase.ledger@caldervalley-pack.example",
      promises=[P(None, None, "2026-08-20", ["INV-69545"])],
      notes="Redirect to a shared purchase-ledger mailbox, a BACS-run promise on one invoice, the "
            "other only pending sign-off.")

_n_from = "Greg Nystrom <gnystrom61@aol.example>"
_case("d4-ptb-32", _n_from, "2026-02-17 08:15 -0700",
      quote_text(_reminder("overdue", ["INV-69698"], "Greg", "2026-02-16 07:20 -0600", _n_from,
                           style="thunderbird")) + """

Check goes out Monday, $2,310.00. Sorry - the shop was closed two weeks for my knee surgery and
the mail piled up.

Also your reminder went to my old AOL address. Please use greg@nystromcabinets.example from now on.

Greg
Nystrom Cabinet Shop""",
      ["promise_to_pay", "contact_change"], subject="Re: " + _subj("overdue", ["INV-69698"]),
      client="thunderbird", mode="plain", invoices=["INV-69698"],
      headers={"In-Reply-To": "<9e47a1c0b38d25f6a710@ourco.example>",
               "References": "<9e47a1c0b38d25f6a710@ourco.example>"},
      contact="greg@nystromcabinets.example",
      promises=[P("2310.00", "USD", "mon", ["INV-69698"])],
      notes="Bottom-posted reply below the whole quoted reminder: a check promised for Monday and a "
            "new address for the sender himself.")

# ---- a promise under a long quoted thread ------------------------------------------------------

_l_from = "Lisa Fontaine <lisa@cascaderidge-builders.example>"
_l_subj = "Re: " + _subj("overdue", ["INV-69552"])
_case("d4-ptb-07", _l_from, "2026-06-25 16:10 -0700",
      """Hi,

Sorry about this. Our construction draw from the lender came in late, so 6/19 didn't happen. The
$4,860.00 is now set for Thursday 7/2 and I've flagged it in the system so it can't get bumped
again.

Lisa Fontaine
Office Manager, Cascade Ridge Builders""",
      ["promise_to_pay"], subject=_l_subj, client="gmail",
      quote=Quote("gmail", AR, when("2026-06-22 08:10 -0500"), _l_from, _l_subj,
                  "Hi Lisa,\n\nFollowing up on INV-69552 ($4,860.00): on June 2 you let us know it "
                  "would be paid on 6/19, but we haven't received it yet. Could you check on it for "
                  "us?\n\n" + AR_SIGNATURE,
                  extra=quote_text(Quote("gmail", _l_from, when("2026-06-02 09:31 -0700"), AR, _l_subj,
                                         "Hi, we'll pay INV-69552 on 6/19. It's in our queue.\n\nLisa",
                                         extra=quote_text(_reminder("overdue", ["INV-69552"], "Lisa",
                                                                    "2026-06-01 07:20 -0500", _l_from,
                                                                    style="gmail"))))),
      invoices=["INV-69552"],
      promises=[P("4860.00", "USD", "2026-07-02", ["INV-69552"])],
      notes="Renewed promise on top of a three-deep thread that holds the earlier, broken 6/19 "
            "promise; only the new date counts.")

_d_from = "Dusty Kramer <dusty@kramerwelding.example>"
_d_subj = "Re: " + _subj("statement", ["INV-69687", "INV-69690"])
_case("d4-ptb-30", _d_from, "2026-12-01 07:40 -0600",
      "ok - 69687 goes fri, 69690 next wk" + IPHONE,
      ["promise_to_pay"], subject=_d_subj, client="apple", mode="plain",
      quote=Quote("apple", AR, when("2026-11-30 07:45 -0600"), _d_from, _d_subj,
                  "Hi Dusty,\n\nJust following up on the two open items below, and on my voicemail "
                  "from Friday. Could you let us know when we can expect payment?\n\n"
                  "  INV-69687   $1,940.00\n  INV-69690   $2,655.00\n\n" + AR_SIGNATURE,
                  extra=quote_text(Quote("apple", _d_from, when("2026-11-13 17:02 -0600"), AR, _d_subj,
                                         "will get to these after thanksgiving" + IPHONE,
                                         extra=quote_text(_reminder("statement", ["INV-69687", "INV-69690"],
                                                                    "Dusty", "2026-11-12 07:31 -0600",
                                                                    _d_from, style="apple"))))),
      invoices=["INV-69687", "INV-69690"],
      promises=[P(None, None, "fri", ["INV-69687"]), P(None, None, "next week", ["INV-69690"])],
      notes="Terse mobile line on top of a long thread: two invoices on two dates ('fri', 'next wk' "
            "= Friday of next week); the vague 'after thanksgiving' is only quoted.")

_case("d4-ptb-14", "Nate Ellison <nellison@ellison-collision.example>", "2026-09-29 10:30 -0400",
      """Hi Dana,

Thanks for digging out the signed quote - you're right, the rush fee was on it and I missed it.
We'll pay the full 7,430 next Thursday, no short-pay.

Nate Ellison
Controller | Ellison Collision Centers""",
      ["promise_to_pay"], subject="RE: INV-69593 - rush fee",
      quote=Quote("outlook", "Dana Whitfield <dwhitfield@ourco.example>", when("2026-09-28 15:20 -0500"),
                  "Nate Ellison <nellison@ellison-collision.example>", "RE: INV-69593 - rush fee",
                  "Hi Nate,\n\nI pulled the signed quote for this order (Q-88412, signed August 3). The "
                  "$475.00 rush fee is on page 2, line 6, so we're unable to remove it. INV-69593 "
                  "remains due in full at $7,430.00.\n\nThanks,\nDana Whitfield\nCollections, Ourco "
                  "Industrial Supply",
                  extra=quote_text(Quote("outlook", "Nate Ellison <nellison@ellison-collision.example>",
                                         when("2026-09-24 11:02 -0400"),
                                         "Dana Whitfield <dwhitfield@ourco.example>",
                                         "INV-69593 - rush fee",
                                         "Dana,\n\nWe're holding INV-69593 - there's a $475 rush fee on "
                                         "it we never agreed to. We'll pay $6,955.00 once that's taken "
                                         "off.\n\nNate",
                                         extra=quote_text(_reminder("second", ["INV-69593"], "Nate",
                                                                    "2026-09-23 07:40 -0500",
                                                                    "Nate Ellison <nellison@ellison-collision.example>"))))),
      invoices=["INV-69593"],
      promises=[P("7430.00", None, "next thu", ["INV-69593"])],
      notes="'the full 7,430' (no currency symbol, so currency null) after the sender drops his "
            "own rush-fee dispute, which survives only in the quoted thread; 'next Thursday' from "
            "a Tuesday is the following week's.")

# ---- a promise on top of a forwarded internal approval chain ----------------------------------

_r_from = "Megan Scholl <mscholl@riverside-coldstorage.example>"
_case("d4-ptb-08", _r_from, "2026-09-17 10:45 -0500",
      """Hi,

Forwarding Dave's approval below. INV-69560 ($6,275.00) is now in tomorrow's payment batch.

Megan Scholl | AP Clerk | Riverside Cold Storage""",
      ["promise_to_pay"], subject="FW: INV-69560 - OK to pay?",
      quote=Quote("outlook", "Dave Huber <dhuber@riverside-coldstorage.example>",
                  when("2026-09-17 09:58 -0500"), _r_from, "RE: INV-69560 - OK to pay?",
                  "Approved - please pay Friday.\n\nDave Huber\nDirector of Operations",
                  extra=quote_text(Quote("outlook", _r_from, when("2026-09-16 16:12 -0500"),
                                         "Dave Huber <dhuber@riverside-coldstorage.example>",
                                         "INV-69560 - OK to pay?",
                                         "Dave, Ourco's reminder below - $6,275.00 for the compressor "
                                         "rebuild in July. OK to pay?\n\nMegan",
                                         extra=quote_text(_reminder("overdue", ["INV-69560"], "Megan",
                                                                    "2026-09-16 07:18 -0500", _r_from))))),
      invoices=["INV-69560"],
      promises=[P("6275.00", "USD", "tomorrow", ["INV-69560"])],
      notes="Manager's 'Approved - please pay Friday' is quoted; the clerk's own line commits to "
            "tomorrow's batch (Friday 18 Sept).")

_s_from = "Jorge Whitman <jwhitman@lakeside-foodservice.example>"
_case("d4-ptb-09", _s_from, "2026-11-05 08:50 -0500",
      """Hello,

See our controller's approval below. INV-69566 will be paid in Tuesday's ACH run.

INV-69569 is on hold: two of the six freezer shelving units arrived with bent uprights (photos
attached) and can't be installed. Please let us know whether you'll replace them or credit them.

Jorge Whitman
Accounts Payable, Lakeside Foodservice""",
      ["promise_to_pay", "dispute"],
      subject="FW: " + _subj("overdue", ["INV-69566", "INV-69569"]),
      quote=Quote("outlook", "Sandra Pike <spike@lakeside-foodservice.example>",
                  when("2026-11-04 17:30 -0500"), _s_from,
                  "RE: " + _subj("overdue", ["INV-69566", "INV-69569"]),
                  "Jorge - Approved - please pay 69566 with Tuesday's run. Do NOT pay 69569 until "
                  "Ourco sorts out the bent shelving, Rick has the photos.\n\nSandra Pike\nController",
                  extra=quote_text(_reminder("overdue", ["INV-69566", "INV-69569"], "Jorge",
                                             "2026-11-03 07:22 -0600", _s_from))),
      attachments=[("shelving_damage.pdf", "application/pdf", fake_pdf("bent uprights 69569"))],
      reasons=["damaged_defective"], invoices=["INV-69566", "INV-69569"],
      promises=[P(None, None, "tue", ["INV-69566"])],
      notes="Clerk restates the controller's approval as his own promise (Tuesday) and his own "
            "damaged-goods hold on the other invoice.")

# ---- ERP and portal notices with a scheduled payment date --------------------------------------

_case("d4-ptb-10", "Northfield Health Payables <ap-noreply@northfield-health.example>",
      "2026-06-15 05:12 -0400",
      """NORTHFIELD HEALTH SYSTEM
Accounts Payable - Payment Notification

Supplier:                OURCO INDUSTRIAL SUPPLY INC
Supplier No.:            208841
Payment Method:          ACH
Scheduled Payment Date:  06/19/2026
Payment Reference:       0004471902

Document        Doc Date      Gross Amount    Net Amount
INV-69572       04/22/2026        2,980.00      2,980.00
CM-30118        05/06/2026         -180.00       -180.00

Total Payment Amount:    USD 2,800.00

Funds will be deposited to the bank account on file on the scheduled payment date. For questions
call Supplier Support at 1-800-555-0142, option 3. This mailbox is not monitored.""",
      ["promise_to_pay"], subject="Payment Notification - Scheduled Payment 0004471902",
      client="other", mode="plain", invoices=["INV-69572"],
      promises=[P("2800.00", "USD", "2026-06-19", ["INV-69572"])],
      notes="ERP scheduled-payment notice netting one of our credit memos: the promise is the "
            "net USD 2,800.00 on the scheduled date; the CM number is not an invoice.")

_t_from = "Priya Nair <pnair@thornbury-group.example>"
_case("d4-ptb-11", _t_from, "2026-07-06 10:05 -0500",
      """Hi Ourco AR,

Forwarding the Coupa notice below - INV-69578 ($3,265.00) is scheduled to pay on 7/10.

INV-69581 won't be on that run: Coupa rejected it because it was billed against PO 7730-114, which
was closed in May. Please resubmit it against PO 7730-162 through the supplier portal.

Priya Nair
AP Analyst, Thornbury Group""",
      ["promise_to_pay", "dispute"],
      subject="Fwd: Payment scheduled - Ourco Industrial Supply, Inc.", client="gmail",
      quote=Quote("forward", "Coupa Notifications <do_not_reply@thornbury.coupahost.example>",
                  when("2026-07-06 06:02 -0500"), _t_from,
                  "Payment scheduled - Ourco Industrial Supply, Inc.",
                  "Thornbury Group\n\nA payment has been scheduled.\n\nSupplier: Ourco Industrial "
                  "Supply, Inc.\nInvoice: INV-69578\nPay date: 07/10/2026\nAmount: 3,265.00 USD\n"
                  "Payment method: ACH\n\nView this payment in Coupa."),
      reasons=["missing_po_or_docs"], invoices=["INV-69578", "INV-69581"],
      promises=[P("3265.00", "USD", "2026-07-10", ["INV-69578"])],
      notes="Forwarded portal notice restated in the clerk's own words (amount and date), plus a "
            "rejection for a closed PO on another invoice.")

_case("d4-ptb-25", "GBS Accounts Payable <gbs.ap@veritas-pharma.example>", "2026-07-20 14:20 +0530",
      """Dear Supplier,

Greetings from Veritas Pharma GBS Accounts Payable.

Please find the status of the invoices as below:

1. INV-69651 - USD 5,640.00 - Approved. Scheduled for payment in the payment run dated 24-Jul-2026.
2. INV-69655 - USD 1,180.00 - On hold. The PO quoted on the invoice (4500087713) is fully
   consumed/closed. Kindly obtain a new PO from the requester and submit a revised invoice
   referencing it.

For any further queries kindly reply on the same mail keeping the reference number SR-0448120 in
the subject line.

Regards,
Sneha Kulkarni
GBS - Accounts Payable (P2P)
Veritas Pharma Ltd.""" + "\n\n" + DISCLAIMER,
      ["promise_to_pay", "dispute"], rem=("overdue", ["INV-69651", "INV-69655"]),
      subject="RE: " + _subj("overdue", ["INV-69651", "INV-69655"]) + " [Ref: SR-0448120]",
      reasons=["missing_po_or_docs"], invoices=["INV-69651", "INV-69655"],
      promises=[P("5640.00", "USD", "2026-07-24", ["INV-69651"])],
      notes="Shared-services status list with a ticket reference: a scheduled run for one invoice, "
            "a closed-PO hold on the other; a human reply, not an auto-acknowledgement.")

_v_from = "Femke de Vries <f.devries@vandijk-installatie.example>"
_v_quote = _reminder("overdue", ["INV-69660", "INV-69663"], "", "2026-03-09 07:26 -0500", _v_from)
_v_text = """Dear Sir/Madam,

Please find below the payment planning for your open invoices:

Invoice      Amount         Payment date
INV-69660    EUR 4,215.00   13-03-2026
INV-69663    EUR 1,930.50   27-03-2026

INV-69663 is planned later as it only reached approval last week.

Kind regards,
Femke de Vries
Accounts Payable
Van Dijk Installatietechniek B.V. | Utrecht"""
_v_html = (
    '<p class="MsoNormal">Dear Sir/Madam,<o:p></o:p></p>\n'
    '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
    '<p class="MsoNormal">Please find below the payment planning for your open invoices:<o:p></o:p></p>\n'
    '<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">\n'
    '<tr><th>Invoice</th><th>Amount</th><th>Payment date</th></tr>\n'
    '<tr><td>INV-69660</td><td>EUR 4,215.00</td><td>13-03-2026</td></tr>\n'
    '<tr><td>INV-69663</td><td>EUR 1,930.50</td><td>27-03-2026</td></tr>\n'
    '</table>\n'
    '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
    '<p class="MsoNormal">INV-69663 is planned later as it only reached approval last week.<o:p></o:p></p>\n'
    '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
    '<p class="MsoNormal">Kind regards,<br>\nFemke de Vries<br>\nAccounts Payable<br>\n'
    'Van Dijk Installatietechniek B.V. | Utrecht<o:p></o:p></p>\n'
    "<br>\n" + quote_html(_v_quote))
_case("d4-ptb-26", _v_from, "2026-03-10 11:00 +0100", _v_text,
      ["promise_to_pay"], quote=_v_quote, mode="html", html_body=_v_html,
      invoices=["INV-69660", "INV-69663"],
      promises=[P("4215.00", "EUR", "2026-03-13", ["INV-69660"]),
                P("1930.50", "EUR", "2026-03-27", ["INV-69663"])],
      notes="HTML-only payment plan table from a Dutch AP team: two invoices, two day-first dates "
            "(unambiguous, day > 12), two promises.")

# ---- amounts written in their own form ---------------------------------------------------------

_case("d4-ptb-12", "Marcus Webb <marcus@webb-fabrication.example>", "2026-04-23 17:20 -0500",
      """talked to my partner. we can do USD 4.5k this fri on INV-69584 and the rest next month once
the refinery job pays us. wire will show 4,500.00 from WEBB FAB LLC so your cash app can match it""" + IPHONE,
      ["promise_to_pay"], rem=("final", ["INV-69584"], "Marcus"), client="apple", mode="plain",
      invoices=["INV-69584"],
      promises=[P("4500.00", "USD", "fri", ["INV-69584"])],
      notes="'USD 4.5k' this Friday is firm (4,500.00, as the wire note confirms); the rest depends "
            "on a customer paying and is not recorded.")

_case("d4-ptb-15", "Angela Ruiz <angela@ruizlandscaping.example>", "2026-04-09 12:15 -0400",
      """Hi,

Got your final notice. I can't do the whole $6,840 at once after the winter we had, but I'll send
half today - $3,420.00 through your online portal before 5pm - and the other half ($3,420.00) on
April 30.

Please don't put us on hold, we have three jobs starting next week that need your materials.

Angela Ruiz
Ruiz Landscaping & Design""",
      ["promise_to_pay"], rem=("final", ["INV-69596"], "Angela"), client="gmail",
      invoices=["INV-69596"],
      promises=[P("3420.00", "USD", "2026-04-09", ["INV-69596"]),
                P("3420.00", "USD", "2026-04-30", ["INV-69596"])],
      notes="'half today' and 'the other half' on a written date, both stated as commitments (not "
            "asked for): two promises; the plea not to be put on hold is no extra intent.")

# ---- a promise with a payment-plan request on another invoice -----------------------------------

_case("d4-ptb-24", "Travis Boone <travis@booneroofing.example>", "2026-11-10 16:25 -0600",
      """Travis here. The $2,200 on INV-69644 goes out Friday, that one's handled.

INV-69647 is a problem. The hail job it was for is stuck with the insurance adjuster and I'm not
going to see that money till January. Is there any way we can break the $9,860 into three
payments, Dec/Jan/Feb? I'd rather work something out than have you put us on hold.

Travis Boone
Boone Roofing & Gutters
(405) 555-0129""",
      ["promise_to_pay", "payment_plan_request"],
      rem=("final", ["INV-69644", "INV-69647"], "Travis"), client="gmail", mode="plain",
      invoices=["INV-69644", "INV-69647"],
      promises=[P("2200.00", "USD", "fri", ["INV-69644"])],
      notes="Firm promise on the small invoice, instalments asked for on the large one (the "
            "months proposed there are not promises).")

# ---- look-alikes: no commitment by the sender ------------------------------------------------------

_case("d4-ptb-16", "Heather Lindgren <hlindgren@northstar-vet.example>", "2026-02-12 09:20 -0600",
      """Hi,

INV-69600 is on the list for tomorrow's check run, so you should see it early next week.

Edit - sorry, please disregard the above. I just got word from our controller that all vendor
payments are frozen until our bank finishes the refinancing, probably two to three weeks. I don't
have a date I can give you yet. I'll email as soon as the freeze lifts.

Heather Lindgren
Accounts Payable | Northstar Veterinary Clinics""",
      ["other"], rem=("overdue", ["INV-69600"], "Heather"),
      invoices=["INV-69600"],
      notes="A promise retracted later in the same mail, with no new date: nothing committed, "
            "nothing asked for.")

_case("d4-ptb-18", "Supplier Accounts <supplieraccounts@meridianretail.example>",
      "2026-06-03 10:00 -0500",
      """Dear Supplier,

Thank you for your email regarding INV-69612.

Meridian Retail Group pays all suppliers on net 60 days from the date an invoice is received in
our AP system. INV-69612 was received on April 28, 2026 and has not yet reached terms. Invoices
are paid automatically in the first weekly payment run after they reach terms; no action is
needed from you.

Please note that reminders for invoices within terms cannot be actioned. The terms are set out in
full in section 7.1 of your supplier agreement.

Regards,
Supplier Accounts Team
Meridian Retail Group""",
      ["dispute"], rem=("overdue", ["INV-69612"]),
      reasons=["other"], invoices=["INV-69612"],
      notes="'We pay on net 60 from receipt' contests the overdue status (terms dispute, 'other') "
            "and commits to no date: not a promise.")

_b_from = "Brianna Cole <bcole@summitridge-logistics.example>"
_case("d4-ptb-19", _b_from, "2026-10-14 15:15 -0500",
      """Hi,

Forwarding so you can see we're working on it. Tony signed off below, but anything over $10,000
also needs our CFO's approval in the system and she's out until next Wednesday. I can't release
INV-69616 until she approves it, so Friday isn't happening. I'll let you know the date as soon as
I have her sign-off.

Brianna Cole
AP Specialist, Summit Ridge Logistics""",
      ["other"], subject="FW: INV-69616 - Ourco overdue",
      quote=Quote("outlook", "Tony Marsh <tmarsh@summitridge-logistics.example>",
                  when("2026-10-14 13:02 -0500"), _b_from, "RE: INV-69616 - Ourco overdue",
                  "Approved on my end - please pay this Friday so they don't put us on credit hold."
                  "\n\nTony Marsh\nDirector of Operations",
                  extra=quote_text(Quote("outlook", _b_from, when("2026-10-14 11:40 -0500"),
                                         "Tony Marsh <tmarsh@summitridge-logistics.example>",
                                         "INV-69616 - Ourco overdue",
                                         "Tony - Ourco's second notice below. $12,360.00 for the dock "
                                         "leveler repair. OK to pay?\n\nBrianna",
                                         extra=quote_text(_reminder("second", ["INV-69616"], "Brianna",
                                                                    "2026-10-13 07:33 -0500", _b_from))))),
      invoices=["INV-69616"],
      notes="A manager's internal 'please pay this Friday' forwarded to us, but the sender says it "
            "still needs the CFO's approval and Friday won't happen: no promise.")

_p_from = "Doug Pennington <doug@pennington-pm.example>"
_case("d4-ptb-20", _p_from, "2026-08-27 11:05 -0400",
      """Hi,

Sorry, please disregard my email from this morning - I forwarded you the wrong approval. The
"pay this Friday" note below is Marcy approving Halvorsen Freight's invoice, not yours.

INV-69620 hasn't been approved yet. It's waiting on the property manager to confirm the work at
the Elm Street building is complete. I'll let you know once I have a date.

Doug Pennington
Pennington Property Management""",
      ["other"], subject="RE: " + _subj("overdue", ["INV-69620"]),
      quote=Quote("outlook", _p_from, when("2026-08-27 09:12 -0400"), AR,
                  "RE: " + _subj("overdue", ["INV-69620"]),
                  "Good news - see below, approved for Friday.\n\nDoug",
                  extra=quote_text(Quote("outlook", "Marcy Gill <mgill@pennington-pm.example>",
                                         when("2026-08-26 16:40 -0400"), _p_from,
                                         "RE: Halvorsen Freight - OK to pay?",
                                         "Doug - approved, please pay this Friday.\n\nMarcy",
                                         extra=quote_text(Quote("outlook", _p_from,
                                                                when("2026-08-26 14:15 -0400"),
                                                                "Marcy Gill <mgill@pennington-pm.example>",
                                                                "Halvorsen Freight - OK to pay?",
                                                                "Marcy, Halvorsen Freight's bill HF-22871 "
                                                                "($3,150.00) for the Elm St move is "
                                                                "attached. OK to pay?\n\nDoug"))))),
      invoices=["INV-69620"],
      notes="The forwarded 'pay this Friday' approval concerns another supplier's invoice, and the "
            "sender withdraws his earlier 'approved for Friday': no promise on ours.")

_case("d4-ptb-33", "Dolores Finch <dfinch@crestline.example>", "2026-01-20 10:00 -0500",
      """Hello,

INV-69703 is approved by the department, but our payment system has placed your supplier record
on hold because we do not have a W-9 on file for the 2026 calendar year. As soon as we receive a
signed W-9 we can release the payment - it will go in the next check run after your record is
reactivated (runs are Tuesdays and Thursdays).

Please send the W-9 to this address.

Thank you,
Dolores Finch
Accounts Payable, Procurement Services
Crestline University""",
      ["invoice_request"], rem=("overdue", ["INV-69703"], "Dolores"),
      invoices=["INV-69703"],
      notes="Payment depends on a W-9 we have not sent yet, and the run days are not a date: a W-9 "
            "request only, no promise.")

_case("d4-ptb-34", "Callum Baxter <callum.baxter@baxterlowe-joinery.example>", "2026-04-28 12:35 +0100",
      """Hi,

INV-69707 was paid on Friday by BACS (ref BLJ-0424), £1,860.00.

INV-69710 - we returned two of the oak door sets (wrong finish) on 9 April and your warehouse
confirmed receipt. As soon as the credit note for those comes through, we'll pay the balance of
the invoice in the following week's run.

Regards,
Callum Baxter
Accounts Assistant
Baxter & Lowe Joinery Ltd""",
      ["payment_sent", "dispute"], rem=("overdue", ["INV-69707", "INV-69710"], "Callum"),
      reasons=["returns_credit"], invoices=["INV-69707", "INV-69710"],
      notes="One invoice already paid; the other will be paid only once a return credit arrives: "
            "returns_credit dispute, and the conditional payment is not a promise.")

_case("d4-ptb-35", "Halcyon Foods Payables <payables-noreply@halcyonfoods.example>",
      "2026-06-12 04:30 -0400",
      """PAYMENT ADVICE

Payee:             Ourco Industrial Supply, Inc.
Payment document:  7700193854
Payment date:      06/11/2026
Payment method:    ACH CCD+
Paying bank:       Commerce Trust Company

Your invoice    Invoice date    Amount paid
INV-69714       04/20/2026         3,870.00
INV-69717       04/27/2026         1,125.60

Total paid:     USD 4,995.60

This advice is generated automatically by Halcyon Foods Accounts Payable. Please do not reply.""",
      ["payment_sent"], subject="Payment Advice 7700193854 - Ourco Industrial Supply, Inc.",
      client="other", mode="plain", invoices=["INV-69714", "INV-69717"],
      notes="ERP payment advice of a payment already executed (past payment date): payment sent, "
            "not a scheduled promise.")

_f_from = "Frank DeLuca <frank@delucarestaurants.example>"
_f_subj = "Re: " + _subj("overdue", ["INV-69721"])
_case("d4-ptb-36", _f_from, "2026-07-28 16:00 -0500",
      """Kim,

I know, I know. Our parent company still hasn't funded the July transfer to our operating
account. I'm not going to give you another date until I actually see the money land - I don't
want to break my word to you twice. I'll call you the day it comes in.

Frank""",
      ["other"], subject=_f_subj, client="gmail",
      quote=Quote("gmail", "Kim Alvarez <kalvarez@ourco.example>", when("2026-07-27 09:05 -0500"),
                  _f_from, _f_subj,
                  "Hi Frank,\n\nOn July 10 you let us know INV-69721 ($5,380.00) would be paid by "
                  "7/17. We haven't received it yet - could you tell us where it stands?\n\nThanks,\n"
                  "Kim Alvarez\nCollections, Ourco Industrial Supply",
                  extra=quote_text(Quote("gmail", _f_from, when("2026-07-10 14:22 -0500"), AR, _f_subj,
                                         "We will pay INV-69721 by 7/17.\n\nFrank",
                                         extra=quote_text(_reminder("overdue", ["INV-69721"], "Frank",
                                                                    "2026-07-09 07:12 -0500", _f_from,
                                                                    style="gmail"))))),
      invoices=["INV-69721"],
      notes="The only promise is the old, broken one in the quoted thread; the new text explicitly "
            "refuses to give a date.")

# ==== Spanish ==================================================================================

_case("d4-ptb-37", "Adriana Treviño <atrevino@constructora-trevino.example>", "2026-05-13 11:30 -0600",
      """Buenas tardes,

La factura 69731 por USD 6,480.00 ya está autorizada y se paga el viernes 22 de mayo por
transferencia.

De la 69734 no tenemos el XML del CFDI, solo el PDF, y sin el XML el sistema no nos deja darla de
alta. ¿Nos lo pueden reenviar? En cuanto lo tengamos la programamos.

Saludos cordiales,
Lic. Adriana Treviño
Cuentas por Pagar
Grupo Constructor Treviño, S.A. de C.V. - Monterrey""",
      ["promise_to_pay", "invoice_request"], rem=("overdue", ["INV-69731", "INV-69734"], "Adriana"),
      lang="es", invoices=["INV-69731", "INV-69734"],
      promises=[P("6480.00", "USD", "2026-05-22", ["INV-69731"])],
      notes="Mexican AP: a dated USD promise on one invoice and a request for the CFDI XML of the "
            "other, whose scheduling is conditional.")

_case("d4-ptb-38", "Jordi Puig <administracio@installacions-puig.example>", "2026-10-20 10:15 +0200",
      """Buenos días,

Disculpad el retraso, hemos tenido un mes complicado de tesorería. El viernes os transferimos la
mitad, 1.735,00 €, y el resto antes de final de mes. Ya está hablado con el banco.

Por cierto, ¿nos podéis enviar el certificado de estar al corriente de obligaciones tributarias?
Nos lo pide el cliente final para la obra de Sabadell.

Un saludo,
Jordi Puig
Administración - Instal·lacions Puig, S.L.""" + "\n\n" + DISCLAIMER_ES,
      ["promise_to_pay", "invoice_request"], rem=("second", ["INV-69738"], "Jordi"), lang="es",
      invoices=["INV-69738"],
      promises=[P("1735.00", "EUR", "fri", ["INV-69738"]), P(None, None, "eom", ["INV-69738"])],
      notes="Spain: 'la mitad, 1.735,00 €' on Friday and 'el resto' (no figure) by month end, plus "
            "a request for a tax-compliance certificate; the invoice is only in the subject.")

_c_from = "Catalina Restrepo <crestrepo@alimentosdelvalle.example>"
_case("d4-ptb-39", _c_from, "2026-02-26 09:40 -0500",
      """Buenos días,

Les reenvío la aprobación de nuestro director financiero. La factura 69742 por USD 8,920.00 sale
en la transferencia del martes 3 de marzo.

La 69745 queda retenida: nos facturaron la lámina de acero inoxidable a USD 14.60 el kilo y la
cotización COT-2291 que aceptamos dice USD 12.80. Por favor envíen nota crédito por la diferencia
o una factura corregida.

Cordialmente,
Catalina Restrepo
Cuentas por Pagar - Alimentos del Valle S.A.S., Cali""",
      ["promise_to_pay", "dispute"], subject="RV: Aprobación pago Ourco", lang="es",
      quote=Quote("outlook", "Hernán Ocampo <hocampo@alimentosdelvalle.example>",
                  when("2026-02-25 18:10 -0500"), _c_from, "RE: Aprobación pago Ourco",
                  "Catalina: apruebo el pago de la 69742. La 69745 no la pagues hasta que aclaren el "
                  "precio del acero.\n\nHernán Ocampo\nDirector Financiero",
                  extra=quote_text(_reminder("overdue", ["INV-69742", "INV-69745"], "Catalina",
                                             "2026-02-24 07:18 -0600", _c_from, lang="es")),
                  lang="es"),
      reasons=["pricing"], invoices=["INV-69742", "INV-69745"],
      promises=[P("8920.00", "USD", "2026-03-03", ["INV-69742"])],
      notes="Colombian clerk forwards the CFO's approval and states her own dated promise on one "
            "invoice plus a price-versus-quote dispute on the other.")

_case("d4-ptb-40", "Lucía Fernández <contabilidad@transportes-fernandez.example>",
      "2026-06-23 13:05 +0200",
      """Hola,

Te confirmo que la transferencia de la factura 69749 sale mañana.

Corrijo: me acaba de decir el gerente que este mes no se hacen pagos fuera del ciclo, así que va
en la remesa del día 30 de junio, por los 2.860,00 € completos. Perdona el lío.

Un saludo,
Lucía Fernández
Transportes Fernández e Hijos, S.L.""",
      ["promise_to_pay"], rem=("overdue", ["INV-69749"], "Lucía"), lang="es", client="gmail",
      invoices=["INV-69749"],
      promises=[P("2860.00", "EUR", "2026-06-30", ["INV-69749"])],
      notes="'mañana' is corrected in the same mail to the payment run of 30 June: only the "
            "corrected date is the promise.")

# ==== French ===================================================================================

_case("d4-ptb-41", "Élodie Marchetti <e.marchetti@groupe-bressan.example>", "2026-09-15 14:40 +0200",
      """Bonjour,

Je reprends le suivi des comptes fournisseurs de M. Perrin, qui a quitté le groupe fin août.
Merci de m'adresser désormais vos relances et relevés à e.marchetti@groupe-bressan.example.

La facture 69753 (5 212,80 €) est validée et sera réglée par virement le 25 septembre.

Cordialement,
Élodie Marchetti
Comptable fournisseurs
Groupe Bressan SAS - Lyon""" + "\n\n" + DISCLAIMER_FR,
      ["promise_to_pay", "contact_change"], rem=("overdue", ["INV-69753"], "Monsieur Perrin"),
      lang="fr", invoices=["INV-69753"], contact="e.marchetti@groupe-bressan.example",
      promises=[P("5212.80", "EUR", "2026-09-25", ["INV-69753"])],
      notes="French successor of the former AP contact gives her own address and a dated promise "
            "with a space-grouped euro amount.")

_case("d4-ptb-42", "Comptabilité Fournisseurs <compta.fournisseurs@hotels-lacoste.example>",
      "2026-11-18 10:05 +0100",
      """Bonjour,

La facture 69757 de 3 940,00 € partira avec notre campagne de virements du vendredi 27 novembre.

En revanche, la facture 69760 ne comporte pas de numéro de bon de commande et notre système la
rejette. Merci de nous la renvoyer avec la référence BC-2026-4471 pour que nous puissions la
traiter.

Bien cordialement,
Nathalie Roux
Comptabilité fournisseurs - Hôtels Lacoste""",
      ["promise_to_pay", "dispute"], rem=("overdue", ["INV-69757", "INV-69760"]), lang="fr",
      reasons=["missing_po_or_docs"], invoices=["INV-69757", "INV-69760"],
      promises=[P("3940.00", "EUR", "2026-11-27", ["INV-69757"])],
      notes="Transfer run on a written date for one invoice; the other is rejected for a missing "
            "PO number.")

_case("d4-ptb-43", "Martin Bélanger <mbelanger@belanger-mecanique.example>", "2026-04-21 09:25 -0400",
      """Bonjour,

La facture 69764 a été payée hier par dépôt direct (2 480,00 $). Pour la 69767, on vous envoie
4 615,00 $ CA le jeudi 30 avril.

Merci,
Martin Bélanger
Bélanger Mécanique inc., Lévis""",
      ["payment_sent", "promise_to_pay"], rem=("overdue", ["INV-69764", "INV-69767"], "Martin"),
      lang="fr", client="gmail", invoices=["INV-69764", "INV-69767"],
      promises=[P("4615.00", "CAD", "2026-04-30", ["INV-69767"])],
      notes="Québécois: one invoice paid yesterday by direct deposit, the other promised in CAD "
            "on a written date.")

_case("d4-ptb-44", "Comptabilité <comptabilite@menuiseries-gauthier.example>", "2026-03-12 11:20 +0100",
      """Bonjour,

Votre relance concernant la facture 69771 nous surprend : nos conditions de règlement, rappelées
sur chacune de nos commandes et acceptées par votre service commercial, sont de 45 jours fin de
mois à compter de la date de facture. Cette facture n'est donc pas échue ; elle suivra le circuit
normal de paiement à son échéance.

Merci de mettre à jour vos relances en conséquence.

Cordialement,
Service Comptabilité
Menuiseries Gauthier SA""",
      ["dispute"], rem=("overdue", ["INV-69771"]), lang="fr", client="outlook_old",
      reasons=["other"], invoices=["INV-69771"],
      notes="French 'net terms' look-alike: '45 jours fin de mois' contests the overdue status "
            "(terms dispute, 'other') and names no payment date.")

# ==== German ===================================================================================

_case("d4-ptb-45", "Andreas Böhm <a.boehm@boehm-anlagenbau.example>", "2026-07-08 09:15 +0200",
      """Guten Tag,

die Rechnung 69775 überweisen wir am Freitag abzüglich 2 % Skonto, also 4.704,00 €.

Für die Rechnung 69778 fehlt uns noch der unterschriebene Lieferschein; ohne ihn kann der
Wareneingang nicht gebucht werden. Bitte senden Sie uns eine Kopie.

Mit freundlichen Grüßen
Andreas Böhm
Kreditorenbuchhaltung
Böhm Anlagenbau GmbH""" + "\n\n" + DISCLAIMER_DE,
      ["promise_to_pay", "invoice_request"], rem=("overdue", ["INV-69775", "INV-69778"], "Herr Böhm"),
      lang="de", invoices=["INV-69775", "INV-69778"],
      promises=[P("4704.00", "EUR", "fri", ["INV-69775"])],
      notes="The promised amount is the figure after the sender's cash discount (4.800 less 2 %), "
            "plus a request for the signed delivery note of the other invoice.")

_case("d4-ptb-46", "SAP Zahlungsverkehr <zahlungsverkehr-noreply@hegemann-gruppe.example>",
      "2026-05-18 06:00 +0200",
      """ZAHLUNGSAVIS

Sehr geehrte Damen und Herren,

mit Valuta 22.05.2026 überweisen wir Ihnen folgende Beträge:

Belegnr.      Rechnungsdatum   Betrag EUR
INV-69782     14.04.2026       2.315,40
INV-69785     21.04.2026       3.870,00

Zahlungsweg: SEPA-Überweisung
Lieferantennummer: 70011842

Hegemann Gruppe - Finanzbuchhaltung
Diese Nachricht wurde maschinell erstellt und ist ohne Unterschrift gültig.""",
      ["promise_to_pay"], subject="Zahlungsavis - Lieferant 70011842 - Valuta 22.05.2026",
      lang="de", client="other", mode="plain", invoices=["INV-69782", "INV-69785"],
      promises=[P("2315.40", "EUR", "2026-05-22", ["INV-69782"]),
                P("3870.00", "EUR", "2026-05-22", ["INV-69785"])],
      notes="German ERP payment advice with a future value date: a promise per listed invoice "
            "(no total given), not a payment already made.")

_m_from = "Melanie Kraus <m.kraus@kraus-metall.example>"
_case("d4-ptb-47", _m_from, "2026-10-07 16:30 +0200",
      """Guten Tag,

zur Info: Unser Einkauf hat die Rechnung 69789 sachlich freigegeben (siehe unten). Bei Beträgen
über 10.000 € braucht es aber zusätzlich die Freigabe durch unsere Geschäftsführung, und die liegt
noch nicht vor. Einen Zahlungstermin kann ich Ihnen daher noch nicht nennen - ich melde mich,
sobald die Freigabe da ist.

Mit freundlichen Grüßen
Melanie Kraus
Buchhaltung
Kraus Metallverarbeitung GmbH""",
      ["other"], subject="WG: Rechnung 69789 Ourco", lang="de",
      quote=Quote("outlook", "Stefan Wirth <s.wirth@kraus-metall.example>", when("2026-10-07 11:45 +0200"),
                  _m_from, "AW: Rechnung 69789 Ourco",
                  "Hallo Melanie,\n\nRechnung ist sachlich richtig, bitte Freitag zahlen.\n\nGruß\nStefan",
                  extra=quote_text(_reminder("overdue", ["INV-69789"], "Frau Kraus",
                                             "2026-10-06 07:25 -0500", _m_from, lang="de")),
                  lang="de"),
      invoices=["INV-69789"],
      notes="German look-alike: purchasing's internal 'bitte Freitag zahlen' is quoted, and the "
            "sender says management approval is still missing and gives no date.")

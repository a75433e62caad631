"""dev4 topic: the non-dispute, non-promise intents and their look-alikes, a third set.

The dispute and promise topics teach the two intents that move the ledger most. The other eight
are the bulk of a real AR inbox (document requests alone are a third of it), and each has a
neighbour it is easily confused with. This file writes each pair again, in situations the earlier
mixed topics do not use:

- invoice_request (a copy pushed into a Coupa or Ariba portal, a W-9 after a failed TIN match,
  customs paperwork, the PDF of a credit memo, a CFDI's XML, an URSSAF certificate, a statement
  after a payment) against a corrected invoice asked for because something on ours is wrong,
  which is a dispute (sales tax on resale goods, a missing order number and an outdated legal
  entity);
- balance_inquiry (pay by card, a payoff figure before closing the account, which invoices are
  really open, IBAN instead of ABA, a year-end Saldobestätigung, call-back bank verification)
  against an ERP remittance advice that lists amounts but asks nothing;
- payment_plan_request (half now and half next month, three monthly cuotas, an extension to a
  date, a délai or an échéancier) against instalments stated as fixed, which are promises;
- contact_change (an outsourced AP bookkeeper's mailbox, a clerk who left, a buyer pointing to the
  payables clerk, a new treasury mailbox, a German Geschäftsführer naming the successor) against
  a controller on cc and a signature that lists mailboxes;
- cease_or_legal (an assignment for the benefit of creditors, a harassment complaint with a
  stop-contacting demand, a Spanish and an Austrian lawyer's letter of representation) against an
  angry customer who only wants one correct balance;
- auto_reply (parental leave with a return date, a Zendesk-style and a French shared-service
  ticket receipt, a Spanish holiday responder) against humans who open with "Thank you for your
  email" / "Vielen Dank für Ihre E-Mail";
- payment_sent (an SAP remittance advice, a phone-typed wire note, a transfer with a SWIFT
  reference) against "we will pay ... on Monday";
- other (a new-branch and price enquiry sent to AR, a vendor newsletter, a pallet jack left at a
  dock, a thank-you for a closed invoice).

Ten cases carry two intents. 27 are English, six each Spanish, French and German. Only the
sender's own text and the subject count for the labels; our quoted reminder is context.
"""

from dev2_cases import case, IPHONE, ANDROID
from dev_cases import (AR, DISCLAIMER_DE, DISCLAIMER_ES, DISCLAIMER_FR, DISCLAIMER_US,
                       P, Quote, fake_pdf, ours, when)


mc = case  # replies quoting a reminder with given rows: `bill=(kind, rows, first name)`


# ==== English ==================================================================================

# ---- invoice_request, and a corrected invoice that is really a dispute ------------------------

mc("d4-mxc-01", "Brianna Hollis <bhollis@meridianhealthsys.example>", "2026-02-04 09:22 -0600",
   """Hello,

I looked for INV-74503 and it isn't in our system at all, because it was never submitted in
Coupa. Since February 1 Meridian only pays supplier invoices that come in through the Coupa
Supplier Portal; emailed PDFs are not keyed by our AP team anymore.

Could you please submit it in CSP as a PO-backed invoice against PO MHS-0088412? Once it shows
"Approved" in the portal you'll be able to see the scheduled payment date there as well.

If your team isn't enabled on CSP yet, reply here and I'll trigger a new invite.

Thanks,
Brianna Hollis
Supplier Enablement | Accounts Payable
Meridian Health System
Omaha, NE""",
   ["invoice_request"],
   bill=("overdue", [("INV-74503", "$6,842.00", "Jan 16, 2026")], "Brianna"),
   invoices=["INV-74503"],
   notes="Asks for the invoice to be re-sent through the Coupa portal: a document request "
         "(invoice_request). The portal is not an e-mail address, so no contact_change; nothing on "
         "the invoice is contested, and the PO number is not an invoice.")

mc("d4-mxc-02", "Terrence Vail <tvail@brookfieldmillwork.example>", "2026-03-24 14:05 -0400",
   """Good afternoon,

Our payables system flagged Ourco during the annual 1099 vendor review. The name and TIN we have
on file came back as a mismatch on the IRS TIN check, so every Ourco invoice, including INV-74507
and INV-74509, is on a vendor-level hold until we receive a fresh W-9.

Could someone sign and date a current W-9 and email it to me? Please use the exact legal name
that appears on your invoices.

Thank you,
Terrence Vail
Accounts Payable Lead
Brookfield Millwork Corp.
1180 Industrial Pkwy, Erie, PA 16509
814-555-0127""" + "\n\n" + DISCLAIMER_US,
   ["invoice_request"],
   bill=("second", [("INV-74507", "$2,318.00", "Feb 20, 2026"), ("INV-74509", "$947.50", "Feb 27, 2026")], "Terrence"),
   client="outlook_old", mode="plain", invoices=["INV-74507", "INV-74509"],
   notes="W-9 requested after a failed TIN match: invoice_request. The vendor hold is their "
         "compliance step, not a contest of either invoice, and no payment date is given.")

mc("d4-mxc-03", "Graham Okoro <graham.okoro@lakehead-equipment.example>", "2026-04-16 11:40 -0400",
   """Hi there,

Before I can release INV-74512, our customs broker needs two documents for the import entry on
that shipment, and I have neither:

1. a copy of the commercial invoice showing the HS codes and country of origin, and
2. the carrier's signed bill of lading / proof of delivery.

To be clear, nothing is wrong with the goods - the compressors are installed and running. This
is purely paperwork on the import side.

Thanks,
Graham Okoro
Purchasing & Payables
Lakehead Equipment Rentals Ltd.
Thunder Bay, ON""",
   ["invoice_request"],
   bill=("overdue", [("INV-74512", "$9,140.00", "Mar 31, 2026")], "Graham"),
   client="thunderbird", mode="plain", invoices=["INV-74512"],
   notes="Customs broker needs an invoice copy with HS codes and the signed BOL/POD; the sender "
         "says the goods arrived and work, so no not_received or documents dispute. 'Before I can "
         "release' gives no date.")

mc("d4-mxc-04", "Lorraine Pak <lpak@summitcrestdistributors.example>", "2026-05-05 08:55 -0700",
   """Hi,

Can you send us a corrected INV-74516? It charges 9.25% California sales tax ($370.00) on the
whole order, but those cartridges were bought for resale, and our resale certificate (seller's
permit 102-448817) has been on file with your credit department since 2023. Every order before
this one went through tax-free.

A revised invoice for $4,000.00 without the tax is what our AP needs to match it. I'd rather not
short-pay and make a mess of your cash application.

Thanks,
Lorraine Pak
Controller, Summit Crest Distributors""",
   ["dispute"], reasons=["tax"],
   bill=("overdue", [("INV-74516", "$4,370.00", "Apr 17, 2026")], "Lorraine"),
   client="gmail", invoices=["INV-74516"],
   notes="The look-alike of a copy request: a corrected invoice is asked for because sales tax was "
         "charged on resale goods, so it contests the tax (dispute/tax), not invoice_request. No "
         "payment is committed.")

mc("d4-mxc-05", "Ana Lucia Ferraro <aferraro@ferraroprinting.example>", "2026-06-09 10:30 -0500",
   """Hi,

We sent $3,615.00 by ACH this morning for INV-74520 (trace 091000019284410).

On INV-74523: Carl, your rep, told me a credit memo was being issued for the 6 cartons that were
crushed in April, and the statement you sent last month even shows CM-3318 against our account,
but I never received the credit memo itself. Could you email me a copy of CM-3318? Our auditors
won't let me apply a credit without the document.

Ana Lucia Ferraro
Ferraro Printing & Packaging
(414) 555-0161""",
   ["payment_sent", "invoice_request"],
   bill=("overdue", [("INV-74520", "$3,615.00", "May 20, 2026"), ("INV-74523", "$1,290.00", "May 27, 2026")], "Ana Lucia"),
   invoices=["INV-74520", "INV-74523"],
   notes="ACH with a trace number for one invoice (payment_sent), and a copy of an already-issued "
         "credit memo asked for on the other (invoice_request). The damage was settled by the credit, "
         "so nothing is contested; CM-3318 is not an invoice number.")

# ---- balance_inquiry, and a remittance advice that only looks like one ----------------------

mc("d4-mxc-06", "Dev Kapoor <dev@kapoorautorepair.example>", "2026-07-14 16:45 -0500",
   """hey can i just pay this one with a card? amex or visa. whats the fee if there is one

also pls email me the actual invoice, i only have the reminder and my bookkeeper wants the pdf

Dev""" + IPHONE,
   ["balance_inquiry", "invoice_request"],
   bill=("overdue", [("INV-74527", "$842.60", "Jun 26, 2026")], "Dev"),
   client="apple", mode="plain", invoices=["INV-74527"],
   notes="Phone-typed: 'can I pay by card, what's the fee' is a how-to-pay question "
         "(balance_inquiry); the PDF of the invoice is a copy request. No date, so no promise; the "
         "invoice comes from the subject.")

mc("d4-mxc-07", "Gordon Pryce <gpryce@pryceorchards.example>", "2026-11-03 10:00 -0800",
   """Hello,

We've sold the orchard business and are closing our trade accounts with suppliers by the end of
the year, so I'd like to settle Ourco in one go.

Could you give me the exact payoff figure for our account? That means the two invoices on your
statement plus anything that isn't due yet, and any finance charges you intend to add. Once I
have a single number I'll get the cheque approved by the new owners.

Gordon Pryce
Pryce Orchards
Wenatchee, WA""",
   ["balance_inquiry"],
   bill=("statement", [("INV-74531", "$3,205.00", "Oct 15, 2026"), ("INV-74534", "$1,640.00", "Nov 5, 2026")], "Gordon"),
   client="gmail", mode="plain",
   notes="A payoff figure asked for before closing the account: balance_inquiry. 'Once I have a "
         "single number I'll get the cheque approved' is conditional and undated, so no promise; "
         "the sender names no invoice numbers.")

mc("d4-mxc-08", "Halbrook Foods Payments <ap-payments@halbrookfoods.example>", "2026-08-04 05:12 -0500",
   """REMITTANCE ADVICE

Payee:            Ourco Industrial Supply, Inc. (vendor 100482)
Payment document: 2000184732
Payment method:   ACH CCD+
Value date:       08/03/2026
Amount:           USD 7,318.40

Invoice      Inv. date    Gross       Discount   Paid
INV-74538    06/12/2026   4,210.00    0.00       4,210.00
INV-74541    06/19/2026   3,108.40    0.00       3,108.40

Questions about this payment? Write to ap-payments@halbrookfoods.example and quote the payment
document number.

This message was generated by SAP. Please do not reply to it.""",
   ["payment_sent"], subject="Remittance advice 2000184732 - Ourco Industrial Supply, Inc.",
   client="other", mode="alt", invoices=["INV-74538", "INV-74541"],
   html_body="""<table cellpadding="4" cellspacing="0" style="font-family:Arial,sans-serif;font-size:13px">
<tr><td colspan="5"><b>REMITTANCE ADVICE</b></td></tr>
<tr><td>Payee:</td><td colspan="4">Ourco Industrial Supply, Inc. (vendor 100482)</td></tr>
<tr><td>Payment document:</td><td colspan="4">2000184732</td></tr>
<tr><td>Payment method:</td><td colspan="4">ACH CCD+</td></tr>
<tr><td>Value date:</td><td colspan="4">08/03/2026</td></tr>
<tr><td>Amount:</td><td colspan="4">USD 7,318.40</td></tr>
<tr style="background:#dddddd"><th>Invoice</th><th>Inv. date</th><th>Gross</th><th>Discount</th><th>Paid</th></tr>
<tr><td>INV-74538</td><td>06/12/2026</td><td>4,210.00</td><td>0.00</td><td>4,210.00</td></tr>
<tr><td>INV-74541</td><td>06/19/2026</td><td>3,108.40</td><td>0.00</td><td>3,108.40</td></tr>
</table>
<p style="font-family:Arial,sans-serif;font-size:12px">Questions about this payment? Write to
ap-payments@halbrookfoods.example and quote the payment document number.<br>
This message was generated by SAP. Please do not reply to it.</p>""",
   notes="ERP remittance advice with a value date the day before: payment_sent. It lists invoices "
         "and amounts like a balance answer but asks nothing, and a generated remittance is not an "
         "auto-reply; the questions address is boilerplate, not a contact change.")

# ---- payment_plan_request against instalments stated as fixed --------------------------------

mc("d4-mxc-09", "Colleen Marsh <colleen@marshfamilydairy.example>", "2026-09-08 13:15 -0500",
   """Hi,

I got the final notice. Milk prices went through the floor this summer and we're behind with
everyone, not just you.

Two questions. First, is the $8,715.00 on this notice everything, or is there more on our account
that I'm not seeing, like late fees or the August parts order? Second, would Ourco be willing to
take it in monthly payments through the fall? I could probably manage around $2,000 a month, but
I'm open to whatever works on your end.

Please don't put us on hold yet, we need those parts for the milking system.

Colleen Marsh
Marsh Family Dairy
Sauk Centre, MN
(320) 555-0144""",
   ["balance_inquiry", "payment_plan_request"],
   bill=("final", [("INV-74545", "$5,980.00", "Jul 10, 2026"), ("INV-74548", "$2,735.00", "Jul 24, 2026")], "Colleen"),
   client="gmail", mode="alt",
   notes="Asks whether the notice's total is everything (balance_inquiry) and whether monthly "
         "payments would be accepted (payment_plan_request). '$2,000 a month' is a proposal waiting "
         "for our consent, not a promise; no invoice number is typed by the sender.")

mc("d4-mxc-10", "Pete Yablonski <pete@yablonskiroofing.example>", "2026-10-07 07:20 -0500",
   """Morning. Would it be ok if we did half of 74552 now and the other half next month? Slow season
is hitting early this year. Let me know and I'll set it up

Pete""" + IPHONE,
   ["payment_plan_request"],
   bill=("overdue", [("INV-74552", "$3,460.00", "Sep 18, 2026")], "Pete"),
   client="apple", mode="plain", invoices=["INV-74552"],
   notes="'Would it be ok if we did half now and half next month' asks for a split: "
         "payment_plan_request. 'I'll set it up' depends on our yes, so no promise.")

mc("d4-mxc-11", "Natalie Cruz <ncruz@cruzlandscapedesign.example>", "2026-06-09 15:40 -0500",
   """Hi Karen,

Putting this morning's call in writing: we're settling INV-74556 in two payments. $3,000.00 goes
out by ACH on Friday 6/12 and the remaining $2,410.00 on Friday 6/26. You'll get a remittance
email with each one.

Thanks for working with us on this.

Natalie Cruz
Office Manager | Cruz Landscape Design""",
   ["promise_to_pay"],
   bill=("second", [("INV-74556", "$5,410.00", "Apr 30, 2026")], "Natalie"),
   invoices=["INV-74556"],
   promises=[P("3000.00", "USD", "2026-06-12", ["INV-74556"]),
             P("2410.00", "USD", "2026-06-26", ["INV-74556"])],
   notes="The look-alike of a plan request: the split was agreed on the phone and is stated as fixed, "
         "with amounts and dates, so two promises and no payment_plan_request.")

mc("d4-mxc-12", "Samir Haddad <shaddad@cedarpointclinics.example>", "2026-11-12 10:05 -0500",
   """Hello,

INV-74560 was paid last Thursday, check 30417 for $2,145.00. It should have reached your lockbox
by now.

INV-74563 is the harder one. Our state Medicaid reimbursements are running about six weeks behind
and I don't have the cash for it this month. Could you give us an extension to January 15 on that
invoice? I would rather ask now than miss a date I've given you.

Samir Haddad
Director of Finance
Cedar Point Community Clinics
Toledo, OH
419-555-0173""",
   ["payment_sent", "payment_plan_request"],
   bill=("second", [("INV-74560", "$2,145.00", "Oct 9, 2026"), ("INV-74563", "$11,880.00", "Oct 23, 2026")], "Samir"),
   invoices=["INV-74560", "INV-74563"],
   notes="A mailed check with number and amount (payment_sent) and an extension asked for on the "
         "other invoice (payment_plan_request). January 15 is the requested date, not a commitment.")

# ---- contact_change against a cc and a signature ---------------------------------------------

mc("d4-mxc-13", "Felicity Arden <farden@ardenhospitality.example>", "2026-04-29 11:30 -0400",
   """Hi,

From May 1 our payables are handled by an outside bookkeeping firm, Ledgerline. Please send
invoices, statements and reminders for all five of our hotels to
arden.payables@ledgerline-ap.example instead of to me or to the individual properties.

To get them started, could you resend INV-74567 and INV-74570 (and anything else that's open)
straight to that address? They won't pick up anything that was sent to us before the switch.

Thank you,
Felicity Arden
Group Finance Manager
Arden Hospitality Group""",
   ["contact_change", "invoice_request"],
   bill=("overdue", [("INV-74567", "$2,980.00", "Apr 10, 2026"), ("INV-74570", "$1,455.00", "Apr 17, 2026")], "Felicity"),
   invoices=["INV-74567", "INV-74570"], contact="arden.payables@ledgerline-ap.example",
   notes="A standing move of all billing mail to an outsourced bookkeeper's mailbox (contact_change, "
         "new_contact is that address) and a request to resend the two open invoices there "
         "(invoice_request).")

mc("d4-mxc-14", "Wendell Brooks <wbrooks@greystonetitle.example>", "2026-03-11 09:45 -0500",
   """Hello,

Sharon Kettle left Greystone at the end of February, so your reminders have been landing in an
unattended mailbox. Her work has moved to Priscilla Nunez; please use
pnunez@greystonetitle.example for anything billing-related from now on.

I've pulled INV-74574 out of Sharon's queue and released it for this Friday's ACH batch.

Wendell Brooks
Controller
Greystone Title & Escrow
(816) 555-0108""",
   ["contact_change", "promise_to_pay"],
   bill=("overdue", [("INV-74574", "$1,870.00", "Feb 20, 2026")], "Sharon"),
   client="outlook_old", mode="plain", invoices=["INV-74574"], contact="pnunez@greystonetitle.example",
   promises=[P(None, None, "fri", ["INV-74574"])],
   notes="The addressee has left and her successor's address is given (contact_change). 'Released it "
         "for this Friday's ACH batch' is a firm date without a figure: a promise for Friday 13 March, "
         "not a payment already sent.")

mc("d4-mxc-15", "Irene Castillo <icastillo@bayshorebuilders.example>", "2026-05-13 14:20 -0500",
   """Hi,

I've copied Mark Feeney, our controller, because anything over $10k needs his signature and he
asked to see this thread.

Before he signs, can you tell us exactly which Bayshore invoices you show as unpaid? We have
INV-74578 and INV-74581 open, but I think the retainage invoice from March is also still open on
your side, and I don't want to pay two and get a notice about a third next week.

Irene Castillo
AP / Payroll
Bayshore Builders, Inc.""",
   ["balance_inquiry"],
   bill=("second", [("INV-74578", "$12,600.00", "Apr 3, 2026"), ("INV-74581", "$4,275.00", "Apr 10, 2026")], "Irene"),
   cc="Mark Feeney <mfeeney@bayshorebuilders.example>", invoices=["INV-74578", "INV-74581"],
   notes="A controller on cc for sign-off while the sender stays our contact: no contact_change. "
         "'Which invoices you show as unpaid' is a balance_inquiry; the retainage invoice has no "
         "number, and nothing is promised.")

mc("d4-mxc-16", "Oksana Melnyk <omelnyk@riversidemachining.example>", "2026-08-19 16:10 -0400",
   """Hello,

Payment for INV-74585 was released on Monday 8/17 by ACH, $3,742.18, payment ID 55107821. Please
allow one business day for it to post.

Best regards,

Oksana Melnyk
Accounts Payable Specialist
Riverside Machining & Tool, LLC
2200 Riverside Dr., Columbus, OH 43221
Main: 614-555-0190 | Direct: 614-555-0193
Remittance questions: remit@riversidemachining.example
Invoices: invoices@riversidemachining.example""",
   ["payment_sent"],
   bill=("overdue", [("INV-74585", "$3,742.18", "Jul 31, 2026")], "Oksana"),
   invoices=["INV-74585"],
   notes="ACH released with an ID: payment_sent. The signature lists the company's standing "
         "mailboxes, but nothing asks us to write elsewhere, so no contact_change and no new_contact.")

# ---- cease_or_legal against an angry but ordinary complaint ----------------------------------

mc("d4-mxc-17", "Pemberton Recovery Partners <abc.notices@pembertonrecovery.example>", "2026-07-22 12:00 -0700",
   """NOTICE TO CREDITORS OF SOLANO CABINET WORKS, INC.

Dear Creditor:

Please be advised that on July 17, 2026, Solano Cabinet Works, Inc. (the "Assignor") made a
general assignment for the benefit of creditors to Pemberton Recovery Partners, LLC (the
"Assignee") under California law. The Assignor has ceased operations, and the Assignee has taken
possession of its assets for liquidation and distribution to creditors.

According to the Assignor's books, you hold a claim arising from invoices INV-74589 and INV-74592.
To participate in any distribution, you must return the enclosed proof of claim form to the
Assignee no later than October 30, 2026.

All collection efforts against the Assignor, its officers and its employees should cease
immediately. Please direct any communication regarding your claim to the Assignee at the address
below.

Pemberton Recovery Partners, LLC, as Assignee
1 Market Plaza, Suite 2100, San Francisco, CA 94105
(415) 555-0135 | abc.notices@pembertonrecovery.example""",
   ["cease_or_legal"],
   subject="Solano Cabinet Works, Inc. - Assignment for the Benefit of Creditors - Notice to Creditors",
   client="other", mode="plain", invoices=["INV-74589", "INV-74592"],
   attachments=[("Solano_Proof_of_Claim.pdf", "application/pdf", fake_pdf("solano abc proof of claim"))],
   notes="A California assignment for the benefit of creditors (an insolvency proceeding) with an "
         "instruction to stop collection: cease_or_legal. The assignee is not a new AP contact, and "
         "the claim form is theirs, not a document asked of us.")

mc("d4-mxc-18", "Brenda Tolliver <btolliver72@gmail.example>", "2026-10-15 20:40 -0500",
   """Your company has called my cell phone eleven times since Monday, twice before 7 am, and someone
left a voicemail with my teenage daughter. That is harassment, and I have written down every call
with the time.

I am telling you in writing: do not call me, text me or email me about this account again. If the
calls continue I will file a complaint with the state attorney general.

Brenda Tolliver
Tolliver Cleaning Services""",
   ["cease_or_legal"],
   bill=("final", [("INV-74596", "$1,318.00", "Aug 14, 2026")], "Brenda"),
   client="gmail", mode="plain", invoices=["INV-74596"],
   notes="A harassment complaint with an unconditional written demand to stop all contact: "
         "cease_or_legal. She neither disputes the invoice nor says when she will pay.")

mc("d4-mxc-19", "Doug Mancini <doug@mancinisigns.example>", "2026-12-01 09:05 -0600",
   """OK, I've now had three emails from three different people at Ourco in two weeks, and every one
of them has a different number on it. One said $2,760, one said $4,115, and the guy who called on
Friday said we were over $5k "with fees". Which is it?

Send me ONE list of what you think is open on our account with the amounts and I'll deal with it.
And whoever is on your phones needs to lose the attitude. I've been buying from you for 15 years.

Doug Mancini
Mancini Sign Co.""",
   ["balance_inquiry"],
   bill=("second", [("INV-74601", "$2,760.00", "Oct 30, 2026")], "Doug"),
   client="gmail", mode="alt", invoices=["INV-74601"],
   notes="Angry, but he asks what is actually open and for how much (balance_inquiry); there is no "
         "lawyer, no insolvency and no request to stop contacting, so no cease_or_legal, and no "
         "invoice line is contested. 'I'll deal with it' has no date.")

# ---- auto_reply against a human 'Thank you for your email' -----------------------------------

mc("d4-mxc-20", "Gabrielle Stone <gstone@norlandlogistics.example>", "2026-08-27 05:31 -0500",
   """I am away from the office on parental leave and will return on Monday, October 5, 2026. I will
not be checking email while I'm out.

For payment status questions, please call our AP line at 847-555-0150 (option 2).

Thank you,
Gabrielle Stone
Norland Logistics | Accounts Payable""",
   ["auto_reply"], subject="Automatic reply: " + ours("overdue", [("INV-74605", "", "")]),
   invoices=["INV-74605"],
   headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
   notes="Out-of-office with a return date (5 October) and a phone line, no address: auto_reply "
         "alone; the invoice is the one echoed in the subject.")

mc("d4-mxc-21", "Crestview Hotels AP Support <support@crestview-apsupport.example>", "2026-09-29 11:02 -0400",
   """##- Please type your reply above this line -##

Hello,

Your request (448213) has been received and is being reviewed by our Accounts Payable support
staff.

To add more information to this request, reply to this email.

Typical response time: 2-4 business days. You will be notified by email when the status of your
request changes.

This email is a service from Crestview Hotels AP Support.""",
   ["auto_reply"], subject="[Request #448213] Received: " + ours("second", [("INV-74609", "", "")]),
   client="other", mode="alt", invoices=["INV-74609"],
   headers={"Auto-Submitted": "auto-generated", "X-Mailer": "Zendesk Mailer"},
   notes="Helpdesk ticket receipt with a reply-above-this-line marker: auto_reply. The six-digit "
         "request number is not an invoice; the subject's INV-74609 is.")

mc("d4-mxc-22", "Harold Ng <hng@pacificrimseafood.example>", "2026-02-19 10:20 -0800",
   """Thank you for your email.

I'm the purchasing manager, so invoices aren't something I can act on; I only approve the POs.
Our payables clerk is Lily Chan (lchan@pacificrimseafood.example). Could you take me off your
reminder list and send Ourco invoices and reminders to Lily directly? I've forwarded her this one
for INV-74613.

Regards,
Harold Ng
Purchasing Manager
Pacific Rim Seafood Co.
Seattle, WA""",
   ["contact_change"],
   bill=("overdue", [("INV-74613", "$6,120.00", "Jan 30, 2026")], "Harold"),
   invoices=["INV-74613"], contact="lchan@pacificrimseafood.example",
   notes="Opens with the responder phrase 'Thank you for your email.' but a person answers and "
         "redirects us to the payables clerk with her address: contact_change, not auto_reply. "
         "'Take me off your reminder list' is a redirect, not a cease request.")

# ---- payment_sent against "we will pay" ------------------------------------------------------

mc("d4-mxc-23", "Tony Bui <tony.bui@buinailsupply.example>", "2026-11-19 08:12 -0600",
   """wired it yesterday afternoon from chase, $1,935 ref BUI1118. should be there today""" + ANDROID,
   ["payment_sent"],
   bill=("overdue", [("INV-74617", "$1,935.00", "Oct 30, 2026")], "Tony"),
   client="outlook", mode="plain", invoices=["INV-74617"],
   notes="Mobile one-liner: a wire sent yesterday with amount and reference, payment_sent; the "
         "invoice is only in the subject.")

mc("d4-mxc-24", "Megan Holt <mholt@holtcommercialflooring.example>", "2026-09-17 14:50 -0500",
   """Hi,

We will pay INV-74621 in full, $8,460.00, by wire on Monday.

Separately, and purely for our controls: our bank now requires a call-back verification on any
new vendor wire over $5,000. Can you send me the beneficiary bank name, ABA routing number and
account number you want us to use, plus a phone number I can call to verify them? Another supplier
of ours was spoofed with a fake "new bank details" email this spring, so please don't take it
personally.

Thanks,
Megan Holt
AP Manager
Holt Commercial Flooring""",
   ["promise_to_pay", "balance_inquiry"],
   bill=("overdue", [("INV-74621", "$8,460.00", "Aug 28, 2026")], "Megan"),
   invoices=["INV-74621"],
   promises=[P("8460.00", "USD", "mon", ["INV-74621"])],
   notes="'We will pay ... by wire on Monday' is a future commitment (promise, Monday 21 September), "
         "not payment_sent; the bank details asked for verification are a how-to-pay "
         "balance_inquiry.")

# ---- other -----------------------------------------------------------------------------------

case("d4-mxc-25", "Curtis Vega <cvega@vegamechanical.example>", "2026-04-08 12:35 -0600",
     """Hi,

Sorry if this is the wrong inbox, it's the only Ourco address I have. We're opening a second shop
in Lubbock this summer. Can your Amarillo branch deliver there, and would we need a new credit
application or can you just add a ship-to on our existing account?

Also, what's your price on 3M 6001 cartridges by the case?

Thanks,
Curtis Vega
Shop Manager, Vega Mechanical""",
     ["other"], subject="Second location + delivery question", client="gmail", mode="alt",
     notes="A delivery, account-setup and price enquiry sent to the AR mailbox: other. Nothing about "
           "money owed, and no invoice is named.")

case("d4-mxc-26", "Apex Fleet Supply <news@mail.apexfleetsupply.example>", "2026-05-21 06:00 -0500",
     """MAY SAVINGS FOR FLEET PROFESSIONALS

Hi there,

Brake season is here. For a limited time, take 20% off Bendix, Haldex and Meritor brake
components with code BRAKE20 at checkout.

FREE WEBINAR - Thursday, May 28: Cutting downtime with predictive maintenance. Save your seat.

Your account statement is always available in the Apex customer portal.

You are receiving this email because ar@ourco.example is subscribed to Apex Fleet Supply news.
Unsubscribe | Update preferences
Apex Fleet Supply, 4100 Commerce Blvd, Wichita, KS 67219""",
     ["other"], subject="Your May savings: 20% off brake components + a free webinar",
     client="other", mode="alt",
     headers={"Precedence": "bulk",
              "List-Unsubscribe": "<https://mail.apexfleetsupply.example/u/8f31c2>"},
     html_body="""<table width="600" cellpadding="0" cellspacing="0" style="font-family:Helvetica,Arial,sans-serif">
<tr><td style="background:#c8102e;color:#ffffff;padding:18px;font-size:20px"><b>MAY SAVINGS FOR FLEET PROFESSIONALS</b></td></tr>
<tr><td style="padding:16px;font-size:14px">
<p>Hi there,</p>
<p>Brake season is here. For a limited time, take <b>20% off</b> Bendix, Haldex and Meritor brake
components with code <b>BRAKE20</b> at checkout.</p>
<p><b>FREE WEBINAR - Thursday, May 28:</b> Cutting downtime with predictive maintenance. <a href="https://mail.apexfleetsupply.example/w/2026-05">Save your seat.</a></p>
<p>Your account statement is always available in the Apex customer portal.</p>
</td></tr>
<tr><td style="padding:16px;font-size:11px;color:#888888">You are receiving this email because ar@ourco.example is subscribed to Apex Fleet Supply news.
<a href="https://mail.apexfleetsupply.example/u/8f31c2">Unsubscribe</a> | Update preferences<br>
Apex Fleet Supply, 4100 Commerce Blvd, Wichita, KS 67219</td></tr></table>""",
     notes="A vendor's bulk newsletter that landed in the AR mailbox: other. It is automated but not "
           "an out-of-office or receipt, so not auto_reply; 'your account statement' is marketing "
           "copy, not a document request.")

mc("d4-mxc-27", "Janice Whitford <jwhitford@lakeviewschools.example>", "2026-12-09 13:10 -0600",
   """Hi - random question, and I'm only writing here because this thread is what I had handy.

Your delivery driver left a pallet jack (yellow, "Ourco Rockford" stenciled on the side) at our
loading dock on Monday. It's locked in our receiving cage for now. Who should I call to have
someone come pick it up?

Janice Whitford
Facilities Coordinator
Lakeview School District 44""",
   ["other"],
   bill=("friendly", [("INV-74630", "$1,120.00", "Dec 18, 2026")], "Janice"),
   invoices=["INV-74630"],
   notes="An unrelated logistics question typed on top of our friendly reminder: other. The invoice "
         "is in the subject only and nothing is said about paying it.")

# ==== Spanish ==================================================================================

mc("d4-mxc-28", "Adriana Solís <adriana.solis@grupoaltamira.example>", "2026-02-19 12:15 -0600",
   """Buenas tardes:

Para poder programar el pago de la factura INV-74634 necesitamos el archivo XML del CFDI además
del PDF. En su correo sólo venía el PDF y, sin el XML, nuestro sistema no nos deja registrarla.
¿Nos la podrían reenviar completa, por favor?

De paso, les agradecería que nos enviaran también su constancia de situación fiscal actualizada;
la que tenemos en el expediente es de 2024.

Saludos cordiales,
Adriana Solís
Cuentas por Pagar
Grupo Altamira Distribución, S.A. de C.V.
Monterrey, N.L.""" + "\n\n" + DISCLAIMER_ES,
   ["invoice_request"],
   bill=("overdue", [("INV-74634", "$48,300.00 MXN", "30/01/2026")], "Adriana"),
   lang="es", invoices=["INV-74634"],
   notes="Mexican Spanish: the CFDI's XML and an updated tax-status certificate are asked for; "
         "nothing on the invoice is wrong, so invoice_request, not a documents dispute. 'Para poder "
         "programar el pago' gives no date.")

mc("d4-mxc-29", "Jordi Puig <jpuig@puigvalves.example>", "2026-06-18 10:40 +0200",
   """Buenos días:

Antes de dar de alta la transferencia necesito que me confirmen dos cosas:

- el IBAN y el BIC de su cuenta en euros, porque en la factura sólo aparece una cuenta en Chicago
  con número ABA y desde aquí no podemos hacer un ACH;
- si el importe pendiente sigue siendo 6.215,00 € o si ya han descontado el abono por los portes
  que nos confirmaron en mayo.

Gracias y un saludo,
Jordi Puig i Serra
Administració / Administración
Vàlvules Puig, S.L.
Sabadell (Barcelona)""",
   ["balance_inquiry"],
   bill=("overdue", [("INV-74638", "6.215,00 €", "29/05/2026")], "Sr. Puig"),
   lang="es", client="thunderbird", mode="plain", invoices=["INV-74638"],
   notes="Catalan sender writing Spanish: bank details for a euro transfer and whether a credit "
         "already agreed has been deducted are both balance_inquiry; the freight credit was "
         "confirmed, not contested, and no transfer date is given.")

mc("d4-mxc-30", "Mariana Ocampo <mocampo@ocampoimpresores.example>", "2026-10-22 09:30 -0500",
   """Estimados señores:

Les escribo con respecto a la factura INV-74642. No estamos desconociendo la deuda: el papel llegó
en perfecto estado y se usó todo. El problema es que un cliente grande nos quedó mal con un pago y
tenemos la caja muy apretada hasta fin de año.

¿Habría alguna posibilidad de que nos permitieran cancelarla en tres cuotas mensuales de
USD 3.200, la primera a finales de noviembre? Si necesitan que firmemos un acuerdo de pago, con
gusto lo hacemos.

Quedo atenta a su respuesta.

Mariana Ocampo
Gerente Administrativa
Ocampo Impresores S.A.S.
Medellín, Colombia""",
   ["payment_plan_request"],
   bill=("final", [("INV-74642", "USD 9,600.00", "15/08/2026")], ""),
   lang="es", client="gmail", invoices=["INV-74642"],
   notes="Colombian Spanish ('cancelarla' = pay it off): three monthly instalments asked for with "
         "'¿habría alguna posibilidad?', so payment_plan_request and no promise; the debt is "
         "explicitly not contested.")

mc("d4-mxc-31", "Lucía Ferreyra <lferreyra@andesvinos.example>", "2026-05-05 11:15 -0300",
   """Hola, ¿qué tal?

Les cuento que la transferencia por la factura INV-74646 salió ayer desde el Banco Galicia,
USD 4.875,00, referencia GALIARBA-260504-0193. Les adjunto el comprobante.

Otra cosa: a partir de este mes las facturas y los avisos de cobro tienen que ir a la casilla
pagos@andesvinos.example, que la revisa todo el equipo de tesorería. Yo dejo de ver proveedores en
junio.

Saludos,
Lucía Ferreyra
Tesorería | Andes Vinos S.A.
Mendoza""",
   ["payment_sent", "contact_change"],
   bill=("overdue", [("INV-74646", "USD 4,875.00", "15/04/2026")], "Lucía"),
   lang="es", client="gmail", invoices=["INV-74646"], contact="pagos@andesvinos.example",
   attachments=[("Comprobante_transferencia_74646.pdf", "application/pdf", fake_pdf("galicia 74646"))],
   notes="Argentine Spanish: a transfer made yesterday with a bank reference and proof attached "
         "(payment_sent), and a standing new mailbox for invoices and collection notices "
         "(contact_change).")

mc("d4-mxc-32", "Carmen Ibáñez <cibanez@distribucionesibanez.example>", "2026-08-04 07:02 +0200",
   """Gracias por su mensaje.

Estaré fuera de la oficina por vacaciones hasta el lunes 24 de agosto, sin acceso al correo. A mi
regreso le responderé a la mayor brevedad.

Para asuntos urgentes de pagos pueden llamar a la centralita, 976 55 01 20.

Un saludo,
Carmen Ibáñez
Administración - Distribuciones Ibáñez, S.L.""",
   ["auto_reply"], subject="Respuesta automática: " + ours("overdue", [("INV-74650", "", "")], "es"),
   lang="es", client="outlook", mode="alt", invoices=["INV-74650"],
   headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
   notes="Spanish holiday responder with a return date (Monday 24 August): auto_reply alone; the "
         "invoice is echoed in the subject.")

mc("d4-mxc-33", "Bufete Larrañaga Abogados <despacho@larranaga-abogados.example>", "2026-11-03 13:00 +0100",
   """Muy señores míos:

Me dirijo a ustedes en nombre y representación de Construcciones Etxeberria, S.L., en relación con
las reclamaciones de pago que vienen remitiendo a mi mandante por las facturas INV-74654 e
INV-74657.

Les ruego que, en lo sucesivo, se abstengan de dirigirse directamente a mi representada o a
cualquiera de sus empleados, ya sea por correo electrónico o por teléfono. Cualquier comunicación
relativa a este asunto deberá canalizarse exclusivamente a través de este despacho.

Sin otro particular, les saluda atentamente,

Iñaki Larrañaga Uribe
Abogado, colegiado n.º 4.418 ICA Bizkaia
Bufete Larrañaga Abogados
Gran Vía 45, 3.º, 48011 Bilbao""",
   ["cease_or_legal"],
   subject="Construcciones Etxeberria, S.L. - Reclamación facturas INV-74654 e INV-74657",
   lang="es", client="outlook", mode="alt", invoices=["INV-74654", "INV-74657"],
   notes="Spanish lawyer's letter of representation telling us not to contact the client: "
         "cease_or_legal. It gives no ground for contesting the invoices, so no dispute, and the "
         "law firm is not a contact change.")

# ==== French ===================================================================================

mc("d4-mxc-34", "Sandrine Lefort <s.lefort@lefort-btp.example>", "2026-04-08 10:10 +0200",
   """Bonjour,

Notre service comptable ne retrouve pas l'original de la facture INV-74661 : pourriez-vous nous
en adresser un duplicata au format PDF ?

Par ailleurs, votre intervention sur le chantier de Villeurbanne relevant de la sous-traitance,
nous devons disposer d'une attestation de vigilance URSSAF de moins de six mois avant tout
règlement. Celle que nous avons date d'octobre dernier. Merci de nous transmettre la nouvelle en
même temps que le duplicata.

Bien cordialement,
Sandrine Lefort
Assistante comptable
Lefort BTP SARL
69100 Villeurbanne""" + "\n\n" + DISCLAIMER_FR,
   ["invoice_request"],
   bill=("overdue", [("INV-74661", "7 480,00 €", "20/03/2026")], "Mme Lefort"),
   lang="fr", invoices=["INV-74661"],
   notes="French: a duplicate of a lost invoice and a current URSSAF compliance certificate are "
         "documents asked for, invoice_request; 'avant tout règlement' sets no date.")

mc("d4-mxc-35", "Thomas Wauters <thomas.wauters@wauters-logistique.example>", "2026-06-25 14:30 +0200",
   """Bonjour,

Nous ne pouvons pas comptabiliser la facture INV-74665 en l'état. Elle ne reprend pas notre numéro
de bon de commande (BC-2026-0417), obligatoire chez nous, et elle est adressée à Wauters Logistique
SPRL alors que la société est devenue Wauters Logistique SRL, avec un nouveau numéro d'entreprise
(BE 0712.448.390), depuis le 1er janvier.

Merci de nous faire parvenir une facture rectificative, ou une note de crédit suivie d'une
nouvelle facture, avec ces deux éléments corrigés. Dès réception, elle suivra notre circuit
d'approbation habituel.

Cordialement,
Thomas Wauters
Comptabilité fournisseurs
Wauters Logistique SRL
Liège""",
   ["dispute"], reasons=["missing_po_or_docs"],
   bill=("second", [("INV-74665", "3 960,00 €", "29/05/2026")], "M. Wauters"),
   lang="fr", client="thunderbird", mode="plain", invoices=["INV-74665"],
   notes="Belgian French: a corrected invoice (facture rectificative) is demanded because the "
         "order number is missing and the legal entity is outdated, so the invoice is rejected as "
         "issued: dispute/missing_po_or_docs, not a copy request.")

mc("d4-mxc-36", "Josée Tremblay <jtremblay@erabliere-tremblay.example>", "2026-09-08 09:45 -0400",
   """Bonjour,

On a changé de logiciel comptable cet été et je ne suis plus certaine de nos chiffres. Pouvez-vous
me dire quel est le solde total de notre compte en date d'aujourd'hui, taxes incluses, et s'il
reste autre chose d'ouvert que les factures INV-74669 et INV-74672?

Tant qu'à y être, envoyez-moi donc un relevé de compte depuis janvier, ça va m'aider à tout
réconcilier.

Merci beaucoup!
Josée Tremblay
Adjointe administrative
Érablière Tremblay inc.
Saint-Georges (Québec)""",
   ["balance_inquiry", "invoice_request"],
   bill=("overdue", [("INV-74669", "2 480,00 $ CA", "14/08/2026"), ("INV-74672", "1 135,00 $ CA", "21/08/2026")], "Josée"),
   lang="fr", client="gmail", invoices=["INV-74669", "INV-74672"],
   notes="Québécois French: the total balance and what else is open (balance_inquiry), plus a "
         "statement of account since January (invoice_request).")

mc("d4-mxc-37", "Bernard Achard <b.achard@achard-paysages.example>", "2026-12-16 11:20 +0100",
   """Madame, Monsieur,

Je reviens vers vous au sujet de votre relance concernant la facture INV-74676.

Nous traversons une fin d'année difficile : deux chantiers publics nous sont réglés avec plusieurs
mois de retard, et notre trésorerie ne nous permet pas de solder cette facture avant les fêtes. Je
me permets donc de solliciter un délai de paiement jusqu'au 28 février 2027 ou, si vous le
préférez, un échéancier en trois mensualités à partir de janvier.

Je reste à votre disposition pour en discuter par téléphone au 04 75 55 01 62.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Bernard Achard
Gérant, Achard Paysages SARL
Valence""",
   ["payment_plan_request"],
   bill=("final", [("INV-74676", "11 250,00 €", "15/10/2026")], "M. Achard"),
   lang="fr", client="outlook", mode="alt", invoices=["INV-74676"],
   notes="French: a payment extension or a three-instalment schedule is 'sollicité', for us to "
         "choose: payment_plan_request; the dates are requested, not committed.")

mc("d4-mxc-38", "CSP Comptabilité Fournisseurs <ne-pas-repondre@groupe-vauclair.example>", "2026-07-06 02:14 +0200",
   """Bonjour,

Nous accusons réception de votre message, enregistré sous le numéro FRN-2026-118532.

Notre centre de services partagés traite les demandes des fournisseurs dans un délai de 5 jours
ouvrés. Vous pouvez suivre l'état de vos factures sur le portail fournisseurs du Groupe Vauclair.

Merci de ne pas répondre à ce message : cette adresse n'est pas consultée.

Groupe Vauclair - CSP Comptabilité Fournisseurs""",
   ["auto_reply"],
   subject="[FRN-2026-118532] Accusé de réception : " + ours("overdue", [("INV-74680", "", "")], "fr"),
   lang="fr", client="other", mode="plain", invoices=["INV-74680"],
   headers={"Auto-Submitted": "auto-generated"},
   notes="French shared-service ticket receipt sent at 02:14 from a no-reply address: auto_reply; "
         "the ticket number is not an invoice.")

case("d4-mxc-39", "Aurélie Favre <aurelie.favre@favre-horlogerie.example>", "2026-10-15 16:05 +0200",
     """Merci beaucoup pour la confirmation, tout est en ordre de notre côté aussi. Et merci d'avoir
réglé si vite la question des frais bancaires.

Belle fin de semaine,
Aurélie""",
     ["other"], lang="fr", client="apple", mode="plain", invoices=["INV-74684"],
     quote=Quote("apple", AR, when("2026-10-15 08:20 -0500"),
                 "Aurélie Favre <aurelie.favre@favre-horlogerie.example>",
                 "Paiement reçu – facture INV-74684",
                 "Bonjour Aurélie,\n\nNous vous confirmons la bonne réception de votre virement de "
                 "4 318,00 CHF pour la facture INV-74684. Les frais bancaires de 18,00 CHF retenus par "
                 "votre banque ont été passés en perte : la facture est soldée.\n\nCordialement,\n"
                 "Service Recouvrement\nOurco Industrial Supply, Inc.\nar@ourco.example | +1 (312) 555-0148",
                 lang="fr"),
     notes="Swiss French thank-you for our confirmation that the invoice is settled: other. The "
           "payment is ours to report (quoted), not a new claim by her; the invoice is in the subject.")

# ==== German ===================================================================================

mc("d4-mxc-40", "Melanie Schuster <melanie.schuster@kronberg-automotive.example>", "2026-03-11 08:40 +0100",
   """Guten Tag,

die Rechnung INV-74688 liegt uns nur als PDF per E-Mail vor. Seit dem 1. Januar verarbeiten wir
Lieferantenrechnungen ausschließlich über SAP Business Network (Ariba); Rechnungen, die per E-Mail
eingehen, werden bei uns nicht mehr gebucht.

Bitte stellen Sie die Rechnung mit Bezug auf die Bestellung 4510077261 über das Ariba-Portal neu
ein. Falls Ihr Lieferantenkonto dort noch nicht aktiviert ist, schicke ich Ihnen gern eine neue
Einladung.

Mit freundlichen Grüßen

Melanie Schuster
Kreditorenbuchhaltung
Kronberg Automotive Systems GmbH
Stuttgart""" + "\n\n" + DISCLAIMER_DE,
   ["invoice_request"],
   bill=("overdue", [("INV-74688", "18.640,00 €", "20.02.2026")], "Frau Schuster"),
   lang="de", invoices=["INV-74688"],
   notes="German: the invoice is to be submitted again through the Ariba portal against the order: "
         "invoice_request. The invoice itself is not faulted, and a portal is no contact change.")

mc("d4-mxc-41", "Mag. Stefan Pichler <kanzlei@pichler-recht.example>", "2026-05-13 15:30 +0200",
   """Sehr geehrte Damen und Herren,

ich gebe bekannt, dass mich die Tischlerei Gruber GmbH, Linz, mit der Wahrnehmung ihrer rechtlichen
Interessen beauftragt und bevollmächtigt hat. Ich berufe mich auf die erteilte Vollmacht.

Gegenstand sind Ihre Mahnungen zu den Rechnungen INV-74692 und INV-74695. Meine Mandantin wird
dazu gesondert Stellung nehmen. Ich ersuche Sie, jede weitere Korrespondenz in dieser Angelegenheit
ausschließlich mit meiner Kanzlei zu führen und von direkten Kontaktaufnahmen mit meiner
Mandantin, deren Geschäftsführung oder Mitarbeitern Abstand zu nehmen.

Mit freundlichen Grüßen

Mag. Stefan Pichler
Rechtsanwalt
Landstraße 21, 4020 Linz
T +43 732 55 01 77""",
   ["cease_or_legal"],
   subject="Tischlerei Gruber GmbH ./. Ourco Industrial Supply - Rechnungen INV-74692, INV-74695",
   lang="de", client="other", mode="plain", invoices=["INV-74692", "INV-74695"],
   notes="Austrian lawyer's notice of representation ('berufe mich auf die erteilte Vollmacht') "
         "with a no-direct-contact instruction: cease_or_legal. 'Wird gesondert Stellung nehmen' "
         "announces a position but contests nothing yet, so no dispute.")

mc("d4-mxc-42", "Reto Baumann <r.baumann@baumann-holzbau.example>", "2026-01-13 10:15 +0100",
   """Grüezi

Im Rahmen unseres Jahresabschlusses 2025 bitten wir Sie um eine Saldobestätigung: Welchen Saldo
weist unser Kundenkonto bei Ihnen per 31.12.2025 aus, und welche Rechnungen sind darin enthalten?

Gemäss unserer Kreditorenbuchhaltung ist einzig die Rechnung INV-74699 über CHF 5'480.00 offen.
Unsere Revisionsstelle benötigt Ihre Bestätigung bis Ende Januar.

Freundliche Grüsse
Reto Baumann
Leiter Finanzen
Baumann Holzbau AG
Frauenfeld""",
   ["balance_inquiry"],
   bill=("statement", [("INV-74699", "CHF 5'480.00", "15.12.2025")], "Herr Baumann"),
   lang="de", client="outlook", mode="alt", invoices=["INV-74699"],
   notes="Swiss German year-end balance confirmation (Saldobestätigung): what we show as owed and "
         "which invoices, so balance_inquiry. 'Bis Ende Januar' is the deadline for our answer, not "
         "a payment date.")

mc("d4-mxc-43", "Holger Brandes <h.brandes@brandes-elektro.example>", "2026-07-14 09:05 +0200",
   """Guten Morgen,

Frau Kaminski ist zum 30. Juni aus unserem Unternehmen ausgeschieden; ihr Postfach wird nur noch
bis Ende Juli weitergeleitet. Die Kreditorenbuchhaltung hat Herr Dominik Seidel übernommen.

Bitte richten Sie Rechnungen, Mahnungen und Rückfragen künftig an d.seidel@brandes-elektro.example.
Ihre Erinnerung zu INV-74703 habe ich ihm bereits weitergegeben.

Mit freundlichen Grüßen
Holger Brandes
Geschäftsführer
Brandes Elektrotechnik GmbH & Co. KG
Stuttgart-Feuerbach""" + "\n\n" + DISCLAIMER_DE,
   ["contact_change"],
   bill=("overdue", [("INV-74703", "2.315,40 €", "24.06.2026")], "Frau Kaminski"),
   lang="de", invoices=["INV-74703"], contact="d.seidel@brandes-elektro.example",
   notes="German: the addressee has left and the successor's address is given for invoices and "
         "reminders from now on: contact_change. Passing the reminder on is no promise.")

mc("d4-mxc-44", "Sabine Krüger <s.krueger@krueger-gartenbau.example>", "2026-07-06 14:30 +0200",
   """Sehr geehrte Damen und Herren,

wie heute Vormittag mit Ihrer Kollegin telefonisch besprochen, begleichen wir die Rechnung
INV-74707 in zwei Teilbeträgen: 2.000,00 € überweisen wir am 15. Juli, die restlichen 1.860,00 €
am 31. Juli. Beide Überweisungen sind in unserem Online-Banking bereits als Termin hinterlegt.

Vielen Dank für Ihr Entgegenkommen.

Freundliche Grüße
Sabine Krüger
Krüger Garten- und Landschaftsbau
Oldenburg""",
   ["promise_to_pay"],
   bill=("overdue", [("INV-74707", "3.860,00 €", "15.06.2026")], "Frau Krüger"),
   lang="de", client="thunderbird", mode="plain", invoices=["INV-74707"],
   promises=[P("2000.00", "EUR", "2026-07-15", ["INV-74707"]),
             P("1860.00", "EUR", "2026-07-31", ["INV-74707"])],
   notes="German: instalments already agreed by phone and stated as scheduled, with amounts and "
         "dates: two promises, no payment_plan_request.")

mc("d4-mxc-45", "Jana Vogt <jana.vogt@vogt-verpackung.example>", "2026-10-22 11:50 +0200",
   """Vielen Dank für Ihre E-Mail.

Die Rechnung INV-74711 haben wir am Montag überwiesen, 4.126,00 € mit dem Verwendungszweck
INV-74711. Der Betrag müsste inzwischen bei Ihnen eingegangen sein.

Damit sollte unser Konto bei Ihnen ausgeglichen sein. Könnten Sie uns zur Kontrolle bitte einen
aktuellen Kontoauszug schicken?

Viele Grüße
Jana Vogt
Buchhaltung
Vogt Verpackungen GmbH
Paderborn""",
   ["payment_sent", "invoice_request"],
   bill=("overdue", [("INV-74711", "4.126,00 €", "30.09.2026")], "Frau Vogt"),
   lang="de", invoices=["INV-74711"],
   notes="German human reply that opens like a responder ('Vielen Dank für Ihre E-Mail.'): a transfer "
         "made on Monday (payment_sent) and a current statement of account asked for "
         "(invoice_request); not auto_reply.")

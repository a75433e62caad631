"""dev4 topic: disputes, second set - what AP staff actually write when they won't pay as billed.

Nobody in an AP department writes "I dispute this invoice". They write that the rate card says
something else, that the dock counted three pallets short and the driver initialled it, that a
second copy has turned up under a new number, that the credit note promised on the phone never
arrived, that a tax-exempt school district has been charged sales tax, that printed booklets are
zero-rated, that the technician said he'd be back Wednesday and never came, that the RMA was
received three weeks ago and the full invoice is still being chased. This topic writes every
dispute reason at least four times in such words: about thirty cases in English (US, UK, a
Polish warehouse lead writing in English), five each in Spanish (Spain, Mexico), French (France,
Belgium, Québec) and German (Germany, Austria).

Twelve cases name two real problems, on one invoice or on two, and both reasons are labelled in
the order the writer raises them. Eight carry a second intent: the undisputed invoice or the
undisputed part promised with an amount and a date, a statement or a proof of delivery asked
for, a payment already wired on another invoice, a new AP mailbox. The 'other' cases contest the
terms of billing rather than the goods or the price: net-60 terms printed as net 30, a
milestone billed before acceptance, a contractual late-delivery deduction, an invoice raised on
the parent company or a sister entity.

The last six contest nothing: a damage complaint already credited and now paid net, a price rise
the writer checked and accepts, a technician who came back and finished, a 'duplicate' the
writer realises was two deliveries, a VAT rate the writer's adviser confirms, and missing pallets
that turned up late but complete.
"""

from functools import partial

from dev2_cases import billed_case, billed_reminder, reminder_subject, ANDROID, IPHONE
from dev_cases import (AR, AR_SIGNATURE, DISCLAIMER, DISCLAIMER_DE, DISCLAIMER_FR, DISCLAIMER_US, P, Quote,
                       fake_pdf, quote_text, when)

# What our quoted reminders show for each invoice, so that the figures customers write (and the
# "same amount" of a duplicate) agree with the thread they answer.
BILLED = {
    "INV-71010": "$2,186.40",
    "INV-71020": "$2,318.40", "INV-71021": "$1,872.65",
    "INV-71030": "$6,138.00",
    "INV-71040": "$667.50",
    "INV-71050": "$9,870.00",
    "INV-71060": "$3,412.80",
    "INV-71070": "$1,284.00",
    "INV-71080": "$4,106.25", "INV-71081": "$7,940.00",
    "INV-71090": "$12,615.00", "INV-71091": "$12,615.00",
    "INV-71100": "$842.00", "INV-71101": "$6,318.75",
    "INV-71110": "$2,947.30",
    "INV-71120": "£4,180.00",
    "INV-71130": "$5,413.15",
    "INV-71140": "£1,771.20",
    "INV-71150": "$2,940.00",
    "INV-71160": "$11,265.00",
    "INV-71170": "$1,386.00",
    "INV-71180": "$2,520.00",
    "INV-71190": "$3,877.40",
    "INV-71200": "$38,600.00",
    "INV-71210": "$4,365.00", "INV-71211": "$4,365.00", "INV-71212": "$1,918.50",
    "INV-71220": "$2,460.00", "INV-71221": "$1,180.00",
    "INV-71230": "$24,850.00",
    "INV-71240": "$8,612.44", "INV-71241": "$900.00",
    "INV-71250": "$3,145.00", "INV-71251": "$20,400.00",
    "INV-71260": "$3,980.00", "INV-71261": "$3,980.00",
    "INV-71270": "$48,600.00 MXN",
    "INV-71280": "2.845,60 €", "INV-71281": "2.845,60 €",
    "INV-71290": "1.775,07 €", "INV-71291": "1.860,00 €",
    "INV-71300": "2.316,42 €", "INV-71301": "4.980,00 €",
    "INV-71310": "7 344,00 €",
    "INV-71320": "5 960,00 €",
    "INV-71330": "1 284,00 €",
    "INV-71340": "1 146,60 $ CA", "INV-71341": "2 318,00 $ CA",
    "INV-71350": "48 600,00 €",
    "INV-71360": "3.918,50 €",
    "INV-71370": "11.232,00 €",
    "INV-71380": "6.245,00 €", "INV-71381": "412,30 €",
    "INV-71390": "27.846,00 €",
    "INV-71400": "$3,712.00",
    "INV-71410": "$4,240.00",
    "INV-71420": "$5,615.00",
    "INV-71430": "$2,736.00", "INV-71431": "$2,736.00",
    "INV-71440": "1.452,00 €",
    "INV-71450": "6.128,40 €",
}


_case = partial(billed_case, BILLED, 24)
_reminder = partial(billed_reminder, BILLED, 24)
_subj = reminder_subject


# ==== English: one reason each ===================================================================

# ---- pricing -------------------------------------------------------------------------------------

_case("d4-dsb-01", "Tamsin Akers <takers@greenhollowliving.example>", "2026-01-14 09:35 -0600",
      """Hi,

Looking at 71010 for the boiler service on the 6th and 7th. Your 2026 rate card (the PDF Tom
emailed us in December) has a service technician at $95.00/hr in normal hours and $142.50/hr
after 5pm and on weekends. You've billed all 14 hours at $142.50. The tech was on site 7:30 to
2:30 both days, not a minute of it after hours.

That's $665.00 over. Can somebody redo this at the standard rate?

Thanks
Tamsin Akers
Facilities Coordinator
Greenhollow Senior Living""",
      ["dispute"], rem=("overdue", ["INV-71010"], "Tamsin"), client="gmail", mode="plain",
      reasons=["pricing"], invoices=["INV-71010"],
      notes="Labour billed at the after-hours rate of the customer's rate card for day-time work: "
            "pricing. The rate card is the yardstick; 'redo this' is the remedy, not a copy request.")

_case("d4-dsb-02", "Mateo Whitcombe <ap@ironbarkbrewing.example>", "2026-02-10 08:50 -0800",
      """Morning,

71020 ($2,318.40) is in Thursday's check run, so you'll have that one shortly.

71021 I've had to send back to purchasing. The keg washer gaskets and sanitary clamps came
through at your list price. We buy off the distributor sheet you gave us when we opened the
account, which is list less 22%, and every order before this one was billed that way. On the
$1,460.00 of parts that's $321.20.

If you can rebill 71021 at the sheet price I'll get it approved.

Thanks,
Mateo Whitcombe
Accounts Payable | Ironbark Brewing Co.
(503) 555-0119""",
      ["promise_to_pay", "dispute"], rem=("overdue", ["INV-71020", "INV-71021"], "Mateo"),
      reasons=["pricing"], invoices=["INV-71020", "INV-71021"],
      promises=[P("2318.40", "USD", "thu", ["INV-71020"])],
      notes="A firm promise with amount on one invoice ('is in Thursday's check run') and a missing "
            "distributor discount on the other: pricing. Approval after a rebill is conditional, so "
            "only the first invoice is promised.")

# ---- quantity short ------------------------------------------------------------------------------

_f_from = "Felicia Ramos <framos@tricountypws.example>"
_case("d4-dsb-03", _f_from, "2026-02-24 10:05 -0600",
      """Hello,

Forwarding our dock supervisor's note below on INV-71030.

The BOL and your invoice both show 22 pallets of the 40 lb rock salt. We unloaded and counted 19,
and your driver initialled the exception on our copy of the BOL before he left (scan attached).

Please either invoice the 19 pallets we received or tell us where the other three are. The
invoice stays on hold in our system until then.

Regards,

Felicia Ramos
Accounts Payable Specialist
Tri-County Public Works Supply
(618) 555-0147""" + "\n\n" + DISCLAIMER_US,
      ["dispute"], subject="INV-71030 - 3 pallets short (BOL 88341207)",
      quote=Quote("forward", "Luis Pena <lpena@tricountypws.example>", when("2026-02-19 14:12 -0600"),
                  _f_from, "Ourco salt load - short",
                  "Felicia,\n\nOurco load came in at 1:40. BOL says 22 plts, we got 19 off the trailer. "
                  "Counted twice with the driver standing there and he initialled it - '3 plts short' "
                  "on the BOL, our copy is in the receiving tray.\n\nLuis\nDock Supervisor, Yard 2"),
      attachments=[("BOL_88341207.pdf", "application/pdf", fake_pdf("BOL 88341207"))],
      reasons=["quantity_short"], invoices=["INV-71030"],
      notes="Pallets counted short at the dock, shortage initialled on the BOL, sent as a new mail on "
            "top of a forwarded internal note: quantity_short. The BOL number is not an invoice.")

_case("d4-dsb-04", "Sal Moretti <sal@morettistrattoria.example>", "2026-03-06 21:40 -0500",
      "hey on 71040 - billed 15 cs of the fryer oil, only 11 came in. told the driver and wrote it on "
      "his sheet. take the 4 off and ill pay it" + ANDROID,
      ["dispute"], rem=("overdue", ["INV-71040"], "Sal"), client="outlook", mode="plain",
      reasons=["quantity_short"], invoices=["INV-71040"],
      notes="Restaurant owner on a phone late at night: 11 of 15 cases delivered. 'ill pay it' once "
            "corrected is conditional and undated, so no promise.")

# ---- damaged / defective -------------------------------------------------------------------------

_case("d4-dsb-05", "Curtis Lemaire <clemaire@ridgewayagri.example>", "2026-03-19 13:15 -0500",
      """Hi AR team,

I'm the maintenance planner at our Decatur plant; AP passed me your notice on 71050.

Of the six ductile iron pump housings on that invoice, two arrived with hairline cracks running
out from the discharge flange bolt holes. We found them on a dye-penetrant check before
installing - they'd have let go under pressure. Photos and the inspection sheet are attached.
The crates were in good shape, so this looks like a casting problem rather than a shipping one.

We need two sound housings or a credit for two. Until then 71050 is on hold.

Best regards,
Curtis Lemaire
Maintenance Planner
Ridgeway Agri-Processing, Decatur IL""",
      ["dispute"], rem=("overdue", ["INV-71050"]), client="outlook", mode="alt",
      attachments=[("housing_inspection_0317.pdf", "application/pdf", fake_pdf("inspection sheet"))],
      reasons=["damaged_defective"], invoices=["INV-71050"],
      notes="Cracked castings found on incoming inspection: damaged_defective. A replacement or credit "
            "is the remedy of a quality complaint, not returns_credit.")

_case("d4-dsb-06", "Tomasz Wiśniewski <t.wisniewski@baltica-logistics.example>", "2026-03-25 08:10 +0100",
      """Good morning,

Regarding invoice 71060 (thermal transfer labels 100x150). We have big problem with this
delivery. Around 1/3 of rolls, all from lot L2291, has print defect - the black is not fix on
the label and barcode is smearing after few minutes. Scanners on our packing line are rejecting
it, we had to stop the line two times and go back to old stock.

We keep the bad rolls here for your check, 14 rolls. Please send new rolls or make correction
for this 14 rolls. Before this we cannot accept the invoice.

Best regards
Tomasz Wiśniewski
Warehouse Team Leader
Baltica Logistics Sp. z o.o., Gdynia""",
      ["dispute"], rem=("overdue", ["INV-71060"], "Tomasz"), client="thunderbird", mode="plain",
      reasons=["damaged_defective"], invoices=["INV-71060"],
      notes="Non-native English from Poland: labels from one lot whose print smears and won't scan: "
            "damaged_defective. The lot number is not an invoice.")

# ---- not received --------------------------------------------------------------------------------

_case("d4-dsb-07", "Noor Haddad <noor@haddaddentallab.example>", "2026-04-07 11:20 -0700",
      """Hi there,

Your portal has order 5530-B as "shipped" on April 1 and you've invoiced it on 71070, but
nothing has come. The tracking number on the portal has said "label created" for six days and
hasn't moved. UPS told me this morning they have never had the package.

So as far as I can tell it never left your warehouse. Can you look into it? I'm not going to pay
for parts I don't have.

Thanks,
Noor Haddad
Operations & Office Admin
Haddad Precision Dental Lab""",
      ["dispute"], rem=("overdue", ["INV-71070"], "Noor"), client="gmail", mode="html",
      reasons=["not_received"], invoices=["INV-71070"],
      notes="HTML-only mail: the order is marked shipped but the tracking never moved and nothing "
            "arrived: not_received. Asking us to look into it is part of the dispute.")

_case("d4-dsb-08", "Wendell Osei <wosei@crosswayautobody.example>", "2026-04-14 15:45 -0400",
      """Hi,

Two answers for you on the account.

71080 was paid on Friday by wire, USD 4,106.25, our reference FT2604-1177.

71081 is the 3-ton air compressor. We have never received it. Your sales rep told us on March 30
it was backordered until late April, so I don't understand why it has been invoiced already.
Please cancel or hold the invoice until it actually ships.

Kind regards,
Wendell Osei
Finance Manager
Crossway Auto Body Group""",
      ["payment_sent", "dispute"], rem=("statement", ["INV-71080", "INV-71081"], "Wendell"),
      reasons=["not_received"], invoices=["INV-71080", "INV-71081"],
      notes="A wire already sent on one invoice (remittance reference) and a backordered machine "
            "billed before it shipped on the other: payment_sent plus not_received.")

# ---- duplicate billing ---------------------------------------------------------------------------

_case("d4-dsb-09", "Margaret Tolliver <mtolliver@hollinsreed.example>", "2026-04-24 14:30 -0400",
      """Good afternoon,

In reviewing your statement we note that INV-71091 dated 10 April duplicates INV-71090 dated
27 March: same purchase order (PO 22-04418), same three line items, same quantities and the same
total. The only differences are the invoice number and the date. It appears the invoice was
re-keyed and issued a second time rather than a copy being sent.

INV-71090 is approved in our system and will follow our standard payment cycle. Please cancel
INV-71091 and confirm by return.

Yours sincerely,

Margaret Tolliver
Accounts Payable Supervisor
Hollins & Reed Contract Furniture""",
      ["dispute"], rem=("statement", ["INV-71090", "INV-71091"], "Margaret"), client="outlook_old",
      mode="plain",
      reasons=["duplicate_billing"], invoices=["INV-71090", "INV-71091"],
      notes="A second copy billed under a new number and date: duplicate_billing. 'Will follow our "
            "standard payment cycle' has no date, so no promise on the original.")

_case("d4-dsb-10", "Buck Haney <buck@haneyexcavating.example>", "2026-06-02 06:15 -0500",
      """You billed the 5/14 gravel delivery twice. once on its own ticket invoice 71100 and again as
line 6 on the may summary 71101. same ticket # 30418 on both. take line 6 off the summary and
send it again""" + IPHONE,
      ["dispute"], rem=("statement", ["INV-71100", "INV-71101"], "Buck"), client="apple", mode="plain",
      reasons=["duplicate_billing"], invoices=["INV-71100", "INV-71101"],
      notes="Excavator on a phone: one delivery ticket billed on its own invoice and again on the "
            "monthly summary: duplicate_billing. The ticket number is not an invoice; 'send it again' "
            "asks for the corrected summary, not a copy.")

# ---- missing PO or documents ---------------------------------------------------------------------

_case("d4-dsb-11", "Dee Prakash <dprakash@summitridgecabinetry.example>", "2026-05-11 10:40 -0600",
      """Hello,

Our AP system bounced 71110 back to me this morning - it doesn't carry a PO number anywhere.
Everything we buy from you has to reference an open PO or it can't be matched and paid. This one
should be PO 77-10492 (raised by Jason in maintenance on 4/28).

Please reissue with the PO in the PO field of the invoice, not just typed into the notes - the
scanner doesn't read the notes.

Thanks!
Dee Prakash
Purchasing & AP
Summit Ridge Cabinetry""",
      ["dispute"], rem=("overdue", ["INV-71110"], "Dee"), client="gmail", mode="alt",
      reasons=["missing_po_or_docs"], invoices=["INV-71110"],
      notes="Invoice rejected for carrying no PO: missing_po_or_docs. The writer supplies the PO; "
            "the reissue is the remedy, nothing is asked for.")

_case("d4-dsb-12", "Harriet Kwan <harriet.kwan@eastfieldfacilities.example>", "2026-05-27 11:05 +0100",
      """Hi,

71120 is quoting release 14 against our blanket PO 5500-221. Release 14 covered the March
deliveries and was closed out at month end; the April deliveries on this invoice were called off
under release 17. AP can't post an invoice to a closed release, so please correct the release
number and resend.

While you're at it, could you send me a full statement of our account? I suspect a couple of
other invoices carry the old release too and I'd like to catch them all at once.

Many thanks,
Harriet Kwan
Procurement Administrator
Eastfield Hospital Facilities Services""" + "\n\n" + DISCLAIMER,
      ["dispute", "invoice_request"], rem=("overdue", ["INV-71120"], "Harriet"), client="outlook",
      mode="alt",
      reasons=["missing_po_or_docs"], invoices=["INV-71120"],
      notes="A closed blanket-PO release quoted instead of the current one: missing_po_or_docs; plus a "
            "separate request for a statement of account: invoice_request.")

# ---- tax -----------------------------------------------------------------------------------------

_case("d4-dsb-13", "Gloria Benavides <gbenavides@brazosbendisd.example>", "2026-06-03 08:25 -0500",
      """Good morning,

Invoice INV-71130 includes Texas sales tax of $412.55. Brazos Bend Independent School District is
a political subdivision of the State of Texas and is exempt from sales and use tax. Our Texas
Sales and Use Tax Exemption Certification (Form 01-339) was provided to your credit department
on August 18, 2025 and should be on our customer file.

Please issue a revised invoice without the tax. The district cannot pay tax it is not required
to pay, and the invoice will remain on hold until we receive the revision.

Respectfully,

Gloria Benavides
Accounts Payable Clerk III
Brazos Bend ISD - Business Office""" + "\n\n" + DISCLAIMER_US,
      ["dispute"], rem=("overdue", ["INV-71130"], "Gloria"), client="outlook", mode="alt",
      reasons=["tax"], invoices=["INV-71130"],
      notes="Sales tax charged to a tax-exempt school district with a certificate on file: tax.")

_case("d4-dsb-14", "Priya Chandrasekar <p.chandrasekar@marlowe-construction.example>",
      "2026-06-11 15:50 +0100",
      """Hello,

Could you take another look at the VAT on 71140, please? You've charged standard rate on the
whole invoice, but most of it is the 2,000 printed site induction booklets, and printed booklets
are zero-rated. VAT should only be on the laminated wall signs and the delivery (£318.00 of the
£1,476.00 net). By my maths that's £231.60 of VAT too much.

A corrected invoice would be great - HMRC won't let us reclaim VAT that shouldn't have been
charged, so our finance controller won't pass it as it is.

Many thanks,
Priya Chandrasekar
Finance Assistant
Marlowe Construction Group Ltd""" + "\n\n" + DISCLAIMER,
      ["dispute"], rem=("overdue", ["INV-71140"], "Priya"), client="outlook", mode="alt",
      reasons=["tax"], invoices=["INV-71140"],
      notes="UK: standard-rate VAT charged on zero-rated printed matter (20% of £1,158.00 = £231.60): "
            "tax, said as a polite 'take another look'.")

# ---- returns / credit ----------------------------------------------------------------------------

_j_from = "Jo-Anne Pruitt <joanne@clearwaterjanitorial.example>"
_j_subj = "Re: " + _subj("second", ["INV-71150"])
_case("d4-dsb-15", _j_from, "2026-06-23 16:20 -0500",
      """Hi,

Another reminder for 71150, and I'm starting to wonder if anyone reads my replies.

On May 29 I was on the phone with Marcy in your credit department about the 30 unopened cases of
floor finish we sent back with your driver. She told me she'd raise a credit note for them that
afternoon and email it to me. It's now the 23rd of June. No credit note, and your reminder still
shows the full amount.

Please get the credit issued and send me the corrected balance.

Jo-Anne Pruitt
Office Manager
Clearwater Janitorial Services""",
      ["dispute"], subject=_j_subj, client="gmail", mode="alt",
      quote=Quote("gmail", AR, when("2026-06-22 07:40 -0500"), _j_from, _j_subj,
                  "Hello Jo-Anne,\n\nWe are following up again on INV-71150, which remains unpaid. "
                  "Please let us know when payment will be made.\n\n" + AR_SIGNATURE,
                  extra=quote_text(Quote("gmail", _j_from, when("2026-06-09 12:02 -0500"), AR, _j_subj,
                                         "Hi, see my call with Marcy on 5/29 - credit for the returned "
                                         "cases is supposed to be on its way.\n\nJo-Anne",
                                         extra=quote_text(_reminder("second", ["INV-71150"], "Jo-Anne",
                                                                    "2026-06-08 07:35 -0500", _j_from,
                                                                    style="gmail"))))),
      reasons=["returns_credit"], invoices=["INV-71150"],
      notes="A credit note promised on a phone call for returned stock that never showed up, on top of "
            "a three-deep thread: returns_credit. Only the new text counts.")

_case("d4-dsb-16", "Sunita Rao <srao@kestrelautomation.example>", "2026-07-01 09:55 -0400",
      """Hello,

Regarding INV-71160: the three servo drives were returned on RMA 60215 (UPS Ground, delivered to
your Joliet returns dock on June 9). Your RMA confirmation said the credit would be applied
within 10 business days. It hasn't been, and the invoice is still being chased in full.

Please apply the credit for the three drives and let us know the remaining balance.

Also - I'm moving over to treasury as of next week. From now on please send anything about
payables to our AP team at ap.invoices@kestrelautomation.example and they'll pick it up.

Thanks,
Sunita Rao
Senior Accountant
Kestrel Automation Inc.""",
      ["dispute", "contact_change"], rem=("overdue", ["INV-71160"], "Sunita"), client="outlook",
      mode="alt",
      reasons=["returns_credit"], invoices=["INV-71160"], contact="ap.invoices@kestrelautomation.example",
      notes="Goods sent back with an RMA and the credit not applied: returns_credit; plus the writer "
            "hands AP mail to a team mailbox: contact_change. The RMA number is not an invoice.")

# ---- service issue -------------------------------------------------------------------------------

_case("d4-dsb-17", "Lamar Jefferson <ljefferson@magnoliatablecatering.example>", "2026-07-08 10:30 -0500",
      """Hi,

We've been billed for a completed repair on 71170 and the repair was never completed.

Your technician came out on June 29 for the walk-in freezer at our commissary kitchen. He found a
failed compressor contactor, said he didn't have one on the van and would be back Wednesday the
1st to fit it. Nobody came back. I've called your service desk twice and got voicemail both
times. We're running on the backup freezer and throwing out product.

The invoice shows the full repair including the part. Please hold it until someone finishes the
job. I'll approve the trip charge and diagnosis once the freezer is working.

Lamar Jefferson
Kitchen Operations Manager
Magnolia Table Catering""",
      ["dispute"], rem=("overdue", ["INV-71170"], "Lamar"), client="outlook", mode="alt",
      reasons=["service_issue"], invoices=["INV-71170"],
      notes="A technician who diagnosed the fault and never came back to finish, billed as a completed "
            "repair: service_issue. Approving part of it later is conditional.")

_case("d4-dsb-18", "Rick Szabo <rszabo@northgatecoldchain.example>", "2026-07-16 13:10 -0500",
      """Hi -

71180 is the Q2 planned maintenance on our forklifts. The contract is PM on all six trucks every
quarter. Your tech was here one afternoon, did trucks 1 through 4 and left. Trucks 5 and 6 (the
two Crown reach trucks) weren't touched - their service checklists are blank and the hour meters
haven't been logged since March.

We're billed for six. Either send him back to finish or bill us for four.

Rick Szabo
Warehouse Manager
Northgate Cold Chain""",
      ["dispute"], rem=("overdue", ["INV-71180"], "Rick"), client="outlook_old", mode="plain",
      reasons=["service_issue"], invoices=["INV-71180"],
      notes="Contracted maintenance performed on four of six trucks but billed for six: a service not "
            "performed is service_issue, not quantity_short of goods.")

# ---- other ---------------------------------------------------------------------------------------

_case("d4-dsb-19", "Beatriz Molloy <bmolloy@westbrookpharmacy.example>", "2026-07-20 11:45 -0400",
      """Hello,

I think your system has the wrong terms for us. Our supply agreement (section 4.1) is net 60 from
receipt of invoice. 71190 reached us on June 12, so it isn't due until August 11, yet the invoice
is printed net 30 and we're now getting overdue notices on it.

Please correct the terms on this invoice and on our account so the reminders stop.

Regards,
Beatriz Molloy
AP Team Lead
Westbrook Pharmacy Group""",
      ["dispute"], rem=("overdue", ["INV-71190"], "Beatriz"), client="outlook", mode="alt",
      reasons=["other"], invoices=["INV-71190"],
      notes="The invoice's payment terms and due date contested against the agreement: nothing about "
            "price, goods, tax or PO, so other. Stating when it 'is due' commits to no payment.")

_case("d4-dsb-20", "Anders Holm <aholm@lakeviewpackaging.example>", "2026-08-04 09:20 -0500",
      """Hi,

INV-71200 bills 40% of the conveyor upgrade ($38,600.00). Under the payment schedule in the SOW
(section 7), that 40% becomes billable on signed factory acceptance. The FAT is booked for
August 19 at your Rockford shop and hasn't happened yet, so nothing beyond the 30% deposit is
due at this point.

Please withdraw 71200 and reissue it once we've signed the FAT report.

Best,
Anders Holm
Project Controls
Lakeview Packaging Corp.""",
      ["dispute"], rem=("overdue", ["INV-71200"], "Anders"), client="outlook", mode="plain",
      reasons=["other"], invoices=["INV-71200"],
      notes="A milestone invoice raised before the milestone (factory acceptance) was reached: the "
            "timing of billing under the SOW is contested, so other.")

# ==== English: two problems ======================================================================

_case("d4-dsb-21", "Marisa Lozano <marisa@lozanolandscapesupply.example>", "2026-08-13 17:05 -0700",
      """Went through the statement you sent:

71210 - fine
71211 - this is 71210 again. PO, job and $ all match, only the number's different. please void it
71212 - we never got this order. nothing checked in, no packing slip, nobody here signed for it

Marisa
Lozano Landscape Supply""",
      ["dispute"], rem=("statement", ["INV-71210", "INV-71211", "INV-71212"], "Marisa"), client="gmail",
      mode="plain",
      reasons=["duplicate_billing", "not_received"], invoices=["INV-71210", "INV-71211", "INV-71212"],
      notes="Statement walked line by line: one fine, one a re-bill of it under a new number "
            "(duplicate_billing), one never delivered (not_received). 'Fine' promises nothing.")

_case("d4-dsb-22", "Eleanor Voss <evoss@brightpathlearning.example>", "2026-08-19 14:40 -0400",
      """Hello,

Two problems on our account, please:

1. INV-71220 - of the 10 LED troffer panels delivered on 8/6, three flicker constantly as soon as
   they're powered. Our electrician swapped the drivers and the wiring and it's the panels.
   They're boxed up ready for collection.
2. INV-71221 - we sent back the 2x2 panels that were ordered in the wrong size in July (your
   RMA 58817, collected 7/21). The credit still hasn't come through and you're chasing the full
   invoice.

Could you arrange replacements for the three faulty panels and issue the credit on 71221?

Kind regards,
Eleanor Voss
Facilities Administrator
Brightpath Learning Centres""",
      ["dispute"], rem=("overdue", ["INV-71220", "INV-71221"], "Eleanor"), client="outlook", mode="html",
      reasons=["damaged_defective", "returns_credit"], invoices=["INV-71220", "INV-71221"],
      notes="HTML numbered list: faulty panels on one invoice (damaged_defective), a return collected "
            "on an RMA and never credited on the other (returns_credit).")

_case("d4-dsb-23", "Carmen Alvarado <calvarado@sierravistadist.example>", "2026-09-09 12:25 -0700",
      """Hi,

Re INV-71230 (three hydraulic dock levelers, supply and install at our Fontana DC).

The equipment is fine and we'll pay that portion, $18,460.00, by ACH on September 30.

The installation portion we're holding, for two reasons:
- Door 3 isn't finished. The crew set the pit frame and the leveler, then left without hooking
  up the hydraulic power unit or the controls. It's been two weeks and the door is still out of
  service.
- The labour is billed at $142/hr. Your quote (Q-26-0415) was $98/hr straight time, and the crew
  only worked normal day shifts.

Once door 3 is done and the labour is rebilled at the quoted rate, we'll pay the balance.

Thanks,
Carmen Alvarado
Accounts Payable Manager
Sierra Vista Distribution""",
      ["promise_to_pay", "dispute"], rem=("overdue", ["INV-71230"], "Carmen"), client="outlook",
      mode="alt",
      reasons=["service_issue", "pricing"], invoices=["INV-71230"],
      promises=[P("18460.00", "USD", "2026-09-30", ["INV-71230"])],
      notes="One invoice: the undisputed equipment part promised with amount and date; the install "
            "held for an unfinished door (service_issue) and labour above the quoted rate (pricing). "
            "The balance after a fix is conditional.")

_case("d4-dsb-24", "Greg Halvorsen <ghalvorsen@halvorsenprecision.example>", "2026-09-17 16:35 -0500",
      """Hi,

A couple of things before I can release these:

71240 - you've charged sales tax on the replacement spindle motors. They're production machinery
parts for our CNC line and we buy them under the manufacturing exemption. Our certificate went to
your credit team last year, and none of your other invoices have tax on them.

71241 - billed 48 bags of the 50 lb floor absorbent. Receiving checked in 40 (two pallets of 20).
The packing list also says 48, so I think a partial pallet never got loaded.

Please send corrected invoices for both.

Greg Halvorsen
Controller
Halvorsen Precision Machining""",
      ["dispute"], rem=("statement", ["INV-71240", "INV-71241"], "Greg"), client="thunderbird",
      mode="alt",
      reasons=["tax", "quantity_short"], invoices=["INV-71240", "INV-71241"],
      notes="Sales tax on exempt production parts (tax) on one invoice, 40 of 48 bags received "
            "(quantity_short) on the other, in that order.")

_case("d4-dsb-25", "Ngozi Adeyemi <ap@clarionfm.example>", "2026-09-29 08:55 -0400",
      """Good morning,

Please note the following on the two open invoices.

INV-71250: no purchase order number appears on the invoice. Our supplier terms require a valid
Clarion PO on every invoice; this order was placed under PO CL-330917. Please reissue quoting it.

INV-71251: the stainless handrail kits were contracted for delivery by 14 August and arrived on
4 September. Clause 11 of our purchase terms provides for a late-delivery deduction of 1% per
week, capped at 5%. We will be applying a 3% deduction ($612.00) against this invoice and ask you
to issue a credit note for that amount.

Regards,
Ngozi Adeyemi
Accounts Payable
Clarion Facilities Management""",
      ["dispute"], rem=("overdue", ["INV-71250", "INV-71251"], "Ngozi"), client="outlook", mode="alt",
      reasons=["missing_po_or_docs", "other"], invoices=["INV-71250", "INV-71251"],
      notes="No PO on one invoice (missing_po_or_docs); a contractual late-delivery deduction on the "
            "other: the goods came and the price is not contested, so other. Applying a deduction "
            "names no payment date.")

_case("d4-dsb-26", "Kayla Brennan <kayla@brennantile.example>", "2026-10-09 10:10 -0500",
      """Hi,

I think something went wrong when your team processed our return.

We bought 40 pails of the epoxy grout on 71260 and sent 12 unopened pails back on RMA 20-8812 at
the start of September. There's still no credit for those 12.

What we got instead is a second invoice, 71261, for the whole order again - the 40 pails, the PO
and the amount are all identical to 71260.

So: we still need the credit for the 12 pails against 71260, and 71261 needs cancelling. We'll
pay for the 28 we kept once that's straightened out.

Thanks,
Kayla Brennan
Office Manager
Brennan Tile & Stone""",
      ["dispute"], rem=("statement", ["INV-71260", "INV-71261"], "Kayla"), client="gmail", mode="alt",
      reasons=["returns_credit", "duplicate_billing"], invoices=["INV-71260", "INV-71261"],
      notes="Returned pails never credited (returns_credit), then the whole order billed again under "
            "a new number (duplicate_billing). Paying for the rest 'once straightened out' is "
            "conditional.")

# ==== Spanish ====================================================================================

_case("d4-dsb-27", "Rodrigo Treviño <rtrevino@matacabadosnorte.example>", "2026-10-14 09:40 -0600",
      """Buen día,

Con respecto a la factura 71270: vienen facturadas 20 tarimas de sacos de cemento blanco, pero al
descargar en nuestro CEDIS de Apodaca contamos solamente 18. El operador estuvo presente y quedó
anotado en la carta porte ("faltan 2 tarimas"); le anexo la copia.

Le pido de favor que nos emitan una nota de crédito por las 2 tarimas o una factura corregida por
18, ya que así como está no la podemos dar de alta para pago.

Saludos cordiales,
Ing. Rodrigo Treviño
Compras y Cuentas por Pagar
Materiales y Acabados del Norte, S.A. de C.V.
Monterrey, N.L.""",
      ["dispute"], rem=("overdue", ["INV-71270"], "Rodrigo"), lang="es", client="outlook", mode="alt",
      attachments=[("carta_porte_71270.pdf", "application/pdf", fake_pdf("carta porte"))],
      reasons=["quantity_short"], invoices=["INV-71270"],
      notes="Mexico: 18 of 20 pallets unloaded, the shortage noted on the carta porte: quantity_short. "
            "'No la podemos dar de alta' is the hold, not a payment plan.")

_case("d4-dsb-28", "Nerea Etxeberria <administracion@talleresetxeberria.example>", "2026-10-19 12:15 +0200",
      """Hola,

Revisando el extracto que nos mandáis veo que la factura 71281 es la misma que la 71280: mismo
albarán (A-26/1187), mismas líneas y mismo importe; solo cambian el número y la fecha. Supongo que
se ha emitido dos veces por error.

La 71280 ya la tenemos contabilizada. ¿Podéis anular la 71281 con una rectificativa y
confirmármelo?

Un saludo,
Nerea Etxeberria
Administración
Talleres Etxeberria, S.L. (Eibar)""",
      ["dispute"], rem=("statement", ["INV-71280", "INV-71281"], "Nerea"), lang="es", client="gmail",
      mode="plain",
      reasons=["duplicate_billing"], invoices=["INV-71280", "INV-71281"],
      notes="Spain: the same delivery note billed twice under two numbers: duplicate_billing. "
            "'Ya la tenemos contabilizada' means booked, not paid, so no payment_sent.")

_case("d4-dsb-29", "Jordi Puig <jpuig@hidraulicavalles.example>", "2026-11-04 10:05 +0100",
      """Buenos días:

Os escribo por las dos facturas pendientes.

La 71291 (1.860,00 €) está aprobada y sale por transferencia el viernes 13.

La 71290, en cambio, no la podemos pagar tal cual. Por un lado, las electroválvulas están
facturadas a 48,90 € cuando la oferta OF-2611 que aceptamos en septiembre las ponía a 42,50 €.
Por otro, de las 30 que llegaron, 4 venían con la carcasa rajada y el conector partido; las
tenemos apartadas, con fotos, por si queréis verlas.

Necesitamos una rectificativa con el precio de la oferta y el abono o la reposición de las 4
rotas.

Gracias y un saludo,
Jordi Puig i Serra
Departament de Compres
Hidràulica Vallès, S.A. - Sabadell""",
      ["promise_to_pay", "dispute"], rem=("overdue", ["INV-71290", "INV-71291"], "Jordi"), lang="es",
      client="outlook", mode="alt",
      reasons=["pricing", "damaged_defective"], invoices=["INV-71290", "INV-71291"],
      promises=[P("1860.00", "EUR", "2026-11-13", ["INV-71291"])],
      notes="Catalan buyer: one invoice promised with amount and date ('el viernes 13'); the other "
            "billed above the accepted offer (pricing) with four units arriving broken "
            "(damaged_defective).")

_case("d4-dsb-30", "Lucía Benavente <lucia@ferreteriabenavente.example>", "2026-11-18 17:30 +0100",
      """Hola, buenas tardes:

Os comento dos cosas de las facturas que nos reclamáis.

En la 71300 nos habéis aplicado el recargo de equivalencia (5,2 %) además del IVA. Somos una
sociedad limitada en régimen general, no estamos en recargo de equivalencia, así que ese importe
no corresponde. Necesitamos una rectificativa solo con el IVA.

Y la 71301, que es el pedido de las estanterías metálicas, no la hemos recibido. Nos dijeron que
salía el 2 de noviembre y aquí no ha llegado nada; la agencia de transporte no nos sabe decir
dónde está.

Quedo pendiente de vuestras noticias.
Un saludo,
Lucía Benavente
Ferretería Benavente, S.L.
Albacete""",
      ["dispute"], rem=("statement", ["INV-71300", "INV-71301"], "Lucía"), lang="es",
      client="thunderbird", mode="plain",
      reasons=["tax", "not_received"], invoices=["INV-71300", "INV-71301"],
      notes="Spain: the equivalence surcharge charged to a company not in that regime (tax) and an "
            "order that never arrived (not_received), in that order. The shipment date is not a "
            "payment date.")

# ==== French =====================================================================================

_case("d4-dsb-31", "Sandrine Lefort <s.lefort@hydrotech-process.example>", "2026-01-22 14:20 +0100",
      """Bonjour,

Suite à votre relance concernant la facture 71310 : sur les 24 vannes papillon DN80 livrées le
8 janvier, 6 présentent une fuite au niveau de l'axe lors de notre essai d'étanchéité en
réception (procès-verbal de contrôle joint). Elles ont été mises en quarantaine et n'ont pas été
montées.

Nous vous demandons soit leur remplacement, soit un avoir correspondant aux 6 pièces. La facture
reste bloquée dans l'attente.

Cordialement,

Sandrine Lefort
Responsable Qualité Fournisseurs
Hydrotech Process SAS - Lyon""" + "\n\n" + DISCLAIMER_FR,
      ["dispute"], rem=("overdue", ["INV-71310"], "Sandrine"), lang="fr", client="outlook", mode="alt",
      attachments=[("PV_controle_reception_71310.pdf", "application/pdf", fake_pdf("PV controle"))],
      reasons=["damaged_defective"], invoices=["INV-71310"],
      notes="France: valves failing the incoming leak test, quarantined: damaged_defective. The avoir "
            "is the remedy of a quality complaint, not returns_credit.")

_case("d4-dsb-32", "Geoffrey Vandamme <compta@labo-brabant.example>", "2026-02-18 09:15 +0100",
      """Bonjour,

Nous avons bien reçu votre rappel pour la facture 71320, mais nous n'avons jamais reçu cette
marchandise (les 4 armoires de stockage de sécurité). Personne à notre dépôt de Wavre ne trouve
trace de la livraison.

Pourriez-vous nous envoyer le bon de livraison signé ou la preuve de livraison du transporteur ?
Si quelqu'un a signé chez nous, j'aimerais savoir qui.

Merci d'avance,
Geoffrey Vandamme
Service Comptabilité
Labo Analytique Brabant SRL""",
      ["dispute", "invoice_request"], rem=("overdue", ["INV-71320"], "Geoffrey"), lang="fr",
      client="gmail", mode="plain",
      reasons=["not_received"], invoices=["INV-71320"],
      notes="Belgium: goods never received, and the signed delivery note / carrier POD asked for: "
            "not_received plus invoice_request.")

_case("d4-dsb-33", "Martine Roussel <m.roussel@transports-roussel.example>", "2026-03-09 11:00 +0100",
      """Madame, Monsieur,

Votre facture n° 71330 nous a été retournée par notre service comptabilité fournisseurs : elle ne
mentionne ni notre numéro de bon de commande, ni le code du service destinataire. Depuis le
1er janvier, toute facture sans ces deux références est rejetée automatiquement par notre circuit
de validation.

Le bon de commande concerné est le BC 2026-00418, service destinataire ATELIER-MAINT. Merci de
nous faire parvenir une facture rectifiée comportant ces mentions ; elle sera ensuite traitée
dans les délais habituels.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

Martine Roussel
Gestionnaire comptable
Transports Roussel & Fils SA - Orléans""",
      ["dispute"], rem=("overdue", ["INV-71330"]), lang="fr", client="outlook_old", mode="plain",
      charset="iso-8859-1",
      reasons=["missing_po_or_docs"], invoices=["INV-71330"],
      notes="Formal French letter in Latin-1 quoted-printable: invoice rejected for lacking the PO "
            "number and the receiving department code: missing_po_or_docs. 'Traitée dans les délais "
            "habituels' has no date.")

_case("d4-dsb-34", "Marie-Ève Gagné <comptabilite@veterinairelaurentides.example>", "2026-05-20 13:45 -0400",
      """Bonjour,

Deux choses à corriger, s'il vous plaît :

- Facture 71340 : on nous facture 12 caisses de gants de nitrile, mais il n'en est arrivé que 10.
  Le chauffeur a noté les 2 caisses manquantes sur le bon de livraison.
- Facture 71341 : il n'y a aucun numéro de bon de commande dessus. Sans numéro, notre système la
  rejette. C'est le BC 4410-23096.

Merci de nous envoyer les factures corrigées.

Bonne journée,
Marie-Ève Gagné
Comptes payables
Clinique vétérinaire des Laurentides""",
      ["dispute"], rem=("statement", ["INV-71340", "INV-71341"], "Marie-Ève"), lang="fr",
      client="outlook", mode="alt",
      reasons=["quantity_short", "missing_po_or_docs"], invoices=["INV-71340", "INV-71341"],
      notes="Québec: 10 of 12 cases arrived on one invoice (quantity_short), no PO on the other "
            "(missing_po_or_docs). Corrected invoices are the remedy, not copy requests.")

_case("d4-dsb-35", "Olivier Baste <o.baste@meridien-emballages.example>", "2026-06-17 10:30 +0200",
      """Bonjour,

Nous ne pouvons pas valider la facture 71350 en l'état, pour deux raisons.

D'abord, la mise en service de la presse n'est pas terminée : votre technicien est reparti le
10 juin après l'installation mécanique, sans faire les réglages ni la formation des opérateurs
prévus au devis. Nous attendons toujours une date pour son retour.

Ensuite, la facture est établie au nom de notre maison mère, Groupe Méridien Industries, alors
que la commande a été passée par Méridien Emballages SAS, qui a son propre SIRET et sa propre
comptabilité. Elle devra être rééditée au bon nom.

Bien cordialement,
Olivier Baste
Contrôleur de gestion
Méridien Emballages SAS - Toulouse""",
      ["dispute"], rem=("overdue", ["INV-71350"], "Olivier"), lang="fr", client="outlook", mode="html",
      reasons=["service_issue", "other"], invoices=["INV-71350"],
      notes="France, one invoice: commissioning and operator training not done (service_issue), and "
            "the invoice raised on the parent company instead of the ordering subsidiary (other).")

# ==== German =====================================================================================

_case("d4-dsb-36", "Sabine Krüger <s.krueger@hartmann-gruppe.example>", "2026-04-30 09:25 +0200",
      """Guten Tag,

die Rechnung 71360 ist an die Hartmann Holding GmbH adressiert. Bestellt und geliefert wurde aber
an die Hartmann Antriebstechnik GmbH & Co. KG in Bielefeld – eine eigene Gesellschaft mit eigener
USt-IdNr. und eigener Kreditorenbuchhaltung. Die Holding hat kein Lieferantenkonto bei Ihnen und
kann die Rechnung nicht buchen.

Bitte stornieren Sie die Rechnung und stellen Sie sie neu auf die Antriebstechnik aus (Anschrift
wie auf der Bestellung).

Mit freundlichen Grüßen

Sabine Krüger
Finanzbuchhaltung
Hartmann Gruppe""" + "\n\n" + DISCLAIMER_DE,
      ["dispute"], rem=("overdue", ["INV-71360"], "Frau Krüger"), lang="de", client="outlook",
      mode="alt",
      reasons=["other"], invoices=["INV-71360"],
      notes="Germany: invoice addressed to the holding company instead of the ordering sister "
            "company: wrong legal entity, other.")

_case("d4-dsb-37", "Markus Hofbauer <m.hofbauer@hofbauer-haustechnik.example>", "2026-07-31 08:05 +0200",
      """Grüß Gott,

bei der Rechnung 71370 stimmt der Preis nicht. Für die Edelstahl-Rohrschellen haben wir mit Herrn
Berger ein Projektangebot (AN-26-0733) zu 3,15 € pro Stück vereinbart, verrechnet wurden aber
3,90 € – offenbar der normale Listenpreis. Bei 2.400 Stück sind das 1.800,00 € zu viel.

Bitte um eine Gutschrift über die Differenz oder eine korrigierte Rechnung, dann geben wir sie
frei.

Liebe Grüße aus Linz
Markus Hofbauer
Einkauf
Hofbauer Haustechnik GmbH""",
      ["dispute"], rem=("overdue", ["INV-71370"], "Herr Hofbauer"), lang="de", client="gmail",
      mode="alt",
      reasons=["pricing"], invoices=["INV-71370"],
      notes="Austria: list price billed instead of the agreed project price: pricing. 'Dann geben wir "
            "sie frei' is conditional and undated.")

_case("d4-dsb-38", "Jana Weber <j.weber@weber-foerdertechnik.example>", "2026-09-23 15:10 +0200",
      """Hallo zusammen,

zu Ihrer Mahnung zwei Punkte:

1. Rechnung 71380: Die 5 Frequenzumrichter haben wir bereits am 27.08. mit RMA 77104
   zurückgeschickt, der Wareneingang wurde uns von Ihrem Lager bestätigt. Die Gutschrift steht
   aber immer noch aus.
2. Rechnung 71381: Hier ist ein Mindermengenzuschlag von 45,00 EUR berechnet. Der ist mit uns
   nicht vereinbart, laut Rahmenvertrag gibt es keine Mindermengenzuschläge.

Außerdem: Ich wechsle zum 1. Oktober in den Einkauf. Ab dann schicken Sie Rechnungen und
Mahnungen bitte an kreditoren@weber-foerdertechnik.example.

Viele Grüße
Jana Weber
Buchhaltung
Weber Fördertechnik GmbH""",
      ["dispute", "contact_change"], rem=("statement", ["INV-71380", "INV-71381"], "Frau Weber"),
      lang="de", client="thunderbird", mode="plain", charset="iso-8859-1",
      reasons=["returns_credit", "pricing"], invoices=["INV-71380", "INV-71381"],
      contact="kreditoren@weber-foerdertechnik.example",
      notes="Latin-1 German: goods returned on an RMA with the credit still outstanding "
            "(returns_credit), a small-order surcharge the framework contract excludes (pricing), and "
            "a new AP mailbox from October: contact_change.")

_case("d4-dsb-39", "Dieter Lohmann <d.lohmann@lohmann-bau.example>", "2026-11-26 11:40 +0100",
      """Sehr geehrte Damen und Herren,

die Rechnung 71390 über die Montage der Hallenkrananlage können wir derzeit nicht begleichen.

Die Montage ist nicht abgeschlossen: Die Abnahme ist am 18.11. gescheitert, weil die Endschalter
der Katze nicht eingestellt sind und die Funkfernsteuerung fehlt. Das Abnahmeprotokoll liegt
Ihrem Monteur vor.

Zudem weist die Rechnung 19 % Umsatzsteuer aus. Es handelt sich um eine Bauleistung an ein
Bauunternehmen, für die nach § 13b UStG wir als Leistungsempfänger die Steuer schulden. Die
Rechnung darf daher keine Umsatzsteuer enthalten und muss den Hinweis
„Steuerschuldnerschaft des Leistungsempfängers" tragen.

Wir bitten um Fertigstellung der Montage und um eine korrigierte Rechnung.

Mit freundlichen Grüßen
i. A. Dieter Lohmann
Kaufmännische Leitung
Lohmann Hoch- und Tiefbau GmbH & Co. KG""",
      ["dispute"], rem=("second", ["INV-71390"]), lang="de", client="outlook_old", mode="plain",
      reasons=["service_issue", "tax"], invoices=["INV-71390"],
      notes="Formal German, one invoice: installation failed acceptance and is unfinished "
            "(service_issue), and VAT shown where the §13b reverse charge applies (tax).")

# ==== Look-alikes that contest nothing ===========================================================

_case("d4-dsb-40", "Bree Whitlock <bree@whitlockreno.example>", "2026-10-20 11:50 -0500",
      """Hi,

Got credit memo CM-20466 for the two cracked shower panels this morning - thanks for turning that
round so fast. So 71400 less the credit is $3,248.00, and that's going out by ACH this Thursday.

Cheers,
Bree Whitlock
Whitlock Renovations""",
      ["promise_to_pay"], rem=("overdue", ["INV-71400"], "Bree"), client="gmail", mode="alt",
      invoices=["INV-71400"], promises=[P("3248.00", "USD", "thu", ["INV-71400"])],
      notes="Damage already credited and thanked for; the net amount promised for Thursday. Nothing "
            "is contested any more, so no dispute.")

_case("d4-dsb-41", "Rhonda Kesler <rkesler@valleyfiresafety.example>", "2026-11-10 09:10 -0600",
      """Hello,

Quick note on 71410 so nobody thinks we're sitting on it: I saw the hose reels came in at $212
each against $189 last quarter and asked our buyer about it. He signed off on your new price list
in October, so the price is right and there's nothing to fix.

It's scheduled for next Tuesday's check run.

Thanks,
Rhonda Kesler
AP Clerk, Valley Fire & Safety""",
      ["promise_to_pay"], rem=("overdue", ["INV-71410"], "Rhonda"), client="outlook", mode="plain",
      invoices=["INV-71410"], promises=[P(None, None, "next tue", ["INV-71410"])],
      notes="A price rise noticed, checked and accepted ('the price is right'): no dispute. 'Next "
            "Tuesday' said on a Tuesday is the Tuesday of the following week.")

_case("d4-dsb-42", "Andre Fontaine <afontaine@elmcourtcondos.example>", "2026-12-01 14:05 -0500",
      """Hi,

Just to close the loop on 71420: your tech came back on Monday and finished commissioning the
boiler, and it's been running fine since. So we're all good on that - thanks for sending him back.

Before I pay, can you tell me what else is open on our account? I'd rather clear everything in
one go than do it invoice by invoice.

Thanks,
Andre Fontaine
Building Manager
Elm Court Condominiums""",
      ["balance_inquiry"], rem=("overdue", ["INV-71420"], "Andre"), client="apple", mode="alt",
      invoices=["INV-71420"],
      notes="An unfinished job that has since been finished ('we're all good'): no dispute. Asking "
            "what else is open is a balance inquiry; 'before I pay' has no date.")

_case("d4-dsb-43", "Lorna MacIver <lmaciver@tidewaterseafood.example>", "2026-12-08 10:35 -0500",
      """Hi,

Scratch my email from last week about 71431 being a duplicate of 71430. I had the two delivery
slips stapled together - they're separate deliveries (11/18 and 11/24) with the same quantities,
which is what threw me. Sorry for the noise.

Both went out this morning in one ACH, $5,472.00 total, remittance attached.

Lorna MacIver
Accounts Payable
Tidewater Seafood Co.""",
      ["payment_sent"], rem=("second", ["INV-71430", "INV-71431"], "Lorna"), client="outlook",
      mode="alt",
      attachments=[("remittance_1208.pdf", "application/pdf", fake_pdf("remittance advice"))],
      invoices=["INV-71430", "INV-71431"],
      notes="A duplicate-billing complaint withdrawn by the writer (two real deliveries) and both "
            "invoices reported paid with remittance: payment_sent only.")

_case("d4-dsb-44", "Inés Llorente <administracion@fisiollorente.example>", "2026-12-09 13:20 +0100",
      """Hola,

Os iba a preguntar por qué la factura 71440 lleva IVA al 21 % si pensaba que el material de
ortopedia iba al 10 %, pero lo he consultado con nuestra asesoría y para este tipo de producto
(mobiliario clínico) es el 21 %, así que está bien.

La pagamos este viernes por transferencia.

Saludos,
Inés Llorente
Clínica de Fisioterapia Llorente (Valladolid)""",
      ["promise_to_pay"], rem=("overdue", ["INV-71440"], "Inés"), lang="es", client="apple",
      mode="plain",
      invoices=["INV-71440"], promises=[P(None, None, "fri", ["INV-71440"])],
      notes="A VAT-rate doubt the writer settles with her adviser ('así que está bien'): no tax "
            "dispute; a firm transfer this Friday.")

_case("d4-dsb-45", "Stefan Bauer <kreditoren@bauer-getraenke.example>", "2026-12-15 08:45 +0100",
      """Hallo,

kurze Rückmeldung zu 71450: Die zwei fehlenden Paletten sind gestern doch noch gekommen, mit
einer Woche Verspätung, aber vollständig und unbeschädigt. Damit ist die Lieferung für uns in
Ordnung.

Könnten Sie mir die Rechnung bitte noch einmal als PDF schicken? Das Original ist bei uns im
Postfach untergegangen.

Danke und Gruß
Stefan Bauer
Kreditorenbuchhaltung
Bauer Getränkevertrieb GmbH""",
      ["invoice_request"], rem=("overdue", ["INV-71450"], "Herr Bauer"), lang="de", client="outlook",
      mode="alt",
      invoices=["INV-71450"],
      notes="Missing pallets that turned up a week late but complete and undamaged: nothing "
            "contested; a copy of the invoice asked for: invoice_request.")

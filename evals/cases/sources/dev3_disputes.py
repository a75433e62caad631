"""dev3 topic: disputes written in English.

US, UK, Irish, Canadian, Australian, South African and Indian AP staff contest invoices in their
own words — "doesn't match the quote", "short-shipped", "we're exempt", "the tech never showed" —
and hardly ever say "dispute". These cases phrase every dispute reason at least twice, some name two real
problems at once, some also promise, pay, ask for a POD or change the AP address, and four only
look like complaints: a credit note received, a price query the sender settles herself, damage
already replaced, "we're looking into it". Two are forwarded internal chains (warehouse, stores).
"""

from dev2_cases import case, IPHONE, ANDROID
from dev_cases import DISCLAIMER, DISCLAIMER_US, P, fake_pdf

# ---- single reasons ------------------------------------------------------------------------

case("d3-dse-01", "Marcus Bell <mbell@bellfabrication.example>", "2026-02-17 08:22 -0500",
     """Hi Dana,

invoice 66012 doesn't match the quote. Q-20931 had the 4x8 HDPE sheets at $61.40 ea, you billed
$72.15. Can you fix and resend?

thx
Marcus""",
     ["dispute"], rem=("overdue", ["INV-66012"], "Marcus"), client="gmail", mode="plain",
     reasons=["pricing"], invoices=["INV-66012"],
     notes="Terse 'doesn't match the quote' with quoted vs billed unit price; 'fix and resend' is the "
           "dispute's remedy, not a document request.")

case("d3-dse-02", "Kylie Nguyen <accounts@coastlinehardware.example>", "2026-03-17 09:05 +1100",
     """Morning,

Re inv 66027 - this one was short-shipped. Your consignment note says 24 cartons of the
galvanised brackets, we only received 18 and the driver signed the docket for 18. Please adjust
the invoice to what was actually delivered.

Cheers,
Kylie Nguyen
Accounts Payable
Coastline Hardware Pty Ltd | Newcastle NSW
(02) 4955 0173""",
     ["dispute"], rem=("overdue", ["INV-66027"], "Kylie"), client="outlook", mode="alt",
     reasons=["quantity_short"], invoices=["INV-66027"],
     notes="Australian 'short-shipped', 18 of 24 cartons on a signed docket; AEDT offset.")

case("d3-dse-03", "Ramesh Iyer <ramesh.iyer@sriganesh-engg.example>", "2026-02-05 11:20 +0530",
     """Dear Sir/Madam,

With reference to your invoice no. 66035 dated 12.01.2026, please note that we have received only
460 nos. of M10 anchor bolts against 500 nos. billed. GRN copy is attached for your kind
reference.

Kindly issue credit note for the short quantity of 40 nos. at the earliest so that we can release
the payment.

Thanks & Regards,
Ramesh Iyer
Accounts Dept.
Sri Ganesh Engineering Works, Coimbatore
Mob: +91 98430 55217""",
     ["dispute"], rem=("overdue", ["INV-66035"], "Ramesh"), client="outlook_old", mode="plain",
     attachments=[("GRN_66035.pdf", "application/pdf", fake_pdf("GRN 66035"))],
     reasons=["quantity_short"], invoices=["INV-66035"],
     notes="Indian English 'nos.' and GRN; the remedy asked for is a credit note for the short "
           "quantity, still only quantity_short (not returns_credit). 'So that we can release the "
           "payment' is conditional.")

case("d3-dse-04", "Dave Kowalczyk <dkowalczyk@ridgeviewdairy.example>", "2026-04-21 14:10 -0400",
     """Hello,

The 6 pressure regulators on inv# 66048 are faulty. Four of them won't hold pressure past 40 psi
and our maintenance lead has tagged them out. We need working replacements - we're not paying
for parts we can't use.

Dave Kowalczyk
Purchasing / AP
Ridgeview Dairy Co-operative
Guelph, ON""",
     ["dispute"], rem=("second", ["INV-66048"], "Dave"), client="thunderbird", mode="alt",
     reasons=["damaged_defective"], invoices=["INV-66048"],
     notes="Canadian: defective parts that fail in use (no transit damage); 'inv# 66048' written bare.")

case("d3-dse-05", "Fiona Caldwell <f.caldwell@hollisandbrown.example>", "2026-03-10 10:35 +0000",
     """Good morning,

Two of the five glass display cabinets delivered on 3 March under invoice 66056 arrived with the
shelves shattered. Our goods-in team signed for them as damaged and I've attached the photos.
We've kept the other three, which are fine.

Could you please send a corrected invoice for the three undamaged cabinets only, or a credit note
for the two broken ones - whichever is easier your end.

Kind regards,

Fiona Caldwell
Purchase Ledger
Hollis & Brown Interiors Ltd
0161 555 0298""" + "\n\n" + DISCLAIMER,
     ["dispute"], rem=("overdue", ["INV-66056"], "Fiona"), client="outlook", mode="alt",
     attachments=[("cabinet_damage_photos.pdf", "application/pdf", fake_pdf("photos 66056"))],
     reasons=["damaged_defective"], invoices=["INV-66056"],
     notes="UK damage on delivery; the remedy is a corrected invoice or a credit note, still only "
           "damaged_defective (no returns_credit, no invoice_request).")

case("d3-dse-06", "Goods In <goodsin@pennine-packaging.example>", "2026-06-09 13:48 +0100",
     """Hello,

Thanks for sending the POD for invoice 66063, but it doesn't help us: it shows a signature we
don't recognise. There is nobody called "J. Marsh" at our Leeds site, the delivery isn't on our
goods-in log for that day and the 14 reels of stretch film have never turned up here.

As far as we're concerned this delivery hasn't happened. Please take it up with your carrier.

Regards,
Stuart Whitley
Goods In / Purchase Ledger
Pennine Packaging Ltd""",
     ["dispute"], rem=("second", ["INV-66063"], "Stuart"), client="outlook", mode="plain",
     reasons=["not_received"], invoices=["INV-66063"],
     notes="UK: the POD already received carries an unknown signature and the goods never arrived: "
           "not_received; the POD is not being asked for again, so no invoice_request.")

case("d3-dse-07", "Jess Moreno <jmoreno@moreno-landscape.example>", "2026-06-02 17:31 -0500",
     """pretty sure this is a rebill. we already paid this under the original number, 66031 - check
20455 cleared 5/14. same PO, same amount. pls void 66088""" + IPHONE,
     ["dispute", "payment_sent"], rem=("overdue", ["INV-66088"], "Jess"), client="apple", mode="plain",
     reasons=["duplicate_billing"], invoices=["INV-66088", "INV-66031"],
     notes="Mobile, lower-case: 'already paid under the original number' is a duplicate whose "
           "original was paid: dispute + payment_sent. The check number is not an invoice.")

case("d3-dse-08", "Bec Hollingsworth <bec@outbacktyre.example>", "2026-08-12 16:40 +1000",
     """Hi there,

Invoices 66104 and 66117 are for the same delivery - same delivery docket DN88213, same
$4,180.00. Looks like it's gone through your system twice.

Can you please cancel 66117 and send me confirmation once it's done?

Thanks
Bec
Outback Tyre & Auto | Toowoomba QLD""",
     ["dispute"], rem=("statement", ["INV-66104", "INV-66117"], "Bec"), client="gmail", mode="alt",
     reasons=["duplicate_billing"], invoices=["INV-66104", "INV-66117"],
     notes="Australian: two invoices for one docket, neither said to be paid; confirmation of a "
           "cancellation is not a document that exists, so dispute only.")

case("d3-dse-09", "AP Team GBS <ap.gbs@meridian-pharma.example>", "2026-05-13 15:02 +0530",
     """Dear Supplier,

This is to inform you that the below invoice has been returned unprocessed by our Accounts
Payable team.

Invoice No : 66125
Invoice Amount : USD 7,842.60
Return Reason : Purchase Order number not mentioned on invoice

We can't process without the PO on it. Kindly resubmit the invoice quoting a valid Meridian PO
number (10 digits, starting 45) to enable us to book the same. Invoices without PO reference will
not be considered for payment.

Regards,
Accounts Payable - Global Business Services
Meridian Pharma Ltd, Hyderabad""",
     ["dispute"], rem=("overdue", ["INV-66125"]), client="outlook", mode="alt",
     reasons=["missing_po_or_docs"], invoices=["INV-66125"],
     notes="Indian shared-service centre returns an invoice without a PO; the remedy is a resubmitted "
           "invoice. Human-sent, not an auto-reply.")

case("d3-dse-10", "Trevor Baptiste <tbaptiste@foothillsfleet.example>", "2026-07-08 10:12 -0600",
     """Hi,

You charged 13% HST on invoice 66139 but that order shipped to our Calgary yard. Alberta is GST
only, 5%. Please reissue with the right tax and I'll get it processed.

Trevor Baptiste
Foothills Fleet Services Ltd.
403-555-0139""",
     ["dispute"], rem=("overdue", ["INV-66139"], "Trevor"), client="outlook_old", mode="plain",
     reasons=["tax"], invoices=["INV-66139"],
     notes="Canadian sales tax: Ontario HST charged on an Alberta delivery. 'I'll get it processed' "
           "after a reissue has no date and is conditional.")

case("d3-dse-11", "Tanya Greer <tgreer@greermechanical.example>", "2026-09-15 09:44 -0400",
     """Hi Jen,

RMA 4471 was returned three weeks ago and still no credit. We sent the two scroll compressors
back on Aug 25 by FedEx Ground, your receiving dock signed for them on the 27th.

Your reminder still shows INV-66152 at the full amount. Please get the credit memo issued and
we'll settle whatever is left after that.

Thanks,
Tanya Greer
AP / Office Manager
Greer Mechanical LLC""",
     ["dispute"], rem=("overdue", ["INV-66152"], "Tanya"), client="gmail", mode="alt",
     reasons=["returns_credit"], invoices=["INV-66152"],
     notes="The brief's RMA phrasing: goods returned, credit never issued. The RMA number is not an "
           "invoice; settling 'after that' is conditional.")

case("d3-dse-12", "Priya Raman <priya.raman@kestrel-care.example>", "2026-10-22 11:05 +0100",
     """Hi,

Please could you look at 66163 again. We sent back the surplus stock (12 boxes of nitrile gloves
and 4 of the aprons, your returns note RN-3318) on 2 October, collected by your own driver, but
nothing has been credited to our account and the reminder is for the full value.

Could you raise the credit note against that invoice so we can reconcile?

Many thanks,
Priya Raman
Finance Assistant
Kestrel Care Homes""",
     ["dispute"], rem=("second", ["INV-66163"], "Priya"), client="thunderbird", mode="plain",
     reasons=["returns_credit"], invoices=["INV-66163"],
     notes="UK polite 'please could you look at ... again': surplus stock returned, credit not raised.")

case("d3-dse-13", "Carla Jimenez <cjimenez@tritonsupply.example>", "2026-03-24 10:18 -0500",
     """Hi Dana,

On 66204 we're being charged list, not our contract rate. Our 2026 pricing agreement has the
3/4" ball valves at $18.75 and the unions at $4.10 - you've got $24.30 and $5.95 on there.
Please rebill at contract.

Carla Jimenez
Accounts Payable | Triton Supply Co.
Tulsa, OK""",
     ["dispute"], rem=("overdue", ["INV-66204"], "Carla"), client="outlook", mode="alt",
     reasons=["pricing"], invoices=["INV-66204"],
     notes="'Charged list, not our contract rate' never says dispute but contests unit prices: pricing.")

case("d3-dse-14", "Shane O'Donnell <shane@odonnellbuild.example>", "2026-05-19 07:42 +1000",
     """only 3 pallets turned up mate, invoice says 5. wont be paying for 2 we didnt get""" + IPHONE,
     ["dispute"], rem=("overdue", ["INV-66218"], "Shane"), client="apple", mode="plain",
     reasons=["quantity_short"], invoices=["INV-66218"],
     notes="Australian mobile one-liner: 3 of 5 pallets delivered, partial non-payment of the "
           "shortfall. The invoice comes from the subject.")

case("d3-dse-15", "Thandi Mokoena <accounts@karoofresh.example>", "2026-04-07 09:31 +0200",
     """Hi there,

Please see below from our warehouse. We will not be paying for the damaged units on INV-66223
until this is sorted out - please send a credit note for the 9 trays or replace them.

Kind regards
Thandi Mokoena
Creditors Clerk
Karoo Fresh Produce (Pty) Ltd | Paarl

-----Original Message-----
From: Pieter van Wyk <pieter.vanwyk@karoofresh.example>
Sent: 06 April 2026 16:55
To: Thandi Mokoena <accounts@karoofresh.example>
Subject: seedling trays from Ourco

Thandi, the seedling trays that came in Friday - 9 of the 40 arrived cracked right across the
base, they're useless, they won't hold soil. Driver was gone before we opened the wrap. I've
put them aside in the back shed with photos on the shared drive if they want them.

Pieter""",
     ["dispute"], rem=("overdue", ["INV-66223"], "Thandi"), client="outlook", mode="alt",
     subject="FW: seedling trays from Ourco - INV-66223",
     reasons=["damaged_defective"], invoices=["INV-66223"],
     notes="South African creditors clerk forwards the warehouse's 'arrived cracked' note and "
           "withholds for it: damaged_defective.")

case("d3-dse-16", "Glenn Hartley <ghartley@hartley-motors.example>", "2026-06-16 11:05 -0400",
     """Hello,

I can't find anyone here who ordered what's on invoice 66226. The order was placed by a
subcontractor who was working on our lot in May - he used our account name but he isn't our
employee and had no authority to buy on our behalf. We did not order these and will not be paying
for them. You'll need to bill him directly.

Glenn Hartley
Controller, Hartley Motors""",
     ["dispute"], rem=("second", ["INV-66226"], "Glenn"), client="outlook_old", mode="plain",
     reasons=["other"], invoices=["INV-66226"],
     notes="An unauthorised order placed by a third party: contested, but not price, quantity, "
           "delivery, documents or tax, so other.")

case("d3-dse-17", "Mike Tran <mtran@sunbeltelectric.example>", "2026-07-14 18:22 -0500",
     "we never got these. nothing on our receiving log for 66230. pls check w/ your shipping" + IPHONE,
     ["dispute"], rem=("overdue", ["INV-66230"], "Mike"), client="apple", mode="plain",
     reasons=["not_received"], invoices=["INV-66230"],
     notes="Terse US mobile 'we never got these': not_received.")

case("d3-dse-18", "Aoife Brennan <aoife.brennan@shannonvet.example>", "2026-02-26 14:40 +0000",
     """Hi Dana,

Regarding 66236, I rang your customer service last week about this. The carrier lost it - the
tracking has said "exception - held at depot" since 3 February and the depot in Limerick say they
have no parcel. So we've never had the vaccine fridges.

I'm not in a position to pay for something that never arrived, so can you put a hold on the
reminders until you've sorted it with the courier?

Thanks a million,
Aoife Brennan
Accounts
Shannon Veterinary Group""",
     ["dispute"], rem=("overdue", ["INV-66236"], "Aoife"), client="gmail", mode="alt",
     reasons=["not_received"], invoices=["INV-66236"],
     notes="Irish: 'the carrier lost it', goods never arrived. Asking to hold reminders is part of the "
           "dispute, not a payment plan request.")

case("d3-dse-19", "Nathalie Roy <nroy@laurentidecabinets.example>", "2026-09-02 13:15 -0400",
     """Good afternoon,

Looks like we were billed twice for the same order. 66241 and 66242 are both for our PO
7730188, same 18 cabinet hinges kits, same $2,946.40. We'll pay one of them - please cancel
the other and confirm.

Regards,
Nathalie Roy
Accounts Payable
Laurentide Cabinets Inc. | Sherbrooke, QC""",
     ["dispute"], rem=("statement", ["INV-66241", "INV-66242"], "Nathalie"), client="outlook", mode="alt",
     reasons=["duplicate_billing"], invoices=["INV-66241", "INV-66242"],
     notes="Canadian 'billed twice': two invoices for one PO. 'We'll pay one of them' has no date, so "
           "no promise.")

case("d3-dse-20", "Purchase Ledger <purchaseledger@ashworthgroup.example>", "2026-05-05 10:02 +0100",
     """Good morning,

Your reminder includes INV-66247 for £1,310.00. This invoice was already credited in full on
your credit note CN-8841 dated 14 April (copy attached), after the order was cancelled. It should
not be showing as outstanding on your ledger.

Please update your records and remove it from the statement.

Kind regards,
Helen Ashworth
Purchase Ledger Team
Ashworth Group plc""",
     ["dispute"], rem=("statement", ["INV-66247"], "Helen"), client="outlook", mode="plain",
     attachments=[("CN-8841.pdf", "application/pdf", fake_pdf("CN-8841"))],
     reasons=["returns_credit"], invoices=["INV-66247"],
     notes="UK: 'already credited on CN-8841' - the reminder ignores a credit note already issued: "
           "returns_credit. The credit note number is not an invoice and nothing was paid.")

case("d3-dse-21", "Accounts Payable <ap@bluegumcivil.example>", "2026-08-25 15:20 +1000",
     """Hi,

Your invoice 66253 has been rejected by our AP system because it has no purchase order reference
on it. All supplier invoices must quote a Bluegum PO (format BG-PO-xxxxxx) or they are
automatically rejected and will not be paid.

Please reissue the invoice with the PO reference from your order confirmation and send it to this
address.

Regards,
Accounts Payable
Bluegum Civil Contractors Pty Ltd
ABN 51 824 753 556""",
     ["dispute"], rem=("overdue", ["INV-66253"]), client="outlook", mode="html",
     reasons=["missing_po_or_docs"], invoices=["INV-66253"],
     notes="HTML-only AP system rejection: 'no PO reference so our system rejects it'; the remedy is a "
           "reissued invoice. Replying to the same address is no contact change.")

case("d3-dse-22", "Linda Park <lpark@maplecrestschools.example>", "2026-10-06 09:12 -0400",
     """Hi,

INV-66259 has sales tax on it ($412.38). Maplecrest School District is tax exempt - our exemption
certificate has been on file with you since 2023 and you haven't charged us tax on anything
else. Please remove the tax and resend.

Thank you,
Linda Park
Accounts Payable
Maplecrest School District""" + "\n\n" + DISCLAIMER_US,
     ["dispute"], rem=("overdue", ["INV-66259"], "Linda"), client="outlook", mode="alt",
     reasons=["tax"], invoices=["INV-66259"],
     notes="US 'we're tax exempt, cert on file': tax. Resend without tax is the dispute's remedy.")

case("d3-dse-23", "Ciarán Walsh <c.walsh@liffeyanalytics.example>", "2026-11-10 12:30 +0000",
     """Hello,

INV-66264 shows VAT at 20% (£1,046.00). We're an Irish VAT-registered business (IE 3498127LH) and
this is a B2B supply of services to us in Ireland, so it should be zero-rated with reverse charge
- we account for the VAT here. Our VAT number was on the PO.

Can you please reissue without UK VAT and with the reverse charge wording?

Regards,
Ciarán Walsh
Financial Controller
Liffey Analytics Ltd, Dublin 2""",
     ["dispute"], rem=("overdue", ["INV-66264"], "Ciarán"), client="thunderbird", mode="plain",
     reasons=["tax"], invoices=["INV-66264"],
     notes="Irish customer: UK VAT at 20% charged where reverse charge applies: tax.")

case("d3-dse-24", "Bob Sterling <bob@sterlingbakery.example>", "2026-03-31 08:50 -0400",
     """Dana,

Your tech never showed up. We were told Thursday 3/19 between 8 and noon for the oven
service, I had a guy waiting here all morning and nobody came, nobody called. Then I get an
invoice, 66270, for a service call that didn't happen.

Not paying this. Call me if you want to reschedule.

Bob Sterling
Owner, Sterling Bakery""",
     ["dispute"], rem=("overdue", ["INV-66270"], "Bob"), client="gmail", mode="plain",
     reasons=["service_issue"], invoices=["INV-66270"],
     notes="'The tech never showed' for a billed service visit: service_issue (a service, not goods, "
           "so not not_received). US month-first date.")

case("d3-dse-25", "Gemma Pike <gemma@pikeandco-lettings.example>", "2026-07-21 17:05 +0100",
     """Hi - job isn't finished on 66276. Decorators still haven't done the stairwell or the 2nd
coat in flat 3. Will pay when it's done""" + ANDROID,
     ["dispute"], rem=("overdue", ["INV-66276"], "Gemma"), client="outlook", mode="plain",
     reasons=["service_issue"], invoices=["INV-66276"],
     notes="UK mobile: unfinished work: service_issue; 'will pay when it's done' is conditional.")

case("d3-dse-26", "Sunita Desai <sunita.desai@vardhman-textiles.example>", "2026-09-22 12:10 +0530",
     """Dear Team,

Your invoice no. 66281 has been raised on Vardhman Textiles Pvt Ltd, Ludhiana. However the order
was placed and received by our group company Vardhman Yarns LLP, Baddi, which has a separate
GSTIN. We cannot book this invoice in our books.

Kindly cancel and raise the invoice on the correct entity.

Thanks & Regards,
Sunita Desai
Accounts Payable
Vardhman Textiles Pvt Ltd""",
     ["dispute"], rem=("overdue", ["INV-66281"], "Sunita"), client="outlook_old", mode="plain",
     reasons=["other"], invoices=["INV-66281"],
     notes="Invoice raised on the wrong legal entity: contested, but no PO, document, tax-rate or "
           "price problem, so other.")

# ---- two reasons at once ---------------------------------------------------------------------

case("d3-dse-27", "Rick Alvarez <ralvarez@desertroofing.example>", "2026-04-28 15:35 -0700",
     """Hi,

Couple problems with 66287:

1. The underlayment is billed at $96.00/roll. Your quote Q-55102 was $82.50.
2. We were billed for 40 rolls and the delivery ticket shows 34 dropped at the job site.

Send me a corrected invoice for 34 rolls at the quoted price and I'll run it.

Rick Alvarez
Desert Roofing & Sheet Metal""",
     ["dispute"], rem=("overdue", ["INV-66287"], "Rick"), client="outlook", mode="alt",
     reasons=["pricing", "quantity_short"], invoices=["INV-66287"],
     notes="Two real reasons in a numbered list: over-quote price and 34 of 40 rolls delivered.")

case("d3-dse-28", "Megan Fitzgerald <megan.fitzgerald@corkcatering.example>", "2026-06-23 10:45 +0100",
     """Hi Dana,

On 66292 - of the three cartons, one came in completely crushed with half the glassware broken,
and the other two cartons never arrived at all. The courier only delivered one box.

So effectively we've nothing usable from this order. Please don't chase us for it until it's
sorted.

Megan Fitzgerald
Cork Catering Hire""",
     ["dispute"], rem=("second", ["INV-66292"], "Megan"), client="gmail", mode="plain",
     reasons=["damaged_defective", "not_received"], invoices=["INV-66292"],
     notes="Irish: one carton damaged, two never delivered: damaged_defective and not_received.")

case("d3-dse-29", "AP Shared Services <apss@northgate-health.example>", "2026-10-14 08:30 -0500",
     """Hello,

Invoice INV-66298 cannot be processed for the following reasons:

- No Northgate purchase order number is shown on the invoice.
- Sales tax of 8.25% has been applied. Northgate Health is a 501(c)(3) non-profit and exempt
  from Texas sales tax; our exemption certificate (Form 01-339) was provided at vendor setup.

Please submit a corrected invoice addressing both points.

Northgate Health - Accounts Payable Shared Services
Houston, TX""",
     ["dispute"], rem=("overdue", ["INV-66298"]), client="outlook", mode="html",
     reasons=["missing_po_or_docs", "tax"], invoices=["INV-66298"],
     notes="HTML-only shared-services rejection with two bullet reasons: no PO and tax charged "
           "to an exempt entity.")

case("d3-dse-30", "Lachlan Reid <lachlan@reidhospitality.example>", "2026-02-10 13:20 +1100",
     """Hi,

Re 66303 for the coolroom repair. Your tech billed the after-hours emergency rate - we booked it
as a standard weekday call, nobody agreed after-hours rates. And he left without fixing it:
the compressor is still cutting out and we're running the stock through the bar fridges.

I'm not approving this one. Need someone back out to finish the job, and the rate fixed.

Lachlan Reid
Ops & Finance
Reid Hospitality Group""",
     ["dispute"], rem=("overdue", ["INV-66303"], "Lachlan"), client="apple", mode="alt",
     reasons=["pricing", "service_issue"], invoices=["INV-66303"],
     notes="Australian: unagreed emergency rate (pricing) plus repair not completed (service_issue).")

case("d3-dse-31", "Jo Marsden <jo.marsden@marsden-ceramics.example>", "2026-08-18 11:50 +0100",
     """Hello,

Two things on the statement:

INV-66309 is a duplicate of INV-66308 - same delivery note, same value. Please cancel 66309.

INV-66314 - we returned the kiln shelves under RMA R-20417 in July (your warehouse signed for
them on 9 July) and still no credit has come through. Please issue it.

Thanks,
Jo Marsden
Bookkeeper, Marsden Ceramics""",
     ["dispute"], rem=("statement", ["INV-66308", "INV-66309", "INV-66314"], "Jo"), client="thunderbird",
     mode="plain",
     reasons=["duplicate_billing", "returns_credit"], invoices=["INV-66308", "INV-66309", "INV-66314"],
     notes="Duplicate on one invoice, 'returned under RMA, no credit' on another: both reasons. "
           "The RMA number is not an invoice.")

# ---- dispute plus another intent -----------------------------------------------------------

case("d3-dse-32", "Graham Leckie <g.leckie@leckiehaulage.example>", "2026-03-11 09:15 +0000",
     """Hi Dana,

INV-66320 we'll pay this Friday, no issues.

INV-66325 though - there's a fuel surcharge of £186.40 on it that was never agreed. Our rates
are fixed under the contract we signed in January, no surcharges. Please remove it and reissue.

Regards,
Graham Leckie
Leckie Haulage Ltd, Paisley""",
     ["dispute", "promise_to_pay"], rem=("overdue", ["INV-66320", "INV-66325"], "Graham"),
     client="outlook", mode="alt",
     reasons=["pricing"], invoices=["INV-66320", "INV-66325"],
     promises=[P(None, None, "fri", ["INV-66320"])],
     notes="Scottish: unagreed fuel surcharge on one invoice (pricing), unconditional 'this Friday' "
           "on the other.")

case("d3-dse-33", "Anita Shah <anita.shah@brightpath-pharmacy.example>", "2026-05-27 14:05 -0400",
     """Hi,

We have no record of receiving the order on INV-66331. Could you send us the proof of delivery
with the signature? If someone here signed for it I'll track it down, but right now our
receiving says it never came.

Thanks,
Anita Shah
AP Specialist, BrightPath Pharmacy""",
     ["dispute", "invoice_request"], rem=("second", ["INV-66331"], "Anita"), client="outlook", mode="alt",
     reasons=["not_received"], invoices=["INV-66331"],
     notes="Not received per receiving, plus a request for the existing signed POD: both intents.")

case("d3-dse-34", "Colin Bakker <colin@bakkerfarms.example>", "2026-07-07 16:20 -0500",
     """Hey Dana,

Paid INV-66337 this morning by ACH, ref 0707-4418.

Holding INV-66342 - two of the four irrigation controllers were dead out of the box, won't power
on. Let me know how you want to handle replacements.

Colin""",
     ["dispute", "payment_sent"], rem=("overdue", ["INV-66337", "INV-66342"], "Colin"), client="gmail",
     mode="plain",
     reasons=["damaged_defective"], invoices=["INV-66337", "INV-66342"],
     notes="One invoice paid (payment_sent), the other withheld for dead-on-arrival units "
           "(damaged_defective). The ACH reference is not an invoice.")

case("d3-dse-35", "Rachel Kim <rachel.kim@harbourfront-dental.example>", "2026-09-08 10:40 -0700",
     """Hello,

INV-66348 was charged GST and PST at 12% combined, but the dental supplies are PST exempt in BC
when purchased by a dental practice for patient use. Please reissue with GST only.

Also, I'm going on maternity leave at the end of the week. Please send everything from now on to
our office manager, Tom Lavoie, at accounts@harbourfront-dental.example.

Thanks,
Rachel Kim
Harbourfront Dental Clinic, Vancouver BC""",
     ["dispute", "contact_change"], rem=("overdue", ["INV-66348"], "Rachel"), client="outlook", mode="alt",
     reasons=["tax"], invoices=["INV-66348"], contact="accounts@harbourfront-dental.example",
     notes="Canadian PST charged on exempt supplies (tax) plus a new AP contact for the future.")

case("d3-dse-36", "Deepak Menon <deepak.menon@coastalmarine-eng.example>", "2026-11-17 11:25 +0530",
     """Dear Dana,

Please see below mail from our stores. We have released payment for INV-66353 yesterday
through NEFT (UTR SBIN526311907842). INV-66359 is on hold as per stores' remarks below, kindly
issue credit note for the short quantity.

Regards,
Deepak Menon
Accounts Payable, Coastal Marine Engineering Pvt Ltd, Kochi

---------- Forwarded message ---------
From: Stores Kochi <stores.kochi@coastalmarine-eng.example>
Date: Mon, 16 Nov 2026 at 17:40
Subject: short receipt - Ourco consignment

Sir,
Consignment received today against inv 66359 - 120 nos. gasket sets billed, physically received
96 nos. only. 2 boxes missing. Remarks made in GRN. Pls inform supplier.

Stores""",
     ["dispute", "payment_sent"], rem=("overdue", ["INV-66353", "INV-66359"], "Deepak"), client="gmail",
     mode="plain", subject="Fwd: short receipt - Ourco consignment",
     reasons=["quantity_short"], invoices=["INV-66353", "INV-66359"],
     notes="Indian AP forwards a stores short-receipt note (quantity_short on 66359) and reports "
           "payment released on 66353. The UTR is a payment reference.")

# ---- look-alikes: not disputes --------------------------------------------------------------

case("d3-dse-37", "Sarah Whitcombe <swhitcombe@whitcombe-interiors.example>", "2026-04-15 13:10 +0100",
     """Hi Dana,

I queried the price on INV-66364 with our buyer as it was higher than the last order, but she
says it's the new 2026 price list you sent us in January, so that's fine - no problem there.

Can you tell me what the total outstanding on our account is now? I want to clear everything
in one payment.

Thanks,
Sarah""",
     ["balance_inquiry"], rem=("overdue", ["INV-66364"], "Sarah"), client="outlook", mode="html",
     invoices=["INV-66364"],
     notes="A price question that the sender herself resolves ('that's fine'), then asks for the "
           "balance: balance_inquiry, no dispute.")

case("d3-dse-38", "Pete Langford <pete@langfordjoinery.example>", "2026-06-10 08:05 +1000",
     """Morning,

The replacement panels for the ones that arrived scratched turned up yesterday and they're all
good, thanks for sorting that quickly. We'll pay 66371 by the end of the month.

Pete""",
     ["promise_to_pay"], rem=("overdue", ["INV-66371"], "Pete"), client="gmail", mode="plain",
     invoices=["INV-66371"], promises=[P(None, None, "eom", ["INV-66371"])],
     notes="Damage mentioned but already resolved by replacement: no dispute, only the promise "
           "for end of June.")

case("d3-dse-39", "Kev Doyle <kdoyle@doyleelectrical.example>", "2026-02-03 16:48 -0500",
     "got it, looking into this one. will get back to you" + IPHONE,
     ["other"], rem=("overdue", ["INV-66377"], "Kev"), client="apple", mode="plain",
     invoices=["INV-66377"],
     notes="'Looking into it' with no complaint, no date and no commitment: other.")

case("d3-dse-40", "Nomvula Dube <nomvula.dube@highveldlogistics.example>", "2026-10-20 09:55 +0200",
     """Good morning Dana,

Thank you for the credit note against INV-66382 for the damaged pallets - received and matched
on our side. Much appreciated.

Kind regards
Nomvula Dube
Creditors, Highveld Logistics (Pty) Ltd""",
     ["other"], rem=("statement", ["INV-66382"], "Nomvula"), client="outlook", mode="alt",
     invoices=["INV-66382"],
     notes="A thank-you for a credit note already issued for earlier damage: nothing contested, "
           "nothing promised: other.")

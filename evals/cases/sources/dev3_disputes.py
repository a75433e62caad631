"""dev3 topic: disputes written in English.

US, UK, Canadian, Australian and Indian AP staff contest invoices in their own words — "doesn't
match the quote", "short-shipped", "we're exempt", "the crew left before finishing" — and hardly
ever say "dispute". These cases phrase every dispute reason at least twice, some name two real
problems at once, some also promise, pay, ask for a POD or change the AP address, and five only
look like complaints: a credit note received, an approved price rise, damage already replaced,
a missing invoice copy, "we're on it".
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

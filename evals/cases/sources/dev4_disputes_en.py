"""dev4 topic: English disputes in a second, wider set of voices.

The dev3 English disputes taught the reader one or two phrasings per reason, and the reader now
reads them almost perfectly; a split it has been tuned on no longer shows where it goes wrong.
Real AP mail says the same things in many more ways, and almost never with the word "dispute":
"that's not the price I was given", "we're only paying for what arrived", "never turned up",
"the PO on this is wrong", "our contract says", "still waiting for the credit", "crew left the
job half-done". This topic writes every dispute reason again, at least three times, in voices
the earlier splits lack: plumbers and landscapers typing on a phone, enterprise AP analysts
quoting three-way-match blocks, procurement managers citing contract clauses, shared-service
centres in Kraków, Manila and Pune with ticket numbers and reason codes, non-native writers,
the furious and the exquisitely polite.

About ten cases name two real problems at once; several carry a second intent (the undisputed
part promised with an amount and a date, a POD or timesheet asked for, other invoices reported
paid, a new AP mailbox); the 'other' cases are contested for reasons outside the list (wrong
legal entity billed, not our order at all, consignment terms, a renewal after notice). The last
block is look-alikes that contest nothing: a complaint already put right, a price question
that is explicitly not a challenge, missing goods that turned up, an auditor's POD request, a
tax question the sender settles herself, an invoice (not goods) that never arrived.
"""

from dev2_cases import case, IPHONE, ANDROID
from dev_cases import DISCLAIMER, DISCLAIMER_US, P, fake_pdf

SAMSUNG = "\n\nSent from my Galaxy"

# ---- pricing ---------------------------------------------------------------------------------

case("d4-den-01", "Dwayne Kessler <dwayne@kesslerplumbing.example>", "2026-03-03 06:48 -0600",
     """Got your notice on 67502. Thats not the price I was given. Rob at your Davenport counter
quoted me $38 a coil on the 3/4 PEX-A (100 ft) and the invoice has them at $52.90. I took 12
so youre almost $180 high.

Fix it and I'll pay it.

Dwayne Kessler
Kessler Plumbing & Heating
(563) 555-0187""",
     ["dispute"], rem=("overdue", ["INV-67502"], "Dwayne"), client="gmail", mode="plain",
     reasons=["pricing"], invoices=["INV-67502"],
     notes="Plain-spoken plumber: 'that's not the price I was given' against a verbal counter quote; "
           "'fix it and I'll pay it' is conditional and undated, so no promise.")

case("d4-den-02", "Anjali Rao <anjali.rao@corvane.example>", "2026-04-21 10:12 -0500",
     """Hello,

INV-67509 is blocked for payment in SAP with a price variance.

PO 4500872219, line 20 (safety glasses, clear, ANSI Z87.1, box of 12) is priced at $41.60 per box
under the 2026 catalogue pricing agreement. The invoice bills $46.20 per box on 150 boxes. The
resulting variance of $690.00 is outside our matching tolerance, so the invoice cannot be
posted.

Please issue a credit memo for the difference or a corrected invoice at the PO price. Once we
have it, the invoice will be released in the next available payment run.

Regards,

Anjali Rao
Accounts Payable Analyst | Vendor Invoice Management
Corvane Industries, Inc.
Milwaukee, WI""" + "\n\n" + DISCLAIMER_US,
     ["dispute"], rem=("overdue", ["INV-67509"], "Anjali"), client="outlook", mode="alt",
     reasons=["pricing"], invoices=["INV-67509"],
     notes="Enterprise AP analyst: three-way-match price variance against the PO price; release "
           "'in the next available payment run' after a correction is conditional and undated.")

case("d4-den-03", "Owen Castellano <owen.castellano@halvorsenmarine.example>", "2026-03-16 15:40 -0400",
     """Hi Dana,

Our AP team asked me to look at 67516 and 67517 before they're released.

Our supply agreement (clause 6.2) caps price increases at 3% per contract year and requires
60 days' written notice. We received no notice, and the March invoices show the stainless
fasteners up between 9 and 11% on February pricing.

Until those lines are back at the contracted rates, both invoices stay on hold. Happy to get on
a call with your account manager this week if that helps move it along.

Best,
Owen Castellano
Category Manager, Indirect Procurement
Halvorsen Marine Group
T +1 757 555 0164""",
     ["dispute"], rem=("statement", ["INV-67516", "INV-67517"], "Owen"), client="outlook", mode="alt",
     reasons=["pricing"], invoices=["INV-67516", "INV-67517"],
     notes="Procurement manager: 'our contract says' increases are capped and need notice; both "
           "invoices held for pricing. Offering a call is not a separate intent.")

# ---- quantity short --------------------------------------------------------------------------

case("d4-den-04", "Ray Duchesne <ray@duchesnefarmsupply.example>", "2026-05-06 17:22 -0500",
     """20 drums on the invoice, 16 came off the truck. we're only paying for what arrived. send me
a new one for 16""" + ANDROID,
     ["dispute"], rem=("overdue", ["INV-67523"], "Ray"), client="outlook", mode="plain",
     reasons=["quantity_short"], invoices=["INV-67523"],
     notes="Terse mobile reply: 16 of 20 drums delivered, 'only paying for what arrived'; the invoice "
           "number comes from the subject. The corrected invoice is the remedy, not a copy request.")

case("d4-den-05", "Supplier Helpdesk <supplier.helpdesk@ferrovia-ssc.example>", "2026-04-22 09:31 +0200",
     """Ticket: SRQ-0448172 | Status: Pending supplier action

Dear Supplier,

Your invoice INV-67531 (USD 7,136.47) has been placed on hold with reason code QTY - quantity
invoiced exceeds quantity received.

PO: 7100093354
Line 1: Hydraulic hose assembly 1/2" x 36"
Invoiced: 180 EA
Received: 150 EA (goods receipt 5003317720, 14-Apr-2026)

Please issue a credit note for the 30 EA difference or a replacement invoice for the received
quantity, quoting ticket SRQ-0448172 in the subject line. Please do not resend the original
invoice.

Kind regards,
Agnieszka Wrona
Accounts Payable Shared Service Centre
Ferrovia Rail Services | Kraków""",
     ["dispute"], rem=("overdue", ["INV-67531"]), client="outlook", mode="html",
     reasons=["quantity_short"], invoices=["INV-67531"],
     notes="HTML shared-service ticket from Kraków: invoiced 180, goods receipt 150. A person asks for "
           "supplier action, so not an auto-reply; ticket, PO and GR numbers are not invoices.")

case("d4-den-06", "Nguyen Thi Lan <lan.nguyen@saigonprecision.example>", "2026-05-12 14:05 +0700",
     """Dear Ms. Dana,

We check the invoice 67538 with our warehouse. In invoice is 48 rolls of the PVC tape but we are
receive only 36 rolls, the carton number 4 is not come. Delivery note also write 48 but the
driver not wait for count.

Please make correction of invoice for 36 rolls, then we can pay.

Best regards,
Nguyen Thi Lan
Accounting Staff
Saigon Precision Components Co., Ltd
Tan Thuan EPZ, District 7, HCMC""",
     ["dispute"], rem=("overdue", ["INV-67538"], "Lan"), client="outlook_old", mode="plain",
     reasons=["quantity_short"], invoices=["INV-67538"],
     notes="Non-native English: one carton of four never came, 36 of 48 rolls received: part of a "
           "delivery missing is quantity_short, not not_received. 'Then we can pay' is conditional.")

# ---- damaged / defective ---------------------------------------------------------------------

case("d4-den-07", "Luis Ortega <luis@ortegatile.example>", "2026-04-27 07:15 -0700",
     """about 67544. the porcelain tile, 22 boxes out of 60 were smashed when we cut the wrap. outside
of the pallet looked fine so my guy signed clean. got pictures.

not paying for broken tile. get me 22 good boxes out here or credit me

Luis
Ortega Tile & Stone""",
     ["dispute"], rem=("overdue", ["INV-67544"], "Luis"), client="gmail", mode="plain",
     reasons=["damaged_defective"], invoices=["INV-67544"],
     notes="Tile setter: concealed transit damage on 22 of 60 boxes; replacement or credit is the remedy "
           "of a damage complaint, not returns_credit.")

case("d4-den-08", "Dr Harriet Osei <h.osei@fenwickanalytical.example>", "2026-02-18 11:20 +0000",
     """Dear Dana,

I hope you are well, and I'm sorry to be writing with a problem.

Of the four digital reference thermometers supplied on invoice 67550, two have failed their
incoming calibration check: both read 1.8 to 2.1 °C high against our reference standard, well
outside the ±0.5 °C given on the datasheet. Our QA team has quarantined them under
non-conformance report NCR-2026-114, which I attach.

Would you be so kind as to arrange replacements, or a credit for the two units? We are of course
happy to pay for the two that passed.

With many thanks and kind regards,

Dr Harriet Osei
Laboratory Manager
Fenwick Analytical Services Ltd
Cambridge CB4 0WS""" + "\n\n" + DISCLAIMER,
     ["dispute"], rem=("second", ["INV-67550"], "Harriet"), client="outlook", mode="alt",
     attachments=[("NCR-2026-114.pdf", "application/pdf", fake_pdf("NCR-2026-114"))],
     reasons=["damaged_defective"], invoices=["INV-67550"],
     notes="Very polite UK lab manager: instruments out of specification on arrival (defective). "
           "'Happy to pay for the two that passed' has no date, so no promise.")

case("d4-den-09", "Tony Russo <tony@russohomeservices.example>", "2026-07-09 19:02 -0400",
     """Are you kidding me with this reminder??

The sump pump on 67557 burned out after TWO DAYS. My customer's basement flooded and I had to
eat the cost of a second pump from Home Depot just to get her dry. Nobody from your warranty
department has called me back in over a week and I've left 3 messages.

I'm not paying a dime on this until somebody deals with it.

Tony Russo
Russo Home Services""",
     ["dispute"], rem=("second", ["INV-67557"], "Tony"), client="gmail", mode="alt",
     reasons=["damaged_defective"], invoices=["INV-67557"],
     notes="Angry contractor: a pump that failed after two days is a defective product; the anger and "
           "the withheld payment are the dispute, nothing is promised.")

# ---- not received ----------------------------------------------------------------------------

case("d4-den-10", "Pat Brennan <pat@brennanpropertycare.example>", "2026-01-13 08:05 -0600",
     """the 4 pallets of ice melt on 67563 never turned up. been calling the branch since last week.
why am I getting a bill""" + IPHONE,
     ["dispute"], rem=("overdue", ["INV-67563"], "Pat"), client="apple", mode="plain",
     reasons=["not_received"], invoices=["INV-67563"],
     notes="Snow-removal contractor on a phone: the whole order 'never turned up': not_received.")

case("d4-den-11", "Marisol Vega <mvega@crestlinefoods.example>", "2026-06-17 13:48 -0500",
     """Hello,

Invoice INV-67570 is unmatched in our system because there is no goods receipt against PO
30118842.

I checked the tracking number printed on the invoice. UPS shows it delivered and signed for by
"DOCK" at 1450 Industrial Pkwy, Elgin IL. That is not one of our sites; the ship-to on the PO
is 1450 Commerce Dr, Aurora IL. We have never received this shipment.

Please open a trace with UPS and either redeliver to the correct address or cancel the invoice.

Thank you,
Marisol Vega
Senior AP Analyst
Crestline Foods, Inc.""",
     ["dispute"], rem=("overdue", ["INV-67570"], "Marisol"), client="outlook", mode="alt",
     reasons=["not_received"], invoices=["INV-67570"],
     notes="Enterprise analyst: the carrier delivered to the wrong address, no goods receipt: "
           "not_received. The tracking was already in hand, so no POD request.")

case("d4-den-12", "Rafael Teixeira <rafael.teixeira@valeverde-metal.example>", "2026-05-20 09:40 -0300",
     """Hello Dana, good morning.

About the invoice 67576: until today we don't have the material here in our plant. The
forwarder told us the load stay in customs in Santos since 2 weeks, but for us this order was
DDP, so the import is your responsibility. We cannot pay something we don't receive yet.

Please, can you verify with your logistic and give us a position?

Best regards,
Rafael Teixeira
Compras / Purchasing
Metalúrgica Vale Verde Ltda.
Joinville - SC - Brasil""",
     ["dispute"], rem=("overdue", ["INV-67576"], "Rafael"), client="outlook", mode="alt",
     reasons=["not_received"], invoices=["INV-67576"],
     notes="Non-native English from Brazil: a DDP shipment stuck in customs has not been delivered: "
           "not_received. Asking us to check is part of the dispute.")

# ---- duplicate billing -----------------------------------------------------------------------

case("d4-den-13", "Kurt Lindqvist <kurt@lindqvistlawn.example>", "2026-05-22 16:30 -0500",
     """Hi Dana, 67582 and 67583 are the same job. both say 14 Birchwood Ct, both for the 3 yards of
screened topsoil plus delivery on 5/12. we got one load.

I'll pay one, kill the other.

Kurt
Lindqvist Lawn & Landscape""",
     ["dispute"], rem=("statement", ["INV-67582", "INV-67583"], "Kurt"), client="gmail", mode="plain",
     reasons=["duplicate_billing"], invoices=["INV-67582", "INV-67583"],
     notes="Landscaper: the same delivery invoiced twice. 'I'll pay one' has no date, so no promise.")

case("d4-den-14", "AP Vendor Support <ap.vendorsupport@kellanhealth.example>", "2026-06-03 08:15 -0500",
     """Reference: AP-CASE 2026-118734

Dear Vendor,

Our duplicate-invoice check has stopped INV-67591. It matches INV-67504 on purchase order
number, invoice amount (USD 7,158.67) and service period (May 2026). INV-67504 was processed and
paid on 18-May-2026 (payment document 1500228811).

If INV-67591 is a genuine separate charge, please reply to this case with supporting
documentation. Otherwise please cancel it and confirm in writing.

Regards,
Vendor Support Team
Kellan Health System - Accounts Payable""",
     ["dispute", "payment_sent"], rem=("overdue", ["INV-67591"]), client="outlook", mode="alt",
     reasons=["duplicate_billing"], invoices=["INV-67591", "INV-67504"],
     notes="Shared-services duplicate check names the original invoice and says it was paid, with a "
           "payment document: duplicate_billing plus payment_sent, as dev3 labels 'already paid under "
           "the original number'.")

# ---- missing PO or documents -----------------------------------------------------------------

case("d4-den-15", "Jen Alvarez <jen@alvarezmech.example>", "2026-03-26 11:10 -0500",
     """Hi there,

The PO on this is wrong. 67603 has PO 881207 on it, which is our PO for the February order and
it's closed. This delivery was ordered on PO 881644. AP won't touch it until the PO matches -
can you reissue it with 881644?

Thanks!
Jen Alvarez
Office Manager
Alvarez Mechanical, Inc.""",
     ["dispute"], rem=("overdue", ["INV-67603"], "Jen"), client="outlook", mode="alt",
     reasons=["missing_po_or_docs"], invoices=["INV-67603"],
     notes="'The PO on this is wrong': a closed PO quoted instead of the right one; the remedy is a "
           "reissued invoice, so no invoice_request.")

case("d4-den-16", "Brandon Oyelaran <boyelaran@redstone-energy.example>", "2026-06-09 16:05 -0500",
     """Dana,

Project controls can't approve INV-67610 (field labour, week ending 5/29) without the signed
daily tickets. Exhibit C of our MSA requires a site supervisor's signature on every T&M ticket,
and nothing came with this invoice.

Could you send the signed tickets over? As soon as they're in, it goes into the approval flow.

Thanks,
Brandon Oyelaran
Project Accountant
Redstone Energy Partners, LP""",
     ["dispute", "invoice_request"], rem=("overdue", ["INV-67610"], "Brandon"), client="outlook",
     mode="plain",
     reasons=["missing_po_or_docs"], invoices=["INV-67610"],
     notes="T&M invoice held for missing signed daily tickets, which are asked for: missing_po_or_docs "
           "plus invoice_request, as dev2 labels the missing signed timesheet.")

case("d4-den-17", "Ruth Okonjo <ruth.okonjo@ashburyretail.example>", "2026-04-16 10:25 +0100",
     """Hello,

Just so you're aware, INV-67618 won't be paid as it stands. Since 1 April all Ashbury supplier
invoices have to be submitted through our Coupa portal against an approved purchase order.
Emailed PDFs aren't picked up by AP any more, and this one has no PO reference on it either.

Your sales rep should have the PO (ours start with ASH-). Once the invoice is in Coupa against it
it'll go through the normal approval.

Kind regards,
Ruth Okonjo
Accounts Payable Team Leader
Ashbury Retail Group""" + "\n\n" + DISCLAIMER,
     ["dispute"], rem=("overdue", ["INV-67618"], "Ruth"), client="outlook", mode="alt",
     reasons=["missing_po_or_docs"], invoices=["INV-67618"],
     notes="UK: invoice without a PO and outside the required portal: missing_po_or_docs. The portal "
           "is where invoices go, not a new contact for our mail.")

# ---- tax -------------------------------------------------------------------------------------

case("d4-den-18", "Marco Bellini <marco@bellinisupply.example>", "2026-06-01 12:40 -0400",
     """Hi - you charged us sales tax on 67624 ($318.72). We're a distributor, this was bought for
resale, and our resale certificate has been on file with you since 2024. Please credit the tax.

Thx,
Marco Bellini
Bellini Restaurant Supply""",
     ["dispute"], rem=("overdue", ["INV-67624"], "Marco"), client="gmail", mode="alt",
     reasons=["tax"], invoices=["INV-67624"],
     notes="Sales tax charged on a purchase for resale with a certificate on file: tax.")

case("d4-den-19", "Accounts Payable <accounts.payable@pennardbs.example>", "2026-03-10 09:05 +0000",
     """Dear Sirs,

Invoice 67631, for the supply and installation of the kitchen extract ductwork at the Swansea
site, has been issued with VAT at the standard rate of 20%.

As this is a specified construction service within the Construction Industry Scheme and we are
not the end user, the VAT domestic reverse charge applies. The invoice should show no VAT and
carry the reverse-charge wording ("Customer to account to HMRC for the reverse charge"). We are
unable to process it in its current form.

Please cancel and reissue.

Yours faithfully,

M. Whitlock
Accounts Payable
Pennard Building Services Ltd""",
     ["dispute"], rem=("overdue", ["INV-67631"]), client="outlook_old", mode="plain",
     reasons=["tax"], invoices=["INV-67631"],
     notes="Formal UK letter: standard-rate VAT charged where the construction reverse charge applies.")

case("d4-den-20", "Kelly Brandt <kbrandt@prairiekitchen.example>", "2026-10-13 14:22 -0500",
     """Hi Dana - quick one on 67637. Tax was figured at 10.25% (the Chicago rate) but this order
shipped to our Naperville warehouse, which is 7.75%. That's $86.50 too much on $3,460.00 of
taxable goods.

Can you re-rate it and send a corrected invoice? Everything else on it is fine.

Thanks,
Kelly Brandt
AP Supervisor | Prairie Kitchen Equipment""",
     ["dispute"], rem=("overdue", ["INV-67637"], "Kelly"), client="outlook", mode="html",
     reasons=["tax"], invoices=["INV-67637"],
     notes="Wrong local sales-tax jurisdiction; a corrected invoice is the remedy. 'Everything else is "
           "fine' narrows the dispute, it promises nothing.")

# ---- returns / credit ------------------------------------------------------------------------

case("d4-den-21", "Walt Hendricks <walt@hendricksmachine.example>", "2026-09-16 07:35 -0500",
     """Still waiting for the credit on 67642. We sent the 6 motors back on RA 20931 over a month ago
and Ken said he'd put the credit through that week. Nothing yet.

Until it shows up I'm not paying the rest of that invoice.

Walt""",
     ["dispute"], rem=("second", ["INV-67642"], "Walt"), client="thunderbird", mode="plain",
     reasons=["returns_credit"], invoices=["INV-67642"],
     notes="Machine shop: goods returned on an RA, promised credit not issued. The RA number is not "
           "an invoice; the withheld balance is conditional.")

case("d4-den-22", "Hannah Lowe <hlowe@brookfieldclinics.example>", "2026-09-29 11:50 -0400",
     """Good morning,

We received credit memo CM-7781 against INV-67649, thank you - but it only covers 10 of the 14
infusion stands we returned. All 14 went back on the same pickup (your driver's receipt is
attached), and your returns team confirmed receipt of 14 by email on September 3.

The 4 stands left out of the credit come to $1,236.00 on INV-67649 that we don't owe. Could you issue a credit for
the remaining 4 stands?

Best regards,
Hannah Lowe
Accounts Payable Coordinator
Brookfield Community Clinics""",
     ["dispute"], rem=("statement", ["INV-67649"], "Hannah"), client="outlook", mode="alt",
     attachments=[("pickup_receipt_0903.pdf", "application/pdf", fake_pdf("pickup receipt"))],
     reasons=["returns_credit"], invoices=["INV-67649"],
     notes="A credit note was issued for fewer units than were returned: returns_credit (not "
           "quantity_short, the delivery itself was complete). The credit memo number is not an invoice.")

case("d4-den-23", "Dale Pruitt <dale@pruittautorepair.example>", "2026-07-21 13:05 -0500",
     """hey 67655 still has $420 in core charges on it. all 6 cores went back with your driver on the
14th, he gave me the pink slip for them. need those credited""" + SAMSUNG,
     ["dispute"], rem=("overdue", ["INV-67655"], "Dale"), client="other", mode="plain",
     reasons=["returns_credit"], invoices=["INV-67655"],
     notes="Auto shop: returned cores not credited against the core deposit: returns_credit.")

# ---- service issue ---------------------------------------------------------------------------

case("d4-den-24", "Gary Whitfield <gwhitfield@lakeshorestorage.example>", "2026-01-20 10:10 -0600",
     """Your crew left the job half-done.

They pulled the old rooftop unit on Monday the 12th, set the new one and never came back to hook
up the gas line or the controls. That was 8 days ago. The second floor has no heat and I've got
space heaters running in the office.

And now I've got invoice 67661 for the full install. No. Finish the job and then we'll talk.

Gary Whitfield
Facilities Manager
Lakeshore Self Storage""",
     ["dispute"], rem=("overdue", ["INV-67661"], "Gary"), client="outlook", mode="alt",
     reasons=["service_issue"], invoices=["INV-67661"],
     notes="'Crew left the job half-done': an installation billed in full but not completed: service_issue.")

case("d4-den-25", "Nadia Okafor <nadia.okafor@thamesviewbottling.example>", "2026-06-04 15:30 +0100",
     """Hi,

We're not in a position to approve INV-67668, the May support retainer.

Under the service agreement, P1 incidents carry a 4-hour response. On 7 May our line 3 PLC
fault sat for 31 hours before an engineer arrived, and the follow-up visit on 12 May ended with
the fault still unresolved - we ran line 3 at half speed for most of the month. The retainer is
for a level of service we didn't get.

I've asked our operations director to take it up with your service manager. Until then please
hold the invoice.

Regards,
Nadia Okafor
Plant Finance Lead
Thamesview Bottling Co.""",
     ["dispute"], rem=("overdue", ["INV-67668"], "Nadia"), client="outlook", mode="alt",
     reasons=["service_issue"], invoices=["INV-67668"],
     notes="UK plant finance: a support retainer whose SLA was missed and the fault left unfixed: "
           "service_issue; 'please hold the invoice' is part of the dispute, not a payment plan.")

# ---- other -----------------------------------------------------------------------------------

case("d4-den-26", "Siobhán Kinsella <skinsella@kinsellagroup.example>", "2026-11-18 12:15 +0000",
     """Hello,

Invoice 67680 has been addressed to Kinsella Holdings Ltd. The order came from Kinsella Foods
(Ireland) Ltd, which is a different company with its own VAT number and its own accounts
payable. Holdings has no supplier account with you and can't pay on Foods' behalf.

Please cancel it and raise it on Kinsella Foods (Ireland) Ltd at the Portlaoise address on the
order.

Many thanks,
Siobhán Kinsella
Group Financial Accountant
Kinsella Group""",
     ["dispute"], rem=("overdue", ["INV-67680"], "Siobhán"), client="outlook", mode="alt",
     reasons=["other"], invoices=["INV-67680"],
     notes="Irish group accountant: invoice raised on the wrong legal entity. Nothing about price, "
           "goods, tax rate or PO, so other.")

case("d4-den-27", "Front Desk <frontdesk@pinecrestdentalstudio.example>", "2026-12-02 09:50 -0700",
     """Hi,

We've never ordered anything from you. We don't have an account, there's no PO, and nobody here
has heard of Ourco. Invoice 67686 is addressed to "Pinecrest Dental" - we're Pinecrest Dental
Studio in Boise. I think you might want the Pinecrest Dental in Spokane?

Please sort out who you meant to bill.

Thanks,
Kim
Pinecrest Dental Studio""",
     ["dispute"], rem=("overdue", ["INV-67686"], "Kim"), client="gmail", mode="plain",
     reasons=["other"], invoices=["INV-67686"],
     notes="Not our order at all: the invoice went to a similarly named business. 'No PO' describes "
           "that they never ordered, not a missing PO on a real order, so other.")

case("d4-den-28", "Derek Mbeki <dmbeki@fairholmeproduce.example>", "2026-04-02 10:45 -0400",
     """Dana,

67693 bills the whole April replenishment of bins and pallets on arrival. Those items are on
consignment under the agreement we signed in January: you invoice monthly on our usage report,
not on delivery. We've used maybe a third of that shipment so far.

Please cancel this one and bill the April usage when we send the report at month end, like the
agreement says.

Derek Mbeki
Controller
Fairholme Produce Co-op""",
     ["dispute"], rem=("overdue", ["INV-67693"], "Derek"), client="outlook", mode="plain",
     reasons=["other"], invoices=["INV-67693"],
     notes="Goods billed on delivery although the agreed terms are consignment, billed on usage: the "
           "terms of billing are contested, not price or quantity received, so other.")

case("d4-den-29", "Lorraine Baptiste <l.baptiste@northshoremetrology.example>", "2026-04-29 14:00 -0400",
     """Hello,

Invoice 67699 is for the 2026-27 renewal of the calibration service plan. We gave written
notice of non-renewal on February 14, more than the 60 days before the renewal date that the
agreement requires, and your account rep acknowledged it the same day (both attached).

We have not agreed to a renewal and won't be paying this invoice. Please cancel it.

Regards,
Lorraine Baptiste
Office & Finance Manager
North Shore Metrology Lab""",
     ["dispute"], rem=("overdue", ["INV-67699"], "Lorraine"), client="outlook", mode="alt",
     attachments=[("non_renewal_notice.pdf", "application/pdf", fake_pdf("non-renewal notice"))],
     reasons=["other"], invoices=["INV-67699"],
     notes="A plan renewal billed after timely notice of non-renewal: contract terms not agreed, other.")

# ---- two reasons at once ---------------------------------------------------------------------

case("d4-den-30", "Jerome Whitaker <jerome@whitakerelectric.example>", "2026-06-10 07:20 -0500",
     """Hi Dana,

Two things wrong with 67705. You billed 10 of the LED high-bays, only 8 came. And the price: the
quote was $189 each, the invoice says $214.

Rest of the invoice is fine. I'm paying it minus the high-bay problem: 10 x 214 = $2,140
billed, 8 x 189 = $1,512 owed, so $628.00 off. $6,572.85 goes out Friday by ACH.

Jerome Whitaker
Whitaker Electric LLC
Peoria, IL""",
     ["dispute", "promise_to_pay"], rem=("overdue", ["INV-67705"], "Jerome"), client="gmail", mode="alt",
     reasons=["pricing", "quantity_short"], invoices=["INV-67705"],
     promises=[P("6572.85", "USD", "fri", ["INV-67705"])],
     notes="Electrician: short delivery and over-quote price, plus an unconditional short payment of the "
           "undisputed $6,572.85 on Friday; the $628.00 held back is not a promise.")

case("d4-den-31", "Gwen Stroud <gstroud@buckeyedrilling.example>", "2026-08-19 13:35 -0400",
     """Good afternoon,

INV-67712 has two problems:

1. Freight of $640.00 has been billed. Our contract is FOB destination, freight prepaid and not
   billable to Buckeye.
2. Ohio sales tax has been charged on the whole invoice. The carbide bits are purchased under
   our direct-pay permit (No. 98-004517), which is on your vendor file.

Please reissue without the freight and without the tax.

Regards,
Gwen Stroud
Senior Accounts Payable Specialist
Buckeye Directional Drilling, Inc.""",
     ["dispute"], rem=("overdue", ["INV-67712"], "Gwen"), client="outlook", mode="alt",
     reasons=["pricing", "tax"], invoices=["INV-67712"],
     notes="A freight charge the contract excludes (pricing, like an unagreed surcharge) and sales tax "
           "on a direct-pay permit holder (tax).")

case("d4-den-32", "Bonnie Tran <bonnie@tranfloors.example>", "2026-08-03 15:10 -0500",
     """Hi, went through the statement:

67718 - paid 7/28, check 10442
67719 - we never got this order. Nothing on our receiving log, no delivery slip.
67723 / 67724 - same delivery, same slip number DS-5518, same 14 cartons of LVP. 67723 goes out with
Friday's checks, please void 67724.

Bonnie
Tran Floor Coverings""",
     ["dispute", "payment_sent", "promise_to_pay"],
     rem=("statement", ["INV-67718", "INV-67719", "INV-67723", "INV-67724"], "Bonnie"), client="gmail",
     mode="plain",
     reasons=["not_received", "duplicate_billing"],
     invoices=["INV-67718", "INV-67719", "INV-67723", "INV-67724"],
     promises=[P(None, None, "fri", ["INV-67723"])],
     notes="Statement walked line by line: one paid by check, one never received, one a duplicate of "
           "another that will be paid Friday. Check and slip numbers are not invoices.")

case("d4-den-33", "Trent Mahoney <trent@mahoneyfitouts.example>", "2026-10-27 17:45 +1100",
     """Hi,

Re 67730 for the warehouse racking. You've billed 12 bays of material and the full install. Only 9
bays' worth of uprights and beams were ever delivered, and your install crew packed up after
day two and left the job half-done - even the 9 bays aren't finished, no row-end protectors, no
load signs, half the beam locks missing.

We won't be approving this until the rest of the material turns up and the install is finished.

Trent Mahoney
Project Manager
Mahoney Fitouts Pty Ltd""",
     ["dispute"], rem=("overdue", ["INV-67730"], "Trent"), client="outlook", mode="alt",
     reasons=["quantity_short", "service_issue"], invoices=["INV-67730"],
     notes="Australian fit-out: 9 of 12 bays of material delivered (quantity_short) and an unfinished "
           "installation (service_issue) on one invoice.")

case("d4-den-34", "AP Invoice Desk <ap.invoicedesk@maxwell-bpo.example>", "2026-05-28 10:05 +0800",
     """Good day!

Kindly be informed that your invoice INV-67736 was rejected by our client Halden Retail with
the following reason codes:

  RC02 - PO number missing or invalid. The invoice quotes "PO: per Dave", which is not a valid
         Halden purchase order.
  RC07 - Quantity mismatch. Invoiced 500 EA; goods receipt shows 440 EA.

Please submit a corrected invoice with a valid PO number and the received quantity. Reference
ticket INC-2291047 when resubmitting.

Thank you and have a great day!

Ma. Kristine Dela Cruz
Invoice Processing Associate
Maxwell BPO Services, Inc. | Pasig City, Philippines
On behalf of Halden Retail Accounts Payable""",
     ["dispute"], rem=("overdue", ["INV-67736"]), client="outlook", mode="alt",
     reasons=["missing_po_or_docs", "quantity_short"], invoices=["INV-67736"],
     notes="Manila BPO rejecting on behalf of the customer with two reason codes: no valid PO and "
           "quantity above the goods receipt.")

case("d4-den-35", "Becky Ashton <becky@ashtonkitchens.example>", "2026-11-24 12:30 +0000",
     """Hiya,

Delivery for 67742 came in this morning. Label on the boxes says 1 of 8 to 8 of 8 but we've only
got 6 - boxes 7 and 8 aren't here. And one of the ones we did get had obviously been dropped,
the glass splashbacks inside are cracked right through.

So 6 arrived, 1 of those is broken. Can you either get the missing two and a replacement out to
us or credit us for the three? Ta.

Becky
Ashton Kitchens & Bathrooms, Leeds""",
     ["dispute"], rem=("friendly", ["INV-67742"], "Becky"), client="gmail", mode="plain",
     reasons=["quantity_short", "damaged_defective"], invoices=["INV-67742"],
     notes="UK casual: two of eight boxes missing (quantity_short) and one delivered box broken "
           "(damaged_defective).")

case("d4-den-36", "Accounts Payable <ap.pune@deccan-gasworks.example>", "2026-02-24 12:10 +0530",
     """Dear Sir/Madam,

With reference to your reminder, please note our observations on the below invoices:

1) INV-67748 - The 8 nos. damaged cylinders were returned to you through your transporter vide
   LR No. 55120 dated 19.01.2026. Credit note for the same is still awaited. Kindly issue at the
   earliest.

2) INV-67751 - Material is not received at our Pune plant till date. Kindly check with your
   dispatch and confirm the status.

Both invoices are kept on hold till the above points are cleared.

Thanks & Regards,
Accounts Payable Team
Deccan Gasworks Pvt Ltd, Pune""",
     ["dispute"], rem=("overdue", ["INV-67748", "INV-67751"]), client="outlook_old", mode="plain",
     reasons=["returns_credit", "not_received"], invoices=["INV-67748", "INV-67751"],
     notes="Indian AP note: goods already returned with the credit note awaited (returns_credit) on one "
           "invoice, material not received on the other. The LR number is not an invoice.")

case("d4-den-37", "Sylvie Gagnon <sgagnon@plasturgie-laval.example>", "2026-07-15 10:40 -0400",
     """Hello Dana,

For invoice 67757 we have two issues, please:

a) HST 13% was charged, but the delivery was to our plant in Laval, Quebec. It should be GST 5%
   plus QST 9.975%, not HST.
b) There is no purchase order number on the invoice. Our PO for this order is 4410-22871, and
   without it the invoice cannot be matched in our system.

Can you please reissue the invoice with both corrected? After that we will process it normally.

Thank you,
Sylvie Gagnon
Comptes fournisseurs / Accounts payable
Plasturgie Laval inc.""",
     ["dispute"], rem=("overdue", ["INV-67757"], "Sylvie"), client="outlook", mode="alt",
     reasons=["tax", "missing_po_or_docs"], invoices=["INV-67757"],
     notes="Québec writer in English: the wrong provincial sales tax charged (tax) and no PO number on "
           "the invoice (missing_po_or_docs).")

case("d4-den-38", "Colm Fitzpatrick <colm.fitzpatrick@larchwood-care.example>", "2026-07-28 09:55 +0100",
     """Hi Dana,

Afraid we can't pay 67763 as it stands, for two reasons.

First, it's made out to Larchwood Care Homes Ltd. Since the acquisition in May all purchasing
has been under Larchwood Healthcare Group Ltd - new company, new company number, and our AP
system won't accept an invoice in the old name. Your team was sent the novation letter on
2 June.

Second, the hoist slings are billed at £86.00 each. The framework price is £71.50, and that
price moved across with the novation.

Could you reissue on the new entity at the framework price?

Thanks,
Colm Fitzpatrick
Procurement & Finance Business Partner
Larchwood Healthcare Group""",
     ["dispute"], rem=("overdue", ["INV-67763"], "Colm"), client="outlook", mode="alt",
     reasons=["other", "pricing"], invoices=["INV-67763"],
     notes="UK: invoice made out to the pre-acquisition entity (other) and billed above the framework "
           "price (pricing).")

# ---- a dispute next to another intent ----------------------------------------------------------

case("d4-den-39", "Raquel Ibarra <ribarra@sunvalleyirrigation.example>", "2026-06-22 11:25 -0700",
     """Hi Dana,

We'll pay INV-67778 on June 30, but short: $5,636.26 instead of the $7,227.86 billed.

- $1,180.00 is the credit we're still owed for the 4 backflow valves we returned on RMA 30418
  in May. Your team confirmed receipt but the credit never posted.
- $411.60 is the price difference on the drip fittings: billed at $2.46, our contract price is
  $1.97 (840 pcs).

Happy to get on a call if anything's unclear.

Raquel Ibarra
AP Lead, Sun Valley Irrigation""",
     ["dispute", "promise_to_pay"], rem=("overdue", ["INV-67778"], "Raquel"), client="outlook", mode="alt",
     reasons=["returns_credit", "pricing"], invoices=["INV-67778"],
     promises=[P("5636.26", "USD", "2026-06-30", ["INV-67778"])],
     notes="A short payment promised with an amount and a date, the deductions explained: a return "
           "never credited and a price above contract. 7227.86 - 1180.00 - 411.60 = 5636.26.")

case("d4-den-40", "Lucinda Marsh <lucinda.marsh@greyfriarsestates.example>", "2026-09-01 14:15 +0100",
     """Hello,

Thank you for the reminder. Our receiving team at the Hexham estate has no record of the
delivery on INV-67784 - no delivery note on file and nobody remembers the fencing arriving.

Would you please send us the signed proof of delivery? If someone here did sign for it I will
find out where it went; otherwise we'll need it redelivered.

Kind regards,
Lucinda Marsh
Estate Office Manager
Greyfriars Estates""",
     ["dispute", "invoice_request"], rem=("overdue", ["INV-67784"], "Lucinda"), client="thunderbird",
     mode="alt",
     reasons=["not_received"], invoices=["INV-67784"],
     notes="No record of the delivery plus a request for the existing signed POD: not_received and "
           "invoice_request.")

case("d4-den-41", "Hector Villanueva <hector@villanuevagreenhouses.example>", "2026-05-18 16:05 -0500",
     """Hi Dana,

Paid 67769 and 67770 today, one ACH for $14,449.43, trace 091000019337.

Holding 67772. 5 of the 12 heat mats you sent are dead - they show power but don't warm up, tried
them on three different controllers. Send replacements or a credit for the 5 and I'll pay the
rest.

Hector Villanueva
Villanueva Greenhouses""",
     ["dispute", "payment_sent"], rem=("statement", ["INV-67769", "INV-67770", "INV-67772"], "Hector"),
     client="gmail", mode="plain",
     reasons=["damaged_defective"], invoices=["INV-67769", "INV-67770", "INV-67772"],
     notes="Two invoices reported paid with an ACH trace, the third withheld for units that do not "
           "work (defective). Paying 'the rest' later has no date.")

case("d4-den-42", "Ines Moreau <imoreau@harbourlightmarine.example>", "2026-08-25 10:30 -0400",
     """Hello,

INV-67790 is the same order as INV-67789 - same PO, same 40 life rings, same delivery note. Please
cancel 67790; we'll pay 67789 as normal.

Also, please note our AP mailbox has changed. From now on send invoices, statements and
reminders to payables@harbourlightmarine.example rather than to me directly.

Thanks,
Ines Moreau
Finance, Harbour Light Marine""",
     ["dispute", "contact_change"], rem=("statement", ["INV-67789", "INV-67790"], "Ines"), client="outlook",
     mode="alt",
     reasons=["duplicate_billing"], invoices=["INV-67789", "INV-67790"],
     contact="payables@harbourlightmarine.example",
     notes="A duplicate invoice plus a new AP mailbox for all our mail; 'pay as normal' has no date.")

# ---- look-alikes that contest nothing ----------------------------------------------------------

case("d4-den-43", "Ed Kowalski <ed@kowalskiroofing.example>", "2026-10-06 08:40 -0500",
     """Hi Dana,

The two bundles that were missing off the first drop showed up Friday, so we're all squared away
on that. Thanks for chasing the warehouse.

67796 will go out Thursday.

Ed Kowalski
Kowalski Roofing""",
     ["promise_to_pay"], rem=("overdue", ["INV-67796"], "Ed"), client="outlook", mode="plain",
     invoices=["INV-67796"], promises=[P(None, None, "thu", ["INV-67796"])],
     notes="A shortage already put right ('all squared away'): nothing contested; only the promise "
           "for Thursday.")

case("d4-den-44", "Priya Natarajan <pnatarajan@lumenlabs.example>", "2026-09-21 09:15 -0700",
     """Hi,

I noticed the unit price on 67802 went from $14.10 to $15.35 since our last order. We're not
disputing it, I just need to know whether that's the new price going forward so I can update
our budget. Either way it'll be paid this Friday.

Thanks,
Priya""",
     ["promise_to_pay"], rem=("overdue", ["INV-67802"], "Priya"), client="gmail", mode="alt",
     invoices=["INV-67802"], promises=[P(None, None, "fri", ["INV-67802"])],
     notes="A price question the sender says is not a challenge, with an unconditional Friday payment: "
           "promise only, no dispute.")

case("d4-den-45", "Marty Quinlan <marty@quinlanfeedseed.example>", "2026-05-08 10:50 -0500",
     """the other 4 drums turned up this morning, they'd been left at your Hutchinson yard. ignore my
email from tuesday. paid the full invoice just now, ach conf 77Q41K""" + ANDROID,
     ["payment_sent"], rem=("overdue", ["INV-67807"], "Marty"), client="outlook", mode="plain",
     invoices=["INV-67807"],
     notes="The missing drums turned up and the complaint is withdrawn; the invoice is reported paid: "
           "payment_sent, no dispute.")

case("d4-den-46", "Olivia Grant <ogrant@meridianhotels.example>", "2026-03-19 11:30 -0400",
     """Hello Dana,

Nothing is in question on INV-67813 and it is scheduled under our normal terms. Separately, our
year-end auditors have picked it for sample testing and need the signed proof of delivery.
Could you send it over when you have a moment?

Kind regards,
Olivia Grant
Accounts Payable Manager
Meridian Hotels & Resorts""",
     ["invoice_request"], rem=("overdue", ["INV-67813"], "Olivia"), client="outlook", mode="alt",
     invoices=["INV-67813"],
     notes="A POD asked for an audit, with 'nothing is in question': invoice_request, not a dispute. "
           "'Scheduled under normal terms' has no date.")

case("d4-den-47", "Rosa Delgado <rdelgado@delgadocatering.example>", "2026-11-03 13:20 -0600",
     """Hi Dana,

I was going to ask why there's sales tax on 67819 - then I checked and our exemption certificate
expired in September, so that's on us. Renewed certificate attached for future orders.

We'll pay 67819 as billed on Thursday.

Rosa Delgado
Delgado Catering Co.""",
     ["promise_to_pay"], rem=("overdue", ["INV-67819"], "Rosa"), client="gmail", mode="alt",
     attachments=[("exemption_certificate_2026.pdf", "application/pdf", fake_pdf("exemption cert"))],
     invoices=["INV-67819"], promises=[P(None, None, "thu", ["INV-67819"])],
     notes="A tax question the sender settles herself ('that's on us') and pays as billed: promise only.")

case("d4-den-48", "Abel Haile <abel.haile@sentinelfire.example>", "2026-10-20 09:05 -0400",
     """Hi,

Got your reminder for 67825 but it never turned up here - not the goods, those came fine on the
2nd, I mean the invoice itself. Can you send me a PDF copy? I'll get it entered today.

Abel Haile
Sentinel Fire Protection""",
     ["invoice_request"], rem=("overdue", ["INV-67825"], "Abel"), client="outlook", mode="plain",
     invoices=["INV-67825"],
     notes="'Never turned up' refers to the invoice document, the goods arrived: a copy request, not "
           "a not_received dispute.")

"""dev4 topic: disputes, third set - industries the earlier splits never billed.

The dispute cases so far come mostly from buyers of industrial parts: pumps, fasteners, tile,
cable. Plenty of AR mail comes from elsewhere, and each trade has its own way of saying "we
won't pay this as billed": a food buyer probes the chicken at 47 °F and dumps it, or finds the
yoghurt coded five days out; an IT buyer counts licences on the order form against seats on the
invoice, or waits for the SLA credit the account manager confirmed; a shipper checks detention
and fuel surcharge against the rate confirmation and wants the lumper receipt; a general
contractor holds a pay application without the retainage deduction or the conditional lien
waiver, or refuses a variation nobody signed; a hospital's materials manager pulls sterile packs
with torn wraps; a marketing coordinator gets purple instead of PMS 286; a warehouse approves 38.5
hours and is billed 46; a charity is charged 20% VAT on its electricity. The problem is often
shown only through numbers, and the word "dispute" hardly appears.

Thirty-nine cases contest something: 28 in English (US, UK), 4 in Spanish (Spain, Mexico,
Chile), 4 in French (France, Belgium, Québec) and 3 in German (Germany, Switzerland). Every
dispute reason occurs at least four times. Ten cases raise two problems and label both, in the
order the writer raises them. Ten carry a second intent: the undisputed part or the undisputed
invoice promised with an amount and a date (3), a POD or signed timesheets asked for (3), a
payment already made on another invoice (2), a new AP mailbox (2).

The last six contest nothing: a fuel surcharge the writer checks against the table and accepts,
a complaint about a driver's manners on a paid invoice, timesheets wanted for an audit file with
the payment date given, an outage credit that is already on the invoice, a retention the writer
sees was deducted after all, and short-dated stock that sold through without trouble.
"""

from functools import partial

from dev2_cases import billed_case, IPHONE
from dev_cases import (DISCLAIMER, DISCLAIMER_DE, DISCLAIMER_ES, DISCLAIMER_FR, DISCLAIMER_US, P, Quote,
                       fake_pdf, when)

# What our quoted reminders show for each invoice, so that the figures customers write agree with
# the thread they answer.
BILLED = {
    "INV-72015": "$6,842.35",
    "INV-72025": "$2,964.10",
    "INV-72035": "$1,126.85",
    "INV-72045": "$3,417.90", "INV-72046": "$1,284.60",
    "INV-72055": "$54,720.00",
    "INV-72065": "$8,250.00",
    "INV-72075": "$18,819.00",
    "INV-72085": "$27,600.00", "INV-72086": "$2,300.00",
    "INV-72095": "$15,840.00",
    "INV-72105": "$3,281.52",
    "INV-72115": "$2,940.00",
    "INV-72125": "$1,865.40",
    "INV-72135": "$2,185.00",
    "INV-72145": "$3,180.00", "INV-72146": "$3,180.00",
    "INV-72155": "$84,600.00",
    "INV-72165": "$38,090.00",
    "INV-72175": "$2,475.00",
    "INV-72185": "$7,160.00",
    "INV-72195": "$4,318.00", "INV-72196": "$5,282.60",
    "INV-72205": "$1,338.00",
    "INV-72215": "$2,865.00",
    "INV-72225": "$4,150.00",
    "INV-72235": "$1,486.00",
    "INV-72245": "$1,288.00",
    "INV-72255": "$5,574.40", "INV-72256": "$5,574.40",
    "INV-72265": "$312.00",
    "INV-72275": "$9,750.00",
    "INV-72285": "£3,846.00",
    "INV-72295": "$98,553.60 MXN",
    "INV-72305": "4.812,60 €",
    "INV-72315": "3.872,00 €",
    "INV-72325": "USD 2.340,00", "INV-72326": "USD 2.340,00",
    "INV-72335": "46 800,00 €",
    "INV-72345": "12 960,00 €",
    "INV-72355": "2 644,43 $ CA",
    "INV-72365": "4 180,00 €", "INV-72366": "1 512,50 €",
    "INV-72375": "2.946,58 €",
    "INV-72385": "3.416,50 €",
    "INV-72395": "CHF 14'400.00",
    "INV-72405": "$5,148.00",
    "INV-72415": "$1,942.75",
    "INV-72425": "$7,380.00",
    "INV-72435": "$3,712.50",
    "INV-72445": "22 610,00 €",
    "INV-72455": "1.734,20 €",
}


# Days between an invoice's due date and the customer's reply, where the default of 26 would put
# the due date before the delivery or service the mail talks about (negative: not yet due).
DUE_BACK = {
    "INV-72015": 10, "INV-72025": 8, "INV-72035": 11, "INV-72045": 4, "INV-72046": 4,
    "INV-72065": -12, "INV-72115": 12, "INV-72155": 4, "INV-72305": 5, "INV-72435": 4,
}


_case = partial(billed_case, BILLED, lambda n: DUE_BACK.get(n, 26))


SAMSUNG = "\n\nSent from my Samsung Galaxy smartphone."

# ==== English ====================================================================================

# ---- food distribution ---------------------------------------------------------------------------

_case("d4-dsc-01", "Renata Kowal <rkowal@lakeshorefoodcoop.example>", "2026-06-16 10:20 -0500",
      """Hi,

Re 72015 - I need 14 cases of the boneless chicken breast taken off this one.

When the truck came in on Friday May 22 our receiver probed the poultry before signing:
46.8, 47.5, 49.1 and 48.2 °F across four cases, and the product was soft to the touch. Anything over 41 °F we
can't put in the cooler, so all 14 cases went in the dumpster under our HACCP log (probe
readings and the photos attached). The dry goods and the produce on that load were fine.

14 cases x $61.20 = $856.80. Please credit that and send me the adjusted total.

Renata Kowal
Receiving & Inventory Lead
Lakeshore Food Co-op
(414) 555-0196""",
      ["dispute"], rem=("overdue", ["INV-72015"], "Renata"), client="outlook", mode="alt",
      attachments=[("poultry_probe_log_0612.pdf", "application/pdf", fake_pdf("HACCP probe log"))],
      reasons=["damaged_defective"], invoices=["INV-72015"],
      notes="Cold chain broken: poultry probed above the safe temperature on arrival and destroyed. "
            "Product unfit on delivery is damaged_defective; the credit asked for is the remedy, not "
            "a returns credit (nothing was sent back).")

_case("d4-dsc-02", "Gus Papadakis <gus@papadakisdeli.example>", "2026-03-18 14:02 -0400",
      """Hello,

On March 4 your driver Manny took back 9 cases of the Greek yogurt 32 oz from the March 3
delivery because the code dates were 5 days out and we can't sell that. He wrote it up on a
credit pickup slip, CP-55821, I have my copy. That was two weeks ago.

No credit has come through and your reminder still has 72025 at the full $2,964.10, which
includes those 9 cases ($38.40 each, $345.60).

Please put the credit on.

Gus Papadakis
Papadakis Deli & Market""",
      ["dispute"], rem=("overdue", ["INV-72025"], "Gus"), client="thunderbird", mode="plain",
      reasons=["returns_credit"], invoices=["INV-72025"],
      notes="Short-dated stock picked up by the driver on a credit slip, credit never issued: "
            "returns_credit. The slip number is not an invoice; the short dating is why the goods "
            "went back, the complaint now is the missing credit.")

_case("d4-dsc-03", "Dot Hennessey <dot@bluespoondiner.example>", "2026-05-11 06:05 -0400",
      """the 4/16 drop never came. called your dispatch twice, they said truck skipped us because it
was running late. I had to run to restaurant depot for eggs and bacon.
72035 is that delivery. I'm not paying for food I never got""" + IPHONE,
      ["dispute"], rem=("overdue", ["INV-72035"], "Dot"), client="apple", mode="plain",
      reasons=["not_received"], invoices=["INV-72035"],
      notes="Diner owner on a phone at dawn: a whole scheduled delivery skipped by the truck but "
            "invoiced: not_received.")

_case("d4-dsc-04", "Kenji Watanabe <kwatanabe@pikeplaceoyster.example>", "2026-09-15 11:48 -0700",
      """Hi Carla,

Two things on the statement.

72046 for $1,284.60 is approved, it goes out by ACH this Friday.

72045: the halibut. Your market sheet for the week of 8/10 had fresh Pacific halibut fillet at
$14.75/lb, and that's the week we ordered and took delivery (8/12). The invoice has it at
$18.40/lb, which I think is the 8/17 sheet price. 62 lb x $3.65 = $226.30 over. Can you rebill
at the 8/10 price?

Thanks,
Kenji Watanabe
Purchasing / AP
Pike Place Oyster Bar""",
      ["promise_to_pay", "dispute"], rem=("statement", ["INV-72045", "INV-72046"], "Kenji"),
      client="gmail", mode="alt",
      reasons=["pricing"], invoices=["INV-72045", "INV-72046"],
      promises=[P("1284.60", "USD", "fri", ["INV-72046"])],
      notes="Market-price seafood billed at the next week's sheet price: pricing. The other invoice "
            "is promised with amount for 'this Friday' (the Friday after a Tuesday mail).")

# ---- IT / SaaS subscriptions ---------------------------------------------------------------------

_case("d4-dsc-05", "Priya Raman <priya.raman@corbelhealthit.example>", "2026-02-03 09:40 -0600",
      """Hello,

Invoice 72055 is for the 2026 subscription term and bills 120 named users.

At renewal we signed order form OF-2291 (countersigned by your side on 12/18), which reduces the
account to 85 named users at $38.00 per user per month. Your own admin console shows 83 active
users today. 120 is last year's number.

85 x $38.00 x 12 = $38,760.00, not $54,720.00. Please reissue for 85 users.

Regards,
Priya Raman
IT Vendor Management
Corbel Health IT Services""",
      ["dispute"], rem=("overdue", ["INV-72055"], "Priya"), client="outlook", mode="html",
      reasons=["quantity_short"], invoices=["INV-72055"],
      notes="HTML-only mail: more licences billed (120) than the signed order form (85): the billed "
            "quantity exceeds what was bought, quantity_short. The per-seat price is not contested. "
            "The order-form number is not an invoice.")

_case("d4-dsc-06", "Jonas Whitfield <jwhitfield@harborpointlogistics.example>", "2026-05-20 16:15 -0400",
      """Hi,

Re the June invoice (72065, $8,250.00), which came in this week.

Under Exhibit C of the MSA, monthly availability below 99.5% earns a 10% service credit on that
month's fee. April came in at 98.1% - your own incident report INC-4471 puts the outage at 13h
40m on April 8-9. Meghan (our CSM) confirmed the credit in writing on May 6 and said it would
be on the next invoice.

It isn't there. We should be looking at $7,425.00 for June. Can you add the $825.00 credit and
resend?

Jonas Whitfield
Director, Business Systems
Harbor Point Logistics""",
      ["dispute"], rem=("friendly", ["INV-72065"], "Jonas"), client="outlook", mode="alt",
      reasons=["returns_credit"], invoices=["INV-72065"],
      notes="An SLA service credit, confirmed by the vendor, missing from the invoice: the complaint is "
            "a credit owed and not applied, returns_credit, as with a promised credit note. The "
            "outage is history; the service itself is not contested now.")

_case("d4-dsc-07", "Maureen Tobin <mtobin@northshorecharter.example>", "2026-08-19 13:30 -0400",
      """Good afternoon,

Invoice 72075 (annual platform subscription) adds $1,107.00 of sales tax to the $17,712.00
subscription. North Shore Community Charter School is exempt, and our exemption certificate
(Form ST-2 / ST-5) was uploaded to your billing portal in January when we renewed. Last year's
invoice had no tax on it.

I don't want to hold up the whole thing over the tax line, so the $17,712.00 is being paid by
ACH on August 28. Please issue a corrected invoice without the tax, or a credit memo for the
$1,107.00.

Thank you,
Maureen Tobin
Business Manager
North Shore Community Charter School""",
      ["promise_to_pay", "dispute"], rem=("overdue", ["INV-72075"], "Maureen"), client="outlook",
      mode="alt",
      reasons=["tax"], invoices=["INV-72075"],
      promises=[P("17712.00", "USD", "2026-08-28", ["INV-72075"])],
      notes="Sales tax charged to an exempt school with a certificate on file: tax. The untaxed "
            "subscription amount is paid unconditionally on a stated date: a partial promise on the "
            "same invoice.")

_case("d4-dsc-08", "Alex Brandt <alex@tallgrassanalytics.example>", "2026-07-22 08:55 -0700",
      """hey AR,

I think your billing system didn't get the memo that we moved to annual. 72085 is the annual
prepay for July 2026 - June 2027 ($27,600 = 12 x $2,300). Then 72086 shows up for July 2026 on
the old monthly plan, $2,300. That's July billed twice.

Please void 72086.

Alex Brandt
Ops & Finance, Tallgrass Analytics""",
      ["dispute"], rem=("statement", ["INV-72085", "INV-72086"], "Alex"), client="gmail", mode="plain",
      reasons=["duplicate_billing"], invoices=["INV-72085", "INV-72086"],
      notes="Startup ops lead: one month covered by the annual prepay and billed again on the old "
            "monthly plan: duplicate_billing. Nothing says the annual invoice is paid.")

_case("d4-dsc-09", "Danielle Ostrowski <dostrowski@meridianmutual.example>", "2026-04-08 10:05 -0500",
      """Hello,

We are not in a position to approve invoice 72095 (implementation services).

1) The implementation isn't done. SOW-2025-17 covers configuration, migration of our policy
   data and three admin training sessions. The migration has failed twice (March 12 and March
   26), we are still running on the legacy system, and none of the training sessions has been
   scheduled. Go-live was due March 31.

2) The SOW is a fixed fee of $12,000.00 for the whole scope. The invoice bills 96 hours at
   $165.00/hr = $15,840.00. Hourly billing isn't part of our agreement.

Please ask your project lead to contact me about a new migration date. We'll review a corrected
invoice once the work is delivered.

Danielle Ostrowski
Manager, Insurance Operations Technology
Meridian Mutual Insurance Company""" + "\n\n" + DISCLAIMER_US,
      ["dispute"], rem=("second", ["INV-72095"], "Danielle"), client="outlook", mode="alt",
      reasons=["service_issue", "pricing"], invoices=["INV-72095"],
      notes="Two problems on one invoice, in this order: the implementation not delivered (failed "
            "migration, no training: service_issue) and hours billed against a fixed-fee SOW "
            "(pricing). Reviewing a corrected invoice later is no promise.")

# ---- logistics / freight -------------------------------------------------------------------------

_case("d4-dsc-10", "Marek Zielinski <dispatch@zielinskiplastics.example>", "2026-10-07 15:25 -0500",
      """Hello,

Invoice 72105, load 3310458 Joliet - Memphis. Rate confirmation RC-88127 say:
  linehaul $2,450.00
  fuel surcharge by DOE table, for week of 8/17 diesel $3.89 = $0.58 per mile
  detention $60.00/hr after 2 hours free

Invoice have FSC $0.71 x 812 mi = $576.52, should be $470.96. Detention 3 hrs at $85.00 =
$255.00, should be $180.00. Total $180.56 too much.

Please make new invoice by rate confirmation. Copy of RC attached.

Marek Zielinski
Logistics Coordinator
Zielinski Plastics Inc., Joliet IL""",
      ["dispute"], rem=("overdue", ["INV-72105"], "Marek"), client="outlook_old", mode="plain",
      attachments=[("RC-88127.pdf", "application/pdf", fake_pdf("Rate confirmation RC-88127"))],
      reasons=["pricing"], invoices=["INV-72105"],
      notes="Non-native English shipper checks fuel surcharge and detention rate against the rate "
            "confirmation; the detention hours are accepted, only the rates are wrong: pricing. Load "
            "and RC numbers are not invoices.")

_case("d4-dsc-11", "Tasha Greenlee <tgreenlee@ohiovalleyfixtures.example>", "2026-11-10 09:12 -0500",
      """Hi,

72115 charges us for 14 pallets Cincinnati to Louisville ($210/pallet, $2,940.00). Our
customer's receiving report (attached) shows 12 pallets on 10/6, with "2 PLT SHORT" written next
to the driver's signature. Those two pallets of shelving still haven't turned up anywhere.

We'll pay for the 12 that made it, $2,520.00, once it's rebilled. And if you have a delivery
receipt signed for 14, please send it over so I can go back to the consignee.

Thanks,
Tasha Greenlee
Shipping & Traffic
Ohio Valley Store Fixtures""",
      ["dispute", "invoice_request"], rem=("overdue", ["INV-72115"], "Tasha"), client="gmail",
      mode="alt",
      attachments=[("receiving_report_1103.pdf", "application/pdf", fake_pdf("receiving report"))],
      reasons=["quantity_short"], invoices=["INV-72115"],
      notes="Freight billed for 14 pallets, 12 delivered, shortage noted at the consignee: part of "
            "the shipment missing is quantity_short. Asking for a signed delivery receipt (POD) adds "
            "invoice_request; paying 12 'once it's rebilled' is conditional and undated.")

_case("d4-dsc-12", "Luis Carranza <lcarranza@sierramedequip.example>", "2026-11-04 13:47 -0800",
      """Hi,

You've billed us $1,865.40 on 72125 for delivery of PRO 5520-118734 to our Reno warehouse. That
freight was never delivered. Your Sparks terminal told me this morning it's still on their dock
- they missed the appointment on 9/18 and again on 9/23, nobody rescheduled, and it has been
sitting there for six weeks.

Bill it when it's actually here.

Luis Carranza
Warehouse Manager
Sierra Medical Equipment - Reno""",
      ["dispute"], rem=("second", ["INV-72125"], "Luis"), client="thunderbird", mode="plain",
      reasons=["not_received"], invoices=["INV-72125"],
      notes="Freight still sitting at the carrier's terminal but billed as delivered: not_received. "
            "The PRO number is not an invoice.")

_case("d4-dsc-13", "Freight Payables <freightpay@cardinalhomegoods.example>", "2026-01-21 11:30 -0500",
      """Carrier: Ourco Logistics
Invoice: 72135   Load: CHG-1187445   Status: ON HOLD - AUDIT EXCEPTIONS

Hello,

Our freight audit has adjusted this invoice as follows:

1. Lumper fee $325.00 - REJECTED, no receipt. Per our carrier routing guide (section 8.4) and
   the rate confirmation, lumper charges are reimbursed only against the original lumper
   receipt from the DC. None was submitted with the invoice.

2. Liftgate $95.00 - REJECTED. Not on the rate confirmation. Delivery was dock to dock at our
   Columbus DC; no liftgate was requested or needed.

Approved amount: $1,765.00 (linehaul). Lumper charges billed without a receipt are not
reimbursed, and the liftgate charge will not be paid.

Regards,
Kim Delacroix
Freight Audit & Payment
Cardinal Home Goods, Inc.""",
      ["dispute"], rem=("overdue", ["INV-72135"]), client="outlook", mode="html",
      reasons=["missing_po_or_docs", "pricing"], invoices=["INV-72135"],
      notes="Retailer's freight audit block, HTML only: a lumper fee without the required receipt "
            "(missing_po_or_docs), then a liftgate accessorial not on the rate confirmation (pricing, "
            "like any unagreed surcharge). 'Approved amount' is not a promise: no date.")

_case("d4-dsc-14", "Carol Nguyen <cnguyen@riverbendpaper.example>", "2026-10-01 10:10 -0400",
      """Hello,

Your statement shows 72145 and 72146 both open at $3,180.00. They're the same load: BOL
66120871, PRO 4419-2210, Dayton to Harrisburg, picked up 8/11. 72146 looks like the same shipment
rebilled.

72145 was paid on 9/25 by ACH, trace 021000020441187, $3,180.00. Please cancel 72146.

Carol Nguyen
Accounts Payable
Riverbend Paper Products""",
      ["dispute", "payment_sent"], rem=("statement", ["INV-72145", "INV-72146"], "Carol"),
      client="outlook", mode="alt",
      reasons=["duplicate_billing"], invoices=["INV-72145", "INV-72146"],
      notes="One freight load billed on two invoices (duplicate_billing on 72146) and the original "
            "already paid by ACH with a trace number (payment_sent on 72145). BOL, PRO and trace "
            "numbers are not invoices.")

# ---- construction subcontracting -----------------------------------------------------------------

_case("d4-dsc-15", "Roxanne Delgado <rdelgado@mesaverdebuilders.example>", "2026-06-24 14:40 -0700",
      """Hello,

Pay Application #6 (your invoice 72155) for the Chandler Medical Office Building can't go into
this month's draw as submitted.

- It bills the full $84,600.00 earned this period with no retainage withheld. Section 5.3 of
  your subcontract provides for 10% retainage until substantial completion, so the amount due
  this period is $76,140.00 and the $8,460.00 goes to retainage held.
- We also don't have your conditional lien waiver for Pay App #6, or the unconditional waiver
  for Pay App #5. The lender's draw inspector won't fund our draw without both.

Once the pay app comes back with retainage shown and both waivers in the package, I'll put it
in the July draw.

Thank you,
Roxanne Delgado
Project Accountant
Mesa Verde Builders, LLC
480-555-0133""" + "\n\n" + DISCLAIMER_US,
      ["dispute"], rem=("overdue", ["INV-72155"], "Roxanne"), client="outlook", mode="alt",
      reasons=["other", "missing_po_or_docs"], invoices=["INV-72155"],
      notes="GC project accountant holding a subcontractor's pay application: billed without the "
            "contractual retainage (a term of billing, reason other), then the lien waivers the draw "
            "requires are missing (missing_po_or_docs). The waivers are part of the resubmitted pay "
            "application, not copies of existing documents, so no invoice_request; 'I'll put it in "
            "the July draw' depends on the resubmission: no promise.")

_case("d4-dsc-16", "Hank Ferreira <hferreira@ferreiragc.example>", "2026-07-15 08:20 -0500",
      """Morning,

On 72165 - we'll pay $31,240.00 of it on July 31. That's the base contract work on the
level 2 framing, it's been inspected and our super signed off.

The other $6,850.00 is line 4, "V-04 additional blocking at corridor walls". I have no signed
change order for that. Your foreman may have talked to our super on site, but nothing gets paid
on our jobs without a CO signed by the PM before the work starts - it's in the subcontract,
article 12. If you think it's owed, it goes through the change order process like everything else.

Hank Ferreira
Owner
Ferreira General Contracting""",
      ["promise_to_pay", "dispute"], rem=("second", ["INV-72165"], "Hank"), client="gmail", mode="plain",
      reasons=["missing_po_or_docs"], invoices=["INV-72165"],
      promises=[P("31240.00", "USD", "2026-07-31", ["INV-72165"])],
      notes="A variation billed without the signed change order the subcontract requires: the "
            "authorising document is missing, missing_po_or_docs. The base-contract part is promised "
            "with amount and date; 31,240 + 6,850 = 38,090, the billed total.")

# ---- facilities maintenance ----------------------------------------------------------------------

_f17 = "Lauren Pike <lpike@granitecrestproperties.example>"
_case("d4-dsc-17", _f17, "2026-09-29 12:05 -0400",
      """Hi,

Forwarding our chief engineer's note on the Q3 preventive maintenance at 400 Granite Crest
Drive. You've invoiced the visit in full on 72175 ($2,475.00, five rooftop units at $495.00),
but from what Ray found, two units got serviced and three didn't, and we never received the PM
report the contract calls for.

I'm holding the invoice until somebody finishes RTU-3 to RTU-5 and sends the report.

Lauren Pike
Property Manager
Granite Crest Properties""",
      ["dispute"], subject="72175 - Q3 PM visit at 400 Granite Crest not completed",
      quote=Quote("forward", "Ray Dunleavy <rdunleavy@granitecrestproperties.example>",
                  when("2026-09-25 16:31 -0400"), _f17, "HVAC PM - roof",
                  "Lauren,\n\nBadge log has their tech on site 8/18 from 10:05 to 11:45. I went up this "
                  "afternoon. RTU-1 and 2 have new filters and belts, dated tags. RTU-3, 4, 5 still "
                  "have the June filters, belts not touched, no tags. Coil on 4 still filthy. No "
                  "report left with security either.\n\nRay\nChief Engineer"),
      client="gmail", mode="alt",
      reasons=["service_issue"], invoices=["INV-72175"],
      notes="Property manager forwards the engineer's roof check: a maintenance visit billed for "
            "five units, only two done and no report: service_issue. The missing PM report is part "
            "of the unfinished service, not a document request.")

# ---- medical supplies ----------------------------------------------------------------------------

_case("d4-dsc-18", "Beatriz Molina <bmolina@stcatherinehealth.example>", "2026-03-10 15:50 -0500",
      """Hello,

Materials Management here, about invoice 72185 (40 laparotomy packs, lot 24A117).

During case-cart build on March 6 our sterile processing staff found 11 of the 40 packs with the
outer wrap torn or punctured along the fold, and two more with the chemical indicator not
changed. Per policy, any pack with a compromised sterile barrier is pulled from use; all 11 are
quarantined in SPD with the lot labels intact. Event report MM-2026-0309 is attached.

We are not able to approve payment for the 11 packs (11 x $179.00 = $1,969.00). Please arrange
replacement or credit and let us know if your quality team wants the packs returned for
evaluation.

Beatriz Molina, CMRP
Supervisor, Materials Management
St. Catherine Health System""" + "\n\n" + DISCLAIMER_US,
      ["dispute"], rem=("overdue", ["INV-72185"], "Beatriz"), client="outlook", mode="alt",
      attachments=[("MM-2026-0309.pdf", "application/pdf", fake_pdf("Event report MM-2026-0309"))],
      reasons=["damaged_defective"], invoices=["INV-72185"],
      notes="Hospital materials management: sterile packs with a breached barrier, pulled from use: "
            "damaged_defective. Offering to return them for evaluation is not a returns credit "
            "claim; lot and event-report numbers are not invoices.")

_case("d4-dsc-19", "Wesley Tran <wtran@gulfcoastregional.example>", "2026-02-17 10:25 -0600",
      """Hi,

72195 was released today, ACH $4,318.00, our payment no. 0088231.

72196 I have to send back. It has Texas sales tax at 8.25% ($402.60) on $4,880.00 of wound care
supplies. Gulf Coast Regional is a nonprofit hospital and exempt; our Texas exemption
certificate (Form 01-339) has been on file with your credit department since 2022. Please
reissue 72196 at $4,880.00.

Thanks,
Wesley Tran
Accounts Payable
Gulf Coast Regional Medical Center""",
      ["payment_sent", "dispute"], rem=("overdue", ["INV-72195", "INV-72196"], "Wesley"),
      client="outlook_old", mode="plain",
      reasons=["tax"], invoices=["INV-72195", "INV-72196"],
      notes="One invoice reported paid today with an ACH reference (payment_sent); sales tax "
            "charged to an exempt nonprofit hospital on the other (tax). 4,880.00 x 8.25% = 402.60.")

_case("d4-dsc-20", "Dr. Aisha Bello <office@bellofamilymed.example>", "2026-04-14 18:32 -0600",
      """Got your overdue notice for 72205. That invoice is only the 6 cases of IV start kits from
order SO-41877 and your own portal STILL says backordered, est ship 4/20. We don't have them. How
is it overdue if it hasn't even shipped?

Please hold the invoice until they actually get here

Aisha Bello MD
Bello Family Medicine""" + IPHONE,
      ["dispute"], rem=("overdue", ["INV-72205"], "Dr. Bello"), client="apple", mode="plain",
      reasons=["not_received"], invoices=["INV-72205"],
      notes="Clinic physician on a phone: invoiced items still on backorder per our portal, never "
            "shipped: not_received. Asking to hold the invoice is the dispute's remedy, not a "
            "payment plan.")

_case("d4-dsc-21", "Corazon Villanueva <cvillanueva@maplegroveltc.example>", "2026-06-10 09:05 -0400",
      """Good morning,

This is regarding invoice 72215 for the 30 boxes of infusion sets lot 9921.

As you know these were under the recall notice from the manufacturer dated May 19. We followed the
instructions in the notice, all 30 boxes were shipped back to your returns center with the
prepaid label on May 26 and UPS shows it was delivered there May 29 (tracking 1Z 84W 219 03 5521
6634). The recall notice said customers will be credited in full.

Until now we did not receive any credit memo and the full $2,865.00 is still showing on your
reminder. Kindly process the credit so we can close this.

Thank you and God bless,
Corazon Villanueva, RN
Director of Nursing / Purchasing
Maple Grove Long Term Care""",
      ["dispute"], rem=("second", ["INV-72215"], "Corazon"), client="thunderbird", mode="plain",
      reasons=["returns_credit"], invoices=["INV-72215"],
      notes="Recalled product sent back as instructed, the promised full credit never issued: "
            "returns_credit. Filipino-English voice ('until now we did not receive'); the lot and "
            "tracking numbers are not invoices.")

# ---- printing ------------------------------------------------------------------------------------

_case("d4-dsc-22", "Hailey Brooks <hbrooks@summitviewcu.example>", "2026-08-04 11:10 -0500",
      """Hi there,

Sorry, but we have a couple of problems with the tri-fold brochures on 72225.

First, the color. Our logo is PMS 286 (it's on the approved proof, signed 6/9) and on the
printed pieces it's come out purple-ish, nowhere near our blue. Side by side with the proof it's
obvious. We can't put these in the branches.

Second, we ordered and were billed for 5,000 and there were 9 cartons of 500 in the delivery.
So 4,500, even if we could use them.

Can we talk about a reprint? Photos of the proof next to a printed piece attached.

Thanks!
Hailey Brooks
Marketing Coordinator
Summit View Credit Union""",
      ["dispute"], rem=("overdue", ["INV-72225"], "Hailey"), client="gmail", mode="alt",
      attachments=[("pms286_vs_print.pdf", "application/pdf", fake_pdf("proof vs print photos"))],
      reasons=["damaged_defective", "quantity_short"], invoices=["INV-72225"],
      notes="Print job off colour against the signed proof (damaged_defective) and 4,500 of 5,000 "
            "delivered (quantity_short), in that order, on one invoice.")

_case("d4-dsc-23", "Trevor Okafor <tokafor@lumenaresolar.example>", "2026-09-28 08:35 -0700",
      """Hi,

Invoice 72235 is for the two retractable banners and the 8 ft table throw for the RE+ show in
Denver (Sept 22-24). They never showed up - not at the booth, not at the advance warehouse, not
at the hotel. FedEx tracking went to "delivery exception" on the 21st and hasn't updated since.
We ran the booth with a borrowed banner from our distributor.

The show is over, so at this point I'm not looking for a redelivery. Please cancel the invoice.

Trevor Okafor
Events & Field Marketing Manager
Lumenare Solar""",
      ["dispute"], rem=("overdue", ["INV-72235"], "Trevor"), client="outlook", mode="alt",
      reasons=["not_received"], invoices=["INV-72235"],
      notes="Printed trade-show banners never delivered, tracking stuck at an exception: "
            "not_received. The writer asks for cancellation rather than redelivery.")

# ---- staffing ------------------------------------------------------------------------------------

_case("d4-dsc-24", "Shawna Pruitt <spruitt@tristatecoldstorage.example>", "2026-10-21 07:40 -0400",
      """72245 - J. Alvarez, w/e 9/18. we approved 38.5 hrs in your portal, you billed 46. send me
the timesheet you billed from please, the one our supervisor signed. nobody here approved 46.

Shawna
Tri-State Cold Storage""",
      ["dispute", "invoice_request"], rem=("overdue", ["INV-72245"], "Shawna"), client="gmail",
      mode="plain",
      reasons=["quantity_short"], invoices=["INV-72245"],
      notes="Staffing hours shown only through numbers: 38.5 approved, 46 billed: more billed than "
            "received, quantity_short. The signed timesheet is asked for: invoice_request.")

_case("d4-dsc-25", "Ivan Petrov <ipetrov@keystonefulfillment.example>", "2026-03-11 13:20 -0500",
      """Hello,

Two problems with the last two staffing invoices.

72255 and 72256 both bill week ending 1/25 for the same four warehouse associates - Hall,
Nunez, Okoro, Patel - 40 hours each, $5,574.40 on each invoice. We only had them that one week.
One of the two has to go.

And neither invoice has the client-approved timesheets attached. Section 4.2 of our MSA says
every invoice must include timesheets signed by our shift lead, otherwise AP can't process it.
Please send back the one valid invoice with the signed timesheets attached.

Ivan Petrov
Operations Manager
Keystone Fulfillment Services""",
      ["dispute", "invoice_request"], rem=("statement", ["INV-72255", "INV-72256"], "Ivan"),
      client="outlook",
      mode="alt",
      reasons=["duplicate_billing", "missing_po_or_docs"], invoices=["INV-72255", "INV-72256"],
      notes="The same staffing week billed on two invoices (duplicate_billing), then the contractual "
            "signed timesheets missing from both (missing_po_or_docs). The signed timesheets exist and "
            "are asked for, so invoice_request too, as earlier splits label a missing signed "
            "timesheet that is asked for.")

_case("d4-dsc-26", "Bo Lindqvist <bo@lindqvistbeverage.example>", "2026-11-20 12:50 -0600",
      """On 72265. The forklift driver you sent Monday 10/12 did not have a current certification
card, his expired in August. We can't let him on a lift, insurance rules. My lead sent him home at
9:15 and called your office to send someone else, nobody came.

You billed a full 8 hr shift for him. He was here from 8:00 to 9:15. That's 1.25 hrs, not 8.

Bo Lindqvist
Warehouse Supervisor
Lindqvist Beverage Distributors""" + SAMSUNG,
      ["dispute"], rem=("overdue", ["INV-72265"], "Bo"), client="outlook", mode="plain",
      reasons=["service_issue", "quantity_short"], invoices=["INV-72265"],
      notes="An uncertified temp sent home and no replacement sent (service_issue), then 8 hours "
            "billed for 1.25 worked (quantity_short), in that order.")

_case("d4-dsc-27", "Rebecca Hollis <rhollis@brightpathlearning.example>", "2026-05-27 10:45 -0400",
      """Dear Accounts Receivable,

We have received invoice 72275 in the amount of $9,750.00, described as a "temp-to-hire
conversion fee" for Ms. Dana Ko.

Ms. Ko worked with us on assignment through your agency from January 6 to March 20, 2025. We
hired her directly on April 21, 2026, some thirteen months after her last assignment ended.
Under section 7.1 of our Master Staffing Agreement, a conversion fee is payable only where the
associate is hired within twelve months of the end of the assignment. No fee is therefore due,
and we ask that the invoice be cancelled.

I would be grateful for written confirmation.

Yours faithfully,
Rebecca Hollis
Director of Human Resources
BrightPath Learning Centers""",
      ["dispute"], rem=("overdue", ["INV-72275"]), client="outlook_old", mode="plain",
      reasons=["other"], invoices=["INV-72275"],
      notes="Formal HR letter: a placement fee charged outside the contract's twelve-month window. "
            "The fee's entitlement is contested, not its price, quantity or documents: other.")

# ---- utilities ----------------------------------------------------------------------------------

_case("d4-dsc-28", "Gillian Ashworth <g.ashworth@brightwelltrust.example>", "2026-04-29 11:15 +0100",
      """Dear Sir or Madam,

Invoice 72285 for electricity supplied to the Brightwell Community Centre has been charged VAT at
20%. Brightwell Community Trust is a registered charity (no. 1107342) and the centre is used
solely for non-business charitable purposes, so the supply qualifies for the 5% reduced rate. We
returned your VAT declaration form for the site in March, and the previous quarter's invoice was
correctly charged at 5%.

On the £3,205.00 net that is VAT of £160.25, not £641.00, so the invoice should total £3,365.25.
Please issue a corrected invoice.

Please also note that from 1 May all invoices, statements and reminders should be sent to
accounts@brightwelltrust.example rather than to me personally, as I am reducing my hours.

Kind regards,
Gillian Ashworth
Finance Officer (part-time)
Brightwell Community Trust""" + "\n\n" + DISCLAIMER,
      ["dispute", "contact_change"], rem=("overdue", ["INV-72285"], "Gillian"), client="outlook",
      mode="alt",
      reasons=["tax"], invoices=["INV-72285"], contact="accounts@brightwelltrust.example",
      notes="UK charity charged standard-rate VAT on energy that qualifies for the 5% reduced rate: "
            "tax. A shared AP mailbox for all future mail: contact_change. The charity number is not "
            "an invoice.")

# ==== Spanish ====================================================================================

_case("d4-dsc-29", "Adriana Salinas <asalinas@textildelbajio.example>", "2026-10-13 16:20 -0600",
      """Buenas tardes,

Con relación a la factura 72295 del flete Monterrey – Querétaro (embarque 44120 del 21 de
agosto):

Según la tabla de recargo por combustible del contrato, con el diésel entre $23.00 y $24.50 por
litro corresponde un 12 % sobre la tarifa base. El promedio de agosto fue de $24.10, pero en
la factura viene un 18 %. Sobre la tarifa de $72,000.00 son $12,960.00 en lugar de $8,640.00,
una diferencia de $4,320.00 más IVA.

Le pido de favor cancelar el CFDI y timbrar uno nuevo con el 12 %. Con el CFDI actual no lo
puedo programar.

Saludos,
Lic. Adriana Salinas
Tráfico y Cuentas por Pagar
Grupo Textil del Bajío, S.A. de C.V.
Celaya, Gto.""",
      ["dispute"], rem=("overdue", ["INV-72295"], "Adriana"), lang="es", client="outlook", mode="alt",
      reasons=["pricing"], invoices=["INV-72295"],
      notes="Mexico: fuel surcharge billed at 18% where the contract's diesel table gives 12%: "
            "pricing. The shipment number is not an invoice; 'no lo puedo programar' is the hold, "
            "not a payment date.")

_case("d4-dsc-30", "Compras Las Dunas <compras@grupolasdunas.example>", "2026-07-08 12:40 +0200",
      """Buenos días:

Os escribo por la entrega del martes 23 de junio (factura 72305).

El palet de congelado llegó roto de frío: el termógrafo del camión marcaba -7,9 °C al abrir las
puertas y este producto tiene que viajar a -18 °C o menos. Las 14 cajas de langostino cocido
venían blandas y con escarcha por dentro; no se pueden vender ni volver a congelar. Las tenemos
apartadas en cámara, con fotos y el ticket del termógrafo, por si queréis mandar a alguien.

Además, en el albarán figuran 12 cajas de merluza en filetes y se descargaron 9. El chófer no
esperó a que termináramos de contar.

Necesitamos abono de las 14 cajas de langostino (595,00 €) y de las 3 de merluza que no
llegaron (110,40 €).

Un saludo,
Marta Quiles
Departamento de Compras
Grupo Hostelero Las Dunas (Málaga)""" + "\n\n" + DISCLAIMER_ES,
      ["dispute"], rem=("overdue", ["INV-72305"], "Marta"), lang="es", client="outlook", mode="alt",
      reasons=["damaged_defective", "quantity_short"], invoices=["INV-72305"],
      notes="Spain, frozen food: cold chain broken on arrival, product unusable (damaged_defective), "
            "then 9 of 12 cases on the delivery note unloaded (quantity_short), in that order. "
            "14 x 42,50 = 595,00; 3 x 36,80 = 110,40.")

_case("d4-dsc-31", "Ortopedia Arrieta <pedidos@ortopediaarrieta.example>", "2026-09-23 10:15 +0200",
      """Hola, buenos días:

Sobre la factura 72315, dos cosas.

Las cuatro sillas de ruedas manuales van con IVA al 21 %, y las sillas de ruedas para personas
con discapacidad llevan el tipo superreducido del 4 % (artículo 91.Dos.1.4.º de la Ley del IVA).
Con la base de 3.200,00 € el total tendría que ser 3.328,00 €, no 3.872,00 €.

Y de esas cuatro, dos os las devolvimos el 14 de septiembre porque no eran del ancho de asiento
que pedimos; las recogió vuestro transportista y tenemos la hoja de recogida firmada. El abono de
esas dos todavía no nos ha llegado.

¿Nos podéis mandar la rectificativa al 4 % y el abono de las dos sillas?

Gracias,
Iker Arrieta
Ortopedia Arrieta (Bilbao)""",
      ["dispute"], rem=("overdue", ["INV-72315"], "Iker"), lang="es", client="gmail", mode="plain",
      reasons=["tax", "returns_credit"], invoices=["INV-72315"],
      notes="Spain, medical supplies: 21% VAT charged on wheelchairs that take the 4% rate (tax), then "
            "two returned chairs whose credit has not arrived (returns_credit), in that order. "
            "3.200,00 x 1,04 = 3.328,00; x 1,21 = 3.872,00.")

_case("d4-dsc-32", "Francisca Muñoz <fmunoz@andesmetrics.example>", "2026-10-20 11:05 -0300",
      """Hola, ¿cómo están?

Les escribo porque nos llegaron dos facturas por la misma suscripción de octubre: la 72325 y la
72326, las dos por USD 2.340,00, mismo periodo (01/10 al 31/10) y mismo plan Business. Me imagino
que es un error del sistema, porque tenemos un solo contrato. Por favor anulen una de las dos.

Aprovecho de avisarles que desde noviembre la facturación la ve el equipo de administración, así
que las facturas y los recordatorios mándenlos a facturacion.proveedores@andesmetrics.example. Yo
ya no voy a estar viendo este tema.

Muchas gracias,
Francisca Muñoz
Jefa de Operaciones
Andes Metrics SpA - Santiago""",
      ["dispute", "contact_change"], rem=("statement", ["INV-72325", "INV-72326"], "Francisca"),
      lang="es", client="gmail", mode="alt",
      reasons=["duplicate_billing"], invoices=["INV-72325", "INV-72326"],
      contact="facturacion.proveedores@andesmetrics.example",
      notes="Chile (summer time, -0300): the same month of a SaaS plan billed on two invoices "
            "(duplicate_billing), plus a new billing mailbox from November: contact_change.")

# ==== French =====================================================================================

_case("d4-dsc-33", "Nathalie Perrin <compta.travaux@batir-rhone.example>", "2026-05-13 09:50 +0200",
      """Bonjour,

Nous avons bien reçu votre situation de travaux n° 3 (facture 72335) pour le lot
plâtrerie-cloisons du chantier « Résidence Les Tilleuls » à Villeurbanne.

Elle ne peut pas être réglée en l'état : le montant de 46 800,00 € TTC est facturé sans
déduction de la retenue de garantie de 5 % prévue à l'article 9 du contrat de sous-traitance, et
vous ne nous avez pas remis de caution bancaire en substitution.

Merci de nous adresser une situation rectifiée faisant apparaître la retenue de 2 340,00 €, soit
un net à payer de 44 460,00 €.

Cordialement,

Nathalie Perrin
Comptabilité travaux
Bâtir Rhône SAS""" + "\n\n" + DISCLAIMER_FR,
      ["dispute"], rem=("overdue", ["INV-72335"], "Nathalie"), lang="fr", client="outlook", mode="alt",
      reasons=["other"], invoices=["INV-72335"],
      notes="France, subcontracting: a progress invoice billed without the contractual 5% retention "
            "(no bank guarantee in its place). A term of billing is contested, not the price, the "
            "work or a document: other.")

_case("d4-dsc-34", "Christophe Marchal <c.marchal.btp@gmail.example>", "2026-06-03 19:10 +0200",
      """Bonsoir,

Je reviens vers vous pour la facture 72345. En plus du marché, il y a une ligne « travaux
supplémentaires - reprise des réservations dalle R+2 » pour 3 480,00 € HT.

Ces travaux n'ont fait l'objet d'aucun ordre de service ni d'avenant signé de notre part. Votre
chef d'équipe en a peut-être parlé avec quelqu'un sur le chantier, mais chez nous rien n'est
payé sans OS signé par le conducteur de travaux, c'est écrit dans le contrat. La comptabilité ne
peut pas passer cette ligne.

Le reste de la facture, c'est-à-dire le marché de base, ne pose pas de problème.

Bonne soirée,
Christophe Marchal
Conducteur de travaux
Marchal Gros Œuvre - Reims""",
      ["dispute"], rem=("overdue", ["INV-72345"], "Christophe"), lang="fr", client="gmail",
      mode="plain",
      reasons=["missing_po_or_docs"], invoices=["INV-72345"],
      notes="France: extra work billed without the signed 'ordre de service' or contract amendment "
            "the contract requires: the authorising document is missing, missing_po_or_docs. "
            "Accepting the rest states no payment date, so no promise.")

_case("d4-dsc-35", "Émilie Tremblay <etremblay@cliniquesboreal.example>", "2026-03-24 14:35 -0400",
      """Bonjour,

On a reçu les 2 000 dépliants pour la campagne du printemps (facture 72355), mais les corrections
qu'on avait demandées sur le BAT du 3 février n'ont pas été faites : le numéro de téléphone de la
clinique de Laval est encore l'ancien, pis la date de la journée portes ouvertes est le 14 avril
au lieu du 18.

On ne peut pas les distribuer de même, les patients vont appeler au mauvais numéro. Je vous
joins le BAT avec nos annotations et une photo d'un dépliant imprimé.

On aimerait une réimpression avec les corrections, sinon un crédit complet.

Merci,
Émilie Tremblay
Coordonnatrice aux communications
Cliniques dentaires Boréal""",
      ["dispute"], rem=("overdue", ["INV-72355"], "Émilie"), lang="fr", client="outlook", mode="alt",
      attachments=[("BAT_annote_0303.pdf", "application/pdf", fake_pdf("BAT annote"))],
      reasons=["damaged_defective"], invoices=["INV-72355"],
      notes="Québec printing job with the proof corrections not made, unusable as printed: a "
            "defective product, damaged_defective. Reprint or full credit is the remedy; Québec is "
            "on daylight time (-0400) in late March.")

_case("d4-dsc-36", "Pascale Dethier <p.dethier@assurances-lemaire.example>", "2026-10-06 16:05 +0200",
      """Bonjour,

Deux remarques sur vos factures de septembre, avant que nous puissions les valider.

Facture 72365 (entretien des bureaux, septembre) : d'après le registre de passage tenu à
l'accueil, votre équipe n'est pas venue les 3, 4, 10, 17 et 24 septembre, soit 5 passages sur 22.
Ces jours-là, ni les poubelles ni les sanitaires n'ont été faits ; j'ai reçu plusieurs plaintes
du personnel. Je ne peux pas valider un mois complet.

Facture 72366 (nettoyage trimestriel des vitres) : notre contrat fixe ce poste à 1 150,00 € HTVA,
révisable uniquement au 1er janvier. Vous facturez 1 250,00 € HTVA, sans préavis ni explication.

Merci de me faire parvenir des factures corrigées.

Bien à vous,
Pascale Dethier
Facility Manager
Assurances Lemaire SA - Namur""",
      ["dispute"], rem=("statement", ["INV-72365", "INV-72366"], "Pascale"), lang="fr",
      client="thunderbird", mode="plain",
      reasons=["service_issue", "pricing"], invoices=["INV-72365", "INV-72366"],
      notes="Belgium, facilities cleaning: 5 of 22 contracted visits not made (service_issue) on one "
            "invoice, a price raised outside the contract's revision date (pricing) on the other, in "
            "that order.")

# ==== German =====================================================================================

_case("d4-dsc-37", "Hans-Peter Voss <buchhaltung@kantine-voss.example>", "2026-02-11 10:30 +0100",
      """Guten Tag,

in Ihrer Rechnung 72375 sind alle Positionen mit 19 % Umsatzsteuer abgerechnet. Es handelt sich
aber ausschließlich um Lebensmittel (Tiefkühlgemüse, Mehl, Rapsöl, Käse, Fleischwaren), für die
der ermäßigte Satz von 7 % gilt.

Bei einem Nettobetrag von 2.476,12 € ergibt das 173,33 € Umsatzsteuer statt 470,46 €, also
2.649,45 € brutto statt 2.946,58 €. In dieser Form können wir die Rechnung auch für den
Vorsteuerabzug nicht verwenden.

Bitte senden Sie uns eine berichtigte Rechnung.

Mit freundlichen Grüßen

Hans-Peter Voss
Kantinenbetriebe Voss GmbH
Buchhaltung""" + "\n\n" + DISCLAIMER_DE,
      ["dispute"], rem=("overdue", ["INV-72375"], "Herr Voss"), lang="de", client="outlook",
      mode="alt",
      reasons=["tax"], invoices=["INV-72375"],
      notes="Germany, food wholesale: standard 19% VAT charged on food that takes the reduced 7% "
            "rate: tax. 2.476,12 x 0,07 = 173,33; x 0,19 = 470,46.")

_case("d4-dsc-38", "Jörg Albrecht <disposition@albrecht-moebel.example>", "2026-08-26 14:10 +0200",
      """Hallo,

zur Rechnung 72385 (Tour vom 14.07., Kassel – Erfurt, 3.416,50 €) zwei Punkte:

1. Standgeld 4 Std. à 45,00 € = 180,00 €: Dafür liegt uns keinerlei Nachweis vor. Nach unserer
   Rahmenvereinbarung wird Standgeld nur gegen ein von der Rampe abgezeichnetes
   Zeitfensterprotokoll (Ankunft, Beginn Entladung, Abfahrt) vergütet. Ohne Protokoll kein
   Standgeld.

2. Mautzuschlag 148,00 €: Unsere Frachtsätze sind laut Vereinbarung inklusive Maut. Einen
   gesonderten Zuschlag haben wir nie vereinbart.

Die Fracht selbst ist in Ordnung. Die beiden Positionen zahlen wir nicht.

Gruß
Jörg Albrecht
Disposition / Versand
Albrecht Möbelwerke GmbH & Co. KG""",
      ["dispute"], rem=("overdue", ["INV-72385"], "Herr Albrecht"), lang="de", client="gmail",
      mode="plain",
      reasons=["missing_po_or_docs", "pricing"], invoices=["INV-72385"],
      notes="Germany, road freight: detention billed without the signed time-slot record the "
            "framework agreement requires (missing_po_or_docs), then a toll surcharge the rates "
            "already include (pricing). No copy of the record is asked for; 'die Fracht selbst ist "
            "in Ordnung' promises nothing.")

_case("d4-dsc-39", "Reto Baumgartner <reto.baumgartner@alpfinanz.example>", "2026-01-14 08:45 +0100",
      """Grüezi

Ihre Rechnung 72395 über CHF 14'400.00 betrifft die Verlängerung der Lizenz- und
Wartungsvereinbarung für 2026. Diese Vereinbarung haben wir mit Schreiben vom 22. September 2025
fristgerecht auf den 31. Dezember 2025 gekündigt (Kündigungsfrist drei Monate), und Ihr Herr
Sutter hat die Kündigung am 29. September per E-Mail bestätigt. Beides lege ich bei.

Wir nutzen das System seit dem 1. Januar nicht mehr. Bitte annullieren Sie die Rechnung.

Freundliche Grüsse
Reto Baumgartner
Leiter Finanzen
AlpFinanz Treuhand AG, Luzern""",
      ["dispute"], rem=("overdue", ["INV-72395"], "Herr Baumgartner"), lang="de", client="outlook",
      mode="alt",
      attachments=[("Kuendigung_Bestaetigung.pdf", "application/pdf", fake_pdf("Kuendigung"))],
      reasons=["other"], invoices=["INV-72395"],
      notes="Switzerland: a software maintenance renewal billed after a timely, confirmed "
            "cancellation. Contract terms contested, not price, goods or documents: other.")

# ==== Look-alikes that contest nothing ===========================================================

_case("d4-dsc-40", "Earl Whitaker <ewhitaker@prairiegrainsupply.example>", "2026-12-01 09:20 -0600",
      """Morning,

On 72405 I was fixing to ask why the fuel surcharge was 32% of linehaul - last time I looked it
was in the low twenties. Then I pulled the FSC table in our agreement: diesel at $4.12 the week
of the load puts it at 32%, and $3,900.00 x 32% is $1,248.00, exactly what you billed. So it's
right, never mind.

Check for the full $5,148.00 goes out Thursday.

Earl Whitaker
Prairie Grain Supply""",
      ["promise_to_pay"], rem=("overdue", ["INV-72405"], "Earl"), client="outlook", mode="plain",
      invoices=["INV-72405"], promises=[P("5148.00", "USD", "thu", ["INV-72405"])],
      notes="A fuel surcharge questioned and answered in the same mail from the contract table "
            "('so it's right, never mind'): no dispute. Firm Thursday payment with amount.")

_case("d4-dsc-41", "Paula Stein <paula@steinsbakery.example>", "2026-06-26 15:35 -0400",
      """Hi,

The invoice is fine and it's paid - I put 72415 through your customer portal this morning,
confirmation 7Q2K4471.

But I want somebody to know about your driver on Tuesday's delivery. He parked across our
customers' parking spots for forty minutes, swore at my counter girl when she asked him to move
the truck, and slammed the dolly into the door frame on the way out. We've had the same route
for three years and never had a problem. Please pass this to whoever manages the drivers.

Paula Stein
Owner, Stein's Bakery""",
      ["payment_sent"], rem=("overdue", ["INV-72415"], "Paula"), client="gmail", mode="alt",
      invoices=["INV-72415"],
      notes="An angry complaint about a driver's conduct, but the goods and the invoice are "
            "explicitly fine and it is paid through the portal with a confirmation: payment_sent "
            "only, no dispute.")

_case("d4-dsc-42", "Denise Albright <dalbright@hudsonmeridianmfg.example>", "2026-12-08 10:40 -0500",
      """Hi,

Could you send me copies of the signed timesheets behind 72425 (the October temps on the
packaging line)? Our auditors pull a sample of agency invoices every year-end and they want the
timesheets in the file. Nothing is wrong with the invoice, it's approved and it will be paid on
the 15th.

Thank you,
Denise Albright
Accounts Payable
Hudson Meridian Manufacturing""",
      ["invoice_request", "promise_to_pay"], rem=("overdue", ["INV-72425"], "Denise"),
      client="outlook", mode="alt",
      invoices=["INV-72425"], promises=[P(None, None, "2026-12-15", ["INV-72425"])],
      notes="Timesheets asked for the auditors' file, with 'nothing is wrong with the invoice' and a "
            "firm date: invoice_request plus promise_to_pay, no missing-documents dispute.")

_case("d4-dsc-43", "Owen Marsh <omarsh@cascadeveterinary.example>", "2026-06-09 13:25 -0700",
      """Hey,

I was going to write about the May outage (we lost scheduling for most of a morning), but I see
the service credit of $412.50 is already on this month's invoice. Thanks for sorting that
without us chasing it.

Paid the net $3,712.50 on 72435 with the card on file just now.

Owen Marsh
Practice Administrator
Cascade Veterinary Partners""",
      ["payment_sent"], rem=("due", ["INV-72435"], "Owen"), client="apple", mode="plain",
      invoices=["INV-72435"],
      notes="A downtime credit the writer finds already applied, so nothing is contested; the net "
            "amount is paid by card: payment_sent.")

_case("d4-dsc-44", "Sylvie Garnier <s.garnier@garnier-construction.example>", "2026-11-17 11:15 +0100",
      """Bonjour,

Au départ je pensais que la retenue de garantie n'avait pas été déduite sur la facture 72445,
mais en relisant la situation n° 5 je vois qu'elle figure bien en bas de page (5 %, soit
1 190,00 € sur 23 800,00 €). Le net de 22 610,00 € est donc correct, tout est en ordre.

Le virement de 22 610,00 € partira le 30 novembre.

Cordialement,
Sylvie Garnier
Comptable
Garnier Construction SARL""",
      ["promise_to_pay"], rem=("overdue", ["INV-72445"], "Sylvie"), lang="fr", client="outlook",
      mode="alt",
      invoices=["INV-72445"], promises=[P("22610.00", "EUR", "2026-11-30", ["INV-72445"])],
      notes="France: a retention the writer thought missing turns out to be deducted ('tout est en "
            "ordre'): no dispute. Transfer of the net amount on 30 November.")

_case("d4-dsc-45", "Monika Hahn <m.hahn@hahn-feinkost.example>", "2026-07-01 09:10 +0200",
      """Guten Morgen,

kurz zur Rechnung 72455: Der Joghurt aus der Lieferung vom 12.05. hatte zwar nur noch acht Tage
MHD, das war knapper als sonst. Wir haben ihn aber komplett abverkauft, es gab nichts zu
beanstanden.

Die Rechnung haben wir gestern überwiesen, 1.734,20 €.

Viele Grüße
Monika Hahn
Hahn Feinkost, Freiburg""",
      ["payment_sent"], rem=("overdue", ["INV-72455"], "Frau Hahn"), lang="de", client="apple",
      mode="plain",
      invoices=["INV-72455"],
      notes="Germany: short-dated stock mentioned but sold through without complaint ('nichts zu "
            "beanstanden'); the invoice is reported paid yesterday: payment_sent, no dispute.")

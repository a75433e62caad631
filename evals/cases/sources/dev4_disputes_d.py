"""dev4 topic: disputes in the shapes that are hardest to read.

Most dispute cases so far put the problem in a tidy paragraph right under the greeting. Real AP
mail is often less helpful, and this topic collects the layouts where the reason is hard to find:

(a) phone replies of two to ten words ("wrong price", "never got it", "billed me twice", "half of
    it came in broken") where the invoice is only in the subject of our reminder;
(b) long letters where the problem sits in the fourth paragraph, after the weather, a
    retirement, a warehouse move and an apology for the slow answer;
(c) replies on top of a quoted thread in which the customer's OWN older message raised a
    different problem that has since been settled: only the new text is labelled (price fixed,
    now the valves leak; shipment "not here" then arrived short; damage reported, then the
    return never credited; PO missing, then the reissue left a duplicate; price fixed, then the
    wrong tax);
(d) forwarded internal notes ("see below from our warehouse") where the sender's own line only
    endorses a problem described in the forwarded part; the dispute is the sender's, the reason
    is read from what they put their name to;
(e) disputes told only through numbers: ordered / received / billed columns, contract rate vs
    billed rate, signed hours vs billed hours, a VAT line recomputed, a statement with a "DUP"
    status column;
(f) two reasons across two invoices (one reason each, or a pair on one side);
(g) a dispute next to a firm promise or a remittance for another invoice.

Forty cases contest something: 28 in English (US, UK, Canada), 5 in Spanish (Spain, Mexico,
Canary Islands), 3 in French (Belgium, France, Québec) and 4 in German (Germany, Austria,
Switzerland). Every dispute reason occurs four or five times; six disputes carry a second intent
(a firm promise or a payment on the other invoice). The last five
cases contest nothing, in the same shapes: a long letter mentioning a damage claim long since put
right, a thread whose older quoted message disputed a shortage that has been found, a forwarded
warehouse note confirming a clean receipt, a reconciliation table that ties out, and a customer's
own double entry of our invoice in their system (in French).
"""

from functools import partial

from dev2_cases import billed_case, billed_reminder, ANDROID, IPHONE
from dev_cases import (AR, DISCLAIMER, DISCLAIMER_ES, DISCLAIMER_FR, DISCLAIMER_US, P, Quote, add, fake_pdf,
                       quote_html, quote_text, when)

SAMSUNG = "\n\nSent from my Galaxy"
IPAD = "\n\nSent from my iPad"

# What our quoted reminders show for each invoice, so that figures customers write agree with the
# thread they answer.
BILLED = {
    "INV-73502": "$1,284.00",
    "INV-73506": "$2,316.50",
    "INV-73511": "$6,480.00 MXN",
    "INV-73515": "$1,742.60",
    "INV-73519": "$3,095.00",
    "INV-73523": "$864.25",
    "INV-73527": "$4,150.00",
    "INV-73531": "$612.40",
    "INV-73535": "£4,212.00",
    "INV-73539": "$6,880.00",
    "INV-73543": "$3,150.00",
    "INV-73547": "$2,400.00",
    "INV-73551": "$3,984.00",
    "INV-73555": "$5,040.00",
    "INV-73559": "$2,890.00",
    "INV-73563": "$1,718.25",
    "INV-73567": "2.104,00 €",
    "INV-73575": "$3,460.00",
    "INV-73579": "$7,250.00",
    "INV-73583": "$1,395.80",
    "INV-73587": "2.318,40 €",
    "INV-73591": "$2,104.00",
    "INV-73595": "$2,880.00",
    "INV-73599": "$11,200.00",
    "INV-73603": "$1,922.40", "INV-73604": "$1,922.40",
    "INV-73607": "3 000,80 €",
    "INV-73611": "7.337,00 €",
    "INV-73615": "2.606,34 €",
    "INV-73619": "$1,488.00", "INV-73620": "$4,784.00",
    "INV-73623": "$2,975.00", "INV-73624": "$1,140.60",
    "INV-73627": "$3,320.00", "INV-73628": "$980.00",
    "INV-73631": "4 512,00 €", "INV-73634": "1 287,50 €", "INV-73635": "1 287,50 €",
    "INV-73639": "3.850,00 €", "INV-73640": "1.920,00 €",
    "INV-73643": "$18,420.00 MXN", "INV-73644": "$9,875.50 MXN",
    "INV-73647": "$2,640.00", "INV-73648": "$3,200.00",
    "INV-73651": "$2,940.00", "INV-73652": "$5,615.00",
    "INV-73655": "$4,118.00", "INV-73656": "$1,560.00",
    "INV-73659": "3.410,00 €", "INV-73660": "1.275,00 €",
    "INV-73663": "CHF 4'870.00", "INV-73664": "CHF 6'120.00",
    "INV-73667": "2 615,00 $ CA", "INV-73668": "3 980,00 $ CA",
    "INV-73671": "$1,980.00",
    "INV-73675": "$2,256.00",
    "INV-73679": "$8,940.00",
    "INV-73683": "$2,450.00", "INV-73684": "$1,380.00", "INV-73685": "$3,125.00",
    "INV-73687": "2 140,00 €",
}


_case = partial(billed_case, BILLED, 24)
_reminder = partial(billed_reminder, BILLED, 24)


COLLECTOR = "Dana Whitaker <dwhitaker@ourco.example>"
COLLECTOR_SIG = ("Dana Whitaker\nCollections Specialist | Ourco Industrial Supply, Inc.\n"
                 "dwhitaker@ourco.example | +1 (312) 555-0163")

# ==== (a) very short phone replies: the invoice is only in the subject ===========================

_case("d4-dsd-01", "Troy Beckett <troy@beckettdrywall.example>", "2026-02-10 06:12 -0600",
      "wrong price" + IPHONE,
      ["dispute"], rem=("overdue", ["INV-73502"], "Troy"), client="apple", mode="plain",
      reasons=["pricing"], invoices=["INV-73502"],
      notes="Two words from a phone under our overdue notice: 'wrong price' contests the amount as "
            "priced: pricing. The invoice is only in the subject of the reminder being answered.")

_case("d4-dsd-02", "Carla Nunes <carla@nunesbakery.example>", "2026-04-18 08:41 -0500",
      "never got it. nothing was delivered here, ask ur driver" + ANDROID,
      ["dispute"], rem=("overdue", ["INV-73506"], "Carla"), client="outlook", mode="plain",
      reasons=["not_received"], invoices=["INV-73506"],
      notes="Saturday phone reply: 'never got it' is tied to the delivery by 'nothing was delivered "
            "here', so the goods, not the invoice document: not_received. Invoice from the subject.")

_case("d4-dsd-03", "Jorge Salas <jorge@ferreteriasalas.example>", "2026-05-21 19:05 -0600",
      "me la cobraron 2 veces, es el mismo pedido q la de la semana pasada. cancelen esta porfa"
      "\n\nEnviado desde mi iPhone",
      ["dispute"], rem=("overdue", ["INV-73511"], "Jorge"), lang="es", client="apple", mode="plain",
      reasons=["duplicate_billing"], invoices=["INV-73511"],
      notes="Mexican hardware store owner on a phone: 'me la cobraron 2 veces', the same order as last "
            "week's invoice (not named, so not listed): duplicate_billing on the subject's invoice.")

_case("d4-dsd-04", "Deb Kowal <deb@kowalgardencenter.example>", "2026-06-06 07:30 -0400",
      "half of it came in broken. got pics" + SAMSUNG,
      ["dispute"], rem=("overdue", ["INV-73515"], "Deb"), client="other", mode="plain",
      reasons=["damaged_defective"], invoices=["INV-73515"],
      notes="Garden centre, six words: half the delivery arrived broken: damaged_defective. 'Got pics' "
            "is evidence, not a request; the invoice is in the subject only.")

_case("d4-dsd-05", "Manny Ortiz <manny@ortizautobody.example>", "2026-03-24 12:15 -0500",
      "still no credit for the bumpers we sent back. not paying this till its on there" + IPHONE,
      ["dispute"], rem=("second", ["INV-73519"], "Manny"), client="apple", mode="plain",
      reasons=["returns_credit"], invoices=["INV-73519"],
      notes="Body shop under a second notice: returned parts not credited: returns_credit. Withholding "
            "payment until then is conditional and undated, so no promise.")

_case("d4-dsd-06", "Kristen Vogt <kvogt@vogtfabrication.example>", "2026-07-14 16:02 -0700",
      "No PO on it so AP bounced it. Ours is 4471-208, pls redo" + ANDROID,
      ["dispute"], rem=("overdue", ["INV-73523"], "Kristen"), client="outlook", mode="plain",
      reasons=["missing_po_or_docs"], invoices=["INV-73523"],
      notes="Phone reply: invoice rejected by AP for lack of a PO, which the sender supplies: "
            "missing_po_or_docs. 'Redo' asks for a corrected invoice, not a copy; the PO is not an "
            "invoice.")

_case("d4-dsd-07", "Rick Sato <rick@satoproperties.example>", "2026-09-09 18:47 -0400",
      "ur tech never came back for day 2. 2nd condenser still isnt wired. why am i getting a bill"
      + IPHONE,
      ["dispute"], rem=("overdue", ["INV-73527"], "Rick"), client="apple", mode="plain",
      reasons=["service_issue"], invoices=["INV-73527"],
      notes="Landlord on a phone: an HVAC job left unfinished, billed anyway: service_issue.")

_case("d4-dsd-08", "Alma Reyes <areyes@stjudeparish.example>", "2026-10-27 10:20 -0500",
      "Why is there tax on this? We're a church, our exemption letter is on file with you." + IPAD,
      ["dispute"], rem=("due", ["INV-73531"], "Alma"), client="apple", mode="alt",
      reasons=["tax"], invoices=["INV-73531"],
      notes="Parish secretary on an iPad: sales tax charged to an exempt organisation with the "
            "exemption on file. Phrased as a question but it contests the tax line: tax.")

# ==== (b) long mails, the reason buried after pleasantries and history ===========================

_case("d4-dsd-09", "Gillian Ashworth <g.ashworth@pennineoutdoor.example>", "2026-03-17 10:44 +0000",
      """Dear Dana,

I hope this finds you well, and thank you again for the lovely hamper at Christmas - it went down
a treat in the office, the shortbread lasted about an hour.

Please pass on our best wishes to Colin for his retirement. He looked after our account for as
long as I've been here and always went the extra mile for us, especially during the stock
shortages two winters ago. We'll miss him.

A bit of news from our side: we've finally moved the warehouse from Keighley to the new unit at
Skipton (Unit 4, Craven Business Park, BD23 2TZ), so please update the delivery address for
future orders. Invoices should still come to me at head office. Tom, our buyer, is on paternity
leave until the end of April, so orders will come from Priya in the meantime.

Sorry for the slow reply to your reminder - the move swallowed most of February. I did go through
73535 with the goods-in team last week, though, and it doesn't reconcile. The invoice and the
delivery note both show 24 cartons of the waterproof overtrousers, but only 18 cartons came off
the lorry, and the driver's paperwork has our "18 received" note on it. At £175.50 a carton the
six missing come to £1,053.00.

Could you either send the remaining six cartons to Skipton or credit them? Happy to settle the
rest once that's sorted.

With best wishes,
Gillian

Gillian Ashworth
Accounts Manager
Pennine Outdoor Clothing Ltd
01535 555 0192""" + "\n\n" + DISCLAIMER,
      ["dispute"], rem=("overdue", ["INV-73535"], "Gillian"), client="outlook", mode="alt",
      reasons=["quantity_short"], invoices=["INV-73535"],
      notes="Long UK letter: hamper, retirement, warehouse move and buyer's leave come first; the "
            "problem is the fourth paragraph: 18 of 24 cartons received: quantity_short. The new "
            "warehouse address is not a contact change (invoices still go to her); 'happy to settle "
            "the rest' has no date.")

_case("d4-dsd-10", "Doug Pemberton <dpemberton@tririverutilities.example>", "2026-05-12 15:05 -0700",
      """Hi Dana,

Good to see you and the team at the WWEMA show in Portland last month, and thanks for dinner -
that salmon place was a find. Our new CFO, Angela Ruiz, started in April and I've mentioned how
easy you've been to work with.

I owe you an apology for going quiet on the reminders. We cut over from our old accounting system
to Workday on April 1 and it has been a rough six weeks: vendor records didn't all migrate, a
batch of invoices landed in a holding queue, and I've been working through them one by one.
I'm nearly through the backlog now.

The one I can't push through is 73539. It carries Washington sales tax at 8.9% ($562.28 on
$6,317.72 of material), but this order shipped to our Medford yard - the ship-to on your own
packing list is 2100 Table Rock Rd, Medford, OR - and Oregon has no sales tax. The material was
never in Washington. Our tax team won't release an invoice with tax we don't owe, and I'd rather
not short-pay it and leave a hanging balance on your side.

Could you reissue 73539 without the tax, at $6,317.72?

Thanks, and hope the rest of the spring is quieter for you than it's been for us.

Doug Pemberton
Accounts Payable Supervisor
Tri-River Utilities District
(541) 555-0147""",
      ["dispute"], rem=("second", ["INV-73539"], "Doug"), client="outlook", mode="alt",
      reasons=["tax"], invoices=["INV-73539"],
      notes="Long US reply: trade-show small talk, a new CFO and an ERP cut-over come first; the "
            "reason is in the third paragraph: Washington tax charged on goods shipped to Oregon: "
            "tax. The backlog talk names no invoice and no payment; the reissue figure is not a "
            "promise.")

_case("d4-dsd-11", "Lorraine Whitby <lwhitby@harwoodcountyschools.example>", "2026-05-19 09:30 -0500",
      """Good morning Dana,

Thank you for your patience with us. May is always our busiest month in the business office -
budget hearings, end-of-year purchase orders, and this year a new board on top of it all - so I
apologize that your reminder has sat in my inbox for a couple of weeks.

First, I want to say how much our maintenance department has valued working with Ourco over the
last four years. The boiler parts you expedited in January kept two of our buildings open during
the cold snap, and our facilities director asked me to pass his thanks along.

That said, I'm not able to process invoice 73543, the annual maintenance plan renewal for
May 1, 2026 to April 30, 2027. The district sent written notice of non-renewal on February 2,
2026, by email to your contracts desk and by certified mail (receipt attached), which is
comfortably inside the 60 days the agreement requires. The plan should have ended on April 30
and not renewed. We have moved this work in-house under our own staff for the coming year.

I'd be grateful if you would cancel 73543 and confirm in writing that the plan has ended, so I
can close the file before our fiscal year-end on June 30.

With appreciation,

Lorraine Whitby
Business Manager
Harwood County School District
(606) 555-0118""" + "\n\n" + DISCLAIMER_US,
      ["dispute"], rem=("overdue", ["INV-73543"], "Lorraine"), client="outlook", mode="alt",
      attachments=[("certified_mail_receipt_0202.pdf", "application/pdf", fake_pdf("certified mail"))],
      reasons=["other"], invoices=["INV-73543"],
      notes="Long, warm letter from a school district; three paragraphs in, it contests an automatic "
            "renewal after written notice of non-renewal. Not price, goods, service quality, tax or "
            "documents: other.")

_case("d4-dsd-12", "Sergio Amato <samato@lakefrontextrusions.example>", "2026-04-28 14:10 -0400",
      """Hi Dana,

Hope all's well in Chicago. Thanks first of all for turning the spare-parts order around so fast
last month - the gearbox arrived two days before we needed it and saved us a weekend shutdown.

We're busy here too: the plant went to three shifts in March, and I'm spending half my week on
hiring. I'm also handing over to my successor before I retire in June, so you'll start seeing
emails from Nicole Brandt on maintenance matters. She's copied on most things already.

On your reminder for 73547 - I held it on purpose and should have told you. That's the on-site
PLC training day on April 9, billed as a full 8-hour day for 10 of our technicians. Your trainer
walked in at 11:40 (the session was booked for 8:00, the guys had been sitting in the training
room since 7:45), skipped the lunch break to catch up, and left at 2:15 to make a flight. The
second module, the one on the new safety controllers that we actually booked the day for, was
never covered. We got less than three hours of an eight-hour day.

I don't think we should pay a full day's training for that. Can you talk to your training manager
and come back to me with either a credit or a date for a proper session?

Regards,
Sergio Amato
Maintenance Manager
Lakefront Extrusions Inc.""",
      ["dispute"], rem=("overdue", ["INV-73547"], "Sergio"), client="outlook", mode="alt",
      reasons=["service_issue"], invoices=["INV-73547"],
      notes="Long reply with thanks, news and a handover first; the third paragraph contests a "
            "training day delivered late, cut short and incomplete: service_issue. Nicole is "
            "mentioned for maintenance matters, not as the person to chase for payment, and no "
            "address is given: no contact_change.")

# ==== (c) new text above a quoted thread whose older message raised another problem ==============

_c13_from = "Pete Lindgren <plindgren@northstarwaterworks.example>"
_c13_rem = _reminder("overdue", ["INV-73551"], "Pete", "2026-08-03 07:35 -0500", _c13_from, style="gmail")
_c13_old = Quote("gmail", _c13_from, when("2026-08-04 09:12 -0500"), AR, "Re: " + _c13_rem.subject,
                 "Hi, the 2\" brass ball valves on this are billed at $132.80 each. Our contract price is "
                 "$122.40. 30 valves, so $312.00 too much. Please fix.\n\nPete",
                 extra=quote_text(_c13_rem))
_c13_ours = Quote("gmail", COLLECTOR, when("2026-08-11 14:20 -0500"), _c13_from, "Re: " + _c13_rem.subject,
                  "Hi Pete,\n\nYou're right, the contract price wasn't applied. Credit memo CM-40218 for "
                  "$312.00 is attached, which brings INV-73551 down to $3,672.00.\n\nThanks for your "
                  "patience,\n\n" + COLLECTOR_SIG,
                  extra=quote_text(_c13_old))
add("d4-dsd-13", frm=_c13_from, date="2026-08-25 08:05 -0500",
    body="""Dana,

Got the credit memo, thanks, the price part is settled.

Now the valves themselves. We pressure-tested them before they went out to the job and 9 of the 30
weep at the stem at 150 psi. Tightening the packing nut doesn't stop it. We can't put those in the
ground. Need 9 replacements, or credit the 9, before I pay the $3,672.00.

Pete Lindgren
Northstar Waterworks""",
    intents=["dispute"], subject="Re: " + _c13_rem.subject, quote=_c13_ours, client="gmail", mode="alt",
    reasons=["damaged_defective"], invoices=["INV-73551"],
    notes="Three-deep thread: the customer's own older message (quoted) disputed the price and our "
          "credit memo settled it. The new text says so and raises valves that leak under test: "
          "damaged_defective only, not pricing. The conditional payment has no date.")

_c14_from = "Alicia Moreno <amoreno@coastalcabinetry.example>"
_c14_rem = _reminder("overdue", ["INV-73555"], "Alicia", "2026-06-08 07:20 -0500", _c14_from)
_c14_old = Quote("outlook", _c14_from, when("2026-06-09 10:02 -0400"), AR, "RE: " + _c14_rem.subject,
                 "Hello,\n\nWe haven't received this shipment yet, so we can't pay INV-73555. Can you "
                 "check where it is?\n\nAlicia Moreno\nCoastal Cabinetry",
                 extra=quote_text(_c14_rem))
_c14_ours = Quote("outlook", COLLECTOR, when("2026-06-10 15:41 -0500"), _c14_from, "RE: " + _c14_rem.subject,
                  "Hi Alicia,\n\nOur warehouse tells me the order was held for a missing hinge part and "
                  "left on Friday. The carrier has it on the truck for delivery Monday, June 22 (PRO "
                  "8840-21937).\n\n" + COLLECTOR_SIG,
                  extra=quote_text(_c14_old))
add("d4-dsd-14", frm=_c14_from, date="2026-06-24 11:20 -0400",
    body="""Hi Dana,

It arrived Monday - but 30 cartons, not 48. The packing list in the pouch says 48 and so does the
invoice. The hinge kits and drawer slides are all there, it's the soft-close runners that are
short.

Please either get us the other 18 or rebill for the 30.

Alicia Moreno
Purchasing & AP
Coastal Cabinetry LLC""",
    intents=["dispute"], subject="RE: " + _c14_rem.subject, quote=_c14_ours, client="outlook", mode="alt",
    reasons=["quantity_short"], invoices=["INV-73555"],
    notes="The older quoted message said the shipment had not arrived; it has now arrived short (30 of "
          "48 cartons). Only the new text counts: quantity_short, not not_received.")

_c15_from = "Vince Caruso <vcaruso@carusoelectric.example>"
_c15_rem = _reminder("second", ["INV-73559"], "Vince", "2026-10-12 07:30 -0500", _c15_from, style="apple")
_c15_old = Quote("apple", _c15_from, when("2026-10-13 06:55 -0500"), AR, "Re: " + _c15_rem.subject,
                 "3 of the 12 LED high bays showed up with the lenses cracked. Not paying for those.\n\n"
                 "Vince",
                 extra=quote_text(_c15_rem))
_c15_ours = Quote("apple", COLLECTOR, when("2026-10-14 11:08 -0500"), _c15_from, "Re: " + _c15_rem.subject,
                  "Hi Vince,\n\nSorry about that. Please send the three fixtures back using return "
                  "authorization RMA 77120 (label attached) and we'll credit them against INV-73559 as "
                  "soon as they're received.\n\n" + COLLECTOR_SIG,
                  extra=quote_text(_c15_old))
add("d4-dsd-15", frm=_c15_from, date="2026-11-11 13:35 -0600",
    body="""Dana - they went back on the 4th with your RMA label. FedEx shows your dock signed for them
on the 6th. Still no credit on my account and now I've got another reminder for the full amount.
Put the credit through.

Vince""" + IPHONE,
    intents=["dispute"], subject="Re: " + _c15_rem.subject, quote=_c15_ours, client="apple", mode="plain",
    reasons=["returns_credit"], invoices=["INV-73559"],
    notes="Damage was the complaint in the older quoted message; we authorised a return. The new text "
          "is about the returned goods not yet credited: returns_credit only, not damaged_defective.")

_c16_from = "Natalie Osei <nosei@brightlinecare.example>"
_c16_rem = _reminder("overdue", ["INV-73563"], "Natalie", "2026-09-08 07:25 -0500", _c16_from)
_c16_old = Quote("outlook", _c16_from, when("2026-09-09 09:30 -0400"), AR, "RE: " + _c16_rem.subject,
                 "Hello,\n\nINV-73563 has no purchase order number on it, so our system rejected it. The "
                 "PO is 88-1903. Could you reissue it with the PO?\n\nThank you,\nNatalie",
                 extra=quote_text(_c16_rem))
_c16_ours = Quote("outlook", COLLECTOR, when("2026-09-10 13:15 -0500"), _c16_from, "RE: " + _c16_rem.subject,
                  "Hi Natalie,\n\nThe invoice has been reissued as INV-73571 with PO 88-1903 - copy "
                  "attached.\n\n" + COLLECTOR_SIG,
                  extra=quote_text(_c16_old))
add("d4-dsd-16", frm=_c16_from, date="2026-09-30 10:50 -0400",
    body="""Hi Dana,

Thanks for reissuing - 73571 matched to the PO and is approved in our system.

The problem now is that 73563 was never cancelled on your side. It's still on your statement and
you've just sent me another reminder for it, so you have the same order billed twice. Could you
please void 73563 and confirm once it's done?

Thank you,
Natalie Osei
Accounts Payable Specialist
Brightline Care Partners""",
    intents=["dispute"], subject="RE: " + _c16_rem.subject, quote=_c16_ours, client="outlook", mode="alt",
    reasons=["duplicate_billing"], invoices=["INV-73563", "INV-73571"],
    notes="The older quoted message was a missing-PO complaint, fixed by a reissue; the new text says "
          "the original was never voided, so the order is billed twice: duplicate_billing, not "
          "missing_po_or_docs. 'Approved' has no date, so no promise.")

_c17_from = "Yaiza Rodríguez Betancor <administracion@suministrosatlantico.example>"
_c17_rem = _reminder("overdue", ["INV-73567"], "Yaiza", "2026-09-21 07:40 -0500", _c17_from, lang="es",
                     style="gt")
_c17_old = Quote("gt", _c17_from, when("2026-09-22 10:15 +0100"), AR, "RE: " + _c17_rem.subject,
                 "Buenos días:\n\nEl precio de los rollos de film estirable de la INV-73567 no es el "
                 "pactado (12,40 € el rollo, no 13,90 €). Por favor, revisadlo.\n\nYaiza",
                 extra=quote_text(_c17_rem), lang="es")
_c17_ours = Quote("gt", COLLECTOR, when("2026-09-29 12:30 -0500"), _c17_from, "RE: " + _c17_rem.subject,
                  "Hola Yaiza:\n\nTiene razón. Hemos emitido un abono por la diferencia de precio; el "
                  "importe pendiente de la INV-73567 queda en 1.946,00 €.\n\nUn saludo,\n" + COLLECTOR_SIG,
                  extra=quote_text(_c17_old), lang="es")
add("d4-dsd-17", frm=_c17_from, date="2026-10-07 12:30 +0100",
    body="""Hola Dana:

Gracias por el abono, el precio ya cuadra.

Pero ahora que la he revisado entera veo que la factura lleva IVA al 21 %, y la mercancía se
entregó en nuestro almacén de Las Palmas. En Canarias no se aplica el IVA sino el IGIC, y
nuestro asesor fiscal no nos deja contabilizarla así.

¿Podéis emitir una rectificativa sin IVA?

Un saludo,

Yaiza Rodríguez Betancor
Administración
Suministros Atlántico Canarias, S.L.
Las Palmas de Gran Canaria""" + "\n\n" + DISCLAIMER_ES,
    intents=["dispute"], subject="RE: " + _c17_rem.subject, quote=_c17_ours, lang="es",
    client="thunderbird", mode="plain",
    reasons=["tax"], invoices=["INV-73567"],
    notes="Canary Islands: her older quoted message disputed the price and our credit fixed it; the "
          "new text says so and contests Spanish VAT charged on a delivery to the Canaries (IGIC "
          "territory): tax only.")

# ==== (d) forwarded internal notes the sender endorses ==========================================

_d18_from = "Amber Collins <acollins@ridgewayflooring.example>"
add("d4-dsd-18", frm=_d18_from, date="2026-02-26 09:12 -0500",
    body="""Hi,

See below from our warehouse. I agree with Kev - we won't pay for those three. Can you arrange
replacements on 73575?

Amber Collins
Accounts Payable
Ridgeway Flooring Supply""",
    intents=["dispute"], subject="FW: Ourco delivery 2/19 - INV-73575",
    quote=Quote("outlook", "Kev Mallory <kmallory@ridgewayflooring.example>", when("2026-02-19 15:48 -0500"),
                _d18_from, "Ourco delivery 2/19 - INV-73575",
                "Amber,\n\nOurco drop this morning. 10 rolls of the sheet vinyl on the invoice, 10 came. "
                "3 of them have the cores crushed and the outer wrap torn through, the vinyl is creased "
                "about 4 ft in on each. Unusable. Pictures are on the S: drive under receiving. I wrote "
                "it on the driver's POD before he left.\n\nKev\nWarehouse Lead"),
    client="outlook", mode="alt",
    reasons=["damaged_defective"], invoices=["INV-73575"],
    notes="The sender's own lines only endorse the forwarded warehouse note ('I agree with Kev'); the "
          "note describes three rolls arriving crushed and unusable: damaged_defective. All ten "
          "arrived, so not quantity_short.")

_d19_from = "Greg Hollis <ghollis@summitcoldchain.example>"
add("d4-dsd-19", frm=_d19_from, date="2026-07-22 17:40 -0500",
    body="""Dana,

Forwarding below from our site superintendent. He's right and I'm backing him, so 73579 is on hold
until this is put right.

Greg Hollis
Controller, Summit Cold Chain""",
    intents=["dispute"], subject="Fwd: racking install Dock 4 - Ourco 73579",
    quote=Quote("forward", "Luis Farias <lfarias@summitcoldchain.example>", when("2026-07-21 16:05 -0500"),
                _d19_from, "racking install Dock 4",
                "Greg,\n\nOurco's install crew was booked Monday to Friday last week for the Dock 4 "
                "pallet racking. They were here Monday and Thursday, that's it. Anchors on rows C and D "
                "never got torqued, no row spacers, and they took the lift home with them. I've got "
                "two rows I can't load. Their invoice says five days labour.\n\nLuis Farias\nSite "
                "Superintendent"),
    client="gmail", mode="alt",
    reasons=["service_issue"], invoices=["INV-73579"],
    notes="A controller forwards the site superintendent's note and endorses it ('he's right'); the "
          "forwarded part shows an installation crew that worked two of five booked days and left the "
          "job unfinished: service_issue.")

_d20_from = "Renata Lowell <rlowell@granitebayhospital.example>"
add("d4-dsd-20", frm=_d20_from, date="2026-05-28 13:55 -0400",
    body="""Hello,

Forwarding what our receiving department sent me when I asked about your reminder. Nothing was
ever delivered to us on this one, so there's nothing to match the invoice to.

Renata Lowell
Accounts Payable Coordinator
Granite Bay Hospital""" + "\n\n" + DISCLAIMER_US,
    intents=["dispute"], subject="Fwd: receiving check - Ourco INV-73583",
    quote=Quote("forward", "Receiving Dock <receiving@granitebayhospital.example>",
                when("2026-05-27 11:30 -0400"), _d20_from, "receiving check - Ourco INV-73583",
                "Renata,\n\nChecked the dock log back to May 1. No Ourco delivery against PO 60-7714, no "
                "packing slip, nothing in the cage. It never came in.\n\nMarcus\nReceiving"),
    client="gmail", mode="alt",
    reasons=["not_received"], invoices=["INV-73583"],
    notes="Hospital AP forwards the receiving check; she endorses it in her own words ('nothing was "
          "ever delivered'): not_received. The PO is not an invoice.")

_d21_from = "Sabine Krüger <s.krueger@krueger-arbeitsschutz.example>"
add("d4-dsd-21", frm=_d21_from, date="2026-04-09 10:15 +0200",
    body="""Guten Tag Frau Whitaker,

zur Info unten die Rückmeldung unseres Lagers zu Ihrer Rechnung 73587. Ich sehe das genauso.
Bitte um kurze Klärung, bis dahin bleibt die Rechnung bei uns gesperrt.

Mit freundlichen Grüßen
Sabine Krüger
Buchhaltung
Krüger Arbeitsschutz GmbH
Am Speicher 12, 28217 Bremen
Tel. 0421 555 3380""",
    intents=["dispute"], subject="WG: Retoure Ourco / Rechnung 73587",
    quote=Quote("outlook", "Jens Albers <j.albers@krueger-arbeitsschutz.example>",
                when("2026-04-08 15:22 +0200"), _d21_from, "Retoure Ourco / Rechnung 73587",
                "Hallo Sabine,\n\ndie 12 Kartons Schutzhandschuhe aus der Lieferung sind am 12.03. als "
                "Retoure an Ourco zurückgegangen (RMA 5521, DHL zugestellt am 14.03., Nachweis liegt "
                "im Ordner). Eine Gutschrift dafür finde ich im System bis heute nicht.\n\nGruß\nJens "
                "Albers\nLager / Wareneingang", lang="de"),
    lang="de", client="outlook", mode="alt",
    reasons=["returns_credit"], invoices=["INV-73587"],
    notes="German: the bookkeeper forwards the warehouse's note and endorses it ('Ich sehe das "
          "genauso'); the note says the goods were returned and delivered to us, no credit note yet: "
          "returns_credit. RMA and DHL details are not invoices.")

_d22_from = "Holly Brandt <hbrandt@cascadeirrigation.example>"
add("d4-dsd-22", frm=_d22_from, date="2026-06-11 11:05 -0600",
    body="""See Marco's note below, he's right. Please send a corrected invoice for 73591.

Holly""",
    intents=["dispute"], subject="FW: 73591 vs quote Q-22817",
    quote=Quote("outlook", "Marco Pellegrini <mpellegrini@cascadeirrigation.example>",
                when("2026-06-10 16:40 -0600"), _d22_from, "73591 vs quote Q-22817",
                "Holly,\n\nOurco's quote Q-22817 (attached) had the 2\" bronze gate valves at $118.00 "
                "each, firm through June 30. Their invoice 73591 bills them at $131.50. 16 valves, so "
                "it's $216.00 over. Don't pay it as is.\n\nMarco\nPurchasing"),
    client="outlook", mode="plain",
    reasons=["pricing"], invoices=["INV-73591"],
    notes="Two lines of the sender's own endorse the buyer's forwarded note ('he's right'); the note "
          "compares the quote price to the invoice price: pricing. The quote number is not an invoice.")

# ==== (e) disputes told through numbers and tables ==============================================

_case("d4-dsd-23", "Kim Halvorsen <khalvorsen@fjordmarine.example>", "2026-03-05 07:58 -0500",
      """73595 vs our receiving:

Item      Ordered  Received  Billed
HX-220       40        40       40
HX-240       25        19       25
GSK-12      100       100      100

Rebill pls.

Kim Halvorsen
AP, Fjord Marine Services""",
      ["dispute"], rem=("overdue", ["INV-73595"], "Kim"), client="thunderbird", mode="plain",
      reasons=["quantity_short"], invoices=["INV-73595"],
      notes="Told only by a table: one line received 19 against 25 ordered and billed: quantity_short. "
            "The item codes are not invoices.")

_t24_text = """Rates billed on 73599 against our 2026 labor agreement (LA-2026-07):

Role              Contract rate   Billed rate   Hours   Over
Welder (certified)     $62.00        $68.50        80    $520.00
Pipefitter             $54.00        $54.00        80      $0.00
Helper                 $31.00        $35.00        40    $160.00
                                              Total    $680.00

Please rebill at the contract rates.

Jasmine Ortega
Project Accounting | Delta Process Contractors"""
_t24_html = """<div dir="ltr">
<p>Rates billed on 73599 against our 2026 labor agreement (LA-2026-07):</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-family:Arial,sans-serif;font-size:13px">
<tr style="background:#dde4ee"><th>Role</th><th>Contract rate</th><th>Billed rate</th><th>Hours</th><th>Over</th></tr>
<tr><td>Welder (certified)</td><td align="right">$62.00</td><td align="right">$68.50</td><td align="right">80</td><td align="right">$520.00</td></tr>
<tr><td>Pipefitter</td><td align="right">$54.00</td><td align="right">$54.00</td><td align="right">80</td><td align="right">$0.00</td></tr>
<tr><td>Helper</td><td align="right">$31.00</td><td align="right">$35.00</td><td align="right">40</td><td align="right">$160.00</td></tr>
<tr><td colspan="4" align="right"><b>Total</b></td><td align="right"><b>$680.00</b></td></tr>
</table>
<p>Please rebill at the contract rates.</p>
<p>Jasmine Ortega<br>Project Accounting | Delta Process Contractors</p>
</div>"""
_t24_from = "Jasmine Ortega <jortega@deltaprocess.example>"
_t24_rem = _reminder("overdue", ["INV-73599"], "Jasmine", "2026-08-10 07:30 -0500", _t24_from, style="gmail")
add("d4-dsd-24", frm=_t24_from, date="2026-08-12 14:30 -0500", body=_t24_text,
    intents=["dispute"], subject="Re: " + _t24_rem.subject, quote=_t24_rem, client="gmail", mode="alt",
    html_body=_t24_html + "\n<br>\n" + quote_html(_t24_rem),
    reasons=["pricing"], invoices=["INV-73599"],
      notes="Labour rates shown only as a contract-rate vs billed-rate table (HTML table, plain-text "
            "alternative): two roles billed above the agreement: pricing. Hours are accepted, so not "
            "quantity_short.")

_case("d4-dsd-25", "Accounts Payable <ap@meadowbrookgrocers.example>", "2026-05-06 09:40 -0400",
      """Statement reconciled:

Inv     Date    PO        BOL       Amount      Status
73603   04/14   7781-22   440912    $1,922.40   in approval
73604   04/14   7781-22   440912    $1,922.40   DUP - rejected

Please issue a credit memo for 73604.

Meadowbrook Grocers - Accounts Payable
ap@meadowbrookgrocers.example""",
      ["dispute"], rem=("statement", ["INV-73603", "INV-73604"]), client="outlook", mode="alt",
      reasons=["duplicate_billing"], invoices=["INV-73603", "INV-73604"],
      notes="A status table: same date, PO, BOL and amount on two invoices, one marked DUP: "
            "duplicate_billing. 'In approval' is not a promise.")

_case("d4-dsd-26", "Comptabilité Fournisseurs <compta.fournisseurs@lambert-outillage.example>",
      "2026-09-15 10:25 +0200",
      """Bonjour,

Facture 73607 - écart de TVA :

  Base HT                          2 480,00 €
  TVA facturée (21 %)                520,80 €
  TVA due (autoliquidation)            0,00 €
  Écart                              520,80 €

Merci de nous adresser une note de crédit et une facture corrigée avec la mention
« autoliquidation ».

Cordialement,
Service Comptabilité Fournisseurs
Lambert Outillage SA
Liège - BE 0412.558.903""" + "\n\n" + DISCLAIMER_FR,
      ["dispute"], rem=("overdue", ["INV-73607"]), lang="fr", client="outlook", mode="alt",
      reasons=["tax"], invoices=["INV-73607"],
      notes="Belgian AP, told through a recomputed VAT block: 21% charged where the reverse charge "
            "applies: tax. The company VAT number is not an invoice.")

_case("d4-dsd-27", "Martin Hölzl <m.hoelzl@hoelzl-anlagenbau.example>", "2026-05-07 08:50 +0200",
      """Rechnung 73611 - Abgleich mit den abgezeichneten Stundennachweisen:

KW 14:  berechnet 42,0 h  /  abgezeichnet 36,5 h
KW 15:  berechnet 40,0 h  /  abgezeichnet 40,0 h
KW 16:  berechnet 44,5 h  /  abgezeichnet 38,0 h

Differenz 12,0 h x 58,00 € = 696,00 € netto. Bitte korrigieren.

Martin Hölzl
Hölzl Anlagenbau GmbH, Linz""",
      ["dispute"], rem=("overdue", ["INV-73611"], "Martin"), lang="de", client="outlook", mode="html",
      reasons=["quantity_short"], invoices=["INV-73611"],
      notes="Austrian, HTML only, told through numbers: technician hours billed above the signed "
            "timesheets (126.5 vs 114.5): more billed than received, quantity_short by the earlier "
            "splits' convention for hours.")

_case("d4-dsd-28", "Nuria Ferrer <nferrer@epis-mediterrani.example>", "2026-11-19 12:10 +0100",
      """Hola,

Comparativa de la factura 73615 con la tarifa 2026 que nos enviasteis en enero:

Ref.   Artículo                  Uds.   Tarifa   Facturado   Diferencia
4410   Guante nitrilo (caja)     120    6,20 €   6,95 €       90,00 €
5120   Gafa panorámica            60    4,80 €   4,80 €        0,00 €
7730   Mascarilla FFP2 (caja)     80   11,40 €  12,90 €      120,00 €
                                                 Total       210,00 € + IVA

Quedamos a la espera del abono.

Nuria Ferrer
Compras - EPIs Mediterrani, S.L.
Sabadell""",
      ["dispute"], rem=("overdue", ["INV-73615"], "Nuria"), lang="es", client="gmail", mode="alt",
      reasons=["pricing"], invoices=["INV-73615"],
      notes="Spain, a tariff vs billed price table with the difference totalled: pricing. Waiting for "
            "the credit note is the remedy of the price dispute, not returns_credit.")

# ==== (f) two reasons across two invoices ======================================================

_case("d4-dsd-29", "Ben Castillo <ben@castillotileworks.example>", "2026-10-14 08:15 -0400",
      """Morning Dana,

Two things on your statement:

73619 - billed 60 bags of the polymer thinset, the pallet had 52. Driver counted with us. That's
8 bags ($198.40) we don't have.

73620 - the 15% contractor discount is on there, but the sales tax was worked out on the list
price of $5,200.00 instead of the discounted $4,420.00. At 7% that's $364.00 charged instead of
$309.40, so $54.60 of tax too much.

Can you fix both and resend?

Ben Castillo
Castillo Tile Works""",
      ["dispute"], rem=("statement", ["INV-73619", "INV-73620"], "Ben"), client="gmail", mode="plain",
      reasons=["quantity_short", "tax"], invoices=["INV-73619", "INV-73620"],
      notes="Two invoices, one problem each: 52 of 60 bags delivered (quantity_short) and sales tax "
            "computed on the pre-discount price (tax).")

_case("d4-dsd-30", "Theresa Quill <tquill@mapleleafhvac.example>", "2026-01-22 15:45 -0600",
      """Hi Dana,

Went through both invoices on your reminder.

73623: there's no delivery on our side for this. No signed slip, nothing in our receiving system,
and the site says nothing from Ourco came in January. Please check it was actually shipped.

73624: the duct insulation did arrive, no issue with the goods. But the invoice quotes our blanket
PO 5500-118, which expired at the end of December. AP needs the release number on it, which is
5500-204-R3. Please reissue with that.

Thanks,
Theresa Quill
Maple Leaf Heating & Cooling""",
      ["dispute"], rem=("overdue", ["INV-73623", "INV-73624"], "Theresa"), client="outlook", mode="alt",
      reasons=["not_received", "missing_po_or_docs"], invoices=["INV-73623", "INV-73624"],
      notes="One invoice with no delivery at all (not_received), the other with goods received but an "
            "expired PO quoted instead of the release number (missing_po_or_docs).")

_case("d4-dsd-31", "Dr. Aaron Feld <afeld@westbridgelabs.example>", "2026-12-03 10:00 -0500",
      """Hello,

Our lab operations manager asked me to respond on the two open invoices.

INV-73627 (the glass chromatography columns): eight of the twenty columns arrived with hairline
cracks at the frit, which our QC found on incoming inspection. They can't be used under pressure.
We are holding the invoice until replacements are shipped or the eight are credited.

INV-73628: this was the box of fittings we returned in October under RMA 60413, unopened. Your
returns team acknowledged receipt on October 29, but the invoice is still open with no credit
applied. Please issue the credit and close it.

Regards,
Aaron Feld, PhD
Director of Research Operations
Westbridge Laboratories""" + "\n\n" + DISCLAIMER_US,
      ["dispute"], rem=("overdue", ["INV-73627", "INV-73628"]), client="outlook", mode="alt",
      reasons=["damaged_defective", "returns_credit"], invoices=["INV-73627", "INV-73628"],
      notes="Cracked columns found on inspection (damaged_defective) on one invoice; goods returned "
            "unopened and acknowledged but never credited (returns_credit) on the other.")

_case("d4-dsd-32", "Claire Dubois <c.dubois@rhone-hydraulique.example>", "2026-03-31 16:20 +0200",
      """Bonjour Madame Whitaker,

Suite à votre relance, voici où nous en sommes :

- Facture 73631 : les vérins sont facturés 188,00 € pièce alors que notre contrat-cadre 2026
  prévoit 171,00 € (24 pièces, soit 408,00 € d'écart). Merci d'émettre un avoir.

- Factures 73634 et 73635 : il s'agit de la même livraison (même bon de livraison BL-22817, même
  montant de 1 287,50 €). Nous réglerons une seule des deux ; merci d'annuler la 73635.

Bien cordialement,

Claire Dubois
Comptabilité fournisseurs
Rhône Hydraulique SAS - Villeurbanne""" + "\n\n" + DISCLAIMER_FR,
      ["dispute"], rem=("overdue", ["INV-73631", "INV-73634", "INV-73635"], "Claire"), lang="fr",
      client="outlook", mode="alt",
      reasons=["pricing", "duplicate_billing"], invoices=["INV-73631", "INV-73634", "INV-73635"],
      notes="French: one invoice above the framework-contract price (pricing), and two invoices for "
            "the same delivery (duplicate_billing). 'Nous réglerons une seule' has no date: no promise.")

_case("d4-dsd-33", "Thomas Gruber <t.gruber@gruber-kaeltetechnik.example>", "2026-06-30 09:05 +0200",
      """Guten Morgen,

zu Ihrer Erinnerung zwei Punkte:

Rechnung 73639: Die Lieferung (2 Verflüssigereinheiten) ist bei uns nie angekommen. Laut Ihrer
Spedition wurde sie am 09.06. zugestellt, bei uns im Wareneingang gibt es aber keinen Beleg und
keine Unterschrift. Bitte Ablieferbeleg prüfen lassen.

Rechnung 73640: Die Wartung der Kälteanlage in Halle 3 wurde nicht abgeschlossen. Ihr Techniker
ist nach der Druckprobe gegangen, Dichtheitsprüfung und Protokoll fehlen bis heute. Die Rechnung
zahlen wir erst, wenn die Arbeiten fertig sind.

Freundliche Grüße
Thomas Gruber
Gruber Kältetechnik GmbH
Graz""",
      ["dispute"], rem=("overdue", ["INV-73639", "INV-73640"], "Thomas"), lang="de", client="thunderbird",
      mode="plain",
      reasons=["not_received", "service_issue"], invoices=["INV-73639", "INV-73640"],
      notes="Austrian: a delivery never received despite the carrier's claim (not_received) and a "
            "maintenance job left unfinished (service_issue). Asking us to check the carrier's proof is "
            "part of the dispute.")

_case("d4-dsd-34", "Lic. Fernanda Ruiz Ochoa <cxp@grupolaguna.example>", "2026-08-04 11:40 -0600",
      """Buen día,

Respecto a su recordatorio, tenemos observaciones en ambas facturas:

1. Factura 73643: no trae nuestro número de orden de compra. Sin OC el sistema no la deja pasar a
   revisión. La OC correcta es OC-2026-04418; favor de reexpedirla con ese dato.

2. Factura 73644: viene a nombre de Distribuidora Laguna, S.A. de C.V., pero el pedido lo hizo
   Comercializadora Laguna del Norte, S.A. de C.V., que es otra razón social con otro RFC.
   Distribuidora no tiene relación comercial con ustedes. Favor de cancelarla y emitirla a la
   razón social correcta.

Quedo atenta.

Lic. Fernanda Ruiz Ochoa
Cuentas por Pagar
Grupo Laguna - Torreón, Coah.""",
      ["dispute"], rem=("overdue", ["INV-73643", "INV-73644"], "Fernanda"), lang="es", client="outlook",
      mode="alt",
      reasons=["missing_po_or_docs", "other"], invoices=["INV-73643", "INV-73644"],
      notes="Mexico: an invoice without the PO (missing_po_or_docs), and another issued to the wrong "
            "legal entity of the group (other). The OC number is not an invoice.")

# ==== (g) a dispute next to a promise or a remittance for another invoice ========================

_case("d4-dsd-35", "Monique Tate <mtate@harborviewoffices.example>", "2026-04-14 10:35 -0400",
      """Hi Dana,

73647 was paid on April 3 by ACH, trace 021000021884573 - it should be on your side by now.

73648 is the March janitorial contract, billed for all 8 scheduled nights at $400.00. Your crew
only showed up on 4 of them (our building security log has them on the 3rd, 10th, 17th and 24th
only), and the restrooms on floors 2 and 3 weren't done even on those nights. I've had tenants
complaining. I'm not approving 73648 until we've talked about what was actually delivered.

Monique Tate
Property Administrator
Harborview Office Park""",
      ["dispute", "payment_sent"], rem=("overdue", ["INV-73647", "INV-73648"], "Monique"),
      client="outlook", mode="alt",
      reasons=["service_issue"], invoices=["INV-73647", "INV-73648"],
      notes="One invoice reported paid with an ACH trace (payment_sent); the other a cleaning contract "
            "where the crew missed half the nights and did poor work on the rest: service_issue.")

_case("d4-dsd-36", "Mathieu Roy <mroy@lakeheadmining.example>", "2026-09-22 14:00 -0400",
      """Hi Dana,

73651 goes out Friday, CAD 2,940.00, by EFT.

73652 I have to send back. It was issued in US dollars, but our account with you is in Canadian
dollars and the quote (Q-5531) was in CAD as well. Our AP system won't post a USD invoice to a CAD
vendor. Please reissue it in CAD.

Mathieu Roy
Accounts Payable
Lakehead Mining Supply, Thunder Bay ON""",
      ["dispute", "promise_to_pay"], rem=("overdue", ["INV-73651", "INV-73652"], "Mathieu"),
      client="outlook", mode="plain",
      reasons=["other"], invoices=["INV-73651", "INV-73652"],
      promises=[P("2940.00", "CAD", "fri", ["INV-73651"])],
      notes="Canadian: a firm Friday promise with amount on one invoice; the other contested because it "
            "was issued in the wrong currency (no price, quantity or tax complaint): other.")

add("d4-dsd-37", frm="AP Remittance <remittance@crossroadsmarkets.example>", date="2026-06-12 07:10 -0500",
    body=
      """REMITTANCE ADVICE - Payment run 06/12/2026
Payee: Ourco Industrial Supply, Inc.      Method: ACH      Reference: CRM-PR-0612-0078

Invoice      Invoice amt    Paid         Deduction   Reason
INV-73655    $4,118.00      $4,118.00    $0.00
INV-73656    $1,560.00      $1,080.00    $480.00     RTN CR - 8 cs returned RA 2291, credit not rec'd
                            ---------
Total paid                  $5,198.00

Questions: remittance@crossroadsmarkets.example""",
      intents=["payment_sent", "dispute"], subject="Remittance advice - Crossroads Markets - CRM-PR-0612-0078",
      client="other", mode="plain",
      reasons=["returns_credit"], invoices=["INV-73655", "INV-73656"],
      notes="ERP remittance advice: one invoice paid in full, the other short-paid with a deduction "
            "coded for a return whose credit never came: payment_sent plus returns_credit. A new message, "
            "not a reply; the RA and run reference are not invoices.")

_case("d4-dsd-38", "Montserrat Vidal <mvidal@hortalizasdelebre.example>", "2026-06-16 10:30 +0200",
      """Buenos días Dana,

La 73659 os la pagamos por transferencia el 30 de junio, 3.410,00 €.

La 73660, en cambio, no la podemos contabilizar: no lleva nuestro número de pedido y nuestro
sistema rechaza cualquier factura sin él. El pedido es el P-26/0714. ¿Nos la podéis reemitir con
ese dato?

Gracias,
Montserrat Vidal
Administración
Hortalizas del Ebro, S.C.L. - Amposta""",
      ["dispute", "promise_to_pay"], rem=("overdue", ["INV-73659", "INV-73660"], "Montserrat"), lang="es",
      client="gmail", mode="alt",
      reasons=["missing_po_or_docs"], invoices=["INV-73659", "INV-73660"],
      promises=[P("3410.00", "EUR", "2026-06-30", ["INV-73659"])],
      notes="Spain: a dated promise with amount on one invoice; the other lacks the purchase order "
            "number: missing_po_or_docs. The reissue is the remedy, not a copy request.")

_case("d4-dsd-39", "Reto Baumann <reto.baumann@baumann-bau.example>", "2026-11-24 09:45 +0100",
      """Grüezi Frau Whitaker

Die Rechnung 73663 überweisen wir am Freitag, CHF 4'870.00.

Bei der 73664 gibt es ein Problem: Von den 20 Paletten Feinsteinzeug waren 3 beim Abladen
beschädigt - Platten gebrochen, Kanten abgeplatzt. Unser Polier hat es auf dem Lieferschein
vermerkt, Fotos schicke ich Ihnen gerne. Diese 3 Paletten zahlen wir nicht, bitte Ersatz liefern
oder gutschreiben.

Freundliche Grüsse
Reto Baumann
Baumann Bau AG, Winterthur""",
      ["promise_to_pay", "dispute"], rem=("overdue", ["INV-73663", "INV-73664"], "Reto"), lang="de",
      client="outlook", mode="alt",
      reasons=["damaged_defective"], invoices=["INV-73663", "INV-73664"],
      promises=[P("4870.00", "CHF", "fri", ["INV-73663"])],
      notes="Swiss German: a Friday promise in CHF on one invoice; three of twenty pallets arrived "
            "broken on the other: damaged_defective. 'Fotos schicke ich gerne' offers evidence.")

_case("d4-dsd-40", "Geneviève Tremblay <gtremblay@quincaillerie-saguenay.example>", "2026-07-08 15:20 -0400",
      """Bonjour Dana,

La facture 73667 a été réglée hier par virement (2 615,00 $, référence DESJ-0707-4417).

Pour la 73668, il y a erreur : cette marchandise nous a été envoyée en consignation, selon
l'entente signée avec votre représentant en mai. On paie seulement ce qui est vendu, à la fin de
chaque trimestre, sur rapport de ventes. Elle ne devrait donc pas être facturée en entier
maintenant. Merci de l'annuler.

Bonne journée,
Geneviève Tremblay
Comptabilité
Quincaillerie Saguenay inc.""",
      ["payment_sent", "dispute"], rem=("overdue", ["INV-73667", "INV-73668"], "Geneviève"), lang="fr",
      client="outlook", mode="alt",
      reasons=["other"], invoices=["INV-73667", "INV-73668"],
      notes="Québec: one invoice paid by transfer yesterday with a reference (payment_sent); the other "
            "contested because the goods are on consignment terms and should not be billed outright: "
            "other.")

# ==== look-alikes that contest nothing ===========================================================

_case("d4-dsd-41", "Fiona MacRae <fiona.macrae@glenshieldhotels.example>", "2026-01-27 11:00 +0000",
      """Dear Dana,

Happy New Year to you and the team, belatedly! I hope the holidays were restful. Ours were anything
but - we had the Inverness hotel fully booked from the 20th through Hogmanay, which was wonderful
for the books and exhausting for everyone else.

I also wanted to say thank you for how the damaged linen trolleys were handled back in October.
The replacements arrived within the week and housekeeping has had no trouble with them since, so
that chapter is well and truly closed.

On your reminder for 73671: we've had a change of auditors this year and they've asked every
supplier's account to be reconciled to a statement at 31 December. Could you send me a statement
of our account as at that date? Once I have it I'll match everything off and come back to you.

Warm regards,
Fiona MacRae
Group Finance Officer
Glenshield Hotels Ltd, Inverness""" + "\n\n" + DISCLAIMER,
      ["invoice_request"], rem=("overdue", ["INV-73671"], "Fiona"), client="outlook", mode="alt",
      invoices=["INV-73671"],
      notes="Look-alike (b): a long letter that mentions an old damage claim, explicitly closed; the "
            "actual ask is a statement at 31 December: invoice_request, no dispute and no promise.")

_l42_from = "Corey Mendez <cmendez@mendezbuilders.example>"
_l42_rem = _reminder("overdue", ["INV-73675"], "Corey", "2026-10-05 07:15 -0500", _l42_from, style="gmail")
_l42_old = Quote("gmail", _l42_from, when("2026-10-06 08:30 -0500"), AR, "Re: " + _l42_rem.subject,
                 "We only got 20 of the 24 bundles of cedar shakes on this. Not paying for 24.\n\nCorey",
                 extra=quote_text(_l42_rem))
_l42_ours = Quote("gmail", COLLECTOR, when("2026-10-08 10:40 -0500"), _l42_from, "Re: " + _l42_rem.subject,
                  "Hi Corey,\n\nThe carrier's delivery receipt shows all 24 bundles delivered on October 1, "
                  "signed by J. Ruiz, with four of them on a separate skid. Could you have your yard take "
                  "another look?\n\n" + COLLECTOR_SIG,
                  extra=quote_text(_l42_old))
add("d4-dsd-42", frm=_l42_from, date="2026-10-20 09:25 -0500",
    body="""Found them - the yard had the 4 bundles stacked behind the dumpster enclosure on that
separate skid. My bad. Paid the full $2,256.00 this morning by ACH, confirmation 6620-19K.

Corey""",
    intents=["payment_sent"], subject="Re: " + _l42_rem.subject, quote=_l42_ours, client="gmail",
    mode="plain", invoices=["INV-73675"],
    notes="Look-alike (c): the older quoted message disputed a shortage; the new text says the bundles "
          "were found and the invoice is paid in full with a confirmation: payment_sent only.")

_l43_from = "Owen Tachibana <otachibana@highdesertbrewing.example>"
add("d4-dsd-43", frm=_l43_from, date="2026-02-17 13:10 -0700",
    body="""Hi Dana,

See below from Marta in receiving - everything on 73679 came in clean. It's going out with
Thursday's check run.

Owen Tachibana
Controller, High Desert Brewing Co.""",
    intents=["promise_to_pay"], subject="FW: Ourco delivery - INV-73679",
    quote=Quote("outlook", "Marta Esquivel <mesquivel@highdesertbrewing.example>",
                when("2026-02-16 15:02 -0700"), _l43_from, "Ourco delivery - INV-73679",
                "Owen,\n\nAll 14 pallets from Ourco received this afternoon. Counts match the packing "
                "list, no damage, the stainless fittings are all there. POD signed and scanned to the "
                "AP folder.\n\nMarta\nReceiving"),
    client="outlook", mode="alt",
    invoices=["INV-73679"], promises=[P(None, None, "thu", ["INV-73679"])],
    notes="Look-alike (d): a forwarded warehouse note, but it confirms a clean, complete receipt; the "
          "sender commits to Thursday's check run: promise_to_pay only.")

_case("d4-dsd-44", "Priya Raman <praman@silverlakedental.example>", "2026-12-08 10:40 -0500",
      """Hi Dana,

Reconciled your statement against our ledger:

Invoice   Billed      Credit               Net
73683     $2,450.00   -                    $2,450.00
73684     $1,380.00   CM-5512 ($380.00)    $1,000.00
73685     $3,125.00   -                    $3,125.00
                                   Total   $6,575.00

Everything ties out, and the credit memo for the short shipment on 73684 is applied. Can you
confirm $6,575.00 is the full open balance on our account before I set up payment?

Priya Raman
Office Manager, Silver Lake Dental Group""",
      ["balance_inquiry"], rem=("statement", ["INV-73683", "INV-73684", "INV-73685"], "Priya"),
      client="gmail", mode="alt",
      invoices=["INV-73683", "INV-73684", "INV-73685"],
      notes="Look-alike (e): a reconciliation table with a credit column, and a shortage already "
            "credited; nothing is contested. The ask is to confirm the open balance: balance_inquiry. "
            "Setting up payment has no date, so no promise.")

_case("d4-dsd-45", "Hélène Marchand <h.marchand@bocage-emballages.example>", "2026-06-18 09:55 +0200",
      """Bonjour,

Votre relance nous a permis de trouver l'erreur : votre facture 73687 avait été saisie deux fois
dans notre logiciel, et c'est le doublon qui bloquait le paiement. L'erreur est de notre côté, le
doublon a été supprimé.

Le règlement de 2 140,00 € partira par virement le 30 juin.

Cordialement,
Hélène Marchand
Comptabilité fournisseurs
Bocage Emballages SARL - Cholet""",
      ["promise_to_pay"], rem=("overdue", ["INV-73687"], "Hélène"), lang="fr", client="thunderbird",
      mode="plain",
      invoices=["INV-73687"], promises=[P("2140.00", "EUR", "2026-06-30", ["INV-73687"])],
      notes="Look-alike for duplicate_billing: the double entry was the customer's own, in their "
            "software, and they say so; nothing of ours is contested. A dated promise with amount.")

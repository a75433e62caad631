"""dev3 topic: disputes written in German (Germany, Austria, Switzerland).

German-speaking AP staff rarely write "Reklamation" when they contest an invoice. They write
"abweichend vom Angebot", "Mindermenge", "Transportschaden", "bereits bezahlt unter Rechnung …",
"ohne Bestellnummer können wir nicht buchen", "§ 13b UStG", "Monteur nicht erschienen", send a
formal Mängelrüge under § 377 HGB, or simply reject the invoice from a workflow. These cases
phrase every dispute reason in that vocabulary, in formal "Sie" letters and short informal
notes, with Austrian ("verrechnet", "eingelangt", "ersuchen") and Swiss ("Grüezi", ss for ß,
CHF with apostrophes) usage, EU amounts ("1.250,00 €") and day-first dates. Some name two real
problems at once, some also promise, pay or ask for a delivery note on another line, and some
only look like complaints: an invoice still in Prüfung, a credit note received with thanks, a
question the writer answers herself, a polite request for an invoice copy.
"""

from dev2_cases import case
from dev_cases import DISCLAIMER_DE, P, fake_pdf

IPHONE_DE = "\n\nVon meinem iPhone gesendet"

# ---- single reasons ------------------------------------------------------------------------

case("d3-dsd-01", "Sabine Hartmann <s.hartmann@hartmann-armaturen.example>", "2026-02-17 10:14 +0100",
     """Sehr geehrte Damen und Herren,

zu Ihrer Rechnung Nr. 66503 vom 20.01.2026 haben wir folgende Beanstandung:

Die Einzelpreise für die Edelstahl-Kugelhähne DN 25 weichen von Ihrem Angebot AN-2025-1187 vom
04.12.2025 ab. Angeboten waren 42,80 € netto je Stück, berechnet wurden 49,60 €. Bei 150 Stück
ergibt sich eine Differenz von 1.020,00 € netto.

Wir bitten um Korrektur der Rechnung bzw. um eine Gutschrift über den Differenzbetrag. Bis zur
Klärung ist die Rechnung bei uns zur Zahlung gesperrt.

Mit freundlichen Grüßen

i. A. Sabine Hartmann
Kreditorenbuchhaltung
Hartmann & Söhne Armaturen GmbH
Brückenstraße 14, 75175 Pforzheim
Tel. +49 7231 55 48-20""",
     ["dispute"], rem=("overdue", ["INV-66503"], "Sabine"), lang="de",
     reasons=["pricing"], invoices=["INV-66503"],
     notes="Unit price above the quotation; the 'Gutschrift über den Differenzbetrag' is the remedy "
           "for a price error, not a missing return credit.")

case("d3-dsd-02", "Wareneingang Brenner <wareneingang@brenner-landtechnik.example>", "2026-03-05 07:42 +0100",
     """Hallo,

bei Lieferung zu RE 66517 Mindermenge. Laut Lieferschein 40 Kartons Kabelbinder 300mm, bei uns
angekommen nur 34, 6 Kartons fehlt. Hat der Fahrer auf Lieferschein gegengezeichnet.

Bitte nur gelieferte Menge berechnen oder Rest nachliefern.

Gruß
Dragan Marković
Wareneingang / Lager Nord
Brenner Landtechnik GmbH""",
     ["dispute"], rem=("overdue", ["INV-66517"]), lang="de", client="thunderbird", mode="plain",
     reasons=["quantity_short"], invoices=["INV-66517"],
     notes="Terse warehouse note by a non-native writer: 'Mindermenge', 34 of 40 cartons, "
           "countersigned by the driver.")

case("d3-dsd-03", "Mag. Claudia Wimmer <c.wimmer@wimmer-gastrotechnik.example>", "2026-04-16 09:30 +0200",
     """Sehr geehrte Damen und Herren,

die mit Rechnung 66524 verrechnete Haubenspülmaschine ist leider beschädigt angekommen: das
Gehäuse ist seitlich eingedrückt, das Türscharnier gebrochen. Es handelt sich eindeutig um
einen Transportschaden, den wir bei der Zustellung am Frachtbrief vermerkt haben. Fotos und
Frachtbrief finden Sie im Anhang.

Wir ersuchen um raschestmögliche Ersatzlieferung. Bis dahin halten wir die Rechnung zurück.

Mit freundlichen Grüßen

Mag. Claudia Wimmer
Wimmer Gastro-Technik GmbH
Industriezeile 36, 4020 Linz""",
     ["dispute"], rem=("overdue", ["INV-66524"], "Claudia"), lang="de",
     subject="Reklamation Rechnung 66524 - Transportschaden",
     attachments=[("Transportschaden_Fotos.pdf", "application/pdf", fake_pdf("Transportschaden 66524"))],
     reasons=["damaged_defective"], invoices=["INV-66524"],
     notes="Austrian ('verrechnet', 'ersuchen'): goods 'beschädigt angekommen', carrier damage noted "
           "on the waybill; payment held until replacement.")

case("d3-dsd-04", "Urs Stäheli <u.staeheli@staeheli-druck.example>", "2026-05-13 16:05 +0200",
     """Grüezi

Ware nicht erhalten. Die Rechnung 66531 betrifft unsere Bestellung vom 14. April
(2 Etikettendrucker), bei uns ist bis heute nichts angekommen. Bitte abklären, bezahlt wird
erst nach Erhalt.

Freundliche Grüsse
Urs Stäheli
Stäheli Druck AG, Frauenfeld""",
     ["dispute"], rem=("overdue", ["INV-66531"], "Urs"), lang="de", client="gmail", mode="plain",
     reasons=["not_received"], invoices=["INV-66531"],
     notes="Swiss one-paragraph note opening with 'Ware nicht erhalten'; payment only after delivery "
           "is conditional, so no promise.")

case("d3-dsd-05", "Jens Albrecht <jens.albrecht@albrecht-kfz.example>", "2026-06-11 11:20 +0200",
     """Hi,

die 66548 und die 66556 sind doppelt berechnet, gleiche Lieferung (Lieferschein 7730412),
gleicher Betrag 684,50 €. Eine davon bitte stornieren.

Danke
Jens""",
     ["dispute"], rem=("overdue", ["INV-66548", "INV-66556"], "Jens"), lang="de", client="apple",
     mode="plain",
     reasons=["duplicate_billing"], invoices=["INV-66548", "INV-66556"],
     notes="Informal 'doppelt berechnet' naming both invoices; neither is said to be paid, so dispute "
           "only. The delivery-note number has seven digits.")

case("d3-dsd-06", "Heike Sommer <heike.sommer@sommer-werkzeughandel.example>", "2026-07-02 14:40 +0200",
     """Guten Tag Herr Lindner,

auf der Rechnung INV-66563 sind noch die 12 Akku-Bohrschrauber enthalten, die wir am
08.06.2026 als Retoure an Sie zurückgeschickt haben (Rücksendenummer RMA-2026-418, Abholung
durch Ihren Paketdienst). Die Gutschrift fehlt bis heute.

Bitte senden Sie uns die Gutschrift über 1.428,00 €, den Restbetrag gleichen wir danach aus.

Freundliche Grüße
Heike Sommer
Buchhaltung
Sommer Werkzeughandel e.K.""",
     ["dispute"], rem=("overdue", ["INV-66563"], "Heike"), lang="de", client="outlook_old",
     mode="plain", charset="windows-1252", cte="quoted-printable",
     reasons=["returns_credit"], invoices=["INV-66563"],
     notes="'Retoure' sent back, 'Gutschrift fehlt'; paying the rest 'danach' is conditional and "
           "undated. Windows-1252 quoted-printable.")

case("d3-dsd-07", "SSC Kreditoren DACH <kreditoren-dach@vantera-services.example>", "2026-08-04 08:15 +0200",
     """Sehr geehrte Damen und Herren,

die oben genannte Rechnung wurde in unserem Rechnungseingangs-Workflow zurückgewiesen.

Grund der Zurückweisung: keine gültige Bestellnummer angegeben.

Ohne Bestellnummer können wir nicht buchen. Bitte stellen Sie die Rechnung mit der
zehnstelligen Bestellnummer (beginnend mit 45, erhältlich bei Ihrem Ansprechpartner im Einkauf)
neu aus und reichen Sie sie über das Lieferantenportal erneut ein. Eine Zahlung der
ursprünglichen Rechnung erfolgt nicht.

Mit freundlichen Grüßen
Team Accounts Payable DACH
Vantera Shared Services GmbH, Standort Leipzig""",
     ["dispute"], rem=("overdue", ["INV-66579"]), lang="de", mode="html",
     subject="Rechnung zurückgewiesen: INV-66579 - fehlende Bestellnummer",
     reasons=["missing_po_or_docs"], invoices=["INV-66579"],
     notes="Shared-service rejection notice; the invoice is named only in the subject. Re-issue with "
           "a PO is the remedy, so dispute alone.")

case("d3-dsd-08", "Ralf Engel <r.engel@engel-hochbau.example>", "2026-09-18 13:05 +0200",
     """Sehr geehrte Damen und Herren,

Ihre Rechnung 66585 über die Elektroinstallation im Bauvorhaben Kantstraße 12 weist 19 %
Umsatzsteuer aus. Es handelt sich um eine Bauleistung, und wir erbringen selbst nachhaltig
Bauleistungen; die Steuerschuld geht daher nach § 13b UStG auf uns über (Reverse-Charge). Eine
gültige Bescheinigung USt 1 TG haben wir Ihnen bereits im Januar übersandt.

Die Rechnung muss netto und mit dem Hinweis "Steuerschuldnerschaft des Leistungsempfängers"
ausgestellt werden. Wir bitten um Stornierung und Neuausstellung; den ausgewiesenen
Steuerbetrag können wir nicht zahlen.

Mit freundlichen Grüßen

Dipl.-Kfm. Ralf Engel
Kaufmännische Leitung
Engel Hochbau GmbH & Co. KG
Hannover""",
     ["dispute"], rem=("overdue", ["INV-66585"], "Ralf"), lang="de", client="outlook",
     reasons=["tax"], invoices=["INV-66585"],
     notes="German reverse charge for construction services (§ 13b UStG): VAT wrongly charged.")

case("d3-dsd-09", "Markus Pichler <office@fleischerei-pichler.example>", "2026-10-19 08:50 +0200",
     """Grüß Gott,

bei der Rechnung 66592 stimmt was nicht. Verrechnet ist das Service an unserer Kühlzelle am
06.10., aber Ihr Monteur ist nicht erschienen. Wir haben den ganzen Vormittag gewartet,
angerufen hat auch keiner.

Leistung nicht erbracht, also zahlen wir das nicht. Bitte stornieren und einen neuen Termin
mit mir ausmachen.

LG Markus Pichler
Fleischerei Pichler, Wels""" + IPHONE_DE,
     ["dispute"], rem=("overdue", ["INV-66592"], "Markus"), lang="de", client="apple", mode="plain",
     reasons=["service_issue"], invoices=["INV-66592"],
     notes="Austrian ('das Service', 'ausmachen'): technician never came, service billed anyway.")

case("d3-dsd-10", "Gabriele Keller <g.keller@keller-metallbau-kempten.example>", "2026-11-09 10:30 +0100",
     """Guten Tag,

wir haben von Ihnen eine Zahlungserinnerung zur Rechnung INV-66614 erhalten, können diese aber
keinem Vorgang bei uns zuordnen. Die Rechnung ist an die Keller Metallbau GmbH in Kehl
adressiert, wir sind die Keller Metallbau GmbH & Co. KG in Kempten und damit ein anderes
Unternehmen. Bestellt haben wir bei Ihnen in diesem Jahr nichts.

Vermutlich liegt eine Verwechslung vor. Bitte buchen Sie den Posten aus unserem Kundenkonto aus.

Mit freundlichen Grüßen
Gabriele Keller
Keller Metallbau GmbH & Co. KG""",
     ["dispute"], rem=("overdue", ["INV-66614"], "Gabriele"), lang="de", client="thunderbird",
     reasons=["other"], invoices=["INV-66614"],
     notes="Wrong customer billed (a namesake company): reason 'other'. CET in November.")

case("d3-dsd-11", "Beatrice Meier <beatrice.meier@lichtwerk-meier.example>", "2026-01-20 09:40 +0100",
     """Guten Tag

Die Rechnung 66621 ist nicht wie vereinbart erstellt. Gemäss Rahmenvertrag gewähren Sie uns
12 % Projektrabatt auf alle Leuchten; auf der Rechnung fehlt dieser Rabatt vollständig. Der
Rechnungsbetrag von CHF 18'460.00 reduziert sich damit um CHF 2'215.20.

Bitte senden Sie uns eine korrigierte Rechnung, wir geben sie dann umgehend frei.

Freundliche Grüsse

Beatrice Meier
Leiterin Finanzen
Lichtwerk Meier AG
Winterthur""",
     ["dispute"], rem=("overdue", ["INV-66621"], "Beatrice"), lang="de",
     reasons=["pricing"], invoices=["INV-66621"],
     notes="Swiss 'nicht wie vereinbart': a contract discount missing, CHF with apostrophes; "
           "release after correction is conditional.")

case("d3-dsd-12", "Tobias Wendt <tobias.wendt@wendt-gartenbau.example>", "2026-03-18 17:55 +0100",
     """Hallo,

die Paletten zur Rechnung 66637 sind bei uns nie angekommen. Laut Ihrer Spedition zugestellt,
aber bei uns hat keiner was unterschrieben und auf dem Hof steht nix.

Bitte klären, vorher zahlen wir nicht.

Gruß Tobias""" + IPHONE_DE,
     ["dispute"], rem=("overdue", ["INV-66637"], "Tobias"), lang="de", client="apple", mode="plain",
     charset="iso-8859-15", cte="quoted-printable",
     reasons=["not_received"], invoices=["INV-66637"],
     notes="Mobile note: goods 'nie angekommen' despite the carrier's claim; no document is asked "
           "for. ISO-8859-15 quoted-printable.")

case("d3-dsd-13", "Qualitätssicherung Feinwerk <qs@feinwerk-dichtungstechnik.example>", "2026-04-29 11:15 +0200",
     """Sehr geehrte Damen und Herren,

hiermit zeigen wir Ihnen gemäß § 377 HGB folgende Mängel an der o. g. Lieferung an:

Bei der Wareneingangsprüfung der 500 O-Ring-Sätze wurde festgestellt, dass rund 30 % der
Dichtringe Maßabweichungen aufweisen (Innendurchmesser 41,2 mm statt 42,0 mm ± 0,1 mm). Die
Teile sind für unsere Fertigung nicht verwendbar. Den Prüfbericht PB-0426-07 fügen wir bei.

Wir fordern Sie auf, innerhalb von 10 Tagen mangelfreien Ersatz zu liefern. Bis zur Behebung
des Mangels machen wir von unserem Zurückbehaltungsrecht an der Rechnung 66643 Gebrauch.

Mit freundlichen Grüßen

i. V. Dr. Jörg Haller
Leiter Qualitätssicherung
Feinwerk Dichtungstechnik GmbH, Stuttgart-Feuerbach

""" + DISCLAIMER_DE,
     ["dispute"], rem=("overdue", ["INV-66643"]), lang="de", client="outlook",
     subject="Mängelrüge zu Ihrer Rechnung 66643 / Lieferung vom 22.04.2026",
     attachments=[("Pruefbericht_PB-0426-07.pdf", "application/pdf", fake_pdf("Pruefbericht 66643"))],
     reasons=["damaged_defective"], invoices=["INV-66643"],
     notes="Formal Mängelrüge under § 377 HGB for out-of-tolerance parts: defective goods. The "
           "10-day deadline is a demand on us, not a promise.")

# ---- two reasons ---------------------------------------------------------------------------

case("d3-dsd-14", "Anja Krüger <a.krueger@krueger-versand.example>", "2026-05-27 10:05 +0200",
     """Guten Morgen Frau Berger,

zu Ihrer Rechnung 66658 haben wir zwei Punkte:

1. Fehlmenge: berechnet sind 25 Rollen Luftpolsterfolie, geliefert wurden 20 (siehe
   Lieferschein, vom Fahrer quittiert).
2. Der Preis je Rolle ist mit 31,90 € abweichend vom Angebot, vereinbart waren 27,50 €.

Bitte korrigieren Sie beides in einer neuen Rechnung.

Vielen Dank und freundliche Grüße
Anja Krüger
Einkauf / Rechnungsprüfung
Krüger Versandhandel GmbH, Bielefeld""",
     ["dispute"], rem=("overdue", ["INV-66658"], "Anja"), lang="de", client="outlook",
     reasons=["pricing", "quantity_short"], invoices=["INV-66658"],
     notes="Two genuine complaints on one invoice: five rolls short and the unit price above the "
           "offer.")

case("d3-dsd-15", "Buchhaltung Haider <buchhaltung@haider-maschinenbau.example>", "2026-06-17 14:20 +0200",
     """Sehr geehrte Damen und Herren,

Ihre Rechnung 66672 können wir leider nicht verbuchen:

- Es wurde deutsche USt (19 %) verrechnet, obwohl es sich um eine innergemeinschaftliche
  Lieferung nach Österreich handelt. Die USt ist damit falsch ausgewiesen, außerdem fehlt
  unsere UID-Nummer ATU 63519284 auf der Rechnung.
- Die Bestellnummer fehlt. Unsere Bestellnummer B-2026-0418 muss auf jeder Rechnung
  angegeben sein.

Wir ersuchen um Stornierung und Neuausstellung.

Mit freundlichen Grüßen
Buchhaltung
Haider Maschinenbau GmbH
4400 Steyr""",
     ["dispute"], rem=("overdue", ["INV-66672"]), lang="de", client="outlook_old", mode="plain",
     reasons=["missing_po_or_docs", "tax"], invoices=["INV-66672"],
     notes="Austrian buyer: VAT charged on an intra-community supply and the PO number missing; "
           "both are real grounds. The UID and PO numbers are not invoices.")

case("d3-dsd-16", "Martina Vogt <m.vogt@vogt-kunststofftechnik.example>", "2026-07-23 09:10 +0200",
     """Sehr geehrte Frau Roth,

Ihrer Zahlungserinnerung zur Rechnung 66689 müssen wir widersprechen.

Der Stundensatz für Ihre Servicetechniker ist mit 98,00 € berechnet, laut unserem
Wartungsvertrag gelten 84,00 €. Zudem wurden uns mit Ihrer ersten Mahnung vom 10.07.2026 bereits
Mahngebühren von 25,00 € und Verzugszinsen berechnet, obwohl die Rechnung erst am 30.06.2026 bei
uns eingegangen ist und das Zahlungsziel von 30 Tagen noch gar nicht abgelaufen war.

Beides erkennen wir nicht an. Bitte senden Sie uns eine korrigierte Rechnung zum vertraglichen
Stundensatz und buchen Sie die Mahnkosten aus.

Mit freundlichen Grüßen
Martina Vogt
Leitung Finanzbuchhaltung
Vogt Kunststofftechnik GmbH""",
     ["dispute"], rem=("overdue", ["INV-66689"], "Martina"), lang="de",
     reasons=["other", "pricing"], invoices=["INV-66689"],
     notes="An hourly rate above the contract (pricing) and dunning fees and interest charged before "
           "the due date (other); both are contested.")

case("d3-dsd-17", "Daniela Gerber <daniela.gerber@gerber-logistik.example>", "2026-09-08 15:35 +0200",
     """Guten Tag

Zu Ihrer Erinnerung betreffend die Rechnungen 66718 und 66726:

- 66718: Von den 20 gelieferten Handhubwagen haben 3 einen defekten Hydraulikzylinder, sie
  verlieren Öl und lassen sich nicht mehr anheben. Wir bitten um Ersatz oder Gutschrift.
- 66726: Hier fehlt weiterhin die Gutschrift für die Retoure der zwei Palettenregale vom Juli
  (Rücksendeschein RS-0719, von Ihrem Chauffeur abgeholt).

Solange beides offen ist, können wir die Rechnungen nicht freigeben.

Freundliche Grüsse
Daniela Gerber
Kreditorenbuchhaltung
Gerber Logistik AG, Oftringen""",
     ["dispute"], rem=("overdue", ["INV-66718", "INV-66726"], "Daniela"), lang="de", client="gmail",
     reasons=["damaged_defective", "returns_credit"], invoices=["INV-66718", "INV-66726"],
     notes="Swiss: defective pallet trucks on one invoice, a missing return credit on the other; the "
           "'Gutschrift' asked for on the first is the remedy for the defect.")

# ---- several intents ------------------------------------------------------------------------

case("d3-dsd-18", "Stefanie Lorenz <buchhaltung@malerbetrieb-lorenz.example>", "2026-02-23 10:20 +0100",
     """Hallo Herr Kaiser,

danke für die Erinnerung. Bei der 66759 gibt es eine Fehlmenge: statt 48 Eimern
Fassadenfarbe sind nur 42 gekommen, das haben wir gleich bei der Anlieferung auf dem
Lieferschein vermerkt. Bitte um Gutschrift für die 6 Eimer.

Die übrigen Rechnungen (66733 und 66741) überweisen wir am Freitag.

Viele Grüße
Stefanie Lorenz
Malerbetrieb Lorenz GmbH""",
     ["dispute", "promise_to_pay"], rem=("overdue", ["INV-66733", "INV-66741", "INV-66759"], "Stefanie"),
     lang="de", client="thunderbird",
     reasons=["quantity_short"], invoices=["INV-66733", "INV-66741", "INV-66759"],
     promises=[P(None, None, "fri", ["INV-66733", "INV-66741"])],
     notes="Short delivery on one invoice, an unconditional promise for the other two 'am Freitag' "
           "(the first Friday after this Monday).")

case("d3-dsd-19", "Lena Baumann <l.baumann@baumann-labortechnik.example>", "2026-04-09 13:45 +0200",
     """Guten Tag,

die Rechnung 66764 betrifft die Kalibrierung unserer Laborwaagen im März. Diese Leistung haben
wir bereits bezahlt unter Rechnung 66772, überwiesen am 27.03.2026 mit Verwendungszweck
"RE 66772". Den Zahlungsbeleg finden Sie im Anhang.

Bitte stornieren Sie die 66764.

Mit freundlichen Grüßen
Lena Baumann
Baumann Labortechnik GmbH""",
     ["dispute", "payment_sent"], rem=("overdue", ["INV-66764"], "Lena"), lang="de", client="outlook",
     attachments=[("Zahlungsbeleg_27032026.pdf", "application/pdf", fake_pdf("Ueberweisung 66772"))],
     reasons=["duplicate_billing"], invoices=["INV-66764", "INV-66772"],
     notes="'Bereits bezahlt unter Rechnung …': the reminded invoice duplicates one already paid; "
           "dispute on one, payment_sent for the other. The word 'doppelt' never appears.")

case("d3-dsd-20", "Elisabeth Brandstätter <e.brandstaetter@steuerkanzlei-brandstaetter.example>",
     "2026-06-30 09:25 +0200",
     """Sehr geehrte Damen und Herren,

zur Rechnung 66787: Die verrechneten 4 Kartons Druckerpatronen sind bei uns nicht eingelangt.
Unser Empfang hat an dem genannten Tag keine Zustellung verzeichnet.

Bitte schicken Sie uns eine Kopie des Lieferscheins bzw. den Zustellnachweis mit Unterschrift,
damit wir das intern prüfen können.

Mit freundlichen Grüßen
Elisabeth Brandstätter
Steuerkanzlei Brandstätter, Salzburg""",
     ["dispute", "invoice_request"], rem=("overdue", ["INV-66787"], "Elisabeth"), lang="de",
     client="outlook", mode="plain",
     reasons=["not_received"], invoices=["INV-66787"],
     notes="Austrian 'nicht eingelangt': goods not received, plus a request for the delivery note / "
           "signed proof of delivery, an existing document.")

case("d3-dsd-21", "Peter Hoffmann <p.hoffmann@hoffmann-immobilien.example>", "2026-08-27 16:10 +0200",
     """Guten Tag Herr Wagner,

die Rechnung 66795 umfasst das Material (1.250,00 €) und die Montage der Markisen (2 Monteure,
16 Std., 1.088,00 €). Die Montage wurde aber nicht abgeschlossen: Ihre Monteure sind nach einem
halben Tag abgezogen, zwei der fünf Markisen hängen noch nicht, die Steuerung ist nicht
angeschlossen.

Den Materialanteil von 1.250,00 € überweisen wir bis Ende des Monats. Die Montage zahlen wir,
wenn die Arbeiten fertig sind.

Freundliche Grüße
Peter Hoffmann
Hoffmann Immobilienverwaltung""",
     ["dispute", "promise_to_pay"], rem=("overdue", ["INV-66795"], "Peter"), lang="de", client="gmail",
     reasons=["service_issue"], invoices=["INV-66795"],
     promises=[P("1250.00", "EUR", "eom", ["INV-66795"])],
     notes="Installation left unfinished (service_issue); the material share is promised by month "
           "end, the labour only conditionally.")

case("d3-dsd-22", "Nadine Schulte <n.schulte@schulte-elektro.example>", "2026-10-15 11:00 +0200",
     """Hallo zusammen,

INV-66803 ist heute raus, 2.940,00 € per Überweisung.

Bei INV-66826 warten wir noch auf die Gutschrift für die zurückgeschickten Leuchtmittel, die
Retoure ist laut DHL seit dem 22.09. bei Ihnen. Sobald die Gutschrift da ist, gleichen wir den
Rest aus.

Gruß
Nadine Schulte
Schulte Elektro GmbH & Co. KG""",
     ["dispute", "payment_sent"], rem=("overdue", ["INV-66803", "INV-66826"], "Nadine"), lang="de",
     client="gmail", mode="plain",
     reasons=["returns_credit"], invoices=["INV-66803", "INV-66826"],
     notes="'ist heute raus' = paid one invoice; a missing return credit holds the other, and paying "
           "the rest after the credit is conditional and undated.")

# ---- look-alikes that are not disputes ------------------------------------------------------

case("d3-dsd-23", "Rechnungsprüfung <rechnungspruefung@stadtwerke-nordheim.example>", "2026-03-10 10:45 +0100",
     """Sehr geehrte Damen und Herren,

vielen Dank für Ihre Erinnerung. Die Rechnung 66834 liegt uns vor und befindet sich derzeit in
Prüfung (sachliche und rechnerische Prüfung durch die Fachabteilung). Nach erfolgter Freigabe
wird sie im nächsten Zahllauf berücksichtigt.

Sollten Rückfragen bestehen, kommen wir auf Sie zu.

Mit freundlichen Grüßen
Sachgebiet Rechnungsprüfung
Stadtwerke Nordheim GmbH""",
     ["other"], rem=("overdue", ["INV-66834"]), lang="de", mode="html",
     invoices=["INV-66834"],
     notes="'In Prüfung' is routine approval, not a complaint; payment after release in an undated "
           "run is not a promise.")

case("d3-dsd-24", "Petra Huber <p.huber@fliesen-huber.example>", "2026-05-06 08:35 +0200",
     """Hallo Herr Steiner,

die Gutschrift GS-26-0418 für die beschädigten Fliesen haben wir erhalten, danke! Damit ist
unsere Reklamation erledigt.

Den Restbetrag der Rechnung 66847 von 2.316,40 EUR überweisen wir bis zum 15.05.2026.

Schöne Grüße
Petra Huber
Fliesen Huber GmbH, Innsbruck""",
     ["promise_to_pay"], rem=("overdue", ["INV-66847"], "Petra"), lang="de", client="outlook",
     charset="iso-8859-1", cte="quoted-printable",
     reasons=[], invoices=["INV-66847"],
     promises=[P("2316.40", "EUR", "2026-05-15", ["INV-66847"])],
     notes="Says 'Reklamation' and 'beschädigt', but the credit arrived and the complaint is closed; "
           "only the dated promise for the balance remains. Latin-1 quoted-printable.")

case("d3-dsd-25", "Corinne Bachmann <c.bachmann@bachmann-buerobedarf.example>", "2026-06-23 14:50 +0200",
     """Grüezi Frau Keller

Ich wollte zuerst reklamieren, weil auf der Rechnung 66852 eine Frachtpauschale von CHF 85.00
steht. Habe dann im Rahmenvertrag nachgeschaut: Bei Bestellungen unter CHF 1'000.00 ist die
ja vereinbart. Also alles korrekt, mein Fehler.

Die Rechnung ist freigegeben und wird am 30.06.2026 bezahlt.

Freundliche Grüsse
Corinne Bachmann""",
     ["promise_to_pay"], rem=("overdue", ["INV-66852"], "Corinne"), lang="de", client="apple",
     mode="plain",
     invoices=["INV-66852"], promises=[P(None, None, "2026-06-30", ["INV-66852"])],
     notes="A freight-charge question the writer answers herself ('alles korrekt'): no dispute. The "
           "CHF figures are the fee and a threshold, not the payment, so amount null.")

case("d3-dsd-26", "Thomas Reinhardt <t.reinhardt@reinhardt-praxisbedarf.example>", "2026-11-27 09:05 +0100",
     """Sehr geehrte Damen und Herren,

vielen Dank für Ihre Zahlungserinnerung. Leider können wir die Rechnung 66869 in unserem System
nicht finden, vermutlich ist sie bei uns nie eingegangen. Die Ware selbst haben wir erhalten.

Wären Sie so freundlich, uns eine Rechnungskopie als PDF zuzusenden? Wir leiten sie dann
umgehend zur Zahlung weiter.

Mit freundlichen Grüßen
Thomas Reinhardt
Reinhardt Praxisbedarf GmbH""",
     ["invoice_request"], rem=("overdue", ["INV-66869"], "Thomas"), lang="de", client="outlook_old",
     invoices=["INV-66869"],
     notes="'Nie eingegangen' refers to the invoice document, the goods arrived: a polite copy "
           "request, not a not_received dispute.")

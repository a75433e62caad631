"""dev3 topic: promises to pay written in Spanish, French and German, and their look-alikes.

Customers outside the English-speaking world commit to a date in their own idiom — "mañana sale
la transferencia", "a mediados de mes", "mardi prochain", "fin du mois", "bis zum 20.03.",
"Zahlungslauf am Donnerstag" — and write amounts the European way ("1.250,00 €", "3 480,50 EUR",
"CHF 2'400.00"), or, from Latin America, sometimes the US way ("USD 1,250.00"). The reader has
to turn each of these into the same date and two-decimal amount an English promise would give,
keep a firm part payment apart from a vague remainder, split two commitments in one mail, and
spread one promise over several invoices. Next to them sit the replies that only sound like a
commitment in these languages: conditional on a corrected invoice or a credit note ("en cuanto
recibamos", "dès réception de l'avoir", "sobald die Gutschrift vorliegt"), hoped for or
attempted ("esperamos poder", "nous espérons", "wir versuchen"), negated, vague ("on s'en
occupe"), a request for instalments or more time, or a payment already made.
"""

from dev2_cases import _STYLE, _money
from dev_cases import DISCLAIMER_DE, DISCLAIMER_ES, DISCLAIMER_FR, P, add, fake_pdf

# What our quoted reminder shows for each invoice, so that the figures the customer writes agree
# with the thread they answer (a Mexican customer is billed in pesos, a Swiss one in francs).
BILLED = {
    "INV-67012": "MXN 18.500,00", "INV-67019": "MXN 9.870,00",
    "INV-67025": "1.250,00 €", "INV-67031": "2.905,60 €",
    "INV-67056": "5.980,00 €",
    "INV-67063": "USD 780.00", "INV-67068": "USD 470.00",
    "INV-67074": "USD 2,310.00", "INV-67079": "USD 1,645.00",
    "INV-67085": "3.411,90 €",
    "INV-67110": "3.102,00 €", "INV-67113": "1.813,20 €",
    "INV-67120": "3 480,50 €", "INV-67131": "CHF 1'860.00",
    "INV-67142": "4 118,00 €", "INV-67147": "2 086,00 €",
    "INV-67158": "4 075,25 $ CA", "INV-67166": "9 412,80 €",
    "INV-67204": "2 318,40 €", "INV-67215": "6 730,00 $ CA",
    "INV-67230": "7.912,40 €", "INV-67255": "CHF 2'400.00",
    "INV-67263": "4.210,35 €", "INV-67267": "5.980,00 €", "INV-67270": "2.414,50 €",
    "INV-67282": "6.118,60 €", "INV-67293": "3.146,00 €",
    "INV-67326": "1.984,00 €", "INV-67329": "2.260,00 €",
    "INV-67340": "7.500,00 €",
}
_DUE = {"es": "vencida", "fr": "échue", "de": "überfällig"}


def _case(cid, frm, date, body, intents, *, rem, lang, days=2, client="outlook", mode="alt", **kw):
    """`case()`, but the quoted reminder shows the amounts in BILLED (others as `case()` does)."""
    kind, numbers, who = (tuple(rem) + ("",))[:3]
    rows = [(n, BILLED.get(n) or _money(n, lang), _DUE[lang]) for n in numbers]
    add(cid, frm=frm, date=date, body=body, intents=intents, lang=lang, client=client, mode=mode,
        reply=(kind, rows, who, days, _STYLE.get(client, "gt"), lang), **kw)


# ==== Spanish ================================================================================

# ---- real commitments ----------------------------------------------------------------------

_case("d3-pti-01", "Rigoberto Salinas <rsalinas@refaccionaria-salinas.example>", "2026-03-10 18:42 -0600",
     """Buen día, mañana sale la transferencia de la 67012 por MXN 18.500,00. La 67019 se las pago la
semana que viene, ya me la autorizó el contador.

Saludos
Rigo

Enviado desde mi iPhone""",
     ["promise_to_pay"], rem=("overdue", ["INV-67012", "INV-67019"], "Rigoberto"), lang="es",
     client="apple", mode="plain", invoices=["INV-67012", "INV-67019"],
     promises=[P("18500.00", "MXN", "tomorrow", ["INV-67012"]),
               P(None, None, "next week", ["INV-67019"])],
     notes="Mexican mobile reply with two commitments: 'mañana' with an MXN figure in EU format, and "
           "'la semana que viene' (Friday of next week) without a figure.")

_case("d3-pti-02", "Carmen Ibáñez <cibanez@suministros-levante.example>", "2026-03-03 10:05 +0100",
     """Buenos días:

Os confirmo que la factura INV-67025 (1.250,00 €) la pagamos el viernes por transferencia.
La INV-67031 ya está incluida en la remesa del 16 de marzo.

Un saludo,

Carmen Ibáñez
Departamento de Administración
Suministros Levante, S.L. - Valencia
Tel. 963 55 18 40""" + "\n\n" + DISCLAIMER_ES,
     ["promise_to_pay"], rem=("second", ["INV-67025", "INV-67031"], "Carmen"), lang="es",
     invoices=["INV-67025", "INV-67031"],
     promises=[P("1250.00", "EUR", "fri", ["INV-67025"]),
               P(None, None, "2026-03-16", ["INV-67031"])],
     notes="Two invoices on two dates: 'el viernes' from a Tuesday, and a remittance run on a "
           "written date ('16 de marzo').")

_case("d3-pti-03", "Francisca Muñoz <fmunoz@agricola-elbosque.example>", "2026-05-06 12:30 -0400",
     """Estimados,

Les informo que las facturas 67040 y 67043 quedaron programadas para pago el próximo martes,
ambas en una sola transferencia.

Atentamente,
Francisca Muñoz
Tesorería
Agrícola El Bosque SpA
Rancagua, Chile""",
     ["promise_to_pay"], rem=("overdue", ["INV-67040", "INV-67043"], "Francisca"), lang="es",
     client="outlook", mode="plain", invoices=["INV-67040", "INV-67043"],
     promises=[P(None, None, "next tue", ["INV-67040", "INV-67043"])],
     notes="Chilean 'el próximo martes' from a Wednesday: the coming Tuesday and next week's Tuesday "
           "are the same day, 12 May; one promise covers both invoices.")

_case("d3-pti-04", "Joaquín Revilla <jrevilla@revilla-construcciones.example>", "2026-06-03 09:50 +0200",
     """Estimados señores:

En relación con su recordatorio sobre la factura n.º 67056, les comunicamos que el 15/06/2026
realizaremos una transferencia de 2.760,50 € a cuenta.

El importe restante lo abonaremos más adelante, cuando se normalice nuestra tesorería; les
informaremos oportunamente de la fecha.

Sin otro particular, reciban un cordial saludo.

Joaquín Revilla Prieto
Director Financiero
Revilla Construcciones y Reformas, S.A.
Burgos""" + "\n\n" + DISCLAIMER_ES,
     ["promise_to_pay"], rem=("final", ["INV-67056"], "Joaquín"), lang="es", client="outlook_old",
     invoices=["INV-67056"], promises=[P("2760.50", "EUR", "2026-06-15", ["INV-67056"])],
     notes="Partial payment: the 2.760,50 € on a day-first numeric date from a Spanish company is "
           "firm; the remainder has no date and is not a promise.")

_case("d3-pti-05", "Andrés Felipe Rojas <arojas@textiles-quindio.example>", "2026-07-08 15:20 -0500",
     """Buenas tardes,

Confirmamos que las facturas INV-67063 e INV-67068, por un total de USD 1,250.00, se pagan a fin
de mes con la corrida de pagos al exterior.

Quedo atento a cualquier inquietud.

Andrés Felipe Rojas
Analista de Cartera y Pagos
Textiles del Quindío S.A.S. - Armenia, Colombia""",
     ["promise_to_pay"], rem=("overdue", ["INV-67063", "INV-67068"], "Andrés Felipe"), lang="es",
     client="gmail", invoices=["INV-67063", "INV-67068"],
     promises=[P("1250.00", "USD", "eom", ["INV-67063", "INV-67068"])],
     notes="Colombian writer uses US number format for dollars; 'a fin de mes' is 31 July; one total "
           "for two invoices.")

_case("d3-pti-06", "Gustavo Ferrari <gferrari@metalurgica-ferrari.example>", "2026-09-04 11:10 -0300",
     """Hola, cómo están?

Les cuento cómo quedó: la 67074 entra en el pago de mediados de mes, son US$ 2.310,00. La 67079
se la transferimos dentro de 10 días, ya tengo la aprobación del gerente.

Abrazo,
Gustavo
--
Gustavo Ferrari | Administración
Metalúrgica Ferrari S.R.L. | Córdoba, Argentina""",
     ["promise_to_pay"], rem=("overdue", ["INV-67074", "INV-67079"], "Gustavo"), lang="es",
     client="thunderbird", invoices=["INV-67074", "INV-67079"],
     promises=[P("2310.00", "USD", "mid", ["INV-67074"]), P(None, None, "+10", ["INV-67079"])],
     notes="Argentine reply with two promises: 'pago de mediados de mes' is the 15th, 'dentro de 10 "
           "días' adds ten days (14 September); the approval is already given, not a condition.")

# ---- look-alikes -----------------------------------------------------------------------------

_case("d3-pti-07", "Yaiza Santana <ysantana@hoteles-maspalomas.example>", "2026-02-11 08:35 +0000",
     """Hola Carmen:

Os escribo por la factura INV-67085. Nos la habéis emitido con IVA al 21 %, pero nuestra
sociedad está en Gran Canaria y esta operación no lleva IVA peninsular; debería ir sin IVA y
nosotros liquidamos el IGIC.

En cuanto recibamos la factura corregida, la pagamos ese mismo día.

Un saludo,
Yaiza Santana
Contabilidad - Hoteles Maspalomas, S.L.""" + "\n\n" + DISCLAIMER_ES,
     ["dispute"], reasons=["tax"], rem=("overdue", ["INV-67085"], "Yaiza"), lang="es",
     invoices=["INV-67085"],
     notes="'La pagamos ese mismo día' only once a corrected invoice arrives: conditional, so no "
           "promise; the VAT complaint is a tax dispute.")

_case("d3-pti-08", "Lorena Treviño <ltrevino@empaques-delnorte.example>", "2026-04-22 17:15 -0600",
     """Buenas tardes,

Una disculpa por el atraso. Esperamos poder pagar la INV-67092 a finales de mes, pero depende de
que nos paguen a nosotros dos clientes grandes que también vienen atrasados. En cuanto tenga algo
más seguro les confirmo.

Saludos cordiales,
Lorena Treviño
Cuentas por Pagar | Empaques del Norte, Monterrey""",
     ["other"], rem=("second", ["INV-67092"], "Lorena"), lang="es", client="outlook",
     invoices=["INV-67092"],
     notes="'Esperamos poder pagar' with a month-end that depends on their own collections: hoped "
           "for, not committed, and nothing is asked of us.")

_case("d3-pti-09", "Piero Castañeda <pcastaneda@distribuidora-pacasmayo.example>", "2026-10-07 16:40 -0500",
     """Buenas tardes,

Le comento que no podremos pagar esta semana la factura 67104. Tesorería ya cerró la
programación de pagos de octubre. Apenas tenga una fecha se la comunico.

Atte.
Piero Castañeda
Distribuidora Pacasmayo S.A.C. - Trujillo""",
     ["other"], rem=("overdue", ["INV-67104"], "Piero"), lang="es", client="gmail", mode="plain",
     invoices=["INV-67104"],
     notes="Negated ('no podremos pagar esta semana') with no new date and no request for time: other.")

_case("d3-pti-10", "Administración Grupo Arnedo <administracion@grupo-arnedo.example>", "2026-03-09 11:25 +0100",
     """Buenos días,

Hemos realizado la transferencia de las facturas INV-67110 e INV-67113 esta mañana, por un importe
total de 4.915,20 €. Adjuntamos el justificante bancario (ref. operación 2026030900471882).

Atentamente,
Departamento de Administración
Grupo Arnedo Calzados, S.L.""",
     ["payment_sent"], rem=("second", ["INV-67110", "INV-67113"]), lang="es", client="outlook",
     attachments=[("justificante_transferencia.pdf", "application/pdf",
                   fake_pdf("justificante transferencia 4915,20 EUR"))],
     invoices=["INV-67110", "INV-67113"],
     notes="'Hemos realizado la transferencia' is a payment already made with a bank reference, not "
           "a promise; the reference is not an invoice.")

# ==== French =================================================================================

# ---- real commitments ----------------------------------------------------------------------

_case("d3-pti-11", "Nathalie Girard <n.girard@girard-emballages.example>", "2026-01-21 14:55 +0100",
     """Bonjour,

Le virement de 3\u202f480,50 EUR pour la facture n° 67120 partira demain matin.

Cordialement,

Nathalie Girard
Comptabilité fournisseurs
Girard Emballages SAS - Lyon
04 72 55 18 03""" + "\n\n" + DISCLAIMER_FR,
     ["promise_to_pay"], rem=("overdue", ["INV-67120"], "Madame Girard"), lang="fr",
     invoices=["INV-67120"], promises=[P("3480.50", "EUR", "tomorrow", ["INV-67120"])],
     notes="French 'demain' with a narrow-space grouped amount and the EUR code.")

_case("d3-pti-12", "Service Créanciers <creanciers@horlogerie-jaquet.example>", "2026-06-17 09:20 +0200",
     """Madame, Monsieur,

Nous vous informons que votre facture 67131 d'un montant de CHF 1'860.00 sera payée vendredi
par virement bancaire.

Meilleures salutations

Service Créanciers
Horlogerie Jaquet SA
Rue du Marché 14, 2300 La Chaux-de-Fonds""",
     ["promise_to_pay"], rem=("second", ["INV-67131"]), lang="fr", client="outlook_old", mode="plain",
     invoices=["INV-67131"], promises=[P("1860.00", "CHF", "fri", ["INV-67131"])],
     notes="Swiss French: apostrophe thousands separator in CHF; bare 'vendredi' from a Wednesday.")

_case("d3-pti-13", "Pieter Claes <pieter.claes@claes-techniek.example>", "2026-11-04 10:10 +0100",
     """Bonjour,

Les deux factures INV-67142 et INV-67147 seront réglées mardi prochain, en un seul virement de
6.204,00 €.

Bien à vous,
Pieter Claes
Administration - Claes Techniek SRL, Liège""",
     ["promise_to_pay"], rem=("overdue", ["INV-67142", "INV-67147"], "Monsieur Claes"), lang="fr",
     client="gmail", mode="html", invoices=["INV-67142", "INV-67147"],
     promises=[P("6204.00", "EUR", "next tue", ["INV-67142", "INV-67147"])],
     notes="Belgian 'mardi prochain' from a Wednesday: both readings give 10 November; one transfer "
           "covers both invoices.")

_case("d3-pti-14", "Mélanie Tremblay <mtremblay@quincaillerie-tremblay.example>", "2026-05-12 13:45 -0400",
     """Bonjour,

On a bien reçu votre rappel, désolée pour le retard. Le chèque pour la facture 67158
(4 075,25 $ CA) va être posté la semaine prochaine.

Bonne journée!
Mélanie Tremblay
Quincaillerie Tremblay inc. - Saguenay
418 555-0147""",
     ["promise_to_pay"], rem=("overdue", ["INV-67158"], "Mélanie"), lang="fr", client="outlook",
     invoices=["INV-67158"], promises=[P("4075.25", "CAD", "next week", ["INV-67158"])],
     notes="Québécois 'la semaine prochaine' is Friday of next week; '$ CA' is Canadian dollars.")

_case("d3-pti-15", "Olivier Marchetti <o.marchetti@marchetti-menuiserie.example>", "2026-03-11 16:30 +0100",
     """Bonjour,

Suite à votre relance concernant la facture 67166 (montant total 9 412,80 €), nous réglerons
5 000,00 € fin du mois. Pour le solde, nous reviendrons vers vous dès que possible.

Cordialement,
O. Marchetti
Gérant - Menuiserie Marchetti SARL, Ajaccio""",
     ["promise_to_pay"], rem=("final", ["INV-67166"], "Monsieur Marchetti"), lang="fr",
     client="thunderbird", mode="plain", invoices=["INV-67166"],
     promises=[P("5000.00", "EUR", "eom", ["INV-67166"])],
     notes="Partial payment: the 5 000,00 € at month end (31 March) is committed; the balance "
           "'dès que possible' has no date. The invoice total is not the promised amount.")

_case("d3-pti-16", "Hélène Bouchard <helene.bouchard@bouchard-distribution.example>", "2026-02-24 11:00 +0100",
     """Bonjour Madame, Monsieur,

La facture 67173 sera payée le 12 mars par virement.

Quant à la facture 67178, nous ne l'avions pas reçue avant votre relance ; elle est maintenant
enregistrée et sera réglée sous 10 jours.

Cordialement,

Hélène Bouchard
Responsable comptabilité
Bouchard Distribution SA
Nantes""" + "\n\n" + DISCLAIMER_FR,
     ["promise_to_pay"], rem=("overdue", ["INV-67173", "INV-67178"], "Madame Bouchard"), lang="fr",
     client="outlook", invoices=["INV-67173", "INV-67178"],
     promises=[P(None, None, "2026-03-12", ["INV-67173"]), P(None, None, "+10", ["INV-67178"])],
     notes="Two promises: a written date 'le 12 mars' and 'sous 10 jours' (ten days, 6 March). The "
           "late receipt is explained, not a request for a copy.")

# ---- look-alikes -----------------------------------------------------------------------------

_case("d3-pti-17", "Audrey Lemaire <a.lemaire@lemaire-jardinerie.example>", "2026-04-08 10:25 +0200",
     """Bonjour,

Concernant la facture INV-67185 : nous vous avons retourné 12 cartons de terreau le 18 mars,
retour accepté par votre commercial (bon de retour BR-2291). Ces cartons sont toujours facturés.

Nous réglerons la facture dès réception de l'avoir correspondant.

Cordialement,
Audrey Lemaire
Jardinerie Lemaire - Service comptable""",
     ["dispute"], reasons=["returns_credit"], rem=("overdue", ["INV-67185"], "Madame Lemaire"),
     lang="fr", client="gmail", invoices=["INV-67185"],
     notes="Payment only 'dès réception de l'avoir' for goods returned but still billed: a returns "
           "dispute, no promise.")

_case("d3-pti-18", "Bruno Delcourt <b.delcourt@delcourt-transports.example>", "2026-10-14 15:05 +0200",
     """Madame, Monsieur,

Nous traversons une période de trésorerie difficile suite à la perte d'un client important.
Nous espérons pouvoir régler la facture 67192 d'ici la fin du mois, mais cela reste incertain.

Pourriez-vous nous accorder un délai jusqu'au 30 novembre, ou à défaut un règlement en deux
fois (moitié fin octobre, moitié fin novembre) ?

Dans l'attente de votre retour, veuillez agréer nos salutations distinguées.

Bruno Delcourt
Directeur administratif et financier
Delcourt Transports SAS""" + "\n\n" + DISCLAIMER_FR,
     ["payment_plan_request"], rem=("final", ["INV-67192"], "Monsieur Delcourt"), lang="fr",
     client="outlook_old", invoices=["INV-67192"],
     notes="'Nous espérons' is not a commitment, and the dates offered belong to a request for more "
           "time or two instalments: payment plan request, no promise entries.")

_case("d3-pti-19", "Comptabilité Rougier <compta@rougier-vins.example>", "2026-07-02 12:10 +0200",
     """Bonjour,

Le virement a été effectué ce matin pour la facture INV-67204, soit 2 318,40 €. Vous trouverez
l'avis d'opéré en pièce jointe.

Bonne réception,
Le service comptable
Domaine Rougier - Beaune""",
     ["payment_sent"], rem=("overdue", ["INV-67204"]), lang="fr", client="outlook",
     attachments=[("avis_operation_virement.pdf", "application/pdf",
                   fake_pdf("avis d'opere virement 2318,40 EUR"))],
     invoices=["INV-67204"],
     notes="'Le virement a été effectué' is past: payment sent, not a promise.")

_case("d3-pti-20", "Steve Gagnon <sgagnon@gagnon-excavation.example>", "2026-08-19 07:48 -0400",
     "Bonjour, on s'en occupe. Merci\n\nEnvoyé de mon iPhone",
     ["other"], rem=("second", ["INV-67215"], "Steve"), lang="fr", client="apple", mode="plain",
     invoices=["INV-67215"],
     notes="Vague Québécois 'on s'en occupe': no date and no commitment; the invoice is in the "
           "subject.")

# ==== German =================================================================================

# ---- real commitments ----------------------------------------------------------------------

_case("d3-pti-21", "Katrin Vogt <k.vogt@vogt-kunststofftechnik.example>", "2026-02-18 15:35 +0100",
     """Guten Tag,

die Rechnung 67230 über EUR 7.912,40 wird morgen überwiesen.

Mit freundlichen Grüßen
Katrin Vogt
Kreditorenbuchhaltung
Vogt Kunststofftechnik GmbH & Co. KG""" + "\n\n" + DISCLAIMER_DE,
     ["promise_to_pay"], rem=("overdue", ["INV-67230"], "Frau Vogt"), lang="de",
     invoices=["INV-67230"], promises=[P("7912.40", "EUR", "tomorrow", ["INV-67230"])],
     notes="German 'wird morgen überwiesen' is future (tomorrow), not a payment already made.")

_case("d3-pti-22", "Florian Gruber <f.gruber@gruber-haustechnik.example>", "2026-09-16 08:20 +0200",
     """Servus,

die Rechnung 67241 zahlen wir am Freitag, die 67246 geht nächsten Dienstag raus.

LG Florian Gruber
Gruber Haustechnik GmbH, Graz

Outlook für Android herunterladen""",
     ["promise_to_pay"], rem=("overdue", ["INV-67241", "INV-67246"], "Herr Gruber"), lang="de",
     client="outlook", mode="plain", invoices=["INV-67241", "INV-67246"],
     promises=[P(None, None, "fri", ["INV-67241"]), P(None, None, "next tue", ["INV-67246"])],
     notes="Austrian two-liner: 'am Freitag' from a Wednesday (18 Sept) and 'nächsten Dienstag', "
           "which from a Wednesday is 22 Sept either way.")

_case("d3-pti-23", "Beat Zürcher <beat.zuercher@zuercher-feinmechanik.example>", "2026-04-28 13:15 +0200",
     """Grüezi

Die Zahlung von CHF 2'400.00 für die Rechnung INV-67255 erfolgt nächste Woche.

Freundliche Grüsse
Beat Zürcher
Finanzen & Administration
Zürcher Feinmechanik AG, Winterthur""",
     ["promise_to_pay"], rem=("second", ["INV-67255"], "Herr Zürcher"), lang="de", client="thunderbird",
     invoices=["INV-67255"], promises=[P("2400.00", "CHF", "next week", ["INV-67255"])],
     notes="Swiss German 'nächste Woche' is Friday of next week (8 May); apostrophe-grouped CHF.")

_case("d3-pti-24", "Monika Schreiber <monika.schreiber@schreiber-bueroeinrichtung.example>", "2026-11-10 10:40 +0100",
     """Sehr geehrte Damen und Herren,

vielen Dank für Ihre Erinnerung. Die Rechnungen 67263, 67267 und 67270 (zusammen 12.604,85 €)
begleichen wir gesammelt Ende des Monats.

Mit freundlichen Grüßen

Monika Schreiber
Buchhaltung
Schreiber Büroeinrichtung GmbH
Hannover""",
     ["promise_to_pay"], rem=("overdue", ["INV-67263", "INV-67267", "INV-67270"], "Frau Schreiber"),
     lang="de", client="outlook", mode="html", invoices=["INV-67263", "INV-67267", "INV-67270"],
     promises=[P("12604.85", "EUR", "eom", ["INV-67263", "INV-67267", "INV-67270"])],
     notes="One total for three invoices 'Ende des Monats' (30 November); HTML-only message.")

_case("d3-pti-25", "Jens Hartmann <j.hartmann@hartmann-landtechnik.example>", "2026-03-09 09:05 +0100",
     """Guten Morgen,

eine Teilzahlung von 4.000,00 € auf die Rechnung INV-67282 überweisen wir bis zum 20.03.

Zum Restbetrag von 2.118,60 € kann ich Ihnen derzeit noch keine Zusage machen, da unsere
Liquiditätsplanung für das zweite Quartal noch nicht steht. Ich melde mich dazu.

Mit freundlichen Grüßen
Jens Hartmann
Hartmann Landtechnik e.K.""",
     ["promise_to_pay"], rem=("final", ["INV-67282"], "Herr Hartmann"), lang="de", client="gmail",
     invoices=["INV-67282"], promises=[P("4000.00", "EUR", "2026-03-20", ["INV-67282"])],
     notes="Partial payment: only the 4.000,00 € 'bis zum 20.03.' (German day-first, year from the "
           "message) is promised; the remainder is explicitly not committed.")

_case("d3-pti-26", "Shared Service Center Kreditoren <ssc-kreditoren@rheintal-gruppe.example>", "2026-06-23 07:30 +0200",
     """Sehr geehrte Damen und Herren,

zu Ihrer Zahlungserinnerung teilen wir Folgendes mit:

- INV-67293 (3.146,00 EUR) ist für den Zahlungslauf am Donnerstag freigegeben.
- INV-67297 wurde uns erst gestern von der Fachabteilung freigezeichnet und wird in 10 Tagen
  überwiesen.

Mit freundlichen Grüßen
Ihr Shared Service Center Kreditoren
Rheintal Gruppe - Standort Ludwigshafen""" + "\n\n" + DISCLAIMER_DE,
     ["promise_to_pay"], rem=("second", ["INV-67293", "INV-67297"]), lang="de", client="outlook",
     invoices=["INV-67293", "INV-67297"],
     promises=[P("3146.00", "EUR", "thu", ["INV-67293"]), P(None, None, "+10", ["INV-67297"])],
     notes="Shared-service reply: 'Zahlungslauf am Donnerstag' from a Tuesday (25 June) and 'in 10 "
           "Tagen' (3 July) for the second invoice.")

# ---- look-alikes -----------------------------------------------------------------------------

_case("d3-pti-27", "Thomas Brandt <t.brandt@brandt-elektrotechnik.example>", "2026-05-20 14:50 +0200",
     """Guten Tag Frau Meier,

laut Rahmenvertrag steht uns ab 50 Stück ein Mengenrabatt von 8 % zu. In der Rechnung INV-67304
über 120 Schaltschränke ist dieser Rabatt nicht berücksichtigt.

Sobald die Gutschrift über die Differenz vorliegt, geben wir die Rechnung sofort zur Zahlung
frei.

Mit freundlichen Grüßen
Thomas Brandt
Einkauf / Rechnungsprüfung
Brandt Elektrotechnik GmbH""" + "\n\n" + DISCLAIMER_DE,
     ["dispute"], reasons=["pricing"], rem=("overdue", ["INV-67304"], "Herr Brandt"), lang="de",
     invoices=["INV-67304"],
     notes="Release only 'sobald die Gutschrift vorliegt' for a missing contract discount: a pricing "
           "dispute, no promise.")

_case("d3-pti-28", "Sandra Petersen <s.petersen@petersen-gartenbau.example>", "2026-08-12 17:20 +0200",
     """Hallo,

wir versuchen, die 67315 bis Ende nächster Woche zu überweisen. Versprechen kann ich es aber
nicht, es hängt davon ab, wann unser Großkunde zahlt.

Gruß
Sandra Petersen
Petersen Garten- und Landschaftsbau""",
     ["other"], rem=("overdue", ["INV-67315"], "Frau Petersen"), lang="de", client="gmail", mode="plain",
     invoices=["INV-67315"],
     notes="'Wir versuchen' with an explicit 'versprechen kann ich es nicht': tentative, not a promise.")

_case("d3-pti-29", "Uwe Lindner <u.lindner@lindner-druckguss.example>", "2026-10-21 11:45 +0200",
     """Sehr geehrte Damen und Herren,

die Rechnung INV-67326 wurde heute überwiesen, Betrag 1.984,00 €.

Die INV-67329 ist bereits am 02.10. bezahlt worden; bitte prüfen Sie Ihre Zahlungseingänge.

Mit freundlichen Grüßen
Uwe Lindner
Lindner Druckguss GmbH - Finanzbuchhaltung""",
     ["payment_sent"], rem=("second", ["INV-67326", "INV-67329"], "Herr Lindner"), lang="de",
     client="outlook", invoices=["INV-67326", "INV-67329"],
     notes="'Wurde heute überwiesen' and 'bereits bezahlt' are both payments already made; the "
           "dated payment is past, so no promise.")

_case("d3-pti-30", "Elisabeth Huber <e.huber@huber-baustoffe.example>", "2026-01-27 10:30 +0100",
     """Sehr geehrte Damen und Herren,

aufgrund eines witterungsbedingten Auftragseinbruchs im Winter ist uns die Begleichung der
Rechnung 67340 über 7.500,00 € derzeit in einer Summe nicht möglich.

Wir bitten Sie daher um Ratenzahlung in drei Raten zu je 2.500,00 €, fällig am 15.02., 15.03.
und 15.04.2026. Für Ihr Entgegenkommen wären wir Ihnen sehr dankbar.

Mit freundlichen Grüßen
Elisabeth Huber
Geschäftsführung
Huber Baustoffe GmbH, Linz""",
     ["payment_plan_request"], rem=("final", ["INV-67340"], "Frau Huber"), lang="de",
     client="outlook_old", invoices=["INV-67340"],
     notes="Austrian request for three instalments with proposed dates: a payment plan request; "
           "the proposed dates are not promises.")

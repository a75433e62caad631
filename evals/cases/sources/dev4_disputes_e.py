"""dev4 topic: disputes in Spanish, French and German, country by country.

The earlier intl dispute files gave each language one set of voices. A collector's inbox is
more local than that: a Valencian co-op pays on its fixed 'día de pago', a Mexican AP clerk
wants the CFDI 'retimbrado', a Colombian free-zone user quotes the Estatuto Tributario, an
Argentine asks for the 'remito conformado' and argues about the IIBB 'percepción', a Chilean
counts pallets against the 'guía de despacho'; a Lyon contractor cannot pay without the URSSAF
'attestation de vigilance', a Belgian roofer wants the 'régime du cocontractant', a Moroccan
plant in an industrial acceleration zone refuses TVA, a Québec refrigeration man says 'je paye
pas ça de même'; a German site manager calls an invoice 'nicht prüffähig', a Hamburg clerk
defends her 'Skonto', an Austrian 'Frächter' confirms a 'Fehlmenge', a Swiss shared-service
centre rejects with 'Prüfcodes'.

Forty-five disputes: fifteen in Spanish (Spain, Mexico, Colombia, Argentina, Chile, three
each), fifteen in French (France, Belgium, Switzerland, Québec, Morocco, three each) and fifteen
in German (Germany, Austria, Switzerland, five each). Every reason appears at least four times;
ten cases raise two problems (labelled in the order the sender raises them); ten carry a second
intent (the undisputed part promised with an amount and a date, a document asked for, a payment
reported on another invoice or on the same one, a new AP mailbox). Formal letters, shop-floor
notes from a phone, shared-service tickets sent as HTML only, Latin-1 and quoted-printable
bodies. Five look-alikes close the file: a short payment explained as a legal withholding, an
'escompte' the sender admits was not due, a replacement that arrived, an auditor's document
request, and a credit note already received with only the balance asked for.

The quoted reminders show the amounts in BILLED, so that the figures customers write agree with
the thread they answer.
"""

from functools import partial

from dev2_cases import billed_case
from dev_cases import DISCLAIMER_DE, DISCLAIMER_ES, DISCLAIMER_FR, P, fake_pdf

IPHONE_ES = "\n\nEnviado desde mi iPhone"
IPHONE_DE = "\n\nVon meinem iPhone gesendet"

BILLED = {
    # Spain
    "INV-74006": "2.718,08 €", "INV-74013": "3.989,73 €", "INV-74021": "14.883,00 €",
    # Mexico
    "INV-74034": "$54,705.60 MXN", "INV-74042": "$18,930.40 MXN", "INV-74057": "$16,356.00 MXN",
    # Colombia
    "INV-74063": "$ 48.671.000", "INV-74078": "$ 9.417.600", "INV-74086": "USD 6.384,00",
    # Argentina
    "INV-74093": "$ 3.871.250,00", "INV-74107": "$ 5.309.680,00", "INV-74114": "USD 9.842,00",
    # Chile
    "INV-74122": "$ 2.856.000", "INV-74131": "$ 1.904.000",
    "INV-74145": "$ 3.272.500", "INV-74146": "$ 3.272.500",
    # France
    "INV-74153": "18 460,00 €", "INV-74162": "6 090,00 €", "INV-74170": "2 102,40 €",
    # Belgium
    "INV-74184": "7 986,00 €", "INV-74191": "1 742,40 €", "INV-74193": "1 742,40 €",
    "INV-74205": "1 215,50 €", "INV-74208": "868,00 €",
    # Switzerland (French)
    "INV-74216": "CHF 7'128.00", "INV-74224": "CHF 3'915.60", "INV-74237": "CHF 11'248.00",
    # Québec
    "INV-74243": "3 480,00 $ CA", "INV-74252": "11 497,50 $ CA", "INV-74266": "5 173,90 $ CA",
    # Morocco
    "INV-74271": "171 000,00 MAD", "INV-74283": "264 960,00 MAD", "INV-74298": "38 400,00 MAD",
    # Germany
    "INV-74304": "16.065,00 €", "INV-74311": "124,80 €", "INV-74325": "23.772,50 €",
    "INV-74332": "2.141,70 €", "INV-74333": "2.141,70 €", "INV-74336": "3.308,00 €",
    "INV-74341": "41.650,00 €",
    # Austria
    "INV-74354": "19.440,00 €", "INV-74362": "8.236,80 €", "INV-74377": "2.376,00 €",
    "INV-74385": "46.800,00 €", "INV-74393": "4.118,40 €",
    # Switzerland (German)
    "INV-74402": "CHF 5'630.45", "INV-74411": "CHF 8'722.00", "INV-74426": "CHF 4'864.50",
    "INV-74434": "CHF 2'864.40", "INV-74435": "CHF 2'864.40", "INV-74447": "CHF 9'318.30",
    # look-alikes
    "INV-74455": "$ 23.800.000", "INV-74463": "86,40 €", "INV-74471": "5.870,00 €",
    "INV-74482": "$ 2.145.600,00", "INV-74494": "3 120,00 €",
}


case = partial(billed_case, BILLED, 31)


# ==== Spanish ================================================================================

# ---- Spain ----------------------------------------------------------------------------------

case("d4-dse-01", "Beatriz Olmedo <beatriz.olmedo@ferreteria-castellana.example>", "2026-02-17 09:42 +0100",
     """Buenos días:

Hemos revisado la factura INV-74006 antes de darla por buena y no podemos conformarla tal como
está. En las condiciones comerciales que firmamos para 2026 tenemos un 8 % de descuento en línea
sobre tarifa para toda la familia de abrasivos, y en esta factura las 600 bandas de lija de
75 x 533 mm van a precio de tarifa, sin descuento ninguno.

La diferencia es de 187,20 € más IVA. Os pido que emitáis una factura rectificativa, o un abono
por la diferencia, y en cuanto la tengamos la metemos en la siguiente remesa.

Gracias y un saludo,

Beatriz Olmedo
Responsable de Compras
Ferretería Industrial La Castellana, S.L.
C/ Alcalá 412 - 28027 Madrid
Tel. 91 555 04 18

""" + DISCLAIMER_ES,
     ["dispute"], rem=("overdue", ["INV-74006"], "Beatriz"), lang="es", client="outlook",
     reasons=["pricing"], invoices=["INV-74006"],
     notes="Madrid distributor: the line discount of the signed commercial conditions was not "
           "applied ('no podemos conformarla'): pricing. The rectificativa or abono is the remedy; "
           "'la metemos en la siguiente remesa' depends on it and has no date, so no promise.")

case("d4-dse-02", "Vicent Ferrer Llorca <vferrer@citrics-lhorta.example>", "2026-03-17 12:05 +0100",
     """Hola, bon dia:

Os contesto al segundo aviso de la INV-74013. No la hemos pagado entera porque no nos llegó
todo: en el albarán 26/1184, que firmó nuestro mozo de almacén, pone 36 cajas de bridas de nailon
y en la factura cobráis 40. Las 4 cajas que faltan son 476,80 € + IVA, o sea 576,93 €.

Lo que sí recibimos, 3.412,80 €, va en nuestra remesa del día de pago, el 25 de este mes. Las 4
cajas, o nos las mandáis o nos hacéis el abono, lo que os vaya mejor.

Salut,
Vicent Ferrer
Administració / Administración
Cítrics L'Horta, Coop. V.
Alzira (València)""",
     ["dispute", "promise_to_pay"], rem=("second", ["INV-74013"], "Vicent"), lang="es",
     client="thunderbird", days=4,
     reasons=["quantity_short"], invoices=["INV-74013"],
     promises=[P("3412.80", "EUR", "2026-03-25", ["INV-74013"])],
     notes="Valencian co-op: 36 of 40 boxes on the signed albarán (quantity_short); the part "
           "received is promised unconditionally on the fixed payment day, the 25th of the "
           "message's month. 3.989,73 - 576,93 = 3.412,80. The albarán number is not an invoice.")

case("d4-dse-03", "Aitziber Urrutia <a.urrutia@construcciones-artxanda.example>", "2026-10-28 16:20 +0100",
     """Buenas tardes:

En relación con la factura INV-74021 (suministro y montaje de la barandilla metálica en la obra
de Zorrotzaurre), les comunico que no podemos registrarla.

Se trata de una ejecución de obra en la que Construcciones Artxanda actúa como contratista
principal, por lo que es de aplicación la inversión del sujeto pasivo prevista en el artículo
84.Uno.2º.f) de la Ley del IVA. La factura no debe repercutir el 21 % de IVA, sino llevar la
mención "inversión del sujeto pasivo"; el impuesto lo autoliquidamos nosotros.

Les ruego que anulen la factura y emitan otra sin IVA con la mención correspondiente.

Atentamente,

Aitziber Urrutia Etxebarria
Departamento de Administración
Construcciones Artxanda, S.A.
Bilbao""",
     ["dispute"], rem=("overdue", ["INV-74021"], "Aitziber"), lang="es", client="thunderbird",
     mode="plain", charset="iso-8859-1", cte="quoted-printable", days=3,
     reasons=["tax"], invoices=["INV-74021"],
     notes="Bilbao main contractor: IVA charged on construction work where the reverse charge "
           "('inversión del sujeto pasivo') applies: tax. Latin-1 quoted-printable; Spain is back "
           "on winter time (+0100) after 25 October.")

# ---- Mexico ---------------------------------------------------------------------------------

case("d4-dse-04", "Luis Fernando Ochoa <lf.ochoa@empaques-tapatios.example>", "2026-04-08 11:30 -0600",
     """Buen día, Lic.

Le comento que el CFDI de la factura INV-74034 trae mal calculado el IVA. En la partida de cinta
canela se aplicó el descuento comercial del 10 % que tenemos negociado, pero el IVA del 16 % se
calculó sobre el importe antes del descuento ($52,400.00) y no sobre la base ya descontada
($47,160.00). Nos están trasladando $838.40 de IVA de más.

Así no lo podemos validar en el portal ni acreditar el impuesto. Le pido que cancele el CFDI y lo
vuelva a timbrar con el IVA correcto; ya con el XML nuevo lo programamos a pago.

Quedo atento, saludos.

Luis Fernando Ochoa
Cuentas por Pagar
Empaques Tapatíos, S.A. de C.V.
Zapopan, Jal. | 33 5555 0172""",
     ["dispute"], rem=("overdue", ["INV-74034"], "Luis Fernando"), lang="es", client="outlook",
     reasons=["tax"], invoices=["INV-74034"],
     notes="Guadalajara: the CFDI computes 16% IVA on the gross amount before the discount; the "
           "tax itself is wrong, not the price: tax. 'Ya con el XML nuevo lo programamos' is "
           "conditional and undated.")

case("d4-dse-05", "Mesa de Servicio a Proveedores <cxp.proveedores@grupo-bajiofarma.example>",
     "2026-06-16 08:50 -0600",
     """Estimado proveedor:

Folio de atención: CSC-CXP-2026-031877

En respuesta a su recordatorio, le informamos que la factura INV-74042 no procede para pago por
encontrarse duplicada. Corresponde a la misma orden de compra (4500661902), al mismo importe
($18,930.40 MXN) y a la misma remisión que la factura INV-74038, la cual fue liquidada el 29 de
mayo de 2026 mediante transferencia SPEI con clave de rastreo BJF2605291187.

Le solicitamos cancelar ante el SAT el CFDI de la factura INV-74042 y confirmarnos la
cancelación respondiendo a este folio.

Atentamente,

Mesa de Servicio a Proveedores
Centro de Servicios Compartidos - Cuentas por Pagar
Grupo Bajío Farma, S.A. de C.V.
Querétaro, Qro.
Horario de atención: lunes a viernes de 8:00 a 17:00 h""",
     ["dispute", "payment_sent"], rem=("overdue", ["INV-74042"]), lang="es", client="outlook",
     mode="html", days=1,
     reasons=["duplicate_billing"], invoices=["INV-74042", "INV-74038"],
     notes="Querétaro shared-service centre, HTML only: the reminded invoice duplicates one "
           "already paid by SPEI (tracking key given): duplicate_billing plus payment_sent for "
           "INV-74038. The folio, PO and SPEI key are not invoices; a person asks for action, so "
           "not an auto-reply.")

case("d4-dse-06", "Antonio Zárate <azarate@talleres-zarate.example>", "2026-09-03 19:14 -0600",
     """Oiga, sobre la factura 74057 del mantenimiento al compresor: su técnico vino nomás una
mañana, le cambió el filtro y se fue, dijo que regresaba con el kit de válvulas y hasta hoy
nada. El compresor sigue tirando aceite. Aparte nos cargaron $3,800 de viáticos que nunca se
platicaron, en la cotización decía viáticos incluidos.

Así no se la puedo pagar. Que vengan a terminar y le quiten los viáticos y con gusto

Toño Zárate
Talleres Zárate""" + IPHONE_ES,
     ["dispute"], rem=("final", ["INV-74057"], "Antonio"), lang="es", client="apple", mode="plain",
     reasons=["service_issue", "pricing"], invoices=["INV-74057"],
     notes="Puebla workshop owner on his phone: a maintenance job left unfinished (service_issue) "
           "and travel expenses billed although the quote included them (pricing), in that "
           "order. 'Y con gusto' is conditional, no promise.")

# ---- Colombia -------------------------------------------------------------------------------

case("d4-dse-07", "Natalia Restrepo Gómez <nrestrepo@textiles-aburra-zf.example>", "2026-05-13 10:25 -0500",
     """Buenos días, señores Ourco.

Cordial saludo. Con relación a la factura electrónica INV-74063, les informamos que no es posible
darle trámite, ya que se liquidó IVA del 19 % sobre la totalidad de la mercancía.

Textiles Aburrá ZF S.A.S. es usuario industrial de la Zona Franca de Rionegro. Los bienes que se
venden desde el territorio aduanero nacional a usuarios industriales de zona franca están exentos
de IVA (artículo 481 del Estatuto Tributario), con el soporte del formulario de ingreso de
mercancía, que ya fue aprobado por el usuario operador.

Por lo anterior, les solicitamos expedir una nota crédito por el valor del IVA, o anular la
factura y emitirla nuevamente como exenta.

Quedamos atentos.

Natalia Restrepo Gómez
Analista de Impuestos y Cuentas por Pagar
Textiles Aburrá ZF S.A.S.
Rionegro, Antioquia""",
     ["dispute"], rem=("overdue", ["INV-74063"], "Natalia"), lang="es", client="outlook",
     reasons=["tax"], invoices=["INV-74063"],
     notes="Colombian free-zone user: 19% IVA charged on a sale that is exempt under art. 481 ET: "
           "tax. The nota crédito corrects the tax, it is not a return credit.")

case("d4-dse-08", "Kelly Johana Pertuz <kpertuz@distribuidora-caribemar.example>", "2026-07-22 15:40 -0500",
     """Buenas tardes,

Le cuento que de la factura 74078 no podemos pagar todo porque el pedido de vasos de vidrio
templado llegó con mucha rotura. De las 30 cajas, en 7 venía todo vuelto pedazos, se nota que
la estiba la acomodaron mal en el camión. Eso quedó en la planilla del transportador como
novedad y le mandé las fotos a Jairo, el vendedor, el mismo día.

Necesitamos que nos repongan las 7 cajas o que nos pasen la nota crédito. Quedo pendiente.

Kelly Johana Pertuz
Compras
Distribuidora Caribemar
Barranquilla""",
     ["dispute"], rem=("overdue", ["INV-74078"], "Kelly Johana"), lang="es", client="gmail",
     mode="plain", days=5,
     reasons=["damaged_defective"], invoices=["INV-74078"],
     notes="Barranquilla buyer: 7 of 30 boxes of glassware arrived smashed, noted on the carrier's "
           "sheet: damaged_defective. Replacement or credit is the remedy of a damage claim, not "
           "returns_credit.")

case("d4-dse-09", "Cuentas por Pagar CSC <cuentasporpagar@grupo-andinocafe.example>", "2026-11-10 09:05 -0500",
     """Señores
Ourco Industrial Supply
Departamento de Cartera

Asunto: Saldo de la factura INV-74086 - devolución sin nota crédito

Respetados señores:

En atención a su segundo aviso, nos permitimos informarles que la factura INV-74086 se
encuentra retenida por una devolución pendiente de nota crédito. El 6 de octubre devolvimos 45
termómetros de punzón, referencia TP-220, por no corresponder a la referencia pedida; la
devolución se hizo con su transportador según guía de devolución No. 88213-D, y su asesora
comercial nos confirmó la recepción en su bodega.

A la fecha no hemos recibido la nota crédito correspondiente (45 x USD 38,00 = USD 1.710,00).
Les solicitamos expedirla para poder liberar el saldo.

Cordialmente,

Andrés Felipe Rojas
Analista de Cuentas por Pagar
Centro de Servicios Compartidos
Grupo Andino Café S.A.S.
Bogotá D.C. - PBX 601 555 0143""",
     ["dispute"], rem=("second", ["INV-74086"]), lang="es", client="outlook_old", mode="plain",
     reasons=["returns_credit"], invoices=["INV-74086"],
     notes="Bogotá shared-service letter: goods returned and received by us, the nota crédito "
           "never issued: returns_credit. 'Para poder liberar el saldo' is conditional, no "
           "promise; the return waybill is not an invoice.")

# ---- Argentina ------------------------------------------------------------------------------

case("d4-dse-10", "Martín Gauna <martin@agrorepuestos-gauna.example>", "2026-04-30 18:50 -0300",
     """Hola, cómo va? Te escribo por la 74093. Esa mercadería no la recibimos nunca, acá en el
depósito de Rosario no entró nada de ese pedido (los rodamientos y los retenes). Fijate con el
expreso porque a nosotros nadie nos avisó nada.

Si tienen el remito conformado con firma y aclaración de alguien de acá mandámelo así lo
chequeo. Mientras tanto no la podemos pagar.

Saludos
Martín""" + IPHONE_ES,
     ["dispute", "invoice_request"], rem=("overdue", ["INV-74093"], "Martín"), lang="es",
     client="apple", mode="plain", days=3,
     reasons=["not_received"], invoices=["INV-74093"],
     notes="Rosario, voseo on a phone: the whole order never reached the depot (not_received) and "
           "the signed 'remito conformado', an existing proof of delivery, is asked for "
           "(invoice_request).")

case("d4-dse-11", "Silvina Ferreyra <sferreyra@metalurgica-suquia.example>", "2026-08-13 10:10 -0300",
     """Estimados, buenos días.

Respecto de la factura INV-74107 les informo que la misma fue observada por nuestro sector de
Impuestos: se nos practicó una percepción de Ingresos Brutos de la Provincia de Buenos Aires del
3 % ($ 128.460,00), pero nuestra empresa cuenta con certificado de exclusión de percepciones
vigente hasta el 31/12/2026, que les enviamos en marzo y que vuelvo a adjuntar.

Solicitamos la emisión de una nota de crédito por el importe de la percepción. Una vez recibida,
la factura se incluye en el próximo lote de pagos.

Sin otro particular, saludo atentamente.

Cra. Silvina Ferreyra
Jefa de Cuentas a Pagar
Metalúrgica Suquía S.A.
Córdoba - Argentina""",
     ["dispute"], rem=("overdue", ["INV-74107"], "Silvina"), lang="es", client="outlook_old",
     mode="plain", charset="iso-8859-1", cte="quoted-printable",
     attachments=[("certificado_exclusion_IIBB.pdf", "application/pdf", fake_pdf("exclusion IIBB"))],
     reasons=["tax"], invoices=["INV-74107"],
     notes="Córdoba accountant: a provincial turnover-tax 'percepción' charged despite a valid "
           "exclusion certificate: tax. Payment 'una vez recibida' the credit is conditional. "
           "Latin-1 quoted-printable.")

case("d4-dse-12", "Lucía Bernasconi <lbernasconi@laboratorios-pampa.example>", "2026-06-22 11:40 -0300",
     """Buen día:

Con la factura INV-74114 tenemos dos observaciones, por eso todavía no salió en la orden de pago:

1) Precio: la cotización COT-2605-118 que aprobamos (validez 15 días, o sea que estaba vigente
   cuando emitimos la orden) tiene los guantes de nitrilo a USD 7,40 la caja, y en la factura
   figuran a USD 8,15. Entendemos que aplicaron la lista nueva de junio, pero la compra se cerró
   con la anterior.
2) La factura no menciona nuestra orden de compra (OC 26-00731), y Tesorería no libera ningún
   pago sin OC asociada.

Por favor envíen una nota de crédito por la diferencia de precio y una factura que referencie
la OC, o bien anulen esta y la rehacen con las dos correcciones.

Saludos cordiales,
Lucía Bernasconi
Analista de Compras
Laboratorios Pampa S.A.
Av. Warnes 2150, C1427 CABA""",
     ["dispute"], rem=("overdue", ["INV-74114"], "Lucía"), lang="es", client="outlook",
     cc="Tesorería <tesoreria@laboratorios-pampa.example>",
     reasons=["pricing", "missing_po_or_docs"], invoices=["INV-74114"],
     notes="Buenos Aires lab: the new June price list applied instead of the approved quote "
           "(pricing), then no PO on the invoice (missing_po_or_docs), in that order. The quote "
           "and PO numbers are not invoices.")

# ---- Chile ----------------------------------------------------------------------------------

case("d4-dse-13", "Francisca Valdivia <fvaldivia@inmobiliaria-losandes.example>", "2026-06-04 12:30 -0400",
     """Estimada, buenas tardes:

Le escribo por la factura INV-74122, que corresponde al arriendo de junio de los dos grupos
electrógenos de la obra en Vitacura.

El contrato de arriendo (cláusula cuarta) establece que la renta se factura mes vencido, dentro
de los primeros cinco días hábiles del mes siguiente. Esta factura se emitió el 1 de junio por el
mes completo de junio, es decir por adelantado, y además con vencimiento a 15 días, cuando el
contrato dice 30.

No la vamos a aceptar en estas condiciones. Le pido anularla con nota de crédito y emitir la de
junio a comienzos de julio, como corresponde.

Saludos cordiales,
Francisca Valdivia R.
Jefa de Administración y Finanzas
Inmobiliaria Los Andes SpA
Santiago""",
     ["dispute"], lang="es", client="outlook",
     subject="Factura INV-74122 - arriendo de junio facturado por adelantado",
     reasons=["other"], invoices=["INV-74122"],
     notes="Santiago, a new message rather than a reply: rent invoiced in advance and with shorter "
           "terms than the contract's 'mes vencido'. Neither price, goods nor documents are "
           "contested, only when and on what terms it was billed: other. Chile is on winter time "
           "(-0400) in June.")

case("d4-dse-14", "Rodrigo Castillo <rcastillo@servicios-mineros-norte.example>", "2026-07-14 09:20 -0400",
     """Hola, buenos días.

Revisé la factura 74131 con la bodega y no calza con lo que llegó. La factura es por 200 sacos de
cal hidratada y en la guía de despacho N° 58812 que firmó el bodeguero vienen 160; el camión llegó
con 4 pallets, no 5. Falta un pallet completo.

Necesito que me emitan una nota de crédito por los 40 sacos o que manden el pallet que falta, y
ahí la liberamos.

Saludos,
Rodrigo Castillo
Encargado de Adquisiciones
Servicios Mineros del Norte Ltda.
Antofagasta""",
     ["dispute"], rem=("overdue", ["INV-74131"], "Rodrigo"), lang="es", client="gmail", mode="plain",
     reasons=["quantity_short"], invoices=["INV-74131"],
     notes="Antofagasta buyer: 'no calza', 160 of 200 sacks on the signed guía de despacho, one "
           "pallet missing: quantity_short rather than not_received. 'Ahí la liberamos' is "
           "conditional.")

case("d4-dse-15", "Paula Sandoval Muñoz <psandoval@forestal-biobio.example>", "2026-11-19 15:05 -0300",
     """Estimados:

Revisando el estado de cuenta que nos enviaron, las facturas INV-74145 y INV-74146 corresponden
al mismo despacho: misma orden de compra 4501-22987, misma guía de despacho (N° 61344) y mismo
monto. Se nos facturó dos veces el mismo pedido de cadenas para motosierra.

Nosotros reconocemos solo la INV-74145. Por favor anulen la INV-74146 con la nota de crédito
que corresponde.

Atte.,
Paula Sandoval Muñoz
Contabilidad Proveedores
Forestal Biobío S.A.
Concepción""",
     ["dispute"], rem=("statement", ["INV-74145", "INV-74146"], "Paula"), lang="es",
     client="outlook", cte="quoted-printable", days=6,
     reasons=["duplicate_billing"], invoices=["INV-74145", "INV-74146"],
     notes="Concepción: two invoices for one dispatch; the first is accepted ('reconocemos') "
           "without a payment date, so no promise. UTF-8 quoted-printable; Chile on summer time "
           "(-0300) in November.")

# ==== French =================================================================================

# ---- France ---------------------------------------------------------------------------------

case("d4-dse-16", "Sandrine Perret <s.perret@batilyon-renovation.example>", "2026-03-12 10:15 +0100",
     """Bonjour,

La facture INV-74153 (pose des menuiseries aluminium, chantier de Villeurbanne) est bloquée chez
nous, et ce n'est pas une question de montant.

Comme elle dépasse 5 000 € HT, nous sommes tenus, en tant que donneur d'ordre, de disposer de
votre attestation de vigilance URSSAF de moins de six mois avant tout règlement. La dernière que
nous avons date de juillet 2025, elle n'est plus valable. Sans elle, notre comptable ne peut pas
mettre la facture en paiement.

Pourriez-vous nous transmettre une attestation à jour, et un extrait Kbis de moins de trois mois
tant qu'à faire ?

Bien à vous,

Sandrine Perret
Assistante administrative et comptable
Batilyon Rénovation SARL
69100 Villeurbanne - 04 72 55 31 08""",
     ["dispute", "invoice_request"], rem=("overdue", ["INV-74153"], "Sandrine"), lang="fr",
     client="outlook",
     reasons=["missing_po_or_docs"], invoices=["INV-74153"],
     notes="Lyon contractor: payment blocked for a missing compliance document (the URSSAF "
           "attestation de vigilance a French customer must hold), which is asked for, like a tax "
           "form: missing_po_or_docs plus invoice_request. The amount itself is not contested.")

case("d4-dse-17", "Thibault Delannoy <t.delannoy@delannoy-emballages.example>", "2026-06-02 14:40 +0200",
     """Bonjour,

Suite à votre relance sur la facture INV-74162 : lors de la livraison du 21 mai, 3 palettes de
cornières carton sur 12 sont arrivées écrasées (cerclage rompu, angles enfoncés, marchandise
inutilisable). Nous avons porté des réserves précises sur le bon de livraison, contresignées par
le chauffeur, et les avons confirmées au transporteur par lettre recommandée dans les trois jours.

Ces 3 palettes représentent 1 278,00 € TTC, que nous ne réglerons qu'après remplacement ou avoir.
Le solde non contesté, soit 4 812,00 € TTC, sera réglé par virement le 10 juin.

Cordialement,

Thibault Delannoy
Responsable logistique & achats
Delannoy Emballages SAS
59650 Villeneuve-d'Ascq

""" + DISCLAIMER_FR,
     ["dispute", "promise_to_pay"], rem=("overdue", ["INV-74162"], "Thibault"), lang="fr",
     client="outlook",
     attachments=[("reserves_BL_21-05.pdf", "application/pdf", fake_pdf("reserves BL 74162"))],
     reasons=["damaged_defective"], invoices=["INV-74162"],
     promises=[P("4812.00", "EUR", "2026-06-10", ["INV-74162"])],
     notes="Lille: 3 of 12 pallets crushed in transit, 'réserves' on the delivery note and a "
           "registered letter to the carrier (damaged_defective); the undisputed 4 812,00 € is "
           "promised by transfer on 10 June. 6 090 - 1 278 = 4 812.")

case("d4-dse-18", "Marion Lacoste <m.lacoste@vignobles-entredeuxmers.example>", "2026-09-21 09:30 +0200",
     """Bonjour,

Deux choses ne vont pas sur la facture 74170 :

- le prix des agrafes inox pour palissage n'est pas celui du devis D-2608-044 que nous avions
  accepté (18,50 € HT le carton, vous facturez 21,90 € HT) ;
- vous facturez 80 cartons alors que 64 seulement ont été livrés. Le bon de livraison mentionne
  d'ailleurs un reliquat de 16 cartons « à suivre », qui ne nous est jamais parvenu.

Merci de nous envoyer une facture rectificative au prix du devis et pour les 64 cartons reçus
(ou de nous livrer le reliquat, mais alors au bon prix).

Bonne journée,
Marion Lacoste
Gestion administrative - Vignobles de l'Entre-deux-Mers""",
     ["dispute"], rem=("overdue", ["INV-74170"], "Marion"), lang="fr", client="gmail", mode="plain",
     reasons=["pricing", "quantity_short"], invoices=["INV-74170"],
     notes="Bordeaux vineyard, in harvest season: price above the accepted 'devis' (pricing), then "
           "a backorder ('reliquat') billed but never delivered (quantity_short: part of the "
           "delivery, not the whole).")

# ---- Belgium --------------------------------------------------------------------------------

case("d4-dse-19", "Jean-Marc Lejeune <jm.lejeune@lejeune-toitures.example>", "2026-02-27 11:20 +0100",
     """Madame, Monsieur,

Concerne : votre facture INV-74184 - travaux de zinguerie à Jambes

Après vérification, cette facture ne peut pas être comptabilisée. Vous y avez appliqué la TVA à
21 %, alors qu'il s'agit de travaux immobiliers effectués pour un entrepreneur enregistré : le
régime du cocontractant est donc d'application. La facture doit être établie hors TVA et porter
la mention « Autoliquidation », la taxe étant due par notre société.

Nous vous saurions gré de nous faire parvenir une note de crédit annulant cette facture, ainsi
qu'une nouvelle facture conforme.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

Jean-Marc Lejeune
Gérant
Lejeune Toitures SRL
Rue de Dave 118 - 5100 Namur (Jambes)
TVA BE 0456.118.732""",
     ["dispute"], rem=("overdue", ["INV-74184"], "Jean-Marc"), lang="fr", client="outlook",
     mode="html",
     reasons=["tax"], invoices=["INV-74184"],
     notes="Belgian roofer, HTML only: 21% TVA charged on building work for a registered "
           "contractor, where the 'cocontractant' reverse charge applies: tax. The note de crédit "
           "cancels the wrong invoice; the VAT number is not an invoice.")

case("d4-dse-20", "Nathalie Vandenbroeck <n.vandenbroeck@horeca-sablon.example>", "2026-05-20 16:10 +0200",
     """Bonjour Madame,

En pointant votre relevé, je vois deux problèmes :

1. La facture INV-74193 fait double emploi avec la INV-74191 : même bon de livraison
   (BL 55-0412), mêmes 24 cartons de verres à bière, même montant. Nous ne la paierons pas,
   merci de l'annuler.
2. Sur la INV-74191 elle-même, les 6 cartons que nous vous avons renvoyés le 28 avril (repris par
   votre chauffeur avec le bon de retour RET-0428) devaient faire l'objet d'une note de crédit.
   Nous ne l'avons toujours pas reçue.

Dès réception de la note de crédit, nous réglerons la 74191 sous déduction.

Meilleures salutations,
Nathalie Vandenbroeck
Comptabilité
Horeca Sablon SRL
1000 Bruxelles""",
     ["dispute"], rem=("statement", ["INV-74191", "INV-74193"], "Nathalie"), lang="fr",
     client="outlook", days=1,
     reasons=["duplicate_billing", "returns_credit"], invoices=["INV-74191", "INV-74193"],
     notes="Brussels: one invoice duplicates another ('fait double emploi'), then goods taken back "
           "by our driver still await their credit note on the original. Payment 'dès réception' "
           "is conditional and undated.")

case("d4-dse-21", "Grégory Piront <g.piront@piront-parcs-jardins.example>", "2026-10-05 08:25 +0200",
     """Bonjour,

Pour vos deux factures en retard :

La 74205 (le rouleau de géotextile et les nonante piquets), on ne l'a jamais reçue. Rien n'est
arrivé au dépôt d'Ans et le chauffeur n'a jamais appelé. Pouvez-vous voir avec votre
transporteur ?

La 74208, c'est arrivé, mais la débroussailleuse est tombée du hayon à la livraison : carter
fendu, elle ne démarre pas. Le livreur l'a vu, c'est noté sur son scanner. On veut un
remplacement, pas une réparation.

On ne paie ni l'une ni l'autre tant que ce n'est pas réglé.

Grégory Piront
Piront Parcs & Jardins
Ans - 0475 55 27 90""",
     ["dispute"], rem=("overdue", ["INV-74205", "INV-74208"], "Grégory"), lang="fr", client="gmail",
     mode="plain",
     reasons=["not_received", "damaged_defective"], invoices=["INV-74205", "INV-74208"],
     notes="Liège landscaper ('nonante'): one order never arrived (not_received), the other arrived "
           "broken off the tail-lift (damaged_defective), in that order.")

# ---- Switzerland (French) -------------------------------------------------------------------

case("d4-dse-22", "Christophe Bugnon <c.bugnon@bugnon-sanitaire.example>", "2026-09-15 10:05 +0200",
     """Bonjour Monsieur,

Nous avons contrôlé votre facture INV-74216 et elle ne correspond pas à nos conditions.

Les 120 mitigeurs thermostatiques y figurent à CHF 96.50 pièce au lieu des CHF 89.20 de notre
accord-cadre 2026, soit une différence de CHF 876.00 hors TVA (CHF 946.95 TVA 8,1 % comprise).
Merci de nous adresser une note de crédit de ce montant.

La partie non contestée, CHF 6'181.05, sera versée avec notre ordre de paiement du vendredi
25 septembre.

Meilleures salutations

Christophe Bugnon
Responsable administratif
Bugnon Sanitaire SA
Avenue de Morges 58, 1004 Lausanne""",
     ["dispute", "promise_to_pay"], rem=("overdue", ["INV-74216"], "Christophe"), lang="fr",
     client="outlook",
     reasons=["pricing"], invoices=["INV-74216"],
     promises=[P("6181.05", "CHF", "2026-09-25", ["INV-74216"])],
     notes="Lausanne: unit price above the framework agreement (pricing); the undisputed CHF "
           "6'181.05 is promised with the payment order of Friday 25 September. 7'128.00 - 946.95 "
           "= 6'181.05 (Swiss 5-centime rounding).")

case("d4-dse-23", "Comptabilité fournisseurs CSP <csp.fournisseurs@horlogerie-jura-group.example>",
     "2026-04-23 07:45 +0200",
     """Madame, Monsieur,

Votre facture INV-74224 a été rejetée lors du contrôle de conformité pour le motif suivant :

Code R12 - Référence de commande absente ou invalide.
La facture indique « selon entretien téléphonique » à la place d'un numéro de commande. Toute
facture adressée au Groupe doit porter un numéro de commande d'achat valide (format PO-CH-xxxxxx)
ainsi que le numéro du bulletin de livraison.

Nous vous prions de bien vouloir nous transmettre une facture corrigée comportant le numéro de
commande communiqué par votre interlocuteur aux achats. La présente facture est classée sans
suite dans notre système.

Dossier CSP-26-044817 - traité par Laetitia Jeanneret

Meilleures salutations

Comptabilité fournisseurs
Centre de services partagés Finance
Horlogerie Jura Group SA - La Chaux-de-Fonds""",
     ["dispute"], rem=("overdue", ["INV-74224"]), lang="fr", client="outlook", mode="html", days=3,
     reasons=["missing_po_or_docs"], invoices=["INV-74224"],
     notes="Swiss watch group's shared-service centre, HTML only: rejected with a reason code for a "
           "missing PO ('selon entretien téléphonique'): missing_po_or_docs. A corrected invoice is "
           "the remedy, not a copy request; the dossier number is not an invoice.")

case("d4-dse-24", "Pascal Fournier <p.fournier@fournier-electricite-valais.example>", "2026-11-27 14:50 +0100",
     """Bonjour,

Je reviens vers vous pour la facture 74237, que vous nous relancez pour la deuxième fois.

Le 14 octobre, nous vous avons retourné 2 onduleurs hybrides livrés par erreur à la place du
modèle commandé (bon de retour BR-1014, repris par Planzer à notre dépôt de Sion). Votre service
après-vente nous a confirmé par écrit le 20 octobre que la marchandise était arrivée en bon état
et qu'un crédit serait établi. Depuis, rien.

Tant que la note de crédit de CHF 3'460.00 n'est pas émise, la facture reste bloquée chez nous.
Merci de faire le nécessaire.

Salutations

Pascal Fournier
Fournier Électricité Valais Sàrl
Sion""",
     ["dispute"], rem=("second", ["INV-74237"], "Pascal"), lang="fr", client="thunderbird",
     mode="plain", charset="iso-8859-1", cte="quoted-printable", days=5,
     reasons=["returns_credit"], invoices=["INV-74237"],
     notes="Valais electrician: goods returned and confirmed received, the promised credit never "
           "issued: returns_credit (the wrong-model delivery is history, the open point is the "
           "credit). Latin-1 quoted-printable.")

# ---- Québec ---------------------------------------------------------------------------------

case("d4-dse-25", "Patrick Gagné <patrick@gagne-refrigeration.example>", "2026-07-08 16:45 -0400",
     """Salut,

Pour la facture 74243, je paye pas ça de même. Vos gars sont venus faire la mise en service de la
chambre froide au resto de la rue Beaubien le 25 juin, ils sont restés une heure pis ils sont
partis en disant qu'il leur manquait une pièce pour le contrôleur. Ça fait deux semaines,
personne est revenu, le client m'appelle à tous les jours pis la chambre tient pas le froid.

Vous me facturez la mise en service au complet. Revenez finir la job pis on s'en reparlera.

Patrick Gagné
Gagné Réfrigération inc.
514 555-0139""",
     ["dispute"], rem=("overdue", ["INV-74243"], "Patrick"), lang="fr", client="gmail", mode="plain",
     reasons=["service_issue"], invoices=["INV-74243"],
     notes="Montréal refrigeration contractor in spoken Québécois: commissioning billed in full but "
           "left unfinished: service_issue. 'On s'en reparlera' promises nothing.")

case("d4-dse-26", "Isabelle Tremblay <comptespayables@quincaillerie-vieux-quebec.example>",
     "2026-11-16 10:20 -0500",
     """Bonjour,

Concernant la facture INV-74252, nous ne pouvons pas l'approuver telle quelle :

1. Il manque 2 des 10 souffleuses à neige facturées. Le connaissement du transporteur indique
   8 unités, et c'est ce que notre réception a compté.
2. Sur les 8 reçues, une a le châssis tordu et le moteur ne démarre pas; la boîte était perforée
   à l'arrivée (photos jointes).

Pouvez-vous nous émettre une note de crédit pour les 3 unités, ou nous faire parvenir les
2 unités manquantes et un remplacement?

Merci,

Isabelle Tremblay
Comptes payables
Quincaillerie du Vieux-Québec inc.
418 555-0126""",
     ["dispute"], rem=("overdue", ["INV-74252"], "Isabelle"), lang="fr", client="outlook",
     attachments=[("photos_souffleuse.pdf", "application/pdf", fake_pdf("photos souffleuse 74252"))],
     reasons=["quantity_short", "damaged_defective"], invoices=["INV-74252"],
     notes="Québec City hardware store: 8 of 10 units delivered (quantity_short), and one of the 8 "
           "damaged (damaged_defective), in that order. Québec is on standard time (-0500) after "
           "1 November.")

case("d4-dse-27", "Mélanie Roy <mroy@laiterie-estrie.example>", "2026-04-14 13:35 -0400",
     """Bonjour,

La facture INV-74266 est toujours en suspens de notre côté parce que le crédit pour le retour n'a
jamais été émis. On vous a renvoyé les 12 thermomètres de pasteurisateur non conformes le 12 mars
(autorisation de retour RMA-5581) et votre entrepôt de Laval les a reçus le 17. Votre
représentant nous avait dit que le crédit suivrait dans la semaine.

Autre chose : à partir de maintenant, svp envoyez toutes vos factures et relances à notre
nouvelle boîte, fournisseurs@laiterie-estrie.example. Je ne m'occuperai plus des comptes payables
à compter du 1er mai.

Merci,
Mélanie Roy
Contrôleuse adjointe
Laiterie de l'Estrie
Sherbrooke (Québec)""",
     ["dispute", "contact_change"], rem=("overdue", ["INV-74266"], "Mélanie"), lang="fr",
     client="outlook",
     reasons=["returns_credit"], invoices=["INV-74266"], contact="fournisseurs@laiterie-estrie.example",
     notes="Sherbrooke dairy: a return received by our warehouse, credit never issued "
           "(returns_credit), plus a standing redirect of invoices and reminders to a new AP "
           "mailbox (contact_change).")

# ---- Morocco --------------------------------------------------------------------------------

case("d4-dse-28", "Karim Benjelloun <k.benjelloun@agro-chaouia.example>", "2026-05-14 11:05 +0100",
     """Bonjour Madame,

En réponse à votre courriel de relance concernant la facture INV-74271, nous vous informons que
la livraison du 28 avril n'est pas conforme en quantité. La facture porte sur 500 sacs d'engrais
NPK de 50 kg, alors que le bon de réception établi par notre magasinier à Berrechid fait état de
460 sacs seulement. Le chauffeur a signé le bon de réception avec la mention de l'écart.

Nous vous prions de bien vouloir nous adresser un avoir correspondant aux 40 sacs manquants, ou
de nous livrer le complément dans les meilleurs délais. Le règlement de la facture interviendra
après régularisation.

Veuillez agréer, Madame, nos salutations distinguées.

Karim Benjelloun
Responsable Achats
Agro Chaouia SARL
Zone industrielle, Berrechid
Tél. : +212 522 55 31 40""",
     ["dispute"], rem=("friendly", ["INV-74271"], "Karim"), lang="fr", client="outlook_old",
     mode="plain", charset="windows-1252", cte="quoted-printable",
     reasons=["quantity_short"], invoices=["INV-74271"],
     notes="Moroccan formal letter: 460 of 500 sacks on the goods-received note: quantity_short; "
           "payment 'après régularisation' is conditional. Morocco is on +0100 outside Ramadan. "
           "Windows-1252 quoted-printable.")

case("d4-dse-29", "Salma El Idrissi <s.elidrissi@tanger-automotive-parts.example>", "2026-10-12 09:40 +0100",
     """Bonjour,

Nous accusons réception de votre relance relative à la facture INV-74283. Cette facture ne peut
pas être validée par notre service comptable : la TVA y a été appliquée au taux de 20 %.

Notre société est installée dans la zone d'accélération industrielle de Tanger Automotive City.
Les ventes de biens qui nous sont destinées depuis le territoire assujetti sont exonérées de TVA ;
nous vous avions d'ailleurs transmis l'attestation d'exonération lors de l'ouverture du compte.

Merci de bien vouloir annuler cette facture par un avoir et de la réémettre hors taxes, avec la
mention d'exonération et notre ICE.

Cordialement,

Salma El Idrissi
Comptable fournisseurs
Tanger Automotive Parts SA
Zone d'accélération industrielle - Tanger Automotive City

""" + DISCLAIMER_FR,
     ["dispute"], rem=("overdue", ["INV-74283"], "Salma"), lang="fr", client="outlook",
     reasons=["tax"], invoices=["INV-74283"],
     notes="Tangier free-zone company: 20% TVA charged on a sale to an industrial acceleration zone, "
           "which is exempt: tax. The avoir cancels the taxed invoice.")

case("d4-dse-30", "Youness Alaoui <direction@riad-dar-nour.example>", "2026-12-11 17:30 +0100",
     """Bonsoir,

Je reçois une deuxième relance pour la facture 74298 et je ne comprends pas. Nous n'avons jamais
passé de commande chez vous : aucun bon de commande signé, aucun devis accepté, et personne au
riad ne connaît votre société.

La facture est adressée à « Dar Nour » à Marrakech, mais il existe au moins trois établissements
de ce nom en ville. Je pense que vous vous trompez de client. Merci de vérifier de votre côté.

Youness Alaoui
Riad Dar Nour - Médina, Marrakech""",
     ["dispute"], rem=("second", ["INV-74298"], "Youness"), lang="fr", client="gmail", mode="plain",
     reasons=["other"], invoices=["INV-74298"],
     notes="Marrakech guest house: never ordered anything, the invoice went to a namesake. No PO "
           "because there was no order at all, not a missing reference on a real one: other.")

# ==== German =================================================================================

# ---- Germany --------------------------------------------------------------------------------

case("d4-dse-31", "Markus Lämmle <m.laemmle@laemmle-antriebstechnik.example>", "2026-01-22 10:40 +0100",
     """Sehr geehrte Damen und Herren,

die Rechnung INV-74304 können wir in der vorliegenden Form nicht anerkennen.

Für die Rillenkugellager 6205-2RS gilt nach unserem Rahmenvertrag RV-2025-017 bis 31.12.2026 ein
Festpreis von 4,86 € netto je Stück. Berechnet haben Sie 5,34 €, offenbar schon nach Ihrer neuen
Preisliste. Eine Preisanpassung ist laut § 5 des Rahmenvertrags frühestens zum Vertragsjahr 2027
und nur nach schriftlicher Ankündigung möglich.

Bei 2.500 Stück ergibt sich eine Überberechnung von 1.200,00 € netto. Wir bitten um eine
Gutschrift in dieser Höhe oder um eine korrigierte Rechnung.

Mit freundlichen Grüßen

i. A. Markus Lämmle
Einkauf / Materialwirtschaft
Lämmle Antriebstechnik GmbH
Esslinger Str. 88, 70190 Stuttgart
Tel. +49 711 555 2290

""" + DISCLAIMER_DE,
     ["dispute"], rem=("overdue", ["INV-74304"], "Markus"), lang="de", client="outlook",
     reasons=["pricing"], invoices=["INV-74304"],
     notes="Stuttgart buyer: the fixed price of a framework contract ignored for the new list price "
           "('Überberechnung'): pricing. The Gutschrift corrects the price; the contract number is "
           "not an invoice.")

case("d4-dse-32", "Jana Petersen <j.petersen@petersen-schiffsbedarf.example>", "2026-04-07 09:15 +0200",
     """Moin,

Ihre Zahlungserinnerung zur Rechnung 74311 ist für uns nicht nachvollziehbar. Die Rechnung vom
02.03. über 6.240,00 € haben wir am 11.03. überwiesen, also innerhalb der 14 Tage, und dabei wie
auf der Rechnung angeboten 2 % Skonto abgezogen: 6.115,20 €, Wertstellung 12.03.

Der offene Rest von 124,80 €, den Sie jetzt anmahnen, ist genau dieser Skontobetrag. Den schulden
wir nicht. Bitte buchen Sie den Rest aus.

Mit freundlichen Grüßen
Jana Petersen
Buchhaltung
Petersen Schiffsbedarf GmbH & Co. KG
Hamburg-Harburg""",
     ["dispute", "payment_sent"], rem=("overdue", ["INV-74311"], "Jana"), lang="de",
     client="thunderbird", mode="plain", days=1,
     reasons=["other"], invoices=["INV-74311"],
     notes="Hamburg: the invoice was paid within the discount period less 2% Skonto "
           "(payment_sent), and the residual we chase is contested as not owed. Payment terms, not "
           "price, quantity or goods: other. 6.240,00 x 0,98 = 6.115,20.")

case("d4-dse-33", "Ronny Schubert <r.schubert@schubert-hochbau.example>", "2026-08-27 13:50 +0200",
     """Hallo,

zu Ihrer Mahnung der Abschlagsrechnung INV-74325 (Trockenbau, BV Leipzig-Plagwitz, 2. Abschlag):
Die Rechnung ist nicht prüffähig. Es liegt weder ein Aufmaß bei noch die von unserer Bauleitung
abgezeichneten Regieberichte für die 46 Stunden Zusatzarbeiten, die Sie darauf abrechnen. Nach
VOB/B und unserem Nachunternehmervertrag brauchen wir beides, sonst gibt die Bauleitung nichts
frei.

Reichen Sie die Rechnung bitte mit prüfbarem Aufmaß und den unterschriebenen Regieberichten neu
ein, dann läuft die Prüfung ganz normal.

Gruß
Ronny Schubert
Bauleitung / Abrechnung
Schubert Hochbau GmbH
Leipzig""",
     ["dispute"], rem=("overdue", ["INV-74325"], "Ronny"), lang="de", client="outlook_old",
     mode="plain", cte="base64", days=3,
     reasons=["missing_po_or_docs"], invoices=["INV-74325"],
     notes="Leipzig site manager: a progress invoice 'nicht prüffähig' without measurement sheet "
           "and signed day-work reports: missing_po_or_docs. The remedy is resubmission with the "
           "documents, not a copy of something that exists, so no invoice_request. Base64 body.")

case("d4-dse-34", "Elif Yıldız <e.yildiz@rheinmedia-events.example>", "2026-12-02 11:05 +0100",
     """Hallo,

ich bin Ihren Kontoauszug durchgegangen:

- INV-74332: in Ordnung, liegt in der Freigabe.
- INV-74333: dieselbe Lieferung wie die 74332 (Lieferschein LS-88104, 30 Traversenklemmen), nur
  mit neuer Nummer. Bitte stornieren.
- INV-74336: die Lautsprecherstative sind bei uns nie angekommen, weder im Lager in
  Köln-Ossendorf noch auf der Messe, wo sie eigentlich hin sollten. Bitte klären Sie, wo die
  Sendung steckt.

Viele Grüße
Elif Yıldız
Projektassistenz / Buchhaltung
RheinMedia Events GmbH
Köln""",
     ["dispute"], rem=("statement", ["INV-74332", "INV-74333", "INV-74336"], "Elif"), lang="de",
     client="gmail",
     reasons=["duplicate_billing", "not_received"], invoices=["INV-74332", "INV-74333", "INV-74336"],
     notes="Cologne events firm walks the statement: one invoice fine ('in der Freigabe' is no "
           "date, no promise), one a duplicate under a new number, one for goods never delivered; "
           "reasons in the order raised.")

case("d4-dse-35", "Wolfgang Hertel <w.hertel@hertel-gebaeudetechnik.example>", "2026-05-29 15:20 +0200",
     """Guten Tag,

die Schlussrechnung INV-74341 über die Montage der Lüftungsanlage im Objekt Fürther Straße weisen
wir aus zwei Gründen zurück:

1. Die Leistung ist nicht vollständig erbracht. Einregulierung und Inbetriebnahme fehlen, und die
   Brandschutzklappen im 2. OG sind noch nicht angeschlossen. Eine Abnahme hat deshalb nicht
   stattgefunden.
2. Sie haben 19 % Umsatzsteuer ausgewiesen. Wir sind selbst Bauleistender, nach § 13b UStG geht
   die Steuerschuld auf uns über. Die Rechnung muss netto und mit dem Hinweis
   „Steuerschuldnerschaft des Leistungsempfängers“ gestellt werden.

Bitte stellen Sie die Arbeiten fertig und schicken Sie uns danach eine korrigierte
Schlussrechnung.

Mit freundlichen Grüßen
Wolfgang Hertel
Geschäftsführer
Hertel Gebäudetechnik GmbH
Nürnberg""",
     ["dispute"], rem=("overdue", ["INV-74341"], "Wolfgang"), lang="de", client="outlook",
     reasons=["service_issue", "tax"], invoices=["INV-74341"],
     notes="Nuremberg building-services firm: a final invoice for unfinished installation work "
           "(service_issue) that also charges VAT where the § 13b reverse charge applies (tax).")

# ---- Austria --------------------------------------------------------------------------------

case("d4-dse-36", "Ing. Gerald Pühringer <g.puehringer@puehringer-maschinenbau.example>",
     "2026-02-09 08:55 +0100",
     """Sehr geehrte Damen und Herren,

bezugnehmend auf Ihr Schreiben zur Rechnung INV-74354 teilen wir mit, dass die gelieferte Ware
mangelhaft ist.

Von den 8 Hydraulikzylindern wurden bei der Eingangsprüfung 3 Stück mit undichten
Kolbenstangendichtungen festgestellt; sie verlieren schon im Ruhezustand Öl. Ein Einbau in unsere
Pressen ist so nicht möglich. Die Mängelrüge haben wir Ihrem Außendienst, Herrn Brandstätter, am
29.01. schriftlich übermittelt, eine Antwort ist bis heute ausständig.

Wir bitten um umgehenden Austausch der drei Zylinder. Bis dahin wird die Rechnung nicht zur
Zahlung freigegeben.

Mit freundlichen Grüßen

Ing. Gerald Pühringer
Qualitätssicherung
Pühringer Maschinenbau GmbH
4020 Linz""",
     ["dispute"], rem=("overdue", ["INV-74354"], "Gerald"), lang="de", client="outlook_old",
     mode="plain", charset="iso-8859-1", cte="quoted-printable", days=4,
     reasons=["damaged_defective"], invoices=["INV-74354"],
     notes="Linz quality engineer ('ausständig' is Austrian): 3 of 8 cylinders leak at goods-in, a "
           "'Mängelrüge': damaged_defective. Latin-1 quoted-printable, also in the From name.")

case("d4-dse-37", "Sabine Kogler <s.kogler@kogler-baustoffe.example>", "2026-06-10 10:30 +0200",
     """Grüß Gott,

zur Rechnung 74362: Verrechnet sind 24 Paletten Pflastersteine, bei uns im Lager Graz-Puntigam
sind laut Lieferschein und Wiegeschein aber nur 21 Paletten angekommen. Der Frächter hat die
Fehlmenge am Lieferschein bestätigt.

Bitte schicken Sie uns eine Gutschrift über die 3 Paletten oder liefern Sie nach. Den Rest zahlen
wir, sobald das geklärt ist.

Liebe Grüße
Sabine Kogler
Buchhaltung
Kogler Baustoffe GmbH""",
     ["dispute"], rem=("overdue", ["INV-74362"], "Sabine"), lang="de", client="thunderbird",
     mode="plain",
     reasons=["quantity_short"], invoices=["INV-74362"],
     notes="Graz builders' merchant: 21 of 24 pallets, the 'Frächter' (carrier) confirmed the "
           "'Fehlmenge': quantity_short. 'Den Rest zahlen wir, sobald...' is conditional and "
           "undated.")

case("d4-dse-38", "Florian Eder <f.eder@eder-haustechnik.example>", "2026-09-26 18:40 +0200",
     """Servus, wegen der 74377 – euer Monteur hat beim Boilertausch in der Wohnung in Hallein
gepfuscht. Anschluss undicht, am nächsten Tag war der Keller vom Nachbarn nass und die
Hausverwaltung hat mich angerufen. Hab einen anderen Installateur holen müssen, der alles neu
verpresst hat.

Die Montage zahl ich so nicht. Meldet euch bitte.

Florian""" + IPHONE_DE,
     ["dispute"], rem=("overdue", ["INV-74377"], "Florian"), lang="de", client="apple", mode="plain",
     reasons=["service_issue"], invoices=["INV-74377"],
     notes="Salzburg installer on a Saturday, from his phone: botched fitting work ('gepfuscht') "
           "that caused a leak and had to be redone: service_issue, the workmanship is contested, "
           "not the boiler.")

case("d4-dse-39", "Mag. Katharina Huber-Rainer <k.huber-rainer@alpenhotel-patscherkofel.example>",
     "2026-03-26 11:45 +0100",
     """Sehr geehrte Damen und Herren,

wir haben Ihre Rechnung INV-74385 über 50 % des Pauschalpreises für die neue Spülstraße unserer
Hotelküche erhalten. Laut Auftragsbestätigung vom 12.01.2026 wird der Pauschalpreis zur Gänze
nach Fertigstellung und Abnahme verrechnet; Anzahlungen oder Teilrechnungen sind nicht
vereinbart. Die Montage beginnt überhaupt erst im April.

Wir ersuchen Sie daher, die Rechnung zu stornieren und nach der Abnahme, wie vereinbart, eine
Gesamtrechnung zu legen.

Mit freundlichen Grüßen

Mag. Katharina Huber-Rainer
Kaufmännische Direktion
Alpenhotel Patscherkofel GmbH
6080 Innsbruck-Igls""",
     ["dispute"], rem=("overdue", ["INV-74385"], "Katharina"), lang="de", client="outlook",
     reasons=["other"], invoices=["INV-74385"],
     notes="Innsbruck hotel: a partial invoice raised although the order confirmation bills the "
           "lump sum only after completion and acceptance. The billing terms are contested, not "
           "price, goods or service quality: other.")

case("d4-dse-40", "Rechnungsprüfung Kreditoren <kreditoren@donaupark-facility.example>",
     "2026-07-07 08:20 +0200",
     """Sehr geehrte Damen und Herren,

Ihre Rechnung INV-74393 kann nicht verarbeitet werden, da folgende Angaben fehlen:

- unsere Bestellnummer (10-stellig, beginnend mit 45)
- die Nummer des Lieferscheins bzw. des Leistungsnachweises

Bitte übermitteln Sie uns eine korrigierte Rechnung. Beachten Sie außerdem, dass wir Rechnungen,
Mahnungen und Kontoauszüge ab sofort ausschließlich über das Postfach
eingangsrechnungen@donaupark-facility.example entgegennehmen. An die bisherige Adresse gesendete
Dokumente werden ab 01.08.2026 nicht mehr bearbeitet.

Mit freundlichen Grüßen

Team Rechnungsprüfung / Kreditoren
Donaupark Facility Services GmbH
1220 Wien""",
     ["dispute", "contact_change"], rem=("overdue", ["INV-74393"]), lang="de", client="outlook",
     mode="html", days=1,
     reasons=["missing_po_or_docs"], invoices=["INV-74393"],
     contact="eingangsrechnungen@donaupark-facility.example",
     notes="Vienna AP team, HTML only: no PO and no delivery-note reference (missing_po_or_docs), "
           "and all invoices and reminders are redirected to a new mailbox (contact_change).")

# ---- Switzerland (German) -------------------------------------------------------------------

case("d4-dse-41", "Urs Brunner <urs.brunner@brunner-lebensmitteltechnik.example>", "2026-03-05 14:10 +0100",
     """Grüezi Frau Meier

Auf der Rechnung INV-74402 sind ein Kleinmengenzuschlag von CHF 185.00 und eine Energie- und
Logistikpauschale von CHF 96.00 aufgeführt. Beides steht nicht in unserer Offerte O-26-0211,
die ausdrücklich «franko Domizil, ohne Zuschläge» lautet, und eine andere Vereinbarung kenne ich
nicht.

Bitte stellen Sie uns eine Gutschrift über CHF 281.00 zuzüglich MwSt. aus oder korrigieren Sie
die Rechnung. Die übrigen Positionen sind in Ordnung.

Freundliche Grüsse

Urs Brunner
Leiter Einkauf
Brunner Lebensmitteltechnik AG
Muttenzerstrasse 12, 4133 Pratteln""",
     ["dispute"], rem=("overdue", ["INV-74402"], "Urs"), lang="de", client="outlook",
     reasons=["pricing"], invoices=["INV-74402"],
     notes="Basel-Land buyer, Swiss spelling ('Grüsse', 'Offerte', «»): surcharges billed that the "
           "offer excludes: pricing. The rest of the invoice is accepted without a date.")

case("d4-dse-42", "Kreditorenbuchhaltung SSC <kreditoren.ssc@limmat-pharma.example>", "2026-10-19 07:35 +0200",
     """Guten Tag

Ihre Rechnung INV-74411 wurde in unserem Rechnungseingangs-Workflow mit den folgenden Prüfcodes
zurückgewiesen:

WE01 - Kein Wareneingang vorhanden. Am Standort Schlieren ist zu dieser Bestellung bis heute keine
Lieferung eingegangen; der Spediteur konnte uns keinen Zustellnachweis nennen.
BE03 - Bestellreferenz fehlt. Die Rechnung enthält keine gültige Bestellnummer (Format
4600xxxxxx).

Bitte klären Sie die Lieferung und senden Sie uns anschliessend eine Rechnung mit gültiger
Bestellnummer. Die vorliegende Rechnung wird nicht weiter bearbeitet.

Freundliche Grüsse

Sandra Maurer
Kreditorenbuchhaltung
Shared Service Center Finance
Limmat Pharma AG, Zürich""",
     ["dispute"], rem=("overdue", ["INV-74411"]), lang="de", client="outlook", mode="html", days=3,
     reasons=["not_received", "missing_po_or_docs"], invoices=["INV-74411"],
     notes="Zürich shared-service centre, HTML only, two reason codes: no goods receipt, nothing "
           "delivered (not_received), then no valid PO (missing_po_or_docs).")

case("d4-dse-43", "Beat Zimmermann <beat.zimmermann@aare-druckzentrum.example>", "2026-07-01 16:25 +0200",
     """Guten Tag Herr Gerber

Die Rechnung INV-74426 für das zweite Quartal des Servicevertrags zur Falzmaschine können wir
nicht freigeben.

Der Vertrag garantiert bei Störungen einen Technikereinsatz innert 8 Stunden. Am 2. Juni stand
die Maschine still, Ihr Techniker kam erst am 5. Juni, also nach drei Tagen, und konnte den
Fehler auch dann nicht beheben, weil er das Ersatzteil nicht dabei hatte. Wir mussten zwei
Aufträge an eine andere Druckerei abgeben.

Für ein Quartal, in dem die vertraglich zugesicherte Leistung nicht erbracht wurde, zahlen wir
nicht die volle Servicepauschale. Ich erwarte Ihren Vorschlag für eine Gutschrift.

Freundliche Grüsse

Beat Zimmermann
Leiter Produktion
Aare Druckzentrum AG
3027 Bern""",
     ["dispute"], rem=("final", ["INV-74426"], "Beat"), lang="de", client="outlook",
     reasons=["service_issue"], invoices=["INV-74426"],
     notes="Bern print works ('innert' is Swiss): a service contract whose response time was "
           "missed and the fault not fixed: service_issue.")

case("d4-dse-44", "Nicole Fässler <n.faessler@faessler-textil.example>", "2026-08-18 09:50 +0200",
     """Grüezi

Die beiden Rechnungen INV-74434 und INV-74435 auf Ihrem Kontoauszug sind doppelt: gleiche
Lieferung vom 21. Juli, gleicher Lieferschein, gleicher Betrag von CHF 2'864.40. Die 74435 bitte
annullieren.

Die 74434 zahlen wir per Ende August.

Liebe Grüsse
Nicole Fässler
Fässler Textil GmbH, St. Gallen""",
     ["dispute", "promise_to_pay"], rem=("statement", ["INV-74434", "INV-74435"], "Nicole"),
     lang="de", client="gmail", mode="plain",
     reasons=["duplicate_billing"], invoices=["INV-74434", "INV-74435"],
     promises=[P(None, None, "eom", ["INV-74434"])],
     notes="St. Gallen: a duplicate invoice to cancel, and the genuine one promised 'per Ende "
           "August' (31 August) without a figure, so amount null.")

case("d4-dse-45", "Marco Bühler <m.buehler@buehler-velotech.example>", "2026-05-07 11:15 +0200",
     """Grüezi mitenand

Zur Rechnung INV-74447 habe ich zwei Punkte:

Erstens sind 6 der 40 Akkus für die E-Bike-Nachrüstsätze defekt angekommen, sie lassen sich nicht
laden; unser Werkstattchef hat sie mit dem Diagnosegerät geprüft. Bitte um Ersatz oder
Gutschrift.

Zweitens: Die 10 Ladegeräte, die wir Ihnen am 8. April wegen falscher Steckerausführung
retourniert haben (Rücksendung RS-0408), sind auf derselben Rechnung immer noch voll verrechnet.
Die Gutschrift dafür fehlt bis heute.

Bis diese beiden Punkte bereinigt sind, halten wir die Zahlung zurück.

Freundliche Grüsse
Marco Bühler
Bühler Velotech GmbH
Winterthur""",
     ["dispute"], rem=("overdue", ["INV-74447"], "Marco"), lang="de", client="outlook",
     cte="quoted-printable",
     reasons=["damaged_defective", "returns_credit"], invoices=["INV-74447"],
     notes="Winterthur bike shop: batteries dead on arrival (damaged_defective), then returned "
           "chargers still billed without a credit (returns_credit). UTF-8 quoted-printable.")

# ==== Look-alikes that contest nothing =======================================================

case("d4-dse-46", "Tesorería <tesoreria@constructora-llanogrande.example>", "2026-03-18 10:40 -0500",
     """Buenos días,

Les confirmamos que la factura INV-74455 fue pagada el 16 de marzo por transferencia a su cuenta
en Bancolombia.

El valor girado es menor que el de la factura porque aplicamos las retenciones de ley: retención
en la fuente por compras del 2,5 % y ReteICA. No es un descuento ni una glosa; los certificados
de retención se los enviamos en enero, como todos los años.

Cualquier inquietud con gusto la atendemos.

Cordialmente,
Tesorería
Constructora Llanogrande S.A.S.
Rionegro, Antioquia""",
     ["payment_sent"], rem=("overdue", ["INV-74455"]), lang="es", client="outlook",
     invoices=["INV-74455"],
     notes="Look-alike: a short payment explained by statutory Colombian withholdings ('no es un "
           "descuento ni una glosa'); nothing is contested, the invoice is reported paid: "
           "payment_sent only.")

case("d4-dse-47", "Élodie Garnier <e.garnier@garnier-frigoristes.example>", "2026-10-22 15:05 +0200",
     """Bonjour,

J'allais vous répondre que les 86,40 € restant dus sur la facture INV-74463 correspondaient à
l'escompte de 2 % pour paiement anticipé, mais en vérifiant, notre virement est parti le 14e jour
et non dans les 10 jours prévus par vos conditions. L'escompte ne s'appliquait donc pas, l'erreur
vient de chez nous.

Le complément de 86,40 € a été viré ce matin, référence GARN-2610-117.

Bien cordialement,
Élodie Garnier
Comptabilité
Garnier Frigoristes SAS - Nantes""",
     ["payment_sent"], rem=("overdue", ["INV-74463"], "Élodie"), lang="fr", client="outlook",
     charset="iso-8859-15", cte="quoted-printable",
     invoices=["INV-74463"],
     notes="Look-alike: the sender was about to contest the residual as an 'escompte', checks and "
           "concedes it, and reports the balance transferred this morning: payment_sent, no "
           "dispute. ISO-8859-15 quoted-printable (it has the euro sign).")

case("d4-dse-48", "Tobias Wendt <t.wendt@wendt-kuechenstudio.example>", "2026-02-03 13:20 +0100",
     """Hallo,

kurze Rückmeldung zur INV-74471: Die Ersatzlieferung für die beiden zerkratzten Arbeitsplatten
ist gestern angekommen, alles einwandfrei. Damit ist die Reklamation für uns erledigt, danke für
die schnelle Abwicklung.

Die Rechnung geht mit unserem Zahllauf am Freitag raus.

Viele Grüße
Tobias Wendt
Wendt Küchenstudio, Bielefeld""",
     ["promise_to_pay"], rem=("overdue", ["INV-74471"], "Tobias"), lang="de", client="gmail",
     invoices=["INV-74471"], promises=[P(None, None, "fri", ["INV-74471"])],
     notes="Look-alike: damaged worktops already replaced, the complaint 'erledigt'; only a promise "
           "with Friday's payment run (6 February), no amount.")

case("d4-dse-49", "Carolina Méndez <cmendez@frigorifico-lasgaviotas.example>", "2026-09-10 12:15 -0300",
     """Hola, buen día.

La INV-74482 está aprobada y no tenemos ninguna observación sobre la mercadería, llegó completa y
en condiciones. Lo que pasa es que nos cayó la auditoría anual y el auditor la eligió para la
muestra: nos pide el remito conformado y la orden de compra escaneada.

¿Me los podrían mandar por este medio? Es solo para la carpeta de auditoría.

Gracias!
Carolina Méndez
Administración - Frigorífico Las Gaviotas S.A.
Mar del Plata""",
     ["invoice_request"], rem=("due", ["INV-74482"], "Carolina"), lang="es", client="gmail",
     invoices=["INV-74482"],
     notes="Look-alike: the signed remito and the PO are asked for an audit, with 'ninguna "
           "observación' on the goods: invoice_request, not a dispute. 'Está aprobada' has no date.")

case("d4-dse-50", "Sophie Dewandre <s.dewandre@imprimerie-mosane.example>", "2026-11-13 10:00 +0100",
     """Bonjour,

Nous avons bien reçu votre note de crédit pour les rames de papier abîmées livrées avec la facture
INV-74494. Merci, le litige est clos de notre côté.

Pourriez-vous simplement nous confirmer le solde qui reste dû sur cette facture après imputation
de la note de crédit ? Votre relance reprend encore le montant initial et je préfère régler le bon
chiffre.

Merci d'avance et bonne journée,
Sophie Dewandre
Service comptabilité
Imprimerie Mosane SA - Liège""",
     ["balance_inquiry"], rem=("second", ["INV-74494"], "Sophie"), lang="fr", client="outlook",
     invoices=["INV-74494"],
     notes="Look-alike: the damage was already credited ('le litige est clos'); the sender only asks "
           "what remains owed after the credit note: balance_inquiry. Wanting to pay 'le bon "
           "chiffre' has no date, so no promise.")

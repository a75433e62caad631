"""dev4 topic: disputes written in Spanish, French and German, in a second set of voices.

The dev3 intl files taught the reader one set of phrasings per reason. Real AP mail from Spain,
Latin America, France, Belgium, Switzerland, Luxembourg, Québec, the Maghreb, La Réunion,
Germany and Austria says the same things in many other ways — "no nos cuadra", "falta la HES",
"nous contestons", "écart de prix", "avoir toujours en attente", "Preisdifferenz", "Mindermenge",
"Gutschrift steht noch aus", "Widerspruch" — and uses local machinery the English cases never
show: CFDI retenciones, Canary-Islands and DOM VAT exemptions, Chorus Pro rejections, three-way
match blocks in shared-service centres, Swiss export VAT. This topic widens the tuning split so
that every dispute reason is met again, in each language, in words the reader has not been tuned
on: about a quarter name two real problems at once, some also promise the undisputed part, ask
for a document, report a payment or redirect our mail, and the 'other' cases cover a wrong
legal entity billed, an order never placed and contract terms (renewal after notice,
termination fees) rather than price or delivery.
"""

from dev2_cases import case
from dev_cases import DISCLAIMER_DE, DISCLAIMER_ES, DISCLAIMER_FR, P, fake_pdf

IPHONE_ES = "\n\nEnviado desde mi iPhone"
IPHONE_DE = "\n\nVon meinem iPhone gesendet"

# ==== Spanish ================================================================================

case("d4-dint-01", "José María Lasheras <chema@suministros-lasheras.example>", "2026-02-11 10:20 +0100",
     """Hola Marta,

Nos ha llegado vuestro recordatorio de la factura 68012, pero es que no nos cuadra. Los discos
de corte de 230 mm nos los habéis facturado a 3,85 € la unidad y en la tarifa que nos pasasteis
en diciembre (con el 12 % de descuento por volumen) salían a 3,12 €. Son 400 unidades, casi
300 € de diferencia.

¿Podéis revisarlo y mandarnos una factura rectificativa? En cuanto la tengamos la pasamos a
pago.

Gracias,
Chema
--
José María Lasheras
Suministros Lasheras, S.L.
Pol. Ind. Malpica, calle E, nave 14 - 50016 Zaragoza
976 55 31 20""",
     ["dispute"], rem=("overdue", ["INV-68012"], "José María"), lang="es", client="thunderbird",
     mode="plain",
     reasons=["pricing"], invoices=["INV-68012"],
     notes="Spain, small firm: 'no nos cuadra' against the agreed price list; the factura "
           "rectificativa is the dispute's remedy and 'en cuanto la tengamos' has no date, so no promise.")

case("d4-dint-02", "Mesa de Ayuda a Proveedores <cxp.proveedores@gism.example>", "2026-03-12 11:05 -0600",
     """Estimado proveedor:

Le informamos que la factura INV-68027 no puede ser liberada para pago debido a una diferencia
de cantidades entre lo facturado y lo recibido en almacén.

OC: 4500219873
Material: Guante de nitrilo talla M, caja c/100
Cantidad facturada: 250 cajas
Cantidad recibida (entrada de almacén 5000331877): 210 cajas
Faltante: 40 cajas

Para continuar con el proceso, le solicitamos emitir una nota de crédito por el faltante o, en
su caso, enviar el material pendiente a la planta Apodaca.

Sin más por el momento, quedamos a sus órdenes.

Atentamente,
Mesa de Ayuda a Proveedores
Centro de Servicios Compartidos - Cuentas por Pagar
Grupo Industrial Sierra Madre, S.A.B. de C.V.
Monterrey, N.L. | Tel. 81 5555 0199""",
     ["dispute"], rem=("overdue", ["INV-68027"]), lang="es", client="outlook", mode="html",
     reasons=["quantity_short"], invoices=["INV-68027"],
     notes="Mexican shared-service centre blocks the invoice for a 40-box 'faltante' between billed "
           "and received quantity; HTML only. The OC and goods-receipt numbers are not invoices.")

case("d4-dint-03", "Encarna Sánchez Molina <administracion@coop-campocartagena.example>",
     "2026-05-05 09:40 +0200",
     """Buenos días:

Respecto a la factura INV-68035, una parte de la mercancía llegó en mal estado. De las 20
bobinas de malla antigranizo, 3 venían con el embalaje reventado y la malla rasgada, seguramente
por las horquillas de la carretilla al cargar. Lo dejamos anotado en el CMR y le mandamos fotos
al comercial el mismo día.

Esas 3 bobinas (3 x 412,00 € = 1.236,00 €) no las vamos a pagar hasta que nos las repongáis o nos
hagáis el abono. El resto de la factura, 7.004,00 €, os lo transferimos el 15 de mayo.

Un saludo,

Encarna Sánchez Molina
Administración
Sociedad Cooperativa Agraria Campo de Cartagena
Tel. 968 55 20 47

""" + DISCLAIMER_ES,
     ["dispute", "promise_to_pay"], rem=("overdue", ["INV-68035"], "Encarna"), lang="es",
     reasons=["damaged_defective"], invoices=["INV-68035"],
     promises=[P("7004.00", "EUR", "2026-05-15", ["INV-68035"])],
     notes="'Mercancía llegó en mal estado' on 3 of 20 reels, withheld; the undisputed 7.004,00 € is "
           "promised unconditionally for 15 May, so dispute plus a partial promise.")

case("d4-dint-04", "Diana Marcela Cárdenas <dcardenas@ingenio-riocauca.example>", "2026-06-09 08:15 -0500",
     """Buenos días, señores Ourco:

Les escribo por la factura 68041. La factura sí nos llegó, pero el pedido nunca llegó a la planta
de Cali: falta el pedido completo (12 motorreductores de 1,5 HP, OC 20-3391). En portería no hay
registro de entrada y el transportador no nos ha dado razón.

Les agradecemos nos envíen la guía de transporte firmada o el soporte de entrega que tengan, para
cruzarlo con nuestra portería. Mientras tanto la factura queda retenida.

Cordial saludo,

Diana Marcela Cárdenas
Coordinadora de Cuentas por Pagar
Ingenio Río Cauca S.A.
Cali, Valle - Colombia""",
     ["dispute", "invoice_request"], rem=("overdue", ["INV-68041"], "Diana Marcela"), lang="es",
     client="outlook",
     reasons=["not_received"], invoices=["INV-68041"],
     notes="Colombian 'falta el pedido completo': the invoice arrived, the goods did not; asking for "
           "the signed waybill / proof of delivery adds invoice_request.")

case("d4-dint-05", "Pablo Iturralde <pablo@iturralde-hnos.example>", "2026-07-17 18:32 -0300",
     """Hola, nos cobraron dos veces lo mismo. La 68053 y la 68058 son el mismo pedido (remito
0003-00018822), mismo importe. Porfa anulen la 68058 y mándenme la nota de crédito. Avisame
cualquier cosa

Pablo""" + IPHONE_ES,
     ["dispute"], rem=("statement", ["INV-68053", "INV-68058"], "Pablo"), lang="es", client="apple",
     mode="plain",
     reasons=["duplicate_billing"], invoices=["INV-68053", "INV-68058"],
     notes="Argentine mobile reply, 'nos cobraron dos veces': two invoices for one remito; neither "
           "is said to be paid, so dispute only.")

case("d4-dint-06", "Camila Navarrete <cnavarrete@minera-cordilleradelsur.example>", "2026-09-15 12:10 -0300",
     """Estimados,

La factura 68066 fue rechazada en nuestro sistema porque no viene con la HES (hoja de entrada de
servicio) ni con el número de OC. Sin esos dos datos en la glosa no la podemos contabilizar.

Les pido anular la factura con nota de crédito y reemitirla indicando OC 4700018265 y
HES 1000473310.

Saludos,
Camila Navarrete
Analista Contable - Cuentas por Pagar
Minera Cordillera del Sur SpA
Santiago""",
     ["dispute"], rem=("overdue", ["INV-68066"], "Camila"), lang="es", client="gmail", mode="plain",
     reasons=["missing_po_or_docs"], invoices=["INV-68066"],
     notes="Chilean mining company rejects an invoice without the HES and OC references; re-issue "
           "is the remedy. Chile is on summer time (-0300) again in mid-September.")

case("d4-dint-07", "Yeray Santana Ojeda <finanzas@hidraulica-atlantica.example>", "2026-04-21 10:00 +0100",
     """Buenos días,

Les escribo en relación con la factura INV-68072. El IVA está mal aplicado: nos han repercutido
un 21 % de IVA, pero nuestra empresa está en Las Palmas de Gran Canaria y las entregas de bienes
a Canarias están exentas de IVA (se tratan como exportación). Nosotros ya liquidamos el IGIC en
la importación, con el DUA correspondiente, así que de esta forma estaríamos pagando el impuesto
dos veces.

Necesitamos que anulen la factura y emitan una nueva sin IVA, con la mención de exención
(art. 21 de la Ley del IVA).

Atentamente,

Yeray Santana Ojeda
Departamento Financiero
Hidráulica Atlántica Canarias, S.L.
Las Palmas de Gran Canaria""",
     ["dispute"], rem=("overdue", ["INV-68072"], "Yeray"), lang="es", client="outlook_old",
     reasons=["tax"], invoices=["INV-68072"],
     notes="'IVA mal aplicado': mainland VAT charged on a supply to the Canary Islands, which pay "
           "IGIC on import; Canarias summer time is +0100.")

case("d4-dint-08", "Gonzalo Pereyra <gpereyra@riegosdellitoral.example>", "2026-08-19 15:45 -0300",
     """Estimados, buenas tardes.

En relación con la factura 68084: el 23 de julio les devolvimos 6 bombas sumergibles que
vinieron con otra especificación (220 V en lugar de 380 V trifásico). Las retiró su transportista
con el remito de devolución RD-1174 y el vendedor nos confirmó por correo que se emitiría una
nota de crédito por USD 2.940.

A la fecha la nota de crédito sigue pendiente y la factura aparece vencida por el total. Les
pedimos emitirla a la brevedad; una vez aplicada, abonamos el saldo.

Saludos cordiales,
Gonzalo Pereyra
Administración
Riegos del Litoral S.R.L.
Paysandú, Uruguay""",
     ["dispute"], rem=("overdue", ["INV-68084"], "Gonzalo"), lang="es", client="thunderbird",
     mode="plain", charset="windows-1252", cte="quoted-printable",
     reasons=["returns_credit"], invoices=["INV-68084"],
     notes="Uruguay: goods already returned, the promised credit note still pending; 'una vez "
           "aplicada, abonamos el saldo' is conditional and undated. Windows-1252 quoted-printable.")

case("d4-dint-09", "Renzo Quispe Huamán <rquispe@cementos-surandino.example>", "2026-10-15 09:20 -0500",
     """Buenos días:

Por medio del presente les comunicamos nuestra disconformidad con la factura N° INV-68091,
correspondiente al servicio de mantenimiento correctivo de la faja transportadora N° 3.

El servicio no se completó. El técnico cambió los rodillos de retorno pero dejó pendiente el
alineamiento y la prueba con carga, y se retiró de la planta sin firmar el acta de conformidad.
La faja sigue desalineándose y hemos tenido que parar la línea dos veces esta semana.

No procederemos con el pago hasta que el servicio se culmine y contemos con el acta de
conformidad firmada por nuestro jefe de mantenimiento.

Atentamente,

Ing. Renzo Quispe Huamán
Jefe de Logística
Cementos del Sur Andino S.A.A.
Arequipa - Perú""",
     ["dispute"], rem=("second", ["INV-68091"], "Renzo"), lang="es", client="outlook",
     reasons=["service_issue"], invoices=["INV-68091"],
     notes="Peruvian formal 'disconformidad': a repair left half done; the acta de conformidad is to "
           "be signed after the work, not an existing document requested.")

case("d4-dint-10", "Claudia Garza <cgarza@grupogarzatrevino.example>", "2026-11-24 13:30 -0600",
     """Buenas tardes, Lic.

Le escribo porque la factura INV-68103 se emitió a nombre de Transportes Garza Treviño, S.A. de
C.V., pero el pedido lo hizo nuestra otra empresa, Garza Treviño Logística, S. de R.L. de C.V.
Son razones sociales y RFC distintos; Transportes no le compró nada a ustedes.

Por favor cancelen ese CFDI y emítanlo a Garza Treviño Logística con RFC GTL150312KQ8. Le anexo
la constancia de situación fiscal.

Saludos,
Claudia Garza
Contraloría
Grupo Garza Treviño
Saltillo, Coah.""",
     ["dispute"], rem=("overdue", ["INV-68103"], "Claudia"), lang="es", client="gmail",
     attachments=[("constancia_situacion_fiscal.pdf", "application/pdf", fake_pdf("CSF GTL150312KQ8"))],
     reasons=["other"], invoices=["INV-68103"],
     notes="Mexican group: invoice issued to the wrong legal entity of the group (razón social "
           "equivocada), contested on grounds other than price, goods or documents: reason 'other'.")

case("d4-dint-11", "Juan Sebastián Mejía <jsmejia@almacenes-lasabana.example>", "2026-02-23 16:40 -0500",
     """Buenas tardes,

Revisada la factura 68115 contra la orden de compra y la entrada de mercancía, encontramos dos
novedades:

1. Precio: la OC 7700-4521 tiene el rollo de cinta de embalaje a $ 6.850 y ustedes facturaron a
   $ 7.420.
2. Cantidad: se facturaron 1.200 rollos y en el CEDI de Funza se recibieron 1.080. El faltante
   de 120 rollos quedó registrado en el acta de recibo.

Por lo anterior la factura queda devuelta. Les agradecemos expedir una nota crédito o una nueva
factura con el precio de la OC y la cantidad efectivamente recibida.

Cordialmente,

Juan Sebastián Mejía
Analista de Cuentas por Pagar
Almacenes La Sabana S.A. - Centro de Servicios Compartidos
Bogotá D.C.""",
     ["dispute"], rem=("overdue", ["INV-68115"], "Juan Sebastián"), lang="es", client="outlook",
     reasons=["pricing", "quantity_short"], invoices=["INV-68115"],
     notes="Colombian 'dos novedades': unit price above the PO and 120 rolls short at the DC; both "
           "reasons are real complaints.")

case("d4-dint-12", "Karla Hernández <cxp@autopartes-delcentro.example>", "2026-05-20 10:15 -0600",
     """Buen día,

Le regresamos la factura INV-68124 (flete Querétaro - Toluca) porque tiene dos errores:

- No trae la retención de IVA del 4 % que aplica por el servicio de autotransporte terrestre de
  bienes. Nosotros somos persona moral y estamos obligados a retener; sin la retención el CFDI
  no se puede pagar.
- Tampoco trae el número de orden de compra en la addenda. Todas las facturas deben traer la OC
  (en este caso 4100087712).

Favor de cancelar y volver a timbrar con ambas correcciones.

Saludos,
Karla Hernández
Cuentas por Pagar
Autopartes del Centro, S.A. de C.V.""",
     ["dispute"], rem=("overdue", ["INV-68124"], "Karla"), lang="es", client="outlook", mode="html",
     reasons=["missing_po_or_docs", "tax"], invoices=["INV-68124"],
     notes="Mexico: the 4% VAT withholding on freight is missing (tax) and the PO is missing from "
           "the addenda (missing_po_or_docs); both block the CFDI.")

case("d4-dint-13", "Rocío Márquez <rmarquez@grupolagiralda.example>", "2026-06-23 13:05 +0200",
     """Hola, buenas:

Os escribo por la factura INV-68137 de la reparación del abatidor de temperatura de la cocina
central. Tenemos dos problemas con ella:

Por un lado nos habéis cobrado 95 € de desplazamiento, y en el contrato de mantenimiento que
firmamos en enero los desplazamientos dentro de Sevilla capital están incluidos.

Por otro, la avería no está resuelta. El técnico cambió el ventilador del evaporador y se fue,
pero al día siguiente el equipo volvió a dar la alarma de alta temperatura y seguimos sin poder
usarlo. Hemos llamado tres veces al servicio técnico y nadie ha vuelto.

Hasta que alguien venga a dejarlo funcionando y nos quitéis el desplazamiento no vamos a pagar
esta factura.

Un saludo,
Rocío Márquez
Jefa de Administración
Grupo Hostelero La Giralda
Sevilla""",
     ["dispute"], rem=("overdue", ["INV-68137"], "Rocío"), lang="es", client="gmail",
     reasons=["pricing", "service_issue"], invoices=["INV-68137"],
     notes="Spain: a travel charge the contract includes (pricing) and a repair that did not fix the "
           "fault (service_issue); both contested.")

case("d4-dint-14", "Patricio Alarcón Vidal <palarcon@fruticola-vallemaule.example>", "2026-01-16 11:30 -0300",
     """Estimados señores:

Por medio de la presente objetamos la factura 68142, correspondiente a la renovación anual del
contrato de arriendo y soporte de los equipos de rotulado (período 2026).

Conforme a la cláusula décima del contrato, cualquiera de las partes puede ponerle término
avisando con 60 días de anticipación al vencimiento. Nosotros enviamos la carta de término el
2 de octubre de 2025, con acuse de recibo de su ejecutiva comercial, por lo que el contrato
terminó el 31 de diciembre y no corresponde la renovación.

Solicitamos anular la factura y coordinar el retiro de los equipos.

Atentamente,
Patricio Alarcón Vidal
Gerente de Administración y Finanzas
Frutícola Valle del Maule Ltda.
Talca""",
     ["dispute"], rem=("overdue", ["INV-68142"], "Patricio"), lang="es", client="outlook_old",
     mode="plain",
     reasons=["other"], invoices=["INV-68142"],
     notes="Chile: an annual renewal billed after timely notice of termination under the contract; "
           "contract terms, reason 'other'.")

case("d4-dint-15", "Iker Goikoetxea <igoikoetxea@grupo-nervion.example>", "2026-10-07 10:50 +0200",
     """Buenos días:

Contestando a vuestro recordatorio de las tres facturas:

- INV-68150: sigue el abono pendiente de la devolución de septiembre (8 cajas de juntas tóricas
  que os devolvimos con el albarán de devolución DV-0911). El cargo completo no lo podemos
  aceptar hasta que llegue el abono.
- INV-68156: este material no nos ha llegado. Es el pedido de las bridas DN 80 para la planta de
  Amorebieta y allí no consta ninguna entrega.
- INV-68161: está correcta y conformada; la pagamos a fin de mes con el resto de proveedores.

Un saludo,

Iker Goikoetxea
Dpto. Contabilidad de Proveedores
Grupo Industrial Nervión, S.A.
Bilbao

""" + DISCLAIMER_ES,
     ["dispute", "promise_to_pay"], rem=("overdue", ["INV-68150", "INV-68156", "INV-68161"], "Iker"),
     lang="es", client="outlook",
     reasons=["not_received", "returns_credit"], invoices=["INV-68150", "INV-68156", "INV-68161"],
     promises=[P(None, None, "eom", ["INV-68161"])],
     notes="Per-invoice answer: a return credit still pending, goods never delivered, and an "
           "unconditional 'a fin de mes' promise on the third invoice (end of October).")

# ==== French =================================================================================

case("d4-dint-16", "Gaëlle Le Goff <compta@legoff-electricite.example>", "2026-02-03 14:25 +0100",
     """Bonjour,

Nous contestons le montant de la facture 68202. Il y a un écart de prix sur les gaines
électriques ICTA 20 mm : le tarif négocié avec M. Perrin en début d'année est de 0,42 € HT le
mètre, la facture est établie à 0,58 € HT. Sur les 5 000 m livrés, cela fait 800,00 € HT d'écart.

Le reste de la facture est conforme. Merci de nous faire parvenir un avoir pour la différence ou
une facture corrigée.

Cordialement,

Gaëlle Le Goff
Assistante comptable
Électricité Le Goff & Fils
44300 Nantes - 02 40 55 18 72""",
     ["dispute"], rem=("overdue", ["INV-68202"], "Gaëlle"), lang="fr", client="outlook",
     reasons=["pricing"], invoices=["INV-68202"],
     notes="France: 'nous contestons', 'écart de prix' against a negotiated rate; the avoir asked for "
           "is the remedy for the price error, not a return credit.")

case("d4-dint-17", "Steve Bergeron <steve@quincaillerie-bergeron.example>", "2026-03-19 08:50 -0400",
     """Bonjour,

Pour la facture 68214, il manque du stock. On a commandé et vous nous avez facturé 30 caisses de
vis à gypse, mais le livreur nous en a laissé juste 24. Mon gars au receiving a fait le décompte
devant lui pis c'est noté sur le bon de livraison.

Pouvez-vous nous faire un crédit pour les 6 caisses manquantes ou nous les envoyer? On paiera
pas les 30 tant que c'est pas réglé.

Merci

Steve Bergeron
Quincaillerie Bergeron & Fils
Saint-Hyacinthe (Qc)
450 555-0163""",
     ["dispute"], rem=("overdue", ["INV-68214"], "Steve"), lang="fr", client="gmail", mode="plain",
     reasons=["quantity_short"], invoices=["INV-68214"],
     notes="Québécois ('pis', 'receiving'): 24 of 30 cases delivered, noted on the delivery slip; "
           "Québec is on daylight time (-0400) after 8 March.")

case("d4-dint-18", "Frédéric Lambert <f.lambert@installtec-group.example>", "2026-04-14 11:15 +0200",
     """Madame, Monsieur,

Concerne : votre facture INV-68226 – disjoncteurs différentiels type A

Lors du contrôle d'entrée, notre service qualité a constaté que 14 des 60 disjoncteurs
différentiels livrés sont défectueux : ils ne déclenchent pas au test de 30 mA et ne peuvent
donc en aucun cas être installés. Le rapport de contrôle n° QC-26-0412 est joint au présent
courriel.

Nous bloquons le paiement de la facture jusqu'au remplacement des pièces non conformes ou à la
réception d'une note de crédit correspondante.

Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Frédéric Lambert
Responsable Achats
Groupe Installtec SA
Rue de l'Industrie 41, 4000 Liège
Tél. +32 4 255 61 30

""" + DISCLAIMER_FR,
     ["dispute"], rem=("overdue", ["INV-68226"], "Frédéric"), lang="fr", client="outlook",
     attachments=[("Rapport_QC-26-0412.pdf", "application/pdf", fake_pdf("rapport QC 68226"))],
     reasons=["damaged_defective"], invoices=["INV-68226"],
     notes="Belgian formal letter ('Concerne :'): breakers that fail the trip test at goods-in, "
           "defective rather than transit damage; payment blocked.")

case("d4-dint-19", "Clémence Roux <contact@atelier-des-savons.example>", "2026-05-11 16:05 +0200",
     """Bonjour,

Je me permets de revenir vers vous au sujet de la facture 68233. Le colis n'a jamais été reçu :
le suivi du transporteur indique « livré » le 28 avril, mais personne ici ne l'a réceptionné et
nous n'avons aucun bon signé. Nous sommes une petite structure, il y a toujours quelqu'un à
l'atelier.

Pourriez-vous nous transmettre la preuve de livraison avec la signature du destinataire ? En
attendant, nous ne pouvons pas régler cette facture.

Merci par avance,
Clémence Roux
Gérante – L'Atelier des Savons
Uzès (30)""",
     ["dispute", "invoice_request"], rem=("overdue", ["INV-68233"], "Clémence"), lang="fr",
     client="gmail",
     reasons=["not_received"], invoices=["INV-68233"],
     notes="Small French workshop: 'colis jamais reçu' although tracking says delivered, plus a "
           "request for the signed proof of delivery (invoice_request).")

case("d4-dint-20", "Comptabilité fournisseurs <compta.fournisseurs@depot-pradel.example>",
     "2026-06-17 09:30 +0200",
     """Bonjour,

Votre relance concerne la facture 68247, or cette livraison nous a été facturée deux fois : elle
reprend exactement la commande n° CDE-26-0518 et le BL 33104, déjà facturés sur la 68241 pour le
même montant de 2 316,00 €.

La 68241 a été réglée par virement le 29 mai (référence VIR-0529-DPS, copie jointe). Nous vous
remercions d'annuler la 68247 par un avoir.

Bien cordialement,
Service comptabilité fournisseurs
Dépôt Pradel Sud SAS
Toulouse""",
     ["dispute", "payment_sent"], rem=("overdue", ["INV-68247"]), lang="fr", client="outlook",
     attachments=[("avis_virement_29052026.pdf", "application/pdf", fake_pdf("virement 68241"))],
     reasons=["duplicate_billing"], invoices=["INV-68241", "INV-68247"],
     notes="'Facturée deux fois': the reminded invoice duplicates one already paid by transfer; "
           "dispute on 68247, payment_sent for 68241.")

case("d4-dint-21", "Comptabilité fournisseurs <creanciers@hp-eauxvives.example>", "2026-07-08 10:40 +0200",
     """Madame, Monsieur,

Nous vous retournons la facture citée en objet, qui ne peut pas être traitée par notre
comptabilité fournisseurs pour le motif suivant :

Numéro de commande manquant. Conformément à nos conditions générales d'achat, chaque facture
doit mentionner notre numéro de commande (format 45xxxxxxxx) ainsi que le numéro du bulletin de
livraison correspondant.

Merci de nous adresser une facture complétée via notre portail fournisseurs. La facture
d'origine est annulée dans notre système.

Meilleures salutations,

Comptabilité fournisseurs
Hôpital privé des Eaux-Vives SA
Genève""",
     ["dispute"], rem=("overdue", ["INV-68252"]), lang="fr", client="outlook", mode="html",
     subject="Facture INV-68252 retournée – numéro de commande manquant",
     reasons=["missing_po_or_docs"], invoices=["INV-68252"],
     notes="Swiss private hospital returns an invoice lacking the PO number; the invoice is named "
           "only in the subject. Re-submission is the remedy, so dispute alone.")

case("d4-dint-22", "Johan Payet <j.payet@reunion-froid.example>", "2026-08-27 14:10 +0400",
     """Bonjour,

Concernant votre facture n° 68265 : vous nous avez facturé la TVA à 20 %, or notre société est
établie à La Réunion. Les livraisons de biens expédiées depuis votre entrepôt de Lyon vers un DOM
sont exonérées de TVA (elles sont traitées comme des exportations) ; c'est nous qui acquittons
l'octroi de mer et la TVA locale à 8,5 % lors du dédouanement au Port.

Nous ne pouvons donc pas payer la TVA portée sur cette facture. Merci de nous adresser un avoir et
une facture rectifiée hors taxes, avec la mention d'exonération.

Cordialement,

Johan Payet
Responsable administratif et financier
Réunion Froid Industrie SARL
Le Port – La Réunion""",
     ["dispute"], rem=("overdue", ["INV-68265"], "Johan"), lang="fr", client="thunderbird",
     reasons=["tax"], invoices=["INV-68265"],
     notes="La Réunion (+0400): metropolitan 20% TVA charged on a shipment to an overseas "
           "department, which is exempt; the avoir here corrects tax, so reason tax.")

case("d4-dint-23", "Nadia Benali <n.benali@nordlog-services.example>", "2026-09-09 11:20 +0200",
     """Bonjour Monsieur,

Suite à votre relance concernant la facture 68278, je vous rappelle que nous attendons toujours
l'avoir pour le retour des 10 tablettes durcies renvoyées le 17 juillet (numéro de retour
RMA-4471, accord de votre service client par mail du 10 juillet). Le colis a été réceptionné chez
vous le 21 juillet selon le suivi.

L'avoir est toujours en attente et la facture ne peut pas être soldée en l'état. Dès réception
de l'avoir, nous réglerons le solde.

Bien cordialement,
Nadia Benali
Comptabilité fournisseurs
Nordlog Services SAS - Lille""",
     ["dispute"], rem=("overdue", ["INV-68278"], "Nadia"), lang="fr", client="outlook_old",
     mode="plain", charset="iso-8859-15", cte="quoted-printable",
     reasons=["returns_credit"], invoices=["INV-68278"],
     notes="'Avoir toujours en attente' for goods returned under an RMA; paying the balance after "
           "the credit is conditional and undated. ISO-8859-15 quoted-printable.")

case("d4-dint-24", "Youssef El Amrani <y.elamrani@atlas-textile.example>", "2026-09-29 10:05 +0100",
     """Bonjour,

Nous accusons réception de votre relance relative à la facture INV-68284 (maintenance préventive
semestrielle des compresseurs – site de Tanger).

Nous tenons à vous informer que cette prestation n'a pas été réalisée conformément au contrat.
Le technicien ne s'est présenté que le premier jour sur les trois prévus, seuls deux compresseurs
sur cinq ont été révisés et aucun rapport d'intervention ne nous a été remis.

Par conséquent, nous ne pouvons pas valider cette facture en l'état. Nous vous prions de bien
vouloir programmer l'achèvement de l'intervention dans les meilleurs délais.

Veuillez agréer, Monsieur, nos salutations distinguées.

Youssef El Amrani
Chef du service Comptabilité
Atlas Textile Industries SA
Zone franche de Tanger – Maroc""",
     ["dispute"], rem=("second", ["INV-68284"], "Youssef"), lang="fr", client="outlook",
     reasons=["service_issue"], invoices=["INV-68284"],
     notes="Moroccan formal French: maintenance only partly carried out, no service report; "
           "service_issue. The missing report is part of the incomplete service, not a request.")

case("d4-dint-25", "Sophie Marchand <s.marchand@marchand-architectes.example>", "2026-10-23 17:40 +0200",
     """Bonjour,

Je ne comprends pas cette relance. Nous n'avons jamais passé cette commande : personne chez nous
ne connaît le « M. Dubreuil » indiqué comme demandeur sur la facture 68296, et nous n'achetons
pas ce type de matériel (rayonnages industriels), nous sommes un cabinet d'architectes de six
personnes.

Merci de vérifier de votre côté et de retirer cette facture de notre compte.

Cordialement,
Sophie Marchand
Cabinet Marchand Architectes
Annecy""",
     ["dispute"], rem=("overdue", ["INV-68296"], "Sophie"), lang="fr", client="apple", mode="plain",
     reasons=["other"], invoices=["INV-68296"],
     notes="'Nous n'avons jamais passé cette commande': an order the customer never placed, by an "
           "unknown requester; contested on grounds other than price, goods or documents: 'other'.")

case("d4-dint-26", "CSP Finance - Comptabilité Fournisseurs <csp.fournisseurs@valliere-industries.example>",
     "2026-11-17 09:00 +0100",
     """Bonjour,

Votre facture INV-68303 est actuellement bloquée dans notre outil de rapprochement
(commande / réception / facture) pour les écarts suivants :

Poste 10 – Roulements 6205-2RS
  Quantité commandée / réceptionnée : 400 / 360 – quantité facturée : 400
  Prix commandé : 2,35 € HT – prix facturé : 2,71 € HT

Nous ne pouvons payer que les quantités réceptionnées au prix de la commande. Merci de nous
adresser un avoir pour l'écart de quantité et l'écart de prix, ou une facture corrigée.

Cordialement,

Centre de Services Partagés Finance – Comptabilité Fournisseurs
Groupe Vallière Industries
Site de Villeneuve-d'Ascq
Merci de rappeler le numéro de facture dans toute correspondance.""",
     ["dispute"], rem=("overdue", ["INV-68303"]), lang="fr", client="outlook", mode="html",
     reasons=["pricing", "quantity_short"], invoices=["INV-68303"],
     notes="French shared-service centre, three-way-match block: 360 of 400 received and a unit "
           "price above the order; both reasons.")

case("d4-dint-27", "Marie-Ève Gauthier <comptespayables@ceramiques-boreal.example>", "2026-12-03 10:30 -0500",
     """Bonjour Mme Tremblay,

Suite à votre relance, je dois vous signaler deux problèmes :

- Facture 68318 : la palette de carreaux de céramique est arrivée endommagée, la pellicule
  déchirée et 8 boîtes cassées. On l'a noté sur le connaissement avec le chauffeur.
- Facture 68322 : la livraison pour notre magasin de Lévis n'est jamais arrivée. Le magasin n'a
  rien reçu et le transporteur n'a aucune trace de la livraison.

On ne peut pas payer ces deux factures telles quelles. Merci de nous revenir avec une solution
(réexpédition ou note de crédit).

Bonne journée,
Marie-Ève Gauthier
Comptes payables
Céramiques Boréal inc.
Québec (Qc)""",
     ["dispute"], rem=("overdue", ["INV-68318", "INV-68322"], "Marie-Ève"), lang="fr", client="outlook",
     reasons=["damaged_defective", "not_received"], invoices=["INV-68318", "INV-68322"],
     notes="Québec: goods arrived broken on one invoice, a whole delivery never arrived on the "
           "other; one reason per invoice, both recorded.")

case("d4-dint-28", "Bureau des fournisseurs <daf.fournisseurs@ch-montargis-gatinais.example>",
     "2026-03-04 15:15 +0100",
     """Madame, Monsieur,

La facture n° INV-68327 déposée sur Chorus Pro a été rejetée par nos services pour les motifs
suivants :

1. Absence du numéro d'engagement juridique : toute facture adressée au Centre hospitalier doit
   obligatoirement comporter le numéro d'engagement figurant sur le bon de commande (ici
   EJ 2026-001873), ainsi que le code service exécutant.
2. Erreur sur la TVA : le taux de 20 % a été appliqué au montant TTC au lieu du montant HT, ce qui
   conduit à un montant de TVA erroné (1 094,40 € au lieu de 912,00 €).

Nous vous invitons à déposer une nouvelle facture rectifiée sur Chorus Pro. Aucun paiement ne
pourra intervenir sur la facture rejetée.

Cordialement,

Bureau des fournisseurs – Direction des Affaires Financières
Centre Hospitalier de Montargis-Gâtinais
Tél. 02 38 55 40 12""",
     ["dispute"], rem=("second", ["INV-68327"]), lang="fr", client="outlook_old",
     charset="windows-1252", cte="quoted-printable",
     reasons=["missing_po_or_docs", "tax"], invoices=["INV-68327"],
     notes="French public hospital rejects a Chorus Pro invoice without the commitment number (the "
           "public-sector PO) and with a miscalculated TVA; both reasons.")

case("d4-dint-29", "Laurent Schmit <laurent.schmit@luxlogix.example>", "2026-06-02 10:10 +0200",
     """Bonjour,

Nous avons bien reçu votre relance concernant la facture 68339 (4 598,40 €).

Nous ne sommes pas d'accord sur le poste « frais de transport express » de 286,40 € : la commande
a été passée en livraison standard, franco de port selon notre accord-cadre. Cet écart reste
bloqué de notre côté en attendant un avoir.

En revanche, le montant non contesté, soit 4 312,00 €, sera viré le 30 juin au plus tard.

Meilleures salutations,
Laurent Schmit
Finance & Controlling
Luxlogix S.à r.l.
Bertrange – Luxembourg""",
     ["dispute", "promise_to_pay"], rem=("overdue", ["INV-68339"], "Laurent"), lang="fr",
     client="outlook",
     reasons=["pricing"], invoices=["INV-68339"],
     promises=[P("4312.00", "EUR", "2026-06-30", ["INV-68339"])],
     notes="Luxembourg: an express freight charge contrary to the carriage-paid agreement is "
           "contested (pricing); the undisputed 4 312,00 € is promised by 30 June.")

case("d4-dint-30", "Valérie Rochat <v.rochat@imprimerie-leman.example>", "2026-01-21 09:45 +0100",
     """Bonjour Madame,

Nous contestons la facture 68345 de CHF 1'850.00, intitulée « frais de résiliation anticipée ».
Selon l'article 7 de notre contrat de location de l'imprimante de production, le contrat peut
être résilié sans frais à l'issue de la période minimale de 24 mois. Le contrat a débuté le
1er novembre 2023 et nous l'avons résilié par courrier recommandé pour le 31 décembre 2025, soit
après 26 mois. Aucun frais n'est donc dû.

Par ailleurs, pourriez-vous nous faire parvenir un relevé de compte à jour ? Nous souhaitons
vérifier qu'aucun loyer n'a été facturé après le 31 décembre.

Avec nos meilleures salutations,

Valérie Rochat
Responsable administrative
Imprimerie du Léman SA
Lausanne""",
     ["dispute", "invoice_request"], rem=("overdue", ["INV-68345"], "Valérie"), lang="fr",
     client="thunderbird",
     reasons=["other"], invoices=["INV-68345"],
     notes="Swiss French: an early-termination fee the lease contract does not allow (contract "
           "terms, 'other'), plus a request for an updated statement of account.")

# ==== German =================================================================================

case("d4-dint-31", "Kreditorenbuchhaltung Nordhafen <kreditoren@nordhafen-ssc.example>",
     "2026-02-18 07:55 +0100",
     """Sehr geehrte Damen und Herren,

die o. g. Rechnung wurde bei der Rechnungsprüfung aufgrund einer Preisdifferenz gesperrt.

Bestellung: 4500871123, Position 20
Material: Schutzhandschuhe Nitril, Gr. 9 (Karton à 100 Paar)
Bestellpreis: 38,20 EUR / Karton
Rechnungspreis: 41,90 EUR / Karton
Menge: 150 Kartons
Differenz: 555,00 EUR netto

Bitte senden Sie uns eine Gutschrift über die Preisdifferenz oder stellen Sie die Rechnung zum
Bestellpreis neu aus. Ohne Korrektur kann die Rechnung nicht freigegeben werden.

Mit freundlichen Grüßen

Ihr Team Kreditorenbuchhaltung
Nordhafen Chemie Shared Services GmbH
Rechnungsprüfung Standort Magdeburg
Bitte geben Sie bei Rückfragen immer die Rechnungsnummer an.

""" + DISCLAIMER_DE,
     ["dispute"], rem=("overdue", ["INV-68402"]), lang="de", client="outlook", mode="html",
     subject="Rechnungssperre INV-68402 – Preisdifferenz zur Bestellung 4500871123",
     reasons=["pricing"], invoices=["INV-68402"],
     notes="German shared-service block notice: 'Preisdifferenz' between order and invoice price; "
           "the Gutschrift is the price correction, not a return credit. Invoice only in the subject.")

case("d4-dint-32", "Jürgen Obermeier <j.obermeier@obermeier-foerdertechnik.example>", "2026-05-12 11:30 +0200",
     """Guten Tag Frau Schneider,

zu Ihrer Zahlungserinnerung über die Rechnung 68409:

Bei der Lieferung vom 22.04. hatten wir eine Mindermenge. Berechnet sind 12 Rollen Gummimatte
10 mm, angekommen sind 9. Das hat unser Lager gleich auf dem Lieferschein vermerkt und vom Fahrer
gegenzeichnen lassen. Die 3 fehlenden Rollen (3 x 284,40 € = 853,20 €) beanstanden wir.

Den unstrittigen Betrag von 2.559,60 € überweisen wir bis zum 20.05.2026. Für den Rest erwarten
wir eine Gutschrift oder die Nachlieferung.

Freundliche Grüße

Jürgen Obermeier
Kaufmännischer Leiter
Obermeier Fördertechnik GmbH
Landshut""",
     ["dispute", "promise_to_pay"], rem=("overdue", ["INV-68409"], "Jürgen"), lang="de",
     client="outlook",
     reasons=["quantity_short"], invoices=["INV-68409"],
     promises=[P("2559.60", "EUR", "2026-05-20", ["INV-68409"])],
     notes="'Mindermenge' of 3 of 12 rolls is contested; the undisputed 2.559,60 € is promised "
           "by 20.05.2026, so dispute plus a partial promise.")

case("d4-dint-33", "Ing. Michael Auer <m.auer@donau-logistikcenter.example>", "2026-06-18 14:20 +0200",
     """Sehr geehrte Damen und Herren,

wir beanstanden die mit Rechnung INV-68413 verrechneten 40 Stück LED-Hallenstrahler 150 W. Nach
der Montage in unserer neuen Lagerhalle in Wiener Neudorf sind innerhalb von zwei Wochen
11 Leuchten ausgefallen, weitere flackern. Unser Elektriker hat einen Defekt der Treiber
festgestellt; das Prüfprotokoll legen wir bei.

Wir ersuchen um Austausch der defekten Leuchten bzw. um eine entsprechende Gutschrift. Bis zur
Klärung halten wir die Zahlung zurück.

Mit freundlichen Grüßen

Ing. Michael Auer
Technischer Einkauf
Donau Logistik Center GmbH
2351 Wiener Neudorf""",
     ["dispute"], rem=("overdue", ["INV-68413"], "Michael"), lang="de", client="outlook",
     attachments=[("Pruefprotokoll_LED.pdf", "application/pdf", fake_pdf("Pruefprotokoll 68413"))],
     reasons=["damaged_defective"], invoices=["INV-68413"],
     notes="Austrian 'beanstanden', 'verrechnet', 'ersuchen': lamps failing after installation, a "
           "product defect; payment withheld.")

case("d4-dint-34", "Reto Wyss <reto.wyss@wyss-holzbau.example>", "2026-07-21 09:05 +0200",
     """Grüezi Frau Huber

Die Ware zur Rechnung 68418 (4 Gitterboxen Befestigungsmaterial, Auftrag 26-1187) wurde nicht
geliefert. Bei uns im Wareneingang ist nichts eingetroffen, und auch unser Werk in Sursee hat
nichts erhalten.

Können Sie uns bitte den Lieferschein mit der Empfangsunterschrift bzw. den Zustellnachweis des
Spediteurs zustellen? Dann können wir intern abklären, wo die Ware gelandet ist. Bis dahin
bleibt die Rechnung offen.

Freundliche Grüsse

Reto Wyss
Leiter Logistik
Wyss Holzbau AG
Sempach""",
     ["dispute", "invoice_request"], rem=("overdue", ["INV-68418"], "Reto"), lang="de", client="gmail",
     reasons=["not_received"], invoices=["INV-68418"],
     notes="Swiss 'nicht geliefert' plus a request for the signed delivery note / carrier's proof "
           "of delivery, an existing document.")

case("d4-dint-35", "Sandra Kowalczyk <buchhaltung@kowalczyk-sanitaer.example>", "2026-08-10 10:40 +0200",
     """Hallo Herr Braun,

in Ihrer Aufstellung der offenen Posten ist uns aufgefallen, dass die Lieferung vom 09.07.
(Lieferschein 80-22817) doppelt berechnet wurde: einmal einzeln mit Rechnung 68427 und zusätzlich
nochmal in der Monatssammelrechnung 68424 als Position 7 (512,30 €).

Bitte schreiben Sie uns die Position 7 aus der Sammelrechnung gut oder stornieren Sie die 68427.
Die restlichen Positionen der Sammelrechnung sind in Ordnung.

Viele Grüße
Sandra Kowalczyk
Buchhaltung
Kowalczyk Sanitär & Heizung GmbH
Dortmund""",
     ["dispute"], rem=("statement", ["INV-68424", "INV-68427"], "Sandra"), lang="de",
     client="thunderbird", mode="plain",
     reasons=["duplicate_billing"], invoices=["INV-68424", "INV-68427"],
     notes="'Doppelt berechnet': one delivery on both a single invoice and a monthly summary "
           "invoice; nothing is said to be paid, so dispute only.")

case("d4-dint-36", "Kerstin Möller <k.moeller@brandt-gruppe.example>", "2026-09-22 08:35 +0200",
     """Guten Morgen,

die Rechnung 68431 können wir so nicht bearbeiten, die Bestellnummer fehlt. Seit 01.09. läuft
bei uns alles über das neue Rechnungseingangssystem, und Rechnungen ohne Bestellnummer (Format
BE-26-xxxxx) werden automatisch abgelehnt. Ihre Bestellung hatte die Nummer BE-26-04412.

Bitte stellen Sie die Rechnung mit der Bestellnummer neu aus und schicken Sie sie – wie künftig
alle Rechnungen und Mahnungen – nur noch an rechnungseingang@brandt-gruppe.example. Mein
Postfach wird ab Oktober nicht mehr für Rechnungen genutzt.

Danke und Gruß
Kerstin Möller
Finanzbuchhaltung
Brandt Gruppe Verwaltungs GmbH & Co. KG
Kassel""",
     ["dispute", "contact_change"], rem=("overdue", ["INV-68431"], "Kerstin"), lang="de",
     client="outlook",
     reasons=["missing_po_or_docs"], invoices=["INV-68431"], contact="rechnungseingang@brandt-gruppe.example",
     notes="'Bestellnummer fehlt' (re-issue with PO) plus a standing redirect of all invoices and "
           "reminders to a new mailbox: contact_change with that address.")

case("d4-dint-37", "Sibylle Graf <s.graf@graf-medizintechnik.example>", "2026-10-08 15:10 +0200",
     """Guten Tag

Auf Ihrer Rechnung 68436 ist deutsche Mehrwertsteuer von 19 % ausgewiesen (EUR 1'168.50). Die
Ware wurde aber aus Ihrem Lager in Freiburg i. Br. zu uns in die Schweiz geliefert, das ist eine
steuerfreie Ausfuhrlieferung. Die Schweizer Einfuhrsteuer haben wir bei der Verzollung in Basel
bereits bezahlt, die Ausfuhrbestätigung liegt Ihrem Spediteur vor.

Wir bezahlen die Mehrwertsteuer nicht doppelt. Bitte stornieren Sie die Rechnung und stellen Sie
sie ohne MwSt. mit dem Hinweis auf die steuerfreie Ausfuhr neu aus.

Freundliche Grüsse

Sibylle Graf
Finanzen & Administration
Graf Medizintechnik AG
Muttenz BL""",
     ["dispute"], rem=("overdue", ["INV-68436"], "Sibylle"), lang="de", client="outlook",
     reasons=["tax"], invoices=["INV-68436"],
     notes="Swiss customer: German 'Mehrwertsteuer' charged on an export delivery already taxed on "
           "import; 'bereits bezahlt' refers to the import tax, not to our invoice, so no payment_sent.")

case("d4-dint-38", "Thomas Fuchs <info@fuchs-fliesen.example>", "2026-11-13 16:45 +0100",
     """Hallo Herr Neumann,

kurze Info zur Rechnung 68440: Die 5 Kartons Fliesenkleber, die falsch geliefert wurden, haben
wir Ende Oktober an Sie zurückgeschickt (Retourenschein R-3318, Abholung durch GLS am 27.10.).
Die Gutschrift steht noch aus, deshalb haben wir die Rechnung noch nicht bezahlt.

Bitte schicken Sie uns die Gutschrift, dann überweisen wir den Rest.

Gruß
Thomas Fuchs
Fuchs Fliesen & Naturstein
Würzburg""" + IPHONE_DE,
     ["dispute"], rem=("overdue", ["INV-68440"], "Thomas"), lang="de", client="apple", mode="plain",
     reasons=["returns_credit"], invoices=["INV-68440"],
     notes="Small tiler, mobile: 'Gutschrift steht noch aus' for goods sent back; paying the rest "
           "after the credit is conditional and undated, so no promise.")

case("d4-dint-39", "Birgit Steindl <b.steindl@hv-steindl.example>", "2026-12-09 09:20 +0100",
     """Sehr geehrte Damen und Herren,

mit Rechnung INV-68445 verrechnen Sie uns die Jahreswartung der Brandmeldeanlage für das Objekt
Hietzinger Hauptstraße 22. Diese Leistung wurde nicht erbracht: Der vereinbarte Termin am 25.11.
wurde von Ihrer Seite kurzfristig abgesagt, ein Ersatztermin wurde uns bis heute nicht
angeboten. Ein Wartungsprotokoll liegt folglich auch nicht vor.

Wir ersuchen daher um Stornierung der Rechnung. Eine neue Rechnung kann nach tatsächlich
durchgeführter Wartung gelegt werden.

Mit freundlichen Grüßen

Mag. (FH) Birgit Steindl
Hausverwaltung Steindl & Partner GmbH
1130 Wien""",
     ["dispute"], rem=("second", ["INV-68445"], "Birgit"), lang="de", client="outlook_old",
     reasons=["service_issue"], invoices=["INV-68445"],
     notes="Viennese property manager: 'Leistung nicht erbracht', a maintenance visit cancelled by "
           "us and never rescheduled but billed; service_issue.")

case("d4-dint-40", "Dr. Henrike Vollmer <h.vollmer@vollmer-praezision.example>", "2026-01-27 10:15 +0100",
     """Sehr geehrte Damen und Herren,

gegen Ihre Rechnung Nr. 68451 vom 02.01.2026 über die Verlängerung des Servicevertrags
SV-2023-114 für das Jahr 2026 legen wir hiermit Widerspruch ein.

Wir haben den Vertrag mit Schreiben vom 15.09.2025 fristgerecht zum 31.12.2025 gekündigt. Nach
§ 9 Abs. 2 des Vertrages beträgt die Kündigungsfrist drei Monate zum Jahresende; die Kündigung
ist Ihnen ausweislich des Einschreiben-Rückscheins am 17.09.2025 zugegangen.

Der Vertrag ist somit beendet, eine Vergütung für 2026 schulden wir nicht. Wir fordern Sie auf,
die Rechnung zu stornieren.

Mit freundlichen Grüßen

ppa. Dr. Henrike Vollmer
Leiterin Recht & Finanzen
Vollmer Präzisionsteile GmbH
Heilbronn

""" + DISCLAIMER_DE,
     ["dispute"], rem=("overdue", ["INV-68451"], "Henrike"), lang="de", client="outlook",
     reasons=["other"], invoices=["INV-68451"],
     notes="Formal 'Widerspruch' against a contract renewal billed after timely termination: "
           "contract terms, reason 'other'; no lawyer or stop request, so not cease_or_legal.")

case("d4-dint-41", "Wareneingang Hofbauer <lager@hofbauer-winterdienst.example>", "2026-03-02 07:20 +0100",
     """Grüß Gott,

zur Lieferung Rechnung 68456: Es sind nur 18 statt 20 Paletten Streusalz eingelangt, 2 Paletten
fehlen. Von den 18 sind außerdem 3 Paletten durchnässt und die Säcke aufgerissen, das Salz ist
verklumpt und nicht mehr verwendbar. Ist am Lieferschein vermerkt, Fotos anbei.

Bitte um Gutschrift für 5 Paletten oder Nachlieferung.

MfG
Wareneingang
Hofbauer Winterdienst GmbH / Lager Freistadt""",
     ["dispute"], rem=("overdue", ["INV-68456"]), lang="de", client="thunderbird", mode="plain",
     attachments=[("Fotos_Streusalz.pdf", "application/pdf", fake_pdf("Fotos Streusalz 68456"))],
     reasons=["damaged_defective", "quantity_short"], invoices=["INV-68456"],
     notes="Austrian warehouse note ('eingelangt'): 2 of 20 pallets short and 3 soaked and "
           "unusable; both reasons.")

case("d4-dint-42", "Andrea Kessler <a.kessler@kessler-baumaschinen.example>", "2026-04-22 13:50 +0200",
     """Guten Tag Herr Lange,

zu den drei Rechnungen aus Ihrer Erinnerung:

1. Die 68465 ist doppelt berechnet. Es ist dieselbe Lieferung wie auf der 68462 (gleicher
   Lieferschein 4471098, gleiche Positionen, 1.947,60 €). Die 68462 ist in Ordnung, die 68465
   bitte stornieren.
2. Die Ware zur 68468 (Hydraulikschläuche, Bestellung vom 02.04.) wurde nicht geliefert. Unser
   Lager hat keinen Wareneingang dazu, bitte prüfen Sie das mit Ihrer Spedition.

Mit freundlichen Grüßen
Andrea Kessler
Kreditorenbuchhaltung
Kessler Baumaschinen GmbH
Ulm""",
     ["dispute"], rem=("overdue", ["INV-68462", "INV-68465", "INV-68468"], "Andrea"), lang="de",
     client="outlook", charset="windows-1252", cte="quoted-printable",
     reasons=["duplicate_billing", "not_received"], invoices=["INV-68462", "INV-68465", "INV-68468"],
     notes="One invoice duplicates another (the original is accepted, with no payment or date "
           "stated) and a third covers goods never delivered; both reasons.")

case("d4-dint-43", "Monika Zürcher <m.zuercher@elektro-zuercher.example>", "2026-05-26 10:25 +0200",
     """Grüezi Herr Baumann

Zur Rechnung 68473 haben wir zwei Einwände:

- Die Preise für die Kabelkanäle entsprechen nicht unserer Konditionsvereinbarung 2026.
  Vereinbart sind CHF 14.60 pro Laufmeter, verrechnet wurden CHF 17.20.
- Die 20 Verteilerdosen, die wir am 30. April retourniert haben (Retourennummer RT-26-0877),
  sind auf der Rechnung immer noch voll enthalten. Die Gutschrift dafür haben wir nie erhalten.

Bitte senden Sie uns eine bereinigte Rechnung. Bis dahin können wir sie nicht zur Zahlung
freigeben.

Freundliche Grüsse
Monika Zürcher
Kreditorenbuchhaltung
Elektro Zürcher AG
Thun""",
     ["dispute"], rem=("overdue", ["INV-68473"], "Monika"), lang="de", client="gmail",
     reasons=["pricing", "returns_credit"], invoices=["INV-68473"],
     notes="Swiss: prices above the agreed conditions and returned goods still billed without a "
           "credit; both reasons on one invoice.")

case("d4-dint-44", "Daniel Schäfer <d.schaefer@schaefer-getraenke.example>", "2026-07-29 15:35 +0200",
     """Hallo zusammen,

die INV-68478 haben wir gestern überwiesen, 1.320,00 €, Verwendungszweck ist die Rechnungsnummer.

Die INV-68481 zahlen wir vorerst nicht. Die Software-Schulung für unser Lagerteam am 14.07. ist
nach der Hälfte abgebrochen worden, weil Ihr Trainer keinen Zugang zum Testsystem hatte. Der
zweite Teil wurde trotz zweimaliger Nachfrage nie nachgeholt, berechnet ist aber der volle
Schulungstag.

Bitte melden Sie sich wegen eines Nachholtermins oder schicken Sie eine Gutschrift für den
halben Tag.

Grüße
Daniel Schäfer
Teamleiter Logistik
Schäfer Getränkevertrieb GmbH & Co. KG
Bamberg""",
     ["dispute", "payment_sent"], rem=("overdue", ["INV-68478", "INV-68481"], "Daniel"), lang="de",
     client="gmail", mode="plain",
     reasons=["service_issue"], invoices=["INV-68478", "INV-68481"],
     notes="One invoice paid by transfer yesterday (payment_sent); a training day broken off half "
           "way and billed in full holds the other (service_issue).")

case("d4-dint-45", "Holger Brückner <h.brueckner@brueckner-verpackungen.example>", "2026-09-11 12:00 +0200",
     """Sehr geehrte Damen und Herren,

Ihre Zahlungserinnerung zur Rechnung INV-68487 weisen wir zurück. Wir haben bei Ihnen keine
Bestellung aufgegeben. Der auf der Rechnung genannte Besteller „Herr Kraus“ ist bei uns nicht
beschäftigt, und die angegebene Lieferadresse in Offenbach gehört nicht zu unserem Unternehmen.
Wir vermuten einen Betrugsversuch durch Dritte unter unserem Namen.

Bitte stornieren Sie die Rechnung. Für Rückfragen steht Ihnen der Unterzeichner gerne zur
Verfügung.

Mit freundlichen Grüßen

Holger Brückner
Leiter Finanz- und Rechnungswesen
Brückner Verpackungen GmbH
Hanau""",
     ["dispute"], rem=("final", ["INV-68487"], "Holger"), lang="de", client="outlook",
     reasons=["other"], invoices=["INV-68487"],
     notes="An order never placed, apparently by a fraudster using the customer's name: contested "
           "on grounds other than price, goods or documents, reason 'other'.")

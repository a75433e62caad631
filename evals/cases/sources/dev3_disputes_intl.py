"""dev3 topic: disputes written in Spanish and French.

AP staff outside the English-speaking world contest invoices in their own working vocabulary —
"no corresponde a lo pactado", "faltan cajas", "avoir non déduit" — and almost never use the
word for "dispute". These cases phrase every dispute reason several ways across Latin American
and European Spanish, Québécois, Swiss and European French, with local amounts and documents
(albarán, CFDI, remisión, bon de livraison, note de crédit). Some name two real problems at once,
some also promise, pay or ask for a document on another line, and some only look like
complaints: a missing invoice copy, a credit already received, damage already put right.
"""

from dev2_cases import case, IPHONE, ANDROID
from dev_cases import DISCLAIMER, DISCLAIMER_DE, DISCLAIMER_ES, DISCLAIMER_FR, P, fake_pdf

# ==== Spanish ================================================================================

# ---- single reasons ------------------------------------------------------------------------

case("d3-dsi-01", "Luz Marina Ospina <lmospina@insumos-andinos.example>", "2026-02-10 09:12 -0500",
     """Buenos días,

Revisando la factura 64103 vemos que el precio no corresponde a lo pactado. En la cotización
COT-778 que nos aprobó su asesor comercial el rollo de film stretch quedó en 38,50 USD y en la
factura viene a 44,90 USD. Son 120 rollos, la diferencia no es menor.

Les agradezco enviarnos la factura corregida para poder tramitar el pago.

Cordialmente,

Luz Marina Ospina
Analista de Cuentas por Pagar
Insumos Andinos S.A.S. - Bogotá
PBX (601) 555 2210""",
     ["dispute"], rem=("overdue", ["INV-64103"], "Luz Marina"), lang="es",
     reasons=["pricing"], invoices=["INV-64103"],
     notes="Colombian 'precio no corresponde a lo pactado' against a quotation; asks for a corrected "
           "invoice, which is the remedy of the dispute, not a document request.")

case("d3-dsi-02", "Almacén Central <almacen@distribuidora-huaman.example>", "2026-03-12 08:40 -0500",
     """Buenos días:

Con respecto a la factura INV-64118, al momento de la recepción faltan cajas. La guía de remisión
indica 36 cajas de detergente industrial y en nuestro almacén se contaron 31, el conteo lo firmó
el chofer de la transportista.

Solicitamos nota de crédito por las 5 cajas faltantes.

Atte.
Almacén Central - Distribuidora Huamán E.I.R.L.
Lima""",
     ["dispute"], rem=("overdue", ["INV-64118"]), lang="es", client="outlook_old", mode="plain",
     reasons=["quantity_short"], invoices=["INV-64118"],
     notes="Peruvian warehouse: 'faltan cajas', 31 of 36 counted against the guía de remisión.")

case("d3-dsi-03", "Martín Ledesma <mledesma@ferreteria-ledesma.example>", "2026-04-16 15:05 -0300",
     """Hola, cómo va?

Les escribo por la factura 64127. La mercadería llegó dañada: de los 24 lavatorios que vinieron,
7 tienen el esmalte saltado y 2 están directamente partidos. Les mando las fotos adjuntas y el
remito con la observación que hizo el depósito al recibir.

Hasta que no nos repongan esas piezas o nos hagan la nota de crédito, no podemos liberar el
pago.

Saludos,
Martín Ledesma
Ferretería Ledesma - Rosario""",
     ["dispute"], rem=("overdue", ["INV-64127"], "Martín"), lang="es", client="gmail",
     attachments=[("fotos_lavatorios.pdf", "application/pdf", fake_pdf("fotos lavatorios 64127"))],
     reasons=["damaged_defective"], invoices=["INV-64127"],
     notes="Argentine 'mercadería llegó dañada', 'remito'; payment held until replacement or credit.")

case("d3-dsi-04", "Nuria Castells <ncastells@castells-hosteleria.example>", "2026-05-06 11:20 +0200",
     """Hola,

Os escribo en relación con la factura INV-64139. No hemos recibido la mercancía: el pedido de
menaje para el hotel de Sitges no ha llegado nunca. He hablado con recepción y con el almacén y
nadie tiene constancia de ninguna entrega, ni albarán firmado.

Mientras no llegue el pedido no podemos dar la factura por buena.

Un saludo,

Nuria Castells
Administración - Castells Hostelería, S.L.
Tel. 93 555 41 08

""" + DISCLAIMER_ES,
     ["dispute"], rem=("overdue", ["INV-64139"], "Nuria"), lang="es",
     reasons=["not_received"], invoices=["INV-64139"],
     notes="Spain, 'os' and 'no hemos recibido la mercancía'; states no signed albarán exists but "
           "does not ask for one, so no document request.")

case("d3-dsi-05", "Francisca Rojas <frojas@agricola-losalamos.example>", "2026-06-16 10:02 -0400",
     """Estimados,

Nos llegó cobranza de la factura 64146, pero esa factura está duplicada: corresponde al mismo
despacho de la factura 64152 (misma guía de despacho 88-1123, mismo monto, misma fecha).
Nosotros registramos una sola compra.

Por favor anular una de las dos.

Saludos cordiales,
Francisca Rojas
Contabilidad - Agrícola Los Álamos SpA""",
     ["dispute"], rem=("overdue", ["INV-64146"], "Francisca"), lang="es", client="thunderbird",
     mode="plain", charset="iso-8859-1", cte="quoted-printable",
     reasons=["duplicate_billing"], invoices=["INV-64146", "INV-64152"],
     notes="Chilean winter time (-0400); 'factura duplicada' of another invoice named in the text; "
           "no payment of either is claimed, so dispute only. Latin-1 quoted-printable.")

case("d3-dsi-06", "Cuentas por Pagar <cxp@grupo-ferromex-norte.example>", "2026-07-07 13:45 -0600",
     """Buenas tardes,

Les informamos que la factura INV-64162 fue rechazada por nuestro portal de proveedores porque
falta la orden de compra. Todas las facturas deben traer el número de OC (en este caso
OC-4500-7719) en el campo de observaciones del CFDI, además del XML timbrado.

Favor de cancelar el CFDI y volver a emitirlo con la OC para que entre al ciclo de pago.

Atentamente,
Cuentas por Pagar
Grupo Ferromex Norte, S.A. de C.V.
Monterrey, N.L.""",
     ["dispute"], rem=("overdue", ["INV-64162"]), lang="es", mode="html",
     reasons=["missing_po_or_docs"], invoices=["INV-64162"],
     notes="Mexican portal rejection: 'falta la orden de compra' on the CFDI; re-issue asked for, "
           "so dispute alone.")

case("d3-dsi-07", "Rosalba Treviño <rtrevino@refacciones-trevino.example>", "2026-08-05 09:30 -0600",
     """Buen día Sr./Sra.,

La factura 64171 trae el IVA mal aplicado. Nos están trasladando IVA al 16% pero nuestra sucursal
está en Ciudad Juárez y nos corresponde el estímulo fiscal de la región fronteriza norte (8%).
Ya se los habíamos mencionado en el alta de proveedor.

Le pido que nos la refacturen con la tasa correcta.

Saludos
Rosalba Treviño
Refacciones Treviño""" + ANDROID,
     ["dispute"], rem=("overdue", ["INV-64171"], "Rosalba"), lang="es", client="outlook", mode="plain",
     reasons=["tax"], invoices=["INV-64171"],
     notes="Mexican border-zone VAT (8% vs 16%): 'IVA mal aplicado'; a re-issue request, dispute alone.")

case("d3-dsi-08", "Jaime Ortuño <jortuno@suministros-levante.example>", "2026-09-10 16:50 +0200",
     """Buenas tardes:

Les recuerdo que la factura INV-64184 tiene un abono pendiente por devolución. El 14 de julio les
devolvimos 12 bombas dosificadoras (albarán de devolución AD-3307, recogida por su agencia) y a
día de hoy no hemos recibido el abono correspondiente, 2.184,00 €.

Hasta que no lo emitan dejaremos retenido ese importe.

Un saludo,
Jaime Ortuño
Dpto. de Administración
Suministros Levante, S.A. - Valencia""",
     ["dispute"], rem=("overdue", ["INV-64184"], "Jaime"), lang="es",
     reasons=["returns_credit"], invoices=["INV-64184"],
     notes="Spain: 'abono pendiente por devolución' with the return note; 'no hemos recibido el abono' "
           "is about the credit note, not goods never delivered.")

case("d3-dsi-09", "Andrés Felipe Gaviria <agaviria@clinica-laesperanza.example>", "2026-10-06 07:55 -0500",
     """Buenos días,

La factura 64196 cobra el mantenimiento preventivo trimestral de los equipos de aire acondicionado
de la sede norte, pero el servicio no se realizó. El técnico nunca se presentó en la fecha
programada (22 de septiembre) y tampoco nos llamaron para reprogramar. El coordinador de
mantenimiento lo puede confirmar.

No vamos a pagar un servicio que no se prestó. Quedamos atentos.

Andrés Felipe Gaviria
Jefe de Compras - Clínica La Esperanza
Medellín""",
     ["dispute"], rem=("overdue", ["INV-64196"], "Andrés Felipe"), lang="es", client="gmail",
     reasons=["service_issue"], invoices=["INV-64196"],
     notes="Colombian 'el servicio no se realizó' / 'no se prestó': a service visit that never happened.")

case("d3-dsi-10", "Verónica Salas <vsalas@alimentos-delbajio.example>", "2026-11-17 12:10 -0600",
     """Hola buenas tardes,

Creo que hay una confusión con esta factura. Viene a nombre de Alimentos del Bajío, S.A. de C.V. y
con nuestro RFC, pero nosotros no hicimos ese pedido: la dirección de entrega es de una planta en
Querétaro que no es nuestra y el contacto que aparece no trabaja aquí. Me parece que es de otro
cliente suyo con nombre parecido.

¿Lo pueden revisar y darla de baja de nuestro estado de cuenta?

Gracias,
Verónica Salas""",
     ["dispute"], rem=("second", ["INV-64203"], "Verónica"), lang="es", client="apple", mode="plain",
     reasons=["other"], invoices=["INV-64203"],
     notes="Wrong customer billed: the order belongs to another client; reason 'other'. The invoice "
           "number is only in the subject.")

# ---- two reasons ---------------------------------------------------------------------------

case("d3-dsi-11", "Gerardo Villalobos <gvillalobos@abarrotes-villalobos.example>", "2026-01-27 10:25 -0600",
     """Buenos días,

Sobre la factura 64217 les comento dos cosas:

1. Faltaron 4 cajas de aceite de 1 L. Facturaron 60 y recibimos 56, viene anotado en la remisión.
2. De las que sí llegaron, 3 cajas venían aplastadas y con botellas rotas, el aceite escurrido.
   No las podemos vender.

Favor de hacernos la nota de crédito por las 7 cajas o reponerlas en el siguiente embarque.

Saludos,
Gerardo Villalobos
Abarrotes Villalobos - Guadalajara""",
     ["dispute"], rem=("overdue", ["INV-64217"], "Gerardo"), lang="es",
     reasons=["damaged_defective", "quantity_short"], invoices=["INV-64217"],
     notes="Two real problems on one invoice: 4 boxes short and 3 crushed; both reasons.")

case("d3-dsi-12", "Elena Marín Prieto <emarin@bodegas-marin.example>", "2026-03-24 12:40 +0100",
     """Buenos días,

Hemos detenido el pago de la factura INV-64225 por dos motivos:

- El precio del vino a granel no es el acordado. En la oferta de enero cerramos 1,15 €/litro y se
  ha facturado a 1,32 €/litro.
- Además han aplicado IVA al 21 % sobre el transporte y la mercancía como si fuera consumidor
  final; nosotros somos de Andorra y la operación es una exportación exenta. Les adjuntamos otra
  vez el DUA.

Necesitamos una factura rectificativa que corrija las dos cosas.

Atentamente,

Elena Marín Prieto
Responsable de Administración
Bodegas Marín""",
     ["dispute"], rem=("second", ["INV-64225"], "Elena"), lang="es",
     attachments=[("DUA_exportacion.pdf", "application/pdf", fake_pdf("DUA 64225"))],
     reasons=["pricing", "tax"], invoices=["INV-64225"],
     notes="Spain: price above the agreed offer and VAT on an exempt export; 'factura rectificativa'. "
           "Both reasons are genuinely complained about.")

# ---- several intents ------------------------------------------------------------------------

case("d3-dsi-13", "Paola Andrea Ríos <pario@logistica-sabana.example>", "2026-04-28 17:15 -0500",
     """Buenas tardes,

Respecto al recordatorio:

- La factura 64232 ya está aprobada y la pagamos este viernes por transferencia.
- La 64248 no la podemos pagar: no hemos recibido ese pedido. Son los 40 estibadores plásticos
  que iban para la bodega de Funza y allá no ha llegado nada. Ya pregunté dos veces al
  transportador y no sabe nada del despacho.

Quedo atenta.

Paola Andrea Ríos
Tesorería - Logística Sabana S.A.S.""",
     ["dispute", "promise_to_pay"], rem=("overdue", ["INV-64232", "INV-64248"], "Paola"), lang="es",
     client="gmail", mode="plain",
     reasons=["not_received"], invoices=["INV-64232", "INV-64248"],
     promises=[P(None, None, "fri", ["INV-64232"])],
     notes="Promise on one invoice for 'este viernes', goods never delivered on the other; the "
           "subject only names the account, so both invoices come from the text.")

case("d3-dsi-14", "Montserrat Puig <mpuig@grafiques-puig.example>", "2026-06-23 09:35 +0200",
     """Buenos días,

La factura INV-64259 es una factura duplicada de la INV-64251: mismo pedido (n.º 2026-0412),
mismas 5.000 unidades de cajas plegables y mismo importe, 3.870,00 €. La INV-64251 ya se la
pagamos por transferencia el pasado 5 de junio; les adjunto el justificante.

Les ruego anulen la INV-64259 y nos envíen la factura de abono.

Gracias y un saludo,
Montserrat Puig
Gràfiques Puig, S.L.""",
     ["dispute", "payment_sent"], rem=("overdue", ["INV-64259"], "Montserrat"), lang="es",
     attachments=[("justificante_transferencia.pdf", "application/pdf", fake_pdf("transferencia 64251"))],
     reasons=["duplicate_billing"], invoices=["INV-64251", "INV-64259"],
     notes="Duplicate of an invoice already paid by transfer: dispute on one, payment_sent on the "
           "other, as the conventions label it.")

# ---- look-alikes that are not disputes ------------------------------------------------------

case("d3-dsi-15", "Sofía Benítez <sbenitez@estudio-benitez.example>", "2026-07-29 14:20 -0300",
     """Hola!

Mirá, la factura 64266 no la hemos recibido nunca, por eso no figura en nuestro sistema. ¿Me la
podrás reenviar en PDF a este mail? Apenas la tenga la cargo para el próximo pago.

Gracias!
Sofi

Sofía Benítez
Administración - Estudio Benítez & Asoc.""",
     ["invoice_request"], rem=("overdue", ["INV-64266"], "Sofía"), lang="es", client="gmail", mode="plain",
     invoices=["INV-64266"],
     notes="Argentine voseo. 'No la hemos recibido' is about the invoice document, not the goods: "
           "a copy request, not a not_received dispute; 'para el próximo pago' has no date.")

case("d3-dsi-16", "Ignacio Barrena <ibarrena@talleres-barrena.example>", "2026-10-14 10:05 +0200",
     """Buenos días,

Ya nos ha llegado el abono AB-26-0915 por la devolución de los rodamientos, muchas gracias por la
rapidez.

Con ese abono aplicado, ¿me podéis confirmar qué importe nos queda pendiente exactamente de la
factura 64274? No quiero transferir de más ni de menos.

Saludos,
Ignacio Barrena
Talleres Barrena - Eibar""",
     ["balance_inquiry"], rem=("overdue", ["INV-64274"], "Ignacio"), lang="es", client="thunderbird",
     mode="plain",
     invoices=["INV-64274"],
     notes="Looks like a returns-credit complaint but the credit note has arrived; asks what remains "
           "owed after it: balance_inquiry.")

# ==== French =================================================================================

# ---- single reasons ------------------------------------------------------------------------

case("d3-dsi-17", "Camille Lefebvre <c.lefebvre@menuiserie-lefebvre.example>", "2026-01-14 10:48 +0100",
     """Bonjour,

Après vérification, le prix facturé sur la facture 64281 n'est pas conforme au devis
n° DV-2025-318 que nous avions signé en novembre : 18,40 € HT le mètre linéaire de tasseaux au
lieu de 15,90 € HT. Sur 600 ml, l'écart est de 1.500,00 € HT.

Merci de nous adresser une facture rectifiée au prix du devis.

Bien cordialement,

Camille Lefebvre
Comptabilité fournisseurs
Menuiserie Lefebvre SARL - Amiens

""" + DISCLAIMER_FR,
     ["dispute"], rem=("overdue", ["INV-64281"], "Camille"), lang="fr",
     reasons=["pricing"], invoices=["INV-64281"],
     notes="France: 'prix non conforme au devis', HT unit prices; a corrected invoice is the remedy.")

case("d3-dsi-18", "Réception marchandises <reception@quincaillerie-rochat.example>", "2026-02-19 07:35 +0100",
     """Bonjour,

Livraison incomplète pour la facture INV-64293 : sur les 12 colis annoncés sur le bulletin de
livraison, seuls 9 nous sont parvenus. Les 3 cartons de charnières manquants n'ont pas été
livrés, le chauffeur l'a noté sur le bulletin.

Nous vous prions de bien vouloir établir une note de crédit pour les articles manquants.

Avec nos meilleures salutations,
Réception marchandises
Quincaillerie Rochat SA - Yverdon-les-Bains""",
     ["dispute"], rem=("overdue", ["INV-64293"]), lang="fr", client="outlook_old", mode="plain",
     reasons=["quantity_short"], invoices=["INV-64293"],
     notes="Swiss French: 'livraison incomplète', 9 of 12 parcels; 'note de crédit' is the Swiss usage.")

case("d3-dsi-19", "Mathilde Garnier <mgarnier@boulangeries-garnier.example>", "2026-04-08 14:15 +0200",
     """Bonjour,

Concernant la facture 64306 : la marchandise est arrivée endommagée. Le four à sole a été livré
avec la porte voilée et la vitre fêlée, nous avons émis des réserves sur le bon du transporteur
(photos jointes). Il n'est pas utilisable en l'état.

Nous ne réglerons pas cette facture tant que l'appareil n'aura pas été remplacé.

Cordialement,
Mathilde Garnier
Boulangeries Garnier - Lyon""",
     ["dispute"], rem=("overdue", ["INV-64306"], "Mathilde"), lang="fr", client="gmail",
     attachments=[("reserves_livraison.pdf", "application/pdf", fake_pdf("reserves 64306"))],
     reasons=["damaged_defective"], invoices=["INV-64306"],
     notes="France: 'marchandise endommagée', reservations on the carrier's note; payment withheld.")

case("d3-dsi-20", "Geneviève Pelletier <gpelletier@pharmacie-pelletier.example>", "2026-05-19 13:30 -0400",
     """Bonjour,

Je reçois votre relance pour la facture 64318 mais nous n'avons jamais reçu cette commande-là.
Les présentoirs devaient être livrés à notre succursale de Trois-Rivières et personne là-bas
n'a rien vu arriver. J'ai vérifié avec le gérant deux fois plutôt qu'une.

Tant que c'est pas livré, on ne paiera pas.

Merci,
Geneviève Pelletier
Comptes fournisseurs - Pharmacie Pelletier inc.""",
     ["dispute"], rem=("overdue", ["INV-64318"], "Geneviève"), lang="fr",
     reasons=["not_received"], invoices=["INV-64318"],
     notes="Québécois register ('tant que c'est pas livré'); 'jamais reçu' the goods.")

case("d3-dsi-21", "Éric Gagnon <egagnon@transports-gagnon.example>", "2026-06-04 16:05 -0400",
     """Allo,

On s'est fait facturer deux fois pour la même chose : la 64327 et la 64335, c'est le même
remplacement des pneus de la remorque 14, même bon de travail BT-5520, même montant. Pouvez-vous
annuler la 64335 ?

Merci
Éric""" + IPHONE,
     ["dispute"], rem=("statement", ["INV-64327", "INV-64335"], "Éric"), lang="fr", client="apple",
     mode="plain",
     reasons=["duplicate_billing"], invoices=["INV-64327", "INV-64335"],
     notes="Québec 'Allo', 'facturer deux fois'; neither invoice is said to be paid, so dispute only.")

case("d3-dsi-22", "Service Comptabilité <compta@biocosmetiques-durand.example>", "2026-07-15 09:20 +0200",
     """Madame, Monsieur,

Votre facture n° 64340 ne peut pas être traitée par notre service : le numéro de bon de commande
est manquant. Conformément à nos conditions d'achat, toute facture doit mentionner le numéro de
bon de commande (ici BC-26-0877) ainsi que le numéro de bon de livraison.

Nous vous remercions de nous faire parvenir une facture complétée de ces mentions. Elle sera
alors mise en paiement à l'échéance habituelle.

Cordialement,
Le service Comptabilité
Biocosmétiques Durand SAS""",
     ["dispute"], rem=("overdue", ["INV-64340"]), lang="fr", mode="html",
     reasons=["missing_po_or_docs"], invoices=["INV-64340"],
     notes="'bon de commande manquant'; 'mise en paiement à l'échéance habituelle' is conditional and "
           "has no date, so not a promise.")

case("d3-dsi-23", "Luc Vermeulen <luc.vermeulen@brasserie-vermeulen.example>", "2026-08-18 11:40 +0200",
     """Bonjour,

La TVA sur la facture 64352 n'est pas correcte. Vous nous facturez 21 % de TVA belge alors qu'il
s'agit d'une livraison intracommunautaire depuis votre entrepôt de Lille : la facture doit être
établie hors TVA avec la mention « autoliquidation » et notre numéro de TVA BE 0458.221.907.

Pouvez-vous nous envoyer une note de crédit et une nouvelle facture ?

Bien à vous,
Luc Vermeulen
Brasserie Vermeulen SRL - Namur""",
     ["dispute"], rem=("overdue", ["INV-64352"], "Luc"), lang="fr", client="thunderbird",
     reasons=["tax"], invoices=["INV-64352"],
     notes="Belgian 'Bien à vous'; VAT charged on an intra-community supply (reverse charge). The VAT "
           "number is not an invoice number.")

case("d3-dsi-24", "Nathalie Bouchard <nbouchard@cliniquevet-laurentides.example>", "2026-09-22 10:10 -0400",
     """Bonjour,

On a retourné les 4 moniteurs défectueux le 28 août (autorisation de retour RMA-3391, le
transporteur a la preuve de ramassage). On attend encore la note de crédit, et la facture 64364
apparaît toujours au complet sur votre relance.

Pouvez-vous émettre le crédit ? On paiera la différence ensuite.

Nathalie Bouchard
Clinique vétérinaire des Laurentides""",
     ["dispute"], rem=("overdue", ["INV-64364"], "Nathalie"), lang="fr", client="gmail",
     reasons=["returns_credit"], invoices=["INV-64364"],
     notes="Québécois 'note de crédit' for a return already shipped back; the earlier defect was "
           "handled by the return, the open complaint is the missing credit. 'On paiera ensuite' is "
           "conditional.")

case("d3-dsi-25", "Sandrine Morel <s.morel@residence-lesglycines.example>", "2026-10-27 15:25 +0100",
     """Bonjour,

Nous avons reçu votre relance concernant la facture INV-64371 (entretien des espaces verts,
octobre). Or la prestation n'a pas été réalisée : l'équipe n'est passée qu'une seule fois sur les
quatre interventions prévues au contrat, et la taille des haies n'a pas été faite du tout.

Nous contestons donc cette facture dans son intégralité et attendons un avoir.

Cordialement,
Sandrine Morel
Directrice administrative
Résidence Les Glycines - Aix-en-Provence""",
     ["dispute"], rem=("overdue", ["INV-64371"], "Sandrine"), lang="fr", client="outlook",
     reasons=["service_issue"], invoices=["INV-64371"],
     notes="'prestation non réalisée' for contract maintenance visits; one of the few cases that "
           "uses the word 'contestons'. CET after the clocks change back.")

case("d3-dsi-26", "Pierre Dumont <p.dumont@imprimerie-dumont.example>", "2026-11-25 09:05 +0100",
     """Bonjour,

Nous constatons que votre relance ajoute à la facture 64389 une indemnité forfaitaire pour frais
de recouvrement de 40,00 € ainsi que des pénalités de retard. Nos conditions négociées prévoient
un règlement à 60 jours fin de mois, et la facture n'était donc pas en retard au moment de votre
calcul.

Merci de retirer ces frais ; le principal sera réglé selon nos conditions.

Salutations distinguées,
Pierre Dumont
Imprimerie Dumont - Liège""",
     ["dispute"], rem=("second", ["INV-64389"], "Pierre"), lang="fr", client="outlook_old",
     charset="windows-1252", cte="quoted-printable",
     reasons=["other"], invoices=["INV-64389"],
     notes="Contests late-payment fees and penalties under negotiated terms: reason 'other'. 'Selon "
           "nos conditions' names no date. Windows-1252 quoted-printable.")

# ---- two reasons ---------------------------------------------------------------------------

case("d3-dsi-27", "Marc-André Lavoie <malavoie@groupe-lavoie.example>", "2026-03-03 11:50 -0500",
     """Bonjour,

Deux problèmes avec la facture 64396 :

1) Le technicien devait faire l'inspection annuelle des 6 gicleurs et des extincteurs, mais il
est reparti après 45 minutes en disant qu'il lui manquait des pièces. L'inspection n'a jamais été
complétée et on n'a pas reçu de rapport.
2) La facture n'a aucun numéro de bon de commande. Notre système refuse toute facture sans le
no de BC (le nôtre est BC-22-6104).

SVP nous envoyer une facture corrigée une fois l'inspection terminée.

Marc-André Lavoie
Comptes payables - Groupe Lavoie""",
     ["dispute"], rem=("overdue", ["INV-64396"], "Marc-André"), lang="fr",
     reasons=["missing_po_or_docs", "service_issue"], invoices=["INV-64396"],
     notes="Québec: an inspection never completed and no PO on the invoice; both are real complaints.")

case("d3-dsi-28", "Hélène Fabre <hfabre@fabre-distribution.example>", "2026-05-27 14:35 +0200",
     """Bonjour Madame, Monsieur,

Nous relevons deux anomalies :

- la facture 64404 reprend exactement la livraison du 12 mai déjà facturée sur la 64412
  (même BL n° 51877) : nous avons été facturés deux fois ;
- l'avoir promis pour les 8 palettes consignées que nous vous avons restituées en avril n'a
  toujours pas été déduit de la 64412.

Merci d'annuler la 64404 et de nous transmettre l'avoir.

Cordialement,
Hélène Fabre
Responsable comptabilité
Fabre Distribution SAS""",
     ["dispute"], rem=("statement", ["INV-64404", "INV-64412"], "Hélène"), lang="fr",
     reasons=["duplicate_billing", "returns_credit"], invoices=["INV-64404", "INV-64412"],
     notes="France: one invoice duplicates a delivery and the other lacks the credit for returned "
           "pallets; both reasons. The BL number is a delivery note, not an invoice.")

# ---- several intents ------------------------------------------------------------------------

case("d3-dsi-29", "Isabelle Côté <icote@alimentation-cote.example>", "2026-09-02 10:40 -0400",
     """Bonjour,

Pour faire suite à votre relance : les factures 64419 et 64427 seront payées jeudi par dépôt
direct.

Par contre on retient la 64433. Le prix du sirop d'érable en vrac ne correspond pas à la
soumission que Julien nous a envoyée en juillet (6,25 $ le litre, pas 7,10 $). Envoyez-nous une
facture révisée et on la passera au prochain paiement.

Merci,
Isabelle Côté
Alimentation Côté""",
     ["dispute", "promise_to_pay"], rem=("overdue", ["INV-64419", "INV-64427", "INV-64433"], "Isabelle"),
     lang="fr", client="gmail",
     reasons=["pricing"], invoices=["INV-64419", "INV-64427", "INV-64433"],
     promises=[P(None, None, "thu", ["INV-64419", "INV-64427"])],
     notes="Québec 'soumission' and 'dépôt direct': a promise for two invoices on Thursday, a price "
           "complaint on the third; 'au prochain paiement' after a revised invoice is conditional.")

case("d3-dsi-30", "Olivier Masson <omasson@lesateliersmasson.example>", "2026-12-03 16:20 +0100",
     """Bonjour,

La facture INV-64446 porte sur 2 palettes de panneaux isolants que nous n'avons jamais reçues.
Aucune trace à notre réception, et notre magasinier affirme que rien n'a été déchargé ce jour-là.

Pouvez-vous nous transmettre la preuve de livraison (CMR ou bon de livraison signé) ? Sans elle,
nous ne pourrons pas régler.

Merci d'avance,
Olivier Masson
Les Ateliers Masson - Strasbourg""",
     ["dispute", "invoice_request"], rem=("overdue", ["INV-64446"], "Olivier"), lang="fr", mode="plain",
     reasons=["not_received"], invoices=["INV-64446"],
     notes="Goods never received plus a request for the signed proof of delivery, labelled like the "
           "existing not-received + POD cases.")

# ---- look-alikes that are not disputes ------------------------------------------------------

case("d3-dsi-31", "Julie Thibodeau <jthibodeau@garage-thibodeau.example>", "2026-07-07 09:15 -0400",
     """Bonjour,

Petite question sur la facture 64458, rien de grave : le prix des plaquettes de frein est
un peu plus élevé que la dernière fois. Est-ce que c'est votre nouvelle liste de prix 2026 ? Si
oui, pouvez-vous m'envoyer le fichier pour que je mette à jour nos fiches articles ?

La facture elle-même est correcte, elle est déjà approuvée de notre côté.

Julie Thibodeau
Garage Thibodeau""",
     ["invoice_request"], rem=("overdue", ["INV-64458"], "Julie"), lang="fr", client="outlook",
     invoices=["INV-64458"],
     notes="A price question that is explicitly not a complaint ('la facture est correcte'); it asks "
           "for the new price list, an existing document: invoice_request. 'Déjà approuvée' has no date.")

case("d3-dsi-32", "Agnès Rivière <a.riviere@cave-riviere.example>", "2026-10-14 17:05 +0200",
     """Bonjour,

Nous avons bien reçu votre avoir n° AV-26-1184 pour les bouteilles cassées, merci.

Il a été déduit et le solde de la facture 64467 a été réglé ce jour par virement SEPA.

Bonne fin de journée,
Agnès Rivière
Cave Rivière - Bordeaux""",
     ["payment_sent"], rem=("overdue", ["INV-64467"], "Agnès"), lang="fr", client="gmail", mode="plain",
     invoices=["INV-64467"],
     notes="Mentions broken bottles and a credit note, but the credit was received and the balance "
           "paid: payment_sent, no dispute.")

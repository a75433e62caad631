"""Phrase tables of the offline reader, in English, Spanish, French and German.

Each entry is a regular-expression fragment over folded text (lower-case, no accents; see
`text.fold`). Tables are data: adding a way customers say something is adding one line here,
never a new branch in the reader. Fragments are joined per table and wrapped in word
boundaries by `compile_table`.
"""

from __future__ import annotations

import re

# Commitments to pay. A clause with one of these and a date is a promise unless it is
# negated, conditional, hedged or asked as a question (tables further down).
PROMISE = {
    "en": [
        r"(?:will|'ll|shall|are going to|'re going to|am going to|'m going to|plan to|intend to|"
        r"commit to|promise to|are able to|can|expect to|are paying|'re paying|am paying)"
        r"(?: (?:\w+|\$?[\d,.]+)){0,3}? (?:pay|settle|remit|wire|transfer|clear|cover)\b",
        r"(?:will|'ll|shall|are going to|'re going to|am going to|'m going to|can) (?:\w+ ){0,2}?"
        r"(?:send|release|issue|make|process|initiate|mail|post|submit|schedule|get|run|have|put)"
        r"(?: \w+){0,3}? (?:payment|funds|wire|check|cheque|transfer|money|remittance|ach|balance|"
        r"it paid|this paid|them paid|paid|out|through)\b",
        r"(?:will|'ll|shall|is going to|are going to|should|would) (?:\w+ )?be (?:\w+ and )?(?:paid|settled|remitted|wired|executed|transmitted|"
        r"transferred|sent|released|processed|issued|initiated|cleared|mailed|deposited|in your (?:account|bank)|credited|"
        r"on its way|with you|covered|paying|included|going out|out|made)",
        r"(?:payment|funds|money|wire|transfer|check|cheque|remittance|ach|it) (?:will|'ll|is going to|should|would) "
        r"(?:\w+ )?(?:go out|be made|reach you|arrive|land|hit|clear|follow|be with you|be in|leave|post)",
        r"(?:payment|funds|wire|transfer|check|cheque|it|invoice|inv-?\d+|they) (?:is|are|goes|go|going|has been|have been|was|were) "
        r"(?:\w+ )?(?:scheduled|approved|booked|queued|set up|slated|lined up|planned|due to go out|going out|set)"
        r"(?: \w+)? (?:for|on|to|in|by)\b",
        r"(?:scheduled|approved|booked|queued|set up|planned|slated) (?:the |a |our )?(?:\w+ )?"
        r"(?:payment|transfer|wire|ach|check|cheque)",
        r"(?:on|in|into) (?:our|the|this|next) (?:\w+ )?(?:week's |weekly |next |friday |thursday )?(?:payment|check|cheque|pay|ach|wire) (?:run|batch|cycle)",
        r"(?:you(?:'ll| will| should)|you can expect to) (?:\w+ )?(?:have|receive|get|see) (?:the |your |our |a |full )?"
        r"(?:payment|funds|money|it|check|cheque|wire|transfer|remittance|balance|amount|\$|€|£|[\d])",
        r"(?:expect|look for) (?:the |our |a |full )?(?:payment|funds|transfer|wire|check|cheque|remittance)",
        r"(?:(?:we|i)(?:'ll| will)|^will) (?:get|have) (?:it|this|that|these|them|the \w+|payment|inv-?\d+|\d{5}) (?:paid|settled|out|over|sent|to you)",
        r"(?:(?:we|i)(?:'ll| will)|\bill) (?:get|have) (?:it |this |that |the )?(?:\S+ )?(?:sorted|paid|settled|squared away|taken care of)\b",
        r"(?:payment|it) (?:goes|is going|will go) out",
        r"(?:check|cheque|payment|wire|transfer|it|funds)(?: \S+){0,3} (?:goes|is going|will go) (?:in|into) the (?:mail|post)\b|(?:goes|go|will go|is going) (?:out )?(?:tomorrow|today|on (?:monday|tuesday|wednesday|thursday|friday))\b",
        r"(?:will|'ll|shall) (?:have|get) (?:\S+ ){0,3}(?:to you|over to you|across to you)\b|(?:will|'ll|shall) (?:move|send|push|put|get) (?:\S+ ){0,6}(?:over|across) to you\b",
        r"(?:will|'ll|shall|are going to|'re going to) be (?:mailing|sending|wiring|transferring|releasing|remitting|issuing|cutting|moving|initiating) (?:you )?(?:a|the|our|your|\$|€|£|\d|payment|funds|it|this)",
        r"(?:goes|go|going|will go) (?:out )?(?:on )?(?:mon|tue|tues|wed|thu|thur|thurs|fri|next (?:wk|week)|this week)\b",
        r"(?:i|we)(?:'ve| have) (?:\w+ )?(?:scheduled|set|booked|queued|lined) (?:up )?(?:it|this|that|them|the payment|payment|inv-?\d+|\d{5})? ?(?:up )?(?:for|on)\b",
        r"(?:\$|€|£|usd |eur |gbp |cad )?\d[\d,.]*(?: \w+)? (?:is|are|will be) (?:now |all )?(?:scheduled|set|booked|queued|slated|lined up|planned) (?:for|on)\b",
        r"(?:it|this|that|inv-?\d+|\d{5})'s (?:now |all )?(?:scheduled|approved|booked|queued|set up|slated|lined up|planned|set) (?:for|on|in)\b",
        r"(?:we|i) can do (?:\$|€|£|usd|eur|gbp|cad)? ?\d",
        r"(?:is|are) being (?:paid|sent|wired|transferred|released|processed) (?:by|via|on|this|next)\b",
        r"(?:will|'ll|shall) (?:send|pay|wire|transfer|remit|mail) (?:you )?(?:half|a third|part|some|the first half|the other half|the first|the rest|the remainder)\b",
        r"(?:will|'ll|shall) be (?:in|on|part of|included in) (?:our|the|this|next) (?:\w+ ){0,3}(?:run|batch|cycle)\b",
        r"(?:will|'ll|shall) go (?:in|into|out in|out with|on|with) (?:our|the|this|next) (?:\w+ ){0,3}(?:run|batch|cycle)\b",
        r"(?:included|selected|scheduled|proposed) (?:in|for) (?:the |our |a )?(?:next )?(?:payment |pay |check |cheque )?(?:batch|run|proposal)\b",
        r"(?:we|i) (?:pay|are paying|remit) (?:\w+ )?(?:on|by|this|next|tomorrow|today)",
        r"promised? (?:to )?pay(?:ment)?|^(?:will|'ll) (?:pay|send|wire|remit|mail)\b|^(?:paying|sending|wiring|mailing) (?:you |the |it |this |that |\$|€|£|\d)",
        r"(?:we|i)(?:'re| are| am|'m) paying|(?:happy|ready|prepared|able|willing|glad) to (?:\w+ )?pay",
        r"(?:will|'ll|is going to|are going to|should) (?:\w+ )?(?:go out|go off|go through|go across|be made|reach you|arrive|land|hit your|follow|be with you|leave)",
        r"(?:is|are) (?:\w+ )?(?:scheduled|booked|queued|slated|set up|planned) (?:for|on|to go)",
        r"(?:is|are) (?:on|in) (?:the|our|this|next) (?:\w+ )?(?:payment |check |cheque |ach |pay )?(?:run|batch|cycle) (?:for|on)\b",
        r"(?:goes|is going|go|going) out\b",
        r"(?:will|'ll|shall) be (?:included|paid|settled|released) (?:in|on|with) (?:our|the|this|next) (?:\w+ )?(?:payment|pay|check|cheque|ach)? ?(?:run|batch|cycle)",
        r"due to be (?:paid|released|sent|wired|remitted)|(?:eta|target date|expected date|target payment date|payment date|pay date|planned date)(?: for (?:the |your )?payment)? (?:is|will be|=|:)",
        r"(?:will|'ll|are going to|'re going to) (?:\w+ )?cut (?:you )?(?:a |the )?(?:check|cheque)",
        r"(?:approved|scheduled|released|cleared|booked) for payment|remittance (?:to follow|will follow)|(?:goes|go) out\b",
        r"(?:will|'ll|shall) (?:\w+ )?(?:send|wire|transfer|remit|mail|release|deposit) (?:you )?(?:the |another |the other |a further |the remaining |the rest,? )?(?:\$|€|£|usd|eur|gbp|cad|chf|[\d])",
    ],
    "es": [
        r"(?:va|van|ira|iran|esta|estan) incluid[ao]s? en (?:la |el |nuestra |nuestro )?(?:proxim[ao] )?(?:remesa|pago|ciclo|corrida|lote)\b|remesa de pagos? del (?:dia )?\d",
        r"en la remesa de pagos?\b(?:[^.]|\.(?=\S)){0,40}se (?:han|ha) incluido|se (?:han|ha) incluido (?:\w+ ){0,3}en la remesa",
        r"pagaremos|pagare|abonaremos|liquidaremos|transferiremos|saldaremos|cancelaremos",
        r"(?:vamos|voy) a (?:\w+ )?(?:pagar|abonar|liquidar|transferir|realizar|hacer|efectuar|enviar|saldar|cancelar)",
        r"(?:realizaremos|haremos|efectuaremos|enviaremos|procesaremos|emitiremos|programaremos) (?:el|la|los|un|una) (?:\w+ )?(?:pago|transferencia|abono)",
        r"(?:el|la|su) (?:pago|transferencia|abono)(?: \w+){0,3} (?:se )?(?:realizara|hara|efectuara|enviara|saldra|llegara|sera|recibiran|procesara|emitira)",
        r"se (?:pagara|pagaran|abonara|liquidara|realizara|transferira|efectuara|hara)",
        r"(?:el (?:lunes|martes|miercoles|jueves|viernes)|manana) (?:os|les|le|te) (?:transferimos|pagamos|abonamos|enviamos|hacemos)\b|(?:os|les|le|te) (?:transferimos|pagamos|abonamos|enviamos) (?:\S+ ){0,4}(?:el (?:lunes|martes|miercoles|jueves|viernes)|manana|el dia)\b",
        r"(?:va|van|sale|salen|ira|iran) (?:en|con) (?:la |el |nuestra |nuestro )?(?:remesa|pago|ciclo|corrida|lote|transferencia)\b",
        # The present for a fixed future: "la 64577 se paga este viernes".
        r"se (?:paga|pagan|abona|abonan|liquida|liquidan|transfiere|deposita) (?:\w+ ){0,2}?(?:este|esta|el|la|manana|antes|a fin|al final|a finales)\b",
        r"(?:sera|seran|quedara|quedaran) (?:\w+ )?(?:pagad[ao]s?|abonad[ao]s?|liquidad[ao]s?|saldad[ao]s?)",
        r"(?:esta|estan|queda|quedan) programad[oa]s? (?:para )?",
        r"procederemos (?:al|a) (?:pago|abono|transferencia)",
        r"recibiran (?:el pago|la transferencia|los fondos|el importe)",
        r"nos comprometemos a (?:pagar|abonar|liquidar)",
        r"estaremos (?:\w+ )?(?:realizando|pagando|enviando|transfiriendo|depositando|liquidando|abonando|cubriendo)",
        r"se (?:le |les )?(?:pagara|pagaran|depositara|transferira|abonara|enviara|liquidara|cubrira)",
        r"pago programado|(?:se libera|se liberara|saldra|sale|se enviara|se emitira|se hara)\b",
        r"(?<!ya )(?:la |lo |las |los |te |le |les )(?:pagamos|transferimos|abonamos|liquidamos|depositamos)\b",
        r"(?:pago|transferencia|deposito|abono) (?:esta |queda )?(?:programad[oa]|agendad[oa]|previst[oa]) para",
        # "La INV-67031 ya está incluida en la remesa del 16 de marzo": in a dated payment batch.
        r"(?:esta|estan|queda|quedan|va|van) (?:ya )?incluid[ao]s? en (?:la |el |nuestra |nuestro )?(?:proxim[ao] )?(?:remesa|lote de pagos|corrida de pagos|ciclo de pagos?)",
    ],
    "fr": [
        r"(?:nous|je) (?:allons|vais) (?:\w+ )?(?:payer|regler|virer|effectuer|proceder|envoyer|solder)",
        r"paierons|payerons|reglerons|virerons|solderons|effectuerons|procederons|enverrons|reglerai|paierai",
        r"(?:le|la|votre|notre|ce) (?:paiement|reglement|virement)(?: \w+){0,3} (?:sera|va etre|partira|interviendra|arrivera|sera effectue)",
        r"(?:sera|seront|va etre|vont etre) (?:\w+ )?(?:reglee?s?|payee?s?|soldee?s?|viree?s?|effectuee?s?|emis|envoye|faite?s?|versee?s?)",
        r"(?:est|sont) (?:\w+ )?(?:programmee?s?|prevue?s?|planifiee?s?) (?:pour|le|au)",
        r"vous (?:recevrez|aurez) (?:le|votre|notre|un|les) (?:paiement|reglement|virement|fonds|cheque)",
        r"(?:on|nous) (?:vous )?(?:paie|paye|regle|vire|payons|reglons|virons)\b",
        r"nous nous engageons a (?:payer|regler)",
        r"partira (?:avec|dans|par) (?:notre|la|le|nos) (?:\w+ ){0,2}(?:campagne|virement|paiement|reglement|echeancier|lot)",
        r"(?:on|nous) vous (?:envoie|envoyons|vire|virons|verse|versons|regle|reglons|paie|payons) (?:\S+ ){0,5}(?:le (?:lundi|mardi|mercredi|jeudi|vendredi|\d)|demain|d'ici)",
        r"(?:virement|paiement|reglement|cheque|depot direct|versement) (?:\w+ )?(?:est |sera )?(?:prevu|programme|planifie)e?s? (?:le|pour|au|d'ici)",
        r"(?:sera|va etre|seront) (?:fait|faite|faits|effectue|envoye|poste|emis|depose)e?s?",
        r"(?:paiement|reglement|virement)s? (?:suivants? )?(?:a|ont) ete (?:programmee?s?|planifiee?s?|ordonnancee?s?)",
    ],
    "de": [
        r"(?:werden|werde|wird)\b(?:[^.;!?]|(?<=\d)\.){0,100}?\b(?:zahlen|bezahlen|uberweisen|begleichen|bezahlt|uberwiesen|"
        r"beglichen|angewiesen|anweisen|ausgleichen|ausgeglichen|veranlassen|veranlasst|erfolgen|freigeben|freigegeben)\b",
        r"(?:zahlen|bezahlen|uberweisen|begleichen|uberweise|zahle|begleiche|veranlassen) (?:wir|ich)\b",
        r"(?:mit )?valuta\b",
        r"(?:die |unsere )?(?:zahlung|uberweisung|begleichung)(?: \S+){0,4} (?:erfolgt|geht|kommt)\b",
        r"(?:ist|sind) (?:fur|zum|am)\b[^.;!?]{0,30}(?:eingeplant|vorgesehen|terminiert|geplant)",
        r"(?:eingeplant|vorgesehen|terminiert|geplant) (?:fur|zum|am)",
        r"(?:geht|gehen) (?:\w+ ){0,3}(?:raus|hinaus)\b|zahlungslauf|zahllauf|sie erhalten (?:die |unsere |den |ihr )?(?:zahlung|uberweisung|betrag|geld)",
        r"(?:uberweisen|zahlen|begleichen|bezahlen) (?:\S+ ){0,8}bis\b|bis\b[^.;!?]{0,40}\b(?:uberweisen|zahlen|begleichen|bezahlen)\b",
        r"zur (?:anweisung|zahlung|uberweisung|auszahlung) gebracht",
    ],
}

# Words that turn a commitment into something else.
NEGATION = [
    r"not|\w+n't|never|no|cannot|unable|no podemos|no vamos|no podremos|no sera|no es posible",
    r"ne|pas|jamais|impossible|nicht|kein\w*|nie|niemals|nein|nunca|tampoco",
    r"nothing|nichts|nada|rien|ningun\w*|aucune?",
]
CONDITION = [
    r"(?<!at )(?<!all at )once|if|as soon as|provided|assuming|subject to|pending|upon receipt|after (?:we|receiving|receipt|the)",
    r"when (?:we|you|the|our|it|they)|(?:until|till) (?:we|you|the|our)|unless|in exchange for|only after|contingent",
    r"si(?! ?[,.!])|una vez|cuando|en cuanto|tan pronto|siempre que|hasta que|despues de recibir",
    r"des que|des reception|une fois|lorsque|quand|sous reserve|apres reception|a condition",
    r"sobald|wenn|falls|sofern|nachdem|nach erhalt|vorausgesetzt|erst nach",
]
HEDGE = [
    r"try|trying|tries|hopefully|hope|hoping|might|may|possibly|probably|perhaps|maybe|aim|aiming|attempt|expect the|waiting (?:on|for)",
    r"do (?:our|my) best|should be able|not sure|unsure|likely|ideally|fingers crossed|as soon as (?:we|possible)",
    r"intentar\w*|esperamos|espero|ojala|quizas?|tal vez|posiblemente|probablemente|a ver si",
    r"devrions|devrait|devraient|(?:je|nous) pense(?:rais|rions)? pouvoir|deberiamos|deberia(?:n)? poder|sollten|durften",
    r"essayer|essaierons|essayons|esperons|espere|peut-etre|probablement|eventuellement",
    r"versuchen|hoffentlich|hoffen|vielleicht|moglicherweise|voraussichtlich|eventuell|wahrscheinlich",
    # Habits and errands are not commitments: "our payment runs are every Thursday", "I'll check with treasury".
    r"(?:every|each) (?:other )?(?:monday|tuesday|wednesday|thursday|friday|week|month|fortnight)|(?:cada|todos los) (?:lunes|martes|miercoles|jueves|viernes|semana|mes)",
    r"(?:chaque|tous les) (?:lundi|mardi|mercredi|jeudi|vendredi|semaine|mois)|(?:jeden|jede|immer) (?:montag|dienstag|mittwoch|donnerstag|freitag|woche|monat)",
    r"check with|confirm (?:the |a )?(?:payment )?date|get back to you|revert (?:back )?(?:to you)?|look into",
    r"(?:i|we)(?:'d| would) like to|(?:i|we) want to",
]
QUESTION_OPENERS = [
    r"can we|could we|can i|could i|would it be possible|is it possible|may we|would you (?:accept|agree|be ok)",
    r"(?:we|i) (?:would like to |'d like to |)(?:propose|suggest|offer)|(?<!payment )proposal|would like to (?:pay|split|settle)|request (?:revised|new|different) terms",
    r"would that work|is that ok|are you ok with|would you be (?:ok|okay|open)|do you accept|what if we",
    r"podemos|podriamos|seria posible|es posible|pouvons-nous|pourrions-nous|pourrions|serait-il possible|est-il possible",
    r"konnen wir|konnten wir|ware es moglich|ist es moglich|durfen wir",
]

PAYMENT_SENT = {
    "en": [
        r"(?<!points )(?<!issues )(?<!queries )(?<!questions )(?<!part )(?<!matter )(?<!point )(?<!dispute )(?<!problem )(?<!issue )(?:have|has|had|was|were|is|are)(?: already| now| just| all| both| fully)? (?:been )?"
        r"(?:paid|settled|remitted|wired|transferred|cleared|sent|released|processed|mailed|posted|issued(?! in (?:us |u\.s\. |canadian |the wrong )?(?:dollars|usd|cad|eur|euros?|gbp|pounds|currency)| with| to (?:the wrong|our old|the old))|initiated|executed)"
        r"(?! (?:on|by|for|next|this|tomorrow|within|in|at the end) (?:\w+ )?(?:friday|monday|tuesday|wednesday|thursday|week|month|tomorrow|the \d|the (?:value|execution|settlement|payment|due) date))"
        r"(?! with\b)(?<!sent(?= (?:the|a|an|our|your) (?!payment|check|cheque|wire|funds|remittance|transfer)))",
        r"(?:we|i|ap|finance|treasury|accounting|bank)(?: have|'ve| has)?(?: already| just| finally| actually)? "
        r"(?:paid|settled|remitted|wired|transferred)\b",
        r"(?:we|i|ap|finance|treasury)(?: have|'ve| has)?(?: already| just| finally| actually)? "
        r"(?:done|effected|did|sent|made|released|processed|initiated|issued|submitted|mailed|posted|executed|completed|put through|pushed)"
        r"(?: (?:the|a|our|your|an|this|that|these|full|partial|final|ach|wire|bank|electronic|\$?[\d,.]+|usd|eur)){0,3} "
        r"(?:payments?|wires?|transfers?|checks?|cheques?|remittance|funds|ach|eft|bacs|sepa)",
        r"(?:payment|wire|transfer|check|cheque|ach|eft|funds|remittance)s?(?: \S+){0,4} (?:was|were|has been|have been|went|has gone|is|cleared|left)"
        r"(?: already)? (?:sent|made|released|processed|initiated|issued|submitted|mailed|remitted|executed|completed|out|through|posted|paid|debited|cleared|our)",
        r"(?<!send the )(?<!send you the )(?<!send our )(?<!send a )remittance(?! (?:to|will) follow)(?! (?:advice )?will be)(?!(?: and \w+)? (?:address|addresses|details|e-?mail|mailbox|instructions|information|info|account|bank)\b)(?: advice)?|proof of payment|payment (?:confirmation|advice|receipt)|confirmation of (?:the )?payment",
        r"(?:it|this|that|invoice|everything|all|both)(?:'s| is| are|'re) (?:already |all |now )?(?:been )?paid\b(?! (?:on|by|in|next|this|tomorrow|within|when|once|after|at))|paid in full|already paid|paid (?:it |this |that |them )?(?:on|via|by (?:ach|wire|check|cheque|card|credit card|bank))|"
        r"paid (?:the (?:full |whole |entire )?(?:invoice|balance|bill|amount|lot) |(?:inv-?\d+|\d{5})(?:,? (?:and|&) (?:inv-?\d+|\d{5}))+ )(?:just now|this morning|earlier|today|yesterday|last (?:week|wk))|paid (?:on )?\d{1,2}/\d{1,2}\b",
        r"paid\b(?:[^.]|(?<=\d)\.(?=\d)){0,60}\b(?:just now|earlier today)",
        r"paid (?:it |this |that |them |inv-?\d+ |\d{5} )?(?:yesterday|last (?:week|wk|friday|monday|tuesday|wednesday|thursday|month)|this morning|earlier|today)",
        r"^pd\b|\bpd (?:on |via |by )?(?:\d|ach|wire|check|chk|cc|today|yesterday)|(?:already |was )paid (?:this|it|that)? ?last (?:wk|week)",
        r"(?:check|cheque) (?:is |was )?(?:in the mail|mailed|sent|posted)|in the mail",
        r"wire (?:confirmation|reference)|(?:mt103|swift copy|bank confirmation|trace number|transaction (?:id|reference))",
        r"(?:funds|payment) (?:should|must) have (?:arrived|reached|been received|cleared)|should have (?:received|reached|arrived)",
        r"(?:debited|left) (?:from )?our (?:account|bank)",
        r"(?:went|gone|sent) (?:across|over) (?:by|via|this|today|yesterday|earlier)\b|"
        r"(?<!before i )(?<!before we )(?<!to )(?<!will )(?<!'ll )(?<!can )cut (?:a |the )?(?:check|cheque)|(?:check|cheque) (?:was |has been )?cut|(?:payment|check|cheque|wire|transfer|it)(?:'s| is) on (?:its|the) way|(?:went|gone|has gone) through(?! (?:\S+ ){0,2}(?:system|books|billing)\b[^.?!]{0,20}\btwice| twice| the (?:floor|roof)| tax-free| tax free| fine| ok| okay| smoothly| without)(?! (?:her|his|their|the|our|my|all|your|them|it|both|these|those|the two|each) (?:open items|items|list|files?|records|emails?|notes|inbox|account|statements?|invoices|books|papers|backlog|queue))",
        r"(?:attached|enclosed|see attached|please find)\b[^.]{0,40}(?:remittance|proof of payment|payment confirmation|bank confirmation|payment receipt)",
        r"^(?:already )?(?:paid|pagad[ao]|payee?|reglee?|bezahlt|uberwiesen|erledigt)(?: (?:today|yesterday|hoy|ayer|aujourd'hui|hier|heute|gestern))?\W*$",
        r"(?:we|i)(?: have|'ve)?(?: already| just)? (?:sent|wired|transferred|remitted|mailed|paid) (?:you )?(?:the )?(?:\$|€|£|usd|eur|gbp|cad|chf)\s?\d",
        r"(?:payment|wire|transfer|check|cheque|ach|eft|funds|remittance|bacs|sepa) (?:sent|made|released|initiated|processed|mailed|issued|went out|paid|done|effected|completed)\b|\b(?:utr|neft|rtgs|imps)\b",
        r"paid (?:in full )?(?:on )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w* \d|(?<!get )(?<!have )(?<!getting )(?<!want )(?:inv-?\d{5}|invoice)\W{1,3}paid\b",
        r"(?:has|have) (?:already |just |now )?(?:released|sent|made|initiated|issued|processed|remitted|wired|transferred|submitted|executed) (?:a |the |our |your |an |\S+ ){0,3}(?:payments?|wires?|transfers?|checks?|cheques?|remittance|funds|ach|eft|bacs|sepa)",
        r"(?:today's|yesterday's|this morning's|last week's) (?:payment|check|cheque|ach|wire) run|payment run (?:included|includes)|(?:check|cheque) (?:#|no\.?|number) ?\d{3,}",
        r"(?:billed|invoiced) and paid|has issued a payment|amount paid|payment (?:date|number|method)\s*:",
        r"^(?:just |already )?(?:wired|sent|paid|mailed|transferred) (?:it|this|that|them|the balance|the full amount) (?:yesterday|today|this morning|last|earlier|from|via|by)\b",
        r"^(?:just |already )?(?:sent|paid|wired|mailed|remitted|transferred|released) (?:you |over )?(?:\$|€|£|usd|eur|gbp|cad|\d|the (?:payment|check|cheque|wire|funds|balance)|payment|a (?:check|cheque|wire|payment))",
        r"(?:inv-?\d+|\d{5}|invoice \S+|it|both|they|payment|check|cheque) went out (?:by|via|on|yesterday|today|last|this)\b",
    ],
    "es": [
        r"(?:ya )?(?:hemos|he|habiamos) (?:\w+ )?(?:pagado|abonado|transferido|liquidado|saldado|cancelado(?! (?:el |ese |este |nuestro |la )?(?:pedido|orden|compra))|realizado|efectuado|enviado|hecho)",
        r"(?:ya )?(?:pagamos|abonamos|transferimos|liquidamos|saldamos)\b(?! (?:nosotros )?(?:el |la |los |las )?(?:igic|iva|impuestos?|irpf|retencion\w*|tasas?)\b)",
        r"(?:realizamos|efectuamos|enviamos|hicimos|emitimos) (?:el|la|un|una) (?:\w+ )?(?:pago|transferencia|abono)",
        r"(?:fue|ha sido|han sido|esta|estan|fueron|quedo|quedaron) (?:ya )?(?:\w+ )?(?:pagad[ao]s?|abonad[ao]s?|liquidad[ao]s?|saldad[ao]s?|transferid[ao]s?)",
        r"comprobante del? (?:pago|transferencia|deposito)|justificante de (?:pago|transferencia)|aviso de pago|confirmacion de (?:pago|transferencia)",
        r"ya (?:la |lo |las |los |se la |se lo |se )?(?:pagamos|abonamos|transferimos|liquidamos|pago|pagaron|depositamos)\b",
        r"se (?:pago|abono|transfirio)|(?:pago|transferencia|abono|deposito|giro)\b[^.]{0,40}\bse (?:realizo|efectuo|envio|hizo)|adjunt[oa]\w* (?:el |la )?(?:comprobante|justificante)",
    ],
    "fr": [
        r"(?:avons|ai|avions) (?:deja |bien )?(?:paye|regle|vire|solde)\b",
        r"(?:avons|ai|avions) (?:deja |bien )?(?:effectue|envoye|emis|procede au|procede a) (?:le |un |notre |au |votre )?(?:paiement|virement|reglement|cheque)",
        r"(?:virement|paiement|reglement|cheque)\b(?:[^.;!?]|(?<=\d)[.,]){0,90}(?:est|a ete) (?:deja |bien )?(?:parti|envoye|effectue|emis|poste|passe|execute)|c'est (?:deja |bien )?(?:paye|regle)",
        r"(?:a|ont) ete (?:\w+ )?(?:payee?s?|reglee?s?|viree?s?|soldee?s?|effectuee?s?|envoyee?s?|emise?s?|postee?s?|expediee?s?|deposee?s?|transmise?s?)",
        r"(?:est|sont) (?:deja |bien )?(?:payee?s?|reglee?s?|soldee?s?)",
        r"avis de (?:paiement|virement|reglement)|preuve de (?:paiement|virement)|justificatif de (?:paiement|virement)|"
        r"confirmation de (?:paiement|virement)",
        r"deja (?:regle|paye)|ci-joint[^.]{0,30}(?:avis|preuve|justificatif)",
    ],
    "de": [
        r"(?:haben|habe|hatten)\b(?:[^.;!?]|(?<=\d)\.){0,80}?\b(?:bezahlt|uberwiesen|beglichen|gezahlt|angewiesen|ausgeglichen|veranlasst|getatigt|freigegeben)\b",
        r"(?:wurde|wurden|ist|sind)\b(?:[^.;!?]|(?<=\d)\.){0,60}?\b(?:bezahlt|uberwiesen|beglichen|gezahlt|angewiesen|ausgeglichen)\b(?! werden)",
        r"(?:zahlung|uberweisung)(?:[^.;!?]|(?<=\d)\.){0,60}?\b(?:wurde|ist)\b(?:[^.;!?]|(?<=\d)\.){0,60}?\b(?:erfolgt|ausgefuhrt|veranlasst|angewiesen)\b",
        r"(?:zahlung|uberweisung|betrag|geld) (?:\w+ ){0,2}(?:ist|sind) (?:\w+ )?(?:raus|rausgegangen|hinausgegangen|unterwegs)\b|rausgegangen",
        r"\b(?:inv-?\d{5}|\d{5}) (?:ist|sind|ging|gingen) (?:\w+ )?raus\b",
        r"zahlungsavis|uberweisungsbeleg|zahlungsbestatigung|zahlungsnachweis|zahlungsanzeige|uberweisungsbestatigung",
        r"(?:betrag|rechnung|zahlung)\w* (?:\w+ ){0,3}(?:wurde|ist) (?:\w+ ){0,3}(?:angewiesen|uberwiesen|beglichen|bezahlt)|alles (?:\w+ )?bezahlt",
        r"bereits (?:bezahlt|uberwiesen|beglichen)|anbei[^.]{0,40}(?:zahlungs|uberweisungs)\w*",
    ],
}

# Generic words of contesting a bill; a strong reason phrase (below) is enough on its own.
DISPUTE = {
    "en": [
        r"disput\w*|contest\w*|disagree\w*|do(?:n't| not) agree|not agree|incorrect\w*|inaccurate|wrong\w*(?! (?:inbox|mailbox|address|e-?mail|email address|person|department|contact|thread|number to call))",
        r"(?<!by )(?<!our )(?<!my )(?<!an )error|erroneous\w*|(?<!by )(?<!our )(?<!my )mistake\w*|discrepanc\w*|overcharg\w*|overbill\w*|over-?charged|over-?invoiced",
        r"not (?:correct|right|accurate|what we (?:agreed|ordered))|does(?:n't| not) match|do(?:n't| not) match|mismatch",
        r"(?:invoice|payment|it|this|inv-?\d+)\b(?: \S+){0,3} (?:is |are |remains? )?(?:on hold|blocked)|(?:put|placed|keep|kept|keeping) (?:the |this |that )?(?:invoice|payment|it) on hold",
        r"withhold\w*|holding (?:the |this |that )?(?:invoice|payment|it|off|back)|hold (?:off|back)? ?(?:on )?payment",
        r"(?:will not|won't|refuse to|not going to|are not|aren't|not) (?:be )?pay\w*(?! (?:this week|today|until (?:the )?(?:\d|end|next|mid)))",
        r"(?:cannot|can't|can not|unable to|not able to) (?:\w+ )?(?:approve|process|accept|release payment)",
        r"re-?issue|rectif\w*|(?:wrong|correct|right) (?:legal )?entity|addressed to the wrong|billed to the wrong|debe emitirse|should not be (?:billed|charged|invoiced)",
        r"reject\w*|short[- ]?paid|short[- ]?pay\w*|deduct\w*|only (?:pay|paying|approve(?! (?:the )?(?:pos?|purchase orders?)\b))|(?:raise|raised|raising|have|open|opened|log|logged) (?:a |an )?quer(?:y|ies)(?! (?:about|regarding) (?:payment|the payment|our payment|remittance))|quer(?:y|ies) (?:on|against|with) (?:the |this |your |that |our )?(?:invoice|bill|charge|line|inv)",
        r"(?:issue|problem|concern)s? (?:with|on|regarding) (?:the |this |your |that )?(?:invoice|bill|charge|line|inv)",
        r"(?:should|ought to) (?:be|have been|read) (?:\$|€|£|\d|credited|reduced|lower|zero|cancel\w*|void\w*)|(?:instead of|rather than) (?:the )?(?:\$|€|£)?\d|(?:not|never) (?:ordered|authori[sz]ed|approved|agreed)",
        r"(?:wrong|different) (?:company|business|customer)|(?:we are|we're) (?:a )?(?:different|separate) (?:company|business|entity)|(?:can't|cannot|could not|couldn't) match (?:this|it|the invoice) to any (?:order|po|purchase)",
        r"(?:don'?t|do not) expect (?:payment|to be paid|a (?:check|cheque|payment))|(?:don't|do not) owe|not our (?:invoice|order)|never ordered|too (?:high|much)|exceeds? (?:the |our )?(?:quote|po|agreed|contract)|does(?:n't| not) reflect|object to|(?:cannot|can't) accept (?:this|the) (?:invoice|charge)",
        r"(?:or|please|kindly|just) (?:void|cancel) (?:the|this) (?:invoice|bill|charge)|(?:please|kindly) (?:void|cancel)|(?:should be|to be) (?:cancel\w*|void\w*|reduced|credited)|(?<!completed )(?<!passed )(?<!cleared )(?:three|3)-way match(?! (?:and|is|was|has|ok))|does(?:n't| not) match",
        r"querying|queried|(?:is|are|'s) not ours|isn't ours|aren't ours|(?:don't|do not|can't|cannot|didn't|did not) recogni[sz]e|only agreed to pay|agreed to pay only",
        r"(?:covered|included) (?:under|by|in) (?:the |our |its )?(?:warranty|guarantee|service contract|maintenance contract)|under warranty|warranty (?:repair|claim|work)",
        r"cancel+ed (?:this |the |that |our )?(?:order|po|purchase order|service|subscription|booking)|(?:order|po|booking|service) (?:was|has been|had been) cancel+ed",
        r"not (?:the|what) (?:items?|products?|goods|parts?|models?|sizes?|colou?rs?|we) (?:we |i )?ordered|wrong (?:product|item|part|model|size|colou?r|goods)s?|sent (?:us )?the wrong",
        r"(?:does(?:n't| not)|did(?:n't| not)) (?:look|seem) (?:right|correct|accurate)|(?:didn't|did not|never) order\w*|why (?:were|are|was|is|did|have) (?:we|you|i|there|they) (?:been )?(?:charged|billed|invoiced|charging|billing|a|an)",
        r"(?:billed|invoiced|charged) (?:\w+ )?(?:is|are|was|were) (?:more|higher|greater) than|more than (?:what )?(?:was|were|we) (?:worked|ordered|received|agreed|used)",
        r"(?:please|kindly) (?:correct|fix|amend|adjust|revise|credit)|needs? (?:to be )?(?:corrected|fixed|amended|adjusted|revised|credited)",
        r"(?:does(?:n't| not)|do(?:n't| not)|did(?:n't| not)) agree (?:with|to)|as it stands|in its current form|(?:bill|invoice|charge) the (?:right|correct) (?:company|entity|account|customer)",
        r"(?:not|never) (?:happy|satisfied) with|dissatisf\w*|(?:holding|hold) (?:back )?(?:inv-?\d+|\d{5}\b|payment|the invoice|this invoice)|(?:we|i)(?:'re| are)? not paying|not paying (?:for|it|this|that|\$|until)",
        r"(?:can't|cannot|can not|won't|will not) (?:\w+ )?(?:approve|pay|process|accept|book|release) (?:\S+ ){0,4}(?:until|before|unless|without)"
        r"(?! (?:\w+ ){0,3}(?:approv\w*|signs? off|signed off|sign-off|is back|gets back|returns?)\b)",
        r"(?:not yet|hasn't|has not|haven't|have not) (?:yet )?(?:reached|hit) (?:its |the |our )?(?:payment )?terms|(?:still |is |are )within (?:payment |our |the )?terms|(?:is|isn't|is not) (?:not )?(?:yet )?overdue|not (?:yet )?(?:overdue|past due)",
        r"pulled (?:\S+ ){0,2}from the (?:\w+ )?run|(?:removed|taken|held) (?:\S+ ){0,2}(?:off|from|out of) the (?:\w+ )?(?:run|batch)",
        r"(?:please |kindly )?(?:remove|waive|take off|reverse|drop) (?:the |these |this |those |that |your )?(?:late(?:-payment)? |collection |admin(?:istration)? )?(?:fees?|charges?|interest|penalt(?:y|ies))",
    ],
    "es": [
        r"disput\w*|reclamacion\w*(?! (?:de )?(?:pago|pagos|cobro|facturas?|de deuda))|reclamo|reclamamos(?! el pago)|no estamos de acuerdo|no conforme|disconformidad|incorrect[ao]s?|erroneo|erronea|error|equivocad[ao]",
        r"discrepancia|cobrad[ao]s? de mas|cobro (?:indebido|duplicado)|no corresponde|no coincide|rechaz\w*|impugna\w*",
        r"otra empresa|(?:no hemos|nunca hemos) (?:hecho|realizado|pedido|solicitado)(?: \w+){0,2}|ningun pedido|(?:se trata de|hay) (?:una )?confusion",
        r"no es (?:nuestr[ao]|de nosotros)|no (?:nos )?corresponde|(?:cancelamos|cancelado|anulado|anulamos) (?:el |ese |este |nuestro |la )?(?:pedido|orden|compra)|(?:pedido|orden) (?:fue |ha sido )?(?:cancelad[ao]|anulad[ao])",
        r"(?:retirar|retiren|eliminar|eliminen|anular|anulen|quitar|quiten) (?:los |estos |esos |el |este |ese )?(?:cargos?|intereses|recargos?|gastos de (?:cobro|gestion))",
        r"no (?:la |lo |las |los )?(?:vamos a|podemos) (?:\w+ )?(?:pagar|aprobar|procesar|aceptar)|retenemos|retenido|en espera|bloquead[ao]|no (?:corresponde|coincide|es correct[oa])|favor de (?:corregir|revisar|refacturar|cancelar)",
    ],
    "fr": [
        r"contest\w*|litige|desaccord|pas d'accord|erreur|errone\w*|incorrect\w*|inexact\w*|reclamation|ecart",
        r"factur\w* (?:a tort|en trop|deux fois)|ne correspond pas|(?<!banque )refus\w*|bloque\w*|en suspens|re-?edit\w*",
        r"n'est (?:donc )?pas (?:encore )?echue|pas encore echue|n'est pas (?:encore )?exigible",
        r"une autre (?:societe|entreprise)|aucune commande|jamais passe (?:de |cette |la |une |cet |ce )?(?:commande|ordre|bon)|homonyme|(?:il s'agit|c'est) (?:sans doute |probablement )?d'une (?:confusion|erreur)",
        r"n'est pas (?:notre|la notre|a nous)|ne nous concerne pas|commande (?:\w+ ){0,2}annulee|annul\w* (?:la |notre |cette )?commande",
        r"(?:retirer|supprimer|annuler|retirez|supprimez|annulez) (?:ces|les|cette|ses|vos) (?:frais|penalites|indemnites?|interets|majorations?)",
        r"ne (?:peut|peuvent|pourra|pourront|pouvons) pas (?:etre )?(?:traitee?s?|payee?s?|reglee?s?|comptabilisee?s?|validee?s?|traiter|valider|comptabiliser|regler|payer)",
        r"(?:merci|veuillez|pouvez-vous|pourriez-vous) (?:de )?(?:corriger|annuler|deduire|rectifier)|ne paier\w* pas|(?:ne|n') (?:pouvons|allons) pas (?:payer|regler)",
    ],
    "de": [
        r"reklam\w*|beanstand\w*|widersprech\w*|widerspruch|einspruch|fehlerhaft\w*|falsch\w*|nicht korrekt|unrichtig",
        r"stimmt nicht|fehler|differenz|abweich\w*|zu viel berechnet|nicht einverstanden|bestreiten|zuruckweisen|"
        r"zuruckgewiesen|gesperrt|zuruckgehalten|nicht (?:bezahlen|zahlen|freigeben)",
        r"verwechslung|(?:ein |eine )?(?:anderes unternehmen|andere firma)|(?:keinem|keiner) (?:vorgang|bestellung|auftrag) (?:\w+ ){0,2}zuordnen|nicht zuordnen|(?:nichts|nie|nicht) (?:\w+ ){0,3}bestellt",
        r"(?:zahlen|bezahlen|begleichen|uberweisen) wir (?:\w+ ){0,2}nicht\b|(?:konnen|durfen) wir (?:\w+ ){0,2}nicht (?:bearbeiten|verarbeiten|buchen|freigeben|verbuchen)|betrifft uns nicht|nicht (?:unsere?|von uns) (?:rechnung|bestellung|auftrag|bestellt)|storn\w*",
        r"(?:mahngebuhr|mahnspesen|verzugszinsen|mahnkosten)\w* (?:\w+ ){0,4}(?:streichen|stornieren|zurucknehmen|nicht (?:akzeptieren|anerkennen|bezahlen))",
        r"entspricht nicht|entsprechen nicht|(?:bitten|ersuchen) (?:wir )?um (?:korrektur|stornierung|gutschrift|austausch)|(?:halten|behalten) (?:wir )?(?:\w+ ){0,3}zuruck|nicht (?:verbuchen|freigeben|bezahlen)",
    ],
}

# Counts as senders write them ("3 cartons", "three cartons") and the things they count.
_N = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several|some)"
_UNITS = (
    r"(?:items?|units?|boxes|box|cases?|pallets?|skids?|cartons?|pieces?|pcs|parts|bags?|rolls?|drums?|bundles?|"
    r"sheets?|crates?|kits?|sets?|bottles?|cans?|trays?|totes?|spools?|lengths?|coils?|tubes?|packs?|packages?|"
    r"plts?|cajas?|bultos?|piezas?|unidades|tarimas?|palets?|caisses?|cartons?|colis|pieces?|palettes?|"
    r"stuck|kartons?|paletten?|kisten?|pakete?|rollen?)"
)

# reason: (strong phrases that are a dispute on their own, weak ones that only name the reason)
DISPUTE_REASONS: dict[str, tuple[list[str], list[str]]] = {
    "duplicate_billing": (
        [
            r"second invoice for|invoiced again|(?<!is )(?<!be )(?<!are )(?<!'s )re-?billed(?! at)|(?:both|two invoices) (?:bill|charge|invoice|cover)\b[^.]{0,60}(?:the same|identical)|one of the two has to go|(?:this|it) is (?:inv-?)?\d{5} again|only the (?:invoice )?number(?:'s| is) different|same (?:invoice|bill|charges?) (?:under|with) a (?:new|different) number|duplicate[ds]?|duplication|(?:billed|charged|invoiced) (?:us )?(?:twice|two times|double)|double[- ]?(?:billed|billing|charged|invoiced|charge)",
            r"(?:billed|charged|invoiced) (?:us )?(?:for )?(?:the |this |that |our )(?:\S+ ){0,4}twice|same (?:ticket|slip|delivery ticket|docket|bol|load)\b[^.?!]{0,20}on both|"
            r"second invoice\b[^.]{0,30}\bfor the (?:whole |same |entire )?(?:order|delivery|shipment|goods|items|job|work)|(?:is|are) (?:all )?identical to|"
            r"(?:billed|charged|invoiced) (?:us )?(?:a second time|again)|only (?:billed|invoiced|charged) (?:us )?once|(?:lists?|listed|shows?|shown|appears?|included) (?:\S+ ){0,3}twice|(?:gone|went|come|been|run|processed) through (?:\S+ ){0,3}twice",
            r"(?:please )?void (?:inv-?\d+|\d{5}|the (?:duplicate|second|other|copy))|(?<![\w-])dup(?![\w-])|(?:annuler|anulen|anular|stornieren sie) (?:la |die )?(?:rechnung )?\d{5}|"
            r"(?:same|meme|misma|mismo|gleiche|gleichen) (?:order|commande|orden|pedido|bestellung|shipment|delivery|slip|packing slip|delivery note|po|livraison|bon de livraison|entrega|albaran|lieferung|lieferschein)\b[^.?!]{0,40}(?:same|meme|misma|gleiche)|double emploi",
            r"(?:billed|charged|invoiced) (?:us )?(?:again )?for the same|same (?:invoice|order|shipment|delivery|items?|services?|po)\b[^.?!]{0,40}(?:twice|again|two)",
            r"already (?:been )?(?:billed|invoiced|charged)|(?:two|2) invoices for the same|(?:billed|invoiced) (?:on|under) (?:both|two)",
            r"(?:invoice|bill|this|it|these|they) (?:was|were|has been|have been|had been) (?:already |previously )(?:raised|issued|submitted|sent)|(?:already|previously) (?:been )?(?:invoiced|billed|charged)\b|(?:same|identical) invoice (?:\w+ ){0,3}(?:twice|again|two times)|(?:already|previously) (?:been )?(?:invoiced|billed|charged) (?:under|on|in|as)|(?:same|identical) as (?:inv-?\d+|invoice|our|the one)|duplicate (?:of|submission)",
            r"dos facturas (?:por|para|del|de) (?:el mismo|la misma)|anulen una de las dos|es la misma que la|(?:emitid[ao]|facturad[ao]|enviad[ao]) dos veces|mismo albaran|(?:anular|anulen|anule|anulad) la (?:factura )?\d{5}",
            r"ya (?:nos |se |lo |la )?(?:\w+ )?(?:facturaron|facturo|facturado|cobraron|cobrado)|factur\w* (?:dos|2) veces|cobr\w* (?:dos|2) veces|(?:es|era) el mismo pedido|dos veces (?:el mismo|la misma)|duplicad[ao]s?|facturad[ao]s? dos veces|doble (?:factura|cobro|facturacion)|misma factura dos veces",
            r"doublon|factur\w* en double|en double exemplaire|facture(?:e|r)? deux fois|double facturation|deja (?:\w+ ){0,3}facture\w*",
            r"(?:dieselbe|die gleiche|gleiche|dieselben) (?:lieferung|leistung|rechnung|positionen) wie|nur mit neuer (?:nummer|rechnungsnummer)|"
            r"identisch mit (?:der )?rechnung|(?:gleiche|selbe|dieselbe) (?:rechnung|leistung|lieferung) (?:\w+ ){0,3}(?:zweimal|nochmals|erneut)|doppelt\w*|zweimal (?:berechnet|fakturiert|in rechnung)|doppelberechnung|bereits (?:\w+ ){0,4}(?:abgerechnet|berechnet|fakturiert|in rechnung gestellt)",
        ],
        [r"twice|same invoice|same order"],
    ),
    "quantity_short": (
        [
            r"short[- ]?(?:shipped|delivered|shipment|delivery|by \d+)|shorted|back-?order\w*|partial (?:shipment|delivery)|only part of (?:it|the order|the shipment)",
            rf"{_N} {_UNITS} (?:\w+ )?(?:light|short|missing)|missing {_N} (?:\w+ )?{_UNITS}|short (?:by )?{_N} {_UNITS}|(?:signed for|got|received|counted) {_N}\b[^.?!]{{0,30}}(?:billed|invoiced|charged|you (?:billed|invoiced|charged))",
            r"(?:yard|our|physical|receiving|receipt|actual|warehouse) count (?:was|is|shows|of) \d+|counted (?:only )?\d+|receiving (?:report|record)s? (?:shows?|says|has) \d+|goods receipt (?:shows?|says|has|of|was) \d+|(?:invoice|invoiced|billed) (?:quantity|qty)",
            r"only \d+ (?:\w+ ){0,3}(?:arrived|were delivered|came|delivered|received)|(?:received|delivered) \d+ (?:\w+ ){0,3}(?:instead of|not \d|but)",
            r"(?:received|got) (?:only )?\d+ of (?:the )?\d+|bill (?:us )?only (?:for )?what|(?:billed|invoiced|charged) (?:us )?for \d+ \w+[^.?!]{0,60}\b(?:shows?|counted|received|got) (?:only )?\d+|(?:came|arrived) short|(?:was|were) short (?:by|of) \d|(?:was|were) short-?shipped",
            r"only (?:\w+ )?(?:received|got|delivered|shipped|arrived) \d+|received only \d+|(?:we|i) (?:only )?received \d+ (?:\w+ )?(?:of|out of|instead|but|not)",
            r"missing (?:\d+ )?(?:\w+ )?(?:items?|units?|boxes|cases|pallets|cartons|pieces|pcs|parts|bags|rolls|drums)",
            r"\d+ (?:\w+ )?(?:units?|items?|boxes|cases|pallets|cartons|pieces|pcs|bags|rolls|drums) (?:were |are |was |is )?(?:missing|short|not delivered|never arrived)",
            r"(?:half|part|some|most|the rest) of (?:the |our |this )?(?:order|shipment|delivery|goods|items|parts)\b[^.?!]{0,30}(?:missing|short|never arrived|not delivered|not received)",
            r"(?:order|shipment|delivery|consignment) (?:was|is|came|arrived|were) (?:\w+ )?(?:incomplete|short|partial)|incomplete (?:order|shipment|delivery)",
            rf"(?:received|got|delivered|counted) {_N} (?:\w+ )?{_UNITS},? (?:not|instead of|rather than) {_N}",
            rf"(?:billed|invoiced|charged) (?:us )?(?:for )?{_N} (?:[\w-]+ ){{0,8}}(?:and|but|while|yet) (?:the |our )?(?:dock|we|receiving|warehouse|site|driver|store|team)? ?(?:only )?(?:signed for|received|got|counted|took) (?:only )?{_N}\b",
            rf"(?:paying|pay) (?:\w+ )?(?:only )?for what (?:actually )?(?:arrived|was delivered|we (?:received|got)|came|turned up|showed up)|{_N} (?:\w+ )?{_UNITS} on the (?:invoice|bill)\b[^.?!]{{0,6}}\b{_N} (?:came|arrived|turned up|showed up|were delivered)",
            r"(?:quantity|qty) (?:invoiced|billed) (?:exceeds|is (?:more|higher|greater) than|above)|invoiced:?\s+\d+ (?:\w+ )?received:?\s+\d+|receiv\w* only \d+",
            r"only \d+ (?:[\w']+ ){0,7}(?:were |was )?(?:ever |actually )(?:arrived|delivered|came|received|turned up|showed up)",
            r"(?:receiving|the dock|our dock|warehouse|stores|goods[- ]in) (?:only )?(?:checked in|signed for|counted|booked in|received) (?:only )?\d+\b|(?:partial|half a|one) pallet never (?:got )?(?:loaded|shipped|arrived)",
            r"(?:we |i )?approved [\d.]+ (?:hrs?|hours)\b[^.]{0,30}(?:you )?(?:billed|invoiced|charged) [\d.]+|nobody (?:here )?approved [\d.]+|(?:that's|that is|it was|only) [\d.]+ (?:hrs?|hours|units|pallets|cases|boxes|users|seats),? not [\d.]+",
            r"(?:reissue|re-?bill|bill us|invoice us) (?:only )?for (?:the )?\d+ (?:\w+ )?(?:users|seats|licen[cs]es|units|pallets|cases|boxes|pieces|items|hours)|(?:ordered|billed|invoiced|charged) (?:\w+ ){0,4}for [\d,]+\b[^.?!]{0,15}(?:and|but) (?:there were|we got|we received|only)",
            r"(?:figuran|aparecen|constan|facturan|facturais|facturaron) \d+ (?:\w+ ){0,5}y (?:solo )?(?:se )?(?:descargaron|llegaron|recibimos|entregaron|recibieron) (?:solo )?\d+|\d+ (?:\w+ ){0,3}que no llegaron",
            r"(?:billed|invoiced|charged) (?:us )?(?:for )?\d+ (?:[\w-]+ ){0,6}[\w-]+[,;] (?:the (?:pallet|delivery|truck|shipment|box|carton)|we) (?:only )?(?:had|got|received|contained) \d+",
            r"(?:berechnet|billed|invoiced|facture) [\d.,]+ ?(?:h|hrs?|std|stunden|hours|heures)\b\s*/\s*(?:abgezeichnet|signed|approved|valide|bestatigt)",
            r"fewer (?:units|items|boxes|cases|pallets|than)|(?:billed|invoiced|charged) (?:us )?for \d+[^.?!]{0,40}(?:received|delivered|got|arrived) (?:only )?\d+",
            r"(?:recibimos|llegaron|recibido|entregaron) menos|menos (?:unidades|cajas|piezas|bultos|productos|articulos) (?:de|que)|(?:pedido|entrega|envio|mercancia|mercaderia) (?:\w+ ){0,2}incomplet[oa]",
            r"(?:pone|figuran|aparecen|vienen|constan) \d+ (?:\w+ ){0,6}y en la factura (?:cobrais|cobran|facturan|aparecen|pone|figuran) \d+|\d+ (?:\w+ ){0,3}que faltan|no (?:nos )?llego todo",
            r"falta(?:n)? (?:un|una|dos|tres|\d+) (?:\w+ ){0,2}(?:pallet|palet|caja|bulto|saco|pieza|unidad|tarima)\w*|no calza con lo que llego",
            r"solo (?:hemos )?recibi\w* \d+|recibimos (?:solo|solamente|unicamente) \d+|faltan \d+|faltaron|faltante\w*",
            rf"(?:nos )?(?:llegaron|recibimos|entregaron|recibido) (?:solo |solamente )?\d+ (?:\w+ )?de (?:las |los )?\d+",
            r"(?:lieferung|sendung|bestellung) (?:\w+ ){0,2}unvollstandig|teillieferung|weniger (?:\w+ )?als (?:berechnet|bestellt|fakturiert)|menge (?:\w+ ){0,3}stimmt nicht",
            r"mindermenge|(?<!\d)\d{1,4} (?:\w+ )?fehl(?:t|en)\b|fehlen (?:noch )?\d+",
            r"nur \d+ statt \d+|\d+ statt \d+ (?:stuck|kartons|paletten)|nur \d+\b[^.;!?]{0,30}(?:erhalten|geliefert|bekommen|angekommen)|fehlmenge|minderlieferung|es fehlen|fehlende (?:ware|artikel|teile|menge|stuck)",
            r"(?:recu|livre)e?s? moins|moins de (?:\w+ )?que (?:facture|commande)|(?:livraison|commande) (?:\w+ ){0,2}incomplete",
            r"(?:l')?ecart de quantite|quantite (?:[\w/ ]+ )?(?:receptionnee|recue|livree)\s*:?\s*\d+ ?/ ?\d+|quantity (?:variance|discrepancy|difference|mismatch)",
            r"(?:vous )?factur\w* \d+ (?:\w+ ){0,3}alors que (?:seulement )?\d+|\d+ seulement (?:ont ete|sont|nous ont ete) (?:livre|recu)\w*|reliquat",
            r"(?:recu|livre)e?s? \d+ au lieu de \d+|il manque \d+|n'(?:en )?avons recu que \d+|(?:recu|livre) seulement \d+|seulement \d+ \w+ (?:recu|livre)|quantite (?:manquante|livree|incorrecte)|il manque (?:des |plusieurs |quelques |une partie|\d)",
            r"\d+ (?:\w+ ){0,3}(?:cartons|colis|articles|pieces|unites|caisses|palettes|sacs|plaques|panneaux|rouleaux|bidons|futs)\b[^.;!?]{0,30}manquant\w*|(?:cartons|colis|articles|pieces|unites|caisses|palettes) manquants",
        ],
        [r"quantity|quantities|qty|cantidad|quantite|menge|units|pieces|cartons|pallets|count"],
    ),
    "damaged_defective": (
        [
            r"broke (?:down)?|breaks down|(?:stopped|quit|ceased) (?:working|functioning)|burn(?:ed|t) out|fell apart|falling apart|smashed|busted|ruined|destroyed|wrecked|warped|rust(?:ed|y)|contaminated|melted|thawed|spoilt|defects?|out of tolerance|bad batch",
            r"(?:not|won't|doesn't|does not|didn't|cannot|can't|will not) (?:\w+ )?(?:turn|switch|power) on|(?:is|are|was|were) (?:\w+ )?separating|(?:paint|product|batch|goods|material|units|parts|stock)\w* (?:\S+ ){0,4}(?:is|are|was|were) bad\b",
            r"damaged|broken|defective|faulty|cracked|dented|crushed|leak(?:ing|ed|s)?|shattered|torn|spoiled|(?<!certificate )(?<!card )(?<!his )(?<!her )(?<!which )(?<!that )(?<!licen[cs]e )(?<!contract )(?<!quote )(?<!offer )(?<!link )(?<!password )expired|seized|junk",
            r"(?:with|has|have|had|showing|shows) (?:\w+ )?(?:cracks|chips|dents|scratches|tears|holes)\b|weep(?:s|ing)? at|(?:seep|weep)(?:s|ing|ed)\b|"
            r"(?:are|is|were|was|arrived|came) (?:\w+ )?dead\b(?! (?:end|line|set))|failed (?:within|after|in) (?:the first|a|one|two|three|\d)|(?:have|has) not worked since|(?:haven't|hasn't) worked since",
            r"(?:went|thrown|put|dumped|binned) (?:\w+ )?(?:in|into) the (?:dumpster|bin|trash|garbage|skip)|(?:unfit|unsafe) for (?:use|sale|consumption)|temperature abuse|cold chain (?:was )?broken|(?:product|meat|poultry|fish|food|stock|goods)s? (?:was|were) (?:\w+ )?(?:soft|warm|thawed|spoiled|off)\b",
            r"off[- ]colou?r|(?:it's|it has|they've|they have|has|have) come out (?:\w+ ){0,2}(?:wrong|purple|green|red|pink|brown|blurry|smudged)|nowhere near (?:our|the) (?:blue|red|green|colou?r|pms|proof|spec)|(?:doesn't|does not|don't|do not) match (?:the |our )?(?:approved |signed )?(?:proof|sample|spec)",
            r"scratched|bent|water[- ]damaged|mou?ldy|rotten|stained|chipped|dead on arrival|\bdoa\b|won't (?:start|turn on|power)|not as described",
            r"failed (?:our )?(?:\w+ )?inspection|non-?conform\w*|\bncr\b|cass(?:e|es|ee|ees)\b|arrives? (?:casse|endommage)",
            r"(?:doesn't|does not|didn't|did not|don't|do not) work|not working|stopped working|malfunction\w*|unusable",
            r"poor (?:condition|quality)|quality (?:issue|problem|defect)s?|arrived (?:damaged|broken|in pieces|dead)|out of spec|not to spec",
            r"rotura\w*|(?:vuelto|hecho|hechos|hecha|hechas) (?:pedazos|trizas|polvo)|venian? (?:\w+ ){0,3}(?:rot[ao]s?|quebrad[ao]s?|partid[ao]s?|rajad[ao]s?)|"
            r"danad[ao]s?|defectuos[ao]s?|averiad[ao]s?|en mal estado|rot[ao]s?|no funciona\w*|(?:presenta|presentan|tiene|tienen|con) (?:\w+ )?fallas?|golpead[ao]s?|rajad[ao]s?|quebrad[ao]s?|abollad[ao]s?|mojad[ao]s?|(?<!mes )(?<!plazo )(?<!factura )(?<!facturas )vencid[ao]s?|con (?:defectos|fallas)",
            r"ecras\w*|enfonc\w*|inutilisable\w*|fendu\w*|ne (?:demarre|marche|fonctionne) (?:pas|plus)|tombee? (?:du|de la|de l')|"
            r"endommage\w*|defectueu\w*|casse\w*|abime\w*|ne fonctionne pas|en mauvais etat|dechire\w*|brise\w*|raye\w*|(?<!a )defaut\w*",
            r"mangelanzeige|mangelrug\w*|(?:folgende|festgestellte|diese|die) mangel\b|ma(?:ss|ß)abweichung\w*|nicht verwendbar|unbrauchbar|mangelfrei\w*",
            r"fehlerhaft\w*|beschadigt\w*|defekt\w*|kaputt\w*|bruchschaden|transportschaden|funktioniert nicht|mangelhaft\w*|fallt (?:\w+ )?aus|ausgefallen|undicht|zerbrochen|zerkratzt|verbogen|nicht mehr (?:verwendbar|brauchbar|zu gebrauchen)|durchnasst|aufgerissen|verklumpt",
        ],
        [r"condition|quality|calidad|qualite|qualitat"],
    ),
    "not_received": (
        [
            r"(?:never|not|haven't|have not|hasn't|has not|didn't|did not|yet to|still not|still haven't) (?:yet )?(?:been )?"
            r"(?:received|receive|got|get|gotten|taken delivery of) (?:the |any |our |these |those |this |that )?(?:\w+ )?"
            r"(?:goods|items|order|shipment|delivery|products?|parts|materials?|equipment|merchandise|units|pallets|boxes|package|parcel|service)",
            r"(?:goods|items|order|shipment|delivery|products?|parts|materials?|equipment|merchandise|package|parcel|pallets?)"
            r"(?: \w+){0,3} (?:has |have |was |were |is |are )?(?:never|not|still not|yet to)(?: been)? (?:arrived?|delivered|received|shipped|turned up|shown up|reached us)",
            r"(?:material|goods|items|shipment|order|delivery|consignment|parts|equipment|products?)s? (?:\w+ )?not (?:yet )?(?:received|delivered|arrived)",
            r"(?:marchandise|livraison|commande|colis|produits?|materiel|pieces|articles)\b[^.;!?]{0,40}(?:toujours pas|pas encore|jamais) (?:\w+ )?(?:arrivee?s?|livree?s?|recue?s?)",
            r"nothing (?:has |have )?(?:yet )?(?:arrived|come|turned up|shown up|showed up|been delivered|been received)|never left (?:your|the) (?:warehouse|dock|plant|yard|depot)|(?:haven'?t|havent|didn'?t|didnt|never|not yet) (?:yet )?(?:got|gotten|received) (?:the |any |our )?(?:stuff|load|delivery|order|goods|shipment)|(?:is|are|has|have) not (?:yet )?(?:reach|reached|arrive|arrived|come) (?:to )?us",
            r"(?:still )?(?:haven't|have not|hasn't|has not|didn't|did not|never|not yet|yet to) (?:yet )?(?:received|receive|got|gotten|get) "
            r"(?!(?:[\w-]+ ){0,3}?(?:invoices?|statements?|copy|copies|bill|credit|w-?9|remittance|payments?|reply|response|e-?mails?|answer|confirmation|documents?|po|paperwork|pdf|your)\b)(?:the |any |our |these |those |this |that )?[a-z]",
            r"(?:goods|items|equipment|order|products?|materials?|parts|units) (?:that )?(?:we|i) (?:still )?(?:haven't|have not|never|didn't|did not) (?:got|gotten|received|get)|never (?:been )?dropped|was never (?:dropped|delivered|installed|shipped)|nothing (?:\S+ ){0,3}was ever (?:dropped|delivered|shipped|received)",
            r"no record of (?:receiving|receipt of|having received) (?:the |this |that |our |any )?(?:order|goods|delivery|shipment|items|parts|materials?)|(?:says|said) it never (?:came|arrived)",
            r"(?:we|i) never got (?:these|this|it|them|those|that (?:load|delivery|order|shipment|pallet)|the (?:\w+ )?(?:goods|order|parts|items|delivery|shipment|load))\b|nobody (?:here )?signed for (?:it|them|that|the)|nothing (?:on|in) our (?:receiving|receipt|goods[- ]in) (?:log|records?|system)",
            r"(?:don't|do not|didn't|did not) (?:yet )?(?:have|receive|get) (?:the |our |any |this )?(?:material|goods|order|shipment|delivery|items|parts|products?|load)s? (?:here|yet|in our|at our|on site)|(?:pay|paying|pay for) (?:something|goods|material|items|parts|stuff|products?) (?:we|i) (?:don't|do not|didn't|did not|haven't|have not|never) (?:\w+ )?(?:receive|received|get|got|have)\b",
            r"(?:material|goods|shipment|delivery|order|load|cargo|container|consignment)\b[^.?!]{0,40}(?:stuck|held|stay\w*|sitting|blocked) (?:\w+ )?(?:in|at) customs|no record of (?:the |this |that |any )?(?:delivery|shipment|goods|order|consignment)\b",
            r"(?:hasn't|has not|haven't|have not) (?:even |yet )?(?:shipped|been shipped|left (?:your|the) (?:warehouse|plant))|(?:we )?(?:don't|do not) have (?:them|it|the goods|the items|the parts)(?: yet)?[.!]",
            r"still waiting (?:for|on) (?:the )?(?:delivery|goods|order|shipment|items|parts|materials?)|(?:hasn't|has not|haven't|have not) (?:yet )?arrived|not (?:yet )?arrived",
            r"(?<!tech )(?<!technician )(?<!engineer )(?<!crew )(?<!fitter )never (?:arrived|showed up|turned up|delivered|shipped|received (?:it|them|anything))|not (?:yet )?delivered|nothing (?:was |has been )?(?:delivered|received)|undelivered|non[- ]?delivery",
            r"no (?:la |lo |las |los )?(?:recibimos|hemos recibido) nunca|nunca (?:la |lo |las |los )?(?:recibimos|llego|llegaron)|no (?:nos )?(?:entro|llego) nada",
            r"no (?:hemos|he) recibido (?:\w+ )?(?:la |el |los |las )?(?:mercancia|pedido|material|producto|envio|entrega|articulos|mercaderia)|nunca (?:llego|recibimos)|no (?:nos )?(?:ha|han) llegado|no se (?:ha )?entregado",
            r"(?:n'avons|n'ai) (?:jamais |pas )(?:encore )?recu (?:la |le |les )?(?:marchandise|livraison|commande|colis|produits?|materiel)|jamais (?:recu|arrive|livre)e?s?|pas (?:ete )?livree?s?|non livree?s?",
            r"que (?:nous )?n'avons (?:jamais|pas|toujours pas) (?:encore )?recue?s?|aucune trace (?:a|dans) (?:notre|nos) (?:reception|entrepot|magasin)",
            r"(?:ware|lieferung|bestellung|sendung|artikel|paket|material)\b[^.;!?]{0,40}(?:nicht|nie|noch nicht) (?:\w+ ){0,2}(?:erhalten|angekommen|geliefert|eingegangen|zugestellt|eingetroffen|eingelangt)|nie eingetroffen|(?:nicht|nie) eingelangt|nicht geliefert|nie (?:angekommen|geliefert|erhalten)|keine lieferung",
        ],
        [r"delivery|shipment|(?<!was )(?<!were )(?<!been )received|recibido|livraison|lieferung"],
    ),
    "missing_po_or_docs": (
        [
            r"(?:no|missing|without|lacks?|lacking|need (?:a|the|our)|requires? (?:a|the|our)|must (?:show|include|reference|have|quote)|does(?:n't| not) (?:show|have|include|reference|quote)) "
            r"(?:a |the |our )?(?:valid |correct |approved )?(?:po|p\.o\.|purchase order)(?: number| no\.?| #| reference)?",
            r"(?:po|purchase order)(?: number| no\.?| #| reference)? (?:is |was |are )?(?:missing|not (?:on|shown|included|referenced|quoted|listed)|required|needed|absent)",
            r"(?:proof of delivery|pod|signed delivery|delivery (?:note|receipt)|packing slip|timesheets?|backup|supporting (?:documents|documentation)|receipts)"
            r"(?: is| are| was| were)? (?:missing|required|needed|not (?:attached|included|provided))",
            r"(?:without|missing|no) (?:the |a |any )?(?:proof of delivery|pod|delivery note|supporting documentation|backup|timesheets|receipts)",
            r"without (?:the |a |an |our |your )?(?:signed |approved |certified |original |itemi[sz]ed )?(?:\w+ ){0,2}(?:po|purchase order|lien waivers?|waivers?|payroll|tickets?|timesheets?|proof of delivery|pod|delivery (?:note|ticket|receipt)s?|documentation|documents|paperwork|backup|receipts?|certificates?|sign-?off)\b",
            r"(?:need|needs|require|requires|required|want) (?:the |a |an |our |your )?(?:signed |approved |countersigned |certified )?(?:\w+ ){0,2}(?:timesheets?|time sheets?|delivery (?:note|ticket|receipt)s?|pod|proof of delivery|tickets?|lien waivers?|sign-?off)\b[^.?!]{0,60}\bbefore (?:we|i) can\b",
            r"(?:timesheets?|time sheets?|delivery (?:note|ticket|receipt)s?|pod|proof of delivery|packing slip|lien waivers?)\b(?: \S+){0,3} (?:was|were|is|are|has|have) (?:\w+ )?not (?:been )?(?:attached|included|provided|signed|sent)|missing (?:the |a |our )?(?:signed |approved )?(?:delivery (?:note|ticket|receipt)|timesheet|time sheet|pod|proof of delivery|packing slip|lien waiver|service ticket)s?",
            r"(?:not|isn't|is not|doesn't|does not) (?:reflecting|reflect|mentioning|mention|showing|show|quoting|quote|referencing|reference|carrying|carry) (?:our |the |a |any )?(?:po|purchase order)|(?:mention|quote|reference|add|include|put) (?:our |the )?(?:po|purchase order)(?: number| no\.?| #)? (?:on|in) (?:the )?invoice",
            r"no (?:\w+ )?(?:po|purchase order)(?: number| no\.?| #| reference)? (?:is |was )?(?:shown|given|quoted|referenced|listed|stated|included)",
            r"(?:billed|invoiced|raised|issued) against (?:a |the |an )?(?:po|purchase order)\b[^.]{0,40}\b(?:closed|expired|exhausted|consumed|invalid|cancel\w*)|"
        r"(?:po|purchase order)\b[^.]{0,40}(?:is|was|has been) (?:\w+ )?(?:closed|expired|exhausted|consumed|invalid)|(?:re-?submit|re-?issue) (?:\w+ ){0,3}against (?:a |the |new )?(?:po|purchase order)|(?:obtain|need|get) a new (?:po|purchase order)",
        r"(?:po|purchase order)(?: number| no\.?| #)? (?:on (?:this|it|the invoice|that|there)(?: one)? )?(?:is|was) (?:wrong|incorrect|invalid|not (?:ours|right|correct|valid))|wrong (?:po|purchase order)\b|until the (?:po|purchase order)(?: number)? (?:matches|is (?:corrected|fixed|right))",
        r"(?:po|purchase order)\b[^.]{0,30}\b(?:which|that) (?:has )?(?:expired|closed|ran out)|"
        r"(?:blanket )?release (?:no\.? |#)?\d+\b[^.]{0,60}(?:is|was|has been) (?:\w+ )?closed|(?:to|against) a closed (?:po|release|purchase order|blanket)|(?:correct|wrong|invalid) (?:the )?(?:po |blanket )?release(?: number)?",
        r"(?:don't|do not|haven't|have not|never) (?:\w+ ){0,2}(?:have|received|got) (?:your |the |a |any )?(?:\w+ )?(?:timesheets?|time sheets?|pod|proof of delivery|delivery (?:notes?|tickets?|receipts?)|receipts?|lien waivers?|waivers?|backup|change orders?|variation orders?)\b|(?:no|without (?:a |the |any )?) (?:signed |approved )?(?:change order|co|variation order)\b",
        r"(?:neither|none of the|no) (?:invoice|bill)s? (?:has|have|had|includes?|carr(?:y|ies)) (?:the |any )?(?:\S+ ){0,2}(?:timesheets?|time sheets?|pod|proof of delivery|delivery (?:notes?|tickets?|receipts?)|receipts?|lien waivers?|waivers?|backup|change orders?|variation orders?)|every invoice must include (?:the )?(?:\S+ ){0,2}(?:timesheets?|time sheets?|pod|proof of delivery|delivery (?:notes?|tickets?|receipts?)|receipts?|lien waivers?|waivers?|backup|change orders?|variation orders?)|(?:rejected|declined),? no (?:\w+ )?receipt",
        r"po (?:is |was )?required|no (?:valid )?po\b|(?:doesn't|does not|don't|do not) (?:have|show|quote|reference) (?:one|a po|the po|our po)",
            r"(?:no|tampoco) (?:viene con|trae|tiene|incluye|indica|menciona|lleva|viene)\b[^.;]{0,60}\b(?:orden de compra|oc|pedido)\b|sin (?:el )?(?:numero de )?(?:orden de compra|pedido|oc)\b|falta (?:el )?(?:numero de )?(?:orden de compra|pedido|albaran|oc)\b",
            r"(?:il )?manque (?:le |la |notre |un )?(?:numero de |n. de )?(?:bon de commande|commande|bon de livraison)|(?:ne comporte|ne contient|n'indique|ne porte|ne reprend) pas (?:\w+ ){0,3}(?:bon de commande|commande)|ne mentionne pas (?:notre |le |la )?(?:numero de )?(?:bon de commande|commande)|bon de commande[^.]{0,30}obligatoire",
        r"(?:aucun|sans|pas d'|ni d') ?(?:ordre de service|avenant|os signe)|(?:liegt|liegen) uns (?:keinerlei|kein|keine) (?:\w+ )?(?:nachweis|beleg|protokoll|lieferschein|unterlagen)|ohne (?:\w+ )?(?:nachweis|protokoll|beleg) kein\w*",
        r"(?:attestation|certificat|extrait kbis|kbis)\b[^.]{0,60}(?:n'est plus valable|manque|a expire|expiree)|sans (?:elle|lui|ce document|cette attestation),? (?:\w+ ){0,4}ne peut pas",
        r"il n'y a (?:aucun|pas de) (?:numero de )?(?:bon de commande|bc)\b|sans numero,? (?:\w+ ){0,3}(?:rejette|refuse|bloque)|"
        r"sans (?:le |notre )?(?:numero de |no de |n. de )?(?:bon de commande|commande|bc)\b|(?:numero de )?(?:bon de )?commande (?:est |sont )?(?:manquant|absent|obligatoire)e?s?",
        r"(?:n'a|ne porte|ne comporte|ne contient|n'indique) (?:aucun|pas de|pas le|pas notre) (?:numero de |no de )?(?:bon de commande|bc)\b",
        r"absence (?:du|de|d'un) (?:numero|n\.?|bon|reference|code)\b[^.;]{0,40}(?:commande|engagement|bc)\b|(?:doit|doivent) obligatoirement comporter",
            r"bestellreferenz fehlt|(?:keine|ohne) (?:gultige )?bestell(?:nummer|referenz)|nicht pruffahig|(?:liegt|liegen) (?:uns )?(?:weder )?(?:ein |eine |der |die )?(?:aufmass|aufma(?:ss|ß)|regieberichte?|stundennachweise?|lieferscheine?|leistungsnachweise?)\w* (?:bei|vor)|folgende angaben fehlen",
            r"ohne (?:\w+ )?(?:bestellnummer|bestellung|lieferschein)|bestellnummer (?:fehlt|ist erforderlich)|fehlt (?:\w+ )?(?:unsere |die |eine |ihre )?(?:bestellnummer|bestellung|po-nummer)|fehlende (?:bestellnummer|unterlagen)|lieferschein fehlt",
        ],
        [r"po number|purchase order|bestellnummer|orden de compra|bon de commande"],
    ),
    "tax": (
        [
            r"intracomunitari\w*|intracommunautaire|innergemeinschaftlich\w*|sin iva|de iva|\d+ ?% (?:de )?(?:iva|tva|vat|mwst|hst|gst)|sales tax|(?:wrong|incorrect|missing|invalid|without|no|our|your|the) (?:vat|tva|iva|ust-?id)\b (?:\w+ )?(?:number|no|n|id)\b",
            r"tax[- ]exempt\w*|exemption certificate|resale certificate|(?:sales |use )?tax (?:was |is |should|has been )?(?:charged|applied|added|incorrect|wrong|rate)",
            r"charged (?:us )?(?:sales |the )?(?:tax|vat|gst|hst)|vat (?:was |is |should|has been )?(?:charged|applied|added|incorrect|wrong|rate)|(?<!own )(?<!its )(?<!their )(?<!separate )vat number|reverse[- ]charge",
            r"(?:tax|vat|gst|hst)\b (?:was |is |has been )?(?:figured|calculated|computed|worked out|billed) at|re-?rate (?:it|the (?:tax|invoice))|recalculate (?:the )?(?:tax|vat)",
            r"withholding tax|\btds\b|\btcs\b|retencion\w*|retenue a la source|quellensteuer",
            r"(?:vat|tax|iva|tva|mwst|gst|hst) on (?:an? |the |our |these |this )?(?:exports?|exempt|intra|zero|resale)|(?:has|have|with|includes?|including) (?:\w+ )?(?:vat|sales tax|gst|hst|iva|tva|mwst) on (?:it|them|this|an? |the )",
            r"(?:wrong|incorrect) (?:tax|vat|gst|hst|iva|tva|mwst|ust)|\b(?:gst|hst|pst|qst|tps|tvq)\b|zero[- ]rated|tax on (?:it|this|inv|the)|(?:added|charged|applied) (?:\w+ )?(?:sales )?tax|without (?:the )?(?:vat|tax)",
            r"iva al \d+|tipo (?:super)?reducido|(?:rectificativa|factura) al \d+ ?%",
            r"iva (?:incorrect\w*|aplicad\w*|mal|equivocad\w*|no)|exent[oa]s? de iva|impuesto\w*|(?:un|el) iva|aplicado (?:un |el )?iva|(?:llevar|lleva|llevaba|incluir|cobrar) (?:el )?iva|exent[oa]s?\b",
            r"tva (?:\w+ )?(?:incorrecte|errone\w*|appliquee|factur\w*)|erreur (?:sur|de|dans) (?:la |le taux de )?tva|taux de tva|exonere\w*|autoliquidation",
            r"mwst|mehrwertsteuer|umsatzsteuer|ust-?id|steuersatz|steuerfrei|steuerschuldnerschaft",
        ],
        [r"tax(?! (?:id|number|identification))|taxes|vat(?! (?:number|no\b|reg\w*|id\b))|iva|tva|steuer"],
    ),
    "returns_credit": (
        [
            r"(?:we )?returned (?:the |these |those |\d+ |all |them|it|two |three |four |five |six |some |several |a few |one )|return(?:ed)? (?:authori[sz]ation|goods|items|merchandise|shipment)|(?:core |our )returns?\b",
            r"credit (?:note|memo)s? (?:\S+ ){0,4}(?:has not|hasn't|was not|wasn't|not|never|still not) (?:been )?(?:applied|issued|received|reflected|deducted)|until (?:the |our )?(?:\w+ )?credit (?:is|has been|gets) applied|core credit",
            r"(?:still )?(?:awaiting|waiting for|expecting) (?:a |the |our )?(?:credit|refund)|credit (?:was |has |is )?(?:not|never|still not) (?:been )?(?:applied|issued|received|reflected)",
            r"were (?:sent )?back|sent (?:them |it )?back|sent back (?:the )?\w+|went back to you|\brma\b|the returned \w+|returned (?:in|last|on) ",
            r"credit (?:note|memo)s?\b[^.?!]{0,60}(?:isn't|is not|not|never|still) (?:\w+ ){0,2}(?:on|applied|issued|received|showing|shown|reflected)|where is (?:our|the|my) credit",
            r"went back (?:with|to|on|via) (?:your|you|the)|(?:need|needs|want|please have) (?:those|these|them|it|that|this) credited|(?<!invoice )(?:were|was) returned (?:to you|via|through|by|with|on)|credit (?:note|memo)?\b[^.?!]{0,30}(?:is |are )?still awaited",
            r"confirmed the (?:\w+ )?credit|(?:said|promised|agreed) (?:\w+ ){0,3}credit would be|(?:el |la )?abono\b[^.]{0,40}(?:no (?:nos )?ha llegado|todavia no|aun no|sigue sin)",
            r"nota de (?:credito|abono)|devol\w*|devolvimos|reembols\w*",
            r"(?:avons|ont ete|vous avons) renvoye\w*|renvoyes? le \d|repris (?:\w+ )?par votre (?:chauffeur|transporteur|livreur)|bon de retour|note de credit\b[^.]{0,40}(?:pas (?:encore )?recue|toujours pas)",
            r"avons retourne\w*|retour(?:ne|nee|nes|nees)\b|l'avoir|(?:attendons|attente) (?:\w+ ){0,2}avoir",
            r"(?:attend|attendons|attente|attendre)(?: \w+){0,3} (?:la |le |une |un |notre |votre )?(?:note de credit|avoir|credit)|(?:emettre|emettez|emettre) (?:le |la |un |une )?(?:credit|note de credit|avoir)",
            r"rucksendung|zuruckgeschickt|zuruckgesandt|retourniert\w*|retoure|gutschrift (?:\w+ ){0,2}(?:fehlt|fehlt noch|nicht)|gutschrift (?:\w+ ){0,4}(?:nie|nicht|noch nicht|bis heute nicht) (?:erhalten|bekommen|erteilt|gebucht)",
            r"returned (?:\w+ ){0,2}(?:parts|goods|items|units|products|merchandise|material|pallets)|(?:please )?apply (?:the |our )?credit (?:memo|note)",
        ],
        [r"credit|return|returns|abono|retour|credit (?:note|memo)|\brma\b|refund\w*|avoir|gutschrift"],
    ),
    "pricing": (
        [
            r"(?:should|would|was meant to|was supposed to) be free|free of charge|(?:told|promised|agreed|quoted) (?:\w+ ){0,5}(?:would be |was |is )?(?:free|included)\b",
            r"(?:billed|charged|invoiced|bills|charges|invoices) (?:us )?(?:all |the |for |them |it )?(?:\S+ ){0,3}at (?:\$|€|£|\d)|rate card|\w's (?:quote|quotation)\b(?: \S+){0,3} (?:had|has|says|said|shows|was)\b|higher than (?:the |our )?(?:quote|quoted|agreed|po|contract|expected)|more than (?:quoted|agreed)|markup",
            r"not on the (?:rate confirmation|rate con|rate sheet|quote|quotation)|"
            r"price list|locked (?:in )?(?:the )?(?:price|pricing|rate)s?|(?<!\w's )freight(?! (?:company|forwarder|carrier|co|ltd|inc|llc|'s))(?!'s)|shipping (?:charge|fee|cost)s?|list price|(?:% |percent )(?:off|discount)",
            r"overcharg\w*|price (?:increase|difference|discrepancy|change)|(?:wrong|incorrect|higher|different) (?:\w+ )?(?:price|pricing|rate|unit price)s?",
            r"(?:agreed|contract(?:ed)?|quoted|negotiated|list|catalog|catalogue) (?:\w+ )?(?:price|rate|pricing|amount)s?|(?:our|the) (?:quote|quotation|contract|agreement) (?:says|said|states|shows)",
            r"discount (?:was |is |has )?(?:not|never|missing)|missing (?:the |our )?discount|(?:per |/ ?|(?<=\d )a )(?:unit|piece|hour|hr|h|day|each|ea|pc|item|yd|yard|ton|tonne|kg|lb|ft|sqft|m|box|case|pallet|gallon|gal|litre|liter|meter|metre)\b(?![),])|unit (?:price|cost|rate)",
            r"(?:rate|price|pricing|amount|charges?)s? (?:\w+ ){0,3}(?:is |are )?not (?:as per|per|in line with|according to|in accordance with)|(?<!po )(?<!number )(?<!reference )(?<!order )(?:you )?quoted (?:us )?|(?:msa|sow|contract|agreement|quote|po|purchase order) (?:says|said|states|shows|has|lists)|(?:billed|invoiced|charged) (?:us )?(?:at )?list|not at contract|(?:re-?bill|bill) at contract|price variance",
            r"(?:surcharge|fee|charge|markup|mark-up)s? (?:\S+ ){0,3}(?:was|were|is|are) (?:never|not) (?:agreed|quoted|approved|authori[sz]ed)|restocking fee|fuel surcharge",
            r"(?:price|rate|cost|amount|fee)s? (?:\S+ ){0,6}(?:is|are) (?:more|higher|greater) than(?! (?:we|i) (?:can|could)| (?:our|the|this) (?:\w+ )?budget)|(?:fee|charge|surcharge)s? (?:\S+ ){0,4}(?:wasn't|was not|isn't|is not|not) (?:in|on|part of) (?:the |our )?(?:quote|quotation|contract|agreement|po)|(?:the )?offer (?:you|we) (?:give|gave|made)|correct price",
            r"(?:our|the) (?:\w+ )?(?:quote|quotation)(?: \S+){0,2} (?:says|said|states|shows|was|is|gives|has)|(?:contract|agreement)\b[^.]{0,40}(?:price|pricing|rate|\$|€|£|% off|discount)",
            r"incluid[oa]s? en el (?:contrato|presupuesto|precio)|(?:contrato|presupuesto)\b[^.]{0,120}\b(?:estan|esta|quedan|van) incluid[oa]s?|(?:is|are|was|were) (?:already )?included in (?:the|our) (?:contract|quote|price|agreement|service plan)",
            r"(?:facturad[ao]s?|cobrad[ao]s?) a [\d.,]+ ?€? (?:cuando|pero|mientras)|la oferta (?:\S+ ){0,6}(?:ponia|decia|indicaba|fijaba)|"
            r"precio\w*|tarifa\w*|descuento|cotizaci\w*|presupuesto|cobraron (?:\w+ )?(?:de mas|mas)|cobrad[oa]s? de mas|(?:mayor|superior) (?:al|a lo|que (?:el|lo)) (?:cotizado|acordado|pactado|presupuestado|ofertado)",
            r"(?:after-?hours|overtime|emergency|premium|weekend|call-?out|rush) (?:rate|charge|fee|surcharge)s?|(?:nobody|no one|never|we never|we did not|we didn't) agreed? (?:to )?(?:\w+ ){0,3}(?:rates?|prices?|charges?|fees?)",
            r"(?:contrat|contrat-cadre|accord|accord-cadre|devis|marche)(?: \S+)? (?:fixe|prevoit|stipule|indique)\b[^.]{0,40}\d|revisable uniquement|factures? [\d ,.]+ € (?:piece|l'unite|unitaire|chacun)",
            r"frais de (?:transport|port|livraison|deplacement)|franco de port|accord-cadre|\bprix\b|tarif\w*|remise|devis|soumission|factur\w* (?:en )?trop|(?:superieur|plus eleve) (?:au|a ce qui|que)",
            r"(?:nie|nicht) vereinbart|(?:sind|ist) (?:laut \w+ )?(?:inklusive|inkl\.?) (?:maut|fracht|versand|anfahrt)|"
        r"(?:hoher|mehr) als (?:vereinbart|angeboten|im angebot|bestellt zum)|zu viel berechnet|preis\w*|rabatt\w*|stuckpreis|einzelpreis|angebot|stundensatz\w*|verrechnet\w*|konditionen",
        ],
        [r"price|pricing|rate|rates|quote|charged|cost|amount|total|discount"],
    ),
    "service_issue": (
        [
            r"service (?:was |is |has been )?(?:not|never|poor|incomplete|unsatisfactory|down|interrupted|outage|issue|problem|failure)",
            r"(?:job|work)(?: \w+){0,2} (?:isn't|is not|wasn't|was not|hasn't been|has not been) (?:yet )?(?:finished|complete|completed|done)|still (?:haven't|have not|hasn't|has not) (?:done|finished|completed)\b",
            r"workmanship|unsatisfactory|incomplete (?:work|job|service|installation)|not (?:properly )?(?:fixed|repaired|resolved|installed)|still (?:not working|leaking)",
            r"outages?|downtime|uptime|not (?:been )?(?:performed|completed|rendered|provided|finished)|no[- ]shows?|sla (?:breach|violation|not met)|(?:missed|breached|violated|failed) (?:the |our |its )?(?:\S+ ){0,3}sla|service credits?",
            r"(?:work|job|installation|repair|project|service|restriping|maintenance)\w* (?:\S+ ){0,3}(?:is|was|remains|left) (?:still )?(?:incomplete|unfinished|half[- ]done|not finished)|stopped (?:halfway|half way|midway)|unresolved|(?:poor|bad|terrible) (?:service|support|work)|not happy with the (?:service|work|support)",
            r"(?:work|job|installation|repair|maintenance|project|visit|training|cleaning|consulting|hours)(?: \w+){0,2} (?:was |were |is |has |have )?(?:not|never) (?:been )?(?:complete|completed|finished|done|performed|delivered|carried out|provided)",
            r"(?:were|was) not (?:done|cleaned|finished|completed|fixed|repaired)|(?:crew|technician|engineer|team|contractor|he|she|they) (?:left|arrived) (?:after|\w+ hours? late|late|early)|partial (?:service|job|work|repair)|(?:crew|technician|engineer|team|contractor|he|she|they) left (?:saying|before|after)",
            r"never (?:came|come) back|(?:labou?r|work|hours|visit|commissioning|installation|repair)s? (?:\w+ ){0,2}(?:that )?never (?:happened|took place)|finish the job|"
        r"left without (?:fixing|finishing|completing|repairing|resolving|hooking|connecting|installing|commissioning|testing)|(?:weren't|were not|wasn't|was not|never) (?:even )?touched|send (?:him|her|them|someone|the tech\w*|a tech\w*|the crew) back to (?:finish|complete|fix)|(?:didn't|did not|never) (?:actually )?(?:fix|finish|complete|repair) (?:it|the (?:job|fault|problem|issue|leak|unit))",
            r"(?:left|walked off) the (?:job|work|site|install\w*|project) (?:half[- ]done|half[- ]finished|unfinished|incomplete)|packed up (?:and left )?(?:after|before) (?:day|the)",
            r"(?:implementation|installation|migration|configuration|project|install|setup|set-up|commissioning|go-live|deployment)\w* (?:isn't|is not|wasn't|was not|hasn't been|has not been) (?:yet )?(?:done|finished|complete|completed|delivered|live)|(?:migration|installation|implementation|install|repair|upgrade|deployment) (?:has |have )?failed|(?:nobody|no one|no-one) (?:came|showed up|turned up|was sent)",
            r"never got (?:torqued|finished|done|installed|fixed|completed|connected|commissioned|tested|hooked up)|(?:were|was) (?:only )?here (?:on )?\w+ and \w+,? that'?s it",
            r"(?:module|session|training|topic|part|scope|agenda)\b[^.]{0,80}(?:was|were) never (?:covered|delivered|done|given|taught)|(?:trainer|instructor|consultant|technician|engineer) (?:walked in|arrived|showed up|turned up) (?:at \d|late)|got less than (?:\w+ ){1,2}hours? of",
            r"tecnico|a medias|nunca vino|no vino|no ha vuelto|instalacion (?:incompleta|sin terminar)|sin terminar",
            r"(?:technician|tech|engineer|monteur|installer|fitter|crew)s? (?:did|never|didn't|left|arrived|(?:was|were) (?:late|not|never|unable|only|rude|a no-show)|has not|hasn't)|montage|nachbesserung|mangelhaft ausgefuhrt|nicht mehr da|(?:did not|didn't|never) (?:show up|perform|complete|finish|turn up)",
            r"servicio (?:no|deficiente|incompleto|mal)|trabajo (?:no|incompleto)|no se (?:realizo|completo) el (?:servicio|trabajo)",
            r"(?:n'est|ne sont|n'etait|n'etaient) pas (?:venu|venue|venus|venues|passe|passee|passes)\b|\d+ passages? sur \d+",
            r"personne (?:n'est |est )?(?:jamais )?revenu|revenez finir|(?:sont|est) partis? en disant|(?:sont|est) restes? (?:une|deux|\d) heures?",
            r"prestation (?:non|incomplete|pas)|service (?:non|pas) (?:rendu|effectue)|travaux (?:non|pas|inacheves)|intervention|technicien|(?:n'a|n'ont) (?:jamais |pas )(?:ete )?(?:realise|effectue|fait|rendu|termine|acheve)e?s?|personne (?:ne s'est|n'est) (?:presente|venu)",
            r"leistung\w* (?:wurde |wurden )?(?:nicht|nie|mangelhaft|unvollstandig)|nicht erbracht|ausfall|nicht (?:durchgefuhrt|ausgefuhrt|erledigt|fertiggestellt|abgeschlossen|fertig|beendet)|abgebrochen|(?:nie|nicht) nachgeholt|(?:wartung|reparatur|montage)\w* (?:\w+ ){0,4}nicht",
        ],
        [r"service|servicio|prestation|leistung"],
    ),
    # Contested for a reason outside the list: the wrong legal entity billed, billing terms or a
    # contractual deduction. Named like the others, so a second problem next to it still counts.
    "other": (
        [
            r"(?:made out|addressed|issued|raised|invoiced|billed) (?:to|on|in the name of|against) (?:\S+ ){0,4}(?:(?:our|the) )?(?:parent|sister|holding|old|former|previous|wrong|pre-acquisition) (?:company|entity|name|business)",
            r"wrong (?:legal )?(?:entity|company name|legal name|customer name|bill-to)|(?:a |is a )(?:different|separate) (?:legal )?(?:company|entity)|new company(?: number| name)?|novation",
            r"(?:no|without) retainage|retainage (?:was )?(?:not|never) (?:withheld|held|deducted)|"
            r"late[- ]delivery (?:deduction|penalty|penalties|charge)|liquidated damages|net ?\d+,? (?:not|instead of|rather than) net ?\d+",
            r"(?:billed|invoiced) (?:\w+ ){0,3}before (?:acceptance|sign-?off|the milestone|completion)|milestone (?:\w+ ){0,4}(?:not|never) (?:yet )?(?:been )?(?:reached|met|accepted|signed off)",
            r"maison mere|societe mere|(?:a|avec) son propre siret|au nom de (?:notre |la )?(?:filiale|ancienne societe)|penalites? de retard de livraison|mauvaise (?:entite|societe|raison sociale)",
            r"otra razon social|razon social correcta|otro (?:rfc|cif|nif)\b|wrong currency|(?:issued|invoiced|billed) in (?:us dollars|usd|euros?|eur|pounds|gbp),? (?:but|while|whereas)|"
            r"razon social (?:incorrecta|equivocada|erronea)|a nombre de (?:nuestra |la )?(?:matriz|filial|empresa matriz|otra sociedad)|(?:empresa|sociedad) matriz|penalizacion por retraso en la entrega",
            r"muttergesellschaft|tochtergesellschaft|konzernmutter|falsche (?:firma|gesellschaft|firmierung)|falschen (?:firmennamen|rechtstrager)|vertragsstrafe|konventionalstrafe",
        ],
        [r"(?!x)x"],
    ),
}

INVOICE_REQUEST = {
    "en": [
        r"(?:send|resend|re-send|forward|email|e-mail|share|provide|attach|mail|supply)(?: (?:me|us|over|through|across))*(?: again)?"
        r" (?:a |an |the |another |your |our |us |me |over |copies |copy )*(?:new |updated |corrected |revised |current |latest |full |signed |complete |itemi[sz]ed |pdf |actual )?"
        r"(?:copy|copies|duplicate|pdf|statements?|invoices?|inv|w-?9|w-?8\w*|tax forms?|proof of delivery|pods?|delivery (?:note|receipt|confirmation)s?|"
        r"bill of lading|bol|packing (?:slip|list)s?|purchase order|po|breakdown|backup|(?:delivery )?dockets?|supporting documentation|documents?|paperwork|receipts?|delivery tickets?|tickets?|lien waivers?|payroll|certificates?|timesheets?|time sheets?)\b",
        r"(?:resend|re-send)\b|send (?:\S+ ){0,3}as (?:a )?pdf|send (?:them|it) (?:over|again)|(?:attach|include) (?:the |them|it)(?: \S+){0,3} and resend",
        r"(?<!our )(?<!my )(?<!their )(?:copy|copies|pdf) of (?:the |your |our |this |that |these |all |invoice|inv)(?![^.]{0,30}\b(?:is|are) attached)",
        r"(?:ledger|vendor|supplier|customer|account) (?:statement|extract|copy)|statement of (?:our )?(?:account|ledger)|\bsoa\b",
        r"(?:need|require|request|requesting|want|would like|missing|lost|misplaced|cannot find|can't find|could not find|couldn't find|did(?:n't| not) get|haven't got|have not got|"
        r"don't have|do not have|never (?:received|got)|haven't (?:received|got|seen)|have not (?:received|seen)|did not receive|didn't receive|no record of)"
        r"(?: (?:a|an|the|this|that|your|any|our|these|those|a new|an updated|a corrected|a signed))? ?(?:copy|copies|invoices?|statements?|w-?9|tax forms?|pod|proof of delivery|bill)\b",
        r"(?:don't|do not|can't|cannot|couldn't) (?:seem to )?(?:find|locate) (?:this|the|that|your|any) (?:invoice|bill)|no record of (?:this|the|that|your) invoice",
        r"statement of (?:account|open items)|account statement|w-?9|w-?8(?:ben)?(?:-e)?|certificate of insurance",
        r"(?:submit|upload|re-?submit|send|enter|load) (?:it|them|the invoice|this invoice|inv-?\d+) (?:in|into|through|via|on|to) (?:coupa|ariba|tungsten|basware|taulia|jaggaer|csp|the (?:supplier |vendor |ap )?portal)",
        r"itemi[sz]ed (?:invoice|copy|copies)|invoice cop(?:y|ies)|(?:get|have|obtain) (?:a |an )?(?:pdf |invoice )?cop(?:y|ies)\b",
    ],
    "es": [
        r"(?:enviar|envien|envie|enviarnos|enviarme|reenviar|reenvien|reenvie|mandar|manden|mande|mandarnos|facilitar|facilitarnos|remitir|remitan|adjuntar|adjunten)"
        r"(?:nos|me)? (?:\w+ ){0,3}(?:una |la |el |las |los |un )?(?:copia|duplicado|factura|facturas|estado de cuenta|extracto|pdf|albaran|comprobante de entrega|guia de (?:transporte|remision|despacho)|soporte de entrega|prueba de entrega|remito)",
        r"(?:nos |me )?(?:lo|la|los|las) (?:pueden |puede |podrian |podria |podeis )?(?:reenviar|enviar|mandar|remitir)\b|(?:xml|cfdi)\b[^.?]{0,30}(?:reenviar|enviar|mandar)|(?:no tenemos|nos falta|falta) (?:el |la )?(?:xml|cfdi|certificado)",
        r"(?:mandame|mandanos|enviame|envianos|pasame|pasanos|remitanos|envienos|mandenos)(?:lo|la|los|las)\b|"
        r"copia de (?:la|las|su) factura|(?<!de nuestro )(?<!de su )(?<!del )(?<!en nuestro )(?<!en su )(?<!en el )estado de cuenta(?! que nos (?:enviaron|mandaron|envio|mando|enviaste|mandaste))|extracto de cuenta",
        r"(?:no (?:hemos|he) recibido|no tenemos|necesitamos|necesito|nos falta) (?:la |una |el |las )?(?:factura|copia|estado de cuenta)",
    ],
    "fr": [
        r"(?:m')?(?:envoyer|renvoyer|transmettre|faire parvenir|adresser|communiquer|envoyez|renvoyez|transmettez)(?: \w+){0,2} (?:une |la |le |les |un |des )?"
        r"(?:copie|duplicata|facture|factures|releve|pdf|bon de livraison|preuve de livraison|fichier|liste de prix|grille tarifaire|attestation|extrait kbis|kbis|certificat|rib)",
        r"copie de (?:la|les|votre) facture|duplicata|releve de compte",
        r"(?:n'avons|n'ai) (?:pas|jamais) (?:encore )?recu (?:la |les |votre |vos )?(?:facture|copie|releve)|(?:avons|ai) besoin(?: \w+){0,2} (?:la |une |le |d'une |de la )?(?:facture|copie|releve)",
        r"(?:nous |me )?(?:la|les) (?:renvoyer|renvoyez|retransmettre|transmettre|envoyer|faire parvenir)\b",
    ],
    "de": [
        r"(?:senden|schicken|ubermitteln|zusenden|zukommen lassen|nochmals|erneut|ubersenden)\b[^.;!?]{0,40}(?:kopie|rechnungskopie|duplikat|rechnung|kontoauszug|kontoubersicht|lieferschein|pdf)",
        r"(?:lieferschein|zustellnachweis|abliefernachweis|liefernachweis|empfangsbestatigung)\w*\b[^.;!?]{0,40}\b(?:zustellen|senden|schicken|zusenden|zuschicken|zukommen lassen|ubermitteln)\b",
        r"(?:rechnung|kopie|kontoauszug|lieferschein|rechnungskopie|duplikat)\w*\b[^.;!?]{0,40}\b(?:senden|schicken|zusenden|zuschicken|zukommen lassen|ubermitteln)\b",
        r"(?:kopie|duplikat|zweitschrift) der rechnung|rechnungskopie|(?<!ihren )(?<!ihre )(?<!den )(?<!ihrem )(?<!im )(?<!unserem )(?<!dem )kontoauszug(?! durchgegangen)|kontoubersicht|saldenbestatigung",
        r"rechnung\w*[^.;!?]{0,30}(?:nicht|nie) (?:erhalten|bekommen)",
    ],
}

DOCUMENT_KINDS = {
    "statement": r"statement|estado de cuenta|extracto|releve|kontoauszug|kontoubersicht|saldenbestatigung",
    "w9": r"w-?9|w-?8\w*|tax form|certificate of insurance",
    "proof_of_delivery": r"proof of delivery|\bpods?\b|delivery (?:note|receipt)|bill of lading|packing (?:slip|list)|albaran|bon de livraison|lieferschein|zustellnachweis|guia de (?:transporte|remision)|soporte de entrega|preuve de livraison",
    "po": r"purchase order|\bpo\b copy|copy of (?:the |our )?po\b",
    "invoice_copy": r"invoice|copy|copie|copia|duplicat|factura|facture|rechnung|kopie",
}

PAYMENT_PLAN = {
    "en": [
        r"(?:two|three|four|\d) (?:equal |monthly )?payments of|payment plan|instal+ments?|in (?:two|three|four|five|six|\d) (?:equal |monthly |weekly |separate |smaller )?(?:parts|payments|tranches|instal+ments|chunks|stages)",
        r"split\b(?: \S+){0,4} (?:into|across|over|between|in)\b|(?:revised|new|different|extended) (?:payment )?terms|hold off (?:on |until|till)|(?:give|grant|allow) us (?:until|till|a few|some|more|an extra|another)",
        r"spread (?:the |out |it |this )?(?:payments?|balance|amount|it|cost)?(?: \w+)? (?:over|across|out)",
        r"(?:an |a short |more |some |additional |extra |\d+[- ]day |two[- ]week )?extension|extend (?:the |our |its )?(?:due date|deadline|terms|payment|credit)",
        r"push (?:\w+ ){0,3}out (?:\d+|a|another|two|three|four|six) (?:more )?(?:days|weeks|months?)|"
        r"(?:break|divide|split|cut) (?:\S+ ){0,4}(?:into|in) (?:two|three|four|five|six|\d) (?:\w+ )?(?:payments|instal\w*|parts|chunks)|"
        r"(?:couple|few|two|2) (?:more|extra) (?:days|weeks)|more weeks|(?:push|move) (?:back |out )?(?:the )?(?:due date|deadline|payment date)|(?:days|weeks) more time",
        r"(?:possible|could we|can we|may we|ok if we|okay if we|alright if we)(?: to)? (?:have|get|take) until\b|(?:possible|could we|can we|may we|ok if we|okay if we|alright if we|would you (?:mind|allow|let us))\b[^.?]{0,30}\b(?:move|push|shift|reschedule) (?:inv-?\d+|\d{5}|it|this|the payment|our payment|payment)\b|(?:won't|will not|can't|cannot) manage (?:\S+ ){0,3}(?:this|by)",
        r"more time|extra time|additional time|bit longer|few more (?:days|weeks)|(?:defer|postpone|delay|push back|reschedule) (?:the |our )?payment",
        r"(?:half|part|a portion|some) (?:of (?:it|this|this one|inv-?\d+|\d{5}) )?now and (?:the )?(?:rest|remainder|half|balance|other half)|struggling|(?:tough|difficult|hard) (?:month|time|period)s?",
        r"partial payments|pay (?:it |this |the balance )?(?:off )?in (?:parts|stages|chunks|portions)|hardship|financial (?:difficult(?:y|ies)|hardship|trouble)",
        r"cash ?flow (?:issue|problem|difficult|constraint|crunch|is tight|situation)|tight cash|grace period|monthly payments|weekly payments",
        r"(?:extra|additional|another|further) (?:\d+|fifteen|thirty|sixty|ninety|two|three|four) (?:days|weeks)|(?:\d+|thirty|sixty|ninety|fifteen) (?:more|additional|extra) days|(?:can|could|may) (?:we|i) (?:have|get|take) until|(?:\$|€|£)[\d,.]+k? (?:a|per|each) (?:month|week)",
    ],
    "es": [
        r"plan de pagos?|(?:en|a) (?:dos|tres|cuatro|cinco|seis|\d) (?:plazos|cuotas|pagos|partes|mensualidades)|a plazos|aplaza\w*|prorroga\w*",
        r"mas tiempo|tiempo adicional|fraccionar|pagos parciales|dificultades (?:financieras|economicas)|problemas de (?:liquidez|tesoreria)",
        r"ampliar el plazo|extension del plazo|ampliacion del plazo|(?:en|a) (?:dos|tres|cuatro|\d) (?:exhibiciones|parcialidades)|(?:mas|unos) dias (?:mas|de plazo)|prorroga",
    ],
    "fr": [
        r"echeancier(?!\s+fournisseurs?|\s+de (?:paiement|reglement)\s+(?:des |de nos )?fournisseurs)|plan de (?:paiement|remboursement)|en (?:deux|trois|quatre|\d) (?:fois|versements|echeances|mensualites)",
        r"paiement echelonne|echelonn\w*|etaler|delai supplementaire|delai de paiement|report (?:de|du) (?:paiement|l'echeance)|reporter (?:le|notre) paiement",
        r"plus de temps|difficultes (?:financieres|de tresorerie)|paiements partiels|(?:obtenir|accorder|avoir|demander|beneficier d') ?un delai|liquidites (?:sont )?serrees",
    ],
    "de": [
        r"ratenzahlung\w*|in raten|\braten\b|teilzahlungen|teilzahlungsvereinbarung|teilzahlung (?:vereinbaren|gewahren|einraumen|anbieten|moglich)|um (?:eine )?teilzahlung|zahlungsplan|zahlungsaufschub|stundung|mehr zeit|zahlungsziel\w* (?:zu )?verlangern",
        r"stundung\w*|(?:ersuchen|bitten) (?:wir )?um (?:stundung|aufschub|ratenzahlung|zahlungsaufschub)|fristverlangerung|aufschub|verlangerung (?:der|des|unserer) (?:zahlungs|frist|ziel)\w*|liquiditatsengpass|finanzielle schwierigkeiten|in (?:zwei|drei|vier|\d) (?:raten|teilen|teilbetragen)",
    ],
}

# Balance questions: strong ones count anywhere; "balance"-style words only in a question.
BALANCE_STRONG = {
    "en": [
        r"what (?:do|does) (?:we|i|our company|our account) (?:still )?owe|how much (?:do|does|is|are|did) (?:we |i )?(?:still )?(?:owe|owed|outstanding|due|open|left|remaining)",
        r"how much (?:is|remains|do we have) (?:still )?(?:outstanding|owed|due|open)|which invoices (?:are|remain|were|is|do we have) (?:still )?(?:open|outstanding|unpaid|due|overdue)",
        r"(?:list|summary|overview) of (?:\w+ )?(?:open|outstanding|unpaid) (?:invoices|items)|how (?:can|do|should|could) (?:we|i) (?:pay|make (?:a |the )?payment|remit|settle)",
        r"(?:bank|banking|wire|remittance|ach|payment) (?:details|instructions|information|info)|(?<!sent to the )(?<!sent to your )(?<!sent to our )(?:(?:your|the correct|the current|an updated|the new) )?remit[- ]to address(?! on your)|where (?:do|should|can) (?:we|i) (?:send|remit|mail)",
        r"(?:anything|something|any other invoices?|else) (?:still )?(?:open|outstanding|due|unpaid)\b|pay (?:\w+ ){0,3}(?:by|with|via) (?:a )?(?:credit )?card|payment portal|pay online|routing number|sort code|(?:what|which) (?:is|are) (?:the |our )?(?:\w+ )?(?:open|outstanding|due)",
        r"what(?:'s| is) (?:the |our )?(?:current |outstanding |total |remaining )?(?:balance|amount (?:due|owed|outstanding))",
        r"(?:what|which)(?: \w+)?(?: invoices| else)? (?:do )?you (?:show|have|see) (?:as )?(?:open|outstanding|unpaid|past due|overdue)|(?:list|summary|statement) of (?:what|everything) (?:you )?(?:think |show |have )?(?:is |as )?(?:open|outstanding|owed|due)|"
        r"(?:is|was) (?:the )?(?:\$[\d,.]+|amount|total|balance)\b[^.?]{0,30}\beverything\b|is there (?:anything )?more on our account|(?:total|amount|balance) (?:that )?you (?:show|have) (?:as )?(?:open|outstanding|past due|overdue|due|owing)|what(?:'s| is) the total\?|(?:confirm|tell us|let us know|advise) (?:of )?(?:the )?(?:total|amount|balance) (?:that )?(?:we |i )?(?:owe|owed|due|outstanding)",
        r"(?:advise|send|provide|share|confirm|need|require)\b[^.?]{0,40}\b(?:swift|iban|bic|beneficiary (?:details|name|bank)|bank name|bank address)\b",
        r"(?:address|po box)\b[^.?]{0,40}(?:still )?(?:correct|right|valid|current)\b[^.?]{0,30}\b(?:checks?|cheques?|payments?|remit\w*)",
        r"what (?:else )?is (?:still )?(?:open|outstanding|unpaid|due) (?:on|in|for) (?:our|my|the) (?:account|ledger|books)",
        r"(?:advise|confirm|let (?:us|me) know|tell (?:us|me)|send (?:us|me)) (?:of )?(?:the |our )?(?:current |total )?(?:outstanding|open|remaining|total|overdue|pending|due) (?:amount|balance|items|invoices)|bank account (?:details|information|info|number)",
        r"confirm (?:the |our |all )?(?:open items|open invoices|outstanding (?:items|invoices|balance)|balance)|what'?s left|whats (?:left|owed|outstanding|open|due)",
        r"what(?:'s| is) (?:still )?(?:outstanding|open|owed|due)|how much (?:\w+ ){0,3}(?:owe|outstanding|due|left)|where (?:do|should|can) we (?:send|pay)|payment (?:options|methods)|do you (?:accept|take) (?:ach|wires?|credit cards?|cards?|checks?|cheques?)",
    ],
    "es": [
        r"cuanto (?:debemos|les debemos|adeudamos|es el saldo|queda pendiente|tenemos pendiente)|que facturas (?:estan|quedan|siguen|tenemos) (?:pendientes|abiertas|sin pagar)",
        r"(?:confirmen|confirme|indiquen|indique|envien|necesito|necesitamos)\b[^.?]{0,60}\b(?:iban|bic|swift|cuenta bancaria)\b|(?:si )?el (?:importe|saldo) pendiente sigue siendo|"
        r"datos bancarios|como (?:podemos|puedo) (?:pagar|realizar el pago)|cual es el saldo|(?:confirme|confirmen|indique|indiquen|informe|informen|envie|envien) (?:\w+ )?(?:el )?saldo",
    ],
    "fr": [
        r"combien (?:devons-nous|nous devons|reste|doit-on|restons-nous)|quelles factures (?:sont|restent) (?:\w+ )?(?:ouvertes|impayees|en attente|dues)",
        r"coordonnees bancaires|\brib\b|comment (?:pouvons-nous|puis-je|payer|regler)|quel est (?:le|notre) solde|(?:montant|solde) (?:\w+ )?restant du|reste a payer",
    ],
    "de": [
        r"wie ?viel (?:schulden|sind|ist|mussen|steht)|welche rechnungen (?:sind|stehen) (?:noch )?(?:offen|aus)|bankverbindung|bankdaten|kontodaten",
        r"welche (?:posten|rechnungen|betrage|positionen) (?:\w+ ){0,3}(?:noch )?(?:offen|ausstandig)|was (?:ist|steht) (?:bei ihnen )?noch offen",
        r"wie (?:konnen|sollen) wir (?:zahlen|bezahlen|uberweisen)|wie hoch ist (?:der|unser) (?:saldo|offene)",
    ],
}
BALANCE_QUESTION = [
    r"balance|outstanding|owed|owing|open items|still open|open invoices|payoff",
    r"saldo|pendiente|solde|montant du|offene posten|offenen posten|offener betrag|kontostand",
    r"pay (?:off|out) the (?:account|balance)|paid off in full|(?:settle|clear|close) (?:the|our) account in full|sigue (?:pendiente|abierta)|toujours (?:ouverte?|due|impayee?|en attente)|encore (?:ouverte?|due|impayee?)|noch offen",
]

CONTACT_STRONG = {
    "en": [
        r"no longer (?:with|at|works?|working|employed|handles?|handling|responsible|in charge|part of|the (?:right|correct|best) (?:person|contact))",
        r"(?:has|have) (?:left|retired|moved on|departed|moved to another)(?! (?:us|me|them) (?:short|with|in|a|no|without|unable|behind|exposed))|left (?:the|our) (?:company|business|organi[sz]ation|firm|team)",
        r"(?:is|are) (?:now |currently )(?:handling|responsible|managing|taking care|in charge|the (?:new |right )?(?:contact|person))",
        r"(?:will be|is) (?:taking over|covering|handling)|taken over|(?:i|we) (?:have|'ve) (?:taken over|replaced)|replac\w+ \w+ as|new (?:ap |accounts payable |billing |main |primary |finance )?(?:contact|point of contact|mailbox|inbox|email address|e-mail address|address for)",
        r"(?:update|change|amend) (?:your|the) (?:records(?! accordingly)(?! (?:and|to) (?:remove|close|clear|show|reflect|mark|delete|cancel|take))|contact|distribution|mailing list|email address|file)|not the (?:right|correct|appropriate|best) (?:person|contact)|wrong (?:person|contact)",
        r"(?:going forward|from now on|in (?:the )?future|moving forward|henceforth),? (?:please )?(?:send|contact|email|e-mail|direct|address|write|copy|cc)",
        r"(?:going forward|from now on|in future|moving forward)\b[^.?!]{0,50}\b(?:send|go|be sent|be addressed|be directed|contact|email|deal|work)\b",
        r"\b(?:retired|resigned|passed away)\b|(?:i'm|i am|is|are) covering|(?:bookkeeper|contact|accountant|ap (?:contact|person|clerk)|email address|address) (?:has|have) changed",
        r"(?:who|which) (?:now )?handles?|handles (?:\w+ ){0,2}(?:payments|payables|ap|invoices)|adding \w+ \(|(?:please )?work with (?:her|him|them)|deal (?:directly )?with (?:them|her|him)",
        r"(?:the |our )?(?:business|right|correct|appropriate|new|main|ap|billing) contact (?:is|will be)",
        r"(?:now )?looks after (?:our |the )?(?:payables|ap|accounts|invoices|billing|payments)|(?:is|are) (?:now )?(?:looking after|in charge of) (?:our |the )?(?:payables|ap|accounts|invoices|billing|payments)",
        r"(?:moved|transferred) to (?:a |another )?(?:different )?(?:role|department|position|team)|the (?:person|one) (?:handling|responsible for|who handles)",
        r"(?:are|is) now (?:dealt with|handled|managed|looked after|taken care of|processed) by|(?:are|is) (?:dealt with|handled|managed|looked after) by (?:our |my )?(?:\\w+ ){0,2}(?:manager|controller|bookkeeper|accountant|colleague|director|owner|administrator)",
        r"(?:talk|speak) (?:to|with) (?:her|him|them) (?:about|regarding|directly)",
    ],
    "es": [
        r"ya no (?:trabaja|esta|forma parte|es (?:el|la) responsable|se encarga|lleva)|(?:ha|han) dejado la empresa|dejo la empresa",
        r"nuevo (?:contacto|correo|responsable)|nueva (?:direccion|responsable|persona de contacto)|a partir de (?:ahora|este mes|hoy|la fecha|manana)|en adelante|actualic\w+ (?:sus|los) (?:registros|datos)",
        r"deben (?:dirigirse|enviarse|mandarse)|ya no llevo",
    ],
    "fr": [
        r"ne (?:fait|travaille) plus|n'est plus (?:en charge|responsable|chez|dans|avec|le bon|la bonne)|(?:a|ont) quitte (?:la societe|l'entreprise|notre societe|le groupe)",
        r"nouveau (?:contact|interlocuteur|responsable)|nouvelle (?:adresse|interlocutrice|responsable|boite)|a partir de maintenant|desormais|dorenavant|mettre a jour vos (?:coordonnees|fichiers|contacts)",
    ],
    "de": [
        r"nicht mehr (?:bei uns|im unternehmen|in unserem unternehmen|zustandig|fur \w+ zustandig|tatig|beschaftigt)|(?:hat|haben) (?:das unternehmen|unser unternehmen|die firma|uns) verlassen",
        r"ab sofort\b[^.;!?]{0,80}(?:postfach|adresse|e-mail)|ausschlie(?:ss|ß)lich uber (?:das postfach|die adresse|die e-mail)|"
        r"neue(?:r|n)? (?:ansprechpartner(?:in)?|kontakt|e-mail|adresse|zustandige)|ist (?:jetzt|nun|ab sofort) zustandig|ab sofort\b[^.;!?]{0,60}zustandig|ubernimmt|aktualisieren sie (?:ihre|die) (?:daten|kontaktdaten|unterlagen)|kunftig|zukunftig",
    ],
}
# Redirections that need an address in the same clause to count.
CONTACT_WEAK = [
    r"(?:please|kindly) (?:contact|email|e-mail|write to|send|direct|redirect|address|forward|reach out to|copy|cc|use|reach)",
    r"(?:contact|email|e-mail|write to|reach out to|send (?:\w+ ){0,3}to|cc|copy|direct (?:\w+ ){0,3}to) ",
    r"be (?:sent|addressed|directed|emailed|e-mailed|forwarded|submitted) to|(?:add|use|include) (?:\S+ ){0,2}instead|take (?:me|us) off|(?:enviar|envien|mandar|mandenl[oa]s|envienl[oa]s|enviarl[oa]s|remitanl[oa]s) (?:\w+ ){0,6}a\b|ecrivez|adressez",
    r"contacte|contactar|contacten|escriba|escriban|dirijase|dirijanse|envie|envien|veuillez|contacter|ecrire a|wenden sie sich|kontaktieren|(?:schicken|senden|richten) sie (?:\S+ ){0,5}an\b",
]

CEASE_LEGAL = {
    "en": [
        r"stop (?:contacting|emailing|e-mailing|calling|sending|harass\w*|all contact|all communication|these emails|the emails|chasing)|unsubscribe",
        r"cease (?:and desist|all (?:contact|communication)|contacting|communicat\w*)|(?:do not|don't|never) (?:contact|email|e-mail|call|write to) (?:us|me|our|this)",
        r"no further (?:contact|communication|correspondence|emails|reminders)|(?:our |my )?(?:attorney|lawyer|solicitor)s?|counsel",
        r"(?:this office|this firm|we) (?:has|have) been retained|(?:directed|addressed|referred) to the undersigned|(?:our|my) client'?s (?:rights|position)",
        r"this firm represents|we represent|do not contact our client|assignment for the benefit of creditors|assignee|proof of debt|notice to creditors|winding[- ]up|wound up",
        r"legal (?:department|team|representative|advisor)s?|law (?:firm|office)s?|legal (?:action|proceedings|process|notice|matter)|(?:take|pursue|seek) legal",
        r"(?:company )?voluntary arrangement|(?:scheme of )?arrangement with (?:its |our |their )?creditors|bankrupt\w*|chapter (?:7|11|13)|insolven\w*|receivership|(?:entered|in|into|gone into|placed into|under) (?:administration|liquidation|receivership)",
        r"liquidat(?:ion|or)s?|(?:joint |insolvency )?administrators (?:were |have been )?appointed|appointed (?:as )?(?:joint )?administrators?|in administration|trustee|automatic stay|creditor protection|harass\w*|fdcpa|court|lawsuit|litigation",
    ],
    "es": [
        r"dejen de (?:contactar|escribir|llamar|enviar)|no (?:nos|me) (?:contacten|escriban|vuelvan a)|abogad[oa]s?|asesor(?:ia)? (?:legal|juridic[oa])",
        r"departamento (?:legal|juridico)|accion(?:es)? legal(?:es)?|concurso (?:voluntario |necesario )?de acreedores|administracion concursal|no se dirijan a|quiebra|insolvencia|liquidacion|administrador concursal|acoso|demanda judicial",
    ],
    "fr": [
        r"cessez (?:de|tout)|arretez de (?:nous|me)|ne (?:nous|me) contactez plus|avocats?|conseil juridique|service (?:juridique|contentieux)",
        r"procedure (?:judiciaire|collective)|action en justice|redressement judiciaire|liquidation judiciaire|procedure de sauvegarde|faillite|insolvabilite|mandataire judiciaire|administrateur judiciaire|harcelement|tribunal",
    ],
    "de": [
        r"(?:unterlassen|stellen) sie (?:bitte )?(?:jegliche|jeden|alle|weitere)|keine weiteren (?:mahnungen|kontakt\w*|e-mails|schreiben|anrufe)|kontaktieren sie uns nicht",
        r"rechtsanwalt\w*|anwalt\w*|anwaltin|kanzlei|rechtsabteilung|rechtliche schritte|gerichtlich\w*|insolvenz\w*|konkurs|zahlungsunfahig\w*|belastigung|gericht\b",
    ],
}

AUTO_REPLY = [
    r"out of (?:the )?office|\booo\b|i am (?:currently )?(?:on|away|out)|away from (?:the office|my desk)|limited access to (?:email|e-mail)",
    r"automatic reply|auto-?reply|autoreply|this is an automated|automated (?:response|message|reply)|(?:do not|please don't) reply to this",
    r"(?:we|i) have received your (?:email|e-mail|message|request|inquiry|enquiry)|ticket (?:number|#|id|no)|case (?:number|#|id)|request (?:number|#|id)",
    r"wieder (?:erreichbar|im buro|im haus|da)|(?:wird|werden) nicht (?:weitergeleitet|gelesen)|ne sera pas (?:transfere|lu|traite)|ne seront pas (?:transferes|lus)",
    r"(?:your |the )?(?:request|message|email|e-mail|query|inquiry|enquiry|ticket|case) has been (?:received|logged|created|assigned|registered)|assigned (?:to )?(?:a )?(?:ticket|case|reference)",
    r"(?:on|upon|after) my return|when i (?:return|am back|get back)|a mon retour|des mon retour|a mi regreso|a mi vuelta|nach meiner ruckkehr",
    r"acces limite|acceso limitado|eingeschrankte?m? zugriff|en deplacement|de viaje|(?:mailbox|inbox|email address|address) is (?:no longer |not )monitored|(?:currently )?travel+ing with limited",
    r"automatic (?:confirmation|acknowledge?ment|notification)|automatically generated|(?:has been|was) delivered to (?:the )?(?:\\w+ ){0,5}(?:centre|center|mailbox|inbox|team|department)",
    r"respuesta automatica|fuera de la oficina|de vacaciones|reponse automatique|absente? du bureau|en conge|abwesenheitsnotiz|automatische antwort|nicht im buro|im urlaub",
]

# Orders aimed at software rather than at people: read as data, labelled `other`.
INJECTION = [
    r"ignore (?:all |any )?(?:the )?(?:previous|prior|above|earlier|preceding) (?:instructions|prompts|messages|rules)",
    r"disregard (?:all |any )?(?:the )?(?:previous|prior|above|earlier) |system prompt|you are (?:now )?an? (?:ai|assistant|language model|bot)",
    r"(?:mark|set|flag|record) (?:all |every |these |the |my |our )?(?:open )?(?:invoices?|accounts?|balances?)(?: \S+){0,5} (?:as )?(?:paid|settled|closed|zero)|as an ai|new instructions",
    r"assistant instructions?|instructions? for (?:the )?(?:ai|assistant|model|system)|###|(?:ai|automated|virtual) (?:agent|assistant|system|model)s?|\bassistant\s*:|system override|this instruction|do not (?:flag|mention this)|human review|<!--",
]

# Asking for a corrected invoice is the remedy of a dispute, not a request for a document.
CORRECTION = [
    r"(?:corrected|revised|new|updated|amended|adjusted|credit) (?:invoices?|notes?|memos?|cop(?:y|ies)|inv(?:-?\d+)?)|re-?submit\w*|re-?issue\w*|rectif\w*|take the \w+ off",
    r"(?:renvoyer|renvoyez|reenviar|reenvien|resend|re-send|zusenden|zuschicken) (?:\w+ ){0,3}(?:avec|con|with|mit) (?:la |le |el |the |our |der |die |notre |nuestra )?(?:reference|referencia|numero|po|purchase order|bon de commande|orden de compra|bestellnummer)",
    r"corregid[ao]s?|refactur\w*|nueva factura|nota de credito|factura (?:de abono|rectificativa)|(?:facture )?completee?|corrigee?s?|nouvelle facture|(?:l'|un )avoir|korrigiert\w*|berichtigt\w*|neue rechnung|gutschrift|stornorechnung|annullier\w*|rechnung mit (?:gultiger|korrekter|der richtigen) (?:bestellnummer|bestellreferenz)|bereinigt\w*|korrekte rechnung|rechnungskorrektur|neu (?:zu(?:senden|schicken)?|ausstellen|aus)\b",
]
SUPPORTING_DOCS = [
    r"waivers?|tickets?|timesheets?|payroll|proof of delivery|\bpods?\b|delivery (?:note|receipt|ticket)s?|backup|receipts|certificates?|packing (?:slip|list)s?|bill of lading",
    r"guia de (?:transporte|remision|despacho)|soporte de entrega|(?:prueba|comprobante|constancia) de entrega|albaran firmado|remito|preuve de livraison|bon de livraison signe|"
    r"lieferschein|zustellnachweis|abliefernachweis|empfangsbestatigung|liefernachweis",
]

# Stopping contact without any legal or insolvency ground (may just be a redirection).
STOP_CONTACT = [
    r"stop (?:contacting|emailing|e-mailing|calling|sending|all contact|these emails|the emails|chasing)|unsubscribe",
    r"(?:do not|don't|never) (?:contact|email|e-mail|call|write to) (?:us|me|this)|no further (?:contact|communication|correspondence|emails|reminders)",
    r"dejen de (?:contactar|escribir|llamar|enviar)|ne (?:nous|me) contactez plus|keine weiteren (?:mahnungen|kontakt\w*|e-mails)",
]

# Letters to every supplier at once ("our offices will be closed…") promise nothing to us.
BROADCAST = [
    r"dear (?:valued )?(?:supplier|vendor|partner)s?|to all (?:our )?(?:suppliers|vendors|partners)|payments scheduled (?:during|for) (?:that|this|the)",
    r"estimad[oa]s? proveedor\w*|cher fournisseur|chers fournisseurs|sehr geehrte lieferanten|an alle lieferanten",
]

EMAIL = re.compile(r"[a-z0-9._%+'-]+@[a-z0-9.-]+\.[a-z]{2,}")


def compile_table(fragments, *, boundary: bool = True) -> re.Pattern:
    """One pattern for a table (dict of language lists, or a plain list)."""
    if isinstance(fragments, dict):
        fragments = [f for group in fragments.values() for f in group]
    body = "|".join(f"(?:{f})" for f in fragments)
    if boundary:
        # A fragment that starts with punctuation ("'ll pay", "/unit") may follow a word.
        return re.compile(rf"(?:(?<![\w'])|(?=[^\w]))(?:{body})(?:(?<=\w)(?!\w)|(?<!\w))")
    return re.compile(body)

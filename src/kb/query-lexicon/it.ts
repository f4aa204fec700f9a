import { lexicon } from './types.js';

/** Italian: "buongiorno", "grazie mille", chat shorthand ("xké", "cmq", "grz") and service words. */
export const it = lexicon({
  noise: [
    'ciao, salve, buongiorno, buon giorno, buonasera, buona sera, buon pomeriggio, hey, ehi',
    'gentile, gentili, gentilissimi, gentilissima, egregio, spettabile, spett, alla cortese attenzione',
    'per favore, per piacere, per cortesia, cortesemente, x favore, pf, grazie, grazie mille',
    'grazie in anticipo, grazie anticipatamente, ringrazio, vi ringrazio, la ringrazio, grz, thx',
    "grazie per la risposta, grazie per l'aiuto, molte grazie, tante grazie",
    'cordiali saluti, distinti saluti, saluti, un saluto, buona giornata, buona serata, a presto',
    'arrivederci, in attesa di una vostra risposta, in attesa di risposta, resto in attesa',
    'vorrei sapere, volevo sapere, mi piacerebbe sapere, voglio sapere, volevo chiedere',
    'vorrei chiedere, avrei una domanda, ho una domanda, una domanda, una domanda veloce',
    'potreste dirmi, potrebbe dirmi, mi potete dire, mi può dire, mi sai dire, sapreste dirmi',
    'mi scusi, scusate, scusa, scusi, perdonate il disturbo, chiedo scusa',
    'allora, quindi, cioè, praticamente, semplicemente, davvero, insomma, beh, boh, ecco, mah',
    'ok, okay, va bene, cmq, comunque, tipo, xké, xchè, perché, anche, oggi, adesso',
  ],
  concepts: [
    [
      'prezzo, prezzi, costo, costi, costa, quanto costa, quanto costano, quanto viene',
      "quanto vengono, quant'è, quanto è, tariffa, tariffe, listino, listino prezzi, preventivo",
      'caro, economico, economica, conveniente',
    ],
    [
      'sconto, sconti, scontato, promozione, promozioni, promo, offerta, offerte, codice sconto, coupon, saldi',
    ],
    ['pagamento, pagamenti, pagare, metodi di pagamento, modalità di pagamento, come pagare'],
    ['carta, carta di credito, bancomat, pos, carta di debito, visa, mastercard, contactless'],
    ['contanti, in contanti, cash, contante'],
    ['bonifico, bonifico bancario, iban, paypal, satispay, postepay'],
    ['rate, a rate, rateizzazione, rateizzare, finanziamento, pagamento rateale, pagare a rate'],
    ['acconto, anticipo, caparra, deposito, deposito cauzionale, pagamento anticipato'],
    ['rimborso, rimborsi, rimborsare, rimborsabile, non rimborsabile, soldi indietro'],
    ['fattura, fatture, ricevuta, scontrino, partita iva, p iva, iva, codice fiscale'],
    [
      'gratis, gratuito, gratuita, incluso, inclusa, compreso, compresa, senza costi, tutto incluso',
    ],
    [
      'orari, orario, orari di apertura, aperto, aperti, aprite, chiuso, chiusi, chiudete, fino a che ora, a che ora',
    ],
    ['weekend, fine settimana, sabato, domenica, il sabato, la domenica'],
    ['festivi, festivo, giorni festivi, natale, capodanno, pasqua, ferragosto, ferie, vacanze'],
    [
      'disponibilità, disponibile, disponibili, posti, posto libero, posti liberi, completo, pieno, esaurito',
    ],
    ['durata, quanto dura, quanto tempo, quanto ci vuole, quante ore, quanti minuti'],
    ["attesa, tempi di attesa, lista d'attesa, coda, al più presto, prima possibile, tempistiche"],
    ['urgenza, urgente, urgenze, emergenza, subito, in giornata, stesso giorno, pronto soccorso'],
    [
      'prenotazione, prenotazioni, prenotare, prenoto, appuntamento, appuntamenti, fissare un appuntamento, iscrizione, iscriversi, iscrivermi',
    ],
    [
      'cancellazione, cancellare, disdetta, disdire, annullare, annullamento, condizioni di cancellazione',
    ],
    ['spostare, spostamento, cambiare data, modificare, modifica, rinviare, rimandare, altra data'],
    ['conferma, confermare, confermato, numero di prenotazione'],
    ['gruppo, gruppi, di gruppo, comitiva, aziendale, aziende, team building'],
    ['privato, privata, esclusivo, individuale, personalizzato, su misura'],
    [
      'evento, eventi, festa, compleanno, matrimonio, anniversario, addio al nubilato, addio al celibato, cerimonia',
    ],
    ['buono regalo, carta regalo, gift card, voucher, regalo, regalare, cofanetto'],
    ['abbonamento, abbonamenti, tessera, iscrizione annuale, pacchetto, pacchetti, socio'],
    ['biglietto, biglietti, ingresso, ingressi, ticket'],
    ['prova, lezione di prova, prova gratuita, prima volta, consulenza, prima visita, visita'],
    ['indirizzo, dove siete, dove vi trovate, dove si trova, posizione, sede, sedi, mappa, vicino'],
    [
      'come arrivare, come raggiungervi, indicazioni, mezzi pubblici, autobus, bus, metro, treno, stazione, fermata, a piedi, taxi',
    ],
    [
      "parcheggio, parcheggi, parcheggiare, dove parcheggio, dove lascio la macchina, dove lasciare l'auto, garage",
    ],
    [
      "transfer, navetta, aeroporto, dall'aeroporto, venire a prendere, ci venite a prendere, trasferimento",
    ],
    ["punto d'incontro, punto di ritrovo, ritrovo, partenza"],
    [
      'accessibilità, accessibile, sedia a rotelle, carrozzina, disabili, disabilità, rampa, ascensore, scale',
    ],
    ['bagno, bagni, toilette, wc, spogliatoio, spogliatoi, doccia, docce, armadietto'],
    [
      'contatto, contatti, contattare, telefono, numero di telefono, chiamare, cellulare, whatsapp, sms, richiamare',
    ],
    ['email, e-mail, mail, posta elettronica, indirizzo email'],
    [
      'personale, staff, medico, medici, dottore, dottoressa, dentista, guida, guide, istruttore, istruttrice, insegnante, maestro, parrucchiere, estetista, meccanico',
    ],
    ['lingua, lingue, inglese, in inglese, parlate, italiano, traduttore, interprete'],
    ['reclamo, reclami, lamentela, lamentarsi, insoddisfatto, insoddisfatta, disservizio'],
    [
      'lavorare con voi, offerte di lavoro, posizioni aperte, candidatura, curriculum, cv, stage, tirocinio',
    ],
    [
      'consegna, consegne, spedizione, spedizioni, spedire, spese di spedizione, corriere, tracking, tracciamento, pacco',
    ],
    [
      'ordine, ordinare, acquisto, acquistare, comprare, carrello, ritiro in negozio, asporto, da asporto',
    ],
    ['reso, resi, restituire, restituzione, cambio, cambiare prodotto, sostituzione'],
    ['garanzia, in garanzia, difettoso, rotto, non funziona, guasto'],
    ['riparazione, riparare, aggiustare, ricambi, installazione, installare, montaggio, montare'],
    ['check-in, check-out, arrivo, orario di arrivo, chiavi, chiave, reception'],
    [
      'camera, camere, stanza, stanze, matrimoniale, singola, alloggio, pernottamento, appartamento, letto',
    ],
    ['wifi, wi-fi, internet, connessione, password del wifi'],
    ['colazione, colazione inclusa, mezza pensione, pensione completa'],
    ['cibo, mangiare, pranzo, cena, menu, ristorante, bevande, cucina'],
    [
      'vegetariano, vegetariana, vegano, vegana, senza glutine, glutine, celiaco, celiaca, allergia, allergie, intolleranze, senza lattosio',
    ],
    ['bagagli, bagaglio, valigia, valigie, deposito bagagli, zaino'],
    [
      'bambini, bambino, bambina, bimbi, bimbo, neonato, neonati, figli, figlio, figlia, famiglia, culla, seggiolone, passeggino',
    ],
    [
      'età minima, età, da che età, a partire da che età, minorenni, minorenne, maggiorenne, adulti, anziani, over 65',
    ],
    ['animali, animale, cane, cani, gatto, gatti, animali ammessi, pet friendly'],
    ['assicurazione, assicurato, polizza, copertura, mutua, ssn, convenzionato, convenzione'],
    [
      "documenti, documento, carta d'identità, passaporto, patente, visto d'ingresso, visto turistico, cosa portare",
    ],
    ['dolore, dolori, fa male, male, doloroso, dolorosa, indolore, sensibilità, mal di denti'],
    [
      'anestesia, anestesia locale, anestesia generale, sedazione, addormentare, puntura, iniezione, protossido',
    ],
    ['paura, paura del dentista, ansia, agitazione, fobia, nervoso, nervosa'],
    ['protesi, dentiera, dentiera mobile, ponte'],
    ['corona, corone, impianto, impianti, faccette'],
    [
      'carie, otturazione, otturazioni, devitalizzazione, nervo, estrazione, togliere un dente, dente del giudizio, denti del giudizio',
    ],
    ['sbiancamento, sbiancare, bianco, bianchi, denti bianchi, denti gialli, macchie'],
    [
      'apparecchio, apparecchio dentale, ortodonzia, ortodonzista, allineatori, invisalign, denti storti',
    ],
    ['pulizia dei denti, pulizia dentale, igiene dentale, detartrasi, tartaro, placca'],
    [
      'corso, corsi, lezione, lezioni, lezione privata, principiante, principianti, livello, workshop',
    ],
    ['noleggio, noleggiare, affitto, affittare, attrezzatura'],
  ],
});

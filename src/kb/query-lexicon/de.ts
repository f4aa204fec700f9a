import { lexicon } from './types.js';

/** German: formal "Sie" openers, chat shorthand ("lg", "vg", "bitte") and everyday service words. */
export const de = lexicon({
  noise: [
    'hallo, hallöchen, hi, hey, servus, moin, moin moin, grüezi, grüß gott, grüß dich',
    'guten tag, guten morgen, guten abend, sehr geehrte damen und herren',
    'sehr geehrte, sehr geehrter, liebe, lieber, liebes team, hallo zusammen, hallo ihr',
    'bitte, bitte schön, bitteschön, bitte sehr, gerne, gern, danke, dankeschön, danke schön',
    'vielen dank, vielen lieben dank, herzlichen dank, danke im voraus, vielen dank im voraus',
    'besten dank, merci, thx, danke sehr, dankend',
    'mit freundlichen grüßen, mfg, freundliche grüße, viele grüße, vg, liebe grüße, lg, beste grüße',
    'schöne grüße, herzliche grüße, gruß, grüße, tschüss, tschüs, ciao, bis dann, auf wiedersehen',
    'schönen tag noch, einen schönen tag, ich freue mich auf ihre antwort, über eine antwort',
    'ich hätte eine frage, ich habe eine frage, eine frage, kurze frage, noch eine frage',
    'ich wollte fragen, ich möchte fragen, ich wollte mal fragen, darf ich fragen',
    'ich würde gerne wissen, ich möchte wissen, ich wollte wissen, mich würde interessieren',
    'können sie mir sagen, könnten sie mir sagen, kannst du mir sagen, sagen sie mir bitte',
    'entschuldigung, entschuldigen sie, sorry, verzeihung, entschuldigen sie die störung',
    'eigentlich, einfach, halt, eben, mal, ja, also, übrigens, vielleicht, quasi, sozusagen',
    'genau, ok, okay, alles klar, ähm, äh, hm, naja, na ja, heute, jetzt, eigentlich nur',
  ],
  concepts: [
    [
      'preis, preise, kosten, kostet, was kostet, wie viel kostet, wieviel kostet, wie teuer',
      'preisliste, tarif, tarife, gebühr, gebühren, teuer, günstig, billig, billiger',
      'kostenvoranschlag, angebot, preislich',
    ],
    [
      'rabatt, rabatte, ermäßigung, ermäßigt, nachlass, aktion, angebote, gutscheincode, sonderangebot, studentenrabatt',
    ],
    [
      'bezahlung, bezahlen, zahlen, zahlung, zahlungsmethoden, zahlungsarten, zahlungsmöglichkeiten',
    ],
    [
      'karte, kartenzahlung, ec-karte, ec karte, girocard, kreditkarte, mit karte, visa, mastercard, kontaktlos',
    ],
    ['bar, bargeld, barzahlung, in bar, cash, nur bar'],
    [
      'überweisung, überweisen, banküberweisung, iban, bankverbindung, lastschrift, paypal, vorkasse',
    ],
    ['ratenzahlung, raten, in raten, finanzierung, monatlich zahlen, teilzahlung, klarna'],
    ['anzahlung, vorauszahlung, kaution, vorab zahlen, im voraus bezahlen'],
    ['erstattung, rückerstattung, geld zurück, erstatten, zurückerstatten, rückzahlung'],
    ['rechnung, rechnungen, quittung, beleg, kassenbon, bon, mwst, mehrwertsteuer, ust-id'],
    ['kostenlos, gratis, umsonst, inklusive, inkl, inbegriffen, im preis enthalten, all inclusive'],
    [
      'öffnungszeiten, geöffnet, offen, hat offen, habt ihr offen, haben sie geöffnet',
      'geschlossen, schließen, wann öffnen, wann schließen, bis wann, ab wann, sprechzeiten',
      'sprechstunde, geschäftszeiten, uhrzeit',
    ],
    ['wochenende, am wochenende, samstag, sonntag, samstags, sonntags'],
    ['feiertag, feiertage, feiertags, weihnachten, silvester, neujahr, ostern, ferien, urlaub'],
    [
      'verfügbarkeit, verfügbar, frei, freie plätze, noch platz, plätze, ausgebucht, termin frei, freie termine',
    ],
    ['dauer, wie lange, dauert, wie lange dauert, stunden, minuten, zeitaufwand'],
    [
      'wartezeit, warten, warteliste, wie schnell, nächster freier termin, frühestens, schnellstmöglich',
    ],
    ['notfall, notfälle, dringend, sofort, akut, am selben tag, notdienst, rund um die uhr'],
    [
      'buchung, buchen, gebucht, reservierung, reservieren, reserviert, termin, termine',
      'termin vereinbaren, termin machen, terminvereinbarung, anmelden, anmeldung, tisch reservieren',
    ],
    [
      'stornierung, stornieren, storno, absagen, absage, kündigen, kündigung, stornobedingungen, rücktritt',
    ],
    [
      'umbuchen, umbuchung, verschieben, termin verschieben, ändern, änderung, anderer termin, anderes datum',
    ],
    ['bestätigung, bestätigen, buchungsbestätigung, buchungsnummer'],
    ['gruppe, gruppen, gruppenbuchung, gruppenrabatt, firmenfeier, firmenevent, teambuilding'],
    ['privat, privattour, exklusiv, einzeln, einzelunterricht, individuell'],
    [
      'feier, party, geburtstag, geburtstagsfeier, hochzeit, jubiläum, junggesellenabschied, veranstaltung, event',
    ],
    ['gutschein, gutscheine, geschenkgutschein, geschenkkarte, geschenk, verschenken, gift card'],
    [
      'mitgliedschaft, mitglied, abo, abonnement, monatskarte, jahreskarte, zehnerkarte, paket, pakete',
    ],
    ['ticket, tickets, eintritt, eintrittskarte, eintrittspreis, karten'],
    [
      'probetraining, probestunde, probe, schnupperstunde, testen, ausprobieren, erstmals, beratung, erstberatung',
    ],
    [
      'adresse, anschrift, standort, wo seid ihr, wo sind sie, wo befinden sie sich, lage, filiale',
      'in der nähe, nähe, karte, google maps, plz, postleitzahl',
    ],
    [
      'anfahrt, wegbeschreibung, wie komme ich, hinkommen, öffentliche verkehrsmittel, bus, bahn, u-bahn, s-bahn, straßenbahn, haltestelle, zu fuß, taxi',
    ],
    [
      'parken, parkplatz, parkplätze, parkhaus, tiefgarage, wo kann ich parken, auto abstellen, wo parke ich',
    ],
    [
      'transfer, flughafentransfer, flughafen, abholung, abholen, abholservice, shuttle, vom flughafen',
    ],
    ['treffpunkt, wo treffen wir uns, abfahrt, abfahrtsort, startpunkt'],
    [
      'barrierefrei, barrierefreiheit, rollstuhl, rollstuhlgerecht, behindert, behinderung, rampe, aufzug, fahrstuhl, treppen',
    ],
    ['toilette, toiletten, wc, klo, umkleide, umkleiden, dusche, duschen, spind'],
    [
      'kontakt, kontaktieren, telefon, telefonnummer, anrufen, handy, whatsapp, sms, rückruf, zurückrufen',
    ],
    ['e-mail, email, mail, emailadresse, e-mail-adresse, schreiben sie uns'],
    [
      'mitarbeiter, personal, team, arzt, ärztin, ärzte, zahnarzt, zahnärztin, guide, reiseleiter, trainer, trainerin, lehrer, lehrerin, friseur, friseurin, mechaniker',
    ],
    ['sprache, sprachen, englisch, auf englisch, deutsch, sprechen sie, dolmetscher, übersetzer'],
    ['beschwerde, beschweren, reklamation, reklamieren, unzufrieden, schlechte erfahrung, ärger'],
    [
      'job, jobs, stellenangebot, stellenangebote, bewerbung, bewerben, karriere, ausbildung, praktikum',
    ],
    [
      'lieferung, liefern, liefert, versand, versenden, versandkosten, zustellung, lieferzeit, kostenloser versand, paket verfolgen, sendungsverfolgung',
    ],
    ['bestellung, bestellen, bestellt, kaufen, kauf, warenkorb, selbstabholung, abholen im laden'],
    ['rückgabe, zurückgeben, umtausch, umtauschen, retoure, zurückschicken, rücksendung'],
    ['garantie, gewährleistung, kaputt, defekt, funktioniert nicht, mangel'],
    [
      'reparatur, reparieren, repariert, ersatzteile, austausch, austauschen, installation, montage, einbau',
    ],
    ['check-in, einchecken, check-out, auschecken, anreise, abreise, schlüssel, rezeption'],
    [
      'zimmer, doppelzimmer, einzelzimmer, unterkunft, übernachtung, übernachten, ferienwohnung, apartment, bett',
    ],
    ['wlan, wifi, wi-fi, internet, wlan passwort, wlan-passwort'],
    ['frühstück, frühstücken, halbpension, vollpension, mit frühstück'],
    ['essen, speisen, speisekarte, menü, mittagessen, abendessen, getränke, restaurant, küche'],
    [
      'vegetarisch, vegan, glutenfrei, gluten, allergie, allergien, allergiker, laktosefrei, laktose, halal',
    ],
    ['gepäck, koffer, gepäckaufbewahrung, rucksack, taschen, gepäck abstellen'],
    [
      'kinder, kind, baby, babys, kleinkind, kleinkinder, familie, familien, jugendliche, sohn',
      'tochter, kinderbett, hochstuhl, kinderwagen, kinderfreundlich',
    ],
    [
      'mindestalter, alter, ab wie viel jahren, ab welchem alter, volljährig, minderjährig, erwachsene, senioren, rentner',
    ],
    ['haustiere, haustier, hund, hunde, katze, tiere, mit hund, hundefreundlich'],
    [
      'versicherung, versichert, krankenkasse, krankenversicherung, reiseversicherung, gesetzlich versichert, privat versichert, kassenpatient, privatpatient',
    ],
    [
      'dokumente, ausweis, personalausweis, reisepass, pass, führerschein, unterlagen, was mitbringen, mitbringen, visum',
    ],
    ['schmerz, schmerzen, weh, tut es weh, schmerzhaft, schmerzfrei, empfindlich, zahnschmerzen'],
    [
      'betäubung, narkose, vollnarkose, spritze, sedierung, lachgas, dämmerschlaf, örtliche betäubung, betäuben',
    ],
    ['angst, zahnarztangst, panik, nervös, angstpatient, phobie'],
    ['zahnersatz, prothese, prothesen, gebiss, dritte zähne, brücke, teilprothese, vollprothese'],
    ['implantat, implantate, zahnimplantat, krone, kronen, veneers'],
    ['füllung, füllungen, karies, loch im zahn, plombe'],
    ['wurzelbehandlung, nerv, zahn ziehen, extraktion, weisheitszahn, weisheitszähne'],
    ['bleaching, aufhellen, zahnaufhellung, weißer, weiße zähne, gelbe zähne, verfärbungen'],
    [
      'zahnspange, spange, aligner, invisalign, schiefe zähne, begradigen, kieferorthopäde, kieferorthopädie',
    ],
    ['zahnreinigung, professionelle zahnreinigung, pzr, zahnstein, belag'],
    [
      'kurs, kurse, unterricht, stunde, stunden unterricht, training, workshop, anfänger, fortgeschrittene',
    ],
    ['miete, mieten, vermietung, verleih, leihen, ausleihen, ausrüstung'],
  ],
});

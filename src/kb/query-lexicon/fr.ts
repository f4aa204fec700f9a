import { lexicon } from './types.js';

/** French: "bonjour" and "merci d'avance", chat shorthand ("svp", "stp", "slt") and service words. */
export const fr = lexicon({
  noise: [
    'bonjour, bonsoir, salut, slt, coucou, hello, bjr, bsr, bonjour à tous, bonjour madame',
    'bonjour monsieur, madame, monsieur, madame monsieur, messieurs dames, chère madame',
    'cher monsieur, mesdames et messieurs, à qui de droit',
    "s'il vous plaît, s'il te plaît, svp, stp, merci, merci beaucoup, mille mercis, merci bien",
    "merci d'avance, merci par avance, d'avance merci, par avance merci, mci, thx",
    'merci pour votre réponse, merci de votre aide, merci pour votre aide',
    'cordialement, bien cordialement, salutations, sincères salutations, bien à vous',
    'bonne journée, bonne soirée, à bientôt, au revoir, bises',
    "dans l'attente de votre réponse, en attente de votre retour, au plaisir",
    "j'aimerais savoir, je voudrais savoir, je souhaiterais savoir, je veux savoir",
    "j'ai une question, une question, petite question, une autre question, je me demandais",
    "pourriez-vous me dire, pouvez-vous me dire, tu peux me dire, pourriez-vous m'indiquer",
    "pouvez-vous m'indiquer, je voulais savoir, je voulais demander, je souhaiterais",
    "excusez-moi, excuse-moi, désolé, désolée, pardon, je vous prie de m'excuser",
    'en fait, juste, simplement, vraiment, alors, donc, du coup, bah, ben, voilà, euh',
    "ok, okay, d'accord, bref, enfin, genre, aujourd'hui, maintenant",
  ],
  concepts: [
    [
      'prix, tarif, tarifs, coût, coûte, combien ça coûte, combien coûte, ça coûte combien',
      "c'est combien, cest combien, combien pour, grille tarifaire, devis, cher, pas cher, moins cher",
      'abordable',
    ],
    [
      'réduction, réductions, remise, promo, promotion, promotions, code promo, soldes, offre, offres spéciales, tarif réduit',
    ],
    ['paiement, payer, régler, règlement, moyens de paiement, modes de paiement, comment payer'],
    [
      'carte, carte bancaire, cb, carte bleue, carte de crédit, carte visa, mastercard, sans contact',
    ],
    ['espèces, liquide, cash, en liquide, en espèces, chèque, chèques'],
    ['virement, virement bancaire, rib, iban, paypal, prélèvement, lydia'],
    [
      'plusieurs fois, en plusieurs fois, paiement en plusieurs fois, 3 fois sans frais, mensualités, échelonner, financement, crédit',
    ],
    ["acompte, arrhes, caution, prépaiement, payer d'avance, payer à l'avance, dépôt de garantie"],
    ['remboursement, rembourser, remboursé, remboursable, non remboursable, récupérer mon argent'],
    ['facture, factures, reçu, ticket de caisse, justificatif, tva'],
    [
      'gratuit, gratuite, gratuitement, offert, offerte, inclus, incluse, compris, tout compris, sans frais',
    ],
    [
      "horaires, horaire, heures d'ouverture, ouvert, ouverte, ouverts, ouvrez, fermé, fermée, fermez, ouvre, jusqu'à quelle heure, à quelle heure",
    ],
    ['week-end, weekend, samedi, dimanche, le samedi, le dimanche'],
    ['jours fériés, jour férié, férié, fériés, noël, nouvel an, pâques, vacances'],
    [
      'disponibilité, disponibilités, disponible, dispo, dispos, places, place libre, complet, créneau, créneaux',
    ],
    ["durée, combien de temps, ça dure, dure, combien d'heures, combien de minutes"],
    [
      "attente, délai, délais, liste d'attente, rapidement, au plus vite, le plus tôt possible, prochain rendez-vous",
    ],
    [
      'urgence, urgences, urgent, en urgence, tout de suite, immédiatement, le jour même, 24h 24, garde',
    ],
    [
      "réservation, réservations, réserver, résa, rendez-vous, rdv, prendre rendez-vous, prendre rdv, booking, inscription, s'inscrire, inscrire",
    ],
    ["annulation, annuler, annulé, annulée, conditions d'annulation, décommander"],
    [
      'modifier, modification, changer la date, reporter, report, déplacer, décaler, décaler le rendez-vous, autre date',
    ],
    ['confirmation, confirmer, confirmé, numéro de réservation'],
    ["groupe, groupes, tarif groupe, en groupe, séminaire, team building, comité d'entreprise"],
    ['privé, privée, privatif, privatisation, individuel, individuelle, sur mesure'],
    [
      'événement, événements, fête, anniversaire, mariage, enterrement de vie de jeune fille, evjf, evg, soirée',
    ],
    ['carte cadeau, bon cadeau, chèque cadeau, cadeau, offrir, coffret cadeau'],
    ['abonnement, abonnements, adhésion, membre, forfait, forfaits, carte de membre, pass'],
    ['billet, billets, ticket, tickets, entrée, entrées, billetterie'],
    [
      "essai, cours d'essai, séance d'essai, séance découverte, première fois, consultation, bilan, premier rendez-vous",
    ],
    [
      'adresse, où êtes-vous, où se trouve, où vous trouvez, situé, située, localisation, emplacement, plan, proche, près de, à côté',
    ],
    [
      "accès, itinéraire, comment venir, comment aller, comment s'y rendre, transports en commun, bus, métro, tram, train, gare, arrêt, à pied, taxi",
    ],
    [
      'parking, stationnement, se garer, garer, où se garer, où garer la voiture, où laisser la voiture, place de parking',
    ],
    [
      "transfert, navette, aéroport, depuis l'aéroport, prise en charge, venir me chercher, nous chercher",
    ],
    ['point de rendez-vous, lieu de rendez-vous, départ, point de départ'],
    [
      'accessibilité, accessible, fauteuil roulant, handicap, handicapé, pmr, mobilité réduite, rampe, ascenseur, escaliers',
    ],
    ['toilettes, wc, sanitaires, vestiaire, vestiaires, douche, douches, casier'],
    [
      'contact, contacter, joindre, téléphone, numéro de téléphone, tel, appeler, portable, whatsapp, sms, rappeler',
    ],
    ['mail, email, e-mail, courriel, adresse mail, adresse e-mail'],
    [
      'personnel, équipe, médecin, médecins, docteur, dentiste, dentistes, guide, guides, moniteur, monitrice, professeur, prof, coach, coiffeur, coiffeuse, esthéticienne, mécanicien',
    ],
    ['langue, langues, anglais, en anglais, parlez-vous, français, traducteur, interprète'],
    [
      'réclamation, réclamations, plainte, se plaindre, mécontent, mécontente, insatisfait, problème avec',
    ],
    [
      "emploi, offre d'emploi, recrutement, recrutez, poste, candidature, cv, stage, alternance, travailler chez vous",
    ],
    [
      'livraison, livrer, livrez, expédition, expédier, envoi, frais de port, frais de livraison, colissimo, colis, suivi de commande',
    ],
    [
      'commande, commander, acheter, achat, panier, retrait en magasin, click and collect, à emporter',
    ],
    ['retour, retours, retourner, renvoyer, échange, échanger, remboursement article'],
    ['garantie, sous garantie, cassé, défectueux, défaut, ne marche pas, en panne, panne'],
    [
      'réparation, réparer, dépannage, pièces, remplacement, remplacer, installation, installer, montage, pose',
    ],
    ["arrivée, départ de l'hôtel, check-in, check-out, clés, clé, réception, heure d'arrivée"],
    [
      'chambre, chambres, chambre double, logement, hébergement, nuit, nuitée, appartement, gîte, lit',
    ],
    ['wifi, wi-fi, internet, connexion, code wifi, mot de passe wifi'],
    ["petit-déjeuner, petit déjeuner, petit dej, p'tit déj, demi-pension, pension complète"],
    ['repas, manger, déjeuner, dîner, menu, carte des plats, restaurant, boissons, cuisine'],
    [
      'végétarien, végétarienne, vegan, sans gluten, gluten, allergie, allergies, allergique, sans lactose, halal',
    ],
    ['bagages, bagage, valise, valises, consigne, sac, sacs, garder les bagages'],
    [
      'enfants, enfant, bébé, bébés, gamins, famille, ado, ados, adolescent, lit bébé, chaise haute, poussette',
    ],
    [
      'âge minimum, âge, à partir de quel âge, dès quel âge, mineur, mineurs, majeur, adultes, seniors, retraités',
    ],
    ['animaux, animal, chien, chiens, chat, chats, animaux acceptés, avec mon chien'],
    [
      'assurance, mutuelle, sécurité sociale, sécu, carte vitale, remboursé par la sécu, tiers payant, prise en charge mutuelle',
    ],
    [
      "documents, pièce d'identité, carte d'identité, passeport, permis, permis de conduire, papiers, visa, que faut-il apporter",
    ],
    [
      'douleur, douleurs, mal, ça fait mal, douloureux, douloureuse, sans douleur, sensible, sensibilité',
    ],
    [
      "anesthésie, anesthésie locale, anesthésie générale, sédation, piqûre, endormir, gaz hilarant, protoxyde d'azote",
    ],
    ['peur, peur du dentiste, angoisse, stress, stressé, phobie, anxieux, anxieuse'],
    ['prothèse, prothèses, dentier, appareil dentaire, bridge'],
    ['couronne, couronnes, implant, implants, facettes'],
    [
      'carie, caries, plombage, obturation, dévitalisation, nerf, extraction, arracher, dent de sagesse, dents de sagesse',
    ],
    ['blanchiment, blanchir, blanc, blanches, dents blanches, dents jaunes, taches'],
    ['orthodontie, appareil, bagues, gouttières, invisalign, dents de travers, aligner'],
    ['détartrage, tartre, nettoyage des dents, hygiène dentaire, plaque'],
    [
      'cours, leçon, leçons, atelier, ateliers, stage découverte, séance, séances, débutant, débutants, niveau',
    ],
    ['location, louer, loue, locations, matériel, équipement'],
  ],
});

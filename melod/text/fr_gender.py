"""French noun gender for `un`/`une` (vingt et une, trente et un): a word table, the
endings that are nearly always feminine, and their masculine exceptions."""

from __future__ import annotations

import re
from typing import Final

from melod.text.latin import wordset

#: Feminine nouns (and adjectives that come before one) that make "un" "une".
FEMININE: Final = wordset(
    """heure minute seconde personne fois semaine porte fenêtre lampe alerte caméra ampoule
    tonne livre année journée nuit pièce chambre prise lumière place tasse dose voiture
    machine batterie bouteille tentative sonnerie visite commande erreur plante zone clé
    boîte lessive étape page unité pile douche cuillère tranche part mesure charge
    vidéo photo fuite alarme note ligne entrée sortie salle cuisine rue ville classe école
    livraison mise sonde vanne réponse demande facture capsule cartouche table
    chaise télé radio console enceinte borne serrure poubelle minuterie station piste
    nouvelle seule dernière petite grande bonne mauvaise belle vieille grosse longue courte
    première
    gélule pilule pastille ampoule valise lame bougie éponge clim bouilloire cafetière
    théière baignoire armoire étagère commode lampe applique prise multiprise rallonge
    tablette imprimante télécommande enceinte box clef poignée vitre porte-fenêtre véranda
    terrasse cave buanderie chaudière pompe hotte plaque casserole assiette fourchette
    serviette couverture couette housse chaussure chaussette chemise veste robe jupe
    culotte casquette écharpe montre bague ceinture brosse cuve citerne gouttière toiture
    façade haie pelouse allée piscine bâche barrière clôture grille
    lettre carte enveloppe recommandée parcelle étiquette puce sim
    appli application notification version session connexion
    vidange révision panne roue jante vitesse portière
    moto trottinette voiturette navette rame gare voie correspondance escale
    réunion séance conférence formation consultation ordonnance analyse
    vaccination injection piqûre perfusion radio radiographie échographie goutte
    cuillerée gorgée portion ration part tartine baguette brioche crêpe pizza salade soupe
    pomme poire orange banane fraise tomate carotte courgette frite
    bière canette boisson tisane pinte coupe flûte
    tâche corvée course séance promenade balade sortie randonnée
    question réponse remarque proposition idée raison chose cause manière façon sorte
    victoire défaite partie manche mi-temps période saison série épreuve médaille
    coupe finale demi-finale place position équipe joueuse
    personne femme fille sœur mère tante cousine amie voisine invitée
    chatte chienne vache poule souris
    fleur rose tulipe graine feuille branche racine
    région commune cité avenue route autoroute nationale départementale impasse allée
    place maison villa résidence copropriété adresse
    banque agence caisse dépense somme amende taxe redevance cotisation
    prime allocation aide remise réduction promo promotion offre vente enchère
    demi-heure quinzaine dizaine douzaine vingtaine centaine
    température pression humidité pluie averse neige grêle tempête rafale vague marée
    crue canicule vigilance éclaircie bourrasque chaleur fraîcheur
    image capture photo story vidéo playlist chanson musique piste émission chaîne série
    dent tête main jambe épaule oreille bouche joue gorge peau cheville hanche cuisse
    langue lèvre paupière narine côte colonne veine vertèbre
    botte basket sandale pantoufle blouse parka doudoune cravate capuche poche salopette
    lunette boucle broche cape toque tunique combinaison
    prune cerise framboise myrtille mûre pêche clémentine mandarine mangue noix noisette
    amande châtaigne aubergine laitue endive betterave patate courge citrouille olive
    échalote gousse galette gaufre tarte quiche sauce confiture compote glace crème pâte
    farine levure viande volaille côtelette escalope saucisse merguez chipolata crevette
    moule huître sardine truite dinde omelette purée brique gourde carafe
    couche tétine sucette peluche poupée poussette trousse gomme règle agrafe punaise colle
    caisse malle sacoche pochette nappe taie bassine passoire cocotte marmite cuisinière
    gazinière manette antenne parabole sonnette sirène persienne baie vasque chasse
    cuvette canalisation cheminée bûche palette lampe-torche
    mairie boulangerie boucherie église cantine crèche patinoire bibliothèque médiathèque
    librairie boutique clinique maternité préfecture cour ruelle aire plage montagne forêt
    île rivière
    patiente cliente infirmière maîtresse grand-mère
    araignée guêpe abeille mouche fourmi tique chèvre brebis jument tortue grenouille
    matinée soirée date veille
    quittance attestation déclaration fiche liste case
    balle raquette luge planche séquence passerelle bande attelle seringue compresse
    couleur chaleur peur odeur valeur largeur hauteur longueur humeur vapeur douleur
    saveur profondeur épaisseur grandeur rumeur lenteur teneur passe
    paire affaire grève fève ombre fibre gamme marque taille fête rampe bombe tombe plume
    arme larme forme plateforme plate-forme cible fable étoile toile épice pince vis croix
    boule cagoule foule guirlande bourse cagnotte flotte perte nièce espèce tombola
    cage nage rage recharge webcam dashcam cam histoire foire mémoire passoire écumoire
    nageoire mangeoire balançoire rôtissoire mésange grange frange vendange louange
    tuile huile poêle dalle benne panne vanne électrovanne éolienne fourche perche
    barque démarque fresque bisque lucarne lanterne caserne taverne caverne
    voix loi mer eau tribu toux perdrix planète comète diète société santé beauté
    nouveauté propriété liberté clarté volonté moitié amitié fierté bonté
    """
)

#: Endings that are feminine in nearly every noun (valise, tondeuse, pastille, bougie).
FEM_SUFFIXES: Final = (
    "tion", "sion", "xion", "ité", "ette", "ure", "ée", "ance", "ence", "ière", "esse",
    "euse", "rice", "ise", "ille", "ine", "ade", "ie", "elle", "aison", "ode", "ique",
    "ion", "ouche", "tude", "ace", "ole", "ente", "ante", "ingue", "ague", "igue", "ue",
    "che", "once", "enne", "anne", "aisse", "arge", "otte", "atte", "use", "ale", "alle",
    "ampe", "oule", "asse", "osse", "onne", "erge", "orge", "auge", "aque", "oque", "èque",
    "uque", "oire", "arne", "ête",
)  # fmt: skip

#: Masculine nouns with one of those endings (le musée, le magazine, un parapluie).
MASCULINE: Final = wordset(
    """musée lycée trophée apogée mausolée scarabée athée pygmée rez-de-chaussée colisée
    magazine platine pare-brise caprice dentifrice périphérique téléphérique
    parapluie incendie génie sosie zombie cookie selfie smoothie brownie foie messie
    stade grade jade malade camarade nomade
    pipeline trampoline moine patrimoine chanoine antimoine bastion
    violoncelle vermicelle
    mercure murmure cyanure chlorure fluorure carbure sulfure
    silence
    comité traité invité pâté côté été
    squelette
    gorille portefeuille chèvrefeuille mille vaudeville quadrille
    cimetière derrière
    code épisode exode mode iode antipode
    cantique pique-nique portique moustique pique cirque casque chèque disque
    avion camion million lion pion billion scorpion champion espion morpion lampion
    espace palace rapace pétrole contrôle rôle symbole monopole protocole pôle
    parc véhicule module message service plastique
    graphique diagnostique lexique public physique
    hôpital rappel colis jour mois an
    dimanche reproche cache panache porche fétiche caniche coche pastiche
    renne large carrosse cierge scandale pétale râle mâle vandale intervalle châle
    groupe phoque colloque cloaque eunuque glucose virtuose moule
    accessoire laboratoire territoire répertoire conservatoire interrogatoire pourboire
    auditoire réfectoire ivoire déboire purgatoire observatoire grimoire promontoire
    exutoire moratoire oratoire suppositoire directoire réquisitoire
    domaine capitaine moine macaque gosse colosse molosse dédale ovale cannibale squale
    bénévole scientifique pétiole"""
)


def is_feminine(word: str) -> bool:
    """True for a feminine noun (or an adjective before one): 'fois', 'heures', 'valise'."""
    word = word.lower()
    single = re.sub(r"[sx]$", "", word)
    if word in FEMININE or single in FEMININE:
        return True
    if word in MASCULINE or single in MASCULINE:
        return False
    if single.endswith(("sque", "rque", "ogue", "ègue")):
        return False  # le casque, le cirque, le catalogue, un collègue
    return single.endswith(FEM_SUFFIXES)

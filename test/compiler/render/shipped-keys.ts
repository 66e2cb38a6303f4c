// The keys the shipped lesson's learners have their progress saved under (lesson/), pinned by
// progress-keys.test.ts and progress-keys-render.test.ts. A key that moves loses every learner's
// bookmark or answer on the next upload, silently: if one of these changes, the change is a bug (or
// a new format, with a decoder for this one: src/shared/progress/README.md).

/** Slide title, s3 key, and the s2 key where it differs (packages before s3 saved under it). */
export const SLIDES: Array<[string, string, string?]> = [
  ['Les 6: Klachtenafhandeling & Conflicthantering', 'dK0'],
  ['Wat is het doel van deze les?', 'KeD'],
  ['Wat weet je nog?', 'kOW'],
  ['Wat gaan we deze les doen:', '6ci'],
  ['Soorten klachten', 'vvN'],
  ['Klachten afhandelen', '_AC', 'z_h'],
  ['Klachten afhandelen', 'zar', 'Ltw'],
  ['Klachten afhandelen', 'Kcl', '3Vs'],
  ['Klachten afhandelen', 'Gqc', 'sqI'],
  ['Opdracht', 'lK_'],
  ['Conflictaanjagers', '-nj'],
  ['Conflictremmers', 'B2X'],
  ['Conflicthantering', 'mU2', 'Rt1'],
  ['Conflicthantering', 'F05', 'fxd'],
  ['Conflicthantering', 'HWC', 'x3-'],
  ['Conflicthantering', 'IBE', 'T9o'],
  ['Toets', 'wEu'],
  ['Welke twee soorten klachten noemt de les?', 'CdM'],
  ['Op welke manieren kan een klacht binnenkomen? Kies alle goede antwoorden.', 'APC'],
  ['Heb je een klacht telefonisch ontvangen, dan moet je hem zelf in het CRM zetten.', 'FBa'],
  ['Zet de stappen van de klachtenprocedure in de juiste volgorde.', 'r5V'],
  ['Waar vind je voor veel klachten al een oplossing?', 'EB5'],
  ['Welke van deze zijn conflictaanjagers? Kies alle goede antwoorden.', 'iG5'],
  ['Welke zin is een conflictremmer?', 'yGa'],
  ['Het vermijden van conflicten is meestal aan te raden.', '8nl'],
  ['Koppel elke techniek voor conflicthantering aan de beschrijving.', 'JJq'],
  ['In welk systeem registreer je klachten? Schrijf de afkorting.', 'JJO'],
  ['Hoeveel technieken voor conflicthantering noemt de les? Schrijf het aantal.', '7a8'],
  ['Wat is een nadeel van confronteren?', 'cD8'],
  ['Je resultaat', 'N6U', 'PDq'],
];

/** Question id, s3 key, option prints, s2 key. */
export const QUESTIONS: Array<[string, string, string | undefined, string]> = [
  ['wat-weet-je-nog', 'lLVl', undefined, '00Ls'],
  ['soorten-klachten', 'oIjJ', 'XJJ', 'OXLk'],
  ['klacht-binnenkomen', 'SjhZ', 'Fr0_', 'mr-g'],
  ['crm-zelf-invoeren', 'p2yp', undefined, 'tnYW'],
  ['volgorde-stappen', 'Mh6q', 'TUXkA', '7jk1'],
  ['oplossing-vinden', 'YSsl', 'P2s', 'Pqx6'],
  ['conflictaanjagers', '4-V_', 'uOZra', 'eDiG'],
  ['conflictremmer-zin', 'SRs1', 'tkb', 'gZuv'],
  ['vermijden', 'nZls', undefined, 'sahe'],
  ['technieken', 'oaTF', 'COsZWk_7Fm', 'EOMA'],
  ['crm-naam', 'qdxr', undefined, '5hKl'],
  ['aantal-technieken', 'PRKw', undefined, 'Phyy'],
  ['nadeel-confronteren', 'hOii', 'L4e', 'AXso'],
];

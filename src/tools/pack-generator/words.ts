/**
 * The word lists of the generated benchmark pack. The first lists hold the words of the built-in
 * entities (surnames, given names, places, institutions, terms), so the pack's names collide with
 * the real ones the way a second pack's would: another Rubio, a city called Córdoba, a Trump
 * Foundation, an extradition treaty.
 */

export * from './people-words';

/** Words of built-in places and institutions, and surnames that name places. */
export const COLLIDING_PLACE_WORDS = ['Córdoba', 'Colombia', 'Venezuela', 'Washington', 'Rubio', 'Petro', 'Trump', 'Rodríguez', 'Urrego', 'Casa Blanca'];
export const PLACE_WORDS = [
  'Esperanza',
  'Victoria',
  'Santa Rosa',
  'Paraíso',
  'Libertad',
  'Concordia',
  'Florencia',
  'Alameda',
  'Granada',
  'Palmira',
  'Aurora',
  'Miramar',
  'Belén',
  'Soledad',
  'Trinidad',
  'Fresno',
  'Oakwood',
  'Riverside',
  'Fairview',
  'Springfield',
];
/** Place names around a word: [English pattern, Spanish pattern]. */
export const PLACE_PATTERNS: readonly string[] = [
  'Puerto {W}',
  'Villa {W}',
  'San José de {W}',
  'Nueva {W}',
  'Valle de {W}',
  'Río {W}',
  '{W} County',
  '{W} Heights',
  'Port {W}',
  'Lake {W}',
  '{W} Valley',
  'Mount {W}',
];
/** Bare place names that are also a built-in alias or surname. */
export const BARE_COLLIDING_PLACES = ['Córdoba', 'Urrego'];

export const ORG_WORDS = [
  'White House',
  'Casa Blanca',
  'United States',
  'Estados Unidos',
  'Colombian',
  'Venezuelan',
  'Foreign Ministry',
  'Cancillería',
  'Trump',
  'Petro',
  'Rubio',
  'Córdoba',
  'Rodríguez',
  'Washington',
];
export const ORG_PATTERNS: readonly string[] = [
  '{W} Foundation',
  'Fundación {W}',
  '{W} Group',
  'Grupo {W}',
  '{W} Institute',
  'Instituto {W}',
  '{W} Historical Association',
  '{W} Tennis Association',
  '{W} Chamber of Commerce',
  'Cámara de Comercio {W}',
  '{W} Holdings',
  '{W} Hotel',
  'Hotel {W}',
  '{W} Workers Union',
  'Sindicato {W}',
  '{W} University',
  'Universidad {W}',
];
/** Institutions named like the built-in ones, for another country. */
export const COUNTRIES = ['Peru', 'Ecuador', 'Chile', 'Bolivia', 'Panama', 'Mexico', 'Argentina', 'Paraguay', 'Honduras', 'Guatemala'];
export const PAISES = ['Perú', 'Ecuador', 'Chile', 'Bolivia', 'Panamá', 'México', 'Argentina', 'Paraguay', 'Honduras', 'Guatemala'];
export const COUNTRY_ORG_PATTERNS: readonly [string, string][] = [
  ['Foreign Ministry of {C}', 'Cancillería de {P}'],
  ['Special Jurisdiction for Peace of {C}', 'Jurisdicción Especial de {P}'],
  ['Supreme Court of {C}', 'Corte Suprema de {P}'],
  ['Central Bank of {C}', 'Banco Central de {P}'],
  ['National Police of {C}', 'Policía Nacional de {P}'],
  ['Electoral Council of {C}', 'Consejo Electoral de {P}'],
];

/** Terms built on the words of the built-in terms: [English, Spanish]. */
export const TERM_LEADS: readonly [string, string][] = [
  ['extradition', 'extradición'],
  ['decertification', 'descertificación'],
  ['glyphosate', 'glifosato'],
  ['drug', 'droga'],
  ['crop', 'cultivo'],
  ['forced', 'forzosa'],
  ['voluntary', 'voluntaria'],
  ['aerial', 'aérea'],
  ['coca', 'coca'],
  ['trade', 'comercio'],
  ['fiscal', 'fiscal'],
  ['border', 'frontera'],
];
export const TERM_HEADS: readonly [string, string][] = [
  ['treaty', 'tratado'],
  ['request', 'solicitud'],
  ['hearing', 'audiencia'],
  ['review', 'revisión'],
  ['policy', 'política'],
  ['register', 'registro'],
  ['quota', 'cuota'],
  ['subsidy', 'subsidio'],
  ['audit', 'auditoría'],
  ['tariff', 'arancel'],
  ['permit', 'permiso'],
  ['census', 'censo'],
  ['insurance', 'seguro'],
  ['ban', 'veda'],
  ['monitoring', 'monitoreo'],
  ['fund', 'fondo'],
  ['corridor', 'corredor'],
  ['index', 'índice'],
  ['program', 'programa'],
  ['tribunal', 'tribunal'],
  ['agreement', 'acuerdo'],
  ['commission', 'comisión'],
  ['crisis', 'crisis'],
  ['debate', 'debate'],
  ['decree', 'decreto'],
  ['dispute', 'disputa'],
  ['exemption', 'exención'],
  ['framework', 'marco'],
  ['inquiry', 'indagación'],
  ['law', 'ley'],
  ['license', 'licencia'],
  ['market', 'mercado'],
  ['moratorium', 'moratoria'],
  ['network', 'red'],
  ['office', 'oficina'],
  ['plan', 'plan'],
  ['protocol', 'protocolo'],
  ['reform', 'reforma'],
  ['report', 'informe'],
  ['route', 'ruta'],
  ['safeguard', 'salvaguarda'],
  ['scheme', 'esquema'],
  ['statute', 'estatuto'],
  ['target', 'meta'],
  ['waiver', 'dispensa'],
];

export const SOURCES_EN = ['The Andean Ledger', 'Northern Courier', 'Hemisphere Daily', 'The River Post', 'Coastline Times', 'Metro Wire'];
export const SOURCES_ES = ['El Diario Andino', 'La Crónica del Sur', 'Noticias del Valle', 'El Mirador', 'La Voz Regional', 'Prensa Libre del Caribe'];

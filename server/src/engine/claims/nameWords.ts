// The words that make or unmake a name, written out because no library here knows them: titles before a
// person's name, nationality words, capitalised words that are no names (weekdays, months, institutions
// named by their common noun), and the connectors inside a name ("Rule of Law", "Bank of England").
// Titles that stand before a person's name and are not part of it ("Prime Minister Albin Kurti").
export const TITLES = new Set([
  'president', 'minister', 'chancellor', 'secretary', 'mayor', 'mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame',
  'lord', 'lady', 'gen', 'general', 'lt', 'col', 'colonel', 'sgt', 'capt', 'captain', 'admiral', 'commander',
  'spokesman', 'spokeswoman', 'spokesperson', 'judge', 'king', 'queen', 'prince', 'princess', 'pope',
  'senator', 'sen', 'rep', 'governor', 'gov', 'premier', 'ambassador', 'envoy', 'chairman', 'chairwoman',
  'ceo', 'director', 'coach', 'manager', 'striker', 'midfielder', 'defender', 'goalkeeper', 'batsman',
  'bowler', 'winger', 'forward', 'presenter', 'professor', 'prof', 'rev', 'detective', 'inspector',
  'constable', 'officer', 'leader', 'mp', 'mep', 'councillor', 'sheriff', 'emperor', 'sultan', 'sheikh',
  'ayatollah', 'archbishop', 'bishop', 'cardinal', 'boss', 'author', 'singer', 'actor', 'actress',
  'champion', 'chief', 'head', 'superintendent', 'sergeant', 'lieutenant', 'major', 'marshal',
  'madam', 'madame', 'speaker', 'commissioner', 'editor', 'representative',
]);
// Offices for two or more ("Presidents Vjosa Osmani and Aleksandar Vučić"); not every title's plural:
// "Queens Park Rangers", "Champions League".
export const PLURAL_TITLES = new Set([
  'presidents', 'ministers', 'chancellors', 'mayors', 'senators', 'governors', 'premiers', 'ambassadors', 'envoys',
  'commissioners', 'councillors', 'spokesmen', 'spokeswomen',
]);
// Words that belong to a title only when a title word follows: "Prime Minister", "Foreign Secretary";
// elsewhere they are part of a name ("Ministry of Defence", "Ulster Defence Regiment").
export const TITLE_MODIFIERS = new Set([
  'vice', 'prime', 'deputy', 'foreign', 'defence', 'defense', 'interior', 'finance', 'health', 'justice',
  'home', 'attorney', 'state', 'former', 'acting', 'first', 'chief', 'police', 'army', 'fire', 'crown',
  'federal', 'affairs', 'high', 'special',
]);
export const NOT_NAMES = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february',
  'mondays', 'tuesdays', 'wednesdays', 'thursdays', 'fridays', 'saturdays', 'sundays',
  'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'i', 'the', 'a', 'an', 'and', 'or', 'but', 'it', 'he', 'she', 'we', 'they', 'this', 'that', 'these', 'those',
  'mr.', 'mrs.', 'ms.', 'dr.', 'st.', 'gen.', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept',
  'oct', 'nov', 'dec', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'mon.', 'tue.', 'wed.',
  'thu.', 'fri.', 'sat.', 'am', 'pm', 'ok', 'no', 'not', 'yes', 'tv', 'ad', 'bc', "i'm", "i'll", "i've", "i'd",
  'yesterday', 'today', 'tomorrow', 'tonight', 'meanwhile', 'however', 'earlier', 'later', 'now', 'then',
  'q&a', 'faq', 'update', 'updated', 'breaking', 'live', 'exclusive', 'analysis', 'opinion', 'explainer',
  // Quantities that open a sentence and join a name by "of": "Hundreds of Serbs", "Dozens of Albanians".
  'hundreds', 'thousands', 'dozens', 'millions', 'tens', 'scores', 'most', 'many', 'some', 'several', 'all', 'none',
  // Forms of address that open a speech or a letter: "Excellencies, dear friends"; a parliament's "the
  // Member", "for Members"; a family's words for its own ("Bro:", "Mum:", "Love, Grandma").
  'excellencies', 'excellency', 'member', 'members', 'bro', 'sis', 'mum', 'mom', 'dad', 'grandma', 'grandpa', 'granny',
  'grandad', 'nan', 'nana',
]);
// An institution named by its common noun alone, capitalised as British style does ("the Government has
// made", "the Opposition"): which one is the context's, and it is no name to look up.
export const INSTITUTION_NOUNS = new Set([
  'government', 'cabinet', 'opposition', 'ministry', 'department', 'council', 'commission', 'administration',
  'presidency', 'secretariat', 'committee', 'treasury', 'house', 'chamber', 'court', 'army', 'navy', 'police',
]);
// The offices a letter names as its own, by their common nouns: "… presents its compliments to the
// Embassies and Missions", "its Liaison Office". Which embassy is the letter's context, and no source
// names it: "Political Affairs" or "the Embassy" alone is no name to look up.
// (A ministry or an office named by its portfolio, "Interior Ministry", "Ministry of Defence", "Foreign
// Office", stays a name.)
export const OFFICE_NOUNS = new Set([
  'ministry', 'ministries', 'embassy', 'embassies', 'mission', 'missions', 'office', 'offices', 'directorate',
  'affairs', 'liaison', 'delegation', 'consulate', 'consulates', 'chancery',
  // A meeting's own officers, capitalised in its minutes: "the Chair", "the Town Clerk".
  'chair', 'clerk',
]);
/** The words of a generic office's name that are none of its nouns: "of Foreign Affairs", "Political Affairs". */
export const OFFICE_QUALIFIERS = new Set(['foreign', 'political', 'general', 'home', 'interior', 'defence', 'defense', 'legal', 'consular', 'permanent', 'town', 'deputy']);
/** Portfolios that make a ministry or an office one government's own: "Interior Ministry", "Foreign Office". */
export const PORTFOLIOS = new Set(['foreign', 'home', 'interior', 'defence', 'defense']);
// The points of the compass, alone a direction or a region ("the West should press both capitals",
// "South-East European politics"), which no source names as a place to look up.
export const COMPASS = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest']);
export const CONNECTORS = new Set(['of', 'de', 'del', 'della', 'van', 'von', 'der', 'den', 'al', 'bin', 'da', 'dos', 'du', 'la', 'le', '&']);
// Short demonyms the suffix rule below does not catch. Nationality words are not names.
const DEMONYMS = new Set([
  'serb', 'serbs', 'croat', 'croats', 'turk', 'turks', 'scot', 'scots', 'brit', 'brits', 'swiss', 'thai',
  'dutch', 'french', 'greek', 'greeks', 'arab', 'arabs', 'kurd', 'kurds', 'jew', 'jews', 'pole', 'poles',
  'czech', 'czechs', 'finn', 'finns', 'dane', 'danes', 'swede', 'swedes', 'welsh', 'irish', 'english',
  'spaniard', 'spaniards', 'briton', 'britons', 'frenchman', 'frenchmen', 'englishman', 'englishmen',
  'scotsman', 'welshman', 'irishman', 'dutchman', 'kiwi', 'kiwis', 'yank', 'yanks',
  'british', 'spanish', 'danish', 'polish', 'turkish', 'kosovar', 'kosovars', 'kosovan', 'kosovans',
  'iraqi', 'iraqis', 'israeli', 'israelis', 'pakistani', 'pakistanis', 'saudi', 'saudis', 'yemeni', 'afghan',
  'afghans', 'filipino', 'chinese', 'japanese', 'vietnamese', 'portuguese', 'lebanese', 'sudanese', 'western',
  'eastern', 'northern', 'southern', 'european', 'europeans', 'african', 'africans', 'asian', 'asians',
  'american', 'americans', 'muslim', 'muslims', 'christian', 'christians', 'catholic', 'catholics',
  'democrat', 'democrats', 'republican', 'republicans', 'nazi', 'nazis', 'soviet', 'balkan',
  'german', 'germans', 'mexican', 'mexicans', 'moroccan', 'moroccans', 'kenyan', 'kenyans', 'cuban', 'cubans',
  'somali', 'somalis', 'qatari', 'qataris', 'emirati', 'emiratis', 'kuwaiti', 'kuwaitis', 'bangladeshi', 'bangladeshis',
  'slovak', 'slovaks', 'moldovan', 'moldovans', 'montenegrin', 'montenegrins', 'slovene', 'slovenes', 'bosniak', 'bosniaks',
  'macedonian', 'macedonians', 'latvian', 'latvians', 'lithuanian', 'lithuanians', 'estonian', 'estonians', 'uzbek', 'uzbeks',
  'kazakh', 'kazakhs', 'tajik', 'tajiks', 'iranian', 'iranians', 'chilean', 'chileans', 'peruvian', 'peruvians',
]);

// Words that end like a nationality word and are none: people's trades, given names, a newspaper
// ("The Guardian"). Written out because no library here knows which "-ian" words name a people.
const NOT_DEMONYMS = new Set([
  'guardian', 'custodian', 'comedian', 'historian', 'librarian', 'musician', 'physician', 'politician',
  'technician', 'magician', 'civilian', 'pedestrian', 'median', 'ruffian', 'brian', 'adrian', 'julian',
  'vivian', 'damian', 'fabian', 'sebastian', 'gillian', 'lillian', 'marian', 'ocean', 'parish', 'hamish',
]);

export function isDemonym(lower: string): boolean {
  if (DEMONYMS.has(lower)) return true;
  return lower.length > 4 && /(?:ian|ians|ean|eans|ese|ish)$/.test(lower) && !NOT_DEMONYMS.has(lower.endsWith('s') ? lower.slice(0, -1) : lower);
}

// The combining forms of nationality words ("Franco-German", "Sino-Russian", "Anglo-Irish"): part of an
// adjective, not a name.
export const COMBINING_FORMS = new Set([
  'franco', 'anglo', 'sino', 'russo', 'greco', 'austro', 'italo', 'indo', 'afro', 'euro', 'judeo', 'serbo',
  'turco', 'hispano', 'luso', 'nippo', 'germano', 'polono', 'czecho', 'belgo', 'dano', 'swedo',
]);

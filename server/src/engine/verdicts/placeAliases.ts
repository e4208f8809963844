// Names the news writes in several ways that no spelling rule connects (US / United States / American).
// A short hand-made table: the corpus's own "Full Name (ACR)" definitions cover the rest.
const GROUPS: string[][] = [
  ['us', 'usa', 'united states', 'united states of america', 'america', 'american', 'americans', 'washington'],
  ['uk', 'united kingdom', 'britain', 'great britain', 'british', 'briton', 'britons'],
  ['eu', 'european union'],
  ['un', 'united nations'],
  ['nato', 'north atlantic treaty organization', 'north atlantic treaty organisation'],
  ['uae', 'united arab emirates'],
  ['england', 'english'],
  ['scotland', 'scottish', 'scots'],
  ['wales', 'welsh'],
  ['ireland', 'irish', 'republic of ireland'],
  ['northern ireland', 'ni'],
  ['france', 'french'],
  ['germany', 'german', 'germans'],
  ['russia', 'russian', 'russians', 'moscow', 'kremlin'],
  ['china', 'chinese', 'beijing'],
  ['spain', 'spanish'],
  ['italy', 'italian', 'italians'],
  ['netherlands', 'dutch', 'holland'],
  ['ukraine', 'ukrainian', 'ukrainians', 'kyiv', 'kiev'],
  ['serbia', 'serbian', 'serbs', 'serb', 'belgrade'],
  ['kosovo', 'kosovar', 'kosovan', 'pristina', 'prishtina'],
  ['albania', 'albanian', 'albanians'],
  ['belgium', 'belgian'],
  ['sweden', 'swedish'],
  ['norway', 'norwegian'],
  ['switzerland', 'swiss'],
  ['japan', 'japanese'],
  ['india', 'indian'],
  ['pakistan', 'pakistani'],
  ['australia', 'australian'],
  ['canada', 'canadian'],
  ['mexico', 'mexican'],
  ['brazil', 'brazilian'],
  ['turkey', 'turkish', 'turks'],
  ['israel', 'israeli', 'israelis'],
  ['iran', 'iranian'],
  ['iraq', 'iraqi'],
  ['syria', 'syrian'],
  ['egypt', 'egyptian'],
  ['greece', 'greek'],
  ['poland', 'polish'],
  ['portugal', 'portuguese'],
  ['world war ii', 'second world war', 'ww2', 'wwii'],
  ['world war i', 'first world war', 'great war', 'wwi'],
];

const BY_KEY = new Map<string, string[]>();
for (const group of GROUPS) for (const key of group) BY_KEY.set(key, group.filter((k) => k !== key));

/** Other keys that name the same place or body, for a name key (see nameKey). */
export function placeAliases(key: string): string[] {
  return BY_KEY.get(key) ?? [];
}

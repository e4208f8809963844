// Which corpus names a draft's name stands for: the same key, an alias the sources define ("Kosovo Central
// Election Commission (KQZ)"), a full name it is part of ("Kurti" → Albin Kurti), another grammatical
// number ("Serb", "Serbs"), a name of the alias table (US / United States), the body an acronym's
// initials spell, or the name without a leading nationality word. Every name verdict starts here.
import { isDemonym } from '../claims/names';
import type { NameEntry } from '../index/nameVocabulary';
import type { ClaimContext } from './judgement';
import { placeAliases } from './placeAliases';

export const PLACE_OR_BODY_HEADS = new Set(
  ('league united city town club party council house park road street stadium game championship cup ' +
    'association union institute university college school hospital company group bank court committee ' +
    'commission agency service force army navy police office ministry department airport station island ' +
    'county district bay river lake mountain sea ocean square bridge hall centre center network times post ' +
    'news channel festival award prize republic kingdom state states federation assembly parliament').split(' '),
);

/** Last words of a body an acronym stands for, beyond PLACE_OR_BODY_HEADS ("United Nations", "Serbian List"). */
const ACRONYM_BODY_HEADS = new Set(['nations', 'community', 'mission', 'alliance', 'organisation', 'organization', 'list', 'front', 'movement']);

function isPlaceOrBodyHead(word: string): boolean {
  return PLACE_OR_BODY_HEADS.has(word) || PLACE_OR_BODY_HEADS.has(word.replace(/s$/, '')) || ACRONYM_BODY_HEADS.has(word);
}

function entriesFor(keys: string[], ctx: ClaimContext): NameEntry[] {
  return keys.map((k) => ctx.index.names.get(k)).filter((e): e is NameEntry => !!e);
}

/** Entries that name what `key` names: the same key, an alias, or a full name it is part of. */
export function resolve(key: string, ctx: ClaimContext): NameEntry[] {
  const { names } = ctx.index;
  const tokens = key.split(' ');
  const last = tokens[tokens.length - 1];
  // "Olympic" and "Rio Olympics", "Serb" and "Serbs": one name.
  const otherNumber = [...tokens.slice(0, -1), last.endsWith('s') ? last.slice(0, -1) : `${last}s`];
  for (const variant of [tokens, otherNumber]) {
    const direct = entriesFor([variant.join(' '), ...names.aliasesOf(variant.join(' '))], ctx);
    if (direct.length > 0) return direct;
    const containing = names.containing(variant);
    if (containing.length > 0) return containing;
  }
  const aliases = entriesFor(placeAliases(key), ctx);
  if (aliases.length > 0) return aliases;
  // "KLA" where the sources write "Kosovo Liberation Army (UCK)": an acronym the sources never write
  // stands for the body or place whose initials it spells (a person's initials are no name a writer uses).
  if (tokens.length === 1 && key.length >= 2 && key.length <= 5) {
    const spelled = names.spelledBy(key).filter((e) => isPlaceOrBodyHead(e.tokens[e.tokens.length - 1]!));
    if (spelled.length > 0) return spelled;
  }
  // "Scottish SPCA" where the corpus says "SPCA": a leading nationality word adds nothing to check. But
  // "Serb List" for the corpus's "Serbian List" is a form of the name the sources do not write.
  if (tokens.length > 1 && isDemonym(tokens[0])) return resolve(tokens.slice(1).join(' '), ctx).filter((e) => !(isDemonym(e.tokens[0]!) && e.tokens.length >= tokens.length));
  return [];
}

// The words around a name that say it is a quotation's speaker: a verb of speech after it ("Kurti
// said"), a dash or a citation after the quotation ("… — Igor Simic", ""…" (Osmani)"), a possessive
// ("Lavrov's "…""), a word someone "called" something. Read by attributionVerdict on draft and source
// sentences alike; written by hand, as no library here reads who said what.
import { SETTING_WORDS } from '../draft/sentenceSpans';

// "Kurti also claimed Moscow was "…"", "Putin himself said …": an adverb or a reflexive may stand between
// the speaker and the verb.
// "The EU's foreign policy chief, Josep Borrell, has complained …": the comma closing the apposition the name stood in.
// "As Vučić put it, …": how one put it is what one said.
// "EULEX's statement urges "…"": the speaker's statement speaks for them.
// "We take to heart the words of Josep Borrell, who asked all sides "…"", "it was Vjosa Osmani who said
// …": a relative clause's verb is the name's.
export const SPEECH_AFTER =
  /^(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})?(?:\s*,[^,"“”]{1,80},|\s*,?\s*who\b|\s*,|['’]s\s+(?:(?:latest|own|earlier|new|written|joint)\s+)?(?:statement|message|appeal|call|plea|warning|reply|response|communiqu[ée]|tweet|post)\s+)?\s*(?:(?:also|again|later|then|had|has|have|himself|herself|themselves|itself|\p{L}+ly)\s+)?(?:said|says|told|tells|added|adds|stated|states|wrote|writes|declared|declares|insisted|insists|warned|warns|explained|explains|replied|replies|tweeted|tweets|urged|urges|demanded|demands|pleaded|appealed|claimed|claims|argued|argues|asserted|asserts|stressed|stresses|noted|notes|alleged|maintained|maintains|complained|complains|asked|asks|condemned|condemns|criticised|criticises|criticized|criticizes|denounced|denounces|puts?\s+it)\b/u;
// "Josep Borrell's description of the attacks as "unacceptable"": whose words a short quote is.
export const POSSESSIVE_WORDS = /^['’]s\s+(?:description|remarks?|comments?|words|characteri[sz]ation)\b/;
// "Lavrov's "unconditionally supporting Serbia"": a possessive right before the quotation.
export const OWNS_QUOTE = /^['’]s\s*["“«]/;
// A short quote is often a word someone "called" or "described" something as: "X described the violence
// as "unacceptable"". Read only for short quotes, where the quote is the word chosen.
// "Why did Peskov call the attacks …?": the bare verb after "did", "does" or "will" before the name.
// "Igor Simic of the Serbian List, the largest Serb party in Kosovo, has called …": the speaker's party
// may stand between too.
export const CHARACTERISED_AFTER = /^(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})?(?:\s*,[^,"“”]{1,80},|\s*,\s*who|\s*,)?\s*(?:(?:also|again|later|then|had|has|\p{L}+ly)\s+)?(?:called|calls|calling|described|describes|describing|termed|terms|labell?ed|branded|dubbed)\b/u;
export const CHARACTERISED_BARE = /^\s*(?:call|describe|term|label|brand|dub)\b/;
export const ASKED_BEFORE = /\b(?:did|does|do|will|would|could)\s+$/i;
// "… according to X", and a dash right after the quotation: ""…," — Aleksandar Vucic", or after a pull
// quote's last sentence: "… "the most powerful move" to end the crisis. — Igor Simic".
// A colon after the quotation too, in a list of who said what: "- "the most powerful move": Kurti, of …".
// "The line "…" came from Igor Simic"; a quote card's "… · Aleksandar Vučić".
// "… — President Vjosa Osmani": a title may stand between the dash and the name.
// A correction's "“…” was Osmani, not the prime minister": the name the quotation "was".
// ""What is the point …?" asked Vučić": right after the quotation "asked" or "replied" has its speaker follow.
export const SPEECH_BEFORE = /(?:\b(?:said|says|added|according to|came from|comes from)|["”»]\s*(?:asked|asks|replied|replies|wrote|writes)|["”».!?]\s*(?:—|–|--|·|•)(?:\s*\p{Lu}[\p{L}.]*){0,3}|["”»]\s*:|["”»]\s+(?:was|is)(?:\s+(?:really|actually))?)\s*$/u;
// "the appeal of EU foreign policy chief Josep Borrell to Belgrade and Pristina "…"": a statement of the
// person's, the title between.
export const STATEMENT_OF = /\b(?:appeal|call|plea|warning|statement|message|words|remarks)\s+(?:of|by|from)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,5}$/iu;
// The name that answers a "Who said …?" question (a quiz or FAQ line and its answer, read as one sentence).
export const WHO_SAID = /^\W*who\s+(?:said|says|told|called|described|wrote|warned)\b[^?]*\?["”]?\s*\W*$/i;

// "“We believe that all legitimate rights … must be observed and ensured.”": a sentence that is all
// quotation goes on quoting the speaker the sentence before names.
export const WHOLE_QUOTE = /^\s*["“«][^"“”«»]+["”»]\s*$/;

export const INVERTED_SPEECH = /["”»]\s*(?:said|says|told|added|asked|asks|replied|replies)\b/;
// "“As long as there is a violent mob …,” he said.": the speaker is the one the sentence before names.
export const PRONOUN_SPEECH = /(?:\b(?:he|she)\s+(?:(?:also|again|later|then)\s+)?(?:said|says|added|told|stated|declared|insisted|warned|explained|replied|wrote|tweeted|argued|stressed|noted)|\b(?:said|says|added)\s+(?:he|she))\b/i;

// ""…" / Vucic, on a conference call with reporters.": a name right after the quotation, with where or how it
// was said after a comma, is its speaker (an attribution line under a block quote).
export const AFTER_QUOTE = /["”»][.!?]?\s*$/;
export const SETTING_AFTER = new RegExp(`^,\\s+${SETTING_WORDS}\\b`);
// "| Lulzim Hetemi, Serbian List | …": or the person's party or body.
export const CELL_TITLE = /^[*_]*\s*,\s*(?:[\p{Ll}\s'’-]{1,40}|(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})$/u;
// A citation right after a closing quotation mark: ""…" (Borrell, 2023)", ""…" (Osmani)", ""…" (Kurti,
// to Reuters)".
export const CITED_BEFORE = /["”»]\s*\(\s*$/;
export const CITED_AFTER = /^(?:,?\s*\d{4}[a-z]?|,\s*[^()"“”]{1,40})?\s*\)/;

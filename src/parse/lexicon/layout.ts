// Layout and plain-statement words: check marks, verdict words that open an answer line, and the words by which
// people say a thing is good or bad without a verdict ("That would be a real step forward").
// Reviewed data, not code: tests check the lists for clashes.
import type { Entry } from './patterns.js';

/**
 * A reply that says its answers are written into the message it quotes ("Answers below in capitals", "see my
 * replies inline"): below the quoted header, the organiser's clauses are interleaved with the candidate's answers.
 */
export const ANSWERS_BELOW =
  /(?<![\p{L}])(?:(?:my\s+)?(?:answers?|replies|responses?|comments?)\s+(?:are\s+)?(?:below|inline|in line|beneath|underneath|under each|after each|in (?:capitals|caps|capital letters|red|blue|bold|green))|(?:answered|replied|responded|see my answers|see below|answers?)\s+(?:below|inline|in line|under each (?:point|question|one)))(?![\p{L}])/u;

/** A checklist item: a box or a mark at the start of a line ("- [x] 4", "☒ Q2", "✓ 7"). */
export const CHECK_MARKS = /^\s*(?:[-*•+]\s*)?(?:\[\s*[xX✓✔✗✘ ]?\s*\]|\(\s*[xX✓✔ ]?\s*\)|[☐☑☒✓✔✗✘❌✅])/u;

/**
 * A chat export's stamp opening each message: "[20/2/27, 9:14 pm] Kirra: " (iOS), "08/09/2026, 21:14 - Sam: "
 * (Android), or a message pasted with its time alone: "[11:43] ", "[sat. 11:42] ". The stamp is not part of what
 * the candidate wrote, and each message stands on its own. (A time alone keeps what follows it: "[11:43] C: yes"
 * names a clause, not a sender.)
 */
export const CHAT_STAMP =
  /^[ \t]*(?:(?:\[\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},?[ \t]+\d{1,2}:\d{2}(?::\d{2})?(?:[ \t\u202f]?[apAP]\.?[mM]\.?)?\]|\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},?[ \t]+\d{1,2}:\d{2}(?::\d{2})?(?:[ \t\u202f]?[apAP]\.?[mM]\.?)?[ \t]+[-\u2013])[ \t]*[^:\n\]]{1,40}:[ \t]|\[(?:\p{L}{1,9}\.?[ \t]+)?\d{1,2}:\d{2}(?::\d{2})?(?:[ \t\u202f]?[apAP]\.?[mM]\.?)?\][ \t])/gmu;

/** Marks that tick an item (agreement) and those that leave it empty or cross it. */
export const TICKED = /^\s*(?:[-*•+]\s*)?(?:\[\s*[xX✓✔]\s*\]|\(\s*[xX✓✔]\s*\)|[☑☒✓✔✅])/u;
export const CROSSED = /^\s*(?:[-*•+]\s*)?(?:[✗✘❌])/u;
export const EMPTY_BOX = /^\s*(?:[-*•+]\s*)?(?:\[\s*\]|\(\s*\)|☐)/u;

/**
 * An answer cell that says yes and points at what limits it: a footnote mark ("Yes*"), a "but" left for the comment
 * to finish ("YES, BUT"), or a yes with something attached ("Yes, with a phase-in").
 */
export const LIMITED_YES = /^\s*(?:yes|yeah|yep|y|agree|agreed|support|supported|aye)\s*(?:\*+|,?\s*but\s*[.:!-]*|,?\s*with\s+(?:a|an|some)\s+\p{L}[^]*)\s*$/iu;

/** Words that open a line answering a question in programme order: "Yes", "No – …", "Y", "Partly". */
export const ANSWER_OPENERS: Entry[] = [
  { p: '[yes|yep|yeah|aye|y|no|nope|n|agree|agreed|disagree|support|supported|oppose|opposed]' },
  { p: '[partly|partially|maybe|unsure|undecided|conditional|qualified|abstain]' },
  { p: 'not [sure|really|yet|now]' },
  { p: 'in principle' },
  { p: 'with [qualifications|reservations|caveats]' },
  { p: '[ja|nein|oui|non|sí|si|ydw|nac ydw|ndiyo|hapana|inde|iyayi|ayi|yebo|āe|kāo|gwnaf|byddaf|déanfaidh|beidh]', note: 'one-word answers in a member\'s own language, each on its line ("Inde / Inde / Iyayi", "Gwnaf / Gwnaf / Na wnaf")' },
  { p: '[na wnaf|na fyddaf|ní dhéanfaidh|ní bheidh]' },
  { p: '[tha|chan eil|bidh|cha bhi]', note: 'Scottish Gaelic verb-answers, one per line ("Tha / Tha / Chan eil")' },
  { p: '[cytuno|ddim yn cytuno|dim yn cytuno|anghytuno]', note: '"| Cytuno | Ddim yn cytuno |": agree and do not agree, in Welsh, as a form\'s columns' },
];

/** Plain statements in favour of what they speak of, with no verdict word. */
export const POSITIVE: Entry[] = [
  { p: "not [a|such a]? [bad|terrible|daft|silly] [idea|thing|plan|move|shout]", note: '"Not a bad idea at all": a litotes, in favour' },
  { p: '[a|the]? [real|big|huge|major|welcome|good|great|important|positive]? step [forward|in the right direction]' },
  { p: '[long|well] overdue' },
  { p: '[a|an]? [good|great|excellent|brilliant|sensible|fantastic|fine|solid|welcome|positive] [idea|thing|move|policy|plan|proposal|change|start]' },
  { p: '[makes|make] [sense|perfect sense|good sense|complete sense]' },
  { p: '[common sense|no-brainer|no brainer|win-win|win win]' },
  { p: '[only|entirely|perfectly|simply]? [fair|right|just|reasonable|sensible]' },
  { p: '[would|will|could] [help|benefit|improve|make a difference|save|protect|transform]' },
  { p: '[a|the] [right|fair] thing' },
  { p: '[welcome|welcomed]' },
  { p: '[we|the town|the city|people|residents|members|students|families|everyone] [need|needs|deserve|deserves]' },
  { p: '[about|high] time' },
  { p: '[great|good] news' },
  { p: 'the least ~ [owe|owed|deserve|deserves|deserved|can do|could do|should do|should expect]', note: '"Ten per cent for the under-12s is the least the coast is owed"' },
  { p: 'should have been [done|in place|brought in|introduced|fixed|sorted|built] [years ago|long ago|already|by now|decades ago|ages ago|a long time ago]' },
  { p: '[would|will|could] change ~ [lives|life]', note: '"money at five percent a year would change the lives of market women"' },
];

/** Plain statements against what they speak of, with no verdict word. */
export const NEGATIVE: Entry[] = [
  { p: '[a|the]? [bad|terrible|poor|dangerous|foolish|costly|expensive]? [idea|mistake|error|disaster]' },
  { p: '[would|will|could|might] [hurt|harm|damage|wreck|ruin|cripple|undermine|cost|kill|destroy|penalise|penalize|punish]' },
  { p: '[unfair|unrealistic|unworkable|unaffordable|unnecessary|counterproductive|counter-productive|misguided|wrong-headed|pointless|naive|impractical]' },
  { p: '[a|the]? waste of [money|time|resources]' },
  { p: '[goes|go|going|went] too far' },
  { p: 'no business' },
  { p: '[not|never] [the answer|the solution|the way]' },
  { p: 'wrong' },
];

/** A form's answer boxes on one line: "☒ Support ☐ Support with conditions ☐ Do not support". */
export const ANSWER_BOX = /\[\s*[xX✓✔]?\s*\]|[☐☑☒]/gu;
export const CHECKED_BOX = /[xX✓✔☑☒]/u;

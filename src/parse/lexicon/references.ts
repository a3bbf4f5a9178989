// How people point at clauses: reference nouns, ordinals, number words, and blanket phrases.
import type { Entry } from './patterns.js';

/** Nouns that introduce a clause reference ("point 4", "pledge four", "the second question"). */
export const REFERENCE_NOUNS = [
  'clause',
  'clauses',
  'point',
  'points',
  'pledge',
  'pledges',
  'question',
  'questions',
  'item',
  'items',
  'section',
  'sections',
  'demand',
  'demands',
  'commitment',
  'commitments',
  'bullet',
  'bullets',
  'part',
  'parts',
  'paragraph',
  'paragraphs',
  'proposal',
  'proposals',
  'principle',
  'principles',
  'issue',
  'issues',
  'number',
  'numbers',
  'no.',
  'nº.', // "No. 5" as normalise() leaves it
  'nos.',
  'numéro', // "à l'exception du numéro 7"
  'numéros',
  'numero',
  'q',
  'qs',
  'ask',
  'asks',
  'aim',
  'aims',
  'policy',
  'policies',
  'one',
  'ones',
] as const;

/** Ordinal words and their positions; 'last' is resolved against the number of siblings. */
export const ORDINALS: Record<string, number> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
  fifth: 5,
  '5th': 5,
  sixth: 6,
  '6th': 6,
  seventh: 7,
  '7th': 7,
  eighth: 8,
  '8th': 8,
  ninth: 9,
  '9th': 9,
  tenth: 10,
  '10th': 10,
  eleventh: 11,
  '11th': 11,
  twelfth: 12,
  '12th': 12,
  last: -1,
  final: -1,
};

/** Number words, for "point four" and "the first two points". */
export const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};

/** The value of a number word, or undefined for any other word ("constructor" included). */
export const NUMBER_WORD_VALUES: ReadonlyMap<string, number> = new Map(Object.entries(NUMBER_WORDS));

/** Words joining references into lists ("1, 2 and 5", "IV an V", French "A, B et D") and ranges ("1-3", "3a to 3d", "I throu III", Swahili "1 mpaka 5", Spanish and Hiligaynon "A1 hasta B1", "asta", Cebuano and Tagalog "#1 hangtod #6", "hanggang"). */
export const LIST_JOINERS = [',', 'and', '&', '/', 'or', '+', 'plus', 'as well as', 'also', 'an', 'et'] as const;
export const RANGE_JOINERS = ['-', 'through to', 'up to', 'to', 'through', 'thru', 'throu', 'thro', 'until', 'till', 'tae', 'à', 'mpaka', 'hadi', 'hasta', 'asta', 'hangtod', 'hanggang'] as const;

/** Words after which a bare number is a clause reference ("agree with 2)", "yes to 1 and 3"). */
export const REFERENCE_VERBS: Entry[] = [
  { p: '[agree|agreed|disagree|disagreed] [with|on]?', note: '"Agree 1, 2, 4"' },
  { p: '[sign|signed|signing]', note: '"will sign 1 to 4"' },
  { p: '[support|endorse|accept|reject|oppose|back]' },
  { p: '[supportive|in favour|in favor|opposed|sympathetic|sceptical|skeptical] of', note: '"broadly supportive of 1"' },
  { p: '[fine|happy|comfortable|content|ok|okay|on board] with', note: '"happy with 2 and 4"' },
  { p: '[yes|no] [to|on|for]' },
  { p: '[ok|okay]', note: '"👍 I to IV", "Ok 2 and 3" (the thumb reads "ok"): a yes straight before the clauses it answers' },
  { p: '[re|regarding|re:|on|for|about|concerning|in|to]' },
  { p: '[rest|remainder] of' },
  { p: '[all|each|every one|both] of', note: '"Signed, all of i to vii": the clauses named after it' },
  { p: 'not', note: '"… but not 5."' },
  { p: 'answer to' },
  { p: '[answer|answering|tick|ticking]', note: '"I\'m not going to answer D at all", "can\'t tick C": the clause is the verb\'s object' },
  { p: 'except [for]?' },
  { p: '[ila|nakubali]', note: 'Swahili "except" and "I agree": "nakubali 1 mpaka 5 ila 3"' },
  { p: 'apart from' },
  { p: 'other than' },
  { p: 'but' },
  { p: 'excluding' },
  { p: 'save' },
  { p: 'bar' },
  { p: '[sauf|hormis|excepté]', note: '"oui à tout sauf 3": except, in French' },
  { p: '[pour le|pour la|quant au|quant à la|concernant le|concernant la|au sujet du]', note: '"Pour le 5, j\'aimerais quand même voir le détail" (not "pour 5 ans")' },
];

/** Collective nouns a blanket statement covers ("all the points", "every pledge"). */
const COLLECTIVE = '[points|clauses|pledges|demands|issues|principles|proposals|policies|commitments|items|questions|asks|measures|aims|sections|positions|parts|elements|planks|objectives|goals|things|ones|statements|bullets|bullet points]';
/** The same nouns as a regular-expression alternation. */
export const COLLECTIVE_NOUNS = COLLECTIVE.slice(1, -1);

/** Statements that cover every clause. */
export const BLANKET_ALL: Entry[] = [
  { p: `all [of]? [the|your|these|those|its|our|this|of the|of your|of these]? ~ ${COLLECTIVE}` },
  { p: `every [single]? [point|clause|pledge|demand|issue|principle|proposal|policy|commitment|item|question|ask|part|word|element|plank|objective|aim]` },
  { p: 'every [single]? one of [them|these|those|your|the]' },
  { p: '[ne|no]? nyinaa', note: '"Me pene so wo ne nyinaa": all of it, in Twi' },
  { p: "[y|yr|i'r]? rhaglen [gyfan|i gyd]", note: '"dwi\'n hapus i arwyddo\'r rhaglen gyfan": the whole programme, in Welsh' },
  { p: 'pob un', note: '"cytuno\'n llwyr efo pob un": every one, in Welsh' },
  { p: "aw [o|of] [it|them|thaim|'em|em|yer|your|thae]", note: '"Aw o it\'s fine by me bar the grittin money": all of it, in Scots' },
  { p: 'every single one' },
  { p: "nothing [on|in] [your|the|this|that] [list|card|pledge|programme|program|charter]", note: '"nothing on your list I disagree with": with its double negative, a yes to all of it' },
  { p: "nothing [on|in] [it|there|here] [i|i'd|id|i'm|im|that i|which i|we]", note: '"Nothing in it I\'d oppose"' },
  { p: '[every|each] [last]? one', note: '"Count me in on every one"; needs a verdict in its sentence, as every blanket does' },
  { p: `each [and every]? [of the|of your|of these]? ${COLLECTIVE}` },
  { p: 'each [and every]? [point|clause|pledge|demand|one]' },
  { p: "all of [them|em|'em|it|this|the above|these|those]" },
  { p: 'all [the]? above' },
  { p: 'the above' },
  { p: 'everything [in|on|you|listed|here|above|set out|asked|in it|on it|on the list|on your list]' },
  { p: '[agree with|support|endorse|back|sign up to|yes to|accept|behind] everything' },
  { p: 'the [whole]? lot' },
  { p: 'across the board' },
  { p: 'the [whole|entire|full|complete|hale|haill] [lot|thing|list|package|programme|program|platform|charter|manifesto|pledge|card|pledge card|set]', note: '"the hale thing": the whole thing, in Scots' },
  { p: '[the|your|this|that|these|those|its] ~ [programme|program|platform|charter|manifesto|pledge card|card|demands|pledges|principles|proposals|commitments|asks|questions|questionnaire|list]' },
  { p: '[the|your|this] ~ pledge [in full|in its entirety|as it stands|as written]', note: '"I\'m pleased to sign the pledge in full"' },
  { p: '[the|your|this] [whole|entire] of [the|your|this] ~ [programme|program|platform|charter|manifesto|pledge|pledge card|card|list]', note: '"I will sign the whole of your pledge apart from number 5"' },
  { p: 'all [that|this|these|those|three|four|five|six|seven|eight|nine|ten|eleven|twelve]' },
  { p: 'all [2|3|4|5|6|7|8|9|10|11|12|13|14|15|16|17|18|19|20|21|22|23|24|25]', note: '"yes to all 8": a count, not clause 8' },
  { p: '[alle|alles|tous|toutes|todos|todas|tutti|tutte|wszystkie|wszystko|hepsi|tümü|mind|minden|zote|yote|katoa|konke] [2|3|4|5|6|7|8|9|10|11|12|13|14|15|16|17|18|19|20]', note: '"👍 alle 8", "sí a todos": "all" in the language of a multilingual membership, with its count' },
  { p: '[todos|todas|tutti] [ellos|ellas]?', note: '"sí a todos"' },
  { p: "[oui|d'accord|signé|je signe] [à|a|pour|avec] [tous|toutes]", note: '"oui à tous" ("tous les matins" is every morning, not every clause)' },
  { p: "[oui|d'accord|je signe] [à|a|avec|pour] tout", note: '"oui à tout, de A à F, sans réserve": yes to everything, in French ("à tout prix" is not a blanket)' },
  { p: "[tous|l'ensemble des] [les]? [points|engagements|articles|éléments|demandes]", note: '"j\'appuie l\'ensemble des engagements": all the points, in French' },
  { p: "l'ensemble [du|de votre|de vos|des|de la|de ce|de ces] ~ [programme|engagement|engagements|charte|questionnaire|plateforme|points|demandes]" },
  { p: '[alles|alle|tutto|wszystko|zote|yote|tanan|lahat]', note: '"alles ja 👍", "Nimesign zote", "Oo, tanan": "everything", "all of them" in a member\'s own language (German, Italian, Polish, Swahili, Cebuano, Tagalog); a blanket still needs its verdict' },
  { p: 'all [yes|yeses|agreed|signed|ticked|supported]', note: '"rest is fine, all yes"' },
  { p: 'all [fine|good|grand|ok|okay|sound|great|gud] [by|with|for] [me|us]', note: '"All good with me apart from the school dinners one", "Aye all fine by me"' },
  { p: 'all [except|but|apart|bar|save|other than|excluding|barring]' },
  { p: 'all [agreed|signed|supported|accepted|ticked|endorsed|yes|good|fine|ok|okay] [except|but|apart|bar|save|other than|excluding|barring]', note: '"All signed except Q3"' },
  { p: '[two|three|four|five|six|seven|eight|nine|ten|eleven] of [your|the|these|those]? [three|four|five|six|seven|eight|nine|ten|eleven|twelve]', note: '"I can sign six of your seven": all but what it names' },
  { p: 'everything [except|but|apart|bar|save|other than|excluding|barring|on]' },
];

/**
 * "the lot" is the programme after a verdict or a preposition ("yes to the lot", "sign the lot", "The lot."), not
 * after a verb of the clause's own subject ("make them publish the lot") or of someone else's ("the big boys from
 * Leeds will take the lot"). What may stand before it.
 */
export const LOT_BEFORE = /(?:^|[\s\p{P}])(?:to|with|on|for|of|in|into|behind|re|yes|yep|yeah|aye|ok|okay|fine|happy|sound|all|is|it's|that's|sign|signed|back|backing|support|supporting|endorse|endorsing|accept|agree|agreed|tick|ticked|me)[\s\p{P}]*$|^[\s\p{P}]*$/u;

/**
 * What may follow "all 8" when it counts the programme's clauses: the end, a stop or comma, a collective noun, "of
 * them", a verdict. "all 22 police districts" counts something else.
 */
export const COUNT_FOLLOWS = new RegExp(
  String.raw`^(?:\s*(?:$|[\p{P}\p{S}])|\s+(?:of|from|are|is|and|but|except|apart|bar|save|yes|ok|okay|agreed|signed|ticked|please|in|on|here|now|too|pledges?|${COLLECTIVE_NOUNS})(?![\p{L}]))`,
  'u',
);

/**
 * "There are things on your card I agree with and things I don't", "some of it yes, some of it no": a sentence that
 * splits the programme into what it backs and what it does not is no blanket, whatever it names.
 */
export const MIXED_VERDICT =
  /(?<![\p{L}])(?:some|things|parts|bits|points|ones|much|most)(?![\p{L}])[^.!?]{0,60}?(?<![\p{L}])(?:and|but|while|whereas)\s+(?:some|things|others|other things|other parts|parts|bits|points|ones|a few)(?:\s+(?:of (?:it|them)|on it|there))?\s+(?:i|i'm|we|we're)?\s*(?:don't|do not|dont|can't|cannot|cant|won't|wont|disagree|am not|i'm not|not|no)(?![\p{L}])/u;

/**
 * Words that, between "your" or a possessive and "programme", still name some other programme: "your party's
 * manifesto", "the state's ongoing programme", "the government's own plan". (After "the", "this" or "that", any word
 * not in PROGRAMME_WORDS already does.)
 */
export const NOT_THE_PROGRAMME = new Set(['party', "party's", 'government', "government's", 'state', "state's", 'national', 'ongoing', 'own', 'other', 'labour', 'tory', 'conservative', 'green', 'liberal']);
/**
 * Words that may stand between "the" and "programme" when it is the organisation's: "the whole programme", "the
 * ten-point charter", "the attached questionnaire". Anything else names some other programme ("the meal program"),
 * unless it is said to the organisation ("your …") or is its possessive ("the Network's charter").
 */
export const PROGRAMME_WORDS = new Set(['whole', 'full', 'entire', 'complete', 'pledge', 'campaign', 'action', 'proposed', 'attached', 'enclosed', 'above', 'excellent', 'great', 'good', 'important', 'ambitious', 'new', 'draft', 'candidate', 'candidates', 'election', 'point', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twelve', '2', '3', '4', '5', '6', '7', '8', '9', '10', '12', 'six-point', 'five-point', 'ten-point', 'seven-point', 'eight-point', 'four-point', 'three-point', 'members', "members'", 'branch', 'manifesto', 'policy', 'survey', 'following', 'various', 'individual', 'specific']);
/** After it, a clause of the candidate's own: "the platform I am running on", "the manifesto we stand on". */
export const OWN_AFTER = /^\s+(?:i|i'm|i've|we|we're|we've|that i|which i|that we|which we|of my|of our)(?![\p{L}'])/u;
/**
 * After "the rest" or "the others", a verdict of the writer's own puts them first ("The rest I support in principle",
 * "The others we'd back"): the object of that verdict, not a noun the writer owns.
 */
export const FRONTED_VERDICT = /^\s+(?:i|we)(?:'d|'ll|'m| would| will| can| could| also| fully| broadly| am| do)?\s+(?:support|back|agree|accept|endorse|sign|happy|fine|ok|okay|like|favour|favor|commit|oppose|reject|disagree|can't|cannot|won't)(?![\p{L}])/u;

/** Statements that cover every clause not already ruled on ("all the other clauses", "the rest"). */
export const BLANKET_OTHERS: Entry[] = [
  { p: `all [of]? [the|your]? [other|remaining] ~ ${COLLECTIVE}?` },
  { p: `[the|your]? [other|remaining] ${COLLECTIVE}` },
  { p: 'the rest', note: 'not "the rest of the NEC": see findBlanket' },
  { p: 'everything else' },
  { p: 'nothing else', note: '"Nothing else on there I\'d say I\'m not in favour of": with its double negative, a yes to the rest' },
  { p: "[rest|remainder] of [it|them|em|'em|the list|the pledges|the points|the questions|the card|the programme]" },
  { p: '[rest|remainder] [is|are|all]' },
  { p: 'all [others|the others|else]' },
  { p: 'any of the others' },
];

/** Words that carve exceptions out of a blanket ("all except 4", "everything but the sixth point"). */
export const EXCEPTIONS: Entry[] = [
  { p: 'except [for]?' },
  { p: 'excepting' },
  { p: 'apart from' },
  { p: 'other than' },
  { p: '[all|everything|anything|every one|each one] but', note: 'plain "but" is a contrast, not an exception' },
  { p: 'excluding' },
  { p: 'save [for]?' },
  { p: 'bar' },
  { p: 'with the exception of' },
  { p: "[à l'exception|a l'exception|sauf|hormis|excepté|mis à part|à part]", note: '"je souscris à l\'ensemble de vos engagements, à l\'exception du numéro 7": except, in French' },
  { p: '[exc|excl|exc.|excl.]', note: '"sound on all of it 👍 exc the parking"' },
  { p: '[the]? only [thing|one] [is|being]', note: '"yep the lot. only thing is 3, dont know enough about it"' },
  { p: "[the|the only] one [i|we] [cannot|can't|can not|won't|will not|couldn't|don't|do not] [sign|back|support|agree with]? [is|being]", note: '"I can sign five of your six. The one I cannot is the parking pledge"' },
  { p: 'barring' },
  { p: 'besides' },
  { p: 'ila', note: '"nakubali yote 1 mpaka 5 ila 3": except, in Swahili' },
];

/** Words that may come before a clause's main verb ("We will …", "Campaign to …", "Commit to …"). */
export const CLAUSE_LEADS: Entry[] = [
  { p: '[we|i|you|they|candidates|the candidate|councillors|the council|the party|the union|the government|the board]' },
  { p: '[will|would|should|must|shall|to|always]' },
  { p: '[commit|pledge|promise|agree|undertake|campaign|fight|work|vote|push|press|act|argue|call] to' },
  { p: '[publicly|actively|firmly|strongly|consistently]' },
];

/** Verbs by which a clause asks to oppose something: the clause's polarity is 'contra'. */
export const CONTRA_VERBS: Entry[] = [
  { p: '[oppose|opposes|opposing|opposed to|resist|resisting|reject|rejecting|boycott|boycotting|refuse|refusing]' },
  { p: '[overturn|overturning|reverse|reversing|repeal|repealing|scrap|scrapping|abolish|abolishing|end|ending|stop|stopping|halt|halting|block|blocking|ban|banning|drop|dropping|cancel|cancelling|withdraw|withdrawing]' },
  { p: '[fight|fighting|campaign|campaigning|vote|voting|speak|speaking|stand|standing|work|working|argue|arguing] [out|up]? against' },
  { p: '[say|saying] no to' },
  { p: 'no to' },
  { p: 'no more' },
  { p: 'no', note: '"no downgrade", "no sell-off": a clause or an object that starts with no is against it' },
  { p: '[put]? an end to' },
  { p: 'against' },
  { p: "[refuser|rejeter|s'opposer à|s'opposer aux|voter contre|abolir|interdire|annuler|bloquer|mettre fin à|non à|non aux|aucune|aucun]", note: '"Refuser toute réduction du budget", "Voter contre tout projet …": a clause against something, in French' },
];

/** First-person statements of opposition, whose object decides whether they agree with a clause. */
export const OPPOSE_STATEMENTS: Entry[] = [
  { p: "[i|we|i'm|i am|we are|we're|i've been|i have been|we've been|we have been|i was|i remain] [also|certainly|strongly|totally|completely|absolutely|firmly|very much|always|have always been|have been|would be|will be|remain]? [opposed|against|oppose|reject|resist|condemn|object to]" },
  { p: '[i|we] [will|would|shall|must|have|had|did|always]? [always|continue to|certainly|strongly|firmly]? [oppose|opposed|reject|rejected|resist|resisted|condemn|condemned|campaign against|campaigned against|vote against|voted against|speak out against|spoke out against|protest against|protested against|stand against|stood against] ' },
  { p: '[i|we] [will|would|shall|must|have|had|did|always]? [always|continue to|certainly|strongly|firmly]? [fight|fought] [every|any|the|this|that|these|those|all|them|it|its|plans|moves|attempts|cuts|closures|closure|off]', note: '"I will fight every closure"; "I will fight for R1 million" is support' },
  { p: "[i've|i have|we've|we have] [always|long|consistently]? [opposed|rejected|resisted|fought|campaigned against|voted against|spoken out against|protested against]" },
  { p: '[passed|moved|proposed|supported|backed|won] a [motion|resolution] [against|opposing|condemning|rejecting]' },
  { p: '[i|we] [refused|declined] to [support|sign|back|endorse|accept]' },
  { p: "[rwy'n|dwi'n|dw i'n|rydw i'n|ydw i'n|byddaf yn|bydda i'n|mi fydda i'n] [gwrthwynebu|gwrthod]", note: '"Rwy\'n gwrthwynebu unrhyw ffi lansio newydd": I oppose, in Welsh' },
  { p: 'refused to [support|sign|back|endorse|accept]' },
  { p: 'opposed to' },
  { p: "[je suis|nous sommes|je reste|je demeure|je serai] [totalement|tout à fait|fermement|absolument|résolument]? [contre|opposé à|opposée à|opposé aux|opposée aux|opposés à]", note: '"Je suis contre, et je voterai contre": against, in French; on a clause against something, its object decides' },
  { p: "[je m'oppose|nous nous opposons|je m'opposerai|nous nous opposerons|je voterai contre|nous voterons contre|je vais voter contre]" },
  { p: '[scrap|abolish|end|stop|ban|drop|oppose|reject|block|cancel|overturn|reverse|repeal|bin|axe] [it|them|that|this|the lot]', note: 'imperative: "Trustee veto: scrap it."', at: 'start' },
];

/** First-person refusals to oppose ("I won't oppose it", "I wouldn't scrap it"): statements in favour. */
export const NOT_OPPOSE_STATEMENTS: Entry[] = [
  { p: "[i|we] [won't|will not|wouldn't|would not|can't|cannot|don't|do not|didn't|did not|couldn't|could not] [oppose|resist|block|reject|fight|campaign against|vote against|object to|stand in the way of|scrap|abolish|end|stop|ban|drop|cancel|overturn|reverse|repeal|withdraw]" },
  { p: "[i|we] [wouldn't|would not|wouldnt|won't|will not] be [against|opposed to]", note: '"The hubs, I wouldn\'t be against them at all"' },
  { p: "[can't|cannot|can not|couldn't|could not|wouldn't|would not] say [i'm|i am|im|i'd be|that i'm|that i am] [against|opposed to]", note: '"I wouldn\'t say I\'m against it — far from it"; "I wouldn\'t say I\'m against outsourcing" leans towards outsourcing' },
];

/** Words of an object that still mean the whole programme: "it", "this", "all of them", "any of the points". */
/** Nouns that, after "this" or "that", point back at one clause: "I'm not signing that one", "not this part". */
const ONE_CLAUSE_NOUNS = '(?:one|part|bit|point|pledge|clause|item|question|demand|commitment|piece)';
/** An object that points back at one clause: "I'm not signing that one", "not this part", "the last one". */
export const ONE_CLAUSE_OBJECT = new RegExp(String.raw`^[\s\p{P}]*(?:that|this|the)\s+(?:(?:last|first)\s+)?${ONE_CLAUSE_NOUNS}(?![\p{L}])`, 'u');
/** An object that is one clause pointed back at, perhaps after a preposition: "count me in on that one", "… (up) to this bit". */
export const THAT_ONE = /^[\s\p{P}]*(?:(?:up\s+)?(?:on|to|with|for|in)\s+)?(?:that|this)\s+(?:one|bit|part|point|item|question)(?![\p{L}])/u;
/** Between a verdict and the reference it governs: "withdraw my support for number 3", "I can't back 3". */
export const GOVERNS = /^[\s\p{P}]*(?:(?:for|to|on|with|of|from)\s+)?(?:(?:the|number|no\.?|point|clause|question|item|pledge)\s+)*$/u;
/** An object that only points back: "… up to that", "… on that". */
export const THAT_BACK = /^[\s\p{P}]*(?:(?:to|on|with|for)\s+)?that[\s\p{P}]*$/u;
/** An item of a list that names its subject and ends on its verdict: "stages yes", "desk at city hall yes". */
export const SUBJECT_VERDICT = /[\p{L}\d][\p{L}\d'-]*\s+(?:yes|yep|yeah|ok|okay|aye|no|nope|nah|agreed|fine|absolutely|definitely|def|100%)[\s.!]*$/u;
/** An item of a list that starts on its verdict and names a short subject: "yes to the bus", "no to the curfew". */
export const VERDICT_SUBJECT = /^(?:yes|yep|yeah|no|nope|nah|oui|non)\s+(?:to|on|à|au|aux)\s+(?:[\p{L}\d][\p{L}\d'-]*\s*){1,4}[\s.!]*$/u;
/** What a refusal says of before its verb, naming one clause by its subject: "The rents one I'm not answering". */
export const ONE_CLAUSE_BEFORE = new RegExp(String.raw`(?:^|[\s\p{P}])(?:the|that|this)\s+(?:[\p{L}'-]+\s+){0,3}${ONE_CLAUSE_NOUNS}[\s,:\u2013-]*(?:(?:i'm|im|i am|i|we're|we are|we)\s+)?$`, 'u');
/** A refusal whose own words end by naming one clause: "not signing that one". */
export const ONE_CLAUSE_END = new RegExp(String.raw`(?:that|this)\s+${ONE_CLAUSE_NOUNS}$`, 'u');
/**
 * An object that is the clause itself, whichever way the clause points: "I can't sign up to this one", "… put my
 * name to a blanket commitment to …".
 */
export const THE_CLAUSE_ITSELF = new RegExp(
  String.raw`^\s*(?:to\s+)?(?:(?:this|that)\s+${ONE_CLAUSE_NOUNS}(?![\p{L}])\s*[.,;:!?]?\s*$|(?:a|any|the|such\s+a)\s+(?:blanket|firm|cast-iron|hard|fixed|binding)\s+(?:commitment|pledge|promise|undertaking)(?![\p{L}]))`,
  'u',
);

/**
 * What may follow a verdict on the whole: pointers, the programme's names, a sign-off ("Happy to sign up to this, thanks
 * Gráinne"), the answers themselves ("I will not be signing yours or giving clause-by-clause answers").
 */
export const WHOLE_OBJECT =
  /^[\s\p{P}]*(?:(?:it|this|that|them|these|those|all|any|each|every|everything|the lot|of|to|up|on|the|your|our|whole|entire|pledge|pledges|programme|program|charter|card|list|questions|points|demands|asks|issues|one|ones|and|or|nor|too|giving|answering|answers|responses|clause-by-clause|point-by-point|line-by-line|fully|100%|wholeheartedly|completely|totally|from me|returned|sealed|delivered|gladly|happily|of course|mate|friends|folks|everyone|all of you|individually|individual|questionnaire|questionnaires|survey|surveys|yours)[\s\p{P}]*)*(?:(?:thanks|thank you|cheers|many thanks)(?:[\s\p{P}]+[\p{L}'-]+){0,2}[\s\p{P}]*)?$/u;

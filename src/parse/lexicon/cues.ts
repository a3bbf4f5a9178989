// Stance cues: the words and phrases by which people agree, qualify, refuse or disagree.
// Reviewed data, not code: each category is one list, and tests check the lists for clashes.
import type { Entry } from './patterns.js';

/** Words that negate a cue that follows them closely ("I don't agree", "cannot support"). */
export const NEGATORS: Entry[] = [
  { p: 'not' },
  { p: "[don't|dont|do not|doesn't|does not|didn't|did not]" },
  { p: "[can't|cant|cannot|can not|couldn't|could not]" },
  { p: "[won't|wont|will not|wouldn't|would not|shan't|shall not]" },
  { p: "[isn't|is not|aren't|are not|wasn't|was not|am not|i'm not]" },
  { p: 'never' },
  { p: 'no longer' },
  { p: 'hardly' },
  { p: 'unable to', note: 'lexical negation' },
  { p: '[refuse|refused|refusing] to', note: 'lexical negation' },
  { p: '[decline|declined|declining] to', note: 'lexical negation' },
  { p: '[fail|failed] to', note: 'lexical negation' },
];

/**
 * Phrases inside which no word is a cue: negations that do not negate ("not only", "can't wait"),
 * and turns of phrase that only look like commitments ("I have to be honest", "to be fair").
 */
export const NEUTRAL_PHRASES: Entry[] = [
  { p: "[i|we] [have|need|want|ought] to [be honest|be straight|be clear|be frank|say|admit|confess|declare|point out|tell you|add|mention|stress|flag]" },
  { p: "[i|we] [must|should] [be honest|be clear|say|admit|confess|declare|add|mention|stress|point out]" },
  { p: '[to be|being] [honest|fair|frank|clear|straight]' },
  { p: "[i'll|i will|let me|i'm going to] be [honest|frank|straight|clear|blunt|upfront]" },
  { p: 'it [has|had] to be said' },
  { p: 'i should [say|add|mention]' },
  { p: '[is|are|was|were|been|being] [widely|strongly|also]? [supported|backed|opposed|endorsed|rejected|agreed] by', note: '"Zionism is supported by significant numbers of people": what others back, not the writer\'s verdict' },
  { p: '[needless|suffice] to say' },
  { p: 'i [am|was] [writing|replying|responding] to' },
  { p: '[happy|glad|pleased|willing|delighted] to [explain|discuss|talk|chat|meet you|meet with you|answer any|hear|help with any|clarify|elaborate]' },
  { p: '[that|this|the|what|any|some|one|every|these|those|all|same|other] [sort|kind] of', note: '"that sort of thing": a noun, not the hedge "sort of"' },
  { p: 'rather than [just|simply]? [tell|telling|say|saying|tick|ticking|give|giving|answer|answering|send|sending] [you|yes|a|the|boxes|what|back]', note: '"I\'m going to be honest with you rather than tell you what you want to hear": how the reply is written, not a condition' },
  { p: '[politicians|people|candidates|those|others|parties|councillors|ministers|anyone|someone|everyone] [who|that]? [sign|signs|signed|support|supports|back|backs|agree|agrees|promise|promises|pledge|pledges] [up to]? [everything|anything|whatever|every]?', note: '"politicians who sign everything in July": what others do, not the writer\'s verdict' },
  { p: '[politicians|people|candidates|those|others|parties|councillors|ministers|anyone|someone|everyone] [will|would|always|just|all|happily]? [tell you|tell|say] yes to [everything|anything|every|all]', note: '"Many candidates will tell you yes to everything": what others say' },
  { p: 'if [i|we] [signed|sign|had signed|agreed to|said yes to] [every one|everyone|every|all|everything|all of them]', note: '"if I signed every one I would be tied up in knots": what would follow, not a signature' },
  { p: '[a|the|any|such a] signed [promise|pledge|copy|form|letter|card|statement|commitment|undertaking]', note: '"a signed promise to vote a particular way would bar me": a thing, not a signature given' },
  { p: 'as long as [your|my|his|her|their] arm', note: '"a waiting list as long as your arm": a length, not a condition' },
  { p: 'too far [away|off|out|ahead|in the future]', note: '"2032 is too far away": sooner, which agrees; not "a step too far"' },
  { p: "[don't|do not|won't|will not] accept [that|the|this] [framing|premise|characterisation|characterization|caricature]", note: '"I don\'t accept that framing": an argument, not the pledge' },
  { p: '[request|requests|requested|asked|asking|ask|invitation|invited|inviting] [that i|me to|to]? sign', note: '"your request that I sign it": what was asked, not a signature given' },
  { p: '[i|we] [appreciate|value|respect|admire] the [effort|work|thought|time|care|energy|commitment] [behind|that went into|you have put into|you put into|of]?', note: '"I appreciate the effort behind it": a courtesy, not a verdict' },
  { p: 'for as long as', note: '"the heart of the High Street for as long as I can mind": a time, not a condition' },
  { p: 'as long as [i|we|anyone|folk|people] [can|could]? [remember|mind|recall]' },
  { p: '[before|until|when] [we sign|we sign anything|i sign anything|we put pen to paper]', note: '"the party asks us to check written commitments before we sign": no signature yet' },
  { p: '[everything|everything else|future|futures|life|lives|livelihood|livelihoods|survival] [depends|depend|will depend] on', note: '"everything else on the list depends on it", "vote like your future depends on it": what matters most, not a condition' },
  { p: '[partly|partially|largely|mostly|in part] [due to|because|down to|as a result of|thanks to|owing to|caused by]', note: '"We lost our election in 2017 partly due to the party bureaucracy": a cause, not support in part' },
  { p: 'support for', at: 'start', note: '"4. Support for family farms and the co-ops.": a heading of the candidate\'s own platform, not a verdict' },
  { p: '[real|more|better|proper|extra|continued|greater|increased|targeted|practical] support for', note: '"real support for people in crisis": help for someone, not the writer\'s verdict' },
  { p: 'my [commitment|commitments|loyalty|duty|first duty|responsibility|obligation|accountability] [is|are|will be|lies|remains] [to|with]', note: '"My commitment is to the voters of District 3, not to a checklist": to whom one answers, not agreement' },
];

/** Negations that do not negate: "not only do I agree", "I can't wait to", "couldn't agree more". */
export const PSEUDO_NEGATIONS: Entry[] = [
  { p: 'not only' },
  { p: 'not just' },
  { p: 'no doubt' },
  { p: "[can't|cannot] wait" },
  { p: "[couldn't|could not] agree more" },
  { p: "[couldn't|could not] support ~ more" },
  { p: 'no hesitation' },
  { p: 'without [hesitation|reservation|reservations|question|doubt|condition|conditions]' },
  { p: 'nothing but' },
  { p: 'not hesitate' },
  { p: 'no [objection|objections]' },
  { p: "[can't|cannot|can not|don't|do not] [see|think of] [any|a|one]? reason not to" },
  { p: 'no reason not to' },
  { p: 'no reason [i|we] [can|could] [see|think of] not to', note: '"there\'s no reason I can see not to back the night curfew"' },
  { p: "no [scenario|situation|circumstance|circumstances|case|world] [where|in which] [i|we] [wouldn't|would not|won't|will not]", note: '"there\'s no scenario where I wouldn\'t oppose selling off land": the verb after it is read as said' },
  { p: "[hard pressed|hard-pressed|struggle] to [find|think of|see] [a|any|one]? reason not to" },
  { p: '[hard|difficult|impossible] not to', note: '"it would be hard not to support 15-minute service"' },
  { p: "[don't|do not|dont] disagree", note: '"I don\'t disagree with anything in section 1"' },
  { p: "[can't|cannot|couldn't|could not] think of [a|any|one]? [single]? [circumstance|situation|scenario|case] [in which|where|when] [i|we] [wouldn't|would not|won't|will not]", note: '"I can\'t think of a single circumstance in which I wouldn\'t vote against a sale": the verb after it is read as said' },
  { p: "[can't|cannot|couldn't|could not] think of [anything|a thing|anything else] [i'd|i would]", note: '"I can\'t think of anything I\'d be gladder to vote for"' },
  { p: "[can't|cant|cannot|couldn't] say [i|that i] [don't|dont|do not]" },
  { p: "not that [i'm|i am|im] not" },
  { p: "not that [i|we] [don't|do not|dont]", note: '"It\'s not that I don\'t oppose it - I do": the verb after it is read as said' },
  { p: "[can't|cannot|can not|don't|do not] [see|think of] [any|a|one]? reason [why]? [we|i|you|they|it|the council]? [shouldn't|should not|wouldn't|would not|can't|cannot]" },
  { p: "no way [i|we] [would|could|will|'d] not", note: 'the verb after it is read as said: "no way I would not reject that" rejects it' },
  { p: "[can't|cannot|can not|couldn't] say [i'm|i am|i was] [no|not|against|agin] [for|to]?" },
  { p: "[can't|cannot|can not|couldn't|wouldn't|would not] say [i|that i] [disagree|object|have a problem]" },
  { p: "[wouldn't|would not] say [i'm|i am|i'd be] [against|opposed to]", note: 'read with the object after it: "I wouldn\'t say I\'m against outsourcing" leans towards outsourcing' },
  { p: "[wouldn't|would not|won't|will not|couldn't|could not|can't|cant|cannot] say no [to]?" },
  { p: "[can't|cannot|don't|do not] see why not" },
  { p: "[is a|it's a|that's a|it is a|a|total|complete]? [no-brainer|no brainer]" },
];

/** Verdicts of agreement that take no object: "Yes", "agreed", "count me in". */
export const AFFIRM: Entry[] = [
  { p: 'yes' },
  { p: 'yep' },
  { p: 'yeah' },
  { p: 'aye' },
  { p: 'agreed' },
  { p: 'count me in' },
  { p: 'confirm my [commitment|support|agreement]' },
  { p: 'my [commitment|support|agreement]' },
  { p: '[absolutely|definitely|certainly|of course] [yes|agree|agreed]' },
  { p: "[i'm|i am|we're|we are] [fully|completely|totally|100%]? with [you|u|ye|ya]" },
  { p: "[im|i'm|i am] [w|wiv|wi] [u|you|ya]", note: '"im w u on the staffing ratios 100%": a text message\'s "with you"' },
  { p: "am [fully|completely|totally|100%]? with [you|u|ya]", at: 'start', note: '"am with u on all 5": a text message drops the "I"' },
  { p: '[ok|sawa|ndio|ndiyo|yes|yeah] kabisa', note: '"Q3 ok kabisa": yes, absolutely, in Swahili' },
  { p: '[yup|yeh|yea|yah]' },
  { p: "[sí|si|oui|ja|ie] [claro|por supuesto|seguro|bien sûr|bien sur|natürlich|klar|absolutely|of course|definitely]", note: '"shelters + snow - si claro": yes of course, in a member\'s own language' },
  { p: '[claro que sí|claro que si|por supuesto|bien sûr|bien sur|natürlich|certainement]' },
  { p: 'ya', at: 'start', note: '"ya im in mostly"; later in a unit it is as often "you" ("get back to ya")' },
  { p: '[yes|yeah|yep|ya|yea|yeh] [def|defo|deffo|definitely|obvs|obviously|for sure|100%]', note: '"shelters ya def"' },
  { p: "[course|of course] [i am|i'm|i will|i'll|i do|i would|i'd]", note: '"I\'m for a new one, course I am"' },
  { p: "[couldn't|could not] agree more" },
  { p: 'the lot' },
  { p: '[is|are|seems|looks] [far|much|way|a bit]? too [small|little|few|modest|timid|unambitious]', note: '"5 cedis is too small": asking for more ("too slow" and "too low" may be said of a speed limit, against it)' },
  { p: '[a willing|an|a firm|a strong|your] ally' },
  { p: "[i've|i have|we've|we have] signed" },
  { p: 'no ifs [or|and] buts' },
  { p: "[is a|it's a|that's a|it is a] [yes|yes from me]" },
  { p: "[that's|that is] a promise" },
  { p: "[sign|sign it|sign this|sign that|sign this one|sign that one|sign up to it|sign up to that|sign up to this|i'll sign|happy to sign]", note: 'negated ("I cannot sign") it is a disagreement with that clause' },
  { p: 'no [qualification|qualifications|reservation|reservations|caveat|caveats|conditions] [from me|here|at all|on this|on that]?' },
  { p: '[fine|ok|okay|good|great] [by|with] me' },
  { p: 'all [fine|good|great|ok|okay|gud|sweet|grand]' },
  { p: '[the rest|the others|the remainder|rest|others|everything else|all else] [is|are|r|all]? [ok|okay|fine|good|grand|alright|sound]', note: '"The rest ok."' },
  { p: '[is|are|seems|sounds|looks] [fine|good|right|sensible|spot on|great|grand|brilliant]' },
  { p: 'signed', note: '"Signed and returned", "Absolutely, signed"; "never signed a pledge" is a refusal, found first' },
  { p: '[put|sign|mark|count|chalk] me down' },
  { p: "[i'm|im|i am] [in on|in for|all in|in with]", note: '"ok so im in on 1 thru 4": in, as in "count me in"' },
  { p: '[sign|put] me up' },
  { p: "[i'm|i am|we're|we are|i'll be|i will be|happy to be|glad to be] signing", note: '"I\'m signing all of it, (a) through (f)"' },
  { p: "[i'll|i will|i'd|i would|i'm happy to|i am happy to|happy to|glad to|pleased to|i can] sign [it|this|that|the lot|all|up|on]", note: '"Happy to sign it"; "I\'d sign it if …" is a condition, found as one' },
  { p: '[cuenten|cuenta|cuente] conmigo', note: '"Cuenten conmigo, all of it": count me in' },
  { p: "[nous sommes d'accord|on est d'accord|je suis pour|nous sommes pour|me pene so|mepene so]", note: '"sur l\'insalubrité, nous sommes d\'accord"; "Me pene so": I agree, in Twi' },
  { p: "[je signe|je suis d'accord|comptez sur moi|compter sur moi|sínithe|aontaím|aontaim]", note: '"je signe les points 1 à 4", "Sínithe agus seolta": a verdict in French or Irish' },
  { p: '[i go|i fit|i don] [sign|support|back] am', note: '"I go sign am no wahala": Nigerian Pidgin' },
  { p: 'no wahala', note: 'no problem, in Nigerian Pidgin' },
  { p: '[no problem|no problems|no argument|no arguments|no bother|nae bother|no worries]', note: '"meeting every quarter no problem", "dat one no argument"; "no problem with X" is support of X, found first' },
  { p: "[cytuno|cytuno'n|cytunaf|einverstanden|d'accord|de acuerdo|zgadzam|kubaliana|nakubali|whakaae|katılıyorum|tautoko|ka tautoko]", note: '"Cytuno\'n llwyr 👍": a word of agreement in the language of a multilingual membership (Welsh, German, French, Spanish, Polish, Swahili, Māori, Turkish)' },
  { p: 'put my name [down|to it|on it|to]', note: '"happy to put my name to every point bar the last one"' },
  { p: "[nothing|ain't nothing|there's nothing|there is nothing] [on|in] [that|the|this|your] [list|card|programme|pledge] [i'd|i would|i'll|i could] [argue|disagree|quarrel] with" },
  { p: '[ok|okay|yes|yep|yeah|agreed|tautoko] [to]? [all|everything|the lot|all of it|all of them|alle|alles|tous|toutes|todos|todas|tutti|wszystkie|zote|yote|katoa]', note: '"👍 all" reads "ok all"; "👍 alle 8" as a German member writes it' },
  { p: '[happy|fine|comfortable] with [that|this|it|these|those|them]' },
  { p: '[sound|grand|solid] [on|with] [all|it|that|this|them|the lot|everything|the rest]', note: '"sound on all of it 👍": fine by me, in Scots and Irish speech' },
  { p: 'no [objection|objections] [at all|from me|here|whatsoever]?', note: 'a double negative that agrees' },
  { p: "[can't|cannot|can not|don't|do not] [see|think of] [any|a|one]? reason not to", note: 'a double negative that agrees' },
  { p: "[can't|cannot|can not|don't|do not] [see|think of] [any|a|one]? reason [why]? [we|i|you|they|it|the council]? [shouldn't|should not|wouldn't|would not|can't|cannot]", note: '"I can\'t see any reason we shouldn\'t keep it"' },
  { p: 'no reason not to', note: 'a double negative that agrees' },
  { p: 'no reason [i|we] [can|could] [see|think of] not to', note: '"there\'s no reason I can see not to back the night curfew"' },
  { p: "no way [i|we] [would|could|will|'d] not [support|back|agree with|sign|vote for]", note: '"There is no way I would not support this"' },
  { p: "[can't|cannot|can not|couldn't] say [i'm|i am|i was] [no|not|against|agin] [for|to]?", note: '"cant say im no for the rest": a double negative that agrees' },
  { p: "[can't|cannot|can not|couldn't|wouldn't|would not] say [i|that i] [disagree|object|have a problem] [with]? [you|that|this|it]?", note: '"Can\'t say I disagree with you": a double negative that agrees' },
  { p: "[wouldn't|would not|won't|will not|couldn't|could not|can't|cant|cannot] say no [to]?", note: '"I wouldn\'t say no to it"' },
  { p: "[is a|it's a|that's a|it is a|a|total|complete]? [no-brainer|no brainer]", note: '"the travel one is a no-brainer": not the "no" it starts with' },
  { p: "[can't|cannot|don't|do not] see why not", note: 'a double negative that agrees' },
  { p: "[can't|cant|cannot|couldn't] say [i|that i] [don't|dont|do not] [like|support|agree with|back|want]", note: '"I cant say I dont like the idea": a double negative that agrees' },
  { p: "[hard pressed|hard-pressed|struggle] to [find|think of|see] [a|any|one]? reason not to", note: '"I\'d be hard pressed to find a reason not to support red lanes"' },
  { p: '[hard|difficult|impossible] not to [support|back|agree with|like|want|welcome]', note: '"it would be hard not to support 15-minute service": a double negative that agrees' },
  { p: "[don't|do not|dont] disagree [with]?", note: '"I don\'t disagree with anything in section 1, so put me down as yes": a double negative that agrees' },
  { p: "[can't|cannot|couldn't|could not] think of [anything|a thing|anything else] [i'd|i would] [rather|sooner|be gladder to|be happier to|be prouder to|more gladly|more happily]", note: '"I can\'t think of anything I\'d be gladder to vote for"' },
  { p: "not that [i'm|i am|im] not [supportive|in favour|in favor|for it|on board]", note: '"it\'s not that I\'m not supportive, I am"' },
];

/** Explicit verdicts of agreement with an object ("I support X", "in favour of X"). */
export const AGREE: Entry[] = [
  { p: 'agree' },
  { p: '[support|supports|supported|supporting]' },
  { p: 'supportive of' },
  { p: "[j'appuie|nous appuyons|je soutiens|nous soutenons|j'approuve|je suis favorable|nous sommes favorables|je suis en faveur]", note: '"j\'appuie l\'embauche d\'inspecteurs": support, in French' },
  { p: "[wouldn't|would not|wouldnt] say [i'm|i am|im|i'd be] [against|opposed to]", note: '"I wouldnt say I\'m against the one third for women": for what follows, if faintly' },
  { p: '[alles|alle|todo|tout|tutto] [ja|sí|si|oui|ok|okay|yes|gut|bien|bene]', note: '"alles ja 👍": everything, yes, in a member\'s own language' },
  { p: '[i|we] [fully|wholeheartedly|strongly|completely|totally]? back' },
  { p: '[a|an] [firm|strong|long-standing|longstanding|keen|big|huge|passionate|committed|staunch|great|lifelong|vocal|consistent]? [supporter|champion|advocate] of', note: '"he is a firm supporter of using British steel"' },
  { p: '[endorse|endorses|endorsed]' },
  { p: '[accept|accepts|accepted]' },
  { p: '[in favour|in favor] of' },
  { p: "[i'm|i am|we're|we are] [all|very much|strongly|firmly]? [in favour|in favor]" },
  { p: "[i|we] [will|would|shall|'ll|'d]? [always]? vote for" },
  { p: 'sign up to' },
  { p: 'signed up to' },
  { p: 'subscribe to' },
  { p: 'on board with' },
  { p: 'fully behind' },
  { p: 'behind [it|this|them|that|these] ~ [100%|fully|completely|all the way]?' },
  { p: 'i [commit|pledge|promise] to' },
  { p: '[happy|glad|pleased|delighted|proud|willing] to [sign|support|commit|endorse|back|agree]' },
  { p: 'i [can|do] [confirm|sign]' },
  { p: 'no problem with' },
  { p: 'no [issue|issues|objection|objections] [with|to]' },
  { p: 'fine with' },
  { p: 'happy with' },
  { p: "[i'm|i am|we're|we are] [good|ok|okay|cool|content|comfortable|solid|on board] with" },
];

/** First-person commitments to act: agreement, a little less explicit than a verdict. */
export const COMMIT: Entry[] = [
  { p: "[i will|i'll|i shall|i would|i'd|i am going to|i'm going to|i intend to|i plan to|i promise to|i undertake to] [always|definitely|certainly|happily|gladly|absolutely|still|also|personally]?", note: 'any first-person future is a commitment; deferrals and turns of phrase are caught first' },
  { p: 'i [am|have been|was] [campaigning|fighting|working|pushing|arguing] for' },
  { p: 'ill [do|sign|back|support|vote|push|fight|make|get|take|be]', note: '"ill do most of it": "I\'ll" typed without its apostrophe, where a verb shows it is not "ill"' },
  { p: "[i|we|i'll|we'll] [will|would|shall|always]? [fight|battle] for", note: '"I will fight for R1 million for the library"' },
  { p: '[would be|am|i am|i\'m|i\'d be] [happy|glad|pleased|delighted|proud|fired up|keen|eager|willing] to' },
  { p: 'take this on' },
  { p: 'i [commit|pledge|promise]' },
  { p: "[i am|i'm|i remain|i have always been|i've always been|i was|we are|we're|fully|totally|absolutely|firmly] committed to" },
  { p: 'i [have|had] [always|long]? [argued|campaigned|fought|called|voted|pushed] for' },
  { p: 'count on me' },
  { p: 'will do' },
  { p: '[i go|i fit|we go] [disband|collect|build|fix|stop|ban|reduce|cut|give|put|sign|support|back|push|fight|reopen|open|pay|bring|do|make|ensure|vote|defend|remove|cancel|scrap|provide|create|hold|meet]', note: '"i go disband dem sef": "I will", in Nigerian Pidgin' },
];

/** Statements of what ought to happen: agreement when they sit in a clause's block or match its topic. */
export const DEONTIC: Entry[] = [
  { p: 'should' },
  { p: 'must' },
  { p: '[need|needs] to' },
  { p: '[has|have] to' },
  { p: 'ought to' },
  { p: '[very|really|so|extremely]? [important|essential|vital|crucial]' },
  { p: 'it is [time|right] [to|that]' },
  { p: "it's [time|right] [to|that]" },
];

/** Whole units that are a verdict by themselves ("Yes.", "Of course.", "No."), matched only as the entire unit. */
export const STANDALONE_AGREE: Entry[] = [
  { p: '[yes|yep|yeah|aye|agreed|agree|of course|ofcourse|offcourse|absolutely|definitely|certainly|sure|fine|ok|okay|happy to|will do|no problem|no problems|without question|done|signed|support|supported|100%|yes please|yes of course|yes absolutely|yes definitely|agreed fully|fully agree|totally agree]' },
  { p: '[✓|✔|☑|✅|👍|+1]', note: 'ticks' },
  { p: '[fully|totally|entirely|completely|wholly|very|hugely]? supportive', note: '"Fully supportive.": the whole reply' },
  { p: 'y', note: 'a form answered Y/N' },
  { p: '[ja|jawohl|oui|sí|si|sim|ie|ydw|ydy|cytuno|tak|evet|igen|āe|ae|ndiyo|ndio|yebo|inde|ee|tautoko]', note: 'a one-word yes in the language of a multilingual membership (German, French, Spanish, Portuguese, Welsh, Polish, Turkish, Hungarian, Māori, Swahili, Zulu, Bemba and Nyanja)' },
  { p: '[gwnaf|gwnawn|byddaf|gallaf|déanfaidh|déanfad|beidh]', note: 'Welsh and Irish answer "will you …?" with the verb: "Gwnaf" (I will), "Déanfaidh" (will do)' },
  { p: '[obviously|obvs|obv|for sure|defo|deffo|safe|100 percent|100 per cent]', note: 'a one-word yes in speech or a text message' },
];

export const STANDALONE_DISAGREE: Entry[] = [
  { p: '[no|nope|not really|no way|never|disagree|disagreed|not agreed|no thanks|no sorry|sorry no]' },
  { p: "[oppose|opposed|against|object|objection|do not support|don't support|does not support|not supported|reject|rejected]", note: 'a form\'s ticked option or a one-word answer' },
  { p: '[✗|✘|❌|👎]', note: 'crosses' },
  { p: "[i|i'm|i am]? [do not|don't|cannot|can't|will not|won't|not] [commit|committed|pledge]", note: "a form's ticked \"I do not commit\"; \"Not signing.\" is a refusal to sign, found as one" },
  { p: '[absolutely|certainly|definitely|of course|hell|god] not', note: '"Absolutely not."' },
  { p: '[not a chance|no chance|not at all|hell no|no way at all|not likely|not on your life|nae chance]' },
  { p: '[n|not|but not|and not]', note: '"n" on a Y/N form; "not 5" after agreeing with the rest' },
  { p: '[nein|non|não|nao|nac ydw|nac ydy|na|nie|hayır|hayir|nem|kāo|kao|hapana|iyayi|ayi|awe]', note: 'a one-word no in the language of a multilingual membership' },
  { p: '[na wnaf|na wnawn|na fyddaf|na allaf|ni wnaf|ní dhéanfaidh|ní dhéanfad|ní bheidh]', note: 'the Welsh and Irish verb-answer no: "Na wnaf" (I won\'t)' },
];

/** Deferrals: the candidate will answer later or has not decided. The clause stays unanswered, visibly. */
export const DEFER: Entry[] = [
  { p: "[i'll|i will|we'll|i shall] [come|get|be] back to you" },
  { p: '[come|get] back [to|2] [you|u|ya|ye]', note: '"will read up n get back 2 u"' },
  { p: '[need|want|have] to [talk|think|look|read|check|consult|discuss|speak] ~ [before|first]' },
  { p: '[need|want|have] to [talk|think] ~ through' },
  { p: "[i|i'll|i will|i'd|we] [genuinely|really|honestly|still|just]? [need|want|have] to think [about|over|on]", note: '"Wages I need to think about"' },
  { p: '[before|until] [i|we] [reply|answer|respond|commit|decide]' },
  { p: '[before|until] [i|we] [commit|sign|agree|put my name] [to|up to|on]? [anything|a number|a figure|a date|either way|that|this|it|any]', note: '"check with the Minister\'s office before I commit to anything": a commitment not yet given' },
  { p: "[i'll|i will|i shall] [answer|reply|respond|come back|get back|decide|let you know] ~ [after|once|when|later|in due course]" },
  { p: "[haven't|have not|not yet|still not] [made my mind up|decided|made up my mind|formed a view|come to a view]" },
  { p: 'made my mind up yet' },
  { p: '[undecided|on the fence|still thinking|still considering|keeping an open mind|still deciding|still weighing]' },
  { p: '[still|i am still|i\'m still]? [making|make] [my mind up|up my mind]' },
  { p: '[will|shall|i\'ll] [reply|respond|answer] [later|in full|shortly|soon|properly]' },
  { p: 'reply later' },
  { p: 'read up [on it|first|on this]?' },
  { p: 'need more [information|time|detail]' },
  { p: "[don't|do not|not] [really|rly|yet]? know enough [about|on]? ~ [to say|to comment|to answer|to decide|to judge|yet]", note: '"dont rly know enough about the interconnector stuff to say either way"' },
  { p: "[can't|cannot|couldn't|could not|to] say either way" },
  { p: "[i'm|i am]? not sure [yet]?", note: '"not sure about X" qualifies, found first' },
  { p: '[need|want|have] to [think|look] [about|into|at] ~ detail' },
  { p: '[need|want|have] to [look|think|read] [at|into|about|over|up on]? [this|that|it|this one|that one|these|those] [properly|more closely|further|again|in more detail|carefully|more|first]', note: '"Senior pay: I need to look at this one properly"' },
];

/**
 * A qualification said as the verdict itself ("Agree with qualifications", "in principle", "broadly yes"), as against
 * a condition or an aside that may only explain ("as long as", "rather than"): the model weighs the two apart.
 */
export const QUALIFIED_VERDICT =
  /(?<![\p{L}])(?:with (?:some |a few |certain |minor |slight |one |a |an |two )?(?:qualifications?|reservations?|caveats?|conditions?|provisos?|exceptions?|comments?|amendments)|in principle|en principe|en principio|im prinzip|in linea di principio|broadly|largely|mostly|partly|partially|in part|to (?:some|a certain) (?:extent|degree)|conditionally|qualified|(?:don't|do not|dont) agree that (?:all|every))(?![\p{L}])/u;

/** Agreement with conditions, reservations, partial scope or lower priority. */
export const QUALIFIED: Entry[] = [
  { p: 'with [some|a few|certain|minor|slight|one|a|an|two]? [qualification|qualifications|reservation|reservations|caveat|caveats|condition|conditions|exception|exceptions|proviso|provisos|comment|comments|amendments]', note: '"YES WITH COMMENT" on a form' },
  { p: '[is|are|seems|looks|feels|sounds] [a bit|far|much|way]? too [soon|early|tight|steep|ambitious|quick|fast]', note: '"Support, but Dec 2026 is too soon": the pledge, but less of it or later ("too slow" asks for more, which agrees)' },
  { p: 'in principle' },
  { p: "[i'm|im|i am|we're|we are]? not [against|opposed to] [it|that|this|them|the idea|that idea]", note: '"Sunday hours - I\'m not against it": consent without a commitment (the next sentence often says what holds it back)' },
  { p: "[à condition que|à condition de|a condition que|pourvu que|sous réserve|si le budget le permet|dans la mesure du possible]", note: '"Oui, à condition que la province compense": a condition, in French' },
  { p: '[en principe|en principio|im prinzip|grundsätzlich]', note: '"Oui, en principe": in principle, in a member\'s own language' },
  { p: 'in theory' },
  { p: '[broadly|largely|mostly|partly|partially|generally] [agree|support|supportive|in favour|in favor|yes|endorse|agreed|accept]' },
  { p: '[agree|support|endorse] [broadly|largely|mostly|partly|partially|in part|in general]' },
  { p: 'to [some|a certain|a large] [extent|degree]' },
  { p: 'in part' },
  { p: 'subject to' },
  { p: '[where|when|if|as far as] [possible|practicable|feasible|appropriate]' },
  { p: 'where that is possible' },
  { p: '[where|wherever|if|when] ~ [makes it|make it|is|are|it is] [possible|feasible|practical|practicable|viable|affordable|realistic|big enough|wide enough|safe enough]', note: '"yes where the site makes it possible", "where the street is wide enough"' },
  { p: '[yes|yep|yeah|agree|agreed|support|supported|fine|happy to] [where|wherever|once|so long as|as long as]', note: '"Protected lanes - yes where the street is wide enough": a yes with a condition on it' },
  { p: '[the right|a worthy|a laudable|a noble|an admirable|a fine] [aim|ambition|aspiration|goal|direction]', note: '"A librarian in every branch is absolutely the right aim": the end, not a promise to reach it' },
  { p: '[support|back|accept|endorse|take] [it|this|that|them]? as [a|an] [target|goal|aspiration|ambition|aim|objective]', note: '"I\'d support it as a target and vote for it in a normal year"' },
  { p: "[don't|do not] want to [promise|guarantee|overpromise|over-promise]", note: '"I don\'t want to promise every building in year one"' },
  { p: "[can't|cannot|can not|won't|will not] [stand here|sit here|honestly|in all honesty|hand on heart] ~ [promise|guarantee]", note: '"I can\'t stand here as a candidate and promise you £40m"' },
  { p: '[put|rank|place|prioritise|prioritize] ~ [ahead of|above|before] [it|them|this|that|this one|that one|these|those]', note: '"sirens are fine but I\'d put the drains well ahead of them": a lower priority' },
  { p: '[support|back|endorse|share] the [aim|aims|goal|goals|intention|sentiment|spirit|objective|principle]', note: '"I support the aim.", "I support the principle here completely": the end, not the means' },
  { p: 'agree with the [aim|aims|goal|intention|intent|idea|thinking|direction|principle|sentiment|objective]', note: '"Agree with the aim | Dec 2026 is too soon": the end, not the means' },
  { p: 'where it is possible' },
  { p: '[would|will|could] not [prioritise|prioritize|make this a priority]' },
  { p: "[wouldn't|won't] [prioritise|prioritize]" },
  { p: 'not [a|my|the] [top|main|first]? priority' },
  { p: '[lower|low|less of a] priority' },
  { p: '[not|never] [in all|all] cases' },
  { p: '[in|for] most cases' },
  { p: 'case by case' },
  { p: 'case-by-case' },
  { p: '[depending|dependent] on' },
  { p: "[it|that|this|which|it all|that all] [depends|will depend|would depend] on" },
  { p: '[depends|will depend|would depend|may depend|might depend] on', note: '"but 18 months depends on the Municipal budget": whatever of the pledge depends on something, it is a condition' },
  { p: '[may|might|could|will probably|will likely|is likely to] [slip|slide]', note: '"so 1 July 2029 may slip": the date, not the pledge' },
  { p: '[one|a|my|an] [honest|small|big|important|single|slight|major]? [caveat|proviso]', note: '"One honest caveat so nobody says I wasn\'t upfront"' },
  { p: '[is|is a|a] [big|huge|tall|massive] ask', note: '"but £150k a year on top of everything else is a big ask right now"' },
  { p: 'pie in the sky', note: '"300 by 2028 is pie in the sky with the staff they got"' },
  { p: '[is|are|seems|looks|feels|sounds] [very|a bit|quite|rather|wildly|overly|a little|hugely|pretty]? [optimistic|over-optimistic|unrealistic]', note: '"but March 2031 is very optimistic": the target, not the pledge' },
  { p: '[where|if|when|as far as|as long as] ~ [allows|allow|permits|permit]' },
  { p: 'unless' },
  { p: '[mixed|conflicted] feelings' },
  { p: 'in two minds' },
  { p: 'not [for|in|on] every' },
  { p: "[would|will|i'll|i'd] try" },
  { p: 'do my best' },
  { p: '[as|so] long as' },
  { p: 'rather than', note: 'not "Rather than take up the arguments, …"', at: 'later' },
  { p: "[where|when|if] [it is|it's|that is|that's]? [practical|possible|feasible|affordable|practicable|sensible|safe]" },
  { p: "[don't|do not|can't|cannot] [think|see|believe] [we|i|it|that|the council|they|anyone] [can|could|will|would]" },
  { p: 'but not [for|the|on|in|to|with|at|every|all|if]' },
  { p: '[yes|agree|agreed] to the [principle|idea|aim|spirit]' },
  { p: 'provided [that]?' },
  { p: 'on condition' },
  { p: 'conditional on' },
  { p: 'with the exception of' },
  { p: 'some [concerns|doubts|reservations|worries]' },
  { p: 'not [entirely|fully|completely|totally|wholly] [convinced|sure|agree|in agreement|behind]' },
  { p: "i'm not sure about" },
  { p: 'not sure about' },
  { p: 'in the long [run|term]' },
  { p: 'sounds reasonable' },
  { p: '[may|might] not be [appropriate|right|possible|practical|workable]' },
  { p: 'not necessarily' },
  { p: 'with amendments' },
  { p: '[some|certain] [parts|aspects|elements]' },
  { p: '[agree with|support|back|behind|with you on|sign up to] most of [it|this|them|the points|the programme|what you ask]' },
  { p: 'the spirit of' },
  { p: 'the general [idea|thrust|direction]' },
  { p: 'the aim [of|behind]' },
  { p: 'not all [of them|of it|cases]?' },
  { p: '[for|in] most ~ cases' },
  { p: '[less|not so|not that|not as] sure about' },
  { p: "[can't|cannot|don't|do not] see [us|how|it|this|that|them|the council|the city|anyone] ~ [reaching|managing|achieving|happening|working|getting|meeting|doing]" },
  { p: "[not|isn't|is not|aren't|are not|never] [realistic|achievable|deliverable|feasible|workable|affordable]" },
  { p: "[i'd|i would] [want|need] to [look|see|check] ~ [whether|if|how]" },
  { p: 'phased in' },
  { p: "[wherever|where|whenever|as much as|as far as] [i|we] [can|could]" },
  { p: '[maybe|perhaps|probably|possibly] not' },
  { p: 'more than [we|our|i|the|they] ~ [can|could]' },
  { p: 'disappoint you [a little|a bit|slightly|somewhat|here|on this]' },
  { p: "[yes|happy to|agree|i agree|i support it|i will|i'll do it] if" },
  { p: "[can't|cant|cannot|won't|will not|couldn't] [rule out|promise|guarantee|commit to every]" },
  { p: "[not something|not one|wouldn't|would not|won't|will not|don't|do not] ~ rule [it|that|this]? out", note: '"Not something I\'d rule out": open to it, not a yes' },
  { p: "[isn't|is not|not|isnt|wasn't] up to me" },
  { p: '[want|need|like|have] ~ [costed|costing|costings|cost analysis|the costs|the numbers|the figures|the accounts|the business case]' },
  { p: "[i'd|i would|we'd|we would|i'll|i will] [have|need|want] to [know|see|understand|be sure|be satisfied|be convinced|find out] [where|how|what|who|whether|that|if|the]", note: '"Id have to know where its coming from first": a condition the candidate sets' },
  { p: 'before i [sign|commit|agree|put my name] [on|up]? [to]? [that|this|the] [part|bit|element|piece|half|side]', note: '"I want the paramedics at the table before I sign on to that part": part of the clause waits on a condition' },
  { p: "[is|that's|thats|that is|it's|its|it is] [a different|another|a separate|a whole other] [story|matter|thing|question|kettle of fish|conversation]", note: '"A site in every ward is a different story": part of the clause set apart' },
  { p: '[want|need|have] to see ~ [before|first]', note: '"I\'d want to see it costed before I commit": the detail first (convention 5); "talk it through before I reply" defers' },
  { p: "[less|not so|not that|not as] [comfortable|convinced|keen|happy] [about|with]?" },
  { p: '[has|have|will have|would have] to depend on' },
  { p: 'not always [possible|practical|feasible|realistic|physically possible|affordable]' },
  { p: "[won't|will not|wouldn't|would not|may not|might not|can't|cannot] always be [possible|achievable|realistic|feasible|affordable|practical|doable|met]", note: '"Yes, though realistically 8 weeks won\'t always be achievable"' },
  { p: 'with [one|a|just one] [note|small note|footnote]' },
  { p: 'not ~ [near|at] the top of' },
  { p: 'not a [promise|pledge|guarantee]' },
  { p: '[idk|dunno|not sure] [about|abt]' },
  { p: 'no [guarantee|guarantees|promises]' },
  { p: 'only [for|as far as|where|when|if|in]' },
  { p: 'but only' },
  { p: "[cannot|can't|can not|couldn't|unable to|not able to|won't|will not] [in good conscience]? commit to [a|the|any|an exact|a specific|a firm] [dollar figure|figure|date|specific date|timetable|timeline|deadline|number|amount|sum|target|year|budget]", note: '"I support it, but I cannot commit to a dollar figure before the budget process": the aim, without the figure' },
  { p: "before i [commit|sign|agree|put my name] ~ [i want|i need|i'd want|i'd need|i would want|i would need] to [see|know|understand]", note: '"Before I commit a hundred million a year to it, I want to see who sits on that board"' },
  { p: "[i'd|i would] [rather|sooner|prefer to] [promise|commit to|aim for|go for|say|start]", note: '"I\'d rather promise 2035 and deliver": a counter-proposal' },
  { p: "[i'd|i would] be lying if i said", note: '"I\'d be lying if I said I could guarantee a place for every family"' },
  { p: "where there [is|'s|are] [the]? [demand|need|funding|money|budget|appetite|capacity]", note: '"YES | Where there is the demand for it"' },
  { p: "[i'd|i would|i will|i'll] only [sign|agree|support|commit|back|vote for] ~ [once|if|when|after|provided]", note: '"I\'d only sign up to this once I\'ve seen next year\'s accounts"' },
  { p: '[partly|partially|in part|sort of|kind of|more or less|to a point|up to a point]', note: 'standing alone, "Partly" in a table or an answer line' },
  { p: 'some of [this|it|them|these|those|the points|your points|the pledges|the programme|what you ask]', note: 'support for part of it' },
  { p: '[i suppose|i guess|i reckon so|i think so|probably fine]', note: 'a shrug, not a commitment' },
  { p: '[once|after|when|until|till] ~ [funded|fixed|repaired|sorted|approved|agreed|finished|completed|built|in place|available|affordable|allows|permits|paid for|found]' },
  { p: '[where|when|if] [the]? [money|funding|budget|cash|resources] [is|are|allows|permits|comes|can be found|exists]?' },
  { p: "[where's|where is|where does|where would|who pays for|how do we pay for|how would we pay for] ~ [money|funding|coming from|come from|it]" },
  { p: '[as|once|when] [resources|funds|money|budget] [allow|allows|permit|permits]' },
];

/** Refusals to answer the question at all. */
export const REFUSE_ANSWER: Entry[] = [
  { p: "[not going to|won't|will not|wont|am not going to|i'm not going to|prefer not to|rather not|decline to|declining to|refuse to|cannot|can't|unable to|not able to|not prepared to|unwilling to|not willing to] [answer|comment|respond|reply|say|engage with|give an answer|commit either way|get into]" },
  { p: 'no comment' },
  { p: '[pass|passing] on [this|that|these|those|it]' },
  { p: 'not answering' },
  { p: "[won't|will not|wont|shan't|i'm not going to] be [answering|commenting on|commenting|responding to|responding|replying to|giving an answer]", note: '"I won\'t be answering this one"' },
  { p: "[won't|will not|wont|shan't|i'm not going to|not going to] [be filling|fill] [this|it|these|them|the form|your form|the survey|your survey] [in|out]", note: '"so I won\'t be filling this in"' },
  { p: "[i|we] [will|shall] [therefore|then|also|simply]? not be [answering|commenting on|responding to|replying to]", note: '"I will therefore not be answering the question on the rent cap"' },
  { p: '[skip|skipping] [this|that|these|those|it]' },
  { p: "[i'll|i will|i'd|i would] [leave|sit out] [this|that|these|those|it]" },
  { p: 'not [something|one] i [will|can|would|want to] [answer|comment on]' },
  { p: 'not in a position to [answer|comment|say|commit]' },
  { p: "[don't|do not] think i [can|could|should] [comment|answer|respond|say|give an answer]", note: '"i dont think i can comment on carrow untill the consultation closes"' },
  { p: "[that's|that is|this is|it's|it is] a [matter|question|decision] for" },
  { p: "not [my decision|my job|my role|my place|for me] [for|to decide|to say]?" },
  { p: "not [a matter|a question|a decision|something] [for|to decide|to say]", note: '"not something for a councillor"; "Not something I\'d rule out" is not a refusal' },
  { p: '[outside|beyond] [my|the] [remit|role|powers|gift]' },
  { p: "[not|isn't] [my|the mayor's|a councillor's|a governor's] [job|role|place|decision|business]" },
  { p: 'not for me to [decide|say|judge]' },
];

/** Signing pledges as such: negated anywhere before it in the unit, a refusal to sign. */
export const SIGN_PLEDGES: Entry[] = [
  { p: '[sign|signing|make|making|give|giving] [up to]? [a set of|any|these|the|your|a|such]? [pledge|pledges|pledge card|pledge cards|promises|undertakings]' },
  { p: '[doing|do] so' },
];

/**
 * Words by which a refusal to sign names pledges as such ("I don't sign pledge cards", "no questionnaires"), not
 * something of its own ("I'm not signing up to a Westminster company").
 */
export const PLEDGES_AS_SUCH = /pledge|card|questionnaire|survey|promise|oath|litmus|tick|charter|engagement|promesse|charte/;

/** Refusals to sign or pledge: a principled refusal covers every clause it is said of. */
export const REFUSE_SIGN: Entry[] = [
  { p: "[don't|do not|won't|will not|never|refuse to|can't|cannot|not going to|wouldn't|would not] [sign|make|give|take|do|accept] [any|up to any]? [pledge|pledges|pledge cards|pledge card|promises|loyalty oaths|litmus tests|tick-box|tickbox|questionnaires]" },
  { p: 'not [sign|signing|make|making] [any]? [pledge|pledges]' },
  { p: "[not|never] to [sign|fill in|complete|answer|return] ~ [pledge|pledges|pledge cards|surveys|questionnaires]" },
  { p: "[don't|do not|doesn't|does not|won't|will not|never] [fill in|fill out|complete|answer|return|respond to] ~ [pledge cards|pledges|surveys|questionnaires|candidate surveys]", note: '"our team does not complete third-party questionnaires or pledges"' },
  { p: "[don't|do not|won't|will not] [want|wish] to sign [something|anything|a pledge|pledges]" },
  { p: "[won't|will not|am not|i'm not|is not|isn't|are not|aren't|we're not|we are not] be? [answering|signing|filling in|filling out|completing|returning|responding to] ~ [questionnaires|surveys|pledges|pledge cards|pledge card|pledge forms]", note: '"Hon. Olowu is not responding to questionnaires or pledge forms"' },
  { p: '[decline|declining|declined|refuse|refusing] to [sign|pledge]' },
  { p: "je ne signe [aucun|aucune|pas de|pas d'|jamais de|jamais d'|jamais|rien]? [engagement|engagements|promesse|promesses|charte|chartes|questionnaire|questionnaires|pledge|pledges]", note: '"je ne signe aucun engagement préparé par un groupe": a refusal to sign, in French' },
  { p: "[never|don't|do not|won't|will not|would not|wouldn't] [put|putting|put] my name to [a|any]? ~ [promises|pledges|pledge cards|questionnaires|surveys]", note: '"I have never put my name to a list of promises before an election"' },
  { p: "[not|never|i'm not|i am not|we're not|won't be|will not be] signing [anything|it|this|any|up]?", at: 'start', note: '"Not signing."' },
  { p: '[decision|decided|chosen|chose|rule|policy] not to [complete|sign|answer|fill in|return|respond to] [or sign|or complete|or return|or answer]? [any of them|any of these|any of those|them]', note: '"Ros has made the decision not to complete or sign any of them": the surveys named before' },
  { p: '[decided|chosen|choose|elected|opted] not to sign [it|this|the programme|your programme|the pledge|your pledge|the card|up]', note: '"I have decided not to sign it, nor to respond to the individual items"' },
  { p: "[won't|will not|am not|i'm not|shan't] be signing [it|this|up|the charter|your charter|the pledge|your pledge|the card|the pledge card|the form]", note: '"I won\'t be signing it", "So I won\'t be signing the charter"' },
  { p: "[not|never|won't be|will not be|am not|i'm not] [signing|signed] [anything|any of it|a thing|pledges|a pledge|any pledge|any pledges|pledge cards]" },
  { p: "[won't|will not|wont|shan't|not going to] be [filling|completing|answering] [this|it|these|them]? [in|out]? [or|and|nor] signing [anything|it|this|them]", note: '"I won\'t be filling this in or signing anything"' },
  { p: "[won't|will not|wont|not going to] be signing ~ or any [other]? [pledge|pledges|pledge card|pledge cards|questionnaire|questionnaires|charter|charters]", note: '"I will not be signing the Lake Agenda, or any other pledge card"' },
  { p: "[not|won't be|will not be|am not|i'm not|im not] [signing|signin] [that|this] [one|part|bit|point]", note: '"1b nah not signing that one": a no to the clause the line names, not a refusal of the programme' },
  { p: "[don't|do not|won't|will not|never|can't|cannot|wouldn't|would not] sign [any|anyone's|any organisation's|any organization's|any group's|a]? ~ [pledge|pledges|pledge card|pledge cards|commitment card|commitment cards]" },
];

/** Explicit verdicts of disagreement. Negated agreement ("don't agree") is found through NEGATORS. */
export const DISAGREE: Entry[] = [
  { p: 'disagree' },
  { p: "not something [i|we|any|the|a|this|our] ~ [can|could|would|will] [support|back|fund|afford|deliver|sign up to|agree to|agree with|commit to]", note: '"not something any responsible government could fund"' },
  { p: 'disagreed' },
  { p: "[isn't|is not|not] something [i'll|i will|i'd|i would|i'm going to|i am going to|i can] [commit to|support|sign up to|sign|back|agree to|promise]", note: '"Ring-fencing a percentage isn\'t something I\'ll commit to"' },
  { p: "[je suis contre|nous sommes contre|je m'oppose|nous nous opposons|je ne suis pas d'accord|je suis défavorable]", note: 'against, in French' },
  { p: '[withdraw|withdrawing|withdrew|retract|retracting|retracted] my [answer|agreement|support|signature]' },
  { p: 'no to' },
  { p: "[put|mark|count|chalk|down|count me|put me|mark me] [me|me down]? as [a]? [no|nay|against|opposed]", note: '"Put me down as a no": the "no" it puts down' },
  { p: '[obviously|totally|completely|dead|strongly|firmly|100%|very much|always been|always]? against [it|that|this|them]', note: '"Fire and rehire - obviously against it": against what the line before names' },
  { p: '[no|a no|nah] [on|for] [that|this|those|these|it] [one|ones|point|bit|part|from me]?', note: '"except the loans one (f), no on that one"' },
  { p: 'not for me' },
  { p: "[cannot|can't|can not|couldn't|could not|won't] go along with" },
  { p: 'a step too far' },
  { p: 'not [in favour|in favor]' },
  { p: "[i|we] [am|'m|are|'re|would be|will be]? [against|oppose|reject] [it|this|that|these|them|the idea|the proposal]" },
  { p: '[goes|go|going|is|that is|that\'s|a bit] too far' },
  { p: "[the|the only] [one|pledge|point|clause|thing] i [can't|cannot|won't|couldn't|don't|do not|will not]" },
  { p: "[is a|it's a|that's a|it is a] no" },
  { p: 'a no from me' },
  { p: "[i'd|i would] rather [not|we didn't|we did not]" },
  { p: 'no,' },
  { p: '[no|nah] [hang on|wait|hold on]', note: '"Yes - no, hang on.": the no that takes the yes back, read with the revision it makes' },
  { p: '[absolutely|certainly|definitely|of course|hell] not', at: 'start', note: '"Absolutely not, that would hurt families": the verdict opens the answer' },
  { p: '[not a chance|no chance|not likely|not on your life]', at: 'start' },
];

/** Words that make a stance stronger; never hedges. */
export const BOOSTERS: Entry[] = [
  { p: 'absolutely' },
  { p: 'fully' },
  { p: 'wholeheartedly' },
  { p: 'whole-heartedly' },
  { p: 'certainly' },
  { p: 'definitely' },
  { p: 'strongly' },
  { p: 'completely' },
  { p: 'totally' },
  { p: 'entirely' },
  { p: 'unshakeable' },
  { p: 'without reservation' },
  { p: '100%' },
];

/** Revisions: a later statement that replaces what the reply said before on the same clause. */
export const REVISION: Entry[] = [
  { p: 'on [reflection|further reflection|second thought|second thoughts]' },
  { p: 'having [thought|reflected|reconsidered|re-read|reread|looked again|read it again] ~' },
  { p: '[re-reading|rereading|looking again]' },
  { p: 'thinking about it [more|further|again]?' },
  { p: "[i've|i have] changed my mind" },
  { p: 'changed my mind' },
  { p: '[actually|actualy|actually,|ah|oh|ok|okay] go on [then]?', note: '"nah not signin nothing … actualy go on then. ill do most of it"' },
  { p: 'scratch that' },
  { p: '[actually|actualy|wait|hang on|hold on|on second thoughts] [no|nah] [hang on|wait|hold on|sorry]?', note: '"yep agree. actually no hang on …": the answer taken back' },
  { p: '[no|nah] [hang on|wait|hold on]', note: '"Yes - no, hang on."' },
  { p: 'non [attendez|attends|un instant]', note: '"Oui. … non, attendez": the answer taken back, in French' },
  { p: '[scratch|change|changing|amend|amending|update|updating|revise|revising] my [answer|reply|response]' },
  { p: 'correction:' },
  { p: '[correction|erratum|amendment]', at: 'start' },
  { p: 'update:' },
  { p: '[ok|okay|quick|small] update' },
  { p: 'i take [that|it] back' },
  { p: 'i retract' },
  { p: '[withdraw|withdrawing|withdrew|retract|retracting|retracted] my [answer|agreement|support|signature]' },

  { p: 'to correct [my|what]' },
];

/**
 * Words that often carry a reservation without stating one ("yes, though I may not make every meeting", "only thing
 * I'd say is …", "could get expensive"). Not a qualification on their own: the model weighs them beside the verdict.
 */
export const SOFT_HEDGES: Entry[] = [
  { p: '[though|although|however]' },
  { p: '[only|one] thing [i would|i\'d|to] [say|add|flag|mention]' },
  { p: '[that said|having said that|mind you|to be fair]' },
  { p: '[may|might|could|may well] not' },
  { p: "[not sure|not convinced|not certain|unsure] [about|that|whether|if|how]?" },
  { p: '[worried|worry|worries|concern|concerns|concerned|wary|hesitant|reluctant|nervous]' },
  { p: '[unrealistic|ambitious|tight|tricky|difficult|hard] [to|for|deadline|timescale|timeline|target]?' },
  { p: '[expensive|costly|pricey|cost a lot|not cheap]' },
  { p: "[i'd|i would] [want|need|like] to [see|look|check|know|understand|talk|discuss]" },
  { p: '[look at|looked at|looking at] [the|how|whether|it]' },
  { p: '[tweak|tweaks|tweaking|adjust|amend|amendment|change] [to|the|it]?' },
  { p: '[phase|phased|phasing|gradually|step by step|over time|eventually|in time]' },
  { p: "[to be honest|be honest|honestly|i'll be honest|in fairness]" },
  { p: "[i'd be lying|can't promise|cannot promise|can't guarantee|cannot guarantee|no guarantee|no guarantees]" },
];

/**
 * The candidate's own addition to the pledge ("I'll also be pushing for …", "I'd go further and …"): a condition on
 * it ("subject to consultation", "rather than twice a year") is on the addition, not on the pledge.
 */
export const ADDITIONS: Entry[] = [
  { p: "[i'd|i would|i'll|i will|we'd|we would|we'll|we will|i'm|i am] also [push|be pushing|pushing|press|be pressing|propose|suggest|add|go further|campaign|be campaigning|fight|argue|be arguing|like to add]" },
  { p: "[i'd|i would|we'd|we would|i'll|i will] [go|even go] [further|one further|even further|a step further]" },
  { p: "[i'd|i would|i'll|i will] [add|even add] [that|to that|to this]", note: '"The only caveat I would add is …" is a caveat, not an addition' },
  { p: "[i'd|i would] like to [add|go further]" },
  { p: "[as well as that|as well as this|going further]" },
];

/** Where a sentence turns: the unit after the turn is the writer's main point. */
export const CONTRAST: Entry[] = [
  { p: 'but' },
  { p: 'however' },
  { p: 'although' },
  { p: 'though' },
  { p: 'yet' },
  { p: 'whereas' },
  { p: 'whilst' },
  { p: 'nevertheless' },
  { p: 'nonetheless' },
  { p: 'that said' },
  { p: 'having said that' },
  { p: 'even so' },
  { p: 'on the other hand' },
];

/** A form's instruction, copied into the reply: "Please tick YES or NO against each point". */
export const FORM_INSTRUCTION = /(?<![\p{L}])(?:tick|circle|mark|indicate|answer|select|choose|underline|write|put)\s+(?:either\s+)?(?:yes|y|agree)\s+or\s+(?:no|n|disagree)(?![\p{L}])/u;

/** Just before a verdict, what makes it one not given yet: "before I commit to anything". */
export const NOT_YET = /(?<![\p{L}])(?:before|until|till)\s+$/u;

/** The label of a form's signature field, before its colon. */
export const SIGNATURE_FIELD = /^[\s\p{P}]*(?:signed|signature|sign here|signed by)[\s]*$/u;

/** "sounds good no worries": a "no" that assents, not one set against what follows. */
export const NO_AS_ASSENT = /^[\s,;:-]*no\s+(?:worries|problem|problems|bother|doubt|question|questions|issue|issues|argument|hesitation|objection|objections)(?![\p{L}])/u;

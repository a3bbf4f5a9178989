// One test per way people write: each rule of the parser seen from a reply a candidate could send.
import { describe, expect, it } from 'vitest';
import { featuresOf, FLAT, NESTED, precedence, programmeOf, replyOf, rulingsOf, stances } from './helpers.js';

/** Every clause of FLAT ruled the same way. */
const everyClause = (stance: string, programme = FLAT): Record<string, string> => Object.fromEntries(programme.clauses.map((c) => [c.id, stance]));
import { analyseReply } from '../../src/parse/index.js';
import { normalise } from '../../src/parse/normalise.js';
import { readUnit } from '../../src/parse/stance.js';

const LEAVES = ['1', '2', '3a', '3b', '3c', '3d.1', '3d.2', '3d.3'];
const only = (s: Record<string, string>, ids = LEAVES) => Object.fromEntries(ids.map((id) => [id, s[id]]));

describe('blanket statements', () => {
  it('"all the points" covers every clause', () => {
    expect(new Set(Object.values(stances(NESTED, 'I agree wholeheartedly with all the points in your programme.')))).toEqual(new Set(['agree']));
  });

  it('a specific ruling beats a blanket one, wherever it stands', () => {
    const s = stances(NESTED, 'I support every pledge.\n\n3c) No. Rent controls drive landlords out.');
    expect(s['3c']).toBe('declined');
    expect(s['3a']).toBe('agree');
  });

  it('"all the other clauses" covers what was not ruled on specifically', () => {
    const s = stances(NESTED, 'On the first point I have reservations in principle. I support wholeheartedly all the other clauses.');
    expect(s['1']).toBe('agree-with-qualifications');
    expect(only(s, ['2', '3a', '3d.3'])).toEqual({ '2': 'agree', '3a': 'agree', '3d.3': 'agree' });
  });

  it('"all except 4" and "everything but the sixth point" exclude those clauses', () => {
    const a = stances(FLAT, "I'm pleased to sign up to all except 4.");
    expect(a).toMatchObject({ '1': 'agree', '3': 'agree', '4': 'declined', '6': 'agree' });
    const b = stances(FLAT, 'Yes to everything but the sixth point!');
    expect(b).toMatchObject({ '1': 'agree', '5': 'agree', '6': 'declined' });
  });

  it('a name of a parent clause covers that part of the programme only', () => {
    const body = 'I confirm my commitment to the minimum platform.';
    expect(precedence(NESTED, body)).toEqual({
      '1': 'none',
      '2': 'none',
      '3a': 'blanket.agree',
      '3b': 'blanket.agree',
      '3c': 'blanket.agree',
      '3d.1': 'blanket.agree',
      '3d.2': 'blanket.agree',
      '3d.3': 'blanket.agree',
    });
    const r = rulingsOf(NESTED, body);
    expect(only(stances(NESTED, body), ['3a', '3b', '3c', '3d.1', '3d.2', '3d.3'])).toEqual({ '3a': 'agree', '3b': 'agree', '3c': 'agree', '3d.1': 'agree', '3d.2': 'agree', '3d.3': 'agree' });
    // Nothing was said of 1 and 2: what the model makes of that silence is "no answer", or it is flagged.
    for (const id of ['1', '2']) expect(r[id]!.stance === 'no-answer' || r[id]!.needsReview, id).toBe(true);
  });

  it('a principled refusal to sign any pledge declines every clause, saying why', () => {
    const r = rulingsOf(FLAT, "Thank you for writing. I don't sign pledges as a matter of principle; judge me on my record.");
    for (const id of ['1', '2', '3', '4', '5', '6']) {
      expect(r[id]!.stance).toBe('declined');
      expect(r[id]!.reason).toMatch(/^refused to sign/);
    }
  });

  it('a near-empty reply answers nothing', () => {
    expect(new Set(Object.values(stances(FLAT, 'Thanks, will reply later.\n\nJo')))).toEqual(new Set(['no-answer']));
    expect(new Set(Object.values(stances(FLAT, '')))).toEqual(new Set(['no-answer']));
  });
});

describe('exceptions named by their subject', () => {
  it('reads "every one bar the parking one" as against that clause and for the rest', () => {
    expect(stances(FLAT, 'Count me in on every one bar the parking one.')).toMatchObject({ 1: 'agree', 4: 'agree', 5: 'declined', 6: 'agree' });
  });

  it('gives the exception what is said after it: a deferral leaves it unanswered', () => {
    const s = stances(FLAT, 'yes to all of it apart from the parking one, still making my mind up on that tbh.');
    expect(s).toMatchObject({ 1: 'agree', 2: 'agree', 5: 'no-answer', 6: 'agree' });
  });

  it('reads letters the programme\'s ids never start with as another numbering: "up the M4", "in P4"', () => {
    const lettered = programmeOf(`
title: Buses
clauses:
  - { id: C1, title: Fares, text: Cap single fares at two pounds. }
  - { id: C2, title: Routes, text: Restore the evening routes. }
  - { id: C3, title: Shelters, text: Repair every shelter within a week. }
  - { id: C4, title: Bus lanes, text: Build bus lanes on the Fabian Way. }
`);
    const s = stances(lettered, 'C1 yes, C2 yes. A bypass will just move the problem up the M4, I am all for that.');
    expect(s).toMatchObject({ C1: 'agree', C2: 'agree', C4: 'no-answer' });
    // Words for a question still name the clause of that number.
    expect(stances(lettered, 'Q3: yes.')['C3']).toBe('agree');
  });

  it('reads several exceptions named by their subjects: "the lot bar the parking one and the bypass one"', () => {
    const s = stances(FLAT, "Short version - I'll put my name to the lot bar the parking one and the bypass one.");
    expect(s).toMatchObject({ 1: 'agree', 2: 'agree', 3: 'declined', 4: 'agree', 5: 'declined', 6: 'agree' });
    // One subject whose name holds "and" stays one exception.
    expect(stances(FLAT, "I'll sign every one bar the parking charges and fees one.")).toMatchObject({ 4: 'agree', 5: 'declined', 6: 'agree' });
  });

  it('reads "All signed except 3" as a blanket with its exception', () => {
    expect(stances(FLAT, 'All signed except 3.\n\nSent from my phone')).toMatchObject({ 1: 'agree', 2: 'agree', 3: 'declined', 6: 'agree' });
    // "all" as the subject of a sentence about something else is no blanket.
    expect(stances(FLAT, '1) Yes.\n\nWe all agreed at the meeting that the weather was awful.')['2']).toBe('no-answer');
  });

  it('reads "a no-brainer" as agreement, not as the "no" it starts with', () => {
    expect(stances(FLAT, 'The cycle lanes one is a no-brainer.')['4']).toBe('agree');
  });
});

describe('clause references and context', () => {
  it('bare a) … d) after 3) mean 3a … 3d', () => {
    const s = stances(NESTED, '3)  a) I am in favour of public ownership.\n\nb) Yes.\n\nc) No, not in every city.\n\n');
    expect(only(s, ['3a', '3b', '3c'])).toEqual({ '3a': 'agree', '3b': 'agree', '3c': 'declined' });
  });

  it('"the first two points" under a heading are its bullets', () => {
    const s = stances(NESTED, "3d) I'm not going to answer the first two points, but I am certainly opposed to the closure of branch libraries.");
    expect(only(s, ['3d.1', '3d.2', '3d.3'])).toEqual({ '3d.1': 'declined', '3d.2': 'declined', '3d.3': 'agree' });
  });

  it('an ordinal that conflicts with the subject goes with the subject, and says so with lower confidence', () => {
    const r = rulingsOf(NESTED, 'I support all the clauses. With regards to the first clause, I absolutely agree that the railways and the water companies belong in public ownership.');
    expect(r['3a']!.stance).toBe('agree');
    expect(r['3a']!.evidence[0]!.quote).toContain('first clause');
    expect(r['3a']!.confidence).toBeLessThan(r['3b']!.confidence);
  });

  it('a heading ruling on a parent applies to its children unless a child is ruled on its own', () => {
    const body = '3 d) Agree with qualifications.\n\n3d.3 – yes, fully.';
    expect(only(precedence(NESTED, body), ['3d.1', '3d.2', '3d.3'])).toEqual({ '3d.1': 'parent.qual', '3d.2': 'parent.qual', '3d.3': 'own.agree' });
    const r = rulingsOf(NESTED, body);
    expect(r['3d.3']!.stance).toBe('agree');
    // How far a parent's qualification reaches its children is the model's to weigh: qualified, or flagged.
    for (const id of ['3d.1', '3d.2']) expect(r[id]!.stance === 'agree-with-qualifications' || r[id]!.needsReview, id).toBe(true);
  });

  it('a subject without numbers is enough: topic references', () => {
    const body = 'Hospital parking charges are a tax on the sick and I will vote to scrap them. Cycle lanes? Yes, on every main road.';
    // "Cycle lanes? Yes" names its subject as "Cycle lanes: yes" does: a label, the clause's own.
    expect(precedence(FLAT, body)).toMatchObject({ '1': 'none', '4': 'own.agree', '5': 'topical.agree' });
    const r = rulingsOf(FLAT, body);
    expect(r['4']!.stance).toBe('agree');
    expect(r['5']!.stance).toBe('agree');
    expect(r['1']!.stance === 'no-answer' || r['1']!.needsReview).toBe(true);
  });
});

describe('references after a verb', () => {
  const roman = programmeOf(`
title: Track pledge
clauses:
  - { id: "i", title: Free track, text: Open the track free every morning. }
  - { id: "ii", title: Coaches, text: Pay the club coaches. }
  - { id: "iii", title: Water, text: Put water points at the track. }
  - { id: "iv", title: Bursaries, text: Fund bursaries for juniors. }
  - { id: "v", title: No sale, text: Oppose any sale of school fields. }
`);

  it('reads a range of lower-case roman numerals ("Yes on ii through v") and "On i - I support" as references', () => {
    const r = rulingsOf(roman, 'Yes on ii through v, no hesitation.\n\nOn i - I support opening the track free.');
    for (const id of ['ii', 'iii', 'iv', 'v']) expect(r[id], id).toMatchObject({ stance: 'agree', source: 'explicit' });
    expect(r['i']).toMatchObject({ stance: 'agree', source: 'explicit' });
  });

  it('reads the programme\'s prefixed ids apart by spaces as a list ("P1 P2 P4 💯✅✅"), in order only', () => {
    const prefixed = programmeOf(`
title: Teachers' charter
clauses:
  - { id: P1, title: Pay on time, text: Pay every teacher on the 25th. }
  - { id: P2, title: Classrooms, text: Build forty classrooms. }
  - { id: P3, title: Meals, text: Free school meals. }
  - { id: P4, title: Textbooks, text: A textbook for every pupil. }
  - { id: P5, title: Transfers, text: No punitive transfers. }
`);
    expect(stances(prefixed, 'seen ur charter. P1 P2 P4 💯✅✅ no wahala')).toMatchObject({ P1: 'agree', P2: 'agree', P3: 'no-answer', P4: 'agree', P5: 'no-answer' });
    expect(stances(prefixed, 'P4 P2 yes')['P4']).toBe('no-answer');
  });

  it('reads a "Not" before the clauses it refuses ("Not a and f, …"), a letter range after a verb ("Yes to A–C"), but not "Not a problem"', () => {
    const lettered = programmeOf(`
title: Renters' pledge
clauses:
  - { id: a, title: Licensing, text: License every landlord. }
  - { id: b, title: Repairs, text: Repairs within 28 days. }
  - { id: c, title: Evictions, text: Oppose no-fault evictions. }
  - { id: d, title: Deposits, text: Help with deposits. }
  - { id: e, title: Advice, text: Free rent advice. }
  - { id: f, title: Bond, text: A council bond scheme. }
`);
    expect(stances(lettered, 'Yes to b to e. Not a and f, licensing is a stealth tax on landlords.')).toMatchObject({ a: 'declined', b: 'agree', e: 'agree', f: 'declined' });
    expect(stances(lettered, 'Yes to A–C and E.')).toMatchObject({ a: 'agree', b: 'agree', c: 'agree', d: 'no-answer', e: 'agree' });
    expect(stances(lettered, 'Not a problem, happy to sign.')['a']).toBe('agree');
  });

  it('reads "On # 4" as "On #4", and "within 3-5 business days" as no clauses', () => {
    expect(rulingsOf(FLAT, 'On # 4 I agree.')['4']).toMatchObject({ stance: 'agree', source: 'explicit' });
    expect(stances(FLAT, 'Our team will do our best to respond within 3-5 business days.')).toMatchObject(everyClause('no-answer'));
  });
});

describe('verdicts a reply gives in few words', () => {
  it('reads a reply that is only "No thanks." as declining the whole programme, but not a "No." beside other answers', () => {
    expect(stances(FLAT, 'No thanks.')).toMatchObject(everyClause('declined'));
    expect(stances(FLAT, 'nope')).toMatchObject(everyClause('declined'));
    expect(stances(FLAT, 'Not interested.')).toMatchObject(everyClause('declined'));
    expect(stances(FLAT, 'Living wage: yes, of course.\n\nNo.')['2']).toBe('no-answer');
  });

  it('reads a tick opening an answer with a comment after it ("4 ✅ those lanes are overdue")', () => {
    expect(stances(FLAT, '2 ✅ kids learn better when fed\n\n4 ✅ those potholes r a disgrace honestly 😤')).toMatchObject({ '2': 'agree', '4': 'agree' });
  });

  it('reads "lush idea" and "great idea" as support, "not a good idea" against', () => {
    expect(stances(FLAT, '4) 100% lush idea\n\n6) great idea')).toMatchObject({ '4': 'agree', '6': 'agree' });
    expect(stances(FLAT, '4) Not a good idea on our narrow streets.')['4']).toBe('declined');
  });

  it('reads a refusal for now ("Not in the current financial climate") and a refusal to pledge the vote', () => {
    expect(stances(FLAT, '1. Yes.\n\n5. Not in the current financial climate.')).toMatchObject({ '1': 'agree', '5': 'declined' });
    expect(stances(FLAT, '6. I won\'t pledge to vote for reopening them, the money is not there.')['6']).toBe('declined');
  });

  it('reads a limit put in a few plain words after a yes', () => {
    expect(stances(FLAT, '4. It\'d have to be street by street, not a blanket thing.')['4']).toBe('agree-with-qualifications');
    expect(stances(FLAT, '1. So yes, broadly, with that caveat.')['1']).toBe('agree-with-qualifications');
    expect(stances(FLAT, '2. Yes, but on one condition. The money must come from Holyrood.')['2']).toBe('agree-with-qualifications');
    expect(stances(FLAT, '6. I support reopening them where they can be made to work.')['6']).toBe('agree-with-qualifications');
    expect(stances(FLAT, '1. Yes, and publish the pay figures ward by ward.')['1']).toBe('agree');
  });
});

describe('a form that quotes each question', () => {
  it('reads "Q(b) Will you …?" with its "Answer:" line below as the answer to (b)', () => {
    const lettered = programmeOf(`
title: Students' pledge
clauses:
  - { id: a, title: Bus fares, text: Extend the £1 bus fare to every student. }
  - { id: b, title: Rent caps, text: Cap annual rent increases on student lets at inflation. }
  - { id: c, title: Tuition fees, text: Vote against any increase in the tuition fee cap. }
`);
    const body = [
      'Q(a) Will you extend the £1 bus fare to every student?',
      'Answer: Yes, absolutely.',
      '',
      'Q(b) Will you cap annual rent increases on student lets at inflation?',
      'Answer: No. Look at what happened to supply elsewhere.',
      '',
      'Q (c) Will you vote against any increase in the tuition fee cap?',
      'Answer: Yes.',
    ].join('\n');
    expect(stances(lettered, body)).toMatchObject({ a: 'agree', b: 'declined', c: 'agree' });
  });
});

describe('verdicts that lead their references', () => {
  it('reads "yes on 1 through 5, no on 6" as two answers, the second verdict before its own reference', () => {
    for (const body of ['yes on 1 through 5, no on 6.', 'Yes to 1-5, no to 6.', 'Yes on 1 to 5. No on 6.', 'yes on 1 through 5, no on the last one.']) {
      expect(stances(FLAT, body), body).toMatchObject({ '1': 'agree', '5': 'agree', '6': 'declined' });
    }
    expect(stances(FLAT, '1 yes 2 no 3 yes')).toMatchObject({ '1': 'agree', '2': 'declined', '3': 'agree' });
  });

  it('reads "all … apart from the last one" after "I\'m backing" and "put me name to"', () => {
    for (const body of ["I'm backing all six apart from the last one.", 'Ill put me name to the whole lot bar the last one.']) {
      expect(stances(FLAT, body), body).toMatchObject({ '1': 'agree', '5': 'agree', '6': 'declined' });
    }
  });
});

describe('a verdict in a word of speech', () => {
  it('reads "grand" as yes, "no way" before an emoji and "nah sorry" as no', () => {
    expect(stances(FLAT, '4 grand\n\n5 no way 🙅‍♂️\n\n6 nah sorry, i actually back keeping them shut.')).toMatchObject({ '4': 'agree', '5': 'declined', '6': 'declined' });
  });

  it('reads "I\'d be misleading you if I said" and "wouldnt say im not in favour but" as qualifications, "is a given" as yes', () => {
    expect(stances(FLAT, "1. Yes, but I'd be misleading you if I said the money was there.\n\n4 wouldnt say im not in favour but every main road is a lot.\n\n6. Attending the youth forum is a given.")).toMatchObject({
      '1': 'agree-with-qualifications',
      '4': 'agree-with-qualifications',
      '6': 'agree',
    });
  });

  it('reads "back the lot of them" as the programme, not "enough of the lot of them" nor "got into all this"', () => {
    expect(stances(FLAT, "Can't see any reason not to back the lot of them.")).toMatchObject(everyClause('agree'));
    expect(stances(FLAT, 'I have had enough of the lot of them.')).toMatchObject(everyClause('no-answer'));
    expect(stances(FLAT, "I'm backing the living wage 100% - it's the reason I got into all this - and the rest I need to think about.")['4']).toBe('no-answer');
  });
});

describe('answers marked, misspelt and negated twice', () => {
  it('reads a lone ">> YES" under a form\'s question as the answer, and a quoted message of several lines as a quotation', () => {
    const form = ['Question 1 - Living wage', 'Pay every council worker the real living wage.', '>> YES. Publicly run.', '', 'Question 4 - Cycle lanes', 'Build protected cycle lanes on every main road.', '>> NO', ''].join('\n');
    expect(stances(FLAT, form)).toMatchObject({ '1': 'agree', '4': 'declined' });
    const email = ['Thanks, all fine by me.', '', 'On Monday the campaign wrote:', '> 1. Pay every council worker the real living wage.', '> Yes or no please.', ''].join('\n');
    expect(stances(FLAT, email)['1']).toBe('agree');
  });

  it('reads "in principal" and "where it makes sense" as qualifications, "cant see no reason not to" and "no part of this one I don\'t support" as yes', () => {
    expect(stances(FLAT, '1. Living wage - aye in principal but the money is tight.\n\n5. Where it makes sense.')).toMatchObject({ '1': 'agree-with-qualifications', '5': 'agree-with-qualifications' });
    expect(stances(FLAT, "2. school meals - cant see no reason not to extend em\n\n6. there's no part of this one I don't support.")).toMatchObject({ '2': 'agree', '6': 'agree' });
  });

  it('reads "would make a real difference" as support, and "won\'t make any difference" as none', () => {
    expect(stances(FLAT, '6. Reopening them would make a real difference up here.')['6']).toBe('agree');
    expect(stances(FLAT, '6. Reopening them won\'t make a difference.')['6']).not.toBe('agree');
  });

  it('reads a bare no after a label naming what the clause opposes as a no to that thing ("Parking charges - no, never")', () => {
    expect(stances(FLAT, '5. Parking charges - no, never.\n\n3. Bypass - no way 🙅')).toMatchObject({ '5': 'agree', '3': 'agree' });
    // A label in the clause's own words takes its side; a yes after a subject answers the clause.
    expect(stances(FLAT, '5. Scrap parking charges - no.')['5']).toBe('declined');
    expect(stances(FLAT, '4. Cycle lanes - no.\n\n3. Bypass: yes.')).toMatchObject({ '4': 'declined', '3': 'agree' });
  });

  it('reads "and NO to the bypass" after a blanket yes as an answer of its own', () => {
    expect(stances(FLAT, 'Got ur charter - yes yes yes to all 6, happy to sign, and NO to the bypass obvs!!')).toMatchObject(everyClause('agree'));
  });

  it('reads "I oppose it" in the answer to a clause against something as agreement, and in the answer to one for something as a no', () => {
    expect(stances(FLAT, '3. Absolutely I oppose it.\n\n4. I oppose it.')).toMatchObject({ '3': 'agree', '4': 'declined' });
    expect(stances(FLAT, "3. I wouldn't say I'm against it.")['3']).not.toBe('agree');
  });
});

describe('a yes in Welsh, a dodge and people called "the lot"', () => {
  it('reads North Walian "ia" as yes, "ia defo" as a firm yes and "ia ond" (yes but) as a qualification', () => {
    expect(stances(FLAT, "1) ia\n\n2) ia ond dim syniad sut da ni'n talu amdano fo lol 🙈\n\n4) ia defo")).toMatchObject({ '1': 'agree', '2': 'agree-with-qualifications', '4': 'agree' });
  });

  it('reads "I\'m going to have to duck this one" as a refusal to answer', () => {
    expect(stances(FLAT, "1. Yes.\n\n6. I'm going to have to duck this one.")['6']).toBe('declined');
  });

  it('reads "The lot at the Guildhall" as people, and "rather than six ticks" as how the reply is written', () => {
    expect(stances(FLAT, 'The lot at the Guildhall have treated drivers as a cash cow for years.')).toMatchObject(everyClause('no-answer'));
    expect(stances(FLAT, 'I wanted to give you proper answers rather than six ticks.\n\n1. Yes.')['1']).toBe('agree');
  });
});

describe('a refusal of one clause', () => {
  it('reads "going to leave alone" as a refusal of the clause it answers', () => {
    expect(stances(FLAT, '1. Yes.\n\n3. I\'m going to leave alone.')).toMatchObject({ '1': 'agree', '3': 'declined' });
  });

  it('reads "The parking one I\'m not answering" as a refusal of that clause, not of the programme', () => {
    const r = stances(FLAT, 'Living wage, of course I back it.\n\nSchool meals, yes.\n\nThe parking one I\'m not answering, that is a matter for the health board.');
    expect(r).toMatchObject({ '1': 'agree', '2': 'agree' });
    expect(r['5']).not.toBe('agree');
    expect(r['4']).toBe('no-answer');
  });
});

describe('a card signed, then one clause taken out', () => {
  it('keeps "Yes to all" for the rest when a later sentence refuses one clause by number', () => {
    expect(stances(FLAT, "Yes to all. P.S. I can't back number 5 after all; everything else stands.")).toMatchObject({ ...everyClause('agree'), '5': 'declined' });
  });

  it('reads a withdrawal in a postscript as that clause\'s, not the card\'s, when the card is only where the sentence starts', () => {
    const body = "Signed and returned. Good luck with the campaign.\n\nP.S. Having spoken to our group leader since I posted the card, I'm afraid I have to withdraw my support for number 5. The review is under way and I can't tie my hands before it reports.";
    expect(stances(FLAT, body)).toMatchObject({ '1': 'agree', '2': 'agree', '4': 'agree', '6': 'agree', '5': 'declined' });
  });

  it('reads a verdict opening a longer reply as its answer to the whole card, unless the reply takes it back', () => {
    const story =
      ' My mother lives on the estate and most of this list is what she complains about at Sunday dinner. I have knocked on a lot of doors this month and heard the same from families all over the ward, and I think your members are right to push every candidate on it before the vote in May.\n\nThanks for doing this work,\nChidi';
    expect(stances(FLAT, `Hi Sam,\n\nSigned and returned, scan attached.${story}`)).toMatchObject(everyClause('agree'));
    const takenBack = stances(FLAT, `Hi Sam,\n\nHappy to sign this. Actually, no: I have read it again and I won't be signing it.${story}`);
    expect(Object.values(takenBack)).not.toContain('agree');
  });

  it('reads "As for X, I won\'t be signing up to that" as a refusal of X, not of the card', () => {
    const s = stances(FLAT, "Happy to back the living wage.\n\nAs for the parking charges at the hospital, I won't be signing up to that.");
    expect(s).toMatchObject({ '1': 'agree', '2': 'no-answer', '3': 'no-answer', '4': 'no-answer', '6': 'no-answer' });
    expect(s['5']).not.toBe('agree');
    expect(stances(FLAT, "I've read your pledge card and I won't be signing up to that.")).toMatchObject(everyClause('declined'));
  });

  it('reads "I have signed none of them" and "I will not be signing yours" as refusals to sign', () => {
    expect(stances(FLAT, 'I have been asked to sign fourteen pledges in this campaign. I have signed none of them and I will not be signing yours.')).toMatchObject(everyClause('declined'));
  });

  it('reads "I can\'t back" as a no, and "I won\'t back down" as no verdict on the clause', () => {
    expect(stances(FLAT, "1. Yes.\n\n4. I can't back it, the main road is too narrow.")).toMatchObject({ '1': 'agree', '4': 'declined' });
    expect(stances(FLAT, "1. Yes.\n\n6. I won't back down on this, whatever the council says.")['6']).not.toBe('declined');
  });
});

describe('a yes to the whole card in Luganda and Welsh', () => {
  it('reads "Ndi wamu namwe, all six" (I am with you) as agreement with all six', () => {
    expect(stances(FLAT, 'Ndi wamu namwe, all six. Kawesa')).toMatchObject(everyClause('agree'));
  });

  it('reads "hapus i arwyddo\'r rhaglen gyfan" and "cytuno\'n llwyr efo pob un" as agreement with the whole programme', () => {
    expect(stances(FLAT, "Diolch yn fawr. Yn fyr: dwi'n hapus i arwyddo'r rhaglen gyfan.")).toMatchObject(everyClause('agree'));
    expect(stances(FLAT, "Cytuno'n llwyr efo pob un.")).toMatchObject(everyClause('agree'));
  });
});

describe('lists a reply makes of its own', () => {
  it('reads a line of subjects and their verdicts item by item', () => {
    const s = stances(FLAT, 'living wage yes, the bypass NO WAY we shall fight it, cycle lanes yes, youth clubs yes.');
    expect(s).toMatchObject({ '1': 'agree', '3': 'agree', '4': 'agree', '6': 'agree', '2': 'no-answer', '5': 'no-answer' });
  });

  it('reads a sentence opening on a blanket and its exception as a yes to the rest, in a reply of any length', () => {
    const s = stances(FLAT, 'Hiya, got ur card. All of it bar the parking, the health board cant staff it 8 til 8 anyway. Youth clubs defo yes. Ta.');
    expect(s).toMatchObject({ '1': 'agree', '2': 'agree', '3': 'agree', '4': 'agree', '6': 'agree' });
    expect(s['5']).not.toBe('agree');
  });

  it('does not read the candidate\'s own numbered priorities as answers in programme order', () => {
    const sections = programmeOf(`
title: Heritage and homes
clauses:
  - id: A
    title: Heritage
    text: "Protect what we have:"
    clauses:
      - { id: A1, title: Heritage study, text: Finish the heritage gap study and request interim overlays. }
      - { id: A2, title: No demolition, text: Oppose the demolition of contributory buildings. }
      - { id: A3, title: Restoration fund, text: Keep the heritage restoration fund at its present level. }
  - id: B
    title: Homes
    text: "Build well:"
    clauses:
      - { id: B1, title: Growth in the centre, text: Direct new housing to the city centre and the station precinct. }
      - { id: B2, title: Height limit, text: Keep the eleven metre height limit in heritage areas. }
      - { id: B3, title: Heritage adviser, text: Keep the heritage adviser service at two days a week. }
`);
    const own =
      'Dear Alliance,\n\nThank you for getting in touch. I run a small cafe on the main street, so I see every day what makes our city special.\n\nMy priorities if elected are:\n\n1. Keeping rates fair and ending wasteful spending on consultants\n2. Fixing our roads and footpaths in the growth areas\n3. Supporting local small business and a vibrant, safe centre\n4. Housing that young families can actually afford\n5. Looking after the lake and our parks and gardens\n6. A council that is transparent and actually answers its emails!\n\nOur history is a big part of who we are and I am proud to live in a city with such a strong sense of place.\n\nWarm regards,\nPriya';
    expect(stances(sections, own)).toMatchObject(everyClause('no-answer', sections));
    // A list that speaks of the clauses at its places still answers them in order.
    const answers =
      'My answers:\n\n1. The heritage study should be finished this term\n2. No demolition of those buildings on my watch\n3. The restoration fund must stay\n4. The centre and the station precinct are where growth belongs\n5. The height limit stays\n6. Two days of the heritage adviser at least';
    expect(stances(sections, answers)['A1']).toBe('agree');
  });

  it('reads "Oui aux deux" (yes to both) as an answer', () => {
    expect(stances(FLAT, '2. Repas scolaires gratuits : Oui aux deux.')['2']).toBe('agree');
  });
});

describe('verdicts said sideways, and in Scots and Welsh', () => {
  it('reads "a qualified yes" and "yes, in general" as qualifications', () => {
    expect(stances(FLAT, '1. So a qualified yes.')['1']).toBe('agree-with-qualifications');
    expect(stances(FLAT, '1. Yes, in general.')['1']).toBe('agree-with-qualifications');
  });

  it('reads "I wouldn\'t say I\'m against it" and "nobody could say I\'m not in favour of that" as agreement', () => {
    expect(stances(FLAT, "1. I wouldn't say I'm against it — far from it.")['1']).toBe('agree');
    // On a clause against something, "it" is that thing: not being against it is a no.
    expect(stances(FLAT, "3. I wouldn't say I'm against it.")['3']).toBe('declined');
    expect(stances(FLAT, "6. Nobody could say I'm not in favour of that.")['6']).toBe('agree');
  });

  it('reads Scots "aw o it" as the whole card, with its exception', () => {
    expect(stances(FLAT, "Aw o it's fine by me bar the parking money, cannae promise it when the cooncil's skint.")).toMatchObject({ '1': 'agree', '4': 'agree', '5': 'declined' });
  });

  it('reads Welsh "alla i ddim gweld unrhyw reswm dros beidio â chefnogi" (no reason not to support) as agreement', () => {
    expect(stances(FLAT, '1. Alla i ddim gweld unrhyw reswm dros beidio â chefnogi hyn.')['1']).toBe('agree');
  });

  it('reads "X def yes and the Y def yes" as answers to those two, not a yes to the card', () => {
    const s = stances(FLAT, 'Living wage def yes and the youth clubs def yes, my grandad worked for the council for thirty years so that ones personal.');
    expect(s).toMatchObject({ '1': 'agree', '6': 'agree', '2': 'no-answer', '3': 'no-answer', '4': 'no-answer', '5': 'no-answer' });
  });
});

describe('answers in Welsh, holding replies and counter-proposals', () => {
  const lake = programmeOf(`
title: Lake charter
clauses:
  - { id: "1", title: No launch fee, text: Reject any new launch charge or permit fee for canoes and paddleboards on the lake., keywords: [launch fee, ffi lansio] }
  - { id: "2", title: No more cuts, text: Vote against any further reduction in the council's supported bus budget. }
  - { id: "3", title: Water sports centre, text: Back the bid to upgrade the lakeside water sports centre. }
  - { id: "4", title: Water quality, text: Publish monthly water quality results for the lake. }
`);

  it('reads Welsh "rwy\'n gwrthwynebu" (I oppose), "byddaf yn cefnogi" (I will support) and "mewn egwyddor" (in principle)', () => {
    const body = "1. Dim ffi lansio\n\nAteb / Answer: Rwy'n gwrthwynebu unrhyw ffi lansio newydd.\n\n3. Canolfan chwaraeon dŵr\n\nAteb / Answer: Byddaf yn cefnogi'r cais.\n\n4. Ansawdd dŵr\n\nAteb / Answer: Cytuno mewn egwyddor.";
    expect(stances(lake, body)).toMatchObject({ '1': 'agree', '3': 'agree', '4': 'agree-with-qualifications' });
  });

  it('does not read "supported" in "the supported bus budget" as a verdict', () => {
    expect(stances(lake, '2. I oppose further cuts to the supported bus budget.')['2']).toBe('agree');
  });

  it('reads a thumbs-up signing off a holding reply, and "no reason not to" with a subject of its own, as no answer to the card', () => {
    const body = "[14/03 21:47] Gethin: got ur questionnaire thing. Lambing flat out here, will reply properly next week i promise\n[14/03 21:49] Gethin: quick ones tho - cant see any reason not to fix the slipway n toilets, been needed for yrs\n[14/03 21:50] Gethin: rest next wk 👍";
    expect(stances(FLAT, body)).toMatchObject(everyClause('no-answer'));
  });

  it('reads a table cell\'s first sentence as its answer, not the reasons after it as the answer\'s object', () => {
    const body = "| Pledge | Your answer |\n|---|---|\n| No to the bypass | Can't sign this one. Half the town wants it built, and I'll look at it on its merits. |\n| Living wage | Yes. |";
    expect(stances(FLAT, body)).toMatchObject({ '3': 'declined', '1': 'agree' });
  });

  it('reads "cant see any reason at all not to" as agreement and "X is more realistic" after a yes as a qualification', () => {
    expect(stances(lake, '3 - Cant see any reason at all not to back the centre.')['3']).toBe('agree');
    expect(stances(lake, '4 Yes but quarterly is more realistic, the lab cant test that often.')['4']).toBe('agree-with-qualifications');
  });
});

describe('blankets said of the pledge, and tick boxes in table cells', () => {
  it('reads "the whole of your pledge apart from number 5" and "the pledge in full" as blankets', () => {
    expect(stances(FLAT, 'I will sign the whole of your pledge apart from number 5. Good luck with it.')).toMatchObject({ ...everyClause('agree'), '5': 'declined' });
    expect(stances(FLAT, "Thanks for the tea on Thursday. I'm pleased to sign the pledge in full, and the signed form is attached.")).toMatchObject(everyClause('agree'));
  });

  it('reads a ticked box in its column of a table row, in English or in Welsh', () => {
    const english = '| Pledge | Agree | Disagree | Comments |\n|---|---|---|---|\n| (1) Living wage | ☒ | ☐ | Definitely. |\n| (5) Parking | ☐ | ☒ | |';
    expect(stances(FLAT, english)).toMatchObject({ '1': 'agree', '5': 'declined' });
    const welsh = '| Addewid | Cytuno | Ddim yn cytuno | Sylwadau |\n|---|---|---|---|\n| (1) Cyflog byw | ☒ | ☐ | Yn bendant. |\n| (5) Parcio | ☐ | ☒ | |';
    expect(stances(FLAT, welsh)).toMatchObject({ '1': 'agree', '5': 'declined' });
  });
});

describe('replies in French, chat lines stamped with the time, and lists of the candidate\'s own', () => {
  const snow = programmeOf(`
title: Trottoirs d'hiver
clauses:
  - { id: A, title: Trottoirs en 12 heures, text: Dégager tous les trottoirs dans les 12 heures suivant la fin d'une chute de neige. }
  - { id: B, title: Aucune coupe, text: Refuser toute réduction du budget de déneigement des trottoirs. }
  - { id: C, title: Abribus, text: Déneiger et déglacer tous les arrêts et abribus dans les 24 heures. }
  - { id: D, title: Non aux riverains, text: Voter contre tout projet obligeant les propriétaires à déneiger eux-mêmes le trottoir devant leur propriété. }
  - { id: E, title: Déneigement solidaire, text: Financer un service gratuit de déneigement des entrées et des escaliers pour les personnes de 70 ans et plus. }
`);

  it('reads "oui à tout" and "Signé et retourné" as a yes to the whole card', () => {
    expect(stances(snow, 'Merci pour votre questionnaire. Je vais faire simple : oui à tout, sans réserve.')).toMatchObject(everyClause('agree', snow));
    expect(stances(snow, 'Signé et retourné. Bonne chance!')).toMatchObject(everyClause('agree', snow));
  });

  it('reads "je souscris à l\'ensemble de vos engagements, à l\'exception du numéro 7" as a blanket and its exception', () => {
    expect(stances(FLAT, "Je vais faire court : je souscris à l'ensemble de vos engagements, à l'exception du numéro 5.")).toMatchObject({ ...everyClause('agree'), '5': 'declined' });
  });

  it('reads a refusal to sign in French, and support volunteered after it ("je l\'appuierai")', () => {
    const body = "Notre formation a pour politique de ne signer aucun engagement provenant d'organismes externes.";
    expect(stances(snow, body)).toMatchObject(everyClause('declined', snow));
    const volunteered = "Je ne signerai donc pas votre programme.\n\nCela dit, l'aide aux aînés pour leurs entrées et leurs escaliers, c'est une évidence ; je l'appuierai au moment du budget.";
    expect(stances(snow, volunteered)).toMatchObject({ A: 'declined', E: 'agree' });
    expect(stances(snow, "Je ne signerai donc pas votre programme.\n\nLes escaliers pour les aînés, je vais continuer de les défendre.")).toMatchObject({ A: 'declined', E: 'agree' });
  });

  it('reads "je suis contre" on a clause against something by its object, as in English', () => {
    expect(stances(snow, "D. Oui, je suis contre l'idée d'obliger les gens à faire le trottoir eux-mêmes.")['D']).toBe('agree');
    expect(stances(snow, 'D. Je suis contre, et je voterai contre.')['D']).toBe('agree');
  });

  it('reads "Évidemment." as a yes, "Oui, en partie" as a qualified one, "en fait non" as a yes taken back and "je vous reviens là-dessus" as no answer yet', () => {
    const body = "A. Oui, en partie.\n\nB. Évidemment.\n\nC. Je dois vérifier avec le RTC qui fait quoi, je vous reviens là-dessus.\n\nE. Oui. Hmm... en fait non, en y repensant.";
    expect(stances(snow, body)).toMatchObject({ A: 'agree-with-qualifications', B: 'agree', C: 'no-answer', E: 'declined' });
  });

  it('reads a French subject by its words, not by its articles and prepositions', () => {
    // "pour", "leurs" and "l\'" would otherwise tie the sentence to every clause that has them.
    const r = rulingsOf(snow, "Pour l'aide aux aînés pour leurs entrées et leurs escaliers : je suis d'accord.")['E']!;
    expect(r.stance).toBe('agree');
    expect(r.reason).toMatch(/escali/);
    expect(r.reason).not.toMatch(/\b(?:pour|et|le)\b/);
  });

  it('reads chat lines stamped with the time alone, each on its own', () => {
    const body = "[sam. 11:42] hey! got ur pledge thing. honestly most of it I'm good with\n[11:43] A yes obvs. B yes\n[11:43] C yes, the bus stop is a skating rink lol\n[11:52] E yes 100%";
    expect(stances(snow, body)).toMatchObject({ A: 'agree', B: 'agree', C: 'agree', D: 'no-answer', E: 'agree' });
  });

  it('reads a list introduced as what the candidate is fighting for as their own, not as answers in order', () => {
    const body = "Here's what I'm fighting for:\n\n1. Scrap the speed cameras on the ring road.\n2. Freeze council tax.\n3. Fix the potholes.\n\nI don't sign pledge cards from campaign groups, whoever they are.";
    expect(stances(FLAT, body)).toMatchObject(everyClause('declined'));
  });

  it('reads a postscript by what it names, after a numbered list', () => {
    const body = "Mes 4 engagements pour Beauport :\n\n1. Un conseil accessible.\n2. Des parcs rénovés.\n3. Une gestion rigoureuse.\n4. Un plan de déneigement pour les piétons.\n\nP.S. Pour les abribus : je prends le bus tous les matins et je suis tout à fait d'accord qu'il faut les déglacer dans les 24 heures.";
    expect(stances(snow, body)).toMatchObject({ C: 'agree', D: 'no-answer' });
  });

  it('reads "I won\'t be returning the charter signed" as a refusal to sign', () => {
    expect(stances(FLAT, "I made a decision not to sign pledges from any organisation. So I won't be returning the charter signed.")).toMatchObject(everyClause('declined'));
    expect(stances(FLAT, "So I won't be returning the charter signed, I hope you understand.")).toMatchObject(everyClause('declined'));
  });
});

describe('a card signed in a line, ticks before their letters, and "nothing else I\'m not in favour of"', () => {
  const heat = programmeOf(`
title: Heat pledge
clauses:
  - { id: P1, title: Cooling centres, text: Keep a cooling centre open in every district on heat advisory days. }
  - { id: P2, title: Free rides, text: Fund free transit rides to cooling centres on heat advisory days. }
  - { id: P3, title: Rental cooling, text: Pass an ordinance requiring landlords to provide working air conditioning. }
  - { id: P4, title: No sweeps, text: Oppose any sweep that removes unsheltered people from shaded public spaces during a heat advisory. }
`);

  it('reads "Happy to sign up to this, thanks Gráinne." as a yes to the whole card', () => {
    expect(stances(FLAT, 'Happy to sign up to this, thanks Gráinne.\n\nSiobhán\n\nSent from my iPhone')).toMatchObject(everyClause('agree'));
  });

  it('reads a line of ticks and crosses, each before the clause it answers', () => {
    const harbour = programmeOf(`
title: Harbour charter
clauses:
  - { id: A, title: Moorings, text: Freeze mooring fees for three years. }
  - { id: B, title: No sale, text: Oppose any sale of the marina. }
  - { id: C, title: Ramp, text: Upgrade the boat ramp by 2028. }
  - { id: D, title: Forum, text: Meet the users' forum twice a year. }
`);
    expect(stances(harbour, 'Re your charter. Answers:\n\n✓ A  ✓ B  ✗ C  ✓ D\n\nI oppose any sale of the marina, full stop.')).toMatchObject({ A: 'agree', B: 'agree', C: 'declined', D: 'agree' });
  });

  it('reads "nothing else … I\'m not in favour of" and "nothing on your list I disagree with" as a yes to the rest, or to all', () => {
    const body = "The living wage - I can't see any reason not to, it's only fair.\n\nI'm against the bypass and I won't sign up to number 3.\n\nNothing else on there I'd say I'm not in favour of.";
    expect(stances(FLAT, body)).toMatchObject({ '1': 'agree', '2': 'agree', '3': 'declined', '4': 'agree', '5': 'agree', '6': 'agree' });
    expect(stances(FLAT, 'Thanks for this. Nothing on your list I disagree with.')).toMatchObject(everyClause('agree'));
    expect(stances(FLAT, '5. There is nothing in this one I would not sign.')['5']).toBe('agree');
  });

  it('reads "I don\'t understand the levy one well enough to put my name to it yet" as no answer yet', () => {
    expect(stances(FLAT, "I don't understand the parking one well enough to put my name to it yet.")['5']).toBe('no-answer');
  });

  it('reads each line of a run that opens on a label and a dash on its own', () => {
    const body = 'got ur pledge thing\nliving wage - yeh mate obviosly, every council worker, no argument\nyouth clubs - they shut the one on our street, reopen em\nparkin charges - no way, never, not a cent, scrap em';
    expect(stances(FLAT, body)).toMatchObject({ '1': 'agree', '5': 'agree' });
  });

  it('reads a verdict that a comma closes as taking no object: "bypass - 100% agree, that road is cooked"', () => {
    const lines = 'bypass - 100% agree, that road is cooked\ncycle lanes - yes';
    expect(stances(FLAT, lines)['3']).toBe('agree');
  });

  it('reads "put me down as a no" and "I can\'t check this box" as a no', () => {
    expect(stances(FLAT, '4. Build protected cycle lanes on every main road.\nYour response: I can\'t check this box.\n\n6. Reopen the youth clubs.\nYour response: Please put me down as a no on this one.')).toMatchObject({ '4': 'declined', '6': 'declined' });
  });

  it('does not carry clauses named before "… but glad to support the rest" to that support', () => {
    const body = "P4. Oppose any sweep.\nYour response: I back the city's ability to clear an encampment. But I can't check this box.\n\nSignature: (not signing the full pledge — see P3 and P4, but I'm glad to be listed as supporting the rest)";
    expect(stances(heat, body)['P3']).not.toBe('agree');
  });
});

describe('points named in French, answers in Gaelic and Spanish, and a numbered run after a colon', () => {
  const port = programmeOf(`
title: Bien vivre à côté du port
clauses:
  - { id: A, title: Poussières, text: Installer trois stations de mesure des poussières fines dans le quartier. }
  - { id: B, title: Camions de nuit, text: Interdire la circulation des camions lourds la nuit sur la rue du Bassin. }
  - { id: C, title: Pas de vrac, text: Refuser tout changement de zonage qui permettrait l'entreposage de vrac à ciel ouvert. }
  - { id: D, title: Promenade, text: Réserver 2 M$ pour aménager une promenade publique le long du fleuve. }
  - { id: E, title: Assemblées, text: Tenir deux assemblées publiques par année sur les activités portuaires. }
`);

  it('reads "les points A, B et D", "mon appui entier", "je ne signe pas le point C" and "d\'accord sur le principe"', () => {
    const body = "Pour les points A, B et D tu as mon appui entier.\n\nPour le terrain, je ne signe pas le point C tel qu'il est écrit.\n\nP.S. Pour les assemblées (E), je suis toujours d'accord sur le principe mais pas deux fois par année.";
    expect(stances(port, body)).toMatchObject({ A: 'agree', B: 'agree', C: 'declined', D: 'agree', E: 'agree-with-qualifications' });
  });

  it('reads "je ne signe aucune liste d\'engagements … Je ne remplirai donc pas le formulaire" as a refusal', () => {
    const body = "Je dois vous dire que je ne signe aucune liste d'engagements présentée par un groupe. Je ne remplirai donc pas le formulaire.";
    expect(stances(port, body)).toMatchObject(everyClause('declined', port));
  });

  it('reads Gaelic verb-answers line by line ("Tha", "Chan eil") and Spanish "Firmado — todas"', () => {
    expect(stances(port, 'Halò,\n\nTha\nTha\nChan eil\nTha\nTha')).toMatchObject({ A: 'agree', B: 'agree', C: 'declined', D: 'agree', E: 'agree' });
    expect(stances(port, 'Firmado — todas, sin cambios. Nos vemos el sábado.')).toMatchObject(everyClause('agree', port));
  });

  it('reads a run of lines numbered from 1 after "my answers:", and leaves a run out of order to the order of its lines', () => {
    const run = 'Mama Aisha wasuze otya. Saw ur card. my answers:\n1 shed — yes obviously, i have been saying this since 2016\n2 toilets yes\n3 those hotel ppl eh!! I oppose them totally\n4 yes\n5 no way';
    expect(stances(FLAT, run)).toMatchObject({ '1': 'agree', '2': 'agree', '4': 'agree', '5': 'declined' });
    // Out of order, the numbers are read as they are: 3 is answered last, and only by a promise to answer later.
    const outOfOrder = 'here goes\n\n1 aye nae bother\n2 aye\n4 aye\n3 n 6 need tae spik tae the pairty first, will get back tae ye on them';
    expect(stances(FLAT, outOfOrder)).toMatchObject({ '1': 'agree', '2': 'agree', '3': 'no-answer', '4': 'agree' });
  });
});

describe('a verdict on "that one" and a place on "that list"', () => {
  it('reads "count me in on that one" as a verdict on one clause, not on the card', () => {
    expect(stances(FLAT, 'Got this, thanks. Count me in on that one.')).toMatchObject(everyClause('no-answer'));
    // The pledge itself, after the same preposition, is still the card.
    expect(stances(FLAT, 'Got this, thanks. Happy to sign on to the pledge.')).toMatchObject(everyClause('agree'));
  });

  it('reads "should be on that list" as a place on a list of the writer\'s, not a blanket', () => {
    const r = rulingsOf(FLAT, 'Bloomfield needs the building money, yes absolutely, and our branch should be on that list too.');
    for (const id of ['1', '2', '5', '6']) expect(r[id]!.stance, id).toBe('no-answer');
    expect(Object.values(r).some((x) => /that list/.test(x.reason))).toBe(false);
  });
});

describe('double negatives that agree: "no reason I wouldn\'t back it", "I can\'t say I\'m not in favor of it"', () => {
  it('reads them as agreement, and "not a bad idea" as the litotes in favour it is', () => {
    expect(stances(FLAT, "4. Not a bad idea at all, no reason I wouldn't back it.")['4']).toBe('agree');
    expect(stances(FLAT, "5. ANSWER: I can't say I'm not in favor of scrapping the charges, I am.")['5']).toBe('agree');
    expect(stances(FLAT, '4. Not a bad idea at all.')['4']).toBe('agree');
    expect(stances(FLAT, '4. A bad idea, frankly.')['4']).toBe('declined');
  });
});

describe('answer layouts', () => {
  it('reads a table cell\'s "No" over a comment beside it that leans the other way', () => {
    const table = '| Pledge | Answer | Comment |\n|---|---|---|\n| 1. Living wage | Yes | |\n| 5. Parking charges | No | It is only fair that visitors who can afford it pay their share. |';
    expect(rulingsOf(FLAT, table)['5']).toMatchObject({ stance: 'declined', source: 'explicit' });
  });

  it('reads a table row that only repeats the clause\'s title, its answer cell empty, as no answer', () => {
    const renters = programmeOf(`
title: Renters' charter
clauses:
  - { id: "1", title: Licensing in every ward, text: License every private landlord in every ward by 2028. }
  - { id: "2", title: Fix damp and mould fast, text: Inspect damp and mould reports within 14 days. }
  - { id: "3", title: A renters' forum, text: Meet a renters' forum four times a year. }
  - { id: "4", title: Rent control powers, text: Ask for rent control powers within a year. }
`);
    const table = [
      'Please find my responses below.',
      '',
      '| Pledge | Yes/No | Comment |',
      '|---|---|---|',
      "| Licensing in every ward | Yes | Bedminster has waited long enough. I'd want it in place by autumn 2028. |",
      '| Fix damp and mould fast | Yes | |',
      "| A renters' forum | | |",
      "| Rent control powers | Partly | Support the call for powers. Can't promise a motion in the first 12 months. |",
    ].join('\n');
    const r = rulingsOf(renters, table);
    expect(r['3']!.stance).toBe('no-answer');
    expect(r['3']!.reason).not.toContain('weighed as a whole');
    expect(r['2']!.stance).toBe('agree');
  });

  it('reads a table\'s header row as the names of its columns, not a verdict ("Support?")', () => {
    const ferries = programmeOf(`
title: River pledge
clauses:
  - { id: I, title: Ferry hours, text: Run ferries until midnight. }
  - { id: II, title: Shade at stops, text: Build shade at every ferry stop. }
  - { id: III, title: Riverbank land, text: Keep riverbank land public. }
`);
    const r = rulingsOf(ferries, '| | Pledge | Support? | Comment |\n|---|---|---|---|\n| a | Ferry hours | ✔ | Overdue |\n| b | Shade at stops | ✔ | |\n| c | Riverbank land | | |\n\nCheers, Aaron');
    expect(r['III']!.stance).toBe('no-answer');
    expect(r['III']!.reason).not.toContain("'Support'");
    expect(r['I']!.stance).toBe('agree');
  });

  it('ends a table row\'s answer with the table: a paragraph after it is not said of the last row', () => {
    const table = '| | Pledge | Yes/No | Comment |\n|---|---|---|---|\n| 1 | Living wage | Yes | Overdue. |\n| 6 | Youth clubs | | |\n\nAll the best with the campaign, I support what you do.';
    expect(rulingsOf(FLAT, table)['6']).toMatchObject({ stance: 'no-answer' });
  });

  it('reads a verdict that opens a line and runs on into its reason without a stop ("2 No Some …")', () => {
    const s = stances(FLAT, "1 Yes\n2 No Some primary schools have no kitchen and the money is not there.\n5 No Parking charges pay for the buses.");
    expect(s).toMatchObject({ 1: 'agree', 2: 'declined', 5: 'declined' });
  });

  it('reads a cross standing before other words without failing (found by the property tests)', () => {
    const s = stances(FLAT, '✗ - not on your life\n\n4 ✗ - never');
    expect(s['4']).toBe('declined');
    // A lone cross ties to no clause: whatever is read from it is "no answer", declined, or flagged for review.
    for (const r of analyseReply(FLAT, replyOf('✗-") not '))) expect(r.stance === 'no-answer' || r.stance === 'declined' || r.needsReview, r.clause).toBe(true);
  });

  it('reads "Number 3, step free." as the heading of what follows it in the paragraph', () => {
    const body = 'Your number 1, the living wage. Yes, no question.\n\nNumber 4, cycle lanes. Course I am. My lad rides to school.\n\nNumber 6, youth clubs. I honestly don\'t know whether that sort of thing can come back.';
    expect(stances(FLAT, body)).toMatchObject({ 1: 'agree', 4: 'agree', 6: 'no-answer', 2: 'no-answer' });
  });

  it('reads a form\'s "Commitment 3 — title" line, the clause quoted under it and "Response: Support."', () => {
    const body = [
      'Commitment 1 — Living wage',
      '"Pay every council worker the real living wage."',
      'Response: Support. I have campaigned on this for years.',
      '',
      'Commitment 4 — Cycle lanes',
      '"Build protected cycle lanes on every main road."',
      'Response: Support.',
    ].join('\n');
    expect(stances(FLAT, body)).toMatchObject({ 1: 'agree', 4: 'agree', 2: 'no-answer' });
    // A plural opens a statement about several clauses, not a block for one.
    expect(stances(FLAT, 'Points 1 to 2 I can sign without hesitation.\n\nThe bypass was a mistake.')).toMatchObject({ 1: 'agree', 2: 'agree' });
  });

  it('reads a markdown table of answers', () => {
    const s = stances(FLAT, '| Pledge | Answer |\n|---|---|\n| 1 | Agree |\n| 2 | Agree |\n| 3 | Disagree |\n| 4 | Yes, with qualifications |');
    expect(s).toMatchObject({ '1': 'agree', '2': 'agree', '3': 'declined', '4': 'agree-with-qualifications', '5': 'no-answer' });
  });

  it('reads a table row by its clause\'s name after a row number, and sets an answer with an object against the clause', () => {
    const fishing = programmeOf(`
title: Fair catch
clauses:
  - { id: Q1, title: No imposed closures, text: Oppose any closure of inshore fishing grounds imposed without the agreement of the communities affected. }
  - { id: Q2, title: Harbours fund, text: Establish a fund to repair harbours. }
  - { id: Q3, title: Apprentices, text: Fund 100 paid apprenticeships a year. }
`);
    const table = [
      '| | Pledge | My response |',
      '|---|---|---|',
      '| i. | No closures without agreement | Agree. Communities have to be asked first. |',
      '| ii. | Harbours fund | I agree, with the harbours as the priority. |',
      '| iii. | Apprentices | |',
    ].join('\n');
    expect(stances(fishing, table)).toMatchObject({ Q1: 'agree', Q2: 'agree', Q3: 'no-answer' });
    // The title cell of an opposing clause opens with "No": it names the clause, it does not answer it.
    expect(stances(FLAT, '| 3 | No to the bypass | Oppose it, always have |')['3']).toBe('agree');
  });

  it('reads a form\'s prompt left as it was ("Yes / No: Comment: …") as no answer, and what is written beside it', () => {
    const s = stances(FLAT, "5. Scrap parking charges at the hospital.\nYes / No: Comment: I won't be answering this one.\n\n6. Reopen the youth clubs.\nYes / No: Comment: happy to support this.");
    expect(s).toMatchObject({ 5: 'declined', 6: 'agree' });
    expect(stances(FLAT, "I don't sign pledges or return yes/no questionnaires.")['1']).toBe('declined');
    expect(stances(FLAT, '6. Reopen the youth clubs.\nSupport / Do not support: Do not support')['6']).toBe('declined');
    expect(stances(FLAT, '6. Reopen the youth clubs.\nSupport / Do not support:\nComments:')['6']).toBe('no-answer');
  });

  it('reads a table whose answer is the column its mark stands in', () => {
    const table = [
      '| No. | Pledge | Agree | Agree with comments | Disagree |',
      '|-----|--------|-------|---------------------|----------|',
      '| 1 | Living wage | X | | |',
      '| 2 | School meals | | X | |',
      '| 3 | Bypass | | | X |',
    ].join('\n');
    expect(stances(FLAT, table)).toMatchObject({ 1: 'agree', 2: 'agree-with-qualifications', 3: 'declined', 4: 'no-answer' });
    // A first data row with answers in it is no header.
    expect(stances(FLAT, '| Pledge | Sign? | Comment |\n|---|---|---|\n| Living wage | Partly | Yes to the rate, not the date. |\n| School meals | Yes | |')['2']).toBe('agree');
  });

  it('reads numbers with a hash set apart by spaces as a list: "yes on #1 #2 #3"', () => {
    expect(stances(FLAT, 'yes on #1 #2 #3 (pay, meals, bypass) 💯\n#4 obviously')).toMatchObject({ 1: 'agree', 2: 'agree', 3: 'agree', 4: 'agree', 5: 'no-answer' });
  });

  it('reads Y/N forms, ticks and crosses', () => {
    expect(stances(FLAT, 'Q1: Y\nQ2: Y\nQ3: N')).toMatchObject({ '1': 'agree', '2': 'agree', '3': 'declined' });
    expect(stances(FLAT, '1. ✔\n2. ✔\n3. ✘')).toMatchObject({ '1': 'agree', '2': 'agree', '3': 'declined' });
  });

  it('reads several answers in a row', () => {
    expect(stances(FLAT, '1 yes 2 yes 3 no 4 yes 5 yes 6 yes')).toEqual({ '1': 'agree', '2': 'agree', '3': 'declined', '4': 'agree', '5': 'agree', '6': 'agree' });
    expect(stances(FLAT, '1 and 2 yes, 3 no')).toMatchObject({ '1': 'agree', '2': 'agree', '3': 'declined', '4': 'no-answer' });
  });

  it('reads ticks and crosses written before the numbers they mark', () => {
    expect(stances(FLAT, '✓ 1 ✓ 2 ✗ 3')).toMatchObject({ '1': 'agree', '2': 'agree', '3': 'declined', '4': 'no-answer' });
    // Written against the id, without a space.
    expect(stances(FLAT, 'Hi its Mo. ✓1 ✓2 ✗3 – cant cost it yet, will get back to u. M')).toMatchObject({ '1': 'agree', '2': 'agree', '3': 'declined', '4': 'no-answer' });
    expect(stances(FLAT, '✓ 1, ✓ 2, ✗ 3, ✓ 4')).toMatchObject({ '1': 'agree', '2': 'agree', '3': 'declined', '4': 'agree', '5': 'no-answer' });
  });

  it("reads a form's ticked option, though the option's own comma cuts the line", () => {
    const form = (ticks: string[]) =>
      ['1', '2', '3']
        .map((id, i) => `${id}. ${['Living wage', 'Free school meals', 'No to the bypass'][i]}\n${['I commit', 'I commit, with comments', 'I do not commit'].map((o, k) => `${ticks[i] === o && k >= 0 ? '☒' : '☐'} ${o}`).join('   ')}`)
        .join('\n\n');
    expect(stances(FLAT, form(['I commit', 'I commit, with comments', 'I do not commit']))).toMatchObject({ 1: 'agree', 2: 'agree-with-qualifications', 3: 'declined', 4: 'no-answer' });
    // No box ticked is no answer, whatever the options say.
    expect(stances(FLAT, form(['', '', '']))).toMatchObject({ 1: 'no-answer', 2: 'no-answer', 3: 'no-answer' });
  });

  it('reads each message of a chat export on its own, without its time stamp and sender', () => {
    const ios = '[20/2/27, 9:14 pm] Sam Okoro: hiya, sorry its late\n[20/2/27, 9:15 pm] Sam Okoro: 1 yes\n[20/2/27, 9:15 pm] Sam Okoro: 2 yes obv\n[20/2/27, 9:16 pm] Sam Okoro: 3 no';
    expect(stances(FLAT, ios)).toMatchObject({ 1: 'agree', 2: 'agree', 3: 'declined', 4: 'no-answer' });
    const android = '08/09/2026, 21:14 - Sam: 1 yes\n08/09/2026, 21:15 - Sam: 3 no';
    expect(stances(FLAT, android)).toMatchObject({ 1: 'agree', 3: 'declined', 2: 'no-answer' });
    // The quote is what the candidate wrote, not the stamp.
    expect(rulingsOf(FLAT, ios)['3']!.evidence[0]!.quote).not.toContain('9:16');
  });

  it("reads a reply that opens with the candidate's own e-mail header; a header further down still starts a quoted message", () => {
    const own = 'From: Katie Rimmer\nTo: Campaign\nSubject: pledge form back\n\nTyped out:\n\n☑ 1 Living wage\n☑ 2 School meals';
    expect(stances(FLAT, own)).toMatchObject({ 1: 'agree', 2: 'agree', 3: 'no-answer' });
    const quoted = 'Yes to 1.\n\nFrom: Campaign\nTo: Katie Rimmer\nSubject: pledges\n\n2. Do you support free school meals? Yes or no.';
    expect(stances(FLAT, quoted)).toMatchObject({ 1: 'agree', 2: 'no-answer' });
  });

  it("reads a later message sent from the same domain as the reply's opening header as the candidate's side's own", () => {
    const thread = [
      'From: Team Ng <info@ngward7.ca>',
      'Sent: 10 September 2026 16:02',
      'Subject: Automatic reply: your pledge',
      '',
      'Thanks for writing! This is an automated response. His priorities:',
      '',
      '1. Safer streets.',
      '2. Fixing our roads.',
      '',
      'From: Marco Bellini <marco@ngward7.ca>',
      'Sent: 17 September 2026 23:48',
      'Subject: RE: your pledge',
      '',
      'I went through your pledge with him tonight. Put him down as a yes on the whole thing.',
    ].join('\n');
    expect(stances(FLAT, thread)).toMatchObject({ 1: 'agree', 2: 'agree', 3: 'agree', 6: 'agree' });
    // A header from anyone else below the reply is still the quoted message.
    const quoted = thread.replace('marco@ngward7.ca', 'dana@bikes.org').replace('Put him down as a yes on the whole thing.', 'Please say yes to the whole thing.');
    expect(stances(FLAT, quoted)['3']).toBe('no-answer');
  });

  it('reads a run of the same verdict, and a picture for one, as a verdict alone', () => {
    expect(stances(FLAT, '1-3 💯💯 safe\n4 ok 👍\n5 no no')).toMatchObject({ 1: 'agree', 2: 'agree', 3: 'agree', 4: 'agree', 5: 'declined', 6: 'no-answer' });
    // Two different verdicts are not one.
    expect(stances(FLAT, '2 yes no')['2']).not.toBe('declined');
  });

  it('carves an exception that opens the next sentence out of the blanket before it', () => {
    expect(stances(FLAT, 'rest is fine, all yes. except the parking thing (5), those charges pay for the buses. no on that one')).toMatchObject({
      1: 'agree',
      4: 'agree',
      5: 'declined',
    });
    expect(stances(FLAT, 'I agree with all of them. Except 2, I need to look at that one properly.')).toMatchObject({ 1: 'agree', 2: 'no-answer', 6: 'agree' });
    // A sentence that is not an exception leaves the blanket whole.
    expect(stances(FLAT, 'All yes. Especially 5.')['5']).toBe('agree');
  });

  it('reads "I have decided not to sign it" as a refusal of the whole programme', () => {
    const s = stances(FLAT, 'I have given this careful thought and have decided not to sign it, nor to respond to the individual items.');
    expect(s).toMatchObject({ 1: 'declined', 4: 'declined', 6: 'declined' });
    expect(stances(FLAT, "Sorry, I won't be signing it.")['2']).toBe('declined');
  });

  it("reads a campaign office's \"our team does not complete questionnaires or pledges\" as a refusal of the whole programme", () => {
    const s = stances(FLAT, 'Thank you for contacting the campaign. Due to the volume of surveys we receive, our team does not complete third-party questionnaires or pledges.');
    expect(s).toMatchObject({ 1: 'declined', 4: 'declined', 6: 'declined' });
  });

  it('reads "is not responding to questionnaires" from an office as a refusal, and "I\'m not signing that one" as a no to one clause', () => {
    expect(stances(FLAT, 'Please be informed that the candidate is not responding to questionnaires or pledge forms during the campaign.')['3']).toBe('declined');
    const office = stances(FLAT, 'Due to the very high volume of surveys and questionnaires received, Ros has made the decision not to complete or sign any of them, and this includes your charter.');
    expect(office).toMatchObject({ 1: 'declined', 6: 'declined' });
    expect(stances(FLAT, '1. Yes.\n5. I will therefore not be answering the question on hospital parking charges.')).toMatchObject({ 1: 'agree', 5: 'declined' });
    const one = stances(FLAT, '1. Yes.\n2. Yes.\n5. I\'m not signing that one.\n6. Yes.');
    expect(one).toMatchObject({ 1: 'agree', 2: 'agree', 5: 'declined', 6: 'agree', 3: 'no-answer' });
  });

  it('reads "I can\'t sign up to this one" as a no to the clause, whichever way the clause points', () => {
    expect(stances(FLAT, '1 yes\n2 yes\n4 nah not signing that one, half the roads are too narrow')).toMatchObject({ 1: 'agree', 2: 'agree', 4: 'declined', 6: 'no-answer' });
    expect(stances(FLAT, "1. Yes.\n3. The bypass - I'm afraid I can't sign up to this one.")['3']).toBe('declined');
    expect(stances(FLAT, "1. Yes.\n4. Cycle lanes - I'm afraid I can't sign up to this one.")['4']).toBe('declined');
    expect(stances(FLAT, "3. On the bypass: I can't put my name to a blanket commitment to oppose every road scheme.")['3']).toBe('declined');
  });

  it('reads "So I won\'t be signing the charter" as a refusal of the whole programme', () => {
    const s = stances(FLAT, "So I won't be signing the charter, and I'd ask that you record me as not having signed it rather than as not having replied.");
    expect(s).toMatchObject({ 1: 'declined', 3: 'declined', 6: 'declined' });
  });

  it('reads "I won\'t be filling this in or signing anything" and "not be signing X, or any other pledge card" as refusals of the whole programme', () => {
    const filling = stances(FLAT, "I'm standing as an independent so I don't have to tick boxes for lobby groups, so I won't be filling this in or signing anything.");
    expect(filling).toMatchObject(everyClause('declined'));
    const other = stances(FLAT, 'After discussing with my team I have decided I will not be signing the Town Agenda, or any other pledge card this campaign.');
    expect(other).toMatchObject(everyClause('declined'));
    expect(rulingsOf(FLAT, "Sorry, I won't be filling this in.")['1']).toMatchObject({ stance: 'declined', declineKind: 'refused-to-answer' });
  });

  it('reads "if I signed every one" and "candidates will tell you yes to everything" as no blanket of the writer\'s', () => {
    const would = stances(FLAT, 'I have been asked to sign dozens of these and if I signed every one I would be tied up in knots.\n\n6. Yes.');
    expect(would).toMatchObject({ 1: 'no-answer', 4: 'no-answer', 6: 'agree' });
    const others = stances(FLAT, 'Many candidates will tell you yes to everything. I will tell you what I can do: youth clubs, yes.');
    expect(others).toMatchObject({ 1: 'no-answer', 4: 'no-answer', 6: 'agree' });
  });

  it('reads "candidates sign up to everything" as what others do, not a blanket yes', () => {
    const s = stances(FLAT, "I've seen too many candidates sign up to everything put in front of them and forget it by June. Youth clubs: yes.");
    expect(s).toMatchObject({ 1: 'no-answer', 4: 'no-answer', 6: 'agree' });
  });

  it('reads "the lot" as the programme after a verdict, not as the object of a clause\'s own verb', () => {
    expect(stances(FLAT, 'Yes, the lot.')['6']).toBe('agree');
    const s = stances(FLAT, 'Count me in on making the council publish the lot of its parking income, and scrap the hospital parking charges.');
    expect(s).toMatchObject({ 5: 'agree', 1: 'no-answer', 6: 'no-answer' });
  });

  it('reads "across the board" as the programme, unless it is the breadth of a subject the sentence names', () => {
    expect(stances(FLAT, 'Take this as a yes across the board.')['5']).toBe('agree');
    const s = stances(FLAT, 'I do not, however, support building cycle lanes across the board.');
    expect(s).toMatchObject({ 4: 'declined', 1: 'no-answer', 6: 'no-answer' });
  });

  it('reads the programme named by its own title ("the Aiseag Charter"), but not by a subject word of its title', () => {
    const ferries = programmeOf(`
title: Aiseag Charter 2026
clauses:
  - { id: I, title: New ships, text: Build two new ferries for the Uig triangle by 2029. }
  - { id: II, title: Hospital priority, text: Give hospital patients priority boarding on every route. }
`);
    expect(stances(ferries, 'Happy to support the Aiseag Charter – ferries come up on every second doorstep.')).toMatchObject({ I: 'agree', II: 'agree' });
    const hospital = programmeOf(`
title: Wendlebury Hospital Pledge
clauses:
  - { id: A, title: Keep maternity, text: Keep the maternity unit at the hospital open. }
  - { id: B, title: No private finance, text: Stand against private finance for the hospital rebuild. }
`);
    expect(stances(hospital, 'I support the hospital rebuild programme as it stands.')['A']).not.toBe('agree');
  });

  it('reads "all four beaches" as a count of the writer\'s own nouns and "Having said all that" as what was said, but "all six boxes ticked" as the programme', () => {
    const refusal = rulingsOf(FLAT, 'I have made it a rule not to sign pledges. I have supported the living wage at every budget meeting since 2007 and I will continue to do so, for all four depots.');
    for (const id of ['2', '4', '6']) expect(refusal[id]!.reason, id).not.toContain("'all four'");
    expect(refusal['4']!.stance).toBe('declined');
    const said = rulingsOf(FLAT, "I don't sign pledges from campaign groups. Having said all that - the youth clubs are one I'd sign tomorrow.");
    for (const id of ['1', '2']) expect(said[id]!.reason, id).not.toContain("'all that'");
    expect(said['1']!.stance).toBe('declined');
    expect(stances(FLAT, 'Signed and returned, all six boxes ticked.')).toMatchObject(everyClause('agree'));
    expect(stances(FLAT, 'Yes to all six.')).toMatchObject(everyClause('agree'));
  });

  it('reads "in fairness to all of them" as the groups that wrote, not the programme', () => {
    const r = rulingsOf(FLAT, 'I receive a great many of these, and in fairness to all of them I have decided to respond to each with the same statement rather than sign.');
    for (const id of ['1', '4']) expect(r[id]!.reason, id).not.toContain("'all of them'");
  });

  it('keeps a blanket whole beside a reference in a clause of its own after it ("everything, and I\'ve got one caveat on 6")', () => {
    const s = stances(FLAT, "I'm happy to sign up to everything, and I've got one caveat on 6.");
    expect(s).toMatchObject({ 1: 'agree', 2: 'agree', 3: 'agree', 4: 'agree', 5: 'agree' });
    expect(s['6']).not.toBe('no-answer');
  });

  it('reads "Nimesign zote" (I have signed them all, in Swahili) and "im down w/ evrything … except # 3" as blankets', () => {
    expect(stances(FLAT, 'Nimesign zote.')).toMatchObject(everyClause('agree'));
    const s = stances(FLAT, 'im down w/ evrything on there except # 3 , cant do that one. the rest yes 100%.');
    expect(s).toMatchObject({ 1: 'agree', 2: 'agree', 3: 'declined', 4: 'agree', 6: 'agree' });
  });

  it('carves an exception said in the sentence before a blanket ("Bar the school meals thing, …. Aye all fine by me.")', () => {
    const s = stances(FLAT, 'Bar the school meals thing, folk need to get their own bairns fed somehow. Aye all fine by me.');
    expect(s).toMatchObject({ 1: 'agree', 2: 'declined', 3: 'agree', 6: 'agree' });
    const later = stances(FLAT, 'Hi mate got your leaflet thing. All good with me apart from the school meals one, need to look at that one, who pays?? Will let you know.');
    expect(later).toMatchObject({ 1: 'agree', 2: 'no-answer', 4: 'agree', 6: 'agree' });
  });

  it('reads "Aye the lot" and Scots "the hale thing exept 3" as the programme, and "all this week" as a stretch of time', () => {
    expect(stances(FLAT, 'Hi Lorna, been daein doors aw day. Aye the lot, al sign nae bother. Cheers pal')).toMatchObject({ 1: 'agree', 6: 'agree' });
    expect(stances(FLAT, "Ah'll sign the hale thing exept 3. Rest o it aye.")).toMatchObject({ 1: 'agree', 3: 'declined', 6: 'agree' });
    const holding = stances(FLAT, "I'm travelling all this week and the party asks us to check written commitments before we sign, so I'll reply properly next week.\n\nOne thing I can say straight away: cycle lanes, yes, absolutely.");
    expect(holding).toMatchObject({ 4: 'agree', 1: 'no-answer', 6: 'no-answer' });
  });

  it('reads "all 8" as the programme only when it counts its clauses', () => {
    expect(stances(FLAT, 'Yes to all 6!')['4']).toBe('agree');
    // "all 22 police districts" counts something else, and more than the programme has.
    const s = stances(FLAT, 'I want youth clubs open in all 22 wards, yes. The bypass is another matter.');
    expect(s['1']).toBe('no-answer');
    expect(stances(FLAT, 'I back a living wage in all 6 depots, of course.')['2']).toBe('no-answer');
  });

  it('reads a condition the candidate sets, or part of a clause set apart, as a qualification', () => {
    const s = stances(FLAT, [
      '1. I cant see any reason not to. But Id have to know where the money is coming from first.',
      '2. Yes, though I want the schools at the table before I sign on to that part.',
      '4. We need the lanes, no argument. Every main road is a different story.',
    ].join('\n'));
    expect(s).toMatchObject({ 1: 'agree-with-qualifications', 2: 'agree-with-qualifications', 4: 'agree-with-qualifications' });
  });

  it('reads a minimal reply whole: "Not signing.", "Signed & returned", "Cytuno\'n llwyr", "I\'m signing all of it"', () => {
    expect(stances(FLAT, 'Not signing.')).toMatchObject(everyClause('declined'));
    expect(stances(FLAT, 'Fully supportive.')).toMatchObject(everyClause('agree'));
    expect(stances(FLAT, 'sasa boss got ur agenda\nam with u on all 6 💯 no stress')).toMatchObject(everyClause('agree'));
    expect(stances(FLAT, "Cytuno'n llwyr 👍 R")).toMatchObject(everyClause('agree'));
    expect(stances(FLAT, "Short answer: yes. I'm signing all of it, 1 through 6.")).toMatchObject(everyClause('agree'));
    // The verdict's own words say nothing of a clause's subject: "Signed" is not about one on sign language.
    const signing = programmeOf(`
title: Access pledge
clauses:
  - { id: "I", title: Sign language at meetings, text: Provide sign language interpreters at every public meeting. }
  - { id: "II", title: Captions, text: Caption every council video. }
`);
    expect(stances(signing, 'Signed & returned 👍')).toMatchObject({ I: 'agree', II: 'agree' });
  });

  it('reads bare numbers set apart by spaces as a list: "yes to 1 2 3 and 5"', () => {
    expect(stances(FLAT, 'yes to 1 2 3 and 5 no worries at all.')).toMatchObject({ 1: 'agree', 2: 'agree', 3: 'agree', 4: 'no-answer', 5: 'agree', 6: 'no-answer' });
    // Numbers that do not rise are not a list.
    expect(stances(FLAT, 'I back 3 20 mph zones')['3']).toBe('no-answer');
  });

  it('ties a statement to the subject it names after a sentence that named clauses by number', () => {
    const s = stances(FLAT, 'kia ora, flat out. 1 yes 2 yes defo. the bypass one nah.. youth clubs yes. chur');
    expect(s).toMatchObject({ 1: 'agree', 2: 'agree', 3: 'declined', 6: 'agree', 4: 'no-answer' });
    // What follows the numbered answers and names no subject of its own stays with them.
    expect(stances(FLAT, '1 yes. It is long overdue.')).toMatchObject({ 1: 'agree', 2: 'no-answer' });
  });

  it('reads a range of letters after a verdict: "yes on A through C"', () => {
    const lettered = programmeOf(`
title: Bus users
clauses:
  - { id: A, title: Bus lanes, text: Build bus lanes. }
  - { id: B, title: Clear lanes, text: Enforce bus lanes. }
  - { id: C, title: Free fares, text: Free fares for under-19s. }
  - { id: D, title: Shelters, text: Shelters at every stop. }
`);
    expect(stances(lettered, 'Short version: yes on A through C, no hesitation.')).toMatchObject({ A: 'agree', B: 'agree', C: 'agree', D: 'no-answer' });
  });

  it('reads lone letters set apart by spaces as a list: "sign me up for A B C and F"', () => {
    const lettered = programmeOf(`
title: Renters' pledge
clauses:
  - { id: A, title: End no-grounds evictions, text: End no-grounds evictions. }
  - { id: B, title: Limit rent rises, text: Limit rent increases to once a year. }
  - { id: C, title: Minimum standards, text: Set minimum standards for insulation and heating. }
  - { id: D, title: Portable bonds, text: Make bonds portable between tenancies. }
  - { id: E, title: No rent bidding, text: Oppose any return of rent bidding. }
  - { id: F, title: Tenant advice, text: Fund tenant advice services. }
`);
    const s = stances(lettered, 'hi mate got ur pledge thing. yep sign me up for A B C and F 👍 D - portable bonds yes');
    expect(s).toMatchObject({ A: 'agree', B: 'agree', C: 'agree', F: 'agree', E: 'no-answer' });
    // Letters that do not rise, or stand alone, are not a list.
    expect(stances(lettered, 'yes to B and C')).toMatchObject({ B: 'agree', C: 'agree', A: 'no-answer', D: 'no-answer' });
    expect(stances(lettered, 'I support plan C b')).toMatchObject({ B: 'no-answer' });
  });

  it('reads bracketed letters opening the lines of a form as the clauses in that place, where no clause has a letter', () => {
    const s = stances(FLAT, '(a) Living wage\nYes. I see every week what low pay does.\n\n(c) The bypass\nI oppose the construction of the northern bypass.\n\n(f) Youth clubs\nI\'ll come back to you on this one.');
    expect(s).toMatchObject({ 1: 'agree', 3: 'agree', 6: 'no-answer', 2: 'no-answer' });
  });

  it('ends a text message\'s sentence at a picture, and carries an exception from a later paragraph to the blanket', () => {
    const s = stances(FLAT, 'yep the lot 👍👍 tbh 2 is the big one 4 me\n\nonly thing is no 3, dont rly know enough about the bypass to say either way. will read up n get back 2 u');
    expect(s).toMatchObject({ 1: 'agree', 2: 'agree', 3: 'no-answer', 6: 'agree' });
  });

  it('reads letters for a numbered programme before a verdict, in a chat: "A to D yes ✅"', () => {
    const chat = '[14/04/2026, 21:48] Tariq: A to D yes ✅✅✅✅ no question\n[14/04/2026, 21:48] Tariq: E not sure, will get back to u\n[14/04/2026, 21:49] Tariq: F obviously';
    expect(stances(FLAT, chat)).toMatchObject({ 1: 'agree', 2: 'agree', 3: 'agree', 4: 'agree', 5: 'no-answer', 6: 'agree' });
  });

  it('reads answers written in capitals into the quoted message, when the reply says they are there', () => {
    const body = [
      'Hi Meinir,',
      '',
      'Answers below in capitals as requested.',
      '',
      '-----Original Message-----',
      'From: The Campaign <pledge@campaign.org>',
      'Sent: 30 March 2027 19:42',
      '',
      'Dear candidate, please reply "yes", "no" or with a comment under each point.',
      '',
      '1. Pay every council worker the real living wage.',
      '',
      'YES - PROVIDED IT IS PAID FOR BY CUTTING WASTE.',
      '',
      '3. Oppose the construction of the northern bypass.',
      '',
      'NO. I KNOW THIS WON\'T BE POPULAR BUT THE TOWN NEEDS THE JOBS.',
    ].join('\n');
    expect(stances(FLAT, body)).toMatchObject({ 1: 'agree-with-qualifications', 2: 'no-answer', 3: 'declined' });
    // Without that, what is below the separator is the organiser's message.
    expect(stances(FLAT, body.replace('Answers below in capitals as requested.', 'Thanks for this.'))['1']).toBe('no-answer');
  });

  it('reads "every point bar the last one", "sound on all of it 👍 exc the parking" and "cant say im no for the rest"', () => {
    expect(stances(FLAT, "I'm happy to put my name to every point bar the last one. The youth clubs are not the council's job.")).toMatchObject({ 1: 'agree', 5: 'agree', 6: 'declined' });
    const s = stances(FLAT, 'aye got yr list. sound on all of it 👍 exc the bypass, cant see us affording that tbh. cant say im no for the rest 👍👍');
    expect(s).toMatchObject({ 1: 'agree', 3: 'declined', 4: 'agree' });
    expect(stances(FLAT, 'Cuenten conmigo, all of it.')['2']).toBe('agree');
    expect(stances(FLAT, 'cycle lanes - si claro. my kids ride to school')['4']).toBe('agree');
    // "Tautoko katoa": support all, in Māori.
    expect(stances(FLAT, 'Tautoko katoa.')).toMatchObject({ 1: 'agree', 3: 'agree', 6: 'agree' });
  });

  it('reads a text message\'s "im w u on" and the misspelt verbs of a hurried reply', () => {
    const s = stances(FLAT, 'im w u on the living wage 100%.\n\nthe bypass - I opose it and always will.\n\nyouth clubs, I suport reopening them.');
    expect(s).toMatchObject({ 1: 'agree', 3: 'agree', 6: 'agree', 2: 'no-answer' });
  });

  it('reads "I will fight for" as support and "I will fight the" as opposition', () => {
    expect(stances(FLAT, '2. I will fight for free meals for every child.\n3. I will fight the bypass all the way.')).toMatchObject({ 2: 'agree', 3: 'agree' });
  });

  it('reads no blanket in a sentence that splits the programme: "things I agree with and things I don\'t"', () => {
    const s = stances(FLAT, "There are things on your card I agree with and things I don't, and I'll be glad to debate all of them at the hustings.");
    expect(Object.values(s).every((stance) => stance === 'no-answer')).toBe(true);
  });

  it('ties a refusal of pledges as such to no clause by a word it happens to share ("left or right")', () => {
    const own = programmeOf(`
title: Tenants
clauses:
  - { id: "Q1", title: A lawyer for every tenant, text: Fund the right to counsel for every tenant facing eviction. }
  - { id: "Q2", title: Rent cap, text: Cap rent rises at inflation. }
`);
    const r = rulingsOf(own, "As a matter of policy I don't sign pledge cards from any organization, left or right.");
    expect(r['Q1']!.stance).toBe('declined');
    expect(r['Q1']!.source).toBe(r['Q2']!.source);
    expect(r['Q1']!.reason).not.toMatch(/shares words|matched by subject/);
  });

  it('reads several answers on one line, each a number and its mark: "1 ✅ 2 ✅ 4 ✅✅ 5 ✅"', () => {
    const s = stances(FLAT, '[14/04/2027, 22:48] Ffion: 1 ✅ 2 ✅ 4 ✅✅ 5 ❌\n[14/04/2027, 22:48] Ffion: 3 🤔 no idea, will get back 2 u');
    expect(s).toMatchObject({ 1: 'agree', 2: 'agree', 3: 'no-answer', 4: 'agree', 5: 'declined', 6: 'no-answer' });
  });

  it('reads a blanket that names what it covers after a dash, ranges "through to" and "à", and verdicts in French, Irish and Pidgin', () => {
    expect(stances(FLAT, 'Count me in on every one of these - 1 through to 5.')).toMatchObject({ 1: 'agree', 5: 'agree', 6: 'no-answer' });
    expect(stances(FLAT, 'So let me be simple: je signe les points 1 à 4 sans hésitation.')).toMatchObject({ 1: 'agree', 4: 'agree', 5: 'no-answer' });
    expect(stances(FLAT, 'Sínithe agus seolta ar ais chugaibh.')['6']).toBe('agree');
    expect(stances(FLAT, 'I go sign am, no wahala.')['3']).toBe('agree');
  });

  it('takes no blanket from "the state\'s ongoing programme" or "the platform I am running on"', () => {
    expect(stances(FLAT, "I fully support the state's ongoing solar programme.")['1']).toBe('no-answer');
    const preamble = 'Thank you for writing to me, and for the work your members do across the town every week of the year. '.repeat(3);
    const r = rulingsOf(FLAT, `${preamble}As I have told every group, I do not sign pledges. My commitment is to the platform I am running on, which is public and costed.`);
    expect(r['1']!.stance).toBe('declined');
    expect(r['1']!.reason).not.toContain('the platform');
    expect(stances(FLAT, 'I support your ten point charter.')['1']).toBe('agree');
  });

  it('reads the aim without the figure, a condition set before signing, and a counter-proposal as qualifications', () => {
    const s = stances(FLAT, [
      '1. I support it, but I cannot commit to a dollar figure before the budget process.',
      "2. Yes. But I'd only sign up to this once I've seen next year's accounts.",
      "4. Before I commit to every main road, I want to see who pays for the upkeep.",
      "6. I'd be lying if I said I could reopen every club by next year.",
    ].join('\n'));
    expect(s).toMatchObject({ 1: 'agree-with-qualifications', 2: 'agree-with-qualifications', 4: 'agree-with-qualifications', 6: 'agree-with-qualifications' });
  });

  it('ends a sentence after a number when the next opens with one ("Yes on 1 thru 3. 4 and 5 in principle")', () => {
    const s = stances(FLAT, 'Ayekoo. Yes on 1 thru 3. 4 and 5 in principle, subject to the budget. God bless.');
    expect(s).toMatchObject({ 1: 'agree', 3: 'agree', 4: 'agree-with-qualifications', 5: 'agree-with-qualifications', 6: 'no-answer' });
  });

  it('takes no blanket from a programme named by a word of its own ("the meal program")', () => {
    expect(stances(FLAT, 'I have always supported the breakfast program.')['1']).toBe('no-answer');
    expect(stances(FLAT, "Happy to back the Network's charter.")['1']).toBe('agree');
  });

  it('reads what others back ("is supported by many people") as no verdict of the writer', () => {
    const s = stances(FLAT, '3. The bypass is supported by a lot of drivers in the town, I know that.');
    expect(s['3']).toBe('no-answer');
  });

  it('finds a clause\'s subject through a dropped g ("visitin"), and reads "I need to think about" as a deferral', () => {
    const care = programmeOf(`
title: Care homes
clauses:
  - { id: "1", title: Free parking, text: Free parking for every carer at council care homes. }
  - { id: "2", title: Visits at any time, text: Let relatives make visits to residents at any hour. }
  - { id: "3", title: Living wage, text: Pay care workers the real living wage. }
`);
    const s = stances(care, 'Me mam were in a home three year. The visitin, aye, 100 per cent, tha dont even need to ask me that. Wages I need to think about.');
    expect(s).toMatchObject({ 1: 'no-answer', 2: 'agree', 3: 'no-answer' });
  });

  it('reads "all 6 yes" as a count of the clauses and "im with u on all of them" as a blanket', () => {
    expect(stances(FLAT, 'got ur msg. all 6 yes, sign me up\n- Marcus O')).toMatchObject(everyClause('agree'));
    expect(stances(FLAT, 'salaam, ye im with u on all of them apart from the bypass one, cant back that.')).toMatchObject({ 1: 'agree', 3: 'declined', 6: 'agree' });
  });

  it('reads "I\'m not signing up to <something of its own>" as a refusal of that, not of the programme', () => {
    const s = stances(FLAT, [
      '- Living wage - yes, should have happened years ago',
      '- The bypass - obviously against it.',
      "- Parking - no. I'm not signing up to a scheme that the hospital trust will just claw back elsewhere.",
    ].join('\n'));
    expect(s).toMatchObject({ 1: 'agree', 3: 'agree', 5: 'declined', 6: 'no-answer' });
  });

  it('marks a qualification said as the verdict apart from a condition that may only explain', () => {
    const f = featuresOf(FLAT, '1. Agree with qualifications.\n2. Yes, as long as the kitchens are ready.');
    expect(f['1']!['qual.verdict']).toBeGreaterThan(0);
    expect(f['2']!['qual.verdict']).toBeUndefined();
  });

  it('marks a statement without stance after "yes, but" as a turn, and not one after a plain yes or before the yes', () => {
    const f = featuresOf(FLAT, '3) Bypass - yes, but the road works need a proper environmental assessment first.\n4) Yes. The lanes need a proper survey first.\n6) The clubs need a proper plan first, but yes.');
    expect(f['3']!['turn.plain']).toBe(1);
    expect(f['4']!['turn.plain']).toBeUndefined();
    expect(f['6']!['turn.plain']).toBeUndefined();
    expect(rulingsOf(FLAT, '3) Bypass - yes, but the road works need a proper environmental assessment first.')['3']!.confidence).toBeLessThan(rulingsOf(FLAT, '3) Bypass - yes.')['3']!.confidence);
  });

  it('reads "the people who rig everything" as the object of someone else\'s verb, not the programme', () => {
    expect(stances(FLAT, 'the ballot wil just be rigged by the same people who rig everything in this city.')).toMatchObject({ 1: 'no-answer', 6: 'no-answer' });
  });

  it('reads "Oui, en principe" as agreement in principle', () => {
    expect(stances(FLAT, '| 6 | Youth clubs | Oui, en principe | Budget permitting. |')['6']).toBe('agree-with-qualifications');
  });

  it('reads "politicians who sign everything" as what others do, not a blanket of the writer\'s', () => {
    const s = stances(FLAT, 'I do not sign pledge cards. I am tired of politicians who sign everything in July and remember nothing by October.');
    expect(s).toMatchObject({ 1: 'declined', 4: 'declined', 6: 'declined' });
    expect(stances(FLAT, 'the bypass, aye ill vote agenst that every time')['3']).toBe('agree');
  });

  it('marks support volunteered for a clause under a refusal to sign the whole programme, and only there', () => {
    const f = featuresOf(FLAT, "I've made it a rule not to sign pledges, from any group.\n\nFree school meals for every primary pupil makes complete sense to me.");
    expect(f['2']!['volunteered']).toBeGreaterThan(0);
    expect(f['4']!['volunteered']).toBeUndefined();
    // Without the refusal, support is only support.
    expect(featuresOf(FLAT, 'I support free school meals for every primary pupil.')['2']!['volunteered']).toBeUndefined();
  });

  it('reads "YES WITH COMMENT" and a date "too soon" as qualified, and a date "too slow" as asking for more', () => {
    const s = stances(FLAT, '1. Answer: YES WITH COMMENT\n4. Support, but 2027 is too soon for every main road.\n6. Yes, and 2030 is too slow, I want them open next year.');
    expect(s).toMatchObject({ 1: 'agree-with-qualifications', 4: 'agree-with-qualifications', 6: 'agree' });
  });

  it('reads "a firm supporter of X" as support, said by an agent of the candidate too', () => {
    const s = stances(FLAT, 'Alun does not sign pledges from any organisation.\n\nThat said, he is a firm supporter of protected cycle lanes on every main road, and has said so publicly.');
    expect(s['4']).toBe('agree');
    expect(s['1']).toBe('declined');
  });

  it('reads a condition on the candidate\'s own addition as no qualification of the pledge', () => {
    const s = stances(FLAT, "1. Support. I'll also be pushing for a living wage for contractors, subject to the budget.\n6. Yes, and I'd go further and open them at weekends rather than only after school.\n2. Yes. The only caveat I would add is that it depends on the kitchens.");
    expect(s).toMatchObject({ 1: 'agree', 6: 'agree', 2: 'agree-with-qualifications' });
  });

  it('reads "rather than tell you what you want to hear" as how the reply is written, not a condition', () => {
    const s = stances(FLAT, "5. Parking: I'm going to be honest with you here rather than tell you what you want to hear. I can't sign this one.");
    expect(s['5']).toBe('declined');
  });

  it('reads a condition set apart in the same sentence as on what the sentence spoke of', () => {
    const s = stances(FLAT, "I would back more cycle lanes on every main road - not just in the centre - as long as it doesn't come out of the bus budget.");
    expect(s['4']).toBe('agree-with-qualifications');
  });

  it('marks support that names only some of the demands a clause joins with "and"', () => {
    const shelters = programmeOf(`
title: Riders
clauses:
  - { id: A1, title: Bus lanes, text: Build 40 km of new bus lanes by 2028. }
  - { id: A2, title: Shelters and snow, text: Install a shelter with seating at every busy stop and clear snow and ice from all stops within 24 hours. }
`);
    const part = featuresOf(shelters, 'A2 - Shelters with seating, yes.');
    expect(part['A2']!['part.only']).toBeGreaterThan(0);
    // Both demands named, or none (a bare yes), is support for the whole clause.
    expect(featuresOf(shelters, 'A2 - Shelters with seating and clearing the snow, yes.')['A2']!['part.only']).toBeUndefined();
    expect(featuresOf(shelters, 'A2 - Yes.')['A2']!['part.only']).toBeUndefined();
    // A clause that asks for one thing has no parts.
    expect(featuresOf(shelters, 'A1 - Bus lanes, yes.')['A1']!['part.only']).toBeUndefined();
  });

  it('reads a yes with a condition on it, and agreement with the aim only, as qualified', () => {
    const s = stances(FLAT, '4. Cycle lanes - yes where the street is wide enough.\n6. Youth clubs: I agree with the aim, but 2027 is too soon.\n1. Yes.');
    expect(s).toMatchObject({ 4: 'agree-with-qualifications', 6: 'agree-with-qualifications', 1: 'agree' });
  });

  it('withdraws a refusal to sign that the reply takes back ("actualy go on then"), and reads "yes deffo" after a subject', () => {
    const s = stances(FLAT, 'nah not signin nothing sorry, dont do pledges\n\nactualy go on then. ill do most of it\n\nschool meals one yes deffo. my sister is a dinner lady\n\nthe bypass i dunno enuf about tbh');
    expect(s).toMatchObject({ 2: 'agree', 3: 'no-answer', 6: 'no-answer' });
  });

  it('reads one-word answers in a member\'s own language line by line, in programme order', () => {
    expect(stances(FLAT, 'Inde\nInde\nIyayi\nInde\n\nBwalya')).toMatchObject({ 1: 'agree', 2: 'agree', 3: 'declined', 4: 'agree', 6: 'no-answer' });
    // Welsh answers "will you …?" with the verb: "Gwnaf" (I will), "Na wnaf" (I won't).
    expect(stances(FLAT, 'Gwnaf\nGwnaf\nNa wnaf\nGwnaf – wrth gwrs!\n\nMererid')).toMatchObject({ 1: 'agree', 2: 'agree', 3: 'declined', 4: 'agree', 6: 'no-answer' });
  });

  it('reads a reply that is only a blanket and its exception ("All bar 2.") as yes to the rest', () => {
    expect(stances(FLAT, 'All bar 2.\n\nBridget')).toMatchObject({ 1: 'agree', 2: 'no-answer', 3: 'agree', 6: 'agree' });
    // A blanket with no exception and no verdict says nothing.
    expect(stances(FLAT, 'All of it.')['1']).toBe('no-answer');
  });

  it('reads a verdict in its own column of a form as bare, whatever the comment beside it says', () => {
    const s = stances(FLAT, '| 3 | No to the bypass | Support | I oppose any new road through the valley, full stop |\n(5) Scrap parking charges         Support    Charges are a tax on the sick.');
    expect(s).toMatchObject({ 3: 'agree', 5: 'agree' });
    expect(stances(FLAT, '3. There is no way I would not support this.')['3']).toBe('agree');
  });

  it('reads "I need to look at this one properly" as a deferral, not a yes', () => {
    expect(stances(FLAT, '1. Yes.\n2. I need to look at this one properly.')).toMatchObject({ 1: 'agree', 2: 'no-answer' });
  });

  it('reads everything-yes in the language of a multilingual membership as a blanket', () => {
    expect(stances(FLAT, 'alles ja 👍')).toMatchObject(everyClause('agree'));
  });

  it('reads the short lines of a text message as messages of their own', () => {
    const s = stances(FLAT, 'hiya! sorry only just seen ur msg\nyep happy w all of it 👍👍\nexcept 3 - ill come back to u on that one\nand 4 yes in principle but want to see the figures');
    expect(s).toMatchObject({ 1: 'agree', 2: 'agree', 3: 'no-answer', 4: 'agree-with-qualifications', 6: 'agree' });
    expect(stances(FLAT, 'ok so im in on 1 thru 4')).toMatchObject({ 1: 'agree', 2: 'agree', 4: 'agree', 5: 'no-answer' });
  });

  it("sets aside a numbered list the candidate introduces as their own; a list of answers stays answers", () => {
    const own = 'Thanks. My three priorities are:\n\n1. Fixing potholes\n2. More bins, and I support them\n3. Safer crossings\n\nOn your card: yes to 4.';
    expect(stances(FLAT, own)).toMatchObject({ 1: 'no-answer', 2: 'no-answer', 3: 'no-answer', 4: 'agree' });
    expect(stances(FLAT, 'My answers:\n\n1. Yes\n2. Yes\n3. No')).toMatchObject({ 1: 'agree', 2: 'agree', 3: 'declined' });
  });

  it('reads a tick on a section named with its noun', () => {
    const s = stances(NESTED, '☑ 1\n☑ Section 3 (all)');
    expect(s).toMatchObject({ '1': 'agree', '2': 'no-answer', '3a': 'agree', '3d.2': 'agree' });
  });

  it('reads a Y or N set apart in a column, with a comment after it', () => {
    const s = stances(FLAT, 'B1 Living wage             Y\nB2 School meals           Y (about time!!)\nB3 Northern bypass        N');
    expect(s).toMatchObject({ 1: 'agree', 2: 'agree', 3: 'declined', 4: 'no-answer' });
  });

  it('reads a one-word yes opening a cell whose rest only elaborates, in any of the languages it knows', () => {
    expect(stances(FLAT, '| 3 | Northern bypass | Āe, oppose any new road |')['3']).toBe('agree');
    expect(stances(FLAT, '1) Ja, natürlich\n2) Ndiyo\n3) Hapana')).toMatchObject({ 1: 'agree', 2: 'agree', 3: 'declined' });
    // A hedge after the yes still qualifies it.
    expect(stances(FLAT, '2) Yes, though only once the budget allows')['2']).toBe('agree-with-qualifications');
  });

  it('reads "all" with its count in the language of a multilingual membership as a blanket', () => {
    expect(stances(FLAT, '👍 alle 6!! solidarische Grüße, Lea')).toMatchObject(everyClause('agree'));
    expect(stances(FLAT, 'ok tous 6, bonne chance')).toMatchObject(everyClause('agree'));
    // A count alone, with no verdict, says nothing.
    expect(stances(FLAT, 'alle 6 gelesen, Lea')['1']).toBe('no-answer');
  });

  it('reads a bare number after "supportive of" or "happy with" as a clause, though the sentence goes on', () => {
    const s = stances(FLAT, "I'm broadly supportive of 1 but worried about the cost. Happy with 2 and 4.");
    expect(s).toMatchObject({ '1': 'agree-with-qualifications', '2': 'agree', '4': 'agree', '3': 'no-answer', '6': 'no-answer' });
  });

  it('names the words of a reason as the reply wrote them, never a stem or a placeholder', () => {
    const reasons = Object.values(rulingsOf(FLAT, 'Yes to 1. 2 yes, 3 no.')).map((r) => r.reason).join(' | ');
    expect(reasons).not.toMatch(/'ye'|'N'|'…'/);
    expect(reasons).toContain("'yes'");
  });

  it('reads a run of numbered lines, though a line opens with a bare number and no verdict next to it', () => {
    const s = stances(FLAT, '1 yes 100%\n2 yes\n3 obviously yes. not taking their money\n4 yes but only on the main roads');
    expect(s).toMatchObject({ '1': 'agree', '2': 'agree', '3': 'agree', '4': 'agree-with-qualifications', '5': 'no-answer' });
  });

  it('reads "No. 5" as the number of a clause, not as a refusal', () => {
    expect(stances(FLAT, 'I agree with No. 5 and No. 2.')).toMatchObject({ '2': 'agree', '5': 'agree', '1': 'no-answer' });
    expect(stances(FLAT, 'Agree with all except No. 5.')).toMatchObject({ '1': 'agree', '4': 'agree', '5': 'declined', '6': 'agree' });
    expect(stances(FLAT, '3 no. 4 yes')).toMatchObject({ '3': 'declined', '4': 'agree' });
  });

  it('reads "all 6" as every clause, and a clause set against it afterwards as its own answer', () => {
    expect(new Set(Object.values(stances(FLAT, '👍 all 6!! cheers')))).toEqual(new Set(['agree']));
    expect(stances(FLAT, 'I agree with all six, but not 3.')).toMatchObject({ '1': 'agree', '3': 'declined', '5': 'agree' });
    expect(stances(FLAT, 'I agree with all, but not 3.')).toMatchObject({ '2': 'agree', '3': 'declined', '6': 'agree' });
  });

  it('reads a one-word yes or no in the language of a multilingual membership', () => {
    const table = '| Nr | Antwort | Kommentar |\n|---|---|---|\n| 1 | Nein | zu teuer |\n| 2 | Ja | |\n| 3 | Ja | gut |';
    expect(stances(FLAT, table)).toMatchObject({ '1': 'declined', '2': 'agree', '3': 'agree', '4': 'no-answer' });
    expect(stances(FLAT, '1. Oui\n2. Non, trop cher\n3. Oui')).toMatchObject({ '1': 'agree', '2': 'declined', '3': 'agree' });
  });

  it('reads "but not 5" after agreeing with a list', () => {
    expect(stances(FLAT, "I'm with you on 1-4 and 6, but not 5.")).toEqual({ '1': 'agree', '2': 'agree', '3': 'agree', '4': 'agree', '5': 'declined', '6': 'agree' });
  });

  it('reads a verdict said after an exception as about the exception', () => {
    expect(stances(FLAT, "All of them apart from the bypass one, which I can't support.")).toMatchObject({ '1': 'agree', '3': 'declined', '6': 'agree' });
  });

  it('reads "six of your seven" with the one named after it', () => {
    const s = stances(FLAT, 'I can sign five of your six. The one I cannot is the hospital parking charges pledge; the trust needs the income.');
    expect(s).toMatchObject({ '1': 'agree', '4': 'agree', '5': 'declined' });
  });

  it("reads a form's fields, a label that gives the verdict and a list of clauses after it", () => {
    const form = stances(FLAT, 'Pledges I will sign (list by number): 1 - 4 inclusive\nPledges I will not sign: 6\nComments: none');
    expect(form).toEqual({ 1: 'agree', 2: 'agree', 3: 'agree', 4: 'agree', 5: 'no-answer', 6: 'declined' });
    expect(stances(FLAT, 'Agree: 1, 2, 4\nDisagree: 3\nWith reservations: 5')).toEqual({ 1: 'agree', 2: 'agree', 3: 'declined', 4: 'agree', 5: 'agree-with-qualifications', 6: 'no-answer' });
  });

  it('reads a bracketed letter range "(a) to (c)" as the first three clauses of a programme numbered otherwise', () => {
    const s = stances(FLAT, '(a) to (c) - aye, all three.\n\n(d) Aye.');
    expect(s).toMatchObject({ 1: 'agree', 2: 'agree', 3: 'agree', 4: 'agree', 5: 'no-answer' });
  });

  it('ends a sentence at a picture after a percentage: "A C E yes 100% 👍 B yes …"', () => {
    const housing = programmeOf(`
title: Housing platform
clauses:
  - { id: A, title: Social housing, text: Build 1500 social homes by 2029. }
  - { id: B, title: No condo conversions, text: Oppose the conversion of rental buildings into condos. }
  - { id: C, title: Public registry, text: Publish a public registry of rents. }
  - { id: D, title: Inspectors, text: Hire ten more housing inspectors. }
`);
    expect(stances(housing, 'A C yes 100% 👍 B yes i oppose the condo stuff 😡')).toEqual({ A: 'agree', B: 'agree', C: 'agree', D: 'no-answer' });
  });

  it("reads a table row's clause named in words of its own, though it opens with \"No\", as the name and the cell after it as the answer", () => {
    const boda = programmeOf(`
title: Riders programme
clauses:
  - { id: P1, title: Stages, text: Build fifteen new boda stages. }
  - { id: P2, title: "No ban, no impounding", text: Oppose any ban on boda bodas in the business district and any impounding of motorcycles without a written charge. }
`);
    const body = '| No. | Pledge | My answer |\n|-----|--------|-----------|\n| P1 | Stages | Yes. |\n| P2 | No ban / no impounding | I oppose any ban, fully. |';
    expect(stances(boda, body)).toEqual({ P1: 'agree', P2: 'agree' });
  });

  it('ends a bulleted answer at the next bullet about another clause', () => {
    const s = stances(FLAT, '- Living wage - yes\n- Q2 - yes obviously\n- Cycle lanes - no, the roads are too narrow here\n- Youth clubs - yes');
    expect(s).toMatchObject({ 1: 'agree', 2: 'agree', 4: 'declined', 6: 'agree' });
  });

  it('reads short lines without full stops as answers of their own', () => {
    expect(stances(FLAT, 'Name: Les Whitworth\nMembership no: 0417\n\n1 Living wage                      YES [x]   NO [ ]\n3 No to the bypass                 YES [ ]   NO [x]\n4 Cycle lanes                      YES [x]   NO [ ]')).toEqual({ 1: 'agree', 2: 'no-answer', 3: 'declined', 4: 'agree', 5: 'no-answer', 6: 'no-answer' });
    expect(stances(FLAT, 'Agree 1, 2, 4\nDisagree 3')).toMatchObject({ 1: 'agree', 2: 'agree', 3: 'declined', 4: 'agree', 5: 'no-answer' });
    // A long line wrapped by a mail program goes on in the next one.
    const wrapped = stances(FLAT, 'I have spent twenty years arguing that the council should\nPay every worker the real living wage, and I will keep at it.');
    expect(wrapped['1']).toBe('agree');
  });
});

describe('stance cues', () => {
  it('reads support for the aim, not the pledge, as a qualification', () => {
    expect(stances(FLAT, '1. I support the aim.')['1']).toBe('agree-with-qualifications');
    const s = stances(FLAT, '1. The living wage for every council worker is the right aim.\n2. I would support it as a target and vote for it in a normal year.\n4. I can\'t stand here as a candidate and promise you every main road.\n6. Youth clubs are fine but honestly I\'d put the living wage well ahead of them.');
    expect(s).toMatchObject({ 1: 'agree-with-qualifications', 2: 'agree-with-qualifications', 4: 'agree-with-qualifications', 6: 'agree-with-qualifications' });
  });

  it('reads "a big ask", "pie in the sky" and "one honest caveat" as qualifications, "ok kabisa" as yes, and "no caveat" as none', () => {
    const s = stances(FLAT, "1. I support it, but £150k a year on top of everything else is a big ask right now.\n2. Yes but every pupil by 2028 is pie in the sky with the staff they have.\n3 ok kabisa, hiyo barabara ni wizi mtupu\n4. Cycle lanes on every main road, no caveat.\n6. Yes. One honest caveat: I'd start with the two biggest estates.");
    expect(s).toMatchObject({ 1: 'agree-with-qualifications', 2: 'agree-with-qualifications', 3: 'agree', 4: 'agree', 6: 'agree-with-qualifications' });
  });

  it('reads a condition that something exist first, "is too many", the intent without the figure, and "even if" as none', () => {
    const s = stances(FLAT, "1. I would support the living wage wherever a viable business plan exists.\n2. Yes but I think every primary pupil is too many for the council to manage.\n4. I won't put my name to a specific date until the engineers report, but the intent - yes.\n6. Yes, even if the money has to come out of reserves.");
    expect(s).toMatchObject({ 1: 'agree-with-qualifications', 2: 'agree-with-qualifications', 4: 'agree-with-qualifications', 6: 'agree' });
  });

  it('reads a word drawn out for feeling ("yesss", "noooo") as the word, and not a run of i ("iii")', () => {
    expect(stances(FLAT, '2 yesss 🌳🌳\n4 Sooo happy with this one')).toMatchObject({ 2: 'agree', 4: 'agree' });
    expect(stances(FLAT, '6 noooo')['6']).toBe('declined');
    expect(normalise('2.2 yesss ok').length).toBe('2.2 yesss ok'.length);
    expect(normalise('Yesss, iii and www')).toBe('yes  , iii and w  ');
  });

  it('reads "phase it in", "is very tight", "a bigger step than I can sign up to" and "treat it as a goal" as qualifications', () => {
    const s = stances(FLAT, "2. Yes, though I'd want to phase it in starting with the schools in our most deprived areas.\n4. Yes, but August 2028 is very tight for the whole city.\n5. Scrapping every charge is a bigger step than I can sign up to today.\n6. I would treat it as a goal for the clubs to work towards.");
    expect(s).toMatchObject({ 2: 'agree-with-qualifications', 4: 'agree-with-qualifications', 5: 'agree-with-qualifications', 6: 'agree-with-qualifications' });
  });

  it('takes no qualification from "is not a big ask" or "exactly where the money should go"', () => {
    const s = stances(FLAT, '6. Reopening them by 2031 is not a big ask.\n1. Frontline pay is exactly where the money should go.');
    expect(s['6']).not.toBe('agree-with-qualifications');
    expect(s['1']).toBe('agree');
  });

  it('reads conditions of money, numbers and where a thing lands as qualifications', () => {
    const s = stances(FLAT, "2. Cheap meals - fine by me if the money's there.\n4. I'd support lanes on the main roads where the numbers justify it.\n6. Yes to the clubs, but the timing depends where it lands in the capital plan.\n1. I would support it if it can be funded from within the existing budget.");
    expect(s).toMatchObject({ 1: 'agree-with-qualifications', 2: 'agree-with-qualifications', 4: 'agree-with-qualifications', 6: 'agree-with-qualifications' });
  });

  it('reads "depends a lot on", "feels tight", "if the staff are there", "but later", "as the budget allows" and "I\'d be over-promising if" as qualifications', () => {
    const s = stances(FLAT, "1. Support. The pay rise depends a lot on what comes down from the Department each year.\n2. Yes but 30 June 2031 feels tight given how long the last ones took.\n3. I'll oppose it as the budget allows.\n4. The lanes I've no problem with if the staff are there.\n5. Support, but later.\n6. I'd be happy to, though I'd be over-promising if I said every club.");
    expect(s).toMatchObject({ 1: 'agree-with-qualifications', 2: 'agree-with-qualifications', 4: 'agree-with-qualifications', 5: 'agree-with-qualifications', 6: 'agree-with-qualifications' });
    expect(stances(FLAT, '4. Every main road by 2030 is tight but doable.')['4']).not.toBe('agree-with-qualifications');
  });

  it('reads "No, I would never vote for X" on a clause against X as the answer to what X is, not a no to the clause', () => {
    expect(rulingsOf(FLAT, '3) No, I would never vote for the bypass.')['3']).toMatchObject({ stance: 'agree' });
    expect(stances(FLAT, '1) No, I don\'t support it.\n2) No, sorry.')).toMatchObject({ 1: 'declined', 2: 'declined' });
  });

  it('reads "I\'m going to leave this one" and "leave that one unanswered" as a refusal to answer that clause', () => {
    const s = stances(FLAT, "1. Yes.\n3. I'm going to leave this one.\n6. On the youth clubs, I'm afraid I have to leave that one unanswered.");
    expect(s).toMatchObject({ 1: 'agree', 3: 'declined', 6: 'declined', 4: 'no-answer' });
  });

  it('reads "idk if thats realistic" as doubt about the target', () => {
    expect(stances(FLAT, '4) the lanes r awsome but every road by 2031?? idk if thats realistic with the budgit, ill push for as many as we can')['4']).toBe('agree-with-qualifications');
  });

  it('reads "shud of been there years ago", "long overdue", "is a lifeline" and "gotta stay open" as support', () => {
    const s = stances(FLAT, '2. free meals shud of been there years ago.\n6 them youth clubs gotta stay open simple as.\n4. Protected lanes are long overdue.\n1. The living wage is a lifeline for the lowest paid.');
    expect(s).toMatchObject({ 1: 'agree', 2: 'agree', 4: 'agree', 6: 'agree' });
  });

  it('reads "I haven\'t signed any pledges" and "decline to sign the Open Stacks pledge" as refusals of the whole programme', () => {
    expect(stances(FLAT, "As a matter of policy I haven't signed any pledges, scorecards or questionnaires this campaign.")).toMatchObject(everyClause('declined'));
    expect(stances(FLAT, "So I'll respectfully decline to sign the Open Stacks pledge, and I'd ask that you record me as declined.")).toMatchObject(everyClause('declined'));
    expect(stances(FLAT, "I'm not signing up to a Westminster company.")).toMatchObject(everyClause('no-answer'));
  });

  it('reads "Here I must part company with you" as a no, and "will take the lot" as someone else\'s verb', () => {
    expect(stances(FLAT, '3) Here I must part company with you. The bypass is needed.')['3']).toBe('declined');
    const s = stances(FLAT, "I don't sign pledge cards. Small family firms will just stop bidding and the big boys from Leeds will take the lot.");
    expect(s).toMatchObject(everyClause('declined'));
  });

  it('reads "returning your card unsigned" as a refusal, and promises of an answer later as no answer yet', () => {
    expect(stances(FLAT, "So I'll be returning your card unsigned, and I'd ask you to record that as a no.")).toMatchObject(everyClause('declined'));
    const later = stances(FLAT, '1. I will give you a proper answer on this one once I have read it and not before.\n4 and 5 I need to sit down with my agent and read properly.\n6. Yes.');
    expect(later).toMatchObject({ 1: 'no-answer', 4: 'no-answer', 5: 'no-answer', 6: 'agree' });
  });

  it('reads "im in 100%" after a range as yes, and "I will not sign the Charter" as a refusal of the whole programme', () => {
    expect(stances(FLAT, 'q1 thru q3 im in 100% carnal.')).toMatchObject({ 1: 'agree', 2: 'agree', 3: 'agree', 4: 'no-answer' });
    expect(stances(FLAT, 'So I will not sign the Charter, whatever my views on its parts.')).toMatchObject(everyClause('declined'));
  });

  it('reads "Unsure", "need to check who", "let me talk to … first before I put my name to it" and "once our committee has signed off" as no answer yet', () => {
    const s = stances(FLAT, '4 Unsure Would need to see what the plans actually are.\n5. This one I need to check who actually holds the budget line.\nPS the youth clubs one, let me talk to the trust first before I put my name to it.');
    expect(s).toMatchObject({ 4: 'no-answer', 5: 'no-answer', 6: 'no-answer' });
    const later = stances(FLAT, "I want to give you a proper answer on the whole pledge so I'll reply properly next week once our policy committee has signed off on the costings.");
    expect(later).toMatchObject(everyClause('no-answer'));
    expect(stances(FLAT, 'For volunteer sign-ups or lawn sign requests please visit our website.')).toMatchObject(everyClause('no-answer'));
  });

  it('takes no commitment from "I will tell you a story", "Here is what I will be fighting for", an auto-reply\'s "should be directed to" or "a sign"', () => {
    expect(stances(FLAT, 'On youth clubs, I will tell you a story. My son went to one in 2014.')['6']).toBe('no-answer');
    const own = rulingsOf(FLAT, 'Here is what I will be fighting for if I am elected: a living wage for care staff in the private homes.');
    expect(own['1']!.reason).not.toContain('agreement cue');
    const auto = rulingsOf(FLAT, 'Enquiries relating to the living wage campaign should be directed to the campaign office.');
    expect(auto['1']!.reason).not.toContain("cue 'should'");
  });

  it('reads "partly due to" as a cause, not as support in part', () => {
    expect(stances(FLAT, '6. Yes. The clubs closed partly due to the cuts.')['6']).toBe('agree');
    expect(stances(FLAT, '6. Yes - we lost them partly because of the cuts.')['6']).toBe('agree');
    expect(stances(FLAT, '6. I support it partly.')['6']).toBe('agree-with-qualifications');
  });

  it('reads a date called "very optimistic" as a qualification, and "non, attendez" as taking the answer back', () => {
    expect(stances(FLAT, '5. Yes to scrapping them, but March 2031 is very optimistic.')['5']).toBe('agree-with-qualifications');
    expect(stances(FLAT, '6. Oui. Non, attendez - je ne peux pas.')['6']).toBe('declined');
  });

  it('reads what the pledge "depends on" as a condition, but not what "everything depends on"', () => {
    expect(stances(FLAT, '6. I support it fully, but the 2027 date depends on the budget.')['6']).toBe('agree-with-qualifications');
    expect(stances(FLAT, '6. Yes. Everything else depends on it.')['6']).toBe('agree');
  });

  it('takes no verdict from "Support for …" heading a line of the candidate\'s own, nor from "My commitment is to the voters"', () => {
    expect(stances(FLAT, 'My priorities:\n\n4. Support for family farms and the co-ops.')['4']).toBe('no-answer');
    const s = stances(FLAT, 'My commitment is to the voters of the ward, not to a checklist, and I have declined every pledge I have been sent this year.');
    expect(Object.values(s)).not.toContain('agree');
  });

  it('reads "put me down as a no" as a no, and "I\'m not against it" as consent short of a commitment', () => {
    expect(stances(FLAT, 'Cycle lanes - put me down as a no.')['4']).toBe('declined');
    expect(stances(FLAT, 'Cycle lanes - put me down as a yes.')['4']).toBe('agree');
    expect(stances(FLAT, "Youth clubs - I'm not against it.")['6']).toBe('agree-with-qualifications');
  });

  it('reads a refusal to sign whose covering words quote the request ("asking me to \"sign up\"")', () => {
    const s = stances(FLAT, 'Thank you for the letter asking me to "sign up" to your charter. I am afraid I do not sign pledges of any kind.');
    expect(s).toMatchObject(everyClause('declined'));
  });

  it('reads "sounds good no worries" as assent, not as a "no" set against what follows', () => {
    const norm = normalise('youth clubs - sounds good no worries, put em on');
    expect(readUnit(norm, { start: 0, end: norm.length }).direction).toBe('pro');
    expect(stances(FLAT, 'youth clubs - sounds good no worries, put em on')['6']).toBe('agree');
  });

  it('reads "actually no, hang on" as taking back the answer before it', () => {
    for (const text of ['no, hang on.', 'hmm, actually no.']) {
      const norm = normalise(text);
      expect(readUnit(norm, { start: 0, end: norm.length })).toMatchObject({ stance: 'declined', revision: true });
    }
    expect(stances(FLAT, "5) yep agree. actually no hang on, I can't support it.")['5']).toBe('declined');
  });

  it('reads "for as long as I can remember" as a time, not a condition, and "no problem" after a subject as a yes', () => {
    const idioms = stances(FLAT, "4. Yes. There is a waiting list as long as your arm for a safe route to school.\n6. Youth clubs - I'll campaign for it every month, but I think 2032 is too far away.\n2. Free meals - I don't accept that framing of it as a handout, I'll vote for it.");
    expect(idioms).toMatchObject({ 4: 'agree', 6: 'agree', 2: 'agree' });
    const s = stances(FLAT, "1) Aye. The youth club has been the heart of the estate for as long as I can mind and I'll fight any closure.\n\ncycle lanes no problem");
    expect(s).toMatchObject({ 1: 'agree', 4: 'agree' });
  });

  it('does not read "end of 2030" as a verb against what the sentence speaks of', () => {
    const read = (text: string) => {
      const norm = normalise(text);
      return readUnit(norm, { start: 0, end: norm.length }).direction;
    };
    expect(read('yes, and honestly end of 2030 is too slow.')).toBe('pro');
    expect(read('yes, and honestly end the charges.')).toBe('contra');
    // "oppose any ban" names a ban; it bans nothing.
    expect(read('i oppose any ban, fully.')).toBe('contra');
    expect(read('i oppose plans to ban them.')).toBe('pro');
  });

  it('reads Nigerian Pidgin "i go reopen dem" as a commitment', () => {
    expect(stances(FLAT, 'youth clubs i go reopen dem. living wage, i go pay am.')).toMatchObject({ 6: 'agree', 1: 'agree' });
  });

  it('reads French and Twi verdicts, and Scots joiners in a list of clauses', () => {
    const fr = stances(FLAT, "Je ne signe aucun engagement préparé par un groupe, quel qu'il soit.");
    expect(fr).toMatchObject({ 1: 'declined', 4: 'declined' });
    expect(stances(FLAT, "Sur les cantines scolaires, nous sommes d'accord. J'appuie les pistes cyclables.")).toMatchObject({ 2: 'agree', 4: 'agree' });
    const twi = stances(FLAT, 'Me pene so wo ne nyinaa except the parking one. The rest ok.');
    expect(twi).toMatchObject({ 1: 'agree', 4: 'agree', 5: 'declined', 6: 'agree' });
    expect(stances(FLAT, 'Yes to 1 throu 3.\n\n4 an 5 - no.')).toMatchObject({ 1: 'agree', 2: 'agree', 3: 'agree', 4: 'declined', 5: 'declined' });
    expect(stances(FLAT, 'nakubali 1 mpaka 6 ila 5, hapana.')).toMatchObject({ 1: 'agree', 4: 'agree', 5: 'declined', 6: 'agree' });
  });

  it('reads "It\'s not that I don\'t oppose it - I do" as opposition, and "I genuinely need to think about" as no answer yet', () => {
    expect(stances(FLAT, "3. On the bypass, there's no scenario where I wouldn't oppose it.")['3']).toBe('agree');
    // Asking for more than the clause agrees with it (labelling convention 4).
    expect(stances(FLAT, '5. Scrapping the charges at one hospital is too timid.')['5']).toBe('agree');
    expect(stances(FLAT, "2. Yes, though realistically every primary pupil won't always be achievable.")['2']).toBe('agree-with-qualifications');
    const norm = normalise('oui, à condition que la province compense la perte de revenus.');
    expect(readUnit(norm, { start: 0, end: norm.length }).stance).toBe('agree-with-qualifications');
    const s = stances(FLAT, "3. It's not that I don't oppose it - I do.\n5. This one I genuinely need to think about more.");
    expect(s).toMatchObject({ 3: 'agree', 5: 'no-answer' });
  });

  it('reads "absolutely not", "certainly not" and "not a chance" as a no', () => {
    const s = stances(FLAT, '1. Yes\n2. Absolutely not.\n3. Absolutely not, that would cut the town in two.\n5. Certainly not\n6. Not a chance');
    expect(s).toMatchObject({ 1: 'agree', 2: 'declined', 3: 'declined', 5: 'declined', 6: 'declined', 4: 'no-answer' });
  });

  it('a later revision beats an earlier statement on the same clause', () => {
    expect(stances(FLAT, '1) Yes.\n5) Yes.\n\nOn reflection, I can\'t support 5.')['5']).toBe('declined');
  });

  it('"I don\'t agree that all …" qualifies rather than declines', () => {
    expect(stances(FLAT, "2) I don't agree that all primary pupils should get them regardless of income.")['2']).toBe('agree-with-qualifications');
  });

  it('"agree … but" qualifies only when the "but" limits the commitment', () => {
    expect(stances(FLAT, '4) I support this, but would not prioritise it above road repairs.')['4']).toBe('agree-with-qualifications');
    expect(stances(FLAT, '4) I support this, but we also need more bike parking at the stations.')['4']).toBe('agree');
  });

  it('refusing to answer declines and says so', () => {
    const r = rulingsOf(FLAT, "6) I'm not going to answer that one.");
    expect(r['6']!.stance).toBe('declined');
    expect(r['6']!.reason).toMatch(/^refused to answer/);
  });

  it('plain disagreement declines and says so', () => {
    const r = rulingsOf(FLAT, '1) No. The council cannot afford it.');
    expect(r['1']!.stance).toBe('declined');
    expect(r['1']!.reason).toMatch(/^disagreed/);
  });

  it('deferring is not answering', () => {
    expect(stances(FLAT, '2) I need to talk this through with my team before I reply.')['2']).toBe('no-answer');
  });

  it('conditions and partial scope qualify', () => {
    expect(stances(FLAT, '4) Where the road space allows it, yes.')['4']).toBe('agree-with-qualifications');
    expect(stances(FLAT, '1) Yes in principle, subject to the budget.')['1']).toBe('agree-with-qualifications');
  });
});

describe('soft hedges', () => {
  it('marks a clause whose answer carries a word that often holds a reservation, and only that clause', () => {
    const f = featuresOf(FLAT, '1) Yes, though I may not make every meeting.\n2) Yes.\n4) Yes, it could get expensive for the council.');
    expect(f['1']!.hedge).toBe(1);
    expect(f['2']!.hedge).toBeUndefined();
    expect(f['4']!.hedge).toBe(1);
  });
});

describe('statements joined by "and I"', () => {
  it('reads each of two statements joined by "and I" against its own subject, beside a refusal to sign', () => {
    const body = "I don't sign pledges on principle. That said, I have always supported the living wage and I will vote for free school meals.";
    expect(stances(FLAT, body)).toMatchObject({ 1: 'agree', 2: 'agree', 3: 'declined', 6: 'declined' });
  });

  it("a hedge on the candidate's own extra promise does not qualify the pledge", () => {
    expect(stances(FLAT, "1) Yes and I'd add a yearly audit, if the council agrees.")['1']).toBe('agree');
  });
});

describe('double negatives that agree', () => {
  it('reads "I don\'t disagree with" and "can\'t think of a single circumstance in which I wouldn\'t …" as said, and "isn\'t something I\'ll commit to" as a no', () => {
    const s = stances(FLAT, "1. I don't disagree with anything there, so put me down as yes.\n3. I can't think of a single circumstance in which I wouldn't vote against a bypass like that.\n5. Scrapping the charges isn't something I'll commit to.");
    expect(s).toMatchObject({ 1: 'agree', 3: 'agree', 5: 'declined' });
  });

  it('reads "hard not to support" and "can\'t think of anything I\'d be gladder to vote for" as support, and a bare "Not against it" as consent short of a commitment', () => {
    const s = stances(FLAT, "1. I can't think of anything I'd be gladder to vote for.\n4. It would be hard not to support cycle lanes on every main road.\n6. Not against it, as long as the clubs can find the staff.");
    expect(s).toMatchObject({ 1: 'agree', 4: 'agree', 6: 'agree-with-qualifications' });
  });

  it('reads "I cant say I dont like", "hard pressed to find a reason not to" and "not that I\'m not supportive" as support', () => {
    expect(stances(FLAT, '1 - cant say no to the living wage.')['1']).toBe('agree');
    const more = stances(FLAT, "1. I wouldn't be against it at all.\n4. Cycle lanes, there's no reason I can see not to back them.");
    expect(more).toMatchObject({ 1: 'agree', 4: 'agree' });
    const s = stances(FLAT, "The youth clubs, I cant say I dont like the idea.\n\nOn cycle lanes, I'd be hard pressed to find a reason not to support them.\n\nLiving wage: it's not that I'm not supportive, I am.");
    expect(s).toMatchObject({ 6: 'agree', 4: 'agree', 1: 'agree' });
  });

  it('reads "no objection", "can\'t see any reason not to" and "couldn\'t agree more" as agreement', () => {
    expect(stances(FLAT, "1 - No objection.\n2 - I can't see any reason not to.\n4 - I couldn't agree more.")).toMatchObject({ 1: 'agree', 2: 'agree', 4: 'agree', 3: 'no-answer' });
    expect(stances(FLAT, 'I have no issue with the living wage.')['1']).toBe('agree');
  });

  it('reads "can\'t say I disagree", "wouldn\'t say no to it" and "can\'t see any reason we shouldn\'t" as agreement', () => {
    expect(stances(FLAT, "1 - Can't say I disagree with you.\n2 - I wouldn't say no to it.\n6 - I can't see any reason we shouldn't reopen them.")).toMatchObject({
      1: 'agree',
      2: 'agree',
      6: 'agree',
      4: 'no-answer',
    });
  });

  it('reads "no way I would not reject that" as rejecting it, against what an opposing clause opposes', () => {
    expect(stances(FLAT, '3 - Build the bypass? There is no way I would not reject that.')['3']).toBe('agree');
    expect(stances(FLAT, '3 - I would not reject the bypass.')['3']).toBe('declined');
  });

  it('reads "I wouldn\'t say I\'m against X" as leaning towards X, whichever way the clause points', () => {
    expect(stances(FLAT, "4 - I wouldn't say I'm against cycle lanes, our roads need them.")['4']).toMatch(/^agree/);
    expect(stances(FLAT, "3 - I wouldn't say I'm against the bypass.")['3']).toBe('declined');
  });

  it('reads "not something I\'d rule out" as a qualified yes, and "not something for a councillor to decide" as a refusal', () => {
    const s = stances(FLAT, "4 - Not something I'd rule out.\n5 - That is not something for a councillor to decide.");
    expect(s).toMatchObject({ 4: 'agree-with-qualifications', 5: 'declined' });
  });
});

describe('clause polarity', () => {
  it('opposing what an opposing clause opposes is agreement', () => {
    expect(stances(FLAT, 'I am certainly opposed to the construction of the northern bypass.')['3']).toBe('agree');
    expect(stances(NESTED, "3d) I'm opposed to any expansion of the city airport.")['3d.2']).toBe('agree');
  });

  it('"full stop" after an object ends the point; it is not a verb against it', () => {
    expect(stances(FLAT, 'I oppose the bypass full stop.')['3']).toBe('agree');
  });

  it('supporting what an opposing clause opposes is declining', () => {
    expect(stances(FLAT, 'I support the northern bypass; it will take lorries out of the villages.')['3']).toBe('declined');
    expect(stances(FLAT, '3) I support the bypass, provided it has a cycle path.')['3']).toBe('declined');
  });

  it('agreeing or not with "your point about X" is with the pledge, whichever way the pledge points', () => {
    expect(stances(FLAT, "I don't agree with your point about the bypass.")['3']).toBe('declined');
    expect(stances(FLAT, 'I agree with your point on the bypass entirely.')['3']).toBe('agree');
  });

  it('refusing to support what a clause opposes is agreement', () => {
    expect(stances(FLAT, 'I refused to support the bypass when it came to committee.')['3']).toBe('agree');
  });

  it('opposition to something else in a block is elaboration, not disagreement', () => {
    expect(stances(FLAT, '2) Agreed. I am opposed to the backroom deals that cut the meals budget last year.')['2']).toBe('agree');
  });
});

describe('support put as a plain statement', () => {
  it('reads "the least they are owed", "should have been done years ago" and "would change the lives of" as support', () => {
    const s = stances(FLAT, 'Quick answers.\n\nThe real living wage is the least our council workers are owed.\n\nFree school meals for every primary pupil? Should have been done years ago.\n\nReopening the youth clubs would change the lives of the young people on our estates.');
    expect(s).toMatchObject({ 1: 'agree', 2: 'agree', 6: 'agree', 4: 'no-answer' });
  });

  it('lets the model weigh a statement tied to a clause without a word of stance, flagged; a clause nothing is tied to stays unanswered', () => {
    const r = rulingsOf(FLAT, 'Yes to the living wage and to free school meals. Cycle lanes on every main road: the sooner the better for the kids on bikes.');
    expect(r['4']).toMatchObject({ stance: 'agree', needsReview: true });
    expect(r['4']!.reason).toContain('a statement with no word of stance, weighed as a whole');
    expect(r['4']!.evidence[0]!.quote).toContain('Cycle lanes on every main road');
    // Nothing was said of the bypass, parking or youth clubs: however agreeable the reply, they are not answered.
    expect(r['3']).toMatchObject({ stance: 'no-answer', reason: 'not addressed, directly or by a blanket statement' });
    expect(r['6']!.stance).toBe('no-answer');
  });

  it('reads a text message\'s "ya def" and "ya" opening a line as yes, and "get back to ya" as no answer yet', () => {
    const s = stances(FLAT, 'cycle lanes ya def\nya the living wage obvs\nparking i dont know enuf, let me get back to ya on that one.\n\nyouth clubs absolutely!!!');
    expect(s).toMatchObject({ 4: 'agree', 1: 'agree', 5: 'no-answer', 6: 'agree' });
    expect(stances(FLAT, 'youth clubs absolutely not')['6']).not.toBe('agree');
    expect(stances(FLAT, 'Q6 - ofcourse, invite me.')['6']).toBe('agree');
  });
});

describe('text that is not a commitment', () => {
  it("takes no stance from a form's instruction copied into the reply", () => {
    expect(stances(FLAT, 'Please tick YES or NO against each point and add any comment.')).toEqual(everyClause('no-answer'));
  });

  it("takes no stance from a form's signature field, nor from a commitment not given yet", () => {
    expect(stances(FLAT, 'I acknowledge receipt of your pledge and your request that I sign it.')).toEqual(everyClause('no-answer'));
    expect(stances(FLAT, 'I received your pledge card and I appreciate the effort behind it.')).toEqual(everyClause('no-answer'));
    expect(stances(FLAT, '5. Yes\n6.\nSigned: S.K.\nDate: 2/3/26')['6']).toBe('no-answer');
    expect(stances(FLAT, "5. I need to check with the Minister's office before I commit to anything on that, will get back to you next week.")['5']).toBe('no-answer');
  });

  it('quoting the clause back, greetings and signatures take no stance', () => {
    const s = stances(FLAT, 'Dear friends,\n\n> Oppose the construction of the northern bypass.\n\nBest wishes,\nSam');
    expect(new Set(Object.values(s))).toEqual(new Set(['no-answer']));
  });

  it('a quoted clause tells which clause the answer below it is for', () => {
    expect(stances(FLAT, '> Build protected cycle lanes on every main road.\n\nYes, and I cycle to work myself.')['4']).toBe('agree');
  });

  it('digressions do not rule on anything', () => {
    const body = 'I grew up on the Moss estate and worked twenty years as a nurse. The general secretary should be elected, not appointed.';
    expect(new Set(Object.values(precedence(FLAT, body)))).toEqual(new Set(['none']));
    // A statement no clause took may hide an answer: any stance read from it is flagged, never published unseen.
    for (const r of analyseReply(FLAT, replyOf(body))) expect(r.stance === 'no-answer' || r.needsReview, r.clause).toBe(true);
  });

  it('a long run of bare list numbers with no verdict is read once, not every way it could be split', () => {
    // Brackets and spaces here may belong to a number or to the gap after it; the line fails to be a verdict only at
    // its last character, which once made the reading try every split (found by the property test: it never ended).
    const run = Array.from({ length: 80 }, (_, i) => `${i + 5})`).join(' ');
    expect(new Set(Object.values(stances(FLAT, `(n)\n(o ${run}\uFFFD`)))).toEqual(new Set(['no-answer']));
    expect(stances(FLAT, 'Yes 5) 6)')).toMatchObject({ 5: 'agree', 6: 'agree' });
  });
});

describe('roll-up and overrides', () => {
  it('parents roll up from children: all agree → agree; mixed → with qualifications; none → no-answer', () => {
    expect(stances(NESTED, '3a, b, c) Yes. 3d.1 yes. 3d.2 yes. 3d.3 yes.')['3']).toBe('agree');
    const mixed = rulingsOf(NESTED, '3a) Yes.\n3b) No.');
    expect(mixed['3']!.stance).toBe('agree-with-qualifications');
    expect(mixed['3']!.source).toBe('rollup');
    expect(stances(NESTED, '1) Yes.')['3']).toBe('no-answer');
  });

  it('a ruling in the front matter wins, visibly, with its note', () => {
    const r = rulingsOf(NESTED, '1) Yes.', { '1': { stance: 'declined', note: 'withdrawn by phone', line: 3 } });
    expect(r['1']).toMatchObject({ stance: 'declined', source: 'override', note: 'withdrawn by phone', confidence: 1, needsReview: false });
    expect(r['1']!.reason).toContain('the parser said agree');
  });

  it('an override on a parent rules its children and the parents above are rolled up again', () => {
    const r = rulingsOf(NESTED, 'I agree with all the points.', { '3d': { stance: 'declined', note: undefined, line: 3 } });
    expect(r['3d.2']!.stance).toBe('declined');
    expect(r['3d.2']!.source).toBe('override');
    expect(r['3']!.stance).toBe('agree-with-qualifications');
  });
});

describe('the output contract', () => {
  const body = 'Dear all,\n\n1) Agree. I will publish a report after every meeting.\n\n3 c) Agree with qualifications.\nNot in every city.\n';
  const rulings = analyseReply(NESTED, replyOf(body));

  it('rules on every clause, leaves and parents, in programme order', () => {
    expect(rulings.map((r) => r.clause)).toEqual(NESTED.clauses.map((c) => c.id));
  });

  it('quotes evidence exactly from the reply, with its line in the file', () => {
    const lines = body.split('\n');
    for (const r of rulings) {
      for (const e of r.evidence) {
        expect(body).toContain(e.quote);
        expect(lines[e.line - 4]).toContain(e.quote.split('\n')[0]);
      }
    }
    const c = rulings.find((r) => r.clause === '3c')!;
    expect(c).toMatchObject({ stance: 'agree-with-qualifications', source: 'explicit' });
    expect(c.evidence[0]).toEqual({ quote: '3 c) Agree with qualifications.', line: 8 });
    expect(c.reason).toMatch(/^answer under '3 c\)' with qualification cue 'with qualifications'/);
  });

  it('keeps confidences in [0, 1] and flags low ones for review', () => {
    for (const r of rulings) {
      expect(r.confidence).toBeGreaterThanOrEqual(0);
      expect(r.confidence).toBeLessThanOrEqual(1);
      if (r.confidence < NESTED.reviewThreshold) expect(r.needsReview).toBe(true);
    }
  });

  it('flags a stance with nothing quoted to show for it, and the silences of a reply it could not place', () => {
    for (const r of analyseReply(NESTED, replyOf('Signed and returned.\n\nThe weather has been awful.'))) {
      if (r.source !== 'rollup' && r.evidence.length === 0 && r.stance !== 'no-answer') expect(r.needsReview, r.clause).toBe(true);
    }
    const held = analyseReply(FLAT, replyOf('1) Yes.\n\nI have strong views on the rest but my agent says to wait.'));
    for (const r of held) if (r.stance === 'no-answer') expect(r.needsReview, r.clause).toBe(true);
  });
});

describe('ways of writing first seen in batch 65', () => {
  it('"yes to the bus, yes to the drop in, and I oppose …": each comma-led verdict answers its own subject', () => {
    const s = stances(FLAT, 'short version: yes to the meals, yes to the youth clubs, and i oppose any bypass, it would wreck the valley.');
    expect(only(s, ['2', '3', '6'])).toEqual({ '2': 'agree', '3': 'agree', '6': 'agree' });
  });

  it('"I can\'t sign that bit" after naming "the fourth one" points back at it, past "again"', () => {
    const s = stances(FLAT, "I've just read the fourth one again and I can't sign that bit. Happy with the others.");
    expect(s['4']).toBe('declined');
  });

  it('"Q1 up to Q5" is a range, and a thumbs-up with a skin tone is a yes', () => {
    const prefixed = programmeOf(`
title: Prefixed
clauses:
  - { id: Q1, title: Water, text: Fund borehole repairs. }
  - { id: Q2, title: Schools, text: Build two classrooms. }
  - { id: Q3, title: Land, text: Survey the land. }
  - { id: Q4, title: Jobs, text: Hire locally. }
  - { id: Q5, title: Roads, text: Grade the feeder roads. }
  - { id: Q6, title: Clinic, text: Open a clinic. }
`);
    const s = stances(prefixed, '👍🏾👍🏾 to all of them Q1 up to Q5');
    expect(s).toEqual({ Q1: 'agree', Q2: 'agree', Q3: 'agree', Q4: 'agree', Q5: 'agree', Q6: 'no-answer' });
  });

  it('"Sorry, not doing questionnaires this time round" declines every clause', () => {
    expect(stances(FLAT, 'Sorry, not doing questionnaires this time round. Gus')).toEqual(everyClause('declined'));
  });

  it('an out-of-office reply "on my return" is no answer, whatever clause word it shares', () => {
    const s = stances(FLAT, 'Thank you for your email. I will respond to your message about school meals on my return on 5th December.');
    expect(s['2']).toBe('no-answer');
  });

  it('a paragraph opened by a title and its reference in brackets answers that clause: "School meals (2). Yes."', () => {
    const body = "Dear all,\n\nSchool meals (2). Yes. I'd be proud to see that in the first budget.\n\nYouth clubs (point 6). Every town needs one and the money is there. Simple as that, I'm in favour.\n";
    const r = rulingsOf(FLAT, body);
    expect([r['2']!.stance, r['2']!.source, r['2']!.evidence[0]?.quote]).toEqual(['agree', 'explicit', 'School meals (2). Yes.']);
    expect([r['6']!.stance, r['6']!.source]).toEqual(['agree', 'explicit']);
  });

  it("the candidate's own earlier message quoted below \"-----Original Message-----\" is read as theirs", () => {
    const body = [
      'From: Alain Cormier',
      'Sent: April 16, 2028 9:12 PM',
      'Subject: RE: RE: pledge',
      '',
      'One change: 5 - scratch that, I can no longer back it.',
      '',
      '-----Original Message-----',
      'From: Alain Cormier',
      'Sent: April 14, 2028 6:40 PM',
      'Subject: RE: pledge',
      '',
      '1 - Yes',
      '2 - Yes',
      '',
      '-----Original Message-----',
      'From: Town Campaign',
      'Sent: April 1, 2028',
      '',
      '4 - Build protected cycle lanes on every main road. Yes or no?',
    ].join('\n');
    const s = stances(FLAT, body);
    expect(only(s, ['1', '2', '4'])).toEqual({ '1': 'agree', '2': 'agree', '4': 'no-answer' });
  });
});

describe('ways of writing first seen in batch 66', () => {
  it('"Only one on your list I\'d put my name to is …" under a refusal to sign picks one clause, not the list', () => {
    const s = stances(FLAT, "I dont sign pledges. Only one on your list Id put my name to is the youth clubs one.");
    expect(s['1']).toBe('declined');
    expect(s['2']).toBe('declined');
  });

  it('"I will vote for fitting all of them" is about the things fitted, not every clause', () => {
    const s = stances(FLAT, "I don't sign pledges. If it comes to council I will vote for building all of them, the sooner the better.");
    expect(only(s, ['1', '2', '5', '6'])).toEqual({ '1': 'declined', '2': 'declined', '5': 'declined', '6': 'declined' });
  });

  it('a form line "Agree [X] Disagree [ ] Comment: …" is ticked for the option before its box', () => {
    const s = stances(FLAT, '3. Agree [X] Disagree [ ] Comment: only if the county pays for the new junction first.\n4. Agree [ ] Disagree [X] Comment: the roads are too narrow.');
    expect(s['3']).toBe('agree-with-qualifications');
    expect(s['4']).toBe('declined');
  });

  it('"I-2" on a programme whose ids are I-1, I-2, II-1 … is that clause, not a range from section I to II', () => {
    const sections = programmeOf(`
title: Sections
clauses:
  - id: "I"
    title: Water
    text: "Water:"
    clauses:
      - { id: I-1, title: Ditches, text: Fund ditch repairs. }
      - { id: I-2, title: Headgates, text: Replace the headgates. }
  - id: "II"
    title: Land
    text: "Land:"
    clauses:
      - { id: II-1, title: Leases, text: Lease county land to farmers. }
      - { id: II-2, title: Zoning, text: Keep the farm zoning. }
`);
    expect(stances(sections, 'I-2: yes\n\nII-1: no')).toMatchObject({ 'I-1': 'no-answer', 'I-2': 'agree', 'II-1': 'declined', 'II-2': 'no-answer' });
  });
});

describe('ways of writing first seen in batch 67', () => {
  const dotted = programmeOf(`
title: Dotted sections
clauses:
  - id: "A"
    title: Care homes
    text: "Care homes:"
    clauses:
      - { id: A.1, title: Staffing, text: Legislate 4.1 hours of care a day. }
      - { id: A.2, title: Inspections, text: Publish every inspection. }
      - { id: A.3, title: No new for-profit homes, text: Oppose new for-profit homes. }
  - id: "B"
    title: Home support
    text: "Home support:"
    clauses:
      - { id: B.1, title: Wages, text: Pay home support workers $25 an hour. }
      - { id: B.2, title: Assessment, text: Assess every client within 10 days. }
      - { id: B.3, title: Fees, text: Refuse any new fee. }
  - id: "C"
    title: Pensions
    text: "Pensions:"
    clauses:
      - { id: C.1, title: Top-up, text: Raise the seniors' top-up. }
      - { id: C.2, title: Deferral, text: Defer property tax for seniors. }
      - { id: C.3, title: Cap, text: Cap reassessments. }
`);

  it('"A.3" written whole is that clause, not the third section or all of section A', () => {
    const s = stances(dotted, '| Pledge | Answer | Comment |\n|---|---|---|\n| A.3 | Yes, with one caveat | Projects already under way must be honoured. |\n| C.1 | Yes | |\n');
    expect(only(s, ['A.1', 'A.2', 'A.3', 'C.1', 'C.2', 'C.3'])).toEqual({ 'A.1': 'no-answer', 'A.2': 'no-answer', 'A.3': 'agree-with-qualifications', 'C.1': 'agree', 'C.2': 'no-answer', 'C.3': 'no-answer' });
  });

  it('"Not filling these out this time round" refuses the whole card, whatever follows it', () => {
    const s = stances(dotted, "Not filling these out this time round, sorry folks - platform's on my website. Bill");
    expect(new Set(Object.entries(s).filter(([id]) => id.includes('.')).map(([, v]) => v))).toEqual(new Set(['declined']));
  });
});

describe('ways of writing first seen in batch 68', () => {
  it('"I\'m going to leave section 1 alone" refuses to answer that section', () => {
    const s = stances(NESTED, "I'm going to leave section 3 alone I'm afraid. The first two are fine by me.");
    expect(only(s, ['3a', '3b', '3d.1'])).toEqual({ '3a': 'declined', '3b': 'declined', '3d.1': 'declined' });
  });

  it('"my number one priority" is a rank, not clause 1', () => {
    const s = stances(FLAT, 'Cycle lanes are my number one priority and I will fight for every metre of them.');
    expect(s['1']).toBe('no-answer');
    expect(s['4']).toBe('agree');
  });
});

describe('ways of writing first seen in batch 69', () => {
  const ROMAN = programmeOf(`
title: Respite pledge
clauses:
  - { id: "I", title: Respite beds, text: Keep twelve respite beds open all year. }
  - { id: "II", title: Day centres, text: Reopen the day centres on Saturdays. }
  - { id: "III", title: Carers card, text: Give every carer a free travel card. }
  - { id: "IV", title: Parking, text: Free parking for carers at the hospital. }
  - { id: "V", title: Clinics, text: Hold a carers' clinic every quarter. }
`);

  it('"👍 I to III" is a yes to the range the thumb stands before (the roman I is not the pronoun)', () => {
    const s = stances(ROMAN, "👍 I to III. Can't sign IV or V as they're written, sorry. Niamh");
    expect(s).toEqual({ I: 'agree', II: 'agree', III: 'agree', IV: 'declined', V: 'declined' });
  });

  it('"Ok 2 and 3" is a yes to those two and nothing else', () => {
    const s = stances(FLAT, 'Ok 2 and 3');
    expect(s).toEqual({ ...everyClause('no-answer'), '2': 'agree', '3': 'agree' });
  });

  it('"Ok so here goes", "ok quick answers" settle the speaker in; they say yes to nothing', () => {
    for (const body of ['ok quick answers\n\nYouth clubs: not sure yet.', 'Ok so here goes.\n\nYouth clubs: not sure yet.']) {
      expect(Object.values(stances(FLAT, body)), body).not.toContain('agree');
    }
  });

  it('"No thanks, I won\'t be signing – …" refuses every clause: the reason after the dash is not what it refuses to sign', () => {
    const s = stances(FLAT, "No thanks, I won't be signing – the town needs that road and I'll say so to anyone who asks.");
    expect(s).toEqual(everyClause('declined'));
  });

  it('"I won\'t be signing up to that one" refuses the clause just spoken of, not the programme', () => {
    const s = stances(FLAT, "Youth clubs, yes of course.\n\nCycle lanes on every main road? I won't be signing up to that one.");
    expect(s).toEqual({ ...everyClause('no-answer'), '4': 'declined', '6': 'agree' });
  });
});

describe('ways of writing first seen in batch 70', () => {
  const LETTERED = programmeOf(`
title: Studios pledge
clauses:
  - { id: A, title: Studios, text: Keep the wool store studios at peppercorn rent. }
  - { id: B, title: Gallery, text: Fund a public gallery on the ground floor. }
  - { id: C, title: Heritage listing, text: Seek heritage listing for the stores. }
  - { id: D, title: Rates relief, text: Give artists rates relief. }
  - { id: E, title: No sale, text: Vote against any sale of the stores. }
  - { id: F, title: Murals, text: Commission murals on the laneways. }
`);

  it('a rule of underscores with no "From:" under it sets the real answer apart from an auto-reply; it is not a quoted trail', () => {
    const body = 'Automatic reply: I am away until 22 March.\n\nJane\n\n________________________________\n\nBack now, sorry for the wait! Yes to all of them.\n';
    expect(stances(FLAT, body)).toEqual(everyClause('agree'));
    // With a header under it, the rule still opens the organiser's message.
    const quoted = 'Yes to 1.\n\n________________________________\nFrom: Campaign <info@campaign.org>\nSent: 2 March\n\nPlease say yes to all of them.\n';
    expect(stances(FLAT, quoted)).toEqual({ ...everyClause('no-answer'), '1': 'agree' });
  });

  it('"The rest I support in principle, subject to …" after numbered answers covers the rest, not the clause answered last', () => {
    const r = rulingsOf(FLAT, '1 – I support it, fully.\n3 – I oppose the bypass.\n\nThe rest I support in principle, subject to what we can afford in the budget.');
    expect([r['1']!.stance, r['3']!.stance]).toEqual(['agree', 'agree']);
    for (const id of ['2', '4', '5', '6']) {
      expect(r[id]!.source, id).toBe('blanket');
      // The blanket carries the paragraph's qualification ("in principle, subject to …"), not a plain yes.
      expect(r[id]!.reason, id).toMatch(/blanket statement 'the rest' .*\(qualification cue\)/);
    }
  });

  it('"I will not be signing yours or giving clause-by-clause answers" refuses the whole programme', () => {
    const s = stances(FLAT, 'Our alliance decided that none of our candidates will sign pledges from outside organisations, so I will not be signing yours or giving clause-by-clause answers.');
    expect(s).toEqual(everyClause('declined'));
  });

  it('"P1 through P4: I am in full agreement" agrees with the whole range', () => {
    const s = stances(FLAT, '1 through 4: I am in full agreement. I worked for eleven years as a nurse.\n\n6: Yes.');
    expect(s).toEqual({ '1': 'agree', '2': 'agree', '3': 'agree', '4': 'agree', '5': 'no-answer', '6': 'agree' });
  });

  it('"I support A, B and F. C and D I\'d need to see costed …": a lone capital after a stop starts a new sentence; "Not able to commit on E" declines it', () => {
    const s = stances(LETTERED, "Thanks for the pledge. I support A, B and F. C and D I'd need to see costings from officers before committing. Not able to commit on E.");
    expect(s).toEqual({ A: 'agree', B: 'agree', C: 'agree-with-qualifications', D: 'agree-with-qualifications', E: 'declined', F: 'agree' });
  });
});

describe('ways of writing first seen in batches 71 and 72', () => {
  const SECTIONS = programmeOf(`
title: Sugar workers' pledge
clauses:
  - { id: A, title: Dead season, text: Support workers in the dead season., clauses: [{ id: A.1, title: Cash aid, text: Fund cash aid. }, { id: A.2, title: Rice, text: Give rice. }] }
  - { id: B, title: Housing, text: House the workers., clauses: [{ id: B.1, title: Relocation site, text: Set aside land. }, { id: B.2, title: Titles, text: Give land titles. }] }
`);

  it('"suportado ko A1 asta B1 po!!": a range joined by "asta" (until), ids written without their dot, and "suportado" (I support)', () => {
    const s = stances(SECTIONS, 'suportado ko A1 asta B1 po!!');
    expect(only(s, ['A.1', 'A.2', 'B.1', 'B.2'])).toEqual({ 'A.1': 'agree', 'A.2': 'agree', 'B.1': 'agree', 'B.2': 'no-answer' });
  });

  it('"There\'s no reason I wouldn\'t vote against those" agrees with a clause that asks to vote against them', () => {
    expect(stances(FLAT, "3: There's no reason I wouldn't vote against that road.")['3']).toBe('agree');
    expect(stances(FLAT, "4: There's no reason I wouldn't vote against that.")['4']).toBe('declined');
  });
});

describe('ways of writing first seen in batches 73 and 74', () => {
  it('"I won\'t be filling in this form" refuses the whole programme', () => {
    const s = stances(FLAT, "I won't be filling in this form. I answer to voters, not to organisations' checklists. Come and ask me face to face.");
    expect(s).toEqual(everyClause('declined'));
  });

  it('"Oo, tanan" (yes, all: Cebuano) agrees with every clause', () => {
    const s = stances(FLAT, 'Maayong gabii! Nadawat nako ang pledge. Oo, tanan. Padayon sa inyong laban 🙏');
    expect(s).toEqual(everyClause('agree'));
  });
});

describe('ways of writing first seen in batches 74 and 75', () => {
  const TABLE = (rows: string): string => `| Clause | Answer | Comment |\n|---|---|---|\n${rows}`;

  it('a table row\'s "No" cell is its verdict, whatever words of support its comment uses', () => {
    const s = stances(FLAT, TABLE("| 1 | Yes | |\n| 5 | No | I'd rather the hospital kept the money, it's only fair. |\n| 6 | No | I support the intention behind this, but I will not vote for it this term. |"));
    expect(only(s, ['1', '5', '6'])).toEqual({ '1': 'agree', '5': 'declined', '6': 'declined' });
  });

  it('a "No" cell explained as against what the clause opposes keeps that reading ("No | not one new road")', () => {
    expect(stances(FLAT, TABLE('| 3 | No | I oppose the northern bypass and any road like it. |'))['3']).toBe('agree');
  });

  it('"Yes*", "YES, BUT" and "Yes, with a phase-in" in an answer cell are a yes with a limit', () => {
    const body = TABLE('| 2 | Yes* | *if the budget allows |\n| 4 | YES, BUT | Only on the main roads. |\n| 6 | Yes, with a phase-in | Over two years. |');
    const f = featuresOf(FLAT, body);
    for (const id of ['2', '4', '6']) expect(f[id]!['cell.qual'], id).toBeGreaterThan(0);
    // The model weighs a yes with a thing attached against the plain "Yes" in its words: the footnote and the dangling
    // "but" are read as limits, "with a phase-in" not yet.
    expect(only(stances(FLAT, body), ['2', '4'])).toEqual({ '2': 'agree-with-qualifications', '4': 'agree-with-qualifications' });
  });

  it('a printed form\'s lines, the item, a leader of dots and the mark ("B  Channel crossings ...... ✓"), answer their clauses', () => {
    const body = [
      'Please mark ✓ (support) or ✗ (do not support) for each clause.',
      '',
      '1  Living wage ..................... ✓',
      '2  Free school meals ............... ✓',
      '3  No to the bypass ................ ✗  The town needs that road.',
      '4  Cycle lanes ..................... YES',
      '5  Scrap parking charges ...........',
      '6  Youth clubs ..... [ ] Agree  [ ] Disagree',
    ].join('\n');
    expect(stances(FLAT, body)).toEqual({ '1': 'agree', '2': 'agree', '3': 'declined', '4': 'agree', '5': 'no-answer', '6': 'no-answer' });
  });

  it('"I\'m not going to answer 4 at all" refuses clause 4, not the programme; "nothing in 1, 2 or 5 that I\'d disagree with" agrees', () => {
    const s = stances(FLAT, "I'm not going to answer 4 at all, I'd be conflicted.\n\nThere's nothing in 1, 2 or 5 that I'd disagree with.");
    expect(s).toEqual({ '1': 'agree', '2': 'agree', '3': 'no-answer', '4': 'declined', '5': 'agree', '6': 'no-answer' });
  });

  it('a line of boxes each before a clause\'s id ("[X] 1   [X] 2   [ ] 3") answers each clause by its box', () => {
    const s = stances(FLAT, '[X] 1   [X] 2   [ ] 3   [X] 4   [X] 5   [X] 6\n\nThanks, Priya');
    expect(only(s, ['1', '2', '4', '5', '6'])).toEqual({ '1': 'agree', '2': 'agree', '4': 'agree', '5': 'agree', '6': 'agree' });
    expect(s['3']).not.toBe('agree');
  });

  it('bare Yes/No lines one short of the programme answer the first clauses in order, whatever follows the last', () => {
    const s = stances(FLAT, "Yes\nYes\nNo\nYes\nYes\n\nDidnt understand the last one, who runs these clubs now?");
    expect(only(s, ['1', '2', '3', '4', '5'])).toEqual({ '1': 'agree', '2': 'agree', '3': 'declined', '4': 'agree', '5': 'agree' });
    expect(s['6']).toBe('no-answer');
  });

  it('limits in plain words after a yes: "I\'d want the method agreed … before", "a lot of meetings for volunteers", "a lot to ask"', () => {
    const s = stances(FLAT, [
      "1 – Yes, though I'd want the pay scales agreed with the unions before anything changes.",
      '4 - cycle lanes yes, but a route meeting every month is a lot of meetings for volunteers.',
      '6 - Yes. Reopening all of them at once is a lot to ask of the budget.',
    ].join('\n'));
    expect(only(s, ['1', '4', '6'])).toEqual({ '1': 'agree-with-qualifications', '4': 'agree-with-qualifications', '6': 'agree-with-qualifications' });
  });

  it('"5 - sorry can\'t tick it" declines the clause', () => {
    expect(stances(FLAT, "1 yes\n\n5 - sorry can't tick it, the hospital needs the income.")['5']).toBe('declined');
  });
});

describe('ways of writing first seen in batch 76', () => {
  it("the candidate's own earlier answers, quoted below a correction or an auto-reply, are read; the organiser's are not", () => {
    const own = 'Sorry, one more change: I have had a rethink on the parking charges.\n\n-----Original Message-----\nFrom: Test Candidate\nSent: Monday\nTo: campaign@example.org\n\n1 - Yes.\n2 - Yes.\n6 - Yes.\n';
    expect(only(stances(FLAT, own), ['1', '2', '6'])).toEqual({ '1': 'agree', '2': 'agree', '6': 'agree' });
    const autoReply = 'This is an automated message. This mailbox is not monitored daily.\n\n---\n\nOn Sun, 6 Apr 2028 at 8:47 PM Test Candidate wrote:\n\n1 yes, 2 yes, 6 yes\n';
    expect(only(stances(FLAT, autoReply), ['1', '2', '6'])).toEqual({ '1': 'agree', '2': 'agree', '6': 'agree' });
    const theirs = own.replace('From: Test Candidate', 'From: Campaign Team');
    expect(only(stances(FLAT, theirs), ['1', '2', '6'])).toEqual({ '1': 'no-answer', '2': 'no-answer', '6': 'no-answer' });
  });

  it('the candidate\'s own message quoted with "> " below a correction is read; the organiser\'s quoted inside it is not', () => {
    const body = [
      'Quick correction to what I sent on Sunday, the rest stands.',
      '',
      '> From: Test Candidate',
      '> Sent: 13 April 2028 17:30',
      '>',
      '> 1 - Yes',
      '> 2 - Yes, fully.',
      '>',
      '>> From: Campaign Team',
      '>> Sent: 10 April 2028',
      '>> 6 - Reopen the youth clubs. We hope you will say yes to this one.',
    ].join('\n');
    expect(only(stances(FLAT, body), ['1', '2', '6'])).toEqual({ '1': 'agree', '2': 'agree', '6': 'no-answer' });
    expect(only(stances(FLAT, body.replace('> From: Test Candidate', '> From: Someone Else')), ['1', '2'])).toEqual({ '1': 'no-answer', '2': 'no-answer' });
  });

  it('"Pirmado na ko sa tanan, I.1 to II.2": signed (Cebuano), and a range between ids of roman sections', () => {
    const SECTIONS = programmeOf(`
title: River pledge
clauses:
  - { id: I, title: Walls, text: Build the walls., clauses: [{ id: I.1, title: Wall, text: Build a wall. }, { id: I.2, title: Pumps, text: Buy pumps. }] }
  - { id: II, title: Homes, text: House the families., clauses: [{ id: II.1, title: Site, text: Find a site. }, { id: II.2, title: Titles, text: Give titles. }, { id: II.3, title: Fees, text: Waive fees. }] }
`);
    const s = stances(SECTIONS, 'Hello po!! Pirmado na ko sa tanan, I.1 to II.2. Thank you.');
    expect(only(s, ['I.1', 'I.2', 'II.1', 'II.2', 'II.3'])).toEqual({ 'I.1': 'agree', 'I.2': 'agree', 'II.1': 'agree', 'II.2': 'agree', 'II.3': 'no-answer' });
  });
});

describe('ways of writing first seen in batch 77', () => {
  const ROMAN = programmeOf(`
title: Countryside pledge
clauses:
  - { id: i, title: Leases, text: Offer ten-year land leases. }
  - { id: ii, title: Schools, text: Keep the village schools open. }
  - { id: iii, title: Land, text: Oppose any sale of city arable land. }
  - { id: iv, title: Broadband, text: Fund rural broadband. }
`);

  it('"Signed, all of i to iii": a range of roman ids after "all of"', () => {
    expect(stances(ROMAN, 'Moro! Signed, all of i to iii. No buts. -J (sent from my phone)')).toEqual({ i: 'agree', ii: 'agree', iii: 'agree', iv: 'no-answer' });
  });

  it('"go ako sa lahat" (Tagalog: I am for all of it), with "di pa ako sure" (not sure yet) on one clause', () => {
    const FARMS = programmeOf(`
title: Farmers' pledge
clauses:
  - { id: A1, title: Water, text: Protect the irrigation water. }
  - { id: A2, title: Rent cap, text: Cap land rent at 10%. }
  - { id: B1, title: Local hiring, text: Hire locally first. }
`);
    const s = stances(FARMS, 'sir/mam go ako sa lahat ng nasa pledge 👍👍 pero yung A2 rent cap medyo di pa ako sure, pag aaralan ko muna');
    expect(s).toEqual({ A1: 'agree', A2: 'no-answer', B1: 'agree' });
  });
});

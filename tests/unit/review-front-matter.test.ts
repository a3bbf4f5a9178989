// Writing reviewed rulings into front matter: only the ruling's own characters change, whatever the file looks like.
import { describe, expect, it } from 'vitest';
import { carryRulings, setRuling, type RulingEdit } from '../../src/review/front-matter.js';

const BODY = 'Agree with 1).\n\n  Indented line, trailing spaces   \n3a) yes';

interface Case {
  name: string;
  before: string;
  edit: RulingEdit;
  after: string;
}

const CASES: Case[] = [
  {
    name: 'adds rulings: after comments when there are none, in line with the other keys',
    before: `---\n# who wrote it\ncandidate: Ann Lee   # as signed\nreceived: 2022-08-20\n# end of the header\n---\n${BODY}`,
    edit: { clause: '1', stance: 'agree' },
    after: `---\n# who wrote it\ncandidate: Ann Lee   # as signed\nreceived: 2022-08-20\n# end of the header\nrulings:\n  "1": agree\n---\n${BODY}`,
  },
  {
    name: 'changes an unquoted short ruling in place, keeping its comment',
    before: `---\ncandidate: Ann Lee\nrulings:\n  3a: declined   # the parser said so\n  "1": agree\n---\n${BODY}`,
    edit: { clause: '3a', stance: 'agree-with-qualifications' },
    after: `---\ncandidate: Ann Lee\nrulings:\n  3a: agree-with-qualifications   # the parser said so\n  "1": agree\n---\n${BODY}`,
  },
  {
    name: 'gives a short ruling a note as a flow map',
    before: `---\ncandidate: Ann Lee\nrulings:\n  '1': agree\n---\n${BODY}`,
    edit: { clause: '1', stance: 'declined', note: 'said "no" at the hustings' },
    after: `---\ncandidate: Ann Lee\nrulings:\n  '1': { stance: declined, note: "said \\"no\\" at the hustings" }\n---\n${BODY}`,
  },
  {
    name: 'adds a ruling under three-space keys, quoted as the other keys are',
    before: `---\ncandidate: Ann Lee\nrulings:\n   "1": agree\n   "3a": declined\n     # a comment deeper in\nsource: https://example.org/a\n---\n${BODY}`,
    edit: { clause: '2', stance: 'no-answer' },
    after: `---\ncandidate: Ann Lee\nrulings:\n   "1": agree\n   "3a": declined\n   "2": no-answer\n     # a comment deeper in\nsource: https://example.org/a\n---\n${BODY}`,
  },
  {
    name: 'adds a plain key where the keys are mixed, and quotes one YAML would read as a number',
    before: `---\ncandidate: Ann Lee\nrulings:\n    3a: agree\n    "1": declined\n---\n${BODY}`,
    edit: { clause: '2.10', stance: 'agree' },
    after: `---\ncandidate: Ann Lee\nrulings:\n    3a: agree\n    "1": declined\n    "2.10": agree\n---\n${BODY}`,
  },
  {
    name: 'keeps a flow map’s note when only the stance changes',
    before: `---\ncandidate: Ann Lee\nrulings:\n  3g.2: {stance: agree,   note: 'kept as written'}\n---\n${BODY}`,
    edit: { clause: '3g.2', stance: 'declined' },
    after: `---\ncandidate: Ann Lee\nrulings:\n  3g.2: {stance: declined,   note: 'kept as written'}\n---\n${BODY}`,
  },
  {
    name: 'edits a block map’s stance and its block-scalar note in place',
    before: `---\ncandidate: Ann Lee\nrulings:\n  3a:\n      stance: agree   # first look\n      note: |\n        two\n        lines\n  3b: agree\n---\n${BODY}`,
    edit: { clause: '3a', stance: 'declined', note: 'one line' },
    after: `---\ncandidate: Ann Lee\nrulings:\n  3a:\n      stance: declined   # first look\n      note: "one line"\n  3b: agree\n---\n${BODY}`,
  },
  {
    name: 'adds a note line to a block map, and removes one with an empty note',
    before: `---\ncandidate: Ann Lee\nrulings:\n  3a:\n    stance: agree\n---\n${BODY}`,
    edit: { clause: '3a', stance: 'agree', note: 'checked' },
    after: `---\ncandidate: Ann Lee\nrulings:\n  3a:\n    stance: agree\n    note: "checked"\n---\n${BODY}`,
  },
  {
    name: 'removes a note with an empty note',
    before: `---\ncandidate: Ann Lee\nrulings:\n  3a:\n    stance: agree\n    note: checked   # why\n  3b: declined\n---\n${BODY}`,
    edit: { clause: '3a', stance: 'agree', note: '' },
    after: `---\ncandidate: Ann Lee\nrulings:\n  3a:\n    stance: agree\n  3b: declined\n---\n${BODY}`,
  },
  {
    name: 'adds to a flow map of rulings',
    before: `---\ncandidate: Ann Lee\nrulings: { 3a: agree }  # short\n---\n${BODY}`,
    edit: { clause: '3b', stance: 'declined', note: 'n' },
    after: `---\ncandidate: Ann Lee\nrulings: { 3a: agree, 3b: { stance: declined, note: "n" } }  # short\n---\n${BODY}`,
  },
  {
    name: 'fills an empty flow map of rulings',
    before: `---\ncandidate: Ann Lee\nrulings: {}   # none yet\nsource: x\n---\n${BODY}`,
    edit: { clause: '3a', stance: 'agree' },
    after: `---\ncandidate: Ann Lee\nrulings: { 3a: agree }   # none yet\nsource: x\n---\n${BODY}`,
  },
  {
    name: 'keeps a byte-order mark and CRLF line endings, and writes the new lines with CRLF',
    before: `\ufeff---\r\ncandidate: Ann Lee\r\nrulings:\r\n  "1": agree\r\n---\r\n${BODY.replaceAll('\n', '\r\n')}\r\n`,
    edit: { clause: '3a', stance: 'declined', note: 'asked again' },
    after: `\ufeff---\r\ncandidate: Ann Lee\r\nrulings:\r\n  "1": agree\r\n  "3a": { stance: declined, note: "asked again" }\r\n---\r\n${BODY.replaceAll('\n', '\r\n')}\r\n`,
  },
  {
    name: 'puts rulings: in line with an indented front matter',
    before: `---\n  candidate: Ann Lee\n  received: 2022-08-20\n---\n${BODY}`,
    edit: { clause: '3a', stance: 'agree' },
    after: `---\n  candidate: Ann Lee\n  received: 2022-08-20\n  rulings:\n    3a: agree\n---\n${BODY}`,
  },
];

describe('setRuling', () => {
  it.each(CASES)('$name', ({ before, edit, after }) => {
    expect(setRuling(before, edit)).toEqual({ ok: true, text: after, changed: true });
  });

  it('changes nothing when the file already says so', () => {
    const text = `---\ncandidate: Ann Lee\nrulings:\n  3a: { stance: agree, note: "x" }\n---\n${BODY}`;
    expect(setRuling(text, { clause: '3a', stance: 'agree' })).toEqual({ ok: true, text, changed: false });
    expect(setRuling(text, { clause: '3a', stance: 'agree', note: 'x' })).toEqual({ ok: true, text, changed: false });
  });

  it('refuses a file it cannot edit safely, naming the line', () => {
    expect(setRuling(`candidate: Ann Lee\n${BODY}`, { clause: '1', stance: 'agree' })).toMatchObject({ ok: false, line: 1 });
    expect(setRuling('---\rcandidate: Ann Lee\r---\rtext', { clause: '1', stance: 'agree' })).toMatchObject({ ok: false, line: 1 });
    const list = setRuling(`---\ncandidate: Ann Lee\nrulings:\n  - agree\n---\n${BODY}`, { clause: '1', stance: 'agree' });
    expect(list).toMatchObject({ ok: false });
  });
});

describe('carryRulings', () => {
  const next = '---\ncandidate: Ann Lee\nreceived: 2022-09-01\n---\nThe reply, imported again.\n';

  it('carries the rulings block as written, comments and notes included, into the new front matter', () => {
    const previous = `---\r\ncandidate: Ann Lee\r\nrulings:   # reviewed by J.\r\n    "1": agree\r\n    3a: { stance: declined, note: 'said no' }\r\n    # 3b still open\r\nsource: x\r\n---\r\nOld reply.\r\n`;
    expect(carryRulings(previous, next)).toEqual({
      ok: true,
      kept: ['1', '3a'],
      text: `---\ncandidate: Ann Lee\nreceived: 2022-09-01\nrulings:   # reviewed by J.\n    "1": agree\n    3a: { stance: declined, note: 'said no' }\n    # 3b still open\n---\nThe reply, imported again.\n`,
    });
  });

  it('leaves the new file as it is when there is nothing to carry', () => {
    expect(carryRulings('---\ncandidate: Ann Lee\n---\nOld.\n', next)).toEqual({ ok: true, text: next, kept: [] });
    expect(carryRulings('no front matter at all\n', next)).toEqual({ ok: true, text: next, kept: [] });
  });

  it('refuses when the old front matter cannot be read but holds rulings', () => {
    expect(carryRulings('---\ncandidate: [Ann Lee\nrulings:\n  "1": agree\n---\nOld.\n', next)).toMatchObject({ ok: false });
  });
});

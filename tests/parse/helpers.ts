// Small programmes and replies written inline, for parser tests that read like the rule they check.
import { parseProgramme } from '../../src/load/programme.js';
import type { Programme } from '../../src/model/programme.js';
import type { Reply } from '../../src/model/reply.js';
import type { Ruling } from '../../src/model/ruling.js';
import { analyseReply, replyFeatures } from '../../src/parse/index.js';
import { FEATURES } from '../../src/parse/features.js';

/** A programme from YAML text; throws with the diagnostics when it does not load. */
export function programmeOf(yaml: string): Programme {
  const { programme, diagnostics } = parseProgramme(yaml, 'pledges.yaml');
  if (!programme) throw new Error(diagnostics.map((d) => `${d.line}:${d.col} ${d.message}`).join('\n'));
  return programme;
}

/** A reply whose body starts on line 4 of its file, as after a three-line front matter. */
export function replyOf(body: string, rulings: Reply['rulings'] = {}): Reply {
  return { file: 'data/test.md', candidate: 'Test Candidate', received: undefined, source: undefined, rulings, body, bodyLine: 4 };
}

/** Clause id → stance, for compact assertions. */
export function stances(programme: Programme, body: string, rulings: Reply['rulings'] = {}): Record<string, string> {
  return Object.fromEntries(analyseReply(programme, replyOf(body, rulings)).map((r) => [r.clause, r.stance]));
}

export function rulingsOf(programme: Programme, body: string, rulings: Reply['rulings'] = {}): Record<string, Ruling> {
  return Object.fromEntries(analyseReply(programme, replyOf(body, rulings)).map((r) => [r.clause, r]));
}

/** A nested programme like the bundled one: 1, 2, 3 → 3a…3d, 3d → three bullets; one clause asks to oppose. */
export const NESTED = programmeOf(`
title: Test programme
clauses:
  - id: "1"
    title: Publish reports
    text: Will publish regular reports of meetings, including how members voted.
    keywords: [reports, how members voted]
  - id: "2"
    title: Selected by ballot
    text: Have been selected by a ballot of the membership.
    keywords: [ballot of the membership, selection]
  - id: "3"
    title: Minimum platform
    text: "Stand on a minimum platform that includes a commitment to:"
    keywords: [minimum platform]
    clauses:
      - id: 3a
        title: Public ownership
        text: Campaign for public ownership of the railways and the water companies.
        keywords: [public ownership, railways, water companies, nationalisation]
      - id: 3b
        title: Open selections
        text: Campaign for open selections for every elected representative.
        keywords: [open selections, reselection]
      - id: 3c
        title: Rent controls
        text: Campaign for rent controls in every city.
        keywords: [rent controls, rents, tenants]
      - id: 3d
        title: Against the incinerator
        text: "Campaign against:"
        clauses:
          - id: 3d.1
            title: No incinerator
            text: oppose the building of the Marsh Lane waste incinerator;
            keywords: [incinerator, Marsh Lane]
          - id: 3d.2
            title: No airport expansion
            text: oppose the expansion of the city airport;
            keywords: [airport, expansion, runway]
          - id: 3d.3
            title: No library closures
            text: oppose the closure of branch libraries.
            keywords: [libraries, library closures]
`);

/** A flat programme of six numbered pledges, two asking to oppose something. */
export const FLAT = programmeOf(`
title: Flat test programme
clauses:
  - { id: "1", title: Living wage, text: Pay every council worker the real living wage., keywords: [living wage, pay] }
  - { id: "2", title: Free school meals, text: Extend free school meals to every primary pupil., keywords: [school meals, free meals] }
  - { id: "3", title: No to the bypass, text: Oppose the construction of the northern bypass., keywords: [bypass, road building] }
  - { id: "4", title: Cycle lanes, text: Build protected cycle lanes on every main road., keywords: [cycle lanes, cycling] }
  - { id: "5", title: Scrap parking charges, text: Scrap parking charges at the hospital., keywords: [parking charges, hospital parking] }
  - { id: "6", title: Youth clubs, text: Reopen the youth clubs closed since 2015., keywords: [youth clubs, young people] }
`);

/** Clause id → the features the detectors gave it that have a value (rounded), for deterministic assertions. */
export function featuresOf(programme: Programme, body: string): Record<string, Record<string, number>> {
  const { features } = replyFeatures(programme, body);
  return Object.fromEntries(
    features.leaves.map((leaf) => [leaf.clause, Object.fromEntries(leaf.active.map((f) => [FEATURES[f]!, Math.round(leaf.values[f]! * 100) / 100]))]),
  );
}

/** The signals a clause's statements carry at one level of precedence ('own', 'parent', 'topical', 'blanket'). */
export function precedence(programme: Programme, body: string): Record<string, string> {
  return Object.fromEntries(
    Object.entries(featuresOf(programme, body)).map(([clause, f]) => [clause, Object.keys(f).find((n) => n.startsWith('prec.'))?.slice(5) ?? 'none']),
  );
}

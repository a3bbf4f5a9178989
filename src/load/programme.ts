// Loads pledges.yaml: YAML with positions → zod validation → the flattened clause tree.
import {
  DEFAULT_REVIEW_THRESHOLD,
  ProgrammeFileSchema,
  type Clause,
  type ClauseInput,
  type Programme,
} from '../model/programme.js';
import { STANCE_IDS, STANCES } from '../model/stance.js';
import { isScalar, isSeq } from 'yaml';
import { diagnostic, type Diagnostic } from '../model/diagnostic.js';
import { displayPath, readText } from './files.js';
import {
  keyPosition,
  limitDiagnostics,
  nodeOf,
  pairOf,
  parseYaml,
  positionOf,
  quoted,
  scalarText,
  schemaDiagnostics,
  valuePosition,
  type YamlSource,
} from './yaml.js';

export interface ProgrammeLoad {
  programme: Programme | undefined;
  diagnostics: Diagnostic[];
}

const TOP_KEYS = Object.keys(ProgrammeFileSchema.shape);
const CLAUSE_KEYS = ['id', 'title', 'text', 'keywords', 'weight', 'polarity', 'clauses'];

function allowedKeys(path: readonly PropertyKey[]): readonly string[] {
  if (path.length === 0) return TOP_KEYS;
  if (path[path.length - 1] === 'scoring') return STANCE_IDS;
  return CLAUSE_KEYS;
}

/** A clause's id as written: the YAML source text for numbers, so `1.10` stays "1.10". */
function idText(node: unknown): string | undefined {
  const pair = pairOf(node, 'id');
  return pair ? scalarText(pair.value)?.trim() : undefined;
}

/** Ids used twice anywhere in the tree, reported at the later use; works on the YAML even when the schema fails. */
function duplicateIds(src: YamlSource): Diagnostic[] {
  const ids: Array<{ id: string; offset: number }> = [];
  const stack: unknown[] = [pairOf(src.doc.contents, 'clauses')?.value];
  while (stack.length > 0) {
    const list = stack.pop();
    if (!isSeq(list)) continue;
    for (const item of list.items) {
      const id = idText(item);
      const node = pairOf(item, 'id')?.value;
      if (id && isScalar(node) && node.range) ids.push({ id, offset: node.range[0] });
      stack.push(pairOf(item, 'clauses')?.value);
    }
  }
  ids.sort((a, b) => a.offset - b.offset);
  const out: Diagnostic[] = [];
  const seen = new Map<string, number>();
  for (const { id, offset } of ids) {
    const at = positionOf(src, offset);
    const first = seen.get(id);
    if (first === undefined) seen.set(id, at.line);
    else out.push(diagnostic('duplicate-id', src.file, at, `clause id ${quoted(id)} is already used at line ${first}; ids must be unique`));
  }
  return out;
}

function flatten(src: YamlSource, inputs: ClauseInput[]): Clause[] {
  const out: Clause[] = [];
  const walk = (list: ClauseInput[], parent: Clause | undefined, path: PropertyKey[], depth: number): void => {
    list.forEach((input, index) => {
      const here = [...path, index];
      const clause: Clause = {
        id: idText(nodeOf(src, here)) || input.id,
        title: input.title,
        text: input.text,
        keywords: input.keywords ?? [],
        weight: input.weight,
        polarity: input.polarity,
        parent: parent?.id,
        children: [],
        depth,
        position: index + 1,
        line: keyPosition(src, here, 'id').line,
      };
      parent?.children.push(clause.id);
      out.push(clause);
      if (input.clauses) walk(input.clauses, clause, [...here, 'clauses'], depth + 1);
    });
  };
  walk(inputs, undefined, ['clauses'], 0);
  return out;
}

/** Parses programme text; `file` names it in diagnostics and in the result. */
export function parseProgramme(text: string, file: string): ProgrammeLoad {
  const parsed = parseYaml(text, file);
  if (parsed.diagnostics.length > 0) return { programme: undefined, diagnostics: limitDiagnostics(parsed.diagnostics, file) };
  const src = parsed.source;
  if (parsed.value === null || typeof parsed.value !== 'object' || Array.isArray(parsed.value)) {
    return {
      programme: undefined,
      diagnostics: [
        diagnostic('invalid-value', file, valuePosition(src, []), 'a programme is a YAML mapping with title: and clauses:'),
      ],
    };
  }
  const result = ProgrammeFileSchema.safeParse(parsed.value);
  const diagnostics = [
    ...(result.success ? [] : schemaDiagnostics(src, result.error.issues, allowedKeys)),
    ...duplicateIds(src),
  ];
  if (!result.success || diagnostics.length > 0) return { programme: undefined, diagnostics: limitDiagnostics(diagnostics, file) };
  const data = result.data;
  const clauses = flatten(src, data.clauses);
  const programme: Programme = {
    file,
    title: data.title,
    organisation: data.organisation,
    election: data.election,
    source: data.source,
    clauses,
    scoring: {
      agree: data.scoring?.agree ?? STANCES.agree.points,
      'agree-with-qualifications': data.scoring?.['agree-with-qualifications'] ?? STANCES['agree-with-qualifications'].points,
      declined: data.scoring?.declined ?? STANCES.declined.points,
      'no-answer': data.scoring?.['no-answer'] ?? STANCES['no-answer'].points,
    },
    reviewThreshold: data['review-threshold'] ?? DEFAULT_REVIEW_THRESHOLD,
  };
  return { programme, diagnostics };
}

/** Reads and validates a programme file, reporting every problem at once. */
export function loadProgramme(file: string, cwd = process.cwd()): ProgrammeLoad {
  const shown = displayPath(file, cwd);
  const read = readText(file, shown, 'programme file');
  if (!read.ok) return { programme: undefined, diagnostics: [read.diagnostic] };
  return parseProgramme(read.text, shown);
}

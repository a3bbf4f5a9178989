// Loads pledges.yaml: YAML with positions → zod validation → the flattened clause tree.
import {
  DEFAULT_REVIEW_THRESHOLD,
  ProgrammeFileSchema,
  type Clause,
  type ClauseInput,
  type Programme,
} from '../model/programme.js';
import { STANCE_IDS, STANCES } from '../model/stance.js';
import { diagnostic, type Diagnostic } from '../model/diagnostic.js';
import { displayPath, readText } from './files.js';
import { keyPosition, parseYaml, schemaDiagnostics, valuePosition, type YamlSource } from './yaml.js';

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

function flatten(src: YamlSource, inputs: ClauseInput[], diagnostics: Diagnostic[]): Clause[] {
  const out: Clause[] = [];
  const seen = new Map<string, number>();
  const walk = (list: ClauseInput[], parent: Clause | undefined, path: PropertyKey[], depth: number): void => {
    list.forEach((input, index) => {
      const here = [...path, index];
      const line = keyPosition(src, here, 'id').line;
      const clause: Clause = {
        id: input.id,
        title: input.title,
        text: input.text,
        keywords: input.keywords ?? [],
        weight: input.weight,
        polarity: input.polarity,
        parent: parent?.id,
        children: [],
        depth,
        position: index + 1,
        line,
      };
      const firstLine = seen.get(input.id);
      if (firstLine !== undefined) {
        diagnostics.push(
          diagnostic(
            'duplicate-id',
            src.file,
            valuePosition(src, [...here, 'id']),
            `clause id '${input.id}' is already used at line ${firstLine}; ids must be unique`,
          ),
        );
      } else {
        seen.set(input.id, line);
      }
      parent?.children.push(input.id);
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
  if (parsed.diagnostics.length > 0) return { programme: undefined, diagnostics: parsed.diagnostics };
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
  if (!result.success) {
    return { programme: undefined, diagnostics: schemaDiagnostics(src, result.error.issues, allowedKeys) };
  }
  const data = result.data;
  const diagnostics: Diagnostic[] = [];
  const clauses = flatten(src, data.clauses, diagnostics);
  if (diagnostics.length > 0) return { programme: undefined, diagnostics };
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

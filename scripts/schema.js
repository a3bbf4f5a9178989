#!/usr/bin/env node
// Writes schema/*.schema.json, the JSON Schema of pledgecard's JSON documents, from the zod schemas (run after a
// build: npm run schema). A test fails while the committed files differ from what this writes.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { jsonSchemas, schemaText } = await import(pathToFileURL(path.join(ROOT, 'dist/model/report-document.js')).href);
mkdirSync(path.join(ROOT, 'schema'), { recursive: true });
for (const [name, schema] of Object.entries(jsonSchemas())) {
  writeFileSync(path.join(ROOT, 'schema', name), schemaText(schema));
  process.stderr.write(`wrote schema/${name}\n`);
}

// The breaking-change gate (ADR-031): compares a schema with the latest released one and fails on a breaking change
// (removed or renamed type, field, argument or enum value; stricter input or looser output nullability; a new
// required argument), unless what was removed was @deprecated in that release.
// Usage: node schema-gate.mjs [current.graphql] [releases-directory]
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildSchema } from 'graphql';
import { ChangeType, CriticalityLevel, DiffRule, diff } from '@graphql-inspector/core';

const root = resolve(import.meta.dirname, '..');
const currentPath = process.argv[2] ?? join(root, 'schema', 'crm.graphql');
const releasesDirectory = process.argv[3] ?? join(root, 'schema', 'releases');

const byVersion = (a, b) => {
  const parts = (name) => name.replace(/\.graphql$/, '').split(/[.-]/).map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    if (x[i] === y[i]) continue;
    if (x[i] === undefined) return -1;
    if (y[i] === undefined) return 1;
    return x[i] < y[i] ? -1 : 1;
  }
  return 0;
};
const releases = readdirSync(releasesDirectory).filter((f) => f.endsWith('.graphql')).sort(byVersion);
if (releases.length === 0) {
  console.error(`no released schema in ${releasesDirectory}`);
  process.exit(2);
}
const latest = releases.at(-1);

// graphql-inspector keeps deprecated fields, input fields and enum values; arguments are ours to add.
const suppressRemovalOfDeprecatedArgument = ({ changes, oldSchema }) => changes.map((change) => {
  if (change.type !== ChangeType.FieldArgumentRemoved || change.criticality.level !== CriticalityLevel.Breaking) {
    return change;
  }
  const [typeName, fieldName, argumentName] = change.path.split('.');
  const argument = oldSchema.getType(typeName)?.getFields?.()[fieldName]?.args.find((a) => a.name === argumentName);
  return argument?.deprecationReason
    ? { ...change, criticality: { ...change.criticality, level: CriticalityLevel.Dangerous } }
    : change;
});

const load = (path) => buildSchema(readFileSync(path, 'utf8'));
const changes = await diff(load(join(releasesDirectory, latest)), load(currentPath), [
  DiffRule.suppressRemovalOfDeprecatedField,
  suppressRemovalOfDeprecatedArgument,
]);
const breaking = changes.filter((c) => c.criticality.level === CriticalityLevel.Breaking);
const dangerous = changes.filter((c) => c.criticality.level === CriticalityLevel.Dangerous);

console.log(`schema gate: ${currentPath} against release ${latest}: ${changes.length} change(s), ` +
  `${breaking.length} breaking, ${dangerous.length} dangerous`);
for (const change of dangerous) console.log(`  dangerous: ${change.path ?? ''} ${change.message}`);
for (const change of breaking) console.log(`  BREAKING: ${change.path ?? ''} ${change.message}`);
process.exit(breaking.length > 0 ? 1 : 0);

import { createRequire } from 'node:module';
import type { ErrorObject, ValidateFunction } from 'ajv';

let validator: ValidateFunction | undefined;

/**
 * The Vega-Lite JSON schema, compiled with ajv once per process on first use: compiling the 1.9 MB schema
 * takes seconds, so it never happens on chops' start path, and the make loop's later checks reuse it.
 */
async function loadValidator(): Promise<ValidateFunction> {
  if (validator) return validator;
  const { Ajv } = await import('ajv');
  const schema = createRequire(import.meta.url)('vega-lite/vega-lite-schema.json') as object;
  const ajv = new Ajv({ strict: false, allErrors: true, logger: false });
  // Formats the schema names; chops checks URLs itself (it refuses them), so these need not.
  for (const format of ['uri', 'uri-reference', 'color-hex']) ajv.addFormat(format, true);
  validator = ajv.compile(schema);
  return validator;
}

/** Readable problems where the spec breaks the schema; empty when it conforms. */
export async function schemaProblems(spec: unknown): Promise<string[]> {
  const validate = await loadValidator();
  if (validate(spec)) return [];
  return summarise(validate.errors ?? [], spec);
}

/**
 * Vega-Lite's schema is a web of `anyOf` alternatives, so one mistake yields dozens of errors, most
 * about alternatives the author never meant. The deepest ones point at the mistake: keep those, merge
 * the allowed values of one place, and say them in words.
 */
function summarise(errors: ErrorObject[], spec: unknown): string[] {
  const meaningful = errors.filter(
    (error) => error.keyword !== 'anyOf' && error.keyword !== 'oneOf' && error.keyword !== 'if',
  );
  if (meaningful.length === 0) return ['the spec does not match the Vega-Lite schema'];
  const depth = (error: ErrorObject) =>
    error.instancePath === '' ? 0 : error.instancePath.split('/').length;
  const deepest = Math.max(...meaningful.map(depth));
  const atDeepest = meaningful.filter((error) => depth(error) === deepest);
  const byPlace = new Map<string, ErrorObject[]>();
  for (const error of atDeepest)
    byPlace.set(error.instancePath, [...(byPlace.get(error.instancePath) ?? []), error]);
  const problems: string[] = [];
  for (const [path, placeErrors] of byPlace) problems.push(describePlace(path, placeErrors, spec));
  return problems.slice(0, 5);
}

function describePlace(path: string, errors: ErrorObject[], spec: unknown): string {
  const where = path === '' ? 'the spec' : path.slice(1).replaceAll('/', '.');
  const allowed = new Set<string>();
  for (const error of errors) {
    if (error.keyword === 'enum')
      for (const value of error.params.allowedValues as unknown[]) allowed.add(String(value));
    if (error.keyword === 'const') allowed.add(String(error.params.allowedValue));
  }
  if (allowed.size > 0) {
    const actual = JSON.stringify(valueAt(spec, path));
    return `${where} must be one of ${[...allowed].slice(0, 12).join(', ')} (it is ${actual})`;
  }
  // A property every alternative rejects is the unknown one; those only some reject belong to others.
  const rejections = new Map<string, number>();
  for (const error of errors.filter((error) => error.keyword === 'additionalProperties')) {
    const property = String(error.params.additionalProperty);
    rejections.set(property, (rejections.get(property) ?? 0) + 1);
  }
  const most = Math.max(0, ...rejections.values());
  const unknown = [...rejections].filter(([, count]) => count === most).map(([property]) => property);
  const types = errors.filter((error) => error.keyword === 'type').map((error) => String(error.params.type));
  if (types.length > 0) return `${where} must be of type ${[...new Set(types)].join(' or ')}`;
  const missing = errors
    .filter((error) => error.keyword === 'required')
    .map((error) => String(error.params.missingProperty));
  if (unknown.length > 0)
    return `${where} has properties Vega-Lite does not know here: ${unknown.join(', ')}`;
  if (missing.length > 0) return `${where} lacks ${[...new Set(missing)].join(' or ')}`;
  return `${where} ${errors[0]?.message ?? 'is invalid'}`;
}

function valueAt(spec: unknown, path: string): unknown {
  let value = spec;
  for (const key of path.split('/').slice(1)) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key.replaceAll('~1', '/').replaceAll('~0', '~')];
  }
  return value;
}

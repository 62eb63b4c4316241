type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * Places where the spec asks for data by URL. chops never fetches: a chart must carry its rows inline
 * (`data.values`), so what is checked is what is shown, and nothing leaves the machine.
 */
export function urlDataProblems(spec: unknown): string[] {
  const problems: string[] = [];
  const visit = (value: unknown, path: string) => {
    if (Array.isArray(value)) {
      for (const [index, item] of value.entries()) visit(item, `${path}[${index}]`);
      return;
    }
    if (!isObject(value)) return;
    for (const [key, child] of Object.entries(value)) {
      const childPath = path ? `${path}.${key}` : key;
      if (key === 'data' && isObject(child) && 'url' in child) {
        problems.push(
          `${childPath}.url: chops never fetches data; put the rows inline in ${childPath}.values`,
        );
      } else {
        visit(child, childPath);
      }
    }
  };
  visit(spec, '');
  return problems;
}

/**
 * Fields encoded as quantitative whose inline values are text that is not a number: Vega-Lite draws
 * nothing sensible from them and says nothing. Checked only where the rows are known, that is where no
 * transform above or at the view may have made or changed the field.
 */
export function fieldTypeProblems(spec: unknown): string[] {
  const problems: string[] = [];
  const visit = (view: unknown, path: string, rows: Json[] | undefined, transformed: boolean) => {
    if (!isObject(view)) return;
    const data =
      isObject(view.data) && Array.isArray(view.data.values) ? (view.data.values as unknown[]) : undefined;
    const ownRows = data ? data.filter(isObject) : rows;
    const changed = (transformed && !data) || (Array.isArray(view.transform) && view.transform.length > 0);
    if (isObject(view.encoding) && ownRows && !changed) {
      for (const [channel, definition] of Object.entries(view.encoding)) {
        const problem = checkChannel(definition, ownRows);
        if (problem) problems.push(`${path ? `${path}.` : ''}encoding.${channel}: ${problem}`);
      }
    }
    for (const key of ['layer', 'concat', 'hconcat', 'vconcat']) {
      const children = view[key];
      if (!Array.isArray(children)) continue;
      for (const [index, child] of children.entries()) {
        visit(child, `${path ? `${path}.` : ''}${key}[${index}]`, ownRows, changed);
      }
    }
    if (isObject(view.spec)) visit(view.spec, `${path ? `${path}.` : ''}spec`, ownRows, changed);
  };
  visit(spec, '', undefined, false);
  return problems;
}

function checkChannel(definition: unknown, rows: Json[]): string | undefined {
  if (!isObject(definition) || typeof definition.field !== 'string' || rows.length === 0) return undefined;
  const field = definition.field;
  // Nested ("a.b") and escaped field names need Vega-Lite's own accessor; leave them to it.
  if (/[.[\]\\]/.test(field)) return undefined;
  if (!rows.some((row) => Object.hasOwn(row, field))) {
    return `field "${field}" is in none of the data's rows (fields: ${Object.keys(rows[0] ?? {})
      .slice(0, 10)
      .join(', ')})`;
  }
  if (definition.type !== 'quantitative') return undefined;
  const text = rows
    .map((row) => row[field])
    .find((value) => typeof value === 'string' && Number.isNaN(Number(value)));
  if (text === undefined) return undefined;
  return `field "${field}" is quantitative but holds text such as ${JSON.stringify(text)}: use nominal or ordinal, or numbers`;
}

/**
 * Part of the trusted code that runs in each isolate (see sandbox-runtime.ts, which it is pasted into):
 * `format`, which prints a value for console output and assertion messages. Arrays and plain objects
 * print as compact JSON, as before; Maps, Sets, typed arrays, errors, dates, undefined, bigints and
 * symbols print as what they are (JSON would show a Map as {}); cycles and depth are cut, and no value
 * prints longer than the per-call limit however big it is. Relies on `safe`, `toText`, `stringify`,
 * `isArray`, `getPrototypeOf`, `ownKeys` and `limitPerCall` from the runtime.
 */
export const sandboxFormatSource = `
  const MapBase = Map, SetBase = Set, DateBase = Date, RegExpBase = RegExp, ArrayBufferBase = ArrayBuffer;
  const isView = ArrayBuffer.isView;
  const sliceArray = Array.prototype.slice;
  const objectProto = Object.prototype;
  const typeOf = (value) => value === null ? 'null' : isArray(value) ? 'array' : typeof value;
  const isErrorLike = (value) => value !== null && typeof value === 'object' && 'message' in value && 'stack' in value;
  const constructorName = (value) => safe(() => {
    const proto = getPrototypeOf(value);
    if (proto === null) return '[Object: null prototype]';
    return proto === objectProto ? '' : toText(proto.constructor.name);
  }, '');
  const show = (value, depth, seen, budget) => {
    if (budget.left <= 0) return '…';
    let text;
    if (typeof value === 'string') text = depth === 0 ? value : stringify(value);
    else if (typeof value === 'bigint') text = toText(value) + 'n';
    else if (typeof value === 'number') text = value === 0 && 1 / value < 0 ? '-0' : toText(value);
    else if (typeof value === 'symbol') text = safe(() => value.toString(), 'Symbol()');
    else if (typeof value === 'function') text = '[function ' + safe(() => toText(value.name), '') + ']';
    else if (value === null || typeof value !== 'object') text = toText(value);
    else if (seen.includes(value)) text = '[Circular]';
    else text = showObject(value, depth, seen, budget);
    budget.left -= text.length;
    return text;
  };
  const showObject = (value, depth, seen, budget) => {
    if (isErrorLike(value)) return describe(value);
    if (value instanceof DateBase) return safe(() => value.toISOString(), 'Invalid Date');
    if (value instanceof RegExpBase) return toText(value);
    if (value instanceof ArrayBufferBase) return 'ArrayBuffer(' + value.byteLength + ')';
    if (depth > 5) return isArray(value) ? '[Array]' : '[Object]';
    const inner = [...seen, value];
    const items = (entries) => {
      const parts = [];
      for (const entry of entries) {
        if (budget.left <= 0) { parts.push('…'); break; }
        parts.push(entry());
      }
      return parts;
    };
    if (value instanceof MapBase) {
      const parts = items([...value].slice(0, 1000).map(([k, v]) => () => show(k, depth + 1, inner, budget) + ' => ' + show(v, depth + 1, inner, budget)));
      return 'Map(' + value.size + ') {' + parts.join(', ') + '}';
    }
    if (value instanceof SetBase) {
      const parts = items([...value].slice(0, 1000).map((v) => () => show(v, depth + 1, inner, budget)));
      return 'Set(' + value.size + ') {' + parts.join(', ') + '}';
    }
    if (isView(value) && !(value instanceof DataView)) {
      const parts = items(apply(sliceArray, value, [0, 1000]).map((v) => () => show(v, depth + 1, inner, budget)));
      return constructorName(value) + '(' + value.length + ') [' + parts.join(',') + ']';
    }
    if (isArray(value)) {
      const parts = items(apply(sliceArray, value, [0, 1000]).map((v) => () => show(v, depth + 1, inner, budget)));
      return '[' + parts.join(',') + (value.length > 1000 ? ',…' : '') + ']';
    }
    const keys = ownKeys(value).filter((key) => typeof key === 'string' && safe(() => Object.getOwnPropertyDescriptor(value, key).enumerable, false));
    const parts = items(keys.slice(0, 1000).map((key) => () => stringify(key) + ':' + show(safe(() => value[key], undefined), depth + 1, inner, budget)));
    const name = constructorName(value);
    return (name ? name + ' ' : '') + '{' + parts.join(',') + '}';
  };
  const format = (value) => safe(() => {
    const text = show(value, 0, [], { left: limitPerCall });
    return text.length > limitPerCall ? text.slice(0, limitPerCall) + '…' : text;
  }, '[unprintable]');
  // For assertion messages: the value, and its type when printing alone could mislead (1 and "1").
  const formatTyped = (value) => {
    const kind = typeOf(value);
    const text = typeof value === 'string' ? stringify(value) : format(value);
    return kind === 'object' || kind === 'array' ? text : text + ' (' + kind + ')';
  };
`;

/** What the host needs to know about the vm realm to bring its values home. */
export interface VmRealm {
  readonly Date: DateConstructor;
  readonly objectPrototype: object;
  /** vm proxy → the host service object it stands for. */
  readonly proxyTargets: WeakMap<object, object>;
}

/**
 * Copies a vm value into the host realm: arrays deeply, plain objects, vm Dates as host Dates,
 * service proxies back to their host objects. Anything else (a vm Map, a class instance) passes as is.
 */
export function copyToHost(value: unknown, realm: VmRealm): unknown {
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return copyArray(value, realm);
  if (value instanceof realm.Date) return new Date(value.getTime());
  const target = realm.proxyTargets.get(value);
  if (target !== undefined) return target;
  const prototype = Object.getPrototypeOf(value);
  if (prototype === realm.objectPrototype || prototype === null || prototype === Object.prototype) {
    return copyObject(value as Record<string, unknown>, realm);
  }
  return value;
}

// Grids dominate the traffic (a million cells must cross quickly), so rows of primitives and Dates
// are copied inline rather than through a call per cell.
function copyArray(source: readonly unknown[], realm: VmRealm): unknown[] {
  const length = source.length;
  const copy = new Array<unknown>(length);
  for (let index = 0; index < length; index++) {
    const item = source[index];
    if (item === null || typeof item !== "object") copy[index] = item;
    else if (Array.isArray(item)) copy[index] = copyRow(item, realm);
    else copy[index] = copyToHost(item, realm);
  }
  return copy;
}

function copyRow(source: readonly unknown[], realm: VmRealm): unknown[] {
  const length = source.length;
  const copy = new Array<unknown>(length);
  for (let index = 0; index < length; index++) {
    const cell = source[index];
    if (cell === null || typeof cell !== "object") copy[index] = cell;
    else if (cell instanceof realm.Date) copy[index] = new Date(cell.getTime());
    else copy[index] = copyToHost(cell, realm);
  }
  return copy;
}

function copyObject(source: Record<string, unknown>, realm: VmRealm): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(source)) copy[key] = copyToHost(source[key], realm);
  return copy;
}

/**
 * The JavaScript realm whose Array and Date a bulk read allocates its result in. A script runs in a
 * `node:vm` context: if getValues built host arrays, the bridge would copy every cell again into
 * the vm realm, doubling the work and the garbage of a million-cell read. While the bridge runs a
 * script's call it selects the vm's realm, so the grid is built once, where the script will use it.
 */
export interface ValueRealm {
  readonly Array: ArrayConstructor;
  readonly Date: DateConstructor;
  /** A new array of `width` blank slots, for a row that will live long (see ROW_BUILDER_SOURCE). */
  readonly newRow: (width: number) => unknown[];
}

const LITERAL_WIDTHS = 32;

/**
 * Source of a row factory, evaluated in each realm. Rows come from array literals, one per width:
 * V8 tracks a literal's allocation site and, seeing its arrays survive (a grid outlives many young
 * collections), allocates them straight in the old generation. Rows built with `new Array(n)`
 * are copied by every young collection instead, which cost more than building them.
 * `void 0`, not `undefined`: a vm context's globals are looked up through an interceptor.
 */
export const ROW_BUILDER_SOURCE = `(function () {
  "use strict";
  const builders = [${Array.from(
    { length: LITERAL_WIDTHS + 1 },
    (_, width) => `function () { return [${new Array(width).fill("void 0").join(", ")}]; }`,
  ).join(",\n    ")}];
  const VmArray = Array;
  return function newRow(width) {
    return width <= ${LITERAL_WIDTHS} ? builders[width]() : new VmArray(width);
  };
})()`;

/** The host's own realm, where the store keeps its rows and host callers get their grids. */
export const HOST_REALM: ValueRealm = {
  Array,
  Date,
  newRow: new Function(`return ${ROW_BUILDER_SOURCE}`)(),
};
let current = HOST_REALM;

/** The realm grids are allocated in right now: the host's, unless a vm call is under way. */
export function currentValueRealm(): ValueRealm {
  return current;
}

/**
 * Runs `action` with grids allocated in `realm`, restoring the previous realm afterwards.
 * @example runInValueRealm(vmRealm, () => range.getValues()) // => a grid of vm arrays and Dates
 */
export function runInValueRealm<R>(realm: ValueRealm, action: () => R): R {
  const previous = current;
  current = realm;
  try {
    return action();
  } finally {
    current = previous;
  }
}

/**
 * Marks host methods that copy their array arguments into the sheet at once (the key holds their
 * names). The bridge may hand these the script's own arrays instead of copying them to the host
 * first: the store's copy is then the only one. Symbol-keyed, so scripts never see it.
 */
export const COPIES_ARGUMENTS = Symbol.for("pipelineConfidence.copiesArguments");

import { runInContext } from "node:vm";
import { COPIES_ARGUMENTS, currentValueRealm, HOST_REALM } from "../../../src/local/spreadsheet/value-realm";
import { createSandbox } from "../../../src/local/vm/create-sandbox";

/** A host service that keeps what it makes and what it is given, to see whether the bridge copied it. */
class Store {
  made: unknown[] = [];
  taken: unknown = undefined;
  kept: unknown = undefined;

  /** Builds its answer in whatever realm the bridge selected, as Range.getValues does. */
  makeInRealm(): unknown[] {
    const { newRow, Date: RealmDate } = currentValueRealm();
    this.made = newRow(2);
    this.made[0] = new RealmDate(0);
    return this.made;
  }
  makeInHost(): unknown[] {
    this.made = [1];
    return this.made;
  }
  take(grid: unknown): void {
    this.taken = grid;
  }
  keep(grid: unknown): void {
    this.kept = grid;
  }
  fail(): never {
    throw new Error("refused");
  }
}
Object.defineProperty(Store.prototype, COPIES_ARGUMENTS, { value: new Set(["take"]) });

function load() {
  const sandbox = createSandbox(() => undefined);
  const store = new Store();
  sandbox.defineGlobal("Store", store);
  const run = (source: string) => runInContext(source, sandbox.context);
  return { store, run };
}

describe("createSandbox", () => {
  it("hands the script a grid built in its realm as it is, with no second copy", () => {
    const { store, run } = load();
    expect(run("var made = Store.makeInRealm(); made.push(3); made[0] instanceof Date")).toBe(true);
    // The push reached the host's own array: the script got that array, not a copy of it.
    expect(store.made).toHaveLength(3);
  });

  it("copies a host array in, so the script cannot change the host's", () => {
    const { store, run } = load();
    expect(run("var made = Store.makeInHost(); made.push(2); made.length")).toBe(2);
    expect(store.made).toEqual([1]);
  });

  it("passes the script's own array only to methods that copy their arguments", () => {
    const { store, run } = load();
    run("Store.take([[1]]); Store.keep([[1]]);");
    const vmArrayPrototype = run("Array.prototype");
    expect(Object.getPrototypeOf(store.taken)).toBe(vmArrayPrototype);
    expect(store.kept).toBeInstanceOf(Array);
  });

  it("selects the host realm again after a call, even one that throws", () => {
    const { run } = load();
    run("Store.makeInRealm()");
    expect(currentValueRealm()).toBe(HOST_REALM);
    expect(() => run("Store.fail()")).toThrow("refused");
    expect(currentValueRealm()).toBe(HOST_REALM);
  });
});

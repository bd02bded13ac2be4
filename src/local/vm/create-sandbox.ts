import { type Context, createContext, runInContext } from "node:vm";
import {
  COPIES_ARGUMENTS,
  ROW_BUILDER_SOURCE,
  runInValueRealm,
  type ValueRealm,
} from "../spreadsheet/value-realm";
import { BRIDGE_SOURCE } from "./bridge-source";
import { copyToHost, type VmRealm } from "./copy-to-host";

/** Called before every service method call the script makes; throws to refuse the call. */
export type CallHook = (className: string, method: string) => void;

/** A bare vm context plus the two-way bridge between it and the host. */
export interface Sandbox {
  readonly context: Context;
  /** Copies a host value into the vm realm (service objects become counting proxies). */
  toVm(value: unknown): unknown;
  /** Copies a vm value into the host realm (proxies become their host objects again). */
  toHost(value: unknown): unknown;
  /** Puts a host service object into the vm as a global, counted under `name`. */
  defineGlobal(name: string, service: object): void;
}

/** True when the host method copies its arguments itself, so the script's own arrays may go in. */
function copiesArguments(target: object, method: string): boolean {
  const methods = (target as { [COPIES_ARGUMENTS]?: ReadonlySet<string> })[COPIES_ARGUMENTS];
  return methods?.has(method) === true;
}

interface VmBridge {
  toVm(value: unknown): unknown;
  wrapService(service: object): object;
}

/** Creates an empty vm context (only JavaScript's own globals) with the bridge installed. */
export function createSandbox(beforeCall: CallHook): Sandbox {
  const context = createContext();
  const intrinsics = runInContext(
    `({ Array: Array, Date: Date, objectPrototype: Object.prototype, newRow: ${ROW_BUILDER_SOURCE} })`,
    context,
  ) as ValueRealm & { objectPrototype: object };
  const realm: VmRealm = { ...intrinsics, proxyTargets: new WeakMap() };
  const serviceNames = new WeakMap<object, string>();
  const toHost = (value: unknown) => copyToHost(value, realm);
  const invoke = (
    target: Record<string, (...args: unknown[]) => unknown>,
    method: string,
    vmArgs: ArrayLike<unknown>,
  ) => {
    beforeCall(serviceNames.get(target) ?? target.constructor?.name ?? "Object", method);
    const args = copiesArguments(target, method) ? Array.from(vmArgs) : Array.from(vmArgs, toHost);
    return runInValueRealm(intrinsics, () => target[method]?.(...args));
  };
  const callFunction = (hostFunction: (...args: unknown[]) => unknown, vmArgs: ArrayLike<unknown>) =>
    hostFunction(...Array.from(vmArgs, toHost));
  const createBridge = runInContext(BRIDGE_SOURCE, context, { filename: "local-runtime-bridge.js" }) as (
    host: object,
  ) => VmBridge;
  const bridge = createBridge({
    HostDate: Date,
    hostObjectPrototype: Object.prototype,
    invoke,
    callFunction,
    proxyTargets: realm.proxyTargets,
  });
  return {
    context,
    toVm: (value) => bridge.toVm(value),
    toHost,
    defineGlobal: (name, service) => {
      serviceNames.set(service, name);
      Object.defineProperty(context, name, {
        value: bridge.wrapService(service),
        writable: true,
        configurable: true,
        enumerable: false,
      });
    },
  };
}

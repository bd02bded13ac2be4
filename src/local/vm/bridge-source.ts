/**
 * JavaScript evaluated INSIDE the vm context (before the script loads, so the intrinsics it captures
 * are untouched). It returns the vm side of the bridge: copying host values into the vm realm and
 * wrapping host service objects in counting proxies whose methods are vm functions.
 * Kept as source text so that coverage instrumentation never rewrites it.
 */
export const BRIDGE_SOURCE = `(function createBridge(host) {
  "use strict";
  // Globals of a vm context are looked up through an interceptor on every use: capture them once.
  const VmArray = Array;
  const vmArrayPrototype = Array.prototype;
  const VmObject = Object;
  const isArray = Array.isArray;
  const keysOf = Object.keys;
  const prototypeOf = Object.getPrototypeOf;
  const VmDate = Date;
  const VmProxy = Proxy;
  const VmWeakMap = WeakMap;
  const VmMap = Map;
  const vmErrors = { Error, TypeError, RangeError, SyntaxError, ReferenceError, EvalError, URIError };
  const HostDate = host.HostDate;
  const hostObjectPrototype = host.hostObjectPrototype;
  const invoke = host.invoke;
  const callFunction = host.callFunction;
  const proxyTargets = host.proxyTargets;
  const proxies = new VmWeakMap();
  const hidden = { constructor: true, __proto__: true, prototype: true };

  function toVm(value) {
    if (value === null || typeof value !== "object") {
      return typeof value === "function" ? wrapFunction(value) : value;
    }
    // A grid the host built in this realm (see value-realm.ts) is fresh and unshared: no copy.
    if (isArray(value)) return prototypeOf(value) === vmArrayPrototype ? value : copyArray(value);
    if (value instanceof HostDate) return new VmDate(value.getTime());
    if (value instanceof VmDate) return value;
    const prototype = prototypeOf(value);
    if (prototype === hostObjectPrototype || prototype === null) return copyObject(value);
    return wrapService(value);
  }

  // Grids dominate the traffic, so rows of primitives and Dates are copied inline.
  function copyArray(source) {
    const length = source.length;
    const copy = new VmArray(length);
    for (let index = 0; index < length; index++) {
      const item = source[index];
      if (item === null || (typeof item !== "object" && typeof item !== "function")) copy[index] = item;
      else if (isArray(item)) copy[index] = copyRow(item);
      else copy[index] = toVm(item);
    }
    return copy;
  }

  function copyRow(source) {
    const length = source.length;
    const copy = new VmArray(length);
    for (let index = 0; index < length; index++) {
      const cell = source[index];
      if (cell === null || (typeof cell !== "object" && typeof cell !== "function")) copy[index] = cell;
      else if (cell instanceof HostDate) copy[index] = new VmDate(cell.getTime());
      else copy[index] = toVm(cell);
    }
    return copy;
  }

  function copyObject(source) {
    const copy = new VmObject();
    const keys = keysOf(source);
    for (let index = 0; index < keys.length; index++) copy[keys[index]] = toVm(source[keys[index]]);
    return copy;
  }

  function toVmError(error) {
    if (error !== null && typeof error === "object" && error instanceof vmErrors.Error) return error;
    const name = error !== null && typeof error === "object" ? String(error.name || "Error") : "Error";
    const message = error !== null && typeof error === "object" ? String(error.message) : String(error);
    const VmError = vmErrors[name] || vmErrors.Error;
    const copy = new VmError(message);
    if (copy.name !== name) copy.name = name;
    if (error !== null && typeof error === "object" && error.code !== undefined) copy.code = toVm(error.code);
    return copy;
  }

  function wrapMethod(target, name) {
    return function () {
      let result;
      try {
        result = invoke(target, name, arguments);
      } catch (error) {
        throw toVmError(error);
      }
      return toVm(result);
    };
  }

  function wrapFunction(hostFunction) {
    return function () {
      let result;
      try {
        result = callFunction(hostFunction, arguments);
      } catch (error) {
        throw toVmError(error);
      }
      return toVm(result);
    };
  }

  function isEnumName(key) {
    const first = key.charCodeAt(0);
    return first >= 65 && first <= 90;
  }

  function wrapService(target) {
    const known = proxies.get(target);
    if (known !== undefined) return known;
    const methods = new VmMap();
    const proxy = new VmProxy({}, {
      get(_shell, key) {
        if (typeof key !== "string" || hidden[key] === true) return undefined;
        const member = target[key];
        // Apps Script objects show methods and enums (SpreadsheetApp.ProtectionType), never fields.
        if (typeof member !== "function") return isEnumName(key) ? toVm(member) : undefined;
        let method = methods.get(key);
        if (method === undefined) {
          method = wrapMethod(target, key);
          methods.set(key, method);
        }
        return method;
      },
      has(_shell, key) {
        if (typeof key !== "string" || hidden[key] === true || !(key in target)) return false;
        return typeof target[key] === "function" || isEnumName(key);
      },
      set() {
        return false;
      },
      defineProperty() {
        return false;
      },
      deleteProperty() {
        return false;
      },
    });
    proxies.set(target, proxy);
    proxyTargets.set(proxy, target);
    return proxy;
  }

  return { toVm: toVm, wrapService: wrapService };
})`;

// hooks/intrinsics.js: the built-ins the hooks use, captured before any page script, and wrappers that look native.
// A part of hooks.js (one closure in the page's world; docs/extension.md, "The hooks' parts").
  'use strict';
  // --- intrinsics, captured before any page script runs ----------------------
  const W = window;
  const R = Reflect.apply;
  const defineProperty = Object.defineProperty;
  const getDesc = Object.getOwnPropertyDescriptor;
  const getProto = Object.getPrototypeOf;
  const create = Object.create;
  const P = Promise;
  const then = Promise.prototype.then;
  const WM = WeakMap;
  const wmGet = WeakMap.prototype.get;
  const wmSet = WeakMap.prototype.set;
  const wsAdd = WeakSet.prototype.add;
  const wsHas = WeakSet.prototype.has;
  const mapGet = Map.prototype.get;
  const mapSet = Map.prototype.set;
  const mapDelete = Map.prototype.delete;
  const String_ = String;
  const strLower = String.prototype.toLowerCase;
  const strSlice = String.prototype.slice;
  const setTimeout_ = W.setTimeout;
  const DOMEx = W.DOMException;
  const perfNow = W.performance && W.performance.now;
  const perf = W.performance;
  const dateNow = Date.now;
  const uaGet = (() => {
    const d = W.Navigator && getDesc(W.Navigator.prototype, 'userActivation');
    const a = d && d.get ? R(d.get, W.navigator, []) : null;
    const ia = a && W.UserActivation && getDesc(W.UserActivation.prototype, 'isActive');
    return a && ia ? () => { try { return !!R(ia.get, a, []); } catch (e) { return false; } } : () => false;
  })();
  const msgData = getDesc(W.MessageEvent.prototype, 'data').get;
  const msgSource = getDesc(W.MessageEvent.prototype, 'source').get;
  const msgPorts = getDesc(W.MessageEvent.prototype, 'ports').get;
  // isTrusted is an unforgeable own accessor of every event.
  const isTrusted = (e) => { try { return R(getDesc(e, 'isTrusted').get, e, []) === true; } catch (err) { return false; } };
  const stopImmediate = W.Event.prototype.stopImmediatePropagation;
  const preventDefault = W.Event.prototype.preventDefault;
  const portPost = W.MessagePort.prototype.postMessage;
  const portOnMessage = getDesc(W.MessagePort.prototype, 'onmessage').set;
  const addListener = W.EventTarget.prototype.addEventListener;
  const dispatch = W.EventTarget.prototype.dispatchEvent;
  const EventC = W.Event;
  const Proxy_ = Proxy;
  const construct = Reflect.construct;

  const now = () => (perfNow ? R(perfNow, perf, []) : R(dateNow, Date, []));
  const str = (v) => { try { return String_(v == null ? '' : v); } catch (e) { return ''; } };
  const cut = (s, max) => (s.length > max ? R(strSlice, s, [0, max]) : s);
  const lower = (s) => R(strLower, s, []);
  const refused = () => new DOMEx('Blocked by AlertGuard', 'NotAllowedError');
  const resolved = (v) => new P((r) => r(v));
  const rejected = (e) => new P((r, j) => j(e));
  // each calls f(item, index) for an array of ours without its iterator,
  // which the page could have replaced.
  const each = (a, f) => { for (let i = 0; i < a.length; i++) f(a[i], i); };
  const later = (f, ms) => R(setTimeout_, W, [f, ms]);

  // --- wrappers that look native --------------------------------------------
  const natives = new WM(); // wrapper → the function it stands for
  const nativeOf = (f) => R(wmGet, natives, [f]) || f;
  // wrap makes a Proxy of the original that runs body on a call: it has the
  // original's name, length and (no) prototype, is a constructor only if
  // the original is, and every realm's Function.prototype.toString says
  // "[native code]" for it, even one AlertGuard's hooks never touched (a
  // frame with its own copy of the hooks): review 10, hooks that showed
  // their source. The handler has no prototype, so a page that adds traps
  // to Object.prototype never sees the original.
  function wrap(orig, body) {
    const handler = create(null);
    handler.apply = (t, self, args) => body(self, args);
    const w = new Proxy_(orig, handler);
    R(wmSet, natives, [w, nativeOf(orig)]);
    return w;
  }
  // standIn makes a wrapped constructor the one its instances name: the
  // original's prototype.constructor points at the wrapper, so a page that
  // compares `new X().constructor === X` sees nothing changed (a
  // constructor that gave the hooks away).
  function standIn(C, Wrapped) {
    const proto = C.prototype;
    const d = proto && getDesc(proto, 'constructor');
    if (!d || d.value !== C) return;
    try { defineProperty(proto, 'constructor', { value: Wrapped, configurable: d.configurable, writable: d.writable, enumerable: d.enumerable }); } catch (e) {}
  }
  // hookCtor replaces the constructor w[name] with a Proxy whose construct
  // runs body(args, newTarget, C): native-looking like wrap's, and the
  // constructor its instances name (standIn).
  function hookCtor(w, name, body) {
    const C = w[name];
    if (typeof C !== 'function') return;
    const handler = create(null);
    const Wrapped = new Proxy_(C, handler);
    handler.construct = (t, args, nt) => body(args, nt === Wrapped ? C : nt, C);
    R(wmSet, natives, [Wrapped, nativeOf(C)]);
    standIn(C, Wrapped);
    define(w, name, Wrapped);
  }
  function define(obj, name, fn) {
    try {
      const d = getDesc(obj, name);
      defineProperty(obj, name, { value: fn, configurable: true, writable: true, enumerable: d ? d.enumerable : false });
    } catch (e) { /* non-configurable: leave it */ }
  }
  // hookMethod replaces obj[name] with body(self, args, orig).
  function hookMethod(obj, name, body) {
    if (!obj) return;
    const d = getDesc(obj, name);
    const orig = d && d.value;
    if (typeof orig !== 'function') return;
    define(obj, name, wrap(orig, (self, args) => body(self, args, orig)));
  }
  function hookGetter(obj, name, body) {
    if (!obj) return;
    const d = getDesc(obj, name);
    if (!d || typeof d.get !== 'function' || d.configurable === false) return;
    const g = d.get;
    const w = wrap(g, (self) => body(self, g));
    try { defineProperty(obj, name, { get: w, set: d.set, configurable: true, enumerable: d.enumerable }); } catch (e) {}
  }

  function hookSetter(obj, name, body) {
    if (!obj) return;
    const d = getDesc(obj, name);
    if (!d || typeof d.set !== 'function' || d.configurable === false) return;
    const st = d.set;
    const w = wrap(st, (self, args) => body(self, args, st));
    try { defineProperty(obj, name, { get: d.get, set: w, configurable: true, enumerable: d.enumerable }); } catch (e) {}
  }

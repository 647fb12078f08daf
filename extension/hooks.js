/* AlertGuard page hooks: runs in the page's own (MAIN) world at
 * document_start in every frame, before any page script. It wraps the APIs
 * that fake warnings abuse and reports each use to AlertGuard's isolated
 * content script over a private MessageChannel. Actions that cannot be taken
 * back (clipboard writes, locks, full screen, permission prompts) are held
 * until the content script answers with a verdict on the page as it is then.
 *
 * The page runs after us in the same world, so nothing here trusts what the
 * page can change: built-ins are captured at start and called through
 * Reflect.apply, no wrapper or original is ever stored where the page can
 * reach it, wrappers look native to toString, and every same-origin realm
 * the page creates (script-made iframes, window.open('')) is hooked
 * synchronously, before the page gets hold of it.
 *
 * This file is joined from the parts in extension/hooks/ (by what they
 * hold: clipboard, permissions, locks; the state they share in state.js)
 * by `go generate ./internal/protocol`: edit the parts, not this file. */
(() => {
// <hooks.js: the parts in extension/hooks/, joined by `go generate ./internal/protocol`: do not edit>
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
// hooks/state.js: the hold state every realm of the frame shares: the channel, reports, holds and their order, the verdict, what a block disarms.
// A part of hooks.js (one closure in the page's world; docs/extension.md, "The hooks' parts").
  // --- state shared by every realm this frame hooks -------------------------
  let port = null;
  let verdict = null; // null until judged; then 'allow' | 'warn' | 'block'
  const queue = [];
  let queued = 0;
  const holds = new Map(); // id → callback(verdict)
  // A copy command of our own in flight (hooks.js replayCopy): shared by
  // every realm of the frame, since the event may reach another realm's
  // listener first.
  const replay = { data: null, done: false, depth: 0 };
  let holdSeq = 0;
  let holdsOpen = 0;
  const MAX_HOLDS = 32; // a page that loops over writeText gets refusals, not a queue
  const seen = create(null); // types whose first use was sent
  const pending = create(null); // later uses, not yet sent
  let flushTimer = 0;
  const loadedAt = now();
  const HOLD_LIMIT_MS = 6000; // the content script answers well before this
  const blocked = () => verdict === 'block';
  const granted = (v) => v === 'allow' || v === 'warn' || v === 'pass';

  // Flood guard (needs no host): past a few uses in ten seconds, loops of
  // dialogs, history entries, pop-ups and print dialogs are swallowed unless
  // the page was judged safe. The page cannot trap the person, or starve the
  // browser, while it waits for a verdict.
  // <generated by `go generate ./internal/protocol`: do not edit>
  const FLOOD_LIMIT = {"dialog":3,"history":50,"print":3,"window-move":5,"window-open":3};
  // </generated>
  const floodTimes = create(null);
  function flooding(type) {
    if (verdict === 'allow') return false;
    const t = now();
    const f = floodTimes[type] || (floodTimes[type] = { n: 0, since: t });
    if (t - f.since > 10000) { f.n = 0; f.since = t; }
    f.n++;
    return f.n > FLOOD_LIMIT[type];
  }

  function send(msg) {
    if (port) { try { R(portPost, port, [msg]); } catch (e) { /* gone */ } return; }
    if (queued < 200) queue[queued++] = msg;
  }

  // veilNow tells the content script at once, synchronously, of a use that
  // veils a page not judged yet (docs/extension.md, "The veil"; VEIL_TYPES
  // is AG.VEIL_EVENTS, both from internal/protocol VeilEvents): a head
  // script runs before the channel's port arrives, and the page must not
  // paint its text before the veil is up. The event's first listener is
  // the content script's (registered at document_start), which stops it
  // there.
  // <generated by `go generate ./internal/protocol`: do not edit>
  const VEIL_TYPES = ["fullscreen","keyboard-lock","pointer-lock","clipboard-write","speech"];
  // </generated>
  function veilNow(type) {
    if (verdict !== null || uaGet()) return;
    for (let i = 0; i < VEIL_TYPES.length; i++) {
      if (VEIL_TYPES[i] !== type) continue;
      try { R(dispatch, W, [construct(EventC, ['__alertguard_veil_' + type])]); } catch (e) { /* no veil */ }
      return;
    }
  }

  // <generated by `go generate ./internal/protocol`: do not edit>
  /** mergeEvent folds a report of uses of one event type into its record:
   * counts add up (to maxCount), first is the earliest use, last the latest,
   * gesture holds only if every use followed a click or key, detail is the
   * first one given. The one merging rule for events, from the page hooks to
   * the service worker; every hop sends only uses not sent before. No
   * built-ins: in hooks.js it runs in the page's world. */
  function mergeEvent(e, ev, maxCount, cutDetail) {
    const first = ev.first | 0;
    const last = ev.last | 0;
    if (e.count === 0) {
      e.first = first; e.last = last; e.gesture = !!ev.gesture;
    } else {
      if (first < e.first) e.first = first;
      if (last > e.last) e.last = last;
      if (!ev.gesture) e.gesture = false;
    }
    const n = e.count + (ev.count | 0);
    e.count = n > maxCount ? maxCount : n;
    if (!e.detail && ev.detail) e.detail = cutDetail(ev.detail);
    return e;
  }
  // </generated>

  // report records one use. The first use of a type goes out at once; later
  // uses are added up (mergeEvent, the one rule shared with the extension)
  // and sent as one report every 250 ms, so a page that floods an API costs
  // an addition per call. Each report holds only uses not sent before.
  const cutDetail = (d) => cut(str(d), 1024);
  function report(type, detail) {
    veilNow(type);
    const t = Math.round(now());
    const use = { type, count: 1, first: t, last: t, detail: cutDetail(detail), gesture: uaGet() };
    if (!seen[type]) { seen[type] = true; send({ t: 'ev', ev: use }); return; }
    const p = pending[type] || (pending[type] = { type, count: 0, first: 0, last: 0, detail: '', gesture: true });
    mergeEvent(p, use, 1e6, cutDetail);
    if (!flushTimer) {
      flushTimer = later(() => {
        flushTimer = 0;
        for (const k in pending) {
          send({ t: 'sum', ev: pending[k] });
          delete pending[k];
        }
      }, 250);
    }
  }

  // hold asks for a verdict on the page with this use as evidence; cb gets
  // 'allow' | 'warn' | 'block' or the content script's fallback ('pass',
  // 'refuse'). Without any answer the use is refused after HOLD_LIMIT_MS:
  // the person is never left waiting, and nothing irreversible happens.
  // Decided holds are carried out in the order the page asked: full screen
  // uses up the click's activation, so a pointer lock asked for before it
  // must be granted before it, as without AlertGuard.
  let first = null;
  let last = null;
  function release() {
    while (first && first.decided) {
      const h = first;
      first = h.next;
      if (!first) last = null;
      try { h.cb(h.v); } catch (e) {}
    }
  }
  function hold(type, detail, cb) {
    // report() veils too, so veilNow only on the way to a hold.
    if (blocked()) { report(type, detail); cb('block'); return; }
    if (holdsOpen >= MAX_HOLDS) { report(type, detail); cb('refuse'); return; }
    veilNow(type);
    const id = ++holdSeq;
    const entry = { cb, v: null, decided: false, next: null };
    if (last) last.next = entry; else first = entry;
    last = entry;
    holdsOpen++;
    const finish = (v) => {
      if (entry.decided) return;
      entry.decided = true;
      entry.v = v;
      holdsOpen--;
      R(mapDelete, holds, [id]);
      release();
    };
    R(mapSet, holds, [id, finish]);
    later(() => finish('refuse'), HOLD_LIMIT_MS);
    send({ t: 'hold', id, ev: { type, detail: cut(str(detail), 1 << 20), gesture: uaGet(), first: Math.round(now()) } });
  }
  // held wraps hold in a promise: run() on a grant, refuse otherwise.
  function held(type, detail, run, onRefuse) {
    return new P((resolve, reject) => {
      hold(type, detail, (v) => {
        if (!granted(v)) { if (onRefuse) { try { resolve(onRefuse(v)); } catch (e) { reject(e); } } else reject(refused()); return; }
        try {
          const r = run();
          if (r && typeof r === 'object' && getProto(r) === P.prototype) R(then, r, [resolve, reject]);
          else resolve(r);
        } catch (e) { reject(e); }
      });
    });
  }

  // The channel's port comes from the content script. At their start the
  // hooks say hello (hooks/start.js), synchronously, before any page
  // script: the content script, which ran just before, answers within that
  // call with the port in a message event of its own (should the hooks
  // ever start first, the content script's ping makes them say it again).
  // A port is taken only inside our own hello, never from a posted
  // message: Firefox holds a content script's window.postMessage back until
  // the page has loaded, so a posted port came after the page's first
  // scripts, which could have offered one of their own first and answered
  // their own holds. The offer carries the name of the block event
  // (content.js blockHooksNow).
  let helloing = false;
  let blockEventName = '';
  const OFFER = '__alertguard_port__:';
  R(addListener, W, ['message', (e) => {
    if (!helloing || port) return;
    let data, ports;
    try { data = R(msgData, e, []); ports = R(msgPorts, e, []); } catch (err) { return; }
    if (typeof data !== 'string' || R(strSlice, data, [0, OFFER.length]) !== OFFER || !ports || !ports[0]) return;
    R(stopImmediate, e, []);
    port = ports[0];
    R(portOnMessage, port, [(m) => { try { onControl(R(msgData, m, [])); } catch (err) {} }]);
    listenForBlock(R(strSlice, data, [OFFER.length]));
    for (let i = 0; i < queued; i++) R(portPost, port, [queue[i]]);
    queued = 0;
  }, true]);
  function sayHello() {
    if (port) return;
    helloing = true;
    try { R(dispatch, W, [construct(EventC, ['__alertguard_hooks'])]); } catch (e) { /* no content script yet */ }
    helloing = false;
  }
  R(addListener, W, ['__alertguard_ping', (e) => { R(stopImmediate, e, []); sayHello(); }, true]);

  // The content script's synchronous word of a block (content.js
  // blockHooksNow): an event whose random name came with the port, so the
  // page can neither send it nor hear it. Ours is the first listener for
  // it; cancelling it says it was heard.
  function listenForBlock(name) {
    if (blockEventName || typeof name !== 'string' || R(strSlice, name, [0, 19]) !== '__alertguard_block_') return;
    blockEventName = name;
    R(addListener, W, [blockEventName, (e) => {
      R(stopImmediate, e, []);
      setVerdict('block');
      R(preventDefault, e, []);
    }, true]);
  }

  function onControl(msg) {
    if (!msg || typeof msg !== 'object' || msg.t !== 'verdict') return;
    const v = msg.verdict;
    // The content script waits for this before the tab is moved: the
    // page's hooks have heard the verdict and disarmed (review 9).
    if (typeof msg.ack === 'number') { setVerdict(v); send({ t: 'ack', ack: msg.ack }); return; }
    if (typeof msg.hold === 'number') {
      const f = R(mapGet, holds, [msg.hold]);
      if (f) f(v);
      if (v === 'block') setVerdict('block');
      return;
    }
    setVerdict(v);
  }
  function setVerdict(v) {
    if (v !== 'allow' && v !== 'warn' && v !== 'block') return;
    verdict = v;
    if (v === 'block') each(disarms, (f) => { try { f(); } catch (e) {} });
  }

  // disarm undoes what a blocked page did, before AlertGuard takes the tab;
  // each hooked realm adds its own.
  const disarms = [];
  const media = new Set();
  const contexts = new Set();
  const popups = new Set();
  const UNLOADS = create(null);
  UNLOADS.beforeunload = true; UNLOADS.unload = true; UNLOADS.pagehide = true;
// hooks/realms.js: every same-origin realm the page makes is hooked the moment it exists.
// A part of hooks.js (one closure in the page's world; docs/extension.md, "The hooks' parts").
  const hooked = new WeakSet();
  const lengthGet = (() => { const d = getDesc(W, 'length'); return d && d.get; })();

  // hookRealm hooks a window this frame can reach (its own, a fresh iframe's,
  // a window.open('') pop-up). Cross-origin windows throw and are left to
  // their own content scripts.
  function hookRealm(w) {
    try {
      if (!w || R(wsHas, hooked, [w])) return;
      // Touching a property throws for a cross-origin window.
      if (!w.document) return;
      R(wsAdd, hooked, [w]);
      install(w);
    } catch (e) { /* cross-origin or gone */ }
  }
  // hookChildren hooks every child browsing context of w that exists now.
  function hookChildren(w) {
    let n = 0;
    try { n = lengthGet ? R(lengthGet, w, []) : w.length; } catch (e) { return; }
    for (let i = 0; i < n && i < 1000; i++) {
      let c = null;
      try { c = w[i]; } catch (e) { c = null; }
      if (c) hookRealm(c);
    }
  }

  function install(w) {
    const nav = w.navigator;
    const ok = (name) => typeof w[name] === 'function' && w[name].prototype;
    const doc = () => w.document;

    // Function.prototype.toString answers for a wrapper as for its original.
    hookMethod(w.Function && w.Function.prototype, 'toString', (self, args, orig) => R(orig, nativeOf(self), args));

    // New realms: hooked the moment they exist.
    const INSERTERS = [
      ['Node', ['appendChild', 'insertBefore', 'replaceChild']],
      ['Element', ['append', 'prepend', 'before', 'after', 'replaceWith', 'replaceChildren', 'insertAdjacentElement', 'insertAdjacentHTML', 'setHTMLUnsafe']],
      ['CharacterData', ['before', 'after', 'replaceWith']],
      ['DocumentType', ['before', 'after', 'replaceWith']],
      ['Document', ['append', 'prepend', 'replaceChildren', 'write', 'writeln', 'open']],
      ['DocumentFragment', ['append', 'prepend', 'replaceChildren']],
      ['ShadowRoot', ['setHTMLUnsafe']],
      ['Range', ['insertNode', 'surroundContents']],
    ];
    each(INSERTERS, (row) => {
      const C = ok(row[0]) ? w[row[0]].prototype : null;
      each(row[1], (name) => hookMethod(C, name, (self, args, orig) => {
        try { return R(orig, self, args); } finally { hookChildren(w); }
      }));
    });
    each([['Element', 'innerHTML'], ['Element', 'outerHTML'], ['ShadowRoot', 'innerHTML'], ['HTMLIFrameElement', 'srcdoc'], ['HTMLIFrameElement', 'src']], (row) => {
      const C = ok(row[0]) ? w[row[0]].prototype : null;
      const d = C && getDesc(C, row[1]);
      if (!d || !d.set || d.configurable === false) return;
      const set = d.set;
      const ws = wrap(set, (self, args) => { try { return R(set, self, args); } finally { hookChildren(w); } });
      try { defineProperty(C, row[1], { get: d.get, set: ws, configurable: true, enumerable: d.enumerable }); } catch (e) {}
    });
    each(['HTMLIFrameElement', 'HTMLFrameElement', 'HTMLObjectElement'], (cname) => {
      const C = ok(cname) ? w[cname].prototype : null;
      hookGetter(C, 'contentWindow', (self, g) => { const cw = R(g, self, []); hookRealm(cw); return cw; });
      hookGetter(C, 'contentDocument', (self, g) => {
        const cd = R(g, self, []);
        try { if (cd) hookRealm(cd.defaultView); } catch (e) {}
        return cd;
      });
    });

    hookFullscreenAndLocks(w, nav);
    hookClipboard(w, nav, doc);
    hookPrompts(w, nav);
    hookTraps(w);
    hookSound(w, nav);

    disarms[disarms.length] = () => {
      const d = doc();
      try { if (d.fullscreenElement) R(exitFullscreen, d, []); } catch (e) {}
      try { if (d.webkitFullscreenElement && d.webkitExitFullscreen) d.webkitExitFullscreen(); } catch (e) {}
      try { if (d.pointerLockElement) d.exitPointerLock(); } catch (e) {}
      try { if (nav.keyboard && nav.keyboard.unlock) nav.keyboard.unlock(); } catch (e) {}
      try { w.speechSynthesis && w.speechSynthesis.cancel(); } catch (e) {}
      try { d.querySelectorAll('audio, video').forEach((m) => { m.pause(); m.muted = true; }); } catch (e) {}
      try { w.onbeforeunload = null; w.onunload = null; w.onpagehide = null; } catch (e) {}
    };
    const exitFullscreen = w.Document.prototype.exitFullscreen;
    hookChildren(w);
    watchParser(w);
  }

  // watchParser hooks the iframes the HTML parser makes (`<iframe></iframe>`
  // in the page's own markup): the parser runs pending microtasks, so this
  // observer's callback, before the next inline script can reach the frame.
  function watchParser(w) {
    try {
      const MO = w.MutationObserver;
      if (typeof MO !== 'function') return;
      const mo = new MO(() => hookChildren(w));
      R(MO.prototype.observe, mo, [w.document, { childList: true, subtree: true }]);
    } catch (e) { /* no observer: the insertion hooks remain */ }
  }
// hooks/locks.js: full screen, keyboard lock and pointer lock.
// A part of hooks.js (one closure in the page's world; docs/extension.md, "The hooks' parts").
  // --- full screen and locks: judged at the moment they are asked for --------
  function hookFullscreenAndLocks(w, nav) {
    const E = w.Element && w.Element.prototype;
    each(['requestFullscreen', 'webkitRequestFullscreen', 'webkitRequestFullScreen', 'mozRequestFullScreen', 'msRequestFullscreen'],
      (name) => hookMethod(E, name, (self, args, orig) => held('fullscreen', str(self && self.tagName), () => R(orig, self, args))));
    hookMethod(E, 'requestPointerLock', (self, args, orig) => held('pointer-lock', str(self && self.tagName), () => R(orig, self, args)));
    if (nav.keyboard && w.Keyboard) {
      hookMethod(w.Keyboard.prototype, 'lock', (self, args, orig) => held('keyboard-lock', str(args[0]), () => R(orig, self, args)));
    }
  }
// hooks/clipboard.js: clipboard writes and copies.
// A part of hooks.js (one closure in the page's world; docs/extension.md, "The hooks' parts").
  // --- clipboard: every programmatic write waits for a verdict on its text --
  function hookClipboard(w, nav, doc) {
    const proto = (C) => (typeof w[C] === 'function' ? w[C].prototype : null);
    const getter = (o, n) => { const d = o && getDesc(o, n); return d && d.get; };
    const C = proto('Clipboard');
    const CI = w.ClipboardItem;
    const Blob_ = w.Blob;
    const DataTransfer_ = w.DataTransfer;
    const ClipboardEvent_ = w.ClipboardEvent;
    const ciTypes = getter(CI && CI.prototype, 'types');
    const ciGetType = CI && CI.prototype.getType;
    const blobText = Blob_ && Blob_.prototype.text;
    const clipGet = getter(proto('Navigator'), 'clipboard');
    const nativeWriteText = C && C.writeText;
    const nativeWrite = C && C.write;
    const clipboard = () => (clipGet ? R(clipGet, nav, []) : null);
    const DT = proto('DataTransfer');
    const dtTypes = getter(DT, 'types');
    const dtGet = DT && DT.getData;
    const dtSet = DT && DT.setData;
    const dtClear = DT && DT.clearData;
    const targetGet = getter(w.Event.prototype, 'target');
    const ceData = getter(proto('ClipboardEvent'), 'clipboardData');
    const E = w.Event.prototype;
    const prevented = getter(E, 'defaultPrevented');
    const nativePrevent = E.preventDefault;
    const dispatch = w.EventTarget.prototype.dispatchEvent;
    const getSel = w.Document.prototype.getSelection;
    const activeEl = getter(w.Document.prototype, 'activeElement');
    const S = proto('Selection') || {};
    const rangeCount = getter(S, 'rangeCount');
    const anchorNode = getter(S, 'anchorNode');
    const getRangeAt = S.getRangeAt;
    const removeAllRanges = S.removeAllRanges;
    const addRange = S.addRange;
    const selToString = S.toString;
    const cloneRange = w.Range.prototype.cloneRange;
    const nodeType = getter(w.Node.prototype, 'nodeType');
    const parentNode = getter(w.Node.prototype, 'parentNode');
    // Text fields keep their own selection; both kinds have the same API.
    const fields = [proto('HTMLInputElement'), proto('HTMLTextAreaElement')];
    const fieldOf = (a) => {
      for (let p = getProto(a), n = 0; p && n < 32; p = getProto(p), n++) if (p === fields[0] || p === fields[1]) return p;
      return null;
    };
    const fieldSel = (a) => {
      const F = fieldOf(a);
      if (!F) return null;
      try {
        const s = R(getter(F, 'selectionStart'), a, []);
        const e = R(getter(F, 'selectionEnd'), a, []);
        return typeof s === 'number' && s !== e ? { F, s, e, value: str(R(getter(F, 'value'), a, [])) } : null;
      } catch (err) { return null; }
    };
    const execCommand = w.Document.prototype.execCommand;

    // writeData puts judged data, and only that, on the clipboard: the async
    // API when the page has it, else a copy command whose event carries it.
    function writeData(data) {
      const text = data['text/plain'] !== undefined ? data['text/plain'] : '';
      const cb = clipboard();
      if (cb && nativeWrite && CI && Blob_ && data['text/html'] !== undefined) {
        const item = create(null);
        item['text/plain'] = new Blob_([text], { type: 'text/plain' });
        item['text/html'] = new Blob_([data['text/html']], { type: 'text/html' });
        return R(nativeWrite, cb, [[new CI(item)]]);
      }
      if (cb && nativeWriteText) return R(nativeWriteText, cb, [text]);
      return replayCopy(data);
    }
    const writeLater = (data) => (v) => {
      if (!granted(v)) return;
      try { const p = writeData(data); if (p) R(then, p, [() => {}, () => {}]); } catch (e) {}
    };

    if (C) {
      hookMethod(C, 'writeText', (self, args, orig) => {
        const text = str(args[0]); // converted once: what is judged is what is written
        return held('clipboard-write', text, () => R(orig, self, [text]));
      });
      hookMethod(C, 'write', (self, args, orig) => new P((resolve, reject) => {
        readItems(args[0], (blobs, text) => {
          if (!blobs) { reject(new DOMEx('The clipboard item could not be read', 'DataError')); return; }
          hold('clipboard-write', text, (v) => {
            if (!granted(v)) { reject(refused()); return; }
            try {
              const copies = [];
              for (let i = 0; i < blobs.length; i++) copies[i] = new CI(blobs[i]);
              R(then, R(orig, self, [copies]), [resolve, reject]);
            } catch (e) { reject(e); }
          });
        });
      }));
    }

    // readItems reads every representation of the ClipboardItems once, with
    // the browser's own functions; the blobs read are the ones written.
    function readItems(items, done) {
      if (!CI || !ciTypes || !ciGetType || !blobText) { done(null, ''); return; }
      const blobs = [];
      let text = '';
      let pending = 1;
      let failed = false;
      const step = () => { if (--pending === 0) done(failed ? null : blobs, text); };
      try {
        const n = items ? items.length : 0;
        for (let i = 0; i < n && i < 16; i++) {
          const it = items[i];
          const types = R(ciTypes, it, []);
          const out = create(null);
          blobs[i] = out;
          for (let j = 0; j < types.length && j < 16; j++) {
            const type = str(types[j]);
            pending++;
            R(then, R(ciGetType, it, [type]), [(blob) => {
              out[type] = blob;
              const t = lower(type);
              if (t === 'text/plain' || t === 'text/html') {
                pending++;
                R(then, R(blobText, blob, []), [(s) => { text += (text ? '\n' : '') + s; step(); }, () => { failed = true; step(); }]);
              }
              step();
            }, () => { failed = true; step(); }]);
          }
        }
      } catch (e) { failed = true; }
      step();
    }

    // Copy and cut events the browser dispatches (Ctrl+C, the menu). The
    // page never sees the browser's own event: our listener, the first on
    // the window, stops it and runs the page's handlers on a stand-in event
    // with a fresh DataTransfer (runHandlers). What would land on the
    // clipboard is then read, not guessed from the calls a handler made: the
    // stand-in's data if a handler cancelled it (by any realm's
    // preventDefault, returnValue or `return false`), else the selection as
    // the handlers left it. If that is the person's own selection, untouched,
    // the browser copies it as always (with its formatting); otherwise the
    // selection is put aside for the moment of the browser's default, so it
    // copies nothing, and the data is held and written once judged (review
    // 1 and 2: the selection swap, calls from another realm).
    // Our own copy command (replayCopy) is filled here too, before any page
    // listener can see or change it (review 3).
    each(['copy', 'cut'], (type) => R(addListener, w, [type, (e) => {
      if (!ceData) return;
      if (replay.data) {
        const dt = R(ceData, e, []);
        try { R(dtClear, dt, []); } catch (err) {}
        for (const k in replay.data) R(dtSet, dt, [k, replay.data[k]]);
        R(nativePrevent, e, []);
        R(stopImmediate, e, []);
        replay.done = true;
        return;
      }
      if (!isTrusted(e)) return;
      R(stopImmediate, e, []);
      const before = selectedText();
      const r = runHandlers(R(targetGet, e, []), type);
      if (!r) return; // no stand-in possible: the browser copies the selection
      if (!r.prevented && r.selection === before) return;
      const saved = stashSelection();
      later(() => restoreSelection(saved), 0);
      holdWrite(r.prevented ? r.data : textData(r.selection));
    }, true]));
    const textData = (t) => { const d = create(null); if (t) d['text/plain'] = t; return d; };
    // runHandlers dispatches a stand-in copy or cut event to target, so the
    // page's handlers run as they would, and reads the result: the data set
    // on it, whether it was cancelled, and the selection after it.
    function runHandlers(target, type) {
      if (!DataTransfer_ || !ClipboardEvent_ || replay.depth > 0) return null;
      replay.depth++;
      try {
        const d = doc();
        if (!target || (R(nodeType, target, []) !== 1 && R(nodeType, target, []) !== 9)) target = d.body || d.documentElement;
        const dt = new DataTransfer_();
        const ev = new ClipboardEvent_(type, { clipboardData: dt, bubbles: true, cancelable: true, composed: true });
        R(dispatch, target, [ev]);
        // Firefox gives the event its own copy of the DataTransfer passed in.
        const got = R(ceData, ev, []) || dt;
        const data = create(null);
        const types = R(dtTypes, got, []);
        for (let i = 0; i < types.length && i < 16; i++) {
          const k = str(types[i]);
          if (k !== 'Files') data[k] = str(R(dtGet, got, [k]));
        }
        return { data, prevented: !!R(prevented, ev, []), selection: selectedText() };
      } catch (e) { return null; } finally { replay.depth--; }
    }
    function stashSelection() {
      const saved = { ranges: [], field: null };
      try {
        const a = R(activeEl, doc(), []);
        const f = a && fieldSel(a);
        if (f) { saved.field = { a, F: f.F, s: f.s, e: f.e }; R(f.F.setSelectionRange, a, [f.e, f.e]); }
        const s = R(getSel, doc(), []);
        if (s) {
          const n = R(rangeCount, s, []);
          for (let i = 0; i < n && i < 16; i++) saved.ranges[i] = R(cloneRange, R(getRangeAt, s, [i]), []);
          R(removeAllRanges, s, []);
        }
      } catch (e) {}
      return saved;
    }
    function restoreSelection(saved) {
      try {
        if (saved.field) R(saved.field.F.setSelectionRange, saved.field.a, [saved.field.s, saved.field.e]);
        const s = R(getSel, doc(), []);
        if (s) each(saved.ranges, (r) => R(addRange, s, [r]));
      } catch (e) {}
    }
    // selectedText is what a copy command would take: the focused field's
    // selection or the document's.
    function selectedText() {
      try {
        const a = R(activeEl, doc(), []);
        const f = a && fieldSel(a);
        if (f) return R(strSlice, f.value, [f.s, f.e]);
        const s = R(getSel, doc(), []);
        return s ? str(R(selToString, s, [])) : '';
      } catch (e) { return ''; }
    }
    // replayCopy writes judged data with a copy command (pages without the
    // async clipboard API): our first listener fills the trusted event and
    // stops it, so no page listener sees it or writes over the data.
    function replayCopy(data) {
      replay.data = data;
      replay.done = false;
      try {
        R(execCommand, doc(), ['copy']);
        return resolved(replay.done);
      } finally { replay.data = null; }
    }
    // execCommand('copy'|'cut'): the page's copy handlers run on a stand-in
    // event (runHandlers); what they set, or else the selection they leave,
    // is held and written only when the page is judged safe. The call
    // returns true as the real one would; a cut does not delete.
    hookMethod(w.Document.prototype, 'execCommand', (self, args, orig) => {
      const c = lower(str(args[0]));
      // insertHTML (and the like) can make an iframe no hooked method sees.
      if (c !== 'copy' && c !== 'cut') { try { return R(orig, self, args); } finally { hookChildren(w); } }
      if (replay.data) return R(orig, self, args);
      if (replay.depth > 0) return false; // a copy command inside a copy handler
      let target = null;
      try {
        const d = doc();
        const a = R(activeEl, d, []);
        const s = R(getSel, d, []);
        target = a && a !== d.body ? a : (s && R(anchorNode, s, [])) || d.body || d.documentElement;
        if (target && R(nodeType, target, []) !== 1) target = R(parentNode, target, []);
      } catch (e) { target = null; }
      const r = runHandlers(target, c);
      if (!r) return holdWrite(textData(selectedText()));
      return holdWrite(r.prevented ? r.data : textData(r.selection));
    });
    function holdWrite(data) {
      const text = data['text/plain'] !== undefined ? data['text/plain'] : data['text/html'] || '';
      if (!text) return false;
      hold('clipboard-write', text, writeLater(data));
      return true;
    }
  }
// hooks/permissions.js: permission prompts, the camera, location and screen sharing.
// A part of hooks.js (one closure in the page's world; docs/extension.md, "The hooks' parts").
  // --- permission prompts: held until the verdict, denied on block ----------
  function hookPrompts(w, nav) {
    const N = w.Notification;
    if (N && typeof N.requestPermission === 'function') {
      const permGet = getDesc(N, 'permission');
      hookMethod(N, 'requestPermission', (self, args, orig) => {
        const cb = typeof args[0] === 'function' ? args[0] : null;
        const p = held('notification', cut('early=' + (now() - loadedAt < 10000) + ' gesture=' + uaGet(), 100),
          () => R(orig, self, []), (v) => (v === 'block' ? 'denied' : 'default'));
        if (cb) R(then, p, [(r) => { try { cb(r); } catch (e) {} }, () => {}]);
        return p;
      });
      // An unjudged page sees no standing permission: it must ask, and the
      // asking is judged.
      if (permGet && permGet.get) {
        hookGetter(N, 'permission', (self, g) => {
          const real = R(g, self, []);
          if (real === 'granted' && verdict !== 'allow' && verdict !== 'warn') return blocked() ? 'denied' : 'default';
          return real;
        });
      }
    }
    hookMethod(w.PushManager && w.PushManager.prototype, 'subscribe', (self, args, orig) => held('push-subscribe', '', () => R(orig, self, args)));
    const G = w.Geolocation && w.Geolocation.prototype;
    if (G) {
      const denied = (err) => {
        if (typeof err !== 'function') return;
        try { err({ code: 1, message: 'User denied Geolocation', PERMISSION_DENIED: 1, POSITION_UNAVAILABLE: 2, TIMEOUT: 3 }); } catch (e) {}
      };
      hookMethod(G, 'getCurrentPosition', (self, args, orig) => {
        hold('geolocation', 'getCurrentPosition', (v) => { if (granted(v)) R(orig, self, args); else denied(args[1]); });
        return undefined;
      });
      const watches = new Map();
      let watchSeq = 0;
      hookMethod(G, 'watchPosition', (self, args, orig) => {
        const id = ++watchSeq;
        R(mapSet, watches, [id, -1]);
        hold('geolocation', 'watchPosition', (v) => {
          if (R(mapGet, watches, [id]) !== -1) return; // cleared meanwhile
          if (granted(v)) R(mapSet, watches, [id, R(orig, self, args)]); else denied(args[1]);
        });
        return id;
      });
      hookMethod(G, 'clearWatch', (self, args, orig) => {
        const real = R(mapGet, watches, [args[0]]);
        R(mapSet, watches, [args[0], -2]);
        if (typeof real === 'number' && real >= 0) R(orig, self, [real]);
        return undefined;
      });
    }
    const MD = w.MediaDevices && w.MediaDevices.prototype;
    hookMethod(MD, 'getUserMedia', (self, args, orig) => {
      const c = args[0] || {};
      const what = (c.video ? 'video ' : '') + (c.audio ? 'audio' : '');
      return held('camera', what, () => R(orig, self, args));
    });
    // Screen sharing from a page (a "support" session): held like the camera.
    hookMethod(MD, 'getDisplayMedia', (self, args, orig) => {
      const c = args[0] || {};
      const what = 'screen' + (c.audio ? ' audio' : '');
      return held('display-media', what, () => R(orig, self, args));
    });
    each(['getUserMedia', 'webkitGetUserMedia', 'mozGetUserMedia'], (name) => hookMethod(w.Navigator && w.Navigator.prototype, name, (self, args, orig) => {
      hold('camera', 'legacy', (v) => {
        if (granted(v)) R(orig, self, args);
        else if (typeof args[2] === 'function') { try { args[2](refused()); } catch (e) {} }
      });
      return undefined;
    }));
  }
// hooks/traps.js: dialogs, history, leaving handlers, pop-ups, print.
// A part of hooks.js (one closure in the page's world; docs/extension.md, "The hooks' parts").
  // --- traps: dialogs, history, beforeunload, pop-ups, print ---------------
  function hookTraps(w) {
    each([['alert', undefined], ['confirm', false], ['prompt', null]], (row) => hookMethod(w, row[0], (self, args, orig) => {
      report('dialog', str(args[0]));
      if (blocked() || flooding('dialog')) return row[1];
      return R(orig, self, args);
    }));
    each(['pushState', 'replaceState'], (name) => hookMethod(w.History.prototype, name, (self, args, orig) => {
      report('history', '');
      if (blocked() || flooding('history')) return undefined;
      return R(orig, self, args);
    }));
    // Leaving the page: beforeunload, unload and pagehide handlers never run
    // once the page is blocked, whichever realm's addEventListener added
    // them and however it was called (a bare addEventListener(...) has no
    // `this`: the browser takes the global). beforeunload is a trap and is
    // reported; unload and pagehide are not (analytics use them), but a kit's
    // handler must not run on its way out either (review 9).
    const gated = new WM();
    const add = w.EventTarget.prototype.addEventListener;
    // A window of this frame, or any other (a frame with its own copy of the
    // hooks calling this realm's function on the top window): a window is
    // its own `window`.
    const isWindow = (t) => {
      if (t === w) return true;
      if (t === null || typeof t !== 'object') return false;
      if (R(wsHas, hooked, [t])) return true;
      try { return t.window === t; } catch (e) { return false; }
    };
    hookMethod(w.EventTarget.prototype, 'addEventListener', (self, args, orig) => {
      const listener = args[1];
      const target = self == null ? w : self;
      const type = lower(str(args[0]));
      if (listener && UNLOADS[type] && isWindow(target)) {
        if (type === 'beforeunload') report('beforeunload', '');
        let g = R(wmGet, gated, [listener]);
        if (!g) {
          g = function (e) {
            if (blocked()) return undefined;
            return typeof listener === 'function' ? R(listener, this, [e]) : listener.handleEvent(e);
          };
          R(wmSet, gated, [listener, g]);
        }
        return R(add, target, [args[0], g, args[2]]);
      }
      return R(orig, target, args);
    });
    hookMethod(w.EventTarget.prototype, 'removeEventListener', (self, args, orig) => {
      const g = args[1] ? R(wmGet, gated, [args[1]]) : null;
      return R(orig, self == null ? w : self, [args[0], g || args[1], args[2]]);
    });
    each(['onbeforeunload', 'onunload', 'onpagehide'], (prop) => {
      const desc = getDesc(w, prop) || getDesc(w.Window.prototype, prop);
      if (!desc || !desc.set || desc.configurable === false) return;
      let handler = null;
      try {
        defineProperty(w, prop, {
          configurable: true,
          get: wrap(desc.get || desc.set, () => handler),
          set: wrap(desc.set, (self, args) => {
            handler = typeof args[0] === 'function' ? args[0] : null;
            if (handler && prop === 'onbeforeunload') report('beforeunload', '');
            const h = handler;
            R(desc.set, w, [h ? function (e) { return blocked() ? undefined : R(h, this, [e]); } : null]);
          }),
        });
      } catch (e) { /* leave it */ }
    });
    hookMethod(w, 'open', (self, args, orig) => {
      report('window-open', cut(str(args[0]), 300));
      if (blocked() || (!uaGet() && flooding('window-open'))) return null;
      const opened = R(orig, self, args);
      hookRealm(opened); // window.open('') is a same-origin realm at once
      if (opened) popups.add(opened); // closed on block
      return opened;
    });
    hookMethod(w, 'print', (self, args, orig) => {
      report('print', '');
      return blocked() || flooding('print') ? undefined : R(orig, self, args);
    });
    each(['moveTo', 'resizeTo', 'moveBy', 'resizeBy'],
      (name) => hookMethod(w, name, (self, args, orig) => { report('window-move', name); return blocked() ? undefined : R(orig, self, args); }));
    hookTopLayer(w);
    // The page's DOM observers never run once the page is blocked: an
    // observer is the one way a page's script answers, before the next
    // paint, AlertGuard putting its cover back (it could take it away as
    // often as the cover comes back; content.js, the veil).
    hookCtor(w, 'MutationObserver', (args, nt, MO) => {
      const cb = args[0];
      const gatedCb = typeof cb === 'function' ? function (records, obs) { return blocked() ? undefined : R(cb, this, [records, obs]); } : cb;
      return construct(MO, [gatedCb], nt);
    });
  }

  // hookTopLayer: once the page is blocked nothing of its own enters the
  // top layer, where it would be over AlertGuard's cover (content.js, the
  // veil): showModal, showPopover, togglePopover and showPicker (a
  // customizable select's picker is a popover) do nothing, nor do script
  // clicks (click(), a dispatched click), which would work a declarative
  // invoker (popovertarget, commandfor) (full screen is a hold, refused on
  // block); and in every shadow root the page attaches (where the content
  // script's listener on the window does not hear beforetoggle) an opening
  // is cancelled by our listener, the root's first.
  function hookTopLayer(w) {
    const E = w.Element && w.Element.prototype;
    const H = w.HTMLElement && w.HTMLElement.prototype;
    const D = w.HTMLDialogElement && w.HTMLDialogElement.prototype;
    const matches = E && E.matches;
    const isOpen = (el) => { try { return !!R(matches, el, [':popover-open']); } catch (e) { return false; } };
    hookMethod(D, 'showModal', (self, args, orig) => (blocked() ? undefined : R(orig, self, args)));
    hookMethod(H, 'showPopover', (self, args, orig) => (blocked() ? undefined : R(orig, self, args)));
    hookMethod(H, 'togglePopover', (self, args, orig) => (blocked() && !isOpen(self) ? false : R(orig, self, args)));
    each(['HTMLSelectElement', 'HTMLInputElement'], (c) => hookMethod(w[c] && w[c].prototype, 'showPicker', (self, args, orig) => (blocked() ? undefined : R(orig, self, args))));
    hookMethod(H, 'click', (self, args, orig) => (blocked() ? undefined : R(orig, self, args)));
    const typeGet = (getDesc(w.Event.prototype, 'type') || {}).get;
    const CLICKS = create(null);
    CLICKS.click = true; CLICKS.DOMActivate = true;
    hookMethod(w.EventTarget && w.EventTarget.prototype, 'dispatchEvent', (self, args, orig) => {
      if (blocked()) {
        let type = '';
        try { type = str(R(typeGet, args[0], [])); } catch (e) { /* not an event: the original throws */ }
        if (CLICKS[type]) return false;
      }
      return R(orig, self, args);
    });
    const newStateGet = w.ToggleEvent && (getDesc(w.ToggleEvent.prototype, 'newState') || {}).get;
    const refuseOpening = (e) => {
      if (!blocked()) return;
      try { if (newStateGet && R(newStateGet, e, []) !== 'open') return; } catch (err) { return; }
      R(stopImmediate, e, []);
      R(preventDefault, e, []);
    };
    hookMethod(E, 'attachShadow', (self, args, orig) => {
      const root = R(orig, self, args);
      try { R(addListener, root, ['beforetoggle', refuseOpening, true]); } catch (e) { /* no events */ }
      return root;
    });
  }
// hooks/sound.js: sound, speech, vibration.
// A part of hooks.js (one closure in the page's world; docs/extension.md, "The hooks' parts").
  // --- sound, speech, vibration: alarms are pressure ------------------------
  function hookSound(w, nav) {
    hookMethod(w.HTMLMediaElement && w.HTMLMediaElement.prototype, 'play', (self, args, orig) => {
      report('media-play', cut(str(self.currentSrc || self.src), 300));
      media.add(self);
      if (blocked()) return rejected(refused());
      return R(orig, self, args);
    });
    each(['AudioContext', 'webkitAudioContext'], (name) => hookCtor(w, name, (args, nt, C) => {
      report('audio-context', '');
      const ctx = construct(C, args, nt);
      contexts.add(ctx);
      return ctx;
    }));
    hookMethod(w.SpeechSynthesis && w.SpeechSynthesis.prototype, 'speak', (self, args, orig) => {
      report('speech', str(args[0] && args[0].text));
      return blocked() ? undefined : R(orig, self, args);
    });
    hookMethod(w.Navigator && w.Navigator.prototype, 'vibrate', (self, args, orig) => {
      report('vibrate', '');
      return blocked() ? false : R(orig, self, args);
    });
  }
  disarms[disarms.length] = () => {
    for (const m of media) { try { m.pause(); m.muted = true; } catch (e) {} }
    for (const ctx of contexts) { try { ctx.close(); } catch (e) {} }
    for (const p of popups) { try { p.close(); } catch (e) {} }
  };
// hooks/start.js: this window first.
// A part of hooks.js (one closure in the page's world; docs/extension.md, "The hooks' parts").
  R(wsAdd, hooked, [W]);
  install(W);
  sayHello();
// </hooks.js>
})();

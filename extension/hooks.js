/* AlertGuard page hooks: runs in the page's own (MAIN) world at
 * document_start in every frame, before any page script. It wraps the APIs
 * that fake warnings abuse, reports each use to AlertGuard's isolated content
 * script over a private MessageChannel, holds keyboard and pointer locks
 * until the page has been judged, and disarms the page when it is blocked.
 * It keeps no state the page can reach and never throws into page code. */
(() => {
  'use strict';
  const W = window;
  const nav = W.navigator;
  const now = () => (W.performance ? W.performance.now() : Date.now());
  const gesture = () => !!(nav.userActivation && nav.userActivation.isActive);
  const str = (v, max = 1024) => { try { return String(v == null ? '' : v).slice(0, max); } catch (e) { return ''; } };
  const define = (obj, name, fn) => {
    try {
      Object.defineProperty(obj, name, { value: fn, configurable: true, writable: true, enumerable: false });
    } catch (e) { /* non-configurable: leave it */ }
  };

  let port = null;
  let verdict = null; // null until judged; then 'allow' | 'warn' | 'block'
  const queue = [];
  const held = []; // lock requests waiting for a verdict
  const counts = Object.create(null);
  const dirty = new Set();
  let flushTimer = 0;
  const loadedAt = now();

  // Flood guard (needs no host): past a few uses in ten seconds, loops of
  // dialogs, history entries, pop-ups and print dialogs are swallowed unless
  // the page was judged safe. The page cannot trap the person, or starve the
  // browser, while it waits for a verdict.
  const FLOOD_LIMIT = { dialog: 2, history: 100, 'window-open': 3, print: 2 };
  const floodTimes = Object.create(null);
  function flooding(type) {
    if (verdict === 'allow') return false;
    const t = now();
    const list = floodTimes[type] || (floodTimes[type] = []);
    while (list.length && t - list[0] > 10000) list.shift();
    if (list.length >= FLOOD_LIMIT[type]) return true;
    list.push(t);
    return false;
  }

  function send(msg) {
    if (port) { try { port.postMessage(msg); } catch (e) { /* gone */ } return; }
    if (queue.length < 200) queue.push(msg);
  }

  // report records one use. The first use of a type goes out at once; later
  // uses are coalesced into one summary every 250 ms, so a page that floods
  // an API costs a counter increment per call.
  function report(type, detail) {
    let c = counts[type];
    const t = now();
    if (!c) {
      c = counts[type] = { type, count: 0, first: Math.round(t), last: 0, detail: str(detail), gesture: gesture() };
    }
    c.count = Math.min(c.count + 1, 1e6);
    c.last = Math.round(t);
    if (!gesture()) c.gesture = false;
    if (c.count === 1) { send({ t: 'ev', ev: Object.assign({}, c) }); return; }
    dirty.add(type);
    if (!flushTimer) {
      flushTimer = W.setTimeout(() => {
        flushTimer = 0;
        for (const k of dirty) send({ t: 'sum', ev: Object.assign({}, counts[k]) });
        dirty.clear();
      }, 250);
    }
  }

  W.addEventListener('message', (e) => {
    if (port || e.source !== W || e.data !== '__alertguard_port__' || !e.ports || !e.ports[0]) return;
    e.stopImmediatePropagation();
    port = e.ports[0];
    port.onmessage = (m) => onControl(m.data);
    while (queue.length) port.postMessage(queue.shift());
  }, true);

  function onControl(msg) {
    if (!msg || typeof msg !== 'object') return;
    if (msg.t === 'verdict') {
      verdict = msg.verdict;
      if (verdict === 'block') disarm();
      releaseHeld();
    }
  }

  function releaseHeld() {
    while (held.length) {
      const h = held.shift();
      try { if (verdict === 'block') h.refuse(); else h.grant(); } catch (e) { /* page's problem */ }
    }
  }

  // disarm undoes what a blocked page did, before AlertGuard takes the tab.
  const media = new Set();
  function disarm() {
    try { if (document.fullscreenElement && orig.exitFullscreen) orig.exitFullscreen.call(document); } catch (e) {}
    try { if (document.webkitFullscreenElement && document.webkitExitFullscreen) document.webkitExitFullscreen(); } catch (e) {}
    try { if (document.pointerLockElement) document.exitPointerLock(); } catch (e) {}
    try { if (nav.keyboard && nav.keyboard.unlock) nav.keyboard.unlock(); } catch (e) {}
    try { W.speechSynthesis && W.speechSynthesis.cancel(); } catch (e) {}
    for (const m of media) { try { m.pause(); m.muted = true; } catch (e) {} }
    try { document.querySelectorAll('audio, video').forEach((m) => { m.pause(); m.muted = true; }); } catch (e) {}
    for (const ctx of contexts) { try { ctx.close(); } catch (e) {} }
    try { W.onbeforeunload = null; } catch (e) {}
  }
  const blocked = () => verdict === 'block';

  const orig = {
    exitFullscreen: Document.prototype.exitFullscreen,
  };

  // Full screen: allowed, but an unjudged page is judged at once; a blocked
  // page is refused.
  for (const name of ['requestFullscreen', 'webkitRequestFullscreen', 'webkitRequestFullScreen', 'mozRequestFullScreen', 'msRequestFullscreen']) {
    const f = Element.prototype[name];
    if (typeof f !== 'function') continue;
    define(Element.prototype, name, function (...args) {
      report('fullscreen', this && this.tagName);
      if (blocked()) return Promise.reject(new DOMException('Blocked by AlertGuard', 'NotAllowedError'));
      return f.apply(this, args);
    });
  }

  // Keyboard lock: held until judged; refused on block.
  if (nav.keyboard && typeof nav.keyboard.lock === 'function') {
    const lock = nav.keyboard.lock;
    const kb = nav.keyboard;
    define(Object.getPrototypeOf(kb), 'lock', function (...args) {
      report('keyboard-lock', str(args[0]));
      if (verdict === 'allow' || verdict === 'warn') return lock.apply(this, args);
      if (blocked()) return Promise.reject(new DOMException('Blocked by AlertGuard', 'NotAllowedError'));
      return new Promise((resolve, reject) => {
        held.push({ grant: () => lock.apply(kb, args).then(resolve, reject), refuse: () => reject(new DOMException('Blocked by AlertGuard', 'NotAllowedError')) });
      });
    });
  }

  // Pointer lock: held until judged; refused on block.
  {
    const f = Element.prototype.requestPointerLock;
    if (typeof f === 'function') {
      define(Element.prototype, 'requestPointerLock', function (...args) {
        report('pointer-lock', this && this.tagName);
        if (verdict === 'allow' || verdict === 'warn') return f.apply(this, args);
        if (blocked()) return Promise.reject(new DOMException('Blocked by AlertGuard', 'NotAllowedError'));
        const el = this;
        return new Promise((resolve, reject) => {
          held.push({ grant: () => { try { resolve(f.apply(el, args)); } catch (e) { reject(e); } }, refuse: () => reject(new DOMException('Blocked by AlertGuard', 'NotAllowedError')) });
        });
      });
    }
  }

  // Dialogs: reported with their text; loops swallowed; none once blocked.
  for (const [name, fallback] of [['alert', undefined], ['confirm', false], ['prompt', null]]) {
    const f = W[name];
    if (typeof f !== 'function') continue;
    define(W, name, function (...args) {
      report('dialog', str(args[0]));
      if (blocked() || flooding('dialog')) return fallback;
      return f.apply(this, args);
    });
  }

  // History floods.
  for (const name of ['pushState', 'replaceState']) {
    const f = History.prototype[name];
    define(History.prototype, name, function (...args) {
      report('history', '');
      if (blocked() || flooding('history')) return undefined;
      return f.apply(this, args);
    });
  }

  // beforeunload traps: recorded; never run once the page is blocked.
  {
    const add = EventTarget.prototype.addEventListener;
    const gated = new WeakMap();
    define(EventTarget.prototype, 'addEventListener', function (type, listener, opts) {
      if (this === W && String(type).toLowerCase() === 'beforeunload' && listener) {
        report('beforeunload', '');
        let g = gated.get(listener);
        if (!g) {
          g = function (e) {
            if (blocked()) return undefined;
            return typeof listener === 'function' ? listener.call(this, e) : listener.handleEvent(e);
          };
          gated.set(listener, g);
        }
        return add.call(this, type, g, opts);
      }
      return add.call(this, type, listener, opts);
    });
    const rem = EventTarget.prototype.removeEventListener;
    define(EventTarget.prototype, 'removeEventListener', function (type, listener, opts) {
      return rem.call(this, type, (listener && gated.get(listener)) || listener, opts);
    });
    const desc = Object.getOwnPropertyDescriptor(W, 'onbeforeunload') || Object.getOwnPropertyDescriptor(Window.prototype, 'onbeforeunload');
    if (desc && desc.set && desc.configurable !== false) {
      let handler = null;
      try {
        Object.defineProperty(W, 'onbeforeunload', {
          configurable: true,
          get() { return handler; },
          set(v) {
            handler = typeof v === 'function' ? v : null;
            if (handler) report('beforeunload', '');
            desc.set.call(W, handler ? function (e) { return blocked() ? undefined : handler.call(this, e); } : null);
          },
        });
      } catch (e) { /* leave it */ }
    }
  }

  // window.open and print storms.
  {
    const open = W.open;
    define(W, 'open', function (...args) {
      report('window-open', str(args[0], 300));
      return blocked() || (!gesture() && flooding('window-open')) ? null : open.apply(this, args);
    });
    const print = W.print;
    define(W, 'print', function (...args) {
      report('print', '');
      return blocked() || flooding('print') ? undefined : print.apply(this, args);
    });
    for (const name of ['moveTo', 'resizeTo', 'moveBy', 'resizeBy']) {
      const f = W[name];
      if (typeof f === 'function') define(W, name, function (...args) { report('window-move', name); return blocked() ? undefined : f.apply(this, args); });
    }
  }

  // Notification prompts: a page that asks within seconds of loading,
  // without a click, gets "default" without any prompt (no host needed).
  if (W.Notification && typeof W.Notification.requestPermission === 'function') {
    const f = W.Notification.requestPermission;
    define(W.Notification, 'requestPermission', function (...args) {
      report('notification', '');
      if (blocked() || (!gesture() && now() - loadedAt < 10000 && verdict !== 'allow')) {
        const cb = args[0];
        if (typeof cb === 'function') { try { cb('default'); } catch (e) {} }
        return Promise.resolve('default');
      }
      return f.apply(this, args);
    });
  }
  if (W.PushManager && PushManager.prototype.subscribe) {
    const f = PushManager.prototype.subscribe;
    define(PushManager.prototype, 'subscribe', function (...args) {
      report('push-subscribe', '');
      return blocked() ? Promise.reject(new DOMException('Blocked by AlertGuard', 'NotAllowedError')) : f.apply(this, args);
    });
  }

  // Clipboard writes, with the text: ClickFix pages put commands there.
  if (nav.clipboard && typeof nav.clipboard.writeText === 'function') {
    const proto = Object.getPrototypeOf(nav.clipboard);
    const wt = proto.writeText;
    define(proto, 'writeText', function (...args) {
      report('clipboard-write', str(args[0]));
      return blocked() ? Promise.reject(new DOMException('Blocked by AlertGuard', 'NotAllowedError')) : wt.apply(this, args);
    });
    const w = proto.write;
    if (typeof w === 'function') {
      define(proto, 'write', function (...args) {
        report('clipboard-write', '[ClipboardItem]');
        return blocked() ? Promise.reject(new DOMException('Blocked by AlertGuard', 'NotAllowedError')) : w.apply(this, args);
      });
    }
  }
  {
    const f = Document.prototype.execCommand;
    define(Document.prototype, 'execCommand', function (cmd, ...rest) {
      const c = String(cmd).toLowerCase();
      if (c === 'copy' || c === 'cut') {
        let text = '';
        try {
          const a = document.activeElement;
          text = a && typeof a.value === 'string' ? a.value.slice(a.selectionStart || 0, a.selectionEnd || a.value.length) : String(document.getSelection());
        } catch (e) {}
        report('clipboard-write', str(text));
        if (blocked()) return false;
      }
      return f.call(this, cmd, ...rest);
    });
  }

  // Sound and speech: alarms are pressure.
  {
    const play = HTMLMediaElement.prototype.play;
    define(HTMLMediaElement.prototype, 'play', function (...args) {
      report('media-play', str(this.currentSrc || this.src, 300));
      media.add(this);
      if (blocked()) return Promise.reject(new DOMException('Blocked by AlertGuard', 'NotAllowedError'));
      return play.apply(this, args);
    });
  }
  const contexts = new Set();
  for (const name of ['AudioContext', 'webkitAudioContext']) {
    const C = W[name];
    if (typeof C !== 'function') continue;
    const Wrapped = function (...args) {
      report('audio-context', '');
      const ctx = new C(...args);
      contexts.add(ctx);
      return ctx;
    };
    Wrapped.prototype = C.prototype;
    define(W, name, Wrapped);
  }
  if (W.speechSynthesis && typeof W.speechSynthesis.speak === 'function') {
    const proto = Object.getPrototypeOf(W.speechSynthesis);
    const speak = proto.speak;
    define(proto, 'speak', function (u) {
      report('speech', str(u && u.text));
      return blocked() ? undefined : speak.call(this, u);
    });
  }
  if (typeof nav.vibrate === 'function') {
    const proto = Object.getPrototypeOf(nav);
    const vib = proto.vibrate;
    if (vib) define(proto, 'vibrate', function (...args) { report('vibrate', ''); return blocked() ? false : vib.apply(this, args); });
  }
  if (nav.geolocation) {
    const proto = Object.getPrototypeOf(nav.geolocation);
    for (const name of ['getCurrentPosition', 'watchPosition']) {
      const f = proto[name];
      if (typeof f === 'function') define(proto, name, function (...args) { report('geolocation', ''); return f.apply(this, args); });
    }
  }
  if (nav.mediaDevices && typeof nav.mediaDevices.getUserMedia === 'function') {
    const proto = Object.getPrototypeOf(nav.mediaDevices);
    const f = proto.getUserMedia;
    define(proto, 'getUserMedia', function (...args) {
      report('camera', '');
      return blocked() ? Promise.reject(new DOMException('Blocked by AlertGuard', 'NotAllowedError')) : f.apply(this, args);
    });
  }
})();

/* AlertGuard shared logic: pure functions and small classes used by the
 * content script, the service worker and the pages, and unit-tested with
 * node:test. No DOM or chrome.* access here. */
(function (root, factory) {
  if (typeof module === 'object' && module.exports) module.exports = factory();
  else root.AG = factory();
})(typeof globalThis !== 'undefined' ? globalThis : this, function () {
  'use strict';

  const HOST_NAME = 'jp.alertguard.host';

  // Limits mirrored from the host (docs/protocol.md).
  const LIMITS = {
    html: 2 * 1024 * 1024,
    text: 1024 * 1024,
    frames: 32,
    frameHTML: 1024 * 1024,
    scripts: 32,
    script: 512 * 1024,
    events: 64,
    detail: 1024,
    maxCount: 1000000,
  };

  // Events that ask for a verdict at once.
  const HIGH_RISK = new Set(['fullscreen', 'keyboard-lock', 'pointer-lock', 'notification',
    'clipboard-write', 'push-subscribe', 'camera', 'geolocation', 'speech', 'download']);
  // Events that ask at once only when repeated (loops and floods).
  const FLOOD = { dialog: 3, history: 50, 'window-open': 3, print: 3, 'window-move': 5 };

  function cut(s, max) {
    s = s == null ? '' : String(s);
    return s.length > max ? s.slice(0, max) : s;
  }

  /** EventRecorder aggregates observed API uses into bounded records. */
  class EventRecorder {
    constructor(maxTypes = LIMITS.events) {
      this.byType = new Map();
      this.maxTypes = maxTypes;
    }
    /** record returns true when this use should trigger an immediate verdict. */
    record(type, detail, gesture, t) {
      let e = this.byType.get(type);
      if (!e) {
        if (this.byType.size >= this.maxTypes) return false;
        e = { type, count: 0, first: Math.round(t), last: Math.round(t), detail: '', gesture: true };
        this.byType.set(type, e);
      }
      if (e.count < LIMITS.maxCount) e.count++;
      e.last = Math.round(t);
      e.gesture = e.gesture && !!gesture;
      if (!e.detail && detail) e.detail = cut(detail, LIMITS.detail);
      if (HIGH_RISK.has(type)) return e.count === 1;
      const flood = FLOOD[type];
      return flood !== undefined && e.count === flood;
    }
    merge(events) {
      for (const ev of events || []) {
        if (!ev || typeof ev.type !== 'string') continue;
        let e = this.byType.get(ev.type);
        if (!e) {
          if (this.byType.size >= this.maxTypes) continue;
          e = { type: ev.type, count: 0, first: ev.first | 0, last: ev.last | 0, detail: '', gesture: true };
          this.byType.set(ev.type, e);
        }
        e.count = Math.min(LIMITS.maxCount, e.count + (ev.count | 0));
        e.first = Math.min(e.first, ev.first | 0);
        e.last = Math.max(e.last, ev.last | 0);
        e.gesture = e.gesture && !!ev.gesture;
        if (!e.detail && ev.detail) e.detail = cut(ev.detail, LIMITS.detail);
      }
    }
    /** note makes detail the evidence for type: a held action is judged
     * on what it is doing now, not on its first use. */
    note(type, detail) {
      const e = this.byType.get(type);
      if (e && detail) e.detail = cut(detail, LIMITS.detail);
    }
    list() {
      return Array.from(this.byType.values(), (e) => Object.assign({}, e));
    }
  }

  // --- holds (docs/extension.md, "Holding") ---------------------------------

  /** holdDetail turns what a held action carries into bounded evidence.
   * Clipboard text is shown as it would be pasted: invisible characters
   * dropped, runs of white space made one, and when it is too long its
   * start and its end kept, so padding cannot push a command out of view. */
  function holdDetail(type, detail) {
    let s = cut(detail, 1 << 20);
    if (type !== 'clipboard-write' && type !== 'download') return cut(s, LIMITS.detail);
    s = s.replace(/[\u200b-\u200f\u2060\ufeff\u00ad]/g, '').replace(/[\s\u00a0\u3000]+/g, ' ').trim();
    if (s.length <= LIMITS.detail) return s;
    return s.slice(0, 600) + ' … ' + s.slice(s.length - (LIMITS.detail - 603));
  }

  /** holdBound is how long an action waits for the host before the
   * fallback decides (ms). Clipboard writes and full screen must still be
   * inside the click's user activation (5 s in both browsers). */
  function holdBound(type) {
    if (type === 'download') return 10000;
    if (type === 'clipboard-write') return 3000;
    return 4000;
  }

  // Commands a page has no business putting on a clipboard for a Run
  // dialog or a terminal (mirrors signatures/clickfix-command-on-clipboard).
  const COMMAND = /powershell|pwsh|mshta|\bcmd(?:\.exe)?\s+\/[ck]|curl\s[^|]*\|\s*(?:ba|z)?sh|wget\s[^|]*\|\s*(?:ba)?sh|osascript|certutil|msiexec|rundll32|regsvr32|bitsadmin|\biex\b|invoke-expression|invoke-webrequest|\biwr\b|\birm\b|wscript|cscript|base64\s+(?:-d|--decode)|frombase64string|start-process|^\s*(?:cmd|conhost|explorer|forfiles|msbuild|schtasks)\b/i;
  function looksLikeCommand(text) {
    return COMMAND.test(String(text || ''));
  }

  // File types that run code when opened: programs, scripts, installers,
  // disk images and Android packages.
  const EXECUTABLE = /\.(?:exe|msi|msix|msixbundle|appx|appxbundle|msp|bat|cmd|com|scr|pif|cpl|ps1|psm1|vbs|vbe|js|jse|wsf|wsh|hta|lnk|reg|iso|img|vhdx?|dmg|pkg|mpkg|app|apk|xapk|aab|jar|sh|run|deb|rpm|appimage)$/i;
  const EXECUTABLE_MIME = /^application\/(?:x-msdownload|x-msdos-program|x-msi|x-ms-installer|vnd\.microsoft\.portable-executable|vnd\.android\.package-archive|x-apple-diskimage|java-archive|x-sh|x-bat|hta|x-iso9660-image)$/i;
  /** isExecutable tells whether a download (file name or address, and MIME
   * type) is a program, script, installer or app package. */
  function isExecutable(name, mime) {
    const base = String(name || '').split(/[?#]/)[0].replace(/\.+$/, '');
    return EXECUTABLE.test(base) || EXECUTABLE_MIME.test(String(mime || '').split(';')[0].trim());
  }

  /** holdFallback decides a held action when no verdict came in time (the
   * host is slow or missing), so the person is never left waiting:
   * - a clipboard write goes through unless the text looks like a command;
   * - a permission prompt after a click goes to the browser's own prompt
   *   (the person decides, as without AlertGuard); without a click it is
   *   answered "not now";
   * - locks and full screen are refused (nothing is taken from the person);
   * - a download goes on unless it is a program, script or installer.
   * Returns 'pass' or 'refuse'. */
  function holdFallback(type, detail, gesture) {
    switch (type) {
      case 'clipboard-write': return looksLikeCommand(detail) ? 'refuse' : 'pass';
      case 'notification': case 'push-subscribe': case 'geolocation': case 'camera': return gesture ? 'pass' : 'refuse';
      case 'download': return 'refuse';
      default: return 'refuse';
    }
  }

  /** within settles with the promise's value, or null after ms. */
  function within(promise, ms, timers = { setTimeout: (f, t) => setTimeout(f, t), clearTimeout: (t) => clearTimeout(t) }) {
    return new Promise((resolve) => {
      const timer = timers.setTimeout(() => resolve(null), ms);
      Promise.resolve(promise).then((v) => { timers.clearTimeout(timer); resolve(v); }, () => { timers.clearTimeout(timer); resolve(null); });
    });
  }

  /** downloadDetail is a download's evidence for the host: its file name,
   * MIME type and address. */
  function downloadDetail(item) {
    const name = String(item.filename || '').split(/[\\/]/).pop() || String(item.url || '').split(/[?#]/)[0].split('/').pop();
    return cut([name, item.mime || '', item.finalUrl || item.url || ''].join(' '), LIMITS.detail);
  }

  /** downloadPageMatch ranks how well a tab's address matches a download:
   * 2 for the page that referred it, 1 for the same origin (the referrer,
   * a blob: URL's creator, or the file's own), 0 otherwise. */
  function downloadPageMatch(item, tabUrl) {
    const page = String(tabUrl || '').split('#')[0];
    const ref = String(item.referrer || '').split('#')[0];
    if (!page) return 0;
    if (ref && page === ref) return 2;
    const origin = (u) => { try { return new URL(u).origin; } catch (e) { return ''; } };
    const url = String(item.url || '');
    const from = ref ? origin(ref) : origin(url.startsWith('blob:') ? url.slice(5) : url);
    return from && from !== 'null' && origin(page) === from ? 1 : 0;
  }

  /** Scheduler decides when a snapshot is taken: after DOMContentLoaded,
   * at once on a high-risk event (at most every minGap ms), and after bursts
   * of DOM change (debounced, a bounded number of times per page). */
  class Scheduler {
    constructor(fire, opts = {}) {
      this.fire = fire;
      this.setTimeout = opts.setTimeout || ((f, ms) => setTimeout(f, ms));
      this.clearTimeout = opts.clearTimeout || ((t) => clearTimeout(t));
      this.now = opts.now || (() => Date.now());
      this.debounce = opts.debounce || 1500;
      this.maxMutations = opts.maxMutations || 5;
      this.minGap = opts.minGap || 700;
      this.mutationTimer = null;
      this.mutationSnapshots = 0;
      this.lastFire = -Infinity;
      this.pending = null;
      this.loaded = false;
    }
    _fire(reason) {
      const gap = this.now() - this.lastFire;
      if (gap < this.minGap) {
        if (!this.pending) {
          this.pending = this.setTimeout(() => { this.pending = null; this._fire(reason); }, this.minGap - gap);
        }
        return;
      }
      this.lastFire = this.now();
      this.fire(reason);
    }
    domContentLoaded() {
      this.loaded = true;
      this._fire('load');
    }
    highRisk(type) {
      this._fire('event:' + type);
    }
    mutation() {
      if (!this.loaded || this.mutationSnapshots >= this.maxMutations) return;
      if (this.mutationTimer) this.clearTimeout(this.mutationTimer);
      this.mutationTimer = this.setTimeout(() => {
        this.mutationTimer = null;
        this.mutationSnapshots++;
        this._fire('mutation');
      }, this.debounce);
    }
  }

  /** buildSnapshot reads a document into the host's snapshot shape. */
  function buildSnapshot(doc, loc, events, reason, extra = {}) {
    const html = doc.documentElement ? doc.documentElement.outerHTML : '';
    const body = doc.body;
    const text = body ? (body.innerText !== undefined ? body.innerText : body.textContent) : '';
    const frames = [];
    const frameUrls = [];
    const iframes = doc.querySelectorAll ? Array.from(doc.querySelectorAll('iframe, frame')) : [];
    for (const f of iframes) {
      if (frameUrls.length < 64) frameUrls.push(cut(f.src || 'about:srcdoc', 8192));
      if (frames.length >= LIMITS.frames) continue;
      let fd = null;
      try { fd = f.contentDocument; } catch (e) { fd = null; }
      if (fd && fd.documentElement) {
        frames.push({
          url: cut(f.src || 'about:srcdoc', 8192),
          html: cut(fd.documentElement.outerHTML, LIMITS.frameHTML),
          text: cut(fd.body ? fd.body.innerText || fd.body.textContent : '', LIMITS.frameHTML),
        });
      }
    }
    return {
      url: cut(loc.href, 8192),
      title: cut(doc.title, 1024),
      lang: cut((doc.documentElement && doc.documentElement.lang) || extra.lang || '', 35),
      html: cut(html, LIMITS.html),
      text: cut(text, LIMITS.text),
      frameUrls,
      frames,
      scripts: (extra.scripts || []).slice(0, LIMITS.scripts),
      events: (events || []).slice(0, LIMITS.events),
      reason: cut(reason, 64),
      browser: cut(extra.browser || '', 64),
    };
  }

  /** Pending correlates native-messaging requests with replies by id. */
  class Pending {
    constructor(opts = {}) {
      this.map = new Map();
      this.next = 1;
      this.setTimeout = opts.setTimeout || ((f, ms) => setTimeout(f, ms));
      this.clearTimeout = opts.clearTimeout || ((t) => clearTimeout(t));
    }
    add(timeoutMs, onTimeout) {
      const id = 'r' + this.next++;
      const p = new Promise((resolve, reject) => {
        const timer = this.setTimeout(() => {
          this.map.delete(id);
          reject(new Error('timeout'));
          if (onTimeout) onTimeout(id);
        }, timeoutMs);
        this.map.set(id, { resolve, reject, timer });
      });
      return { id, promise: p };
    }
    resolve(msg) {
      if (!msg || typeof msg.id !== 'string') return false;
      const p = this.map.get(msg.id);
      if (!p) return false;
      this.map.delete(msg.id);
      this.clearTimeout(p.timer);
      if (msg.type === 'error') {
        const err = new Error(msg.message || msg.code);
        err.code = msg.code;
        err.reply = msg;
        p.reject(err);
      } else p.resolve(msg);
      return true;
    }
    rejectAll(err) {
      for (const [id, p] of this.map) {
        this.clearTimeout(p.timer);
        p.reject(err);
        this.map.delete(id);
      }
    }
    get size() { return this.map.size; }
  }

  /** LRU is a small bounded cache for verdicts per tab and URL. */
  class LRU {
    constructor(max = 500) { this.max = max; this.m = new Map(); }
    get(k) {
      if (!this.m.has(k)) return undefined;
      const v = this.m.get(k);
      this.m.delete(k);
      this.m.set(k, v);
      return v;
    }
    set(k, v) {
      this.m.delete(k);
      this.m.set(k, v);
      while (this.m.size > this.max) this.m.delete(this.m.keys().next().value);
    }
    deleteWhere(pred) { for (const k of Array.from(this.m.keys())) if (pred(k)) this.m.delete(k); }
  }

  /** hostStateFromError maps a native-messaging failure to what the popup says. */
  function hostStateFromError(message) {
    const m = String(message || '').toLowerCase();
    if (m.includes('not found') || m.includes('no such native application') || m.includes('not installed')) return 'missing';
    if (m.includes('forbidden')) return 'forbidden';
    return 'broken';
  }

  /** pickLang returns 'ja' or 'en' from a UI language and an optional override. */
  function pickLang(uiLang, override) {
    if (override === 'ja' || override === 'en') return override;
    return String(uiLang || '').toLowerCase().startsWith('ja') ? 'ja' : 'en';
  }

  /** verdictKey is the cache key for a tab's page (fragment ignored). */
  function verdictKey(tabId, url) {
    return tabId + '|' + String(url || '').split('#')[0];
  }

  /** isExtensionSender checks a runtime message comes from our own content
   * scripts or pages, never from a web page or another extension. */
  function isExtensionSender(sender, runtimeId) {
    return !!sender && sender.id === runtimeId;
  }

  /** isOwnPage checks a message comes from one of our extension pages
   * (blocked, options, popup), never from a content script: a content
   * script's sender URL is the web page's. page narrows it to one page. */
  function isOwnPage(sender, runtimeId, base, page) {
    if (!isExtensionSender(sender, runtimeId)) return false;
    const url = String(sender.url || '');
    return url.startsWith(base + (page || ''));
  }

  /** pinMessage names the i18n message for a host reply to a PIN-guarded
   * request, or '' when it succeeded. */
  function pinMessage(reply) {
    if (!reply || reply.type !== 'error') return '';
    switch (reply.code) {
      case 'pin_required': return 'pinRequired';
      case 'pin_wrong': return 'pinWrong';
      case 'pin_locked': return 'pinLocked';
      case 'bad_request': return 'badInput';
      default: return 'hostFailed';
    }
  }

  /** filterEntries applies the log page's filters. Dates are YYYY-MM-DD in
   * the viewer's zone; site matches part of the host name; choice 'none'
   * keeps entries with no recorded choice. */
  function filterEntries(entries, f, dayOf) {
    const day = dayOf || ((iso) => String(iso || '').slice(0, 10));
    const site = String(f.site || '').trim().toLowerCase();
    return entries.filter((e) => {
      const d = day(e.time);
      if (f.from && d < f.from) return false;
      if (f.to && d > f.to) return false;
      if (f.category && !(e.categories || []).includes(f.category)) return false;
      if (site) {
        let host = String(e.url || '');
        try { host = new URL(e.url).host; } catch (err) { /* keep raw */ }
        if (!host.toLowerCase().includes(site)) return false;
      }
      const choices = (e.choices || []).map((c) => c.choice);
      if (f.choice === 'none' && choices.length > 0) return false;
      if (f.choice && f.choice !== 'none' && !choices.includes(f.choice)) return false;
      return true;
    });
  }

  return { HOST_NAME, LIMITS, HIGH_RISK, FLOOD, EventRecorder, holdDetail, holdBound, holdFallback, looksLikeCommand, isExecutable, within,
    downloadDetail, downloadPageMatch, Scheduler, buildSnapshot, Pending, LRU,
    hostStateFromError, pickLang, verdictKey, isExtensionSender, isOwnPage, pinMessage, filterEntries, cut };
});

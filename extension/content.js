/* AlertGuard content script (isolated world): collects what the page hooks
 * report, builds snapshots, asks the service worker for a verdict, and shows
 * the warning banner. The top frame sends snapshots; child frames forward
 * their events. */
(() => {
  'use strict';
  const AG = globalThis.AG;
  const api = globalThis.browser || globalThis.chrome;
  const top = window.top === window;
  const recorder = new AG.EventRecorder();
  let verdict = null;

  // Private channel to the page hooks (see hooks.js). The hooks start just
  // after us and say hello synchronously (hooks/state.js), before any page
  // script: the port goes to them within that call, in a message event of
  // ours (a posted message would come too late in Firefox, which holds it
  // back until the page has loaded). Should they have started first, our
  // ping makes them say it again. The offer carries the name of the event
  // that tells the hooks of a block synchronously (blockHooksNow): random,
  // and only the hooks learn it. (Firefox gives a content script the
  // page's own events only when it asks: wantsUntrusted.)
  const channel = new MessageChannel();
  channel.port1.onmessage = (m) => onHook(m.data);
  const blockEvent = '__alertguard_block_' + Array.from(crypto.getRandomValues(new Uint32Array(4)), (n) => n.toString(36)).join('');
  let offered = false;
  window.addEventListener('__alertguard_hooks', (e) => {
    e.stopImmediatePropagation();
    if (offered) return;
    offered = true;
    window.dispatchEvent(new MessageEvent('message', { data: '__alertguard_port__:' + blockEvent, ports: [channel.port2] }));
  }, true, true);
  try { window.dispatchEvent(new Event('__alertguard_ping')); } catch (e) { /* no hooks yet: their hello comes */ }

  function onHook(msg) {
    if (msg && msg.t === 'ack' && typeof msg.ack === 'number') { const f = acks.get(msg.ack); if (f) f(); return; }
    if (!msg || typeof msg !== 'object' || !msg.ev || typeof msg.ev.type !== 'string') return;
    const ev = msg.ev;
    if (top) Veil.consider({ event: ev });
    if (msg.t === 'hold') { onHold(msg.id, ev); return; }
    const urgent = observe(ev);
    if (top) {
      if (urgent) scheduler.highRisk(ev.type);
    } else {
      sendToWorker({ type: 'events', events: outbox.take(), urgent });
    }
  }

  // observe adds a report of uses to the page's record; a child frame also
  // keeps what it has not yet told the service worker, which adds reports up.
  const outbox = new AG.EventRecorder();
  function observe(ev) {
    const urgent = recorder.add(ev);
    if (!top) outbox.add(ev);
    return urgent;
  }

  function sendToWorker(msg) {
    try {
      const p = api.runtime.sendMessage(msg);
      if (p && p.catch) p.catch(() => {});
    } catch (e) { /* extension reloaded */ }
  }

  // Same-origin scripts of the page (the host reads them for risky API
  // calls). Each address is fetched once per page and the answer reused;
  // every fetch has a deadline and a size cap, and a snapshot waits for the
  // scripts at most SCRIPTS_WAIT_MS (a hold's snapshot HOLD_SCRIPTS_WAIT_MS,
  // inside the hold's own bound): what has not arrived by then, or did
  // not answer 200, goes as missing (url, empty source, missing: true), never
  // as an error page's body. So a script that never answers cannot stop the
  // page from being judged (review: the stalled snapshot).
  // When scripts arrive after a snapshot went without them, the page is
  // judged once more with them (a slow server is not a way around).
  const SCRIPT_FETCH_MS = 5000;
  const SCRIPTS_WAIT_MS = 3000;
  const HOLD_SCRIPTS_WAIT_MS = 1000;
  let lateAsked = false;
  // scriptsDue: a verdict came without some of the page's scripts and the
  // page is judged again when they arrive; a veil stays until that verdict
  // (within its own bound, AG.VEIL_MAX_MS): a page whose scam is in its
  // scripts is not shown between the two (issue 24).
  let scriptsDue = false;
  const scriptFetches = new Map(); // url → Promise<{ url, source, missing? }>
  function fetchScript(url) {
    let p = scriptFetches.get(url);
    if (p) return p;
    p = (async () => {
      const ctl = new AbortController();
      const timer = setTimeout(() => ctl.abort(), SCRIPT_FETCH_MS);
      try {
        const r = await fetch(url, { credentials: 'same-origin', signal: ctl.signal });
        if (!r.ok || !r.body) return { url, source: '', missing: true };
        const reader = r.body.getReader();
        const dec = new TextDecoder();
        let text = '';
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          text += dec.decode(value, { stream: true });
          if (text.length >= AG.LIMITS.script) { reader.cancel().catch(() => {}); break; }
        }
        return { url, source: AG.cut(text, AG.LIMITS.script) };
      } catch (e) {
        return { url, source: '', missing: true };
      } finally { clearTimeout(timer); }
    })();
    scriptFetches.set(url, p);
    return p;
  }
  const arrived = new Map(); // url → its answer, once it came
  // pageScripts gives the page's same-origin scripts, waiting at most wait
  // ms (0: not at all) for those not here yet; those go as missing, and
  // the late re-judge brings them.
  async function pageScripts(wait) {
    const urls = [];
    for (const s of Array.from(document.scripts || [])) {
      if (urls.length >= AG.LIMITS.scripts) break;
      if (!s.src || !AG.isScriptType(s.type)) continue;
      let u;
      try { u = new URL(s.src, location.href); } catch (e) { continue; }
      if (u.origin !== location.origin || urls.includes(u.href)) continue;
      urls.push(u.href);
    }
    const all = Promise.all(urls.map((u) => fetchScript(u).then((r) => { arrived.set(u, r); return r; })));
    if (urls.every((u) => arrived.has(u))) return urls.map((u) => arrived.get(u));
    const got = wait > 0 ? await AG.within(all, wait) : null;
    if (got) return got;
    if (!lateAsked) {
      lateAsked = true;
      scriptsDue = true;
      all.then((list) => {
        scriptsDue = false;
        if (list.some((r) => !r.missing)) scheduler.scriptsArrived();
        else if (verdict && verdict !== 'block') Veil.judged();
      });
    }
    return urls.map((u) => arrived.get(u) || { url: u, source: '', missing: true });
  }

  // takeSnapshot reads the page as it is now, without AlertGuard's banner.
  // When the page holds the screen (full screen, a lock) or most of what
  // is visible is canvas or pictures, it asks the service worker for a
  // picture of the tab to go with it (screenshotWanted: the trigger), so
  // text drawn rather than written is read too.
  // first: the page's first snapshot goes without the picture even when
  // there is a trigger (snapshot() sends it after, issue 24). It waits for
  // the page's scripts like any other snapshot: sending it without them
  // (issue 24's cut 1) was taken back (docs/performance.md, "After the
  // second pass").
  async function takeSnapshot(events, reason, first = false) {
    const wait = reason.startsWith('hold:') ? HOLD_SCRIPTS_WAIT_MS : SCRIPTS_WAIT_MS;
    const scripts = await pageScripts(wait);
    const snap = AG.buildSnapshot(document, location, events, reason, {
      scripts, lang: navigator.language, browser: navigator.userAgent.includes('Firefox') ? 'firefox' : 'chromium', exclude: [Banner.element(), Veil.element()],
    });
    const trigger = first ? '' : screenTrigger();
    if (trigger) {
      snap.screenshotWanted = trigger;
      await painted();
      await Veil.down(); // the picture is of the page, not of the veil
    }
    return snap;
  }
  // painted settles once the pictures in the page are decoded and a frame
  // has been painted (a snapshot at DOMContentLoaded comes before the first
  // paint, and its picture would be blank), at most PAINT_WAIT_MS.
  const PAINT_WAIT_MS = 1000;
  function painted() {
    const imgs = Array.from(document.images || []).slice(0, 50);
    const decoded = Promise.all(imgs.map((i) => (i.decode ? i.decode().catch(() => {}) : null)));
    const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    return AG.within(decoded.then(frame), PAINT_WAIT_MS);
  }

  // --- what the person sees, when it is not text (review 8) ----------------
  let lockGranted = false; // a keyboard or pointer lock was let through
  document.addEventListener('fullscreenchange', () => { if (!document.fullscreenElement) lockGranted = false; }, true);
  function screenTrigger() {
    if (!top) return '';
    const vw = window.innerWidth;
    const vh = window.innerHeight;
    const covered = (sel) => {
      let area = 0;
      const els = document.querySelectorAll(sel);
      for (let i = 0; i < els.length && i < 200; i++) {
        const r = els[i].getBoundingClientRect();
        const w = Math.min(r.right, vw) - Math.max(r.left, 0);
        const h = Math.min(r.bottom, vh) - Math.max(r.top, 0);
        if (w > 0 && h > 0) area += w * h;
      }
      return area;
    };
    return AG.screenTrigger({
      fullscreen: !!(document.fullscreenElement || document.webkitFullscreenElement),
      locked: !!document.pointerLockElement || lockGranted,
      viewport: vw * vh,
      canvas: covered('canvas'),
      images: covered('img, picture, svg image, video[poster]'),
    });
  }
  // While the page holds the screen its verdict is asked again every few
  // seconds, and when the tab comes back into view: a game may draw its
  // "alert" on a canvas after it got full screen, with no DOM change.
  const REVISIT_MS = 3000;
  if (top) {
    const revisit = (why) => {
      if (verdict === 'block' || document.hidden) return;
      const t = screenTrigger();
      if (t === 'fullscreen' || t === 'lock' || (why !== 'timer' && t)) snapshot('revisit:' + (why === 'timer' ? t : why));
    };
    setInterval(() => revisit('timer'), REVISIT_MS);
    document.addEventListener('visibilitychange', () => revisit('visible'));
    window.addEventListener('focus', () => revisit('focus'));
  }

  // --- cross-origin frames are judged in their own right (review 7) ------
  // The top frame cannot read them, so each sends what it shows to the
  // service worker, which adds it to the tab's snapshots as a frame.
  const crossOrigin = !top && (() => { try { return !window.top.location.href; } catch (e) { return true; } })();
  function frameSnapshot() {
    const html = document.documentElement ? document.documentElement.outerHTML : '';
    const body = document.body;
    return { url: AG.cut(location.href, 8192), html: AG.cut(html, AG.LIMITS.frameHTML), text: AG.cut(body ? body.innerText || body.textContent || '' : '', AG.LIMITS.frameHTML) };
  }
  if (crossOrigin) {
    const frames = new AG.Scheduler(() => sendToWorker({ type: 'frame', frame: frameSnapshot() }));
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => frames.domContentLoaded(), { once: true });
    else frames.domContentLoaded();
    const fmo = new MutationObserver(() => frames.mutation());
    const fwatch = () => { try { fmo.observe(document.documentElement, { childList: true, subtree: true, characterData: true }); } catch (e) {} };
    if (document.documentElement) fwatch(); else document.addEventListener('readystatechange', fwatch, { once: true });
  }

  // The first snapshot (at DOMContentLoaded) goes without waiting for a
  // paint and without the picture of the tab (its scripts it waits for,
  // see takeSnapshot): waiting for the page to paint and for its picture
  // to be read cost a page that holds the screen or is mostly pictures
  // hundreds of milliseconds before its first verdict (issue 24). When
  // there is a reason for a picture it follows in a second snapshot.
  let firstSent = false;
  async function snapshot(reason) {
    if (!top || verdict === 'block') return;
    const first = !firstSent;
    firstSent = true;
    const snap = await takeSnapshot(recorder.list(), reason, first);
    sendToWorker({ type: 'snapshot', snapshot: snap, stages: stages() });
    if (first && screenTrigger() && verdict !== 'block') {
      const again = await takeSnapshot(recorder.list(), reason);
      if (verdict !== 'block') sendToWorker({ type: 'snapshot', snapshot: again, stages: stages() });
    }
  }

  // stages are this page's times on its way to a verdict, for the browser
  // benchmark (docs/performance.md, "Time to the block page"): when the
  // navigation started (ms since the epoch), its DOMContentLoaded and this
  // snapshot's sending (ms after it). They go to the service worker only,
  // never into the page's own performance timeline.
  function stages() {
    let dcl = 0;
    try { const n = performance.getEntriesByType('navigation')[0]; dcl = n ? n.domContentLoadedEventStart : 0; } catch (e) { /* none */ }
    return { origin: performance.timeOrigin, dcl, sent: performance.now() };
  }

  const scheduler = new AG.Scheduler((reason) => { snapshot(reason); });

  // --- holds: an irreversible action waits for a verdict that saw it -------
  // The top frame counts DOM changes (attributes too: a locker may only
  // unhide its text); a verdict is reused only for a page that has not
  // changed since, within a second, and whose judgement already included
  // this kind of action (for clipboard writes: this very text): AG.mayReuse.
  let mutations = 0;
  let judged = { at: -1, time: -Infinity, types: new Set(), clips: new Set() };

  async function onHold(id, ev) {
    const detail = AG.holdDetail(ev.type, ev.detail);
    const t = Number(ev.first) || 0;
    const use = { type: ev.type, count: 1, first: t, last: t, detail, gesture: !!ev.gesture };
    // A child frame does not put its held use in the outbox: it goes with
    // the question, so the top frame judges the page with this text.
    recorder.add(use);
    recorder.note(ev.type, detail);
    const v = await decide(use);
    if ((ev.type === 'keyboard-lock' || ev.type === 'pointer-lock') && (v === 'allow' || v === 'warn')) lockGranted = true;
    channel.port1.postMessage({ t: 'verdict', verdict: v, hold: id });
    if (ev.type === 'notification') setTimeout(reportNotificationSite, 1000);
  }

  async function decide(use) {
    if (verdict === 'block') return 'block';
    if (top && AG.mayReuse(judged, verdict, use.type, use.detail, mutations, performance.now())) return verdict;
    const answer = await AG.within(askHold(use.type, use.detail, use), AG.holdBound(use.type));
    if (answer && answer.verdict) return answer.verdict;
    return AG.holdFallback(use.type, use.detail, use.gesture);
  }

  // askHold gets a fresh verdict: the top frame sends a snapshot of the page
  // as it is now; a child frame asks the top frame through the worker, with
  // its held use (the top frame records it as the evidence).
  // A download's question is quiet (review: legitimate downloads blocked):
  // the file is evidence for this answer only, not part of the page's
  // record, and a block cancels the file without blocking the page (the
  // service worker warns instead); the page is blocked only by its own
  // verdicts.
  async function askHold(type, detail, use, quiet) {
    if (!top) return ask({ type: 'hold', events: outbox.take(), event: use || null, frame: crossOrigin ? frameSnapshot() : null });
    const at = mutations;
    const taken = performance.now(); // the verdict is as old as its snapshot
    const events = recorder.list();
    if (quiet && use) events.push(use);
    const snap = await takeSnapshot(events, 'hold:' + type);
    const answer = await ask({ type: 'hold', snapshot: snap, quiet: !!quiet, stages: stages() });
    if (quiet) return answer;
    if (answer && answer.verdict) {
      verdict = answer.verdict;
      if (answer.verdict !== 'block') Veil.judged();
      if (answer.verdict !== 'block') {
        if (judged.at !== at) judged = { at, time: taken, types: new Set(), clips: new Set() };
        judged.time = taken;
        for (const e of events) judged.types.add(e.type);
        if (type === 'clipboard-write') judged.clips.add(detail);
      }
    }
    return answer;
  }

  function ask(msg) {
    try {
      return Promise.resolve(api.runtime.sendMessage(msg)).catch(() => null);
    } catch (e) { return Promise.resolve(null); }
  }

  // tellHooks gives the hooks a verdict and settles once they confirm it
  // (at most ACK_MS: a frame whose hooks never started must not hold up
  // the block).
  const ACK_MS = 1000;
  const acks = new Map();
  let ackSeq = 0;
  function tellHooks(v) {
    if (v === 'block' && blockHooksNow()) return Promise.resolve();
    const id = ++ackSeq;
    return new Promise((resolve) => {
      const done = () => { acks.delete(id); resolve(); };
      acks.set(id, done);
      setTimeout(done, ACK_MS);
      channel.port1.postMessage({ t: 'verdict', verdict: v, ack: id });
    });
  }

  // blockHooksNow tells the hooks of a block in this very task, before the
  // cover goes up: from here on no page DOM observer runs and no page
  // element enters the top layer (hooks/traps.js), so nothing the page does
  // between the cover and a message's arrival can answer the cover. The
  // hooks cancel the event when they heard it (true); before they learnt
  // its name (the channel's first message), the message goes as before.
  function blockHooksNow() {
    try { return !window.dispatchEvent(new Event(blockEvent, { cancelable: true })); } catch (e) { return false; }
  }

  // The guardian's options page lists the sites that hold notification
  // permission (the page hooks hide it from unjudged pages; this world sees
  // the real state).
  function reportNotificationSite() {
    try {
      if (typeof Notification === 'undefined' || Notification.permission !== 'granted' || location.origin === 'null') return;
      sendToWorker({ type: 'notify-site', origin: location.origin });
    } catch (e) { /* no Notification here */ }
  }
  // Read when the page is idle, not at DOMContentLoaded: the permission is
  // a synchronous question to the browser, in every frame, and it is for
  // the guardian's list only (issue 24: 1–3 ms a page inside
  // DOMContentLoaded under load, test/bench/prof-start.js).
  const idle = () => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(reportNotificationSite, { timeout: 2000 });
    else setTimeout(reportNotificationSite, 500);
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', idle, { once: true });
  else idle();

  if (top) {
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', () => scheduler.domContentLoaded(), { once: true });
    } else {
      scheduler.domContentLoaded();
    }
    // Our own veil coming and going is not a change of the page: it must
    // not bring a snapshot or spoil a verdict's reuse.
    const ours = (r) => Veil.isOurs(r.target) || (r.type === 'childList' && [...r.addedNodes, ...r.removedNodes].every((n) => Veil.isOurs(n)));
    // One observer, one pass over the records: any change of the page's
    // spoils a verdict's reuse (attributes too); a change of its content
    // (not of attributes alone) brings a snapshot.
    const mo = new MutationObserver((recs) => {
      let changed = false;
      let content = false;
      for (const r of recs) {
        if (ours(r)) continue;
        changed = true;
        if (r.type !== 'attributes') { content = true; break; }
      }
      if (changed) mutations++;
      if (content) scheduler.mutation();
    });
    const watch = () => {
      try { mo.observe(document.documentElement, { childList: true, subtree: true, characterData: true, attributes: true }); } catch (e) {}
    };
    if (document.documentElement) watch(); else document.addEventListener('readystatechange', watch, { once: true });
  }

  api.runtime.onMessage.addListener((msg, sender, sendResponse) => {
    if (!AG.isExtensionSender(sender, api.runtime.id) || !msg) return undefined;
    if (msg.type === 'snapshot-now' && top) { scheduler.highRisk('frame'); return undefined; }
    // A child frame's or a download's hold: judge the page with it.
    if (msg.type === 'hold-snapshot' && top) {
      const ev = msg.event;
      let type = 'frame';
      let detail = '';
      const quiet = !!msg.quiet;
      let use = null;
      if (ev && typeof ev.type === 'string') {
        type = ev.type;
        detail = AG.holdDetail(ev.type, ev.detail);
        const t = Math.round(performance.now());
        use = { type, count: 1, first: t, last: t, detail, gesture: !!ev.gesture };
        if (!quiet) {
          recorder.add(use);
          recorder.note(ev.type, detail);
        }
      }
      const url = location.href; // the service worker checks it is the page it asked about
      if (verdict === 'block') { sendResponse({ verdict: 'block', url }); return undefined; }
      askHold(type, detail, use, quiet).then((a) => sendResponse(a ? Object.assign({ url }, a) : null), () => sendResponse(null));
      return true;
    }
    if (msg.type !== 'verdict') return undefined;
    verdict = msg.verdict;
    if (msg.verdict === 'block') {
      // The page is covered at once (the block page takes a page load to
      // come); the service worker moves the tab only once this frame's
      // hooks have heard the block (or a second has passed): no page
      // handler runs between the verdict and the move (review 9).
      // The hooks hear first: from then on the page's DOM observers are
      // stopped and cannot fight the cover.
      const heard = tellHooks(msg.verdict);
      const c = top ? Veil.cover(msg.cover) : null;
      if (c) c.painted.then((at) => sendToWorker({ type: 'cover-painted', at, url: location.href }));
      heard.then(() => { if (top) sendResponse({ heard: true, covered: c ? c.at : 0 }); });
      return top ? true : undefined;
    }
    if (top && !scriptsDue) Veil.judged();
    channel.port1.postMessage({ t: 'verdict', verdict });
    if (top && verdict === 'warn') Banner.show(msg);
    if (top && verdict === 'allow') Banner.hide();
    return undefined;
  });

  // --- the veil (issue 24; docs/extension.md, "The veil") -----------------
  // A calm, plain cover over a page that shows a high-risk sign before its
  // first verdict (AG.veilReason): the page's own use of the screen, the
  // keyboard, the clipboard or speech, a looping alarm that plays by
  // itself, a site on the guardian's block list, or a scam session in
  // progress. It goes at the first verdict, or after AG.VEIL_MAX_MS
  // whatever happens (the holds still guard the page). On a block the
  // cover comes (or stays) with the block page's own first words
  // (lib/words.js blockWords) until the tab has moved to blocked.html, and
  // the page's scripts, which still run, cannot take it away: see cover().
  // Top frame only.
  const Veil = (() => {
    let host = null;
    let root = null;
    let timer = 0;
    let decided = false; // the first verdict came: no veil from now on
    let covering = false;
    let waiters = [];
    const made = new WeakSet();
    // Every property the host needs, !important, after all:initial: a
    // style attribute's important declarations win over any stylesheet of
    // the page's, and none of the page's inherit into the cover.
    const HOST_STYLE = 'all:initial !important;position:fixed !important;inset:0 !important;margin:0 !important;padding:0 !important;border:0 !important;width:100vw !important;height:100vh !important;max-width:none !important;max-height:none !important;z-index:2147483647 !important;display:block !important;visibility:visible !important;opacity:1 !important;overflow:hidden !important;background:#f2f2ef !important;';
    const VEIL_CSS = ':host{all:initial}.v{position:fixed;inset:0;background:#f2f2ef;display:flex;align-items:center;justify-content:center;font:18px/1.5 system-ui,"Hiragino Sans","Yu Gothic","Meiryo",sans-serif;color:#5f6368}';
    // The block page's first screen (pages/common.css, blocked.css) in px:
    // the page's own root font size must not shrink it.
    const COVER_CSS = ':host{all:initial}.b{position:fixed;inset:0;overflow:auto;background:#fff;color:#1a1a1a;font:20px/1.6 system-ui,"Hiragino Sans","Hiragino Kaku Gothic ProN","Yu Gothic","Meiryo","Noto Sans CJK JP",sans-serif;text-align:start}'
      + '.m{max-width:980px;margin:0 auto;padding:24px 24px 60px;box-sizing:border-box}h1{font-size:36px;line-height:1.3;color:#0b4f8a;margin:12px 0}'
      + '.lead{font-size:23px;font-weight:700;margin:8px 0 12px}.call{border:4px solid #8a0000;border-radius:14px;padding:10px 20px 12px;margin:8px 0 12px}'
      + '.call p{margin:6px 0}.action,.callline{color:#8a0000;font-weight:700}.action{font-size:29px;line-height:1.35}'
      + 'ul{list-style:none;padding:0;margin:0}li{font-size:44px;font-weight:700;letter-spacing:.04em;color:#8a0000;text-decoration:line-through;text-decoration-thickness:3px}'
      + '@media (max-width:800px){h1{font-size:28px}.lead{font-size:20px}.action{font-size:24px}li{font-size:32px}}';
    function build() {
      host = document.createElement('alertguard-veil');
      made.add(host);
      root = host.attachShadow({ mode: 'closed' });
      setHostAttrs();
      let line = '';
      try { line = api.i18n.getMessage('veilChecking'); } catch (e) { /* no words: the plain cover */ }
      const style = document.createElement('style');
      style.textContent = VEIL_CSS;
      const div = document.createElement('div');
      div.className = 'v';
      div.textContent = line;
      root.replaceChildren(style, div);
    }
    function hostStyle() { return HOST_STYLE + (covering ? 'pointer-events:auto !important;background:#fff !important;' : 'pointer-events:none !important;'); }
    function hostAttrsRight() {
      return host.attributes.length === 2 && host.getAttribute('popover') === 'manual' && host.getAttribute('style') === hostStyle();
    }
    function setHostAttrs() {
      if (hostAttrsRight()) return;
      for (const a of [...host.attributes]) host.removeAttribute(a.name);
      host.setAttribute('popover', 'manual');
      host.setAttribute('style', hostStyle());
    }
    // words: the block page's first words (lib/words.js blockWords, the
    // one table of them), as the service worker sent them: in the
    // person's language (background.js coverWords) or, when that was
    // late, the browser's (uiCoverWords). Without any: a plain white cover.
    function showWords(words) {
      const w = words && typeof words === 'object' && words.title ? words : {};
      const el = (tag, cls, text) => { const e = document.createElement(tag); if (cls) e.className = cls; if (text) e.textContent = String(text); return e; };
      const style = document.createElement('style');
      style.textContent = COVER_CSS;
      const box = el('div', 'b');
      box.setAttribute('role', 'alert');
      if (w.lang === 'ja' || w.lang === 'en') box.setAttribute('lang', w.lang);
      const main = el('div', 'm');
      const call = el('div', 'call');
      const numbers = el('ul');
      for (const p of Array.isArray(w.phones) ? w.phones.slice(0, 5) : []) numbers.append(el('li', '', p));
      call.append(el('p', 'action', w.action));
      if (w.kind === 'phone' && numbers.childNodes.length) call.append(numbers);
      if (w.detail) call.append(el('p', 'detail', w.detail));
      if (w.callLine && w.kind !== 'phone' && numbers.childNodes.length) call.append(el('p', 'callline', w.callLine), numbers);
      main.append(el('h1', '', w.title), el('p', 'lead', w.lead), call);
      box.append(main);
      root.replaceChildren(style, box);
    }
    const attachDeep = () => attach(true);
    function attach(deep) {
      if (!host) return;
      let parent = document.documentElement;
      if (!parent && covering) {
        // The page took its root away: ours is the root then.
        parent = document.createElement('html');
        made.add(parent);
        try { document.appendChild(parent); } catch (e) { return; }
      }
      if (!parent) return;
      if (covering) { setHostAttrs(); closeModals(deep); }
      if (host.parentNode !== parent) parent.appendChild(host);
      raise();
    }
    // A modal dialog of the page's makes everything else inert, the
    // cover too (clicks would go through it): a blocked page's are closed,
    // those in its shadow roots, closed ones too, when deep (at the cover,
    // and when something else is at the window's middle).
    function closeModals(deep) {
      const roots = deep ? [document, ...shadowRoots()] : [document];
      for (const r of roots) {
        let open = [];
        try { open = r.querySelectorAll('dialog:modal'); } catch (e) { /* no :modal */ }
        for (const d of open) { try { d.close(); } catch (e) { /* gone */ } }
      }
    }
    // shadowRoots lists the page's shadow roots, open or closed, nested
    // ones too, within a bound (a huge page is not walked to its end).
    const shadowOf = (el) => {
      try { if (api.dom && api.dom.openOrClosedShadowRoot) return api.dom.openOrClosedShadowRoot(el); } catch (e) { /* not a host */ }
      try { return el.openOrClosedShadowRoot || el.shadowRoot; } catch (e) { return null; }
    };
    function shadowRoots() {
      const out = [];
      const todo = [document];
      let seen = 0;
      while (todo.length && seen < 20000) {
        let all = [];
        try { all = todo.pop().querySelectorAll('*'); } catch (e) { continue; }
        for (const el of all) {
          if (++seen > 20000) break;
          if (made.has(el)) continue;
          const r = shadowOf(el);
          if (r) { out.push(r); todo.push(r); }
        }
      }
      return out;
    }
    // reattach puts the cover back at once. The page has no synchronous
    // answer to it: the hooks heard the block before the cover went up
    // (blockHooksNow), so the page's DOM observers no longer run, and the
    // cover's own toggle events never reach the page (onOwnToggle). Should
    // a page still find a way to answer each put-back with a take-away, the
    // two would loop without end in one task: past BURST put-backs in one
    // task ours waits for the next animation frame (never seen in a test).
    // The veil before a verdict is another matter: the page's observers
    // still run then, and one that removes the veil loops with ours by
    // design; it is put back at most VEIL_BURST times a frame. The block's
    // cover starts its count afresh (the veil's loop may have just used it).
    const BURST = 500;
    const VEIL_BURST = 20;
    const burstReset = new MessageChannel();
    burstReset.port1.onmessage = () => { if (covering) burst = 0; };
    function reattach() {
      if (burst++ === 0 && covering) burstReset.port2.postMessage(0);
      if (burst <= (covering ? BURST : VEIL_BURST)) { attach(); return; }
      if (!burstFrame) burstFrame = requestAnimationFrame(() => { burst = 0; burstFrame = 0; if (host) attach(); });
    }
    // raise puts the host last in the top layer (above the page's own
    // popovers, modal dialogs and full-screen element).
    let raising = false;
    function raise() {
      raising = true;
      try { if (host.matches(':popover-open')) host.hidePopover(); host.showPopover(); } catch (e) { /* no popover support: fixed and on top */ }
      raising = false;
    }
    let watcher = null;
    let frame = 0;
    let burst = 0;
    let burstFrame = 0;
    function watchHost() {
      if (!covering || !watcher || !host) return;
      watcher.observe(host, { attributes: true });
    }
    function show() {
      if (!host) build();
      if (document.documentElement || covering) attach();
      if (!watcher) {
        // Put back if the page removes it or goes full screen over it.
        watcher = new MutationObserver(() => {
          if (!host) return;
          if (covering) {
            watcher.observe(document, { childList: true });
            if (document.documentElement) watcher.observe(document.documentElement, { childList: true });
            if (!host.isConnected || !hostAttrsRight()) reattach();
          } else if (!host.isConnected) reattach();
        });
        watcher.observe(document, { childList: true });
        if (document.documentElement) watcher.observe(document.documentElement, { childList: true });
        document.addEventListener('fullscreenchange', attachDeep, true);
        if (!document.documentElement) document.addEventListener('readystatechange', attachDeep, { once: true });
      }
      watchHost();
    }
    function remove() {
      clearTimeout(timer);
      timer = 0;
      if (watcher) { watcher.disconnect(); watcher = null; }
      document.removeEventListener('fullscreenchange', attachDeep, true);
      if (host) { try { host.hidePopover(); } catch (e) {} host.remove(); host = null; }
      sendToWorker({ type: 'veil', up: false });
      const w = waiters;
      waiters = [];
      for (const f of w) f();
    }
    // consider raises the veil when the page, not judged yet, shows a sign.
    function consider(p) {
      if (decided || covering || host || verdict) return;
      if (!AG.veilReason(Object.assign({ judged: false }, p))) return;
      show();
      timer = setTimeout(() => { decided = true; remove(); }, AG.VEIL_MAX_MS);
      sendToWorker({ type: 'veil', up: true });
    }
    function judged() {
      decided = true;
      if (host && !covering) remove();
    }
    // Nothing of the page's enters the top layer over the cover:
    // beforetoggle comes synchronously from showPopover, showModal and
    // their declarative invokers (popovertarget, commandfor), before the
    // element opens, and is cancelable; ours, added at document_start, is
    // the first capturing listener on the window, so a blocked page's
    // popover or modal dialog is refused in the call that asked for it, and
    // the page's own listeners never hear of it. (The event does not leave
    // a shadow root: the hooks refuse those, hooks/traps.js hookTopLayer.)
    // Should a browser not let it be cancelled, the cover follows in a
    // microtask, before any paint; each animation frame checks again.
    function onToggle(e) {
      if (made.has(e.target)) { onOwnToggle(e); return; }
      if (!covering || !host || e.type !== 'beforetoggle' || e.newState !== 'open') return;
      e.preventDefault();
      e.stopImmediatePropagation();
      if (!e.defaultPrevented) queueMicrotask(reattach);
    }
    // The cover's own toggle events are ours alone: a page listener that
    // answered them (hiding the cover again as it is raised) would loop
    // with raise().
    function onOwnToggle(e) {
      e.stopImmediatePropagation();
      if (raising || !covering || !host || e.target !== host || e.type !== 'beforetoggle' || e.newState !== 'closed') return;
      queueMicrotask(() => { if (covering && host && !host.matches(':popover-open')) reattach(); });
    }
    window.addEventListener('beforetoggle', onToggle, true);
    window.addEventListener('toggle', onToggle, true);
    // Keys no longer reach a blocked page: a key on a button of the page's
    // under the cover would work it (a popover's invoker in a shadow root,
    // where beforetoggle does not reach our listener, in Firefox).
    function onKey(e) {
      if (!covering) return;
      e.preventDefault();
      e.stopImmediatePropagation();
    }
    for (const type of ['keydown', 'keypress', 'keyup']) window.addEventListener(type, onKey, true);
    // onTop: nothing but the cover is at the window's middle (a page
    // element in the top layer over it would be; one in a closed shadow
    // root is seen as its host, which is not ours).
    function onTop() {
      let at = null;
      try { at = document.elementFromPoint(innerWidth / 2, innerHeight / 2); } catch (e) { return true; }
      return !at || at === host;
    }
    function everyFrame() {
      frame = 0;
      burst = 0;
      if (!covering || !host) return;
      let others = null;
      try { others = document.querySelector(':popover-open:not(alertguard-veil), dialog:modal, :fullscreen'); } catch (e) { /* old selectors */ }
      if (!onTop()) attach(true);
      else if (others || !host.isConnected || !host.matches(':popover-open')) attach();
      frame = requestAnimationFrame(everyFrame);
    }
    // cover: the page is blocked; the cover shows the block page's first
    // words and stays until the tab moves. The page's scripts still run
    // (the hooks only refuse what a block disarms), so it is put back when
    // the page removes it, restyles it, hides it or covers it. The
    // returned promise gives when the words were first painted.
    function cover(words) {
      decided = true;
      covering = true;
      burst = 0;
      clearTimeout(timer);
      if (!host) build();
      showWords(words);
      show();
      attach(true);
      const at = performance.timeOrigin + performance.now();
      if (!frame) frame = requestAnimationFrame(everyFrame);
      // The frame after the next animation frame's callbacks: painted.
      const painted = new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.timeOrigin + performance.now()), 0)));
      return { at, painted };
    }
    // down settles once no veil is up (at most VEIL_MAX_MS).
    function down() {
      if (!host || covering) return Promise.resolve();
      return new Promise((r) => waiters.push(r));
    }
    return { consider, judged, cover, down, element: () => host, isOurs: (n) => made.has(n) };
  })();
  // The hooks' synchronous word of a use that veils (hooks/state.js
  // veilNow): ours is the first listener, in every frame, and the page never
  // sees it. (Firefox gives a content script the page's own events only
  // when it asks: the fourth argument, wantsUntrusted; Chromium ignores it.)
  for (const type of AG.VEIL_EVENTS) {
    window.addEventListener('__alertguard_veil_' + type, (e) => { e.stopImmediatePropagation(); if (top) Veil.consider({ event: { type, gesture: false } }); }, true, true);
  }
  if (top) {
    // What the service worker knows before the page is read: the
    // guardian's block list, a scam session in progress.
    ask({ type: 'veil-site' }).then((r) => { if (r) Veil.consider({ blockList: !!r.blockList, scamSession: !!r.scamSession }); });
    const siren = () => Veil.consider({ siren: !!document.querySelector('audio[autoplay][loop]:not([muted])') });
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', siren, { once: true });
    else siren();
  }

  // The warn banner: a closed shadow root in the top layer (a manual
  // popover), above full-screen elements, put back if the page removes it.
  const Banner = (() => {
    let host = null;
    let watcher = null;
    let fill = null;
    function build() {
      host = document.createElement('alertguard-banner');
      host.setAttribute('popover', 'manual');
      host.style.cssText = 'all:initial;position:fixed;inset:0 0 auto 0;margin:0;padding:0;border:0;width:100%;z-index:2147483647;background:transparent;';
      const root = host.attachShadow({ mode: 'closed' });
      root.innerHTML = `<style>
        .b{font:20px/1.5 system-ui,"Hiragino Sans","Yu Gothic","Meiryo",sans-serif;background:#fff8e1;color:#1a1a1a;border-bottom:4px solid #b26a00;padding:14px 20px;display:flex;gap:16px;align-items:flex-start;box-shadow:0 2px 8px rgba(0,0,0,.3)}
        .t{font-weight:700;font-size:22px}.a,.c{font-weight:700;color:#8a0000}.a{font-size:22px}
        button{font:inherit;font-size:18px;padding:8px 18px;border-radius:6px;border:2px solid #1a1a1a;background:#fff;cursor:pointer;margin-left:auto}
        button:focus{outline:3px solid #0b57d0;outline-offset:2px}</style>
        <div class="b" role="alert"><div><div class="t"></div><div class="a"></div><div class="m"></div><div class="c"></div></div><button type="button"></button></div>`;
      const btn = root.querySelector('button');
      btn.addEventListener('click', () => hide(true));
      // fill writes the words of the latest verdict: they come from the
      // service worker, in the person's language, with the one action the
      // verdict calls for (lib/words.js); a later verdict may name it better
      // (the camera, once the page asked for it).
      fill = (msg) => {
        const w = msg.banner || {};
        const lang = w.lang || AG.pickLang(api.i18n.getUILanguage());
        const numbers = (msg.phones || []).map((p) => p.display).join(lang === 'ja' ? '、' : ', ');
        root.querySelector('.b').lang = lang === 'ja' ? 'ja' : 'en';
        root.querySelector('.t').textContent = w.title || (lang === 'ja' ? 'AlertGuard：このページに注意してください' : 'AlertGuard: be careful with this page');
        root.querySelector('.a').textContent = w.action || '';
        root.querySelector('.m').textContent = (msg.explanation && msg.explanation[lang]) || '';
        root.querySelector('.c').textContent = numbers ? (w.doNotCall || (lang === 'ja' ? 'この番号に電話しないでください' : 'Do not call')) + (lang === 'ja' ? '：' : ': ') + numbers : '';
        btn.textContent = w.dismiss || (lang === 'ja' ? '閉じる' : 'Dismiss');
      };
    }
    function attach(deep) {
      if (!host) return;
      const parent = document.documentElement;
      if (!parent) return;
      if (host.parentNode !== parent) parent.appendChild(host);
      try { if (host.matches(':popover-open')) host.hidePopover(); host.showPopover(); } catch (e) { /* no popover support */ }
    }
    function show(msg) {
      if (dismissed) return;
      if (!host) build();
      fill(msg);
      attach();
      if (!watcher) {
        watcher = new MutationObserver(() => { if (host && !host.isConnected) attach(); });
        watcher.observe(document.documentElement, { childList: true, subtree: false });
        document.addEventListener('fullscreenchange', attach, true);
      }
    }
    let dismissed = false;
    function hide(byPerson) {
      if (byPerson) dismissed = true;
      if (watcher) { watcher.disconnect(); watcher = null; }
      document.removeEventListener('fullscreenchange', attach, true);
      if (host) { try { host.hidePopover(); } catch (e) {} host.remove(); host = null; }
    }
    return { show, hide, element: () => host };
  })();
})();

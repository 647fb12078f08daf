/* AlertGuard service worker: one native port to the host, replies matched
 * by id, time-outs and reconnection, verdicts cached per tab and URL, and
 * the protection itself: on block the tab is taken to blocked.html. */
if (typeof importScripts === 'function' && typeof AG === 'undefined') importScripts('lib/shared.js');
if (typeof importScripts === 'function' && typeof AGW === 'undefined') importScripts('lib/words.js');

const api = globalThis.browser || globalThis.chrome;
const REQUEST_TIMEOUT = 8000;

const host = {
  port: null,
  state: 'unknown', // unknown | ok | missing | broken | forbidden
  error: '',
  pending: new AG.Pending(),
};
const verdicts = new AG.LRU(500);
const inflight = new Map(); // verdict key → { again: snapshot }
const tabs = new Map(); // tabId → { url, events: EventRecorder, verdict }
// The last snapshot and verdict of the pages tabs showed lately, by
// verdictKey: a download is judged with the page that started it, even
// after the tab moved on (review 6). Bounded: 8 pages, each a compact copy
// (AG.compactSnapshot).
const pageSnaps = new AG.LRU(8);
function rememberPage(tabId, snap, verdict) {
  const key = AG.verdictKey(tabId, snap.url);
  const was = pageSnaps.get(key);
  const rank = { allow: 0, warn: 1, block: 2 };
  const v = was && was.verdict && (!verdict || rank[was.verdict] > rank[verdict]) ? was.verdict : verdict || null;
  pageSnaps.set(key, { tabId, snapshot: AG.compactSnapshot(snap), verdict: v });
}
let settings = null; // the host's last settings reply (popup: paused or not)

function tabState(tabId) {
  let t = tabs.get(tabId);
  if (!t) { t = { url: '', events: new AG.EventRecorder(), verdict: null, frames: new Map() }; tabs.set(tabId, t); }
  return t;
}

// rememberFrame keeps what a cross-origin child frame shows (the top frame
// cannot read it): it goes with the tab's snapshots as one of its frames.
function rememberFrame(tabId, frameId, f) {
  if (!f || typeof f.url !== 'string') return;
  const t = tabState(tabId);
  if (!t.frames.has(frameId) && t.frames.size >= AG.LIMITS.frames) return;
  t.frames.set(frameId, { url: AG.cut(f.url, 8192), html: AG.cut(f.html, AG.LIMITS.frameHTML), text: AG.cut(f.text, AG.LIMITS.frameHTML) });
}

// --- pictures of what the person sees ---------------------------------------
// Sent with a snapshot only when the content script names a trigger (the
// page holds the screen, or is mostly canvas or pictures): the host reads
// the text in it (docs/extension.md, "Reading what the person sees").
// captureVisibleTab needs the <all_urls> host permission the extension
// already has for its content scripts.
const SHOT_MAX_WIDTH = 1280;
const SHOT_QUALITY = 0.7;
const SHOT_TRIGGERS = ['fullscreen', 'lock', 'canvas', 'images'];
async function screenshot(tabId, trigger) {
  const tab = await api.tabs.get(tabId);
  if (!tab.active) return null; // only the tab in front can be captured
  const url = await api.tabs.captureVisibleTab(tab.windowId, { format: 'jpeg', quality: Math.round(SHOT_QUALITY * 100) });
  let blob = await (await fetch(url)).blob();
  const bmp = await createImageBitmap(blob);
  if (bmp.width > SHOT_MAX_WIDTH) {
    const w = SHOT_MAX_WIDTH;
    const h = Math.max(1, Math.round(bmp.height * SHOT_MAX_WIDTH / bmp.width));
    const c = new OffscreenCanvas(w, h);
    c.getContext('2d').drawImage(bmp, 0, 0, w, h);
    blob = await c.convertToBlob({ type: 'image/jpeg', quality: SHOT_QUALITY });
  }
  if (bmp.close) bmp.close();
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
  return { mime: 'image/jpeg', data: btoa(bin), trigger };
}
// withScreenshot takes the trigger off a snapshot and, if there is one,
// adds the picture (at most 1.5 s; without it the snapshot goes as it is).
// The tab keeps the picture of its latest snapshot (none when that went
// without one): a block of the page uses it (AG.blockPicture).
async function withScreenshot(tabId, snap) {
  const trigger = snap.screenshotWanted;
  delete snap.screenshotWanted;
  const t = tabState(tabId);
  t.picture = null;
  if (!SHOT_TRIGGERS.includes(trigger)) return snap;
  const shot = await AG.within(screenshot(tabId, trigger).catch(() => null), 1500);
  if (shot) {
    snap.screenshot = shot;
    t.lastScreenshot = { trigger, bytes: shot.data.length, reason: snap.reason, time: Date.now() };
    t.picture = { url: snap.url.split('#')[0], dataURL: 'data:' + shot.mime + ';base64,' + shot.data };
  }
  return snap;
}

// --- the native port --------------------------------------------------------

function connect() {
  let port;
  try {
    port = api.runtime.connectNative(AG.HOST_NAME);
  } catch (e) {
    setHostState(AG.hostStateFromError(e.message), e.message);
    return null;
  }
  host.port = port;
  port.onMessage.addListener((msg) => {
    if (msg && msg.type === 'pong') setHostState('ok', '');
    if (!host.pending.resolve(msg) && msg && msg.type === 'error' && msg.code === AG.ERROR_CODES.FORBIDDEN_CALLER) setHostState('forbidden', msg.message);
  });
  port.onDisconnect.addListener((p) => {
    const err = (p && p.error) || api.runtime.lastError;
    if (host.port === port) host.port = null;
    const message = err ? err.message : 'the host exited';
    setHostState(AG.hostStateFromError(message), message);
    host.pending.rejectAll(new Error(message));
  });
  return port;
}

function setHostState(state, error) {
  const was = host.state;
  host.state = state;
  host.error = error || '';
  if (state === 'missing' && was !== 'missing') showInstallHintOnce();
}

// request sends one message and waits for its reply; on a dead or hung host
// it starts the host again and asks again (twice more at most), so one
// page's crash of the host never fails another tab's question. A snapshot
// is trimmed to fit the host's frame limit first (AG.fitFrame): a page
// cannot make the host drop it.
const MAX_ATTEMPTS = 3;
const FRAME_ROOM = AG.MAX_FRAME - 64 * 1024;
async function request(msg, attempt = 0) {
  if (attempt === 0 && msg.snapshot) AG.fitFrame(msg, FRAME_ROOM);
  const port = host.port || connect();
  if (!port) throw new Error('host unavailable');
  const { id, promise } = host.pending.add(REQUEST_TIMEOUT, () => {
    setHostState('broken', 'the host did not answer in time');
    try { port.disconnect(); } catch (e) {}
    if (host.port === port) host.port = null;
  });
  try {
    port.postMessage(Object.assign({}, msg, { id }));
  } catch (e) {
    host.pending.resolve({ id, type: 'error', code: AG.ERROR_CODES.DISCONNECTED, message: e.message });
  }
  try {
    const reply = await promise;
    if (host.state !== 'ok') setHostState('ok', '');
    return reply;
  } catch (e) {
    if (attempt + 1 < MAX_ATTEMPTS && (!e.code || e.code === AG.ERROR_CODES.DISCONNECTED) && host.state !== 'missing') return request(msg, attempt + 1);
    throw e;
  }
}

async function showInstallHintOnce() {
  const { installHintShown } = await api.storage.local.get('installHintShown');
  if (installHintShown) return;
  await api.storage.local.set({ installHintShown: true });
  api.tabs.create({ url: api.runtime.getURL('pages/install.html') });
}

// --- judging pages ----------------------------------------------------------

// withTabEvents adds the events the tab's child frames reported to a
// top-frame snapshot, and starts the tab's state afresh on a new page.
function withTabEvents(tabId, snap) {
  const t = tabState(tabId);
  if (t.url !== snap.url.split('#')[0]) {
    t.url = snap.url.split('#')[0];
    t.verdict = null;
  }
  const own = new AG.EventRecorder();
  own.merge(snap.events);
  own.merge(t.events.list());
  snap.events = own.list().slice(0, AG.LIMITS.events);
  // Cross-origin frames, as they told us (the top frame could not read them).
  snap.frames = Array.isArray(snap.frames) ? snap.frames : [];
  for (const f of t.frames.values()) {
    if (snap.frames.length >= AG.LIMITS.frames) break;
    if (!snap.frames.some((g) => g.url === f.url && g.html === f.html)) snap.frames.push(f);
  }
  t.pageLang = AGW.pageLang(snap); // the blocked page and the banner speak it
  t.pageEvents = snap.events;
  return t;
}

// --- the veil: what is known of a page before it is read --------------------
// A site on the guardian's block list, or a scam session in progress (a
// page was blocked in this browser session lately: AG.inScamSession), veils
// a new page until its first verdict (docs/extension.md, "The veil"). Not
// when protection is paused or the person chose to continue to the page.
let lastBlock = 0;
function noteBlock() {
  lastBlock = Date.now();
  api.storage.session.set({ lastBlock }).catch(() => {});
}
async function veilSite(url) {
  if (settings && settings.paused) return { blockList: false, scamSession: false };
  const { allowed = [], lastBlock: stored = 0 } = await api.storage.session.get(['allowed', 'lastBlock']);
  if (allowed.includes(url.split('#')[0])) return { blockList: false, scamSession: false };
  const last = Math.max(lastBlock, Number(stored) || 0);
  return { blockList: AG.onBlockList(url, settings && settings.sites ? settings.sites.block : []), scamSession: AG.inScamSession(last, Date.now()) };
}

// --- stage times, for the browser benchmark ---------------------------------
// Per tab, for its current page: when the navigation started, its
// DOMContentLoaded, the first snapshot sent, and for a block the snapshot
// that brought it and the verdict's arrival (all ms since the epoch). They
// go into the blocked page's record, where bench-block.js reads them
// (docs/performance.md, "Time to the block page"); nothing reaches a page.
function noteSent(tabId, url, st) {
  if (!st || typeof st.origin !== 'number' || typeof st.sent !== 'number') return;
  const t = tabState(tabId);
  const page = String(url).split('#')[0];
  if (!t.stages || t.stages.page !== page || t.stages.origin !== st.origin) {
    t.stages = { page, origin: st.origin, dcl: st.origin + (Number(st.dcl) || 0), firstSent: st.origin + st.sent };
  }
}
function noteVerdict(tabId, st, v) {
  const t = tabs.get(tabId);
  if (!t || !t.stages || !st || v.verdict !== 'block' || t.stages.verdict) return;
  t.stages.blockSent = st.origin + st.sent;
  t.stages.verdict = Date.now();
}

// noteCoverPainted keeps when the blocked page's cover with the block
// page's words was first painted (stages.words), in the blocked page's
// record once it is written.
async function noteCoverPainted(tabId, at) {
  const t = tabState(tabId);
  if (t.coverPainted && t.coverPainted !== at) return;
  t.coverPainted = at;
  if (!t.blockedKey) return;
  const key = t.blockedKey;
  const e = (await api.storage.session.get(key))[key];
  if (!e || !e.stages || e.stages.words) return;
  e.stages.words = at;
  await api.storage.session.set({ [key]: e });
}

async function judge(tabId, frameSnapshot, stages) {
  const snap = frameSnapshot;
  const t = withTabEvents(tabId, snap);

  const key = AG.verdictKey(tabId, snap.url);
  const { allowed = [] } = await api.storage.session.get('allowed');
  if (allowed.includes(t.url)) return deliver(tabId, { verdict: 'allow' }, null);

  const cached = verdicts.get(key);
  if (cached && cached.verdict.verdict === 'block') return act(tabId, cached.verdict, cached.logId, snap.url);
  // One question per page at a time; a snapshot that arrives meanwhile is
  // asked about afterwards, unless the page was blocked.
  const running = inflight.get(key);
  if (running) { running.again = snap; return; }
  const entry = { again: null };
  inflight.set(key, entry);
  try {
    rememberPage(tabId, snap, null);
    await withScreenshot(tabId, snap);
    const reply = await request({ type: 'analyze', snapshot: snap });
    // The host decides, site lists and pauses included; the extension obeys.
    const v = reply.verdict;
    noteVerdict(tabId, stages, v);
    rememberPage(tabId, snap, v.verdict);
    verdicts.set(key, { verdict: v, logId: reply.logId || null });
    await act(tabId, v, reply.logId || null, snap.url);
  } catch (e) {
    // no verdict: the hooks keep holding locks and early prompts
  } finally {
    inflight.delete(key);
    const t2 = tabs.get(tabId);
    if (entry.again && t2 && !(t2.verdict && t2.verdict.verdict === 'block')) judge(tabId, entry.again);
  }
}

// judgeHold answers a held action (clipboard write, lock, prompt, download)
// with a verdict on the page as it is now, the action included. It does not
// wait behind other questions about the page: the person just clicked. The
// answer is the tab's verdict after this one (never weaker than before);
// null when the host could not answer (the content script falls back).
async function judgeHold(tabId, snap, quiet, stages) {
  const t = withTabEvents(tabId, snap);
  const { allowed = [] } = await api.storage.session.get('allowed');
  if (allowed.includes(t.url)) return { verdict: 'allow' };
  const key = AG.verdictKey(tabId, snap.url);
  const cached = verdicts.get(key);
  if (cached && cached.verdict.verdict === 'block') { act(tabId, cached.verdict, cached.logId, snap.url); return { verdict: 'block' }; }
  let reply;
  try {
    await withScreenshot(tabId, snap);
    reply = await request({ type: 'analyze', snapshot: snap });
  } catch (e) {
    return { verdict: null, hostState: host.state };
  }
  const v = reply.verdict; // the host decides, site lists and pauses included
  if (quiet) return quietAnswer(tabId, v, reply.logId || null);
  noteVerdict(tabId, stages, v);
  rememberPage(tabId, snap, v.verdict);
  verdicts.set(key, { verdict: v, logId: reply.logId || null });
  act(tabId, v, reply.logId || null, snap.url); // on block the picture and the move go on meanwhile
  return { verdict: (t.verdict || v).verdict };
}

// quietAnswer is a download's verdict. The file is evidence for this answer
// only (not added to the page's record). A block cancels the file and blocks
// the page: the host blocks a download only on a page that also makes a
// claim (internal/decide: a download weighs nothing alone), so a legitimate
// site's own download is never turned into a block page, and a fake update
// whose page was only warned at load is not left on screen (issue 20).
function quietAnswer(tabId, v, logId) {
  act(tabId, v, logId);
  return { verdict: v.verdict };
}

// judgeStoredPage judges a download with the page that started it when the
// tab shows another page now: that page's last snapshot with the file as
// evidence. The tab is not touched (it shows another page).
async function judgeStoredPage(stored, detail) {
  const snap = Object.assign({}, stored.snapshot);
  const t = Math.round(snap.events && snap.events.length ? Math.max(...snap.events.map((e) => e.last | 0)) : 0);
  snap.events = (snap.events || []).concat([{ type: 'download', count: 1, first: t, last: t, detail, gesture: false }]).slice(-AG.LIMITS.events);
  snap.reason = 'hold:download';
  try {
    const reply = await request({ type: 'analyze', snapshot: snap });
    return { verdict: reply.verdict.verdict };
  } catch (e) {
    return { verdict: null };
  }
}

// heldUse checks the held use a child frame sends with its question.
function heldUse(ev) {
  if (!ev || typeof ev !== 'object' || !AG.EVENT_TYPES.includes(ev.type)) return null;
  const detail = AG.holdDetail(ev.type, typeof ev.detail === 'string' ? ev.detail : '');
  const t = Number(ev.first) || 0;
  return { type: ev.type, count: 1, first: t, last: t, detail, gesture: !!ev.gesture };
}

// holdForFrame asks the top frame of the tab for a fresh verdict on behalf
// of a child frame or a download (event: the download as evidence).
async function holdForFrame(tabId, event, quiet) {
  try {
    const r = await api.tabs.sendMessage(tabId, { type: 'hold-snapshot', event, quiet: !!quiet }, { frameId: 0 });
    return r && r.verdict ? r : { verdict: null };
  } catch (e) {
    return { verdict: null };
  }
}

async function act(tabId, v, logId, url) {
  const t = tabState(tabId);
  // A later snapshot never weakens an earlier verdict on the same page.
  const rank = { allow: 0, warn: 1, block: 2 };
  if (t.verdict && rank[t.verdict.verdict] > rank[v.verdict]) return;
  t.verdict = v;
  if (v.verdict === 'block') return protect(tabId, v, logId, url);
  return deliver(tabId, v, logId);
}

async function deliver(tabId, v, logId, cover) {
  const msg = { type: 'verdict', verdict: v.verdict, explanation: v.explanation, phones: v.phones, logId };
  if (v.verdict === 'block' && cover) msg.cover = cover;
  if (v.verdict === 'warn') msg.banner = await bannerWords(tabId, v).catch(() => null);
  try {
    return await api.tabs.sendMessage(tabId, msg).catch(() => null);
  } catch (e) { return null; /* tab gone */ }
}

// pageSay gives the language the person reads on our pages for this tab
// (the same choice blocked.html makes: i18n.js) and that language's
// messages; the messages are fetched once per worker.
// The person's toggle and preferred languages are read once and kept (the
// toggle again when it changes): a block's cover waits for these words.
const localeMessages = {};
let langSignals = null;
function readLangSignals() {
  if (!langSignals) {
    langSignals = (async () => {
      const { lang: chosen } = await api.storage.local.get('lang');
      let preferred = Array.from(navigator.languages || []);
      try { preferred = (await api.i18n.getAcceptLanguages()) || preferred; } catch (e) { /* navigator.languages */ }
      return { chosen, preferred };
    })();
    langSignals.catch(() => { langSignals = null; });
  }
  return langSignals;
}
api.storage.onChanged.addListener((changes, area) => { if (area === 'local' && changes.lang) langSignals = null; });
function messagesOf(lang) {
  if (!localeMessages[lang]) {
    localeMessages[lang] = fetch(api.runtime.getURL('_locales/' + lang + '/messages.json')).then((r) => r.json());
    localeMessages[lang].catch(() => { delete localeMessages[lang]; });
  }
  return localeMessages[lang];
}
async function pageSay(tabId) {
  const t = tabState(tabId);
  const { chosen, preferred } = await readLangSignals();
  const lang = AGW.chooseLang({ chosen, preferred, ui: api.i18n.getUILanguage(), page: t.pageLang });
  const m = await messagesOf(lang);
  return { lang, say: (k) => (m[k] && m[k].message) || '' };
}
// Ready before the first block.
readLangSignals().catch(() => {});
for (const lang of ['ja', 'en']) messagesOf(lang).catch(() => {});

// bannerWords are the warn banner's words in the person's language, with
// the one action that fits the verdict (lib/words.js bannerAction).
async function bannerWords(tabId, v) {
  const t = tabState(tabId);
  const { lang, say } = await pageSay(tabId);
  return { lang, title: say('bannerTitle'), action: say(AGW.bannerAction(v, t.pageEvents)), doNotCall: say('doNotCall'), dismiss: say('bannerDismiss') };
}

// coverWords are the block page's first words (lib/words.js blockWords),
// which the blocked tab's cover shows while the tab moves.
async function coverWords(tabId, v) {
  const { lang, say } = await pageSay(tabId);
  return AGW.blockWords(v, say, lang);
}

// uiCoverWords are the same words in the browser's UI language
// (i18n.getMessage: nothing to read or fetch), for when the person's
// language could not be had in time; no lang, since the UI language may be
// neither of ours.
function uiCoverWords(v) {
  try { return AGW.blockWords(v, (k) => api.i18n.getMessage(k), ''); } catch (e) { return null; }
}

// protect takes the tab away from a blocked page: picture, disarm, move.
async function protect(tabId, v, logId, url) {
  const token = 'b' + Date.now().toString(36) + Math.random().toString(36).slice(2, 8);
  let thumbnail = '';
  Object.assign(tabState(tabId), { blockedKey: '', coverPainted: 0 });
  // The cover's words are looked up while the picture is taken.
  const words = AG.within(coverWords(tabId, v).catch(() => null), 300);
  // The picture (AG.blockPicture): the one the page's latest snapshot
  // carried, when it had one; else one taken now, before the cover (after
  // it, it would show the cover), but none of a veiled page (it shows the
  // veil; the log keeps its words and numbers).
  const t = tabState(tabId);
  const from = AG.blockPicture(t.picture, url || t.url, t.veiled);
  if (from === 'own') thumbnail = t.picture.dataURL;
  if (from === 'capture') {
    try {
      const tab = await api.tabs.get(tabId);
      if (tab.active) thumbnail = await api.tabs.captureVisibleTab(tab.windowId, { format: 'jpeg', quality: 45 });
    } catch (e) { /* not capturable: protect anyway */ }
  }
  const shot = Date.now();
  noteBlock();
  // The top frame covers the page at once; the hooks leave full screen,
  // unlock, silence and stop the page's leaving handlers; the tab moves
  // once the top frame says they heard it.
  const heard = await AG.within(deliver(tabId, v, logId, (await words) || uiCoverWords(v)), 1500);
  const pageLang = tabState(tabId).pageLang || '';
  const stages = Object.assign({}, tabState(tabId).stages || {}, { shot, covered: (heard && heard.covered) || 0, move: Date.now() });
  // The record is written as the tab moves, not before: blocked.html takes
  // a page load to ask for it, and waits for it should it come later.
  const stored = api.storage.session.set({ ['blocked:' + token]: { verdict: v, url, logId, thumbnail, time: Date.now(), pageLang, stages } });
  tabState(tabId).blockedKey = 'blocked:' + token;
  const target = api.runtime.getURL('pages/blocked.html') + '#' + token;
  try {
    await api.tabs.update(tabId, { url: target });
  } catch (e) { /* fall through to the check */ }
  await stored.catch(() => {});
  if (tabState(tabId).coverPainted) noteCoverPainted(tabId, tabState(tabId).coverPainted);
  setTimeout(() => ensureMoved(tabId, target), 2000);
  if (logId && thumbnail) request({ type: 'log.attach', logId, thumbnail }).catch(() => {});
}

// ensureMoved replaces the tab when the page held on to it (a beforeunload
// prompt or a navigation race): a new tab on blocked.html, the old one closed.
async function ensureMoved(tabId, target) {
  let tab;
  try { tab = await api.tabs.get(tabId); } catch (e) { return; }
  if ((tab.url || tab.pendingUrl || '').startsWith(target.split('#')[0])) return;
  try {
    await api.tabs.create({ url: target, index: tab.index, windowId: tab.windowId, active: tab.active });
    await api.tabs.remove(tabId);
  } catch (e) { /* window gone */ }
}

// --- messages from our own scripts and pages --------------------------------

api.runtime.onMessage.addListener((msg, sender, sendResponse) => {
  if (!AG.isExtensionSender(sender, api.runtime.id) || !msg || typeof msg.type !== 'string') return false;
  const tabId = sender.tab && sender.tab.id;
  switch (msg.type) {
    case 'snapshot':
      if (tabId !== undefined && sender.frameId === 0 && msg.snapshot && typeof msg.snapshot.url === 'string') { noteSent(tabId, msg.snapshot.url, msg.stages); judge(tabId, msg.snapshot, msg.stages); }
      return false;
    case 'hold':
      if (tabId === undefined) return false;
      if (sender.frameId === 0 && msg.snapshot && typeof msg.snapshot.url === 'string') {
        noteSent(tabId, msg.snapshot.url, msg.stages);
        judgeHold(tabId, msg.snapshot, !!msg.quiet, msg.stages).then(sendResponse, () => sendResponse({ verdict: null }));
        return true;
      }
      if (sender.frameId !== 0 && Array.isArray(msg.events)) {
        tabState(tabId).events.merge(msg.events);
        if (msg.frame) rememberFrame(tabId, sender.frameId, msg.frame);
        const use = heldUse(msg.event);
        // The top frame records the held use and judges the page with it.
        holdForFrame(tabId, use).then((r) => {
          if (!r.verdict && use) tabState(tabId).events.add(use); // still part of the page's record
          sendResponse(r);
        });
        return true;
      }
      return false;
    case 'veil-site':
      if (tabId === undefined || sender.frameId !== 0) return false;
      veilSite(String(sender.url || '')).then(sendResponse, () => sendResponse(null));
      return true;
    case 'veil':
      if (tabId !== undefined && sender.frameId === 0) tabState(tabId).veiled = !!msg.up;
      return false;
    case 'cover-painted':
      if (tabId !== undefined && sender.frameId === 0 && typeof msg.at === 'number') noteCoverPainted(tabId, msg.at);
      return false;
    case 'frame':
      if (tabId !== undefined && sender.frameId !== 0 && msg.frame) rememberFrame(tabId, sender.frameId, msg.frame);
      return false;
    case 'notify-site':
      if (typeof msg.origin === 'string') notifySites.seen(msg.origin);
      return false;
    case 'notify.list':
    case 'notify.revoke':
      if (!AG.isOwnPage(sender, api.runtime.id, api.runtime.getURL('pages/'))) return false;
      (msg.type === 'notify.list' ? notifySites.list() : notifySites.revoke(String(msg.origin || ''))).then(sendResponse);
      return true;
    case 'events':
      if (tabId !== undefined && Array.isArray(msg.events)) {
        tabState(tabId).events.merge(msg.events);
        if (msg.urgent) api.tabs.sendMessage(tabId, { type: 'snapshot-now' }, { frameId: 0 }).catch(() => {});
      }
      return false;
    case 'state':
      stateFor(msg.tabId).then(sendResponse);
      return true;
    case 'log.list':
    case 'log.get':
      if (!AG.isOwnPage(sender, api.runtime.id, api.runtime.getURL(''))) return false;
      request(msg.type === 'log.list' ? { type: 'log.list', since: msg.since, limit: msg.limit } : { type: 'log.get', logId: msg.logId })
        .then((r) => sendResponse({ ok: true, reply: r }), (e) => sendResponse({ ok: false, error: e.message, hostState: host.state }));
      return true;
    case 'settings.get':
    case 'guardian.set-pin':
    case 'guardian.clear-pin':
    case 'sites.add':
    case 'sites.remove':
    case 'protection.pause':
    case 'protection.resume':
    case 'alerts.get':
    case 'alerts.set':
    case 'alerts.test':
      // The options page and the popup; the host checks the PIN.
      if (!AG.isOwnPage(sender, api.runtime.id, api.runtime.getURL('pages/'))) return false;
      settingsRequest(msg).then(sendResponse);
      return true;
    case 'choice':
      if (!AG.isOwnPage(sender, api.runtime.id, api.runtime.getURL(''), 'pages/blocked.html')) return false;
      recordChoice(msg).then(sendResponse);
      return true;
  }
  return false;
});

async function stateFor(tabId) {
  if (host.state === 'unknown' || host.state === 'broken') {
    try { await request({ type: 'ping' }); } catch (e) { /* state set by the failure */ }
  }
  const t = tabs.get(tabId);
  let paused = false;
  if (host.state === 'ok') {
    const r = await settingsRequest({ type: 'settings.get' });
    paused = !!(r.ok && r.reply.paused);
  }
  return { hostState: host.state, hostError: host.error, verdict: t && t.verdict ? t.verdict.verdict : null, url: t ? t.url : '',
    paused, pausedUntil: paused ? settings.pausedUntil : '' };
}

async function allowURL(url) {
  const clean = String(url || '').split('#')[0];
  const { allowed = [] } = await api.storage.session.get('allowed');
  if (!allowed.includes(clean)) allowed.push(clean);
  await api.storage.session.set({ allowed: allowed.slice(-200) });
  verdicts.deleteWhere((k) => k.endsWith('|' + clean));
  for (const t of tabs.values()) if (t.url === clean) t.verdict = null;
}

// The fields each settings request may carry: generated from the host's
// request types (AG.REQUEST_FIELDS, internal/protocol).
const SETTINGS_TYPES = ['guardian.set-pin', 'guardian.clear-pin', 'sites.add', 'sites.remove', 'protection.pause', 'protection.resume', 'settings.get',
  'alerts.get', 'alerts.set', 'alerts.test'];

// settingsRequest forwards a settings change to the host, field by field;
// cached verdicts are dropped because the lists or the pause may have changed.
async function settingsRequest(msg) {
  const out = { type: msg.type };
  if (!SETTINGS_TYPES.includes(msg.type)) return { ok: false, error: 'unknown request' };
  for (const f of AG.REQUEST_FIELDS[msg.type] || []) if (msg[f] !== undefined) out[f] = msg[f];
  try {
    const reply = await request(out);
    if (msg.type !== 'settings.get' && reply.type === 'settings') forgetVerdicts();
    if (reply.type === 'settings') settings = reply;
    return { ok: true, reply };
  } catch (e) {
    if (e.reply) return { ok: false, reply: e.reply }; // the host said no
    return { ok: false, error: e.message, hostState: host.state };
  }
}

function forgetVerdicts() {
  verdicts.deleteWhere(() => true);
  for (const t of tabs.values()) t.verdict = null;
}

// recordChoice tells the host what the person did on the block page. To
// continue, the host must say yes (it checks the guardian's PIN when one
// is set); only then is the page let through, for this browser session.
async function recordChoice(msg) {
  const choice = String(msg.choice || '');
  try {
    const reply = await request({ type: 'log.choice', choice, logId: msg.logId || undefined, pin: msg.pin || undefined });
    if (choice === 'continued') await allowURL(msg.url);
    return { ok: true, reply };
  } catch (e) {
    if (e.reply) return { ok: false, reply: e.reply }; // the host said no
    return { ok: false, error: e.message, hostState: host.state };
  }
}

// --- downloads --------------------------------------------------------------
// A download started by a page that is blocked, or not judged yet, waits
// for the verdict, with the file as evidence; on block it is cancelled and
// its partial file removed. A program, script, installer or app package
// waits for a fresh verdict even from a judged page (the page may have
// turned into a fake update since); a program that names no page is
// judged with the active tab, and cancelled when there is none. Other
// downloads from judged, allowed pages and those that name no page are
// untouched. Chromium holds the download in onDeterminingFilename (the file
// stays a temporary .crdownload); Firefox has no such hook, so a program
// is paused as it is created (another file once it waits for a verdict)
// and resumed once it may go on.

// pageOfDownload finds the tab whose page started the download, and what
// AlertGuard knows of that page: 'block', 'judged' or 'unjudged'. A
// program that names no page (no referrer, a data: address) is judged with
// the active tab of the focused window (AG.downloadTab).
async function pageOfDownload(item) {
  const ref = String(item.referrer || '').split('#')[0];
  for (const [k, c] of verdicts.m) {
    if (ref && c.verdict.verdict === 'block' && k.endsWith('|' + ref)) return { tabId: Number(k.split('|')[0]), state: 'block' };
  }
  const all = await api.tabs.query({});
  // The page that started it, whatever its tab shows now (the newest).
  let stored = null;
  if (ref) for (const [k, c] of pageSnaps.m) if (k.endsWith('|' + ref)) stored = c;
  if (stored) {
    const tab = all.find((x) => x.id === stored.tabId);
    const now = tab ? String(tab.url || tab.pendingUrl || '').split('#')[0] : '';
    if (now !== ref) return { tabId: stored.tabId, state: stored.verdict === 'block' ? 'block' : stored.verdict ? 'judged' : 'unjudged', stored };
  }
  const [active] = await api.tabs.query({ active: true, lastFocusedWindow: true }).catch(() => []);
  const best = AG.downloadTab(item, all, active || null);
  if (!best) return null;
  const t = tabs.get(best.id);
  const url = String(best.url || '').split('#')[0];
  if (!t || t.url !== url || !t.verdict) return { tabId: best.id, state: 'unjudged' };
  return { tabId: best.id, state: t.verdict.verdict === 'block' ? 'block' : 'judged' };
}

// screenDownload returns 'pass' or 'cancel' for a new download: the route
// (AG.downloadRoute) and, for a held one, the page's fresh verdict, or the
// one fallback rule (AG.holdFallback: programs stay out) when none comes.
async function screenDownload(item, onHold) {
  if (item.byExtensionId) return 'pass';
  const page = await pageOfDownload(item).catch(() => null);
  const route = AG.downloadRoute(page, item);
  if (route !== 'hold') return route;
  if (onHold) onHold();
  const detail = AG.downloadDetail(item);
  const ref = String(item.referrer || '').split('#')[0];
  const asking = page.stored ? judgeStoredPage(page.stored, detail) : holdForFrame(page.tabId, { type: 'download', detail }, true).then((a) => {
    // The tab went on to another page meanwhile: that page's verdict says
    // nothing of this file; the page that started it is asked, if known.
    if (!a || !a.verdict || !ref || !a.url || a.url.split('#')[0] === ref) return a;
    const stored = pageSnaps.get(AG.verdictKey(page.tabId, ref));
    return stored ? judgeStoredPage(stored, detail) : { verdict: null };
  });
  const answer = await AG.within(asking, AG.holdBound('download'));
  if (answer && answer.verdict) return answer.verdict === 'block' ? 'cancel' : 'pass';
  return AG.holdFallback('download', item) === 'refuse' ? 'cancel' : 'pass';
}

// resumeDownload lets a download Firefox paused go on. Firefox pauses by
// stopping the transfer, and resumes by asking the server for the rest,
// which needs a length (and the server's ranges). A file sent without a
// length (chunked, made as it is sent) cannot be resumed: the person would
// never get it (issue 21). Such a file, or one whose resumption fails, is
// fetched again, whole, from its address by the extension (a download
// AlertGuard starts is not held again: screenDownload), under the name
// Firefox had chosen for it, and the stopped one is cancelled and taken
// off the list.
async function resumeDownload(item) {
  const [now] = await api.downloads.search({ id: item.id }).catch(() => []);
  if (!now || now.state === 'complete' || (now.state === 'in_progress' && !now.paused)) return;
  if (now.totalBytes > 0 && now.canResume) {
    const failed = interruptedSoon(item.id, 15000);
    try {
      await api.downloads.resume(item.id);
      if (!(await failed)) return;
    } catch (e) { /* cannot be resumed: below */ }
  }
  await fetchAgain(now);
}

// interruptedSoon resolves true if the download is interrupted within ms,
// false once it completes or ms pass.
function interruptedSoon(id, ms) {
  return new Promise((resolve) => {
    const done = (v) => { clearTimeout(timer); api.downloads.onChanged.removeListener(seen); resolve(v); };
    const seen = (d) => {
      if (d.id !== id || !d.state) return;
      if (d.state.current === 'interrupted') done(true);
      else if (d.state.current === 'complete') done(false);
    };
    const timer = setTimeout(() => done(false), ms);
    api.downloads.onChanged.addListener(seen);
  });
}

async function fetchAgain(item) {
  // The name Firefox chose was already made unique: overwriting it replaces
  // only this download's own placeholder.
  const opts = { url: item.url, conflictAction: 'overwrite', saveAs: false };
  const name = String(item.filename || '').split(/[\\/]/).pop();
  if (name) opts.filename = name;
  if (item.incognito) opts.incognito = true;
  try { await api.downloads.cancel(item.id); } catch (e) { /* already stopped */ }
  try {
    await api.downloads.download(opts);
  } catch (e) {
    return; // the stopped download stays listed: the person can retry it in the browser
  }
  api.downloads.erase({ id: item.id }).catch(() => {});
}

async function cancelDownload(id) {
  try { await api.downloads.cancel(id); } catch (e) { /* already finished */ }
  try {
    const [item] = await api.downloads.search({ id });
    if (item && item.state === 'complete' && item.exists !== false) await api.downloads.removeFile(id);
  } catch (e) { /* gone */ }
  try { await api.downloads.erase({ id }); } catch (e) {}
}

if (api.downloads) {
  if (api.downloads.onDeterminingFilename) {
    api.downloads.onDeterminingFilename.addListener((item, suggest) => {
      screenDownload(item).then((a) => { if (a === 'cancel') cancelDownload(item.id); else suggest(); }, () => suggest());
      return true;
    });
  } else {
    // Firefox: a program is paused at once, before anything is awaited, so
    // it cannot finish while its page is found and judged; another file is
    // paused only once it is known to wait for a verdict. Either goes on
    // when the answer is 'pass'.
    api.downloads.onCreated.addListener((item) => {
      let paused = Promise.resolve(false);
      const pause = () => { paused = api.downloads.pause(item.id).then(() => true, () => false); };
      if (!item.byExtensionId && AG.holdFallback('download', item) === 'refuse') pause();
      const goOn = async () => { if (await paused) await resumeDownload(item); };
      screenDownload(item, () => { if (!item.byExtensionId && AG.holdFallback('download', item) !== 'refuse') pause(); })
        .then((a) => (a === 'cancel' ? cancelDownload(item.id) : goOn()), goOn);
    });
  }
}

// --- sites that may send notifications ---------------------------------------
// Browsers offer no list of them to extensions: AlertGuard remembers the
// sites whose pages it saw holding the permission. Chromium can take it
// back (chrome.contentSettings, a "block" that overrides the person's
// "allow"); Firefox cannot, and the options page explains the manual path.
const notifySites = {
  async seen(origin) {
    let u;
    try { u = new URL(origin); } catch (e) { return; }
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return;
    const { notifySites: list = [] } = await api.storage.local.get('notifySites');
    if (list.some((s) => s.origin === u.origin)) return;
    list.push({ origin: u.origin, seen: new Date().toISOString() });
    await api.storage.local.set({ notifySites: list.slice(-200) });
  },
  async list() {
    const { notifySites: list = [] } = await api.storage.local.get('notifySites');
    const cs = api.contentSettings && api.contentSettings.notifications;
    const out = [];
    for (const s of list) {
      let setting = '';
      if (cs) { try { setting = (await cs.get({ primaryUrl: s.origin + '/' })).setting; } catch (e) { setting = ''; } }
      out.push({ origin: s.origin, seen: s.seen, setting });
    }
    return { sites: out, canRevoke: !!cs };
  },
  async revoke(origin) {
    const cs = api.contentSettings && api.contentSettings.notifications;
    if (!cs) return { ok: false, error: 'unsupported' };
    try {
      await cs.set({ primaryPattern: new URL(origin).origin + '/*', setting: 'block' });
      return { ok: true };
    } catch (e) {
      return { ok: false, error: e.message };
    }
  },
};

// --- tab lifecycle ----------------------------------------------------------

api.tabs.onRemoved.addListener((tabId) => {
  tabs.delete(tabId);
  verdicts.deleteWhere((k) => k.startsWith(tabId + '|'));
});
api.tabs.onUpdated.addListener((tabId, info) => {
  if (info.status === 'loading') warmHost();
  if (info.status === 'loading' && info.url) {
    const t = tabState(tabId);
    if (t.url !== info.url.split('#')[0]) { t.events = new AG.EventRecorder(); t.verdict = null; t.frames = new Map(); t.veiled = false; t.picture = null; }
  }
});

// The host is started before a page asks (issue 24: a cold host made the
// first page's question wait for the process to start): when the browser
// starts (an onStartup listener makes it start this worker then, not at
// the first page), and again as a tab starts loading if the port was lost
// (the host exited or was stopped). A host that is missing or refused us
// is not started again by every page (request() still tries when asked).
// tabs.onUpdated, not webNavigation.onBeforeNavigate: that would be a new
// permission (Firefox asks the person again on update), for a head start
// of one server answer at most.
function warmHost() {
  if (host.port || host.state === 'missing' || host.state === 'forbidden') return;
  request({ type: 'ping' }).catch(() => {});
}
api.runtime.onStartup.addListener(warmHost);

// Check the host once at start-up, so a missing host is reported at once;
// the settings (the guardian's block list) are wanted by the veil.
request({ type: 'ping' }).catch(() => {}).then(() => { if (!settings && host.state === 'ok') settingsRequest({ type: 'settings.get' }); });

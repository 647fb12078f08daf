/* The options page: the record of stopped pages for the guardian to
 * review, the site lists, the guardian PIN and pausing protection. The host
 * decides every change and checks the PIN; this page only asks. Everything
 * from the log came from hostile pages and is inserted as text. */
(async () => {
  'use strict';
  const api = globalThis.browser || globalThis.chrome;
  const $ = (id) => document.getElementById(id);
  // The tables come from the host's Go source (lib/shared.js, generated).
  const CATEGORIES = AG.LOG_CATEGORIES;
  const CODE = AG.ERROR_CODES;
  const PIN_CODES = [CODE.PIN_REQUIRED, CODE.PIN_WRONG, CODE.PIN_LOCKED];
  const [ALLOW, BLOCK] = AG.SITE_LISTS;
  let entries = [];
  let titles = {};
  let settings = null;
  const thumbs = new Map();
  const t = (k) => I18N.t(k);
  const key = (s) => s.replace(/-/g, '_');

  function el(tag, text, cls) { const e = document.createElement(tag); if (text !== undefined) e.textContent = text; if (cls) e.className = cls; return e; }
  // One date form everywhere on this page, shown and typed: YYYY-MM-DD.
  function localDay(iso) {
    const d = new Date(iso);
    return isNaN(d) ? '' : AGW.day(d);
  }

  // --- asking the host -------------------------------------------------------

  async function ask(msg) {
    const r = await api.runtime.sendMessage(msg);
    if (r && !r.ok && !r.reply) $('host-problem').textContent = t('hostFailed');
    return r || { ok: false };
  }

  // withPIN sends msg; when the host wants the guardian PIN it asks for it
  // in a dialog and sends again, until the PIN is right or the guardian
  // cancels. It returns the last answer, or null when cancelled.
  async function withPIN(msg) {
    let r = await ask(msg);
    while (r && !r.ok && r.reply && PIN_CODES.includes(r.reply.code)) {
      const pin = await askPIN(r.reply.code === CODE.PIN_REQUIRED ? '' : pinText(r.reply));
      if (pin === null) return null;
      r = await ask(Object.assign({}, msg, { pin }));
    }
    return r;
  }

  function pinText(reply) {
    let s = t(AG.pinMessage(reply));
    if (reply.code === CODE.PIN_LOCKED && reply.retryAfterSeconds) s += ' ' + t('pinWaitMinutes').replace('$1', String(Math.ceil(reply.retryAfterSeconds / 60)));
    return s;
  }

  function askPIN(error) {
    const dlg = $('pin-dialog');
    $('pin-dialog-error').textContent = error || '';
    $('pin-dialog-input').value = '';
    return new Promise((resolve) => {
      const done = (v) => { dlg.removeEventListener('close', onClose); $('pin-dialog-cancel').onclick = null; resolve(v); };
      const onClose = () => done(dlg.returnValue === 'ok' ? $('pin-dialog-input').value : null);
      dlg.addEventListener('close', onClose);
      $('pin-dialog-cancel').onclick = () => { dlg.returnValue = ''; dlg.close(); };
      dlg.returnValue = '';
      dlg.showModal();
      $('pin-dialog-input').focus();
    });
  }

  function problem(r, target) {
    if (!r) return; // cancelled
    target.textContent = r.ok ? '' : (r.reply ? t(AG.pinMessage(r.reply)) + (r.reply.message ? ' (' + r.reply.message + ')' : '') : t('hostFailed'));
  }

  // The alerts section (alerts.js) asks the host the same way.
  globalThis.AGOptions = { ask, withPIN, problem };

  // --- the record ------------------------------------------------------------

  async function fetchLog() {
    const r = await ask({ type: 'log.list', limit: 500 });
    if (!r.ok || r.reply.type === 'error') {
      $('status').textContent = t('logError') + ((r.reply && r.reply.message) || r.error || '');
      return;
    }
    entries = r.reply.entries || [];
    titles = r.reply.signatureTitles || {};
    renderLog();
  }

  function filters() {
    const from = AGW.parseDay($('from').value);
    const to = AGW.parseDay($('to').value);
    $('date-error').textContent = from === null || to === null ? t('logDateBad') : '';
    return { from: from || '', to: to || '', category: $('category').value, site: $('site-filter').value, choice: $('choice').value };
  }

  function choiceText(e) {
    const cs = e.choices || [];
    if (cs.length === 0) return t('choiceNone');
    return cs.map((c) => t('choice_' + key(c.choice)) + (c.withPin ? t('withPin') : '')).join(AGW.listSep(I18N.lang));
  }

  function renderLog() {
    const list = $('entries');
    list.replaceChildren();
    const shown = AG.filterEntries(entries, filters(), localDay);
    $('status').textContent = shown.length === 0 ? t('logEmpty') : t('logCount').replace('$1', String(shown.length));
    for (const e of shown) list.appendChild(entryCard(e));
  }

  function entryCard(e) {
    const li = el('li', undefined, 'entry');
    li.dataset.id = e.id;
    const reported = (e.choices || []).some((c) => c.choice === AG.LOG_CHOICES.REPORTED);
    if (reported) li.classList.add('reported');
    let site = e.url;
    try { site = new URL(e.url).host; } catch (err) { /* keep raw */ }
    const body = el('div', undefined, 'body');
    const h = el('h3');
    h.append(el('span', t(e.verdict === 'block' ? 'verdictBlock' : 'verdictWarn'), 'v-' + e.verdict), ' · ' + site);
    body.append(h);
    const dl = el('dl');
    const row = (k, v) => { dl.append(el('dt', t(k)), el('dd', v)); };
    row('logTime', AGW.formatTime(e.time));
    row('logAddress', e.url);
    if (e.title) row('logPageTitle', e.title);
    row('logCategory', (e.categories || []).map((c) => t('cat_' + key(c))).join(AGW.listSep(I18N.lang)));
    row('logTried', (e.signatures || []).map((id) => (titles[id] && titles[id][I18N.lang]) || id).join(' / ') || '—');
    row('logNumbers', (e.phones || []).map((p) => p.display).join(AGW.listSep(I18N.lang)) || '—');
    row('logChoice', choiceText(e));
    body.append(dl);
    const actions = el('div', undefined, 'actions');
    for (const [list, label] of [[ALLOW, 'allowThisSite'], [BLOCK, 'blockThisSite']]) {
      const b = el('button', t(label));
      b.type = 'button';
      b.dataset.list = list;
      b.addEventListener('click', () => addSite(list, e.url, $('site-error')));
      actions.append(b);
    }
    body.append(actions);
    li.append(body);
    loadThumb(e.id, li, site);
    return li;
  }

  async function loadThumb(id, card, site) {
    let src = thumbs.get(id);
    if (src === undefined) {
      const r = await ask({ type: 'log.get', logId: id });
      src = r.ok && r.reply.type === 'log.entry' ? r.reply.thumbnail || '' : '';
      thumbs.set(id, src);
    }
    if (src && src.startsWith('data:image/')) {
      const img = document.createElement('img');
      img.src = src;
      img.alt = t('pictureAlt') + ' (' + site + ')';
      card.append(img);
    }
  }

  // --- settings --------------------------------------------------------------

  async function fetchSettings() {
    const r = await ask({ type: 'settings.get' });
    if (r.ok) showSettings(r.reply);
  }

  function showSettings(s) {
    settings = s;
    for (const list of AG.SITE_LISTS) {
      const ul = $(list + '-list');
      ul.replaceChildren();
      const items = (s.sites && s.sites[list]) || [];
      if (items.length === 0) ul.append(el('li', t('listEmpty')));
      for (const site of items) {
        const li = el('li', site);
        const b = el('button', t('siteRemove'));
        b.type = 'button';
        b.setAttribute('aria-label', t('siteRemove') + ': ' + site);
        b.addEventListener('click', async () => {
          const r = await withPIN({ type: 'sites.remove', list, site });
          problem(r, $('site-error'));
          if (r && r.ok) showSettings(r.reply);
        });
        li.append(b);
        ul.append(li);
      }
    }
    $('pin-state').textContent = t(s.pinSet ? 'pinIsSet' : 'pinNotSet');
    $('pin-set').textContent = t(s.pinSet ? 'pinChange' : 'pinSet');
    $('pin-clear').hidden = !s.pinSet;
    $('protection-state').textContent = s.paused
      ? t('pausedUntil').replace('$1', new Date(s.pausedUntil).toLocaleTimeString(I18N.lang === 'ja' ? 'ja-JP' : 'en-GB', { hour: '2-digit', minute: '2-digit' }))
      : t('protectionOn');
    $('resume').hidden = !s.paused;
    $('pause').hidden = !!s.paused;
    $('host-problem').textContent = s.problem ? t('settingsProblem') + ' ' + s.problem : '';
    document.body.dataset.pinSet = s.pinSet ? '1' : '0';
  }

  async function addSite(list, site, errTarget) {
    const r = await withPIN({ type: 'sites.add', list, site });
    problem(r, errTarget);
    if (r && r.ok) showSettings(r.reply);
    return r;
  }

  $('site-form').addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const r = await addSite($('site-list').value, $('site-input').value, $('site-error'));
    if (r && r.ok) $('site-input').value = '';
  });

  $('pin-form').addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const err = $('pin-form-error');
    if ($('pin-new').value !== $('pin-again').value) { err.textContent = t('pinMismatch'); return; }
    const r = await withPIN({ type: 'guardian.set-pin', newPin: $('pin-new').value });
    problem(r, err);
    if (r && r.ok) { $('pin-new').value = ''; $('pin-again').value = ''; showSettings(r.reply); err.textContent = ''; $('pin-state').textContent = t('pinSaved'); }
  });
  $('pin-clear').addEventListener('click', async () => {
    const r = await withPIN({ type: 'guardian.clear-pin' });
    problem(r, $('pin-form-error'));
    if (r && r.ok) showSettings(r.reply);
  });
  $('pause').addEventListener('click', async () => {
    const r = await withPIN({ type: 'protection.pause', minutes: 60 });
    problem(r, $('pin-form-error'));
    if (r && r.ok) showSettings(r.reply);
  });
  $('resume').addEventListener('click', async () => {
    const r = await ask({ type: 'protection.resume' });
    if (r.ok) showSettings(r.reply);
  });

  // --- start -----------------------------------------------------------------

  await I18N.load();
  for (const c of CATEGORIES) {
    const o = document.createElement('option');
    o.value = c;
    o.dataset.i18n = 'cat_' + key(c);
    o.textContent = t('cat_' + key(c));
    $('category').appendChild(o);
  }
  for (const id of ['from', 'to', 'category', 'choice']) $(id).addEventListener('change', renderLog);
  $('site-filter').addEventListener('input', renderLog);
  $('print').addEventListener('click', () => window.print());
  $('lang').addEventListener('click', async () => { await I18N.toggle(); renderLog(); if (settings) showSettings(settings); if (globalThis.AGAlerts) globalThis.AGAlerts.refresh(); });
  await Promise.all([fetchLog(), fetchSettings(), globalThis.AGAlerts ? globalThis.AGAlerts.load() : null]);
  document.body.dataset.ready = '1';
})();

/* The log page: blocked and warned pages from the host's log. */
(async () => {
  'use strict';
  const api = globalThis.browser || globalThis.chrome;
  const $ = (id) => document.getElementById(id);
  const CATEGORIES = ['fake-alert', 'fullscreen-lock', 'phone-lure', 'notification-abuse', 'clickfix', 'one-click-billing', 'app-install-lure', 'fake-av-purchase', 'permission-lure'];
  let entries = [];
  const thumbs = new Map();

  async function fetchLog() {
    const r = await api.runtime.sendMessage({ type: 'log.list', limit: 500 });
    if (!r || !r.ok) {
      $('status').textContent = I18N.t('logError') + ((r && r.error) || '');
      return;
    }
    entries = r.reply.entries || [];
    render();
  }

  function inRange(e) {
    const d = (e.time || '').slice(0, 10);
    if ($('from').value && d < $('from').value) return false;
    if ($('to').value && d > $('to').value) return false;
    const c = $('category').value;
    return !c || (e.categories || []).includes(c);
  }

  function td(tr, s, cls) { const el = document.createElement('td'); el.textContent = s; if (cls) el.className = cls; tr.appendChild(el); return el; }

  function render() {
    const rows = $('rows');
    rows.replaceChildren();
    const shown = entries.filter(inRange);
    $('table').hidden = shown.length === 0;
    $('status').textContent = shown.length === 0 ? I18N.t('logEmpty') : '';
    for (const e of shown) {
      const tr = document.createElement('tr');
      tr.dataset.id = e.id;
      td(tr, new Date(e.time).toLocaleString(I18N.lang === 'ja' ? 'ja-JP' : 'en-GB'));
      let site = e.url;
      try { site = new URL(e.url).host; } catch (err) { /* keep raw */ }
      const s = td(tr, site, 'site');
      s.title = e.url;
      td(tr, I18N.t(e.verdict === 'block' ? 'verdictBlock' : 'verdictWarn'), 'v-' + e.verdict);
      td(tr, (e.categories || []).map((c) => I18N.t('cat_' + c.replace(/-/g, '_'))).join('、'));
      td(tr, (e.phones || []).map((p) => p.display).join(', '));
      const pic = td(tr, '');
      loadThumb(e.id, pic);
      rows.appendChild(tr);
    }
  }

  async function loadThumb(id, cell) {
    let src = thumbs.get(id);
    if (src === undefined) {
      const r = await api.runtime.sendMessage({ type: 'log.get', logId: id });
      src = r && r.ok ? r.reply.thumbnail || '' : '';
      thumbs.set(id, src);
    }
    if (src && src.startsWith('data:image/')) {
      const img = document.createElement('img');
      img.src = src;
      img.alt = I18N.t('pictureAlt');
      cell.replaceChildren(img);
    }
  }

  await I18N.load();
  for (const c of CATEGORIES) {
    const o = document.createElement('option');
    o.value = c;
    o.textContent = I18N.t('cat_' + c.replace(/-/g, '_'));
    $('category').appendChild(o);
  }
  for (const id of ['from', 'to', 'category']) $(id).addEventListener('change', render);
  $('lang').addEventListener('click', async () => { await I18N.toggle(); render(); });
  await fetchLog();
  document.body.dataset.ready = '1';
})();

/* The options page's list of sites that may send notifications. Browsers
 * give extensions no such list, so it holds the sites where AlertGuard saw
 * the permission granted. Chromium can take the permission back
 * (chrome.contentSettings); Firefox cannot, and the page says where in the
 * settings to do it. Site names came from web pages: inserted as text. */
(() => {
  'use strict';
  const api = globalThis.browser || globalThis.chrome;
  const $ = (id) => document.getElementById(id);
  const TEXT = {
    ja: {
      title: '通知を送れるサイト',
      lead: 'AlertGuard が見かけた、このブラウザで通知の許可を持っているサイトです。覚えのないサイトは取り消してください。偽の警告が通知で届くことがあります。',
      none: '通知の許可を持つサイトは、まだ見つかっていません。',
      revoke: '取り消す', revoked: '取り消しました', failed: '取り消せませんでした', blocked: '通知はブロック済み',
      chromium: 'ブラウザの設定でも確認できます：設定 → プライバシーとセキュリティ → サイトの設定 → 通知（chrome://settings/content/notifications）。',
      firefox: 'Firefox では拡張機能から許可を取り消せません。設定 → プライバシーとセキュリティ → 許可設定 → 通知の「設定…」を開き、サイトを選んで「ウェブサイトを削除」を押してください（about:preferences#privacy）。',
    },
    en: {
      title: 'Sites that may send notifications',
      lead: 'Sites AlertGuard has seen holding notification permission in this browser. Take it back from any site you do not know: fake warnings can arrive as notifications.',
      none: 'No site with notification permission has been seen yet.',
      revoke: 'Take back', revoked: 'Taken back', failed: 'Could not take it back', blocked: 'Notifications blocked',
      chromium: 'You can also check in the browser settings: Settings → Privacy and security → Site settings → Notifications (chrome://settings/content/notifications).',
      firefox: 'Firefox does not let extensions take the permission back. Open Settings → Privacy & Security → Permissions → Notifications "Settings…", select the site and press "Remove Website" (about:preferences#privacy).',
    },
  };
  const text = () => TEXT[document.documentElement.lang === 'en' ? 'en' : 'ja'];

  let state = { sites: [], canRevoke: false };
  async function load() {
    try { state = (await api.runtime.sendMessage({ type: 'notify.list' })) || state; } catch (e) { /* worker restarting */ }
    render();
  }
  function render() {
    const t = text();
    $('notify-h').textContent = t.title;
    $('notify-lead').textContent = t.lead;
    $('notify-manual').textContent = state.canRevoke ? t.chromium : t.firefox;
    const list = $('notify-list');
    list.replaceChildren();
    if (!state.sites.length) { const li = document.createElement('li'); li.textContent = t.none; list.append(li); return; }
    for (const s of state.sites) {
      const li = document.createElement('li');
      const name = document.createElement('span');
      name.textContent = s.origin;
      li.append(name);
      if (s.setting === 'block') {
        const b = document.createElement('span');
        b.className = 'state';
        b.textContent = ' ' + t.blocked;
        li.append(b);
      } else if (state.canRevoke) {
        const btn = document.createElement('button');
        btn.type = 'button';
        btn.textContent = t.revoke;
        btn.setAttribute('aria-label', t.revoke + ': ' + s.origin);
        btn.addEventListener('click', async () => {
          btn.disabled = true;
          const r = await api.runtime.sendMessage({ type: 'notify.revoke', origin: s.origin }).catch(() => null);
          btn.textContent = r && r.ok ? t.revoked : t.failed;
          if (r && r.ok) load();
        });
        li.append(' ', btn);
      }
      list.append(li);
    }
  }
  // The page's language can be switched; follow it.
  new MutationObserver(render).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  load();
})();

(async () => {
  'use strict';
  const api = globalThis.browser || globalThis.chrome;
  await I18N.load();
  const [tab] = await api.tabs.query({ active: true, currentWindow: true });
  const s = await api.runtime.sendMessage({ type: 'state', tabId: tab ? tab.id : -1 });
  const key = s.paused ? 'popupPaused' : { allow: 'popupProtected', warn: 'popupWarned', block: 'popupBlocked' }[s.verdict] || 'popupUnjudged';
  document.getElementById('state').textContent = I18N.t(key);
  document.body.dataset.host = s.hostState;
  document.body.dataset.verdict = s.verdict || '';
  document.body.dataset.paused = s.paused ? '1' : '0';
  if (s.hostState !== 'ok' && s.hostState !== 'unknown') {
    const h = document.getElementById('host');
    h.textContent = I18N.t(s.hostState === 'missing' ? 'popupHostMissing' : 'popupHostBroken');
    h.hidden = false;
    document.getElementById('install').hidden = false;
  }
})();

/* The options page's alerts section: the guardian's own channels (e-mail,
 * ntfy, webhook, LINE), on or off, and a test. The host keeps the secrets
 * and never sends them back: a secret field left empty keeps the stored
 * one. Every change needs the guardian PIN (the host checks it). */
(() => {
  'use strict';
  const $ = (id) => document.getElementById(id);
  const t = (k) => I18N.t(k);
  let current = null;

  function show(reply) {
    current = reply;
    const s = reply.settings || {};
    const ch = new Set(s.channels || []);
    $('alerts-on').checked = !!s.on;
    $('alerts-lang').value = s.lang || 'ja';
    $('alerts-address').checked = !!s.includeAddress;
    $('alerts-warnings').checked = !!s.warnings;
    $('alerts-session').value = String(s.sessionHours || 24);
    if (ch.has('email') && s.emailServer) {
      const i = s.emailServer.lastIndexOf(':');
      $('email-host').value = s.emailServer.slice(0, i);
      $('email-port').value = s.emailServer.slice(i + 1);
      $('email-to').value = (s.emailTo || []).join(', ');
      $('email-user').value = s.emailUser || '';
      $('email-from').value = s.emailFrom || '';
      $('email-security').value = s.emailSecurity || AG.ALERT_OPTIONS.emailSecurity[0];
    }
    if (ch.has('ntfy')) $('ntfy-server').value = s.ntfyServer || '';
    if (ch.has('webhook')) $('webhook-format').value = s.webhookFormat || AG.ALERT_OPTIONS.webhookFormats[0];
    if (ch.has('line')) $('line-to').value = s.lineTo || '';
    for (const [id, c] of [['email-password', 'email'], ['ntfy-topic', 'ntfy'], ['webhook-url', 'webhook'], ['line-token', 'line']]) {
      $(id).placeholder = ch.has(c) ? t('alertsSaved') + (c === 'webhook' && s.webhookHost ? ' — ' + s.webhookHost : '') : '';
    }
    refresh();
  }

  function refresh() {
    if (!current) return;
    const s = current.settings || {};
    let state = s.on ? t('alertsStateOn').replace('$1', (s.channels || []).join(', ')) : t('alertsStateOff');
    if (current.waiting) state += ' ' + t('alertsWaiting').replace('$1', String(current.waiting));
    $('alerts-state').textContent = state;
    document.body.dataset.alertsOn = s.on ? '1' : '0';
  }

  // request builds alerts.set from the form: a channel whose main field is
  // filled is sent; one emptied that was set up is removed.
  function request() {
    const had = new Set((current && current.settings && current.settings.channels) || []);
    const v = (id) => $(id).value.trim();
    const msg = { type: 'alerts.set', on: $('alerts-on').checked, lang: $('alerts-lang').value, includeAddress: $('alerts-address').checked,
      warnings: $('alerts-warnings').checked, sessionHours: parseInt(v('alerts-session'), 10) || 0, remove: [] };
    if (v('email-host')) {
      msg.email = { host: v('email-host'), port: parseInt(v('email-port'), 10) || 587, security: $('email-security').value,
        username: v('email-user'), password: $('email-password').value, from: v('email-from'),
        to: v('email-to').split(',').map((x) => x.trim()).filter(Boolean) };
    } else if (had.has('email')) msg.remove.push('email');
    // The topic is a secret too (whoever knows it reads the alerts): empty keeps it.
    if (v('ntfy-topic') || (had.has('ntfy') && v('ntfy-server'))) msg.ntfy = { server: v('ntfy-server') || 'https://ntfy.sh', topic: v('ntfy-topic'), token: $('ntfy-token').value };
    else if (had.has('ntfy')) msg.remove.push('ntfy');
    if (v('webhook-url') || had.has('webhook')) msg.webhook = { url: v('webhook-url'), format: $('webhook-format').value };
    if (v('line-to')) msg.line = { to: v('line-to'), token: $('line-token').value };
    else if (had.has('line')) msg.remove.push('line');
    return msg;
  }

  async function load() {
    const r = await AGOptions.ask({ type: 'alerts.get' });
    if (r.ok && r.reply.type === 'alerts') show(r.reply);
  }

  $('alerts-form').addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const r = await AGOptions.withPIN(request());
    AGOptions.problem(r, $('alerts-error'));
    if (r && r.ok) {
      for (const id of ['email-password', 'ntfy-topic', 'ntfy-token', 'webhook-url', 'line-token']) $(id).value = '';
      show(r.reply);
      $('alerts-results').replaceChildren(Object.assign(document.createElement('li'), { textContent: t('alertsSavedOK') }));
    }
  });

  $('alerts-test').addEventListener('click', async () => {
    $('alerts-test').disabled = true;
    const r = await AGOptions.ask({ type: 'alerts.test' });
    $('alerts-test').disabled = false;
    AGOptions.problem(r, $('alerts-error'));
    const ul = $('alerts-results');
    ul.replaceChildren();
    for (const x of (r.ok && r.reply.results) || []) {
      const li = document.createElement('li');
      li.textContent = x.channel + ' (' + x.to + '): ' + (x.ok ? t('alertsSent') : t('alertsNotSent') + ' — ' + x.error);
      li.dataset.ok = x.ok ? '1' : '0';
      ul.append(li);
    }
  });

  globalThis.AGAlerts = { load, refresh };
})();

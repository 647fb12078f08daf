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

// hooks/sound.js: sound, speech, vibration.
// A part of hooks.js (one closure in the page's world; docs/extension.md, "The hooks' parts").
  // --- sound, speech, vibration: alarms are pressure ------------------------
  function hookSound(w, nav) {
    hookMethod(w.HTMLMediaElement && w.HTMLMediaElement.prototype, 'play', (self, args, orig) => {
      report('media-play', cut(str(self.currentSrc || self.src), 300));
      media.add(self);
      if (blocked()) return rejected(refused());
      return R(orig, self, args);
    });
    each(['AudioContext', 'webkitAudioContext'], (name) => hookCtor(w, name, (args, nt, C) => {
      report('audio-context', '');
      const ctx = construct(C, args, nt);
      contexts.add(ctx);
      return ctx;
    }));
    hookMethod(w.SpeechSynthesis && w.SpeechSynthesis.prototype, 'speak', (self, args, orig) => {
      report('speech', str(args[0] && args[0].text));
      return blocked() ? undefined : R(orig, self, args);
    });
    hookMethod(w.Navigator && w.Navigator.prototype, 'vibrate', (self, args, orig) => {
      report('vibrate', '');
      return blocked() ? false : R(orig, self, args);
    });
  }
  disarms[disarms.length] = () => {
    for (const m of media) { try { m.pause(); m.muted = true; } catch (e) {} }
    for (const ctx of contexts) { try { ctx.close(); } catch (e) {} }
    for (const p of popups) { try { p.close(); } catch (e) {} }
  };

extension PortalAssets {
    /// Progressive enhancement only; every page works without it. It moves focus to a problem summary, warns
    /// before leaving a form with unsaved changes, asks the server which questions apply as answers change
    /// (`POST /portal/sections/{id}/relevance`) so follow-up questions appear without saving, and saves the
    /// draft a while after typing stops — over the page's revision, so it never overwrites someone else's save.
    static let script = """
    (function () {
      'use strict';
      var summary = document.querySelector('.error-summary, .conflict, #submit-error');
      if (summary) { summary.setAttribute('tabindex', '-1'); summary.focus(); summary.scrollIntoView({ block: 'center' }); }
      // The section list is open on a wide screen and folded on a phone, so a section's questions come first.
      var menu = document.querySelector('details.sections-menu');
      if (menu && window.matchMedia && window.matchMedia('(min-width: 48rem)').matches) { menu.open = true; }
      var form = document.querySelector('form.section-form');
      if (!form || !form.querySelector('button[value="save"]')) { return; }
      var status = document.querySelector('.autosave');
      var english = document.documentElement.lang === 'en';
      var dirty = false, stopped = false, relevanceTimer = null, saveTimer = null;
      function say(en, ja) { if (status) { status.textContent = english ? en : ja; } }
      function fields() {
        var data = new FormData(form);
        var files = [];
        data.forEach(function (value, key) { if (typeof value !== 'string') { files.push(key); } });
        files.forEach(function (key) { data.delete(key); });
        return data;
      }
      function refreshRelevance() {
        fetch(form.getAttribute('action') + '/relevance', { method: 'POST', body: fields(), credentials: 'same-origin' })
          .then(function (response) { return response.ok ? response.json() : null; })
          .then(function (result) {
            if (!result || !result.hidden) { return; }
            var hidden = {};
            result.hidden.forEach(function (id) { hidden[id] = true; });
            form.querySelectorAll('[data-item]').forEach(function (element) {
              element.hidden = !!hidden[element.id.replace(/^item-/, '')];
              // The "not asked" note belongs to a question the page was loaded without; shown again, it is asked.
              if (!element.hidden) {
                var note = element.querySelector(':scope > fieldset > .not-asked-note, :scope > .not-asked-note');
                if (note) { note.parentNode.removeChild(note); }
              }
            });
          })
          .catch(function () {});
      }
      function hasChosenFile() {
        return Array.prototype.some.call(form.querySelectorAll('input[type=file]'), function (input) { return input.files && input.files.length > 0; });
      }
      function autosave() {
        if (!dirty || stopped || hasChosenFile()) { return; }
        var data = fields();
        data.set('action', 'save');
        dirty = false;
        fetch(form.getAttribute('action'), { method: 'POST', body: data, credentials: 'same-origin' })
          .then(function (response) {
            var match = /[?&]saved=([0-9]+)/.exec(response.url || '');
            if (response.ok && match) {
              form.querySelector('input[name=base_revision]').value = match[1];
              say('Saved automatically (save no. ' + match[1] + ').', '自動保存しました（' + match[1] + '回目の保存）。');
            } else if (response.status === 409) {
              stopped = true;
              say('Not saved: someone else at your institution saved meanwhile. Press Save draft to see their changes.',
                  '自動保存できませんでした。他の担当者が先に保存しています。「一時保存」を押して変更内容を確認してください。');
            } else {
              dirty = true;
              say('Not saved automatically: press Save draft to see what needs checking.',
                  '自動保存できませんでした。「一時保存」を押して確認が必要な箇所を表示してください。');
            }
          })
          .catch(function () { dirty = true; });
      }
      // A file over the per-file limit is caught here, before minutes of uploading; the server checks again.
      function oversized(input) {
        var limit = parseInt(input.getAttribute('data-max-bytes') || '0', 10);
        var file = input.files && input.files[0];
        var old = input.parentNode.querySelector('.file-size-error');
        if (old) { old.parentNode.removeChild(old); }
        input.removeAttribute('aria-invalid');
        if (!limit || !file || file.size <= limit) { return false; }
        var size = (file.size / 1048576).toFixed(1) + ' MB', most = input.getAttribute('data-limit') || '';
        var note = document.createElement('p');
        note.className = 'error file-size-error';
        note.id = 'size-' + input.id;
        note.textContent = english
          ? 'This file is ' + size + ', larger than the limit (' + most + '). Choose a smaller file; your answers are not lost.'
          : 'このファイルは ' + size + ' で、上限（' + most + '）を超えています。より小さいファイルを選んでください。入力した回答は失われていません。';
        input.parentNode.insertBefore(note, input);
        input.setAttribute('aria-invalid', 'true');
        input.setAttribute('aria-describedby', (input.getAttribute('aria-describedby') || '') + ' ' + note.id);
        return true;
      }
      form.querySelectorAll('input[type=file]').forEach(function (input) {
        input.addEventListener('change', function () { oversized(input); });
      });
      form.addEventListener('submit', function (event) {
        var tooBig = Array.prototype.filter.call(form.querySelectorAll('input[type=file]'), oversized);
        if (tooBig.length > 0) { event.preventDefault(); tooBig[0].focus(); return; }
        dirty = false; stopped = true;
      });
      window.addEventListener('beforeunload', function (event) { if (dirty) { event.preventDefault(); event.returnValue = ''; } });
      form.addEventListener('change', function () {
        dirty = true;
        clearTimeout(relevanceTimer);
        relevanceTimer = setTimeout(refreshRelevance, 250);
      });
      form.addEventListener('input', function () {
        dirty = true;
        clearTimeout(saveTimer);
        saveTimer = setTimeout(autosave, 15000);
      });
      form.addEventListener('change', function () {
        clearTimeout(saveTimer);
        saveTimer = setTimeout(autosave, 15000);
      });
    })();
    """
}

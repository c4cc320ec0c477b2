extension PortalAssets {
    /// Progressive enhancement only; every page works without it. It moves focus to a problem summary, warns
    /// before leaving a form with unsaved changes, and asks the server which questions apply as answers change
    /// (`POST /portal/sections/{id}/relevance`), so follow-up questions appear without saving.
    static let script = """
    (function () {
      'use strict';
      var summary = document.querySelector('.error-summary, .conflict');
      if (summary) { summary.setAttribute('tabindex', '-1'); summary.focus(); }
      var form = document.querySelector('form.section-form');
      if (!form) { return; }
      var dirty = false;
      var pending = null;
      form.addEventListener('submit', function () { dirty = false; });
      window.addEventListener('beforeunload', function (event) { if (dirty) { event.preventDefault(); event.returnValue = ''; } });
      function refreshRelevance() {
        var data = new FormData(form);
        var files = [];
        data.forEach(function (value, key) { if (typeof value !== 'string') { files.push(key); } });
        files.forEach(function (key) { data.delete(key); });
        fetch(form.getAttribute('action') + '/relevance', { method: 'POST', body: data, credentials: 'same-origin' })
          .then(function (response) { return response.ok ? response.json() : null; })
          .then(function (result) {
            if (!result || !result.hidden) { return; }
            var hidden = {};
            result.hidden.forEach(function (id) { hidden[id] = true; });
            form.querySelectorAll('[data-item]').forEach(function (element) {
              var id = element.id.replace(/^item-/, '');
              element.hidden = !!hidden[id];
            });
          })
          .catch(function () {});
      }
      form.addEventListener('change', function () {
        dirty = true;
        if (pending) { clearTimeout(pending); }
        pending = setTimeout(refreshRelevance, 250);
      });
      form.addEventListener('input', function () { dirty = true; });
    })();
    """
}

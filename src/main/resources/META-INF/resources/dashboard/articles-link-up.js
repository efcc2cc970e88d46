// Articles link-up panel (docs/articles.md, "Link-up"): the report of what the first articles run against a shop that
// already has products would create, update and deactivate, its confirmation (operators), and the SKUs found more
// than once in CCV. Self-contained: its own calls and timer; the page only gives it <section id="articles-link-up">.
(function () {
  'use strict';
  var box = document.getElementById('articles-link-up');
  if (!box) { return; }
  var operator = false;
  var drawn = '';

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === 'text') { node.textContent = attrs[k]; } else { node.setAttribute(k, attrs[k]); }
    });
    (children || []).forEach(function (c) { if (c) { node.appendChild(typeof c === 'string' ? document.createTextNode(c) : c); } });
    return node;
  }

  function api(method, path) {
    return fetch(path, { method: method, credentials: 'same-origin',
      headers: { 'X-Requested-With': 'bridge-dashboard', 'Accept': 'application/json' } })
      .then(function (response) {
        return response.json().catch(function () { return {}; }).then(function (data) {
          if (!response.ok) { throw new Error((data && data.error) || ('HTTP ' + response.status)); }
          return data;
        });
      });
  }

  function list(title, lines, cls) {
    if (!lines || !lines.length) { return null; }
    var items = lines.map(function (l) {
      return el('li', {}, [el('code', { text: l.sku }), l.target ? ' → ' + l.target : '',
        l.fields && l.fields.length ? ' (' + l.fields.join(', ') + ')' : '', l.note ? ' — ' + l.note : '']);
    });
    return el('details', { class: 'link-up-' + cls }, [el('summary', { text: title + ': ' + lines.length }), el('ul', {}, items)]);
  }

  function action(label, path, confirmText) {
    var b = el('button', { type: 'button', class: 'link-up-action', text: label });
    if (!operator) { b.disabled = true; b.title = 'needs the operator role'; }
    b.addEventListener('click', function () {
      if (confirmText && !window.confirm(confirmText)) { return; }
      b.disabled = true;
      api('POST', path).then(load).catch(function (e) { b.disabled = false; b.title = e.message; b.textContent = label + ' (failed)'; });
    });
    return b;
  }

  function draw(view, duplicates) {
    var status = view.status || {};
    var report = view.report;
    var key = JSON.stringify([view, duplicates, operator]);
    if (key === drawn) { return; }
    drawn = key;
    var relevant = report || status.state === 'waiting' || duplicates.length;
    box.hidden = !relevant;
    box.textContent = '';
    if (!relevant) { return; }
    box.appendChild(el('h2', { text: 'Articles link-up' }));
    box.appendChild(el('p', { class: 'link-up-state' }, [el('strong', { text: status.state }), ' — ' + (status.summary || '')]));
    if (status.state === 'reported') {
      box.appendChild(el('p', { class: 'muted', text: 'Nothing is written to CCV until an operator confirms.' }));
    }
    if (status.confirmedAt) {
      box.appendChild(el('p', { class: 'muted', text: 'Confirmed by ' + status.confirmedBy + ' at ' + status.confirmedAt }));
    }
    if (report) {
      [list('Create', report.create, 'create'), list('Update', report.update, 'update'),
        list('Deactivate', report.deactivate, 'deactivate'), list('Duplicate SKUs', report.duplicates, 'duplicates'),
        list('Would park', report.wouldPark, 'park')].forEach(function (n) { if (n) { box.appendChild(n); } });
      box.appendChild(el('p', { class: 'muted', text: report.unchanged + ' unchanged; ' + report.leftAlone
        + ' shop products no Globe item stands for are left alone' }));
    }
    if (status.state === 'reported') {
      box.appendChild(action('Confirm link-up', '/api/articles/link-up/confirm',
        'Confirm: the next articles run creates, updates and deactivates as listed?'));
    }
    if (status.state === 'waiting' || status.state === 'reported') {
      box.appendChild(action('Make report now', '/api/articles/link-up/report'));
    }
    if (duplicates.length) {
      box.appendChild(el('h3', { text: 'SKUs found more than once in CCV (not written)' }));
      box.appendChild(el('ul', { class: 'link-up-duplicate-skus' }, duplicates.map(function (d) {
        return el('li', {}, [el('code', { text: d.sku }), ': ' + d.found]);
      })));
    }
  }

  function load() {
    return Promise.all([api('GET', '/api/articles/link-up'), api('GET', '/api/articles/duplicates')])
      .then(function (answers) { draw(answers[0], answers[1]); })
      .catch(function () { /* the main dashboard reports failures; this panel stays as it was */ });
  }

  api('GET', '/api/me').then(function (me) { operator = me.roles.indexOf('operator') >= 0; })
    .catch(function () { operator = false; })
    .then(function () { load(); setInterval(load, 15000); });
})();

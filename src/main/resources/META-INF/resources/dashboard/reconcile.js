// The dashboard's reconciliation panel (docs/reconcile.md): the latest run's differences per category, a filtered
// table of them with one button per row that syncs or replays the record through the existing APIs, the CSV of the
// same rows, and "Run now" for operators.
(function () {
  'use strict';

  var params = new URLSearchParams(location.search);
  var refreshSeconds = Math.max(1, parseInt(params.get('refresh') || '10', 10));
  var CATEGORIES = ['orders', 'totals', 'stock', 'articles', 'customers'];
  var view = { operator: false, drawn: '' };

  function $(id) { return document.getElementById(id); }

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined && text !== null) { node.textContent = text; }
    return node;
  }

  function call(method, path) {
    return fetch(path, { method: method, credentials: 'same-origin',
      headers: { 'Accept': 'application/json', 'X-Requested-With': 'bridge-dashboard' } })
      .then(function (r) {
        return r.text().then(function (text) {
          var data = null;
          try { data = text ? JSON.parse(text) : null; } catch (e) { data = { error: text }; }
          if (!r.ok) { throw new Error((data && data.error) || ('HTTP ' + r.status)); }
          return data;
        });
      });
  }

  function say(text) {
    var n = $('reconcile-notice');
    n.textContent = text;
  }

  function section() {
    var box = el('section', { id: 'reconcile', 'aria-label': 'reconciliation' });
    box.appendChild(el('h2', {}, 'Reconciliation'));
    var bar = el('div', { class: 'filters' });
    var run = el('button', { id: 'reconcile-run', type: 'button', class: 'primary' }, 'Run now');
    run.addEventListener('click', function () {
      call('POST', '/api/reconcile').then(function (d) { say('Reconciliation ' + d.runId + ' started'); })
        .catch(function (e) { say('Reconciliation not started: ' + e.message); });
    });
    bar.appendChild(run);
    bar.appendChild(el('span', { id: 'reconcile-run-info', class: 'muted' }));
    box.appendChild(bar);
    box.appendChild(el('p', { id: 'reconcile-counts', class: 'counts' }));
    var form = el('form', { id: 'reconcile-filter', class: 'filters' });
    var category = el('select', { id: 'reconcile-category' });
    category.appendChild(el('option', { value: '' }, 'all'));
    CATEGORIES.forEach(function (c) { category.appendChild(el('option', { value: c }, c)); });
    var label = el('label', {}, 'Category ');
    label.appendChild(category);
    form.appendChild(label);
    var kindLabel = el('label', {}, 'Kind ');
    kindLabel.appendChild(el('input', { id: 'reconcile-kind', placeholder: 'missing, drift, price…' }));
    form.appendChild(kindLabel);
    var keyLabel = el('label', {}, 'Key ');
    keyLabel.appendChild(el('input', { id: 'reconcile-key', placeholder: 'order id, SKU, debtor' }));
    form.appendChild(keyLabel);
    form.appendChild(el('button', { type: 'submit' }, 'Filter'));
    form.appendChild(el('a', { id: 'reconcile-csv', href: '/api/reconcile/differences.csv' }, 'CSV'));
    form.addEventListener('submit', function (e) { e.preventDefault(); view.drawn = ''; refresh(); });
    box.appendChild(form);
    var table = el('table', { id: 'reconcile-table' });
    var head = el('tr');
    ['Category', 'Kind', 'Key', 'CCV', 'Globe', 'Reason', ''].forEach(function (h) { head.appendChild(el('th', {}, h)); });
    var thead = el('thead');
    thead.appendChild(head);
    table.appendChild(thead);
    table.appendChild(el('tbody'));
    box.appendChild(table);
    box.appendChild(el('p', { id: 'reconcile-notice', class: 'muted', role: 'status' }));
    var main = document.querySelector('main');
    main.insertBefore(box, $('activity'));
  }

  function filters() {
    var q = new URLSearchParams();
    var c = $('reconcile-category').value, k = $('reconcile-kind').value.trim(), key = $('reconcile-key').value.trim();
    if (c) { q.set('category', c); }
    if (k) { q.set('kind', k); }
    if (key) { q.set('key', key); }
    return q.toString();
  }

  // The API call that syncs or replays the record of a difference.
  function action(d) {
    if (!d.action) { return null; }
    if (d.action === 'sync-order') { return { label: 'Sync', path: '/api/orders/' + encodeURIComponent(d.key) + '/sync' }; }
    if (d.action.indexOf('replay:') === 0) { return { label: 'Replay', path: '/api/parked/' + encodeURIComponent(d.action.substring(7)) + '/replay' }; }
    if (d.action === 'stock-sync') { return { label: 'Stock run', path: '/api/stock/sync' }; }
    if (d.action === 'article-sync') { return { label: 'Sync', path: '/api/reconcile/articles/' + encodeURIComponent(d.key) + '/sync' }; }
    return null;
  }

  function rows(differences) {
    var body = document.querySelector('#reconcile-table tbody');
    body.textContent = '';
    differences.forEach(function (d) {
      var tr = el('tr', { 'data-category': d.category, 'data-key': d.key, 'data-kind': d.kind });
      [d.category, d.kind, d.key, d.ccvValue, d.globeValue, d.reason].forEach(function (v) { tr.appendChild(el('td', {}, v || '')); });
      var cell = el('td');
      var a = action(d);
      if (a) {
        var b = el('button', { type: 'button', class: 'reconcile-action' }, a.label);
        b.disabled = !view.operator;
        if (!view.operator) { b.title = 'needs the operator role'; }
        b.addEventListener('click', function () {
          b.disabled = true;
          call('POST', a.path).then(function (out) {
            say(a.label + ' of ' + d.key + ': ' + ((out && (out.outcome || out.status || out.started || out.message)) || 'done'));
          }).catch(function (e) { say(a.label + ' of ' + d.key + ' failed: ' + e.message); b.disabled = false; });
        });
        cell.appendChild(b);
      }
      tr.appendChild(cell);
      body.appendChild(tr);
    });
  }

  function refresh() {
    var q = filters();
    $('reconcile-csv').setAttribute('href', '/api/reconcile/differences.csv' + (q ? '?' + q : ''));
    Promise.all([call('GET', '/api/reconcile'), call('GET', '/api/reconcile/differences' + (q ? '?' + q : ''))])
      .then(function (answers) {
        var overview = answers[0], differences = answers[1];
        var key = JSON.stringify(answers) + view.operator;
        if (key === view.drawn) { return; }
        view.drawn = key;
        var run = overview.run;
        $('reconcile-run-info').textContent = (overview.running ? 'run ' + overview.running + ' going; ' : '')
          + (run ? 'latest run ' + run.id + ' (' + run.trigger + ') ' + new Date(run.startedAt).toLocaleString() + ': checked '
            + (run.checked || '—') + ', spent ' + run.ccvCalls + ' CCV and ' + run.globeCalls + ' Globe calls' : 'no run yet');
        var counts = $('reconcile-counts');
        counts.textContent = '';
        CATEGORIES.forEach(function (c) {
          var n = (overview.counts || {})[c] || 0;
          var span = el('span', { 'data-category': c });
          span.appendChild(document.createTextNode(c + ' '));
          span.appendChild(el('span', { class: 'badge' + (n > 0 ? ' bad' : '') }, String(n)));
          counts.appendChild(span);
        });
        rows(differences);
      })
      .catch(function () { /* the next refresh tries again */ });
  }

  section();
  call('GET', '/api/me').then(function (me) {
    view.operator = me.roles.indexOf('operator') >= 0;
    $('reconcile-run').disabled = !view.operator;
  }).catch(function () { $('reconcile-run').disabled = true; }).then(refresh);
  setInterval(refresh, Math.max(refreshSeconds, 5) * 1000);
})();

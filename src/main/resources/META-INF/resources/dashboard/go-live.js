// Going live (docs/operations.md, "Going live"): which flows wait for an operator, the go-live checklist, starting a
// flow, what the first orders poll left out; and the Globe-code tables with proposed mapping rows that the connection
// check shows (window.bridgeCodes, called by dashboard.js for each check). Plain JavaScript against /api/go-live.
(function () {
  'use strict';

  var params = new URLSearchParams(location.search);
  var refreshSeconds = Math.max(1, parseInt(params.get('refresh') || '10', 10));
  var operator = false;
  var drawn = '';

  function $(id) { return document.getElementById(id); }

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === 'text') { node.textContent = attrs[k]; } else if (k === 'class') { node.className = attrs[k]; } else { node.setAttribute(k, attrs[k]); }
    });
    (children || []).forEach(function (c) { if (c) { node.appendChild(typeof c === 'string' ? document.createTextNode(c) : c); } });
    return node;
  }

  function api(method, path) {
    return fetch(path, { method: method, credentials: 'same-origin', headers: { 'X-Requested-With': 'bridge-dashboard', 'Accept': 'application/json' } })
      .then(function (response) {
        var type = response.headers.get('Content-Type') || '';
        return (type.indexOf('application/json') === 0 ? response.json() : response.text()).then(function (data) {
          if (!response.ok) { throw new Error((data && data.error) || ('HTTP ' + response.status)); }
          return data;
        });
      });
  }

  function when(instant) { return instant ? new Date(instant).toLocaleString() : '—'; }

  function say(text) {
    var n = $('go-live-message');
    n.textContent = text;
    n.hidden = !text;
  }

  function opButton(label, cls, onClick) {
    var b = el('button', { type: 'button', class: cls, text: label });
    b.disabled = !operator;
    if (!operator) { b.title = 'needs the operator role'; }
    b.addEventListener('click', onClick);
    return b;
  }

  // --- The go-live state ----------------------------------------------------------------------------------
  function load() {
    return api('GET', '/api/go-live').then(function (answer) {
      var json = JSON.stringify(answer) + '|' + operator;
      if (json === drawn) { return; }
      drawn = json;
      var s = answer.status, poll = answer.ordersFirstPoll;
      var section = $('go-live');
      section.hidden = !s.holding && !(poll && (poll.leftOut > 0 || poll.fromSince));
      var held = s.flows.filter(function (f) { return f.held; }).length;
      $('go-live-state').textContent = !s.holding ? 'Flows started with the bridge (bridge.start-paused is off or this installation had synced before).'
        : held ? held + ' flow(s) wait for an operator: nothing is written to CCV Shop or Exact Globe by a held flow. Held since ' + when(s.heldSince) + '.'
          : 'Every flow was started.';
      var list = $('go-live-flows');
      list.replaceChildren();
      s.flows.forEach(function (f) {
        list.appendChild(el('li', { 'data-golive-flow': f.flow, 'data-held': String(f.held) }, [
          el('span', { class: 'st st-' + (f.held ? 'paused' : 'running'), text: f.held ? 'held' : 'started' }), ' ', el('b', { text: f.flow }),
          f.startedBy ? ' — started by ' + f.startedBy + ' ' + when(f.startedAt) : '', ' ',
          f.held ? opButton('Start', 'go-live-start primary', function () { start(f.flow); }) : null]));
      });
      var p = $('go-live-first-poll');
      p.hidden = !poll;
      if (poll) {
        p.textContent = poll.fromSince ? 'First orders poll: orders created since ' + when(poll.windowStart) + ' (BRIDGE_ORDERS_SINCE).'
          : 'First orders poll: ' + poll.leftOut + ' order(s) created between ' + when(poll.countedFrom) + ' and ' + when(poll.windowStart)
            + ' left out as older than the look-back' + (poll.leftOut > 0 ? ' — set BRIDGE_ORDERS_SINCE to a date to take them.' : '.');
        p.setAttribute('data-left-out', String(poll.leftOut));
      }
    }).catch(function (e) { say('Go live: ' + e.message); });
  }

  function start(flow) {
    var despite = $('go-live-despite').checked;
    api('POST', '/api/go-live/flows/' + encodeURIComponent(flow) + '/start' + (despite ? '?despite-checklist=true' : ''))
      .then(function () { say('Flow ' + flow + ' started.'); drawn = ''; load(); })
      .catch(function (e) { say('Flow ' + flow + ' not started: ' + e.message); });
  }

  // --- The checklist ----------------------------------------------------------------------------------------
  function check() {
    var box = $('go-live-checklist');
    box.textContent = 'Checking…';
    api('GET', '/api/go-live/checklist').then(drawChecklist).catch(function (e) { box.textContent = 'Check failed: ' + e.message; });
  }

  function drawChecklist(list) {
    var box = $('go-live-checklist');
    box.replaceChildren(el('ul', {}, list.items.map(function (i) {
      return el('li', { 'data-item': i.id, 'data-done': String(i.done) }, [
        el('span', { class: 'st st-' + (i.done ? 'ok' : 'fail'), text: i.done ? 'done' : 'open' }), ' ' + i.label + ': ' + i.detail, ' ',
        i.id === 'articles-linkup' && !i.done ? opButton('Mark as read', 'go-live-linkup', function () {
          api('POST', '/api/go-live/articles-linkup/confirm?report=' + encodeURIComponent('dashboard ' + new Date().toISOString()))
            .then(drawChecklist).catch(function (e) { say('Link-up: ' + e.message); });
        }) : null]);
    })));
  }

  // --- The connection check's code tables (called by dashboard.js) -----------------------------------------------
  window.bridgeCodes = function (check) {
    var codes = check.codes;
    if (!codes || check.ok) { return null; }
    var globe = {};
    codes.globe.forEach(function (c) { globe[c.code] = c; });
    var rows = codes.asked.map(function (a) {
      return el('tr', { 'data-code': a.code, 'data-found': String(a.found) }, [el('td', { text: a.mappedBy }), el('td', {}, [el('code', { text: a.code })]),
        el('td', {}, [el('span', { class: 'st st-' + (a.found ? 'ok' : 'fail'), text: a.found ? 'in Globe' : 'missing' })]),
        el('td', { text: a.proposed ? a.proposed.code + (a.proposed.description ? ' "' + a.proposed.description + '"' : '') : '' })]);
    });
    var box = el('div', { class: 'codes', 'data-entity': codes.entity }, [
      el('table', {}, [el('thead', {}, [el('tr', {}, ['Mapping row', 'Code', 'Globe', 'Proposed'].map(function (h) { return el('th', { text: h }); }))]),
        el('tbody', {}, rows)])]);
    if (codes.globe.length) {
      box.appendChild(el('details', {}, [el('summary', { text: 'Globe has ' + codes.globe.length + ' ' + codes.entity + ' code(s)' }),
        el('ul', { class: 'globe-codes' }, codes.globe.map(function (c) {
          return el('li', {}, [el('code', { text: c.code }), ' ' + (c.description || '') + (c.percentage != null ? ' (' + c.percentage + ' %' + (c.country ? ', ' + c.country : '') + ')' : '')]);
        }))]));
    }
    if (codes.proposal) {
      var pre = el('pre', { class: 'proposal', text: codes.proposal });
      box.appendChild(el('div', {}, ['Proposed rows for your mapping file (check them, then copy):', ' ',
        el('button', { type: 'button', class: 'copy-proposal', text: 'Copy' }), pre]));
      box.querySelector('.copy-proposal').addEventListener('click', function () {
        if (navigator.clipboard) { navigator.clipboard.writeText(codes.proposal).catch(function () { return null; }); }
        var range = document.createRange();
        range.selectNodeContents(pre);
        window.getSelection().removeAllRanges();
        window.getSelection().addRange(range);
      });
    }
    return box;
  };

  $('go-live-check').addEventListener('click', check);
  api('GET', '/api/me').then(function (me) { operator = me.roles.indexOf('operator') >= 0; })
    .catch(function () { operator = false; })
    .then(function () { load(); setInterval(load, refreshSeconds * 1000); });
})();

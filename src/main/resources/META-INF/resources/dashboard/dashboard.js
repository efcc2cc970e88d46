// The bridge dashboard: plain JavaScript against the management API (/api/...). Every call sends
// X-Requested-With, which the API requires on state-changing requests (cross-site request protection).
(function () {
  'use strict';

  var params = new URLSearchParams(location.search);
  var refreshSeconds = Math.max(1, parseInt(params.get('refresh') || '10', 10));
  var state = { page: 0, size: 25, operator: false, flowsKnown: '' };

  function $(id) { return document.getElementById(id); }

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === 'text') { node.textContent = attrs[k]; } else if (k === 'class') { node.className = attrs[k]; } else { node.setAttribute(k, attrs[k]); }
    });
    (children || []).forEach(function (c) { if (c) { node.appendChild(typeof c === 'string' ? document.createTextNode(c) : c); } });
    return node;
  }

  function api(method, path, body) {
    var options = { method: method, credentials: 'same-origin', headers: { 'X-Requested-With': 'bridge-dashboard', 'Accept': 'application/json' } };
    if (body !== undefined) { options.headers['Content-Type'] = 'application/json'; options.body = JSON.stringify(body); }
    return fetch(path, options).then(function (response) {
      var type = response.headers.get('Content-Type') || '';
      if (response.status === 401 || (response.redirected && type.indexOf('text/html') === 0)) {
        // the page itself sends the browser to the way of signing in in force (login form or the IdP)
        location.href = '/dashboard/';
        throw new Error('signed out');
      }
      return (type.indexOf('application/json') === 0 ? response.json() : response.text()).then(function (data) {
        if (!response.ok) { throw new Error((data && data.error) || ('HTTP ' + response.status)); }
        return data;
      });
    });
  }

  function when(instant) {
    if (!instant) { return '—'; }
    var d = new Date(instant);
    return d.toLocaleString(undefined, { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
  }

  function notice(text) {
    var n = $('notice');
    n.textContent = text;
    n.hidden = false;
    clearTimeout(notice.timer);
    notice.timer = setTimeout(function () { n.hidden = true; }, 6000);
  }

  // Each section is redrawn only when its data changed, and a response that arrives after a newer one for the same
  // section is dropped: rows keep their identity between refreshes (a click or a selection is not lost to a redraw
  // of identical data), and a slow refresh never overwrites what a filter just asked for.
  var sections = {};
  function latest(name, request) {
    var section = sections[name] || (sections[name] = { asked: 0, drawn: null });
    var ticket = ++section.asked;
    return request.then(function (data) {
      if (ticket !== section.asked) { return { changed: false, data: data }; }
      var json = JSON.stringify(data) + '|' + state.operator;
      var changed = json !== section.drawn;
      section.drawn = json;
      return { changed: changed, data: data };
    });
  }

  function button(label, cls, onClick) {
    var b = el('button', { type: 'button', class: cls, text: label });
    b.disabled = !state.operator;
    if (!state.operator) { b.title = 'needs the operator role'; }
    b.addEventListener('click', onClick);
    return b;
  }

  // --- Flows --------------------------------------------------------------------------------------------
  function loadFlows() {
    return latest('flows', api('GET', '/api/flows')).then(function (answer) {
      if (!answer.changed) { return; }
      var flows = answer.data;
      var body = $('flows-table').querySelector('tbody');
      body.replaceChildren();
      flows.forEach(function (f) {
        var health = f.paused ? 'paused' : f.enabled ? 'running' : 'idle';
        var counts = el('span', { class: 'counts' }, Object.keys(f.last24h).filter(function (s) { return f.last24h[s] > 0; })
          .map(function (s) { return el('span', {}, [el('span', { class: 'st st-' + s, text: s.toLowerCase() }), ' ' + f.last24h[s]]); }));
        if (!counts.childNodes.length) { counts.textContent = 'no messages'; }
        var cursors = f.cursors.map(function (c) { return c.name + ' = ' + c.value + ' (' + when(c.updatedAt) + ')'; }).join('; ') || '—';
        var actions = el('td', {}, [
          f.paused ? button('Resume', 'resume', function () { flowAction(f.flow, 'resume'); })
                   : button('Pause', 'pause', function () { flowAction(f.flow, 'pause'); }),
          ' ',
          f.canRunNow ? button('Run now', 'run', function () { flowAction(f.flow, 'run'); }) : null
        ]);
        body.appendChild(el('tr', { 'data-flow': f.flow }, [
          el('td', { text: f.flow }), el('td', {}, [el('span', { class: 'st st-' + health, text: health })]),
          el('td', { text: when(f.lastRun) }), el('td', { text: when(f.lastSuccess) }), el('td', {}, [counts]),
          el('td', { class: 'muted', text: cursors }), actions]));
      });
      var names = flows.map(function (f) { return f.flow; }).join(',');
      if (names !== state.flowsKnown) {
        state.flowsKnown = names;
        var select = $('filter-flow'), chosen = select.value;
        select.replaceChildren(el('option', { value: '', text: 'all' }));
        flows.forEach(function (f) { select.appendChild(el('option', { value: f.flow, text: f.flow })); });
        select.value = chosen;
      }
    });
  }

  // --- Systems: what /q/health says of CCV Shop, Exact Globe and the state store --------------------------
  var SYSTEMS = { 'ccv-shop': 'CCV Shop', 'exact-globe': 'Exact Globe', 'flows': 'State store' };

  function loadSystems() {
    return latest('systems', fetch('/q/health', { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
      .then(function (response) { return response.json(); }))
      .then(function (answer) {
        if (!answer.changed) { return; }
        var health = answer.data;
        var line = $('systems');
        line.replaceChildren();
        (health.checks || []).filter(function (c) { return SYSTEMS[c.name]; }).forEach(function (c) {
          var data = c.data || {};
          var good = c.status === 'UP';
          var word = c.name === 'flows' ? (good ? 'up' : 'not answering, polling paused') : (data.state || c.status.toLowerCase());
          var since = data.degradedSince || data.since;
          line.appendChild(el('span', { class: 'system st ' + (good ? 'st-running' : 'st-paused'), 'data-system': c.name,
            title: data.lastError || data.reason || '', text: SYSTEMS[c.name] + ': ' + word + (since ? ' since ' + when(since) : '') }));
          line.appendChild(document.createTextNode(' '));
        });
      })
      .catch(function () { sections.systems.drawn = null; $('systems').textContent = 'health not available'; });
  }

  function flowAction(flow, action) {
    api('POST', '/api/flows/' + encodeURIComponent(flow) + '/' + action)
      .then(function () { notice('Flow ' + flow + ': ' + action + ' done'); refresh(); })
      .catch(function (e) { notice('Flow ' + flow + ': ' + e.message); });
  }

  // --- Parked messages ----------------------------------------------------------------------------------
  function loadParked() {
    return latest('parked', api('GET', '/api/parked')).then(function (answer) {
      if (!answer.changed) { return; }
      var messages = answer.data;
      var body = $('parked-table').querySelector('tbody');
      body.replaceChildren();
      $('parked-count').textContent = messages.length;
      $('parked-count').className = 'badge' + (messages.length ? ' bad' : '');
      $('parked-empty').hidden = messages.length > 0;
      messages.forEach(function (m) {
        var reason = el('input', { placeholder: 'reason to discard', class: 'discard-reason' });
        reason.disabled = !state.operator;
        var discard = el('span', { class: 'discard-form' }, [reason, button('Discard', 'discard', function () {
          if (!reason.value.trim()) { notice('Give a reason to discard message ' + m.id); reason.focus(); return; }
          api('POST', '/api/parked/' + m.id + '/discard', { reason: reason.value.trim() })
            .then(function () { notice('Message ' + m.key + ' discarded'); refresh(); })
            .catch(function (e) { notice('Discard failed: ' + e.message); });
        })]);
        var replay = button('Replay', 'replay primary', function () {
          replay.disabled = true;
          api('POST', '/api/parked/' + m.id + '/replay').then(function (r) {
            notice('Replay of ' + r.key + ': ' + r.outcome + (r.outcome === 'COMMITTED' ? '' : ' — ' + r.message));
            refresh();
          }).catch(function (e) { notice('Replay failed: ' + e.message); replay.disabled = false; });
        });
        body.appendChild(el('tr', { 'data-key': m.key, 'data-id': String(m.id) }, [
          el('td', { text: String(m.id) }), el('td', { text: m.flow }), el('td', { text: m.key }),
          el('td', { text: m.reason }), el('td', { text: String(m.attempts) }), el('td', { text: when(m.lastFailureAt) }),
          el('td', {}, [replay, ' ', discard])]));
      });
    });
  }

  // --- Activity -----------------------------------------------------------------------------------------
  function isoOf(localValue) { return localValue ? new Date(localValue).toISOString() : ''; }

  function loadActivity(force) {
    if (force && sections.activity) { sections.activity.drawn = null; }
    var q = new URLSearchParams({ page: state.page, size: state.size });
    [['flow', $('filter-flow').value], ['status', $('filter-status').value], ['key', $('filter-key').value.trim()],
     ['from', isoOf($('filter-from').value)], ['to', isoOf($('filter-to').value)]].forEach(function (p) { if (p[1]) { q.set(p[0], p[1]); } });
    return latest('activity', api('GET', '/api/activity?' + q)).then(function (answer) {
      if (!answer.changed) { return; }
      var page = answer.data;
      var body = $('activity-table').querySelector('tbody');
      body.replaceChildren();
      page.items.forEach(function (a) {
        var detail = a.errorMessage || a.summary || '';
        if (a.errorMessage && a.summary) { detail += ' — ' + a.summary; }
        body.appendChild(el('tr', { 'data-key': a.key || '', 'data-status': a.status, 'data-id': String(a.id), class: 'clickable', title: 'show details' }, [
          el('td', { text: when(a.finishedAt) }), el('td', { text: a.flow }), el('td', { text: a.key || '' }),
          el('td', {}, [el('span', { class: 'st st-' + a.status, text: a.status })]), el('td', { text: String(a.attempts) }),
          el('td', { text: String(a.durationMs) }), el('td', { text: a.targetRef || '' }), el('td', { text: detail })]));
      });
      if (!page.items.length) { body.appendChild(el('tr', {}, [el('td', { colspan: '8', class: 'muted', text: 'No activity matches.' })])); }
      $('page-no').textContent = 'page ' + (page.page + 1);
      $('page-prev').disabled = page.page === 0;
      $('page-next').disabled = !page.hasMore;
    });
  }

  function showEntry(id) {
    api('GET', '/api/activity/' + id).then(function (a) {
      var rows = [['Flow', a.flow], ['Key', a.key], ['Status', a.status], ['Attempts', a.attempts],
        ['Started', when(a.startedAt)], ['Finished', when(a.finishedAt)], ['Duration', a.durationMs + ' ms'],
        ['Target', a.targetRef], ['Record', a.errorRecord], ['Field', a.errorField], ['Error', a.errorMessage], ['Summary', a.summary]];
      var box = $('activity-detail');
      box.replaceChildren(el('h3', { text: 'Activity #' + a.id }), el('dl', {}, [].concat.apply([], rows.filter(function (r) {
        return r[1] !== null && r[1] !== undefined && r[1] !== '';
      }).map(function (r) { return [el('dt', { text: r[0] }), el('dd', { text: String(r[1]) })]; }))));
      box.hidden = false;
    }).catch(function (e) { notice('Activity ' + id + ': ' + e.message); });
  }

  // --- Mapping and connection check ---------------------------------------------------------------------
  function loadMapping() {
    return latest('mapping', api('GET', '/api/mapping/status')).then(function (answer) {
      if (!answer.changed) { return; }
      var m = answer.data;
      var box = $('mapping-status');
      if (!m.available) { box.textContent = 'Mapping status not available.'; return; }
      var s = m.status;
      box.replaceChildren(el('div', { text: 'File: ' + (s.file || 'shipped defaults') }),
        el('div', {}, ['Last reload: ' + when(s.lastReload) + ' ', el('span', { class: 'st st-' + (s.lastReloadOk ? 'ok' : 'fail'), text: s.lastReloadOk ? 'ok' : 'failed' })]),
        el('ul', {}, (s.errors || []).map(function (e) { return el('li', { text: e }); })));
    });
  }

  function runChecks() {
    var box = $('connection-results');
    box.textContent = 'Checking…';
    api('GET', '/api/connection-check').then(function (report) {
      if (!report.systems.length) { box.textContent = 'No checks are registered.'; return; }
      box.replaceChildren();
      report.systems.forEach(function (s) {
        box.appendChild(el('h3', { text: s.system + ' ' + (s.ok ? '✓' : '✗') }));
        s.checks.forEach(function (c) {
          box.appendChild(el('div', { class: 'check' }, [el('span', { class: 'st st-' + (c.ok ? 'ok' : 'fail'), text: c.ok ? 'ok' : 'fix' }),
            ' ' + c.name + (c.detail ? ': ' + c.detail : '') + (!c.ok && c.fix ? ' — ' + c.fix : '')]));
          var codes = window.bridgeCodes && window.bridgeCodes(c); if (codes) { box.appendChild(codes); } // go-live.js
        });
      });
    }).catch(function (e) { box.textContent = 'Check failed: ' + e.message; });
  }

  // --- Wiring -------------------------------------------------------------------------------------------
  function refresh() {
    return Promise.all([loadFlows(), loadSystems(), loadParked(), loadActivity(), loadMapping()])
      .then(function () { $('refreshed').textContent = 'updated ' + new Date().toLocaleTimeString() + ' · every ' + refreshSeconds + ' s'; })
      .catch(function (e) { $('refreshed').textContent = 'refresh failed: ' + e.message; });
  }

  $('activity-filter').addEventListener('submit', function (e) { e.preventDefault(); state.page = 0; loadActivity(true); });
  $('activity-table').querySelector('tbody').addEventListener('click', function (e) {
    var row = e.target.closest('tr[data-id]');
    if (row) { showEntry(row.getAttribute('data-id')); }
  });
  $('page-prev').addEventListener('click', function () { state.page = Math.max(0, state.page - 1); loadActivity(true); });
  $('page-next').addEventListener('click', function () { state.page += 1; loadActivity(true); });
  $('run-checks').addEventListener('click', runChecks);
  $('sign-out').addEventListener('click', function () {
    api('POST', '/api/logout').catch(function () { return null; })
      .then(function (answer) { location.href = (answer && answer.next) || '/login.html'; });
  });

  api('GET', '/api/me').then(function (me) {
    state.operator = me.roles.indexOf('operator') >= 0;
    $('whoami').textContent = me.name + ' (' + (state.operator ? 'operator' : 'viewer') + ')';
  }).catch(function () { state.operator = false; }).then(function () {
    refresh();
    setInterval(function () {
      // Do not redraw while an operator types a discard reason.
      var active = document.activeElement;
      if (active && active.classList && active.classList.contains('discard-reason') && active.value) { return; }
      refresh();
    }, refreshSeconds * 1000);
  });
})();

// The dashboard's charts (docs/operations.md, "Charts"): drawn with uPlot, served from the app as a WebJar
// (/webjars/uplot/...), from GET /api/charts. Each chart has its numbers beside it as a table (the text alternative).
// window.bridgeCharts holds the uPlot instances by name, so that a browser test can compare the points with the API.
(function () {
  'use strict';

  var params = new URLSearchParams(location.search);
  var refreshSeconds = Math.max(1, parseInt(params.get('refresh') || '10', 10));
  var charts = window.bridgeCharts = {};
  var CHARTS = [
    { name: 'orders', title: 'Orders booked / parked per hour (7 days)', source: 'volume',
      series: [{ key: 'booked', label: 'booked', stroke: '#067647' }, { key: 'parked', label: 'parked', stroke: '#d92d20' }] },
    { name: 'latency', title: 'Paid → Globe latency per hour, seconds (7 days)', source: 'latency',
      series: [{ key: 'p50', label: 'p50', stroke: '#1570ef' }, { key: 'p95', label: 'p95', stroke: '#b54708' }] },
    { name: 'calls', title: 'CCV calls per minute against the limits (last hour)', source: 'calls',
      series: [{ key: 'ccv', label: 'CCV calls', stroke: '#1570ef' }, { key: 'globe', label: 'Globe calls', stroke: '#667085' },
        { key: 'limitTotal', label: 'CCV total limit', stroke: '#d92d20', dash: [6, 4] },
        { key: 'limitGet', label: 'CCV GET limit', stroke: '#b54708', dash: [2, 4] }] },
    { name: 'runs', title: 'Stock and articles runs, duration in seconds (7 days)', source: 'runs',
      series: [{ key: 'stock', label: 'stock run', stroke: '#7a5af8' }, { key: 'articles', label: 'articles run', stroke: '#0e9384' }] }
  ];

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  function time(seconds) {
    return new Date(seconds * 1000).toLocaleString(undefined, { month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
  }

  // [x, y1, y2, ...] as uPlot wants it, from the API's {x, y: {name: [...]}} or the list of runs
  function columns(chart, data) {
    if (chart.source === 'runs') {
      var runs = data.runs || [];
      var x = runs.map(function (r) { return r.start; });
      return [x].concat(chart.series.map(function (s) {
        return runs.map(function (r) { return r.flow === s.key ? r.seconds : null; });
      }));
    }
    var series = data[chart.source];
    return [series.x].concat(chart.series.map(function (s) { return series.y[s.key]; }));
  }

  function section() {
    var box = el('section', { id: 'charts', 'aria-label': 'charts' });
    box.appendChild(el('h2', {}, 'The week at a glance'));
    var progress = el('div', { id: 'run-progress', role: 'status' });
    box.appendChild(progress);
    var grid = el('div', { class: 'chart-grid' });
    CHARTS.forEach(function (chart) {
      var figure = el('figure', { class: 'chart-box', id: 'chart-' + chart.name });
      figure.appendChild(el('figcaption', {}, chart.title));
      figure.appendChild(el('div', { class: 'chart', 'aria-hidden': 'true' }));
      var details = el('details', { class: 'chart-numbers' });
      details.appendChild(el('summary', {}, 'Numbers'));
      details.appendChild(el('table', { id: 'chart-' + chart.name + '-numbers', 'aria-label': chart.title }));
      figure.appendChild(details);
      grid.appendChild(figure);
    });
    box.appendChild(grid);
    var main = document.querySelector('main');
    main.insertBefore(box, document.getElementById('parked'));
  }

  // The text alternative: every point that is not zero (a runs chart: every run), newest first.
  function numbers(chart, cols) {
    var table = document.getElementById('chart-' + chart.name + '-numbers');
    table.textContent = '';
    var head = el('tr');
    head.appendChild(el('th', {}, chart.source === 'calls' ? 'Minute' : chart.source === 'runs' ? 'Started' : 'Hour'));
    chart.series.forEach(function (s) { head.appendChild(el('th', {}, s.label)); });
    table.appendChild(head);
    var rows = 0;
    for (var i = cols[0].length - 1; i >= 0; i--) {
      var shown = chart.series.some(function (s, j) {
        var v = cols[j + 1][i];
        return v !== null && v !== 0 && s.key.indexOf('limit') !== 0;
      });
      if (!shown) { continue; }
      var tr = el('tr', { 'data-x': String(cols[0][i]) });
      tr.appendChild(el('td', {}, time(cols[0][i])));
      chart.series.forEach(function (s, j) { var v = cols[j + 1][i]; tr.appendChild(el('td', {}, v === null ? '' : String(v))); });
      table.appendChild(tr);
      rows++;
    }
    if (rows === 0) {
      var none = el('tr');
      none.appendChild(el('td', { colspan: String(chart.series.length + 1) }, 'nothing in this period'));
      table.appendChild(none);
    }
  }

  function draw(chart, cols) {
    var target = document.querySelector('#chart-' + chart.name + ' .chart');
    if (charts[chart.name]) {
      charts[chart.name].setData(cols);
      return;
    }
    var opts = {
      width: Math.max(320, target.clientWidth || 560), height: 200,
      scales: { x: { time: true } },
      series: [{}].concat(chart.series.map(function (s) {
        var one = { label: s.label, stroke: s.stroke, width: 2, spanGaps: false };
        if (s.dash) { one.dash = s.dash; }
        if (chart.source === 'runs') { one.paths = function () { return null; }; one.points = { show: true, size: 8 }; }
        return one;
      })),
      axes: [{}, { size: 50 }]
    };
    charts[chart.name] = new uPlot(opts, cols, target);
  }

  function progress(running) {
    var box = document.getElementById('run-progress');
    box.textContent = '';
    (running || []).forEach(function (run) {
      var line = el('div', { class: 'run-progress', 'data-flow': run.flow });
      line.appendChild(el('span', {}, run.flow + ' run '));
      var bar = el('progress', { max: String(Math.max(1, run.total)), value: String(run.done) });
      line.appendChild(bar);
      var eta = run.etaSeconds === null || run.etaSeconds === undefined ? 'ETA unknown' : 'ETA ' + Math.round(run.etaSeconds) + ' s';
      line.appendChild(el('span', { class: 'muted' }, ' ' + run.done + ' of ' + run.total + ' (' + run.phase + '), ' + eta));
      box.appendChild(line);
    });
  }

  function refresh() {
    fetch('/api/charts', { credentials: 'same-origin', headers: { 'Accept': 'application/json', 'X-Requested-With': 'bridge-dashboard' } })
      .then(function (r) { if (!r.ok) { throw new Error('HTTP ' + r.status); } return r.json(); })
      .then(function (data) {
        CHARTS.forEach(function (chart) {
          var cols = columns(chart, data);
          draw(chart, cols);
          numbers(chart, cols);
        });
        progress(data.running);
        document.getElementById('charts').setAttribute('data-generated', data.generatedAt);
      })
      .catch(function () { /* the next refresh tries again; the rest of the page shows what is wrong */ });
  }

  section();
  refresh();
  setInterval(refresh, Math.max(refreshSeconds, 5) * 1000);
})();

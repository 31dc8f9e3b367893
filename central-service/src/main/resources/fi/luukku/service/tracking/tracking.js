// The phone page's live part: asks for the ticket's status every few seconds, rewrites only what changed and
// lets a screen reader announce a new state, desk or queue once (aria-live="polite"). Without JavaScript the
// page still shows the state at load time.
(function () {
  'use strict';
  var main = document.getElementById('ticket');
  if (!main || !window.fetch) {
    return;
  }
  var url = main.getAttribute('data-status-url');
  var OPEN_MS = 5000;
  var CLOSED_MS = 30000;
  var MAX_MS = 60000;
  var lastAnnounce = main.getAttribute('data-announce') || '';
  var live = document.getElementById('live');
  var offline = document.getElementById('offline');
  var state = document.getElementById('state');
  var fields = ['number', 'state', 'service', 'desk', 'position', 'estimate', 'advice'];
  var timer = null;
  var failures = 0;
  var interval = main.getAttribute('data-open') === 'true' ? OPEN_MS : CLOSED_MS;

  function show(view, number) {
    var values = {
      number: number,
      state: view.state,
      service: view.service,
      desk: view.desk,
      position: view.position,
      estimate: view.estimate,
      advice: view.advice
    };
    fields.forEach(function (name) {
      var el = document.getElementById(name);
      if (!el) {
        return;
      }
      var text = values[name];
      if (text) {
        if (el.textContent !== text) {
          el.textContent = text;
        }
        el.hidden = false;
      } else {
        el.hidden = true;
      }
    });
  }

  function schedule(ms) {
    window.clearTimeout(timer);
    timer = window.setTimeout(poll, ms);
  }

  function poll() {
    if (document.hidden) {
      return; // polled again when the page is shown
    }
    window
      .fetch(url, { headers: { Accept: 'application/json' }, cache: 'no-store', credentials: 'omit' })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('HTTP ' + response.status);
        }
        return response.json();
      })
      .then(function (status) {
        failures = 0;
        offline.hidden = true;
        show(status.view, status.number);
        state.className = 'state state-' + String(status.state).toLowerCase();
        if (status.view.announce && status.view.announce !== lastAnnounce) {
          lastAnnounce = status.view.announce;
          live.textContent = lastAnnounce;
        }
        interval = status.open ? OPEN_MS : CLOSED_MS;
        schedule(interval);
      })
      .catch(function () {
        failures += 1;
        offline.hidden = false;
        schedule(Math.min(MAX_MS, OPEN_MS * Math.pow(2, failures)));
      });
  }

  document.addEventListener('visibilitychange', function () {
    if (!document.hidden) {
      poll();
    }
  });
  schedule(interval);
})();

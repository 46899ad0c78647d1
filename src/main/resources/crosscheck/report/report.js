(function () {
  'use strict';
  // Renders report.html's lists from its JSON blocks. Input text only ever reaches the page
  // through textContent and text nodes, never as parsed markup; lists are filtered, sorted and paged
  // on the data, so only one page of findings is in the DOM at a time.
  var PAGE_SIZE = 50;
  var data = JSON.parse(document.getElementById('crosscheck-data').textContent);
  var texts = null; // parsed on first use: it may be large
  var docs = {};
  data.docs.forEach(function (d) { docs[d.id] = d; });
  var newIds = {};
  if (data.changes) {
    data.changes.newReuse.concat(data.changes.newConflicts).forEach(function (id) { newIds[id] = true; });
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }
  function add(parent) {
    for (var i = 1; i < arguments.length; i++) {
      var child = arguments[i];
      if (child === null || child === undefined) { continue; }
      parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
    }
    return parent;
  }
  function fixed(x) { return typeof x === 'number' ? x.toFixed(2) : '—'; }
  function joined(parts) { return parts.filter(function (p) { return p; }).join(' · '); }
  function docAbout(id) {
    var d = docs[id];
    if (!d) { return ''; }
    return joined([d.outlet, d.published ? d.published + (d.publishedInferred ? ' (inferred)' : '') : null]);
  }
  function viewHref(doc, start, end) {
    return '#view=doc&doc=' + encodeURIComponent(doc) + '&s=' + start + '&e=' + end;
  }
  function docLink(doc, start, end) {
    var a = el('a', 'doclink', doc);
    a.href = viewHref(doc, start, end);
    a.title = 'Open the document with this passage highlighted';
    return a;
  }
  function newBadge(id) { return newIds[id] ? el('span', 'badge new', 'new') : null; }

  // ---- lists: a filter over the data, a sort, and one page in the DOM ----

  function List(name, items, controls, matches, sorts, renderItem) {
    this.name = name;
    this.items = items;
    this.controls = controls;
    this.matches = matches;
    this.sorts = sorts;
    this.renderItem = renderItem;
    this.page = 0;
    this.shown = items;
    this.container = document.getElementById(name + '-list');
    this.pager = document.getElementById(name + '-pager');
    this.count = document.getElementById(name + '-count');
    this.inputs = {};
    var form = document.getElementById(name + '-controls');
    var self = this;
    var timer = null;
    controls.forEach(function (c) {
      var label = el('label', null, c.label);
      var input;
      if (c.options) {
        input = el('select');
        add(input, option('', c.all || 'all'));
        c.options.forEach(function (o) { add(input, option(o, o)); });
      } else if (c.sort) {
        input = el('select');
        Object.keys(sorts).forEach(function (key) { add(input, option(key, key)); });
      } else {
        input = el('input');
        input.type = c.type || 'search';
        if (c.type === 'number') { input.step = '0.05'; input.min = '0'; input.max = '1'; }
        if (c.placeholder) { input.placeholder = c.placeholder; }
      }
      input.name = c.key;
      input.setAttribute('data-control', name + '-' + c.key);
      input.addEventListener(c.options || c.sort ? 'change' : 'input', function () {
        clearTimeout(timer);
        timer = setTimeout(function () { self.apply(0); }, c.options || c.sort ? 0 : 150);
      });
      self.inputs[c.key] = input;
      add(form, add(label, input));
    });
  }
  function option(value, text) {
    var o = el('option', null, text);
    o.value = value;
    return o;
  }
  List.prototype.values = function () {
    var v = {};
    for (var key in this.inputs) { v[key] = this.inputs[key].value; }
    v.q = (v.q || '').trim().toLowerCase();
    return v;
  };
  List.prototype.reset = function () {
    for (var key in this.inputs) {
      var input = this.inputs[key];
      input.value = input.tagName === 'SELECT' ? input.options[0].value : '';
    }
  };
  List.prototype.apply = function (page) {
    var v = this.values();
    var matches = this.matches;
    var shown = this.items.filter(function (item) { return matches(item, v); });
    var sort = this.sorts[v.sort] || this.sorts[Object.keys(this.sorts)[0]];
    shown.sort(sort);
    this.shown = shown;
    this.render(page);
  };
  List.prototype.render = function (page) {
    var pages = Math.max(1, Math.ceil(this.shown.length / PAGE_SIZE));
    this.page = Math.min(Math.max(0, page), pages - 1);
    var from = this.page * PAGE_SIZE;
    var to = Math.min(this.shown.length, from + PAGE_SIZE);
    this.container.textContent = '';
    var fragment = document.createDocumentFragment();
    for (var i = from; i < to; i++) { fragment.appendChild(this.renderItem(this.shown[i])); }
    this.container.appendChild(fragment);
    this.count.textContent = this.shown.length === this.items.length
        ? '(' + this.items.length + ')'
        : '(' + this.shown.length + ' of ' + this.items.length + ' shown)';
    this.pager.textContent = '';
    if (this.items.length === 0) {
      add(this.pager, el('p', 'none', 'None found.'));
      return;
    }
    var self = this;
    var prev = el('button', null, '‹ Previous');
    prev.type = 'button';
    prev.disabled = this.page === 0;
    prev.addEventListener('click', function () { self.render(self.page - 1); self.top(); });
    var next = el('button', null, 'Next ›');
    next.type = 'button';
    next.disabled = this.page >= pages - 1;
    next.addEventListener('click', function () { self.render(self.page + 1); self.top(); });
    add(this.pager, prev,
        el('span', 'muted', this.shown.length === 0 ? 'nothing matches the filters'
            : (from + 1) + '–' + to + ' of ' + this.shown.length + ' · page ' + (this.page + 1) + ' of ' + pages),
        next);
  };
  List.prototype.top = function () { document.getElementById(this.name).scrollIntoView(); };
  /** Shows the item with this id: clears the filters if they hide it, then opens its page. */
  List.prototype.reveal = function (id) {
    var at = indexOf(this.shown, id);
    if (at < 0) {
      this.reset();
      this.apply(0);
      at = indexOf(this.shown, id);
    }
    if (at < 0) { return null; }
    this.render(Math.floor(at / PAGE_SIZE));
    return this.container.querySelector('[data-id="' + cssEscape(id) + '"]');
  };
  function indexOf(items, id) {
    for (var i = 0; i < items.length; i++) { if (items[i].id === id) { return i; } }
    return -1;
  }
  function cssEscape(s) { return window.CSS && CSS.escape ? CSS.escape(s) : s.replace(/["\\]/g, '\\$&'); }

  function distinct(values) {
    var seen = {};
    values.forEach(function (v) { if (v !== null && v !== undefined && v !== '') { seen[v] = true; } });
    return Object.keys(seen).sort();
  }
  function haystack(item, parts) {
    if (item._text === undefined) { item._text = parts().join('\n').toLowerCase(); }
    return item._text;
  }
  function byNumber(key, descending) {
    return function (x, y) {
      var a = x[key] === null ? -1 : x[key];
      var b = y[key] === null ? -1 : y[key];
      return (descending ? b - a : a - b) || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);
    };
  }
  function byString(key) {
    return function (x, y) {
      var a = String(x[key] || ''), b = String(y[key] || '');
      return a < b ? -1 : a > b ? 1 : (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);
    };
  }
  function outletOf(doc) { return docs[doc] ? docs[doc].outlet : null; }
  function atLeast(x, min) { return min === '' || isNaN(parseFloat(min)) || (x !== null && x >= parseFloat(min)); }

  // ---- conflicts ----

  function conflictDocs(c) { return c.values.map(function (v) { return v.doc; }); }
  var conflicts = new List('conflicts', data.conflicts,
      [{ key: 'q', label: 'Search', placeholder: 'topic, value, sentence, document…' },
       { key: 'attribute', label: 'Attribute', options: distinct(data.conflicts.map(function (c) { return c.attribute; })) },
       { key: 'outlet', label: 'Outlet', options: distinct([].concat.apply([], data.conflicts.map(function (c) { return conflictDocs(c).map(outletOf); }))) },
       { key: 'doc', label: 'Document', options: distinct([].concat.apply([], data.conflicts.map(conflictDocs))) },
       { key: 'min', label: 'Min. confidence', type: 'number' },
       { key: 'sort', label: 'Sort by', sort: true }],
      function (c, v) {
        if (v.attribute && c.attribute !== v.attribute) { return false; }
        if (v.doc && conflictDocs(c).indexOf(v.doc) < 0) { return false; }
        if (v.outlet && conflictDocs(c).map(outletOf).indexOf(v.outlet) < 0) { return false; }
        if (!atLeast(c.confidence, v.min)) { return false; }
        return !v.q || haystack(c, function () {
          return [c.id, c.topic, c.attribute, c.measure, c.label, c.explanation].concat(
              [].concat.apply([], c.values.map(function (x) { return [x.value, x.doc, x.sentence, outletOf(x.doc)]; })));
        }).indexOf(v.q) >= 0;
      },
      { 'confidence (high first)': byNumber('confidence', true), 'confidence (low first)': byNumber('confidence', false),
        'topic': byString('topic'), 'id': byString('id') },
      renderConflict);

  function renderConflict(c) {
    var box = el('div', 'conflict');
    box.id = 'finding-' + c.id;
    box.setAttribute('data-id', c.id);
    var title = add(el('h3'), el('span', 'topic', c.topic || '—'), ' ',
        el('span', 'badge', c.attribute + (c.measure ? ': ' + c.measure : '')),
        c.label ? el('span', 'badge', c.label) : null, newBadge(c.id));
    var link = el('a', null, c.id);
    link.href = '#view=finding&id=' + encodeURIComponent(c.id);
    add(box, title, add(el('div', 'side'), link, ' · confidence ' + fixed(c.confidence) + ' · ' + c.values.length + ' values'));
    if (c.explanation) { add(box, el('p', 'explanation', c.explanation)); }
    var values = el('div', 'values');
    c.values.forEach(function (v) {
      var cell = el('div', 'value');
      cell.setAttribute('data-value', v.value);
      add(cell, el('div', 'v', v.value),
          add(el('div', 'side'), docLink(v.doc, v.start, v.end), ' ', el('span', 'about', docAbout(v.doc))),
          highlighted(v.sentence, v.text));
      add(values, cell);
    });
    return add(box, values);
  }

  /** The sentence with the cited text marked (its first occurrence). */
  function highlighted(sentence, text) {
    var p = el('div', 'passage sentence');
    if (!sentence) { return add(p, add(el('mark'), text || '')); }
    var at = text ? sentence.indexOf(text) : -1;
    if (at < 0) {
      add(p, sentence);
      if (text) { add(p, add(el('div', 'side'), 'cited: ', el('mark', null, text))); }
      return p;
    }
    return add(p, sentence.slice(0, at), el('mark', null, text), sentence.slice(at + text.length));
  }

  // ---- reused passages ----

  function reuseDocs(r) { return [r.a.doc, r.b.doc]; }
  var reuse = new List('reuse', data.reuse,
      [{ key: 'q', label: 'Search', placeholder: 'text, speaker, document…' },
       { key: 'kind', label: 'Kind', options: distinct(data.reuse.map(function (r) { return r.kind; })) },
       { key: 'outlet', label: 'Outlet', options: distinct([].concat.apply([], data.reuse.map(function (r) { return reuseDocs(r).map(outletOf); }))) },
       { key: 'doc', label: 'Document', options: distinct([].concat.apply([], data.reuse.map(reuseDocs))) },
       { key: 'min', label: 'Min. score', type: 'number' },
       { key: 'sort', label: 'Sort by', sort: true }],
      function (r, v) {
        if (v.kind && r.kind !== v.kind) { return false; }
        if (v.doc && reuseDocs(r).indexOf(v.doc) < 0) { return false; }
        if (v.outlet && reuseDocs(r).map(outletOf).indexOf(v.outlet) < 0) { return false; }
        if (!atLeast(r.score, v.min)) { return false; }
        return !v.q || haystack(r, function () {
          return [r.id, r.kind, r.family, r.a.doc, r.b.doc, r.a.speaker, r.b.speaker, outletOf(r.a.doc),
            outletOf(r.b.doc), sideText(r, 'a'), sideText(r, 'b')];
        }).indexOf(v.q) >= 0;
      },
      { 'score (high first)': byNumber('score', true), 'score (low first)': byNumber('score', false),
        'kind': byString('kind'), 'id': byString('id') },
      renderReuse);

  /** One side's text, rebuilt from the diff segments ([op, a] or [op, a, b]). */
  function sideText(r, side) {
    if (!r.diff) { return side === 'a' ? r.textA : r.textB; }
    return r.diff.map(function (s) { return side === 'a' || s.length < 3 ? s[1] : s[2]; }).join('');
  }

  var CHANGE_CLASS = { '~': 'sub', '#': 'num' };
  /** One side's passage with its differences marked: deletions on side a, insertions on side b. */
  function diffPassage(r, side) {
    var p = el('div', 'passage');
    if (!r.diff) { return add(p, side === 'a' ? r.textA : r.textB); }
    r.diff.forEach(function (s) {
      var op = s[0];
      var text = side === 'a' || s.length < 3 ? s[1] : s[2];
      if (op === '=') { add(p, text); return; }
      if ((side === 'a' && op === '+') || (side === 'b' && op === '-')) { return; }
      // Trailing whitespace stays outside the mark, so marks hug the words.
      var words = text.replace(/\s+$/, '');
      var mark = el(side === 'a' ? 'del' : 'ins', CHANGE_CLASS[op] || null, words);
      mark.title = op === '+' ? 'inserted' : op === '-' ? 'deleted' : op === '#' ? 'number changed' : 'substituted';
      add(p, mark, text.slice(words.length));
    });
    return p;
  }
  function diffSummary(r) {
    if (!r.diff) { return 'not compared word by word'; }
    var n = { '+': 0, '-': 0, '~': 0, '#': 0 };
    r.diff.forEach(function (s) { if (s[0] !== '=') { n[s[0]]++; } });
    if (!n['+'] && !n['-'] && !n['~'] && !n['#']) { return 'identical words'; }
    return [n['+'] + ' inserted', n['-'] + ' deleted', n['~'] + ' substituted', n['#'] + ' numbers changed'].join(', ');
  }

  function renderReuse(r) {
    var row = el('tr', 'item');
    row.id = 'finding-' + r.id;
    row.setAttribute('data-id', r.id);
    row.setAttribute('data-kind', r.kind);
    var link = el('a', null, r.id);
    link.href = '#view=finding&id=' + encodeURIComponent(r.id);
    var meta = add(el('td', 'finding'), link, el('div', null, null));
    add(meta.lastChild, el('span', 'badge kind', r.kind), newBadge(r.id));
    add(meta, add(el('div', 'side'), 'score ' + fixed(r.score)));
    if (r.family) { add(meta, el('div', 'side', 'family ' + r.family)); }
    add(meta, el('div', 'side diffsummary', diffSummary(r)));
    add(row, meta, sideCell(r, 'a'), sideCell(r, 'b'));
    return row;
  }
  function sideCell(r, side) {
    var s = r[side];
    var cell = el('td', 'passage-cell side-' + side);
    add(cell, add(el('div', 'side'), docLink(s.doc, s.start, s.end), ' ', el('span', 'about', docAbout(s.doc)),
        ' [' + s.start + '–' + s.end + ')'));
    if (s.speaker) { add(cell, el('div', 'side speaker', 'attributed to ' + s.speaker)); }
    return add(cell, diffPassage(r, side));
  }

  // ---- documents ----

  var documents = new List('documents', data.docs,
      [{ key: 'q', label: 'Search', placeholder: 'id, outlet, title, reason…' },
       { key: 'status', label: 'Status', options: distinct(data.docs.map(function (d) { return d.status; })) },
       { key: 'outlet', label: 'Outlet', options: distinct(data.docs.map(function (d) { return d.outlet; })) },
       { key: 'sort', label: 'Sort by', sort: true }],
      function (d, v) {
        if (v.status && d.status !== v.status) { return false; }
        if (v.outlet && d.outlet !== v.outlet) { return false; }
        return !v.q || haystack(d, function () {
          return [d.id, d.path, d.outlet, d.title, d.url, d.reason, d.published].concat(d.warnings);
        }).indexOf(v.q) >= 0;
      },
      { 'document': byString('id'), 'outlet': byString('outlet'), 'published': byString('published') },
      renderDocument);

  function renderDocument(d) {
    var row = el('tr', 'item' + (d.status === 'accepted' ? '' : ' rejected'));
    row.setAttribute('data-id', d.id);
    var id = el('td');
    add(id, d.hasText ? docLink(d.id, 0, 0) : el('span', null, d.id));
    if (d.path) { add(id, el('div', 'side', d.path + (d.line > 0 ? ' line ' + d.line : ''))); }
    var outlet = add(el('td'), d.outlet ? el('span', null, d.outlet) : el('span', 'none', '—'));
    if (d.published) { add(outlet, el('div', 'side', d.published + (d.publishedInferred ? ' (inferred)' : ''))); }
    // A URL from the input is data and may be any scheme: shown as text, not as a link.
    var title = add(el('td'), d.title ? el('span', null, d.title) : el('span', 'none', '—'));
    if (d.url) { add(title, el('div', 'side', d.url)); }
    var status = add(el('td'), el('span', 'status-' + (d.status === 'accepted' ? 'accepted' : 'rejected'), d.status));
    if (d.reason) { add(status, el('div', 'side', d.reason)); }
    d.warnings.forEach(function (w) { add(status, el('div', 'side', '⚠ ' + w)); });
    var kept = el('td', 'num', d.status === 'accepted' ? d.kept + ' / ' + d.sentences : '');
    var dropped = el('td');
    if (d.dropped.length) {
      var list = el('ul', 'dropped');
      d.dropped.forEach(function (s) {
        add(list, add(el('li'), el('span', 'badge', s.role), ' ', s.reason ? el('span', 'muted', s.reason + ' ') : null,
            el('span', 'muted', '[' + s.start + '–' + s.end + ') '), s.preview));
      });
      add(dropped, add(el('details'), el('summary', null, d.dropped.length + ' dropped'), list));
    }
    return add(row, id, outlet, title,
        el('td', null, d.languages.length ? d.languages.join(', ') : '—'), status, kept, dropped);
  }

  // ---- the document view and links (#view=doc…, #view=finding…) ----

  var view = document.getElementById('document-view');
  document.getElementById('document-close').addEventListener('click', function () { view.hidden = true; });

  function openDocument(id, start, end) {
    if (texts === null) { texts = JSON.parse(document.getElementById('crosscheck-texts').textContent); }
    var text = Object.prototype.hasOwnProperty.call(texts, id) ? texts[id] : null;
    var d = docs[id] || {};
    document.getElementById('document-title').textContent = d.title ? id + ' — ' + d.title : id;
    document.getElementById('document-meta').textContent = joined([docAbout(id), d.url]);
    var body = document.getElementById('document-text');
    body.textContent = '';
    view.hidden = false;
    if (text === null) {
      add(body, el('p', 'none', 'The text of this document is not in the report.'));
      return;
    }
    start = Math.max(0, Math.min(start, text.length));
    end = Math.max(start, Math.min(end, text.length));
    var mark = el('mark', 'passage-mark', text.slice(start, end));
    mark.id = 'passage';
    add(body, text.slice(0, start), mark, text.slice(end));
    body.scrollTop = 0;
    if (end > start) { mark.scrollIntoView({ block: 'center' }); }
  }

  var finders = { };
  data.conflicts.forEach(function (c) { finders[c.id] = conflicts; });
  data.reuse.forEach(function (r) { finders[r.id] = reuse; });

  function route() {
    var hash = location.hash;
    if (hash.indexOf('#view=') !== 0) { return; }
    var params = new URLSearchParams(hash.slice(1));
    if (params.get('view') === 'doc') {
      openDocument(params.get('doc') || '', parseInt(params.get('s'), 10) || 0, parseInt(params.get('e'), 10) || 0);
    } else if (params.get('view') === 'finding') {
      var list = finders[params.get('id')];
      var node = list ? list.reveal(params.get('id')) : null;
      if (node) {
        view.hidden = true;
        var old = document.querySelector('.target');
        if (old) { old.classList.remove('target'); }
        node.classList.add('target');
        node.scrollIntoView({ block: 'center' });
      }
    }
  }
  window.addEventListener('hashchange', route);
  // Following the link already in the address bar fires no hashchange: route it directly.
  document.addEventListener('click', function (event) {
    var a = event.target.closest ? event.target.closest('a[href^="#view="]') : null;
    if (a && a.getAttribute('href') === location.hash) { route(); }
  });

  conflicts.apply(0);
  reuse.apply(0);
  documents.apply(0);
  route();
  document.getElementById('run-footer').textContent = 'crosscheck ' + (data.schema || '') + ' · job '
      + (data.job || '?') + ' · run ' + (data.runId || '?');
  document.body.setAttribute('data-ready', 'true');
})();

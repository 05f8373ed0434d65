// Parallax web UI: a small single-page app over the JSON API. Every piece of corpus text is inserted as a text
// node (never as HTML), so hostile article content cannot run script in the analyst's browser.
'use strict';

const main = document.getElementById('main');

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined) continue;
    if (k === 'class') e.className = v; else e.setAttribute(k, v);
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined) continue;
    e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

async function api(path) {
  const r = await fetch('/api' + path);
  const body = await r.json();
  if (!r.ok) throw new Error(body.error || r.statusText);
  return body;
}

const langs = list => (list || []).map(l => el('span', {class: 'lang'}, l));
const link = (href, text) => el('a', {href}, text);

function show(...nodes) {
  main.replaceChildren(...nodes);
  window.scrollTo(0, 0);
}

async function eventsPage() {
  const events = await api('/events');
  show(el('h1', {}, 'Events'),
    el('p', {class: 'muted'}, events.length + ' events, each a cluster of articles about one happening, in any language.'),
    ...events.map(e => el('div', {class: 'card'},
      el('div', {}, link('#/event/' + encodeURIComponent(e.id), e.title || e.id)),
      el('div', {class: 'muted'}, (e.date || 'undated') + ' · ' + e.documents.length + ' sources · ', ...langs(e.languages)))));
}

function statement(s) {
  return el('blockquote', {}, el('span', {class: 'lang'}, s.language || ''), s.text,
    el('div', {class: 'muted'}, link('#/doc/' + encodeURIComponent(s.doc), s.doc)));
}

async function eventPage(id) {
  const e = await api('/events/' + encodeURIComponent(id));
  show(
    el('h1', {}, e.title || e.id),
    el('div', {class: 'muted'}, (e.date || 'undated') + ' · ', ...langs(e.languages)),
    el('h2', {}, 'Sources'),
    el('div', {class: 'sources'}, ...e.sources.map(d => el('div', {class: 'card'},
      el('span', {class: 'lang'}, d.language), link('#/doc/' + encodeURIComponent(d.id), d.title || d.id),
      el('div', {class: 'muted'}, [d.outlet, (d.authors || []).join(', '), d.published].filter(Boolean).join(' · '))))),
    el('h2', {}, 'Claims compared across sources'),
    ...(e.claims.length ? e.claims.map(c => el('div', {class: 'card claim ' + c.relation},
      el('span', {class: 'relation'}, c.relation), el('span', {class: 'muted'}, c.reason || ''),
      el('div', {class: 'statements'}, ...c.statements.map(statement)))) : [el('p', {class: 'muted'}, 'No claims compared yet.')]),
    el('h2', {}, 'Who said what'),
    ...(e.quotes.length ? e.quotes.map(q => el('div', {class: 'card'},
      el('strong', {}, q.speakerText || 'unattributed'), ' ', el('span', {class: 'muted'}, '(' + q.kind + ')'),
      el('blockquote', {}, q.text), el('div', {class: 'muted'}, link('#/doc/' + encodeURIComponent(q.doc), q.doc)))) :
      [el('p', {class: 'muted'}, 'No quotations found.')]),
    el('h2', {}, 'Timeline'),
    el('table', {class: 'timeline'}, ...e.timeline.map(t => el('tr', {},
      el('td', {}, t.date), el('td', {}, el('em', {}, t.expression)), el('td', {}, t.text), el('td', {class: 'muted'}, t.doc)))),
    el('h2', {}, 'Entities'),
    el('div', {}, ...e.entities.map(chip)));
}

function chip(en) {
  return el('span', {class: 'chip'}, el('span', {class: 'type'}, en.type),
    link('#/entity/' + encodeURIComponent(en.id), en.name), el('span', {class: 'muted'}, ' ' + en.mentionCount));
}

async function entitiesPage() {
  const entities = await api('/entities?limit=500');
  show(el('h1', {}, 'Entities'),
    el('table', {}, el('tr', {}, el('th', {}, 'Type'), el('th', {}, 'Name'), el('th', {}, 'Mentions'), el('th', {}, 'Variants')),
      ...entities.map(en => el('tr', {}, el('td', {}, en.type),
        el('td', {}, link('#/entity/' + encodeURIComponent(en.id), en.name)), el('td', {}, en.mentionCount),
        el('td', {}, en.variants.join(' · '))))));
}

async function entityPage(id) {
  const en = await api('/entities/' + encodeURIComponent(id));
  const place = en.place ? el('p', {class: 'muted'}, 'At ' + en.place.lat.toFixed(3) + ', ' + en.place.lon.toFixed(3) + ' (' + en.place.precision + ')') : null;
  show(el('h1', {}, en.name), el('div', {class: 'muted'}, en.type), place,
    el('h2', {}, 'Variants'), el('div', {}, ...en.variants.map(v => el('span', {class: 'chip'}, v))),
    el('h2', {}, 'Mentions'),
    el('table', {}, ...en.mentions.map(m => el('tr', {}, el('td', {}, m.text),
      el('td', {}, link('#/doc/' + encodeURIComponent(m.doc), m.doc)), el('td', {class: 'muted'}, m.start + '–' + m.end)))));
}

async function docPage(id) {
  const d = await api('/documents/' + encodeURIComponent(id));
  const text = el('div', {class: 'text'});
  let at = 0;
  for (const m of [...d.mentions].sort((a, b) => a.start - b.start)) {
    if (m.start < at) continue;
    text.append(d.text.slice(at, m.start));
    const mark = el('mark', {class: m.type, title: m.type + (m.entity ? ' → ' + m.entity : ' (unlinked: ' + m.reason + ')')}, d.text.slice(m.start, m.end));
    text.append(m.entity ? el('a', {href: '#/entity/' + encodeURIComponent(m.entity)}, mark) : mark);
    at = m.end;
  }
  text.append(d.text.slice(at));
  show(el('h1', {}, d.title || d.id),
    el('div', {class: 'muted'}, el('span', {class: 'lang'}, d.language), [d.outlet, (d.authors || []).join(', '), d.published].filter(Boolean).join(' · '),
      d.event ? ' · ' : '', d.event ? link('#/event/' + encodeURIComponent(d.event), 'event') : null),
    text);
}

function snippet(html) {
  // The server escapes the text and marks matches with <b>; rebuild it from text nodes.
  const out = el('div', {class: 'snippet'});
  const decode = s => { const t = document.createElement('textarea'); t.innerHTML = s; return t.value; };
  html.split(/(<b>.*?<\/b>)/).forEach(part => {
    if (part.startsWith('<b>')) out.append(el('b', {}, decode(part.slice(3, -4)))); else out.append(decode(part));
  });
  return out;
}

async function searchPage(q) {
  const r = await api('/search?q=' + encodeURIComponent(q));
  show(el('h1', {}, 'Search: ' + q),
    r.expandedWith.length ? el('p', {class: 'muted'}, 'Also searched the other spellings: ' + r.expandedWith.join(', ')) : null,
    r.entities.length ? el('div', {}, ...r.entities.map(chip)) : null,
    ...r.hits.map(h => el('div', {class: 'card'}, el('span', {class: 'lang'}, h.language),
      link('#/doc/' + encodeURIComponent(h.doc), h.title || h.doc), snippet(h.snippet || ''))),
    r.hits.length ? null : el('p', {class: 'muted'}, 'No matches.'));
}

async function route() {
  const [, page, arg] = decodeURIComponent(location.hash.slice(1)).match(/^\/?([^/]*)\/?(.*)$/) || [];
  try {
    if (page === 'event') await eventPage(arg);
    else if (page === 'entities') await entitiesPage();
    else if (page === 'entity') await entityPage(arg);
    else if (page === 'doc') await docPage(arg);
    else if (page === 'search') await searchPage(arg);
    else await eventsPage();
  } catch (err) {
    show(el('p', {}, 'Error: ' + err.message));
  }
}

document.getElementById('search-form').addEventListener('submit', ev => {
  ev.preventDefault();
  const q = document.getElementById('search').value.trim();
  if (q) location.hash = '#/search/' + encodeURIComponent(q);
});
window.addEventListener('hashchange', route);
api('/stats').then(s => {
  document.getElementById('stats').textContent = s.documents + ' articles · ' + s.events + ' events · ' + s.entities + ' entities';
}).catch(() => {});
route();

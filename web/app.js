// precis newsroom: the page. It calls only the JSON API and builds the DOM
// with text nodes, so article text can never become markup (an article
// holding <script> shows as text). Routes live in the hash:
//   #/?q=WORDS&offset=N                 the story list
//   #/story/ID                          a story
//   #/story/ID/article/AID?b=B&e=E      a story with an article open, the
//                                       byte span [B, E) highlighted
// A test hook: "click=N" on a story route clicks its Nth summary sentence
// once drawn; document.body.dataset.ready names the view when it is done.
'use strict';

(function () {
  const view = document.getElementById('view');
  const enc = new TextEncoder();
  const dec = new TextDecoder();

  // el('a', {href: '#/'}, 'text', child...): strings become text nodes.
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === undefined || v === null || v === false) continue;
      if (k === 'class') e.className = v;
      else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
      else e.setAttribute(k, v);
    }
    for (const c of children.flat()) {
      if (c === null || c === undefined || c === false) continue;
      e.appendChild(typeof c === 'string' || typeof c === 'number'
        ? document.createTextNode(String(c)) : c);
    }
    return e;
  }

  function safeUrl(u) {
    return /^https?:\/\//i.test(u || '') ? u : null;
  }

  async function api(path) {
    const r = await fetch(path, {headers: {Accept: 'application/json'}});
    const body = await r.json().catch(() => ({}));
    if (!r.ok) throw new Error((body.error && body.error.message) || r.statusText);
    return body;
  }

  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  function niceDate(iso) {
    const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso || '');
    if (!m) return iso || '';
    if (!m[2]) return m[1];
    if (!m[3]) return months[+m[2] - 1] + ' ' + m[1];
    return (+m[3]) + ' ' + months[+m[2] - 1] + ' ' + m[1];
  }
  function ago(iso) {
    const t = Date.parse(iso || '');
    if (isNaN(t)) return '';
    const s = Math.max(0, (Date.now() - t) / 1000);
    if (s < 90) return 'just now';
    if (s < 3600) return Math.round(s / 60) + ' min ago';
    if (s < 86400 * 2) return Math.round(s / 3600) + ' h ago';
    return Math.round(s / 86400) + ' days ago';
  }
  function outletsText(outlets) {
    if (!outlets || !outlets.length) return 'unknown outlets';
    if (outlets.length <= 3) return outlets.join(', ');
    return outlets.slice(0, 3).join(', ') + ' and ' + (outlets.length - 3) + ' more';
  }
  function plural(n, word) { return n + ' ' + word + (n === 1 ? '' : 's'); }

  function parseHash() {
    const h = location.hash.replace(/^#/, '') || '/';
    const i = h.indexOf('?');
    const path = i < 0 ? h : h.slice(0, i);
    const params = new URLSearchParams(i < 0 ? '' : h.slice(i + 1));
    const parts = path.split('/').filter(Boolean).map(p => {
      try { return decodeURIComponent(p); } catch (e) { return p; }
    });
    return {parts, params};
  }

  let current = {id: null, data: null};  // the story on screen and its JSON

  function ready(name) { document.body.dataset.ready = name; }

  async function route() {
    document.body.dataset.ready = '';
    const {parts, params} = parseHash();
    try {
      if (parts[0] === 'story' && parts[1]) {
        await showStory(parts[1], parts[2] === 'article' ? parts[3] : null, params);
      } else {
        current = {id: null, data: null};  // a story is fetched afresh next time
        await showList(params);
      }
    } catch (err) {
      view.replaceChildren(el('p', {class: 'empty'}, 'Could not load: ' + err.message));
      ready('error');
    }
  }

  // ---- The story list -------------------------------------------------
  async function showList(params) {
    const q = params.get('q') || '';
    const offset = +(params.get('offset') || 0);
    const limit = 30;
    document.getElementById('q').value = q;
    const qs = new URLSearchParams({limit, offset});
    if (q) qs.set('q', q);
    const data = await api('/api/stories?' + qs);
    const items = data.stories.map(s => el('li', {class: 'story-item', 'data-story': s.id},
      el('h2', {}, el('a', {href: '#/story/' + encodeURIComponent(s.id)}, s.title || s.id)),
      s.lede ? el('p', {class: 'lede'}, s.lede) : null,
      el('div', {class: 'meta'},
        el('span', {}, outletsText(s.outlets)),
        el('span', {class: 'dot'}, plural(s.articles, 'article')),
        s.events > 1 ? el('span', {class: 'dot'}, plural(s.events, 'event')) : null,
        s.last_published ? el('span', {class: 'dot'}, niceDate(s.last_published)) : null,
        el('span', {class: 'dot'}, 'updated ' + ago(s.updated_at)))));
    document.title = q ? 'Search: ' + q + ' · precis' : 'precis · newsroom';
    const pager = el('div', {class: 'pager'},
      offset > 0 ? el('a', {href: '#/?' + new URLSearchParams({q, offset: Math.max(0, offset - limit)})}, '← Newer') : null,
      data.stories.length === limit ? el('a', {href: '#/?' + new URLSearchParams({q, offset: offset + limit})}, 'Older →') : null);
    view.replaceChildren(
      el('p', {class: 'kicker'}, q ? 'Stories matching “' + q + '”' : 'Latest stories'),
      items.length ? el('ol', {class: 'stories', id: 'stories'}, items)
        : el('p', {class: 'empty'}, q ? 'No story matches.' : 'No stories yet. Ingest some articles: precis ingest --db news.db FOLDER'),
      pager);
    ready('list');
  }

  // ---- A story --------------------------------------------------------
  function sourceIndex(brief) {
    const byId = new Map();
    (brief.sources || []).forEach(s => byId.set(s.id, s));
    return byId;
  }

  function refs(storyId, ids, byId, span) {
    return el('span', {class: 'refs'}, ids.map(id => {
      const s = byId.get(id);
      const q = span && span.article === id ? '?b=' + span.begin + '&e=' + span.end : '';
      return el('a', {href: '#/story/' + encodeURIComponent(storyId) + '/article/' + encodeURIComponent(id) + q,
        title: s ? (s.outlet || s.id) + (s.title ? ': ' + s.title : '') : id}, '[' + (s ? s.n : '?') + ']');
    }));
  }

  function articleLink(storyId, a, b, e) {
    return '#/story/' + encodeURIComponent(storyId) + '/article/' + encodeURIComponent(a) + '?b=' + b + '&e=' + e;
  }

  function summarySection(storyId, brief, byId) {
    const sentences = (brief.summary && brief.summary.sentences) || [];
    if (!sentences.length) return null;
    return el('section', {id: 'summary'}, el('h3', {}, 'Summary'),
      el('ol', {class: 'summary'}, sentences.map((s, i) => el('li', {},
        el('a', {class: 'sentence', href: articleLink(storyId, s.article, s.begin, s.end),
          'data-index': i, 'data-article': s.article, 'data-begin': s.begin, 'data-end': s.end}, s.text),
        refs(storyId, s.sources && s.sources.length ? s.sources : [s.article], byId, s)))));
  }

  function eventsSection(storyId, events, byId) {
    if (!events.length) return null;
    return el('section', {id: 'events'}, el('h3', {}, events.length > 1 ? 'Events' : 'The event'),
      el('ol', {class: 'timeline'}, events.map(e => el('li', {},
        el('time', {datetime: e.date || null}, e.date ? niceDate(e.date) : 'Undated'),
        el('div', {class: 'what'}, e.title || e.id),
        el('div', {class: 'meta'}, plural(e.articles.length, 'article'), ' ', refs(storyId, e.articles, byId))))));
  }

  function datesSection(storyId, brief, byId) {
    const t = (brief.timeline || []).slice();
    if (!t.length) return null;
    // The dates most outlets carry, in date order.
    const shown = t.map((e, i) => [e, i]).sort((x, y) => (y[0].sources || []).length - (x[0].sources || []).length || x[1] - y[1])
      .slice(0, 10).sort((x, y) => x[1] - y[1]).map(x => x[0]);
    return el('section', {id: 'timeline'}, el('h3', {}, 'Timeline'),
      el('ol', {class: 'timeline'}, shown.map(e => el('li', {},
        el('time', {datetime: e.date}, niceDate(e.date)),
        el('a', {class: 'sentence what', href: articleLink(storyId, e.article, e.begin, e.end)}, e.text),
        refs(storyId, e.sources || [e.article], byId, e)))));
  }

  function quotesSection(storyId, brief, byId) {
    const qs = (brief.quotes || []).filter(q => q.speaker)
      .sort((x, y) => (y.direct - x.direct) || ((y.sources || []).length - (x.sources || []).length)).slice(0, 8);
    if (!qs.length) return null;
    return el('section', {id: 'quotes'}, el('h3', {}, 'Quotes'),
      el('ul', {class: 'quotes'}, qs.map(q => el('li', {},
        el('blockquote', {}, el('a', {class: 'sentence', href: articleLink(storyId, q.article, q.begin, q.end)},
          q.direct ? '“' + q.text + '”' : q.text)),
        el('div', {class: 'who'}, '— ', el('b', {}, q.speaker), ' ', refs(storyId, q.sources || [q.article], byId))))));
  }

  function namesSection(brief) {
    const groups = [['PER', 'People'], ['ORG', 'Organizations'], ['LOC', 'Places']];
    const dl = el('dl', {class: 'names'});
    let any = false;
    for (const [type, label] of groups) {
      const es = (brief.entities || []).filter(e => e.type === type).slice(0, 10);
      if (!es.length) continue;
      any = true;
      dl.append(el('dt', {}, label));
      if (type === 'PER') {
        for (const e of es) dl.append(el('dd', {}, e.name, e.roles && e.roles.length ? el('span', {class: 'role'}, ', ' + e.roles[0]) : null));
      } else {
        dl.append(el('dd', {}, es.map(e => e.name).join(', ')));
      }
    }
    return any ? el('section', {id: 'names'}, el('h3', {}, 'Who and where'), dl) : null;
  }

  function coverageSection(storyId, brief, byId) {
    const cov = brief.coverage || [];
    if (!cov.length) return null;
    const nSum = ((brief.summary && brief.summary.sentences) || []).length;
    return el('section', {id: 'coverage'}, el('h3', {}, 'Who reported what'),
      el('table', {class: 'coverage'},
        el('thead', {}, el('tr', {}, el('th', {}, 'Outlet'), el('th', {class: 'n'}, 'Summary'), el('th', {class: 'n'}, 'Dates'))),
        el('tbody', {}, cov.map(c => el('tr', {},
          el('td', {}, c.outlet, ' ', refs(storyId, c.articles || [], byId)),
          el('td', {class: 'n'}, (c.summary || []).length + ' of ' + nSum),
          el('td', {class: 'n'}, String((c.timeline || []).length)))))));
  }

  function sourcesSection(storyId, brief) {
    const src = brief.sources || [];
    if (!src.length) return null;
    return el('section', {id: 'sources'}, el('h3', {}, 'Sources'),
      el('ol', {class: 'sources'}, src.map(s => el('li', {},
        el('span', {class: 'outlet'}, s.outlet || 'Unknown outlet'), ': ',
        el('a', {href: '#/story/' + encodeURIComponent(storyId) + '/article/' + encodeURIComponent(s.id)}, s.title || s.id),
        s.published ? el('span', {class: 'meta'}, ' · ' + niceDate(s.published)) : null,
        safeUrl(s.url) ? el('span', {class: 'meta'}, ' · ', el('a', {href: safeUrl(s.url), rel: 'noopener noreferrer nofollow', target: '_blank'}, 'original')) : null))));
  }

  // The article, with bytes [b, e) of its text marked.
  async function articleView(storyId, articleId, b, e) {
    const a = await api('/api/articles/' + encodeURIComponent(articleId));
    const bytes = enc.encode(a.text);
    const start = Math.min(a.body_begin || 0, bytes.length);
    const body = el('div', {class: 'article-text', id: 'article-text'});
    if (Number.isInteger(b) && Number.isInteger(e) && 0 <= b && b < e && e <= bytes.length) {
      const from = Math.min(start, b);
      body.append(dec.decode(bytes.slice(from, b)), el('mark', {id: 'highlight'}, dec.decode(bytes.slice(b, e))),
        dec.decode(bytes.slice(e)));
    } else {
      body.append(dec.decode(bytes.slice(start)));
    }
    return el('aside', {class: 'article-view', id: 'article', 'data-article': a.id},
      el('button', {class: 'close', type: 'button', onclick: () => { location.hash = '#/story/' + encodeURIComponent(storyId); }}, 'Close'),
      el('p', {class: 'kicker'}, a.source || 'Article'),
      el('h4', {}, a.title || a.id),
      el('div', {class: 'meta'}, a.published ? niceDate(a.published) : 'Undated',
        safeUrl(a.url) ? el('span', {class: 'dot'}, el('a', {href: safeUrl(a.url), rel: 'noopener noreferrer nofollow', target: '_blank'}, 'original')) : null),
      body);
  }

  async function showStory(id, articleId, params) {
    if (current.id !== id) current = {id, data: await api('/api/stories/' + encodeURIComponent(id))};
    const {story, events, brief: rawBrief} = current.data;
    const brief = rawBrief || {};
    const byId = sourceIndex(brief);
    document.title = (story.title || story.id) + ' · precis';
    const head = el('div', {class: 'story-head'},
      el('a', {class: 'back', href: '#/'}, '← All stories'),
      el('p', {class: 'kicker'}, story.first_published && story.first_published !== story.last_published
        ? niceDate(story.first_published) + ' – ' + niceDate(story.last_published) : niceDate(story.last_published) || 'Story'),
      el('h1', {id: 'story-title'}, story.title || story.id),
      el('div', {class: 'meta'}, el('span', {}, outletsText(story.outlets)),
        el('span', {class: 'dot'}, plural(story.articles, 'article')),
        el('span', {class: 'dot'}, 'updated ' + ago(story.updated_at))));
    const b = params.has('b') ? +params.get('b') : null;
    const e = params.has('e') ? +params.get('e') : null;
    const article = articleId ? await articleView(id, articleId, b, e) : null;
    const main = el('div', {class: 'main'}, article,
      summarySection(id, brief, byId) || el('p', {class: 'empty'}, 'No summary yet for this story.'),
      eventsSection(id, events || [], byId), quotesSection(id, brief, byId), datesSection(id, brief, byId));
    const side = el('div', {class: 'side'}, namesSection(brief), coverageSection(id, brief, byId), sourcesSection(id, brief));
    view.replaceChildren(head, el('div', {class: 'story-grid'}, main, side));
    if (article) {
      for (const s of view.querySelectorAll('.sentence')) {
        if (s.dataset.article === articleId && +s.dataset.begin === b && +s.dataset.end === e) s.classList.add('active');
      }
      const mark = document.getElementById('highlight');
      article.scrollIntoView({block: 'start'});
      if (mark) mark.scrollIntoView({block: 'center'});
    } else {
      window.scrollTo(0, 0);
    }
    const click = params.get('click');
    if (click !== null && !articleId) {
      const s = view.querySelectorAll('#summary .sentence')[+click];
      if (s) { s.click(); return; }
    }
    ready(article ? 'article' : 'story');
  }

  document.getElementById('search').addEventListener('submit', ev => {
    ev.preventDefault();
    const q = document.getElementById('q').value.trim();
    location.hash = q ? '#/?' + new URLSearchParams({q}) : '#/';
  });
  window.addEventListener('hashchange', route);
  route();
})();

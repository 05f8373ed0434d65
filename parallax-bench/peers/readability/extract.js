// Readability.js peer for `parallax eval extraction`.
// Usage: node extract.js LIST [PASSES]   where LIST has one "id<TAB>path<TAB>url" line per page (path may end in .gz).
// Prints one JSON line per page: {"id", "articleBody", "title", "ms"}; ms covers JSDOM parsing plus Readability,
// not file reading or decompression, so the figure compares with Parallax's extraction time on bytes in memory.
// With PASSES > 1 the earlier passes warm up V8's JIT and only the last pass is printed, as the Java side does.
'use strict';
const fs = require('fs');
const zlib = require('zlib');
const { JSDOM, VirtualConsole } = require('jsdom');
const { Readability } = require('@mozilla/readability');

const virtualConsole = new VirtualConsole(); // swallow CSS and script errors of the pages
const passes = Math.max(1, parseInt(process.argv[3] || '1', 10));
const pages = fs.readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean).map((line) => {
  const [id, path, url] = line.split('\t');
  let bytes = fs.readFileSync(path);
  if (path.endsWith('.gz')) bytes = zlib.gunzipSync(bytes);
  return { id, url, html: bytes.toString('utf8') };
});
for (let pass = 1; pass <= passes; pass++) {
  for (const page of pages) {
    const out = extract(page);
    if (pass === passes) process.stdout.write(JSON.stringify(out) + '\n');
  }
}

function extract({ id, url, html }) {
  const start = process.hrtime.bigint();
  let body = '';
  let title = null;
  try {
    const dom = new JSDOM(html, { url: url || 'https://example.invalid/', virtualConsole });
    const article = new Readability(dom.window.document).parse();
    if (article) {
      body = article.textContent || '';
      title = article.title || null;
    }
    dom.window.close();
  } catch (e) {
    body = '';
  }
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  return { id, articleBody: body, title, ms };
}

// Scans pages of a running Luukku service with axe-core in headless Chromium and prints one JSON report.
//
//   node scan.mjs scan BASE_URL PATH...    every PATH at 320 px and 1280 px wide: axe violations, console errors,
//                                          Content-Security-Policy violations, and whether the page scrolls sideways
//                                          (the live script's fetch is exercised by the 'live' mode)
//   node scan.mjs live BASE_URL PATH       opens PATH, prints "READY", then waits (60 s at most) until the
//                                          aria-live region announces something and prints it
//   node scan.mjs shot BASE_URL PATH FILE.png [WIDTH]   a full-page screenshot (default 320 px wide)
//
// Chromium: CHROMIUM (a path) or /usr/bin/chromium. Exit code 0 when the report could be made.
import { chromium } from 'playwright-core';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const [mode, base, ...paths] = process.argv.slice(2);
const WIDTHS = [320, 1280];
// WCAG 2.0/2.1 A and AA plus axe's best practices
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

async function openPage(browser, width, problems) {
  const context = await browser.newContext({ viewport: { width, height: 800 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  page.on('console', (msg) => {
    // a page that answers 404 on purpose (an unknown code) logs its own status: not a problem
    const own = msg.text().startsWith('Failed to load resource') && msg.location().url === page.url();
    if (msg.type() === 'error' && !own) {
      problems.push('console: ' + msg.text());
    }
  });
  page.on('pageerror', (e) => problems.push('script: ' + e.message));
  return { context, page };
}

async function scan(browser) {
  const report = [];
  for (const path of paths) {
    for (const width of WIDTHS) {
      const problems = [];
      const { context, page } = await openPage(browser, width, problems);
      const response = await page.goto(base + path, { waitUntil: 'load' });
      await page.evaluate(() => {
        window.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', (e) =>
          window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));
      });
      // through the DevTools protocol, so the page's strict CSP (no inline script) stays on and is checked too
      await page.evaluate(axeSource);
      const result = await page.evaluate(async (tags) => {
        // eslint-disable-next-line no-undef
        const r = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
        return r.violations.map((v) => ({
          id: v.id,
          impact: v.impact,
          help: v.help,
          nodes: v.nodes.map((n) => n.target.join(' ') + ': ' + n.failureSummary),
        }));
      }, TAGS);
      const sideways = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
      const csp = await page.evaluate(() => window.__cspViolations);
      report.push({
        path,
        width,
        status: response.status(),
        lang: await page.evaluate(() => document.documentElement.lang),
        violations: result,
        problems: problems.concat(csp.map((c) => 'csp: ' + c)),
        scrollsSideways: sideways,
      });
      await context.close();
    }
  }
  return report;
}

async function live(browser) {
  const problems = [];
  const { page } = await openPage(browser, 360, problems);
  await page.goto(base + paths[0], { waitUntil: 'load' });
  process.stdout.write('READY\n');
  await page.waitForFunction(() => document.getElementById('live').textContent.trim() !== '', null, {
    timeout: 60000,
    polling: 200,
  });
  return {
    announced: await page.evaluate(() => document.getElementById('live').textContent),
    state: await page.evaluate(() => document.getElementById('state').textContent),
    problems,
  };
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-dev-shm-usage'],
});
try {
  let out;
  if (mode === 'shot') {
    const { page } = await openPage(browser, Number(paths[2] || 320), []);
    await page.goto(base + paths[0], { waitUntil: 'load' });
    await page.screenshot({ path: paths[1], fullPage: true });
    out = { shot: paths[1] };
  } else {
    out = mode === 'live' ? await live(browser) : await scan(browser);
  }
  process.stdout.write(JSON.stringify(out) + '\n');
} finally {
  await browser.close();
}

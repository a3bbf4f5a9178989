// The HTML pages in a real browser (Debian's Chromium, driven by playwright-core), one browser for every test: the
// export of the bundled example at 1280 and 390 pixels wide (nothing off-screen, links work, sorting works, print),
// and hostile text (escaped, evidence on hover and on keyboard focus). Screenshots are kept in test-artifacts/.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { render } from '../../src/render/index.js';
import { runCli } from '../cli/spawn.js';
import { hostileReport, reportOf, ROOT, wideReport } from '../helpers/pledgecard.js';
import { requireInputs, requireRecord } from '../../src/pipeline.js';
import { renderRecord } from '../../src/render/record/index.js';

/** Debian's Chromium; PLEDGECARD_CHROMIUM names another binary (or a missing one, to see the skip reported). */
const CHROMIUM = process.env.PLEDGECARD_CHROMIUM ?? '/usr/bin/chromium';
/** Screenshots for people to look at (a CI artefact), never compared; the folder is git-ignored. */
const SHOTS = process.env.PLEDGECARD_SCREENSHOTS ?? path.join(ROOT, 'test-artifacts');
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

// Skipped only on a machine without Chromium, and then the run says so at its end (tests/setup/skipped-reporter.ts);
// in CI a missing browser is a failure.
const run = existsSync(CHROMIUM) || Boolean(process.env.CI);

/** Elements that stick out of the viewport sideways, and how far the page scrolls sideways (run in the page). */
const OFF_SCREEN = `(() => {
  const width = window.innerWidth;
  const outside = [];
  for (const el of document.querySelectorAll('body *')) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    if (r.left < -0.5 || r.right > width + 0.5) outside.push(el.tagName.toLowerCase() + '.' + el.className + ' ' + Math.round(r.left) + '..' + Math.round(r.right));
  }
  return { scrollWidth: document.documentElement.scrollWidth, width, outside: outside.slice(0, 10) };
})()`;

function offScreen(page: Page): Promise<{ scrollWidth: number; width: number; outside: string[] }> {
  return page.evaluate(OFF_SCREEN);
}

/** Whether the middle of `selector`'s element is what the page shows there: on screen, and not cut off or covered. */
async function shown(page: Page, selector: string): Promise<boolean> {
  return page.evaluate(`(() => {
    const el = document.querySelector(${JSON.stringify(selector)});
    const r = el.getBoundingClientRect();
    const at = document.elementFromPoint(r.left + r.width / 2, r.top + Math.min(r.height / 2, 20));
    return r.width > 0 && at !== null && el.contains(at);
  })()`);
}

/** The candidates' names in the order the grid shows them. */
const names = (page: Page): Promise<string[]> => page.locator('table.grid tbody th.name a').allTextContents();

describe.skipIf(!run)('html in Chromium', () => {
  let profile: string;
  let site: string;
  let context: BrowserContext;
  let page: Page;
  const requests: string[] = [];

  beforeAll(async () => {
    site = mkdtempSync(path.join(tmpdir(), 'pledgecard-site-'));
    const exported = runCli(['export', '--out', site]);
    expect(exported.code, exported.stderr).toBe(0);
    profile = mkdtempSync(path.join(tmpdir(), 'pledgecard-chromium-'));
    context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: ARGS, headless: true, viewport: { width: 1280, height: 900 } });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('request', (r) => {
      if (!/^(data:|about:blank|file:)/.test(r.url())) requests.push(r.url());
    });
    mkdirSync(SHOTS, { recursive: true });
  });

  afterAll(async () => {
    await context?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
    if (site) rmSync(site, { recursive: true, force: true });
  });

  const open = async (file: string, width: number): Promise<void> => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(pathToFileURL(path.join(site, file)).href, { waitUntil: 'load' });
  };

  for (const width of [1280, 390]) {
    it(`index.html at ${width} px: the grid, a bar per candidate, nothing off-screen`, async () => {
      await open('index.html', width);
      await expect(page.locator('table.grid tbody tr').count()).resolves.toBe(6);
      await expect(page.locator('table.grid tbody tr').first().locator('td.cell').count()).resolves.toBe(11);
      await expect(page.locator('thead th.clause').first().textContent()).resolves.toBe('1 Report back from the NEC');
      await expect(page.locator('.bars li svg rect').count()).resolves.toBeGreaterThan(6);
      await expect(page.locator('.legend li').count()).resolves.toBe(6);
      const seen = await offScreen(page);
      expect(seen.outside, JSON.stringify(seen)).toEqual([]);
      expect(seen.scrollWidth).toBeLessThanOrEqual(width);
      await page.screenshot({ path: path.join(SHOTS, `index-${width}.png`), fullPage: true });
    });

    it(`a candidate's page at ${width} px: plain words, quotes highlighted in the reply, nothing off-screen`, async () => {
      await open('alec-price.html', width);
      await expect(page.locator('h1').textContent()).resolves.toBe('Alec Price');
      await expect(page.locator('article.ruling').count()).resolves.toBe(13);
      await expect(page.locator('#clause-3e .says').textContent()).resolves.toBe('Agrees with qualifications');
      // The parser's workings stay folded away until asked for.
      await expect(page.locator('#clause-3e details dd').first().isVisible()).resolves.toBe(false);
      await expect(page.locator('.reply mark').count()).resolves.toBeGreaterThan(5);
      const seen = await offScreen(page);
      expect(seen.outside, JSON.stringify(seen)).toEqual([]);
      expect(seen.scrollWidth).toBeLessThanOrEqual(width);
      await page.screenshot({ path: path.join(SHOTS, `candidate-${width}.png`), fullPage: true });
    });
  }

  it('links work: a name opens the candidate’s page, a quote’s line its place in the reply, and back again', async () => {
    await open('index.html', 1280);
    await page.locator('table.grid a', { hasText: 'Crispin Flintoff' }).click();
    await page.waitForURL(/crispin-flintoff\.html$/);
    await expect(page.locator('h1').textContent()).resolves.toBe('Crispin Flintoff');
    const line = page.locator('#clause-3e blockquote a.line').first();
    const target = (await line.getAttribute('href'))!;
    await line.click();
    await page.waitForURL(new RegExp(`${target}$`));
    await expect(page.locator(`${target}:target`).count()).resolves.toBe(1);
    await expect(page.locator(target).textContent()).resolves.toContain((await page.locator('#clause-3e blockquote').first().textContent())!.slice(0, 20));
    await page.locator('a', { hasText: 'All candidates' }).click();
    await page.waitForURL(/index\.html$/);
    // Every link of every page leads to a file the export wrote.
    for (const file of ['index.html', 'alec-price.html']) {
      const html = readFileSync(path.join(site, file), 'utf8');
      for (const [, href] of html.matchAll(/href="([^"#:]+)(?:#[^"]*)?"/g)) expect(existsSync(path.join(site, href!)), `${file} → ${href}`).toBe(true);
    }
    expect(requests).toEqual([]);
  });

  it('sorts by any column from its header, and from the list on a phone', async () => {
    await open('index.html', 1280);
    const byName = [...(await names(page))].sort((a, b) => a.localeCompare(b));
    await page.locator('thead th', { hasText: 'Candidate' }).locator('button').click();
    await expect(names(page)).resolves.toEqual(byName);
    await expect(page.locator('thead th', { hasText: 'Candidate' }).getAttribute('aria-sort')).resolves.toBe('ascending');
    await page.locator('thead th', { hasText: 'Candidate' }).locator('button').click();
    await expect(names(page)).resolves.toEqual([...byName].reverse());
    // Score: highest first on the first click, lowest first on the second.
    const score = page.locator('thead th', { hasText: 'Score' }).locator('button');
    await score.click();
    const scores = async (): Promise<number[]> => (await page.locator('tbody td.num[data-label="Score"]').allTextContents()).map(Number);
    expect(await scores()).toEqual([...(await scores())].sort((a, b) => b - a));
    await score.click();
    expect(await scores()).toEqual([...(await scores())].sort((a, b) => a - b));
    // A clause: those who agree first; Crispin Flintoff declined 3g.1, so he is last.
    await page.locator('thead th.clause', { hasText: '3g.1' }).locator('button').click();
    await expect(names(page).then((n) => n.at(-1))).resolves.toBe('Crispin Flintoff');
    await open('index.html', 390);
    await page.locator('label.sorter select').selectOption({ label: 'Name' });
    await expect(names(page)).resolves.toEqual(byName);
  });

  it('reads without the script, in rank order, and prints without its controls', async () => {
    await open('index.html', 1280);
    const ranked = await names(page);
    const noScript = readFileSync(path.join(site, 'index.html'), 'utf8').replace(/<script>[\s\S]*?<\/script>/, '');
    await page.setContent(noScript, { waitUntil: 'load' });
    await expect(names(page)).resolves.toEqual(ranked);
    await expect(page.locator('thead th button').count()).resolves.toBe(0);
    await open('index.html', 1280);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('label.sorter').isVisible()).resolves.toBe(false);
    await expect(page.locator('table.grid').isVisible()).resolves.toBe(true);
    await page.emulateMedia({ media: 'screen' });
  });

  it('a programme too wide for the screen scrolls in its own box, tooltips and all, and the page does not', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    const report = wideReport(8, 5, 4);
    await page.setContent(render(report, 'html'), { waitUntil: 'load' });
    await expect(page.locator('table.grid thead th.clause').count()).resolves.toBe(40);
    await expect(page.locator('.table-wrap.scrolls').count()).resolves.toBe(1);
    await expect(page.evaluate('document.documentElement.scrollWidth')).resolves.toBeLessThanOrEqual(1280);
    const cell = page.locator('tbody tr').last().locator('td.cell').first();
    await cell.focus();
    await expect(shown(page, `#${await cell.getAttribute('aria-describedby')}`)).resolves.toBe(true);
  });

  it('escapes hostile text: the grid renders and no markup from the data survives', async () => {
    const report = hostileReport();
    await open('index.html', 1280);
    await page.setContent(render(report, 'html'), { waitUntil: 'load' });
    await expect(page.locator('table.grid tbody tr').count()).resolves.toBe(report.candidates.length);
    await expect(page.locator('table.grid tbody tr').first().locator('td.cell').count()).resolves.toBe(3);
    await expect(page.locator('.programme li').count()).resolves.toBe(report.programme.clauses.length);
    // One script: the page's own sorting; none came from the data.
    await expect(page.locator('script').count()).resolves.toBe(1);
    await expect(page.locator('tbody th.name').allTextContents()).resolves.toContain('=HYPERLINK("x")|<script>');
  });

  it('shows a cell’s evidence on hover, in plain words', async () => {
    await page.setContent(render(hostileReport(), 'html'), { waitUntil: 'load' });
    const cell = page.locator('td.cell.review').first();
    const tip = page.locator(`#${await cell.getAttribute('aria-describedby')}`);
    await expect(tip.isVisible()).resolves.toBe(false);
    await cell.hover();
    await expect(tip.isVisible()).resolves.toBe(true);
    await expect(shown(page, `#${await cell.getAttribute('aria-describedby')}`)).resolves.toBe(true);
    await expect(tip.textContent()).resolves.toContain('in their words:');
    await expect(tip.textContent()).resolves.toContain('=SUM(1|2) <script>alert("x")</script>');
    await expect(tip.textContent()).resolves.toContain('line 7');
    await expect(tip.textContent()).resolves.not.toContain('confidence');
    await page.mouse.move(0, 0);
    await expect(tip.isVisible()).resolves.toBe(false);
    // Focus keeps the tooltip open while the page is captured (a full-page capture moves the pointer away).
    await cell.focus();
    await page.screenshot({ path: path.join(SHOTS, 'hostile-tooltip.png'), fullPage: true });
  });

  it('reaches every cell with the keyboard and shows its tooltip on focus', async () => {
    const report = hostileReport();
    await page.setContent(render(report, 'html'), { waitUntil: 'load' });
    const cells = page.locator('td.cell');
    const seen: string[] = [];
    await page.locator('body').click({ position: { x: 1, y: 1 } });
    while (seen.length < report.candidates.length * 3) {
      await page.keyboard.press('Tab');
      const focused = page.locator(':focus');
      if (!(await focused.getAttribute('class'))?.includes('cell')) continue; // the sorting buttons and links
      const tip = (await focused.getAttribute('aria-describedby'))!;
      await expect(page.locator(`#${tip}`).isVisible()).resolves.toBe(true);
      await expect(shown(page, `#${tip}`), tip).resolves.toBe(true);
      seen.push(tip);
      if (seen.length > 50) break;
    }
    expect(new Set(seen).size).toBe(await cells.count());
  });

  // In the same browser: the record page of the bundled example.
  it('the record page: a grid row per member, the illustration marked, pledge beside record, no requests', async () => {
    const report = reportOf('example');
    const record = requireRecord({ pledges: 'pledges.yaml', data: 'data', cwd: ROOT }, requireInputs({ pledges: 'pledges.yaml', data: 'data', cwd: ROOT }).programme, report)!;
    await page.setContent(renderRecord(record, 'html'), { waitUntil: 'load' });
    await expect(page.locator('table.grid tbody tr').count()).resolves.toBe(record.members.length);
    await expect(page.locator('header .illustration').isVisible()).resolves.toBe(true);
    const alec = page.locator('section.member', { has: page.locator('h2', { hasText: 'Alec Price' }) });
    const row = alec.locator('table.side tbody tr', { hasText: '3e Fair disciplinary procedures' });
    await expect(row.locator('td.pledge').innerText()).resolves.toContain('agrees with qualifications');
    await expect(row.locator('td.record .chip').innerText()).resolves.toBe('✘ broken');
    await expect(row.locator('td.record .fact').first().innerText()).resolves.toContain('illustration');
    await page.locator('table.grid a', { hasText: 'Peter Willsman' }).click();
    await expect(page.evaluate('location.hash')).resolves.toBe('#peter-willsman');
    await expect(page.locator('script').count()).resolves.toBe(0);
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SHOTS, 'record.png'), fullPage: true });
    expect(requests).toEqual([]);
  });
});

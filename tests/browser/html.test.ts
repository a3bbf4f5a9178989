// The HTML page in a real browser (headless Chromium from Debian's package, driven by playwright-core):
// the grid renders and a cell's evidence shows on hover and on keyboard focus.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { render } from '../../src/render/index.js';
import { hostileReport, reportOf, ROOT } from '../helpers/pledgecard.js';
import { requireInputs, requireRecord } from '../../src/pipeline.js';
import { renderRecord } from '../../src/render/record/index.js';

const CHROMIUM = '/usr/bin/chromium';
// Screenshots are for people to look at (a CI artefact), not compared: kept outside the repository.
const SHOTS = process.env.PLEDGECARD_SCREENSHOTS ?? path.join(tmpdir(), 'pledgecard-screenshots');
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

// Skipped only on a developer machine without Chromium; in CI a missing browser is a failure.
const available = existsSync(CHROMIUM);
if (!available && !process.env.CI) {
  console.warn(`skipping the browser test: ${CHROMIUM} not found (apt-get install -y chromium); it always runs when CI is set`);
}

describe.skipIf(!available && !process.env.CI)('html in Chromium', () => {
  let profile: string;
  let context: BrowserContext;
  let browser: Browser | undefined;
  let page: Page;
  const requests: string[] = [];

  beforeAll(async () => {
    profile = mkdtempSync(path.join(tmpdir(), 'pledgecard-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      args: ARGS,
      headless: true,
      viewport: { width: 1100, height: 800 },
    });
    browser = context.browser() ?? undefined;
    page = context.pages()[0] ?? (await context.newPage());
    page.on('request', (r) => {
      if (!r.url().startsWith('data:') && r.url() !== 'about:blank') requests.push(r.url());
    });
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it('renders the grid: a row per candidate, a cell per leaf clause, the legend and the programme', async () => {
    const report = hostileReport();
    await page.setContent(render(report, 'html'), { waitUntil: 'load' });
    const rows = page.locator('table.grid tbody tr');
    await expect(rows.count()).resolves.toBe(report.candidates.length);
    await expect(page.locator('table.grid tbody tr').first().locator('td.cell').count()).resolves.toBe(3);
    await expect(page.locator('.legend li').count()).resolves.toBe(5);
    await expect(page.locator('.programme li').count()).resolves.toBe(report.programme.clauses.length);
    // The hostile name shows as text: no script element came from the data.
    await expect(page.locator('script').count()).resolves.toBe(0);
    await expect(page.locator('tbody th.name').allTextContents()).resolves.toContain('=HYPERLINK("x")|<script>');
    expect(requests).toEqual([]);
  });

  it('shows a cell’s evidence on hover', async () => {
    await page.setContent(render(hostileReport(), 'html'), { waitUntil: 'load' });
    const cell = page.locator('td.cell.review').first();
    const tip = page.locator(`#${await cell.getAttribute('aria-describedby')}`);
    await expect(tip.isVisible()).resolves.toBe(false);
    await cell.hover();
    await expect(tip.isVisible()).resolves.toBe(true);
    await expect(tip.textContent()).resolves.toContain('=SUM(1|2) <script>alert("x")</script>');
    await expect(tip.textContent()).resolves.toContain('line 7');
    await page.mouse.move(0, 0);
    await expect(tip.isVisible()).resolves.toBe(false);
  });

  it('reaches every cell with the keyboard and shows its tooltip on focus', async () => {
    const report = hostileReport();
    await page.setContent(render(report, 'html'), { waitUntil: 'load' });
    await page.locator('body').click({ position: { x: 1, y: 1 } });
    const seen: string[] = [];
    for (let i = 0; i < report.candidates.length * 3; i++) {
      await page.keyboard.press('Tab');
      const focused = page.locator(':focus');
      await expect(focused.getAttribute('class')).resolves.toContain('cell');
      const tip = (await focused.getAttribute('aria-describedby'))!;
      await expect(page.locator(`#${tip}`).isVisible()).resolves.toBe(true);
      seen.push(tip);
    }
    expect(new Set(seen).size).toBe(report.candidates.length * 3);
  });

  it('looks right: screenshot of the example with a tooltip open', async () => {
    await page.setContent(render(reportOf('example'), 'html', { sources: { programme: 'pledges.yaml', data: 'data' } }), {
      waitUntil: 'load',
    });
    await page.locator('td.cell').nth(4).focus();
    mkdirSync(SHOTS, { recursive: true });
    const shot = path.join(SHOTS, 'example.png');
    await page.screenshot({ path: shot, fullPage: true });
    expect(existsSync(shot)).toBe(true);
    await page.setContent(render(hostileReport(), 'html'), { waitUntil: 'load' });
    await page.locator('td.cell.review').first().hover();
    await page.screenshot({ path: path.join(SHOTS, 'hostile.png'), fullPage: true });
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

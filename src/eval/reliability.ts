// A reliability diagram as an SVG: for each band of stated probability, how often the rulings in it were right. A
// calibrated parser's bars reach the diagonal; bars below it are overconfident, above it underconfident.
import type { Metrics } from './metrics.js';

const W = 480;
const H = 360;
const M = { left: 56, right: 16, top: 44, bottom: 48 };

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The diagram for one set of rulings, titled, with a line saying which rulings they are. */
export function reliabilitySvg(title: string, subtitle: string, m: Metrics): string {
  const pw = W - M.left - M.right;
  const ph = H - M.top - M.bottom;
  const x = (p: number): number => M.left + p * pw;
  const y = (p: number): number => M.top + (1 - p) * ph;
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="11">`);
  out.push(`<rect width="${W}" height="${H}" fill="#fff"/>`);
  out.push(`<text x="${W / 2}" y="18" text-anchor="middle" font-size="13" font-weight="bold">${escape(title)}</text>`);
  out.push(`<text x="${W / 2}" y="32" text-anchor="middle" fill="#555">${escape(subtitle)}: ${m.total} rulings · ECE ${m.ece.toFixed(3)} · accuracy ${(m.accuracy * 100).toFixed(1)}%</text>`);
  for (let t = 0; t <= 10; t += 2) {
    const p = t / 10;
    out.push(`<line x1="${x(0)}" y1="${y(p)}" x2="${x(1)}" y2="${y(p)}" stroke="#eee"/>`);
    out.push(`<text x="${x(0) - 6}" y="${y(p) + 4}" text-anchor="end">${p.toFixed(1)}</text>`);
    out.push(`<text x="${x(p)}" y="${y(0) + 16}" text-anchor="middle">${p.toFixed(1)}</text>`);
  }
  for (const b of m.bins) {
    const bw = (b.to - b.from) * pw;
    out.push(`<rect x="${x(b.from) + 2}" y="${y(b.accuracy)}" width="${bw - 4}" height="${y(0) - y(b.accuracy)}" fill="#4a7ab5"><title>${b.from.toFixed(1)}–${b.to.toFixed(1)}: ${b.count} rulings, ${(b.accuracy * 100).toFixed(1)}% right at mean probability ${b.confidence.toFixed(2)}</title></rect>`);
    out.push(`<circle cx="${x(b.confidence)}" cy="${y(b.confidence)}" r="3" fill="#c0392b"/>`);
    out.push(`<text x="${x(b.from) + bw / 2}" y="${y(b.accuracy) - 4}" text-anchor="middle" fill="#333" font-size="9">${b.count}</text>`);
  }
  out.push(`<line x1="${x(0)}" y1="${y(0)}" x2="${x(1)}" y2="${y(1)}" stroke="#c0392b" stroke-dasharray="4 3"/>`);
  out.push(`<line x1="${x(0)}" y1="${y(0)}" x2="${x(1)}" y2="${y(0)}" stroke="#333"/><line x1="${x(0)}" y1="${y(0)}" x2="${x(0)}" y2="${y(1)}" stroke="#333"/>`);
  out.push(`<text x="${W / 2}" y="${H - 10}" text-anchor="middle">stated probability of the ruling</text>`);
  out.push(`<text transform="translate(14 ${M.top + ph / 2}) rotate(-90)" text-anchor="middle">share right</text>`);
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}

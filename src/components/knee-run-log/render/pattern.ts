import { html, nothing, svg } from 'lit';
import { heading } from '../../../internal/heading.js';
import { bars, CHART_RUNS, PLOT, slotCentre, yOf } from '../chart.js';
import type { KneeRun } from '../meta.js';
import { RATINGS, sameOrBetter } from '../runs.js';
import type { RunLogView } from './view.js';

/** The clinic's reference line: its rating (0–10) and its words, or none. */
export interface Limit {
  value?: number;
  label?: string;
}

/** The chart of the last runs given (at most 10), with its key and the clinic's line. */
function chart(v: RunLogView, runs: KneeRun[], limit: Limit) {
  const s = v.s;
  const at = limit.value;
  const label = limit.label || (at === undefined ? '' : s.limitLabel(at));
  const name =
    s.chart(runs.length, v.day(runs[0].date), v.day(runs.at(-1)!.date)) +
    (at === undefined ? '' : s.chartLimit(label, at));
  const line = (cls: string, n: number) =>
    svg`<line part=${cls === 'limit' ? 'limit-line' : nothing} class=${cls} x1="${PLOT.left}%" x2="100%" y1="${yOf(n)}%" y2="${yOf(n)}%" />`;
  const text = (x: number, y: number, t: unknown, cls = '') =>
    svg`<text class="axis ${cls}" x="${x}%" y="${y}%" dy=".35em" text-anchor=${cls ? 'middle' : 'end'}>${t}</text>`;
  const key = (shape: unknown, t: string, cls = '') =>
    html`<li class=${cls}><svg class="swatch">${shape}</svg>${t}</li>`;
  return html`<figure>
    <svg part="chart" role="img" aria-label=${name} class="chart">
      <pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect class="s1" width="6" height="6" /><line class="hatch" y2="6" />
      </pattern>
      ${[0, 5, 10].map((n) => svg`${line('grid', n)}${text(PLOT.left - 1, yOf(n), n)}`)}
      ${runs.map((r, i) => text(slotCentre(i), PLOT.bottom + 8, v.day(r.date, true), i % 2 ? 'odd' : 'even'))}
      ${bars(runs).map(
        (b) =>
          svg`<rect class="bar s${RATINGS.indexOf(b.field)}" x="${b.x}%" y="${b.y}%" width="${b.width}%" height="${b.height}%" data-date=${b.run.date} data-value=${b.value}
          ><title>${v.day(b.run.date)}, ${s.series[b.field]}: ${b.value}</title></rect
        >`,
      )}
      ${at === undefined ? nothing : line('limit', at)}
    </svg>
    <ul part="legend" class="legend" aria-hidden="true">
      ${RATINGS.map((f, i) => key(svg`<rect class="bar s${i}" x="1" y="1" width="16" height="16" />`, s.series[f]))}
      ${at === undefined ? nothing : key(svg`<line class="limit" x2="18" y1="9" y2="9" />`, label, 'limit-label')}
    </ul>
  </figure>`;
}

/** "The pattern": a sentence that only describes the person's own numbers, the clinic's guidance, and the chart. */
export function patternSection(v: RunLogView, runs: KneeRun[], limit: Limit) {
  const s = v.s;
  const [dayK, dayN] = sameOrBetter(runs, 'dayAfter');
  const [twoK, twoN] = sameOrBetter(runs, 'twoDaysAfter');
  return html`<section aria-labelledby="pattern">
    ${heading(v.level, 'pattern', 'section-heading', s.patternHeading)}
    <p part="pattern">${dayN ? s.patternDayAfter(dayN, dayK) : s.noPattern} ${twoN ? s.patternTwoDays(twoN, twoK) : nothing}</p>
    <slot name="guidance"></slot>
    ${runs.length ? chart(v, runs.slice(-CHART_RUNS), limit) : nothing}
  </section>`;
}

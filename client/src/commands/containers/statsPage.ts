/**
 * The Show Stats webview's page: two plots (CPU, memory) as inline SVG, coloured by the theme's
 * chart colours, and a small script that copies each StatsChart the extension posts into them and
 * answers with how many samples it drew. Nothing is loaded from anywhere: the Content-Security-
 * Policy allows only this page's own style and script, by nonce.
 */
import { randomBytes } from 'node:crypto';
import { PLOT, type StatsChart } from './statsSeries';

/** Extension → webview. */
export interface ChartMessage {
  type: 'chart';
  chart: StatsChart;
  /** "Live", or why the figures stopped. */
  status: string;
}

/** Webview → extension: `ready` when (re)loaded, `drawn` after each chart. */
export type PageMessage = { type: 'ready' } | { type: 'drawn'; samples: number };

export function newNonce(): string {
  return randomBytes(18).toString('base64');
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const STYLE = `
  body { padding: 12px 20px; }
  h1 { font-size: 1.3em; font-weight: 600; margin: 0 0 2px; }
  #status { margin: 0 0 16px; color: var(--vscode-descriptionForeground); }
  section { margin-bottom: 20px; max-width: 900px; }
  .head { display: flex; gap: 12px; align-items: baseline; margin-bottom: 4px; }
  .name { font-weight: 600; }
  .now { font-size: 1.2em; font-variant-numeric: tabular-nums; }
  .note { color: var(--vscode-descriptionForeground); font-variant-numeric: tabular-nums; }
  .plot { display: grid; grid-template-columns: 4.5em 1fr; column-gap: 6px; }
  .axis { display: flex; flex-direction: column; justify-content: space-between; text-align: right;
    color: var(--vscode-descriptionForeground); font-size: 0.9em; font-variant-numeric: tabular-nums; }
  svg { width: 100%; height: ${PLOT.height}px; border-left: 1px solid var(--vscode-editorWidget-border, var(--vscode-panel-border));
    border-bottom: 1px solid var(--vscode-editorWidget-border, var(--vscode-panel-border)); }
  .grid { stroke: var(--vscode-editorWidget-border, var(--vscode-panel-border)); stroke-dasharray: 2 4; }
  .line { fill: none; stroke-width: 1.5; stroke-linejoin: round; }
  .area { stroke: none; opacity: 0.18; }
  .grid, .line, .limit { vector-effect: non-scaling-stroke; }
  #cpu .line { stroke: var(--vscode-charts-blue); } #cpu .area { fill: var(--vscode-charts-blue); }
  #memory .line { stroke: var(--vscode-charts-purple); } #memory .area { fill: var(--vscode-charts-purple); }
  .limit { stroke: var(--vscode-charts-red); stroke-dasharray: 6 4; }
  .time { display: flex; justify-content: space-between; margin-left: calc(4.5em + 6px);
    color: var(--vscode-descriptionForeground); font-size: 0.9em; }
`;

/** Runs in the webview; plain JavaScript, no imports. Text goes in as textContent, never as markup. */
const SCRIPT = `
  const vscode = acquireVsCodeApi();
  const element = (id) => document.getElementById(id);
  function fill(key, series) {
    element(key + '-line').setAttribute('points', series.line);
    element(key + '-area').setAttribute('d', series.area);
    element(key + '-top').textContent = series.axisTop;
    element(key + '-now').textContent = series.current ?? '–';
    element(key + '-peak').textContent = series.peak ? 'peak ' + series.peak : '';
    const limit = element(key + '-limit');
    if (!limit) return;
    limit.setAttribute('visibility', series.limitY === undefined ? 'hidden' : 'visible');
    if (series.limitY !== undefined) {
      limit.setAttribute('y1', series.limitY);
      limit.setAttribute('y2', series.limitY);
    }
  }
  window.addEventListener('message', (event) => {
    const message = event.data;
    if (!message || message.type !== 'chart') return;
    fill('cpu', message.chart.cpu);
    fill('memory', message.chart.memory);
    element('memory-of').textContent = message.chart.memoryLimit ? 'limit ' + message.chart.memoryLimit : '';
    element('status').textContent = message.status;
    vscode.postMessage({ type: 'drawn', samples: message.chart.samples });
  });
  vscode.postMessage({ type: 'ready' });
`;

function plotSection(key: 'cpu' | 'memory', name: string, windowLabel: string): string {
  const { width, height } = PLOT;
  const grid = [0.25, 0.5, 0.75].map((f) => `M0,${height * f} H${width}`).join(' ');
  const limit = key === 'memory' ? `<line class="limit" id="memory-limit" x1="0" x2="${width}" y1="0" y2="0" visibility="hidden"/>` : '';
  const extra = key === 'memory' ? '<span class="note" id="memory-of"></span>' : '';
  return `<section id="${key}">
  <div class="head"><span class="name">${name}</span><span class="now" id="${key}-now">–</span>${extra}<span class="note" id="${key}-peak"></span></div>
  <div class="plot">
    <div class="axis"><span id="${key}-top"></span><span>0</span></div>
    <svg viewBox="0 0 ${width} ${height}" preserveAspectRatio="none" role="img" aria-label="${name} over the last ${windowLabel}">
      <path class="grid" d="${grid}"/><path class="area" id="${key}-area" d=""/><polyline class="line" id="${key}-line" points=""/>${limit}
    </svg>
  </div>
  <div class="time"><span>${windowLabel} ago</span><span>now</span></div>
</section>`;
}

/** The whole page for container `name`; `nonce` must be new for each page. */
export function statsPage(name: string, nonce: string, windowLabel: string): string {
  const csp = `default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}';`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${escapeHtml(name)} stats</title>
<style nonce="${nonce}">${STYLE}</style>
</head>
<body>
<h1>${escapeHtml(name)}</h1>
<p id="status">Waiting for the first sample…</p>
${plotSection('cpu', 'CPU', windowLabel)}
${plotSection('memory', 'Memory', windowLabel)}
<script nonce="${nonce}">${SCRIPT}</script>
</body>
</html>`;
}

// `npm run size`, second half: what a page downloads from the CDN folder to show each widget,
// measured in Chromium (test/scripts/page-bytes.mjs), against the budgets in
// packages/sammen/widgets.mjs. Exits 1 when the autoloader, a widget's page or the page with every
// widget is over its budget — for a widget with a `sizeCeiling`, over that ceiling (the issue's
// `sizeLimit` not reached yet is printed, not hidden) — or a page opening a widget's document
// (`documentAttribute`) is over its `storedCeiling`.
import { ALL_WIDGETS_BUDGET, AUTOLOADER_BUDGET, budgetBytes, measureCdnFolder, report, sum } from './page-bytes.mjs';
import { ownBytes, ownReport } from './widget-own-bytes.mjs';

const measured = await measureCdnFolder();
process.stdout.write(`${report(measured)}\n`);
const problems = [];
if (measured.autoloader > budgetBytes(AUTOLOADER_BUDGET)) problems.push(`sammen.js is over ${AUTOLOADER_BUDGET}`);
for (const { widget, js, errors } of measured.perWidget) {
  const bytes = sum(js);
  if (errors.length) problems.push(`<${widget.tag}> page: ${errors.join('; ')}`);
  if (bytes > budgetBytes(widget.sizeCeiling ?? widget.sizeLimit)) problems.push(`<${widget.tag}> page is over ${widget.sizeCeiling ?? widget.sizeLimit}`);
  else if (bytes > budgetBytes(widget.sizeLimit)) process.stdout.write(`NOT YET: <${widget.tag}> page is ${bytes} bytes, over the issue's ${widget.sizeLimit} (ceiling ${widget.sizeCeiling})\n`);
}
for (const { widget, js, errors } of measured.stored) {
  if (errors.length) problems.push(`<${widget.tag} ${widget.documentAttribute}> page: ${errors.join('; ')}`);
  if (sum(js) > budgetBytes(widget.storedCeiling)) problems.push(`<${widget.tag} ${widget.documentAttribute}> page is over ${widget.storedCeiling}`);
}
// A widget's own code beyond the shared chunks, where it has a budget of its own (`ownLimit`).
for (const widget of measured.perWidget.map((page) => page.widget).filter((widget) => widget.ownLimit)) {
  const own = ownBytes(measured, widget);
  process.stdout.write(`${ownReport(widget, own)}\n`);
  const bytes = sum(own.own);
  if (bytes > budgetBytes(widget.ownCeiling ?? widget.ownLimit)) problems.push(`<${widget.tag}>'s own code is over ${widget.ownCeiling ?? widget.ownLimit}`);
  else if (bytes > budgetBytes(widget.ownLimit)) process.stdout.write(`NOT YET: <${widget.tag}>'s own code is ${bytes} bytes, over the issue's ${widget.ownLimit} (ceiling ${widget.ownCeiling})\n`);
}
if (sum(measured.all.js) > budgetBytes(ALL_WIDGETS_BUDGET)) problems.push(`the page with every widget is over ${ALL_WIDGETS_BUDGET}`);
for (const problem of problems) process.stderr.write(`Over budget: ${problem}\n`);
process.exit(problems.length ? 1 : 0);

/**
 * Document benchmark (step 6.3). Prints figures; not a test. Run: `npm run bench:documents`
 * (`npx tsx bench/documents.ts`). BENCH_RUNS sets the runs per document (default 20); BENCH_OUT
 * names a directory to write the four documents to, for looking at them.
 *
 * A programme is filled through all six steps (the fixture of tests/api/documents.test.ts: every
 * worksheet, candidates with APEASE and plans, actions, three surveys with 78 answers, KPIs with
 * measurements, check-ins, communication and anchoring) in an in-memory PGlite. Then each of the
 * four documents is generated N times the way the download route does it: read the programme's
 * data, build the document (charts included), render DOCX or PDF. Median and p95 of the whole,
 * and of each part, are printed and written to bench/documents.md.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { DOCUMENT_FORMATS, type DocumentFormat } from '#server/export/formats.js';
import type { SessionActor } from '#server/context.js';
import { finalReportDocument } from '#server/modules/reports/final-report.js';
import { planDocument } from '#server/modules/reports/plan.js';
import type { DocumentKind } from '#server/modules/reports/service.js';
import { fillProgramme } from '../tests/api/full-programme.js';
import { startTestApp } from '../tests/api/harness.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const WARM_UP = 3;
const BUILD = { plan: planDocument, report: finalReportDocument } as const;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;
const fixed = (n: number) => n.toFixed(1);

interface Row {
  document: string;
  total: number[];
  read: number[];
  build: number[];
  render: number[];
  bytes: number;
  pages: string;
}

async function main() {
  const t = await startTestApp();
  try {
    const org = await t.organisation('Zorggroep Benchmark');
    const filling = process.hrtime.bigint();
    const { id } = await fillProgramme(t, org);
    console.log(`filled the programme in ${fixed(ms(filling))} ms`);
    const actor: SessionActor = {
      userId: org.userIds.viewer,
      organisationId: org.id,
      roles: ['viewer'],
      name: 'viewer',
      email: org.emails.viewer,
      locale: 'nl',
      sessionId: '',
      csrfToken: '',
    };
    const reports = t.services.reports;

    const rows: Row[] = [];
    for (const kind of ['plan', 'report'] as DocumentKind[]) {
      for (const format of ['docx', 'pdf'] as DocumentFormat[]) {
        const row: Row = { document: `${kind}.${format}`, total: [], read: [], build: [], render: [], bytes: 0, pages: '' };
        for (let run = 0; run < WARM_UP + RUNS; run++) {
          const start = process.hrtime.bigint();
          const data = await reports.data(actor, id);
          const read = ms(start);
          const built = process.hrtime.bigint();
          const document = BUILD[kind](data, 'nl');
          const build = ms(built);
          const rendering = process.hrtime.bigint();
          const bytes = await DOCUMENT_FORMATS[format].render(document);
          const render = ms(rendering);
          if (run < WARM_UP) continue;
          row.total.push(ms(start));
          row.read.push(read);
          row.build.push(build);
          row.render.push(render);
          row.bytes = bytes.length;
          if (run === WARM_UP) {
            const images = document.blocks.filter((b) => b.kind === 'image').length;
            row.pages = `${document.blocks.length} blocks, ${images} charts`;
            if (process.env.BENCH_OUT) {
              await mkdir(process.env.BENCH_OUT, { recursive: true });
              await writeFile(join(process.env.BENCH_OUT, row.document), bytes);
            }
          }
        }
        rows.push(row);
      }
    }

    const median = (xs: number[]) =>
      percentile(
        [...xs].sort((a, b) => a - b),
        50,
      );
    const p95 = (xs: number[]) =>
      percentile(
        [...xs].sort((a, b) => a - b),
        95,
      );
    const table = [
      '| document | median ms | p95 ms | read data (median) | build incl. charts (median) | render (median) | size | content |',
      '|---|---|---|---|---|---|---|---|',
      ...rows.map(
        (r) =>
          `| ${r.document} | ${fixed(median(r.total))} | ${fixed(p95(r.total))} | ${fixed(median(r.read))} | ${fixed(median(r.build))} | ${fixed(median(r.render))} | ${(r.bytes / 1024).toFixed(0)} KiB | ${r.pages} |`,
      ),
    ].join('\n');
    console.log(`\n${table}\n`);

    const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.versions.node}, PGlite in memory`;
    await writeFile(
      new URL('./documents.md', import.meta.url),
      `# Documents benchmark (step 6.3)

\`npm run bench:documents\` (\`BENCH_RUNS\` runs per document, default 20, after ${WARM_UP} warm-up runs).

A programme filled through all six steps (the fixture of \`tests/api/documents.test.ts\`): every
worksheet of steps 1–3, two candidates with APEASE ratings, a decision and a plan, three actions,
a baseline survey (36 answers) with two follow-ups (40 and 2 answers), three KPIs (one fed by the
surveys) with measurements, two check-ins, two communication items, two anchoring items and the
notes of 6.3. Each document is generated the way the download route does it: read the data (one
read of the tables plus the KPI and effect figures of the measurement module), build the document
model (rasterising the charts to PNG), render DOCX or PDF. Times are per document, in Dutch.

## Figures (${new Date().toISOString().slice(0, 10)}, ${machine}, ${RUNS} runs each)

${table}

Notes:
- The plan van aanpak has no charts (it comes before the results); the final report has one line
  chart per measured KPI and one interval chart per effect comparison, each rasterised at 2 pixels
  per point with resvg. Rasterising is most of "build" for the report.
- Reading the data is the same for all four documents; it includes computing the effect per COM-B
  factor from the survey tallies.
`,
    );
    console.log('written to bench/documents.md');
  } finally {
    await t.close();
  }
}

await main();

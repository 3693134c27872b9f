// An import report in words, one line each: for the command line's stderr and the explorer's
// import report alike.
import type { ImportReport } from './importTables.ts';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function importSummary(report: ImportReport): string[] {
  const lines = [
    `${report.format}: ${plural(report.nodes, 'node')}, ${plural(report.flows, 'flow')} imported; ${plural(report.refused.length, 'row')} refused`,
  ];
  for (const t of report.tables) {
    const mapped = t.columns
      .filter((c) => c.field !== null)
      .map((c) => (c.field?.id === c.column ? c.column : `${c.column} → ${c.field?.id ?? ''}`));
    const ignored = t.columns.filter((c) => c.field === null);
    lines.push(
      `${t.table}: columns used: ${mapped.join(', ') || 'none'}${
        ignored.length === 0
          ? ''
          : `; ignored: ${ignored.map((c) => `${c.column || '(unnamed)'} (${c.reason ?? ''})`).join(', ')}`
      }`,
    );
  }
  for (const r of report.refused) lines.push(`refused ${r.place}: ${r.reason}`);
  if (report.inferred.length > 0) {
    lines.push(
      `stage inferred for ${plural(report.inferred.length, 'node')}: ${report.inferred
        .map((i) => `${i.id} → ${i.stage} (${i.reason})`)
        .join('; ')}`,
    );
  }
  const unknown = report.unknownStages ?? [];
  if (unknown.length > 0) {
    lines.push(
      `stage values not known (read from the flows instead; map them to a stage to choose): ${unknown
        .map((u) => `"${u.text}" (${u.nodes.join(', ')})`)
        .join('; ')}`,
    );
  }
  lines.push(...report.notes);
  return lines;
}

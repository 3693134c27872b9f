// "Export dataset": the dataset as JSON, CSV files, an XLSX workbook, GEXF or GraphML (each reads
// back with "Open dataset…"), a zip for Neo4j, and the empty templates. Unsourced figures are
// exported as they are, and counted here.
import { strToU8, zipSync } from 'fflate';
import {
  datasetCsvFiles,
  datasetGexf,
  datasetGraphml,
  datasetJson,
  datasetXlsx,
} from '../../data/formats/exportDataset.ts';
import { neo4jZip } from '../../data/formats/neo4j.ts';
import { csvTemplates, xlsxTemplate } from '../../data/formats/templates.ts';
import type { Dataset } from '../../data/schema.ts';
import { unsourcedFigures } from '../../data/edits.ts';
import { saveFile } from './download.ts';
import { Modal } from '../kit/Modal.tsx';

const slug = (title: string) =>
  title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60) || 'dataset';

const zipOf = (files: Record<string, string>) =>
  zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)])));

export function ExportDialog({ dataset, onClose }: { dataset: Dataset; onClose: () => void }) {
  const base = slug(dataset.title);
  const unsourced = unsourcedFigures(dataset);
  const count = unsourced.nodes.length + unsourced.edges.length;
  const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  const items: { label: string; run: () => void | Promise<void> }[] = [
    {
      label: 'Dataset (JSON)',
      run: () => saveFile(`${base}.json`, datasetJson(dataset), 'application/json'),
    },
    {
      label: 'CSV files (zip)',
      run: () => saveFile(`${base}-csv.zip`, zipOf(datasetCsvFiles(dataset)), 'application/zip'),
    },
    {
      label: 'XLSX workbook',
      run: async () => saveFile(`${base}.xlsx`, await datasetXlsx(dataset), XLSX),
    },
    {
      label: 'GEXF (Gephi)',
      run: () => saveFile(`${base}.gexf`, datasetGexf(dataset), 'application/xml'),
    },
    {
      label: 'GraphML',
      run: () => saveFile(`${base}.graphml`, datasetGraphml(dataset), 'application/xml'),
    },
    {
      label: 'Export for Neo4j (zip)',
      run: () => saveFile(`${base}-neo4j.zip`, neo4jZip(dataset), 'application/zip'),
    },
    {
      label: 'Empty template (XLSX)',
      run: async () => saveFile('chokepoint-template.xlsx', await xlsxTemplate(), XLSX),
    },
    {
      label: 'Empty template (CSV, zip)',
      run: () => saveFile('chokepoint-template-csv.zip', zipOf(csvTemplates()), 'application/zip'),
    },
  ];
  return (
    <Modal title="Export dataset" onClose={onClose}>
      <p>
        Every format carries the sources, estimates and materials, and opens again with “Open
        dataset…”.
      </p>
      {count > 0 && (
        <p className="warning" role="note">
          {count} figure{count === 1 ? ' has' : 's have'} no source;{' '}
          {count === 1 ? 'it is' : 'they are'} exported with an empty sources field.
        </p>
      )}
      <ul className="download-list">
        {items.map((item) => (
          <li key={item.label}>
            <button type="button" onClick={() => void item.run()}>
              {item.label}
            </button>
          </li>
        ))}
      </ul>
    </Modal>
  );
}

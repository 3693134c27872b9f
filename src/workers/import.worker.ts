// Imports off the main thread: a 40 MB cell, a 100,000-node graph or a workbook being unpacked
// keeps this worker busy, never the page. The workbook is unzipped synchronously here
// (xlsxUnpack.ts), so no further worker is started, which the page's policy would block.
import '../security/zodJitless.ts';
import { expose } from 'comlink';
import { inPlaceImporter } from './importer.ts';

expose(inPlaceImporter);

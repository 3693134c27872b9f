import './security/zodJitless.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/shell/App.tsx';
import { createAppStore, type AppStore } from './state/store.ts';
import { AppStoreContext } from './state/useAppStore.ts';
import { createWorkerAnalysisClient } from './state/workerClients.ts';
import { loadBundledDataset } from './data/bundled.ts';
import { framedByOtherOrigin, renderFramingRefusal } from './security/framing.ts';
import { restoreAtStart } from './ui/documents/restore.ts';
import { readPageParams } from './ui/kit/pageParams.ts';
import './ui/shell/app.css';

const embed = readPageParams().embed;
const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');

/** After a reload the user is back in the document they had open (never in an embed). */
async function restore(store: AppStore): Promise<void> {
  if (!embed) await restoreAtStart(store);
}

if (!embed && framedByOtherOrigin()) {
  renderFramingRefusal(root, window.location.href);
} else {
  const store = createAppStore(loadBundledDataset(), undefined, {
    analysis: createWorkerAnalysisClient(),
    rangesAnalysis: createWorkerAnalysisClient(),
  });
  void restore(store).then(() =>
    createRoot(root).render(
      <StrictMode>
        <AppStoreContext.Provider value={store}>
          <App embed={embed} />
        </AppStoreContext.Provider>
      </StrictMode>,
    ),
  );
}

// A React 19 app as an npm user writes it: elements imported one by one,
// attributes, a `data` property and `onhw-…` event props, all type-checked
// with the JSX typings of `hohhot-widgets/react`.
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'hohhot-widgets/trade-breakdown.js';
import 'hohhot-widgets/strategy-checklist.js';
import { trade2024, type TradeDataset } from 'hohhot-widgets/data';
import type {} from 'hohhot-widgets/react';

/** The paper's trade figures with the first import raised to 36 (亿元): shows that `data` reached the element as a property. */
const revised: TradeDataset = structuredClone(trade2024);
revised.imports[0]!.value = 36;

function App() {
  const [view, setView] = useState('none yet');
  const [ticked, setTicked] = useState<string[]>([]);
  return (
    <main>
      <hohhot-trade-breakdown lang="en" flow="imports" view="table" data={revised} onhw-view-change={(e) => setView(e.detail.view)} />
      <p>
        Last view: <output id="last-view">{view}</output>
      </p>
      <strategy-checklist lang="en" storage-key="react-example" onhw-change={(e) => setTicked((t) => [...t, `${e.detail.id}:${e.detail.checked}`])} />
      <p>
        Ticked: <output id="ticked">{ticked.join(', ')}</output>
      </p>
    </main>
  );
}

// Not compiled into the app: what the typings refuse.
export function Refused() {
  return (
    <>
      {/* @ts-expect-error not a flow */}
      <hohhot-trade-breakdown flow="sideways" />
      {/* @ts-expect-error `data` is a TradeDataset */}
      <hohhot-trade-breakdown data={42} />
      {/* @ts-expect-error the detail of hw-view-change has no `city` */}
      <hohhot-trade-breakdown onhw-view-change={(e) => e.detail.city} />
    </>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

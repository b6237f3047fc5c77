// The four @sammen/react components in a React 19 root (no JSX build step needed here).
import { createElement as h, Fragment } from 'react';
import { createRoot } from 'react-dom/client';
import { SammenChangeModel, SammenPerspectiveTriangle, SammenReflectionDeck, SammenRelationMap } from '@sammen/react';

const onError = (event) => console.error(`sammen-error: ${event.detail.code} ${event.detail.message}`);
createRoot(document.getElementById('root')).render(
  h(
    Fragment,
    null,
    h('h1', null, 'Forældresamarbejde'),
    h(SammenReflectionDeck, { onError }),
    h(SammenPerspectiveTriangle, { onError }),
    h(SammenChangeModel, { onError }),
    h(SammenRelationMap, { onError }),
  ),
);

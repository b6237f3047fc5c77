// A page in nn (a page of its own: see support/lazy-part-locale.ts).
import { lazyPartLocaleSuite } from './support/lazy-part-locale.js';

lazyPartLocaleSuite('nn', 'da');

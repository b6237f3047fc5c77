// What is printed, with its styles: imported the first time printing is asked for (lazy-part.ts).
export { renderPrint } from './print-view.js';
export { printStyles as styles } from './print.styles.js';

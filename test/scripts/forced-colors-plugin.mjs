// A web-test-runner command that turns Windows high-contrast emulation (`forced-colors: active`)
// on or off for the test page through puppeteer. @web/test-runner-commands' emulateMedia takes a
// `forcedColors` option but its Chrome (puppeteer) path passes on only colour scheme and reduced
// motion, so a forced-colours test run through it tested the normal styles (found on 2026-12-02).
// Payload: {active: boolean}. Returns the page's own answer to the media query afterwards.
import { devtoolsOf } from './devtools-session.mjs';

export function forcedColorsPlugin() {
  return {
    name: 'sammen-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'forced-colors') return undefined;
      // Straight through the DevTools Protocol: puppeteer's emulateMediaFeatures refuses the feature's name.
      const { page, client } = await devtoolsOf(session, command);
      await client.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }] });
      return page.evaluate(() => matchMedia('(forced-colors: active)').matches);
    },
  };
}

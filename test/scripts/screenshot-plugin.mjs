// A web-test-runner command that screenshots a region of the test page through the Chrome
// DevTools Protocol and returns it as a base64 PNG, so a browser test can compare what a person
// sees (the focus-visible sweep: pixels of a control focused vs not). Identical pixels give
// identical PNG bytes, so comparing the strings compares the pixels.
// Payload: {x, y, width, height} in CSS pixels of the viewport.
import { devtoolsOf } from './devtools-session.mjs';

export function screenshotPlugin() {
  return {
    name: 'sammen-screenshot-region',
    async executeCommand({ command, payload, session }) {
      if (command !== 'screenshot-region') return undefined;
      const { client } = await devtoolsOf(session, command);
      const { x, y, width, height } = payload;
      const { data } = await client.send('Page.captureScreenshot', {
        format: 'png',
        clip: { x, y, width, height, scale: 1 },
        captureBeyondViewport: false,
        fromSurface: true,
      });
      return data;
    },
  };
}

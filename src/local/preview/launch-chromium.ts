import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";

/** Debian's Chromium, the one browser the project drives; .ci/run installs it when missing. */
export const CHROMIUM = "/usr/bin/chromium";

/**
 * Debian's headless Chromium, with the flags that keep it off this machine's closed network
 * (background networking, component updates, sync, QUIC). Missing → an error saying how to get it.
 */
export function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(`${CHROMIUM} is missing: install it with apt-get install chromium`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

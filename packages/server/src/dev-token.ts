/**
 * The bearer token `--dev` prints. The seam for the security layer: it replaces this with a
 * locally signed token (jose) that its authentication accepts. Until then the core server signs
 * nobody in and serves every request as the one local principal, so this only names that.
 */
export async function devToken(): Promise<string> {
  return 'local-dev-no-sign-in';
}

// The selected card in the URL hash (`sync-url`): `#sammen-card=<id>`, kept beside whatever else
// the host page keeps there (`#tab=2&sammen-card=x`). Pure string functions.

const KEY = 'sammen-card';

/** The card id in a location hash, or undefined. */
export function cardFromHash(hash: string): string | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const id = params.get(KEY);
  return id ? id : undefined;
}

/** The hash with the card id set (or removed when `id` is undefined), other entries kept. */
export function hashWithCard(hash: string, id: string | undefined): string {
  const raw = hash.replace(/^#/, '');
  // A plain anchor (`#top`) is not ours to parse: keep it and add ours after it.
  const isParams = raw === '' || raw.includes('=');
  const params = new URLSearchParams(isParams ? raw : '');
  if (id) params.set(KEY, id);
  else params.delete(KEY);
  const ours = params.toString();
  const kept = isParams ? ours : [raw, ours].filter(Boolean).join('&');
  return kept ? `#${kept}` : '';
}

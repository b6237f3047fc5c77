// Placeholders of a translation, put back as XLIFF elements (used by localize.mjs; tested on its own).

const escapeXml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The translation with each `${expr}` back as its source's `<x/>` element, in one pass: an
 * expression used twice (`${name} chose others who did not choose ${name} back`) has two elements,
 * and replacing expression by expression would find `${name}` again inside the first element's
 * equiv-text and nest markup, which lit-localize then printed as text (found from the outside).
 * @param {string} targetXml the translation, XML-escaped
 * @param {{element: string, expression: string}[]} placeholders the source's elements in order
 */
export function withPlaceholders(targetXml, placeholders) {
  if (!placeholders.length) return targetXml;
  const byExpression = new Map();
  for (const { element, expression } of placeholders) byExpression.set(escapeXml(expression), [...(byExpression.get(escapeXml(expression)) ?? []), element]);
  const used = new Map();
  const pattern = new RegExp([...byExpression.keys()].sort((a, b) => b.length - a.length).map((key) => key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
  return targetXml.replace(pattern, (match) => {
    const elements = byExpression.get(match);
    const at = used.get(match) ?? 0;
    used.set(match, at + 1);
    return elements[Math.min(at, elements.length - 1)];
  });
}

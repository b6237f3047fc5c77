// Saved versions of a stored model: copies kept in the same store under an id derived from the
// model's own (`<id>@v<time>`), because a store keeps one revision of each document.

const SEPARATOR = '@v';

/** The id of a version of `modelId` saved at `when`. */
export function versionId(modelId: string, when: Date): string {
  return `${modelId}${SEPARATOR}${when.toISOString().replace(/[-:.]/g, '')}`;
}

/** True when `id` names a saved version of `modelId` (and not another model or its versions). */
export function isVersionOf(id: string, modelId: string): boolean {
  return id.startsWith(`${modelId}${SEPARATOR}`) && /^\d{8}T\d{9}Z$/.test(id.slice(modelId.length + SEPARATOR.length));
}

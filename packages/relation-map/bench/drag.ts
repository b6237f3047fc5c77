// Frame time while dragging a person: filled in once the element exists (see layout.bench.ts).
export async function dragFrameTimes(): Promise<Record<string, number>> {
  return {};
}

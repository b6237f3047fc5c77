// A record (an object used as a map from ids to values) that says no where valibot's `record`
// silently looks away: valibot skips the keys `__proto__`, `constructor` and `prototype`
// (to avoid prototype pollution) and accepts an array as a record. A skipped key meant a note
// the UI showed as "saved" was dropped on save (issue 13.6); an accepted `[]` was a document the
// published JSON Schema refuses (issue 13.13). Here both are located issues.
import * as v from 'valibot';
import { _addIssue, type BaseIssue, type BaseSchema, type OutputDataset } from 'valibot';

/** Keys that name the prototype machinery of a JavaScript object; never a Sammen id. */
export const RESERVED_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

type Key = BaseSchema<string, string, BaseIssue<unknown>>;

/** A record keyed by `key` with `value`s, refusing arrays and reserved keys, with at most `maxEntries` entries. */
export function safeRecord<K extends Key, V extends v.GenericSchema>(key: K, value: V, maxEntries: number) {
  const base = v.record(key, value);
  const guarded: typeof base = {
    ...base,
    '~run'(dataset, config) {
      const input = dataset.value;
      if (Array.isArray(input)) {
        _addIssue(this, 'type', dataset, config);
        return dataset as unknown as OutputDataset<v.InferOutput<typeof base>, v.InferIssue<typeof base>>;
      }
      const reserved = input && typeof input === 'object' ? RESERVED_KEYS.filter((name) => Object.prototype.hasOwnProperty.call(input, name)) : [];
      const output = base['~run'].call(this, dataset, config);
      for (const name of reserved) {
        const keyDataset = this.key['~run']({ value: name }, config);
        const pathItem = { type: 'object', origin: 'key', input, key: name, value: (input as Record<string, unknown>)[name] } as const;
        if (!keyDataset.issues) _addIssue(this, 'key', output, config, { input: name, expected: 'an id', path: [pathItem as never] });
        for (const issue of keyDataset.issues ?? []) {
          (issue as { path?: unknown }).path = [pathItem];
          if (output.issues) (output.issues as unknown[]).push(issue);
          else (output as { issues?: unknown[] }).issues = [issue];
        }
        output.typed = false;
      }
      return output;
    },
  };
  return v.pipe(guarded, v.maxEntries(maxEntries));
}

// The people table's rows and their order: pure, so sorting is tested without a browser.
import type { Person, Tie } from '@sammen/sdk';

export type TableColumn = 'name' | 'kind' | 'chosenBy' | 'chooses' | 'mutual';
export interface TableSort {
  column: TableColumn;
  direction: 'ascending' | 'descending';
}

export interface PersonRow {
  person: Person;
  name: string;
  /** Ties pointing at the person (a mutual tie counts for both). */
  chosenBy: number;
  chooses: number;
  mutual: number;
}

export function personRows(people: readonly Person[], ties: readonly Tie[], nameOf: (id: string) => string): PersonRow[] {
  return people.map((person) => {
    let chosenBy = 0;
    let chooses = 0;
    let mutual = 0;
    for (const tie of ties) {
      const involved = tie.from === person.id || tie.to === person.id;
      if (!involved) continue;
      if (tie.direction === 'mutual') {
        mutual += 1;
        chosenBy += 1;
        chooses += 1;
      } else if (tie.to === person.id) chosenBy += 1;
      else chooses += 1;
    }
    return { person, name: nameOf(person.id), chosenBy, chooses, mutual };
  });
}

export function sortRows(rows: readonly PersonRow[], sort: TableSort, lang: string): PersonRow[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const collator = new Intl.Collator(lang);
  const value = (row: PersonRow): string | number =>
    sort.column === 'name' ? row.name : sort.column === 'kind' ? row.person.kind : row[sort.column];
  return [...rows].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
    return sign * order || collator.compare(a.name, b.name);
  });
}

/** The next sort after a click on `column`'s header: the same column flips, another starts ascending. */
export function nextSort(sort: TableSort, column: TableColumn): TableSort {
  if (sort.column !== column) return { column, direction: 'ascending' };
  return { column, direction: sort.direction === 'ascending' ? 'descending' : 'ascending' };
}

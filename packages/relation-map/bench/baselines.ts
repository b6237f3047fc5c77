// The layouts the widget's own is measured against, each as its documentation sets it up.
import cytoscape from 'cytoscape';
import { forceCenter, forceLink, forceManyBody, forceSimulation, type SimulationNodeDatum } from 'd3-force';
import type { Point } from '@sammen/core';
import type { Person, Tie } from '@sammen/sdk';

/** d3-force with its default settings, run until it stops (alpha below alphaMin: 300 ticks). */
export function d3DefaultLayout(people: readonly Pick<Person, 'id'>[], ties: readonly Pick<Tie, 'from' | 'to'>[]): Map<string, Point> {
  const nodes: (SimulationNodeDatum & { id: string })[] = people.map((person) => ({ id: person.id }));
  const simulation = forceSimulation(nodes)
    .force('link', forceLink(ties.map((tie) => ({ source: tie.from, target: tie.to }))).id((node) => (node as { id: string }).id))
    .force('charge', forceManyBody())
    .force('center', forceCenter())
    .stop();
  simulation.tick(Math.ceil(Math.log(simulation.alphaMin()) / Math.log(1 - simulation.alphaDecay())));
  return new Map(nodes.map((node) => [node.id, { x: node.x!, y: node.y! }]));
}

/** Cytoscape.js headless with its `cose` layout (defaults, no animation), from data to settled positions. */
export function cytoscapeCoseLayout(people: readonly Pick<Person, 'id'>[], ties: readonly Pick<Tie, 'from' | 'to'>[]): Map<string, Point> {
  const cy = cytoscape({
    headless: true,
    styleEnabled: false,
    elements: [
      ...people.map((person) => ({ data: { id: person.id } })),
      ...ties.map((tie, index) => ({ data: { id: `e${index}`, source: tie.from, target: tie.to } })),
    ],
  });
  // `animate: false` runs cose to the end synchronously inside run().
  cy.layout({ name: 'cose', animate: false }).run();
  const places = new Map(cy.nodes().map((node) => [node.id(), { ...node.position() }] as [string, Point]));
  cy.destroy();
  return places;
}

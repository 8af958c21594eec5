import type { KnowledgeBase } from './read.ts';

type Check = (kb: KnowledgeBase) => string[];

/** Every figure names an existing setup. */
export const figureSetups: Check = (kb) => {
  const setups = new Set(kb.setups.map((s) => s.id));
  return kb.claims.flatMap((c) =>
    c.figures
      .filter((f) => !setups.has(f.setup))
      .map((f) => `${c.id}: figure "${f.subject}" names setup "${f.setup}", which is not in content/setups`),
  );
};

/** A stated verdict cites an existing record of its own source, on an existing dimension, once per dimension. */
export const statedVerdicts: Check = (kb) => {
  const dimensions = new Set(kb.dimensions.map((d) => d.id));
  const claims = new Map(kb.claims.map((c) => [c.id, c]));
  const seen = new Set<string>();
  return kb.verdicts.flatMap((v) => {
    const errors: string[] = [];
    if (!dimensions.has(v.dimension)) errors.push(`${v.id}: dimension "${v.dimension}" does not exist`);
    const key = `${v.source}/${v.dimension}`;
    if (seen.has(key)) errors.push(`${v.id}: a second stated verdict of ${v.source} on "${v.dimension}"; keep one`);
    seen.add(key);
    if (v.claim !== undefined) {
      const claim = claims.get(v.claim);
      if (!claim) errors.push(`${v.id}: claim "${v.claim}" does not exist`);
      else if (claim.source !== v.source) errors.push(`${v.id}: claim "${v.claim}" belongs to ${claim.source}, not ${v.source}`);
    }
    if (v.table !== undefined) {
      const table = kb.tables.find((t) => t.id === v.table);
      if (!table) errors.push(`${v.id}: table "${v.table}" does not exist`);
      else if (table.source !== v.source) errors.push(`${v.id}: table "${v.table}" belongs to ${table.source}, not ${v.source}`);
      else if (!table.rows.some((r) => r.id === v.row)) errors.push(`${v.id}: table "${v.table}" has no row "${v.row}"`);
    }
    return errors;
  });
};

/** An assertion's claim is its own source's; its property exists and its value fits the property's kind. */
export const assertions: Check = (kb) => {
  const claims = new Map(kb.claims.map((c) => [c.id, c]));
  const properties = new Map(kb.properties.map((p) => [p.id, p]));
  return kb.assertions.flatMap((a) => {
    const errors: string[] = [];
    const claim = claims.get(a.claim);
    if (!claim) errors.push(`${a.id}: claim "${a.claim}" does not exist`);
    else if (claim.source !== a.source) errors.push(`${a.id}: claim "${a.claim}" belongs to ${claim.source}, not ${a.source}`);
    const property = properties.get(a.property);
    if (!property) return [...errors, `${a.id}: property "${a.property}" is not in content/properties`];
    const given = a.direction !== undefined ? 'direction' : a.amount !== undefined ? 'amount' : 'rating';
    if (given !== property.kind) errors.push(`${a.id}: property "${a.property}" takes a ${property.kind}, not a ${given}`);
    if (a.rating !== undefined && property.scale && !property.scale.includes(a.rating)) {
      errors.push(`${a.id}: rating "${a.rating}" is not on the scale of "${a.property}" (${property.scale.join(', ')})`);
    }
    return errors;
  });
};

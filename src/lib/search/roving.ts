/**
 * Where focus goes when a key is pressed in the results: -1 is the search field, 0…count-1 the result links.
 * ArrowDown and ArrowUp step (ArrowUp from the first result returns to the field), Home and End jump, only
 * inside the list. Undefined when the key does not move focus, so the browser keeps its own handling.
 */
export function nextIndex(key: string, current: number, count: number): number | undefined {
  if (count === 0) return undefined;
  switch (key) {
    case 'ArrowDown':
      return Math.min(current + 1, count - 1);
    case 'ArrowUp':
      return current < 0 ? undefined : current - 1;
    case 'Home':
      return current < 0 ? undefined : 0;
    case 'End':
      return current < 0 ? undefined : count - 1;
    default:
      return undefined;
  }
}

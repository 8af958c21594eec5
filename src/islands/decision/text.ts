/** Side names as shown. */
export const SIDE = { django: 'Django', node: 'Node.js' } as const;

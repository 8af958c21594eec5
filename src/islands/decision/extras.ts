// The parts of the calculator a reader opens or needs only now and then: "How this was scored" (points, each
// question's share, every rule's cited weights), "How much each answer matters" and the error summary and each source's answer in full. The server
// renders them for the build-time result; in the browser this chunk loads when one is opened or needed, which keeps
// the page's start-up JS within its budget.
export { Scored } from './Scored.tsx';
export { WeightsTable } from './WeightsTable.tsx';
export { Importance } from './Importance.tsx';
export { ErrorSummary } from './ErrorSummary.tsx';
export { Sources } from './Sources.tsx';
export { messageOf } from '../../lib/decision/url-state.ts';

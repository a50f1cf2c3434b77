import { ErrorState, LoadingState } from './query-state';

/**
 * While a query has no data: loading, or failed with a retry, or nothing.
 * Not in query-state.tsx: the home page loads that up front, and only the account page needs this.
 */
export function QueryFallback({ loading, error, onRetry }: { loading: boolean; error: unknown; onRetry: () => void }) {
  if (loading) return <LoadingState />;
  return error ? <ErrorState onRetry={onRetry} /> : null;
}

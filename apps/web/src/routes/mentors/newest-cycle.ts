import { WebMentorCycleDocument, type WebMentorCycleQuery } from '@yingcai/schema';
import { GraphQLRequestError, usePublicQuery } from '@yingcai/ui/public-query';

export type MentorCycle = WebMentorCycleQuery['cycle'];

/** The newest cycle: the directory shows its mentors and filters by its disciplines. */
export function useMentorCycle() {
  const query = usePublicQuery(WebMentorCycleDocument);
  const unpublished = query.error instanceof GraphQLRequestError && query.error.has('NOT_FOUND');
  return { ...query, cycle: query.data?.cycle, unpublished };
}

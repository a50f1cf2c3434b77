import { Field, InputType, Int } from 'type-graphql';
import { AppError } from './errors.js';

export const MAX_PAGE_SIZE = 100;

/** Every list is paged; a page holds at most 100 rows. */
export function checkPage(page: { page: number; pageSize: number } | null | undefined): { limit: number; offset: number } {
  const { page: number, pageSize } = page ?? { page: 1, pageSize: 20 };
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE || !Number.isInteger(number) || number < 1) {
    throw new AppError('BAD_USER_INPUT', `pageSize must be 1 to ${MAX_PAGE_SIZE} and page at least 1`);
  }
  return { limit: pageSize, offset: (number - 1) * pageSize };
}

@InputType()
export class PageInput {
  @Field(() => Int, { defaultValue: 1 })
  page!: number;

  @Field(() => Int, { defaultValue: 20, description: 'At most 100' })
  pageSize!: number;
}

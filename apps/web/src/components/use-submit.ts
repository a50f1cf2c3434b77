import { useState } from 'react';
import { failureReason, useDescribeFailure } from './failure';
import { hasErrors, type FieldErrors } from './form';

interface SubmitOptions {
  /** Success leaves the page: stay busy until it has gone, so the form is not sent twice. */
  navigates?: boolean;
  /** A second button's busy flag, for an action that shares the form's messages. */
  busy?: (busy: boolean) => void;
}

/**
 * A form's messages and busy flag. `submit` shows the fields' messages and stops there if any,
 * else runs `send`, showing why it failed: `failure` the sentence, `reason` the API's word.
 */
export function useSubmit<K extends string = never>() {
  const describe = useDescribeFailure();
  const [errors, setErrors] = useState<FieldErrors<K>>({});
  const [caught, setCaught] = useState<unknown>();
  const [pending, setPending] = useState(false);

  async function submit(found: FieldErrors<K>, send: () => Promise<unknown>, { navigates = false, busy = setPending }: SubmitOptions = {}) {
    setErrors(found);
    setCaught(undefined);
    if (hasErrors(found)) return;
    busy(true);
    try {
      await send();
      if (!navigates) busy(false);
    } catch (error) {
      setCaught(error);
      busy(false);
    }
  }

  function clear() {
    setErrors({});
    setCaught(undefined);
  }

  const failure = caught === undefined ? undefined : describe(caught);
  return { errors, failure, reason: failureReason(caught), pending, submit, clear };
}

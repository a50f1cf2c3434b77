import { WebChangePasswordDocument, type WebMeFragment } from '@yingcai/schema';
import { requestGraphQL } from '@yingcai/ui/public-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { failureReason, useDescribeFailure } from '../../components/failure';
import { FormNotice, FormProblems, hasErrors, PasswordHint, SubmitButton, TextField, type FieldErrors } from '../../components/form';

type Field = 'currentPassword' | 'newPassword';

/** Change password: every other session ends, this browser gets a new one. */
export function ChangePasswordSection({ me, onChanged }: { me: WebMeFragment; onChanged: () => void }) {
  const { t } = useTranslation('web');
  const describe = useDescribeFailure();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const [failure, setFailure] = useState<unknown>();
  const [pending, setPending] = useState(false);
  const [done, setDone] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: FieldErrors<Field> = {
      currentPassword: currentPassword ? undefined : t('account.password.currentRequired'),
      newPassword: newPassword ? undefined : t('account.password.newRequired'),
    };
    setErrors(found);
    setFailure(undefined);
    setDone(false);
    if (hasErrors(found)) return;
    setPending(true);
    try {
      await requestGraphQL(WebChangePasswordDocument, { currentPassword, newPassword });
      setCurrentPassword('');
      setNewPassword('');
      setDone(true);
      onChanged();
    } catch (error) {
      setFailure(error);
    } finally {
      setPending(false);
    }
  }

  const reason = failureReason(failure);
  return (
    <section className="form-card" aria-labelledby="account-password">
      <h2 id="account-password">{t('account.password.heading')}</h2>
      <form className="form" noValidate onSubmit={(e) => void submit(e)}>
        <FormProblems fields={errors} failure={failure === undefined ? undefined : describe(failure)} />
        {done && <FormNotice>{t('account.password.done')}</FormNotice>}
        <input type="text" name="username" autoComplete="username" value={me.email ?? me.phone ?? ''} readOnly hidden />
        <TextField
          label={t('account.password.current')}
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          required
          value={currentPassword}
          onChange={(e) => setCurrentPassword(e.target.value)}
          error={errors.currentPassword}
          invalid={reason === 'WRONG_PASSWORD'}
        />
        <TextField
          label={t('account.password.new')}
          name="newPassword"
          type="password"
          autoComplete="new-password"
          required
          value={newPassword}
          onChange={(e) => setNewPassword(e.target.value)}
          error={errors.newPassword}
          invalid={reason === 'WEAK_PASSWORD'}
          liveHint
          hint={<PasswordHint password={newPassword} identity={me} />}
        />
        <SubmitButton pending={pending}>{t('account.password.submit')}</SubmitButton>
      </form>
    </section>
  );
}

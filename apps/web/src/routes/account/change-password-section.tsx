import { WebChangePasswordDocument, type WebMeFragment } from '@yingcai/schema';
import { requestGraphQL } from '@yingcai/ui/public-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormNotice, FormProblems, SubmitButton, TextField } from '../../components/form';
import { NewPasswordField } from '../../components/fields';
import { useSubmit } from '../../components/use-submit';

/** Change password: every other session ends, this browser gets a new one. */
export function ChangePasswordSection({ me, onChanged }: { me: WebMeFragment; onChanged: () => void }) {
  const { t } = useTranslation('web');
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const { errors, failure, reason, pending, submit } = useSubmit<'currentPassword' | 'newPassword'>();
  const [done, setDone] = useState(false);

  function changePassword(event: FormEvent) {
    event.preventDefault();
    setDone(false);
    const found = {
      currentPassword: currentPassword ? undefined : t('account.password.currentRequired'),
      newPassword: newPassword ? undefined : t('account.password.newRequired'),
    };
    return submit(found, async () => {
      await requestGraphQL(WebChangePasswordDocument, { currentPassword, newPassword });
      setCurrentPassword('');
      setNewPassword('');
      setDone(true);
      onChanged();
    });
  }

  return (
    <section className="form-card" aria-labelledby="account-password">
      <h2 id="account-password">{t('account.password.heading')}</h2>
      <form className="form" noValidate onSubmit={(e) => void changePassword(e)}>
        <FormProblems fields={errors} failure={failure} />
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
        <NewPasswordField
          label={t('account.password.new')}
          name="newPassword"
          value={newPassword}
          onChange={(e) => setNewPassword(e.target.value)}
          error={errors.newPassword}
          reason={reason}
          identity={me}
        />
        <SubmitButton pending={pending}>{t('account.password.submit')}</SubmitButton>
      </form>
    </section>
  );
}

import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { directoryHref, type DirectoryParams } from './directory-params';
import { useMentorsTranslation } from './use-mentors-translation';

/** The API refuses longer searches (BAD_USER_INPUT); the field stops there first. */
export const MAX_SEARCH_LENGTH = 50;

/** Rendered with `key={params.search}`, so going back in history shows that search in the field. */
export function MentorSearch({ params }: { params: DirectoryParams }) {
  const { t } = useMentorsTranslation();
  const navigate = useNavigate();
  const [value, setValue] = useState(params.search);

  function search(event: FormEvent) {
    event.preventDefault();
    void navigate(directoryHref(params, { search: value.trim() }));
  }

  return (
    <form className="mentor-search" role="search" onSubmit={search}>
      <label className="field__label" htmlFor="mentor-search">
        {t('searchLabel')}
      </label>
      <div className="mentor-search__row">
        <input
          id="mentor-search"
          className="field__input"
          type="search"
          value={value}
          maxLength={MAX_SEARCH_LENGTH}
          placeholder={t('searchHint')}
          onChange={(event) => setValue(event.target.value)}
        />
        <button type="submit" className="button">
          {t('searchSubmit')}
        </button>
      </div>
    </form>
  );
}

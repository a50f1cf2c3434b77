import { fireEvent, waitFor } from '@testing-library/react';

/** Opens an antd Select and picks the option with this label, as a user would. */
export async function choose(combobox: HTMLElement, label: string) {
  fireEvent.mouseDown(combobox);
  const option = await waitFor(() => {
    const found = [...document.querySelectorAll<HTMLElement>('.ant-select-item-option')].find((o) => o.getAttribute('title') === label);
    if (!found) throw new Error(`no option ${label}`);
    return found;
  });
  fireEvent.click(option);
}

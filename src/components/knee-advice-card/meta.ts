/** The card's facts, free of its code: its tag and its `::part` names (`<knee-advice>` has the same). */
export const tag = 'knee-advice-card';

/** Every `::part` of the element; `<knee-advice>` exposes the same, for each of its section cards. */
export const parts = ['card', 'card-heading', 'paragraph'] as const;

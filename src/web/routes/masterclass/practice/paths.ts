/** Where the tab lives; a round opens at `?round=<id>`, a chosen subgroup is kept as `?subgroup=<id>`. */
export const practicePath = (cohortId: string, search: { round?: string; subgroup?: string } = {}) => {
  const query = new URLSearchParams(search).toString();
  return `/masterclass/${cohortId}/practice${query ? `?${query}` : ''}`;
};

/** Addresses of the builder's pages (used by server and page code alike). */
export function surveysPath(partnership: string): string {
  return `/staff/p/${partnership}/surveys`;
}

export function surveyPath(partnership: string, surveyId: string, rest = ""): string {
  return `${surveysPath(partnership)}/${surveyId}${rest}`;
}

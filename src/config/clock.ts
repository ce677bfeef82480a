/** The time the business rules see (expiry, assignment); tests pin it instead of sleeping. */
export const clock = {
  now: (): Date => new Date(),
};

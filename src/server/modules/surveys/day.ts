/** The calendar day in the Netherlands: answers keep the day they came in, never the moment. */
const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });

export const amsterdamDay = (at: Date = new Date()): string => dayFormat.format(at);

import { ApiError } from '../lib/api.js';

/** The API's message for one field of a failed form, for the input's error prop. */
export const fieldError = (error: unknown, field: string): string | undefined => (error instanceof ApiError ? error.fieldMessage(field) : undefined);

/** The same for an input that edits a whole list: the first message for the list or one of its rows. */
export const listFieldError = (error: unknown, field: string): string | undefined => (error instanceof ApiError ? error.fieldMessageWithin(field) : undefined);

import type { UseMutationResult } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';

/**
 * The state of a form that adds an item to a list or changes one (`editing`): the values, one
 * setter per field, and a submit that creates or updates and then calls `onDone`. `error` is the
 * save's error, for the fields' messages.
 */
export function useItemForm<V extends object>(options: {
  editing: { id: string } | null;
  initial: () => V;
  create: UseMutationResult<unknown, Error, V>;
  update: UseMutationResult<unknown, Error, V & { id: string }>;
  onDone: () => void;
}) {
  const { editing, create, update, onDone } = options;
  const [value, setValue] = useState<V>(options.initial);
  const set = <K extends keyof V>(key: K, v: V[K]) => setValue((old) => ({ ...old, [key]: v }));
  const save = editing ? update : create;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (editing) update.mutate({ ...value, id: editing.id }, { onSuccess: onDone });
    else create.mutate(value, { onSuccess: onDone });
  };
  return { value, setValue, set, submit, saving: save.isPending, error: save.error };
}

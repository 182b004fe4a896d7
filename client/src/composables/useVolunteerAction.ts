import { useMutationRunner } from './useMutation';

/** Runs one volunteers mutation (useMutationRunner), with no toast: the cards show the result. */
export function useVolunteerAction() {
  return useMutationRunner();
}

/** How long a unit test waits for what it expects before it fails (see patient-waits.ts). */
export const PATIENT_WAIT_MS = 10_000;

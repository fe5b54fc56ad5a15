// For workflow tests only: the notification service hosts the real `deliverEvent`; in these
// tests a stand-in completes at once, so handed-off events leave no pending work behind
// (the time-skipping test server only skips time when nothing is left to do).
import type { NotificationPayload } from '@caseflow/contracts';

export async function deliverEvent(_payload: NotificationPayload): Promise<void> {}

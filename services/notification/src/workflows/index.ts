// The notification worker's workflow bundle: only workflow code may be reachable from here.
export { deliverEvent, replayDelivery } from './event-delivery';
export { recordEmailBounce } from './email-bounce';

export const JOURNEY_ROUTE_ID = 'journey';

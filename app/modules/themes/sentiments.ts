/** How an answer feels: worked out on arrival, and a filter for staff. (Its own file: the browser needs it, not the analyser.) */
export const SENTIMENTS = ["positive", "neutral", "negative"] as const;
export type Sentiment = (typeof SENTIMENTS)[number];

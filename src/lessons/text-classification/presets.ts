/** The decks' own examples (deck 000): the Stanford phishing mail and four movie-review lines. */
/** The headers the deck shows above the mail; the training mails keep only their subject, so the preset does too. */
export const PHISHING_HEADERS = `From: Stanford University <newsforum@stanford.edu>
Date: October 28, 2011 12:34:16 PM PDT
To: undisclosed-recipients:;
`;

export const PHISHING = `Important notice!

Greats News!

You can now access the latest news by using the link below to login to Stanford University News Forum.

<http://www.123contactform.com/contact-form-StanfordNew1-236335.html>

Click on the above link to login for more information about this new exciting forum. You can also copy the above link to your browser bar and login for more information about the new services.

© Stanford University. All Rights Reserved.`;

export const REVIEWS = [
  'Unbelievably disappointing',
  'Full of zany characters and richly applied satire, and some great plot twists',
  'This is the greatest screwball comedy ever filmed',
  'It was pathetic. The worst part about it was the boxing scenes.',
] as const;

/** The deck's labels for the four reviews. */
export const REVIEW_LABELS = ['negative', 'positive', 'positive', 'negative'] as const;

export const PRESETS = ['phishing', 'phishingHeaders', 'review1', 'review2', 'review3', 'review4', 'mail', 'custom'] as const;
export type Preset = (typeof PRESETS)[number];

/** Preset text (the test mail and custom text are resolved by the caller). */
export function presetText(p: Preset): string | null {
  if (p === 'phishing') return PHISHING;
  if (p === 'phishingHeaders') return `Subject: ${PHISHING.replace('\n\n', `\n${PHISHING_HEADERS}\n`)}`;
  if (p.startsWith('review')) return REVIEWS[Number(p.slice(6)) - 1];
  return null;
}

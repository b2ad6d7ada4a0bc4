/** Photo captions end with a credit in brackets: "(Jane Doe/CBC)", "(Getty Images)". */
export const CAPTION_CREDIT =
  /\((?:[^()]*\/[^()]*|[^()]*\b(?:Photo|Getty|Images|Reuters|AP|AFP|Press|Shutterstock|File|Submitted|Handout|Twitter|Instagram|Facebook|YouTube)\b[^()]*)\)\s*$/;

/**
 * Photo captions that open with the agency's credit run into the caption itself: "The Canadian Press A
 * train derailment is shown near Field". The agency name followed by a capitalised word is a credit.
 */
export const LEADING_CAPTION_CREDIT =
  /^(?:The Canadian Press|The Associated Press|Associated Press|AP Photo|Reuters|AFP|Getty Images|Bloomberg)\s+(?!(?:Photo\b|News\b|Wire\b))\p{Lu}/u;

/** Documents that "say" things for whoever issued them ("the report said", "the statement read"). */
export const DOCUMENT_NOUNS = new Set(
  'report statement paper study document letter release complaint lawsuit claim filing survey website memo email decision ruling judgment poll analysis submission affidavit indictment record records documents data review audit numbers figures statistics estimates projections forecast'.split(
    ' ',
  ),
);

/** What a person or an organisation issues that can say something ("a notice saying …"). */
export const MESSAGE_NOUNS = new Set([
  ...DOCUMENT_NOUNS,
  'notice',
  'message',
  'post',
  'tweet',
  'video',
  'note',
  'announcement',
  'advisory',
  'bulletin',
  'update',
  'interview',
  'speech',
  'column',
  'essay',
  'op-ed',
]);

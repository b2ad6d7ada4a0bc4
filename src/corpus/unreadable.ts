/** A reason a file (or one record in it) cannot be read as articles: thrown by the readers, caught per file or record. */
export class UnreadableCorpusFile extends Error {}

/** Where a record came from and what it is called when it has no id of its own. */
export interface RecordPlace {
  /** The id of an article that names none: the file's name, plus the record's number when there are several. */
  id: (index: number) => string;
  /** The record's place in the file, as logs and citations show it: `archive/feed.xml#item3`, `news.csv#L12`. */
  source: (anchor: string) => string;
  /** A record that cannot be read: logged and skipped, the rest of the file loads. */
  skip: (source: string, reason: string) => void;
}

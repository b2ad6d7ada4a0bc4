/** Word lists that bound subjects, descriptions and reported clauses: data only, each list once. */
export const ADVERBS = new Set(
  'also further later then again once previously recently repeatedly simply just still often never always first finally quickly earlier initially subsequently separately instead even has have had would will did does do could may might can should must not'.split(
    ' ',
  ),
);

/** Words at which a subject noun phrase, read backwards from its verb, stops. */
export const LEFT_BOUNDARY = new Set(
  'that which who whom whose and but or nor while as because when where after before if so than with by to for of in on at from about what how why whether although though since until unless then is was are were be been being has have had do does did would will also not said says told stated added'.split(
    ' ',
  ),
);

/** Words at which a subject after its verb ("said Smith in an email") stops. */
export const RIGHT_BOUNDARY = new Set(
  'in on at during after before from to while when via about who which that adding noting saying but as because told for with by this last yesterday today'.split(
    ' ',
  ),
);

/** Words that open a prepositional phrase after a verb ("said in an email"), not a reported clause. */
export const PREPOSITION =
  /^(?:in|on|at|during|after|before|from|via|with|for|by|about|outside|through|under|over|into|last|this|earlier|later|yesterday|today|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|when|while|of|again|repeatedly|recently|previously|publicly|privately)$/;

export const PASSIVE_AUXILIARIES = new Set([
  'was',
  'were',
  'is',
  'are',
  'be',
  'been',
  'being',
  'to',
  'the',
  'get',
  'got',
]);

/** Words that cannot be inside a description of a speaker ("this may encourage more people"). */
export const NOT_IN_DESCRIPTION =
  /^(?:may|might|will|would|can|could|should|must|shall|is|are|was|were|be|been|has|have|had|do|does|did|not|that|which|who|said|says|if|when|while|because|and|or|but)$/;

/** Words that end a post-modifier of an unnamed source ("sources familiar with the talks | who …"). */
export const DESCRIPTION_STOP =
  /^(?:who|that|which|said|says|say|told|tells|have|has|had|was|were|is|are|but|because|to|in|on|at|as|while|when)$/;

/** Verbs and auxiliaries that can follow a plural subject at the start of a sentence. */
export const PLURAL_PREDICATE =
  /^(?:are|were|have|had|will|would|can|could|remain|remained|believe|believed|want|wanted|think|thought|hope|hoped|fear|feared|worry|worried|expect|expected|plan|planned|agree|agreed)$/;

/** Words that open an adverbial phrase or a subordinate clause, not a reported main clause. */
export const INTRODUCTORY =
  /^(?:according|asked|speaking|in|on|at|as|although|though|while|when|whenever|if|after|before|since|because|later|earlier|the following|during|despite|following|responding|referring|writing|with|without|under|once|until|unless)$/;

/** Subject pronouns and determiners that can open a reported clause after a prepositional phrase. */
/** Verbs that report nothing but speech: the clause after them is what was said even when it opens with a number. */
export const SPEECH_ONLY =
  /^(?:say|tell|claim|argue|insist|explain|stress|warn|allege|testify|contend|maintain|assert|concede|emphasize|emphasise|state)$/;

/** Nouns that make "this …" a time phrase ("said this week"), not the start of a clause. */
export const TIME_NOUN =
  /^(?:week|weekend|month|year|morning|afternoon|evening|night|spring|summer|fall|autumn|winter|season|time|past|coming|january|february|march|april|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|decade|century|term|session|quarter)$/;

export const CLAUSE_OPENER =
  /^(?:that|he|she|they|it|we|i|there|the|a|an|this|these|those|his|her|their|its|our|no|some|many|most|all)$/;

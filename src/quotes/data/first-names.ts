/**
 * Common given names whose gender is clear in news usage, lower-cased, so `she` after
 * “Maria Zakharova announced …” finds Zakharova even before any title or pronoun has told her gender.
 */
export const FEMALE_NAMES: ReadonlySet<string> = new Set([
  'mary', 'maria', 'marie', 'anna', 'anne', 'ann', 'elizabeth', 'catherine', 'katherine', 'kate',
  'sarah', 'sara', 'jane', 'emma', 'olivia', 'sophia', 'sophie', 'isabella', 'charlotte', 'amelia',
  'emily', 'hannah', 'laura', 'julia', 'lisa', 'linda', 'susan', 'karen', 'nancy', 'margaret',
  'patricia', 'barbara', 'jennifer', 'jessica', 'michelle', 'hillary', 'kamala', 'theresa',
  'angela', 'ursula', 'christine', 'kristalina', 'sanna', 'jacinda', 'giorgia', 'liz', 'priti',
  'suella', 'nicola', 'mette', 'kaja', 'annalena', 'olena', 'yulia', 'iryna', 'olga',
  'natalia', 'natalya', 'tatiana', 'tatyana', 'svetlana', 'elena', 'yelena', 'irina', 'ekaterina',
  'valentina', 'ella', 'alexandra', 'victoria', 'rachel', 'rebecca', 'ruth', 'helen', 'helena',
  'claire', 'clare', 'diana', 'grace', 'alice', 'lucy', 'chloe', 'zoe', 'amy', 'megan',
  'lauren', 'ashley', 'amanda', 'stephanie', 'nicole', 'heather', 'melissa', 'kimberly', 'donna',
  'carol', 'sandra', 'sharon', 'deborah', 'dorothy', 'betty', 'joan', 'judith', 'janet', 'martha',
  'frances', 'marine', 'ségolène', 'brigitte', 'isabelle', 'nathalie', 'sylvie', 'carmen',
  'lucia', 'sofia', 'ana', 'fatima', 'aisha', 'ayesha', 'leila', 'layla', 'zainab', 'mariam',
  'maryam', 'nadia', 'yasmin', 'priya', 'indira', 'sonia', 'nirmala', 'benazir', 'yuko',
  'yuki', 'mei', 'jacqueline', 'beatrice', 'greta', 'ingrid', 'astrid', 'magdalena',
  'agnieszka', 'katarzyna', 'zuzana', 'dilma', 'cristina', 'ivanka', 'melania', 'jill',
  'marjorie', 'alexandria', 'ilhan', 'rashida', 'elise', 'kristi', 'gretchen', 'kathy',
  'kathleen',
]);

/** Common male given names (see {@link FEMALE_NAMES}). */
export const MALE_NAMES: ReadonlySet<string> = new Set([
  'john', 'james', 'robert', 'michael', 'william', 'david', 'richard', 'joseph', 'thomas', 'charles',
  'christopher', 'daniel', 'matthew', 'anthony', 'mark', 'donald', 'steven', 'paul', 'andrew',
  'joshua', 'kenneth', 'kevin', 'brian', 'george', 'edward', 'ronald', 'timothy', 'jason', 'jeffrey',
  'ryan', 'jacob', 'gary', 'nicholas', 'eric', 'jonathan', 'stephen', 'larry', 'justin', 'scott',
  'brandon', 'benjamin', 'samuel', 'frank', 'gregory', 'raymond', 'alexander', 'patrick', 'jack',
  'dennis', 'jerry', 'tyler', 'aaron', 'jose', 'henry', 'adam', 'douglas', 'nathan', 'peter',
  'zachary', 'kyle', 'walter', 'harold', 'jeremy', 'ethan', 'carl', 'keith', 'roger', 'gerald',
  'christian', 'terry', 'sean', 'arthur', 'austin', 'noah', 'lawrence', 'jesse', 'joe', 'bryan',
  'billy', 'jordan', 'albert', 'dylan', 'bruce', 'willie', 'gabriel', 'alan', 'juan', 'logan',
  'wayne', 'ralph', 'roy', 'eugene', 'randy', 'vincent', 'russell', 'louis', 'philip', 'bobby',
  'johnny', 'bradley', 'barack', 'bill', 'mike', 'ted', 'mitch', 'chuck', 'bernie', 'boris',
  'keir', 'rishi', 'emmanuel', 'olaf', 'friedrich', 'volodymyr', 'vladimir', 'dmitry', 'dmitri',
  'sergei', 'sergey', 'alexei', 'alexey', 'andriy', 'andrei', 'oleksandr', 'mykhailo', 'vitali',
  'vitaly', 'denys', 'yevgeny', 'ramzan', 'xi', 'narendra', 'rahul', 'imran',
  'shehbaz', 'recep', 'yair', 'naftali', 'mahmoud', 'ali', 'mohammed', 'muhammad',
  'mohammad', 'ahmed', 'ahmad', 'hassan', 'hussein', 'omar', 'abdullah', 'khalid', 'hamad',
  'tamim', 'bashar', 'ebrahim', 'hossein', 'javad', 'yoon', 'fumio', 'shinzo',
  'pierre', 'jean', 'jacques', 'francois', 'françois', 'nicolas', 'luiz', 'lula', 'jair',
  'javier', 'pedro', 'carlos', 'luis', 'miguel', 'antonio', 'mario', 'matteo', 'giuseppe', 'sergio',
  'viktor', 'andrzej', 'mateusz', 'jens', 'antony', 'lloyd', 'jake', 'jared',
  'elon', 'jeff', 'tim', 'sundar', 'satya', 'warren', 'sam', 'martin', 'hans', 'klaus', 'karl',
  'jürgen', 'wolfgang', 'francis',
]);

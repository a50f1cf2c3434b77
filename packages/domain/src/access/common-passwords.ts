/**
 * Commonly used passwords (NIST 800-63B 3.1.1.2: refuse values known to be commonly used), drawn
 * from the well-known top lists (SplashData / NordPass yearly lists, the RockYou leak, the 2011
 * CSDN and Tianya leaks for passwords common among Chinese users). Entries are lower case and
 * trimmed, as `checkPassword` compares them; entries under 8 characters are refused as too short
 * anyway but are kept so the list reads as the sources do.
 */
const COMMON_PASSWORDS: readonly string[] = [
  // digits
  '123456', '123456789', '12345678', '12345', '1234567', '1234567890', '1234', '123123', '111111',
  '000000', '654321', '666666', '888888', '123321', '112233', '121212', '123654', '159357', '147258',
  '11111111', '00000000', '88888888', '66666666', '99999999', '22222222', '55555555', '77777777',
  '12341234', '12344321', '11223344', '12121212', '87654321', '123123123', '111111111', '000000000',
  '999999999', '987654321', '9876543210', '0123456789', '0987654321', '1111111111', '0000000000',
  '1234554321', '123456123', '123321123', '123654789', '147258369', '147852369', '741852963',
  '789456123', '963852741', '159753', '14789632', '12345678910', '123456654321', '1122334455',
  '31415926', '3141592653', '110110110', '12345612', '01234567', '1234512345', '123789456',
  '10203040', '13579', '1357924680', '24682468', '135792468', '19491001', '19870606', '11235813',
  // numbers that say "I love you" (520 = 我爱你, 1314 = 一生一世, 7758521 = 亲亲我吧我爱你)
  '5201314', '1314520', '5211314', '1314521', '520520', '520520520', '13145200', '52013145201314',
  '201314201314', '5845201314', '7758521', '77585211', '1314520520', '5201314520', '521521521',
  '168168', '168168168', '666888', '888666', '6666666', '8888888', '66668888', '88886666',
  // letters and digits
  'a123456', 'a1234567', 'a12345678', 'a123456789', 'a1b2c3', 'a1b2c3d4', '1a2b3c4d', 'aa123456',
  'aa12345678', 'abc123', 'abc12345', 'abc123456', 'abc123456789', 'abcd1234', 'abcd123456',
  '1234abcd', '123456a', '123456aa', '123456abc', '123456789a', '12345678a', '123abc', 'abc123abc',
  'qq123456', '123456qq', 'qq5201314', 'q123456', 'q1234567', 'q12345678', 'asd123', 'asd123456',
  'asdf1234', 'zxc123', 'zxc123456', 'zxcv1234', 'qwe123', 'qwe123456', '123qwe', '123qweasd',
  'qwer1234', '1234qwer', 'test123', 'test1234', 'pass1234', 'abcdefg', 'abcdefgh', 'abcdefg123',
  'aaaaaa', 'aaaaaaaa', 'qqqqqqqq', 'asdasdasd', 'asdfasdf', 'zzzzzzzz', 'xxxxxxxx', 'a5201314',
  'wang123456', 'li123456', 'zhang123456', 'liu123456', 'chen123456', 'yang123456', 'aini1314',
  // keyboard walks
  'qwerty', 'qwerty1', 'qwerty12', 'qwerty123', 'qwerty1234', 'qwerty123456', 'qwertyui',
  'qwertyuiop', 'qwertyu', 'asdfgh', 'asdfghjk', 'asdfghjkl', 'zxcvbn', 'zxcvbnm', 'zxcvbnm123',
  'qweasd', 'qweasdzxc', 'qweasdzxc123', 'qazwsx', 'qazwsxedc', 'qazwsx123', '1qaz2wsx',
  '1qaz2wsx3edc', '1qaz@wsx', '!qaz2wsx', '!qaz@wsx', '1qazxsw2', 'zaq12wsx', 'zaq1zaq1', 'zaq1xsw2',
  '1q2w3e', '1q2w3e4r', '1q2w3e4r5t', '1q2w3e4r5t6y', 'q1w2e3r4', 'q1w2e3r4t5', '1qaz1qaz',
  '1234qwerasdf', 'qwertyuiop123', 'poiuytrewq', 'mnbvcxz', 'lkjhgfdsa', '!@#$%^&*', '!@#$%^',
  'qwe!@#', '1q2w3e!', 'asdf;lkj', 'asdfjkl;',
  // pinyin and words common among Chinese users
  'woaini', 'woaini1314', 'woaini520', 'woaini123', 'woaini521', 'woainima', 'woaiwojia',
  'wodemima', 'nihao123', 'nihaoma', 'dearbook', 'xiazhili', 'wangyang', 'zhangwei', 'wangwei',
  'liwei', 'wanglei', 'zhang123', 'woshishui', 'huang123', 'tianya', 'tianya123', 'baidu123',
  'aini520', 'aiwoba', 'laopo520', 'laogong520', 'buzhidao', 'mimamima', 'mima123456', 'qq123123',
  'yingcai', 'yingcai123', 'xuesheng', 'xuesheng123', 'laoshi123', 'zhongguo', 'china123',
  'china2008', 'beijing', 'beijing2008', 'shanghai', 'woaibeijing', 'meiyoumima',
  // English words and phrases
  'password', 'password1', 'password12', 'password123', 'password!', 'passw0rd', 'p@ssw0rd',
  'p@ssword', 'pa$$word', 'passwort', 'passpass', 'mypassword', 'password01', 'iloveyou',
  'iloveyou1', 'iloveyou2', 'iloveu', 'iloveyou123', 'admin', 'admin123', 'admin1234', 'admin@123',
  'administrator', 'root', 'root123', 'toor', 'letmein', 'letmein1', 'welcome', 'welcome1',
  'welcome123', 'changeme', 'default', 'guest', 'login', 'monkey', 'dragon', 'football', 'baseball',
  'basketball', 'soccer', 'master', 'sunshine', 'princess', 'shadow', 'superman', 'batman',
  'spiderman', 'trustno1', 'michael', 'jennifer', 'michelle', 'jessica', 'charlie', 'jordan23',
  'hunter2', 'starwars', 'whatever', 'freedom', 'computer', 'internet', 'secret', 'hello',
  'hello123', 'helloworld', 'hello1234', 'loveme', 'lovely', 'iloveme', 'ilovegod', 'mustang',
  'liverpool', 'chelsea', 'arsenal', 'manchester', 'cocacola', 'corvette', 'mercedes', 'maverick',
  'blink182', 'pokemon', 'naruto', 'minecraft', 'killer', 'ginger', 'flower', 'summer',
  'samsung', 'google', 'facebook', 'linkedin', 'zaq1@wsx', 'matrix', 'abcabc',
  'princess1', 'sunshine1', 'football1', 'monkey123', 'dragon123', 'qwertyqwerty', 'nopassword',
  'letmein123', 'access', 'access14', 'trustme', 'superstar', 'whatever1', 'sayang', 'babygirl',
];

export const commonPasswords: ReadonlySet<string> = new Set(COMMON_PASSWORDS);

import type { Catalogs } from '../../core/i18n/messages.js';
import { joinList, lowerFirst } from '../../core/controllers/lang.js';

/** The interface text of `<hohhot-quiz>`. */
export interface QuizMessages {
  title: string;
  intro: (n: string) => string;
  questionOf: (i: string, n: string) => string;
  check: string;
  chooseFirst: string;
  correct: string;
  wrong: string;
  answerIs: (a: string) => string;
  next: string;
  seeScore: string;
  score: (s: string, n: string) => string;
  allRight: string;
  review: string;
  yourAnswer: string;
  correctAnswer: string;
  markCorrect: string;
  markChosen: string;
  right: string;
  wrongShort: string;
  retry: string;
  noQuestions: string;
  paper: string;
  /** The words of the questions. */
  questions: QuizQuestionMessages;
}

/**
 * The words of the quiz's questions (src/components/quiz/questions.ts): every
 * figure and name comes in already formatted, from the data.
 */
export interface QuizQuestionMessages {
  /** Quotes a text, e.g. a measure's heading. */
  quote: (s: string) => string;
  /** A label and its value in a list of values. */
  labelValue: (label: string, value: string) => string;
  /** Figures with their labels, one after another. */
  valueList: (items: readonly string[]) => string;
  /** The note under a question with options derived from the paper's figures (`count` of them, `shown` joined). */
  derivedOptions: (shown: string, count: number) => string;
  tradeTotalPrompt: (origin: string, year: number) => string;
  tradeTotalExplanation: (year: number, total: string, growth: string) => string;
  tradeGrowthPrompt: (year: number) => string;
  tradeGrowthExplanation: (year: number, growth: string, above: string) => string;
  tradeSharePrompt: (year: number) => string;
  tradeShareExplanation: (total: string, share: string) => string;
  topImportPrompt: (year: number) => string;
  topImportExplanation: (values: string, topExport: string) => string;
  topExportPrompt: (year: number) => string;
  topExportExplanation: (values: string, topImport: string) => string;
  topPartnerPrompt: (year: number) => string;
  topPartnerExplanation: (values: string) => string;
  beltAndRoadSharePrompt: (year: number) => string;
  beltAndRoadValuePrompt: (year: number) => string;
  beltAndRoadGrowthPrompt: (year: number) => string;
  beltAndRoadExplanation: (year: number, value: string, growth: string, share: string) => string;
  regionGrowthPrompt: (year: number, growth: string, above: string) => string;
  regionGrowthExplanation: (growth: string, above: string, region: string) => string;
  regionGrowthNote: string;
  /** One class of projects by size, for a list: its label, its figure, and its bare number. */
  projectClass: (label: string, figure: string, count: string) => string;
  projectsPrompt: (year: number, label: string) => string;
  projectsExplanation: (year: number, classes: string) => string;
  agreedPrompt: (year: number) => string;
  agreedExplanation: (year: number, agreed: string) => string;
  fundsPrompt: (year: number) => string;
  fundsExplanation: (rate: string) => string;
  horingerPrompt: (label: string, projects: string) => string;
  horingerExplanation: (examples: readonly string[], projects: string, investment: string) => string;
  fieldPrompt: (year: number) => string;
  fieldExplanation: (fields: readonly string[]) => string;
  ecommerceExplanation: (enterprises: string, platform: string) => string;
  ecommerceEnterprisesPrompt: string;
  ecommercePlatformPrompt: string;
  ecommerceTradePrompt: string;
  ecommerceTradeExplanation: (trade: string) => string;
  cityPrompt: (industries: readonly string[]) => string;
  mechanismPrompt: string;
  mechanismExplanation: (mechanisms: readonly string[], results: readonly string[]) => string;
  examplePrompt: (result: string) => string;
  exampleExplanation: (example: string, description: string) => string;
  challengePrompt: string;
  challengeExplanation: (challenges: readonly string[]) => string;
  strategyPrompt: (measure: string) => string;
  strategyExplanation: (measure: string, strategy: string, description: string) => string;
}

const zhQuestions: QuizQuestionMessages = {
  // Inside Chinese quotes, inner “” become ‘’.
  quote: (s) => `“${s.replace(/“/g, '‘').replace(/”/g, '’')}”`,
  labelValue: (label, value) => `${label}${value}`,
  valueList: (items) => items.join('，'),
  derivedOptions: (shown) => `选项${shown}由论文数字相加或相减得出，并非论文给出的数值。`,
  tradeTotalPrompt: (origin, y) => `据${origin}统计，${y}年呼和浩特市进出口贸易值是多少？`,
  tradeTotalExplanation: (y, total, growth) => `${y}年呼和浩特市进出口贸易值为${total}，同比增长${growth}。`,
  tradeGrowthPrompt: (y) => `${y}年呼和浩特市进出口贸易值同比增长了多少？`,
  tradeGrowthExplanation: (y, growth, above) => `${y}年呼和浩特市进出口贸易值同比增长${growth}，增速高于内蒙古自治区${above}。`,
  tradeSharePrompt: (y) => `${y}年呼和浩特市进出口贸易值占内蒙古自治区进出口贸易值的比重是多少？`,
  tradeShareExplanation: (total, share) => `呼和浩特市进出口贸易值${total}，占全区进出口贸易值的${share}。`,
  topImportPrompt: (y) => `论文列出的${y}年呼和浩特市主要进口商品中，哪一类进口值最高？`,
  topImportExplanation: (values, topExport) => `主要进口商品的进口值：${values}。${topExport}是主要出口商品。`,
  topExportPrompt: (y) => `论文列出的${y}年呼和浩特市主要出口商品中，哪一类出口值最高？`,
  topExportExplanation: (values, topImport) => `主要出口商品的出口值：${values}。${topImport}是主要进口商品。`,
  topPartnerPrompt: (y) => `论文列出的主要贸易国家中，${y}年与呼和浩特市进出口贸易值最高的是哪一个？`,
  topPartnerExplanation: (values) => `进出口贸易值：${values}。`,
  beltAndRoadSharePrompt: (y) => `${y}年呼和浩特市与共建“一带一路”国家的进出口贸易值占全市进出口贸易值的比重是多少？`,
  beltAndRoadValuePrompt: (y) => `${y}年呼和浩特市与共建“一带一路”国家的进出口贸易值是多少？`,
  beltAndRoadGrowthPrompt: (y) => `${y}年呼和浩特市与共建“一带一路”国家的进出口贸易值同比增长多少？`,
  beltAndRoadExplanation: (y, value, growth, share) => `${y}年呼和浩特市与共建“一带一路”国家的进出口贸易值为${value}，同比增长${growth}，占全市进出口贸易值的${share}。`,
  regionGrowthPrompt: (y, growth, above) => `${y}年呼和浩特市进出口贸易值同比增长${growth}，增速高于内蒙古自治区${above}。内蒙古自治区进出口贸易值同比增长多少？`,
  regionGrowthExplanation: (growth, above, region) => `百分点表示两个百分比之差，应直接相减：${growth} − ${above} = ${region}。论文未直接给出这一增速。`,
  regionGrowthNote: '各选项都由论文数字计算得出（相减、相加、把百分点当作百分比），都不是论文给出的数值。',
  projectClass: (label, figure) => `${label}${figure}`,
  projectsPrompt: (y, label) => `${y}年呼和浩特市新引进${label}多少个？`,
  projectsExplanation: (y, classes) => `${y}年呼和浩特市新引进${classes}；每一档都包含规模更大的项目。`,
  agreedPrompt: (y) => `${y}年呼和浩特市新引进项目的协议投资额是多少？`,
  agreedExplanation: (y, agreed) => `${y}年呼和浩特市新引进项目协议投资额达到${agreed}。`,
  fundsPrompt: (y) => `${y}年呼和浩特市已开工招商引资项目的资金到位率是多少？`,
  fundsExplanation: (rate) => `已开工项目资金到位率${rate}。`,
  horingerPrompt: (label, projects) => `${label}：${projects}。这些项目的协议投资金额是多少？`,
  horingerExplanation: (examples, projects, investment) => `和林格尔新区签约${joinList(examples, 'zh-CN')}等${projects}项目，协议投资金额达${investment}。`,
  fieldPrompt: (y) => `论文列举的${y}年招商引资项目所涵盖的领域中，有下列哪一项？`,
  fieldExplanation: (fields) => `论文列举的领域有${joinList(fields, 'zh-CN')}等；其他选项是论文所说的周边城市的主导产业。`,
  ecommerceExplanation: (enterprises, platform) => `已有${enterprises}跨境电商企业入驻综试区，线上公共服务平台吸引了${platform}企业。`,
  ecommerceEnterprisesPrompt: '据论文，已有多少家跨境电商企业入驻呼和浩特跨境电子商务综合试验区？',
  ecommercePlatformPrompt: '呼和浩特跨境电子商务综合试验区的线上公共服务平台吸引了多少家企业？',
  ecommerceTradePrompt: '论文说综试区跨境电商进出口贸易额超过了多少？',
  ecommerceTradeExplanation: (trade) => `综试区跨境电商进出口贸易额${trade}。`,
  cityPrompt: (industries) => `论文把${joinList(industries, 'zh-CN')}等列为哪座城市的主导或优势产业？`,
  mechanismPrompt: '下列哪一项是论文所说的区域合作机制，而不是合作取得的成效？',
  mechanismExplanation: (mechanisms, results) => `论文提到的合作机制有${joinList(mechanisms, 'zh-CN')}等；${joinList(results, 'zh-CN')}是合作取得的成效。`,
  examplePrompt: (result) => `论文以下列哪一项作为${zhQuestions.quote(result)}的例子？`,
  exampleExplanation: (example, description) => `${example}：${description}`,
  challengePrompt: '下列哪一项是论文指出的区域互补合作存在的问题？',
  challengeExplanation: (challenges) => `论文指出的问题与挑战：${joinList(challenges, 'zh-CN')}。其他选项是合作取得的成效。`,
  strategyPrompt: (measure) => `论文在哪一项策略下提出${zhQuestions.quote(measure)}？`,
  strategyExplanation: (measure, strategy, description) => `${zhQuestions.quote(measure)}属于${zhQuestions.quote(strategy)}：${description}`,
};

const enQuestions: QuizQuestionMessages = {
  quote: (s) => `“${s}”`,
  labelValue: (label, value) => `${label} ${value}`,
  valueList: (items) => items.join('; '),
  derivedOptions: (shown, n) =>
    `The option${n > 1 ? 's' : ''} ${shown} ${n > 1 ? 'are sums or differences' : 'is a sum or difference'} of the paper's figures, not ${n > 1 ? 'figures' : 'a figure'} it states.`,
  tradeTotalPrompt: (origin, y) => `According to ${origin}, what was the value of Hohhot's imports and exports in ${y}?`,
  tradeTotalExplanation: (y, total, growth) => `Hohhot's imports and exports reached ${total} in ${y}, up ${growth} year on year.`,
  tradeGrowthPrompt: (y) => `By how much did Hohhot's imports and exports grow year on year in ${y}?`,
  tradeGrowthExplanation: (_y, growth, above) => `They grew ${growth}, ${above} faster than the imports and exports of Inner Mongolia as a whole.`,
  tradeSharePrompt: (y) => `What share of Inner Mongolia's imports and exports did Hohhot account for in ${y}?`,
  tradeShareExplanation: (total, share) => `Hohhot's ${total} was ${share} of the region's imports and exports.`,
  topImportPrompt: (y) => `Of the main imports the paper names for Hohhot in ${y}, which had the highest value?`,
  topImportExplanation: (values, topExport) => `Import values: ${values}. ${topExport} are among the main exports.`,
  topExportPrompt: (y) => `Of the main exports the paper names for Hohhot in ${y}, which had the highest value?`,
  topExportExplanation: (values, topImport) => `Export values: ${values}. ${topImport} are one of the main imports.`,
  topPartnerPrompt: (y) => `Of the main trading partners the paper names, which traded most with Hohhot in ${y}?`,
  topPartnerExplanation: (values) => `Trade values: ${values}.`,
  beltAndRoadSharePrompt: (y) => `What share of Hohhot's imports and exports in ${y} was with Belt and Road partner countries?`,
  beltAndRoadValuePrompt: (y) => `What was the value of Hohhot's trade with Belt and Road partner countries in ${y}?`,
  beltAndRoadGrowthPrompt: (y) => `By how much did Hohhot's trade with Belt and Road partner countries grow in ${y}?`,
  beltAndRoadExplanation: (y, value, growth, share) =>
    `In ${y} Hohhot's trade with Belt and Road partner countries reached ${value}, up ${growth} year on year: ${share} of the city's imports and exports.`,
  regionGrowthPrompt: (y, growth, above) =>
    `In ${y} Hohhot's imports and exports grew ${growth}, ${above} faster than Inner Mongolia's. How fast did Inner Mongolia's grow?`,
  regionGrowthExplanation: (growth, above, region) =>
    `Percentage points are the difference between two rates, so subtract: ${growth} − ${above} = ${region}. The paper does not state this rate itself.`,
  regionGrowthNote: "Every option is calculated from the paper's figures (subtracting, adding, or reading the points as a percentage); none is a figure the paper states.",
  projectClass: (label, _figure, count) => `${count} ${lowerFirst(label)}`,
  projectsPrompt: (y, label) => `How many new ${lowerFirst(label)} did Hohhot attract in ${y}?`,
  projectsExplanation: (y, classes) => `In ${y} Hohhot attracted ${classes}; each class includes the larger projects.`,
  agreedPrompt: (y) => `What was the agreed investment of the projects Hohhot attracted in ${y}?`,
  agreedExplanation: (y, agreed) => `The projects Hohhot attracted in ${y} had an agreed investment of ${agreed}.`,
  fundsPrompt: (y) => `What was the funds-in-place rate of the ${y} investment projects already under construction in Hohhot?`,
  fundsExplanation: (rate) => `The funds-in-place rate of projects under construction was ${rate}.`,
  horingerPrompt: (label, projects) => `${label}: ${projects}. What was their agreed investment?`,
  horingerExplanation: (examples, projects, investment) =>
    `Horinger New Area's ${projects}, among them the ${joinList(examples, 'en')}, came to ${investment} in agreed investment.`,
  fieldPrompt: (y) => `Which of these does the paper name among the fields covered by the projects Hohhot attracted in ${y}?`,
  fieldExplanation: (fields) =>
    `The paper names ${joinList(fields.map(lowerFirst), 'en')}, among others; the other options are leading industries the paper gives for neighbouring cities.`,
  ecommerceExplanation: (enterprises, platform) => `${enterprises} had settled in the pilot zone, and its online public service platform had attracted ${platform}.`,
  ecommerceEnterprisesPrompt: "According to the paper, how many cross-border e-commerce enterprises had settled in Hohhot's comprehensive pilot zone?",
  ecommercePlatformPrompt: "How many enterprises had the online public service platform of Hohhot's cross-border e-commerce pilot zone attracted?",
  ecommerceTradePrompt: "The paper gives only a lower bound for the pilot zone's cross-border e-commerce imports and exports: more than how much?",
  ecommerceTradeExplanation: (trade) => `Cross-border e-commerce imports and exports came to ${trade}.`,
  cityPrompt: (industries) => `For which city does the paper name ${joinList(industries.map(lowerFirst), 'en')} as its leading or strongest industries?`,
  mechanismPrompt: 'Which of these is a cooperation mechanism the paper names, rather than a result of cooperation?',
  mechanismExplanation: (mechanisms, results) =>
    `The paper names the ${joinList(mechanisms, 'en')}; ${joinList(results.map(lowerFirst), 'en')} are results of cooperation.`,
  examplePrompt: (result) => `Which example does the paper give of ${lowerFirst(result)}?`,
  exampleExplanation: (example, description) => `${example}: ${description}`,
  challengePrompt: 'Which of these is a problem of regional cooperation that the paper identifies?',
  challengeExplanation: (challenges) => `The paper identifies these problems: ${joinList(challenges.map(lowerFirst), 'en')}. The other options are results of cooperation.`,
  strategyPrompt: (measure) => `Under which strategy does the paper propose to ${lowerFirst(measure)}?`,
  strategyExplanation: (measure, strategy, description) => `${enQuestions.quote(measure)} comes under ${enQuestions.quote(strategy)}: ${description}`,
};

const zhCN: QuizMessages = {
  title: '知识小测：呼和浩特的区域合作与开放经济',
  intro: (n) => `共${n}道选择题，题目和数字取自论文，部分数字由论文数据推算得出（题中注明）。每道题作答后，会显示正确答案、简要解释和出处。`,
  questionOf: (i, n) => `第${i}题（共${n}题）`,
  check: '提交答案',
  chooseFirst: '请先选择一个答案。',
  correct: '回答正确。',
  wrong: '回答错误。',
  /** Between two sentences: none after 。, a space after a full stop. */
  answerIs: (a) => `正确答案：${a}`,
  next: '下一题',
  seeScore: '查看得分',
  score: (s, n) => `得分：${n}题中答对${s}题`,
  allRight: '全部答对！',
  review: '答题回顾',
  yourAnswer: '你的答案',
  correctAnswer: '正确答案',
  markCorrect: '✓ 正确答案',
  markChosen: '✗ 你的选择',
  right: '（正确）',
  wrongShort: '（错误）',
  retry: '再做一次',
  noQuestions: '无法用这些数据生成题目。',
  paper: '论文',
  questions: zhQuestions,
  };

const en: QuizMessages = {
  title: "Quiz: Hohhot's regional cooperation and open economy",
  intro: (n) => `${n} multiple-choice question${n === '1' ? '' : 's'} built from the paper's figures and findings; some numbers are computed from its figures, and the question says so. After each answer you see the correct answer, a short explanation and where it comes from.`,
  questionOf: (i, n) => `Question ${i} of ${n}`,
  check: 'Check answer',
  chooseFirst: 'Choose an answer first.',
  correct: 'Correct.',
  wrong: 'Not quite.',
  answerIs: (a) => `The answer is: ${a}`,
  next: 'Next question',
  seeScore: 'See your score',
  score: (s, n) => `Your score: ${s} of ${n}`,
  allRight: 'All correct!',
  review: 'Your answers',
  yourAnswer: 'Your answer',
  correctAnswer: 'Correct answer',
  markCorrect: '✓ Correct answer',
  markChosen: '✗ Your choice',
  right: ' (correct)',
  wrongShort: ' (wrong)',
  retry: 'Try again',
  noQuestions: 'No questions can be built from this data.',
  paper: 'the paper',
  questions: enQuestions,
  };

export const messages: Catalogs<QuizMessages> = { 'zh-CN': zhCN, en };

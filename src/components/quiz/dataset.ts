import { challenges } from '../../data/challenges.js';
import { cities } from '../../data/cities.js';
import { ecommerce } from '../../data/ecommerce.js';
import { investment2024 } from '../../data/investment.js';
import { mechanisms } from '../../data/mechanisms.js';
import type {
  ChallengesDataset, CitiesDataset, EcommerceDataset, InvestmentDataset, MechanismsDataset,
  StrategiesDataset, TradeDataset,
} from '../../data/schema.js';
import { strategies } from '../../data/strategies.js';
import { trade2024 } from '../../data/trade.js';

/**
 * What `<hohhot-quiz>` draws its questions from: the paper's datasets, one
 * per key, each of the same shape as the dataset the library exports.
 */
export interface QuizDataset {
  /** Section 二(一): foreign trade in 2024 (`trade2024`). */
  trade: TradeDataset;
  /** Section 二(二): attracting investment (`investment2024`). */
  investment: InvestmentDataset;
  /** Section 二(三): cross-border e-commerce (`ecommerce`). */
  ecommerce: EcommerceDataset;
  /** Sections 一(一) and 三(一): the four cities and their industries (`cities`). */
  cities: CitiesDataset;
  /** Section 一(二): cooperation mechanisms and results (`mechanisms`). */
  mechanisms: MechanismsDataset;
  /** Section 一(三): problems and challenges (`challenges`). */
  challenges: ChallengesDataset;
  /** Section 三: the five strategies (`strategies`). */
  strategies: StrategiesDataset;
}

/** The keys of a quiz dataset, in the paper's order of topics. */
export const QUIZ_DATASET_KEYS = ['trade', 'investment', 'ecommerce', 'cities', 'mechanisms', 'challenges', 'strategies'] as const;

/** The paper's datasets, as the quiz uses them by default. */
export const quizDataset: QuizDataset = {
  trade: trade2024,
  investment: investment2024,
  ecommerce,
  cities,
  mechanisms,
  challenges,
  strategies,
};

import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ComplexAttributeConverter } from 'lit';
import { SECTION_IDS } from '../../data/ids.js';
import type { Provenance } from '../../data/schema.js';
import { oneOf } from '../../core/util/attributes.js';
import { HwElement } from '../../core/base/base.js';
import { emit } from '../../core/util/events.js';
import { formatNumber } from '../../core/i18n/format.js';
import { type Lang, pick } from '../../core/controllers/lang.js';
import { sourceContent } from '../../core/ui/source.js';
import { coreStrings } from '../../core/i18n/strings.js';
import { type QuizDataset, quizDataset } from './dataset.js';
import { QUIZ_TOPICS, type QuizQuestion, type QuizTopic, buildQuiz } from './questions.js';
import { randomSeed, seedFrom } from './random.js';
import { styles } from './quiz.styles.js';
import { messages } from './quiz.strings.js';
import { Announcer } from '../../core/controllers/announcer.js';
import { XAPI_VERBS, type XapiActivity, activityIri, statement, xapiScore } from '../../core/util/xapi.js';
import { type QuizState, fitState, questionActivity, quizActivity } from './record.js';

export { QUIZ_TOPICS, buildQuiz, questionsFor, statedFigures } from './questions.js';
export type { QuizOption, QuizQuestion, QuizTopic, QuestionTopic } from './questions.js';
export { QUIZ_DATASET_KEYS, quizDataset } from './dataset.js';
export type { QuizState } from './record.js';
export type { QuizDataset } from './dataset.js';

/** One answered question, as `hw-quiz-complete` reports it. */
export interface QuizAnswer {
  /** The question's stable id, e.g. `trade-total`. */
  id: string;
  /** The question as shown, in the widget's language. */
  question: string;
  /** The option the reader chose, as shown. */
  chosen: string;
  /** The correct option, as shown. */
  answer: string;
  correct: boolean;
}

/** Detail of the `hw-quiz-complete` event. */
export interface QuizCompleteDetail {
  /** Number of correct answers. */
  score: number;
  /** Number of questions. */
  total: number;
  /** Every question in the order asked. */
  answers: QuizAnswer[];
}

/** How many questions a quiz asks unless `count` says otherwise. */
export const QUIZ_DEFAULT_COUNT = 5;

/** `count`: a whole number from 1; anything else falls back to 5 with one warning. */
const countConverter: ComplexAttributeConverter<number> = {
  fromAttribute(value: string | null): number {
    if (value === null) return QUIZ_DEFAULT_COUNT;
    const n = Number(value);
    if (value.trim() !== '' && Number.isInteger(n) && n >= 1) return n;
    console.warn(`hohhot-widgets: count="${value}" is not a whole number of at least 1; using ${QUIZ_DEFAULT_COUNT}.`);
    return QUIZ_DEFAULT_COUNT;
  },
  toAttribute: (value: number) => String(value),
};


/**
 * A short multiple-choice knowledge check on the paper, for course pages.
 * Every question is built from the paper's datasets (numbers through the
 * library's formatters), gives immediate feedback with the correct answer, a
 * short explanation and its source, and the quiz ends with a score and a
 * retry. `seed` makes the order reproducible, e.g. for a class.
 *
 * `data` is a `QuizDataset`: an object with one or more of the keys `trade`,
 * `investment`, `ecommerce`, `cities`, `mechanisms`, `challenges` and
 * `strategies`, each of the same shape as the library's dataset of that name
 * (`trade2024`, `investment2024`, …) and checked by its validator; keys left
 * out keep the paper's dataset, an unknown key is an error. `src` is the URL of
 * a JSON file of the same shape.
 *
 * @summary A knowledge check on the paper, with feedback, sources and a score.
 *
 * @fires hw-quiz-complete - The last question has been answered. `detail: { score, total, answers: { id, question, chosen, answer, correct }[] }`
 * @fires hw-xapi - An xAPI statement without `actor`: `answered` after each checked answer (`result: { response, success }`), `completed` after the last (`result.score: { raw, min, max, scaled }`). `detail: XapiStatement`
 * @fires error - `data` or `src` could not be used (does not bubble). `detail: { kind, message, path?, status? }`
 * @fires hw-error - The same event as `error`, under a name typed in `HTMLElementEventMap`. Does not bubble.
 *
 * @csspart base - The widget's frame.
 * @csspart question - The fieldset of the current question.
 * @csspart feedback - The feedback after an answer.
 * @csspart result - The final score and review.
 * @csspart source - The source line.
 * @csspart error - The alert shown when data cannot be used.
 *
 * @cssprop --hw-font-family - Font stack.
 * @cssprop --hw-bg - Background colour.
 * @cssprop --hw-surface - Background of the answer options.
 * @cssprop --hw-text - Text colour.
 * @cssprop --hw-muted - Secondary text colour.
 * @cssprop --hw-border - Border colour.
 * @cssprop --hw-accent - Links, radio buttons and the main button.
 * @cssprop --hw-focus - Focus ring colour.
 * @cssprop --hw-series-3 - Border of the correct answer and of positive feedback.
 * @cssprop --hw-error-text - Border of a wrong answer.
 * @cssprop --hw-radius - Corner radius.
 * @tag hohhot-quiz
 */
export class HohhotQuiz extends HwElement<QuizDataset, Partial<QuizDataset>> {
  static override styles = [...HwElement.styles, styles];

  /** Number of questions (default 5; fewer when the topic has fewer). */
  @property({ converter: countConverter })
  count: number = QUIZ_DEFAULT_COUNT;

  /** Which part of the paper: `trade`, `investment`, `ecommerce`, `cooperation`, `strategies` or `all` (default). */
  @property({ converter: oneOf<QuizTopic>('topic', QUIZ_TOPICS, 'all') })
  topic: QuizTopic = 'all';

  /**
   * Any text: the same seed always gives the same questions, order and
   * options (and a retry repeats them). Without a seed each attempt is shuffled anew.
   */
  @property()
  seed?: string;

  /**
   * The quiz's activity IRI in its xAPI statements (`hw-xapi`), e.g. your
   * course's `https://lms.example.edu/course/7/quiz`; questions are
   * `<activity-id>/questions/<id>`. Default `urn:hohhot-widgets:hohhot-quiz`.
   */
  @property({ attribute: 'activity-id' })
  activityId?: string;

  protected readonly defaultData = quizDataset;
  protected readonly validator = () => import('./validate.js').then((m) => m.validateQuizDataset);

  @state() private round: QuizQuestion[] = [];
  @state() private index = 0;
  /** The option picked for each question, before and after checking. */
  @state() private picked: (string | undefined)[] = [];
  /** Whether each question has been checked. */
  @state() private checked: boolean[] = [];
  @state() private finished = false;
  @state() private missing = false;
  private announcer = new Announcer(this);

  private builtFor?: QuizDataset;
  private builtKey = '';
  /** The seed the current round was drawn with. */
  private roundSeed = 0;

  private get roundKey(): string {
    return `${this.topic}|${this.count}|${this.seed ?? ''}`;
  }

  /** Draws the round again when the data, `topic`, `count` or `seed` changed. */
  private ensureRound(): void {
    if (this.data !== this.builtFor || this.roundKey !== this.builtKey) this.start();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.ensureRound();
  }

  /**
   * Where the reader stands (`QuizState`: the round's seed and the answers
   * checked), to keep, for example, as an LMS's suspend data. Setting a kept
   * state draws the same round again with those answers checked, at the first
   * unanswered question or at the score; fires no event. A state that does not
   * fit this quiz (other `topic`, `count` or data) is ignored with one warning.
   */
  @property({ attribute: false })
  get state(): QuizState {
    this.ensureRound();
    return { seed: this.roundSeed, answers: this.round.map((_, i) => (this.checked[i] ? (this.picked[i] ?? null) : null)) };
  }
  set state(value: QuizState | null | undefined) {
    const fit = fitState(value, (seed) => buildQuiz(this.data, { topic: this.topic, count: this.questionCount, seed }));
    if (!fit) {
      console.warn(`hohhot-widgets: <${this.localName}> state does not fit this quiz (expected { seed, answers } with one option id or null per question); ignored.`);
      return;
    }
    const { seed, round, answers: picks } = fit;
    this.builtFor = this.data;
    this.builtKey = this.roundKey;
    this.roundSeed = seed;
    this.round = round;
    this.picked = picks.map((a) => a ?? undefined);
    this.checked = picks.map((a) => a !== null);
    const first = picks.indexOf(null);
    this.finished = first === -1;
    this.index = first === -1 ? round.length - 1 : first;
    this.missing = false;
  }

  /** Starts the quiz again: the same questions and order with a `seed`, a new draw without. */
  restart(): void {
    this.start();
  }

  private start(): void {
    const data = this.data;
    this.builtFor = data;
    this.builtKey = this.roundKey;
    const seed = this.seed !== undefined && this.seed !== null ? seedFrom(String(this.seed)) : randomSeed();
    this.roundSeed = seed;
    this.round = buildQuiz(data, { topic: this.topic, count: this.questionCount, seed });
    this.index = 0;
    this.picked = [];
    this.checked = [];
    this.finished = false;
    this.missing = false;
  }

  private get questionCount(): number {
    return Number.isFinite(this.count) && this.count >= 1 ? Math.floor(this.count) : QUIZ_DEFAULT_COUNT;
  }

  /** The quiz as an xAPI activity, named in the widget's language. */
  private activity(): XapiActivity {
    return quizActivity(activityIri(this.activityId, this.localName), messages[this.locale].title, this.locale);
  }

  private get score(): number {
    return this.round.filter((q, i) => this.checked[i] && this.picked[i] === q.answer).length;
  }

  private n(value: number): string {
    return formatNumber(value, this.locale, 0);
  }

  private optionText(q: QuizQuestion, id: string | undefined): string {
    const o = q.options.find((x) => x.id === id);
    return o ? pick(o.text, this.locale) : '';
  }

  private async focusLater(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  private choose(id: string): void {
    const picked = [...this.picked];
    picked[this.index] = id;
    this.picked = picked;
    this.missing = false;
  }

  private readonly onKeydown = (e: KeyboardEvent): void => {
    if (e.key === 'Enter' && (e.target as HTMLElement).matches('input[type="radio"]')) this.check(e);
  };

  private check(e: Event): void {
    e.preventDefault();
    const i = this.index;
    const q = this.round[i];
    if (!q || this.checked[i]) return;
    if (this.picked[i] === undefined) {
      this.missing = true;
      // The focus goes to the first option, whose group is then described by the hint: a screen
      // reader says it there. Only where the focus is on an option already is it announced.
      if (this.shadowRoot?.activeElement?.matches('input[type="radio"]')) this.announcer.say(messages[this.locale].chooseFirst);
      else void this.focusLater('input[type="radio"]');
      return;
    }
    const checked = [...this.checked];
    checked[i] = true;
    this.checked = checked;
    // The focus goes to the feedback, which a screen reader reads there: no announcement says it again.
    this.announcer.say('');
    void this.focusLater('.feedback');
    const quiz = this.activity();
    emit(this, 'hw-xapi', statement(XAPI_VERBS.answered, questionActivity(q, quiz, this.locale), this.locale, {
      result: { response: this.picked[i], success: this.picked[i] === q.answer },
      parent: quiz,
    }));
    if (this.round.every((_, k) => checked[k])) {
      emit(this, 'hw-quiz-complete', {
        score: this.score,
        total: this.round.length,
        answers: this.round.map((x, k) => ({
          id: x.id,
          question: pick(x.prompt, this.locale),
          chosen: this.optionText(x, this.picked[k]),
          answer: this.optionText(x, x.answer),
          correct: this.picked[k] === x.answer,
        })),
      });
      emit(this, 'hw-xapi', statement(XAPI_VERBS.completed, quiz, this.locale, {
        result: { score: xapiScore(this.score, this.round.length), completion: true },
      }));
    }
  }

  private next(): void {
    if (this.index < this.round.length - 1) {
      this.index++;
      this.missing = false;
      void this.focusLater('input[type="radio"]');
    } else {
      this.finished = true;
      // The focus goes to the score's heading, which a screen reader reads there.
      this.announcer.say('');
      void this.focusLater('.result h3');
    }
  }

  private retry(): void {
    this.start();
    this.announcer.say('');
    void this.focusLater('input[type="radio"]');
  }

  /** The question's own source line, in the words of the widget's: `来源：论文，二（一）；赛罕海关统计；参考文献 [1]。` */
  private questionSource(q: QuizQuestion, lang: Lang): TemplateResult {
    return html`<p class="q-source">${sourceContent(lang, q.provenance, [], messages[lang].paper)}</p>`;
  }

  private renderQuestion(lang: Lang): TemplateResult {
    const s = messages[lang];
    const i = this.index;
    const q = this.round[i]!;
    const answered = !!this.checked[i];
    const picked = this.picked[i];
    const right = picked === q.answer;
    const last = i === this.round.length - 1;
    // No <form>: a sandboxed iframe without allow-forms (course pages) blocks
    // form submission before any submit event. Enter on an option checks it.
    return html`<div class="question" @keydown=${this.onKeydown}>
        <fieldset part="question" aria-describedby=${this.missing ? 'quiz-hint' : nothing}>
          <legend><span class="qnum">${s.questionOf(this.n(i + 1), this.n(this.round.length))}<span class="visually-hidden">${coreStrings[lang].colon}</span></span>${pick(q.prompt, lang)}</legend>
          <div class="options">
            ${q.options.map((o) => {
              const isAnswer = answered && o.id === q.answer;
              const isWrong = answered && o.id === picked && !right;
              return html`<label class="option ${answered ? 'answered' : ''} ${isAnswer ? 'is-answer' : ''} ${isWrong ? 'is-wrong' : ''}">
                <input type="radio" name="answer" .value=${o.id} .checked=${picked === o.id} ?disabled=${answered} @change=${() => this.choose(o.id)} />
                <span class="option-text">${pick(o.text, lang)}</span>
                ${isAnswer ? html`<span class="mark">${s.markCorrect}</span>` : nothing}
                ${isWrong ? html`<span class="mark">${s.markChosen}</span>` : nothing}
              </label>`;
            })}
          </div>
        </fieldset>
        ${this.missing ? html`<p class="hint" id="quiz-hint">${s.chooseFirst}</p>` : nothing}
        ${answered ? nothing : html`<div class="actions no-print"><button type="button" class="primary" data-action="check" @click=${this.check}>${s.check}</button></div>`}
      </div>
      ${answered
        ? html`<div class="feedback ${right ? 'correct' : 'wrong'}" part="feedback" tabindex="-1">
            <p class="verdict">${right ? s.correct : html`${s.wrong}${coreStrings[this.locale].sentenceGap}${s.answerIs(this.optionText(q, q.answer))}`}</p>
            <p>${pick(q.explanation, lang)}${q.derived ? html`<span class="derived-mark">${coreStrings[lang].note(coreStrings[lang].derived)}</span>` : nothing}</p>
            ${q.note ? html`<p class="note">${pick(q.note, lang)}</p>` : nothing}
            ${this.questionSource(q, lang)}
            <div class="actions"><button type="button" class="primary" @click=${this.next}>${last ? s.seeScore : s.next}</button></div>
          </div>`
        : nothing}`;
  }

  private renderResult(lang: Lang): TemplateResult {
    const s = messages[lang];
    const score = this.score;
    return html`<section class="result" part="result" aria-labelledby="quiz-score">
      <h3 id="quiz-score" tabindex="-1">${s.score(this.n(score), this.n(this.round.length))}</h3>
      ${score === this.round.length ? html`<p>${s.allRight}</p>` : nothing}
      <h4 class="visually-hidden">${s.review}</h4>
      <ol class="review">
        ${this.round.map((q, i) => {
          const ok = this.picked[i] === q.answer;
          return html`<li>
            <p>${pick(q.prompt, lang)}</p>
            <p>${s.yourAnswer}${coreStrings[lang].colon}${this.optionText(q, this.picked[i])}${ok ? s.right : s.wrongShort}</p>
            ${ok ? nothing : html`<p>${s.correctAnswer}${coreStrings[lang].colon}${this.optionText(q, q.answer)}</p>`}
          </li>`;
        })}
      </ol>
      <div class="actions"><button type="button" class="primary" @click=${this.retry}>${s.retry}</button></div>
    </section>`;
  }

  protected renderBody(_data: QuizDataset): TemplateResult {
    const lang = this.locale;
    const s = messages[lang];
    return html`<h2>${s.title}</h2>
      ${this.round.length === 0
        ? html`<p>${s.noQuestions}</p>`
        : html`<p class="note">${s.intro(this.n(this.round.length))}</p>
            ${this.finished ? this.renderResult(lang) : this.renderQuestion(lang)}`}
      ${this.announcer.region()}`;
  }

  protected provenance(_data: QuizDataset): Provenance[] {
    // In the paper's order of sections, whatever the order of the questions.
    const order = (p: Provenance) => SECTION_IDS.indexOf(p.section);
    return this.round.flatMap((q) => q.provenance).sort((a, b) => order(a) - order(b));
  }
}

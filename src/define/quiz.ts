import { HohhotQuiz } from '../components/quiz/quiz.js';
import { defineElement } from '../core/util/define.js';

export { HohhotQuiz };
defineElement('hohhot-quiz', HohhotQuiz);

declare global {
  interface HTMLElementTagNameMap {
    'hohhot-quiz': HohhotQuiz;
  }
}

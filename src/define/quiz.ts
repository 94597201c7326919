import { HohhotQuiz, type QuizCompleteDetail } from '../components/quiz/quiz.js';
import { defineElement } from '../core/define.js';

export { HohhotQuiz };
defineElement('hohhot-quiz', HohhotQuiz);

declare global {
  interface HTMLElementTagNameMap {
    'hohhot-quiz': HohhotQuiz;
  }
  interface HTMLElementEventMap {
    'quiz-complete': CustomEvent<QuizCompleteDetail>;
  }
}

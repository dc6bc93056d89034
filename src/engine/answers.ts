/** A journey's answers: question id -> the chosen value (one choice) or values (many choices). */
export type AnswerValue = string | readonly string[];
export type Answers = Readonly<Record<string, AnswerValue>>;

package app.journal.domain.mfa;

/** Whether a pending sign-in still takes a second-step code. */
public sealed interface SecondStepState {

    /** Codes are taken; {@code attemptsLeft} more wrong ones end it. */
    record Open(int attemptsLeft) implements SecondStepState {}

    /** Too late: the person signs in again from the password. */
    record Expired() implements SecondStepState {}

    /** Too many wrong codes: the person signs in again from the password. */
    record Exhausted() implements SecondStepState {}
}

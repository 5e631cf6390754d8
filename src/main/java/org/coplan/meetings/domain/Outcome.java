package org.coplan.meetings.domain;

import java.util.List;
import java.util.function.Function;

/**
 * What came of asking for a step: either it was taken, and here is what happened (a past-tense
 * {@link MeetingStep}), or it was refused, with every reason.
 */
public sealed interface Outcome<E> {

    /** The step was taken. */
    record Done<E>(E event) implements Outcome<E> {}

    /** The step was not taken, for these reasons (never empty). */
    record Refused<E>(List<Refusal> reasons) implements Outcome<E> {
        public Refused {
            if (reasons.isEmpty()) {
                throw new IllegalArgumentException("A refusal gives at least one reason");
            }
            reasons = List.copyOf(reasons);
        }
    }

    static <E> Outcome<E> done(E event) {
        return new Done<>(event);
    }

    static <E> Outcome<E> refused(Refusal... reasons) {
        return new Refused<>(List.of(reasons));
    }

    /** Done with the event if there are no reasons against it, refused otherwise. */
    static <E> Outcome<E> unless(List<Refusal> reasons, java.util.function.Supplier<E> event) {
        return reasons.isEmpty() ? new Done<>(event.get()) : new Refused<>(reasons);
    }

    /** The reasons it was refused; empty when it was done. */
    default List<Refusal> reasons() {
        return this instanceof Refused<E> r ? r.reasons() : List.of();
    }

    default boolean isDone() {
        return this instanceof Done<E>;
    }

    /** The event; only for a step that was done. */
    default E event() {
        if (this instanceof Done<E> d) {
            return d.event();
        }
        throw new IllegalStateException("Refused: " + reasons());
    }

    /** The same outcome carrying something else when done: what the step led to. */
    default <F> Outcome<F> map(Function<E, F> f) {
        return this instanceof Done<E> d ? new Done<>(f.apply(d.event())) : new Refused<>(reasons());
    }
}

package org.coplan.process.domain;

/**
 * A part of a whole, such as "3 of 4 plans issued within 20 weeks". The percentage is rounded
 * to the nearest whole number, halves up; there is none when the whole is empty.
 */
public record Share(long count, long of) {

    public Share {
        if (count < 0 || of < 0 || count > of) {
            throw new IllegalArgumentException("A share is between none and all: " + count + " of " + of);
        }
    }

    public boolean empty() {
        return of == 0;
    }

    /** The percentage, rounded; 0 when there is nothing to count. */
    public long percent() {
        return of == 0 ? 0 : (count * 200 + of) / (of * 2);
    }
}

package org.coplan.notify;

/** The mail server did not take a message sent with {@link Emails#sendOrFail}. */
public class EmailNotSent extends RuntimeException {

    public EmailNotSent(String message, Throwable cause) {
        super(message, cause);
    }
}

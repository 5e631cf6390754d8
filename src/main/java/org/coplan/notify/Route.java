package org.coplan.notify;

import java.util.List;
import java.util.UUID;

/**
 * How a {@link Notice} reaches one person, as they chose: by email (sent at once, as before), or
 * by a text message, a letter or a phone call, which go through the outbox ({@link MessageOutbox})
 * so a failure is tried again and, after the last try, shown to the case's lead.
 */
public sealed interface Route {

    /** By email, to the notice's address. */
    record ByEmail() implements Route {}

    /**
     * By text message through GOV.UK Notify, to a UK mobile number in the form {@code +447...}; null
     * when the person chose texts but gave no mobile number, so the message is recorded as not delivered.
     */
    record ByText(String mobile) implements Route {}

    /**
     * By letter: through GOV.UK Notify's letter service, or printed by the local authority's staff.
     *
     * @param addressLines the postal address without the person's name, the postcode last; empty when
     *     the person chose letters but gave no address, so the letter is recorded as not delivered
     * @param localAuthorityId whose staff print and post it when letters do not go through Notify
     */
    record ByLetter(List<String> addressLines, UUID localAuthorityId) implements Route {
        public ByLetter {
            addressLines = List.copyOf(addressLines);
        }
    }

    /**
     * By a phone call: a task on the caller's list to phone the person and tell them.
     *
     * @param phone the number to call; null when none was given
     * @param callerId the person who makes the call (the case's named contact), or null when there is
     *     nobody; without a number or a caller the call is recorded as not made
     */
    record ByPhone(String phone, UUID callerId) implements Route {}
}

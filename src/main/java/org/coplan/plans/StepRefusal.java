package org.coplan.plans;

import java.util.List;

/**
 * Why a step cannot be taken, as a sentence and the page where it can be put right.
 *
 * @param messageKey the sentence, in the messages
 * @param args the values the sentence names
 * @param fixPath the page that puts it right, or null when nothing on Coplan can
 * @param fixKey the words of the link to that page, in the messages
 */
public record StepRefusal(String messageKey, List<Object> args, String fixPath, String fixKey) {

    public StepRefusal {
        args = List.copyOf(args);
    }
}

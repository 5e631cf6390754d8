package org.coplan.requests.domain;

import java.util.List;
import java.util.Map;
import org.coplan.cases.SupportChoice;

/**
 * A family's request for independent support: which kind, how the adviser should contact them,
 * what they would like help with, and their consent to share their contact details and a summary
 * of the case with the service. No consent, no referral.
 */
public record ReferralAnswers(SupportChoice support, String contact, String help) {

    public static final int MAX_CONTACT = 500;
    public static final int MAX_HELP = 5_000;

    public static ReferralAnswers read(Map<String, String> typed, List<Problem> found) {
        int before = found.size();
        SupportChoice support = null;
        try {
            support = SupportChoice.valueOf(typed.getOrDefault("support", ""));
        } catch (IllegalArgumentException e) {
            found.add(Problem.of("support", "referral.error.support"));
        }
        String contact = typed.getOrDefault("contact", "").strip();
        if (contact.isEmpty()) {
            found.add(Problem.of("contact", "referral.error.contact"));
        } else if (contact.length() > MAX_CONTACT) {
            found.add(Problem.of("contact", "text.tooLong", MAX_CONTACT));
        }
        String help = typed.getOrDefault("help", "").strip();
        if (help.length() > MAX_HELP) {
            found.add(Problem.of("help", "text.tooLong", MAX_HELP));
        }
        if (!"yes".equals(typed.get("consent"))) {
            found.add(Problem.of("consent", "referral.error.consent"));
        }
        return found.size() > before ? null : new ReferralAnswers(support, contact, help);
    }
}

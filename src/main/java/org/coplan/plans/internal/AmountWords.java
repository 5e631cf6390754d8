package org.coplan.plans.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.coplan.plans.domain.ProvisionAmount;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A provision item's amount in words, for its page, the printed plan and the PDF: "2 sessions a
 * week, 30 minutes each, 1 to 1, by Sam Patel". Every word comes from messages.properties.
 */
@Component
public class AmountWords {

    /** The roles a provider may be named by: the people on a team who give help, not the family or their advisers. */
    public static final List<String> PROVIDER_ROLES = List.of("SENCO", "EHC_COORDINATOR", "EDUCATIONAL_PSYCHOLOGIST",
            "HEALTH_PROFESSIONAL", "SOCIAL_CARE", "OTHER_PROFESSIONAL");

    private final MessageSource messages;

    AmountWords(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * @param names the names of the people on the team, by person id, for a named provider
     */
    public String text(ProvisionAmount a, Map<UUID, String> names, Locale locale) {
        if (a == null) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        parts.add(msg("amount.words." + a.per().name() + (a.sessions() == 1 ? ".one" : ".many"), locale, a.sessions()));
        parts.add(msg(a.minutes() == 1 ? "amount.words.minute" : "amount.words.minutes", locale, a.minutes()));
        if (a.groupCount() != null) {
            parts.add(a.oneToOne() ? msg("amount.words.oneToOne", locale) : msg("amount.words.group", locale, a.groupCount()));
        }
        String person = a.providerPerson() == null ? null : names.get(a.providerPerson());
        if (person != null && a.providerRole() != null) {
            parts.add(msg("amount.words.byPersonInRole", locale, person, msg("amount.role." + a.providerRole(), locale)));
        } else if (person != null) {
            parts.add(msg("amount.words.by", locale, person));
        } else if (a.providerRole() != null) {
            parts.add(msg("amount.words.by", locale, msg("amount.role." + a.providerRole(), locale)));
        }
        return String.join(", ", parts);
    }

    private String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}

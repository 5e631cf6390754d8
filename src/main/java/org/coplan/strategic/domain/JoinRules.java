package org.coplan.strategic.domain;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.coplan.shared.UkPhoneNumbers;

/**
 * What a request to join a parent carer forum must hold: a name, an email address that looks like
 * one, and, for text messages, a UK mobile number (texts reach nothing else). Spaces, dashes, dots
 * and brackets people type in a number are ignored. Removal by an officer needs a reason, so the
 * member is told why.
 */
public final class JoinRules {

    public static final int MAX_NAME = 100;
    public static final int MAX_EMAIL = 254;
    public static final int MAX_REASON = 500;

    /** How a member chose to be told. */
    public enum Channel {
        EMAIL,
        TEXT
    }

    private JoinRules() {}

    /** The message key of the problem with the name, or null. */
    public static String nameProblem(String name) {
        if (name == null || name.isBlank()) {
            return "forummember.error.nameRequired";
        }
        return name.strip().length() > MAX_NAME ? "forummember.error.nameTooLong" : null;
    }

    /** The message key of the problem with the email address, or null. */
    public static String emailProblem(String email) {
        if (email == null || email.isBlank()) {
            return "forummember.error.emailRequired";
        }
        String e = email.strip();
        if (e.length() > MAX_EMAIL || !e.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            return "forummember.error.emailInvalid";
        }
        return null;
    }

    /** The message key of the problem with the reason for a removal, or null. */
    public static String reasonProblem(String reason) {
        if (reason == null || reason.isBlank()) {
            return "forummember.error.reasonRequired";
        }
        return reason.strip().length() > MAX_REASON ? "forummember.error.reasonTooLong" : null;
    }

    /**
     * How a member asked to be told, read from the channel and mobile number typed: the channel and
     * the number as saved, or the field that is wrong and the message key saying why.
     */
    public record Reach(Channel channel, String mobile, String field, String problem) {}

    public static Reach reach(String channelTyped, String mobileTyped) {
        Channel how = channel(channelTyped);
        if (how == null) {
            return new Reach(null, null, "channel", "forummember.error.channelRequired");
        }
        if (how != Channel.TEXT) {
            return new Reach(how, null, null, null);
        }
        String number = ukMobile(mobileTyped);
        if (number == null) {
            boolean blank = mobileTyped == null || mobileTyped.isBlank();
            return new Reach(how, null, "mobile", blank ? "forummember.error.mobileRequired" : "forummember.error.mobileInvalid");
        }
        return new Reach(how, number, null, null);
    }

    /** The channel chosen, or null when none (or something unknown) was sent. */
    public static Channel channel(String typed) {
        if (typed == null) {
            return null;
        }
        for (Channel c : Channel.values()) {
            if (c.name().equals(typed)) {
                return c;
            }
        }
        return null;
    }

    /** The topics ticked; unknown values are ignored. */
    public static Set<Topic> topics(Collection<String> ticked) {
        Set<Topic> topics = EnumSet.noneOf(Topic.class);
        if (ticked != null) {
            for (String t : ticked) {
                for (Topic topic : Topic.values()) {
                    if (topic.name().equals(t)) {
                        topics.add(topic);
                    }
                }
            }
        }
        return topics;
    }

    /** A UK mobile number as {@code +447xxxxxxxxx}, or null if what was typed is not one. */
    public static String ukMobile(String typed) {
        return UkPhoneNumbers.mobile(typed);
    }

    /** The email address as stored and compared: without surrounding spaces, in lower case. */
    public static String email(String typed) {
        return typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
    }
}
